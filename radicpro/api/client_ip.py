"""The client's address: REMOTE_ADDR, or behind trusted proxies the X-Forwarded-For hop they saw.

RADICPRO_TRUSTED_PROXIES says who may be believed: empty (the default) trusts no proxy and
ignores X-Forwarded-For; a number N trusts the last N hops (N proxies in front, each appending
the address it saw); a comma-separated list of CIDRs trusts the proxies in those ranges (the
client is the right-most address not in them). The rate limiter, idempotency and the access log
all ask here, so a client has one identity everywhere.
"""

import ipaddress
from functools import lru_cache

from django.conf import settings

_ATTRIBUTE = "_radicpro_client_ip"


@lru_cache(maxsize=16)
def _trust(setting: str) -> tuple[int, tuple]:
    """(proxy count, trusted networks) from the setting's text."""
    text = setting.strip()
    if not text:
        return 0, ()
    if text.isdigit():
        return int(text), ()
    networks = tuple(ipaddress.ip_network(part.strip(), strict=False)
                     for part in text.split(",") if part.strip())
    return 0, networks


def _address(text: str):
    try:
        return ipaddress.ip_address(text.strip().strip("[]"))
    except ValueError:
        return None


def _from_forwarded(remote: str, forwarded: str, count: int, networks: tuple) -> str:
    hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
    if count:
        # remote is the last proxy; each of the N-1 proxies before it appended one hop
        chain = hops[-count:] if len(hops) >= count else hops
        candidate = chain[0] if chain else remote
        return str(_address(candidate) or remote)
    address = _address(remote)
    if address is None or not any(address in network for network in networks):
        return remote  # not from a trusted proxy: its X-Forwarded-For is the client's claim
    for hop in reversed(hops):
        hop_address = _address(hop)
        if hop_address is None:
            return remote
        if not any(hop_address in network for network in networks):
            return str(hop_address)
    return str(_address(hops[0]) or remote) if hops else remote


def client_ip(request) -> str:
    """The client's IP address as a string ('unknown' when the server gave none)."""
    known = getattr(request, _ATTRIBUTE, None)
    if known is not None:
        return known
    meta = request.META
    remote = meta.get("REMOTE_ADDR") or "unknown"
    count, networks = _trust(getattr(settings, "RADICPRO_TRUSTED_PROXIES", ""))
    forwarded = meta.get("HTTP_X_FORWARDED_FOR", "")
    ip = _from_forwarded(remote, forwarded, count, networks) if forwarded and (
        count or networks) else remote
    setattr(request, _ATTRIBUTE, ip)
    return ip
