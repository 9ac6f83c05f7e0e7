"""The project a page is about when only its heading names it.

A project's own page often prints the name once, as the heading ("Päivä Farmilla", or a
label line "Hanke: X", "Projekt: X – subtitle"), and the body then says only "hanke",
"hankkeessa", "Hanke toteutetaan", "projektet". The sentence rules that attach who runs,
funds or joins "the project" fall back to the document's project (extract/relations.py
`document_project`), so all they miss is an entity carrying the heading's name.

A heading is taken as that name only when the page itself says so, since most first
lines are site names, news titles or section words:
- a label line: "Hanke:", "Projekti:", "Hankkeen nimi:", "Projektin nimi:", "Projekt:",
  "Projektnamn:", "Projektets namn:" (the colon may be missing) followed by a capitalised name;
- or a short first line without a verb, of two words or more and no project word of its own, over a body whose
  first line opens on the project ("Hankkeessa kehitetään ...", "Projektet ska ...") or on the heading itself
  ("Kaupunkiolohuone Hämeensaaressa syntyi ...");
- or a short first line without a verb that the page repeats as "<Heading> – <subtitle>" on a
  line of its own (or, case-blind, before a dash-glued description ending in a project word: "X -lasten
  ja nuorten kehittämisprojekti (2014-2018) ..."), or whose own subtitle is a project word ("X - länspilot
  i Y", "X – hanke"), or that stands over two or more project-card rows ("Kesto ...", "Päärahoittaja ...");
- or a page title "<Name> – <Organisation>" whose short subtitle is an organisation's name ("Kulttuuripoimuri –
  X:n kaupunki (THL)"), the body speaking of its unnamed project at least twice;
and in every case the body speaks of an unnamed project and names no project of its own.

The heading also bounds a name the recogniser cut short in the body: "Konstprojektet Skogen mellan oss är ..." read
as "Skogen mellan" under the heading "Skogen mellan oss" runs to the heading's end (`_extended_to_heading`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology, verbless
from welfare_kg.extract.names import identity_key
from welfare_kg.extract.prefilter import may_hold_casefree
from welfare_kg.loaders.record import DocumentRecord

HEAD_REACH = 2500  # a label line or the repeated heading comes before the body proper
LABEL_LINES = 12  # non-empty lines searched for a label ("bild på två barn ..." may come first)
MAX_WORDS = 12  # a name, with its subtitle, is a short line
MAX_HEADING_WORDS = 8  # an unlabelled heading is shorter still
# "Hanke: X", "Hankkeen nimi X", "Projekt: X", "Projektnamn: X" as a line of its own
_LABEL = re.compile(r"^[ \t]*(?P<label>Hankkeen nimi|Projektin nimi|Hankenimi|Projektets namn|Projektnamn|Hanke|"
                    r"Projekti|Projekt)(?:[ \t]*:[ \t]*|[ \t]+)(?P<name>[A-ZÅÄÖ0-9”\"«].*?)[ \t]*$", re.MULTILINE)
# a label without a colon reads a capitalised word after "Hanke" as a name only if no verb follows it
_COLON_OPTIONAL = {"Hankkeen nimi", "Projektin nimi", "Hankenimi", "Projektets namn", "Projektnamn"}
_LINE = re.compile(r"[^\n]*\S[^\n]*")  # a non-empty line
_SUBTITLE_DASH = re.compile(r"[ \t]+[–—-][ \t]+")
# project words that may open a heading's own subtitle ("X - länspilot i Västmanland", "X – kehittämishanke")
_SUBTITLE_CUE = re.compile(r"(?i)(?:\w*hanke|\w*projekti|\w*projekt|\w*pilot|\w*pilotti|\w*kokeilu)\b")
# an unnamed project in the body: "hanke", "hankkeen", "Hankkeessa", "Tutkimushanketta", "projektet"
_ANAPHOR = re.compile(r"(?i)(?<![\w-])[a-zåäö]*(?:hanke|hankkee(?:n|ssa|sta|seen|lla|lle|lta|na|ksi)|hanketta|"
                      r"projekti(?:n|a|ssa|sta|in|lla|lle|lta|na|ksi)?|projekt(?:et|ets)?)(?![\w-])")
# "Suvi X:n hankkeelle valtion tutkimusrahoitus: <Name> (STM, 2023–2024)": the name after a title's colon
_COLON_TITLE = re.compile(r"[^:]{3,120}:[ \t]+(?P<name>[^():]+?)(?:[ \t]*\([^()]*\))?[ \t]*$")
# "Etusivu » Blogi » Hankkeet » X", "Home > Projektit > X": the page filed under projects
_BREADCRUMB = re.compile(r"(?:^|[»>|/])[ \t]*(?:Hankkeet|Hankkeemme|Hankkeita|Kehittämishankkeet|Projektit|"
                         r"Projektimme|Projekter|Projekt|Våra projekt)[ \t]*[»>][ \t]*(?P<name>[^»>|\n]*[^»>|\s])"
                         r"[ \t]*$", re.MULTILINE)
# skip links a page's text opens with, before its heading
SKIP_LINKS = {"siirry sisältöön", "hyppää sisältöön", "siirry pääsisältöön", "skip to content", "skip to main content",
              "gå till innehållet", "hoppa till innehållet", "till innehållet", "gå direkt till innehållet"}
# words of page furniture and sections, never a project's name on their own
GENERIC_TITLE_WORDS = {
    "hanke", "hankkeet", "hankkeemme", "projekti", "projektit", "ajankohtaista", "uutiset", "uutinen", "tiedote",
    "tiedotteet", "etusivu", "fakta", "yhteystiedot", "lisätietoja", "blogi", "artikkeli", "artikkelit", "palvelut",
    "toiminta", "toimintamme", "meistä", "tapahtumat", "julkaisut", "ja", "sekä", "projekt", "projekten", "projektet",
    "nyheter", "aktuellt", "om", "oss", "kontakt", "pressmeddelande", "startsida", "och", "publikationer",
    "kalender", "evenemang", "verksamhet", "hankkeesta", "projektista", "loppuraportti", "raportti", "slutrapport",
    # a page's share and print buttons over its heading ("DELA", "Jaa", "Tulosta")
    "dela", "jaa", "share", "tulosta", "print",
}
# labels of a project card's rows ("Toimintalinja 5", "Hakija X") that may follow the name on its line
CARD_LABELS = {"toimintalinja", "erityistavoite", "hankekoodi", "projektikoodi", "hakija", "toteuttaja",
               "hallinnoija", "rahoittaja", "kesto", "toteutusaika", "hankeaika", "yhteyshenkilö", "diaarinumero",
               "ohjelmakausi", "sökande", "projektägare", "finansiär", "projektkod", "tidsplan", "status", "tila"}
# a project card's rows under its heading; the first few lines are read for them
CARD_ROW_LABELS = CARD_LABELS | {"päärahoittaja", "rahoitusohjelma", "vastuuhenkilö", "hankepäällikkö",
                                 "projektipäällikkö", "rahoitus", "budjetti", "kustannusarvio", "tutkija",
                                 "tutkijat", "kumppanit", "toteuttajat", "yhteyshenkilöt"}
CARD_REACH = 10
# kind words of organisations and places: a heading holding one names who publishes, not a project
_ORGANISATION_WORD = re.compile(
    r"(?i)(?:^|\s)(?:ry|r\.y\.|oy|ab|rf|kunta|kaupunki|kuntayhtymä|\w*yhdistys|\w*liitto|\w*säätiö|\w*keskus|"
    r"hyvinvointialue|kommun|stad|region|förening|förbund|stiftelse|universitet\w*|yliopisto|"
    r"ammattikorkeakoulu)(?=\s|$|[.,:;])")


def topic_project_mentions(record: DocumentRecord, per_sentence: list[list[Mention]], starts: list[int],
                           morph: Morphology) -> list[list[Mention]]:
    """per_sentence with the page's heading project added where the body names none."""
    if record.kind in {"minutes", "agreement"}:
        return per_sentence
    text = record.text
    per_sentence = _extended_to_heading(text, per_sentence, starts, morph)
    per_sentence = _trimmed_of_heading(text, per_sentence, morph)
    mentions = [m for ms in per_sentence for m in ms]
    explicit = _labelled(text, mentions, morph) or _breadcrumb(text, mentions, morph)
    found = explicit or _heading(text, mentions, morph)
    if found is None:
        return per_sentence
    spans, name = found
    if not _body_needs_it(text, spans, mentions, own_project_allowed=explicit is not None, morph=morph):
        return per_sentence
    first = _SUBTITLE_DASH.split(name, maxsplit=1)[0]
    key = identity_key(first, morph) or None
    if key is None:
        return per_sentence
    parts = (first,) if first != name else ()
    added = [Mention(start=a, end=b, surface=text[a:b], label=name, type="Project", rule="topic-heading",
                     key=key, parts=parts) for a, b in spans]
    return insert_mentions(per_sentence, starts, added)


