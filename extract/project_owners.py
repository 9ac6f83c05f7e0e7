"""The organisation a project belongs to, read from where the text puts it: coordinates.

Project pages and reports name their owner by layout and by the genitive, not by a verb of running:
- the genitive owner right before the project's name: "Huittisten Suontaustan Kyläyhdistys ry:n Voimaa vanhasta
  -hankkeessa", "Kehittämiskeskus Oy Hämeen X-hanke". The relations rules read this for ministries, agencies and
  towns named with their kind (coordinates:owner-genitive, coordinates:town-owner-genitive); an association's, a
  foundation's, a company's or a parish's genitive before its project is the same owner. A genitive joined to
  another ("A:n ja B:n X-hanke") names joint owners, not one runner, and gives nothing here.
- the owner's genitive before an attribute phrase of the project ("Mansikka ry:n 10.1.2022 saakka avoinna
  olevasta Kehittyvät yhdistykset -teemahankkeesta", "X ry:n vuonna 2019 käynnistynyt Y-hanke"): the genitive
  determines the head after the phrase when the phrase ends in an adjective, an active participle or an agent
  participle of carrying out ("X ry:n toteuttama") in the project's own case ("X:n rahoittama" is a funder's,
  "X:n hallinnoima" is read by the relation rules);
- the applicant's genitive before its application for the project ("X ry:n avustushakemus Y-hankkeelle", "X:n
  anomus "Y-hankkeen" tukemiseksi", minutes items' titles): the applicant runs it (coordinates:applicant-genitive);
- the owner's genitive as the first words of the project's own name ("Kerkonkosken Ketterän kylähanke" where the
  text names "Kerkonkosken Ketterä ry"): a recogniser reads the whole as one project's name, so the owner is
  found by comparing the name's opening with the organisations the document names (coordinates:name-owner).
- the heading line the page opens with: "Suontaustan Kyläyhdistys ry: Voimaa vanhasta ...", "Härliga hus – Stundars"
  (one short line naming the document's main project and exactly one organisation that could run it): the page
  belongs to that organisation, which runs the project when no rule named another coordinator.

Funders do not become owners: an organisation some fact already relates to the project (funds it, takes part) is
left as it is, and ministries, agencies and programmes (who fund and publish) are no heading owners. Each reading has
its own rule name and a confidence below the verb rules: coordinates:org-owner-genitive 0.5 (stated of the project by
name in one phrase), coordinates:heading-owner 0.35 (read from the page's layout).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from welfare_kg.extract.document_roles import main_project
from welfare_kg.extract.model import Evidence, Fact, Mention, related_pairs
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.text import Sentence, shared_prefix

GENITIVE_RULE = "coordinates:org-owner-genitive"
GENITIVE_CONFIDENCE = 0.5
HEADING_RULE = "coordinates:heading-owner"
HEADING_CONFIDENCE = 0.35
# who owns a project by its genitive: not towns (the relations rule wants the kind word: "Lapin X-hanke" is a place)
# nor ministries and agencies (their own rule decides between funding and running)
OWNER_TYPES = {"Association", "Company", "Parish", "CompetenceCentre", "JointAuthority", "WellbeingCounty"}
HEADING_TYPES = OWNER_TYPES | {"Municipality"}
MAX_HEADING = 160  # a heading line, not a paragraph
HEAD_LINES = 2  # the page's first non-empty lines
# a grant-making fund by its name ("Suomen Kulttuurirahasto", "Svenska kulturfonden", "Arvsfonden"): its genitive
# before a project says whose money, not who runs it
_GRANT_FUND = re.compile(r"(?i)rahasto\b|rahaston\b|fond(?:en)?\b")
# "A:n ja " before the owner: joint owners; a genitive must end the word before the joiner ("Kuntaliiton ja Hyvil
# Oy:n yhdyspintaprojekti"), while a list of grants puts a comma after a noun of its own ("Unionin 150 000 avustus,
# Suomen lasten ja nuorten säätiön Myrsky-hankkeen 150 000 avustus"): each item there names one owner
_JOINED = re.compile(r"(?i)\w(?:n|:n|:in)\s*(?:\b(?:ja|sekä|och|samt)|,)\s*$")
# between the owner's genitive and its project's quoted title: a blank and the opening quote
_OPEN_QUOTE = re.compile(r"[ \t]+[\"'”“’‘«»]")
# a line of running prose: a finite verb common in leads ("on myöntänyt", "toteuttaa") marks a sentence, not a heading
_PROSE = re.compile(r"(?i)\b(?:on|ovat|oli|olivat|är|har|myönsi|myöntänyt|rahoittaa|rahoittama|finansier\w*|"
                    r"beviljat|tukee|tukema|stöder)\b")


def project_owner_facts(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]],
                        facts: Sequence[Fact], text: str, kind: str | None = None,
                        morph: Morphology | None = None) -> list[Fact]:
    """coordinates from a project's genitive owner, then from the page's heading, opening, footer or e-mail owner
    (minutes are a body's record, whose e-mail domain is the town's, not a project page: no e-mail owner there)."""
    coordinated = {f.object for f in facts if f.predicate == "coordinates"}
    related = related_pairs(facts)
    out: list[Fact] = []
    for s, ms in zip(sents, per_sentence, strict=False):
        named = sorted((m for m in ms if m.iri and not m.generic), key=lambda m: (m.start, -m.end))
        for i, org in enumerate(named):
            if org.type not in OWNER_TYPES or org.case != "omanto" or _GRANT_FUND.search(org.label):
                continue
            nxt = next((u for u in named[i + 1:] if u.start >= org.end), None)
            if nxt is None or nxt.type != "Project" or nxt.iri in coordinated or (org.iri, nxt.iri) in related:
                continue
            gap = text[org.end:nxt.start]
            before = _JOINED.search(text[max(0, org.start - 12):org.start])
            applies = _APPLICATION.match(gap) is not None and not _CLAUSE_END.search(gap)
            quoted = _OPEN_QUOTE.fullmatch(gap) is not None  # "X ry:n 'Y' -projekti": the title in quotes
            if (len(gap) > 2 or gap.strip()) and not quoted and not applies and not _premodifier(gap, nxt, morph):
                continue
            if before is not None and not any(
                    u.type in {"Project", "Programme"} and 0 <= org.start - u.end <= 12 for u in named[:i]):
                # "A ry:n X-hankkeen ja B ry:n Y-hankkeen": an undertaking before the joiner ends a list's item
                continue
            coordinated.add(nxt.iri)
            related.update({(org.iri, nxt.iri), (nxt.iri, org.iri)})
            out.append(Fact(org.iri, "coordinates", nxt.iri, Evidence(s.text, s.start, s.end),
                            APPLICANT_RULE if applies else GENITIVE_RULE, GENITIVE_CONFIDENCE))
    out += _name_owners(per_sentence, coordinated, related)
    out += _heading_owner(sents, per_sentence, coordinated, related, text)
    if not out:
        out += _opening_owner(per_sentence, coordinated, related, text)
    if not out:
        out += _footer_owner(per_sentence, coordinated, related, text)
    if not out and kind != "minutes":
        out += _email_owner(per_sentence, coordinated, related, text)
    return out


def _heading_owner(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]], coordinated: set[str],
                   related: set[tuple[str, str]], text: str) -> list[Fact]:
    """The one organisation on the page's heading line that also names the page's main project."""
    project = main_project(per_sentence)
    if project is None or project in coordinated:
        return []
    lines: list[tuple[int, int]] = []
    at = 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((at, at + len(line)))
        if len(lines) >= HEAD_LINES:
            break
        at += len(line) + 1
    mentions = [m for ms in per_sentence[:8] for m in ms if m.iri and not m.generic]
    for a, b in lines:
        line = text[a:b]
        # a heading has no full stop at its end; a line that does is the lead's first sentence
        if len(line.strip()) > MAX_HEADING or _PROSE.search(line) or line.rstrip().endswith("."):
            continue
        on_line = [m for m in mentions if a <= m.start and m.end <= b]
        if not any(m.iri == project for m in on_line) \
                or any(m.type == "Project" and m.iri != project and not _inside(m, on_line) for m in on_line):
            continue  # another project on the line may be the organisation's
        others = {m.iri for m in on_line if m.type not in {"Project"} and not _inside(m, on_line)}
        owners = {m.iri for m in on_line if m.type in HEADING_TYPES and m.iri in others
                  and m.case in {"nimento", None}}
        if len(others) != 1 or len(owners) != 1:
            continue
        (owner,) = owners
        if owner is None or (owner, project) in related:
            return []
        return [Fact(owner, "coordinates", project, Evidence(line, a, b), HEADING_RULE, HEADING_CONFIDENCE)]
    return []


def _inside(m: Mention, ms: list[Mention]) -> bool:
    """A name inside another on the line ("Tampereen kaupungin" in a project's name) is part of that name."""
    return any(x is not m and x.start <= m.start and m.end <= x.end and (x.end - x.start) > (m.end - m.start)
               for x in ms)


OPENING_RULE = "coordinates:opening-owner"
OPENING_CONFIDENCE = 0.3
MAX_OPENING = 800  # the site's name, menu and heading lines before the page's text
# the page speaks of the work as its own: "hankkeemme", "me", "kartlägger vi", "vårt projekt"
_FIRST_PERSON = re.compile(r"(?i)(?<![\w-])(?:me|meidän|meille|meillä|meitä|vi|vår|vårt|våra|oss|"
                           r"(?:hanke|hankkee|projekti|projekt)\w*mme)(?![\w-])")


# a quotation in a news story ("”Me haluamme ...”, kertoo X") is the speaker's first person, not the page's
_QUOTES = re.compile(r"[”“\"«»][^”“\"«»\n]{0,600}[”“\"«»]")


def _opening_owner(per_sentence: Sequence[Sequence[Mention]], coordinated: set[str],
                   related: set[tuple[str, str]], text: str) -> list[Fact]:
    """The one organisation named above the page's first naming of its main project (the site's name, a letterhead,
    a report's cover), on a page that speaks of the work in the first person plural: the page is that
    organisation's, and so is the project ("I projektet X kartlägger vi ..."). Without the first person the page
    may be a newspaper's or a platform's report on someone else's project."""
    project = main_project(per_sentence)
    if project is None or project in coordinated:
        return []
    mentions = [m for ms in per_sentence for m in ms if m.iri and not m.generic and m.start < MAX_OPENING]
    first = min((m.start for m in mentions if m.iri == project), default=None)
    if first is None:
        return []
    above = [m for m in mentions if m.end <= first and m.type != "Project"]
    owners = {m.iri for m in above if m.type in HEADING_TYPES or (m.type == "Region" and m.label.startswith("Region "))}
    if len(owners) != 1 or len({m.iri for m in above}) != 1 or not _FIRST_PERSON.search(_QUOTES.sub(" ", text)):
        return []
    (owner,) = owners
    if owner is None or (owner, project) in related:
        return []
    m = next(m for m in above if m.iri == owner)
    line_end = text.find("\n", m.end)
    line_end = len(text) if line_end < 0 else line_end
    return [Fact(owner, "coordinates", project, Evidence(text[m.start:line_end], m.start, line_end), OPENING_RULE,
                 OPENING_CONFIDENCE)]


FOOTER_RULE = "coordinates:footer-owner"
FOOTER_CONFIDENCE = 0.3
FOOTER_CHARS = 600  # the contact block or footer at the page's end
MAX_FOOTER_LINE = 30  # what may follow the name on its line: a legal form, a unit ("ry", "Kehittämisyksikkö")
STAFF_REACH = 160  # a contact card's title and name lines above the organisation
# the project's own staff in a contact block: their employer is the project's runner
_STAFF = re.compile(r"(?i)(?:projekti|hanke|projekt)(?:päällikkö|koordinaattori|vastaava|työntekijä|sihteeri|"
                    r"johtaja|vetäjä|ledare|koordinator|chef|medarbetare)")
# the project as the page's own: "hankkeemme", "projektimme", "vårt projekt", "vi driver"
_OWN_PROJECT = re.compile(r"(?i)(?<![\w-])(?:(?:hanke|hankkee|projekti)\w*mme|vår[at]?\s+projekt\w*|"
                          r"vi\s+(?:genomför|driver|har\s+startat|leder))(?![\w-])")
_POSTCODE = re.compile(r"\d{5}[ \t]*$")


def _footer_owner(per_sentence: Sequence[Sequence[Mention]], coordinated: set[str],
                  related: set[tuple[str, str]], text: str) -> list[Fact]:
    """The one organisation of the page's contact block or footer, on a line of its own ("Suontaustan Kyläyhdistys
    ry" over an address), when the page calls the project its own ("hankkeemme") or the block names the project's
    staff ("projektipäällikkö"): the page and its project are that organisation's. A newspaper's or a platform's
    footer names its publisher over no such words, and a funder's name in the block is no owner (ministries and
    agencies are no candidates; an association that funds is related to the project by its funds fact)."""
    project = main_project(per_sentence)
    if project is None or project in coordinated:
        return []
    tail = max(0, len(text) - FOOTER_CHARS)
    block = [m for ms in per_sentence[::-1][:12] for m in ms if m.iri and not m.generic and m.start >= tail]
    owners = [m for m in block if m.type in HEADING_TYPES and not _POSTCODE.search(text[max(0, m.start - 8):m.start])]
    if len({m.iri for m in owners}) != 1:
        return []
    m = owners[0]
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end)
    line_end = len(text) if line_end < 0 else line_end
    rest = text[m.end:line_end].strip()
    # the name alone on its line, or with a legal form or a unit; "Jämijärven kunta   KOKOUSPÖYTÄKIRJA 17/2006"
    # is a letterhead of minutes, not a contact card
    if text[line_start:m.start].strip() or len(rest) > MAX_FOOTER_LINE or re.search(r"\d", rest) \
            or m.iri is None or (m.iri, project) in related:
        return []
    # the staff title on the lines right above the name: "Projektipäällikkö X\nOrg"
    if not (_OWN_PROJECT.search(text) or _STAFF.search(text, max(tail, line_start - STAFF_REACH), line_start)):
        return []
    return [Fact(m.iri, "coordinates", project, Evidence(text[line_start:line_end], line_start, line_end), FOOTER_RULE,
                 FOOTER_CONFIDENCE)]


