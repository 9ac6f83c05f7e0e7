"""Bodies found by the general vocabulary of data/body_heads.csv: compound heads in any inflection, Swedish
bodies (named by their task after "för" too), project steering groups, and common words that stay no body.
Sentences invented here."""

from __future__ import annotations

import pytest

from tests.helpers import record
from welfare_kg.extract.body_vocabulary import (
    bare_is_kind,
    bare_named_heads,
    board_units,
    body_heads,
    body_pattern,
    named_by_genitives,
    named_in_lower_case,
    unit_heads,
)
from welfare_kg.extract.document import extract_document


def _bodies(text: str, kind: str = "news") -> dict[str, set[str]]:
    """Label -> all names of each Body the text makes, names lower-cased."""
    ex = extract_document(record(text, kind=kind))
    return {e.label: {x.lower() for x in {e.label, *e.labels}} for e in ex.entities.values() if e.type == "Body"}


def _names(text: str, kind: str = "news") -> set[str]:
    return {n for names in _bodies(text, kind).values() for n in names}


def test_every_row_of_the_table_is_read_and_each_head_matches_itself_or_a_compound() -> None:
    pattern = body_pattern()
    for h in body_heads():
        word = h.head if h.determinant in {"none", "any", "any-dash", "opt4"} else f"sosiaali{h.head}"
        assert pattern.match(word), (h.head, word)
    assert "johtoryhmä" in unit_heads() and "arbetsgrupp" in unit_heads() and "ohjausryhmä" not in unit_heads()
    # the behaviour of each head is in the table too: named by genitives, bare a kind, a board with posts
    assert "ohjausryhmä" in named_by_genitives() and "jaosto" in named_by_genitives()
    assert "jaosto" in named_in_lower_case() and "ohjausryhmä" not in named_in_lower_case()
    assert "ohjausryhmä" in bare_is_kind() and "jaosto" not in bare_is_kind()
    assert {"johtokunta", "johtoryhmä", "työryhmä"} <= board_units() and "lautakunta" not in board_units()
    # "toimikunta" alone is read (its genitives name it, bare it is a kind); its compounds name themselves
    assert "toimikunta" in bare_named_heads() and "toimikunta" not in named_by_genitives() + bare_is_kind()
    assert body_pattern().match("toimikunta") and "jaosto" not in bare_named_heads()


@pytest.mark.parametrize(("word", "body"), [
    ("hyvinvointilautakunta", True), ("sivistys-lautakunta", True), ("keskusvaalilautakunta", True),
    ("kansalliskielilautakunta", True), ("yksilöasioiden", False), ("aluehallitus", True),
    ("itsehallitus", False), ("valtioneuvosto", False), ("nuorisoneuvosto", True), ("kohtaamisryhmä", False),
    ("kulttuuritoimikunta", True), ("intressebevakningssektion", True), ("styrgrupp", True),
    ("arbetsgrupp", True), ("kohderyhmä", False), ("asiakasryhmä", False), ("ikäryhmä", False),
])
def test_the_pattern_reads_heads_and_their_compounds(word: str, body: bool) -> None:
    assert bool(body_pattern().match(word)) is body


@pytest.mark.parametrize(("text", "name"), [
    # inflected compound heads: the base form is the name
    ("Asia esitellään hyvinvointilautakunnalle ensi kuussa.", "hyvinvointilautakunta"),
    ("Sosiaali- ja terveyslautakunnan päätöksestä voi hakea oikaisua.", "sosiaali- ja terveyslautakunta"),
    ("Tarkastuslautakunnassa käsiteltiin arviointikertomus.", "tarkastuslautakunta"),
    ("Kansalliskielilautakunnan lausunto pyydetään ennen päätöstä.", "kansalliskielilautakunta"),
    ("Yhtymähallitukselle toimitetaan selvitys.", "yhtymähallitus"),
    ("Asia siirtyy yhtymäkokouksen päätettäväksi.", "yhtymäkokous"),
])
def test_inflected_compound_bodies(text: str, name: str) -> None:
    assert name in _names(text), _bodies(text)


@pytest.mark.parametrize(("text", "name"), [
    # Swedish bodies in the definite form, compounds of any determinant
    ("Protokollet från intressebevakningssektionen antecknades.", "intressebevakningssektionen"),
    ("Socialnämnden beslutade att godkänna planen.", "socialnämnden"),
    ("Ärendet bereds av bildningsnämnden.", "bildningsnämnden"),
    # a body named by its task after "för", in a list or before a comma
    ("Följande protokoll inkom:\nSektionen för äldreomsorg, sammanträde 4.10.2023\n", "sektionen för äldreomsorg"),
    ("Nämnden för kultur och fritid, sammanträde 2.5.2024\n", "nämnden för kultur och fritid"),
    ("Ärenden:\nArbetsgrupp för Strandskolans ombyggnad; mellanrapport\n",
     "arbetsgrupp för strandskolans ombyggnad"),
    ("Sektionen för tjänster för barn, unga och familjer, sammanträde 3.3.2024\n",
     "sektionen för tjänster för barn, unga och familjer"),
])
def test_swedish_bodies(text: str, name: str) -> None:
    assert name in _names(text), _bodies(text)


