"""The one granter a grant document names in its opening funds the receivers named later with a sum:
extract/header_granter.py (issue 12)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.helpers import extract, labelled_grants, needs_voikko

RULE = "funds:header-granter"


def _grants(text: str) -> set[tuple[str, str, Decimal | None]]:
    return labelled_grants(text, "news", RULE)


# the lead says nothing of money in its first 300 characters: only the headline can make this grant news
NEWS = ("{head}\n\nHallitus kokoontui maaliskuussa Rovaniemellä. Kokouksessa käsiteltiin vuoden toimintasuunnitelma, "
        "kuultiin katsaus vapaaehtoistyön tilanteeseen Lapissa ja keskusteltiin lasten ja nuorten harrastuksista "
        "sekä ikäihmisten kotona asumisesta. Kokouksen lopuksi hallitus päätti vuoden avustuksista, joilla "
        "tuetaan paikallista toimintaa.\n\n"
        "Kemijärven Eläkkeensaajat ry 4 500 euroa.\n\n"
        "Sallan Nuorisoseura ry:lle myönnettiin 2 000 euroa kerhotoimintaan.\n\n"
        "Pellon Marttayhdistys ry sai 3 000 euroa ja Tervolan Kyläyhdistys ry 1 500 euroa.\n\n"
        "Lisätietoja antaa säätiön asiamies.\n")


@needs_voikko
def test_rows_after_a_headline_granter_are_its_grants() -> None:
    found = _grants(NEWS.format(head="Lapin Kulttuurisäätiö jakoi avustuksia yhdistyksille"))
    granters = {g for g, _, _ in found}
    assert granters == {"Lapin Kulttuurisäätiö"}
    assert ("Lapin Kulttuurisäätiö", "Kemijärven Eläkkeensaajat ry", Decimal("4500")) in found
    # two names and two sums in turn: each name with the sum after it; the first, "X sai N euroa", is another
    # rule's (funds:granter-in-focus), and a receiver another rule gave a funder is left to it
    assert ("Lapin Kulttuurisäätiö", "Tervolan Kyläyhdistys ry", Decimal("1500")) in found
    assert not any(receiver == "Pellon Marttayhdistys ry" for _, receiver, _ in found)


@needs_voikko
def test_no_word_of_granting_in_the_opening_gives_nothing() -> None:
    # the same rows under a headline about something else: no giver is in the opening
    assert _grants(NEWS.format(head="Lapin Kulttuurisäätiö järjesti seminaarin Rovaniemellä")) == set()


@needs_voikko
def test_two_offices_in_the_opening_give_nothing() -> None:
    # which of the two pays is not said
    text = NEWS.format(head="Opetushallitus ja sosiaali- ja terveysministeriö myönsivät avustuksia")
    assert _grants(text) == set()


@needs_voikko
def test_a_row_after_a_stretch_of_other_talk_is_not_the_opening_granters() -> None:
    filler = " ".join(f"Luvussa {n} kerrotaan kylän muusta toiminnasta." for n in range(1, 8))
    text = NEWS.format(head="Lapin Kulttuurisäätiö jakoi avustuksia yhdistyksille") + filler \
        + "\n\nSodankylän Reserviläiset ry 900 euroa.\n"
    found = {receiver for _, receiver, _ in _grants(text)}
    assert "Kemijärven Eläkkeensaajat ry" in found
    assert "Sodankylän Reserviläiset ry" not in found


@needs_voikko
def test_a_short_item_s_receivers_after_its_lead_are_not_the_opening() -> None:
    # the whole item fits in the opening's characters: the lead names the granter, the sentences after it the
    # receivers, one of them a project owned by a town in the genitive
    text = ("Leader-ryhmä rahoittaa kylien hankkeita\n\n"
            "Kehittämisyhdistys Ylä-Savon Veturi ry:n hallitus teki myönteiset rahoituspäätökset kahdelle hankkeelle. "
            "Vieremän kunnan Kylät kuntoon -hankkeelle myönnettiin 30 000 euroa. "
            "Sonkajärven Urheilijat ry sai 18 000 euroa kentän kunnostukseen.\n")
    found = _grants(text)
    assert {g for g, _, _ in found} == {"Kehittämisyhdistys Ylä-Savon Veturi ry"}
    receivers = {(r, a) for _, r, a in found}
    assert ("Sonkajärven Urheilijat ry", Decimal("18000")) in receivers
    assert not any(r.startswith("Vieremä") for r, _ in receivers)  # the town owns the project, it gets nothing


@needs_voikko
def test_a_table_s_granted_column_is_the_row_s_sum() -> None:
    text = ("Kulttuuriavustukset 2024\n\nLapin Kulttuurisäätiö on myöntänyt avustuksia seuraavasti:\n\n"
            "Hakija | Haettu | Myönnetty\n"
            "Kemijärven Teatteri ry | 10 000 € | 6 000 €\n"
            "Sallan Nuorisoseura ry | 4 000 € | 2 500 €\n")
    # funds:grant-list reads a heading of an applied and a granted column under "seuraavasti:" itself now (the
    # heading's cells parted by "|"); the granted sum is the row's either way
    ex = extract(text, "news")
    label = {iri: e.label for iri, e in ex.entities.items()}
    found = {(label[f.subject], label[f.object], f.amount) for f in ex.facts if f.predicate == "funds"}
    assert ("Lapin Kulttuurisäätiö", "Kemijärven Teatteri ry", Decimal("6000")) in found
    assert ("Lapin Kulttuurisäätiö", "Sallan Nuorisoseura ry", Decimal("2500")) in found
    assert not any(a in {Decimal("10000"), Decimal("4000")} for _g, _r, a in found)
    # the same rows with no heading to say which sum was granted: neither
    assert _grants(text.replace("Hakija | Haettu | Myönnetty\n", "")) == set()


@needs_voikko
def test_a_genitive_giver_of_its_own_sentence_keeps_its_grant() -> None:
    text = ("Ministeriö rahoittaa tutkimusta\n\nSosiaali- ja terveysministeriö on myöntänyt rahoitusta "
            "tutkimushankkeille.\n\nVäitöstutkimukseen on myönnetty Alfred Kordelinin säätiön 20 000 euron apuraha.\n")
    assert _grants(text) == set()


def test_granted_column_reads_the_heading_line_only() -> None:
    from welfare_kg.extract.header_granter import _granted_column

    rows = "Hakija\tHaettu €\tMyönnetty €\nA ry\t100 €\t50 €\n"
    assert _granted_column(rows, rows.index("A ry")) == -1
    assert _granted_column("Hakija | Myönnetty | Haettu\nA ry", 27) == 0
    # prose naming both words is no heading
    prose = "Yhdistys haki 2 000 euroa, ja sille myönnettiin puolet siitä, eli 1 000 euroa.\nA ry"
    assert _granted_column(prose, prose.index("A ry")) is None


@needs_voikko
def test_one_sum_for_each_goes_to_every_receiver_named() -> None:
    lead = "Lapin Kulttuurisäätiö jakoi avustuksia yhdistyksille.\n\n"
    same = _grants(lead + "Kemijärven Eläkkeensaajat ry ja Sallan Nuorisoseura ry saavat kukin 2 000 euroa.\n")
    assert ("Lapin Kulttuurisäätiö", "Kemijärven Eläkkeensaajat ry", Decimal("2000")) in same
    # the receivers in one sentence, each one's share in the next
    after = _grants(lead + "Suurimmat osuudet saivat Kemijärven Eläkkeensaajat ry ja Sallan Nuorisoseura ry. "
                           "Kunkin osuus on 3 000 euroa.\n")
    assert ("Lapin Kulttuurisäätiö", "Sallan Nuorisoseura ry", Decimal("3000")) in after
    assert ("Lapin Kulttuurisäätiö", "Kemijärven Eläkkeensaajat ry", Decimal("3000")) in after
    # without a word of "each" one sum for two names is no one's
    assert not _grants(lead + "Suurimmat osuudet saivat Kemijärven Eläkkeensaajat ry ja Sallan Nuorisoseura ry. "
                              "Summa on 3 000 euroa.\n")


@needs_voikko
def test_a_row_s_sum_completes_another_rule_s_grant_without_one() -> None:
    text = ("Säätiö jakoi avustuksia\n\nLapin Kulttuurisäätiö jakoi avustuksia kyläyhdistyksille. Avustuksen saivat "
            "Sallan Nuorisoseura ry (5 000 euroa), Kemijärven Eläkkeensaajat ry (3 000 euroa) ja Pellon "
            "Marttayhdistys ry (2 000 euroa).\n")
    ex = extract(text, "news")
    label = {iri: e.label for iri, e in ex.entities.items()}
    sums = {label[f.object]: f.amount for f in ex.facts if f.predicate == "funds"}
    assert sums.get("Sallan Nuorisoseura ry") == Decimal("5000")
    assert sums.get("Pellon Marttayhdistys ry") == Decimal("2000")


DONATIONS = ("{owner}\n\nLahjoitukset 2024\n\nPankki lahjoitti tänä vuonna yhteensä 20 000 euroa paikallisille "
             "toimijoille.\n\nKuopion Nuorisoseura ry 5 000 euroa\nSiilinjärven Kyläyhdistys ry 3 000 euroa\n")


@needs_voikko
def test_the_page_owner_a_kind_word_stands_for_donates_to_the_rows() -> None:
    found = _grants(DONATIONS.format(owner="Pohjois-Savon Osuuspankki"))
    assert ("Pohjois-Savon Osuuspankki", "Kuopion Nuorisoseura ry", Decimal("5000")) in found


@needs_voikko
def test_two_banks_in_the_opening_leave_the_giver_unknown() -> None:
    found = _grants(DONATIONS.format(owner="Pohjois-Savon Osuuspankki ja Kuopion Säästöpankki"))
    assert not found


@needs_voikko
def test_a_genitive_owner_of_a_thing_takes_no_sum() -> None:
    """"Kemijärven kaupungin hallintosäännön mukaan yhdistykselle on myönnetty 3 900 euroa": the town owns the rule,
    the sum is the association's; a genitive before the receiving activity ("X:n kerhotoimintaan") still receives."""
    head = "Lapin Kulttuurisäätiö jakoi avustuksia yhdistyksille\n\n"
    rule = head + "Kemijärven kaupungin hallintosäännön mukaan yhdistykselle on myönnetty perusavustusta 3 900 euroa.\n"
    assert not any(r == "Kemijärvi" or r.startswith("Kemijärven") for _, r, _ in _grants(rule))
    owner = head + "Sallan Nuorisoseura ry:n kerhotoimintaan myönnettiin 2 000 euroa.\n"
    assert ("Lapin Kulttuurisäätiö", "Sallan Nuorisoseura ry", Decimal("2000")) in _grants(owner)


