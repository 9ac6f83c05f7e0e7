"""Bodies named through the organisation they belong to: the body is part of that organisation.

Finnish and Swedish name a board, council or unit by its parent in the genitive, or by a
preposition after the body word:

- "Lapin liiton hallitus", "Posken saamelaisyksikkö", "SOCCAn johtoryhmä",
  "Päijät-Hämeen hyvinvointikuntayhtymän yhtymäkokous", "Östra Nylands välfärdsområdes
  beredningsorgan", "Kommunernas socialtjänsts styrelse" (genitive before the body);
- "styrelsen för Österbottens välfärdsområde", "nämnden vid X", "styrelsemöte vid X"
  (the parent after "för", "vid", "inom", "i");
- a body whose own name opens with the kind of its parent ("aluevaltuusto", "aluehallitus",
  "yhtymäkokous", "välfärdsområdesfullmäktige", "förbundsstyrelsen", "maakuntahallitus")
  belongs to the organisation of that kind the text has just named.

Municipal bodies of minutes are left to `partOf:body-of` (extract/document.py).
Registered in the relation rule registry (relations.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from itertools import pairwise

from welfare_kg.extract.acronym_organisations import acronym_organisation_mentions
from welfare_kg.extract.area_names import area_name_mentions
from welfare_kg.extract.assembly_bodies import assembly_mentions
from welfare_kg.extract.bracket_shared_heads import bracket_shared_head_mentions
from welfare_kg.extract.branch_associations import (
    acronym_branch_mentions,
    branch_mentions,
    known_branch_mentions,
    pair_society_mentions,
    registered_branch_mentions,
)
from welfare_kg.extract.church_names import church_mentions
from welfare_kg.extract.department_names import department_mentions
from welfare_kg.extract.generic_bodies import drop_generic_bodies
from welfare_kg.extract.granting_acronyms import granting_acronym_mentions
from welfare_kg.extract.head_first_authorities import head_first_authority_mentions
from welfare_kg.extract.header_bodies import (
    header_body_mentions,
    header_department_mentions,
    minutes_like,
    page_board_mentions,
)
from welfare_kg.extract.local_associations import local_association_mentions
from welfare_kg.extract.model import Fact, Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import fold
from welfare_kg.extract.org_memberships import listed_after
from welfare_kg.extract.org_unit_names import RULE as ORG_UNIT_RULE
from welfare_kg.extract.org_unit_names import org_unit_mentions
from welfare_kg.extract.regional_groups import regional_group_mentions
from welfare_kg.extract.relations import ORGS, Clause, rule
from welfare_kg.extract.row_departments import row_department_mentions
from welfare_kg.extract.seutu_names import seutu_mentions
from welfare_kg.extract.swedish_joint_authorities import samkommun_acronym_mentions, samkommun_mentions
from welfare_kg.extract.swedish_registered_names import swedish_registered_mentions

PARENTS = ORGS - {"Body"}
_GENITIVE_GAP = 2  # a space, perhaps a hyphen or a soft break
# Swedish (and the odd Finnish) preposition between the body word and its parent
_PREPOSITION = re.compile(r"\s*(?:för|vid|inom|hos|i)\s+$", re.IGNORECASE)
_SWEDISH_GENITIVE = re.compile(r"s$|s\b")
_INNER_PREPOSITION = re.compile(r"\s(?:för|vid|inom|hos|i)\s+$", re.IGNORECASE)
_DATE_AFTER = re.compile(r"[ \t]*,?[ \t]*\d{1,2}\.[ \t]?\d{1,2}\.[ \t]?(?:19|20)\d\d")  # "i Pargas 20.4.2016"
_ACRONYM_GENITIVE = re.compile(r"\b[A-ZÅÄÖ]{2,}:?n$")
_SWEDISH_BODY_WORD = re.compile(r"(?:nämnd|styrelse|fullmäktige|direktion|sektion)\w*$", re.IGNORECASE)
_SWEDISH_HEAD_GAP = re.compile(r" (?:stads|kommuns) ")

# the kind word a body's name opens with, and the kinds of organisation it belongs to
# and a word the parent's own name holds ("Eteva kuntayhtymä", "Pohjanmaan liitto", "Ålands kommunförbund")
KIND_PREFIXES: list[tuple[str, str, tuple[str, ...]]] = [
    ("hyvinvointialue", "WellbeingCounty", ()), ("välfärdsområde", "WellbeingCounty", ()),
    ("alue", "WellbeingCounty", ()),  # aluevaltuusto, aluehallitus, aluevaalilautakunta
    ("yhtymä", "JointAuthority", ("yhtymä",)), ("samkommun", "JointAuthority", ("samkommun",)),
    ("förbunds", "JointAuthority", ("förbund",)), ("maakunta", "JointAuthority", ("liitto", "förbund")),
]


def parent_genitive_before(c: Clause, body: Mention, parent: Mention) -> bool:
    """The parent's name in the genitive, inside the body's name or right before it."""
    inside = parent.start == body.start and parent.end < body.end  # "Lapin liiton hallitus" read as one name
    if not inside and not 0 <= body.start - parent.end <= _GENITIVE_GAP:
        return False
    if not inside and "," in c.sent.text[parent.end - c.sent.start:body.start - c.sent.start]:
        return False  # "mellan Stundars, Jakobstads museum": two items of a list, not an owner's genitive
    if parent.case == "omanto" or _ACRONYM_GENITIVE.search(parent.surface):  # "SOCCAn", "KST:n" unknown to Voikko
        return True
    # "Nylands", "KST:s"; a Swedish town before a body without the -s ("Mariehamn Förbundsstyrelsens
    # ordförande", a place and date line) is not its owner
    if parent.case is None and _SWEDISH_GENITIVE.search(parent.surface) is not None:
        return True
    swedish_body = _SWEDISH_BODY_WORD.search(body.surface) is not None
    # "Österbottens välfärdsområdes styrelse": Voikko reads the Swedish genitive as a Finnish nominative;
    # "Vasa stads socialnämnd": the town's head carries the genitive
    gap = c.sent.text[parent.end - c.sent.start:parent.end - c.sent.start + 8]
    return swedish_body and (parent.surface.endswith("s") or _SWEDISH_HEAD_GAP.match(gap) is not None)


def parent_after_preposition(c: Clause, body: Mention, parent: Mention) -> bool:
    """"styrelsen för X", "möte vid X": the parent right after the body word and a preposition."""
    if other_kind_owner(body, parent):
        return False  # "samkommunstyrelsen för X": the board of X's joint authority
    if body.start < parent.start and parent.end == body.end:  # read as one name (`owner_genitive_bodies`)
        inner = c.sent.text[body.start - c.sent.start:parent.start - c.sent.start]
        return _INNER_PREPOSITION.search(inner) is not None
    if parent.start < body.end or parent.start - body.end > 12:
        return False
    gap = c.sent.text[body.end - c.sent.start:parent.start - c.sent.start]
    if gap.strip().lower() == "i" and _DATE_AFTER.match(c.sent.text, parent.end - c.sent.start):
        return False  # "(framlagts på) Centralförvaltningen i Pargas 20.4.2016": a place-and-date line, where not whose
    return _PREPOSITION.fullmatch(gap) is not None or re.fullmatch(r"\w*\s*(?:för|vid|inom|hos)\s+", gap) is not None


@rule("partOf:parent-genitive-body", "partOf",
      "'Lapin liiton hallitus', 'Posken saamelaisyksikkö', 'Nylands välfärdsområdes organ', 'styrelsen för X'",
      needs="named")
def _parent_genitive(c: Clause) -> list[Fact]:
    out = []
    parents = [m for m in c.named if m.type in PARENTS]
    for body in c.named:
        if body.type != "Body" or not body.iri:
            continue
        parent = next((p for p in parents if p.iri != body.iri and parent_genitive_before(c, body, p)), None) \
            or next((p for p in parents if p.iri != body.iri and parent_after_preposition(c, body, p)), None)
        if parent is not None and parent.iri:
            out.append(Fact(body.iri, "partOf", parent.iri, c.ev, "partOf:parent-genitive-body", 0.75))
    return out


_LAST_OF_KIND = "_body_parents_last_of_kind"  # kept on the document's Context between sentences
_JUST_NAMED = 250  # characters: the organisation of the sentence or two before, not one named paragraphs ago


@rule("partOf:kind-prefixed-body", "partOf",
      "'aluevaltuusto', 'yhtymäkokous', 'välfärdsområdesfullmäktige': the body of the county or authority named")
def _kind_prefixed(c: Clause) -> list[Fact]:
    """The organisation of the body's kind named in the same sentence (the nearest), else the one named just before
    (within a sentence or two)."""
    last: dict[str, Mention] = getattr(c.ctx, _LAST_OF_KIND, None) or {}
    setattr(c.ctx, _LAST_OF_KIND, last)
    parents = [m for m in c.named if m.type in PARENTS and m.iri and id(m) not in c.inside]
    out = []
    for m in c.named:
        if m.type != "Body" or not m.iri:
            continue
        name = m.label.lower()
        kind = next(((typ, words) for prefix, typ, words in KIND_PREFIXES
                     if name.startswith(prefix) and len(name) > len(prefix) + 3), None)
        if kind is None:
            continue
        fits = [p for p in parents if _of_kind(p, *kind)]
        near = min(fits, key=lambda p: abs(p.start - m.start), default=None)
        before = last.get(kind[0])
        if before is not None and m.start - before.end > _JUST_NAMED:
            before = None  # named paragraphs ago: a bare "aluevaltuusto" there is any county's, not this one's
        owner = near or before
        if owner is not None and _of_kind(owner, *kind) and owner.iri != m.iri:
            out.append(Fact(m.iri, "partOf", owner.iri, c.ev, "partOf:kind-prefixed-body", 0.65))
    for p in sorted(parents, key=lambda p: p.start):
        last[p.type] = p
    return out


def _of_kind(m: Mention, typ: str, words: tuple[str, ...]) -> bool:
    names = f"{m.label} {m.surface}".lower()
    return m.type == typ and (not words or any(w in names for w in words))


UNIT_WORDS = ("yksikkö", "enhet", "enheten")  # "Lapin toimintayksikkö", "saamelaisyksikkö", "svenska enheten"
# a heading's run of names: spaces, a comma, a dash or a slash between them ("Raahen kaupunki/kehittämiskeskus")
_UNIT_GAP = re.compile(r"[\s,:/–-]*")


def _owner_inside(c: Clause, unit: Mention) -> bool:
    """Whether the unit's own name holds an organisation ("Lapin sairaanhoitopiirin perusterveydenhuollon yksikkö"):
    then it is that organisation's, and the name before it in a run ("Poske, Lapin sairaanhoitopiirin ... yksikkö")
    is another party of the list, not its parent."""
    return any(o.type in PARENTS and o.iri and o.iri != unit.iri and unit.start <= o.start and o.end <= unit.end
               and (o.start, o.end) != (unit.start, unit.end) for o in c.named)


@rule("partOf:unit-after-organisation", "partOf",
      "'Pohjois-Suomen sosiaalialan osaamiskeskus Lapin toimintayksikkö Pohjois-Pohjanmaan toimintayksikkö'",
      needs="free_orgs")
def _unit_after_organisation(c: Clause) -> list[Fact]:
    """A unit named right after an organisation in the nominative (a heading or a letterhead) is one of its units.

    Units listed one after another share the organisation that opens the run; any other word between
    them ends it, so "X:n kanssa Lapin toimintayksikkö" names no parent.
    """
    top = sorted((m for m in c.named if m.iri and id(m) not in c.inside
                  and not any(o.start <= m.start and m.end <= o.end and (o.start, o.end) != (m.start, m.end)
                              for o in c.named)), key=lambda m: m.start)
    out: list[Fact] = []
    parent: Mention | None = None
    prev_end = None
    for m in top:
        gap = c.sent.text[prev_end - c.sent.start:m.start - c.sent.start] if prev_end is not None else "x"
        adjacent = _UNIT_GAP.fullmatch(gap) is not None
        is_unit = m.type == "Body" and (m.label.lower().endswith(UNIT_WORDS) or m.rule == ORG_UNIT_RULE)
        if is_unit and adjacent and parent is not None and parent.iri != m.iri and not _owner_inside(c, m):
            out.append(Fact(m.iri, "partOf", parent.iri, c.ev, "partOf:unit-after-organisation", 0.65))
        elif m.type in PARENTS and m.case in {"nimento", None}:
            parent = m
        else:
            parent = None
        prev_end = m.end
    return out


# the divisions of a board or council, named after it: "kaupunginhallituksen konsernijaosto", "kommunstyrelsens
# utvecklingssektion", "maakunnan yhteistyöryhmän maaseutujaosto", "hallituksen työvaliokunta"; a council's or an
# assembly's own election committee, "aluevaltuuston vaalilautakunta", "yhtymäkokouksen vaalilautakunta" (the
# town's "keskusvaalilautakunta" and the county's "aluevaalilautakunta" stand alone: no council's genitive before)
SUB_BODY_HEADS = ("jaosto", "jaos", "sektion", "sektionen", "utskott", "utskottet", "työvaliokunta", "valiokunta",
                  "sihteeristö", "vaalilautakunta", "valnämnd", "valnämnden")
# "ja sen", "sekä sen", "och dess": a division of the body named right before
_ITS = re.compile(r"\s+(?:ja|sekä|och|samt)\s+(?:sen|dess)\s+", re.IGNORECASE)
_SWEDISH_BODY_GENITIVE = re.compile(r"(?:nämnd|styrelse|fullmäktige|direktion)(?:en|ens|s)$", re.IGNORECASE)


@rule("partOf:sub-body", "partOf",
      "'kaupunginhallituksen konsernijaosto', 'kommunstyrelsens utvecklingssektion': a division of the board before it",
      needs="named")
def _sub_body(c: Clause) -> list[Fact]:
    """A division named right after a board or council in the genitive is part of that board; only one space between
    them, so a board that ends one phrase ("hallituksen, jaoston ja ...") owns nothing. "Aluehallitus ja sen
    yksilöasioiden jaosto", "styrelsen och dess arbetsutskott": the possessive points back to the body just named."""
    bodies = sorted((m for m in c.named if m.type == "Body" and m.iri), key=lambda m: m.start)
    out: list[Fact] = []
    for parent, sub in pairwise(bodies):
        if parent.iri != sub.iri and sub.label.lower().endswith(SUB_BODY_HEADS) \
                and _ITS.fullmatch(c.sent.text, parent.end - c.sent.start, sub.start - c.sent.start):
            out.append(Fact(sub.iri, "partOf", parent.iri, c.ev, "partOf:sub-body", 0.65))
    for parent, sub in [*pairwise(bodies), *_nested_parents(bodies)]:
        if parent.iri == sub.iri or (sub.start - parent.end != 1 and not _opens_with(sub, parent)) \
                or not c.sent.text[parent.end - c.sent.start].isspace():
            continue
        if not sub.label.lower().endswith(SUB_BODY_HEADS) or parent.label.lower().endswith(SUB_BODY_HEADS):
            continue
        finnish = parent.case == "omanto" or (parent.case is None and parent.surface.lower().endswith("n"))
        if finnish or _SWEDISH_BODY_GENITIVE.search(parent.surface):
            out.append(Fact(sub.iri, "partOf", parent.iri, c.ev, "partOf:sub-body", 0.65))
    return out


