"""Receiver lists under a grant lead in the shapes unseen documents take: unbulleted lines and items run on after
the lead's colon (extract/listed_receivers.py, rules funds:listed-receivers-bare and funds:listed-receivers-run).
The texts are perturbed copies of one shape (receivers shuffled, the list one a line or run into the lead) and
adversarial texts (applied-for money, partners, a list of another kind)."""

from __future__ import annotations

import random
from decimal import Decimal

from tests.helpers import extract, needs_voikko

OPENING = ("Piiri tukee jäsenyhdistyksiä\n\n"
           "Pohjanmaan Sydänpiiri ry myönsi avustuksia jäsenyhdistyksilleen yhteensä 12 000 euroa.\n\n")
RECEIVERS = ["Vaasan Sydänyhdistys ry", "Kokkolan Seudun Sydänyhdistys ry", "Seinäjoen Sydänkerho",
             "Lapuan Eläkkeensaajat ry"]
GIVER = "Pohjanmaan Sydänpiiri ry"


def _grants(text: str) -> set[tuple[str, str, Decimal | None, str]]:
    ex = extract(text, "news")
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {(label[f.subject], label[f.object], f.amount, f.rule) for f in ex.facts if f.predicate == "funds"}


def _run(names: list[str]) -> str:
    return ", ".join(names[:-1]) + " ja " + names[-1]


@needs_voikko
def test_items_run_on_after_the_lead_s_colon_each_receive_from_the_opening_s_giver() -> None:
    for seed in range(3):
        names = RECEIVERS[:]
        random.Random(seed).shuffle(names)
        for lead in ("Avustuksen saivat: {}.", "Avustusta myönnettiin seuraaville yhdistyksille: {}."):
            found = _grants(OPENING + lead.format(_run(names)) + "\n")
            got = {(g, r) for g, r, _, rule in found if rule == "funds:listed-receivers-run"}
            assert got == {(GIVER, r) for r in RECEIVERS}, (lead, names)


@needs_voikko
def test_unbulleted_lines_under_the_lead_each_receive() -> None:
    text = OPENING + "Avustuksen saajat ovat:\n\n" + "\n\n".join(RECEIVERS) + "\n\nOnnittelemme saajia!\n"
    got = {(g, r) for g, r, _, rule in _grants(text) if rule == "funds:listed-receivers-bare"}
    assert got == {(GIVER, r) for r in RECEIVERS}


@needs_voikko
def test_a_run_item_s_own_sum_stays_with_it() -> None:
    text = OPENING + ("Avustukset saivat: Vaasan Sydänyhdistys ry (5 000 euroa), Seinäjoen Sydänkerho (2 000 euroa) "
                      "ja Lapuan Eläkkeensaajat ry (1 500 euroa).\n")
    got = {(r, a) for _, r, a, _ in _grants(text)}
    assert ("Seinäjoen Sydänkerho", Decimal("2000")) in got
    assert ("Lapuan Eläkkeensaajat ry", Decimal("1500")) in got


@needs_voikko
def test_a_branch_named_after_its_federation_is_the_receiver() -> None:
    text = OPENING + "Tukea myönnettiin seuraaville yhdistyksille: Eläkeliiton Savukosken yhdistys, Vaasan " \
                     "Sydänyhdistys ry.\n"
    receivers = {r for _, r, _, rule in _grants(text) if rule == "funds:listed-receivers-run"}
    assert "Eläkeliiton Savukosken yhdistys" in receivers
    assert "Eläkeliitto" not in {r.removesuffix(" ry") for r in receivers}


@needs_voikko
def test_lists_of_applicants_partners_and_sub_leads_give_no_grant() -> None:
    applied = OPENING + "Avustusta hakivat: " + _run(RECEIVERS) + ".\n"
    partners = OPENING + "Hankkeen yhteistyökumppanit: " + _run(RECEIVERS) + ".\n"
    lowercase = OPENING + "Tukea saivat: kaikki hakeneet yhdistykset, joiden toiminta on alueellista.\n"
    for text in (applied, partners, lowercase):
        assert not any(rule.startswith("funds:listed-receivers") for *_, rule in _grants(text))
    sub_lead = OPENING + ("Avustusta myönnettiin seuraaville:\n\nVaasan Sydänyhdistys ry 5 000 euroa\n\n"
                          "Sekä alueen yhteistyöyhdistyksille:\n\nSeinäjoen Sydänkerho 2 000 euroa\n")
    receivers = {r for _, r, _, _ in _grants(sub_lead)}
    assert not any(r.lower().startswith("sekä") for r in receivers)


@needs_voikko
def test_items_after_the_receivers_noun_and_a_copula_each_receive() -> None:
    # no colon: "Avustuksen saajat olivat A, B ja C." in the middle of a paragraph
    for seed in range(2):
        names = RECEIVERS[:]
        random.Random(seed).shuffle(names)
        for lead in ("Avustuksen saajat olivat {}.", "Tuen saajat ovat {}."):
            text = OPENING.rstrip("\n") + " " + lead.format(_run(names)) + " Jako tehtiin keväällä.\n"
            got = {(g, r) for g, r, _, rule in _grants(text) if rule == "funds:listed-receivers-run"}
            assert got == {(GIVER, r) for r in RECEIVERS}, (lead, names)


@needs_voikko
def test_a_copula_after_other_nouns_lists_no_receivers() -> None:
    # partners and applicants after a copula are no receivers of money
    for lead in ("Hankkeen kumppanit olivat {}.", "Avustuksen hakijat olivat {}."):
        text = OPENING.rstrip("\n") + " " + lead.format(_run(RECEIVERS)) + "\n"
        assert not any(rule == "funds:listed-receivers-run" for _g, _r, _a, rule in _grants(text)), lead


@needs_voikko
def test_plain_e_sums_of_a_run_are_read_together() -> None:
    # only the first item names "euroa": the others' "N e" are euros of the same run, each its item's sum
    text = ("Pohjanmaan Sydänpiiri ry myönsi avustuksia: Vaasan Sydänyhdistys ry 300 euroa, Seinäjoen Sydänkerho "
            "750 e, Lapuan Eläkkeensaajat ry 1000 e.\n")
    got = {(r, amount) for _, r, amount, rule in _grants(text) if rule == "funds:listed-receivers-run"}
    assert ("Seinäjoen Sydänkerho", Decimal("750")) in got, got
    assert ("Lapuan Eläkkeensaajat ry", Decimal("1000")) in got, got