@needs_voikko
def test_the_rows_after_a_lead_colon_are_receivers_not_the_giver() -> None:
    """"Säätiö myönsi seuraavat avustukset:" then a row a line: the first row's association gives nothing."""
    rows = ("Avustukset\n\nSäätiö myönsi seuraavat avustukset:\nIisalmen Nuorisoseurat ry\t\t\t2 000 e\n"
            "Kiuruveden Kotiseutuyhdistys ry\t\t1 500 e\nSonkajärven Martat ry\t\t\t800 e\n")
    assert not any(g == "Iisalmen Nuorisoseurat ry" for g, _, _ in _grants(rows))


@needs_voikko
def test_a_fund_gives_where_the_opening_names_no_organisation() -> None:
    """"Pohjois-Savon Kulttuurirahasto jakoi apurahoja" over rows "X ry: 3 000 euroa": the fund is the opening's
    giver (granter_of_opening, which listed_receivers.py reads the rows with)."""
    ex = extract("Pohjois-Savon Kulttuurirahasto jakoi apurahoja\n\nPohjois-Savon Kulttuurirahasto jakoi "
                 "vuosipäivänään apurahoja yhteisöille. Apurahan saivat:\n\nKuopion Kamarikuoro ry: 3 000 euroa\n"
                 "Siilinjärven Teatteri ry: 2 500 euroa\nLeppävirran Nuorisoseura ry: 1 000 euroa", "news")
    label = {iri: e.label for iri, e in ex.entities.items()}
    found = {(label[f.subject], label[f.object], f.amount) for f in ex.facts if f.predicate == "funds"}
    assert ("Pohjois-Savon Kulttuurirahasto", "Siilinjärven Teatteri ry", Decimal("2500")) in found


