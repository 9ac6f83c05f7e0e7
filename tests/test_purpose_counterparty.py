"""An agreement named by its purpose, "Sopimus X:n myymisestä Y:n kunnalle" / "sopimus tilojen vuokraamisesta Z
Oy:ltä": the one the service is sold to or bought from is the agreement's other party (extract/party_phrases.py,
participatesIn:purpose-counterparty). Invented agreements and companies; the towns are real ones."""

from __future__ import annotations

from helpers import labels_and_facts


def test_the_buyer_in_the_allative_in_an_item_title_joins_the_agreement() -> None:
    _ents, facts = labels_and_facts("§ 54 Sopimus ruokapalveluiden myymisestä Keminmaan kunnalle\n"
                                    "Lautakunta hyväksyy sopimuksen.", "minutes")
    assert ("Keminmaa", "participatesIn", "Sopimus ruokapalveluiden myymisestä Keminmaan kunnalle") in facts, facts


def test_the_seller_in_the_ablative_after_the_agreement_in_running_text() -> None:
    _ents, facts = labels_and_facts("Lautakunta hyväksyi sopimuksen tilojen vuokraamisesta Kylätalo Oy:ltä.",
                                    "minutes")
    assert any(s == "Kylätalo Oy" and p == "participatesIn" for s, p, _o in facts), facts


def test_a_recipient_of_a_report_is_no_party() -> None:
    _ents, facts = labels_and_facts("Lautakunta lähetti sopimuksen tiedoksi Keminmaan kunnalle.", "minutes")
    assert not any(s == "Keminmaa" and p == "participatesIn" for s, p, _o in facts), facts
