"""One grant sentence with several allative recipients, each its own sum; grant tables headed by their columns.

Sentences are written for these tests (no real document's text). The granter is the one
organisation in the nominative before the verb; a name whose allative ending stands on a word
after it ("... KF r.f:lle") is a recipient, never the granter; a fund named in the genitive as
the owner of the money granted is its source, never a recipient.
"""

from __future__ import annotations

from decimal import Decimal

from tests.helpers import record
from welfare_kg.extract.allative_grants import ablative_case, allative_tail, grant_table_heading, own_sums
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.model import Extraction, Mention
from welfare_kg.extract.money import find_amounts
from welfare_kg.ontology.namespace import ID


def funds(ex: Extraction) -> set[tuple[str, str, Decimal | None]]:
    return {(ex.entities[f.subject].label, ex.entities[f.object].label, f.amount) for f in ex.facts
            if f.predicate == "funds"}


def test_each_allative_recipient_gets_its_own_sum() -> None:
    text = ("Kulttuurilautakunta 3.4.2024\n\nKulttuurilautakunta myönsi kohdeavustuksena Mäntylän Kuoro ry:lle "
            "1 250 euroa ja Koivulan Teatteriseura ry:lle 2 400 euroa.\n")
    got = funds(extract_document(record(text, kind="minutes")))
    amounts = {(o, a) for _s, o, a in got}
    assert ("Mäntylän Kuoro ry", Decimal(1250)) in amounts
    assert ("Koivulan Teatteriseura ry", Decimal(2400)) in amounts
    # the first recipient is not the granter of the second, nor does the second get the first's sum
    assert not any(s == "Mäntylän Kuoro ry" for s, _o, _a in got)
    assert ("Koivulan Teatteriseura ry", Decimal(1250)) not in amounts


def test_a_hedged_sum_stays_approximate() -> None:
    text = ("Kulttuurilautakunta 3.4.2024\n\nKulttuurilautakunta myönsi Mäntylän Kuoro ry:lle noin 1 250 euroa "
            "ja Koivulan Teatteriseura ry:lle 2 400 euroa.\n")
    ex = extract_document(record(text, kind="minutes"))
    quals = {(ex.entities[f.object].label, f.amount, f.amount_qualifier) for f in ex.facts if f.predicate == "funds"}
    assert quals == {("Mäntylän Kuoro ry", Decimal(1250), "approximate"),
                     ("Koivulan Teatteriseura ry", Decimal(2400), None)}


def _mention(start: int, end: int, case: str | None) -> Mention:
    return Mention(start=start, end=end, surface="x", label="x", type="Association", rule="test", case=case)


def test_allative_tail_after_a_name() -> None:
    text = "Lautakunta myönsi Norrbyns Ungdomsförbund NUF r.f:lle 500 euroa"
    name = text.index("Norrbyns")
    m = _mention(name, name + len("Norrbyns Ungdomsförbund"), None)
    assert allative_tail(text, 0, m)
    # a granter followed by its verb and an abbreviation in the allative stays the granter
    text2 = "STM myönsi HUS:lle 500 euroa"
    assert not allative_tail(text2, 0, _mention(0, 3, "nimento"))


def test_grant_table_heading() -> None:
    assert grant_table_heading("Avustuksen saaja ja myönnetty summa")
    assert grant_table_heading("Stödmottagare och beviljat belopp")
    assert not grant_table_heading("Avustuksen saaja ja myönnetty summa ilmoitetaan myöhemmin.")
    assert not grant_table_heading("Hakijat ja haettu summa")  # no receiver column word
    assert not grant_table_heading("Saaja ja summa")  # nothing says it is a grant


def test_table_heading_opens_a_list_for_the_paying_ministry() -> None:
    text = ("Opetusministeriö tiedottaa kahden miljoonan euron lisämäärärahasta kirjastoille.\n\n"
            "Avustuksen saaja ja sille myönnetty summa\n\n"
            " • Kuopion kaupunki 250 000 €\n"
            " • Joensuun kaupunki 180 500 €\n")
    got = funds(extract_document(record(text, kind="news")))
    assert {(o, a) for _s, o, a in got} >= {("Kuopio", Decimal(250000)), ("Joensuu", Decimal(180500))}


def test_fund_owning_the_money_is_not_its_recipient() -> None:
    text = ("Lapin ELY-keskus on myöntänyt viime vuonna yhteensä 12,5 miljoonaa euroa Euroopan sosiaalirahaston "
            "(ESR) ja valtion rahoitusta kehittämishankkeille.\n")
    ex = extract_document(record(text, kind="news"))
    assert not any(f.predicate == "funds" and f.object == ID + "programme/esr" for f in ex.facts)


def test_municipality_before_its_grant_verb_funds_the_recipient() -> None:
    text = "Uutinen\n\nKuopion kaupunki on myöntänyt Harjun Nuoret ry:lle 8 000 euron avustuksen.\n"
    got = funds(extract_document(record(text, kind="news")))
    assert ("Kuopio", "Harjun Nuoret ry", Decimal(8000)) in got


