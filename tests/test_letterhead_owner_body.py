"""The body heading the minutes of a wellbeing county or a joint authority is part of the organisation in the
letterhead (partOf:letterhead-owner-body, extract/document.py), as a town's board is its town's; a body named
further on, and a letterhead naming the county only as a topic, give none.

The texts are invented for these tests (the county and the joint authority are real, from the reference data).
"""

from __future__ import annotations

from tests.helpers import ID, extract

RULE = "partOf:letterhead-owner-body"


def _placed(text: str) -> set[tuple[str, str]]:
    return {(f.subject.removeprefix(ID), f.object.removeprefix(ID)) for f in extract(text, "minutes").facts
            if f.rule == RULE}


def test_a_county_letterhead_owns_the_committee_that_meets() -> None:
    assert _placed("POHJOIS-SAVON HYVINVOINTIALUE PÖYTÄKIRJA 4/2030\nSosiaali- ja terveyslautakunta\n"
                   "Kokousaika 12.4.2030 klo 17.00\n\n§ 23 Avustus\n\nLautakunta päättää myöntää avustuksen.") == {
        ("body/13-sosiaali-ja-terveyslautakunta", "wellbeing-county/13")}


def test_a_joint_authority_letterhead_owns_its_audit_committee() -> None:
    placed = _placed("ETEVA KUNTAYHTYMÄ PÖYTÄKIRJA 4/2030\nTarkastuslautakunta\nKokousaika 12.4.2030\n\n"
                     "§ 23 Arviointikertomus\n\nLautakunta päättää hyväksyä arviointikertomuksen.")
    assert len(placed) == 1
    ((body, owner),) = placed
    assert body.endswith("-tarkastuslautakunta") and owner.startswith("joint-authority/")


def test_a_body_named_only_in_the_items_is_not_placed() -> None:
    assert _placed("POHJOIS-SAVON HYVINVOINTIALUE PÖYTÄKIRJA 4/2030\nKokousaika 12.4.2030 klo 17.00\n\n"
                   "§ 23 Avustus\n\nAsia on valmisteltu huolellisesti ja siitä on neuvoteltu pitkään eri tahojen "
                   "kanssa. Asiakirjat ovat nähtävillä verkossa ja ne on lähetetty kaikille jäsenille etukäteen. "
                   "Keskustelun jälkeen asia päätettiin siirtää tarkemmin käsiteltäväksi seuraavaan kokoukseen, "
                   "jolloin myös talousarvion muutokset ovat tiedossa ja vaikutukset voidaan arvioida kunnolla. "
                   "Lisäksi pyydetään lausunnot kaikilta osapuolilta, ja niiden perusteella laaditaan yhteenveto. "
                   "Päätöksen valmistelee sosiaali- ja terveyslautakunta.") == set()
