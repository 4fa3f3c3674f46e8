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
