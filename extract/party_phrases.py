"""Parties of agreements and members of joint authorities as real minutes and pages name them.

The older rules find a party when an agreement is named right after "välinen" or under a
"Sopijapuolet" heading. Real texts also say:

- a genitive list before "välinen"/"keskinäinen" whose agreement stands elsewhere in the
  sentence: "X on A:n, B:n sekä C:n keskinäinen sopimus", "Tällä sopimuksella sovitaan A:n ja
  B:n välisestä yhteistyöstä" (then the agreement is the one the text is about);
- the owners of an agreement in the genitive at the head of its name:
  "A:n ja B:n kumppanuussopimuksen tavoitteena ...";
- a counterparty written after an agreement in an item title: "Ostopalvelusopimus ...
  (Espoon kaupunki)", "Kumppanuussopimuksen solmiminen, Satakunnan yhteisöt ry";
- the member municipalities of a joint authority in parentheses after its name:
  "Peruspalvelukuntayhtymä Kalliolle (Alavieska, Nivala, Sievi ja Ylivieska)";
- the subjects of a verb of agreeing, the agreement named in the sentence or the one the text is about:
  "A, B ja C ovat sopineet yhteistyöstä tällä sopimuksella", "Kommunerna A, B och C har enats om att samverka".

Each is a rule of the relation registry (relations.py). Names come from recognition only.
"""

from __future__ import annotations

import re

from welfare_kg.extract.lists import JOINER
from welfare_kg.extract.model import Fact, Mention
from welfare_kg.extract.prefilter import guarded
from welfare_kg.extract.relations import PARTIES, Clause, is_paying_agency, rule
from welfare_kg.extract.rule_cues import text_needs

_MUTUAL = guarded(re.compile(r"\s*(?:välinen|välisen|väliseen|välisessä|välisestä|välistä|väliset|välisten|välillä|"
                             r"keskinäinen|keskinäisen|keskinäiseen|keskinäisessä|keskinäisestä|keskinäistä)\b",
                             re.IGNORECASE))
AGREEMENT_WORD = ("sopimu", "sopimus", "avtal", "överenskommelse")


def _genitive_chain(c: Clause, end: int) -> list[Mention]:
    """Organisations in the genitive, joined only by commas and "ja"/"sekä", that end right before `end`."""
    text, base = c.sent.text, c.sent.start
    orgs = sorted((m for m in c.named if m.type in PARTIES), key=lambda m: -m.end)
    chain: list[Mention] = []
    pos = end
    for m in orgs:
        if m.end > pos or any(x.start <= m.start and m.end <= x.end for x in chain):
            continue
        gap = text[m.end - base:pos - base]
        if m.case not in {"omanto", None} or not m.surface.endswith("n"):
            break
        if chain and not JOINER.fullmatch(gap):
            break
        if not chain and gap.strip():
            break
        chain.append(m)
        pos = m.start
    return chain[::-1]


def _agreements(c: Clause) -> list[Mention]:
    return [u for u in c.sent_undertakings if u.type == "Agreement" and u.iri]


@rule("participatesIn:mutual-genitives", "participatesIn",
      "'X on A:n, B:n sekä C:n keskinäinen sopimus', 'Tällä sopimuksella sovitaan A:n ja B:n välisestä yhteistyöstä'",
      needs="named",
      text_cues=text_needs(_MUTUAL))
def _mutual(c: Clause) -> list[Fact]:
    """Genitives before "välinen"/"keskinäinen" are the parties of the agreement the sentence speaks of:
    one named right after the word, else one before the list (the copula's subject), else the agreement
    in focus when the sentence calls it by a bare word ("tällä sopimuksella")."""
    text, base = c.sent.text, c.sent.start
    out: list[Fact] = []
    for w in _MUTUAL.finditer(text):
        chain = _genitive_chain(c, w.start() + base)
        own = _own_town_before(c, chain)
        if len(chain) + (own is not None) < 2:
            continue
        after = [a for a in _agreements(c) if w.end() + base <= a.start <= w.end() + base + 40
                 or (a.start <= chain[0].start and a.end >= w.end() + base)]
        before = [a for a in _agreements(c) if a.end <= chain[0].start]
        copula = bool(before) and re.search(r"\b(?:on|ovat|oli|är|var)\b",
                                            text[before[-1].end - base:chain[0].start - base]) is not None
        if copula:  # "HUS-järjestämissopimus on A:n, B:n sekä C:n keskinäinen sopimus"
            target = before[-1].iri
        elif after:
            target = after[0].iri
        elif before:
            target = before[-1].iri
        elif any(lem.startswith(AGREEMENT_WORD) for lem in c.lemmas) and c.ctx.agreement:
            target = c.ctx.agreement
        else:
            continue
        out += [Fact(m.iri, "participatesIn", target, c.ev, "participatesIn:mutual-genitives", 0.7)
                for m in chain if m.iri and m.iri != target]
        if own is not None and own != target and own not in {m.iri for m in chain}:
            out.append(Fact(own, "participatesIn", target, c.ev, "participatesIn:mutual-genitives", 0.7))
    return out


