"""Posts news stories give by naming whom a person speaks for or comes from, with no title beside the name.

- a representative: "A on mukana työryhmässä Y ry:n edustajana", "A toimii Y:n edustajana": the organisation's
  genitive right before "edustajana" (essive: in the capacity of its representative), the person the nearest one
  named before it in the sentence, no other person between; the post is "edustaja";
- where the person comes from: "A Y ry:stä vetää hanketta", "A Joensuun kaupungilta kertoo": the organisation in
  the elative or ablative right after the name, one space apart; the story says whose staff or member the person
  is, not what post (no title). A town or region in those cases is where someone comes from, no employer, unless
  its name carries the kind word of the organisation ("kaupungilta", "kunnasta");
- a composition list one organisation a row: "Y ry, edustaja A, puh. ..." (a council for the elderly's member
  organisations and the person each sends); the post is the row's word ("edustaja", "varaedustaja");
- a roster run in from a PDF, each member after the organisation that sends them: "Yhtymäkokousedustajat: A:n
  kaupungista B C D:n kunnasta E F": where such a run alternates organisation and person with single spaces and
  opens with an organisation, each person comes from the organisation before them, not from the one after (which
  names the next member); a run that opens with a person keeps the order above.

The prose post rules need a title beside the name ("projektipäällikkö A Joensuun kaupungilta"), and the
representative's "edustaja" is no office title there; a story's photo caption or quote line often names people
this way only. A person whose post another rule has read keeps that one.
"""

from __future__ import annotations

import re

from welfare_kg.extract.model import Evidence, Fact, Mention

RULE_REPRESENTATIVE = "holdsPost:representative-of"
RULE_FROM = "holdsPost:person-from-org"
CONFIDENCE = 0.6
# who may be represented or employ: organisations, not places
_ORGANISATIONS = {"Association", "Company", "Agency", "Ministry", "CompetenceCentre", "JointAuthority",
                  "WellbeingCounty", "Parish", "Municipality"}
_PLACE_TYPES = {"Municipality"}
# a town named as an organisation by its kind word: "Joensuun kaupungilta", "Liperin kunnasta"
_ORGANISATION_KIND = re.compile(r"(?i)(?:kaupun(?:ki|gi)|kun(?:ta|na|nan))\w*$")
_REPRESENTATIVE = re.compile(r"[ \t]+edustaja(?:na|ksi)\b")
_FROM_CASES = {"sisaeronto", "ulkoeronto"}  # elative "ry:stä", ablative "kaupungilta"
# a kind word of an organisation in the elative or ablative, one space before a name ("kuntayhtymästä ",
# "yhdistyksestä ", "kaupungilta ")
_UNREAD_SENDER = re.compile(r"(?:kuntayhtymä|yhtymä|kaupungi|kunna|yhdistykse|liito|säätiö|keskukse|"
                            r"hyvinvointialuee|seurakunna)(?:st[aä]|lt[aä]) $")
REACH = 120  # characters from the person to the represented organisation


def _is_organisation(m: Mention) -> bool:
    if m.type not in _ORGANISATIONS or not m.iri or m.generic:
        return False
    return m.type not in _PLACE_TYPES or _ORGANISATION_KIND.search(m.surface) is not None


def representative_posts(per_sentence: list[list[Mention]], facts: list[Fact], text: str) -> list[Fact]:
    """holdsPost facts of representatives and of people named with the organisation they come from (module doc)."""
    # a person another rule has posted in an organisation keeps that post ("kehittämispäällikkö A Lahden
    # kampukselta" is read there); a seat in a group ("Ohjausryhmään kuuluvat A ... Y:n edustajana") says no employer
    have = {f.subject for f in facts if f.predicate == "holdsPost" and "/body/" not in f.object}
    out: list[Fact] = []
    for ms in per_sentence:
        people = sorted((m for m in ms if m.type == "Person" and m.iri), key=lambda m: m.start)
        if not people:
            continue
        sent_by = _sending_runs(ms, text)
        for org in (m for m in ms if _is_organisation(m)):
            if id(org) in sent_by:
                sent = sent_by[id(org)]
                found = (sent, RULE_FROM, None) if sent is not None else None
            else:
                found = _represented(org, people, text) or _named_after_org(org, people, text) \
                    or _comes_from(org, people, text)
            if found is None:
                continue
            person, rule, post = found
            if person.iri in have:
                continue
            have.add(person.iri)  # type: ignore[arg-type]
            a, b = person.start, max(org.end, person.end)
            out.append(Fact(person.iri, "holdsPost", org.iri, Evidence(text[a:b], a, b), rule,  # type: ignore[arg-type]
                            CONFIDENCE, post=post))
    return out


