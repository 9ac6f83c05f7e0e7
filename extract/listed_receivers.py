"""Receivers listed one a line under a lead that says they get money (issue 12).

A bank's, a foundation's or a board's news of its grants often ends its lead with a colon and lists who gets the
money, one receiver a line: "Seuraavat kohteet saavat kukin 2 500 euron lahjoituksen:", "Avustuksen saivat:",
"Tuen saajat ovat:", "Bidrag beviljades till:". The lines carry the receiver's name and maybe its town or its
purpose ("• Palvelukeskus Ruska, Lieto"), seldom a sum of their own; the sum, if any, is the lead's "kukin N euroa"
(each). Recognition knows few of those names (a service centre, a local fund, a one-off project), and the rules
that read grant lists (funds:grant-list) need a sum on each line, so such a list gave neither the receivers nor
their grants.

The layout says what each line is:
- `listed_receiver_mentions`: the first field of each line of the list (up to a comma, a dash or a bracket) is a
  receiver's name: the name recognition found there, else a new mention of its own (a Project where its words say
  so, a Company by its company form, else an Association: what a donation list names);
- `listed_receiver_facts`: the giver the lead names (its nominative or ablative funder-kind organisation), else
  the one granter of the document's opening (header_granter.py), funds each listed receiver, with the lead's
  "kukin" sum or the line's own single sum. A text naming no giver gives no fact (FACTS.md: no invented funder).
Unseen documents flatten such lists: the lines lose their bullets ("Avustuksen saajat ovat:" then one bare name a
line, blank lines between) or run on after the lead's colon ("Tukea myönnettiin seuraaville yhdistyksille: A ry, B,
C ja D."). Both are read too, each shape under its own rule name (funds:listed-receivers-bare, -run) and a lower
confidence: a bare line must read as a name (capitalised words, a registered or kind form), a run's every item must
(else the run is prose), and a lead about money applied for ("hakivat", "ansökte") lists no grants.
It is a reading of layout, not of a sentence: its facts carry their own rule name and a confidence below 0.5.
Measured paired (dev of 265 documents with the fresh n16 batch, the writing and held-back halves of sets 1-7): dev
+19 right facts, +1 wrong (a list line naming three siblings cut at its first comma), 5 more entities found (a
bank's list of receivers no rule read) and 1 spurious; the two halves unchanged (no such list in them).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache

from welfare_kg.extract.bare_sums import bare_sum_rows
from welfare_kg.extract.first_names import listed_first_name
from welfare_kg.extract.header_granter import FUNDER_TYPES, GRANT_WORD, granter_of_opening
from welfare_kg.extract.layout import OPENING_CHARS, insert_mentions
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.money import Amount, find_amounts
from welfare_kg.extract.morphology import Morphology, get_morphology
from welfare_kg.extract.name_openers import skip_openers
from welfare_kg.extract.named_giver import giver_before, giver_unsaid, sources_listed
from welfare_kg.extract.names import identity_key
from welfare_kg.extract.role_slot_organisations import common_phrase, place_phrase_end
from welfare_kg.extract.spans import SpanIndex
from welfare_kg.extract.text import Sentence
from welfare_kg.extract.text_scans import matches

RULE = "funds:listed-receivers"
CONFIDENCE = 0.45
LOOSE_CONFIDENCE = 0.4  # unbulleted or run-on lists: the layout says less
# each shape its own rule name, so its facts can be measured and filtered apart
_SHAPE_RULES = {"lines": RULE, "bare": "funds:listed-receivers-bare", "run": "funds:listed-receivers-run"}
MENTION_RULE = "listed-receiver"
LEAD_CHARS = 220  # a longer line ending in a colon is a paragraph, not a list's lead
MAX_NAME_WORDS = 7

# the lead: a colon at its end, a word of receiving or granting, and a word for money
# (a paragraph's last sentence leads too: "Lahjoitukset myönnettiin ... tueksi. Lahjoituksen saivat:" on one long line)
_LEAD = re.compile(rf"(?m)(?:^|(?<=[.!?][ \t]))[^\n:]{{8,{LEAD_CHARS}}}:[ \t]*$")
_GETS = re.compile(r"(?i)\b(?:saa|saavat|sai|saivat|saaneet|saajat|saajia|saajina|saajiksi|myönnettiin|myönnetään|"
                   r"myönsi|myönsivät|myöntää|myönnetty|jaettiin|jakoi|lahjoittaa|lahjoitti|får|fick|mottagare|"
                   r"mottagarna|beviljades|beviljade|beviljats|tilldelades|gick[ \t]+till)\b")
GETS = _GETS
_MONEY = re.compile(r"(?i)avustu|\btuki|\btuke|\btuen|lahjoitu|apura|rahoitu|stipend|bidrag|stöd|understöd|donation")
# the one sum each receiver gets: "kukin 2 500 euron lahjoituksen", "à 1 000 euro", "1 000 euroa kullekin"
_SENTENCE_END = re.compile(r"[.!?][ \t]+(?=[A-ZÅÄÖ])")
_EACH = re.compile(r"(?i)\b(?:kukin|kullekin|jokainen|kumpikin|vardera|var\s+och\s+en|à)\b")
# (a web table's row, "| X ry | 2 500 € |", is an item of its own: the cell border its bullet)
_ITEM = re.compile(r"^[ \t]*(?:[-–•*·▪|]|\d{1,2}[.)])[ \t]+(?P<body>\S[^\n]*?)[ \t]*$")
# where the name field ends: a comma, a spaced dash, a bracket, a colon, a cell border, a sum ("X ry 2 500 euroa")
_FIELD_END = re.compile(r",|\s[–-]\s|\s?\(|:|\s?\||\s\d{1,3}(?:[ \u00a0.]\d{3})*(?:,\d{1,2})?[ \u00a0]*(?:€|euro)")
BARE_ROW_CHARS = 90  # a longer unbulleted line is prose
# a table's column heading as the first cell under the lead (a table flattened one cell a line): the rows are
# cells, names and sums in turn, not one receiver a line; the table rules read them
_COLUMN_HEAD = re.compile(r"(?i)(?:hakija|hakijat|saaja|saajat|avustuksen\s+saaja|kohde|järjestö|yhdistys|hanke|"
                          r"sökande|mottagare|projekt|förening|organisation|nimi|namn)\s*:?")
# a finite verb of granting or receiving, which no name of a receiver holds: the line is a sentence
_ROW_VERB = re.compile(r"(?i)\b(?:myönnettiin|myönnetään|myönsi|myöntää|myönnetty|saa|saavat|sai|saivat|jaettiin|"
                       r"beviljades|beviljade|fick|får)\b")
_TOTAL = re.compile(r"(?i)(?:yhteensä|yht\.|kaikkiaan|summa|totalt|sammanlagt|summa)\b")
# a lead whose items run on after its colon on the same line: "Tukea myönnettiin seuraaville yhdistyksille: A, B, C."
_RUN_LEAD = re.compile(rf"(?m)^(?P<lead>[^\n:]{{8,{LEAD_CHARS}}}):[ \t]+(?P<run>\S[^\n]*)$")
# or after the receivers' noun and a copula, with no colon, anywhere in a paragraph: "Avustuksen saajat olivat A ry,
# B ry sekä C ry.", "Mottagare var A och B" (a foundation's news says it so as often as with a colon). Found by the
# noun and the copula (a cheap literal scan), the lead then reaching back to its sentence's start
# (Swedish says it with a relative clause or with where the money went too: "De föreningar som fick bidrag för
# 2021 var A, B och C", "Bidraget 2021 gick till A, B och C"; Finnish adds "myös": "Tuen saajina olivat myös A ja B")
_RECEIVERS_ARE = (r"\b(?:(?:saajat|saajia|saajina|mottagare|mottagarna)[ \t]+(?:ovat|olivat|on|oli|var|är|blev)"
                  r"(?:[ \t]+(?:myös|lisäksi|också|även))?|som[ \t]+(?:fick|får|erhöll)[ \t]+(?:[\wåäö]+[ \t]+){0,4}?"
                  r"(?:var|är|blev)|gick[ \t]+(?:[\wåäö]+[ \t]+){0,2}?till)")
_COPULA = re.compile(_RECEIVERS_ARE + r"[ \t]+(?=[A-ZÅÄÖ])")
_COPULA_LEAD = re.compile(r"(?P<lead>[^\n.:!?]{0,80}?" + _RECEIVERS_ARE + r")[ \t]+(?P<run>[A-ZÅÄÖ][^\n]*)")
_WHO_GOT = re.compile(r"(?i)\b(?:som|jotka|joille)[ \t]+(?:fick|får|erhöll|saivat|saavat)\b")
_NAME_JOINERS = {"ja", "och", "&", "i", "av", "för"}
_SECTIONED = re.compile(r"\s(?:ry|rf)\s\S+$")  # "Ilves ry jalkapallojaosto": a registered club's section
_TOWN_FORM = re.compile(r"\s(?:kaupunki|kunta|seurakunta|kuntayhtymä|stad|kommun|församling)$")
_RUN_SEP = re.compile(r",[ \t]+|[ \t]+(?:ja|sekä|och|samt)[ \t]+")
_RUN_END = re.compile(r"\.(?:[ \t]+[A-ZÅÄÖ]|[ \t]*$)|;")
# a lead about money asked for or refused lists no grants: "Avustusta hakivat:", "Hylätyt hakemukset:"
_NOT_GRANTED = re.compile(r"(?i)\b(?:hak\w*|haettu\w*|anoi\w*|hylät\w*|hylättiin|ansök\w*|sökte|avslog\w*|"
                          r"avslag\w*)\b")
# an item its grant is refused to: "- X ry ei avustusta", "Y ry, hakemus hylätään", "Z rf inget bidrag"
REFUSED = re.compile(r"(?i)\b(?:ei[ \t]+(?:avustusta|tukea|rahoitusta|apurahaa|myönnetä|myönnetty|myönnettävä)|"
                     r"hylät\w*|hylkää\w*|avslag\w*|avslås|avslogs|inget[ \t]+(?:bidrag|stöd)|ej[ \t]+bidrag|"
                     r"beviljas[ \t]+inte)\b")
_PROJECTS_LISTED = re.compile(r"(?i)\b(?:hankkee\w*|hanke|projekt\w*)\b")
# a budget's lines are its own spending, not grants: "Talousarviossa tukea saavat seuraavat toiminnot:"
_BUDGET_LEAD = re.compile(r"(?i)budjet|kustannu|talousarvi|menot\b|budget|kostnad")
_BUDGET = re.compile(r"(?i)budjet|kustannu|kulut|menot|budget|kostnad")
# a row's name that is a sentence or a total, not a project's title: "Hankkeiden rahoitus on yhteensä", "Yhteensä"
_NOT_A_TITLE = re.compile(r"(?i)\b(?:on|ovat|oli|olivat|yhteensä|yht|kaikkiaan|totalt|sammanlagt|summa|är|var)\b")
_PROJECT_LEAD = re.compile(r"(?i)\b(?:hank\w*|projekt\w*)\b")  # "seuraaville hankkeille", "följande projekt"
_PROJECT_WORD = re.compile(r"(?i)(?:hanke|projekti|projekt|hankkeen|projektet)\b")
_COMPANY_FORM = re.compile(r"(?:\s(?:Oy|Oyj|Ab|Ky|Tmi|AB)|\soy|\sab)$")
_REGISTERED = re.compile(r"\s(?:ry|rf|r\.y\.|r\.f\.|sr|rs)$")
# rules that pair a funder and a receiver across sentences, by kind and closeness alone
_GUESSES = {"funds:document", "funds:co-occurrence"}
_RECEIVER_KINDS = {"Association", "Company", "Project", "Municipality", "JointAuthority", "WellbeingCounty",
                   "Parish", "CompetenceCentre", "Body", "Agency"}


@lru_cache(maxsize=2)
def _lists(text: str) -> tuple[tuple[re.Match[str], list[tuple[int, int]], str], ...]:
    """Each lead with the (start, end) of the name field of each of its items and the list's shape: "lines"
    (bulleted lines), "bare" (unbulleted short lines: a web list flattened) or "run" (the items run on after the
    lead's colon, up to the sentence's end). One pass over the text's lines; read-only and kept for the text: the
    mention step and the fact step both read it, and a large document computes it ahead (`ahead`)."""
    out: list[tuple[re.Match[str], list[tuple[int, int]], str]] = []
    for lead in matches(_LEAD, text):
        line = lead.group(0)
        if not (_GETS.search(line) and _MONEY.search(line)) or _BUDGET_LEAD.search(line):
            continue
        fields, shape = _line_items(text, lead.end() + 1)
        if len(fields) >= 2:  # one line is no list
            out.append((lead, fields, shape))
    for lead in (*_RUN_LEAD.finditer(text), *_copula_leads(text)):
        head = lead.group("lead")
        if not (_GETS.search(head) and _MONEY.search(head)) or _NOT_GRANTED.search(head):
            continue
        fields = _run_items(text, lead.start("run"), lead.end("run"))
        if len(fields) >= 2:
            out.append((lead, fields, "run"))
    return tuple(out)


def _line_items(text: str, at: int) -> tuple[list[tuple[int, int]], str]:
    """The name fields of the lines from `at` on: bulleted lines, else (from the first line) unbulleted short
    lines that each read as one name field; the list ends at a line of neither shape or two blank lines."""
    fields: list[tuple[int, int]] = []
    shape = ""
    while at < len(text):
        nl = text.find("\n", at)
        end = len(text) if nl < 0 else nl
        row = text[at:end]
        if not row.strip():
            if fields and text[end + 1:end + 2] == "\n":
                break  # two blank lines: the list is over
            at = end + 1
            continue
        item = _ITEM.match(row)
        if fields and item is None and _SUM_CELL.fullmatch(row.strip()):
            at = end + 1  # "FC Nokia ry" then "2 000 €" a paragraph below: a table flattened one cell a line
            continue
        if item is not None and shape in {"", "lines"}:
            shape = "lines"
            body_start = at + item.start("body")
            body = item.group("body")
        elif item is None and shape == "" and _COLUMN_HEAD.fullmatch(row.strip()):
            return [], ""  # "Hakija" / "Hanke" / "Myönnetty": a table's heading cells, one a line: no list of names
        elif item is None and shape in {"", "bare"} and _bare_row(row):
            shape = "bare"
            body_start = at + len(row) - len(row.lstrip())
            body = row.strip()
        else:
            break
        skip = skip_openers(body, 0, len(body), get_morphology())  # "Kumppani X ry": the item's label
        body_start, body = body_start + skip, body[skip:]
        cut = _FIELD_END.search(body)
        name = body[:cut.start()] if cut else body
        name = name.rstrip(" .;")
        if name and not _COLUMN_HEAD.fullmatch(name) and not _TOTAL.match(name):
            fields.append((body_start, body_start + len(name)))  # not "| Hakija | Myönnetty |", "| Yhteensä |"
        at = end + 1
    return fields, shape


def _bare_row(row: str) -> bool:
    """An unbulleted line that is a list's row, not prose: short, opening with a capital, its name field a few
    words, no sentence ending inside it."""
    body = row.strip()
    if len(body) > BARE_ROW_CHARS or not body[:1].isupper() or re.search(r"[.!?]\s+\S", body) \
            or body.endswith(":"):  # a line ending in a colon leads a list of its own
        return False
    if body[-1:] in "!?":
        return False  # "Onnittelemme saajia!": a sentence, not a row
    cut = _FIELD_END.search(body)
    if cut is not None and cut.group() == ":" and not re.search(r"\d", body[cut.end():]):
        return False  # "Päätös: Ehdotus hyväksyttiin.": a field's label and its text, no row with a sum
    name = (body[:cut.start()] if cut else body).rstrip(" .;")
    if _ROW_VERB.search(name):
        return False  # "Lisäksi X:n kunnalle myönnettiin valtionavustusta 30 000 euroa.": a sentence after the list
    words = name.split()
    # a name: capitalised words ("Seinäjoen Sydänkerho"), or a receiver's form ("Salmivaaran kyläseura", "X ry")
    return 0 < len(words) <= MAX_NAME_WORDS and (
        all(w[:1].isupper() or w[:1].isdigit() or w in _NAME_JOINERS for w in words)
        or row_receiver_name(name) or _REGISTERED.search(name) is not None or _TOWN_FORM.search(name) is not None
        or _SECTIONED.search(name) is not None)


def _copula_leads(text: str) -> list[re.Match[str]]:
    """Each "<receivers' noun> <copula> A, B ja C" as a match of its lead (from its sentence's start up to the
    copula) and its run (the items after it)."""
    out = []
    for hit in _COPULA.finditer(text):
        back = max(0, hit.start() - 80)
        cut = max((text.rfind(c, back, hit.start()) for c in ".!?:\n"), default=-1)
        start = cut + 1 if cut >= 0 else back
        while start < hit.start() and text[start] in " \t":
            start += 1
        lead = _COPULA_LEAD.match(text, start)
        if lead is not None and lead.start("run") == hit.end():
            out.append(lead)
    return out


def _run_items(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The name fields of the items run on after a lead's colon up to the sentence's end ("A ry, B ry ja C"); none
    where an item is no name field (a clause: too many words, no capital) - the run is prose, not a list."""
    stop = _RUN_END.search(text, a, b)
    # a run the text ends in without its full stop was cut off (a stored excerpt): its last item may be a name's
    # first words only ("... Semnebyns Bygdegårdsförening och Kronans"), so it is left out
    cut_off = stop is None and not text[b:].strip()
    b = stop.start() if stop else b
    fields: list[tuple[int, int]] = []
    at = a
    for sep in [*_RUN_SEP.finditer(text, a, b), None]:
        end = sep.start() if sep else b
        item = text[at:end]
        lead_ws = len(item) - len(item.lstrip())
        cut = _FIELD_END.search(item)
        name = (item[:cut.start()] if cut else item).strip().rstrip(" .;")
        if not name or not name[:1].isupper() or len(name.split()) > MAX_NAME_WORDS:
            return []
        fields.append((at + lead_ws, at + lead_ws + len(name)))
        at = sep.end() if sep else b
    return fields[:-1] if cut_off else fields


