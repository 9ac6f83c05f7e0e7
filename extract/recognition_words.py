"""Word lists and small word tests that the Recogniser's readers share (extract/entities.py and the
organisation-name readers in extract/organisation_names.py): kept apart so that both import them and
neither imports the other."""

from __future__ import annotations

import re

from welfare_kg.extract.body_abbreviations import header_acronyms
from welfare_kg.extract.body_vocabulary import (
    body_pattern,
)
from welfare_kg.extract.morphology import Morphology, lemma
from welfare_kg.extract.office_titles import office_titles, title_base
from welfare_kg.extract.text import Token

# last words of street names in Finnish and Swedish postal addresses
STREET_ENDINGS = ("katu", "tie", "kuja", "polku", "väylä", "raitti", "kaari", "tori", "gatan", "vägen", "gränd",
                  "stigen", "torget", "esplanadi", "aukio")

# head lemma suffix -> type
UNDERTAKING_HEADS: list[tuple[str, str]] = [
    # "osahake": the sub-project head's common typo, read as "osahanke"
    ("osahanke", "Project"), ("osahake", "Project"), ("hanke", "Project"), ("projekti", "Project"),
    ("pilotti", "Project"),
    ("ohjelma", "Programme"), ("sopimus", "Agreement"), ("työpaketti", "WorkPackage"),
    ("toimenpidekokonaisuus", "WorkPackage"), ("projekt", "Project"), ("avtal", "Agreement"),
    ("kokeilu", "Project"),
    # a research consortium named with its acronym is the research project the council funds ("FLUX-konsortio sai
    # 3,8 miljoonan rahoituksen", "BRIDPOL-konsortio: ..."); Swedish "konsortiet" is left to the recogniser
    ("konsortio", "Project"),
    # a set of projects run as one ("Elämänote-hankekokonaisuus"), named and funded like a project
    ("hankekokonaisuus", "Project"), ("projektikokonaisuus", "Project"),
    # a merger study of municipalities runs as a project with its own steering group ("Xn kuntajakoselvitys")
    ("kuntajakoselvitys", "Project"), ("yhdistymisselvitys", "Project"),
    # ... and so does the study of municipal structure the 2013 act on it required ("A-B-C -kuntarakenneselvitys")
    ("kuntarakenneselvitys", "Project"), ("kuntaliitosselvitys", "Project"),
    # a fund that grants money to projects is written and named as a programme is ("Pohjois-Savon
    # kehittämisrahasto", "LIFE Luonto -rahasto"); the foundations named so are in the reference data
    ("rahasto", "Programme"),
]
PLACE_TYPES = {"Region", "Municipality", "CooperationArea"}
# the head words of bodies, from the Local Government Act and the Act on Wellbeing Services Counties (and the
# groups that run projects): one table, data/body_heads.csv, read by extract/body_vocabulary.py
BODY_PATTERN = body_pattern()
# abbreviations minutes head their extracts with ("Khall 12.6.2023 § 127", "Kst § 104", "kfge:s ordförande"):
# data/body_abbreviations.csv, read by extract/body_abbreviations.py
BODY_ACRONYMS = header_acronyms()
# the heads of office titles, from data/office_titles.csv (extract/office_titles.py): "-johtaja", "-ohjaaja",
# "-assistentti", "-chef", "-handledare"; `is_post` also honours its whole-word titles and its exceptions
POST_SUFFIXES = office_titles().heads
# what a title can end in, heads and whole-word titles: one `endswith` turns away most words before the table's
# exceptions are asked
_TITLE_ENDS = POST_SUFFIXES + tuple(office_titles().words)
# ...and their last three letters, a set lookup before the long `endswith` (is_post sees every capitalised word)
_TITLE_LAST3 = frozenset(e[-3:] for e in _TITLE_ENDS)
QUOTES = "\"“”«»„"
# "EU-hanke", "ESR-hanke", "RRF-hanke", "ELY-hanke" say who funds a project, not which one (not all are in the
# reference data; the ELY centres are there only by their full names)
FUNDING_ACRONYMS = {"EU", "ESR", "ESF", "EAKR", "ERDF", "EAFRD", "RRF", "JTF", "STEA", "RAY", "ELY"}


