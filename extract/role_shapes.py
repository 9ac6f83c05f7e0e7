"""Roles that real documents state in shapes the other relation rules leave unread.

Read from the writing half of sets 1-7 and the development corpus; each shape is one rule of the
registry in relations.py, reading grammar and layout, never a document's wording:

- the one who applies for money for a project runs it: "Oulun kaupunki hakee ESR-rahoitusta
  X-hankkeelle", "Kyrkslätts kommun ansöker om finansiering för projektet X" (coordinates);
- a Swedish grant row names the receiver, then "för" and its project: "Vanda stad för X, 519 950
  euro." (the receiver runs the project: coordinates);
- a passive grant with receivers in the allative, each with its own sum, after the text named who
  grants: "AVI on myöntänyt valtionavustusta ... Etsivään nuorisotyöhön myönnettiin A:lle N euroa ja
  B:lle M euroa." (funds, the granter the text named; with none named nothing is said);
- members in parentheses after a plural word for them in a sentence of joining: "Hankkeeseen
  osallistuivat alueen kaikki kunnat (A, B ja C)" (each participatesIn).

Only organisations recognised as named entities take part; no rule here invents a funder.
"""

from __future__ import annotations

import re

from welfare_kg.extract.allative_grants import GRANTER_TYPES, RECEIVER_TYPES, allative_tail, own_sums
from welfare_kg.extract.granter_focus import PASSIVE_GRANTS
from welfare_kg.extract.model import Fact, Mention
from welfare_kg.extract.prefilter import guarded
from welfare_kg.extract.relations import (
    DECIDED_PASSIVE,
    OTHER_MONEY,
    PARTNERS,
    Clause,
    in_parentheses,
    is_paying_agency,
    joins_cue,
    joins_nothing,
    rule,
)
from welfare_kg.extract.rule_cues import text_needs

# --- the applicant runs the project ---------------------------------------------------------------------------------

# a form of applying, finite or an infinitive after another verb ("valmistautuu hakemaan", "päätti hakea")
_APPLY = re.compile(r"\b(?:hakee|hakevat|haki|hakivat|hakenut|hakeneet|hakea|hakemaan|ansöker|ansökte|ansökt|"
                    r"ansöka)\b", re.IGNORECASE)
# the money applied for, within a few words after the verb ("ESR-rahoitusta", "om projektfinansiering")
_MONEY_SOUGHT = re.compile(r"(?:\s+[\w:-]+){0,4}?\s+(?:om\s+)?[\w-]*(?:rahoitus|rahoitusta|avustus|avustusta|tukea|"
                           r"finansiering|bidrag|stöd|statsunderstöd)\b", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:ei|eivät|olla)\s+$|\bhakematta\b", re.IGNORECASE)
APPLICANT_TYPES = PARTNERS  # towns, joint authorities, counties, associations, companies, centres, universities
_CLAUSE_STOP = re.compile(r"[.;:]|,\s+(?:joka|jonka|jota|jotka|mutta|kun|som|men)\b", re.IGNORECASE)
# what the money is for: the project in the illative or allative, or after Swedish "för" ("för start av X")
_FOR_PROJECT = re.compile(r"\bför\s+(?:(?:projektet|start\s+av|genomföring\s+av|genomförande\s+av)\s+)?$",
                          re.IGNORECASE)
_PROJECT_CASES = {"sisatulento", "ulkotulento"}


