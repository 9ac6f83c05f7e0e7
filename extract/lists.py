"""Lists that name many participants at once, each item its own fact.

- party sections of agreements: under "Sopimuksen osapuolet", "Sopijapuolet", "Parterna"
  every organisation listed (not the post office of its address, not the members in
  parentheses after a joint authority) participatesIn the agreement;
- participant phrases: "Hankkeessa ovat mukana A, B ja C", "I projektet deltar A och B",
  "Mukana ovat ..." and the bulleted list under such a line: each participatesIn the project;
- area phrases of competence centres and other actors: "Poske toimii Lapin ja
  Pohjois-Pohjanmaan alueella, ISO Kainuussa ..." each region coversArea of the actor.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from welfare_kg.extract.excepted_places import excepted
from welfare_kg.extract.layout import OPENING_CHARS, insert_mentions
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.names import fold
from welfare_kg.extract.page_project import page_project
from welfare_kg.extract.resolve import mint
from welfare_kg.extract.spans import SpanIndex
from welfare_kg.loaders.record import DocumentRecord

PARTY_TYPES = {"Municipality", "JointAuthority", "WellbeingCounty", "Company", "Association", "Parish",
               "CompetenceCentre", "Agency", "Ministry"}
AREA_TYPES = {"Region", "Municipality", "CooperationArea", "WellbeingCounty"}
AREA_ACTORS = {"CompetenceCentre", "JointAuthority", "WellbeingCounty", "Association", "Agency", "Project",
               "Company"}
_PARTY_WORDS = (r"(?:sopimuksen[ \t]+osapuolet|sopimusosapuolet|sopijapuolet|sopijaosapuolet|sopimuspuolet|osapuolet|"
                r"parterna|avtalsparterna|avtalets[ \t]+parter|parter|contracting[ \t]+parties|parties)\b")
# a heading line of its own, or a numbered heading run into the text of a flattened PDF ("... 1. Sopijapuolet ...")
PARTY_HEADING = re.compile(r"^[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?" + _PARTY_WORDS
                           + r"(?:[ \t]+(?:ja|och|and)[ \t]+\w+)?[ \t]*:?[ \t]*$"  # "Sopijaosapuolet ja yhteyshenkilöt"
                           + r"|(?<=\s)\d{1,2}\.[ \t]+" + _PARTY_WORDS, re.IGNORECASE | re.MULTILINE)
_NEXT_HEADING = re.compile(r"(?:^|\n|\s)(\d{1,2})\.?[ \t]+[A-ZÅÄÖ][a-zåäö]", re.MULTILINE)
SECTION_MAX = 5000
_LEAD_ROLE = re.compile(r"\b(?:hallinnoiva|hallinnoija|koordinoiva|koordinaattori|päätoteuttaja|vastuukunta|"
                        r"isäntäkunta|huvudman|administrerande|koordinerande|värdkommun)\w*\b[^,.;]*$", re.IGNORECASE)
# a postal code right before the town on its line (not a figure after a word: "Forssa 17716 Hattula", table rows run
# together), or alone on the line above ("$" would also pass the line break after a table's figure: "Ylivieska 17716"
# / "Alavieska 8727")
_POSTCODE_BEFORE = re.compile(r"(?<![^\W\d_] )\b\d{5}[ \t]*\Z|(?:\A|\n)[ \t]*\d{5}[ \t]*\n\Z")
JOIN_PHRASE = re.compile(
    r"\b(?:hankkeessa|hankkeeseen|projektissa|projektiin|kehittämistyössä|yhteistyössä|verkostossa)\s+"
    r"(?:ovat|on|olivat|oli)\s+(?:mukana|osallisena|osallistuneet|osallistumassa)\b|"
    r"\bmukana\s+(?:ovat|olivat|on)\b|\bhankkeeseen\s+osallistuvat\b|\bosatoteuttajina\s+(?:ovat|toimivat)\b|"
    # "Konsortioon kuuluvat A:n lisäksi B, C ja D": a research consortium's or a project's members take part
    r"\b(?:konsortioon|hankkeeseen|projektiin|tutkimuskonsortioon)\s+(?:kuuluvat|kuuluivat)\b|"
    r"\bi\s+projektet\s+(?:deltar|medverkar)\b|\bdeltar\s+i\s+projektet\b|\bsamarbetspartner\s+är\b|"
    r"\b(?:hankkeessa|projektissa)\s+mukana\b|\bmukana\s+(?:hankkeessa|projektissa)\b|"
    r"\b(?:osa)?toteuttajina\s+(?:toimivat|ovat|olivat|toimii)\b|"
    # "Kumppaneina hankkeessa ovat", "Verkostokumppaneina toimivat", "Hankkeessa yhteistyökumppaneina ovat": the
    # partner noun as a compound too, the project between it and the verb or before it
    r"(?:\b(?:hankkeessa|projektissa)\s+)?\b\w*kumppaneina\s+(?:(?:hankkeessa|projektissa)\s+)?"
    r"(?:toimivat|ovat|olivat)\b|"
    r"\bmukaan\s+(?:ilmoittautuivat|lähtivät|tulivat)\b|\b(?:hanketta|projektia)\s+toteuttavat\b|"
    r"\bprojektet\s+(?:genomförs|förverkligas)\s+av\b|\bsamarbetspartner\s+i\s+projektet\s+är\b|"
    # a list introduced by a label: "Hankkeen kumppanit:", "Yhteistyökumppanit:", "Samarbetspartner:"
    # ... the label may say where the partners are before its colon ("Yhteistyökumppanit kaupungin sisällä:")
    r"\b(?:(?:hankkeen|projektin)\s+)?(?:yhteistyö|hanke|projekti)?kumppanit(?:[ \t]+[a-zåäö]+){0,3}?\s*:|"
    r"\bsamarbetspartner(?:na|s)?\s*:|"
    r"\b(?:projektets\s+)?partner(?:na)?\s*:",
    re.IGNORECASE)
AREA_VERB = re.compile(r"\b(?:toimii|toimivat|toimi|toiminut|toimineet|on\s+toiminut|verkar|verkade|fungerar|"
                       r"är\s+verksam(?:t|ma)?|har\s+verkat)\b", re.IGNORECASE)


def _outer(ms: Iterable[Mention]) -> list[Mention]:
    """The mentions not inside a longer one, in document order (one sweep, not every pair)."""
    ordered = sorted(ms, key=lambda m: (m.start, -(m.end - m.start)))
    out: list[Mention] = []
    reach = -1
    cover: Mention | None = None
    for m in ordered:
        if cover is not None and m.end <= reach and (m.end - m.start) < (cover.end - cover.start):
            continue
        out.append(m)
        if m.end > reach:
            reach, cover = m.end, m
    return out


class _Mentions:
    """Resolved mentions of a document indexed by position, so list rules never scan them all per match."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.resolved = [m for m in mentions if m.iri]
        self.index = SpanIndex(self.resolved)
        projects = sorted((m for m in self.resolved if m.type == "Project" and not m.generic), key=lambda m: m.start)
        self.project_starts = [m.start for m in projects]
        self.projects = projects
        self.main = page_project(projects).iri  # the page's own project: page_project.py

    def starting_in(self, a: int, b: int) -> list[Mention]:
        return self.index.starting_in(a, b)

    def focus_project(self, pos: int) -> str | None:
        """The latest project named before pos, else the first one of the document."""
        k = bisect_left(self.project_starts, pos)
        if k:
            return self.projects[k - 1].iri
        # (a project named only as an example of others, "hankkeet kuten X", is not the document's: passing_projects)
        return next((m.iri for m in self.projects if not m.aside), None)


