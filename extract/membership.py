"""Which municipalities make up a joint authority, a co-operation area or a region.

Pages of joint authorities, sub-regions and regional councils name their members with a
lead-in and a list; the list runs on in the sentence or stands as bullet lines under it:

- the whole first, then a word of membership: "X:n jäsenkunnat ovat A, B ja C", "X:ään
  kuuluu viisi kuntaa: A, B, ...", "X:n muodostavat A, B ja C", "X:s medlemskommuner är A
  och B", "Medlemmar i X är A, B och C";
- the members first: "A:n, B:n ja C:n muodostama X", "A, B ja C kuuluvat X:ään", "A kuuluu
  X:ään B:n ja C:n kanssa", "A, B och C hör till X";
- the members in parentheses after the whole: "Peruspalvelukuntayhtymä X (A, B ja C)", "X:n alueen kunnat
  (A, B ja C)", "X:n jäsenkuntien (A ja B)";
- a region's, area's or joint authority's municipalities: "Kainuun kunnat A, B ja C", "Kainuun kunnista A ja B",
  "X:n jäsenkuntien A:n ja B:n asukkaat";
- belonging, counting, joining and taking part: "X:n maakuntaan kuuluvissa A:n ja B:n kunnissa", "X:ään luetaan
  A:n lisäksi B:n ja C:n kunnat", "X:lle tulevat mukaan A ja B", "X:ssä ovat mukana A ja B", "A siirtyy Y:ltä X:lle",
  one town as the subject: "A kuuluu X:ään"; "X on A:n, B:n ja C:n muodostama kuntayhtymä";
- a town in a region: "A on kaupunki X:n maakunnan pohjoisosassa", "A sijaitsee X:ssä";
- towns said to be members: "A on yksi X:n jäsenkunnista", "A, B ja C ovat X:n kuntia";
- Swedish: "kommunerna A, B och C i X".

Bare genitives after a verb of belonging are towns only when a plural town noun closes the run ("kuuluvat A:n ja B:n
kunnat", not "A:n ja B:n terveysasemat"); joining and taking part take nominative towns only.

A bare kind word ("Kuntayhtymän jäsenkunnat", "Kuntayhtymän omistajakunnat", "Samkommunens medlemskommuner är",
"Medlemmar i samkommunen är") stands for the one organisation of that kind the document names.
Members are municipalities only.
Direction follows the annotation contract: a member is `partOf` a joint authority,
co-operation area or region; a wellbeing county or an association `coversArea` its
municipalities (the annotation reads a county "made of" towns that way).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.text_scans import matches

_PART_OF_WHOLES = {"JointAuthority", "CooperationArea", "Region"}
_COVER_WHOLES = {"WellbeingCounty", "Association"}
WHOLES = _PART_OF_WHOLES | _COVER_WHOLES
RULE = "partOf:membership-list"
RULE_MEMBERS_IN_BARE = "partOf:members-in-bare-kind"  # "Medlemmar i samkommunen är A, B och C"
RULE_BARE_LINES = "membership-bare-lines"  # the list under a lead-in as lines without bullet markers
RULE_TOWNS_LIE_IN = "partOf:towns-lie-in"  # "A:n, B:n ja C:n kunnat sijaitsevat X:n seutukunnalla"
RULE_MEMBER_HEADING = "partOf:member-heading"  # "Jäsenkunnat:" then the towns, the whole named elsewhere

_JOIN = re.compile(r"\s*(?:,|;|ja|sekä|och|samt|&|(?<=\s)/(?=\s))\s*(?:(?:ja|och)\s+)?")
# how many: "viisi kuntaa:", "13 medlemskommuner:", "seuraavat kunnat:", "följande:"
_COUNT = (r"(?:\s*(?:seudun|alueen))?"  # "X:ään kuuluu seudun 14 kuntaa:"
          r"(?:\s*(?:yhteensä|seuraavat|nämä|följande|\d{1,3}(?![.)\d])|kaksi|kolme|neljä|viisi|kuusi|seitsemän|kahdeksan|"
          r"yhdeksän|kymmenen|\w+toista|kaksikymmentä\w*|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv))?"
          r"(?:\s*(?:kuntaa|kunnat|kaupunkia|kaupungit|jäsenkuntaa|omistajakuntaa|kommuner(?:na)?|"
          r"medlemskommuner|städer|medlemmar))?\s*:?\s*")
_COUNTED = re.compile(_COUNT, re.IGNORECASE)  # always matches, if only the empty string
# the whole right before: "X:n jäsenkunnat ovat", "X:ään kuuluu", "X:n muodostavat", "X:s medlemskommuner är"
_AFTER_WHOLE = re.compile(
    r"\s*(?:(?P<gen>(?:jäsenkunnat|jäsenkuntia|jäsenkuntina|jäseniä|jäseninä|jäsenet|omistajakunnat|"
    r"omistajakuntia|omistajakuntina)\s+"
    r"(?:ovat|olivat|on|oli|ovat\s+olleet|toimivat|toimivat\s+nykyisin)(?:\s+(?:nykyisin|tällä\s+hetkellä|perustamisvaiheessa|vuonna\s+\d{4}))?|"
    # the members in apposition: "Kallion jäsenkunnat Nivala, Sievi ja Alavieska", "X:s medlemskommuner A och B"
    r"(?:jäsenkun(?:nat|tien|nissa|nista|tiin|nille|nilla|tia)|omistajakunnat|medlemskommuner(?:na)?)"
    r"(?=\s+(?-i:[A-ZÅÄÖ]))|"  # a capital even under IGNORECASE: "medlemskommuner är" is the verb's case
    r"muodosta(?:vat|vat\s+yhdessä)|muodostivat|omista(?:vat|vat\s+yhdessä)|omistivat|"
    # "X:n (toiminta-)alueeseen kuuluvat A ja B", "X:n toiminta-alueen muodostavat A ja B"
    r"(?:toiminta-)?alueeseen\s+kuulu(?:vat|u|ivat|i)|(?:toiminta-)?alueen\s+muodosta(?:vat|vat\s+yhdessä)|"
    r"medlemskommuner(?:na)?\s+(?:är|var)|medlemmar(?:na)?\s+(?:är|var))|"
    r"(?P<list>jäsenkunnat\s*:|medlemskommuner(?:na)?\s*:)|"
    # "X:ään kuuluu", the participle "X:n maakuntaan kuuluvissa A:n ja B:n kunnissa", the passive
    # "X:ään luetaan (useimmiten) A:n ja B:n kaupungit"
    r"(?P<ill>(?:kuulu(?:vat|u|ivat|i)|kuuluv(?:issa|ien|ia|iin|ista|ille|illa|ina)|luetaan|lasketaan|luettiin)"
    r"(?:\s+(?:myös|nykyisin|yleensä|useimmiten|tavallisesti|perinteisesti|tällä\s+hetkellä))?)|"
    r"(?P<nom>(?:består\s+av|omfattar)(?:\s+kommunerna)?)|"
    # towns joining: "Päijät-Hämeen hyvinvointialueelle tulevat mukaan A ja B", "X:ään liittyvät A ja B"
    r"(?P<join>(?:tulee|tulevat|tuli|tulivat)\s+mukaan|liitty(?:y|vät|i|ivät)|siirty(?:y|vät|i|ivät))|"
    # "Kuntayhtymä Kalliossa ovat mukana A, B ja C": the towns taking part in the whole
    r"(?P<ine>(?:ovat|olivat|on|oli)\s+mukana(?:\s+(?:myös|nykyisin|kaikkiaan|yhteensä))?)|"
    # "Kuntayhtymällä on kaksi jäsenkuntaa: A ja B", "Samkommunen har tre medlemskommuner: A, B och C"
    r"(?P<ade>(?:on|oli|har|hade)(?=\s+(?:yhteensä\s+|totalt\s+)?\w+\s+(?:jäsenkuntaa|omistajakuntaa|"
    r"medlemskommuner)\s*:)))"
    + _COUNT, re.IGNORECASE)
# "Medlemmar i X är A, B": the whole between the lead-in and the verb
_MEMBERS_IN = re.compile(r"\b(?:medlemmar|medlemskommuner|kommunerna|städerna)(?:na)?\s+i\s+"
                         r"(?:samkommunen\s+|kommunförbundet\s+|samarbetsområdet\s+|regionen\s+)?$", re.IGNORECASE)
_VERB_AFTER_WHOLE = re.compile(r"\s+(?:är|var)" + _COUNT, re.IGNORECASE)
# a short name or abbreviation in parentheses right after the whole: "Ylä-Savon SOTE kuntayhtymän (SOTE)"
_NOTE = re.compile(r"\s*\([^()\n]{1,30}\)")
# a relative clause of membership right after the whole: "X ry, johon kuuluvat A, B ja C", "X, jonka alueeseen
# kuuluu kuusi kuntaa: A, B", "X, som omfattar kommunerna A och B"
_WHICH_HAS = re.compile(
    r"\s*(?:\([^()\n]{1,30}\)\s*)?,\s*(?:(?:johon|jonka\s+(?:toiminta-)?alueeseen)\s+kuulu(?:vat|u|ivat|i)"
    # "X, jonka jäseniä ovat A, B ja C"
    r"|jonka\s+(?:jäseniä|jäsenkuntia|jäsenkunnat|omistajia|omistajakuntia|omistajakunnat)\s+(?:ovat|olivat)"
    r"(?:\s+(?:myös|nykyisin|tällä\s+hetkellä|yhteensä|kaikkiaan))?|"
    r"som\s+(?:omfattar|består\s+av|bestod\s+av|omfattade))" + _COUNT, re.IGNORECASE)
# the make-up listed after a colon: "Pohjois-Savon hyvinvointialue muodostuu seuraavien 19 kunnan sote- ja
# pelastuspalveluista:" then the towns (bullet lines or a run)
_MADE_OF_LISTED = re.compile(r"\s+(?:muodostuu|muodostui|koostuu|koostui|käsittää|består\s+av|omfattar)\s+"
                             r"(?:seuraavi(?:en|sta)|följande)\b[^.:\n]{0,80}:\s*", re.IGNORECASE)
# Swedish, the whole after "I": "I Vasaregionens RCP-område ingår A, B och C", "I samkommunen X ingår A och B"
_SWEDISH_I = re.compile(r"\b[Ii]\s+$")
_INGAR = re.compile(r"(?:s)?(?:\s+[\w-]*(?:område|region))?\s+ingår\s+(?:(?:kommunerna|städerna|följande\s+kommuner)"
                    r"\s*:?\s*)?", re.IGNORECASE)
# the members first: "A:n, B:n ja C:n muodostama X", "A, B ja C kuuluvat X:ään", "A, B och C hör till X"
_BEFORE_WHOLE = re.compile(
    r"\s+(?:(?:yhdessä\s+)?muodosta(?:ma|man|massa|malla|maan|mana|mat|mien)|perustama(?:n|ssa|lla|an)?|"
    r"kuulu(?:vat|u|ivat|i)(?:\s+(?:myös|nykyisin|jäsenenä|jäseninä))?|hör\s+till|hörde\s+till|ingår\s+i|"
    r"siirty(?:vät|ivät)|liitty(?:vät|ivät)|"
    r"är\s+medlemmar\s+i|är\s+medlem\s+i)\s+$", re.IGNORECASE)
# "X on A:n, B:n ja C:n muodostama kuntayhtymä": the makers after "on", then the participle and a kind of whole
_IS_MADE_BY = re.compile(r"(?:\s*\([^()\n]{0,40}\))?\s+(?:on|oli)\s+(?:(?:vuonna\s+\d{4}\s+perustettu|nykyisin)\s+)?")
_MADE_KIND = re.compile(r"\s+(?:kuntien\s+|kaupunkien\s+)?(?:yhdessä\s+)?(?:muodostama|perustama)\s+"
                        r"(?:[a-zåäö-]+\s+){0,3}?[a-zåäö-]*(?:kuntayhtymä|yhtymä|seutukunta|yhteistoiminta-alue|"
                        r"sote-alue|liitto|maakunta)\b", re.IGNORECASE)
# "A kuuluu X:ään B:n ja C:n kanssa": the others named with "kanssa" belong too
_WITH = re.compile(r"\s+kanssa\b", re.IGNORECASE)
# "Kainuun kunnat A, B ja C", "Kainuun kunnat ovat A ja B", "kommunerna i X: A, B"; the whole and its towns in one
# sentence, so at most a wrapped line between them that goes on in lower case: a card's "Seutukunnat: ...,
# Luoteis-Pirkanmaan" over its next field "Kunnat: A, B" lists the project's towns, not the last sub-region's
# "Pohjois-Pohjanmaan 30 kunnasta A, B ja C": a count of the whole's towns before the singular elative ("of its 30
# municipalities") picks some of them out as "kunnista" does
_REGION_TOWNS = re.compile(r"(?:[ \t]+|[ \t]*\n[ \t]*(?=(?-i:[a-zåäö])))(?:kaikki\s+)?(?:(?:toiminta-)?alueen\s+)?"
                           r"(?:kunnat|kaupungit|jäsenkunnat|kunnista|kaupungeista|\d{1,3}\s+(?:kunnasta|kaupungista)|"
                           r"(?:jäsen)?kun(?:tien|nissa|nille|tiin)(?=\s*\()|kuntia(?=\s+(?:ovat|olivat)))"
                           r"(?:\s+(?:ovat|olivat))?"
                           # "Oulun seudun kunnista ainoastaan Hailuodon kunta": a focus adverb after "of the towns"
                           r"(?:(?<=kunnista)\s+(?:ainoastaan|vain|myös|lisäksi)|"
                           r"(?<=kaupungeista)\s+(?:ainoastaan|vain|myös|lisäksi))?\s*(?::\s*|\(\s*)?", re.IGNORECASE)
_AREA_OF = re.compile(r"\s+(?:kaikki\s+)?(?:toiminta-)?alueen\s", re.IGNORECASE)
_OF_THE_TOWNS = re.compile(r"\b(?:kunnista|kaupungeista|kunnasta|kaupungista)"
                           r"(?:\s+(?:ainoastaan|vain|myös|lisäksi))?\s*$", re.IGNORECASE)
# Swedish members before the whole: "kommunerna A, B och C i X"
_KOMMUNERNA = re.compile(r"\b(?:kommunerna|städerna|medlemskommunerna)\s+$", re.IGNORECASE)
_KOMMUNERNA_I = re.compile(r"\s+i\s+$")
# a bare kind word for the one organisation of that kind the document names
_BARE = [
    (re.compile(r"\b(?:kuntayhtymän|yhtymän|kuntayhtymään|yhtymään|samkommunens|samkommunen|förbundets|"
                r"(?:maakunta)?liiton|(?:maakunta)?liittoon|landskapsförbundets)$",
                re.IGNORECASE), "JointAuthority"),
    (re.compile(r"\b(?:seutukunnan|seutukuntaan|yhteistoiminta-alueen|yhteistoiminta-alueeseen|samarbetsområdets|"
                r"samarbetsområdet|regionens)$", re.IGNORECASE), "CooperationArea"),
    (re.compile(r"\b(?:hyvinvointialueen|hyvinvointialueeseen|välfärdsområdets)$", re.IGNORECASE), "WellbeingCounty"),
    (re.compile(r"\b(?:maakunnan|maakuntaan|landskapets)$", re.IGNORECASE), "Region"),
]
# the stem of a bare kind word that the name of the one organisation it stands for holds ("Kuntayhtymän" for "Kainuun
# sote-kuntayhtymä" beside "Kainuun liitto"; "liiton" for the council beside a kuntayhtymä)
_KIND_STEMS = ("yhtymä", "samkommun", "liit", "förbund", "seutukun", "yhteistoiminta-alue", "hyvinvointialue",
               "välfärdsområde")
_ILLATIVE = re.compile(r"(?:([aeiouyäö])\1n|seen|siin|h[aeiouyäö]n)$", re.IGNORECASE)
# an item's number right before a member: "1) Alavieskan kunta, 2) Nivalan kaupunki"
_ITEM_NUMBER = re.compile(r"(?:(?<=\s)|\A)(?:\d{1,2}|[a-h])\)\s*\Z")
# a figure in parentheses after a member: its population or share ("Alavieska (2 600 as.)", "Kemi (21 %)")
_FIGURE_NOTE = re.compile(r"[ \t]*\((?=[^()\n]*\d)[\d \t.,%]*(?:as\.|asukasta|invånare|inv\.)?[ \t]*\)")
# one item of a long comma list that no town was recognised in, a word split by a PDF's transcript ("Mikkeli, Nurmes,
# Outokum pu, Parikkala"): the list goes on past it, the split town itself is left unnamed. Only between commas and
# only once at least three towns have run, so a list of towns is not joined to other names after it
_UNREAD_ITEM = re.compile(r"\s*,\s*[A-ZÅÄÖ][a-zåäö-]+(?:[ \t][a-zåäö-]{1,12})?\s*,\s*")
_SKIP_AFTER = 3
_BULLET = re.compile(r"[ \t]*(?:[-•*–·▪]|\d{1,2}[.)])[ \t]+")
_STOP = re.compile(r"[.;!?]\s|\n\s*\n")


def _outer(ms: list[Mention]) -> list[Mention]:
    """Mentions with an IRI not inside a longer one, in text order."""
    ordered = sorted((m for m in ms if m.iri), key=lambda m: (m.start, -(m.end - m.start)))
    out: list[Mention] = []
    for m in ordered:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


def _case_fits(whole: Mention, cue: re.Match[str]) -> bool:
    """The whole's case agrees with the lead-in: "X:n jäsenkunnat", "X:ään kuuluu", "X består av"."""
    if cue.group("gen"):
        return whole.case is None or _genitive(whole)
    if cue.group("ill"):  # "Kainuun soteen" is at times read as a nominative
        return whole.case in {None, "sisatulento"} or _ILLATIVE.search(whole.surface) is not None
    if cue.group("list"):
        return True
    if cue.group("join"):  # to the whole: the illative or the allative
        return whole.case in {"sisatulento", "ulkotulento"}
    if cue.group("ine"):  # in the whole: the inessive
        return whole.case == "sisaolento"
    if cue.group("ade"):  # the whole has members: the adessive, or a Swedish subject
        swedish = cue.group("ade").lower().startswith("ha")
        return whole.case in {None, "nimento"} if swedish else (
            whole.case == "ulkoolento" or whole.surface.endswith(("lla", "llä")))
    return whole.case in {None, "nimento"}