LISTED_ORGANS_RULE = "partOf:listed-organs"
# the whole's genitive, a plural word for its organs, the copula or a colon, then the organs: "Y:n toimielimiä ovat A,
# B ja C", "Y:n lautakunnat ovat muun muassa A ja B", "Y:n jaostot: A ja B", "Y:s organ är A och B"
_ORGANS_AFTER = re.compile(r"\s+(?:toimielim(?:et|iä)|lautakunn(?:at|ia)|jaost(?:ot|oja)|neuvost(?:ot|oja)|"
                           r"valiokunn(?:at|ia)|organ|nämnder|organen|nämnderna)"
                           r"(?:\s*:\s*|\s+(?:ovat|olivat|är|var)\s+(?:(?:muun\s+muassa|mm\.|myös|bland\s+annat)\s+)?)$",
                           re.IGNORECASE)


@rule(LISTED_ORGANS_RULE, "partOf",
      "'Y:n toimielimiä ovat A, B ja C', 'Y:n lautakunnat: A ja B', 'Y:s organ är A och B'", needs="free_orgs")
def _listed_organs(c: Clause) -> list[Fact]:
    """The whole named first in the genitive before a plural word for its organs; the bodies listed after it, in the
    nominative, are each part of it (a list joined by commas, "ja", "sekä", "och")."""
    def genitive(whole: Mention) -> bool:
        return whole.case == "omanto" or (whole.case is None and _SWEDISH_GENITIVE.search(whole.surface) is not None)

    return _bodies_listed_after(c, genitive, _ORGANS_AFTER, LISTED_ORGANS_RULE)