def _extended_to_heading(text: str, per_sentence: list[list[Mention]], starts: list[int],
                         morph: Morphology) -> list[list[Mention]]:
    """A project's name the recogniser cut short at a small word ("Konstprojektet Skogen mellan oss är ..." read as
    "Skogen mellan") runs to the whole of the page's heading where the text goes on with it: the heading bounds the
    name the body repeats."""
    first = _first_line(text)
    if first is None:
        return per_sentence
    heading = first.group(0).strip()
    words = heading.split()
    if not 2 <= len(words) <= MAX_HEADING_WORDS or not _name_like(heading, morph, max_words=MAX_HEADING_WORDS) \
            or not verbless(heading, morph):
        return per_sentence
    out = per_sentence
    for k, ms in enumerate(per_sentence):
        stop = starts[k + 1] if k + 1 < len(starts) else len(text)
        for m in ms:
            end = m.start + len(heading)
            if m.type != "Project" or m.generic or m.surface != m.label or m.end >= end or end > stop \
                    or not text.startswith(heading, m.start) or re.match(r"[\w-]", text[end:end + 1]):
                continue
            longer = replace(m, end=end, surface=heading, label=heading, key=identity_key(heading, morph) or m.key,
                             parts=())
            if out is per_sentence:
                out = [list(x) for x in per_sentence]
            out[k] = [longer if x is m else x for x in out[k] if x is m or not (m.end <= x.start and x.end <= end)]
    return out


