"""Session seventeen's people rules, on invented lines: bulleted surname-first rows, compound hyphens, double
surnames closed by a DVV surname, Nordic -in surnames, quoted nicknames, addresses after two given names."""

from __future__ import annotations

from helpers import needs_voikko, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer
from welfare_kg.extract.surnames import compound_hyphen


def _people(text: str, kind: str = "news") -> set[str]:
    out = extract_document(record(text, kind=kind), gazetteer=reference_gazetteer())
    return {e.label for e in out.entities.values() if e.type == "Person"}


def test_a_hyphen_between_the_same_vowels_is_the_word_s_own() -> None:
    assert compound_hyphen("Luoma-aho") and compound_hyphen("Aitto-oja")
    assert not compound_hyphen("Viro-kannas")  # a line-end hyphenation's rest
    assert not compound_hyphen("Virtanen")


@needs_voikko
def test_a_compound_hyphen_stays_in_the_surname() -> None:
    assert "Janne Luoma-aho" in _people("Varapuheenjohtajaksi valittiin Janne Luoma-aho toimikaudeksi 2022–2025.")


@needs_voikko
def test_bulleted_surname_first_rows_and_a_town_surname_beside_them() -> None:
    text = ("Jäseniksi ja varajäseniksi valittiin\n\n • Aula Maria Kaisa, pj., Flink-Liimatainen Piia\n"
            " • Ahola Lotta, Pippuri Linda\n • Savolainen Katri, Viitasaari Vilma\n • Vanhala Mauno, Lahti Matias\n")
    got = _people(text)
    assert {"Maria Kaisa Aula", "Lotta Ahola", "Linda Pippuri", "Katri Savolainen", "Vilma Viitasaari",
            "Mauno Vanhala", "Matias Lahti"} <= got
    assert "Maria Kaisa" not in got


@needs_voikko
def test_places_in_bullets_are_nobody() -> None:
    text = " • Lahti Keskusta, Kuopio Itä\n • Mannerheimintie Helsinki, Hämeenkatu Tampere\n"
    assert _people(text) == set()


@needs_voikko
def test_a_double_surname_closed_by_a_dvv_surname() -> None:
    assert "Ylva Ylinenpää Sannemalm" in _people("Publicerat av: Ylva Ylinenpää Sannemalm, 23 januari, 2020")


@needs_voikko
def test_a_place_after_a_name_is_no_second_surname() -> None:
    got = _people("Kokoukseen osallistuivat Hanna Salo Lahti, Juho Koski Kouvola ja Outi Aho Porvoo.")
    assert not any(len(p.split()) > 2 for p in got)


@needs_voikko
def test_a_quoted_nickname_between_first_name_and_surname() -> None:
    assert "Juhani Aartima" in _people("Kerhon jäsen Juhani ”Jussi” Aartima keräsi rahaa kymmenen vuotta.")
    assert _people("Tapahtuman nimi oli Anna ”Apu” Kunta ja sen järjestäjä oli yhdistys.") == set()


@needs_voikko
def test_two_given_names_before_a_street_address() -> None:
    got = _people("Y-tunnus 2338872-2 Silja Juuso Moisiontie 18 21270 Nousiainen")
    assert "Silja Juuso Moisiontie" not in got


@needs_voikko
def test_a_listed_nordic_in_surname_stays_as_written() -> None:
    text = "Närvarande\nAngelica Högnabba Rosalia Lundin Hannele Storlund\n\nParagrafer 1-5\n"
    assert "Rosalia Lund" not in _people(text, kind="minutes")


@needs_voikko
def test_a_layout_word_that_is_a_dvv_surname_after_a_first_name() -> None:
    assert "Jaakko Kartano" in _people("Lahjoitukset ottivat vastaan Päivi Hasila, Jaakko Kartano ja Rolle Fryckman.")


def test_an_old_i_surname_s_genitive_by_its_weak_grade() -> None:
    from welfare_kg.extract.surnames import surname_base

    assert surname_base("Viiankorven") == "Viiankorpi"  # rp -> rv
    assert surname_base("Syrjälahden") == "Syrjälahti"  # ht -> hd
    assert surname_base("Holmen") is None and surname_base("Kempen") is None  # Nordic -en, no gradation
