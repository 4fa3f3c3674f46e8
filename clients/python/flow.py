"""Radic Pro's core flow through the generated Python client (clients/python/radicpro_client).

Usage: python clients/python/flow.py http://127.0.0.1:8000

Signs up, creates a brand, uploads a product photo, generates designs, applies an AI edit,
exports a PNG at 2x and downloads it, adapts the design to a story, asserting at each step what a user would see. Prints one
line a step; exits 1 with the reason on the first failure. `make clients` generates the client
package beside this file (Python puts the script's folder on sys.path, so it imports as is).
"""

import argparse
import struct
import sys
import time
import uuid
import zlib
from typing import Any

import httpx
from radicpro_client import AuthenticatedClient, Client
from radicpro_client.api.ai import ai_edit_design, ai_generate_designs
from radicpro_client.api.assets import assets_upload
from radicpro_client.api.auth import auth_signup
from radicpro_client.api.brands import brands_create
from radicpro_client.api.designs import designs_adapt, designs_apply_patch, designs_get
from radicpro_client.api.exports import exports_create
from radicpro_client.api.jobs import jobs_get
from radicpro_client.models import (
    AdaptInputRequest,
    AdaptOutput,
    ApplyPatchInputRequest,
    AssetUploadInputRequest,
    BrandCreateInputRequest,
    BrandCreateInputRequestColors,
    EditDesignInputRequest,
    ErrorEnvelope,
    ExportInputRequest,
    ExportResultOutput,
    GenerateDesignsInputRequest,
    GenerateDesignsOutput,
    GenerateOptionsInputRequest,
    SignupInputRequest,
)
from radicpro_client.types import File, Response

TIMEOUT = httpx.Timeout(120.0)
JOB_WAIT_SECONDS = 300
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class FlowError(Exception):
    """A step did not give what a user expects."""


def emit(line: str, stream: Any = sys.stdout) -> None:
    stream.write(line + "\n")
    stream.flush()


def check(condition: bool, message: str) -> None:
    if not condition:
        raise FlowError(message)


def expect(step: str, response: Response[Any], *statuses: int) -> Any:
    """The parsed body of a response with one of `statuses`, or a FlowError naming the error."""
    if response.status_code in statuses and not isinstance(response.parsed, ErrorEnvelope):
        return response.parsed
    if isinstance(response.parsed, ErrorEnvelope):
        error = response.parsed.error
        raise FlowError(f"{step}: HTTP {response.status_code} {error.code}: {error.message} "
                        f"{error.details.to_dict() if error.details else ''}".rstrip())
    raise FlowError(f"{step}: HTTP {response.status_code}, expected {statuses}: "
                    f"{response.content[:300]!r}")


def wait_for_job(client: AuthenticatedClient, step: str, job_id: str) -> Any:
    """The result of a job the server answered 202 with, once it completes."""
    deadline = time.monotonic() + JOB_WAIT_SECONDS
    while time.monotonic() < deadline:
        job = expect(step, jobs_get.sync_detailed(job_id, client=client), 200).data
        if job.status == "completed":
            return job.result
        if job.status == "failed":
            raise FlowError(f"{step}: job {job_id} failed: {job.error.to_dict() if job.error else ''}")
        time.sleep(1)
    raise FlowError(f"{step}: job {job_id} did not finish in {JOB_WAIT_SECONDS} s")


def product_png(size: int = 320) -> bytes:
    """A small product photo: a dark disc on a light background, as a PNG (stdlib only)."""
    rows = []
    centre, radius = size / 2, size * 0.35
    for y in range(size):
        row = bytearray(b"\x00")  # filter: none
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
    """(width, height) from a PNG's IHDR chunk."""
    check(data[:8] == PNG_SIGNATURE, f"download: not a PNG (starts {data[:8]!r})")
    check(data[12:16] == b"IHDR", "download: the PNG does not start with an IHDR chunk")
    return struct.unpack(">II", data[16:24])


