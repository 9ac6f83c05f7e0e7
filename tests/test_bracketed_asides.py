"""A project in brackets right after a partner's name ("B (X-hanke)") is that partner's own part of the whole, an
aside (extract/relations.py `bracketed_after_org`): the partners the sentence lists join the project the text is
about, and the aside does not become the project later sentences speak of."""

from __future__ import annotations

from helpers import record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import Gazetteer


def _joins(gaz: Gazetteer, text: str) -> set[tuple[str, str]]:
    out = extract_document(record(text), gazetteer=gaz)
    label = {i: e.label for i, e in out.entities.items()}
    return {(label.get(f.subject, f.subject), label.get(f.object, f.object)) for f in out.facts
            if f.predicate == "participatesIn"}


def test_partners_join_the_whole_not_the_aside_after_one_of_them(gaz: Gazetteer) -> None:
    text = ("Kylät kuntoon -hanke käynnistyi keväällä 2020. Hankkeessa ovat mukana Kuopion kaupunki, "
            "Siilinjärven kunta (Kyläpolku-hanke) ja Tuusniemen kunta.")
    joins = _joins(gaz, text)
    assert not any(o == "Kyläpolku" for _s, o in joins), joins
    assert any(s.startswith("Kuopio") and o == "Kylät kuntoon" for s, o in joins), joins
