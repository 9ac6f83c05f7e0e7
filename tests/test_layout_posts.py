"""Posts read from the layout of attendance rows and contact cards, and whose organisation a post is
(extract/posts.py, extract/entities.py). The minutes and cards here are invented; no real document's people."""

from __future__ import annotations

from tests.helpers import employers, needs_voikko, record
from welfare_kg.extract.document import extract_document

pytestmark = needs_voikko


GUESTS = ("KUHMON KAUPUNKI KOKOUSPÖYTÄKIRJA 4/2011 Kaupunginhallitus KOKOUSAIKA klo 18:00 OSALLISTUJAT LÄSNÄ "
          "Kinnunen Anneli puheenjohtaja Virtanen Pekka jäsen MUUT Valtanen Eila kaupunginjohtaja "
          "Juntunen Juhana hallintojohtaja Härkönen Kerttu Luontopalvelut, puistonjohtaja klo aikana "
          "Mäki Pekka Sitowise, konsultti POISSA Rauhala Maarit jäsen")


def test_a_guest_row_naming_an_unknown_organisation_gives_the_town_no_post() -> None:
    ex = extract_document(record(GUESTS, kind="minutes"))
    assert employers(ex, "Kerttu Härkönen") == set()  # her office is the unit's the row names, not Kuhmo's
    assert employers(ex, "Pekka Mäki") == set()
    assert employers(ex, "Eila Valtanen") == {"Kuhmo"}  # the town's own officials keep theirs


def test_a_title_before_the_comma_is_no_organisation() -> None:
    text = GUESTS.replace("Juntunen Juhana hallintojohtaja", "Juntunen Juhana Hallintojohtaja, sihteeri")
    ex = extract_document(record(text, kind="minutes"))
    assert "Kuhmo" in employers(ex, "Juhana Juntunen")


def test_a_composition_row_opening_with_a_hoitokunta_posts_the_member_there() -> None:
    """"Kalajärven hoitokunnasta: puheenjohtaja X": a lake's or shareholders' management committee (hoitokunta,
    laki yhteisaluista) is a body, and the row's elative names where its member comes from."""
    text = ("Kalajärven kunnostukselle nimetty ohjausryhmä\n\nYM on hyväksynyt seuraavan ohjausryhmän kokoonpanon.\n\n"
            "  1. Maskun kunnasta: ympäristöpäällikkö Ari Koivisto.\n"
            "  2. Kalajärven hoitokunnasta: puheenjohtaja Jukka Lehtola ja varapuheenjohtaja Timo Kallio hänen "
            "henkilökohtaisena varajäsenenään.\n")
    ex = extract_document(record(text, kind="news"))
    assert "Kalajärven hoitokunta" in employers(ex, "Jukka Lehtola")
    assert "Kalajärven hoitokunta" not in employers(ex, "Ari Koivisto")


def test_a_bracket_with_a_title_and_an_organisation_posts_the_person_there() -> None:
    """"Matti X (projektipäällikkö, Kuntaliitto)" and "(Kela, johtaja)": the bracket holds the person's own title
    and employer, in either order."""
    ex = extract_document(record("Lisätietoja: Matti Virtanen (projektipäällikkö, Kuntaliitto), Liisa Laine "
                                 "(Kela, johtaja)", kind="news"))
    assert employers(ex, "Matti Virtanen") == {"Suomen Kuntaliitto ry"}
    assert employers(ex, "Liisa Laine") == {"Kansaneläkelaitos"}
    posts_of = {f.post for f in ex.facts if f.rule == "holdsPost:bracketed-title-org"}
    assert posts_of == {"projektipäällikkö", "johtaja"}


def test_a_caption_bracket_or_a_home_town_is_no_post() -> None:
    ex = extract_document(record("Kuvassa Matti Virtanen (vas., Kuntaliitto). Paikalla oli myös Pekka Mäki "
                                 "(kaupunginvaltuutettu, Kuopio).", kind="news"))
    assert employers(ex, "Pekka Mäki") == set()  # a bare town in brackets is a home town, no employer
    assert not any(f.rule == "holdsPost:bracketed-title-org" for f in ex.facts)


