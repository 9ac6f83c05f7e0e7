"""Titles that say the kind of organisation they are held in.

A "kaupunginjohtaja" is a town's, a "maakuntajohtaja" a regional council's, a "hyvinvointialuejohtaja" a
wellbeing county's: wherever a rule would give such a title to an organisation of another kind (the publisher of
a joint authority's minutes for the town managers who attend, a project near a director's name), the title itself
says the rule is wrong. Shared by the post rules of attendance blocks (`posts`) and of prose (`post_review`).
"""

from __future__ import annotations

# the endings of such titles and the kinds they are held in
_TITLE_KINDS = (
    (("kunnanjohtaja", "kaupunginjohtaja", "kommundirektör", "stadsdirektör", "kanslichef"), {"Municipality"}),
    (("maakuntajohtaja", "landskapsdirektör"), {"JointAuthority"}),
    (("hyvinvointialuejohtaja", "välfärdsdirektör", "välfärdsområdesdirektör"), {"WellbeingCounty"}),
    (("kuntayhtymän johtaja", "samkommunsdirektör", "yhtymäjohtaja"), {"JointAuthority"}),
    # a managing director heads an undertaking by law (osakeyhtiölaki 6:1: a company's, a cooperative's; a few
    # joint authorities, foundations and associations' enterprises call their head so too), never a town, a
    # wellbeing county, a board, an agency of the state or a project: "Esittelijä Toimitusjohtaja X" in the minutes
    # of a joint authority the page's address places in a town is not that town's
    (("toimitusjohtaja", "verkställande direktör"), {"Company", "JointAuthority", "Association", "CompetenceCentre"}),
)


def title_kinds(post: str | None) -> set[str] | None:
    """The kinds of organisation a title can be held in, when the title says; None when it does not."""
    low = (post or "").lower()
    for endings, kinds in _TITLE_KINDS:
        if low.endswith(endings):
            return kinds
    return None
