"""Sweden's regions and state agencies by name: "Region Västmanland", "Region Skånes", "Kulturrådet",
"Arbetsförmedlingen", "Linnéuniversitetet" (data/swedish_public_bodies.csv).

Nordic projects (Interreg, a Swedish ESF project, a touring art project) name their Swedish funders and partners
by their own names. The gazetteer holds Finland's organisations, and the recogniser reads a Swedish region's name
as nothing or as a town ("Uppsala" in "Region Uppsala"), an agency's definite noun ("Skolverket") as a common
word. A region is a Region (it is the county's self-governing authority, like Finland's regions), the rest are
Agencies, one association of municipalities an Association. The names are read as written, in the nominative or
the genitive -s; a place read inside a name leaves the sentence's mentions.
"""

from __future__ import annotations

import csv
import io
import re
from bisect import bisect_right
from functools import lru_cache
from importlib.resources import files

from welfare_kg.extract.model import Mention
from welfare_kg.extract.names import fold
from welfare_kg.extract.resolve import mint

_INSIDE = {"Municipality", "Region", "Agency", "Association", "CooperationArea"}
RULE = "swedish-public-body"


@lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """One pattern of every name (longest first) and each name's (type, label)."""
    text = files("welfare_kg.data").joinpath("swedish_public_bodies.csv").read_text(encoding="utf-8")
    rows = {r["name"]: (r["type"], r["name"]) for r in csv.DictReader(io.StringIO(text))}
    rows.update(_areas())
    # a name whose kind word is written in lower case ("Södertörns högskola", "Statens institutionsstyrelse") is as
    # often set in title case in a list of partners ("Södertörns Högskola"): the same body, labelled as listed
    for name, row in list(rows.items()):
        titled = " ".join(w[:1].upper() + w[1:] if w.isalpha() and len(w) > 3 else w for w in name.split(" "))
        rows.setdefault(titled, row)
    names = sorted(rows, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?P<name>" + "|".join(re.escape(n) for n in names) + r")s?(?![\w-])")
    return pattern, rows


@lru_cache(maxsize=1)
def _areas() -> dict[str, tuple[str, str]]:
    """Sweden's counties (län) and provinces (landskap) by their bare names ("Västmanland", "Västmanlands län",
    "Hälsingland"): a Region each, labelled as written (the area, beside its authority "Region Västmanland",
    which the column `region` records). Names that are also a town's ("Uppsala", "Örebro") or a municipality's
    ("Härjedalen", "Gotland" aside, which is both region and municipality) are left out, and so is Lappland, which
    Finland-Swedish texts write for Finnish Lapland."""
    text = files("welfare_kg.data").joinpath("swedish_areas.csv").read_text(encoding="utf-8")
    return {r["name"]: ("Region", r["name"]) for r in csv.DictReader(io.StringIO(text))}


def _names_an_area(text: str) -> bool:
    """Whether a county's or a province's name stands in the text (the cheap test before the pattern)."""
    return any(name in text for name in _areas())


# A capitalised word right before an area's name that makes the name a part of a longer one: "Kommunförbundet
# Skåne", "Leader Halland", "Integration Halland"; not a preposition or a direction opening a sentence ("I Halland",
# "Norra Halland")
_NAME_WORD_BEFORE = re.compile(r"(?<![\w-])[A-ZÅÄÖ][\w-]*[ \t]$")
_OPENING_WORDS = frozenset({"I", "Inom", "Från", "Till", "Och", "För", "Med", "Hela", "Hos", "Över", "Mellan", "Om",
                            "Av", "Vid", "Region", "Regionen", "Landskapet", "Länet", "Kommunerna", "Kommuner",
                            "Norra", "Södra", "Västra", "Östra", "Mellersta", "Inre", "Nedre", "Övre", "Både", "Samt",
                            "Eller"})
_QUOTES = "”“\"«»"


def _inside_a_name(text: str, start: int) -> bool:
    """Whether the area's name at `start` is a part of an organisation's or a project's name: a capitalised word
    (no sentence's opening preposition) right before it, or an open quotation on its line ("Barnens bästa gäller!
    i Kronoberg")."""
    line_start = text.rfind("\n", max(0, start - 200), start) + 1
    before = text[max(line_start, start - 40):start]
    m = _NAME_WORD_BEFORE.search(before)
    if m and m.group().strip() not in _OPENING_WORDS:
        return True
    near = max(line_start, start - 200)  # a quoted name is short; a page run into one line must not be rescanned
    return sum(text.count(q, near, start) for q in _QUOTES) % 2 == 1


