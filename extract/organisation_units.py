"""Units a university or another organisation names with its own genitive and a capitalised name of their own:
"Helsingin yliopiston Ruralia-instituutti", "Turun yliopiston Brahea-keskus", "Jyväskylän yliopiston Koulutuksen
tutkimuslaitos".

The body recogniser reads a unit by its lower-case head ("yhteiskuntatieteiden tiedekunta", "sosiaalitieteiden
laitos"); a unit's own name glued to its head with a hyphen, or a capitalised genitive before a compound head, it
left unread, and with it the project's implementer. Such a unit is a Body that is part of the organisation whose
genitive opens it (body_parents' genitive rule states that, and extract/document.py keys the unit under the
organisation): the mention spans both, its label is the unit's own name, the whole is another name of it.

The same genitive opens a unit named by one capitalised compound of a unit head, perhaps with a proper name after it
("Kirkkopalvelut ry:n Seurakuntaopisto", "Kouvolan kaupungin Nuorisokeskus Anjala": a town only through its organ's
genitive, "kaupungin"/"kunnan", since "Kouvolan Nuorisokeskus" may be anyone's), a compound head sharing its last
part with an elided first ("Kuntoutussäätiön Kuntoutusalan tutkimus- ja kehittämiskeskus"), and an association's
regional office or organisation named by a place's genitive ("Suomen Nuorisoseurat ry:n Etelä-Suomen aluetoimisto",
a Body; "Eläkeläiset ry:n Helsingin aluejärjestö", a branch Association that branch_parents.py ties to it). A lower-
case field word ("Kouvolan kaupungin nuorisotyö") names an activity, no unit, and stays unread. Such a unit
receives a grant in a list of receivers (received_grants.py) and runs what its agent participle says
(runner_phrases.py), as an organisation does; an organ with a vote does neither.
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import fold
from welfare_kg.extract.resolve import mint
from welfare_kg.extract.spans import SpanIndex

RULE = "organisation-unit"
_OWNERS = {"Agency", "Company", "Association", "JointAuthority", "WellbeingCounty", "CompetenceCentre"}
# unit heads: a research institute, a centre, a unit, a department, a faculty, a clinic
_HEADS = ("instituutti", "keskus", "yksikkö", "laitos", "tiedekunta", "klinikka", "akatemia")
# "Ruralia-instituutti", "Brahea-keskuksen": a capitalised name glued to the head
_GLUED = re.compile(r"[ \t](?P<name>[A-ZÅÄÖ][\wÅÄÖåäö]+)-(?P<head>[a-zåäö]+)(?![\w-])")
# "Koulutuksen tutkimuslaitos": a capitalised genitive, then a lower-case compound head
# "Kuntoutusalan tutkimus- ja kehittämiskeskus": the head's compound may share its last part with an elided first
_GENITIVE_HEAD = re.compile(r"[ \t](?P<name>[A-ZÅÄÖ][a-zåäö]+n)[ \t](?P<elided>[a-zåäö]{3,}-[ \t]+(?:ja|sekä)[ \t]+)?"
                            r"(?P<head>[a-zåäö]{6,})(?![\w-])")
# "Kirkkopalvelut ry:n Seurakuntaopisto", "Kouvolan kaupungin Nuorisokeskus Anjala": the unit's own name is one
# capitalised compound of a unit head, perhaps followed by a proper name of its own (a place's, a founder's)
_COMPOUND = re.compile(r"[ \t](?P<name>[A-ZÅÄÖ][a-zåäö]{5,})(?:[ \t](?P<proper>[A-ZÅÄÖ][a-zåäö]{2,}))?(?![\w-])")
# heads a unit's compound name may end in besides _HEADS: a school ("Seurakuntaopisto"), an office ("Aluetoimisto")
_COMPOUND_HEADS = (*_HEADS, "opisto", "toimisto")
# a town names its units through its organ's genitive only ("Kouvolan kaupungin"), not through the place's alone
_TOWN_ORGANS = ("kaupungin", "kunnan")


def _case(readings: list) -> str | None:
    """The head's case where the analyser agrees on one."""
    cases = {a.case for a in readings}
    return next(iter(cases)) if len(cases) == 1 else None


def _head_base(word: str, morph: Morphology) -> str | None:
    """The head's base form if the analyser reads it only as a singular unit head, else None."""
    readings = morph.analyse(word)
    bases = {a.base.lower() for a in readings if a.number != "plural"}
    if not readings or len(bases) != 1 or any(a.number == "plural" for a in readings):
        return None
    base = next(iter(bases))
    return base if base.endswith(_HEADS) else None


