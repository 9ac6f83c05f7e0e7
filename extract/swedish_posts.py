"""Swedish prose posts: "Aktion Xs ordförande Olav Y", "Ronny Z (S), kommunstyrelsens ordförande",
"Anton W, internationell samordnare i Hylte kommun", "Elin V, facklig representant för Vision".

The Finnish prose rules read a post from an office title next to the name and the organisation from a genitive
before the title or a case ending after the name. Swedish writes the chair's seat with an owner in the s-genitive
and no office title ("ordförande" is a meeting role, which the prose rule gives no organisation), and the employer
after the title with a preposition. The organisation must be written right there; a town only as "X kommun",
"Y stad" (a bare "i Raseborg" is where someone lives as often as where they work).
"""

from __future__ import annotations

import re

from welfare_kg.extract.model import Mention
from welfare_kg.extract.spans import SpanIndex

_CHAIR = r"(?:(?:I|II|1\.|2\.)[ \t]+)?(?:vice[ \t]*ordförande|ordförande|ordf\.|vice[ \t]*ordf\.)"
# the owner's s-genitive ends where this starts: " ordförande " and the name; "nuvarande" and the copula may stand
# between ("Direktionens nuvarande ordförande X", "Förbundsdirektionens ordförande är X")
_CHAIR_BEFORE = re.compile(rf"[ \t]+(?:nuvarande[ \t]+)?(?P<post>{_CHAIR})[ \t]*,?[ \t]+"
                           r"(?:(?:är|var|blir|blev)[ \t]+)?$", re.IGNORECASE)  # "Xs ordförande, Y"
# a vice-chair numbered in the presidium's order, with no owner of its own: "1:e vice ordförande X, 2:e vice ..."
_NUMBERED_VICE = re.compile(r"(?:^|(?<=[\s.,;]))(?P<post>(?:[1-5]:[ae]|förste|andre|tredje)[ \t]+vice[ \t]*ordförande)"
                            r"[ \t]*,?[ \t]+$", re.IGNORECASE)
# the chair stated before the numbered ones, whose owner they share: "Xs ordförande är A. 1:e vice ordförande B"
_OWNED_CHAIR = re.compile(r"(?P<gen>[A-ZÅÄÖa-zåäö][\w-]*s)[ \t]+(?:nuvarande[ \t]+)?ordförande\b", re.IGNORECASE)
_PRESIDIUM_REACH = 300  # characters back to the owned chair a numbered vice-chair follows
# "välja A (M), Järfälla kommun som ordförande och B som vice ordförande": the seat after "som", the body that chose
# earlier in the sentence (a verb of choosing between the body and the name)
_AS_CHAIR = re.compile(rf"(?:[ \t]*\([\w.]{{1,6}}\))?(?:[ \t]*,[ \t]*[A-ZÅÄÖ][\w-]*(?:[ \t][A-ZÅÄÖ][\w-]*)?[ \t]+"
                       rf"(?:kommun|stad|region))?[ \t]+som[ \t]+(?P<post>{_CHAIR})(?![\w-])", re.IGNORECASE)
_CHOOSING = re.compile(r"(?i)\b(?:välja|väljer|valde|valt|utse|utser|utsåg|utsett)\b")
# after the name: a party mark, a comma, then the owner
_OWNER_AFTER = re.compile(r"(?:[ \t]*\([A-ZÅÄÖa-zåäö]{1,4}\))?[ \t]*,?[ \t]*")
_CHAIR_AFTER = re.compile(rf"s?[ \t]+(?P<post>{_CHAIR})(?![\w-])", re.IGNORECASE)
# after the name: ", title of one to three words" and the preposition of where the person works
# (a party's bracket may stand before the comma; the organisation's kind word after the preposition: "ordförande i
# föreningen X", "ledamot i styrelsen för Y" is not read)
# ("VD för X": the managing director's title is as often written in capitals as "vd")
_WHERE_AFTER = re.compile(r"(?:[ \t]*\([\w.]{1,6}\))?[ \t]*,[ \t]*"
                          r"(?P<post>(?:VD|[a-zåäö][\w-]*)(?:[ \t][a-zåäö][\w-]*){0,2}?)"
                          r"[ \t]+(?P<prep>för|på|vid|hos|inom|i)[ \t]+"
                          r"(?:(?:föreningen|förbundet|stiftelsen|nätverket|organisationen|bolaget)[ \t]+)?")