def _in_parentheses(text: str, start: int, floor: int) -> bool:
    """Whether text[start] lies inside "( ... )" opened after `floor` on the same stretch."""
    opened = text.rfind("(", floor, start)
    return opened >= 0 and text.rfind(")", opened, start) < 0


def _agreement(mentions: list[Mention]) -> str | None:
    titled = next((m.iri for m in mentions if m.rule == "title" and m.iri), None)
    return titled or next((m.iri for m in mentions if m.type == "Agreement" and m.iri and not m.generic), None)


def _section_end(text: str, start: int, number: int | None, idx: _Mentions) -> int:
    """Where a party section ends: at the next numbered heading that lists no party itself."""
    limit = min(len(text), start + SECTION_MAX)
    for m in _NEXT_HEADING.finditer(text, start, limit):
        if number is not None and int(m.group(1)) != number + 1:
            continue
        line_end = text.find("\n", m.end())
        line_end = limit if line_end < 0 else line_end
        if not any(x.type in PARTY_TYPES for x in idx.starting_in(m.start(), line_end)):
            return m.start()
    return limit


def party_sections(text: str, idx: _Mentions) -> list[tuple[int, int]]:
    out = []
    for h in PARTY_HEADING.finditer(text):
        num = re.match(r"\s*(\d{1,2})", h.group(0))
        out.append((h.start(), _section_end(text, h.end(), int(num.group(1)) if num else None, idx)))
    return out


def party_facts(record: DocumentRecord, idx: _Mentions) -> list[Fact]:
    """Each organisation in an agreement's party section participatesIn the agreement."""
    text = record.text
    agreement = _agreement(idx.resolved)
    if agreement is None:
        return []
    out: list[Fact] = []
    for h in PARTY_HEADING.finditer(text):
        num = re.match(r"\s*(\d{1,2})", h.group(0))
        end = _section_end(text, h.end(), int(num.group(1)) if num else None, idx)
        inside = idx.starting_in(h.end(), end)
        prev_end = h.end()
        for m in sorted(_outer(inside), key=lambda x: x.start):
            if m.type not in PARTY_TYPES:
                continue
            if _POSTCODE_BEFORE.search(text[max(h.end(), m.start - 12):m.start]):
                continue  # "21201 Raisio": the post office of an address
            if _in_parentheses(text, m.start, max(h.end(), m.start - 200)):
                continue  # "Perusturvakuntayhtymä Akseli (Masku, Mynämäki ja Nousiainen)": its members
            ev = Evidence(text[h.start():end][:300], h.start(), end)
            out.append(Fact(m.iri, "participatesIn", agreement, ev, "participatesIn:party-section", 0.8))
            if _LEAD_ROLE.search(text[max(h.end(), m.start - 40, prev_end):m.start]):
                # "Hallinnoiva kunta Raision kaupunki": the party that runs what the agreement sets up
                out.append(Fact(m.iri, "coordinates", agreement, ev, "coordinates:party-list-role", 0.8))
            prev_end = m.end
    return out + _title_block_parties(text, idx, agreement, {f.subject for f in out})


# a party line under an agreement's title: the party's name alone, its role in brackets at most
# ("JYVÄSKYLÄN SEURAKUNTA (isäntäseurakunta)")
_PARTY_LINE_REST = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*$")
TITLE_BLOCK_MIN = 2  # party lines that make the block


def _same_shape(line: str, previous: str) -> bool:
    """Whether an unread line is written as the party line before it: in capitals too, a few words, the same
    last word ("VÄHÄNKYRÖN SEURAKUNTA" after "VIMPELIN SEURAKUNTA")."""
    words, before = line.split(), previous.split("(")[0].split()
    return bool(words) and bool(before) and line.isupper() and len(words) <= 5 and words[-1] == before[-1]