OWNER_HAS_RULE = "partOf:owner-has-body"
# "Y:llä on hallitus", "Y:llä on myös oma nuorisovaltuusto", "Y:llä ovat vanhusneuvosto ja vammaisneuvosto": Finnish
# says what an organisation has with the owner in the adessive and the copula
_HAS = re.compile(r"\s+(?:on|oli|ovat|olivat)\s+(?:(?:myös|lisäksi|nykyään|oma|omat|erillinen)\s+){0,2}$",
                  re.IGNORECASE)


@rule(OWNER_HAS_RULE, "partOf", "'Y:llä on hallitus ja valtuusto', 'Hyvinvointialueella on oma vanhusneuvosto'",
      needs="free_orgs")
def _owner_has_body(c: Clause) -> list[Fact]:
    """The owner in the adessive before "on" and the bodies it has, in the nominative, listed after it: each is part of
    the owner (the possessive clause of Finnish, "X:llä on Y" = X has Y)."""
    return _bodies_listed_after(c, lambda owner: owner.case == "ulkoolento", _HAS, OWNER_HAS_RULE)


def _bodies_listed_after(c: Clause, owner_case: Callable[[Mention], bool], gap: re.Pattern[str],
                         rule_name: str) -> list[Fact]:
    """partOf the owner for each body listed after it, where the owner (in the case `owner_case` accepts) is followed
    by the words `gap` matches whole and then by the list's first body in the nominative: the two readings above
    differ only in the owner's case and the words between."""
    base, text = c.sent.start, c.sent.text
    named = sorted((m for m in c.named if m.iri and id(m) not in c.inside), key=lambda m: m.start)
    out: list[Fact] = []
    for i, owner in enumerate(named[:-1]):
        first = named[i + 1]
        if owner.type not in PARENTS or not owner_case(owner) or first.type != "Body" \
                or first.case not in {"nimento", None} or not gap.fullmatch(text, owner.end - base, first.start - base):
            continue
        out += [Fact(m.iri, "partOf", owner.iri, c.ev, rule_name, 0.65)  # type: ignore[arg-type]
                for m in listed_after(named[i + 1:], text, base) if m.type == "Body" and m.iri != owner.iri]
    return out


