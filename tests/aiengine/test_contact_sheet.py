import io

from PIL import Image

from aiengine.evaluate.sheet import Tile, write_sheet


def _png(color: str, size: tuple[int, int]) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, "PNG")
    return buffer.getvalue()


def test_the_sheet_lays_every_tile_out_in_a_grid(tmp_path):
    tiles = [Tile("red\nportrait", _png("#ff0000", (300, 600))), Tile("blue", _png("#0000ff", (600, 300))),
             Tile("green", _png("#00ff00", (200, 200)))]
    path = write_sheet(tiles, tmp_path / "sheet.png", columns=2, cell=100, title="Three tiles")
    sheet = Image.open(path).convert("RGB")
    assert sheet.size == (2 * 116 + 16, 56 + 2 * (100 + 44 + 16) + 16)
    # Each tile is fitted in its cell, centred: the middle of each cell shows its colour.
    assert sheet.getpixel((16 + 50, 56 + 16 + 50)) == (255, 0, 0)
    assert sheet.getpixel((16 + 116 + 50, 56 + 16 + 50)) == (0, 0, 255)
    assert sheet.getpixel((16 + 50, 56 + 16 + 160 + 50)) == (0, 255, 0)