def _title_block_parties(text: str, idx: _Mentions, agreement: str, have: set[str]) -> list[Fact]:
    """The parties an agreement lists right under its title, one a line, before its numbered sections: each
    line holds one party's name and nothing else but a role in brackets; the block ends at the first other line."""
    title = next((m for m in sorted(idx.resolved, key=lambda x: x.start) if m.rule == "title"
                  and m.iri == agreement), None)
    if title is None:
        return []
    rows: list[tuple[Mention, int, int]] = []
    pos = text.find("\n", title.end)
    while 0 <= pos < len(text):
        a = pos + 1
        b = text.find("\n", a)
        b = len(text) if b < 0 else b
        pos = b if b < len(text) else -1
        if not text[a:b].strip():
            continue
        inside = [m for m in _outer(idx.starting_in(a, b)) if m.end <= b]
        party = inside[0] if len(inside) == 1 and inside[0].type in PARTY_TYPES else None
        if party is None or text[a:party.start].strip() or not _PARTY_LINE_REST.match(text, party.end, b):
            if rows and not inside and _same_shape(text[a:b], text[rows[-1][1]:rows[-1][2]]):
                continue  # a party whose name nobody read, written as the others are: the block goes on
            break
        rows.append((party, a, b))
    if len(rows) < TITLE_BLOCK_MIN:
        return []
    ev = Evidence(text[rows[0][1]:rows[-1][2]][:300], rows[0][1], rows[-1][2])
    out: list[Fact] = []
    for m, _, _ in rows:
        if m.iri in have:
            continue
        have.add(m.iri)  # type: ignore[arg-type]
        out.append(Fact(m.iri, "participatesIn", agreement, ev, "participatesIn:title-block-party", 0.75))  # type: ignore[arg-type]
    return out


FUND_PHRASE = re.compile(
    r"\bfinansieras\b(?:\s+(?:och|\w+)){0,3}?\s+av\b|\b(?:huvud)?finansiär(?:er(?:na)?)?\s+(?:är|var)\b|"
    r"\brahoittaj(?:ina|ana)\s+(?:toimivat|toimii|ovat|on)\b|\brahoittajat\s+(?:ovat|olivat)\b|"
    r"\bhankkeen\s+rahoittavat\b|\bprojektet\s+finansieras\s+av\b", re.IGNORECASE)
COORD_PHRASE = re.compile(
    r"\bför\s+projekt(?:administrationen|ets\s+administration|et)\s+ansvarar\b|\bprojektägare\s+är\b|"
    r"\bhuvudman\s+(?:för\s+projektet\s+)?är\b|\bhallinnoijana\s+toimii\b|\bkoordinaattorina\s+toimii\b|"
    r"\bpäätoteuttajana\s+toimii\b", re.IGNORECASE)
# a plural role noun of the project's partners as the predicate of a list, or a label before it, in the shapes the
# strict phrases leave: "Paikallisia toteuttajia ovat A, B sekä C", "Hankkeen kumppaneita ovat A ja B", "Hankkeen
# toteuttajaverkostoon kuuluvat A, B", "Sopimusyhteistyökumppanit: A, B", "Osatoteuttajat: A, B", "Partner i projektet
# är A och B". Read the same way, but named participatesIn:role-noun-list with a lower confidence: the role noun is
# nearer a general word ("toteuttajia" may be the whole team) than "mukana ovat".
LOOSE_JOIN_PHRASE = re.compile(
    r"\b(?:osa)?toteuttajia\s+(?:ovat|olivat)\b|\b(?:yhteistyö)?kumppaneita\s+(?:ovat|olivat|ovat\s+olleet)\b|"
    # the partner noun in the nominative plural as the subject: "OK-hankkeen yhteistyötahot ovat A, B ja C",
    # "Hankkeen yhteistyökumppanit ovat olleet A ja B", "yhteistyötahoja ovat A ja B"
    r"\b(?:\w*kumppanit|yhteistyötahot|yhteistyötahoja)\s+(?:ovat|olivat|ovat\s+olleet)\b|"
    r"\b(?:toteuttaja|hanke|projekti|kumppani|yhteistyö)verkostoon\s+(?:kuuluvat|kuuluu|kuuluivat)\b|"
    r"\b\w+kumppanit\s*:|\bosatoteuttajat\s*:|\b(?:projekt)?partners?\s+i\s+projektet\s+är\b|"
    r"\bsamarbetspartners\s+är\b|\bdelgenomförare\s*:|"
    # a section heading of its own over a bulleted list ("Yhteistyössä", "Kumppanit", "Samarbetspartner"): the list
    # starts at the first bullet
    r"(?:^|(?<=\n))[ \t]*(?:yhteistyössä|kumppanit|\w+kumppanit|yhteistyötahot|i\s+samarbete\s+med|"
    r"samarbetspartner(?:s|na)?|partners|partner)[ \t]*\n(?:[ \t]*\n)*(?=[ \t]*[-•*–·▪][ \t])",
    re.IGNORECASE)
# a counted lead-in with its colon: "hanke on kolmen kunnan: Pyhäranta, Uudenkaupungin kaupunki ja Laitilan
# kaupunki, yhteinen hanke", "fyra kommuner: A, B, C och D" -- the list names the parties the count announces
COUNTED_PHRASE = re.compile(
    r"\b(?:kahden|kolmen|neljän|viiden|kuuden|seitsemän|kahdeksan|yhdeksän|kymmenen|\d{1,2})\s+"
    r"(?:kunnan|kaupungin|organisaation|yhdistyksen|järjestön|toimijan|korkeakoulun)\s*:|"
    r"\b(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|\d{1,2})\s+(?:kommuners|kommuner|organisationers|organisationer|"
    r"föreningars|föreningar|aktörers|aktörer)\s*:",
    re.IGNORECASE)
# "Projektägare är föreningarna, tillsammans med X": whoever comes after "with" works beside a one-holder role's
# holder, so the role's list (and a role noun's reach, relations.role_nouns) ends there
WITH_PARTNER = re.compile(r"\b(?:tillsammans|i samarbete|i samverkan) med\b|\byhdessä\b|\byhteistyössä\b",
                          re.IGNORECASE)
# phrase, predicate, whether every item of the list counts or only the first, rule name, confidence
PHRASES = [(JOIN_PHRASE, "participatesIn", True, "participatesIn:list", 0.7),
           (FUND_PHRASE, "funds", True, "funds:list", 0.7),
           (COORD_PHRASE, "coordinates", False, "coordinates:list", 0.7),
           (LOOSE_JOIN_PHRASE, "participatesIn", True, "participatesIn:role-noun-list", 0.55),
           (COUNTED_PHRASE, "participatesIn", True, "participatesIn:counted-list", 0.5)]
