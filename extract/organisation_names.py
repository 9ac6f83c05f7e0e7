"""Reading organisation names no list holds: legal forms (Oy, ry), kind heads (yhdistys, säätiö),
adjective-opened and Swedish names, owners of kind compounds, place-named organisations and the
organisations in lists of people. A mixin of the Recogniser (extract/entities.py), split out of it to
keep that module one reader of a size one can hold: the methods use the Recogniser's state and its
shared readers through self."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from welfare_kg.extract.caps_titles import sentence_case
from welfare_kg.extract.first_names import listed_first_name
from welfare_kg.extract.gazetteer import (
    MUNICIPALITY_HEADS,
    REGION_HEADS,
)
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Analysis, Morphology, place_genitive_reading, unknown_nominative
from welfare_kg.extract.name_openers import opener_word, trim_openers
from welfare_kg.extract.names import fold, join_tokens, name_base_form
from welfare_kg.extract.opening_kind_names import named_opener
from welfare_kg.extract.place_kind_organisations import opens_dash_title
from welfare_kg.extract.recognition_words import (
    _KIND_WORDS,
    _LOCAL_CASES,
    _SWEDISH_CAPS_STOPS,
    _SWEDISH_NAME_ADJECTIVES,
    _SWEDISH_POSTS,
    ASSOCIATION_FORMS,
    BODY_ACRONYMS,
    BODY_PATTERN,
    BREAK_WORDS,
    COMPANY_FORMS,
    FUNDING_ACRONYMS,
    GLUED_LABELS,
    PARTIES,
    PLACE_TYPES,
    QUOTES,
    STREET_ENDINGS,
    _adjective_agreeing,
    _body_word,
    _genitive_end,
    _lemma,
    _number,
    _ordered_bases,
    _undertaking_head,
    is_post,
)
from welfare_kg.extract.surnames import listed_surname
from welfare_kg.extract.text import Token

# an acronym with a locative case ending glued on ("KAKEssa", "THL:ssä", "STEAlta"): the place or actor of the
# phrase before a registered name, never a word inside one
_LOCATIVE_ACRONYM = re.compile(r"[A-ZÅÄÖ]{2,}:?(?:ssa|ssä|sta|stä|lla|llä|lta|ltä|lle)")


def _person_named_at(toks: list[Token], k: int) -> bool:
    """A listed first name and a capitalised word not in the genitive at k: a person named after a compound kind
    that is a whole name already ("frivilligkoordinator för Blåbandsstiftelsen Anna Lind"); a foundation named
    after a person writes the person in the genitive ("Stiftelsen Brita Maria Renlunds minne")."""
    return k + 1 < len(toks) and listed_first_name(toks[k].text) and toks[k + 1].is_cap and toks[k + 1].is_word \
        and not toks[k + 1].text.endswith("s") and toks[k + 1].start - toks[k].end == 1


def _glued_numeral(t: Token, nxt: Token) -> bool:
    """A numeral written together with a capitalised word ("4H-yhdistys", tokenised "4" + "H-yhdistys"): one word of
    a name, as the youth movement's local associations are all called."""
    return t.text.isdigit() and len(t.text) <= 2 and t.end == nxt.start and nxt.is_cap


# Swedish and English words that join names rather than sit in one ("Norrbotten samt Luleå näringsliv AB")
_FOREIGN_JOINERS = frozenset({"samt", "och", "eller", "med", "till", "från", "som", "and", "the", "for", "with",
                              "und", "der", "die", "das", "av", "har", "hade", "ges", "gavs", "fick", "blir", "var",
                              "vid", "hos", "att", "beviljas", "beviljades",
                              # a Swedish board's verb of granting or deciding before the receiver it names
                              # ("Bildningsnämnden beviljar X rf ett bidrag")
                              "beviljar", "beviljat", "beslutar", "beslutade", "ger", "gav", "delar", "delade",
                              "betalar", "finansierar", "finansierade"})
# words that never sit inside a registered name even in lower case
STOP_IN_NAMES = {"ja", "sekä", "och", "tai", "eller", "osakkeet", "osakkeita", "osakkeiden", "aktier"}
# legal forms written before the name: cooperatives and sole traders ("Osuuskunta X", "Tmi X")
PREFIX_FORMS = {"osuuskunta", "tmi", "toiminimi", "osuuskunnan", "osuuskunnalle"}
# the same in any case: "Kiinteistöosakeyhtiö Laakson yhteissairaalan", "Asunto-osakeyhtiölle Kuusela"
PREFIX_BASES = {"osuuskunta", "toiminimi", "kiinteistöosakeyhtiö", "asunto-osakeyhtiö", "osakeyhtiö",
                "kommandiittiyhtiö"}
# kinds of association written in lower case inside a registered name ("... asukastaloyhdistys Ankkuri ry")
ASSOCIATION_KINDS = ("yhdistys", "seura", "liitto", "säätiö", "kerho", "klubi", "osuuskunta", "toimikunta",
                     "förening", "förbund")


# cases of a sentence's first word that say where, when or as what, before a name that follows it
_OPENER_CASES = {"olento", "tulento", "sisaolento", "sisäolento", "sisaeronto", "sisäeronto", "sisatulento",
                 "sisätulento", "ulkoolento", "ulkoeronto", "ulkotulento"}
# a name glued to a lower-case kind by a hyphen ("Esimerkki-strategiatoimisto") is a whole name of its own, so it is
# no conjunct of the next registered name ("X-strategiatoimisto ja Y Oy")
# participles that describe the name after them ("X:ään kuuluva", "X:ssä toimiva", "vuonna 1988 perustettu")
_ACTIVE_PARTICIPLES = frozenset({"present_active", "past_active", "past_passive", "agent"})
# a project glued to its kind word ("Kotiapu-projekti", "Arki-hankkeen"): no word of an organisation's registered name
_GLUED_UNDERTAKING = re.compile(r"\w-(?:hanke|hankk|projekt)")
_HYPHEN_KIND_NAME = re.compile(r"[A-ZÅÄÖ][\wåäö]*-[a-zåäö]{5,}")
_ACRONYM_INFLECTED = re.compile(r"([A-ZÅÄÖ]{2,8})(?::?[a-zåäö]{1,4})?")  # "OSAO", "OSAOn", "OSAO:n"
# numerals before a counted noun in the singular partitive ("kolme yhdistystä")
_COUNT_WORDS = frozenset({"kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän", "kahdeksan", "yhdeksän",
                          "kymmenen", "monta", "muutama", "pari"})

_NETWORK_COMPOUND = re.compile(r"^[A-ZÅÄÖ][\wåäö]*-verkosto")


def _form_follows(toks: Sequence[Token], i: int, taken: set[int]) -> bool:
    """A capitalised hyphenated kind compound ("Alzheimer-yhdistys", "Parkinson-yhdistys") right before an
    association's legal form: the form's own branch reads the registered name with the genitives before the
    compound ("Turun Seudun Alzheimer-yhdistys ry"); claimed here alone, the compound cut the name short."""
    t = toks[i]
    return "-" in t.text and t.is_cap and i + 1 < len(toks) and i + 1 not in taken \
        and toks[i + 1].text.split(":")[0].lower() in ASSOCIATION_FORMS and toks[i + 1].start - t.end == 1
# "-lag" only after a village's, chapel's or hunters' kind ("byalag", "kapellag", "jaktlag"): alone it is a team or law
# a compound kind of association in the definite form, which Swedish writes before the name ("Riksförbundet X")
# (a club's too: "Kappsimningsklubben Exempel", "Golfklubben Y")
_SWEDISH_DEFINITE_KIND = re.compile(r"(?:stiftelsen|föreningen|förbundet|sällskapet|klubben)$")
# a genitive -s after the kind ("Finlands Svenska Skolungdomsförbunds årsmöte") is read too; the label leaves it off
# clubs, guilds and fire brigades' or scouts' corps: "Pensionärsklubb", "Ungdomsgille", "Frivilliga Brandkår"; a
# guild's compound joins with "s" ("hembygdsgille"), which tells it from a Finnish allative ("kaupungille"); the
# "lag" of villages, hunters and folk dancers or fiddlers ("Norrby folkdanslag", "Spelmanslaget")
_SWEDISH_KIND = re.compile(r"(stiftelse|fond|förbund|förening|samfund|sällskap|klubb|(?<=s)gille"
                           r"|(?:(?<=brand)|(?<=scout)|(?<=musik))kår"
                           r"|(?:(?<=bya)|(?<=kapel)|(?<=hembygds)|(?<=ungdoms)|(?<=jakt)|(?<=fiske)|(?<=folkdans)"
                           r"|(?<=spelmans))lag)(?:en|et|n)?"
                           r"(?P<gen>s)?$")
# a country's genitive opening a national federation's name, a sentence's first word too ("Finlands Svenska
# Marthaförbund", "Sveriges Kommuner och Regioner")
_COUNTRY_GENITIVES = frozenset({"finlands", "sveriges", "nordens", "norges", "danmarks"})
# regions Swedish places "på" rather than "i" (islands): an organisation's region after its head ("X på Åland")
_ISLAND_REGIONS_SV = frozenset({"Åland", "Gotland", "Öland", "Orust", "Tjörn"})
_SWEDISH_BARE_DEFINITE = {"samfundet", "sällskapet", "förbundet", "föreningen", "stiftelsen"}
# two villages' names in the nominative joined by a hyphen ("Naruska-Pulkkaviita")
_TWO_VILLAGES = re.compile(r"[A-ZÅÄÖ][a-zåäö]{2,}-[A-ZÅÄÖ][a-zåäö]{2,}[aeiouyäö]")
# (one capital alone is a name too: "Y-Säätiö", "A-Säätiö"; what follows the hyphen must still be the kind, and a
# numeral glued before the capital makes another name, read elsewhere: "4H-yhdistys")
_HYPHENED_NAME = re.compile(r"^[A-ZÅÄÖ][\wåäö]*-[\wåäö]+$")
# a sub-region's genitive by its shape, known or not ("Ylä-Savon", "Pohjois-Kymen")
_AREA_GENITIVE = re.compile(r"(?:Pohjois|Etelä|Itä|Länsi|Keski|Ylä|Ala|Sisä|Kanta|Varsinais|Päijät)-[A-ZÅÄÖ][a-zåäö]+n")
_CAP_GENITIVE_PAIR = re.compile(r"(?<![\w-])[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?n (?=[A-ZÅÄÖ][a-zåäö])")
_AREA_GENITIVE_SEARCH = re.compile(_AREA_GENITIVE.pattern + r"\s+[A-ZÅÄÖ]")
# heads of a registered name that only an association bears (a settlement, a deaconess institution, a skiing club's
# "Latu"): a town's genitive before one names an association, not a company
_ASSOCIATION_HEADS = ("setlementti", "diakonialaitos", "diakonissalaitos", "latu", "kauppakamari")  # chambers: ry
# a guild ("Mäntän Kilta", "Opiskelijakilta": student, hobby and trade guilds) is an association, never a firm; read
# from the analysed base only, as a surface ending in "-kilta" is also an ablative ("Säästöpankilta")
_GUILD = "kilta"
# the Lutheran and Orthodox churches' abbreviations inside a parish's name, as tokenised ("ev", ".", "lut", "ev.lut",
# "ev-lut", "-", "ort", "evl")
_CONFESSION_WORDS = {"ev", "lut", "ev.lut", "ev-lut", "evl", "ort", "ev.-lut"}
_CONFESSION_TOKENS = _CONFESSION_WORDS | {".", "-"}
# kinds every one of which is named by its town, district or region in the genitive, in lower case too: a summer
# university, a chamber of commerce, a settlement ("Kalliolan setlementti", "Kainuun setlementille"), a village
# community (a village's unregistered association: "Xn kyläyhteisö")
_TOWN_NAMED_KINDS = frozenset({"kesäyliopisto", "kauppakamari", "setlementti", "kyläyhteisö"})
_BRACKETED_EMPLOYERS = 3  # people with a bracketed name after each that make a list of their organisations
# nouns for a document or a request that open an item title before the organisation it concerns
_DOCUMENT_NOUNS = ("pyyntö", "hakemus", "anomus", "ilmoitus", "esitys", "lausunto", "tarjous", "valitus", "kirje",
                   "vastine", "muistutus", "kysely", "tiedote", "aloite", "kantelu", "vaatimus", "sopimus", "päätös")
_PARTY_SLOTS = 2  # people with a known party's abbreviation in brackets that make the brackets a list of parties
_PARTY_CODE = re.compile(r"[A-ZÅÄÖ]{1,3}\.?")  # a party's abbreviation: "SP", "ÖP", "FP"
# a national association's regional or local organisation: "X:n Hämeen piiri", "MLL:n Kuusamon osasto"
# the cases an association's own name after its kind is read in: whose, to or from whom, what ("Naisasialiitto
# Unionin avustus", "Kyläyhdistys Kotikylälle"); not the nominative (_own_name_after_kind reads it), nor the local
# cases of in and into, which after a club's kind are mostly where it acts ("Nuorisoseura Kesäteatterissa"), nor
# times and manners ("Kotiseutuyhdistys Tiistaina")
_OWN_NAME_CASES = {"omanto", "osanto", "ulkotulento", "ulkoeronto"}


_SWEDISH_KINDS: dict[str, re.Match[str] | None] = {}  # a word in lower case -> its _SWEDISH_KIND search


def _swedish_form(t: Token) -> bool:
    """A registered association's legal form, also with a Finnish case ending glued on ("rf:lle", "sr:n"): the
    end of a Swedish name a Finnish sentence inflects ("Avustus Svenska Hörselförbundet i Finland rf:lle")."""
    return t.text.lower().split(":")[0] in ASSOCIATION_FORMS


def _swedish_label(span: Sequence[Token]) -> str:
    """A Swedish name as written, its legal form without the case ending a Finnish sentence glued to it."""
    return " ".join([*(x.text for x in span[:-1]), span[-1].text.split(":")[0]])


def _swedish_kind(low: str) -> re.Match[str] | None:
    """`_SWEDISH_KIND.search(low)`, kept per word: asked for nearly every token of a document, whose words recur, and
    the search tries the pattern's alternatives at every position of the word (a match depends on the word alone)."""
    try:
        return _SWEDISH_KINDS[low]
    except KeyError:
        if len(_SWEDISH_KINDS) >= 200_000:
            _SWEDISH_KINDS.clear()
        found = _SWEDISH_KINDS[low] = _SWEDISH_KIND.search(low)
        return found


# a special care district (erityishuoltopiiri) is a joint municipal authority by law, as a hospital district is
_JOINT_AUTHORITY_ENDS = ("kuntayhtymä", "sairaanhoitopiiri", "erityishuoltopiiri")
_PARISH_ENDS = ("seurakunta",)  # "seurakunta" itself and its compounds
_BASE_ENDS: dict[tuple[str, str, tuple[str, ...]], bool] = {}  # (morphology, word, ends) -> one of its bases ends so


def _base_ends(morph: Morphology, word: str, ends: tuple[str, ...]) -> bool:
    """Whether one of the word's base forms ends in one of `ends`, kept per word: the organisation loop asks this of
    nearly every token, and the answer depends on the word and the morphology alone."""
    key = (morph.name, word, ends)
    try:
        return _BASE_ENDS[key]
    except KeyError:
        if len(_BASE_ENDS) >= 200_000:
            _BASE_ENDS.clear()
        found = _BASE_ENDS[key] = any(b.endswith(ends) for b in morph.bases(word))
        return found


# the area words whose genitive follows a place written in the nominative inside a registered name
_AREA_GENITIVES = {"alueen", "seudun"}


def _institution_word(readings: Sequence[Analysis]) -> bool:
    """A genitive that can name an institution, not a founder: a common noun ("Diakonialaitoksen") or a word no
    lexicon knows, never a surname or a given name ("Virtasen")."""
    return bool(readings) and not any(a.cls in {"sukunimi", "etunimi"} for a in readings) and (
        any(a.cls == "nimisana" for a in readings) or all(a.cls is None for a in readings))


def _place_opening(toks: list[Token], k: int, places: set[int]) -> int:
    """The first token of the place mention ending at k ("Etelä-Savo", "Kemi-Tornio", a two-word place): where a
    registered name that opens with the place starts."""
    a = k
    while a - 1 >= 0 and a - 1 in places and toks[a - 1].is_cap and toks[a - 1].is_word and k - a < 2:
        a -= 1
    return a


# the kinds of public organisation a text names its own by ("Kunta ja X ry", "Kaupungin ja Y Oy:n")
_PUBLIC_KINDS = frozenset({"kunta", "kaupunki", "hyvinvointialue", "kuntayhtymä", "seurakunta", "valtio",
                           "maakunta"})


def _kind_word(tok: Token, morph: Morphology) -> tuple[bool, frozenset[str], bool]:
    """(plural by every reading, lower-cased bases, a base is a compound kind of association) of a word: asked
    for most lower-case words by the organisation rules, so kept per word and morphology like `_BODY_WORDS`."""
    key = (morph.name, tok.text)
    hit = _KIND_WORD_CACHE.get(key)
    if hit is None:
        if len(_KIND_WORD_CACHE) >= Morphology.CACHE_LIMIT:
            _KIND_WORD_CACHE.clear()
        bases = frozenset(b.lower() for b in morph.bases(tok.text))
        hit = _KIND_WORD_CACHE[key] = (_number(tok, morph) == "plural", bases, any(_kind_compound(b) for b in bases))
    return hit


_KIND_WORD_CACHE: dict[tuple[str, str], tuple[bool, frozenset[str], bool]] = {}


# Swedish adjectives and adverbs in the neuter: "Konfidentiellt", "Offentligt" mark an item, they name nothing
_SWEDISH_NEUTER_ADVERB = re.compile(r"(?i)[a-zåäö]{3,}(?:llt|ligt|iskt)")


def _genitive_only(t: Token, morph: Morphology) -> bool:
    """A form word only in the genitive ("OSAKEYHTIÖN PERUSTAMINEN", "Osakeyhtiön hallitus"): it owns the next
    word, a company's form written first is in the case of the name after it."""
    readings = morph.analyse(t.text.lower() if t.text.isupper() else t.text)
    return bool(readings) and all(a.case == "omanto" for a in readings)


def _business_id_after(toks: list[Token], i: int) -> bool:
    """A business ID ("Y-tunnus", 1234567-8) after the word and a comma: a list of registered organisations
    ("Esimerkkiyhdistys, 1234567-8" on its own line), so the capitalised word is a name, not a line's opener."""
    return i + 4 < len(toks) and toks[i + 1].text == "," and len(toks[i + 2].text) == 7 \
        and toks[i + 2].text.isdigit() and toks[i + 3].text == "-" and toks[i + 4].text.isdigit()


# (clubs, choirs and scout troops too: "Pallokerho", "Mieskuoro", "partiolippukunta")
_KIND_ENDINGS = ("säätiö", "yhdistys", "liitto", "seura", "kerho", "klubi", "kuoro", "lippukunta")
# "Kiinteistö Oy X", "As Oy X", "Bostads Ab X", "Fastighets Ab X": a housing or property company's form, first
# Swedish adverbs that open a sentence before a name ("Även X rf fick ..."); Voikko knows none of them
# a definite genitive before the head ("Kyrkans Byalag", "Projektets Jaktlag", "Sommarens Fiskelag") is a phrase's
# owner, not the first word of a registered name ("Byske Kulturförening")
_SWEDISH_DEFINITE_GENITIVES = ("ens", "ets", "ans", "nas", "tens")
# words that open a Swedish sentence before a capitalised organisation's head: not the organisation's own word
_SWEDISH_SENTENCE_WORDS = {"den", "det", "de", "en", "ett", "vår", "våra", "vårt", "denna", "detta", "dessa", "alla",
                           "varje", "och", "men", "som", "när", "om", "på", "vid", "under", "efter", "inför", "nya",
                           "projektet", "programmet", "föreningen", "stiftelsen", "årets", "hela", "tack", "stöd",
                           "medlem", "medlemmar", "samarbete", "kontakt", "ordförande", "styrelsen", "sökande"}
