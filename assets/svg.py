"""SVG sanitising by allowlist: only named elements, attributes and CSS properties are kept.

The file is parsed by defusedxml (no DTD, entities or external references), every element and
attribute not allowed by name (svg_allowlist) is removed, every reference must point inside the
document (`#id`; embedded PNG/JPEG/WebP for <image>), and CSS in style="", <style> and
presentation attributes is read as a browser reads it, escapes decoded (svg_css), then written
back with only the allowed properties.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET  # noqa: S405 (only to build and write the cleaned tree)
from dataclasses import dataclass

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as defused_fromstring

from .svg_allowlist import CSS_PROPERTIES, ELEMENTS, PLAIN_ATTRIBUTES, TEXT_ELEMENTS
from .svg_css import clean_style_attribute, clean_stylesheet, clean_value

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
XML_NS = "http://www.w3.org/XML/1998/namespace"

ET.register_namespace("", SVG_NS)
ET.register_namespace("xlink", XLINK_NS)

XML_ATTRIBUTES = frozenset({f"{{{XML_NS}}}space", f"{{{XML_NS}}}lang"})
HREFS = frozenset({"href", f"{{{XLINK_NS}}}href"})
SAFE_DATA_URI = re.compile(r"^data:image/(?:png|jpeg|webp);base64,[A-Za-z0-9+/=\s]*$",
                           re.IGNORECASE)
UNSAFE_PLAIN_VALUE = re.compile(r"url\s*\(|\\|script:|expression", re.IGNORECASE)
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


def _reference_is_safe(element_name: str, value: str) -> bool:
    value = value.strip()
    if value.startswith("#"):
        return True
    return element_name == "image" and bool(SAFE_DATA_URI.match(value))


def _clean_attribute(element_name: str, name: str, value: str,
                     removed: list[str]) -> str | None:
    """The attribute's value to keep (cleaned), or None to remove it."""
    ns, local = _local(name)
    if name in HREFS:
        return value if _reference_is_safe(element_name, value) else None
    if ns is not None:
        return value if name in XML_ATTRIBUTES else None
    if local == "style":
        return clean_style_attribute(value, removed) or None
    if local in CSS_PROPERTIES:
        return clean_value(value)
    if local in PLAIN_ATTRIBUTES and not UNSAFE_PLAIN_VALUE.search(value):
        if local == "type" and element_name == "style":
            return value if value.strip().lower() in ("", "text/css") else None
        return value
    return None


def _clean(element: ET.Element, removed: list[str]) -> None:
    _, name = _local(element.tag)
    for attribute in list(element.attrib):
        cleaned = _clean_attribute(name, attribute, element.attrib[attribute], removed)
        if cleaned is None:
            removed.append(f"{name}@{_local(attribute)[1]}")
            del element.attrib[attribute]
        else:
            element.attrib[attribute] = cleaned
    if name == "style":  # a type other than CSS lost its attribute above: read as CSS anyway
        element.text = clean_stylesheet(element.text or "", removed)
        for child in list(element):
            removed.append(f"<{_local(child.tag)[1]}> in <style>")
            element.remove(child)
        return
    if name not in TEXT_ELEMENTS and element.text and element.text.strip():
        element.text = None
    for child in list(element):
        if not isinstance(child.tag, str):  # comments and processing instructions
            element.remove(child)
            continue
        ns, local = _local(child.tag)
        if ns != SVG_NS or local not in ELEMENTS:
            removed.append(f"<{local}>")
            element.remove(child)
            continue
        if name not in TEXT_ELEMENTS and child.tail and child.tail.strip():
            child.tail = None
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
    try:
        root = defused_fromstring(data, forbid_dtd=True, forbid_entities=True,
                                  forbid_external=True)
    except DefusedXmlException as exc:
        raise SvgRejected("SVG files with a DTD or entity declarations are not accepted") \
            from exc
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
