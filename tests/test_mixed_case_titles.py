"""A project's coined short name in mixed case ("indusTryWINs - X -hanke") in an item title: the title's reading
keeps it, past an appeal's noun before it, and the text's spelling of the same short name ("IndusTryWINS – X")
is the same name, not another word before X."""

from __future__ import annotations

from tests.helpers import MORPH, extract
from welfare_kg.extract.item_titles import _without_openers, name_start
from welfare_kg.extract.model import Mention
from welfare_kg.extract.name_echoes import shared_tails

TEXT = """Kaupunginhallitus
Pöytäkirja 16.03.2026/Pykälä 88

Oikaisuvaatimus indusTryWINs - Teollisen vihreän siirtymän digitaalinen kaksonen -hankkeen rahoituspäätökseen

Kaupunginhallitus 16.03.2026 § 88

Valmistelija Strategiapäällikkö Maija Meikäläinen

Ammattikorkeakoulu on hakenut rahoitusta IndusTryWINS – Teollisen vihreän siirtymän digitaalinen kaksonen
-hankkeelle.

Päätös
Hyväksyttiin.
"""


def test_mixed_case_word_opens_a_name() -> None:
    assert name_start("indusTryWINs") and name_start("eKollega") and name_start("Arjen")
    assert not name_start("hankkeen") and not name_start("-")


def test_an_appeal_noun_before_the_name_is_no_part_of_it() -> None:
    assert _without_openers("Oikaisuvaatimus indusTryWINs - Teollisen vihreän siirtymän") == \
        "indusTryWINs - Teollisen vihreän siirtymän"


def test_the_titles_reading_keeps_the_short_name_and_is_decided() -> None:
    assert MORPH is not None
    ex = extract(TEXT, kind="minutes")
    titled = [e for e in ex.entities.values() if e.type == "Project" and e.label.startswith("indusTryWINs")]
    assert titled
    assert any(f.predicate == "decides" and f.object == titled[0].iri for f in ex.facts)


def test_one_short_name_spelt_twice_is_no_layout_before_the_tail() -> None:
    a = "indusTryWINs - Teollisen vihreän siirtymän digitaalinen kaksonen"
    b = "IndusTryWINS \u2013 Teollisen vihreän siirtymän digitaalinen kaksonen"
    text = f"{a}\n\n{b} -hankkeelle"
    readings = [Mention(start=0, end=len(a), surface=a, label=a, type="Project", rule="item-title-project"),
                Mention(start=len(a) + 2, end=len(a) + 2 + len(b), surface=b, label=b, type="Project",
                        rule="dash-head")]
    assert shared_tails(text, readings, MORPH) == []
    # two different words before the same tail are layout: a list run together, the tail is the name
    c = "Hanke Teollisen vihreän siirtymän digitaalinen kaksonen"
    readings[0] = Mention(start=0, end=len(c), surface=c, label=c, type="Project", rule="item-title-project")
    assert shared_tails(f"{c}\n\n{b} -hankkeelle", readings, MORPH)
