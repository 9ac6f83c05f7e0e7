"""Grant sentences that name several recipients, each with its own sum, and grant tables without a colon.

Minutes and news often grant in one sentence to two or more organisations, each in the allative
and each followed by its own amount: "Lautakunta myönsi A ry:lle 3 000 euroa ja B ry:lle 2 500
euroa". Read as one grant, the sentence would give the first sum to the first recipient only (or,
when a name's allative ending stands on a word after the recognised name, "A Förening KF r.f:lle",
take that name for the granter). Here the sentence is read as what it is: one grant per recipient.

A table of grants may open with a column heading instead of "seuraavasti:" ("Avustuksen saaja
sekä sille myönnetty summa", "Mottagare och belopp"); `grant_table_heading` says a line is one.

A municipality is left out of funds:grant-verb's funders (a place named near a funding word is seldom
its giver); `direct_grant` reads the one shape where it plainly is: its name right before its own grant
verb ("Kuopion kaupunki myönsi X ry:lle ...", "Korsholms kommun har beviljat X rf ..."), money in the
clause, no loan or permit.

Pure helpers over a sentence's text, mentions and amounts; relations.py holds the rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from welfare_kg.extract.model import Mention
from welfare_kg.extract.money import Amount
from welfare_kg.extract.prefilter import guarded
from welfare_kg.extract.rule_cues import text_needs

# the allative ending on a word right after a recognised name: "Förbund KNUF r.f:lle", "Seura ry:lle"
_ALLATIVE_TAIL = re.compile(r"(?:[ \t]+(?:[A-ZÅÄÖ][\w.&-]{0,19}|r\.?f\.?|ry\.?|rf|sr|rs|ab|oy)){0,2}:lle\b")
# the ablative ending on a word right after a recognised name: "Leader VIISARI ry:ltä", "Förbund KNUF r.f:ltä"
_ABLATIVE_TAIL = re.compile(r"(?:[ \t]+(?:[A-ZÅÄÖ][\w.&-]{0,19}|r\.?f\.?|ry\.?|rf|sr|rs|ab|oy)){1,2}:(?:lta|ltä)\b")
# an active grant verb (the granter is its subject): a passive "myönnettiin" names no granter
# (or a donor's verb: "Osuuspankki lahjoitti 4 000 euroa A:lle ja 2 000 euroa B:lle")
_ACTIVE_GRANT = guarded(re.compile(r"\b(?:myönsi|myönsivät|myöntää|myöntävät|myöntänyt|myöntäneet|päätti\s+myöntää|"
                                   r"päättää\s+myöntää|beviljade|beviljar|har\s+beviljat|"
                                   r"lahjoitti|lahjoittaa|lahjoittanut|lahjoittivat|lahjoittavat|luovutti|luovuttaa|"
                                   r"luovuttanut|antoi|antaa|antanut|antoivat|antavat)\b", re.IGNORECASE))
# a column heading of a grant table: who receives, and how much
_RECEIVER_COLUMN = guarded(re.compile(r"\b(?:\w*saaja(?:t)?|\w*mottagare|stödtagare)\b", re.IGNORECASE))
_SUM_COLUMN = re.compile(r"\b(?:summa|summat|määrä|määrät|euroa|euro|belopp|€)(?=\W|$)", re.IGNORECASE)
_GRANT_WORD = re.compile(r"(?i)myönne|myönnet|myönt|avustu|bevilja|understöd|\btuki|\btuen\b|rahoitu")


def allative_tail(text: str, base: int, m: Mention) -> bool:
    """The name is in the allative: its own case says so, or a word or two after it carry ":lle"."""
    if m.case == "ulkotulento":
        return True
    if m.case is None and m.type != "Person" and m.surface.endswith("lle") and not m.label.endswith("lle"):
        return True  # "Kemin 4H-yhdistykselle": a name the analyser does not know, inflected in the allative
    return _ALLATIVE_TAIL.match(text, m.end - base) is not None


def ablative_case(m: Mention, text: str = "", base: int = 0) -> bool:
    """The name is in the ablative (where money comes from): its own case says so, or, for a name the analyser
    does not know (case None: "Mäntyvaaran Osuuspankilta"), its written form ends in the ablative ending that its
    base form lacks, the way `allative_tail` reads an unknown name's allative; or (given the sentence's `text`
    starting at `base`) a word or two after the name carry ":lta"/":ltä" ("Leader VIISARI ry:ltä", the name read
    without its "ry", and its capitals as a nominative)."""
    if m.case == "ulkoeronto":
        return True
    if m.case is None and m.type != "Person" and m.surface.endswith(("lta", "ltä")) \
            and not m.label.endswith(("lta", "ltä")):
        return True
    return bool(text) and m.type != "Person" and _ABLATIVE_TAIL.match(text, m.end - base) is not None


def grant_table_heading(line: str) -> bool:
    """A short heading naming the receiver column and the sum column of a list of grants."""
    stripped = line.strip()
    return (0 < len(stripped.split()) <= 10 and not stripped.endswith((".", "?", "!"))
            and _RECEIVER_COLUMN.search(stripped) is not None and _SUM_COLUMN.search(stripped) is not None
            and _GRANT_WORD.search(stripped) is not None)


# a receiver named in the allative that the extraction may not know: a capitalised word, then within a few words
# one ending in the allative ("Porin Eläkeläisjärjestöjen Yhteistoimikunnalle", "Kylä-Ruokkeen Seura ry:lle"); a
# lower-case "vuodelle" or "toiminnalle" is no receiver
_UNKNOWN_ALLATIVE_NAME = re.compile(r"(?<![\w-])[A-ZÅÄÖ][\w-]*(?:[ \t]+[\w.-]+){0,4}?(?:lle|:lle)(?![\w-])")


def own_sums(text: str, base: int, euros: Sequence[Amount], start: int, stop: int) -> list[Amount]:
    """The sums of one receiver of an allative list of grants: those between its name (ending at `start`) and the
    next recognised receiver (`stop`), less each sum that follows another receiver in the allative which the
    extraction did not recognise ("A:lle 12 000 euroa, Lenyvyjen Purenekunnalle 17 000 euroa ja C:lle ..."): that
    sum is the unknown receiver's, and without this one unknown name cost every receiver of the list its grant."""
    own = [a for a in euros if start <= a.start < stop and not a.share]
    return own[:1] + [a for prev, a in pairwise(own)
                      if _UNKNOWN_ALLATIVE_NAME.search(text, prev.end - base, a.start - base) is None]