def _genitive(m: Mention) -> bool:
    """Whether a member stands in the genitive ("Iin", "Kuivaniemen"; analyses of short names vary)."""
    return m.case == "omanto" or m.surface.endswith("n")


class _Doc:
    """The document's outermost mentions in order, with lookups by position."""

    def __init__(self, text: str, mentions: list[Mention]) -> None:
        self.text = text
        self.ms = _outer(mentions)
        self.starts = [m.start for m in self.ms]
        self.all = mentions  # inner ones too: the place a project's name opens with
        self.bare_ends: set[int] = set()  # where lists read from bare lines (no bullet markers) end
        self.by_type: dict[str, set[str]] = {}
        self.labels: dict[str, set[str]] = {}
        for m in mentions:
            if m.iri:
                self.by_type.setdefault(m.type, set()).add(m.iri)
                self.labels.setdefault(m.iri, set()).update({m.label.lower(), m.surface.lower()})

    def at(self, pos: int) -> int:
        """Index of the first mention starting at or after pos."""
        return bisect_left(self.starts, pos)

    def run_after(self, pos: int, types: frozenset[str] = frozenset({"Municipality"})) -> list[Mention]:
        """Municipalities (or other places) from pos on joined only by commas and conjunctions: "A, B ja C"."""
        i = self.at(pos)
        run: list[Mention] = []
        end = pos
        while i < len(self.ms) and self.ms[i].type in types:
            m = self.ms[i]
            gap = self.text[end:m.start]
            number = _ITEM_NUMBER.search(gap)  # "1) A, 2) B ja 3) C": an inline numbered list
            if number is not None:  # the number alone separates the items as well as a comma
                gap = gap[:number.start()] + " " if gap[:number.start()].strip() or not run else ", "
            if run and _JOIN.fullmatch(gap) is None and not (len(run) >= _SKIP_AFTER and _UNREAD_ITEM.fullmatch(gap)):
                # "Korsnäs kommun" read twice, or a note in parentheses: the run ends
                break
            if not run and gap.strip():
                break
            run.append(m)
            note = _FIGURE_NOTE.match(self.text, m.end)  # "Alavieska (2 600 as.), Nivala (10 900)": a table's cells
            end = note.end() if note else m.end
            i += 1
        return run

    def run_before(self, pos: int) -> list[Mention]:
        """Municipalities ending at pos, joined only by commas and conjunctions, in text order."""
        i = self.at(pos) - 1
        run: list[Mention] = []
        while i >= 0 and self.ms[i].type == "Municipality":
            m = self.ms[i]
            gap = self.text[m.end:(run[0].start if run else pos)]
            if (run and _JOIN.fullmatch(gap) is None) or (not run and gap.strip()):
                break
            run.insert(0, m)
            i -= 1
        return run

    def bullets_after(self, pos: int, types: frozenset[str] = frozenset({"Municipality"})) -> list[Mention]:
        """A municipality at the head of each bullet line right after pos (a lead-in ending with a colon), or each
        line of its own, bare (the markers of a web page's list are often lost in its text), under a colon or a
        heading line ("Kuntayhtymän jäsenkunnat" then "Alavieska", "Nivala")."""
        before = self.text[max(0, pos - 400):pos]  # not text[:pos]: linear on long pages
        lead = before.rstrip()
        if not lead.endswith(":") and not ("\n" in before[len(lead):] and _heading_line(lead)):
            return []
        out: list[Mention] = []
        k = pos
        bare = False
        for line in re.finditer(r"[^\n]*\n?", self.text[pos:pos + 4000]):
            raw = line.group(0)
            if not raw:
                break
            start = pos + line.start()
            k = start + len(raw)
            if not raw.strip():
                if out:
                    break
                continue
            bullet = _BULLET.match(raw)
            if bullet is None:  # a bare line: a town and at most a figure ("Alavieska 2 600"), else no list
                at = start + len(raw) - len(raw.lstrip())
                head = self.at(at)
                if head >= len(self.ms) or self.ms[head].start != at or self.ms[head].type not in types \
                        or not _BARE_LINE_REST.fullmatch(self.text, self.ms[head].end, k):
                    break
                out.append(self.ms[head])
                bare = True
                continue
            head = self.at(start + bullet.end())
            if head < len(self.ms) and self.ms[head].start == start + bullet.end():
                if self.ms[head].type not in types:
                    break  # another kind of list
                out.append(self.ms[head])
            elif head < len(self.ms) and self.ms[head].start < k:
                break  # a name later in the line: not a list of towns
            # a line with no name at all (a town recognition missed) is passed over
        if len(out) < 2:
            return []
        if bare:
            self.bare_ends.add(out[-1].end)
        return out

    def bare_whole(self, end: int) -> Mention | None:
        """The organisation a bare kind word right before end stands for, when the document names just one."""
        before = self.text[max(0, end - 40):end].rstrip()
        for pattern, kind in _BARE:
            word = pattern.search(before)
            if word is None:
                continue
            named = self.by_type.get(kind, set())
            if len(named) > 1:  # a regional council (liitto) is a joint authority too: the kind word picks one
                stem = next((k for k in _KIND_STEMS if k in word.group(0).lower()), None)
                named = {i for i in named if stem and any(stem in x for x in self.labels[i])}
            if len(named) == 1:
                return Mention(end, end, "", "", kind, next(iter(named)))
        return None