def test_a_row_whose_name_pays_its_own_share_is_no_receiver() -> None:
    text = ("Pohjois-Savon liitto myönsi rahoitusta Arjen apu -hankkeelle.\n\nPohjois-Savon liitto rahoittaa "
            "hanketta 80 000 eurolla. Kuopion kaupunki osallistuu rahoitukseen 20 000 eurolla.\n")
    assert not any(receiver == "Kuopio" for _, receiver, _ in _grants(text))


@needs_voikko
def test_a_bank_named_only_in_a_letterhead_list_still_makes_the_bare_bank_word_ambiguous() -> None:
    text = ("Osuuspankki ja Säästöpankki yhdessä\n\nLahjoitukset 2024\n\nPankki lahjoitti tänä vuonna 20 000 euroa "
            "paikallisille toimijoille.\n\nKuopion Nuorisoseura ry 5 000 euroa\n")
    assert not {g for g in _grants(text) if g[0].endswith("pankki")}


# the opening names the giver in the ablative before a receiving verb: where the money came from
SOURCE_NEWS = ("Tukea kylille\n\n{lead} kaikkiaan kaksitoista hanketta ja yhdeksän yritystä alkuvuonna.\n\n"
               "Kemijärven Eläkkeensaajat ry sai 4 500 euroa kerhotilan kunnostukseen.\n\n"
               "Tervolan Kyläyhdistys ry sai 12 000 euroa kylätalon laajennukseen.\n")