def allative_recipients(text: str, base: int, named: Sequence[Mention], euros: Sequence[Amount],
                        granter_types: set[str], recipient_types: set[str]) -> tuple[Mention, list[tuple[Mention,
                                                                                                    Amount]]] | None:
    """The granter and each (recipient, its own amount) of "G myönsi A:lle N euroa ja B:lle M euroa".

    Only when there are two or more recipients after an active grant verb, every one followed by one
    sum of its own before the next one (a hedged sum stays approximate), and an organisation in the
    nominative before the verb (the nearest one grants).
    """
    verb = _ACTIVE_GRANT.search(text)
    if verb is None:
        return None
    at = base + verb.start()
    granters = [m for m in named if m.end <= at and m.case in {"nimento", None} and m.type in granter_types
                and m.iri and not allative_tail(text, base, m)]
    # Swedish marks no receiver's case: "Kommunstyrelsen beviljar A rf 2 000 euro och B rf 800 euro"
    swedish = verb.group(0).lower().startswith(("bevilj", "har"))
    after = sorted((m for m in named if m.start >= base + verb.end() and m.type in recipient_types and m.iri
                    and (allative_tail(text, base, m) or (swedish and m.case in {None, "nimento"}))),
                   key=lambda m: m.start)
    if len(after) < 2 or not granters:
        return None
    granter = granters[-1]
    if any(m.iri == granter.iri for m in after) or len({m.iri for m in after}) != len(after):
        return None
    paired = _sums_after(text, base, euros, after) or _sums_before(text, base, euros, after, base + verb.end())
    return (granter, paired) if paired else None


