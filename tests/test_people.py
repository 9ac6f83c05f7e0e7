"""People in the attendance and signature blocks of minutes, and the posts their roles give.

The texts are written for these tests: invented people in invented meetings, laid out the
ways real minutes are (one-line PDF transcripts, surname first, "Surname, Firstname",
mixed orders in a Swedish protocol, one name per line).
"""

from __future__ import annotations

import pytest
from helpers import MORPH, needs_voikko

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.people import blocks, is_first_name, listed_people
from welfare_kg.extract.posts import clean_role, role_post
from welfare_kg.loaders import load_document


def _names(text: str) -> list[tuple[str, str]]:
    return [(p.label, p.written) for p in listed_people(text, MORPH)]


@needs_voikko
def test_surname_first_transcript_with_times_and_roles() -> None:
    text = ("1 LAHDENPERÄN KUNTA Pöytäkirja 7/ Sivistyslautakunta Aika klo 17:00-18:30 Osallistujat Nimi Klo "
            "Tehtävä LÄSNÄ Virtanen Olli 17:00-18:30 puheenjohtaja Nieminen Sanna 17:00-18:30 jäsen "
            "Heikkinen Pekka 17:00-18:30 sivistysjohtaja POISSA Laaksonen Tuomas jäsen Käsitellyt asiat 41 Talous")
    people = listed_people(text, MORPH)
    assert [(p.label, p.written) for p in people] == [
        ("Olli Virtanen", "Virtanen Olli"), ("Sanna Nieminen", "Nieminen Sanna"),
        ("Pekka Heikkinen", "Heikkinen Pekka"), ("Tuomas Laaksonen", "Laaksonen Tuomas")]
    assert [clean_role(p.role) for p in people] == ["puheenjohtaja", "jäsen", "sivistysjohtaja", "jäsen"]


@needs_voikko
def test_first_name_first_list_and_signatures() -> None:
    text = ("Päätöksentekijät Leena Korhonen puheenjohtaja Matti Järvinen jäsen\n"
            "Allekirjoitukset Leena Korhonen puheenjohtaja Anu Salonen pöytäkirjanpitäjä")
    # no "Allekirjoitukset Leena": layout words are not surnames
    assert _names(text) == [("Leena Korhonen", "Leena Korhonen"), ("Matti Järvinen", "Matti Järvinen"),
                            ("Leena Korhonen", "Leena Korhonen"), ("Anu Salonen", "Anu Salonen")]


@needs_voikko
def test_comma_layout_and_second_first_names() -> None:
    text = ("Läsnä puheenjohtaja Hakala, Jorma jäsenet Lehto, Kirsi Rantanen, Mikko Salo, Eeva "
            "Paikka Kunnantalo. Käsitellyt asiat")
    assert [n for n, _ in _names(text)] == ["Jorma Hakala", "Kirsi Lehto", "Mikko Rantanen", "Eeva Salo"]
    two = "Läsnäolijat Mattila Jukka Pekka jäsen Koivisto Anna jäsen"
    assert [n for n, _ in _names(two)] == ["Jukka Pekka Mattila", "Anna Koivisto"]


@needs_voikko
def test_mixed_orders_in_a_swedish_protocol() -> None:
    text = ("Beslutande Lindqvist Erik, SFP, ordf. Johan Berg, kfm.ordf. Sundqvist Anna-Karin, kst.ordf "
            "Frånvarande Holm Henrik Paragrafer 5-9")
    assert [n for n, _ in _names(text)] == ["Erik Lindqvist", "Johan Berg", "Anna-Karin Sundqvist",
                                            "Henrik Holm"]


def test_first_names_of_several_parts() -> None:
    if MORPH.name == "fallback":
        pytest.skip("first names are known from Voikko's lexicon")
    assert is_first_name("Eeva-Liisa", MORPH) and is_first_name("Jan-Erik", MORPH)
    assert not is_first_name("Yrjö-Lahtinen", MORPH)  # a surname that starts with a first name
    assert not is_first_name("Kunnanvirasto", MORPH)


def test_role_posts() -> None:
    assert role_post("puheenjohtaja", MORPH) == ("puheenjohtaja", None)
    assert role_post("KD, ordf", MORPH)[0] == "puheenjohtaja"
    assert role_post("KH:n puheenjohtaja", MORPH)[0] is None  # chairs another board
    assert role_post("valtuuston puheenjohtaja", MORPH)[0] is None
    assert role_post("esittelijä, perusturvajohtaja", MORPH) == ("esittelijä", "perusturvajohtaja")
    assert role_post("kuntayhtymän johtaja esittelijä", MORPH)[1] == "kuntayhtymän johtaja"
    assert clean_role("12:00-16:16 pöytäkirjanpitäjä POISSA Lahtinen") == "pöytäkirjanpitäjä"


