"""The image providers against the stand-in: PNGs of the asked size, request shapes, failures."""

import base64
import io

import pytest
from PIL import Image

from aiengine.providers.base import ImageRequest, ProviderError
from aiengine.providers.http import FluxImageProvider, NanoBananaImageProvider, OpenAIImageProvider
from tests.aiengine.http.conftest import API_KEY
from tests.standin import fail, malformed, moderated, pending, slow, task_error

CONTEXT = {"designPurpose": "Diwali electronics sale advertisement",
           "overallTheme": "premium dark with gold accents",
           "adjacentElements": ["Golden headline 'Diwali Mega Sale'", "Orange discount badge"],
           "brandColors": ["#FFCC00", "#050816", "#FF4D00"],
           "compositionHints": "Product on right side, facing left"}

# (provider class, the stand-in route it posts to, its API-key header, how the key is sent)
PROVIDERS = {
    "nano-banana-pro": (NanoBananaImageProvider, "gemini", "x-goog-api-key", API_KEY),
    "flux-1.1-pro": (FluxImageProvider, "flux", "x-key", API_KEY),
    "openai-images": (OpenAIImageProvider, "images", "authorization", f"Bearer {API_KEY}"),
}


def _request(width=512, height=512, **extra):
    return ImageRequest(recipe_type="product_shot", prompt="wireless headphones", width=width,
                        height=height, options={"aspectRatio": "1:1", "style": "photo"},
                        context=CONTEXT, **extra)


def _build(name, standin, sleeps, **options):
    cls = PROVIDERS[name][0]
    base_url = standin.openai_url if cls is OpenAIImageProvider else standin.url
    options = {"sleep": sleeps, "poll_interval": 0.25, "max_retries": 2, **options}
    return cls(base_url=base_url, api_key=API_KEY, **options)


def _png_size(data):
    image = Image.open(io.BytesIO(data))
    assert image.format == "PNG"
    return image.size


@pytest.fixture(params=list(PROVIDERS))
def name(request):
    return request.param


@pytest.mark.parametrize("size", [(1080, 1080), (333, 777), (1200, 628)])
def test_result_is_a_png_of_the_requested_size(name, standin, sleeps, size):
    result = _build(name, standin, sleeps).generate(_request(*size))

    assert _png_size(result.png) == size
    assert (result.width, result.height) == size


def test_request_carries_the_key_and_the_holistic_prompt(name, standin, sleeps):
    _, route, header, sent = PROVIDERS[name]

    result = _build(name, standin, sleeps, price_per_image=0.07).generate(_request())

    [call] = standin.requests_to(route)
    assert call.headers[header] == sent
    text = call.body.decode("utf-8")
    for cue in ("wireless headphones", "premium dark with gold accents", "Orange discount badge",
                "#FF4D00", "Product on right side"):
        assert cue in text
    assert result.cost_usd == 0.07


def test_nano_banana_asks_for_an_image_in_the_right_aspect(standin, sleeps):
    provider = _build("nano-banana-pro", standin, sleeps, model="gemini-standin")

    result = provider.generate(_request(1600, 900, reference=b"\x89PNG\r\n\x1a\nfake"))

    [call] = standin.requests_to("gemini")
    assert call.path == "/v1beta/models/gemini-standin:generateContent"
    config = call.json["generationConfig"]
    assert config["responseModalities"] == ["IMAGE"]
    assert config["imageConfig"] == {"aspectRatio": "16:9", "imageSize": "2K"}
    text, reference = call.json["contents"][0]["parts"]
    assert "wireless headphones" in text["text"]
    assert reference["inlineData"]["mimeType"] == "image/png"
    assert base64.b64decode(reference["inlineData"]["data"]).startswith(b"\x89PNG")
    assert result.model == "gemini-standin"


def test_nano_banana_moderation_is_not_retryable(standin, sleeps):
    standin.script("gemini", moderated())

    with pytest.raises(ProviderError, match="content moderation") as caught:
        _build("nano-banana-pro", standin, sleeps).generate(_request())

    assert caught.value.retryable is False


def test_flux_polls_until_ready_and_downloads_the_sample(standin, sleeps):
    standin.script("flux_poll", pending(), pending())

    result = _build("flux-1.1-pro", standin, sleeps).generate(_request(1200, 628))

    [task] = standin.requests_to("flux")
    assert task.path == "/v1/flux-pro-1.1"
    assert (task.json["width"], task.json["height"]) == (1216, 640)
    assert task.json["width"] % 32 == 0 and task.json["height"] % 32 == 0
    assert len(standin.requests_to("flux_poll")) == 3
    assert all(poll.headers["x-key"] == API_KEY for poll in standin.requests_to("flux_poll"))
    assert sleeps == [0.25, 0.25]
    [sample] = standin.requests_to("flux_sample")
    assert "x-key" not in sample.headers  # the delivery URL is signed; the key stays with BFL
    assert _png_size(result.png) == (1200, 628)


