"""Image providers for hosted models: Nano Banana Pro (Gemini), FLUX 1.1 [pro] (BFL), OpenAI images."""

from __future__ import annotations

import base64
import binascii
from typing import Any

from aiengine.providers.base import ImageRequest, ImageResult, ProviderError
from aiengine.providers.http.common import build_client, require_key
from aiengine.providers.http.imaging import (
    build_prompt,
    check_size,
    fit_png,
    nearest_ratio,
    sniff_mime,
)

GEMINI_RATIOS = ("1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9", "21:9")
GEMINI_BLOCKED = ("SAFETY", "IMAGE_SAFETY", "PROHIBITED_CONTENT", "BLOCKLIST", "RECITATION",
                  "SPII", "OTHER", "IMAGE_PROHIBITED_CONTENT")
FLUX_MODERATED = ("Content Moderated", "Request Moderated")
FLUX_STEP, FLUX_MIN, FLUX_MAX = 32, 256, 1440


def _b64decode(data: Any, service: str) -> bytes:
    try:
        return base64.b64decode(str(data), validate=True)
    except (binascii.Error, ValueError):
        raise ProviderError(f"{service}: the image data is not valid base64", retryable=True) from None


class _HttpImageProvider:
    """Shared setup: client options, the per-image price, the result as PNG at the asked size."""

    name = ""
    service = ""
    default_base_url = ""
    default_model = ""
    default_price = 0.0
    key_header = ""

    def __init__(self, *, base_url: str = "", api_key: str = "", model: str = "",
                 price_per_image: float | None = None, **options: Any) -> None:
        self.api_key = require_key(self.service, api_key) if self.key_header else api_key
        self.model = model or self.default_model
        self.price_per_image = self.default_price if price_per_image is None else float(price_per_image)
        self.options = options
        self.client = build_client(service=self.service, base_url=base_url or self.default_base_url,
                                   api_key=api_key, headers=self._headers(api_key), options=options)

    def _headers(self, api_key: str) -> dict[str, str]:
        return {self.key_header: api_key}

    def generate(self, request: ImageRequest) -> ImageResult:
        """A PNG of exactly request.width × request.height."""
        check_size(request, self.service)
        raw = self._fetch(request, build_prompt(request))
        png = fit_png(raw, width=request.width, height=request.height, service=self.service)
        return ImageResult(png=png, model=self.model, cost_usd=self.price_per_image,
                           width=request.width, height=request.height)

    def _fetch(self, request: ImageRequest, prompt: str) -> bytes:
        raise ProviderError(f"{self.service}: no image API", retryable=False)


class NanoBananaImageProvider(_HttpImageProvider):
    """Google Gemini image generation (`generateContent` with an IMAGE response modality)."""

    name = "nano-banana-pro"
    service = "nano-banana-pro"
    default_base_url = "https://generativelanguage.googleapis.com"
    default_model = "gemini-3-pro-image-preview"
    default_price = 0.134
    key_header = "x-goog-api-key"

    def __init__(self, *, image_size: str | None = None, **options: Any) -> None:
        super().__init__(**options)
        self.image_size = image_size  # None: 1K/2K/4K by the asked size; "": not sent

    def _fetch(self, request: ImageRequest, prompt: str) -> bytes:
        parts: list[dict[str, Any]] = [{"text": prompt}]
        if request.reference is not None:
            parts.append({"inlineData": {"mimeType": sniff_mime(request.reference),
                                         "data": base64.b64encode(request.reference).decode("ascii")}})
        side = max(request.width, request.height)
        image_config = {"aspectRatio": nearest_ratio(request.width, request.height, GEMINI_RATIOS,
                                                     request.options.get("aspectRatio"))}
        if self.image_size is None:
            image_config["imageSize"] = "1K" if side <= 1024 else "2K" if side <= 2048 else "4K"
        elif self.image_size:
            image_config["imageSize"] = self.image_size
        body = {"contents": [{"role": "user", "parts": parts}],
                "generationConfig": {"responseModalities": ["IMAGE"], "imageConfig": image_config}}
        data = self.client.post_json(f"v1beta/models/{self.model}:generateContent", body)
        return self._image(data)

    def _image(self, data: dict[str, Any]) -> bytes:
        feedback = data.get("promptFeedback") or {}
        if isinstance(feedback, dict) and feedback.get("blockReason"):
            raise ProviderError(f"{self.service}: the prompt was blocked by content moderation "
                                f"({feedback['blockReason']})", retryable=False)
        candidates = data.get("candidates")
        if not isinstance(candidates, list) or not candidates or not isinstance(candidates[0], dict):
            raise ProviderError(f"{self.service}: the answer has no candidates", retryable=True)
        candidate = candidates[0]
        content = candidate.get("content") if isinstance(candidate.get("content"), dict) else {}
        for part in content.get("parts") or []:
            inline = part.get("inlineData") or part.get("inline_data") if isinstance(part, dict) else None
            if isinstance(inline, dict) and inline.get("data"):
                return _b64decode(inline["data"], self.service)
        reason = candidate.get("finishReason")
        if reason in GEMINI_BLOCKED:
            raise ProviderError(f"{self.service}: the image was blocked by content moderation "
                                f"({reason})", retryable=False)
        raise ProviderError(f"{self.service}: the answer has no image (finishReason {reason})",
                            retryable=True)


