"""A Swedish protocol's own body named in its notice ("Organ", "Forum") and its column heads before the first name
(thirty-first session, recall audit of fresh Swedish pages).

The texts are written for these tests: invented people of an invented nämnd. The head names no body (only the
förvaltning it meets in), and "Beslutande Ej tjänstgörande ersättare Anna X (M), ordförande" prints the heads of
the protocol's columns before the first name, so the chair's "ordförande" after her name was taken for the next
name's role written before it (extract/people.py `_DEPUTIES_HEAD`). "ANSLAG/BEVIS ... Organ Vård- och
omsorgsnämnden" and "Forum Kommunstyrelsens allmänna utskott" name the body whose protocol it is
(extract/posts.py `meeting_body`).
"""

from __future__ import annotations

from helpers import needs_voikko, post_rows

_HEAD = ("SAMMANTRÄDESPROTOKOLL 1 (25)\nPlats och tid Vård- och omsorgsförvaltningen, Heby, kl 13 Beslutande Ej "
         "tjänstgörande ersättare Anna Lindholm (M), ordförande Karl Berggren (C) Eva Strand (S) Olle Nyqvist (V), "
         "ersättare för Per Dahl (V) Tjänstemän och övriga deltagare Utses att justera Eva Strand (S) Elsa Tengvall, "
         "nämndsekreterare\n")


@needs_voikko
def test_the_chair_after_column_heads_is_the_first_names_in_the_noticed_body() -> None:
    text = _HEAD + ("ANSLAG/BEVIS Protokollet är justerat. Organ Vård- och omsorgsnämnden Sammanträdesdatum 24 mars "
                    "2015\n")
    rows = post_rows(text)
    chairs = {(p, org) for p, post, org in rows if post == "puheenjohtaja"}
    assert any(p == "Anna Lindholm" and "omsorgsnämnd" in org.lower() for p, org in chairs), rows
    assert not any(p == "Karl Berggren" for p, _ in chairs), rows


@needs_voikko
def test_forum_names_a_sub_body_with_its_parents_genitive() -> None:
    text = ("Plats och tid Enåsenrummet, Förvaltningshuset klockan 9:00 Beslutande: Roland Bergkvist (S) Lars "
            "Molander (M) Utses att justera Lars Molander Underskrifter Sekreterare... Paragrafer Ulla Sandin "
            "Ordförande... Roland Bergkvist Justerande... Lars Molander\nANSLAGSBEVIS Protokollet är justerat. "
            "Forum Kommunstyrelsens allmänna utskott Sammanträdesdatum\nInnehållsförteckning 141 Gatubelysning i "
            "Björkviks kommun\n")
    chairs = {org for p, post, org in post_rows(text) if p == "Roland Bergkvist" and post == "puheenjohtaja"}
    assert chairs and all("utskott" in org.lower() for org in chairs), chairs
