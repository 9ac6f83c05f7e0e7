"""Document-level passes over the project names the sentence rules have read (issue 12).

A project is usually named several times in one document, and the sentence rules read each
mention on its own. Three things the whole document shows and one sentence does not:

* the same name read with different words glued before it on flattened PDF or report layouts
  ("VUOSIRAPORTTI X -hanke", "Tiivistelmä X on ...", "Y ry X -hanke"): the tail the readings share
  is the name, the words in front differ because they are layout, not name (`shared_tails`);
* two project heads in one reading ("Kyläasiamieshanke KEHUn ympäristöhanke" from a contents
  line): a name has one head, so the reading holds two names and the part after the inner
  head is the one the sentence went on to (`one_head`);
* the name written once with its head ("Pieni Askel -hanke") and later bare and inflected
  ("Pientä Askelta koordinoi ..."), or by the acronym the text gave it ("X (ABC)"): those
  later mentions are the same project, so the relation rules of their sentences can see it
  (`name_echoes`).

Only names of two or more words (or acronyms of three or more capitals that the text tied to a
project) echo: a one-word name is too often a place or a common word elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import identity_key
from welfare_kg.extract.spans import SpanIndex

# a word that is itself a project head: "Kyläasiamieshanke", "sateenvarjohanke", "Esiselvitysprojekti"
_HEAD_WORD = re.compile(r"(?i)\w*(?:hanke|projekti)$")
_WORD = re.compile(r"\S+")
# a head word standing alone after a name: "X hanke", "X projekti"
_BARE_HEADS = {"hanke", "projekti"}
# a project head after a spaced dash: "X - hankkeeseen", "X – projektin"
_SPACED_HEAD_AFTER = re.compile(r"[ \t]+[-–][ \t]+(?P<head>(?:hank|projekt)\w*)(?![\w-])")
# an acronym the text gives a name: "X (ABC)"
_ACRONYM = re.compile(r"^[A-ZÅÄÖ][A-ZÅÄÖ0-9-]{2,9}$")
# surface forms of an echo's words: the stem of each name word, then any inflection
_MIN_STEM = 3
# a capitalised word where an echo may start, not inside a longer word or a hyphenated compound
_CAP_WORD = re.compile(r"(?<![\w-])[A-ZÅÄÖ][\w:-]*")
# the first two blank-separated words from a place: an echo pattern (words joined by \s+) reads them whole
_TWO_WORDS = re.compile(r"(\S+)\s+(\S+)")


def settled_project_names(text: str, per_sentence: list[list[Mention]], starts: list[int],
                          morph: Morphology) -> list[list[Mention]]:
    """per_sentence with stretched project readings cut to the name and later bare mentions added."""
    projects = [m for ms in per_sentence for m in ms if _own_project(m)]
    drop: set[int] = set()
    added: list[Mention] = []
    for m in projects:
        cut = one_head(text, m, morph)
        if cut is not None:
            drop.add(id(m))
            added.append(cut)
    for m in projects:
        if id(m) not in drop and _counted_head(m, morph):
            drop.add(id(m))
    current = [m for m in projects if id(m) not in drop] + added
    for m, cut in shared_tails(text, current, morph):
        drop.add(id(m))
        if m in added:
            added.remove(m)
        added.append(cut)
    for m in [m for m in projects if id(m) not in drop] + added:
        head = _SPACED_HEAD_AFTER.match(text, m.end)
        if head is not None and not any(x is not m and m.end <= x.start < head.end() for x in projects):
            # "Hyvä Elämä - hankkeeseen": the head a spaced dash puts after the name belongs to the mention, as
            # "-hankkeeseen" does to a glued one, so the rules that read its case see what is joined or funded
            drop.add(id(m))
            if m in added:
                added.remove(m)
            cases = [a.case for a in morph.analyse(head.group("head")) if a.case]
            added.append(replace(m, end=head.end(), surface=text[m.start:head.end()],
                                 case=cases[0] if cases else m.case))
    everything = [m for ms in per_sentence for m in ms if id(m) not in drop] + added
    superseded: set[int] = set()
    echoes = name_echoes(text, everything, morph, superseded)
    added = [m for m in added if id(m) not in superseded] + echoes
    drop |= superseded
    return insert_mentions(per_sentence, starts, added, drop) if added or drop else per_sentence


def _counted_head(m: Mention, morph: Morphology) -> bool:
    """"Kahden hankkeen ulkopuolinen arviointi" read as project "Kahden hanke": a numeral before a bare head word
    counts projects, it names none."""
    words = _words(m.label)
    if m.rule != "compound-head" or len(words) != 2 or words[1].lower() not in _BARE_HEADS:
        return False
    readings = morph.analyse(words[0])
    return bool(readings) and all(a.cls == "lukusana" for a in readings)


def _own_project(m: Mention) -> bool:
    return m.type == "Project" and not m.generic and m.iri is None and bool(m.label.strip())


def _words(label: str) -> list[str]:
    return _WORD.findall(label)


def _cut(text: str, m: Mention, first: int, last: int, morph: Morphology) -> Mention | None:
    """m re-read as its label's words first..last-1, placed on the written words (the label is the written
    text without the head, so its words are the written words in the same order)."""
    words = _words(m.label)
    label = " ".join(words[first:last])
    key = identity_key(label, morph)
    written = list(_WORD.finditer(text, m.start, m.end))
    if not key or len(written) < last or written[first].group(0) != words[first]:
        return None
    a = written[first].start()
    b = m.end if last == len(words) else written[last - 1].end()
    return replace(m, start=a, end=b, surface=text[a:b], label=label, key=key, parts=())


def one_head(text: str, m: Mention, morph: Morphology) -> Mention | None:
    """A reading that holds a project head word before its last word: the name after that head when a
    capital starts it ("Kyläasiamieshanke KEHUn ympäristöhanke" -> "KEHUn ympäristöhanke"), else the name
    up to a second head that only repeats the kind ("X ympäristöhanke sateenvarjohanke" -> "X ympäristöhanke")."""
    words = _words(m.label)
    if len(words) < 3:
        return None
    inner = [i for i, w in enumerate(words[:-1]) if _HEAD_WORD.match(w.strip(",.;:"))]
    if inner and len(words) - inner[-1] - 1 >= 2 and words[inner[-1] + 1][:1].isupper():
        return _cut(text, m, inner[-1] + 1, len(words), morph)
    if _HEAD_WORD.match(words[-1]) and words[-1][:1].islower() and _HEAD_WORD.match(words[-2]):
        return _cut(text, m, 0, len(words) - 1, morph)
    return None


_DASHES = re.compile(r"[\u2010-\u2015\u2212]")  # the dashes a name is spelt with, as one hyphen

def shared_tails(text: str, projects: list[Mention], morph: Morphology) -> list[tuple[Mention, Mention]]:
    """(reading, cut reading) for readings whose last words are a name other readings end with too.

    The tail is a name when it is two words or more, starts with a capital, and either two readings put
    different words before it or one reading is the tail alone. Words before it that end in a genitive
    ("Pohjois-Savon Hyvä Ikä", "Kuopion kaupungin Hyvä Ikä") are an owner or a region of a project of that
    name, not layout: such a reading is left as it is.
    """
    by_label = {m.label: _words(m.label) for m in projects}
    readings: dict[str, list[Mention]] = {}
    for m in projects:
        readings.setdefault(m.label, []).append(m)
    tails: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    holders: dict[tuple[str, ...], list[str]] = {}
    for label, words in by_label.items():  # every tail of two words or more, keyed: linear in the words read
        for n in range(2, len(words) + 1):
            if words[-n][:1].isupper():
                # "IndusTryWINS – X" and "indusTryWINs - X": one short name spelt twice, not two names before X
                tails.setdefault(tuple(words[-n:]), set()).add(tuple(_DASHES.sub("-", w).lower() for w in words[:-n]))
                holders.setdefault(tuple(words[-n:]), []).append(label)
    out: list[tuple[Mention, Mention]] = []
    done: set[int] = set()
    for tail, lefts in sorted(tails.items(), key=lambda kv: -len(kv[0])):
        real = {x for x in lefts if x}
        if not (len(real) >= 2 or (() in lefts and real)):
            continue
        for m in (m for label in holders[tail] for m in readings[label]):
            w = by_label[m.label]
            if id(m) in done or len(w) <= len(tail):
                continue
            if w[-len(tail) - 1].endswith(("n", "s")) and not w[-len(tail) - 1].isupper():
                continue  # "Pohjois-Savon Hyvä Ikä": an owner or region, not layout
            cut = _cut(text, m, len(w) - len(tail), len(w), morph)
            if cut is not None:
                done.add(id(m))
                out.append((m, cut))
    return out


# what a known name's echo may stand over: a shorter project reading or a place read from one of its words
# ("TALKO Österbotten" read again as project "TALKO" and region "Österbotten" where the heading named the project)
_SUPERSEDED_TYPES = {"Project", "Region", "Municipality", "CooperationArea"}


def name_echoes(text: str, mentions: list[Mention], morph: Morphology,
                superseded: set[int] | None = None) -> list[Mention]:
    """Mentions of already read project names at places no mention covers yet: the name's words in any
    inflection ("Pientä Askelta" for "Pieni Askel", checked by the words' base forms) or the acronym the
    text gave the project ("(ABC)" right after its name, or a reading's acronym).

    With `superseded` given, a name's echo also stands over shorter readings inside its words (a project read from
    its first word, a place from another: `_SUPERSEDED_TYPES`), whose ids are added to it for the caller to drop:
    the whole name written again is the same name, not an acronym and a place."""
    index = SpanIndex(mentions)
    names: dict[str, Mention] = {}
    acronyms: dict[str, Mention] = {}
    for m in mentions:
        if not _own_project(m) or not m.key:
            continue
        words = _words(m.label)
        # "Yhteenveto hanke", "X esiselvityshanke": a name ending in its kind word is a reading of a
        # heading or a description as often as a name; echoing it would spread a wrong reading
        if 2 <= len(words) <= 8 and words[0][:1].isupper() and len(words[0]) >= _MIN_STEM \
                and not _HEAD_WORD.match(words[-1]):
            names.setdefault(m.label, m)
        acr = m.acronym or _acronym_after(text, m)
        if acr and _ACRONYM.match(acr):
            acronyms.setdefault(acr, m)
    if not names and not acronyms:
        return []
    by_stem: dict[str, list[tuple[str, Mention, re.Pattern[str], str, str]]] = {}
    for label, m in names.items():
        pattern = _echo_pattern(label)
        if pattern is not None:
            by_stem.setdefault(label[:_MIN_STEM], []).append((label, m, pattern))
    # the names whose first two words can begin at a place, found by what those words begin with and kept per
    # (first, second word written there): a page naming thousands of projects that share a first word ("Lasten
    # ...") tried each of them at every capital (15x the CPU at 10x the text on the 20.9 MB benchmark page)
    leads = _LeadIndex(names, by_stem)
    narrowed: dict[tuple[str, str], list[tuple[str, Mention, re.Pattern[str]]]] = {}
    out: list[Mention] = []
    taken = [0]  # the end of the last echo: the pass goes left to right, so only it can overlap a new one

    def free(a: int, b: int) -> bool:
        return a >= taken[0] and not index.overlapping(a, b)

    def over(a: int, b: int) -> list[Mention] | None:
        """The readings an echo of [a, b) stands over, or None where it may not stand."""
        if a < taken[0]:
            return None
        under = index.overlapping(a, b)
        if superseded is None and under:
            return None
        if any(x.start < a or x.end > b or x.type not in _SUPERSEDED_TYPES or (x.start, x.end) == (a, b)
               or (x.rule == "gazetteer" and x.type == "Project") for x in under):
            return None
        return under

    # one pass over the capitalised words (a 20 MB page: ~0.4 s), not one scan per name
    for word in _CAP_WORD.finditer(text):
        a, w = word.start(), word.group(0)
        # (_name_echo's own first test made here: most capitalised words begin no name read, and a call each costs)
        if w[:_MIN_STEM] in by_stem and _name_echo(text, a, w, by_stem, leads, narrowed, morph, over, superseded,
                                                   taken, out):
            continue  # the whole name written again ("TALKO Österbotten"), not its acronym's first word
        acr = w.split(":")[0]
        if acr in acronyms and text[a - 1:a] != "(" and free(a, a + len(acr)):
            m = acronyms[acr]
            taken[0] = a + len(acr)
            out.append(Mention(start=a, end=a + len(acr), surface=acr, label=m.label, type="Project",
                               rule="acronym-echo", key=m.key, acronym=acr))
    return out


def _name_echo(text: str, a: int, word: str, by_stem: dict, leads: _LeadIndex, narrowed: dict, morph: Morphology,
               over: Callable[[int, int], list[Mention] | None], superseded: set[int] | None, taken: list[int],
               out: list[Mention]) -> bool:
    """An echo of a read name of two or more words starting at `a`, appended to `out`; whether one was."""
    if word[:_MIN_STEM] not in by_stem:
        return False
    two = _TWO_WORDS.match(text, a)
    if two is None:
        return False  # no second word after blanks: no name of two words or more starts here
    pair = (two.group(1), two.group(2))
    candidates = narrowed.get(pair)
    if candidates is None:
        candidates = narrowed[pair] = leads.candidates(*pair)
    for label, m, pattern in candidates:
        hit = pattern.match(text, a)
        if hit is None or not _same_words(hit.group(0)[:hit.start("head") - a] if hit.group("head") else hit.group(0),
                                          label, morph):
            continue
        under = over(a, hit.end())
        if under is None:
            continue
        if superseded is not None:
            superseded.update(id(x) for x in under)
        taken[0] = hit.end()
        out.append(Mention(start=a, end=hit.end(), surface=hit.group(0), label=m.label, type="Project",
                           rule="name-echo", key=m.key, acronym=m.acronym))
        return True
    return False


def _same_words(written: str, label: str, morph: Morphology) -> bool:
    """Each written word an inflection of the label's word in its place: their base forms meet."""
    ws, ls = _words(written), _words(label)
    if len(ws) != len(ls):
        return False
    for w, name_word in zip(ws, ls, strict=True):
        if w == name_word:
            continue
        a, b = w.lower(), name_word.lower()
        if not a.isalpha() or not b.isalpha():
            return False
        if not ((morph.bases(a) | {a}) & (morph.bases(b) | {b})):
            return False
    return True


def _acronym_after(text: str, m: Mention) -> str | None:
    """"Digitaalinen Hyvinvointi (DIHYPO) -hankkeeseen": the acronym in brackets right after the name."""
    hit = re.match(r"\s*\(([A-ZÅÄÖ][A-ZÅÄÖ0-9-]{2,9})\)", text[m.end:m.end + 16])
    if hit is None:
        name_end = m.start + len(m.surface.rstrip()) if m.surface else m.end
        hit = re.search(r"\(([A-ZÅÄÖ][A-ZÅÄÖ0-9-]{2,9})\)\s*[-–]?\s*\w*$", text[m.start:max(m.end, name_end)])
    return hit.group(1) if hit else None


class _LeadIndex:
    """The echo patterns by the literal starts of their first two words (`_leads`): the patterns that may match where
    the words T1 and T2 are written are those whose first lead begins T1 and second lead begins T2, found by looking
    up T1's and T2's prefixes of the leads' lengths; in the order of `by_stem`'s lists, so the first that matches is
    the one a try of every pattern of the stem would take."""

    def __init__(self, names: dict[str, Mention],
                 by_stem: dict[str, list[tuple[str, Mention, re.Pattern[str]]]]) -> None:
        self._tree: dict[str, dict[str, list[tuple[int, tuple[str, Mention, re.Pattern[str]]]]]] = {}
        order = 0
        for bucket in by_stem.values():
            for entry in bucket:
                first, second = _leads(entry[0])
                self._tree.setdefault(first, {}).setdefault(second, []).append((order, entry))
                order += 1
        self._first_lengths = sorted({len(k) for k in self._tree})
        self._second_lengths = {k: sorted({len(x) for x in v}) for k, v in self._tree.items()}

    def candidates(self, first: str, second: str) -> list[tuple[str, Mention, re.Pattern[str]]]:
        found: list[tuple[int, tuple[str, Mention, re.Pattern[str]]]] = []
        for n in self._first_lengths:
            if n > len(first):
                break
            seconds = self._tree.get(first[:n])
            if seconds is None:
                continue
            for k in self._second_lengths[first[:n]]:
                if k > len(second):
                    break
                found += seconds.get(second[:k], ())
        stem = first[:_MIN_STEM]  # a quoted label ('"Pieni Askel"') leads with "Pie" but is no name of the stem "Pie"
        return [entry for _, entry in sorted(found, key=lambda x: x[0]) if entry[0][:_MIN_STEM] == stem]


def _leads(label: str) -> tuple[str, str]:
    """What an echo's first and second written words begin with (the literal part of `_echo_pattern`'s first two
    parts): a place where the words do not begin so cannot match the pattern."""
    leads = []
    for w in _words(label)[:2]:
        core = w.strip("\"”“'()")
        leads.append(core[:max(_MIN_STEM, len(core) - 3)] if core.isalpha() and len(core) > _MIN_STEM else core)
    return leads[0], leads[1]


def _echo_pattern(label: str) -> re.Pattern[str] | None:
    """The label's words with any ending: "Pieni Askel" -> Pie\\w* Ask\\w*; the first word keeps its capital."""
    parts = []
    for w in _words(label):
        core = w.strip("\"”“'()")
        if not core:
            return None
        if not core.isalpha():
            parts.append(re.escape(core))
            continue
        stem = core[:max(_MIN_STEM, len(core) - 3)] if len(core) > _MIN_STEM else core
        parts.append(re.escape(stem) + r"\w*")
    # "Kainuu Wind-hankkeen" for "Kainuu Wind -hanke": the head glued to the name's last word (a common slip) is
    # the head all the same, so the echo stands over the reading of the last word alone with it
    return re.compile(r"\s+".join(parts) + r"(?P<head>-(?:hank|projekt)\w*)?(?![\w-])")