def _nested_parents(bodies: list[Mention]) -> list[tuple[Mention, Mention]]:
    """(parent, sub) where the division was read as one name with its board: "maakunnan yhteistyöryhmän
    sihteeristö" holds "maakunnan yhteistyöryhmä"."""
    return [(p, b) for b in bodies for p in bodies if _opens_with(b, p)]


def _opens_with(body: Mention, parent: Mention) -> bool:
    """The parent's name opens the body's and one word (the division's head) follows it."""
    return parent.start == body.start and parent.end < body.end \
        and re.fullmatch(r" \S+", body.surface[parent.end - body.start:]) is not None


# the owners a body's name opens with in the genitive: a town written with its head ("Oulun kaupungin",
# "Vasa stads"), a wellbeing county or a joint authority ("Keski-Suomen hyvinvointialueen")
_OWNER_TYPES = {"Municipality", "WellbeingCounty", "JointAuthority"}
_TOWN_HEAD_GENITIVE = re.compile(r"^(\S+)\s+(?:kaupungin|kunnan|stads|kommuns)$", re.IGNORECASE)
_SWEDISH_TOWN_HEAD = re.compile(r" (?:stads|kommuns) $")


def organisation_names(per_sentence: list[list[Mention]], starts: list[int], mentions: list[Mention], text: str,
                       morph: Morphology) -> None:
    """The document's named areas (extract/area_names.py) and its bodies' owners, before IRIs are minted."""
    drop_generic_bodies(per_sentence, mentions, text)  # "jäsenkunnan valtuusto": any member's, generic_bodies.py
    area_name_mentions(per_sentence, starts, mentions, text, morph)
    seutu_mentions(per_sentence, starts, mentions, text)  # "Turun seutu" in the nominative: seutu_names.py
    header_body_mentions(per_sentence, starts, mentions, text)  # "Hallitus 12.3.2024 § 5": header_bodies.py
    header_department_mentions(per_sentence, starts, mentions, text)  # "Strategiaosasto" on a header line
    page_board_mentions(per_sentence, starts, mentions, text)  # "Hallitus 2020" over its roster, no owner named
    if not minutes_like(text):
        _drop_post_boards(per_sentence, mentions)
    assembly_mentions(per_sentence, starts, mentions, text)  # "Lapin kunnanjohtajien kokous": assembly_bodies.py
    department_mentions(per_sentence, starts, mentions, text)  # "Lempäälän kunnan nuorisopalvelut": department_names
    row_department_mentions(per_sentence, starts, mentions, text, morph)  # "X, päällikkö - Sivistystoimiala"
    org_unit_mentions(per_sentence, starts, mentions, text)  # "Lahden kaupunki nuorisopalvelut": org_unit_names.py
    samkommun_mentions(per_sentence, starts, mentions, text)  # "Honkalampi samkommun": swedish_joint_authorities.py
    samkommun_acronym_mentions(per_sentence, starts, mentions, text)  # "samkommunstyrelse för ABC": the same
    head_first_authority_mentions(per_sentence, starts, mentions, text)  # "• Kuntayhtymä Optima"
    regional_group_mentions(per_sentence, starts, mentions, text)  # "Kainuun maakunnan yhteistyöryhmä"
    branch_mentions(per_sentence, starts, mentions, text)  # "Vesilahden 4H-yhdistys": branch_associations.py
    pair_society_mentions(per_sentence, starts, mentions, text)  # "Suomi–Venäjä-seura": branch_associations.py
    known_branch_mentions(per_sentence, starts, mentions, text)  # "MTK Keski-Suomi": branch_associations.py
    acronym_branch_mentions(per_sentence, starts, mentions, text)  # "SRP:n Nakkilan osasto": branch_associations.py
    registered_branch_mentions(per_sentence, starts, mentions, text)  # "X ry Kuopion osasto": the same
    local_association_mentions(per_sentence, starts, mentions, text, morph)  # "Leppävirran Urheilijat", banks
    # "Liisa X (Ikinuoret Eläkkeensaajat, sihteeri)" beside "(Kauhajoen Eläkkeensaajat, pj)": bracket_shared_heads.py
    bracket_shared_head_mentions(per_sentence, starts, mentions, text)
    swedish_registered_mentions(per_sentence, starts, mentions, text)  # "Vörå ungdomsförening rf"
    acronym_organisation_mentions(per_sentence, starts, mentions, text, morph)  # "X:n ylioppilaskunta XYY"
    granting_acronym_mentions(per_sentence, starts, mentions, text, morph)  # "XYZ jakoi avustuksia": a giver
    church_mentions(per_sentence, starts, mentions, text)  # "Tampereen hiippakunta", "Vasa svenska församling"
    owner_genitive_bodies(mentions, text)
    county_board_words(mentions, text)
    city_board_acronyms(mentions, text)
    city_generic_town_boards(mentions, text)