def swedish_public_body_mentions(text: str, per_sentence: list[list[Mention]],
                                 starts: list[int]) -> list[list[Mention]]:
    """per_sentence with a mention of each named Swedish region or agency no longer name covers; a place or an
    organisation read inside it goes."""
    if not any(w in text for w in ("Region", "region", "verket", "rådet", "myndighet", "universitet", "högskol",
                                   "Högskol", "förmedling", "kassan", "inspektion", "vården", "institut",
                                   "Vinnova", "Sveriges")) and not _names_an_area(text):
        return _abbreviations(text, _leader_groups(text, per_sentence, starts), starts)
    pattern, rows = _table()
    areas = _areas()
    out = [list(ms) for ms in per_sentence]
    for m in pattern.finditer(text):
        typ, label = rows[m.group("name")]
        a, b = m.start(), m.end()
        si = max(bisect_right(starts, a) - 1, 0)
        ms = out[si]
        if m.group("name") in areas and _inside_a_name(text, a):
            branch = _BRANCH_WORD.search(text, max(0, a - 40), a)
            if branch is not None:
                _add_branch(text, out, si, branch.start(), a + len(m.group("name")), m.end())
            continue
        inside = [x for x in ms if x.start < b and a < x.end]
        if any(x.start < a or x.end > b or x.type not in _INSIDE for x in inside):
            continue  # a longer name across it, or a person's or a body's
        if any(x.rule == RULE for x in inside):
            continue
        found = Mention(start=a, end=b, surface=text[a:b], label=label, type=typ, rule=RULE,
                        iri=mint(typ, fold(label)), key=fold(label) or None)
        out[si] = sorted([x for x in ms if not any(x is y for y in inside)] + [found], key=lambda x: x.start)
    return _abbreviations(text, _leader_groups(text, out, starts), starts)


# Short names that are the Swedish association of municipalities and regions only in Swedish text ("SKR" is
# Suomen Kulttuurirahasto's in Finnish): its name since 2019 and the one before (Sveriges Kommuner och Landsting)
ABBREVIATION_RULE = "swedish-abbreviation"
_ABBREVIATIONS = re.compile(r"(?<![\w-])(?P<name>SKR|SKL)(?![\w-]|:\w)")


def _abbreviations(text: str, per_sentence: list[list[Mention]], starts: list[int]) -> list[list[Mention]]:
    """per_sentence with a mention of each "SKR"/"SKL" of a Swedish text no name covers."""
    if ("SKR" not in text and "SKL" not in text) or not _swedish(text):
        return per_sentence
    out = per_sentence
    for m in _ABBREVIATIONS.finditer(text):
        a, b = m.start(), m.end()
        si = max(bisect_right(starts, a) - 1, 0)
        if any(x.start < b and a < x.end for x in out[si]):
            continue
        label = m.group("name")
        found = Mention(start=a, end=b, surface=label, label=label, type="Association", rule=ABBREVIATION_RULE,
                        iri=mint("Association", fold(label)), key=fold(label) or None)
        out = out if out is not per_sentence else [list(x) for x in per_sentence]
        out[si] = sorted([*out[si], found], key=lambda x: x.start)
    return out


def _swedish(text: str) -> bool:
    """Whether the text is written in Swedish rather than Finnish (by its commonest little words)."""
    return len(_SWEDISH_WORDS.findall(text)) > len(_FINNISH_WORDS.findall(text))


# An organisation's word right before a county's or a province's name, which names its branch or body of that area:
# "Hushållningssällskapet Norrbotten", "Studiefrämjandet Uppsala län", "Kommunförbundet Skåne" (the definite form
# of a kind of association), "ABF Gävleborg" (a national organisation's abbreviation)
BRANCH_RULE = "swedish-regional-branch"
_BRANCH_WORD = re.compile(r"(?<![\w-])(?:[A-ZÅÄÖ][a-zåäö]*(?:förbundet|sällskapet|främjandet|rådet|föreningen|skolan|"
                          r"stiftelsen|gillet|alliansen)|[A-ZÅÄÖ]{2,5})[ \t]$")
_JOINT_WORDS = ("Kommunförbundet ", "Kommunalförbundet ")


