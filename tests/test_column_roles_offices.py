"""A column of roles after a column of names is assigned in order only when it holds as many roles as the run
has people. When office titles stand among the role words ("ordf. viceordf. ... kommundirektör kanslichef"), the
column is shifted or belongs to another list: no one's role can be told from it.

Invented people; the layouts are those of transcribed attendance lists.
"""

from __future__ import annotations

from helpers import MORPH, needs_voikko

from welfare_kg.extract.people import listed_people
from welfare_kg.extract.posts import column_roles


@needs_voikko
def test_a_clean_column_is_still_assigned() -> None:
    text = ("Päätöksentekijät Leena Korhonen Matti Järvinen Anu Salonen puheenjohtaja II varapuheenjohtaja "
            "jäsen Muut osallistujat Pekka Aalto")
    people = listed_people(text, MORPH)
    roles = column_roles(people, MORPH)
    assert [roles.get(id(p)) for p in people][:3] == ["puheenjohtaja", "varapuheenjohtaja", "jäsen"]


@needs_voikko
def test_office_titles_among_the_column_make_it_no_ones() -> None:
    text = ("Övriga närvarande Leena Korhonen Matti Järvinen Anu Salonen puheenjohtaja varapuheenjohtaja "
            "puheenjohtaja kunnanjohtaja hallintojohtaja Paragrafer 1-9")
    people = listed_people(text, MORPH)
    assert len(people) == 3
    assert column_roles(people, MORPH) == {}
