"""Reading the names of undertakings no list holds: projects, programmes, agreements and work packages
("X -hanke", compounds ending in -hanke/-ohjelma/-sopimus with their modifiers, quoted and bracketed names,
Swedish "projektet X"). A mixin of the Recogniser (extract/entities.py), split out of it to keep that module
one reader of a size one can hold: the methods use the Recogniser's state and its shared readers through
self."""

from __future__ import annotations

import re

from welfare_kg.extract.fields import LABELS
from welfare_kg.extract.first_names import listed_first_name
from welfare_kg.extract.funding_modifiers import describing_compound
from welfare_kg.extract.gazetteer import (
    MUNICIPALITY_HEADS,
    REGION_HEADS,
)
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import FINITE_MOODS, SWEDISH_FINITE, Morphology
from welfare_kg.extract.name_openers import opener_word
from welfare_kg.extract.names import base_of, identity_key, join_tokens, name_base_form
from welfare_kg.extract.recognition_words import (
    _CAMEL,
    _FUNCTION_WORDS,
    _KIND_WORDS,
    _LEGAL_FORM_END,
    _LOCAL_CASES,
    _MONEY_COMPOUND,
    _SWEDISH_CAPS_STOPS,
    ASSOCIATION_FORMS,
    BODY_PATTERN,
    BREAK_WORDS,
    COMPANY_FORMS,
    FUNDING_ACRONYMS,
    GENERIC_MODIFIERS,
    GLUED_GENERIC,
    QUOTES,
    _body_word,
    _genitive_end,
    _glued_label,
    _lemma,
    _number,
    _undertaking_head,
    _without_closing_quote,
    is_post,
)
from welfare_kg.extract.text import Token
from welfare_kg.loaders.minutes import PART_HEADINGS

# Swedish adverbs of time that sit between "har" and its supine ("har snart varit", "har redan pågått"): never a
# name's lower-case word
_SWEDISH_TIME_ADVERBS = frozenset({"snart", "redan", "alltid", "också", "även", "ännu", "fortfarande", "just",
                                   "äntligen", "dessutom", "sedan", "länge", "nyss", "aldrig"})

# the participle of administering or coordinating in a case an attribute takes ("yhdistyksen hallinnoima X")
_YEAR_SPAN_BIT = re.compile(r"(?:19|20)\d{2}(?:[–-](?:19|20)\d{2})?|[–-]")  # "2010–2014", "2010 - 2014"
_ADMINISTERED = re.compile(r"(?:hallinnoi|koordinoi)m(?:a|an|aa|assa|asta|aan|alla|alle|alta|ana)")
# the forms of "niminen" ("named") that stand between a name and its head ("X nimistä ohjelmaa")
_NAMED_AS = {"niminen", "nimisen", "nimistä", "nimiseen", "nimiselle", "nimisessä", "nimisellä", "nimisestä",
             "nimisenä", "nimiseksi", "nimiset", "nimisiä", "nimisten", "nimisille", "nimisiin", "nimisissä"}
# first parts of a compound head that say what kind of undertaking, never which ("Kehittämishanke", "Yhteishanke")
_KIND_OF_UNDERTAKING = {"kehittämis", "selvitys", "tutkimus", "investointi", "yhteis", "yhteistyö", "pilotti", "kärki",
                        "osa", "esi", "jatko", "kehitys", "koulutus", "rakennus", "hallitus", "toiminta", "kunta",
                        "maakunta", "alue", "sote", "perus", "kansallis", "kansainvälis", "erillis", "muutos",
                        "toimenpide", "vaikuttavuus", "painopiste", "kärkihanke", "yhteiskehittämis",
                        "toteutus", "leader"}  # "Toteutushanke:" (a card's field label), "Leaderhanke": kinds
# generic adjectives that a genitive chain opened by a place may carry into a project's name ("Itä-Uudenmaan alueen
# kuntien yhteinen rakenneuudistushanke"); alone before the head they only say what kind of project
# words before such a chain that make it a description or a list of owners, not a name
_NOT_BEFORE_SHARED = {"on", "oli", "ovat", "olivat", "olisi", "ja", "sekä", ","}
# the kinds of housing and property company whose legal form opens their name ("Kiinteistö Oy X", "Asunto Oy Y")
_PROPERTY_FORMS = frozenset({"kiinteistö", "asunto", "bostads", "fastighets"})
_SHARED_ADJECTIVES = {"yhteinen", "alueellinen", "seudullinen", "maakunnallinen", "valtakunnallinen", "kansallinen"}
def _section_number(toks: list[Token], k: int) -> bool:
    """Whether the number at `k` opens the next heading of a contents list run into one line ("... projektet
    Kultursommar i Österbotten 4 PERSONAL OCH KANSLI 5 ..."): a heading in capitals follows it, no word of the name."""
    return k + 1 < len(toks) and toks[k + 1].text.isupper() and len(toks[k + 1].text) > 1 and toks[k + 1].is_word


# common nouns whose genitive says whose an undertaking is, never what it is called ("Kaupungin
# investointirahasto", "Yhdistyksen juhlarahasto", "Seurakunnan diakoniarahasto": capitalised only as a sentence's
# first word), unless a name before makes them part of an owner's name ("Sastamalan kaupungin ja ... välinen sopimus")
_OWNER_OF_UNDERTAKING = frozenset({"kaupunki", "seurakunta", "yhdistys", "säätiö", "järjestö", "hyvinvointialue",
                                   "yhtymä", "yhtiö", "yritys", "liitto", "ministeriö", "virasto", "lautakunta"})
# what makes a number after a name an amount or a share, not the name's own ("projektet X 500 euro")
_AMOUNT_WORDS = frozenset({"euro", "euroa", "€", "%", "procent", "prosenttia", "kr", "kronor", "milj", "miljoner",
                           "miljoonaa", "e", "eur"})
# determiners that make what follows any thing of its kind ("muun julkisen hankintayksikön ostopalvelusopimus")
# a Swedish grant table's column heads after "projektet" ("Beskrivning av projektet Beviljat"): no project's name
_SV_GRANT_COLUMNS = frozenset({"beviljat", "beviljad", "beviljade", "beviljas", "sökt", "ansökt", "belopp", "summa",
                               "kronor", "euro", "status"})
_INDEFINITE = frozenset({"muu", "eri", "kaikki"})
_DEMONSTRATIVES = frozenset({"tämä", "tuo", "se", "nämä", "nuo", "ne"})
# "such a" (of this, that or the said kind): Voikko reads them as adjectives; they point, they name nothing
_KIND_DEMONSTRATIVES = frozenset({"tällainen", "tuollainen", "sellainen", "moinen"})
# pronouns that ask or point ("Mitä se on", "Tämä hanke"): never the first word of a name after a bare head
_POINTING_PRONOUNS = _DEMONSTRATIVES | {"mikä", "kuka", "joka", "kumpi", "millainen", "mitä"}
# programme families written as one capitalised word before their own specifiers ("Interreg Aurora")
_PROGRAMME_WORDS = frozenset({"interreg", "leader", "erasmus", "erasmus+", "horisontti", "horizon", "tacis"})
# heads that a name may stand before in the nominative when the dash is left out ("X projekti")
BARE_HEADS = {"hanke", "projekti", "ohjelma", "osahanke"}
NOT_NAMES = {"hallitusohjelma", "hankesuunnitelma", "ohjelma", "sopimus", "hanke", "projekti", "hankeaika",
             "hallitusohjelmaa"}
# generic modifiers that point at a thing named elsewhere: never the first word of a coined two-word name
_POINTING_MODIFIERS = {"hanke", "tämä", "kyseinen", "sama", "muu", "nyt", "kyseessä", "kunta", "kuntayhtymä", "se",
                       "tuo", "edellinen", "nykyinen", "erillinen"}
# words for "name" that a quoted name follows ("kulkee nimellä ”X”", "gick under namnet ”X”")
NAME_WORDS = {"nimellä", "nimeltään", "nimi", "namnet", "namn"}
# adjectives that say how a project is funded, never part of its name ("EU-osarahoitteinen hanke")
FUNDING_ADJECTIVES = ("rahoitteinen", "avusteinen", "rahoitettu", "rahoittama", "avustettu")
# the same adjectives in any case form, for compounds Voikko does not know ("ESR-rahoitteisen")
FUNDING_STEMS = ("rahoittei", "avustei", "rahoitet", "rahoittam", "avustet")
# nouns that open a minutes title about a project without being part of its name
PROCEDURAL = {"osallistuminen", "sitoutuminen", "liittyminen", "hyväksyminen", "kuntasitoumus", "sitoumus",
              "lausunto", "esitys", "ilmoitus", "hakemus", "avustushakemus", "osallistumispäätös", "päätös",
              "kuntarahoitusosuus", "rahoitusosuus", "jatkaminen", "valinta", "nimeäminen", "deltagande"}
# what a decision does to a project ("rahoituksen myöntäminen X -projektille"); a project's own aim
# ("Lastensuojelun monialainen kehittäminen Pohjois-Suomessa") is no such act
PROCEDURAL_ACTS = {"myöntäminen", "hyväksyminen", "rahoittaminen", "muuttaminen", "käynnistäminen", "jatkaminen",
                   "osallistuminen", "valitseminen", "nimeäminen", "käsitteleminen", "siirtäminen", "peruuttaminen",
                   "vahvistaminen", "raukeaminen", "lopettaminen", "hakeminen", "päättäminen", "täydentäminen",
                   "myöntää", "hyväksyä", "rahoittaa", "muuttaa", "käynnistää", "jatkaa", "osallistua", "valita",
                   "nimetä", "käsitellä", "siirtää", "peruuttaa", "vahvistaa", "raueta", "lopettaa", "hakea",
                   "päättää", "täydentää"}
# words that never sit inside a name: they end a backwards walk even when morphology is unavailable
# words that join the parts of a name in title case ("Varsinais-Suomen ja Satakunnan Muistiluotsi", "Dance of the
# Fisherman"): not a lower-case clause before it
_TAIL_CONNECTIVES = {"ja", "sekä", "tai", "och", "eller", "&", "of", "the", "and", "for", "in", "i", "för", "av"}
# small words inside a Swedish or English name in title case ("Unga i Norden", "Youth in Action"); not a conjunction,
# which may join two names
_NAME_CONNECTIVES = {"i", "för", "på", "av", "med", "till", "of", "the", "for", "in", "on"}
# an agreement's title before a project's name: "Sopimus yhteistyöstä X -projektissa", "Yhteistyösopimus X -hanke"
_AGREEMENT_WORDS = ("sopimus", "avtal", "avtalet")
_ELATIVE_CASES = {"sisaeronto", "sisäeronto"}
# the endings of an "-inen" adjective ("kolmivuotinen") per case of the head it agrees with
# kinds of report whose title names the project they are about ("Loppuraportti X-projekti", "Väliraportti ...")
_REPORT_NOUNS = ("raportti", "kertomus", "katsaus", "julkaisu")
_INEN_ENDINGS = {
    "nimento": ("inen",), "omanto": ("isen",), "osanto": ("ista", "istä"), "sisatulento": ("iseen",),
    "sisaolento": ("isessa", "isessä"), "sisaeronto": ("isesta", "isestä"), "ulkotulento": ("iselle",),
    "ulkoolento": ("isella", "isellä"), "ulkoeronto": ("iselta", "iseltä"), "tulento": ("iseksi",),
    "olento": ("isena", "isenä"),
}


def _lower_tail(tok: Token) -> bool:
    """A capital only before an inner hyphen ("EU-rahoitteisesta"): the word is in lower case after it."""
    head, dash, tail = tok.text.rpartition("-")
    return bool(dash and head and tail[:1].islower())


def _coined_capitals(tok: Token) -> bool:
    """A coined name in capitals of four letters or more ("STARTTIVOIMAA", "KOTIVA")."""
    return tok.is_word and len(tok.text) >= 4 and tok.text.isupper() and tok.text.isalpha()
# "statsunderstödsprojektet X", a sentence's "Delprojektet X", a fund's "ESF-projektet X"
_SWEDISH_HEAD_COMPOUND = re.compile(r"(?:[a-zåäö]{3,}|[A-ZÅÄÖ][a-zåäö]{3,}|(?:ESF|ERUF|EU|Leader|LEADER|Interreg)-)"
                                    r"(projektet)")
_SWEDISH_HEAD_END = re.compile(r"(projekt|program)(?:et|ets|en|ens|s)?$")
_ACRONYM = re.compile(r"[A-ZÅÄÖ]{2,10}\d{0,4}")
# "tutkimus" (a study) in a case, as the head of a coined acronym's name ("PROMEQ-tutkimuksen"); not a compound
# ("tutkimusryhmä", a research group)
_RESEARCH_HEAD = re.compile(r"tutkimu(?:s|sta|ksen|kseen|ksessa|ksessä|ksesta|kselle|ksella|kset|ksia|ksiin)")
_ACRONYM_DASH = re.compile(r"^([A-ZÅÄÖ]{2,10}\d{0,4}|[A-ZÅÄÖ]\d{1,4})-(\w*)$")  # "TOP-hanke", "M20-hankkeen"
_FINITE = frozenset({"indicative", "conditional", "imperative", "potential"})
# (Swedish glues its definite head the same way: "Trygg vardag-projektet", "Trygg vardag-projektets")
_LOWER_GLUED = re.compile(r"^([a-zåäö]{2,})-((?:hanke|hankkee|projekti)[a-zåäö]*|projekt(?:et|ets|en|ens)?)$")
# Lower case, then any letters: the same words as "[a-zåäö]+(?:[A-ZÅÄÖ]+[a-zåäö]*)*", which backtracked
# exponentially on a long capital run without the dash (issue 13: a capitalised word glued to a heading in capitals
# hung the whole document).
_GLUED_NAME_DASH = re.compile(r"^((?:[A-ZÅÄÖ]|[a-zåäö][A-ZÅÄÖ])[a-zåäö][A-ZÅÄÖa-zåäö]*\d*)-([a-zåäö]+)$")
# the kind in the definite form after a capitalised adjective in -a: "Svensk-Österbottniska Samfundet"
# a compound's first part whose head is written once after "och": "social- och hälsovårdscentral"
_HANGING_HYPHEN = re.compile(r"[a-zåäö]{3,}-")
# a project's document compounded with the head: "-hankehakemus", "-hankesuunnitelmassa", "-projektiraportti"
# the imperatives of a web page's link text ("Lue lisää X -hankkeesta", "Tutustu myös Y -hankkeeseen")
_READ_MORE = frozenset({"lue", "katso", "tutustu"})
# a fund's acronym glued to a project's or programme's kind word in the genitive ("ESR-hankkeen", "EU-projektin"):
# which kind of undertaking, not which one
_FUND_KIND = re.compile("(?:" + "|".join(sorted(FUNDING_ACRONYMS)) + ")-(?:hankkeen|projektin|ohjelman)")
_CAMPAIGN = re.compile(r"(?:kampanj|keräyk|keräys|insamling)\w*", re.IGNORECASE)
# a named activity run as a project ("Kiinni elämässä -toiminta", "Pikku X -toimintoihin"): the forms of "toiminta"
# and "toiminto", not their compounds ("-toimintaryhmän", "-toimintalinjaa", "-toimintamallin": a model may be the
# object of a grant for another undertaking)
_ACTIVITY = re.compile(r"toimin(?:ta|na)(?:a|n|ssa|sta|an|lla|lle|lta|na|ksi|t)?|"
                       r"toimin(?:no|to)(?:t|jen|ja|issa|ista|ihin|"
                       r"illa|ille|n|a)?",
                       re.IGNORECASE)
_PROJECT_DOCUMENT = re.compile(r"(?:hanke|projekti)(?:hakemu|suunnitelm|raport|esity|kuvau|selvity)\w*", re.IGNORECASE)
# a project's office, group or staff: "Apotti hanketoimisto", "X:n projektipäällikkö"
_PROJECT_STAFF = re.compile(r"(?:hanke|projekti)(?:toimisto|ryhmä|päällikö|päällikkö|koordinaattori|työntekijä|"
                            r"sihteeri|vastaava|johtaja|asiantuntija|suunnittelija)")
_ROMAN_NUMERAL = re.compile(r"[IVX]{1,5}")
# a case's number in a register ("2018/68", "123/2019"), after the register's code in capitals ("SN 2018/68")
_DIARY_NUMBER = re.compile(r"(?:19|20)\d\d/\d{1,5}|\d{1,5}/(?:19|20)\d\d")
_MONTHS = {"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december", "tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu",
           "heinäkuu", "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu"}


# Swedish definite forms Voikko does not read: "IMMI-projektet", "programmet", "avtalet"
_SWEDISH_DEFINITE_UNDERTAKING = {"projektet": "projekt", "projekten": "projekt", "programmet": "program",
                                 "avtalet": "avtal"}


# a short name in brackets: two or more capitals ("ABC", "InnoGIS", "AB2"), maybe glued to a head ("InnoGIS-hanke")
# the moods of participles: "tehtävän", "solmitun", "olevan" before a head agree with it and name nothing
_PARTICIPLE_MOODS = frozenset({"present_passive", "past_passive", "present_active", "past_active", "agent"})
# joiners of a list's items whose next item opens with a capital: no word of one name before a project's head
_LIST_JOINS = {"sekä", "samt"}
# a registered name's legal form in the nominative ("X ry", "Y Oy"): the organisation's name ends there
_LEGAL_FORMS = {"ry", "r.y.", "rf", "r.f.", "oy", "oyj", "ab", "ky"}
# a conjunction right before " -ohjelma": "toimintamalli ja -ohjelma" shares the head of an elided compound
_ELIDING_CONJUNCTIONS = frozenset({"ja", "sekä", "tai", "tahi", "eli", "och", "eller", "samt"})
_BRACKETED_SHORT = re.compile(r"([A-ZÅÄÖ][a-zåäö]*[A-ZÅÄÖ][\wÅÄÖåäö]*)(?:-([a-zåäö]+))?")
# heads whose bracketed acronym is the law's or document's short name, not a project's
NOT_ACRONYM_HEADS = {"sopimus", "avtal", "hallitusohjelma"}
# the one-word part headings of minutes ("Perustelut", "Päätös", "Beslut"): a heading run into the text under it
PART_WORDS = frozenset(h for h in PART_HEADINGS if " " not in h)
# the words that say whose an agreement is between ("A:n ja B:n välinen sopimus"): its parties, not its name
_MUTUAL_WORDS = frozenset({"välinen", "välisen", "väliseen", "välisessä", "välisestä", "välistä", "välisenä",
                           "keskinäinen", "keskinäisen", "keskinäiseen", "keskinäisessä", "keskinäisestä"})
# how far back the parties before "välinen" may reach: "Lapin hyvinvointialueen, Pelkosenniemen kunnan ja
# Pohjoisen Kylät ry:n välinen" (three parties of two or three words each)
_PARTY_REACH = 14