def _trimmed_of_heading(text: str, per_sentence: list[list[Mention]], morph: Morphology) -> list[list[Mention]]:
    """A project's name read with the page's heading before it: a transcript repeats the title on its first page run
    into the text ("Setlementtityön juurilla nykyajassa Itä-Pasilan asukastalo -projektin loppuraportti" under the
    heading "Setlementtityön juurilla nykyajassa"), and the name read back from the head runs over it. The heading
    is the document's title, the name starts at the capital after it."""
    first = _first_line(text)
    if first is None:
        return per_sentence
    heading = first.group(0).strip()
    if len(heading.split()) < 2 or _PROJECT_WORD_IN.search(heading):
        return per_sentence
    cut = len(heading) + 1
    out = per_sentence
    for k, ms in enumerate(per_sentence):
        for m in ms:
            if m.type != "Project" or m.generic or m.start < first.end() or not m.surface.startswith(heading + " ") \
                    or not m.label.startswith(heading + " ") or not m.surface[cut:cut + 1].isupper():
                continue
            label = m.label[cut:]
            if len(label.split()) < 2 and "-" not in label:
                continue  # one word left is as likely the heading's last word as a name
            shorter = replace(m, start=m.start + cut, surface=m.surface[cut:], label=label,
                              key=identity_key(label, morph) or m.key,
                              parts=tuple(p[cut:] if p.startswith(heading + " ") else p for p in m.parts))
            if out is per_sentence:
                out = [list(x) for x in per_sentence]
            out[k] = [shorter if x is m else x for x in out[k]]
    return out


# a bulleted line: a site's menu item when it stands above the page's heading, never the heading itself
_BULLET_LINE = re.compile(r"[ \t]*[•*▪·–-][ \t]")


def _first_line(text: str) -> re.Match[str] | None:
    """The page's first line of its own: not a skip link, nor an item of the bulleted menu a page's text may open
    with ("• Vähähiilisyys", "• Älykkyys", ... over the heading)."""
    return next((line for line in re.finditer(r"[^\n]*\S[^\n]*", text[:HEAD_REACH])
                 if line.group(0).strip().lower() not in SKIP_LINKS and not _BULLET_LINE.match(line.group(0))), None)


