"""Bulleted grant lists whose lines are rows: "title (ACRONYM), applicant, lead researcher, N euroa".

A funder's news often lists what it funds one project a line, the columns given once in the
list's opening sentence ("Rahoitusta saavat seuraavat hankkeet (hanke, hakija, vastuututkija,
avustusmäärä):"). Recognition knows the applicant (a university, a county) but not the
project title, which is a free phrase; the row's layout says it is one:

- `grant_row_mentions` makes the title of each such line a Project (its acronym a name too);
- the funder of the list funds each title its own amount (funds:grant-list in relations.py);
- `coordinates:grant-row-applicant` here: the organisation after the title is the applicant, who runs it.

A line qualifies only if it opens with a bullet, ends with an amount in euros, and has an
acronym in parentheses after its first field or names an organisation after it; a title
already recognised as something else is left alone.
"""

from __future__ import annotations

import re

from welfare_kg.extract.allative_grants import fronted_receivers
from welfare_kg.extract.granter_focus import FOCUS_GRANTER, GRANT_THEN_RECEIVER
from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.lists import JOINER
from welfare_kg.extract.model import Fact, Mention
from welfare_kg.extract.money import Amount
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import identity_key
from welfare_kg.extract.prefilter import guarded
from welfare_kg.extract.relations import BULLET, FUND_CUES, ORGS, Clause, is_paying_agency, rule
from welfare_kg.extract.rule_cues import text_needs
from welfare_kg.extract.spans import SpanIndex, outermost
from welfare_kg.extract.text_scans import matches

_ROW = re.compile(r"^[ \t]*(?:[-–•*·▪]|\d{1,2}[.)])[ \t]+"
                  r"(?P<body>[^\n]*?\d[\d  .,]*\s*(?:euroa|euro|eur|€|e)\.?)[ \t]*$", re.MULTILINE | re.IGNORECASE)
# the same row with its bullet lost (a web list flattened): "Title (ACR), Lapin yliopisto, Liisa Virtanen, 100 000 €"
# or a table's row ("| Title (ACR), Lapin yliopisto, Liisa Aho | 468 531 € |"), or its sum the next line alone
# Written as the three ways its first form, `[A-ZÅÄÖ][^\n]*?(?:SUM|[^\n]*?[ \t|]*\n[ \t]*SUM)`, is tried, so that a
# line is read once and not once per character (that form was quadratic in the line: 3.4 CPU-s on a 2 MB page of
# long paragraphs): the sum right after the capital; else the sum opening the next line, which reaches the same
# newline from every start, so it succeeds at the first or never; else the sum further on the line, lazily. The same
# matches, spans and groups (tests/test_grant_row_pattern.py compares it with the first form).
_SUM = r"\d[\d  .,]*\s*(?:euroa|euro|eur|€|e)\.?"
_BARE_ROW = re.compile(rf"^[ \t]*(?:\|[ \t]*)?(?P<body>[A-ZÅÄÖ](?:{_SUM}|[^\n]*?[ \t|]*\n[ \t]*{_SUM}|[^\n]+?{_SUM}))"
                       r"[ \t|]*$", re.MULTILINE | re.IGNORECASE)
_ACRONYM = re.compile(r"\s*\((?P<acr>[A-ZÅÄÖ0-9][A-ZÅÄÖ0-9-]{1,20})\)\s*,\s*")
ROW_ORGS = ORGS - {"Body"}


def grant_row_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                       morph: Morphology) -> list[list[Mention]]:
    """The title field of each grant-list row as a Project mention."""
    have = SpanIndex([m for ms in per_sentence for m in ms])
    added: list[Mention] = []
    drop: set[int] = set()
    rows = sorted([*matches(_ROW, text), *matches(_BARE_ROW, text)], key=lambda r: r.start())
    for row in rows:
        a = row.start("body")
        body = row.group("body")
        bare = row.re is _BARE_ROW
        if bare and _ACRONYM.search(body) is None:
            continue  # a line with no bullet is a row only by its "(ACRONYM)," after the title
        orgs = sorted((m for m in have.starting_in(a, row.end()) if m.type in ROW_ORGS), key=lambda m: m.start)
        acr = _ACRONYM.search(body)
        if acr is not None:
            title_end, acronym = a + acr.start(), acr.group("acr")
        else:  # "title, applicant, ...": the title runs up to the comma before the first organisation
            first = next((m for m in orgs if text[a:m.start].rstrip().endswith(",")), None)
            if first is None:
                continue
            title_end, acronym = a + len(text[a:first.start].rstrip().rstrip(",").rstrip()), None
        title = text[a:title_end].strip()
        after = (acr.end() + a) if acr is not None else title_end
        # "(ACRONYM)," after the title marks the row by itself; otherwise an organisation must follow the title
        if (acronym is None and not any(m.start >= after for m in orgs)) or len(title.split()) < 2 \
                or not title[:1].isupper():
            continue
        if any(m.type not in {"Region", "Municipality", "CooperationArea"} and m.end - m.start < title_end - a
               and m.type != "Person" for m in have.overlapping(a, title_end)) \
                or any(m.type in ROW_ORGS and m.start == a for m in have.overlapping(a, title_end)):
            continue  # the line opens with a name recognition knows ("X ry, 5 000 euroa"): no title field
        # "Tupla Kit Raahen seutukunnassa": a place inside the free title is a word of the title, not a mention
        # of the place (nor an area the project covers, which a name's area would otherwise say)
        drop.update(id(m) for m in have.overlapping(a, title_end)
                    if m.type in {"Region", "Municipality", "CooperationArea"} and a <= m.start and m.end <= title_end)
        parts = tuple(p for p in (re.split(r"\s+[–-]\s+", title)[0], acronym) if p and p != title)
        added.append(Mention(start=a, end=title_end, surface=title, label=title, type="Project", rule="grant-row",
                             acronym=acronym, parts=parts, key=identity_key(title, morph) or None))
    return insert_mentions(per_sentence, starts, added, drop) if added else per_sentence


@rule("coordinates:grant-row-applicant", "coordinates",
      "'• Title (ACR), Lapin yliopisto, Liisa Virtanen, 100 000 euroa' under a list of grants", needs="euros")
