"""Capitals, a spaced dash and a spelt-out title name a project without a project word (extract/acronym_titles.py),
on invented texts: item titles and list rows; letterheads in capitals, organisations' acronyms and names of several
capitalised words stay out."""

from __future__ import annotations

from welfare_kg.extract.acronym_titles import acronym_title_mentions
from welfare_kg.extract.model import Mention


def _found(text: str, known: frozenset[str] = frozenset()) -> list[Mention]:
    return [m for ms in acronym_title_mentions(text, [[]], [0], known) for m in ms]


def test_item_title_with_capitals_and_a_title() -> None:
    text = "101 §Talousarvio 2019\n102 §VETKO - Vesihuollon kehittäminen optimoimalla verkostoa\n103 §Muut asiat"
    (m,) = _found(text)
    assert (m.label, m.acronym, m.type) == ("VETKO - Vesihuollon kehittäminen optimoimalla verkostoa", "VETKO",
                                            "Project")
    assert m.key == "acronym:vetko"


def test_a_title_run_on_leaves_the_capitals_alone() -> None:
    text = ("viranomaisille RANTO - Rannikon liikenteen kasvu ja sen vaikutukset ympäristölle ja kuljetusketjujen "
            "toimintaan ja satamien kehittämiseen sekä muuhun toimintaan alueella Kotkassa")
    (m,) = _found(text)
    assert m.label == "RANTO"


def test_letterheads_organisations_and_longer_names_stay_out() -> None:
    assert _found("PAIKKA - PLATS Kaupungintalo\nTID - AIKA kl 16") == []
    assert _found("Puheenvuoron piti SOSTE - Suomen sosiaali ja terveys ry:n edustaja.") == []
    assert _found("Lausunnon antoi THL - Terveyden ja hyvinvoinnin laitos.", frozenset({"THL"})) == []
    assert _found("Valtakunnallisen PRO SOS – uudenlaista sosiaalityötä yhdessä rakentamassa") == []
    assert _found("Vaihe III – sosiaalipalvelujen arviointi jatkuu") == []


def test_a_word_in_capitals_that_its_title_repeats_is_a_marker() -> None:
    # a news page's advertisement markers: the capitals are a common word, written again in the "title"
    assert _found("Kunta avaa uuden pajan.\nILMOITUS - juttu jatkuu ilmoituksen jälkeen\nPaja avataan syksyllä.") == []
    assert _found("Paja avataan syksyllä.\nILMOITUS - ilmoitus päättyy\nSeuraava kappale.") == []
    # an acronym's letters are no word of its own title
    (m,) = _found("107 § LUMO - lastensuojelun kehittäminen monialaisesti\n108 § Muut asiat")
    assert m.acronym == "LUMO"
