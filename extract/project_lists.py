"""Projects presented as lists: each item its own Project, with what the list's lead-in says of all of them.

Pages and minutes that present several projects at once rarely name each with a project word:
- a lead-in with a plural or counted project word (a colon line or a short heading) and bullet lines
  under it, or plain lines under a colon ("Alueella käynnissä olevat hankkeet:" then "- Perhekeskus
  kuntoon", "- Arjen tuki (ESR)");
- an inline list after such a lead-in ("Rahoitusta saivat seuraavat hankkeet: A, B ja C.",
  "Osaamiskeskuksen hankkeita ovat A, B sekä C", "hankkeissa, kuten A ja B", "kolme hanketta (A, B ja C)");
- bullet rows of a funded list whose name is quoted or follows the word "Projekt"
  ("• ”Name”, sökande X: 0,85 miljoner euro"), or that carry their grant in parentheses
  ("* Name (25 000 euroa)") under a paragraph about projects;
- grant rows run into one paragraph under a lead-in ("X stad för <name>, 100 000 euro. Y, <name>, ...");
- a heading per project over a paragraph about "the project" ("Vahva arki" / "Hankkeessa kehitetään ...",
  or run into it: "Vahva arki. Hankkeessa kehitetään ..."), with its runner in the heading ("Oulun kaupunki:
  Vahva arki", "Vahva arki – Oulun kaupunki": the organisation coordinates it);
- names joined before one shared project word ("A-, B- ja C -hankkeissa").

An item is a name only if it looks like one: capitalised, short, no finite verb (unless quoted),
not an organisation, person or place the recogniser already knows, not a date, an amount or a diary number.
A list of goals or tasks ("Hankkeiden tavoitteet:") is no list of projects.

The lead-in's own facts apply to every item: "STM:n rahoittamat hankkeet", "X on myöntänyt
rahoituksen kahdeksalle hankkeelle" (funds, with each row's own amount), "X:n koordinoimat hankkeet"
(coordinates), "Kunta on mukana seuraavissa hankkeissa" (participatesIn), "Hallitus päättää ... seuraaville
hankkeille" (decides), "Keski-Suomessa käynnissä olevat hankkeet" (coversArea); the applicant a row names
("sökande X", "hakija X", "X ”Name”", "Name – X") runs that row's project.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.lists import OPEN_ENDS
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.money import APPLIED_LEAD, ROW_SUM_TAIL, find_amounts
from welfare_kg.extract.morphology import Morphology, get_morphology, verbless
from welfare_kg.extract.names import identity_key
from welfare_kg.extract.prefilter import guarded
from welfare_kg.extract.spans import SpanIndex
from welfare_kg.extract.text import ends_with_phase_one
from welfare_kg.loaders.record import DocumentRecord

# a plural project noun in any case, or a Swedish plural/indefinite one ("projekten", "följande projekt")
# ("hakkeille", "hakkeita": the project word's common typo, as "osahake" in extract/entities.py)
_PLURAL = (r"[\w-]*hankkeet|[\w-]*hankkei[a-zåäö]*|hakkei(?:lle|ta|ssa|siin|den)|[\w-]*projektit|"
           r"[\w-]*projektei[a-zåäö]*|[\w-]*projekteja|"
           r"[\w-]*projekten|[\w-]*pilotit|[\w-]*pilotte[a-zåäö]*|[\w-]*kokeilut|[\w-]*kokeilui[a-zåäö]*|"
           r"[\w-]*kokeiluja")
_COUNT = (r"kaksi|kahde[a-zåäö]*|kolme|kolme[a-zåäö]*|neljä|neljä[a-zåäö]*|viisi|viide[a-zåäö]*|kuusi|kuude[a-zåäö]*|"
          r"seitsemä[a-zåäö]*|kahdeksa[a-zåäö]*|yhdeksä[a-zåäö]*|kymmene?[a-zåäö]*|\d{1,3}|två|tre|fyra|fem|sex|"
          r"sju|åtta|nio|tio|följande|pågående|aktuella|beviljade|finansierade|nya|avslutade|våra")
# a counted project noun: "kahdeksalle hankkeelle", "åtta projekt" (not "38 Hankesopimusluonnos", an item number)
_COUNTED_NOUN = (r"[\w-]*(?:hanke|hankkee[a-zåäö]*|hanketta|projekt(?:i|ia|in|ille|issa|iin|et|en)?|"
                 r"pilotti[a-zåäö]*|pilottia)")
LEAD_WORD = guarded(re.compile(r"(?i)(?<![\w-])(?:" + _PLURAL + r"|(?:" + _COUNT + r")\s+(?:[\w-]+\s+)?" + _COUNTED_NOUN
                               + r"|projekt\s+som)(?![\w-])"))
# "Hankkeiden tavoitteet", "projektien tulokset": a genitive plural modifies another noun, the list is of that noun
_GENITIVE_PLURAL = re.compile(r"(?i)(?:hankkeiden|hankkeitten|projektien|pilottien|kokeilujen)$")
_NAME_NOUN = re.compile(r"(?i)\s*(?:nimet|nimi|lista|luettelo)\b")
# a list of goals, tasks, results or themes under a project word
_NOT_PROJECTS = re.compile(r"(?i)(?:tavoit|tehtäv|toimenpit|toimenpiteet|tulokse|tulokset|kohderyhm|painopist|teemo|"
                           r"teema|vaikutuk|keino|menetelm|toimintamall|periaat|kriteer|hyöty|hyödy|haaste|vaihe|"
                           r"kustannuk|budjet|aikataul|yhteyshenkil|yhteystied|mål|syfte|uppgift|åtgärd|resultat|"
                           r"tema|kontaktperson|tidtabell)")
_BULLET = re.compile(r"[ \t]*(?:[-•*–—·▪]|\d{1,2}[.)])[ \t]+")
_QUOTED = re.compile(r"[”“\"«]([^”“\"«»\n]{3,160}?)[”“\"»]")
_HEAD = re.compile(r"(?:Projektet|Projekt|Projekti|Hanke)[ \t]+(?=[”“\"«A-ZÅÄÖ0-9])")
_PAREN_TAIL = re.compile(r"[ \t]*\(([^()\n]{1,80})\)[ \t]*$")
_ACRONYM = re.compile(r"[A-ZÅÄÖ][A-ZÅÄÖ0-9&-]{1,14}")
# where a plain item's name ends: its note, applicant, amount or description after a separator
_NAME_END = re.compile(r"[ \t]*(?:\(|,[ \t]|;|:[ \t]|[ \t][–—-][ \t]|\.[ \t]|\.$)")
# the verb that ends "Projektet <name> har ..." / "Hanke <name> on ...": main verbs, not those of a relative clause
_MAIN_VERBS = {"är", "har", "var", "hade", "ska", "skall", "kommer", "blev", "blir", "syftar", "on", "oli", "ovat",
               "toimii", "pyrkii", "tähtää", "kehittää"}
_GENERIC = {"hanke", "hankkeet", "projekti", "projektit", "projekt", "projekten", "projektet", "lisätietoja",
            "yhteystiedot", "tausta", "ajankohtaista", "uutiset", "etusivu", "kuvaus", "läs mer", "mer information",
            "tavoitteet", "toteutus", "rahoitus", "kesto", "hakija", "ja", "sekä", "och"}
SUBHEADING_WORDS = 10  # a line ending in ":" within a list, of at most this many words, heads a group of items
MAX_WORDS = 12
CONTEXT = 1200  # characters before a list searched for the paragraph that says what its items are
PLACE_TYPES = {"Region", "Municipality", "CooperationArea"}
ORG_TYPES = {"Ministry", "Agency", "CompetenceCentre", "JointAuthority", "WellbeingCounty", "Municipality",
             "Association", "Company", "Parish", "Body"}
RUNNER_TYPES = ORG_TYPES - {"Body"}
# a lead-in's word for its actor's role toward the listed projects
ROLE_WORDS = [
    (re.compile(r"(?i)(?<![\w-])(?:rahoitta[a-zåäö]*|rahoittam[a-zåäö]*|rahoitus[a-zåäö]*|myön(?:si|sivät|tänyt|"
                r"täneet|tää|netty|nettiin|nettävä[a-zåäö]*)|avustu[a-zåäö]*|beviljat?[a-zåäö]*|finansier[a-zåäö]*|"
                r"finansiering[a-zåäö]*)(?![\w-])"), "funds"),
    (re.compile(r"(?i)(?<![\w-])(?:koordinoi[a-zåäö]*|koordinoim[a-zåäö]*|hallinnoi[a-zåäö]*|hallinnoim[a-zåäö]*|"
                r"administrer[a-zåäö]*|koordiner[a-zåäö]*)(?![\w-])"), "coordinates"),
    (re.compile(r"(?i)(?<![\w-])(?:mukana|osallistu[a-zåäö]*|deltar|medverkar|deltagit)(?![\w-])"), "participatesIn"),
    # a body's decision over the listed projects: "Hallitus päättää myöntää avustuksen seuraaville hankkeille:"
    (re.compile(r"(?i)(?<![\w-])(?:päättä[a-zåäö]*|päätti|päättänyt|hyväksy[a-zåäö]*|beslut[a-zåäö]*|beslöt|"
                r"godkän[a-zåäö]*)(?![\w-])"), "decides"),
]
# who may hold each role toward the listed projects; a body granting money funds (minutes: the deciding body)
ROLE_TYPES = {"funds": ORG_TYPES | {"Programme"}, "coordinates": ORG_TYPES - {"Body"},
              "participatesIn": ORG_TYPES - {"Body"}, "decides": {"Body"}}
# an applicant or runner named in a row: "sökande Kotka", "hakija Jyväskylän kaupunki", "hallinnoija X"
_ROW_RUNNER = re.compile(r"(?i)(?<![\w-])(?:sökande|hakija|hakijana|hallinnoija|päätoteuttaja|projektägare|"
                         r"huvudman)[ \t:]+")


@dataclass
class Item:
    """One listed project: the name's span, whether its layout alone makes it a name, and its row."""

    start: int
    end: int
    name: str
    strong: bool
    row: tuple[int, int]
    acronym: str | None = None
    applicant: bool = False  # the row opens with who applied for (and runs) the project