def _list_after(doc: _Doc, pos: int, types: frozenset[str] = frozenset({"Municipality"})) -> list[Mention]:
    """The members listed from pos: a run in the sentence, else bullet lines under a lead-in (a town alone on the
    first line may open bare lines of towns)."""
    run = doc.run_after(pos, types)
    if len(run) >= 2:
        return run
    lines = doc.bullets_after(pos, types)
    if lines or not run or doc.text[run[-1].end:run[-1].end + 1] not in {".", "\n", ""}:
        return lines
    return run


def _heading_line(lead: str) -> bool:
    """Whether the last line of lead is a short heading (no sentence ends it)."""
    line = lead[lead.rfind("\n") + 1:].strip()
    return 0 < len(line) <= 80 and line[-1] not in ".!?,;"


# what may follow a town on a bare list line: a figure, a share, punctuation
_BARE_LINE_REST = re.compile(r"[ \t\d.,;:()%–-]*(?:as\.|asukasta|invånare)?[ \t.]*\n?")


def _facts(whole: Mention, members: list[Mention], text: str, start: int, end: int, rule: str = RULE) -> list[Fact]:
    ev = Evidence(text[start:end], start, end)
    out: list[Fact] = []
    for m in members:
        if not m.iri or m.iri == whole.iri or not whole.iri:
            continue
        if whole.type in _PART_OF_WHOLES:
            out.append(Fact(m.iri, "partOf", whole.iri, ev, rule, 0.65))
        else:
            out.append(Fact(whole.iri, "coversArea", m.iri, ev, rule.replace("partOf", "coversArea"), 0.65))
    return out


def membership_facts(text: str, mentions: list[Mention]) -> list[Fact]:
    """Membership statements of the document, each listed municipality with its whole."""
    doc = _Doc(text, mentions)
    out: list[Fact] = []
    for whole in doc.ms:
        if whole.type not in WHOLES:
            continue
        # the whole first: "X:n jäsenkunnat ovat A, B ja C", "X:ään kuuluu viisi kuntaa: A, B"
        cue = _AFTER_WHOLE.match(text, whole.end)
        note = _NOTE.match(text, whole.end) if cue is None else None
        if note is not None:  # "Ylä-Savon SOTE kuntayhtymän (SOTE) jäsenkuntia ovat A, B": a short name between
            cue = _AFTER_WHOLE.match(text, note.end())
        if cue is not None and _case_fits(whole, cue):
            besides, start = _besides(doc, cue.end())
            members = besides + _list_after(doc, start)
            if (cue.group("join") or cue.group("ine")) and any(m.case not in {None, "nimento"} for m in members):
                members = []  # "X:lle siirtyvät A:n ja B:n palvelut": the towns' services, not the towns
            if len(members) >= 2 and not cue.group("gen") and not _towns_named(doc, members):
                members = []
            if len(members) < 2 and cue.group(0).rstrip().endswith(":") and not cue.group("join"):
                members = _counted_list(doc, cue.end())
            if len(members) >= 2:
                out += _facts(whole, members, text, whole.start, members[-1].end)
                continue
        # "Oulun Seudun Leader ry, johon kuuluvat A, B ja C", "X, som omfattar kommunerna A och B": a relative clause
        # right after the whole; "Hyvinvointialue X muodostuu seuraavien 19 kunnan palveluista:" and a list;
        # "I Vasaregionens område ingår A, B och C"
        lead = _WHICH_HAS.match(text, whole.end) or _MADE_OF_LISTED.match(text, whole.end)
        if lead is None and _SWEDISH_I.search(text, max(0, whole.start - 3), whole.start):
            lead = _INGAR.match(text, whole.end)
        if lead is not None:
            members = _list_after(doc, lead.end())
            if len(members) >= 2 and all(m.case in {None, "nimento"} for m in members):
                out += _facts(whole, members, text, whole.start, members[-1].end)
                continue
        # "Medlemmar i X är A, B och C"
        if _MEMBERS_IN.search(text, max(0, whole.start - 60), whole.start):
            verb = _VERB_AFTER_WHOLE.match(text, whole.end)
            members = _list_after(doc, verb.end()) if verb else []
            if len(members) >= 2:
                out += _facts(whole, members, text, whole.start, members[-1].end)
                continue
        # "Peruspalvelukuntayhtymä X (A, B ja C)": every item of the parentheses a municipality
        paren = re.match(r"\s*\(\s*", text[whole.end:whole.end + 5])
        if paren is not None:
            members = doc.run_after(whole.end + paren.end())
            close = members[-1].end if members else whole.end
            if len(members) >= 2 and re.match(r"\s*\)", text[close:close + 3]):
                out += _facts(whole, members, text, whole.start, close + 1)
                continue
        # "Kainuun kunnat A, B ja C", "Kallion alueen kunnat (A, B ja C)": a region's, area's or joint
        # authority's towns named one by one
        if whole.type in _PART_OF_WHOLES | {"Association", "WellbeingCounty"} and _genitive(whole):
            towns = _REGION_TOWNS.match(text, whole.end)
            if whole.type == "Association" and towns is not None and not _AREA_OF.match(towns.group(0)):
                towns = None  # an association's towns only as its area's: "Leaderin alueen kunnat A, B ja C"
            if towns is not None:
                members = _list_after(doc, towns.end())
                close = members[-1].end if members else 0
                if towns.group(0).rstrip().endswith("(") and not re.match(r"\s*\)", text[close:close + 3]):
                    members = []  # an opened parenthesis holds only the towns
                one = doc.run_after(towns.end())[:1]
                if len(members) < 2 and one and _OF_THE_TOWNS.search(towns.group(0)) \
                        and one[0].start == towns.end():
                    # "Keski-Pohjanmaan kunnista Kokkolalla on eniten merialuetta": one of the whole's towns,
                    # in any case, right after "kunnista"
                    members = one
                if len(members) >= 2 or (members and _OF_THE_TOWNS.search(towns.group(0))):
                    out += _facts(whole, members, text, whole.start, members[-1].end)
                    continue
        # "kommunerna Jakobstad, Larsmo och Pedersöre i Jakobstadsregionen"
        if _KOMMUNERNA_I.search(text, max(0, whole.start - 6), whole.start):
            members = doc.run_before(_KOMMUNERNA_I.search(text, max(0, whole.start - 6), whole.start).start())
            lead = _KOMMUNERNA.search(text, max(0, members[0].start - 14), members[0].start) if members else None
            if len(members) >= 2 and lead is not None:
                out += _facts(whole, members, text, lead.start(), whole.end)
                continue
        # "Kallio on Alavieskan, Nivalan ja Sievin muodostama peruspalvelukuntayhtymä": the whole, then its makers
        made = _IS_MADE_BY.match(text, whole.end) if whole.type in _PART_OF_WHOLES else None
        if made is not None:
            members = doc.run_after(made.end())
            kind = _MADE_KIND.match(text, members[-1].end) if members else None
            if len(members) >= 2 and kind is not None and all(_genitive(m) for m in members):
                out += _facts(whole, members, text, whole.start, members[-1].end)
                continue
        # the members first: "A:n, B:n ja C:n muodostama X", "A, B ja C kuuluvat X:ään"
        verb = _BEFORE_WHOLE.search(text, max(0, whole.start - 40), whole.start)
        if verb is not None:
            members = doc.run_before(verb.start())
            if members and not _STOP.search(text, members[-1].end, whole.start):
                with_ = _with_others(doc, whole)
                if len(members) >= 2 or with_ or _single_member(doc, members, verb, whole):
                    out += _facts(whole, members + with_, text, members[0].start,
                                  with_[-1].end if with_ else whole.end)
    out += _moves_to(doc)
    out += _is_member_of(doc)
    out += _headed_bullets(doc)
    out += _member_of_listed(doc)
    out += _town_in_region(doc)
    out += _towns_lie_in(doc)
    out += _bare_leads(doc)
    out += _bare_association_area(doc)
    out += _listed_area(doc)
    out += _association_area(doc)
    out += _whose_members(doc)
    out += _town_with_whole_noted(doc)
    out += _headed_area_field(doc)
    out += _working_in_places(doc)
    out += _bare_area_towns(doc)
    out += _place_then_worker(doc)
    out += _member_heading(doc)
    # a list read from bare lines is read from layout alone: a rule of its own, a lower confidence
    return [Fact(f.subject, f.predicate, f.object, f.evidence, f.rule.split(":")[0] + ":" + RULE_BARE_LINES, 0.5)
            if f.evidence.end in doc.bare_ends and f.rule == f.rule.split(":")[0] + ":membership-list" else f
            for f in out]