# the town of the minutes named by its kind as the first party: "kunnan ja X ry:n välinen", "Kaupungin ja Y Oy:n"
_OWN_TOWN = re.compile(r"(?i)\b(?:kunnan|kaupungin)\s+(?:ja|sekä)\s+$")


def _own_town_before(c: Clause, chain: list[Mention]) -> str | None:
    """The minutes' municipality when a bare "kunnan"/"kaupungin" stands before the parties' genitives: the text's
    own town names itself by its kind, as a party beside the named one."""
    if not chain or not c.ctx.municipality:
        return None
    text, base = c.sent.text, c.sent.start
    return c.ctx.municipality if _OWN_TOWN.search(text[max(0, chain[0].start - base - 30):chain[0].start - base]) \
        else None


@rule("participatesIn:agreement-owners", "participatesIn", "'A:n ja B:n kumppanuussopimuksen tavoitteena on ...'",
      needs="named")
def _owners(c: Clause) -> list[Fact]:
    """Two or more organisations in the genitive that open an agreement's own name are its parties."""
    out: list[Fact] = []
    text, base = c.sent.text, c.sent.start
    for a in _agreements(c):
        inside = sorted((m for m in c.named if m.type in PARTIES and a.start <= m.start and m.end < a.end),
                        key=lambda m: m.start)
        if len(inside) < 2 or inside[0].start != a.start or _MUTUAL.search(a.surface):
            continue  # "A:n ja B:n välinen sopimus": participatesIn:mutual-genitives
        run = [inside[0]]
        for m in inside[1:]:
            if JOINER.fullmatch(text[run[-1].end - base:m.start - base]):
                run.append(m)
        if len(run) >= 2 and all(m.case in {"omanto", None} and m.surface.endswith("n") for m in run):
            out += [Fact(m.iri, "participatesIn", a.iri, c.ev, "participatesIn:agreement-owners", 0.65)
                    for m in run if m.iri]
    return out


@rule("participatesIn:title-counterparty", "participatesIn",
      "'Ostopalvelusopimus ... (Espoon kaupunki)', 'Kumppanuussopimuksen solmiminen, Satakunnan yhteisöt ry'")
def _counterparty(c: Clause) -> list[Fact]:
    """An organisation in the base form after an agreement on the same title line, set off by a comma or
    in parentheses at the line's end, is the other party of that agreement."""
    text, base = c.sent.text, c.sent.start
    out: list[Fact] = []
    for a in _agreements(c):
        line_end = text.find("\n", a.end - base)
        line_end = len(text) if line_end < 0 else line_end
        for m in c.named:
            if m.type not in PARTIES or m.start < a.end or m.end - base > line_end or m.case not in {"nimento", None}:
                continue
            before = text[a.end - base:m.start - base]
            tail = text[m.end - base:line_end]
            comma = re.fullmatch(r"(?:\s+\w+){0,2}\s*,\s*", before) is not None and not tail.strip(" .")
            # "Ostopalvelusopimus koskien ... (Espoon kaupunki)": the title's last words, the party alone in brackets
            paren = before.rstrip().endswith("(") and len(before) < 300 and not re.search(r"[.;:()]", before[:-1]) \
                and re.match(r"\s*\)", tail) is not None \
                and not any(0 <= m.start - x.end <= 2 for x in c.named if x is not m and x.start >= a.end)
            if (comma or paren) and m.iri and m.iri != a.iri:
                out.append(Fact(m.iri, "participatesIn", a.iri, c.ev, "participatesIn:title-counterparty", 0.65))
        if out:
            break
    return out


# "X:n kanssa tehtävän/solmittavan/solmitun/tehdyn sopimuksen": a participle of making between the other party and
# the agreement (up to two words of the agreement's own before its head: "tehtävän uuden palvelusopimuksen")
_WITH_MADE = re.compile(r"\s+kanssa\s+(?:tehtäv|tehd|tehty|solmittav|solmit|laadittav|allekirjoitettav|"
                        r"allekirjoitet|uusittav|jatkettav)\w*(?:\s+[a-zåäö]\w*){0,2}\s+$", re.IGNORECASE)
