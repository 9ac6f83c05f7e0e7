"""People's names in base form when the text inflects them ("valitsee tarkastajiksi Liisa Kuusiston").

Finnish inflects only the last word of a name: "Liisa Kuusiston" is Liisa Kuusisto in the
genitive/accusative. A person mention whose label kept the inflected surname would become a
second person beside the one the attendance list names. The base form comes from

1. another mention of the same person in the document ("Liisa Kuusisto" in the list of
   members): the same first names and a surname that is this one minus a case ending;
2. Voikko, when it knows the surname and reads it only in an inflected case.

3. the document itself writing the surname alone in the base form ("Nilosaari tutkii ...",
   "Kurula Timo" in a list row), when Voikko does not know the surname;
4. the two regular surname paradigms that have no nominative look-alike, "-Vsen" (-nen) and
   "-Vlan"/"-Vlän" (-la/-lä), when Voikko does not know the surname, the first name is a known one
   and the next word is no verb: "Timo Kurulan mukaan" is a genitive, "Bob Dylan laulaa" a nominative.

Any other surname Voikko does not know and nothing confirms is left as written: "-n" also ends
many surnames in the nominative (Nordin, Kallin, Marin), so a guess would break more names than
it mends; and a surname Voikko reads as a nominative name is never changed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from welfare_kg.extract.first_names import listed_first_name
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import SWEDISH_FINITE, Morphology, given_name_as_written
from welfare_kg.extract.seat_words import seat_words
from welfare_kg.extract.surnames import compound_hyphen, listed_surname, surname_base

# case endings a surname takes: genitive/accusative, partitive, the local cases, translative, essive;
# a surname ending in a consonant takes them after an -i- ("Lindholmin", "Lindholmia", "Lindholmille")
_ENDINGS = ("ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi", "na", "nä", "n", "a", "ä", "t")
CASE_ENDINGS = (*_ENDINGS, *(f"i{e}" for e in _ENDINGS if e != "t"), "iin")
SURNAME_CLASSES = {"sukunimi"}


def base_form_people(mentions: list[Mention], morph: Morphology, text: str = "") -> None:
    """Relabel person mentions whose surname is inflected to the base form (in place); `text` is the document,
    read for the surname's base form written elsewhere in it."""
    # a name cell of a list row ("varalla Kari Rantamella") is written in the nominative: extract/tables.py
    # and so is a titled row's ("Kivi Anna, johtaja"): extract/titled_rows.py
    people = [m for m in mentions if m.type == "Person" and m.rule not in {"person-row", "person-titled-row"}]
    restored = set()
    for m in people:  # first, so that no mended cut ("Jessica Fagerl") serves another mention as a base form
        words = m.label.split()
        if len(words) >= 2 and _nominative_cut(m, words[-1], text, morph):
            m.label = " ".join([*words[:-1], m.surface.split()[-1]])
            restored.add(id(m))
    written = {m.label for m in people}
    for m in people:
        words = m.label.split()
        if len(words) < 2 or id(m) in restored:
            continue
        first, last = words[:-1], words[-1]
        if text and _listed_nordic_in(m, last, text, morph):
            continue
        if text and in_swedish_passage(text, m.start, m.end):
            continue  # "Unni Trolle (M)", "Margareta Rydin, verksamhetschef": Swedish inflects no name in a case
        if _surname_written_first(m, last):
            continue
        base = (_from_other_mention(first, last, written) or _from_voikko(last, morph) or _from_table(last, morph)
                or _from_document(first, last, text, morph) or _from_paradigm(m, first, last, text, morph)
                or _from_allative(first, last, morph))
        if base and base != last:
            m.label = " ".join([*first, base])


# Swedish's and Finnish's commonest short words: a passage with the first and none of the second is Swedish
_SV_SHORT = re.compile(r"(?<![\w-])(?:och|att|för|som|med|av|är|den|det|till|samt|om|på|från|har|ej)(?![\w-])",
                       re.IGNORECASE)
