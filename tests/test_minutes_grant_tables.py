"""Grants in a town's minutes: a table of applicants with an applied and a granted column under a bare board's
"seuraavasti:", the minutes' "Päätös:" line after a list, and the bare "Kunta osallistuu ... rahoitukseen N eurolla"
(funds:grant-list and the _bare_sum cell in relations.py, _bare_row in listed_receivers.py, contributes:pays-share
in grant_rows.py). Texts written for the tests."""

from __future__ import annotations

from decimal import Decimal

from tests.helpers import extract, needs_voikko

HEAD = "SALLAN KUNTA\nPÖYTÄKIRJA 4/2030\nSivistyslautakunta\n\n§ 21 Kohdeavustukset\n\n"
TABLE = ("Lautakunta päättää myöntää kohdeavustukset seuraavasti:\n\n"
         "Hakija\tHaettu €\tMyönnetty €\n"
         "Mallilan Kuorolaiset ry\t1 500\t700\n"
         "Ylärinteen Kyläseura ry\t2 400,00\t1 250,50\n"
         "Mallilan Shakkikerho ry\t800\t0\n\n"
         "Päätös: Ehdotus hyväksyttiin.\n")


def _funds(text: str) -> dict[str, set[tuple[str, Decimal | None]]]:
    ex = extract(text, "minutes")
    label = {iri: e.label for iri, e in ex.entities.items()}
    out: dict[str, set[tuple[str, Decimal | None]]] = {}
    for f in ex.facts:
        out.setdefault(f.predicate, set()).add((label.get(f.object, f.object), f.amount))
    return out


@needs_voikko
def test_the_granted_column_of_a_table_under_a_bare_board_gives_each_sum() -> None:
    funds = _funds(HEAD + TABLE)["funds"]
    assert ("Mallilan Kuorolaiset ry", Decimal("700")) in funds
    assert ("Ylärinteen Kyläseura ry", Decimal("1250.50")) in funds
    assert not any(a == Decimal("1500") for _, a in funds)  # the applied column is no grant
    assert not any(r == "Mallilan Shakkikerho ry" for r, _ in funds)  # granted nothing


@needs_voikko
def test_a_table_with_no_granted_column_heading_gives_no_cell_sums() -> None:
    text = HEAD + TABLE.replace("Myönnetty €", "Jäseniä")
    funds = _funds(text).get("funds", set())
    assert not any(a in {Decimal("700"), Decimal("1500")} for _, a in funds)


@needs_voikko
def test_the_decision_line_after_a_list_is_no_receiver() -> None:
    text = HEAD + ("Lautakunta päättää myöntää avustukset seuraavasti:\n\n"
                   "Mallilan Kuorolaiset ry 700 €\nYlärinteen Kyläseura ry 1 000 €\nYhteensä 1 700 €\n\n"
                   "Päätös: Ehdotus hyväksyttiin.\n")
    ex = extract(text, "minutes")
    assert "Päätös" not in {e.label for e in ex.entities.values()}
    assert len([f for f in ex.facts if f.predicate == "funds"]) == 2


@needs_voikko
def test_the_bare_town_word_pays_its_share_with_the_sum() -> None:
    text = HEAD + "Kunta osallistuu Ylärinteen kävelyhankkeen rahoitukseen 2 000 eurolla vuosina 2030-2031.\n"
    assert any(a == Decimal("2000") for _, a in _funds(text).get("contributes", set()))


@needs_voikko
def test_the_bare_town_word_outside_minutes_pays_nothing() -> None:
    text = "Kunta osallistuu Ylärinteen kävelyhankkeen rahoitukseen 2 000 eurolla vuosina 2030-2031.\n"
    assert not _funds(text).get("contributes")