# "solmia/tehdä/hyväksyä palvelusopimus X Oy:n kanssa", "solmii X:n kanssa sopimuksen": the act of making it
_MAKING_VERBS = {"solmia", "tehdä", "allekirjoittaa", "hyväksyä", "uusia", "jatkaa"}


@rule("participatesIn:made-with", "participatesIn",
      "'hyväksyy X ry:n kanssa tehtävän yhteistyösopimuksen', 'solmii palvelusopimuksen X Oy:n kanssa'", needs="named")
def _made_with(c: Clause) -> list[Fact]:
    """The one an agreement is made with ("kanssa") is its other party: a minutes item approves "the agreement to
    be made with X" far more often than it names both parties. Only an organisation in the genitive right before
    "kanssa", and "kanssa" right by the agreement: after it (inside its name, or right after it in the nominative
    as a title writes it, or with a verb of making), or before it through a participle of making (or the verb
    itself: "solmii X:n kanssa sopimuksen")."""
    text, base = c.sent.text, c.sent.start
    making = any(lem in _MAKING_VERBS for lem in c.lemmas)
    out: list[Fact] = []
    for m in c.named:
        if m.type not in PARTIES or not m.iri or m.case not in {"omanto", None} or not m.surface.endswith("n"):
            continue
        after = text[m.end - base:]
        if not re.match(r"\s+kanssa\b", after):
            continue
        for a in _agreements(c):
            if a.iri == m.iri:
                continue
            if a.start <= m.start < a.end:  # "Yhteistyösopimus X ry:n kanssa": a title names its other party
                made = a.end >= m.end
            elif a.start >= m.end:
                between = text[m.end - base:a.start - base]
                made = _WITH_MADE.fullmatch(between) is not None or (
                    making and re.fullmatch(r"\s+kanssa\s+", between) is not None)
            else:  # "solmia palvelusopimuksen X Oy:n kanssa", "Ostopalvelusopimus X ry:n kanssa": the party right
                # after the agreement (not "neuvottelee sopimuksesta X:n kanssa": what is talked over)
                made = not text[a.end - base:m.start - base].strip() and (making or a.case in {"nimento", None})
            if made:
                out.append(Fact(m.iri, "participatesIn", a.iri, c.ev, "participatesIn:made-with", 0.65))
                break
    return out


# "ramavtalet med X Oy", "avtal med X rf om ...": Swedish writes the other party after "med" right by the agreement
_WITH_SV = re.compile(r"\s+med\s+$", re.IGNORECASE)


@rule("participatesIn:avtal-med", "participatesIn", "'Godkännande av ramavtalet med X Oy', 'samarbetsavtal med Y rf'")
def _avtal_med(c: Clause) -> list[Fact]:
    """The organisation right after "med" that follows an agreement's head word (inside the agreement's own name,
    or right after it) is the other party, as "X:n kanssa" is in Finnish (`_made_with`)."""
    text, base = c.sent.text, c.sent.start
    out: list[Fact] = []
    for a in _agreements(c):
        head = re.search(r"(?i)avtal\w*", a.surface)
        if head is None:
            continue
        head_end = a.start + head.end()
        for m in c.named:
            if m.type not in PARTIES or not m.iri or m.iri == a.iri or m.start < head_end \
                    or m.start - head_end > 8 or not _WITH_SV.fullmatch(text[head_end - base:m.start - base]):
                continue
            out.append(Fact(m.iri, "participatesIn", a.iri, c.ev, "participatesIn:avtal-med", 0.65))
            break
    return out


# "myymisestä", "ostamisesta", "vuokraamisesta", "luovuttamisesta": the verbal noun of an agreement's purpose, whose
# goal or source (allative, ablative) right after it is the one the agreement is made with
_PURPOSE_NOUN = re.compile(r"(?i)\b[a-zåäö-]+mise(?:sta|stä)\s+$")
_TO_OR_FROM = {"ulkotulento", "ulkoeronto"}


@rule("participatesIn:purpose-counterparty", "participatesIn",
      "'Sopimus hammaslääkäripalveluiden myymisestä X:n kunnalle', 'sopimus tilojen vuokraamisesta X Oy:ltä'")
def _purpose_counterparty(c: Clause) -> list[Fact]:
    """The one a service is sold to or bought from in an agreement named by its purpose is the agreement's other
    party: an organisation in the allative or the ablative right after the purpose's verbal noun, inside the
    agreement's name (a title) or right after it (running text)."""
    text, base = c.sent.text, c.sent.start
    out: list[Fact] = []
    for m in c.named:
        if m.type not in PARTIES or not m.iri or m.case not in _TO_OR_FROM:
            continue
        before = text[:m.start - base]
        if _PURPOSE_NOUN.search(before[-60:]) is None:
            continue
        for a in _agreements(c):
            if a.iri != m.iri and (a.start <= m.start < a.end or (
                    a.end <= m.start and not text[a.end - base:m.start - base].strip())):
                out.append(Fact(m.iri, "participatesIn", a.iri, c.ev, "participatesIn:purpose-counterparty", 0.65))
                break
    return out


