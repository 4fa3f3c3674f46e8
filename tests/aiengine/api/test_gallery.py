"""`make gallery`: the generated-designs section renders every concept of each prompt, offline."""

from PIL import Image

from aiengine import gallery


def test_the_generated_section_renders_each_concept_of_each_prompt(tmp_path, monkeypatch):
    monkeypatch.setattr(gallery, "PROMPTS", (("Summer sale on sunglasses, flat 30% off", "instagram_post"),))

    section = gallery.generated_section(tmp_path)

    assert section.title == "Generated designs"
    [item] = section.items
    assert [label for label, _name in item.files] == ["Product highlight", "Offer focus", "Problem → solution"]
    for _label, name in item.files:
        with Image.open(tmp_path / name) as image:
            assert max(image.size) == gallery.PREVIEW_SIDE
    assert all("lint clean" in note for note in item.notes[2:]), item.notes