_FI_SHORT = re.compile(r"(?<![\w-])(?:ja|on|että|sekä|kanssa|ovat|oli|myös|tai|ei|se|hän|kun|joka|jonka)(?![\w-])",
                       re.IGNORECASE)
_PASSAGE = 300  # characters read on each side of a name for its passage's language


def in_swedish_passage(text: str, start: int, end: int) -> bool:
    """A name in a Swedish passage (a Swedish protocol's rows, a Swedish paragraph of a bilingual page): Swedish
    puts no name in a Finnish case, so a surname Voikko reads as one ("Trolle" as the allative of "Tro", "Rydin" as
    the genitive of "Ryti") is written in its base form. The passage is the name's paragraph, at most `_PASSAGE`
    characters each side; it is Swedish when it has at least two of Swedish's common short words and none of
    Finnish's."""
    a = text.rfind("\n\n", max(0, start - _PASSAGE), start)
    b = text.find("\n\n", end, end + _PASSAGE)
    around = text[a + 2 if a >= 0 else max(0, start - _PASSAGE):b if b >= 0 else end + _PASSAGE]
    if _FI_SHORT.search(around):  # first: most passages are Finnish, and one word of it settles them
        return False
    swedish = _SV_SHORT.finditer(around)
    return next(swedish, None) is not None and next(swedish, None) is not None  # two are enough: no count of all


def _surname_written_first(m: Mention, last: str) -> bool:
    """"Dahlin, Christian", "Rauman Gustaf": a name written surname first, as a list row writes it, keeps the
    surname in the nominative -- Finnish inflects only a name's last word, so the first one is no genitive."""
    written = m.surface.replace(",", " ").split()
    return len(written) >= 2 and written[0] == last and written[-1] != last


_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
# a comma, semicolon or bracket right after the name: no genitive, which stands before its head noun
# ("Aune Kahelin, puheenjohtaja", "Ulrika Thelin (S)"); "Ulrika Thelin." ends a sentence
_NAME_CLOSED = re.compile(r"[ \t]*[,;()]")
_SENTENCE_END = re.compile(r"\.(?:\s|$)")


def _nominative_cut(m: Mention, last: str, text: str, morph: Morphology) -> bool:
    """"Ilmoitustaulunhoitaja Aune Kahelin" at a signature line's end, "Aune Kahelin avasi": a surname Voikko
    reads only as a common noun's genitive ("kaheli") was cut to that noun, or a foreign-looking one had its "-in"
    cut as a consonant-final name's genitive ("Thelin" to "Thel"), but a name before a verb, alone at the end of
    its line or closed by a comma or bracket is the subject, a signature or a list item, a nominative: the written
    surname stands."""
    written = m.surface.split()[-1] if m.surface.split() else ""
    if not text or written not in {last + "n", last + "in"}:
        return False
    if listed_surname(written) != listed_surname(last):
        return listed_surname(written)  # DVV's statistics know one of the two as a surname: "Hartlin", "Keteli"
    if written == last + "in" and last[-1:] not in _VOWELS and _nordic_in(written, text, m.end, morph):
        return True
    if not _unknown_surname(written, morph):
        return False
    if _LINE_END.match(text, m.end) or _NAME_CLOSED.match(text, m.end):
        return True
    if written == last + "in" and _SENTENCE_END.match(text, m.end):
        return True  # "Kontaktperson är Ulrika Thelin.": -lin, -din, -rin end Swedish surnames far more often than
        # "-in" makes a consonant-final name's genitive, above all where nothing follows it
    nxt = _WORD_AFTER.match(text, m.end)
    return nxt is not None and any(a.cls == "teonsana" for a in morph.analyse(nxt.group(1)))


def _listed_nordic_in(m: Mention, last: str, text: str, morph: Morphology) -> bool:
    """"Rosalia Lundin Hannele Storlund": a surname in "-in" after a consonant that DVV's statistics hold as written
    ("Lundin", "Sandin"), where Voikko reads it only as another surname's genitive ("Lund"), stands as written
    where the name closes as a nominative does (`_nordic_in`)."""
    return last.endswith("in") and last[-3:-2] not in _VOWELS and listed_surname(last) \
        and m.surface.split()[-1:] == [last] and _nordic_in(last, text, m.end, morph)