def _mutual_parties(toks: list[Token], j: int, taken: set[int], morph: Morphology) -> list[int]:
    """The tokens of the parties before the mutual word at j ("A:n ja B:n välinen sopimus"), last first, or []
    when no capital or known organisation is among them.

    An agreement between named parties is named with them: "Lapin hyvinvointialueen ja Pelkosenniemen kunnan
    välinen yhteistyösopimus" is one agreement, "välinen yhteistyösopimus" no name at all. The parties are genitives
    (an organisation's own words may stand in the nominative before its genitive legal form: "Pohjoisen Kylät
    ry:n") joined by "ja", "sekä" or commas; whatever else stands before them ends the name. Without a capital the
    genitives only say of which kind the parties are ("kunnan ja yhdistyksen välinen"), no name."""
    out: list[int] = []
    k = j - 1
    while k >= 0 and j - k <= _PARTY_REACH:
        t = toks[k]
        joiner = t.text.lower() in {"ja", "sekä"} or t.text == ","
        party = k in taken or (t.is_word and t.is_cap) or (t.is_word and (t.text.endswith(":n") or any(
            a.case == "omanto" for a in morph.analyse(t.text))))
        if not (joiner or party):
            break
        out.append(k)
        k -= 1
    while out and (toks[out[-1]].text.lower() in {"ja", "sekä"} or toks[out[-1]].text == ","):
        out.pop()
    if not out or not any(k in taken or toks[k].is_cap for k in out):
        return []
    # the first party is a genitive ("Lapin hyvinvointialueen", "kunnan"), or its name runs on to one
    return out


def _title_case_on(toks: list[Token], j: int, head_idx: int) -> bool:
    """"Walkers On Wheels -hanke": "On" with its capital between two capitalised words inside the run before the
    head is an English title's preposition, not the Finnish verb "on", which is written in small letters inside a
    sentence and so never stands capitalised after a capitalised word."""
    return toks[j].text == "On" and 0 < j < head_idx - 1 and toks[j - 1].is_word and toks[j - 1].is_cap \
        and toks[j + 1].is_word and toks[j + 1].is_cap


def _swedish_head_word(word: str) -> str | None:
    """The Swedish head a name is written after: "projektet", "programmet", "avtalet", "projekt", also as the end
    of a lower-case compound ("statsunderstödsprojektet X")."""
    low = word.lower()
    if low in {"projektet", "projekt", "programmet", "avtalet", "projekten"}:
        return low
    m = _SWEDISH_HEAD_COMPOUND.fullmatch(word)  # programmes' names run on in lower case ("för livet")
    return m.group(1) if m else None


def _swedish_glued_start(toks: list[Token], i: int, taken: set[int]) -> int | None:
    """Where a Swedish name glued to its definite head begins ("deltar i Trygg vardag-projektet"): the capital
    right before the name's words in lower case, after a word in lower case. Voikko knows no Swedish verb, so the
    Finnish reading back would run over "deltar i" to the sentence's first capital."""
    j = i - 1
    while j >= 0 and i - j <= 3 and toks[j].is_word and j not in taken and not toks[j].is_cap:
        j -= 1
    if j < 1 or i - j > 3 or not toks[j].is_cap or not toks[j].is_word or j in taken:
        return None
    before = toks[j - 1]
    return j if before.is_word and before.text[:1].islower() else None


def _swedish_head(word: str) -> tuple[str, str] | None:
    """(head, type) of a Swedish word for a project or programme in any form: "integrationsprojektets"."""
    m = _SWEDISH_HEAD_END.search(word.lower())
    if not m:
        return None
    return (m.group(1), "Project" if m.group(1) == "projekt" else "Programme")


_ACRONYM_WORD = re.compile(r"[A-ZÅÄÖ][A-ZÅÄÖ0-9]{1,11}")


def _opening_acronym(toks: list[Token], dash: int, taken: set[int]) -> bool:
    """A spaced dash after a word in capitals that opens the phrase ("... on ollut ASKELMAT – Askel askeleelta
    osallisuuspolku Päijät-Hämeessä -hanke"): the project's short name before its spelt-out title, unless the
    capitals are a name read already (an organisation: "HUS – Uusi lastensairaala -hanke") or continue one."""
    k = dash - 1
    if k < 0 or k in taken or not _ACRONYM_WORD.fullmatch(toks[k].text) or sum(c.isalpha() for c in toks[k].text) < 2 \
            or re.fullmatch(r"[IVXLC]+", toks[k].text):  # "keihäänkärjet II -projektille": a numeral ends a name
        return False
    if dash + 1 >= len(toks) or toks[dash].start == toks[k].end or toks[dash + 1].start == toks[dash].end:
        return False  # a dash spaced on both sides parts the short name from the title; "X -projektille" is a head
    return k == 0 or not (toks[k - 1].is_word and toks[k - 1].is_cap)


def _acronym_first(m: Mention) -> Mention:
    """"ASKELMAT – Askel askeleelta osallisuuspolku -hanke": the whole stays the name (as "UNTO – Uusia tapoja ..."
    is written), the capitals are its short name."""
    lead = re.match(r"([A-ZÅÄÖ][A-ZÅÄÖ0-9]{1,11})\s+[-–]\s+\S", m.label)
    if lead and not m.acronym:
        m.acronym = lead.group(1)
        m.parts = tuple(dict.fromkeys((m.label, *m.parts, lead.group(1))))  # the first part names it: preferred_name
    return m


def _with_leading_acronym(m: Mention) -> Mention:
    """A name whose dash is glued to its last word ("Pitkä nimi- hanke").

    "ABC2- Pitkä nimi": the acronym before the spelt-out title is the short name of the same project."""
    lead = re.match(r"([A-ZÅÄÖ]{2,10}\d{0,4})\s*[-–:]\s+(\S.*)$", m.label)
    m.parts = tuple(p.replace("- -", " -") for p in m.parts)  # the name's own dash is not doubled
    if lead and not m.acronym:
        m.acronym = lead.group(1)
        m.parts = tuple(dict.fromkeys((*m.parts, lead.group(1), lead.group(2))))
    return m


# a labour-market agreement in the genitive or inessive cited as the rules of a wage or a negotiation:
# "työehtosopimuksen mukainen palkka", "pääsopimuksen mukaisiin paikallisneuvotteluihin", "virkaehtosopimuksen
# 12 §:n mukaan", "työehtosopimuksessa määritelty": the rules an employer follows, no agreement a body of the text
# makes or joins. Other agreements cited stay agreements: "palvelusopimuksen mukaisesti", "Lappi-sopimuksen mukaisten
# hankkeiden" and even "perussopimuksen 10 §:n mukaan" may be the one agreement the text deals with
# rulebooks cited for what they say rather than dealt with: the labour market's, and a joint authority's or company's
# charter ("Perussopimuksen mukaan Hollolalla on kolme edustajaa", "perussopimuksen 10 §:n mukaan", "tehtävä on
# kuvattu perussopimuksessa (3 §)"): a reference to the rules in force is no agreement the document is about
_LABOUR_RULEBOOKS = {"pääsopimus", "työehtosopimus", "virkaehtosopimus", "perussopimus", "yhtiösopimus"}
_CITED_RULES = re.compile(r"(?i)[ \t]*(?:\(?[ \t]*\d+[ \t]*(?:§|:n\b)|mukaa?n\b|mukai[sn]\w*|määritel\w*|"
                          r"mainit\w*|edellyttäm\w*)")

# Swedish heads in UNDERTAKING_HEADS ("spetsprojekt", "samarbetsavtal")
_SWEDISH_HEADS = ("projekt", "avtal")


# Swedish words for a joint effort run as a project: a quoted name after them is that project's name
# ("satsningen ”Barnens bästa”", "initiativet ”Unga i fokus”"); unquoted they say only what kind of thing
_SWEDISH_EFFORT_WORDS = frozenset({"satsningen", "initiativet", "utvecklingsarbetet", "utvecklingsinsatsen",
                                   "kampanjen"})
# the small words an English title writes in lower case between its capitalised words ("Dance of the Fisherman",
# "Health for All"); Swedish and Finnish text quotes such project names as they are
_ENGLISH_LINKS = frozenset({"of", "the", "for", "and", "in", "on", "to", "with", "at", "a", "an", "from", "by"})


def _english_link(toks: list[Token], k: int) -> int:
    """How many lower-case English small words (one or two) at k stand between two capitalised words of a title
    in title case ("of the" in "Dance of the Fisherman"); 0 when the words at k are none or no capital follows."""
    n = 0
    while n < 2 and k + n < len(toks) and toks[k + n].text in _ENGLISH_LINKS:
        n += 1
    if n and k > 0 and toks[k - 1].is_cap and k + n < len(toks) and toks[k + n].is_cap and toks[k + n].is_word \
            and not toks[k + n].text.isupper():
        return n
    return 0


def _is_verb(tok: Token, morph: Morphology) -> bool:
    """A finite verb or participle; "kehittäminen" (a -minen noun) is not one."""
    readings = morph.analyse(tok.text)
    return bool(readings) and all(a.cls == "teonsana" and a.mood != "MINEN-infinitive" for a in readings)


def _titled_surname(title: Token, morph: Morphology) -> bool:
    """A post title or an academic rank right before a capitalised genitive (the title capitalised only as a
    sentence's first word): a person's surname."""
    from welfare_kg.extract.academic_posts import rank  # academic_posts imports nothing of the recogniser's
    word = title.text.lower()
    return title.text[1:].islower() and bool(is_post(word, morph) or rank(word, morph))


def _finite_before_head(tok: Token, head: Token, morph: Morphology) -> bool:
    """A lower-case word that may be a finite verb and that, read otherwise, does not take the head's case: the
    clause's verb ("... keskus osallistuvat hankkeen rahoitukseen": "osallistuvat" is a plural participle too, but
    no plural nominative describes a genitive "hankkeen"), so no word of the name before the head."""
    if not tok.text[:1].islower():
        return False
    readings = morph.analyse(tok.text)
    if not any(a.cls == "teonsana" and a.mood == "indicative" for a in readings):
        return False
    # a genitive attribute describes a head in any case ("Perheiden tuen kehittämishanke": "tuen" is a verb's form too)
    cases = {a.case for a in morph.analyse(head.text) if a.case} | {"omanto"}
    return not any(a.cls != "teonsana" and a.case in cases for a in readings)


# participles that attach a clause ("liitteenä olevan sopimuksen"), unlike lexical adjectives
# ("kestävän kasvun ohjelma", "vaativan tuen") that are part of names
CLAUSE_PARTICIPLES = {"oleva", "olla", "liittyvä", "koskeva", "tehty", "esitetty", "hyväksytty", "mainittu",
                      "allekirjoitettu", "laadittu", "valmisteltu", "toteutettava", "toteutettu", "haettava",
                      "haettu", "myönnetty", "käynnistetty", "rahoitettava", "rahoitettu", "tuleva", "lähtevä",
                      "erillisrahoittama", "rahoittama", "edellä", "alla", "seuraava", "kyseinen", "nykyinen"}


def _clause_participle(tok: Token, morph: Morphology) -> bool:
    readings = morph.analyse(tok.text)
    # an agent participle ("X:n hallinnoimaan", "Y:n rahoittama") always opens a clause with its agent
    return _is_participle(tok, morph) and (
        any(a.base.lower() in CLAUSE_PARTICIPLES or a.mood == "agent" for a in readings) or all(
            a.mood in {"past_passive", "present_passive", "agent", "past_active"} for a in readings if a.mood))


def _lexicon_noun(tok: Token, morph: Morphology) -> bool:
    """"voima", "juoma", "jäämä": a noun of the lexicon that Voikko also reads as an agent participle of a verb
    ("voida"); a real agent participle ("hallinnoima") has no plain reading, and "tehtävän", a passive participle as
    often as the noun "task", is no such noun either. The "-ma" infinitive Voikko reads beside them ("siirtymän" as
    "by moving") is the same form and no sign of a verb either ("vihreän siirtymän olosuhteissa -hanke")."""
    readings = morph.analyse(tok.text)
    return any(a.cls == "nimisana" and a.mood is None for a in readings) \
        and all(a.mood in {None, "agent", "MA-infinitive"} for a in readings)


def _is_participle(tok: Token, morph: Morphology) -> bool:
    readings = morph.analyse(tok.text)
    return bool(readings) and any(a.mood and a.mood not in {"MINEN-infinitive"} and "infinitive" not in a.mood
                                  and a.mood != "indicative" for a in readings)


