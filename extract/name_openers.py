"""Words that stand before a registered name without being a word of it (issue 12, the left edge of names).

The recogniser reads an association's or a company's name back from its legal form ("ry", "Oy", "sr", "rf")
over the capitalised words before it. A word opening a line or a clause is capitalised whatever it is, so on
project cards, grant lists and news pages the walk also took the row's label or the clause's first word:
"Tuensaaja Kotiranta Tuki ry", "Kumppani Lumon Palvelut Oy", "Toiminnanjohtaja Kotiranta Tuki ry",
"Kaupunginhallitus Kotiranta Tuki ry", "Erityisesti Kotiranta Tuki ry", "Kiitos Lumon Palvelut Oy:lle". The
name then has the wrong extent: one missed and one spurious organisation, and every fact on it lost. On the
blind documents such near misses (ours wider before the name) came about five times as often per document as
on development, whose pages were fixed one by one.

Each class below is general Finnish, Swedish or English vocabulary, no list of names:
- the roles a form or a list gives an organisation (an agent noun of the funding and project vocabulary:
  "hakija", "tuensaaja", "toteuttaja", "myöntäjä", "järjestäjä"; "kumppani", "osapuoli", "-taho"), in Swedish
  and English too ("stödmottagare", "samarbetspartner", "Lead Partner", "Applicant");
- a post title in the singular ("Toiminnanjohtaja", "Sihteeri"); a plural is kept, since associations are
  named by their members ("Omaishoitajat ja Läheiset ry", "Kehittäjät Coop Finland ry");
- a body's word in the nominative ("Kaupunginhallitus", "Lautakunta"): an item's deciding body, no name's word;
- the words of an undertaking ("Hanke", "Projekti"): a card's heading before its owner;
- a field or item word of minutes and cards ("Kohde", "Paikka", "Ehdotus", "Päätös"), a document's kind
  ("Toimintakertomus", "Pöytäkirja") and a web page's furniture ("Etusivu", "Uutiset", "Ajankohtaista");
- a greeting ("Kiitos", "Onnittelut", "Tervetuloa");
- a manner adverb in -sti ("Erityisesti") and a word in a case of where ("Facebookissa", "Kuopiossa"), which no
  registered name opens with;
- an office named by an acronym ("ELY-keskus", "TE-toimisto") and a person written surname first ("Virtanen
  Matti"), the cells of a list before the organisation's;
- a town's or a public kind's bare nominative ("Kuopio", "Kaupunki") right before another place's genitive that
  opens the name ("Kuopio Pohjois-Savon Kylät ry": two cells of a row).

Only the front of the span is trimmed, one word at a time, and only while a capitalised word of the name
remains after it before the legal form, so a name is never emptied and a word inside a name is never cut.

The same classes bound the other readers that run a name back over capitals: an undertaking's name before
" -hanke" and its compound head (undertaking_names.py: roles, singular posts, bodies, public kinds, greetings,
page furniture and document kinds only, since an undertaking's own name may open with an adverb, a case of where
or "Hanke"), a kind-first name after a row's label ("Tuensaaja Kyläyhdistys Kotiranta"), the Swedish kind-headed
and founders' names, and the name field of a grant row or a list item (listed_receivers.py, `skip_openers`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from welfare_kg.extract.first_names import listed_first_name
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import fold, identity_key
from welfare_kg.extract.recognition_words import _SWEDISH_POSTS, _body_word, _undertaking_head, is_post
from welfare_kg.extract.surnames import listed_surname
from welfare_kg.extract.text import Token
from welfare_kg.extract.town_names import town_names

# the roles a card, a form or a grant list gives an organisation: compound ends of the base form
ROLE_HEADS = ("hakija", "saaja", "toteuttaja", "hallinnoija", "myöntäjä", "rahoittaja", "järjestäjä", "tilaaja",
              "omistaja", "vastaanottaja", "kumppani", "partneri", "taho", "osapuoli", "osallistuja",
              "ylläpitäjä", "esittelijä", "valmistelija", "jäsen", "kirjoittaja", "tukija", "sponsori")
# field and item words of minutes, cards and lists, in the nominative
FIELD_WORDS = frozenset({"kohde", "paikka", "aika", "ajankohta", "ehdotus", "päätös", "päätösehdotus", "esitys",
                         "liite", "asia", "kuvaus", "tavoite", "summa", "määrä", "vastuuhenkilö"})
# a web page's furniture and a document's kind, run into the line before the name when a page is flattened
# ("Etusivu Uutiset X ry", "Toimintakertomus X ry"): words as written, and compound ends of nominative bases
PAGE_WORDS = frozenset({"etusivu", "ajankohtaista", "uutiset", "arkisto", "haku", "valikko", "sivukartta", "palaute",
                        "lisätietoa", "blogi", "tapahtumat", "julkaisut", "startsida", "nyheter", "aktuellt",
                        "kontakt", "meny", "sök", "arkiv", "home", "news", "menu", "search",
                        # a page's calls to act ("Seuraa X ry:tä Facebookissa", "Tilaa uutiskirje")
                        "seuraa", "tilaa", "liity", "lahjoita", "tutustu", "jaa", "tykkää", "följ", "dela",
                        # and its links between pages and posts
                        "takaisin", "edellinen", "seuraava", "tagit", "avainsanat", "toiminta"})
DOCUMENT_ENDS = ("kertomus", "pöytäkirja", "kokous", "suunnitelma", "tiedote", "raportti", "kirje", "seloste",
                 "katsaus", "esite", "ilmoitus", "hakemus", "lausunto", "uutinen", "sivu")
# the part of a page's furniture that never opens an undertaking's own name either (a title may open with "Haku",
# "Toiminta", "Liiku", "Tutustu": only a registered name's run is cut at those)
NAVIGATION = frozenset({"etusivu", "ajankohtaista", "uutiset", "sivukartta", "valikko", "lisätietoa", "takaisin",
                        "edellinen", "seuraava", "tagit", "avainsanat", "startsida", "nyheter", "aktuellt", "meny",
                        "home", "news", "menu"})
GREETINGS = frozenset({"kiitos", "kiitokset", "onnittelut", "onnittelumme", "tervetuloa", "terveiset",
                       "tack", "grattis", "välkommen"})
# Swedish and English labels of roles (no Finnish morphology reads them)
FOREIGN_ROLE_ENDS = ("mottagare", "partner", "ägare", "sökande", "arrangör", "arrangörer",
                     "huvudman", "utförare", "finansiär")
FOREIGN_ROLES = frozenset({"lead", "applicant", "applicants", "beneficiary", "coordinator", "organisation",
                           "organization", "funder", "owner", "host"})


# the inessive, elative, adessive and ablative: where something is or comes from
_WHERE_CASES = frozenset({"sisaolento", "sisäolento", "sisaeronto", "sisäeronto", "ulkoolento", "ulkoeronto"})


def _readings(tok: Token, morph: Morphology) -> list:
    return list(morph.analyse(tok.text) or ())


def role_word(tok: Token, morph: Morphology, *, foreign: bool = True) -> bool:
    """A role a form or a list gives an organisation ("Tuensaaja", "Kumppanit", "Stödmottagare", "Partner"); the
    Swedish and English ones only with `foreign` (an undertaking's English name may open with "Partner")."""
    low = tok.text.lower()
    if low in FOREIGN_ROLES or low.endswith(FOREIGN_ROLE_ENDS):
        return foreign
    readings = _readings(tok, morph)
    return bool(readings) and all(a.cls == "nimisana" and a.case == "nimento" and _role_base(a.base.lower())
                                  for a in readings)


def _role_base(base: str) -> bool:
    """A role's base form: one of ROLE_HEADS or a compound ending in one; "saaja" (receiver) only after a
    genitive's "n" ("tuensaaja", "avustuksensaaja"), since "osaaja" (an expert, "Digiosaaja") ends so too."""
    if base == "saaja" or base.endswith("nsaaja"):
        return True
    return base.endswith(ROLE_HEADS) and not base.endswith("saaja")


def opener_word(tok: Token, morph: Morphology, *, loose: bool = True) -> bool:
    """Whether a capitalised word in front of a name is a role label, a post, a body or a public kind that stands
    before the name (see the module's docstring), or a greeting, a page's furniture, a document's kind; `loose`
    adds field words, undertaking heads in the singular and manner adverbs, which stand before a registered name
    but may open an undertaking's free-worded one ("Turvallisesti Kotona -hanke")."""
    if not tok.is_word or not tok.is_cap or (tok.text.isupper() and len(tok.text) > 1):
        return False
    low = tok.text.lower()
    if low in GREETINGS or low in NAVIGATION or (loose and (low in PAGE_WORDS or low in FIELD_WORDS)):
        return True  # "Kiitos Hyvä Arki -hankkeelle", "Onnittelut X ry:lle": a greeting, then whom it greets
    if role_word(tok, morph, foreign=loose):
        return True
    if _agency_compound(tok, morph):
        return True
    if loose and town_demonym(tok.text):
        return True  # "Kuopiolainen X ry sai ...", "Vihtiläisen X-seuran": where the name's bearer is from
    readings = _readings(tok, morph)
    if all(a.cls is None for a in readings):
        # a Swedish word no Finnish lexicon reads: a post ("Ordförande", "Verksamhetsledare") or a body
        # ("Kommunstyrelsen") before the name
        return low.endswith(_SWEDISH_POSTS) or _deciding_body(tok, morph, loose=loose)
    if loose and all(a.case in _WHERE_CASES for a in readings):
        return True  # "Jaa Facebookissa X ry", "Kuopiossa X ry": where, no registered name's first word
    if loose and all(a.case == "kerrontosti" for a in readings):
        return True  # "Erityisesti": a manner adverb ("Lisäksi", "Myös" are read as openers already)
    # in the nominative only, a common noun among the readings ("Kaupunginhallitus" is a name's reading too)
    if not (all(a.case == "nimento" for a in readings) and any(a.cls == "nimisana" for a in readings)):
        return False
    if _public_kind(tok, morph):
        return True  # "Kaupunki", "Kunta": the text's own town by its kind, never a registered name's first word
    if is_post(tok.text, morph) and all(getattr(a, "number", "singular") != "plural" for a in readings):
        return True
    if _deciding_body(tok, morph, loose=loose):
        return True
    if any(a.base.lower().endswith(DOCUMENT_ENDS) for a in readings if a.cls == "nimisana"):
        return True  # "Toimintakertomus X ry", "Pöytäkirja X Oy": the document's kind heads the page
    if _undertaking_head(tok, morph) is None:
        return False
    # "Hanke X ry" before a registered name; before an undertaking's name only the plural, a page's menu item
    # ("Etusivu Hankkeet X -hanke"), since "Hanke" may open the name it heads
    return loose or all(getattr(a, "number", None) == "plural" for a in readings)


# the bodies that decide, whose name never opens an undertaking's ("Kaupunginhallitus X -hanke"); a group's word
# may ("Styrgrupp X", "Työryhmä X" as a coined title), so before an undertaking only these count
_DECIDING_HEADS = ("hallitus", "lautakunta", "valtuusto", "jaosto", "styrelse", "styrelsen", "nämnd", "nämnden",
                   "fullmäktige")


_DEMONYM = re.compile(r"(?P<stem>[A-ZÅÄÖ][a-zåäö-]{2,})(?:lai|läi)(?:nen|sen)")


def town_demonym(word: str) -> bool:
    """A Finnish town's demonym adjective in the nominative or genitive ("Kuopiolainen", "Vihtiläisen",
    "Eurajokelainen"): news writes where an association or a company is from before its name, and a registered name
    does not open with it (a nation's adjective may: "Suomalainen Kirjakauppa", so only a municipality's name counts,
    data/municipalities.csv and data/former_municipalities.csv)."""
    m = _DEMONYM.fullmatch(word)
    if m is None:
        return False
    stem = m.group("stem").lower()
    towns = _lower_towns()
    return stem in towns or (stem.endswith("e") and stem[:-1] + "i" in towns)


@lru_cache(maxsize=1)
def _lower_towns() -> frozenset[str]:
    return frozenset(t.lower() for t in town_names())


def _deciding_body(tok: Token, morph: Morphology, *, loose: bool) -> bool:
    """A body's word in front of a name: any body before a registered name, a deciding one before an
    undertaking's."""
    body = _body_word(tok.text, morph)
    return body is not None and (loose or body.lower().endswith(_DECIDING_HEADS)
                                 or tok.text.lower().endswith(_DECIDING_HEADS))


def trim_openers(toks: list[Token], start: int, form: int, morph: Morphology, places: set[int]) -> int:
    """The first word of the registered name whose legal form is token `form`, given the walk back's `start`:
    opener words are cut off the front while a capitalised word of the name stays between them and the form.
    `places` are the tokens the gazetteer read as places."""
    for k in range(form - 2, start, -1):
        if toks[k].is_cap and toks[k + 1].is_cap and toks[k + 1].is_word \
                and (rs := _readings(toks[k], morph)) and all(a.case in _WHERE_CASES for a in rs):
            # "Hyvä Arki Kylissä Kotiranta Tuki ry": a capitalised word in a case of where ends the title before
            # the name (a name may end so before its form, "X Kylissä ry", but runs on in the nominative)
            start = k + 1
            break
    while start + 1 < form and toks[start + 1].is_cap and toks[start + 1].is_word:
        tok = toks[start]
        if opener_word(tok, morph):
            start += 1
            continue
        if start + 2 < form and _common_genitive(tok, morph) and opener_word(toks[start + 1], morph) \
                and toks[start + 2].is_cap and toks[start + 2].is_word:
            start += 2  # "Hallituksen Puheenjohtaja X ry", "Avustuksen Saaja X ry": a label in title case
            continue
        if start + 2 < form and listed_surname(tok.text) and not listed_first_name(tok.text) \
                and listed_first_name(toks[start + 1].text) and toks[start + 2].is_cap and toks[start + 2].is_word \
                and not toks[start + 1].text.endswith("n"):
            # "Virtanen Matti Kotiranta Tuki ry": a member list's person, surname first, then the organisation
            start += 2
            continue
        if start in places and _town_nominative(tok, morph) and _genitive(toks, start + 1, morph, places):
            # "Kuopio Pohjois-Savon Kylät ry", "Kuopio Virtasen Rakennus Oy": a town in the nominative, then a
            # genitive opening the name, are two cells of a row; a name that opens with its town goes on in the
            # nominative ("Nykarleby Kraftverk AB", "Talentia Kuopio ry"); a word of a longer place's name is no
            # town of its own ("Egentliga Finlands Byar r.f.")
            start += 1
            continue
        break
    return start


_PUBLIC_KINDS = frozenset({"kunta", "kaupunki", "maakunta", "hyvinvointialue", "kuntayhtymä", "seurakunta"})


def _public_kind(tok: Token, morph: Morphology) -> bool:
    readings = _readings(tok, morph)
    return bool(readings) and all(a.case == "nimento" for a in readings) \
        and any(a.base.lower() in _PUBLIC_KINDS for a in readings)


def _genitive(toks: list[Token], k: int, morph: Morphology, places: set[int]) -> bool:
    """A capitalised word in the genitive: Finnish (every reading) or a Swedish place's -s genitive."""
    readings = _readings(toks[k], morph)
    if readings and all(a.case == "omanto" for a in readings):
        return True
    return k in places and toks[k].text.endswith("s") and all(a.cls is None for a in readings)


def _town_nominative(tok: Token, morph: Morphology) -> bool:
    """A one-word place name in the nominative, as the lexicon reads it ("Kuopio", "Vaasa")."""
    readings = _readings(tok, morph)
    return tok.text.isalpha() and bool(readings) and all(a.cls == "paikannimi" and a.case == "nimento"
                                                         for a in readings)


# the public offices an acronym names with a compound ("ELY-keskus", "TE-toimisto", "AVI-virasto")
_OFFICE_HEADS = ("keskus", "toimisto", "virasto", "laitos", "ministeriö", "hallinto", "palvelut")


def _agency_compound(tok: Token, morph: Morphology) -> bool:
    """An office named by an acronym and a lower-case head in the nominative ("ELY-keskus", "TE-toimisto"): an
    agency of its own before the registered name, as a cell of a list of funders or partners; kinds of
    association after an acronym ("4H-yhdistys", "MLL-yhdistys") stay words of the name."""
    acronym, _, tail = tok.text.partition("-")
    if not (len(acronym) >= 2 and acronym.isupper() and tail[:1].islower()):
        return False
    readings = _readings(Token(tail, 0, len(tail)), morph)
    return bool(readings) and all(a.case == "nimento" for a in readings) \
        and any(a.base.lower().endswith(_OFFICE_HEADS) for a in readings)


def _common_genitive(tok: Token, morph: Morphology) -> bool:
    """A common noun in the genitive only ("Hallituksen", "Hankkeen", "Avustuksen"): whose post or role follows."""
    readings = _readings(tok, morph)
    return bool(readings) and all(a.cls == "nimisana" and a.case == "omanto" and a.base[:1].islower()
                                  for a in readings)


_FRONT_WORD = re.compile(r"([A-ZÅÄÖ][\w-]*)[ \t]+(?=[A-ZÅÄÖ0-9\"'”])")
_FRONT_WORDS = 3  # opener words a row's field may open with ("Etusivu Uutiset", "Hallituksen Puheenjohtaja")


def skip_openers(text: str, a: int, b: int, morph: Morphology, *, loose: bool = True) -> int:
    """Where the name in a row's or a list item's field text[a:b] begins: past the opener words in front of it
    (a label, a post, a page's furniture: `opener_word`, `loose` as there), while a capitalised word follows."""
    for _ in range(_FRONT_WORDS):
        m = _FRONT_WORD.match(text, a, b)
        if m is None:
            break
        if not opener_word(Token(m.group(1), m.start(1), m.end(1)), morph, loose=loose):
            break
        a = m.end()
    return a


_UNDERTAKINGS = frozenset({"Project", "Programme", "Agreement"})


def trim_undertaking_openers(per_sentence: list[list[Mention]], morph: Morphology) -> list[list[Mention]]:
    """per_sentence with the opener words cut off the front of the undertakings' names that the line and
    heading readers took whole ("Ajankohtaista Mural Rural", "Kumppani Stop Kiusaamiselle", "STEA Iloa
    tarinasta" under a page's menu, a row's label or a funder's cell): only the words `opener_word` reads
    without `loose`, and only where the label opens with the same words as the text."""
    out: list[list[Mention]] = []
    for ms in per_sentence:
        kept: list[Mention] = []
        for m in ms:
            if m.type in _UNDERTAKINGS and not m.iri and m.surface[:1].isupper():
                cut = skip_openers(m.surface, 0, len(m.surface), morph, loose=False)
                # (a name is left that opens with a capital: "Digiosaaja 2.0" is no label and a version)
                if 0 < cut < len(m.surface) and m.surface[cut:cut + 1].isupper() \
                        and m.label.startswith(m.surface[:cut]):
                    label = m.label[cut:].strip()
                    m = replace(m, start=m.start + cut, surface=m.surface[cut:], label=label,
                                key=(identity_key(label, morph) or fold(label)) if m.key else None,
                                parts=tuple(dict.fromkeys(p[cut:].strip() if p.startswith(m.surface[:cut]) else p
                                                          for p in m.parts)))
            kept.append(m)
        out.append(kept)
    return out