def _row_applicant(c: Clause) -> list[Fact]:
    """In a row of a grant list, the first organisation after the project's title applied for it and runs it."""
    if c.ctx.grant_list is None or not BULLET.match(c.sent.text) or not c.euros:
        return []
    line_end = c.sent.text.find("\n")
    end = c.sent.end if line_end < 0 else c.sent.start + line_end
    projects = [u for u in c.und if u.type == "Project" and u.rule == "grant-row" and u.end <= end]
    if len(projects) != 1:
        return []
    orgs = [m for m in c.free_orgs if m.type in ROW_ORGS and m.start > projects[0].end and m.end <= end
            and m.case in {"nimento", None} and m.iri != c.ctx.grant_list]
    return [Fact(orgs[0].iri, "coordinates", projects[0].iri, c.ev, "coordinates:grant-row-applicant", 0.65)] \
        if orgs else []


# an agenda item that grants money, the grant named as a noun: "Maakunnan kehittämisrahan myöntäminen X -projektille",
# "EAKR-osuuden ja valtion rahoituksen myöntäminen X -projektille"; "Hakemus ... myöntämiseksi" only asks for it
_GRANTING_ITEM = guarded(re.compile(r"\b(?:\w*rahan|\w*rahoituksen|\w*avustuksen|"
                                    r"\w*osuuden)\s+myöntäminen\b", re.IGNORECASE))
# "Save the jobs -käynnistyshanke -projektille": the allative head stands after a name recognised in the base form
_KIND_ALLATIVE_AFTER = re.compile(r"\s*-\s*(?:projektille|hankkeelle)\b", re.IGNORECASE)
_COUNCIL_WORDS = ("liitto", "förbund")  # maakunnan liitto, landskapsförbund: the regional council
_LAST_COUNCIL = "_grant_rows_last_council"  # kept on the document's Context between sentences


@rule("funds:granting-item", "funds",
      "'Maakunnan kehittämisrahan myöntäminen X -projektille' in a regional council's minutes: the council funds X")
def _granting_item(c: Clause) -> list[Fact]:
    """A regional council's item granting money to a project: the council (the last one named) funds it.

    The project is the first one in the allative after the item's words, before the next item begins.
    """
    councils = [m for m in c.named if m.type == "JointAuthority" and m.iri
                and any(w in f"{m.label} {m.surface}".lower() for w in _COUNCIL_WORDS)]
    last = getattr(c.ctx, _LAST_COUNCIL, None)
    items = list(_GRANTING_ITEM.finditer(c.sent.text))
    out: list[Fact] = []
    for k, item in enumerate(items):
        at = c.sent.start + item.end()
        nxt = c.sent.start + items[k + 1].start() if k + 1 < len(items) else c.sent.end
        before = [m for m in councils if m.end <= at]
        funder = before[-1].iri if before else last
        project = next((u for u in sorted(c.sent_undertakings, key=lambda u: u.start)
                        if at <= u.start < nxt and len(u.label) > 3 and (
                            (u.case == "ulkotulento" and (u.type == "Project" or re.search(
                                r"(?:projekti|hankkee)lle$", u.surface.lower())))
                            or (u.type == "Project"
                                and _KIND_ALLATIVE_AFTER.match(c.sent.text, u.end - c.sent.start)))),
                       None)
        if funder and project is not None and project.iri and project.iri != funder:
            out.append(Fact(funder, "funds", project.iri, c.ev, "funds:granting-item", 0.6))
    if councils:
        setattr(c.ctx, _LAST_COUNCIL, councils[-1].iri)
    return out


# --- grants told in two sentences, and Swedish "understöd till X" ----------------------------------------------

_RECEIVE = guarded(re.compile(r"\b(?:saa|saavat|sai|saivat|saanut|saaneet|on\s+saanut|"
                              r"ovat\s+saaneet)\b", re.IGNORECASE))
_MONEY_NOUN = re.compile(r"\b(?:rahoitus(?:ta)?|rahoituksen|avustusta|avustuksen|valtionavustusta|tukea)\b",
                         re.IGNORECASE)
_GRANT_VERB = guarded(re.compile(r"\b(?:on|ovat|oli)?\s*myöntä(?:nyt|neet|ä|vät|nyt)\b|\bmyönsi\b|\bmyönsivät\b",
                                 re.IGNORECASE))
_PAYERS = {"Ministry", "Agency"}


@rule("funds:receiver-after-grant", "funds",
      "'STM on myöntänyt rahoitusta tutkimushankkeille. X saa rahoitusta yhteensä N euroa.'",
      text_cues=text_needs(_GRANT_VERB), held=GRANT_THEN_RECEIVER.attr)
def _receiver_after_grant(c: Clause) -> list[Fact]:
    """A receiver that the sentence after a ministry's grant names with its sum: the ministry funds it.

    The grant sentence names a ministry or agency granting and no receiver; the next sentence names one
    organisation receiving ("saa rahoitusta") and an amount, and no giver of its own. Any other sentence
    in between (or one naming another giver) closes the pair (GRANT_THEN_RECEIVER: a focus of one sentence).
    """
    text = c.sent.text
    payers = [m for m in c.free_orgs if m.type in _PAYERS and m.case in {"nimento", None}]
    if _GRANT_VERB.search(text) and len(payers) == 1 and not any(
            m.case in {"ulkotulento"} for m in c.named if m.iri != payers[0].iri):
        GRANT_THEN_RECEIVER.name(c.ctx, payers[0].iri)  # "STM on myöntänyt rahoitusta ... hankkeille"
        return []
    held = GRANT_THEN_RECEIVER.step(c.ctx)
    pending = held.granter if held is not None else None
    verb = _RECEIVE.search(text)
    if pending is None or verb is None or not _MONEY_NOUN.search(text, verb.end()) or not c.euros:
        return []
    takers = [m for m in c.free_orgs if m.case in {"nimento", None} and m.end - c.sent.start <= verb.start()
              and m.type in ORGS - {"Body"}]
    givers = [m for m in c.free_orgs if m not in takers and (m.type in _PAYERS or m.case in {"ulkoeronto",
                                                                                              "sisaeronto"})]
    if givers or len(takers) != 1 or takers[0].iri == pending:
        return []
    amount = c.euros[0]
    return [Fact(pending, "funds", takers[0].iri, c.ev, "funds:receiver-after-grant", 0.6, amount=amount.value,
                 amount_qualifier="approximate" if amount.approximate else None)]


# "beslutat om ett årligt 150 000 euros understöd till Novia", "ett bidrag på 20 000 euro till föreningen X"
_TO_RECEIVER = re.compile(r"\b(?:understöd|bidrag|stöd|anslag|finansiering|verksamhetsbidrag|projektbidrag)"
                          r"(?:\s+på\s+[\d  ,.]+\s*(?:euro|€))?\s+till\s+$", re.IGNORECASE)