@dataclass
class ProjectList:
    """A list of projects: where its lead-in text lies and its items."""

    lead: tuple[int, int]
    items: list[Item] = field(default_factory=list)


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        out.append((pos, stop))
        pos = stop + 1
    return out


def is_lead_in(lead: str) -> bool:
    """A lead-in speaks of several projects as such: a plural or counted project word that is the head of its
    phrase, not the genitive of goals or tasks."""
    if _NOT_PROJECTS.search(lead):
        return False
    for m in LEAD_WORD.finditer(lead):
        word = m.group(0)
        if _GENITIVE_PLURAL.search(word) and not _NAME_NOUN.match(lead, m.end()):
            continue
        return True
    return False


_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?:]|\n|$)")


def speaks_of_projects(text: str, start: int, end: int) -> bool:
    """Whether a sentence of text[start:end] is a lead-in (each sentence judged alone: goals named in another
    sentence do not unmake a lead-in)."""
    return any(is_lead_in(m.group(0)) for m in _SENTENCE.finditer(text, start, end))


def _subheading(line: str, next_line: str) -> bool:
    """A short line heading a group of items: ending in a colon, or followed by a bullet
    ("Fungerande hemvård, totalt 5,4 miljoner euro" over its rows)."""
    s = line.strip()
    if not 0 < len(s.split()) <= SUBHEADING_WORDS or _BULLET.match(line) or s.endswith("."):
        return False
    return s.endswith(":") or _BULLET.match(next_line) is not None


def _colon_lead(text: str, line: tuple[int, int] | None) -> bool:
    """Whether the line before a list introduces projects: a line ending in a colon whose last sentence holds the
    lead-in words, or a short heading that does."""
    if line is None:
        return False
    chunk = text[line[0]:line[1]].rstrip()
    if not chunk.endswith(":"):
        # a heading of its own over the list: "Käynnissä olevat hankkeet", "Pågående projekt"
        words = chunk.split()
        return 0 < len(words) <= HEADING_WORDS and not chunk.endswith((".", "!", "?", ",", ";")) \
            and not _BULLET.match(chunk) and is_lead_in(chunk)
    cut = max(chunk.rfind(". "), chunk.rfind("! "), chunk.rfind("? "))
    return is_lead_in(chunk[cut + 2 if cut >= 0 else 0:])


@lru_cache(maxsize=2)
def find_lists(text: str) -> tuple[ProjectList, ...]:
    """Bullet runs and plain-line runs under a lead-in, inline lists after one, and headings of project
    presentations. Kept for the document's text: its mentions and its facts both read them (read-only)."""
    return tuple(_line_lists(text) + _inline_lists(text) + _heading_lists(text) + _run_in_rows(text)
                 + _elided_lists(text))


# "Arjen apu-, Vahva koti- ja Nuorten polku -hankkeissa": names joined before one shared project word, each but
# the last ending in the hyphen of the elided compound
_ELIDED_TAIL = re.compile(r"[ \t]?-(?:hanke|hankkee[a-zåäö]*|hanketta|hankkei[a-zåäö]*|projekt[a-zåäö]*)(?![\w-])",
                          re.IGNORECASE)