# a clause opens right before a lone member: sentence start, a line start, a comma or "ja" before
_CLAUSE_START = re.compile(r"(?:^|[.!?:;]\s+|\n\s*)$")
_SINGULAR_BELONGS = re.compile(r"\s+kuuluu(?:\s+(?:myös|nykyisin))?\s+$", re.IGNORECASE)


def _single_member(doc: _Doc, members: list[Mention], verb: re.Match[str], whole: Mention) -> bool:
    """ "Hyvinkää kuuluu Keski-Uuteenmaahan": one town opening its clause, the whole in the illative.

    A lone town stands for membership only as the clause's subject in the nominative with the singular
    verb; a town inside a longer phrase ("Kiteen kaupungin koulu kuuluu ...") is no subject.
    """
    if len(members) != 1 or whole.type not in _PART_OF_WHOLES | {"WellbeingCounty"}:
        return False
    member = members[0]
    if member.case not in {None, "nimento"} or _SINGULAR_BELONGS.fullmatch(doc.text, member.end, whole.start) is None:
        return False
    if not (whole.case == "sisatulento" or _ILLATIVE.search(whole.surface)):
        return False
    return _CLAUSE_START.search(doc.text, max(0, member.start - 3), member.start) is not None


_TOWN_NOUN = re.compile(r"(?:kunnat|kuntien|kunnissa|kunnista|kuntiin|kuntia|kunnille|kunnilla|kaupungit|kaupunkien|"
                        r"kaupungeissa|kaupungeista|kaupunkeihin|kaupunkeja|kaupungeille)$", re.IGNORECASE)


def _towns_named(doc: _Doc, members: list[Mention]) -> bool:
    """A run of bare genitives is a list of towns only when a plural town noun closes it.

    "Kainuun soteen kuuluvien Kajaanin ja Sotkamon kuntien" names towns; "kuuluvat Kajaanin ja Sotkamon
    terveysasemat" names the towns' health centres.
    """
    if not all(m.case == "omanto" or (m.case is None and m.surface.endswith("n")) for m in members):
        return True
    last = members[-1]
    after = re.match(r"\s*([a-zåäö]+)", doc.text[last.end:last.end + 20])
    return bool(_TOWN_NOUN.search(last.surface) or (after and _TOWN_NOUN.fullmatch(after.group(1))))


def _counted_list(doc: _Doc, pos: int) -> list[Mention]:
    """After a counted lead-in and its colon ("X:ään kuuluu seudun 14 kuntaa:"), every town in the nominative up to
    the sentence's end, group labels between them ("Pääkaupunkiseudun kaupungit A, B sekä 10 KUUMA-kuntaa C, D")."""
    stop = _STOP.search(doc.text, pos)
    end = stop.start() if stop else len(doc.text)
    return [m for m in doc.ms[doc.at(pos):doc.at(end)] if m.type == "Municipality" and m.case in {None, "nimento"}]


def _headed_bullets(doc: _Doc) -> list[Fact]:
    """A whole alone on its line as a heading, then bullet lines each opening with a member: the towns of a region or
    joint authority, the towns or wellbeing counties of a co-operation area ("Pohjois-Suomen yhteistyöalue" over
    "• Kainuun hyvinvointialue", "• Lapin hyvinvointialue")."""
    out: list[Fact] = []
    text = doc.text
    for whole in doc.ms:
        if whole.type not in _PART_OF_WHOLES:
            continue
        line_start = text.rfind("\n", 0, whole.start) + 1
        line_end = text.find("\n", whole.end)
        line_end = len(text) if line_end < 0 else line_end
        if text[line_start:whole.start].strip() or text[whole.end:line_end].strip(" \t:"):
            continue  # not a heading of its own
        types = frozenset({"Municipality", "WellbeingCounty"} if whole.type == "CooperationArea" else {"Municipality"})
        members = _town_lines(doc, line_end, types, _BULLET)
        if len(members) >= 2:
            out += _facts(whole, members, text, whole.start, members[-1].end)
    return out


# "Kuntayhtymät, joissa Luodon kunta on jäsen:", "Kunta on jäsenenä seuraavissa kuntayhtymissä:" before a bullet list
_IS_MEMBER_IN = re.compile(r"\s+on\s+(?:myös\s+)?jäsen(?:enä)?(?:\s+(?:seuraavissa|näissä)\s+[a-zåäö-]+)?"
                           r"[ \t]*:[ \t]*\n", re.IGNORECASE)


def _member_of_listed(doc: _Doc) -> list[Fact]:
    """A town said to be a member before a bullet list: each bullet opening with a joint authority, area or region
    is a whole it belongs to (bullets opening with anything else are passed over)."""
    out: list[Fact] = []
    text = doc.text
    for town in doc.ms:
        if town.type != "Municipality" or town.case not in {None, "nimento"}:
            continue
        cue = _IS_MEMBER_IN.match(text, town.end)
        if cue is None:
            continue
        wholes: list[Mention] = []
        for line in re.finditer(r"[^\n]*\n?", text[cue.end():cue.end() + 3000]):
            raw = line.group(0)
            if not raw or (not raw.strip() and wholes):
                break
            bullet = _BULLET.match(raw)
            if bullet is None:
                if raw.strip():
                    break
                continue
            at = cue.end() + line.start() + bullet.end()
            head = doc.at(at)
            if head < len(doc.ms) and doc.ms[head].start == at and doc.ms[head].type in _PART_OF_WHOLES:
                wholes.append(doc.ms[head])
        for whole in wholes:
            out += _facts(whole, [town], text, town.start, whole.end)
    return out


# "A on X:n jäsenkunta", "A ja B ovat X:n kuntia", "A on yksi X:n jäsenkunnista", "A on X:n pienin kunta": the
# copula before the whole (in the genitive), a noun of membership after it (at most two lower-case words between)
_COPULA = re.compile(r"\s+(?:on|ovat|oli|olivat)(?:\s+(?:yksi|eräs|myös|nykyisin|edelleen))?\s+$", re.IGNORECASE)
_MEMBER_NOUN = re.compile(r"(?:\s+[a-zåäö-]+){0,2}?\s+(?:jäsenkunt(?:a|ia)|jäsenkunnista|jäsen|jäseniä|jäsenistä|"
                          r"kunt(?:a|ia)|kunnista|kaupunk(?:i|eja)|kaupungeista)\b")


def _is_member_of(doc: _Doc) -> list[Fact]:
    """Towns said to *be* a whole's members: the subjects in the nominative opening their clause, the copula, the
    whole in the genitive and a noun of membership ("Sievi on yksi Kallion jäsenkunnista")."""
    out: list[Fact] = []
    for whole in doc.ms:
        if whole.type not in WHOLES or not _genitive(whole):
            continue
        copula = _COPULA.search(doc.text, max(0, whole.start - 30), whole.start)
        noun = _MEMBER_NOUN.match(doc.text, whole.end)
        if copula is None or noun is None:
            continue
        members = doc.run_before(copula.start())
        if not members or any(m.case not in {None, "nimento"} for m in members):
            continue
        if _CLAUSE_START.search(doc.text, max(0, members[0].start - 3), members[0].start) is None:
            continue
        out += _facts(whole, members, doc.text, members[0].start, noun.end())
    return out


# "Kruunupyy siirtyy Keski-Pohjanmaan sote-alueelta Pohjanmaan hyvinvointialueelle", "Sysmä liittyy X:ään", "Iitti
# siirtyy Kymenlaaksosta osaksi Päijät-Hämeen maakuntaa", "Isokyrö siirretään X:stä Y:hyn", "Joroinen puolestaan
# kuuluu uudessa maakuntajaossa Pohjois-Savoon"
_MOVES = re.compile(r"\s+(?:(?:puolestaan|myös|nyt|jo|jatkossa)\s+)?"
                    r"(?:siirtyy|liittyy|siirtyi|liittyi|siirretään|siirrettiin|liitetään|liitettiin|kuuluu)"
                    r"(?:\s+(?:uudessa\s+[a-zåäö]+|jatkossa|nyt|vuodesta\s+\d{4}|vuoden\s+\d{4}\s+alusta))?"
                    r"\s+(?:osaksi\s+)?$", re.IGNORECASE)