def _nordic_in(written: str, text: str, end: int, morph: Morphology) -> bool:
    """"Anna Thelin ja ...", "Jessica Fagerlin berättar", "Rolf Karlin" at a list's end: a surname in "-in" after a
    consonant ("Thelin", "Sjödin", "Karlin") cut as a consonant-final name's genitive ("Thel", "Karl"). A genitive
    stands before the word it qualifies, a Finnish noun or postposition ("Schmidtin mukaan"); before anything else
    -- the line's or the sentence's end, a comma or bracket, "ja"/"och", a verb, a Swedish word Voikko cannot read
    -- the name is in the nominative. Voikko's surname or place reading of the written word is its own: kept."""
    if any(a.cls in {"sukunimi", "paikannimi"} and a.case == "nimento" for a in morph.analyse(written)):
        return False
    if _LINE_END.match(text, end) or _NAME_CLOSED.match(text, end) or _SENTENCE_END.match(text, end):
        return True
    nxt = _WORD_AFTER.match(text, end)
    if nxt is None:
        return True
    word = nxt.group(1)
    if word.lower() in _SWEDISH_JOINS or _swedish_verb(word) or _NOMINATIVE_CONJUNCT.match(text, end):
        return True
    readings = [a for a in morph.analyse(word) if a.cls is not None]
    if word[:1].isupper():  # "Vesa Calin Jari X": a run of names, the next one's first name after it
        return listed_first_name(word) or given_name_as_written(word, morph)
    return not readings or any(a.cls == "teonsana" for a in readings)


_SWEDISH_JOINS = frozenset({"och", "samt", "eller"})
# "Anna Thelin ja Mikko Virtanen": a Finnish "ja" joins the name to a next name in the nominative (no -n); an object
# list in the accusative ("valitsi Sari Hildénin sekä Mikko Virtasen") inflects every name, and a phrase after it
# ("sekä hallituksen jäseniksi ...") says nothing
_NOMINATIVE_CONJUNCT = re.compile(r"[ \t]+(?:ja|sekä|tai)[ \t]+(?:[a-zåäö-]+[ \t]+){0,2}[A-ZÅÄÖ][\w-]+[ \t]+"
                                  r"[A-ZÅÄÖ][\w-]*[^n\W](?=[\s,.;)]|$)")


def _from_other_mention(first: list[str], last: str, written: set[str]) -> str | None:
    for ending in CASE_ENDINGS:
        if last.endswith(ending) and len(last) - len(ending) >= 3:
            stem = last[: -len(ending)]
            if " ".join([*first, stem]) in written:
                return stem
    return None


def _from_voikko(last: str, morph: Morphology) -> str | None:
    readings = [a for a in morph.analyse(last) if a.cls in SURNAME_CLASSES]
    if not readings or any(a.case == "nimento" for a in readings):
        return None
    bases = {a.base for a in readings}
    return bases.pop() if len(bases) == 1 else None


def _from_table(last: str, morph: Morphology) -> str | None:
    """DVV's surname that an inflected surname Voikko does not know as a name is a form of ("Mondolta" -> Monto,
    "Salmenkankaalta" -> Salmenkangas); a surname the table holds as written stays."""
    if not _unknown_surname(last, morph):
        return None
    return surname_base(last)


_VOWELS = "aeiouyäö"
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_][\w-]*)")
# "Kaarisen"/"Kaarista"/"Kaariselle" -> Kaarinen: the -nen paradigm's stem before the case ending
_NEN_FORMS = ("sen", "sta", "stä", "selle", "sella", "sellä", "selta", "seltä", "seksi", "sena", "senä",
              "sessa", "sessä", "sesta", "sestä", "seen")
_KNOWN_NAME = {"sukunimi", "etunimi", "paikannimi", "nimi"}


