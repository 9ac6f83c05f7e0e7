"""A memo lists its attendants under labels, a town's name first ("Esimerkkilä: Kunnanjohtaja A") and then groups
that are no organisation ("Sihteeristö: Talousjohtaja B"). The town's rows end at the next label: B's title is no
post in the town. Invented places, people and memo."""

from __future__ import annotations

from helpers import needs_voikko, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer


@needs_voikko
def test_a_later_group_label_closes_the_towns_rows() -> None:
    text = ("Muistio Yhdistymisselvityksen johtoryhmän kokous Läsnä: Kajaani: Kaupunginjohtaja Aino Koskela "
            "Sotkamo: Kunnanjohtaja Eero Salminen Sihteeristö: Talousjohtaja Liisa Puronen Kehityspäällikkö "
            "Olli Mäkelä\n")
    out = extract_document(record(text, kind="news"), gazetteer=reference_gazetteer())
    label = {i: e.label for i, e in out.entities.items()}
    posts = {(label.get(f.subject), label.get(f.object)) for f in out.facts if f.predicate == "holdsPost"}
    assert ("Eero Salminen", "Sotkamo") in posts, posts
    assert not any(p in {"Liisa Puronen", "Olli Mäkelä"} for p, _ in posts), posts