def _applicant(c: Clause, verb_at: int) -> str | None:
    """The organisation applying: the nominative one nearest before the verb in its clause; a board of the
    minutes' own town stands for the town ("Kaupunginhallitus päätti hakea ...")."""
    base, text = c.sent.start, c.sent.text
    before = [m for m in c.free_named if m.end - base <= verb_at and m.case in {"nimento", None}
              and not _CLAUSE_STOP.search(text, m.end - base, verb_at)]
    orgs = [m for m in before if m.type in APPLICANT_TYPES and not in_parentheses(c.sent, m)]
    if orgs:
        subj = orgs[-1]
        # "A ja B hakevat": several applicants apply together, none of them alone runs the project
        joined = [m for m in orgs[:-1] if re.fullmatch(r"\s*(?:,|ja|sekä|och|samt)\s*",
                                                       text[m.end - base:subj.start - base])]
        return None if joined else subj.iri
    bodies = [m for m in before if m.type == "Body"] + [m for m in c.bare_bodies if m.end - base <= verb_at]
    if bodies and c.ctx.municipality:
        return c.ctx.municipality
    return None


def _applied_project(c: Clause, verb_end: int) -> str | None:
    """The project the money is for, named after the verb in the same sentence."""
    base, text = c.sent.start, c.sent.text
    for u in sorted(c.und, key=lambda u: u.start):
        if u.start - base < verb_end or u.type != "Project" or u.iri in c.ctx.funds or not u.iri:
            continue
        if u.case in _PROJECT_CASES or _FOR_PROJECT.search(text[max(verb_end, u.start - base - 40):u.start - base]):
            return u.iri
        # 'kehittämishankkeeseen työnimeltään "X"': the name stands after the word for the project it names
        if re.search(r"\w*(?:hankkeeseen|hankkeelle|projektiin|projektille)\s+(?:työnimeltään|nimeltään|nimeltä)\s*"
                     r"[\"”“«]?\s*$", text[verb_end:u.start - base], re.IGNORECASE):
            return u.iri
    # "hakemaan ESR-rahoitusta kehittämishankkeeseen työnimeltään ...", "ansöker om projektfinansiering för
    # start av ...": a word for one project (no name the recogniser read) is the project the text is about
    stop = _CLAUSE_STOP.search(text, verb_end)
    words = text[verb_end:stop.start() if stop else len(text)]
    if _ONE_PROJECT_WORD.search(words):
        return c.ctx.main_project or c.ctx.doc_project
    return None


# one project as what the money is for: "hankkeeseen", "kehittämishankkeelle", "projektfinansiering för"
_ONE_PROJECT_WORD = re.compile(r"\b\w*(?:hankkeeseen|hankkeelle|projektiin|projektille)\b|\bprojekt(?:finansiering|"
                               r"bidrag|stöd)\w*\s+för\b|\bför\s+projektet\b", re.IGNORECASE)


@rule("coordinates:applicant-verb", "coordinates",
      "'Oulun kaupunki hakee ESR-rahoitusta X-hankkeelle', 'Kyrkslätts kommun ansöker om finansiering för projektet X'",
      text_cues=("hak", "ansök"))
def _applicant_verb(c: Clause) -> list[Fact]:
    """Who applies for money for a project is the project's applicant: it runs the project.

    The money word stands within a few words after the verb and the project after it (illative,
    allative, Swedish "för"); the applicant is the nominative organisation before the verb, alone.
    """
    text = c.sent.text
    low = text.lower()
    if "hak" not in low and "ansök" not in low:  # every form of _APPLY holds one: skip its scan of each sentence
        return []
    for verb in _APPLY.finditer(text):
        if _NEGATED.search(text[max(0, verb.start() - 12):verb.start()]):
            continue
        if not _MONEY_SOUGHT.match(text, verb.end()):
            continue
        who = _applicant(c, verb.start())
        what = _applied_project(c, verb.end()) if who else None
        if who and what and who != what:
            return [Fact(who, "coordinates", what, c.ev, "coordinates:applicant-verb", 0.6)]
    return []


# --- a Swedish grant row: "Vanda stad för X, 519 950 euro." -----------------------------------------------------

# "för", after kind words the receiver's name left out ("Vaalijala samkommun för", "X samkommuns servicecentral för")
_ROW_FOR = re.compile(r"(?:\s+[a-zåäö][\w-]*){0,3}\s+för\s+(?:projektet\s+)?", re.IGNORECASE)


