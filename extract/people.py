"""People in the lists of minutes: attendance, absence and signature blocks.

Minutes list the people of a meeting in blocks ("Läsnä", "Osallistujat", "Närvarande",
"Allekirjoitukset"), each name followed by a role ("puheenjohtaja", "jäsen", "ordf.",
"Nousiaisten kunnanjohtaja"). The names are often written surname first ("Virtanen Aki",
"Salmela, Reino"), and PDF transcripts run a whole block into one line, so the
sentence-level person rule (first name, then surname, next to a post title) misreads
them: "Peltomäki Juha", "Aarne X", "Allekirjoitukset Aki". Here a block is read as a
whole: its order (surname first or not) is voted by the names whose first name is
known, the runs of name words are split into people in that order, and each person
keeps the words up to the next name as their role.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from welfare_kg.extract.body_abbreviations import seat_kinds
from welfare_kg.extract.entities import (
    BODY_ACRONYMS,
    BODY_PATTERN,
    CONTACT_WORDS,
    PARTIES,
    STREET_ENDINGS,
    is_post,
    split_glued_labels,
)
from welfare_kg.extract.first_names import listed_first_name, mostly_given
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology, given_name_as_written
from welfare_kg.extract.seat_words import seat_words
from welfare_kg.extract.spans import Locator, SpanIndex
from welfare_kg.extract.surnames import listed_surname, surname_base, surnames
from welfare_kg.extract.text import Token, tokenize
from welfare_kg.extract.town_names import town_names

# Words that open a block of people; the signature and examination blocks name the chair and secretary.
_BLOCK_START = re.compile(
    r"(?i)\b(?:läsnä(?:olijat|\s+olleet)?|osallistujat|saapuvilla(?:\s+olleet)?|päätöksentekijät|muut\s+osallistujat|"
    r"poissa|allekirjoitukset|allekirjoitus|varmennus|närvarande|övriga\s+(?:närvarande|deltagande|deltagare)|"
    r"beslutande|frånvarande|kokoukseen\s+kutsutut|"
    r"päättäjät|muut\s+saapuvilla(?:\s+olleet)?|underskrift(?:er)?|valmistelijat(?:\s+ja\s+lisätiedot)?|pöytäkirjan\s+tarkastus|pöytäkirjantarkastajat|"
    r"protokolljustering(?=\s+[A-ZÅÄÖ][\w-]+\s+[A-ZÅÄÖ][\w-]+,)|"
    # a Swedish protocol's own group heads, capitalised and followed by a name ("Ledamöter Anna X (S) Ordförande",
    # "Övriga Lisa Y IFO-chef", "Tjänstemän Per Z"): in lower case, or before no name, they are words of prose
    r"(?-i:Ledamöter|Övriga|Tjänstemän)(?=[ \t]+[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?[ \t]+[A-ZÅÄÖ][a-zåäöé]+)|"
    # a table's column heads "Jäsen ... Varajäsen", "Jäsenet Varajäsenet": capitalised, within a few words
    r"(?-i:J\u00e4sen(?:et)?(?:\s+[A-Z\u00c5\u00c4\u00d6a-z\u00e5\u00e4\u00f6]+){0,3}\s+Varaj\u00e4sen(?:et)?)|merk\.(?=\s+[A-ZÅÄÖ])|[A-ZÅÄÖ][a-zåäö]*(?:hallitus|valtuusto|lautakunta|jaosto|styrelse|nämnd)"
    r":(?=\s+[A-ZÅÄÖ]))(?![^\W_]|-)")  # "Underskrifter_____": a form's underline ends the word
BLOCK_OPENER = _BLOCK_START
# a table's column heads of members and deputies ("Jäsenet   Varajäsenet", "Jäsen Henk.koht. varajäsen"): only a
# roster is laid out so, on a council's page as in minutes
_ROSTER_TABLE_HEAD = re.compile(r"J\u00e4sen(?:et)?(?:\s+[A-Z\u00c5\u00c4\u00d6a-z\u00e5\u00e4\u00f6.]+){0,3}\s+"
                                r"Varaj\u00e4sen(?:et)?")


def roster_table_head(text: str) -> bool:
    """Whether `text` holds a members' and deputies' column heads (a block opener that only rosters use)."""
    return _ROSTER_TABLE_HEAD.search(text) is not None
# "Yhtymähallitus: Koskinen Matti puheenjohtaja ...": the body's own name with a colon before a name opens
# the list of its members; "Merk. Pekka Salo": a signature ("merkitty", signed)
# Words that close one: the list of items, the examination of the minutes, a § heading, the next page.
_BLOCK_END = re.compile(
    r"(?i)\b(?:käsitellyt\s+asiat|käsiteltävät\s+asiat|pöytäkirjan\s+tarkastustapa|"
    r"kokous\s+todettiin|paragrafer|justering|ärendets\s+nr|kallelse\w*|till\s+påseende|"
    r"perustelut|kuvaus|päätösehdotus|päätös|sisällysluettelo|innehållsförteckning)\b|"
    r"(?<![,§\-–(])(?<!, )(?<![\-–] )§(?!\s*\d+\s*[-–]\s*(?:§\s*)?\d)"
    r"(?![ \t]*\d+[ \t]+(?-i:[a-zåäö]))(?!:(?-i:[a-zåäö]))|\n\s*\n\s*\n")
# ("Erika X, verksamhetscontroller, §§ 12-18": the paragraphs someone attended, after a comma, end no block; nor
# does a range after a role, "X, mötesordförande § 94 - § 106", nor a remark's paragraph before a lower-case word,
# "poistui klo 19.10 § 5 aikana", "saapui 3 §:n käsittelyn alussa", "(§ 5)")
_BLOCK_MAX = 1800
# a list of items right before an opening word: the word is the first item's title, no block of people
_CONTENTS_BEFORE = re.compile(r"(?i)(?:käsiteltävät\s+asiat|käsitellyt\s+asiat|sisällysluettelo|asialista|"
                              r"ärendelista|innehållsförteckning)[\s\d.:]*$")

# Words of the block layout itself, capitalised but never names.
_LAYOUT = {
    "nimi", "klo", "kello", "tehtävä", "lisätiedot", "aika", "paikka", "läsnä", "poissa", "jäsenet", "jäsen",
    "varajäsen", "varajäsenet", "muut", "muu", "osallistujat", "saapuvilla", "olleet", "allekirjoitukset",
    "allekirjoitus", "puheenjohtaja", "varapuheenjohtaja", "sihteeri", "esittelijä", "pöytäkirjanpitäjä",
    "pöytäkirjantarkastaja", "pöytäkirjantarkastajat", "tarkastajat", "asiantuntija", "asiantuntijat", "kokoustiedot",
    "maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai", "maanantaina",
    "tiistaina", "keskiviikkona", "torstaina", "perjantaina", "päätöksentekijät", "henk", "koht", "pj", "vpj",
    "närvarande", "övriga", "beslutande", "frånvarande", "ordförande", "ordf", "sekr", "protokollförare",
    "protokolljusterare", "underskrift", "ledamot", "ersättare", "sammanträdestid", "sammanträdesplats",
    "måndagen", "tisdagen", "onsdagen", "torsdagen", "fredagen", "kunnanhallituksen", "valmistelijat",
    "transkriptio", "sivu", "pöytäkirja", "kokouspöytäkirja", "kokouskutsu", "varmennus", "vt", "vs",
    "ledamöter", "suppleanter", "suppleant", "medlemmar", "vice", "föredragande", "sekreterare", "ordinarie",
    "varsinaiset", "henkilökohtaiset", "henkilökohtainen", "paragrafer", "underskrifter", "protokollsjustering",
    "protokolljustering", "protokollet", "justering", "intygar", "tjänsteställning", "asiat", "ärenden", "pykälät",
    "todistaa", "nähtäväolo", "tarkastusaika", "kokousaika", "kokouspaikka", "sisällysluettelo", "merk",
    # a page head of a transcript, "Peimarin koulutuskuntayhtymä Kokouspäivä Tark. 2": the meeting's date and the
    # checker's initials ("tark.", tarkastettu) as columns, which ran into a name pair of their own
    "kokouspäivä", "kokouspäivämäärä", "tark",
    "justerare", "justerande", "hotelli", "hotell", "kartano", "sammanträdesdag", "anslaget", "anslag",
    # a signature form's labels and the meeting place: "Todistaa, allekirjoitus Virka-asema Juha Rantala",
    # "pöytäkirjantarkastaja Kunnantalo Stefan Holm"
    "virka-asema", "virkanimike", "kunnantalo", "kaupungintalo", "virastotalo", "kunnanvirasto", "stadshus",
    "stadshuset", "kommungården", "kommunkansliet",
    # the column heads and labels of a Swedish protocol's attendance table, the counterparts of the Finnish ones
    # above ("Företrädare Personlig ersättare", "Tid Underskrift", "Förslag Sammanträdet förklaras ..."): Voikko
    # knows no Swedish word, so none of them is told from an unknown surname by its reading
    "tid", "plats", "namn", "uppdrag", "närvaro", "företrädare", "representant", "personlig", "personliga",
    "förslag", "beslutsförslag", "sammanträde", "sammanträdet", "datum", "sakkunnig", "sakkunniga",
    # and the Finnish table heads that Voikko reads as nominative nouns, which a list may take for a surname
    "organisaatio", "edustus", "huomautus", "huomautukset", "merkinnät", "läsnäolo", "nimike",
    # a council's roll-call columns ("Läsnä Poissa Varavaltuutettu Erkkilä Mervi ..."): Voikko reads them as
    # nominative nouns, so a column head run into the names shifted every pair of a surname-first run by one word
    "valtuutettu", "varavaltuutettu", "valtuutetut", "varavaltuutetut",
    # a Swedish protocol's form labels and the region's own word ("Justerarsignaturer Utdragsbestyrkande",
    # "Förvaringsplats för protokollet", "Region Gotland Besöksadress ..."), which Voikko does not know
    "justerarsignaturer", "justerandes", "utdragsbestyrkande", "förvaringsplats", "information", "region",
    # the rest of that form ("Utses att justera", "Närvarorätt", "Tjänstemän", "Sammanträdesdatum Anslagsdatum")
    # and "tf." (tillförordnad, the Swedish "vt."), which ran into the next or previous name as its other half
    # ("Närvarorätt Utses", "Kunushevci Tf", "Rönnkvist Utses"); "myndighet" heads a unit ("chef Myndighet")
    "utses", "närvarorätt", "tjänstemän", "tjänsteman", "sammanträdesdatum", "anslagsdatum", "tf", "myndighet",
    # a Swedish protocol's page heads, item labels and roll-call columns, which ran into the name beside them
    # ("Sammanträdesprotokoll Sida", "Ärendebeskrivning Ordföranden", "Organ Hässleholms", "Dnr Val", "Ja Nej
    # Hans Andersson", "Johnsson Justerade paragrafer", "Adjungerade Jana Nilsson", "Frostviken Ärendet")
    "sammanträdesprotokoll", "protokoll", "sida", "ärendebeskrivning", "ärende", "ärendet", "ordföranden",
    "justerade", "justerat", "organ", "dnr", "diarienummer", "val", "nej", "adjungerade", "adjungerad",
    "ajournering", "omfattning", "beslutsinstans", "instans",
    # the agenda's heading of a Swedish protocol ("3 Dagordning Dagordningen godkänns"), no surname
    "dagordning",
}
LAYOUT_WORDS = frozenset(_LAYOUT)
# "Kvalt", "Kh", "Valt": bodies' abbreviations before a seat in a row (data/body_abbreviations.csv), no one's name
_SEAT_ABBREVIATIONS = frozenset(seat_kinds())
# Roles in a meeting (as opposed to office titles, which `is_post` knows by their endings): data/seat_words.csv.
MEETING_ROLES = seat_words("role")
# "vid Mellersta Österbottens förbund": the Swedish compass adjectives of region names are nobody's name
_COMPASS = {"mellersta", "norra", "södra", "östra", "västra", "nordvästra", "sydöstra", "nordöstra", "sydvästra",
            "egentliga", "inre"}
_NOT_NAME_CLASSES = {"asemosana", "seikkasana", "teonsana", "sidesana", "suhdesana", "huudahdussana", "lyhenne",
                     "kieltosana", "lukusana"}
_NAME_CLASSES = {"etunimi", "sukunimi", "paikannimi", "nimi", None}


@dataclass
class Listed:
    """A person named in a block, with the words after the name up to the next person."""

    first: str
    surname: str
    start: int
    end: int
    written: str  # the name as the text writes it ("Virtanen Aki")
    role: str  # "12:00-16:16 puheenjohtaja", "Nousiaisten kunnanjohtaja"
    role_start: int
    block: str  # the word that opened the block ("Läsnä", "Allekirjoitukset")
    before: str = ""  # the words between the previous person (or the block's start) and the name
    contact: bool = False  # a preparer/presenter/contact line, where a title stands before the name
    roles_before: bool = False  # a layout that writes roles before names ("puheenjohtaja Salmela, Reino")
    leads: bool = False  # the first person of the block: `before` is the block's heading words
    part: str = ""  # the opening word of the block's part the name is in ("Allekirjoitukset" after "Läsnä")
    cell_below: bool = False  # the role is the line under the name (a table's cells a line each, `_cell_below`)
    seat_by_column: str = ""  # "jäsen"/"varajäsen" where a table of members and deputies gives it (_column_seats)

    @property
    def label(self) -> str:
        return f"{self.first} {self.surname}"


def is_first_name(word: str, morph: Morphology) -> bool:
    """A first name in its base form: every part of "Eeva-Liisa" is one, or Voikko knows the whole."""
    readings = morph.analyse(word)
    if given_name_as_written(word, morph):
        return True
    if listed_first_name(word) and (not listed_surname(word) or not any(
            r.cls in {"sukunimi", "paikannimi"} and r.case == "nimento" for r in readings)
            or (word not in town_names() and mostly_given(word, surnames().get(word, 0)))):
        # DVV's first names too ("Strandberg Tina": Voikko reads "Tina" as tin), unless Voikko reads the word as a
        # surname or a place as written and DVV has it as a surname too ("Jordan"): in "Sironen, Olli Jordan,
        # Jukka-Pekka" it is the surname; "Mari", "Onerva" (a place, a surname to Voikko) are no surnames in Finland;
        # a name DVV counts mostly as a given name is one ("Kaija", "Torsti"), unless a municipality bears it ("Simo",
        # "Salla": a member's town column)
        return True
    parts = [p for p in word.split("-") if p]
    if len(parts) < 2 or not all(p[:1].isupper() for p in parts):
        return False

    def known(p: str, cls: str) -> bool:
        return any(r.cls == cls and r.base.lower() == p.lower() for r in morph.analyse(p))
    # "Anna-Maja", "Jan-Erik": starts with a first name and no part is a surname ("Ahola-Niemi" is one)
    return known(parts[0], "etunimi") and not any(known(p, "sukunimi") for p in parts[1:])


def inflected_name_only(word: str, morph: Morphology) -> bool:
    """A name the dictionary reads only in an inflected case ("Inkan", "Virtasen"), which no register holds as
    written: a name inside running text ("... esitys Kansainvälisyyskeskus Inkan toiminnan jatkamisesta", "Irja
    Kaarina Virtasen kuolinpesän" in an item title run into a list); a list writes its names unchanged."""
    readings = morph.analyse(word)
    if not readings or any(r.case in {"nimento", None} for r in readings) or listed_surname(word) \
            or listed_first_name(word):
        return False
    # a surname only in the -nen paradigm's genitive ("Virtasen"): a nominative surname may look like another's
    # partitive or plural ("Leivoja")
    return any(r.cls == "etunimi" for r in readings) or (
        word.endswith("sen") and any(r.cls == "sukunimi" and r.case == "omanto" for r in readings))


# a capital after a small letter inside one word ("PwC", "BusinessOulu"): a firm's or a brand's written form; a
# name's prefix ("McCarron", "MacLeod", "DeLuca") and a double name's hyphen ("Anna-Liisa") are no such capital
_INNER_CAPITAL = re.compile(r"[a-zåäöéü](?=[A-ZÅÄÖ])")
_NAME_PREFIXES = {"Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von"}
# an acronym run into a word ("NVSam", an association's short name): capitals, then small letters, in one word
_ACRONYM_HEAD = re.compile(r"[A-ZÅÄÖ]{2,}[a-zåäö]")


def inner_capital(word: str) -> bool:
    """Whether a word is written with a capital inside it, as no Finnish or Swedish name is (bar "Mc", "Mac"):
    after a small letter ("PwC"), or closing a run of capitals that small letters follow ("NVSam")."""
    return _ACRONYM_HEAD.match(word) is not None or any(
        word[:m.end()] not in _NAME_PREFIXES for m in _INNER_CAPITAL.finditer(word))


def _nen_genitive(word: str, morph: Morphology) -> bool:
    """A surname of the -nen paradigm in the genitive ("Virtasen"), which no nominative surname looks like (a given
    name's partitive may be a surname: "Matti Leivoja")."""
    return word.endswith("sen") and inflected_name_only(word, morph) \
        and all(r.cls == "sukunimi" for r in morph.analyse(word))


def nameish(tok: Token, morph: Morphology) -> bool:
    """Could be a first name or surname in a list: capitalised, not a layout or role word, not inflected.

    Surnames are often common nouns too (Kivi, Koivu, Niemi), so a nominative singular
    noun counts; plurals, adverbs, pronouns and verbs ("Allekirjoitukset", "Poissa", "Muut")
    do not, unless Voikko also knows the word as a name.
    """
    t = tok.text
    if not (tok.is_word and t[:1].isupper() and len(t) >= 2) or tok.is_acronym or t.endswith("-") or ":" in t \
            or "." in t:
        return False
    low = t.lower()
    if low in _LAYOUT or low in MEETING_ROLES or low in _COMPASS or is_post(t, morph):
        return False
    if inner_capital(t):
        return False  # "revisorsbiträde PwC Lisa Nyqvist": a firm's mixed-case short name, not "Lisa PwC"
    if low in PARTIES:
        return False  # "Matti Virtanen Kesk Liisa Korhonen Kok": a party's abbreviation after each member
    if low in CONTACT_WORDS:
        return False  # "Visby Telefon +46 ...": a contact line's label below the signatures
    if low in _SEAT_ABBREVIATIONS:
        return False  # "Kauppi Timo L Kvalt PJ": a body's abbreviation opening the row's role
    readings = morph.analyse(t)
    if inflected_name_only(t, morph):
        return False
    if any(r.cls in {"etunimi", "sukunimi"} for r in readings):
        return True
    if _street(t):
        return False
    if _post_word(low):  # "Yhtymähallitus", "Förbundsstyrelsens": a body's or a title's word, known or not
        return False
    if not readings:
        return True
    if any(r.cls in _NOT_NAME_CLASSES for r in readings):
        return False
    if any(r.cls in _NAME_CLASSES and r.case in {"nimento", None} for r in readings):
        return True
    return all(r.case == "nimento" and r.number != "plural" for r in readings) and not _post_word(low)


# a town and its street (a house number after it) closing a row: "..., Lohja Toivonkatu", "Toivonkatu 4"
_ADDRESS_END = re.compile(r"(?:,?[ \t]*[A-ZÅÄÖ][\w-]+)?[ \t]+([A-ZÅÄÖ][\w-]{6,})(?:[ \t]+\d[\w-]*)?[ \t,]*$")


def _street(word: str) -> bool:
    """"Lohja Toivonkatu Lehtinen Timo": an address's street run into a row of names is no part of a name; a
    surname of DVV's statistics with a street's ending stays one."""
    low = word.lower()
    return len(low) > 6 and low.endswith(STREET_ENDINGS) and not listed_surname(word)


def _post_word(low: str) -> bool:
    return low.endswith(("johtaja", "päällikkö", "sihteeri", "lääkäri", "hoitaja", "jäsen", "edustaja", "kunta",
                         "kaupunki", "lautakunta", "hallitus", "valtuusto", "toimisto", "virasto", "huone",
                         # Swedish bodies and titles, also in the genitive ("Förbundsstyrelsens ordförande")
                         "styrelse", "styrelsen", "styrelsens", "nämnd", "nämnden", "nämndens", "fullmäktige",
                         "fullmäktiges", "direktör", "direktören", "kansli", "kansliet",
                         # a Swedish administration, unit or joint effort in the definite form
                         # ("Kommunledningsförvaltningen", "Barnsamarbetet"): no surname ends so
                         "förvaltningen", "förvaltning", "avdelningen", "enheten", "kontoret", "samarbetet",
                         # a Swedish verbal noun in the definite or plural form ("Justeringens plats och tid",
                         # "Dagordningen godkänns", "Anteckningar"): a protocol's heading run into the name before
                         # it; a surname ends "-ing" at most ("Werning"), never "-ingen" or "-ingar" (none of
                         # data/surnames.csv or data/first_names.csv does)
                         "ingen", "ingens", "ingar", "ingarna"))


def _known_name(tok: Token, morph: Morphology) -> bool:
    """Voikko knows it as a name, or does not know it at all: unlike "Kunnanvirasto", it may well be a name."""
    readings = morph.analyse(tok.text)
    return not readings or any(r.cls in _NAME_CLASSES for r in readings)


def _block_end(text: str, at: int) -> int:
    """Where the block opened at `at` ends. A closing word right after the opening one is a column head printed
    beside it ("Övriga deltagande Paragrafer Kronqvist Bo, ..."): the names under both follow it."""
    limit = min(len(text), at + _BLOCK_MAX)
    stop = _BLOCK_END.search(text, at, limit)
    if stop is not None and not text[at:stop.start()].strip() and stop.end() > stop.start():
        stop = _BLOCK_END.search(text, stop.end(), limit)
    # a page converted from HTML puts blank lines between the opening word, a column head and the rows
    # ("Läsnä", "Jäsenet", then the names): blank lines after layout words alone end no block
    for _ in range(_HEADS_BEFORE_ROWS):
        if stop is None or stop.end() <= stop.start() or not _only_layout(text[at:stop.start()]):
            break
        stop = _BLOCK_END.search(text, stop.end(), limit)
    return stop.start() if stop else limit


_HEADS_BEFORE_ROWS = 3  # layout words' lines (each after blank lines) before a block's first row


def _only_layout(words: str) -> bool:
    """Nothing but the layout's own words ("Jäsenet", "Muut läsnäolijat"): no row of the block yet."""
    found = re.findall(r"[\wåäöÅÄÖ-]+", words)
    return all(w.lower() in _LAYOUT or _BLOCK_START.fullmatch(w) for w in found)


def blocks(text: str) -> list[tuple[int, int, str]]:
    """(start, end, opening word) of each block of people."""
    out: list[tuple[int, int, str]] = []
    for m in _BLOCK_START.finditer(text):
        if out and m.start() < out[-1][1]:
            continue  # "Läsnä ... Poissa ..." is one block
        if _CONTENTS_BEFORE.search(text, max(0, m.start() - 40), m.start()) or text.startswith("...", m.end()):
            continue  # "KÄSITELTÄVÄT ASIAT Läsnäolijat Kokouksen laillisuus", "Läsnäolijat... 1": an item's title
        if text[max(0, m.start() - 1):m.start()] == "(" and text.startswith(")", m.end()):
            continue  # "Esityslistan kansilehti (läsnäolijat) Kokouksen laillisuus": a remark in an item's title
        end = _block_end(text, m.end())
        nxt = _BLOCK_START.search(text, m.end(), end)
        while nxt:  # the next opening word continues the block ("Poissa", "Muut osallistujat")
            end = max(end, _block_end(text, nxt.end()))
            nxt = _BLOCK_START.search(text, nxt.end(), end)
        chair = _CHAIR_BEFORE_OPENER.search(text, max(0, m.start() - 80), m.start())
        begin = chair.start() if chair is not None and _ATTENDANCE.match(m.group(0)) else m.end()
        out.append((begin, end, m.group(0)))
    return out


# "Högdahl Jan-Erik, ordförande Beslutande Granlund Vald-Erik ...": a protocol's chair printed on the row above
# the attendance label, read before it in the transcript
_CHAIR_BEFORE_OPENER = re.compile(r"[A-ZÅÄÖ][\w-]+,?[ \t][A-ZÅÄÖ][\w-]+,[ \t]*(?:ordförande|ordf\.|puheenjohtaja|pj\.)"
                                  r"[ \t]+$")
_ATTENDANCE = re.compile(r"(?i)beslutande|närvarande|läsnä|osallistujat|päätöksentekijät")


# Lines that name the official who prepared or presents an item, or gives more information.
_CONTACT = re.compile(
    r"(?im)^[ \t•*\-(]*(?P<w>valmistelija(?:t)?|esittelijä|"
    r"lisätietoja(?:\s+[a-zåäö]+(?:sta|stä))?(?:\s+antaa|\s+antavat)?|"  # "Lisätietoja päätöksestä antaa"
    r"lisätiedot|föredragande|beredare|mer\s+information|ytterligare\s+information)\b[ \t:]*")


def contact_lines(text: str, morph: Morphology | None = None) -> list[tuple[int, int, str]]:
    """(start, end, label) of the name part of preparer, presenter and contact lines.

    The name is on the label's line or, when that is empty, on the next non-empty one -- or on the one after it
    when that line is the person's title alone ("Esittelijä" / "toimialajohtaja" / "Juha X": a city's minutes
    print the label, the title and the name as three paragraphs), so the title stays before the name it is of.
    """
    out = []
    for m in _CONTACT.finditer(text):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        start, end = m.end(), line_end
        # "Esittelijä: toimialajohtaja" / "Juha X": the title on the label's line, the name on the next
        if morph and title_line(text[start:end].strip(" \t:/()"), morph) \
                and (name := _LINE.search(text, end, end + 300)) is not None and _name_line(name.group(0)) \
                and text.count("\n", end, name.start()) <= 2:
            end = name.end()
        elif not text[start:end].strip(" \t:/()"):
            nxt = _LINE.search(text, line_end, line_end + 300)
            if nxt is None:
                continue
            start, end = nxt.start(), nxt.end()
            name = _LINE.search(text, end, end + 300) if morph and title_line(nxt.group(0), morph) else None
            if name is not None and _name_line(name.group(0)) and text.count("\n", end, name.start()) <= 2:
                end = name.end()
        out.append((start, min(end, start + 400), m.group("w")))
    return out


_LINE = re.compile(r"\S[^\n]*")
# a title written alone on its line: a few words, none capitalised after the first, the last a post
# ("toimialajohtaja", "sosiaali- ja terveystoimialan toimialajohtaja", "Kaupunginjohtaja")
_TITLE_LINE = re.compile(r"[A-ZÅÄÖa-zåäö][a-zåäö-]*(?:[ \t]+(?:[a-zåäö][\w-]*|ja|och)){0,5}[ \t]*")


def _name_line(line: str) -> bool:
    """A line that opens with a name's two capitalised words and is short (a phone number or an e-mail address may
    follow the name), not a sentence ("Kaupunginhallitus päättää ...")."""
    words = line.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words[:2]) and len(words) <= NAME_LINE_WORDS