EMAIL_RULE = "coordinates:email-owner"
EMAIL_CONFIDENCE = 0.35
MIN_STEM = 5  # "gerocenter", "stundars": a domain short as "jyu" or "msl" matches too many names by chance
_EMAIL = re.compile(r"(?i)[\w.-]+(?:@|\(at\)|\[at\])((?:[\w-]+\.)+[a-z]{2,})")
_WEBMAIL = {"gmail", "hotmail", "outlook", "yahoo", "kolumbus", "luukku", "elisanet", "saunalahti", "netti",
            "welho", "live", "icloud", "suomi24", "pp", "dnainternet", "anvianet"}
_LEGAL_FORM = re.compile(r"(?i)[\s,]+(?:ry|rf|r\.y\.|r\.f\.|oy|oyj|ab|sr|säätiö|stiftelse)\.?$")


def _fold(name: str) -> str:
    """A name as a domain writes it: lower case, no accents, no spaces or punctuation."""
    name = name.lower().replace("ä", "a").replace("ö", "o").replace("å", "a")
    return re.sub(r"[^a-z0-9]", "", name)


def _domain_forms(label: str) -> set[str]:
    """The ways a domain writes an organisation's name: the whole name, or (a name with a kind word or a venue's
    word before it, "Musikcafé After Eight" at aftereight.fi) its last or first two words or more."""
    words = [_fold(w) for w in _LEGAL_FORM.sub("", label).split()]
    words = [w for w in words if w and w not in {"ry", "rf", "oy", "ab", "sr"}]  # "r.f" folds to "rf"
    forms = {"".join(words)}
    for k in range(2, len(words)):
        forms |= {"".join(words[-k:]), "".join(words[:k])}
    return {f for f in forms if len(f) >= MIN_STEM}