@rule("coordinates:grant-row-receiver", "coordinates",
      "a Swedish grant row 'Vanda stad för Jämförelse av ..., 519 950 euro.': the receiver runs the project",
      needs="euros")
def _grant_row_receiver(c: Clause) -> list[Fact]:
    """A row opening with the receiver, then "för" and the project, then the sum: the receiver's project.

    The receiver opens the row (nothing but a bullet or the row before it) and a sum follows the project
    in its row, so "Staden ansvarar för projektet" or "ett bidrag för projektet" does not read.
    """
    base, text = c.sent.start, c.sent.text
    if not c.euros or "för" not in text.lower():  # a row needs its sum and _ROW_FOR's "för"
        return []
    out: list[Fact] = []
    rows = sorted((m for m in c.free_named if m.iri and m.type in PARTNERS and m.case in {"nimento", None}
                   and _ROW_OPENS.search(text, 0, m.start - base)), key=lambda m: m.start)
    for k, first in enumerate(rows):
        row_end = rows[k + 1].start if k + 1 < len(rows) else c.sent.end
        project = next((u for u in c.und if u.type == "Project" and u.iri and u.iri not in c.ctx.funds
                        and first.end <= u.start < row_end
                        and _ROW_FOR.fullmatch(text[first.end - base:u.start - base])), None)
        if project is None or project.iri == first.iri or not any(project.end <= a.start < row_end for a in c.euros):
            continue
        out.append(Fact(first.iri, "coordinates", project.iri, c.ev, "coordinates:grant-row-receiver", 0.6))
    return out


# where a row opens: the start of the line (a bullet allowed), or right after the full stop of the row before,
# which a transcript may glue on without a space ("114 000 euro.Helsingfors stad för ...")
_ROW_OPENS = re.compile(r"(?:^|\n|[.;]\s*)[ \t•*·–-]*$")


# --- passive grants to receivers in the allative -------------------------------------------------------------------

_PASSIVE_GRANT = guarded(re.compile(r"\b(?:myönnettiin|myönnetään|maksetaan|maksettiin|"
                                    r"(?:on|oli|ovat|olivat)\s+myönnetty|beviljades|"
                                    r"beviljas|"
                                    r"har\s+beviljats)\b", re.IGNORECASE))
# the granter the text names: "X on (vuonna 2017) myöntänyt", "X myönsi", "X:n myöntämä"
ACTIVE_AFTER_NAME = re.compile(r"\s+(?:(?:on|ovat|oli|olivat|har|hade)\s+)?(?:[\w-]+\s+){0,3}?"
                               r"(?:myöntää|myönsi|myöntänyt|myöntävät|myönsivät|myöntäneet|beviljar|beviljade|"
                               r"beviljat)\b", re.IGNORECASE)
_AGENT_PARTICIPLE = re.compile(r"\s+myöntäm\w*", re.IGNORECASE)
# a council deciding a round of grants: "Kaupunginhallitus päättää osoittaa määrärahasta avustuksia N eurolla",
# "Lautakunta päätti myöntää avustukset seuraavasti"; the receivers follow in passive sentences ("A:lle maksetaan")
_COUNCIL_DECIDES = re.compile(r"\s+(?:(?:on|oli)\s+)?(?:päättää|päätti|päättänyt)\s+(?:[\w-]+\s+){0,1}?"
                              r"(?:myöntää|osoittaa|jakaa)\b", re.IGNORECASE)
_ROUND = re.compile(r"(?i)\w*avustuksia\b|\w*avustukset\b")


NAMED_GRANTER_CUES = ("myön", "bevilja", "päät")  # one of them in every sentence named_granter reads a granter in


