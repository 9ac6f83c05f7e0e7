"""Members, areas and departments that real pages state and earlier rules missed (fifth session)."""

from __future__ import annotations

from helpers import ID, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.fields import read_fields
from welfare_kg.extract.gazetteer import reference_gazetteer


def _extract(text: str, kind: str = "news") -> tuple[set[tuple[str, str, str]], dict[str, str]]:
    out = extract_document(record(text, kind=kind), gazetteer=reference_gazetteer())
    short = {f.subject: f.subject.removeprefix(ID) for f in out.facts} | {
        f.object: f.object.removeprefix(ID) for f in out.facts}
    facts = {(short[f.subject], f.predicate, short[f.object]) for f in out.facts}
    names = {label: e.type for e in out.entities.values() for label in e.labels | {e.label}}
    return facts, names


def test_a_form_field_run_together_with_the_next_section_ends_at_its_number() -> None:
    text = ("Loppuraportti Projektin nimi Arjen polku - kokeiluvaihe Projektikoodi S01234 Toimintalinja 1 "
            "Puhelinnumero Postiosoite PL 20, Kajaanin kaupunki 2. Yhteenveto projektin toteutuksesta ja tuloksista "
            "Hankkeen toiminta on koskettanut kuutta kuntaa, joita olivat Kajaani, Sotkamo, Kuhmo ja Paltamo.")
    address = [f for f in read_fields(text) if f.kind == "address" and f.value_end > f.value_start]
    assert address and text[address[-1].value_start:address[-1].value_end] == "PL 20, Kajaanin kaupunki"
    _, names = _extract(text)
    assert {"Sotkamo", "Kuhmo", "Paltamo"} <= set(names)


def test_a_short_address_keeps_its_numbers() -> None:
    text = ("Projektin nimi Arjen polku Projektikoodi S01234 Toimintalinja 1 "
            "Postiosoite Kauppakatu 2. Kerros, 87100 Kajaani")
    address = [f for f in read_fields(text) if f.kind == "address"]
    assert text[address[-1].value_start:address[-1].value_end].endswith("87100 Kajaani")


def test_towns_after_a_bare_area_word_belong_to_the_area_named_before() -> None:
    text = ("Kainuun alueen kuntien yhteiseen hankkeeseen osallistuivat alusta lähtien alueen kaikki kunnat "
            "(Kajaani. Sotkamo, Kuhmo ja Paltamo).")
    facts, _ = _extract(text)
    members = {s for s, p, o in facts if p == "partOf" and o == "region/18"}
    assert {"municipality/205", "municipality/765", "municipality/290", "municipality/578"} <= members


def test_seudun_towns_after_a_count_belong_to_the_named_sub_region() -> None:
    text = ("Oulun seudun kuntien tilanne on ollut hajanainen. Hankkeen toiminta on koskettanut kolmea seudun kuntaa, "
            "joita olivat Kempele, Liminka ja Muhos.")
    facts, _ = _extract(text.replace("kolmea seudun kuntaa", "3 seudun kuntaa"))
    members = {s for s, p, o in facts if p == "partOf" and o == "cooperation-area/oulun-seutu"}
    assert members == {"municipality/244", "municipality/425", "municipality/494"}


def test_seudun_does_not_stand_for_a_region() -> None:
    facts, _ = _extract("Kainuussa seudun kunnat ovat Kajaani, Sotkamo ja Kuhmo.")
    assert not any(p == "partOf" and o == "region/18" for _, p, o in facts)


def test_an_association_working_in_the_places_before_its_verb_covers_them() -> None:
    facts, _ = _extract("Pälkäneen ja Akaan alueella toimii tästä vuodesta alkaen Pirkan Helmi.")
    covered = {o for s, p, o in facts if s == "association/pirkan-helmi" and p == "coversArea"}
    assert covered == {"municipality/635", "municipality/020"}
    facts, _ = _extract("Hankkeessa Pälkäneen kunnan alueella toimii myös Pirkan Helmi.")
    assert not any(s == "association/pirkan-helmi" and p == "coversArea" for s, p, _ in facts)


def test_a_town_that_said_it_would_not_take_part_does_not() -> None:
    text = ("Oulun kaupunki hallinnoi Arjen polku -hanketta. Hankkeeseen osallistuvat Kempele ja Liminka. "
            "Ainoastaan Hailuodon kunta ilmoitti, ettei osallistu hankkeeseen.")
    facts, _ = _extract(text)
    joined = {s for s, p, _ in facts if p == "participatesIn"}
    assert "municipality/244" in joined and "municipality/072" not in joined
