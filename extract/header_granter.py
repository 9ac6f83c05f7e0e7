"""Receivers of the one granter a grant document names in its opening (issue 12).

A foundation's, a ministry's, a Leader group's or a town's news of its grants names the giver once, in the headline,
lead or letterhead ("X myönsi avustuksia", "X:n avustukset 2024"), and each receiver further on in a row or sentence
of its own with its sum ("Y ry 5 000 euroa", "Z:n hankkeelle 12 000 €"). No sentence names both, so the sentence rules
find nothing; that the document is the granter's grant news says who pays. This is the structural reading of
header_members.py for funds: one funder-kind organisation in the opening together with a word of granting there,
then every later sentence that pairs receiving organisations or projects one for one with euro sums gives a fact for
each, unless another rule already named a funder of that receiver (those rules read the sentence).

The opening is the sentences within OPENING_CHARS up to the first that names a funder-kind organisation with a word of
granting (a short news item may lie wholly within OPENING_CHARS: its receivers follow the lead and are not more of the
opening). Of several there, the giver is the one written before the word of granting, and never one that receives
("X sai"). The pairing reads what a list or table of grants looks like, not one wording:
- a sentence whose names and sums alternate (name then sum, or sum then name: "4 000 euroa A:lle ja 2 000 euroa
  B:lle"); a genitive town right before a name ("Vieremän kunnan X-hankkeelle") owns it and is no receiver;
- else each line on its own (rows run together, one name in a row unrecognised), and of a row's two sums the one
  the table's heading calls granted ("Hakija | Haettu | Myönnetty");
- else, on one line, each comma-parted item "Name Sum" of a run on its own ("Avustukset: A ry 400 euroa, B ry 500 e
  (450 plus 50 e), Aino Aho 900 e, C ry 1000 e": a person or a sum's parts in brackets break the one-for-one
  pairing); a grant lead before the colon naming no one ends the opening when the opening names one board or town
  (the page's own), so the run's names are receivers, not more of the opening;
- bare sums listed before the one with the currency word are parts of one receiver's total ("tukeen 244 000,
  toimintaan 129 000 sekä kehittämiseen 115 500 euroa": money.listed_total);
- one sum said to be each one's goes to every receiver named with it or in the sentence before ("A, B ja C saavat
  kukin 5 000 euroa", "... saivat A, B sekä C. Kunkin osuus on 3 000 euroa.");
- a receiver another rule gave the same granter's grant without a sum gets its row's sum on that fact;
- a hedged sum ("lähes", "enintään"), money collected ("sai kasaan"), a sentence naming givers ("lahjoittajia
  olivat") or a genitive owner of the money ("OLVI-säätiön 20 000 euron apuraha") pairs nothing.

Measured paired at its start (dev 253 documents, the writing and held-back halves of sets 1-7): one right fact on
dev and none on either half. With the reading above (dev of 265 documents with the fresh n16 batch): dev +7 right,
+0 wrong (n16's grant news with sums in prose and in a table of several sums per receiver), writing and held-back
halves unchanged. It is a guess from layout, not a reading of a sentence, so its confidence is below the strict
graph's 0.5.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from welfare_kg.extract.allative_grants import RECEIVER_TYPES
from welfare_kg.extract.bare_sums import bare_sum_rows, kronor_sums
from welfare_kg.extract.coordinated_funders import region_authority
from welfare_kg.extract.grant_receipts import PRIZE
from welfare_kg.extract.layout import OPENING_CHARS
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.money import Amount, find_amounts, listed_total
from welfare_kg.extract.morphology import get_morphology
from welfare_kg.extract.owner_title_blocks import block_receivers
from welfare_kg.extract.spans import outermost
from welfare_kg.extract.text import Sentence
from welfare_kg.extract.text_scans import result
from welfare_kg.extract.unread_givers import unread_giver_before

RULE = "funds:header-granter"
# the ablative names whom money comes from ("Kuopion kaupungilta saama 150 000 euron avustus"): a sentence naming
# another giver so is that giver's grant, not the opening granter's
_FROM_CASE = "ulkoeronto"
CONFIDENCE = 0.45
# sentences with neither a sum nor a word of granting after which the grant news is over (granter_focus.py keeps a
# granter named in a sentence for a like stretch)
SPAN = 4
_CELL_TYPES = RECEIVER_TYPES | {"Agency", "Ministry", "Body"}
CELL_CHARS = 90  # a longer paragraph is prose, not a table's cell
# a paragraph that is one sum alone: a table's sum cell ("120 000 €", "1 800 euroa", "5.000,00 €")
_SUM_CELL = re.compile(r"(?i)\d{1,3}(?:[ \u00a0.]\d{3})*(?:,\d{1,2})?[ \u00a0]*(?:€|euroa|euro|eur|e)\.?")
# boards and agencies hand out grants as their office; a town, an association or a company in an opening is as often
# the subject of the news as its giver, so they count only where no board or agency is named there
OFFICE_TYPES = {"Agency", "Ministry", "Body", "Parish"}
FUNDER_TYPES = OFFICE_TYPES | {"Association", "JointAuthority", "Municipality", "Company", "WellbeingCounty"}
# a fund or programme gives where the opening names no organisation that could ("Pohjois-Savon Kulttuurirahasto
# jakoi apurahoja", "EAKR-rahoitusta myönnettiin seuraaville hankkeille:"): the last choice of giver
_FUND_TYPES = {"Programme"}
_GIVER_TYPES = FUNDER_TYPES | _FUND_TYPES
# the giver is the subject ("X myönsi"), the owner ("X:n avustukset") or the source ("X:ltä sai tukea")
_GIVER_CASES = {None, "nimento", "omanto", "ulkoeronto"}
# a word of granting in the opening: the document is about money handed out
# the nouns also inside compounds ("kohdeavustukset", "kulturbidragen", "verksamhetsstöd", "kuntarahoitus")
# (Swedish "dela ut", to hand out, is the Finnish "jakaa": "Stiftelsen delade i onsdags ut 130 000 euro")
# ("utdelning", a handing out: "har beslutat om en utdelning på 1,3 miljoner euro")
GRANT_WORD = _GRANT = re.compile(r"(?i)\b(?:myön|jak[oa]|jaett|tuki|tuke|tuen|rahoit|stipend|lahjoit|donat|bevilj|"
                                 r"finansier|utdel(?:a|ning)|dela(?:de|r)?[ \t]+(?:[\wåäö]+[ \t]+){0,2}?ut\b)|"
                                 r"avustu|apura|rahoitu|bidrag|stöd|lahjoitu")
_WORD_REST = re.compile(r"\w*")
# a sentence naming a programme, a ministry or an agency as well may be about another giver
_OTHER_GIVERS = {"Agency", "Ministry", "Programme"}
# a genitive owning the money is that sentence's own giver: "OLVI-säätiön 20 000 euron apuraha", "Kelan tukea"
_OWN_MONEY = re.compile(r"(?i)\s+(?:(?:\d[\d\s.,]*|noin|n\.)\s*(?:euron|€|milj\w*)\s+)?"
                        r"\w*(?:apura|avustu|tuki|tuke|tuen|rahoitu|lahjoit|bidrag|stöd)")
# the column headings of a table of applications and grants
_APPLIED_COLUMN = re.compile(r"(?i)\b(?:haettu|haettava|anottu|haki|hakemus\w*|sökt|ansökt|ansökan)\b")
_GRANTED_COLUMN = re.compile(r"(?i)\b(?:myönnet\w*|myönte\w*|beviljat|beviljade|bevilja\w*|esitys|ehdotus|förslag)")
HEADING_CHARS = 120  # a longer line is prose, not a table's heading
HEADING_REACH = 600  # characters before a run of rows in which their heading line is looked for
_HEDGE = re.compile(r"(?i)\b(?:lähes|runsaa\w*|miltei|yli|alle|vajaa\w*|ainakin|jopa|enintään|nästan|drygt|över|"
                    r"närmare|knappt)\s*$")
HEDGE = _HEDGE  # a hedge right before a sum (sentence_sums.py)
_COLLECTED = re.compile(r"(?i)\b(?:kasaan|kerä\w*|kokoon|insamla\w*)\b")
_DONORS = re.compile(r"(?i)\b(?:lahjoittaj\w*|rahoittaj\w*|tukij\w*|donator\w*|bidragsgivar\w*)")
# the participles too: "Mielen ry:n saamat avustukset" (the genitive receives), "X on saamassa 5 000 euroa"
_RECEIVES_AFTER = re.compile(r"(?i)[ \t]+(?:\w+[ \t]+){0,2}?(?:sai|saa|saavat|saivat|saam\w*|on[ \t]+saanut|"
                             r"ovat[ \t]+saaneet|fick|får)\b")
# one sum for each of the receivers named: "kukin 5 000 euroa", "Kunkin osuus on 3 000 euroa", "vardera"
_EACH_SUM = re.compile(r"(?i)\b(?:kukin|kullekin|kunkin|jokainen|jokaiselle|kumpikin|kummallekin|vardera|"
                       r"var\s+och\s+en)\b")
# a sentence opening with a bare kind word as its subject: "Hyvinvointialue on myöntänyt", "Välfärdsområdet har"
_KIND_SUBJECT = re.compile(r"[ \t]*(?:Hyvinvointialue|Kaupunki|Kunta|Säätiö|Liitto|Yhdistys|Seurakunta|Lautakunta|"
                           r"Kaupunginhallitus|Kunnanhallitus|Aluehallitus|Pankki|Välfärdsområdet|Staden|Kommunen|"
                           r"Stiftelsen|Förbundet|Föreningen|Församlingen|Nämnden|Stadsstyrelsen|Kommunstyrelsen|"
                           r"Banken)\s+(?:on|ovat|har|myön\w*|jak\w*|tuk\w*|rahoit\w*|bevilja\w*|delade|stöd\w*|lahjoit\w*|"
                           r"donera\w*|skänk\w*)\b")
# a verb of giving right after a name in the nominative: the name gives the sum of its sentence, it receives none
_GIVES_AFTER = re.compile(r"(?i)[ \t]+(?:(?:on|ovat|oli|myös|puolestaan)[ \t]+){0,2}(?:rahoitta\w*|rahoitti\w*|"
                          r"osarahoitta\w*|osallistu\w*|maksa\w*|maksoi\w*|lahjoitt\w*|kustanta\w*|kustansi\w*|"
                          r"finansier\w*|bidrar|bidrog|medfinansier\w*)\b")
_RECEIVING = re.compile(r"(?i)\b(?:sai|saa|saavat|saivat|saanut|saaneet|fick|får|erhöll)\b")
# a lead over sums asked for, not granted: "Yhdistykset ovat hakeneet avustuksia seuraavasti:", "Ansökningar:"
_APPLIED_LEAD = re.compile(r"(?i)\b(?:hakeneet|hakivat|haki|hakee|hakevat|haettu\w*|haetut|haettiin|hakemuks\w*|"
                           r"hakemukset|anoneet|anoivat|anottu\w*|ansökt\w*|ansökte|sökte|ansöker|ansökning\w*|"
                           r"ansökan)\b")
# a sentence whose verb is applying: its sum is asked for, whoever is named (a row of the grant list says no verb)
_APPLIES = re.compile(r"(?i)\b(?:hakee|haki|hakevat|hakivat|hakenut|hakeneet|anoo|anoi|anovat|anoivat|anonut|"
                      r"anoneet|ansöker|ansökte|söker|sökte)\b")
# prices and costs are paid, not granted: "Konsertin liput:", "Kustannusarvio:", "Priser:" (a colon lead or a heading
# of a few words only: "Hinta on kohtuullinen." is no lead)
_PAID_LEAD = re.compile(r"(?i)\b(?:liput|lippujen|lipun|hinnat|hinta|hinnasto|pääsymaksu\w*|osallistumismaksu\w*|"
                        r"kustannukset|kustannusarvio|kulut|menot|biljetter|biljettpris\w*|priser|pris|avgift\w*|"
                        r"kostnader|kostnadsberäkning)\b")
# a line that decides or proposes: what follows it is granted again ("Kunnanhallitus myöntää", "Ehdotus:")
_NEGATED = re.compile(r"(?i)\b(?:ei|ej|inte)[ \t]+\w+")  # "ei myönnetty", "ej beviljat": said not to be
_DECIDES = re.compile(r"(?i)\b(?:myön\w*|bevilj\w*|jak\w*|jaett\w*|päät\w*|esit\w*|ehdot\w*|förslag\w*|"
                      r"beslut\w*|beslöt)")


def header_granter_facts(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]],
                         facts: Sequence[Fact], text: str) -> list[Fact]:
    """funds facts from the opening's one granter to each later receiver a sentence pairs with one euro sum."""
    head, end = _opening(sents, per_sentence)
    named = _granter(head, text)
    if named is None or not _GRANT.search(text[:end]):
        return []
    if _unread_first(named, head, sents, per_sentence):
        return []  # "RDHJ jakoi avustuksia": an unread name gives, not the organisation named later (unread_givers.py)
    granter = _qualified(named, head, sents, per_sentence)
    # the other organisations of the opening are the granter's partners or the headline's subject, not receivers
    # (one named there as applying is a receiver: "Yksi hakeneista oli X")
    opening = {m.iri for m in head if not _applicant(text, m.start, m.end)} | {granter}
    funded = {f.object for f in facts if f.predicate == "funds"}
    first = min(m.end for m in head if m.iri == named)
    out: list[Fact] = []
    seen: set[str] = set()
    row_facts: dict[str, Fact] = {}  # receiver -> the fact of its first row with a sum, where later rows add theirs
    pending: list[Mention] = []  # receivers the sentence before named with no sum (its "kunkin osuus" may follow)
    pending_end = 0  # where that sentence ends: a sum later on its line is its row's ("X ry, Town. Purpose, N €")
    last: list[Mention] = []  # the receivers of the latest sentence naming any ("Yhdistys saa myös ..." is one)
    cells: list[Mention] = []  # receivers of the name cells since the last sum: a table flattened a cell a paragraph
    row_names: list[Mention] = []
    idle = 0
    row_list = False  # a row "Name ry 1 000 e" paired: the list's next row may follow lines about this one
    beyond = False  # past the news's stretch of idle talk: only such rows are read
    gap = 0  # sentences since the latest such row, once beyond
    # "Sodankylän Latu ry | 3 000 | 1 800" under "Hakija | Haettu € | Myönnetty €": bare_sums.py
    bare = sorted((a for _name, sums in bare_sum_rows(text).values() for a in sums), key=lambda a: a.start)
    prior = ""  # the one receiver the sentence before named and paired no sum with (it applied, or told a cost)
    crowns = kronor_sums(text)  # a list in kronor: its receivers, but no euro amount
    asked = result("header_granter.applied_regions", applied_regions, text)  # made ahead: text_scans.py
    k = 0
    for s, ms in zip(sents, per_sentence, strict=False):
        while k < len(bare) and bare[k].start < s.start:
            k += 1
        own = []
        while k < len(bare) and bare[k].start < s.end:
            own.append(bare[k])
            k += 1
        if s.start < first:
            continue
        section = _heading_giver(s, ms, text) if s.start >= end else None
        if section is not None:  # "Pirhan avustukset" over the rows that follow: that giver's grants
            granter, idle, pending, cells, row_names, last = section, 0, [], [], [], []
            continue
        # "lähes 90 000 euroa", "enintään 60 000 euroa": no exact grant, so no row to pair
        amounts = [replace(a, approximate=True) if _HEDGE.search(text, max(a.start - 12, 0), a.start) else a
                   for a in find_amounts(s.text, s.start) if not a.share]
        amounts = sorted(amounts + own, key=lambda a: a.start) if own else amounts
        amounts = _same_sums(s, amounts or _plain_e_row(s, ms))
        if asked:  # sums under a lead about applications were asked for, not granted: no row to pair
            amounts = [a for a in amounts if not _inside(asked, a.start)]
        idle = 0 if amounts or _GRANT.search(s.text) else idle + 1
        # a table flattened one cell a paragraph: the name cells of a row, then its sum cell alone
        body = s.text.strip()
        sum_cell = len(amounts) == 1 and _SUM_CELL.fullmatch(body) is not None
        if sum_cell:
            row_names, cells = cells, []
        elif amounts or len(body) > CELL_CHARS or "\n" in body or _GRANT.search(body):
            row_names = cells = []  # prose, a row of its own, or a heading ("Myönnetty"): no name cell
        else:
            # every organisation of a name cell counts (an agency applies too), so that a row of two is no one's
            cells = cells + [m for m in outermost([m for m in ms if m.iri and not m.generic])
                             if m.type in _CELL_TYPES and m.iri not in opening and not _inside_unread_name(text, m)
                             and not _bracketed_place(text, m)]
            row_names = []
        if idle > SPAN or beyond:
            # the grant news is over: what the page says after a stretch of other talk is not its grants; but a
            # list of rows "Name ry 1 000 e", each with lines about the receiver under it, goes on at its next row
            if not row_list or gap > ROW_GAP:
                break
            beyond = True
            if not _row_line(s, ms, amounts):
                gap += 1
                continue
            gap = 0
        if _COLLECTED.search(s.text):
            continue  # "sai kasaan 30 000 euroa keräyksellä": money collected, not granted
        before, prior = prior, ""
        if _APPLIES.search(s.text):
            # "X ry hakee ensi vuodelle 70 000 euroa": a receiver's own application, not the grant; but the next
            # sentence may say what it got ("Yhdistys sai 900 euroa.", "Rahaa tuli 700 euroa.")
            asking = _receivers([m for m in ms if not _owner_of_thing(text, m) and not _inside_unread_name(text, m)])
            prior, last = _sole(asking), asking or last
            continue
        rows = "\n" in s.text.strip()
        if any(m.iri == granter or (m.type in _OTHER_GIVERS and m.iri != granter and not _owner_of_next(m, ms)
                                    and not (rows and _row_opener(text, m)))
               or (m.case == _FROM_CASE and m.iri != granter and not m.generic) for m in ms) \
                or any(m.case == "omanto" and _OWN_MONEY.match(text, m.end) for m in ms):
            continue
        if _DONORS.search(s.text):
            continue  # "Suurimpia lahjoittajia olivat A (40 000 euroa)": the names are givers, not receivers
        if any(m.case in {"nimento", None} and _GIVES_AFTER.match(text, m.end) for m in ms):
            continue  # "Kuopion kaupunki osallistuu rahoitukseen 20 000 eurolla": its own money, not a grant to it
        if PRIZE.search(s.text):
            continue  # "Palkinnot saivat: A 1 000 euroa": prize money is won, not granted
        ms = block_receivers(list(ms), text)  # "X r.f.:" over a title line: X's sum, not the title's (its module)
        homes = [m for m in ms if _home_after_comma(text, m, ms) or _organ_after_comma(text, m, ms)]
        ms = [m for m in ms if not _inside_unread_name(text, m) and not _bracketed_place(text, m)
              and not _owner_of_thing(text, m) and m not in homes]
        names = _receivers(ms)
        cost = _COST.search(s.text) is not None and not _GOT_WORD.search(s.text)
        pairs = [] if cost else _rows(s, ms, amounts, text) or _each(s, names or pending, amounts) or (
            _cell_row(row_names, amounts[0]) if sum_cell else []) or (
            [] if names else _line_row(text, pending, pending_end, s, amounts) or _kind_anaphor(s, last, amounts)
            or _got_after(s, before, amounts))
        if names and not pairs:  # "X haki ...", "X kertoi, että kustannukset ovat ...": the next may say its sum
            prior = _sole(names)
        if names and not amounts:
            pending, pending_end = names, (s.end if _name_field(s, names + homes) else -1)
        else:
            pending = []
        last = names or last
        if pairs:  # the latest paired sentence says whether the list is one of described rows
            row_list = _row_line(s, ms, amounts) and _described(text, s.end)
        for receiver, amount, after in pairs:
            earlier = row_facts.get(receiver)
            if earlier is not None and earlier.evidence.start != s.start and amount.start not in crowns \
                    and not _GRANT.search(s.text):
                # the receiver's second row of the list, a grant word-free row of its own ("DUNK r.f.:\nSkolmusik
                # 2021\n3000 euro" then "DUNK r.f.:\nMusik & Talang 2021\n3000 euro"): one fact per receiver with
                # the total of its rows (ANNOTATION.md, grant lists); a prose line naming it again with a grant
                # word restates a sum, it adds none
                earlier.amount = (earlier.amount or Decimal(0)) + listed_total(text, after, amount)
                continue
            if receiver in seen or receiver in opening:
                continue
            seen.add(receiver)
            if amount.start in crowns:
                if receiver not in funded:
                    out.append(Fact(granter, "funds", receiver, Evidence(s.text, s.start, s.end), RULE, CONFIDENCE))
                continue
            if receiver in funded:
                _fill_amount(facts, granter, receiver, listed_total(text, after, amount))
                continue
            out.append(Fact(granter, "funds", receiver, Evidence(s.text, s.start, s.end), RULE, CONFIDENCE,
                            amount=listed_total(text, after, amount)))
            row_facts[receiver] = out[-1]
    return out