@needs_voikko
def test_posts_of_listed_people_in_a_transcript(tmp_path) -> None:
    """Chair -> the meeting's body; an office title -> the municipality; "Xn kunnanjohtaja" -> X."""
    doc = tmp_path / "lahdenpera.txt"
    doc.write_text(
        "1 TAIVALKOSKEN KUNTA Pöytäkirja 7/ Sivistyslautakunta Aika klo 17:00-18:30 Paikka Kunnantalo "
        "Osallistujat Nimi Klo Tehtävä LÄSNÄ Virtanen Olli 17:00-18:30 puheenjohtaja Nieminen Sanna jäsen "
        "Heikkinen Pekka sivistysjohtaja Korhonen Liisa Kuusamon kunnanjohtaja Lahtinen Ville KH:n puheenjohtaja "
        "Käsitellyt asiat 41 Kokouksen laillisuus 3 42 Koulukuljetusten hankinta\n", encoding="utf-8")
    rec = load_document(doc)
    assert rec.kind == "minutes"
    ex = extract_document(rec)
    names = {e.iri: e.label for e in ex.entities.values()}
    posts = {(names.get(f.subject), names.get(f.object, f.object), f.post) for f in ex.facts
             if f.predicate == "holdsPost"}
    people = {e.label for e in ex.entities.values() if e.type == "Person"}
    assert people == {"Olli Virtanen", "Sanna Nieminen", "Pekka Heikkinen", "Liisa Korhonen", "Ville Lahtinen"}
    board = next(e.label for e in ex.entities.values() if e.type == "Body" and "sivistys" in e.label.lower())
    assert ("Olli Virtanen", board, "puheenjohtaja") in posts
    assert ("Sanna Nieminen", board, "jäsen") in posts
    assert ("Ville Lahtinen", "Kunnanhallitus", "KH:n puheenjohtaja") in posts
    assert ("Pekka Heikkinen", "Taivalkoski", "sivistysjohtaja") in posts
    assert ("Liisa Korhonen", "Kuusamo", "kunnanjohtaja") in posts
    # the written order stays a name of the person
    olli = next(e for e in ex.entities.values() if e.label == "Olli Virtanen")
    assert "Virtanen Olli" in olli.labels


@needs_voikko
def test_contact_lines_name_preparers_and_presenters() -> None:
    text = ("§ 12 Kotihoidon kehittäminen\n\nValmistelija\n\nHelena Koskela, vanhuspalvelujohtaja, "
            "helena.koskela@example.fi\n\nPäätösehdotus Hyvinvointialuejohtaja Rinne Jouko\n\n"
            "Lisätietoja antavat talousjohtaja Pekka Aalto, puh. 040 111 2222 ja kuntayhtymän johtaja "
            "Liisa Virta, puh. 040 333 4444.\n")
    people = listed_people(text, MORPH)
    assert [(p.label, p.contact) for p in people] == [
        ("Helena Koskela", True), ("Jouko Rinne", True), ("Pekka Aalto", True), ("Liisa Virta", True)]
    assert clean_role(people[0].role).startswith("vanhuspalvelujohtaja")
    assert people[2].before.endswith("talousjohtaja")


@needs_voikko
def test_roles_written_before_names_in_comma_layout() -> None:
    text = ("Läsnä puheenjohtaja Hakala, Jorma jäsenet Lehto, Kirsi Rantanen, Mikko Salo, Eeva "
            "Käsitellyt asiat")
    people = listed_people(text, MORPH)
    assert people[0].roles_before and people[0].before.endswith("puheenjohtaja")


def test_owner_of_a_joint_boards_minutes() -> None:
    from welfare_kg.extract.model import Mention
    from welfare_kg.extract.posts import owner_kind, publisher_org

    assert owner_kind("Yhtymähallitus") == "JointAuthority"
    assert owner_kind("Aluehallitus") == "WellbeingCounty"
    assert owner_kind("Perusturvalautakunta") == "Municipality"
    ja = Mention(0, 20, "Sote-kuntayhtymä Ilves", "Ilves", "JointAuthority", iri="ja:ilves")
    place = Mention(30, 40, "Kurjenmäki", "Kurjenmäki", "Municipality", iri="muni:kurjenmaki")
    # the meeting place (a member town) is not whose minutes these are
    assert publisher_org("muni:kurjenmaki", None, [ja, place], "", "Yhtymähallitus") == "ja:ilves"
    assert publisher_org("muni:kurjenmaki", None, [ja, place], "", "Kunnanhallitus") == "muni:kurjenmaki"


@needs_voikko
def test_roles_before_names_when_the_heading_ends_with_one() -> None:
    text = ("Osallistujat Jäsenet Varajäsen pj Lampinen Erkki X Kivelä Jari vpj Huhtala Maija X Ranta Olli "
            "jäsen Karppinen Timo X Saari Anne Käsitellyt asiat")
    people = listed_people(text, MORPH)
    assert [p.label for p in people][:3] == ["Erkki Lampinen", "Jari Kivelä", "Maija Huhtala"]
    assert all(p.roles_before for p in people)


@needs_voikko
def test_boards_of_joint_authorities_and_regional_councils(tmp_path) -> None:
    """A yhtymähallitus belongs to its joint authority (same IRI in all its minutes); new body words."""
    doc = tmp_path / "ilves.txt"
    doc.write_text(
        "Yhtymähallitus, kokous 3.5.2022\n\n§ 41 Talousarvion toteutuminen\n\nValmistelija\n\n"
        "Riikka Lahti, talousjohtaja\n\nPerustelut\n\nPohjois-Savon sairaanhoitopiirin kuntayhtymän "
        "talous on tasapainossa. Maakuntahallitus ja nuorisovaltuusto ovat saaneet selvityksen.\n\n"
        "Päätös\n\nYhtymähallitus hyväksyi ehdotuksen.\n", encoding="utf-8")
    ex = extract_document(load_document(doc))
    bodies = {e.label.lower(): e.iri for e in ex.entities.values() if e.type == "Body"}
    assert {"maakuntahallitus", "nuorisovaltuusto"} <= set(bodies)
    ja = next(e.iri for e in ex.entities.values() if e.type == "JointAuthority")
    assert bodies["yhtymähallitus"].rsplit("/", 1)[-1].startswith(ja.rsplit("/", 1)[-1])
    riikka = next(e.iri for e in ex.entities.values() if e.label == "Riikka Lahti")
    assert any(f.subject == riikka and f.object == ja and f.predicate == "holdsPost" for f in ex.facts)