def organisation_unit_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                               morph: Morphology) -> list[list[Mention]]:
    """A Body mention for each unit named right after an organisation's genitive with a name of its own."""
    mentions = [m for ms in per_sentence for m in ms]
    owners = [m for m in mentions if (m.type in _OWNERS or (m.type == "Municipality" and m.surface.endswith(
        _TOWN_ORGANS))) and m.case == "omanto" and m.surface[-1:] == "n"]
    have = SpanIndex(mentions)
    added: list[Mention] = _swedish_units(text, mentions, have) if " vid " in text else []
    if not owners:
        return insert_mentions(per_sentence, starts, added) if added else per_sentence
    drop: set[int] = set()
    for owner in owners:
        union = _student_union(text, owner, have, morph)
        if union is not None:
            added.append(union)
            drop.add(id(owner))
            continue
        branch = _place_unit(text, owner, have, morph) if owner.type == "Association" else None
        if branch is not None:
            added.append(branch[0])
            drop.add(id(branch[1]))
            continue
        found = None
        m = _GLUED.match(text, owner.end)
        if owner.type == "Municipality":  # a town's department words are department_names.py's; its named units
            found = _compound_unit(text, owner.end, morph)
        elif m is not None and (base := _head_base(m.group("head"), morph)) is not None \
                and not base.startswith(("hanke", "projekti", "ohjelma")):
            found = (m.end(), f"{m.group('name')}-{base}")
        else:
            m = _GENITIVE_HEAD.match(text, owner.end)
            if m is not None and (base := _head_base(m.group("head"), morph)) is not None and len(base) > 8 \
                    and any(a.case == "omanto" and a.cls in {"nimisana", None}
                            for a in morph.analyse(m.group("name"))):
                elided = " ".join(m.group("elided").split()) + " " if m.group("elided") else ""
                found = (m.end(), f"{m.group('name')} {elided}{base}")
            else:
                found = _compound_unit(text, owner.end, morph)
        if found is None:
            continue
        end, label = found
        if any(x is not owner and x.end > owner.end for x in have.overlapping(owner.end, end)):
            continue  # recognition read a name there
        full = f"{owner.surface} {label}"
        added.append(Mention(start=owner.start, end=end, surface=text[owner.start:end], label=label, type="Body",
                             rule=RULE, parts=(full,)))
    return insert_mentions(per_sentence, starts, added, drop) if added else per_sentence


def _compound_unit(text: str, at: int, morph: Morphology) -> tuple[int, str] | None:
    """The end and label of a unit named by one capitalised compound of a unit head right at `at` ("Seurakunta-
    opisto", "Nuorisokeskus Anjala"), else None. The compound must say what the unit works on: a bare head
    ("Keskus", "Yksikkö") is a heading's word. A proper name after it belongs to it only after the head's
    nominative and when the analyser reads it as nothing but a name ("Anjala"), not a common noun or a verb."""
    m = _COMPOUND.match(text, at)
    if m is None:
        return None
    readings = morph.analyse(m.group("name"))
    bases = {a.base.lower() for a in readings if a.cls in {"nimisana", None}}
    if len(bases) != 1 or any(a.number == "plural" for a in readings):
        return None
    base = next(iter(bases))
    head = next((h for h in _COMPOUND_HEADS if base.endswith(h)), None)
    if head is None or len(base) < len(head) + 4:
        return None
    label, end = base[:1].upper() + base[1:], m.end("name")
    proper = m.group("proper")
    if proper and all(a.case == "nimento" for a in readings):
        named = morph.analyse(proper)
        if named and all(a.cls in {"paikannimi", "sukunimi", "etunimi", "nimi"} for a in named):
            bases = {a.base for a in named}
            if len(bases) == 1:
                label, end = f"{label} {next(iter(bases))}", m.end("proper")
    return end, label


# "Suomen Nuorisoseurat ry:n Etelä-Suomen aluetoimisto", "Eläkeläiset ry:n Helsingin aluejärjestö": an association's
# regional office or organisation named by the region's genitive; the office is a unit (a Body), the regional
# organisation a branch of its own (an Association, which branch_parents.py makes part of the association)
_PLACE_UNIT = re.compile(r"[ \t](?P<place>[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?n)[ \t]"
                         r"(?P<head>[a-zåäö]{7,})(?![\w-])")
_PLACE_UNIT_BASES = {"aluetoimisto": "Body", "piiritoimisto": "Body", "aluejärjestö": "Association"}
_PLACES = {"Municipality", "Region", "CooperationArea"}


def _place_unit(text: str, owner: Mention, have: SpanIndex[Mention], morph: Morphology
                ) -> tuple[Mention, Mention] | None:
    """The regional unit an association names by a place's genitive right after its own, and the place's mention
    inside it (which goes), else None."""
    m = _PLACE_UNIT.match(text, owner.end)
    if m is None:
        return None
    inside = [x for x in have.overlapping(owner.end, m.end()) if x is not owner]
    if len(inside) != 1 or inside[0].type not in _PLACES or (inside[0].start, inside[0].end) != m.span("place"):
        return None  # no place read there, or another name inside
    readings = morph.analyse(m.group("head"))
    bases = {a.base.lower() for a in readings}
    if len(bases) != 1 or any(a.number == "plural" for a in readings) or next(iter(bases)) not in _PLACE_UNIT_BASES:
        return None
    base = next(iter(bases))
    kind = _PLACE_UNIT_BASES[base]
    unit = f"{m.group('place')} {base}"
    full = f"{owner.surface} {unit}"
    end = m.end()
    if kind == "Body":
        return Mention(start=owner.start, end=end, surface=text[owner.start:end], label=unit, type="Body",
                       rule=RULE, case=_case(readings), parts=(full,)), inside[0]
    return Mention(start=owner.start, end=end, surface=text[owner.start:end], label=full, type="Association",
                   rule=RULE, case=_case(readings), iri=mint("Association", fold(full)), key=fold(full) or None), \
        inside[0]


