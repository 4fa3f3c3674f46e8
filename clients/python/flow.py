"""Radic Pro's core flow through the Python SDK (`pip install ./clients/python`).

Usage: python flow.py http://127.0.0.1:8000

Signs up, makes an API key and switches to it, creates a brand, uploads a product photo,
generates designs, pages through them, applies an AI edit, exports a PNG at 2x as an async job
waited on, downloads it, adapts the design to a story, and reads a design 20 times at once so that the server's rate limit
answers 429 and the SDK retries after Retry-After. Prints one line a step; exits 1 with the reason on the
first failure. The server must have rate limits on (the last step needs a 429).
"""

import argparse
import struct
import sys
import uuid
import zlib
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from radicpro_client.api.ai import ai_edit_design, ai_generate_designs
from radicpro_client.api.api_keys import api_keys_create
from radicpro_client.api.assets import assets_upload
from radicpro_client.api.brands import brands_create
from radicpro_client.api.designs import designs_adapt, designs_apply_patch, designs_get, designs_list
from radicpro_client.api.exports import exports_create
from radicpro_client.models import (
    AdaptInputRequest,
    ApiKeyInputRequest,
    ApplyPatchInputRequest,
    AssetUploadInputRequest,
    BrandCreateInputRequest,
    BrandCreateInputRequestColors,
    EditDesignInputRequest,
    ExportInputRequest,
    ExportResultOutput,
    GenerateDesignsInputRequest,
    GenerateOptionsInputRequest,
)
from radicpro_client.types import File
from radicpro_sdk import RadicPro, RadicProError

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
STEPS = 11


class FlowError(Exception):
    """A step did not give what a user expects."""


def check(condition: bool, message: str) -> None:
    if not condition:
        raise FlowError(message)


def product_png(size: int = 320) -> bytes:
    """A small product photo: a dark disc on a light background, as a PNG (stdlib only)."""
    rows = []
    centre, radius = size / 2, size * 0.35
    for y in range(size):
        row = bytearray(b"\x00")
        for x in range(size):
            inside = (x - centre) ** 2 + (y - centre) ** 2 <= radius**2
            row += bytes((30, 30, 46)) if inside else bytes((236, 236, 240))
        rows.append(bytes(row))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (PNG_SIGNATURE + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))


def png_size(data: bytes) -> tuple[int, int]:
    check(data[:8] == PNG_SIGNATURE, f"download: not a PNG (starts {data[:8]!r})")
    return struct.unpack(">II", data[16:24])


def layer_ids(document: Any) -> set[str]:
    found: set[str] = set()
    stack = list(document.get("layers", []))
    while stack:
        layer = stack.pop()
        found.add(layer["id"])
        stack.extend(layer.get("children", []))
    return found


