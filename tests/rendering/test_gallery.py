"""The gallery page: sections of rendered files, extensible by other modules."""

from __future__ import annotations

from exports.gallery import GalleryItem, GallerySection, main, reference_section, write_gallery


def test_write_gallery_lists_every_section_and_file(tmp_path):
    sections = [
        GallerySection("Reference documents", "golden renders", [GalleryItem("text_layout", [("PNG", "a.png"), ("SVG", "a.svg")], ["600×600"])]),
        GallerySection("Generated designs", "from the AI engine", [GalleryItem("diwali <sale>", [("PNG", "b.png")])]),
    ]
    index = write_gallery(tmp_path / "out", sections)
    page = index.read_text(encoding="utf-8")
    assert index.name == "index.html"
    for text in ("Reference documents", "Generated designs", 'src="a.png"', 'src="a.svg"', 'src="b.png"', "diwali &lt;sale&gt;", "600×600"):
        assert text in page


def test_reference_section_renders_png_and_svg_per_case(tmp_path):
    section = reference_section(tmp_path)
    assert len(section.items) >= 12
    for item in section.items:
        for _, name in item.files:
            assert (tmp_path / name).stat().st_size > 0
    smart = next(item for item in section.items if item.title == "smart_and_missing")
    assert any(note.startswith("warning: asset asset_gone not found") for note in smart.notes)


def test_main_needs_an_output_directory(capsys):
    assert main([]) == 2
    assert "usage" in capsys.readouterr().err