def _drop_post_boards(per_sentence: list[list[Mention]], mentions: list[Mention]) -> None:
    """A bare board read for the post after it ("Päivi X, hallituksen jäsen") outside minutes: on an association's
    or a company's page the board is the organisation's own organ, and the post is the organisation's (in place)."""
    if not any(m.rule == "body-post" for m in mentions):
        return
    mentions[:] = [m for m in mentions if m.rule != "body-post"]
    for ms in per_sentence:
        ms[:] = [m for m in ms if m.rule != "body-post"]


# "KH", "Kv", "Khall": minutes abbreviate the board and the council alike in towns and cities
_BOARD_ACRONYM = re.compile(r"^(?:KH|Kh|KHALL|Khall|KV|Kv)(?::\w+)?$")
_CITY_WORDS = {"kunnanhallitus": ("kaupunginhallitus", re.compile(r"(?i)\bkaupunginhallitu")),
               "kunnanvaltuusto": ("kaupunginvaltuusto", re.compile(r"(?i)\bkaupunginvaltuust"))}
_TOWN_WORDS = {"kunnanhallitus": re.compile(r"(?i)\bkunnanhallitu"),
               "kunnanvaltuusto": re.compile(r"(?i)\bkunnanvaltuust")}


def city_board_acronyms(mentions: list[Mention], text: str) -> None:
    """"KH 12.5.2014 § 88" in a city's minutes is its kaupunginhallitus, "KV" its kaupunginvaltuusto (in place).

    The recogniser reads the abbreviations as a municipality's kunnanhallitus and kunnanvaltuusto, so a city's
    board got two IRIs, one for "KH" and one for "Kaupunginhallitus". The text decides: it writes the city
    word somewhere and the municipal word nowhere.
    """
    in_text = _TextSearches(text)
    for body in mentions:
        city = _CITY_WORDS.get(body.label.lower())
        if body.type != "Body" or body.iri or city is None or not _BOARD_ACRONYM.match(body.surface.strip()):
            continue
        if (in_text(city[1]) or _city_letterhead(text)) and not in_text(_TOWN_WORDS[body.label.lower()]):
            body.label = city[0]