_FROM = {"sisaeronto", "ulkoeronto"}  # elative, ablative
_INTO = re.compile(r"\bosaksi\s+$", re.IGNORECASE)
# before the moving town: "Esimerkiksi", ", ja", or a place the clause opens with ("Etelä-Savossa Heinävesi ...")
_MOVER_OPENS = re.compile(r"(?:\b(?:Esimerkiksi|Myös|Lisäksi|Nyt)|,\s*ja|,)\s+$")


def _moves_to(doc: _Doc) -> list[Fact]:
    """One town, the subject of a clause, moving or joining into a whole: a member of it from then on.

    The whole stands in the illative or allative, or after "osaksi" ("osaksi Pirkanmaata"); "kuuluu" counts only
    with a singular town that opens its clause, "ja" or a place in the locative (the clause's setting) before it.
    """
    out: list[Fact] = []
    for i, whole in enumerate(doc.ms):
        into = _INTO.search(doc.text, max(0, whole.start - 10), whole.start) is not None
        towards = whole.case in {"sisatulento", "ulkotulento"} or _ILLATIVE.search(whole.surface) is not None
        if whole.type not in WHOLES - {"Association"} or not (towards or into):
            continue
        j = i - 1
        if j >= 1 and doc.ms[j].case in _FROM and doc.ms[j].type in WHOLES | {"Region"} \
                and doc.text[doc.ms[j].end:whole.start].strip().lower() in {"", "osaksi"}:
            j -= 1  # the whole it leaves
        if j < 0 or doc.ms[j].type != "Municipality" or doc.ms[j].case not in {None, "nimento"}:
            continue
        member = doc.ms[j]
        verb_end = doc.ms[j + 1].start if j + 1 < i else whole.start
        if _MOVES.fullmatch(doc.text, member.end, verb_end) is None:
            continue
        opens = _CLAUSE_START.search(doc.text, max(0, member.start - 3), member.start) is not None or \
            _MOVER_OPENS.search(doc.text, max(0, member.start - 14), member.start) is not None
        if not opens and j >= 1:  # "Pohjanmaalla Isokyrö siirretään ...": a setting in the locative opens the clause
            setting = doc.ms[j - 1]
            opens = setting.type in _PLACES and setting.case in {"sisaolento", "ulkoolento"} \
                and doc.text[setting.end:member.start].strip() == "" \
                and _CLAUSE_START.search(doc.text, max(0, setting.start - 3), setting.start) is not None
        if not opens:
            continue
        out += _facts(whole, [member], doc.text, member.start, whole.end)
    return out


# "Hyvinkää on kaupunki Uudenmaan maakunnan pohjoisosassa", "Sievi sijaitsee Pohjois-Pohjanmaalla"
_IS_TOWN_IN = re.compile(r"(?:\s*\([^()\n]{0,40}\))?\s+(?:on\s+(?:[\w-]+\s+){0,4}?(?:kaupunki|kunta|maalaiskunta)|"
                         r"sijaitsee)\s+$", re.IGNORECASE)
_PART_OF_REGION = re.compile(r"\s+(?:pohjois|etelä|itä|länsi|keski|luoteis|lounais|koillis|kaakkois)?-?osassa\b",
                             re.IGNORECASE)


def _town_in_region(doc: _Doc) -> list[Fact]:
    """A town said to be in a region (maakunta) is part of it."""
    out: list[Fact] = []
    for i, region in enumerate(doc.ms):
        if region.type != "Region" or i == 0:
            continue
        inside = region.case in {"sisaolento", "ulkoolento"}
        if not inside and not (_genitive(region) and _PART_OF_REGION.match(doc.text, region.end)):
            continue
        member = doc.ms[i - 1]
        opened = doc.text[doc.ms[i - 2].end:member.start] if i >= 2 else ""
        if i >= 2 and doc.ms[i - 2].iri == member.iri and re.fullmatch(r"\s*\([^()]*", opened):
            member = doc.ms[i - 2]  # "Hyvinkää (ruots. Hyvinge) on ...": the name in the other language is the same
        if member.type != "Municipality" or member.case not in {None, "nimento"}:
            continue
        if _IS_TOWN_IN.fullmatch(doc.text, member.end, region.start) is None:
            continue
        if _CLAUSE_START.search(doc.text, max(0, member.start - 3), member.start) is None:
            continue
        out += _facts(region, [member], doc.text, member.start, region.end)
    return out


# "Karstulan, Kivijärven ja Kyyjärven kunnat sijaitsevat Saarijärven seutukunnalla", "A ja B sijaitsevat X:ssä"
_TOWNS_LIE_IN = re.compile(r"\s+(?P<noun>kunnat\s+|kaupungit\s+)?sijaitsevat\s+(?:(?:kaikki|molemmat|yhdessä)\s+)?$",
                           re.IGNORECASE)


def _towns_lie_in(doc: _Doc) -> list[Fact]:
    """Two or more towns said to lie in a region or a co-operation area (the locative) are part of it: genitives
    before a plural town noun ("A:n ja B:n kunnat sijaitsevat"), or nominatives that open their clause."""
    out: list[Fact] = []
    for i, whole in enumerate(doc.ms):
        if whole.type not in {"Region", "CooperationArea"} or whole.case not in {"sisaolento", "ulkoolento"} or i == 0:
            continue
        verb = _TOWNS_LIE_IN.search(doc.text, max(0, whole.start - 40), whole.start)
        if verb is None:
            continue
        members = doc.run_before(verb.start())
        if len(members) < 2:
            continue
        last = members[-1].surface.lower().rsplit(" ", 1)
        inside = len(last) == 2 and last[1] in {"kunnat", "kaupungit"}  # "Kyyjärven kunnat" read as one name
        if verb.group("noun") or inside:
            if not all(_genitive(m) for m in members[:-1]) or not (last[0].endswith("n") if inside
                                                                   else _genitive(members[-1])):
                continue
        elif any(m.case not in {None, "nimento"} for m in members) or \
                _CLAUSE_START.search(doc.text, max(0, members[0].start - 3), members[0].start) is None:
            continue  # bare nominative towns must open their clause; the town noun makes genitives the subject
        out += _facts(whole, members, doc.text, members[0].start, whole.end, RULE_TOWNS_LIE_IN)
    return out


def _besides(doc: _Doc, pos: int) -> tuple[list[Mention], int]:
    """ "Hyvinkään lisäksi Järvenpää ja Kerava": the town before "lisäksi" is one of the list."""
    run = doc.run_after(pos)
    if len(run) == 1 and _genitive(run[0]):
        after = re.match(r"\s+lisäksi\s+", doc.text[run[0].end:run[0].end + 12])
        if after is not None:  # "X:n jäseniä ovat Kempeleen lisäksi seuraavat kunnat: A, B": the count after it
            return run, _COUNTED.match(doc.text, run[0].end + after.end()).end()
    return [], pos


def _with_others(doc: _Doc, whole: Mention) -> list[Mention]:
    """ "A kuuluu X:ään B:n, C:n ja D:n kanssa": the genitives before "kanssa" right after the whole."""
    run = doc.run_after(whole.end + 1) if doc.text[whole.end:whole.end + 1] == " " else []
    if run and all(_genitive(m) for m in run) and _WITH.match(doc.text, run[-1].end):
        return run
    return []


def _bare_leads(doc: _Doc) -> list[Fact]:
    """ "Kuntayhtymän jäsenkunnat ovat A ja B" with the organisation named elsewhere in the document."""
    out: list[Fact] = []
    for cue in re.finditer(r"\b(?:jäsenkunnat|jäsenkuntia|jäsenkuntina|jäsenkuntien|jäsenkunnissa|jäsenkunnista|"
                           r"jäsenkuntiin|jäsenkunnille|jäsenkunnilla|jäseniä|jäseninä|omistajakunnat|omistajakuntia|omistajakuntina|"
                           r"kuuluu|kuuluvat|muodostavat|omistavat|"
                           r"medlemskommuner(?:na)?|medlemmar|omfattar|består|kunnat|kuntia|kunnista)\b", doc.text,
                           re.IGNORECASE):
        whole = doc.bare_whole(cue.start())
        named = doc.at(cue.start()) - 1
        if whole is None or (named >= 0 and doc.text[doc.ms[named].end:cue.start()].strip() == ""):
            continue  # no bare kind word, or a named whole right before (read above)
        towns = cue.group(0).lower() in {"kunnat", "kuntia", "kunnista"}
        lead = (_REGION_TOWNS if towns else _AFTER_WHOLE).match(doc.text, cue.start() - 1)
        if lead is None or (towns and lead.group(0).rstrip().endswith("(")):
            continue
        members = _list_after(doc, lead.end())
        if len(members) >= 2:
            out += _facts(whole, members, doc.text, cue.start(), members[-1].end)
    # "Medlemmar i samkommunen är A, B och C": the bare kind word after the lead-in
    for cue in _MEMBERS_IN_BARE.finditer(doc.text):
        whole = doc.bare_whole(cue.end("kind"))
        if whole is None:
            continue
        members = _list_after(doc, cue.end())
        if len(members) >= 2:
            out += _facts(whole, members, doc.text, cue.start(), members[-1].end, RULE_MEMBERS_IN_BARE)
    return out


_MEMBERS_IN_BARE = re.compile(r"\b(?:medlemmar(?:na)?|medlemskommuner(?:na)?)\s+i\s+"
                              r"(?P<kind>samkommunen|samarbetsområdet)"
                              r"\s+(?:är|var)" + _COUNT, re.IGNORECASE)


# "Yhdistys toimii Kuopion, Siilinjärven ja Iisalmen alueella": the association the page is about
_BARE_ASSOCIATION = re.compile(
    r"\b(?:yhdistys|yhdistyksemme|järjestö|järjestömme|föreningen)\s+(?:toimii|toimi|verkar)\s+"
    r"(?:(?:koko|pääasiassa|lähinnä|myös|i|inom)\s+)?", re.IGNORECASE)