NAME_LINE_WORDS = 6


def title_line(line: str, morph: Morphology) -> bool:
    """A line that is nothing but a title: the last word a post the lexicon knows, no capitalised word after the
    first (where a name would stand)."""
    line = line.strip()
    return _TITLE_LINE.fullmatch(line) is not None and is_post(line.split()[-1], morph) is not None


def listed_people(text: str, morph: Morphology) -> list[Listed]:
    """Everyone named in the blocks of people and the contact lines of `text`, in text order."""
    people: list[Listed] = []
    spans = blocks(text)
    for start, end, opener in spans:
        openers = [(m.start(), m.group(0)) for m in _BLOCK_START.finditer(text, start, end)]
        for p in _block_people(text, start, end, opener, morph):
            # "Valmistelijat ja lisätiedot: hallintojohtaja Matti X": a contact list, titles before names -- also
            # where such a line runs on inside another block ("OSALLISTUJAT ... Valmistelijat: Kehitysjohtaja X")
            part = next((w for at, w in reversed(openers) if at < p.start), opener)
            p.contact = part.lower().startswith("valmistelija")
            p.part = part
            people.append(p)
    lines = contact_lines(text, morph)
    # Dynasty: "Päätösehdotus Hyvinvointialuejohtaja Mäkelä Sanna" names the presenter on the heading's line
    lines += [(m.start("rest"), m.end("rest"), "päätösehdotus") for m in re.finditer(
        r"(?im)^[ \t]*päätösehdotus[ \t]+(?P<rest>[^\n]{5,120})$", text)]
    for start, end, label in lines:
        if any(a <= start < b for a, b, _ in spans):
            continue
        for p in _block_people(text, start, end, label, morph):
            p.contact = True
            people.append(p)
    # "Marko X, Turku Science Park Oy": capitalised words right before a company's form are its name, no person's
    people = [p for p in people if not _COMPANY_FORM.match(text, p.end)]
    # "Förvaringsplats Löjtnant Granlunds väg 14": a street named for a person, the protocol's address
    people = [p for p in people if not _STREET_WORD_AFTER.match(text, p.end)]
    people.sort(key=lambda p: p.start)
    for k, p in enumerate(people):
        word = _second_surname(p, text, morph)
        if word and k + 1 < len(people) and people[k + 1].before.startswith(word):
            people[k + 1].before = people[k + 1].before[len(word):].lstrip()
    _column_seats(people, text)
    return _same_person_order(people)