def _unknown_surname(last: str, morph: Morphology) -> bool:
    """Voikko has no name reading of the word: only then may the document or the paradigm say its base form."""
    return not any(a.cls in _KNOWN_NAME for a in morph.analyse(last))


def _base_candidates(last: str) -> list[str]:
    """Nominatives the surname may be an inflected form of, longest stem first."""
    out = []
    for ending in _NEN_FORMS:
        stem = last[: -len(ending)]
        if last.endswith(ending) and len(stem) >= 3 and stem[-1] in _VOWELS:
            out.append(stem + "nen")
    for ending in CASE_ENDINGS:
        stem = last[: -len(ending)]
        # a Finnish case ending follows a vowel, its -i- variant a consonant: "Kurula-n", "Lindholm-in";
        # "Backa" and "Andersén" are no "Back-a", "Andersé-n"
        if last.endswith(ending) and len(stem) >= 3 and (stem[-1] in _VOWELS) != ending.startswith("i"):
            out.append(stem)
    # "Nilosaaren", "Nilosaarta" -> Nilosaari: an e-stem surname takes -e- before the ending
    if last.endswith("en") and len(last) >= 6 and last[-3] not in _VOWELS:
        out.append(last[:-2] + "i")
    return out


def _from_document(first: list[str], last: str, text: str, morph: Morphology) -> str | None:
    """The surname's base form written alone elsewhere in the document: "Nilosaari tutkii", "Kurula Timo"."""
    if not text or not _unknown_surname(last, morph):
        return None
    for cand in _base_candidates(last):
        if cand == last or any(a.cls == "etunimi" for a in morph.analyse(cand)):
            continue  # "Sanna Marin" is no inflected "Mari"
        ends = _word_ends(text).get(cand, []) if _WORD.fullmatch(cand) else \
            [hit.end() for hit in re.finditer(rf"(?<![\w-]){re.escape(cand)}(?![\w-])", text)]
        for end in ends:
            nxt = _WORD_AFTER.match(text, end)
            # a capitalised word after it makes it a first name ("Mari Kangas"), unless it is this person's
            if nxt is None or not nxt.group(1)[0].isupper() or nxt.group(1) == first[0]:
                return cand
    return None


_WORD = re.compile(r"[\w-]+")


@lru_cache(maxsize=1)
def _word_ends(text: str) -> dict[str, list[int]]:
    """Where each word of the document (a run of letters, digits and hyphens) ends, in order: read once a
    document, not once for every candidate of every surname."""
    out: dict[str, list[int]] = {}
    for w in _WORD.finditer(text):
        out.setdefault(w.group(), []).append(w.end())
    return out


def _from_paradigm(m: Mention, first: list[str], last: str, text: str, morph: Morphology) -> str | None:
    """"Timo Kurulan mukaan", "Anni Kaarisen esitys": an unknown surname in a paradigm whose inflected forms no
    nominative shares, after a known first name and before a word that is no verb."""
    if not text or not _unknown_surname(last, morph):
        return None
    if not all(any(a.cls == "etunimi" for a in morph.analyse(f)) for f in first):
        return None
    nxt = _WORD_AFTER.match(text, m.end)
    if nxt is None or not nxt.group(1)[0].islower():
        return None
    readings = morph.analyse(nxt.group(1))
    if not any(a.cls for a in readings) or any(a.cls == "teonsana" for a in readings):
        return None
    if all(a.cls == "asemosana" for a in readings):
        return None  # "varapuheenjohtaja Hannu Hausen hänen varajäsenenään": a genitive qualifies no pronoun
    if len(last) >= 6 and last.endswith("sen") and last[-4] in _VOWELS:
        return last[:-3] + "nen"
    if len(last) >= 5 and last.endswith(("lan", "län")) and last[-4] in _VOWELS:
        return last[:-1]
    if len(last) >= 7 and last.endswith("ksen") and last[-5] in _VOWELS:
        return last[:-4] + "s"  # "Eija Bouraksen ym. valtuustoaloite": the -s paradigm's "-kse-" stem (Kallas)
    if last.endswith("n") and not listed_surname(last):
        from welfare_kg.extract.genitive_names import compound_base

        return compound_base(last, morph)  # "Pertti Eilavaaran lasku": Eila + vaara, a noun's genitive
    return None


