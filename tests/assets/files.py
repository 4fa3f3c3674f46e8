"""Image bytes made in code: good files and every kind of bad one the upload must refuse."""

import io
import os
import struct
import zlib

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image


def stored_files() -> set[str]:
    """Every file under MEDIA_ROOT (relative paths)."""
    root = str(settings.MEDIA_ROOT)
    found = set()
    for folder, _, names in os.walk(root):
        for name in names:
            found.add(os.path.relpath(os.path.join(folder, name), root))
    return found


def upload(name: str, data: bytes, content_type: str = "application/octet-stream"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def png_bytes(width: int = 8, height: int = 6, color=(255, 0, 0)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), color).save(out, "PNG")
    return out.getvalue()


def image_bytes(fmt: str, width: int = 8, height: int = 6) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (0, 128, 255)).save(out, fmt)
    return out.getvalue()


def animated_gif_bytes() -> bytes:
    out = io.BytesIO()
    frames = [Image.new("P", (10, 4), index) for index in range(3)]
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:])
    return out.getvalue()


def truncated_png() -> bytes:
    data = png_bytes(64, 64, (10, 200, 30))
    return data[: len(data) // 2]


def huge_header_png(width: int = 100_000, height: int = 100_000) -> bytes:
    """A tiny PNG whose IHDR declares a huge size (a decompression bomb by declaration)."""
    data = bytearray(png_bytes(1, 1))
    ihdr = 8  # after the signature: length(4) "IHDR"(4) data(13) crc(4)
    body = bytes(data[ihdr + 8: ihdr + 8 + 13])
    body = struct.pack(">II", width, height) + body[8:]
    data[ihdr + 8: ihdr + 8 + 13] = body
    data[ihdr + 21: ihdr + 25] = struct.pack(">I", zlib.crc32(b"IHDR" + body) & 0xFFFFFFFF)
    return bytes(data)


TEXT_AS_PNG = b"Hello, I am plain text with a .png name.\n" * 10

SVG_OK = (b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40">'
          b'<rect width="120" height="40" fill="#FFCC00"/></svg>')

SVG_HOSTILE = b"""<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
     width="200" height="100" onload="alert(1)">
  <script>alert("xss")</script>
  <style>@import url(https://evil.example/x.css); rect { fill: red }</style>
  <defs><linearGradient id="g"><stop offset="0" stop-color="#000"/></linearGradient></defs>
  <rect width="200" height="100" fill="url(#g)" onclick="steal()"/>
  <image xlink:href="https://evil.example/tracker.png" width="10" height="10"/>
  <image href="data:image/png;base64,iVBORw0KGgo=" width="10" height="10"/>
  <use href="#g"/>
  <a href="javascript:alert(1)"><text>hi</text></a>
  <foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>
  <rect width="1" height="1" style="fill: url(http://evil.example/p)"/>
</svg>"""

SVG_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE svg [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>&lol2;</text></svg>"""

SVG_EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>&xxe;</text></svg>"""

NOT_SVG_XML = b'<?xml version="1.0"?><html><body>not an svg</body></html>'
BROKEN_SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>'
