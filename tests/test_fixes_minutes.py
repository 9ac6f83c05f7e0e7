"""Fixes found on minutes and pages: sentence ends at initials and wrapped lines, posts, areas."""

from __future__ import annotations

from helpers import ID, record
from helpers import fact_triples as _facts

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import Gazetteer, KnownEntity, reference_gazetteer
from welfare_kg.extract.text import sentences


def _texts(text: str) -> list[str]:
    return [s.text for s in sentences(text)]


def test_middle_initial_does_not_end_a_sentence() -> None:
    assert _texts("Puheenjohtajana toimi Kalle B. Korhonen. Kokous alkoi.") == [
        "Puheenjohtajana toimi Kalle B. Korhonen.", "Kokous alkoi."]


def test_two_initials_do_not_end_a_sentence() -> None:
    assert _texts("Hanketta tukee K.J. Lindqvist stiftelse vuonna 2020.") == [
        "Hanketta tukee K.J. Lindqvist stiftelse vuonna 2020."]


def test_single_letter_after_a_lowercase_word_still_ends_a_sentence() -> None:
    assert _texts("Asia kuuluu liitteeseen B. Hallitus hyväksyi sen.") == [
        "Asia kuuluu liitteeseen B.", "Hallitus hyväksyi sen."]


def test_wrapped_line_inside_a_sentence_is_no_boundary() -> None:
    text = ("Yhteistyöhön ovat tulleet mukaan Kuntaliitto, Itä-Suomen yliopisto sekä Kajaanin\n"
            "Ammattikorkeakoulu ja kolme kuntaa.")
    assert _texts(text) == [text]


def test_short_lines_keep_their_boundaries() -> None:
    text = "Läsnä\nPekka Niemi puheenjohtaja\nAnna Salo jäsen\nKokouksen avaus"
    assert _texts(text) == ["Läsnä", "Pekka Niemi puheenjohtaja", "Anna Salo jäsen", "Kokouksen avaus"]


def test_a_known_body_keeps_the_reference_iri() -> None:
    known = KnownEntity(ID + "body/known-board", "Body", "Oulun kaupunginhallitus", {"Oulun kaupunginhallitus"})
    gaz = Gazetteer([*reference_gazetteer().entities.values(), known])
    out = extract_document(record("Oulun kaupunginhallitus käsitteli asiaa. Päätös syntyi yksimielisesti.", "news"),
                           gazetteer=gaz)
    bodies = [e for e in out.entities.values() if e.type == "Body"]
    assert [e.iri for e in bodies] == [ID + "body/known-board"]


def test_compass_word_alone_covers_no_cooperation_area() -> None:
    facts = _facts("Itä-Suomen Vanhuspalveluhanke alkoi keväällä. Itä-Suomen Vanhuspalveluhanke kehittää kotihoitoa.")
    assert not any(p == "coversArea" for _, p, _ in facts)


def test_compass_word_covers_the_cooperation_area_where_the_text_speaks_of_one() -> None:
    facts = _facts("Itä-Suomen Vanhuspalveluhanke alkoi keväällä. Itä-Suomen Vanhuspalveluhanke kehittää kotihoitoa "
                   "koko erityisvastuualueella.")
    assert any(p == "coversArea" and o == "cooperation-area/kys" for _, p, o in facts)


def _posts(text: str, kind: str = "news") -> set[tuple[str, str]]:
    out = extract_document(record(text, kind), gazetteer=reference_gazetteer())
    return {(f.subject.removeprefix(ID), f.object.removeprefix(ID)) for f in out.facts if f.predicate == "holdsPost"}


def test_a_minister_holds_the_post_in_the_ministry_the_title_names() -> None:
    assert _posts("Seminaarin avasi opetus- ja kulttuuriministeri Anna Salo.") == {("person/anna-salo", "ministry/okm")}
    assert _posts("Sosiaali- ja terveysministeri Pekka Niemi vieraili Kuopiossa.") == {
        ("person/pekka-niemi", "ministry/stm")}


def test_a_title_naming_no_ministry_gives_no_ministry() -> None:
    assert not any(o.startswith("ministry/") for _, o in _posts("Ministeri Pekka Niemi vieraili Kuopiossa."))


def test_the_leader_of_a_project_holds_no_post_in_it() -> None:
    posts = _posts("Tutkimusjohtaja Liisa Mäkelän johtamalle Hyvä Arki -hankkeelle myönnettiin rahoitusta.")
    assert not any(o.startswith("project/") for _, o in posts)


def test_a_label_alone_on_its_line_ends_a_towns_group() -> None:
    posts = _posts("Läsnä\nHollola: Kunnanjohtaja Pekka Niemi\nSihteeristö:\nKehittämispäällikkö Anna Salo\n",
                   "minutes")
    assert ("person/pekka-niemi", "municipality/098") in posts
    assert ("person/anna-salo", "municipality/098") not in posts


def test_an_organisations_genitive_before_a_title_is_the_employer() -> None:
    posts = _posts("Kokkolan kaupunki ja Centria aloittavat hankkeen. Centrian rehtori Kalle Korhonen kertoi siitä.")
    assert posts == {("person/kalle-korhonen", "company/centria")}


def test_another_towns_body_addressed_in_a_sentence_does_not_publish_the_minutes() -> None:
    text = ("Perusturvalautakunta\nPöytäkirja\n\n§ 40 Kotihoidon tuen kuntalisä\n"
            "Kuntalisää on ehdotettu Siilinjärvellä, ja vastaava aloite on jätetty Nilsiän kaupunginvaltuustolle. "
            "Siilinjärvellä kuntalisä maksettaisiin vuoden alusta.\nPäätös: Hyväksyttiin.\n")
    rec = record(text, kind="minutes")
    rec.published = "2010-05-01"  # both towns existed then (Nilsiä joined Kuopio in 2013)
    assert extract_document(rec).municipality.endswith("municipality/749")
