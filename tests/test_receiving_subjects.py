"""Swedish receivers named in the receiving slots of a sentence about a sum (extract/receiving_subjects.py)."""

from __future__ import annotations

from tests.helpers import entity_labels, extract

NEWS = ("Sparbanksstiftelsen i Kyrkslätt delade i går ut 40 000 euro till tjugo föreningar.\n\n"
        "Största mottagaren var Gamla Kvarnens Vänner som fick 8 000 euro för teater.\n"
        "Till Norrby frivilliga brandkår gick 3 000 euro, och Norrby naturvänner fick 1 500 euro till en bok.\n"
        "Näst mest gick till Vänner av byn i västra Norrby och summan är 5 000 euro.\n")


def _funds(text: str) -> dict[str, tuple[str, object]]:
    ex = extract(text)
    return {ex.entities[f.object].label: (ex.entities[f.subject].label, f.amount)
            for f in ex.facts if f.predicate == "funds"}


def test_the_subject_of_fick_and_the_object_of_gick_till_are_receivers() -> None:
    labels = entity_labels(NEWS, "Association")
    assert {"Gamla Kvarnens Vänner", "Norrby frivilliga brandkår", "Norrby naturvänner",
            "Vänner av byn i västra Norrby"} <= labels


def test_the_openings_granter_funds_each_with_its_sum() -> None:
    funds = _funds(NEWS)
    assert funds["Norrby naturvänner"][1] == 1500
    assert funds["Vänner av byn i västra Norrby"][1] == 5000
    assert funds["Norrby frivilliga brandkår"][1] == 3000
    assert {giver for giver, _ in funds.values()} == {"Sparbanksstiftelsen i Kyrkslätt"}
    assert funds["Gamla Kvarnens Vänner"][1] == 8000


def test_a_known_receiver_in_the_slot_and_an_acronym_after_the_name() -> None:
    text = ("Region Västmanland beviljade folkhälsomedel 2030.\n\n"
            "• Köpings kommun fick 90 000 kronor för sitt projekt.\n"
            "• Samverkansrådet för nyanlända i Köping (SNK) fick 50 000 kronor för sitt projekt.\n")
    funds = _funds(text)
    assert "Samverkansrådet för nyanlända i Köping" in funds
    assert any(label.startswith("Köping") for label in funds)


def test_pronouns_kind_words_and_people_are_no_receivers() -> None:
    text = ("Sparbanksstiftelsen i Kyrkslätt delade ut 40 000 euro.\n"
            "Föreningen fick 2 000 euro. Den fick också 1 000 euro. Anna Berg fick 500 euro.\n")
    assert not {"Föreningen", "Den", "Anna Berg"} & entity_labels(text, "Association")


def test_no_granter_named_no_fact() -> None:
    assert not _funds("Gamla Kvarnens Vänner fick 8 000 euro för teater.\n")


def test_the_receiver_runs_its_own_project_whose_title_ends_the_sentence() -> None:
    text = ("Region Västmanland beviljade folkhälsomedel 2030.\n\n"
            "• Köpings kommun fick 90 000 kronor för sitt projekt Unga leder och lär 2030. Målet är fler möten.\n"
            "• Gamla Kvarnens Vänner fick 40 000 kronor för sitt projekt Starkare tillsammans. Projektet vill mer.\n")
    ex = extract(text)
    runs = {(ex.entities[f.subject].label, ex.entities[f.object].label) for f in ex.facts
            if f.predicate == "coordinates"}
    assert ("Gamla Kvarnens Vänner", "Starkare tillsammans") in runs
    assert any(s.startswith("Köping") and o == "Unga leder och lär 2030" for s, o in runs)


def test_a_possessed_title_running_on_past_a_comma_keeps_its_short_reading() -> None:
    text = "Föreningen fick 4 000 euro för sitt projekt Trygg hemma i Vasa, som startar i maj.\n"
    projects = entity_labels(text, "Project")
    assert "Trygg hemma i Vasa, som startar i maj" not in projects


def test_two_joined_receivers_of_each_ones_sum() -> None:
    text = ("Sparbanksstiftelsen i Kyrkslätt delade i går ut 40 000 euro till tjugo föreningar.\n"
            "Norrby pistolgille och bystugestiftelsen i Norrby fick också 3 000 euro var.\n"
            "Norrby sångare och Gamla Kvarnens Vänner fick 6 000 euro tillsammans.\n")
    funds = _funds(text)
    assert funds.get("Norrby pistolgille", (None, None))[1] == 3000
    assert funds.get("bystugestiftelsen i Norrby", (None, None))[1] == 3000
    assert "Norrby sångare" not in funds  # no "var": the sum is the two's together, no one's own
    assert "Gamla Kvarnens Vänner" not in funds


def test_the_subject_of_the_idiom_euros_richer_is_a_receiver() -> None:
    text = ("Sparbanksstiftelsen i Kyrkslätt delade i går ut 40 000 euro till tjugo föreningar.\n\n"
            "Uf Norrstjärnan är nu 3 000 euro rikare och summan behövs för golvet.\n"
            "Norrby Skyttegille blev 2 000 euro rikare.\n")
    funds = _funds(text)
    assert funds["Uf Norrstjärnan"] == ("Sparbanksstiftelsen i Kyrkslätt", 3000)
    assert funds["Norrby Skyttegille"][1] == 2000


def test_richer_without_a_sum_is_no_receipt() -> None:
    text = ("Sparbanksstiftelsen i Kyrkslätt delade ut 40 000 euro.\n\n"
            "Norrby Skyttegille är nu en erfarenhet rikare.\n")
    assert "Norrby Skyttegille" not in _funds(text)