@rule("funds:swedish-grant-to", "funds", "'Stadsstyrelsen har beslutat om ett 150 000 euros understöd till X'",
      needs="euros")
def _swedish_grant_to(c: Clause) -> list[Fact]:
    """Swedish money "till X" with an amount: the subject before it (a body or an organisation) funds X."""
    base, text = c.sent.start, c.sent.text
    if not c.euros:
        return []
    out: list[Fact] = []
    for r in c.named:
        if r.type not in ORGS | {"Project", "Programme"} or id(r) in c.inside \
                or not _TO_RECEIVER.search(text, 0, r.start - base):
            continue
        cue = _TO_RECEIVER.search(text, 0, r.start - base)
        amount = next((a for a in c.euros if a.start - base < r.start - base), None)
        if cue is None or amount is None:
            continue
        funders = [m for m in c.named if m.type in ORGS and id(m) not in c.inside and m.iri != r.iri
                   and m.end - base <= amount.start - base and m.case in {"nimento", None}]
        if not funders or not r.iri:
            continue
        out.append(Fact(funders[0].iri, "funds", r.iri, c.ev, "funds:swedish-grant-to", 0.65,
                        amount=amount.value, amount_qualifier="approximate" if amount.approximate else None))
    return out


# "Kuopion kaupunki osallistuu hankkeen rahoitukseen 10 000 eurolla", "X deltar i finansieringen med 5 000 euro"
# "Mäntyharju osallistuu vuosittain EU:n ... Leader-ohjelman kuntarahoitukseen": the money word may be a compound
# ("kuntarahoitukseen", "rahoitusosuuteen") and a long genitive chain may name what is paid for
_PAYS_SHARE = guarded(re.compile(r"\b(?:(?:osallistu|sitoutu)\w*\s+(?:[\w:'’-]+\s+){0,8}?\w*(?:rahoitukseen|"
                                 r"kustannuksiin|rahoittamiseen|kuluihin|rahoitusosuuteen)|deltar\s+i\s+(?:finansieringen|"
                                 r"kostnaderna))\b", re.IGNORECASE))


# the sentence's subject is the bare common noun of the minutes' own municipality ("Kunta", "Kaupunki myös"),
# nothing else before the words of paying but adverbs of time or degree
_OWN_TOWN_SUBJECT = re.compile(r"(?:^\s*|,\s+että\s+)(?:Kunta|Kaupunki|kunta|kaupunki)\b(?:\s+(?:myös|siten|"
                               r"näin\s+ollen|edelleen|vuosittain|vuosina\s+[\d\s–-]+|tältä\s+osin))*\s+$")
# the minutes' own board deciding to take part: "Kunnanhallitus päättää sitoutua ... rahoitukseen N eurolla"
_BOARD_DECIDES = re.compile(r"^\s*\S+\s+(?:päättää|päätti|päättänee)\s+$", re.IGNORECASE)


@rule("contributes:pays-share", "contributes",
      "'X osallistuu hankkeen rahoitukseen N eurolla', 'X deltar i finansieringen med N euro'",
      text_cues=text_needs(_PAYS_SHARE))
def _pays_share(c: Clause) -> list[Fact]:
    """The subject that takes part in paying for the undertaking contributes the sum after the words."""
    cue = _PAYS_SHARE.search(c.sent.text)
    target = c.target or c.ctx.main_project or c.ctx.doc_project
    if cue is None or not target or target in c.ctx.funds:
        return []
    base = c.sent.start
    payers = [m.iri for m in c.free_orgs if m.case in {"nimento", None} and m.end - base <= cue.start()
              and m.type in ORGS - {"Body"}]
    if not payers and c.ctx.municipality and (
            _OWN_TOWN_SUBJECT.search(c.sent.text[:cue.start()])
            or (_BOARD_DECIDES.match(c.sent.text[:cue.start()])
                and any(m.start == base + len(c.sent.text) - len(c.sent.text.lstrip())
                        for m in [*c.bare_bodies, *(m for m in c.named if m.type == "Body")]
                        if m.case in {"nimento", None}))):
        # "Kunta osallistuu ...", "Kunnanhallitus päättää sitoutua ...": in a town's minutes the bare word, or the
        # meeting's board opening the sentence, stands for the town itself
        payers = [c.ctx.municipality]
    amount = next((a for a in c.euros if a.start - base >= cue.end()), None)
    if len(payers) != 1 or payers[0] == target:
        return []
    return [Fact(payers[0], "contributes", target, c.ev, "contributes:pays-share", 0.65,
                 amount=amount.value if amount else None,
                 amount_qualifier="approximate" if amount and amount.approximate else None)]


_ENUM_GRANT = re.compile(r"\b(?:myönsi|myöntää|myönnettiin|myönnetään|on\s+myöntänyt|rahoittaa|beviljade|beviljar|"
                         r"har\s+beviljat|beviljades)\b", re.IGNORECASE)
_PAYING = {"Ministry", "Agency", "JointAuthority", "WellbeingCounty", "Municipality", "Association", "Company"}


def _enumerated(c: Clause) -> tuple[str, list[tuple[Mention, int, Amount]]] | None:
    """The granter and each (undertaking, end of its stretch, its amount) of an enumeration of grants."""
    if len(c.euros) < 2:  # two undertakings at least, each with a sum in its own stretch
        return None
    base = c.sent.start
    verb = _ENUM_GRANT.search(c.sent.text)
    if verb is None:
        return None
    granters = [m for m in c.free_orgs if m.case in {"nimento", None} and m.type in _PAYING
                and m.end - base <= verb.start()]
    und = sorted((u for u in c.und if u.iri and u.iri not in c.ctx.funds and u.start - base >= verb.end()
                  and id(u) not in c.inside), key=lambda u: u.start)
    if len(granters) != 1 or len(und) < 2 or not granters[0].iri:
        return None
    items: list[tuple[Mention, int, Amount]] = []
    for k, u in enumerate(und):
        stop = und[k + 1].start if k + 1 < len(und) else c.sent.end
        amount = next((a for a in c.euros if u.end <= a.start < stop), None)
        if amount is None:
            return None  # not an enumeration of sums: the other rules read it
        items.append((u, stop, amount))
    return granters[0].iri, items


