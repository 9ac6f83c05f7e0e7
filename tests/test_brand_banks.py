"""A savings or co-operative bank named by a word of its own ("Aito Säästöpankki", "Helmi Säästöpankin"), not by a
town's genitive: a Company, never a person called "Säästöpankki". Texts written for these tests."""

from __future__ import annotations

from tests.helpers import entity_labels, record
from welfare_kg.extract.document import extract_document


def test_brand_bank_is_a_company_with_its_ceo() -> None:
    text = ("Kaisla Säästöpankki jakoi lahjoituksia. – Hyvä kampanja, kertoo Kaisla Säästöpankin toimitusjohtaja "
            "Maija Esimerkki.")
    ex = extract_document(record(text))
    labels = {e.label for e in ex.entities.values() if e.type == "Company"}
    assert labels == {"Kaisla Säästöpankki"}, labels
    posts = {(ex.entities[f.subject].label, ex.entities[f.object].label) for f in ex.facts
             if f.predicate == "holdsPost"}
    assert ("Maija Esimerkki", "Kaisla Säästöpankki") in posts, posts


def test_first_name_before_the_bank_is_no_person() -> None:
    text = "Säätiö omistaa Helmi Säästöpankin. Helmi Säästöpankin johto vaihtui."
    assert entity_labels(text, "Company") == {"Helmi Säästöpankki"}
    assert not entity_labels(text, "Person")


def test_town_genitive_bank_keeps_its_town() -> None:
    assert "Liedon Säästöpankki" in entity_labels("Liedon Säästöpankki lahjoitti 500 euroa.", "Company")


def test_clause_word_is_no_bank_name() -> None:
    assert not entity_labels("Myös Säästöpankki osallistui talkoisiin.", "Company") - {"Säästöpankki"}