_ELIDED_JOIN = re.compile(r"-[ \t]*(?:,[ \t]*|[ \t]+(?:ja|sekä|och|tai)[ \t]+)(?=[”“\"«A-ZÅÄÖ0-9])")
# words that end a name read backwards from its hyphen: verbs, adverbs, postpositions, pronouns
_NOT_IN_NAME = {"teonsana", "seikkasana", "suhdesana", "asemosana"}
ELIDED_REACH = 400


def _elided_lists(text: str) -> list[ProjectList]:
    out: list[ProjectList] = []
    for tail in _ELIDED_TAIL.finditer(text):
        floor = max(0, tail.start() - ELIDED_REACH)
        cut = max(text.rfind(". ", floor, tail.start()), text.rfind("\n", floor, tail.start()),
                  text.rfind(":", floor, tail.start()), floor - 1)
        chunk_a = cut + 1
        joins = list(_ELIDED_JOIN.finditer(text, chunk_a, tail.start()))
        if not joins:
            continue
        # the items: after each join up to the next; the first runs back from the first join
        bounds = [(j.end(), (joins[k + 1].start() if k + 1 < len(joins) else tail.start()))
                  for k, j in enumerate(joins)]
        first_end = joins[0].start()
        first_a = _name_start(text, chunk_a, first_end)
        if first_a is None:
            continue
        items = [_item(text, a, b, False, (a, b)) for a, b in [(first_a, first_end), *bounds]]
        lst = ProjectList(lead=(chunk_a, tail.end()), items=[i for i in items if i is not None])
        if len(lst.items) >= 2:
            out.append(lst)
    return out


def _name_start(text: str, floor: int, end: int) -> int | None:
    """Where a name ending at `end` mid-sentence begins: read back over nouns, adjectives and conjunctions to the
    first capitalised word after a verb, adverb or pronoun ("Keskus on mukana | Arjen apu-")."""
    morph = get_morphology()
    words = list(re.finditer(r"[^\s,]+", text[floor:end]))
    start = None
    for w in reversed(words):
        token = w.group(0).strip("”“\"«»()")
        readings = morph.analyse(token)
        if readings and all(r.cls in _NOT_IN_NAME for r in readings):
            break
        if token[:1].isupper():
            start = floor + w.start()
        if len(text[floor + w.start():end].split()) > MAX_WORDS:
            break
    return start


# a row of a grant list ends with its sum: "..., 114 000 euroa." / "... 50 073 euro" before the next row
_ROW_END = re.compile(r"\d[\d \u00a0.,]*\s*(?:miljoonaa\s+|miljoner\s+|milj\.\s+)?(?:euroa|euro|eur|€)\.?",
                      re.IGNORECASE)
_FOR = re.compile(r"[ \t]+(?:för|till)[ \t]+(?=[”“\"«A-ZÅÄÖ])")
ROWS_REACH = 3000
INLINE_REACH = 600  # characters an inline list runs to at most (a transcript may have no full stops)
INLINE_ITEMS = 15
LEAD_REACH = 600  # characters back from a list to the start of its lead-in sentence (no scan of the document)
ROW_CHARS = 300


def _run_in_rows(text: str) -> list[ProjectList]:
    """"Följande projekt får statsbidrag: X stad för <name>, 114 000 euro. Y samkommun för <name>, 50 073 euro."
    and "Seuraavat hankkeet saavat avustusta: X, <name>, 50 000 euroa.": rows of a grant list run into a
    paragraph under a lead-in ending in a colon, each row ending with its sum.

    A row's name follows "för" after the applicant, or is the field after the applicant's comma."""
    out: list[ProjectList] = []
    done = 0  # rows already read belong to the list before: each row is read once
    for colon in re.finditer(r":[ \t]*\n?", text):
        if colon.start() < done:
            continue
        floor = max(0, colon.start() - LEAD_REACH)
        line_a = max(text.rfind("\n", floor, colon.start()) + 1, floor)
        dot = text.rfind(". ", line_a, colon.start())
        lead = text[(dot + 2 if dot >= 0 else line_a):colon.start()]
        if not is_lead_in(lead):
            continue
        stop = re.search(r"\n[ \t]*\n", text[colon.end():colon.end() + ROWS_REACH])
        end = colon.end() + (stop.start() if stop else min(ROWS_REACH, len(text) - colon.end()))
        rows = []
        pos = colon.end()
        for amount in _ROW_END.finditer(text, pos, end):
            if amount.start() - pos > ROW_CHARS:
                break
            rows.append((pos, amount.start(), amount.end()))
            pos = amount.end()
            while pos < end and text[pos] in " \t\n":
                pos += 1
        if len(rows) < 2 or any("\n" in text[a:b].strip() for a, b, _ in rows):
            continue  # one sum is no list; rows on lines of their own are read as lines
        done = rows[-1][2]
        lst = ProjectList(lead=(max(0, colon.start() - CONTEXT), colon.start()))
        for a, b, row_end in rows:
            item = _row_item(text, a, b, row_end)
            if item is not None:
                lst.items.append(item)
        if lst.items:
            out.append(lst)
    return out


def _row_item(text: str, a: int, b: int, row_end: int) -> Item | None:
    body = text[a:b].rstrip(" \t,:")
    for_ = _FOR.search(body)
    if for_ is not None:
        name_a = a + for_.end()
        name_b = a + len(body)
        item = _item(text, name_a, name_b, True, (a, row_end))
    else:
        fields = list(re.finditer(r"[^,]+", body))
        if len(fields) < 2:
            return None
        f = fields[1]  # "Applicant, <name>, sum": the name is the second field
        item = _item(text, a + f.start(), a + f.end(), False, (a, row_end))
    if item is not None:
        item.applicant = True
    return item


# a paragraph about the project its heading names: "Hankkeessa kehitetään ...", "Projektet syftar till ..."
_ANAPHOR_START = re.compile(r"[ \t]*(?:Hankkeessa|Hanke|Hankkeen|Hankkeella|Hanketta|Hankkeeseen|Projektissa|Projekti|"
                            r"Projektin|Projektia|Projektet|Projektets|I[ \t]+projektet)(?![\w-])")
HEADING_WORDS = 8
# who runs a heading's project, written with it: "Arjen polku – Jyväskylän kaupunki", "Jyväskylän kaupunki: Arjen polku"
_RUNNER_BEFORE = re.compile(r"(?P<org>[^:\n]{3,80}):[ \t]+(?=\S)")
_RUNNER_AFTER = re.compile(r"[ \t]+[–—-][ \t]+(?P<org>\S[^–—\n]*)$")
_RUNNER_KIND = re.compile(r"(?i)(?:kaupunki|kunta|hyvinvointialue|kuntayhtymä|yhdistys|liitto|säätiö|seurakunta|"
                          r"\bry|\boy|\bab|\brf|stad|kommun|välfärdsområde)\.?$")