@rule("funds:grant-enumeration", "funds",
      "'STM myönsi avustusta seuraavasti: X-hanke (A) 200 000 euroa ja Y-hanke (B) 150 000 euroa'")
def _grant_enumeration(c: Clause) -> list[Fact]:
    """Several undertakings in one grant sentence, each followed by its own sum: the granter (the one
    organisation in the nominative before the verb) funds each its sum."""
    found = _enumerated(c)
    if found is None:
        return []
    granter, items = found
    return [Fact(granter, "funds", u.iri, c.ev, "funds:grant-enumeration", 0.7, amount=a.value,
                 amount_qualifier="approximate" if a.approximate else None)
            for u, _stop, a in items if u.iri]


@rule("coordinates:grant-enumeration-runner", "coordinates",
      "'... X-hanke (Kuopion kaupunki) 200 000 euroa ja Y-hanke (Joensuun kaupunki) ...'")
def _grant_enumeration_runner(c: Clause) -> list[Fact]:
    """In such an enumeration, the organisation in parentheses right after a name carries that undertaking out."""
    found = _enumerated(c)
    if found is None:
        return []
    granter, items = found
    base, text = c.sent.start, c.sent.text
    out: list[Fact] = []
    for u, stop, _a in items:
        runner = next((m for m in c.free_orgs if m.start > u.end and m.end <= stop and m.type in ORGS - {"Body"}
                       and re.fullmatch(r"\s*\(\s*", text[u.end - base:m.start - base])), None)
        if runner is not None and runner.iri and u.iri and runner.iri != granter:
            out.append(Fact(runner.iri, "coordinates", u.iri, c.ev, "coordinates:grant-enumeration-runner", 0.6))
    return out


_SUPPORT_VERB = re.compile(r"\s*(?:tukee|tukevat|tuki|rahoittaa|rahoittavat|rahoitti)\b", re.IGNORECASE)


def _supported_in(c: Clause) -> tuple[Mention, Mention, list[Mention]] | None:
    """(home organisation, funder, projects) of "X ry:ssä F tukee ... A- ja B-hankkeita", if the sentence opens so.

    A municipality in the inessive is where something happens ("Kuopion kaupungissa"), not whose it is.
    """
    base, text = c.sent.start, c.sent.text
    named = sorted((m for m in c.named if m.iri and id(m) not in c.inside), key=lambda m: m.start)
    if len(named) < 2:
        return None
    home, funder = named[0], named[1]
    if home.type not in {"Association", "Company", "CompetenceCentre"} or home.case not in {"sisaolento",
                                                                                             "ulkoolento"} \
            or text[:home.start - base].strip() or funder.type not in {"Ministry", "Agency"} \
            or funder.case not in {"nimento", None} or text[home.end - base:funder.start - base].strip():
        return None
    verb = _SUPPORT_VERB.match(text, funder.end - base)
    if verb is None:
        return None
    projects = [u for u in c.und if u.type == "Project" and u.iri and u.iri not in c.ctx.funds
                and u.start - base >= verb.end() and id(u) not in c.inside]
    return home, funder, projects


@rule("funds:supported-in-organisation", "funds",
      "'Yhdistys X ry:ssä STEA tukee A- ja B-hankkeita': the funder supports the organisation and its projects",
      needs="named")
def _supported_in_organisation(c: Clause) -> list[Fact]:
    """The funder funds the organisation the sentence opens with and each project named after the verb."""
    found = _supported_in(c)
    if found is None:
        return []
    home, funder, projects = found
    return [Fact(funder.iri, "funds", m.iri, c.ev, "funds:supported-in-organisation", 0.6)
            for m in [home, *projects] if m.iri and funder.iri]


@rule("coordinates:supported-in-organisation", "coordinates",
      "'Yhdistys X ry:ssä STEA tukee A- ja B-hankkeita': the projects are the organisation's own", needs="named")
def _runs_supported_projects(c: Clause) -> list[Fact]:
    """The organisation in whose name the funder supports projects runs them."""
    found = _supported_in(c)
    if found is None:
        return []
    home, _funder, projects = found
    return [Fact(home.iri, "coordinates", u.iri, c.ev, "coordinates:supported-in-organisation", 0.55)
            for u in projects if u.iri and home.iri]


_FUND_ACT = guarded(re.compile(r"\b(?:rahoitta(?:a|vat|i|neet|nut)|tuke(?:e|vat)|tuki|myönsi|myöntää|on\s+myöntänyt|"
                               r"finansierar|finansierade|stöder|stödde|beviljade|har\s+beviljat)\b", re.IGNORECASE))


@rule("funds:coordinated-objects", "funds",
      "'STEA rahoittaa A-, B- ja C-hankkeita', 'STM finansierar projekten A och B': each undertaking of the run",
      needs="und",
      text_cues=text_needs(_FUND_ACT))
def _coordinated_objects(c: Clause) -> list[Fact]:
    """One funder before a funding verb and a run of undertakings after it (commas, "ja"/"och"): each is funded.

    A sum stated once for the run belongs to none of them alone, so these facts carry no amount.
    """
    base, text = c.sent.start, c.sent.text
    verb = _FUND_ACT.search(text)
    if verb is None:
        return []
    funders = [m for m in c.free_orgs if m.case in {"nimento", None} and m.type in {"Ministry", "Agency", "Programme"}
               and m.end - base <= verb.start()]
    funders += [u for u in c.und if u.iri in c.ctx.funds and u.case in {"nimento", None}
                and u.end - base <= verb.start()]
    und = sorted((u for u in c.und if u.iri and u.iri not in c.ctx.funds and u.start - base >= verb.end()
                  and id(u) not in c.inside), key=lambda u: u.start)
    if len({f.iri for f in funders}) != 1 or len(und) < 2:
        return []
    run = [und[0]]
    for u in und[1:]:
        if not JOINER.fullmatch(text[run[-1].end - base:u.start - base]):
            break
        run.append(u)
    if len(run) < 2:
        return []
    return [Fact(funders[0].iri, "funds", u.iri, c.ev, "funds:coordinated-objects", 0.6) for u in run
            if u.iri != funders[0].iri]


_MONEY_SOURCE = "_grant_rows_money_source"  # the fund, ministry or agency the latest funding sentence named
_AIMED = guarded(re.compile(r"\b(?:tuki|tuesta|rahoitus|rahoituksesta|avustus|avustuksesta|summa)\s+(?:\w+\s+){0,2}"
                            r"(?:kohdistui|kohdistuu|kohdistuivat|kohdentui|kohdentuu|meni|"
                            r"suuntautui)\b", re.IGNORECASE))


