"""The SSRF guard: webhook destinations must be public http(s) addresses (unless allowed)."""

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class UnsafeDestination(Exception):
    """The URL is not allowed as a webhook destination (the message says why)."""


class UnresolvableDestination(Exception):
    """The host name does not resolve (right now)."""


@dataclass(frozen=True)
class Destination:
    """A checked URL: connect to `address` (already checked), send `Host: host_header`."""

    scheme: str
    host: str
    port: int
    path: str
    address: str
    host_header: str


def allow_private() -> bool:
    return bool(getattr(settings, "RADICPRO_WEBHOOK_ALLOW_PRIVATE", False))


def address_is_public(address: IPAddress) -> bool:
    """False for private, loopback, link-local, multicast, reserved and unspecified ranges."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return not (address.is_private or address.is_loopback or address.is_link_local
                or address.is_multicast or address.is_reserved or address.is_unspecified
                or not address.is_global)


def url_parts(url: str) -> tuple[str, str, int, str]:
    """(scheme, host, port, path+query) of an http(s) URL; UnsafeDestination when it is not one."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise UnsafeDestination("Not a valid URL.") from exc
    if parts.scheme not in ("http", "https"):
        raise UnsafeDestination("Only http and https URLs can receive webhooks.")
    if not parts.hostname:
        raise UnsafeDestination("The URL has no host.")
    if parts.username is not None or parts.password is not None:
        raise UnsafeDestination("Credentials in the URL are not supported; verify the signature "
                                "instead.")
    if any(char.isspace() for char in url):
        raise UnsafeDestination("The URL contains whitespace.")
    default_port = 443 if parts.scheme == "https" else 80
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    return parts.scheme, parts.hostname, port or default_port, path


def resolve(host: str, port: int) -> list[IPAddress]:
    """Every address `host` resolves to (the literal itself for an IP)."""
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, OSError) as exc:
        raise UnresolvableDestination(f"Could not resolve {host}.") from exc
    addresses: list[IPAddress] = []
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        if address not in addresses:
            addresses.append(address)
    if not addresses:
        raise UnresolvableDestination(f"Could not resolve {host}.")
    return addresses


def check_addresses(host: str, addresses: list[IPAddress]) -> None:
    if allow_private():
        return
    for address in addresses:
        if not address_is_public(address):
            shown = host if str(address) == host else f"{host} ({address})"
            raise UnsafeDestination(
                f"{shown} is a private, loopback, link-local or reserved address; webhooks "
                "are only sent to public addresses.")


def url_check(url: str) -> None:
    """At create/update time: the URL's form, and its addresses when the host resolves now.

    A host that does not resolve yet is accepted: every delivery checks again before sending.
    """
    _scheme, host, port, _path = url_parts(url)
    try:
        addresses = resolve(host, port)
    except UnresolvableDestination:
        return
    check_addresses(host, addresses)


def destination_for(url: str) -> Destination:
    """At delivery time: resolve once, check every address, and pin the connection to one.

    Connecting to the checked address (not resolving again) defeats DNS rebinding.
    """
    scheme, host, port, path = url_parts(url)
    addresses = resolve(host, port)
    check_addresses(host, addresses)
    default_port = 443 if scheme == "https" else 80
    bracketed = f"[{host}]" if ":" in host else host
    host_header = bracketed if port == default_port else f"{bracketed}:{port}"
    return Destination(scheme=scheme, host=host, port=port, path=path,
                       address=str(addresses[0]), host_header=host_header)