ROW_GAP = 3 * SPAN  # sentences about a listed receiver after which its list's next row is no longer looked for


def _row_line(s: Sentence, ms: Sequence[Mention], amounts: Sequence[Amount]) -> bool:
    """A sentence that is one row of a list: a short line opening with a receiving organisation's name and ending
    with its one sum ("Y ry 1 000 e", "• X ry, 3 000 €")."""
    body = s.text.strip()
    if len(amounts) != 1 or "\n" in body or len(body) > CELL_CHARS:
        return False
    names = [m for m in ms if m.iri and not m.generic and m.type in RECEIVER_TYPES]
    first = min((m.start for m in names), default=None)
    return first is not None and _ROW_HEAD.fullmatch(s.text, 0, first - s.start) is not None \
        and not s.text[amounts[0].end - s.start:].strip(" \t.;€e")


# a receiving verb with a word saying the sum is the one just named: "Y rf, som får motsvarande", "Z sai saman
# verran", "B ry saa yhtä paljon"
_SAME_SUM = re.compile(r"(?i)\b(?:får|fick|erhöll|saa|sai|saavat|saivat)[ \t]+(?:motsvarande|samma[ \t]+(?:summa|"
                       r"belopp)|lika[ \t]+mycket|saman[ \t]+(?:verran|summan|suuruisen)|yhtä[ \t]+paljon)\b")


