"""Finnish amounts of money and shares: "966 880 euroa", "357,00 €", "2,3 miljoonaa", "80 %"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

# "1.5 miljoonaa": a decimal point before a scale word (no group of thousands has one or two digits)
_NUM = (r"\d{1,3}\.\d{1,2}(?=\s*(?:miljoon|milj|miljard|miljon|mrd|M€))|"
        r"\d{1,3}(?:[ \u00a0.]\d{3})+(?:,\d+)?|\d+(?:,\d+)?")
# Each pattern below opens with a lookahead of the characters a match can start with (a digit, or the first letter
# of an approximating word), tried before its groups and alternatives: the same matches, at 1.5-1.9x the speed on
# every sentence with a digit (tests/test_money_openers.py compares them with the patterns without the opener)
_MONEY = re.compile(
    r"(?=[\dnayvcolrmdkuö])"  # the first character of `num` or of `approx` (the flag makes it case-blind, as they are)
    # a hedge before the sum, Finnish or Swedish: "lähes", "reilut", "drygt" (just over), "knappt" (just under)
    rf"(?P<approx>\b(?:n\.|noin|arviolta|yhteensä noin|vajaat?|yli|lähes|miltei|reilu(?:t|sti)?|runsaa(?:t|sti)|"
    r"runsas|ca\.?|cirka|omkring|ungefär|drygt|nästan|närmare|knappt|runt|över)\s*)?"
    rf"(?P<num>{_NUM})(?:,-)?\s*"  # "12 000,- €": the dash of whole euros
    # "miljardi" before "milj." so that "0,5 miljardia" is not read as half a million
    r"(?P<scale>miljardi(?:a|n|lla)?|miljarder|miljard|miljoonaa|miljoona|milj\.?|tuhatta|t€|M€|miljoner|miljon|mrd\.?)?\s*"
    # a bare "e" after a number is the euro in tables and truncated lines ("656 914 e")
    # "Euroopan" after a year is no currency: "vuoden 2015 Euroopan aluekehitysrahaston rahoitusta"
    r"(?P<cur>euroa|euron|eurolla|eurosta|euroon|euro(?!op)|€|eur\b|EUR\b|e(?=\s*(?:$|[.,;:)(\n])))?",
    re.IGNORECASE,
)
# the currency before the number, as in English-style tables and invoices: "€ 25 000", "EUR 1 250 000"
_PREFIXED = re.compile(rf"(?:€|\bEUR\b)\s?(?P<num>{_NUM})(?!\s*(?:€|eur|euro))", re.IGNORECASE)
# "1,5 Me" (miljoonaa euroa) at the end of a phrase, like the bare "e" of tables
_MEGA_E = re.compile(rf"(?=\d)(?:(?P<num>{_NUM})\s?Me(?=\s*(?:$|[.,;:)\n]))|"
                     # "3,5 M erityisryhmien ...": a transcript that lost the "€" of "3,5 M€" keeps a decimal
                     # number and a capital M alone (no "MW", "Mt"): millions of euros
                     r"(?P<dec>\d{1,3},\d{1,2})[ \u00a0]?M(?=[ \t\n.,;:)]|$))")
_DIGIT = re.compile(r"\d")  # the \d of _NUM: any Unicode digit
# another currency after a scale word: "8,6 miljoner kronor", "2 miljoonaa dollaria" are no euros, though the scale
# alone makes a sum of "2,3 miljoonaa" in a euro budget; the graph's amounts are euros (FACTS.md), so such a sum is
# none (a sum with its own euro word, "5 000 euroa", never reaches this test)
_OTHER_CURRENCY = re.compile(r"(?i)[a-zåäö]*\.?[ \t\u00a0]*(?:kronor|kronan|kr\b|sek\b|nok\b|dkk\b|isk\b|"
                             r"kruunu\w*|dollar\w*|usd\b|us\$|\$|punta\w*|pund\b|gbp\b|£|rupla\w*|rubel\w*)")
_PERCENT = re.compile(rf"(?=\d)(?P<num>{_NUM})\s*(?:%|prosenttia|prosentin|procent)")
_SCALES = {"miljoonaa": 10**6, "miljoona": 10**6, "milj": 10**6, "milj.": 10**6, "m€": 10**6,
           "miljoner": 10**6, "miljon": 10**6, "miljardia": 10**9, "miljardi": 10**9, "miljardin": 10**9,
           "miljardilla": 10**9, "miljarder": 10**9, "miljard": 10**9, "mrd": 10**9, "mrd.": 10**9,
           "tuhatta": 10**3, "t€": 10**3}


@dataclass(frozen=True)
class Amount:
    value: Decimal
    start: int
    end: int
    approximate: bool = False
    share: bool = False  # a percentage, not euros


def _number(text: str) -> Decimal | None:
    raw = re.sub(r"[ \u00a0]", "", text)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", raw):
        raw = raw.replace(".", "")
    try:
        return Decimal(raw.replace(",", "."))
    except InvalidOperation:
        return None


# what turns a sum into a rate per head or per unit: "euroa asukasta kohti", "€/asukas", "euro per invånare"
_PER_UNIT = re.compile(r"(?i)[ \t\u00a0]*(?:/[ \t]*(?:asukas|as\.|hlö|henkilö|invånare|inv\.?|kuntalainen)|"
                       r"per[ \t]+(?:asukas|henkilö|invånare|kommuninvånare|capita|person)|"
                       r"(?:asukasta|kuntalaista|henkeä|henkilöä|jäsentä|invånare)[ \t]+(?:kohti|kohden))")


# a text's amounts at offset 0, by the text: the sentence rules, the document passes and the scans ask for the same
# sentence's amounts again and again (the 2 MB page: 99,818 calls, 14,997 distinct texts), and a large page repeats
# its sentences. Everything below reads the text alone and adds `offset` to each position, so the amounts at another
# offset are these shifted. Amount is frozen, so the kept ones are handed out as they are.
_KEPT: dict[str, tuple[Amount, ...]] = {}
KEPT_LIMIT = 100_000  # texts kept before they are let go
KEPT_LONGEST = 4000  # a longer text (no sentence: text.MAX_SENTENCE) is not kept alive here


def find_amounts(text: str, offset: int = 0) -> list[Amount]:
    """Euro amounts and percentage shares in a sentence, in order.

    A number counts as money only with a currency word or a scale word
    ("2,3 miljoonaa" in a budget sentence); bare numbers, years and dates don't. A bare "e" after a number with no
    group separator ("600 e") is euros only beside a sum naming its currency or another such sum (a run of grants).
    """
    if _DIGIT.search(text) is None:
        return []  # every pattern needs a digit; most sentences have none, and _MONEY tries its words at each position
    if len(text) > KEPT_LONGEST:
        return _amounts(text, offset)
    kept = _KEPT.get(text)
    if kept is None:
        if len(_KEPT) >= KEPT_LIMIT:
            _KEPT.clear()
        kept = _KEPT[text] = tuple(_amounts(text))
    if not offset:
        return list(kept)
    return [Amount(a.value, a.start + offset, a.end + offset, a.approximate, a.share) for a in kept]


def _amounts(text: str, offset: int = 0) -> list[Amount]:
    """find_amounts(text, offset), computed."""
    out: list[Amount] = []
    taken: list[tuple[int, int]] = []
    plain_e: list[Amount] = []  # "600 e" with no group separator: money only beside a sum with its currency
    currency = False  # a sum of the text says its currency ("400 euroa", "1 200 e")
    for m in _PERCENT.finditer(text):
        val = _number(m.group("num"))
        if val is not None:
            out.append(Amount(val, m.start() + offset, m.end() + offset, share=True))
            taken.append((m.start(), m.end()))
    for m in _MONEY.finditer(text):
        if any(s <= m.start("num") < e for s, e in taken):
            continue
        if not (m.group("cur") or m.group("scale")):
            continue
        if not m.group("cur") and _OTHER_CURRENCY.match(text, m.end()):
            continue  # "8,6 miljoner kronor": a sum, but not in euros
        # a bare "e" counts after "656 914" or "12,50", not after a year or a clock time; but in a run of sums one
        # of which names its currency ("A ry 400 euroa, B ry 600 e, C ry 1000 e") every "N e" is euros too
        unseparated_e = m.group("cur") == "e" and not re.search(r"[ \u00a0.,]", m.group("num"))
        before = text[max(0, m.start("num") - 1):m.start("num")]
        if before and (before.isdigit() or before in ".,/"):
            continue
        val = _number(m.group("num"))
        if val is None or _PER_UNIT.match(text, m.end()):
            continue  # "7,5 euroa asukasta kohti": a rate per head, no sum anyone pays or gets
        scale = m.group("scale")
        if scale:
            val = val * _SCALES.get(scale.lower().rstrip("."), _SCALES.get(scale.lower(), 1))
        found = Amount(val.to_integral_value() if val == val.to_integral_value() else val,
                       m.start("num") + offset, m.end() + offset, approximate=bool(m.group("approx")))
        if unseparated_e:
            if not re.match(r":\w", text[m.end():m.end() + 2]):  # "lain 15 e:n mukaan": a section 15 e of a law
                plain_e.append(found)
            continue
        currency = currency or bool(m.group("cur"))
        out.append(found)
    if currency or len(plain_e) > 1:  # "A ry 600 e, B ry 1000 e": two such sums are a run of euros as well
        out += plain_e
    for pattern, scale in ((_PREFIXED, 1), (_MEGA_E, 10**6)):
        for m in pattern.finditer(text):
            at = m.start("num") if m.group("num") else m.start("dec")
            if any(a.start - offset <= at < a.end - offset for a in out):
                continue
            val = _number(m.group("num") or m.group("dec"))
            if val is not None:
                val = val * scale
                out.append(Amount(val.to_integral_value() if val == val.to_integral_value() else val,
                                  at + offset, m.end() + offset))
    out += _elided_currency(text, out, offset)
    out += _verb_sums(text, out, offset)
    return sorted(out, key=lambda a: a.start)


# a grant's sum right after its verb, its euro word left out as news copy does ("X ry on saamassa 157 000
# asuntojen perustamismenoihin", "johon X saanee 32 500.", "X:lle esitetään myönnettäväksi 12.000 ..."): grouped
# thousands only, and not before a word in the partitive, which counts something else ("sai 3 000 kävijää",
# "saa 20 000 uutta jäsentä"), nor before a unit, a percent or another currency
_VERB_SUM = re.compile(r"(?i)\b(?:saa|saanee|saavat|sai|saivat|saamassa|saaneet|saanut|myönnettäväksi|myönnetään|"
                       r"myönnettiin|myönsi|fick|får|beviljades|beviljas)[ \t]+(?:yhteensä[ \t]+)?"
                       r"(?P<num>\d{1,3}(?:[ \u00a0.]\d{3})+)(?![\d,])(?P<next>[ \t]*(?:[%/]|[^\W\d_][\w²-]*)?)")
_COUNTED_NEXT = re.compile(r"(?i)^[ \t]*(?:[a-zåäö-]*(?:a|ä|ta|tä)|[a-zåäö]*\b(?:kpl|km|m2|m²|t|kg|h|st|kr|"
                           r"sek|nok|dollar\w*|kronor|kruunu\w*|henkeä|asukkaan|asukasta|invånare|personer|"
                           r"besökare|deltagare|medlemmar|kappale\w*)|%|/)$")


def _verb_sums(text: str, found: list[Amount], offset: int) -> list[Amount]:
    """Bare grouped sums right after a verb of receiving or granting, in a sentence stating no sum itself."""
    if any(not a.share for a in found):
        return []  # the sentence names its currency with a sum of its own: its bare numbers are no elided sums
    out: list[Amount] = []
    for m in _VERB_SUM.finditer(text):
        if _COUNTED_NEXT.match(m.group("next")):
            continue
        val = _number(m.group("num"))
        if val is not None:
            out.append(Amount(val, m.start("num") + offset, m.end("num") + offset))
    return out


# a list of receivers with their sums that says the currency with the first sum only: "saivat Kajaanin kaupunki
# 62 000 euroa, Kuhmon kaupunki 74 000, Kumppaniksi ry ...": after a sum with its euro word and a comma, a short
# capitalised name with no digit and a bare sum of grouped thousands that ends its list item (a year or a count
# is no grouped sum; a lower-case word after the comma is a clause of its own, not the list's next item)
_ELIDED_ITEM = re.compile(r"(?:,[ \t]+|[ \t]+(?:ja|sekä|och)[ \t]+)(?=[A-ZÅÄÖ])(?:[^\W\d][\w.:-]*[ \t]+){1,5}?"
                          r"(?P<num>\d{1,3}(?:[ \u00a0]\d{3})+)(?=[ \t]*(?:,|;|\.(?:\s|$)|$|\bja\b|\bsekä\b|\boch\b))")


def _elided_currency(text: str, found: list[Amount], offset: int) -> list[Amount]:
    """The bare sums of list items that follow a sum with its euro word, item by item."""
    out: list[Amount] = []
    last = [a for a in found if not a.share and not a.approximate]
    ends = {a.end - offset for a in last if re.search(r"(?i)euro|€|eur\b", text[a.end - offset - 6:a.end - offset])}
    for m in _ELIDED_ITEM.finditer(text):
        if m.start() not in ends:
            continue
        val = _number(m.group("num"))
        if val is None:
            continue
        item = Amount(val, m.start("num") + offset, m.end("num") + offset)
        out.append(item)
        ends.add(m.end("num"))
    return out


# a bare sum in a list whose currency word stands only after its last sum: "tukeen 244 000, toimintaan 129 000
# sekä kehittämiseen 115 500 euroa"; grouped thousands only (a year or a count is no sum)
_BARE_LISTED = re.compile(r"(?<![\d,.])(?P<num>\d{1,3}(?:[ \u00a0]\d{3})+)(?=\s*(?:,|\bsekä\b|\bja\b|\boch\b))")


def listed_total(text: str, lo: int, amount: Amount, offset: int = 0) -> Decimal:
    """The sum of `amount` and the bare sums listed before it from `lo` on (offsets in `text` plus `offset`), where
    one receiver gets several sums for several purposes and the currency word follows only the last."""
    total = amount.value
    for m in _BARE_LISTED.finditer(text, max(lo - offset, 0), max(amount.start - offset, 0)):
        value = _number(m.group("num"))
        if value is not None:
            total += value
    return total


# the words of the sum's own clause that make it something else than the grant: an own or municipal share, a
# price or fee, a saving, a salary or wage cost, an applied-for sum ("haettu", "ansökt")
# words of a sum that is no grant: a budget, a cost, a total, an own share, a loan or its guarantee, a turnover;
# the sum rules of one sentence (sentence_sums) and of a whole document (document_sums) add their own to these
NOT_GRANT_WORDS = (r"budjet|budget|kustannu|kostnad|kokonais|omarahoitu|egen\s+finansiering|lainaa?\b|laina-|takau|"
                   r"\blån\b|borgen|liikevaihto|omsättning|\bosuus|andel")
_NOT_GRANTED_BEFORE = re.compile(
    r"(?i)\b(?:omavastuu|omarahoitu|oma\s+osuus|kuntaosuu|kuntien\s+osuus|egen\s+finansiering|självfinansiering|"
    r"hinta|hinnan|hinnaksi|maksaa\b|maksoi\b|maksavat\b|kostar\b|kostade\b|priset\b|pris\b|avgift|säästö|"
    r"säästä|säästy|besparing|palkka\b|palkat\b|palkkakulu(?:t|jen)?\b|lönen\b|lön\b|lönekostnad)[^,;:.()\n]*$")
# the sum applied for: no grant's sum unless a word of granting stands in its clause ("myönsi anotut 2 000 euroa")
_APPLIED_BEFORE = re.compile(r"(?i)\b(?:haettu|haetu|haetaan|haki\b|hakenut|haettiin|anottu|anotu|anoi\b|ansök|sökt|"
                             r"sökte\b)[^,;:.()\n]*$")
# a word of granting after which the clause is the grant's own ("Säästöpankkisäätiö myönsi X:lle 5 000 euroa")
_GRANT_WORD = re.compile(r"(?i)myön|rahoit|bevilj|avustu|anslag|understöd|finansier")
_NOT_GRANTED_AFTER = re.compile(r"(?i)^\s*(?:euroa?|eur|€|kronor|kr)?\s*(?:/\s*(?:hlö|henkilö|hlö|person)|"
                                r"per\s+(?:henkilö|hlö|osallistuja|person|deltagare)|henkeä\s+kohden|"
                                r"henkilöltä|osallistujalta)")
_RANGE = re.compile(r"\d\s*(?:-|–|—)\s*$")
# a sum of a whole the grant is a part of ("se on osa kunnille kohdennettua, yhteensä 9,6 miljoonan euron
# tukipakettia", "är en del av ett stödpaket på 9,6 miljoner euro"): the package's or programme's total, in the
# genitive that qualifies the whole (Finnish) or after "på" (Swedish), not what this grant gave
_PART_OF_BEFORE = re.compile(r"(?i)\b(?:osa|osana|osaksi)\b[^.;:()\n]*$")
_PART_OF_BEFORE_SV = re.compile(r"(?i)\bdel\s+av\b[^.;:()\n]*\bpå\s+(?:totalt\s+|sammanlagt\s+|drygt\s+|nästan\s+)?$")
_GENITIVE_EUROS = re.compile(r"(?i)\beuron\b")
# a count of more than one projects or receivers by the sum, after it ("N euron rahoituksen 32 tutkimushankkeelle",
# "N kronor till 26 nyskapande projekt", "N euroa 40 hakijalle") or before it in the grant word's clause ("myönnettiin
# 13 hankkeelle yhteensä N euroa"): the total over them, not one receiver's sum (Finnish keeps the counted word
# singular; a year before the word is a time, not a count; a project's genitive "kolmen hankkeen" counts, a town's
# "kolmen kunnan alueella" is a place)
_COUNTED_PROJECTS = (r"(?:(?<![\d.,/-])(?!(?:19|20)\d\d\b)(?:[1-9]\d{0,2}(?:[.\u00a0 ]\d{3})+(?![\d,])|[2-9]|[1-9]\d+)|"
                     r"\b(?:kahde|kolme|neljä|viide|kuude|"
                     r"seitsemä|kahdeksa|yhdeksä|kymmene)(?:lle|n)|\b(?:kahteen|kolmeen|neljään|viiteen|kuuteen|"
                     r"useille|useaan|useiden|monelle))[ \u00a0]+"
                     r"(?:(?!\d|euro|milj|kronor|kr\b|€)[\wåäö-]+[ \u00a0]+){0,3}?"
                     r"(?:[\wåäö-]*(?:hankkee(?:lle|seen|n)|projektille|projektiin|projekt)|"
                     r"[\wåäö-]*(?:hakija|järjestö|yhdistykse|seura|kohtee|yhteisö|saaja|tutkija|opiskelija|oppilaa|"
                     r"taiteilija|toimija|organisaatio|koulu|kerho|ryhmä|henkilö|perhee)lle|[\wåäö-]*kohteeseen|"
                     r"föreningar|organisationer|mottagare|sökande|ändamål|klubbar|aktörer|stipendiater)\b")
_COUNTED_PROJECTS_BEFORE = re.compile(r"(?i)" + _COUNTED_PROJECTS + r"[^.;:\n]{0,40}$")
_COUNTED_PROJECTS_AFTER = re.compile(r"(?i)[^.;:\n]{0,60}?" + _COUNTED_PROJECTS)
# receivers or purposes in the plural ("hakijoille", "järjestöille", "useisiin eri kohteisiin", Swedish "till
# föreningar"): a sum stated with them and a word of a total, or a word of variety ("eri", "useille", "olika"), is
# the granter's total giving, no one receiver's grant
_PLURAL_RECEIVERS = (r"(?:[\wåäö-]*(?:hankkei|projektei|hakijoi|järjestöi|yhdistyksi|seuroi|kohtei|kunni|yhteisöi|"
                     r"saaji|tutkijoi|opiskelijoi|oppilai|taiteilijoi|toimijoi|organisaatioi|koului|kerhoi|ryhmi|"
                     r"henkilöi|perhei|tarkoituksi)(?:lle|siin|hin|in)|\btill\s+(?:[a-zåäö]+\s+){0,2}?"
                     r"(?:föreningar|organisationer|projekt|mottagare|sökande|ändamål|klubbar|aktörer|"
                     r"stipendiater|kommuner))\b")
_TOTAL_WORD = re.compile(r"(?i)\b(?:yhteensä|kaikkiaan|yhteismäärältään|totalt|sammanlagt|sammantaget)\b")
_VARIED_RECEIVERS = re.compile(r"(?i)\b(?:eri|useille|useisiin|monille|moniin|lukuisille|lukuisiin|olika|flera)\s+"
                               r"(?:[\wåäö-]+\s+){0,2}?" + _PLURAL_RECEIVERS)
_PLURAL_RECEIVERS_RE = re.compile(r"(?i)" + _PLURAL_RECEIVERS)
# grants in the plural essive ("jakoi N euroa apurahoina"): many grants summed, unless one receiver is named in the
# allative ("myönsi X ry:lle 5 000 euroa apurahoina": that one's sum)
_PLURAL_ESSIVE = re.compile(r"(?i)\b(?:apurahoina|avustuksina|stipendeinä|lahjoituksina)\b")
_NAMED_ALLATIVE = re.compile(r":lle\b|\b[A-ZÅÄÖ][\wåäö-]*lle\b")
_CLAUSE_BREAK = re.compile(r"[.;:\n](?=\s|$)")
_RELATIVE_AFTER = re.compile(r"(?i),\s*(?:joka|jotka|jonka|joiden|joita|jolla|joilla|mikä|mitkä|som|vilka|vilket)\b")


def total_over_many(text: str, start: int, end: int) -> bool:
    """Whether the sum at text[start:end] is, by its own clause, a total over many receivers or purposes: after or
    before a count of them ("N euroa 40 hakijalle", "13 hankkeelle yhteensä N euroa"), with a word of a total and
    receivers in the plural ("yhteensä N euroa paikallisille järjestöille", "totalt N kronor till föreningar"),
    beside a word of variety ("N euroa useisiin eri kohteisiin") or as grants in the plural essive ("yhteensä N
    euroa apurahoina"). Such a sentence states the granter's total giving, which is no grant of any one receiver."""
    lo = max(0, start - 120)
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, lo, start)]
    before = text[breaks[-1] if breaks else lo:start]
    stop = _CLAUSE_BREAK.search(text, end, end + 120)
    after = text[end:stop.start() if stop else end + 120]
    if _COUNTED_PROJECTS_AFTER.match(after) or _COUNTED_PROJECTS_BEFORE.search(before):
        return True
    # "X ry saa yhteensä N euroa, jotka kuluvat ... perheille": a relative clause tells what the money is spent on,
    # not among whom it is shared
    relative = _RELATIVE_AFTER.search(after)
    clause = before + " " + (after[:relative.start()] if relative else after)
    if _VARIED_RECEIVERS.search(clause):
        return True
    if _TOTAL_WORD.search(clause) and _PLURAL_RECEIVERS_RE.search(clause):
        return True
    return bool(_PLURAL_ESSIVE.search(clause) and not _NAMED_ALLATIVE.search(clause))


