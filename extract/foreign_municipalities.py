"""Municipalities outside Finland, named as such: "Hylte kommun", "Falkenbergs kommun", "Bodø kommune".

The gazetteer holds Finland's municipalities, so a Swedish or Norwegian partner of a Nordic project
(Interreg, ESF in Sweden) is no known name. Scandinavian languages name a municipality by its place
name and the head "kommun"/"kommune" (or "stad" for a town), the place name often in the genitive
-s, and that pair is a municipality wherever it stands. The label is the name as written (with its
-s: "Falkenbergs kommun" is the official name, a bare "Falkenberg" the place), capitalised when
a letterhead writes it in capitals. Finland's own municipalities are left to the gazetteer (its
Swedish names included), and a determiner or an adjective before the head ("Varje kommun",
"Nya stad") is no name. Posts in such a municipality are kept only from its own minutes' lists
(`foreign_posts_dropped`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from welfare_kg.extract.closing_rows import TITLED_RULE
from welfare_kg.extract.layout import insert_untouched
from welfare_kg.extract.model import Fact, Mention
from welfare_kg.extract.names import fold
from welfare_kg.extract.resolve import mint
from welfare_kg.extract.swedish_appositions import RULE as APPOSITION_RULE
from welfare_kg.extract.swedish_posts import TOWN_ROW_RULE
from welfare_kg.extract.text_scans import matches

# A capitalised place name (its genitive -s included), then the head: "Hylte kommun", "VILHELMINA KOMMUN"; a
# project page's partner row capitalises the head as a title would ("Örnsköldsviks Kommun"), the same municipality.
# Not a capitalised "Stad": "Smart Stad", "Hållbar Stad" name projects and programmes.
_NAMED = re.compile(r"(?<![\w-])(?P<name>[A-ZÅÄÖØÆ][a-zåäöøæé]{2,}(?:-[A-ZÅÄÖØÆ][a-zåäöøæé]+)?|[A-ZÅÄÖØÆ]{3,})"
                    r"[ \t]+(?P<head>kommune?|stad|KOMMUNE?|STAD|Kommune?)(?![\w-])")
FOREIGN_RULE = "foreign-municipality"
FIELD_POSTS = frozenset({"holdsPost:field", "holdsPost:field-person"})
# Words that open a sentence or qualify the head without naming a place
_NOT_NAMES = frozenset({
    "varje", "denna", "den", "det", "vår", "våra", "er", "din", "min", "ingen", "inget", "samma", "hela", "egen",
    "egna", "annan", "andra", "berörd", "berörda", "aktuell", "aktuella", "ny", "nya", "gamla", "större", "mindre",
    "stora", "små", "en", "ett", "vilken", "vilka", "någon", "alla", "all", "respektive", "varsin", "sin", "sina",
    "hans", "hennes", "deras", "dess", "närmaste", "enskild", "enskilda", "liten", "stor", "annen", "hver",
    "hvilken", "norsk", "svensk", "finsk", "dansk", "och", "eller", "för", "med", "som", "från", "till",
    "hos", "inom", "utan", "mellan", "per", "kommun", "kommune", "stad",
    # order words: "Nästa kommun enligt förbundets ordningsföljd", "Förra kommun", "Första stad"
    "nästa", "förra", "föregående", "första", "sista", "följande", "övriga",
})


@lru_cache(maxsize=1)
def _finnish_names() -> frozenset[str]:
    """Lower-case labels of the gazetteer's municipalities (Finnish and Swedish names)."""
    from welfare_kg.extract.gazetteer import reference_gazetteer

    return frozenset(label.lower() for e in reference_gazetteer().entities.values()
                     if e.type == "Municipality" for label in e.labels)


def _finnish(name: str) -> bool:
    low = name.lower()
    names = _finnish_names()
    return low in names or (low.endswith("s") and low[:-1] in names)


def foreign_municipality_mentions(text: str, per_sentence: list[list[Mention]],
                                  starts: list[int]) -> list[list[Mention]]:
    """per_sentence with the Scandinavian municipalities that nothing read there already."""
    found: list[Mention] = []
    for m in matches(_NAMED, text):
        name, head = m.group("name"), m.group("head").lower()
        if name.lower() in _NOT_NAMES or _finnish(name):
            continue
        if name.isupper():
            name = name.capitalize()
        label = f"{name} {head}"
        found.append(Mention(start=m.start(), end=m.end(), surface=m.group(0), label=label, type="Municipality",
                             iri=mint("Municipality", fold(label)), rule=FOREIGN_RULE,
                             key=fold(label)))
    found += _listed(text)
    found += _body_owners(text)
    found += _placed(text)
    return insert_untouched(per_sentence, starts, found) if found else per_sentence


