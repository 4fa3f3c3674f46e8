"""`make gallery`: the generated-designs section renders three variants of each prompt, and the templates
section every template with each kind it is made for, offline."""

from PIL import Image

from aiengine import gallery
from aiengine.creative.templates import all_templates


def test_the_generated_section_renders_three_templates_of_each_prompt(tmp_path, monkeypatch):
    monkeypatch.setattr(gallery, "PROMPTS", (("Summer sale on sunglasses, flat 30% off", "instagram_post"),))

    section = gallery.generated_section(tmp_path)

    assert section.title == "Generated designs"
    [item] = section.items
    assert len(item.files) == 3 and len({label for label, _name in item.files}) == 3
    for _label, name in item.files:
        with Image.open(tmp_path / name) as image:
            assert max(image.size) == gallery.PREVIEW_SIDE
    assert all("lint clean" in note for note in item.notes[2:]), item.notes


def test_the_templates_section_shows_every_template_with_its_kinds(tmp_path):
    section = gallery.templates_section(tmp_path, kinds=("quote", "sale"))

    assert [item.title.split(" — ")[0] for item in section.items] == [t.id for t in all_templates()]
    for item, template in zip(section.items, all_templates(), strict=True):
        assert [label for label, _name in item.files] == [k for k in ("quote", "sale") if template.suits(k)]
        for _label, name in item.files:
            assert (tmp_path / name).exists()
    assert all("lint clean" in note for item in section.items for note in item.notes[1:])