# the phrases whose unrecognised list items become organisations (list_item_mentions)
NAMING_RULES = {"participatesIn:list", "funds:list"}
FUNDER_TYPES = PARTY_TYPES | {"Programme"}
# a relative clause ends a list: what follows speaks of the last item ("AMIF, som förvaltas av X")
_RELATIVE = re.compile(r"\b(?:som|vilken|vilket|vilka|joka|jota|jonka|jotka|mikä|mitä)\b", re.IGNORECASE)


# what starts another clause inside a list's sentence: a semicolon or spaced dash, or a comma then a verb word
# ("EU, leds av", "X, joka", "STM, ja hanketta hallinnoi"): a Swedish verb or a Finnish finite/passive form
_CLAUSE_AFTER = re.compile(r";|(?<=\S)[ \t]+[–—-][ \t]|,\s+(?:leds|drivs|administreras|koordineras|förvaltas|genomförs|"
                           r"och\s+(?:leds|drivs|administreras|koordineras|förvaltas|genomförs)|"
                           r"ja\s+(?:hanketta|hankkeen|projektia|projektin)|hanketta|hankkeen|projektia|projektin)\b|"
                           # "finansieras av A och genomförs av B", "rahoittajana on A ja hallinnoijana B": the
                           # conjunction joins another verb's or role's clause, not another item of the list
                           r"\s(?:och|samt)\s+(?:leds|drivs|administreras|koordineras|förvaltas|genomförs|"
                           r"ägs|verkställs)\b|"
                           r"\s(?:ja|sekä)\s+(?:(?:pää|osa)?toteuttaja(?:na|ina)|hallinnoija(?:na|ina)|"
                           r"koordinaattori(?:na|ina)|vastuutaho(?:na|ina)|hallinnoi|toteuttaa|koordinoi)\b")


# besides organisations, what takes part in a project by name: areas ("mukana ovat Lappi, Kainuu ja Pohjois-Pohjanmaa")
# and a town's or a university's own institutions listed whole ("Hankkeessa mukana: • Kotkan opisto • Tornion
# kansalaisopisto", "kirjastot", "nuorisopalvelut"), which the recogniser reads as bodies of their owners
_JOINING_EXTRA = {"Region", "CooperationArea", "Body"}
# a working or steering group is a project's own organ, not a partner in it
_GROUP_BODY = re.compile(r"(?:ryhmä|ryhmän|grupp|gruppen|group)\b", re.IGNORECASE)


def participant_facts(record: DocumentRecord, idx: _Mentions) -> list[Fact]:
    """"Hankkeessa ovat mukana A, B ja C", "finansieras av A, B och C", "För projektadministrationen
    ansvarar A": each listed organisation in its role toward the project in focus."""
    text = record.text
    out: list[Fact] = []
    for phrase, predicate, every, rule_name, confidence in PHRASES:
        for p in phrase.finditer(text):
            project = idx.focus_project(p.start())
            loose = phrase is LOOSE_JOIN_PHRASE or phrase is COUNTED_PHRASE
            if project is None or (loose and project != idx.main):
                continue  # a role noun alone ties the list to no project but the one the document is about
            if phrase is COUNTED_PHRASE and _counted_by_an_area(text, p.start(), idx):
                continue  # "X:n välfärdsområde omfattar sju kommuner: A, ...": what the county is made of
            end = _list_end(text, p.end())
            if loose and (label := _next_label(text, p.end(), end)) > 0:
                end = label  # a run-on field row: the next label ("Hankkeen rahoittaja:") ends this one's list
            relative = _RELATIVE.search(text, p.end(), end)
            if relative is not None:  # "från AMIF som förvaltas av Inrikesministeriet": the clause's own agent
                end = relative.start()
            # "finansieras av EU, leds av Novia", "rahoittajana on STM; hanketta hallinnoi X": a clause of its own
            # after a comma, semicolon or dash ends the list
            other = _CLAUSE_AFTER.search(text, p.end(), end)
            if other is not None:
                end = other.start()
            partner = None if every else WITH_PARTNER.search(text, p.end(), end)
            if partner is not None:
                end = partner.start()
            # areas take part too ("mukana ovat Lappi, Kainuu ja Pohjois-Pohjanmaa"), but do not fund or run
            types = FUNDER_TYPES if predicate == "funds" else PARTY_TYPES | _JOINING_EXTRA \
                if predicate == "participatesIn" else PARTY_TYPES
            # a region or area takes part only as a name of its own ("mukana ovat Lappi ja Kainuu"), not as the
            # genitive of another word ("Uudenmaan alueen ... hyvinvointialueet") or "eri puolilta Keski-Suomea"
            items = [m for m in _outer(idx.starting_in(p.end(), end))
                     if m.type in types and m.iri != project
                     and not (m.type in {"Region", "CooperationArea"} and m.case not in {"nimento", None})
                     and not (m.type == "Body" and _GROUP_BODY.search(m.label or m.surface))
                     # "Kajaanin yliopistokeskus": a town's genitive before another word names that other one
                     and not (loose and m.type == "Municipality" and m.case == "omanto")]
            items = [m for k, m in enumerate(items) if not (k and _seat(text, items[k - 1], m))]
            if predicate == "funds":
                # "finansieras av X inom programmet Hallå", "rahoittaa X osana Y-ohjelmaa": the programme the
                # funding runs in is the project's frame (partOf), not one more funder
                items = [m for m in items if not (m.type == "Programme" and _FRAME_BEFORE.search(
                    text, max(p.end(), m.start - 40), m.start))]
            ev = Evidence(text[p.start():end][:300], p.start(), end)
            for m in items if every else items[:1]:
                out.append(Fact(m.iri, predicate, project, ev, rule_name, confidence))
    return out


_FRAME_BEFORE = re.compile(r"(?i)\b(?:inom|osana)\b[^,;.\n]{0,40}$")


# what a counted list of towns may be the make-up of: "Östra Nylands välfärdsområde omfattar sju kommuner: ..."
_MADE_OF_TOWNS = {"WellbeingCounty", "JointAuthority", "Region", "CooperationArea"}


def _counted_by_an_area(text: str, start: int, idx: _Mentions) -> bool:
    """Whether the counted lead-in's own sentence opens with an area or a joint authority and names no project
    before the count: the list is what that one is made of, not who takes part in the project."""
    begin = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    before = idx.starting_in(begin, start)
    return any(m.type in _MADE_OF_TOWNS for m in before) and not any(m.type == "Project" for m in before)


