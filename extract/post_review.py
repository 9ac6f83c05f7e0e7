"""A second look at the posts read from running text: is the organisation the one the text ties to the person?

The prose rule (extract/document.py `_post_facts`) gives a titled person an organisation even when the sentence
does not say whose title it is: the last organisation of the sentence, one of the sentence before, the e-mail
domain's. On pages of new layouts that guess misfires in a few recurring ways, which are checked here once the
document is read:

- the last organisation of a run-on sentence ("... puheenjohtaja X ja jäseninä ovat A, B ja C") is nobody's
  employer; the organisation written next to the name is (right after it: "X Keski-Suomen hyvinvointialueelta",
  "X, Centria"; or before it with no other name between: "Nihak ry, toimitusjohtaja X");
- a project or programme named somewhere near is no one's employer unless the text ties the title to it
  ("projektipäällikkö X Y-hankkeesta", "Y-hankkeen projektipäällikkö X") or the title is a project's staff's
  ("Y-hanke palkkaa ... Pilottityöntekijänä aloitti X");
- a title that names the kind of its organisation ("kunnanjohtaja", "maakuntajohtaja", "hyvinvointialuejohtaja")
  is held only in an organisation of that kind;
- a university's address whose domain is a town's name (helsinki.fi, oulu.fi) names the university, not the town;
- an address near the name that is another person's says nothing of this person's employer.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from welfare_kg.contacts import email_domains
from welfare_kg.extract.body_compositions import RULE as COMPOSITION_RULE
from welfare_kg.extract.domain_spellings import spelled_organisation
from welfare_kg.extract.gazetteer import Gazetteer
from welfare_kg.extract.model import Evidence, Extraction, Fact, Mention
from welfare_kg.extract.morphology import Analysis, Morphology
from welfare_kg.extract.posts import (
    LINE_OR_SENTENCE_END,
    MEETING_ROLES,
    ORG_TYPES,
    address_town,
    came_from,
    can_employ,
    is_meeting_role,
    office_title,
    org_named_with_post,
)
from welfare_kg.extract.spans import SpanIndex
from welfare_kg.extract.title_kinds import title_kinds
from welfare_kg.extract.title_modifiers import association_chair

_PROSE = {"holdsPost:post-title", "holdsPost:contact-domain"}

# Web addresses of Finnish universities and universities of applied sciences whose first label is a town's name
# (or begins with one): the addresses of the institutions themselves (Helsingin yliopisto helsinki.fi, while the
# city is hel.fi; Oulun yliopisto oulu.fi, the city ouka.fi; Åbo Akademi abo.fi; Turun ammattikorkeakoulu
# turkuamk.fi; Lapin yliopisto ulapland.fi; Vaasan yliopisto uwasa.fi; Tampereen yliopisto tuni.fi).
ACADEMIC_DOMAINS = frozenset({"helsinki.fi", "oulu.fi", "abo.fi", "turkuamk.fi", "ulapland.fi", "uwasa.fi",
                              "tuni.fi", "utu.fi", "jyu.fi", "uef.fi", "lut.fi", "aalto.fi", "hanken.fi"})
# a domain whose first label says "university" or "university of applied sciences" in any of its spellings
_ACADEMIC_LABEL = re.compile(r"(?i)^(?:[a-z-]*amk|yliopisto[a-z-]*|[a-z-]*yliopisto|uni[a-z]*|[a-z-]*univ[a-z-]*)$")


def academic_domain(domain: str) -> bool:
    """The address is a university's: its domain names no town whatever its letters spell."""
    domain = domain.lower().rstrip(".")
    parts = domain.split(".")
    return domain in ACADEMIC_DOMAINS or any(domain.endswith("." + d) for d in ACADEMIC_DOMAINS) or (
        len(parts) >= 2 and bool(_ACADEMIC_LABEL.match(parts[-2])))


_UNDERTAKINGS = {"Project", "Programme"}
# the staff of a project by title: "projektipäällikkö", "hankekoordinaattori", "pilottityöntekijä" -- a project
# near such a title is where the person works; a director or a chair near a project works elsewhere
_PROJECT_STAFF = re.compile(r"(?i)hanke|projekti|pilotti|työntekijä$|koordinaattori$|projekt|koordinator$")
NEXT_TO = 3  # characters between a name and the organisation written right after it (", " or a space)
# an organisation written right after a name says where the person comes from or works ("X Keski-Suomen
# hyvinvointialueelta", "X Pohjois-Karjalan maakuntaliitosta", "X, Centria"), in any case but the genitive (which
# owns the next word); so does one after the row's title ("X, sosiaalineuvos / ministeriö")
_ROW_AFTER_TITLE = re.compile(r"[ \t]*,[ \t]*[a-zåäö][\w-]*(?:[ \t]+[a-zåäö][\w-]*){0,3}[ \t]*[,/\n][ \t]*")


def _tied(person: Mention, cands: list[Mention], ms: list[Mention], text: str) -> Mention | None:
    """The organisation the text writes next to the person: right after the name (where they come from, or a
    caption's employer), else the nearest one before the name with no other person's name between."""
    # (a bare town in the inessive there is where the work is done: "aloitti X Oulussa", no employer)
    after = [x for x in cands if 0 <= x.start - person.end <= NEXT_TO
             and not text[person.end:x.start].strip(" ,\t") and x.case != "omanto"
             and not (x.type == "Municipality" and x.case == "sisaolento")]
    if after:
        return after[0]
    # "Juha X, sosiaalineuvos / sosiaali- ja terveysministeriö", "Mirjam X, rektor, Y vid Z": the row's title
    # between the name and its organisation
    row = _ROW_AFTER_TITLE.match(text, person.end)
    if row is not None:
        behind = [x for x in cands if row.end() <= x.start <= row.end() + 1 and x.case != "omanto"]
        if behind:
            return behind[0]
    people = [x.start for x in ms if x.type == "Person" and x is not person]
    before = [x for x in cands if x.end <= person.start and not any(x.end <= p < person.start for p in people)]
    return max(before, key=lambda x: x.end) if before else None