def _labelled(text: str, mentions: list[Mention], morph: Morphology) -> tuple[list[tuple[int, int]], str] | None:
    """A label line near the top: "Projekt: X – subtitle", "Hankkeen nimi: X"."""
    head = text[:HEAD_REACH]
    lines = [m for m in re.finditer(r"[^\n]*\S[^\n]*", head)][:LABEL_LINES]
    for line in lines:
        m = _LABEL.match(text, line.start(), line.end())
        if m is None or m.end() != line.end():
            continue
        name = _before_next_label(m.group("name")).strip(" \t”\"«»")
        a = m.start("name") + m.group("name").find(name) if name else -1
        if not name or a < m.start("name"):
            continue
        b = a + len(name)
        colon = ":" in text[m.end("label"):m.start("name")]
        if name != m.group("name").strip(" \t”\"«»") and m.group("label") not in _COLON_OPTIONAL and not colon:
            continue  # "Hanke X Toimintalinja 5": a run-in card row is read by the card's own rules
        if not colon and m.group("label") not in _COLON_OPTIONAL and not verbless(name, morph):
            continue  # "Hanke toteutetaan ajalla ...": a sentence, not a label
        if not _name_like(name, morph, max_words=MAX_WORDS) or _covered(a, b, mentions):
            continue
        return [(a, b)], name
    return None


def _before_next_label(value: str) -> str:
    """A card row run into one line ends its value at the next label: "Kesä Maalla Toimintalinja 5",
    "Kesä Maalla Hakija: X"."""
    words = list(re.finditer(r"\S+", value))
    for w in words[1:]:
        word = w.group(0)
        if word[:1].isupper() and (word.endswith(":") or word.lower() in CARD_LABELS):
            return value[:w.start()].rstrip()
    return value


def _breadcrumb(text: str, mentions: list[Mention], morph: Morphology) -> tuple[list[tuple[int, int]], str] | None:
    """A breadcrumb that files the page under projects: "Etusivu » Blogi » Hankkeet » X"."""
    crumb = _BREADCRUMB.search(text, 0, HEAD_REACH)
    if crumb is None:
        return None
    name = crumb.group("name")
    a = crumb.start("name")
    if not _name_like(name, morph, max_words=MAX_WORDS) or _covered(a, a + len(name), mentions):
        return None
    spans = [(a, a + len(name))]
    heading = re.compile(r"^[ \t]*" + re.escape(name) + r"[ \t]*$", re.MULTILINE).search(text, 0, crumb.start())
    if heading is not None:
        k = heading.start() + heading.group(0).find(name)
        spans.insert(0, (k, k + len(name)))
    return spans, name


def _heading(text: str, mentions: list[Mention], morph: Morphology) -> tuple[list[tuple[int, int]], str] | None:
    """The first line as a name the page repeats with a subtitle, or whose own subtitle is a project word."""
    first = _first_line(text)
    if first is None:
        return None
    line = first.group(0).strip()
    a = first.start() + first.group(0).find(line)
    titled = _after_colon(text, line, a, first.end(), mentions, morph)
    if titled is not None:
        return titled
    pieces = _SUBTITLE_DASH.split(line, maxsplit=1)
    owned = _owner_subtitle(pieces, text, first.end())
    if owned:  # "Kulttuuripoimuri – Rovaniemen kaupunki (THL)": the page's name, then whose page it is
        name = core = pieces[0]
        spans = [(a, a + len(name))]
    elif len(pieces) == 2 and _SUBTITLE_CUE.match(pieces[1]):
        name, spans = line, [(a, a + len(line))]  # "Samverkan för barn och ungas bästa - länspilot i Västmanland"
        core = pieces[0]
    else:
        name, core = line, line
        spans = [(a, a + len(line))]
        # "X – subtitle" on a line of its own, or "X -hanke oli ...": the page calls the heading a project
        # ("Mieletön Mahdollisuus -lasten ja nuorten kehittämisprojekti (2014-2018) ...": a case-blind repeat with a
        # dash-glued description that ends in a project head)
        repeat = None
        if may_hold_casefree(text[first.end():HEAD_REACH], line):  # compiling it costs ~4 ms a page
            again = re.compile(r"^[ \t]*(?i:" + re.escape(line) + r")(?=[ \t]+[–—-][ \t]+\S|[ \t]+-(?P<head>hanke|"
                               r"hankkee|hanketta|projekti)\w*|[ \t]+[-–](?P<described>[a-zåäö][\w -]{0,80}?"
                               r"(?:hanke|projekti)\w*))", re.MULTILINE)
            repeat = again.search(text, first.end(), HEAD_REACH)
        restated = _restated(text, pieces[0], first.end()) if repeat is None else None
        bare_name = len(line.split()) >= 2 and not _PROJECT_WORD_IN.search(line)
        opened = _opens_next_line(text, first.end(), line) if bare_name and repeat is None else None
        if repeat is None and restated is None and opened is None and not _card_rows_follow(text, first.end()) \
                and _kind_line_follows(text, first.end(), morph) is None \
                and not (bare_name and _body_opens_on_project(text, first.end())):
            return None
        if opened is not None:  # "Kaupunkiolohuone Hämeensaaressa syntyi ...": the body's first subject
            spans.append(opened)
        if repeat is not None:
            r = repeat.start() + repeat.group(0).find(line)
            spans.append((r, r + len(line)))
        if restated is not None:  # "ilaag - tillsammans i Österbotten" ... "ilaag, ..., var ett samarbetsprojekt"
            spans.append(restated)
            core = pieces[0]
        elif repeat is not None and (repeat.group("head") is not None or repeat.group("described") is not None):
            core = pieces[0]  # a name the page gives as a project's may read like a phrase ("Uusia tapoja luoda")
    if len(core.split()) > MAX_HEADING_WORDS or not _name_like(name, morph, max_words=MAX_WORDS):
        return None
    if not verbless(core, morph) or any(_covered(x, y, mentions) for x, y in spans):
        return None
    return spans, name


