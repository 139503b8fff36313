"""Keep the PyInstaller bundle lean: the Qt plugins and translations the app uses, and only the
libraries something kept still loads. Imported by register-app.spec.

PyInstaller collects every plugin of each Qt plugin type a module may use (the GTK theme, Wayland,
EGL, PDF images...) and, for each, the system libraries it links (GTK, Cairo, Pango...). The app
needs a windowing platform, the ICO/SVG image formats for its icons, input methods (accented
letters) and Qt's French and English catalogues; dropping the rest and the libraries that only
they loaded saves tens of megabytes."""

from __future__ import annotations

import re
import sys
from pathlib import Path

# (plugin type, file name) kept; any other plugin is dropped.
KEPT_PLUGINS = re.compile(
    r"/plugins/(platforms/(lib)?q(xcb|offscreen|windows|cocoa)\W"
    r"|imageformats/(lib)?q(ico|svg|icns)\W"
    r"|iconengines/|platforminputcontexts/|xcbglintegrations/|styles/)"
)
KEPT_TRANSLATIONS = re.compile(r"/translations/qt(base)?_(fr|en)\.qm$")


def _posix(dest: str) -> str:
    return "/" + dest.replace("\\", "/")


def is_wanted(dest: str) -> bool:
    path = _posix(dest)
    if not path.startswith("/PySide6/"):  # PySide6/Qt/plugins on Linux and macOS, PySide6/plugins on Windows
        return True
    if "/plugins/" in path:
        return KEPT_PLUGINS.search(path) is not None
    if "/translations/" in path:
        return KEPT_TRANSLATIONS.search(path) is not None
    return True


def _loaded_by(path: str) -> set[str]:
    from PyInstaller.depend.bindepend import get_imports

    return {Path(name).name for name, _resolved in get_imports(path)}


def unused_libraries(binaries: list[tuple[str, str, str]]) -> set[str]:
    """The shared libraries (Qt's or the system's) that no extension module, kept plugin or other kept
    library loads. On Linux only: elsewhere PyInstaller collects few system libraries."""
    if not sys.platform.startswith("linux"):
        return set()
    libraries = {
        Path(dest).name: src
        for dest, src, kind in binaries
        if kind == "BINARY" and "/plugins/" not in _posix(dest) and not Path(dest).name.startswith("libpython")
    }
    # What surely stays: extension modules, Qt plugins kept, the interpreter, the program.
    pending = [
        src for dest, src, kind in binaries if kind in ("BINARY", "EXTENSION") and Path(dest).name not in libraries
    ]
    reached: set[str] = set()
    while pending:
        for name in _loaded_by(pending.pop()) & libraries.keys() - reached:
            reached.add(name)
            pending.append(libraries[name])
    return set(libraries) - reached


def lean(binaries: list[tuple[str, str, str]], datas: list[tuple[str, str, str]]) -> tuple[list, list]:
    binaries = [entry for entry in binaries if is_wanted(entry[0])]
    unused = unused_libraries(binaries)

    def kept(entry: tuple[str, str, str]) -> bool:  # a library and PyInstaller's links to it share its name
        return is_wanted(entry[0]) and not (entry[2] in ("BINARY", "SYMLINK") and Path(entry[0]).name in unused)

    return [e for e in binaries if kept(e)], [e for e in datas if kept(e)]
