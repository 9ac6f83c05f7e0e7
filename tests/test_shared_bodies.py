"""Bodies that share their owner (extract/shared_bodies.py): "yhteinen" kept in a joint organ's name, the owner's
genitive carried over a run of coordinated bodies, a church organ placed in the one parish union of its minutes.

The texts are invented for these tests (the organisations are real, from the bundled reference data or named in them).
"""

from __future__ import annotations

from tests.helpers import ID, extract
from welfare_kg.extract.shared_bodies import CHURCH_RULE


def _part_of(text: str, kind: str = "news") -> set[tuple[str, str, str]]:
    return {(f.subject.removeprefix(ID), f.object.removeprefix(ID), f.rule)
            for f in extract(text, kind).facts if f.predicate == "partOf"}


def _body_labels(text: str, kind: str = "news") -> set[str]:
    return {e.label for e in extract(text, kind).entities.values() if e.type == "Body"}


def test_yhteinen_stays_in_a_joint_organs_name_in_its_base_form() -> None:
    text = "Porvoon seurakuntayhtymän yhteisen kirkkovaltuuston kokous siirrettiin syyskuulle."
    assert "Yhteinen kirkkovaltuusto" in _body_labels(text)
    # the owner's genitive before the adjective now owns the organ
    assert any(obj == "parish/porvoon-seurakuntayhtyma" for _s, obj, _r in _part_of(text))


def test_an_adjective_other_than_yhteinen_is_not_taken_into_the_name() -> None:
    assert "Uusi kirkkoneuvosto" not in _body_labels("Uusi kirkkoneuvosto aloittaa työnsä tammikuussa.")


def test_a_second_body_after_ja_shares_the_county_genitive() -> None:
    facts = _part_of("Pohjois-Savon hyvinvointialueen vanhusneuvosto ja vammaisneuvosto pitivät yhteisen "
                     "seminaarin Kuopiossa.")
    rules = {(s.rsplit("-", 1)[-1], obj, r) for s, obj, r in facts}
    assert ("vanhusneuvosto", "wellbeing-county/13", "partOf:parent-genitive-body") in rules
    assert ("vammaisneuvosto", "wellbeing-county/13", "partOf:coordinated-body") in rules


def test_a_town_genitive_owns_each_board_of_a_comma_run() -> None:
    facts = _part_of("Joensuun kaupungin sivistyslautakunta, ympäristölautakunta ja tekninen lautakunta "
                     "antoivat lausuntonsa kaavasta.")
    owned = {s for s, obj, r in facts if obj == "municipality/167" and r == "partOf:coordinated-body"}
    assert any(s.endswith("ymparistolautakunta") for s in owned)


def test_a_body_with_its_own_genitive_or_of_another_kind_is_not_carried() -> None:
    facts = _part_of("Kuopion kaupungin sivistyslautakunta ja aluehallitus kuulivat asiantuntijoita.")
    assert not any(r == "partOf:coordinated-body" for _s, _o, r in facts)
    facts = _part_of("Kuopion kaupunginhallitus ja Pohjois-Savon hyvinvointialueen aluehallitus tapasivat.")
    assert ("body/13-aluehallitus", "municipality/297") not in {(s, o) for s, o, _r in facts}
    # a capital opens another name: no shared owner
    facts = _part_of("Kuopion kaupunginhallitus ja Vanhusneuvosto tapasivat.")
    assert not any(r == "partOf:coordinated-body" for _s, _o, r in facts)


def test_a_parish_unions_letterhead_owns_the_organ_on_the_next_line() -> None:
    text = ("LAHDEN SEURAKUNTAYHTYMÄ\nYhteinen kirkkoneuvosto\nPÖYTÄKIRJA 4/2024\n\n"
            "§ 21 Kiinteistöstrategia\nYhteinen kirkkoneuvosto hyväksyi kiinteistöstrategian.\n")
    facts = _part_of(text, kind="minutes")
    # the organ heads the minutes, so partOf:letterhead-owner-body (extract/document.py) may read it first
    union = "parish/lahden-seurakuntayhtyma"
    assert {(o, r) for _s, o, r in facts} & {(union, CHURCH_RULE), (union, "partOf:letterhead-owner-body")}


def test_two_church_organisations_leave_the_owner_open() -> None:
    text = ("LAHDEN SEURAKUNTAYHTYMÄ\nKirkkoneuvosto\nPÖYTÄKIRJA 4/2024\n\n"
            "§ 21 Avustus\nKirkkoneuvosto myönsi avustuksen Hollolan seurakunnalle ja Nastolan seurakunnalle.\n")
    assert not any(r == CHURCH_RULE for _s, _o, r in _part_of(text, kind="minutes"))


def test_a_bare_kind_genitive_gives_the_body_to_the_organisation_of_that_kind_named_before() -> None:
    from welfare_kg.extract.shared_bodies import KIND_RULE

    facts = _part_of("Etelä-Savon hyvinvointialue avasi uuden asiointipisteen. Hyvinvointialueen vanhusneuvosto ja "
                     "vammaisneuvosto tutustuivat siihen.")
    assert {(s.rsplit("-", 1)[-1], o) for s, o, r in facts if r == KIND_RULE} == {
        ("vanhusneuvosto", "wellbeing-county/12"), ("vammaisneuvosto", "wellbeing-county/12")}
    facts = _part_of("Kristinestads stad informerar om bidragen. Stadens socialnämnd beviljade understöden i maj.")
    assert ("municipality/287", KIND_RULE) in {(o, r) for _s, o, r in facts}


