"""A co-applicant ("Osahakija: X", "kanssahakijana Y") joins the project its applicant runs: the row is a
participant's (extract/fields.py) and the role noun is no applicant's (extract/relations.py ROLE_NOUNS, where
"osahakija" would otherwise end in "hakija"). Written for these tests: invented organisations."""

from __future__ import annotations

from tests.helpers import needs_voikko, record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.fields import read_fields
from welfare_kg.extract.relations import ROLE_NOUNS


def test_a_co_applicant_row_is_a_participant_row() -> None:
    kinds = {f.kind for f in read_fields("Hakija: Kajaanin kaupunki\nOsahakija: Kainuun Nuotta ry\n")}
    assert kinds == {"coordinator", "participant"}


def test_the_co_applicant_noun_is_read_before_the_applicant_noun() -> None:
    first = next(p for noun, p in ROLE_NOUNS if "osahakija".endswith(noun))
    assert first == "participatesIn"


@needs_voikko
def test_a_co_applicant_in_a_sentence_does_not_run_the_project() -> None:
    text = ("Hyvän arjen hanke\n\nHankkeen hakijana toimii Kajaanin kaupunki. "
            "Hankkeen osahakijana on Kainuun Nuotta ry. Hanke alkaa syksyllä.")
    ex = extract_document(record(text, kind="news"))
    runners = {ex.entities[f.subject].label for f in ex.facts
               if f.predicate == "coordinates" and f.subject in ex.entities}
    assert not any("Nuotta" in r for r in runners)


@needs_voikko
def test_a_co_applicant_row_of_a_minutes_item_joins_the_project() -> None:
    text = ("MAAKUNNAN YHTEISTYÖRYHMÄN SIHTEERISTÖ\nPöytäkirja 4/2025\n\n"
            "§ 12 Arjen taidot - Osaamista kylille / ESR\n\n"
            "Asian esittely\nHakija: Kajaanin kaupunki\nOsahakija: Kainuun Nuotta ry\n"
            "Rahoittaja: Kainuun ELY-keskus\nToteutusaika: 1.1.2026–31.12.2027\n\n"
            "Päätösehdotus: Sihteeristö puoltaa hankkeen rahoittamista.\n\nPäätös: Hyväksyttiin.\n")
    ex = extract_document(record(text, kind="minutes"))
    label = {iri: e.label for iri, e in ex.entities.items()}
    joined = {label.get(f.subject, "") for f in ex.facts if f.predicate == "participatesIn"}
    assert any("Nuotta" in j for j in joined)
