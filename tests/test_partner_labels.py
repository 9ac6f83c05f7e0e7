"""A form flattened into one sentence: the partners' label ("Yhteistyökumppanit kylän sisällä: A, B") says who joins,
and the names before it stand in other fields (a budget row's donors and funders), so they join nothing
(extract/relations.py `cue_label_end`, read by the sentence rule and by extract/document_roles.py)."""

from __future__ import annotations

from helpers import record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import Gazetteer

FORM = ("Kivikylän kohtaamispaikka -hanke. Hankkeen kustannukset Oma rahoitus (lahjoitukset Kivikylän seura ry:lle "
        "sekä kahvilan tuotot) Muu rahoitus Raha-automaattiyhdistys Yhteistyökumppanit kylän sisällä: Kivikylän "
        "nuorisoseura ry ja Kivikylän kyläyhdistys ry")


def _joins(gaz: Gazetteer, text: str) -> set[str]:
    out = extract_document(record(text), gazetteer=gaz)
    label = {i: e.label for i, e in out.entities.items()}
    return {label.get(f.subject, f.subject) for f in out.facts if f.predicate == "participatesIn"}


def test_names_before_the_partners_label_join_nothing(gaz: Gazetteer) -> None:
    joins = _joins(gaz, FORM)
    assert {"Kivikylän nuorisoseura ry", "Kivikylän kyläyhdistys ry"} <= joins, joins
    assert not joins & {"Kivikylän seura ry", "Raha-automaattiyhdistys"}, joins


def test_a_joining_clause_before_a_colon_is_no_label(gaz: Gazetteer) -> None:
    text = "Arjen tuki -hanke alkoi. Kuopion kaupunki on mukana hankkeessa seuraavasti: kaksi työntekijää."
    assert any(s.startswith("Kuopio") for s in _joins(gaz, text))
    # a name with capitals between the joining verb and the colon makes no label either
    text = "Kuopion kaupunki osallistuu Arjen tuki -hankkeeseen seuraavasti: kaksi työntekijää."
    assert any(s.startswith("Kuopio") for s in _joins(gaz, text))


def test_a_heading_in_small_letters_before_the_label_still_opens_it(gaz: Gazetteer) -> None:
    text = FORM.replace("Yhteistyökumppanit kylän sisällä:", "Hankkeen yhteistyökumppanit Yhteistyökumppanit kylässä:")
    joins = _joins(gaz, text)
    assert "Kivikylän nuorisoseura ry" in joins, joins
    assert not joins & {"Kivikylän seura ry", "Raha-automaattiyhdistys"}, joins