# the allative and the ablative in -ltä: endings no Finnish nominative surname has outside the table's few ("Helle",
# "Valle", held as written there); "-lta" ("Maasilta") and "-ksi" ("Laaksi") end too many surnames to be read so
# (a consonant stem ends as Swedish surnames do, "Holmen-ille", "Nyberg-ille"; "Melville" is no "Melv" + -ille nor
# "Melvi" + -lle: a stem in -i or -e is an e-stem's ("Järvelle") or a foreign nominative's, never read so)
_ALLATIVE = re.compile(r"(?P<stem>\w{3,}?)(?:(?<=[aouyäö])(?:lle|ltä)|(?<=[nmrlstdgkbp])(?:ille|iltä))")


def _from_allative(first: list[str], last: str, morph: Morphology) -> str | None:
    """"eron myöntäminen Taija Heletojalle", "kiitos Tauno Holmenille": an unknown surname after known given
    names in the allative (or the ablative in -ltä), whose ending no nominative shares; the stem is the name."""
    if not _unknown_surname(last, morph) or listed_surname(last) or not last[1:].islower():
        return None
    if not all(any(a.cls == "etunimi" for a in morph.analyse(f)) or listed_first_name(f) for f in first):
        return None
    hit = _ALLATIVE.fullmatch(last)
    return hit.group("stem") if hit else None


NAME_CLASSES = {"sukunimi", "etunimi"}
EXCERPT_CHARS = (1800, 2200)  # a stored public copy of a page keeps its opening ~2 000 characters, cut mid-word


def cut_off_people(per_sentence: list[list[Mention]], text: str, morph: Morphology) -> list[list[Mention]]:
    """Without the person whose name the text's end cuts: a stored excerpt stops mid-word ("... Heikki Koskel"),
    and in a text of an excerpt's length a surname Voikko does not know as a name that runs into the end is a
    cut one. A text of another length ends where its writer ended it: its last name stands."""
    end = len(text.rstrip())
    if not EXCERPT_CHARS[0] <= end <= EXCERPT_CHARS[1]:
        return per_sentence

    def cut(m: Mention) -> bool:
        if m.type != "Person" or m.end != end or text[m.end - 1:m.end] in {".", ")"}:
            return False
        last = m.surface.split()[-1] if m.surface.split() else ""
        if listed_first_name(last) or listed_surname(last):
            return False  # "POISSA Heinonen Hannamari": a whole name DVV's statistics hold, written last
        return not any(r.cls in NAME_CLASSES for r in morph.analyse(last))

    if not any(cut(m) for ms in per_sentence[-1:] for m in ms):
        return per_sentence
    return [[m for m in ms if not cut(m)] for ms in per_sentence]


_ORGANISATION_TYPES = {"Company", "Association", "Project", "Programme", "Body", "Agency"}


def cut_off_organisations(per_sentence: list[list[Mention]], text: str, morph: Morphology) -> list[list[Mention]]:
    """Without the organisation whose name the excerpt's end cuts ("... osallistuivat Janakkalan\nOsuus" of the
    "Janakkalan Osuuspankki" named before, "... Liisa Mäki, Etel"): in a text of an excerpt's length, a name running
    into the end whose last word no lexicon knows, or which is the start of a longer word another name of the text
    holds, was cut mid-word. A name the writer ended with a full stop or a bracket stands."""
    end = len(text.rstrip())
    if not EXCERPT_CHARS[0] <= end <= EXCERPT_CHARS[1]:
        return per_sentence
    last_ms = [m for ms in per_sentence[-1:] for m in ms if m.type in _ORGANISATION_TYPES and m.end == end
               and text[m.end - 1:m.end] not in {".", ")"} and m.surface.split()]
    if not last_ms:
        return per_sentence
    words = {w.lower() for ms in per_sentence for m in ms if m.end != end for w in m.label.split()}

    def cut(m: Mention) -> bool:
        if m not in last_ms:
            return False
        last = m.surface.split()[-1].lower()
        return not morph.analyse(last) or any(w != last and w.startswith(last) for w in words)

    return [[m for m in ms if not cut(m)] for ms in per_sentence]