def _sums_after(text: str, base: int, euros: Sequence[Amount], after: list[Mention]) -> list[tuple[Mention, Amount]]:
    """Each recipient with the one sum written after it, before the next recipient ("A:lle N euroa ja B:lle M
    euroa"); empty when one has none or several."""
    out: list[tuple[Mention, Amount]] = []
    for k, m in enumerate(after):
        stop = after[k + 1].start if k + 1 < len(after) else base + len(text)
        own = own_sums(text, base, euros, m.end, stop)
        if len(own) != 1:
            return []  # no sum of its own: not an enumeration of grants
        out.append((m, own[0]))
    return out


def _sums_before(text: str, base: int, euros: Sequence[Amount], after: list[Mention],
                 verb_end: int) -> list[tuple[Mention, Amount]]:
    """Each recipient with the one sum written right before it, after the previous recipient ("N euroa A:lle ja M
    euroa B:lle"): the money-first order of the same list. A sum followed by a receiver the extraction did not
    recognise ("M euroa Lenyvyjen Purenekunnalle") is that one's, not the next recognised one's."""
    out: list[tuple[Mention, Amount]] = []
    start = verb_end
    for m in after:
        own = [a for a in euros if start <= a.start and a.end <= m.start and not a.share
               and _UNKNOWN_ALLATIVE_NAME.search(text, a.end - base, m.start - base) is None]
        if len(own) != 1:
            return []
        out.append((m, own[0]))
        start = m.end
    return out


# the granter's verb right after its name: "Kuopion kaupunki (on) myöntänyt", "Kommunstyrelsen beslöt att bevilja"
_FI_DIRECT_VERB = re.compile(r"[ \t]+(?:(?:on|oli|ovat|olivat|päätti|päättää|päättivät|päättänyt)[ \t]+)?"
                             r"(?:myönsi|myöntää|myöntänyt|myönsivät|myöntäneet)\b", re.IGNORECASE)
# a donor's verb right after its name: "Osuuspankki lahjoitti", "Säätiö on lahjoittanut" (money given, not granted)
# "luovuttaa" (hand over) is the donor's verb of a cheque or a collection's proceeds: "Lions Club luovutti 1 500 euroa";
# "antaa" (give) is everyday news Finnish for the same gift ("Osuuspankki antoi 2 000 euroa X ry:lle"); the rule reading
# this verb asks for a sum in euros and a receiver in the allative, so "antoi lausunnon" or "antoi tilat" states
# nothing; the same holds for "jakaa" and "osoittaa" (money shared out or allocated)
FI_DONATION_VERB = re.compile(r"[ \t]+(?:(?:on|oli|ovat|olivat|päätti|päättää|päättivät|päättänyt)[ \t]+){0,2}"
                              r"(?:lahjoitti|lahjoittaa|lahjoittanut|lahjoittivat|lahjoittavat|lahjoittaneet|"
                              r"luovutti|luovuttaa|luovuttanut|luovuttivat|luovuttavat|luovuttaneet|"
                              r"antoi|antaa|antanut|antoivat|antavat|antaneet|"
                              # sharing out, allocating: "jakoi 2 000 euroa X:lle", "osoitti X-hankkeelle 20 000
                              # euroa" (a cheque handed over, "ojensi", is funds:gift-noun's)
                              r"jakoi|jakaa|jakanut|jakoivat|jakavat|"
                              r"osoitti|osoittaa|osoittanut|osoittivat)\b",
                              re.IGNORECASE)
