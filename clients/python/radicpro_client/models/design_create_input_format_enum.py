from typing import Literal

DesignCreateInputFormatEnum = Literal[
    "a4_portrait",
    "a5_flyer",
    "business_card",
    "email_header",
    "facebook_cover",
    "facebook_post",
    "instagram_portrait",
    "instagram_post",
    "instagram_story",
    "linkedin_post",
    "open_graph",
    "pinterest_pin",
    "poster_18x24",
    "tiktok_cover",
    "us_letter",
    "web_hero",
    "web_leaderboard",
    "web_medium_rectangle",
    "web_skyscraper",
    "whatsapp_status",
    "x_post",
    "youtube_thumbnail",
]

DESIGN_CREATE_INPUT_FORMAT_ENUM_VALUES: set[DesignCreateInputFormatEnum] = {
    "a4_portrait",
    "a5_flyer",
    "business_card",
    "email_header",
    "facebook_cover",
    "facebook_post",
    "instagram_portrait",
    "instagram_post",
    "instagram_story",
    "linkedin_post",
    "open_graph",
    "pinterest_pin",
    "poster_18x24",
    "tiktok_cover",
    "us_letter",
    "web_hero",
    "web_leaderboard",
    "web_medium_rectangle",
    "web_skyscraper",
    "whatsapp_status",
    "x_post",
    "youtube_thumbnail",
}


def check_design_create_input_format_enum(value: str) -> DesignCreateInputFormatEnum:
    if value in DESIGN_CREATE_INPUT_FORMAT_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DESIGN_CREATE_INPUT_FORMAT_ENUM_VALUES!r}")
