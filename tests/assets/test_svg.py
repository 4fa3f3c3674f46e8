"""The SVG sanitiser on its own: what goes, what stays, what is refused outright."""

import pytest

from assets.svg import SvgRejected, looks_like_svg, sanitise_svg

HEAD = b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '


def clean(body: bytes, attrs: bytes = b'width="10" height="10"') -> bytes:
    return sanitise_svg(HEAD + attrs + b">" + body + b"</svg>").data


@pytest.mark.parametrize(("body", "gone"), [
    (b'<use href="https://evil.example/s.svg#x"/>', b"evil.example"),
    (b'<image href="data:image/svg+xml;base64,PHN2Zz4="/>', b"svg+xml;base64"),
    (b'<image xlink:href="file:///etc/passwd"/>', b"file:"),
    (b'<rect style="background: url(//evil.example/p)"/>', b"evil.example"),
    (b'<rect filter="url(https://evil.example/f)"/>', b"evil.example"),
    (b'<set attributeName="href" to="javascript:alert(1)"/>', b"javascript"),
    (b'<animate attributeName="href" values="javascript:alert(1)"/>', b"javascript"),
    (b'<style>rect { behavior: url(x.htc) }</style>', b"behavior"),
    (b'<a href="javascript:alert(1)"><rect/></a>', b"javascript"),
    (b'<rect ONLOAD="alert(1)"/>', b"alert"),
    (b'<feImage href="https://evil.example/i.png"/>', b"evil.example"),
])
def test_hostile_content_is_removed(body, gone):
    assert gone not in clean(body).lower()


def test_safe_content_survives():
    out = clean(b'<defs><clipPath id="c"><rect width="5" height="5"/></clipPath></defs>'
                b'<g clip-path="url(#c)"><rect fill="#FF0000" width="5" height="5"/></g>'
                b'<text xml:space="preserve">Volt</text>')
    for kept in (b'clip-path="url(#c)"', b'fill="#FF0000"', b"Volt", b"clipPath"):
        assert kept in out


@pytest.mark.parametrize("data", [
    b'<?xml version="1.0" encoding="UTF-7"?><svg xmlns="http://www.w3.org/2000/svg"/>',
    '<svg xmlns="http://www.w3.org/2000/svg"/>'.encode("utf-16"),
    b'<!DOCTYPE svg SYSTEM "http://evil.example/svg.dtd"><svg/>',
    b"<svg><rect></svg>",
    b"<html/>",
    b'<svg xmlns="http://www.w3.org/2000/svg">' + b"<g>" * 5000 + b"</g>" * 5000 + b"</svg>",
    b'<svg xmlns="http://www.w3.org/2000/svg">' + b"<rect/>" * 60_000 + b"</svg>",
])
def test_refused_outright(data):
    with pytest.raises(SvgRejected):
        sanitise_svg(data)


@pytest.mark.parametrize(("attrs", "size"), [
    (b'width="300" height="100"', (300, 100)),
    (b'width="300px" height="100px"', (300, 100)),
    (b'viewBox="0 0 64 32"', (64, 32)),
    (b'width="128" viewBox="0 0 64 32"', (128, 64)),
    (b'width="100%" height="100%" viewBox="0,0,50,20"', (50, 20)),
    (b"", (None, None)),
])
def test_size_from_width_height_or_view_box(attrs, size):
    result = sanitise_svg(HEAD + attrs + b"/>")
    assert (result.width, result.height) == size


def test_sniffing_recognises_svg_by_content():
    assert looks_like_svg(b"\xef\xbb\xbf  <?xml version='1.0'?><svg/>")
    assert looks_like_svg(b"<!-- logo --><svg/>")
    assert not looks_like_svg(b"\x89PNG\r\n\x1a\n")
    assert not looks_like_svg(b"hello <svg")


