"""A grant to a named project counted against a programme's share: the project receives, the programme in the
allative does not (relations.py, funds:grant-verb)."""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document


def test_a_programme_in_the_allative_beside_the_project_receives_nothing() -> None:
    text = ("1. Hankkeen rahoitustiedot Hakija: Suomussalmen kunta Hankkeen nimi: Rajan kylät työpajoja, "
            "matkailua, kulttuuria Toteuttamisalue: Ylä-Kainuu Myönnetty määräraha: Pohjois-Pohjanmaan liitto on "
            "myöntänyt Rajan kylät työpajoja, matkailua, kulttuuria -hankkeelle ajalle Euroopan aluekehitysrahaston "
            "varoista 50 prosenttia hankkeen hyväksytyistä nettokustannuksista Euregio Karelia Naapuruusohjelmalle "
            "osoitetusta rahoitusosuudesta.\n")
    funds = [(f.subject, f.object) for f in extract_document(record(text)).facts
             if f.predicate == "funds" and f.rule == "funds:grant-verb"]
    assert funds and all("/project/" in o for _, o in funds), funds
