"""Helpers of the export API tests: request an export, download a signed URL."""

from datetime import UTC, datetime

from tests.api_contract import assert_success
from tests.rendering.support import SIGNATURES

__all__ = ["SIGNATURES", "download", "export", "parse_time"]



def export(api, design_id: str, **body) -> dict:
    """POST /v1/export and return the 200 body's data."""
    return assert_success(api.post("/v1/export", {"designId": design_id, **body},
                                   format="json"))


def download(client, url: str) -> bytes:
    """The bytes a signed URL serves without credentials."""
    response = client.get(url)
    assert response.status_code == 200, (response.status_code, response.content[:300])
    return b"".join(response.streaming_content) if response.streaming else response.content


def parse_time(value: str) -> datetime:
    assert value.endswith("Z"), value
    return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC)