_SEAT_CASES = {"sisaolento", "ulkoolento"}


def _seat(text: str, before: Mention, place: Mention) -> bool:
    """Whether a town in the locative right after an organisation's name says where that one is.

    "Kemin yhdistys ry Oulussa, Lapin yliopisto Rovaniemellä ja ...": the towns place the
    listed organisations, they are not partners of their own; so does a town in brackets right after one.
    """
    if place.type != "Municipality" or before.type in AREA_TYPES:
        return False
    if (place.case in _SEAT_CASES or _LOCATIVE.search(place.surface) is not None) \
            and text[before.end:place.start].strip() == "":
        return True
    # "Kerkkoon nuorisoseura (Porvoo), Mallusjoen nuorisoseura (Orimattila)": the town in brackets after a listed
    # organisation is its home, not another partner
    return text[before.end:place.start].strip() == "(" and text[place.end:place.end + 1] == ")"


def _colon_before(text: str, start: int) -> bool:
    """text[:start].rstrip().endswith(":") read in place: a copy of the text before each phrase is quadratic
    on a big page."""
    i = start - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i >= 0 and text[i] == ":"


_LEAD_IN = re.compile(r"[^\S\n]*(?:[\wåäöÅÄÖ-]+[^\S\n]+){0,3}?[\wåäöÅÄÖ-]*[^\S\n]*:")


def _next_label(text: str, start: int, end: int) -> int:
    """Where the next field label's colon is before end, past the list's own lead-in colon ("toteuttajia ovat sen
    lisäksi:" over bullets); -1 if none."""
    lead = _LEAD_IN.match(text, start, end)
    return text.find(":", lead.end() if lead else start, end)


# a sentence's end, not the last full stop of a legal form written with inner stops ("Byar r.f. (Y-tunnus)",
# "Kotikylä r.y. ja Naapurikylä r.y."), which ends a name, not the list
_SENTENCE_STOP = re.compile(r"(?<!\b[a-zåäö]\.[a-zåäö])[.!?](?:\s|$)|\n\s*\n")


def _list_end(text: str, start: int) -> int:
    """End of the list after a phrase: the sentence, or the bullet lines that follow a colon."""
    stop = _SENTENCE_STOP.search(text[start:start + 1500])
    end = start + (stop.start() if stop else min(1500, len(text) - start))
    line_end = text.find("\n", start, end)  # a line ending after the sentence would leave end as it is
    if line_end > start and _colon_before(text, start) and text[start:line_end].strip():
        # a field "Kumppanit: A, B" on its own line: the next field line ("Toiminta-alue: X") is not in the list
        end = min(end, line_end)
    if text[start:end].rstrip().endswith(":") or text[start:end].strip() == "":
        k = end
        bullets = 0
        for line in re.finditer(r"[^\n]*\n?", text[end:end + 3000]):
            raw = line.group(0)
            if not raw:
                break
            if not raw.strip():
                if bullets:
                    break
                k += len(raw)
                continue
            bullets += 1
            if not re.match(r"\s*(?:[-•*–·]|\d{1,2}[.)])\s+", raw):
                break
            k += len(raw)
        return k
    return end


# an association named by its kind word alone as the subject of operating: "Yhdistys toimii ...", "Föreningen verkar"
_KIND_ACTOR = re.compile(r"[ \t]*(?:Yhdistys|Järjestö|Säätiö|Seura|Liitto|Föreningen|Stiftelsen|Förbundet)[ \t]+")
_PARAGRAPH = re.compile(r"\n[ \t]*\n")


def _kind_referent(text: str, idx: _Mentions, at: int) -> list[Mention]:
    """The one association a bare "Yhdistys" subject stands for: the one its paragraph named before it (a list's
    receiver with lines about it under its row), else the one the document's opening names in the nominative (a
    report's own association in its letterhead; "Muistiliiton kanssa" is a partner's genitive). None where two."""
    para = max((m.end() for m in _PARAGRAPH.finditer(text, max(0, at - 1500), at)), default=max(0, at - 1500))
    for a, b, cases in ((para, at, None), (0, min(OPENING_CHARS, at), {None, "nimento"})):
        found = {m.iri: m for m in _outer(m for m in idx.starting_in(a, b) if m.type == "Association"
                                          and not m.generic and (cases is None or m.case in cases))}
        if found:
            return list(found.values()) if len(found) == 1 else []
    return []


