"""Write the third-party notices: every piece of other people's software register_app ships, its
licence, and the licence texts, read from what is installed rather than typed by hand.

    python packaging/third_party_notices.py                  rewrite register_app/resources/THIRD_PARTY_NOTICES.txt
    python packaging/third_party_notices.py --check          exit 1 if that file misses a dependency or a licence
    python packaging/third_party_notices.py --bundle DIR --output FILE
                                                             the notices of a built bundle (packaging/build-linux)

Run it with the environment the app runs from (the project's .venv, or the build environment): the
Python packages are register-app's runtime requirements, followed recursively through each
package's installed metadata (name, version, licence, home page, and the licence files the wheel
ships). Then the parts that are not Python packages: libraries compiled into a wheel (Qt's ICU,
lxml's libxml2 and libxslt), the DejaVu fonts, the Python interpreter. With --bundle, also
PyInstaller's bootloader and every system library PyInstaller put in the bundle, each with its
Debian copyright file. A package whose wheel ships no licence text gets
the standard text of the licence we use it under, from /usr/share/common-licenses (Debian)."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import sysconfig
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
NOTICES = ROOT / "register_app" / "resources" / "THIRD_PARTY_NOTICES.txt"
FONT_LICENCE = ROOT / "register_app" / "resources" / "fonts" / "LICENSE"
COMMON_LICENSES = Path("/usr/share/common-licenses")
RULE = "=" * 78
LICENCE_FILE = re.compile(r"(^|/)(licen[cs]e|copying|notice)[^/]*$", re.IGNORECASE)

# Packages offered under a choice of licences: the one register_app uses them under.
ELECTED = {
    "pyside6-essentials": "LGPL-3.0-only",  # Qt for Python: LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only
    "shiboken6": "LGPL-3.0-only",
    "odfpy": "Apache-2.0",  # Apache-2.0, GPL-2.0-or-later or LGPL-2.1-or-later
}
# The standard texts of a licence, for the packages whose wheel ships none (LGPL-3 supplements GPL-3).
STANDARD_TEXTS = {"LGPL-3.0-only": ("LGPL-3", "GPL-3"), "Apache-2.0": ("Apache-2.0",)}
# Libraries compiled into a wheel whose licence files do not cover them: (name, licence, home page,
# the Debian copyright file of the same library, which reproduces its licence).
EMBEDDED = {
    "pyside6-essentials": [("ICU (inside Qt)", "ICU License (MIT-style)", "https://icu.unicode.org/",
                            "/usr/share/doc/libicu72/copyright")],
    "lxml": [("libxml2 (inside lxml)", "MIT", "https://gitlab.gnome.org/GNOME/libxml2",
              "/usr/share/doc/libxml2/copyright"),
             ("libxslt (inside lxml)", "MIT", "https://gitlab.gnome.org/GNOME/libxslt",
              "/usr/share/doc/libxslt1.1/copyright")],
    # psycopg's binary wheel: libpq and what it links (psycopg_binary.libs).
    "psycopg-binary": [("libpq (inside psycopg-binary)", "PostgreSQL License", "https://www.postgresql.org/",
                        "/usr/share/doc/libpq5/copyright"),
                       ("OpenSSL (inside psycopg-binary)", "Apache-2.0", "https://www.openssl.org/",
                        "/usr/share/doc/libssl3/copyright"),
                       ("MIT Kerberos (inside psycopg-binary)", "MIT", "https://web.mit.edu/kerberos/",
                        "/usr/share/doc/libkrb5-3/copyright"),
                       ("OpenLDAP (inside psycopg-binary)", "OLDAP-2.8", "https://www.openldap.org/",
                        "/usr/share/doc/libldap-2.5-0/copyright"),
                       ("Cyrus SASL (inside psycopg-binary)", "BSD-Attribution-HPND-disclaimer",
                        "https://www.cyrusimap.org/sasl/", "/usr/share/doc/libsasl2-2/copyright"),
                       ("com_err (inside psycopg-binary)", "MIT", "https://e2fsprogs.sourceforge.net/",
                        "/usr/share/doc/libcom-err2/copyright"),
                       ("keyutils (inside psycopg-binary)", "LGPL-2.1-or-later", "https://people.redhat.com/~dhowells/keyutils/",
                        "/usr/share/doc/libkeyutils1/copyright"),
                       ("libxcrypt (inside psycopg-binary)", "LGPL-2.1-or-later", "https://github.com/besser82/libxcrypt",
                        "/usr/share/doc/libcrypt1/copyright")],
}  # fmt: skip


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str
    home: str
    texts: tuple[tuple[str, str], ...]  # (where the text comes from, the text)


def runtime_distributions(root: str = "register-app") -> list[metadata.Distribution]:
    """register-app's runtime requirements and theirs, recursively, with the extras they ask for
    (psycopg[binary]), markers evaluated."""
    seen: dict[str, metadata.Distribution] = {}
    pending: list[tuple[str, frozenset[str]]] = [(root, frozenset())]
    done: set[tuple[str, frozenset[str]]] = set()
    while pending:
        name, extras = pending.pop()
        name = canonicalize_name(name)
        if (name, extras) in done:
            continue
        done.add((name, extras))
        dist = seen.setdefault(name, metadata.distribution(name))
        for line in dist.requires or []:
            requirement = Requirement(line)
            if requirement.marker is None or any(requirement.marker.evaluate({"extra": e}) for e in {"", *extras}):
                pending.append((requirement.name, frozenset(requirement.extras)))
    del seen[canonicalize_name(root)]
    return sorted(seen.values(), key=lambda d: canonicalize_name(d.metadata["Name"]))


def licence_of(dist: metadata.Distribution) -> str:
    name = canonicalize_name(dist.metadata["Name"])
    meta = dist.metadata
    declared = meta.get("License-Expression") or (meta.get("License") or "").strip().splitlines()[0:1]
    if isinstance(declared, list):
        declared = declared[0] if declared else ""
    if not declared:
        classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
        declared = " OR ".join(classifiers)
    if name in ELECTED:
        return f"{ELECTED[name]} (chosen from: {declared})"
    return declared or "unknown"


def home_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    urls = dict(u.split(", ", 1) for u in meta.get_all("Project-URL") or [] if ", " in u)
    for key in ("Homepage", "Home", "Source", "Repository", "Documentation"):
        if key in urls:
            return urls[key]
    return meta.get("Home-page") or ""


def licence_texts(dist: metadata.Distribution) -> tuple[tuple[str, str], ...]:
    files = [f for f in dist.files or [] if LICENCE_FILE.search(str(f)) and not str(f).endswith((".py", ".pyc"))]
    texts = tuple((str(f), Path(str(f.locate())).read_text(encoding="utf-8", errors="replace").strip()) for f in files)
    if texts:
        return texts
    elected = ELECTED.get(canonicalize_name(dist.metadata["Name"]), "")
    if elected not in STANDARD_TEXTS:
        raise SystemExit(f"{dist.metadata['Name']} ships no licence text: say which licence applies in ELECTED")
    return tuple(_file_text(COMMON_LICENSES / name) for name in STANDARD_TEXTS[elected])


def _file_text(path: Path, source: str = "") -> tuple[str, str]:
    if not path.is_file():
        raise SystemExit(f"{path} is missing: run this on Debian or Ubuntu (base-files, or the package shipping it)")
    return source or str(path), path.read_text(encoding="utf-8", errors="replace").strip()


def python_components() -> Iterator[Component]:
    for dist in runtime_distributions():
        yield Component(dist.metadata["Name"], dist.version, licence_of(dist), home_of(dist), licence_texts(dist))


def other_components() -> Iterator[Component]:
    qt = metadata.version("PySide6-Essentials")
    yield Component("Qt", qt, "LGPL-3.0-only (texts under PySide6-Essentials)", "https://www.qt.io/licensing/", (
        ("note", "The Qt libraries inside PySide6-Essentials are used under the GNU LGPL version 3 and are "
                 "dynamically linked: you may replace them (the .so/.dll/.dylib files in the PySide6 folder of the "
                 "installation) with your own build of the same Qt version. Qt's source code is available at "
                 "https://download.qt.io/official_releases/qt/ and the third-party code inside Qt is listed at "
                 "https://doc.qt.io/qt-6/licenses-used-in-qt.html."),
    ))  # fmt: skip
    for dist in runtime_distributions():
        for name, licence, home, copyright_file in EMBEDDED.get(canonicalize_name(dist.metadata["Name"]), []):
            yield Component(name, "", licence, home, (_file_text(Path(copyright_file)),))
    fonts = _file_text(FONT_LICENCE, "register_app/resources/fonts/LICENSE")
    yield Component("DejaVu fonts", "2.37", "Bitstream Vera Fonts Copyright, Arev Fonts Copyright, public domain",
                    "https://dejavu-fonts.github.io/", (fonts,))  # fmt: skip
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    python = stdlib / "LICENSE.txt"
    if not python.is_file():
        python = Path(f"/usr/share/doc/python{sys.version_info.major}.{sys.version_info.minor}/copyright")
    texts = (_file_text(python, "Python's LICENSE"),)
    yield Component("Python", sys.version.split()[0], "PSF-2.0", "https://www.python.org/", texts)


def bundle_components(bundle: Path) -> Iterator[Component]:
    """PyInstaller's bootloader and the system libraries PyInstaller copied into the bundle."""
    pyinstaller = metadata.distribution("pyinstaller")
    yield Component("PyInstaller bootloader", pyinstaller.version,
                    "GPL-2.0-or-later with the bootloader exception (allows any licence for the bundled program)",
                    home_of(pyinstaller), licence_texts(pyinstaller))  # fmt: skip
    internal = bundle / "_internal"
    packages: dict[str, list[str]] = {}
    for library in sorted(internal.glob("*.so*")):
        if library.is_symlink() or library.name.startswith("libpython"):
            continue  # links into the Python packages' folders; the interpreter is listed above
        owner = subprocess.run(["dpkg-query", "-S", f"*/{library.name}"], capture_output=True, text=True, check=False)
        if owner.returncode != 0:
            raise SystemExit(f"{library.name} in the bundle belongs to no Debian package: say where its licence is")
        package = owner.stdout.split(":")[0].strip()
        packages.setdefault(package, []).append(library.name)
    for package, libraries in sorted(packages.items()):
        version = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package], capture_output=True, text=True,
                                 check=True).stdout  # fmt: skip
        yield Component(package, version, f"the Debian package's copyright file (bundled: {', '.join(libraries)})",
                        f"https://packages.debian.org/source/{package}",
                        (_file_text(Path(f"/usr/share/doc/{package}/copyright")),))  # fmt: skip