@rule("funds:aimed-at", "funds",
      "'ESR-rahoitusta myönnettiin 11 hankkeelle. Suurin tuki kohdistui X-hankkeeseen': the source funds X",
      needs="named")
def _aimed_at(c: Clause) -> list[Fact]:
    """Money said to go to an undertaking ("tuki kohdistui X-hankkeeseen") comes from the fund, ministry or
    agency the latest funding sentence named (one source only; none named, no fact)."""
    sources = [m for m in c.named if id(m) not in c.inside and m.case in {"omanto", "nimento", None}
               and ((m.type == "Programme" and m.iri in c.ctx.funds) or is_paying_agency(m))]
    cue = _AIMED.search(c.sent.text)
    if cue is None:
        if c.has(FUND_CUES) and len({m.iri for m in sources}) == 1:
            setattr(c.ctx, _MONEY_SOURCE, sources[0].iri)
        return []
    source = sources[0].iri if len({m.iri for m in sources}) == 1 else getattr(c.ctx, _MONEY_SOURCE, None)
    base = c.sent.start
    targets = [u for u in c.und if u.type == "Project" and u.iri and u.iri not in c.ctx.funds
               and u.case in {"sisatulento", "ulkotulento"} and u.start - base >= cue.end()]
    if not source or not targets or targets[0].iri == source:
        return []
    return [Fact(source, "funds", targets[0].iri, c.ev, "funds:aimed-at", 0.6)]


_SV_RECEIVE = guarded(re.compile(r"\b(?:får|fick|har\s+fått|hade\s+fått|erhåller|erhöll|"
                                 r"har\s+erhållit)\b", re.IGNORECASE))


@rule("funds:swedish-receives-from", "funds", "'Projektet får 50 000 euro från X', 'Y fick ett bidrag från X'",
      needs="named",
      text_cues=text_needs(_SV_RECEIVE))
def _swedish_receives_from(c: Clause) -> list[Fact]:
    """Money received "från X": X funds the project the sentence is about, else the receiving organisation."""
    base, text = c.sent.start, c.sent.text
    verb = _SV_RECEIVE.search(text)
    # "har fått ett Leaderstöd av X": the money word may be a compound, and "av" names the giver as "från" does
    if verb is None or not (c.euros or re.search(r"\b\w*(?:bidrag|stöd|finansiering|medel)\w*\b", text,
                                                  re.IGNORECASE)):
        return []
    givers = [m for m in c.named if id(m) not in c.inside and m.start - base > verb.end()
              and (m.type in ORGS - {"Body"} or (m.type == "Programme" and m.iri in c.ctx.funds))
              and re.search(r"\b(?:från|av)\s+$", text[:m.start - base])]
    if len({g.iri for g in givers}) != 1:
        return []
    takers = [m for m in c.free_orgs if m.end - base <= verb.start() and m.iri != givers[0].iri]
    obj = c.target if c.target and c.target not in c.ctx.funds else (takers[-1].iri if takers else None)
    if not obj or obj == givers[0].iri:
        return []
    amount = next((a for a in c.euros if a.start - base >= verb.end()), None)
    return [Fact(givers[0].iri, "funds", obj, c.ev, "funds:swedish-receives-from", 0.65,
                 amount=amount.value if amount else None,
                 amount_qualifier="approximate" if amount and amount.approximate else None)]


_SV_OWN_SHARE = guarded(re.compile(r"\bstår\s+för\s+(?:\w+\s+){0,2}(?:självfinansieringsandel\w*|"
                                   r"egenfinansiering\w*|andel\w*|"
                                   r"kommunandel\w*|kostnader\w*)\b", re.IGNORECASE))


@rule("contributes:swedish-own-share", "contributes", "'X står för projektets självfinansieringsandel på N euro'",
      needs="free_orgs")
def _swedish_own_share(c: Clause) -> list[Fact]:
    """The organisation that "står för" the project's own share pays that share: it contributes its sum."""
    cue = _SV_OWN_SHARE.search(c.sent.text)
    target = c.target or c.ctx.main_project or c.ctx.doc_project
    if cue is None or not target or target in c.ctx.funds:
        return []
    base = c.sent.start
    payers = [m for m in c.free_orgs if m.end - base <= cue.start() and m.type in ORGS - {"Body"}]
    amount = next((a for a in c.euros if a.start - base >= cue.start()), None)
    if len(payers) != 1 or payers[0].iri == target:
        return []
    return [Fact(payers[0].iri, "contributes", target, c.ev, "contributes:swedish-own-share", 0.65,
                 amount=amount.value if amount else None)]


# --- a granter in focus: "RAY jakaa tukia ... X, joka saa tukea N euroa", "SPR:lle N euroa" ---------------------

_DONEE = "_grant_rows_donee"  # the organisation the text last said collects or receives donations
_GRANTING_LEMMAS = {"jakaa", "myöntää"}
_SV_GRANTING = guarded(re.compile(r"\b(?:delar|delade)\s+(?:\w+\s+)?ut\b|\b(?:beviljar|beviljade)\b", re.IGNORECASE))
_HEDGE_BEFORE = re.compile(r"\b(?:lähes|runsaa\w*|miltei|yli|noin|alle|vajaa\w*|n\.|ainakin|jopa|"
                           r"nästan|närmare|över|drygt|cirka|ca\.?|omkring|knappt|upp\s+till)\s*$", re.IGNORECASE)
_COLLECTED = re.compile(r"\b(?:kasaan|kerä\w*|kokoon)\b", re.IGNORECASE)
_DONATION = re.compile(r"\b(?:lahjoitu\w*|donation\w*)", re.IGNORECASE)
_ALLATIVE_HEADLINE = re.compile(r"^\s*(?P<org>[^\n]{2,80}?:lle|[^\n]{2,80}?(?:lle))\s+(?P<rest>[^\n]*?)\s*$")
_GIVER_CASES = {"ulkoeronto", "sisaeronto"}


def _exact_after(c: Clause, pos: int, limit: int | None = None) -> Amount | None:
    """The first amount after `pos` (within `limit` characters) that no hedge word ("lähes", "yli") qualifies."""
    base, text = c.sent.start, c.sent.text
    for a in c.euros:
        if a.start - base < pos or (limit is not None and a.start - base - pos > limit):
            continue
        if a.approximate or _HEDGE_BEFORE.search(text[:a.start - base]):
            return None
        return a
    return None


