"""Lists of grants: one funds fact per listed recipient with that recipient's own total.

Sentences are written for these tests. The funder is the one the list's opening
sentence names, or (passive opening) the ministry the text has said pays; never one
invented for a list that has none.
"""

from __future__ import annotations

from decimal import Decimal

from tests.helpers import record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.model import Extraction
from welfare_kg.ontology.namespace import ID


def funds(ex: Extraction) -> set[tuple[str, str, Decimal | None]]:
    return {(f.subject.removeprefix(ID), f.object.removeprefix(ID), f.amount) for f in ex.facts
            if f.predicate == "funds"}


def label_of(ex: Extraction, iri: str) -> str:
    return ex.entities[ID + iri].label


MINUTES = """Kaupunginhallitus 5.2.2024 § 7

Kaupunginhallitus päätti myöntää järjestöavustuksia vuodelle 2024 seuraavasti:

- Mäntykylän Nuorisoseura ry 12 400 euroa (vuokrakustannuksiin 4 400 euroa ja palkkoihin 8 000 euroa)

- Rantakylän Kotiseutuyhdistys ry 3 250 euroa

- Pihlajamäen Pesis Oy 900 euroa (välineisiin)

Päätös on lopullinen.

Ryhmä sai lisäksi 500 euroa.
"""


def test_grant_list_in_minutes_gives_each_recipient_its_total() -> None:
    ex = extract_document(record(MINUTES, kind="minutes"))
    got = {(label_of(ex, o), a) for s, o, a in funds(ex)}
    assert got == {("Mäntykylän Nuorisoseura ry", Decimal(12400)), ("Rantakylän Kotiseutuyhdistys ry", Decimal(3250)),
                   ("Pihlajamäen Pesis Oy", Decimal(900))}  # the list ends at the first line that is not a list line
    funders = {s for s, _o, _a in funds(ex)}
    assert len(funders) == 1 and next(iter(funders)).startswith("body/")


PASSIVE = """Valtioneuvosto ja sosiaali- ja terveysministeriö rahoittavat kehittämistä. Sosiaali- ja terveysministeriö
maksaa avustukset.

Valtionavustus myönnetään vuonna 2025 alla olevan mukaisesti:

• Pohjois-Savon hyvinvointialue 1 250 000 euroa
• Kainuun hyvinvointialue 640 500 euroa
"""


def test_passive_list_takes_the_paying_ministry() -> None:
    ex = extract_document(record(PASSIVE))
    got = {(s, label_of(ex, o), a) for s, o, a in funds(ex) if a is not None}
    assert got == {("ministry/stm", "Pohjois-Savon hyvinvointialue", Decimal(1250000)),
                   ("ministry/stm", "Kainuun hyvinvointialue", Decimal(640500))}


def test_list_without_a_named_payer_invents_no_funder() -> None:
    text = "Avustuksia myönnetään seuraavasti:\n\n• Kainuun hyvinvointialue 640 500 euroa\n"
    assert not funds(extract_document(record(text)))


def test_recipient_of_a_project_grant_runs_the_project() -> None:
    text = ("Maakuntahallitus myönsi rahoitusta seuraaville hankkeille:\n\n"
            " • Kajaanin kaupungille myönnetään hankkeeseen ”Kesä kaupungissa” 18 000 euroa.\n")
    ex = extract_document(record(text))
    proj = next(e.iri.removeprefix(ID) for e in ex.entities.values() if e.type == "Project")
    assert ("municipality/205", "coordinates", proj) in {
        (f.subject.removeprefix(ID), f.predicate, f.object.removeprefix(ID)) for f in ex.facts}
    assert any(o == proj and a == Decimal(18000) for _s, o, a in funds(ex))


def test_amounts_in_the_sentence_after_a_grant_belong_to_it() -> None:
    text = ("Ikäystävällinen kunta -ohjelmaa toteutetaan kehittämishankkeissa, joihin sosiaali- ja terveysministeriö "
            "on myöntänyt valtionavustuksia. Valtionavustuksia myönnettiin 12 miljoonaa euroa vuonna 2023 ja "
            "8,5 miljoonaa euroa vuonna 2024.")
    ex = extract_document(record(text))
    amounts = {a for s, _o, a in funds(ex) if s == "ministry/stm"}
    assert {Decimal(12000000), Decimal(8500000)} <= amounts


def test_amounts_without_a_grant_just_before_take_no_funder() -> None:
    text = ("Sosiaali- ja terveysministeriö on myöntänyt valtionavustuksia Ikäystävällinen kunta -ohjelmaan. "
            "Ohjelma kestää kolme vuotta. Avustuksia myönnettiin 12 miljoonaa euroa.")
    assert all(a is None for _s, _o, a in funds(extract_document(record(text))))


def test_swedish_passive_grant_subject_receives_and_runs_the_project() -> None:
    text = ("Kajaanin kaupunki har beviljats statsunderstöd för projektet Trygg vardag i Kajaani. "
            "Projektet beviljades enligt beslutet av social- och hälsovårdsministeriet 450 000 euro.")
    ex = extract_document(record(text))
    got = funds(ex)
    assert not any(s == "municipality/205" for s, _o, _a in got)  # the subject of "har beviljats" is no funder
    assert any(s == "ministry/stm" and a == Decimal(450000) for s, _o, a in got)
    assert any(f.subject.removeprefix(ID) == "municipality/205" and f.predicate == "coordinates" for f in ex.facts)


def test_project_words_with_a_grant_word_inside_are_no_grant() -> None:
    text = "Alueellisia valtionavustushankkeita tukee Terveyden ja hyvinvoinnin laitos."
    assert not funds(extract_document(record(text)))


def test_swedish_active_grant_subject_funds_the_project_it_names() -> None:
    text = ("Social- och hälsovårdsministeriet har beviljat Kainuun hyvinvointialue sammanlagt 2 400 000 euro i "
            "statsunderstöd för att genomföra projektet Trygg vardag i Kajaani.")
    got = funds(extract_document(record(text)))
    assert any(s == "ministry/stm" and a == Decimal(2400000) for s, _o, a in got)
    assert not any(s.startswith("wellbeing-county/") for s, _o, _a in got)


def test_a_run_on_transcript_line_ties_no_distant_names() -> None:
    """A table of contents read as one "sentence": a funding word far from two names joins nothing."""
    filler = " ".join(f"Asia {i} Kokouksen järjestäytyminen ja laillisuus" for i in range(12))
    text = (f"KÄSITELTÄVÄT ASIAT Valtiovarainministeriön kirje {filler} Aluehallinnon uudistus -hanke "
            f"{filler} rahoitus talousarvio")
    assert not funds(extract_document(record(text, kind="minutes")))
