"""A state agency named only by its kind word in a sentence about money (extract/bare_agencies.py)."""

from __future__ import annotations

from tests.helpers import entity_labels, extract

ID = "https://w3id.org/welfare-kg/id/"


def test_bare_regional_agency_granting_money_is_an_agency() -> None:
    text = "Aluehallintovirasto on myöntänyt Pihapiiri-hankkeelle 60 000 euron valtionavustuksen."
    assert "Aluehallintovirasto" in entity_labels(text, "Agency")
    ex = extract(text)
    funders = {f.subject for f in ex.facts if f.predicate == "funds"}
    assert any(ex.entities[s].label == "Aluehallintovirasto" for s in funders)


def test_bare_agency_is_its_documents_own() -> None:
    # every region has an ELY centre: the word read alone in two texts names two agencies
    one = extract("ELY-keskus rahoittaa kyläteiden kunnostusta 20 000 eurolla.")
    two = extract("ELY-keskus myönsi tukea Saaristotie-hankkeelle.")
    iris = [{i for i, e in ex.entities.items() if e.label == "ELY-keskus"} for ex in (one, two)]
    assert iris[0] and iris[1] and not iris[0] & iris[1]


def test_bare_regional_state_agency_is_one_in_every_document() -> None:
    # the AVIs are one national agency since 2026: the bare word in a Finnish and in a Swedish text names one
    one = extract("Aluehallintovirasto myönsi Kylätoimintaa ry:lle 4 000 euron avustuksen.")
    two = extract("Regionförvaltningsverket beviljade föreningen bidrag för projektet.")
    iris = [{i for i, e in ex.entities.items() if e.type == "Agency"} for ex in (one, two)]
    assert iris[0] and iris[0] == iris[1]


def test_swedish_bare_agency_granting_support() -> None:
    assert "NTM-centralen" in entity_labels("NTM-centralen beviljade föreningen stöd för en vandringsled.", "Agency")


def test_bare_word_points_at_the_one_agency_named_later() -> None:
    text = "ELY-keskus myönsi Kylänraitti-hankkeelle tukea 30 000 euroa.\n\nLisätietoja antaa Lapin ELY-keskus."
    agencies = {i.removeprefix(ID) for i, e in extract(text).entities.items() if e.type == "Agency"}
    assert agencies == {"agency/ely-lappi"}


def test_bare_word_outside_money_or_with_two_named_gives_nothing() -> None:
    assert "ELY-keskus" not in entity_labels("ELY-keskuksen mukaan tie avataan keväällä.", "Agency")
    text = ("ELY-keskus myönsi hankkeelle tukea 5 000 euroa. Mukana ovat Lapin ELY-keskus ja Kainuun ELY-keskus.")
    assert "ELY-keskus" not in entity_labels(text, "Agency")


def test_the_swedish_long_form_of_the_ntm_centre() -> None:
    from helpers import entity_types

    names = entity_types("Projektet understöds av Närings-, trafik- och miljöcentralen och Svenska kulturfonden.")
    assert names.get("NTM-centralen") == "Agency"


def test_swedish_regional_state_agency_bare_and_with_its_area() -> None:
    assert "Regionförvaltningsverket" in entity_labels(
        "Regionförvaltningsverket beviljade ungdomsförbundet bidrag för projektet.", "Agency")
    # "... i Södra Finland" names the agency of that area (reference data): no bare one beside it
    text = "Regionförvaltningsverket i Södra Finland beviljade föreningen understöd."
    assert "Regionförvaltningsverket" not in entity_labels(text, "Agency")


def test_the_avi_acronym_the_employment_office_and_the_vitality_centre_alone() -> None:
    # each kind word alone in a sentence about money is an agency of the document; "AVI:lta" is the same kind as
    # "Aluehallintovirasto", so both words of one text name one agency
    text = "Kylätoimintaa ry sai AVI:lta 3 000 euron avustuksen. Aluehallintovirasto myönsi lisäksi 500 euroa."
    ex = extract(text)
    avis = {i for i, e in ex.entities.items() if e.label == "Aluehallintovirasto"}
    assert len(avis) == 1
    assert any(f.subject in avis and f.predicate == "funds" and f.amount == 3000 for f in ex.facts)
    assert "TE-toimisto" in entity_labels("TE-toimisto myönsi Kylätoimintaa ry:lle palkkatukea 9 000 euroa.", "Agency")
    assert "Elinvoimakeskus" in entity_labels("Elinvoimakeskus myönsi Kylätoimintaa ry:lle 8 000 euroa.", "Agency")


def test_the_avi_acronym_with_its_area_or_outside_money_adds_no_bare_agency() -> None:
    text = "Lapin AVI myönsi Kylätoimintaa ry:lle 3 000 euroa. AVI:n päätös tuli keväällä avustuksesta."
    agencies = {i.removeprefix(ID) for i, e in extract(text).entities.items() if e.type == "Agency"}
    assert agencies == {"agency/avi-lappi"}
    assert "Aluehallintovirasto" not in entity_labels("AVI:n tarkastaja vieraili koululla.", "Agency")
    assert "Elinvoimakeskus" not in entity_labels("Elinvoimakeskuksen mukaan tie avataan keväällä.", "Agency")


def test_the_plural_of_the_kind_is_the_agencies_together_as_one_granter() -> None:
    # "Aluehallintovirastot ovat myöntäneet": the regional agencies jointly, labelled by the kind's base form
    assert "Aluehallintovirasto" in entity_labels(
        "Aluehallintovirastot ovat myöntäneet yhteensä 90 000 euroa kylien liikuntahankkeille.", "Agency")
    assert "ELY-keskus" in entity_labels("ELY-keskukset myönsivät tukea 40 kylähankkeelle.", "Agency")
    assert "Aluehallintovirasto" not in entity_labels("Aluehallintovirastot siirtyvät uuteen virastoon.", "Agency")


def test_bare_word_in_a_text_of_one_region_is_that_regions_agency() -> None:
    # the only region named (Kainuu) has one ELY centre in the reference data: the bare word is that centre
    text = "ELY-keskus vauhditti Kainuun kehitystä myöntämällä kylähankkeille 40 000 euroa."
    agencies = {i.removeprefix(ID) for i, e in extract(text).entities.items() if e.type == "Agency"}
    assert agencies == {"agency/ely-kainuu"}
    # two regions named: which one's is not said, so the word stays the document's own
    two = "ELY-keskus myönsi Kainuun ja Lapin kylähankkeille 40 000 euroa."
    agencies = {i.removeprefix(ID) for i, e in extract(two).entities.items() if e.type == "Agency"}
    assert agencies and not agencies & {"agency/ely-kainuu", "agency/ely-lappi"}