# between two sums of one receiver: "ja" or "sekä" and a few words that say what the second sum is for
_PURPOSE_JOIN = re.compile(r"\s*(?:euroa|euro|€)?\s+(?:ja|sekä)\s+(?:[\w-]+\s+){1,5}$", re.IGNORECASE)


def _purpose_total(c: Clause, first: Amount) -> Amount:
    """The receiver's total when it got sums for several purposes: "X sai kahvimukeihin 337,20 euroa ja
    tiedotuslehden painatukseen 2 000 euroa" is one grant of 2 337,20 euros (a grant list's row gives each
    receiver its total). Each further sum must follow "ja"/"sekä" and a purpose in the illative right before it
    ("painatukseen"), so "ja Y ry 300 euroa", another receiver, is never added."""
    base, text = c.sent.start, c.sent.text
    total, last = first.value, first
    for a in c.euros:
        if a.start <= last.start:
            continue
        gap = text[last.end - base:a.start - base]
        words = gap.split()
        purpose = bool(words) and any(r.case == "sisatulento" for r in c.morph.analyse(words[-1].strip(",")))
        if _PURPOSE_JOIN.fullmatch(gap) is None or a.approximate or not purpose \
                or any(last.end <= m.start < a.start for m in c.free_orgs):
            break
        total, last = total + a.value, a
    return first if last is first else Amount(total, first.start, last.end)


def _granting_subject(c: Clause) -> tuple[str, bool] | None:
    """The one organisation in the nominative before an active "jakaa" / "myöntää": the sentence's granter.

    A board or a municipality counts only when it hands out grants in the plural with no sum or receiver of
    its own in the sentence ("Lautakunta on myöntänyt kohdeavustuksia.", "Kaupunginhallitus jakoi
    kyläyhdistyksille avustuksia"): a council deciding one matter is no round of grants. The flag says so,
    and such a granter gives money only to associations and companies (a place named after it is no grantee).
    """
    base = c.sent.start
    verbs = [t.start - base for t, lem in c.word_lemmas
             if (lem in _GRANTING_LEMMAS or (lem == "osoittaa" and _ALLOCATED_MONEY.match(c.sent.text, t.end - base)))
             and not t.text.lower().endswith(_PASSIVE)]
    sv = _SV_GRANTING.search(c.sent.text)
    if sv is not None:
        verbs.append(sv.start())
    if verbs:
        subj = {m.iri for m in c.free_orgs if m.iri and m.case in {"nimento", None} and m.end - base <= min(verbs)
                and m.type in ORGS - {"Body", "Municipality"}}
        if subj:
            return (subj.pop(), False) if len(subj) == 1 else None
    verbs += [t.start - base for t, _lem in c.word_lemmas if t.text.lower() in _GRANTING_FORMS]
    if not verbs:
        return None
    at = min(verbs)
    # a council's round of grants: its one nominative Body or Municipality, grants in the plural after the verb
    if not _ROUND_OF_GRANTS.search(c.sent.text[at:]) or (c.euros and not _ROUND_TOTAL.search(c.sent.text)):
        return None
    if any(m.case == "ulkotulento" and m.type in ORGS for m in c.free_orgs):
        return None  # "myönsi X ry:lle ...": one grant of its own, read by the rules for that
    heads = [m for m in c.free_orgs if m.iri and m.case in {"nimento", None} and m.end - base <= at
             and m.type in {"Body", "Municipality"}]
    # "Stadsstyrelsen i Borgå": the town inside the board's own name is no second council
    council = {m.iri for m in outermost(heads)}
    return (council.pop(), True) if len(council) == 1 else None


# "osoittaa" grants only with money as its object ("osoitti toteuttamiseen varat", "osoittaa rahoitusta N euroa"):
# otherwise it shows or points ("Tutkimus osoittaa, että ...")
_ALLOCATED_MONEY = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:varat|varoja|rahoitu\w*|määrärah\w*|avustu\w*|tukea|tuet|"
                              r"rahaa|rahat)\b", re.IGNORECASE)
# finite forms the lemmatiser leaves unlemmatised ("on myöntänyt")
_GRANTING_FORMS = {"myöntänyt", "myöntäneet", "myönsi", "myönsivät", "jakoi", "jakoivat", "jakanut", "jakaneet"}
# grants in the plural: "avustuksia", "kohdeavustukset", "apurahoja", "tukia", "understöd", "bidrag"
_ROUND_OF_GRANTS = re.compile(r"(?i)\w*(?:avustuksia|avustukset|apurahoja|apurahat|tukia|tuet)\b|"
                              r"\b\w*(?:understöd|bidrag)\b")
# a round's total is no grant of its own: "jakoi avustuksia yhteensä 38 350 euroa", "2 273 050 eurolla"
_ROUND_TOTAL = re.compile(r"(?i)\byhteensä\b|\bkaikkiaan\b|\beurolla\b|\btotalt\b|\bsammanlagt\b")
_COUNCIL_TAKERS = {"Association", "Company", "Foundation"}
_RECEIVED_PARTICIPLE = re.compile(r"\b(?:saama|saaman|saamaa|saamat|saamien)\b", re.IGNORECASE)


_PASSIVE = ("taan", "tään", "ttiin", "tty", "ttu", "ettiin", "etään", "etaan", "ettu", "etty")


@rule("funds:granter-in-focus", "funds",
      "'RAY jakaa tukia järjestöille. ... X, joka saa tänä vuonna tukea N euroa', 'X sai N euroa', 'X:lle N euroa'",
      cues=(*sorted(_GRANTING_LEMMAS), "osoittaa"),
      text_cues=(*text_needs(_SV_GRANTING), *sorted(_GRANTING_FORMS)), held=FOCUS_GRANTER.attr)