@lru_cache(maxsize=1)
def _swedish_municipalities() -> frozenset[str]:
    """Sweden's municipalities by their place names (data/swedish_municipalities.csv)."""
    import csv
    import io
    from importlib.resources import files

    text = files("welfare_kg.data").joinpath("swedish_municipalities.csv").read_text(encoding="utf-8")
    return frozenset(r["name"] for r in csv.DictReader(io.StringIO(text)))


# the municipal building or office a Swedish protocol meets in or is kept at, then the bare town: "Kommunhuset
# Strängnäs", "Kommunkontoret, Heby", "Vård- och omsorgsförvaltningen, Heby" -- the minutes' own municipality, which
# the protocol names nowhere else. Only a town of Sweden's municipal register (a bare place name anywhere else is as
# often a village, a street or a person's home).
_PLACED = re.compile(r"(?<![\w-])(?:Kommunhuset|Kommunkontoret|Stadshuset|Rådhuset|Förvaltningshuset|Kommunkansliet|"
                     r"Socialkontoret|[A-ZÅÄÖ][a-zåäö-]*(?:[ \t]+och[ \t]+[a-zåäö-]+)?förvaltningen)"
                     r"[ \t]*,?[ \t]+(?:i[ \t]+)?(?P<town>[A-ZÅÄÖ][a-zåäö]+(?:[ -][A-ZÅÄÖ][a-zåäö]+)?)")


def _placed(text: str) -> list[Mention]:
    """The municipality a Swedish protocol's meeting or keeping place names after its municipal building."""
    towns = _swedish_municipalities()
    out: list[Mention] = []
    for m in matches(_PLACED, text):
        town = m.group("town")
        if town not in towns:
            town = town.split()[0].split("-")[0] if town.split()[0].split("-")[0] in towns else ""
        if not town or _finnish(town) or not re.match(r"(?![\w-])", text[m.start("town") + len(town):]):
            continue
        label = f"{town}{'' if town[-1] in _NO_GENITIVE_S else 's'} kommun"
        at = m.start("town")
        out.append(Mention(start=at, end=at + len(town), surface=town, label=label, type="Municipality",
                           iri=mint("Municipality", fold(label)), rule=FOREIGN_RULE, key=fold(label)))
    return out


# "Östhammars socialnämnd", "STRÖMSBYNS KOMMUNSTYRELSE": a municipal body named with its town's s-genitive -- a
# Swedish municipality's own bodies (kommunallag 2017:725, 3 kap.), so the genitive names the municipality. Only
# bodies that a municipality has, in its own minutes' head words; not after "Region" ("Region Gotlands
# socialnämnd" is a region's) nor a definite genitive ("Kommunens socialnämnd", "Förbundets styrelse").
_BODY_OWNER = re.compile(r"(?<![\w-])(?<!Region )(?P<name>[A-ZÅÄÖ][a-zåäöé]{2,}(?:-[A-ZÅÄÖ][a-zåäöé]+)?s|[A-ZÅÄÖ]{3,}S)"
                         r"[ \t]+(?P<body>(?:[a-zåäö]+-[ \t]+och[ \t]+)?[a-zåäö]*(?:nämnd|kommunstyrelse|"
                         r"kommunfullmäktige)|(?:[A-ZÅÄÖ]+-[ \t]+OCH[ \t]+)?[A-ZÅÄÖ]*(?:NÄMND|KOMMUNSTYRELSE|"
                         r"KOMMUNFULLMÄKTIGE))(?:en|ens|s|EN|ENS)?(?![\w-])")
_DEFINITE_GENITIVE = ("ens", "ets", "nas", "ernas", "arnas")


def _body_owners(text: str) -> list[Mention]:
    """The municipality whose s-genitive names a municipal body ("Östhammars socialnämnd" -> Östhammars kommun),
    labelled with the official name's head as a municipality named "X kommun" elsewhere is."""
    out: list[Mention] = []
    for m in matches(_BODY_OWNER, text):
        written = m.group("name")
        name = written.capitalize() if written.isupper() else written
        if name.lower().endswith(_DEFINITE_GENITIVE) or name[:-1].lower() in _NOT_NAMES or _finnish(name[:-1]) \
                or _finnish(name):
            continue
        label = f"{name} kommun"
        out.append(Mention(start=m.start("name"), end=m.end("name"), surface=written, label=label,
                           type="Municipality", iri=mint("Municipality", fold(label)), rule=FOREIGN_RULE,
                           key=fold(label)))
    return out