def _staff(post: str | None) -> bool:
    return bool(post) and _PROJECT_STAFF.search(post or "") is not None


def _employer_candidates(person: Mention, ms: list[Mention], post: str | None, text: str = "") -> list[Mention]:
    office = bool(post) and not is_meeting_role(post or "")
    # a seat ("puheenjohtaja", "jäsen") is held in a board, never in a town the sentence names (the meeting's place,
    # a member's home), as the prose rule reads it (extract/document.py): the town is no candidate to move it to
    seat = bool(post) and not office
    return [x for x in ms if x.iri and x is not person and x.type in ORG_TYPES
            and not (office and x.type == "Body") and not (seat and x.type == "Municipality")
            and x.type not in _UNDERTAKINGS
            and not (x.type == "Municipality" and text and address_town(text, x.start))]  # "katu 26, Helsinki"


def review_posts(facts: list[Fact], mentions: list[Mention], contacts: dict[str, list[str]],
                 entity_types: dict[str, str], publisher: str | None, municipality: str | None,
                 text: str, morph: Morphology) -> list[Fact]:
    """The facts with the prose posts checked: each kept, moved to the organisation the text ties to the person,
    or dropped (see the module's docstring). Other facts pass as they are."""
    if not any(f.rule in _PROSE and f.predicate == "holdsPost" for f in facts):
        return facts
    index = SpanIndex([m for m in mentions if m.iri])
    out: list[Fact] = []
    for f in facts:
        if f.rule not in _PROSE or f.predicate != "holdsPost":
            out.append(f)
            continue
        checked = _review(f, index, contacts, entity_types, publisher, municipality, text)
        if checked is not None and checked.post is None and (person := _person_in(checked, index)) is not None:
            checked = replace(checked, post=_comma_title(person, text, morph))  # "pääsihteeri, Vertti X, puh."
        if checked is not None:
            out.append(checked)
    return out


def _person_in(f: Fact, index: SpanIndex[Mention]) -> Mention | None:
    return next((x for x in index.starting_in(f.evidence.start, f.evidence.end)
                 if x.iri == f.subject and x.type == "Person"), None)


def _review(f: Fact, index: SpanIndex[Mention], contacts: dict[str, list[str]], entity_types: dict[str, str],
            publisher: str | None, municipality: str | None, text: str) -> Fact | None:
    ms = sorted(index.starting_in(f.evidence.start, f.evidence.end), key=lambda x: x.start)
    person = _person_in(f, index)
    own = email_domains(" ".join(contacts.get(f.subject, [])))
    kind = entity_types.get(f.object)
    written = any(x.iri == f.object for x in ms if x is not person)
    if f.rule == "holdsPost:contact-domain" and not own:
        return None  # the address near the name is another person's: nothing tells this one's employer
    if kind in {"Region", "CooperationArea"}:
        return None  # an area employs no one ("etunimi.sukunimi@itauusimaa.fi" under a county's item)
    if kind == "Municipality" and own and all(academic_domain(d) for d in own) and not written:
        return None  # "x@helsinki.fi": the university's address, not the town's
    if person is None:
        return f
    tied_by_text = {org_named_with_post(person, ms, text), came_from(person, ms, text),
                    _copula_owner(person, f.post, ms, text)}
    if f.object in tied_by_text:
        return f
    kinds = title_kinds(f.post)
    if kinds is not None and kind is not None and kind not in kinds:
        return None  # "maakuntajohtaja" is held in a regional council, not in a project or a town
    if not written:  # the publisher's, the town's of the minutes, the address's, or the sentence before's
        if _from_unrecognised(person, f, index, text):
            return None  # "... ylilääkäri X ja suunnittelija Y sairaanhoitopiirin yksiköstä": that is their employer
        if f.object in {publisher, municipality}:
            return f
        if kind == "Body" and f.post and not is_meeting_role(f.post):
            return None  # "Kh § 141. Järjestämistoiminto, palveluverkkojohtaja X": a board employs no one
        return None if kind in _UNDERTAKINGS and not _staff(f.post) else f
    if _label_closed(person, f.object, ms, text):
        return None  # "Nastola: A, B Sihteeristö: talousjohtaja C": the town's rows ended at the next label
    cands = _employer_candidates(person, ms, f.post, text)
    tied = _tied(person, cands, ms, text)
    if tied is None:
        # a town's bare name ("Rovaniemelle") is a place in the clause, not one of a list of organisations
        later = {x.iri for x in cands if x.start >= person.end and (x.type != "Municipality" or can_employ(x))}
        if len(later) >= 2 and all(x.start >= person.end for x in ms if x.iri == f.object and x is not person):
            return None  # "... toimii johtaja X ja jäseninä ovat A ja B": the last of a later list is no one's
        return None if kind in _UNDERTAKINGS and not _staff(f.post) else f
    if tied.iri == f.object:
        return f
    return replace(f, object=tied.iri)