def _add_branch(text: str, out: list[list[Mention]], si: int, a: int, name_end: int, end: int) -> None:
    """Put the branch's Association mention over a..end in sentence si, in place of the mentions inside it; a Swedish
    "Kommunförbundet X" read as a joint authority is an association (Sweden's are ideella föreningar)."""
    ms = out[si]
    inside = [x for x in ms if x.start < end and a < x.end]
    if any(x.start < a or x.end > end for x in inside) \
            and not any(x.start <= a and x.end >= name_end and x.type == "JointAuthority"
                        and x.surface.startswith(_JOINT_WORDS) for x in inside):
        return  # a longer name across it
    if any(x.type == "Person" for x in inside):
        return
    label = text[a:name_end]
    found = Mention(start=a, end=end, surface=text[a:end], label=label, type="Association", rule=BRANCH_RULE,
                    iri=mint("Association", fold(label)), key=fold(label) or None)
    out[si] = sorted([x for x in ms if not any(x is y for y in inside)] + [found], key=lambda x: x.start)


# "Leader Halland", "LEADER Polaris", "Leader Aktion Österbotten": the word Leader and a capitalised name of up to
# three words after it, no hyphen, no lower-case word
LEADER_RULE = "swedish-leader-group"
_LEADER = re.compile(r"(?<![\w-])(?:Leader|LEADER)[ \t]+(?P<name>[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?"
                     r"(?:[ \t][A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?){0,2})(?![\w-])")
_SWEDISH_WORDS = re.compile(r"(?<!\w)(?:och|för|som|med|är|av|till)(?!\w)")
_FINNISH_WORDS = re.compile(r"(?<!\w)(?:ja|on|sekä|että|kanssa|ovat)(?!\w)")


def _place_genitive_before_noun(text: str, per_sentence: list[list[Mention]], starts: list[int], end: int) -> bool:
    """Whether the word ending at `end` is a known place's Swedish genitive ("Ålands": the recogniser reads a region
    or a municipality there) and a word in lower case follows it: the genitive owns that word."""
    if not re.match(r"[ \t]+[a-zåäö]", text[end:end + 3]):
        return False
    si = max(bisect_right(starts, end - 1) - 1, 0)
    return any(x.type in {"Region", "Municipality"} and x.start < end <= x.end + 1 and x.end >= end - 1
               and text[x.start:end].endswith("s") for x in per_sentence[si])


def _leader_groups(text: str, per_sentence: list[list[Mention]], starts: list[int]) -> list[list[Mention]]:
    """A Swedish text's "Leader X" is the local action group of the Leader area X (an association: "verksamhetsledare
    Leader Halland", "beviljats stöd av Leader Polaris"), not the programme that the word alone names; in Finnish
    text the groups' registered names are the gazetteer's (data/leader_groups.csv). The words inside it leave."""
    if "Leader " not in text and "LEADER " not in text:
        return per_sentence
    if not _swedish(text):
        return per_sentence
    out = per_sentence
    hits = list(_LEADER.finditer(text))
    written = {m.group("name") for m in hits}
    for m in hits:
        name = m.group("name")
        a, b = m.start(), m.end("name")
        if name.endswith("s") and name[:-1] in written:
            name, b = name[:-1], b - 1  # "Leader Hallands hemsida": the genitive of the "Leader Halland" written
        elif name.endswith("s") and _place_genitive_before_noun(text, per_sentence, starts, b):
            # "Leader Ålands lokala aktionsgrupp": a place's genitive owning the noun after it, the group named by
            # the place's name ("Leader Åland"); the mention keeps the written genitive, the place read inside it
            name = name[:-1]

        si = max(bisect_right(starts, a) - 1, 0)
        ms = out[si]
        inside = [x for x in ms if x.start < b and a < x.end]
        if any(x.start < a or x.end > b or x.type not in _INSIDE | {"Programme"} for x in inside):
            continue  # a longer name across it ("Leader Pohjoisin Lappi ry"), or a person's
        label = "Leader " + name
        found = Mention(start=a, end=b, surface=text[a:b], label=label, type="Association", rule=LEADER_RULE,
                        iri=mint("Association", fold(label)), key=fold(label) or None)
        out = out if out is not per_sentence else [list(x) for x in per_sentence]
        out[si] = sorted([x for x in ms if not any(x is y for y in inside)] + [found], key=lambda x: x.start)
    return out
