"""The giver a donation or grant list leaves unnamed: the one organisation of a giving kind the text names before it.

A bank's or a club's news of its donations names itself once, and not where the list is: in a quote's attribution
("kuvailee OP Tampereen toimitusjohtaja X"), in a sentence before the list ("Pohjois-Savon Osuuspankin 20 000 euron
lahjoitus ..."), in a photo caption. The list's lead ("Lahjoituksen saivat:") and the page's opening then name no
giver, and the list rules (inline_grants.py, listed_receivers.py) gave nothing. The text before the list says who
gives where it names exactly one organisation of a giving kind (a company, an association, a foundation, a board,
an agency, a parish): the receivers come after the lead, so an organisation named before it is the page's own
actor. Places are left out (a town named as a place is no giver), and so is a town: a town's grants are decided by
its boards, and pages name towns as places far more often than as givers. Two such organisations before the list,
or none, and the list keeps no giver (FACTS.md: no invented funder).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from welfare_kg.extract.model import Mention

# kinds that hand out money of their own; not Municipality, Region nor WellbeingCounty: named as places or areas
GIVER_TYPES = {"Company", "Association", "Agency", "Ministry", "Body", "Parish"}
_OWNER_TYPES = {"Company", "Association", "Parish"}
# the cases a giver is named in before its list: the subject, the owner of a post or of the money, the source
_CASES = {None, "nimento", "omanto", "ulkoeronto"}


def giver_before(per_sentence: Sequence[Sequence[Mention]], at: int, receivers: set[str]) -> str | None:
    """The IRI of the one giving-kind organisation named before offset `at` that is none of `receivers`, else None.
    A board inside an organisation's name ("X ry:n hallitus") counts as that organisation's."""
    found: set[str] = set()
    for ms in per_sentence:
        owners = [m for m in ms if m.iri and m.type in _OWNER_TYPES]
        person_ends = {m.end for m in ms if m.type == "Person"}
        for m in ms:
            if m.start >= at:
                return _one(found)
            if not m.iri or m.generic or m.type not in GIVER_TYPES or m.case not in _CASES \
                    or m.iri in receivers:
                continue
            if m.start - 1 in person_ends:
                continue  # "Päivi Hasila MLL Lammi": the organisation a person stands for in a caption, not a giver
            if m.type == "Body":  # "Alli Paasikiven Säätiön hallitus": the foundation gives, its board decides
                owner = next((o for o in owners if o.start == m.start and o.end < m.end), None)
                iri = owner.iri if owner is not None else m.iri
            elif m.type in _OWNER_TYPES and any(b.type == "Body" and b.start == m.start and b.end > m.end
                                                for b in ms):
                continue  # counted with its board
            else:
                iri = m.iri
            found.add(iri or "")
            if len(found) > 1:
                return None
    return _one(found)


def _one(found: set[str]) -> str | None:
    return next(iter(found)) if len(found) == 1 else None


_MONEY = re.compile(r"(?i)avustu|\btuki|\btuke|\btuen|lahjoitu|apura|rahoitu|stipend|bidrag|stöd|donation")
_RECEIVES = re.compile(r"(?i)\b(?:sai|saa|saivat|saavat|saanut|saaneet|fick|får|erhöll)\b")
# a kind's genitive owning the money: "Kaupungin avustuksia myönnettiin:", "Säätiön apurahat saivat:"
_KIND_OWNER = re.compile(r"(?i)\b(?:kaupungin|kunnan|säätiön|yhdistyksen|seurakunnan|pankin|valtion|ministeriön|"
                         r"liiton|rahaston|hyvinvointialueen|maakunnan|lautakunnan|hallituksen|viraston|keskuksen|"
                         r"stadens|kommunens|stiftelsens|föreningens|församlingens|bankens|statens)\s+(?:\w+\s+)?"
                         r"(?:\w*avustu|\w*tuki|\w*tuke|\w*tuen|\w*lahjoitu|\w*apura|\w*rahoitu|\w*bidrag|\w*stöd)")

# a subject pointing at the list below receives: "Seuraavat kohteet saavat kukin 2 500 euron lahjoituksen:"
_POINTS_DOWN = re.compile(r"(?i)\b(?:seuraava\w*|alla\s+olevat|nämä|följande|nedanstående)\b")


def sources_listed(lead: str) -> bool:
    """A lead whose subject receives: "Yhdistys sai avustusta seuraavasti:", "X ry sai tänä vuonna avustuksia:" (the
    money after the verb, none before it): the list names where the money came from, not whom it went to ("Tuen
    saivat:", "Avustusta saivat seuraavat yhdistykset:" name the money first and list the receivers)."""
    verb = _RECEIVES.search(lead)
    return verb is not None and _MONEY.search(lead, verb.end()) is not None \
        and _MONEY.search(lead, 0, verb.start()) is None and _POINTS_DOWN.search(lead, 0, verb.start()) is None


def giver_unsaid(lead: str) -> bool:
    """A lead naming the giver by its kind alone ("Kaupungin avustuksia myönnettiin seuraavasti:"): the giver is a
    town the page does not name there, not whichever organisation the text named before."""
    return _KIND_OWNER.search(lead) is not None