# legal forms written after the name: registered associations and foundations, companies
ASSOCIATION_FORMS = {"ry", "rf", "r.y.", "r.f.", "r.y", "r.f", "sr"}  # "r.y": the tokenizer keeps the last dot apart
# "osk": a cooperative's legal form after its name ("Lähivakuutus osk", "POP Pankkiliitto osk")
COMPANY_FORMS = {"oy", "oyj", "ab", "abp", "ky", "kb", "ltd", "osk"}
BREAK_WORDS = {"on", "ovat", "oli", "olivat", "ole", "ei", "eikä", "että", "joka", "jonka", "jossa", "joiden",
               "kun", "jos", "mutta", "osana", "alla", "liitteenä", "myös", "lisäksi", "jatkuu", "toimeenpannaan",
               "eli", "tai", "kautta", "kanssa", "mukaan", "jälkeen", "aikana", "vuonna", "är", "och", "att",
               # postpositions after a genitive ("Esittelyn perusteella X -hanke"): the phrase says why or how
               "perusteella", "mukaisesti", "avulla", "myötä", "johdolla", "puitteissa", "yhteydessä", "osalta",
               "vuoksi", "takia", "ansiosta", "toimesta",
               # a contact block's label run into the line before a name ("Lisätietoja Interreg Europe -ohjelmasta")
               "lisätietoja", "lisätiedot", "yhteystiedot"}
# cases that say where something happens or goes, never a case inside a project's name
_LOCAL_CASES = {"sisaolento", "sisäolento", "sisaeronto", "sisäeronto", "sisatulento", "sisätulento", "ulkoolento",
                "ulkoeronto", "ulkotulento"}
LOCAL_CASES = frozenset(_LOCAL_CASES)  # for modules that read where a phrase says a place
_SWEDISH_HEAD_FORM = re.compile(r"([a-zåäö]*(?:projekt|avtal))(?:et|ets|en|ens)")
# parties' abbreviations after a politician's name, Finnish, Swedish and Åland ones: "(kok.)", "(S)", "(SD)", "(Lib)"
PARTIES = {"kok", "kesk", "sd", "sdp", "vas", "vihr", "ps", "r", "rkp", "kd", "liik", "s", "m", "c", "v", "l", "mp",
            "lib", "obs", "msa", "msÅ", "fs", "sfp", "kp",
            # Sweden's liberals under their name until 2015 ("(FP)") and Finland's Blue Reform ("(sin.)")
            "fp", "sin"}
_SWEDISH_POSTS = ("ledare", "chef", "sekreterare", "ordförande", "handläggare", "samordnare", "direktör", "ansvarig",
                  "koordinator", "rektor", "ombudsman", "assistent", "forskare", "lektor", "professor", "ledamot",
                  "ledamöter", "ersättare", "ersättarna", "ledamöterna",
                  # the definite forms a protocol's prose writes before the name ("Ordföranden Anna X (M) öppnade")
                  "ordföranden", "ledamoten", "ersättaren", "sekreteraren", "chefen", "direktören")
# heads of kinds of organisations and units: a town's genitive before them is their owner, not a registered name
_KIND_WORDS = ("yhdistys", "seura", "liitto", "säätiö", "kerho", "klubi", "osuuskunta", "yhtiö", "keskus", "laitos",
               "kunta", "kaupunki", "yliopisto", "korkeakoulu", "opisto", "koulu", "sairaala", "seurakunta", "alue",
               "toimisto", "virasto", "yhtymä", "piiri", "lautakunta", "hallitus", "valtuusto", "ryhmä", "verkosto",
               "yksikkö", "palvelut", "palvelu", "asema", "talo", "tila", "kylä", "seutu", "maakunta", "lääni")


def _genitive_end(word: str) -> bool:
    """A genitive by its ending: Finnish "-n"/":n", Swedish "-s" ("Östra Nylands välfärdsområdes")."""
    return word.endswith(("n", "s")) and not word.endswith(("ss", "us"))


def is_post(word: str, morph: Morphology) -> str | None:
    """The base form of a post title ("perusturvajohtajana" -> "perusturvajohtaja"), else None."""
    if not word[:1].isalpha():
        return None
    for a in morph.analyse(word) or ():
        b = a.base.lower()
        if b[-3:] in _TITLE_LAST3 and b.endswith(_TITLE_ENDS) and a.cls in {"nimisana", None} and title_base(b):
            return b
    low = word.lower()
    return low if low[-3:] in _TITLE_LAST3 and low.endswith(_TITLE_ENDS) and title_base(low) else None


def _lemma(tok: Token, morph: Morphology) -> str:
    return lemma(tok.text, morph, "nominal")


