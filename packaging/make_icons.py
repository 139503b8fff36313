"""Render the app's icon from its SVG source into every size and format the platforms want.

    python packaging/make_icons.py

resources/icons/register-app.svg is the only drawing. This writes the PNG sizes the app and the Linux
desktop load (register_app/resources/icons/register-app-<size>.png, shipped in the package), the
Windows .ico and the macOS .icns (resources/icons/). Run it after changing the SVG and commit the
results. Needs PySide6 (QtSvg) and Pillow, both in the project's environment."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "register-app.svg"
PNG_DIR = ROOT / "register_app" / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512)


def render_pngs() -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not a valid SVG")
    PNG_DIR.mkdir(parents=True, exist_ok=True)
    paths = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = PNG_DIR / f"register-app-{size}.png"
        if not image.save(str(path), "PNG"):
            raise SystemExit(f"could not write {path}")
        paths.append(path)
    return paths


def write_ico_icns() -> None:
    from PIL import Image

    largest = Image.open(PNG_DIR / f"register-app-{max(SIZES)}.png")
    largest.save(SOURCE.with_suffix(".ico"), sizes=[(s, s) for s in ICO_SIZES])
    largest.save(SOURCE.with_suffix(".icns"), sizes=[(s, s) for s in ICNS_SIZES])


def main() -> int:
    for path in render_pngs():
        print(path.relative_to(ROOT))
    write_ico_icns()
    print(SOURCE.with_suffix(".ico").relative_to(ROOT))
    print(SOURCE.with_suffix(".icns").relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