class _TextSearches:
    """Whether a pattern occurs anywhere in the text, searched once per pattern: the board rules ask it for every
    bare board mention, and a large page has thousands of them (a whole-text search each made them quadratic)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.found: dict[re.Pattern[str], bool] = {}

    def __call__(self, pattern: re.Pattern[str]) -> bool:
        if pattern not in self.found:
            self.found[pattern] = pattern.search(self.text) is not None
        return self.found[pattern]


def city_generic_town_boards(mentions: list[Mention], text: str) -> None:
    """A bare "kunnanhallitus" in a city's minutes that cite a law ("Kuntalain 27 §:n mukaan kunnanhallituksen on
    asetettava vanhusneuvosto") is any municipality's board, a word of the statute: the city has none of its
    own. Marked generic (in place), it stands for the city board of the same kind the minutes are about, if any,
    instead of being a second board of the city."""
    in_text = _TextSearches(text)
    for body in mentions:
        city = _CITY_WORDS.get(body.label.lower())
        if body.type != "Body" or body.iri or city is None or " " in body.surface.strip() \
                or _BOARD_ACRONYM.match(body.surface.strip()) or not in_text(city[1]):
            continue
        line_start = text.rfind("\n", 0, body.start) + 1
        line_end = text.find("\n", body.end)
        if _STATUTE.search(text, line_start, line_end if line_end >= 0 else len(text)):
            body.generic = True


# a statute cited on the line: "Kuntalain 27 §:n mukaan", "hyvinvointialuelain 32 §", "laissa säädetään"
_STATUTE = re.compile(r"(?i)\w*lai(?:n|ssa|ssa)[^\n]{0,40}?§|§:n mukaan|\blaissa säädet")


_LETTERHEAD = 400  # characters: "KASKISTEN KAUPUNKI PÖYTÄKIRJA" opens the minutes


def _city_letterhead(text: str) -> bool:
    """Minutes headed by a city ("X:N KAUPUNKI", "X:n kaupunki") and by no municipality ("kunta")."""
    head = text[:_LETTERHEAD]
    return re.search(r"(?i)\bkaupunki\b", head) is not None and re.search(r"(?i)\bkunta\b", head) is None


# a county's council and board written with the common words: "Pohjois-Pohjanmaan hyvinvointialueen hallitus"
_COUNTY_BOARDS = {"hallitus": "aluehallitus", "valtuusto": "aluevaltuusto"}


def county_board_words(mentions: list[Mention], text: str = "") -> None:
    """"Pohjois-Pohjanmaan hyvinvointialueen hallitus" is the county's aluehallitus: keyed so (in place), it
    is the body the same page calls "Aluehallitus", not a second one. The written name stays among its names.

    So is a bare "valtuusto" one word after the county's genitive ("Keski-Uudenmaan hyvinvointialueen toisesta
    valtuuston kokouksesta"), where the recogniser saw a bare word whose owner another rule would guess."""
    counties = [m for m in mentions if m.type == "WellbeingCounty" and m.iri]
    for body in mentions:
        kind = _COUNTY_BOARDS.get(body.label.lower())
        if body.type != "Body" or body.iri or kind is None:
            continue
        if any(c.start == body.start and c.end < body.end for c in counties):
            body.parts = tuple(dict.fromkeys((*body.parts, body.surface)))
            body.label = kind
            continue
        county = next((c for c in counties if text and c.end < body.start and c.surface.endswith("n")
                       and (between := _ONE_WORD.fullmatch(text, c.end, body.start)) is not None
                       and between.group(1).lower() not in _CONJUNCTIONS), None)
        if county is not None:
            body.parts = tuple(dict.fromkeys((*body.parts, f"{county.surface} {body.label.lower()}")))
            body.start, body.surface = county.start, text[county.start:body.end]
            body.label, body.generic = kind, False