def complete_given_names(mentions: list[Mention], text: str) -> None:
    """"Bo Lennart Danielsson" listed, "Bo Lennart Danielsson" read elsewhere as "Lennart Danielsson": a mention
    whose label is the tail of a longer person's name, with that name's missing given name written right before
    it, is that person (in place)."""
    people = [m for m in mentions if m.type == "Person"]
    longer = {m.label for m in people if len(m.label.split()) >= 3}
    if not longer:
        return
    for m in people:
        before = text[max(0, m.start - 40):m.start].split()
        if not before:
            continue
        full = f"{before[-1]} {m.label}"
        if full in longer and m.label not in longer:
            m.label = full


def complete_double_surnames(mentions: list[Mention], text: str) -> None:
    """"Monica Brohede Tellström (L)" read whole in one row, "Ordförande Monica Brohede Tellström Justerande" cut to
    "Monica Brohede" in the signature block, where nothing closes the name: a two-word person whose name, with the
    word written right after it, is a longer person's name read elsewhere in the document, is that person (in
    place; the span grows to cover the word)."""
    people = [m for m in mentions if m.type == "Person"]
    longer = {m.label for m in people if len(m.label.split()) == 3}
    if not longer:
        return
    for m in people:
        if len(m.label.split()) != 2 or m.label in longer:
            continue
        nxt = _NEXT_NAME_WORD.match(text, m.end)
        if nxt is None:
            continue
        full = f"{m.label} {nxt.group(1)}"
        if full in longer:
            m.label = full
            m.end = nxt.end(1)
            m.surface = text[m.start:m.end]


_NEXT_NAME_WORD = re.compile(r"[ \t]+([A-ZÅÄÖ][\w-]+)")
_BROKEN_TAIL = re.compile(r"[ \t]+([A-ZÅÄÖ][a-zåäö]{2,})\b")


def join_broken_hyphens(mentions: list[Mention], text: str) -> None:
    """"Aulikki Baas- Kuronen": a double surname a transcript broke after its hyphen is one name (in place).

    A person mention that ends in the hyphen takes the capitalised word after the gap as the rest of its
    surname; the label closes the gap, the span covers both parts.
    """
    for m in mentions:
        if m.type == "Person" and _REJOINED.fullmatch(m.surface.split()[-1] if m.surface.split() else ""):
            # "Marja Kivi-niemi": a surname hyphenated at a line's end, its lower-case rest no second surname
            words = m.label.split()
            if len(words) >= 2 and compound_hyphen(m.surface.split()[-1]):
                if words[-1].lower() == m.surface.split()[-1].lower():  # "Luoma-Aho" (Voikko's base) as written
                    m.label = " ".join([*words[:-1], m.surface.split()[-1]])
                continue
            if len(words) >= 2 and "-" in words[-1]:
                head, _, rest = words[-1].partition("-")
                m.label = " ".join([*words[:-1], head + rest.lower()])
            continue
        if m.type != "Person" or not m.label.endswith("-"):
            continue
        tail = _BROKEN_TAIL.match(text, m.end)
        if tail is None:
            continue
        m.label = m.label + tail.group(1)
        m.end = tail.end()
        m.surface = text[m.start:m.end]


_REJOINED = re.compile(r"[A-ZÅÄÖ][a-zåäöéü]+-[a-zåäöéü]{2,}")
_SHIP_BEFORE = re.compile(r"(?i)\bm/[st][ \t]+$")


