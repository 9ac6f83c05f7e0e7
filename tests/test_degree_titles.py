"""A degree between a post title and the name ("toiminnanjohtaja, YTM Anna Virta") hides neither the title nor its
owner: extract/degree_titles.py."""
from __future__ import annotations

from tests.helpers import needs_voikko
from tests.helpers import titled_posts as _posts


@needs_voikko
def test_abbreviated_degree_after_comma():
    assert _posts("Porin Mielenterveysseura ry:n toiminnanjohtaja, YTM Anna Virta kertoo hankkeesta.") == {
        ("Anna Virta", "Porin Mielenterveysseura ry", "toiminnanjohtaja")}


@needs_voikko
def test_spelled_degree_after_adjective_and_title():
    assert _posts("Rauman uusi kaupunginjohtaja hallintotieteiden maisteri Anna Virta valittiin maanantaina.") == {
        ("Anna Virta", "Rauma", "kaupunginjohtaja")}


@needs_voikko
def test_polytechnic_degree_and_shared_compound_title():
    assert _posts("Rauman sosiaali- ja terveysjohtaja, sosionomi (YAMK) Anna Virta kertoo.") == {
        ("Anna Virta", "Rauma", "sosiaali- ja terveysjohtaja")}


@needs_voikko
def test_employer_in_the_elative_after_the_name():
    text = "Hankkeen käynnisti Sininauhaliitto. Kertoo toiminnanjohtaja, KTM Anna Virta Sininauhaliitosta."
    assert _posts(text) == {("Anna Virta", "Sininauhaliitto ry", "toiminnanjohtaja")}


@needs_voikko
def test_town_named_elsewhere_owns_the_title():
    # "Salon" opening a sentence is also a common noun's genitive (salo, backwoods): the page names the town
    text = ("Salon kaupunki julkaisi tiedotteen. Salon uusi sivistysjohtaja kasvatustieteen maisteri "
            "Pekka Puu aloittaa keväällä.")
    assert ("Pekka Puu", "Salo", "sivistysjohtaja") in _posts(text)


@needs_voikko
def test_degree_without_title_or_owner_gives_no_post():
    assert _posts("Tutkija, FT Anna Virta kertoo hankkeesta.") == set()
    assert _posts("Hankkeesta kertoo FM Anna Virta.") == set()


@needs_voikko
def test_a_degree_after_the_title_and_the_organisation_after_the_name_and_a_comma():
    text = ("Valiokunnassa ovat olleet kuultavina\n\nasiantuntija, OTK Aino Koivunen, Esimerkkilän Yrittäjät ry\n\n"
            "ekonomisti Veikko Ruohonen, Mallilan Eläkeläiset ry\n")
    got = _posts(text)
    assert ("Aino Koivunen", "Esimerkkilän Yrittäjät ry", "asiantuntija") in got, got