# the page's unnamed project spoken of more than once in its body: an owner's page whose heading is a project's name
OWNER_PAGE_ANAPHORS = 2
OWNER_WORDS = 6  # an organisation's name, with a bracketed source ("Rovaniemen kaupunki (THL)"), is short


def _owner_subtitle(pieces: list[str], text: str, after: int) -> bool:
    """A heading "<Name> – <Organisation>" whose subtitle is an organisation's name (a kind word of one: "Rovaniemen
    kaupunki", "X Oy", "Y ry"): a page title that names the page and then whose site it is. Taken as the project's
    name only where the body speaks of its unnamed project at least OWNER_PAGE_ANAPHORS times; _body_needs_it then
    asks that it name no project of its own."""
    if len(pieces) != 2 or len(pieces[1].split()) > OWNER_WORDS or re.search(r"[.!?:]\s", pieces[1] + " ") \
            or _ORGANISATION_WORD.search(pieces[1]) is None or _PROJECT_WORD_IN.search(pieces[0]):
        return False  # a subtitle of prose ("– uudenlaista ... on käynnistynyt elokuussa.") is no owner's name
    return len(list(islice(_ANAPHOR.finditer(text, after), OWNER_PAGE_ANAPHORS))) >= OWNER_PAGE_ANAPHORS


def _after_colon(text: str, line: str, a: int, after: int, mentions: list[Mention],
                 morph: Morphology) -> tuple[list[tuple[int, int]], str] | None:
    """A news title "<who gets what>: <Name> (<funder>, <years>)" whose name the body gives after a project word
    ("yhteinen tutkimushanke <Name> (ACR, 2023–2024)") or before "-hanke": the title bounds the name that the
    body runs on from."""
    title = _COLON_TITLE.match(line)
    if title is None:
        return None
    name = title.group("name").strip()
    start = a + title.start("name")
    said = re.compile(r"(?:(?<![\w-])\w*(?:hanke|projekti|projekt)(?:et)?[ \t]+(" + re.escape(name) + r")(?![\w-])|"
                      r"(?<![\w-])(" + re.escape(name) + r")[ \t]*-[ \t]*(?:hank|projekt))")
    found = said.search(text, after, HEAD_REACH)
    if found is None or len(name.split()) < 2 or not _name_like(name, morph, max_words=MAX_WORDS):
        return None
    k = 1 if found.group(1) is not None else 2
    spans = [(start, start + len(name)), (found.start(k), found.end(k))]
    if not verbless(name, morph) or any(_covered(x, y, mentions) for x, y in spans):
        return None
    return spans, name


