"""The prompt set of the design evaluation, read from prompts.json and checked for sense."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PROMPTS_FILE = Path(__file__).with_name("prompts.json")


@dataclass(frozen=True)
class Colour:
    """A colour the prompt names (as written) and the reference colour of its family."""

    word: str
    hex: str


@dataclass(frozen=True)
class BrandKit:
    """A brand kit the runner creates: its name, colours and a logo drawn in one colour (PNG or SVG)."""

    key: str
    name: str
    colors: dict[str, str]
    logo_format: str
    logo_colour: str
    logo_letter: str


@dataclass(frozen=True)
class Photo:
    """A product photo the runner draws and uploads: one object of one colour on white."""

    key: str
    colour: str
    shape: str


@dataclass(frozen=True)
class Case:
    """One prompt of the set with what a careful designer would make of it."""

    id: str
    kind: str
    format: str
    prompt: str
    facts: tuple[str, ...]
    colours: tuple[Colour, ...]
    subject: str
    brand: BrandKit | None = None
    photo: Photo | None = None

    @property
    def expected_colours(self) -> tuple[Colour, ...]:
        """The named colours; with a brand kit and none named, the brand's primary (the kit wins)."""
        if self.colours or self.brand is None:
            return self.colours
        return (Colour("brand primary", self.brand.colors["primary"]),)

    @property
    def language(self) -> str:
        return "hi" if any("\u0900" <= char <= "\u097f" for char in self.prompt) else "en"


@dataclass(frozen=True)
class PromptSet:
    cases: tuple[Case, ...]
    brands: dict[str, BrandKit]
    photos: dict[str, Photo]


def _brand(key: str, data: dict[str, Any]) -> BrandKit:
    logo = data["logo"]
    return BrandKit(key=key, name=data["name"], colors=dict(data["colors"]), logo_format=logo["format"],
                    logo_colour=logo["colour"], logo_letter=logo["letter"])


def load_prompt_set(path: Path = PROMPTS_FILE) -> PromptSet:
    """The cases of `path`, with their brand kits and photos resolved."""
    data = json.loads(path.read_text(encoding="utf-8"))
    brands = {key: _brand(key, value) for key, value in data["brands"].items()}
    photos = {key: Photo(key=key, colour=value["colour"], shape=value["shape"]) for key, value in data["photos"].items()}
    cases = tuple(
        Case(id=entry["id"], kind=entry["kind"], format=entry["format"], prompt=entry["prompt"],
             facts=tuple(entry["facts"]), colours=tuple(Colour(c["word"], c["hex"]) for c in entry["colours"]),
             subject=entry.get("subject") or "", brand=brands[entry["brand"]] if entry.get("brand") else None,
             photo=photos[entry["photo"]] if entry.get("photo") else None)
        for entry in data["prompts"])
    return PromptSet(cases=cases, brands=brands, photos=photos)
