"""Cross-document identity: pairs of names that must meet at one IRI, and pairs that must not."""

from __future__ import annotations

import pytest

from tests.helpers import make_gazetteer, record
from welfare_kg.extract.document import extract_document

GAZ = make_gazetteer()


def iri_of(text: str, word: str) -> str:
    ex = extract_document(record(text), gazetteer=GAZ)
    hits = {e.iri for e in ex.entities.values() if word.lower() in " ".join(e.labels).lower()}
    assert len(hits) == 1, (word, [(e.label, e.iri) for e in ex.entities.values()])
    return hits.pop()


@pytest.mark.parametrize(("a", "wa", "b", "wb"), [
    ("Sosiaali- ja terveysministeriö rahoittaa Perheiden tuen kehittäminen 2021–2023 -hanketta.",
     "Perheiden tuen kehittäminen",
     "STM:n erillisrahoittama Perheiden tuen kehittämishanke jatkuu.", "Perheiden tuen"),
    ("Kehitetään osana Ikäihmisten palvelujen muutosohjelmaa.", "muutosohjelma",
     "Ikäihmisten palveluiden muutosohjelma jatkuu.", "muutosohjelma"),
    ("Opetus- ja kulttuuriministeriö avusti hanketta.", "Opetus- ja kulttuuriministeriö",
     "OKM:n edustajat olivat paikalla.", "OKM"),
])
def test_must_merge_across_documents(a: str, wa: str, b: str, wb: str) -> None:
    assert iri_of(a, wa) == iri_of(b, wb)


@pytest.mark.parametrize(("a", "wa", "b", "wb"), [
    ("Lapsiperheiden tuki Pirkanmaalla -hanke alkaa.", "Lapsiperheiden tuki",
     "Lapsiperheiden tuki Keski-Suomessa -hanke alkaa.", "Lapsiperheiden tuki"),
    ("Hyväksytään yhteistyösopimus.", "yhteistyösopimus", "Allekirjoitetaan yhteistyösopimus.", "yhteistyösopimus"),
    ("Sisä-Suomen hanke alkaa.", "Sisä-Suomen hanke", "Itä-Suomen hanke alkaa.", "Itä-Suomen hanke"),
])
def test_must_not_merge(a: str, wa: str, b: str, wb: str) -> None:
    assert iri_of(a, wa) != iri_of(b, wb)


def test_acronym_joins_its_expansion_in_a_document() -> None:
    text = ('§ 5 Arjen apu (ARA) - Kymenlaakson perhetyön vahvistaminen 2021 - 2023 -hanke\n\n'
            'Kunta lähtee ARA-hankkeeseen mukaan.')
    ex = extract_document(record(text, kind="minutes"), gazetteer=GAZ)
    projects = [e for e in ex.entities.values() if e.type == "Project"]
    assert len(projects) == 1
    assert {"ARA", "Arjen apu"} <= projects[0].labels
    assert projects[0].merged_because  # the merge says why


def test_swedish_council_and_board_keys_meet_the_finnish_ones() -> None:
    from welfare_kg.extract.resolve import body_key

    assert body_key("03-fullmaktige") == "03-aluevaltuusto"  # a county's (two-digit code) bare council
    assert body_key("03-valfardsomradesstyrelse") == "03-aluehallitus"
    assert body_key("abc123-stadsstyrelse") == "abc123-kaupunginhallitus"  # an owner not known as a town
    assert body_key("322-kommunfullmaktige") == "322-kunnanvaltuusto"


def test_a_towns_council_and_board_have_one_key_however_worded() -> None:
    from welfare_kg.extract.resolve import body_key

    # a city's "kaupunginhallitus", its "KH" read as "kunnanhallitus" and its Swedish "stadsstyrelse": one board
    assert body_key("905-kaupunginhallitus") == body_key("905-kunnanhallitus") == body_key("905-stadsstyrelse")
    assert body_key("905-kaupunginvaltuusto") == body_key("905-stadsfullmaktige") == "905-kunnanvaltuusto"
    assert body_key("905-fullmaktige") == "905-kunnanvaltuusto"  # a town has one council
    assert body_key("905-sosiaalilautakunta") == "905-sosiaalilautakunta"
    assert body_key("ppshp-kaupunginhallitus") == "ppshp-kaupunginhallitus"  # no town's code: left as it is
    assert body_key("905-social-och-halsovardsnamnd") == "905-social-och-halsovardsnamnd"