def _column_seats(people: list[Listed], text: str) -> None:
    """Seats by column under "Jäsenet  Varajäsenet" heads whose rows keep their lines: a person who opens a row and
    names no role sits as a member, the next one on the same row with no role as the deputy ("Varjanto Heli   Törö
    Leena"). A block run into one line (a PDF's transcript) keeps no rows, so nothing is read there."""
    prev: Listed | None = None
    for p in people:
        if not roster_table_head(p.block):
            prev = None
            continue
        opens_row = "\n" in text[(prev.end if prev is not None else p.start - len(p.before)):p.start] \
            or (prev is None and "\n" in p.before)
        same_row_second = prev is not None and not opens_row and "\n" not in text[prev.end:p.start] \
            and prev.seat_by_column == "jäsen"
        if not p.role.strip() and opens_row:
            p.role, p.seat_by_column = "jäsen", "jäsen"
        elif not p.role.strip() and same_row_second:
            p.role, p.seat_by_column = "varajäsen", "varajäsen"
        elif opens_row:
            p.seat_by_column = "jäsen"  # "Komonen Toivo, pj.   Huhtamäki Titta": a member with a role, a deputy next
        prev = p


# "Emma Nordebo Snygg, gatuchef", "Ulrica Swärd Bütikofer, nämndsekreterare": a Swedish double surname without a
# hyphen, the row's title after the comma; the block's reading took the name's first two words and left the second
# surname to open the role
_SECOND_SURNAME = re.compile(r"[ \t](?P<word>[A-ZÅÄÖ][a-zåäöéü]{2,})[ \t]*,[ \t]*(?P<title>[a-zåäö][\w-]+)")


