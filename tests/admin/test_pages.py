"""Every admin page renders for staff, with previews, readable documents and links."""

import json
import re

import pytest
from django.contrib import admin
from django.urls import reverse

from designs.models import DesignRevision
from radicpro.billing.selectors import credit_balance
from tests.factories import UserFactory

from .conftest import make_world

pytestmark = pytest.mark.django_db


def change_url(obj) -> str:
    return reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])


def test_every_model_is_registered():
    from django.apps import apps

    ours = {"accounts", "billing", "jobs", "webhooks", "designs", "brands", "assets",
            "campaigns", "exports", "aiengine", "radicpro_api", "retention"}
    missing = [model._meta.label for model in apps.get_models()
               if model._meta.app_label in ours and not admin.site.is_registered(model)]
    assert missing == []


def test_every_list_and_page_renders(staff_client, world):
    for model in admin.site._registry:
        opts = model._meta
        response = staff_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"))
        assert response.status_code == 200, opts.label
    revision = DesignRevision.objects.filter(design=world.design).first()
    for obj in [world.customer, world.api_key, world.design, revision, world.design.thumbnail,
                world.brand, world.brand.logo, world.campaign, world.export_job,
                world.failed_job, world.delivery, world.delivery.endpoint,
                world.delivery.event, world.design.exports.first()]:
        response = staff_client.get(change_url(obj))
        assert response.status_code == 200, obj


def test_searching_users_by_email_finds_them_with_their_balance(staff_client, world):
    response = staff_client.get(reverse("admin:accounts_user_changelist"), {"q": "maya@shop"})
    html = response.content.decode()
    rows = re.findall(r'<th class="field-email">(.*?)</th>', html)
    assert len(rows) == 1 and "maya@shop.example" in rows[0]
    balance = credit_balance(user=world.customer)
    assert re.search(rf'<td class="field-credit_balance">{balance}</td>', html)


def test_user_page_shows_plan_credits_keys_and_recent_jobs(staff_client, world):
    html = staff_client.get(change_url(world.customer)).content.decode()
    assert "Pro plan" in html
    assert f"<strong>{credit_balance(user=world.customer)}</strong> credits" in html
    assert world.api_key.prefix in html  # the key, by prefix only
    assert world.failed_job.id in html and "EXPORT_FAILED" in html
    assert "allowance" in html.lower()  # the ledger's opening entry


def test_design_page_shows_preview_readable_document_layers_and_links(staff_client, world):
    html = staff_client.get(change_url(world.design)).content.decode()
    preview = re.search(r'<img src="([^"]+)" alt="[^"]*" class="rp-preview"', html)
    assert preview and "/v1/files/" + world.design.thumbnail_id in preview.group(1)
    assert "signature=" in preview.group(1)
    pre = re.search(r'<pre class="rp-json"[^>]*>(.*?)</pre>', html, re.S)
    assert pre is not None
    shown = json.loads(pre.group(1).replace("&quot;", '"').replace("&#x27;", "'")
                       .replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"))
    assert shown == world.design.design_json  # verbatim, camelCase kept
    assert '"fontFamily": "Inter"' in pre.group(1).replace("&quot;", '"')
    assert "<code>layer_headline</code>" in html and "Diwali Mega Sale" in html
    for related in (world.customer, world.campaign, world.brand, world.export_job.exports.first()):
        assert change_url(related) in html
    for listed in ("exports_export", "aiengine_smartimagerecipe"):  # the design's exports, recipes
        assert f'{reverse(f"admin:{listed}_changelist")}?design={world.design.pk}"' in html
    assert 'name="_save"' not in html  # read-only: changes go through the designs services


def test_the_preview_url_serves_the_thumbnail(staff_client, client, world):
    html = staff_client.get(change_url(world.design)).content.decode()
    src = re.search(r'<img src="([^"]+)" alt="[^"]*" class="rp-preview"', html).group(1)
    response = client.get(src.replace("&amp;", "&"))
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"\x89PNG")


def test_brand_page_shows_logo_and_colour_swatches(staff_client, world):
    html = staff_client.get(change_url(world.brand)).content.decode()
    assert "/v1/files/" + world.brand.logo_id in html
    for colour in world.brand.colors.values():
        assert f"background:{colour}" in html
    assert "Inter" in html or world.brand.fonts == {}
    assert f'{reverse("admin:designs_design_changelist")}?brand={world.brand.pk}"' in html


def test_campaign_page_links_its_designs(staff_client, world):
    html = staff_client.get(change_url(world.campaign)).content.decode()
    assert f'{reverse("admin:designs_design_changelist")}?campaign={world.campaign.pk}"' in html


