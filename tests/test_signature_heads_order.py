"""A signature block that prints its heads before its names ("Underskrifter Sekreterare Ordförande Justerande
Linda X Kjell Y (S) Pär Z (FP)") gives the names the heads in order: the secretary, the chair, and a checker of
the minutes, who holds no post by signing.

Invented people; the layout is that of a Swedish protocol's first page as transcripts give it.
"""

from __future__ import annotations

from helpers import MORPH, needs_voikko, post_rows

from welfare_kg.extract.people import listed_people
from welfare_kg.extract.posts import signature_heads

PROTOCOL = (
    "KOMMUNSTYRELSEN Sidan 1(20) Plats och tid Stadshuset kl. 09:00-11:00 Beslutande Ledamöter Anders Lindqvist (S), "
    "Karin Holm (V) och Erik Berg (M). Övriga närvarande Tjänstemän kommunsekreterare Eva Strand. "
    "Justering Justerande Karin Holm (V) Paragrafer Underskrifter Sekreterare Ordförande Justerande "
    "Eva Strand Anders Lindqvist (S) Karin Holm (V) Utdragsbestyrkande\n\n"
    "Sidan 2(20) ANSLAG/BEVIS Protokollet är justerat. Organ Kommunstyrelsen Förvaringsplats Staben\n")


@needs_voikko
def test_heads_before_the_names_are_given_in_order() -> None:
    people = [p for p in listed_people(PROTOCOL, MORPH) if p.part == "Underskrifter"]
    heads = signature_heads(people)
    assert [heads.get(id(p)) for p in people[:3]] == ["sihteeri", "puheenjohtaja", None]


@needs_voikko
def test_the_chair_of_the_signature_block_chairs_the_meeting_body() -> None:
    rows = post_rows(PROTOCOL)
    assert any(p == "Anders Lindqvist" and post == "puheenjohtaja" and o.lower().startswith("kommunstyrelse")
               for p, post, o in rows)
    assert not any(p == "Karin Holm" and post == "puheenjohtaja" for p, post, _ in rows)


@needs_voikko
def test_heads_of_an_attendance_table_are_not_a_signature_block() -> None:
    text = ("Kunnanhallitus PÖYTÄKIRJA 3/2020 Läsnä Puheenjohtaja Varapuheenjohtaja Jäsen Leena Korhonen "
            "Matti Järvinen Anu Salonen Muut Pekka Aalto kunnanjohtaja\n")
    assert signature_heads(listed_people(text, MORPH)) == {}
