"""A title that says its organisation's kind, held in the page's one organisation of that kind
(extract/kind_titles.py). The pages are written for these tests: invented companies, parishes and people.
"""

from __future__ import annotations

from pathlib import Path

from helpers import needs_voikko

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.kind_titles import RULE
from welfare_kg.loaders import load_document


def _posts(tmp_path: Path, text: str) -> set[tuple[str, str, str | None]]:
    doc = tmp_path / "uutinen.txt"
    doc.write_text(text, encoding="utf-8")
    ex = extract_document(load_document(doc))
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {(label[f.subject], label[f.object], f.post) for f in ex.facts if f.rule == RULE}


@needs_voikko
def test_a_quoted_managing_director_works_in_the_page_s_one_company(tmp_path: Path) -> None:
    text = ("Rantalan Osuuspankki lahjoitti 5 000 euroa kylän nuorisotyöhön. Lahjoitus jaetaan kolmelle kohteelle. "
            "Kohteet valittiin yhdessä.\n\n"
            "– Haluamme tukea paikallista toimintaa, kertoo toimitusjohtaja Matti Virtanen.\n")
    assert _posts(tmp_path, text) == {("Matti Virtanen", "Rantalan Osuuspankki", "toimitusjohtaja")}


@needs_voikko
def test_two_companies_or_an_owner_s_genitive_give_no_post_here(tmp_path: Path) -> None:
    two = ("Rantalan Osuuspankki ja Kylämäen Sähkö Oy lahjoittivat varoja nuorisotyöhön.\n\n"
           "– Haluamme tukea paikallista toimintaa, kertoo toimitusjohtaja Matti Virtanen.\n")
    assert _posts(tmp_path, two) == set()
    owned = ("Rantalan Osuuspankki lahjoitti varoja nuorisotyöhön.\n\n"
             "– Tuki tulee tarpeeseen, sanoo Nuorisoseuran toiminnanjohtaja Anna Lind.\n")
    assert _posts(tmp_path, owned) == set()