@needs_voikko
def test_an_ablative_giver_before_a_receiving_verb_gives() -> None:
    found = _grants(SOURCE_NEWS.format(lead="Lapin ELY-keskukselta sai myönteisen tukipäätöksen"))
    ely = "Lapin elinkeino-, liikenne- ja ympäristökeskus"
    assert {g for g, _, _ in found} == {ely}
    assert (ely, "Tervolan Kyläyhdistys ry", Decimal("12000")) in found


@needs_voikko
def test_a_nominative_name_before_a_receiving_verb_gives_nothing() -> None:
    # "X sai tukipäätöksen": X receives, so the opening names no giver
    assert _grants(SOURCE_NEWS.format(lead="Lapin Kulttuurisäätiö sai myönteisen tukipäätöksen")) == set()


# a page of one receiver's grants by giver: the rows under each giver's heading are that giver's, not the office
# the opening names
SECTIONS = ("Kylätalon saamat avustukset vuonna 2025\n\n"
            "Kylätalolle on myönnetty tälle vuodelle avustuksia sekä Opetushallitukselta että Rovaniemen "
            "kaupungilta yhteensä yli 40 000 euroa.\n\n"
            "Rovaniemen kaupungin avustukset\n\n"
            "Tervolan Kyläyhdistys ry sai toiminta-avustusta 12 000 euroa.\n\n"
            "Opetushallituksen avustukset\n\n"
            "Kemijärven Eläkkeensaajat ry sai kohdeavustusta 4 500 euroa.\n")


@needs_voikko
def test_a_section_heading_names_the_giver_of_its_rows() -> None:
    found = _grants(SECTIONS)
    assert ("Rovaniemi", "Tervolan Kyläyhdistys ry", Decimal("12000")) in found
    assert ("Opetushallitus", "Kemijärven Eläkkeensaajat ry", Decimal("4500")) in found
    assert len(found) == 2


@needs_voikko
def test_the_genitive_of_received_grants_gives_nothing() -> None:
    # "X:n saamat avustukset": X receives; with no section headings its rows have no giver of the opening's
    text = ("Kylätalon Tuki ry:n saamat avustukset vuonna 2025\n\nYhdistys jakoi avustukset eteenpäin.\n\n"
            "Tervolan Kyläyhdistys ry sai 12 000 euroa.\n")
    assert _grants(text) == set()


@needs_voikko
def test_a_receiver_named_again_by_its_kind_word() -> None:
    text = NEWS.format(head="Lapin Kulttuurisäätiö jakoi avustuksia yhdistyksille").replace(
        "Lisätietoja antaa", "Sodankylän Reserviläiset ry on saamassa tukea kerhotiloihin. Yhdistys saa myös "
                             "2 500 euroa retkiin.\n\nLisätietoja antaa")
    assert ("Lapin Kulttuurisäätiö", "Sodankylän Reserviläiset ry", Decimal("2500")) in _grants(text)
    # two of the kind named before: whose the sum is, the kind word does not say
    two = text.replace("Sodankylän Reserviläiset ry on saamassa", "Sodankylän Reserviläiset ry ja Sallan Latu ry "
                                                                  "ovat saamassa")
    assert not any(r == "Sodankylän Reserviläiset ry" for _, r, _ in _grants(two))


