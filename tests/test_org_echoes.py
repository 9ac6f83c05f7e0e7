"""A multi-word organisation name read once is the same organisation where it is written again bare."""

from __future__ import annotations

from helpers import ID, extract

from welfare_kg.extract.model import Entity

VARSINAIS_SUOMI = ID + "region/02"
OPENING = ("Leader-ryhmien toiminnanjohtajat Liisa Malli (Ravakka) ja Pia Esimerkki (Varsin Hyvä) kertoivat tuesta. ")


def _group(text: str) -> Entity:
    return next(e for e in extract(text).entities.values() if e.label == "Varsin Hyvä")


def test_a_name_read_in_brackets_is_read_again_in_running_text() -> None:
    text = OPENING + "Varsinais-Suomessa työtä jatkavat Ravakka ja Turun seudulla toimiva Varsin Hyvä."
    group = _group(text)
    assert len(group.mentions) == 2
    assert (group.iri, VARSINAIS_SUOMI) in {(f.subject, f.object) for f in extract(text).facts
                                            if f.predicate == "coversArea"}


def test_an_inflected_occurrence_is_not_an_echo() -> None:
    text = OPENING + "Varsinais-Suomessa työtä jatkavat Ravakka ja Varsin Hyvän kumppanit."
    assert all(m.rule != "org-echo" for m in _group(text).mentions)


def test_a_name_read_once_is_read_again_with_its_last_noun_in_the_genitive() -> None:
    text = ("Kainuun Setlementti koordinoi uutta hanketta Lounais-Suomessa.\n\n"
            "– Hanke vahvistaa järjestöjä, kommentoi Kainuun Setlementin toiminnanjohtaja Anna Esimerkki.")
    ex = extract(text)
    org = next(e for e in ex.entities.values() if e.label == "Kainuun Setlementti")
    echoes = [m for m in org.mentions if m.rule == "org-echo"]
    assert [(m.surface, m.case) for m in echoes] == [("Kainuun Setlementin", "omanto")]
    assert any(f.predicate == "holdsPost" and f.object == org.iri and f.post == "toiminnanjohtaja"
               for f in ex.facts)


def test_a_registered_name_echoes_inflected_without_its_legal_form() -> None:
    text = ("Kainuun Setlementti ry koordinoi uutta hanketta.\n\n"
            "Hanke vahvistaa järjestöjä, kommentoi Kainuun Setlementin toiminnanjohtaja Anna Esimerkki. "
            "Kainuun Setlementille myönnettiin avustus.")
    org = next(e for e in extract(text).entities.values() if e.label.startswith("Kainuun Setlementti"))
    assert sorted(m.surface for m in org.mentions if m.rule == "org-echo") == ["Kainuun Setlementille",
                                                                              "Kainuun Setlementin"]


def test_a_one_word_name_read_with_its_legal_form_echoes_inflected_inside_a_sentence() -> None:
    # the nominative is learned from the legal form already (extract/entities.py); the echo reads the other cases
    text = "Hanketta hallinnoi Kotipolku ry. Rahoitusta myönnettiin myös Kotipolulle viime vuonna."
    orgs = [e for e in extract(text).entities.values() if e.type == "Association"]
    assert len(orgs) == 1
    assert [(m.surface, m.case) for m in orgs[0].mentions if m.rule == "org-echo"] == [("Kotipolulle", "ulkotulento")]


def test_a_one_word_name_opening_a_sentence_does_not_echo() -> None:
    # a capital opening a sentence says nothing of a name: "Kylät" there may be any villages
    text = "Hanketta hallinnoi Kylät ry. Kylät ovat tärkeitä. Hankkeessa mukana ovat kaikki kylät."
    org = next(e for e in extract(text).entities.values() if e.label.startswith("Kylät"))
    assert not [m for m in org.mentions if m.rule == "org-echo"]

