"""Receivers marked by grammar in a granter's grant news (extract/received_grants.py).

The texts are written for these tests: a real ministry or foundation as the giver and invented associations and
projects as receivers, the run-together list of the agent participle, the same list split into lines, another
giver's name, and texts where a genitive before a grant is the giver ("X:n myöntämä", a lone "X:n apuraha").
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from helpers import needs_voikko

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.received_grants import CLAUSE_RULE, PARTICIPLE_RULE
from welfare_kg.loaders import load_document


def _grants(tmp_path: Path, text: str) -> set[tuple[str, str, Decimal | None]]:
    doc = tmp_path / "uutinen.txt"
    doc.write_text(text, encoding="utf-8")
    ex = extract_document(load_document(doc))
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {(label[f.subject], label[f.object], f.amount) for f in ex.facts
            if f.rule in {PARTICIPLE_RULE, CLAUSE_RULE, "funds:fronted-receivers"}}  # the sentence rule of the clause


_LEAD = ("Avustuksia nuorisotyön kehittämiseen\n"
         "Sosiaali- ja terveysministeriö on myöntänyt 900 000 euroa nuorisotyön kehittämiseen. ")
_FILLER = ("Hakemuksia tuli yli sata. Niistä hylättiin puolet. Päätökset tehtiin syyskuussa. "
           "Hankkeet alkavat vuoden alussa. ")


@needs_voikko
def test_the_participle_of_receiving_and_the_items_coordinated_with_it(tmp_path: Path) -> None:
    text = (_LEAD + "Suurimmat avustukset olivat Hämeen Nuorisoseurat ry:n saama 90 000 euron avustus, "
            "Kainuun Partiolaiset ry:n 60 000 euron avustus sekä Lapin Setlementti ry:n 45 000 avustus.\n")
    got = {(o, a) for _, o, a in _grants(tmp_path, text)}
    assert got == {("Hämeen Nuorisoseurat ry", Decimal(90000)), ("Kainuun Partiolaiset ry", Decimal(60000)),
                   ("Lapin Setlementti ry", Decimal(45000))}


@needs_voikko
def test_a_receiving_clause_with_its_object_first_lists_receivers(tmp_path: Path) -> None:
    # a town's unit whose own name recognition does not know, in the genitive-headed item, stands for the town
    text = (_LEAD + _FILLER + "Seuraavaksi suurimmat avustukset saivat Sodankylän kunnan Nuorisotalo Kipinä, "
            "Kainuun Partiolaiset ry sekä Lapin Setlementti ry.\n")
    got = {o for _, o, _ in _grants(tmp_path, text)}
    assert got == {"Kainuun Partiolaiset ry", "Lapin Setlementti ry", "Sodankylä"}
    # the items in another order, another town: a name inside an item is not the item's receiver
    moved = (_LEAD + _FILLER + "Avustukset saivat Kainuun Partiolaiset ry, Kemijärven kaupungin Nuorisotalo Kipinä "
             "sekä Väärinmajan kotitalousseura Ruovesi.\n")
    assert {o for _, o, _ in _grants(tmp_path, moved)} == {"Kainuun Partiolaiset ry", "Kemijärvi",
                                                          "Väärinmajan kotitalousseura"}


@needs_voikko
def test_a_giving_participle_a_lone_genitive_or_another_giver_is_no_receiver(tmp_path: Path) -> None:
    text = (_LEAD
            # the giving participle: the genitive gives
            + "Hämeen Nuorisoseurat ry:n myöntämä 5 000 euron avustus jaettiin kerhoille. "
            # a lone genitive before a sum: the money's owner, with no participle of receiving beside it
            + "Kainuun Partiolaiset ry:n 3 000 euron avustus jaetaan leireille. "
            # another giver named in the sentence: the sentence rules' to read
            + "Lapin Setlementti ry:n saama 20 000 euron tuki tuli Kelalta. "
            # a participle of receiving before no word of grant
            + "Sodankylän kunnan saama palaute oli myönteistä.\n")
    assert _grants(tmp_path, text) == set()


@needs_voikko
def test_no_granter_in_the_opening_gives_no_fact(tmp_path: Path) -> None:
    text = ("Kesän leirit\n\nLeirejä järjestettiin kymmenen. Hämeen Nuorisoseurat ry:n saama 90 000 euron avustus "
            "käytettiin leireihin.\n")
    assert _grants(tmp_path, text) == set()