_SV_DIRECT_VERB = re.compile(r"[ \t]+(?:(?:har|hade)[ \t]+beviljat|beviljade|beviljar|"
                             r"(?:beslöt|beslutade|beslutar|besluter|har[ \t]+beslutat)[ \t]+(?:att[ \t]+)?bevilja)\b"
                             r"(?:[ \t]+(?:också|även|dessutom))?[ \t]+", re.IGNORECASE)
# money, as opposed to a permit, a loan or a guarantee granted in the same words
_MONEY_WORD = re.compile(r"(?i)avustu|rahoitu|\btuke|\btuki|\btuen\b|määrärah|kehittämisrah|\beuro|€|"
                         r"understöd|bidrag|\bstöd|anslag|finansiering")
_NOT_MONEY = re.compile(r"(?i)\blain(?:a|an|aa|oja|ojen)\b|\blupa|\bluvan\b|takau|\blån\b|\blånet\b|tillstånd|borgen")


_DIGITS = re.compile(r"[\d.,]+")


def direct_grant(text: str, base: int, named: Sequence[Mention], euros: Sequence[Amount],
                 granter_types: set[str], recipient_types: set[str], fi_verb: re.Pattern[str] = _FI_DIRECT_VERB,
                 ) -> tuple[Mention, Mention, Amount | None] | None:
    """(granter, recipient, its sum) of "G myönsi R:lle N euroa" or "G har beviljat R N euro".

    The granter's name stands right before the verb (an auxiliary or "päätti" between); the one
    recipient follows: in the allative within a few words in Finnish, right after the verb in
    Swedish. The clause must speak of money (a sum or a word for a grant) and not of a loan, a
    permit or a guarantee. The sum is the first one after the recipient in the same clause. `fi_verb` is the
    Finnish verb read (granting by default; FI_DONATION_VERB for a donor's "lahjoitti").
    """
    ordered = sorted((m for m in named if m.iri), key=lambda m: m.start)
    for g in ordered:
        if g.type not in granter_types or g.case not in {"nimento", None}:
            continue
        at = g.end - base
        fi, sv = fi_verb.match(text, at), _SV_DIRECT_VERB.match(text, at)
        verb = fi or sv
        if verb is None:
            continue
        clause_end = len(text)
        # "1,2 milj. euroa": the full stop of a scale abbreviation ends no clause
        stop = re.search(r"(?<!milj)(?<!mrd)[.;:]\s|[.;:]$|,\s+(?:joka|jonka|jota|ja|mutta|som|men)\b",
                         text[verb.end():])
        if stop:
            clause_end = verb.end() + stop.start()
        rest = [m for m in ordered if verb.end() <= m.start - base < clause_end]
        if fi:
            takers = [m for m in rest if m.type in recipient_types and allative_tail(text, base, m)]
            # the words between the verb and the receiver, the digits of a sum not counted ("lahjoitti
            # juhlavuoden kunniaksi 3 000 euroa X ry:lle": a sum written in groups is one word of the clause)
            if len(takers) != 1 or len([w for w in text[verb.end():takers[0].start - base].split()
                                        if not _DIGITS.fullmatch(w)]) > 4:
                return None
        else:
            takers = rest[:1] if rest and not text[verb.end():rest[0].start - base].strip() else []
            if not takers or takers[0].type not in recipient_types:
                return None
        r = takers[0]
        # the money may be named before the recipient too: "myönsi 12 000 euroa X ry:lle"
        tail = text[verb.end():clause_end]
        # a sum in euros is money however its currency is written ("12 000 EUR", "12 000 e" in a table's style)
        if r.iri == g.iri or _NOT_MONEY.search(tail) or not (_MONEY_WORD.search(tail) or any(
                not a.share and verb.end() <= a.start - base < clause_end for a in euros)):
            return None
        own = [a for a in euros if r.end <= a.start < base + clause_end and not a.share]
        if sv and not own:
            return None  # "beviljade föreningen X dispens": a Swedish grant without a sum may be no money at all
        return g, r, (own[0] if own else None)
    return None


