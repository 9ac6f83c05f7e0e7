"""A project's final report as a copy site gives it: a cover line, a project data table, a contact row.

- the cover line runs the project's name on into the areas it worked in, with nothing else on the line: each area
  is the project's (extract/heading_areas.py);
- the data table's "Hallinnoija" row names a state district office by its region's genitive and its kind
  ("Lapin maanmittaustoimisto"), the field label before it being no word of the name
  (extract/place_kind_organisations.py);
- "ohjausryhmän puheenjohtaja X": the chair of the project's own steering group holds a post in that group, when
  the report names it ("Ohjausryhmä" heading a section; extract/contact_roles.py).
"""

from __future__ import annotations

from helpers import labels_and_facts

REPORT = ("Kylätalot kuntoon -hanke Porin seutukunta Rauman seutukunta\n\n"
          "Koko: px\nAloita esitys sivulta:\n\n"
          "Download \"Kylätalot kuntoon -hanke 2031-2033. Porin seutukunta Rauman "
          "seutukunta\"\n\nTranskriptio\n\n"
          "1 Kylätalot kuntoon -hanke Porin seutukunta Rauman seutukunta LOPPURAPORTTI\n\n"
          "2 Hanketiedot Kylätalot kuntoon Hankenumero Päätösnumero Hallinnoija Lapin maanmittaustoimisto, PL 99, "
          "ROVANIEMI Yhteyshenkilöt: ohjausryhmän "
          "puheenjohtaja Aino Esimerkki, p. 040 000 0000, projektipäällikkö Ville Malli, p. 040 000 0001.\n\n"
          "Hankkeessa kunnostettiin kylätaloja.\n\n3.1. Ohjausryhmä\n\nOhjausryhmä kokoontui neljä kertaa.\n")


def test_cover_line_areas_and_the_report_table() -> None:
    ents, facts = labels_and_facts(REPORT)
    project = next(label for typ, label in ents if typ == "Project")
    covers = {o for s, p, o in facts if s == project and p == "coversArea"}
    assert covers == {"Seutukunta Pori", "Seutukunta Rauma"}, covers
    assert ("Agency", "Lapin maanmittaustoimisto") in ents
    assert ("Lapin maanmittaustoimisto", "coordinates", project) in facts
    assert ("Aino Esimerkki", "holdsPost", "Ohjausryhmä") in facts  # the group the report names in a heading


def test_a_cover_line_with_other_words_names_no_areas() -> None:
    text = REPORT.replace("hanke Porin seutukunta", "hanke ja sen tulokset Porin seutukunta", 1)
    _, facts = labels_and_facts(text)
    assert not [f for f in facts if f[1] == "coversArea" and f[2] == "Seutukunta Rauma"]


def test_a_town_boards_chair_is_not_the_projects() -> None:
    text = REPORT.replace("ohjausryhmän puheenjohtaja Aino", "kaupunginhallituksen puheenjohtaja Aino")
    _, facts = labels_and_facts(text)
    assert not {f for f in facts if f[0] == "Aino Esimerkki" and f[2] in {"Kylätalot kuntoon", "Ohjausryhmä"}}


def test_a_steering_group_the_report_never_names_holds_no_post() -> None:
    _, facts = labels_and_facts(REPORT.split("\n\n3.1.")[0])
    assert not {f for f in facts if f[0] == "Aino Esimerkki" and f[2] in {"Kylätalot kuntoon", "Ohjausryhmä"}}
