"""Swedish prose that states a body's presidium (thirty-first session, recall audit of fresh Swedish pages).

The texts are written for these tests: invented people of invented Swedish federations. The chair's seat is
written with the owner's s-genitive, but "nuvarande" or the copula may stand between the seat and the name; the
numbered vice-chairs after it ("1:e vice ordförande B") have no owner of their own and share the chair's; an
election names the seat after "som" and the body that chose before the verb of choosing; "Fonddirektör för det
svenska utskottet är X" writes a determiner after the preposition (extract/swedish_posts.py).
"""

from __future__ import annotations

from helpers import needs_voikko, post_rows


def _by_person(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for person, _, org in post_rows(text, kind="news"):
        out.setdefault(person, set()).add(org)
    return out


@needs_voikko
def test_copula_and_numbered_vice_chairs_share_the_owner() -> None:
    text = ("Björkådalens Kommunalförbund leds av en direktion. Förbundsdirektionens ordförande är Maria Ekström, "
            "Björkvik. 1:e vice ordförande Olle Dahl, 2:e vice ordförande Sara Lind, Ekeby och 3:e vice "
            "ordförande Nils Berg, Åsvik. Dessa utgör förbundets presidium.\n")
    seats = _by_person(text)
    for person in ("Maria Ekström", "Olle Dahl", "Sara Lind", "Nils Berg"):
        assert "Förbundsdirektion" in seats.get(person, set()), seats


@needs_voikko
def test_a_numbered_vice_chair_without_a_stated_chair_gets_no_owner() -> None:
    text = ("Möte i Björkvik. Förbundet har många medlemmar. 1:e vice ordförande Olle Dahl talade om "
            "skolan.\n")
    assert "Olle Dahl" not in _by_person(text)


@needs_voikko
def test_current_chair_and_an_election_with_som() -> None:
    text = ("Förbundsdirektionens nuvarande ordförande Oskar Lundmark (M), Björkviks kommun är föräldraledig. "
            "Förbundsdirektionen har fattat beslut om att välja Emma Hägg (M), Ekeby kommun som ordförande och "
            "Lars Kvist, Åsviks kommun som vice ordförande.\n")
    seats = _by_person(text)
    for person in ("Oskar Lundmark", "Emma Hägg", "Lars Kvist"):
        assert "Förbundsdirektion" in seats.get(person, set()), seats


@needs_voikko
def test_som_chair_without_a_choosing_body_is_not_read() -> None:
    text = "Emma Hägg (M), Ekeby kommun arbetar som ordförande. Förbundsdirektionen möts i maj.\n"
    assert "Förbundsdirektion" not in _by_person(text).get("Emma Hägg", set())


@needs_voikko
def test_title_for_a_determined_body_before_the_copula() -> None:
    text = "Fonden har två utskott. Fonddirektör för det svenska utskottet är Kalle Nyberg.\n"
    assert "Svenska utskottet" in _by_person(text).get("Kalle Nyberg", set())