_AREA_AFTER = re.compile(r"\s+(?:alueella|alueilla|kunnissa|kaupungeissa|seudulla|området)\b", re.IGNORECASE)
_PLACES = frozenset({"Municipality", "Region", "CooperationArea"})


def _bare_association_area(doc: _Doc) -> list[Fact]:
    """ "Yhdistys toimii A:n, B:n ja C:n alueella", "Föreningen verkar i A och B": the one association named.

    Only when the document names exactly one association: a bare "Yhdistys" is then that one.
    """
    if len(doc.by_type.get("Association", ())) != 1:
        return []
    iri = next(iter(doc.by_type["Association"]))
    out: list[Fact] = []
    for cue in matches(_BARE_ASSOCIATION, doc.text):
        places = doc.run_after(cue.end(), _PLACES)
        if not places:
            continue
        swedish = cue.group(0).rstrip().lower().endswith((" i", " inom"))
        genitives = all(_genitive(p) for p in places) and _AREA_AFTER.match(doc.text, places[-1].end)
        locatives = all(p.case in {"sisaolento", "ulkoolento"} or _LOCATIVE.search(p.surface) for p in places)
        if not (swedish or genitives or locatives):
            continue
        ev = Evidence(doc.text[cue.start():places[-1].end], cue.start(), places[-1].end)
        out += [Fact(iri, "coversArea", p.iri, ev, "coversArea:bare-association", 0.6) for p in places
                if p.iri and p.iri != iri]
    return out


_LOCATIVE = re.compile(r"(?:ssa|ssä|lla|llä)$")


_ACTORS = {"Association", "Project", "CompetenceCentre", "JointAuthority", "Company", "Agency", "WellbeingCounty"}
# a field line: "Toiminta-alue: A, B, C", "Hankkeen kohdealue:" with bullets under it, "Verksamhetsområde: A och B"
_AREA_FIELD = re.compile(
    r"^[ \t]*(?P<own>(?:hankkeen|projektin|projektets|yhdistyksen|föreningens)[ \t]+)?"
    r"(?:toiminta-alue(?:et)?|toimialue|kohdealue(?:et)?|hankealue|verksamhetsområde|projektområde|målområde)"
    r"[ \t]*:[ \t]*", re.IGNORECASE | re.MULTILINE)
# "X toimii seuraavissa kunnissa: A, B", "X toimii seuraavien kuntien alueella:" then the list
_WORKS_IN_LISTED = re.compile(
    r"[ \t]+(?:toimii|toimivat|verkar)[ \t]+(?:(?:seuraavissa|näissä|kaikissa|\d{1,2}|i\s+följande)[ \t]+)?"
    r"(?:kunnissa|kaupungeissa|kommuner|seuraavien[ \t]+kuntien[ \t]+alueella)[ \t]*:[ \t]*", re.IGNORECASE)


def _listed_area(doc: _Doc) -> list[Fact]:
    """Places listed under an area field or after "toimii seuraavissa kunnissa:": the actor's area.

    The actor of a field is the project named last before it when the field or the page is a project's
    ("Hankkeen kohdealue:"), else the organisation named last before it (within a page's card, 1500 characters).
    """
    out: list[Fact] = []
    for field in _AREA_FIELD.finditer(doc.text):
        places = _list_after(doc, field.end(), _PLACES)
        if not places:
            continue
        before = [m for m in doc.ms[max(0, doc.at(field.start() - 1500)):doc.at(field.start())] if m.type in _ACTORS]
        projects = [m for m in before if m.type == "Project"]
        own = (field.group("own") or "").strip().lower()
        actor = projects[-1] if projects and own not in {"yhdistyksen", "föreningens"} else (
            None if own in {"hankkeen", "projektin", "projektets"} else (before[-1] if before else None))
        if actor is None:
            continue
        ev = Evidence(doc.text[field.start():places[-1].end], field.start(), places[-1].end)
        out += [Fact(actor.iri or "", "coversArea", p.iri, ev, "coversArea:area-field", 0.6)
                for p in places if p.iri and actor.iri and p.iri != actor.iri]
    for actor in doc.ms:
        if actor.type not in _ACTORS or actor.case not in {None, "nimento"}:
            continue
        cue = _WORKS_IN_LISTED.match(doc.text, actor.end)
        if cue is None:
            continue
        places = _list_after(doc, cue.end(), _PLACES)
        if places:
            ev = Evidence(doc.text[actor.start:places[-1].end], actor.start, places[-1].end)
            out += [Fact(actor.iri or "", "coversArea", p.iri, ev, "coversArea:works-in-listed", 0.6)
                    for p in places if p.iri and actor.iri and p.iri != actor.iri]
    return out


# an association's area stated as a list: "Yhdistyksen toiminta-alue on A, B ja C", "Toiminta-alueeseen kuuluvat
# kunnat: A, B", "toiminta-alueena A, B ja C", "X:n toimialue kattaa kunnat A ja B", "X:s verksamhetsområde omfattar
# A, B och C", "X verkar på ett område som omfattar nio kommuner: A, B"
_SV_COUNT = r"(?:\d{1,3}|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tretton|fjorton|femton|sexton|sjutton|arton)"
_ASSOCIATION_AREA = re.compile(
    r"\b(?:(?:toiminta-?alue|toimialue)(?:ena|eena|ensa|emme)?\s+(?:on|ovat|oli|olivat|kattaa|käsittää)|"
    r"(?:toiminta-?alue|toimialue)(?:ensa|emme)?eseen\s+kuulu(?:vat|u|ivat|i)|"
    # the area as the object, its parts as the subject: "jonka toimialueen muodostaa neljä seutukuntaa: A, B"
    r"(?:toiminta-?alue|toimialue)(?:en|ensa|emme)\s+muodosta(?:a|vat|vat|i|ivat)|"
    r"(?:toiminta-?alue|toimialue)(?:ena|eena|nsa|mme)|"
    r"verksamhetsområde(?:t)?\s+(?:omfattar|är|utgörs\s+av|består\s+av)|"
    r"(?:verkar|verksam)\s+(?:på|inom)\s+ett\s+område\s+som\s+omfattar|"
    # "Området omfattar nio kommuner i östra Nyland. Kommunerna är A, B": the count, then the list
    r"(?:området|verksamhetsområdet|alue|toiminta-alue)\s+(?:omfattar|kattaa)\s+(?:\w+\s+){0,2}?"
    r"(?:kommuner|kuntaa)\b[^.\n]{0,60}\.\s+(?:kommunerna|kunnat)\s+(?:är|ovat))"
    r"(?:\s+(?:nykyisin|tällä\s+hetkellä|myös|kaikkiaan|yhteensä))?"
    r"(?:\s+(?:seuraavat|\d{1,3}|kaksi|kolme|neljä|viisi|kuusi|seitsemän|kahdeksan|yhdeksän|kymmenen|\w+toista|"
    + _SV_COUNT + r"))?"
    r"(?:\s+(?:kuntaa|kunnat|kaupunkia|kaupungit|seutukuntaa|seutukunnat|kommuner(?:na)?|städer))?\s*:?\s*",
    re.IGNORECASE)
# the owner named right before: a registered association's genitive ("SILMU rf:s", "X ry:n") or nominative before a
# verb ("SILMU rf verkar"), else a word that points back to the page's association
_POINTS_BACK = re.compile(r"(?:^|[.!?:;]\s+|\n\s*|\b(?:yhdistyksen|yhdistyksemme|järjestön|järjestömme|"
                          r"säätiön|säätiömme|leader-ryhmän|toimintaryhmän|ryhmän|föreningens|stiftelsens|"
                          r"sen|jonka|ja|och|dess|vars)\s+)$", re.IGNORECASE)
_OTHER_ACTORS = {"Project", "JointAuthority", "CooperationArea", "WellbeingCounty", "Company", "Agency",
                 "CompetenceCentre", "Body", "Programme"}
# "Yhdistys on perustettu 1937 ja toimii Kuopion kaupungin alueella", "X palvelee A:n ja B:n asukkaita"
# "Yhdistys kehittää A:n, B:n ja C:n maaseutua": the countryside or villages of the towns it develops
_SERVES = re.compile(r"\b(?:toimii|toimivat|palvelee|palvelevat|kehittää|kehittävät)\s+"
                     r"(?:(?:koko|pääasiassa|lähinnä|myös|nykyisin)\s+)?", re.IGNORECASE)
_SERVED = re.compile(r"\s+(?:alueella|alueilla|kunnissa|kaupungeissa|seudulla|asukkaita|kuntalaisia|"
                     r"asukkaiden|väestöä|maaseutua|maaseutualuetta|kyliä|aluetta)\b", re.IGNORECASE)
# the bare kind word opens the sentence or follows a participle ("... tiloissa toimiva yhdistys kehittää")
_BARE_SUBJECT = re.compile(r"(?:^|[.!?]\s+|\n\s*|\b[a-zåäö]+v[aä]\s+)"
                           r"(?:yhdistys|yhdistyksemme|järjestö|järjestömme|säätiö)\s+"
                           r"(?:[^.!?\n]{0,80}?\s)?$", re.IGNORECASE)


_REGISTERED = re.compile(r"\s+(?:ry|rf|r\.y\.|r\.f\.)$")


def _page_association(doc: _Doc, pos: int) -> Mention | None:
    """The association a bare area statement at pos is about.

    The association named last before pos (within 1000 characters) when no other kind of actor is named between
    them and its sentence names no other association ("A ry ja B ry tekevät yhteistyötä. Yhdistys ..." is
    ambiguous), else the document's only association when it is named further up, with no other actor between.
    """
    i = doc.at(pos) - 1
    while i >= 0 and doc.ms[i].end > pos - 1000:
        m = doc.ms[i]
        if m.type == "Association":
            opening = max(doc.text.rfind(". ", 0, m.start), doc.text.rfind("\n", 0, m.start))
            ends = re.search(r"[.!?](?:\s|$)|\n", doc.text[m.end:pos])
            close = m.end + ends.start() if ends else pos
            # one association written with and without its "ry" is one ("X vuosikertomus ... X ry on ...")
            others = {_REGISTERED.sub("", o.label.lower()) for o in doc.ms[doc.at(opening + 1):doc.at(close)]
                      if o.type == "Association"}
            return m if len(others) <= 1 else None
        if m.type in _OTHER_ACTORS:
            return None
        i -= 1
    named_before = [m for m in doc.ms[:i + 1] if m.type == "Association"]
    if len(doc.by_type.get("Association", ())) == 1 and named_before:
        return named_before[-1]  # named further up the page ("Yhdistyksen kattojärjestö on X" after it is no owner)
    return None