# "X on Y:n muutosjohtaja": the verb right after the name, a few words, then the owner in the genitive
_COPULA_AHEAD = re.compile(r"[ \t]+(?:on|oli|är|var)[ \t]+(?:[^\s.,;:!?]+[ \t]+){0,3}$")


def _copula_owner(person: Mention, post: str | None, ms: list[Mention], text: str) -> str | None:
    """The organisation a copula clause ties to the person: "Anna X on Länsi-Uudenmaan hyvinvointialueen
    muutosjohtaja" (extract/copula_titles.py) -- the genitive right before the title after "on". An organisation
    written before the name ("... Kanta-Hämeen hyvinvointialueen johtajana, ja Anna X on ...") belongs to the
    clause before, so it must not win over this one."""
    if not post:
        return None
    for x in ms:
        if x.iri and x.start >= person.end and x.case == "omanto" \
                and _COPULA_AHEAD.match(text[person.end:x.start]) \
                and text[x.end:x.end + len(post) + 2].strip().lower().startswith(post.split()[0]):
            return x.iri
    return None


# a group label of a list of people: one or two words and a colon ("Sihteeristö:", "Työryhmien puheenjohtajat:")
_GROUP_LABEL = re.compile(r"(?:^|(?<=\s))[A-ZÅÄÖ][a-zåäö-]+(?:[ \t][a-zåäö-]+)?:(?=\s)")


def _label_closed(person: Mention, org: str, ms: list[Mention], text: str) -> bool:
    """The organisation heads a group of rows as a label ("Nastola: ...") and another label opens a group between
    its last such mention before the person and the person: the person's row is in that other group."""
    before = [x for x in ms if x.iri == org and x.end <= person.start]
    if not before:
        return False
    last = max(before, key=lambda x: x.end)
    if text[last.end:last.end + 1] != ":":
        return False
    return _GROUP_LABEL.search(text, last.end + 1, person.start) is not None


# the heads of words naming an organisation by its kind ("sairaanhoitopiiri", "PTH-yksikkö", "Omaisyhdistys")
_ORG_KIND_HEADS = ("yksikkö", "piiri", "keskus", "yhdistys", "säätiö", "liitto", "virasto", "laitos", "ministeriö",
                   "yliopisto", "ammattikorkeakoulu", "sairaala", "kuntayhtymä", "yhtymä", "järjestö",
                   "hyvinvointialue", "osasto", "toimisto", "seurakunta", "opisto")
_FROM_CASES = {"sisaeronto", "ulkoeronto"}  # elative, ablative: where a person comes from
FROM_REACH_WORDS = 8  # words after the name (another name and title of the same list may come between)


def _from_unrecognised(person: Mention, f: Fact, index: SpanIndex[Mention], text: str) -> bool:
    """The sentence says where the person comes from, in an organisation no rule recognised ("ylilääkäri X
    sairaanhoitopiirin PTH-yksiköstä"): a guessed employer (the publisher, the town, the sentence before's) is not
    it. Only an organisation's kind word in the elative or ablative, within a few words after the name and before
    any recognised organisation; a bare "kunnasta"/"kaupungista" is the town itself."""
    from welfare_kg.extract.morphology import get_morphology

    end = LINE_OR_SENTENCE_END.search(text, person.end)
    stop = end.start() if end else len(text)
    later = [x.start for x in index.starting_in(person.end, stop) if x.type not in {"Person"}]
    if later:
        stop = min(stop, min(later))
    morph = get_morphology()
    for word in re.findall(r"[\wåäöÅÄÖ-]+", text[person.end:stop])[:FROM_REACH_WORDS]:
        for a in morph.analyse(word):
            base = a.base.lower()
            if a.case in _FROM_CASES and a.cls == "nimisana" and base.endswith(_ORG_KIND_HEADS) \
                    and base not in {"kunta", "kaupunki"}:
                return True
    return False


# "Laura X (Turun kaupunki)", "Mika Y (VSSHP)": an organisation alone in brackets right after a name
_BRACKET_OPEN = re.compile(r"[ \t]*\(")
_BRACKET_CLOSE = re.compile(r"[ \t]*\)")
# "pääsihteeri, Vertti X, puh.": a contact line's title before the name, set off by a comma
_TITLE_COMMA_BEFORE = re.compile(r"(?:^|[\s:])([a-zåäö][\w-]{3,})[ \t]*,[ \t]*$")
_TITLE_COMMA_AFTER = re.compile(r"[ \t]*,[ \t]*([a-zåäö][\w-]{3,})\b")
_NO_EMPLOYER = {"Region", "CooperationArea", "Body", "Project", "Programme", "Person"}