@needs_voikko
def test_prose_posts_take_the_organisation_written_with_the_title(tmp_path) -> None:
    doc = tmp_path / "kh.txt"
    doc.write_text(
        "Kunnanhallitus, kokous 4.6.2021\n\n§ 77 Työryhmän asettaminen\n\nSiiDno-2021-300\n\nKuvaus\n\n"
        "Työryhmään nimettiin Pohjois-Savon sairaanhoitopiirin johtaja Veikko Lehtola ja Kuopion kaupungin "
        "konsernijohtaja Aila Rantala sekä maakuntajohtaja Ilkka Mäkelä. Asian esittelee kunnanjohtaja "
        "Tuomo Heikura.\n\nPäätös\n\nHyväksyttiin.\n\nKirjaamo: kirjaamo@siilinjarvi.fi\n", encoding="utf-8")
    ex = extract_document(load_document(doc))
    label = {e.iri: e.label for e in ex.entities.values()}
    posts = {(label.get(f.subject), label.get(f.object)) for f in ex.facts if f.predicate == "holdsPost"}
    assert any(a == "Veikko Lehtola" and (b or "").startswith("Pohjois-Savon sairaanhoitopiiri") for a, b in posts)
    assert ("Aila Rantala", "Kuopio") in posts
    # the sentence names other organisations: the regional director is not the town's
    assert not any(a == "Ilkka Mäkelä" for a, _ in posts)
    assert ("Tuomo Heikura", "Siilinjärvi") in posts  # a title alone: the minutes' municipality


def test_the_deciding_body_of_an_item() -> None:
    """The body that decides is the subject of the decision, not the first board the item names."""
    from types import SimpleNamespace

    from welfare_kg.extract.posts import item_body

    text = ("Kaupunginhallituksen konsernijaosto\n\nPäätös\n\nKaupunginhallituksen jaosto päätti hyväksyä "
            "sopimuksen. Edellytyksenä on, että kaupunginhallitus hyväksyy osakkeiden vastaanottamisen.")

    def body(label: str, word: str) -> SimpleNamespace:
        starts = [i for i in range(len(text)) if text.startswith(word, i)]
        return SimpleNamespace(label=label, labels={label},
                               mentions=[SimpleNamespace(start=i, end=i + len(word)) for i in starts])

    board = body("Kaupunginhallitus", "kaupunginhallitus ")
    board.mentions = [SimpleNamespace(start=text.index("kaupunginhallitus hyv"),
                                      end=text.index("kaupunginhallitus hyv") + 17)]
    division = body("Kaupunginhallituksen jaosto", "Kaupunginhallituksen jaosto")
    item = SimpleNamespace(body=None, start=0, end=len(text), parts={"decision": (text.index("Kaup", 40), len(text))})
    assert item_body(item, [board, division], text) is division
    named = SimpleNamespace(body="KH", start=0, end=len(text), parts={})
    board.labels = {"Kunnanhallitus"}
    assert item_body(named, [division, board], text) is board


@needs_voikko
def test_column_of_roles_after_a_column_of_names() -> None:
    from welfare_kg.extract.posts import column_roles

    text = ("Päätöksentekijät Leena Korhonen Matti Järvinen Anu Salonen puheenjohtaja II varapuheenjohtaja "
            "jäsen Muut osallistujat Pekka Aalto Liisa Virta valtuuston puheenjohtaja valtuuston")
    people = listed_people(text, MORPH)
    roles = column_roles(people)
    assert [roles.get(id(p)) for p in people] == ["puheenjohtaja", "varapuheenjohtaja", "jäsen", None, None]


@needs_voikko
def test_title_and_surname_refer_to_a_person_named_in_full(tmp_path) -> None:
    doc = tmp_path / "ah.txt"
    doc.write_text(
        "Aluehallitus, kokous 4.12.2023\n\n§ 198 Neuvottelujen tulos\n\nValmistelijat ja lisätiedot:\n\n"
        "Rinne Jouko\nAalto Pekka\n\nPäätösehdotus\n\nAluehallitus hyväksyy tuloksen.\n\nKäsittely\n\n"
        "Käsittelyn aikana talousjohtaja Aalto selosti tuloksia. Varapuheenjohtaja Rinne poistui.\n\n"
        "Selostus\n\nPohjois-Karjalan hyvinvointialueen aluehallitus päätti asiasta.\n", encoding="utf-8")
    ex = extract_document(load_document(doc))
    label = {e.iri: e.label for e in ex.entities.values()}
    posts = {(label.get(f.subject), f.post) for f in ex.facts if f.predicate == "holdsPost"}
    assert ("Pekka Aalto", "talousjohtaja") in posts
    assert not any(a == "Jouko Rinne" for a, _ in posts)  # a meeting role names no organisation