# a row of a grant table or list ("Tanssikoulu Piruetti 1 500 €", "| Kuoro Ilona | 700 € |", "- Nappi ry: 2 000 €"):
# an optional bullet or cell border, the receiver's name field, maybe more fields, and the row's sum at its end
_ROW_HEAD = re.compile(r"[ \t]*(?:\|[ \t]*|[-–•*·▪][ \t]+|\d{1,2}[.)][ \t]+)?")
_ROW_TAIL = re.compile(r"[ \t|.;]*")
# the name field ends at a comma, a spaced dash, a bracket, a colon, a cell border, or the verb of receiving that a
# row in prose puts between its receiver and its sum ("Kotkan Kiertäjät sai 500 euroa", "X fick 2 000 euro")
_ROW_FIELD_END = re.compile(r",|\s[–-]\s|\s?\(|:|\||\t|\s(?:sai|saa|saivat|saavat|får|fick|erhöll|erhåller)\s")
ROW_RUN = 2  # one row is no table
_CLUB = re.compile(r"\s(?:IF|IK|BK|SK|FF|FC|SC|IFK|GIF|BIF|AIF|HK|VK|PS|PK|JS|UL|NMKY)$|^(?:IFK|FC|BK|IF|HIFK)\s")
_PURPOSE_TAIL = re.compile(r"[ \t]+(?:\(|[a-zåäö])")
# a local association's kind word ending its name: "X:n kalastusosakaskunta", "Y:n kyläseura", "Z:n nuorisokuoro"
_KIND_END = re.compile(r"(?:yhdistys|seura|osakaskunta|osuuskunta|kerho|klubi|kuoro|toimikunta|säätiö|liitto|"
                       r"orkesteri|teatteri|förening|klubb|kör|stiftelse)$")