def _represented(org: Mention, people: list[Mention], text: str) -> tuple[Mention, str, str | None] | None:
    """"A ... Y ry:n edustajana": the nearest person before the organisation's genitive, no other between."""
    if org.case != "omanto" or _REPRESENTATIVE.match(text, org.end) is None:
        return None
    before = [p for p in people if p.end <= org.start and org.start - p.end <= REACH]
    if not before or re.search(r"[.;!?]\s", text[before[-1].end:org.start]):
        return None
    return before[-1], RULE_REPRESENTATIVE, "edustaja"


# a composition list's row "Y ry, edustaja A": the organisation, a comma, the representative's word, the person
_ROW_REPRESENTATIVE = re.compile(r"[ \t]*,[ \t]*(?P<post>edustaja|varaedustaja|representant|ersättare)[ \t]+")
RULE_ROW_REPRESENTATIVE = "holdsPost:row-representative"


def _named_after_org(org: Mention, people: list[Mention], text: str) -> tuple[Mention, str, str | None] | None:
    """"Y ry, edustaja A, puh. ...": a council's or a group's composition written one organisation a row, each with
    the person it sends; the organisation is written first in the nominative and the person right after the word."""
    if org.case not in {None, "nimento"}:
        return None
    hit = _ROW_REPRESENTATIVE.match(text, org.end)
    if hit is None:
        return None
    person = next((p for p in people if p.start == hit.end()), None)
    return (person, RULE_ROW_REPRESENTATIVE, hit["post"]) if person is not None else None


def _sending_runs(ms: list[Mention], text: str) -> dict[int, Mention | None]:
    """Organisation (by id) -> the person it sends, for each run "O1 P1 O2 P2 ..." of elative or ablative
    organisations and people one space apart that opens with an organisation and holds two pairs or more (module
    doc); every organisation of such a run is settled here, also the last one, which no later person may take."""
    items = sorted((m for m in ms if (m.type == "Person" and m.iri) or (_is_organisation(m) and m.case in _FROM_CASES)),
                   key=lambda m: m.start)
    runs: list[list[Mention]] = []
    for m in items:
        run = runs[-1] if runs else None
        if (run is not None and text[run[-1].end:m.start] == " "
                and (run[-1].type == "Person") != (m.type == "Person")):
            run.append(m)
        else:
            runs.append([m])
    sent: dict[int, Mention | None] = {}
    for run in runs:
        if run[0].type == "Person" and _UNREAD_SENDER.search(text, max(0, run[0].start - 40), run[0].start):
            # "... ympäristöpalvelut kuntayhtymästä A B:n kaupungista C": the run opens with an organisation the
            # recogniser did not read (a transcript's broken word in its name), written in the elative by its kind
            # word; its person is sent by it, and the rest of the run pairs as above
            run = run[1:]
        if not run or run[0].type == "Person" or len(run) < 4:
            continue
        for i in range(0, len(run), 2):  # a trailing organisation sends nobody the run names
            sent[id(run[i])] = run[i + 1] if i + 1 < len(run) else None
    return sent


def _comes_from(org: Mention, people: list[Mention], text: str) -> tuple[Mention, str, str | None] | None:
    """"A Y ry:stä vetää hanketta": the organisation in the elative or ablative one space after the name."""
    if org.case not in _FROM_CASES:
        return None
    person = next((p for p in people if p.end < org.start and text[p.end:org.start] == " "), None)
    if person is None:
        return None
    return person, RULE_FROM, None