@pytest.mark.parametrize("status", ["Content Moderated", "Request Moderated"])
def test_flux_moderation_is_not_retryable(standin, sleeps, status):
    standin.script("flux_poll", pending(), moderated(status))

    with pytest.raises(ProviderError, match=status) as caught:
        _build("flux-1.1-pro", standin, sleeps).generate(_request())

    assert caught.value.retryable is False
    assert standin.requests_to("flux_sample") == []


def test_flux_task_error_is_retryable(standin, sleeps):
    standin.script("flux_poll", task_error())

    with pytest.raises(ProviderError, match="'Error'") as caught:
        _build("flux-1.1-pro", standin, sleeps).generate(_request())

    assert caught.value.retryable is True


def test_flux_gives_up_polling_after_its_timeout(standin, sleeps):
    standin.script("flux_poll", *[pending()] * 10)

    with pytest.raises(ProviderError, match="not ready after 1s") as caught:
        _build("flux-1.1-pro", standin, sleeps, poll_timeout=1,
               clock=lambda: sum(sleeps)).generate(_request())

    assert caught.value.retryable is True
    assert sleeps == [0.25] * 4


def test_flux_task_size_keeps_the_aspect_in_the_bfl_grid():
    assert FluxImageProvider.task_size(1080, 1080) == (1088, 1088)
    assert FluxImageProvider.task_size(4000, 1000) == (1440, 352)
    assert FluxImageProvider.task_size(100, 50) == (512, 256)


def test_openai_images_asks_for_base64_in_the_nearest_size(standin, sleeps):
    _build("openai-images", standin, sleeps, model="dall-e-standin").generate(_request(1080, 1920))

    [call] = standin.requests_to("images")
    assert call.path == "/v1/images/generations"
    assert call.json["model"] == "dall-e-standin"
    assert call.json["response_format"] == "b64_json"
    assert call.json["size"] == "1024x1792"


def test_openai_images_content_policy_is_not_retryable(standin, sleeps):
    standin.script("images", moderated())

    with pytest.raises(ProviderError, match="safety system") as caught:
        _build("openai-images", standin, sleeps).generate(_request())

    assert caught.value.retryable is False
    assert sleeps == []


def test_timeout_is_retryable(name, standin, sleeps):
    _, route, _, _ = PROVIDERS[name]
    standin.script(route, slow(1.5), slow(1.5))
    provider = _build(name, standin, sleeps, timeout=0.2, max_retries=1)

    with pytest.raises(ProviderError, match="timed out") as caught:
        provider.generate(_request())

    assert caught.value.retryable is True
    assert len(standin.requests_to(route)) == 2


def test_429_with_retry_after_then_success(name, standin, sleeps):
    _, route, _, _ = PROVIDERS[name]
    standin.script(route, fail(429, retry_after=4))

    result = _build(name, standin, sleeps).generate(_request(640, 640))

    assert _png_size(result.png) == (640, 640)
    assert sleeps[0] == 4.0
    assert len(standin.requests_to(route)) == 2


def test_5xx_exhausted_is_retryable(name, standin, sleeps):
    _, route, _, _ = PROVIDERS[name]
    standin.script(route, fail(500), fail(503), fail(502))

    with pytest.raises(ProviderError, match="gave up after 3 attempts") as caught:
        _build(name, standin, sleeps).generate(_request())

    assert caught.value.retryable is True
    assert len(sleeps) == 2


def test_malformed_answers_are_retried_then_retryable(name, standin, sleeps):
    _, route, _, _ = PROVIDERS[name]
    standin.script(route, malformed(), malformed(), malformed())

    with pytest.raises(ProviderError, match="not JSON") as caught:
        _build(name, standin, sleeps).generate(_request())

    assert caught.value.retryable is True


def test_401_is_not_retryable_and_does_not_leak_the_key(name, standin, sleeps):
    _, route, _, _ = PROVIDERS[name]
    standin.script(route, fail(401))

    with pytest.raises(ProviderError, match="HTTP 401") as caught:
        _build(name, standin, sleeps).generate(_request())

    assert caught.value.retryable is False
    assert API_KEY not in str(caught.value)
    assert "***" in caught.value.message
    assert sleeps == []


@pytest.mark.parametrize("cls", [NanoBananaImageProvider, FluxImageProvider])
def test_a_missing_key_is_a_configuration_error(cls):
    with pytest.raises(ProviderError, match="no api_key") as caught:
        cls(base_url="http://127.0.0.1:9", api_key="")
    assert caught.value.retryable is False


def test_nano_banana_image_size_can_be_fixed_or_left_out(standin, sleeps):
    _build("nano-banana-pro", standin, sleeps, image_size="2K").generate(_request(300, 400))
    _build("nano-banana-pro", standin, sleeps, image_size="").generate(_request(300, 400))

    fixed, left_out = (call.json["generationConfig"]["imageConfig"]
                       for call in standin.requests_to("gemini"))
    assert fixed == {"aspectRatio": "3:4", "imageSize": "2K"}
    assert left_out == {"aspectRatio": "3:4"}
