"""Contact blocks at the end of pages and news give posts: the title on the line under the name (issue 12).

Written for these tests: every name, organisation and address is invented.
"""

from __future__ import annotations

import pytest

from tests.helpers import record
from welfare_kg.extract.document import extract_document
from welfare_kg.ontology.namespace import ID

INTRO = """Hyvinvointia kylille -hanke

Kehittämisyhdistys Sinivuokko ry käynnisti uuden hankkeen kylien hyvinvoinnin tueksi.

"""

ONE_CONTACT = INTRO + """Lisätietoja hankkeesta antaa:

Veikko Ruohonen
projektipäällikkö
Kehittämisyhdistys Sinivuokko ry
puh. 040 123 4567
veikko.ruohonen@sinivuokko.fi
"""

TWO_CONTACTS = INTRO + """Lisätietoja:

Veikko Ruohonen
projektipäällikkö, Kehittämisyhdistys Sinivuokko ry
puh. 040 123 4567

Aino Esimerkki

viestintäsuunnittelija, Kehittämisyhdistys Sinivuokko ry
puh. 050 765 4321
"""

PLACE_UNDER_TITLE = INTRO + """Lisätietoja:

Veikko Ruohonen
projektipäällikkö
Kuopio
puh. 040 123 4567
"""

# the line under the title names the next contact, not an organisation: whose post is what is not written
TITLE_BETWEEN_NAMES = INTRO + """Lisätietoja:

Veikko Ruohonen
projektipäällikkö
Aino Esimerkki
Kehittämisyhdistys Sinivuokko ry
"""

DOMAIN_NAMES_ORG = """Ikäihmisten päivätoiminta -hanke

Kehittämisyhdistys Mustikkamaa ry toteuttaa hankkeen yhdessä kuntien kanssa.

Lisätietoja hankkeesta antaa:

Veikko Ruohonen
projektikoordinaattori
puh. 040 123 4567
veikko.ruohonen(at)mustikkamaa.fi
"""

TWO_ORGS_NO_DOMAIN = """Ikäihmisten päivätoiminta -hanke

Kehittämisyhdistys Mustikkamaa ry toteuttaa hankkeen. Mukana on myös Kehittämisyhdistys Sinivuokko ry.

Lisätietoja:

Veikko Ruohonen
projektikoordinaattori
puh. 040 123 4567
"""

SWEDISH = """Projektet Välfärd i byn

Föreningen Blåklocka rf startar ett nytt projekt i byarna.

Mer information:

Anna Provberg
projektledare
Föreningen Blåklocka rf
tfn 040 123 4567
"""


def _posts(text: str) -> dict[str, tuple[str, str | None, str]]:
    """person slug -> (organisation slug, post, rule) of each holdsPost fact."""
    ex = extract_document(record(text))
    return {f.subject.removeprefix(ID).rsplit("/", 1)[-1]: (f.object.removeprefix(ID).rsplit("/", 1)[-1], f.post,
                                                             f.rule)
            for f in ex.facts if f.predicate == "holdsPost"}


def test_title_under_the_name_and_organisation_under_the_title() -> None:
    posts = _posts(ONE_CONTACT)
    org, post, rule = posts["veikko-ruohonen"]
    assert (org, post, rule) == ("kehittamisyhdistys-sinivuokko", "projektipäällikkö", "holdsPost:contact-block")


def test_each_contact_of_a_list_keeps_their_own_title() -> None:
    posts = _posts(TWO_CONTACTS)
    assert posts["veikko-ruohonen"][:2] == ("kehittamisyhdistys-sinivuokko", "projektipäällikkö")
    assert posts["aino-esimerkki"][:2] == ("kehittamisyhdistys-sinivuokko", "viestintäsuunnittelija")


def test_a_title_between_two_names_goes_to_no_one() -> None:
    assert _posts(TITLE_BETWEEN_NAMES) == {}


def test_a_place_under_the_title_is_no_employer() -> None:
    # a project's staff title is a post in the page's project (extract/contact_roles.py, eval/ANNOTATION.md: "a
    # project page whose contact lines give only a title"); the place is no employer
    assert _posts(PLACE_UNDER_TITLE) == {
        "veikko-ruohonen": ("hyvinvointi-kyla", "projektipäällikkö", "holdsPost:role-line-below")}


def test_the_e_mail_domain_names_the_one_organisation_of_the_page() -> None:
    org, post, _ = _posts(DOMAIN_NAMES_ORG)["veikko-ruohonen"]
    assert (org, post) == ("kehittamisyhdistys-mustikkamaa", "projektikoordinaattori")


