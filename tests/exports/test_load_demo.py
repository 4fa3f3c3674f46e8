"""`manage.py load_demo`: a populated demo account (brand kit, campaign, designs, exports) seen
through the API, made offline and safe to run again."""

import io

import pytest
from django.core.management import call_command

from exports.demo import ADMIN_EMAIL, DEMO_EMAIL, DEMO_PASSWORD
from radicpro.accounts.models import User
from tests.api_contract import assert_success

pytestmark = pytest.mark.django_db(transaction=True)


def load() -> str:
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def test_load_demo_makes_a_populated_account_and_is_idempotent(anon_client):
    said = load()
    assert f"Demo user: {DEMO_EMAIL} / {DEMO_PASSWORD} (3 designs, 3 exports)" in said
    session = assert_success(anon_client.post(
        "/v1/auth/login", {"email": DEMO_EMAIL, "password": DEMO_PASSWORD},
        format="json"))["session"]
    anon_client.credentials(HTTP_AUTHORIZATION=f"Bearer {session['accessToken']}")
    brands = assert_success(anon_client.get("/v1/brands"))["brands"]
    assert [brand["name"] for brand in brands] == ["Chai & Co."]
    assert brands[0]["logoUrl"]
    campaigns = assert_success(anon_client.get("/v1/campaigns"))["campaigns"]
    assert [campaign["name"] for campaign in campaigns] == ["Diwali 2026"]
    designs = assert_success(anon_client.get("/v1/designs"))["designs"]
    assert len(designs) == 3
    design = designs[0]
    exports = assert_success(anon_client.get(f"/v1/exports?designId={design['id']}"))
    [export] = exports["exports"]
    assert export["status"] == "completed" and export["url"]
    png = anon_client.get(export["url"].split("testserver")[-1])
    assert png.status_code == 200 and b"".join(png.streaming_content)[:4] == b"\x89PNG"
    assert User.objects.get(email=ADMIN_EMAIL).is_staff

    # Again: nothing is duplicated.
    assert "(3 designs, 3 exports)" in load()
    assert len(assert_success(anon_client.get("/v1/designs"))["designs"]) == 3
    assert len(assert_success(anon_client.get("/v1/brands"))["brands"]) == 1
