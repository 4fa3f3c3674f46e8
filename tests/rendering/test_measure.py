"""measure_text(): the size used after autoFit, the wrapped lines, extent and overflow."""

from __future__ import annotations

from rendering import measure_text


def layer(text, width=300, height=100, **style):
    return {"id": "layer_t", "type": "text", "text": text, "position": {"x": 0, "y": 0},
            "size": {"width": width, "height": height}, "style": {"fontFamily": "Inter", "fontSize": 32, **style}}


def test_short_text_fits_on_one_line():
    measure = measure_text(layer("Hello"))
    assert measure.lines == ("Hello",)
    assert measure.font_size == 32
    assert 0 < measure.width < 300
    assert measure.height == 32 * 1.2
    assert not measure.overflows


def test_wrapping_keeps_words_and_forced_breaks():
    measure = measure_text(layer("Diwali mega sale on every single product\nnow", width=260, height=400))
    assert len(measure.lines) >= 3
    assert measure.lines[-1] == "now"
    assert " ".join(measure.lines[:-1]) == "Diwali mega sale on every single product"
    assert measure.width <= 260


def test_a_word_longer_than_the_line_breaks_by_character():
    measure = measure_text(layer("Supercalifragilisticexpialidocious", width=150, height=400))
    assert len(measure.lines) > 1
    assert "".join(measure.lines) == "Supercalifragilisticexpialidocious"


def test_text_taller_than_its_box_overflows():
    measure = measure_text(layer("one two three four five six seven eight nine ten", width=120, height=40))
    assert measure.overflows
    assert measure.height > 40


def test_autofit_picks_the_largest_size_that_fits():
    fitted = measure_text(layer("Mega Sale", width=400, height=120, autoFit={"minSize": 10, "maxSize": 200}))
    assert 10 < fitted.font_size < 200
    assert not fitted.overflows
    assert fitted.lines == ("Mega Sale",) or len(fitted.lines) == 2
    bigger = measure_text(layer("Mega Sale", width=400, height=120, fontSize=fitted.font_size + 2))
    assert bigger.overflows or len(bigger.lines) > len(fitted.lines) or bigger.height > 120


def test_autofit_uses_max_size_when_it_fits():
    assert measure_text(layer("Hi", width=400, height=400, autoFit={"minSize": 10, "maxSize": 60})).font_size == 60


def test_autofit_stops_at_min_size_and_reports_overflow():
    long_text = "This sentence is far too long for a tiny box even at the minimum size " * 3
    measure = measure_text(layer(long_text, width=100, height=30, autoFit={"minSize": 20, "maxSize": 40}))
    assert measure.font_size == 20
    assert measure.overflows


def test_uppercase_transform_is_measured():
    assert measure_text(layer("sale", textTransform="uppercase")).lines == ("SALE",)


def test_letter_spacing_widens_the_line():
    plain = measure_text(layer("SPACING"))
    spaced = measure_text(layer("SPACING", letterSpacing=10))
    assert spaced.width > plain.width + 60


def test_devanagari_and_arabic_are_measured_with_their_fallback_fonts():
    hindi = measure_text(layer("दिवाली सेल", width=600))
    arabic = measure_text(layer("تخفيضات كبيرة", width=600))
    assert hindi.lines == ("दिवाली सेल",) and hindi.width > 100
    assert arabic.lines == ("تخفيضات كبيرة",) and arabic.width > 100