def named_granter(c: Clause) -> str | None:
    """The one organisation this sentence names granting (active verb after it, or "X:n myöntämä"); public because
    anaphor_receivers puts the same granter in focus for the receivers its later sentences name."""
    base, text = c.sent.start, c.sent.text
    low = text.lower()
    if not any(cue in low for cue in NAMED_GRANTER_CUES):  # every verb read below holds one
        return None
    found = {m.iri for m in c.free_named if m.iri and m.type in GRANTER_TYPES and (
        (m.case in {"nimento", None} and ACTIVE_AFTER_NAME.match(text, m.end - base))
        or (m.case == "omanto" and _AGENT_PARTICIPLE.match(text, m.end - base)))}
    if not found and _ROUND.search(text):
        found = {m.iri for m in c.free_named if m.iri and m.type in {"Body", "Municipality"}
                 and m.case in {"nimento", None} and _COUNCIL_DECIDES.match(text, m.end - base)}
    return next(iter(found)) if len(found) == 1 else None


# a grant a person receives: a scholarship or a grant for research ("apurahat myönnettiin", "stipendi myönnettiin");
# a fee paid to a person ("kokouspalkkio maksetaan") is none
_PERSONAL_GRANT = re.compile(r"(?i)apura(?:ha|ho)|stipend")


def _person_allative(m: Mention) -> bool:
    """A person's name written in the allative whatever the analyser read ("Henna Nikumaalle" for an unknown
    surname): the surface ends in "lle" and the base form does not."""
    return m.type == "Person" and m.surface.endswith("lle") and not m.label.endswith("lle")


@rule("funds:passive-allative-grant", "funds",
      "'X on myöntänyt valtionavustusta ...' then 'Työhön myönnettiin A:lle N euroa ja B:lle M euroa'",
      text_cues=(*NAMED_GRANTER_CUES, *text_needs(DECIDED_PASSIVE)), held=PASSIVE_GRANTS.attr)
def _passive_allative(c: Clause) -> list[Fact]:
    """Receivers in the allative of a passive grant, each with a sum of its own, get the money of the granter the
    text named granting a few sentences before (PASSIVE_GRANTS). A sentence naming another organisation in the
    nominative (a granter of its own) or a giver in the elative or ablative is left to the other rules."""
    naming = named_granter(c)
    if naming is not None:
        PASSIVE_GRANTS.name(c.ctx, naming)
        return []
    held = PASSIVE_GRANTS.step(c.ctx)
    base, text = c.sent.start, c.sent.text
    if held is not None:
        granter = held.granter
    elif c.ctx.municipality and DECIDED_PASSIVE.search(text) and not OTHER_MONEY.search(text):
        granter = c.ctx.municipality  # "Päätösehdotus: X ry:lle myönnetään N euroa": the town of the minutes grants
    else:
        return []
    if not _PASSIVE_GRANT.search(text):
        return []
    named = c.free_named
    if any(m.type in GRANTER_TYPES | {"Ministry", "Body"} and m.case in {"nimento", "ulkoeronto", "sisaeronto"}
           for m in named):
        return []
    # "Lempäälän kunnan nuorisopalveluille myönnettiin 3 000 euroa": a town's service unit receives its own grant;
    # "Apurahat myönnettiin tutkija A:lle (N euroa)": a person receives a grant of research or study
    kinds = RECEIVER_TYPES | {"Body"} | ({"Person"} if _PERSONAL_GRANT.search(text) else set())
    takers = sorted((m for m in named if m.iri and m.type in kinds
                     and (allative_tail(text, base, m) or _person_allative(m))), key=lambda m: m.start)
    out: list[Fact] = []
    for k, m in enumerate(takers):
        stop = takers[k + 1].start if k + 1 < len(takers) else c.sent.end
        own = own_sums(text, base, c.euros, m.end, stop)
        if len(own) != 1 or own[0].approximate:
            return []  # a receiver without one sum of its own: no enumeration of grants
        out.append(Fact(granter, "funds", m.iri, c.ev, "funds:passive-allative-grant", 0.6, amount=own[0].value,
                        start_date=c.start, end_date=c.end))
    return [f for f in out if f.object != granter]


