"""Renders the application icon from resources/icons/readmark.svg at every size desktops ask for.

Run: .venv/bin/python packaging/render_icons.py

Writes readmark-<size>.png for each size in SIZES, readmark.ico (Windows) and readmark.icns
(macOS) beside the SVG. Qt draws every picture; Qt's own ICO and ICNS writers store one image per
file, so the two icon containers are packed here from the PNGs (both formats accept PNG entries:
ICO since Windows Vista, ICNS since macOS 10.7).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SOURCE = ICONS / "readmark.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Windows picks from these for the taskbar, Explorer and the title bar.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS type codes for PNG entries: (code, pixel size); ic11-ic14 are the @2x variants.
ICNS_TYPES = (
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic13", 256),
    (b"ic08", 256),
    (b"ic14", 512),
    (b"ic09", 512),
)


def render(renderer: QSvgRenderer, size: int) -> bytes:
    """The SVG drawn into a transparent size x size square, as PNG bytes."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"Qt could not encode the {size} px icon as PNG")
    return bytes(data.data())


def pack_ico(pngs: dict[int, bytes]) -> bytes:
    """An ICO file holding each PNG as one entry (a width or height of 0 in the entry means 256)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, bodies = b"", b""
    for size, png in pngs.items():
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        bodies += png
        offset += len(png)
    return header + entries + bodies


def pack_icns(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file: a big-endian header, then one (type, length, PNG) element per entry."""
    elements = b"".join(
        code + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for code, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(elements)) + elements


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])  # QPainter text and images need a Gui application
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"render_icons: {SOURCE} is not a valid SVG", file=sys.stderr)
        return 1
    pngs = {size: render(renderer, size) for size in SIZES}
    for size, png in pngs.items():
        (ICONS / f"readmark-{size}.png").write_bytes(png)
    (ICONS / "readmark.ico").write_bytes(pack_ico({s: pngs[s] for s in ICO_SIZES}))
    (ICONS / "readmark.icns").write_bytes(pack_icns(pngs))
    print(f"wrote {len(pngs)} PNGs, readmark.ico and readmark.icns to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