class UndertakingNames:
    """The project, programme and agreement name readers of the Recogniser (extract/entities.py)."""

    def _fund_or_projects_of(self, head_word: str, head: tuple[str, str] | None) -> tuple[str, str] | None:
        """"AMIF-rahastosta": an acronym glued to "rahasto" names a fund (a Programme); "AMIF-hankkeet",
        "LAPE-hankkeiden": projects in the plural are the many projects of the programme the acronym names."""
        readings = self.morph.analyse(head_word)
        if head is None and any(a.base.lower() == "rahasto" for a in readings):
            return "rahasto", "Programme"
        if head is not None and head[1] == "Project" and readings and all(a.number == "plural" for a in readings):
            return head[0], "Programme"
        return head

    def _spaced_dash_before_head(self, toks: list[Token], i: int, taken: set[int]) -> bool:
        """"Tiedottamalla Parempaan Vesien tilaan - hanke", "Vahva Arki – projekti": a dash spaced on both sides
        before a project head in lower case stands where "-hanke" is glued; not after a number, a sign or a name
        the reference data knows whole ("Kainuun liitto - hanke" says whose), nor before a compound head or a
        programme's ("- ohjelma" lists a kind) except a compound project head closing a title's own line."""
        if i == 0 or i + 1 >= len(toks) or toks[i + 1].start == toks[i].end:
            return False
        prev = toks[i - 1]
        if not prev.is_word or prev.text.endswith("-") or i - 1 in taken or _undertaking_head(prev, self.morph):
            return False
        if self._headline_kind_after_dash(toks, i):
            return True
        if not toks[i + 1].text[:1].islower():
            return False
        if i >= 2 and toks[i - 2].is_cap and self._first_name(toks[i - 2], prev):
            return False  # "Anna Virtanen – hankkeen projektipäällikkö": a person, then who they are
        head = _undertaking_head(toks[i + 1], self.morph)
        if head is not None and head[0].endswith(("hanke", "projekti")) and i + 2 == len(toks) and 2 <= i <= 8 \
                and toks[0].is_cap and all(t.is_word or t.text in {",", "ja"} for t in toks[:i]):
            # "Opintokeskusten Historia ja nykypäivä – julkaisuhanke" as a heading of its own: a compound head that
            # closes a title's line names the title's project, whatever common words the title holds
            return True
        if (i < 2 or not toks[i - 2].is_word or toks[i - 2].text[:1].islower()) and not prev.is_acronym \
                and not _CAMEL.fullmatch(prev.text) and any(
                a.base[:1].islower() for a in self.morph.analyse(prev.text)):
            return False  # "Rahoitus - hanke", "Kunta - hanke": a common word alone says what, it names nothing
        return head is not None and head[0] in {"hanke", "projekti"} and _lemma(toks[i + 1], self.morph) == head[0]

    def _headline_kind_after_dash(self, toks: list[Token], i: int) -> bool:
        """"Kylät Yhdessä – Kehittämishanke käynnistyi", "X – maakuntahanke alkoi": a headline naming a project by
        its name and, after a spaced dash, its kind in a compound, then the headline's verb. The name opens the
        sentence and holds only words (a title's own line that the compound closes is read above)."""
        if not (2 <= i <= 8 and i + 2 < len(toks) and toks[0].is_cap and toks[i].text in {"-", "–"}
                and all(t.is_word or t.text in {",", "ja"} for t in toks[:i])):
            return False
        if not any(t.is_cap for t in toks[1:i]) and any(a.base[:1].islower() for a in self.morph.analyse(toks[0].text)):
            return False  # "Tärkein asia – kehittämishanke alkoi": words of the language in sentence case name nothing
        head = _undertaking_head(toks[i + 1], self.morph)
        if head is None or not head[0].endswith(("hanke", "projekti")) or head[0] in {"hanke", "projekti"}:
            return False
        return any(r.cls == "teonsana" and r.mood in _FINITE for r in self.morph.analyse(toks[i + 2].text))

    # -- projects, programmes, agreements ------------------------------------------------
    def _undertakings(self, toks: list[Token], text: str, taken: set[int], *, title: bool) -> list[Mention]:
        out: list[Mention] = self._named_by_project_compound(toks, text, taken) if (
            "hanke" in self._sent_text or "projekti" in self._sent_text) else []
        i = 0
        while i < len(toks):
            tok = toks[i]
            # "X -hanke": a spaced hyphen glued to the head word
            if (tok.text in "-–" and i not in taken and i + 1 < len(toks)
                    and (tok.end == toks[i + 1].start or self._spaced_dash_before_head(toks, i, taken))
                    and (i == 0 or toks[i - 1].end < tok.start)):
                head = _undertaking_head(toks[i + 1], self.morph)
                head_at = i + 1
                if head is None and _PROJECT_DOCUMENT.match(toks[i + 1].text):
                    head = ("hanke", "Project")  # "X -hankehakemus", "X -projektisuunnitelma": project X's document
                if head is None and _CAMPAIGN.fullmatch(toks[i + 1].text):
                    # "Punainen Sulka -kampanjan", "X -keräys": a named campaign or collection is run as a project;
                    # only glued to a name after a dash (a bare "kampanja" compound is as often a kind of work)
                    head = ("kampanja", "Project")
                if head is None and _ACTIVITY.fullmatch(toks[i + 1].text):
                    # "Kiinni elämässä -toiminta", "KIINNI ELÄMÄSSÄ -TOIMINTA": an activity named with a spaced dash
                    # is run and funded as a project is (a bare "toiminta" is any work at all; "Leader-toiminta",
                    # glued, is the programme's)
                    low = toks[i + 1].text.lower()
                    head = ("toiminto" if low.startswith(("toiminno", "toiminto")) else "toiminta", "Project")
                if head is None and i + 2 < len(toks) and (_lemma(toks[i + 1], self.morph) == "niminen"
                                                           or toks[i + 1].text.lower() in _NAMED_AS):
                    head, head_at = _undertaking_head(toks[i + 2], self.morph), i + 2  # "X -niminen hanke"
                if head and i >= 2 and toks[i - 2].text in "-–" and _undertaking_head(toks[i - 1], self.morph):
                    head = None  # "X -käynnistyshanke -projektille": the second head repeats what the first names
                # "”Silta” Leader -projektin": a known programme's name between the quoted name and the head says
                # which programme the project runs under (the programme stays its own mention)
                close = i - 2 if (i >= 4 and i - 1 in taken and toks[i - 1].is_cap
                                  and toks[i - 2].text in QUOTES) else i - 1
                if head and i >= 3 and toks[close].text in QUOTES:
                    # "”Hyvä arki” -hankkeeseen": the quoted words are the name
                    opening = next((k for k in range(close - 1, max(-1, close - 15), -1) if toks[k].text in QUOTES),
                                   None)
                    if opening is not None and opening < close - 1:
                        name = text[toks[opening + 1].start:toks[close - 1].end]
                        m = self._named(name, head[1], toks[opening + 1].start, toks[head_at].end, text,
                                        rule="quoted-dash-head")
                        m.parts = (*m.parts, f"{name} -{head[0]}")
                        m.case = self._case(toks[head_at])
                        out.append(m)
                        i = head_at + 1
                        continue
                if head and toks[i - 1].text.lower() in _ELIDING_CONJUNCTIONS:
                    head = None  # "toimintamalli ja -ohjelma": the head completes an elided compound, no name
                bracket = self._acronym_bracket_before(toks, i, taken) if head and head_at == i + 1 else None
                if bracket is not None:
                    # "Perhekeskusverkosto (PEKA) -hanke": the name, its short name in brackets, then the head
                    start = self._name_start(toks, bracket, title=title, taken=taken)
                    if start is not None and start < bracket:
                        m = self._mention(toks[start:bracket], toks[head_at], head, text, rule="dash-head")
                        if toks[bracket + 1].text not in FUNDING_ACRONYMS:
                            m.acronym = toks[bracket + 1].text
                        out.append(m)
                        i = head_at + 1
                        continue
                opening = self._long_form_bracket_before(toks, i, taken) if head and head_at == i + 1 else None
                if opening is not None:
                    # "TUKEVA (Tuetaan kestävää vanhuutta) -hanke": the short name, its long form in brackets, the head
                    m = self._mention(toks[opening + 1:i - 1], toks[head_at], head, text, rule="dash-head")
                    m.start, m.acronym = toks[opening - 1].start, toks[opening - 1].text
                    m.surface = text[m.start:m.end]
                    out.append(m)
                    i = head_at + 1
                    continue
                if head:
                    start = self._name_start(toks, i, title=title, taken=taken)
                    if start is not None and head[1] == "Programme" and all(k in taken for k in range(start, i)):
                        # "Kestävää kasvua ja työtä -rakennerahasto": a known programme's name, the head after it
                        # only says what kind of thing it is; a second mention would make it two things
                        start = None
                    if start is not None and all(k in self._places for k in range(start, i)) \
                            and self._case(toks[i - 1]) not in {None, "nimento"}:
                        # "Kaikki mukaan – osallisuutta Keski-Suomeen -hanke" read from its dash, "Pohjois-Karjalan
                        # -hankkeeseen": an inflected place alone says where or whose, it names no project
                        start = None
                    if start == i - 1 and toks[start].text in FUNDING_ACRONYMS:
                        # "EAKR -projektin "X"", "ESR -hankkeeseen": the fund that pays, with the dash spaced as in
                        # a name; glued ("EAKR-projektin") it is read so already: the project's kind, no name
                        start = None
                    if start is not None:
                        if head_at == i + 1:
                            named = [_acronym_first(x) for x in self._dash_head_names(toks, start, i, head, text)]
                            if (len(named) == 1 and start in taken and start + 1 < i and toks[start + 1].is_cap
                                    and self._case(toks[start]) == "omanto"):
                                # "Tornion Aine tulee kylään -hanke": the known place's genitive may say whose
                                # project it is; the name without it is an alternative label (the full one
                                # first: the preferred label stays as written, resolve.preferred_name)
                                full = text[toks[start].start:toks[i - 1].end]
                                named[0].parts = (full, *named[0].parts, text[toks[start + 1].start:toks[i - 1].end])
                            elif len(named) == 1 and start + 1 < i and toks[start + 1].is_cap \
                                    and self._case(toks[start]) == "omanto":
                                # "Hämeen Kylien Omalta kylältä Hämeessä -hanke": capitalised genitives may be the
                                # owner's name before the project's; each tail after a genitive is an alternative
                                full = text[toks[start].start:toks[i - 1].end]
                                tails = [text[toks[k].start:toks[i - 1].end] for k in range(start + 1, i - 1)
                                         if toks[k].is_cap and self._case(toks[k - 1]) == "omanto"
                                         and all(toks[x].is_cap for x in range(start, k))]
                                if tails:
                                    named[0].parts = (full, *named[0].parts, *tails)
                            if len(named) == 1 and not named[0].acronym:
                                named[0].acronym = self._bracketed_short_name(toks, head_at)
                            out += named
                        else:
                            out.append(self._mention(toks[start:i], toks[head_at], head, text, rule="dash-head"))
                        i = head_at + 1
                        continue
            # "Pitkä nimi- hankkeen": the dash glued to the name's last word instead of the head
            if (tok.text.endswith("-") and len(tok.text) > 3 and tok.text[-2].isalpha() and i not in taken
                    and i + 1 < len(toks) and toks[i + 1].start > tok.end and toks[i + 1].is_word
                    and not toks[i + 1].is_cap):
                head = _undertaking_head(toks[i + 1], self.morph)
                start = self._name_start(toks, i + 1, title=title, taken=taken) if head else None
                if head and start is not None and start < i:
                    out.append(_with_leading_acronym(
                        self._mention(toks[start:i + 1], toks[i + 1], head, text, rule="dash-head")))
                    i += 2
                    continue
            # acronym with the head in one word or split: "TOP-hankkeeseen", "TOP- hankkeen", "ABC2-hanke"
            # a known name already covers these tokens ("LAPE-muutosohjelma", "Tulevaisuuden ... -ohjelma")
            acr = _ACRONYM_DASH.match(tok.text) if i not in taken else None
            if acr and (acr.group(1) in self._actor_acronyms or acr.group(1) in FUNDING_ACRONYMS):
                acr = None  # "EU-hanke", "THL-hanke": a project of a known actor or fund, not one named so
            if acr and not (acr.group(2) == "" and i + 1 >= len(toks)):
                head_tok = tok if acr.group(2) else toks[i + 1]
                head_word = acr.group(2) or head_tok.text
                base_word = _SWEDISH_DEFINITE_UNDERTAKING.get(head_word.lower(), head_word)
                head = _undertaking_head(Token(base_word, 0, 0), self.morph)
                head = self._fund_or_projects_of(head_word, head)
                if head is None and acr.group(2) and len(acr.group(1)) >= 4 \
                        and _RESEARCH_HEAD.fullmatch(acr.group(2).lower()):
                    # "PROMEQ-tutkimusta johtaa ...": a coined acronym of four or more capitals joined to "tutkimus"
                    # names a research project (a three-letter one is as often an agency's survey: "ATH-tutkimus")
                    head = ("tutkimus", "Project")
                if head and head[0] not in {"sopimus"} and self._area_before(toks, i, taken):
                    # "Pohjois-Savon AB-keskushanke": the area's genitive belongs to the project's name
                    label = f"{toks[i - 1].text} {acr.group(1)}-{head[0]}"
                    m = self._named(label, head[1], toks[i - 1].start, head_tok.end, text, rule="area-acronym-head")
                    m.case = self._case(head_tok)
                    out.append(m)
                    i += 1 if acr.group(2) else 2
                    continue
                if head and head[1] == "Agreement" and head[0] not in {"sopimus"}:
                    # "KUUMA-yhteistyösopimuksen": the agreement of the area or group the acronym names, not the
                    # acronym itself (KUUMA is the cooperation area, the agreement is "KUUMA-yhteistyösopimus")
                    m = self._named(f"{acr.group(1)}-{head[0]}", "Agreement", tok.start, head_tok.end, text,
                                    rule="acronym-agreement")
                    m.case = self._case(head_tok)
                    out.append(m)
                    i += 1 if acr.group(2) else 2
                    continue
                if head and head[0] not in {"sopimus"}:
                    end_tok = head_tok
                    long_form = self._long_form_after(toks, i if acr.group(2) else i + 1, text, taken)
                    out.append(Mention(
                        start=tok.start, end=end_tok.end, surface=text[tok.start:end_tok.end],
                        label=acr.group(1), type=head[1], rule="acronym-head", acronym=acr.group(1),
                        case=self._case(end_tok), parts=(f"{acr.group(1)}-{head[0]}", *long_form),
                        key=f"acronym:{acr.group(1).lower()}"))
                    i += 1 if acr.group(2) else 2
                    continue
            # a name in sentence case whose last word is glued to the head, the space before the dash left out:
            # "Kotona kaikki hyvin-hankkeeseen" reads as "Kotona kaikki hyvin -hankkeeseen"
            lower_glued = _LOWER_GLUED.match(tok.text) if i not in taken and i > 0 else None
            if lower_glued and lower_glued.group(1) not in GLUED_GENERIC and not lower_glued.group(1).endswith("mis"):
                head = _undertaking_head(Token(lower_glued.group(2), 0, 0), self.morph)
                swedish = lower_glued.group(2).startswith("projekt") and not lower_glued.group(2).startswith("projekti")
                start = (_swedish_glued_start(toks, i, taken) if swedish else
                         self._name_start(toks, i, title=title, taken=taken)) if head and head[1] == "Project" \
                    else None
                if head and start is not None and 0 < start < i and i - start <= 3 and not any(
                        r.cls == "teonsana" and r.mood in _FINITE for k in range(start, i)
                        for r in self.morph.analyse(toks[k].text)) and toks[start - 1].text not in {".", ":", "§"}:
                    # a capital inside the sentence opens the name, and no word of it may be a verb: a compound
                    # spelt with a hyphen ("liikunta-hanke") is no name
                    name = f"{text[toks[start].start:toks[i - 1].end]} {lower_glued.group(1)}"
                    out.append(self._glued_named(name, head, toks[start].start, tok, text, rule="glued-sentence-name"))
                    i += 1
                    continue
            # a one-word name glued to its head: "Rainer-hankkeen", "Apotti-hanke", "Posote20-hankkeessa"
            # "UusOptimi-", "InnoAB-", "eKoti-hanke"
            glued = _GLUED_NAME_DASH.match(tok.text) if i not in taken else None
            if glued and self._glued_name(glued.group(1), sentence_initial=i == 0 or toks[i - 1].text in ".:§"):
                head = _undertaking_head(Token(glued.group(2), 0, 0), self.morph)
                # a sub-project glued to its own name ("Kotivoima-osahankkeessa") as a project is; a place glued to
                # it ("Lappi-osahanke") says where a larger project's part runs, a pilot's word who runs it
                sub_named = head is not None and head[0] == "osahanke" and not any(
                    a.cls == "paikannimi" for a in self.morph.analyse(glued.group(1)))
                if head and head[1] == "Project" and (head[0] not in {"osahanke", "pilotti"} or sub_named):
                    name = glued.group(1)
                    first = self._connected_words_before(toks, i, taken)
                    if first < i:  # "Hyvä Arki-projektiin": capitalised words before the glued one are the name's
                        name = f"{text[toks[first].start:toks[i - 1].end]} {name}"
                        out.append(self._glued_named(name, head, toks[first].start, tok, text, rule="name-head"))
                        i += 1
                        continue
                    out.append(Mention(
                        start=tok.start, end=tok.end, surface=tok.text, label=name, type=head[1], rule="name-head",
                        case=self._case(tok), parts=(f"{name}-{head[0]}",), key=f"acronym:{name.lower()}"))
                    i += 1
                    continue
            # a quoted name after a head word: hankkeen "Tuki oikeasta paikasta ...", projektet "Trygg vardag",
            # or after the word for a name in a sentence about a project: "gick under namnet – ”X”", "nimellä ”X”"
            # a quoted name, a space and the head after it: "”Hyvä arki” hankkeen", "”Kylä kuntoon” ESR-hankkeen"
            # (a fund's acronym glued to the head says which programme pays, the quotes which project)
            after = self._head_after_quote(toks, i, taken) if tok.text in QUOTES and i >= 2 else None
            copula = self._copula_head_after_quote(toks, i, text, taken) \
                if after is None and tok.text in QUOTES and i >= 2 else None
            if copula is not None:
                opening, head, _ = copula
                name = text[toks[opening + 1].start:toks[i - 1].end]
                m = self._named(name, head[1], toks[opening + 1].start, toks[i - 1].end, text, rule="quoted-copula")
                m.case = "nimento"
                out.append(m)
                i += 1
                continue
            if after is not None:
                opening, head, head_at = after
                name = text[toks[opening + 1].start:toks[i - 1].end]
                m = self._named(name, head[1], toks[opening + 1].start, toks[i - 1].end, text, rule="quoted-head-after")
                m.parts = (*m.parts, f"{name} -{head[0]}")
                m.case = self._case(toks[head_at])
                out.append(m)
                i = head_at + 1
                continue
            quoted_head = self._quoted_name_head(toks, i) if tok.text in QUOTES and i > 0 else None
            if quoted_head is not None:
                close = next((k for k in range(i + 1, len(toks)) if toks[k].text in QUOTES), None)
                if close and close - i > 1:
                    head = quoted_head
                    name = text[toks[i + 1].start:toks[close - 1].end]
                    m = self._named(name, head[1], toks[i + 1].start, toks[close - 1].end, text, rule="quoted")
                    if _undertaking_head(toks[i - 1], self.morph) is not None:
                        # 'osallistuu projektiin "X"': the name stands in apposition to the head and is in its case
                        # (a join rule reads a nominative after "osallistuu" as one more subject)
                        m.case = self._case(toks[i - 1])
                    out.append(m)
                    i = close + 1
                    continue
            administered = self._administered_name(toks, i, taken) if _ADMINISTERED.fullmatch(tok.text) else None
            if administered is not None:
                a, b = administered
                name = text[toks[a].start:toks[b].end]
                m = self._named(name, "Project", toks[a].start, toks[b].end, text, rule="administered-name")
                m.case = "nimento"
                out.append(m)
                i = b + 1
                continue
            # Swedish: "Österbottens landskapsprogram 2018-2021", a known place's or body's genitive before a
            # compound of "program"/"projekt": that place's programme, named so
            # the head must end the lower-case token: test that before the call, which runs for every token
            owned = (self._swedish_owned_compound(toks, i, text, taken)
                     if i not in taken and tok.text.endswith(("program", "projekt")) else None)
            if owned is not None:
                out.append(owned[0])
                i = owned[1]
                continue
            # Swedish: "i projektet Familjecenter i Västnyland"
            sv_head = _swedish_head_word(tok.text)
            if sv_head is not None and i + 1 < len(toks) and toks[i + 1].is_cap and i + 1 not in taken:
                end = i + 1
                plural = sv_head == "projekten"  # "projekten Alfa och Beeta": one name each
                joins = {",", "och"} if plural else {"i", "och", "för", "på"}
                english = False  # after an English title's small words a Swedish "i Vasa" is no part of it
                while end < len(toks) and (toks[end].is_cap or (toks[end].text in joins and not english
                                                                and end + 1 < len(toks) and toks[end + 1].is_cap)
                                           or (not plural and (link := _english_link(toks, end)))):
                    if not toks[end].is_cap and (english or toks[end].text not in joins):
                        end += link  # "projektet Dance of the Fisherman": an English title's small words
                        english = True
                        continue
                    if toks[end].text.isupper() and toks[end].text.lower() in _SWEDISH_CAPS_STOPS:
                        break  # a title in capitals: "PROJEKTET HEMMA TRYGG INOM PROGRAMMET VÄLFÄRD" is two names
                    if end > i + 1 and toks[end].text.lower() in _MONTHS:
                        break  # "projektet BOSS Oktober 2018": a report's date after the name
                    if end > i + 1 and end + 1 < len(toks) and toks[end].text.isupper() \
                            and _DIARY_NUMBER.fullmatch(toks[end + 1].text):
                        break  # "projekt Äldreomsorgsplanen SN 2018/68": the register's code and the case's number
                    end += 1
                if end == i + 1:  # "projektet I ..." in capitals: the stop word is no name, nothing to take
                    i += 1
                    continue
                if end == i + 2 and toks[i + 1].text.lower() in _SV_GRANT_COLUMNS:
                    i += 2  # "Sökande | Beskrivning av projektet | Beviljat": a grant table's column heads
                    continue
                if toks[i + 1].text in LABELS:
                    i += 2  # "Namn på projektet Startdatum 2020-12-01": a form's next label, no name
                    continue
                if (end < len(toks) and re.fullmatch(r"\d{1,4}", toks[end].text)
                        and toks[end].start == toks[end - 1].end + 1
                        and not (end + 1 < len(toks) and toks[end + 1].text.lower().strip(".") in _AMOUNT_WORDS)
                        and not _section_number(toks, end)):
                    end += 1  # "programmet Finland 100", "projektet Bygd 2030": a number closes the name
                if not plural and end == i + 2 and not toks[i + 1].text.isupper():
                    end = self._swedish_name_tail(toks, end)  # "projektet Trygg hemma": names are in sentence case
                    if i > 0 and toks[i - 1].text.lower() in _POSSESSIVES and sv_head == "projekt":
                        end = max(end, _possessed_title_end(toks, i + 1, text))
                span = toks[i + 1:end]
                if plural:
                    names: list[list[Token]] = [[]]
                    for x in span:
                        if x.text in joins:
                            names.append([])
                        else:
                            names[-1].append(x)
                    out += [self._named(text[n[0].start:n[-1].end], "Project", n[0].start, n[-1].end, text,
                                        rule="swedish-head") for n in names if n]
                    i = end
                    continue
                typ = {"projektet": "Project", "projekt": "Project", "programmet": "Programme"}.get(
                    sv_head, "Agreement")
                written = text[span[0].start:span[-1].end]
                out.append(self._named(written.capitalize() if written.isupper() and len(written) > 4 else written,
                                       typ, span[0].start, span[-1].end, text, rule="swedish-head"))
                i = end
                continue
            # "kehittämishankkeen (KEHO)", "integrationsprojektets (IMMI)": the acronym in brackets names it
            if (i + 3 < len(toks) and toks[i + 1].text == "(" and toks[i + 3].text == ")"
                    and _ACRONYM.fullmatch(toks[i + 2].text)
                    and toks[i + 2].text not in self._actor_acronyms and toks[i + 2].text not in FUNDING_ACRONYMS
                    and i + 2 not in taken):
                finnish = _undertaking_head(tok, self.morph)
                kind = finnish or _swedish_head(tok.text)
                if kind and kind[0] not in NOT_ACRONYM_HEADS:
                    acro = toks[i + 2]
                    named = self._compound_name(toks, i, kind, text, taken) if finnish and i not in taken else None
                    if named is not None and not named.generic:  # "Lapin hyvinvointihanke (LAHY)": both names
                        named.acronym = acro.text
                        named.parts = (*named.parts, acro.text)
                        named.end = acro.end
                        named.surface = text[named.start:acro.end]
                        out.append(named)
                        i += 4
                        continue
                    out.append(Mention(start=acro.start, end=acro.end, surface=acro.text, label=acro.text,
                                       type=kind[1], rule="head-acronym", acronym=acro.text,
                                       case=self._case(tok), key=f"acronym:{acro.text.lower()}"))
                    i += 4
                    continue
            # "hankkeen Kummelin peruskorjaus", "Hanke Hyvä arki käynnistyy": a head word, then the name
            if i + 1 < len(toks) and i + 1 not in taken and i not in taken:
                m = self._name_after_head(toks, i, text, taken)
                if m is not None:
                    out.append(m)
                    i += 1
                    continue
            # "pilotti X": a pilot named by a capitalised noun phrase
            if (i + 1 < len(toks) and _lemma(tok, self.morph) == "pilotti" and toks[i + 1].is_cap):
                end = i + 1
                while end < len(toks) and toks[end].is_word and not _is_verb(toks[end], self.morph) \
                        and end - i <= 8 and not (end > i + 1 and self._ends_pilot_name(toks, end)):
                    end += 1
                span = toks[i + 1:end]
                if span:
                    # after an inflected head the name stands in apposition, in its own form ("pilotissa Arjen tuki")
                    label = name_base_form(span, self.morph, text) if self._case(tok) in {"nimento", None} \
                        else text[span[0].start:span[-1].end]
                    out.append(self._named(label, "Project", span[0].start, span[-1].end, text,
                                           rule="pilot"))
                    i = end
                    continue
            # "Toimenpidekokonaisuus 1.2 Yritysten toimintaympäristön parantaminen": a numbered work package
            numbered = self._numbered_work_package(toks, i, text, taken) if i not in taken else None
            if numbered is not None:
                out.append(numbered[0])
                i = numbered[1]
                continue
            # "solmivat sopimuksen X:n järjestämisestä": an agreement named by what it is about
            about = self._agreement_about(toks, i, text, taken) if i not in taken else None
            if about is not None:
                out.append(about[0])
                i = about[1]
                continue
            # compound head with modifiers: "Monialaisen lastensuojelun kehittämishankkeita"
            head = _undertaking_head(tok, self.morph) if i not in taken else None
            if head and not (i + 1 < len(toks) and toks[i + 1].text in QUOTES):
                m = self._compound_name(toks, i, head, text, taken)
                if m is None or m.generic:
                    m = self._bracketed_name_after_head(toks, i, head, text, taken) or m
                if m is not None:
                    out.append(m)
            i += 1
        joint = [m for m in out if m.rule == "joint-owners-head"]
        if joint and (any(m.type == "Project" and m.rule != "joint-owners-head" and not m.generic for m in out)
                      or any(t.end <= joint[0].start and (h := _undertaking_head(t, self.morph)) is not None
                             and h[1] == "Project" for t in toks)):
            # "Selvityshanke toteutetaan A:n, B:n ja C:n yhteistyöhankkeena": the project the sentence is about
            # comes first; the essive says whose joint work it is
            out = [m for m in out if m.rule != "joint-owners-head"]
        # "X:n hallinnoima Hyvä arki -projekti": the run of capitals after the participle stops at "arki", but the
        # head's own rules read the whole name from the same first word; the cut run is no second project
        out = [m for m in out if m.rule != "administered-name" or not any(
            o is not m and o.type in {"Project", "Programme"} and o.start == m.start and o.end > m.end for o in out)]
        for m in out:  # "Punainen Sulka -kampanja": the campaign is named by its name alone, no head-word variant
            if m.parts and any(p.endswith(" -kampanja") for p in m.parts):
                m.parts = tuple(p for p in m.parts if not p.endswith(" -kampanja"))
        return out

    def _bracketed_name_after_head(self, toks: list[Token], i: int, head: tuple[str, str], text: str,
                                   taken: set[int]) -> Mention | None:
        """"eri koulutusasteiden yhteinen hanke (ALL IN), joka ...": a bare project word in the singular that no
        words before it name, then a bracket of one to four capitalised words: the bracket gives the project's
        name, as a quoted name after the head does. Not a fund's or an actor's acronym ("hanke (ESR)"), nor a
        name read already (a place, an organisation), nor a person; not a code with digits nor a head in the
        partitive ("kolme osallisuushanketta (KA155-YOU)": a count of projects of a funding action)."""
        if head[1] != "Project" or _lemma(toks[i], self.morph) not in {"hanke", "projekti"} \
                or i + 3 >= len(toks) or toks[i + 1].text != "(" or toks[i + 1].start != toks[i].end + 1:
            return None
        close = next((k for k in range(i + 2, min(len(toks), i + 7)) if toks[k].text == ")"), None)
        if close is None or close == i + 2:
            return None
        inner = toks[i + 2:close]
        if not all(t.is_word and (t.is_cap or t.text.isupper()) and not any(c.isdigit() for c in t.text)
                   for t in inner) or self._case(toks[i]) == "osanto" \
                or any(k in taken for k in range(i + 2, close)) or inner[0].text in FUNDING_ACRONYMS \
                or inner[0].text in self._actor_acronyms or self._first_name(inner[0]) \
                or any(a.cls in {"paikannimi", "etunimi", "sukunimi"} for a in self.morph.analyse(inner[0].text)):
            return None
        readings = self.morph.analyse(toks[i].text)
        if readings and all(a.number == "plural" for a in readings):
            return None
        name = text[inner[0].start:inner[-1].end]
        m = self._named(name, "Project", inner[0].start, inner[-1].end, text, rule="bracketed-after-head")
        m.case = self._case(toks[i])
        return m

    def _after_given_name(self, toks: list[Token], k: int, text: str) -> bool:
        """"Senja Sissonen projektiasiantuntijana", "Keni Eikkula hanketyöntekijänä": one space after a given name
        (Voikko's or DVV's) a capitalised word is the surname of a person whose title follows, not a project's name
        in the genitive (Voikko reads an unknown surname in -nen as one)."""
        g = toks[k - 1]
        return g.is_word and g.is_cap and text[g.end:toks[k].start] == " " and (
            self._first_name(g) or listed_first_name(g.text))

    def _named_by_project_compound(self, toks: list[Token], text: str, taken: set[int]) -> list[Mention]:
        """"Apotti hanketoimisto", "Apotin hankepäällikkö": a capitalised word inside a sentence right before a
        compound of the project word (the project's office, group or manager) is the project's name."""
        out = []
        for k in range(1, len(toks) - 1):
            nxt = toks[k + 1]
            low = nxt.text.lower()
            if not _PROJECT_STAFF.match(low) or not nxt.text[:1].islower():
                continue
            t = toks[k]
            if k in taken or not (t.is_word and t.is_cap) or t.text.isupper() or "-" in t.text \
                    or _lemma(t, self.morph) in GENERIC_MODIFIERS | set(MUNICIPALITY_HEADS) | set(REGION_HEADS) \
                    or toks[k - 1].text in {".", "!", "?", ":", "•", "–", "-"} or text[t.end:nxt.start] != " " \
                    or is_post(t.text, self.morph) or self._first_name(t) \
                    or any(r.cls in {"paikannimi", "etunimi", "sukunimi", "teonsana"} for r in self.morph.analyse(
                        t.text)) or self._after_given_name(toks, k, text):
                continue
            name = base_of(t.text, self.morph, "omanto") if t.text.endswith("n") else t.text
            name = name[:1].upper() + name[1:]
            m = self._named(name, "Project", t.start, t.end, text, rule="project-compound")
            m.case = self._case(t)
            out.append(m)
            taken.add(k)
        return out

    def _swedish_name_tail(self, toks: list[Token], end: int) -> int:
        """Where a Swedish name in sentence case that opened with one capitalised word ends: up to two lower-case
        words that are no function word, number or verb form ("projektet Trygg hemma i Vasa" -> "Trygg hemma";
        "projektet Kvarken arbetar" -> "Kvarken")."""
        stop = _SWEDISH_CAPS_STOPS | _FUNCTION_WORDS | SWEDISH_FINITE | _SWEDISH_TIME_ADVERBS | {
            "som", "där", "att", "men", "eller", "ett", "en", "det", "den", "de", "sig", "nu"}
        k = end
        if k + 2 < len(toks) and toks[end - 1].text.endswith("s") and _HANGING_HYPHEN.fullmatch(toks[k].text) \
                and toks[k + 1].text in {"och", "eller"} and toks[k + 2].text.isalpha() and toks[k + 2].text.islower():
            # "projektet Framtidens social- och hälsovårdscentral": a genitive owns the word after it, here two
            # compounds sharing their head ("social- och hälsovårds-"), so the name runs on to that head
            return k + 3
        while k < len(toks) and k - end < 2 and toks[k].is_word and toks[k].text.isalpha() \
                and toks[k].text.islower() and toks[k].text not in stop \
                and not toks[k].text.endswith(("ar", "er", "ir", "ade", "de", "te", "as", "s", "it", "ått")):
            # "projekt Vardagslyftet pågått i ett år", "... snart varit igång": a supine ("varit", "blivit",
            # "pågått", "fått") or a time adverb after "har" continues the clause, not the name
            k += 1
        return k

    def _swedish_owned_compound(self, toks: list[Token], i: int, text: str,
                                taken: set[int]) -> tuple[Mention, int] | None:
        """"Österbottens landskapsprogram 2018-2021", "Vasa stads integrationsprojekt": a Swedish compound of
        "program"/"projekt" in the indefinite form right after a known name's s-genitive is a named programme
        or project (Swedish writes "X:s Y-program" where Finnish writes "X:n Y-ohjelma"); a bare head ("Novias
        projekt") is only someone's project."""
        tok = toks[i]
        low = tok.text.lower()
        head = next((h for h in ("program", "projekt") if low.endswith(h)), None)
        if head is None or len(low) < len(head) + 4 or not tok.text.islower() or i == 0 or "-" in low[-len(head) - 1:]:
            return None
        g = i - 1
        kind = toks[g].text.lower() in {"stads", "kommuns", "regions"} and g > 0
        if kind:
            g -= 1  # "Vasa stads": the town before its kind, the kind in the genitive
        gen = toks[g]
        if g not in taken or not gen.is_cap or not (kind or re.fullmatch(r"[A-ZÅÄÖ][\wåäö-]+s", gen.text)):
            return None
        end = i + 1
        if (end + 2 < len(toks) and re.fullmatch(r"(?:19|20)\d\d", toks[end].text) and toks[end + 1].text in "-–"
                and re.fullmatch(r"(?:19|20)\d\d", toks[end + 2].text)):
            end += 3  # the programme's period belongs to its name
        elif end < len(toks) and re.fullmatch(r"(?:19|20)\d\d[-–](?:19|20)\d\d", toks[end].text):
            end += 1
        last = toks[end - 1]
        m = self._named(text[gen.start:last.end], "Project" if head == "projekt" else "Programme", gen.start,
                        last.end, text, rule="swedish-owned-head")
        return m, end

    def _numbered_work_package(self, toks: list[Token], i: int, text: str,
                               taken: set[int]) -> tuple[Mention, int] | None:
        """A work package written as its head, its number and its title: "Toimenpidekokonaisuus 1.2 Yritysten
        toimintaympäristön parantaminen", "Työpaketti 3 Asiakasosallisuuden vahvistaminen alkaa". The title opens
        with a capital and runs to a number, punctuation, a verb or another head (at most twelve words)."""
        head = _undertaking_head(toks[i], self.morph)
        if head is None or head[1] != "WorkPackage" or i + 2 >= len(toks) or self._case(toks[i]) != "nimento":
            return None  # a title names it in the nominative; "Työpaketissa 2 Kunta tekee" is a sentence
        if not re.fullmatch(r"\d{1,2}(?:\.\d{1,2})*", toks[i + 1].text) or not toks[i + 2].is_cap \
                or not toks[i + 2].is_word or i + 2 in taken:
            return None
        end = i + 2
        while end + 1 < len(toks) and end - i < 14:
            nxt = toks[end + 1]
            if not nxt.is_word or end + 1 in taken or _is_verb(nxt, self.morph) or _undertaking_head(nxt, self.morph):
                break
            end += 1
        label = f"{toks[i].text[:1].upper()}{head[0][1:]} {toks[i + 1].text} {text[toks[i + 2].start:toks[end].end]}"
        m = self._named(label, "WorkPackage", toks[i].start, toks[end].end, text, rule="numbered-work-package")
        m.case = self._case(toks[i])
        return m, end + 1

    def _agreement_about(self, toks: list[Token], i: int, text: str, taken: set[int]) -> tuple[Mention, int] | None:
        """An agreement named by its subject after the head in any case: "sopimuksen X:n järjestämisestä",
        "Sopimus A:n purkamisesta ja toiminnan siirtämisestä B:lle" -> "Sopimus X:n järjestämisestä".

        The head is a word for an agreement with no modifier before it; genitives (and "ja") lead to an action
        noun in the elative, which may be followed by "ja", more genitives and another; an illative or allative
        right after the last says where to. Returns the mention and the index after it."""
        head = _undertaking_head(toks[i], self.morph)
        if head is None or head[1] != "Agreement" or head[0].endswith(_SWEDISH_HEADS):
            return None
        before = self.morph.analyse(toks[i - 1].text) if i > 0 and toks[i - 1].is_word else []
        if i > 0 and toks[i - 1].is_word and toks[i - 1].text.lower() not in _MUTUAL_WORDS and any(
                a.case == "omanto" for a in before) and not any(a.mood in _PARTICIPLE_MOODS for a in before):
            # "kuntien sopimus ...": named by its modifiers (compound-head); "A:n ja B:n välisen sopimuksen X:n
            # toteuttamisesta" is named by what it is about all the same, the genitives before are its parties;
            # so is "X:n kanssa tehtävän sopimuksen Y:stä": a participle before it says how it is made, not which
            return None
        if i > 0 and toks[i - 1].text.lower() in _MUTUAL_WORDS and i + 1 < len(toks) \
                and _undertaking_head(toks[i + 1], self.morph) is not None:
            return None  # "keskinäisen sopimuksen hankkeen suunnittelusta": about "the project", which names none
        k, last = i + 1, None
        while k < len(toks) and k - i <= 12:
            t = toks[k]
            readings = self.morph.analyse(t.text)
            if any(a.mood == "MINEN-infinitive" and a.case == "sisaeronto" for a in readings):
                last = k
                k += 1
                if k < len(toks) and toks[k].text in {"ja", "sekä"}:
                    k += 1
                    continue
                break
            if t.is_word and not t.is_cap and readings and all(
                    a.mood in {"present_active", "past_active", "agent"} for a in readings):
                return None  # "sopimuksen valmistelevan työryhmän": the agreement is the participle's object
            if (t.text in {"ja", "sekä", "(", ")"} or (re.fullmatch(r"\(?[A-ZÅÄÖ][\w-]*\)?", t.text) and k > i + 1
                    and toks[k - 1].text == "(")) or (t.is_word and any(a.case == "omanto" for a in readings)) \
                    or (t.is_word and t.is_cap and k + 1 < len(toks) and ":" not in t.text
                        and _genitive_end(toks[k + 1].text)):
                k += 1
                continue
            break
        if last is None or last == i + 1 or not any(
                toks[x].is_word and toks[x].text not in {"ja", "sekä"} for x in range(i + 1, last)):
            return None
        end = last
        # "... siirtämisestä NordLab hyvinvointiyhtymään": where to, when a name follows at once
        for x in range(last + 1, min(last + 4, len(toks))):
            if not toks[x].is_word:
                break
            if any(a.case in {"sisatulento", "ulkotulento"} for a in self.morph.analyse(toks[x].text)):
                if toks[last + 1].is_cap:
                    end = x
                break
        while end > last and toks[end].text in {"ja", "sekä"}:
            end -= 1
        word = "Sopimus" if head[0] == "sopimus" else head[0][:1].upper() + head[0][1:]
        label = f"{word} {text[toks[i + 1].start:toks[end].end]}"
        m = self._named(label, "Agreement", toks[i].start, toks[end].end, text, rule="agreement-about")
        # a bracketed acronym inside is a party's ("Alfan kuntayhtymän (ALFA) purkamisesta"), not the agreement's
        m.acronym, m.parts, m.key = None, (), identity_key(label, self.morph) or None
        m.case = self._case(toks[i])
        return m, end + 1

    def _capitalised_words_before(self, toks: list[Token], i: int, taken: set[int]) -> int:
        """Where a run of up to three capitalised words right before token i starts (i itself if none): words no
        list knows, one space apart; a sentence opener counts only when no dictionary reads it as a common word."""
        k = i
        while k > 0 and i - k < 3 and (k - 1) not in taken and toks[k - 1].is_word and toks[k - 1].is_cap \
                and not toks[k - 1].is_acronym and toks[k].start - toks[k - 1].end == 1 \
                and not is_post(toks[k - 1].text, self.morph) and not self._first_name(toks[k - 1]) \
                and not self._procedural_noun(toks[k - 1]) and _lemma(toks[k - 1], self.morph) not in PROCEDURAL \
                and not _lemma(toks[k - 1], self.morph).endswith(_REPORT_NOUNS):
            # "Lausunto X-hankkeesta": an item title's procedural word is no part of the name; nor is the kind of
            # report a title opens with ("Loppuraportti Kotiapu-projekti"): the report is about the project
            k -= 1
        if k < i and (k == 0 or toks[k - 1].text in {".", "!", "?", ":", "§"} or toks[k - 1].text[:1].isdigit()) \
                and any(a.base[:1].islower() for a in self.morph.analyse(toks[k].text)) \
                and not (k == i - 1 and self._bare_noun_opener(toks[k])):
            k += 1
        return k

    def _connected_words_before(self, toks: list[Token], i: int, taken: set[int]) -> int:
        """`_capitalised_words_before`, read on over a small Swedish or English word between capitalised ones: "Unga i
        Norden-projektet", "Youth in Action-hankkeessa" (Finnish "ja" joins two names, so it is not read over)."""
        first = self._capitalised_words_before(toks, i, taken)
        while first >= 2 and toks[first - 1].text in _NAME_CONNECTIVES and first - 1 not in taken \
                and toks[first - 2].is_cap and toks[first - 2].is_word and first - 2 not in taken \
                and toks[first - 1].start - toks[first - 2].end == 1 and toks[first].start - toks[first - 1].end == 1:
            before = self._capitalised_words_before(toks, first - 1, taken)
            if before == first - 1:
                break
            first = before
        return first

    def _bare_noun_opener(self, t: Token) -> bool:
        """A sentence opener in the bare nominative right before a capitalised name glued to its head ("Bisnes
        Lande-hankkeella", "Metsä Kutsuu-hanke"): a common noun can stand there only as the name's first word, since
        whose or which project would be a genitive or an adjective ("Kunnan", "Uusi")."""
        readings = self.morph.analyse(t.text)
        return (bool(readings) and all(a.cls == "nimisana" and a.case == "nimento" and a.number != "plural"
                                       for a in readings)
                and _lemma(t, self.morph) not in GENERIC_MODIFIERS and _undertaking_head(t, self.morph) is None
                and _body_word(t.text, self.morph) is None and not is_post(t.text, self.morph)
                and not _lemma(t, self.morph).endswith(_KIND_WORDS) and _lemma(t, self.morph) not in PROCEDURAL)

    def _head_after_quote(self, toks: list[Token], i: int, taken: set[int]) -> tuple[int, tuple[str, str], int] | None:
        """(opening quote, head, head's index) when token i closes a quoted name that a project word follows after a
        space ("”Hyvä arki” hankkeen") or a fund's acronym glued to one ("”Kylä kuntoon” ESR-hankkeen"); the
        quoted words open with a capital, at most twelve of them, none read as a known name already."""
        if i + 1 >= len(toks) or toks[i + 1].start <= toks[i].end or not toks[i + 1].is_word:
            return None
        nxt = toks[i + 1]
        head: tuple[str, str] | None = None
        acr = _ACRONYM_DASH.match(nxt.text)
        if acr and acr.group(2) and (acr.group(1) in FUNDING_ACRONYMS or acr.group(1) in self._actor_acronyms):
            head = _undertaking_head(Token(acr.group(2), 0, 0), self.morph)
        elif not nxt.is_cap and i + 1 not in taken:
            head = _undertaking_head(nxt, self.morph)
        if head is None or head[1] not in {"Project", "Programme"} or head[0] in {"hankesuunnitelma"}:
            return None
        opening = next((k for k in range(i - 1, max(-1, i - 14), -1) if toks[k].text in QUOTES), None)
        if opening is None or opening >= i - 1 or not toks[opening + 1].is_cap \
                or all(k in taken for k in range(opening + 1, i)):
            return None
        return opening, head, i + 1

    def _administered_name(self, toks: list[Token], i: int, taken: set[int]) -> tuple[int, int] | None:
        """(first, last) token of a name right after "hallinnoima"/"koordinoima" ("yhdistyksen hallinnoima
        Varsinais-Suomen ja Satakunnan Muistiluotsi toimii ...", "X ry:n hallinnoima YmpäristöAgro II sekä ..."):
        what an organisation administers or coordinates by name is a project, head word or not. The name is the
        run of capitalised words (a Roman numeral and a "ja" between places' genitives in it) up to a word in
        lower case; a run a known name takes, one that a head or a dash follows (the head's own rules read it)
        or one ending in a genitive (it owns the noun after it) is left alone."""
        k = i + 1
        places = getattr(self, "_places", set())  # a place's genitive opens many a name ("Satakunnan Muistiluotsi")
        if k >= len(toks) or not toks[k].is_cap or not toks[k].is_word or (k in taken and k not in places):
            return None
        end = k
        while end + 1 < len(toks):
            nxt = toks[end + 1]
            if nxt.is_word and nxt.is_cap and (end + 1 not in taken or end + 1 in places):
                end += 1
                continue
            if nxt.text == "ja" and end + 2 < len(toks) and toks[end + 2].is_cap and self._place_genitive(toks[end]) \
                    and self._place_genitive(toks[end + 2]) and end + 3 < len(toks) and toks[end + 3].is_cap:
                end += 2  # "Varsinais-Suomen ja Satakunnan Muistiluotsi": places joined before the name's noun
                continue
            break
        if all(x in places for x in range(k, end + 1)):
            return None  # "kaupungin hallinnoima Kajaani": a place administered is no project
        after = toks[end + 1] if end + 1 < len(toks) else None
        if after is not None and (after.text in {"-", "–"} or _undertaking_head(after, self.morph) is not None
                                  or _swedish_head(after.text) is not None):
            return None
        last = toks[end]
        if not _ROMAN_NUMERAL.fullmatch(last.text) and self._case(last) == "omanto":
            return None  # "hallinnoima Kainuun kehittämishanke": the genitive is the compound head's
        if "-" in last.text.strip("-") and _undertaking_head(last, self.morph) is not None:
            return None  # "koordinoimaan Kotiapu-hankkeeseen": a head glued on, read (in its base form) by its rules
        if self._first_name(toks[k], toks[k + 1]) if k + 1 <= end else False:
            return None  # a person coordinates people, not a project
        return k, end

    def _copula_head_after_quote(self, toks: list[Token], i: int, text: str,
                                 taken: set[int]) -> tuple[int, tuple[str, str], int] | None:
        """(opening quote, head, head's index) when token i closes a quoted name that opens its sentence and is
        said to be a project: '"Kylät kuntoon" on Kuopion kaupungin hanke', '”X” är ett integrationsprojekt'. The
        copula comes right after the quote, and a project word in the nominative ends the predicate within four
        words; the quotes say the name, the predicate what it names."""
        opening = next((k for k in range(i - 1, max(-1, i - 14), -1) if toks[k].text in QUOTES), None)
        if opening is None or opening >= i - 1 or not toks[opening + 1].is_cap \
                or all(k in taken for k in range(opening + 1, i)):
            return None
        if opening > 0 and toks[opening - 1].text not in {".", "!", "?", ":"} \
                and "\n" not in text[toks[opening - 1].end:toks[opening].start]:
            return None  # a quote inside a sentence is what someone says or a title named by a word before it
        if i + 1 >= len(toks) or toks[i + 1].text.lower() not in {"on", "oli", "är", "var"}:
            return None
        swedish = toks[i + 1].text.lower() in {"är", "var"}
        for k in range(i + 2, min(len(toks), i + 7)):
            t = toks[k]
            if t.text in {"-", "–"} and k > i + 2 and toks[k - 1].end == t.start:
                continue  # "konst- och integrationsprojekt": a first part whose head the next compound gives
            if not t.is_word:
                return None
            if swedish:
                head = _swedish_head(t.text)
                if head is not None and head[1] == "Project" and t.text.lower().endswith("projekt"):
                    return opening, head, k
                if head is not None:
                    return None
                continue
            head = _undertaking_head(t, self.morph)
            if head is not None:
                if head[1] not in {"Project", "Programme"} or self._case(t) != "nimento" \
                        or _number(t, self.morph) == "plural":
                    return None
                return opening, head, k
        return None

    def _quoted_name_head(self, toks: list[Token], i: int) -> tuple[str, str] | None:
        """(head, type) for a quoted name opening at token i: the head word right before the quote (Finnish or
        Swedish), or a word for "name" ("nimellä", "namnet", a dash between) in a sentence whose subject is a
        project or programme word."""
        prev = toks[i - 1]
        head = _undertaking_head(prev, self.morph)
        if head is None and (sv := _swedish_head_word(prev.text)) is not None:
            head = (sv, {"projektet": "Project", "projekt": "Project", "programmet": "Programme"}.get(sv, "Agreement"))
        if head is None and prev.text.lower() in _SWEDISH_EFFORT_WORDS:
            head = ("projekt", "Project")  # "satsningen ”Barnens bästa”": a quoted name says which effort
        if head is not None:
            return head
        k = i - 1 if prev.text not in {"-", "–", ":"} else i - 2
        if k < 0 or toks[k].text.lower() not in NAME_WORDS:
            return None
        for t in toks[:k]:
            kind = _undertaking_head(t, self.morph) or _swedish_head(t.text)
            if kind is not None:
                return kind
        return None

    def _dash_head_names(self, toks: list[Token], start: int, dash: int, head: tuple[str, str],
                         text: str) -> list[Mention]:
        """The names before " -hanke": one, or several sharing a plural head ("Alfa ja Beeta -hankkeita",
        "Alfa, Beeta ja Gamma -hankkeet"), split where a comma or conjunction is followed by a capital."""
        head_tok = toks[dash + 1]
        readings = self.morph.analyse(head_tok.text)
        plural = bool(readings) and all(a.number == "plural" for a in readings)
        if plural and any(toks[k].text in {"ja", "sekä", "och"} for k in range(start, dash)):
            # "Alfa, Beeta ja Gamma -hankkeet": earlier names of the list stand before commas
            while start >= 2 and toks[start - 1].text == "," and toks[start - 2].is_cap and toks[start - 2].is_word:
                k = start - 2
                while k > 0 and toks[k - 1].is_word and toks[k - 1].is_cap:
                    k -= 1
                opener = k == 0 or toks[k - 1].text in {".", "!", "?", ":", "§"}
                if opener and any(a.base[:1].islower() for a in self.morph.analyse(toks[k].text)):
                    break  # a sentence opener that is a common word ("Kunta, Alfa ja ...") is no name
                start = k
        elided: list[list[Token]] = []  # "Alfa-, Beeta- ja Gamma -hankkeita": each name's head left out but the last
        k = start
        while plural and k + 1 < dash and toks[k].is_cap and re.fullmatch(r"\w{2,}-", toks[k].text) \
                and toks[k + 1].text in {",", "ja", "sekä", "och"}:
            elided.append([toks[k]])
            k += 2
        if elided and k < dash and toks[k].is_cap and toks[k - 1].text in {"ja", "sekä", "och"}:
            return [self._shared_head_name(p, head_tok, head, text) for p in [*elided, toks[k:dash]]]
        parts: list[list[Token]] = [[]]
        for k in range(start, dash):
            tok = toks[k]
            if (tok.text in {",", "ja", "sekä", "och"} and k + 1 < dash and toks[k + 1].is_cap
                    and parts[-1] and not parts[-1][-1].text.endswith("-")):
                parts.append([])
                continue
            parts[-1].append(tok)
        if plural and len(parts) == 1 and head[1] == "Project" and not toks[start].is_acronym \
                and head[0] != "toiminto":
            # "Lapin sote-uudistus -hankkeiden valmistelu": the projects of an undertaking, no one name ("Pikku X
            # -toiminnot" names one set of activities: the plural is its own)
            return []
        if len(parts) == 1 or not plural or any(not p or not p[0].is_cap for p in parts):
            return [self._mention(toks[start:dash], head_tok, head, text, rule="dash-head")]
        return [self._shared_head_name(p, head_tok, head, text) for p in parts]

    def _shared_head_name(self, p: list[Token], head_tok: Token, head: tuple[str, str], text: str) -> Mention:
        name = text[p[0].start:p[-1].end].rstrip("-")
        m = self._named(name, head[1], p[0].start, p[-1].end, text, rule="dash-head-shared")
        m.parts = (*m.parts, f"{name} -{head[0]}")
        m.case = self._case(head_tok)
        return m

    def _name_after_head(self, toks: list[Token], i: int, text: str, taken: set[int]) -> Mention | None:
        """A name written after a bare head word: "hankkeen Kummelin peruskorjaus", "hankkeeseen Kotona
        kaikki hyvin", "Hanke Hyvä arki käynnistyy".

        The name opens with a capital that no list knows and that is no person's first name, and runs
        to the first verb, clause word, punctuation or known name; a place or person right after the head
        ("hankkeen Kainuun alueella") is no name of it."""
        tok = toks[i]
        if not tok.text[:1].isalpha() or (tok.is_cap and i > 0 and toks[i - 1].text not in {".", "!", "?", ":"}):
            return None  # (the first test is Token.is_word without the property call)
        head_lemma = _lemma(tok, self.morph)
        # a compound head in lower case and an inflected case, after no capitalised word: after one the compound
        # closes a name ("Palosuojelurahaston kehittämishanke Jäsenet ..."), and in the nominative it is a run-in title
        compound = head_lemma not in BARE_HEADS and head_lemma.endswith(("hanke", "projekti")) \
            and not (i > 0 and toks[i - 1].is_cap) and self._case(tok) not in {"nimento", None}
        opening = tok.is_cap and head_lemma.endswith(("hanke", "projekti", "hankekokonaisuus")) \
            and (i == 0 or toks[i - 1].text in {".", "!", "?", ":"})
        if head_lemma not in BARE_HEADS and not opening and not (compound and tok.text[:1].islower()):
            # a compound head counts when it opens the sentence ("Kehittämishanke Arjen Tuki alkaa") or stands in
            # lower case before the name as a bare head does ("yhteishankkeen Arjen tuki", "tutkimushankkeessa X")
            return None
        first = toks[i + 1]
        if first.is_acronym and first.is_word and first.text.isalpha() and len(first.text) >= 3 \
                and first.text not in self._actor_acronyms and first.text not in FUNDING_ACRONYMS \
                and first.text.lower() not in GLUED_GENERIC and text[tok.end:first.start] == " " \
                and (head_lemma in BARE_HEADS or compound) and tok.text[:1].islower() and self._case(tok) != "nimento" \
                and not (i > 0 and toks[i - 1].is_cap) and (i + 2 >= len(toks) or toks[i + 2].start > first.end):
            # "hankkeeseen TUKEVA", "hankkeessa ARJESSA": a coined acronym right after the head word is its name
            # (not after a nominative head a name stands before: "Kaakon suunta hanke SÖKÖ II")
            m = self._named(first.text, "Project" if head_lemma != "ohjelma" else "Programme", first.start,
                            first.end, text, rule="head-then-acronym")
            m.acronym = first.text
            return m
        if not (first.is_cap and first.is_word) or first.is_acronym or ":" in first.text \
                or text[tok.end:first.start] != " " or self._first_name(first) or is_post(first.text, self.morph):
            return None
        if any(a.cls in {"paikannimi", "sukunimi", "etunimi"} for a in self.morph.analyse(first.text)) \
                or _undertaking_head(first, self.morph) or BODY_PATTERN.match(_lemma(first, self.morph)) \
                or first.text.lower() in _PROGRAMME_WORDS:
            return None  # "Hankkeen Interreg osuutta": the project's share from a programme, no name
        if any(a.cls == "asemosana" and a.base.lower() in _POINTING_PRONOUNS for a in self.morph.analyse(first.text)):
            return None  # "miksi hanke Mitä se on": a report's run-in headings, a question or a pointer, no name
        end = i + 1
        while end + 1 < len(toks) and end - i < 8:
            nxt = toks[end + 1]
            if (nxt.text.lower() in {"ja", "sekä"} and end + 3 < len(toks) and toks[end + 2].text in "-–"
                    and toks[end + 2].end == toks[end + 3].start and not toks[end + 3].is_cap):
                end += 3  # "tietoperusta ja -käytännöt": an elided compound continues the name
                continue
            if not nxt.is_word or end + 1 in taken or nxt.text.lower() in BREAK_WORDS or ":" in nxt.text \
                    or text[toks[end].end:nxt.start] != " ":
                break
            if nxt.text.lower() in {"ja", "sekä"} and end + 2 < len(toks) and toks[end + 2].is_cap \
                    and toks[end + 2].is_word and end == i + 1:
                break  # "hankkeet Kylävoima ja Arjen apu": one word, then the next name
            if _is_verb(nxt, self.morph) or _clause_participle(nxt, self.morph) or _undertaking_head(nxt, self.morph):
                break
            readings = self.morph.analyse(nxt.text)
            if nxt.is_cap and not nxt.is_acronym and all(toks[k].is_cap for k in range(i + 1, end + 1)) \
                    and not self._first_name(nxt) and end - i < 4:
                end += 1  # "hankkeessa Vahva Kylä", "Projekti Arjen Ankkuri": a name in title case runs on
                continue
            if not readings or nxt.is_cap:
                break  # an unknown or capitalised word after the name opens something else
            end += 1
        span = toks[i + 1:end + 1]
        if len(span) < 2 and not span[0].text[:1].isupper():
            return None
        if any(self._procedural_noun(t) for t in span):
            return None  # "-hankkeeseen Talousarvion käyttösuunnitelman hyväksyminen": the next item's act, run in
        last = self.morph.analyse(span[-1].text)
        if (self._case(tok) == "omanto" and not span[-1].is_cap and last
                and all(a.number == "plural" and a.case == "nimento" for a in last)):
            return None  # "Hankkeen Kick off tilaisuudet ovat": things the project has, not its name
        if len(span) == 1 and self.morph.analyse(span[0].text) and not self._lone_name(toks, i, end):
            return None  # one known common word ("hanke Yhteistyö") says what, not which
        label = text[span[0].start:span[-1].end]
        close = end + 3
        acronym = (close < len(toks) and toks[end + 1].text == "(" and toks[close].text == ")"
                   and _ACRONYM.fullmatch(toks[end + 2].text)
                   and toks[end + 2].text not in self._actor_acronyms)
        m = self._named(f"{label} ({toks[end + 2].text})" if acronym else label,
                        "Project" if _lemma(tok, self.morph) != "ohjelma" else "Programme",
                        span[0].start, toks[close].end if acronym else span[-1].end, text, rule="head-then-name")
        if acronym:  # "hanketta X (ABC)": the bracketed acronym is the same project's short name
            m.label = label
            m.parts = tuple(dict.fromkeys((*m.parts, label, toks[end + 2].text)))
        m.case = self._case(span[-1])
        return m

    def _lone_name(self, toks: list[Token], i: int, k: int) -> bool:
        """One capitalised common noun after a project head in lower case that closes its clause names the project:
        "hankkeessa Kotivoima.", "hankkeet Kylävoima ja Arjen apu", "Hanke Kotivoima alkoi".

        Inside a sentence a writer capitalises a noun only as a name; a singular nominative is what a name after its
        head is written in. Run-in headings ("hanke Seminaarin tarkoituksena", "hankkeesta Raportti Hankkeen")
        go on with more words, so the word must end the clause: a punctuation mark, "ja"/"sekä" before the next
        capitalised name, or (not after a genitive head, whose noun follows it: "hankkeen Loppuseminaari pidettiin")
        a finite verb. A kind word ("Hankkeessa Kunta maksaa") names who, not which."""
        head, word = toks[i], toks[k]
        if head.is_cap and i > 0:
            return False
        if word.text.lower() in _KIND_WORDS or not any(
                a.cls == "nimisana" and a.case == "nimento" and a.number != "plural"
                for a in self.morph.analyse(word.text)):
            return False
        if k + 1 >= len(toks):
            return False
        nxt = toks[k + 1]
        if nxt.text in {".", ",", ";", "!", "?", ")"}:
            return True
        if nxt.text.lower() in {"ja", "sekä"}:
            return k + 2 < len(toks) and toks[k + 2].is_cap and toks[k + 2].is_word
        return self._case(head) != "omanto" and _is_verb(nxt, self.morph) and any(
            a.mood in FINITE_MOODS for a in self.morph.analyse(nxt.text))

    def _acronym_bracket_before(self, toks: list[Token], dash: int, taken: set[int]) -> int | None:
        """Where "(" stands in "Name (ACR) -hanke" or "Name (ESR) -hanke": a bracketed word of capitals right before
        the dash after a word of the name: the project's short name, or the fund that pays it (its own mention); not
        an actor's acronym nor another name read already. Years the project runs may follow the short name inside
        the bracket ("(KÄKÄTE 2010–2014)")."""
        k = dash - 3
        if k >= 0 and toks[dash - 1].text == ")" and toks[k].text != "(":
            # "Käyttäjälle kätevä teknologia (KÄKÄTE 2010–2014) -hankkeeseen": the short name and the years it runs
            k = next((j for j in range(dash - 4, max(-1, dash - 7), -1) if toks[j].text == "("), -1)
            if k < 1 or not all(_YEAR_SPAN_BIT.fullmatch(toks[j].text) for j in range(k + 2, dash - 1)):
                return None
        if k < 1 or toks[dash - 1].text != ")" or toks[k].text != "(" or not toks[k - 1].is_word:
            return None
        short = toks[k + 1].text
        if short in FUNDING_ACRONYMS:
            return k
        if not re.fullmatch(r"[A-ZÅÄÖ][A-ZÅÄÖ0-9]{1,9}", short) or k + 1 in taken or short in self._actor_acronyms:
            return None
        return k

    def _ends_pilot_name(self, toks: list[Token], k: int) -> bool:
        """Whether token k, after a pilot's first word, starts the clause's next part: a clause or time word
        ("vuonna", "kanssa"), "yhdessä"/"yhteistyössä" (with whom), or a capital after a word in lower case (the
        next name: "pilotin Arjen tuki yhdessä Tuusulan kunnan kanssa")."""
        low = toks[k].text.lower()
        return low in BREAK_WORDS or low in {"yhdessä", "yhteistyössä"} \
            or (toks[k].is_cap and not toks[k - 1].is_cap)

    def _long_form_bracket_before(self, toks: list[Token], dash: int, taken: set[int]) -> int | None:
        """Where "(" stands in "ACR (Long form) -hanke": a short name in capitals, then a bracket of two to ten words
        opening with a capital right before the dash: the bracket spells out the project's name (the mirror of
        "Name (ACR) -hanke"); not an actor's or a fund's acronym, nor words read already as another name."""
        if dash < 5 or toks[dash - 1].text != ")":
            return None
        k = next((j for j in range(dash - 3, max(0, dash - 13), -1) if toks[j].text in "()"), None)
        if k is None or k < 1 or toks[k].text != "(" or dash - 1 - k < 3 or not toks[k + 1].is_cap:
            return None
        short = toks[k - 1].text
        if not re.fullmatch(r"[A-ZÅÄÖ][A-ZÅÄÖ0-9]{1,9}", short) or short in self._actor_acronyms \
                or short in FUNDING_ACRONYMS or any(j in taken for j in range(k - 1, dash)):
            return None
        inner = toks[k + 1:dash - 1]
        if not all(t.is_word or t.text in {",", "-", "–"} for t in inner) or not inner[-1].is_word:
            return None
        return k

    def _long_form_after(self, toks: list[Token], head_at: int, text: str, taken: set[int]) -> tuple[str, ...]:
        """"KYVO-hanketta (Kylien voima)": words in brackets right after an acronym's head spell the project's name
        out, a second name of it; two to eight words opening with a capital, none read as another name already
        nor closed by a legal form (the bracket then says who runs it)."""
        k = head_at + 1
        if k + 3 >= len(toks) or toks[k].text != "(" or not toks[k + 1].is_cap:
            return ()
        close = next((j for j in range(k + 2, min(len(toks), k + 10)) if toks[j].text in "()"), None)
        if close is None or toks[close].text != ")" or close - k < 3:
            return ()
        inner = toks[k + 1:close]
        if not all(t.is_word for t in inner) or any(j in taken for j in range(k + 1, close)) \
                or _LEGAL_FORM_END.search(text[inner[0].start:inner[-1].end]):
            return ()
        return (text[inner[0].start:inner[-1].end],)

    def _bracketed_short_name(self, toks: list[Token], head_at: int) -> str | None:
        """"Pitkä nimi -hankkeessa (InnoGIS-hanke)": a bracketed word with two or more capitals right after a
        dash-headed name, alone or glued to an undertaking head, is the same project's short name (its acronym,
        so that the two mentions resolve to one project)."""
        if head_at + 3 >= len(toks) or toks[head_at + 1].text != "(" or toks[head_at + 3].text != ")":
            return None
        short = _BRACKETED_SHORT.fullmatch(toks[head_at + 2].text)
        if short is None or short.group(1) in self._actor_acronyms or short.group(1) in FUNDING_ACRONYMS:
            return None
        if short.group(2) and _undertaking_head(Token(short.group(2), 0, 0), self.morph) is None:
            return None
        return short.group(1)

    def _area_before(self, toks: list[Token], i: int, taken: set[int]) -> bool:
        """A known place in the genitive right before an acronym project ("Pohjois-Savon AB-keskushanke").

        Only a single capitalised word ending in -n that a list matched; "THL:n" and lower-case words are owners
        or modifiers, not part of a name."""
        if i == 0 or (i - 1) not in taken:
            return False
        prev = toks[i - 1]
        return (prev.is_cap and prev.text.endswith("n") and ":" not in prev.text and not prev.text.isupper()
                and toks[i].start - prev.end == 1 and (i < 2 or (i - 2) not in taken))

    def _glued_name(self, word: str, *, sentence_initial: bool) -> bool:
        """A capitalised word glued to "-hanke" names the project ("Rainer-hanke", "Apotti-hanke").

        Not a compound's first part written apart ("Kehittämis-hanke", "Kärki-hanke"),
        a pronoun or adverb at the start of a sentence, or a word that only says what kind of project it is.
        Inside a sentence the capital is the writer's: a pronoun, adverb or postposition written so and glued to
        the head is a coined name ("Kohti-hankkeen loppuraportti", "Lausunto Yhdessä-hankkeesta").
        """
        low = word.lower()
        if low in GLUED_GENERIC or low.endswith("mis") or low in GENERIC_MODIFIERS:
            return False
        readings = self.morph.analyse(word)
        if sentence_initial and any(a.cls in {"asemosana", "seikkasana", "sidesana", "suhdesana"} for a in readings):
            return False
        return not sentence_initial or bool(readings) or not low.endswith("s")

    def _ends_name(self, t: Token, j: int, taken: set[int]) -> bool:
        """Words that stand before a name without belonging to it.

        Money ("euron"), a recipient in the allative ("osaamiskeskukselle") and an owning
        programme or project in the genitive ("Suomen kestävän kasvun ohjelman Tulevaisuuden
        ... -hanke") all end the walk back from " -hanke".
        """
        readings = self.morph.analyse(t.text)
        if any(a.base.lower() == "euro" for a in readings):
            return True
        if j in taken and any(a.case in {"ulkotulento", "ulkoeronto"} for a in readings):
            return True
        return bool(_undertaking_head(t, self.morph)) and any(a.case == "omanto" for a in readings)

    def _procedural_noun(self, t: Token) -> bool:
        """An action noun of a minutes title ("myöntäminen", "hyväksyminen", "myöntämiseksi") or a procedural
        word: what is done to a project; a name after it starts at its own capital. Right before the head it
        belongs to the name ("... innovaatiotoiminnan kehittäminen -projekti"), so callers skip that place."""
        low = t.text.lower()
        if low in PROCEDURAL:
            return True
        readings = self.morph.analyse(t.text)
        return any(a.mood == "MINEN-infinitive" and a.case in {"nimento", "tulento"} and a.base.lower() in
                   PROCEDURAL_ACTS for a in readings)

    def _plural_head(self, t: Token) -> bool:
        """Whether the word is "hankkeet", "projektit" or an inflection of either: several projects, no name."""
        low = t.text.lower()
        if not low.startswith(("hankk", "hanke", "projekt")):
            return False
        readings = self.morph.analyse(t.text)
        return bool(readings) and all(a.number == "plural" and a.base.lower() in {"hanke", "projekti"}
                                      for a in readings)

    def _name_start(self, toks: list[Token], head_idx: int, *, title: bool,
                    taken: set[int] | None = None) -> int | None:
        """Where a name before " -hanke" begins: the earliest capital in the run of name words."""
        taken = taken or set()
        if not title and (titled := self._dash_titled_start(toks, head_idx, taken)) is not None:
            return titled
        j = head_idx - 1
        earliest: int | None = None
        while j >= 0 and head_idx - j <= 16:
            t = toks[j]
            if t.text in {"!", "?"} and j == head_idx - 1 and j > 0 and toks[j - 1].is_word \
                    and toks[j - 1].end == t.start and t.end < toks[head_idx].start:
                j -= 1  # "TUKEE! -hankkeen", "Yhdessä vai yksin? -hanke": a coined name's own mark before the dash
                continue
            if t.text in {".", ",", ";", ":", "!", "?", "\"", "“", "”", "§", "|"} or _glued_label(toks, j):
                break  # "| Lapin yliopisto | Arktinen hyvinvointi -hanke |": a table's cell border ends a name
            if t.text == "/" and 0 < j < head_idx - 1 and toks[j - 1].end < t.start < t.end < toks[j + 1].start:
                break  # "ELY-keskus ESR / Kestävää kasvua ja työtä -rakennerahasto": a spaced slash parts two entries
            if t.text in {"-", "–"} and not (j > 0 and toks[j - 1].text.isdigit()) and not title:
                if earliest is not None and _opening_acronym(toks, j, taken):
                    earliest = j - 1  # "ASKELMAT – Askel askeleelta osallisuuspolku -hanke": the short name opens it
                break
            if t.text in {"(", ")"} and not title:
                break
            if t.is_word and ":" in t.text:  # "STM:n ..." owner, not part of the name
                if t.is_cap and (earliest is None or re.fullmatch(r"[IVX]+|\d+", toks[earliest].text)) \
                        and head_idx - j >= 3:
                    earliest = j  # "MTT:n tutkimuksen keihäänkärjet II -projekti": nothing else opens the name
                break
            if t.text.lower() in BREAK_WORDS and not self._name_adverb(toks, j, head_idx) \
                    and not _title_case_on(toks, j, head_idx):
                break
            if t.text.lower() in _LIST_JOINS and j + 1 < head_idx and toks[j + 1].is_cap:
                break  # "A ry ... sekä B:n C -hankkeeseen": a capital after "sekä" opens the list's next item
            if t.text.lower() in _LEGAL_FORMS and earliest is not None:
                break  # "FOKUS ry katsomusopetuksen ... X -hanke": a registered name ends at its legal form
            if t.text in {"av", "om"} and earliest == j + 1:
                break  # "Finansiering av Trygg Vardag -projektet": a Swedish act's object, the name after it
            if earliest is not None and t.is_word and (
                    t.text.lower().endswith(_AGREEMENT_WORDS) or (
                        j > 0 and not t.is_cap and toks[j - 1].text.lower().endswith(_AGREEMENT_WORDS)
                        and self._case(t) in _ELATIVE_CASES)):
                break  # "Sopimus yhteistyöstä X -projektissa": the agreement's title opens, the project's name follows
            if t.is_word and not t.is_cap and (_is_verb(t, self.morph) or (
                    _clause_participle(t, self.morph) and not _lexicon_noun(t, self.morph))):
                # ("Kylien voima -hanke": a noun Voikko also reads as a participle is a word of the name)
                if earliest is None and self._verb_in_name(toks, j, head_idx, taken):
                    j -= 1  # "Tornion Aine tulee kylään -hanke": a name may be a clause of its own
                    continue
                if self._manner_slogan(toks, j):
                    j -= 1  # "Aktiivisesti ikääntyen Euroopassa -hanke": a slogan of how, its capital opens it
                    continue
                break  # "Pikassoksen koordinoima X -hanke": the participle's clause is not the name
            if earliest is not None and t.is_word and not t.is_cap and (readings := self.morph.analyse(t.text)) \
                    and all(a.mood in {"present_active", "past_active"} for a in readings):
                break  # "Keski-Suomessa toimivaan Hyvä Arki -hankkeeseen": a participle before the capital describes
            if earliest is not None and j in taken and self._case(t) in _LOCAL_CASES:
                break  # "Keski-Suomessa Hyvä Arki -hanke": where the project runs, not its name
            if earliest is not None and j in taken and t.text in MUNICIPALITY_HEADS and j < earliest:
                # "... ja Hollolan kunta Yhdessä eteenpäin -hankkeessa": a town named with its kind word in the
                # nominative is a clause's subject, not a word of the name after it
                break
            if re.fullmatch(r"\d{1,2}\.\d{1,2}\.(\d{4})?", t.text):
                break
            if title and t.text.isdigit() and j > 0 and toks[j - 1].text == "§":
                break
            if t.text[:1].isdigit() and not t.is_word and not re.fullmatch(r"(19|20)\d{2}", t.text) and not (
                    j == head_idx - 1 and re.fullmatch(r"\d{1,2}(?:\.\d)?", t.text)):
                break  # "420 000 euron ...": amounts end a name; years and "tavoite 2 -ohjelma", "X 2.0" belong to it
                # (a digit-letter word, "Kylät 3D Kotona", is a word of the name: Token.is_word)
            if t.is_word and self._ends_name(t, j, taken):
                break
            if earliest is not None and t.is_word and not t.is_cap and self._plural_head(t):
                # "Sosiaali- ja terveystoimialan hankkeet/aki Aktiiviasiakas -hanke": the plural of the head word
                # is a label of a group of projects (an item heading), none of the one project's name
                break
            if (earliest is not None and j < head_idx - 1 and t.is_word and not t.is_cap
                    and self._procedural_noun(t)
                    and not all(k in getattr(self, "_places", ()) for k in range(j + 1, head_idx))):
                # "kehittämisrahan myöntäminen X -projektille": the act on a project is not its name; only a place
                # after it ("... kaupunkikehittämisen käynnistäminen Lahdessa -niminen hanke") is the title's tail
                break
            if (earliest is not None and j < head_idx - 1 and t.is_word and len(t.text) > 4 and t.text.isupper()
                    and toks[earliest].text.isupper() and self._procedural_noun(t)):
                # "ILMOITUSASIAT OSALLISTUMINEN ARJEN APU -HANKKEESEEN": in a title in capitals the act on the
                # project opens no name either; the capitals hide where the name begins, the act shows it
                break
            if earliest is not None and t.is_word and describing_compound(t.text, self.morph):
                break  # "ESR-rahoitteinen Työkuntoon -hanke": how the project is funded, not its name
            if earliest == j + 1 and t.is_word and (not t.is_cap or _lower_tail(t)) \
                    and self._describes_head(t, toks, head_idx):
                # "vetää kaksivuotista Arjen Apu -hanketta", "EU-rahoitteisesta VOIMAA -hankkeesta": an adjective in
                # the head's case describes the project, as the head does, and is no word of its name
                break
            if earliest == j + 1 == head_idx - 1 and _coined_capitals(toks[earliest]) and t.is_word \
                    and not t.is_cap and t.text.lower() not in _TAIL_CONNECTIVES:
                break  # "tukea kotoutumistyöhön VOIMAA -hankkeesta": a coined name in capitals opens after lower case
            if earliest is not None and t.is_word and _MONEY_COMPOUND.match(t.text):
                break  # "myöntää EAKR-rahoitusta Asumisen Häme -hankkeelle": the money given, not the name
            if earliest is not None and t.is_cap and j > 0 and self._first_name(toks[j - 1], t):
                # "tutkija Anna Korhosen Arjen Tuki -hanke": a person's genitive says whose project it is; "Lisätiedot:
                # Anna Korhonen Arjen Tuki -hankkeen koordinaattori" (a contact line run into one): who tells of it
                break
            if earliest is not None and j > 0 and self._caps_label_word(t, toks[earliest]) \
                    and self._caps_label_word(toks[j - 1], toks[earliest]):
                # "HANKKEEN NIMI JA HANKETUNNUS Maaseudun tulevaisuusriihi -koulutushanke": a form's label, words of
                # the language in capitals; one such word alone may be a coined short name ("LIFE Luonto -rahasto")
                break
            if t.is_cap:
                earliest = j
            j -= 1
        if earliest is not None:
            earliest = self._capitalised_tail(toks, earliest, head_idx)
        while earliest is not None and earliest + 1 < head_idx and toks[earliest + 1].is_cap \
                and opener_word(toks[earliest], self.morph, loose=False):
            earliest += 1  # "Kumppani Hyvä Arki -hanke", "Toiminnanjohtaja X -hanke": a row's label or a post
        if earliest is not None:
            earliest = self._past_known_opener(toks, earliest, head_idx, taken)
        if earliest is not None and earliest == j + 1 and (j < 0 or toks[j].text in {"§", ".", ":"} or
                                                           toks[j].text.isdigit()):
            # a sentence-initial "Osallistuminen X -hankkeeseen": the procedural noun is not the name
            first = toks[earliest].text.lower()
            if first in PROCEDURAL or _lemma(toks[earliest], self.morph) in PROCEDURAL \
                    or self._demonstrative(toks[earliest]):
                # "Tällä Yritetään yhdessä -kehittämishankkeella", "Näin Vahva Polku -projekti": a sentence's
                # demonstrative says which, the name starts at the capital after it
                later = next((k for k in range(earliest + 1, head_idx) if toks[k].is_cap), None)
                return later
        if earliest is not None and earliest + 2 < head_idx and toks[earliest].text.lower() in _READ_MORE \
                and toks[earliest + 1].text.lower() in {"lisää", "myös"}:
            # "Lue lisää Kiinni elämässä -toiminnasta": a web page's link text, the name starts at the capital after
            return next((k for k in range(earliest + 2, head_idx) if toks[k].is_cap), None)
        return earliest

    def _past_known_opener(self, toks: list[Token], earliest: int, head_idx: int, taken: set[int]) -> int:
        """Where a name before " -hanke" begins when a known organisation or programme in the nominative opens the
        run ("Kela Hyvä Arki -hanke", "STEA Hyvä Arki -hanke", "Rahoittaja Kela X -hanke"): the funder's or the
        owner's cell before the project's, a name of its own; its genitive ("Kelan X -hanke") says whose and is
        read elsewhere. A place may open a project's name ("Kuopio Liikkuu") and stays."""
        actors = getattr(self, "_actors", set())
        if earliest not in actors or earliest not in taken or (earliest > 0 and earliest - 1 in actors):
            return earliest
        k = earliest
        while k + 1 < head_idx and k + 1 in actors:
            k += 1
        last = toks[k]
        if k + 1 >= head_idx or not (toks[k + 1].is_cap and toks[k + 1].is_word) or k + 1 in taken:
            return earliest
        if not (last.text.isupper() or self._case(last) == "nimento"):
            return earliest
        return k + 1

    def _describes_head(self, t: Token, toks: list[Token], head_idx: int) -> bool:
        """A lower-case adjective in the case of the kind word after the dash ("kolmivuotiseen X -hankkeeseen",
        "uutta X -hanketta"): it describes the project, as the word after it does, and is no word of the name. An
        "-inen" adjective Voikko does not know (a numeral compound: "puolitoistavuotista") is told by its ending."""
        if head_idx + 1 >= len(toks) or toks[head_idx].text not in {"-", "–"}:
            return False
        head_case = self._case(toks[head_idx + 1])
        if head_case is None:
            return False
        readings = self.morph.analyse(t.text)
        if readings and all(a.cls is not None for a in readings):
            return any(a.cls == "laatusana" and a.case == head_case for a in readings)
        return t.text.lower().endswith(_INEN_ENDINGS.get(head_case, ()))

    def _caps_label_word(self, t: Token, first: Token) -> bool:
        """A word of the language in capitals ("NIMI", "JA", "HANKETUNNUS") before a name that opens in ordinary
        case: a form's or a report's label in capitals, not a word of the name; a coined short name in capitals
        ("KOTIVA Kotihoidon vahvistaminen") is no word the lexicon knows and stays."""
        if not (t.is_word and len(t.text) > 1 and t.text.isupper() and not first.text.isupper()):
            return False
        readings = self.morph.analyse(t.text.lower())
        return bool(readings) and all(r.cls not in {None, "etunimi", "sukunimi", "paikannimi", "nimi", "lyhenne"}
                                      for r in readings)

    def _capitalised_tail(self, toks: list[Token], earliest: int, head_idx: int) -> int:
        """Where a name before " -hanke" begins when its last two or more words are all capitalised ("Kestävä
        Kasvu", "Interreg Europe") and a word in lower case stands before them: a name written in title case does
        not run on into lower-case words, which are the clause it stands in ("saavat rahoitusta alueiden välisen
        Interreg Europe -yhteistyöohjelmasta"), while a sentence-case name ("Kotona kaikki hyvin") has no such
        tail. A connective ("Varsinais-Suomen ja Satakunnan Muistiluotsi", "Dance of the Fisherman") joins, and a
        place in the tail ("Hyvinvointia yhdessä Pohjois-Savo") may end a sentence-case name."""
        k = head_idx - 1
        while k >= earliest and toks[k].is_word and toks[k].is_cap:
            k -= 1
        if head_idx - (k + 1) < 2 or k < earliest or not toks[k].is_word or toks[k].is_cap \
                or toks[k].text.lower() in _TAIL_CONNECTIVES \
                or any(x in getattr(self, "_places", ()) for x in range(k + 1, head_idx)):
            return earliest
        return k + 1

    def _demonstrative(self, t: Token) -> bool:
        """A demonstrative pronoun in any case ("Tämä", "Tällä", "Tässä", "Nämä") or "Näin", or a demonstrative of
        kind ("Tällaisen projektin rahoittaminen": such a project, none named), which Voikko reads as an adjective."""
        if t.text.lower() == "näin":
            return True
        readings = self.morph.analyse(t.text)
        return bool(readings) and all((a.cls == "asemosana" and a.base.lower() in _DEMONSTRATIVES)
                                      or a.base.lower() in _KIND_DEMONSTRATIVES for a in readings)

    def _dash_titled_start(self, toks: list[Token], head_idx: int, taken: set[int]) -> int | None:
        """A short name, a dash spaced on both sides and its spelt-out title before " -hanke": the title is
        read whole, whatever its words (participles and verb forms are common in titles: "menestystä menneestä"),
        up to the nearest such dash at most twelve words back with no punctuation between."""
        for j in range(head_idx - 2, max(0, head_idx - 14), -1):
            t = toks[j]
            if t.text in {"-", "–"}:
                return self._short_name_before_dash(toks, j, head_idx, taken) if head_idx - j > 2 else None
            if not (t.is_word or re.fullmatch(r"(19|20)\d{2}", t.text)) or ":" in t.text:
                return None
        return None

    def _short_name_before_dash(self, toks: list[Token], dash: int, head_idx: int, taken: set[int]) -> int | None:
        """Where a short name begins that a dash spaced on both sides parts from its spelt-out title, all of it
        before " -hanke" ("kuntavastinrahoitusta IndusTryWINS – Teollisen vihreän siirtymän digitaalinen kaksonen
        -hankkeelle", "Kyläyhdistys ry:n Voimaa vanhasta – menestystä menneestä -hankkeessa"): the title's dash
        is not where the name stops. The short name opens with a capital and runs at most three words, no verb,
        no known name and no owner's genitive in it; what stands before it is no capitalised word that could
        continue it (a lower-case word, a genitive with a colon, a known name, punctuation or nothing)."""
        if dash < 1 or dash + 1 >= head_idx or toks[dash - 1].end >= toks[dash].start \
                or toks[dash + 1].start <= toks[dash].end:
            return None
        start = None
        for k in range(dash - 1, max(-1, dash - 4), -1):
            t = toks[k]
            if k == dash - 1 and self._name_adverb(toks, k, dash):
                continue  # "Kaikki mukaan – osallisuutta Keski-Suomeen -hanke": the short name's last word
            if k == dash - 1 and k >= 2 and self._verb_closing_short_name(toks, k):
                continue  # "Hyvä teko tarttuu – ...", "Hyvin sanottu – ...": a coined name may close on a verb
            if not t.is_word or k in taken or ":" in t.text or t.text.lower() in BREAK_WORDS \
                    or _undertaking_head(t, self.morph) or (not t.is_cap and (
                        _is_verb(t, self.morph) or _clause_participle(t, self.morph))):
                break
            if t.is_cap:
                start = k
                if k == 0 or not (toks[k - 1].is_word and toks[k - 1].is_cap) or k - 1 in taken \
                        or ":" in toks[k - 1].text:
                    break
        if start is None or (start > 0 and toks[start - 1].is_word and toks[start - 1].is_cap
                             and start - 1 not in taken and ":" not in toks[start - 1].text):
            return None
        first = toks[start]
        lem = _lemma(first, self.morph)
        if first.text.lower() in PROCEDURAL or lem in PROCEDURAL or self._first_name(first):
            return None
        if lem in GENERIC_MODIFIERS and (dash - start < 2 or lem in _POINTING_MODIFIERS or self._demonstrative(first)):
            return None  # "Uusi – ...", "Tämä hanke – ...": which one; "Kaikki mukaan – X", "Oma polku – X" are names
        return start

    def _verb_closing_short_name(self, toks: list[Token], k: int) -> bool:
        """A lower-case verb or participle right before the spaced dash of a titled name is the short name's last
        word ("tukee Hyvä teko tarttuu – osallisuuden ... -hanketta", "Hyvin sanottu – Bra sagt -hanke") when
        a capitalised word opens the short name within two words before it, and that capital stands inside a
        sentence, after a lower-case word: a sentence's own subject and verb ("Ohjausryhmä kokoontui – ...")
        open the sentence instead."""
        t = toks[k]
        if t.is_cap or not t.is_word or not (_is_verb(t, self.morph) or _clause_participle(t, self.morph)):
            return False
        for c in (k - 1, k - 2):
            if c < 1 or not toks[c].is_word:
                return False
            if toks[c].is_cap:
                before = toks[c - 1]
                return before.is_word and not before.is_cap and _undertaking_head(before, self.morph) is None
        return False

    def _verb_in_name(self, toks: list[Token], j: int, head_idx: int, taken: set[int]) -> bool:
        """A finite verb between a capital and " -hanke" belongs to the name ("Yhdistyksen Kesä tulee kylään
        -hankkeelle"): nothing but a name stands before the dash, so "Kesä tulee kylään" is one. The capital must
        follow an owner's genitive, a listing comma or conjunction, so that a sentence's own subject and verb
        ("Kunta osallistuu hyvinvointi -hankkeeseen") are not read as a name."""
        if head_idx - j > 4 or j < 2 or not _is_verb(toks[j], self.morph):
            return False
        cap, before = toks[j - 1], toks[j - 2]
        if not (cap.is_word and cap.is_cap) or cap.is_acronym or j - 1 in taken or ":" in cap.text \
                or _lemma(cap, self.morph) in GENERIC_MODIFIERS or self._first_name(cap) \
                or any(a.cls in {"asemosana", "seikkasana", "sidesana"} for a in self.morph.analyse(cap.text)):
            return False
        if before.text in {",", "ja", "sekä"}:
            return True
        return before.is_word and (j - 2 in taken or any(a.case == "omanto" for a in self.morph.analyse(before.text)))

    def _manner_slogan(self, toks: list[Token], j: int) -> bool:
        """An instructive infinitive ("ikääntyen", "liikkuen") right after a capitalised adverb of manner
        ("Aktiivisesti", "Turvallisesti"): the two open a coined name of how something is done, no clause of the
        sentence (a clause's adverb is written in lower case inside a sentence)."""
        if j == 0 or not all(a.mood == "E-infinitive" for a in self.morph.analyse(toks[j].text) or [None]):
            return False
        cap = toks[j - 1]
        readings = self.morph.analyse(cap.text)
        return cap.is_word and cap.is_cap and not cap.is_acronym and bool(readings) \
            and all(a.case == "kerrontosti" for a in readings)

    def _name_adverb(self, toks: list[Token], j: int, head_idx: int) -> bool:
        """"Kaikki mukaan -hanke", "Isät mukaan -projekti": "mukaan" right before the dash after a capitalised word
        not in the genitive is the name's last word; after a genitive it is the postposition ("Ohjeen mukaan")."""
        if toks[j].text.lower() != "mukaan" or j != head_idx - 1 or j == 0 or not toks[j - 1].is_cap:
            return False
        return not any(a.case == "omanto" for a in self.morph.analyse(toks[j - 1].text))

    def _capital_opens_act(self, toks: list[Token], j: int, taken: set[int], text: str) -> bool:
        """Whether the act noun at j ("edistämisen") is the inside of a long descriptive name that a capital opens
        within the sentence: "este Sosiaalisen osallisuuden edistämisen koordinaatiohankkeen (Sokra)", "mukana
        Kuntien hyvinvoinnin edistämisen kehittämishankkeessa". Its object, one to three genitives in lower case,
        stands between the act and a capitalised genitive that no sentence start explains; in lower case
        throughout ("sosiaalisen osallisuuden edistämisen hankkeisiin") or opening the sentence, the words describe
        a kind of project and name none."""
        if _lemma(toks[j], self.morph) in PROCEDURAL or not all(
                a.case == "omanto" for a in self.morph.analyse(toks[j].text) if a.mood == "MINEN-infinitive"):
            return False  # "Kokouksen työjärjestyksen hyväksyminen Aluehallinnon uudistushanke": a title run in
        k = j - 1
        while k >= 0 and j - k <= 3 and toks[k].is_word and not toks[k].is_cap and k not in taken \
                and ":" not in toks[k].text and (readings := self.morph.analyse(toks[k].text)) \
                and all(a.case == "omanto" and a.cls in {"nimisana", "laatusana"} and not a.mood for a in readings):
            k -= 1
        if k == j - 1 or k < 1 or k in taken or not self._place_genitive(toks[k]) or toks[k].is_acronym:
            return False
        owners = _OWNER_OF_UNDERTAKING | {"kunta", "kuntayhtymä"}
        if any(_lemma(toks[m], self.morph) in owners for m in range(k + 1, j)):
            return False  # "Xn kaupungin osallistumisen hankkeeseen": the town is the one acting, no name's object
        before = toks[k - 1]
        return before.is_word and before.text not in {".", "!", "?", ":", "§"} \
            and "\n" not in text[before.end:toks[k].start] and not before.text.isupper()

    def _after_run_in_title(self, toks: list[Token], mods: list[int]) -> list[int]:
        """The modifiers after a title run into the name: "Pohjois-Suomen strategia Pohjois-Suomen maakunnan liittojen
        välinen sopimus" (a list of items on one line), "Keski-Suomen hyvinvointialue Strateginen yhteistyösopimus"
        (a heading above a title). A noun in the nominative in lower case ends a phrase of its own when a capitalised
        word follows it inside the modifiers: a name's modifiers are genitives and agreeing adjectives, and a
        nominative noun among them is the head of the title before."""
        for n in range(len(mods) - 2, -1, -1):
            t, nxt = toks[mods[n]], toks[mods[n + 1]]
            if not (nxt.is_cap and t.is_word and t.text[:1].islower()):
                continue
            readings = self.morph.analyse(t.text)
            if any(a.case == "nimento" and a.cls == "nimisana" for a in readings) and not any(
                    a.case == "omanto" or a.cls != "nimisana" or a.mood for a in readings):
                return mods[n + 1:]
        return mods

    def _compound_name(self, toks: list[Token], i: int, head: tuple[str, str], text: str,
                       taken: set[int]) -> Mention | None:
        lemma, typ = head
        if lemma in NOT_NAMES and i == 0:
            return None
        named = self._named_as(toks, i, head, text, taken)
        if named is not None:
            return named
        if lemma.endswith("kokonaisuus"):
            return None  # "Innokylän hankekokonaisuus": only a name glued or dashed to it names a set of projects
        head_case = self._case(toks[i])
        head_number = _number(toks[i], self.morph)
        j = i - 1
        mods: list[int] = []
        agreeing: list[int] = []  # modifiers taken because they agree with the head (adjectives, participles)
        generic_at: int | None = None  # a generic adjective inside a genitive chain ("kuntien yhteinen")
        indefinite = False  # the chain is opened by "muu", "eri", "kaikki": any one of a kind, no name
        appositive = False
        mutual = False  # the modifiers are the parties before "välinen" (_mutual_parties)
        # a Swedish head ("projekt", "avtal") takes no Finnish modifiers: Voikko only guesses at Swedish words, and
        # Swedish puts a name after its head or in quotes ("Yrkeshögskolan Novias projekt" is Novia's, not a name)
        swedish = lemma.endswith(_SWEDISH_HEADS)
        if swedish and i > 0 and toks[i - 1].is_word:
            return None  # "i detta avtal": what the words before say is left to the Swedish rules
        # "... Pello ja Kolari" / "Hanke kestää ...": a capitalised head opening a line opens a sentence there (a
        # line without its full stop was joined to the next); the words of the line above are not its name
        line_opener = i > 0 and toks[i].is_cap and "\n" in text[toks[i - 1].end:toks[i].start]
        # "2. Kuntajaon toteuttaminen ja muoto Sopimus tulee ...", "KERAVAN KAUPUNKI Sopimus 2 (9)": a capitalised
        # head after a word in lower case or in capitals opens a sentence after a heading run into it (a transcript
        # loses the line break); Finnish capitalises a name's first word only, so no modifier precedes it
        line_opener = line_opener or (i > 0 and toks[i].is_cap and not toks[i].is_acronym and toks[i - 1].is_word
                                      and toks[i - 1].text.lower() not in {"ja", "sekä", "och", "samt"}
                                      and not toks[i - 1].text.endswith("-")
                                      and (toks[i - 1].text[:1].islower()
                                           or (len(toks[i - 1].text) >= 2 and toks[i - 1].text.isupper())))
        # "Perustelut HUS-järjestämissopimus on ...", "Päätös Yhteistyösopimus hyväksyttiin": a part heading of
        # minutes run into the text under it heads that text, it is no word of a name
        line_opener = line_opener or (i > 0 and toks[i].is_cap and toks[i - 1].text.lower() in PART_WORDS)
        # "... Osahankkeiden työntekijätiimit HANKKEEN TOIMINTA ...": a head in capitals after a word that is not
        # opens a heading in capitals (a report's contents run into one line); a name and its head share their case
        line_opener = line_opener or (i > 0 and len(toks[i].text) > 4 and toks[i].text.isupper()
                                      and toks[i - 1].is_word and not toks[i - 1].text.isupper())
        # (a comma inside a list of genitives is no word: "A:n, B:n ja C:n sopimus" reads as far as "A:n ja B:n")
        while j >= 0 and i - j <= 6 + sum(1 for k in mods if toks[k].text == ",") and not swedish and not line_opener:
            t = toks[j]
            if typ == "Agreement" and j == i - 1 and t.text.lower() in _MUTUAL_WORDS:
                parties = _mutual_parties(toks, j, taken, self.morph)
                if parties:  # "A:n ja B:n välinen sopimus": the parties name the agreement
                    mods += [j, *parties]
                    mutual = True
                    break
            if t.text in {"-", "–"} and typ == "Agreement" and mods and mods[-1] == j + 1 and j > 0 \
                    and toks[j - 1].is_word and toks[j].start > toks[j - 1].end:
                # "Päijät-Hämeen koulutuskonserni -kuntayhtymän perussopimus": the genitive after a spaced dash is
                # the party named before it, whose name (from its capital) is part of the agreement's
                start = self._name_start(toks, j, title=False, taken=taken)
                if start is not None and start < j and j - start <= 4:
                    mods += list(range(j, start - 1, -1))
                break
            if j == i - 1 and self._acronym_owner_name(toks, j, lemma, taken):
                mods.append(j)  # "LePa:n huoltorakennushanke": an unknown short name's genitive names the project
                break
            if t.text == "," and self._coordinated_genitive(toks, j, mods):
                # "A:n, B:n ja C:n X-sopimus", "Kuopion, Siilinjärven ja Kaavin virallistamishanke": the genitives
                # listed before "ja" are one modifier of the name
                mods.append(j)
                j -= 1
                continue
            if not t.is_word or _is_verb(t, self.morph) or ":" in t.text or t.text.lower() in BREAK_WORDS \
                    or _finite_before_head(t, toks[i], self.morph):
                break
            if t.text in {"Oy", "OY", "Ab", "AB"} and j > 0 and toks[j - 1].text.lower() in _PROPERTY_FORMS \
                    and mods and toks[mods[-1]].is_cap and toks[j - 1].is_cap:
                mods += [j, j - 1]  # "Kiinteistö Oy Teuvan Ekopirtin osakassopimus": the form opens the party's name
                break
            if t.text.lower() in ASSOCIATION_FORMS | COMPANY_FORMS or t.text in ASSOCIATION_FORMS | COMPANY_FORMS:
                break  # "Hallinnoija X ry Hankkeen kumppanit:": a legal form closes its name; the head opens a label
            after_dash = typ == "Agreement" and j > 0 and toks[j - 1].text in {"-", "–"}  # "X -kuntayhtymän"
            if not t.is_cap and not after_dash and (_clause_participle(t, self.morph) or (any(
                    a.mood == "MINEN-infinitive" for a in self.morph.analyse(t.text)) and not (
                    j > 0 and toks[j - 1].is_cap and j - 1 not in taken and self._place_genitive(toks[j - 1])
                    and _lemma(t, self.morph) not in PROCEDURAL)
                    and not self._capital_opens_act(toks, j, taken, text))):
                break  # "osallistumisen hankkeeseen": an act, not part of a name ("Työllisyyden edistämisen" is)
            if t.text.lower() in {"ja", "sekä"} and j > 0 and not toks[j - 1].text.endswith("-") and (
                    j == i - 1 or _undertaking_head(toks[j - 1], self.morph)):
                break  # "Alfa-hanke sekä Beetahanke": two heads, two names; no words of the first are the second's
            if t.text.endswith("-") or t.text.lower() in {"ja", "sekä"}:
                mods.append(j)
                j -= 1
                continue
            if typ == "Agreement" and j == i - 1 and t.is_acronym and t.text.isalpha() and not swedish:
                mods.append(j)  # "KUUMA yhteistyösopimuksen", "TACIS rahoitussopimus": an acronym names it in any case
                break
            readings = self.morph.analyse(t.text)
            if readings and all(a.cls in {"lukusana", "asemosana"} for a in readings) and (
                    not t.is_cap or j == 0 or toks[j - 1].text in {".", "!", "?", ":"}
                    or "\n" in text[toks[j - 1].end:t.start]):
                break  # "kahden teemahankkeen", "ensimmäisen yhteistyösopimuksen": a count or a pronoun says how
                # many or which, never what an undertaking is called (a capital inside a sentence, "Meidän Häme
                # -hanke", is a name's own word)
            cases = {a.case for a in readings} if readings else {"omanto" if t.text.endswith("n") else None}
            agrees = bool(head_case and head_case != "omanto" and head_case in cases)
            if agrees and head_number and readings and not any(
                    a.case == head_case and a.number in {head_number, None} for a in readings):
                agrees = False  # "yliopisto ... kumppanuussopimukset": an attribute agrees in number too
            if "omanto" in cases or agrees:
                lem = _lemma(t, self.morph)
                if (agrees and lem in _SHARED_ADJECTIVES and lemma not in BARE_HEADS and generic_at is None
                        and j > 0 and toks[j - 1].is_word and self._case(toks[j - 1]) == "omanto"):
                    # "Itä-Uudenmaan alueen kuntien yhteinen rakenneuudistushanke": inside a genitive chain the
                    # adjective is part of the name; kept below only if a capital opens the chain
                    generic_at = j
                    mods.append(j)
                    agreeing.append(j)
                    j -= 1
                    continue
                if generic_at is not None and lem in {"kunta", "kuntayhtymä"} and "omanto" in cases:
                    mods.append(j)  # "alueen kuntien yhteinen ...": whose, inside the chain the capital opens
                    j -= 1
                    continue
                # "Pohjois-Savon kuntien, hyvinvointialueen ja ...": the region's municipalities open the listed owners
                listed_owner = any(toks[k].text == "," for k in mods) and j > 0 and toks[j - 1].is_cap \
                    and self._case(toks[j - 1]) == "omanto"
                if (lem in GENERIC_MODIFIERS and not after_dash and not listed_owner) or (
                        lem in _OWNER_OF_UNDERTAKING and not after_dash
                        and not (j > 0 and (toks[j - 1].is_cap or j - 1 in taken
                                            or (toks[j - 1].is_word and toks[j - 1].text.endswith("n"))
                                            or (toks[j - 1].text == ","
                                                and self._coordinated_genitive(toks, j - 1, mods))))) \
                        or lem.endswith(FUNDING_ADJECTIVES) or any(
                        f in t.text.lower() for f in FUNDING_STEMS):  # "EU-osarahoitteinen", "ESR-rahoitteisen"
                    indefinite = lem in _INDEFINITE and not t.is_cap
                    break
                mods.append(j)
                if "omanto" not in cases:
                    agreeing.append(j)
                j -= 1
                continue
            if lemma in BARE_HEADS and head_case != "nimento" and "nimento" in cases and not t.text.isupper() \
                    and _lemma(t, self.morph) not in GENERIC_MODIFIERS and not _undertaking_head(t, self.morph):
                # "Koulutuksen ennakointi projektiin": a name in the nominative before a head written without
                # its dash; kept only when a capital inside a sentence opens it (below)
                appositive = True
                mods.append(j)
                j -= 1
                continue
            break
        if 0 <= j < i and toks[j].is_word and not toks[j].is_cap and (
                toks[j].text.lower() == "tai" or _lemma(toks[j], self.morph) in _INDEFINITE):
            indefinite = True  # "A:n tai muun julkisen hankintayksikön ostopalvelusopimus": one of several, any one
        if mods and toks[mods[-1]].text == ",":
            # "kaupungin, seurakunnan ja yhdistyksen sopimus": the list of genitives reached no capital that opens a
            # name; only the words after its last "ja" stay the undertaking's
            last_and = min(k for k in mods if toks[k].text.lower() in {"ja", "sekä"})
            mods = [k for k in mods if k > last_and]
        while mods and (toks[mods[-1]].text.lower() in {"ja", "sekä"} or toks[mods[-1]].text.endswith("-")):
            if toks[mods[-1]].text.endswith("-") and len(mods) >= 2:
                break
            mods.pop()
        mods.reverse()
        mods = self._after_run_in_title(toks, mods)
        if generic_at is not None and not any(
                k in taken or (toks[k].is_cap and not ((k == 0 or toks[k - 1].text in {".", ":", "§", "!", "?"})
                                                       and any(a.base[:1].islower() for a in self.morph.analyse(
                                                           toks[k].text)))) for k in mods if k < generic_at):
            mods = [k for k in mods if k > generic_at]  # "kuntien yhteinen hanke": no capital, no name
        elif generic_at is not None and mods and (
                (mods[0] > 0 and toks[mods[0] - 1].text.lower() in _NOT_BEFORE_SHARED)
                or any(toks[k].text.lower() in {"ja", "sekä"} for k in mods if k < generic_at)):
            # "X-hanke on Kainuun kuntien yhteinen ... hanke" describes a project named before; "A:n, B:n sekä C:n
            # yhteinen hanke" lists whose the project is ("A:n sekä B:n yhteinen rahasto" too): neither is a name
            mods = [k for k in mods if k > generic_at]
        actors = getattr(self, "_actors", set())
        if lemma.endswith(("hanke", "projekti", "ohjelma", "rahasto")) and mods and mods[0] in actors \
                and not all(k in actors for k in mods):
            # "Xn kotouttamistyön kehittämishanke": the known actor whose project it is opens no name
            while mods and (mods[0] in actors or toks[mods[0]].text.lower() in {"ja", "sekä"}):
                mods.pop(0)
            if not mods:
                return None
        joint_owners = lemma.startswith(("yhteistyö", "yhteis")) and head_case == "olento" and bool(mods)
        if (typ == "Project" and mods and mods[0] == 0 and toks[0].is_cap and 0 not in taken
                and not any(toks[k].is_cap for k in mods[1:]) and self._plural_common_genitive(toks[0])
                and any(toks[k].text.endswith("-") for k in mods)):
            # "Yritysten investointi- ja kehittämishanke": kinds of project listed for a kind of beneficiary
            # ("Ikäihmisten hyvinvoinnin ohjelma" is one programme's name)
            return None
        if mods and all(_ROMAN_NUMERAL.fullmatch(toks[k].text) for k in mods):
            return None  # "Kaste II hanke" with the programme's word read otherwise: a numeral alone names nothing
        if typ == "Project" and mods and mods[0] > 0 and toks[mods[0]].is_cap \
                and self._case(toks[mods[0]]) == "omanto" and self._first_name(toks[mods[0] - 1], toks[mods[0]]):
            # "pääministeri Juha Sipilän hallituksen kärkihanke": a person's genitive says whose, it names nothing
            mods = [k for k in mods if k > mods[0] and not toks[k].is_cap] if not any(
                toks[k].is_cap for k in mods[1:]) else [k for k in mods if k > mods[0]]
            if not mods:
                return None
        last = mods[-1] if mods else 0
        if typ == "Project" and last > 0 and toks[last].is_cap and toks[last].text.endswith("n") and (
                _titled_surname(toks[last - 1], self.morph)
                or (last > 1 and self._first_name(toks[last - 1]) and _titled_surname(toks[last - 2], self.morph))):
            # "professori Kalliomaa-Puhan hanke", "tutkija Virtasen projekti": a titled person's surname says whose
            # project, it names none
            return None
        if mods and self._owner_before_named_compound(toks, i, lemma, typ, mods):
            # "Maaseutukeskuksen Kylätoimintakoulutushankkeessa": the compound capitalised inside the sentence is the
            # name, the organisation's genitive before it says whose
            m = self._named(lemma[:1].upper() + lemma[1:], typ, toks[i].start, toks[i].end, text,
                            rule="capitalised-compound")
            m.case = head_case
            return m
        caps = [k for k in mods if toks[k].is_cap and not mutual]
        if caps:  # a name starts with its capital: "erillisrahoittamia Monialaisen ..." starts at M
            mods = [k for k in mods if k >= caps[0]]
        while len(mods) >= 2 and self._heading_word(toks[mods[0]]) and toks[mods[1]].is_cap:
            mods = mods[1:]  # "ESIPUHE Kainuun kyläteemaohjelma": a flattened page's heading, then the name
        while mods and (toks[mods[1]] if len(mods) >= 2 else toks[i]).is_cap \
                and opener_word(toks[mods[0]], self.morph, loose=False):
            mods = mods[1:]  # "Kumppani Hyvä Arki hanke", "Kaupunginhallitus Yhteistyösopimus": a row's label
        if appositive and head_case == "omanto" and len(mods) == 1:
            return None  # "Kuvaus hankkeen etenemisestä": a noun before a genitive head heads its own phrase
        span = [toks[k] for k in mods] + [toks[i]]
        # trailing period "2022–2023" or "(2020-2022)" belongs to agreement and project names
        end_tokens = span
        k = i + 1
        if (k + 2 < len(toks) and re.fullmatch(r"\d{4}", toks[k].text) and toks[k + 1].text in "-–"
                and re.fullmatch(r"\d{4}", toks[k + 2].text)):
            end_tokens = [*span, toks[k], toks[k + 1], toks[k + 2]]
        places = getattr(self, "_places", set())
        if lemma in {"hanke", "projekti"} and mods and all(
                k in places or (toks[k].is_cap and any(a.cls == "paikannimi" for a in self.morph.analyse(toks[k].text)))
                for k in mods) and not any(self._case(toks[k]) == "nimento" for k in mods) \
                and mods[0] > 0 and toks[mods[0] - 1].text not in {".", "!", "?", ":", "§"} \
                and "\n" not in text[toks[mods[0] - 1].end:toks[mods[0]].start]:
            # "osallistuu Hämeen hankkeeseen", "Yrittäjäopisto, Hämeen hankkeeseen": inside a sentence, where or
            # whose; the bare head names no one project (a sentence opening "Itä-Suomen hanke jatkuu" may)
            return None
        if lemma in {"hanke", "projekti"} and len(mods) >= 2 and toks[i].text[:1].isupper() \
                and toks[i].text[1:2].islower() and all(toks[k].is_cap and self._case(toks[k]) == "nimento"
                                                        for k in mods) \
                and (any(k in places or any(a.cls == "paikannimi" for a in self.morph.analyse(toks[k].text))
                         for k in mods)
                     or (self._case(toks[i]) == "omanto" and all(
                         (rs := self.morph.analyse(toks[k].text)) and all(a.cls == "nimisana" for a in rs)
                         for k in mods))):
            # "- Anna Ritola, Vatjusjärvi Haapavesi Hankkeen vetäjänä toimi": a flattened member list's places, then
            # a capitalised bare head opening the next sentence whose period the transcript lost; common nouns
            # before "Hankkeen" ("Tausta Tavoitteet Tulokset Hankkeen organisointi"): a flattened contents list
            return None
        if lemma in {"hanke", "projekti", "ohjelma"} and mods and all(k in actors for k in mods):
            return None  # "Socomin hankkeet", "-ohjelman hanke": a known actor's or programme's project, not a name
        if mods and i - 1 in mods and _FUND_KIND.fullmatch(toks[i - 1].text):
            # "ESR-hankkeen kehitysohjelma", "X ESR-hankkeen kehitysohjelma": a project, said by its fund's kind, owns
            # the head; the words before name that project, the head's own name (if any) stands after it
            # ("... kehitysohjelma Mieliteko"): the whole is no one name
            return None
        if mods and self._demonstrative(toks[mods[0]]):
            return None  # "Tällaisen projektin rahoittaminen", "Sellainen hanke": a pointer to a kind, no name
        has_cap = any(t.is_cap for t in span) and not (len(span) == 1 and i == 0)
        known_area = any(k in taken for k in mods)
        if not mods and self._capitalised_compound(toks, i, lemma, typ) \
                and "\n" not in text[toks[i - 1].end:toks[i].start]:
            # "osallistuminen Kuntakokeiluhankkeeseen": a compound of the head capitalised inside a sentence is the
            # undertaking's own name
            m = self._named(lemma[:1].upper() + lemma[1:], typ, toks[i].start, toks[i].end, text,
                            rule="capitalised-compound")
            m.case = head_case
            return m
        if not mods:
            readings = self.morph.analyse(toks[i].text)
            plural = bool(readings) and all(a.number == "plural" for a in readings)
            if lemma in NOT_NAMES or typ != "Agreement" or plural:  # "avustussopimuksia": no one thing
                return None
            if lemma in _LABOUR_RULEBOOKS and head_case in {"omanto", "sisaolento"} \
                    and _CITED_RULES.match(text, toks[i].end):
                return None  # "työehtosopimuksen mukainen palkka": the rules cited, not an agreement dealt with
            return Mention(start=toks[i].start, end=toks[i].end, surface=toks[i].text,
                           label=lemma, type=typ, rule="generic-head", generic=True,
                           case=head_case, key=None)
        if not (has_cap or known_area or typ in {"Programme", "Agreement"}):
            return None
        if indefinite and not has_cap and not known_area:
            return None  # "... tai muun julkisen hankintayksikön ostopalvelusopimuksen": any such agreement
        if head_number == "plural" and mods:
            return None  # "Kunta-alan työmarkkinasopimukset", "kuntien ja ELY-keskuksen välisissä sopimuksissa":
            # several things of a kind; a name names one
        if head_number == "plural" and mods and set(mods) <= set(agreeing):
            return None  # "Yleishyödylliset kehittämishankkeet": a heading over several projects names none
        if not has_cap and not known_area and (set(mods) <= set(agreeing) or head_number == "plural"):
            # "käynnistyvä avustusohjelma", "strategiset kumppanuussopimukset", "juhlavuoden ohjelmiin": words that
            # describe a kind, or several things of it, in lower case; a name names one thing
            return None
        if appositive and not (mods[0] > 0 and toks[mods[0]].is_cap and mods[0] - 1 not in taken
                               and toks[mods[0] - 1].text not in {".", "!", "?", ":", "§"}
                               and not toks[mods[0] - 1].text.isdigit() and mods[0] not in taken):
            return None
        label = name_base_form(span, self.morph, text)
        if end_tokens is not span:
            label = label + " " + join_tokens(end_tokens[len(span):], [t.text for t in end_tokens[len(span):]],
                                              text)
        label = label[:1].upper() + label[1:]
        # "X toteutetaan A:n, B:n ja C:n yhteistyöhankkeena": whose joint project X is (dropped in _undertakings
        # when the sentence names X); alone ("A:n ja B:n yhteishankkeena toteutettava") it is the project itself
        m = self._named(label, typ, end_tokens[0].start, end_tokens[-1].end, text,
                        rule="joint-owners-head" if joint_owners else "compound-head")
        m.case = head_case
        return m

    def _coordinated_genitive(self, toks: list[Token], j: int, mods: list[int]) -> bool:
        """Whether the comma at token j parts two genitives of one list that "ja"/"sekä" closes further on, among
        the modifiers already read ("Pohjois-Savon kuntien, hyvinvointialueen ja maakuntaliiton ... sopimus")."""
        if j < 1 or not any(toks[k].text.lower() in {"ja", "sekä"} for k in mods) or toks[j].start != toks[j - 1].end:
            return False
        if j + 1 >= len(toks) or not toks[j + 1].is_word:
            return False
        prev = toks[j - 1]
        return prev.is_word and prev.text.endswith("n") \
            and any(a.case == "omanto" for a in self.morph.analyse(prev.text))

    def _acronym_owner_name(self, toks: list[Token], j: int, lemma: str, taken: set[int]) -> bool:
        """A short name's genitive with a colon ("LePa:n", "KYS:n") right before a compound of "hanke"/"projekti"
        whose first part says what is done ("huoltorakennushanke", not "kehittämishanke"): the name of a project
        as "Lepan huoltorakennushanke" is. A known actor's ("STM:n kärkihanke") says whose project it is and
        names none; it is taken by then."""
        t = toks[j]
        if j in taken or j in getattr(self, "_actors", set()) or not t.is_word:
            return False
        if not re.fullmatch(r"[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,7}:n", t.text) \
                or t.text[:-2].lower() in ASSOCIATION_FORMS | COMPANY_FORMS:
            return False  # "Hyvil Oy:n yhdyspintaprojekti": the legal form ends the owner's name before it
        head = next((h for h in ("hanke", "projekti") if lemma.endswith(h)), None)
        first = lemma[:-len(head)] if head else ""
        return len(first) >= 4 and first not in _KIND_OF_UNDERTAKING and not first.endswith("mis")

    def _named_as(self, toks: list[Token], i: int, head: tuple[str, str], text: str,
                  taken: set[int]) -> Mention | None:
        """"Linnan Liiteri nimistä maaseudun kehittämisohjelmaa", "Kesä kylään niminen hanke": the words before
        "niminen" (in any case, written without the dash of "X -niminen hanke") are the undertaking's name, the
        words between it and the head say what kind it is; "niminen" itself opens no name."""
        k = next((k for k in range(i - 1, max(-1, i - 4), -1) if toks[k].text.lower() in _NAMED_AS), None)
        if k is None or k == 0 or any(not toks[x].is_word or x in taken for x in range(k + 1, i)) \
                or toks[k - 1].text in {"-", "–"}:
            return None
        start = self._name_start(toks, k, title=False, taken=taken)
        while start is not None and start < k - 1 and (readings := self.morph.analyse(toks[start].text)) \
                and all(a.case in _LOCAL_CASES for a in readings):
            start += 1  # "Linnaseudulla Linnan Liiteri nimistä": where it runs, not its name
        if start is None or start >= k:
            return None
        m = self._named(text[toks[start].start:toks[k - 1].end], head[1], toks[start].start, toks[i].end, text,
                        rule="named-as-head")
        m.case = self._case(toks[i])
        return m

    def _heading_word(self, tok: Token) -> bool:
        """A common noun in capitals ("ESIPUHE", "JOHDANTO", "TAUSTA"): a heading a flattened page ran into the
        text, not an acronym of a name (a dictionary word of five letters or more, in the nominative)."""
        if len(tok.text) < 5 or not tok.text.isupper() or not tok.text.isalpha():
            return False
        readings = self.morph.analyse(tok.text.lower())
        return bool(readings) and all(r.cls == "nimisana" and r.case == "nimento" for r in readings)

    def _owner_before_named_compound(self, toks: list[Token], i: int, lemma: str, typ: str, mods: list[int]) -> bool:
        """A compound of "hanke"/"projekti" written with a capital (not in capitals) whose first part says what is
        done ("Kylätoimintakoulutushanke", not "Kehittämishanke"), after capitalised genitives that are no place's
        ("Maaseutukeskuksen"): an owner's genitive before a project's own name, not a word of it ("Pohjois-Karjalan
        Kylähanke" keeps its place)."""
        if not self._named_compound_head(toks, i, lemma, typ):
            return False
        places = getattr(self, "_places", set())
        for k in mods:
            readings = self.morph.analyse(toks[k].text)
            if not toks[k].is_cap or toks[k].text.isupper() or k in places or not toks[k].text.endswith("n") \
                    or not any(a.case == "omanto" for a in readings) or any(a.cls == "paikannimi" for a in readings):
                return False
        return True

    def _named_compound_head(self, toks: list[Token], i: int, lemma: str, typ: str) -> bool:
        """A singular compound of "hanke"/"projekti" written with a capital (not in capitals) whose first part says
        what is done ("Kylätoimintakoulutushanke", not "Kehittämishanke"): a name of its own."""
        t = toks[i]
        if typ != "Project" or not t.is_cap or t.text.isupper() or "-" in t.text or _number(t, self.morph) == "plural":
            return False
        head = next((h for h in ("hanke", "projekti") if lemma.endswith(h)), None)
        first = lemma[:-len(head)] if head else ""
        return len(first) >= 6 and first not in _KIND_OF_UNDERTAKING and not first.endswith("mis")

    def _capitalised_compound(self, toks: list[Token], i: int, lemma: str, typ: str) -> bool:
        """A singular compound of "hanke"/"projekti"/"ohjelma" written with a capital after a word in lower case
        ("sekä Kuntakokeiluhanke", "mukana Rakenneuudistushankkeessa", after a comma behind such a word), its
        first part no word for a kind of project ("Kehittämishanke", "EU-hanke") and no place of a line's or a
        list's start."""
        t = toks[i]
        if typ not in {"Project", "Programme"} or i == 0 or not t.is_cap or t.text.isupper() or "-" in t.text:
            return False
        prev = toks[i - 1]
        if prev.text == "," and i >= 2:
            prev = toks[i - 2]  # "erityisasiantuntija, Kyläteemahanke, X": a slot of a row inside its sentence
        if not (prev.is_word and prev.text.islower() and prev.text.isalpha()) or _number(t, self.morph) == "plural":
            return False
        head = next((h for h in ("hanke", "projekti", "ohjelma") if lemma.endswith(h)), None)
        first = lemma[:-len(head)] if head else ""
        return len(first) >= 4 and first not in _KIND_OF_UNDERTAKING and not first.endswith("mis")

    def _mention(self, name_toks: list[Token], head_tok: Token, head: tuple[str, str], text: str,
                 *, rule: str) -> Mention:
        name = _without_closing_quote(text[name_toks[0].start:name_toks[-1].end])
        m = self._named(name, head[1], name_toks[0].start, head_tok.end, text, rule=rule)
        m.parts = (*m.parts, f"{name} -{head[0]}")
        m.case = self._case(head_tok)
        return m

    def _glued_named(self, name: str, head: tuple[str, str], start: int, tok: Token, text: str, *,
                     rule: str) -> Mention:
        """A name of several words whose last is glued to its head word ("Hyvä Arki-projektiin"): the glued compound
        is one of its parts, and the head word's case is the name's."""
        m = self._named(name, head[1], start, tok.end, text, rule=rule)
        m.parts, m.case = (*m.parts, f"{name}-{head[0]}"), self._case(tok)
        return m