# after the name: a verb of working as, the title, the preposition of where, and an owner's genitive before a body
# ("fungerar som ordförande för riksdagens ekonomiutskott", "arbetar som projektledare vid Kvarkenhjälpen rf")
_SERVES_AS = re.compile(r"[ \t]+(?:fungerar|verkar|arbetar|jobbar|tjänstgör)[ \t]+(?:nu[ \t]+|numera[ \t]+)?som[ \t]+"
                        r"(?P<post>(?:[a-zåäö][\w-]*[ \t]+)?[a-zåäö]*(?:ordförande|ledare|sekreterare|direktör|chef|"
                        r"ombudsman|koordinator|samordnare|rektor|vd|handläggare|planerare|ansvarig|expert|forskare))"
                        r"[ \t]+(?:för|på|vid|hos|inom|i)[ \t]+(?:[a-zåäö][\w-]*s[ \t]+)?")
_ORGS = {"JointAuthority", "WellbeingCounty", "Company", "Agency", "Ministry", "Association", "CompetenceCentre",
         "Body", "Project", "Municipality"}
_TOWN_WORD = re.compile(r"(?i)(?:kommun|stad)\w*$")
_SWEDISH_GENITIVE = re.compile(r"(?i)s$")


def _org(x: Mention, person: Mention) -> bool:
    """An organisation a post can be held in; a town only as its kommun or stad, a Swedish region only as the
    organisation "Region X" ("regionråd vid Region Västerbotten"; the bare county name is the area)."""
    if x is person or not x.iri:
        return False
    if x.type == "Region":
        return x.surface.strip().startswith("Region ")
    if x.type not in _ORGS:
        return False
    return x.type != "Municipality" or bool(_TOWN_WORD.search(x.surface.strip()))


def swedish_post(person: Mention, ms: list[Mention], text: str,
                 everyone: SpanIndex[Mention] | None = None) -> tuple[str, str] | None:
    """(post, organisation IRI) that Swedish prose writes with the person's name, or None. `everyone`: the
    document's mentions by position, for a numbered vice-chair whose owner the sentence before names."""
    base = max(0, person.start - 60)
    chair = _CHAIR_BEFORE.search(text, base, person.start)
    if chair is not None:
        owner = next((x for x in ms if _org(x, person) and (
            (x.end == chair.start() and _SWEDISH_GENITIVE.search(x.surface))
            or (x.end + 1 == chair.start() and text[x.end] in "sS"))), None)
        if owner is not None:
            return " ".join(chair.group("post").lower().split()), owner.iri  # type: ignore[return-value]
    if everyone is not None and (numbered := _NUMBERED_VICE.search(text, base, person.start)) is not None:
        shared = _presidium_owner(person, numbered.start(), everyone, text)
        if shared is not None:
            return " ".join(numbered.group("post").lower().split()), shared
    if (seat := _AS_CHAIR.match(text, person.end)) is not None:
        chooser = _choosing_body(person, ms, text)
        if chooser is not None:
            return " ".join(seat.group("post").lower().split()), chooser
    lead = _OWNER_AFTER.match(text, person.end)
    at = lead.end() if lead else person.end
    owner = next((x for x in ms if _org(x, person) and x.start == at), None)
    if owner is not None and (after := _CHAIR_AFTER.match(text, owner.end)) is not None \
            and (_SWEDISH_GENITIVE.search(owner.surface) or text[owner.end:owner.end + 1] == "s"):
        return " ".join(after.group("post").lower().split()), owner.iri  # type: ignore[return-value]
    serves = _SERVES_AS.match(text, person.end)
    if serves is not None:  # "X fungerar som ordförande för riksdagens ekonomiutskott", "arbetar som ... vid Y rf"
        org = next((x for x in ms if _org(x, person) and x.start == serves.end()), None)
        if org is not None:
            return " ".join(serves.group("post").split()), org.iri  # type: ignore[return-value]
    where = _WHERE_AFTER.match(text, person.end)
    if where is not None:
        org = next((x for x in ms if _org(x, person) and x.start == where.end()), None)
        if org is not None and not any(y.type == "Person" and y.start == org.end + 1 for y in ms):
            # (not "A, koordinator för X B": the title and X are B's, written before B's name)
            return where.group("post"), org.iri  # type: ignore[return-value]
    return _appointed(person, ms, text) or _copular(person, ms, text) or _title_for_org_before(person, ms, text)


