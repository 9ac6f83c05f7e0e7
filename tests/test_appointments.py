"""An appointment told with the chooser as the subject gives the appointed person's post in the chooser's
organisation: "X ry:n hallitus valitsi Anna Virran toiminnanjohtajaksi", "Ys styrelse utsåg Anna Lind till
verksamhetsledare" (extract/appointments.py)."""
from __future__ import annotations

from tests.helpers import needs_voikko
from tests.helpers import titled_posts as _posts


@needs_voikko
def test_finnish_board_chooses_a_director():
    assert _posts("Porin Mielenterveysseura ry:n hallitus valitsi Anna Virran toiminnanjohtajaksi.") == {
        ("Anna Virta", "Porin Mielenterveysseura ry", "toiminnanjohtaja")}


@needs_voikko
def test_swedish_association_appoints_a_leader():
    assert _posts("Föreningen Kvarkenhjälpen rf utsåg Anna Lind till ny verksamhetsledare.") == {
        ("Anna Lind", "Föreningen Kvarkenhjälpen rf", "verksamhetsledare")}


@needs_voikko
def test_swedish_board_of_an_organisation_named_before():
    text = "KSF rf ordnar kurser. KSF:s styrelse utsåg Anna Lind till verksamhetsledare på sitt möte."
    assert _posts(text) == {("Anna Lind", "KSF rf", "verksamhetsledare")}


@needs_voikko
def test_no_organisation_in_the_subject_gives_no_post():
    assert _posts("Kaupunginhallitus valitsi Anna Virran sivistysjohtajaksi.") == set()


@needs_voikko
def test_a_translative_that_is_no_title_gives_no_post():
    assert _posts("Porin Mielenterveysseura ry valitsi Anna Virran edustajakseen.") == set()
