"""A bare "hanke" right after a sentence about an organisation's project the text does not name points to that
project, not to the one in focus ("... myönnettiin X Oy:n hankkeeseen. Hankkeeseen on myönnetty maaseuturahaston
rahoitusta.": X's project) (session 35 output audit a38: an ELY centre's funding review gave a fund to the named
project of the paragraph before).

The sentences are invented; the fund and the agency are real ones of the reference data.
"""

from __future__ import annotations

from helpers import labelled_facts, needs_voikko_for

needs_voikko = needs_voikko_for("cases and lemmas come from Voikko")


@needs_voikko
def test_a_bare_project_word_after_a_companys_unnamed_project_is_not_the_named_one() -> None:
    text = ("ELY-keskuksen kautta Lappiin 20 miljoonaa euroa (Lappi)\n\n"
            "ELY-keskus rahoitti Lappiin kesän aikana 40 hanketta, joihin se myönsi tukea yhteensä noin 5 miljoonaa "
            "euroa.\n\n"
            "Suurin tukisumma, noin 0,8 miljoonaa euroa, myönnettiin Lapin koulutuskeskuksen toteuttamaan KOTI – "
            "Kotoutumista työelämälähtöisesti -hankkeeseen. Hankkeessa kehitetään kotoutumiskoulutusta. ELY-keskus "
            "on myöntänyt hankkeeseen Euroopan sosiaalirahaston rahoitusta.\n\n"
            "Toiseksi eniten tukea myönnettiin Tunturimaja Oy:n hankkeeseen, jolla yritys laajentaa majoitustaan. "
            "Hankkeeseen on myönnetty maaseuturahaston rahoitusta.")
    facts = labelled_facts(text)
    assert not any(p == "funds" and "maaseu" in s.lower() and o.startswith("KOTI") for s, p, o in facts)
    assert any(p == "funds" and "sosiaalirahasto" in s and o.startswith("KOTI") for s, p, o in facts)