def _project_iris(text: str) -> dict[str, str]:
    """Each project label of a text -> its IRI, with the reference gazetteer (places known)."""
    ex = extract_document(record(text))
    return {label: e.iri for e in ex.entities.values() if e.type == "Project" for label in e.labels}


@pytest.mark.parametrize(("text", "long", "short"), [
    # the name with the area it runs in, then the name alone: one project
    ('Hanke "Arjen turva Pohjois-Savossa" alkoi. Arjen turva -hankkeeseen osallistuvat Kuopion kaupunki ja '
     'Siilinjärven kunta.', "Arjen turva Pohjois-Savossa", "Arjen turva"),
    # a place's name with and without the word for area
    ("Kaakkois-Suomen alueen osahanke alkoi. Kaakkois-Suomen osahankkeessa ovat mukana Kotkan kaupunki ja Haminan "
     "kaupunki.", "Kaakkois-Suomen alueen osahanke", "Kaakkois-Suomen osahanke"),
    # a Swedish name with its area: the place's Swedish label
    ("Projektet Trygg hemma i Österbotten startar i höst. Vasa stad deltar i projektet. Projektet Trygg hemma "
     "finansieras av Svenska kulturfonden.", "Trygg hemma i Österbotten", "Trygg hemma"),
    ("Osallisuutta arkeen Etelä-Savossa -hanke käynnistyy. Osallisuutta arkeen -hankkeessa Mikkelin kaupunki "
     "kehittää palveluja.", "Osallisuutta arkeen Etelä-Savossa", "Osallisuutta arkeen"),
    # a short name before a spaced dash and its subtitle, then the short name alone
    ("Kaupunginhallitus päätti osallistua Ylävirta – Teollisen vihreän siirtymän malli -hankkeeseen. "
     "Ylävirta-hankkeen kustannukset ovat 20 000 euroa.",
     "Ylävirta – Teollisen vihreän siirtymän malli", "Ylävirta"),
    # a short name in brackets closing the long one, then the short name alone
    ("Metsien muutos ja aluetalousvaikutukset IP-maakunnissa (LOIMU) -hanke\n\nMaakuntahallitus puolsi "
     "hankkeen rahoittamista. LOIMU -hanke tuottaa tietoa.",
     "Metsien muutos ja aluetalousvaikutukset IP-maakunnissa", "LOIMU"),  # the short name read apart, an echo
])
def test_one_project_under_a_long_and_a_short_name(text: str, long: str, short: str) -> None:
    iris = _project_iris(text)
    assert long in iris and short in iris, iris
    assert iris[long] == iris[short]


def test_sister_projects_of_two_areas_leave_the_bare_name_apart() -> None:
    iris = _project_iris("Arjen turva Kainuussa -hanke ja Arjen turva Lapissa -hanke alkoivat. "
                         "Arjen turva -hanke on niiden yhteinen koordinaatiohanke.")
    assert iris["Arjen turva Kainuussa"] != iris["Arjen turva Lapissa"]
    assert iris["Arjen turva"] not in {iris["Arjen turva Kainuussa"], iris["Arjen turva Lapissa"]}


def test_a_longer_name_of_other_words_is_another_project() -> None:
    iris = _project_iris("Kotoa kotiin -hanke ja Kotoa kotiin ja yhteiskuntaan -hanke saivat rahoitusta.")
    assert iris["Kotoa kotiin"] != iris["Kotoa kotiin ja yhteiskuntaan"]


def test_a_card_title_with_its_funding_code_is_the_project_named_alone() -> None:
    iris = _project_iris("Kylävoima S20398\n\nHankkeen nimi: Kylävoima S20398\n\nKylävoima-hanke kehittää kyliä. "
                         "Kylävoima-hankkeen toteuttaa Kyläyhdistys ry.")
    assert "Kylävoima" in iris and iris.get("Kylävoima S20398", iris["Kylävoima"]) == iris["Kylävoima"], iris
    assert not iris["Kylävoima"].endswith("s20398"), iris


def test_a_joint_authority_has_one_key_however_worded() -> None:
    from welfare_kg.extract.resolve import mint

    kvarnen = mint("JointAuthority", "kvarnen")
    assert mint("JointAuthority", "kuntayhtyma-kvarnen") == mint("JointAuthority", "kvarnen-samkommun") == kvarnen
    assert mint("JointAuthority", "kuntayhtyma") != kvarnen  # only the kind: left as it is
    assert mint("JointAuthority", "kvarnen-kuntayhtyma") != kvarnen  # a genitive may stand before the Finnish word
