"""What each tool does once its job runs: builds a design or an image; made.py says what it made."""

from __future__ import annotations

import io
import zlib
from collections.abc import Callable
from typing import Any

from PIL import Image, ImageOps

from aiengine.providers.base import BACKGROUND_SWAP, ImageRequest, ProviderError
from aiengine.providers.settings import LOCAL, get_image_provider, image_provider
from aiengine.services import generation_job_run
from assets.selectors import asset_get_for_user, asset_read_bytes, assets_of
from assets.services import asset_create_from_bytes
from designs.models import DesignRevision
from designs.selectors import design_get_for_user, designs_of
from designs.services import design_create, design_update
from designs.tasks import design_render_thumbnail
from radicpro.api.errors import ApiError, ErrorCode
from radicpro.jobs.models import Job
from radicpro.jobs.services import job_progress
from rendering import (
    RenderError,
    default_font_library,
    encode_image,
    output_format,
    render,
)

from .catalogue import image_size
from .logo import LOGO_FORMAT, build_logo_document
from .logo import MODEL as LOGO_MODEL
from .made import DesignMade, DesignsMade, ImageMade

Made = DesignMade | DesignsMade | ImageMade

Progress = Callable[[int, str], None]


def progress_of(job: Job) -> Progress:
    """A callback recording the job's progress and message."""
    def report(progress: int, message: str) -> None:
        job_progress(job_id=job.pk, progress=progress, message=message)
    return report


def _failed(error: ProviderError, what: str) -> ApiError:
    return ApiError(ErrorCode.GENERATION_FAILED, f"{what} failed: {error.message}",
                    details={"reason": error.message}, retryable=error.retryable)


def _stored(job: Job, filename: str):
    """The asset an earlier delivery of this job already stored under `filename`, or None."""
    return assets_of(user=job.owner, type="generated").filter(filename=filename).first()


def _owned_image(job: Job, asset_id: str) -> tuple[Any, bytes]:
    """The user's asset and its bytes (NOT_FOUND when gone; VALIDATION_ERROR when not an image)."""
    asset = asset_get_for_user(user=job.owner, asset_id=asset_id)
    data = asset_read_bytes(asset=asset)
    if data is None:
        raise ApiError(ErrorCode.NOT_FOUND, "The asset's file is missing from storage.",
                       details={"assetId": asset.pk})
    if not asset.mime_type.startswith("image/") or asset.mime_type == "image/svg+xml":
        raise ApiError(ErrorCode.VALIDATION_ERROR, "inputs.file_id: must be a raster image (PNG, JPEG, WebP).",
                       details={"inputs.file_id": ["Must be a raster image (PNG, JPEG, WebP)."]})
    return asset, data


def logo_design_create(*, owner, name: str, style: str, colors: list[str], tagline: str = "",
                       campaign=None, job_id: str = "", progress: Progress | None = None) -> tuple[Any, Any]:
    """A logo design and its rendered PNG preview asset (the logo_maker tool's service). With a
    `job_id`, a second run of the same job answers with what the first one saved."""
    report = progress or (lambda _p, _m: None)
    design = designs_of(user=owner).filter(design_json__meta__jobId=job_id).first() if job_id else None
    if design is None:
        report(15, f"Laying out a {style} logo for {name}.")
        document = build_logo_document(name=name, style=style, colors=colors, tagline=tagline)
        if job_id:
            document["meta"]["jobId"] = job_id
        report(45, "Saving the logo design.")
        design = design_create(owner=owner, title=f"{name} logo", format=LOGO_FORMAT, campaign=campaign,
                               design_json=document, creative_concept="logo",
                               source=DesignRevision.Source.AI_GENERATE)
    report(65, "Rendering the preview.")
    filename = f"{design.pk}-logo.png"
    preview = assets_of(user=owner, type="generated").filter(filename=filename).first()
    if preview is None:
        try:
            png = render(design.design_json, scale=1, image_format="png", fonts=default_font_library()).data
        except RenderError as error:
            raise ApiError(ErrorCode.GENERATION_FAILED, f"The logo could not be drawn: {error}",
                           retryable=False) from error
        preview = asset_create_from_bytes(owner=owner, data=png, type="generated", filename=filename,
                                          mime_type="image/png")
    report(85, "Drawing the thumbnail.")
    design_render_thumbnail(design.pk, design.version)
    design = design_get_for_user(user=owner, design_id=design.pk)
    return design, preview


def run_logo_maker(job: Job, inputs: dict[str, Any], *, campaign, report: Progress) -> DesignMade:
    design, preview = logo_design_create(owner=job.owner, name=inputs["text"].strip(), style=inputs["style"],
                                         colors=inputs["colors"], tagline=inputs.get("tagline", ""),
                                         campaign=campaign, job_id=job.pk, progress=report)
    return DesignMade(design=design, preview=preview, notes={"style": inputs["style"], "model": LOGO_MODEL})


def run_design_generator(job: Job, inputs: dict[str, Any], *, campaign, report: Progress) -> DesignsMade:
    generation = generation_job_run(job=job)
    if campaign is not None:
        for design in generation.designs:
            design_update(design=design_get_for_user(user=job.owner, design_id=design.pk),
                          changes={"campaign": campaign}, expected_version=None)
    return DesignsMade(generation=generation)