_RANGE_AFTER = re.compile(r"^\s*(?:-|–|—)\s*\d")


def not_granted_sum(text: str, start: int, end: int) -> bool:
    """Whether the sum at text[start:end] is, by its own clause, no granted sum: a grant sentence often names an
    own share, a price, a saving or the sum applied for beside the grant ("myönsi X:lle avustusta, jonka omavastuu
    on 5 000 euroa"), and a range ("10 000-20 000 euroa") states no one sum."""
    before = text[max(0, start - 80):start]
    grant_ends = [m.end() for m in _GRANT_WORD.finditer(before)]
    if grant_ends:
        before = before[grant_ends[-1]:]
    elif _APPLIED_BEFORE.search(before):
        return True
    after = text[end:end + 40]
    if _PART_OF_BEFORE_SV.search(before) or (_PART_OF_BEFORE.search(before)
                                              and _GENITIVE_EUROS.search(text[start:end + 8])):
        return True  # the whole the grant is part of
    if total_over_many(text, start, end):
        return True  # the total over a count of projects or many receivers
    return bool(_NOT_GRANTED_BEFORE.search(before) or _NOT_GRANTED_AFTER.search(after) or _RANGE.search(before)
                or _RANGE_AFTER.search(after))


# a sum ending a list row, with its currency, after a space or a column's separator ("Byns röster 40 000 kronor",
# "Kylän äänet – 4 000 €"): the row's grant, never part of the name the row opens with
ROW_SUM_TAIL = re.compile(r"(?i)[ \t,:–-]+\d{1,3}(?:[ \u00a0.]\d{3})*(?:,\d{1,2})?[ \t\u00a0]*"
                          r"(?:€|euroa|euro|eur|kronor|kr|sek)\.?[ \t]*$")
# a lead or heading over names that asked for money, not got it ("ovat hakeneet avustusta seuraavat hankkeet:",
# "Hakemukset", "Ansökningar"): the names listed under it are applicants, no one funds them by the list
APPLIED_LEAD = re.compile(r"(?i)\b(?:hakeneet|hakivat|haki|hakee|hakevat|haettu\w*|haetut|haettiin|hakemuks\w*|"
                          r"hakemukset|hakijat|anoneet|anoivat|anottu\w*|ansökt\w*|ansökte|sökte|söker|ansöker|"
                          r"ansökning\w*|ansökan|sökande)\b")