def _granter_in_focus(c: Clause) -> list[Fact]:
    """A receiver named with its own exact sum after the text named who hands the money out.

    A sentence whose nominative organisation "jakaa" or "myöntää" (active voice) makes that organisation the
    granter in focus until another one is named (FOCUS_GRANTER: for a few sentences after the last grant read
    from it). A later sentence naming one organisation that receives ("saa", "sai", "on saanut") an exact sum,
    or a headline "X:lle N euroa", is that granter's grant.
    Hedged sums ("lähes", "yli"), money collected ("sai kasaan"), a giver of the sentence's own ("STM:ltä")
    and a receiver that is itself the granter say nothing of this granter's grant.
    """
    granting = _granting_subject(c)
    if granting is not None:
        FOCUS_GRANTER.name(c.ctx, granting[0], council=granting[1])
        return []
    held = FOCUS_GRANTER.step(c.ctx)
    if held is None:
        return []
    focus, council = held.granter, held.council
    if not c.euros and not council:
        return []
    base, text = c.sent.start, c.sent.text
    if any(m.case in _GIVER_CASES and m.type in ORGS for m in c.free_orgs) or _COLLECTED.search(text):
        return []
    verb = _RECEIVE.search(text) or _SV_RECEIVE.search(text)
    taker: Mention | None = None
    amount: Amount | None = None
    if verb is not None:
        before = [m for m in c.free_orgs if m.end - base <= verb.start() and m.type in ORGS - {"Body"}]
        if before:
            last = before[-1]
            gap = text[last.end - base:verb.start()]
            if last.case in {"nimento", None} and len(gap) <= 45 and not re.search(r"[.;:]", gap):
                taker, amount = last, _exact_after(c, verb.end(), 60)
                amount = _purpose_total(c, amount) if amount is not None else None
    elif (part := _RECEIVED_PARTICIPLE.search(text)) is not None:
        # "X ry:n saama 1 500 euron avustus": the receiver in the genitive right before the participle
        owner = [m for m in c.free_orgs if m.type in ORGS - {"Body"} and m.case == "omanto"
                 and not text[m.end - base:part.start()].strip()]
        if owner:
            taker, amount = owner[0], _exact_after(c, part.end(), 30)
    else:
        head = _ALLATIVE_HEADLINE.match(text)
        first = min(c.free_orgs, key=lambda m: m.start, default=None)
        if head is not None and first is not None and first.case == "ulkotulento" and first.start == base \
                and len(text.split()) <= 8:
            taker, amount = first, _exact_after(c, first.end - base, 20)
    if council and taker is None and verb is not None:
        # "Avustusta saivat A ry ja B ry", "Tilläggsunderstöd får A och B": the council's receivers after the verb
        items = fronted_receivers(text, base, c.free_named, c.euros, _COUNCIL_TAKERS)
        if items:
            FOCUS_GRANTER.name(c.ctx, focus, council=council)
        return [Fact(focus, "funds", m.iri, c.ev, "funds:granter-in-focus", 0.6, amount=a.value if a else None)
                for m, a in items if m.iri and m.iri != focus]
    if taker is None or amount is None or not taker.iri or taker.iri == focus:
        return []
    if council and taker.type not in _COUNCIL_TAKERS:
        return []
    FOCUS_GRANTER.name(c.ctx, focus, council=council)  # each grant read keeps the list going
    return [Fact(focus, "funds", taker.iri, c.ev, "funds:granter-in-focus", 0.6, amount=amount.value)]


# "X osallistuu N euron lahjoituksella Y:n varainhankintakampanjaan", "N euron lahjoituksella osallistuivat A ja B"
_DONATION_SUM = guarded(re.compile(r"(?P<amt>[\d  .,]+\s*(?:euron|miljoonan\s+euron|tuhannen\s+euron))\s+"
                                   r"lahjoitu(?:ksella|ksin|ksen)\b", re.IGNORECASE))
_CAMPAIGN_WORD = re.compile(r"\s*(?:varainhankin\w*|varainkeru\w*|\w*kampanj\w*|\w*keräy\w*|lahjoitus\w*)",
                            re.IGNORECASE)
_TAKE_PART = re.compile(r"\bosallistu\w*\b", re.IGNORECASE)


@rule("funds:donation-to-campaign", "funds",
      "'X osallistuu N euron lahjoituksella Y:n varainhankintakampanjaan', "
      "'N euron lahjoituksella osallistuivat A ja B'", needs="free_orgs")
def _donation_to_campaign(c: Clause) -> list[Fact]:
    """Each organisation joining a fund-raising with an exact donation funds its owner with that sum.

    The owner is the organisation in the genitive right before the campaign word, else the one the text
    last said collects donations (`_DONEE`: "X sai kasaan N euroa lahjoitusvaroja", or the owner of a
    campaign named before).
    """
    base, text = c.sent.start, c.sent.text
    # the name right before the campaign word owns it; an unknown name ("Centrian") may be read as a nominative,
    # but a name ending in -n glued to a noun can only be its genitive
    owners = [m for m in c.free_orgs if m.type in ORGS - {"Body"} and _CAMPAIGN_WORD.match(text, m.end - base)
              and (m.case == "omanto" or (m.case in {"nimento", None} and m.surface.endswith("n")))]
    if owners:
        setattr(c.ctx, _DONEE, owners[0].iri)
    elif (_RECEIVE.search(text) or _SV_RECEIVE.search(text)) and _DONATION.search(text):
        takers = [m for m in c.free_orgs if m.case in {"nimento", None} and m.type in ORGS - {"Body"}]
        if takers:
            setattr(c.ctx, _DONEE, takers[0].iri)
    donee: str | None = owners[0].iri if owners else getattr(c.ctx, _DONEE, None)
    cue = _DONATION_SUM.search(text)
    if donee is None or cue is None or not _TAKE_PART.search(text):
        return []
    amount = next((a for a in c.euros if cue.start() <= a.start - base < cue.end()), None)
    if amount is None or amount.approximate:
        return []
    donors = [m for m in c.free_orgs if m.case in {"nimento", None} and m.type in ORGS - {"Body"}
              and m.iri != donee and not _CAMPAIGN_WORD.match(text, m.end - base)]
    return [Fact(m.iri, "funds", donee, c.ev, "funds:donation-to-campaign", 0.6, amount=amount.value)
            for m in dict((m.iri, m) for m in donors).values()]


# "Suurimpia lahjoittajia olivat A (60 000 euroa), B (50 000 euroa) ja C (30 000 euroa)"
_DONOR_NOUN = guarded(re.compile(r"\b(?:lahjoittaj\w*|rahoittaj\w*|tukij\w*|donator\w*|"
                                 r"bidragsgivar\w*)\b", re.IGNORECASE))
_PAREN_SUM = re.compile(r"\s*\((?P<sum>[^()]{1,30})\)")


@rule("funds:donor-list", "funds",
      "'Suurimpia lahjoittajia olivat A (60 000 euroa), B (50 000 euroa) ja C (30 000 euroa)'", needs="free_orgs")