def _same_sums(s: Sentence, amounts: list[Amount]) -> list[Amount]:
    """The sentence's sums with each "får motsvarande" ("gets the same") read as the exact sum named before it in
    the sentence ("A rf, som får 1 000 euro ..., eller B rf, som får motsvarande"): a receiver's sum stated by
    reference. None where no exact sum comes before."""
    out = list(amounts)
    for found in _SAME_SUM.finditer(s.text):
        at = s.start + found.start()
        before = [a for a in out if a.end <= at]
        if before and not before[-1].approximate:
            out.append(Amount(before[-1].value, at, s.start + found.end()))
            out.sort(key=lambda a: a.start)
    return out


def _described(text: str, end: int) -> bool:
    """A row with lines about its receiver right under it, on the next line with no blank line between ("Y ry
    1 000 e" then "* Lahjoituksella järjestetään ..."): the list's rows are blocks, and its next row may follow a
    stretch of such talk."""
    return re.match(r"[ \t]*\n[ \t]*\S", text[end:end + 200]) is not None


SECTION_HEADING_CHARS = 60  # a longer line is a lead or prose, not a section's heading


def _heading_giver(s: Sentence, ms: Sequence[Mention], text: str) -> str | None:
    """The one giver a section heading of grants names ("Pirhan avustukset", "STEAn avustukset Mielle ry:lle",
    "Kaupungin kulttuuriavustukset" names none): a short line with no full stop, a word of granting and one
    funder-kind name as the giver (not "X:n saamat avustukset"). The rows under it are that giver's grants,
    not the opening's granter's: a page may list its grants by giver."""
    body = s.text.strip()
    if len(body) > SECTION_HEADING_CHARS or "\n" in body or body.endswith((".", ":", "!", "?")) \
            or not _GRANT.search(body) or find_amounts(body):
        return None
    givers = [m for m in outermost([m for m in ms if m.iri and not m.generic])
              if _kind(m) in _GIVER_TYPES and m.case in _GIVER_CASES and not _receives(text, m, m.end)
              and not _applicant(text, m.start, m.end)]
    # the giver opens the heading: "Pirhan avustukset", not "Avustukset Pirhan kautta"
    return _one_giver(givers) if givers and not text[s.start:givers[0].start].strip() else None


