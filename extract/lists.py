"""Lists that name many participants at once, each item its own fact.

- party sections of agreements: under "Sopimuksen osapuolet", "Sopijapuolet", "Parterna"
  every organisation listed (not the post office of its address, not the members in
  parentheses after a joint authority) participatesIn the agreement;
- participant phrases: "Hankkeessa ovat mukana A, B ja C", "I projektet deltar A och B",
  "Mukana ovat ..." and the bulleted list under such a line: each participatesIn the project;
- area phrases of competence centres and other actors: "Poske toimii Lapin ja
  Pohjois-Pohjanmaan alueella, ISO Kainuussa ..." each region coversArea of the actor.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.loaders.record import DocumentRecord

PARTY_TYPES = {"Municipality", "JointAuthority", "WellbeingCounty", "Company", "Association", "Parish",
               "CompetenceCentre", "Agency", "Ministry"}
AREA_TYPES = {"Region", "Municipality", "CooperationArea", "WellbeingCounty"}
AREA_ACTORS = {"CompetenceCentre", "JointAuthority", "WellbeingCounty", "Association", "Agency", "Project",
               "Company"}
PARTY_HEADING = re.compile(
    r"^[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?(?:sopimuksen[ \t]+osapuolet|sopimusosapuolet|sopijapuolet|"
    r"sopijaosapuolet|sopimuspuolet|osapuolet|parterna|avtalsparterna|avtalets[ \t]+parter|parter|"
    r"contracting[ \t]+parties|parties)\b",
    re.IGNORECASE | re.MULTILINE)
_NEXT_HEADING = re.compile(r"(?:^|\n|\s)(\d{1,2})\.?[ \t]+[A-ZÅÄÖ][a-zåäö]", re.MULTILINE)
SECTION_MAX = 5000
_POSTCODE_BEFORE = re.compile(r"\b\d{5}[ \t]*$")
JOIN_PHRASE = re.compile(
    r"\b(?:hankkeessa|hankkeeseen|projektissa|projektiin|kehittämistyössä|yhteistyössä|verkostossa)\s+"
    r"(?:ovat|on|olivat|oli)\s+(?:mukana|osallisena|osallistuneet|osallistumassa)\b|"
    r"\bmukana\s+(?:ovat|olivat|on)\b|\bhankkeeseen\s+osallistuvat\b|\bosatoteuttajina\s+(?:ovat|toimivat)\b|"
    r"\bi\s+projektet\s+(?:deltar|medverkar)\b|\bdeltar\s+i\s+projektet\b|\bsamarbetspartner\s+är\b",
    re.IGNORECASE)
AREA_VERB = re.compile(r"\b(?:toimii|toimivat|verkar|fungerar)\b", re.IGNORECASE)


def _outer(ms: Iterable[Mention]) -> list[Mention]:
    ms = list(ms)
    return [m for m in ms if not any(o is not m and o.start <= m.start and m.end <= o.end
                                     and (o.end - o.start) > (m.end - m.start) for o in ms)]


def _in_parentheses(text: str, start: int, floor: int) -> bool:
    """Whether text[start] lies inside "( ... )" opened after `floor` on the same stretch."""
    opened = text.rfind("(", floor, start)
    return opened >= 0 and text.rfind(")", opened, start) < 0


def _agreement(mentions: list[Mention]) -> str | None:
    titled = next((m.iri for m in mentions if m.rule == "title" and m.iri), None)
    return titled or next((m.iri for m in mentions if m.type == "Agreement" and m.iri and not m.generic), None)


def _section_end(text: str, start: int, number: int | None, mentions: list[Mention]) -> int:
    """Where a party section ends: at the next numbered heading that lists no party itself."""
    limit = min(len(text), start + SECTION_MAX)
    for m in _NEXT_HEADING.finditer(text, start, limit):
        if number is not None and int(m.group(1)) != number + 1:
            continue
        line_end = text.find("\n", m.end())
        line_end = limit if line_end < 0 else line_end
        if not any(x.type in PARTY_TYPES and m.start() <= x.start < line_end for x in mentions):
            return m.start()
    return limit


def party_facts(record: DocumentRecord, mentions: list[Mention]) -> list[Fact]:
    """Each organisation in an agreement's party section participatesIn the agreement."""
    text = record.text
    agreement = _agreement(mentions)
    if agreement is None:
        return []
    out: list[Fact] = []
    for h in PARTY_HEADING.finditer(text):
        num = re.match(r"\s*(\d{1,2})", h.group(0))
        end = _section_end(text, h.end(), int(num.group(1)) if num else None, mentions)
        inside = [m for m in mentions if m.iri and h.end() <= m.start < end]
        for m in _outer(inside):
            if m.type not in PARTY_TYPES:
                continue
            if _POSTCODE_BEFORE.search(text[max(h.end(), m.start - 12):m.start]):
                continue  # "21201 Raisio": the post office of an address
            if _in_parentheses(text, m.start, max(h.end(), m.start - 200)):
                continue  # "Perusturvakuntayhtymä Akseli (Masku, Mynämäki ja Nousiainen)": its members
            ev = Evidence(text[h.start():end][:300], h.start(), end)
            out.append(Fact(m.iri, "participatesIn", agreement, ev, "participatesIn:party-list", 0.8))
    return out


