"""The document fallback (document_roles.py) takes no organisation in the elative or ablative as a party of the
document's project: "vapaaehtoisia X ry:stä" names where the people come from."""

from __future__ import annotations

from helpers import extract

_HEAD = "Hyvä Arki -hanke\n\nHyvä Arki -hanke kehittää lapsiperheiden palveluja.\n\n"


def _joiners(text: str) -> set[str]:
    ex = extract(text)
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {label[f.subject] for f in ex.facts if f.predicate == "participatesIn" and f.subject in label}


def test_volunteers_from_an_association() -> None:
    assert not _joiners(_HEAD + "Toiminnassa on mukana vapaaehtoisia Mannerheimin Lastensuojeluliitosta.\n")


def test_the_association_itself_joins() -> None:
    got = _joiners(_HEAD + "Toiminnassa on mukana myös Mannerheimin Lastensuojeluliitto.\n")
    assert got == {"Mannerheimin Lastensuojeluliitto ry"}
