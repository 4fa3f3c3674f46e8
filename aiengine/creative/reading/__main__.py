"""Print what read_brief makes of prompts: `python -m aiengine.creative.reading "prompt" ...` (or one per stdin line)."""

from __future__ import annotations

import sys

from aiengine.creative.reading import read_brief


def describe(prompt: str) -> str:
    """The brief of one prompt as a marketer would check it: kind and language, each slot, facts not placed."""
    brief = read_brief(prompt)
    lines = [f"[{brief.kind}/{brief.language}] {prompt}"]
    lines += [f"    {slot:<11} {text}" for slot, text in brief.copy.filled()]
    lines.append(f"    · subject={brief.subject!r} occasion={brief.occasion!r} moods={list(brief.moods)} "
                 f"colours={[colour.word for colour in brief.colours]} format={brief.format_hint!r}")
    placed = [text for _, text in brief.copy.filled()]
    missing = [fact.text for fact in brief.facts if not any(fact.text in text for text in placed)]
    if missing:
        lines.append(f"    !! facts in no slot: {missing}")
    return "\n".join(lines)


def main(arguments: list[str]) -> None:
    prompts = arguments or [line.strip() for line in sys.stdin if line.strip() and not line.startswith("#")]
    for prompt in prompts:
        sys.stdout.write(describe(prompt) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
