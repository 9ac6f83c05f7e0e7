"""A gift or grant told as a noun with its sum: "X:n 3 000 euron lahjoitus Y:lle", "X ojensi 3 000 euron shekin Y:lle".

Donation news name the money as a thing handed over rather than with a verb of granting: the sum in the genitive
("N euron") heads a noun for money given (lahjoitus, avustus, tuki, apuraha, stipendi, shekki), the receiver
stands in the allative right after it, and the giver is either the genitive right before the sum ("Osuuspankin
3 000 euron lahjoitus") or the subject of a verb of giving right before it ("Säätiö teki 40 000 euron
lahjoituksen", "Pankki ojensi 3 000 euron shekin"). The sum is the gift's own, so it is the fact's amount.

Nothing else in the sentence is read: a giver is taken only from those two places next to the sum, never
from the page (no funder invented where the text names none), and a verb of applying or asking ("haki 3 000 euron
avustusta Y:lle") is not among the verbs of giving, so it states nothing.

Without a sum between them the owner of the money noun is still its giver: "Kaupungin avustus X ry:lle on 5 000
euroa", "Pankin lahjoitus Y:lle", "Kaupungin myöntämä avustus X ry:lle", Swedish "Kulturfondens bidrag till
föreningen X" (funds:owner-noun). The genitive must stand right before the noun (a participle of granting between)
and the receiver right after it; "tuki"/"stöd" counts only from an organisation whose support is money
(support_grants.gives_money) or with a sum in the sentence, as support is also advice.
"""

from __future__ import annotations

import re

from welfare_kg.extract.activity_funders import genitive
from welfare_kg.extract.allative_grants import allative_tail, coordinated_receivers
from welfare_kg.extract.model import Fact, Mention
from welfare_kg.extract.prefilter import guarded
from welfare_kg.extract.relations import FUNDERS, ORGS, UNDERTAKINGS, Clause, rule
from welfare_kg.extract.support_grants import gives_money

# the money noun right after a sum in the genitive ("N euron lahjoitus", "N euron suuruisen avustuksen")
_NOUN_AFTER = re.compile(r"[ \t]+(?:\w+[ \t]+)?(?:lahjoitu(?:s|ksen)|avustu(?:s|ksen)|tu(?:ki|en)|apura(?:ha|han)|"
                         r"stipendi(?:n)?|shekki|shekin)\b", re.IGNORECASE)
# a verb of giving whose object is the money noun: "teki", "ojensi", "luovutti", "antoi" (and their perfects)
_GIVING = re.compile(r"[ \t]+(?:(?:on|oli|ovat|olivat)[ \t]+)?(?:teki|tekee|tehnyt|tekivät|ojensi|ojentaa|"
                     r"ojentanut|ojensivat|luovutti|luovuttaa|luovuttanut|luovuttivat|antoi|antaa|antanut|antoivat|"
                     r"myönsi|myöntää|myöntänyt|myönsivät|lahjoitti|lahjoittaa|lahjoittanut)[ \t]*$", re.IGNORECASE)
_GIVERS = FUNDERS | {"Parish", "Body"}


def _giver(c: Clause, sum_start: int) -> Mention | None:
    """The organisation right before the sum: its genitive ("X:n N euron") or the subject of a verb of giving."""
    base, text = c.sent.start, c.sent.text
    for m in sorted(c.free_named, key=lambda m: m.start, reverse=True):
        if not m.iri or m.end > sum_start or m.type not in _GIVERS:
            continue
        between = text[m.end - base:sum_start - base]
        if m.case == "omanto" and not between.strip():
            return m
        if m.case in {"nimento", None} and _GIVING.fullmatch(between):
            return m
        return None  # the nearest name before the sum is neither: no giver next to the sum
    return None


@rule("funds:gift-noun", "funds", "'X:n 3 000 euron lahjoitus Y:lle', 'X ojensi 3 000 euron shekin Y:lle'",
      needs="euros")
def _gift_noun(c: Clause) -> list[Fact]:
    """The giver next to "N euron <money noun>" funds the one receiver in the allative right after it, with N."""
    if not c.euros:
        return []
    base, text = c.sent.start, c.sent.text
    out: list[Fact] = []
    for amount in c.euros:
        noun = _NOUN_AFTER.match(text, amount.end - base)
        if amount.approximate or noun is None or not text[amount.start - base:amount.end - base].lower().endswith(
                "euron"):
            continue
        giver = _giver(c, amount.start)
        if giver is None:
            continue
        receiver = next((m for m in sorted(c.named, key=lambda m: m.start) if m.iri and m.start >= base + noun.end()
                         and m.type in ORGS | UNDERTAKINGS and allative_tail(text, base, m)), None)
        if receiver is None or receiver.iri == giver.iri or text[noun.end():receiver.start - base].strip():
            continue  # the receiver must follow the noun at once: "lahjoituksen Y:lle"
        out.append(Fact(giver.iri or "", "funds", receiver.iri or "", c.ev, "funds:gift-noun", 0.65,
                        amount=amount.value, start_date=c.start, end_date=c.end))
    return out