def _undertaking_head(tok: Token, morph: Morphology) -> tuple[str, str] | None:
    """(head lemma, type) when the token is a word for a project, programme, agreement...

    Asked for every token several times, so answers are kept per word and morphology.
    """
    if not tok.text[:1].isalpha():  # Token.is_word without the property call
        return None
    key = (morph.name, tok.text)
    if key in _HEADS:
        return _HEADS[key]
    if len(_HEADS) >= Morphology.CACHE_LIMIT:
        _HEADS.clear()
    found = None
    # Swedish definite and genitive forms Voikko does not read ("Trygg vardag -projektet", "projektets")
    sv = _SWEDISH_HEAD_FORM.fullmatch(tok.text.lower())
    for base in [*_ordered_bases(tok.text, morph), *([sv.group(1)] if sv else [])]:
        if base.endswith(_DRAFT_AGREEMENT):
            # "vuokrasopimusluonnos", "Hankesopimusluonnos X:n kanssa": the draft a board approves is the agreement
            # itself, named by the draft's word; a bare "sopimusluonnos" says no more than a bare "sopimus"
            found = ("sopimus" if base == _DRAFT_AGREEMENT else base, "Agreement")
            break
        for suffix, typ in UNDERTAKING_HEADS:
            if base.endswith(suffix):
                found = (re.sub("osahake$", "osahanke", base), typ)  # the head's common typo
                break
        if found:
            break
    _HEADS[key] = found
    return found


_HEADS: dict[tuple[str, str], tuple[str, str] | None] = {}
_DRAFT = "luonnos"  # a draft of a document ("sopimusluonnos"): the minutes' word for the agreement before signing
_DRAFT_AGREEMENT = "sopimus" + _DRAFT


def _ordered_bases(word: str, morph: Morphology) -> tuple[str, ...]:
    """A word's base forms in the analyser's order, then the word itself.

    `Morphology.bases` is a set, whose order changes with the hash seed: the first base that fits a
    pattern must be the same in every run, or one run names a thing differently from the next.
    Asked for most tokens by the body and head rules, so kept per word and morphology like `_HEADS`."""
    key = (morph.name, word)
    hit = _ORDERED_BASES.get(key)
    if hit is None:
        if len(_ORDERED_BASES) >= Morphology.CACHE_LIMIT:
            _ORDERED_BASES.clear()
        out = [a.base.lower() for a in morph.analyse(word)] + [word.lower()]
        hit = _ORDERED_BASES[key] = tuple(dict.fromkeys(out))
    return hit


_ORDERED_BASES: dict[tuple[str, str], tuple[str, ...]] = {}


def _body_word(word: str, morph: Morphology) -> str | None:
    """The body a word is a form of ("lautakunnan" -> "lautakunta", "samarbetsnämndens" -> "samarbetsnämnd"), if any.

    Asked for every word of a document, so kept per word and morphology like `_HEADS`."""
    key = (morph.name, word)
    if key in _BODY_WORDS:
        return _BODY_WORDS[key]
    if len(_BODY_WORDS) >= Morphology.CACHE_LIMIT:
        _BODY_WORDS.clear()
    low = word.lower()
    # definite and genitive forms: "Nämnden", "samarbetsnämndens", "styrelsens", "fullmäktiges"
    sv = _SWEDISH_BODY_FORM.search(low)
    swedish = low[:sv.start()] + next(g for g in sv.groups() if g) if sv else None
    bases = _ordered_bases(word, morph)
    label = next((b for b in [*bases, swedish] if b and BODY_PATTERN.match(b)), None)
    if label is not None and label.endswith("jaos") and any(b.endswith("jako") for b in bases):
        label = None  # "tulonjaosta", "yksilöjaokseen": forms "jako" (a sharing) shares with "jaos" (a division)
    _BODY_WORDS[key] = label
    return label


_BODY_WORDS: dict[tuple[str, str], str | None] = {}
# Swedish adjectives that open an organisation's name before a place's genitive ("Svenska Österbottens förbund",
# "Nya ...")
_SWEDISH_NAME_ADJECTIVES = {"svenska", "finska", "nya", "gamla", "förenade"}
# Swedish function words and heads that end a name written in capitals
_SWEDISH_CAPS_STOPS = {"inom", "i", "och", "för", "på", "av", "till", "med", "om", "vid", "projektet", "programmet",
                       "avtalet", "gällande"}
# Swedish bodies in their definite and genitive forms: "Nämnden", "samarbetsnämndens", "styrelsens", "fullmäktiges"
_SWEDISH_BODY_FORM = re.compile(r"(nämnd|styrelse)(?:en|ens|ns|s)$|(fullmäktige)s?$|(stämma)(?:n|ns)$|"
                                r"(beredningsorgan)(?:et|ets)$|(utskott)(?:et|ets)$|(råd)(?:et|ets|s)$|"
                                r"(direktion)(?:en|ens|s)$")