@rule("partOf:members-in-parentheses", "partOf",
      "'Peruspalvelukuntayhtymä Kalliolle (Alavieska, Nivala, Sievi ja Ylivieska)': members of a joint authority",
      needs="named")
def _members(c: Clause) -> list[Fact]:
    """Municipalities listed alone in parentheses right after a joint authority are its members."""
    text, base = c.sent.text, c.sent.start
    out: list[Fact] = []
    for ja in (m for m in c.named if m.type == "JointAuthority" and m.iri):
        opened = re.match(r"\s*\(", text[ja.end - base:])
        if not opened:
            continue
        start = ja.end - base + opened.end()
        close = text.find(")", start)
        if close < 0:
            continue
        munis = sorted((m for m in c.named if m.type == "Municipality" and start <= m.start - base
                        and m.end - base <= close), key=lambda m: m.start)
        rest = text[start:close]
        for m in munis:
            rest = rest.replace(m.surface, "", 1)
        if len(munis) >= 2 and _only_joiners(rest):
            out += [Fact(m.iri, "partOf", ja.iri, c.ev, "partOf:members-in-parentheses", 0.7)
                    for m in munis if m.iri and m.iri != ja.iri]
    return out


def _only_joiners(rest: str) -> bool:
    return re.fullmatch(r"(?:\s*(?:,|ja|sekä|och|samt)\s*)*", rest) is not None


# "X-hankkeeseen, jossa A ja B kehittävät ...", "hanke, jossa ovat mukana A ja B", "projektet, där A och B utvecklar"
_RELATIVE = re.compile(r"\s*,?\s*(?:jossa|missä|där)\s+", re.IGNORECASE)
_ACTOR_VERB = re.compile(r"\s*(?:kehittävät|kehittää|toteuttavat|toteuttaa|tekevät|ovat|ovat\s+mukana|"
                         r"ovat\s+kumppaneina|yhdistävät|pilotoivat|utvecklar|genomför|samarbetar|deltar)\b",
                         re.IGNORECASE)


@rule("participatesIn:relative-clause", "participatesIn",
      "'X-hankkeeseen, jossa A ja B kehittävät ...', 'projektet Y, där A och B utvecklar ...'", needs="und")
def _relative_clause(c: Clause) -> list[Fact]:
    """Organisations that open the relative clause after a project's name, before their verb, work in it.

    Only the run of organisations right after "jossa"/"där" (commas and "ja"/"och" between them) and
    only when a verb of doing follows the run: "jossa Kuopion kaupunki järjestää" reads, "jossa on
    mukana", "jossa tutkitaan Kuopion kaupungin" (no subject run) does not.
    """
    base, text = c.sent.start, c.sent.text
    out: list[Fact] = []
    named = sorted((m for m in c.named if m.iri and id(m) not in c.inside), key=lambda m: m.start)
    for u in c.und:
        if u.type != "Project" or u.iri in c.ctx.funds:
            continue
        rel = _RELATIVE.match(text, u.end - base)
        if rel is None:
            continue
        at, run = rel.end(), []
        for m in named:
            if m.start - base < at:
                continue
            gap = text[at:m.start - base]
            if m.type not in PARTIES or m.case not in {"nimento", None} or (run and not JOINER.fullmatch(gap)) \
                    or (not run and gap.strip()):
                break
            run.append(m)
            at = m.end - base
        if run and _ACTOR_VERB.match(text, at):
            out += [Fact(m.iri, "participatesIn", u.iri, c.ev, "participatesIn:relative-clause", 0.6)
                    for m in run if m.iri != u.iri]
    return out


# "Osaamiskeskus X siirtyy liikkeenluovutuksella Y:lle", "X siirtyy osaksi Y:tä", "X överförs till Y genom
# en överlåtelse av rörelse": an organisation taken over becomes part of the one that takes it
_TAKEOVER = guarded(re.compile(r"\b(?:liikkeenluovutu\w*|osaksi|överlåtelse\s+av\s+rörelse|uppgår\s+i|"
                               r"blir\s+en\s+del\s+av)\b",
                               re.IGNORECASE))
_MOVES = guarded(re.compile(r"\b(?:siirty(?:y|vät|i|ivät|nyt|neet)|siirret(?:ään|tiin)|siirrymme|jatkaa|jatkavat|"
                            r"överförs|överfördes|övergår|övergick|flyttar|uppgår|blir)\b", re.IGNORECASE))