NUMBERED = ("Päätösehdotus: Kohdeavustuksia {verb} seuraavasti:\n\n"
            "1. Mallilan Kuorolaiset ry, kevätkonsertti 400 €\n"
            "2. Ylärinteen Kyläseura ry (kesäjuhla) 650 €\n"
            "3. Mallilan Shakkikerho ry: turnaus 300 €\n\n"
            "Päätös: Hyväksyttiin.\n")


@needs_voikko
def test_a_passive_decision_in_minutes_is_the_towns_grant_to_each_numbered_row() -> None:
    ex = extract(HEAD + NUMBERED.format(verb="myönnetään"), "minutes")
    label = {iri: e.label for iri, e in ex.entities.items()}
    funds = {(label.get(f.subject), label.get(f.object), f.amount) for f in ex.facts if f.predicate == "funds"}
    assert ("Salla", "Ylärinteen Kyläseura ry", Decimal("650")) in funds
    assert ("Salla", "Mallilan Shakkikerho ry", Decimal("300")) in funds


@needs_voikko
def test_a_past_passive_names_no_granter_of_its_own() -> None:
    # "myönnettiin" may report another granter's grants: the town is not made their funder
    assert not _funds(HEAD + NUMBERED.format(verb="myönnettiin")).get("funds")


@needs_voikko
def test_two_receivers_each_with_its_sum_are_no_runner_and_its_project() -> None:
    text = HEAD + ("Kunnanhallitus myöntää Mallilan Kuorolaiset ry:lle 1 500 euron avustuksen ja "
                   "Kylät kävelemään -hankkeelle 2 000 euroa.\n")
    assert not _funds(text).get("coordinates")
    one = HEAD + "Kunnanhallitus myöntää Mallilan Kuorolaiset ry:lle 1 500 euroa Kylät kävelemään -hankkeelle.\n"
    assert _funds(one).get("coordinates")


@needs_voikko
def test_a_genitive_before_the_projects_name_owns_the_project_not_the_share() -> None:
    text = HEAD + ("Kunnanhallitus päättää myöntää Mallilan Kuorolaiset ry:n Laulu kylille -hankkeelle "
                   "kuntarahoitusosuutena 3 000 euroa.\n")
    ex = extract(text, "minutes")
    label = {iri: e.label for iri, e in ex.entities.items()}
    payers = {label.get(f.subject) for f in ex.facts if f.predicate == "contributes"}
    assert "Mallilan Kuorolaiset ry" not in payers
    share = HEAD + "Mallilan Kuorolaiset ry:n osuus Laulu kylille -hankkeen kustannuksista on 3 000 euroa.\n"
    ex = extract(share, "minutes")
    label = {iri: e.label for iri, e in ex.entities.items()}
    assert "Mallilan Kuorolaiset ry" in {label.get(f.subject) for f in ex.facts if f.predicate == "contributes"}


@needs_voikko
def test_a_sentence_after_a_bare_list_is_no_row_name() -> None:
    text = ("LAPIN LIITTO\nPÖYTÄKIRJA\nMaakuntahallitus 3/2030\n\n§ 45 Valtionavustus\n\n"
            "Sosiaali- ja terveysministeriö on myöntänyt valtionavustusta nuorisotyöhön. "
            "Avustusta myönnettiin seuraavasti:\nInarin kunta 120 000 euroa\nSodankylän kunta 80 000 euroa\n\n"
            "Lisäksi Utsjoen kunnalle myönnettiin valtionavustusta 30 000 euroa.\n")
    ex = extract(text, "minutes")
    assert not any("myönnettiin" in e.label for e in ex.entities.values())
    label = {iri: e.label for iri, e in ex.entities.items()}
    funds = {(label.get(f.object), f.amount) for f in ex.facts if f.predicate == "funds"}
    assert ("Utsjoki", Decimal("30000")) in funds
    assert ("Sallan kunta", Decimal("30000")) not in funds


