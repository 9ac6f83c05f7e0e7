"""A fund or EU programme named as the subject of a grant verb grants; it is never what the grant goes to.

Village and association news write the money's source as if it acted: "Leader myönsi kyläyhdistykselle
rahoituksen", "ESR rahoittaa X ry:tä", "Leader on myöntänyt yhdistykselle 12 000 euroa". funds:grant-verb takes
the sentence's first undertaking as the thing funded, so such a sentence read as "the association funds Leader".
Here a programme right before a finite grant verb is the granter (ANNOTATION: the Leader programme funds the
association it granted to); the receiver is the one organisation in the allative, else a bare kind word in the
allative ("kyläyhdistykselle", "kaupungille") whose base is a word of the name of the one organisation of that kind
the sentence names ("Rauhalan kyläyhdistys sai ..., kun Leader myönsi kyläyhdistykselle ..."). `granting_programme`
is what funds:grant-verb asks so that it leaves such a sentence alone.
"""

from __future__ import annotations

import re

from welfare_kg.extract.model import Fact, Mention
from welfare_kg.extract.prefilter import guarded
from welfare_kg.extract.relations import ORGS, Clause, rule

# a finite active grant verb right after the subject ("Leader myönsi", "ESR on myöntänyt", "EAKR rahoittaa")
_GRANTS_NEXT = re.compile(r"\s+(?:on\s+|ovat\s+|oli\s+)?(?:myönsi|myönsivät|myöntää|myöntävät|myöntänyt|myöntäneet|"
                          r"rahoittaa|rahoittavat|rahoitti|rahoittivat|rahoittanut)\b", re.IGNORECASE)
_GRANTS = guarded(re.compile(r"\b(?:myön\w+|rahoitt\w+)\b", re.IGNORECASE))
_ALLATIVE_WORD = re.compile(r"\b(\w{4,})(?:lle)\b", re.IGNORECASE)
_GENERIC_NAMES = re.compile(r"(?i)\b(?:leader|esr|eakr|esf|eruf|interreg|maaseuturahasto|sosiaalirahasto|"
                            r"aluekehitysrahasto|maaseudun kehittämisohjelma)\b")


def granting_programme(c: Clause) -> Mention | None:
    """The fund or EU programme standing as the subject of a finite grant verb in the sentence, if any."""
    if not _GRANTS.search(c.sent.text):
        return None
    for u in c.und:
        if u.type == "Programme" and u.case in {"nimento", None} and _GENERIC_NAMES.search(u.label) \
                and _GRANTS_NEXT.match(c.sent.text, u.end - c.sent.start):
            return u
    return None


@rule("funds:programme-grants", "funds", "'Leader myönsi kyläyhdistykselle rahoituksen', 'ESR on myöntänyt X:lle'",
      needs="und")
def _programme_grants(c: Clause) -> list[Fact]:
    programme = granting_programme(c)
    if programme is None or programme.iri is None:
        return []
    base = c.sent.start
    after = [m for m in c.free_named if m.iri and m.start >= programme.end]
    receivers = [m for m in after if m.case == "ulkotulento" and m.type in ORGS]
    receiver = receivers[0].iri if len({m.iri for m in receivers}) == 1 else None
    if receiver is None and not receivers:
        receiver = _kind_word_receiver(c, programme.end - base)
    if receiver is None:
        return []
    amount = c.euros[0] if len(c.euros) == 1 else None
    return [Fact(programme.iri, "funds", receiver, c.ev, "funds:programme-grants", 0.6,
                 amount=amount.value if amount else None,
                 amount_qualifier="approximate" if amount and amount.approximate else None)]


def _kind_word_receiver(c: Clause, after: int) -> str | None:
    """The one named organisation with a word of its name the base of an allative common noun after the verb."""
    for word in _ALLATIVE_WORD.finditer(c.sent.text, after):
        if word.group(0)[:1].isupper():
            continue
        bases = c.morph.bases(word.group(0))
        owners = {m.iri for m in c.free_named if m.iri and m.type in ORGS and m.case in {"nimento", None}
                  and bases & {w.lower() for w in m.label.split()}}
        if len(owners) == 1:
            return next(iter(owners))
    return None
