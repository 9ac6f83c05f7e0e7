"""A seat's holder with their home town after the name ("puheenjohtaja Aino X Kuopio, sihteeri Outi Y Lapua"): the
town is where they live, not an employer, unlike an office's town in a caption ("kaupunginjohtaja Kari X Kuopio").
extract/posts.py `org_named_with_post`. The texts are invented for these tests."""

from __future__ import annotations

from helpers import needs_voikko, post_rows


@needs_voikko
def test_a_seat_is_not_held_in_the_home_town_after_the_name() -> None:
    rows = post_rows("Tiedote\n\nHallitus: puheenjohtaja Veikko Ranta Kuopio, varapuheenjohtaja Outi Salo "
                     "Siilinjärvi, sihteeri Pentti Lahti Leppävirta.\n", kind="news")
    assert not {o for _, _, o in rows} & {"Kuopio", "Siilinjärvi", "Leppävirta"}


@needs_voikko
def test_an_office_s_town_in_a_caption_stays() -> None:
    rows = post_rows("Tiedote\n\nKuvassa kaupunginjohtaja Veikko Ranta Kuopio ja rehtori Outi Salo Sitra.\n",
                     kind="news")
    assert ("Veikko Ranta", "kaupunginjohtaja", "Kuopio") in rows