def area_facts(record: DocumentRecord, idx: _Mentions) -> list[Fact]:
    """"X toimii A:n ja B:n alueella, Y toimii C:ssä ja Z D:n alueella": each actor coversArea its regions.

    An actor's clause runs from its verb to the next actor or the end of the sentence; an actor
    joined by "ja"/"," without a verb of its own ("ja Socca Uudenmaan alueella") shares the verb.
    """
    text = record.text
    out: list[Fact] = []
    for v in AREA_VERB.finditer(text):
        floor = max(0, v.start() - 300)
        # the actor's clause opens after the last conjunction: "ja"/"sekä", Swedish "och"/"samt"
        joined = max((k + len(w) - 1 for w in _CLAUSE_JOINERS if (k := text.rfind(w, floor, v.start())) >= 0),
                     default=-1)
        s_start = max(text.rfind(".", floor, v.start()), text.rfind("\n", floor, v.start()),
                      text.rfind(",", floor, v.start()), joined, floor - 1) + 1
        actor = _outer(m for m in idx.starting_in(s_start, v.start()) if m.type in AREA_ACTORS)
        if not actor and _KIND_ACTOR.fullmatch(text, s_start, v.start()):
            actor = _kind_referent(text, idx, s_start)  # "Yhdistys toimii 16 kunnan alueella Keski-Suomessa"
        if not actor and _RELATIVE.fullmatch(text, s_start, v.start()):
            actor = _relative_antecedent(text, idx, s_start - 1)  # "X ry, joka toimii Pirkanmaalla"
        if len(actor) != 1:
            continue
        dot = re.search(r"[.;\n]", text[v.end():v.end() + 400])
        limit = v.end() + (dot.start() if dot else 400)
        places = _outer(m for m in idx.starting_in(v.end(), limit) if m.type in AREA_TYPES | AREA_ACTORS)
        actors = [m for m in places if m.type in AREA_ACTORS]
        pos, who = v.end(), actor[0]
        while who is not None:
            nxt = next((a for a in actors if pos <= a.start < limit and a.iri != who.iri), None)
            end = nxt.start if nxt else limit
            prev_in: Mention | None = None  # the last place taken after Swedish "i": "i Vasa, Korsholm och Vörå"
            for a in (p for p in places if pos <= p.start < end and p.type in AREA_TYPES and p.iri != who.iri):
                swedish_run = prev_in is not None and JOINER.fullmatch(text[prev_in.end:a.start]) is not None
                if not (_as_area(text, a, end) or swedish_run) or excepted(text, a.start, a.end):
                    prev_in = None
                    continue
                prev_in = a if (swedish_run or text[max(0, a.start - 2):a.start] == "i "
                                or _SWEDISH_AROUND.search(text, max(0, a.start - 30), a.start)) else None
                ev = Evidence(text[s_start:end], s_start, end)
                out.append(Fact(who.iri, "coversArea", a.iri, ev, "coversArea:operates-in", 0.7))
            who = None
            if nxt is not None and re.fullmatch(r"\s*(?:alue\w*|området)?\s*(?:,|ja|och|sekä|samt)\s*",
                                                 text[_last_end(places, pos, end):nxt.start]):
                after = text[nxt.end:limit]
                verb = AREA_VERB.search(after)
                gap_end = nxt.end + (verb.start() if verb else len(after))
                if not verb or any(nxt.end <= a.start < gap_end for a in actors):
                    who, pos = nxt, nxt.end  # gapped: "ja Socca Uudenmaan alueella"
    return out


_LOCATIVE = re.compile(r"(?:ssa|ssä|lla|llä)(?::\w*)?$")
# the conjunctions an actor's clause opens after, spaced as words ("X ja Y toimii"; Swedish "samt Y fungerar")
_CLAUSE_JOINERS = (" ja ", " sekä ", " och ", " samt ")
# a relative clause after a comma: "X ry, joka toimii Y:ssä", "X rf, som verkar i Y"
_RELATIVE = re.compile(r"[ \t]*(?:joka|jotka|som)[ \t]+", re.IGNORECASE)
# the copula of a sentence whose predicate noun the relative clause follows: "X ry on ... yhteenliittymä, joka toimii"
_COPULA = re.compile(r"\s(?:on|oli|ovat|olivat|är|var)\s")
# a word in a case that is no subject's: a place (-ssa, -lla, -lle ...), a genitive, an essive, a translative
_OBLIQUE = re.compile(r"(?:ss[aä]|st[aä]|ll[aä]|lt[aä]|lle|ksi|n[aä]|seen|hin|n)$")


def _relative_antecedent(text: str, idx: _Mentions, comma: int) -> list[Mention]:
    """The actor a relative "joka toimii" / "som verkar" clause after a comma speaks of: the actor named right before
    the comma ("Joutsenten Reitti ry, joka toimii Pirkanmaalla"), else the subject of a copular sentence whose
    predicate noun in the nominative stands before the comma ("X ry on kylien yhteenliittymä, joka toimii ...").
    Nothing where the comma is not there or the word before it is in another case ("X on mukana hankkeessa, joka
    toimii ...": the clause is the project's)."""
    if comma < 0 or text[comma] != ",":
        return []
    start = max(text.rfind(".", 0, comma), text.rfind("\n", 0, comma), comma - 300) + 1
    before = _outer(m for m in idx.starting_in(start, comma) if m.type in AREA_ACTORS or m.type in AREA_TYPES)
    if before and not text[before[-1].end:comma].strip():
        return before[-1:] if before[-1].type in AREA_ACTORS else []
    word = re.search(r"(\w+)\s*$", text[start:comma])
    if word is None or not word.group(1).islower() or _OBLIQUE.search(word.group(1)):
        return []
    actors = [m for m in before if m.type in AREA_ACTORS]
    if len(actors) != 1 or before[-1] is not actors[0] or actors[0].case not in {None, "nimento"}:
        return []
    return actors if _COPULA.search(text, actors[0].end, comma) else []
# Swedish "around" before a town, as "i" is before an area: "verkar i trakten av X och Y", "i området kring X"
_SWEDISH_AROUND = re.compile(r"\bi\s+(?:trakten|området|omgivningarna|närheten)\s+(?:av|kring|runt)\s+\Z")
_AREA_WORD = re.compile(r"\b(?:alue(?:ella|illa|elle|eilla)|området|områden|regionen)\b", re.IGNORECASE)


def _as_area(text: str, place: Mention, end: int) -> bool:
    """Whether a place after "toimii" is where the actor works, not a partner ("yhdessä X:n kanssa").

    "Keski-Suomessa", "Pohjanmaalla", "i Nyland", or genitives before an area word
    ("Pirkanmaan ja Satakunnan alueella") say where; other cases do not.
    """
    surface = place.surface
    if surface.endswith("-"):  # "Pohjois- ja Etelä-Savossa": an elided prefix takes the last conjunct's case
        last = _ELIDED_LAST.match(text, place.end)
        surface = last.group(1) if last else surface
    if _LOCATIVE.search(surface) or text[max(0, place.start - 2):place.start] == "i ":
        return True
    if _SWEDISH_AROUND.search(text, max(0, place.start - 30), place.start):
        return True
    return surface.endswith("n") and _AREA_WORD.search(text, place.end, end) is not None


_ELIDED_LAST = re.compile(r"(?:\s*(?:,|ja|sekä|och)\s*[A-ZÅÄÖ]\w*-)*\s*(?:,|ja|sekä|och)\s*([\w-]+(?:\s[A-ZÅÄÖ]\w*)?)")


def _last_end(places: list[Mention], start: int, end: int) -> int:
    """Where the last place between start and end ends, so only joiners may separate it from what follows."""
    ends = [p.end for p in places if start <= p.start < end]
    return max(ends) if ends else start


