"""Receivers run on in one Swedish sentence without a colon (extract/listed_receivers.py): "De föreningar som fick
bidrag var A, B och C" (a relative clause says who got) and "Bidraget gick till A, B och C" (where the money went);
the giver is the opening's one granter. A Swedish committee named in its definite form keeps that form as a name."""

from __future__ import annotations

from tests.helpers import extract, labelled_grants, needs_voikko

OPENING = ("Bidrag till föreningar\n\n"
           "Fritidsnämnden delade ut föreningsbidrag vid sitt senaste möte.\n\n")


@needs_voikko
def test_a_relative_clause_of_getting_before_the_copula_lists_the_receivers() -> None:
    text = OPENING + ("De föreningar som fick bidrag för 2023 var Byaföreningen Norrby rf, Idrottsföreningen Kraft rf "
                      "och Hembygdsföreningen i Bäck rf.\n")
    receivers = {r for g, r, _ in labelled_grants(text) if g.startswith("Fritidsnämnd")}
    assert {"Byaföreningen Norrby rf", "Idrottsföreningen Kraft rf", "Hembygdsföreningen i Bäck rf"} <= receivers


@needs_voikko
def test_where_the_money_went_lists_the_receivers() -> None:
    text = OPENING + "Bidraget gick till Norrby Bygdegårdsförening och Västby Folkets husförening.\n"
    receivers = {r for g, r, _ in labelled_grants(text) if g.startswith("Fritidsnämnd")}
    assert {"Norrby Bygdegårdsförening", "Västby Folkets husförening"} <= receivers


@needs_voikko
def test_an_association_that_got_money_before_listing_its_own_givers_is_no_giver_list() -> None:
    # the subject received, the run names where its money came from: no grant of the opening's granter to them
    text = OPENING + "Föreningen Norrby rf fick bidrag av Sparbanksstiftelsen i Norrby och Aktiastiftelsen i Vasa.\n"
    assert not any(r.startswith(("Sparbanksstiftelsen", "Aktiastiftelsen")) for _, r, _ in labelled_grants(text))


def test_a_committee_named_in_its_definite_form_keeps_that_name() -> None:
    ex = extract("Kommunledningsutskottet beslöt i går om bidragen.")
    labels = {label for e in ex.entities.values() if e.type == "Body" for label in e.labels}
    assert "kommunledningsutskottet" in {x.lower() for x in labels}
    assert "Kommunledningsutskott" in labels


@needs_voikko
def test_the_last_item_of_a_run_the_text_ends_in_unfinished_is_left_out() -> None:
    # a stored excerpt cut mid-list: "Västby" may be the first word of a longer name
    text = OPENING + "Bidraget gick till Norrby Bygdegårdsförening, Söderby Folkets husförening och Västby"
    receivers = {r for _, r, _ in labelled_grants(text)}
    assert "Norrby Bygdegårdsförening" in receivers
    assert not any(r.startswith("Västby") for r in receivers)
