"""Office titles from the table data/office_titles.csv: heads of occupations, not words of one page.

Written for these tests: every name, organisation and title holder is invented.
"""

from __future__ import annotations

import pytest

from tests.helpers import MORPH, needs_voikko, record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.entities import is_post
from welfare_kg.extract.office_titles import office_titles, title_base
from welfare_kg.extract.posts import office_title
from welfare_kg.ontology.namespace import ID


def _posts(text: str, kind: str = "news") -> dict[str, tuple[str, str | None]]:
    """person slug -> (organisation slug, post) of each holdsPost fact."""
    ex = extract_document(record(text, kind=kind))
    return {f.subject.removeprefix(ID).rsplit("/", 1)[-1]: (f.object.removeprefix(ID).rsplit("/", 1)[-1], f.post)
            for f in ex.facts if f.predicate == "holdsPost"}


def test_the_table_reads_and_keeps_the_older_heads() -> None:
    t = office_titles()
    for head in ("johtaja", "päällikkö", "ohjaaja", "työntekijä", "chef", "direktör", "assistentti", "handledare"):
        assert head in t.heads
    assert "tulkki" in t.words
    assert "palveluntuottaja" in t.not_titles


@pytest.mark.parametrize("word", ["hallintoassistentti", "palveluohjaaja", "kehittämiskoordinaattori",
                                  "sosiaaliohjaaja", "perhetyöntekijä", "kielenkääntäjä", "työvalmentaja",
                                  "lähiesihenkilö", "palveluneuvoja", "socialhandledare", "äldreomsorgschef",
                                  "specialplanerare", "överläkare", "socialarbetare", "tulkki", "tiiminvetäjä",
                                  "tiedottaja", "ylitarkastaja", "förvaltningssekreterare", "projektmedarbetare",
                                  "enhetsledare", "miljöinspektör", "pääkirjanpitäjä", "palkanlaskija",
                                  "katurakennusmestari", "vahtimestari", "bokförare"])
def test_titles_of_occupations_are_posts(word: str) -> None:
    assert title_base(word)


@pytest.mark.parametrize("word", ["neuvoja", "avustaja", "arbetare", "sakkunnig", "palveluntuottaja", "ledare",
                                  "medarbetare", "sekreterare", "tarkastaja", "pöytäkirjantarkastaja",
                                  "tilintarkastaja", "pöytäkirjanpitäjä",
                                  "kunta", "hanke", "palvelu", "kehittäminen", "ohjaus"])
def test_common_words_and_organisations_are_no_posts(word: str) -> None:
    assert not title_base(word)


def test_office_rows_are_read_apart_from_the_heads() -> None:
    t = office_titles()
    for head in ("lehtori", "opettaja", "arkkitehti", "ingenjör", "projektledare", "sekreterare"):
        assert head in t.offices
    assert "lehtori" not in t.heads  # an office in rows of people only, not for is_post
    assert t.offices_not_bare == {"tarkastaja", "asiamies"}


@needs_voikko
@pytest.mark.parametrize(("word", "title"), [("Lehtori", "lehtori"), ("elinkeinoasiamies", "elinkeinoasiamies"),
                                             ("kommuningenjör", "kommuningenjör")])
def test_office_rows_make_office_titles_in_rows_of_people(word: str, title: str) -> None:
    assert is_post(word, MORPH) is None
    assert office_title(word, MORPH) == title


@needs_voikko
@pytest.mark.parametrize("word", ["tarkastaja", "asiamies", "pöytäkirjantarkastaja", "tilintarkastaja"])
def test_bare_office_heads_and_not_rows_make_no_office_title(word: str) -> None:
    assert office_title(word, MORPH) is None


@needs_voikko
def test_an_inflected_new_title_gives_its_base_form() -> None:
    assert is_post("hallintoassistentille", MORPH) == "hallintoassistentti"
    assert is_post("palveluohjaajana", MORPH) == "palveluohjaaja"
    # "neuvoja" is the plural of "neuvo" (advice) as well: alone it is no title
    assert is_post("neuvoja", MORPH) is None


@needs_voikko
def test_name_comma_new_title_comma_organisation() -> None:
    text = """Ohjausryhmän kokous

Läsnä olivat:

Kaarina Vesiranta, hallintoassistentti, Kehittämisyhdistys Sinivuokko ry
Oskari Kanervo, palveluohjaaja, Kehittämisyhdistys Sinivuokko ry
"""
    posts = _posts(text)
    assert posts["kaarina-vesiranta"] == ("kehittamisyhdistys-sinivuokko", "hallintoassistentti")
    assert posts["oskari-kanervo"] == ("kehittamisyhdistys-sinivuokko", "palveluohjaaja")


@needs_voikko
def test_title_before_the_name_in_a_contact_line() -> None:
    text = """Perheiden tuki -hanke

Kehittämisyhdistys Sinivuokko ry aloitti hankkeen syksyllä.

Lisätietoja:

Kehittämiskoordinaattori Kaarina Vesiranta, Kehittämisyhdistys Sinivuokko ry, puh. 040 123 4567
"""
    assert _posts(text)["kaarina-vesiranta"] == ("kehittamisyhdistys-sinivuokko", "kehittämiskoordinaattori")


def test_swedish_title_in_a_contact_block() -> None:
    text = """Projektet Välfärd i byn

Föreningen Blåklocka rf startar ett nytt projekt i byarna.

Mer information:

Anna Provberg
socialhandledare
Föreningen Blåklocka rf
tfn 040 123 4567
"""
    assert _posts(text)["anna-provberg"] == ("foreningen-blaklocka", "socialhandledare")


def test_advice_in_a_sentence_is_no_post() -> None:
    text = """Neuvoja ikäihmisille

Kehittämisyhdistys Sinivuokko ry antaa neuvoja Kaarina Vesirannan kanssa ikäihmisille.
"""
    assert "kaarina-vesiranta" not in _posts(text)


@needs_voikko
def test_an_economist_written_before_the_name_holds_the_post_in_the_organisation_after_it() -> None:
    assert is_post("ekonomisti", MORPH)
    posts = _posts("Valiokunnassa ovat olleet kuultavina\n\nekonomisti Sanna Kivelä, Esimerkkilän Yrittäjät ry\n")
    assert posts.get("sanna-kivela", (None, None))[1] == "ekonomisti"
