"""Grant news that tells each receiver's application and then what it got (extract/header_granter.py): one who
applies is no giver, a sum told as a cost is no grant, and "Yhdistys sai N euroa" / "Rahaa tuli N euroa" right after
a receiver's application sentence is that receiver's grant."""

from __future__ import annotations

from decimal import Decimal

from tests.helpers import labelled_grants, needs_voikko

RULE = "funds:header-granter"

NEWS = ("Kunta tuki kylien yhdistyksiä 3 000 eurolla\n\n"
        "Avustusta hakeneista yksi oli Karhulan kyläyhdistys.\n\n"
        "Kunnanhallitus jakoi Rovaniemellä toimiville yhdistyksille 3 000 euroa kylätoimintaan.\n\n"
        "Karhulan kyläyhdistys haki 2 000 euroa kylätalon katon korjaukseen. Yhdistys sai 1 200 euroa.\n\n"
        "Pellon Marttayhdistys kertoi, että retken kustannukset ovat 1 400 euroa. Rahaa tuli 800 euroa.\n\n"
        "Tervolan Nuorisoseura anoi 1 500 euroa leirin järjestämiseen. Se sai käyttöönsä 1 000 euroa.\n")


@needs_voikko
def test_the_applicant_in_the_caption_gives_nothing() -> None:
    granters = {g for g, _, _ in labelled_grants(NEWS, "news", RULE)}
    assert "Karhulan kyläyhdistys" not in granters
    assert granters <= {"Kunnanhallitus"}


@needs_voikko
def test_each_receiver_gets_the_sum_the_sentence_after_its_application_says() -> None:
    found = {(r, a) for _, r, a in labelled_grants(NEWS, "news", RULE)}
    assert ("Karhulan kyläyhdistys", Decimal("1200")) in found
    assert ("Pellon Marttayhdistys", Decimal("800")) in found
    assert ("Tervolan Nuorisoseura", Decimal("1000")) in found
    # the sums applied for and the cost are no grants, and the town where the receivers are receives nothing
    assert not {a for _, a in found} & {Decimal("2000"), Decimal("1400"), Decimal("1500"), Decimal("3000")}


@needs_voikko
def test_a_sum_sentence_after_another_kind_of_sentence_gives_nothing() -> None:
    # "Rahaa tuli N euroa" names no one: only the sentence right before it can say whose money it is
    text = NEWS.replace("Rahaa tuli 800 euroa.", "Retki tehdään kesällä. Rahaa tuli 800 euroa.")
    found = {(r, a) for _, r, a in labelled_grants(text, "news", RULE)}
    assert ("Pellon Marttayhdistys", Decimal("800")) not in found


@needs_voikko
def test_a_swedish_handing_out_noun_in_the_opening_makes_grant_news() -> None:
    # the headline's short name and the lead's long name are one giver (short_names.py)
    text = ("Kulturfonden stöder byar i Lappland\n"
            "Svenska kulturfonden har beslutat om en utdelning på 500 000 euro till projekt i Lappland.\n"
            "Det största bidraget på 90 000 euro går till Stiftelsen Norrskenets Hembygdsgård.\n")
    found = labelled_grants(text, "news", RULE)
    assert ("Svenska kulturfonden", "Stiftelsen Norrskenets Hembygdsgård", Decimal("90000")) in found