def added_posts(facts: list[Fact], mentions: list[Mention], contacts: dict[str, list[str]],
                entity_types: dict[str, str], org_of_domain: Callable[[str], str | None], text: str,
                morph: Morphology) -> list[Fact]:
    """holdsPost facts for people no other rule gave a post, where the text still ties them to an organisation:

    - the organisation alone in brackets right after the name ("Laura X (Turun kaupunki)");
    - the person's own e-mail address at an organisation the page names ("Lisätietoja: pääsihteeri, Vertti X,
      puh. ..., vertti.x@soste.fi ... SOSTE ry"), the title written next to the name if there is one; an address
      the reference data does not know goes to the page's organisation whose name spells it (domain_spellings.py).
    """
    posted = {f.subject for f in facts if f.predicate == "holdsPost"}
    named = set(entity_types)
    index = SpanIndex([x for x in mentions if x.iri])  # by position: no scan of every mention for each person
    page_orgs = [x for x in mentions if x.iri and x.type in ORG_TYPES and x.type not in _NO_EMPLOYER]
    out: list[Fact] = []
    prev_end = -1  # where the person named before ends
    for m in sorted((x for x in mentions if x.type == "Person" and x.iri), key=lambda x: x.start):
        before_end, prev_end = prev_end, m.end
        if m.iri in posted:
            continue
        org = _bracketed_org(m, index, text)
        rule = "holdsPost:bracketed-org"
        kind_post = None
        if org is None and (titled := bracketed_title_org(m, index, text, morph)) is not None:
            org, kind_post = titled
            rule = BRACKETED_TITLE_RULE
        if org is None:
            # "taustoittaa vt. hyvinvointialuejohtaja X": a title that names its kind of organisation, and the page
            # names one organisation of that kind
            kind_post = _title_before(m, text, morph)
            # in a list of people the title between two names closes the row above ("Valtanen Eila kaupunginjohtaja
            # Härkönen Kerttu"): it is the previous person's, not this one's ("Poissa kunnanjohtaja Sirpa X" is hers)
            kinds = title_kinds(kind_post) if not (m.rule == "person-listed" and kind_post and before_end >= 0 and
                                                   text[before_end:m.start].split() == kind_post.split()) else None
            # a joint authority may be a regional council or a hospital district: "maakuntajohtaja" tells not which
            kinds = kinds if kinds and "JointAuthority" not in kinds else None
            of_kind = {i for i, t in entity_types.items() if kinds and t in kinds}
            # of several, the most named: in running text only (a list of minutes prints the previous row's title
            # before the next name, "Ylitalo Eero kunnanjohtaja Taavitsainen Janne")
            org = of_kind.pop() if len(of_kind) == 1 else (
                _most_named(of_kind, mentions) if m.rule != "person-listed" else None)
            rule = "holdsPost:title-kind"
        if org is None and m.rule != "person-listed" and _prose_title(m, text) \
                and (town := _town_official(kind_post, entity_types)) is not None:
            org, rule = town, TOWN_OFFICIAL_RULE
        if org is None:
            rule = "holdsPost:own-address"
            domains = [d for d in email_domains(" ".join(contacts.get(m.iri, []))) if not academic_domain(d)]
            found = {o for d in domains if (o := org_of_domain(d)) and o in named
                     and entity_types.get(o) not in _NO_EMPLOYER}
            if not found:  # an address the reference data does not know: the page's organisation that spells it
                found = {o for d in domains if (o := spelled_organisation(d, page_orgs))}
            org = found.pop() if len(found) == 1 else None
        if org is None:
            continue
        post = kind_post if rule in {"holdsPost:title-kind", TOWN_OFFICIAL_RULE, BRACKETED_TITLE_RULE} \
            else _comma_title(m, text, morph)
        out.append(Fact(m.iri, "holdsPost", org, Evidence(text[m.start:m.end], m.start, m.end), rule,
                        TOWN_OFFICIAL_CONFIDENCE if rule == TOWN_OFFICIAL_RULE else 0.6, post=post))
        posted.add(m.iri)
    return facts + out


TOWN_OFFICIAL_RULE = "holdsPost:town-official"
TOWN_OFFICIAL_CONFIDENCE = 0.5
# offices of a town's administration ("Sosiaalijohtaja X totesi", "socialchef X"): unlike "kunnanjohtaja" they are
# held in joint authorities and wellbeing counties too, so they tell the kind of employer only on a page that
# names a town and none of those
_TOWN_OFFICES = ("sosiaalijohtaja", "perusturvajohtaja", "sivistysjohtaja", "kunnansihteeri", "kaupunginsihteeri",
                 "hallintojohtaja", "talousjohtaja", "elinvoimajohtaja", "hyvinvointijohtaja", "vanhuspalvelujohtaja",
                 "terveysjohtaja", "socialchef", "socialdirektör", "kommunsekreterare", "stadssekreterare",
                 "bildningsdirektör", "bildningschef", "ekonomichef", "omsorgschef", "förvaltningschef")
_OTHER_PUBLIC_EMPLOYERS = {"JointAuthority", "WellbeingCounty"}


# what stands before a title in prose: a sentence's or line's start, or a lower-case word ("totesi sosiaalijohtaja")
_PROSE_BEFORE_TITLE = re.compile(r"(?:^|[.!?:;\n]|(?<![\w-])[a-zåäö][\w-]*)[ \t]*[A-Za-zÅÄÖåäö-]{4,}[ \t]+$")


def _prose_title(person: Mention, text: str) -> bool:
    """The title before the name opens a sentence or follows a lower-case word: not a table's or a signature's
    previous row ("Juntunen Juhana hallintojohtaja Tapaninen Matti", "Inger X, förvaltningschef Bengt-Johan Y"),
    whose title is the name before's."""
    a = max(0, person.start - 60)
    return _PROSE_BEFORE_TITLE.search(text[a:person.start]) is not None


def _town_official(post: str | None, entity_types: dict[str, str]) -> str | None:
    """The one town of a page for a town administration's office written before a name, where the page names
    no joint authority or wellbeing county (which have such offices too) and exactly one town."""
    if not post or not post.lower().endswith(_TOWN_OFFICES):
        return None
    towns = [i for i, t in entity_types.items() if t == "Municipality"]
    if len(towns) != 1 or any(t in _OTHER_PUBLIC_EMPLOYERS for t in entity_types.values()):
        return None
    return towns[0]