# --- members in parentheses after a plural word for them -----------------------------------------------------------

_COLLECTIVE = re.compile(r"\b(?:kunnat|kaupungit|kuntaa|kuntien|kunnista|hyvinvointialueet|hyvinvointialuetta|"
                         r"maakunnat|maakuntaa|kuntayhtymät|järjestöt|yhdistykset|organisaatiot|kumppanit|"
                         r"toimijat|osapuolet|kommuner|kommunerna|städer|välfärdsområden|välfärdsområdena|"
                         r"organisationer|parter|parterna)\s*\(\s*$", re.IGNORECASE)
MEMBER_TYPES = PARTNERS | {"Region"}


@rule("participatesIn:collective-parentheses", "participatesIn",
      "'Hankkeeseen osallistuivat alueen kaikki kunnat (A, B ja C)': each member in the parentheses joins")
def _collective_parentheses(c: Clause) -> list[Fact]:
    """In a sentence of joining, the names in parentheses right after a plural word for them ("kunnat (...)")
    are the ones who join: the undertaking the sentence names, else the project the text is about."""
    text = c.sent.text
    pending: str | None = getattr(c.ctx, _OPEN_LIST, None)
    setattr(c.ctx, _OPEN_LIST, None)
    out: list[Mention] = []
    target: str | None = None
    close = text.find(")")
    if pending and close >= 0 and "(" not in text[:close]:
        # "kunnat (Porvoo. Sipoo, Loviisa ja Myrskylä)": a stray full stop split the list; its rest up to ")"
        target = pending
        out += _members(c, 0, close, target)
    if "(" in text and joins_cue(c) and not joins_nothing(c.word_lemmas, c.morph, c.sent_undertakings):
        target = c.own_target or c.ctx.main_project or c.ctx.doc_project
        for opening in re.finditer(r"\(", text) if target else ():
            if not _COLLECTIVE.search(text, 0, opening.end()):
                continue
            close = text.find(")", opening.end())
            if close < 0:
                setattr(c.ctx, _OPEN_LIST, target)
            out += _members(c, opening.end(), len(text) if close < 0 else close, target)
    return [Fact(m.iri, "participatesIn", t, c.ev, "participatesIn:collective-parentheses", 0.6)
            for m, t in dict(((m.iri, t), (m, t)) for m, t in out).values()]


_OPEN_LIST = "_role_shapes_open_members"  # the target of a members' list whose ")" the next sentence holds


def _members(c: Clause, lo: int, hi: int, target: str) -> list[tuple[Mention, str]]:
    """The named members between two offsets of the sentence, each with the undertaking they join."""
    base = c.sent.start
    return [(m, target) for m in c.named if m.iri and m.type in MEMBER_TYPES and lo <= m.start - base < hi
            and m.case in {"nimento", None} and m.iri != target]


# --- the implementer of a project: "Hankkeen toteuttajana on X", "X toimii projektin toteuttajana" ------------------

# the role noun right after a project word in the genitive (a project's own implementer, not a course's or a
# service's): singular runs the project, plural ("toteuttajina ovat A ja B") names those who carry it out together
_IMPLEMENTER = re.compile(r"\b(?:hankkeen|projektin|\w+-hankkeen|\w+hankkeen)\s+(?:vastuullinen\s+)?"
                          r"(?P<noun>toteuttaja(?:na|nä)?|toteuttajina|toteuttajat)\b", re.IGNORECASE)
