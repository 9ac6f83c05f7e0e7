"""An unknown name in a role's place leads to no fact, never to another organisation's (extract/unread_givers.py,
extract/post_kinds.py, extract/participle_areas.py). The sentences are invented; the unknown names are coined."""

from __future__ import annotations

from helpers import extract, labelled_grants, needs_voikko

from welfare_kg.extract.post_kinds import wrong_kind_employer

ROWS = ("Kemijärven Eläkkeensaajat ry 4 500 euroa\n\nSallan Nuorisoseura ry 2 000 euroa\n\n"
        "Pellon Marttayhdistys ry 3 000 euroa\n")


def _lead(giver: str) -> str:
    return (f"{giver} jakoi alueellemme avustuksia 5.12.\n\n"
            f"{giver} on sosiaali- ja terveysministeriön yhteydessä toimiva viranomainen. Sen avustustoiminta siirtyi "
            "sosiaali- ja terveysministeriön yhteyteen vuonna 2017.\n\n" + ROWS)


@needs_voikko
def test_an_unread_giver_of_the_lead_leaves_the_rows_without_a_granter() -> None:
    assert not labelled_grants(_lead("Rodhajo"), "news", "funds:header-granter")
    # an abbreviation where only a giver stands is read as an agency (granting_acronyms) and gives the rows itself
    acronym = labelled_grants(_lead("RDHJ"), "news", "funds:header-granter")
    assert {giver for giver, _, _ in acronym} == {"RDHJ"}
    known = labelled_grants(_lead("Lapin Kulttuurisäätiö"), "news", "funds:header-granter")
    assert {giver for giver, _, _ in known} == {"Lapin Kulttuurisäätiö"}


def _congratulation(source: str) -> str:
    return (f"Riksförbundet Våra Gårdar och de av våra medlemmar som sökt bidrag från {source} har idag fått besked "
            "om hur årets utfall blev.\n\nVi vill gratulera Ungdomens Nykterhetsförbund i Uppsala och Umeå "
            "Nykterhetsvänners Byggnadsförening till det beviljade projektstödet.\n")


@needs_voikko
def test_money_sought_from_an_unread_name_gives_the_page_no_granter() -> None:
    assert not labelled_grants(_congratulation("Kalmitoket"), "news", "funds:congratulated-receivers")
    assert labelled_grants(_congratulation("Boverket"), "news", "funds:congratulated-receivers")


@needs_voikko
def test_an_unread_subject_of_granting_is_no_one_else_s_grant() -> None:
    text = ("{} (ent.HLH) myönsi rahoituksen Kanta-Hämeen maakunnalliseen järjestöyhteistyöhön - Hämeen "
            "Setlementti koordinoi Meidän Häme -hanketta.")
    assert not labelled_grants(text.format("HVPV"), "news", "funds:grant-verb")
    assert {g for g, _, _ in labelled_grants(text.format("STEA"), "news", "funds:grant-verb")} \
        == {"Sosiaali- ja terveysjärjestöjen avustuskeskus"}


@needs_voikko
def test_places_of_a_participle_heading_an_unread_name_are_not_the_next_actor_s() -> None:
    text = ("Salon seudulla ja Uudellamaalla toimiva Penolueli sekä Turun seudulla toimiva Varsin Hyvä ry "
            "jatkavat työtä.")
    pairs = {(f.subject.rsplit("/", 1)[-1], f.object.rsplit("/", 1)[-1]) for f in extract(text).facts
             if f.rule == "coversArea:place-participle"}
    assert pairs <= {("varsin-hyva", "turun-seutukunta")}  # Salo's area and Uusimaa are the unread Penolueli's


@needs_voikko
def test_a_rector_is_not_the_town_s_official() -> None:
    rector = ("Vi har ett samarbete med Raseborgs stad ända sedan Joloia inledde sin verksamhet 2008, berättar "
              "rektor Örjan Andersson.")
    assert not [f for f in extract(rector).facts if f.predicate == "holdsPost"]
    director = "Vi har ett samarbete med Raseborgs stad, berättar stadsdirektör Örjan Andersson."
    assert [f for f in extract(director).facts if f.predicate == "holdsPost"]


def test_the_law_s_kind_of_a_post_rules_out_towns_and_areas_only() -> None:
    assert wrong_kind_employer("rektor", "Municipality")
    assert wrong_kind_employer("toimitusjohtaja", "Region")
    assert not wrong_kind_employer("rektor", "Company")
    assert not wrong_kind_employer("toiminnanjohtaja", "Municipality")  # a joint body's director may be
    assert not wrong_kind_employer("sosiaalijohtaja", "Municipality")
    assert not wrong_kind_employer(None, "Municipality")

