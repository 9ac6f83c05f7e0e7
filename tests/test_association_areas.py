"""An association's area of operation stated as a list: each place `coversArea` of the association."""

from __future__ import annotations

from helpers import ID, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer

M = {name: ID + "municipality/" + code for name, code in [
    ("Kajaani", "205"), ("Sotkamo", "765"), ("Kuhmo", "290"), ("Nivala", "535"), ("Sievi", "746"),
    ("Alavieska", "009"), ("Ii", "139"), ("Simo", "751"), ("Vaala", "785"), ("Iisalmi", "140"),
    ("Sonkajärvi", "762"), ("Raseborg", "710"), ("Pargas", "445"), ("Kimitoön", "322"), ("Lemi", "416"),
    ("Luumäki", "441"), ("Savitaipale", "739")]}


def _covered(text: str) -> set[str]:
    """Places some association covers (the association's key depends on the recogniser's name form)."""
    out = extract_document(record(text, "news"), gazetteer=reference_gazetteer())
    return {f.object for f in out.facts
            if f.predicate == "coversArea" and f.subject.startswith(ID + "association/")}


def _towns(*names: str) -> set[str]:
    return {M[n] for n in names}


def test_pointing_back_word_and_a_list_after_the_verb() -> None:
    text = ("Harjuseudun Omaishoitajat ry on perustettu vuonna 1995. "
            "Yhdistyksen toiminta-alue on Kajaani, Sotkamo ja Kuhmo.")
    assert _towns("Kajaani", "Sotkamo", "Kuhmo") <= _covered(text)


def test_bare_lead_at_a_line_start_with_bullets() -> None:
    text = "Pohjoisen Kylät ry\n\nToiminta-alueeseen kuuluvat kunnat:\n• Ii\n• Simo\n• Vaala\n"
    assert _towns("Ii", "Simo", "Vaala") <= _covered(text)


def test_essive_after_a_relative_clause() -> None:
    text = ("Perustettiin Lakeuden Hengitys ry, jonka kotipaikka on Kajaani ja "
            "toiminta-alueena Kajaani, Sotkamo ja Kuhmo ympäristöineen.")
    assert _towns("Kajaani", "Sotkamo", "Kuhmo") <= _covered(text)


def test_swedish_area_with_a_count_and_colon() -> None:
    text = "Kustbygdens Utveckling rf verkar på ett område som omfattar tre kommuner: Raseborg, Pargas och Kimitoön."
    assert _towns("Raseborg", "Pargas", "Kimitoön") <= _covered(text)


def test_swedish_count_then_the_towns_in_the_next_sentence() -> None:
    text = ("Kustbygdens Utveckling rf har verkat sedan 2007. Området omfattar tre kommuner i Nyland. "
            "Kommunerna är Raseborg, Pargas och Kimitoön.")
    assert _towns("Raseborg", "Pargas", "Kimitoön") <= _covered(text)


def test_bare_subject_that_works_in_a_town() -> None:
    text = ("Lakeuden Liikuntarajoitteiset ry on yhdistys liikuntarajoitteisille. "
            "Yhdistys on perustettu 1950 ja toimii Iisalmen kaupungin alueella.")
    assert _towns("Iisalmi") <= _covered(text)


def test_named_association_serves_the_residents() -> None:
    text = "Vaaramaan Muisti ry palvelee Lemin, Luumäen ja Savitaipaleen asukkaita."
    assert _towns("Lemi", "Luumäki", "Savitaipale") <= _covered(text)


def test_a_joint_authoritys_area_is_no_area_of_the_association_named_before() -> None:
    text = ("Kalliolan Nuoret ry järjesti tapahtuman. "
            "Peruspalvelukuntayhtymä Kallion toiminta-alueeseen kuuluvat Nivala, Sievi ja Alavieska.")
    assert not _towns("Nivala", "Sievi", "Alavieska") & _covered(text)


def test_a_projects_area_is_no_area_of_its_association() -> None:
    text = ("Kylätalot ry hallinnoi Elävä Kylä -hanketta. "
            "Hankkeen toiminta-alue on Ii, Simo ja Vaala.")
    assert not _towns("Ii", "Simo", "Vaala") & _covered(text)


def test_towns_in_an_agenda_are_no_area() -> None:
    text = ("Metsäkylän Nuorisoseura ry\n\nKokouksessa käsiteltiin Kajaanin, Sotkamon ja Kuhmon "
            "avustushakemukset. Seura toimii talkoovoimin.")
    assert not _covered(text)


def test_a_named_subject_of_another_kind_does_not_serve_for_the_association() -> None:
    text = ("Iisalmen Kuulo ry kokoontuu kuukausittain. "
            "Kuntayhtymä Kallio palvelee Nivalan, Sievin ja Alavieskan asukkaita.")
    assert not _towns("Nivala", "Sievi", "Alavieska") & _covered(text)


def test_a_federation_named_after_the_area_is_not_its_owner() -> None:
    text = ("Yhdistys\n\nYhdistyksen toiminta-alue on Kajaani, Sotkamo ja Kuhmo. "
            "Yhdistyksen valtakunnallinen kattojärjestö on Harjumaan Kattoliitto ry.")
    assert not _towns("Kajaani", "Sotkamo", "Kuhmo") & _covered(text)


def test_members_in_a_relative_clause_are_part_of_the_joint_authority_not_its_area() -> None:
    text = ("Etelä-Karjalan liitto on vuonna 1993 perustettu kuntayhtymä, jonka jäsenkunnat ovat tällä hetkellä "
            "kolme kuntaa: Lemi, Luumäki ja Savitaipale.")
    out = extract_document(record(text, "news"), gazetteer=reference_gazetteer())
    parts = {(f.subject, f.object) for f in out.facts if f.predicate == "partOf"}
    wholes = {o for s, o in parts if s in _towns("Lemi", "Luumäki", "Savitaipale")}
    assert len(wholes) == 1 and next(iter(wholes)).startswith(ID + "joint-authority/")
    assert {s for s, o in parts if o in wholes} == _towns("Lemi", "Luumäki", "Savitaipale")
    assert not _covered(text)


def test_the_area_as_object_of_its_parts_and_the_name_with_and_without_ry() -> None:
    # "jonka toimialueen muodostaa N kuntaa:" after the association named in a heading and again with its "ry"
    text = ("Harjuseudun Omaishoitajat vuosikertomus 2019 Harjuseudun Omaishoitajat ry on vuonna 1995 perustettu "
            "yhdistys, jonka toimialueen muodostaa kolme kuntaa: Kajaani, Sotkamo sekä Kuhmo. Jäseniä oli 300.")
    assert _towns("Kajaani", "Sotkamo", "Kuhmo") <= _covered(text)


def test_the_object_first_lead_owned_by_another_actor_gives_no_association_area() -> None:
    # a joint authority's area formed by towns: its members, not an association's area
    text = ("Harjuseudun Omaishoitajat ry tekee yhteistyötä. Kainuun sote-kuntayhtymän toimialueen muodostaa "
            "kolme kuntaa: Kajaani, Sotkamo sekä Kuhmo.")
    assert not _towns("Kajaani", "Sotkamo", "Kuhmo") & _covered(text)
