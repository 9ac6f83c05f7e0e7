"""Project names the recogniser reads from their structure (extract/entities.py), on invented sentences.

A short name, a dash spaced on both sides and a spelt-out title before " -hanke" are one name, whatever words the
title holds ("Kesä kotona – kulkien kylästä kylään -hanke"); a clause before a dash stays out of it."""

from __future__ import annotations

from welfare_kg.extract.entities import Recogniser
from welfare_kg.extract.gazetteer import Gazetteer
from welfare_kg.extract.morphology import get_morphology
from welfare_kg.extract.text import sentences


def _mentions(gaz: Gazetteer, text: str, types: tuple[str, ...] = ("Project", "Programme")) -> list[str]:
    rec = Recogniser(gaz, get_morphology())
    return [m.label for s in sentences(text) for m in rec.sentence_mentions(s, text, title=False) if m.type in types]


def test_short_name_and_spelt_out_title_before_a_spaced_dash(gaz: Gazetteer) -> None:
    text = "Yhdistys haki rahoitusta TaitoPolku – Nuorten osaamisen digitaalinen kartta -hankkeelle."
    assert "TaitoPolku – Nuorten osaamisen digitaalinen kartta" in _mentions(gaz, text)
    text = "Kylätalo ry:n Kesä kotona – kulkien kylästä kylään -hankkeessa kerätään muistitietoa."
    assert "Kesä kotona – kulkien kylästä kylään" in _mentions(gaz, text)


def test_a_clause_before_a_dash_is_no_short_name(gaz: Gazetteer) -> None:
    text = "Kunta on mukana – yhdessä Espoon kanssa – Hyvä Arki -hankkeessa."
    assert _mentions(gaz, text) == ["Hyvä Arki"]
    text = "Hanke jatkuu – ja laajenee Uusi alku -hankkeeksi."
    assert not [label for label in _mentions(gaz, text) if "–" in label]


def test_quoted_name_before_a_known_programme_and_the_head(gaz: Gazetteer) -> None:
    # "”Silta” Leader -projektin": the quoted words name the project, the programme stays a mention of its own
    text = "”Kohtaamo” Leader -projektin tavoitteena on luoda kylälle yhteinen tila."
    assert "Kohtaamo" in _mentions(gaz, text, ("Project",))
    assert "Leader" not in _mentions(gaz, text, ("Project",))


def test_the_words_before_niminen_name_the_undertaking(gaz: Gazetteer) -> None:
    # "X nimistä ohjelmaa" without the dash of "X -niminen": X is the name, "niminen" opens none
    text = "Yhdistys toteuttaa Jokiseudulla Kylien Kello nimistä maaseudun kehittämisohjelmaa."
    found = _mentions(gaz, text)
    assert "Kylien Kello" in found
    assert not [label for label in found if label.lower().startswith(("nimi", "jokiseudulla"))]
    text = "Kunta osallistui Kotiin nimiseen hankkeeseen."
    assert "Kotiin" in _mentions(gaz, text)


def test_a_name_glued_to_hankekokonaisuus(gaz: Gazetteer) -> None:
    # a set of projects run as one is named like a project; a genitive before the bare word names none
    text = "Hanke kuuluu Arjenote-hankekokonaisuuteen, jota koordinoi yhdistys."
    assert "Arjenote" in _mentions(gaz, text, ("Project",))
    text = "Järjestön hankekokonaisuus alkoi keväällä. Hankekokonaisuuden rakenne muuttui."
    assert _mentions(gaz, text, ("Project",)) == []


def test_a_programme_word_glued_to_a_project_or_money_word_is_the_programme(gaz: Gazetteer) -> None:
    # "Leader-hanke" is a project of the Leader programme, not a project named Leader; "Leader-ryhmä" is a local
    # action group, no mention of the programme
    text = "Kylän Leader-hanke sai Leader-rahoitusta."
    assert _mentions(gaz, text, ("Project",)) == []
    assert _mentions(gaz, text, ("Programme",)) == ["Leader-ohjelma", "Leader-ohjelma"]
    assert _mentions(gaz, "Leader-ryhmät kokoontuivat.", ("Programme",)) == []


def test_a_postposition_ends_a_name_read_back_from_a_spaced_dash() -> None:
    # "Hanke-esittelyn perusteella X – hankkeen": what the sentence reads the name on the strength of is no part
    from welfare_kg.extract.morphology import get_morphology
    from welfare_kg.extract.running_names import _dash_name_start

    text = "Hanke-esittelyn perusteella KotiTuki – hankkeen arviointia täydennettiin."
    assert _dash_name_start(text, text.index(" – hankkeen"), get_morphology(), joined=False) is None


def test_a_quoted_name_then_the_head_after_a_space(gaz: Gazetteer) -> None:
    # "”Hyvä arki” hankkeen", "”Kylä kuntoon” ESR-hankkeen": the quotes say which project, the head what it is
    assert "Kotiranta" in _mentions(gaz, "Yhdistys aloitti ”Kotiranta” hankkeen keväällä.", ("Project",))
    found = _mentions(gaz, "Yhdistys käynnisti ”Kylä kuntoon” ESR-hankkeen.")
    assert "Kylä kuntoon" in found
    assert _mentions(gaz, "Hän sanoi ”Tämä on hyvä” ja jatkoi.", ("Project",)) == []


def test_a_label_in_capitals_before_the_name_is_no_part_of_it(gaz: Gazetteer) -> None:
    """"HANKKEEN NIMI JA HANKETUNNUS Kylien huominen -koulutushanke": the form's label in capitals (words of the
    language) is left out; a coined short name in capitals ("TUKIVA Kotihoidon tuki -hanke") stays."""
    text = "HANKKEEN NIMI JA HANKETUNNUS Kylien huominen -koulutushanke, hankenumero 123."
    assert _mentions(gaz, text) == ["Kylien huominen"]
    text = "TUKIVA Kotihoidon tuki -hanke päättyi."
    assert _mentions(gaz, text) == ["TUKIVA Kotihoidon tuki"]


def test_a_conjunction_before_the_dash_completes_an_elided_compound(gaz: Gazetteer) -> None:
    """"toimintamalli ja -ohjelma" is "toimintamalli ja toimintaohjelma": no name ends in "ja"."""
    text = "Hankkeessa laaditaan Lahden kaupunkialueelle kehittämisen toimintamalli ja -ohjelma vuosille 2030-2032."
    assert not [label for label in _mentions(gaz, text) if label.endswith(" ja")]