@needs_voikko
def test_a_proposed_passive_grant_in_minutes_is_the_towns() -> None:
    text = HEAD + "Päätösehdotus: Mallilan Kuorolaiset ry:lle myönnetään toiminta-avustusta 800 euroa.\n"
    ex = extract(text, "minutes")
    label = {iri: e.label for iri, e in ex.entities.items()}
    funds = {(label.get(f.subject), label.get(f.object), f.amount) for f in ex.facts if f.predicate == "funds"}
    assert ("Salla", "Mallilan Kuorolaiset ry", Decimal("800")) in funds
    state = HEAD + "Mallilan Kuorolaiset ry:lle myönnetään valtionavustusta 800 euroa.\n"
    assert not _funds(state).get("funds")
    reported = HEAD + "Mallilan Kuorolaiset ry:lle myönnettiin toiminta-avustusta 800 euroa.\n"
    assert not _funds(reported).get("funds")


@needs_voikko
def test_a_swedish_passive_list_in_minutes_is_the_towns() -> None:
    text = ("LOVISA STAD\nPROTOKOLL\nBildningsnämnden 3/2030\n\n§ 45 Verksamhetsbidrag\n\n"
            "Understöd beviljas enligt följande:\nLovisa Sångkör rf 300 €\nPernå Schackklubb rf 450 €\n")
    ex = extract(text, "minutes")
    label = {iri: e.label for iri, e in ex.entities.items()}
    funds = {(label.get(f.subject), label.get(f.object), f.amount) for f in ex.facts if f.predicate == "funds"}
    assert ("Loviisa", "Pernå Schackklubb rf", Decimal("450")) in funds


@needs_voikko
def test_a_swedish_boards_verb_is_no_word_of_the_receivers_name() -> None:
    text = ("LOVISA STAD\nPROTOKOLL\nBildningsnämnden 3/2030\n\n§ 46 Bidrag\n\n"
            "Bildningsnämnden beviljar Pernå Schackklubb rf ett bidrag på 1 200 euro.\n")
    labels = {e.label for e in extract(text, "minutes").entities.values()}
    assert "Pernå Schackklubb rf" in labels
    assert not any("beviljar" in label for label in labels)


@needs_voikko
def test_the_meetings_board_or_that_clause_commits_the_towns_share() -> None:
    board = HEAD + "Kunnanhallitus päättää sitoutua Laulu kylille -hankkeen kuntarahoitukseen 2 000 eurolla vuodessa.\n"
    assert any(a == Decimal("2000") for _, a in _funds(board).get("contributes", set()))
    that = HEAD + "Kunnanhallitus päättää, että kunta osallistuu Laulu kylille -hankkeen rahoitukseen 3 000 eurolla.\n"
    assert any(a == Decimal("3000") for _, a in _funds(that).get("contributes", set()))
    proposed = HEAD + "Yhdistys esittää, että Laulu kylille -hanke osallistuu Kylätalon kustannuksiin 500 eurolla.\n"
    assert not _funds(proposed).get("contributes")


@needs_voikko
def test_a_pdf_table_with_its_cells_parted_by_one_space_or_a_bar_gives_the_granted_sums() -> None:
    # a PDF's text parts cells by one space like the thousands of a sum: "1 500 700" is 1 500 and 700 under
    # a heading of an applied and a granted column, "900 500" is 900 and 500
    for sep in (" ", " | "):
        text = HEAD + ("Lautakunta päättää myöntää kohdeavustukset seuraavasti:\n\n"
                       f"Hakija{sep}Haettu €{sep}Esitys €\n"
                       f"Mallilan Kuorolaiset ry{sep}1 500{sep}700\n"
                       f"Ylärinteen Kyläseura ry{sep}2 400{sep}1 250\n"
                       f"Mallilan Shakkikerho ry{sep}900{sep}500\n\n"
                       "Päätös: Ehdotus hyväksyttiin.\n")
        funds = _funds(text)["funds"]
        assert {("Mallilan Kuorolaiset ry", Decimal("700")), ("Ylärinteen Kyläseura ry", Decimal("1250")),
                ("Mallilan Shakkikerho ry", Decimal("500"))} <= funds, sep
        assert not any(a in {Decimal("1500"), Decimal("900500"), Decimal("1500700")} for _, a in funds), sep