# a form's field row under a line, not a paragraph about the project: "Hankkeen nimi: ARPA", "Projektin kesto:"
_FIELD_ROW = re.compile(r"[ \t]*(?:Hankkeen|Projektin|Hanke|Projekti)(?:[ \t]+[\w-]+){0,3}[ \t]*:")
# a form's one-word field label before a colon: "Hankekoodi", "Projektinumero", "Diaarinumero"
_FIELD_LABEL = re.compile(r"(?i)(?:hanke|projekti?|diaari)[\w-]*|[\w-]*(?:koodi|numero|tunnus)")
# a report's numbered section title ("3 Suunnitelman mukainen tiivistelmä"), not a project's heading
_SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?[ \t]+(?=[A-ZÅÄÖ])")
# "Vahva arki. Hankkeessa kehitetään ...": a short name opening its paragraph, a full stop, then "the project"
_RUN_IN_HEADING = re.compile(r"[ \t]*(?P<name>[A-ZÅÄÖ][^.!?:;,\n]{1,80}?)\.(?=" + _ANAPHOR_START.pattern + r")")


def _heading_lists(text: str) -> list[ProjectList]:
    """"Vahva arki" on a line of its own, then "Hankkeessa kehitetään ...": a page presenting several projects
    gives each a heading and a paragraph that speaks of it as "the project". Two such headings at least, and the
    page speaks of projects in the plural before the first."""
    lines = _lines(text, 0, len(text))
    heads: list[Item] = []
    for k, (a, b) in enumerate(lines):
        line = text[a:b].strip()
        run_in = _RUN_IN_HEADING.match(text, a, b)
        if run_in is not None and not LEAD_WORD.search(run_in.group("name")) \
                and len(run_in.group("name").split()) <= HEADING_WORDS:
            # "Vahva arki. Hankkeessa kehitetään ...": the heading run into its paragraph
            item = _item(text, run_in.start("name"), run_in.end("name"), False, (a, b))
            if item is not None:
                heads.append(item)
            continue
        if not line or _BULLET.match(text[a:b]) or line.endswith((".", ":", ",", ";", "!", "?")):
            continue
        if len(line.split()) > HEADING_WORDS or LEAD_WORD.search(line) or _ANAPHOR_START.match(line):
            continue
        nxt = _next_nonblank(text, lines, k)
        if nxt is None or _ANAPHOR_START.match(text, nxt[0]) is None or _FIELD_ROW.match(text, nxt[0]) \
                or _SECTION_NUMBER.match(line):
            continue  # a form's rows ("Hankekoodi: S123" over "Hankkeen nimi: X"), a report's "3 Tiivistelmä"
        start = a + text[a:b].find(line)
        end = start + len(line)
        before = _RUNNER_BEFORE.match(line)
        after = _RUNNER_AFTER.search(line)
        if before is not None and _FIELD_LABEL.fullmatch(before.group("org").strip()):
            continue  # "Hankekoodi: S123": a field and its value, not a runner and its project
        row, applicant = (a, nxt[1]), False
        if before is not None and _RUNNER_KIND.search(before.group("org")):
            start, applicant = start + before.end(), True  # "Jyväskylän kaupunki: Arjen polku"
        elif after is not None and _RUNNER_KIND.search(after.group("org")):
            end, row = start + after.start(), (a, b)  # "Arjen polku – Jyväskylän kaupunki": the row is the line
        item = _item(text, start, end, False, row)
        if item is not None:
            item.applicant = applicant
        if item is not None:
            heads.append(item)
    if len(heads) < 2:
        return []
    lead_a = max(0, heads[0].start - CONTEXT)
    if not speaks_of_projects(text, lead_a, heads[0].start):
        return []
    return [ProjectList(lead=(lead_a, heads[0].start), items=heads)]


def _line_lists(text: str) -> list[ProjectList]:
    lines = _lines(text, 0, len(text))
    out: list[ProjectList] = []
    k = 0
    prev_end = 0
    while k < len(lines):
        a, b = lines[k]
        line = text[a:b]
        bullet = _BULLET.match(line) is not None
        if bullet:
            strict_lead = _colon_lead(text, _prev_nonblank(text, lines, k))
            plain_start = False
        else:
            # plain lines are items only under a colon; under a heading they are text ("Lehdistötiedote • 15.9.").
            # The cheap tests first: the lead-in words are read only under a short line after a colon (a page of
            # 20 MB has some 270,000 lines)
            prev = _prev_nonblank(text, lines, k) if _short(line) else None
            plain_start = prev is not None and text[prev[0]:prev[1]].rstrip().endswith(":") \
                and _colon_lead(text, prev)
            strict_lead = plain_start
            if not plain_start:
                k += 1
                continue
        # a run: bullets (or plain short lines after a lead-in), blank lines and sub-headings between groups
        run_start = a
        ctx_a = max(prev_end, run_start - CONTEXT)
        lst = ProjectList(lead=(ctx_a, run_start))
        # the lead-in words of the context are read only when a row could be taken (None: not read yet)
        context_ok: bool | None = True if strict_lead else None
        group_strict = strict_lead
        plain = plain_start
        while k < len(lines):
            a, b = lines[k]
            line = text[a:b]
            if not line.strip():
                if plain:  # a plain-line list ends at a blank line
                    break
                k += 1
                continue
            if _BULLET.match(line):
                item = _line_item(text, a, b)
                if item is not None and (item.strong or group_strict or _amount_tail(text, item)):
                    if context_ok is None:
                        context_ok = speaks_of_projects(text, ctx_a, run_start)
                    if context_ok:
                        lst.items.append(item)
                k += 1
                continue
            if plain and _short(line):
                item = _line_item(text, a, b)
                if item is not None and group_strict:
                    lst.items.append(item)
                k += 1
                continue
            nxt = _next_nonblank(text, lines, k)
            if nxt is not None and _subheading(line, text[nxt[0]:nxt[1]]):
                # "Toimivan kotihoidon kehittäminen:", "28.9.2015:": a group under the same lead-in; a sub-heading
                # with its own project word is a strict lead-in of its group
                group_strict = strict_lead or is_lead_in(line)
                if group_strict:
                    context_ok = True
                k += 1
                continue
            break
        prev_end = lines[k - 1][1] if k else 0
        if lst.items:
            out.append(lst)
        if k < len(lines) and lines[k][0] == run_start:
            k += 1
    return out


