"""A title owned by a capitalised genitive nobody recognised keeps the sentence's other organisations out.

"..., konstaterar Pakuion Österbottens verksamhetsledare X": the owner is written (an association no list holds), so
the town the quote names is not X's employer. The texts and their organisations are invented.
"""

from __future__ import annotations

from pathlib import Path

from helpers import MORPH, needs_voikko, posts

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.model import Mention
from welfare_kg.extract.unread_owners import unread_owner
from welfare_kg.loaders import load_document


def _person(text: str, name: str) -> Mention:
    at = text.index(name)
    return Mention(start=at, end=at + len(name), surface=name, label=name, type="Person", iri="p")


@needs_voikko
def test_unread_owner_before_the_title() -> None:
    text = "Pengarna räcker långt, konstaterar Pakuion Österbottens verksamhetsledare Mats Holmberg."
    assert unread_owner(_person(text, "Mats Holmberg"), [], text, MORPH)
    fi = "Avustus tuli tarpeeseen, kertoo Kylätalo Revun toiminnanjohtaja Anna Lehtola."
    assert unread_owner(_person(fi, "Anna Lehtola"), [], fi, MORPH)


@needs_voikko
def test_known_owners_and_common_nouns_are_no_unread_owner() -> None:
    # guard: an owner the recogniser read is left to the rules that read owners
    text = "Pengarna räcker långt, konstaterar Pakuion Österbottens verksamhetsledare Mats Holmberg."
    a = text.index("Pakuion")
    known = Mention(start=a, end=a + len("Pakuion Österbottens"), surface="Pakuion Österbottens",
                    label="Pakuion Österbotten", type="Association", iri="assoc")
    assert not unread_owner(_person(text, "Mats Holmberg"), [known], text, MORPH)
    # guard: a kind word or a common noun opening the sentence is no name
    for fi in ("Hankkeen projektipäällikkö Anna Lehtola aloittaa syksyllä.",
               "Yhdistyksen toiminnanjohtaja Anna Lehtola kiitti tukijoita."):
        assert not unread_owner(_person(fi, "Anna Lehtola"), [], fi, MORPH)
    # guard: no genitive before the title
    plain = "Tukea myönnettiin, kertoo toiminnanjohtaja Anna Lehtola."
    assert not unread_owner(_person(plain, "Anna Lehtola"), [], plain, MORPH)


@needs_voikko
def test_quoted_town_is_not_the_employer(tmp_path: Path) -> None:
    doc = tmp_path / "n_sv_pakuion.txt"
    doc.write_text(
        "Finansieringsram för Österbotten\n\n"
        "– Med 3,6 miljoner euro får vi många goda projekt finansierade i landskapet Österbotten och Karleby stad, "
        "konstaterar Pakuion Österbottens verksamhetsledare Mats Holmberg.\n", encoding="utf-8")
    ex = extract_document(load_document(doc))
    held = posts(ex)
    assert not any(who == "Mats Holmberg" for who, _ in held)