_TAKEN = {"CompetenceCentre", "Company", "Association", "Body"}
_TAKERS = {"WellbeingCounty", "JointAuthority"}


@rule("partOf:taken-over", "partOf",
      "'Osaamiskeskus X siirtyy liikkeenluovutuksella Y:n hyvinvointialueelle', 'X siirtyy osaksi Y:tä'",
      needs="free_orgs")
def _taken_over(c: Clause) -> list[Fact]:
    """The organisation in the nominative that moves into a wellbeing county or joint authority by a
    business transfer ("liikkeenluovutus") or "osaksi" is part of it from then on.

    The taker stands after the verb in the allative or illative ("hyvinvointialueelle", "osaksi
    hyvinvointialuetta") or, in Swedish, after "till"/"i"/"av"; a municipality is never taken over
    (its services move, not the municipality).
    """
    base, text = c.sent.start, c.sent.text
    cue, verb = _TAKEOVER.search(text), _MOVES.search(text)
    if cue is None:
        return []
    if verb is None:
        movers = []
    else:
        movers = [m for m in c.free_orgs if m.type in _TAKEN and m.case in {"nimento", None}
                  and m.end - base <= verb.start()]
    if not movers and cue.group().lower().startswith("liikkeenluovutu"):
        # "X:n toiminnan ja henkilöstön liikkeenluovutus Y:lle tapahtuu ...": the genitive owner of the transfer
        movers = [m for m in c.free_orgs if m.type in _TAKEN and m.case == "omanto" and 0 <= cue.start() - (
            m.end - base) <= 40 and len(text[m.end - base:cue.start()].split()) <= 4]
        verb = cue
    if not movers or verb is None:
        return []
    takers = [m for m in c.free_orgs if m.type in _TAKERS and m.start - base >= verb.end() and (
        m.case in {"ulkotulento", "sisatulento", "osanto"} or (m.case is None and re.search(
            r"\b(?:till|i|av)\s+$", text[:m.start - base])))]
    if not movers or not takers:
        return []
    mover, taker = movers[-1], takers[0]
    if mover.iri == taker.iri or not mover.iri or not taker.iri:
        return []
    return [Fact(mover.iri, "partOf", taker.iri, c.ev, "partOf:taken-over", 0.65)]


# "A ja B käynnistivät X-hankkeen", "A, B och C startade projektet X": the organisations that start it take part;
# a news page tells the start in the present ("X aloittaa Y-hankkeen", "A och B startar projektet")
_START_VERB = re.compile(r"\s*(?:ovat\s+|on\s+|har\s+)?(?:(?P<start>käynnistivät|käynnisti|käynnistäneet|"
                         r"käynnistänyt|aloittivat|aloitti|aloittaneet|aloittanut|perustivat|startade|startat|inledde|"
                         r"inlett|sjösatte|käynnistää|käynnistävät|aloittaa|aloittavat|startar|inleder)|"
                         # entering an agreement: "A ja B ovat solmineet sopimuksen X", "A undertecknade avtalet"
                         r"solmivat|solmi|solmineet|solminut|allekirjoittivat|allekirjoitti|allekirjoittaneet|"
                         r"allekirjoittanut|tekivät|tehneet|ingick|ingått|undertecknade|undertecknat)\b",
                         re.IGNORECASE)


# a bare project word as the object of a verb of starting: "käynnistävät (yhdessä) (uuden) pilottihankkeen"
_BARE_PROJECT_OBJECT = re.compile(r"\s*(?:(?:yhdessä|nyt|myös|uuden|yhteisen)\s+){0,2}"
                                  r"(?:[a-zåäö]*hankkeen|[a-zåäö]*projektin|projektet)\b", re.IGNORECASE)


# "Centret för livslångt lärande vid Åbo Akademi, X-institutet vid Y och Z startade ...": a unit "vid" its
# university, which recognition may not know as a name; the university it belongs to stands for it
_UNIT_AT = re.compile(r"[^,.;:]{1,90}?\s(?:vid|inom)\s+")
_JOIN_UNIT = re.compile(r"\s*(?:,|ja|sekä|och|samt)\s*[^,.;:]{1,90}?\s(?:vid|inom)\s+")