@pytest.mark.parametrize("text", [
    # "för" that opens a clause, not a task: no body named by it
    "Nämnden för fram följande synpunkter.\n",
    "Styrelsen för kännedom.\n",
    "Protokollen sänds till välfärdsområdesstyrelsen för det övertagningsförfarande som avses i lagen.\n",
    # a list's commas that never end in "och" are no one name
    "Sektionen för ekonomi, sammanträde, ärenden.\n",
])
def test_för_that_names_no_task(text: str) -> None:
    assert not any(" för " in n for n in _names(text)), _bodies(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Hankkeen ohjausryhmä kokoontuu neljä kertaa vuodessa.", "hankkeen ohjausryhmä"),
    ("Ohjausryhmän puheenjohtajana toimii kehittämisjohtaja.", "ohjausryhmä"),
    # a Swedish steering group is one named by its task (a project's own, "projektets styrgrupp", is left to the
    # project: an item title that names it is about the project, not decided by the group)
    ("Styrgruppen för digitalisering och välfärd, möte 3.4.2024\n", "styrgruppen för digitalisering och välfärd"),
    ("Sote-uudistuksen valmisteluryhmä kokoontui ennen aluehallitusta.", "sote-uudistuksen valmisteluryhmä"),
])
def test_project_steering_groups(text: str, name: str) -> None:
    assert name in _names(text), _bodies(text)


@pytest.mark.parametrize("text", [
    "Hankkeen kohderyhmänä ovat ikääntyneet ja heidän omaisensa.",
    "Palvelua tarjotaan kaikille ikäryhmille.",
    "Asiakasryhmät on kuvattu liitteessä.",
    "Valtioneuvosto antoi asetuksen keväällä.",
    "Saamelaisten itsehallitus vahvistui.",
    "En arbetsgrupp tillsätts senare.\n",  # a working group of no one, named by nothing
    "Representant till projektets styrgrupp\n",
])
def test_common_words_stay_no_body(text: str) -> None:
    assert not _bodies(text), _bodies(text)


@pytest.mark.parametrize("text", [
    # a steering group's kind word in capitals is a heading's capitals, not a name: a report's contents, an item title
    "RAPORTTI HANKKEEN TAVOITTEET TULOKSET JA VAIKUTUKSET OHJAUSRYHMÄN ARVIO ALLEKIRJOITUKSET JA PÄIVÄYS\n",
    "Käsitellyt asiat: TALOUSARVION MUUTOS SEURANTARYHMÄN JÄSENTEN NIMEÄMINEN ILMOITUSASIAT\n",
])
def test_a_kind_word_in_capitals_stays_no_body(text: str) -> None:
    assert not _bodies(text), _bodies(text)


@pytest.mark.parametrize("text", [
    "Kuntien työryhmät kokoontuivat syksyllä.",  # groups of a kind, plural
    "Kaupunki asetti työryhmän valmistelemaan asiaa.",  # no owner's genitive before it
    "Johtoryhmä on tärkeä osa organisaatiota.",  # a kind of group
    "Kunnan johtoryhmä käsitteli talousarvion.",  # a generic owner names no one group
])
def test_a_group_of_no_one_stays_no_body(text: str) -> None:
    assert not _bodies(text), _bodies(text)


@pytest.mark.parametrize(("text", "name"), [
    # a Swedish place name of two words owns the body whole, not by its last word
    ("Beslut vid Egentliga Finlands välfärdsområdesstyrelses sammanträde 21.3.2023\n",
     "egentliga finlands välfärdsområdesstyrelse"),
    ("Östra Nylands välfärdsområdesstyrelse beslutade om tjänsterna.\n", "östra nylands välfärdsområdesstyrelse"),
])
def test_a_swedish_owner_of_two_words(text: str, name: str) -> None:
    names = _names(text)
    assert name in names and not any(n.startswith(("finlands ", "nylands ")) for n in names), _bodies(text)


def test_jaos_is_the_short_form_of_jaosto_but_not_a_form_of_jako() -> None:
    """"maankäyttöjaoksen" names a division (data/body_heads.csv); "tulonjaosta", "työnjaossa" are forms of "jako"
    (a sharing) that "jaos" shares, and name no body."""
    from helpers import record

    from welfare_kg.extract.document import extract_document

    ex = extract_document(record("Matti Virtasen ero Hämeen liiton maankäyttöjaoksen jäsenyydestä. Tulonjaosta ja "
                                 "työnjaossa ei muutoksia.\n", kind="minutes"))
    bodies = {e.label for e in ex.entities.values() if e.type == "Body"}
    assert any(b.endswith("maankäyttöjaos") for b in bodies), bodies
    assert not any("jaos" in b.lower() and "maankäyttö" not in b.lower() for b in bodies), bodies


@pytest.mark.parametrize(("text", "name"), [
    ("Kunnanhallitus päätti, että alueyhteistyön ja tulevaisuuden valiokunta valmistelee asian.",
     "alueyhteistyön ja tulevaisuuden valiokunta"),
    ("Maakuntaliiton ruotsinkielisten palvelujen toimikunta kokoontui syyskuussa.",
     "ruotsinkielisten palvelujen toimikunta"),
])
def test_a_bare_committee_is_named_by_the_genitives_before_it(text: str, name: str) -> None:
    """"toimikunta" and "valiokunta" alone are named by the lower-case genitives before them (a town's or council's
    committee, kuntalaki 410/2015 30 §), as "jaosto" is."""
    assert any(n.endswith(name) for n in _names(text, "minutes")), _bodies(text, "minutes")


def test_a_bare_committee_without_a_name_and_a_compound_one() -> None:
    """Written alone without genitives the word is a kind of committee ("the committee meets"); a compound names
    itself and stays a body as before ("vaalitoimikunta")."""
    assert not _bodies("Asia siirrettiin valiokunnan käsiteltäväksi ja toimikunta kokoontuu myöhemmin.", "minutes")
    assert "vaalitoimikunta" in _names("Kunnanhallitus asetti vaalitoimikunnan syksyn vaaleja varten.", "minutes")