# Known bypasses of SVG sanitisers: each row is hostile markup and what must not survive.
KNOWN_BYPASSES = [
    ("css escape in <style>", b"<style>rect{fill:u\\72l(http://evil.example/x)}</style>",
     b"evil.example"),
    ("css escape in style=", b'<rect style="fill:u\\72l(http://evil.example/x)"/>',
     b"evil.example"),
    ("css escape of the u", b'<rect style="fill:\\75rl(http://evil.example/x)"/>',
     b"evil.example"),
    ("six-digit css escape", b"<style>rect{fill:u\\000072l(http://evil.example)}</style>",
     b"evil.example"),
    ("css escape ended by a space", b'<tspan style="fill:u\\72 l(http://evil.example)">a</tspan>',
     b"evil.example"),
    ("css escape in a presentation attribute", b'<rect fill="u\\72l(http://evil.example/x)"/>',
     b"evil.example"),
    ("upper-case URL( with quotes", b"<rect style=\"fill:URL('http://evil.example/x')\"/>",
     b"evil.example"),
    ("xml character reference", b'<rect style="fill:u&#x72;l(http://evil.example/x)"/>',
     b"evil.example"),
    ("xml entity quote", b'<rect style="fill:url(&quot;http://evil.example&quot;)"/>',
     b"evil.example"),
    ("second url in a list", b'<rect style="fill:url(#a) url(http://evil.example)"/>',
     b"evil.example"),
    ("@import", b"<style>@import url(http://evil.example/a.css);</style>", b"evil.example"),
    ("escaped @import", b"<style>@im\\70ort 'http://evil.example/a.css';</style>",
     b"evil.example"),
    ("@font-face src", b"<style>@font-face{font-family:x;src:url(http://evil.example/f)}</style>",
     b"evil.example"),
    ("custom property", b'<rect style="--x:url(http://evil.example)"/>', b"evil.example"),
    ("background in <style>", b"<style>rect{background:url(http://evil.example)}</style>",
     b"evil.example"),
    ("expression()", b'<rect style="width:expression(alert(1))"/>', b"expression"),
    ("behavior", b'<rect style="behavior:url(#x)"/>', b"behavior"),
    ("-moz-binding", b"<style>rect{-moz-binding:url(#x)}</style>", b"binding"),
    ("use of an external document", b'<use href="http://evil.example/s.svg#a"/>',
     b"evil.example"),
    ("use via xlink, scheme-relative", b'<use xlink:href="//evil.example/s.svg#a"/>',
     b"evil.example"),
    ("image of svg data", b'<image href="data:image/svg+xml;base64,PHN2Zz4="/>', b"svg+xml"),
    ("image of javascript", b'<image href="javascript:alert(1)"/>', b"javascript"),
    ("entity-encoded javascript link", b'<a href="&#106;avascript:alert(1)"><rect/></a>',
     b"javascript"),
    ("external link", b'<a href="http://evil.example/"><rect/></a>', b"evil.example"),
    ("xml:base", b'<g xml:base="http://evil.example/"><rect/></g>', b"evil.example"),
    ("foreignObject with html",
     b'<foreignObject><body xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(1)"/>'
     b"</body></foreignObject>", b"alert"),
    ("script", b"<script>alert(1)</script>", b"alert"),
    ("external script", b'<script href="http://evil.example/x.js"/>', b"evil.example"),
    ("onload", b'<rect onload="alert(1)"/>', b"alert"),
    ("onclick on text", b'<text onclick="alert(1)">Hi</text>', b"alert"),
    ("set to javascript", b'<set attributeName="href" to="javascript:alert(1)"/>', b"javascript"),
    ("animate to javascript", b'<animate attributeName="href" values="javascript:alert(1)"/>',
     b"javascript"),
    ("feImage", b'<filter id="f"><feImage href="http://evil.example/i.png"/></filter>',
     b"evil.example"),
    ("external filter", b'<rect filter="url(http://evil.example/f#x)"/>', b"evil.example"),
    ("external mask", b'<rect mask="url(http://evil.example/m#x)"/>', b"evil.example"),
    ("external image in a pattern",
     b'<pattern id="p"><image href="http://evil.example/i.png"/></pattern>', b"evil.example"),
    ("iframe", b'<iframe src="http://evil.example"/>', b"evil.example"),
    ("handler (SVG Tiny)", b'<handler type="application/ecmascript">alert(1)</handler>', b"alert"),
    ("foreign metadata", b'<metadata><x:e xmlns:x="http://evil.example/ns"/></metadata>',
     b"evil.example"),
    ("style type attribute trick", b'<style type="text/javascript">alert(1)</style>', b"alert"),
]


@pytest.mark.parametrize(("markup", "gone"), [row[1:] for row in KNOWN_BYPASSES],
                         ids=[row[0] for row in KNOWN_BYPASSES])
def test_known_bypasses_are_removed(markup, gone):
    assert gone not in clean(markup).lower()


def test_a_document_type_with_entities_is_refused():
    with pytest.raises(SvgRejected):
        sanitise_svg(b'<!DOCTYPE svg [<!ENTITY e "http://evil.example/">]>'
                     b'<svg xmlns="http://www.w3.org/2000/svg"><a href="&e;"/></svg>')