def test_the_second_of_two_sums_parted_by_one_space() -> None:
    from welfare_kg.extract.bare_sums import second_of_two

    assert second_of_two("Mallilan Kuorolaiset ry 2 000 1 500") == Decimal("1500")
    assert second_of_two("Mallilan Kuorolaiset ry 900 500") == Decimal("500")
    assert second_of_two("Mallilan Kuorolaiset ry | 12 000 | 10 000") == Decimal("10000")
    assert second_of_two("Mallilan Kuorolaiset ry 120 000 500") == Decimal("500")  # a sum never opens with "000"
    # groups that part into two sums in no way (or in two ways) give no guess
    assert second_of_two("Mallilan Kuorolaiset ry 1 000 000") is None
    assert second_of_two("Mallilan Kuorolaiset ry") is None


@needs_voikko
def test_a_grant_list_run_into_its_opening_line_pairs_each_receiver_with_its_sum() -> None:
    # a PDF's text with its line breaks lost: the rows follow the opening's "seuraavasti:" on one line
    text = HEAD + ("Lautakunta päättää myöntää kohdeavustukset seuraavasti: Mallilan Kuorolaiset ry 700 € "
                   "Ylärinteen Kyläseura ry 1 250 € Mallilan Shakkikerho ry 400 €\n\nPäätös: Hyväksyttiin.\n")
    funds = _funds(text)["funds"]
    assert {("Mallilan Kuorolaiset ry", Decimal("700")), ("Ylärinteen Kyläseura ry", Decimal("1250")),
            ("Mallilan Shakkikerho ry", Decimal("400"))} <= funds


@needs_voikko
def test_one_sum_before_a_capitalised_word_is_no_run_on_list() -> None:
    # the space after a sum's currency parts items only when the next item ends in a sum of its own
    text = HEAD + ("Lautakunta päättää myöntää kohdeavustukset seuraavasti: Mallilan Kuorolaiset ry 700 € "
                   "Ylärinteen Kyläseura ry kiittää lautakuntaa.\n")
    assert not [f for f in extract(text, "minutes").facts if f.rule == "funds:inline-grant-list"]


@needs_voikko
def test_bulleted_rows_run_into_one_line_each_give_their_total() -> None:
    # a bulleted list whose line breaks were lost: each "- " opens a row, its purposes in brackets after the total
    text = HEAD + ("Lautakunta päätti myöntää kohdeavustukset seuraavasti: - Mallilan Kuorolaiset ry 700 euroa "
                   "(vuokraan) - Ylärinteen Kyläseura ry 1 250 euroa (vuokraan 450 euroa ja palkkoihin 800 euroa) "
                   "- Mallilan Shakkikerho ry 400 euroa (välineisiin)\n\nPäätös: Hyväksyttiin.\n")
    funds = _funds(text)["funds"]
    assert {("Mallilan Kuorolaiset ry", Decimal("700")), ("Ylärinteen Kyläseura ry", Decimal("1250")),
            ("Mallilan Shakkikerho ry", Decimal("400"))} <= funds
    assert not any(a in {Decimal("450"), Decimal("800")} for _, a in funds)  # the parts in brackets are no grants


@needs_voikko
def test_a_dash_inside_prose_after_a_lead_is_no_row_bullet() -> None:
    # a dash before a capitalised word parts rows only where each part ends in its own sum
    text = HEAD + ("Lautakunta päätti myöntää kohdeavustukset seuraavasti: - Mallilan Kuorolaiset ry 700 euroa "
                   "- Ylärinteen Kyläseura ry kiittää lautakuntaa.\n")
    assert not [f for f in extract(text, "minutes").facts if f.rule == "funds:inline-grant-list"]


