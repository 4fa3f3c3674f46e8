"""The formats catalogue: sizes, categories and safe areas a designer can rely on."""

from __future__ import annotations

import dataclasses

import pytest

from documents import FORMATS, Format, get_format

REQUIRED_SIZES = {
    "instagram_post": (1080, 1080), "instagram_portrait": (1080, 1350),
    "instagram_story": (1080, 1920), "facebook_post": (1200, 630),
    "facebook_cover": (1640, 624), "x_post": (1600, 900), "linkedin_post": (1200, 627),
    "youtube_thumbnail": (1280, 720), "pinterest_pin": (1000, 1500),
    "whatsapp_status": (1080, 1920), "web_leaderboard": (728, 90),
    "web_medium_rectangle": (300, 250), "web_skyscraper": (160, 600),
    "a4_portrait": (2480, 3508), "a5_flyer": (1748, 2480), "us_letter": (2550, 3300),
    "poster_18x24": (5400, 7200), "business_card": (1050, 600),
}


@pytest.mark.parametrize(("format_id", "size"), REQUIRED_SIZES.items())
def test_the_catalogue_has_each_required_format(format_id: str, size: tuple[int, int]) -> None:
    page = get_format(format_id)
    assert page is not None
    assert (page.width, page.height) == size


def test_ids_are_unique_and_lookups_find_each_format() -> None:
    assert len({page.id for page in FORMATS}) == len(FORMATS)
    assert all(get_format(page.id) is page for page in FORMATS)
    assert get_format("instagram_reel_9000") is None


@pytest.mark.parametrize("page", FORMATS, ids=lambda page: page.id)
def test_every_safe_area_lies_inside_its_canvas(page: Format) -> None:
    area = page.safe_area
    assert min(area.top, area.right, area.bottom, area.left) >= 0
    inner_width = page.width - area.left - area.right
    inner_height = page.height - area.top - area.bottom
    # at least half of each side stays usable
    assert inner_width >= page.width / 2
    assert inner_height >= page.height / 2
    assert page.category in ("social", "ads", "print", "web", "video")


def test_every_category_is_represented() -> None:
    assert {page.category for page in FORMATS} == {"social", "ads", "print", "web", "video"}


def test_story_safe_area_leaves_room_for_the_app_ui() -> None:
    for format_id in ("instagram_story", "whatsapp_status"):
        area = get_format(format_id).safe_area
        assert 200 <= area.top <= 300
        assert 200 <= area.bottom <= 300


def test_social_formats_keep_a_margin_of_five_to_eight_percent() -> None:
    for page in FORMATS:
        if page.category == "social":
            assert 0.05 <= page.safe_area.left / min(page.width, page.height) <= 0.08


def test_print_formats_are_300_dpi_with_a_bleed_aware_inset() -> None:
    prints = [page for page in FORMATS if page.category == "print"]
    assert {page.id for page in prints} >= {"a4_portrait", "a5_flyer", "us_letter",
                                             "poster_18x24", "business_card"}
    for page in prints:
        assert page.dpi == 300
        # at least 1/8 in (3 mm) kept clear of the cut on every side
        assert min(page.safe_area.top, page.safe_area.right, page.safe_area.bottom,
                   page.safe_area.left) >= 300 / 8
    screen = [page for page in FORMATS if page.category != "print"]
    assert all(page.dpi is None for page in screen)


def test_to_dict_is_camel_case_for_the_api() -> None:
    assert get_format("instagram_story").to_dict() == {
        "id": "instagram_story", "name": "Instagram story", "category": "social",
        "width": 1080, "height": 1920,
        "safeArea": {"top": 250, "right": 65, "bottom": 250, "left": 65}, "dpi": None,
    }


def test_formats_are_immutable() -> None:
    page = get_format("instagram_post")
    with pytest.raises(dataclasses.FrozenInstanceError):
        page.width = 1  # type: ignore[misc]