def _most_named(candidates: set[str], mentions: list[Mention]) -> str | None:
    """Of several organisations of the title's kind, the one the text names most often, when one leads (the
    page's own wellbeing county over the neighbours it mentions once); a tie says nothing."""
    if not candidates:
        return None
    counts = Counter(x.iri for x in mentions if x.iri in candidates)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


_WORD_BEFORE = re.compile(r"([A-Za-zÅÄÖåäö-]{4,})[ \t]+$")


_WORD_AFTER = re.compile(r"[ \t]+([a-zåäö-]{4,})\b")


def _title_before(person: Mention, text: str, morph: Morphology) -> str | None:
    """The office title written right before the name ("hyvinvointialuejohtaja X"), or right after it in the
    translative or essive ("valitsi X:n hyvinvointialuejohtajaksi"), in its base form."""
    hit = _WORD_BEFORE.search(text, max(0, person.start - 40), person.start)
    # "... kommundirektör kanslichef Wärn, Mathias": a list that writes the surname first puts each title after its
    # name, so the word before is the previous row's title
    if hit is not None and "," not in person.surface and (title := office_title(hit.group(1), morph)):
        return title
    after = _WORD_AFTER.match(text, person.end)
    if after is not None and any(r.case in _ROLE_CASES for r in morph.analyse(after.group(1))):
        return office_title(after.group(1), morph)
    return None


def _bracketed_org(person: Mention, index: SpanIndex[Mention], text: str) -> str | None:
    opened = _BRACKET_OPEN.match(text, person.end)
    if opened is None:
        return None
    first = index.longest_at(opened.end())
    if first is None or first.start != opened.end() or not _employer(first):
        return None
    return first.iri if _BRACKET_CLOSE.match(text, first.end) else None


def _employer(org: Mention) -> bool:
    if org.type not in ORG_TYPES or org.type in _NO_EMPLOYER:
        return False
    return org.type != "Municipality" or can_employ(org)  # "Aino X (Kuopio)": a home town; "(Kuopion kaupunki)"


BRACKETED_TITLE_RULE = "holdsPost:bracketed-title-org"
# "Matti X (projektipäällikkö, Kuntaliitto)", "(johtaja Kela)": a title, then the organisation, in the brackets
_TITLE_IN_BRACKET = re.compile(r"[ \t]*\((?P<title>[a-zåäö][\w.-]*(?:[ \t]+[a-zåäö][\w.-]*){0,3})[ \t]*,?[ \t]+")
# "Matti X (Kuntaliitto, projektipäällikkö)": the organisation, then the title
_TITLE_AFTER_ORG = re.compile(r"[ \t]*,[ \t]*(?P<title>[a-zåäö][\w.-]*(?:[ \t]+[a-zåäö][\w.-]*){0,3})[ \t]*\)")


def bracketed_title_org(person: Mention, index: SpanIndex[Mention], text: str,
                        morph: Morphology) -> tuple[str, str] | None:
    """(organisation, title) of a bracket after the name that holds both, in either order: the bracket of a
    contact or a member row is the person's own, so the title is held in the organisation written beside it."""
    lead = _TITLE_IN_BRACKET.match(text, person.end)
    if lead is not None:
        org = index.longest_at(lead.end())
        title = _bracket_title(lead.group("title"), morph)
        if org is not None and org.start == lead.end() and _employer(org) and title \
                and _BRACKET_CLOSE.match(text, org.end):
            return org.iri, title  # type: ignore[return-value]
    opened = _BRACKET_OPEN.match(text, person.end)
    org = index.longest_at(opened.end()) if opened is not None else None
    if org is None or org.start != opened.end() or not _employer(org):  # type: ignore[union-attr]
        return None
    tail = _TITLE_AFTER_ORG.match(text, org.end)
    title = _bracket_title(tail.group("title"), morph) if tail is not None else None
    if title is None:
        return None
    return org.iri, title  # type: ignore[return-value]


def _bracket_title(written: str, morph: Morphology) -> str | None:
    """The title a bracket gives: an office ("projektipäällikkö"), or a chair's seat abbreviated without its stop
    ("Name (X ry, pj)", "(vpj, X ry)"): beside an organisation in the person's own bracket, "pj" can only be the
    chair's, written out as the title."""
    if office_title(written.split()[-1], morph):
        return written
    role = MEETING_ROLES.get(written.strip().rstrip(".").lower())
    return role if role in {"puheenjohtaja", "varapuheenjohtaja"} else None


def _comma_title(person: Mention, text: str, morph: Morphology) -> str | None:
    """A title written next to the name in a contact line: "pääsihteeri, Vertti X" or "Vertti X, pääsihteeri"."""
    before = _TITLE_COMMA_BEFORE.search(text, max(0, person.start - 40), person.start)
    after = _TITLE_COMMA_AFTER.match(text, person.end)
    for hit in (before, after):
        if hit is not None and (title := office_title(hit.group(1), morph)) and not is_meeting_role(title):
            return title
    return None