def run_smart_image(job: Job, inputs: dict[str, Any], *, campaign, report: Progress) -> ImageMade:
    width, height = image_size(aspect_ratio=inputs["aspect_ratio"], resolution=inputs["resolution"])
    filename = f"{job.pk}-smart-image.png"
    done = _stored(job, filename)
    if done is not None:
        return ImageMade(asset=done)
    reference = None
    if inputs.get("reference_file_id"):
        _asset, reference = _owned_image(job, inputs["reference_file_id"])
    sandbox = bool(job.input.get("sandbox"))
    chosen = image_provider(requested=None, sandbox=sandbox)
    report(20, f"Drawing a {width}×{height} {inputs['type'].replace('_', ' ')}.")
    request = ImageRequest(recipe_type=inputs["type"], prompt=inputs["prompt"], width=width, height=height,
                           options={"aspectRatio": inputs["aspect_ratio"]},
                           context={"designPurpose": inputs["prompt"][:300], "brandColors": inputs["colors"]},
                           seed=zlib.crc32(job.pk.encode("ascii")) & 0x7FFFFFFF, reference=reference,
                           brand_colors=tuple(inputs["colors"]))
    try:
        result = chosen.provider.generate(request)
    except ProviderError as error:
        raise _failed(error, "The image") from error
    report(80, "Storing the image.")
    asset = asset_create_from_bytes(owner=job.owner, data=result.png, type="generated",
                                    filename=filename, mime_type="image/png",
                                    width=result.width or None, height=result.height or None)
    return ImageMade(asset=asset, notes={"provider": chosen.name, "model": result.model})


def _resized(image: Image.Image, *, width: int, height: int, fit: str, background: str | None,
             fmt: str) -> Image.Image:
    image = ImageOps.exif_transpose(image)
    keeps_alpha = output_format(fmt).alpha and background is None
    image = image.convert("RGBA")
    if fit == "fill":
        out = image.resize((width, height), Image.Resampling.LANCZOS)
    elif fit == "cover":
        out = ImageOps.fit(image, (width, height), Image.Resampling.LANCZOS)
    else:
        inner = ImageOps.contain(image, (width, height), Image.Resampling.LANCZOS)
        fill = (0, 0, 0, 0) if keeps_alpha else Image.new("RGBA", (1, 1), background or "#FFFFFF").getpixel((0, 0))
        out = Image.new("RGBA", (width, height), fill)
        out.alpha_composite(inner, ((width - inner.width) // 2, (height - inner.height) // 2))
    if not keeps_alpha:
        flat = Image.new("RGBA", out.size, background or "#FFFFFF")
        flat.alpha_composite(out)
        out = flat.convert("RGB")
    return out


def run_image_resizer(job: Job, inputs: dict[str, Any], *, campaign, report: Progress) -> ImageMade:
    width, height, fit, fmt = inputs["width"], inputs["height"], inputs["fit"], inputs["format"]
    filename = f"{job.pk}-{width}x{height}.{fmt}"
    done = _stored(job, filename)
    if done is not None:
        return ImageMade(asset=done, notes={"source_asset_id": inputs["file_id"], "fit": fit})
    asset, data = _owned_image(job, inputs["file_id"])
    report(30, f"Resizing {asset.filename} to {width}×{height} ({fit}).")
    try:
        with Image.open(io.BytesIO(data)) as source:
            out = _resized(source, width=width, height=height, fit=fit, background=inputs.get("background"),
                           fmt=fmt)
    except (OSError, ValueError, Image.DecompressionBombError) as error:
        raise ApiError(ErrorCode.VALIDATION_ERROR, "inputs.file_id: the image cannot be read.",
                       details={"inputs.file_id": [f"The image cannot be read: {error}"]}) from error
    encoded = encode_image(out, fmt, quality=90, transparent=out.mode == "RGBA")
    report(80, "Storing the resized image.")
    resized = asset_create_from_bytes(owner=job.owner, data=encoded, type="generated",
                                      filename=filename, mime_type=output_format(fmt).mime_type,
                                      width=width, height=height)
    return ImageMade(asset=resized, notes={"source_asset_id": asset.pk, "fit": fit})


def swap_background(data: bytes, *, colors: list[str], width: int, height: int) -> bytes:
    """The product cut out of `data`, standing on a studio backdrop in `colors`, as PNG bytes.

    Drawn by the local image provider whatever provider makes smart images: the swap keeps
    the product's own pixels, which a generative model would redraw."""
    request = ImageRequest(recipe_type=BACKGROUND_SWAP, prompt="background swap", width=width, height=height,
                           reference=data, brand_colors=tuple(colors))
    return get_image_provider(name=LOCAL).generate(request).png


def run_background_swap(job: Job, inputs: dict[str, Any], *, campaign, report: Progress) -> ImageMade:
    filename = f"{job.pk}-background-swap.png"
    done = _stored(job, filename)
    if done is not None:
        return ImageMade(asset=done, notes={"source_asset_id": inputs["file_id"]})
    asset, data = _owned_image(job, inputs["file_id"])
    report(25, "Cutting the product out.")
    try:
        png = swap_background(data, colors=inputs["colors"], width=inputs["width"], height=inputs["height"])
    except ProviderError as error:
        raise _failed(error, "The background swap") from error
    report(80, "Storing the new image.")
    swapped = asset_create_from_bytes(owner=job.owner, data=png, type="generated",
                                      filename=filename, mime_type="image/png",
                                      width=inputs["width"], height=inputs["height"])
    return ImageMade(asset=swapped, notes={"source_asset_id": asset.pk})


RUNNERS: dict[str, Callable[..., Made]] = {
    "logo_maker": run_logo_maker,
    "design_generator": run_design_generator,
    "smart_image": run_smart_image,
    "image_resizer": run_image_resizer,
    "background_swap": run_background_swap,
}