@needs_voikko
def test_surnames_that_are_common_nouns_and_bodies_in_the_plural(tmp_path) -> None:
    from welfare_kg.extract.entities import Recogniser
    from welfare_kg.extract.gazetteer import reference_gazetteer
    from welfare_kg.extract.text import sentences

    rec = Recogniser(reference_gazetteer(), MORPH)

    def found(text: str, typ: str) -> list[str]:
        return [m.label for s in sentences(text) for m in rec.sentence_mentions(s, text) if m.type == typ]

    assert found("Lisätietoja antaa suunnittelija Tiina Kallioniemi.", "Person") == ["Tiina Kallioniemi"]
    assert found("Yhteyshenkilö on Mikko Kivikangas-Laakso.", "Person") == ["Mikko Kivikangas-Laakso"]
    # a plural body word names bodies of a kind, not one body
    assert found("Vaalilautakuntien ja valmistelutoimielimien asettaminen.", "Body") == []
    assert found("Perusturvalautakunta ja Lapin hyvinvointialueen valmistelutoimielin kokoontuvat.", "Body") == [
        "perusturvalautakunta", "valmistelutoimielin"]


@needs_voikko
def test_an_organisation_after_the_role_is_the_persons(tmp_path) -> None:
    doc = tmp_path / "pt.txt"
    doc.write_text(
        "1 Kuopion kaupunki Pöytäkirja 3/ Perusturvalautakunta Aika klo 17:00 Kokouspaikka Kaupungintalo "
        "Läsnäolijat Kettunen Pirjo puheenjohtaja Laitinen Mikko lakimies, HUS Mäkinen Anna jäsen "
        "Käsitellyt asiat 5 Kokouksen laillisuus 3 6 Hankinnat 4\n", encoding="utf-8")
    ex = extract_document(load_document(doc))
    label = {e.iri: e.label for e in ex.entities.values()}
    posts = {(label.get(f.subject), label.get(f.object), f.post) for f in ex.facts if f.predicate == "holdsPost"}
    hus = next(e.label for e in ex.entities.values() if "HUS" in e.labels)
    assert ("Mikko Laitinen", hus, "lakimies") in posts
    assert not any(a == "Anna Mäkinen" and p != "jäsen" for a, _, p in posts)


@needs_voikko
def test_divisions_named_by_a_chain_of_genitives() -> None:
    from welfare_kg.extract.entities import Recogniser
    from welfare_kg.extract.gazetteer import reference_gazetteer
    from welfare_kg.extract.text import sentences
    from welfare_kg.loaders.minutes import parse_items

    rec = Recogniser(reference_gazetteer(), MORPH)
    text = "Liikunnan ja kulttuurin edistämisen jaosto käsitteli asian."
    bodies = [m.label for s in sentences(text) for m in rec.sentence_mentions(s, text) if m.type == "Body"]
    assert bodies == ["Liikunnan ja kulttuurin edistämisen jaosto"]
    [item] = parse_items("Liikunnan ja kulttuurin edistämisen jaosto, kokous 3.2.2021\n\n§ 4 Avustukset\n\n"
                         "Päätös\n\nHyväksyttiin.\n")
    assert (item.body, item.date) == ("Liikunnan ja kulttuurin edistämisen jaosto", "2021-02-03")


@needs_voikko
@pytest.mark.parametrize(("name", "expected"), [
    ("poytakirja_lasnaolijat_rivit.txt", {("Olli Virtanen", "puheenjohtaja"), ("Sanna Nieminen", "varapuheenjohtaja")}),
    # the committee's secretary is its socialdirektör: one post in the committee, kept under the office's title
    ("protokoll_narvarande_rader.txt", {("Anna Ek", "puheenjohtaja"), ("Johan Berg", "varapuheenjohtaja")}),
])
def test_line_layouts_of_attendance(name: str, expected: set[tuple[str, str]]) -> None:
    """One person a line, roles after a comma or before the name, signatures in two columns."""
    from pathlib import Path

    doc = Path(__file__).parent / "fixtures" / name
    ex = extract_document(load_document(doc))
    people = {e.label for e in ex.entities.values() if e.type == "Person"}
    assert not any(len(p.split()) != 2 for p in people)  # no name glued across a column or a heading
    assert "Liisa Virtanen" not in people and "Maria Ledamöter" not in people
    label = {e.iri: e.label for e in ex.entities.values()}
    chairs = {(label[f.subject], f.post) for f in ex.facts if f.predicate == "holdsPost" and
              f.rule == "holdsPost:listed-meeting-role"}
    assert chairs == expected
    if name.startswith("protokoll"):
        assert ("Peter Sandberg", "socialdirektör", "Social- och hälsovårdsnämnden") in {
            (label[f.subject], f.post, label[f.object]) for f in ex.facts if f.predicate == "holdsPost"}


@needs_voikko
def test_preparers_listed_with_titles_before_names() -> None:
    from pathlib import Path

    doc = Path(__file__).parent / "fixtures" / "poytakirja_valmistelijat_dynasty.txt"
    ex = extract_document(load_document(doc))
    label = {e.iri: e.label for e in ex.entities.values()}
    posts = {(label[f.subject], label.get(f.object), f.post) for f in ex.facts if f.predicate == "holdsPost"}
    assert posts == {("Matti Kokkonen", "Kuopio", "hallintojohtaja"), ("Sari Lehtinen", "Kuopio", "talousjohtaja"),
                     ("Teppo Rantala", "Kuopio", "kaupunginjohtaja")}