ROW_RULE = "grant-row-receiver"


@lru_cache(maxsize=2)
def sum_row_fields(text: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) of the name field of each row in a run of at least ROW_RUN lines that each end in a euro
    sum (a blank line between rows allowed: web tables flatten so). One pass over the lines; kept for the text
    (a large document computes it ahead: `ahead`)."""
    out: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    blanks = 0
    at = 0
    bare = bare_sum_rows(text)  # rows of bare sums under a currency heading: bare_sums.py
    for line in text.split("\n"):
        start, at = at, at + len(line) + 1
        if not line.strip():
            blanks += 1
            if blanks > 1:
                out += run if len(run) >= ROW_RUN else []
                run = []
            continue
        blanks = 0
        field = _row_name(line) if start not in bare else (bare[start][0][0] - start, bare[start][0][1] - start)
        if field is not None and start in bare:
            field = (skip_openers(line, field[0], field[1], get_morphology()), field[1])  # the row's label
        if field is None:
            out += run if len(run) >= ROW_RUN else []
            run = []
            continue
        run.append((start + field[0], start + field[1]))
    return tuple(out + (run if len(run) >= ROW_RUN else []))


def ahead(text: str) -> None:
    """The text-only scans of both steps, for a large document while forked processes recognise its sentences
    (extract/document.py's steps from the text alone): the row scan is 10 % of the one-core stretch between
    recognition and the rules on a 2 MB page, and its result, like the lists', is kept for the text."""
    _lists(text)
    sum_row_fields(text)


def _row_name(line: str) -> tuple[int, int] | None:
    """The name field of a line that ends in one or two euro sums (a table's applied and granted columns)."""
    if len(line) > LEAD_CHARS:
        return None
    amounts = [a for a in find_amounts(line) if not a.share]
    # the sums end the row, or a lower-case purpose follows them ("X 4 100 € kyläläisten tapahtumiin")
    if not amounts or len(amounts) > 2 or not (_ROW_TAIL.fullmatch(line, amounts[-1].end)
                                               or _PURPOSE_TAIL.match(line, amounts[-1].end)):
        return None
    head = _ROW_HEAD.match(line)
    a = head.end() if head else 0
    a = skip_openers(line, a, amounts[0].start, get_morphology())  # "Tuensaaja X ry 500 €": the row's label
    cut = _ROW_FIELD_END.search(line, a, amounts[0].start)
    b = cut.start() if cut else amounts[0].start
    name = line[a:b].rstrip(" \t.;:–-")
    return (a, a + len(name)) if name[:1].isupper() else None


def base_name(name: str, morph: Morphology) -> str | None:
    """A row's name as its base form: a last word in the allative ("Tanssikoulu Piruetille 1 500 €") in its base
    form (allative_base), None where that is unsure; any other name as written."""
    words = name.split()
    if not words or not words[-1].endswith("lle") or len(words[-1]) < 6:
        return name
    base = allative_base(words[-1], morph)
    return None if base is None else " ".join([*words[:-1], base])


def _project_lead(line: str) -> bool:
    """A colon lead whose own last sentence grants to projects ("Kaupunki on myöntänyt seuraaville hankkeille
    avustusta:"); not one over a budget ("Hankkeen budjetti on seuraava:" after a sentence of granting) nor over
    applications."""
    tail = re.split(r"[.!?]\s+", line)[-1]
    return _PROJECT_LEAD.search(tail) is not None and GRANT_WORD.search(tail) is not None \
        and _NOT_GRANTED.search(tail) is None and _BUDGET.search(tail) is None


def what_the_sum_is_for(name: str, morph: Morphology) -> bool:
    """A row's or an item's name that says what its sum is for, not who gets it: a last word in a case of place
    ("Joulunavaus Torilla", "Retki Tukholmaan") or a title of common words opening with a genitive ("Syksyn
    Tapahtumat", "Lasten Leiri"), not one ending in a kind ("Kylänpään kalastusosakaskunta")."""
    words = name.split()
    return bool(words) and (place_phrase_end(words[-1], morph) or (
        common_phrase(name, morph) and _KIND_END.search(words[-1]) is None))


def row_receiver_name(name: str) -> bool:
    """A row's name field no rule read is a receiver's name where it looks like one: a registered or company form,
    a project word, or two words or more with a capital after the first ("Tanssikoulu Piruetti"); not a budget
    line ("Henkilöstökulut", "Palvelujen ostot") nor a person ("Aino Lehto": a first name opens it)."""
    words = name.split()
    if _CLUB.search(name) and 2 <= len(words) <= MAX_NAME_WORDS and name[:1].isupper():
        return True  # "Torups IF", "IFK Mariehamn", "FC Kuusysi": a sports club by its abbreviation
    if not _plausible_name(name) or (listed_first_name(words[0]) and not _REGISTERED.search(name)
                                     and not _COMPANY_FORM.search(name)):
        return False  # a legal form closing the row says an organisation, whatever its first word ("Sorin X ry")
    return bool(_REGISTERED.search(name) or _COMPANY_FORM.search(name) or _PROJECT_WORD.search(name)
                or (len(words) >= 2 and any(w[:1].isupper() for w in words[1:]))
                or (len(words) >= 2 and _KIND_END.search(words[-1]) is not None))  # "Kylänpään kalastusosakaskunta"


def _grant_opening(text: str, per_sentence: list[list[Mention]]) -> bool:
    """The document opens as grant news: a word of granting and a funder-kind name in its first characters."""
    return GRANT_WORD.search(text[:OPENING_CHARS]) is not None and any(
        m.start < OPENING_CHARS and m.type in FUNDER_TYPES for ms in per_sentence[:8] for m in ms)


def _genitive_branch(name: str, inner: list[Mention], b: int) -> bool:
    """A name ending in a local kind word after genitive organisations: a branch of them ("Eläkeliiton Savukosken
    yhdistys", "Martta-liiton X:n kerho"), the whole field the receiver, not the federation inside it."""
    words = name.split()
    return (len(words) >= 2 and _KIND_END.search(words[-1]) is not None
            and all(m.case == "omanto" and m.end < b - len(words[-1]) for m in inner))


def _plausible_name(name: str) -> bool:
    words = name.split()
    # a cut-off line ("Digitaalisen v") ends in a stub, not a word
    return (0 < len(words) <= MAX_NAME_WORDS and name[:1].isupper() and not re.search(r"\d", name)
            and (len(words[-1]) > 2 or bool(_REGISTERED.search(name) or _COMPANY_FORM.search(name))))


SECTION_RULE = "club-section"
# a club's section after its registered name: "Ilves ry jalkapallojaosto", "Tappara ry Taitoluistelu",
# "IFK rf fotbollssektionen"; a section word, or one capitalised word (the sport)
_SECTION = re.compile(r"[ \t]+(?:\w*(?:jaosto|jaos|sektion|sektionen|divisioona)|[A-ZÅÄÖ][a-zåäö]{3,})")


def club_section(name: str, inner: Sequence[Mention], a: int, b: int) -> Mention | None:
    """The registered association an item's name opens with, where the rest of the name is one section word:
    the section is the receiver, named whole."""
    club = next((m for m in inner if m.start == a and m.type == "Association"
                 and re.search(r"\s(?:ry|rf|r\.y\.)$", m.surface)), None)
    if club is None or any(m.start < a or m.end > b for m in inner):
        return None
    return club if _SECTION.fullmatch(name, club.end - a) else None


ROW_WHOLE_RULE = "grant-row-whole-name"


_NAME_JOINERS = {"ja", "och", "&", "and", "-"}


def _tail_read(inner: Sequence[Mention], a: int, b: int, name: str) -> bool:
    """Whether recognition read only the end of a row's registered name ("Lasten ja Nuorten Taidekeskuksen säätiö"
    as "Taidekeskuksen säätiö"): the field closes with a registered form or a kind word, a mention of the recogniser's
    own (no reference name) ends where the field ends and starts after a capitalised word of it, and nothing of the
    field is read outside it."""
    words = name.split()
    if not (_REGISTERED.search(name) or (words and _KIND_END.search(words[-1]))) or len(words) > MAX_NAME_WORDS:
        return False
    if any(m.start < a or m.end > b or m.rule == "gazetteer" or m.type == "Person" for m in inner):
        return False
    last = max(inner, key=lambda m: m.end)
    # the words before the read part are a name's ("Lasten ja Nuorten"), not a sentence's ("Poikkeus oli")
    head = name[:last.start - a].split()
    if not all(w[:1].isupper() or w.lower() in _NAME_JOINERS for w in head):
        return False
    return last.end == b and last.start > a and all(m.start >= last.start for m in inner)


def kind_of_name(name: str) -> str:
    """The kind a receiver's bare name says: a Project by its project word, a Company by its company form, else an
    Association (what grant lists name)."""
    if _PROJECT_WORD.search(name):
        return "Project"
    if _COMPANY_FORM.search(name):
        return "Company"
    return "Association"


def listed_receiver_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                             morph: Morphology) -> list[list[Mention]]:
    """A mention for the name field of each listed receiver that recognition did not read."""
    have = SpanIndex([m for ms in per_sentence for m in ms])
    added: list[Mention] = []
    for lead, fields, _shape in _lists(text):
        projects = _PROJECTS_LISTED.search(lead.group(0)) is not None  # "Rahoitusta saavat seuraavat hankkeet:"
        for a, b in fields:
            name = text[a:b]
            section = club_section(name, have.overlapping(a, b), a, b)
            if section is not None:
                added.append(Mention(start=a, end=b, surface=name, label=name, type="Association",
                                     rule=SECTION_RULE, case="nimento", key=identity_key(name, morph) or None))
                continue
            for m in have.overlapping(a, b):
                if m.type == "Programme" and m.rule == "compound-head" and m.label.endswith("rahasto") \
                        and m.start <= a and b <= m.end + 3:
                    # a fund listed among the receivers of grants is a foundation ("Saaristomeren
                    # suojelurahasto"), not a fund that grants to projects: a listed receiver like the others
                    m.type, m.rule = "Association", MENTION_RULE
            if any(m.start <= a and b <= m.end + 3 for m in have.overlapping(a, b) if m.type != "Person") \
                    or any(m.type == "Person" for m in have.overlapping(a, b)) or not _plausible_name(name) \
                    or what_the_sum_is_for(name, morph):
                continue  # recognition read it (or a person: no funded organisation), or no name at all
            inner = [m for m in have.overlapping(a, b) if m.type not in {"Municipality", "Region"}]
            if inner and not ((_REGISTERED.search(name) or _genitive_branch(name, inner, b))
                              and all(a <= m.start and m.end <= b for m in inner)):
                continue  # part of it is a name of its own: leave it, unless the line gives a registered
                # association's whole name ("Paimion Pelastakaa Lapset ry" around "Pelastakaa Lapset")
            label = base_name(name, morph)  # "• Tanssikoulu Piruetille 1 500 €": the row's name in the allative
            if label is None:
                continue  # its base form unsure: the row rules below may read it
            added.append(Mention(start=a, end=b, surface=name, label=label,
                                 type="Project" if projects else kind_of_name(label), rule=MENTION_RULE,
                                 key=identity_key(label, morph) or None))
    if _grant_opening(text, per_sentence):
        # rows of a grant table or list under the opening's granter: header_granter.py pairs each with its sum
        taken = {(x.start, x.end) for x in added}
        leads = [(m.end(), _project_lead(m.group(0))) for m in matches(_LEAD, text)]
        ends = [e for e, _ in leads]
        for a, b in sum_row_fields(text):
            name = text[a:b]
            label = base_name(name, morph)
            inner = have.overlapping(a, b)
            if inner and label is not None and _tail_read(inner, a, b, label):
                # "Nuori Kulttuuri-säätiö 195 000" read as "Kulttuuri-säätiö": the row's whole field is the name
                added.append(Mention(start=a, end=b, surface=name, label=label, type=kind_of_name(label),
                                     rule=ROW_WHOLE_RULE, key=identity_key(label, morph) or None))
                continue
            at = bisect_right(ends, a) - 1
            # under "myönsi seuraaville hankkeille avustusta:" a row's name is a project's, written as a title is
            # ("Kylän äänet 4 000 euroa"): sentence case, no capital after the first word
            project_row = at >= 0 and leads[at][1] and label is not None and _plausible_name(label) \
                and _NOT_A_TITLE.search(label) is None
            if (a, b) in taken or inner or label is None \
                    or not (row_receiver_name(label) or project_row):
                continue  # recognition read (part of) it, or no receiver's name
            if (place_phrase_end(label.split()[-1], morph) if project_row and not row_receiver_name(label)
                    else what_the_sum_is_for(label, morph)):
                continue  # "Joulunavaus Torilla 700 €", "Syksyn Tapahtumat 200 euroa": what the sum is for (a
                # project's title may be common words: "Kylän äänet" under a lead naming projects)
            added.append(Mention(start=a, end=b, surface=name, label=label,
                                 type="Project" if project_row else kind_of_name(label), rule=ROW_RULE,
                                 key=identity_key(label, morph) or None))
    if not added:
        return per_sentence
    inside = {id(m) for x in added for m in have.overlapping(x.start, x.end)
              if x.start <= m.start and m.end <= x.end}
    return insert_mentions(per_sentence, starts, added, inside)