def _second_surname(p: Listed, text: str, morph: Morphology) -> str | None:
    """Extend `p` (in place) by a second surname that opens its role before a comma and an office title: a
    capitalised word that is no title, seat, layout word, place or organisation's word, one space after the name.
    The word, or None."""
    if p.roles_before or p.contact or " " in p.surname or p.first[:1].islower() \
            or not p.written.startswith(p.first):
        return None  # ("Härkönen Kerttu Luontopalvelut, puistonjohtaja": surname first, then the employer)
    hit = _SECOND_SURNAME.match(text, p.end)
    if hit is None or hit.start("word") != p.end + 1 or not is_post(hit["title"], morph):
        return None
    word = hit["word"]
    low = word.lower()
    if low in _LAYOUT or low in MEETING_ROLES or is_post(word, morph) or _function_word(word, morph) \
            or organisation_genitive(word, morph) \
            or any(r.cls in {"paikannimi", "nimisana"} for r in morph.analyse(word)):
        return None  # (a place or a common noun opening the role is the employer or unit: "Kaupunki, johtaja")
    if not p.role.lstrip().startswith(word):
        return None
    p.surname = f"{p.surname} {word}"
    p.written = f"{p.written} {word}"
    p.end = hit.end("word")
    p.role_start = hit.end("word")
    p.role = p.role.lstrip()[len(word):]
    return word


# a Swedish street's word after a name in the genitive or the base form ("Löjtnant Granlunds väg", "Olof Palmes
# gata"): Finnish writes its streets as one word ("Mannerheimintie"), so only these ("plats" is left out: "Anna X
# plats och tid för justering" runs a name into the next label)
_STREET_WORD_AFTER = re.compile(r"[ \t]+(?:väg|vägen|gata|gatan|gränd|gränden|torg|torget|allé|stig|stigen|backe|"
                                r"backen)(?![\w-])")
_COMPANY_FORM = re.compile(r"[ \t]+(?:Oy|Oyj|Ab|Abp|Ky|Ltd|ry|rf|r\.y\.)(?![\w-])")


def _same_person_order(people: list[Listed]) -> list[Listed]:
    """A name read in the other order than where the same minutes named it first: "Finn Berg" among the
    signatures of a list voted surname first ("Berg Finn puh.joht."), read "Berg Finn" again, is the same person.
    The first reading (the attendance list, which the block's vote is about) stands; `people` is in text order."""
    seen: set[tuple[str, str]] = set()
    for p in people:
        if (p.surname, p.first) in seen and (p.first, p.surname) not in seen and " " not in p.first + p.surname:
            p.first, p.surname = p.surname, p.first
        seen.add((p.first, p.surname))
    return people


# a name that opens its line: only blanks (or a presence mark) between the line's start and the name
_LINE_OPENS = re.compile(r"\n[ \t]*(?:[xX-][ \t]+)?$")
LINE_LOOKBACK = 12  # characters looked back for the line's start: a row's opening stays a bounded look