# after "Name, X kommun": where the row or the clause ends (a term of office, "och" and the next person, a stop)
_ROW_TAIL = re.compile(r"[ \t]*(?:$|\n|[.;,)]|(?:omval|nyval|ett|två|tre|på|och|samt)\b)")


TOWN_ROW_RULE = "holdsPost:swedish-town-row"


def town_row(person: Mention, ms: list[Mention], text: str) -> str | None:
    """The town IRI of "Name, X kommun" — a member row or an election's clause that gives each person's
    municipality after a comma ("Till justerare väljs A, Varbergs kommun och B, Falkenbergs kommun", "C, Lunds
    kommun omval för två år"): the organisation the person is there for. Only a town written as its kommun or stad,
    or "Region X": a bare place after a comma is a home as often as an employer."""
    comma = re.compile(r"[ \t]*(?:\([\w.]{1,6}\))?[ \t]*,[ \t]*").match(text, person.end)
    if comma is None:
        return None
    org = next((x for x in ms if x.start == comma.end() and _org(x, person)
                and x.type in {"Municipality", "Region"}), None)
    if org is None or _ROW_TAIL.match(text, org.end) is None:
        return None
    return org.iri


def _presidium_owner(person: Mention, at: int, everyone: SpanIndex[Mention], text: str) -> str | None:
    """The organisation whose chair the text states last before `at` ("Förbundsdirektionens ordförande är A."),
    in the same paragraph and with no other person's organisation between: a numbered vice-chair after it is the
    same presidium's."""
    lo = max(0, at - _PRESIDIUM_REACH)
    para = text.rfind("\n\n", lo, at)
    lo = para + 2 if para >= 0 else lo
    hits = list(_OWNED_CHAIR.finditer(text, lo, at))
    if not hits:
        return None
    gen = hits[-1]
    owner = next((x for x in everyone.starting_in(gen.start(), gen.end())
                  if _org(x, person) and x.end in {gen.end("gen"), gen.end("gen") - 1}), None)
    return owner.iri if owner is not None else None


def _choosing_body(person: Mention, ms: list[Mention], text: str) -> str | None:
    """The body that chose the person in this sentence: the last one named before a verb of choosing that stands
    before the name ("Direktionen har beslutat att välja A ... som ordförande")."""
    bodies = [x for x in ms if x.type == "Body" and x.iri and x.end <= person.start]
    for body in reversed(bodies):
        if _CHOOSING.search(text, body.end, person.start):
            return body.iri
    return None


def _title_for_org_before(person: Mention, ms: list[Mention], text: str) -> tuple[str, str] | None:
    """(post, organisation IRI) of "<title> för X N", "samordnare vid X N": an office title, its preposition and the
    organisation right before the name, one space from it (a caption's or a list's apposition)."""
    org = next((x for x in ms if _org(x, person) and x.end + 1 == person.start and text[x.end] == " "), None)
    if org is None or not org.iri:
        return None
    lead = _POST_FOR_BEFORE.search(text, max(0, org.start - 40), org.start)
    if lead is None or lead.group("post").lower() in _CHAIR_WORDS or not _office(lead.group("post")):
        return None
    return " ".join(lead.group("post").lower().split()), org.iri


# a post stated with the copula: "Anna X är verksamhetsledare för Y", "Ordförande för Y är Per Z"
_IS_POST_AFTER = re.compile(r"[ \t]+(?:är|var|blir|blev)[ \t]+(?:(?:ny|nya|sedan[ \t]+\d{4})[ \t]+)?"
                            r"(?P<post>(?:vice[ \t]*)?[a-zåäö][\w-]*)[ \t]+(?:för|i|vid|på|hos|inom)[ \t]+")
_COPULA_BEFORE = re.compile(r"[ \t]+(?:är|var|blir|blev)[ \t]+$")
_POST_FOR_BEFORE = re.compile(r"(?:^|(?<=[\s.:;,•]))(?P<post>(?:[Vv]ice[ \t]*)?[A-ZÅÄÖa-zåäö][\w-]*)"
                              r"[ \t]+(?:för|i|vid|på|hos|inom)[ \t]+(?:(?:det|den|de)[ \t]+)?$")  # "för det X-et"
_CHAIR_WORDS = {"ordförande", "viceordförande", "vice ordförande", "sekreterare", "ledamot"}


