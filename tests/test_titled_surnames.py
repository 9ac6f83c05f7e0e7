"""A title and a surname alone name a person by the surname: invented sentences."""

from __future__ import annotations

from helpers import needs_voikko, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer


def _entities(text: str) -> dict[str, str]:
    out = extract_document(record(text, kind="news"), gazetteer=reference_gazetteer())
    return {e.label: e.type for e in out.entities.values()}


@needs_voikko
def test_a_title_before_a_word_read_only_as_a_surname_names_a_person_in_base_form() -> None:
    assert _entities("Peruspalveluministeri Hyssälän päätöksellä ministeriö rahoittaa hanketta.").get("Hyssälä") \
        == "Person"
    assert _entities("Toiminnanjohtaja Virtanen kertoo hankkeesta.").get("Virtanen") == "Person"


@needs_voikko
def test_a_common_word_a_place_or_a_known_surname_is_no_new_person() -> None:
    assert "Kiuru" not in _entities("Ministeri Kiuru totesi, että uudistus etenee.")  # kiuru: a lark too
    assert _entities("Puheenjohtaja Salo avasi kokouksen.").get("Salo") != "Person"  # a town too
    people = [k for k, v in _entities("Toiminnanjohtaja Matti Virtanen kertoo. Toiminnanjohtaja Virtanen jatkaa.")
              .items() if v == "Person"]
    assert people == ["Matti Virtanen"]  # the surname repeats the full name