def run(base_url: str) -> None:
    step_no = 0

    def say(text: str) -> None:
        nonlocal step_no
        step_no += 1
        print(f"python  {step_no}/{STEPS} {text}", flush=True)

    sdk = RadicPro(base_url)

    # 1. Sign up: the SDK uses the session's access token from now on.
    email = f"flow-py-{uuid.uuid4().hex[:12]}@example.com"
    password = f"pw-{uuid.uuid4().hex}"
    signup = sdk.sign_up(email, password, full_name="Python Flow")
    check(signup.user.email == email, f"sign up: user email {signup.user.email!r}")
    say(f"signed up {signup.user.id} ({email})")

    # 2. An API key (shown once), then every later call authenticates with it.
    created = sdk.call(api_keys_create, body=ApiKeyInputRequest(name="flow"))
    check(created.key.startswith("rp_live_"), f"api key: {created.prefix!r}")
    sdk = RadicPro(base_url, api_key=created.key)
    say(f"created API key {created.id} ({created.prefix}...), now authenticating with it")

    # 3. A brand kit.
    colors = BrandCreateInputRequestColors.from_dict(
        {"primary": "#0066FF", "secondary": "#001133", "accent": "#00FF88", "text": "#FFFFFF"})
    brand = sdk.call(brands_create, body=BrandCreateInputRequest(name="Flow Electronics",
                                                                 colors=colors))
    check(brand.id.startswith("brand_"), f"create brand: id {brand.id!r}")
    say(f"created brand {brand.id}")

    # 4. A product photo (multipart).
    asset = sdk.call(assets_upload, body=AssetUploadInputRequest(
        file=File(payload=product_png(), file_name="headphones.png", mime_type="image/png"),
        type_="product"))
    check((asset.width, asset.height) == (320, 320), f"upload: {asset.width}x{asset.height}")
    say(f"uploaded asset {asset.id}")

    # 5. Three designs (the call waits for the worker; a 202 would be followed to its result).
    generated = sdk.run(ai_generate_designs, body=GenerateDesignsInputRequest(
        prompt="Instagram ad for Diwali electronics sale, 40% OFF, premium dark theme, "
               "show headphones",
        format_="instagram_post", brand_kit_id=brand.id, product_asset_id=asset.id,
        options=GenerateOptionsInputRequest(variants=3)))
    check(len(generated.designs) == 3, f"generate: {len(generated.designs)} designs")
    say(f"generated {', '.join(d.id for d in generated.designs)}")

    # 6. Every design, two a page: the iterator walks both pages.
    listed = [design.id for design in sdk.paginate(designs_list, limit=2)]
    check(sorted(listed) == sorted(d.id for d in generated.designs),
          f"paginate: {listed} != the generated designs")
    say(f"paged through {len(listed)} designs, 2 a page")

    # 7. An AI edit, applied with If-Match.
    design = generated.designs[0]
    current = sdk.call(designs_get, design.id)
    edit = sdk.call(ai_edit_design, body=EditDesignInputRequest(
        design_id=design.id, instruction="remove the badge"))
    operations = [operation.to_dict() for operation in edit.patch.operations]
    removed = [op["layerId"] for op in operations if op["op"] == "remove_layer"]
    check(bool(removed), f"edit: no remove_layer in {operations}")
    patched = sdk.call(designs_apply_patch, design.id,
                       body=ApplyPatchInputRequest(operations=operations),
                       if_match=f'"{edit.base_version}"')
    check(patched.version == current.version + 1, f"apply patch: version {patched.version}")
    check(not layer_ids(patched.design_json) & set(removed), "apply patch: layer still there")
    say(f"applied the AI edit: version {current.version} -> {patched.version}")

    # 8. Export PNG 2x as an async job (202 at once), waited on: a typed export result.
    exported = sdk.run(exports_create, body=ExportInputRequest(
        design_id=design.id, format_="png", resolution="2x"), prefer="respond-async")
    check(isinstance(exported, ExportResultOutput), f"export: result {type(exported).__name__}")
    check((exported.width, exported.height) == (2160, 2160),
          f"export: {exported.width}x{exported.height}")
    say(f"exported {exported.export_id} through a job (202, waited on)")

    # 9. The signed URL (no credential: the signature is the key).
    data = sdk.download(exported.url)
    check(png_size(data) == (2160, 2160) and len(data) == exported.size_bytes,
          f"download: {len(data)} bytes, {png_size(data)}")
    say(f"downloaded a 2160x2160 PNG of {len(data)} bytes")

    # 10. Adapt the edited design to a story: a new 1080x1920 design with the same words.
    adapted = sdk.run(designs_adapt, design.id, body=AdaptInputRequest(formats=["instagram_story"]))
    check(len(adapted.designs) == 1, f"adapt: {len(adapted.designs)} designs, expected 1")
    story = adapted.designs[0]
    canvas = story.design_json["canvas"]
    check((canvas["width"], canvas["height"]) == (1080, 1920),
          f"adapt: canvas {canvas['width']}x{canvas['height']}, expected 1080x1920")
    texts = sorted(layer["text"] for layer in story.design_json["layers"] if layer["type"] == "text")
    source = sorted(layer["text"] for layer in patched.design_json["layers"] if layer["type"] == "text")
    check(texts == source, f"adapt: texts {texts} != the source's {source}")
    say(f"adapted {design.id} to a story: {story.id}")

    # 11. Reads in a burst past the design limit: the answers that are 429 are retried by the
    #     SDK after their Retry-After, and every read succeeds.
    readers = [RadicPro(base_url, api_key=created.key, max_retries=10) for _ in range(4)]

    def read_five(reader: RadicPro) -> list[str]:
        return [reader.call(designs_get, design.id).id for _ in range(5)]

    with ThreadPoolExecutor(max_workers=len(readers)) as pool:
        reads = [got for batch in pool.map(read_five, readers) for got in batch]
    retried = sum(reader.transport.retries for reader in readers)
    check(reads == [design.id] * 20, f"rate limit: reads answered {set(reads)}")
    check(retried > 0, "rate limit: 20 reads at once and no 429 (are the limits off?)")
    say(f"20 reads at once: {retried} answers were 429, retried after Retry-After; all 20 read")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base_url", help="the server's origin, e.g. http://127.0.0.1:8000")
    base_url = parser.parse_args().base_url.rstrip("/")
    try:
        run(base_url)
    except (FlowError, RadicProError) as error:
        print(f"python  FAILED: {error}", file=sys.stderr)
        return 1
    print("python  core flow passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
