"""Local smart images: deterministic per seed, the requested size, a reference product composited."""

import io

import pytest
from PIL import Image, ImageDraw

from aiengine.providers.base import ImageRequest, ProviderError
from aiengine.providers.local.cutout import cut_out
from aiengine.providers.local.image import LocalImageProvider

PROVIDER = LocalImageProvider()


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _reference(*, transparent: bool) -> bytes:
    mode, ground = ("RGBA", (0, 0, 0, 0)) if transparent else ("RGB", (250, 250, 250))
    image = Image.new(mode, (300, 240), ground)
    ImageDraw.Draw(image).ellipse((90, 40, 210, 200), fill=(200, 20, 40) + ((255,) if transparent else ()))
    return _png(image)


def _request(**overrides) -> ImageRequest:
    values = {"recipe_type": "product_shot", "prompt": "studio shot of wireless headphones", "width": 240,
              "height": 200, "seed": 7, "brand_colors": ("#FFCC00", "#050816", "#FF4D00")}
    values.update(overrides)
    return ImageRequest(**values)


def _open(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


@pytest.mark.parametrize("reference", [None, "opaque", "alpha"])
def test_same_request_same_pixels(reference):
    ref = None if reference is None else _reference(transparent=reference == "alpha")
    first = PROVIDER.generate(_request(reference=ref))
    second = PROVIDER.generate(_request(reference=ref))
    assert first.png == second.png
    image = _open(first.png)
    assert image.format == "PNG" and image.size == (240, 200)
    assert first.model and first.cost_usd == 0


def test_other_seed_other_image():
    a = _open(PROVIDER.generate(_request(seed=1)).png).convert("RGB")
    b = _open(PROVIDER.generate(_request(seed=2)).png).convert("RGB")
    assert a.tobytes() != b.tobytes()


def _is_red(pixel) -> bool:
    r, g, b = pixel[:3]
    return r > 150 and g < 90 and b < 100


@pytest.mark.parametrize("transparent", [False, True])
def test_reference_product_is_composited_on_a_studio_backdrop(transparent):
    result = PROVIDER.generate(_request(reference=_reference(transparent=transparent), width=300, height=300))
    image = _open(result.png).convert("RGB")
    # the product sits in the middle of the frame ...
    assert _is_red(image.getpixel((150, 150)))
    # ... and its white photo backdrop is gone: the corners are the studio's dark brand-coloured sweep
    for corner in ((5, 5), (294, 5), (5, 294), (294, 294)):
        assert sum(image.getpixel(corner)) < 450
        assert not _is_red(image.getpixel(corner))


def test_without_reference_draws_in_the_brand_colours():
    image = _open(PROVIDER.generate(_request(recipe_type="background", width=200, height=120)).png).convert("RGB")
    colours = image.getcolors(200 * 120)
    assert colours is not None and len(colours) > 50  # a composition, not a flat fill
    assert image.size == (200, 120)


def test_cut_out_removes_a_flat_backdrop():
    photo = _open(_reference(transparent=False)).convert("RGBA")
    product = cut_out(photo)
    assert product.size[0] < 160 and product.size[1] < 200  # cropped to the product
    assert product.getpixel((1, 1))[3] < 40  # the corner of the crop is backdrop, now transparent
    assert product.getpixel((product.width // 2, product.height // 2))[3] == 255


@pytest.mark.parametrize("size", [(0, 10), (10, 5000)])
def test_sizes_out_of_range_are_refused(size):
    with pytest.raises(ProviderError):
        PROVIDER.generate(_request(width=size[0], height=size[1]))


def test_unreadable_reference_is_a_provider_error():
    with pytest.raises(ProviderError) as error:
        PROVIDER.generate(_request(reference=b"not an image"))
    assert error.value.retryable is False


def test_composition_hints_place_the_product():
    def red_centre_x(hints: str) -> float:
        request = _request(reference=_reference(transparent=True), width=300, height=300,
                           context={"compositionHints": hints})
        image = _open(PROVIDER.generate(request).png).convert("RGB")
        xs = [x for x in range(300) for y in range(100, 200, 10) if _is_red(image.getpixel((x, y)))]
        return sum(xs) / len(xs)

    centre = red_centre_x("")
    assert red_centre_x("Product on the right side, facing left") > centre + 20
    assert red_centre_x("Product in the middle left side of the design") < centre - 20
