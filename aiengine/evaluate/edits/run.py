"""Runs the edit and adapt evaluations over designs the local engine generates."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiengine.creative.art import subject_by_id
from aiengine.creative.lint import lint_document
from aiengine.creative.reading import read_brief
from aiengine.evaluate.edits.cases import CASES, DESIGNS
from aiengine.evaluate.edits.checks import passes
from aiengine.evaluate.sheet import Tile, write_sheet
from aiengine.providers.base import ImageRequest, LayoutRequest
from aiengine.providers.local.editor import LocalEditProvider
from aiengine.providers.local.image import LocalImageProvider, hero_style_of
from aiengine.providers.local.reflow import reflow
from aiengine.providers.registry import get_layout_provider
from aiengine.services.common import document_colors
from documents import apply_operations, get_format
from rendering import DictAssetSource

ADAPT_FORMATS = ("instagram_story", "facebook_cover", "x_post", "instagram_portrait", "a5_flyer")
CONCEPTS = ("offer_focus", "product_highlight")


def _errors(doc: dict[str, Any], format_id: str | None) -> list[str]:
    return sorted({f"{issue.code}:{issue.layer_id}" for issue in lint_document(doc, format_id=format_id)
                   if issue.severity == "error"})


Render = Callable[[dict[str, Any], Any], bytes]
PREVIEW_SCALE = 0.3  # smart images are drawn at about the preview's scale


def _slot_request(doc: dict[str, Any], key: str, earlier: ImageRequest | None) -> ImageRequest | None:
    """The local image request for a slot of `doc` (the edit service's: a re-pointed slot keeps the hero
    style and colours the earlier image had)."""
    entry = (doc.get("smartAssets") or {}).get(key) or {}
    recipe = entry.get("recipe") or {}
    layer = next((layer for layer in walk_images(doc) if layer.get("smartAssetId") == key), None)
    if layer is None or not recipe.get("prompt"):
        return None
    options = dict(recipe.get("options") or {})
    subject = subject_by_id(str(options.get("subject") or ""))
    request = ImageRequest(recipe_type=str(recipe.get("type") or "product_shot"), prompt=str(recipe["prompt"]),
                           width=max(16, round(float(layer["size"]["width"]) * PREVIEW_SCALE)),
                           height=max(16, round(float(layer["size"]["height"]) * PREVIEW_SCALE)),
                           options=options, brand_colors=document_colors(doc), subject=subject.id if subject else "",
                           seed=int((doc.get("meta") or {}).get("seed") or 0))
    if earlier is not None and earlier.prompt != request.prompt:
        request = ImageRequest(**{**request.__dict__, "options": {**options, "heroStyle": hero_style_of(earlier)},
                                  "brand_colors": earlier.brand_colors, "seed": earlier.seed})
    return request


def walk_images(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [layer for layer in doc.get("layers") or [] if layer.get("type") == "image"]


def with_images(doc: dict[str, Any], earlier: dict[str, ImageRequest] | None = None
                ) -> tuple[dict[str, Any], DictAssetSource, dict[str, ImageRequest]]:
    """`doc` with its smart images drawn by the local provider (as a generation, or an edit's redraw, does)."""
    shown = {**doc, "smartAssets": {key: dict(value) for key, value in (doc.get("smartAssets") or {}).items()}}
    assets: dict[str, bytes] = {}
    requests: dict[str, ImageRequest] = {}
    for key, entry in shown["smartAssets"].items():
        request = _slot_request(doc, key, (earlier or {}).get(key))
        if request is None:
            continue
        requests[key] = request
        assets[f"asset_eval_{key}"] = LocalImageProvider().generate(request).png
        entry.update({"status": "completed", "assetId": f"asset_eval_{key}"})
    return shown, DictAssetSource(assets), requests


def generate(prompt: str, concept: str, variants: int = 1, format_id: str = "instagram_post") -> list[dict[str, Any]]:
    provider = get_layout_provider(name="local")
    result = provider.generate(LayoutRequest(brief=read_brief(prompt), format_id=format_id, concept=concept,
                                             variants=variants))
    return list(result.documents)


@dataclass
class EditReport:
    instructions: int = 0
    clauses: int = 0
    applied: int = 0
    named: int = 0
    silent: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    lint_clean: int = 0
    lint_clean_before: int = 0
    lint_new: list[str] = field(default_factory=list)
    sheet: Path | None = None

    def summary(self) -> str:
        lines = [f"edit evaluation: {self.instructions} instructions, {self.clauses} clauses",
                 f"  clauses applied as asked: {self.applied}/{self.clauses} = {100 * self.applied / max(1, self.clauses):.1f}%",
                 f"  clauses named as not done: {self.named}",
                 f"  silent no-ops: {len(self.silent)}",
                 f"  edited designs lint-clean: {self.lint_clean}/{self.instructions} = "
                 f"{100 * self.lint_clean / max(1, self.instructions):.1f}% (before the edit: {self.lint_clean_before})",
                 f"  sheet: {self.sheet}"]
        lines += [f"  SILENT {item}" for item in self.silent]
        lines += [f"  not applied (named) {item}" for item in self.failed]
        lines += [f"  LINT {item}" for item in self.lint_new]
        return "\n".join(lines)

    def meets_targets(self) -> bool:
        return self.applied >= 0.9 * self.clauses and not self.silent and self.lint_clean == self.instructions


def run_edits(sheet: Path, *, render: Render) -> EditReport:
    designs = {key: generate(prompt, concept)[0] for key, prompt, concept in DESIGNS}
    keys = list(designs)
    editor = LocalEditProvider()
    report = EditReport()
    tiles: list[Tile] = []
    for index, case in enumerate(CASES):
        key = keys[index % len(keys)]
        before = designs[key]
        result = editor.edit(document=before, instruction=case.instruction)
        after = apply_operations(before, list(result.operations))
        report.instructions += 1
        for check in case.checks:
            report.clauses += 1
            if check.kind != "named" and passes(check, before, after, result.unsupported):
                report.applied += 1
            elif check.kind == "named" and passes(check, before, after, result.unsupported):
                report.applied += 1
            elif any(word.lower() in text.lower() for text in result.unsupported for word in check.clause.split()
                     if len(word) > 2):
                report.named += 1
                report.failed.append(f"[{key}] {case.instruction!r} / {check.clause}: {result.explanation}")
            else:
                report.silent.append(f"[{key}] {case.instruction!r} / {check.clause}: {result.explanation}")
        fmt = (before.get("meta") or {}).get("format")
        errors = _errors(after, fmt)
        if not errors:
            report.lint_clean += 1
        else:
            report.lint_new.append(f"[{key}] {case.instruction!r}: {errors}")
        if not _errors(before, fmt):
            report.lint_clean_before += 1
        shown_before, assets_before, requests = with_images(before)
        shown_after, assets_after, _ = with_images(after, requests)
        tiles.append(Tile(caption=f"{index + 1} before [{key}]", png=render(shown_before, assets_before)))
        tiles.append(Tile(caption=f"{index + 1} {case.instruction}", png=render(shown_after, assets_after)))
    report.sheet = write_sheet(tiles, sheet, columns=8, cell=220, title="Edits: before / after")
    return report


@dataclass
class AdaptReport:
    designs: int = 0
    adapted: int = 0
    lint_clean: int = 0
    facts_kept: int = 0
    problems: list[str] = field(default_factory=list)
    sheet: Path | None = None

    def summary(self) -> str:
        lines = [f"adapt evaluation: {self.designs} designs x {len(ADAPT_FORMATS)} formats = {self.adapted}",
                 f"  lint-clean: {self.lint_clean}/{self.adapted}",
                 f"  every fact (text) and image kept: {self.facts_kept}/{self.adapted}",
                 f"  sheet: {self.sheet}"]
        return "\n".join(lines + [f"  {item}" for item in self.problems])

    def meets_targets(self) -> bool:
        return self.lint_clean == self.adapted and self.facts_kept == self.adapted


def _contents(doc: dict[str, Any]) -> tuple[list[str], list[Any]]:
    layers = doc.get("layers") or []
    texts = sorted(str(layer.get("text")) for layer in layers if layer.get("type") == "text")
    images = sorted((str(layer.get("assetId")), str(layer.get("smartAssetId"))) for layer in layers
                    if layer.get("type") == "image")
    return texts, images


def run_adapt(sheet: Path, *, render: Render, count: int = 20) -> AdaptReport:
    sources: list[tuple[str, dict[str, Any]]] = []
    for key, prompt, _concept in DESIGNS:
        for concept in CONCEPTS:
            sources.extend((f"{key}/{concept[:5]}{n + 1}", doc) for n, doc in enumerate(generate(prompt, concept, 2)))
    report = AdaptReport()
    tiles: list[Tile] = []
    for name, source in sources[:count]:
        report.designs += 1
        shown, assets, _requests = with_images(source)  # the smart images a user sees
        tiles.append(Tile(caption=f"{name} source", png=render(shown, assets)))
        for format_id in ADAPT_FORMATS:
            fmt = get_format(format_id)
            assert fmt is not None
            adapted = reflow(source, fmt=fmt)
            report.adapted += 1
            errors = _errors(adapted, format_id)
            if errors:
                report.problems.append(f"LINT {name} -> {format_id}: {errors}")
            else:
                report.lint_clean += 1
            if _contents(adapted) == _contents(source) and adapted.get("smartAssets") == source.get("smartAssets"):
                report.facts_kept += 1
            else:
                report.problems.append(f"CONTENT {name} -> {format_id}")
            # an adapted design keeps the source's images (the same assets, laid out anew)
            tiles.append(Tile(caption=f"{name} {format_id}",
                              png=render({**adapted, "smartAssets": shown["smartAssets"]}, assets)))
    report.sheet = write_sheet(tiles, sheet, columns=6, cell=220, title="Adapt: source and five formats")
    return report