def applied_regions(text: str) -> list[tuple[int, int]]:
    """The stretches of text under a lead about applications ("Avustusta ovat hakeneet seuraavat yhdistykset:",
    "Hakemukset:"), prices or costs ("Konsertin liput:", "Kustannusarvio:") up to the next line that decides,
    proposes or grants, or that leads another list: the sums there were asked for or paid. A table heading
    naming both columns ("Hakija | Haettu | Myönnetty") is no such lead. One pass over the lines."""
    out: list[tuple[int, int]] = []
    start: int | None = None
    at = 0
    for line in text.split("\n"):
        a, at = at, at + len(line) + 1
        body = line.strip()
        if not body:
            continue
        # a lead ends in a colon; a heading is short and states no sum ("Haetut avustukset")
        lead = (body.endswith(":") and len(body) <= HEADING_CHARS * 2) or (
            len(body) <= HEADING_CHARS // 2 and not find_amounts(body))
        paid = (body.endswith(":") or len(body.split()) <= 4) and _PAID_LEAD.search(body) is not None
        # a heading whose granted column is an earlier year's ("Haettu v. 2019 Myönnetty v. 2018") heads a table
        # of applications: its "myönnetty" decides nothing now
        # (nor does a row's "ei myönnetty", what was not granted before: "B ry 200 eur ei myönnetty")
        decides = _DECIDES.search(_NEGATED.sub("", body)) is not None and not past_granted_heading(body)
        if lead and (_APPLIED_LEAD.search(body) or paid) and not decides:
            if start is None:
                start = a
            continue
        if start is not None and (decides or body.endswith(":")):
            out.append((start, a))
            start = None
    if start is not None:
        out.append((start, len(text)))
    return out


def _inside(regions: Sequence[tuple[int, int]], at: int) -> bool:
    i = bisect_right(regions, (at, len(regions) and regions[-1][1] + 1)) - 1
    return i >= 0 and regions[i][0] <= at < regions[i][1]


# a sum told as a cost or a budget is what something costs, not what was granted ("kustannukset ovat 1 500
# euroa", "Hankkeen budjetti on", "kostar 20 000 kronor"), unless the sentence says what was got too
_COST = re.compile(r"(?i)\b(?:\w*kustannu\w*|\w*budjet\w*|maksaa|maksoi|kostar|kostade|kostnad\w*|budget\w*)")
# a short sentence saying money came, its receiver unnamed: "Yhdistys sai 900 euron tuen.", "Rahaa saatiin 700
# euroa.", "Rahaa tuli 900 euroa.", "Se sai käyttöönsä 800 euroa.", "Föreningen fick 500 euro."
_GOT_WORD = re.compile(r"(?i)\b(?:sai|saivat|saatiin|tuli|annettiin|myönnettiin|jaettiin|fick|erhöll|beviljades)\b")
_GOT_LEAD = re.compile(r"(?i)[ \t]*(?:[^\W\d]+[ \t]+){0,2}(?:sai|saivat|saatiin|tuli|annettiin|myönnettiin|fick|"
                       r"erhöll|beviljades)\b")
GOT_CHARS = 80  # a longer sentence is more than the sum's own clause
# who applies is no giver: "Yksi rahoitusta hakeneista oli X", "Hakijana on X"; "X haki 3 000 euroa", "X anoi"
_APPLICANT_BEFORE = re.compile(r"(?i)\b(?:hakeneista|hakeneiden|hakijoista|hakijana|hakijoina|hakija|hakijat|"
                               r"sökande)[ \t]+(?:[^\W\d]+[ \t]+){0,2}$")
_APPLIES_AFTER = re.compile(r"(?i)[ \t]+(?:[^\W\d]+[ \t]+){0,2}?(?:haki|hakee|hakivat|hakevat|anoi|anoo|anoivat|"
                            r"on[ \t]+hakenut|ovat[ \t]+hakeneet|ansökte|ansöker|sökte|söker)\b")


def _applicant(text: str, start: int, end: int) -> bool:
    """The name is written as one who applies ("hakeneista oli X", "X haki 3 000 euroa"): a receiver, no giver."""
    return _APPLICANT_BEFORE.search(text, max(0, start - 40), start) is not None \
        or _APPLIES_AFTER.match(text, end) is not None


def _sole(names: Sequence[Mention]) -> str:
    iris = {m.iri for m in names if m.iri}
    return iris.pop() if len(iris) == 1 else ""


def _got_after(s: Sentence, before: str, amounts: list[Amount]) -> list[tuple[str, Amount, int]]:
    """A short sentence naming no one that says one exact sum came ("Yhdistys sai 900 euron tuen.", "Rahaa tuli
    700 euroa.") right after a sentence that named one receiver asking or telling its costs ("X haki 3 000
    euroa ..."): that receiver's grant. A local paper's grant news tells each receiver so."""
    if not before or len(amounts) != 1 or amounts[0].approximate or len(s.text.strip()) > GOT_CHARS \
            or _GOT_LEAD.match(s.text) is None:
        return []
    return [(before, amounts[0], amounts[0].start)]


# a town or region in the adessive or the inessive is where the receivers are ("Somerolla toimiville
# yhdistyksille", "Rovaniemellä"), not one of them
_WHERE_CASES = {"ulkoolento", "sisaolento"}


def _receivers(ms: Sequence[Mention]) -> list[Mention]:
    names = [m for m in outermost([m for m in ms if m.iri and not m.generic]) if m.type in RECEIVER_TYPES
             and not (m.type in {"Municipality", "Region"} and m.case in _WHERE_CASES)]
    return sorted(names, key=lambda m: m.start)


def _each(s: Sentence, names: Sequence[Mention], amounts: list[Amount]) -> list[tuple[str, Amount, int]]:
    """One sum said to be each one's ("A, B ja C saavat kukin 5 000 euroa", "Kunkin osuus on 3 000 euroa" after a
    sentence naming A, B and C): each receiver with it."""
    if len(amounts) != 1 or amounts[0].approximate or not names or not _EACH_SUM.search(s.text):
        return []
    iris = list(dict.fromkeys(m.iri or "" for m in names))
    return [(iri, amounts[0], amounts[0].start) for iri in iris]


# a sentence whose subject is a bare kind word receiving: "Yhdistys saa myös 53 000 euroa", "Föreningen får"
_KIND_RECEIVER = re.compile(r"[ \t]*(Yhdistys|Järjestö|Seura|Säätiö|Kaupunki|Kunta|Yhtiö|Yritys|Föreningen|"
                            r"Stiftelsen|Staden|Kommunen|Bolaget)[ \t]+(?:\w+[ \t]+)?(?:saa|sai|saavat|saivat|"
                            r"on[ \t]+saanut|on[ \t]+saamassa|får|fick)\b")
_KIND_TYPES = {"Yhdistys": "Association", "Järjestö": "Association", "Seura": "Association", "Säätiö": "Association",
               "Föreningen": "Association", "Stiftelsen": "Association", "Kaupunki": "Municipality",
               "Kunta": "Municipality", "Staden": "Municipality", "Kommunen": "Municipality", "Yhtiö": "Company",
               "Yritys": "Company", "Bolaget": "Company"}


def _kind_anaphor(s: Sentence, last: Sequence[Mention], amounts: list[Amount]) -> list[tuple[str, Amount, int]]:
    """A receiver named again by its kind word alone ("X ry on saamassa ... Yhdistys saa myös 53 000 euroa"): the
    one receiver of that kind the latest sentence naming receivers named; none where it named two of the kind."""
    found = _KIND_RECEIVER.match(s.text)
    if found is None or len(amounts) != 1 or amounts[0].approximate:
        return []
    iris = {m.iri for m in last if m.iri and m.type == _KIND_TYPES[found.group(1)]}
    return [(iris.pop(), amounts[0], amounts[0].start)] if len(iris) == 1 else []


def _fill_amount(facts: Sequence[Fact], granter: str, receiver: str, value: Decimal) -> None:
    """The sum of the receiver's row on the one fact another rule stated of the same grant without a sum (a list
    whose first name that rule read on its own: "Avustuksen saivat A (5 000 euroa), B (3 000 euroa) ...")."""
    bare = [f for f in facts if f.predicate == "funds" and f.subject == granter and f.object == receiver]
    if len(bare) == 1 and bare[0].amount is None:
        bare[0].amount = value


def granter_of_opening(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]], text: str) -> str | None:
    """The one granter the document's opening names with a word of granting there, if any (listed_receivers.py)."""
    head, end = _opening(sents, per_sentence)
    granter = _granter(head, text)
    # the opening's word at its last character read whole: "... saa t|ukea" cut at OPENING_CHARS is "tukea"
    if granter is None or not _GRANT.search(text, 0, _WORD_REST.match(text, end).end()):
        return None
    if _unread_first(granter, head, sents, per_sentence):
        return None
    return _qualified(granter, head, sents, per_sentence)