@needs_voikko
def test_cooperation_bodies_exist_when_named_or_owned() -> None:
    from welfare_kg.extract.entities import Recogniser
    from welfare_kg.extract.gazetteer import reference_gazetteer
    from welfare_kg.extract.text import sentences

    rec = Recogniser(reference_gazetteer(), MORPH)

    def bodies(text: str) -> list[str]:
        return [m.label for s in sentences(text) for m in rec.sentence_mentions(s, text) if m.type == "Body"]

    assert bodies("Maakunnan yhteistyöryhmän kokous pidettiin.") == ["Maakunnan yhteistyöryhmä"]
    assert bodies("Sosiaalialan osaamiskeskusten neuvottelukunta kokoontui.") == [
        "Sosiaalialan osaamiskeskusten neuvottelukunta"]
    assert bodies("Tieto väliaikaisen valmistelutoimielimen asettamisesta toimitetaan.") == []
    assert bodies("Välfärdsområdesfullmäktige godkände budgeten.") == ["välfärdsområdesfullmäktige"]


@needs_voikko
def test_joint_body_minutes_name_no_publishing_town(tmp_path) -> None:
    """Member towns listed side by side in a joint body's minutes: none of them is the publisher."""
    doc = tmp_path / "smn.txt"
    doc.write_text(
        "PROTOKOLL\nSammanträdestid 3.5.2021 kl. 10.00 Sammanträdesplats Kommungården i Larsmo\n"
        "Beslutande Ek Anna, ordf. KRONOBY Berg Johan LARSMO Holm Erik NYKARLEBY Lind Sara KRONOBY\n"
        "Övriga närvarande Nyström Peter, förvaltningschef, LARSMO NYKARLEBY\nParagrafer 1-4\n"
        "§ 1 Laglighet\nBeslut: Konstaterades.\n", encoding="utf-8")
    ex = extract_document(load_document(doc))
    assert ex.municipality is None
    assert not any(f.predicate == "holdsPost" and "/municipality/" in f.object for f in ex.facts)


@needs_voikko
def test_a_joint_authoritys_board_is_its_own(tmp_path) -> None:
    from welfare_kg.extract.entities import Recogniser
    from welfare_kg.extract.gazetteer import reference_gazetteer
    from welfare_kg.extract.text import sentences

    rec = Recogniser(reference_gazetteer(), MORPH)
    text = "Hallituksen esityksessä ehdotetaan muutoksia. HUSin hallitus käsitteli asian."
    bodies = [(m.label, m.generic) for s in sentences(text) for m in rec.sentence_mentions(s, text) if m.type == "Body"]
    assert bodies == [("hallitus", False)]  # the government's bill names no board; HUS's board is one
    doc = tmp_path / "hall.txt"
    doc.write_text("1 HALLITUS KIINTEISTÖN KORJAUS 123/10/03/02/00/2021 HALL 45 Valtuusto päätti, että HUS:n "
                   "osuus katetaan jäsenkunnilta.\n", encoding="utf-8")
    ex = extract_document(load_document(doc))
    boards = [e.iri for e in ex.entities.values() if e.type == "Body"]
    assert boards and all("/hus-" in iri for iri in boards)  # the same IRIs as in any other HUS minutes


@needs_voikko
def test_inflected_surname_after_a_title_and_first_name() -> None:
    from welfare_kg.extract.entities import Recogniser
    from welfare_kg.extract.gazetteer import reference_gazetteer
    from welfare_kg.extract.text import sentences

    rec = Recogniser(reference_gazetteer(), MORPH)
    text = "Jaosto nimesi jäseneksi hankepäällikkö Tiina Kivirannan."
    people = [m.label for s in sentences(text) for m in rec.sentence_mentions(s, text) if m.type == "Person"]
    assert people == ["Tiina Kiviranta"]


def test_a_director_is_no_boards_employee() -> None:
    from welfare_kg.extract.model import Mention
    from welfare_kg.extract.posts import prose_post_org

    text = "Stadsdirektör Gösta Lind anser att nämnden behöver mera information."
    person = Mention(14, 24, "Gösta Lind", "Gösta Lind", "Person", iri="p:lind")
    board = Mention(35, 42, "nämnden", "nämnd", "Body", iri="b:namnd", generic=True)
    assert prose_post_org(person, "stadsdirektör", [person, board], None, None, text) == (None, True)
    # a meeting role or no board at all: left to the page rules
    assert prose_post_org(person, "ordförande", [person, board], None, None, text) == (None, False)
    assert prose_post_org(person, "stadsdirektör", [person], None, None, text) == (None, False)


@needs_voikko
def test_no_person_across_a_surname_comma_first_name_list(tmp_path) -> None:
    doc = tmp_path / "myr.txt"
    doc.write_text("Yhteistyöryhmän kokous. Kokoushuone, Mikkeli. Lehto, Kirsi Rantanen, Mikko Salo, Eeva\n\n"
                   "Läsnä puheenjohtaja Lehto, Kirsi jäsenet Rantanen, Mikko Salo, Eeva Kuopio, Anna Ek\n\n"
                   "Pöytäkirja\n\n§ 4 Kokouksen laillisuus\n", encoding="utf-8")
    ex = extract_document(load_document(doc))
    people = {e.label for e in ex.entities.values() if e.type == "Person"}
    assert "Kirsi Rantanen" not in people and "Mikko Salo" not in people
    assert {"Kirsi Lehto", "Mikko Rantanen", "Eeva Salo"} <= people


