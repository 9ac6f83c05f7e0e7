"""Who pays for an organisation's running activity: "Aura ja Koski rahoittavat yhdistyksen toimintaa", "Kaupunki
tukee Koivulan Kuoro ry:n toimintaa", "A:n, B:n ja C:n kunnat rahoittavat X:n työtä".

Local news about associations (4H, village, sports and social welfare associations) say who keeps them going with
a verb of paying and the association's genitive before "toimintaa"/"työtä": the association itself is what is funded
(there is no project), so the other funding rules, which look for a project or a grant noun, read nothing. The
funders are the run of organisations or towns in the nominative right before the verb, joined by commas, "ja" or
"sekä"; words of degree may stand between the verb and the genitive ("rahoittavat myös yhdistyksen toimintaa",
"tukevat selkeästi pienemmillä summilla"). The association may be written by its kind alone ("yhdistyksen"):
extract/kind_anaphors.py gives such a word the one association the text has named. The same pages name the main
funders as a predicate of the association's genitive: "X:n päärahoittajina voidaan pitää A:ta, B:tä ja C:tä", "X:n
rahoittajia ovat A ja B" (any case of the run: partitive after "pitää", nominative after the copula). Finnish may front
the activity and put the run after the verb: "Yhdistyksen toimintaa rahoittavat A ja B".
With "rahoittaa" the organisation may be the verb's object itself, in the partitive ("Lieto rahoittaa X ry:tä ja
Y ry:tä"): the same run pays each object joined to the first. "tukea" is not read so: an organisation is supported
with advice and work as well as with money. A run may end in one capitalised word the recogniser left unnamed
("Lieto ja Koski rahoittavat"): it is a co-subject, and the named ones before it still pay.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from welfare_kg.extract.model import Fact, Mention
from welfare_kg.extract.relations import FUNDERS, Clause, rule

RULE = "funds:activity-funder"
_WEIGHT = 0.6
_FUNDED = {"Association", "Company", "CompetenceCentre", "Parish"}
# the run's joins, and the verb of paying after the run (present or past, singular or plural)
_JOIN = re.compile(r"\s*,\s*|\s+(?:ja|sekä)\s+|\s*,\s*(?:ja|sekä)\s+")
_VERB = re.compile(r"\s+(?:ovat\s+|on\s+)?(?:rahoitta(?:a|vat|neet|nut)|rahoitti(?:vat)?|tuke(?:e|vat|neet|nut)|"
                   r"tuki(?:vat)?)\s+(?:(?:myös|edelleen|jo|yhä|osaltaan|vuosittain|taloudellisesti)\s+)?$",
                   re.IGNORECASE)
# after the funded organisation's genitive: its activity or work, in the partitive
_ACTIVITY = re.compile(r"\s+(?:toimintaa|työtä|perustoimintaa|nuorisotyötä)(?![\w-])")
# the verb of paying whose object may be the organisation itself in the partitive ("rahoittaa X ry:tä"); "tukea"
# is left out there: an organisation is supported with advice and work as well as money (support_grants.py reads
# "tukee X:ää N eurolla")
_PAYS = re.compile(r"(?i)rahoit")
# one co-funder the recogniser left unnamed, a capitalised word joined into the run right before the verb ("Aura
# ja Koski rahoittavat"): the run goes on through it
_UNNAMED_LAST = re.compile(r"(?:\s*,\s*|\s+(?:ja|sekä)\s+)[A-ZÅÄÖ][\w-]*")


@rule(RULE, "funds", "'Aura ja Koski rahoittavat yhdistyksen toimintaa', 'Kaupunki tukee X ry:n toimintaa'",
      needs="named")
def _activity_funders(c: Clause) -> list[Fact]:
    base, text = c.sent.start, c.sent.text
    named = sorted((m for m in c.named if m.iri and id(m) not in c.inside), key=lambda m: m.start)
    out: list[Fact] = []
    objects: list[Mention] = []  # the partitive objects of the verb so far, with the run that pays them
    run: list[Mention] = []
    for i, funded in enumerate(named):
        if funded.type not in _FUNDED:
            continue
        if genitive(funded) and (activity := _ACTIVITY.match(text, funded.end - base)):
            run = _run_before(named[:i], text, base, funded.start) or _run_after(named[i + 1:], text, base,
                                                                                 activity.end())
        elif funded.case == "osanto":
            if objects and objects[-1] is named[i - 1] and _JOIN.fullmatch(text, objects[-1].end - base,
                                                                         funded.start - base):
                pass  # "rahoittaa A ry:tä ja B ry:tä": the objects joined share the run
            else:
                run = _run_before(named[:i], text, base, funded.start, _PAYS)
            objects.append(funded)
        else:
            continue
        out += [Fact(f.iri, "funds", funded.iri, c.ev, RULE, _WEIGHT)  # type: ignore[arg-type]
                for f in run if f.iri != funded.iri]
    return out


# the verb of paying after the activity fronted as its object, its subjects after it: "X:n toimintaa rahoittavat A ja B"
_VERB_AFTER = re.compile(r"\s+(?:(?:ovat|on)\s+)?(?:rahoitta(?:a|vat|neet|nut)|rahoitti(?:vat)?|tuke(?:e|vat|neet|nut)|"
                         r"tuki(?:vat)?)\s+(?:(?:myös|edelleen|jo|yhä|osaltaan|vuosittain|taloudellisesti)\s+)?",
                         re.IGNORECASE)


def _run_after(after: list[Mention], text: str, base: int, at: int) -> list[Mention]:
    """The funders in the nominative right after the verb of paying that follows the fronted activity (`at`: its
    end), joined into one run by commas, "ja" or "sekä"."""
    verb = _VERB_AFTER.match(text, at)
    if verb is None or not after or after[0].start - base != verb.end():
        return []
    run: list[Mention] = []
    for m in after:
        if m.type not in FUNDERS or m.case not in {"nimento", None}:
            break
        if run and not _JOIN.fullmatch(text, run[-1].end - base, m.start - base):
            break
        run.append(m)
    return run


def genitive(m: Mention) -> bool:
    """An organisation's name in the genitive: the case read, or a name left uncased ending in it ("yhdistyksen",
    "ry:n")."""
    return m.case == "omanto" or (m.case is None and m.surface.endswith("n"))


def _run_before(before: list[Mention], text: str, base: int, at: int,
                verb: re.Pattern[str] | None = None) -> list[Mention]:
    """The funders joined into one run that ends with the verb of paying right before `at` (a verb `verb` finds in,
    when given)."""
    if not before or before[-1].type not in FUNDERS or before[-1].case not in {"nimento", None}:
        return []
    end = before[-1].end - base
    unnamed = _UNNAMED_LAST.match(text, end)
    paying = _VERB.fullmatch(text, end, at - base) or (unnamed and _VERB.fullmatch(text, unnamed.end(), at - base))
    if not paying or (verb is not None and not verb.search(paying.group(0))):
        return []
    return nominative_run(before, text, base, FUNDERS, _JOIN)


def nominative_run(before: list[Mention], text: str, base: int, kinds: AbstractSet[str],
                   joiner: re.Pattern[str]) -> list[Mention]:
    """The last of `before` and the named things of `kinds` in the nominative joined to it by `joiner`, back to
    the first that is not: the givers a verb after them is said of ("A, B ja C rahoittavat")."""
    run = [before[-1]]
    for m in reversed(before[:-1]):
        if m.type in kinds and m.case in {"nimento", None} and joiner.fullmatch(text, m.end - base,
                                                                                run[-1].start - base):
            run.append(m)
        else:
            break
    return run


MAIN_RULE = "funds:named-main-funders"
# after the funded organisation's genitive: its (main) funders, then a copula or "voidaan pitää" before the run
_FUNDER_NOUN = re.compile(r"\s+(?:pää)?rahoittaj(?:ina|ia|at|a)\s+(?:(?:voidaan|voi)\s+pitää|ovat|olivat|toimivat|"
                          r"toimii|on|oli)\s+(?:(?:myös|ennen\s+kaikkea|erityisesti)\s+)?$", re.IGNORECASE)


@rule(MAIN_RULE, "funds", "'X:n päärahoittajina voidaan pitää A:ta, B:tä ja C:tä', 'X:n rahoittajia ovat A ja B'",
      needs="free_orgs")
def _named_main_funders(c: Clause) -> list[Fact]:
    base, text = c.sent.start, c.sent.text
    named = sorted((m for m in c.named if m.iri and id(m) not in c.inside), key=lambda m: m.start)
    out: list[Fact] = []
    for i, funded in enumerate(named[:-1]):
        if funded.type not in _FUNDED or not genitive(funded):
            continue
        first = named[i + 1]
        if first.type not in FUNDERS or not _FUNDER_NOUN.fullmatch(text, funded.end - base, first.start - base):
            continue
        run = [first]
        for m in named[i + 2:]:
            if m.type in FUNDERS and _JOIN.fullmatch(text, run[-1].end - base, m.start - base):
                run.append(m)
            else:
                break
        out += [Fact(f.iri, "funds", funded.iri, c.ev, MAIN_RULE, _WEIGHT)  # type: ignore[arg-type]
                for f in run if f.iri != funded.iri]
    return out