def _office(post: str) -> bool:
    """A chair's or an office's title ("ordförande", "verksamhetsledare"): what the copula may give a person."""
    from welfare_kg.extract.entities import is_post
    from welfare_kg.extract.morphology import get_morphology

    post = " ".join(post.lower().split())
    return post in _CHAIR_WORDS or is_post(post.split()[-1], get_morphology())


def _copular(person: Mention, ms: list[Mention], text: str) -> tuple[str, str] | None:
    """(post, organisation IRI) of "N är <post> för X" or "<Post> för X är N": the copula ties the person to a post
    whose organisation stands right after its preposition (a chair's or an office's title only)."""
    after = _IS_POST_AFTER.match(text, person.end)
    if after is not None and _office(after.group("post")):
        org = next((x for x in ms if _org(x, person) and x.start == after.end()), None)
        if org is not None and org.iri:
            return " ".join(after.group("post").lower().split()), org.iri
    copula = _COPULA_BEFORE.search(text, max(0, person.start - 12), person.start)
    if copula is None:
        return None
    org = next((x for x in ms if _org(x, person) and x.end == copula.start()), None)
    if org is None or not org.iri:
        return None
    lead = _POST_FOR_BEFORE.search(text, max(0, org.start - 40), org.start)
    if lead is None or not _office(lead.group("post")):
        return None
    return " ".join(lead.group("post").lower().split()), org.iri


# an appointment: "har valt N till välfärdsdirektör i X kommun", "N valdes till ordförande för X", "utsåg N till ..."
_CHOSE_BEFORE = re.compile(r"(?:\b(?:valt|valde|utsett|utsåg|anställt|anställde|utnämnt|utnämnde|förordnat|"
                           r"förordnade)[ \t]+)$", re.IGNORECASE)
_CHOSEN_AFTER = re.compile(r"[ \t]+(?:valdes|utsågs|anställdes|utnämndes|förordnades)")
_TO_POST = re.compile(r"[ \t]+till[ \t]+(?:ny[ \t]+|nya[ \t]+)?(?P<post>[a-zåäö][\w-]*)[ \t]+"
                      r"(?:i|vid|för|på|inom)[ \t]+")


def _appointed(person: Mention, ms: list[Mention], text: str) -> tuple[str, str] | None:
    """(post, organisation IRI) of an appointment written as a verb of choosing, the person, "till" and a post title
    with the organisation after its preposition; the title must be an office (entities.is_post) or a chair."""
    from welfare_kg.extract.entities import is_post
    from welfare_kg.extract.morphology import get_morphology

    at = person.end
    if _CHOSE_BEFORE.search(text, max(0, person.start - 30), person.start) is None:
        chosen = _CHOSEN_AFTER.match(text, person.end)
        if chosen is None:
            return None
        at = chosen.end()
    to = _TO_POST.match(text, at)
    if to is None:
        return None
    post = to.group("post").lower()
    if post not in {"ordförande", "viceordförande", "ledamot", "ersättare", "sekreterare"} \
            and not is_post(post, get_morphology()):
        return None
    org = next((x for x in ms if _org(x, person) and x.start == to.end()), None)
    return (post, org.iri) if org is not None and org.iri else None  # type: ignore[return-value]


# a Swedish title right before the name, owned by an s-genitive written before it ("skyddshems generalsekreterare X")
_OWNED_TITLE = re.compile(r"(?P<owner>[a-zåäö][\w-]*s)[ \t]+(?:vice)?(?:[a-zåäö]*(?:ordförande|ledare|sekreterare|"
                          r"direktör|chef|ombudsman|koordinator|samordnare|rektor)|vd)[ \t]*,?[ \t]+$")
# definite genitives point back at an organisation named before ("förbundets", "föreningens", "styrelsernas")
_DEFINITE_GENITIVE = re.compile(r"(?:ets|ens|ns|nas)$")


def unread_swedish_owner(person: Mention, text: str) -> bool:
    """The person's Swedish title is owned by an indefinite s-genitive nobody read as a name ("Förbundet för mödra-
    och skyddshems generalsekreterare X": the name's last word): the person's organisation is that unread one, so
    no other organisation of the sentence may take the post."""
    hit = _OWNED_TITLE.search(text, max(0, person.start - 80), person.start)
    return hit is not None and not _DEFINITE_GENITIVE.search(hit["owner"])