@needs_voikko
def test_surname_first_run_is_split_where_every_name_fits() -> None:
    """A column run into one line: "Rasmus" is a first name and a surname, and reading it as the next
    person's surname keeps every other word in its place (no "Pekka Rasmus Koskimaa")."""
    text = ("Kokousaika klo 9 SAAPUVILLA OLLEET Lahtinen Erkki Koskimaa Pekka Rasmus Jarmo Salonen Jukka "
            "Lyytikäinen Kaj Käsitellyt asiat 1 Avaus")
    assert [label for label, _ in _names(text)] == [
        "Erkki Lahtinen", "Pekka Koskimaa", "Jarmo Rasmus", "Jukka Salonen", "Kaj Lyytikäinen"]


@needs_voikko
def test_surname_first_run_keeps_order_for_names_voikko_does_not_know_as_first_names() -> None:
    """"Kangas Kaija" in a surname-first column: Kaija is no first name to Voikko, Kangas is a surname,
    so the block's order decides; a letter between names ("X" for present) is no name."""
    text = ("Läsnä Hietala Jaakko Kangas Kaija Mäkelä Antti X Niemi Jorma Poissa Laine Harri "
            "Käsitellyt asiat 1 Avaus")
    assert [label for label, _ in _names(text)] == [
        "Jaakko Hietala", "Kaija Kangas", "Antti Mäkelä", "Jorma Niemi", "Harri Laine"]


@needs_voikko
def test_swedish_comma_run_with_unknown_first_names_and_the_meeting_place() -> None:
    """"Surname, Firstname" run together: a first name Voikko reads as something else ("Marina", "Malin")
    still opens a person when the next "Surname," follows; the place written after the clock time
    ("kl 18 Kommunhuset, Västerby") and the town a signature is dated at are nobody."""
    text = ("Sammanträdestid Måndagen den 4 april 2016, kl 18 Kommunhuset, Västerby Beslutande: "
            "Lindkvist, Anders Öhman, Marina Sundqvist, Helena Åkerlund, Malin Grönroos, Peter "
            "Paragrafer 1-10 Underskrifter Anders Lindkvist Västerby, den 6 april 2016 Peter Grönroos")
    assert [label for label, _ in _names(text)] == [
        "Anders Lindkvist", "Marina Öhman", "Helena Sundqvist", "Malin Åkerlund", "Peter Grönroos",
        "Anders Lindkvist", "Peter Grönroos"]


@needs_voikko
def test_each_part_of_a_block_has_its_own_role_order() -> None:
    """"Läsnä" writes the role before the member's name, "Muut saapuvilla" and the signatures after it:
    the chair word before the first member is theirs, the signature's "Puheenjohtaja" is its own signer's."""
    text = ("Läsnä: Puheenjohtaja Juhani Koivisto x Heikki Rantala Varapuheenjohtaja Elli Saarinen x "
            "Essi Laaksonen Muut saapuvilla Pirjo Heinonen x kunnanjohtaja Allekirjoitukset Juhani Koivisto "
            "Puheenjohtaja Marja Lehtonen Pöytäkirjanpitäjä\n\n\n")
    people = listed_people(text, MORPH)
    before = {p.label: p.roles_before for p in people}
    assert before["Elli Saarinen"] and before["Heikki Rantala"]
    assert not before["Pirjo Heinonen"] and not before["Marja Lehtonen"]
    signer = [p for p in people if p.block.lower().startswith("läsnä") and p.label == "Juhani Koivisto"]
    assert [clean_role(p.role) for p in signer][-1] == "Puheenjohtaja"


@needs_voikko
def test_paattajat_opens_a_block() -> None:
    text = ("Kokouskutsu Maanantaina klo 17.15 Päättäjät Varsinaiset jäsenet Henkilökohtaiset varajäsenet "
            "Pekka Virtanen, puheenjohtaja Mikko Laine Tuula Salo Timo Kallio Asiat 1 Avaus")
    assert [label for label, _ in _names(text)] == ["Pekka Virtanen", "Mikko Laine", "Tuula Salo", "Timo Kallio"]


def _posts_of(ex: object) -> dict[str, set[tuple[str, str]]]:
    """label -> {(object label, post)} of the holdsPost facts of an extraction."""
    label = {e.iri: e.label for e in ex.entities.values()}  # type: ignore[attr-defined]
    out: dict[str, set[tuple[str, str]]] = {}
    for f in ex.facts:  # type: ignore[attr-defined]
        if f.predicate == "holdsPost":
            out.setdefault(label.get(f.subject, f.subject), set()).add((label.get(f.object, f.object).lower(),
                                                                          f.post or ""))
    return out


@needs_voikko
def test_posts_of_another_body_and_abbreviated_offices(tmp_path) -> None:
    """"kunnanvaltuuston I varapuheenjohtaja" sits in the council, not in the board meeting; "x Kh:n pj."
    chairs the board the abbreviation names; "Kj." is the municipality's manager, not the committee's."""
    doc = tmp_path / "ltk.txt"
    doc.write_text(
        "LIPERIN KUNTA Pöytäkirja 8/2011\nSOSIAALILAUTAKUNTA Kokousaika: Torstai 15.12.2011 kello 16.30\n"
        "Läsnä: Puheenjohtaja Juhani Koivisto x Heikki Rantala Varapuheenjohtaja Elli Saarinen x Essi Laaksonen "
        "Muut saapuvilla Aarne Heinonen x Kh:n pj. Jari Mattila Kj. Sointu Kallio, kunnanvaltuuston I "
        "varapuheenjohtaja Allekirjoitukset Juhani Koivisto Puheenjohtaja Marja Lehtonen Pöytäkirjanpitäjä\n\n"
        "§ 89 Kokouksen laillisuus\n\nPäätös\n\nKokous todettiin lailliseksi. Kunnanhallitus ja "
        "kunnanvaltuusto saavat tiedon.\n", encoding="utf-8")
    posts = _posts_of(extract_document(load_document(doc)))
    assert {o for o, _ in posts["Aarne Heinonen"]} == {"kunnanhallitus"}
    assert {o for o, _ in posts["Sointu Kallio"]} == {"kunnanvaltuusto"}
    assert posts["Jari Mattila"] == {("liperi", "kunnanjohtaja")}
    assert ("sosiaalilautakunta", "puheenjohtaja") in posts["Juhani Koivisto"]


