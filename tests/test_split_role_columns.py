"""A meeting role split in two by a transcript, in a column of roles after the signatures: extract/posts.py
(column_roles, _rejoin_split_roles)."""

from __future__ import annotations

from tests.helpers import extract, needs_voikko

HEAD = ("LEPOLAN KUNTA PÖYTÄKIRJA 3/2016 Kunnanvaltuusto Aika klo 18:00-20:10 Paikka kunnantalo Läsnä: "
        "Harju Pekka kunnanjohtaja Salo Maija hallintosihteeri Pöytäkirjan allekirjoitus ja varmennus ")


def _seats(text: str) -> set[tuple[str, str]]:
    ex = extract(text, "minutes")
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {(label[f.subject], f.post or "") for f in ex.facts if f.rule == "holdsPost:listed-column"}


@needs_voikko
def test_a_role_word_split_in_two_still_counts_in_the_column() -> None:
    text = HEAD + ("Ville Koski Anna Mäki Maija Salo puheenjohtaja puheenjohtaja 17 pöytä kirjanpitäjä "
                   "Käsitellyt asiat")
    people = {person for person, _ in _seats(text)}
    assert {"Ville Koski", "Anna Mäki"} <= people


def test_two_words_that_make_no_role_stay_apart() -> None:
    from welfare_kg.extract.posts import _rejoin_split_roles

    assert _rejoin_split_roles("puheenjohtaja pöytä kirjanpitäjä") == "puheenjohtaja pöytäkirjanpitäjä"
    assert _rejoin_split_roles("jäsen talous johtaja") == "jäsen talous johtaja"