# "Helsingin yliopiston ylioppilaskunta", "Lapin ammattikorkeakoulun opiskelijakunta": a university's students' union
# is an association of its own by public law (yliopistolaki 558/2009 46 §, ammattikorkeakoululaki 932/2014 41 §),
# named by the university's genitive; the university is no actor of the sentence
# (a grant table's sum glued to the name, "ylioppilaskunta25 000", ends it as well as a space does)
_UNION = re.compile(r"[ \t](?P<head>(?:ylioppilas|opiskelija)kun[a-zåäö]+)(?![^\W\d]|-)")
_UNION_OWNERS = {"Agency", "Company"}
_UNION_BASES = {"ylioppilaskunta", "opiskelijakunta"}
_ACRONYM_AFTER = re.compile(r"[ \t]+\(?[A-ZÅÄÖ]{2,6}\b")


def _student_union(text: str, owner: Mention, have: SpanIndex[Mention], morph: Morphology) -> Mention | None:
    """The students' union named right after a university's or a university of applied sciences' genitive."""
    m = _UNION.match(text, owner.end)
    if owner.type not in _UNION_OWNERS or m is None or not owner.surface[:1].isupper():
        return None
    readings = [a for a in morph.analyse(m.group("head")) if a.base.lower() in _UNION_BASES]
    if not readings or any(a.number == "plural" for a in readings):
        return None  # "ylioppilaskuntien": the unions at large
    if any(x is not owner and x.end > owner.end for x in have.overlapping(owner.end, m.end())) \
            or _ACRONYM_AFTER.match(text, m.end()):
        return None  # recognition read a name there, or the union's acronym follows ("... ylioppilaskunta JYY")
    label = f"{owner.surface} {readings[0].base.lower()}"
    return Mention(start=owner.start, end=m.end(), surface=text[owner.start:m.end()], label=label,
                   type="Association", rule="student-union", case=_case(readings), key=fold(label) or None)


# Swedish names a unit before its organisation with "vid" ("at"): "Handelshögskolan vid Åbo Akademi", "Svenska
# social- och kommunalhögskolan vid Helsingfors universitet", "Centret för livslångt lärande (CLL) vid Åbo Akademi":
# a school, centre, department or faculty in the definite form, capitalised, its field after "för" when the head
# comes first; an acronym in brackets may follow
_SV_HEAD_FIRST = (r"(?:Centret|Centrum|Institutionen|Institutet|Avdelningen|Enheten|Fakulteten)"
                  r"[ \t]+för[ \t]+[a-zåäö][a-zåäö -]{2,60}?")
_SV_HEAD_LAST = (r"(?:[A-ZÅÄÖ][a-zåäö]+[ \t]+(?:[a-zåäö]+-[ \t]+och[ \t]+)?[a-zåäö]*|[A-ZÅÄÖ][a-zåäö]*)"
                 r"(?:högskolan|centret|institutionen|institutet|fakulteten|avdelningen|enheten)")
_SV_UNIT = re.compile(rf"(?<![\w-])(?P<unit>{_SV_HEAD_FIRST}|{_SV_HEAD_LAST})"
                      r"(?:[ \t]+\((?P<acr>[A-ZÅÄÖ]{2,8})\))?[ \t]+vid[ \t]+$")
_SV_REACH = 90  # characters before "vid" a unit's name may take


def _swedish_units(text: str, mentions: list[Mention], have: SpanIndex[Mention]) -> list[Mention]:
    """A Body for each unit named before "vid" and an organisation read there (its university or college); the
    mention spans the whole, as body_parents' preposition rule reads the parent inside a name so written."""
    out: list[Mention] = []
    for owner in mentions:
        if owner.type not in _OWNERS or owner.start < 5 or text[owner.start - 5:owner.start] not in {" vid ", "\tvid "}:
            continue
        window = max(0, owner.start - _SV_REACH)
        m = _SV_UNIT.search(text, window, owner.start)
        if m is None:
            continue
        start = m.start("unit")
        if any(x is not owner for x in have.overlapping(start, owner.start)):
            continue  # recognition read a name there
        label = " ".join(m.group("unit").split())
        full = " ".join(text[start:owner.end].split())
        out.append(Mention(start=start, end=owner.end, surface=text[start:owner.end], label=label, type="Body",
                           rule=RULE, acronym=m.group("acr"), parts=(full,)))
    return out

