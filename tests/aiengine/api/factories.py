"""Factories and helpers of the AI API tests: funded accounts, sandbox clients, generated designs."""

import io

from PIL import Image
from rest_framework.test import APIClient

from radicpro.accounts.services import api_key_create
from radicpro.billing import services as billing
from radicpro.billing.models import CreditAccount

PROMPT = "Instagram ad for Diwali electronics sale, 40% OFF, premium dark theme, show headphones"


def fund(user, balance: int) -> CreditAccount:
    """Brings the user's balance to exactly `balance` through the ledger."""
    account = billing.account_open(user=user)
    if account.balance > balance:
        reservation = billing.credits_reserve(user=user, amount=account.balance - balance, reason="setup")
        billing.credits_settle(reservation=reservation)
    elif account.balance < balance:
        billing.credits_grant(user=user, amount=balance - account.balance, description="setup")
    account.refresh_from_db()
    return account


def sandbox_client(user) -> APIClient:
    """A client using an rp_test_ key of `user`."""
    _key, secret = api_key_create(user=user, name="sandbox", mode="test")
    client = APIClient()
    client.raise_request_exception = False
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {secret}")
    return client


def product_png(color=(30, 120, 220)) -> bytes:
    """A product photo: a coloured disc on white."""
    image = Image.new("RGB", (160, 160), "white")
    for x in range(40, 120):
        for y in range(40, 120):
            if (x - 80) ** 2 + (y - 80) ** 2 < 1600:
                image.putpixel((x, y), color)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def image_design(owner, *, brand=None):
    """A design of `owner` with an empty image layer (`layer_product`) and a headline."""
    from designs.services import design_create
    from documents import new_document

    document = new_document(format_id="instagram_post", title="Headphones")
    document["layers"] += [
        {"id": "layer_product", "type": "image", "smartAssetId": "smart_product", "fit": "contain",
         "position": {"x": 540, "y": 400}, "size": {"width": 480, "height": 480}},
        {"id": "layer_headline", "type": "text", "text": "Diwali Mega Sale",
         "position": {"x": 80, "y": 120}, "size": {"width": 920, "height": 200},
         "style": {"fontFamily": "Inter", "fontWeight": 800, "fontSize": 96, "color": "#FFCC00",
                   "align": "center"}},
    ]
    document["smartAssets"] = {"smart_product": {"status": "pending"}}
    return design_create(owner=owner, title="Headphones", format="instagram_post", brand=brand,
                         design_json=document)