def layer_ids(document: Any) -> set[str]:
    """Every layer id in a design document, groups' children included."""
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
        emit(f"python  {step_no}/9 {text}")

    anonymous = Client(base_url=base_url, timeout=TIMEOUT)

    # 1. Sign up: a session with an access token.
    email = f"flow-py-{uuid.uuid4().hex[:12]}@example.com"
    signup = expect("sign up", auth_signup.sync_detailed(client=anonymous, body=SignupInputRequest(
        email=email, password=f"pw-{uuid.uuid4().hex}", full_name="Python Flow")), 201).data
    check(bool(signup.session.access_token), "sign up: no access token")
    check(signup.user.email == email, f"sign up: user email {signup.user.email!r} != {email!r}")
    client = AuthenticatedClient(base_url=base_url, token=signup.session.access_token,
                                 timeout=TIMEOUT)
    say(f"signed up {signup.user.id} ({email}), token received")

    # 2. A brand kit.
    colors = BrandCreateInputRequestColors.from_dict(
        {"primary": "#0066FF", "secondary": "#001133", "accent": "#00FF88", "text": "#FFFFFF"})
    brand = expect("create brand", brands_create.sync_detailed(client=client, body=BrandCreateInputRequest(
        name="Flow Electronics", colors=colors)), 201).data
    check(brand.id.startswith("brand_"), f"create brand: id {brand.id!r}")
    check(brand.name == "Flow Electronics", f"create brand: name {brand.name!r}")
    check(brand.colors["primary"].upper() == "#0066FF", f"create brand: colors {brand.colors.to_dict()}")
    say(f"created brand {brand.id}")

    # 3. Upload a product photo (multipart).
    photo = product_png()
    asset = expect("upload asset", assets_upload.sync_detailed(client=client, body=AssetUploadInputRequest(
        file=File(payload=photo, file_name="headphones.png", mime_type="image/png"),
        type_="product")), 201).data
    check(asset.id.startswith("asset_"), f"upload asset: id {asset.id!r}")
    check((asset.width, asset.height) == (320, 320), f"upload asset: size {asset.width}x{asset.height}")
    say(f"uploaded asset {asset.id} ({len(photo)} bytes, {asset.mime_type})")

    # 4. Generate three designs (synchronously; a 202 is followed through its job).
    response = ai_generate_designs.sync_detailed(client=client, body=GenerateDesignsInputRequest(
        prompt="Instagram ad for Diwali electronics sale, 40% OFF, premium dark theme, show headphones",
        format_="instagram_post", brand_kit_id=brand.id, product_asset_id=asset.id,
        options=GenerateOptionsInputRequest(variants=3)))
    body = expect("generate designs", response, 200, 202).data
    via = ""
    if response.status_code == 202:
        via = f" (202, then job {body.job_id})"
        body = GenerateDesignsOutput.from_dict(wait_for_job(client, "generate designs", body.job_id))
    check(len(body.designs) == 3, f"generate designs: {len(body.designs)} designs, expected 3")
    for design in body.designs:
        check(design.id.startswith("design_"), f"generate designs: id {design.id!r}")
        document = design.design_json
        check(isinstance(document, dict) and document.get("layers"),
              f"generate designs: {design.id} has no document with layers")
        canvas = document["canvas"]
        check((canvas["width"], canvas["height"]) == (1080, 1080),
              f"generate designs: canvas {canvas['width']}x{canvas['height']}, expected 1080x1080")
    say(f"generated {len(body.designs)} designs ({', '.join(d.id for d in body.designs)}), "
        f"{body.generation.credits_used} credits{via}")

    # 5. An AI edit: operations for the design, not applied yet.
    design = body.designs[0]
    before = designs_get.sync_detailed(design.id, client=client)
    current = expect("get design", before, 200).data
    ids_before = layer_ids(current.design_json)
    edit = expect("edit design", ai_edit_design.sync_detailed(client=client, body=EditDesignInputRequest(
        design_id=design.id, instruction="remove the subheadline")), 200).data
    operations = [operation.to_dict() for operation in edit.patch.operations]
    removed = [op["layerId"] for op in operations if op["op"] == "remove_layer"]
    check(bool(removed), f"edit design: no remove_layer operation in {operations} ({edit.explanation})")
    check(all(layer in ids_before for layer in removed), f"edit design: removes unknown layers {removed}")
    check(edit.base_version == current.version,
          f"edit design: baseVersion {edit.base_version} != version {current.version}")
    say(f"edit-design proposed {', '.join(op['op'] for op in operations)} "
        f"(removes {', '.join(removed)})")

    # 6. Apply the operations with If-Match: the version goes up and the layer is gone.
    etag = before.headers.get("ETag", "")
    check(etag.strip('"') == str(current.version), f"get design: ETag {etag!r}, version {current.version}")
    patched = expect("apply patch", designs_apply_patch.sync_detailed(
        design.id, client=client, body=ApplyPatchInputRequest(operations=operations),
        if_match=f'"{edit.base_version}"'), 200).data
    check(patched.version == current.version + 1,
          f"apply patch: version {patched.version}, expected {current.version + 1}")
    ids_after = layer_ids(patched.design_json)
    check(not ids_after & set(removed), f"apply patch: {sorted(ids_after & set(removed))} still there")
    say(f"applied the patch: version {current.version} -> {patched.version}, "
        f"{len(ids_before)} -> {len(ids_after)} layers")

    # 7. Export PNG at 2x.
    response = exports_create.sync_detailed(client=client, body=ExportInputRequest(
        design_id=design.id, format_="png", resolution="2x"))
    exported = expect("export", response, 200, 202).data
    via = ""
    if response.status_code == 202:
        via = f" (202, then job {exported.job_id})"
        exported = ExportResultOutput.from_dict(wait_for_job(client, "export", exported.job_id))
    check(exported.url.startswith(("http://", "https://", "/")), f"export: url {exported.url!r}")
    check((exported.width, exported.height) == (2160, 2160),
          f"export: {exported.width}x{exported.height}, expected 2160x2160")
    say(f"exported {exported.export_id}: png 2x, {exported.size_bytes} bytes{via}")

    # 8. Download the signed URL (no token: the signature is the key).
    url = exported.url if exported.url.startswith("http") else base_url + exported.url
    download = httpx.get(url, timeout=TIMEOUT, follow_redirects=True)
    check(download.status_code == 200, f"download: HTTP {download.status_code} {download.text[:200]}")
    width, height = png_size(download.content)
    check((width, height) == (2160, 2160), f"download: PNG is {width}x{height}, expected 2160x2160")
    check(len(download.content) == exported.size_bytes,
          f"download: {len(download.content)} bytes, sizeBytes says {exported.size_bytes}")
    say(f"downloaded a {width}x{height} PNG of {len(download.content)} bytes (= sizeBytes)")

    # 9. Adapt the edited design to a story: a new 1080x1920 design with the same words.
    response = designs_adapt.sync_detailed(design.id, client=client,
                                           body=AdaptInputRequest(formats=["instagram_story"]))
    adapted = expect("adapt", response, 200, 202).data
    via = ""
    if response.status_code == 202:
        via = f" (202, then job {adapted.job_id})"
        adapted = AdaptOutput.from_dict(wait_for_job(client, "adapt", adapted.job_id))
    check(len(adapted.designs) == 1, f"adapt: {len(adapted.designs)} designs, expected 1")
    story = adapted.designs[0]
    canvas = story.design_json["canvas"]
    check((canvas["width"], canvas["height"]) == (1080, 1920),
          f"adapt: canvas {canvas['width']}x{canvas['height']}, expected 1080x1920")
    texts = sorted(layer["text"] for layer in story.design_json["layers"] if layer["type"] == "text")
    source = sorted(layer["text"] for layer in patched.design_json["layers"] if layer["type"] == "text")
    check(texts == source, f"adapt: texts {texts} != the source's {source}")
    check(story.source_design_id == design.id, f"adapt: sourceDesignId {story.source_design_id!r}")
    say(f"adapted {design.id} to a story: {story.id}, {adapted.credits_used} credit{via}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base_url", help="the server's origin, e.g. http://127.0.0.1:8000")
    base_url = parser.parse_args().base_url.rstrip("/")
    try:
        run(base_url)
    except FlowError as error:
        emit(f"python  FAILED: {error}", sys.stderr)
        return 1
    except httpx.HTTPError as error:
        emit(f"python  FAILED: cannot reach {base_url}: {error}", sys.stderr)
        return 1
    emit("python  core flow passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