ROWS = ("Kirkkonummen kunta Pöytäkirja 8/2015 Perusturvalautakunta Aika klo 18:02-20:36 Paikka Kunnantalo "
        "Läsnäolijat Määttä Jussi puheenjohtaja Lahti Liisa jäsen Laine Esa talouspäällikkö läsnä "
        "Iivonen Antti kehitysjohtaja, läsnä 89 Apotti hanketoimisto Mäkelä Vesa lakimies, HUS läsnä 89 "
        "Poissa Salmela Ville jäsen\n")


def test_an_organisation_ending_a_row_after_its_remark_holds_the_rows_title() -> None:
    ex = extract_document(record(ROWS, kind="minutes"))
    assert employers(ex, "Antti Iivonen") == {"Apotti"}  # the guest's project office, not Kirkkonummi
    assert employers(ex, "Esa Laine") == {"Kirkkonummi"}  # the town's own official keeps the town


def test_a_row_end_organisation_read_also_after_a_paragraph_remark() -> None:
    text = ROWS.replace("läsnä 89 Apotti", "§ 12-14 Apotti")
    ex = extract_document(record(text, kind="minutes"))
    assert employers(ex, "Antti Iivonen") == {"Apotti"}


def test_an_organisation_heading_the_next_rows_is_no_row_end() -> None:
    """"läsnä 89 Kela: Mäkelä Vesa ...": a name with a colon heads the rows after it; it is not the row's cell."""
    text = ROWS.replace("läsnä 89 Apotti hanketoimisto", "läsnä 89 Kela:")
    ex = extract_document(record(text, kind="minutes"))
    assert "Kansaneläkelaitos" not in employers(ex, "Antti Iivonen")


MINUTES = "Kiteen kaupunki\nPÖYTÄKIRJA 5/2019\nPerusturvalautakunta\n\nAsia 5 Talousarvio\n\nPäätös: Hyväksyttiin.\n\n"


def _signers(block: str) -> dict[str, str | None]:
    ex = extract_document(record(MINUTES + block, kind="minutes"))
    return {ex.entities[f.subject].label: f.post for f in ex.facts
            if f.predicate == "holdsPost" and "perusturvalautakunta" in ex.entities[f.object].label.lower()}


def test_unlabelled_signature_lines_post_the_signers_in_the_meetings_body() -> None:
    """The chair signs for the body; the minute-taker signs for the meeting and holds no seat in the body
    (extract/meeting_functions.py)."""
    assert _signers("Jussi Määttä, puheenjohtaja\nMonica Smeds, pöytäkirjanpitäjä") == {"Jussi Määttä": "puheenjohtaja"}
    # the role on the line under the name, blank lines between the signatures
    assert _signers("Monica Smeds\npöytäkirjanpitäjä\n\nJussi Määttä\npuheenjohtaja") == {
        "Jussi Määttä": "puheenjohtaja"}
    # Swedish roles
    assert set(_signers("Per Östman, ordförande\nTom Holtti, sekreterare")) == {"Per Östman"}


def test_a_signature_for_another_organisation_or_a_lone_line_is_not_the_meetings() -> None:
    assert _signers("Kuntaliiton puolesta\n\nJussi Määttä, puheenjohtaja\nMonica Smeds, sihteeri") == {}
    assert _signers("Suomen Kuntaliitto ry\nJussi Määttä, puheenjohtaja\nMonica Smeds, sihteeri") == {}
    assert _signers("Lausunnon antoi Jussi Määttä, puheenjohtaja\n\nAsia 6 Muut asiat\n\nKuultiin.") == {}


def test_roles_printed_above_the_names_are_not_read_as_roles_under_them() -> None:
    """"Sihteeri" / "Monica X" / "Puheenjohtaja" / "Jussi Y": the role line under Monica is Jussi's, above him."""
    got = _signers("Sihteeri\nMonica Smeds\nPuheenjohtaja\nJussi Määttä\nPöytäkirjantarkastaja\nLiisa Laine\n"
                   "sihteeri")
    assert got.get("Monica Smeds") != "puheenjohtaja"
    assert "Liisa Laine" not in got
