"""Runs the evaluated conversations through the API, checks them, and writes transcripts and a sheet."""

from __future__ import annotations

import html
import json
import time
from pathlib import Path
from typing import Any

from rest_framework.test import APIClient

from aiengine.evaluate.sheet import Tile, write_sheet
from assets.selectors import asset_read_bytes
from designs.models import Design
from radicpro.accounts.models import User
from radicpro.billing.selectors import credit_balance
from radicpro.billing.services import credits_grant

from .checks import TurnRecord, conversation_failures
from .conversations import CONVERSATIONS

TRANSCRIPTS = 10
START_CREDITS = 400


def _user(case_id: str) -> User:
    user = User.objects.create_user(f"{case_id}@eval.radic.test", "evaluation-password-1")
    credits_grant(user=user, amount=START_CREDITS, description="evaluation")
    return user


def _document(design_id: str | None) -> dict[str, Any] | None:
    if not design_id:
        return None
    design = Design.objects.filter(pk=design_id).first()
    return dict(design.design_json) if design is not None else None


def run_conversation(case: dict[str, Any]) -> dict[str, Any]:
    """One conversation, turn by turn through POST /v1/ai/chat(/{id}/message); its records and checks."""
    user = _user(case["id"])
    client = APIClient()
    client.force_authenticate(user)
    chat_id, in_hand, records, made, first_made = None, None, [], [], []
    for message in case["turns"]:
        before = _document(in_hand)
        url = "/v1/ai/chat" if chat_id is None else f"/v1/ai/chat/{chat_id}/message"
        response = client.post(url, {"message": message}, format="json")
        envelope = response.json()
        if response.status_code != 200:
            records.append(TurnRecord(message, f"[{response.status_code}] {envelope.get('error')}", None, []))
            continue
        body = envelope["data"]
        chat_id = body["chatId"]
        ids = [item["id"] for item in body["designs"]]
        designs = list(Design.objects.filter(pk__in=ids))
        new = [design for design in designs if design.pk not in {d["id"] for d in made}]
        if new and body.get("patch") is None:
            made.extend({"id": design.pk, "json": design.design_json} for design in new)
            first_made = first_made or [design.design_json for design in new]
        in_hand = ids[0] if ids else in_hand
        records.append(TurnRecord(
            message, body["reply"], body["state"].get("awaiting"), ids if body.get("patch") is None else [],
            formats=sorted({design.format for design in new}) if body.get("patch") is None else [],
            before=before, after=_document(in_hand) if body.get("patch") is not None else None,
            logo=any("logoStyle" in (design.design_json.get("meta") or {}) for design in new)))
    failures = conversation_failures(case, records, balance=credit_balance(user=user),
                                     made=[item["json"] for item in made], first_made=first_made)
    return {"id": case["id"], "records": records, "failures": failures, "design_ids": [d["id"] for d in made]}


def _thumbnail(design_id: str) -> bytes | None:
    design = Design.objects.select_related("thumbnail").filter(pk=design_id).first()
    if design is None or design.thumbnail is None:
        return None
    return asset_read_bytes(asset=design.thumbnail)


def _write_transcripts(results: list[dict[str, Any]], out: Path) -> Path:
    """Ten conversations as an HTML page with their designs' thumbnails, and a sheet of those thumbnails."""
    out.mkdir(parents=True, exist_ok=True)
    chosen = [result for result in results if result["design_ids"]][:TRANSCRIPTS]
    tiles, sections = [], []
    for result in chosen:
        turns = []
        for record in result["records"]:
            turns.append(f"<p><b>User:</b> {html.escape(record.message)}<br><b>Assistant:</b> "
                         f"{html.escape(record.reply)}</p>")
        images = []
        for design_id in result["design_ids"]:
            png = _thumbnail(design_id)
            if png is None:
                continue
            (out / f"{design_id}.png").write_bytes(png)
            images.append(f'<img src="{design_id}.png" height="220">')
            tiles.append(Tile(f"{result['id']}\n{design_id[-8:]}", png))
        status = "passed" if not result["failures"] else "failed: " + "; ".join(result["failures"])
        sections.append(f"<section><h2>{html.escape(result['id'])} — {html.escape(status)}</h2>"
                        f"{''.join(turns)}<div>{''.join(images)}</div></section>")
    page = out / "transcripts.html"
    page.write_text("<!doctype html><meta charset=utf-8><title>Assistant transcripts</title>"
                    "<body style='font-family:sans-serif;max-width:1100px'>" + "".join(sections), "utf-8")
    if tiles:
        write_sheet(tiles, out / "transcripts-sheet.png", columns=6, title="Assistant conversations: designs")
    return page


def run_all(*, out: Path, only: list[str] | None = None) -> int:
    """Runs the set (or the `only` ids), prints a table and the pass rate, writes the artifacts.
    Exit code 0 when at least 90% of the conversations pass."""
    cases = [case for case in CONVERSATIONS if not only or case["id"] in only]
    results, started = [], time.perf_counter()
    for case in cases:
        result = run_conversation(case)
        results.append(result)
        mark = "ok  " if not result["failures"] else "FAIL"
        print(f"{mark} {case['id']:<24} {'; '.join(result['failures'])[:150]}", flush=True)
    passed = sum(1 for result in results if not result["failures"])
    repeats = sum(1 for result in results for failure in result["failures"] if "repeats" in failure)
    redundant = sum(1 for result in results for failure in result["failures"] if "was given" in failure)
    rate = passed / max(1, len(results))
    page = _write_transcripts(results, out)
    (out / "results.json").write_text(json.dumps(
        [{"id": r["id"], "failures": r["failures"], "turns": [[t.message, t.reply] for t in r["records"]]}
         for r in results], ensure_ascii=False, indent=1), "utf-8")
    print(f"\nconversations passed: {passed}/{len(results)} ({rate:.0%}, target >= 90%)")
    print(f"replies repeating the previous one: {repeats} (target 0)")
    print(f"questions for something already said: {redundant} (target 0)")
    print(f"transcripts: {page}  sheet: {out / 'transcripts-sheet.png'}  "
          f"({time.perf_counter() - started:.0f} s)")
    return 0 if rate >= 0.9 else 1