# the kind of an organisation by the last word of its name, for list items no reference list holds
ITEM_KINDS = [
    (re.compile(r"(?:\bry|\brf|\br\.y\.|säätiö|stiftelse|yhdistys|förening|förbund|keskusliitto)$", re.I),
     "Association"),
    # a local club by its kind ("Xn kyläseura", "Yn 4H") or by the people it gathers, a capitalised plural of an
    # agent or a member noun ("Vanajaveden Vapaa-ajan Kalastajat", "Xn Eläkeläiset")
    (re.compile(r"(?:seura|kerho|klubi|\b4H|[A-ZÅÄÖ][a-zåäö-]{2,}(?:jat|jät|laiset|läiset))$"), "Association"),
    # ... or a place's genitive before such a plural in lower case, as lists write a local club ("Koillis-Helsingin
    # yrittäjät", "Xn eläkeläiset")
    (re.compile(r"^[A-ZÅÄÖ][\w-]*[a-zåäö]n [a-zåäö]{3,}(?:jat|jät|laiset|läiset)$"), "Association"),
    (re.compile(r"(?:\bOy|\bOyj|\bAb|\bAbp|\bosk|ammattikorkeakoulu|yrkeshögskola|\bOsuuskunta\b.*)$"), "Company"),
    # a kind of co-operative before its own name: "Kulttuuriosuuskunta Kipinä"
    (re.compile(r"^[A-ZÅÄÖ][a-zåäö]*osuuskunta [A-ZÅÄÖ][\w-]+$"), "Company"),
    (re.compile(r"(?:yliopisto|universitet|högskola)$", re.I), "Agency"),
]
PLACE_TYPES = {"Region", "Municipality", "CooperationArea"}
# words a listed name does not end with: a conjunction or preposition waiting for the rest of a row cut off
OPEN_ENDS = frozenset({"ja", "sekä", "tai", "eli", "och", "samt", "eller", "för", "i", "and", "of", "for", "the"})
# items of a list: after a comma or a conjunction, or each on its own (bulleted) line under a lead's colon
_ITEM_SPLIT = re.compile(r",\s+|\s+(?:ja|sekä|och|samt)\s+|[ \t]*\n\s*|[ \t]+\|[ \t]+")


def list_item_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int]) -> list[list[Mention]]:
    """Items of a participant list that no rule recognised become organisations, typed by their head word.

    "Hankkeen toteuttajina toimivat THL, Kuntoutussäätiö ja Silta-valmennusyhdistys": in such
    a list each item names an organisation; "säätiö", "yhdistys", "ry" say which kind.
    """
    have = SpanIndex([m for ms in per_sentence for m in ms])
    added: list[Mention] = []
    taken: set[tuple[int, int]] = set()
    for p in (p for phrase, _, every, rule_name, _ in PHRASES if every and rule_name in NAMING_RULES
              for p in phrase.finditer(text)):
        end = _list_end(text, p.end())
        pos = p.end()
        for item in _ITEM_SPLIT.split(text[pos:end]):
            k = text.find(item, pos, end)
            if k < 0:
                continue
            pos = k + len(item)
            name = re.sub(r"^\s*(?:[-•*–·]\s*)?(?:myös\s+)?", "", item).strip(" .:;\n")
            if not name or not name[:1].isupper() or len(name.split()) > 6:
                continue
            a = text.find(name, k, pos)
            b = a + len(name)
            if (a, b) in taken or any(not (a <= m.start and m.end <= b and m.type in PLACE_TYPES)
                                      for m in have.overlapping(a, b)):
                continue  # already named, unless only a place inside it ("Talentia Keski-Suomi ry")
            taken.add((a, b))
            typ = next((t for rx, t in ITEM_KINDS if rx.search(name)), None)
            if typ is None:
                continue
            iri = mint(typ, fold(name)) if typ == "Agency" else None
            added.append(Mention(start=a, end=b, surface=name, label=name, type=typ, iri=iri, rule="list-item",
                                 key=fold(name) or None))
    return insert_mentions(per_sentence, starts, added) if added else per_sentence


_ALIAS = re.compile(r"\s*\(\s*(?:jäljempänä|nedan|hädanefter|hereinafter)?\s*:?\s*[”\"“]?([A-ZÅÄÖ][\w\-]{2,40})"
                    r"[”\"“]?\s*\)")
_BETWEEN = re.compile(r"\b(?:välinen|välisen|väliseen|välisessä|välisestä|välistä|väliset|välisten)\b", re.IGNORECASE)
_MELLAN = re.compile(r"\b(?:avtal(?:et)?|överenskommelse(?:n)?)\s+(?:\w+\s+){0,3}?mellan\b", re.IGNORECASE)
# what stands between two items of a Finnish or Swedish list ("A, B ja C", "A och B"); shared by the list rules
JOINER = re.compile(r"\s*(?:,|ja|sekä|och|samt)\s*")


def alias_mentions(text: str, per_sentence: list[list[Mention]]) -> list[list[Mention]]:
    """"... yhteistyösopimukseen (Pääsopimus)": the defined short name in parentheses names the same agreement.

    The short name is a bare common noun the recogniser keeps generic; tied to the agreement
    just before it, it merges with that agreement instead of becoming a thing of its own.
    """
    ms = [m for row in per_sentence for m in row]
    generic = {(x.start, x.end, x.type): x for x in ms if x.generic}
    for m in ms:
        if m.type not in {"Agreement", "Project"} or m.generic or not m.key:
            continue
        alias = _ALIAS.match(text, m.end)
        x = generic.get((*alias.span(1), m.type)) if alias else None
        if x is not None:
            x.generic, x.key, x.label = False, m.key, alias.group(1)
    return per_sentence


