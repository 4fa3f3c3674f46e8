"""Fonts: the shipped families, brand font registration (TTF/WOFF2), validation, fallback."""

from __future__ import annotations

import io

import pytest
from fontTools import subset
from fontTools.ttLib import TTFont

from rendering import (
    FontFileInvalid,
    FontLibrary,
    default_font_library,
    inspect_font_file,
    render,
)
from rendering.fonts import FONTS_DIR

POPPINS_BOLD = FONTS_DIR / "Poppins" / "Poppins_700Bold.ttf"
REQUIRED_FAMILIES = {"Inter", "DM Sans", "Poppins", "Open Sans", "Noto Sans", "Noto Serif", "Noto Sans Devanagari", "Noto Sans Arabic"}


def _renamed(path, family: str, *, flavor: str | None = None) -> bytes:
    """The font at `path` with its family renamed (a stand-in for a customer's brand font)."""
    font = TTFont(str(path))
    for record in font["name"].names:
        if record.nameID in (1, 16):
            record.string = family
        elif record.nameID in (4, 6):
            record.string = f"{family.replace(' ', '')}-Bold"
    if flavor:
        options = subset.Options()
        options.flavor = flavor
        options.layout_features = ["*"]
        options.name_IDs = ["*"]
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=font.getBestCmap().keys())
        subsetter.subset(font)
        font.flavor = flavor
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def test_shipped_families_are_present_with_licences():
    library = default_font_library()
    assert REQUIRED_FAMILIES <= set(library.families())
    for folder in FONTS_DIR.iterdir():
        if folder.is_dir():
            assert (folder / "OFL.txt").read_text().count("SIL Open Font License") >= 1, folder.name


def test_shipped_fonts_stay_lean():
    total = sum(p.stat().st_size for p in FONTS_DIR.rglob("*") if p.suffix in (".otf", ".ttf"))
    assert total < 25 * 1024 * 1024


@pytest.mark.parametrize(
    ("family", "weight", "style", "expected"),
    [
        ("Inter", 800, "normal", ("Inter", 800, "normal")),
        ("inter", 900, "normal", ("Inter", 800, "normal")),  # nearest weight, case-insensitive
        ("DMSans", 650, "normal", ("DM Sans", 700, "normal")),
        ("Poppins", 700, "italic", ("Poppins", 700, "italic")),
        ("Noto Sans Devanagari", 300, "italic", ("Noto Sans Devanagari", 400, "normal")),
    ],
)
def test_resolve_picks_the_nearest_face(family, weight, style, expected):
    resolved = default_font_library().resolve(family, weight, style)
    info = resolved.face.info
    assert (info.family, info.weight, info.style) == expected
    assert resolved.warning is None


def test_unknown_family_resolves_to_the_fallback_with_a_warning():
    resolved = default_font_library().resolve("Helvetica Neue", 700)
    assert resolved.fallback and resolved.family == "Inter" and resolved.face.info.weight == 700
    assert resolved.warning == 'font family "Helvetica Neue" not found; rendered with Inter'


def test_characters_missing_from_the_font_fall_back_per_character():
    library = default_font_library()
    primary = library.resolve("Inter", 700).face
    chain = library.fallback_chain(primary, 700, "normal")
    from rendering.text import split_runs

    runs = split_runs("Sale दिवाली سيل", chain)
    families = [face.info.family for _, face in runs]
    assert families == ["Inter", "Noto Sans Devanagari", "Noto Sans Arabic"]
    assert [text for text, _ in runs] == ["Sale ", "दिवाली ", "سيل"]


def test_inspect_reads_family_weight_style_from_a_ttf():
    info = inspect_font_file(POPPINS_BOLD.read_bytes())
    assert (info.family, info.weight, info.style, info.format) == ("Poppins", 700, "normal", "ttf")
    assert info.glyph_count > 100


def test_inspect_reads_an_otf():
    info = inspect_font_file((FONTS_DIR / "Inter" / "Inter-Italic.otf").read_bytes())
    assert (info.family, info.weight, info.style, info.format) == ("Inter", 400, "italic", "otf")


def test_brand_font_registers_from_ttf_bytes_and_renders_without_warning():
    library = FontLibrary()
    info = library.register_font(_renamed(POPPINS_BOLD, "Acme Brand"))
    assert (info.family, info.weight, info.style) == ("Acme Brand", 700, "normal")
    document = {"schemaVersion": "1.4", "canvas": {"width": 300, "height": 100}, "layers": [
        {"id": "layer_brand", "type": "text", "text": "Acme", "position": {"x": 0, "y": 0}, "size": {"width": 300, "height": 100},
         "style": {"fontFamily": "Acme Brand", "fontWeight": 700, "fontSize": 60}}]}
    branded = render(document, fonts=library)
    assert branded.warnings == ()
    # the default library does not know the brand: it falls back, and says so
    assert render(document).warnings == ('font family "Acme Brand" not found; rendered with Inter (layer layer_brand)',)
    assert branded.data != render(document).data


def test_brand_font_registers_from_woff2_with_an_override_family():
    woff2 = _renamed(POPPINS_BOLD, "Acme Web", flavor="woff2")
    assert woff2[:4] == b"wOF2"
    assert inspect_font_file(woff2).format == "woff2"
    library = FontLibrary(shipped=False)
    info = library.register_font(woff2, family="Campaign Display")
    assert (info.family, info.weight, info.format) == ("Campaign Display", 700, "woff2")
    assert library.resolve("Campaign Display", 400).face.info.weight == 700
    assert library.families() == ["Campaign Display"]


def test_register_font_accepts_a_path(tmp_path):
    path = tmp_path / "brand.ttf"
    path.write_bytes(_renamed(POPPINS_BOLD, "Path Brand"))
    assert FontLibrary(shipped=False).register_font(path).family == "Path Brand"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "the font file is empty"),
        (b"definitely not a font, just some text", "not a font file: expected a TTF, OTF, WOFF or WOFF2 font"),
        (b"ttcf" + b"\x00" * 64, "font collections"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "not a font file"),
    ],
)
def test_junk_is_font_file_invalid(data, message):
    with pytest.raises(FontFileInvalid, match=message):
        inspect_font_file(data)


def test_truncated_font_is_font_file_invalid():
    data = POPPINS_BOLD.read_bytes()
    with pytest.raises(FontFileInvalid, match="truncated or corrupt"):
        inspect_font_file(data[: len(data) // 3])


def test_invalid_brand_font_is_not_registered():
    library = FontLibrary(shipped=False)
    with pytest.raises(FontFileInvalid):
        library.register_font(b"OTTO" + b"\x00" * 200)
    assert library.families() == []