# "Till X beviljade stadsstyrelsen ett verksamhetsbidrag på N euro": the recipient fronted, the granter after the verb
_SV_FRONTED = re.compile(r"^\s*(?:Till|Åt)\s+$")
_SV_FRONTED_VERB = re.compile(r"\s+(?:beviljade|beviljar|har\s+beviljat|hade\s+beviljat)\s+(?:(?:också|även)\s+)?$",
                              re.IGNORECASE)


def fronted_pair(text: str, base: int, named: Sequence[Mention]) -> tuple[Mention, Mention] | None:
    """(recipient, granter) when the sentence opens "Till X beviljade G": the first name receives, the second gives."""
    ordered = sorted((m for m in named if m.iri), key=lambda m: m.start)
    if len(ordered) < 2:
        return None
    r, g = ordered[0], ordered[1]
    if not _SV_FRONTED.match(text[:r.start - base]) or not _SV_FRONTED_VERB.match(text[r.end - base:g.start - base]):
        return None
    return r, g


def fronted_swedish_grant(text: str, base: int, named: Sequence[Mention], euros: Sequence[Amount],
                          granter_types: set[str], recipient_types: set[str]) -> tuple[Mention, Mention, Amount] | None:
    """(granter, recipient, sum) of "Till X beviljade G ... N euro": V2 order with the recipient first."""
    pair = fronted_pair(text, base, named)
    if pair is None:
        return None
    r, g = pair
    if r.type not in recipient_types or g.type not in granter_types or r.iri == g.iri:
        return None
    own = [a for a in euros if a.start >= g.end and not a.share]
    if not own or _NOT_MONEY.search(text[g.end - base:]):
        return None
    return g, r, own[0]


# a table's column heading whose last column is the currency: "Område  Euro", "Hakija euroa", "Kunta €"
_CURRENCY_HEADING = re.compile(r"^\s*(?:[A-ZÅÄÖa-zåäö-]+\s+){1,3}(?:euro|euroa|eur|€)\s*$", re.IGNORECASE)
_COLUMN_NOUN = re.compile(r"(?i)^(?:område|alue|mottagare|stödmottagare|sökande|hakija|saaja|avustuksen|kunta|kommun|"
                          r"organisaatio|organisation|nimi|namn|hyvinvointialue|välfärdsområde|yhdistys|förening|"
                          r"hanke|projekt|kohde|och|ja)$")


def currency_column_heading(line: str) -> bool:
    """A heading naming a table's columns, the last one the currency ("Område Euro"): rows give bare sums."""
    if _CURRENCY_HEADING.match(line) is None:
        return False
    words = line.split()[:-1]
    return all(_COLUMN_NOUN.match(w) for w in words)


# --- receivers named after a fronted money word: "Eniten avustuksia saavat A, B ja C" ------------------------------

# an active grant verb with its subject right before it: the text's granter from here on
_GRANTER_VERB = re.compile(r"[ \t]+(?:(?:on|ovat|oli|har|hade)[ \t]+)?(?:(?:tänä|tänäkin|viime)[ \t]+\w+[ \t]+)?"
                           r"(?:myöntää|myönsi|myöntänyt|myöntävät|myönsivät|myöntäneet|jakaa|jakoi|jakanut|"
                           r"lahjoittaa|lahjoitti|lahjoittanut|beviljar|beviljade|beviljat|"
                           r"delar[ \t]+ut|delade[ \t]+ut)\b",
                           re.IGNORECASE)
# the sentence opens with the money (object fronted) and the receive verb; the receivers follow it
_FRONTED_RECEIVE = guarded(re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:\w*avustu\w*|\w*rahoitu\w*|tuke\w*|tukea|"
                                      r"\w*understöd\w*|"
                                      r"\w*bidrag\w*|\w*stöd|stödet)\s+(?:[\w-]+\s+){0,2}?"
                                      r"(?:saa|saavat|sai|saivat|ovat\s+saaneet|on\s+saanut|får|fick|har\s+fått)\s+",
                                      re.IGNORECASE))