# "för sitt projekt Ung regerar.": after a possessive, the project named is the clause's object and its title runs
# to the sentence's end, whatever its words (a verb, "och", "för" inside: "Unga och hållbar utveckling")
_POSSESSIVES = frozenset({"sitt", "sina", "deras", "dess", "vårt", "mitt", "ert", "hennes", "hans"})
POSSESSED_TITLE_WORDS = 8
_TITLE_CLOSE = frozenset({".", "!", "?"})


def _possessed_title_end(toks: list[Token], start: int, text: str) -> int:
    """The token index where a possessed project's title ends at its sentence's end; `start` when it runs on
    (a comma, a colon, a line break or more than POSSESSED_TITLE_WORDS words: then the name is no whole clause)."""
    k = start
    while k < len(toks) and toks[k].text not in _TITLE_CLOSE:
        if toks[k].text in {",", ";", ":", "(", ")"} or k - start >= POSSESSED_TITLE_WORDS \
                or (k > start and "\n" in text[toks[k - 1].end:toks[k].start]):
            return start
        k += 1
    if k < len(toks) and toks[k].text in _TITLE_CLOSE and k + 1 < len(toks) \
            and "\n" not in text[toks[k].end:toks[k + 1].start] and not toks[k + 1].is_cap:
        return start  # "2.0" or an abbreviation's full stop inside: no sentence's end
    return k