def _prev_nonblank(text: str, lines: list[tuple[int, int]], k: int) -> tuple[int, int] | None:
    for j in range(k - 1, max(-1, k - 4), -1):
        if text[lines[j][0]:lines[j][1]].strip():
            return lines[j]
    return None


def _next_nonblank(text: str, lines: list[tuple[int, int]], k: int) -> tuple[int, int] | None:
    for j in range(k + 1, min(len(lines), k + 4)):
        if text[lines[j][0]:lines[j][1]].strip():
            return lines[j]
    return None


def _short(line: str) -> bool:
    s = line.strip()
    return 0 < len(s.split()) <= MAX_WORDS and not s.endswith((".", ":"))


def _amount_tail(text: str, item: Item) -> bool:
    """"Aktivistit (80 000 euroa)": a row that gives its grant right after the name is a row of a grant list."""
    paren = re.match(r"[ \t]*\(([^()]*)\)[ \t]*$", text[item.end:item.row[1]])
    return paren is not None and _money(paren.group(1))


_SHORT_EUROS = re.compile(r"(?i)(?:n\.|noin|ca\.?)?[ \t]*\d[\d \u00a0.,]*[ \t]*(?:e|€|eur)")


def _money(note: str) -> bool:
    """"80 000 euroa", "25 000e", "1,2 milj. €": a sum of money and nothing else."""
    return bool(find_amounts(note)) or _SHORT_EUROS.fullmatch(note.strip()) is not None