def render(components: list[Component]) -> str:
    lines = [
        "register_app — third-party software / logiciels tiers",
        RULE,
        "register_app is proprietary software (see LICENSE). It ships with the following third-party",
        "software, each under its own licence, whose terms are reproduced below.",
        "register_app est un logiciel propriétaire. Il est distribué avec les logiciels tiers suivants,",
        "chacun sous sa propre licence, dont le texte est reproduit ci-dessous.",
        "",
    ]
    first_with: dict[str, str] = {}
    width = max(len(c.name) + len(c.version) + 1 for c in components)
    lines += [f"  {(c.name + ' ' + c.version).strip():<{width}}  {c.licence}" for c in components]
    for component in components:
        lines += ["", "", RULE, f"{component.name} {component.version}".strip(), f"Licence: {component.licence}"]
        lines += [f"Home page: {component.home}"] if component.home else []
        lines.append(RULE)
        for source, text in component.texts:
            if text in first_with:  # the GPL and LGPL are given once
                lines += ["", f"--- {source}: the same text as under {first_with[text]} above ---"]
                continue
            first_with[text] = component.name
            lines += ["", f"--- {source} ---", "", text]
    return "\n".join(lines) + "\n"


def components(bundle: Path | None = None) -> list[Component]:
    found = [*python_components(), *other_components()]
    return found + list(bundle_components(bundle)) if bundle is not None else found


def missing_from(text: str) -> list[str]:
    """The installed runtime packages that `text` does not give with their licence (any version:
    the build regenerates the notices it ships from the exact versions it bundles)."""
    missing = []
    for dist in runtime_distributions():
        name, licence = dist.metadata["Name"], licence_of(dist)
        if not re.search(rf"^{re.escape(name)} \S+\nLicence: {re.escape(licence)}$", text, re.MULTILINE):
            missing.append(f"{name} ({licence})")
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the notices miss a runtime package")
    parser.add_argument("--bundle", type=Path, help="a PyInstaller one-folder bundle: add its bootloader and libraries")
    parser.add_argument("--output", type=Path, default=NOTICES)
    args = parser.parse_args(argv)
    if args.check:
        missing = missing_from(args.output.read_text(encoding="utf-8"))
        for item in missing:
            print(f"not in {args.output}: {item}", file=sys.stderr)
        if missing:
            print("Regenerate it: python packaging/third_party_notices.py", file=sys.stderr)
        return 1 if missing else 0
    args.output.write_text(render(components(args.bundle)), encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