@needs_voikko
def test_middle_initial_stays_in_the_name_but_an_attendance_mark_does_not(tmp_path) -> None:
    text = ("Valmistelija\n\n  • Sanna K Virtanen, controller, talousyksikkö\n\nPerustelut\n\nLäsnä Lahtinen Minna "
            "X Koskimaa Jorma Käsitellyt asiat 1 Avaus")
    assert [label for label, _ in _names(text)] == ["Sanna K Virtanen", "Minna Lahtinen", "Jorma Koskimaa"]


@needs_voikko
def test_page_headings_are_nobody(tmp_path) -> None:
    """"Paragrafer Underskrifter Anna Berg", "Asiat Oheisen esityslistan mukaan": layout words and plural
    nouns are never part of a person's name, wherever the sentence rules would read one."""
    doc = tmp_path / "ks.txt"
    doc.write_text("Kommunstyrelsen PROTOKOLL 3/2014\nSammanträdestid 10.3.2014 Paragrafer Underskrifter Anna Berg "
                   "ordförande\n\nKaupunginhallitus 3.4.2017 Muut läsnäolijat Pekka Virtanen, kaupunginjohtaja "
                   "Asiat Oheisen esityslistan mukaan.\n", encoding="utf-8")
    people = {e.label for e in extract_document(load_document(doc)).entities.values() if e.type == "Person"}
    assert people == {"Anna Berg", "Pekka Virtanen"}


@needs_voikko
def test_a_joint_authoritys_staff_are_not_the_meeting_towns(tmp_path) -> None:
    """Minutes of a samkommun held in some town: its director and staff work for the samkommun, which the
    text does not name, so no post goes to the town where the meeting was held."""
    doc = tmp_path / "styrelsen.txt"
    doc.write_text("Protokoll\nSammanträdestid: Torsdag kl. 13:00 Sammanträdesplats: Kansliet, Storgatan 1, "
                   "Vasa Närvarande: Berg Anna, ordförande Övriga närvarande Holm Sofia, samkommunsdirektör "
                   "Lund Martin, ekonomidirektör Paragrafer 34-40\n", encoding="utf-8")
    ex = extract_document(load_document(doc))
    towns = {e.iri for e in ex.entities.values() if e.type == "Municipality"}
    assert not [f for f in ex.facts if f.predicate == "holdsPost" and f.object in towns]


@needs_voikko
def test_a_long_surname_first_column_outweighs_the_first_name_first_signatures() -> None:
    # one run of ten "Sukunimi Etunimi" pairs and four short "Etunimi Sukunimi" lines after it: the long column
    # decides the block's order, the short lines are read against it on their own evidence
    text = ("Läsnä Jäsenet Aaltonen Pekka Berglund Mirja, puheenjohtaja Halonen Sonja Kettunen Lasse "
            "Laitinen Marja-Leena Lindqvist Sakari Mattila Marco Nurmi Kari Rantanen Jukka Salonen Tauno "
            "Muut Anneli Koskinen, esittelijä Margit Lehtonen, pöytäkirjanpitäjä "
            "Allekirjoitus Mirja Berglund puheenjohtaja Margit Lehtonen pöytäkirjanpitäjä\n")
    labels = [p.label for p in listed_people(text, MORPH)]
    assert labels[:10] == ["Pekka Aaltonen", "Mirja Berglund", "Sonja Halonen", "Lasse Kettunen",
                           "Marja-Leena Laitinen", "Sakari Lindqvist", "Marco Mattila", "Kari Nurmi",
                           "Jukka Rantanen", "Tauno Salonen"]
    assert "Anneli Koskinen" in labels and "Margit Lehtonen" in labels


@needs_voikko
def test_a_lowercase_particle_joins_the_surname_in_a_surname_first_block() -> None:
    text = ("Läsnä olevat jäsenet Aalto Elisa, jäsen Berg Rabbe, puheenjohtaja von Krogh Kristian, jäsen "
            "af Forselles Anna, jäsen Lindroos Catharina, jäsen\n")
    assert _names(text) == [("Elisa Aalto", "Aalto Elisa"), ("Rabbe Berg", "Berg Rabbe"),
                            ("Kristian von Krogh", "von Krogh Kristian"), ("Anna af Forselles", "af Forselles Anna"),
                            ("Catharina Lindroos", "Lindroos Catharina")]


@needs_voikko
def test_a_lone_comma_pair_in_a_surname_first_block_is_one_person() -> None:
    text = ("Närvarande X Holmberg Veronica, ordförande X Sundqvist Bengt, viceordförande X Westman Martin, "
            "ekonomidirektör X Lindén, Fredrik, personalchef, sakkunnig Paragrafer 34\n")
    labels = [p.label for p in listed_people(text, MORPH)]
    assert labels == ["Veronica Holmberg", "Bengt Sundqvist", "Martin Westman", "Fredrik Lindén"]


