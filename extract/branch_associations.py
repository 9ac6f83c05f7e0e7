"""Local branches named by a place and a national movement's mark: "Vesilahden 4H-yhdistys", "Keski-Suomen
4H-piiri", "Kainuun MLL-yhdistys", "Oulun SPR-osasto", and the movement's own federation or a branch named by a word
of its mark ("Suomen Lions-liitto", "Xn Martta-yhdistys", "Yn Kylät-yhdistys").

A movement's local association or district writes its kind glued to the movement's acronym with a hyphen, after
the genitive of the place it works in. The recogniser's compound kinds (extract/entities.py) take no hyphen, and the
place alone is read as a town or a region; here the whole is one Association and the place inside it no mention of
its own.
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import replace_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.names import fold
from welfare_kg.extract.resolve import mint
from welfare_kg.extract.text_scans import matches

_KINDS = {
    "yhdistys": r"yhdisty(?:s|ksen|kselle|ksessä|kseltä|ksestä|ksellä|kseen|ksenä)",
    "piiri": r"piiri(?:n|lle|ssä|stä|ltä|llä|in|nä)?",
    "seura": r"seura(?:n|lle|ssa|sta|lta|lla|an|na)?",
    "kerho": r"kerho(?:n|lle|ssa|sta|lta|lla|on|na)?",
    "osasto": r"osasto(?:n|lle|ssa|sta|lta|lla|on|na)?",
    "liitto": r"li(?:itto(?:on|na)?|ito(?:n|lle|ssa|sta|lta|lla))",
}
_BRANCH = re.compile(
    r"\b(?P<owner>[A-ZÅÄÖ][a-zåäö]+n(?:-[A-ZÅÄÖ][a-zåäö]+n)?|[A-ZÅÄÖ][a-zåäö]+-[A-ZÅÄÖ][a-zåäö]+n)\s+"
    r"(?P<mark>[0-9A-ZÅÄÖ]{2,5}|[A-ZÅÄÖ][a-zåäö]{2,})-(?P<kind>"
    + "|".join(f"(?P<{k}>{v})" for k, v in _KINDS.items()) + r")\b")


def branch_mentions(per_sentence: list[list[Mention]], starts: list[int], mentions: list[Mention],
                    text: str) -> None:
    """Add an Association mention for each "<Place> <MARK>-<kind>" no other name covers (in place); a town or region
    read inside it goes (the sentence lists and the flat list)."""
    if "-" not in text:
        return
    for m in matches(_BRANCH, text):
        a, b = m.start(), m.end()
        inside = [x for x in mentions if x.start < b and a < x.end]
        if any(x.start < a or x.end > b or not (x.type in {"Municipality", "Region"} or (
                x.type == "Association" and x.start >= m.start("mark"))) for x in inside):
            continue  # a longer name, or another kind of name inside ("MLL-yhdistys" alone is replaced)
        kind = next(k for k in _KINDS if m.group(k))
        label = f"{m.group('owner')} {m.group('mark')}-{kind}"
        found = Mention(start=a, end=b, surface=text[a:b], label=label, type="Association", rule="association-branch",
                        iri=mint("Association", fold(label)), key=fold(label) or None)
        replace_mentions(per_sentence, starts, mentions, inside, found)


# an association's local branch or district named by its acronym's genitive, the place's genitive (one or two) and
# the unit word: "SRP:n Nakkilan osasto", "ABC:n Etelä-Savon piirille"
_ACRONYM_BRANCH = re.compile(
    r"(?<![\w-])(?P<acr>[A-ZÅÄÖ]{2,6}):n[ \t]+(?P<place>(?:[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?n[ \t]+){1,2})"
    r"(?P<kind>" + "|".join(f"(?P<{k}>{_KINDS[k]})" for k in ("osasto", "piiri", "yhdistys")) + r")(?![\w-])")
_PLACES = {"Municipality", "Region", "CooperationArea"}


def acronym_branch_mentions(per_sentence: list[list[Mention]], starts: list[int], mentions: list[Mention],
                            text: str) -> None:
    """Add an Association mention for each "<ACRONYM>:n <Place>n osasto|piiri|yhdistys" (in place).

    A national association's local branch is a registered association of its own; the recogniser read only the
    place, or the acronym of a known association and the place apart. Only where a place the recogniser read stands
    inside, and nothing but places and associations: a known hospital's or authority's acronym ("XYZ:n Kuopion
    osasto", a ward) keeps its own reading."""
    if ":n " not in text:
        return
    for m in matches(_ACRONYM_BRANCH, text):
        a, b = m.start(), m.end()
        inside = [x for x in mentions if x.start < b and a < x.end]
        if not any(x.type in _PLACES for x in inside) or any(
                x.start < a or x.end > b or x.type not in _PLACES | {"Association"} for x in inside):
            continue  # no known place ("ABC:n Xn osasto": a word's genitive), a longer name, or another kind of name
        if any(x.type == "Association" and x.start >= m.start("place") for x in inside):
            continue  # the place and its unit read as an association already ("Xn yhdistys" of a known name)
        if re.match(r"[ \t]+[A-ZÅÄÖ]?\d", text[b:b + 4]):
            continue  # "XYZ:n Kuopion osasto 5": a numbered hospital ward, no association
        kind = next(k for k in ("osasto", "piiri", "yhdistys") if m.group(k))
        label = f"{m.group('acr')}:n {' '.join(m.group('place').split())} {kind}"
        found = Mention(start=a, end=b, surface=text[a:b], label=label, type="Association", rule="association-branch",
                        iri=mint("Association", fold(label)), key=fold(label) or None)
        found.case = _case_of(m.group("kind"))
        replace_mentions(per_sentence, starts, mentions, inside, found)


# after a registered name: a place's genitive (one or two) and the unit word ("Xn Tuki ry Kuopion osasto")
_UNIT_AFTER = re.compile(
    r"[ \t]+(?P<place>(?:[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?n[ \t]+){1,2})"
    r"(?P<kind>" + "|".join(f"(?P<{k}>{_KINDS[k]})" for k in ("osasto", "piiri", "yhdistys")) + r")(?![\w-])")
_LEGAL_END = re.compile(r"(?:ry|Ry|RY|rf|r\.y\.?)$")


def registered_branch_mentions(per_sentence: list[list[Mention]], starts: list[int], mentions: list[Mention],
                               text: str) -> None:
    """Replace "<registered name> ry <Place>n osasto|piiri|yhdistys" by one Association of the local branch (in
    place): "Kehitysvammaisten Tuki ry Kuopion osasto" is the branch, a member of the registered association, and
    the recogniser read the registered name and the place apart. Only a place it read stands between."""
    for org in [m for m in mentions if m.type == "Association" and _LEGAL_END.search(m.surface)]:
        m = _UNIT_AFTER.match(text, org.end)
        if m is None or re.match(r"[ \t]+[A-ZÅÄÖ]?\d", text[m.end():m.end() + 4]):
            continue
        a, b = org.start, m.end()
        inside = [x for x in mentions if x.start < b and org.end <= x.start]
        if not any(x.type in _PLACES for x in inside) or any(
                x.end > b or x.type not in _PLACES for x in inside):
            continue  # no known place, or another name there ("X ry Kuopion kaupungin ...")
        kind = next(k for k in ("osasto", "piiri", "yhdistys") if m.group(k))
        label = f"{org.label} {' '.join(m.group('place').split())} {kind}"
        found = Mention(start=a, end=b, surface=text[a:b], label=label, type="Association", rule="association-branch",
                        iri=mint("Association", fold(label)), key=fold(label) or None)
        found.case = _case_of(m.group("kind"))
        replace_mentions(per_sentence, starts, mentions, [org, *inside], found)


# the endings of the unit words' cases (Voikko's names), the illative's before the genitive's "-n" it ends in too
_CASE_ENDINGS = (("lle", "ulkotulento"), ("lta", "ulkoeronto"), ("llä", "ulkoolento"), ("lla", "ulkoolento"),
                 ("sta", "sisaeronto"), ("stä", "sisaeronto"), ("ssa", "sisaolento"), ("ssä", "sisaolento"),
                 ("seen", "sisatulento"), ("oon", "sisatulento"), ("iin", "sisatulento"), ("nä", "olento"),
                 ("na", "olento"), ("n", "omanto"))


def _case_of(word: str) -> str | None:
    """The case of a unit word as the recogniser names them: the genitive owns, the allative receives."""
    if word in {"osasto", "piiri", "yhdistys"}:
        return "nimento"
    return next((case for ending, case in _CASE_ENDINGS if word.endswith(ending)), None)


# a national organisation's regional branch named by the organisation and its region in the nominative, "MTK
# Keski-Suomi", "ProAgria Etelä-Pohjanmaa", "MTK-Pohjois-Savo"; what comes after the region must not go on with the name
_BRANCH_PLACES = {"Region"}  # a town after a name is as often its seat ("Kirkkopalvelut Järvenpää")
_GOES_ON = re.compile(r"[ \t]*(?:[A-ZÅÄÖ0-9]|ry\b|rf\b|r\.y\.|-)")


def known_branch_mentions(per_sentence: list[list[Mention]], starts: list[int], mentions: list[Mention],
                          text: str) -> None:
    """Replace "<known association> <region>" by one Association mention of the regional branch (in place).

    National associations (reference data) organise by region and name each regional organisation with the national
    name and the region in the nominative; the recogniser read the national organisation and a region, so the
    branch's members and posts went to the national one and an area appeared that the text does not speak of. Only
    a reference association written as its name (no case ending) right before a region in the
    nominative, with no capitalised word (but a person's name), legal form or hyphen after it, is read so."""
    by_start = {m.start: m for m in mentions if m.type in _BRANCH_PLACES and m.case in {"nimento", None}}
    if not by_start:
        return
    people = {m.start for m in mentions if m.type == "Person"}
    for org in [m for m in mentions if m.type == "Association" and m.rule == "gazetteer" and ":" not in m.surface]:
        if text[org.end:org.end + 1] not in {" ", "-"}:
            continue
        place = by_start.get(org.end + 1)
        if place is None or text[place.start:place.end] != place.surface or " " in place.surface.strip() \
                or place.label != place.surface:
            continue  # an inflected or longer place ("Keski-Suomessa", "Oulun kaupunki")
        if (after := _GOES_ON.match(text, place.end)) is not None and after.end() - 1 not in people:
            continue  # the name goes on (a person's name next, in a table row run into one line, does not)
        label = f"{org.surface}{text[org.end]}{place.surface}"
        found = Mention(start=org.start, end=place.end, surface=text[org.start:place.end], label=label,
                        type="Association", rule="association-branch", case="nimento",
                        iri=mint("Association", fold(label)), key=fold(label) or None)
        replace_mentions(per_sentence, starts, mentions, [org, place], found)


# a society named by two or more capitalised names joined by dashes and its kind ("Suomi–Venäjä-seura", "Suomi-Kanada
# -seuralle", "Suomi-Amerikka -yhdistys"): the friendship societies' and twinning associations' shape. The kind comes
# glued with a hyphen or after a space and a hyphen, as a project's "-hanke" does; the recogniser reads the compound's
# last part alone ("Venäjä-seura") or nothing
_PAIR_KINDS = ("seura", "yhdistys", "kerho", "liitto")
_PAIR = re.compile(
    r"(?<![\w–-])(?P<name>[A-ZÅÄÖ][a-zåäö]+(?:[–-][A-ZÅÄÖ][a-zåäö]+)+)(?P<join>-|[ \t]-)(?P<kind>"
    + "|".join(f"(?P<{k}>{_KINDS[k]})" for k in _PAIR_KINDS) + r")(?![\w-])")


def pair_society_mentions(per_sentence: list[list[Mention]], starts: list[int], mentions: list[Mention],
                          text: str) -> None:
    """Add an Association mention for each "<Name>–<Name>-<kind>" or "<Name>-<Name> -<kind>" (in place); the names
    read inside it (a country read as a place, the compound's last part read as the society) go. A longer name over
    it, or another kind of name inside, keeps its own reading."""
    if "-" not in text:
        return
    for m in matches(_PAIR, text):
        a, b = m.start(), m.end()
        inside = [x for x in mentions if x.start < b and a < x.end]
        if any(x.start < a or x.end > b or x.type not in {"Association", "Municipality", "Region"} for x in inside):
            continue
        if any(x.start == a and x.end == b and x.type == "Association" for x in inside):
            continue  # read whole already
        kind = next(k for k in _PAIR_KINDS if m.group(k))
        label = f"{m.group('name')}{m.group('join')}{kind}"
        found = Mention(start=a, end=b, surface=text[a:b], label=label, type="Association", rule="association-pair",
                        iri=mint("Association", fold(label)), key=fold(label) or None,
                        case="nimento" if m.group("kind") == kind else _case_of(m.group("kind")))
        replace_mentions(per_sentence, starts, mentions, inside, found)