_SWEDISH_OPENERS = {"även", "också", "dessutom", "därtill", "likaså", "sedan", "nu", "här", "där", "då", "bland",
                    "enligt", "till", "för", "från", "av", "med", "hos", "via"}
# a company's own affairs after its name's genitive ("Ki Oy Xn yhtiökokous", "Y Oy:n laina"): no word of the name
_COMPANY_AFFAIRS = ("kokous", "laina", "takaus", "osake", "tilinpäätös", "pääoma", "velka", "vuokra")
_PROPERTY_FORMS = {"kiinteistö", "asunto", "as", "ki", "bostads", "fastighets"}  # "Ki Oy": Kiinteistö
_CENTRE_LIST_OPENERS = {",", "ja", "sekä", "•", "*", "-", "–", ".", ":"}
# landform words that end the names of a town's districts and villages ("Havukoski", "Kivistö" is not one)
_DISTRICT_WORDS = ("koski", "mäki", "lahti", "niemi", "kylä", "ranta", "harju", "vaara", "järvi", "saari", "joki",
                   "lampi", "salmi", "kallio", "kangas", "nummi", "laakso", "puisto", "kumpu", "rinne", "pelto")
# a town's services and venues, capitalised after its genitive in news and signs, and its documents in a heading
# ("Xn Pöytäkirja"): no company's registered name
_TOWN_THINGS = ("kirjasto", "lukio", "päiväkoti", "kotihoito", "halli", "tori", "vanhainkoti", "neuvola", "kenttä",
                "satama", "kirkko", "uimala", "pöytäkirja", "esityslista", "tiedote", "kertomus")
# a sports club's word with its founding year's last two digits glued on ("Pallo-90", "Reipas-57")
_YEAR_GLUED = re.compile(r"([A-ZÅÄÖ][a-zåäö]{2,})-\d{2}")
# a single capitalised word (or two joined by a hyphen) in the genitive's shape, for _unknown_genitive
_UNKNOWN_GENITIVE = re.compile(r"[A-ZÅÄÖ][a-zåäö]{2,}(?:-[A-ZÅÄÖ][a-zåäö]+)?n")
_LIST_KINDS = ("yhdistys", "seura", "toimikunta", "säätiö", "liitto", "kerho", "klubi", "lippukunta")
_NOT_KIND_COMPOUNDS = ("jäsenyhdistys", "kattoliitto", "kansainliitto", "liitto", "yhdistys", "säätiö", "seura")


# words for an owner that name no one ("KUNNAN URHEILUSEURAN ...", "KYLÄN NUORISOSEURAN ..."): the town's, the village's
_GENERIC_OWNERS = frozenset({"kunta", "kaupunki", "seutu", "alue", "maakunta", "kylä", "koulu", "seurakunta", "hanke",
                             "projekti", "hyvinvointialue", "valtio", "yhdistys", "järjestö", "yritys"})


def _opens_bilingual_name(toks: list[Token], i: int, taken: set[int]) -> bool:
    """Whether the legal form at i is the first of a bilingual company's two ("Oy Apotti Ab", "OY X Y AB:N"): one to
    three capitalised words follow it, then the other form; the form then opens that name and closes nothing."""
    other = "ab" if toks[i].text.lower() == "oy" else "oy"
    for k in range(i + 1, min(i + 5, len(toks))):
        word = toks[k].text.split(":")[0]
        if word.lower() == other and k > i + 1:
            return True
        if k in taken or not (toks[k].is_word and toks[k].is_cap) or word.lower() in COMPANY_FORMS \
                or toks[k].start - toks[k - 1].end != 1:
            return False
    return False


def _past_elided_pair(toks: Sequence[Token], start: int) -> int:
    """Where a name's genitive modifiers go on before `start` past an elided coordination: "Etelä-Karjalan sosiaali-
    ja | terveydenhuollon kuntayhtymä" -- the hyphen-ended first half and "ja"/"sekä" belong to the name, so the walk
    back to its capital steps over them (a lower-case word ending in "-" right before the conjunction)."""
    if start >= 3 and toks[start - 1].text.lower() in {"ja", "sekä"} and toks[start - 2].is_word \
            and toks[start - 2].text.endswith("-") and not toks[start - 2].is_cap and len(toks[start - 2].text) > 3:
        return start - 2
    return start


def _caps_legal_name(label: str, morph: Morphology) -> str:
    """A registered name printed in capitals, in the case it is written in prose: a compound broken at a
    line end is one word again ("KANNATUS- YHDISTYS"), places keep their capitals, the legal form its own."""
    label = re.sub(r"(\w)- (?!(?:JA|SEKÄ|TAI|OCH)\b)(\w)", r"\1\2", label)
    words = sentence_case(label, morph).split()
    form = words[-1].lower()
    words[-1] = form.capitalize() if form in COMPANY_FORMS else form
    return " ".join(words)


def _capitalised_adjective(readings: tuple) -> bool:
    """Voikko reads the word only as an adjective in the nominative singular: capitalised after a town's genitive
    ("Salon Vilpas", "Lahden Reipas") it is the name of the town's club, which Finnish sports clubs take from a
    quality; a company is named by a noun ("Kokkolan Energia")."""
    return bool(readings) and all(r.cls == "laatusana" and r.case == "nimento" and r.number != "plural"
                                  for r in readings)


def text_is_legal_name_ahead(toks: list[Token], i: int, morph: Morphology | None = None) -> bool:
    """A legal form follows within a few words: the registered name is read from there ("... ry"), unless a
    conjunction or a comma before it starts another name ("Maaseudun Sivistysliiton ja Kehittämisyhdistys X ry:n"),
    or (given `morph`) a participle does ("Suomen Voimisteluliittoon kuuluva Ruskon Naisvoimistelijat ry")."""
    for x in toks[i + 1:i + 5]:
        if x.text in {"ja", "sekä", "och", ","}:
            return False
        if morph is not None and x.is_word and not x.is_cap and (readings := morph.analyse(x.text)) \
                and all(a.mood in _ACTIVE_PARTICIPLES for a in readings):
            return False
        if x.text.lower().split(":")[0] in ASSOCIATION_FORMS | COMPANY_FORMS:
            return True
    return False


# initials of a founder: "K.E" then "." in the tokens ("K.E. Nybergs stiftelse")
_INITIALS = re.compile(r"[A-ZÅÄÖ](?:\.[A-ZÅÄÖ])+")
# what opens a foundation's name before its founder: the family, an honorary title ("Kommunalrådet", "Bergsrådet")
# or a Finnish honorary or academic title ("Tohtori", "Kauppaneuvos", "Vuorineuvos")
_FOUNDER_OPENERS = re.compile(r"Familjen|Släkten|Suvun|[A-ZÅÄÖ][a-zåäö]*rådet|Tohtori|Professori|Rouva|Neiti"
                              r"|[A-ZÅÄÖ][a-zåäö]*neuvos")
# a foundation's or fund's kind in lower case before its legal form ("Liisa Virtasen säätiö sr")
_FOUNDATION_KINDS = {"säätiö", "rahasto", "muistosäätiö", "stiftelse"}


def _after_initials(toks: list[Token], k: int) -> bool:
    """Whether token k is the full stop that ends a founder's initials right before the next word."""
    return k >= 1 and k + 1 < len(toks) and toks[k].text == "." and _INITIALS.fullmatch(toks[k - 1].text) is not None \
        and toks[k - 1].end == toks[k].start and toks[k].end + 1 == toks[k + 1].start


_COOPERATIVE = "osuuskunta"


_NO_QUOTES = str.maketrans("", "", QUOTES)
# the stems of the kinds an adjective opens a name of, in any case and grade ("liitolle", "seuran", "säätiöltä")
_KIND_STEM = re.compile(r"säätiö|yhdisty|liit+o|seur|osuuskun|verkost")


def _quoted_words(toks: list[Token], close: int) -> int | None:
    """The first word inside the quotes that close at token `close`, if one to four capitalised-first words stand
    between them and the opening quote ('"Kotiranta" ry', '”Kotilo Kaksi” ry:lle')."""
    for k in range(close - 2, max(-1, close - 6), -1):
        if toks[k].text in QUOTES:
            inside = toks[k + 1:close]
            if inside and inside[0].is_cap and all(x.is_word for x in inside):
                return k + 1
            return None
    return None


def _cooperative_compound(base: str) -> bool:
    """A compound of "osuuskunta" whose first part says which ("Energiaosuuskunta", "Vesiosuuskunta"): a
    co-operative, which FACTS.md counts as a company, named like an association after a town's genitive."""
    low = base.lower()
    return low.endswith(_COOPERATIVE) and len(low) >= len(_COOPERATIVE) + 3


def _landscape_genitive(readings: tuple) -> bool:
    """Whether a word's readings are all the genitive of a common-noun compound ending in a landform word of
    district and village names ("Puujärven", "Kivimäen"): capitalised, the lexicon knowing its parts, it is a lake's,
    hill's or village's name; not the bare word ("Järven" is no name)."""
    return bool(readings) and all(
        a.case == "omanto" and a.cls == "nimisana" and a.number != "plural"
        and any(a.base.lower().endswith(h) and len(a.base) >= len(h) + 3 for h in _DISTRICT_WORDS) for a in readings)


# an institution's compound, capitalised alone inside a sentence ("Diakonissalaitos", "Diakonialaitoksen"): a name;
# not a town's or county's own unit ("pelastuslaitos", "liikelaitos", "erillislaitos": bodies, named after the town)
_INSTITUTION = "laitos"
_UNIT_INSTITUTIONS = ("pelastuslaitos", "liikelaitos", "erillislaitos", "vesilaitos", "sähkölaitos", "energialaitos")


def _institution_compound(base: str) -> bool:
    """A compound of "laitos" whose first part says which, not a municipal unit's (read only capitalised alone inside
    a sentence: after a place's genitive, "Xn ympäristöntutkimuslaitos" is a body, extract/institutions.py)."""
    low = base.lower()
    return low.endswith(_INSTITUTION) and not low.endswith(_UNIT_INSTITUTIONS) and len(low) >= len(_INSTITUTION) + 4


def _kind_compound(base: str) -> bool:
    """A compound whose last part is a kind of association and whose first part says which."""
    low = base.lower()
    return low.endswith(_KIND_ENDINGS) and low not in _NOT_KIND_COMPOUNDS and not low.endswith(
        ("maakuntaliitto", "kuntaliitto")) and len(low) >= len(next(k for k in _KIND_ENDINGS if low.endswith(k))) + 4


# the language of a town's parish, written between the town and the head ("Vaasan suomalainen seurakunta")
_PARISH_LANGUAGES = {"suomalainen", "ruotsalainen", "saksalainen"}
# the tokens after which a word opens a sentence or a list line
_LINE_OPENERS = frozenset({".", "!", "?", ":", "-", "–", "•", "*"})
# a bilingual company's second legal form after "Oy": Swedish or English ("KPMG Oy Ab", "X Oy Ltd")
_SECOND_FORMS = frozenset({"Ab", "AB", "Abp", "ABP", "Ltd", "LTD", "Plc", "PLC"})
# the word classes of a name's last word: a noun or a name, never the verb a form may also read as ("Tuki", "tukea")
_NAME_WORD_CLASSES = frozenset({"nimisana", "nimi", "paikannimi", "sukunimi", "etunimi"})