def _email_owner(per_sentence: Sequence[Sequence[Mention]], coordinated: set[str],
                 related: set[tuple[str, str]], text: str) -> list[Fact]:
    """The one organisation whose name is the domain of the page's contact e-mail ("info@stundars.fi" under a page
    naming "Stundars", "x(at)lahdenyliopistokampus.fi" under "Lahden Yliopistokampus"): the page's contacts work
    there, and the page's project is its own. Webmail domains and short ones name no one; two organisations
    matching give nothing."""
    project = main_project(per_sentence)
    if project is None or project in coordinated:
        return []
    stems = set()
    for e in _EMAIL.finditer(text):
        stem = _fold(e.group(1).lower().split(".")[-2])
        stem = stem[:-2] if stem.endswith(("ry", "rf")) and len(stem) > MIN_STEM + 2 else stem
        if len(stem) >= MIN_STEM and stem not in _WEBMAIL:
            stems.add(stem)
    if not stems:
        return []
    found: dict[str, Mention] = {}
    for ms in per_sentence:
        for m in ms:
            if m.iri and not m.generic and m.type in HEADING_TYPES and m.iri not in found \
                    and not stems.isdisjoint(_domain_forms(m.label)):
                found[m.iri] = m
    if len(found) != 1:
        return []
    ((iri, m),) = found.items()
    if (iri, project) in related:
        return []
    return [Fact(iri, "coordinates", project, Evidence(m.surface, m.start, m.end), EMAIL_RULE, EMAIL_CONFIDENCE)]


