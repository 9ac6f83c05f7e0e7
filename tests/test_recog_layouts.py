"""Names the recogniser missed, read by the layout around them (session 14, branch recog): an owner's row that goes
on to its partners, a head word capitalised as a title would. Invented texts; perturbed copies (one cell a line, the
row run into one line, order swapped) and adversarial ones (a capitalised head that names a project, an owner's
phrase in prose)."""

from __future__ import annotations

from helpers import ID, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.foreign_municipalities import foreign_municipality_mentions
from welfare_kg.extract.gazetteer import reference_gazetteer


def _facts(text: str) -> set[tuple[str, str, str]]:
    out = extract_document(record(text), gazetteer=reference_gazetteer())
    def short(iri: str) -> str:  # the card's one project, whatever its key
        return "P" if iri.startswith(ID + "project/") else iri.removeprefix(ID)

    return {(short(f.subject), f.predicate, short(f.object)) for f in out.facts}


def _read(text: str) -> list[str]:
    return [m.label for ms in foreign_municipality_mentions(text, [[]], [0]) for m in ms]


def test_a_capitalised_kommun_is_the_same_municipality() -> None:
    assert _read("Projektägare: Skellefteå Kommun") == ["Skellefteå kommun"]
    assert _read("Samarbete med Hylte Kommun och Falkenbergs kommun.") == ["Hylte kommun", "Falkenbergs kommun"]


def test_a_capitalised_stad_or_a_determiner_names_no_municipality() -> None:
    assert _read("Projektet Smart Stad och Hållbar Stad startar.") == []
    assert _read("Varje Kommun deltar.") == []


_CARD = ("Levande kulturmiljöer i Skellefteå\n\n"
         "Projektet ska testa nya finansieringsmodeller för föreningar.\n\n"
         "Projektperiod\nht 2023 – ht 2025\n\n"
         "{owner}\n\n"
         "Projektledare\n\nAnna Berg\n")
_PROJECT = "P"
_TOWN = "municipality/skelleftea-kommun"


def test_an_owner_row_going_on_to_its_partners_names_the_owner() -> None:
    row = "Projektägare\nSkellefteå Kommun, tillsammans med Byske Kulturförening och Kåge Kapellag"
    facts = _facts(_CARD.format(owner=row))
    assert (_TOWN, "coordinates", _PROJECT) in facts
    assert (_PROJECT, "coversArea", _TOWN) in facts  # the town it runs is still the place named in the project
    assert ("person/anna-berg", "holdsPost", _TOWN) in facts  # the card's contact, under the owner's field


def test_the_owner_row_perturbed() -> None:
    # one cell a line, the label with its colon, the head in lower case
    for row in ("Projektägare\nSkellefteå kommun, tillsammans med Byske Kulturförening och Kåge Kapellag",
                "Projektägare: Skellefteå Kommun, tillsammans med Byske Kulturförening och Kåge Kapellag",
                "Projektägare\n\nSkellefteå Kommun, i samarbete med Byske Kulturförening"):
        assert (_TOWN, "coordinates", _PROJECT) in _facts(_CARD.format(owner=row)), row
    # order swapped: the association owns, the town goes with it
    swapped = _facts(_CARD.format(owner="Projektägare\nByske Kulturförening, tillsammans med Skellefteå Kommun"))
    assert (_TOWN, "coordinates", _PROJECT) not in swapped
    assert ("association/byske-kulturforening", "coordinates", _PROJECT) in swapped


def test_an_owner_phrase_in_prose_is_no_field() -> None:
    text = ("Levande kulturmiljöer i Skellefteå\n\nProjektet ska testa nya finansieringsmodeller. Projektägare är "
            "föreningarna, tillsammans med Skellefteå kommun och andra aktörer i regionen som vill vara med.\n")
    assert (_TOWN, "coordinates", _PROJECT) not in _facts(text)


# a form transcript's fields run together on one line, as EURA 2007-2013 applications print them
_FORM = ("HAKEMUS Projektin nimi Kylien kuljetusverkko Ohjelma Manner-Suomen ESR-ohjelma {section}"
         "Toimintalinja 1 : Työorganisaatioiden kehittäminen Projektityyppi Projekti Hakijaorganisaation nimi "
         "Kainuun Kylät ry Organisaatiotyyppi Yhdistys Postitoimipaikka Kajaani\n")


def _entities(text: str) -> dict[str, str]:
    out = extract_document(record(text), gazetteer=reference_gazetteer())
    return {e.label: e.type for e in out.entities.values()}


def test_a_programme_section_field_names_a_part_of_the_programme() -> None:
    text = _FORM.format(section="Ohjelman osio Itä-Suomen suuralueosio ")
    assert _entities(text).get("Itä-Suomen suuralueosio") == "WorkPackage"
    facts = _facts(text)
    assert ("P", "partOf", "work-package/ita-suomi-suuralueosio") in facts
    assert any(s == "work-package/ita-suomi-suuralueosio" and p == "partOf" and o.startswith("programme/")
               for s, p, o in facts)