def listed_receiver_facts(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]],
                          facts: list[Fact], text: str) -> list[Fact]:
    """`facts` and, added, the lead's giver (else the opening's one granter) funding each listed receiver.

    A listed receiver is no funder of anything by a guess across sentences (a local fund listed among a
    bank's receivers is no giver to the project listed beside it): such guesses are dropped."""
    lists = _lists(text)
    if not lists:
        return facts
    listed = {(m.start, m.end) for m in (m for ms in per_sentence for m in ms) if m.rule == MENTION_RULE}
    listed_iris = {m.iri for ms in per_sentence for m in ms if (m.start, m.end) in listed and m.iri}
    facts = [f for f in facts if not (f.predicate == "funds" and f.subject in listed_iris and f.rule in _GUESSES)]
    mentions = [m for ms in per_sentence for m in ms if m.iri]
    index = SpanIndex(mentions)
    funded = {f.object for f in facts if f.predicate == "funds"}
    opening = granter_of_opening(sents, per_sentence, text)
    out: list[Fact] = []
    for lead, fields, shape in lists:
        lead_end = lead.end("lead") if shape == "run" else lead.end()  # a run's items are no givers
        head = text[lead.start():lead_end]
        if sources_listed(head) and _WHO_GOT.search(head) is None:
            continue  # "Yhdistys sai avustusta seuraavasti:": the items gave (but "De föreningar som fick bidrag
            # var A, B": the relative clause says who got, the run names them)
        givers = {m.iri for m in index.overlapping(lead.start(), lead_end)
                  if m.type in FUNDER_TYPES and m.case in {None, "nimento", "ulkoeronto"}}
        granter = next(iter(givers)) if len(givers) == 1 else (opening if not givers else None)
        if granter is None and not givers and not giver_unsaid(head):
            # the one giving-kind organisation the text names before the lead: the page's own giver
            granter = giver_before(per_sentence, lead.start(), _field_iris(index, fields))
        if granter is None:
            continue
        sums = [a for a in find_amounts(head, lead.start()) if not a.share and not a.approximate]
        each = sums[0].value if len(sums) == 1 and _EACH.search(head) else None
        # a run's sums read together: "B ry 750 e" is euros beside "A ry 300 euroa" (money.find_amounts), not alone
        run_sums = [x for x in find_amounts(text[lead.start():lead.end()], lead.start()) if not x.share] \
            if shape == "run" else []
        previous = ""
        for i, (a, b) in enumerate(fields):
            names = sorted((m for m in index.overlapping(a, b) if m.start <= a + 1 and m.type in _RECEIVER_KINDS),
                           key=lambda m: (m.start, -(m.end - m.start)))
            kind, previous = previous, names[0].type if names else ""
            if not names or names[0].iri in funded or names[0].iri == granter:
                continue
            if names[0].type in {"Municipality", "Region"} and re.match(r"[ \t]+[A-ZÅÄÖ]", text[names[0].end:b]):
                continue  # "Paimion Pelastakaa Lapset ry": the town is a word of the receiver's name, not it
            if shape == "run" and names[0].type == "Municipality" and i and kind != "Municipality" \
                    and names[0].end >= b - 1:
                continue  # "Lions Club, Kuusamo": a bare town after a receiver is its place
            if shape == "run":
                line_end = fields[i + 1][0] if i + 1 < len(fields) else lead.end()
                # the run's last item ends with its sentence: "... ja Y:n osastot. Yhteensä lahjoitetaan N euroa"
                # states the whole gift after it, no sum of Y's own
                stop = _SENTENCE_END.search(text, b, line_end) if i + 1 == len(fields) else None
                bound = line_end = stop.start() + 1 if stop else line_end
            else:
                line_end = text.find("\n", b)
                line_end = len(text) if line_end < 0 else line_end
                bound = line_end
            if REFUSED.search(text, max(a, names[0].end), bound):
                continue  # "- Y ry ei avustusta": the list names the applicant to refuse it
            own = [x for x in run_sums if a <= x.start < bound] if shape == "run" else \
                [x for x in find_amounts(text[a:bound], a) if not x.share]
            if not own and shape != "run":
                own = _sum_cell_below(text, line_end)
            amount = own[0].value if len(own) == 1 and not own[0].approximate else each
            receiver = names[0].iri or ""
            funded.add(receiver)
            out.append(Fact(granter, "funds", receiver, Evidence(text[lead.start():line_end], lead.start(),
                                                                  line_end), _SHAPE_RULES.get(shape, RULE),
                            CONFIDENCE if shape == "lines" else LOOSE_CONFIDENCE, amount=amount))
    return facts + out