def test_municipal_loan_or_permit_is_no_grant() -> None:
    loan = "Uutinen\n\nKuopion kaupunki myönsi Harjun Nuoret ry:lle 8 000 euron lainan.\n"
    permit = "Uutinen\n\nKuopion kaupunki myönsi Harjun Nuoret ry:lle luvan tapahtumaan.\n"
    for text in (loan, permit):
        got = funds(extract_document(record(text, kind="news")))
        assert not any(s == "Kuopio" for s, _o, _a in got)


def test_swedish_board_grants_the_association_after_its_verb() -> None:
    text = ("Kommunstyrelsen 4.3.2024 § 12\n\nKommunstyrelsen beslöt att bevilja Backby Ungdomsförening rf "
            "2 500 euro i understöd.\n")
    ex = extract_document(record(text, kind="minutes"))
    got = {(ex.entities[f.object].label, f.amount) for f in ex.facts if f.predicate == "funds"}
    assert ("Backby Ungdomsförening rf", Decimal(2500)) in got
    sv_news = "Nyhet\n\nKorsholms kommun har beviljat Backby Ungdomsförening rf ett understöd på 2 500 euro.\n"
    assert ("Mustasaari", "Backby Ungdomsförening rf", Decimal(2500)) in funds(extract_document(record(sv_news)))


def test_a_row_cut_after_its_sum_keeps_the_sum() -> None:
    text = ("Opetusministeriö tiedottaa kahden miljoonan euron lisämäärärahasta kirjastoille.\n\n"
            "Avustuksen saaja ja sille myönnetty summa\n\n"
            " • Kuopion kaupunki 250 000 €\n"
            " • Joensuun kaupunki 180 500 €\n"
            " • Iisalmen kaupunki 75 250\n")
    got = {(o, a) for _s, o, a in funds(extract_document(record(text, kind="news")))}
    assert ("Iisalmi", Decimal(75250)) in got
    first = text.replace(" • Kuopion kaupunki 250 000 €\n • Joensuun kaupunki 180 500 €\n", "")
    # a bare number with no row before it that gave euros is no sum
    assert ("Iisalmi", Decimal(75250)) not in {(o, a) for _s, o, a in funds(extract_document(record(first)))}


def test_swedish_fronted_recipient_is_no_granter() -> None:
    grant = "Nyhet\n\nTill Backby Ungdomsförening rf beviljade stadsstyrelsen ett verksamhetsbidrag på 15 000 euro.\n"
    ex = extract_document(record(grant))
    got = {(ex.entities[f.subject].type, ex.entities[f.object].label, f.amount) for f in ex.facts
           if f.predicate == "funds"}
    assert got == {("Body", "Backby Ungdomsförening rf", Decimal(15000))}
    loan = "Nyhet\n\nTill Backby Ungdomsförening rf beviljade stadsstyrelsen ett lån på 15 000 euro.\n"
    assert not any(f.predicate == "funds" for f in extract_document(record(loan)).facts)


def test_currency_column_table_under_a_paying_ministry() -> None:
    text = ("Finansministeriet styr nu en tilläggsfinansiering på sammanlagt 12 miljoner euro till områdena.\n\n"
            "Tabell över beviljade medel\n\nOmråde        Euro\nSödra Karelens välfärdsområde  821 944\n"
            "Södra Savolax välfärdsområde   2 848 185\n")
    got = {(o, a) for _s, o, a in funds(extract_document(record(text)))}
    assert len(got) == 2 and {a for _o, a in got} == {Decimal(821944), Decimal(2848185)}
    unpaid = text.replace("Finansministeriet styr nu", "Man talar om")  # no payer named: no table of grants
    assert not funds(extract_document(record(unpaid)))


def test_receivers_after_a_fronted_money_word_get_the_named_granters_money() -> None:
    text = ("Uutinen\n\nOpetusministeriö myöntää tänä vuonna yhteensä 3 miljoonaa euroa avustuksia nuorisojärjestöille."
            "\n\nEniten avustuksia saavat Pihlajan Partiolaiset ry, Koivulan Nuoret ry sekä Harjun Laulajat ry.\n")
    got = funds(extract_document(record(text)))
    okm = "opetus- ja kulttuuriministeriö"
    assert {(s.lower(), o) for s, o, _a in got} >= {(okm, "Pihlajan Partiolaiset ry"), (okm, "Koivulan Nuoret ry"),
                                                    (okm, "Harjun Laulajat ry")}
    sums = ("Uutinen\n\nOpetusministeriö myöntää avustuksia.\n\n"
            "Avustusta saivat Pihlajan Partiolaiset ry 5 000 euroa ja Koivulan Nuoret ry 3 000 euroa.\n")
    assert {(o, a) for _s, o, a in funds(extract_document(record(sums)))} >= {
        ("Pihlajan Partiolaiset ry", Decimal(5000)), ("Koivulan Nuoret ry", Decimal(3000))}