_ONE_WORD = re.compile(r"[ \t]+([a-zåäö]+)[ \t]+")  # "hyvinvointialueen | toisesta | valtuuston"
_CONJUNCTIONS = {"ja", "sekä", "tai", "eli", "ynnä", "och", "samt", "eller"}


def owner_genitive_bodies(mentions: list[Mention], text: str) -> None:
    """Take the owner written in the genitive right before a body into the body's name (in place).

    "Oulun kaupungin hyvinvointilautakunta", "Keski-Suomen hyvinvointialueen sosiaali- ja terveyslautakunta":
    the recogniser reads the body word and the owner apart (a lower-case "kaupungin", a coordinated prefix
    "sosiaali- ja"), so the body's name lacks its owner and its IRI falls to the document's key. Spanning the
    owner gives the body its owner's IRI (document.py mints it from the municipality inside the span) and the
    names the text uses: "Oulun kaupungin hyvinvointilautakunta" and the municipality form "Oulun
    hyvinvointilautakunta". Runs before bodies get their IRIs.
    """
    owners = sorted((m for m in mentions if m.type in _OWNER_TYPES and m.iri), key=lambda m: m.end)
    ends = {m.end: m for m in owners}
    for body in mentions:
        if body.type != "Body" or body.generic or body.iri:
            continue
        owner = ends.get(body.start - 1)
        swedish = _SWEDISH_TOWN_HEAD.search(text, max(0, body.start - 10), body.start)
        if owner is None and swedish is not None:  # "Vasa stads socialnämnd": Voikko leaves "stads" out of the town
            owner = ends.get(swedish.start())
            owner = owner if owner is not None and owner.type == "Municipality" else None
        elif owner is not None and (text[owner.end:body.start] != " " or not (
                _genitive_owner(owner) or _swedish_town_before(owner, body))):
            owner = None
        if owner is None:
            _owner_after(body, owners, text)
            continue
        name = body.label[:1].lower() + body.label[1:] if not body.label[:2].isupper() else body.label
        full = f"{text[owner.start:body.start]}{name}"
        town = _TOWN_HEAD_GENITIVE.match(owner.surface)
        short = f"{town.group(1)} {name}" if town and owner.type == "Municipality" else None
        body.parts = tuple(dict.fromkeys(x for x in (short, full, *body.parts) if x))
        body.start, body.surface = owner.start, text[owner.start:body.end]


def _swedish_town_before(owner: Mention, body: Mention) -> bool:
    """"Esbo social- och hälsovårdsnämnd": Swedish writes a town's name uninflected before its board as one name
    (the recogniser reads "Borgå bildningsnämnd" whole, but not across a coordinated prefix). A capital after the
    town ("Mariehamn Förbundsstyrelsens ordförande", a place and date line) opens another name: no owner."""
    return owner.type == "Municipality" and body.surface[:1].islower() \
        and _SWEDISH_BODY_WORD.search(body.surface) is not None


def _genitive_owner(owner: Mention) -> bool:
    """An owner's name in the genitive: Finnish -n (Voikko's omanto, or the head "kaupungin"), Swedish -s."""
    last = owner.surface.split()[-1] if owner.surface.split() else ""
    if owner.case == "omanto" or _TOWN_HEAD_GENITIVE.match(owner.surface):
        return True
    if last.endswith("n") and last[:1].isupper() and _known_name(owner, last[:-1]):
        return True  # "Essoten": a short name Voikko does not know, the genitive -n glued to the name itself
    return owner.case is None and last.endswith("s") and last[:1].isupper()


def _known_name(owner: Mention, word: str) -> bool:
    """The reference data names the owner `word` ("Essote"), which does not end in -n itself."""
    from welfare_kg.extract.gazetteer import reference_gazetteer

    known = reference_gazetteer().entities.get(owner.iri or "")
    return known is not None and not word.lower().endswith("n") \
        and word.lower() in {x.lower() for x in (known.label, *known.labels)}


_SWEDISH_PREPOSITION_AFTER = re.compile(r" (för|vid|inom|i) ")