_VOWELS = "aäoöuyi"


def allative_base(word: str, morph: Morphology) -> str | None:
    """The base form of a capitalised word in the allative, capital kept: "Piruetille" -> "Piruetti",
    "Yrittäjille" -> "Yrittäjät"; None where the analyser has no allative reading or the plural is unsure."""
    # a reading without a word class is the analyser's guess at an unknown word ("Bandille" -> "Bandi"): unsure
    reading = next((r for r in morph.analyse(word) if r.case == "ulkotulento" and r.base and r.cls), None)
    if reading is None:
        return None
    base = reading.base
    stem = word[:-3].lower()  # "yrittäji", "piruetti", "omaisi"
    low = base.lower()
    plural = stem.endswith("i") and (not low.endswith("i") or stem.endswith("ei")) and not stem.endswith(low)
    if plural:
        if low.endswith("nen"):
            base = base[:-3] + "set"  # "Omaisille" -> "Omaiset"
        elif low[-1:] in _VOWELS and stem.startswith(low[:-1]):
            base = base + "t"  # "Yrittäjille" -> "Yrittäjät"; gradation ("kunnille") left unsure
        else:
            return None
    return word[:1] + base[1:]


# a paragraph that is one sum alone: a flattened table's sum cell ("2 500 €", "1 800 euroa")
_SUM_CELL = re.compile(r"(?i)\d{1,3}(?:[ \u00a0.]\d{3})*(?:,\d{1,2})?[ \u00a0]*(?:€|euroa|euro|eur)\.?")


_NEXT_LINE = re.compile(r"(?:[ \t]*\n)+[ \t]*([^\n]*)")


def _sum_cell_below(text: str, line_end: int) -> list[Amount]:
    """The sum of the next non-blank line where that line is a sum cell alone, else none."""
    m = _NEXT_LINE.match(text, line_end)
    if m is None or not _SUM_CELL.fullmatch(m.group(1).strip()):
        return []
    return [x for x in find_amounts(m.group(1), m.start(1)) if not x.share]


def _field_iris(index: SpanIndex[Mention], fields: Sequence[tuple[int, int]]) -> set[str]:
    """The organisations the list's items open with: receivers, never its giver."""
    return {m.iri or "" for a, b in fields for m in index.overlapping(a, b) if m.start <= a + 1}