def _unread_first(granter: str, head: Sequence[Mention], sents: Sequence[Sentence],
                  per_sentence: Sequence[Sequence[Mention]]) -> bool:
    """The opening says an unread name gives (or is where the money is sought from) before it names the granter
    ("RDHJ jakoi avustuksia. RDHJ on ministeriön yhteydessä toimiva ..."): the giver is that unread name."""
    first = min((m.start for m in head if m.iri == granter), default=0)
    return unread_giver_before(sents, per_sentence, first + 1, get_morphology())


def _qualified(granter: str, head: Sequence[Mention], sents: Sequence[Sentence],
               per_sentence: Sequence[Sequence[Mention]]) -> str:
    """A board the headline names by its kind word alone ("Vapaa-aikalautakunnan avustukset") is the one the lead
    names with its town ("Sodankylän vapaa-aikalautakunta on jakanut ..."): that one, where the lead names it."""
    bare = next((m for m in head if m.iri == granter), None)
    if bare is None or bare.type != "Body" or " " in bare.label.strip():
        return granter
    kind, words = bare.label.strip().lower(), len(bare.surface.split())
    for s, ms in zip(sents, per_sentence, strict=False):
        if s.start >= 2 * OPENING_CHARS:
            break
        # the same kind of board, named with more words ("Sodankylän vapaa-aikalautakunta": the town's own)
        found = next((m.iri for m in ms if m.type == "Body" and m.iri and m.iri != granter
                      and (m.label.lower() == kind or m.label.lower().endswith(" " + kind))
                      and len(m.surface.split()) > words), None)
        if found:
            return found
    return granter


def _opening(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]]) -> tuple[list[Mention], int]:
    """The names of the opening and where it ends: the sentences within OPENING_CHARS, up to the first that names a
    funder-kind organisation with a word of granting ("X myönsi avustuksia ..."). A short news item may be all
    within OPENING_CHARS; what follows its lead are the receivers, not more of the opening."""
    head: list[Mention] = []
    end = 0
    for s, ms in zip(sents, per_sentence, strict=False):
        if s.start >= OPENING_CHARS:
            break
        # "Säätiö myönsi seuraavat avustukset:" then a row a line: the names after the lead's colon are its rows,
        # the receivers, never the opening's giver
        lead = _LEAD_END.search(s.text)
        # "Avustukset: A ry 400 e, B ry 600 e": a grant noun before a colon opens a run of rows on its own line
        listed = None if lead else _GRANT_LEAD.match(s.text)
        rows_from = s.start + (lead or listed).end() if lead or listed else s.end
        names = [m for m in ms if m.start < OPENING_CHARS and m.iri and not m.generic and m.start < rows_from]
        head += names
        end = min(s.end, OPENING_CHARS)
        # a lead of grants naming no one ("Avustukset: A ry 400 e, ...") in the minutes or page of one town or
        # board: that body's grants follow, and their receivers are no more of the opening
        if not names and listed and _page_office(head):
            break
        if _GRANT.search(s.text) and any(m.type in FUNDER_TYPES and m.case in _GIVER_CASES
                                         and not _receives(s.text, m, m.end - s.start)
                                         and not _applicant(s.text, m.start - s.start, m.end - s.start)
                                         for m in names):
            break
        # "Österbottens välfärdsområde" heading, then "Välfärdsområdet har beviljat bidrag ...": a bare kind word
        # giving stands for the one funder the opening named; what follows is the receivers, not more opening
        if _GRANT.search(s.text) and _KIND_SUBJECT.match(s.text) \
                and len({m.iri for m in head if m.type in FUNDER_TYPES}) == 1:
            break
    return head, end


# a short lead naming grants before a colon, the rows after it on the same line ("Myönnetyt avustukset: A ry ...")
_GRANT_LEAD = re.compile(r"(?i)[ \t]*(?:[^\W\d]+[ \t]+){0,2}[^\W\d]*(?:avustu|apura|bidrag|stipend)[^\W\d]*"
                         r"(?:[ \t]+\d{4})?[ \t]*:[ \t]*(?=\S)")


def _page_office(head: Sequence[Mention]) -> bool:
    """The opening names the one board or town whose minutes or page it is (the giver _granter picks)."""
    named = _granter(head)
    return named is not None and any(m.iri == named and _kind(m) in OFFICE_TYPES | {"Municipality"} for m in head)


# a lead of three words or more ending its line with a colon; a field label ("Rahoittaja:") names its value after it
_LEAD_END = re.compile(r"(?m)^[ \t]*(?:[^\s:]+[ \t]+){2,}[^\s:]+[ \t]*:[ \t]*\n")


def _boards_as_owners(outer: Sequence[Mention], head: Sequence[Mention]) -> list[Mention]:
    """The opening's outermost names, a registered association's or company's own board ("X ry:n hallitus teki
    rahoituspäätökset") standing for that organisation: the organisation gives, its board decides for it."""
    inner = {m.start: m for m in head if m.type in {"Association", "Company"}}
    out = []
    for m in outer:
        o = inner.get(m.start)
        out.append(o if m.type == "Body" and o is not None and o.end < m.end and o.case == "omanto" else m)
    return out


def _granter(head: Sequence[Mention], text: str = "") -> str | None:
    """The one office of the opening that may give (of several, the one subject), else its one other funder-kind
    organisation; a name inside another name ("Oulun kaupungin" in "Oulun kaupungin lähidemokratiatoimikunta") is
    the outer one's owner.

    Where the opening names several, the giver is the one written before a word of granting in its own sentence
    ("X:n hallitus teki rahoituspäätökset neljälle hankkeelle. Y:n kunnan Z-hankkeelle ..."): a name after that
    word, or in a sentence with none, is a receiver, its owner or the news's setting."""
    givers = [m for m in _boards_as_owners(outermost(head), head) if _kind(m) in _GIVER_TYPES
              and m.case in _GIVER_CASES and not _receives(text, m, m.end)  # "X sai ...": X receives
              and not _applicant(text, m.start, m.end)  # "hakeneista oli X", "X haki": X asks, it gives nothing
              # "STN rahoittaa X:n johtamia konsortioita": the genitive agent of running leads what is funded
              and not (text and m.case == "omanto" and _RUNS_AFTER.match(text, m.end))
              # "Liedon Xyzpankki lahjoittaa": the town opens a name no rule read, whose bearer gives
              and not (text and _opens_unread_name(text, m))]
    found = _one_giver(givers)
    if found is not None or not text:
        return found
    before = [m for m in givers if _before_grant_word(text, m)]
    return _one_giver(before) if len(before) < len(givers) else None


