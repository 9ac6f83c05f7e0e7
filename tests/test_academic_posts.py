"""Posts at universities of the people an academic rank names (extract/academic_posts.py). All names invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import MORPH, needs_voikko
from welfare_kg.extract.academic_posts import RULE, rank
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def posts(text: str) -> set[tuple[str, str, str]]:
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt"))
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {(label[f.subject], label.get(f.object, f.object), f.rule) for f in ex.facts if f.predicate == "holdsPost"}


@pytest.mark.parametrize(("text", "person", "university"), [
    ("Tutkimusta johtaa Oulun yliopiston professori Veikko Harjuniemi.", "Veikko Harjuniemi", "Oulun yliopisto"),
    ("Oulun yliopistossa hanketta vetävä professori Veikko Harjuniemi esitteli tulokset.", "Veikko Harjuniemi",
     "Oulun yliopisto"),
    ("Hankkeeseen palkattiin Vaasan yliopistosta tutkijatohtori Sari Lepistö.", "Sari Lepistö", "Vaasan yliopisto"),
    ("Työryhmään kutsutaan Oulun yliopiston edustajana sosiaalityön professori Veikko Harjuniemi.",
     "Veikko Harjuniemi", "Oulun yliopisto"),
])
def test_a_rank_before_the_name_posts_the_person_at_the_university(text: str, person: str, university: str) -> None:
    assert (person, university, RULE) in posts(text)


def test_the_genitive_before_the_rank_chooses_between_two_universities() -> None:
    found = posts("Vaasan yliopiston dosentti Sari Lepistö ja Oulun yliopiston professori Veikko Harjuniemi "
                  "kirjoittivat raportin.")
    assert ("Sari Lepistö", "Vaasan yliopisto", RULE) in found
    assert ("Veikko Harjuniemi", "Oulun yliopisto", RULE) in found
    assert ("Sari Lepistö", "Oulun yliopisto", RULE) not in found


@pytest.mark.parametrize("text", [
    "Juhani Pelkonen, emeritusprofessori, puhui Oulun yliopiston tilaisuudessa.",  # retired: no post
    "Professori Veikko Harjuniemi puhui seminaarissa kunnan tiloissa.",  # no university named
    "Oulun yliopisto ja Vaasan yliopisto järjestivät seminaarin, jonka avasi professori Veikko Harjuniemi.",
])
def test_no_post_without_a_rank_or_a_university_to_choose(text: str) -> None:
    assert not any(rule == RULE for _, _, rule in posts(text))


def test_ranks_in_finnish_and_swedish() -> None:
    assert rank("professori", MORPH) == "professori"
    assert rank("arbetslivsprofessorn", MORPH) == "arbetslivsprofessor"
    assert rank("specialforskaren", MORPH) == "specialforskare"
    assert rank("emeritusprofessori", MORPH) is None
    assert rank("puheenjohtaja", MORPH) is None


def test_a_research_institutes_genitive_before_a_rank_is_the_researchers_employer() -> None:
    found = posts("Seminaarissa puhui Työterveyslaitoksen tutkimusprofessori Veikko Harjuniemi työhyvinvoinnista.")
    assert any(p == "Veikko Harjuniemi" and o == "Työterveyslaitos" for p, o, _ in found), found


def test_a_research_institute_named_elsewhere_in_the_sentence_employs_no_ranked_person() -> None:
    found = posts("Professori Veikko Harjuniemi arvioi Työterveyslaitoksen uusia tilastoja.")
    assert not any(p == "Veikko Harjuniemi" and o == "Työterveyslaitos" for p, o, _ in found), found