def _owner_after(body: Mention, owners: list[Mention], text: str) -> None:
    """"styrelsen för Österbottens välfärdsområde", "socialnämnden i Korsholm": Swedish names the owner after
    the body word and a preposition. The owner is taken into the body's span, so the body gets its owner's
    IRI rather than that of another organisation the page names, and the whole phrase into its names."""
    if _SWEDISH_BODY_WORD.search(body.surface) is None:
        return
    prep = _SWEDISH_PREPOSITION_AFTER.match(text, body.end)
    if prep is None:
        return
    owner = next((m for m in owners if m.start == prep.end()), None)
    if owner is None or (prep.group(1) == "i" and owner.type != "Municipality"):
        return  # "i" names a town's body ("socialnämnden i Korsholm"), not a county's
    if other_kind_owner(body, owner):
        return  # "samkommunstyrelsen för X": the board of X's joint authority, not of X
    surface = text[body.start:owner.end]
    body.parts = tuple(dict.fromkeys((surface[:1].upper() + surface[1:], *body.parts)))
    body.end, body.surface = owner.end, surface


def other_kind_owner(body: Mention, owner: Mention) -> bool:
    """A body whose name opens with the kind of its organisation ("samkommunstyrelse", "aluehallitus") belongs
    to an organisation of that kind, so an owner of another kind named after it is not its owner."""
    name = body.label.lower()
    return any(name.startswith(prefix) and typ != owner.type for prefix, typ, _ in KIND_PREFIXES)


# a bare council, board or committee word that may stand for a longer body of the same head on the page
_BARE_HEADS = ("valtuusto", "hallitus", "neuvottelukunta", "yhteistyöryhmä", "ohjausryhmä", "työryhmä",
               "johtoryhmä", "neuvosto", "styrelse", "styrelsen", "fullmäktige", "nämnd", "nämnden", "råd", "rådet")


def bare_body_words(mentions: list[Mention], known: Container[str] = ()) -> None:
    """"Valtuusto" on a page that names one "Aluevaltuusto", "Neuvottelukunta" beside one
    "Järjestöneuvottelukunta", "styrelsen" after "Kommunstyrelsen i Korsholm": the bare word is the short name
    of that body, so it takes that body's IRI (in place, after IRIs are minted) instead of being a second body.

    Only when the page names exactly one body whose name ends in the bare word, and the bare word's own body
    has no other name: with "kunnanvaltuusto" and "aluevaltuusto" both named, "valtuusto" is left as it is.
    Bodies the reference data knows (`known`) keep their IRIs."""
    bodies = [m for m in mentions if m.type == "Body" and m.iri]
    names: dict[str, set[str]] = {}
    written: dict[str, set[str]] = {}  # every name a body is written with: "Tampereen nuorisovaltuusto"
    spaced: set[str] = set()
    for m in bodies:
        names.setdefault(m.iri, set()).add(m.label.lower())
        written.setdefault(m.iri, set()).update({m.label.lower(), *(x.lower() for x in m.parts)})
        if " " in m.surface.strip() and not _COORDINATED_NAME.fullmatch(m.surface.strip()):
            spaced.add(m.iri)
    for iri, labels in names.items():
        if len(labels) != 1 or iri in known or iri in spaced:
            continue  # "HUSin hallitus" (label "hallitus"): a body written with its owner is no bare word
        bare = next(iter(labels))
        if (" " in bare and not _COORDINATED_NAME.fullmatch(bare)) or not bare.endswith(_BARE_HEADS):
            continue  # "vanhus- ja vammaisneuvosto" without its owner is still the page's one such council
        longer = {other for other, ls in written.items() if other != iri
                  and any(x != bare and x.endswith(bare) and len(x) > len(bare)
                          and not _COORDINATED_BEFORE.search(x[:-len(bare)]) for x in ls)}
        if len(longer) != 1:
            continue
        target = longer.pop()
        own = _owner_key(iri, bare)
        if not _COORDINATED_NAME.fullmatch(bare) and (own is None or not (
                _DOC_KEY.fullmatch(own) or target.rsplit("/", 1)[-1].startswith(own + "-"))):
            continue  # "styrelsen" of a known organisation stays its own, whatever another owner's board is called
        for m in bodies:
            if m.iri == iri:
                m.iri = target


# a council of two kinds named without its owner: the one such council the page names with an owner, whoever
# the guessed owner of the bare name is
_COORDINATED_NAME = re.compile(r"\S+- (?:ja|och|sekä) \S+")
_COORDINATED_BEFORE = re.compile(r"-\s+(?:ja|och|sekä)\s+$")
_DOC_KEY = re.compile(r"[0-9a-f]{12}")  # a body keyed by its document: no owner was found for it


def _owner_key(iri: str, label: str) -> str | None:
    """The owner part of a body's IRI ("body/15-aluevaltuusto" -> "15"), minted as "<owner>-<label>"."""
    slug, tail = iri.rsplit("/", 1)[-1], "-" + fold(label)
    return slug[: -len(tail)] if slug.endswith(tail) and len(slug) > len(tail) else None