# Legitimate logos: each must come out with the listed pieces intact.
LEGITIMATE_LOGOS = [
    ("linear gradient",
     b'<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1" gradientUnits="objectBoundingBox">'
     b'<stop offset="0" stop-color="#FF0000"/><stop offset="1" style="stop-color:#0000FF;'
     b'stop-opacity:0.5"/></linearGradient></defs><rect width="10" height="10" fill="url(#g)"/>',
     [b"linearGradient", b'fill="url(#g)"', b"stop-color:#0000FF", b'stop-color="#FF0000"']),
    ("radial gradient with a transform",
     b'<radialGradient id="r" cx="0.5" cy="0.5" r="0.5" gradientTransform="rotate(45 0.5 0.5)">'
     b'<stop offset="0%" stop-color="#fff"/><stop offset="100%" stop-color="#000"/>'
     b'</radialGradient><circle cx="5" cy="5" r="4" style="fill:url(#r)"/>',
     [b"radialGradient", b'gradientTransform="rotate(45 0.5 0.5)"', b"fill:url(#r)"]),
    ("clip path",
     b'<clipPath id="c" clipPathUnits="userSpaceOnUse"><circle cx="5" cy="5" r="5"/></clipPath>'
     b'<g clip-path="url(#c)"><path d="M0,0 L10,0 L10,10 Z" fill-rule="evenodd"/></g>',
     [b"clipPath", b'clip-path="url(#c)"', b'd="M0,0 L10,0 L10,10 Z"', b"evenodd"]),
    ("mask",
     b'<mask id="m" maskUnits="userSpaceOnUse"><rect width="10" height="10" fill="#fff"/></mask>'
     b'<rect width="10" height="10" mask="url(#m)" opacity="0.8"/>',
     [b"<mask", b'mask="url(#m)"', b'opacity="0.8"']),
    ("text with style classes",
     b"<style>.brand{fill:#1A2B3C;font-family:'Inter',sans-serif;font-weight:800}"
     b" .brand:hover{fill:rgb(10,20,30)}</style>"
     b'<text class="brand" x="1" y="9" text-anchor="middle" xml:space="preserve">Volt '
     b'<tspan dy="1" font-size="4">Labs</tspan></text>',
     [b".brand", b"fill:#1A2B3C", b"font-family:", b"Inter", b"rgb(10,20,30)", b"Volt",
      b"Labs", b'class="brand"', b'text-anchor="middle"']),
    ("reused symbol",
     b'<defs><symbol id="s" viewBox="0 0 2 2"><rect width="2" height="2"/></symbol></defs>'
     b'<use href="#s" x="1" y="1" width="4" height="4"/>'
     b'<use xlink:href="#s" x="5" y="5" width="4" height="4"/>',
     [b"<symbol", b'href="#s"', b'viewBox="0 0 2 2"']),
    ("drop shadow filter",
     b'<filter id="f" x="-10%" y="-10%" width="120%" height="120%"><feGaussianBlur '
     b'in="SourceAlpha" stdDeviation="1" result="b"/><feOffset dx="1" dy="1" result="o"/>'
     b'<feMerge><feMergeNode in="o"/><feMergeNode in="SourceGraphic"/></feMerge></filter>'
     b'<rect width="5" height="5" filter="url(#f)"/>',
     [b"feGaussianBlur", b'stdDeviation="1"', b"feMergeNode", b'filter="url(#f)"']),
    ("embedded raster",
     b'<image href="data:image/png;base64,iVBORw0KGgo=" width="4" height="4"/>',
     [b"data:image/png;base64,iVBORw0KGgo="]),
    ("strokes and transforms",
     b'<g transform="translate(1 2) scale(0.5)"><polyline points="0,0 5,5 10,0" fill="none" '
     b'stroke="#333" stroke-width="2" stroke-dasharray="2 1" stroke-linecap="round"/>'
     b'<line x1="0" y1="0" x2="10" y2="10" style="stroke:currentColor;stroke-width:1.5px"/></g>',
     [b'transform="translate(1 2) scale(0.5)"', b'stroke-dasharray="2 1"', b"currentColor",
      b'points="0,0 5,5 10,0"']),
]


@pytest.mark.parametrize(("markup", "kept"), [row[1:] for row in LEGITIMATE_LOGOS],
                         ids=[row[0] for row in LEGITIMATE_LOGOS])
def test_legitimate_logos_survive(markup, kept):
    result = sanitise_svg(HEAD + b'width="10" height="10">' + markup + b"</svg>")
    for piece in kept:
        assert piece in result.data, (piece, result.data)
    assert result.removed == ()


def test_an_inkscape_logo_keeps_its_drawing_and_loses_the_editor_attributes():
    data = (b'<svg xmlns="http://www.w3.org/2000/svg" '
            b'xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" '
            b'xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" width="20" '
            b'height="20"><sodipodi:namedview pagecolor="#fff"/><g inkscape:label="Layer 1" '
            b'inkscape:groupmode="layer"><path d="M1 1h18v18H1z" style="fill:#00aa00"/></g></svg>')
    result = sanitise_svg(data)
    assert b'd="M1 1h18v18H1z"' in result.data and b"fill:#00aa00" in result.data
    assert b"inkscape" not in result.data and b"sodipodi" not in result.data