@needs_voikko
def test_a_dash_inside_a_name_of_an_unbulleted_run_on_list_parts_nothing() -> None:
    # "A ry – B" is one receiver's two names where the list's first item opens with no bullet
    text = HEAD + ("Lautakunta päätti myöntää kohdeavustukset seuraavasti: Mallilan Kuorolaiset ry 700 euroa, "
                   "Ylärinteen Kyläseura ry – Ylärinne Byalag 1 250 euroa ja Mallilan Shakkikerho ry 400 euroa.\n")
    funds = _funds(text)["funds"]
    assert ("Mallilan Shakkikerho ry", Decimal("400")) in funds


BAR_TABLE = ("Kohdeavustuksia haki määräaikaan mennessä kolme yhdistystä.\n\n"
             "Hakija | Haettu € | Esitys €\n"
             "Mallilan Kuorolaiset ry | 1 500 | 700\n"
             "Ylärinteen Kyläseura ry | 2 400 | 1 250\n"
             "Mallilan Shakkikerho ry | 800 | 0\n\n")


@needs_voikko
def test_a_table_before_the_decision_that_refers_to_it_is_the_boards_grant() -> None:
    text = HEAD + BAR_TABLE + "Ehdotus: Sivistyslautakunta myöntää kohdeavustukset esityksen mukaisesti.\n"
    ex = extract(text, "minutes")
    label = {iri: e.label for iri, e in ex.entities.items()}
    funds = {(label.get(f.subject), label.get(f.object), f.amount) for f in ex.facts if f.predicate == "funds"}
    assert ("Sivistyslautakunta", "Mallilan Kuorolaiset ry", Decimal("700")) in funds
    assert ("Sivistyslautakunta", "Ylärinteen Kyläseura ry", Decimal("1250")) in funds
    assert not any(r == "Mallilan Shakkikerho ry" for _, r, _ in funds)  # granted nothing


@needs_voikko
def test_a_present_passive_decision_by_the_table_is_the_towns_grant() -> None:
    text = HEAD + ("Hakija\tHaettu €\tMyönnetty €\nMallilan Kuorolaiset ry\t1 500\t700\n"
                   "Ylärinteen Kyläseura ry\t2 400\t1 250\n\nAvustukset jaetaan taulukon mukaisesti.\n")
    ex = extract(text, "minutes")
    label = {iri: e.label for iri, e in ex.entities.items()}
    funds = {(label.get(f.subject), label.get(f.object), f.amount) for f in ex.facts if f.predicate == "funds"}
    assert ("Salla", "Mallilan Kuorolaiset ry", Decimal("700")) in funds


@needs_voikko
def test_a_table_no_decision_refers_to_gives_no_funder() -> None:
    # rows before a decision are held for it: with none (or a past passive naming no granter) nobody funds them
    for tail in ("Päätös: Asia jätettiin pöydälle.\n", "Avustukset jaettiin taulukon mukaisesti.\n"):
        ex = extract(HEAD + BAR_TABLE + tail, "minutes")
        assert not [f for f in ex.facts if f.predicate == "funds"], tail


@needs_voikko
def test_a_decision_by_its_annex_grants_the_table_printed_after_the_minutes() -> None:
    text = HEAD + ("Ehdotus: Sivistyslautakunta myöntää kohdeavustukset liitteen 2 mukaisesti.\n\n"
                   "Päätös: Ehdotus hyväksyttiin.\n\nLiite 2\n\n") + BAR_TABLE[BAR_TABLE.index("Hakija"):]
    ex = extract(text, "minutes")
    label = {iri: e.label for iri, e in ex.entities.items()}
    funds = {(label.get(f.subject), label.get(f.object), f.amount) for f in ex.facts if f.predicate == "funds"}
    assert ("Sivistyslautakunta", "Ylärinteen Kyläseura ry", Decimal("1250")) in funds
    assert not any(r == "Mallilan Shakkikerho ry" for _, r, _ in funds)
