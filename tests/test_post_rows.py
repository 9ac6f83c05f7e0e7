"""Member rows "Name, title, Organisation[, pj.]" and the titles around them (extract/post_rows.py, posts.py).

The memos here are invented for these tests (no real document's people): a steering group's attendance printed as
one run of rows by a transcript, an ELY centre written with its area after the word, a town in the genitive after a
slash, a title opened by an acronym, a team list whose rows carry no organisation, and a title naming its kind of
organisation on a page that names several of that kind (extract/post_review.py), and a member row whose middle
part is no title.
"""

from __future__ import annotations

from tests.helpers import employers, record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.model import Mention
from welfare_kg.extract.post_rows import row_chair_facts, unknown_row_org

RUN = ("Liikenneverkoston ohjausryhmän 3. kokous Aika: klo Paikka: Teams Paikalla: Sanna Peltonen, kehittämisjohtaja, "
       "Kuntaliitto, pj. Mikko Harju, neuvotteleva virkamies, STM Tiina Rautio, yliarkkitehti, ELY keskus Pirkanmaa "
       "Jouni Saarela, apulaiskaupunginjohtaja, Turun / Aki Lindroos, kaupunginjohtaja, Naantalin Veera Kallio, "
       "MAL suunnittelija, Tampereen seudun kuntayhtymä Heli Tuomi, tutkija, Tuntematon Instituutti/XYZ "
       "Pasi Ranta, erityisasiantuntija, TEM 1. Kokouksen avaus Pj. avasi kokouksen.\n")


def test_run_of_rows_takes_each_rows_own_organisation() -> None:
    ex = extract_document(record(RUN, kind="minutes"))
    assert any("ympäristökeskus" in o for o in employers(ex, "Tiina Rautio"))  # "ELY keskus Pirkanmaa"
    assert employers(ex, "Aki Lindroos") == {"Naantali"}  # not the town before the slash
    assert employers(ex, "Veera Kallio") == {"Tampereen seudun kuntayhtymä"}  # "MAL suunnittelija"
    assert employers(ex, "Mikko Harju") == {"sosiaali- ja terveysministeriö"}


def test_unknown_organisation_in_a_row_borrows_no_other() -> None:
    ex = extract_document(record(RUN, kind="minutes"))
    assert employers(ex, "Heli Tuomi") == set()  # its organisation is written but unknown: not Naantali, not TEM


def test_chair_mark_after_the_organisation_chairs_the_group() -> None:
    ex = extract_document(record(RUN, kind="minutes"))
    chairs = [f for f in ex.facts if f.rule == "holdsPost:row-chair"]
    assert [ex.entities[f.subject].label for f in chairs] == ["Sanna Peltonen"]
    assert "ohjausryhmä" in ex.entities[chairs[0].object].label.lower()
    assert "Kuntaliitto" in " ".join(employers(ex, "Sanna Peltonen"))  # the office stays beside the seat


def _person(text: str, name: str) -> Mention:
    at = text.index(name)
    return Mention(at, at + len(name), name, name, "Person", iri="p:" + name)


def test_row_rules_read_only_rows() -> None:
    team = "Tiimiin kuuluvat Outi Lahti, kehittäjä, Erkki Sara, suunnittelija ja Mari Vuori, ohjaaja."
    ms = [_person(team, n) for n in ("Outi Lahti", "Erkki Sara", "Mari Vuori")]
    assert not unknown_row_org(ms[0], ms, team)  # the next row's name is no organisation
    line = "Läsnä:\nOuti Lahti, kehittäjä, Hyvinvointiyhdistys Esimerkki, puheenjohtaja\n"
    p = _person(line, "Outi Lahti")
    assert unknown_row_org(p, [p], line)
    assert [f.post for f in row_chair_facts([p], line, "body:x")] == ["puheenjohtaja"]
    assert row_chair_facts([p], line, None) == []
    prose = "Outi Lahti, kehittäjä, kertoi hankkeesta. Puheenjohtaja Erkki Sara kiitti."
    p = _person(prose, "Outi Lahti")
    assert not unknown_row_org(p, [p], prose) and row_chair_facts([p], prose, "body:x") == []


def test_kind_title_goes_to_the_most_named_organisation_of_its_kind() -> None:
    # extract/post_review.py: "hyvinvointialuejohtaja X" on a page naming its own county twice, two neighbours once
    text = ("Uutiset\n\nPohjois-Pohjanmaan hyvinvointialueen hallitus kokoontui maanantaina. Se käsitteli Lapin ja "
            "Kainuun hyvinvointialueiden kanssa tehtävää yhteistyötä.\n\nKokous alkoi kello yhdeksän.\n\n"
            "Hyvinvointialuejohtaja Tuomas Kettunen kertoi "
            "katsauksessaan uudistuksen etenemisestä. Pohjois-Pohjanmaan hyvinvointialueen talous on tasapainossa.\n")
    ex = extract_document(record(text))
    assert employers(ex, "Tuomas Kettunen") == {"Pohjois-Pohjanmaan hyvinvointialue"}


def test_kind_title_of_a_surname_first_list_is_the_previous_rows() -> None:
    text = ("KUNNANHALLITUS PÖYTÄKIRJA 3/2024\n\nLäsnä Virta Pekka puheenjohtaja Koski Anna jäsen Muut Ranta Eero "
            "kunnanjohtaja Salo Jussi Kehitysyhtiön edustaja\n\nAsia koskee Kyyjärven, Karstulan ja Kivijärven "
            "yhteistyötä. Kyyjärven kunta vastaa.\n")
    ex = extract_document(record(text, kind="minutes"))
    assert "Kyyjärvi" not in employers(ex, "Jussi Salo")


def test_untitled_row_of_a_member_list_keeps_the_organisation() -> None:
    ex = extract_document(record(RUN.replace("Pasi Ranta, erityisasiantuntija, TEM",
                                             "Pasi Ranta, Kestävä kasvu ohjelma, Sitra"), kind="minutes"))
    assert any("Sitra" in o for o in employers(ex, "Pasi Ranta"))
    few = "Muistio\n\nPaikalla: Pasi Ranta, Kestävä kasvu ohjelma, Sitra Mikko Harju, neuvotteleva virkamies, STM\n"
    ex = extract_document(record(few, kind="minutes"))
    assert employers(ex, "Pasi Ranta") == set()  # two rows are no member list
