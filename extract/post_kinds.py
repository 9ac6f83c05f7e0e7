"""A post the law ties to one kind of employer is never held in a town, a region or a wellbeing county.

"berättar rektor Örjan A." in a sentence naming "Raseborgs stad" and a college whose name no list holds: the prose post
rule skips the unread college and takes the one organisation it can see, the town. A rector heads a school or
university, a vicar a parish, a managing director a company, an "asiamies" a foundation (data/kind_titles.csv, with
the laws naming the posts: kind_titles.py); none of them is a municipality's or a region's office, so such a pairing
says that the real employer went unread. No fact is better than that wrong one. (A municipality's own offices,
"kunnanjohtaja", "sosiaalijohtaja", have no law kind and are untouched; nor is an executive director, whom the law
gives associations but towns' joint bodies employ too.)
"""

from __future__ import annotations

from welfare_kg.extract.kind_titles import law_kind

# the kinds of post a public area's administration never holds under that title
_NOT_PUBLIC = {"School", "Parish", "Company", "Foundation"}
# an area or its own administration: employs town officials, not rectors, vicars or managing directors
_PUBLIC_AREAS = {"Municipality", "Region", "WellbeingCounty", "CooperationArea"}


def wrong_kind_employer(post: str | None, org_type: str | None) -> bool:
    """The post's law kind is a school's, a parish's, a company's or a foundation's, the organisation a town or an
    area: the post is not held there."""
    if not post or org_type not in _PUBLIC_AREAS:
        return False
    kind = law_kind(post.lower())
    return kind in _NOT_PUBLIC