# a participle of running right after a genitive ("Turun yliopiston johtamia", "X:n hallinnoima"): its agent runs
_RUNS_AFTER = re.compile(r"(?i)[ \t]+(?:johtam|hallinnoim|koordinoim|vetäm|toteuttam|luotsaam)\w*")


def _receives(text: str, m: Mention, at: int) -> bool:
    """A receiving verb right after the name makes it the receiver ("X sai avustuksen"), unless the name is in the
    ablative: "Ely-keskukselta sai tukea 33 hanketta" names where the money came from, the giver."""
    return m.case != _FROM_CASE and _RECEIVES_AFTER.match(text, at) is not None


def _kind(m: Mention) -> str:
    """A Swedish region named as its authority ("Region Västmanland har beviljat") gives as a regional council
    does; a bare region name is an area."""
    return "JointAuthority" if region_authority(m) else m.type


def _one_giver(givers: Sequence[Mention]) -> str | None:
    for kinds in (OFFICE_TYPES, FUNDER_TYPES, _FUND_TYPES):
        iris = {m.iri for m in givers if _kind(m) in kinds}
        if len(iris) > 1:  # "X myönsi ... Euroopan unionin rahoittamalle": the subject gives, the genitive co-funds
            iris = {m.iri for m in givers if _kind(m) in kinds and m.case in {None, "nimento"}}
            return next(iter(iris)) if len(iris) == 1 else None
        if iris:
            return next(iter(iris))
    return None


def _before_grant_word(text: str, m: Mention) -> bool:
    """A word of granting follows the name in its own line-or-sentence, and the name heads it (no receiving verb
    between: "X sai avustuksen" names the receiver)."""
    stop = min((i for i in (text.find(".", m.end), text.find("\n", m.end)) if i >= 0), default=len(text))
    start = max(text.rfind(".", 0, m.start), text.rfind("\n", 0, m.start)) + 1
    word = _GRANT.search(text, m.end, stop)
    return word is not None and not _RECEIVING.search(text, start, word.start())


def _rows(s: Sentence, ms: Sequence[Mention], amounts: list[Amount], text: str) -> list[tuple[str, Amount, int]]:
    """The sentence's receivers with their sums; where the sentence as a whole does not pair them (a table or a
    list run together: "A ry 8 000 €\nB 5 000 €\nC ry 2 000 €" with B unrecognised), each of its lines on its own.
    A table whose heading names a sum applied for and a sum granted ("Hakija | Haettu | Myönnetty") gives each
    row's granted sum."""
    pairs = _pairs(ms, amounts)
    if pairs:
        return pairs
    granted = _granted_column(text, s.start)
    if granted is None and "\n" not in s.text.strip():
        return _project_row(ms, amounts) or _run_items(s, ms, amounts)
    out: list[tuple[str, Amount, int]] = []
    at = s.start
    names_from: int | None = None  # where the line of names starts whose sum may be the next line alone
    for line in s.text.split("\n"):
        a, b = at, at + len(line)
        at = b + 1
        row = [a_ for a_ in amounts if a <= a_.start < b]
        if not row and granted is None:  # the table's heading opens the sentence its rows run on in
            granted = _heading_column(line)
        if len(row) == 2 and granted is not None:
            row = [row[granted]]
        if row:
            inside = [m for m in ms if a <= m.start and m.end <= b]
            if not inside and names_from is not None and len(row) == 1 and _SUM_CELL.fullmatch(line.strip()):
                # "Title (ACR), Lapin yliopisto, Liisa Aho" then "468 531 €": a row one cell a line
                inside = [m for m in ms if names_from <= m.start and m.end <= a]
            out += _pairs(inside, row) or _project_row(inside, row)
        names_from = a if not row and line.strip() else None
    return out


# what may stand between the items of a run "A ry 400 euroa, B ry 600 e; C ry 900 e" and before its first one
_ITEM_GAP = re.compile(r"[\s,;]*")
_RUN_LEAD = re.compile(r"[^\n]{0,60}:[ \t]*")  # "Avustukset: A ry 400 euroa, ...", "Myönnetyt avustukset 2024: ..."
_NAME_TO_SUM = re.compile(r"[ \t\u00a0:–-]*")  # "A ry 400 euroa", "A ry: 400 e", "A ry – 400 e": nothing else
_BREAKDOWN = re.compile(r"[ \t]*\([^()\n]{0,40}\)")  # "500 e (450 plus 50 e)": the parts of the item's sum


def _run_items(s: Sentence, ms: Sequence[Mention], amounts: list[Amount]) -> list[tuple[str, Amount, int]]:
    """A run of items "Name Sum" on one line parted by commas or semicolons ("Avustukset: A ry 400 euroa, B ry
    600 e, Asko Aho 900 e, C ry 1000 e"), where the sentence as a whole does not pair its names and sums one for one
    (a person receiving, a sum's parts in brackets): each item on its own, its one receiver written right before its
    one sum ("A ry haettu 500 e" names an application, no grant). Items that pair nothing are passed over; a run
    needs two paired items, so one sentence of prose naming a sum gives none."""
    names = sorted((m for m in outermost([m for m in ms if m.iri and not m.generic]) if m.type in RECEIVER_TYPES),
                   key=lambda m: m.start)
    text, at, out = s.text, 0, []
    lead = _RUN_LEAD.match(text)
    for k, a in enumerate(amounts):
        start, end = a.start - s.start, a.end - s.start
        if start < at:
            continue  # a sum inside the brackets after the item's sum
        if a.approximate or a.share:
            return []
        item = [m for m in names if at <= m.start - s.start and m.end - s.start <= start]
        opens = _ITEM_GAP.fullmatch(text, at, item[0].start - s.start) if item else None
        if k == 0 and item and not opens:
            opens = lead is not None and lead.end() <= item[0].start - s.start \
                and _ITEM_GAP.fullmatch(text, lead.end(), item[0].start - s.start)
        if len(item) == 1 and opens and _NAME_TO_SUM.fullmatch(text, item[0].end - s.start, start):
            out.append((item[0].iri or "", a, item[0].end))
        bracket = _BREAKDOWN.match(text, end)
        at = bracket.end() if bracket else end
        rest = text[at:].strip()
        if rest and rest[0] not in ",;.":
            return []  # the sum is followed by more prose: no run of items
    return out if len(out) >= 2 else []


def _row_opener(text: str, m: Mention) -> bool:
    """A name opening its line of a table or list ("| Lapin yliopisto | X-hanke | 120 000 € |"): the row's applicant
    column, not another giver of the sentence."""
    start = text.rfind("\n", 0, m.start) + 1
    if re.fullmatch(r"[ \t|•*·▪–-]*", text[start:m.start]) is not None:
        return True
    # a field of a row after a comma or a cell border ("Title (ACR), Lapin yliopisto, Liisa Aho, 468 531 €"), the
    # row's sum on its line or alone on the next
    if re.search(r"[,|][ \t]*$", text[start:m.start]) is None:
        return False
    end = text.find("\n", m.end)
    end = len(text) if end < 0 else end
    after = text.find("\n", end + 1)
    after = len(text) if after < 0 else after
    return bool(find_amounts(text[m.end:end])) or _SUM_CELL.fullmatch(text[end + 1:after].strip()) is not None