def starting_run(c: Clause) -> tuple[list[Mention], list[str], bool, list[Mention]]:
    """A run of organisations in the nominative opening the sentence, a verb of starting or of entering an agreement
    after it, and the project after the verb: (the run, the projects, whether the verb starts something rather than
    enters an agreement, the partners in the genitive before "kanssa"); empty lists when the sentence is no such."""
    base, text = c.sent.start, c.sent.text
    named = sorted((m for m in c.named if m.iri and id(m) not in c.inside), key=lambda m: m.start)
    run: list[Mention] = []
    at = 0
    for m in named:
        if run and m.end - base <= at:
            continue  # the university inside its unit's name ("Handelshögskolan vid Åbo Akademi")
        gap = text[at:m.start - base]
        # a unit named with its university ("Handelshögskolan vid Åbo Akademi", organisation_units.py) takes part
        unit = m.type == "Body" and m.rule == "organisation-unit"
        if (m.type not in PARTIES and not unit) or m.case not in {"nimento", None} \
                or (run and not (JOINER.fullmatch(gap) or _JOIN_UNIT.fullmatch(gap))) \
                or (not run and gap.strip() and not _UNIT_AT.fullmatch(gap)):
            break
        run.append(m)
        at = m.end - base
    verb = _START_VERB.match(text, at) if run else None
    if verb is None:
        return [], [], False, []
    projects = [u.iri for u in c.sent_undertakings if u.type in {"Project", "Agreement"} and u.iri
                and u.start - base >= verb.end() and u.iri not in c.ctx.funds]
    if not projects and c.ctx.agreement and re.match(r"\s*(?:\w+\s+)?(?:\w*sopimuksen|avtalet)\b",
                                                      text[verb.end():]):
        projects = [c.ctx.agreement]  # "A ja B ovat solmineet sopimuksen": the agreement the text is about
    about = c.target or c.ctx.main_project or c.ctx.focus or c.ctx.doc_project
    if not projects and verb.group("start") and len(run) > 1 and about \
            and _BARE_PROJECT_OBJECT.match(text, verb.end()) \
            and about not in c.ctx.funds and about not in {c.ctx.programme, c.ctx.agreement}:
        # "A, B ja C käynnistävät yhdessä pilottihankkeen, jossa ...": a bare project word as the object of several
        # starters is the project the text is about (its heading named it), not a new one
        projects = [about]
    # "X allekirjoitti sopimuksen Y:n kanssa": the partner in the genitive before "kanssa" is a party too
    partners = [m for m in c.free_orgs if m.case == "omanto" and m.type in PARTIES and m.start - base >= verb.end()
                and re.match(r"\s*kanssa\b", text[m.end - base:])]
    return run, projects, verb.group("start") is not None, partners


def sole_starter(c: Clause) -> tuple[Mention, str] | None:
    """The one organisation that started a project on its own ("X käynnisti Y-hankkeen", "X on käynnistänyt
    hankkeen"), with the project: it runs what it started (coordinates:sole-starter, runner_phrases.py). A start
    with a partner ("yhdessä Y:n kanssa"), by a decision-making organ, a ministry or a paying agency (which fund
    what they start) is no sole start."""
    run, projects, starts, partners = starting_run(c)
    if len(run) != 1 or not starts or not projects or partners:
        return None
    (m,) = run
    if m.iri == projects[0] or m.type in {"Body", "Ministry"} or (m.type == "Agency" and is_paying_agency(m)):
        return None
    if not any(u.iri == projects[0] and u.type == "Project" for u in c.sent_undertakings):
        return None  # an agreement is entered into by its parties, not run by one
    return m, projects[0]


@rule("participatesIn:starters", "participatesIn",
      "'A ja B käynnistivät X-hankkeen', 'A, B och C startade projektet X'", needs="free_orgs")
def _starters(c: Clause) -> list[Fact]:
    """A run of organisations in the nominative opening the sentence, then a verb of starting, then the
    project: each takes part in it (who leads it the text says elsewhere, if at all). One organisation that starts
    a project alone runs it instead (sole_starter)."""
    run, projects, _starts, partners = starting_run(c)
    if not projects or sole_starter(c) is not None:
        return []
    return [Fact(m.iri, "participatesIn", projects[0], c.ev, "participatesIn:starters", 0.6)
            for m in [*run, *partners] if m.iri != projects[0]]


# "Kaupungilla on ELY-keskuksen kanssa voimassa oleva sopimus X", "X:llä ja Y:llä on yhteinen sopimus"
_HAS_AGREEMENT = re.compile(r"\s+(?:on|oli|ovat|olivat)\s+(?:[\w.:-]+\s+){0,6}?(?:\w*sopimu[sk]\w*)\b", re.IGNORECASE)
# the minutes' own town as a bare holder: "Kaupungilla on ... sopimus", "Kunnalla oli ... sopimus"
_OWN_TOWN_HOLDER = guarded(re.compile(r"\b(?:[Kk]aupungilla|[Kk]unnalla)(?=\s+(?:on|oli)\s)"))


@rule("participatesIn:has-agreement", "participatesIn",
      "'Kaupungilla on ELY-keskuksen kanssa voimassa oleva sopimus X': both the holder and the partner are parties")