def _donor_list(c: Clause) -> list[Fact]:
    """Givers listed after a role noun ("lahjoittajat", "rahoittajat"), each followed by its own sum in
    parentheses, fund the receiver with that sum: the genitive owner of the role noun, else the
    organisation the text last said collects donations, else the undertaking in focus.
    """
    base, text = c.sent.start, c.sent.text
    behind = _DONORS_BEHIND.search(text)
    if behind is not None:
        return _donors_behind(c, behind)
    cue = _DONOR_NOUN.search(text)
    if cue is None or not c.euros:
        return []
    owner = [m for m in c.free_orgs if m.case == "omanto" and m.end - base <= cue.start()
             and text[m.end - base:cue.start()].strip().lower() in {"", "suurimpia", "suurimmat", "merkittävimpiä"}]
    receiver = owner[-1].iri if owner else (getattr(c.ctx, _DONEE, None) or c.target)
    if not receiver:
        return []
    out: list[Fact] = []
    for m in c.named:
        if m.type not in ORGS - {"Body"} or id(m) in c.inside or m.start - base < cue.end() or m.iri == receiver:
            continue
        paren = _PAREN_SUM.match(text, m.end - base)
        if paren is None:
            continue
        amount = next((a for a in c.euros if paren.start("sum") <= a.start - base < paren.end("sum")), None)
        if amount is not None and not amount.approximate and m.iri:
            out.append(Fact(m.iri, "funds", receiver, c.ev, "funds:donor-list", 0.6, amount=amount.value))
    return out


# "Bakom donationen finns tre stiftelser: A, B och C", "Lahjoituksen takana ovat A ja B", "Lahjoittajina ovat A ja B"
_DONORS_BEHIND = guarded(re.compile(r"\b(?:bakom\s+(?:donationen|gåvan)|lahjoituksen\s+takana|lahjoittajina|"
                                    r"donatorerna\s+(?:är|var))\b", re.IGNORECASE))


def _donors_behind(c: Clause, cue: re.Match[str]) -> list[Fact]:
    """The organisations named after words saying who stands behind a donation fund its receiver: the one
    the text just said received the donation ("X har fått en donation", "X sai lahjoituksen").

    A town after the words is where the donors sit ("tre stiftelser i Åbo"), not one of them.
    """
    donee: str | None = getattr(c.ctx, _DONEE, None)
    if donee is None:
        return []
    base = c.sent.start
    donors = [m for m in c.free_orgs if m.start - base >= cue.end() and m.type in ORGS - {"Body", "Municipality"}
              and m.case in {"nimento", None} and m.iri != donee]
    return [Fact(m.iri, "funds", donee, c.ev, "funds:donor-list", 0.55)
            for m in dict((m.iri, m) for m in donors).values()]


# "X-hanke sai 80 000 euroa Kelan tukea", "Y sai N euroa ESR-rahoitusta", "Projektet beviljades N euro i Paf-stöd"
_SUPPORT_AFTER_GENITIVE = re.compile(r"\s+(?:\w+\s+)?(?:tuki|tukea|tuen|avustus|avustusta|avustuksen|rahoitus|"
                                     r"rahoitusta|rahoituksen|valtionavustus|valtionavustusta|valtionavustuksen|"
                                     r"lahjoitus|lahjoituksen|lahjoitusta|stöd|bidrag|understöd|finansiering)\b",
                                     re.IGNORECASE)
_SUPPORT_COMPOUND = re.compile(r"-(?:tuki|tuke|tuen|avustu|rahoitu|stöd|bidrag|understöd|medel|finansiering)\w*$",
                               re.IGNORECASE)
_RIGHT_AFTER_SUM = re.compile(r"\s*(?:i\s+|som\s+)?")
_SV_GRANTED = guarded(re.compile(r"\b(?:beviljades|beviljats|har\s+beviljats|fick|får|har\s+fått|"
                                 r"erhöll)\b", re.IGNORECASE))


@rule("funds:received-support", "funds",
      "'X-hanke sai 80 000 euroa Kelan tukea', 'Y sai N euroa ESR-rahoitusta', "
      "'Projektet beviljades N euro i Paf-stöd'", needs="euros")
def _received_support(c: Clause) -> list[Fact]:
    """A receiver that got an exact sum of someone's support: the owner of the support funds it with that sum.

    The owner is an organisation (or a fund) in the genitive before a word of support ("Kelan tukea") or
    the first part of a support compound ("ESR-rahoitusta", "Paf-stöd"). The receiver is the project the
    sentence names, else the one organisation in the nominative before the verb of receiving.
    """
    base, text = c.sent.start, c.sent.text
    verb = _RECEIVE.search(text) or _SV_GRANTED.search(text)
    if verb is None or len(c.euros) != 1:
        return []
    amount = _exact_after(c, verb.end(), 80)
    if amount is None:
        return []
    # the support's owner stands right after the sum ("N euroa Kelan tukea", "N euro i Paf-stöd")
    owners = [m for m in c.named if m.iri and _RIGHT_AFTER_SUM.fullmatch(text[amount.end - base:m.start - base])
              and (
        ((m.case == "omanto" or (m.case is None and m.surface.endswith("s")))
         and (m.type in FUNDERS_OF_SUPPORT or m.iri in c.ctx.funds)
         and _SUPPORT_AFTER_GENITIVE.match(text, m.end - base))
        or ((m.type in FUNDERS_OF_SUPPORT or m.iri in c.ctx.funds) and _SUPPORT_COMPOUND.search(m.surface))
        or ((m.type in FUNDERS_OF_SUPPORT or m.iri in c.ctx.funds)
            and re.match(r"-(?:tuki|tuke|avustu|rahoitu|stöd|bidrag)\w*", text[m.end - base:])))]
    if len({m.iri for m in owners}) != 1:
        return []
    owner = owners[0].iri
    projects = [u for u in c.und if u.type == "Project" and u.iri not in c.ctx.funds and u.iri != owner]
    takers = [m for m in c.free_orgs if m.case in {"nimento", None} and m.end - base <= verb.start()
              and m.type in ORGS - {"Body"} and m.iri != owner]
    receiver = projects[0].iri if projects else (takers[-1].iri if len(takers) == 1 else None)
    if not receiver or not owner:
        return []
    return [Fact(owner, "funds", receiver, c.ev, "funds:received-support", 0.65, amount=amount.value)]


FUNDERS_OF_SUPPORT = {"Ministry", "Agency", "Association", "Company", "JointAuthority", "WellbeingCounty",
                      "Municipality", "CompetenceCentre"}
