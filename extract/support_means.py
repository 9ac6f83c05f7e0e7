"""An organisation that did something with another's money: "Kotikylän Nuorisoseura ry korjasi kylätalon Kuopion
kaupungin avustuksella", "Seurakunta palkkasi ohjaajan STEA:n rahoituksella".

funds:with-support reads the giver's genitive before support in the adessive ("X:n tuella", "X:n rahoituksella")
for the sentence's undertaking; local news more often tells of an association, a club, a parish or a company doing
its own work with a grant or a gift, and there is no undertaking: the money's owner funds the clause's subject. The
subject is the first name of the sentence, in the nominative, before the giver; nothing is read when the sentence
has an undertaking (funds:with-support gives it the funder) or when the support noun is "tuki" from an organisation
whose support need not be money (support_grants.gives_money), unless a sum in euros is said.
"""

from __future__ import annotations

from welfare_kg.extract.activity_funders import genitive
from welfare_kg.extract.model import Fact, Mention
from welfare_kg.extract.relations import ORGS, Clause, rule
from welfare_kg.extract.role_verbs import SUPPORT_CASES, SUPPORT_NOUNS, funder_like
from welfare_kg.extract.support_grants import gives_money

RULE = "funds:subject-with-support"
_TAKERS = ORGS - {"Body"}
_MONEY_NOUNS = SUPPORT_NOUNS | {"lahjoitus", "apuraha", "avustusraha"}
_CHEAP = ("avustuksella", "tuella", "rahoituksella", "lahjoituksella", "apurahalla", "avustuksilla", "tuilla",
          "rahoittamana", "tukemana", "myöntämällä")


@rule(RULE, "funds", "'X ry korjasi kylätalon Y:n avustuksella': the giver's money, the subject's work", needs="named",
      text_cues=_CHEAP)
def _subject_with_support(c: Clause) -> list[Fact]:
    """The genitive owner of support in the adessive funds the sentence's subject when no undertaking is named."""
    lowered = c.sent.text.lower()
    if not any(w in lowered for w in _CHEAP) or c.und:
        return []
    named = sorted((m for m in c.free_named if m.iri), key=lambda m: m.start)
    if not named or named[0].case not in {"nimento", None} or named[0].type not in _TAKERS:
        return []
    subject = named[0]
    toks = [t for t, _lem in c.word_lemmas]
    lemmas = [lem for _t, lem in c.word_lemmas]
    for giver in named[1:]:
        if not genitive(giver) or not funder_like(c, giver) or giver.iri == subject.iri:
            continue
        k = next((k for k, t in enumerate(toks) if t.start >= giver.end), None)
        if k is None or toks[k].start - giver.end > 2:
            continue
        if lemmas[k] in {"myöntämä", "lahjoittama"} and k + 1 < len(toks):
            k += 1  # "X:n myöntämällä avustuksella": the money noun follows the participle
        if lemmas[k] not in _MONEY_NOUNS or not any(a.case in SUPPORT_CASES for a in c.morph.analyse(toks[k].text)):
            continue
        if lemmas[k] in {"tuki", "tukema"} and not (gives_money(giver) or c.euros):
            continue  # "kaupungin tuella": premises and advice are support too
        if _other_name_between(named, subject, giver):
            return []
        return [Fact(giver.iri or "", "funds", subject.iri or "", c.ev, RULE, 0.6, start_date=c.start,
                     end_date=c.end)]
    return []


def _other_name_between(named: list[Mention], subject: Mention, giver: Mention) -> bool:
    """A receiver-kind name between the subject and the giver may be whom the money went to ("X ojensi Y:lle
    Z:n avustuksella"): then the subject is not plainly the one funded."""
    return any(subject.end <= m.start and m.end <= giver.start and m.type in _TAKERS for m in named)
