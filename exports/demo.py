"""The demo world `manage.py load_demo` makes: a demo user with a brand kit, a campaign, a few
designs and their exports, and a staff user. Offline, and safe to run again (what exists stays)."""

import io

from django.db import transaction
from PIL import Image, ImageDraw

from assets.services import asset_create_from_bytes
from brands.models import BrandKit
from brands.services import brand_create
from campaigns.models import Campaign
from campaigns.services import campaign_create
from designs.models import Design
from designs.services import design_create
from radicpro.accounts.models import User
from radicpro.billing.services import account_open

from .models import Export
from .services import ExportSpec, export_request
from .tasks import run_export_job

DEMO_EMAIL = "demo@radicpro.local"
DEMO_PASSWORD = "radic-demo-2025"  # noqa: S105 — a documented local demo credential
ADMIN_EMAIL = "admin@radicpro.local"
ADMIN_PASSWORD = "radic-admin-2025"  # noqa: S105 — a documented local demo credential
BRAND = "Chai & Co."
CAMPAIGN = "Diwali 2026"
COLORS = {"primary": "#B5172B", "secondary": "#FFF4E0", "accent": "#F2A900", "text": "#2B1B12"}


def _text(layer_id: str, text: str, y: int, size: int, color: str, width: int,
          weight: int = 700) -> dict:
    return {"id": layer_id, "type": "text", "text": text, "position": {"x": 60, "y": y},
            "size": {"width": width - 120, "height": int(size * 1.6)},
            "style": {"fontFamily": "Inter", "fontWeight": weight, "fontSize": size,
                      "color": color, "align": "center"}}


def _document(width: int, height: int, headline: str, line: str, badge: str) -> dict:
    return {
        "schemaVersion": "1.4",
        "canvas": {"width": width, "height": height,
                   "background": {"type": "color", "color": COLORS["secondary"]}},
        "layers": [
            {"id": "layer_band", "type": "shape", "shape": "rect", "position": {"x": 0, "y": 0},
             "size": {"width": width, "height": height // 3},
             "fill": {"type": "color", "color": COLORS["primary"]}},
            {"id": "layer_badge", "type": "shape", "shape": "ellipse",
             "position": {"x": width - 260, "y": height - 300},
             "size": {"width": 200, "height": 200},
             "fill": {"type": "color", "color": COLORS["accent"]}},
            _text("layer_headline", headline, height // 3 + 60, max(48, width // 14),
                  COLORS["text"], width),
            _text("layer_line", line, height // 3 + 60 + max(48, width // 14) * 2,
                  max(28, width // 30), COLORS["text"], width, weight=400),
            {**_text("layer_badge_text", badge, height - 230, 40, "#FFFFFF", 200),
             "position": {"x": width - 260, "y": height - 230},
             "size": {"width": 200, "height": 64}},
        ],
    }


DESIGNS = [
    ("Diwali sale post", "instagram_post", 1080, 1080,
     _document(1080, 1080, "Diwali Chai Festival", "Masala chai, two for one, 1–5 Nov", "−50%")),
    ("Diwali story", "instagram_story", 1080, 1920,
     _document(1080, 1920, "Light up your evening", "Order by 8 pm for same-day delivery",
               "New")),
    ("Gift box banner", "facebook_cover", 1640, 624,
     _document(1640, 624, "Diwali gift boxes", "Four teas, hand-packed in Assam", "₹999")),
]


def _logo_png() -> bytes:
    image = Image.new("RGBA", (256, 256), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, 248, 248), fill=COLORS["primary"])
    draw.rectangle((84, 96, 172, 180), fill=COLORS["secondary"])
    draw.arc((160, 110, 210, 160), start=270, end=90, fill=COLORS["secondary"], width=12)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _user(email: str, password: str, **defaults) -> User:
    user, created = User.objects.get_or_create(email=email, defaults=defaults)
    if created or not user.check_password(password):
        user.set_password(password)
        user.save()
    account_open(user=user)
    return user


@transaction.atomic
def demo_world() -> dict[str, int]:
    """Creates what is missing; returns how many designs and exports the demo user has."""
    demo = _user(DEMO_EMAIL, DEMO_PASSWORD, full_name="Demo Marketer", plan="pro")
    _user(ADMIN_EMAIL, ADMIN_PASSWORD, full_name="Radic Operator", is_staff=True,
          is_superuser=True)
    brand = BrandKit.objects.filter(owner=demo, name=BRAND).first()
    if brand is None:
        logo = asset_create_from_bytes(owner=demo, data=_logo_png(), type="logo",
                                       filename="chai-and-co.png", mime_type="image/png")
        brand = brand_create(owner=demo, name=BRAND, colors=COLORS, is_default=True,
                             logo_asset_id=logo.id)
    campaign = Campaign.objects.filter(owner=demo, name=CAMPAIGN).first() or campaign_create(
        owner=demo, name=CAMPAIGN, description="Festive posts for the Diwali week.", brand=brand)
    for title, fmt, _width, _height, document in DESIGNS:
        design = Design.objects.filter(owner=demo, title=title).first() or design_create(
            owner=demo, title=title, format=fmt, brand=brand, campaign=campaign,
            design_json=document)
        if not Export.objects.filter(design=design, status=Export.Status.COMPLETED).exists():
            job = export_request(owner=demo, design_id=design.id,
                                 specs=[ExportSpec(format="png")])
            transaction.on_commit(lambda job_id=job.id: run_export_job.apply(args=(job_id,)))
    return {"designs": Design.objects.filter(owner=demo).count(),
            "exports": Export.objects.filter(owner=demo).count()}