def _association_area(doc: _Doc) -> list[Fact]:
    """An association's area of operation given as a list of towns or regions: each `coversArea` of it.

    The owner is the association named right before the lead ("X ry:n toiminta-alue", "X rf verkar på ett område
    som omfattar") or, after a word pointing back ("Yhdistyksen", "sen", a sentence start), the association the
    page has just named. A lead owned by anything else ("Hankkeen", "kuntayhtymän", a county's genitive) gives
    nothing: a joint authority's towns are members (partOf), read above.
    """
    out: list[Fact] = []
    for cue in matches(_ASSOCIATION_AREA, doc.text):
        places = _list_after(doc, cue.end(), _PLACES)
        if not places:
            continue
        j = doc.at(cue.start()) - 1
        before = doc.ms[j] if j >= 0 else None
        owner: Mention | None = None
        if before is not None and doc.text[before.end:cue.start()].strip() in {"", ":s", "s"}:
            owner = before if before.type == "Association" else None
            if owner is None:
                continue  # another actor's area, or a town's ("Kajaanin toiminta-alue")
        elif _POINTS_BACK.search(doc.text, max(0, cue.start() - 40), cue.start()):
            owner = _page_association(doc, cue.start())
        if owner is None or not owner.iri:
            continue
        ev = Evidence(doc.text[cue.start():places[-1].end], cue.start(), places[-1].end)
        out += [Fact(owner.iri, "coversArea", p.iri, ev, "coversArea:association-area", 0.6) for p in places
                if p.iri and p.iri != owner.iri]
    for cue in matches(_SERVES, doc.text):
        places = doc.run_after(cue.end(), _PLACES)
        if not places or not all(_genitive(p) for p in places) or not _SERVED.match(doc.text, places[-1].end):
            continue
        j = doc.at(cue.start()) - 1
        named = doc.ms[j] if j >= 0 else None
        if named is not None and named.type == "Association" and named.case in {None, "nimento"} \
                and not re.search(r"[.!?;:\n]", doc.text[named.end:cue.start()]) and cue.start() - named.end < 80:
            owner: Mention | None = named  # "X ry palvelee A:n ja B:n asukkaita"
        elif _BARE_SUBJECT.search(doc.text[max(0, cue.start() - 120):cue.start()]):
            owner = _page_association(doc, cue.start())  # "Yhdistys on perustettu 1937 ja toimii A:n alueella"
        else:
            continue
        if owner is None or not owner.iri:
            continue
        ev = Evidence(doc.text[cue.start():places[-1].end], cue.start(), places[-1].end)
        out += [Fact(owner.iri, "coversArea", p.iri, ev, "coversArea:association-serves", 0.6) for p in places
                if p.iri and p.iri != owner.iri]
    return out


# "X är en samkommun vars medlemmar är de 14 kommunerna i landskapet Y: A, B och C", "X on kuntayhtymä, jonka
# jäsenkunnat ovat A, B ja C": the members in a relative clause about the sentence's subject
_WHOSE_MEMBERS = re.compile(r"\b(?:vars|jonka)\s+(?:medlemmar|medlemskommuner|jäsenkunnat|jäseniä|jäsenet)\s+"
                            r"(?:är|var|ovat|olivat)\s+", re.IGNORECASE)


def _whose_members(doc: _Doc) -> list[Fact]:
    """Members named in a relative clause: the whole is the first organisation of the sentence, in the nominative.

    A count before a colon ("de 14 kommunerna i landskapet Österbotten:") is passed over to the list after it.
    """
    out: list[Fact] = []
    for cue in matches(_WHOSE_MEMBERS, doc.text):
        opening = max(doc.text.rfind(". ", 0, cue.start()), doc.text.rfind("\n", 0, cue.start())) + 1
        if cue.start() - opening > 250:
            continue
        wholes = [m for m in doc.ms[doc.at(opening):doc.at(cue.start())] if m.type in WHOLES]
        if not wholes or wholes[0].case not in {None, "nimento"}:
            continue
        start = cue.end()
        colon = re.match(r"[^.:\n]{0,80}:\s*", doc.text[start:start + 90])
        if colon is not None:
            start += colon.end()
        members = _list_after(doc, start)
        if len(members) >= 2:
            out += _facts(wholes[0], members, doc.text, wholes[0].start, members[-1].end)
    return out


# a town with its whole in parentheses: "Jämsään (182, Keski-Suomi)", "Kankaanpää ja Honkajoki (Satakunnan shp)"
_OPEN_NOTE = re.compile(r"\s*\(\s*(?:\d{1,4}\s*,\s*)?")


def _town_with_whole_noted(doc: _Doc) -> list[Fact]:
    """A town (or two joined by "ja") followed by a parenthesis holding only a region, joint authority, co-operation
    area or county (a statistics code before it passed over): the town belongs to that whole."""
    out: list[Fact] = []
    for i in range(len(doc.ms) - 1):
        town, whole = doc.ms[i], doc.ms[i + 1]
        if town.type != "Municipality" or whole.type not in WHOLES - {"Association"}:
            continue
        if _OPEN_NOTE.fullmatch(doc.text, town.end, whole.start) is None \
                or re.match(r"\s*\)", doc.text[whole.end:whole.end + 3]) is None:
            continue
        members = [town]
        if i >= 1 and doc.ms[i - 1].type == "Municipality" \
                and re.fullmatch(r"\s+(?:ja|och)\s+", doc.text[doc.ms[i - 1].end:town.start]):
            members.insert(0, doc.ms[i - 1])
        out += _facts(whole, members, doc.text, members[0].start, whole.end + 1)
    return out


# an area field under a heading that names the actor alone on its line: "EMO ry." then "Område: A, B och C"
_BARE_AREA_FIELD = re.compile(r"^[ \t]*(?:område|alue|toiminta-alue|toimialue|verksamhetsområde)[ \t]*:[ \t]*",
                              re.IGNORECASE | re.MULTILINE)
_HEADING_TAIL = re.compile(r"[ \t]*(?:r\.?y\.?|r\.?f\.?)?[ \t]*\.?[ \t]*")
_PLACE_NOTE = re.compile(r"\s*\([a-zåäö][a-zåäö ]{0,25}\)\s*(?:,|ja|och)?\s*")


def _run_with_notes(doc: _Doc, pos: int) -> list[Mention]:
    """Places joined by commas and conjunctions, a lower-case note in parentheses between them passed over
    ("Esbo (vissa delar) Hausjärvi, Hyvinge och Vanda")."""
    run = doc.run_after(pos, _PLACES)
    while run:
        note = _PLACE_NOTE.match(doc.text, run[-1].end)
        more = doc.run_after(note.end(), _PLACES) if note is not None else []
        if not more or more[0].start != note.end():  # type: ignore[union-attr]
            break
        run += more
    return run


def _headed_area_field(doc: _Doc) -> list[Fact]:
    """ "Område:" / "Alue:" listing places right under a heading line that is an actor's name alone (blank lines
    and earlier field lines between): the actor's area. A field with no such heading is left to _listed_area."""
    out: list[Fact] = []
    for field in _BARE_AREA_FIELD.finditer(doc.text):
        places = _run_with_notes(doc, field.end())
        if not places:
            continue
        j = doc.at(field.start()) - 1
        if j < 0 or doc.ms[j].type not in _ACTORS or not doc.ms[j].iri:
            continue
        actor = doc.ms[j]
        line_start = doc.text.rfind("\n", 0, actor.start) + 1
        line_end = doc.text.find("\n", actor.end)
        line_end = len(doc.text) if line_end < 0 else line_end
        if doc.text[line_start:actor.start].strip() or _HEADING_TAIL.fullmatch(doc.text, actor.end, line_end) is None:
            continue  # not a heading of its own
        between = doc.text[line_end:field.start()]
        if any(line.strip() and not _BARE_AREA_FIELD.match(line) for line in between.split("\n")):
            continue
        ev = Evidence(doc.text[actor.start:places[-1].end], actor.start, places[-1].end)
        out += [Fact(actor.iri, "coversArea", p.iri, ev, "coversArea:headed-area-field", 0.6) for p in places
                if p.iri and p.iri != actor.iri]
    return out


# "Somerolla ja Loimaalla toimiva X", "Vakka-Suomessa ja Satakunnassa toimivan Y:n": places in the locative, then
# the participle right before the actor's name
_WORKING = re.compile(r"\s+toimiva(?:t|n|ssa|lla|lle|a|an)?\s+$", re.IGNORECASE)
_WORKERS = {"Association", "Company", "CompetenceCentre"}


def _locative(m: Mention, _end: int) -> bool:
    """A place in the inessive or adessive, by the recogniser's case or by its ending."""
    return m.case in {"sisaolento", "ulkoolento"} or _LOCATIVE.search(m.surface) is not None


def _locative_before(m: Mention, end: int) -> bool:
    """A locative place that ends before `end` (a mention reaching into the verb is none of the list)."""
    return m.end <= end and _locative(m, end)


def _genitive_before(m: Mention, end: int) -> bool:
    """A genitive place ("A:n ja B:n alueella") that ends before `end`."""
    return m.end <= end and _genitive(m)