def drop_ship_names(per_sentence: list[list[Mention]], text: str) -> list[list[Mention]]:
    """Without the "people" that are ships: "M/S Silja Serenade", a meeting held on board, reads as a first
    name and a surname."""
    def ship(m: Mention) -> bool:
        return m.type == "Person" and _SHIP_BEFORE.search(text, max(0, m.start - 8), m.start) is not None

    if not any(ship(m) for ms in per_sentence for m in ms):
        return per_sentence
    return [[m for m in ms if not ship(m)] for ms in per_sentence]


# an organisation's kind word, Swedish definite or Finnish nominative, opening or closing a "name" of two capitalised
# words: "Aurora Stiftelsen", "Elsa Säätiö" name a foundation (after someone), "Föreningen Gemenskap" an
# association, never a person with that given name or surname
_ORGANISATION_HEADS = frozenset({"stiftelsen", "föreningen", "förbundet", "sällskapet", "samfundet", "säätiö",
                                 "yhdistys"})
# the same kinds as the head of a Swedish compound in the definite form, first or last ("Kvinnojouren Y" read
# surname first, "Y Pensionärsföreningen"): an association's name (a help line's "-jouren" included)
_COMPOUND_HEADS = ("stiftelsen", "föreningen", "förbundet", "sällskapet", "jouren")


def organisations_read_as_people(per_sentence: list[list[Mention]]) -> list[list[Mention]]:
    """Each "person" whose first or last word is an organisation's kind word, as the association it names: the pair
    rules read any capitalised word after a given name as a surname, and a foundation named after its founder in the
    bilingual form ("Aurora-säätiö - Aurora Stiftelsen") would otherwise hold the posts of the list it stands in."""
    def headed(m: Mention) -> bool:
        words = [w.lower() for w in m.surface.split()]
        return m.type == "Person" and len(words) >= 2 and any(
            w in _ORGANISATION_HEADS or (len(w) > 8 and w.endswith(_COMPOUND_HEADS)) for w in (words[0], words[-1]))

    if not any(headed(m) for ms in per_sentence for m in ms):
        return per_sentence
    return [[Mention(start=m.start, end=m.end, surface=m.surface, label=" ".join(m.surface.split()),
                     type="Association", rule="organisation-head-name", case=m.case, key=None) if headed(m) else m
             for m in ms] for ms in per_sentence]


def run_on_prefixes_cut(per_sentence: list[list[Mention]]) -> list[list[Mention]]:
    """A three-word "person" without its first word where that word is no part of the name: the same last two words
    follow different words elsewhere in the document, or they name a person on their own and the first word is
    another person's surname. A roster run into one paragraph ("... Holmqvist Donald X Harry Y", "... Lindahl
    Wolfgang Z") puts the previous person's surname or a club's name before the next name, and the pair rules read
    it as a given name or a first surname; a real middle name ("Bo Lennart X", later "Lennart X") is no surname."""
    people = [m for ms in per_sentence for m in ms if m.type == "Person"]
    pairs = {" ".join(m.surface.split()) for m in people if len(m.surface.split()) == 2}
    surnames = {m.surface.split()[-1] for m in people if len(m.surface.split()) == 2}
    prefixes: dict[str, set[str]] = {}
    for m in people:
        words = m.surface.split()
        if len(words) == 3:
            prefixes.setdefault(" ".join(words[1:]), set()).add(words[0])

    def cut(m: Mention) -> Mention | None:
        words = m.surface.split()
        if m.type != "Person" or len(words) != 3 or "-" in words[0]:
            return None
        tail = " ".join(words[1:])
        if len(prefixes.get(tail, ())) < 2 and not (tail in pairs and words[0] in surnames):
            return None  # ("Bo Lennart X" once, "Lennart X" after: a middle name the text drops later, kept)
        at = m.surface.index(words[1], len(words[0]))
        return Mention(start=m.start + at, end=m.end, surface=m.surface[at:], label=tail, type="Person",
                       rule=m.rule, case=m.case, key=None)

    cuts = {id(m): c for m in people if (c := cut(m)) is not None}
    if not cuts:
        return per_sentence
    return [[cuts.get(id(m), m) for m in ms] for ms in per_sentence]


