"""Bodies of unseen names in base form and the parts they belong to (issue 12): a town's central office
(kaupunginkanslia), a group's secretariat (sihteeristö), a cooperation group (yhteistoimintaryhmä), a division read
as one name with its board, and a wellbeing county's towns listed after its genitive."""

from __future__ import annotations

from types import SimpleNamespace

from tests.helpers import extract, needs_voikko


def _labelled(text: str, kind: str = "news") -> tuple[dict[str, str], set[tuple[str, str, str]]]:
    """Label -> type of each entity, and (subject label, predicate, object label) of each fact."""
    ex = extract(text, kind)
    label = {iri: e.label for iri, e in ex.entities.items()}
    types = {e.label: e.type for e in ex.entities.values()}
    return types, {(label.get(f.subject, f.subject), f.predicate, label.get(f.object, f.object)) for f in ex.facts}


@needs_voikko
def test_a_towns_central_office_is_a_body_of_that_town() -> None:
    types, facts = _labelled("Porvoon kaupunginkanslia kokosi hakemukset yhteen ennen syyskuuta.")
    assert types.get("Porvoon kaupunginkanslia") == "Body"
    assert ("Porvoon kaupunginkanslia", "partOf", "Porvoo") in facts


@needs_voikko
def test_a_bare_central_office_in_base_form_is_a_body() -> None:
    types, _ = _labelled("Kunnankanslia vastaa valtuuston kokousten valmistelusta ja pöytäkirjoista.")
    assert types.get("Kunnankanslia") == "Body"


@needs_voikko
def test_a_cooperation_group_is_named_by_its_region() -> None:
    types, _ = _labelled("Etelä-Savon yhteistoimintaryhmä kokoontui huhtikuussa käsittelemään rahoitushakuja.")
    assert types.get("Etelä-Savon yhteistoimintaryhmä") == "Body"


@needs_voikko
def test_a_secretariat_read_with_its_group_is_part_of_the_group() -> None:
    types, facts = _labelled("Maakunnan yhteistyöryhmän sihteeristö kävi läpi uudet hakemukset.")
    assert types.get("Maakunnan yhteistyöryhmän sihteeristö") == "Body"
    assert ("Maakunnan yhteistyöryhmän sihteeristö", "partOf", "Maakunnan yhteistyöryhmä") in facts


@needs_voikko
def test_a_division_read_as_one_name_with_its_board_is_part_of_the_board() -> None:
    _, facts = _labelled("Kunnanhallituksen elinvoimajaosto puolsi esitystä yksimielisesti.")
    assert ("Kunnanhallituksen elinvoimajaosto", "partOf", "Kunnanhallitus") in facts


@needs_voikko
def test_a_board_followed_by_a_word_that_is_no_division_owns_nothing() -> None:
    _, facts = _labelled("Kunnanhallituksen elinvoimajaosto ja kaupunginhallituksen puheenjohtaja tapasivat.")
    assert not any(s == "Kaupunginhallitus" and p == "partOf" for s, p, _o in facts)


@needs_voikko
def test_a_wellbeing_county_s_towns_after_its_genitive_are_its_area() -> None:
    _, facts = _labelled("Kymenlaakson hyvinvointialueen kunnat ovat Kotka, Kouvola ja Hamina.")
    for town in ("Kotka", "Kouvola", "Hamina"):
        assert ("Kymenlaakson hyvinvointialue", "coversArea", town) in facts


@needs_voikko
def test_a_wellbeing_county_s_towns_need_the_word_for_towns() -> None:
    _, facts = _labelled("Kymenlaakson hyvinvointialueen edustajat Kotka, Kouvola ja Hamina tapasivat.")
    assert not any(p == "coversArea" and s == "Kymenlaakson hyvinvointialue" for s, p, _o in facts)


def test_a_letterhead_office_decides_no_item() -> None:
    """The office printed at the top signs for an official: the item's deciding body is none when only it is named."""
    from welfare_kg.extract.posts import item_body

    text = "Kaupunginkanslia\n\nTalousjohtaja\n\n4 §\n\nPäätös\n\nTalousjohtaja päätti myöntää määrärahan."
    office = SimpleNamespace(label="Kaupunginkanslia", labels={"Kaupunginkanslia"},
                             mentions=[SimpleNamespace(start=0, end=16)])
    item = SimpleNamespace(body=None, start=text.index("4 §"), end=len(text), parts={})
    assert item_body(item, [office], text) is None
    board = SimpleNamespace(label="Kaupunginhallitus", labels={"Kaupunginhallitus"},
                            mentions=[SimpleNamespace(start=0, end=17)])
    assert item_body(item, [board], text) is board
