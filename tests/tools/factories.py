"""Images made in code for the tools tests: a product photo on a plain backdrop."""

import io

from PIL import Image, ImageDraw

from assets.services import asset_create_from_bytes


def product_png(width: int = 240, height: int = 180) -> bytes:
    """A red bottle-like product on a white backdrop (the cut-out finds its edges)."""
    image = Image.new("RGB", (width, height), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((width * 0.35, height * 0.15, width * 0.65, height * 0.9), radius=12, fill=(200, 30, 40))
    draw.ellipse((width * 0.42, height * 0.05, width * 0.58, height * 0.2), fill=(40, 40, 40))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def product_asset(owner, *, width: int = 240, height: int = 180):
    """The product photo stored as one of `owner`'s assets."""
    return asset_create_from_bytes(owner=owner, data=product_png(width, height), type="product",
                                   filename="bottle.png", mime_type="image/png")