_LIST_GAP = re.compile(r"\s*(?:,|,?\s+(?:ja|sekä|och|samt))\s*$", re.IGNORECASE)
GRANTER_TYPES = {"Ministry", "Agency", "JointAuthority", "Company", "Association", "WellbeingCounty"}
# who may receive a grant that a passive or receiving sentence hands out (role_shapes, grant_receipts)
RECEIVER_TYPES = {"Municipality", "JointAuthority", "WellbeingCounty", "Company", "Association", "Parish",
                  "CompetenceCentre", "Project"}


# what every sentence granting_subject finds a granter in holds (its verb's pattern's needed strings): the text cue of
# a rule that names its granter from it
GRANTING_SUBJECT_CUES = text_needs(_GRANTER_VERB)


def granting_subject(text: str, base: int, named: Sequence[Mention]) -> Mention | None:
    """The one organisation named right before an active grant verb ("Ympäristöministeriö myöntää ...")."""
    subj = [m for m in named if m.iri and m.type in GRANTER_TYPES and m.case in {"nimento", None}
            and _GRANTER_VERB.match(text, m.end - base)]
    return subj[0] if len({m.iri for m in subj}) == 1 else None


def fronted_receivers(text: str, base: int, named: Sequence[Mention], euros: Sequence[Amount],
                      recipient_types: set[str]) -> list[tuple[Mention, Amount | None]]:
    """Each receiver of "Eniten avustuksia saavat A, B sekä C" (with a sum of its own right after it, if any).

    The receivers are the names after the verb joined as one list; a list that breaks off (a word that
    is neither a name nor a list word) ends there.
    """
    head = _FRONTED_RECEIVE.match(text)
    if head is None:
        return []
    after = sorted((m for m in named if m.iri and m.start - base >= head.end()), key=lambda m: m.start)
    out: list[tuple[Mention, Amount | None]] = []
    edge = head.end()
    for m in after:
        if m.type not in recipient_types or m.case not in {"nimento", None} \
                or (out and _LIST_GAP.fullmatch(text[edge:m.start - base]) is None) \
                or (not out and text[edge:m.start - base].strip()):
            break
        # "A ry 5 000 euroa ja B ry 3 000 euroa": a sum right after the name is its own
        own = next((a for a in euros if a.start >= m.end and not text[m.end - base:a.start - base].strip()
                    and not a.share), None)
        out.append((m, own if own is not None and not own.approximate else None))
        edge = (own.end if own is not None else m.end) - base
        tail = re.match(r"(?:\s*(?:euroa|euro|€))?", text[edge:])
        edge += len(tail.group(0)) if tail else 0
    return out


# what stands between two receivers coordinated in the allative: "A ry:lle ja B ry:lle", "A:lle, B:lle sekä C:lle"
_COORDINATION = re.compile(r"(?::lle)?[ \t]*(?:,|,?[ \t]+(?:ja|sekä|och|samt))[ \t]+")


def coordinated_receivers(text: str, base: int, recipients: Sequence[Mention]) -> list[Mention]:
    """The receivers after the first that are coordinated with it, each in the allative and joined to the one
    before by a comma or a conjunction alone ("myönsi avustusta A ry:lle ja B ry:lle"): all of them receive the
    grant the clause states. A receiver with anything else between (a sum, a purpose, another verb) is not."""
    ordered = sorted((m for m in recipients if m.case == "ulkotulento" or text.startswith(":lle", m.end - base)),
                     key=lambda m: m.start)
    if len(ordered) < 2 or ordered[0] is not min(recipients, key=lambda m: m.start):
        return []
    out: list[Mention] = []
    for before, after in pairwise(ordered):
        between = text[before.end - base:after.start - base]
        if _COORDINATION.fullmatch(between) is None:
            break
        out.append(after)
    return out