def _cell_row(names: Sequence[Mention], amount: Amount) -> list[tuple[str, Amount, int]]:
    """The receiver of a sum cell standing alone after its row's name cells ("Lapin yliopisto" / "Arktinen
    hyvinvointi -hanke" / "120 000 €"): the row's one project, else its one receiver; none where the row names
    more (two organisations and no project: whose sum it is the layout does not say)."""
    if amount.approximate:
        return []
    projects = list(dict.fromkeys(m.iri for m in names if m.type == "Project" and m.iri))
    iris = projects or list(dict.fromkeys(m.iri for m in names if m.iri))
    if len(iris) != 1 or not (projects or any(m.type in RECEIVER_TYPES for m in names)):
        return []
    return [(iris[0] or "", amount, amount.start)]


def _project_row(ms: Sequence[Mention], amounts: list[Amount]) -> list[tuple[str, Amount, int]]:
    """A row naming its applicant and its project before its one sum ("| Lapin yliopisto | Arktinen hyvinvointi
    -hanke | 120 000 € |", "Kemin kaupunki, Rajalla-hanke, 45 000 euroa"): the project is what the sum is granted
    to, the organisation applies for it. Only where the row names one project, before the sum, or after it as
    what the sum goes to ("A ry:lle myönnettiin 10 000 euroa B -hankkeelle")."""
    if len(amounts) != 1 or amounts[0].approximate:
        return []
    outer = outermost([m for m in ms if m.iri and not m.generic])
    projects = {m.iri: m for m in outer if m.type == "Project" and m.end <= amounts[0].start}
    if not projects:
        # "A ry:lle myönnettiin 10 000 euroa B -hankkeelle": the project the sum goes to, named after it in the
        # allative or the illative, is what the sum is granted to
        projects = {m.iri: m for m in outer if m.type == "Project" and m.start >= amounts[0].end
                    and m.case in _TO_CASES}
    if len(projects) != 1:
        return []
    project = next(iter(projects.values()))
    return [(project.iri or "", amounts[0], project.end)]


_TO_CASES = {"ulkotulento", "sisatulento"}  # the allative and the illative: what money is granted to or for


def _granted_column(text: str, before: int) -> int | None:
    """Of a row's two sums, which one was granted (0 the first, -1 the last), by the nearest heading line before
    the rows that names both columns ("Hakija | Haettu | Myönnetty"); None where no such heading says."""
    for line in reversed(text[max(0, before - HEADING_REACH):before].splitlines()[-12:]):
        column = _heading_column(line)
        if column is not None:
            return column
    return None


def _heading_column(line: str) -> int | None:
    """Which of a row's two sums the heading line calls granted, if the line is a heading naming both (none where
    the granted column is an earlier year's: past_granted_heading)."""
    if len(line) > HEADING_CHARS or find_amounts(line) or past_granted_heading(line):
        return None  # a heading is short and states no sum
    applied, granted = _APPLIED_COLUMN.search(line), _GRANTED_COLUMN.search(line)
    if applied and granted:
        return 0 if granted.start() < applied.start() else -1
    return None


# a column's year right after its word: "Myönnetty v.-17", "Haettu v. 2019", "Beviljat 2018", "haettu -18"
_COLUMN_YEAR = r"[ \t]*(?:määrä[ \t]+|summa[ \t]+|belopp[ \t]+)?(?:v\.?|år)?[ \t]*[-–]?[ \t]*(\d{4}|\d{2})\b"
_APPLIED_YEAR = re.compile(r"(?i)\b(?:haettu|anottu|sökt|ansökt)" + _COLUMN_YEAR)
_GRANTED_YEAR = re.compile(r"(?i)\b(?:myönnetty|myönnettiin|beviljat|beviljade)" + _COLUMN_YEAR)
# a granted column said to be last year's: "myönnetty edellisvuonna", "ed. vuonna myönnetty", "beviljat i fjol"
_PAST_GRANTED = re.compile(r"(?i)\b(?:edellis\w*|viime[ \t]+vuon\w*|ed\.[ \t]*v(?:\.|uon\w*)|i[ \t]+fjol|"
                           r"föregående[ \t]+år|förra[ \t]+året)[ \t]+(?:myönn|bevilj)\w*|"
                           r"\b(?:myönnet\w*|beviljat|beviljade)[ \t]+(?:edellis\w*|viime[ \t]+vuon\w*|"
                           r"ed\.[ \t]*v(?:\.|uon\w*)|i[ \t]+fjol|föregående[ \t]+år|förra[ \t]+året)")


def _year(digits: str) -> int:
    return int(digits) if len(digits) == 4 else 2000 + int(digits)


def past_granted_heading(line: str) -> bool:
    """A table heading whose granted column is an earlier year's than the sums applied for ("Haettu v. 2019
    Myönnetty v. 2018", "Haettu määrä v.-18 Myönnetty v.-17", "Haettu | Myönnetty edellisvuonna"): a table of
    applications with last year's grants beside them, which grants nothing now (the decision follows it)."""
    if len(line) > HEADING_CHARS or not _APPLIED_COLUMN.search(line):
        return False
    if _PAST_GRANTED.search(line):
        return True
    applied, granted = _APPLIED_YEAR.search(line), _GRANTED_YEAR.search(line)
    return applied is not None and granted is not None and _year(granted.group(1)) < _year(applied.group(1))


def _pairs(ms: Sequence[Mention], amounts: list[Amount]) -> list[tuple[str, Amount, int]]:
    """Each receiver with the sum written after it and before the next receiver: "Y ry 5 000 euroa", "A sai
    8 000 euroa ja B 6 000 euroa"; or each sum with the receiver right after it ("antaa 4 000 euroa A:lle ja
    2 000 euroa B:lle"). A sentence whose names and sums do not alternate one for one (two sums for one name)
    pairs nothing; nor does a hedged sum ("noin 5 000 euroa"). A genitive name right
    before another ("Vieremän kunnan Kylät kuntoon -hankkeelle") owns it and is no receiver of its own."""
    # a name inside a longer one is that one's owner ("Soites" in "Soites välfärdsområdesfullmäktige"), no receiver
    names = _receivers(ms)
    names = [m for k, m in enumerate(names)
             if not (m.case == "omanto" and k + 1 < len(names) and names[k + 1].start - m.end <= 1)]
    if amounts:  # "A sai 8 400 euroa hankkeeseen, jolla markkinoidaan A:ta": named again after the sums, the same one
        names = [m for k, m in enumerate(names)
                 if not (m.start >= amounts[-1].end and any(o.iri == m.iri for o in names[:k]))]
    if not names or len({m.iri for m in names}) != len(names) or len(amounts) != len(names):
        return []
    if len(names) == 1:  # one name, one sum: in either order ("(2,2 milj. euroa) myönnettiin X:lle")
        return [] if amounts[0].approximate else [(names[0].iri or "", amounts[0], names[0].end)]
    if any(a.approximate for a in amounts):
        return []
    bounds = [m.start for m in names[1:]] + [amounts[-1].end]
    if all(m.end <= a.start < limit for m, a, limit in zip(names, amounts, bounds, strict=True)):
        return [(m.iri or "", a, m.end) for m, a in zip(names, amounts, strict=True)]  # "A ry 5 000 €, B ry 3 000 €"
    # each sum before its receiver: "4 000 euroa A:lle ja 2 000 euroa B:lle"
    bounds = [a.start for a in amounts[1:]] + [names[-1].end]
    if all(a.end <= m.start < limit for m, a, limit in zip(names, amounts, bounds, strict=True)):
        return [(m.iri or "", a, a.start) for m, a in zip(names, amounts, strict=True)]
    return []


def _owner_of_next(m: Mention, ms: Sequence[Mention]) -> bool:
    """A genitive right before another name owns it ("Itä-Suomen yliopiston Metsäbiotalous -hankkeelle"): the
    applicant of a grant, not another giver."""
    return m.case == "omanto" and any(0 < o.start - m.end <= 1 for o in ms)