def bracket_overruled(facts: list[Fact], mentions: list[Mention], text: str) -> list[Fact]:
    """"lehtori A (TAMK) ja yliopettaja B (Metropolia)": the organisation alone in brackets right after a name is
    that person's employer; a prose post that found another organisation in the sentence (the first bracket's, for
    B) takes the bracketed one instead, its title kept."""
    index = SpanIndex([x for x in mentions if x.iri])
    bracketed: dict[str, str] = {}
    for m in sorted((x for x in mentions if x.type == "Person" and x.iri), key=lambda x: x.start):
        if m.iri not in bracketed and (org := _bracketed_org(m, index, text)) is not None:
            bracketed[m.iri] = org  # type: ignore[index]
    if not bracketed:
        return facts
    out: list[Fact] = []
    for f in facts:
        org = bracketed.get(f.subject)
        if f.predicate == "holdsPost" and f.rule in _PROSE and org is not None and f.object != org:
            f = replace(f, object=org, rule=BRACKET_OVERRULED_RULE)
        out.append(f)
    return out


BRACKET_OVERRULED_RULE = "holdsPost:bracketed-org-overrules"


def reviewed_posts(facts: list[Fact], mentions: list[Mention], out: Extraction, text: str, morph: Morphology,
                   gaz: Gazetteer) -> list[Fact]:
    """The document's facts with the prose posts checked and the posts only brackets or addresses give added:
    the one call extract/document.py makes here, once the sentence and list rules have run."""
    types = {iri: e.type for iri, e in out.entities.items()}
    named = set(types)  # the organisations the page names; an address's may be only in the reference data
    for f in facts:
        if f.predicate == "holdsPost" and f.object not in types and (known := gaz.entities.get(f.object)):
            types[f.object] = known.type
    checked = review_posts(facts, mentions, out.contacts, types, out.publisher, out.municipality, text, morph)
    checked = bracket_overruled(checked, mentions, text)
    added = added_posts(checked, mentions, out.contacts, {i: types[i] for i in named}, gaz.by_domain, text, morph)
    return coordinated_posts(essive_posts(added, mentions, text, morph), mentions, text, morph)


# a title in the essive or translative ("sosiaalijohtajana", "puheenjohtajaksi") right after an organisation's
# genitive, at most this many lowercase words between ("Kuopion kaupungin vanhuspalvelujen johtajana")
_OWNER_GAP_WORDS = 5
_ROLE_CASES = {"olento", "tulento"}
_WORD = re.compile(r"[A-Za-zÅÄÖåäöÉé-]+")
# an acting official's abbreviation before the title ("vt. johtajana", "vs. sosiaalijohtajana", "ma. rehtorina")
_ACTING_MARKS = {"vt", "vs", "va", "ma", "tf"}


def essive_posts(facts: list[Fact], mentions: list[Mention], text: str, morph: Morphology) -> list[Fact]:
    """"Liisa X toimii Kuopion kaupungin sosiaalijohtajana", "Sonkeri työskentelee Helsingin ja Uudenmaan
    sairaanhoitopiirin henkilöstöjohtajana", "Y valittiin hallituksen puheenjohtajaksi": an organisation's
    genitive, then a title in the essive or translative, is the post of the person the sentence is about --
    the name written in it, or a surname of someone the text named in full before."""
    owners = [m for m in mentions if m.iri and m.case == "omanto" and m.type in ORG_TYPES - _UNDERTAKINGS]
    if not owners:
        return facts
    have = {(f.subject, f.object) for f in facts if f.predicate == "holdsPost"}
    people = sorted((m for m in mentions if m.type == "Person" and m.iri), key=lambda m: m.start)
    surnames: dict[str, set[str]] = {}
    for p in people:
        surnames.setdefault(p.label.split()[-1], set()).add(p.iri)  # type: ignore[arg-type]
    people_at = SpanIndex(people)  # a sentence's people by position, not a scan of all for each organisation
    out: list[Fact] = []
    for o in sorted(owners, key=lambda m: m.start):
        title = _role_after(o, text, morph)
        if title is None or ((o.type == "Body") != is_meeting_role(title[0])
                             and not (association_chair(title[0], o.type) and _chair_next(o, text))):
            continue  # an office is held in an organisation, a seat in a body (an association's chair in it)
        start, end = _sentence_around(text, o.start)
        person = _subject(o, start, end, title[1], people_at, surnames, text)
        if person is None or (person, o.iri) in have:
            continue
        have.add((person, o.iri))
        out.append(Fact(person, "holdsPost", o.iri, Evidence(text[start:end], start, end), "holdsPost:essive-title",
                        0.7, post=title[0]))
    return facts + out


# the post told by its noun after the title's genitive, held in it ("kunnanjohtajan tehtävissä", "rehtorin virassa");
# not the illative ("virkaan", "tehtävään"): an applicant goes to a post as well as an appointee
_POST_NOUN = re.compile(r"[ \t]+(?:tehtävissä|tehtävässä|virassa|toimessa)\b")
# ... only with a verb of holding right before the owner: "Kemin sivistysjohtajan tehtävissä tapahtuu muutoksia,
# kertoo X" is about the post, and X only tells of it
# ("kertoo jatkavansa vielä Joroisten kunnanjohtajan tehtävissä": a reported verb, an adverb of time between)
_HOLDING_VERB = re.compile(r"(?i)\b(?:jatka(?:a|vat|nut|neet|vansa)|jatkoi(?:vat)?|toimi(?:i|vat|nut|neet|vansa)?|"
                           r"työskentel(?:ee|evät|i|ivät|evänsä)|työskennel(?:lyt|leet)|aloitta(?:a|vat|nut|neet|"
                           r"vansa)|aloitti(?:vat)?)(?:[ \t]+(?:vielä|edelleen|yhä|nyt|myös))?[ \t]+\Z")