def _block_people(text: str, start: int, end: int, opener: str, morph: Morphology) -> list[Listed]:
    # "UnderskriftLaila X": a signature label glued to the name is no part of it
    toks = _dotted_initials(_with_particles(split_glued_labels(tokenize(text[start:end], start)), text), text, morph)
    # "Kronoby, den 6 april 2016", "Pori 12.3.2020": the town a signature line is dated at is no name
    # "Kh:n puheenjohtaja": an abbreviation inflected after a colon is a body, never a name
    is_name = [nameish(t, morph) and not _DATED_AT.match(text, t.end) and not _COLON_CASE.match(text, t.end)
               and not _SHIP.search(text, max(0, t.start - 12), t.start) and not _placed_town(t, text) for t in toks]
    for i, t in enumerate(toks):
        # "Seila Malin": a given name of the population register that Voikko reads only as an inflected place or
        # noun ("Mali" in the genitive) is still a name one space after or before a name word, or after a surname
        # and its comma (a row's given name); after a title's comma ("ekonom, Malin Bamako") it may be the place's
        if not is_name[i] and _capitalised(t, morph) and not t.text.isupper() and ":" not in t.text \
                and "." not in t.text and listed_first_name(t.text) and is_first_name(t.text, morph) \
                and not _COLON_CASE.match(text, t.end) and not _DATED_AT.match(text, t.end) \
                and ((i > 0 and is_name[i - 1] and toks[i - 1].end + 1 == t.start)
                     or (i > 1 and toks[i - 1].text == "," and is_name[i - 2])
                     or (i + 1 < len(toks) and is_name[i + 1] and t.end + 1 == toks[i + 1].start
                         and not (i > 0 and toks[i - 1].text == ","))):
            is_name[i] = True
    first = [n and is_first_name(t.text, morph) for n, t in zip(is_name, toks, strict=True)]
    for i in range(1, len(toks)):
        # "Raili Kallioniemi", "Aune Salin": after a first name a capitalised word is a surname, even one that
        # reads as an inflected common noun
        if not is_name[i] and first[i - 1] and toks[i].is_word and toks[i].text[:1].isupper() \
                and len(toks[i].text) >= 2 and not toks[i].is_acronym and toks[i].text.lower() not in _LAYOUT \
                and toks[i].text.lower() not in MEETING_ROLES and not is_post(toks[i].text, morph) \
                and toks[i - 1].end + 1 == toks[i].start and ":" not in toks[i].text \
                and not _COLON_CASE.match(text, toks[i].end) and not organisation_genitive(toks[i].text, morph) \
                and not plural_noun(toks[i].text, morph) and not _function_word(toks[i].text, morph) \
                and not _nen_genitive(toks[i].text, morph):
            is_name[i] = True

    for i in range(len(toks) - 1):
        # "Tom Lind Marina Berg": before a known surname a capitalised word Voikko also reads as an
        # inflected place or a common noun ("Marina": "Mari" in the essive) is a first name
        t = toks[i]
        if not is_name[i] and is_name[i + 1] and _known_surname(toks[i + 1], morph) and _capitalised(t, morph) \
                and not t.text.isupper() and t.end + 1 == toks[i + 1].start and ":" not in t.text \
                and not _post_word(t.text.lower()) and not _street(t.text) \
                and any(r.case == "nimento" and r.number != "plural" for r in morph.analyse(t.text)):
            is_name[i] = True
        elif not is_name[i] and first[i + 1] and _surname_before_given(toks, i, text, morph):
            # "jäsen Lumia Mervi kunnanvaltuuston pj.": between one row's role and the next one's, a capitalised
            # word before a first name is the surname of a surname-first row, though Voikko reads it as an
            # inflected noun ("lumi")
            is_name[i] = True
        elif not is_name[i] and is_name[i + 1] and _row_of_its_own(toks, i, text) and _capitalised(t, morph) \
                and not t.text.isupper() and not _post_word(t.text.lower()) and t.text.lower() not in _LAYOUT:
            # "Malin Thurfjell, verksamhetschef" alone on its line: a given name Voikko reads as a place's
            # genitive ("Mali"), before a surname it does not know
            is_name[i] = True

    for i in range(1, len(toks) - 1):
        # "Anna M Laine, controller": a middle initial between a first name and the surname that ends the name
        t = toks[i]
        # ("X" is a column's presence mark: "Martikainen Taisto X Kankkunen Seppo")
        given_first = re.fullmatch(r"[A-WYZÅÄÖ]\.?", t.text) and first[i - 1] and is_name[i + 1] and not first[i + 1] \
            and text[toks[i - 1].end:t.start] == " " and text[t.end:toks[i + 1].start] in {" ", ". "} \
            and not (i + 2 < len(toks) and is_name[i + 2] and not t.text.endswith("."))
        if given_first or _surname_first_initial(toks, i, is_name, first, text):
            is_name[i] = first[i] = True

    def adjacent(i: int) -> bool:  # two name words with one space between them: a wider gap is a column
        gap = text[toks[i].end:toks[i + 1].start]
        return is_name[i] and is_name[i + 1] and "\n" not in gap and "\t" not in gap and len(gap) <= 2

    # "Salmela, Reino": surname, comma, first name -- a layout of its own when it repeats
    comma = [i for i in range(len(toks) - 2) if is_name[i] and toks[i + 1].text == "," and first[i + 2]
             and not first[i] and not _opens_with_whole_name(text, toks[i + 2].start, morph)]
    # ("Läsnä: Tapio Kalliola, Arja Ruotsalainen, Esko Ylitalo": a list in the usual order opens with a whole
    # name, where a "Surname, Firstname" list opens with a lone surname; its pairs are no comma layout)
    if len(comma) >= 3:  # the layout is clear: unknown first names ("Berg, Christa") follow it too
        def given(j: int) -> bool:  # "Backman, Marina Sjöberg, Helge": a capitalised word before the next pair
            nxt = j + 2 < len(toks) and is_name[j + 1] and toks[j + 2].text == ","
            return first[j] or (is_name[j] and _known_name(toks[j], morph)) or (
                nxt and _capitalised(toks[j], morph))

        comma = [i for i in range(len(toks) - 2) if is_name[i] and toks[i + 1].text == "," and given(i + 2)
                 and not first[i] and not (not first[i + 2] and _after_clock(text, toks[i].start))
                 and not _opens_with_whole_name(text, toks[i + 2].start, morph)]
        for i in comma:
            is_name[i + 2] = True
    found: list[tuple[int, int, int, int]] = []  # (first-name token, surname token, start token, end token)
    if len(comma) >= 3:
        for i in comma:
            j = i + 2
            last = j + 1 if j + 1 < len(toks) and first[j + 1] and adjacent(j) and not (
                j + 3 < len(toks) and toks[j + 2].text == ",") else j
            found.append((j, i, i, last))
    else:
        def name_runs() -> list[list[int]]:
            out: list[list[int]] = []
            i = 0
            while i < len(toks):
                if not is_name[i]:
                    i += 1
                    continue
                run = [i]
                while i + 1 < len(toks) and adjacent(i):
                    i += 1
                    run.append(i)
                out.append(run)
                i += 1
            return out

        runs = name_runs()
        # the block's order: the reading of all its runs that fits the known first names best
        sur = [_known_surname(t, morph) for t in toks]
        # a run votes for each pair it holds: one long column of "Sukunimi Etunimi" pairs outweighs the few
        # "Etunimi Sukunimi" signatures and clerks named after it
        fits = [(_best_split(run, first, sur, toks, True, morph)[0],
                 _best_split(run, first, sur, toks, False, morph)[0], len(run) // 2) for run in runs if len(run) >= 2]
        votes = sum(((a > b) - (b > a)) * w for a, b, w in fits)
        surname_first = sum(a - b for a, b, _ in fits) > 0 if votes == 0 else votes > 0
        if surname_first and votes > 0 and _fill_surname_slots(toks, is_name, first, text, morph):
            runs = name_runs()  # "Lehto Riku Seila Malin": the column's surname slot, though Voikko reads "Seila"
        lone = {run[0] for run in runs if len(run) == 1}
        for run in runs:
            i = run[0]
            if surname_first and len(run) == 1 and i + 2 < len(toks) and toks[i + 1].text == "," \
                    and i + 2 in lone and not first[i] and (first[i + 2] or _given_between_commas(toks, i + 2)):
                found.append((i + 2, i, i, i + 2))  # "X Lindén, Fredrik, personalchef": one comma pair in the block
                continue
            if len(run) == 1 and i >= 2 and toks[i - 1].text == "," and i - 2 in lone and first[i] \
                    and surname_first and not first[i - 2]:
                continue  # the first name of the pair above
            if len(run) == 3 and first[run[1]] and not first[run[0]] and not first[run[2]] and run[0] > 0 \
                    and toks[run[0] - 1].text == ",":
                run = run[1:]  # "Rantala, Verkosto ry Maria Aaltonen": an affiliation, then the next person
            found += _best_split(run, first, sur, toks, surname_first, morph)[1]
    people = []
    cells: dict[int, tuple[int, str]] = {}  # person's index -> (start, text) of the line below the name
    same_line = bare = 0
    found.sort(key=lambda f: f[2])
    for k, (fi, si, a, b) in enumerate(found):
        role_end = toks[found[k + 1][2]].start if k + 1 < len(found) else end
        # "Nousiainen Maija K. varajäsen": a middle initial keeps its full stop, in the name and out of the role
        dotted = b + 1 < len(toks) and toks[b + 1].text == "." and toks[b + 1].start == toks[b].end \
            and bool(re.fullmatch(r"[A-ZÅÄÖ]", toks[b].text)) and si < fi
        stop = toks[b + 1].end if dotted else toks[b].end
        role_start = stop
        role = text[role_start:role_end]
        before = text[toks[found[k - 1][3]].end if k else start:toks[a].start]
        # a role ends at the line's end in one-name-per-line layouts
        if not role.strip() and "\n" in role:
            bare += 1  # the next name on the line below: a column of names, whose roles come as a column of their own
        if "\n" in role.strip(" \t,"):
            if not role.strip(" \t,").startswith("\n"):
                same_line += 1  # the row's role on the name's own line: no cell-a-line table
            elif (below := _cell_below(role if k + 1 < len(found) else role + "\n")) is not None:
                cells[len(people)] = (role_start + below[0], below[1])
            role = role[:role.find("\n", len(role) - len(role.lstrip(" \t,")))]
        if (address := _ADDRESS_END.search(role)) is not None and _street(address.group(1)):
            role = role[:address.start()]  # "rehtori, X-opisto, Lohja Toivonkatu": the row's address ends it
        # (surname first, the given names from the first one on: a double surname "Bjerregård Madsen Johanna" is
        # the surname's two words before it)
        second = fi - 1 if si < fi - 1 and is_name[fi - 1] and not first[fi - 1] and toks[fi - 1].text != "," \
            and text[toks[si].end:toks[fi - 1].start] == " " else None
        given = " ".join(toks[x].text for x in (range(si + 1, b + 1) if si < fi else range(a, si))
                         if is_name[x] and x != second)
        given += "." if dotted else ""
        surname_end = toks[second].end if second is not None else toks[si].end
        people.append(Listed(first=given, surname=text[toks[si].start:surname_end], start=toks[a].start,
                             end=stop,
                             written=text[toks[a].start:stop], role=role.strip(" \t,"),
                             role_start=role_start, block=opener, before=before.strip(" \t,"),
                             roles_before=len(comma) >= 3, leads=k == 0))
    if len(cells) >= _CELL_ROWS and len(cells) >= same_line and len(cells) > bare:
        # "Virtanen Matti⏎puheenjohtaja⏎Laine Anna⏎jäsen": a table converted to text gives its cells a line
        # each, so each row's role is the line below its name -- the layout, when most rows show it
        for k, (at, cell) in cells.items():
            people[k].role, people[k].role_start, people[k].cell_below = cell, at, True
    # "pj Lampinen Aarne X Heinonen Seppo vpj Ahola-Niemi Hannele": roles written before the names,
    # told from roles after them by which side of the names the role words fall on more often; each part of
    # a block ("Läsnä", "Muut saapuvilla", "Allekirjoitukset") is laid out on its own
    def role_word(words: list[str]) -> bool:
        return bool(words) and words[0].lower().strip(".,") in MEETING_ROLES

    # a table's heads "Jäsen ... Varajäsen" with a person's name between them are rows, not heads: "Jäsen
    # Pekkala Katariina Varajäsen" is one member's role, the next deputy's name and role
    cuts = [m.start() for m in _BLOCK_START.finditer(text, start, end)
            if not any(m.start() < p.start < m.end() for p in people)]
    parts: dict[int, list[Listed]] = {}
    for p in people:
        parts.setdefault(bisect_right(cuts, p.start), []).append(p)
    for part in parts.values():
        after = sum(role_word(_plain(p.role).split()[:1]) for p in part)
        ahead = sum(role_word(_plain(p.before).split()[-1:]) for p in part)
        # "Harjula Martti, pj. Lindqvist Aarne, vpj.": roles a comma ties to the name before are the names' own
        tied = sum(role_word(_plain(p.role).split()[:1]) and text.startswith(",", p.end) for p in part)
        trailing = sum(text.startswith(",", p.end) for p in part)
        # "Virtanen, Matti<TAB>puheenjohtaja" a row a line: the name opens its line and the role follows on it, so
        # the role word before the name is the row above's
        lined = sum(bool(p.role) and _LINE_OPENS.search(text, max(start, p.start - LINE_LOOKBACK), p.start) is not None
                    for p in part)
        if len(comma) >= 3 and (after > ahead or 2 * trailing > len(part) or (trailing >= 2 and tied >= 1)
                                or (2 * lined > len(part) and after >= ahead)):
            # "x Mattsson, Lars-Åke, ordförande x Danielsson, Sven-Anders, viceordf.": the comma layout with
            # each role after its name, tied to it by a comma
            for p in part:
                p.roles_before = False
        elif (role_word(_plain(part[0].before).split()[-1:]) or _closes_bare(part, after, morph)) \
                and ahead >= after and tied < 2 and not _DEPUTIES_HEAD.search(part[0].before):
            # ("Beslutande Ej tjänstgörande ersättare Anna X (M), ordförande": the heads of a protocol's columns
            # printed before its first name, the deputies' column among them -- no role of the first name's)
            for p in part:
                p.roles_before = True
        part[0].leads = True
    return people


def _closes_bare(part: list[Listed], after: int, morph: Morphology) -> bool:
    """A part whose rows put their roles before the names though its first name follows no role word: "Keravan
    kaupungista Anna X Johtokunnan puheenjohtaja Matti Y Toimitusjohtaja Olli Z Pöytäkirjanpitäjä: ..." -- a
    roster opening with a qualifier of its own after its label (a member's town, an organisation), its last name
    with no role after it (nothing, or the next label's "Xxx:"), and a capitalised role (a seat or an office title,
    "Johtokunnan puheenjohtaja", "Toimitusjohtaja") opening two rows or more, never a seat's word after a name.
    A "Name role" table gives its last name a role too and opens it with no qualifier."""
    last = _plain(part[-1].role).split()
    if after or not (not last or last[0].endswith(":")) or not part[0].before.rsplit(":", 1)[-1].strip():
        return False
    return sum(_capital_role(p.before, morph) for p in part[1:]) >= 2


def _capital_role(before: str, morph: Morphology) -> bool:
    """The words before a name end with a role that opens with a capital: one title word ("Toimitusjohtaja") or an
    owner in the genitive and the role ("Johtokunnan puheenjohtaja", "Styrelsens ordförande")."""
    words = _plain(before.rsplit("\n", 1)[-1]).split()[-2:]
    if not words or not (words[-1].isalpha() and (words[-1].lower() in MEETING_ROLES or is_post(words[-1], morph))):
        return False
    head = words[0] if len(words) == 2 and words[0].isalpha() and words[0].lower().endswith(("n", "s")) \
        and words[0].lower() not in MEETING_ROLES else words[-1]
    return head[:1].isupper()


# a Swedish protocol's head of its deputies' column, printed with the other heads before the first name
_DEPUTIES_HEAD = re.compile(r"(?i)\b(?:ej[ \t]+)?tjänstgörande[ \t]+ersättare[ \t]*$")


# the row's next cell on the line below the name: the name ends its line, at most one blank line between
# (the cell ends its line: where the next name follows on the same line, "puheenjohtaja Virtala Matti" /
# "varapuheenjohtaja Laine Anna", the line is the next row, its role written first)
_CELL_BELOW = re.compile(r"[ \t,]*\n(?:[ \t]*\n)?[ \t]*(?P<cell>[^\n]*\S)[ \t]*\n")


_CELL_ROWS = 2  # rows that show the cell-a-line layout before a block is read so
_CELL_WORDS = 8  # words of a table cell at most: a longer line below a name is the page's text, not its row's


def _given_between_commas(toks: list[Token], i: int) -> bool:
    """"X Warén, Dick, personalchef": between the surname's comma and the role's, a given name of the population
    register that Voikko reads only as a surname ("Dick", "Jordan") -- the commas leave it no other place."""
    return listed_first_name(toks[i].text) and i + 1 < len(toks) and toks[i + 1].text == ","


def _cell_below(role: str) -> tuple[int, str] | None:
    """(offset, text) of the role a table converted to text gives on the line below its name ("Virtanen Matti",
    then "puheenjohtaja", "Kunnanvaltuuston pj."): an HTML table's cells come out one a line, so the name ends its
    line and the row's post is the next line's. None where the name's own line goes on, or the line below holds
    nothing but the table's own words ("Poissa", "Muut läsnäolijat"), which open a part, not a role."""
    cell = _CELL_BELOW.match(role)
    if cell is None or _BLOCK_START.match(cell.group("cell")) or _part_heads(cell.group("cell")) \
            or len(cell.group("cell").split()) > _CELL_WORDS \
            or cell.group("cell")[:1].isdigit():  # "3 Sonkajärven kunta Pöytäkirja": the next page's head
        return None
    return cell.start("cell"), cell.group("cell")


def _part_heads(line: str) -> bool:
    """Nothing but the table's own words and no meeting role among them: "Muut läsnäolijat", not "puheenjohtaja"."""
    return _only_layout(line) and not any(w.lower().strip(".,:") in MEETING_ROLES for w in line.split())


def _fill_surname_slots(toks: list[Token], is_name: list[bool], first: list[bool], text: str,
                        morph: Morphology) -> bool:
    """In a block whose names are voted surname first, a capitalised word one space before a known first name
    holds that row's surname slot, though Voikko reads it as an inflected common noun ("Seila Malin", "Isomuotia
    Suvi"): the column's shape decides, as a reader of the table would. Words of the layout, posts, bodies'
    and owners' genitives, places alone and capitals-only words stay out. Marks them in place; True if any."""
    filled = False
    for i in range(len(toks) - 1):
        t = toks[i]
        if is_name[i] or not first[i + 1] or not is_name[i + 1] or t.end + 1 != toks[i + 1].start \
                or not _capitalised(t, morph) or t.text.isupper() or ":" in t.text or "." in t.text \
                or _post_word(t.text.lower()) or organisation_genitive(t.text, morph) or _only_place(t, morph) \
                or _COLON_CASE.match(text, t.end):
            continue
        is_name[i] = filled = True
    return filled


def _surname_before_given(toks: list[Token], i: int, text: str, morph: Morphology) -> bool:
    """Token i is the surname of a "Surname Given role" row: a capitalised word that is no role, post or place,
    one space before a first name, with lower-case role words on both sides (the row above's role before it, this
    row's role after the first name): a name column's shape, not a sentence's or a heading's."""
    t = toks[i]
    if i == 0 or i + 2 >= len(toks) or not _capitalised(t, morph) or t.text.isupper() or ":" in t.text \
            or _post_word(t.text.lower()) or t.end + 1 != toks[i + 1].start:
        return False
    before, after = toks[i - 1], toks[i + 2]
    if not (after.is_word and after.text[:1].islower() and toks[i + 1].end + 1 == after.start):
        return False
    if before.is_word and before.text.islower() and before.text in MEETING_ROLES \
            and "\n" not in text[before.end:after.start]:
        return True
    # a row a line ("puheenjohtaja" ending the row above, then "Koski Sari hallintolakimies"): a surname of the
    # population register opening its line, though Voikko reads it as a word too ("koski", "koskea")
    return before.is_word and before.text.islower() and listed_surname(t.text) \
        and _LINE_OPENS.search(text, max(0, t.start - LINE_LOOKBACK), t.start) is not None \
        and "\n" not in text[t.end:after.start]


def _surname_first_initial(toks: list[Token], i: int, is_name: list[bool], first: list[bool], text: str) -> bool:
    """Token i is the middle initial of a surname-first row, "Nousiainen Maija K. varajäsen": a capital and its full
    stop one space after a first name that itself follows a surname one space before it. The initial is part of the
    name as written ("Maija K. Nousiainen"); without it the row's reading keeps a shorter name than the text gives.
    The full stop tells it from a column's capital mark ("Lampinen Aarne X Heinonen Seppo")."""
    t = toks[i]
    return bool(re.fullmatch(r"[A-ZÅÄÖ]", t.text)) and 2 <= i < len(toks) - 1 and toks[i + 1].text == "." \
        and toks[i + 1].start == t.end and first[i - 1] and is_name[i - 2] and not first[i - 2] \
        and text[toks[i - 2].end:toks[i - 1].start] == " " and text[toks[i - 1].end:t.start] == " "


def _dotted_initials(toks: list[Token], text: str, morph: Morphology) -> list[Token]:
    """The tokens with a middle initial and its full stop as one token where a capitalised word follows:
    "Pirkko M. Rauhala Pentti Reponiemi", a list run into one line, keeps the initial inside the run of names,
    where the full stop as a token of its own would end the run and leave "Pirkko M" a person and "Rauhala
    Pentti" another. The full stop tells the initial from a column's presence mark ("Lampinen Aarne X Heinonen");
    a role after it, lowercase or not ("Nousiainen Maija K. Varajäsen"), leaves the surname-first row's reading
    its own token."""
    out: list[Token] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if i > 0 and i + 2 < len(toks) and len(t.text) == 1 and t.text.isupper() and toks[i + 1].text == "." \
                and toks[i + 1].start == t.end and toks[i - 1].end + 1 == t.start and toks[i - 1].text[:1].isupper() \
                and text[t.end + 1:t.end + 2] == " " and toks[i + 2].start == t.end + 2 \
                and toks[i + 2].text[:1].isupper() and toks[i + 2].text[1:2].islower() \
                and not _post_word(toks[i + 2].text.lower()) and not is_post(toks[i + 2].text, morph):
            out.append(Token(t.text + ".", t.start, t.end + 1))
            i += 2
            continue
        out.append(t)
        i += 1
    return out


def _row_of_its_own(toks: list[Token], i: int, text: str) -> bool:
    """Tokens i and i+1 open a line and a comma follows them: "<Given> <Surname>, <role>" a row."""
    j = toks[i].start
    while j > 0 and text[j - 1] in " \t":  # back over the line's indent only: a long line is never scanned
        j -= 1
    return (j == 0 or text[j - 1] == "\n") and toks[i].end + 1 == toks[i + 1].start \
        and text.startswith(",", toks[i + 1].end)


# "von Wendt Kristian", "af Hällström Anna": a lowercase particle that belongs to the surname after it
_PARTICLES = {"von", "af", "van", "de"}
# a particle a row may capitalise ("Santtu Von Bruun", "Von Bruun Santtu"): no Finnish or Swedish word of its own
# ("De" is Swedish "they", so only the lower-case "de" is read as one)
_CAPITAL_PARTICLES = {"Von", "Af", "Van"}


def _with_particles(toks: list[Token], text: str) -> list[Token]:
    """The tokens with a particle folded into the surname after it: the surname token starts at the particle,
    so the run of names stays unbroken and the written surname keeps it; its text stays the capitalised word,
    which is what the lexicon knows."""
    out: list[Token] = []
    skip = False
    for i, t in enumerate(toks):
        if skip:
            skip = False
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if (t.text in _PARTICLES or t.text in _CAPITAL_PARTICLES) and nxt is not None and nxt.text[:1].isupper() \
                and text[t.end:nxt.start] == " ":
            out.append(Token(nxt.text, t.start, nxt.end))
            skip = True
        else:
            out.append(t)
    return out


def _plain(role: str) -> str:
    """Role words without times and page numbers ("12:00-16:16 puheenjohtaja" -> "puheenjohtaja")."""
    return " ".join(w for w in role.split() if not re.fullmatch(r"[\d:.,\-–]+|[A-ZÅÄÖx]|[IVX]{1,4}", w)
                    and w.lower().strip(".:") not in _PARAGRAPH_LABELS)


# "Sekreterare Paragrafer 26 -- 38 Maria X": the paragraphs a signature covers, between the head and the name
_PARAGRAPH_LABELS = {"paragrafer", "paragraf", "pykälät", "§§"}


_COLON_CASE = re.compile(r":[a-zåäö]{1,4}\b")
# "M/S Silja Serenade", "m/s Gabriella": a ship the meeting is held on, whose name reads as a person's
_SHIP = re.compile(r"(?i)\bm/[st][ \t]+(?:[A-ZÅÄÖ][\w-]*[ \t]+)?$")
_DATED_AT = re.compile(r",?[ \t]+(?:den[ \t]+)?\d{1,2}(?:\.[ \t]?\d{1,2}\.|[ \t]+[a-zåäö]{3,9}[ \t]+\d{4})"
                       r"|,[ \t]*den[ \t]+\d")
# a clock time or date just before: "Sammanträdestid ... kl Kommungården, Bennäs" is the place of the meeting
_CLOCK_BEFORE = re.compile(r"(?:\bkl\.?|\bklo|\bkello|\b\d{4}|\d{1,2}[.:]\d{2})[\s,]*$", re.IGNORECASE)


# a signature form's place label: "Aika ja paikka Pelkosenniemi Jari X", "Ort och datum Närpes Anna Y"
_PLACE_LABEL = re.compile(r"(?i)(?<![\w-])(?:paikka|plats|ort)[ \t]*:?[ \t]*$")


def _placed_town(tok: Token, text: str) -> bool:
    """A municipality's name right after a place label is where the form was signed, not a surname written first
    ("Aika ja paikka Pelkosenniemi Jari Tervo": Jari Tervo signed in Pelkosenniemi)."""
    return tok.text in _TOWNS and _PLACE_LABEL.search(text, max(0, tok.start - 20), tok.start) is not None


_TOWNS = town_names()


def _after_clock(text: str, at: int) -> bool:
    return bool(_CLOCK_BEFORE.search(text[max(0, at - 30):at]))


def _capitalised(tok: Token, morph: Morphology) -> bool:
    """A capitalised word that may be an unknown first name: not a layout, role or post word."""
    t = tok.text
    return tok.is_word and t[:1].isupper() and len(t) >= 2 and not tok.is_acronym and t.lower() not in _LAYOUT \
        and t.lower() not in MEETING_ROLES and not is_post(t, morph)


# owners whose genitive opens a post in a row ("Kaupunginhallituksen edustaja", "Kuntayhtymän johtaja")
_OWNER_KINDS = ("kunta", "kaupunki", "yhtymä", "hyvinvointialue", "maakunta", "liitto", "seurakunta")


def organisation_genitive(word: str, morph: Morphology) -> bool:
    """An inflected organisation word, never a surname: a row's post after the name names its owner
    ("Laine Pekka Kaupunginhallituksen edustaja", "Heikki Yhtymähallituksen jäsen"). Rows write names in the
    nominative, and Voikko reads the word as nothing but a common noun in another case whose base is a body's
    head (data/body_heads.csv) or an owner's kind; a surname that is also a noun ("Salin", "Kiven") has no such base.
    """
    readings = morph.analyse(word)
    if not readings or any(r.cls not in {"nimisana", "nimi"} or r.case in {None, "nimento"} for r in readings):
        return False
    return any(BODY_PATTERN.match(r.base.lower()) or r.base.lower().endswith(_OWNER_KINDS) for r in readings)


def _function_word(word: str, morph: Morphology) -> bool:
    """Voikko reads the word as nothing but an adverb, pronoun, conjunction or the like ("Yhteensä 16" closing a
    roll call after its last first name), and the population register holds no such surname: no surname, whatever
    stands before it. A verb's or an abbreviation's reading says nothing ("Riipi", "Ek" read as such), and a short
    word may be a surname whatever Voikko reads."""
    readings = morph.analyse(word)
    return len(word) > _SHORT_SURNAME and bool(readings) \
        and all(r.cls in _NOT_NAME_CLASSES - {"teonsana", "lyhenne"} for r in readings) and not listed_surname(word)


_SHORT_SURNAME = 3  # letters of a surname as short as "Ek", "Ahl", which Voikko may read as anything


def plural_noun(word: str, morph: Morphology) -> bool:
    """Voikko reads the word as nothing but a plural common noun ("Vaiheet", "Liitteet", "Asiat"): a heading's word
    that a page run into one line puts after the last name of a list, never a surname."""
    readings = morph.analyse(word)
    return bool(readings) and all(r.cls == "nimisana" and r.number == "plural" for r in readings)


def _known_surname(tok: Token, morph: Morphology) -> bool:
    return any(r.cls == "sukunimi" for r in morph.analyse(tok.text))


def _only_place(tok: Token, morph: Morphology) -> bool:
    """Voikko knows the word as a place and as no person's name: after a name it is a town ("Kronoby, den ...").
    A surname of the population register that no municipality bears is a surname all the same ("Mäkelä",
    "Leskelä": villages' names Voikko knows only as places, extract/town_names.py)."""
    readings = morph.analyse(tok.text)
    return any(r.cls == "paikannimi" for r in readings) and not any(r.cls in {"etunimi", "sukunimi"}
                                                                     for r in readings) \
        and not (listed_surname(tok.text) and tok.text not in town_names())


# scores of the run reading: a word left out of every person, a pair read against the block's order,
# a third name word (a second first name)
_STRAY, _FLIPPED, _THIRD = -2.0, -1.5, -0.5
# a town's name left out of every person: rows that end in the member's town ("Matti Berg Nurmijärvi")
# run into the next name ("Tuusula Matti Berg Nurmijärvi"), and the town is the row's, not a surname
_STRAY_PLACE = -0.3


def _best_split(run: list[int], first: list[bool], sur: list[bool], toks: list[Token], surname_first: bool,
                morph: Morphology) -> tuple[float, list[tuple[int, int, int, int]]]:
    """(score, people) of the best reading of a run of name words as people in the given order.

    A PDF transcript runs a whole column of names into one line ("Kemppainen Erkki Ojala Pekka
    Rasmus Juha ..."), so where one person ends is decided over the whole run, not pair by pair:
    each person is a surname and one or two first names in the block's order, a known first name
    scores as a first name and against as a surname, a known surname the other way round. A name
    that is both ("Rasmus") can go either way, and the reading that leaves every other word in its
    place wins. A pair may be read in the other order ("Mikael Lindqvist" in a surname-first list)
    at a cost, and a word may be left out (a stray first name of a broken column) at a higher one.
    """
    towns = town_names()

    def town(i: int) -> bool:  # a municipality's name that is no given name: a member's town column run into the names
        return not first[i] and toks[i].text in towns

    def common(i: int) -> bool:  # "Perusturva", "Tekninen": a department's column, a dictionary word no register holds
        word = toks[i].text
        return not first[i] and not sur[i] and not listed_surname(word) and not listed_first_name(word) \
            and dictionary_word(word, morph)

    def s_score(i: int) -> float:  # as a surname; a town's name or a common word is a weak one
        return (0.0 if _only_place(toks[i], morph) or common(i) else 1.0) if not first[i] else (0.0 if sur[i] else -1.0)

    def f_score(i: int) -> float:  # as a first name; a town's name ("Kannus", "Kokkola") or a common word never is one
        return 1.0 if first[i] else (-1.0 if sur[i] or town(i) or common(i) or nen(i) else 0.0)

    def nen(i: int) -> bool:  # a surname's ending that no given name of DVV's statistics has
        return toks[i].text.lower().endswith("nen")

    def surname_like(i: int) -> bool:  # a known surname, or one in -nen, which no given name ends in
        return sur[i] or nen(i)

    def pair_ok(x: int, y: int) -> bool:  # some word of it may be a name: "Kunnanvirasto Kokoushuone" is nobody
        if not first[x] and not first[y] and surname_like(x) and surname_like(y):
            if nen(x) != nen(y) and listed_first_name(toks[y if nen(x) else x].text):
                # "Nupponen Kuutti", "Romunen Erkko": a given name of DVV's statistics that is a surname too
                # (Voikko's reading) beside a word in -nen, which is never the given name -- one person
                return True
            # "Alhonen Sinisalo": two surnames under two column labels, two people named by surname -- but in a
            # long column of "Surname Given" pairs a short given name Voikko reads as a surname ("Lindström
            # Dick") stands in a pair's place
            return surname_first and len(run) >= 6 and run.index(x) % 2 == 0 and len(toks[y].text) <= SHORT_GIVEN \
                and not _only_place(toks[y], morph)
        return first[x] or first[y] or _known_name(toks[x], morph) or _known_name(toks[y], morph)

    n = len(run)
    best: list[tuple[float, list[tuple[int, int, int, int]]]] = [(0.0, [])] + [(float("-inf"), [])] * n
    for k in range(n):
        score, people = best[k]
        if score == float("-inf"):
            continue
        stray = _STRAY_PLACE if (_only_place(toks[run[k]], morph) or town(run[k]) or common(run[k])) \
            and not first[run[k]] else _STRAY
        options: list[tuple[int, float, tuple[int, int, int, int] | None]] = [(1, stray, None)]
        if k + 1 < n:
            a, b = run[k], run[k + 1]
            if pair_ok(a, b):
                straight = (b, a) if surname_first else (a, b)  # (first name, surname)
                fi, si = straight
                options.append((2, s_score(si) + f_score(fi), (fi, si, a, b)))
                options.append((2, s_score(fi) + f_score(si) + _FLIPPED, (si, fi, a, b)))
            if k + 2 < n and first[run[k + 1]]:
                c = run[k + 2]
                if surname_first and first[c]:  # "Nieminen Tero Tapani"
                    options.append((3, s_score(a) + f_score(b) + f_score(c) + _THIRD, (b, a, a, c)))
                elif not surname_first and (first[a] or _short_given(toks[a], sur[a], morph)):
                    # "Tero Tapani Nieminen"; "Bo Lennart Danielsson": a short first name Voikko does not know
                    # before one it does (a town before a name, "Karleby Marja X", is longer)
                    options.append((3, f_score(a) + f_score(b) + s_score(c) + _THIRD, (a, c, a, c)))
            if k > 0 and k + 2 < n and surname_first and first[run[k + 2]] and not first[a] and not first[b] \
                    and _double_surname(toks[a], toks[b], sur[a], sur[b], morph):
                # "Bjerregård Madsen Johanna": two surnames, then the given name (the person's first name token
                # after the surname's two: `_block_people` reads the surname up to it); not at a run's start,
                # where an unknown word is as likely a column's head printed before the names ("Paragrafer")
                c = run[k + 2]
                options.append((3, s_score(a) + s_score(b) + f_score(c) + _THIRD, (c, a, a, c)))
        for step, gain, person in options:
            total = score + gain
            if total > best[k + step][0]:
                best[k + step] = (total, [*people, person] if person else people)
    return best[n]


def _double_surname(x: Token, y: Token, x_known: bool, y_known: bool, morph: Morphology) -> bool:
    """Two words that may be one person's two surnames: each a surname Voikko or the register knows, or a word no
    dictionary knows, and neither a place alone (a town's column run into the names: "Hanko Inkoo")."""
    def surname(t: Token, known: bool) -> bool:
        unknown = all(r.cls is None for r in morph.analyse(t.text))  # no reading, or only Voikko's guesses
        return (known or listed_surname(t.text) or unknown) and not _only_place(t, morph)
    if x.text in town_names():
        return False  # "Virtanen Matti Kokkola Korhonen Liisa": the row's town before the next surname
    return surname(x, x_known) and surname(y, y_known) and (x_known or y_known or listed_surname(y.text))


SHORT_GIVEN = 4  # letters of the short Nordic given names Voikko lacks ("Bo", "Ann", "Per")


def _short_given(tok: Token, surname: bool, morph: Morphology) -> bool:
    return not surname and len(tok.text) <= SHORT_GIVEN and not _only_place(tok, morph)


def person_mentions(people: list[Listed], text: str, morph: Morphology) -> list[Mention]:
    """A mention per listed person: labelled first name first, the written order as another name."""
    out = []
    for p in people:
        parts = (p.written,) if p.written != p.label else ()
        surname = p.surname
        out.append(Mention(start=p.start, end=p.end, surface=text[p.start:p.end], label=f"{p.first} {surname}",
                           type="Person", rule="person-listed", parts=parts, key=None))
    return out


def replace_listed(sents: list, per_sentence: list[list[Mention]], listed: list[Mention],
                   text: str = "") -> list[list[Mention]]:
    """Put the listed people in their sentences, in place of what the sentence rules read there.

    Any mention overlapping a listed name goes: a surname read as a place ("Pargas Sven"),
    a name glued to the next word ("Hakala Timo kuntayhtymä"), a misordered pair.
    """
    if text:  # "• Kivi Anna, johtaja, X": a member list's rows outside the blocks, extract/titled_rows.py
        listed = listed + _titled_rows(per_sentence, listed, text)
    listed = [p for p in listed if not dictionary_word_pair(p) and not place_or_code_pair(p)]
    people = SpanIndex(listed)  # by position: no pass over every listed name for every mention
    out = [[m for m in ms if not people.overlapping(m.start, m.end) and not _across_comma_list(m, text)
            and not _layout_person(m) and not dictionary_word_pair(m) and not place_or_code_pair(m)]
           for ms in per_sentence] if text else \
        [[m for m in ms if not people.overlapping(m.start, m.end)] for ms in per_sentence]
    sentence_of = Locator(sents)
    for p in listed:
        k = sentence_of(p.start)
        if k is None:
            continue
        out[k].append(p)
        out[k].sort(key=lambda x: x.start)
    return out


_NAME_READINGS = {"etunimi", "sukunimi", "paikannimi", "nimi"}


def dictionary_word_pair(m: Mention) -> bool:
    """"Sosiaali Terveys", "Perusturva Hallinto": two capitalised words of a heading or a department column read as a
    person. Neither word is a given name (the population register's, or Voikko's), and the one in the given name's
    place is a dictionary word as written -- Voikko reads it as its own nominative and as no kind of name. An unknown
    given name ("Albana", which Voikko reads as an inflected noun) is no dictionary word as written."""
    if m.type != "Person":
        return False
    words = m.label.split()
    if len(words) != 2:
        return False
    from welfare_kg.extract.morphology import get_morphology

    morph = get_morphology()
    if any(listed_first_name(w) or is_first_name(w, morph) for w in words):
        return False
    # the given name's place only: many surnames are dictionary words ("Ruotsalainen", "Lehmussalmi") after a given
    # name the register lacks ("Danne", "Gunder")
    return dictionary_word(words[0], morph)


def place_or_code_pair(m: Mention) -> bool:
    """"Tukholma Pietari" (a development corridor), "Käsittelyjärjestys Kh": two places, or a body's abbreviation
    (data/body_abbreviations.csv), read as a person in a list written surname first. A surname's place held by a
    word Voikko reads only as a place and DVV's statistics hold as no surname, beside a given name that is a place
    too, is two places."""
    if m.type != "Person":
        return False
    words = m.label.split()
    if len(words) != 2:
        return False
    if any(w in BODY_ACRONYMS for w in words):
        return True  # "Kh", "Khall": a body's abbreviation heading a minutes extract
    from welfare_kg.extract.morphology import get_morphology

    morph = get_morphology()
    given, surname = words
    places = morph.analyse(surname)
    if bool(places) and all(r.cls == "paikannimi" for r in places) and not listed_surname(surname) \
            and any(r.cls == "paikannimi" for r in morph.analyse(given)):
        return True
    # "Hanko Inkoo": two municipalities of a town column run into a row of names ("Hanko" is a common noun too); a
    # town's name that DVV holds as a given name or a surname may still be a person's ("Kaarina", "Salo")
    towns = town_names()
    return given in towns and surname in towns and not listed_first_name(given) and not is_first_name(given, morph) \
        and not listed_surname(surname)



def dictionary_word(word: str, morph: Morphology) -> bool:
    readings = morph.analyse(word)
    return bool(readings) and all(r.cls is not None and r.cls not in _NAME_READINGS for r in readings) \
        and any(r.case == "nimento" and r.base.lower() == word.lower() for r in readings)


def _titled_rows(per_sentence: list[list[Mention]], listed: list[Mention], text: str) -> list[Mention]:
    """The titled rows' people that no block read and no organisation's name covers ("Anna Kivi Oy, ..." stays
    the company's); a person or a place read inside the name gives way to the row's reading."""
    from welfare_kg.extract.morphology import get_morphology
    from welfare_kg.extract.titled_rows import (
        comma_row_people,
        initials_row_people,
        name_line_people,
        seat_row_people,
        titled_row_people,
    )

    morph = get_morphology()
    rows = titled_row_people(text, morph) + name_line_people(text, morph) + seat_row_people(text, morph) \
        + comma_row_people(text, morph) + initials_row_people(text, morph)
    if not rows:
        return []
    have = SpanIndex(listed)
    others = SpanIndex([m for ms in per_sentence for m in ms])
    return [r for r in rows if not have.overlapping(r.start, r.end) and not any(
        m.type != "Person" and (m.start < r.start or m.end > r.end) for m in others.overlapping(r.start, r.end))]


def _layout_person(m: Mention) -> bool:
    """"Paragrafer Underskrifter", "Asiat Oheisen": headings of a minutes page read as a name. A word of the
    layout, or one Voikko reads only as a plural common noun, is no part of a person's name."""
    if m.type != "Person" or m.rule == "person-listed":
        return False
    from welfare_kg.extract.morphology import get_morphology

    morph = get_morphology()
    words = m.surface.split()
    for k, word in enumerate(words):
        low = word.lower().strip(".,:")
        if low in _LAYOUT and low not in MEETING_ROLES:
            if k == len(words) - 1 and k > 0 and listed_surname(word) and is_first_name(words[0], morph):
                continue  # "Jaakko Kartano": a meeting place's word that DVV's statistics hold as a surname, after
                # a first name, is the surname
            return True
        readings = morph.analyse(word)
        if readings and all(r.cls == "nimisana" and r.number == "plural" for r in readings) \
                and not (listed_surname(word) or surname_base(word)):
            return True  # "Rautajärviltä" is DVV's surname Rautajärvi, no plural of "rautajärvi"
    return False


def _across_comma_list(m: Mention, text: str) -> bool:
    """"Kivi, Harri Koivu, Marita": in a "Surname, Firstname" list a first name and the next surname are
    no person. The word after the comma must be a first name, so "Kuopio, Anna Ek, Joensuu" keeps Anna Ek.
    Locally "Pekka Virtanen, Unto Kivelä, Timo Paavola" looks the same; such a list opens with a whole name,
    first name first, where a "Surname, Firstname" list opens with a lone surname before its first comma."""
    if m.type != "Person" or m.rule == "person-listed":
        return False
    before = re.search(r"[A-ZÅÄÖ][\w-]+,\s*$", text[max(0, m.start - 40):m.start])
    after = re.match(r",\s*([A-ZÅÄÖ][\w-]+)\b", text[m.end:m.end + 40])
    if not (before and after):
        return False
    from welfare_kg.extract.morphology import get_morphology

    morph = get_morphology()
    return is_first_name(after.group(1), morph) and not _opens_with_whole_name(text, m.start, morph)


# the comma-separated run of one- to three-word capitalised chunks that ends right before a name (three: a
# double surname, "Magnus Lublin, Jenny Torpman Fredriksson, Carin Djäken", which broke the run at its second word,
# so the run seemed to open with the lone surname "Fredriksson," of a "Surname, Firstname" list)
_COMMA_RUN = re.compile(r"(?:[A-ZÅÄÖ][\w-]+(?:[ \t]+[A-ZÅÄÖ][\w-]+){0,2},[ \t]*)+$")
COMMA_RUN_CHARS = 400  # how far back a run of names is followed at a time
COMMA_RUN_MAX = 3200  # and at most: a block of people is shorter (_BLOCK_MAX)


def _opens_with_whole_name(text: str, at: int, morph: Morphology) -> bool:
    """Whether the run of names ending before `at` opens with "Firstname Surname," (a list in the usual order)
    rather than with a lone "Surname," (a "Surname, Firstname" list)."""
    lo = max(0, at - COMMA_RUN_CHARS)
    run = _COMMA_RUN.search(text, lo, at)
    # a run that reaches back to the window's edge may open before it: a window cut inside a long "Surname,
    # Firstname" list starts at one pair's first name ("...Roger Pettersson, Camilla Sandberg,"), so the window
    # widens until the run's true opening is inside it
    while run is not None and lo > 0 and re.fullmatch(r"[\w-]*,?[ \t]*", text[lo:run.start()]) \
            and at - lo < COMMA_RUN_MAX:
        lo = max(0, lo - COMMA_RUN_CHARS)
        run = _COMMA_RUN.search(text, lo, at)
    if run is None:
        return False
    words = run.group(0).split(",", 1)[0].split()
    return len(words) == 2 and is_first_name(words[0], morph) and not is_first_name(words[1], morph)