def _line_row(text: str, pending: Sequence[Mention], pending_end: int, s: Sentence,
              amounts: list[Amount]) -> list[tuple[str, Amount, int]]:
    """A row the sentence splitter cut at its full stop ("Kettuki ry, Hämeenlinna. Toimintaan, 65 000 €"): a sentence
    with one sum and no receiver of its own, on the same line as the sentence before that named one receiver and no
    sum, right after it, gives the sum to that receiver. A sentence on a line of its own is prose or a table's cell,
    read elsewhere; one further on ("X hallinnoi. Y:stä voi ... Tukea voi saada 20 000 e") is no part of the row,
    nor is one after a sentence that says more than the name (pending_end -1: "Kunta tukee sitä. Se maksaa ...")."""
    if len(amounts) != 1 or amounts[0].approximate or not pending or pending_end < 0 \
            or text[pending_end:s.start].strip(" \t"):
        return []
    iris = list(dict.fromkeys(m.iri or "" for m in pending))
    return [(iris[0], amounts[0], amounts[0].start)] if len(iris) == 1 else []


_FIELD_REST = re.compile(r"[\s,.;:•*·–-]*")


def _name_field(s: Sentence, names: Sequence[Mention]) -> bool:
    """A sentence that is a row's name field: nothing but the receiver's name and its home town ("Kettuki ry,
    Hämeenlinna."), no verb or other word of prose."""
    at = s.start
    for m in sorted(names, key=lambda m: m.start):
        if m.start < at or not _FIELD_REST.fullmatch(s.text, at - s.start, m.start - s.start):
            return False
        at = m.end
    return _FIELD_REST.fullmatch(s.text, at - s.start) is not None


# an organisation's own name ending right before the comma: "Kettuki ry, Hämeenlinna", "Daatso Oy, Helsinki"
_HOME_BEFORE = re.compile(r",[ \t]*$")
_HOME_AFTER = re.compile(r"[ \t]*(?:[.,;)]|$)", re.MULTILINE)


def _home_after_comma(text: str, m: Mention, ms: Sequence[Mention]) -> bool:
    """A town or region in the nominative after a comma right after an organisation's name and closing its field
    ("Ateljee Eivor ry, Porvoo. Tuetun taidetoiminnan ..."): where that receiver is, not a receiver of its own, as a
    town in brackets is (_bracketed_place)."""
    if m.type not in {"Municipality", "Region"} or m.case not in {"nimento", None}:
        return False
    comma = _HOME_BEFORE.search(text, max(0, m.start - 4), m.start)
    if comma is None or _HOME_AFTER.match(text, m.end) is None:
        return False
    return any(o.end == comma.start() and o.type in RECEIVER_TYPES - {"Municipality", "Project"} and not o.generic
               for o in ms)


def _organ_after_comma(text: str, m: Mention, ms: Sequence[Mention]) -> bool:
    """A bare kind word of a committee or section after a comma right after an association's name ("Y ry,
    naistoimikunta 2 000 e"): the part of that association the row's money is for, not a receiver of its own (the
    row keeps one name for its one sum; the association receives)."""
    if m.type != "Body" or " " in m.surface.strip() or not m.surface[:1].islower():
        return False
    comma = _HOME_BEFORE.search(text, max(0, m.start - 4), m.start)
    return comma is not None and any(o.end == comma.start() and o.type in {"Association", "Company", "Parish"}
                                     and not o.generic for o in ms)


# a row's sum in whole euros written with a bare "e" and no thousands space ("X ry 1000 e"), ending its line after
# the row's name: money.find_amounts reads a bare "e" only after a spaced or decimal number (a year or a clock time
# before an "e" is no sum), but in a row opening with a receiver's name the number is that row's grant
_PLAIN_E_ROW = re.compile(r"[ \t,:–-]+(\d{3,6})[ \t]?e\.?[ \t]*$")


def _plain_e_row(s: Sentence, ms: Sequence[Mention]) -> list[Amount]:
    """The sum of a one-line row "Name ry 1000 e" that opens with a receiving organisation's name."""
    body = s.text.rstrip()
    if "\n" in body.strip():
        return []
    found = _PLAIN_E_ROW.search(body)
    if found is None:
        return []
    names = [m for m in ms if m.iri and not m.generic and m.type in RECEIVER_TYPES
             and m.end - s.start <= found.start()]
    if not names or not _ROW_HEAD.fullmatch(s.text, 0, names[0].start - s.start):
        return []
    start = s.start + found.start(1)
    return [Amount(Decimal(found.group(1)), start, s.start + found.end())]


_ROW_HEAD = re.compile(r"[\s|•*·▪–-]*")


def _bracketed_place(text: str, m: Mention) -> bool:
    """A town or region in brackets right after a name is where that receiver is ("Ystäväntupa ry (Ähtäri) 50 000
    euroa"), not a receiver of its own: a row keeps one name for its one sum."""
    return m.type in {"Municipality", "Region"} and re.search(r"\S[ \t]*\($", text[max(0, m.start - 3):m.start]) \
        is not None and text[m.end:m.end + 1] == ")"


# the word after a genitive name that makes the name the receiver's owner, not a thing's: the receiving undertaking
# in the allative or the illative ("Kiteen kaupungin hankkeelle", "X:n kohtaamispaikkatoimintaan") or the receiver's
# participle ("Iisalmen kaupungin saama tuki")
_RECEIVING_HEAD = re.compile(r"[ \t]+(?:[a-zåäö-]+(?:lle|(?:aa|ee|ii|oo|uu|yy|ää|öö)n|h[aeiouyäö]n|seen|siin)\b|saam)")
_LOWER_WORD = re.compile(r"[ \t]+[a-zåäö]")
_NEXT_WORD = re.compile(r"[ \t]+([a-zåäö-]+)")


def _owner_of_thing(text: str, m: Mention) -> bool:
    """A genitive name before a common noun owns that thing ("Ruskon kunnan hallintosäännön mukaan yhdistykselle
    on myönnetty 3 900 euroa", "Kajaanin kaupungin talousarviossa"): it is named as the rule's, the budget's or the
    plan's owner, not as a receiver, so it takes no sum of the sentence. Nor does it own the receivers when they are
    many of a kind in the plural allative ("Kouvolan kouluille myönnettiin 280 stipendiä"): the schools receive."""
    if m.case != "omanto" or _LOWER_WORD.match(text, m.end) is None:
        return False
    if _RECEIVING_HEAD.match(text, m.end) is None:
        return True
    word = _NEXT_WORD.match(text, m.end)
    readings = get_morphology().analyse(word.group(1)) if word else []
    return bool(readings) and all(a.number == "plural" and a.case == "ulkotulento" for a in readings)


def _opens_unread_name(text: str, m: Mention) -> bool:
    """A town or region right before a capitalised word no rule read opens a longer name ("Liedon Xyzpankki
    lahjoittaa", "Kuopion Tiedepuisto myönsi"): the name's bearer is meant, not the town. (A capitalised word before
    the town may be a sentence's first word, "Myös Kuopio myönsi", so only the word after counts here.)"""
    return m.type in {"Municipality", "Region"} \
        and re.match(r"[ \t]+[A-ZÅÄÖ][a-zåäö][\w-]*", text[m.end:m.end + 40]) is not None


def _inside_unread_name(text: str, m: Mention) -> bool:
    """A town or region right after or right before a capitalised word no rule read is a word of a longer name
    ("Tavasti Siilinjärvi", "Borgå Folkakademi"), not a receiver of its own (a sentence's first word may be any
    word: such a town is lost)."""
    if m.type not in {"Municipality", "Region"}:
        return False
    # or right before one: "Borgå Folkakademi som får 10 000 euro", "Kuopion Tiedepuisto sai 5 000 euroa"
    return re.search(r"(?:^|[ \t])[A-ZÅÄÖ][\w-]+[ \t]+$", text[max(0, m.start - 30):m.start]) is not None \
        or re.match(r"[ \t]+[A-ZÅÄÖ][a-zåäö][\w-]*", text[m.end:m.end + 40]) is not None
