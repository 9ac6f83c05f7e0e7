"""A bare word of a funder's kind that points back to the one funder of that kind the text has named.

News name a ministry, a foundation, an ELY centre, an association or a bank once and then write only its kind: "Maa- ja
metsätalousministeriö hyväksyi strategian ... Ministeriö myönsi ryhmälle N euroa", "opetus- ja
kulttuuriministeriön sekä säätiön rahoittama hanke" on a foundation's own page, "ELY-keskus myönsi
hankkeelle ...". Without a mention there, the grant sentence had no granter and gave nothing. When the text
has named exactly one organisation of the word's kind before it (any earlier sentence, or earlier in the same
one), the word is a mention of that organisation; with two or more (STM and VM, two ELY centres) it names
none, and a word inside a recognised name ("sosiaali- ja terveysministeriö") is left to that name.

extract/kind_owners.py reads kind words for a person's employer only; this module gives the rules a mention.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace

from welfare_kg.extract.layout import insert_mentions, sentence_bounds
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.resolve import REFERENCE_RULES
from welfare_kg.extract.spans import Cover
from welfare_kg.extract.text_scans import matches

_ELY_LABEL = "elinkeino-, liikenne- ja ympäristökeskus"


def _is_ministry(m: Mention) -> bool:
    return m.type == "Ministry"


def _is_foundation(m: Mention) -> bool:
    return m.type in {"Association", "Foundation"} and "säätiö" in m.label.lower()


# a registered association's legal form: "ry" is "rekisteröity yhdistys", so "Kylätoimintaa ry" is what a later
# bare "yhdistys" names as surely as "Härkätien 4H-yhdistys"
_REGISTERED = re.compile(r"(?i)\s(?:ry|r\.y\.|rf|r\.f\.)$")


def _is_association(m: Mention) -> bool:
    return m.type == "Association" and ("yhdistys" in m.label.lower() or _REGISTERED.search(m.label) is not None)


def _is_municipality(m: Mention) -> bool:
    return m.type == "Municipality"


def _is_bank(m: Mention) -> bool:
    return m.type == "Company" and "pankki" in m.label.lower()


# a bank's own name as written ("Osuuspankki", "Säästöpankin"): a bank the recognition did not make a mention of
# (a name in a letterhead list) still makes "pankki" ambiguous
_BANK_NAME = re.compile(r"(?<![\w-])[A-ZÅÄÖ][\w-]*?(?:pankki|pankin|banken|bank)(?![\w-])")


def _bank_words(text: str) -> list[tuple[int, str]]:
    """(offset, stem before the bank word) of each bank-name word, in text order (one scan of the text)."""
    return [(m.start(), re.split(r"pank|bank", m.group(0).lower())[0]) for m in matches(_BANK_NAME, text)]


def _banks_before(words: list[tuple[int, str]], end: int) -> int:
    """How many distinct banks the text names before `end`."""
    return len({stem for at, stem in words[:bisect_left(words, (end, ""))]})


def _is_ely(m: Mention) -> bool:
    return m.type == "Agency" and _ELY_LABEL in m.label.lower()


# the bare kind word in the singular, standing alone (not glued to a name by a hyphen); whose kind each is: the tests
# paired with them in kind_anaphor_mentions
_MINISTRY = re.compile(r"(?<![\w-])[Mm]inisteriö(?:n|ssä|stä|lle|ltä|llä|ön|nä)?(?![\w-])")
_FOUNDATION = re.compile(r"(?<![\w-])[Ss]äätiö(?:n|ssä|stä|lle|ltä|llä|ön|nä)?(?![\w-])")
# "yhdistyksen toimintaa": a 4H, village or sports association's page names itself once, then its kind
_ASSOCIATION = re.compile(r"(?<![\w-])[Yy]hdisty(?:s|ksen|ksessä|kselle|ksestä|kseltä|ksellä|stä)(?![\w-])")
# "Seura sai avustusta", "järjestölle myönnettiin": a club's or an organisation's page names itself once, then these
# kinds (the one registered association named before, as for "yhdistys")
_CLUB = re.compile(r"(?<![\w-])(?:[Ss]eura(?:n|lle|lta)?|[Jj]ärjestö(?:n|lle|ltä)?)(?![\w-])")
# "Pankki lahjoitti ...": a co-operative or savings bank's donation news names the bank once, then "pankki"
_BANK = re.compile(r"(?<![\w-])[Pp]ankki(?:n|ssa|sta|lle|lta|lla|na)?(?![\w-])")
_ELY = re.compile(r"(?<![\w-])(?:ELY|Ely|ely)-kesku(?:s|ksen|ksessa|ksesta|kselle|kselta|ksella)(?![\w-])")
# "Kunta on saanut AVI:lta N euroa", "ministeriö myönsi kaupungille N euroa": a town's minutes or news name the town
# once, then its kind. Only the cases of the giver and the given to: a genitive only before its grant ("kaupungin
# hankkeet", "kunnan osuus" speak of belongings) and no locative ("kunnassa" is the area); the plural "kunnille" is
# any towns and "kunnanhallitus" a body, not the word
_MUNICIPALITY = re.compile(r"(?<![\w-])(?:[Kk]un(?:ta|nan|nalle|nalta)|[Kk]aupun(?:ki|gin|gille|gilta))(?![\w-])")
# the grant right after a genitive "kunnan"/"kaupungin": "kunnan myöntämä avustus", "kaupungin avustus"
_TOWN_GRANT_NOUN = re.compile(r"\s+(?:myöntä|rahoittam|maksam|avustu|tuki\b|tuke|rahoitu|toiminta-avustu|kohdeavustu)")
# the verb right after a nominative "kunta"/"kaupunki" that makes it a party to the money ("Kunta on saanut",
# "Kaupunki myönsi", "Kunta maksaa osuutensa")
_TOWN_MONEY_VERB = re.compile(r"\s+(?:on\s+|oli\s+|ei\s+)?(?:saanut|sai|saa|myönsi|myöntää|myöntänyt|rahoittaa|"
                              r"rahoitti|rahoittanut|maksaa|maksoi|maksanut)\b")


# a number right before the word: the partitive after it counts many ("24 yhdistystä", "kolme kuntaa")
_COUNTED = re.compile(r"(?i)(?:\d|\b(?:kaksi|kolme|neljä|viisi|kuusi|seitsemän|kahdeksan|yhdeksän|kymmenen|"
                      r"useita|monta|muutama))[ \u00a0]+$")  # on the word's own line: a date line before is none


# a cardinal in digits or words right before a kind word in a case other than the partitive: Finnish keeps the word in
# the singular and in the case of the phrase ("824 järjestölle", "kolmelle yhdistykselle"), so it counts many. A year
# ("vuonna 2023 yhdistykselle") or a date is a time, not a count; a capitalised word after a number starts a heading
# or an item ("§ 12 Yhdistyksen avustus")
_COUNTED_ANY = re.compile(r"(?i)(?:(?<![\d.,/-])\d[\d \u00a0]*|\b(?:kahdelle|kolmelle|neljälle|viidelle|kuudelle|"
                          r"kahdeksalle|kymmenelle|useille|monelle|kahden|kolmen|neljän|viiden|kuuden|useiden|"
                          r"kahdessa|kolmessa|neljässä|viidessä|useissa))[ \u00a0]+$")
_YEAR = re.compile(r"(?:19|20)\d\d[ \u00a0]+$")


def _counted_many(text: str, start: int) -> bool:
    """A lower-case kind word right after a count of more than one (not a year or a date)."""
    if not text[start].islower():
        return False
    before = text[max(0, start - 24):start]
    found = _COUNTED_ANY.search(before)
    if found is None or _YEAR.search(before) is not None:
        return False
    digits = re.sub(r"\D", "", found.group(0))
    return not digits or int(digits) > 1


# a sentence about money: only there is the bare word read (elsewhere "ministeriön mukaan", "säätiössä" may be any
# ministry or foundation, and a mention would feed the rules of joining and posts too)
MONEY_WORDS = re.compile(r"(?i)rahoit|myön|avustu|\btu(?:ki|en|kea|kee|kevat)\b|\bjak(?:oi|aa|anut)\b|"
                          r"\bvarat\b|\beuro")


# the genitive as the agent of a participle of running right after it: "yhdistyksen hallinnoima Muistiluotsi",
# "säätiön koordinoimalle hankkeelle" name the one association or foundation as surely as a grant does
_RUNNING_AFTER = re.compile(r"[ \t]+(?:hallinnoi|koordinoi|ylläpitä|toteuttam|johtam)\w*")


def kind_anaphor_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                          morph: Morphology) -> list[list[Mention]]:
    """per_sentence with a mention for each bare kind word whose kind the text has named exactly one of before."""
    # each kind word's matches from the scan ahead beside recognition on a large document (text_scans.py)
    scans = ((matches(_MINISTRY, text), _is_ministry), (matches(_FOUNDATION, text), _is_foundation),
             (matches(_ELY, text), _is_ely), (matches(_ASSOCIATION, text), _is_association),
             (matches(_CLUB, text), _is_association),
             (matches(_BANK, text), _is_bank), (matches(_MUNICIPALITY, text), _is_municipality))
    hits = [(m.start(), m.end(), test) for found, test in scans for m in found]
    if not hits and next(matches(_TO_IT, text), None) is None:
        return per_sentence
    named = sorted((m for ms in per_sentence for m in ms), key=lambda m: m.start)
    inside = Cover((m.start, m.end) for m in named)
    earlier = {test: _Antecedents(named, test) for test in {test for _s, _e, test in hits}}  # the kinds met only
    bank_words = _bank_words(text) if any(test is _is_bank for _s, _e, test in hits) else []
    added: list[Mention] = []
    for start, end, test in sorted(hits, key=lambda h: h[0]):
        _at, begin, stop = sentence_bounds(starts, start, len(text))
        if not MONEY_WORDS.search(text, begin, stop) and not (text[end - 1] == "n" and _RUNNING_AFTER.match(text, end)):
            continue
        if inside.meets(start, end):
            continue  # a word of a recognised name ("Kalle Virtasen säätiö")
        if text[start:end].endswith("stä") and _COUNTED.search(text, max(0, start - 20), start):
            continue  # "Kaikkiaan 24 yhdistystä": a count of many, not the one named
        if _counted_many(text, start):
            continue  # "myönsi N euroa 824 järjestölle": a number before a lower-case kind word in any case counts many
        if test is _is_municipality and text[end - 1] in "aiAI" and not _TOWN_MONEY_VERB.match(text, end):
            continue  # "joihin kaupunki osallistuu": the nominative only as the one that gets or gives money
        if test is _is_municipality and text[end - 1] == "n" and not _TOWN_GRANT_NOUN.match(text, end):
            continue  # "kaupungin hankkeet", "kunnan osuus": the genitive only as the giver of a grant
        antecedent = earlier[test].only_one(start)
        if antecedent is None or (test is _is_bank and _banks_before(bank_words, start) > 1):
            continue
        surface = text[start:end]
        readings = morph.analyse(surface)
        added.append(replace(antecedent, start=start, end=end, surface=surface, rule="kind-anaphor",
                             case=readings[0].case if readings else None, parts=()))
    added += _pronoun_receivers(text, per_sentence, starts)
    return insert_mentions(per_sentence, starts, added) if added else per_sentence


# a registered association's legal form at the end of a key or label not yet resolved to an IRI: "Varsinais-Suomen
# Muistiyhdistys ry" and "Varsinais-Suomen Muistiyhdistys" are one association, not two
_LEGAL_FORM_END = re.compile(r"(?i)[\s-](?:ry|rf|r\.y\.|r\.f\.|r-y|r-f)$")


def _formless(name: str) -> str:
    return _LEGAL_FORM_END.sub("", name)


class _Antecedents:
    """The names of one kind that end before a point, swept forward once: the one named (its last mention in text
    order) while all of them are one organisation, None when none or several are. A scan of every name per kind
    word made this pass the slowest of a generated 5 MB page (benchmarks/HISTORY.md, the twenty-first session)."""

    def __init__(self, named: list[Mention], test: Callable[[Mention], bool]) -> None:
        # (end, index in text order, mention) of each non-generic name of the kind, by end
        self._by_end = sorted(((m.end, i, m) for i, m in enumerate(named) if test(m) and not m.generic),
                              key=lambda t: (t[0], t[1]))
        self._next = 0
        self._ids: set[str] = set()
        self._last: tuple[int, Mention] | None = None
        self._point = -1

    def only_one(self, point: int) -> Mention | None:
        assert point >= self._point, "points must come in text order"
        self._point = point
        while self._next < len(self._by_end) and self._by_end[self._next][0] <= point:
            _end, i, m = self._by_end[self._next]
            self._ids.add(m.iri or _formless(m.key or m.label))
            if self._last is None or i > self._last[0]:
                self._last = (i, m)
            self._next += 1
        if len(self._ids) != 1 or self._last is None:
            return None
        return self._last[1]


# "sille" (to it) in a sentence about money: the organisation the sentence before made its subject
_TO_IT = re.compile(r"(?<![\w-])sille(?![\w-])")
_RECEIVERS = {"Association", "Company", "Municipality", "JointAuthority", "WellbeingCounty", "Parish"}


def _pronoun_receivers(text: str, per_sentence: list[list[Mention]], starts: list[int]) -> list[Mention]:
    """A mention for "sille" where the sentence before names exactly one receiving organisation in the nominative:
    "X jatkaa Leader-ryhmänä ... Ministeriö myönsi sille N euroa" (the pronoun's antecedent is that subject)."""
    out: list[Mention] = []
    for hit in matches(_TO_IT, text):
        at, begin, stop = sentence_bounds(starts, hit.start(), len(text))
        if at == 0 or not MONEY_WORDS.search(text, begin, stop):
            continue
        before = [m for m in per_sentence[at - 1] if (m.iri or m.key) and m.type in _RECEIVERS
                  and m.case in {"nimento", None}]
        # overlapping readings of one name ("Leader X" from the reference data inside "Leader X ry"): one subject,
        # named by the reference data's reading where there is one
        heads = [m for m in before if not any(o is not m and o.start <= m.start and m.end <= o.end for o in before)]
        if len(heads) != 1:
            continue
        inner = [m for m in before if heads[0].start <= m.start and m.end <= heads[0].end and m.rule == "gazetteer"]
        antecedent = inner[0] if inner else heads[0]
        # a reference entity's mention keeps its rule, so the resolver keeps its reference IRI (an association is
        # clustered by name otherwise, and "sille" names nothing)
        rule = antecedent.rule if antecedent.rule in REFERENCE_RULES else "pronoun-anaphor"
        out.append(replace(antecedent, start=hit.start(), end=hit.end(), surface=hit.group(), rule=rule,
                           case="ulkotulento", parts=()))
    return out
