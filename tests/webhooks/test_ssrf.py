"""The SSRF guard: which destinations are refused, and that delivery connects where it checked."""

import ipaddress

import pytest

from radicpro.webhooks import services, tasks
from radicpro.webhooks.events import DESIGN_CREATED
from radicpro.webhooks.models import WebhookDelivery
from radicpro.webhooks.ssrf import UnsafeDestination, address_is_public, url_check
from tests.webhooks.factories import WebhookEndpointFactory, design_created


def _is_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


@pytest.mark.parametrize("address", [
    "10.0.0.1", "172.16.5.4", "192.168.0.1", "127.0.0.1", "127.8.8.8", "169.254.169.254",
    "0.0.0.0", "100.64.0.1", "224.0.0.1", "240.0.0.1", "255.255.255.255",  # noqa: S104
    "198.18.0.1",
    "::1", "::", "fe80::1", "fc00::1", "ff02::1", "::ffff:10.0.0.1", "::ffff:127.0.0.1",
])
def test_non_public_addresses(address):
    assert not address_is_public(ipaddress.ip_address(address))


@pytest.mark.parametrize("address", ["93.184.215.14", "8.8.8.8", "2606:4700:4700::1111"])
def test_public_addresses(address):
    assert address_is_public(ipaddress.ip_address(address))


def test_a_name_with_any_private_address_is_refused(dns, settings):
    settings.RADICPRO_WEBHOOK_ALLOW_PRIVATE = False
    dns["mixed.example.com"] = ["93.184.215.14", "10.1.2.3"]
    with pytest.raises(UnsafeDestination, match="10.1.2.3"):
        url_check("https://mixed.example.com/hook")
    url_check("https://fine.example.com/hook")


def test_an_unresolvable_name_is_accepted_at_creation(dns, settings):
    """It is checked again at every delivery; not resolving yet is not a reason to refuse."""
    settings.RADICPRO_WEBHOOK_ALLOW_PRIVATE = False
    url_check("https://not-yet-live.invalid/hook")


@pytest.mark.django_db
def test_delivery_connects_to_the_address_it_checked(user, receiver, dns):
    """One lookup per attempt, and the connection goes to that address (no second lookup
    that a rebinding DNS server could answer differently); the Host header keeps the name."""
    port = receiver.url.split(":")[2].split("/")[0]
    dns["pinned.example.com"] = ["127.0.0.1"]
    WebhookEndpointFactory(owner=user, url=f"http://pinned.example.com:{port}/hook?x=1")
    services.event_emit(user=user, event=DESIGN_CREATED, **design_created())
    delivery = WebhookDelivery.objects.get()
    dns.lookups.clear()
    assert tasks.deliver_webhook(delivery.id) == "succeeded"
    names = [host for host in dns.lookups if not _is_address(host)]
    assert names == ["pinned.example.com"]
    (received,) = receiver.requests
    assert received.headers["host"] == f"pinned.example.com:{port}"
    assert received.path == "/hook?x=1"
