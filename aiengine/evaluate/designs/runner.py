"""Runs the prompt set through the generation and export services and scores every variant.

Depends only on the services the API calls (generation_request / generation_job_run, export_request /
export_job_run), on read_brief for the request words and the kind, and on the saved document JSON: it
measures whatever engine is on the branch.
"""

from __future__ import annotations

import io
import json
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw

from aiengine.creative.lint import lint_document
from aiengine.creative.reading import read_brief
from aiengine.evaluate.designs import checks
from aiengine.evaluate.designs.promptset import BrandKit, Case, Photo, load_prompt_set
from aiengine.evaluate.sheet import Tile, write_sheet

VARIANTS = 3
# New checks of the lint's polish set count as failures here whatever their severity in the lint.
POLISH_CODES = frozenset({"logo_contrast", "off_centre", "badge_misaligned", "edge_sliver", "empty_band"})


@dataclass
class Variant:
    design_id: str
    template: str
    missing_facts: list[str]
    echoed: list[str]
    colours: dict[str, float]  # word -> share of the export in its family
    subject_shown: bool
    lint: list[str]  # codes of failing findings
    png: str


@dataclass
class Result:
    id: str
    prompt: str
    format: str
    kind: str
    kind_read: str
    language: str
    facts: list[str]
    request_words: list[str]
    subject: str
    subject_in_library: bool
    seconds: float
    variants: list[Variant] = field(default_factory=list)
    error: str = ""


def _library_has(subject: str) -> bool:
    """Whether the illustration library (or, before it exists, the reader's subject table) knows `subject`."""
    subject = subject.split("|")[0].strip()  # the first of the ids that count
    if not subject:
        return False
    try:
        from aiengine.creative.art import find_subject  # type: ignore[import-not-found]
    except ImportError:
        from aiengine.creative.reading.subjects import find_subject as find
        return bool(find(subject))
    return find_subject(subject) is not None