# the next role noun ends the implementer's list: "päätoteuttajana oli X ja osatoteuttajana Y"
_OTHER_ROLE = re.compile(r"\b\w*(?:toteuttaj|kumppan|rahoittaj|hallinnoij|hakij|koordinaattor)\w*", re.IGNORECASE)
_COPULA_AFTER = re.compile(r"\s*(?::|on|ovat|oli|olivat|toimii|toimivat|toimi)\s", re.IGNORECASE)
# "X toimii Y-hankkeen toteuttajana": the copula, then the project's name, then the role noun
_COPULA_BEFORE_ROLE = re.compile(r"\b(?:on|ovat|oli|olivat|toimii|toimivat|toimi)\s+[^.;:,]{0,80}$", re.IGNORECASE)
_LABEL_GAP = re.compile(r"[ \t]+")  # a field's label and its value on one line
_ROLE_CLAUSE_END = re.compile(r"[.;:]\s|[.;]$|\s[–—-]\s|,\s+(?:joka|jonka|jota|jotka|mutta|kun)\b", re.IGNORECASE)


def _undertaking_before(c: Clause, at: int) -> str | None:
    """The undertaking named in the genitive right before a role noun ("Bisnes Lande -hankkeen toteuttajana"),
    else the one the sentence is about, else the project of the text."""
    base = c.sent.start
    named = [u for u in c.und if u.iri and u.iri not in c.ctx.funds and u.end - base <= at
             and not c.sent.text[u.end - base:at].strip()]
    if named:
        return named[-1].iri
    if c.target and c.target not in c.ctx.funds:
        return c.target
    return c.ctx.main_project or c.ctx.doc_project


def _implementers(c: Clause) -> list[tuple[Mention, str, bool]]:
    """(holder, undertaking, plural role noun) of each implementer's role noun after a project word in the genitive:
    the organisations after the copula ("Hankkeen toteuttajana on X"), or the subject before "on/toimii ...
    hankkeen toteuttajana"."""
    base, text = c.sent.start, c.sent.text
    out: list[tuple[Mention, str, bool]] = []
    if "toteuttaj" not in text.lower():  # _IMPLEMENTER's "\w+hankkeen" is slow to scan where no role noun stands
        return out
    for cue in _IMPLEMENTER.finditer(text):
        target = _undertaking_before(c, cue.start("noun"))
        if not target:
            continue
        plural = cue.group("noun").lower() in {"toteuttajina", "toteuttajat"}
        stop = _ROLE_CLAUSE_END.search(text, cue.end())
        other_role = _OTHER_ROLE.search(text, cue.end())
        end = min(stop.start() if stop else len(text), other_role.start() if other_role else len(text))
        copula = _COPULA_BEFORE_ROLE.search(text, 0, cue.start())
        if _COPULA_AFTER.match(text, cue.end()):
            # the names right after the copula; "oli Itä-Suomen yliopiston laitos": a unit's owner is no holder
            after = sorted((m for m in c.free_named if cue.end() <= m.start - base < end), key=lambda m: m.start)
            holders = [m for m in after if m.case in {"nimento", None}]
            if after and after[0] is not (holders[:1] or [None])[0]:
                holders = []
        elif copula is not None:
            holders = [m for m in c.free_orgs if m.end - base <= copula.start()][-1:]
        elif cue.group("noun").lower() == "toteuttaja":
            # a form's field, label then value: "1. Hankkeen toteuttaja Hausjärven kunta Keskustie 2": the role noun
            # in its base form, the name in the nominative right after it (in running text the noun takes a
            # copula or the essive, "toteuttajana")
            holders = [m for m in c.free_named if m.start - base == cue.end() + len(_LABEL_GAP.match(
                text, cue.end()).group()) and m.case in {"nimento", None}][:1]  # type: ignore[union-attr]
        else:
            holders = []
        out += [(m, target, plural) for m in holders if m.iri and m.iri != target and m.type in PARTNERS
                and m.case in {"nimento", None}]
    return out


@rule("coordinates:implementer-noun", "coordinates",
      "'Hankkeen toteuttajana on X', 'X toimii Y-hankkeen toteuttajana': one implementer runs the project",
      text_cues=("toteuttaj",))