def _number(tok: Token, morph: Morphology) -> str | None:
    """The head's grammatical number when every reading agrees on it, else None."""
    numbers = {a.number for a in morph.analyse(tok.text)}
    return next(iter(numbers)) if len(numbers) == 1 else None


# field labels of project cards and minutes forms that a copied page glues to their values ("NimiHyvä arki",
# "YhteyshenkilöMatti Virtanen", "Nämnd:Arbetsmarknadsnämnden", "StyrelseVasa stads styrelse")
GLUED_LABELS = {"nimi", "yhteyshenkilö", "yhteyshenkilöt", "vastuuhenkilö", "hallinnoija",
                "toteuttaja", "toteuttajat", "päätoteuttaja", "osatoteuttaja", "osatoteuttajat", "rahoittaja",
                "hakija", "organisaatio", "kumppanit", "yhteistyökumppanit", "toimielin", "namn", "projektnamn",
                "kontaktperson", "nämnd", "styrelse", "organ", "sökande", "finansiär", "projektägare",
                "underskrift", "underskrifter", "allekirjoitus", "allekirjoitukset"}


def _adjective_agreeing(word: Token, head: Token, morph: Morphology) -> bool:
    """An adjective (only that reading) in the head's case right before it: it inflects with the head."""
    readings = morph.analyse(word.text)
    cases = {a.case for a in morph.analyse(head.text)}
    return bool(readings) and all(a.cls in {"laatusana", "nimisana_laatusana"} for a in readings) and any(
        a.case in cases for a in readings) and all(a.cls == "laatusana" or a.base.lower().endswith("inen")
                                                    for a in readings)


GENERIC_MODIFIERS = {"hanke", "tämä", "kyseinen", "koko", "uusi", "edellinen", "sama", "oma", "muu", "eri",
                     "kaikki", "nyt", "tuleva", "kyseessä", "kunta", "kuntayhtymä", "yhteinen", "kansallinen",
                     "valtakunnallinen", "maakunnallinen", "alueellinen", "erillinen", "nykyinen", "se", "tuo"}
# first parts of hyphenated compounds that say what kind of project, not which ("Kärki-hanke", "Sote-hanke")
GLUED_GENERIC = {"sote", "kärki", "osa", "pilotti", "kunta", "maakunta", "alue", "eu", "esr", "eakr", "kehitys",
                 "kehittämis", "jatko", "esi", "tutkimus", "investointi", "yhteis", "kärkihanke", "hanke"}
_LEGAL_FORM_END = re.compile(r"\s+(?:ry|r\.y\.?|rf|r\.f\.?|sr|oy|oyj|ab|abp|ky|kb|ltd|osk)$", re.IGNORECASE)
# a coined name with a capital inside ("JokiSote", "UusOptimi"), its case endings, and organisations' last parts
_CAMEL = re.compile(r"([A-ZÅÄÖ][a-zåäö]{1,})([A-ZÅÄÖ][a-zåäö]{1,}(?:[A-ZÅÄÖ][a-zåäö]+)?)")
# "Paf-stöd", "STEA-avustusta", "RAY-rahoituksella": a name compounded with a word for its money
_MONEY_WORDS = r"(?:rahoitu|avustu|tuki|tuke|tuen|finansiering|stöd|medel|bidrag)"
_MONEY_COMPOUND = re.compile(rf"^([A-ZÅÄÖ][A-Za-zåäöÅÄÖ]+)-{_MONEY_WORDS}\w*$")
# English and Swedish function words, capitalised in titles, never surnames ("Stig In!", "Come In!")
_FUNCTION_WORDS = {"in", "on", "of", "the", "and", "for", "to", "at", "by", "av", "och", "på", "till", "med", "om",
                   "för", "från", "ut", "upp"}


def _glued_label(toks: list[Token], i: int) -> bool:
    """Token i is a field label that was glued to the value after it (see _split_glued_labels)."""
    return (toks[i].text.lower() in GLUED_LABELS and i + 1 < len(toks)
            and toks[i + 1].start == toks[i].end)


# kinds of association that end a compound name ("vanhustensäätiö", "Kehitysvammaliitto", "keskusliitto");
# regional councils and the association of municipalities are in the reference data under their full names
def _without_closing_quote(name: str) -> str:
    """"'Arjen tuki kotona' -hankkeessa": the tokenizer keeps a single quote on the word it closes; a lone closing
    quote is no letter of the name (an apostrophe inside a name, or a pair of them, is kept)."""
    return name[:-1] if name[-1:] in {"'", "’"} and name.count(name[-1]) == 1 else name