class FluxImageProvider(_HttpImageProvider):
    """Black Forest Labs FLUX 1.1 [pro]: submit a task, poll its polling_url, download the sample."""

    name = "flux-1.1-pro"
    service = "flux-1.1-pro"
    default_base_url = "https://api.bfl.ai"
    default_model = "flux-pro-1.1"
    default_price = 0.04
    key_header = "x-key"

    def __init__(self, *, poll_interval: float = 0.5, poll_timeout: float = 120.0, **options: Any) -> None:
        super().__init__(**options)
        self.poll_interval = float(poll_interval)
        self.poll_timeout = float(poll_timeout)
        self.sleep = self.client.sleep
        self.clock = self.client.clock

    @staticmethod
    def task_size(width: int, height: int) -> tuple[int, int]:
        """The request's aspect in BFL's grid: multiples of 32, each side 256–1440."""
        scale = min(1.0, FLUX_MAX / max(width, height))
        if min(width, height) * scale < FLUX_MIN:
            scale = FLUX_MIN / min(width, height)

        def snap(side: float) -> int:
            return int(min(FLUX_MAX, max(FLUX_MIN, round(side * scale / FLUX_STEP) * FLUX_STEP)))

        return snap(width), snap(height)

    def _fetch(self, request: ImageRequest, prompt: str) -> bytes:
        width, height = self.task_size(request.width, request.height)
        body = {"prompt": prompt, "width": width, "height": height, "seed": request.seed,
                "output_format": "png", "prompt_upsampling": False}
        if "safety_tolerance" in self.options:
            body["safety_tolerance"] = int(self.options["safety_tolerance"])
        task = self.client.post_json(f"v1/{self.model}", body)
        task_id = task.get("id")
        polling_url = task.get("polling_url") or (f"v1/get_result?id={task_id}" if task_id else None)
        if not polling_url:
            raise ProviderError(f"{self.service}: the answer has no task id", retryable=True)
        return self.client.get_bytes(self._poll(str(polling_url)))

    def _poll(self, polling_url: str) -> str:
        """The sample URL once the task is Ready."""
        deadline = self.clock() + self.poll_timeout
        while True:
            answer = self.client.get_json(polling_url)
            status = answer.get("status")
            if status == "Ready":
                result = answer.get("result") if isinstance(answer.get("result"), dict) else {}
                sample = result.get("sample")
                if not isinstance(sample, str) or not sample:
                    raise ProviderError(f"{self.service}: the task is ready but has no sample",
                                        retryable=True)
                return sample
            if status in FLUX_MODERATED:
                raise ProviderError(f"{self.service}: refused by content moderation ({status})",
                                    retryable=False)
            if status not in ("Pending", "Processing", "Queued"):
                raise ProviderError(f"{self.service}: the task failed (status {status!r})",
                                    retryable=True)
            if self.clock() + self.poll_interval > deadline:
                raise ProviderError(f"{self.service}: the task was not ready after "
                                    f"{self.poll_timeout:g}s", retryable=True)
            self.sleep(self.poll_interval)


class OpenAIImageProvider(_HttpImageProvider):
    """OpenAI-compatible `images/generations` (base64 answers)."""

    name = "openai-images"
    service = "openai-images"
    default_base_url = "https://api.openai.com/v1"
    default_model = "dall-e-3"
    default_price = 0.04
    sizes = ("1024x1024", "1792x1024", "1024x1792")

    def __init__(self, *, sizes: tuple[str, ...] | list[str] | None = None, quality: str = "",
                 **options: Any) -> None:
        super().__init__(**options)
        if sizes:
            self.sizes = tuple(sizes)
        self.quality = quality

    def _headers(self, api_key: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {api_key}"} if api_key else {}

    def _size(self, width: int, height: int) -> str:
        ratios = {f"{w}:{h}": size for size in self.sizes for w, h in [size.split("x")]}
        return ratios[nearest_ratio(width, height, ratios)]

    def _fetch(self, request: ImageRequest, prompt: str) -> bytes:
        body: dict[str, Any] = {"model": self.model, "prompt": prompt, "n": 1,
                                "size": self._size(request.width, request.height),
                                "response_format": "b64_json"}
        if self.quality:
            body["quality"] = self.quality
        data = self.client.post_json("images/generations", body)
        items = data.get("data")
        if not isinstance(items, list) or not items or not isinstance(items[0], dict):
            raise ProviderError(f"{self.service}: the answer has no image", retryable=True)
        item = items[0]
        if item.get("b64_json"):
            return _b64decode(item["b64_json"], self.service)
        if isinstance(item.get("url"), str):
            return self.client.get_bytes(item["url"])
        raise ProviderError(f"{self.service}: the answer has no image", retryable=True)