def _places_before(doc: _Doc, i: int, end: int, fits: Callable[[Mention, int], bool]) -> list[Mention]:
    """The places right before `end`, back from mention i - 1, joined by commas and "ja", as long as each fits (given
    the place and where the run so far starts); both shapes of a place-then-actor clause read the places so."""
    places: list[Mention] = []
    k = i - 1
    while k >= 0:
        m = doc.ms[k]
        if m.type not in _PLACES or not fits(m, end):
            break
        gap = doc.text[m.end:end]
        if (places and _JOIN.fullmatch(gap) is None) or (not places and gap.strip()):
            break
        places.insert(0, m)
        end = m.start
        k -= 1
    return places


def _working_in_places(doc: _Doc) -> list[Fact]:
    """An association, company or competence centre introduced by "A:ssa ja B:llä toimiva" covers those places."""
    out: list[Fact] = []
    for i, actor in enumerate(doc.ms):
        if actor.type not in _WORKERS or not actor.iri or i == 0:
            continue
        verb = _WORKING.search(doc.text, max(0, actor.start - 14), actor.start)
        if verb is None:
            continue
        places = _places_before(doc, i, verb.start(), _locative)
        if not places:
            continue
        ev = Evidence(doc.text[places[0].start:actor.end], places[0].start, actor.end)
        out += [Fact(actor.iri, "coversArea", p.iri, ev, "coversArea:working-in-places", 0.6) for p in places
                if p.iri and p.iri != actor.iri]
    return out


# "alueen kaikki kunnat (A, B ja C)", "seudun kunnat ovat A, B ja C", "10 seudun kuntaa, joita olivat A, B ja C": the
# area is the one named just before ("Itä-Uudenmaan alueen kuntien hanke ... alueen kaikki kunnat (...)")
_BARE_AREA_TOWNS = re.compile(
    r"\b(?P<word>seudun|alueen)\s+(?:kaikki\s+)?(?:(?:\d{1,3}|kaksi|kolme|neljä|viisi|kuusi|seitsemän|kahdeksan|"
    r"yhdeksän|kymmenen|\w+toista)\s+)?(?:kunnat|kuntaa)"
    r"(?:\s*,\s*(?:joita|jotka)\s+(?:olivat|ovat|ovat\s+olleet)|\s+(?:ovat|olivat))?\s*(?P<open>[:(])?\s*",
    re.IGNORECASE)
_IN_PARENS_JOIN = re.compile(r"\s*(?:[,.;]|ja|sekä|och)\s*(?:(?:ja|och)\s+)?")
BARE_AREA_REACH = 600  # characters back to the area a bare "alueen" or "seudun" stands for


def _bare_area_towns(doc: _Doc) -> list[Fact]:
    """Towns listed after a bare "alueen kunnat" or "seudun kunnat" belong to the area named last before it, in the
    same paragraph; "seudun" only to an area that is a "seutu" (a sub-region named by its centre)."""
    out: list[Fact] = []
    text = doc.text
    for cue in matches(_BARE_AREA_TOWNS, text):
        k = doc.at(cue.start()) - 1
        if k >= 0 and not text[doc.ms[k].end:cue.start()].strip():
            continue  # "Kainuun alueen kunnat": the area is named right there (read above)
        whole = None
        while k >= 0 and cue.start() - doc.ms[k].end <= BARE_AREA_REACH:
            m = doc.ms[k]
            if "\n\n" in text[m.end:cue.start()]:
                break
            if m.type in {"Region", "CooperationArea"}:
                whole = m
                break
            if m.type in {"Project", "Programme"}:  # "Itä-Uudenmaan alueen kuntien yhteinen hanke": the name's area
                whole = next((x for x in doc.all if x.type in {"Region", "CooperationArea"}
                              and m.start <= x.start and x.end <= m.end), None)
                if whole is not None:
                    break
            k -= 1
        if whole is None or (cue.group("word").lower() == "seudun" and "seu" not in whole.label.lower()):
            continue
        members = _in_parentheses(doc, cue.end()) if cue.group("open") == "(" else _list_after(doc, cue.end())
        members = [m for m in members if m.case in {None, "nimento"}]
        if len(members) >= 2:
            out += _facts(whole, members, text, cue.start(), members[-1].end)
    return out


def _in_parentheses(doc: _Doc, pos: int) -> list[Mention]:
    """Every town from pos to the closing parenthesis, when towns and separators are all it holds ("Porvoo. Sipoo,
    Loviisa ja Askola": a stray full stop in a list is still a separator)."""
    close = doc.text.find(")", pos, pos + 400)
    if close < 0:
        return []
    run: list[Mention] = []
    end = pos
    for m in doc.ms[doc.at(pos):doc.at(close)]:
        if m.type != "Municipality" or (run and _IN_PARENS_JOIN.fullmatch(doc.text, end, m.start) is None) \
                or (not run and doc.text[end:m.start].strip()):
            return []
        run.append(m)
        end = m.end
    return run if doc.text[end:close].strip() == "" else []


# "Pälkäneen alueella toimii tästä vuodesta alkaen X", "Kuopiossa toimii X": the places before the verb, the actor after
_PLACE_WORKS = re.compile(r"\s+(?:alueella\s+|alueilla\s+)?toimi(?:i|vat)\s+(?:[a-zåäö0-9]+\s+){0,4}?$")


def _place_then_worker(doc: _Doc) -> list[Fact]:
    """An association, company or competence centre working in places named before its verb ("A:n ja B:n alueella
    toimii X", "A:ssa toimii X") covers them; the places open the clause."""
    out: list[Fact] = []
    for i, actor in enumerate(doc.ms):
        if actor.type not in _WORKERS or not actor.iri or i == 0 or actor.case not in {None, "nimento"}:
            continue  # "Kuopiossa toimii X:n toimipiste": the genitive owns what works there, its reach is wider
        verb = _PLACE_WORKS.search(doc.text, max(0, actor.start - 80), actor.start)
        if verb is None:
            continue
        area_word = "alue" in verb.group(0).lower()
        places = _places_before(doc, i, verb.start(), _genitive_before if area_word else _locative_before)
        if not places or not _CLAUSE_START.search(doc.text, max(0, places[0].start - 3), places[0].start):
            continue
        ev = Evidence(doc.text[places[0].start:actor.end], places[0].start, actor.end)
        out += [Fact(actor.iri, "coversArea", p.iri, ev, "coversArea:place-then-worker", 0.6) for p in places
                if p.iri and p.iri != actor.iri]
    return out


# a line that is a heading or field name of members alone: "Jäsenkunnat", "2 § Jäsenkunnat", "Omistajakunnat:",
# "Medlemskommuner"; the towns follow on the line after a colon or as lines of their own
_MEMBER_HEADING = re.compile(r"(?im)^[ \t]*(?:\d{1,2}\s*§\s*)?(?:jäsenkunnat|omistajakunnat|jäsenkuntamme|"
                             r"medlemskommuner(?:na)?|ägarkommuner(?:na)?)"
                             # a heading's tail: "Jäsenkunnat ja asukasluvut 31.12.2021", "Jäsenkunnat 2022"
                             r"(?:[ \t]+(?:ja|sekä|och)[ \t]+(?:niiden[ \t]+|deras[ \t]+)?[a-zåäö]+|"
                             r"[ \t]+\(?(?:\d{1,2}\.\d{1,2}\.)?\d{4}\)?|[ \t]+vuonna[ \t]+\d{4})*"
                             r"[ \t]*(?P<colon>:|[–—-](?=[ \t]))?[ \t]*")
_LINE_HEAD = re.compile(r"[ \t]*(?:(?:[-•*–·▪]|\d{1,2}[.)])[ \t]+)?")


def _member_heading(doc: _Doc) -> list[Fact]:
    """The towns under a heading or field of members whose whole the heading leaves unnamed: charters ("2 §
    Jäsenkunnat"), pages and cards of one joint authority. The whole is the one joint authority the document names
    (or, naming none, its one co-operation area); a town heads each line, so a line's other words (population,
    share) do not stop the list. The heading reads a page's layout, not a sentence: a rule of its own, a lower
    confidence."""
    out: list[Fact] = []
    text = doc.text
    for head in _MEMBER_HEADING.finditer(text):
        whole = _only_whole(doc)
        if whole is None:
            return out
        rest_end = text.find("\n", head.end())
        rest_end = len(text) if rest_end < 0 else rest_end
        if head.group("colon") and text[head.end():rest_end].strip():
            members = doc.run_after(head.end())  # "Jäsenkunnat: A, B ja C"
            if members and text[members[-1].end:rest_end].strip(" .;") and len(members) < 2:
                members = []
        elif text[head.end():rest_end].strip():
            continue  # "Jäsenkunnat ovat ..." and the like: sentences, read above
        else:
            members = _town_lines(doc, rest_end)
        if len(members) >= 2:
            ev_start = head.start() + len(head.group(0)) - len(head.group(0).lstrip())
            for f in _facts(whole, members, text, ev_start, members[-1].end, RULE_MEMBER_HEADING):
                out.append(Fact(f.subject, f.predicate, f.object, f.evidence, f.rule, 0.45))
    return out


def _only_whole(doc: _Doc) -> Mention | None:
    """The one joint authority the document names, else its one co-operation area."""
    for kind in ("JointAuthority", "CooperationArea"):
        named = doc.by_type.get(kind, set())
        if len(named) == 1:
            return Mention(0, 0, "", "", kind, next(iter(named)))
        if named:
            return None
    return None


def _town_lines(doc: _Doc, pos: int, types: frozenset[str] = frozenset({"Municipality"}),
                head: re.Pattern[str] = _LINE_HEAD) -> list[Mention]:
    """Places of `types` each opening a line from pos on, after what `head` allows before them (a bullet or number,
    or with _LINE_HEAD also nothing), up to the first other line; blank lines before the first are skipped."""
    text = doc.text
    members: list[Mention] = []
    for line in re.finditer(r"[^\n]*\n?", text[pos:pos + 3000]):
        raw = line.group(0)
        if not raw:
            break
        if not raw.strip():
            if members:
                break
            continue
        lead = head.match(raw)
        if lead is None:
            break
        at = pos + line.start() + lead.end()
        i = doc.at(at)
        if i >= len(doc.ms) or doc.ms[i].start != at or doc.ms[i].type not in types:
            break
        members.append(doc.ms[i])
    return members