NAME_OWNER_RULE = "coordinates:name-owner"
NAME_OWNER_CONFIDENCE = 0.45
_FORM_WORDS = {"ry", "r.y.", "rf", "r.f.", "sr", "oy", "oyj", "ab", "abp"}
_FORM_GENITIVES = {f + ending for f in _FORM_WORDS for ending in (":n", ":in")}  # "oy:n", "ry:n"


def _words(label: str) -> list[str]:
    return [w for w in label.lower().split() if w]


def _genitive_of(word: str, base: str) -> bool:
    """Whether `word` is the genitive of `base`: "ketterän" of "ketterä", "oy:n" of "oy", "kylätoiminnan" of
    "kylätoiminta" (the stem may change by a letter or two before the ending: consonant gradation)."""
    if word in {base + "n", base + ":n", base + ":in"}:
        return True
    stem = word[:-1] if word.endswith("n") else ""
    if not stem or len(base) < 4:
        return False
    common = shared_prefix(stem, base)
    return common >= len(base) - 2 and abs(len(stem) - len(base)) <= 1


def _name_owners(per_sentence: Sequence[Sequence[Mention]], coordinated: set[str],
                 related: set[tuple[str, str]]) -> list[Fact]:
    """The one organisation the document names whose genitive opens a project's name and leaves the project a
    name of its own after it ("Kerkonkosken Ketterän | kylähanke", "Hyvil Oy:n | yhdyspintaprojekti")."""
    owners: dict[str, list[list[str]]] = {}  # first word -> the owners' names as words (without the legal form)
    owner_iri: dict[tuple[str, ...], str] = {}
    projects: dict[str, Mention] = {}
    for ms in per_sentence:
        for m in ms:
            if not m.iri or m.generic:
                continue
            if m.type == "Project" and m.iri not in coordinated:
                projects.setdefault(m.iri, m)
            elif m.type in OWNER_TYPES and not _GRANT_FUND.search(m.label):
                words = _words(m.label)
                if words and words[-1] in _FORM_WORDS:
                    words = words[:-1]
                if words and tuple(words) not in owner_iri:
                    owner_iri[tuple(words)] = m.iri
                    owners.setdefault(words[0][:3], []).append(words)
    out: list[Fact] = []
    for iri, p in projects.items():
        name = _words(p.label)
        found = set()
        for words in owners.get(name[0][:3], []) if name else []:
            n = len(words)
            # the owner's words, the last in the genitive (a legal form's genitive may follow), then the name's own
            if len(name) <= n or name[:n - 1] != words[:n - 1]:
                continue
            genitive = _genitive_of(name[n - 1], words[-1]) and n < len(name)
            form_genitive = name[n - 1] == words[-1] and n + 1 < len(name) and name[n] in _FORM_GENITIVES
            if genitive or form_genitive:
                found.add(owner_iri[tuple(words)])
        if len(found) == 1:
            (owner,) = found
            if owner != iri and (owner, iri) not in related:
                coordinated.add(iri)
                related.update({(owner, iri), (iri, owner)})
                out.append(Fact(owner, "coordinates", iri, Evidence(p.surface, p.start, p.end), NAME_OWNER_RULE,
                                NAME_OWNER_CONFIDENCE))
    return out