class OrganisationNames:
    """The organisation-name readers of the Recogniser (extract/entities.py)."""

    # -- organisations no list holds ---------------------------------------------------------
    def _organisations(self, toks: list[Token], text: str, taken: set[int]) -> list[Mention]:
        """Associations ("X ry", "VIP-verkosto"), companies ("X Oy") and parishes ("Enonkosken seurakunta").

        Their legal-form words and heads are what marks them in Finnish text; the
        capitalised words before the marker are the name.
        """
        out: list[Mention] = []
        for i, t in enumerate(toks):
            if i in taken or not t.text[:1].isalpha():  # Token.is_word without the property call
                continue
            low = t.text.lower().split(":")[0]  # "ry:lle", "Oy:n": the legal form with a case ending
            if t.text.lower() == "t:mi":
                low = "tmi"  # "T:mi X": a sole trader's form abbreviated with a colon, not "T" with a case ending
            typ = None
            start = i
            # "Ab Kronoby Trä": a Swedish company's form written first, no form closing the name after it
            bare_ab = t.text == "Ab" and (i == 0 or toks[i - 1].text.lower() not in _PROPERTY_FORMS | {"oy"}) \
                and not any(x.text.split(":")[0].lower() in COMPANY_FORMS for x in toks[i + 1:i + 6])
            after = self._name_after(toks, i, taken, text) if (
                t.is_cap and (low in PREFIX_FORMS or (self.morph.bases(t.text) & PREFIX_BASES
                                                      and not _genitive_only(t, self.morph)))) or bare_ab or (
                low in {"oy", "ab"} and i > 0 and toks[i - 1].text.lower() in _PROPERTY_FORMS) else None
            if after is not None:
                # "Osuuskunta Hertsikan Pumppu", "Tmi Touche", "Kiinteistö Oy Rautalammin Hakka": the form comes first
                start = i - 1 if low in {"oy", "ab"} and not bare_ab else i
                span = toks[start:after + 1]
                head = toks[after]
                label = join_tokens(span, [x.text for x in span[:-1]] + [self._prefixed_head(toks, after)], text)
                out.append(Mention(start=span[0].start, end=span[-1].end, surface=text[span[0].start:span[-1].end],
                                   label=label, type="Company", rule="company-marker", case=self._case(head),
                                   key=fold(label) or None))
                taken.update(range(start, after + 1))
                continue
            if low in {"oy", "ab"} and ":" not in t.text and _opens_bilingual_name(toks, i, taken):
                continue  # "SOPIMUS OY APOTTI AB:N KANSSA": this form opens the name the other form closes
            if low in ASSOCIATION_FORMS or low in COMPANY_FORMS or t.text.split(":")[0] == "AS":
                # "AS": a Norwegian or Danish company's form, only in capitals ("Frivillig Inderøy AS")
                typ = "Association" if low in ASSOCIATION_FORMS else "Company"
                lower_run = 0
                # "... KANNATUS- YHDISTYS RY:N": a heading in capitals ("Nordea Bank Finland ABP" is a name in prose)
                caps = t.text.split(":")[0].isupper() and i > 0 and toks[i - 1].text.isupper()
                actors, places = getattr(self, "_actors", set()), getattr(self, "_places", set())
                branch = False  # "Talentia Keski-Suomi ry": a known organisation's regional association
                # "Österbottens hantverk r.f.": a Swedish registered name opens with its place's -s genitive
                swedish_form = low in {"rf", "r.f", "r.f."}
                while start > 0 and i - start < 7 and (
                        start - 1 not in taken or self._place_genitive(toks[start - 1])
                        or (swedish_form and start - 1 in places and self._place_genitive_sv(toks, start - 1))
                        or (start == i and start - 1 in places)
                        or (branch and start - 1 in actors)
                        or (start - 1 in actors | places and toks[start - 1].is_cap and start >= 2
                            # in a heading in capitals only after a place's genitive ("POHJOIS-KARJALAN MARTAT RY")
                            and (not caps or (start - 2 in places and self._place_genitive(toks[start - 2])))
                            and toks[start - 2].is_cap and toks[start - 2].is_word
                            and (start - 2 not in taken or (start - 1 in actors and start - 2 in places
                                                            and self._place_genitive(toks[start - 2])))
                            and toks[start - 1].start - toks[start - 2].end == 1)
                        or (start < i and start - 1 in places and toks[start].is_cap and not caps
                            and (start < 2 or not toks[start - 2].is_cap))):
                    # "SavonLuotsi Leader ry": a known word inside the name; "Nykarleby Kraftverk AB": a town opens it
                    prev = toks[start - 1]
                    if not caps and _LOCATIVE_ACRONYM.fullmatch(prev.text):
                        break  # "Pikku KAKEssa Pohjois-Karjalan X ry": an acronym in a locative case ends a phrase
                    if start == i and prev.text in QUOTES and (quoted := _quoted_words(toks, start - 1)) is not None:
                        start = quoted  # 'Yhdistys "Kotiranta" ry': the name in quotes, its form after them
                        break
                    if _glued_numeral(prev, toks[start]):
                        start -= 1  # "Puumalan 4H-yhdistys ry": a numeral glued to a capital opens the word
                        continue
                    if start < i and not caps and self._kind_closes_name(toks, start - 1, i):
                        # "Letkun kylätoimikunta Matkun kyläyhdistys Nummenkylä ry", "Rehtilän nuorisoseura
                        # Sajaniemen Taidemäki ry": a run of names without commas; a kind word closes the name
                        # before it when a genitive opens the next or another name of a kind stands just before
                        break
                    if prev.text in {"ja", "och"} and start < i and start >= 2 and not caps \
                            and toks[start - 2].text.endswith("-") and toks[start - 2].end < prev.start \
                            and self._lower_name_word(toks[start]) and lower_run < 2:
                        # "Warkauden seudun sosiaali- ja terveys ry": an elided compound "X- ja Y" is one word of
                        # the name, whatever its case
                        start -= 2
                        continue
                    if prev.text in {"ja", "och"} and start < i and start == i - 1 and start >= 2 and not caps \
                            and not toks[start].is_cap and self._lower_name_word(toks[start]) \
                            and start - 2 not in taken and toks[start - 2].is_word \
                            and (toks[start - 2].is_cap or self._lower_name_word(toks[start - 2])) \
                            and not self._place_genitive(toks[start - 2]) \
                            and _number(toks[start], self.morph) == _number(toks[start - 2], self.morph) == "plural":
                        # "Järviseudun Omaishoitajat ja läheiset ry", "Xmaan omaishoitajat ja läheiset ry": two plural
                        # nouns joined right before the form (a capital must still open the name before them)
                        lower_run = 0
                        start -= 2
                        continue
                    if prev.text in {"ja", "och"} and start < i and start == i - 1 and start >= 3 and not caps \
                            and not toks[start].is_cap and self._lower_name_word(toks[start]) \
                            and start - 2 not in taken and toks[start - 2].is_word and not toks[start - 2].is_cap \
                            and self._lower_name_word(toks[start - 2]) \
                            and _number(toks[start], self.morph) == _number(toks[start - 2], self.morph) == "singular" \
                            and self._place_genitive(toks[start - 3]) and toks[start - 3].is_cap:
                        # "Länsi-Uudenmaan vesi ja ympäristö ry": two singular common nouns joined right before the
                        # form, a place's genitive before them opening the name (without it "kunta ja yhdistys ry"
                        # could be the sentence's two parties)
                        lower_run = 0
                        start -= 2
                        continue
                    if prev.text == "ja" and start + 1 < i and start >= 2 and not caps and start in places \
                            and start - 2 in places and toks[start + 1].is_cap \
                            and self._place_genitive(toks[start]) and self._place_genitive(toks[start - 2]) \
                            and (start < 3 or not toks[start - 3].is_cap or toks[start - 3].text in {".", ":"}):
                        # "Helsingin ja Uudenmaan Näkövammaiset ry": two places' genitives joined before the name's
                        # capital are one registered name's area (a lone genitive modifies no one else)
                        start -= 2
                        continue
                    if prev.text in {"ja", "och", "&"} and start < i and toks[start].is_cap and start >= 2 \
                            and start - 2 not in taken and toks[start - 2].is_cap and not caps \
                            and (start in places) == (start - 2 in places) \
                            and toks[start - 2].text.split(":")[0].lower() not in ASSOCIATION_FORMS | COMPANY_FORMS \
                            and not (self._place_genitive(toks[start - 2]) and not self._place_genitive(toks[start])) \
                            and not _HYPHEN_KIND_NAME.fullmatch(toks[start - 2].text) \
                            and not self._bare_public_kind(toks, start - 2) \
                            and not (start >= 3 and _person_named_at(toks, start - 3)
                                     and (start < 4 or not toks[start - 4].is_cap)):
                        # (nor "X ry:n toimitusjohtaja Tommi Saarikivi ja Y ry:n ...": a titled person ends the list
                        # item before "ja", the next item's organisation starts after it)
                        # not "Maaseudun Sivistysliiton ja Kehittämisyhdistys X ry:n": a genitive conjunct is a name
                        # of its own; nor "Kunnan ja X ry:n välinen sopimus": a bare kind of public party opening
                        # the sentence is the other party
                        start -= 1  # "Järviseudun Omaishoitajat ja Läheiset ry", "Ensi- ja Turvakotiyhdistys ry"
                        continue
                    if start >= 2 and _genitive_end(prev.text.lower()) and prev.is_cap \
                            and self._first_name(toks[start - 2]) and not self._place_genitive_known(toks, start - 1):
                        if typ == "Association" and start < i and toks[start].text.lower() in _FOUNDATION_KINDS:
                            # "Liisa Virtasen säätiö sr", "Tohtori X Y:n säätiö sr": a foundation named after its
                            # founder, the founder's names and title open the registered name
                            start = self._founders_first_names(toks, start - 1, taken)
                        break  # "Juha Vidgrenin Rientola Vieremä Oy": the owner's name is no word of the company's
                    if start >= 2 and start < i and toks[start].is_cap and _genitive_end(toks[start].text) \
                            and prev.is_cap \
                            and (listed_surname(prev.text) or unknown_nominative(prev.text, self.morph)) \
                            and not _genitive_end(prev.text.lower()) and start - 1 not in places \
                            and self._first_name(toks[start - 2]) and toks[start - 2].end + 1 == prev.start:
                        # "asiamies Minna Heikkilä Suomen kylätoiminta ry": a caption's person before the name; a
                        # surname no list or lexicon knows ("Martti Vekuri Tikkurilan veteraanit ry", an attendance
                        # list run into one line) is a person's all the same after a listed first name
                        break
                    if start >= 2 and start < i and toks[start].is_cap and prev.is_cap and prev.is_word \
                            and start - 1 not in places and toks[start - 2].end + 1 == prev.start \
                            and any(a.case == "omanto" for a in self.morph.analyse(toks[start].text)) \
                            and not any(a.case == "omanto" for a in self.morph.analyse(prev.text)) \
                            and self._first_name(toks[start - 2], prev):
                        # "Martti Vekuri Tikkurilan rintamaveteraanit ry", a roster's "member, association" row:
                        # a first name and a surname no list holds, in the nominative, before the name's genitive
                        break
                    if prev.text == "i" and typ == "Company" and start == i - 1 and toks[start].is_cap and start >= 2 \
                            and not caps and toks[start - 2].is_cap and toks[start - 2].is_word \
                            and start - 2 not in taken and toks[start - 2].text.lower() not in _FOREIGN_JOINERS:
                        start -= 2  # "Infrastruktur i Umeå AB": a Swedish company named for its town with "i"
                        continue
                    if typ == "Company" and low == "ab" and start == i and start >= 2 and not caps \
                            and prev.is_word and not prev.is_cap and prev.text not in _FOREIGN_JOINERS \
                            and all(a.cls is None for a in self.morph.analyse(prev.text)) \
                            and toks[start - 2].is_cap and toks[start - 2].is_word and not toks[start - 2].is_acronym \
                            and (start - 2 not in taken or start - 2 in places):
                        start -= 2  # "Umeå näringsliv AB", "Vasa energi Ab": a Swedish common noun after the town
                        continue
                    if start == i and start - 1 in places:
                        branch = True  # a place in the nominative right before the legal form names a branch
                    if ":" in prev.text and prev.text.split(":")[0].lower() in ASSOCIATION_FORMS | COMPANY_FORMS:
                        break  # "X Ab:n yhtiökokousasiat Y Oy": an inflected legal form ends the name before
                    if prev.is_word and _GLUED_UNDERTAKING.search(prev.text):
                        break  # "Loppuraportti Kotiapu-projekti Xn Tuki ry": a heading's project, then its owner
                    if prev.text.isupper() and len(prev.text) > 5 and start < i and not toks[start].text.isupper() \
                            and not (start >= 2 and toks[start - 2].text == ":"):
                        # "PROJEKTÄGARE Frivillig Inderøy AS": a card's label in capitals before the name; after a
                        # label's colon the word in capitals is the value's own ("Paino: SOLVER Palvelut Oy")
                        break
                    if caps and prev.text in {"JA", "OCH"} and start < i and start >= 2 and toks[start - 2].is_word \
                            and toks[start - 2].text.isupper() and len(toks[start - 2].text) > 3 \
                            and _number(toks[start - 2], self.morph) == _number(toks[start], self.morph) == "plural":
                        start -= 2  # "X:N OMAISHOITAJAT JA LÄHEISET RY": two plural nouns joined inside the name
                        continue
                    if typ == "Company" and start < i and prev.text in {"OY", "AB", "Oy", "Ab"} \
                            and prev.text.lower() != low:
                        start -= 1  # "OY APOTTI AB", "Hankinta Oy Granilla Ab": the other legal form opens the name
                        break
                    if caps and typ == "Company" and start < i and self._caps_company_kind(prev):
                        start -= 1  # "KEHITYSYHTIÖ SAVOGROW OY": a kind of company opens the name
                        break
                    if caps and start < i and not self._caps_name_word(prev) and not (
                            typ == "Company" and self._caps_brand_word(prev)) \
                            and not self._caps_adjective_of(prev, toks[start]):
                        break  # "EDUSTAJAN NIMEÄMINEN X:N Y RY": in capitals only genitives lead to the head
                    if not caps and start < i and toks[start].is_cap and prev.is_cap and prev.text[1:].islower() \
                            and prev.text.lower().endswith(_DOCUMENT_NOUNS) \
                            and (readings := self.morph.analyse(prev.text.lower())) \
                            and all(a.cls == "nimisana" and a.case == "nimento" for a in readings):
                        # "129 Lausuntopyyntö Deltarec Oy:n lupahakemuksesta", "Ilmoitus X Oy:n toiminnasta": an item
                        # title opens with the document it is about, capitalised as the title's first word
                        break
                    if self._in_legal_name(toks, start - 1):
                        lower_run = 0
                    elif not caps and start < i and toks[start].is_cap and not prev.is_cap \
                            and prev.is_word and (readings := self.morph.analyse(prev.text)) \
                            and all(a.cls == "nimisana" and a.case == "nimento" for a in readings) \
                            and (typ == "Company" or not (self._lower_kind_word(prev)
                                                          or any(a.base.lower().endswith(_KIND_WORDS)
                                                                 for a in readings))):
                        # "Taloushallinnon tehtävien siirto Polarmon Oy", "Toiminnan tarkoitus Linnaseutu ry": a
                        # common noun in the nominative before the capitalised words heads a phrase of its own (an
                        # item title, a report's heading run into its text), no word of the name; a kind of
                        # organisation before its own name stays ("kehittämisyhdistys Mansikka ry")
                        break
                    elif not caps and start < i and toks[start].is_cap and not prev.is_cap and prev.is_word \
                            and (readings := self.morph.analyse(prev.text)) \
                            and all(a.mood in _ACTIVE_PARTICIPLES for a in readings):
                        # "Suomen Voimisteluliittoon kuuluva Ruskon naisvoimistelijat ry", "X:ssä toimiva Y ry": a
                        # participle before a capital closes a phrase describing the name that follows it
                        break
                    elif lower_run < 2 and (self._lower_name_word(toks[start - 1]) or (
                            start == i and not caps and self._noun_before_form(toks[start - 1]))):
                        lower_run += 1  # "Maakuntien tilakeskus Oy": a common noun inside the registered name
                    else:
                        break
                    start -= 1  # "Paimion Rasti ry": a place in the genitive belongs to the registered name
                if not caps and start < i - 1 and start - 1 in places and toks[start - 1].is_cap \
                        and toks[start].text in _AREA_GENITIVES and not any(toks[k].is_cap for k in range(start, i)):
                    # "Kemi-Tornio alueen kehittämiskeskus ry": a place in the nominative before its area word's
                    # genitive opens the registered name (its genitive, "Oulun seudun", is read above)
                    start = _place_opening(toks, start - 1, places)
                if start < i and start - 1 in actors and start - 1 not in places and toks[start - 1].is_cap \
                        and toks[start - 1].text.isalpha() and not toks[start - 1].is_acronym and not caps \
                        and toks[start].is_cap and toks[start].start - toks[start - 1].end == 1 \
                        and (start < 2 or not toks[start - 2].is_cap):
                    start -= 1  # "Leader Etpähä ry": a known programme's word opens the group's registered name
                if typ == "Company" and start < i and start - 1 in taken and not caps \
                        and toks[start].start - toks[start - 1].end == 1 and (start < 2 or not toks[start - 2].is_cap):
                    # "Kommunförbundet Service Ab": an organisation's own word before its company's name is part
                    # of the company's registered name, not the parent organisation
                    parent = next((m for m in out if m.start == toks[start - 1].start and m.end == toks[start - 1].end
                                   and m.type != "Person"), None)
                    if parent is not None:
                        out.remove(parent)
                        start -= 1
                while start < i and not toks[start].is_cap and not _glued_numeral(toks[start], toks[start + 1]):
                    start += 1  # a name starts with its capital, or with a numeral glued to one ("4H-yhdistys ry")
                start = self._after_opener(toks, start, i)
                if start + 2 < i and start > 0 and not caps and toks[start - 1].is_word \
                        and toks[start - 1].text[:1].islower() and listed_first_name(toks[start].text) \
                        and listed_surname(toks[start + 1].text) and toks[start + 2].is_cap \
                        and toks[start + 1].start - toks[start].end == 1:
                    # "kyläasiamies Minna Heikkilä Suomen kylätoiminta ry": a person in the nominative after a
                    # lower-case title, then the organisation's registered name; a person a name honours is in the
                    # genitive ("Eino Leinon Seura ry")
                    start += 2
                elif start + 2 < i and start > 0 and not caps \
                        and (toks[start - 1].text in {",", "("} or toks[start - 1].text[:1].islower()) \
                        and listed_first_name(toks[start].text) and toks[start + 1].is_cap \
                        and toks[start + 1].text.isalpha() and not _genitive_end(toks[start + 1].text) \
                        and start + 2 in places and self._place_genitive(toks[start + 2]) \
                        and toks[start + 1].start - toks[start].end == 1:
                    # "(Selja S. X ry:n, Mikko Kareniemi Laitilan Jyske ry:n puolesta)": a first name and a surname
                    # in the nominative (one no list holds), then a place's genitive that opens the registered
                    # name: the person speaks for the association, no word of its name
                    start += 2
                if start + 1 < i and toks[start].text.lower() in GLUED_LABELS and toks[start + 1].is_cap \
                        and all(a.case == "nimento" for a in self.morph.analyse(toks[start].text)):
                    start += 1  # "Hallinnoija Kylätoimikunta ry", "Hakija X Oy": a form's field label, then its value
                start = trim_openers(toks, start, i, self.morph, places)
                start = self._past_known_actor(toks, start, i, typ, places)
                if start == i:
                    continue
                end = i
                if low in {"oy", "oyj"} and ":" not in t.text and i + 1 < len(toks) \
                        and toks[i + 1].text.split(":")[0] in _SECOND_FORMS \
                        and toks[i + 1].start == t.end + 1 and i + 1 not in taken:
                    end = i + 1  # "KPMG Oy Ab", "X Oy Ltd": a bilingual company's two forms close its name together
                elif low in {"oy", "oyj"} and ":" not in t.text and i + 2 < len(toks) and toks[i + 1].text == "/" \
                        and toks[i + 1].start == t.end and toks[i + 2].start == toks[i + 1].end \
                        and toks[i + 2].text.split(":")[0] in _SECOND_FORMS and i + 2 not in taken:
                    end = i + 2  # "X Oy/Ab": the two forms written with a slash
                elif typ == "Company" and start == i - 1 and self._kind_before_form(toks, start, i, taken, places):
                    end = i + 1  # "Kehittämiskeskus Oy Häme": the company's kind, its form, then its own name
            elif (sv := self._swedish_organisation(toks, i, taken)) is not None:
                # "Folkhälsans förbund", "Aktiastiftelsen i Vasa", "Ålands kommunförbund", "X k.f."
                start, end, typ, label, parts = sv
                span = toks[start:end + 1]
                out.append(Mention(start=span[0].start, end=span[-1].end, surface=text[span[0].start:span[-1].end],
                                   label=label, type=typ, rule="swedish-organisation", parts=parts,
                                   key=fold(label) or None))
                taken.update(range(start, end + 1))
                k = end
                if toks[k - 1].text == "i" and k - 1 > start:
                    # "Ungdomens Nykterhetsförbund i Uppsala och i Jämtland": the organisation's regional
                    # organisations, the head said once and each region after its own "i"
                    while k + 3 < len(toks) and toks[k + 1].text in {"och", ","} and toks[k + 2].text == "i" \
                            and toks[k + 3].is_cap and toks[k + 3].is_word and k + 3 not in taken \
                            and (k + 4 >= len(toks) or not (toks[k + 4].is_cap and toks[k + 4].is_word)):
                        region = toks[k + 3]
                        other = join_tokens(toks[start:k], [x.text for x in toks[start:k]], text) + " " + region.text
                        out.append(Mention(start=toks[k + 2].start, end=region.end,
                                           surface=text[toks[k + 2].start:region.end], label=other, type=typ,
                                           rule="swedish-organisation", key=fold(other) or None))
                        taken.update(range(k + 1, k + 4))
                        k += 3
                continue
            elif self._capitalised_kind_compound(toks, i, after_genitive=True) and not (
                    i + 1 < len(toks) and self._capital_foundation(toks, i + 1, taken) is not None):
                # (not "Kansan Raamattuseuran Säätiö": the society's genitive is a word of its foundation's name)
                # "Xlän Aikuiskoulutussäätiö", "Ymaan Sosiaaliturvayhdistyksen": a genitive, then the capitalised kind
                head = self._head_base(t.text)
                g = self._kind_genitive(toks, i)
                first = g - 1 if self._place_before_common_genitive(toks, g) else self._genitive_chain(toks, g)
                label = join_tokens(toks[first:i + 1], [x.text for x in toks[first:i]] + [head[:1].upper() + head[1:]],
                                    text)
                last, close = t, i
                if self._own_name_after_kind(toks, i, taken, capital=True):
                    # "Kuopion Mielenterveysseura Ravokka": the association's own name after the town's kind
                    last, close = toks[i + 1], i + 1
                    label = f"{label} {last.text}"
                elif _genitive_end(t.text) and not _cooperative_compound(head) and (
                        district := self._association_district(toks, first, i + 1, "Association")) is not None \
                        and not any(k in taken and k not in getattr(self, "_places", set())
                                    for k in range(i + 1, district + 1)):
                    # "Sotainvalidien Veljesliiton Kuopion osasto": an unlisted association's local branch or
                    # district, the association and the place in the genitive as written, the unit word's base
                    span = toks[first:district + 1]
                    tail = span[-1].text
                    label = join_tokens(span, [x.text for x in span[:-1]] + [
                        tail.split(":")[0] if tail.lower().split(":")[0] in ASSOCIATION_FORMS
                        else self._head_base(tail)], text)
                    last, close = span[-1], district
                out.append(Mention(start=toks[first].start, end=last.end, surface=text[toks[first].start:last.end],
                                   label=label, type="Company" if _cooperative_compound(head) else "Association",
                                   rule="association-marker", case=self._case(last), key=fold(label) or None))
                taken.update(range(first, close + 1))
                continue
            elif _form_follows(toks, i, taken):
                continue  # "Turun Seudun Alzheimer-yhdistys ry": the legal form after it reads the whole name
            elif _NETWORK_COMPOUND.match(t.text) or (self._foundation_compound(t.text) and not (
                    i > 0 and _glued_numeral(toks[i - 1], t)) and not self._counted_kind(toks, i)) \
                    or self._capitalised_kind_compound(toks, i) or self._opening_kind_with_name(toks, i, taken):
                typ, end = "Association", i
                if i > 0 and i - 1 not in taken and self._name_acronym(toks, i - 1):
                    # "TTS Työtehoseuran": the acronym before the kind compound is the name's own
                    head = self._head_base(t.text)
                    label = f"{toks[i - 1].text} {head[:1].upper() + head[1:]}"
                    out.append(Mention(start=toks[i - 1].start, end=t.end, surface=text[toks[i - 1].start:t.end],
                                       label=label, type="Association", rule="association-marker",
                                       case=self._case(t), acronym=toks[i - 1].text, key=fold(label) or None))
                    taken.update({i - 1, i})
                    continue
                if self._own_name_after_kind(toks, i, taken, capital=True):
                    end = i + 1  # "Nuorisoseura Yritys", "Kotiseutuyhdistys Kotikylä": its own name after the kind
                elif (district := self._association_district(toks, i, i + 1, "Association")) is not None:
                    end = district  # "Sotaveteraaniliiton Kiteen osasto": an unlisted association's local branch
                elif (own := self._inflected_own_name(toks, i, taken)) is not None:
                    # "Naisasialiitto Unionin avustus": the kind stays in the nominative, its own name takes the case
                    name = toks[i + 1]
                    label = f"{t.text} {own}"
                    # "Metsäliitto Osuuskunnan": a name that ends in "Osuuskunta" is a co-operative's, a company
                    coop = own.lower().endswith(_COOPERATIVE)
                    out.append(Mention(start=t.start, end=name.end, surface=text[t.start:name.end], label=label,
                                       type="Company" if coop else "Association", rule="kind-inflected-name",
                                       case=self._case(name) or ("omanto" if name.text != own else None),
                                       key=fold(label) or None))
                    taken.update({i, i + 1})
                    continue
            elif (caps_start := self._caps_kind_name(toks, i, taken)) is not None:
                # "§ 5 SAVON VAMMAISASUNTOSÄÄTIÖN AVUSTUSHAKEMUS": an item title in capitals names an association
                # by its genitives and its kind, in the case the title needs
                span = toks[caps_start:i + 1]
                label = _caps_legal_name(" ".join([x.text for x in span[:-1]] + [self._head_base(t.text).upper()]),
                                         self.morph)
                out.append(Mention(start=span[0].start, end=t.end, surface=text[span[0].start:t.end], label=label,
                                   type="Association", rule="caps-association", case=self._case(t),
                                   key=fold(label) or None))
                taken.update(range(caps_start, i + 1))
                continue
            elif self._settlement_name(toks, i, taken):
                # "Setlementti Ukonhattu", "Setlementti Tampere": the kind first, the settlement's own name after it
                name = toks[i + 1]
                label = f"Setlementti {name.text}"
                out.append(Mention(start=t.start, end=name.end, surface=text[t.start:name.end], label=label,
                                   type="Association", rule="settlement-name", case=self._case(name),
                                   key=fold(label) or None))
                taken.update({i, i + 1})
                continue
            elif (founded := self._capital_foundation(toks, i, taken)) is not None:
                # "Alfred Kordelinin Säätiö", "Kansan Raamattuseuran Säätiölle": founders' or a body's genitives,
                # then the capitalised bare kind; the kind inflects, the genitives stay as written
                span = toks[founded:i + 1]
                head = self._head_base(t.text)
                label = join_tokens(span, [x.text for x in span[:-1]] + [head[:1].upper() + head[1:]], text)
                out.append(Mention(start=span[0].start, end=t.end, surface=text[span[0].start:t.end], label=label,
                                   type="Association", rule="capital-foundation", case=self._case(t),
                                   key=fold(label) or None))
                taken.update(range(founded, i + 1))
                continue
            elif (adj := self._adjective_opened_kind(toks, i, taken)) is not None:
                # "Kansainvälinen osuustoimintaliitto", "Valtakunnallinen sosiaalityön yliopistoverkosto": a
                # capitalised adjective inside a sentence opens a name; adjective and kind inflect, genitives stay
                span = toks[adj:i + 1]
                first = next(a.base for a in self.morph.analyse(toks[adj].text)
                             if a.cls in {"laatusana", "nimisana_laatusana"})
                head = self._head_base(t.text)
                words = [first[:1].upper() + first[1:], *(x.text for x in span[1:-1]),
                         head[:1].upper() + head[1:] if t.is_cap else head]
                label = join_tokens(span, words, text)
                out.append(Mention(start=span[0].start, end=t.end, surface=text[span[0].start:t.end], label=label,
                                   type="Company" if _cooperative_compound(head) else "Association",
                                   rule="adjective-kind-name", case=self._case(t), key=fold(label) or None))
                taken.update(range(adj, i + 1))
                continue
            elif (owner := self._owner_of_kind_compound(toks, i, taken)) is not None:
                # "Oulun vanhustensäätiö", "Kempeleen paikallisyhdistys": a name's genitive before a compound kind
                typ, start, end = "Association", owner, i
                if self._own_name_after_kind(toks, i, taken):
                    end = i + 1  # "Kuoreveden nuorisoseura Nysä": the association's own name after its kind
            elif (acr := self._kind_then_acronym(toks, i, taken)) is not None:
                # "Koulutuskuntayhtymä OSAOn hallintojohtaja", "Koulutuskuntayhtymä Tavastia": the kind, then its name
                head = self._head_base(t.text)
                label = f"{head[:1].upper() + head[1:]} {acr}"
                out.append(Mention(start=t.start, end=toks[i + 1].end, surface=text[t.start:toks[i + 1].end],
                                   label=label, type="JointAuthority", rule="jointauthority-marker",
                                   case=self._case(toks[i + 1]), acronym=acr if acr.isupper() else None,
                                   key=fold(label) or None))
                taken.update({i, i + 1})
                continue
            elif _base_ends(self.morph, t.text, _JOINT_AUTHORITY_ENDS) and i > 0 \
                    and not (i + 1 < len(toks) and any(b.endswith("kuntayhtymä")
                                                       for b in self.morph.bases(toks[i + 1].text))):
                # "Satakunnan sairaanhoitopiirin kuntayhtymä": genitive modifiers back to the capital
                start = i
                while start > 0 and i - start < 7 and (start := _past_elided_pair(toks, start)) > 0 \
                        and toks[start - 1].is_word and (
                        toks[start - 1].is_cap or any(a.case == "omanto" for a in self.morph.analyse(
                            toks[start - 1].text))) and toks[start - 1].text.lower() not in BREAK_WORDS \
                        and (start - 1 not in taken or self._place_genitive(toks[start - 1])) \
                        and not (toks[start - 1].text.isupper() and len(toks[start - 1].text) > 1
                                 and not t.text.isupper()) \
                        and (toks[start - 1].text.lower().endswith("n") or not toks[start - 1].is_cap) \
                        and not (toks[start - 1].is_cap and toks[start - 1].text.endswith("nen")
                                 and not any(a.cls == "laatusana" for a in self.morph.analyse(toks[start - 1].text))):
                    # (a capital's "-nen" is a surname in the nominative, never a genitive: "Eija Miettinen Vantaan
                    # seurakuntayhtymä", a member's row run into the next, ends the person's name before the union's;
                    # an adjective's "Läntinen" may open a name)
                    # a known place in the nominative before the name is a list's last item; a heading in capitals
                    # or an abbreviation before a name in prose case is no word of it ("TÄYTTÄMINEN Hall X:n
                    # kuntayhtymä")
                    start -= 1
                # a numeral opening a sentence counts the kind, it names none ("Kolmen sairaanhoitopiirin
                # yhteistyö"), and lower-case words are no name's
                while start < i and (not toks[start].is_cap or self._numeral(toks[start])):
                    start += 1
                if start == i:
                    continue
                # a parish union (seurakuntayhtymä) is the church's, not the towns': FACTS.md types it a Parish
                typ = "Parish" if any(b.endswith("seurakuntayhtymä") for b in self.morph.bases(t.text)) \
                    else "JointAuthority"
                if typ == "Parish" and start == i - 1 and self._joined_town_genitive(toks, start, taken):
                    start -= 2  # "Turun ja Kaarinan seurakuntayhtymä": the union of two towns' parishes names both
                end = i
            elif (centre := self._named_centre(toks, i, taken)) is not None:
                # "Kriisikeskus Mobile", "Kokkolan yliopistokeskus Chydenius", "Koulutus- ja kehittämiskeskus X"
                start, typ = centre
                end = i + 1
                span = toks[start:end + 1]
                head = self._head_base(t.text)
                words = [x.text for x in toks[start:i]] + [head[:1].upper() + head[1:] if start == i else head,
                                                         toks[i + 1].text]
                label = join_tokens(span, words, text)
                out.append(Mention(start=span[0].start, end=span[-1].end, surface=text[span[0].start:span[-1].end],
                                   label=label, type=typ, rule="named-centre", case=self._case(t),
                                   key=fold(label) or None))
                taken.update(range(start, end + 1))
                continue
            elif _base_ends(self.morph, t.text, _PARISH_ENDS) and i > 0 \
                    and (owner := self._parish_town(toks, i, taken)) is not None:
                typ, start, end = "Parish", owner, i
            elif (owner := self._confession_owner(toks, i, taken)) is not None:
                typ, start, end = "Parish", owner, i  # "Malmin ev. lut. seurakunta", "Kuopion ev.lut. seurakunnan"
            else:
                continue
            span = toks[start:end + 1]
            if typ in {"Parish", "JointAuthority"} or len(span) == 1:  # inflected heads: "seurakunnan", "-verkoston"
                label = name_base_form(span, self.morph, text)
            elif not span[-1].is_cap:  # "Oulun vanhustensäätiön": the kind compound inflects, the genitive stays
                words = [x.text for x in span[:-1]]
                form = span[-1].text.lower() in ASSOCIATION_FORMS | COMPANY_FORMS
                if len(span) > 2 and not form and not span[-2].is_cap \
                        and _adjective_agreeing(span[-2], span[-1], self.morph):
                    # "Xn pohjoisen nuorisoseuran": the adjective inflects with the kind, so both take the base form
                    words[-1] = next(a.base for a in self.morph.analyse(span[-2].text)
                                     if a.cls in {"laatusana", "nimisana_laatusana"})
                label = join_tokens(span, [*words, self._head_base(span[-1].text)], text)
            else:  # "... ry", "... Oy": legal names are written in full and do not inflect before the marker
                label = text[span[0].start:span[-1].start + len(span[-1].text.split(":")[0])]

                if label.endswith(("r.y", "r.f")):
                    label += "."  # "X r.y.": the tokenizer kept the form's last dot apart (or "r.y:n" has none)
                if span[-1].text.split(":")[0].isupper() and len(span) > 2 and span[-2].text.isupper():
                    label = _caps_legal_name(label, self.morph)  # a name in capitals, not only its legal form
            if len(span) > 2 and span[-2].text in QUOTES:
                label = " ".join(label.translate(_NO_QUOTES).split())  # '"Kotiranta" ry' -> 'Kotiranta ry'
            out.append(Mention(start=span[0].start, end=span[-1].end, surface=text[span[0].start:span[-1].end],
                               label=label, type=typ, rule=f"{typ.lower()}-marker", case=self._case(span[-1]),
                               key=fold(label) or None))
            taken.update(range(start, end + 1))
        return out

    def _parish_town(self, toks: list[Token], i: int, taken: set[int]) -> int | None:
        """Where a parish's name opens before its head word at `i`: the town's genitive right before it, read as a
        place already or by a place-name reading of its own ("Isojoen seurakunta" opening a line, "KURIKAN
        SEURAKUNTA" in capitals, where the place rules leave a word with a common noun's reading too), or before a
        language adjective ("Mustasaaren suomalainen seurakunta", in capitals as in prose); None otherwise."""
        k = i - 1
        if toks[k].is_word and toks[k].text.lower() in _PARISH_LANGUAGES and k > 0:
            k -= 1
        t = toks[k]
        if not t.is_cap:
            return None
        if k in taken or any(a.case == "omanto" and a.cls == "paikannimi" for a in self.morph.analyse(t.text)):
            return k
        return None

    def _joined_town_genitive(self, toks: list[Token], k: int, taken: set[int]) -> bool:
        """Whether a capitalised genitive and "ja" stand right before the genitive at `k` ("Turun ja | Kaarinan
        seurakuntayhtymä"): a parish union named after the two towns it joins, one name, not the second town's
        union beside the first town."""
        if k < 2 or toks[k - 1].text != "ja" or not toks[k].is_cap:
            return False
        first = toks[k - 2]
        return first.is_word and first.is_cap and first.text.endswith("n") and not first.text.isupper() \
            and (k - 2 not in taken or self._place_genitive(first)) \
            and any(a.case == "omanto" for a in self.morph.analyse(first.text))

    def _confession_owner(self, toks: list[Token], i: int, taken: set[int]) -> int | None:
        """Where a parish named "<place's genitive> ev. lut. seurakunta" starts, if token i is the parish word: the
        church's abbreviation ("ev.lut.", "ev. lut.", "ev.-lut.", "ort.") stands between the place and the kind, and
        the place may be a district no list holds ("Malmin")."""
        if "seurakun" not in toks[i].text.lower() or i < 2 or toks[i - 1].text.lower() not in _CONFESSION_TOKENS \
                or not any(b.endswith("seurakunta") for b in self.morph.bases(toks[i].text)):
            return None  # (a substring test first: the branch is reached by most words of a text)
        k = i - 1
        while k > 0 and i - k <= 6 and toks[k].text.lower() in _CONFESSION_TOKENS:
            k -= 1
        words = {toks[j].text.lower() for j in range(k + 1, i)}
        if k == i - 1 or not words & _CONFESSION_WORDS:
            return None
        p = toks[k]
        if not (p.is_cap and p.is_word and ":" not in p.text) or not (
                k in taken or self._place_genitive(p) or self._unknown_genitive(p)):
            return None
        return k

    def _named_centre(self, toks: list[Token], i: int, taken: set[int]) -> tuple[int, str] | None:
        """(start, type) of a centre named by a proper name after its kind: "Kriisikeskus Mobile",
        "Kokkolan yliopistokeskus Chydenius", "Koulutus- ja kehittämiskeskus Palmenia".

        The kind is a compound ending in "keskus" in the nominative; the name right after it is capitalised, no
        place, no known name and no person's first name before a surname. A place's genitive (a university's
        centre in a town, a Body) or an elided coordinated part before the kind belongs to the name."""
        t = toks[i]
        if i + 1 >= len(toks) or i + 1 in taken or toks[i + 1].start - t.end != 1:
            return None
        readings = self.morph.analyse(t.text)
        if not readings or not all(a.case == "nimento" and a.base.lower().endswith("keskus")
                                   and len(a.base) > len("keskus") + 3 for a in readings):
            return None
        name = toks[i + 1]
        if not (name.is_cap and name.is_word) or ":" in name.text or "-" in name.text:
            return None
        name_readings = self.morph.analyse(name.text)
        if any(a.cls == "paikannimi" for a in name_readings) or _undertaking_head(name, self.morph):
            return None
        if not name.text.isupper() and (self._first_name(name) and i + 2 < len(toks) and toks[i + 2].is_cap):
            return None  # "keskus Matti Virtanen": a person after the kind
        if any(a.base[:1].islower() for a in name_readings) and not (
                t.is_cap and not name.text.isupper() and (i == 0 or toks[i - 1].text in _CENTRE_LIST_OPENERS)):
            # a common word after the kind ("johtokeskus Käsiteltävät") unless a list item or a sentence opens with
            # the kind: there the capital of the word after it is a name's ("Palvelukeskus Ruska sai ...")
            return None
        if name.text.isupper() and len(name.text) > 6:
            return None  # a heading in capitals, not an acronym name
        forms = ASSOCIATION_FORMS | COMPANY_FORMS
        if any(k < len(toks) and toks[k].text.lower().split(":")[0] in forms and all(
                toks[j].is_cap and toks[j].is_word for j in range(i + 2, k)) for k in (i + 2, i + 3)):
            # "osaamiskeskus Culminatum Ltd Oy", "kriisikeskus Mobile ry": the name runs on to a legal form, so the
            # kind describes a registered company or association, whose own rules read the name whole
            return None
        # a centre is mostly some organisation's unit ("Koulutus- ja kehittämiskeskus X" of a university); among
        # registered associations ("Suvanto ry, Kriisikeskus Mobile") it is one of them
        among_associations = any(x.text.lower().split(":")[0] in ASSOCIATION_FORMS for x in toks[max(0, i - 6):i])
        start, typ = i, "Association" if among_associations else "Body"
        if i >= 2 and toks[i - 1].text in {"ja", "sekä"} and toks[i - 2].text.endswith("-"):
            start = i - 2  # "Koulutus- ja kehittämiskeskus"
        while start > 0 and i - start < 3 and start - 1 not in taken and (adj := self.morph.analyse(
                toks[start - 1].text)) and all(a.cls == "laatusana" and a.case == "nimento" for a in adj):
            start -= 1  # "Seudullinen monikulttuurinen tietopalvelukeskus X": its adjectives are the name's
        k = start - 1
        if k >= 0 and k in taken and _genitive_end(toks[k].text) and toks[k].is_cap:
            start, typ = k, "Body"  # "Kokkolan yliopistokeskus": a town's centre of a university
        return start, typ

    def _swedish_organisation(self, toks: list[Token], i: int,
                              taken: set[int]) -> tuple[int, int, str, str, tuple[str, ...]] | None:
        """(start, end, type, label, other names) of a Swedish organisation name whose head is token i.

        Swedish marks these by their heads and forms, not by capitals alone: a compound kind of association
        written as one capitalised word ("Aktiastiftelsen", "Kulturfonden"), a capitalised genitive before
        "förbund" ("Folkhälsans förbund"; "kommunförbund" is a joint authority of municipalities), and the
        abbreviation "k.f." (kommunalförbund) after the name. "i <Place>" after the head names the regional
        organisation ("Aktiastiftelsen i Vasa"), "för <field> och <field>" after "förbund" its purpose."""
        t = toks[i]
        low = t.text.lower()
        if low in {"k.f", "kf"} and i > 0 and toks[i - 1].is_word:
            start = i - 1
            while start > 0 and i - start < 4 and toks[start - 1].is_word and toks[start - 1].text.lower() not in \
                    BREAK_WORDS | STOP_IN_NAMES and (start - 1 not in taken):
                start -= 1
            while start < i and not toks[start].is_cap:
                start += 1
            if start == i or (start > 0 and toks[start - 1].is_cap and start - 1 not in taken):
                return None
            name = " ".join(x.text for x in toks[start:i])
            end = i + 1 if i + 1 < len(toks) and toks[i + 1].text == "." else i
            return start, end, "JointAuthority", name, (f"{name} k.f.",)
        kind = _swedish_kind(low)
        if kind is None or not t.is_word or ":" in t.text:
            return None
        start = i
        if t.is_cap and low == "stiftelsen" and i + 2 < len(toks) and toks[i + 1].text == "för" \
                and toks[i + 2].is_cap and toks[i + 2].is_word:
            end = i + 2  # "Stiftelsen för Exempelska Akademi": the foundation for an institution, known or not
            while end + 1 < len(toks) and end - i < 5 and toks[end + 1].is_cap and toks[end + 1].is_word:
                end += 1
            if end + 1 < len(toks) and _swedish_form(toks[end + 1]):
                end += 1  # "... sr": the legal form after the name
            return i, end, "Association", _swedish_label(toks[i:end + 1]), ()
        first = i + 1
        definite = _SWEDISH_DEFINITE_KIND.search(low) is not None and not low.startswith(("kommunförbund",
                                                                                         "kommunalförbund"))
        if t.is_cap and definite \
                and i + 2 < len(toks) and toks[i + 1].text.isdigit() and len(toks[i + 1].text) < 4 \
                and toks[i + 1].start - t.end == 1:  # (not a year: "Föreningen 2019 Verksamhetsberättelse")
            first = i + 2  # "Lokalföreningen 127 Örnsköld": a local chapter's number before its name
        if t.is_cap and (low in {"stiftelsen", "föreningen"} or definite) \
                and first < len(toks) and toks[first].is_cap and toks[first].is_word and first not in taken \
                and not toks[first].text.isupper() and toks[first].start - toks[first - 1].end == 1 \
                and (low in {"stiftelsen", "föreningen"} or self._one_space_before(toks[first])):
            # (a compound kind's name after one space: "Riksförbundet\nVerksamhetsberättelse" is a heading's two
            # lines)
            # "Stiftelsen Exempelska Hemmet", "Föreningen Exempelsund", "Riksförbundet Våra Gårdar": the kind in
            # the definite form first, then the name in capitals (Swedish writes no other word of a sentence so)
            if definite and low not in {"stiftelsen", "föreningen"} and (_person_named_at(toks, first) or (
                    first + 1 < len(toks) and toks[first + 1].is_cap and toks[first + 1].is_word
                    and self._first_name(toks[first]))):
                # "koordinator för Blåbandsstiftelsen Anna X": a compound that names itself, then a person's name
                # (a title's apposition), not the rest of the name
                return i, i, "Association", t.text, ()
            end = first
            while end + 1 < len(toks) and end - i < 4:
                if end + 2 < len(toks) and toks[end + 1].text == "&" and toks[end + 2].is_cap \
                        and toks[end + 2].is_word and end + 2 not in taken:
                    end += 2  # "Sparbanksstiftelsen Färs & Frosta": two names joined by "&" name one foundation
                    continue
                if not (toks[end + 1].is_cap and toks[end + 1].is_word) or end + 1 in taken \
                        or _SWEDISH_NEUTER_ADVERB.fullmatch(toks[end + 1].text) \
                        or not self._one_space_before(toks[end + 1]):
                    # not "Stiftelsen X Konfidentiellt": a list of contents' mark after the name; not "Föreningen
                    # X\nSida1 (2)": a page's header line after it
                    break
                end += 1
            end = self._joined_to_form(toks, end, taken)
            if end + 1 < len(toks) and _swedish_form(toks[end + 1]):
                end += 1  # "... sr": the legal form after the name
            return i, end, "Association", _swedish_label(toks[i:end + 1]), ()
        if not t.is_cap and t.is_word and kind is not None and i > 0 and toks[i - 1].is_cap \
                and toks[i - 1].text.lower() in _SWEDISH_NAME_ADJECTIVES and i - 1 not in taken:
            return i - 1, i, "Association", f"{toks[i - 1].text} {t.text}", ()  # "Svenska kulturfonden"
        if t.is_cap and kind.start() == 0 and low in _SWEDISH_BARE_DEFINITE and i > 1 and toks[i - 1].is_cap \
                and toks[i - 1].is_word and toks[i - 1].text.endswith("a") and len(toks[i - 1].text) > 4 \
                and i - 1 not in taken and toks[i - 2].text not in {".", "!", "?", ":", "•", "-", "–"} \
                and not toks[i - 1].text.isupper() and t.start - toks[i - 1].end == 1:
            # "... av Svensk-Österbottniska Samfundet": a definite adjective and the definite kind, both capitalised
            # inside a sentence, are a name (a sentence writes neither so)
            return i - 1, i, "Association", f"{toks[i - 1].text} {t.text}", ()
        if kind.group("gen") and t.is_cap and kind.start() >= 3 and not t.text.isupper() and not (
                i > 0 and toks[i - 1].is_cap and toks[i - 1].is_word and i - 1 not in taken
                and toks[i - 2 if i > 1 else 0].text not in {".", "!", "?", ":"}):
            return None  # "Riksförbundets": a genitive compound alone is the kind's reference, the name's words precede
        if t.is_cap and kind.start() >= 3 and not t.text.isupper():
            if (i == 0 or toks[i - 1].text in {".", "!", "?", ":", "•", "-", "–"}) \
                    and not (i + 2 < len(toks) and toks[i + 2].is_cap and (toks[i + 1].text == "i" or (
                        toks[i + 1].text == "på" and toks[i + 2].text in _ISLAND_REGIONS_SV))):
                return None  # a sentence opener is capitalised anyway; "Sparbanksstiftelsen i Ingå" is a name
        elif not t.is_cap and kind.group(1) == "förbund" and i > 0 and toks[i - 1].is_cap \
                and toks[i - 1].text.endswith("s") and len(toks[i - 1].text) > 3 and (
                    i - 1 not in taken or self._place_genitive_sv(toks, i - 1)):
            start = i - 1  # "Folkhälsans förbund", "Ålands kommunförbund"
        elif not t.is_cap and kind.group(1) == "lag" and i > 0 and toks[i - 1].is_cap and toks[i - 1].is_word \
                and not toks[i - 1].text.isupper() and len(toks[i - 1].text) > 3 \
                and toks[i - 1].end + 1 == t.start and (i - 1 not in taken or i - 1 in getattr(self, "_places", set())):
            start = i - 1  # "Sundby byalag", "Ulvö kapellag": the village's name, then its association's kind
        elif not t.is_cap and kind.group(1) in {"förening", "klubb", "gille"} and kind.start() >= 3 \
                and kind.group(0) == kind.group(1) and i > 0 and i - 1 not in taken \
                and self._village_name_sv(toks, i - 1):
            start = i - 1  # "Övermark ungdomsförening", "Tuvekka pensionärsklubb": a village's name, then its kind
        elif not t.is_cap and kind.group(1) == "förening" and kind.start() >= 3 and not kind.group("gen") \
                and low.endswith("förening") and i > 0 and i - 1 in getattr(self, "_places", set()) \
                and toks[i - 1].is_cap and not toks[i - 1].text.isupper() and toks[i - 1].end + 1 == t.start:
            start = i - 1  # "Närpes hembygdsförening", "Korsholms ...": a known town, then its association's kind
        elif not t.is_cap and kind.group(1) == "förening" and kind.start() >= 3 and not kind.group("gen") \
                and low.endswith("förening") and i > 1 and toks[i - 1].text in {"svenska", "finska"} \
                and i - 2 in getattr(self, "_places", set()) and toks[i - 2].is_cap \
                and not toks[i - 2].text.isupper() and toks[i - 2].end + 1 == toks[i - 1].start \
                and toks[i - 1].end + 1 == t.start:
            # "Karis svenska pensionärsförening": a bilingual town's association of its Swedish (or Finnish)
            # speakers, the language's adjective in lower case between the town and the kind
            start = i - 2
        else:
            return None
        places = getattr(self, "_places", set())
        while start > 0 and toks[start - 1].is_cap and toks[start - 1].is_word and i - start < 3 \
                and not (toks[start - 1].text.isupper() and len(toks[start - 1].text) > 3
                         and not toks[start].text.isupper()) and (
                # (not "LIITTOKOKOUKSEEN Sydkustens landskapsförbund": a heading's word in capitals before the name)
                # (a place's genitive right before a kind in title case is the name's: "Svenska Österbottens
                # Ungdomsförbund"; before a kind in lower case it owns a common noun: "Österbottens förbund")
                start - 1 not in taken or ((start < i or t.is_cap) and start - 1 in places
                                           and self._place_genitive_sv(toks, start - 1))) \
                and (not (start - 1 == 0 or toks[start - 2].text in {".", "!", "?", ":"})
                     or toks[start - 1].text.lower() in _SWEDISH_NAME_ADJECTIVES | _COUNTRY_GENITIVES
                     or start - 1 in places) and not opener_word(toks[start - 1], self.morph):
            # "Svenska Kulturfonden", also opening a line ("Svenska Postkodsstiftelsen, handläggare X"); a place's
            # genitive before the name's other words opens it ("Österbottens Svenska Lantbrukssällskap")
            start -= 1
        if start == i and t.is_cap and not t.text.isupper() and i > 0 and (i - 1 == 0 or toks[i - 2].text in
                                                                           {".", "!", "?", ":"}) \
                and toks[i - 1].is_cap and toks[i - 1].is_word and i - 1 not in taken \
                and toks[i - 1].text.lower() not in _SWEDISH_OPENERS | _SWEDISH_CAPS_STOPS | _SWEDISH_SENTENCE_WORDS \
                and not toks[i - 1].text.lower().endswith(_SWEDISH_DEFINITE_GENITIVES) \
                and not opener_word(toks[i - 1], self.morph) \
                and t.start - toks[i - 1].end == 1:
            # "Byske Kulturförening" opening a line of a list or a field's value: a capitalised head compound says
            # the name goes on before it, and the word before is the name's own, not a sentence's first word
            start = i - 1
        if start == i and t.is_cap and start > 0 and start - 1 in getattr(self, "_places", set()) \
                and toks[start - 1].is_cap and toks[start].start - toks[start - 1].end == 1 \
                and (start < 2 or not (toks[start - 2].is_cap and toks[start - 2].is_word)
                     or toks[start - 2].text.lower() in _SWEDISH_OPENERS):
            start -= 1  # "Vasa Arbetarförening rf", "Närpes Hembygdsförening": the town's name opens the name
        if start == i and kind.group(1) == "lag" and not (i + 2 < len(toks) and toks[i + 1].text == "i"
                                                          and toks[i + 2].is_cap):
            return None  # "Projektets Jaktlag", "Byalaget": a village's or hunters' kind alone names no one
        end = i
        headed = False  # the name ended with its place's head ("i Björkviks kommun"): no word after it is its own
        if end + 2 < len(toks) and (toks[end + 1].text == "i" or (
                toks[end + 1].text == "på" and toks[end + 2].text in _ISLAND_REGIONS_SV)) and toks[end + 2].is_cap:
            # "Aktiastiftelsen i Vasa", "Fadderortsstiftelsen i Österbotten"; islands take "på": "Arbetarnas
            # bildningsförbund på Åland", "Röda korsets förening på Gotland"
            end += 2
            if end + 1 < len(toks) and toks[end + 1].text.lower() in _PLACE_HEADS_SV \
                    and (toks[end].text.endswith("s") or toks[end + 1].text.lower() == "län"):  # "Kalmar län"
                end += 1  # "Anhörigföreningen i Björkviks kommun", "Kommunförbundet i Kalmar län": the place's head
                headed = True
        elif kind.group(1) == "förbund" and end + 2 < len(toks) and toks[end + 1].text == "för" \
                and not toks[end + 2].is_cap and toks[end + 2].is_word:
            end += 2  # "förbund för utbildning och kultur"
            if end + 2 < len(toks) and toks[end + 1].text == "och" and not toks[end + 2].is_cap:
                end += 2
        if end + 1 < len(toks) and _swedish_form(toks[end + 1]):
            end += 1  # "Fadderortsstiftelsen i Österbotten sr"
        elif not headed and end + 1 < len(toks) and toks[end + 1].is_cap and toks[end + 1].is_word \
                and end + 1 not in taken and not toks[end + 1].text.isupper() and t.is_cap \
                and all(r.cls in {None, "paikannimi", "nimi"} for r in self.morph.analyse(toks[end + 1].text)) \
                and (end + 2 >= len(toks) or not toks[end + 2].is_cap):
            end += 1  # "Kommunförbundet Skåne": the region it serves, a name no dictionary knows, after the head
        # a regional council is a joint municipal authority by law (Act on Regional Development; "landskapsförbund",
        # Finnish "maakuntaliitto"), in Swedish as in Finnish
        # ... but one with an association's legal form after it is a registered association ("Sydkustens
        # landskapsförbund r.f", a cultural federation): no authority is registered so
        typ = "JointAuthority" if low.startswith(("kommunförbund", "kommunalförbund", "landskapsförbund")) \
            and toks[end].text.lower() not in ASSOCIATION_FORMS else "Association"
        label = _swedish_label(toks[start:end + 1])
        if kind.group("gen") and end == i:
            label = label[:-1]  # "Finlands Svenska Skolungdomsförbunds" -> "... Skolungdomsförbund"
        return start, end, typ, label, ()

    def _place_genitive_sv(self, toks: list[Token], k: int) -> bool:
        """A place's Swedish genitive ("Ålands", "Österbottens"): capitalised, ending in -s."""
        return toks[k].is_cap and toks[k].text.endswith("s")

    def _caps_brand_word(self, t: Token) -> bool:
        """A short word in capitals no dictionary knows, before a company's legal form: a brand ("KP COBRA INVEST
        OY"); long unknown words are the item title's common nouns in another language."""
        return (t.is_word and t.text.isalpha() and t.text.isupper() and len(t.text) <= 8
                and all(a.cls is None for a in self.morph.analyse(t.text)))

    def _caps_company_kind(self, t: Token) -> bool:
        """A company's kind in capitals in the nominative, a compound of "yhtiö" ("KEHITYSYHTIÖ",
        "KEHITTÄMISYHTIÖ"): a word of the registered name it opens, as in prose ("Kehittämisyhtiö Keulink Oy")."""
        readings = self.morph.analyse(t.text) if t.is_word and t.text.isupper() and ":" not in t.text else ()
        return bool(readings) and all(a.case == "nimento" and a.base.lower().endswith("yhtiö")
                                      and len(a.base) > len("yhtiö") + 3 for a in readings)

    def _caps_name_word(self, t: Token) -> bool:
        """A word of a registered name written in capitals before its head: a genitive ("KESKI-SUOMEN
        SOSIAALIALAN") or a compound's first part ("KANNATUS-"); a procedural noun or a case like the elative
        ("NIMEÄMINEN", "LUONNOKSESTA") belongs to the item title the name is printed in."""
        if t.text.endswith("-"):
            return True
        # an instructive plural is written like a place's genitive ("JÄMIN": "jämä", for "Jämi"), and an adverb of
        # manner stands in no item title before a company's name
        return t.is_word and ":" not in t.text and any(a.case in {"omanto", "keinonto"} and t.text.endswith("N")
                                                       for a in self.morph.analyse(t.text))

    def _caps_adjective_of(self, t: Token, word: Token) -> bool:
        """An adjective in the nominative before the name's nominative word, in capitals ("AVUSTUS SININEN NAUHA
        RY:LLE"): it describes the name's noun, so it is a word of the name; an item title's words are nouns."""
        if not (t.is_word and t.text.isupper()) or ":" in t.text:
            return False
        readings = self.morph.analyse(t.text)
        return bool(readings) and all(a.cls == "laatusana" and a.case == "nimento" for a in readings) \
            and any(a.case == "nimento" and a.cls == "nimisana" for a in self.morph.analyse(word.text))

    def _caps_kind_name(self, toks: list[Token], i: int, taken: set[int]) -> int | None:
        """Where an association's name printed in capitals begins, if token i is its kind: a compound of a kind of
        association or a head only an association bears ("VAMMAISASUNTOSÄÄTIÖN", "SETLEMENTIN") after one to
        three capitals genitives ("KUOPION SEUDUN HENGITYSYHDISTYKSEN"), no legal form after it (read from
        there). A known place among the genitives is the name's first word; a word in another case ends it
        ("AVUSTUS KAINUUN ...")."""
        t = toks[i]
        if i == 0 or not (t.is_word and t.text.isupper() and len(t.text) > 5) or "-" in t.text:
            return None
        if not self._caps_kind(t, bare=True):
            return None
        if i + 1 < len(toks) and (toks[i + 1].text.lower().split(":")[0] in ASSOCIATION_FORMS | COMPANY_FORMS
                                  or (toks[i + 1].start == t.end + 1 and self._caps_kind(toks[i + 1], bare=True)
                                      and self._caps_kind(t, bare=False))):
            return None  # "OULUN DIAKONISSALAITOKSEN SÄÄTIÖN": the name runs on to the foundation
        places = getattr(self, "_places", set())
        k = i
        while k > 0 and i - k < 3 and (k - 1 not in taken or k - 1 in places):
            p = toks[k - 1]
            if not (p.is_word and p.text.isupper() and len(p.text) > 2 and ":" not in p.text
                    and p.end + 1 == toks[k].start and any(a.case == "omanto" for a in self.morph.analyse(p.text))):
                break
            k -= 1
        if k < i and not self._caps_kind(t, bare=False) and not any(
                a.cls in {"paikannimi", "sukunimi", "etunimi", "nimi", None}
                for a in self.morph.analyse(toks[i - 1].text)) and i - 1 not in places:
            return None  # "KAUPUNGIN SÄÄTIÖN": a bare foundation word after a common noun names none
        if k < i and k not in places and (rs := self.morph.analyse(toks[k].text)) and all(
                a.cls == "nimisana" and a.base.lower() in _GENERIC_OWNERS for a in rs):
            return None  # "KUNNAN URHEILUSEURAN AVUSTUSHAKEMUS": the town's own club, a word for an owner names none
        return k if k < i else None

    def _caps_kind(self, t: Token, *, bare: bool) -> bool:
        """A kind of association in capitals, in the singular: a compound ("HENGITYSYHDISTYKSEN"), a head only an
        association bears ("SETLEMENTIN"), with `bare` also "SÄÄTIÖ" alone (after genitives, a foundation's name)."""
        if not (t.is_word and t.text.isupper()) or ":" in t.text:
            return False
        readings = self.morph.analyse(t.text)
        return bool(readings) and all(a.number != "plural" and (
            _kind_compound(a.base) or a.base.lower().endswith(_ASSOCIATION_HEADS)
            or (bare and a.base.lower() == "säätiö")) for a in readings)

    def _numeral(self, t: Token) -> bool:
        """A word Voikko reads only as a numeral ("Kolmen", "Kahden")."""
        readings = self.morph.analyse(t.text)
        return bool(readings) and all(a.cls == "lukusana" for a in readings)

    def _settlement_name(self, toks: list[Token], i: int, taken: set[int]) -> bool:
        """Whether token i is "Setlementti" in the nominative with its own name, one capitalised word in the
        nominative, right after it: settlements name themselves so ("Setlementti Louhela", "Setlementti Tampere"),
        a place being the name as often as not. No legal form after the name (the registered name is read from
        there) and no second capitalised word (a person's names)."""
        t = toks[i]
        if t.text != "Setlementti" or i + 1 >= len(toks) or i in taken:
            return False
        name = toks[i + 1]
        if not (name.is_cap and name.is_word) or name.text.isupper() or ":" in name.text \
                or name.start - t.end != 1 or (i + 1 in taken and i + 1 not in getattr(self, "_places", set())):
            return False
        if i + 2 < len(toks) and ((toks[i + 2].is_cap and toks[i + 2].is_word)
                                  or toks[i + 2].text.lower().split(":")[0] in ASSOCIATION_FORMS):
            return False
        readings = self.morph.analyse(name.text)
        return all(a.case in {"nimento", None} and a.cls not in {"teonsana", "etunimi"} for a in readings)

    def _capital_foundation(self, toks: list[Token], i: int, taken: set[int]) -> int | None:
        """Where a foundation named "<genitives> Säätiö" or "<founder's genitive> Rahasto" begins, if token i is
        that capitalised bare kind.

        Prose writes a kind word in lower case; capitalised after a name's genitive inside a sentence it is a word
        of the registered name ("Sakari Alhopuron Säätiö", "Kansan Raamattuseuran Säätiö"). One to three
        capitalised genitives before it, and a founder's first names; at a sentence's start only a founder's
        name (a first name before the genitive) counts, as any word is capitalised there."""
        t = toks[i]
        if i == 0 or not t.is_cap or t.text.isupper() or not t.is_word or "-" in t.text or ":" in t.text:
            return None
        readings = self.morph.analyse(t.text)
        if not readings or not all(a.base.lower() in {"säätiö", "rahasto"} and a.number != "plural"
                                   for a in readings):
            return None
        k = i
        while k > 0 and i - k < 3 and k - 1 not in taken:
            p = toks[k - 1]
            if not (p.is_cap and p.is_word and not p.text.isupper() and ":" not in p.text
                    and p.end + 1 == toks[k].start and any(a.case == "omanto" for a in self.morph.analyse(p.text))):
                break
            k -= 1
        if k == i or (readings[0].base.lower() == "rahasto" and i - k > 1):
            return None
        if any(x.text.lower().split(":")[0] in ASSOCIATION_FORMS for x in toks[i + 1:i + 3]):
            return None  # "X:n Säätiö sr": the registered name with its legal form is read from there
        start = self._founders_first_names(toks, k, taken)
        if start == k and (k == 0 or toks[k - 1].text in {".", "!", "?", ":", "§", "•", "-", "–"}):
            return None  # a sentence opener is capitalised anyway
        return start

    def _people_genitives_before(self, toks: list[Token], i: int, bases: frozenset[str],
                                 taken: set[int]) -> int | None:
        """Where "<Place>n <people>-genitives säätiö" begins ("Suomen lasten ja nuorten säätiö", "Suomen
        vanhusten säätiön"): a bare foundation word after one or two lower-case plural genitives (two joined by
        "ja") and a capitalised genitive that opens no sentence; a foundation named for whom it works."""
        if "säätiö" not in bases or i < 2:
            return None
        k = i - 1
        if not self._plural_genitive(toks[k]) or k in taken:
            return None
        if k >= 3 and toks[k - 1].text == "ja" and self._plural_genitive(toks[k - 2]):
            k -= 2
        prev = k - 1
        if not (toks[prev].is_cap and toks[prev].is_word and ":" not in toks[prev].text
                and not toks[prev].text.isupper() and prev >= 1
                and toks[prev - 1].text not in {".", "!", "?", ":", "§", "-", "–", "•", "*"}
                and any(a.case == "omanto" for a in self.morph.analyse(toks[prev].text))):
            return None
        if any(x.text.lower().split(":")[0] in ASSOCIATION_FORMS for x in toks[i + 1:i + 3]):
            return None  # with its legal form after it the registered name is read from there
        return prev

    def _plural_genitive(self, t: Token) -> bool:
        readings = self.morph.analyse(t.text)
        return t.is_word and not t.is_cap and bool(readings) and all(
            a.case == "omanto" and a.number == "plural" and (a.cls or "").startswith("nimisana") for a in readings)

    def _owner_of_kind_compound(self, toks: list[Token], i: int, taken: set[int]) -> int | None:
        """Where a name that ends in a lower-case compound kind of association begins, if it is one.

        The kind must be a compound ("vanhustensäätiö", not "säätiö": "Oulun säätiö" may be any foundation
        in Turku) and the word before a capitalised genitive that is no sentence opener; first names
        before a surname belong to it ("Maija Mallin muistosäätiö")."""
        t = toks[i]
        if i == 0 or "-" in t.text:
            return None
        if t.is_cap:
            return self._capitalised_foundation(toks, i, taken)
        plural, bases, kind = _kind_word(t, self.morph)
        if plural:
            return None  # "kaikkia Suomen kyläyhdistyksiä": a plural kind word speaks of a kind, not of one name
        if not kind:
            if (people := self._people_genitives_before(toks, i, bases, taken)) is not None:
                return people  # "Suomen lasten ja nuorten säätiön": the foundation of a place's people
            prev = toks[i - 1]
            # a bare kind after a name's genitive: "Virtasen säätiö" (no list knows the name, so it is no town's
            # foundation), "Xlän kesäyliopisto" (every summer university is named by its town or region)
            bare = (bases & {"säätiö"} and i - 1 not in taken) or bases & _TOWN_NAMED_KINDS
            # Swedish: "Anna Lindbergs stiftelse" (Voikko reads no Swedish genitive)
            swedish = t.text.lower() in {"stiftelse", "stiftelsen", "stiftelses"} and i - 1 not in taken \
                and prev.text.endswith("s") and prev.text[:-1].isalpha()
            # a place's genitive opening a sentence or the text is a chamber's name all the same ("Pohjois-Karjalan
            # kauppakamari lahjoittaa"): a place is written with its capital anywhere
            place_first = bases & {"kauppakamari", "setlementti"} and place_genitive_reading(prev.text, self.morph)
            if not ((bare or swedish) and prev.is_cap and prev.is_word and ":" not in prev.text
                    and not prev.text.isupper() and (place_first or (i >= 2 and (
                        toks[i - 2].text not in {".", "!", "?", ":", "§"} or _after_initials(toks, i - 2))))
                    and (swedish or any(a.case == "omanto" for a in self.morph.analyse(prev.text)))) \
                    or any(x.text.lower().split(":")[0] in ASSOCIATION_FORMS for x in toks[i + 1:i + 3]):
                return None  # with its legal form after it the registered name is read from there
            start = self._founders_first_names(toks, i - 1, taken)
            place = toks[i - 2] if i >= 2 else None
            if start == i - 1 and place is not None and bases & {"säätiö"} and place.end + 1 == prev.start \
                    and place.is_word and place.is_cap \
                    and place_genitive_reading(place.text, self.morph) \
                    and _institution_word(self.morph.analyse(prev.text)):
                # "Länsi-Suomen Diakonialaitoksen säätiö": an institution's foundation, its area's genitive first
                start = i - 2
            return start
        first = i - 1
        if first > 1 and not toks[first].is_cap and toks[first].is_word and _adjective_agreeing(toks[first], t,
                                                                                                 self.morph):
            # "Xn pohjoinen nuorisoseura", "Xn itäisen kyläyhdistyksen": an adjective that inflects with the kind
            # belongs to the name between its place's genitive and the kind
            first -= 1
        while first > 0 and i - first < 6 and not toks[first].is_cap and (
                self._lower_genitive(toks[first]) or (toks[first].text == "ja" and first > 1
                                                      and toks[first - 1].text.endswith("-")
                                                      and not toks[first - 1].is_cap)):
            # "Uuden lastensairaalan tukisäätiö": lower-case genitives back to the name's capital; "Lapin sosiaali-
            # ja terveysturvayhdistys": an elided compound's first part and "ja" on the way
            first -= 2 if toks[first].text == "ja" else 1
        prev = toks[first]
        if first == i - 1 and _TWO_VILLAGES.fullmatch(prev.text) and i - 1 not in taken \
                and i >= 2 and toks[i - 2].text in {",", "ja", "sekä", ":"} and self._lower_kind_word(t):
            # "..., Naruska-Pulkkaviita kyläseura": a village association named for its two villages in the
            # nominative, an item of a list of names
            return i - 1
        if not (prev.is_cap and prev.is_word and ":" not in prev.text and not prev.text.isupper()
                and (any(a.case == "omanto" for a in self.morph.analyse(prev.text)) or self._unknown_genitive(prev))):
            return None
        form = next((k for k in range(i + 1, min(i + 5, len(toks)))
                     if toks[k].text.lower().split(":")[0] in ASSOCIATION_FORMS), None)
        if form is not None and not self._kind_closes_name(toks, i, form):
            return None  # "X asukastaloyhdistys Ankkuri ry": the registered name runs on to its legal form
        first = self._town_before_genitives(toks, first)
        start = first
        while start > 0 and (any(a.cls == "etunimi" for a in self.morph.analyse(toks[start - 1].text)) or (
                start < first and toks[start - 1].is_cap and toks[start - 1].end + 1 == toks[start].start
                and unknown_nominative(toks[start - 1].text, self.morph))):
            start -= 1  # (a given name no lexicon knows before one it knows: "Mirkku Tapani Xn muistosäätiö")
        if start > 0 and re.fullmatch(r"[A-ZÅÄÖ]{2,}:n", toks[start - 1].text):
            return start - 1  # "MLL:n Kempeleen paikallisyhdistys": the national body's local branch
        opener = start == 0 or toks[start - 1].text in {".", "!", "?", ":"}
        # a sentence opener is capitalised anyway: only a known place or name counts there
        if opener and not self._unknown_genitive(toks[start]) and not any(
                a.cls in {"paikannimi", "sukunimi", "etunimi"} for a in self.morph.analyse(toks[start].text)):
            return None
        return start

    def _adjective_opened_kind(self, toks: list[Token], i: int, taken: set[int]) -> int | None:
        """Where a name begins that a capitalised adjective opens inside a sentence, if token i is its kind compound:
        "Suomalainen Lääkäriseura", "Kansainväliselle osuustoimintaliitolle", "Valtakunnallinen sosiaalityön
        yliopistoverkosto". Finnish capitalises no adjective there but a name's first word; up to two lower-case
        genitives between; the adjective agrees with the kind. A legal form ahead reads the registered name."""
        t = toks[i]
        if i == 0 or "-" in t.text or ":" in t.text or t.text.isupper() or not _KIND_STEM.search(t.text.lower()) \
                or not any(toks[j].text[:1].isupper() for j in range(max(0, i - 3), i)):
            return None  # (string tests first: they turn away almost every word of a page)
        if _number(t, self.morph) == "plural" or not any(
                _kind_compound(b) or _cooperative_compound(b) or b.lower().endswith("verkosto")
                for b in self.morph.bases(t.text)):
            return None
        k = i - 1
        while k > 0 and i - k <= 2 and k not in taken and not toks[k].is_cap and self._lower_genitive(toks[k]):
            k -= 1
        adj = toks[k]
        if k < 1 or k in taken or not (adj.is_cap and adj.is_word) or adj.text.isupper() \
                or not _adjective_agreeing(adj, t, self.morph):
            return None
        before = toks[k - 1]
        if before.text in {".", "!", "?", ":", "§", "-", "–", "•", "*"} or before.text.isdigit() \
                or (before.is_cap and before.is_word) or text_is_legal_name_ahead(toks, i, self.morph):
            return None  # a sentence's or an item's first word is capitalised anyway; a title-case run
        return k

    def _town_before_genitives(self, toks: list[Token], first: int) -> int:
        """Where the name starts if a known place's genitive stands right before the capitalised genitives that
        name the kind's purpose ("Kuhmon Kamarimusiikin kannatusyhdistys", "Oulun Lasten ja Nuorten
        tukiyhdistys"): the town's genitive is the name's first word, as in a registered name; else `first`."""
        places = getattr(self, "_places", set())
        if not places:
            return first
        k = first
        if k >= 2 and toks[k - 1].text in {"ja", "sekä"} and toks[k - 2].is_cap and k - 2 not in places \
                and self._place_genitive(toks[k - 2]):
            k -= 2  # "Lasten ja Nuorten": two genitives of people joined inside the name
        if k >= 1 and k - 1 in places and self._place_genitive(toks[k - 1]) and not toks[k - 1].text.isupper() \
                and toks[k].start - toks[k - 1].end == 1:
            return k - 1
        return first

    def _capitalised_foundation(self, toks: list[Token], i: int, taken: set[int]) -> int | None:
        """"Koneen Säätiö", "Emil Aaltosen Säätiö myönsi": a capitalised "Säätiö" right after a capitalised genitive
        is a foundation's name even where the genitive opens the sentence (a common noun there would be lower-case);
        first names before the genitive belong to it."""
        plural, bases, _kind = _kind_word(toks[i], self.morph)
        prev = toks[i - 1]
        if plural or "säätiö" not in bases or i - 1 in taken or not (prev.is_cap and prev.is_word) \
                or prev.text.isupper() or ":" in prev.text \
                or not any(a.case == "omanto" for a in self.morph.analyse(prev.text)) \
                or any(x.text.lower().split(":")[0] in ASSOCIATION_FORMS for x in toks[i + 1:i + 3]):
            return None
        return self._founders_first_names(toks, i - 1, taken)

    def _unknown_genitive(self, t: Token) -> bool:
        """A capitalised word the analyser's lexicon does not know that ends in the genitive's -n: a village or
        district name ("Leuvan kyläyhdistys", "Pikku-Rutan asukasyhdistys"), which grant lists of local
        associations are full of; a common word would be known."""
        if _UNKNOWN_GENITIVE.fullmatch(t.text) is None:
            return False
        readings = self.morph.analyse(t.text)  # guesses only (no word class) for a word the lexicon lacks
        return all(a.cls is None for a in readings) and any(a.case == "omanto" for a in readings)

    def _founders_first_names(self, toks: list[Token], k: int, taken: set[int]) -> int:
        """Where a foundation named after its founders begins: the first names before the surname's genitive
        belong to the name ("Liisa ja Pekka Virtasen säätiö", "Anna och Erik Lindbergs stiftelse")."""
        while k > 0 and k - 1 not in taken:
            p = toks[k - 1]
            if p.is_cap and p.end + 1 == toks[k].start and self._first_name(p):
                k -= 1
            elif p.is_cap and p.end + 1 == toks[k].start and unknown_nominative(p.text, self.morph) \
                    and not opener_word(p, self.morph) and (
                    self._first_name(toks[k]) or (k >= 3 and toks[k - 2].text in {"ja", "och"}
                                                  and self._first_name(toks[k - 3]))):
                # "Mirkku Tapani Xn muistosäätiö", "Heikki ja Minnamari Xn säätiö": a given name no lexicon knows,
                # next to one it knows, is the founder's all the same
                k -= 1
            elif _after_initials(toks, k - 1):
                k -= 2  # "Maria och K.E. Nybergs stiftelse": a founder's initials
            elif p.is_cap and p.end + 1 == toks[k].start and _FOUNDER_OPENERS.fullmatch(p.text):
                k -= 1  # "Familjen X:s stiftelse", "Kommunalrådet C.G. X:s stiftelse": the family, the title
                break
            elif (p.text in {"ja", "och"} and k >= 2 and k - 2 not in taken and toks[k - 2].is_cap
                  and self._first_name(toks[k - 2])
                  and (self._first_name(toks[k]) or _INITIALS.fullmatch(toks[k].text) is not None
                       or unknown_nominative(toks[k].text, self.morph))):
                k -= 2
            else:
                break
        return k

    def _place_before_common_genitive(self, toks: list[Token], k: int) -> bool:
        """Whether the capitalised genitive at k is a common noun's ("Seudun", "Alueen") after a place's genitive
        that opens the name ("Kuopion Seudun Hengityssäätiö"): the place is a word of the name, not the town."""
        if k < 1:
            return False
        place, word = toks[k - 1], toks[k]
        if not (place.is_cap and place.is_word) or place.text.isupper() or word.start - place.end != 1 \
                or k - 1 not in getattr(self, "_places", set()) or not _genitive_end(place.text):
            return False
        readings = self.morph.analyse(word.text)
        return bool(readings) and all(a.case == "omanto" and a.cls == "nimisana" and a.base[:1].islower()
                                      for a in readings)

    def _genitive_chain(self, toks: list[Token], g: int) -> int:
        """Where a chain of capitalised genitives ending at g starts: "Nurmeksen Vanhan Kauppalan Asukasyhdistys"
        names the association of the town's old quarter, and the quarter's name alone ("Kauppalan Asukasyhdistys")
        is a piece of it. A word one space before the chain joins it when it is a capitalised genitive inside the
        sentence, or a known place's genitive opening it; at most two words join."""
        first = g
        while g - first < 2 and first >= 1:
            prev, word = toks[first - 1], toks[first]
            if not (prev.is_cap and prev.is_word) or prev.text.isupper() or ":" in prev.text or "-" in prev.text \
                    or word.start - prev.end != 1 or first - 1 in getattr(self, "_actors", set()):
                break
            readings = self.morph.analyse(prev.text)
            opener = first - 1 == 0 or toks[first - 2].text in {".", "!", "?", ":", "§", "-", "–", "•", "*"}
            if not readings or not all(a.case == "omanto" for a in readings):
                break
            if all(a.cls == "laatusana" and a.base.islower() and a.base.endswith(("lainen", "läinen"))
                   for a in readings):
                break  # "Vihtiläisen Nummelan Palloseuran": an inhabitant's adjective describes the name
            if opener and not (first - 1 in getattr(self, "_places", set())
                               or any(a.cls == "paikannimi" for a in readings)):
                break  # a sentence opener is capitalised anyway: only a place's genitive opens the name
            first -= 1
        return first

    def _lower_genitive(self, t: Token) -> bool:
        return t.is_word and ":" not in t.text and t.text.lower() not in BREAK_WORDS and any(
            a.case == "omanto" and a.cls in {"nimisana", "laatusana", "nimisana_laatusana"}
            for a in self.morph.analyse(t.text))

    def _capitalised_kind_compound(self, toks: list[Token], i: int, *, after_genitive: bool = False) -> bool:
        """One capitalised word that is a compound ending in a kind of association, inside a sentence
        ("Kehitysvammaliitto", "Mielenterveysseuran"): a name, since a common noun is not capitalised there.

        With `after_genitive`, the word follows a capitalised genitive that belongs to the name ("Xlän
        Aikuiskoulutussäätiö"), a known place's too; the genitive must not open the sentence."""
        t = toks[i]
        if not (t.is_cap and t.is_word) or t.text.isupper() or "-" in t.text or ":" in t.text \
                or _number(t, self.morph) == "plural":
            return False  # "Hämeen Kyläyhdistysten liitto", "Urheiluseurojen avustukset": a plural kind is no name
        if after_genitive:
            g = self._kind_genitive(toks, i)
            prev = toks[g] if g >= 0 else None
            if prev is None or not (prev.is_cap and prev.is_word) or prev.text.isupper() or ":" in prev.text \
                    or text_is_legal_name_ahead(toks, i, self.morph):
                return False
            readings = self.morph.analyse(prev.text)
            opener = g < 1 or toks[g - 1].text in {".", "!", "?", ":", "§", "-", "–", "•", "*"}
            if not any(a.case == "omanto" and (not opener or a.cls in {"paikannimi", "sukunimi"}) for a in readings) \
                    and not (opener and (self._unknown_genitive(prev) or _landscape_genitive(readings))) \
                    and not (opener and any(a.case == "omanto" for a in readings) and _genitive_end(t.text)
                             and self._association_district(toks, i, i + 1, "Association") is not None):
                # ("Sotainvalidien Veljesliiton Xn osasto" opening a line: the place and the branch word after the
                # association's genitive say the capitals are a name's, not the line's)
                # a sentence opener is capitalised anyway: only a place's or family's name counts, or a village's
                # the lexicon lacks ("Paukarlahden Kyläyhdistys kokoaa ...")
                return False
            return any(_kind_compound(b) or _cooperative_compound(b) for b in self.morph.bases(t.text))
        if (i == 0 or toks[i - 1].text in {".", "!", "?", ":", "§", "-", "–", "•", "*"} or toks[i - 1].text.isdigit()) \
                and not _business_id_after(toks, i):
            # a sentence, item or list opener is capitalised anyway; not one with a business ID after, nor a
            # sentence's subject or one given an acronym (extract/opening_kind_names.py)
            return any(_kind_compound(b) and named_opener(toks, i, self.morph, b) for b in self.morph.bases(t.text))
        if text_is_legal_name_ahead(toks, i, self.morph):
            # "Kalliolan Kannatusyhdistys ry": the registered name runs on to its legal form; not "Xliiton ja Y Oy:n",
            # where the conjunction starts the other name
            return False
        return (i == 0 or not toks[i - 1].is_cap or self._name_acronym(toks, i - 1)) and any(
            _kind_compound(b) or _institution_compound(b) for b in self.morph.bases(t.text))

    @staticmethod
    def _kind_genitive(toks: list[Token], i: int) -> int:
        """Where the genitive before the kind compound at i stands: right before it, or before an elided
        compound joined to it ("Kainuun Sydän- ja Diabetesyhdistys": the place's genitive names both halves,
        and the second half alone is no name)."""
        if i >= 3 and toks[i - 1].text in {"ja", "sekä"} and toks[i - 2].text.endswith("-") \
                and len(toks[i - 2].text) > 3 and toks[i - 2].is_cap and not toks[i - 2].text.isupper() \
                and toks[i - 2].end < toks[i - 1].start:
            return i - 3
        return i - 1

    def _opening_kind_with_name(self, toks: list[Token], i: int, taken: set[int]) -> bool:
        """A capitalised compound kind opening a sentence or a list line and its own name after it ("Nuorisoseura
        Yritys järjesti ..."): the opener's capital says nothing, the name's capital does."""
        t = toks[i]
        opens = i == 0 or toks[i - 1].text in _LINE_OPENERS or (
            # "Tuensaaja Kyläyhdistys Kotiranta": a row's label opening the line, then the value (name_openers)
            opener_word(toks[i - 1], self.morph, loose=False) and (i == 1 or toks[i - 2].text in _LINE_OPENERS))
        if not opens or not (t.is_cap and t.is_word) or t.text.isupper() or "-" in t.text or ":" in t.text \
                or _number(t, self.morph) == "plural":
            return False
        return any(_kind_compound(b) for b in self.morph.bases(t.text)) \
            and self._own_name_after_kind(toks, i, taken, capital=True)

    def _name_acronym(self, toks: list[Token], k: int) -> bool:
        """An acronym no list knows, one space before the next word: the short name written before the full
        one ("TTS Työtehoseura")."""
        t = toks[k]
        return (k + 1 < len(toks) and t.text.isalpha() and t.text.isupper() and 2 <= len(t.text) <= 6
                and t.text not in self._actor_acronyms and t.text not in FUNDING_ACRONYMS
                and toks[k + 1].start - t.end == 1 and t.text not in BODY_ACRONYMS)

    def _counted_kind(self, toks: list[Token], i: int) -> bool:
        """"kolme eri Martta-yhdistystä", "useita Lions-klubeja": a hyphened kind counted or in the plural names
        associations of that movement at large, not one of them (a numeral takes the singular partitive)."""
        word = toks[i].text
        readings = self.morph.analyse(word)
        if readings and any(a.number is None for a in readings) and "-" in word:
            readings = self.morph.analyse(word.rsplit("-", 1)[1].lower())  # "Koti-seuroja": the head tells the number
        if not readings:
            return False
        if all(a.number == "plural" for a in readings):
            return True
        if not all(a.case == "osanto" for a in readings):
            return False
        k = i - 1
        if k >= 0 and toks[k].text.lower() == "eri":
            k -= 1
        return k >= 0 and (toks[k].text.isdigit() or toks[k].text.lower() in _COUNT_WORDS)

    def _foundation_compound(self, word: str) -> bool:
        """"Kotiranta-Säätiö", "Seutu-yhdistyksen", "Y-Säätiö": a capital name hyphened to its kind of association."""
        return bool(_HYPHENED_NAME.match(word)) and any(
            b.endswith(("säätiö", "yhdistys", "seura")) for b in self.morph.bases(word.rsplit("-", 1)[1].lower()))

    def _name_after(self, toks: list[Token], i: int, taken: set[int], text: str) -> int | None:
        """The last token of a capitalised name right after a legal form written first, if any.

        The name runs on the same line, through initials ("Osuuskunta A. Vipunen"), for at most four words.
        """
        k = i
        while k + 1 < len(toks) and k - i < 5:
            nxt = toks[k + 1]
            if nxt.text == "." and len(toks[k].text) == 1 and toks[k].is_cap and k + 2 < len(toks) \
                    and toks[k + 2].is_cap and text[nxt.end:toks[k + 2].start] == " ":
                k += 1  # an initial's full stop
                continue
            if not (nxt.is_cap and nxt.is_word and text[toks[k].end:nxt.start] == " "
                    and (k + 1 not in taken or self._place_genitive(nxt) or (
                        k + 1 in getattr(self, "_places", ())
                        and not any(a.case in _LOCAL_CASES for a in self.morph.analyse(nxt.text))))):
                break  # (a place not in a local case too: "Bostads Ab Vasa Strand", not "Oy X Kiteellä")
            if k > i and nxt.text.isupper() and len(nxt.text) > 4 and not toks[k].text.isupper():
                break  # "Kiinteistö Oy Berglund KEMIÖNSAAREN ...": the next item title in capitals, run on
            readings = self.morph.analyse(nxt.text)
            if readings and all(a.cls in {"nimisana", "laatusana", "nimisana_laatusana"} and a.number == "plural"
                                for a in readings):
                break  # "Tmi Touche Yksityisten ...": a plural common word starts the next phrase
            if k > i and readings and all(a.cls == "nimisana" and a.case == "omanto" for a in readings) \
                    and not any(a.case == "omanto" for a in self.morph.analyse(toks[k].text)) \
                    and k + 2 < len(toks) and toks[k + 2].is_word and not toks[k + 2].is_cap \
                    and (after := self.morph.analyse(toks[k + 2].text)) and all(a.cls == "nimisana" for a in after):
                # "T:mi X Työsuojelun toimintaohjelma": after a name in the nominative, a common noun's genitive opens
                break  # the next item's phrase (after a genitive it is the name's: "Osuuskunta Xn Kyläkuidun hakemus")
            k += 1
        if k == i or not toks[k].is_word or len(toks[k].text) == 1:
            return None  # "Osuuskunta A": an initial cut off by the sentence split is no name
        if k == i + 1 and k + 1 < len(toks) and self._place_genitive(toks[k]) \
                and text[toks[k].end:toks[k + 1].start] == " " and self._lower_name_word(toks[k + 1]):
            readings = self.morph.analyse(toks[k + 1].text)
            if all(a.number != "plural" and a.cls == "nimisana" for a in readings) and not any(
                    BODY_PATTERN.match(a.base.lower()) or a.base.lower().endswith(_COMPANY_AFFAIRS)
                    for a in readings):
                k += 1  # "Kiinteistöosakeyhtiö Laakson yhteissairaala": a genitive and the common noun it names
        return k

    def _after_opener(self, toks: list[Token], start: int, i: int) -> int:
        """Where a registered name with lower-case words starts when a sentence opens before it.

        A sentence's first word is capitalised whatever it is: "Kunnan tytäryhtiö Kuntien Tiera Oy" names the
        company from "Kuntien" on, so a common-noun opener and the lower-case words after it are cut off."""
        item = start > 0 and (toks[start - 1].text.isdigit() or toks[start - 1].text == "§")
        if not (start == 0 or toks[start - 1].text in {".", "!", "?", ":"} or item):
            return start
        if start + 1 < i and toks[start].text.lower() in _SWEDISH_OPENERS and toks[start + 1].is_cap:
            return start + 1  # "Även Borgå Folkakademi rf": a Swedish adverb opening the sentence
        readings = self.morph.analyse(toks[start].text)
        if start + 1 < i and toks[start + 1].is_cap and readings and all(a.cls == "teonsana" for a in readings):
            return start + 1  # "Käsitellään Pohjois-Karjalan Martat ry:n hakemus": the sentence's verb opens it
        if start + 1 < i and toks[start + 1].is_cap and readings and all(a.mood == "past_passive" for a in readings):
            return start + 1  # "Hyväksytty Xn kyläyhdistys ry:n kokouksessa": a report's note opens with its participle
        if start + 1 < i and toks[start + 1].is_cap and readings and all(
                a.cls in {"seikkasana", "sidesana", "suhdesana"} or a.case in _OPENER_CASES for a in readings):
            # "Mukana MTK Pohjois-Savo ry", "Hakijana Kylät ry", "Kuopiossa Martat ry": an adverb, a role's essive
            # or a place's local case opens the sentence, never a registered name (no name starts in those cases)
            return start + 1
        if start + 1 < i and toks[start + 1].is_cap and readings \
                and all(a.cls in {"nimisana", "huudahdussana", "teonsana"} for a in readings) \
                and not any(a.base.lower().endswith(_KIND_WORDS) for a in readings) \
                and (self._place_genitive_known(toks, start + 1) or (
                    (after := self.morph.analyse(toks[start + 1].text))
                    and all(a.cls == "paikannimi" and a.case == "omanto" for a in after))):
            # "Avustus Kuopion Martat ry:lle", "Onnittelut Hämeen Kylät ry:lle": a common word opening the sentence
            # before a place's genitive, which opens the registered name
            return start + 1
        if item and start + 1 < i and toks[start + 1].is_cap and readings and all(
                a.cls == "nimisana" and a.case == "nimento" and a.base[:1].islower() for a in readings):
            return start + 1  # "38 Hankesopimusluonnos Turun Palvelutilat Oy:n kanssa": the item's document, then
        lower = [k for k in range(start, i) if toks[k].is_word and not toks[k].is_cap and not (
            toks[k].text in {"ja", "och"} and toks[k - 1].is_cap and toks[k + 1].is_cap)]  # "Omaishoitajat ja Läheiset"
        if not lower or any(a.cls in {"nimi", "paikannimi", "etunimi", "sukunimi"} for a in readings):
            return start
        if not any(a.cls for a in readings) or (
                toks[start + 1].is_cap and any(a.case == "omanto" for a in readings)):
            # "Warkauden seudun sosiaali- ja terveys ry": a word Voikko does not know is a name, not a common-noun
            # opener; "Järviseudun Omaishoitajat ja läheiset ry": a genitive right before a capital opens the name
            return start
        cut = lower[-1] + 1
        while cut < i and not toks[cut].is_cap:
            cut += 1
        if cut == i and lower[-1] == i - 1 and any(b.endswith(ASSOCIATION_KINDS) for b in self.morph.bases(
                toks[i - 1].text)):
            return start  # "Yhdistysten yhdistys ry": no capital after the opener, whose kind word ends the name
        return cut

    def _lower_name_word(self, t: Token) -> bool:
        """A lower-case noun or adjective that may sit inside a registered name ("Maakuntien tilakeskus Oy",
        "Attendo hoivapalvelut Oy"); the walk back keeps it only when a capital opens the name before it."""
        if not t.is_word or t.is_cap or t.text.lower() in BREAK_WORDS | STOP_IN_NAMES:
            return False
        readings = self.morph.analyse(t.text)
        if all(a.cls is None for a in readings) and t.text.isalpha() and t.text.isascii() and len(t.text) >= 3 \
                and t.text.lower() not in _FOREIGN_JOINERS:
            # a foreign word inside the name ("Green net Finland ry"): a capital still has to open it; not a Swedish
            # verb of the sentence ("Tilläggsunderstöd får Koivikon Kotiseutuyhdistys ry")
            return True
        # not in the essive: "Ryttylää lähinnä Hämeen kylät ry" starts at "Hämeen", since "lähinnä" belongs to the
        # sentence; other cases do sit in registered names ("Mahdollisuus lapselle ry")
        return any(a.cls in {"nimisana", "laatusana", "nimisana_laatusana"} and a.case != "olento"
                   for a in readings) and not any(
            a.cls in {"teonsana", "seikkasana", "suhdesana", "sidesana", "asemosana"} for a in readings) \
            and not _undertaking_head(t, self.morph)

    def _noun_before_form(self, t: Token) -> bool:
        """A lower-case word right before the legal form that is a noun as well as a verb form ("Kehitysvammaisten
        taiteilijoiden tuki ry": "tuki" is also "supported"): no verb stands between a name and its form."""
        return t.is_word and not t.is_cap and t.text.isalpha() and t.text.lower() not in BREAK_WORDS | STOP_IN_NAMES \
            and any(a.cls == "nimisana" and a.case == "nimento" for a in self.morph.analyse(t.text))

    def _kind_closes_name(self, toks: list[Token], k: int, form: int) -> bool:
        """Whether the lower-case kind word at k ends a name of its own in a run of names before the legal form
        at `form`: a capitalised genitive opens the next name after it, or another kind word stands just before
        its own genitive ("... kylätoimikunta Matkun kyläyhdistys Nummenkylä ry")."""
        if not self._lower_kind_word(toks[k]) or k + 1 >= form:
            return False
        nxt = toks[k + 1]
        return (k + 2 < form and nxt.is_cap and nxt.is_word and _genitive_end(nxt.text.lower())) or any(
            self._lower_kind_word(toks[j]) for j in range(max(0, k - 3), k - 1))

    def _kind_then_acronym(self, toks: list[Token], i: int, taken: set[int]) -> str | None:
        """The acronym after a capitalised compound kind of joint authority ("Koulutuskuntayhtymä OSAO",
        "Koulutuskuntayhtymä OSAOn"): the registered name is the kind and the acronym, as the Local Government
        Act asks a joint authority's name to hold the word "kuntayhtymä"."""
        t = toks[i]
        if not (t.is_cap and t.is_word) or t.text.isupper() or i + 1 >= len(toks) or i in taken or i + 1 in taken:
            return None
        nxt = toks[i + 1]
        if nxt.start - t.end != 1 or not any(b.lower().endswith("kuntayhtymä") and len(b) > len("kuntayhtymä") + 2
                                             for b in self.morph.bases(t.text)):
            return None
        m = _ACRONYM_INFLECTED.fullmatch(nxt.text)
        if m is not None:
            return m.group(1) if m.group(1) not in FUNDING_ACRONYMS else None
        # "Koulutuskuntayhtymä Tavastia": one capitalised proper word after the kind, in the nominative, no verb,
        # place, first name or common noun's inflected form, and no second capitalised word (a person) after it
        if not (nxt.is_word and nxt.is_cap) or "-" in nxt.text or ":" in nxt.text or self._first_name(nxt) \
                or (i + 2 < len(toks) and toks[i + 2].is_word and toks[i + 2].is_cap):
            return None
        if not all(a.case == "nimento" for a in self.morph.analyse(t.text)) or BODY_PATTERN.match(nxt.text.lower()):
            return None  # "Koulutuskuntayhtymän Hallitus": the kind in the genitive owns a board
        readings = self.morph.analyse(nxt.text)
        nominative = [r for r in readings if r.case == "nimento"]
        if not nominative and readings and all(r.case == "omanto" and r.cls == "nimisana" for r in readings):
            # "Peruskuntayhtymä Karviaisen kanssa": a name that is also a common noun, in the genitive; the kind
            # stays in the nominative before it, so the name is the noun's base written with its capital
            base = readings[0].base
            return base[:1].upper() + base[1:] if len({r.base for r in readings}) == 1 else None
        if not nominative or any(r.cls == "teonsana" for r in readings) or any(
                r.cls in {"paikannimi", "etunimi", "sukunimi", "asemosana", "seikkasana", "suhdesana", "sidesana"}
                for r in nominative):
            return None
        if nxt.text.endswith("n") and any(r.case == "omanto" and r.base == nxt.text[:-1] for r in readings):
            return nxt.text[:-1]  # "Koulutuskuntayhtymä Riverian opiskelijat": the name inflects, not the kind
        return nxt.text

    def _own_name_after_kind(self, toks: list[Token], i: int, taken: set[int], *, capital: bool = False) -> bool:
        """Whether the word after the lower-case kind at i ("Xn nuorisoseura Nysä", "Yn kyläyhdistys Kotikylä") is
        the association's own name: one capitalised word right after a kind in the nominative, no place, person,
        verb or known name, and no capital or legal form after it (a person's names, a registered name). With
        `capital`, the kind is a capitalised compound in the nominative ("Nuorisoseura Yritys", "Kotiseutuyhdistys
        Kotikylä")."""
        t = toks[i]
        if i + 1 >= len(toks) or i + 1 in taken:
            return False
        if capital and not all(a.case == "nimento" for a in self.morph.analyse(t.text)):
            return False  # "Nuorisoseuran Yritys...": an inflected kind has no base form written here
        if not capital and (t.is_cap or not self._lower_kind_word(t)):
            return False
        name = toks[i + 1]
        if not (name.is_cap and name.is_word) or name.text.isupper() or name.start - t.end != 1 \
                or "-" in name.text or ":" in name.text:
            return False
        if i + 2 < len(toks) and ((toks[i + 2].is_cap and toks[i + 2].is_word)
                                  or toks[i + 2].text.lower().split(":")[0] in ASSOCIATION_FORMS | COMPANY_FORMS):
            return False  # "... kyläyhdistys Mäntyranta ry": the name opens a registered name of its own
        if name.text.lower().endswith(STREET_ENDINGS) and i + 2 < len(toks) and toks[i + 2].text[:1].isdigit():
            return False  # "X:n säätiö Metsämiehenkatu 2": the address after the name, its line break lost
        readings = self.morph.analyse(name.text)
        # after a capitalised kind a surname-like word is the name ("Metsästysseura Kontio"): no person is named so
        not_names = {"paikannimi", "etunimi", "teonsana"} | (set() if capital else {"sukunimi"})
        # a coined word no lexicon knows ("nuorisoseura Näkösä") is read as written when it may be a nominative
        return (all(a.case in {"nimento", None} and a.cls not in not_names for a in readings)
                or unknown_nominative(name.text, self.morph)) and not self._first_name(name)

    def _one_space_before(self, t: Token) -> bool:
        """Whether one space, no line break, stands before token t of the sentence being read."""
        at = t.start - self._sent_start
        return at > 0 and self._sent_text[at - 1] == " "

    def _inflected_own_name(self, toks: list[Token], i: int, taken: set[int]) -> str | None:
        """The base form of an association's own name inflected after its capitalised kind compound in the
        nominative ("Naisasialiitto Unionin", "Nuorisoseura Yrityksen"): a two-word name inflects only its last
        word. One capitalised common word the lexicon reads in a case other than the nominative, no place, person,
        verb or known name, and no capital or legal form after it; the kind must not open the sentence."""
        t = toks[i]
        if i + 2 >= len(toks) or i + 1 in taken or i == 0 \
                or toks[i - 1].text in {".", "!", "?", ":", "§", "-", "–", "•", "*"}:
            return None
        if not all(a.case == "nimento" for a in self.morph.analyse(t.text)):
            return None
        name, after = toks[i + 1], toks[i + 2]
        if not (name.is_cap and name.is_word) or name.text.isupper() or name.start - t.end != 1 \
                or "-" in name.text or ":" in name.text or self._first_name(name):
            return None
        if (after.is_cap and after.is_word) or after.text.lower().split(":")[0] in ASSOCIATION_FORMS | COMPANY_FORMS:
            return None
        readings = self.morph.analyse(name.text)
        if all(a.cls is None for a in readings) and name.text.endswith("n") and len(name.text) > 4 \
                and name.text[-2] in "aeiouyäö" and after.is_word and not after.is_cap \
                and unknown_nominative(name.text[:-1], self.morph) \
                and not any(_kind_compound(b) for b in self.morph.bases(after.text)) \
                and not _body_word(after.text, self.morph) and not _undertaking_head(after, self.morph):
            # "Palveluyhdistys Ratevan hallinnoima": a coined name no lexicon knows, in the genitive before a word of
            # the clause; its nominative is the word without the ending (not "Kalvola-Seura Kiipun kyläyhdistys": a
            # village's genitive opening the next association's name)
            return name.text[:-1]
        if not readings or any(a.case not in _OWN_NAME_CASES or not a.base[:1].islower()
                               or a.cls in {"paikannimi", "etunimi", "sukunimi", "teonsana"} for a in readings):
            return None
        if _undertaking_head(name, self.morph) or _body_word(name.text, self.morph) \
                or any(_kind_compound(b) for b in self.morph.bases(name.text)):
            return None  # "Kuntaliitto Hankkeen ...", a body or another kind: a name of its own, not this one's
        bases = _ordered_bases(name.text, self.morph)
        return bases[0][:1].upper() + bases[0][1:] if bases else None

    def _village_name_sv(self, toks: list[Token], k: int) -> bool:
        """Token k is a village's name before a Swedish kind in lower case: capitalised, one space before the kind,
        no word of a sentence ("Vår", "Nya"), and no word the lexicon knows (a village no list holds) or a place."""
        p = toks[k]
        return p.is_cap and p.is_word and not p.text.isupper() and len(p.text) > 3 and p.end + 1 == toks[k + 1].start \
            and p.text.lower() not in _SWEDISH_SENTENCE_WORDS | _SWEDISH_OPENERS | _SWEDISH_CAPS_STOPS \
            and not p.text.lower().endswith(_SWEDISH_DEFINITE_GENITIVES) \
            and all(a.cls in {None, "paikannimi"} for a in self.morph.analyse(p.text))

    def _joined_to_form(self, toks: list[Token], end: int, taken: set[int]) -> int:
        """The end of a Swedish registered name that goes on after "och", "&" or "i" to its legal form ("Förbundet
        Hem och Skola i Finland rf", "Stiftelsen Konst & Kultur sr"): the form bounds the name, so the joined
        capitalised words are the name's; without a form after them they may be another party, and `end` stays."""
        k = end
        places = getattr(self, "_places", set())
        while k + 2 < len(toks) and k - end < 6 and toks[k + 1].text in {"och", "&", "i"} \
                and toks[k + 2].is_cap and toks[k + 2].is_word \
                and (k + 2 not in taken or (toks[k + 1].text == "i" and k + 2 in places)):
            # ("Föreningen Konstsamfundet i Vasa rf": the town read as a place closes the name before its form)
            k += 2
            while k + 1 < len(toks) and k - end < 6 and toks[k + 1].is_cap and toks[k + 1].is_word \
                    and k + 1 not in taken:
                k += 1
        return k if k > end and k + 1 < len(toks) and _swedish_form(toks[k + 1]) else end

    def _bare_public_kind(self, toks: list[Token], k: int) -> bool:
        """"Kunta", "Kaupungin", "Hyvinvointialueen" alone, capitalised only because it opens a sentence or an item
        title: the text's own town or county named by its kind, a party beside a registered name after "ja", never
        the first word of that name (registered names open with their own word: "Omaishoitajat ja Läheiset ry")."""
        t = toks[k]
        if not t.is_word or (k > 0 and toks[k - 1].is_word and toks[k - 1].is_cap):
            return False
        return _lemma(t, self.morph) in _PUBLIC_KINDS

    def _lower_kind_word(self, t: Token) -> bool:
        """A lower-case kind of association in the nominative ("kyläyhdistys", "nuorisoseura",
        "kylätoimikunta"): the word that ends a name written as "Xn kyläyhdistys"."""
        if not t.is_word or t.is_cap or "-" in t.text:
            return False
        return any(a.case == "nimento" and a.base.lower().endswith(_LIST_KINDS)
                   and not a.base.lower().endswith("seurakunta") for a in self.morph.analyse(t.text))

    def _place_genitive_known(self, toks: list[Token], k: int) -> bool:
        return k in getattr(self, "_places", set())

    def _prefixed_head(self, toks: list[Token], k: int) -> str:
        """The last word of a name whose legal form comes first ("Kiinteistö Oy Rautalammin Hakan lainalle") in its
        base form: a word no dictionary knows, in the genitive before a word in lower case, by the noun its compound
        ends in ("Mynäjoen" -> Mynäjoki); else as `_head_base` reads it."""
        word = toks[k].text
        if word.endswith("n") and not any(a.cls for a in self.morph.analyse(word)) and k + 1 < len(toks) \
                and toks[k + 1].is_word and toks[k + 1].text[:1].islower():
            from welfare_kg.extract.genitive_names import compound_base  # (a reader of names, imported when needed)

            if (base := compound_base(word, self.morph)) is not None:
                return base
        nouns = [a for a in self.morph.analyse(word) if a.cls in _NAME_WORD_CLASSES]
        if any(a.case == "nimento" for a in nouns):
            return word  # "Osuuskunta Lumon Tuki": a noun in the nominative as written, not the verb "tukea"
        if nouns and any(a.cls == "teonsana" for a in self.morph.analyse(word)):
            base = nouns[0].base  # "Osuuskunta Lumon Tuen": the noun's base ("Tuki"), not the verb's
            return base[:1].upper() + base[1:] if word[:1].isupper() else base
        return self._head_base(word)

    def _kind_before_form(self, toks: list[Token], k: int, form: int, taken: set[int], places: set[int]) -> bool:
        """Whether a company's name goes on past its form: "Kehittämiskeskus Oy Häme", "Yrityspalvelu Oy Lumo".
        A capitalised common noun alone before "Oy" (a kind of company, in the nominative) names no company; the
        capitalised word right after the uninflected form does, and is in the nominative too. A town read there
        is the name's word ("Oy Häme")."""
        t, nxt = toks[form], toks[form + 1] if form + 1 < len(toks) else None
        if nxt is None or ":" in t.text or t.text.lower() not in {"oy", "ab"} or toks[k].text.isupper():
            return False
        if not (nxt.is_cap and nxt.is_word and not nxt.is_acronym and nxt.start - t.end == 1) \
                or (form + 1 in taken and form + 1 not in places) or ":" in nxt.text or len(nxt.text) < 3 \
                or any(c.isupper() for c in toks[k].text[1:]):
            # (not "Aluelämpö Oy A. Virtanen": a person's initial; not "YritysVoimala Oy": a brand written in
            # camel case is a name already)
            return False
        kind = self.morph.analyse(toks[k].text)
        if not kind or not all(a.cls in {"nimisana", "nimi"} and a.case == "nimento"
                               and getattr(a, "number", "singular") != "plural" for a in kind) \
                or not any(a.cls == "nimisana" and a.base[:1].islower() for a in kind):
            return False
        after = self.morph.analyse(nxt.text)
        # a name's word in the singular nominative ("Oy Häme"), not a plural subject of what follows ("Oy
        # Maakuntaliitot, jotka ...")
        return not after or (any(a.case == "nimento" and a.cls != "teonsana" for a in after)
                             and not any(getattr(a, "number", None) == "plural" for a in after))

    def _past_known_actor(self, toks: list[Token], start: int, form: int, typ: str, places: set[int]) -> int:
        """Where a registered name starts when a known organisation's one-word name opens the run before its form
        ("Kela Kotiranta Tuki ry", "Sitra Kotiranta ry": a list's or a row's funder, then the receiver): the known
        organisation is a name of its own. A place right after it names its branch and stays ("Talentia Kuopio
        ry", "Tehy Kainuu ry"); a company's subsidiary is named by its parent in the nominative ("Kommunförbundet
        Service Ab"), so before a company only a genitive after the known name parts them."""
        if start + 1 >= form or not (toks[start + 1].is_cap and toks[start + 1].is_word) or start + 1 in places:
            return start
        known = self._one_word_actor_labels.get(toks[start].text)
        if known is None or known.type in PLACE_TYPES:
            return start
        if typ == "Company" and not all(a.case == "omanto" for a in self.morph.analyse(toks[start + 1].text) or [None]):
            return start
        return start + 1

    def _in_legal_name(self, toks: list[Token], k: int) -> bool:
        """Whether token k can be part of the name before "ry"/"Oy".

        Capitalised words are; so is a lower-case kind of association inside the name
        ("Herttoniemenrannan asukastaloyhdistys Ankkuri ry") and a hyphen glued to one
        ("Arabianranta-Toukola-Vanhakaupunki -kaupunginosayhdistys ry").
        """
        t = toks[k]
        if t.text in {"-", "–"}:
            return k + 1 < len(toks) and t.end == toks[k + 1].start and k > 0 and toks[k - 1].end < t.start \
                and toks[k - 1].is_cap
        if re.fullmatch(r"\d{1,4}", t.text) and k > 0 and toks[k - 1].is_cap and k + 1 < len(toks) \
                and toks[k + 1].text.lower().split(":")[0] in ASSOCIATION_FORMS | COMPANY_FORMS:
            return True  # "Esimerkkituki 24 ry": a number right before the legal form is part of the name
        if not t.is_word or t.text.lower() in BREAK_WORDS:
            return False
        if t.is_cap:
            tail = t.text.rsplit("-", 1)[-1]
            if not (tail[:1].islower() and "-" in t.text):
                return True
            if tail.endswith(("na", "nä")) and any(a.case == "olento" for a in self.morph.analyse(tail)):
                return False  # "palkittiin Vuoden Leader-toimijana X ry": a compound in the essive says what it is
            # "Lifecare-järjestelmän Tieto Oyj", "Apotti-hankkeen X Oy": a product's or a project's genitive is the
            # clause's object; a kind of association's stays ("Kiteen 4H-yhdistyksen Nuoret ry")
            readings = self.morph.analyse(tail) if tail.endswith("n") else []
            return not (readings and all(a.case == "omanto" and a.cls == "nimisana"
                                         and not a.base.lower().endswith(ASSOCIATION_KINDS) for a in readings))
        return any(b.endswith(ASSOCIATION_KINDS) for b in self.morph.bases(t.text))

    def _orgs_in_person_lists(self, toks: list[Token], text: str, taken: set[int], people: list[Mention],
                              known: list[Mention]) -> list[Mention]:
        """"Seppo X, Espoon kaupunki Anna Y, Tredea Aino Z, Turun kaupunki", "Mika X (Alpe) (varalla Mika Y, Alpe)":
        a steering group's list gives each person's organisation after a comma or in brackets. Where the sentence
        pairs at least two people so, one of them with a known organisation, the one to three capitalised words in
        the other slots are organisations too; no post, first name, party, place or verb among them."""
        by_start = {tk.start: k for k, tk in enumerate(toks)}
        by_end = {tk.end: k for k, tk in enumerate(toks)}
        person_starts = {by_start[p.start] for p in people if p.start in by_start}
        places = {by_start[m.start] for m in known if m.type in PLACE_TYPES and m.start in by_start
                  and by_end.get(m.end) == by_start[m.start]}  # one-word places
        orgs = {by_start[m.start] for m in known  # "Espoon kaupunki" employs too
                if m.type != "Person" and m.start in by_start}
        slots: list[tuple[int, int]] = []  # (first, last) token of the word run in an organisation's slot
        known_slots = place_slots = 0
        for p in people:
            j = by_end.get(p.end)
            if j is None or j + 2 >= len(toks) or toks[j + 1].text not in {",", "("}:
                continue
            first = j + 2
            if first in orgs or (first in taken and toks[first].is_cap):
                # a town alone in the slot ("Mats X, Liljendal") is where the person lives, no employer
                single_place = first in places and not (first + 1 < len(toks) and toks[first + 1].is_word
                                                        and toks[first + 1].start - toks[first].end == 1)
                known_slots += first in orgs and not single_place
                place_slots += single_place
                continue
            last = first
            while last + 1 < len(toks) and last - first < 2 and last + 1 not in taken \
                    and last + 1 not in person_starts and toks[last + 1].is_word and toks[last + 1].is_cap \
                    and toks[last + 1].start - toks[last].end == 1:
                last += 1
            if last > first and last + 2 < len(toks) and last + 1 in places and toks[last + 2].text in {",", "(", ";"} \
                    and toks[last + 1].start - toks[last].end == 1:
                last += 1  # "Forum Virium Helsinki (estynyt)": the company's town closes its name
            after = toks[last + 1] if last + 1 < len(toks) else None
            closes = after is None or after.text in {",", ".", ";", "("} or last + 1 in person_starts or (
                toks[j + 1].text == "(" and after.text == ")")
            if closes and (toks[j + 1].text != "(" or (after is not None and after.text == ")")):
                slots.append((first, last))
        if not slots or known_slots + len(slots) < 2:
            return []
        if place_slots > known_slots:
            # "Pirkko X, Valko (Timo Y, Tesjoki) Gunilla Z, Liljendal": more of the slots read hold a town than an
            # organisation, so the list gives where each lives and the other words there are villages and towns the
            # gazetteer lacks, not employers
            return []
        bracketed = sum(1 for a, b in slots
                        if toks[a - 1].text == "(" and b + 1 < len(toks) and toks[b + 1].text == ")")
        # "Anna X (S) Eva Y (FP) Lena Z (SP)": where the brackets after names hold parties' abbreviations, a short
        # code in capitals in the same place is a party too (a local party, an old party name), no employer
        party_layout = sum(1 for a, b in slots if a == b and toks[a - 1].text == "("
                           and toks[a].text.strip(".").lower() in PARTIES) >= _PARTY_SLOTS
        repeated = max(Counter(" ".join(t.text for t in toks[a:b + 1]) for a, b in slots).values()) >= 2
        unlisted = known_slots < 1 and not repeated
        if unlisted and bracketed < _BRACKETED_EMPLOYERS:
            # no known organisation in any slot: the same word in two slots ("Maria X, Concordia Malin Y, Concordia")
            # is the shared employer all the same, as a place or a post would not repeat capitalised there; so is a
            # run of three people each with a bracketed capitalised name ("Anna X (Kylänraitti), Olli Y (Vekkura),
            # ..."), a layout that gives each person's organisation
            return []
        out = []
        for first, last in slots:
            span = toks[first:last + 1]
            if party_layout and first == last and toks[first - 1].text == "(" and _PARTY_CODE.fullmatch(span[0].text):
                continue
            if any((k in taken and k not in places) or not (t.is_word and t.is_cap) or ":" in t.text
                   or is_post(t.text, self.morph) or is_post(t.text.rsplit("-", 1)[-1], self.morph)
                   or t.text.rsplit("-", 1)[-1].lower().endswith(_SWEDISH_POSTS)  # "LAG-ledamot": a seat
                   or self._first_name(t) or t.text.lower() in PARTIES
                   or t.text.lower() in self._learned
                   for k, t in zip(range(first, last + 1), span, strict=True)):
                continue
            inner = span[:-1] if last in places else span  # the town closing a name is a place word, rightly
            if any(r.cls in {"teonsana", "paikannimi", "etunimi", "sukunimi", "asemosana", "sidesana", "suhdesana",
                             "seikkasana"} for t in inner for r in self.morph.analyse(t.text)):
                continue
            label = join_tokens(span, [t.text for t in span], text)
            # read by the bracketed layout alone (no slot holds a known organisation): nothing says a company, and
            # organisations no list holds are more often associations than companies on unseen documents (the blind
            # batches' missed names: 48 associations, 17 companies)
            typ = "Association" if unlisted else "Company"
            out.append(Mention(start=span[0].start, end=span[-1].end, surface=label, label=label, type=typ,
                               rule="person-org", key=fold(label) or None))
            taken.update(range(first, last + 1))
        return out

    def _place_named_organisations(self, toks: list[Token], text: str, taken: set[int]) -> list[Mention]:
        """"Punkalaitumen Latu ja Polku sai 2 000 euroa", "Kokkolan Energia (50 000 euroa)": a town's genitive
        before capitalised common nouns that no position capitalises is an organisation's registered name (a
        club, a local energy company). Only right after a known municipality in the genitive, not in a run of
        capitalised words (a heading in title case), and not a body, a kind of organisation or an undertaking."""
        out = []
        places = getattr(self, "_places", set())
        extra: set[int] = set()
        pairs = [m.start() + self._sent_start for m in _CAP_GENITIVE_PAIR.finditer(self._sent_text)]
        if not pairs and not places:
            return out  # no genitive before a capitalised word: nothing to name
        if pairs:  # "Hämeen Setlementti": a capitalised genitive before a capitalised word, found in the text
            at = {tk.start: k for k, tk in enumerate(toks)}
            extra = {k for p in pairs if (k := at.get(p)) is not None and k not in taken
                     and self._place_name_genitive(toks[k])}
        if "-" in self._sent_text and _AREA_GENITIVE_SEARCH.search(self._sent_text):
            extra |= {k for k, t in enumerate(toks) if _AREA_GENITIVE.fullmatch(t.text)}
        cands = sorted(places | extra)
        for i in cands:
            t = toks[i]
            if t.text.lower() in self._learned:
                continue  # "Pohjois-Kymen Kasvu": the document's legal form names it ("... Kasvu ry")
            if (i not in places and i not in extra) or i + 1 >= len(toks) \
                    or i + 1 in taken or not t.text.endswith("n") \
                    or (i + 1 < len(toks) and toks[i + 1].start - t.end != 1) or (i > 0 and i - 1 in places):
                continue
            if i > 1 and toks[i - 1].is_word and toks[i - 1].is_cap and not opener_word(toks[i - 1], self.morph):
                # (a row's label, a post or a page's furniture before it is no word of a heading: name_openers)
                continue  # "Centrian Kokkolan ..." or a title-case heading: not a name's start
            end = i + 1
            words = 0
            if end + 1 < len(toks) and toks[end].text == "Seudun" and end not in taken \
                    and toks[end].start - t.end == 1:
                end += 1  # "Oulun Seudun Setlementti": the area word, capitalised, is a word of the registered name
            # a coined word only after a town the gazetteer read, in Voikko's genitive ("Mariehamn Förbundsstyrelsens",
            # "Malin Andtbacka": a Swedish nominative, a given name read as Mali's genitive)
            coined = i in places and not self._first_name(t) \
                and any(a.case == "omanto" and a.cls == "paikannimi" for a in self.morph.analyse(t.text))
            while end < len(toks) and end not in taken and self._plain_capitalised_noun(toks[end], coined) \
                    and toks[end].start - toks[end - 1].end == 1:
                words += 1
                end += 1
                if end + 1 < len(toks) and toks[end].text == "ja" and end + 1 not in taken \
                        and self._plain_capitalised_noun(toks[end + 1], coined):
                    end += 1  # "Latu ja Polku": two capitalised nouns joined
            year = end < len(toks) and end not in taken and toks[end].start - toks[end - 1].end == 1 \
                and (glued := _YEAR_GLUED.fullmatch(toks[end].text)) is not None \
                and (self._plain_capitalised_noun(Token(glued.group(1), toks[end].start, glued.end(1)), coined)
                     or _capitalised_adjective(self.morph.analyse(glued.group(1))))
            if year:
                words += 1  # "Kiteen Pallo-90", "Xn Reipas-57": a sports club's founding year glued to its word
                end += 1
            if not words or (end < len(toks) and toks[end].is_word and toks[end].is_cap) \
                    or opens_dash_title(text, toks[end - 1].end):
                continue  # (not "Tornion Aine tulee kylään -hanke": an undertaking's title opens so)
            span = toks[i:end]
            if len(span) == 3 and listed_first_name(span[1].text) \
                    and (listed_surname(span[2].text) or span[2].text.endswith("nen")):
                continue  # "Turun Leia Lyhykäinen, vs. seutujohtaja": the town's genitive before a person's name
            if words == 1 and any(b.lower().endswith(_DISTRICT_WORDS) and len(b) > 6
                                  for b in self.morph.bases(span[-1].text)):
                continue  # "Vantaan Havukoskella": a district of the town, named by its landform, is no company
            if any(b.lower().endswith(_TOWN_THINGS) for b in self.morph.bases(span[-1].text)):
                continue  # "Oulun Kirjasto", "Xn Uimahalli", "Yn Pöytäkirja": the town's service, venue or document
            if end < len(toks) and toks[end].is_word and all(
                    r.case == "omanto" for r in self.morph.analyse(span[-1].text)):
                continue  # "Satakunnan Keskustan valtuustoaloite": a genitive modifying the next word, not a name
            words_out = [x.text for x in span[:-1]] + [span[-1].text if year else self._head_base(span[-1].text)]
            words_out[-1] = words_out[-1][:1].upper() + words_out[-1][1:]
            label = join_tokens(span, words_out, text)
            # "Hämeen Setlementti", "Oulun Diakonissalaitos", "Punkalaitumen Latu ja Polku": a head that only an
            # association bears says the kind; other heads ("Energia", "Osuuspankki") are a company's
            association = year or any(b.lower().endswith(_ASSOCIATION_HEADS) for x in span[1:]
                                      for b in self.morph.bases(x.text)) \
                or any(a.base.lower().endswith(_GUILD) for x in span[1:] for a in self.morph.analyse(x.text)) \
                or any(_capitalised_adjective(self.morph.analyse(x.text)) for x in span[1:])
            out.append(Mention(start=span[0].start, end=span[-1].end, surface=text[span[0].start:span[-1].end],
                               label=label, type="Association" if association else "Company",
                               rule="place-named-association" if association else "place-named-organisation",
                               case=self._case(span[-1]), key=fold(label) or None))
            taken.update(range(i, end))
        return out

    def _place_name_genitive(self, t: Token) -> bool:
        """A place no list holds, in the genitive: Voikko reads the word only as a place name's genitive ("Hämeen",
        the historical province)."""
        readings = self.morph.analyse(t.text)
        return bool(readings) and all(r.cls == "paikannimi" and r.case == "omanto" for r in readings)

    def _plain_capitalised_noun(self, t: Token, coined: bool = False) -> bool:
        """A capitalised word that Voikko knows only as a common noun (a name's word, "Latu", "Energia"), and no
        body, kind of organisation, undertaking head, post or place; with `coined`, also a word no lexicon knows."""
        if not (t.is_word and t.is_cap) or t.text.isupper() or "-" in t.text or ":" in t.text or len(t.text) < 3:
            return False
        readings = self.morph.analyse(t.text)
        if coined and unknown_nominative(t.text, self.morph) and not t.text.endswith(("t", "s")):
            # "Kokkolan Vekkura": a word no lexicon knows, as written, is a brand's (a coined plural in "-t" is a
            # club's, extract/local_associations.py; "-s" a Swedish genitive); a kind's stem inside it is a kind
            # cut at a line's end ("Sosiaaliturvayhdisty-")
            low = t.text.lower()
            return not (BODY_PATTERN.match(low) or any(len(k) > 5 and k[:-1] in low for k in _KIND_WORDS)
                        or low.endswith(_DISTRICT_WORDS))
        if any(r.cls == "nimisana" and r.base.lower().endswith(_ASSOCIATION_HEADS) for r in readings):
            # "Diakonissalaitos": the lexicon also knows the word as a name (one institution's), a common noun too
            readings = tuple(r for r in readings if r.cls != "nimi")
        if readings and _capitalised_adjective(readings):
            return True  # "Salon Vilpas", "Lahden Reipas": a town's sports club is named by a quality
        if not readings or any(r.cls not in {"nimisana"} or r.number == "plural" for r in readings):
            return False  # "Työorganisaatioiden": a plural is a common noun's form, not a name's
        bases = {r.base.lower() for r in readings}
        return not any(BODY_PATTERN.match(b) or b in MUNICIPALITY_HEADS or b in REGION_HEADS or (b.endswith(
            _KIND_WORDS) and not b.endswith(_ASSOCIATION_HEADS)) for b in bases) \
            and not _undertaking_head(t, self.morph) and not is_post(t.text, self.morph)


# the head after a place's genitive that the name of "<kind> i <place>s <head>" goes on to: a municipality, a town,
# a county ("Anhörigföreningen i Björkviks kommun", "Kommunförbundet i Kalmar län")
_PLACE_HEADS_SV = frozenset({"kommun", "stad", "län", "landskap"})
