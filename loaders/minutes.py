"""Reading the layout of municipal minutes (pöytäkirja, protokoll) into items.

Minutes are semi-structured: a body and date, then one or more sections (§) each
with a title, record number, preparer/presenter and parts such as the proposal and
the decision. Only layout is read here; names and facts are left to extraction.
Finnish and Swedish layouts are both read, because bilingual municipalities and
wellbeing services counties publish in either.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from welfare_kg.loaders.layouts import letterhead_body, toc_items
from welfare_kg.loaders.record import MinutesItem
from welfare_kg.records import MinutesStage

_BODY_STEM = (
    r"[\wÅÄÖåäö-]*(?:lautakunta|jaosto|johtokunta|valiokunta|toimikunta|"
    r"nämnd(?:en)?|sektion(?:en)?|utskott(?:et)?|direktion(?:en)?)"
)
BODY_WORDS = (
    # "Sosiaali- ja terveyslautakunta", "Social- och hälsovårdsnämnden": a coordinated prefix is part of the name
    r"(?:(?:[\wÅÄÖåäö]+-\s+(?:ja|och)\s+)?" + _BODY_STEM + "|"
    # a division named by its parent or field: "Perusturvan jaosto", "Kunnanhallituksen konsernijaosto"
    r"[A-ZÅÄÖ][a-zåäö-]+n(?:\s+(?:ja\s+)?[a-zåäö-]+n){0,3}\s+[\wÅÄÖåäö-]*jaosto|"
    r"(?:maakunta|nuoriso)(?:hallitus|valtuusto)|[\wÅÄÖåäö-]*yhteistyöryhmä|"
    r"kunnanhallitus|kaupunginhallitus|kunnanvaltuusto|kaupunginvaltuusto|valtuusto|yhtymähallitus|"
    r"yhtymävaltuusto|aluehallitus|aluevaltuusto|"
    # the councils of the elderly, the disabled and the young (kuntalaki 26-28 §) and a project's steering or
    # management group, which head their own minutes as the organs do ("Vammaisneuvosto 12.3.2024")
    r"[\wÅÄÖåäö-]*(?<!valtio)neuvosto|ohjausryhmä|johtoryhmä|"
    r"(?:kommun|stads|välfärdsområdes|områdes|samkommuns)?styrelse(?:n)?|"
    r"(?:kommun|stads|välfärdsområdes|områdes|samkommuns)?fullmäktige|KH|KV|KHALL)"
)
DATE = r"(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})"
_MEETING_WORD = r"(?:kokous|kokouksen\s+pöytäkirja|pöytäkirja|sammanträde|protokoll)"
# a bare "Hallitus" or "Johtokunta" (an association's or a regional council's board, an enterprise's board) is the
# Government or any board in running text, but at a line's start before the meeting's number and date, or after a
# part heading alone on its line, it is the body that meets
_LINE_BODY_WORDS = rf"(?:{BODY_WORDS}|hallitus|johtokunta)"
_BODY_DATE = re.compile(
    rf"^[ \t]*(?P<body>{_LINE_BODY_WORDS})\b[ \t,:]*(?:{_MEETING_WORD})?[ \t,:]*(?:§\s*\d{{1,4}}[ \t,]*)?"
    rf"(?:\d{{1,3}}[ \t]*/[ \t]*\d{{4}}[ \t,]*)?(?P<date>{DATE})",  # "Hallitus 3 / 2017 20.03.2017": spaced too
    re.IGNORECASE | re.MULTILINE)
# A body named on a line of its own in the header ("Sosiaali- ja terveyslautakunta" above "Kokousaika ...")
_BODY_LINE = re.compile(rf"^[ \t]*(?P<body>{BODY_WORDS})[ \t]*(?:[,:]?[ \t]*{_MEETING_WORD}\b[^\n]*)?$",
                        re.IGNORECASE | re.MULTILINE)
# the labels only minutes put their meeting's date under (a bare "aika" or "datum" heads any event's date too), or
# a memo numbered in its year's series ("Muistio 2/2024"): the record of one meeting of a group that meets
_MEETING_DATE_LABEL = re.compile(
    rf"(?i)\b(?:kokousaika|kokouspäivä(?:määrä)?|sammanträdesdatum|sammanträdestid|mötesdatum)\b[ \t.:]*"
    rf"(?:\w+[ \t]+)?{DATE}|\bmuistio[ \t]*(?:nro[ \t]*)?\d{{1,3}}[ \t]*/[ \t]*(?:19|20)\d\d\b")
_MEETING_DATE = re.compile(
    rf"(?im)^[ \t]*(?:kokousaika|kokouspäivä(?:määrä)?|aika|päivämäärä|pvm|sammanträdesdatum|sammanträdestid|"
    rf"tid|datum|mötesdatum)\b[ \t.:]*(?:\w+[ \t]+)?(?P<date>{DATE})")
_SECTION = re.compile(
    r"(?m)^(?P<pre>[^\n§]{0,80}?)(?:§[ \t]*(?P<num>\d{1,4})(?![\d:]|\s*:n)"
    # "§ 68/20 Överenskommelse ...": the item's number in the year's series, the year after a slash, then the title
    r"(?:/(?:19|20)?\d\d(?=[ \t]+[A-ZÅÄÖ]))?"
    # "85 §Kokouksen laillisuus": a title glued to the sign is a title all the same ("12 §:n", "§sta" are words)
    r"|(?<![\d.])(?P<num2>\d{1,4})[ \t]*§(?![ \t]*:|[^\W_A-ZÅÄÖ]))(?P<post>[^\n]*)$")
_LABELLED_RN = r"(?:Dnro|Dno|DNRO|DNR|Dnr|Diarienr|Diarienummer|Asianro|Asianumero|Ärendenr)"
RECORD_NUMBER = re.compile(
    r"(?P<rn>\b[A-ZÅÄÖ][A-Za-zåäö]{1,12}(?:Dno|DNO|dno|Dnro)[-/ ]?\d{4}[-/]\d{1,6}\b"
    r"|\b" + _LABELLED_RN + r"\b\.?:?[ \t]*(?P<labelled>[\w/.-]*\d[\w/.-]*)"
    r"|\b\d{1,6}/\d{1,3}(?:\.\d{1,3}){1,4}/\d{4}\b"
    r"|\b[A-ZÅÄÖ]{1,12}/\d{1,6}/(?:\d{2}(?:\.\d{2}){0,4}/)?\d{4}\b)"
)
PART_HEADINGS: dict[str, str] = {
    "perustelut": "reasoning", "asian kuvaus": "reasoning", "selostus": "reasoning", "asia": "reasoning",
    "asian valmistelu": "reasoning", "tausta": "reasoning",
    # an official's decision prints its reasons under their own heading after the decision ("Päätös ... Päätöksen
    # perustelut"): what they tell of (others' earlier decisions) is no part of the decision
    "päätöksen perustelut": "reasoning", "beslutsmotivering": "reasoning",
    "motivering": "reasoning", "beredning": "reasoning", "ärendebeskrivning": "reasoning",
    "bakgrund": "reasoning", "ärende": "reasoning",
    "ehdotus": "proposal", "päätösehdotus": "proposal", "esitys": "proposal", "pohjaehdotus": "proposal",
    "päätösesitys": "proposal", "esittelijän ehdotus": "proposal", "esittelijän päätösehdotus": "proposal",
    "pohjaesitys": "proposal",
    "förslag": "proposal", "beslutsförslag": "proposal", "föredragandens förslag": "proposal",
    "käsittely": "handling", "behandling": "handling",
    "päätös": "decision", "beslut": "decision",
    "muutoksenhaku": "appeal", "muutoksenhakuohje": "appeal", "oikaisuvaatimusohje": "appeal",
    "ändringssökande": "appeal", "besvärsanvisning": "appeal", "anvisning för rättelseyrkande": "appeal",
    "lisätiedot": "contact", "lisätietoja": "contact", "lisätietoja asiasta antaa": "contact",
    "mer information": "contact", "tilläggsuppgifter": "contact", "ytterligare information": "contact",
    "tiedoksi": "notice", "för kännedom": "notice", "täytäntöönpano": "notice", "verkställighet": "notice",
    "liitteet": "attachments", "liite": "attachments", "bilagor": "attachments", "bilaga": "attachments",
}
_PART = re.compile(
    r"(?im)^[ \t]*(?P<h>" + "|".join(sorted((re.escape(h) for h in PART_HEADINGS), key=len, reverse=True))
    + r")\b[ \t]*(?::|\t|$|(?=\s*\())"
    # "Esitys Hallitus", "Päätös Kunnanhallitus": the heading and, alone after it on its line, the body whose
    # proposal or decision follows (a meeting system prints every part so)
    + rf"|^[ \t]*(?P<hb>esitys|ehdotus|päätösehdotus|päätös|förslag|beslut)[ \t]+(?=(?:{_LINE_BODY_WORDS})[ \t]*$)"
    # "Kunnanjohtajan ehdotus:", "Sosiaalijohtajan päätösehdotus", "Stadsdirektörens förslag": the proposal under the
    # genitive of the official or body who makes it (one word), as the headings above under none
    + r"|^[ \t]*[A-ZÅÄÖa-zåäö-]{4,}(?<=n|s)[ \t]+(?P<hg>ehdotus|päätösehdotus|esitys|päätösesitys|förslag|"
    r"beslutsförslag)\b[ \t]*(?::|\t|$)"
)
_ROLE_WORDS = r"valmistelijat|valmistelija|esittelijä|beredare|föredragande"
_ROLE = re.compile(rf"(?im)^[ \t]*(?P<role>{_ROLE_WORDS})\b[ \t:]*(?P<rest>[^\n]*)")
# Checked in this order: a decision that returns or tables an item may still say "yksimielisesti".
OUTCOMES: list[tuple[str, str]] = [
    (r"palautettiin|palauttaa\s+asian|palautetaan|återremitterades|återremiss|återremitteras", "returned"),
    (r"pöydälle|bordlades|bordläggs|bordlägga", "tabled"),
    (r"hylättiin|hylkäsi|ei\s+hyväksytty|förkastades|avslogs|avslår|godkändes\s+inte", "rejected"),
    # a decision that says no to what the proposal would do: "päätti, ettei kunta osallistu hankkeeseen", "päätti olla
    # osallistumatta", "beslöt att inte delta", "beslöt att avstå från"
    (r"päätti,?\s+(?:ettei|että\s+\w+\s+ei)\b|päätti\s+olla\s+\w+matta|päätti\s+jättää\s+\w+\s+\w+matta|"
     r"(?:beslöt|beslutade)\s+att\s+(?:inte|avstå)\b", "rejected"),
    (r"muutettuna|muutoksin|muutetussa\s+muodossa|ändrad|ändrat|med\s+ändring", "approved-amended"),
    (r"merkittiin\s+tiedoksi|merkitsi\s+tiedoksi|antecknades\s+(?:för|till)\s+kännedom", "noted"),
    (r"yksimielisesti|enhälligt|enhälligt", "approved-unanimously"),
    (r"hyväksyttiin|hyväksyi|hyväksytään|päätti\s+hyväksyä|godkändes|godkände|godkänns|omfattades",
     "approved"),
    # the present and infinitive of noting ("Merkitään tiedoksi", "Kunnanhallitus merkitsee X:n raportin tiedoksi",
    # "antecknas för kännedom"): after the approvals, so "päätti hyväksyä X:n ja merkitä tiedoksi Y:n" stays approved
    (r"\bmerki(?:tään|tsee|tsevät|tä)\s+(?:[\w:-]+\s+){0,6}?tiedoksi|\bantecknas\s+(?:för|till)\s+kännedom|"
     r"\bantecknar\s+(?:[\w:-]+\s+){0,6}?(?:för|till)\s+kännedom", "noted"),
]
# a decision that only takes up the proposal as it stands ("Ehdotus hyväksyttiin.", "Förslaget godkändes."): its
# outcome is what the proposal proposes, when that is only to note
_BARE_APPROVAL = re.compile(r"\s*(?:päätös)?(?:ehdotus|esitys)\s+hyväksyttiin(?:\s+yksimielisesti)?\.?\s*|"
                            r"\s*hyväksyttiin\.?\s*|\s*förslaget\s+godkändes(?:\s+enhälligt)?\.?\s*",
                            re.IGNORECASE)
_APPROVAL = re.compile(r"hyväksy|godkän|omfattades|päätti|beslöt|beslutade")
# the head in the singular only: a plural one after a list of genitives ("Halsuan, Kaustisen ja Vetelin kuntien
# alueella", "Lahden ja Hollolan kaupungit") is the listed towns' together, and names no owner of the minutes
_GENITIVE_OWNER = re.compile(
    r"\b(?P<w>[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ]?[a-zåäö]+)?)n\s+(?:kunt(?!ien|iin|ina)|"
    r"kunn(?!antalo|at\b|i(?:ssa|sta|lle|lta|lla|ksi)|a(?:sta|lta)\b)|"
    r"kaupun(?!gintalo|git\b|kien|keihin|kein|ge(?:issa|ista|ille|ilta|illa|iksi)|gi(?:sta|lta)\b))")
# (the singular elative and ablative, "Järvenpään kaupungista Antti Nikkanen", "Tuusulan kunnasta": where a
# member or speaker comes from, a town beside the owner, not the owner of the minutes)
_SWEDISH_OWNER = re.compile(r"\b(?P<w>[A-ZÅÄÖ][a-zåäö]+)\s+(?:kommun|stad)(?:s|en)?\b")
_NOT_PLACES = {"Tämä", "Se", "Kunki", "Jokaise", "Oma", "Kyseise", "Ko", "Kaike", "Kaikki", "Och", "Den", "Vår"}


def iso_date(text: str) -> str | None:
    m = re.search(DATE, text)
    if not m:
        return None
    try:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
    except ValueError:
        return None


def record_number(m: re.Match[str]) -> str:
    """The identifier itself, verbatim: a "Dnro"/"Dnr" label before it is not part of it."""
    value = m.group("labelled") or m.group("rn")
    return value.strip().rstrip(".-/,")


def item_outcome(text: str, parts: dict[str, tuple[int, int]]) -> str | None:
    """The outcome of an item from its decision part; a decision that takes up the proposal as it stands has the
    proposal's outcome when the proposal only notes ("Ehdotus: Merkitään tiedoksi. Päätös: Ehdotus hyväksyttiin."),
    for the item decided nothing on what it names."""
    if "decision" not in parts:
        return None
    s, e = parts["decision"]
    outcome = decision_outcome(text[s:e])
    if outcome in {"approved", "approved-unanimously"} and "proposal" in parts \
            and _BARE_APPROVAL.fullmatch(text, s, e) is not None \
            and decision_outcome(text[parts["proposal"][0]:parts["proposal"][1]]) == "noted":
        return "noted"
    return outcome


def decision_outcome(text: str) -> str | None:
    """The outcome of a decision part, most specific phrase first.

    "Yksimielisesti" alone is a unanimous approval only when the decision approves
    something; it is checked after returned/tabled/rejected for that reason.
    """
    low = text.lower()
    for pattern, outcome in OUTCOMES:
        if re.search(pattern, low):
            if outcome == "approved-unanimously" and not _APPROVAL.search(low):
                continue
            return outcome
    return None


# Words of a meeting's front page: who attended, what was handled, when and where.
# PDF transcripts (docplayer and the like) lose the § signs and part headings, but keep these.
_LAYOUT_WORDS = re.compile(
    r"(?i)\b(?:käsitellyt\s+asiat|käsiteltävät\s+asiat|asialista|kokousaika|kokouspaikka|kokoustiedot|läsnä(?:olijat)?|"
    r"osallistujat|saapuvilla\s+olleet|poissa|allekirjoitukset|pöytäkirjan\s+tarkast\w*|pöytäkirjantarkastaj\w*|"
    # the opening item every Finnish meeting handles ("Kokouksen laillisuus ja päätösvaltaisuus"), and the checking
    # of its minutes ("Pöytäkirjan tarkastaminen", "Pöytäkirjan tarkastajat"): news cite decisions, not these
    r"kokouksen\s+laillisuus|"
    r"kokouskutsu|kokouspöytäkirja|sammanträdestid|sammanträdesplats|närvarande|beslutande|frånvarande|"
    r"ärendets\s+nr|paragrafer|protokolljusterare|protokollförare|protokollet\s+justerat|protokolljustering|"
    # "Pykälän liite: Selvitys ...", "Paragrafens bilaga": an appendix of a section, which only minutes attach
    r"pykälän\s+liite|paragrafens\s+bilaga|"
    # "Aika: klo 19", "Plats: Förbundskansliet": a labelled time or place (a bare "aika" is any text's word)
    r"(?:aika|paikka|tid|plats)(?=[ \t]*:)|"
    # a transcript's header with its labels' colons lost: "Aika klo Paikka Kunnantalo", "Plats och tid Stadshuset"
    r"aika(?=[ \t]+(?:[^\s]+[ \t]+){0,6}?paikka\b)|plats\s+och\s+tid)\b")
# "Ptltk 40", "HALL 90", "Khall 127": a body's abbreviation and the section number, as extracts of minutes
# are headed; the abbreviations are the common Finnish and Swedish ones
_ABBR_SECTION = re.compile(
    r"\b(?:[A-ZÅÄÖ][a-zåäö]{0,8}(?:ltk|lk)|Khall|Kh|KH|Kv|KV|Kvalt|Valt|HALL|Hall|Yhall|Yhthall|Smn|Sn|Ks|Kfm)"
    r"\s+(?:§\s*)?\d{1,3}\b(?![.,:/]\d)")

# "697/10/03/02/00/2011", "142/08.050/2009": a case number with its filing-plan code
_FILING_CODE = re.compile(r"\b\d{1,6}/\d{2}(?:[./]\d{2,3}){0,5}/\d{4}\b")


_JUSTERING = re.compile(r"(?i)\butses\s+att\s+justera\b|\bjusteringens\s+(?:plats|dag)\b|\banslag\s*/\s*bevis\b|"
                        r"\bprotokollet\s+är\s+justerat\b")


def looks_like_minutes(text: str) -> bool:
    text = reline_items(text)  # a transcript run into one line shows its § headings only once they start lines again
    head = text[:4000]
    layout = {m.group(0).lower().split()[0] for m in _LAYOUT_WORDS.finditer(head)}
    signals = [
        bool(_SECTION.search(head)),
        bool(re.search(r"(?i)pöytäkirja|esityslista|protokoll|föredragningslista", head)),
        bool(_PART.search(text)) or _runin_parts(text),
        bool(_BODY_DATE.search(head)),
        len(layout) >= 2,
        # a case's record number or filing code: news pages cite decisions, they do not file them
        bool(RECORD_NUMBER.search(head) or _FILING_CODE.search(head)),
        # "Kokouspäivämäärä 12.03.2024", "Sammanträdesdatum 5.6.2023", "Muistio 2/2024": the meeting's date or
        # the memo's number
        bool(_MEETING_DATE_LABEL.search(head)),
        # a Swedish protocol's justification form ("Utses att justera", "Justeringens plats och tid",
        # "ANSLAG/BEVIS Protokollet är justerat"): only a protocol is checked and posted so
        bool(_JUSTERING.search(head)),
    ]
    # an extract headed "Ptltk 40" beside its case number needs nothing else: no news page is laid out so
    extract_head = bool(_ABBR_SECTION.search(head) and (RECORD_NUMBER.search(head) or _FILING_CODE.search(head)))
    return sum(signals) + 2 * (extract_head or copied_extract(text)) >= 2


# a copy's transcript starts after its own marker line, the page number before the first line
_TRANSCRIPT = re.compile(r"(?im)^[ \t]*(?:transkriptio|transkript)[ \t]*\n\s*(?:\d{1,3}[ \t]+)?")
# "KH 100", "PELA 34", "OOJAOS 30": the body's abbreviation in capitals and the section, as an extract is headed
_CAPS_SECTION = re.compile(r"\b[A-ZÅÄÖ]{2,8}[ \t]+\d{1,3}\b(?![.,:/]\d)")
COPIED_HEAD = 600  # characters of the transcript's first line that carry the extract's heading


# a part heading inside a line run into one ("... Päätösehdotus Kunnanhallitus päättää ... Päätös Hyväksyttiin."):
# capitalised, then a colon or a capitalised word
_RUNIN_PART = re.compile(r"(?<=\s)(?P<h>" + "|".join(sorted(
    (re.escape(h[:1].upper() + h[1:]) for h in PART_HEADINGS), key=len, reverse=True)) + r")\b(?=[ \t]*(?::|[A-ZÅÄÖ]))")


def _runin_parts(text: str) -> bool:
    """Part headings of two kinds (a proposal and a decision, reasons and a decision) in a text run into one line (its
    longest line holds most of it): minutes whose transcript lost its line breaks, where _PART (read at a line's
    start) sees none. A text with lines of its own keeps its headings at their starts or has none."""
    line = max(text.split("\n"), key=len)
    if len(line) <= _RUNIN_LINE or len(line) < RUN_ON_SHARE * len(text.strip()):
        return False
    return len({PART_HEADINGS[m.group("h").lower()] for m in _RUNIN_PART.finditer(line)}) >= 2


RUN_ON_SHARE = 0.8  # the share of a text its longest line holds when the text was run into one line


def copied_extract(text: str) -> bool:
    """A copied extract of one item of minutes: its transcript opens with the bodies the item went through
    ("1 Kaupunginhallitus Kaupunginvaltuusto Työpajahankkeen hankesuunnitelma 253/ /2010 KH 100 ...") and heads it
    with a body's abbreviation and section or a case number. Such a copy has lost the words for minutes, the §
    signs and the part headings, so the other signals find one sign at most."""
    m = _TRANSCRIPT.search(text, 0, 4000)
    if m is None:
        return False
    first = re.match(rf"(?:{BODY_WORDS})\b", text[m.end():m.end() + 200], re.IGNORECASE)
    if first is None or not first.group(0)[:1].isupper():
        return False
    head = text[m.end():m.end() + COPIED_HEAD]
    return bool(_CAPS_SECTION.search(head) or RECORD_NUMBER.search(head) or _FILING_CODE.search(head))


# the bodies a copied extract's first line lists before the title ("Kaupunginhallitus Kaupunginvaltuusto ...",
# "Omistajaohjauksen jaosto Kaupunginhallitus ..."): each a body word, capitalised
_LEADING_BODIES = re.compile(rf"(?:(?P<b>{BODY_WORDS})\b[ \t]+)+", re.IGNORECASE)
# what ends the title of a copied extract: the case number or filing code, or the body's abbreviation and section
_COPIED_TITLE_END = re.compile(rf"{RECORD_NUMBER.pattern}|{_FILING_CODE.pattern}|\b\d{{1,6}}/[ \t]*/[ \t]*\d{{4}}\b|"
                               rf"{_CAPS_SECTION.pattern}")
# words of a front page that no item title holds
_FRONT_PAGE = re.compile(r"(?i)\b(?:pöytäkirja|esityslista|protokoll|föredragningslista|sivu|kokoustiedot)\b")
COPIED_TITLE_WORDS = 40  # a title runs to its case number within these words; a longer run is the item's text


def copied_title(text: str) -> tuple[str, str, int] | None:
    """The title, first listed body and the title's offset of a copied extract: the bodies the item went through,
    then its title, then its case number or the body's abbreviation and section ("1 Perusturvalautakunta
    Työllisyyden hoidon palveluyksikön osallistuminen ... -hankkeeseen PELA 34 Forssan seudun ..."). The copy
    lost the line breaks that part them, so the title is what stands between the last body word and the number."""
    if not copied_extract(text):
        return None
    m = _TRANSCRIPT.search(text, 0, 4000)
    if m is None:
        return None
    lead = _LEADING_BODIES.match(text, m.end())
    if lead is None or not lead.group(0)[:1].isupper():
        return None
    first = re.match(rf"(?:{BODY_WORDS})\b", lead.group(0), re.IGNORECASE)
    end = _COPIED_TITLE_END.search(text, lead.end(), lead.end() + COPIED_HEAD)
    if end is None or first is None:
        return None
    title = text[lead.end():end.start()].strip(" \t,/-")
    if not title[:1].isupper() or "\n" in title or not 2 <= len(title.split()) <= COPIED_TITLE_WORDS \
            or _LAYOUT_WORDS.search(title) or _FRONT_PAGE.search(title):
        return None  # "Sivu 1 PÖYTÄKIRJA N:o 2/2003 KOKOUSTIEDOT": whole minutes' front page, not one item's title
    return title, first.group(0), lead.end()


def municipality_hint(text: str) -> str | None:
    """The start of the owning municipality's name, for matching against a gazetteer by prefix.

    From a record-number prefix ("AurDno-2020-513" -> "Aur") or the commonest genitive
    before kunta/kaupunki ("Enonkosken kunnanhallitus" -> "Enonkosk", so that consonant
    stems still prefix the nominative) or name before kommun/stad ("Pargas stad" -> "Parga").
    """
    m = re.search(r"\b([A-ZÅÄÖ][a-zåäö]{1,12})(?:Dno|DNO|dno|Dnro)[-/ ]?\d{4}", text)
    if m:
        return m.group(1)
    stems: Counter[str] = Counter()
    # the letterhead of a PDF transcript: "KITEEN KAUPUNKI Pöytäkirja 4/2015", "HAILUODON KUNTA"
    caps = re.search(r"\b([A-ZÅÄÖ]{3,}(?:-[A-ZÅÄÖ]{3,})?)N\s+(?:KUNTA|KAUPUNKI)\b", text[:3000])
    if caps:  # a prefix short enough to survive consonant gradation (HAILUODON -> Hailuo-, for Hailuoto)
        w = caps.group(1).title()
        stems[w[:-1] if w.endswith("ee") else w[:-2] if len(w) > 6 else w[:-1]] += 3
    for g in _GENITIVE_OWNER.finditer(text):
        w = g.group("w")
        if w.endswith("ee"):
            w = w[:-1]  # Tampereen -> Tampere
        elif w.endswith("e") and len(w) > 4:
            w = w[:-1]  # Enonkosken -> Enonkosk(i)
        stems[w] += 1
    for s in _SWEDISH_OWNER.finditer(text):
        w = s.group("w")
        stems[w[:-1] if w.endswith("s") and len(w) > 4 else w] += 1
    for w, _n in stems.most_common():
        if w not in _NOT_PLACES and len(w) >= 3:
            return w
    return None


def _person_after(role_rest: str, following: str) -> str | None:
    """Name (and post) given after a role label, on the same line or the next one."""
    rest = role_rest.strip(" \t:•-")
    # "Valmistelija / lisätiedot:" labels the lines below; it names nobody itself
    rest = re.sub(r"^(?:/|ja)\s*(?:lisätiedot|lisätietoja|yhteystiedot|tiedot|esittelijä|valmistelija)\b[\s:]*",
                  "", rest, flags=re.IGNORECASE).strip(" \t:•-")
    if rest:
        return rest
    for line in following.splitlines():
        line = line.strip(" \t•-*")
        if line:
            return None if _PART.match(line) or _ROLE.match(line) else line
    return None


def header_body_date(text: str) -> tuple[str | None, str | None]:
    """Body and meeting date from the document header, when they sit on separate lines.

    Layouts like "PÖYTÄKIRJA / Sosiaali- ja terveyslautakunta / Kokousaika 16.3.2021"
    name the body on one line and the date on another.
    """
    head = text[:2000]
    # the first heading, not a decision the opening cites ("Kunnanhallitus päätti 12.3.2020 § 99 ...")
    first_section = next(iter(_section_heads(head)), None)
    if first_section:
        head = head[:first_section.start()] or head
    bd = _BODY_DATE.search(head)
    if bd:
        return bd.group("body"), iso_date(bd.group("date"))
    body = _BODY_LINE.search(head)
    when = _MEETING_DATE.search(head)
    date_ = iso_date(when.group("date")) if when else None
    if date_ is None and body:
        near = re.search(DATE, head[body.end():body.end() + 300])
        date_ = iso_date(near.group(0)) if near else None
    return (body.group("body").strip() if body else None), date_


# A word in lower case before a § number, other than the words a meeting's own line or an extract prints there
# ("Ote pöytäkirjasta", "sivu 3", "klo 18"): the line is a sentence citing a decision ("Valtuusto hyväksyi 1.2.2023
# § 12 ...") or a row naming the items someone attended, unless the words are the dated line of a body named by
# its field ("Hyvinvoinnin edistämisen lautakunta 29.4.2014 47 §"), which _dated reads.
_PROSE_PRE = re.compile(r"(?:^|[\s(,])(?!(?:pöytäkirja|pykälä|kokous|sivu|klo|kello|protokoll|sammanträde|paragraf|"
                        r"nro|sid)\w*)[a-zåäö]")


def _section_heads(text: str) -> list[re.Match[str]]:
    heads = []
    for m in _SECTION.finditer(text):
        if len(m.group(0)) >= 250:
            continue
        pre = m.group("pre")
        if m.group("num2") and pre.strip() and not re.search(DATE + r"[ \t]*$", pre):
            continue  # "Hallintolain 45 § ..." in running text, not a heading
        if re.search(r"(?i)\b(?:lain|lagen|lag|asetuksen|förordningen|kuntalain)\s*$", pre):
            continue
        post = m.group("post").strip()
        if pre.strip() and (post[:1].islower() or (re.fullmatch(r"[.,;:)]", post) and re.search(
                r"(?:^|\s)[a-zåäö]", pre))):
            continue  # "Kaupunginhallitus hyväksyi sopimuksen 12.3.2021 § 45." cites a decision in running text
        if (pre.strip() and _PROSE_PRE.search(pre) and _dated(m) is None) or post[:1] == ")":
            continue  # "Valtuusto hyväksyi 1.2.2023 § 12 Etelä-Savon ...", "(Kh 5.2.2024 § 30) ...": a citation
        if len(re.findall(r"§[ \t]*\d{1,4}(?![\d.:/])", m.group(0))) >= 3:
            continue  # "§ 4 Otsikko § 5 Otsikko § 6 ...": a list of items run into one line (layouts.toc_items)
        heads.append(m)
    return heads


def _num(m: re.Match[str]) -> str:
    return m.group("num") or m.group("num2")


TITLE_LINES_ABOVE = 3  # the lines of text above a § line that may hold its title (a title wrapped on two or three)


def _title_above(text: str, floor: int, head: int) -> int:
    """Where the title above a § line starts: up to TITLE_LINES_ABOVE lines of text above it, stopping at a part
    heading or a role line. The walk counts offsets in the text itself: blank lines between the title and the §
    line (which meeting systems print as lines of spaces or no-break spaces) are passed over, not lost to a strip
    that would leave every offset short by their length and cut the title ("yväksyttiin.")."""
    pos = floor + len(text[floor:head].rstrip())
    start = head
    taken = 0
    titled = False
    while pos > floor and taken < TITLE_LINES_ABOVE:
        line_start = max(floor, text.rfind("\n", floor, pos) + 1)
        line = text[line_start:pos]
        if len(line) >= 200:
            break
        if not line.strip():
            if titled:  # a title is one block of lines: a blank line above it parts it from what came before
                break
        else:
            if _PART.match(line) or _ROLE.match(line) or (titled and _SENTENCE_END.search(line)):
                break  # "Päätös / Hyväksyttiin." above the next item's title: the previous item's decision
            taken += 1
            start = line_start
            titled = titled or _title_line(line)
        pos = line_start - 1
    return max(floor, start)


# the end of a sentence of running text, which no title line ends with
_SENTENCE_END = re.compile(r"[a-zåäö0-9)][.!?][ \t]*$")


def _dated(m: re.Match[str]) -> tuple[str, str] | None:
    """The body and ISO date a § line names before its number ("Kaupunginhallitus 12.03.2021 § 45", "Khall
    12.3.2021 § 45", "Kommunstyrelsen 12.3.2021 § 45"): the line of one meeting's handling of an item."""
    pre = m.group("pre")
    if not pre.strip():
        return None
    bd = _BODY_DATE.search(pre + " " + m.group(0)[len(pre):])
    if bd is None:  # "Hyvinvoinnin edistämisen lautakunta 29.4.2014 47 §": a body named by its field
        bd = _FIELD_BODY_DATE.match(pre)
    when = iso_date(bd.group("date")) if bd else None
    return (bd.group("body").strip(), when) if bd and when else None


_FIELD_BODY_DATE = re.compile(rf"[ \t]*(?P<body>[A-ZÅÄÖ][\wÅÄÖåäö-]*(?:[ \t]+[\wÅÄÖåäö-]+){{0,5}}?[ \t]+"
                              rf"(?:{_LINE_BODY_WORDS}))[ \t,:]*(?P<date>{DATE})[ \t]*$", re.IGNORECASE)


# a line of the meeting's own handling without its § number ("Kunnanvaltuusto 08.12.2025" above the proposal of an
# agenda whose decision history follows)
_MEETING_LINE = re.compile(rf"(?im)^[ \t]*(?P<body>{_LINE_BODY_WORDS})[ \t,]+(?P<date>{DATE})[ \t]*$")
# the heading a meeting system prints above an item's earlier handlings
_HISTORY_HEADING = re.compile(r"(?im)^[ \t]*(?:päätöshistoria|aikaisempi\s+käsittely|aiempi\s+käsittely|"
                              r"käsittelyhistoria|asian\s+aiempi\s+käsittely|beslutshistoria|tidigare\s+behandling)"
                              r"\b")
# "Pöytäkirja 26.06.2023/Pykälä 8": the item's number in the meeting the header names
_HEADER_ITEM = re.compile(r"(?i)/[ \t]*(?:pykälä|paragraf)[ \t]*(\d{1,4})\b")


# a dated § line that a sentence runs on from ("Kunnanvaltuusto hyväksyi hankesuunnitelman / Kunnanvaltuusto
# 29.03.2021 § 20 / ja pyysi ..."): a decision the text cites, wrapped onto a line of its own, no heading
_QUOTED_LINE = re.compile(r"[ \t]*\n[ \t]*(?:ja|sekä|eli|tai|mutta|jossa|jolla|jonka|joka|jotka|mukaisesti|"
                          r"och|samt|där|som|men|eller|enligt)\b|[ \t]*[.,;:][ \t]*\S")


class _Group:
    """The § lines of one item: the one its title hangs on, the meeting's own (if printed) and the earlier
    handlings its decision history records."""

    def __init__(self, anchor: re.Match[str] | None) -> None:
        self.anchor = anchor
        self.current: re.Match[str] | None = anchor
        self.stages: list[re.Match[str]] = []
        self.start = 0


def _history_groups(text: str, heads: list[re.Match[str]], meeting: str | None) -> list[_Group]:
    """Heads grouped into items. A § line naming a body and a date before the meeting's (`meeting`) is an earlier
    handling of the item being read, not an item of its own: it joins the item open before it where that item has
    no line of the meeting yet (the history printed oldest first, the meeting's line last), or where a history
    heading ("Päätöshistoria", "Aikaisempi käsittely") or another earlier handling stands between (the meeting's
    text first, its history after). The meeting's dated line then ends the history it follows instead of opening
    an item of its own. Without a meeting date every § line opens an item, as before."""
    groups: list[_Group] = []
    last_end = 0
    for m in heads:
        dated = _dated(m) if meeting else None
        earlier = dated is not None and dated[1] < meeting  # type: ignore[operator]
        g = groups[-1] if groups else None
        if earlier and g is not None and (
                g.current is None or (g.stages and g.stages[-1].start() > g.current.start())
                or _HISTORY_HEADING.search(text, last_end, m.start())
                # "§ 45 Title" and at once its history, before any part of the meeting's own text
                or (not g.stages and _dated(g.current) is None and not _PART.search(text, g.current.end(), m.start()))):
            g.stages.append(m)
        elif earlier:
            g = _Group(m)
            g.current = None
            g.stages.append(m)
            groups.append(g)
        elif dated is not None and g is not None and g.stages and (
                g.current is None or (_dated(g.current) is None and _num(g.current) == _num(m))):
            g.current = m  # the meeting's own line after its history
        elif dated is not None and g is not None and not g.stages and g.current is g.anchor and g.current is not None \
                and _dated(g.current) is None and _num(g.current) == _num(m) \
                and not _PART.search(text, g.current.end(), m.start()):
            # "§ 47 Title / Kaupunginhallitus 12.3.2024 § 47 / Ehdotus ...": the meeting's own line repeating the
            # number under the title, no history between; a new item there would take the proposal for its title
            g.current = m
        else:
            groups.append(_Group(m))
        last_end = m.end()
    return groups


# A line this long is a transcript that ran the minutes' lines into one (docplayer, PDF text layers)
_RUNIN_LINE = 300
# "§ 45 Title" / "45 § Title" inside a line: a title (or a capital word) follows the number
_RUNIN_HEAD = re.compile(r"(?:(?<=\s)|^)(?:§[ \t]*(?P<a>\d{1,4})|(?<![\d.,])(?P<b>\d{1,4})[ \t]*§)"
                         r"(?![\d:])(?=[ \t]*[A-ZÅÄÖ])")
_RUNIN_CITED = re.compile(DATE + r"[ \t]*$|(?i:\b(?:lain|lagen|lag|asetuksen|förordningen|kuntalain|ks|kts|se))\W*$")
# what ends an item's title in a run-in line: its record number, a part or role heading, a body's dated line
_RUNIN_TITLE_END = re.compile(
    RECORD_NUMBER.pattern + r"|(?<=\s)(?:" + "|".join(sorted(
        (re.escape(h[:1].upper() + h[1:]) for h in [*PART_HEADINGS, *_ROLE_WORDS.split("|")]), key=len, reverse=True))
    + r")\b(?=[ \t]*(?::|[A-ZÅÄÖ]))")
# "Title Kaupunginhallitus 16.03.2026 § 88 138/02.05.02/2026 Valmistelija ...": an item's dated § line run into its
# title and text; it heads an item when its record number, filing code or a part or role heading follows at once
# (a citation "päätti 12.3.2024 § 45 hyväksyä ..." goes on in lower case)
_RUNIN_DATED = re.compile(
    rf"(?<=\s)(?P<body>(?:{BODY_WORDS})|[A-ZÅÄÖ][\wÅÄÖåäö-]{{0,30}})[ \t,:]+{DATE}[ \t]*"
    r"(?:§[ \t]*(?P<a>\d{1,4})|(?P<b>\d{1,4})[ \t]*§)(?=[ \t]+(?:" + _FILING_CODE.pattern + "|" + _LABELLED_RN
    + r"|[A-ZÅÄÖ][A-Za-zåäö]{1,12}(?:Dno|DNO|dno|Dnro)|(?:Valmistel|Esittel|Bered|Föredrag)\w*\b))", re.IGNORECASE)
_RUNIN_GAP = 20  # the largest step between two items of one run (items moved to another meeting leave gaps)


def reline_items(text: str) -> str:
    """Put back the line breaks a transcript lost before the minutes' item headings.

    Docplayer and PDF transcripts run minutes into one line, so "... hyväksyttiin. § 46 Muut asiat Ei muita asioita."
    hides the item headings (a § heading is read at a line's start). In a line longer than _RUNIN_LINE the § numbers
    that form a run (one style, increasing, steps of at most _RUNIN_GAP) get a line break before them and after
    their title (at its record number or first part heading), a space replaced by a newline so every offset into the
    text stays the same. A § cited after a date or a law ("12.3.2024 § 45", "kuntalain 126 §") is no heading.
    """
    if not any(len(line) > _RUNIN_LINE and "§" in line for line in text.split("\n")):
        return text  # nothing to reline: the same string object, which readers of the text key their work on
    out = list(text)
    pos = 0
    for line in text.split("\n"):
        if len(line) > _RUNIN_LINE and "§" in line:
            for m in _runin_heads(line):
                if m.start():
                    out[pos + m.start() - 1] = "\n"
                end = _RUNIN_TITLE_END.search(line, m.end() + 2, m.end() + 250)
                if end is not None and line[end.start() - 1].isspace():
                    out[pos + end.start() - 1] = "\n"
            for m in _RUNIN_DATED.finditer(line):
                if m.group("body")[:1].isupper():  # the title above ends at the body, its text starts after the number
                    out[pos + m.start() - 1] = "\n"
                    out[pos + m.end()] = "\n"
        pos += len(line) + 1
    return "".join(out)


def _runin_heads(line: str) -> list[re.Match[str]]:
    """The longest run of § numbers in a line: one style, each number above the one before it."""
    best: list[re.Match[str]] = []
    run: list[re.Match[str]] = []
    for m in _RUNIN_HEAD.finditer(line):
        if _RUNIN_CITED.search(line, max(0, m.start() - 14), m.start()):
            continue
        n = int(m.group("a") or m.group("b"))
        if run:
            last = run[-1]
            k = int(last.group("a") or last.group("b"))
            if (m.group("a") is None) == (last.group("a") is None) and k < n <= k + _RUNIN_GAP:
                run.append(m)
                continue
        if len(run) > len(best):
            best = run
        run = [m]
    if len(run) > len(best):
        best = run
    if len(best) == 1 and not _RUNIN_TITLE_END.search(line, best[0].end() + 2, best[0].end() + 250):
        return []  # a lone § number no record number or part heading follows is a citation in running text
    return best


def parse_items(text: str) -> list[MinutesItem]:
    """Split minutes into items at their § headings; a file without one is one item.

    A section number listed twice (a table of contents, then the item itself) is one
    item: the later, full occurrence is kept. A decision history (an item's earlier handlings, each under its
    body's dated § line) stays one item: its stages are recorded in `item.stages` and the item's body, date, parts
    and outcome are the meeting's (see _history_groups).
    """
    text = reline_items(text)
    heads = [m for m in _section_heads(text) if not (_dated(m) and _QUOTED_LINE.match(text, m.end()))]
    last_of = {_num(m): i for i, m in enumerate(heads)}
    header_body, header_date = header_body_date(text)
    dates = {d[1] for m in heads if (d := _dated(m))}
    meeting = header_date or (max(dates) if len(dates) >= 2 else None)
    kept = []
    for i, m in enumerate(heads):
        if last_of[_num(m)] == i:
            kept.append(m)
        elif meeting and not _dated(m) and all(_dated(x) for x in heads[i + 1:last_of[_num(m)] + 1]):
            # "§ 45 Title / Sosiaali- ja terveyslautakunta 3.2.2021 § 12 ... / Kaupunginhallitus 12.03.2021 § 45":
            # the item's history, then the meeting's line repeating its number; the title stays with the first
            kept.append(m)
    heads = kept
    groups = _history_groups(text, heads, meeting)
    bounds: list[tuple[int, _Group | None]] = []
    prev_end = 0
    for g in groups:
        m = g.anchor
        assert m is not None
        start = m.start()
        line = None
        if g.current is None and meeting:
            line = next((x for x in _MEETING_LINE.finditer(text, prev_end, m.start())
                         if iso_date(x.group("date")) == meeting), None)
        if line is not None:  # the title above the meeting's own line, the history below it
            start = _title_above(text, prev_end, line.start())
        elif m.group("pre").strip():  # "Hyvinvointilautakunta 13.08.2020 § 92": title sits above
            start = _title_above(text, prev_end, m.start())
        bounds.append((start, g))
        prev_end = max(x.end() for x in [m, *g.stages, *([g.current] if g.current else [])])
    if not bounds:
        # a PDF transcript: no § headings, the items are a numbered list on one line (loaders/layouts.py)
        listed = toc_items(text)
        body = header_body or letterhead_body(text, BODY_WORDS)
        for item in listed:
            item.body, item.date = body, header_date
        if listed:
            return listed
        copied = copied_title(text)
        if copied is not None:  # a copied extract of one item: its title is inside the transcript's first line
            item = _parse_item(text, 0, len(text), None)
            item.title, item.body = copied[0], item.body or copied[1]
            item.date = item.date or header_date
            return [item]
        bounds = [(0, None)]
    title_starts = [b[0] for b in bounds]
    bounds[0] = (0, bounds[0][1])
    items: list[MinutesItem] = []
    for i, (start, g) in enumerate(bounds):
        end = bounds[i + 1][0] if i + 1 < len(bounds) else len(text)
        item = _parse_item(text, start, end, g.anchor if g else None, title_starts[i])
        if g is not None and g.stages:
            _read_history(text, item, g, title_starts[i], end, header_body, header_date)
        if item.body is None:
            item.body = header_body
        if item.date is None:
            item.date = header_date
        elif header_body and header_date and item.date < header_date:
            # "Kunnanvaltuusto / Pöytäkirja 26.06.2023/Pykälä 8 ... Khall 12.06.2023 § 127": a § line dated before
            # the meeting the header names is the item's earlier handling by another body, not its meeting
            item.body, item.date = header_body, header_date
        items.append(item)
    return items


def _read_history(text: str, item: MinutesItem, g: _Group, title_start: int, end: int,
                  header_body: str | None, header_date: str | None) -> None:
    """The item's stages and its own meeting's body, date, number, parts and outcome, read from the spans the
    group's § lines part the item into: each earlier handling from its line to the next line of the group, the
    meeting's from its own line (or from the title where the meeting's text comes before its history)."""
    marks = sorted([*g.stages, *([g.current] if g.current else [])], key=lambda x: x.start())
    item.stages = []
    for k, m in enumerate(marks):
        z = marks[k + 1].start() if k + 1 < len(marks) else end
        if m is g.current:
            continue
        dated = _dated(m)
        parts = _read_parts(text, m.end(), z)
        decision = parts.get("decision")
        item.stages.append(MinutesStage(
            body=dated[0] if dated else None, date=dated[1] if dated else None, section=_num(m), start=m.start(),
            end=z, decision=decision, outcome=decision_outcome(text[decision[0]:decision[1]]) if decision else None,
            proposal=parts.get("proposal")))
    if g.current is not None:
        a = g.current.start()
        z = next((m.start() for m in marks if m.start() > a), end)
        dated = _dated(g.current)
        item.section = _num(g.current)
        if dated:
            item.body, item.date = dated
    else:  # the meeting's text before its history, or the meeting's handling not printed at all
        a = title_start
        z = marks[0].start()
        item.body, item.date = header_body, header_date
        number = _HEADER_ITEM.search(text, 0, 2000)
        item.section = number.group(1) if number else None
    item.parts = _read_parts(text, a, z)
    item.outcome = item_outcome(text, item.parts)


def _read_parts(text: str, a: int, z: int) -> dict[str, tuple[int, int]]:
    """The parts of an item's text between offsets a and z, each from its heading to the next (the first of a
    kind)."""
    found: dict[str, tuple[int, int]] = {}
    parts = list(_PART.finditer(text, a, z))
    for j, p in enumerate(parts):
        kind = PART_HEADINGS[(p.group("h") or p.group("hb") or p.group("hg")).lower()]
        if kind not in found:
            found[kind] = (p.end(), parts[j + 1].start() if j + 1 < len(parts) else z)
    return found


def _without_record_number(title: str) -> str:
    """The title without the record number a meeting system prints on its line, before or after it
    ("123/02.08.00/2021 Kumppanuussopimus", "Palvelusopimus   Dnro 45/2021"): the number is the item's
    record_number, no word of its title."""
    lead = RECORD_NUMBER.match(title)
    if lead and lead.end() < len(title) and title[lead.end()].isspace() and len(title[lead.end():].strip()) > 3:
        title = title[lead.end():].strip()
    tail = _TRAILING_RECORD_NUMBER.search(title)
    if tail and tail.start() > 3:
        title = title[:tail.start()].rstrip(" ,;-–\t")
    return title


# a labelled record number after a title, spaced or tabbed from it: "... Dnro 45/2021", "... Dnr KST/12/2020"
_TRAILING_RECORD_NUMBER = re.compile(r"[ \t]+(?:" + _LABELLED_RN + r")\b\.?:?[ \t]*[\w/.-]*\d[\w/.-]*[ \t]*$")


# "Pöytäkirja 26.06.2023/Pykälä 8", "Esityslista 08.12.2025/Asianro 118", "Protokoll 5.6.2023/Paragraf 12": a meeting
# system's line naming the document and the item's number in it, above the title
_MEETING_ITEM_NUMBER = r"(?:(?:pykälä|asianro|asia|paragraf|ärende|§)[\s\d/.:-]*)?"
# the furniture a meeting system prints around an item's title: links to the next and previous items, a label of the
# item's text, the heading of its decision history ("Päätöshistoria", "Aikaisempi käsittely")
_ITEM_PAGE_FURNITURE = re.compile(
    r"(?i)(?:\|[ \t]*)?(?:edellinen\s+asia|seuraava\s+asia|kokousasian\s+teksti|kokousasia\s+pdf|"
    r"päätöshistoria|aikaisempi\s+käsittely|aiempi\s+käsittely|käsittelyhistoria|beslutshistoria|"
    r"tidigare\s+behandling|föregående\s+ärende|nästa\s+ärende)\b")


# what a meeting system's page prints around an item's title besides words: an image link ("![]() |") and an
# attachment's link row ("Liite 7 | Valintaesitys X |", "Bilaga 2 | ...")
_LINK_FURNITURE = re.compile(r"(?i)^(?:[!\[\]()|\s]+|(?:liite|bilaga)[ \t]+\d+[ \t]*\|.*)$")


def _title_line(line: str) -> bool:
    s = line.strip()
    return bool(s) and not (
        _LINK_FURNITURE.match(s)
        or RECORD_NUMBER.fullmatch(s) or _SECTION.match(line) or _BODY_DATE.match(s) or _BODY_LINE.match(s)
        or _PART.match(line) or _ROLE.match(line) or _MEETING_DATE.match(s)
        or re.fullmatch(r"(?i)(?:pöytäkirja|protokoll|esityslista|föredragningslista|ote|utdrag|"
                        r"pöytäkirjanote|protokollsutdrag)\b[\s\d/.:-]*" + _MEETING_ITEM_NUMBER, s)
        or _ITEM_PAGE_FURNITURE.match(s)
        or re.fullmatch(r"[\d\s./:-]*", s)
    )


def _parse_item(text: str, start: int, end: int, head: re.Match[str] | None,
                title_start: int | None = None) -> MinutesItem:
    chunk = text[start:end]
    item = MinutesItem(start=start, end=end)
    if head is not None:
        item.section = _num(head)
        post = head.group("post").strip(" -–:\t")
        pre = head.group("pre").strip()
        if post and not pre and not re.fullmatch(r"[\d\s./-]*", post):
            item.title = post
        bd = _BODY_DATE.search(pre + " " + text[head.start():head.end()]) if pre else None
        if bd:
            item.body, item.date = bd.group("body"), iso_date(bd.group("date"))
        if not item.title:
            # below the heading when the heading line is only "§ 5"; above it when it carries the body
            region = text[head.end():end] if not pre else text[title_start or start:head.start()]
            item.title = next((ln.strip() for ln in region.splitlines() if _title_line(ln)), "")
    if not item.title:
        item.title = next((ln.strip() for ln in chunk.splitlines() if _title_line(ln)), "")
    item.title = _without_record_number(item.title)
    search_from = head.end() - start if head is not None else 0
    rn = RECORD_NUMBER.search(chunk, search_from, min(len(chunk), search_from + 600))
    rn = rn or RECORD_NUMBER.search(chunk)
    if rn:
        item.record_number = record_number(rn)
    if item.body is None:
        bd = _BODY_DATE.search(text[:start + 400] if start == 0 else chunk)
        if bd:
            item.body, item.date = bd.group("body"), iso_date(bd.group("date"))
    for role in _ROLE.finditer(chunk):
        who = _person_after(role.group("rest"), chunk[role.end():role.end() + 200])
        if role.group("role").lower().startswith(("valmistelija", "beredare")):
            item.preparer = item.preparer or who
        else:
            item.presenter = item.presenter or who
    parts = list(_PART.finditer(chunk))
    for j, p in enumerate(parts):
        kind = PART_HEADINGS[(p.group("h") or p.group("hb") or p.group("hg")).lower()]
        p_end = parts[j + 1].start() if j + 1 < len(parts) else len(chunk)
        if kind not in item.parts:
            item.parts[kind] = (start + p.end(), start + p_end)
        if kind == "proposal" and item.presenter is None:
            role = re.match(r"\s*\((?P<who>[^)]{2,80})\)", chunk[p.end():])
            if role:
                who = re.sub(rf"(?i)^\s*(?:{_ROLE_WORDS})\s*:?\s*", "", role.group("who")).strip()
                item.presenter = who or None
    if "decision" in item.parts:
        item.outcome = item_outcome(text, item.parts)
    return item