def test_export_page_shows_the_file_and_links_design_and_job(staff_client, world):
    export = world.export_job.exports.get()
    html = staff_client.get(change_url(export)).content.decode()
    assert "/v1/files/" + export.asset_id in html
    assert change_url(world.design) in html and change_url(world.export_job) in html


def test_failed_job_page_shows_error_and_details(staff_client, world):
    html = staff_client.get(change_url(world.failed_job)).content.decode()
    assert "Traceback summary" in html and "line 88, in render" in html
    assert "EXPORT_FAILED" in html and "The renderer ran out of memory." in html
    assert "MemoryError" in html and "rasterise" in html


def test_jobs_filter_by_status_and_error_code(staff_client, world):
    url = reverse("admin:jobs_job_changelist")
    failed = staff_client.get(url, {"status__exact": "failed"}).content.decode()
    assert world.failed_job.id in failed and world.export_job.id not in failed
    by_code = staff_client.get(url, {"error_code": "EXPORT_FAILED"}).content.decode()
    assert world.failed_job.id in by_code and world.export_job.id not in by_code


def test_delivery_list_shows_response_codes(staff_client, world):
    html = staff_client.get(reverse("admin:webhooks_webhookdelivery_changelist")).content.decode()
    assert world.delivery.id in html
    assert '<strong style="color:#cf222e">500</strong>' in html


def test_ledger_entries_cannot_be_changed_or_deleted(staff_client, world):
    entry = world.customer.credit_entries.first()
    html = staff_client.get(change_url(entry)).content.decode()
    assert 'name="_save"' not in html
    delete = reverse("admin:billing_creditledgerentry_delete", args=[entry.pk])
    assert staff_client.post(delete, {"post": "yes"}).status_code == 403
    assert staff_client.get(reverse("admin:billing_creditledgerentry_add")).status_code == 403


def test_index_links_the_dashboard(staff_client):
    html = staff_client.get(reverse("admin:index")).content.decode()
    assert f'href="{reverse("admin:dashboard")}"' in html


def test_staff_change_a_users_plan_and_the_change_is_logged(staff_client, world):
    from django.contrib.admin.models import LogEntry

    response = staff_client.post(change_url(world.customer), {
        "full_name": "Maya Shah", "plan": "business", "is_active": "on",
        "api_keys-TOTAL_FORMS": "1", "api_keys-INITIAL_FORMS": "1",
        "api_keys-MIN_NUM_FORMS": "0", "api_keys-MAX_NUM_FORMS": "1000",
        "api_keys-0-id": world.api_key.pk, "api_keys-0-user": world.customer.pk})
    assert response.status_code == 302
    world.customer.refresh_from_db()
    assert world.customer.plan == "business"
    assert LogEntry.objects.get(object_id=world.customer.pk).get_change_message() \
        == "Changed Plan."


def test_lists_make_as_many_queries_for_many_rows_as_for_few(
        staff_client, world, failing_receiver, django_capture_on_commit_callbacks):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    lists = [reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
             for model in admin.site._registry]
    staff_client.get(lists[0])
    counts = {}
    for url in lists:
        with CaptureQueriesContext(connection) as captured:
            staff_client.get(url)
        counts[url] = len(captured.captured_queries)
    with django_capture_on_commit_callbacks(execute=True):
        for n in range(3):
            make_world(failing_receiver.url, email=f"shop{n}@example.com")
    grown = {}
    for url in lists:
        with CaptureQueriesContext(connection) as captured:
            staff_client.get(url)
        if len(captured.captured_queries) != counts[url]:
            grown[url] = (counts[url], len(captured.captured_queries))
    assert grown == {}


def test_only_superusers_make_staff(world):
    from django.contrib.auth.models import Permission
    from django.test import Client

    clerk = UserFactory(is_staff=True)
    clerk.user_permissions.add(*Permission.objects.filter(
        codename__in=["view_user", "change_user"]))
    client = Client()
    client.force_login(clerk)
    response = client.post(change_url(world.customer), {
        "full_name": "Maya Shah", "plan": "pro", "is_active": "on", "is_staff": "on",
        "is_superuser": "on"})
    assert response.status_code == 302
    world.customer.refresh_from_db()
    assert not world.customer.is_staff and not world.customer.is_superuser


def test_a_job_page_links_what_its_kind_relates_to_it(staff_client, world):
    html = staff_client.get(change_url(world.export_job)).content.decode()
    exports = reverse("admin:exports_export_changelist") + f"?job={world.export_job.pk}"
    assert f'<a href="{exports}">exports</a>' in html  # the exports app's link for its kind
    ledger = reverse("admin:billing_creditledgerentry_changelist") + \
        f"?reference={world.export_job.pk}"
    assert f'<a href="{ledger}">ledger entries</a>' in html