# rows "Receiver, Town. Purpose, sum" under the granter's lead: the sentence splitter cuts each row at its full stop
ROWS_CUT_AT_FULL_STOP = ("Lapin Kulttuurisäätiö on myöntänyt toiminta-avustuksia yhdistyksille 90 000 eurolla.\n\n"
                         "Vuoden avustukset\n\n"
                         "Sallan Nuorisoseura ry, Rovaniemi. Kerhotoiminnan järjestäminen, 12 000 €\n\n"
                         "Pellon Marttayhdistys ry, Kemi. Ruokakurssien kuluihin, 8 000 €\n\n"
                         "Tervolan Kyläyhdistys ry hallinnoi kylätaloa. Rovaniemi tukee sitä. Kylätalon kunnostus "
                         "maksaa 40 000 €\n")


@needs_voikko
def test_a_row_cut_at_its_full_stop_keeps_its_receiver_and_sum() -> None:
    found = _grants(ROWS_CUT_AT_FULL_STOP)
    assert ("Lapin Kulttuurisäätiö", "Sallan Nuorisoseura ry", Decimal("12000")) in found
    assert ("Lapin Kulttuurisäätiö", "Pellon Marttayhdistys ry", Decimal("8000")) in found
    # the town after the comma is where the receiver is, not a receiver of the row's sum
    assert not any(receiver in {"Rovaniemi", "Kemi"} for _, receiver, _ in found)
    # a sum two sentences on is no part of the row that named the receiver
    assert not any(receiver == "Tervolan Kyläyhdistys ry" for _, receiver, _ in found)


@needs_voikko
def test_a_receiver_named_again_after_its_sum_is_still_one_receiver() -> None:
    # "A sai N euroa hankkeeseen, jolla markkinoidaan A:ta": the town named again after the sum is the same receiver
    text = ("Opetus- ja kulttuuriministeriöltä sai tukipäätöksen keväällä 12 kehittämishanketta.\n\n"
            "Kemin kaupunki sai 8 400 euroa hankkeeseen, jolla markkinoidaan Kemiä asuinpaikkana.\n")
    found = {(granter.lower(), receiver, amount) for granter, receiver, amount in _grants(text)}
    assert ("opetus- ja kulttuuriministeriö", "Kemi", Decimal("8400")) in found, labelled_grants(text)


@needs_voikko
def test_a_project_named_after_the_sum_takes_it_from_its_applicant() -> None:
    # "A ry:lle myönnettiin N euroa B -hankkeelle": the sum goes to the project; the association applied for it
    text = ("Lapin Kulttuurisäätiön hallitus on päättänyt kevään apurahoista. Apurahoja haki 40 yhdistystä.\n\n"
            "Sallan Nuorisoseura ry:lle myönnettiin 12 000 euroa Kesä Kylässä -hankkeelle.\n")
    found = _grants(text)
    assert ("Lapin Kulttuurisäätiö", "Kesä Kylässä", Decimal("12000")) in found, labelled_grants(text)


# a bank's donation news: the giver only in the headline, then rows "Name ry 1000 e" each with lines about the
# receiver under it (a bare "e" after a number with no thousands space, a committee after a comma)
DESCRIBED_ROWS = ("{head}\n\nLahjoituspotti jaettiin paikallisille toimijoille. "
                  "Hakemuksia tuli yhteensä 14 kappaletta. "
                  "Lahjoituksista päätti pankin hallitus syyskuussa. Valinnoissa painotettiin lasten ja nuorten "
                  "harrastuksia sekä ikäihmisten arkea.\n\n"
                  "Hollolan Eläkeläiset ry 1000 e\n"
                  "* Lahjoituksella järjestetään retki jäsenille. Retki suuntautuu Lahteen. "
                  "Mukaan mahtuu neljäkymmentä jäsentä. Bussi lähtee torilta aamulla. "
                  "Retkellä vieraillaan museossa. Paluu on illalla.\n\n"
                  "Nastolan Kyläyhdistys ry, nuorisotoimikunta 2000 e\n"
                  "* Lahjoitusvaroilla hankitaan kerhon välineitä.\n")