# the money noun right after its owner: Finnish (the receiver follows in the allative) and Swedish ("till" follows)
_OWNED_NOUN = guarded(re.compile(
    r"[ \t]+(?:(?:myöntäm(?:ä|än|ää)|lahjoittam(?:a|an|aa))[ \t]+)?"  # "Kaupungin myöntämä avustus X:lle"
    r"(?:(?P<fi>lahjoitu(?:s|ksen|sta|kset)|avustu(?:s|ksen|sta|kset)|apura(?:ha|han|haa|hat)|stipendi(?:n|t)?|"
    r"rahoitu(?:s|ksen|sta)|(?P<fi_support>tu(?:ki|en|kea|et)))"  # plurals: "Kaupungin avustukset X ry:lle"
    r"|(?P<sv>(?:bidrag|donation|finansiering|anslag|understöd|(?P<sv_support>stöd))(?:et|en)?[ \t]+till))"
    r"[ \t]+(?:(?:projektet|föreningen|organisationen)[ \t]+)?", re.IGNORECASE))
_SV_GENITIVE = re.compile(r":s(?![\w-])")
# a stem every match of _OWNED_NOUN holds
_OWNED_STEMS = ("lahjoitu", "avustu", "apura", "stipendi", "rahoitu", "tuki", "tuen", "tukea", "tuet", "bidrag",
                "donation", "finansiering", "anslag", "understöd", "stöd")


def _owner_genitive(m: Mention, text: str, base: int) -> tuple[int, bool] | None:
    """Where a giver's genitive ends and whether it is Finnish: the Finnish genitive (its case, or an unknown name's
    "-n"), or a Swedish "-s" on the name ("Kulturfondens") or after it ("STM:s")."""
    if genitive(m):
        return m.end - base, True
    if m.surface.endswith("s") and not m.label.endswith("s"):
        return m.end - base, False
    tail = _SV_GENITIVE.match(text, m.end - base)
    return (tail.end(), False) if tail else None


@rule("funds:owner-noun", "funds", "'Kaupungin avustus X ry:lle on 5 000 euroa', 'Y:s bidrag till föreningen X'",
      needs="free_orgs",
      text_cues=_OWNED_STEMS)
def _owner_noun(c: Clause) -> list[Fact]:
    """The owner of a money noun in the genitive funds the one named right after it (allative, or "till" in Swedish)."""
    base, text = c.sent.start, c.sent.text
    lowered = text.lower()
    if not any(stem in lowered for stem in _OWNED_STEMS):
        return []  # a substring test first: most sentences name no money noun
    out: list[Fact] = []
    ordered = sorted((m for m in c.named if m.iri), key=lambda m: m.start)
    for i, giver in enumerate(ordered):
        if giver.type not in _GIVERS or id(giver) in c.inside:
            continue
        owner = _owner_genitive(giver, text, base)
        noun = _OWNED_NOUN.match(text, owner[0]) if owner is not None else None
        if noun is None or (noun.group("fi") is not None) != owner[1]:
            continue  # a Finnish noun has its owner in the Finnish genitive; a Swedish one, in the Swedish
        if (noun.group("fi_support") or noun.group("sv_support")) and not (gives_money(giver) or c.euros):
            continue  # "kaupungin tuki yhdistykselle" may be premises or advice
        receiver = next((m for m in ordered[i + 1:] if m.start - base == noun.end()), None)
        if receiver is None or receiver.type not in ORGS | UNDERTAKINGS or receiver.iri == giver.iri \
                or receiver.iri in c.ctx.funds or (noun.group("fi") and not allative_tail(text, base, receiver)):
            continue
        sums = [a for a in c.euros if not a.share]
        amount = sums[0] if len(sums) == 1 and not sums[0].approximate else None
        # "kaupungin rahoitusta A Oy:lle ja B Oy:lle": receivers coordinated in the allative each receive it (Finnish
        # only: a Swedish "till A och B" is read by the till-rules); a sum said once for them is no one's own
        also = coordinated_receivers(text, base, [m for m in ordered[i + 1:] if m.type in ORGS | UNDERTAKINGS
                                                  and allative_tail(text, base, m)]) if noun.group("fi") else []
        also = [m for m in also if m.iri and m.iri not in {giver.iri, receiver.iri} and m.iri not in c.ctx.funds]
        for m in [receiver, *also]:
            out.append(Fact(giver.iri or "", "funds", m.iri or "", c.ev, "funds:owner-noun", 0.65,
                            amount=amount.value if amount and not also else None, start_date=c.start,
                            end_date=c.end))
    return out
