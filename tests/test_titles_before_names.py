"""The title before a name that the rules for officials with no organisation share (extract/titles_before_names.py).
Invented names."""

from __future__ import annotations

import re

from welfare_kg.extract.model import Mention
from welfare_kg.extract.titles_before_names import title_before

_PATTERN = re.compile(r"(?<![\w-])(?P<title>(?:[A-ZÅÄÖa-zåäö][a-zåäö-]*n[ \t]+){0,3}[A-ZÅÄÖa-zåäö][a-zåäö-]+)[ \t]+$")


def _person(text: str, name: str) -> Mention:
    at = text.index(name)
    return Mention(start=at, end=at + len(name), surface=name, label=name, type="Person")


def test_the_title_its_modifiers_and_where_it_starts() -> None:
    text = "Asiaa selosti\nsanoi kun liikuntatoimen ylitarkastaja Veera Vuolas kertoi"
    found = title_before(text, _person(text, "Veera Vuolas"), _PATTERN, 80, {"kun"})
    assert found is not None
    assert found.words == ["liikuntatoimen", "ylitarkastaja"]  # "kun" ends in -n but is no genitive
    assert text[found.start:found.end] == "liikuntatoimen ylitarkastaja"
    assert found.line_start == text.index("sanoi")


def test_nothing_from_the_line_before_or_past_the_reach() -> None:
    text = "perusturvajohtaja\nVeera Vuolas esittää"
    assert title_before(text, _person(text, "Veera Vuolas"), _PATTERN, 80, set()) is None
    text = "perusturvajohtaja Veera Vuolas"
    assert title_before(text, _person(text, "Veera Vuolas"), _PATTERN, 5, set()) is None


def test_the_post_keeps_the_modifiers_before_the_title_nouns_base_form() -> None:
    text = "kertoo Liikuntatoimen ylitarkastajana Veera Vuolas"
    found = title_before(text, _person(text, "Veera Vuolas"), _PATTERN, 80, set())
    assert found is not None
    assert found.post_text("ylitarkastaja") == "liikuntatoimen ylitarkastaja"