def _line_item(text: str, a: int, b: int) -> Item | None:
    """The project name a row gives: a quoted name, the words after "Projekt", or the row's head up to its note."""
    line = text[a:b]
    bullet = _BULLET.match(line)
    s = a + (bullet.end() if bullet else len(line) - len(line.lstrip()))
    body = text[s:b]
    # the first quoted name not inside parentheses: "Kuntayhtymä (”Siun Sote”) ”Name” -hanke" names the project last
    quoted = next((q for q in _QUOTED.finditer(body) if body.count("(", 0, q.start()) <= body.count(")", 0, q.start())),
                  None)
    first_sum = _ROW_END.search(body)
    if quoted is not None and quoted.start(1) - 1 <= max(len(body) // 2, first_sum.start() if first_sum else 0):
        item = _item(text, s + quoted.start(1), s + quoted.end(1), True, (a, b))
        if item is not None:
            item.applicant = True  # an organisation right before a quoted name applied for it
        return item
    head = _HEAD.match(body)
    close = re.search(r"[”\"»]", body)
    if head is not None and close is not None and not re.search(r"[“«]", body[:close.start()]):
        # "Projekt Täydentäen toimivaa (Täytyy)”, sökande ...": the opening quote lost
        return _item(text, s + head.end(), s + close.start(), True, (a, b))
    if head is not None:
        words = list(re.finditer(r"\S+", body[head.end():]))
        end = None
        for w in words:
            token = w.group(0).strip(",.;:")
            if token.lower() in _MAIN_VERBS:
                end = w.start()
                break
        if end is not None and end > 0:
            return _item(text, s + head.end(), s + head.end() + end, True, (a, b))
    paren = _PAREN_TAIL.search(body)
    if paren is not None and _money(paren.group(1)):
        # "Mummot, mimmit ja jäbät (50 000e)": a grant row's name is all that stands before its amount
        return _item(text, s, s + paren.start(), False, (a, b))
    named = _ACRONYM_CLOSE.search(body)
    stop = _NAME_END.search(body)
    if named is not None and "(" not in body[:named.start()] and stop is not None and stop.group(0).startswith(","):
        # "Hanke- ja investointisuunnitelma liittyen X:ään, Y:hyn ja Z:aan (TAJAVA), Vantaan kaupunki": an acronym in
        # brackets closes the name, commas and all (the item ends before the brackets, as a grant row's title does)
        item = _item(text, s, s + named.start(), False, (a, b))
        if item is not None:
            item.acronym = named.group(0).strip(" \t()")
        return item
    stop = _NAME_END.search(body)
    end = s + (stop.start() if stop else len(body.rstrip()))
    return _item(text, s, end, False, (a, b))


# an acronym in brackets followed by the row's end or a comma: the end of a long name
_ACRONYM_CLOSE = re.compile(r"[ \t]+\([A-ZÅÄÖ][A-ZÅÄÖ0-9-]{1,14}\)(?=[ \t]*(?:,|$))")


def _item(text: str, a: int, b: int, strong: bool, row: tuple[int, int]) -> Item | None:
    name = text[a:b]
    lead = len(name) - len(name.lstrip(" \t”“\"«"))
    name = name.strip(" \t”“\"«»")
    a += lead
    b = a + len(name)
    acronym = None
    paren = _PAREN_TAIL.search(name)
    if paren is not None and _ACRONYM.fullmatch(paren.group(1)):
        acronym = paren.group(1)
    if not name:
        return None
    return Item(a, b, name, strong, row, acronym)


# an inline list: the lead-in phrase, then names up to the end of the sentence
_SUCH_AS = r"(?:mm\.|muun[ \t]+muassa|esimerkiksi|kuten|eli|nimeltään|bl\.a\.|till[ \t]+exempel|t\.ex\.|såsom)"
_INLINE_VERB = (r"(?:[ \t]+(?:ovat|olivat|on|oli|är|var)(?:[ \t]+" + _SUCH_AS + r")?[ \t]+|[ \t]*,?[ \t]+" + _SUCH_AS
                + r"[ \t]+|[ \t]*\([ \t]*|[ \t]*:[ \t]*|[ \t]+)")
# At a word's start, first a cheap test that the word holds a stem of one of LEAD_WORD's plural nouns, or is one of
# its counts before a space: every match of LEAD_WORD passes it (each plural form holds one of the five stems, a
# counted noun follows its count and a space), so the matches are the same, and the ten `[\w-]*` forms are
# tried only at the few words that pass (a page's scan ~1.8x faster).
_LEAD_AT = r"(?<![\w-])"
_MAY_LEAD = r"(?=[\w-]*(?:hankk|hakkei|projek|pilot|kokeil)|(?:" + _COUNT + r")\s)"
assert LEAD_WORD.pattern.startswith("(?i)" + _LEAD_AT)
_INLINE = re.compile(r"(?i:" + _LEAD_AT + _MAY_LEAD + LEAD_WORD.pattern[4 + len(_LEAD_AT):] + r")" + _INLINE_VERB
                     + r"(?=[”“\"«A-ZÅÄÖ])")
_SPLIT = re.compile(r",[ \t]+(?:ja[ \t]+|sekä[ \t]+|och[ \t]+)?(?=[”“\"«A-ZÅÄÖ0-9])|[ \t]+(?:ja|sekä|och|samt)[ \t]+"
                    r"(?=[”“\"«A-ZÅÄÖ0-9])")
_SENTENCE_END = re.compile(r"\.(?=\s|$)|\n|[!?;]")


def _inline_lists(text: str) -> list[ProjectList]:
    out: list[ProjectList] = []
    done = 0
    for m in _INLINE.finditer(text):
        if m.start() < done:
            continue  # inside the list before
        floor = max(0, m.start() - LEAD_REACH)
        dot = text.rfind(". ", floor, m.start())
        lead_a = max(dot + 2 if dot >= 0 else floor, text.rfind("\n", floor, m.start()) + 1)
        if not is_lead_in(text[lead_a:m.end()]):
            continue
        stop = _SENTENCE_END.search(text, m.end(), m.end() + INLINE_REACH)
        end = stop.start() if stop else min(len(text), m.end() + INLINE_REACH)
        if m.group(0).rstrip().endswith("("):  # "kolme hanketta (A, B ja C)": the list is the parenthesis
            close = text.find(")", m.end(), end)
            if close < 0:
                continue
            end = close
        pieces = []
        pos = m.end()
        for sep in [*_SPLIT.finditer(text, m.end(), end), None]:
            cut = sep.start() if sep is not None else end
            pieces.append((pos, cut))
            pos = sep.end() if sep is not None else end
        if len(pieces) < 2:
            continue
        done = end
        lst = ProjectList(lead=(lead_a, m.end()))
        for a, b in pieces[:INLINE_ITEMS]:
            if len(text[a:b].split()) > MAX_WORDS:
                break  # running text, not a name: the list has ended
            item = _inline_item(text, a, b)
            if item is not None:
                lst.items.append(item)
        if lst.items and (len(lst.items) >= 2 or not _bare_space(m, text)):
            out.append(lst)
    return out


def _bare_space(m: re.Match[str], text: str) -> bool:
    """The lead word ends in a space only ("... rahoittamat projektit Ohjelmakausi Viranomaisen merkintöjä"): no
    verb, colon, bracket or "mm." opens a list, so a single capitalised run after it is the page's next words
    (a flattened form's field labels, a heading), not a name; two listed names or more still make a list."""
    lead = LEAD_WORD.search(text, m.start(), m.end())
    return lead is not None and not text[lead.end():m.end()].strip()


# a case's diary number after an item's title in a list of items ("TES och nyckelfritt SN 2017/212", "Dnr KS
# 2019/12", "Dnro 123/2019"): the register's code, never a word of the name; a piece that opens with one is the
# next item's number run into the list, not a name
_DIARY_NUMBER = re.compile(r"(?:^|[ \t]+)(?:(?:(?:Dnr|Dnro|Dno|Diaarinro|Diarienr)\.?:?[ \t]*)(?:[A-ZÅÄÖ]{1,6}[ \t]+)?|"
                           r"[A-ZÅÄÖ]{1,6}[ \t]+)(?:(?:19|20)\d\d/\d{1,5}|\d{1,5}/(?:19|20)\d\d)(?![\d/])")


# a listed item's opening genitive and agent participle of running or funding: "Kemin kaupungin hallinnoima ",
# "STEAn rahoittama ", "Lapin yliopiston yhdessä Kemin kanssa toteuttama "
_AGENT_LEAD = re.compile(r"[ \t]*(?:\S+[ \t]+){1,8}?(?:hallinnoi|koordinoi|toteutta|johta|rahoitta|luotsaa)m[aä][ \t]+"
                         r"|[ \t]*(?:\S+[ \t]+){1,8}?vetämä[ \t]+", re.IGNORECASE)


def _inline_item(text: str, a: int, b: int) -> Item | None:
    piece = text[a:b]
    if (diary := _DIARY_NUMBER.search(piece)) is not None:
        piece = piece[:diary.start()]
    agent = _AGENT_LEAD.match(piece)
    if agent is not None:
        # "kuten Kemin kaupungin hallinnoima Arjen polku": the runner's or funder's genitive and its participle
        # qualify the item, they are no words of its name (the relation rules read them)
        a += agent.end()
        piece = piece[agent.end():]
    quoted = _QUOTED.match(piece.strip())
    if quoted is not None:
        k = a + piece.find(quoted.group(1))
        return _item(text, k, k + len(quoted.group(1)), True, (a, b))
    # "Arjen polku, jossa kehitetään ...": a relative clause about the item ends its name
    stop = re.search(r"[ \t]*(?:\(|[ \t][–—-][ \t]|,[ \t]+(?:jossa|joka|jonka|jota|jolla|jolle|joiden|som|där|"
                     r"vars)(?![\w-]))", piece)
    end = a + (stop.start() if stop else len(piece.rstrip()))
    # "Vahva arki -hanke", "A-hanke": the head word is not part of the listed name; glued into one word
    # ("Rakenneuudistushanke") it is, the compound being the name
    name = text[a:end]
    tail = re.search(r"(?:[ \t]+-?|-)(?:hanke|hankkeet|projekti|projekt|projektet)$", name, re.IGNORECASE)
    if tail is not None:
        end = a + tail.start()
    return _item(text, a, end, False, (a, b))


# a full ISO date ("2018-12-11"): project names carry years or periods, documents carry the day they were made
_FULL_DATE = re.compile(r"(?<![\d-])(?:19|20)\d\d-[01]?\d-[0-3]?\d(?![\d-])")


def _name_like(item: Item, morph: Morphology) -> bool:
    name = item.name
    words = name.split()
    if not words or len(words) > MAX_WORDS or len(name) < 3:
        return False
    if not (name[:1].isupper() or name[:1].isdigit()):
        return False
    if name.endswith(":") or ". " in name or "@" in name or "http" in name.lower() or "www." in name.lower():
        return False
    if re.search(r"\d{1,2}\.\d{1,2}\.|^\d[\d .,]*$|\w-\d{4}-\d", name) or find_amounts(name):
        return False
    if _FULL_DATE.search(name):
        return False  # "Beslut prioritering ERUF 2018-12-11": a dated document (a link under a list)
    if name.lower() in _GENERIC or not re.search(r"[^\W\d_]{3,}", name):
        return False
    if words[-1].lower() in OPEN_ENDS and not (len(words) > 1 and ends_with_phase_one(words[-2], words[-1])):
        return False  # "• Opiskele itseksesi ja": a row cut off where an excerpt ends, the name left unfinished
    if item.strong:
        return True
    if words[-1].lower().rstrip(".") in _LEGAL_FORMS:
        return False  # "• Itä-Helsingin lähimmäistyö Hely ry, Ikääntyvien ... (Senioriverkko)": the row's owner
    return verbless(name, morph)


# a registered association's or a company's legal form ends an organisation's name, never a project's
_LEGAL_FORMS = {"ry", "r.y", "rf", "r.f", "oy", "oyj", "ab", "abp", "sr", "ky"}


def _covering(text: str, have: SpanIndex[Mention], item: Item) -> tuple[bool, list[Mention], list[Mention]]:
    """Whether the recogniser already read the item as a project or as something else (an organisation, person,
    programme or place making up much of it); the project mentions lying inside it; and project mentions that
    read its whole row as a name ("Name, Applicant, 20 000 euroa"), which the list's own name replaces."""
    inside_projects: list[Mention] = []
    rows: list[Mention] = []
    known = False
    for m in have.overlapping(item.start, item.end):
        share = min(m.end, item.end) - max(m.start, item.start)
        # a programme read from words inside a listed project's name ("Toteutettavuusselvitys TKI-toiminnan
        # kehittämisohjelmasta ...") is part of that name; a known programme stays
        if (m.type == "Project" or (m.type == "Programme" and m.rule != "gazetteer")) and not m.generic:
            if m.start <= item.start and item.end <= m.end:
                if m.end > item.end and _ROW_END.search(text, item.end, m.end):
                    rows.append(m)
                else:
                    known = True  # the item is a project named already
            else:
                inside_projects.append(m)
            continue
        if m.type in PLACE_TYPES:
            known = known or share * 5 >= (item.end - item.start) * 4  # "Pirkanmaa": a place, not a project
            continue
        if m.type in {"Project", "Agreement"} and m.generic:
            continue
        if share * 2 >= item.end - item.start or m.start <= item.start:
            known = True  # "THL", "Sari Virtanen", "Helsingin kaupunki", "ESR": someone or something named
    return known, inside_projects, rows


def _after_place_label(text: str, have: SpanIndex[Mention], item: Item) -> Item:
    """"Etelä-Karjala: Etelä-Karjalan LAPE", "Keski-Suomi: Perhekeskus Keski-Suomi": a row opened by a place and a
    colon lists the project under the area it runs in (a ministry's grants by region); the name is what follows."""
    colon = item.name.find(": ")
    if colon <= 0:
        return item
    label_end = item.start + colon
    if not any(m.type in PLACE_TYPES and m.start <= item.start and m.end >= label_end
               for m in have.overlapping(item.start, label_end)):
        return item
    start = label_end + 1
    while start < item.end and text[start] in " \t":
        start += 1
    if start >= item.end:
        return item
    return replace(item, start=start, name=text[start:item.end])


def project_list_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                          morph: Morphology) -> list[list[Mention]]:
    """per_sentence with each listed project that no rule named added as a Project."""
    have = SpanIndex([m for ms in per_sentence for m in ms])
    added: list[Mention] = []
    drop: set[int] = set()
    taken: set[tuple[int, int]] = set()
    cut = len(text.rstrip())
    for lst in find_lists(text):
        for item in lst.items:
            if (item.start, item.end) in taken or not _name_like(item, morph):
                continue
            item = _after_place_label(text, have, item)
            if not item.strong and item.row[1] >= cut and item.end >= cut:
                continue  # "• Digitaalisen v": the last row of an excerpt cut off mid-name
            known, inside, rows = _covering(text, have, item)
            drop.update(id(m) for m in rows)
            if known:
                continue
            taken.add((item.start, item.end))
            label = item.name
            if item.acronym and (tail := _PAREN_TAIL.search(item.name)) is not None:
                label = text[item.start:item.end - len(tail.group(0))].rstrip()
            end = item.end
            if (money := ROW_SUM_TAIL.search(label)) is not None and money.start() > 0:
                label = label[:money.start()]  # "Byns röster 40 000 kronor": the row's grant is no part of the name
                end = item.start + len(label)
            key = identity_key(label, morph) or None
            if key is None:
                continue
            # "Framtidens" read alone inside "Framtidens social- och hälsocentral": the list gives the whole name
            drop.update(id(m) for m in inside)
            drop.update(id(m) for m in have.overlapping(item.start, item.end)
                        if m.type == "Municipality" and item.start <= m.start and m.end <= item.end)
            parts = (label,) if label != item.name else ()
            added.append(Mention(start=item.start, end=end, surface=text[item.start:end] if end != item.end
                                 else item.name, label=label, type="Project",
                                 rule="project-list", acronym=item.acronym, key=key, parts=parts))
    return insert_mentions(per_sentence, starts, added, drop) if added or drop else per_sentence