def test_fronted_receivers_need_a_granter_and_no_giver_of_their_own() -> None:
    nobody = "Uutinen\n\nEniten avustuksia saavat Pihlajan Partiolaiset ry ja Koivulan Nuoret ry.\n"
    assert not funds(extract_document(record(nobody)))
    own_giver = ("Uutinen\n\nOpetusministeriö myöntää avustuksia.\n\n"
                 "Avustusta saivat myös Pihlajan Partiolaiset ry Kuopion kaupungilta.\n")
    assert not any("ministeriö" in s.lower() for s, _o, _a in funds(extract_document(record(own_giver))))


def test_a_glued_headline_sum_is_not_the_grants_sum() -> None:
    text = ("3,5 miljoonaa lapsi- ja perhepolitiikan kehittämisohjelmalle\nOpetus- ja kulttuuriministeriö on "
            "myöntänyt 3 520 000 euroa hallituksen lapsi- ja perhepolitiikan kehittämisohjelman toimeenpanoon. "
            "Avustusta myönnettiin kaikkiaan 40 hankkeelle.\n")
    got = {f.amount for f in extract_document(record(text)).facts if f.predicate == "funds"}
    assert Decimal(3520000) in got and Decimal(3500000) not in got


def test_ablative_case_of_an_unknown_name_is_read_from_its_ending() -> None:
    def unknown(surface: str, label: str, kind: str = "Company") -> Mention:
        return Mention(0, len(surface), surface, label, kind, None, None)
    assert ablative_case(unknown("Mäntyvaaran Osuuspankilta", "Mäntyvaaran Osuuspankki"))
    assert not ablative_case(unknown("Mäntyvaaran Osuuspankki", "Mäntyvaaran Osuuspankki"))
    assert not ablative_case(unknown("Kylä-Pelta", "Kylä-Pelta"))  # the ending belongs to the name itself
    assert not ablative_case(unknown("Liisa Kultalta", "Liisa Kulta", "Person"))
    assert ablative_case(Mention(0, 5, "STM:ltä", "STM", "Ministry", None, "ulkoeronto"))


def test_a_sum_after_an_unknown_receiver_in_the_allative_is_not_the_one_before_s() -> None:
    text = "A:lle 12 000 euroa, Porin Lenyvyjen Purenekunnalle 17 000 euroa sekä B:lle 7 000 euroa."
    sums = find_amounts(text)
    got = own_sums(text, 0, sums, text.index(":lle") + 4, text.index("B:lle"))
    assert [a.value for a in got] == [Decimal(12000)]
    # two sums of one receiver (two years, no receiver between them) stay two: no one sum of its own
    text = "A:lle 12 000 euroa vuodelle 2024 ja 10 000 euroa vuodelle 2025."
    assert len(own_sums(text, 0, find_amounts(text), 5, len(text))) == 2


def test_an_unknown_receiver_in_a_grant_list_costs_the_others_nothing() -> None:
    text = ("Kulttuurilautakunta 3.4.2024\n\nKaupunginhallitus päättää osoittaa määrärahasta avustuksia 60 000 "
            "eurolla. Avustuksista Kuopion vanhusneuvostolle maksetaan 12 000 euroa, Kuopion Lenyvyjen "
            "Purenekunnalle 17 000 euroa sekä Kuopion Kiinteistöomistajat ry:lle 7 000 euroa.\n")
    got = {(o, a) for _s, o, a in funds(extract_document(record(text, kind="minutes")))}
    assert ("Kuopion Kiinteistöomistajat ry", Decimal(7000)) in got
    assert not any(o == "Kuopion vanhusneuvosto" and a != Decimal(12000) for o, a in got)


def test_money_first_recipients_each_get_the_sum_before_them() -> None:
    text = ("Säätiön apurahat 2024\n\nKuopion Säätiö sr myönsi 1 250 euroa Mäntylän Kuoro ry:lle, 900 euroa "
            "Liedon Latu ry:lle ja 2 400 euroa Koivulan Teatteriseura ry:lle.\n")
    amounts = {(o, a) for s, o, a in funds(extract_document(record(text))) if s == "Kuopion Säätiö sr"}
    assert {("Mäntylän Kuoro ry", Decimal(1250)), ("Liedon Latu ry", Decimal(900)),
            ("Koivulan Teatteriseura ry", Decimal(2400))} <= amounts, amounts


def test_a_donors_money_first_list_funds_each_receiver() -> None:
    text = "Pohjois-Savon Osuuspankki lahjoitti 3 000 euroa Mäntylän Kuoro ry:lle ja 1 000 euroa Liedon Latu ry:lle.\n"
    got = funds(extract_document(record(text)))
    assert ("Pohjois-Savon Osuuspankki", "Liedon Latu ry", Decimal(1000)) in got, got
    assert ("Pohjois-Savon Osuuspankki", "Mäntylän Kuoro ry", Decimal(3000)) in got, got


def test_a_money_first_sum_before_an_unknown_receiver_is_not_the_next_ones() -> None:
    text = ("Kuopion Säätiö sr myönsi 1 250 euroa Mäntylän Kuoro ry:lle, 700 euroa Vyrkkälän Purenekunnalle ja "
            "2 400 euroa Koivulan Teatteriseura ry:lle.\n")
    got = funds(extract_document(record(text)))
    assert ("Kuopion Säätiö sr", "Koivulan Teatteriseura ry", Decimal(700)) not in got, got