def _has_agreement(c: Clause) -> list[Fact]:
    """The organisation in the adessive that "has" an agreement, and the one "with" it (genitive before
    "kanssa") inside the same phrase, are parties of the agreement named there (or the one in focus)."""
    base, text = c.sent.start, c.sent.text
    holders = sorted((m for m in c.free_orgs if m.case == "ulkoolento" and m.type in PARTIES), key=lambda m: -m.start)
    own = _OWN_TOWN_HOLDER.search(text) if c.ctx.municipality else None
    if own is not None and not any(m.start - base <= own.start() < m.end - base for m in holders):
        holders.append(Mention(start=base + own.start(), end=base + own.end(), surface=own.group(), label=own.group(),
                               type="Municipality", iri=c.ctx.municipality, case="ulkoolento"))
    out: list[Fact] = []
    joined: dict[int, re.Match[str]] = {}  # "A:lla, B:llä ja C:llä on ... sopimus": the list shares the last one's
    for h in holders:
        phrase = _HAS_AGREEMENT.match(text, h.end - base)
        if phrase is None:
            nxt = min((x for x in holders if x.start > h.end and id(x) in joined), key=lambda x: x.start, default=None)
            if nxt is not None and JOINER.fullmatch(text[h.end - base:nxt.start - base]):
                phrase = joined[id(nxt)]
        if phrase is None:
            continue
        joined[id(h)] = phrase
        lo, hi = h.end - base, phrase.end()
        named = [u for u in c.sent_undertakings if u.type == "Agreement" and u.iri and u.start - base >= lo
                 and u.start - base <= hi + 2]
        agreement = named[0].iri if named else c.ctx.agreement
        if not agreement:
            continue
        partners = [m for m in c.free_orgs if m.case == "omanto" and m.type in PARTIES and lo <= m.start - base < hi
                    and re.match(r"\s*kanssa\b", text[m.end - base:])]
        out += [Fact(m.iri, "participatesIn", agreement, c.ev, "participatesIn:has-agreement", 0.6)
                for m in [h, *partners] if m.iri]
    return out


# "Hanke on kuntien, ARA:n ja ympäristöministeriön yhteistä kehittämistoimintaa", "X toteutetaan A:n ja B:n
# yhteishankkeena", "X är ett samarbete mellan ..." (see mutual-genitives for agreements "välinen")
_JOINT_WORD = guarded(re.compile(r"\b(?:yhtei(?:nen|stä|sen|senä|sellä|sessä|ssä)|yhteis(?:hanke|hankkeena|hankkeen|"
                                 r"työhanke|työhankkeena|työhankkeen|työnä|työprojekti\w*|"
                                 r"projekti\w*))\b", re.IGNORECASE))
_JOINT_OWNERS = PARTIES | {"Ministry"}
_COPULAS = {"on", "ovat", "oli", "olivat", "är", "var"}
_JOINT_COMPOUND = re.compile(r"yhteis(?:hank|työ|projekt)", re.IGNORECASE)
# a copula or a passive verb ends in "n" too ("on", "toteutetaan"): it ends the run
_NOT_IN_RUN = re.compile(r"on|ovat|kun|niin|\w+(?:taan|tään|daan|dään|etaan|etään)", re.IGNORECASE)
_GENITIVE_RUN_WORD = re.compile(r"(?:,|ja|sekä|samt|och|\w+(?::n|n)|\w+-)$", re.IGNORECASE)


@rule("participatesIn:joint-owners", "participatesIn",
      "'Hanke on kuntien, A:n ja B:n yhteistä kehittämistoimintaa', 'X toteutetaan A:n ja B:n yhteishankkeena'",
      needs="named",
      text_cues=text_needs(_JOINT_WORD))