def project_list_facts(record: DocumentRecord, mentions: list[Mention], facts: list[Fact] | None = None) -> list[Fact]:
    """`facts` with what lists of projects say added: the lead-in's actor toward each listed project, and who
    runs each row's project.

    Where the lead-in's funder is given each row's own sum, a fact the sentence rules read from the lead-in
    itself ("on myöntänyt yhteensä 14,2 miljoonaa euroa kahdeksalle hankkeelle" as all of it to the first
    project named) is dropped: the total is no project's grant."""
    text = record.text
    index = SpanIndex([m for m in mentions if m.iri])
    out: list[Fact] = []
    totals: list[tuple[str, int, int, set[str]]] = []  # funder, lead-in span, projects given their own sums
    for lst in find_lists(text):
        projects = []
        for item in lst.items:
            hit = next((m for m in index.overlapping(item.start, item.end)
                        if m.type == "Project" and not m.generic and m.start < item.end and item.start < m.end), None)
            if hit is not None:
                projects.append((item, hit))
        if not projects:
            continue
        roles = _lead_roles(text, lst, index, {p.iri for _, p in projects})
        for item, project in projects:
            a, b = item.row
            ev = Evidence(text[a:b][:300], a, b)
            for predicate, actor in roles:
                amount = None
                if predicate == "funds" and APPLIED_LEAD.search(text[lst.lead[0]:lst.lead[1]]):
                    continue  # "ovat hakeneet avustusta seuraavat hankkeet:": applicants, not grants
                if predicate == "funds":
                    euros = [x for x in find_amounts(text[item.end:b], item.end) if not x.share]
                    amount = euros[-1].value if euros else None
                if predicate == "coversArea":
                    out.append(Fact(project.iri, predicate, actor, ev, "coversArea:project-list-lead", 0.6))
                elif actor != project.iri:
                    out.append(Fact(actor, predicate, project.iri, ev, f"{predicate}:project-list-lead", 0.6,
                                    amount=amount))
                    if amount is not None:
                        totals.append((actor, *lst.lead, {project.iri}))
            runner = _ROW_RUNNER.search(text, item.end, b)
            # "sökande Kotka" after the name, or the applicant opening a run-in row ("Kotkan kaupunki, <name>, ...")
            at = runner.end() if runner is not None else a if item.applicant else None
            after = _AFTER_NAME.match(text, item.end, b)
            if runner is None and not item.applicant and after is not None:
                # "• Name – Oulun kaupunki", "• Name, Oulun kaupunki, 20 000 euroa": who runs the row's project
                who = next((m for m in index.starting_in(after.end(), after.end() + 1) if m.type in RUNNER_TYPES
                            and m.type != "Ministry" and m.iri != project.iri
                            and _ROW_TAIL.fullmatch(text, m.end, b)), None)
            elif at is not None and runner is not None:
                who = next((m for m in index.starting_in(at, min(b, at + 3)) if m.type in RUNNER_TYPES
                            and m.iri != project.iri), None)
            elif at is not None:
                who = _applicant_before(text, index, a, item.start, project.iri)
            else:
                who = None
            if who is not None:
                out.append(Fact(who.iri, "coordinates", project.iri, ev, "coordinates:project-list-row", 0.65))
            elif runner is None and not item.applicant:
                for who in _closing_runners(text, index, item.end, b, project.iri):
                    out.append(Fact(who.iri, "coordinates", project.iri, ev, "coordinates:project-list-row", 0.65))
    kept = [f for f in facts or [] if not _total_as_grant(f, totals)]
    return kept + out