# "Kommunerna Danderyd, Norrtälje och Österåker samt städerna Lidingö och Vaxholm": the plural head in its definite
# form before a list of place names makes each of them a municipality (a town, after "städerna")
_PLACE = r"[A-ZÅÄÖØÆ][a-zåäöøæé]{2,}(?:-[A-ZÅÄÖØÆ][a-zåäöøæé]+)?"
# a list item may be a two-word place ("Lilla Edet", "Upplands Väsby", "Östra Göinge"): kept only when the register
# holds the pair (_listed_places), so a list that runs on into a capitalised word ("... och Öckerö Kommunalförbundet")
# still ends at the town
_ITEM = rf"{_PLACE}(?:[ \t]+{_PLACE})?"
_LISTED = re.compile(rf"(?<![\w-])(?P<head>[Kk]ommunerna|[Ss]täderna)[ \t]+(?P<list>{_ITEM}"
                     rf"(?:[ \t]*,[ \t]*{_ITEM})*(?:[ \t]+(?:och|samt)[ \t]+{_ITEM}))(?![\w-])")
_LISTED_PLACE = re.compile(_ITEM)
_FIRST_PLACE = re.compile(_PLACE)
_NO_GENITIVE_S = "aeiouyåäöøæsxz"  # "Täby kommun", "Vännäs kommun"; a consonant takes the -s: "Danderyds kommun"


def _listed_places(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The places of a list span: a two-word item only where Sweden's register holds it, else its first word."""
    out: list[re.Match[str]] = []
    at = start
    while True:
        p = _LISTED_PLACE.search(text, at, end)
        if not p:
            return out
        at = p.end()  # the unknown second word of a pair is no item of its own either
        if " " in p.group(0).replace("\t", " ") and " ".join(p.group(0).split()) not in _swedish_municipalities():
            p = _FIRST_PLACE.match(text, p.start(), end) or p
        out.append(p)


def _listed(text: str) -> list[Mention]:
    """The municipalities of a list after "kommunerna" or "städerna", each labelled with its official name's head
    ("Danderyds kommun", "Lidingö stad"), so that it meets the same municipality named with its head elsewhere."""
    out: list[Mention] = []
    for m in matches(_LISTED, text):
        head = "kommun" if m.group("head").lower() == "kommunerna" else "stad"
        for p in _listed_places(text, m.start("list"), m.end("list")):
            name = p.group(0)
            if name.lower() in _NOT_NAMES or _finnish(name):
                continue
            label = f"{name}{'' if name[-1] in _NO_GENITIVE_S else 's'} {head}"
            out.append(Mention(start=p.start(), end=p.end(), surface=name, label=label, type="Municipality",
                               iri=mint("Municipality", fold(label)), rule=FOREIGN_RULE, key=fold(label)))
    return out


def foreign_posts_dropped(facts: list[Fact], mentions: list[Mention]) -> list[Fact]:
    """`facts` without the posts that prose rules put in a foreign municipality.

    The prose post rules read Finnish affiliation shapes ("X, projektipäällikkö, Y:n kunta"); a Swedish
    text writes "samordnare i Hylte kommun", "på X" and the nearest municipality after a title is as
    often the partner of a project as the person's employer. Measured on documents nobody tuned for,
    the posts they gave a foreign municipality were wrong (0 of 5), while the lists of officials in the
    municipality's own minutes ("holdsPost:listed-...") were right; those stay."""
    foreign = {m.iri for m in mentions if m.rule == FOREIGN_RULE}
    if not foreign:
        return facts
    # the lists of minutes, and "X, landsbygdsutvecklare Y kommun" (the municipality right after the title,
    # extract/closing_rows.py), and the tight apposition "X, samordnare i Y kommun" (extract/swedish_appositions.py)
    # say whose the municipality is; so does a card's contact field under the municipality's owner field
    # ("Projektägare / Örnsköldsviks kommun", "Projektledare / Ann Holst": extract/fields.py), and a member's row or
    # an election's clause "Name, X kommun" (extract/swedish_posts.py: the town is written as its kommun right there)
    return [f for f in facts if not (f.predicate == "holdsPost" and f.object in foreign
                                     and not f.rule.startswith("holdsPost:listed")
                                     and f.rule not in {TITLED_RULE, APPOSITION_RULE, TOWN_ROW_RULE, *FIELD_POSTS})]
