"""A meeting role printed in capitals after a name heads the next group of rows (twenty-ninth session, fresh-page
audit of people in minutes).

The protocol is written for these tests: invented members of an invented Swedish committee whose transcript ran
the groups "BESLUTANDE" and "ERSÄTTARE" into one line, so the group's heading stands right after the last
member's party ("Åsa Berg (SD) ERSÄTTARE Olle Ek (M)"). The heading is no seat of hers; a role in lower case
after a name still is.
"""

from __future__ import annotations

from helpers import extract, needs_voikko


def _posts(text: str) -> set[tuple[str, str | None]]:
    ex = extract(text, "minutes")
    return {(ex.entities[f.subject].label, f.post) for f in ex.facts if f.predicate == "holdsPost"}


_PROTOCOL = ("Socialnämnden Sammanträdesprotokoll 2019-03-12\n\nPlats och tid Kommunhuset kl 18:00-20:30 "
             "BESLUTANDE Maja Lind (L) ordförande Erik Holm (M) Gun Strand (S) Åsa Berg (SD) ERSÄTTARE "
             "Olle Ek (M) Karin Sjö (MP) Utses att justera Erik Holm Underskrifter Sekreterare Lisa Ström "
             "Ordförande Maja Lind Justerande Erik Holm\n\n1 § Fastställande av dagordning Socialnämnden "
             "beslutar att fastställa dagordningen.\n")


@needs_voikko
def test_a_group_heading_in_capitals_is_no_seat_of_the_name_before_it() -> None:
    posts = _posts(_PROTOCOL)
    assert not any(name == "Åsa Berg" for name, _ in posts), posts


@needs_voikko
def test_a_role_in_lower_case_after_a_name_is_still_its_seat() -> None:
    posts = _posts(_PROTOCOL)
    assert ("Maja Lind", "puheenjohtaja") in posts, posts
