"""A town right before a capitalised word no rule read opens an unknown name: the name's bearer gives, not the town."""

from __future__ import annotations

from helpers import ID, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer


def _givers(text: str) -> set[str]:
    out = extract_document(record(text), gazetteer=reference_gazetteer())
    label = {iri: min(e.labels) for iri, e in out.entities.items()}
    return {label.get(f.subject, f.subject.removeprefix(ID)) for f in out.facts if f.predicate == "funds"}


def test_a_town_opening_an_unread_name_is_no_giver_of_the_opening() -> None:
    text = ("Paimion Kultakukalta 20 000 euroa paikalliseen toimintaan\n\n"
            "Paimion Kultakukka lahjoittaa 20 000 euroa paikallisille toimijoille juhlavuotensa kunniaksi.\n\n"
            "Seuraavat kohteet saavat kukin 2 000 euron lahjoituksen:\n\n"
            "  • Paimion partiolaiset ry, Paimio\n"
            "  • Kotikulman kerho, Paimio\n"
            "  • Kirkkomäen kyläyhdistys ry, Paimio\n")
    assert "Paimio" not in _givers(text)


def test_a_town_granting_in_its_own_name_still_gives() -> None:
    text = ("Avustukset 2024\n\n"
            "Paimion kaupunki myönsi avustuksia paikallisille yhdistyksille.\n\n"
            "Paimion partiolaiset ry sai 2 000 euroa leiritoimintaan. Kirkkomäen kyläyhdistys ry sai 1 500 euroa "
            "kylätalon korjaukseen.\n")
    assert any(g.startswith("Paimio") for g in _givers(text))