def _focus_project(mentions: list[Mention], pos: int) -> str | None:
    named = [m for m in mentions if m.type == "Project" and m.iri and not m.generic and m.start < pos]
    if named:
        return named[-1].iri
    return next((m.iri for m in mentions if m.type == "Project" and m.iri and not m.generic), None)


def participant_facts(record: DocumentRecord, mentions: list[Mention]) -> list[Fact]:
    """"Hankkeessa ovat mukana A, B ja C" and the bullets under it: each participatesIn the project."""
    text = record.text
    out: list[Fact] = []
    for p in JOIN_PHRASE.finditer(text):
        project = _focus_project(mentions, p.start())
        if project is None:
            continue
        end = _list_end(text, p.end())
        for m in _outer(x for x in mentions if x.iri and p.end() <= x.start < end):
            if m.type in PARTY_TYPES and m.iri != project:
                ev = Evidence(text[p.start():end][:300], p.start(), end)
                out.append(Fact(m.iri, "participatesIn", project, ev, "participatesIn:list", 0.7))
    return out


def _list_end(text: str, start: int) -> int:
    """End of the list after a phrase: the sentence, or the bullet lines that follow a colon."""
    stop = re.search(r"[.!?](?:\s|$)|\n\s*\n", text[start:start + 1500])
    end = start + (stop.start() if stop else min(1500, len(text) - start))
    if text[start:end].rstrip().endswith(":") or text[start:end].strip() == "":
        k = end
        bullets = 0
        for line in re.finditer(r"[^\n]*\n?", text[end:end + 3000]):
            raw = line.group(0)
            if not raw:
                break
            if not raw.strip():
                if bullets:
                    break
                k += len(raw)
                continue
            bullets += 1
            if not re.match(r"\s*(?:[-•*–·]|\d{1,2}[.)])\s+", raw):
                break
            k += len(raw)
        return k
    return end


def area_facts(record: DocumentRecord, mentions: list[Mention]) -> list[Fact]:
    """"X toimii A:n ja B:n alueella, Y toimii C:ssä": each actor coversArea its regions.

    A clause runs from the actor to the next actor after a comma; the regions named in it
    after the verb are the actor's area.
    """
    text = record.text
    out: list[Fact] = []
    for v in AREA_VERB.finditer(text):
        s_start = max(text.rfind(".", 0, v.start()), text.rfind("\n", 0, v.start()), text.rfind(",", 0, v.start()),
                      text.rfind(" ja ", 0, v.start()) + 3) + 1
        actor = [m for m in mentions if m.iri and s_start <= m.start < v.start() and m.type in AREA_ACTORS]
        if len(actor) != 1:
            continue
        window = text[v.end():v.end() + 300]
        dot = re.search(r"[.;\n]", window)
        window = window[:dot.start()] if dot else window
        area_word = re.search(r"\balue(?:ella|illa)\b|\bområde(?:t|na)?\b", window)
        stop = re.search(r",\s", window)
        end = v.end() + (area_word.end() if area_word else stop.start() if stop else len(window))
        # "A:n ja B:n alueella" or "Keski-Suomessa": places right after the verb
        areas = [m for m in _outer(x for x in mentions if x.iri and v.end() <= x.start < end) if m.type in AREA_TYPES]
        for a in areas:
            if a.iri != actor[0].iri:
                ev = Evidence(text[s_start:end], s_start, end)
                out.append(Fact(actor[0].iri, "coversArea", a.iri, ev, "coversArea:operates-in", 0.7))
    return out


def list_facts(record: DocumentRecord, mentions: list[Mention]) -> list[Fact]:
    return party_facts(record, mentions) + participant_facts(record, mentions) + area_facts(record, mentions)
