"""A national or EU programme of the reference data covers no area a sentence places it in (coversArea from a
known, area-less Programme).

The programmes of data/programmes.csv that name no area of their own are national or EU frames (Työkykyohjelma,
ESR, Kestävää kasvua ja työtä). A sentence that places a programme in an area ("Kuopion kaupunki toteuttaa
työkykyohjelman hankkeita Pohjois-Savossa", "programmet för arbetsförmåga ... i Vasa och Närpes") places the
project or the actor that runs the programme's work there, never the whole frame: the sentence rules take the
nearest undertaking for what is placed, and where the project has no name of its own that is the programme. A
programme the document itself names with its area ("Pohjois-Savon kehittämisrahasto", a regional fund minted
from the text) is not in the reference data and is left alone, as are reference programmes with a stated area.
"""

from __future__ import annotations

from collections.abc import Mapping

from welfare_kg.extract.gazetteer import Gazetteer
from welfare_kg.extract.model import Entity, Fact

RULE_SCOPE = "coversArea"


def programme_areas_dropped(facts: list[Fact], entities: Mapping[str, Entity], gaz: Gazetteer | None) -> list[Fact]:
    """The facts without coversArea from a known programme that the reference data gives no area."""
    if gaz is None:
        return facts

    def wrong(f: Fact) -> bool:
        if f.predicate != RULE_SCOPE:
            return False
        subject = entities.get(f.subject)
        known = gaz.entities.get(f.subject)
        return (subject is not None and subject.type == "Programme" and known is not None
                and known.type == "Programme" and not known.areas)
    return [f for f in facts if not wrong(f)]
