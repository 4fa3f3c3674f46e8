"""The renderer's own budget: per-layer and total pixels by canvas and scale, a memory ceiling,
work clipped to the visible canvas; over budget is a RenderError naming the layer, never a crash."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import ImageChops

from rendering import RenderError, render

from .test_render import decode

ROOT = Path(__file__).resolve().parent.parent.parent


def doc(*layers, width=1080, height=1080):
    return {"schemaVersion": "1.4",
            "canvas": {"width": width, "height": height,
                       "background": {"type": "color", "color": "#FFFFFF"}},
            "layers": list(layers)}


def rect(layer_id, x, y, w, h, **extra):
    return {"id": layer_id, "type": "shape", "shape": "rect", "position": {"x": x, "y": y},
            "size": {"width": w, "height": h}, "fill": {"type": "color", "color": "#FF0000"},
            **extra}


@pytest.mark.parametrize("side", [12000, 16000, 1e12])
def test_the_issue_design_is_a_render_error_naming_the_layer(side):
    issue = doc(*(rect(f"r{n}", -side / 2, -side / 2, side, side, opacity=0.5) for n in range(4)))
    with pytest.raises(RenderError) as caught:
        render(issue)
    assert caught.value.details["layerId"] == "r0"
    assert "16×" in caught.value.message


def test_the_layer_budget_grows_with_the_scale_only_as_the_canvas_does():
    edge = doc(rect("zoomed", -1620, -1620, 4320, 4320, opacity=0.5))  # 16× the canvas
    for scale in (1, 2):
        assert render(edge, scale=scale).width == 1080 * scale
    with pytest.raises(RenderError):
        render(doc(rect("zoomed", -1620, -1620, 4400, 4400, opacity=0.5)))


def test_all_layers_together_have_a_budget():
    many = doc(*(rect(f"overlay{n}", 0, 0, 1080, 1080, opacity=0.1) for n in range(70)))
    with pytest.raises(RenderError) as caught:
        render(many)
    assert "64×" in caught.value.message


def test_a_memory_ceiling_refuses_before_drawing():
    with pytest.raises(RenderError) as caught:
        render(doc(rect("bg", 0, 0, 1080, 1080)), scale=4, memory_limit=32 * 1024 * 1024)
    assert caught.value.details["memoryLimit"] == 32 * 1024 * 1024


@pytest.mark.parametrize("rotation", [0, 30])
@pytest.mark.parametrize("opacity", [1, 0.5])
def test_work_is_clipped_to_the_canvas_without_changing_a_pixel(rotation, opacity):
    """A rectangle far larger than the canvas draws exactly as one cut to what shows."""
    stroke = {"color": "#0000FF", "width": 6}
    big = rect("big", -1500, -1400, 4000, 3900, opacity=opacity, rotation=rotation,
               stroke=stroke, cornerRadius=40)
    shown = decode(render(doc(big)))
    reference = decode(render(doc(big), memory_limit=None, clip_to_canvas=False))
    assert ImageChops.difference(shown.convert("RGB"), reference.convert("RGB")).getbbox() \
        is None


def _peak_memory_mb(document: dict, scale: int) -> float:
    code = ("import json, resource, sys\n"
            "from rendering import render\n"
            "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
            f"render(json.loads(sys.stdin.read()), scale={scale})\n"
            "after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
            "print((after - before) / 1024)\n")
    result = subprocess.run([sys.executable, "-c", code], input=json.dumps(document), cwd=ROOT,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    return float(result.stdout.split()[-1])


def test_a_large_legitimate_layer_renders_within_bounded_memory():
    """A half-transparent, rotated rectangle 16× the canvas at 2x: the tile used to be the whole
    rectangle (8616² RGBA and its copies: 1.3 GB); now only what the canvas shows is drawn."""
    legit = doc(rect("zoomed", -1610, -1610, 4300, 4300, opacity=0.5, rotation=30,
                     stroke={"color": "#000000", "width": 8}))
    assert _peak_memory_mb(legit, scale=2) < 250  # was 1282 MB before clipping