@needs_voikko
def test_described_rows_with_plain_e_sums_are_the_headline_givers() -> None:
    found = _grants(DESCRIBED_ROWS.format(head="Hämeen Osuuspankki lahjoitti yhdistyksille 3 000 euroa"))
    assert ("Hämeen Osuuspankki", "Hollolan Eläkeläiset ry", Decimal("1000")) in found
    # the list goes on at its next row after the lines about the first receiver; the committee after the comma is
    # the association's own, so the association receives the row's sum
    assert ("Hämeen Osuuspankki", "Nastolan Kyläyhdistys ry", Decimal("2000")) in found
    assert len(found) == 2


@needs_voikko
def test_described_rows_with_no_giver_named_give_nothing() -> None:
    assert _grants(DESCRIBED_ROWS.format(head="Lahjoituksia paikallisille yhdistyksille")) == set()


# a foundation's grant news in Swedish: the giver only in the headline, receivers given as examples, the second's
# sum said by reference to the first's
SAME_SUM = ("{head}\n\nI år fick stiftelsen in fler ansökningar än förut. Många föreningar kämpar med sin ekonomi. "
            "Som exempel kan nämnas Norrby ungdomsförening rf, som får 2 000 euro för att ordna kurser, eller "
            "Skärgårdens seniorer rf, som {verb} för att ordna resor.\n")


@needs_voikko
def test_a_sum_said_by_reference_is_the_sum_named_before_it() -> None:
    found = labelled_grants(SAME_SUM.format(head="Stiftelsen Kustfonden delar ut bidrag till föreningar",
                                            verb="får motsvarande"))
    assert ("Stiftelsen Kustfonden", "Norrby ungdomsförening rf", Decimal("2000")) in found
    assert ("Stiftelsen Kustfonden", "Skärgårdens seniorer rf", Decimal("2000")) in found


@needs_voikko
def test_two_receivers_and_one_sum_pair_nothing() -> None:
    # the second's sum not said: whose the one sum is the sentence leaves open, so no row is read
    found = labelled_grants(SAME_SUM.format(head="Stiftelsen Kustfonden delar ut bidrag till föreningar",
                                            verb="får ett bidrag"))
    assert ("Stiftelsen Kustfonden", "Skärgårdens seniorer rf", Decimal("2000")) not in found


# a board's grants after a lead naming no one: the inline run "Avustukset: A ry N euroa, B ry N e, ..." of the
# opening's one board, with a refused row, an applied sum and a person among the items
INLINE_RUN = ("{head}\n\n{lead}Jaettavana oli 4 000 euroa. Hakemuksia tuli kuusi.\n\n"
              "Avustukset: Kivikon Kuoro ry 300 euroa, Harjun Latu ry 750 e (700 ja 50 e), Ville Virta 400 e, "
              "Niemen Martat ry ei avustusta, Salon Soittajat ry haettu 900 e, Kallion Kyläseura ry 1000 e.\n")


@needs_voikko
@pytest.mark.parametrize("lead", ["Kuhmoisten vapaa-aikalautakunta päätti kevään kulttuuriavustuksista. ", ""])
def test_an_inline_run_of_items_after_a_grant_lead_is_the_boards(lead: str) -> None:
    found = _grants(INLINE_RUN.format(head="Kuhmoisten vapaa-aikalautakunta 14.3.2026", lead=lead))
    board = "Kuhmoisten vapaa-aikalautakunta"
    assert (board, "Kivikon Kuoro ry", Decimal(300)) in found
    assert (board, "Harjun Latu ry", Decimal(750)) in found
    assert (board, "Kallion Kyläseura ry", Decimal(1000)) in found
    # the refused row and the applied sum give nothing
    assert not {r for _g, r, _a in found} & {"Niemen Martat ry", "Salon Soittajat ry"}, found


@needs_voikko
def test_an_inline_run_with_no_giver_named_gives_nothing() -> None:
    assert _grants(INLINE_RUN.format(head="Kevään kulttuuriavustukset", lead="")) == set()