def _genitive_title(word: str, readings: tuple[Analysis, ...], morph: Morphology) -> str | None:
    """The title of a singular genitive ("kunnanjohtajan" -> "kunnanjohtaja") that names an office."""
    if not any(r.case == "omanto" and r.number != "plural" for r in readings):
        return None
    return office_title(word, morph)


def _chair_next(owner: Mention, text: str) -> bool:
    """The chair's title is the word right after the association's genitive: "Y ry:n puheenjohtajaksi", not
    "Y ry:n hallituksen puheenjohtajaksi" (the board's seat)."""
    word = _WORD.match(text, owner.end + 1) if text[owner.end:owner.end + 1] == " " else None
    return word is not None and word.group(0).lower().startswith(("puheenjohtaj", "varapuheenjohtaj"))


def _role_after(owner: Mention, text: str, morph: Morphology) -> tuple[str, bool] | None:
    """(title, translative) of an essive or translative title within a few lowercase words after the owner."""
    at = owner.end
    for _ in range(_OWNER_GAP_WORDS + 1):
        word = _WORD.match(text, at + 1) if text[at:at + 1] == " " else None
        if word is None or not word.group(0)[:1].islower():
            return None
        w = word.group(0)
        readings = morph.analyse(w)
        if any(r.case in _ROLE_CASES for r in readings):
            base = office_title(w, morph)
            if base is None:
                base = next((r.base.lower() for r in readings if r.case in _ROLE_CASES
                             and r.base.lower() in {"puheenjohtaja", "varapuheenjohtaja", "jäsen", "varajäsen"}), None)
            if base is not None:
                return base, all(r.case == "tulento" for r in readings if r.case in _ROLE_CASES)
        if _POST_NOUN.match(text, word.end()) and _HOLDING_VERB.search(text, max(0, owner.start - 30), owner.start) \
                and (base := _genitive_title(w, readings, morph)):
            return base, False  # "jatkaa Sodankylän kunnanjohtajan tehtävissä": the post's own noun in the essive
        at = word.end()
        if w.lower() in _ACTING_MARKS and text[at:at + 1] == ".":
            at += 1  # "Kanta-Hämeen hyvinvointialueen vt. johtajana": the acting mark's full stop ends no clause
    return None


SENTENCE_REACH = 400  # characters read either way for the sentence around an organisation


def _sentence_around(text: str, at: int) -> tuple[int, int]:
    """The sentence (or line) around `at`, within reach: a transcript without full stops is not read whole."""
    lo, hi = max(0, at - SENTENCE_REACH), min(len(text), at + SENTENCE_REACH)
    dot, line = text.rfind(". ", lo, at), text.rfind("\n", lo, at)
    start = max(dot + 2 if dot >= 0 else lo, line + 1 if line >= 0 else lo)
    stops = [i for i in (text.find(". ", at, hi), text.find("\n", at, hi)) if i >= 0]
    return start, min(stops) if stops else hi


def _subject(owner: Mention, start: int, end: int, translative: bool, people: SpanIndex[Mention],
             surnames: dict[str, set[str]], text: str) -> str | None:
    """The person the sentence says holds the title: its one name; of several, the nearest before an essive
    ("X toimii Y:n johtajana") and the first after a translative ("Y:n puheenjohtajaksi valittiin X"); with no
    name, a surname of a person named before (one person of that surname), after the title or before it."""
    inside = [p for p in people.inside(start, end)]
    if len(inside) == 1:
        return inside[0].iri
    before = [p for p in inside if p.end <= owner.start]
    after = [p for p in inside if owner.end <= p.start]
    if inside:
        # "X:n hallituksen jäseninä jatkavat A ja B": an essive with nobody before it is the first name after's,
        # when that one is written in the base form a subject takes (extract/post_review.py shares it along the list)
        chosen = (after[:1] if translative else before[-1:] or [p for p in after[:1] if p.surface == p.label]) or []
        return chosen[0].iri if chosen else None
    # "Isojoen kunnanjohtajana toiminut Leinonen totesi": the surname after the title, else one before it
    for words in (_WORD.findall(text[owner.end:end]), _WORD.findall(text[start:owner.start])):
        for word in words:
            known = surnames.get(word)
            if word[:1].isupper() and known and len(known) == 1:
                return next(iter(known))
    # "Hallintojohtajan tehtävässä aloittaa Lauri X. Hän jatkaa työtään HUSin hallintojohtajana": the pronoun
    # opening the sentence is the one person the sentence before names
    if _PRONOUN.match(text, start) and start >= 2:
        prev_start, _ = _sentence_around(text, start - 2)
        before = people.inside(prev_start, start)
        if len({p.iri for p in before}) == 1:
            return before[0].iri
    return None


_PRONOUN = re.compile(r"(?:Hän|Han|Hon)\b")


_AND = re.compile(r"[ \t]+(?:ja|sekä|och)[ \t]+$")
# the join between two names of one list: a comma (the list goes on) or a conjunction (its last name follows)
_LIST_JOIN = re.compile(r"[ \t]*,[ \t]*|[ \t]+(?:ja|sekä|och)[ \t]+")
# the title right before the first name, or before the verb of an essive ("projektityöntekijöinä toimivat A ja B")
_PLURAL_BEFORE = re.compile(r"([A-Za-zÅÄÖåäö-]{4,})[ \t]+(?:(?:toimivat|työskentelevät|jatkavat|aloittavat|"
                            r"aloittivat)[ \t]+)?$")
# Swedish titles: "-are" is singular and indefinite plural alike ("projektledare A och B"), "-arna"/"-erna" the
# definite plural ("projektledarna", "koordinatorerna"); Voikko reads no Swedish, so the ending tells
_SWEDISH_PLURAL = re.compile(r"(?i)(?:are|arna|erna)$")