def _joint_owners(c: Clause) -> list[Fact]:
    """Organisations in a genitive run right before a word of jointness own the joint undertaking: each
    takes part in the undertaking the sentence is about (its subject, else the project of the text).

    The run may hold plural common genitives ("kuntien", "sidosryhmien") between the names; it ends at the
    first word that is no genitive. An undertaking whose name swallowed the run is not the one meant.
    """
    base, text = c.sent.start, c.sent.text
    out: list[Fact] = []
    for cue in _JOINT_WORD.finditer(text):
        words = list(re.finditer(r"[^\s,]+|,", text[:cue.start()]))
        # the words of an owner's name in the genitive belong to the run: "Kehittämisyhdistys Kalakukko ry:n"
        inside_owner = [(m.start - base, m.end - base) for m in c.named
                        if m.type in _JOINT_OWNERS and m.case in {"omanto", None} and m.end - base <= cue.start()]
        k = len(words)
        while k > 0 and ((_GENITIVE_RUN_WORD.search(words[k - 1].group())
                          and not _NOT_IN_RUN.fullmatch(words[k - 1].group()))
                         or any(a <= words[k - 1].start() and words[k - 1].end() <= b for a, b in inside_owner)):
            k -= 1
        if k == len(words):
            continue
        start = words[k].start()
        owners = [m for m in c.named if m.type in _JOINT_OWNERS and m.case in {"omanto", None} and m.iri
                  and start <= m.start - base and m.end - base <= cue.start()]
        if not owners:
            continue
        swallowing = {u.iri for u in c.sent_undertakings if any(u.start <= m.start and m.end <= u.end
                                                                   for m in owners)}
        if not _JOINT_COMPOUND.match(cue.group()):  # the adjective "yhteinen": what it qualifies
            named_after = [u for u in c.und if 0 <= u.start - base - cue.end() <= 2 and u.iri not in c.ctx.funds]
            if named_after and named_after[0].iri:  # "A:n ja B:n yhteinen X-hanke"
                out += [Fact(m.iri, "participatesIn", named_after[0].iri, c.ev, "participatesIn:joint-owners", 0.6)
                        for m in dict((m.iri, m) for m in owners).values() if m.iri != named_after[0].iri]
                continue
            if k == 0 or words[k - 1].group().lower() not in _COPULAS:
                continue  # "aiemman A:n ja B:n yhteisen hankkeen pohjalta": some other, unnamed work
        subjects = [u for u in c.und if u.end - base <= start and u.case in {"nimento", None}
                    and u.iri not in c.ctx.funds and u.iri not in swallowing]
        if subjects:
            target: str | None = subjects[-1].iri
        elif c.target and c.target not in swallowing and c.target not in c.ctx.funds:
            target = c.target
        else:
            target = c.ctx.doc_project if c.ctx.doc_project not in swallowing else None
        if target:
            out += [Fact(m.iri, "participatesIn", target, c.ev, "participatesIn:joint-owners", 0.6)
                    for m in dict((m.iri, m) for m in owners).values() if m.iri != target]
    return out


# a verb of agreeing after its subjects: "ovat sopineet", "sopivat", "har enats om", "har kommit överens om"
_AGREEING = guarded(re.compile(r"\s*(?:ovat\s+(?:yhdessä\s+)?sopineet|sopivat|sopineet|har\s+enats|enades|enats|"
                               r"har\s+kommit\s+överens|kom\s+överens|har\s+avtalat|avtalade)\b", re.IGNORECASE))
# between the parties: joiners, and the kind word of a list ("Kommunerna A, B och C samt städerna D och E")
_KINDS = r"(?:kunnat|kaupungit|kunta|kaupunki|kommunerna|städerna|kommunen|staden)"
_PARTY_GAP = re.compile(r"(?:\s*(?:,|ja|sekä|och|samt)\s*)*(?:" + _KINDS + r"\s+)?", re.IGNORECASE)
_PARTY_KIND = re.compile(r"\s*" + _KINDS + r"\s+", re.IGNORECASE)


@rule("participatesIn:agreeing-parties", "participatesIn",
      "'A, B ja C ovat sopineet yhteistyöstä tällä sopimuksella', 'Kommunerna A, B och C har enats om att samverka'",
      needs="free_orgs")
def _agreeing(c: Clause) -> list[Fact]:
    """A run of two or more parties in the nominative opening the sentence (behind at most the kind word of the
    list: "Kommunerna", "Kunnat"), then a verb of agreeing: each is a party of the agreement the sentence names
    after the verb, else of the agreement the text is about. One party agreeing says nothing of the others."""
    base, text = c.sent.start, c.sent.text
    named = sorted((m for m in c.named if m.iri and id(m) not in c.inside), key=lambda m: m.start)
    run: list[Mention] = []
    at = 0
    for m in named:
        gap = text[at:m.start - base]
        if m.type not in PARTIES or m.case not in {"nimento", None}:
            break
        if (run and not _PARTY_GAP.fullmatch(gap)) or (not run and gap.strip() and not _PARTY_KIND.fullmatch(gap)):
            break
        run.append(m)
        at = m.end - base
    if len(run) < 2:
        return []
    verb = _AGREEING.match(text, at)
    if verb is None:
        return []
    after = [a for a in _agreements(c) if a.start - base >= verb.end()]
    target = after[0].iri if after else c.ctx.agreement
    if not target:
        return []
    return [Fact(m.iri, "participatesIn", target, c.ev, "participatesIn:agreeing-parties", 0.65)
            for m in run if m.iri != target]