def test_the_section_field_perturbed() -> None:
    # one field a line, a colon after the label, the fields in another order
    lines = ("Projektin nimi: Kylien kuljetusverkko\nOhjelman osio: Itä-Suomen suuralueosio\n"
             "Ohjelma: Manner-Suomen ESR-ohjelma\nHakijaorganisaation nimi: Kainuun Kylät ry\n")
    assert _entities(lines).get("Itä-Suomen suuralueosio") == "WorkPackage"
    assert ("P", "partOf", "work-package/ita-suomi-suuralueosio") in _facts(lines)


def test_the_bare_osio_label_of_an_esr_card() -> None:
    # the 2007-2013 ESR cards write the section under a bare "Osio:" label
    lines = ("Projektin nimi: Kylien kuljetusverkko\nOsio: Itä-Suomen suuralueosio\n"
             "Hakijaorganisaation nimi: Kainuun Kylät ry\n")
    assert _entities(lines).get("Itä-Suomen suuralueosio") == "WorkPackage"
    assert ("P", "partOf", "work-package/ita-suomi-suuralueosio") in _facts(lines)


def test_a_section_field_with_a_code_or_a_sentence_names_no_part() -> None:
    for section in ("Ohjelman osio 2.1 ", "Ohjelman osio Ei sovellu. Hanke on valtakunnallinen "):
        assert not any(t == "WorkPackage" for t in _entities(_FORM.format(section=section)).values()), section


def test_the_word_osio_in_prose_is_no_field() -> None:
    text = ("Kylien kuljetusverkko -hanke toimii Kainuussa. Ohjelman osio on jaettu alueisiin, ja Itä-Suomen "
            "suuralueosio rahoittaa hankkeita.\n")
    assert not any(t == "WorkPackage" for t in _entities(text).values())


def _types(text: str) -> dict[str, str]:
    return _entities(text)


_PAGE = ("Kylät kuntoon -hanke\n\nKylät kuntoon -hanke toimii Kainuussa vuosina 2024–2026. {parts}\n\n"
         "Hanketta hallinnoi Kainuun Kylät ry.\n")


def test_parts_listed_after_the_part_word_are_work_packages() -> None:
    text = _PAGE.format(parts="Hanke rakentuu kolmesta toimintakokonaisuudesta, joita ovat Kylätalo, Kyläkauppa "
                              "ja Kylätie.")
    types = _types(text)
    assert {types.get(n) for n in ("Kylätalo", "Kyläkauppa", "Kylätie")} == {"WorkPackage"}
    assert ("work-package/kylatalo", "partOf", "P") in _facts(text)


def test_the_part_list_perturbed() -> None:
    variants = (
        "Työpaketit: Kylätalo, Kyläkauppa ja Kylätie.",  # run into one line after a colon
        "Työpaketit\n\n• Kylätalo\n• Kyläkauppa\n• Kylätie",  # a heading over bullets
        "Työpaketit\nKylätalo\nKyläkauppa\nKylätie",  # bullets lost, one a line
        "Työpaketit:\nTyöpaketti 1: Kylätie – Kainuun Kylät ry\nTyöpaketti 2: Kylätalo (Kajaanin kaupunki)\n"
        "Työpaketti 3: Kyläkauppa",  # numbered, a runner after each, order swapped
    )
    for parts in variants:
        text = _PAGE.format(parts="\n\n" + parts + "\n")
        types = _types(text)
        assert {types.get(n) for n in ("Kylätalo", "Kyläkauppa", "Kylätie")} == {"WorkPackage"}, parts
        assert ("work-package/kylatie", "partOf", "P") in _facts(text), parts
    subs = _types(_PAGE.format(parts="\n\nOsahankkeet\n\nKylätalo\nKyläkauppa\n"))
    assert subs.get("Kylätalo") == "Project"  # sub-projects are projects


def test_a_part_word_over_no_list_of_parts_names_none() -> None:
    for parts in ("Osahankkeet ovat käynnistyneet keväällä.",  # no names after it
                  "Osahankkeet toimivat Kajaanissa, Sotkamossa ja Suomussalmella.",  # places in a case
                  "Hankkeen työpaketit ovat Kainuun Kylät ry ja Kajaanin kaupunki.",  # runners, read already
                  "Työpaketit\n\nHanke etenee vaiheittain. Ensin kartoitetaan tarpeet.",  # a heading over prose
                  "Kylät kuntoon on kehittämishanke, ja kehittämishanke päättyy 2026."):  # a kind word in prose
        types = _types(_PAGE.format(parts="\n\n" + parts + "\n"))
        assert not any(t == "WorkPackage" for t in types.values()), parts
        assert not any(t == "Project" and n.startswith(("Kajaani", "Sotkamo", "Kylät ry")) for n, t in types.items())