def test_no_post_when_the_organisation_is_unclear() -> None:
    # no organisation's post; the staff title's post in the page's project is extract/contact_roles.py's
    org, _, rule = _posts(TWO_ORGS_NO_DOMAIN).get("veikko-ruohonen", ("", None, ""))
    assert rule in {"", "holdsPost:role-line-below"} and not org.startswith("kehittamisyhdistys")


def test_swedish_contact_block() -> None:
    org, post, _ = _posts(SWEDISH)["anna-provberg"]
    assert (org, post) == ("foreningen-blaklocka", "projektledare")


@pytest.mark.parametrize("text", [ONE_CONTACT, TWO_CONTACTS, DOMAIN_NAMES_ORG])
def test_contact_data_stays_out_of_the_post(text: str) -> None:
    """Phones and e-mails live in the contact graph, never in a fact's post."""
    ex = extract_document(record(text))
    posts = [f.post for f in ex.facts if f.predicate == "holdsPost"]
    assert posts and all(p and "@" not in p and "(at)" not in p and not any(c.isdigit() for c in p) for p in posts)
    assert any(c.startswith(("040", "050")) for cs in ex.contacts.values() for c in cs)


TITLE_BEFORE_NAME = """Hyvinvointia kylille -hanke

Kehittämisyhdistys Sinivuokko ry ja Pohjois-Savon hyvinvointialue käynnistivät uuden hankkeen.

Lisätietoja:
projektipäällikkö Veikko Ruohonen
Kehittämisyhdistys Sinivuokko ry
puh. 040 123 4567
"""


def test_organisation_under_a_title_and_name_line() -> None:
    """The employer under "projektipäällikkö X" is that person's, not the county the page named before."""
    org, post, _ = _posts(TITLE_BEFORE_NAME)["veikko-ruohonen"]
    assert (org, post) == ("kehittamisyhdistys-sinivuokko", "projektipäällikkö")


TWO_ON_ONE_LINE = """Hyvinvointia kylille -hanke

Kehittämisyhdistys Sinivuokko ry ja Pohjois-Savon hyvinvointialue käynnistivät uuden hankkeen.

Lisätietoja: hankekoordinaattori Veikko Ruohonen, p. 040 123 4567 ja kehittämispäällikkö Aino Esimerkki, \
Pohjois-Savon hyvinvointialue, p. 050 765 4321
"""


def test_the_organisation_written_with_the_next_name_is_not_the_first_ones() -> None:
    posts = _posts(TWO_ON_ONE_LINE)
    # the county written after the next name is not his; the page's one project may hold his staff title
    assert posts.get("veikko-ruohonen", ("",))[0] != "13"
    assert posts.get("veikko-ruohonen", ("hyvinvointi-kyla",))[0] == "hyvinvointi-kyla"
    assert posts["aino-esimerkki"][:2] == ("13", "kehittämispäällikkö")


SWEDISH_ONE_LINE = """Projektet Välfärd i byn

Föreningen Blåklocka rf och Österbottens välfärdsområde startar ett nytt projekt i byarna.

Mer information: projektledare Anna Provberg, Föreningen Blåklocka rf, tfn 040 123 4567
"""


def test_swedish_contact_line_with_the_title_before_the_name() -> None:
    org, post, _ = _posts(SWEDISH_ONE_LINE)["anna-provberg"]
    assert (org, post) == ("foreningen-blaklocka", "projektledare")


def test_a_surname_above_a_staff_title_is_a_person_not_a_project() -> None:
    """"Apotti hanketoimisto" names a project by its office, but only within a line: a surname Voikko does not
    know, alone on its line above "projektipäällikkö", is the end of a person's name."""
    text = INTRO + "Lisätietoja:\nMarko Lehtisalo\nprojektipäällikkö\nKehittämisyhdistys Sinivuokko ry\n"
    ex = extract_document(record(text))
    assert not any("/project/lehtisalo" in iri for iri in ex.entities)
    assert any(iri.endswith("/person/marko-lehtisalo") for iri in ex.entities)


RUN_IN_CONTACTS = (
    "Hanke saa tukea Pohjois-Savon ELY-keskukselta.\n\n"
    "Lisätietoja: Kehittämisyhdistys Sinivuokko ry Veikko Ruohonen, projektipäällikkö, p. 040 000 0000 "
    "Maaseudun Sivistysliitto Aino Esimerkki, kehittämispäällikkö, p. 050 000 0000\n")


def test_contacts_run_into_one_line_work_where_the_name_before_them_says() -> None:
    """A contact block flattened into one line: each employer's line stands right before its person, who has a
    title after a comma; the other organisations of the line are other contacts' employers."""
    posts = _posts(RUN_IN_CONTACTS)
    assert posts["veikko-ruohonen"][:2] == ("kehittamisyhdistys-sinivuokko", "projektipäällikkö")
    assert posts["aino-esimerkki"][:2] == ("maaseudun-sivistysliitto", "kehittämispäällikkö")