def _implementer_noun(c: Clause) -> list[Fact]:
    found = [(m, t) for m, t, plural in _implementers(c) if not plural]
    return [Fact(m.iri, "coordinates", t, c.ev, "coordinates:implementer-noun", 0.65) for m, t in found[:1] if m.iri]


@rule("participatesIn:implementer-noun", "participatesIn",
      "'Hankkeen toteuttajina ovat A ja B': implementers in the plural carry the project out together",
      text_cues=("toteuttaj",))
def _implementers_noun(c: Clause) -> list[Fact]:
    return [Fact(m.iri, "participatesIn", t, c.ev, "participatesIn:implementer-noun", 0.6)
            for m, t, plural in _implementers(c) if plural and m.iri]


# --- a funder who "enables" a project with a fund's money: "Hankkeen mahdollistaa ELY-keskus Maaseuturahastosta" ---

_ENABLE = guarded(re.compile(r"\bmahdollist(?:aa|avat|i|ivat|anut|aneet)\b", re.IGNORECASE))


@rule("funds:enabled-from-fund", "funds",
      "'Hankkeen mahdollistaa Keski-Suomen ELY-keskus Maaseuturahastosta': the authority and the fund pay", needs="und")
def _enabled_from_fund(c: Clause) -> list[Fact]:
    """"Mahdollistaa" is a word of paying only with a fund named as the money's source (in the elative or
    ablative): then the fund funds what the sentence is about, and so does the paying authority that is the
    verb's subject. Without a fund the verb says nothing about money ("X mahdollistaa kokeilun")."""
    if not _ENABLE.search(c.sent.text):
        return []
    funds = [u for u in c.und if u.iri in c.ctx.funds and u.case in {"sisaeronto", "ulkoeronto"}]
    target = c.own_target or c.ctx.main_project or c.ctx.doc_project
    if not funds or not target:
        return []
    payers = [m for m in c.free_orgs if m.case in {"nimento", None} and is_paying_agency_or_council(m)]
    return [Fact(x.iri, "funds", target, c.ev, "funds:enabled-from-fund", 0.6)
            for x in dict((x.iri, x) for x in [*payers, *funds] if x.iri and x.iri != target).values()]


def is_paying_agency_or_council(m: Mention) -> bool:
    """A ministry, a paying state agency (not a university), or a regional council (a JointAuthority that grants)."""
    return is_paying_agency(m) or (m.type == "JointAuthority" and "liitto" in m.label.lower())


# --- the parties of an agreement after a copula: "sopimus, jossa osapuolina ovat A ja B" -----------------------------

_PARTIES_ARE = re.compile(r"\b(?:(?:sopija|sopimus)?osapuol(?:ina|et|ia)|sopijapuol(?:ina|et|ia)|"
                          r"(?:avtals)?parter(?:na)?)\s+(?:ovat|olivat|on|oli|är|var)\s+", re.IGNORECASE)


@rule("participatesIn:parties-are", "participatesIn",
      "'... yhdistymissopimus, jossa osapuolina ovat Vaasan kaupunki ja Vähänkyrön kunta', 'Parter är A och B'",
      text_cues=("puol", "parter"))
def _parties_are(c: Clause) -> list[Fact]:
    """The organisations named after "osapuolina ovat" / "parter är" are the parties of the agreement the sentence
    names before the words (a bare "sopimus" of the text counts), else of the agreement named last before."""
    base, text = c.sent.start, c.sent.text
    out: list[Fact] = []
    low = text.lower()
    if "puol" not in low and "parter" not in low:  # every form of _PARTIES_ARE holds one
        return out
    for cue in _PARTIES_ARE.finditer(text):
        before = [u for u in c.sent_undertakings if u.type == "Agreement" and u.iri and u.end - base <= cue.start()]
        agreement = before[-1].iri if before else c.ctx.agreement
        if not agreement:
            continue
        stop = _ROLE_CLAUSE_END.search(text, cue.end())
        end = stop.start() if stop else len(text)
        out += [Fact(m.iri, "participatesIn", agreement, c.ev, "participatesIn:parties-are", 0.65)
                for m in c.free_orgs if m.iri and cue.end() <= m.start - base < end and m.type in PARTNERS
                and m.case in {"nimento", None} and m.iri != agreement]
    return out