# after a row's name, its runner: a spaced dash or a comma ("• Name, Oulun kaupunki, 20 000 euroa", "• Name, X Oy";
# the runner must then end the row but for its legal form or sum, _ROW_TAIL)
_AFTER_NAME = re.compile(r"[ \t]+[–—-][ \t]+|,[ \t]+")
# what may follow the runner on its row: its legal form, a sum, nothing
_ROW_TAIL = re.compile(r"[ \t]*(?:Oyj?|Ab|ry|rf|r\.y\.)?[ \t.]*(?:,[ \t]*[^,\n]*\d[^,\n]*)?[ \t.]*")
# what may stand between an applicant and the name it applied for: a comma, its own name in parentheses, a quote
_APPLICANT_GAP = re.compile(r"[ \t,]*(?:\([^()]*\))?[”»\")]*[ \t,:]*[”“\"«]?[ \t]*")


# between the runners that close a row: "Vantaan kaupunki ja Uudenmaan liitto"
_RUNNER_JOINER = re.compile(r"[ \t]*(?:,|\bja\b|\bsekä\b|\boch\b)[ \t]*")


def _closing_runners(text: str, index: SpanIndex[Mention], a: int, b: int, project: str) -> list[Mention]:
    """The organisations that close a row after a longer description ("• ETAPLATE – Ecosystem for ..., Laurea-
    ammattikorkeakoulu", "• Name (TAJAVA), Vantaan kaupunki ja Uudenmaan liitto"): the runners of the row's
    project, in the nominative, after its last comma, joined by "ja" when there are two or more; only the legal form
    or a sum may follow them."""
    comma = text.rfind(", ", a, b)
    if comma < 0:
        return []
    at = comma + 2
    found: list[Mention] = []
    while at < b:
        who = max((m for m in index.starting_in(at, at + 1) if m.end <= b), key=lambda m: m.end - m.start,
                  default=None)
        if who is None or who.type not in RUNNER_TYPES or who.type == "Ministry" or who.iri == project \
                or who.case not in {"nimento", None}:
            return []
        found.append(who)
        if _ROW_TAIL.fullmatch(text, who.end, b):
            return found
        joiner = _RUNNER_JOINER.match(text, who.end, b)
        if joiner is None or joiner.end() == who.end:
            return []
        at = joiner.end()
    return []


def _applicant_before(text: str, index: SpanIndex[Mention], row_a: int, name_a: int,
                      project: str) -> Mention | None:
    """The organisation a row names right before its project's name ("Porvoon kaupunki ”Name”", "Kotkan kaupunki,
    Name, ..."), in the nominative: who applied for the project and runs it."""
    before = [m for m in index.starting_in(row_a, name_a) if m.end <= name_a]
    if not before:
        return None
    last = max(before, key=lambda m: (m.end, m.end - m.start))
    if last.type not in RUNNER_TYPES or last.iri == project or last.case not in {"nimento", None}:
        return None
    return last if _APPLICANT_GAP.fullmatch(text, last.end, name_a) else None


def _total_as_grant(f: Fact, totals: list[tuple[str, int, int, set[str]]]) -> bool:
    return f.predicate == "funds" and f.amount is not None and any(
        f.subject == funder and a <= f.evidence.start < b and f.object in projects
        and not f.rule.startswith("funds:project-list") for funder, a, b, projects in totals)


def _lead_roles(text: str, lst: ProjectList, index: SpanIndex[Mention], listed: set[str]) -> list[tuple[str, str]]:
    """(predicate, actor) pairs the lead-in states: one actor named in a sentence with a role word and a project
    word ("STM:n rahoittamat hankkeet", "STM on myöntänyt ... kahdeksalle hankkeelle")."""
    out: list[tuple[str, str]] = []
    a, b = lst.lead
    for sent in _SENTENCE.finditer(text, a, b):
        s, e = sent.start(), sent.end()
        chunk = text[s:e]
        if not is_lead_in(chunk):
            continue
        actors = {m.iri for m in index.starting_in(s, e) if m.iri not in listed}
        for rx, predicate in ROLE_WORDS:
            if not rx.search(chunk):
                continue
            types = ROLE_TYPES[predicate]
            who = {m.iri for m in index.starting_in(s, e) if m.iri in actors and m.type in types}
            if len(who) == 1:
                out.append((predicate, who.pop()))
    area = _lead_area(text, lst, index)
    if area is not None:
        out.append(("coversArea", area))
    return list(dict.fromkeys(out))


_AREA_CASES = {"sisaolento", "ulkoolento"}
_AREA_AFTER = re.compile(r"[ \t]+(?:alueella|alueen|alueilla|alueiden|området|regionen)\b", re.IGNORECASE)


def _lead_area(text: str, lst: ProjectList, index: SpanIndex[Mention]) -> str | None:
    """"Keski-Suomessa käynnissä olevat hankkeet:", "Pohjois-Savon alueen hankkeet:": the one place the line right
    before the list locates its projects in."""
    a, b = lst.lead
    # the lead's last line: its start when the lead holds no line break (rfind's -1 is no offset in the text)
    line_a = max(a, text.rfind("\n", a, max(a, b - 1)) + 1)
    line = text[line_a:b]
    if not line.strip() or not is_lead_in(line):
        return None
    places = {m.iri for m in index.starting_in(line_a, b)
              if m.type in PLACE_TYPES and (m.case in _AREA_CASES or _AREA_AFTER.match(text, m.end))}
    return places.pop() if len(places) == 1 else None