def _logo(kit: BrandKit) -> tuple[bytes, str, str]:
    """A logo in the kit's colour on transparency: (bytes, file name, MIME type)."""
    if kit.logo_format == "svg":
        svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="240" height="120" viewBox="0 0 240 120">'
               f'<circle cx="60" cy="60" r="50" fill="{kit.logo_colour}"/>'
               f'<rect x="125" y="40" width="100" height="40" rx="8" fill="{kit.logo_colour}"/></svg>')
        return svg.encode(), f"{kit.key}.svg", "image/svg+xml"
    image = Image.new("RGBA", (240, 120), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((10, 10, 110, 110), fill=kit.logo_colour)
    draw.rounded_rectangle((125, 40, 225, 80), radius=8, fill=kit.logo_colour)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue(), f"{kit.key}.png", "image/png"


def _photo(photo: Photo) -> bytes:
    """A product photo: one object of the photo's colour on a white sweep."""
    image = Image.new("RGB", (800, 800), "#FFFFFF")
    draw = ImageDraw.Draw(image)
    colour = photo.colour
    if photo.shape == "bottle":
        draw.rounded_rectangle((320, 260, 480, 680), radius=40, fill=colour)
        draw.rectangle((360, 160, 440, 260), fill=colour)
    elif photo.shape == "mug":
        draw.rounded_rectangle((230, 280, 520, 640), radius=30, fill=colour)
        draw.ellipse((470, 360, 610, 540), outline=colour, width=36)
    elif photo.shape == "headphones":
        draw.arc((220, 160, 580, 560), 180, 360, fill=colour, width=40)
        draw.rounded_rectangle((190, 360, 290, 560), radius=30, fill=colour)
        draw.rounded_rectangle((510, 360, 610, 560), radius=30, fill=colour)
    else:
        draw.rounded_rectangle((160, 420, 660, 560), radius=60, fill=colour)
        draw.polygon([(160, 480), (300, 300), (440, 330), (470, 440)], fill=colour)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


class _Fixtures:
    """The evaluation user, its credits, brand kits and product photos, made through the apps' services."""

    def __init__(self) -> None:
        from assets.services import asset_create_from_bytes
        from brands.services import brand_create
        from radicpro.accounts.models import User
        from radicpro.billing.services import credits_grant

        self.user = User.objects.create_user(email=f"evaluate-{time.time_ns()}@example.com", password="x" * 16,
                                             full_name="Design evaluation", plan="enterprise")
        credits_grant(user=self.user, amount=1_000_000, description="design evaluation")
        self._asset = asset_create_from_bytes
        self._brand_create = brand_create
        self.brands: dict[str, str] = {}
        self.photos: dict[str, str] = {}

    def brand(self, kit: BrandKit) -> str:
        if kit.key not in self.brands:
            data, name, mime = _logo(kit)
            logo = self._asset(owner=self.user, data=data, type="logo", filename=name, mime_type=mime,
                               width=240, height=120)
            brand = self._brand_create(owner=self.user, name=kit.name, colors=dict(kit.colors),
                                       logo_asset_id=logo.pk)
            self.brands[kit.key] = brand.pk
        return self.brands[kit.key]

    def photo(self, photo: Photo) -> str:
        if photo.key not in self.photos:
            asset = self._asset(owner=self.user, data=_photo(photo), type="product", filename=f"{photo.key}.png",
                                mime_type="image/png")
            self.photos[photo.key] = asset.pk
        return self.photos[photo.key]


def _export_png(user: Any, design_id: str) -> bytes:
    from assets.selectors import asset_read_bytes
    from exports.services import ExportSpec, export_job_run, export_request

    job = export_request(owner=user, design_id=design_id, specs=[ExportSpec(format="png")])
    run = export_job_run(job=job)
    data = asset_read_bytes(asset=run.exports[0].asset)
    if data is None:
        raise RuntimeError(f"the export of {design_id} has no file")
    return data


def _kind_of(generation: Any, documents: list[dict[str, Any]], read_kind: str) -> str:
    """The kind the engine designed for: as it records it, else what the reader makes of the prompt."""
    for document in documents:
        kind = (document.get("meta") or {}).get("kind")
        if isinstance(kind, str) and kind:
            return kind
    kind = getattr(getattr(generation, "brief", None), "kind", "")
    return kind if isinstance(kind, str) and kind else read_kind


def run_case(case: Case, fixtures: _Fixtures, out: Path) -> Result:
    """Generates, exports and scores the three variants of one prompt."""
    from aiengine.services.generation import generation_job_run, generation_request
    from assets.selectors import asset_source_for
    from radicpro.api.errors import ApiError

    brief = read_brief(case.prompt, format_id=case.format)
    words = checks.request_words(case.prompt, brief.request_words, case.facts)
    result = Result(id=case.id, prompt=case.prompt, format=case.format, kind=case.kind, kind_read=brief.kind,
                    language=case.language, facts=list(case.facts), request_words=words, subject=case.subject,
                    subject_in_library=_library_has(case.subject) or case.photo is not None, seconds=0.0)
    started = time.perf_counter()
    try:
        job = generation_request(owner=fixtures.user, sandbox=False, prompt=case.prompt, format=case.format,
                                 brand_kit_id=fixtures.brand(case.brand) if case.brand else None,
                                 product_asset_id=fixtures.photo(case.photo) if case.photo else None,
                                 variants=VARIANTS)
        generation = generation_job_run(job=job)
    except ApiError as error:  # a failed generation is a result of the evaluation, not its end
        result.error = f"{type(error).__name__}: {error}"
        result.seconds = round(time.perf_counter() - started, 3)
        return result
    result.seconds = round(time.perf_counter() - started, 3)
    documents = [design.design_json for design in generation.designs]
    result.kind_read = _kind_of(generation, documents, brief.kind)
    assets = asset_source_for(user=fixtures.user)
    for number, (design, document) in enumerate(zip(generation.designs, documents, strict=True), start=1):
        png = _export_png(fixtures.user, design.pk)
        path = out / "designs" / f"{case.id}-{number}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(png)
        issues = lint_document(document, format_id=case.format, assets=assets, facts=case.facts)
        failing = [issue.code for issue in issues if issue.severity == "error" or issue.code in POLISH_CODES]
        result.variants.append(Variant(
            design_id=design.pk, template=checks.template_of(document), missing_facts=checks.missing(document, case.facts),
            echoed=checks.echoed(document, words),
            colours={colour.word: round(checks.colour_share(png, colour.hex), 3) for colour in case.expected_colours},
            subject_shown=checks.subject_shown(document, png, subject=case.subject,
                                               photo_colour=case.photo.colour if case.photo else None),
            lint=failing, png=str(path.relative_to(out))))
    return result


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _percent(hits: int, total: int) -> str:
    return f"{100 * hits / total:.1f}%" if total else "n/a"


def summarise(results: list[Result], cases: dict[str, Case]) -> list[tuple[str, str, str, str]]:
    """(metric, value, over what, target) rows of the evaluation table."""
    ran = [r for r in results if not r.error]
    variants = [v for r in ran for v in r.variants]
    fact_total = sum(len(r.facts) * len(r.variants) for r in ran)
    fact_kept = fact_total - sum(len(v.missing_facts) for v in variants)
    echoed = sum(len({word for v in r.variants for word in v.echoed}) for r in ran)
    colour_pairs = [(v.colours[c.word] >= checks.DOMINANT_SHARE) for r in ran for v in r.variants
                    for c in cases[r.id].expected_colours]
    wanted = [r for r in ran if (r.subject or cases[r.id].photo) and r.subject_in_library]
    shown = [v.subject_shown for r in wanted for v in r.variants]
    lint_ok = [not v.lint for v in variants]
    three = [len({v.template for v in r.variants}) == VARIANTS for r in ran]
    kinds = [r.kind_read == r.kind for r in results]
    distinct = len({v.template for v in variants})
    return [
        ("prompts run (generation failures)", f"{len(ran)} ({len(results) - len(ran)})", f"{len(results)} prompts", "0 failures"),
        ("facts kept", _percent(fact_kept, fact_total), f"{fact_total} facts × variants", "100%"),
        ("request words echoed", str(echoed), f"{sum(len(r.request_words) for r in ran)} request words", "0"),
        ("colours honoured", _percent(sum(colour_pairs), len(colour_pairs)), f"{len(colour_pairs)} colours × variants", ">= 95%"),
        ("subject shown (library has it)", _percent(sum(shown), len(shown)), f"{len(shown)} variants", ">= 90%"),
        ("lint pass", _percent(sum(lint_ok), len(lint_ok)), f"{len(lint_ok)} variants", "100%"),
        ("three templates per prompt", _percent(sum(three), len(three)), f"{len(three)} prompts", "100%"),
        ("kind detected", _percent(sum(kinds), len(kinds)), f"{len(kinds)} prompts", "100%"),
        ("distinct templates over the set", str(distinct), f"{len(variants)} variants", ""),
    ]


def table(rows: list[tuple[str, str, str, str]]) -> str:
    lines = ["| metric | value | over | target |", "| --- | ---: | --- | --- |"]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    return "\n".join(lines)


def _caption(result: Result, variant: Variant, number: int) -> str:
    marks = []
    if variant.missing_facts:
        marks.append(f"-{len(variant.missing_facts)} facts")
    if variant.lint:
        marks.append(",".join(sorted(set(variant.lint)))[:28])
    return f"{result.id} #{number}\n{' '.join(marks) or 'ok'}"


def run(*, out: Path, limit: int | None = None, only: str | None = None) -> dict[str, Any]:
    """Evaluates the prompt set (the first `limit` cases, or those whose id contains `only`) into `out`."""
    prompt_set = load_prompt_set()
    cases = [c for c in prompt_set.cases if not only or only in c.id][:limit]
    out.mkdir(parents=True, exist_ok=True)
    fixtures = _Fixtures()
    results = []
    for index, case in enumerate(cases, start=1):
        result = run_case(case, fixtures, out)
        results.append(result)
        status = result.error or f"{result.seconds:.2f}s"
        _say(f"[{index}/{len(cases)}] {case.id}: {status}")
    rows = summarise(results, {c.id: c for c in cases})
    lint_codes = Counter(code for r in results for v in r.variants for code in set(v.lint))
    tiles = [Tile(_caption(r, v, n), (out / v.png).read_bytes()) for r in results for n, v in enumerate(r.variants, 1)]
    sheet = write_sheet(tiles, out / "contact-sheet.png", columns=9, cell=220,
                        title=f"Design evaluation: {len(results)} prompts × {VARIANTS} variants")
    report = {"summary": [dict(zip(("metric", "value", "over", "target"), row, strict=True)) for row in rows],
              "lintFailures": dict(lint_codes.most_common()), "sheet": str(sheet),
              "results": [asdict(r) for r in results]}
    (out / "results.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    _say("\n" + table(rows))
    if lint_codes:
        _say("\nlint failures by rule (variants): " + ", ".join(f"{k} {v}" for k, v in lint_codes.most_common()))
    _say(f"\ncontact sheet: {sheet}\nper-prompt results: {out / 'results.json'}")
    return report