# a word for a project or programme anywhere in a heading ("Projektin loppuraportti", "LOPPURAPORTTI X projekti",
# "Kotihoidon kehittämishanke"): the heading describes a project, it gives no bare name for the body's "hanke"
_PROJECT_WORD_IN = re.compile(r"(?i)hank|projekt|ohjelm|program")
OPENING_WORDS = 3  # the body's first words that may hold its word for the project
# the project word in the singular, as the body's opening sentence speaks of the page's own project
_OPENING_ANAPHOR = re.compile(r"(?i)(?:hanke|hankkee(?:n|ssa|sta|seen|lla|lle|lta|na)|hanketta|projekti(?:n|a|ssa|"
                              r"sta|in|lla|lle|lta)?|projektet|projektets)[.,:]?")


def _opens_next_line(text: str, after: int, line: str) -> tuple[int, int] | None:
    """Where the heading's next line opens with the heading itself and goes on in lower case ("Kaupunkiolohuone
    Hämeensaaressa" over "Kaupunkiolohuone Hämeensaaressa syntyi vastaamaan ..."): the page's first sentence is about
    what the heading names."""
    nxt = _LINE.search(text, after, after + 400)
    if nxt is None:
        return None
    at = nxt.start() + len(nxt.group(0)) - len(nxt.group(0).lstrip())
    rest = text[at + len(line):at + len(line) + 2]
    if not text.startswith(line, at) or len(rest) < 2 or rest[0] != " " or not rest[1].islower():
        return None
    return at, at + len(line)


def _body_opens_on_project(text: str, after: int) -> bool:
    """The heading's next line opens on the page's unnamed project ("Hankkeessa kehitetään ...", "Hanke toteutetaan
    ...", "Projektet startade ..."): the page is about the project and the heading over it is its name (a heading of
    two words at least: a one-word heading over such a line is a section's, "Finansiärer", as often)."""
    nxt = _LINE.search(text, after, after + 400)
    if nxt is None:
        return False
    words = nxt.group(0).split()[:OPENING_WORDS]
    return len(nxt.group(0).split()) > OPENING_WORDS and any(_OPENING_ANAPHOR.fullmatch(w) for w in words)


def _kind_line_follows(text: str, after: int, morph: Morphology) -> tuple[int, int] | None:
    """The heading's next line when it says what kind of project the heading is: "Vuoden 2015 ELY-hanke (Hanke on
    saanut rahoitusta)", "Kehittämisprojekti 2019-2021": a short line without a verb whose last word (before any
    bracket) is a project word, as a project page's subtitle stands under its name. A project read in that line
    ("ELY-hanke") is the heading's kind, no project of the page's own."""
    nxt = _LINE.search(text, after, after + 400)
    if nxt is None:
        return None
    line = nxt.group(0).split("(", 1)[0].strip()
    words = line.split()
    while words and re.fullmatch(r"[\d.,/–—-]+", words[-1]):
        words.pop()  # its years: "Kehittämisprojekti 2019-2021"
    if not 1 <= len(words) <= 5 or not _SUBTITLE_CUE.fullmatch(words[-1].lower().strip(".,:").rsplit("-", 1)[-1]):
        return None
    return (nxt.start(), nxt.end()) if verbless(line, morph) else None


def _card_rows_follow(text: str, after: int) -> bool:
    """A project card under the heading: two of the next few lines open with a card's row label ("Kesto
    01.10.2016 - 30.11.2018", "Päärahoittaja X", "Rahoitusohjelma Y")."""
    lines = [x.group(0).strip() for x in re.finditer(r"[^\n]*\S[^\n]*", text[after:after + HEAD_REACH])][:CARD_REACH]
    rows = sum(1 for x in lines if _row_label(x) in CARD_ROW_LABELS)
    return rows >= 2


def _row_label(line: str) -> str | None:
    """A card row's label: its first word, or the word after "Hankkeen"/"Projektin" when a colon follows it
    ("Hankkeen tutkija: X", "Projektin kesto: 2020-2022"); None for a line of one word."""
    words = line.split()
    if len(words) < 2:
        return None
    if words[0] in {"Hankkeen", "Projektin"} and words[1].endswith(":") and len(words) > 2:
        return words[1].lower().rstrip(":")
    return words[0].lower().rstrip(":")


