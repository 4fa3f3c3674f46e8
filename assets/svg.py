"""SVG sanitising: no DTDs, scripts, event handlers, foreign content or external references."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET  # noqa: S405 (DTDs are refused before parsing)
from dataclasses import dataclass

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
XML_NS = "http://www.w3.org/XML/1998/namespace"

ET.register_namespace("", SVG_NS)
ET.register_namespace("xlink", XLINK_NS)

# Elements removed with everything inside them.
FORBIDDEN_ELEMENTS = frozenset({
    "script", "foreignObject", "iframe", "embed", "object", "audio", "video", "canvas",
    "handler", "listener", "set", "animate", "animateMotion", "animateTransform",
    "animateColor", "discard", "feImage",
})
ALLOWED_XML_ATTRIBUTES = frozenset({f"{{{XML_NS}}}space", f"{{{XML_NS}}}lang"})
SAFE_DATA_URI = re.compile(r"^data:image/(?:png|jpeg|webp)(?:;base64)?,", re.IGNORECASE)
URL_REF = re.compile(r"url\(\s*(['\"]?)\s*([^)'\"]*)\1\s*\)", re.IGNORECASE)
DANGEROUS_CSS = re.compile(r"@import|expression\s*\(|javascript:|behavior\s*:|-moz-binding",
                           re.IGNORECASE)
DTD = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY|ELEMENT|ATTLIST|NOTATION)", re.IGNORECASE)
XML_ENCODING = re.compile(rb"^\s*(?:\xef\xbb\xbf)?\s*<\?xml[^>]*?encoding\s*=\s*[\"']([^\"']+)[\"']")
LENGTH = re.compile(r"^\s*([0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\s*(px)?\s*$")
MAX_SVG_SIDE = 100_000
MAX_DEPTH = 100
MAX_ELEMENTS = 50_000


class SvgRejected(ValueError):
    """The file is not an SVG we are willing to keep."""


@dataclass(frozen=True)
class SanitisedSvg:
    data: bytes
    width: int | None
    height: int | None
    removed: tuple[str, ...]


def looks_like_svg(data: bytes) -> bool:
    """Whether the bytes start like an XML/SVG document (after a BOM, spaces and comments)."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf").lstrip()
    if not head.startswith(b"<"):
        return False
    return b"<svg" in head.lower() or head.startswith((b"<?xml", b"<!--", b"<!DOCTYPE",
                                                      b"<!doctype"))


def _local(tag: str) -> tuple[str | None, str]:
    if tag.startswith("{"):
        ns, _, name = tag[1:].partition("}")
        return ns, name
    return None, tag


def _safe_reference(value: str) -> bool:
    value = value.strip()
    return value.startswith("#") or bool(SAFE_DATA_URI.match(value))


def _safe_css(text: str) -> bool:
    if DANGEROUS_CSS.search(text):
        return False
    return all(_safe_reference(match.group(2)) for match in URL_REF.finditer(text))


def _length(value: str | None) -> float | None:
    match = LENGTH.match(value or "")
    return float(match.group(1)) if match else None


def _size(root: ET.Element) -> tuple[int | None, int | None]:
    width, height = _length(root.get("width")), _length(root.get("height"))
    if width is None or height is None:
        parts = re.split(r"[\s,]+", (root.get("viewBox") or "").strip())
        if len(parts) == 4:
            try:
                box_w, box_h = float(parts[2]), float(parts[3])
            except ValueError:
                box_w = box_h = 0.0
            if box_w > 0 and box_h > 0:
                if width is None and height is None:
                    width, height = box_w, box_h
                elif width is None:
                    width = height * box_w / box_h
                else:
                    height = width * box_h / box_w
    if not width or not height or width <= 0 or height <= 0:
        return None, None
    if width > MAX_SVG_SIDE or height > MAX_SVG_SIDE:
        raise SvgRejected(f"the SVG is larger than {MAX_SVG_SIDE} px on a side")
    return max(1, round(width)), max(1, round(height))


def _clean(element: ET.Element, removed: list[str]) -> None:
    for name in list(element.attrib):
        ns, local = _local(name)
        value = element.attrib[name]
        reason = None
        if ns not in (None, XLINK_NS) and name not in ALLOWED_XML_ATTRIBUTES:
            reason = "foreign attribute"
        elif local.lower().startswith("on"):
            reason = "event handler"
        elif local == "href" and not _safe_reference(value):
            reason = "external reference"
        elif ns == XLINK_NS and local != "href":
            reason = "xlink attribute"
        elif "url(" in value.lower() or local == "style":
            if not _safe_css(value):
                reason = "external reference in style"
        elif "javascript:" in value.lower():
            reason = "script URL"
        if reason:
            removed.append(f"{local}: {reason}")
            del element.attrib[name]
    for child in list(element):
        if not isinstance(child.tag, str):  # comments and processing instructions
            element.remove(child)
            continue
        ns, local = _local(child.tag)
        if ns != SVG_NS:
            removed.append(f"<{local}>: not SVG")
            element.remove(child)
        elif local in FORBIDDEN_ELEMENTS:
            removed.append(f"<{local}>")
            element.remove(child)
        elif local == "style" and not _safe_css("".join(child.itertext())):
            removed.append("<style>: external reference")
            element.remove(child)
        else:
            _clean(child, removed)


def _check_shape(root: ET.Element) -> None:
    """Refuses trees too deep or too large to clean and serialise safely (no recursion limits)."""
    stack, count = [(root, 1)], 0
    while stack:
        element, depth = stack.pop()
        count += 1
        if depth > MAX_DEPTH:
            raise SvgRejected(f"the SVG is nested more than {MAX_DEPTH} levels deep")
        if count > MAX_ELEMENTS:
            raise SvgRejected(f"the SVG has more than {MAX_ELEMENTS} elements")
        stack.extend((child, depth + 1) for child in element)


def _adopt_default_namespace(element: ET.Element) -> None:
    """An SVG written without xmlns: treat its un-namespaced elements as SVG."""
    if not element.tag.startswith("{"):
        element.tag = f"{{{SVG_NS}}}{element.tag}"
    for child in element:
        if isinstance(child.tag, str):
            _adopt_default_namespace(child)


def sanitise_svg(data: bytes) -> SanitisedSvg:
    """Parse and clean an SVG; SvgRejected when it cannot be made safe or is not an SVG."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SvgRejected("SVG files must be UTF-8 encoded") from exc
    declared = XML_ENCODING.match(data)
    if declared and declared.group(1).lower() not in (b"utf-8", b"utf8", b"us-ascii"):
        raise SvgRejected("SVG files must be UTF-8 encoded")
    if DTD.search(data):
        raise SvgRejected("SVG files with a DTD or entity declarations are not accepted")
    try:
        root = ET.fromstring(data)  # noqa: S314 (no DTD: nothing to expand or fetch)
    except ET.ParseError as exc:
        raise SvgRejected(f"the SVG is not well-formed XML ({exc})") from exc
    _check_shape(root)
    ns, local = _local(root.tag)
    if local != "svg" or ns not in (None, SVG_NS):
        raise SvgRejected("the file is XML but not an SVG image")
    if ns is None:
        _adopt_default_namespace(root)
    removed: list[str] = []
    _clean(root, removed)
    width, height = _size(root)
    cleaned = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return SanitisedSvg(data=cleaned, width=width, height=height, removed=tuple(removed))
