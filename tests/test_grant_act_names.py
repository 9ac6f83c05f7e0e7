"""A project's name between a grant act and "hankkeelle"/"projektille" (extract/grant_act_names.py).

Invented item titles of a regional council's minutes, one a line and run into one line (a transcript's agenda);
what names no project there: a known word in lower case, an organisation's or a place's genitive (whose project), a
compound of the head ("kehittämishankkeelle"), a fund glued to the head. Names are not the corpus's."""

from __future__ import annotations

from helpers import record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer

ITEMS = ("Hakemus Euroopan aluekehitysrahaston rahoituksen myöntämiseksi KUVIO Kuvataiteen osaamisella kasvuun "
         "hankkeelle",
         "Maakunnan kehittämisrahan myöntäminen Pajupilli Kulttuuria kylille Pirkanmaalla -projektille",
         "Rahoituksen myöntämiseksi ROTKO 07 hankkeelle",
         "Rahoituksen myöntämiseksi Taidosta työhön pienyrityksissä hankkeelle")
NAMES = {"KUVIO Kuvataiteen osaamisella kasvuun", "Pajupilli Kulttuuria kylille Pirkanmaalla", "ROTKO 07",
         "Taidosta työhön pienyrityksissä"}


def _projects(text: str, kind: str = "minutes") -> set[str]:
    out = extract_document(record(text, kind), gazetteer=reference_gazetteer())
    return {label for e in out.entities.values() if e.type == "Project" for label in {e.label, *e.labels}}


def test_names_one_item_a_line() -> None:
    text = "Maakuntahallitus 14.5.2009\n\n" + "\n".join(f"{k} {t}" for k, t in enumerate(ITEMS, 40)) + "\n"
    found = _projects(text)
    assert found >= NAMES
    assert "KUVIO" in found  # the short name opening the title is a name too


def test_names_of_an_agenda_run_into_one_line() -> None:
    text = "Aika: klo Paikka: Maakuntatalo 85 Kokouksen laillisuus ja päätösvaltaisuus " + " ".join(ITEMS) + \
        " Hämeen liiton osavuosikatsaus"
    found = _projects(text)
    assert found >= NAMES
    assert not any(n.startswith(("Euroopan", "Rahoituksen", "Hakemus")) for n in found)


def test_no_name_where_the_words_say_whose_or_what_kind() -> None:
    text = ("Avustuksen myöntäminen uudelle hankkeelle. Rahoituksen myöntäminen Lapin yliopiston hankkeelle. "
            "Avustuksen myöntäminen Kainuun hankkeelle. Rahoituksen myöntäminen kehittämishankkeelle. "
            "Rahoituksen myöntäminen ESR-hankkeelle. Lisärahoituksen myöntäminen tälle projektille.")
    found = _projects(text, "news")
    assert not found  # main read "Avustuksen myöntäminen uudelle hanke" and "... tälle projekti" as names