# --- a named project fronted in the partitive before "rahoittaa": "Hyvä arki -hanketta rahoittavat A ja B" ----------

_FUNDING_VERB = re.compile(r"\s+(?:(?:ovat|on)\s+)?(?:rahoittaa|rahoittavat|rahoitti|rahoittivat|rahoittanut|"
                           r"rahoittaneet)\b", re.IGNORECASE)
_FUNDER_TYPES = {"Ministry", "Agency", "CompetenceCentre", "JointAuthority", "WellbeingCounty", "Municipality",
                 "Company", "Association", "Programme"}


@rule("funds:named-object-first", "funds",
      "'Hyvä arki -hanketta rahoittavat Lapin liitto ja Kemin kaupunki': every subject after the verb funds it",
      needs="und")
def _named_object_first(c: Clause) -> list[Fact]:
    """A project named in the partitive at the head of the sentence, then the verb of funding: the names after the
    verb, up to the end of its clause, are its funders (a town too: it is the verb's own subject here)."""
    base, text = c.sent.start, c.sent.text
    first = min(c.und, key=lambda u: u.start, default=None)
    if first is None or first.type != "Project" or first.case != "osanto" or not first.iri \
            or text[:first.start - base].strip():
        return []
    verb = _FUNDING_VERB.match(text, first.end - base)
    if verb is None:
        return []
    stop = _CLAUSE_STOP.search(text, verb.end())
    end = stop.start() if stop else len(text)
    funders = [m for m in c.named if m.iri and id(m) not in c.inside and verb.end() <= m.start - base < end
               and m.case in {"nimento", None} and m.type in _FUNDER_TYPES and m.iri != first.iri]
    return [Fact(m.iri, "funds", first.iri, c.ev, "funds:named-object-first", 0.7)
            for m in dict((m.iri, m) for m in funders).values()]


# --- Swedish "genomförs av A och B": carried out by several together ------------------------------------------------

_CARRIED_OUT_BY = re.compile(r"\bgenomför(?:s|des)\s+(?:gemensamt\s+|tillsammans\s+)?av\s+", re.IGNORECASE)
_LIST_JOINER = re.compile(r"\s*(?:,|och|samt)\s*", re.IGNORECASE)


@rule("participatesIn:carried-out-by-several", "participatesIn",
      "'Projektet genomförs av Vasa stad och Korsholms kommun': several implementers each take part",
      text_cues=("genomför",))
def _carried_out_by_several(c: Clause) -> list[Fact]:
    """Two or more organisations joined right after "genomförs av" carry the project out together: each takes part
    (one alone runs it: coordinates:administer-verb)."""
    base, text = c.sent.start, c.sent.text
    if "genomför" not in text.lower():  # _CARRIED_OUT_BY's verb
        return []
    target = c.own_target or c.ctx.main_project or c.ctx.doc_project
    if not target:
        return []
    out: list[Mention] = []
    for cue in _CARRIED_OUT_BY.finditer(text):
        at, run = cue.end(), []
        for m in sorted(c.free_orgs, key=lambda m: m.start):
            if m.start - base < at:
                continue
            gap = text[at:m.start - base]
            if m.type not in PARTNERS or (run and not _LIST_JOINER.fullmatch(gap)) or (not run and gap.strip()):
                break
            run.append(m)
            at = m.end - base
        if len(run) >= 2:
            out += run
    return [Fact(m.iri, "participatesIn", target, c.ev, "participatesIn:carried-out-by-several", 0.6)
            for m in dict((m.iri, m) for m in out if m.iri and m.iri != target).values()]