APPLICANT_RULE = "coordinates:applicant-genitive"
# the application right after the owner's genitive, the project named after it in the same phrase: "X ry:n
# avustushakemus Y-hankkeelle", "X:n anomus "Y-hankkeen" tukemiseksi" (a minutes item's title): the applicant
# (words of letters only between: a page or item number, "takausanomus 5 22 X-hanke", ends a contents row)
_APPLICATION = re.compile(r"(?i)\s+[\wåäö-]*(?:hakemu[sk]|anomu[sk])[\wåäö]*(?:\s+[^\W\d][\wåäö-]*){0,3}?"
                          r"\s*[\"”“«]?\s*$")
_CLAUSE_END = re.compile(r"[.;:!?]\s")
MAX_PREMODIFIER = 60  # "10.1.2022 saakka avoinna olevasta": a few words of an attribute phrase
_PHRASE_BREAK = re.compile(r"[,;:.!?()]\s|[,;:!?()]$|\s(?:ja|sekä|tai|och)\s")
_ACTIVE = {"present_active", "past_active"}
# agent participles of carrying out or starting a project ("X ry:n toteuttama", "Y:n vuonna 2019 käynnistämä"): its
# owner; those of paying or supporting ("rahoittama", "tukema") are a funder's, read by the funds rules
_RUNNING_AGENTS = {"toteuttama", "käynnistämä", "vetämä", "luotsaama", "organisoima", "järjestämä"}


def _premodifier(gap: str, project: Mention, morph: Morphology | None) -> bool:
    """Whether `gap` between an owner's genitive and the project (the next name after it) is an attribute phrase
    of the project: a few words, no clause break, ending (before an opening quote) in an adjective or an active
    participle in the project's case, and no finite verb."""
    if morph is None or not project.case or len(gap) > MAX_PREMODIFIER or _PHRASE_BREAK.search(gap):
        return False
    words = re.findall(r"[\wåäöÅÄÖ-]+", gap)
    if not words or not gap.rstrip(' \t"”“«»').endswith(words[-1]):
        return False
    last = morph.analyse(words[-1])
    if not any(a.case == project.case and (a.mood in _ACTIVE or (a.cls == "laatusana" and not a.mood) or (
            a.mood == "agent" and a.base.lower() in _RUNNING_AGENTS)) for a in last):
        # ("uusi" is also "renews": one reading of the project's case is enough)
        return False
    return not any(a.cls == "teonsana" and a.mood == "indicative" for w in words[:-1] for a in morph.analyse(w))