def _shared_title_bases(word: str, morph: Morphology) -> set[str]:
    """The singular base forms of a title written once in the plural before a list of names: the Finnish
    plural nominative ("ohjaajat"), essive ("projektityöntekijöinä toimivat A ja B") or genitive ("ohjaajien A:n
    ja B:n kanssa": the names then in the genitive too, `_same_form`), a Swedish plural;
    empty for a singular Finnish title ("toiminnanjohtaja A ja B": the second name is someone else)."""
    readings = morph.analyse(word)
    if any(r.number == "plural" and r.case in {"nimento", "olento", "omanto"} for r in readings):
        return {r.base.lower() for r in readings if r.number == "plural"} | {office_title(word, morph) or ""}
    if _SWEDISH_PLURAL.search(word) and all(r.number is None for r in readings):  # no Finnish word (a guess)
        low = word.lower()
        return {low, office_title(word, morph) or low}  # "projektledarna" -> "projektledare" (extract/posts.py)
    return set()


def _same_form(a: Mention, b: Mention) -> bool:
    """Both names written in one form (both base, or both inflected): "ohjaajat A ja B" lists two holders,
    "ohjaajat A ja B:n kanssa" one holder and a person merely mentioned with them."""
    return (a.surface == a.label) == (b.surface == b.label)


def coordinated_posts(facts: list[Fact], mentions: list[Mention], text: str, morph: Morphology) -> list[Fact]:
    """"varapuheenjohtajat Lotta X ja Riikka Y", "ohjaajat A, B ja C", "X:n projektityöntekijöinä toimivat A ja
    B", "rf:s projektledare A och B": a title in the plural before a list of names is the post of each; the later
    names hold what the first was given. The list runs over commas and ends at its conjunction; a name with a post
    of its own ("ja sihteeri C") ends it too."""
    people = sorted((m for m in mentions if m.type == "Person" and m.iri), key=lambda m: m.start)
    by_subject: dict[str, list[Fact]] = {}
    for f in facts:  # a seat in a group whose members the sentence lists is no post the title gives
        if f.predicate == "holdsPost" and f.rule != COMPOSITION_RULE:
            by_subject.setdefault(f.subject, []).append(f)
    out: list[Fact] = []
    for i, first in enumerate(people):
        if first.iri not in by_subject:
            continue
        title = _PLURAL_BEFORE.search(text, max(0, first.start - 40), first.start)
        if title is None or not (base := _shared_title_bases(title.group(1), morph)):
            continue
        shared = [f for f in by_subject[first.iri] if f.post and f.post.lower() in base]  # type: ignore[index]
        prev = first
        for second in people[i + 1:]:
            join = _LIST_JOIN.fullmatch(text, prev.end, second.start)
            if join is None or second.iri in by_subject or second.iri == first.iri or not _same_form(first, second):
                break
            for f in shared:
                ev = Evidence(text[first.start:second.end], first.start, second.end)
                out.append(replace(f, subject=second.iri, evidence=ev, rule="holdsPost:coordinated-names"))
            if "," not in join.group(0):
                break  # "A, B ja C": the conjunction joins the list's last name
            prev = second
    return facts + out + _subject_list_posts(people, by_subject, text, morph)


# a verb whose subject is the whole list before it: Finnish in the plural ("A ja B toimivat X:n ohjaajina"; the
# singular "toimii" has one subject, the last name), Swedish ones have no number ("A och B är projektledare vid X")
_PLURAL_VERB_AFTER = re.compile(r"[ \t]+(?:toimivat|työskentelevät|ovat|är|arbetar[ \t]+som|verkar[ \t]+som)\b")
_TITLE_WINDOW = 80  # characters after the verb in which the shared title is written


def _subject_list_posts(people: list[Mention], by_subject: dict[str, list[Fact]], text: str,
                        morph: Morphology) -> list[Fact]:
    """"A, B ja C työskentelevät X:n ohjaajina", "A och B arbetar som projektledare vid X": the list is the
    subject of a verb whose title the last name was given; every listed name holds it. Only a post whose title
    stands right after the verb is shared (the last name's posts from elsewhere are its own); the list is joined
    by its conjunction to the last name and by commas before, every name in the last one's form and with no post
    of its own."""
    out: list[Fact] = []
    for i, last in enumerate(people):
        verb = _PLURAL_VERB_AFTER.match(text, last.end) if last.iri in by_subject else None
        if verb is None:
            continue
        window = text[verb.end():verb.end() + _TITLE_WINDOW]
        titles = {t for w in _WORD.findall(window) if (t := office_title(w, morph))}
        shared = [f for f in by_subject[last.iri] if f.post and f.post.lower() in titles]  # type: ignore[index]
        nxt = last
        for k, earlier in enumerate(reversed(people[:i])):
            join = _LIST_JOIN.fullmatch(text, earlier.end, nxt.start)
            if join is None or ("," in join.group(0)) == (k == 0) or earlier.iri in by_subject \
                    or earlier.iri == last.iri or not _same_form(earlier, last):
                break  # the conjunction joins the last name only, commas the ones before
            for f in shared:
                ev = Evidence(text[earlier.start:verb.end() + len(window)], earlier.start, verb.end() + len(window))
                out.append(replace(f, subject=earlier.iri, evidence=ev, rule="holdsPost:coordinated-names"))
            nxt = earlier
    return out