@needs_voikko
def test_a_first_name_voikko_reads_as_an_inflected_place_before_a_known_surname() -> None:
    # "Marina" reads as the essive of "Mari"; before "Nordström" it is a first name all the same
    text = "Läsnä Tom Lind Marina Nyström Gerd Lindholm Pirjo Wahlroos\n"
    assert "Marina Nyström" in [p.label for p in listed_people(text, MORPH)]


@needs_voikko
def test_a_first_name_first_comma_list_is_no_surname_comma_layout() -> None:
    """"Läsnä: Given Surname, Given Surname, ...": each middle pair looks like "Surname, Given", but the list
    opens with a whole name, so every person keeps their own surname (no "Arja Kalliola")."""
    text = "Läsnä: Tapio Kalliola, Arja Ruotsalainen, Esko Ylitalo, Lasse Granström\n\nKäsitellyt asiat 1 Avaus"
    assert [n for n, _ in _names(text)] == ["Tapio Kalliola", "Arja Ruotsalainen", "Esko Ylitalo",
                                            "Lasse Granström"]
    # the surname-first comma layout in the same block shape still pairs across the commas
    swapped = "Läsnä: Kalliola, Tapio Ruotsalainen, Arja Ylitalo, Esko Granström, Lasse\n\nKäsitellyt asiat 1 Avaus"
    assert [n for n, _ in _names(swapped)] == ["Tapio Kalliola", "Arja Ruotsalainen", "Esko Ylitalo",
                                               "Lasse Granström"]


@needs_voikko
def test_middle_initial_inside_a_list_run_into_one_line() -> None:
    """A middle initial with its full stop keeps the run of names whole: no "Pirkko M" and "Rauhala Pentti"."""
    text = ("Läsnä\nMarkku Rauhala Pirkko M. Rauhala Pentti Reponiemi Juha O. Vuollo Markku Vuollo\n"
            "Poissa\nAnna Laine\n")
    assert _names(text)[:5] == [
        ("Markku Rauhala", "Markku Rauhala"), ("Pirkko M. Rauhala", "Pirkko M. Rauhala"),
        ("Pentti Reponiemi", "Pentti Reponiemi"), ("Juha O. Vuollo", "Juha O. Vuollo"),
        ("Markku Vuollo", "Markku Vuollo")]


@needs_voikko
def test_middle_initial_on_a_line_of_its_own_and_at_a_line_end() -> None:
    assert _names("Läsnä\nMarkku Rauhala\nPirkko M. Rauhala\nPentti Reponiemi\n")[1] == (
        "Pirkko M. Rauhala", "Pirkko M. Rauhala")
    # the surname-first row's initial ends its line: the next line's surname is the next person's
    assert _names("Läsnä\nNousiainen Maija K.\nLaine Matti\n") == [
        ("Maija K. Nousiainen", "Nousiainen Maija K."), ("Matti Laine", "Laine Matti")]


@needs_voikko
def test_middle_initial_before_a_capitalised_role_stays_in_its_row() -> None:
    text = "Läsnä\nRuotsalainen Jorma Varajäsen Nousiainen Maija K. Varajäsen Kukkonen Leo Jäsen\n"
    assert ("Maija K. Nousiainen", "Nousiainen Maija K.") in _names(text)


@needs_voikko
def test_a_seat_word_before_a_name_is_no_surname(tmp_path) -> None:
    """A column head's seat word ("Sekreterare") before a first name is a role, not the surname of a pair."""
    doc = tmp_path / "protokoll.txt"
    doc.write_text("Protokoll Omsorgsnämnden\nNärvarande: Vård- o. omsorgsdir. Ekonomichef Sekreterare Dick Nyholm "
                   "Tomi Kahelin Erik Högnabba\n", encoding="utf-8")
    people = {e.label for e in extract_document(load_document(doc)).entities.values() if e.type == "Person"}
    assert "Dick Sekreterare" not in people and "Dick Nyholm" in people


def test_an_opening_word_alone_in_brackets_is_a_remark_in_an_item_title() -> None:
    """"Esityslistan kansilehti (läsnäolijat)": a list of contents names the item that lists who attended; no block
    of people opens there, so the item titles after it are not read as rows of names."""
    text = ("Sisällysluettelo Esityslista 1-1 Esityslistan kansilehti (läsnäolijat) Kokouksen laillisuus "
            "Pöytäkirjan tarkastaminen Pekka Virtasen ero Ylämaan lautakunnasta\n")
    assert blocks(text) == []
    assert blocks("Kokous pidettiin.\n\nLäsnä (läsnä klo 18-19)\nVirtanen Pekka puheenjohtaja\n")


@needs_voikko
def test_a_given_name_voikko_reads_as_a_surname_between_the_commas_of_a_row() -> None:
    """"X Berglöf, Dick, personalchef": in a surname-first protocol, the word between the surname's comma and the
    role's is the given name, though Voikko knows "Dick" only as a surname."""
    text = ("Närvarande X Nyqvist Carola, förvaltningssekreterare, sekreterare för sammanträdet "
            "X Berglöf, Dick, personalchef, sakkunnig kl. 13.00 13.50 Paragrafer 34\n")
    assert "Dick Berglöf" in {label for label, _ in _names(text)}