def _restated(text: str, core: str, after: int) -> tuple[int, int] | None:
    """The heading's name opening a later sentence that says it is (was) a project: "ilaag, tillsammans i
    Österbotten, var ett samarbetsprojekt", "Päivä Farmilla on kehittämishanke"."""
    if text.find(core, after, HEAD_REACH) == -1:  # the name itself is the match's group 1: no need to compile
        return None
    said = re.compile(r"(?:^|(?<=\n)|(?<=[.!?][ \t]))[ \t]*(" + re.escape(core) + r")(?![\w-])[^.!?]{0,80}?"
                      r"(?<![\w-])(?:var|är|on|oli)\s+(?:[\w:-]+\s+){0,4}?[\w-]*(?:projekt|hanke|projekti)(?![\w-])",
                      re.MULTILINE)
    found = said.search(text, after, HEAD_REACH)
    return (found.start(1), found.end(1)) if found else _asked(text, core, after)


# a page's question about its heading and the answer that says it is a project: "Mikä on X?" over "Se on
# kehittämisprojekti, jonka ...", "Vad är X?" over "Det är ett samarbetsprojekt ..."
_ANSWER = re.compile(r"[ \t]*(?:Se|Det)\s+(?:on|oli|är|var)\s+(?:[\w:-]+\s+){0,4}?[\w-]*(?:projekt|hanke|projekti)"
                     r"(?![\w-])")


def _asked(text: str, core: str, after: int) -> tuple[int, int] | None:
    """The heading's name asked about on a line of its own ("Mikä on X:", "Vad är X?") whose next line answers that
    it is (was) a project: the question names the project the page is about."""
    asked = re.compile(r"^[ \t]*(?:Mikä|Mitä|Vad)[ \t]+(?:on|är)[ \t]+(" + re.escape(core) + r")[ \t]*[?:]?[ \t]*$",
                       re.MULTILINE).search(text, after, HEAD_REACH) if core in text[after:HEAD_REACH] else None
    if asked is None:
        return None
    answer = _LINE.search(text, asked.end(), asked.end() + 400)
    return (asked.start(1), asked.end(1)) if answer is not None and _ANSWER.match(answer.group(0)) else None


def _name_like(name: str, morph: Morphology, *, max_words: int) -> bool:
    """Short, capitalised (or a brand Voikko does not know: "ilaag"), no sentence end, no date, not page
    furniture and not an organisation's name."""
    words = name.split()
    if not words or len(words) > max_words:
        return False
    if not name[:1].isupper() and not (words[0].isalpha() and all(a.cls is None for a in morph.analyse(words[0]))):
        return False
    if name.endswith((".", "?", "!", ":", ";", ",")) or re.search(r"\d{1,2}\.\d{1,2}\.|\b(?:19|20)\d\d\b", name):
        return False
    core = _SUBTITLE_DASH.split(name, maxsplit=1)[0]
    if all(w.lower().strip(",.:") in GENERIC_TITLE_WORDS for w in core.split()):
        return False
    if len(words) > 1 and words[0].lower() in _ABOUT_WORDS:
        return False  # "Om RFS", "Tietoa yhdistyksestä": an about page of whoever publishes it
    return _ORGANISATION_WORD.search(core) is None


# a heading's first word that makes it an about page ("Om RFS", "Om föreningen", "Tietoa meistä")
_ABOUT_WORDS = {"om", "tietoa", "tietoja"}


def _covered(a: int, b: int, mentions: list[Mention]) -> bool:
    """Something already read in the name: an undertaking named there, or a known name taking half of it."""
    inside = [m for m in mentions if m.start < b and a < m.end]
    if any(m.type in {"Project", "Programme", "Agreement"} and not m.generic for m in inside):
        return True
    return sum(min(b, m.end) - max(a, m.start) for m in inside) * 2 >= b - a


def _body_needs_it(text: str, spans: list[tuple[int, int]], mentions: list[Mention], *,
                   own_project_allowed: bool = False, morph: Morphology | None = None) -> bool:
    """The body speaks of an unnamed project and, unless a label or breadcrumb said the heading is a project,
    names none of its own (outside the heading lines)."""
    last = max(b for _a, b in spans)
    if not _ANAPHOR.search(text, last):
        return False
    if own_project_allowed:
        return True
    heading = [(text.rfind("\n", 0, a) + 1, (text.find("\n", b) + 1 or len(text) + 1) - 1) for a, b in spans]
    heading += [k for _x, y in heading[:1] if morph is not None and (k := _kind_line_follows(text, y, morph))]
    for m in mentions:
        if m.type != "Project" or m.generic or m.rule == "pilot":
            continue
        if "osahanke" in m.label.lower() or any(x <= m.start and m.end <= y for x, y in heading):
            continue
        return False
    return True