_NEXT_WORD = re.compile(r"[ \t]+([a-zåäö]{3,})\b")


def swedish_genitives(mentions: list[Mention], text: str, morph: Morphology) -> None:
    """"Peter Albäcks besvär", "Anna Bergs motion": a Swedish genitive -s before the noun it owns is no part of
    the surname (in place). The noun after the name must be one Voikko cannot read, so a Finnish surname in -s
    ("Kallas") before a Finnish word stays as written."""
    for m in mentions:
        if m.type != "Person" or m.rule == "person-row":
            continue
        words = m.label.split()
        last = words[-1] if len(words) >= 2 else ""
        if len(last) < 5 or not last.endswith("s") or last.endswith(("ss", "us", "is")):
            continue
        if m.surface.split()[-1:] != [last]:
            continue  # "Staffas Johanna kvalt": a list row written surname first; the word after is no noun of its
        nxt = _NEXT_WORD.match(text, m.end)
        if nxt is None or any(r.cls for r in morph.analyse(nxt.group(1))) or _swedish_verb(nxt.group(1)):
            continue  # "Mikael Grannas säger": a verb after the name, whose subject is in the nominative
        if nxt.group(1).lower() in _SWEDISH_FUNCTION_WORDS:
            continue  # "har valt Otto Domars till välfärdsdirektör": a genitive owns a noun, never a preposition
        if nxt.group(1).endswith(_SWEDISH_TITLES) or nxt.group(1).lower() in _MEETING_ROLES:
            continue  # "Marléne Bertills ekonomichef Gunilla X": a list of "name title" pairs, no one's genitive
        m.label = " ".join([*words[:-1], last[:-1]])


# finite verbs of Swedish news prose after a speaker's name, besides morphology.SWEDISH_FINITE
_SPEECH_VERBS = frozenset({"säger", "sade", "sa", "berättar", "berättade", "konstaterar", "konstaterade", "anser",
                           "ansåg", "menar", "menade", "tycker", "tyckte", "påpekar", "påpekade", "skriver", "skrev",
                           "betonar", "betonade", "understryker", "förklarar", "förklarade", "svarar", "svarade",
                           "tror", "trodde", "hoppas", "kommer", "kom", "vet", "ser", "såg", "gör", "gjorde",
                           "leder", "ledde", "öppnade", "öppnar", "framhåller", "framhöll", "poängterar", "uppger",
                           "uppgav", "meddelar", "meddelade", "valdes", "utsågs", "inledde", "avslutade"})


# Swedish prepositions, conjunctions, auxiliaries and adverbs (a closed class): the word after a genitive is the noun
# it owns, so a name before one of these ends in its own -s
_SWEDISH_FUNCTION_WORDS = frozenset({
    "till", "och", "som", "för", "med", "från", "att", "vid", "efter", "inom", "under", "över", "genom", "mot",
    "utan", "hos", "samt", "eller", "men", "har", "hade", "var", "är", "blir", "blev", "ska", "skall", "kan",
    "kunde", "får", "fick", "inte", "även", "också", "när", "där", "mellan", "enligt", "bland", "sedan",
    "redan", "utom", "trots", "åt", "än", "the", "and"})


# the seats of a meeting (data/seat_words.csv), "Aki Mangs protokolljusterare": a row's role, nobody's genitive noun
_MEETING_ROLES = seat_words("role")
# Swedish post titles: after a name in a list of people they open the next item ("kanslichef", "ordförande")
_SWEDISH_TITLES = ("chef", "direktör", "sekreterare", "ordförande", "ordf", "ledamot", "ersättare", "ledare",
                   "justerare", "handläggare", "samordnare", "koordinator", "ansvarig", "rektor", "assistent")


def _swedish_verb(word: str) -> bool:
    """A Swedish finite verb: the name before it is the subject, so a final -s is the surname's own."""
    low = word.lower()
    return low in _SPEECH_VERBS or low in SWEDISH_FINITE