def between_facts(record: DocumentRecord, idx: _Mentions) -> list[Fact]:
    """"Tampereen kaupungin, Pirkanmaan TE-toimiston ja KEHA-keskuksen välinen sopimus", "avtal mellan A och B":
    each organisation in the coordinated list is a party of the agreement."""
    text = record.text
    out: list[Fact] = []
    for agr in (m for m in idx.resolved if m.type == "Agreement" and not m.generic):
        base = max(0, agr.start - 300)
        orgs = _outer(o for o in idx.starting_in(base, agr.end) if o.type in PARTY_TYPES)
        for w in _BETWEEN.finditer(text, base, agr.end):
            pos = w.start()
            chain = []
            for o in reversed([o for o in orgs if o.end <= pos]):
                if not JOINER.fullmatch(text[o.end:pos]) and text[o.end:pos].strip():
                    break
                chain.append(o)
                pos = o.start
            ev = Evidence(text[pos:agr.end], pos, agr.end)
            out += [Fact(o.iri, "participatesIn", agr.iri, ev, "participatesIn:between", 0.7) for o in chain]
    for mellan in _MELLAN.finditer(text):
        agr = next((m for m in idx.index.overlapping(mellan.start(), mellan.start() + 1)
                    if m.type == "Agreement" and m.start <= mellan.start()), None)
        if agr is None:
            continue
        end = _list_end(text, mellan.end())
        ev = Evidence(text[mellan.start():end], mellan.start(), end)
        out += [Fact(o.iri, "participatesIn", agr.iri, ev, "participatesIn:between", 0.7)
                for o in _outer(idx.starting_in(mellan.end(), end)) if o.type in PARTY_TYPES]
    return out


def list_facts(record: DocumentRecord, mentions: list[Mention],
               facts: list[Fact] | None = None) -> list[Fact]:
    """The facts of lists; given the other rules' facts, returns those too, minus what a party list supersedes.

    In a party section the list is the authority on who is a party: prose rules read its
    address lines and member lists as one long sentence ("Akseli (Masku, Mynämäki ja Nousiainen)").
    """
    idx = _Mentions(mentions)
    parties = party_facts(record, idx)
    kept = facts or []
    if parties:
        sections = party_sections(record.text, idx)
        kept = [f for f in kept if not (f.predicate == "participatesIn"
                                        and any(a <= f.evidence.start < b for a, b in sections))]  # few sections
    return kept + parties + participant_facts(record, idx) + area_facts(record, idx) + between_facts(record, idx) \
        + funded_row_facts(record, idx)


# "Rahoitettavat AMIF-hankkeet:", "Rahoitusta saaneet hankkeet:", "Beviljade projekt:": a heading of funded projects
FUNDED_HEADING = re.compile(r"^[ \t]*(?:rahoitettava[t]?|rahoitetu[t]?|rahoitusta[ \t]+saa(?:neet|vat)|tukea[ \t]+"
                            r"saa(?:neet|vat)|valitu[t]?|beviljade|finansierade)\b[^\n]{0,80}?"
                            r"(?:hank\w*|projekt\w*)[ \t]*:[ \t]*$", re.IGNORECASE | re.MULTILINE)
_ROW_BULLET = re.compile(r"[ \t]*(?:[-–•*·▪]|\d{1,2}[.)])[ \t]")
_RUNNER_TYPES = PARTY_TYPES | {"Agency", "CompetenceCentre"}
# the runner's name closing a row after a spaced dash: capitalised words to the line's end
_ROW_RUNNER = re.compile(r"\s[-–—][ \t]+[A-ZÅÄÖ][\w.]*(?:[ \t]+[\w.]+){0,5}[ \t]*$")
_LEGAL_FORM_TAIL = re.compile(r"[ \t]*(?:Oyj?|Ab|ry|rf|r\.y\.|r\.f\.)?[ \t.]*")


def funded_row_facts(record: DocumentRecord, idx: _Mentions) -> list[Fact]:
    """"Rahoitettavat AMIF-hankkeet:" then "• Project name - Organisation" on each bullet: the organisation
    after the last spaced dash runs the project of its row, and a row's project is one of the undertaking the
    heading compounds with its word for projects ("AMIF-hankkeet": a project of AMIF).

    Only bullet lines right under the heading count; the first line that is no bullet ends the list.
    """
    text = record.text
    out: list[Fact] = []
    for h in FUNDED_HEADING.finditer(text):
        frame = next((m for m in idx.starting_in(h.start(), h.end()) if m.type in {"Programme", "Project"}
                      and (re.match(r"-(?:hank|projekt|program)", text[m.end:m.end + 9].lower())
                           or re.search(r"-(?:hankkeet|projektit|projekten)$", m.surface.lower()))), None)
        pos = h.end() + 1
        while pos < len(text):
            nl = text.find("\n", pos)
            end = len(text) if nl < 0 else nl
            line = text[pos:end]
            if not line.strip():
                pos = end + 1
                continue
            if not _ROW_BULLET.match(line):
                break
            ms = _outer_or_inner(idx.starting_in(pos, end))
            project = next((m for m in ms if m.type == "Project" and m.iri and not m.generic), None)
            runner = next((m for m in reversed(ms) if m.type in _RUNNER_TYPES and m.iri
                           and re.search(r"\s[-–—]\s*$", text[pos:m.start])
                           and _LEGAL_FORM_TAIL.fullmatch(text[m.end:end])), None)
            ev = Evidence(line, pos, end)
            # a row without its runner (a cut last line) is not of the layout, so it gives nothing; a runner written
            # after the dash that the recogniser did not read (a new agency's name) still closes a row
            written = runner is not None or ((tail := _ROW_RUNNER.search(line)) is not None and project is not None
                                             and project.start < pos + tail.start())
            if project is not None and runner is not None and runner.iri != project.iri:
                out.append(Fact(runner.iri, "coordinates", project.iri, ev, "coordinates:funded-row", 0.7))
            if project is not None and written and (runner is None or runner.iri != project.iri) \
                    and frame is not None and frame.iri and frame.iri != project.iri:
                out.append(Fact(project.iri, "partOf", frame.iri, ev, "partOf:funded-row-heading", 0.6))
            pos = end + 1
    return out


def _outer_or_inner(ms: list[Mention]) -> list[Mention]:
    """A row's mentions in order, those inside a longer one included (a row read as one project name holds its
    organisation)."""
    return sorted(ms, key=lambda m: (m.start, -(m.end - m.start)))