def test_a_kind_genitive_without_an_organisation_of_that_kind_or_after_a_name_gives_nothing() -> None:
    from welfare_kg.extract.shared_bodies import KIND_RULE

    # no county named anywhere: whose the board is stays open
    assert not any(r == KIND_RULE for _s, _o, r in _part_of("Hyvinvointialueen tarkastuslautakunta kokoontui.\n\n"
                                                              "Kokouksessa käsiteltiin arviointikertomusta."))
    # the owner named before the kind word is read by the genitive rule, not this one
    facts = _part_of("Kiteen kaupungin sivistyslautakunta myönsi avustukset.")
    assert not any(r == KIND_RULE for _s, _o, r in facts)


def test_the_swedish_name_of_a_regions_co_operation_group_is_a_body() -> None:
    text = "Landskapets samarbetsgrupp sammanträdde i Vasa den 3 mars.\n\nSamarbetsgruppen behandlade fördelningen."
    assert "Landskapets samarbetsgrupp" in _body_labels(text)
    # a project's own group of that word is no regional group
    assert "Landskapets samarbetsgrupp" not in _body_labels("Projektets samarbetsgrupp möttes två gånger.")


def test_a_heading_line_above_the_kind_word_is_no_owners_genitive() -> None:
    # the organisation's name as the page's heading, then "Samkommunens styrelse" opening the next paragraph:
    # the heading ends two characters before the kind word, yet it is no genitive of the kind word
    from welfare_kg.extract.shared_bodies import KIND_RULE
    facts = _part_of("Kårkulla samkommun\n\nSamkommunens styrelse beslöt om budgeten.")
    assert ("joint-authority/karkulla", KIND_RULE) in {(o, r) for _s, o, r in facts}


def _rules_by_body(text: str) -> dict[str, set[tuple[str, str]]]:
    out: dict[str, set[tuple[str, str]]] = {}
    for s, obj, r in _part_of(text):
        out.setdefault(s.rsplit("-", 1)[-1], set()).add((obj, r))
    return out


def test_a_swedish_owner_after_a_list_of_bodies_owns_each() -> None:
    """"revisionsnämnden och styrelsen för X": the owner after the preposition is written once for the list."""
    found = _rules_by_body("Fullmäktige väljer revisionsnämnden och styrelsen för Österbottens välfärdsområde i juni.")
    assert ("wellbeing-county/17", "partOf:coordinated-body-before-preposition") in found["revisionsnamnd"]


def test_the_list_may_open_the_sentence() -> None:
    found = _rules_by_body("Socialnämnden och bildningsnämnden i Korsholm sammanträdde i juni.")
    assert any(obj == "municipality/499" for obj, _r in found["socialnamnd"])


def test_a_body_with_a_genitive_owner_of_its_own_ends_the_run() -> None:
    """"Vasa stads socialnämnd och styrelsen för X": the town's board is the town's, not X's."""
    found = _rules_by_body("Vasa stads socialnämnd och styrelsen för Österbottens välfärdsområde träffades i juni.")
    assert ("wellbeing-county/17", "partOf:coordinated-body-before-preposition") not in found.get("socialnamnd", set())


def test_a_compound_council_places_each_council_the_page_names_alone() -> None:
    text = ("Pohjois-Savon hyvinvointialueen vanhus- ja vammaisneuvostoon nimettiin uudet jäsenet.\n\n"
            "Vanhusneuvosto kokoontuu kerran kuussa.\n\nVammaisneuvosto kokoontuu kerran kuussa.")
    found = _rules_by_body(text)
    assert ("wellbeing-county/13", "partOf:compound-body-parts") in found["vanhusneuvosto"]
    assert ("wellbeing-county/13", "partOf:compound-body-parts") in found["vammaisneuvosto"]


def test_a_compound_whose_parts_are_never_named_alone_stays_one_body() -> None:
    text = ("Pohjois-Savon hyvinvointialueen sosiaali- ja terveyslautakunta kokoontui.\n\n"
            "Terveyslautakunta on toisen kunnan toimielin.")
    assert not [f for fs in _rules_by_body(text).values() for f in fs if f[1] == "partOf:compound-body-parts"]


def test_the_genitive_owns_each_body_of_gapped_phrases_with_alike_heads() -> None:
    """"A:n B:n varajäsenyydestä ja C:n jäsenyydestä": each body's genitive goes with its own noun."""
    text = "Anna Esimerkki erosi Lapin liiton maakuntahallituksen varajäsenyydestä ja maankäyttöjaoksen jäsenyydestä."
    found = _rules_by_body(text)
    assert ("joint-authority/lapin-liitto", "partOf:coordinated-body") in found["maankayttojaos"]


def test_unlike_heads_end_the_run() -> None:
    text = "Asia käsiteltiin Lapin liiton maakuntahallituksen kokouksessa ja maankäyttöjaoksen istunnossa."
    found = _rules_by_body(text)
    assert ("joint-authority/lapin-liitto", "partOf:coordinated-body") not in found.get("maankayttojaos", set())
