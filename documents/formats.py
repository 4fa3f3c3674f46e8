"""The catalogue of canvas formats (social, ads, print, web, video) with their safe areas."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

Category = Literal["social", "ads", "print", "web", "video"]

# Share of the shorter side kept clear around screen formats.
_SCREEN_MARGIN = 0.06
# Print formats are trim size at 300 dpi. Their safe area keeps 1/8 in (about 3 mm, the usual
# bleed and cutting tolerance) clear of the cut, plus a margin that grows with the piece.
_PRINT_DPI = 300
_CUT_TOLERANCE_IN = 0.125


@dataclass(frozen=True)
class SafeArea:
    """Insets in px from each canvas edge; keep text and logos inside them."""

    top: int
    right: int
    bottom: int
    left: int

    def to_dict(self) -> dict[str, int]:
        return asdict(self)


@dataclass(frozen=True)
class Format:
    """A canvas format a design can be made for."""

    id: str
    name: str
    category: Category
    width: int
    height: int
    safe_area: SafeArea
    dpi: int | None = None  # print formats only: the resolution the px size is meant for

    def to_dict(self) -> dict[str, Any]:
        """The format with camelCase keys, as the API serves it."""
        return {
            "id": self.id,
            "name": self.name,
            "category": self.category,
            "width": self.width,
            "height": self.height,
            "safeArea": self.safe_area.to_dict(),
            "dpi": self.dpi,
        }


def _screen(format_id: str, name: str, category: Category, width: int, height: int, *,
            top: int | None = None, right: int | None = None, bottom: int | None = None,
            left: int | None = None) -> Format:
    """A screen format: a uniform margin, with overrides where the platform draws its UI."""
    margin = round(min(width, height) * _SCREEN_MARGIN)
    safe_area = SafeArea(
        top=margin if top is None else top,
        right=margin if right is None else right,
        bottom=margin if bottom is None else bottom,
        left=margin if left is None else left,
    )
    return Format(format_id, name, category, width, height, safe_area)


def _print(format_id: str, name: str, width: int, height: int, *, margin_in: float) -> Format:
    """A print format, ``width`` × ``height`` px being the trim size at 300 dpi."""
    inset = round(_PRINT_DPI * (_CUT_TOLERANCE_IN + margin_in))
    return Format(format_id, name, "print", width, height, SafeArea(inset, inset, inset, inset),
                  _PRINT_DPI)


FORMATS: tuple[Format, ...] = (
    _screen("instagram_post", "Instagram post", "social", 1080, 1080),
    _screen("instagram_portrait", "Instagram portrait post", "social", 1080, 1350),
    # Stories: the app's header and reply bar cover about 250 px at the top and bottom.
    _screen("instagram_story", "Instagram story", "social", 1080, 1920, top=250, bottom=250),
    _screen("facebook_post", "Facebook post", "social", 1200, 630),
    _screen("facebook_cover", "Facebook cover", "social", 1640, 624),
    _screen("x_post", "X post", "social", 1600, 900),
    _screen("linkedin_post", "LinkedIn post", "social", 1200, 627),
    _screen("pinterest_pin", "Pinterest pin", "social", 1000, 1500),
    _screen("linkedin_banner", "LinkedIn banner", "social", 1584, 396),
    _screen("x_header", "X header", "social", 1500, 500, bottom=90),
    # YouTube channel art: TVs show it all, desktops a wide band through the middle; text keeps to the centre.
    _screen("youtube_channel_art", "YouTube channel art", "video", 2560, 1440, top=360, right=500, bottom=360,
            left=500),
    _screen("whatsapp_status", "WhatsApp status", "social", 1080, 1920, top=250, bottom=250),
    # YouTube draws the duration over the bottom-right corner.
    _screen("youtube_thumbnail", "YouTube thumbnail", "video", 1280, 720, right=160, bottom=80),
    # TikTok: header at the top, caption at the bottom, buttons on the right.
    _screen("tiktok_cover", "TikTok cover", "video", 1080, 1920, top=150, right=140, bottom=480),
    _screen("instagram_ad", "Instagram/Facebook feed ad", "ads", 1080, 1080),
    _screen("instagram_ad_portrait", "Instagram/Facebook portrait ad", "ads", 1080, 1350),
    _screen("instagram_ad_story", "Instagram/Facebook story ad", "ads", 1080, 1920, top=250, bottom=340),
    _screen("facebook_ad", "Facebook link ad", "ads", 1200, 628),
    _screen("web_leaderboard", "Leaderboard banner", "ads", 728, 90),
    _screen("web_medium_rectangle", "Medium rectangle banner", "ads", 300, 250),
    _screen("web_skyscraper", "Skyscraper banner", "ads", 160, 600),
    _screen("open_graph", "Link preview (Open Graph)", "web", 1200, 630),
    _screen("web_hero", "Website hero", "web", 1920, 1080),
    _screen("email_header", "Email header", "web", 600, 200),
    _print("a4_portrait", "A4 portrait (210 × 297 mm)", 2480, 3508, margin_in=0.125),
    _print("a5_flyer", "A5 flyer (148 × 210 mm)", 1748, 2480, margin_in=0.125),
    _print("us_letter", "US Letter (8.5 × 11 in)", 2550, 3300, margin_in=0.125),
    _print("poster_18x24", "Poster (18 × 24 in)", 5400, 7200, margin_in=0.375),
    _print("business_card", "Business card (3.5 × 2 in)", 1050, 600, margin_in=0),
)

_BY_ID = {entry.id: entry for entry in FORMATS}


def get_format(format_id: str) -> Format | None:
    """The format with ``format_id``, or None."""
    return _BY_ID.get(format_id)
