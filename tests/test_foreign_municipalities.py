"""Municipalities outside Finland named with "kommun"/"kommune"/"stad": their own entities, Finland's left to the
gazetteer, and no posts in them from prose. Invented sentences; the place names are real Swedish municipalities."""

from __future__ import annotations

from helpers import needs_voikko, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.foreign_municipalities import foreign_municipality_mentions, foreign_posts_dropped
from welfare_kg.extract.gazetteer import reference_gazetteer
from welfare_kg.extract.model import Evidence, Fact, Mention


def _municipalities(text: str) -> dict[str, str]:
    out = extract_document(record(text, kind="news"), gazetteer=reference_gazetteer())
    return {e.label: e.iri for e in out.entities.values() if e.type == "Municipality"}


def _read(text: str) -> list[str]:
    return [m.label for ms in foreign_municipality_mentions(text, [[]], [0]) for m in ms]


def test_a_scandinavian_place_name_before_kommun_is_a_municipality() -> None:
    assert _read("Projektet drivs av Hylte kommun och Falkenbergs kommun.") == ["Hylte kommun", "Falkenbergs kommun"]
    assert _read("1 VILHELMINA KOMMUN PROTOKOLL") == ["Vilhelmina kommun"]  # a letterhead in capitals
    assert _read("Samarbeid med Bodø kommune.") == ["Bodø kommune"]


def test_finnish_municipalities_and_determiners_are_left_alone() -> None:
    assert _read("Pargas stad och Korsholms kommun deltar.") == []  # Finland's, in Swedish: the gazetteer's
    assert _read("Varje kommun deltar. Nya stad byggs. Hela kommun.") == []


def test_a_mention_read_already_wins() -> None:
    known = Mention(start=0, end=5, surface="Hylte", label="Hylte", type="Company", iri="x")
    assert foreign_municipality_mentions("Hylte kommun deltar.", [[known]], [0]) == [[known]]


@needs_voikko
def test_foreign_municipalities_become_entities_beside_finnish_ones() -> None:
    found = _municipalities("Luleå kommun och Åre kommun samarbetar med Pargas stad.")
    assert set(found) == {"Luleå kommun", "Åre kommun", "Parainen"}
    assert found["Luleå kommun"].endswith("/municipality/lulea-kommun")


def test_prose_posts_in_a_foreign_municipality_are_dropped_listed_ones_kept() -> None:
    muni = Mention(start=0, end=12, surface="Hylte kommun", label="Hylte kommun", type="Municipality",
                   iri="m/hylte", rule="foreign-municipality")
    ev = Evidence("x", 0, 1)
    prose = Fact("p/1", "holdsPost", "m/hylte", ev, "holdsPost:post-title")
    listed = Fact("p/2", "holdsPost", "m/hylte", ev, "holdsPost:listed-office")
    other = Fact("m/hylte", "participatesIn", "proj/1", ev, "participatesIn:x")
    finnish = Fact("p/3", "holdsPost", "m/683", ev, "holdsPost:post-title")
    assert foreign_posts_dropped([prose, listed, other, finnish], [muni]) == [listed, other, finnish]


def test_a_list_after_the_plural_head_names_municipalities_and_towns() -> None:
    """"Kommunerna A, B och C samt städerna D och E": each listed place is a municipality, labelled with its head."""
    labels = _read("Kommunerna Hylte, Alvesta och Tingsryd samt städerna Ljungby och Borås har enats om samverkan.")
    assert {"Hylte kommun", "Alvesta kommun", "Tingsryds kommun", "Ljungby stad", "Borås stad"} <= set(labels)


def test_a_single_name_or_a_finnish_town_after_the_plural_head_is_left() -> None:
    labels = _read("Kommunerna Ordförande har ordet. Städerna Vasa och Jakobstad samarbetar.")
    assert not labels


def test_a_two_word_municipality_in_a_kommunerna_list_keeps_the_list_whole() -> None:
    # Invented: "Lilla Edet" and "Upplands Väsby" are two-word municipalities of Sweden's register
    assert _read("Kommunerna Ale, Lilla Edet, Upplands Väsby och Tjörn samarbetar.") == [
        "Ale kommun", "Lilla Edets kommun", "Upplands Väsby kommun", "Tjörns kommun"]


def test_a_two_word_item_outside_the_register_is_its_first_word() -> None:
    # "Mora Norra" is no municipality: the list keeps "Mora" and ends there
    assert _read("Kommunerna Leksand och Mora Norra deltar.") == ["Leksands kommun", "Mora kommun"]
