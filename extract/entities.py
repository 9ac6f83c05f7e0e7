"""Recognising entity mentions: known names from reference data, and names no list holds.

Known organisations and areas come from the gazetteer. Projects, programmes,
agreements, bodies and people are found by the shapes Finnish officials write them
in: "X -hanke", compounds ending in -hanke/-ohjelma/-sopimus with their modifiers,
quoted names, "pilotti X", acronyms in parentheses, body names from the minutes
vocabulary, and first name + surname next to a post title.
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TypeVar

from welfare_kg.extract.body_vocabulary import (
    bare_is_kind,
    bare_named_heads,
    board_units,
    body_heads,
    compound_organs,
    named_by_genitives,
    named_in_lower_case,
    unit_heads,
)
from welfare_kg.extract.brand_regions import brand_region_names
from welfare_kg.extract.cell_runs import cross_row, name_like
from welfare_kg.extract.council_genitives import REGIONAL_ORGANS, council_genitives
from welfare_kg.extract.degree_words import is_degree
from welfare_kg.extract.first_names import listed_first_name
from welfare_kg.extract.gazetteer import (
    GIVEN_NAME_TOWNS,
    MUNICIPALITY_HEADS,
    REGION_HEADS,
    Gazetteer,
    KnownEntity,
    Match,
)
from welfare_kg.extract.glued_names import glued_at, split_glued_names
from welfare_kg.extract.institutions import institution_mentions
from welfare_kg.extract.listed_given_pairs import listed_given_pair
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology, given_name_as_written
from welfare_kg.extract.name_order import surname_first_pair
from welfare_kg.extract.names import base_of, fold, identity_key, join_tokens
from welfare_kg.extract.organisation_names import OrganisationNames
from welfare_kg.extract.person_forms import in_swedish_passage
from welfare_kg.extract.programme_editions import document_editions, other_edition
from welfare_kg.extract.programme_instruments import programme_compound_name
from welfare_kg.extract.recognition_words import (
    _CAMEL,
    _FUNCTION_WORDS,
    _LEGAL_FORM_END,
    _MONEY_COMPOUND,
    _MONEY_WORDS,
    _SWEDISH_NAME_ADJECTIVES,
    _SWEDISH_POSTS,
    ASSOCIATION_FORMS,
    BODY_ACRONYMS,
    BODY_PATTERN,
    BREAK_WORDS,
    COMPANY_FORMS,
    GENERIC_MODIFIERS,
    GLUED_LABELS,
    PARTIES,
    PLACE_TYPES,
    QUOTES,
    STREET_ENDINGS,
    _adjective_agreeing,
    _body_word,
    _genitive_end,
    _glued_label,
    _lemma,
    _ordered_bases,
    _undertaking_head,
    _without_closing_quote,
    is_post,
)
from welfare_kg.extract.resolve import mint
from welfare_kg.extract.seat_words import seat_words
from welfare_kg.extract.surnames import listed_surname, surname_base
from welfare_kg.extract.text import Sentence, Token, ends_with_phase_one, sentences
from welfare_kg.extract.undertaking_names import UndertakingNames
from welfare_kg.ontology.namespace import ID

# units that exist only inside an organisation: a body only when named by the genitives before them or by their
# owner's genitive ("Posken saamelaisyksikkö", "SOCCAn johtoryhmä", "yhteiskuntatieteiden tiedekunta")
_UNIT_HEADS = unit_heads()  # the rows of data/body_heads.csv marked "unit"
_COMPOUND_ORGANS = compound_organs()  # of those, heads whose compounds are organs of their own ("diakoniajohtokunta")
_YEAR_IN = re.compile(r"(?:19|20)\d\d")  # a year written in a known name
# public organisations whose boards the graph names by their owner ("Lapin liiton hallitus"); an association's or
# a company's board is its internal organ
PUBLIC_OWNERS = {"JointAuthority", "WellbeingCounty", "CompetenceCentre", "Agency", "Ministry"}
# boards a registered association or company has of its own, and its legal form in the genitive before them
_OWN_BOARDS = {"hallitus", "johtokunta", "hallintoneuvosto", "valtuusto", "styrelse"}
# ... or the kind word its own name ends in, in the genitive: "Maija Mallin säätiön hallitus" (a foundation's name
# needs no legal form), "Esimerkkilän kyläyhdistyksen johtokunta"
_KIND_GENITIVE = re.compile(r"(?:säätiön|yhdistyksen|stiftelsens|föreningens)$")
_LEGAL_GENITIVE = re.compile(r"(?:ry|RY|r\.y|rf|RF|r\.f|sr|Oy|OY|Oyj|OYJ|Ab|AB):(?:n|in|s)")
# genitives that say whose a board is, never what it is called ("kunnan lautakunta")
_OWNER_WORDS = {"kunta", "kaupunki", "yhtymä", "kuntayhtymä", "hyvinvointialue", "alue", "maakunta", "tämä",
                "kyseinen", "uusi", "oma", "se", "eri", "kaikki", "muu"}
# acronyms that name an actor only when written alone as a word (data/SOURCES.md: "EU" is no label)
BARE_ACRONYMS = {"EU": "agency/euroopan-unioni"}
_LAYOUT_HYPHEN = re.compile(r"(\b[A-ZÅÄÖ][a-zåäö]+-) (?=[A-ZÅÄÖ][a-zåäö])")
# the headings of a minutes item's parts that run into the text after them ("Ehdotus Kunnanhallitus päättää",
# "Päätös Hallitus merkitsi"): never a first name
_PART_WORDS = {"ehdotus", "päätösehdotus", "pohjaehdotus", "esitys", "päätösesitys", "päätös", "käsittely",
               "perustelut", "selostus", "förslag", "beslutsförslag", "beslut", "behandling"}
# heads of organisations and units that a region's genitive names without being a place mention: the region owns
# no office or unit itself ("Xmaan toimintayksikkö", "XMAAN LÄÄNINHALLITUS", "Xmaan aluehallintovirasto")
REGION_UNIT_HEADS = ("toimintayksikkö", "yksikkö", "lääninhallitus", "aluehallintovirasto", "toimipiste",
                     "aluetoimisto", "sairaala", "opisto")  # "Kymenlaakson keskussairaala", "Etelä-Pohjanmaan Opisto"


# precompiled: the rules below ask these for most tokens of a document, and re's own cache lookup per call
# cost about three times the match itself (issue 13)
_POSTCODE = re.compile(r"\d{5}")
_CAPITAL_LETTER = re.compile(r"[A-ZÅÄÖ]")
_HOUSE_NUMBER = re.compile(r"\d{1,4}[a-zA-Z]?(?:-\d{1,4})?")
# a Swedish sub-region named after its town: "Jakobstadsregionen", "Åbotrakten", "Saloområdet", "Vasanejden"
# (Finnish "Turun seutu"); its head is the cheap test a sentence passes before its tokens are read
# the first part of a Gaelic surname written with a capital inside ("McAllister", "MacLeod"): no coined name's
_SURNAME_PREFIXES = frozenset({"Mc", "Mac"})
# a card's field line of sub-regions up to the town read ("Seutukunnat: Hämeenlinnan, Forssan, Riihimäen"): a
# genitive there is short for "X:n seutukunta"
_SUBREGION_FIELD = re.compile(r"(?:^|\n)[ \t]*Seutukunn?(?:at|ta)[ \t]*:[^\n:]*$")
_FIELD_REACH = 160  # characters back to the field's label: a line of a few towns' genitives
_ACRONYM_GENITIVE = re.compile(r"[A-ZÅÄÖ]{2,6}:n")  # "SPR:n": an acronym's genitive
_TOWN_REGION = re.compile(r"([A-ZÅÄÖ][a-zåäö]+?)(s?)(?:regionen|området|trakten|nejden)(s?)")
_PROPER_HYPHEN = re.compile(r"-[A-ZÅÄÖ]")
_LETTER_RUNS = re.compile(r"[^\W\d_]+")
_LOCAL_CASE_END = re.compile(r"^(.{3,}?)(?:lle|lla|llä|lta|ltä|ssa|ssä|sta|stä)$")
_DASH_BODY = re.compile(r"([A-ZÅÄÖ][A-ZÅÄÖ0-9]+|[A-ZÅÄÖ][a-zåäö]+)-([A-ZÅÄÖa-zåäö]+)")
_ACRONYM_COMPOUND = re.compile(r"^[A-ZÅÄÖ]{2,}\w*-")
# a sentence that may name an organisation by its legal form, and a legal form ending a name
_LEGAL_FORM_WORD = re.compile(r"\b(?:ry|r\.y\.|rf|sr|Oy|Oyj|OY|RY|Ab|Abp|Ky|osk)\b")
_WORD = re.compile(r"[^\s]+")
# a case ending after a learned name ("Vestian", "NIHAKin", "Nihakille")
_CASE_ENDING = re.compile(r"(?:n|in|a|ä|ia|iä|ta|tä|na|nä|ksi|lle|lla|llä|lta|ltä|ssa|ssä|sta|stä|seen|hin|"
                          r"iin|an|än|en|on|un|yn)")
_LIST_JOINS = {",", "och", "ja", "sekä"}
# names a shared-part word may open ("Itä- ja Keski-Suomen aluejohtoryhmä"), and such a word
_ELIDABLE_NAMES = {"Body", "Project", "Programme", "WorkPackage", "Agreement", "Association"}
_ELIDED_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäö]+-")
_CAMEL_SEARCH = re.compile(r"[a-zåäö][A-ZÅÄÖ][a-zåäö]")
_CAMEL_CASE_ENDINGS = ("issa", "issä", "ista", "istä", "ille", "illa", "illä", "ilta", "iltä", "in", "ssa", "ssä",
                       "sta", "stä", "lle", "lla", "llä", "lta", "ltä", "n")
_CAMEL_ORG_ENDINGS = ("center", "centre", "keskus", "lab", "hub", "pro", "oy", "talo", "missio", "mission")
# software and web services written with a capital inside ("JavaScript is disabled ...", "katso YouTubesta"): a web
# page's furniture and links name them, they are no coined names of projects (the services' own spelling)
_CAMEL_PRODUCTS = frozenset({"JavaScript", "YouTube", "PowerPoint", "WordPress", "LinkedIn", "WhatsApp", "TikTok",
                             "PayPal", "GitHub", "OneDrive", "SharePoint", "MobilePay", "FaceTime", "GoogleMaps"})
_PHASE_NUMERAL = re.compile(r"(II|III|IV|V|VI)(?::\w+)?")  # a project's phase after its name ("I" may be a word)
_PHASE_ONE = re.compile(r"(I)")  # the first phase's, read only where no word may follow (`ends_with_phase_one`)
# Sweden's national and county boards ("Socialstyrelsen", "Länsstyrelsen"), state agencies
_SWEDISH_STATE_BOARD = re.compile(r"(Social|Läns)styrelsen(?:s)?")
_EURO_WORD = re.compile(r"(?i)euro[a-z]*|€|e|eur")
_EURO_SEARCH = re.compile(r"\(\s*\d[^)]{0,20}(?:euro|€|\be\b|eur)", re.IGNORECASE)
GOVERNMENT = str(ID["agency/valtioneuvosto"])
_BOARD_WORDS = {"Hallitus", "hallitus", "Regeringen", "regeringen"}  # the Government, in news, as the nominative
_BOARD_WORD_SEARCH = re.compile(r"(?<!\w)(?:[Hh]allitus|[Rr]egeringen)(?!\w)")
_GRANT_VERB = re.compile(r"(?i)\b(?:myön(?:si|nett|tä|tänyt|täneet)|on myöntänyt|rahoitta|beviljat|beviljade|anvisa)")
_SUM = re.compile(r"(?i)\d[\d\s.,]*\s*(?:milj\w*\.?\s*|miljard\w*\s*|tuhatta\s*)?(?:euro\w*|€)")
# the Government's decision on grants, whose sums news give in the next sentences, or in words: "Valtioneuvosto on
# tehnyt päätöksen harkinnanvaraisista valtionosuuden korotuksista", "Statsrådet har fattat beslut om understöd"
_FUNDING_DECISION = re.compile(
    r"(?i)\b(?:(?:on\s+)?(?:tehnyt|teki|tekee)\s+päätöksen|päätti|(?:har\s+)?(?:fattat|fattade)\s+(?:ett\s+)?beslut)"
    r"\b[^.!?]{0,80}?\b(?:\w*valtionosuu|\w*avustu|\w*rahoitu|määrärah|tuki|tuen|tukea|\w*statsandel|"
    r"\w*understöd|\w*bidrag|finansiering)")
# a caption's item: a given name, a surname and one capitalised word (the organisation) before a comma, 'ja' or the
# end ("Olavi Soinio Vestia ja ..."); a caption pairs two or more, or a title opens one ("toimitusjohtaja A B Org")
_CAPTION_ITEM = re.compile(r"(?<![\w-])[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)? "
                           r"[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)? "
                           r"[A-ZÅÄÖ][\wåäöÅÄÖ-]+(?=,| ja | och | sekä |\.|\n|$)")
_CAPTION_TITLE = re.compile(r"(?:johtaja|päällikkö|rehtori|koordinaattori|puheenjohtaja|asiamies|sihteeri) $")


_VILLAGE_COMMITTEE = "kylätoimikunta"


def _caption_hits(text: str) -> list[int]:
    """Where a caption may pair people with their organisations: two items on one line, or one after a title."""
    out: list[int] = []
    last_line, last_pos = -1, -1
    for m in _CAPTION_ITEM.finditer(text):
        line = text.rfind("\n", 0, m.start())
        if line == last_line or _CAPTION_TITLE.search(text, max(0, m.start() - 20), m.start()):
            out.append(m.start())
            if line == last_line and last_pos >= 0:
                out.append(last_pos)
        last_line, last_pos = line, m.start()
    return out


# rules whose organisation names the rest of the document may write without their cue
LEARNABLE_RULES = {"association-marker", "company-marker", "person-org"}
_MONEY_COMPOUND_SEARCH = re.compile(rf"[A-ZÅÄÖ][A-Za-zåäöÅÄÖ]+-{_MONEY_WORDS}")


# between a first name and a surname: a space, or two where a page's HTML kept a non-breaking space beside one
# ("ylitarkastaja  Anna  Kivi"); three or more, or a tab, part a table's cells
_NAME_GAPS = frozenset({" ", "  "})


def _after_street_address(toks: list[Token], k: int) -> bool:
    """Token k follows a street and house number ("Esimerkkikatu 3 A,"), a postal code or a post box."""
    j = k - 1
    if j >= 0 and toks[j].text == ",":
        j -= 1
    if j >= 0 and _POSTCODE.fullmatch(toks[j].text):
        # "Forssa 17716 Hattula 23456": a table's figure after a town's name (rows run together), no postal code
        before = toks[j - 1].text if j >= 1 else ""
        return not (len(before) > 1 and before.isalpha() and before[:1].isupper()
                    and not before.lower().endswith(STREET_ENDINGS))
    if j >= 0 and _CAPITAL_LETTER.fullmatch(toks[j].text):
        j -= 1  # the staircase letter of "3 A"
    if j < 1 or not _HOUSE_NUMBER.fullmatch(toks[j].text):
        return False
    prev = toks[j - 1].text
    return prev.upper() in {"PL", "PB", "BOX"} or (prev[:1].isupper() and prev.lower().endswith(STREET_ENDINGS))


# a municipality's own councils and boards, named by the town's genitive ("Xlän kunnanhallitus")
MUNICIPAL_BODIES = {"kunnanhallitus", "kaupunginhallitus", "kunnanvaltuusto", "kaupunginvaltuusto"}
# a local association of a national one is named the same way ("Eläkeliiton Savukosken yhdistys")
_DISTRICT_HEADS = {"piiri", "osasto", "aluejärjestö", "piirijärjestö", "yhdistys", "paikallisyhdistys"}
# adjectives of direction that name a part of the country after a town ("Oulun eteläinen alue")
_COMPASS_ADJECTIVES = {"eteläinen", "pohjoinen", "itäinen", "läntinen", "keskinen", "koillinen", "kaakkoinen",
                       "lounainen", "luoteinen"}
# kinds of organisation whose genitive says whose a board or group is, not what it is called ("Yhdistyksen
# johtokunta", "Hankkeen työryhmä")
_ORGANISATION_KINDS = {"yhdistys", "säätiö", "yhtiö", "osakeyhtiö", "yritys", "organisaatio", "järjestö", "liitto",
                       "seurakunta", "koulu", "yliopisto", "ammattikorkeakoulu", "hanke", "projekti", "ohjelma",
                       "virasto", "keskus", "laitos", "osuuskunta", "seura", "kerho", "toimisto", "ministeriö"}
# heads of bodies named by the genitives before them; all but a jaosto exist only when so named or owned
# bare heads that lower-case genitives name as often as capitalised ones ("yksilöasioiden jaosto",
# "rintamaveteraaniasiain neuvottelukunta"); a chain of content nouns, never an owner word (see _board_name)
_NAMED_IN_LOWER_CASE = named_in_lower_case()  # data/body_heads.csv: named_by lower-genitive
# adjectives that describe a board, never name it ("kunnanvaltuuston asettama lakisääteinen lautakunta")
_DESCRIPTIVE_ADJECTIVES = {"lakisääteinen", "kunnallinen", "toimivaltainen", "asianomainen", "vastaava", "pysyvä",
                           "entinen", "ensimmäinen", "toinen", "varsinainen"}
_NAMED_BY_GENITIVES = named_by_genitives()  # data/body_heads.csv: named_by
# of those, the heads that bare and in lower case are a kind of body (all but "jaosto")
_BARE_IS_KIND = bare_is_kind()
# heads that the genitives before them name only when written alone, bare a kind ("kielellisten palvelujen
# toimikunta", "alueyhteistyön ja elinvoiman valiokunta"; "neuvosto" as well, by its own row): a compound
# ("aloitetoimikunta") is read as before
_BARE_COMMITTEES = bare_named_heads()
_BARE_NAMED = _BARE_COMMITTEES | {"neuvosto"}


# units that are boards or groups with members: a post right after the bare word names one of them
_BOARD_UNITS = board_units()  # data/body_heads.csv: board
# posts held in a board: "hallituksen puheenjohtaja", "johtokunnan I varapuheenjohtaja", "johtoryhmän jäsen"
# (not "puheenjohtajana": acting as the chair of a project's group is said beside a person's own post)
_BOARD_POST = re.compile(r"(?i)(?:(?:vara)?puheenjohtaja(?:ksi|n)?|(?:vara)?jäsen(?:eksi|en)?|"
                         r"edustaja(?:ksi|n)?|sihteeri(?:ksi|n)?|v?pj\.?)")


def _post_after(toks: list[Token], i: int) -> bool:
    """A bare board word in the genitive with a post right after it ("hallituksen puheenjohtaja", "johtokunnan
    II varapuheenjohtaja"): a board with office-holders, never the Government's "hallituksen esitys". Bare:
    no owner's genitive or name before it, whose board (and post) it would be."""
    if not toks[i].text.endswith("n") or i + 1 >= len(toks):
        return False
    if i > 0 and toks[i - 1].is_word and toks[i - 1].text.endswith(("n", ":n", ":s")):
        # "Esimerkki Oy:n hallituksen jäsen", "yhdistyksen hallituksen": the owner's board, its post; a capitalised
        # word in another case is no owner ("Lackman Taina hallituksen puheenjohtaja": a surname-first row's first name)
        return False
    k = i + 1
    if toks[k].text in {"I", "II", "III", "1.", "2.", "3."} and k + 1 < len(toks):
        k += 1
    return _BOARD_POST.fullmatch(toks[k].text) is not None


# "Hallituksen kokouksen pöytäkirja", "hallituksen kokouksen esityslista": the minutes of a board's meeting (the
# Government keeps no such minutes: its sessions are "istunto"), so the genitive before them names a meeting board
_MINUTES_OF = re.compile(r"(?i)kokouksen$")
_MINUTES_NOUN = re.compile(r"(?i)(?:pöytäkirja|esityslista|muistio|kokouskutsu)\w*$")


def _minutes_of(toks: list[Token], i: int) -> bool:
    """A bare board word in the genitive followed by "kokouksen" and a word for its minutes."""
    return (toks[i].text.endswith("n") and i + 2 < len(toks) and _MINUTES_OF.fullmatch(toks[i + 1].text) is not None
            and _MINUTES_NOUN.match(toks[i + 2].text) is not None)


def _owned(toks: list[Token], i: int, taken: set[int]) -> bool:
    """A known organisation stands right before the body, across its genitive modifiers ("Pirkanmaan sote- ja
    pelastustoimen työvaliokunta", "Lapin hyvinvointialueen valmistelutoimielin")."""
    j = i - 1
    while j >= 0 and i - j <= 6 and j not in taken and (toks[j].text.endswith(("n", "-"))
                                                       or toks[j].text.lower() in {"ja", "sekä"}):
        j -= 1
    return j >= 0 and j in taken


def _genitive_chain(toks: list[Token], i: int, taken: set[int], morph: Morphology) -> int | None:
    """Where a division's name starts: "Hyvinvoinnin ja terveyden edistämisen | jaosto" is named by a chain of
    genitives (joined by "ja") that opens with a capital; None when the chain does not reach one."""
    j = i - 1
    start = None
    while j >= 0 and i - j <= 6 and j not in taken:
        word = toks[j].text
        if word.lower() in {"ja", "sekä"} and j + 1 < i:
            j -= 1
            continue
        if word.endswith("-") and len(word) > 2 and toks[j + 1].text.lower() in {"ja", "sekä"}:
            if toks[j].is_cap:  # "SOTE- ja maakuntauudistuksen ohjausryhmä": an elided first part of the chain
                start = j
            j -= 1
            continue
        if not (toks[j].is_word and word.endswith("n")
                and any(a.case == "omanto" for a in morph.analyse(word))):
            break
        if toks[j].is_cap:
            start = j
        j -= 1
    return start if start is not None and toks[start].text.lower() not in {"ja", "sekä"} else None


# a capitalised word; the lowercase letters of names written in the Latin alphabet beyond Finnish ("Öztürk", "Müller",
# "Sjöström-Pérez") are letters of a name too
_CAPITALISED = re.compile(r"[A-ZÅÄÖÜ][a-zåäöüéèáàíóúñçøæ]+(?:-[A-ZÅÄÖÜ][a-zåäöüéèáàíóúñçøæ]+)?")
# the meeting itself in Swedish, whose chair or secretary a protocol names ("Mötets ordförande", "Sammanträdets
# sekreterare"): no organisation
_MEETING_NOUNS = frozenset({"mötet", "möte", "sammanträdet", "sammanträde"})
# a kind of organisation in the bare definite form ("Föreningens ordförande", "Förbundets sekreterare"): the
# organisation the text is about, referred to by its kind, never its name (a sentence start capitalises it)
_SWEDISH_GENERIC_OWNERS = frozenset({"föreningen", "förbundet", "stiftelsen", "samfundet", "sällskapet", "klubben",
                                     "bolaget", "organisationen", "kommunen", "staden", "regionen", "nämnden"})
# a Swedish noun's definite genitive ("Älgens Berg", "Folkets Hus", "Barnens Ö"): the first word of a place's or
# house's name, no given name, though Voikko knows it as little as a foreign given name ("Clas")
_SWEDISH_DEFINITE_GENITIVE = re.compile(r"[A-ZÅÄÖ][a-zåäö]{2,}(?:ens|ets|arnas|ernas|ornas)")


# an acronym with its case ending glued on, no colon ("STEAn", "HUSin", "JAMKissa", "STEAlta"): the analyser reads
# the whole as an unknown word in the nominative, which made "X ry on saanut STEAn avustuksen" two subjects
_GLUED_ACRONYM = re.compile(r"[A-ZÅÄÖ]{2,8}([a-zåäö]{1,5})")
_GLUED_ENDINGS = (("ssa", "sisaolento"), ("ssä", "sisaolento"), ("sta", "sisaeronto"), ("stä", "sisaeronto"),
                  ("lle", "ulkotulento"), ("lla", "ulkoolento"), ("llä", "ulkoolento"), ("lta", "ulkoeronto"),
                  ("ltä", "ulkoeronto"), ("ksi", "tulento"), ("seen", "sisatulento"))
_GLUED_ILLATIVE = re.compile(r"(?:i|h)?([aeiouyäö])\1?n")


def acronym_case(word: str) -> str | None:
    """The case an ending glued to an acronym says ("STEAn" genitive, "HUSiin" illative, "OKMlle" allative)."""
    m = _GLUED_ACRONYM.fullmatch(word)
    if m is None:
        return None
    ending = m.group(1)
    for end, case in _GLUED_ENDINGS:
        if ending.endswith(end):
            return case
    if ending in {"n", "in", "un"}:
        return "omanto"
    if _GLUED_ILLATIVE.fullmatch(ending):
        return "sisatulento"
    if ending in {"na", "nä", "ina", "inä"}:
        return "olento"
    if ending in {"a", "ä", "ta", "tä", "ia", "iä", "ita", "itä"}:
        return "osanto"
    return None


# the seat words of minutes (data/seat_words.csv, Finnish and Swedish): a role, never a surname
_SEAT_ROLES = frozenset(seat_words("role"))
# Swedish post titles as written before a name ("verksamhetsledare", "ordförande", "vd", "generalsekreterare")
_SWEDISH_TITLE = re.compile(r"(?:vice)?(?:[a-zåäö]*(?:ordförande|ledare|sekreterare|direktör|chef|ombudsman|"
                            r"koordinator|samordnare|rektor)|vd)")
# the s-genitive of a name ("Nordens", "delegationens"), never a double s ("Kompass")
_S_GENITIVE = re.compile(r"[^s]s$")
_SWEDISH_BOARD_ENDS = ("delegationen", "nämnden", "styrelsen", "rådet", "utskottet", "kommittén")
_SENTENCE_OPENERS = {".", "!", "?", ":", "–", "-", "”", '"', "•"}


def _spelled_as_domain(name: str, text: str) -> bool:
    """Whether the page writes `name` as a web or e-mail domain ("@kepli.fi", "www.kepli.fi"): the name's own
    spelling, so a final -i is the name's, not the genitive ending's helper vowel."""
    return re.search(r"[@.]" + re.escape(name.lower()) + r"\.[a-z]{2,4}\b", text.lower()) is not None


def _opens_sentence(toks: list[Token], j: int, text: str) -> bool:
    """Token j opens a sentence or a line."""
    return j == 0 or toks[j - 1].text in _SENTENCE_OPENERS or "\n" in text[toks[j - 1].end:toks[j].start]


# nobiliary particles that open a surname ("von Wendt", "af Hällström", "van der Berg" reads "van" only)
_NAME_PARTICLES = frozenset({"von", "af", "van"})


# Swedish adjectives in the weak form that name a board before its head: "Tekniska", "Sociala", "Kulturella"
UNIT_ADJECTIVES = 2  # adjectives that may stand between a unit's owner and its head ("lääketieteellinen tiedekunta")
_SWEDISH_WEAK_ADJECTIVE = re.compile(r"(?i)[a-zåäö]{3,}(?:iska|ska|ella|ala|amma)")  # "Gemensamma nämnden" too
# the definite ending of a Swedish body word an adjective names ("Sociala nämnden", "Tekniska utskottet")
_SWEDISH_DEFINITE = {"nämnd": "en", "styrelse": "n", "utskott": "et", "sektion": "en"}
# Swedish committees and groups inside a board or a project, and the owner's genitive in -s before them
_SWEDISH_PARTS = ("utskott", "sektion", "styrgrupp", "arbetsgrupp", "ledningsgrupp", "projektgrupp",
                  "råd")  # "Kommunstyrelsens pensionärsråd": a council the board set up (äldreråd, handikappråd)
_SWEDISH_OWNER_GENITIVE = re.compile(r"[\wÅÄÖåäö-]*(?:styrelsens|nämndens|direktionens|fullmäktiges|"
                                     r"projektets|[A-ZÅÄÖ]{2,}-projektets)")


def _spaced_dash_name(toks: list[Token], i: int, taken: set[int]) -> int | None:
    """Where the name before "<words> -<body head>" starts: the nearest capitalised word at most five words back,
    with only words and "ja"/"sekä" between ("Kehittäminen ja yhteistyö -lautakunta"); None when no name stands
    there (a dash in running text, "... -lautakunta" after a number or a sign)."""
    if i < 2 or toks[i - 1].text not in {"-", "–"} or toks[i - 1].end != toks[i].start \
            or toks[i - 2].end == toks[i - 1].start or not toks[i].text[:1].islower():
        return None
    j = i - 2
    while j >= 0 and i - 2 - j < 5 and j not in taken and toks[j].is_word:
        if toks[j].is_cap:
            return j
        j -= 1
    return None


# the short form of a committee (lautakunta) that minutes write before an item's number: "Siv.ltk", "Tekltk"
BOARD_ABBREVIATION = re.compile(r"[A-ZÅÄÖ][a-zåäö]{1,11}\.?ltk")
# a line of a table of contents after a body's word: a heading of the report and its page ("... 19")
_TOC_AFTER = re.compile(r"(?:[ \t]+[\w-]+){0,3}[ \t]*(?:\.{3,}|…)[ \t.]*\d{1,3}\b")
# a coordinated prefix glued to its conjunction where a transcript lost a space: "Sosiaali-ja", "Social-och"
_GLUED_COORDINATION = re.compile(r"([A-ZÅÄÖa-zåäö]{3,})-(ja|och)")
# the clause after a group's head that says who is in it or what it is for: it makes the group one group
_COMPOSED_BY = re.compile(r",?[ \t]+(?:johon[ \t]+kuulu|jonka[ \t]+(?:muodosta|jäsen|tehtävä)|joka[ \t]+koostu"
                          r"|koostu[iu][ \t]|har[ \t]+bestått[ \t]+av|består[ \t]+av|bestod[ \t]+av)")
# Swedish heads of bodies that a task after "för" names ("Nämnden för närdemokrati och delaktighet"): the bare heads
# of data/body_heads.csv, never a compound that names its own body ("välfärdsområdesstyrelsen för det ...")
_SWEDISH_HEADS_BY_TASK = frozenset(h.head for h in body_heads() if h.language == "sv" and h.determinant == "any")
# the task: nouns (a genitive may open it: "Normens skola"), joined by "och", "samt", "för" or a list's commas, up
# to the end of the line or a punctuation mark (a name in a list or a heading, not a clause going on)
_TASK = re.compile(r" för ((?:[A-ZÅÄÖ][a-zåäöé]+s )?[a-zåäöé-]+(?:(?: och | samt | för | av |, )[a-zåäöé-]+){0,7})"
                   r"(?=[ \t]*(?:[,;:.)]|\r?\n|$))")
# (" av " joins a nominalised task to its object: "styrgruppen för främjande av välfärd och hälsa")
# a head in its definite form, lower case inside a sentence ("till styrgruppen för ..."): the task names one group
# words that make "X för ..." a clause ("Nämnden för fram att", "styrelsen för kännedom"), not a body's task
_DEFINITE_HEAD = re.compile(r"(?:gruppen|sektionen|nämnden)$")
_NOT_TASK = frozenset({"att", "det", "den", "de", "dem", "denna", "detta", "dessa", "sin", "sitt", "sina", "fram",
                       "kännedom", "beslut", "behandling", "godkännande", "år", "tiden", "perioden", "del", "vidare",
                       "följande", "alla", "egen", "eget", "en", "ett", "sig", "oss", "er", "dig", "mig", "närvarande",
                       "vår", "vårt", "våra", "hela", "övrigt", "protokollet", "kommunen", "staden", "området"})


# Swedish adjectives that open a place's name ("Östra Nyland", "Egentliga Finland", "Mellersta Österbotten")
_SWEDISH_PLACE_ADJECTIVES = {"Östra", "Västra", "Norra", "Södra", "Mellersta", "Egentliga", "Övre", "Nedre"}


def _owner_start(toks: list[Token], j: int, span_of: dict[int, Mention]) -> int:
    """Where the owner's name whose last word is `toks[j]` starts: the whole of a known name that ends there
    ("Egentliga Finlands välfärdsområdesstyrelse"), or a Swedish place adjective right before it ("Östra Nylands
    områdesstyrelse"); else the word itself."""
    known, k = span_of.get(j), j
    if known is not None and known.end == toks[j].end:
        while k > 0 and span_of.get(k - 1) is known:
            k -= 1
    if k == j and k > 0 and toks[k - 1].text in _SWEDISH_PLACE_ADJECTIVES and toks[k - 1].end + 1 == toks[k].start:
        k -= 1
    return k


def _named_by_task(t: Token, text: str) -> int | None:
    """Where a Swedish body named by its task ends ("Sektionen för tjänster för barn, unga och familjer"), if the
    capitalised bare head `t` opens one. A list's commas must end in "och"; at most a line's worth is read."""
    if t.text.isupper() or not (t.is_cap or _DEFINITE_HEAD.search(t.text)):
        return None
    m = _TASK.match(text, t.end, min(len(text), t.end + 160))
    if m is None:
        return None
    task = m.group(1)
    if any(w.lower() in _NOT_TASK for w in re.split(r"[ ,]+", task)):
        return None
    if ", " in task and " och " not in task.rsplit(", ", 1)[1]:
        return None
    return m.end(1)


def _compound_organ(label: str) -> bool:
    """A compound of a unit head that names an organ of its own ("Diakoniajohtokunta"), not the bare head."""
    low = label.lower()
    return " " not in low and any(low.endswith(h) and len(low) > len(h) for h in _COMPOUND_ORGANS)


_GLUED_LABEL = re.compile(r"([A-ZÅÄÖ][a-zåäö]+)(:?)(?=[A-ZÅÄÖ][a-zåäö])")


# a column's word in capitals that a transcript glued to the name before it ("SeppäläPOISSA", "VirtanenJÄSEN"):
# an attendance table's presence or role cell, never part of a name
GLUED_CELLS = {"poissa", "läsnä", "jäsen", "varajäsen", "puheenjohtaja", "varapuheenjohtaja", "sihteeri",
               "esittelijä", "pöytäkirjanpitäjä", "frånvarande", "närvarande", "ordförande", "ledamot", "ersättare"}
_GLUED_CELL = re.compile(r"([A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?)([A-ZÅÄÖ]{4,})")


_APOSTROPHE_FORM = re.compile(r"((?:ry|rf|oyj?|ab|ky)|(?:RY|RF|OYJ?|AB|KY)|(?:Ry|Rf|Oyj?|Ab|Ky))"
                              r"[’']([a-zåäöA-ZÅÄÖ]{1,5})")


def _apostrophe_forms(toks: list[Token]) -> list[Token]:
    """A legal form's case ending after an apostrophe ("ry’n", "Oy'lle") as after the colon Finnish writes
    ("ry:n"): the rules read a form's case from its colon. One character for another, so offsets stay."""
    out: list[Token] = []
    for t in toks:
        m = _APOSTROPHE_FORM.fullmatch(t.text) if ("’" in t.text or "'" in t.text) else None
        out.append(t if m is None else Token(f"{m.group(1)}:{m.group(2)}", t.start, t.end))
    return out


def _split_glued_labels(toks: list[Token]) -> list[Token]:
    """A field label glued to its value is two words: the value alone names something ("NimiHyvä" -> "Nimi",
    "Hyvä"); a label's colon between them stands on its own. A cell's word in capitals glued after a name is a
    word of its own too ("SeppäläPOISSA" -> "Seppälä", "POISSA")."""
    out: list[Token] = []
    for t in toks:
        cell = _GLUED_CELL.fullmatch(t.text)
        if cell is not None and cell.group(2).lower() in GLUED_CELLS:
            cut = t.start + cell.end(1)
            out += [Token(cell.group(1), t.start, cut), Token(cell.group(2), cut, t.end)]
            continue
        m = _GLUED_LABEL.match(t.text)
        if m is None or m.group(1).lower() not in GLUED_LABELS:
            out.append(t)
            continue
        cut = t.start + m.end(1)
        out.append(Token(m.group(1), t.start, cut))
        if m.group(2):
            out.append(Token(":", cut, cut + 1))
            cut += 1
        out.append(Token(t.text[cut - t.start:], cut, t.end))
    return out


split_glued_labels = _split_glued_labels  # also for the blocks of people (extract/people.py): "UnderskriftLaila X"


_BY_GAZETTEER: weakref.WeakKeyDictionary[Gazetteer, dict[str, object]] = weakref.WeakKeyDictionary()
_T = TypeVar("_T")


def _per_gazetteer(fn: Callable[[Recogniser], _T]) -> cached_property[_T]:
    """A cached property computed once per gazetteer, not once per Recogniser: a Recogniser lives for one
    document, and these indexes of the reference names cost more than recognising a short document."""
    name = fn.__name__

    def get(self: Recogniser) -> _T:
        store = _BY_GAZETTEER.setdefault(self.gazetteer, {})
        if name not in store:
            store[name] = fn(self)
        return store[name]  # type: ignore[return-value]

    get.__name__ = name
    get.__doc__ = fn.__doc__
    return cached_property(get)


@dataclass
class Recogniser(OrganisationNames, UndertakingNames):
    gazetteer: Gazetteer
    morph: Morphology
    # what the document being read taught: names by their first word, and the mentions of its legal-form
    # sentences read ahead (see sentence_mentions)
    _memory_text: str | None = field(default=None, init=False, repr=False, compare=False)
    _learned: dict[str, list[tuple[tuple[str, ...], Mention]]] = field(default_factory=dict, init=False, repr=False,
                                                                       compare=False)
    _learned_labels: set[str] = field(default_factory=set, init=False, repr=False, compare=False)
    _learned_re: re.Pattern[str] | None = field(default=None, init=False, repr=False, compare=False)
    _sent_text: str = field(default="", init=False, repr=False, compare=False)
    _doc_words: tuple[str, frozenset[str]] | None = field(default=None, init=False, repr=False, compare=False)
    _sent_start: int = field(default=0, init=False, repr=False, compare=False)
    _out_of_context: frozenset[str] = field(default=frozenset(), init=False, repr=False, compare=False)
    _early: dict[tuple[int, int, bool], list[Mention]] = field(default_factory=dict, init=False, repr=False,
                                                               compare=False)

    @_per_gazetteer
    def _actor_acronyms(self) -> frozenset[str]:
        """Acronyms of organisations, areas and funds in the reference data (EU, THL, ESR)."""
        return frozenset(label for e in self.gazetteer.entities.values() if e.type not in {"Project"}
                         for label in e.labels if label.isupper() and 2 <= len(label) <= 10)

    @_per_gazetteer
    def _council_genitives(self) -> frozenset[str]:
        """ "Hämeen", "Keski-Suomen": the genitives opening the regional councils' names (council_genitives.py)."""
        return council_genitives(self.gazetteer)

    def sentence_mentions(self, sent: Sentence, text: str, *, title: bool = False) -> list[Mention]:
        """The mentions of one sentence of `text`, sentences asked in document order.

        An organisation named once by its legal form or its place in a caption ("Nivala-Haapajärven seutu Nihak
        ry", "Olavi Soinio Vestia") is the same organisation where the document writes it without that cue
        ("Nivala-Haapajärven Seutu Nihak osallistuu", "osallistuivat myös Vestia ja Vesikolmio"): the names that
        legal forms and captions give anywhere in the document are learned before its first sentence, and every
        sentence finds them. What a sentence yields depends on the document and the sentence only, not on which
        sentences were asked before: extract/sentence_pool.py hands ranges of sentences to forked processes."""
        if self._memory_text is not text:
            self._start_document(text)
        cached = self._early.pop((sent.start, sent.end, title), None)
        ms = cached if cached is not None else self._sentence_mentions(sent, text, title=title)
        if self._learned and self._learned_words().search(sent.text):
            ms = self._learned_mentions(sent, text, ms)
        return ms

    def _same_plural(self, word: str, learned: str) -> bool:
        """A learned name's last word in the plural, inflected in the plural stem ("Hämeen Kylät ry" ->
        "Hämeen Kylien", "Hämeen Kylille"): both read as plurals of one lemma."""
        if not word[:1].isupper() or not learned.endswith("t"):
            return False
        mine = {a.base.lower() for a in self.morph.analyse(word) if a.number == "plural"}
        return bool(mine) and bool(mine & {a.base.lower() for a in self.morph.analyse(learned)
                                           if a.number == "plural" and a.case == "nimento"})

    def _learned_words(self) -> re.Pattern[str]:
        """Where a learned name may begin in a sentence: one search instead of a look-up for every token."""
        if self._learned_re is None:
            words = sorted(self._learned, key=len, reverse=True)
            self._learned_re = re.compile(r"(?i)(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + ")")
        return self._learned_re

    def _start_document(self, text: str) -> None:
        """Learn the names a new document gives by legal form or caption: only the lines with a legal-form word or
        a caption's shape ("A B Org, C D Org", "toimitusjohtaja A B Org") are read here, and their mentions are
        kept for the pass that asks for them, so those sentences are not read twice."""
        self._memory_text = text
        # "KST" in a mainland town's minutes is its kommunstyrelse, not Åland's joint authority: extract/gazetteer.py
        self._out_of_context = self.gazetteer.acronyms_out_of_context(text)
        self._learned = {}
        self._learned_labels = set()
        self._learned_re = None
        self._early = {}
        # known programmes the document names in another edition ("Lähiöohjelma 2008-2011"): programme_editions.py
        self._editions = document_editions(text, lambda toks: self.gazetteer.match(toks, self.morph))
        end = 0
        hits = sorted([h.start() for h in _LEGAL_FORM_WORD.finditer(text)] + _caption_hits(text))
        for pos in hits:
            if pos < end:
                continue  # inside the paragraph just read
            # the line around the legal form (a line that opens with a capital opens a sentence, so its sentences
            # are mostly the ones the document's pass asks for; others are read again there); a line longer than a
            # few sentences is read around the hit only
            a = text.rfind("\n", max(0, pos - 250), pos)
            a = a + 1 if a >= 0 else (0 if pos <= 250 else text.find(" ", pos - 250, pos) + 1)
            b = text.find("\n", pos, pos + 150)
            b = b if b >= 0 else min(len(text), pos + 150)
            end = b
            for s in sentences(text, a, b):
                if _LEGAL_FORM_WORD.search(s.text) or _CAPTION_ITEM.search(s.text):
                    ms = self._sentence_mentions(s, text, title=False)
                    self._early[(s.start, s.end, False)] = ms
                    self._learn(ms, text)

    def _learn(self, ms: list[Mention], text: str) -> None:
        for m in ms:
            if m.rule not in LEARNABLE_RULES or m.type not in {"Association", "Company"}:
                continue
            words = _WORD.findall(_LEGAL_FORM_END.sub("", m.label))
            if not words or len(words) > 6 or m.label in self._learned_labels:
                continue
            self._learned_labels.add(m.label)
            names = [tuple(w.lower() for w in words)]
            last = words[-1]
            if len(words) > 1 and last[:1].isupper() and len(last) >= 4 and "-" not in last \
                    and not readings_known(self.morph.analyse(last)):
                names.append((last.lower(),))  # "... seutu Nihak ry": the brand word no dictionary knows
            for name in names:
                self._learned.setdefault(name[0], []).append((name, m))
            self._learned_re = None

    def _learned_mentions(self, sent: Sentence, text: str, ms: list[Mention]) -> list[Mention]:
        """Learned names where no other mention stands: the words as learned, the last one inflected or not
        ("Vestian", "NIHAKin")."""
        toks = sent.tokens
        covered: list[tuple[int, int]] = []  # the learned names found
        out = list(ms)
        i = 0
        while i < len(toks):
            tok = toks[i]
            low = tok.text.lower().split(":")[0]
            cands = None
            if tok.is_cap:
                cands = next((c for k in range(5) if (c := self._learned.get(low[:len(low) - k])) is not None), None)
            hit = None
            for name, m in sorted(cands or (), key=lambda x: -len(x[0])):
                n = len(name)
                span = toks[i:i + n]
                if len(span) < n or any(a.text.lower() != b for a, b in zip(span[:-1], name[:-1], strict=False)):
                    continue
                lw, last = span[-1].text.lower().split(":")[0], name[-1]
                if lw != last and not (lw.startswith(last) and _CASE_ENDING.fullmatch(lw[len(last):])) \
                        and not (n > 1 and self._same_plural(span[-1].text, last)):
                    continue
                if any(a < span[-1].end and span[0].start < b for a, b in covered) or any(
                        x.start < span[-1].end and span[0].start < x.end
                        and not (span[0].start <= x.start and x.end <= span[-1].end and len(name) > 1) for x in out):
                    continue  # a mention inside the name ("Nivala-Haapajärven seutu", "Leader Etpähä") is its word
                hit = (span, m)
                break
            if hit is None:
                i += 1
                continue
            span, m = hit
            a, b = span[0].start, span[-1].end
            out = [x for x in out if not (a <= x.start and x.end <= b)]
            out.append(Mention(start=a, end=b, surface=text[a:b], label=m.label, type=m.type, rule="learned-name",
                               case=self._case(span[-1]), key=m.key,
                               parts=(text[a:b].split(":")[0],) if span[-1].text.lower() == name[-1] else ()))
            covered.append((a, b))
            i += len(span)
        return sorted(out, key=lambda x: x.start) if out != ms else ms

    def _sentence_mentions(self, sent: Sentence, text: str, *, title: bool = False) -> list[Mention]:
        self._sent_text = sent.text  # the rules below that need a rare word look for it here before any token loop
        self._sent_start = sent.start
        toks = _split_glued_labels(list(sent.tokens))
        if "’" in sent.text or "'" in sent.text:
            toks = _apostrophe_forms(toks)
        mentions: list[Mention] = []
        taken: set[int] = set()
        actors: set[int] = set()  # tokens of known organisations and programmes, not places
        places: set[int] = set()  # tokens of known places
        matches = self.gazetteer.match(toks, self.morph)
        if self._out_of_context:
            matches = [m for m in matches if m.name not in self._out_of_context]
        matched = {k for m in matches for k in range(m.start, m.end)}
        opening = self._opening_place(toks, matched) or self._coordinated_opening_place(toks, matches, matched) \
            or self._lone_place(toks, matched)
        if opening is not None:
            matches = sorted([*matches, opening], key=lambda x: x.start)
            matched.add(opening.start)
        misread = self._misread_genitives(toks, matched) + self._misspelt_places(toks, matched)
        if misread:
            matches = sorted([*matches, *misread], key=lambda x: x.start)
            matched.update(m.start for m in misread)
        for m in matches:
            if m.start in taken and any(x.rule == "association-district" for x in mentions):
                continue  # the area inside "X:n Pohjois-Savon piiri" is the district's name
            if self._surname_place(toks, m, matched, text):
                continue  # "Eero Joensuu", "Ville Kankaanpää": a surname that is also a town
            if _swedish_heading_word(toks, m.start, m.end):
                continue  # "OM OSS", "OM PROJEKTET SARA": Swedish "about" opening a heading in capitals, no ministry
            end = m.end
            label_extra = None
            nxt = toks[end] if end < len(toks) else None
            heads = MUNICIPALITY_HEADS if m.entity.type == "Municipality" else (
                REGION_HEADS if m.entity.type == "Region" else {})
            if nxt is not None and heads and (self.morph.bases(nxt.text) & set(heads)):
                head = min(self.morph.bases(nxt.text) & set(heads))  # min: the same head whatever the hash seed
                first = toks[m.start].text
                label_extra = f"{first.capitalize() if first.isupper() else first} {head}"
                end += 1
            local = self._local_chapter(toks, m, end, taken, places)
            if local is not None:
                # "Pilpalan Martat", "Laakson Marttojen": a place's genitive before a national association's plural
                # short name is a local association of its own, not the national one
                first = toks[local]
                label = f"{first.text} {m.name}"
                mentions[:] = [x for x in mentions if not (x.start <= first.start < x.end)]
                places.difference_update({local})
                mentions.append(Mention(start=first.start, end=toks[end - 1].end,
                                        surface=text[first.start:toks[end - 1].end], label=label, type="Association",
                                        rule="local-chapter", case=self._case(toks[end - 1]), key=fold(label) or None))
                taken.update(range(local, end))
                actors.update(range(local, end))
                continue
            district = self._association_district(toks, m.start, end, m.entity.type)
            if district is not None:
                # "Mannerheimin Lastensuojeluliiton Pohjois-Savon piiri": a national association's regional
                # district is a registered association of its own, named with the region
                span = toks[m.start:district + 1]
                last = span[-1].text
                words = [x.text for x in span[:-1]] + [last.split(":")[0] if last.lower().split(":")[0]
                                                       in ASSOCIATION_FORMS else self._head_base(last)]
                label = _BRACKETED_ACRONYM.sub(" ", join_tokens(span, words, text))  # the name without "(MLL)"
                mentions.append(Mention(start=span[0].start, end=span[-1].end,
                                        surface=text[span[0].start:span[-1].end], label=label, type="Association",
                                        rule="association-district", case=self._case(span[-1]),
                                        key=fold(label) or None))
                written = text[toks[m.start].start:toks[end - 1].end]
                if m.entity.type == "Association" and (_ACRONYM_GENITIVE.fullmatch(toks[end - 1].text)
                                                       or m.name.lower() == written.lower()):
                    # "SPR:n Janakkalan osasto", "Mannerheimin Lastensuojeluliitto Kainuun osasto": the acronym's
                    # genitive or the name as it is names the national association too, the branch's own, a thing
                    # other documents name (issue 12's cross-document resolution); a full name's genitive ("Suomen
                    # Punaisen Ristin Naantalin osasto", a list's item) is the branch's name alone
                    mentions.append(Mention(start=toks[m.start].start, end=toks[end - 1].end, surface=written,
                                            label=m.entity.label, type=m.entity.type, iri=m.entity.iri,
                                            case=self._case(toks[end - 1]), rule="gazetteer", parts=(m.name,)))
                taken.update(range(m.start, district + 1))
                actors.update(range(m.start, district + 1))
                continue
            other = self._other_organisation(toks, m.start, end, m.entity.type)
            if other is not None:
                # "Svenska Österbottens förbund för utbildning och kultur" is not Österbottens förbund;
                # "Röda Korset i Österbotten" is the association's regional organisation
                a, b = other
                label = " ".join(x.text for x in toks[a:b])
                mentions.append(Mention(start=toks[a].start, end=toks[b - 1].end,
                                        surface=text[toks[a].start:toks[b - 1].end], label=label, type="Association",
                                        rule="swedish-organisation", key=fold(label) or None))
                taken.update(range(a, b))
                continue
            edition = other_edition(toks, end, m.entity.type, m.entity.label, m.name)
            named = getattr(self, "_editions", {}).get(m.entity.iri)
            if edition is None and named is not None and not _YEAR_IN.search(m.name):
                # "hyväksyttiin Lähiöohjelmaan" in a document about "Lähiöohjelma 2008-2011": that edition
                edition = (end, "")
            if edition is not None:
                # "Lähiöohjelma 2008-2011" beside the reference's "Lähiöohjelma 2020–2022": an edition of its own
                past, period = edition
                label = named or f"{m.name} {period}"
                mentions.append(Mention(start=toks[m.start].start, end=toks[past - 1].end,
                                        surface=text[toks[m.start].start:toks[past - 1].end], label=label,
                                        type="Programme", rule="programme-edition", case=self._case(toks[end - 1]),
                                        key=fold(label) or None))
                taken.update(range(m.start, past))
                actors.update(range(m.start, past))
                continue
            end = self._spaced_dash_head(toks, end, m.entity)
            span = toks[m.start:end]
            surface = text[span[0].start:span[-1].end]
            # a known name written exactly as its label is in its base form, even when its last word has a case
            # ending of its own ("I samma båt – Samassa veneessä"): the name is the subject, not a place
            as_label = len(span) > 1 and surface == m.name and m.entity.type not in PLACE_TYPES
            compound = programme_compound_name(span, m.name, m.entity.type, self.morph)
            mentions.append(Mention(
                start=span[0].start, end=span[-1].end, surface=surface,
                label=m.entity.label, type=m.entity.type, iri=m.entity.iri,
                case="nimento" if as_label else self._case(span[-1]), rule="gazetteer",
                parts=tuple(x for x in (label_extra, m.name, compound) if x),
            ))
            taken.update(range(m.start, end))
            if m.entity.type not in PLACE_TYPES:
                actors.update(range(m.start, end))
            else:
                places.update(range(m.start, end))
        for i, m in self._bare_acronyms(toks, taken):
            mentions.append(m)
            actors.add(i)
        for i, m in self._money_compounds(toks, taken):
            mentions.append(m)
            actors.add(i)
        self._actors = actors
        self._places = places
        und = self._undertakings(toks, text, taken, title=title)
        # a place that became part of a project's name ("Pohjois-Savon AB-keskushanke") is no mention of its own
        named_by_area = [u for u in und if u.rule == "area-acronym-head"]
        mentions = [m for m in mentions if not any(u.start <= m.start and m.end <= u.end for u in named_by_area)]
        # "projektet RRF Mellersta Österbotten": a place inside a name written after its Swedish head is the
        # name's word, not the place the text speaks of
        named_after = [u for u in und if u.rule == "swedish-head"]
        mentions = [m for m in mentions if m.type not in PLACE_TYPES or not any(
            u.start <= m.start and m.end <= u.end for u in named_after)]
        mentions += und
        orgs = self._organisations(toks, text, taken)
        # "Enonkosken seurakunta" names a parish, not the municipality it is in
        mentions = [m for m in mentions if not any(o.start <= m.start and m.end <= o.end for o in orgs)] + orgs
        mentions += self._swedish_state_boards(toks, text, taken)
        # "ProAgria Kainuu": a brand's branch named by its region, extract/brand_regions.py
        coined, mentions = brand_region_names(self._camel_case_names(toks, text, taken), mentions, text, self.morph)
        mentions += coined
        mentions += [m for m in self._interreg(toks, text, taken)
                     if not any(u.start < m.end and m.start < u.end for u in und)]  # "Interreg Aurora -ohjelma"
        mentions += self._bodies(toks, text, taken, mentions)
        split, split_taken = split_glued_names(toks, taken)  # "Hanna VirtanenMaarit Ahlqvist": two people
        people = self._people(split, text, split_taken)
        people += self._lower_case_given(toks, text, taken, people)
        cued = self._people_by_cue(toks, text, taken, people)  # may replace a shorter reading in `people`
        people += cued
        mentions += people
        if people:
            mentions += self._orgs_after_people(toks, text, taken, people, mentions)
            mentions += self._employers_before_titles(toks, text, taken, people)
            mentions += self._swedish_employers_before_titles(toks, text, taken, people)
            if len(people) >= 2 and (slotted := self._orgs_in_person_lists(toks, text, taken, people, mentions)):
                mentions = [m for m in mentions if not any(o.start <= m.start and m.end <= o.end for o in slotted)]
                mentions += slotted  # "Forum Virium Helsinki": the town inside the company's name is no town
        named = self._place_named_organisations(toks, text, taken)
        if named:  # "Tornion Aine tulee kylään -hanke": the town's genitive and a word of a project's name, no company
            # ("yhdistyksen hallinnoima Satakunnan Muistiluotsi": what is administered ends where the name does)
            named = [o for o in named if not any(
                u.type in {"Project", "Programme"} and u.start <= o.start
                and (o.end < u.end or (o.end == u.end and u.rule == "administered-name")) for u in und)]
        listed = self._amount_list_names(toks, text, taken)
        if named:
            mentions = [m for m in mentions if not any(o.start <= m.start and m.end <= o.end for o in named)]
        mentions += listed + named
        # "Keski-Pohjanmaan maakuntamuseo", "Turun tiepiiri": a place's genitive naming an institution (institutions.py)
        institutions, dropped = institution_mentions(toks, text, mentions, self.morph)
        if institutions:
            mentions = [m for m in mentions if id(m) not in dropped] + institutions
        areas = self._town_areas(toks, text, mentions)
        mentions = [m for m in mentions if m.rule != "gazetteer" or not self._place_in_other_role(toks, m)] + areas
        mentions = self._government(toks, text, mentions, taken)
        mentions = self._county_by_brand(toks, text, mentions)
        if "- " in self._sent_text:
            mentions = self._elided_openers(toks, text, mentions)
        return sorted(mentions, key=lambda x: x.start)

    def _elided_openers(self, toks: list[Token], text: str, mentions: list[Mention]) -> list[Mention]:
        """"Itä- ja Keski-Suomen aluejohtoryhmä": a name whose first word shares its second part with an elided word
        before 'ja' takes that word too (the area read from the elided word alone is the name's)."""
        by_start = {tk.start: k for k, tk in enumerate(toks)}
        out = mentions
        for m in mentions:
            if m.type not in _ELIDABLE_NAMES:
                continue
            k = by_start.get(m.start)
            if k is None or k < 2 or toks[k - 1].text not in {"ja", "tai", "sekä", "och"} \
                    or not _ELIDED_WORD.fullmatch(toks[k - 2].text) or "-" not in toks[k].text.strip("-") \
                    or not toks[k].is_cap or toks[k - 1].start - toks[k - 2].end != 1:
                continue
            a = toks[k - 2].start
            prefix = text[a:m.start]
            grown = Mention(start=a, end=m.end, surface=text[a:m.end], label=prefix + m.label, type=m.type,
                            iri=m.iri, case=m.case, rule=m.rule, acronym=m.acronym,
                            key=fold(prefix + m.label) or None, parts=(*m.parts, m.label), generic=m.generic)
            out = [x for x in out if x is not m and not (x.type in PLACE_TYPES and a <= x.start and x.end <= m.start)]
            out.append(grown)
        return out

    @_per_gazetteer
    def _counties_by_genitive(self) -> dict[str, KnownEntity]:
        """Wellbeing services counties by the region genitive of their Finnish name ("pohjois-karjalan")."""
        return {e.label.lower().removesuffix(" hyvinvointialue"): e
                for e in sorted(self.gazetteer.entities.values(), key=lambda x: x.iri)
                if e.type == "WellbeingCounty" and e.label.endswith(" hyvinvointialue")}

    def _county_by_brand(self, toks: list[Token], text: str, mentions: list[Mention]) -> list[Mention]:
        """"Pohjois-Karjalan Siun Sote -hyvinvointialueelle": the brand of a former joint authority under the head
        '-hyvinvointialue' names the county that took its name over (2023), the region's genitive telling which."""
        jas = [m for m in mentions if m.type == "JointAuthority" and m.rule == "gazetteer"]
        if not jas:
            return mentions
        by_start = {tk.start: k for k, tk in enumerate(toks)}
        by_end = {tk.end: k for k, tk in enumerate(toks)}
        out = mentions
        for ja in jas:
            e = by_end.get(ja.end)
            if e is None or e + 2 >= len(toks) or toks[e + 1].text not in {"-", "–"} \
                    or not toks[e + 2].text.lower().startswith("hyvinvointialue"):
                continue
            region = next((m for m in out if m.type == "Region" and m.end < ja.start
                           and by_start.get(ja.start, 0) - 1 == by_end.get(m.end)), None)
            county = self._counties_by_genitive.get(text[region.start:region.end].lower()) if region else None
            if county is None:
                continue
            a, b = region.start, toks[e + 2].end
            label = join_tokens(toks[by_start[a]:e + 3], [x.text for x in toks[by_start[a]:e + 2]] + [
                "hyvinvointialue"], text)
            out = [m for m in out if m is not ja and m is not region] + [Mention(
                start=a, end=b, surface=text[a:b], label=county.label, type=county.type, iri=county.iri,
                case=self._case(toks[e + 2]), rule="county-brand", parts=(label, ja.surface))]
        return out

    def _government(self, toks: list[Token], text: str, mentions: list[Mention], taken: set[int]) -> list[Mention]:
        """The Government as the one that grants money: "Hallitus on myöntänyt X:lle 2,6 miljoonan euron
        lisärahoituksen, kertoo valtiovarainministeriö", "Valtioneuvosto myönsi ... N euroa".

        Its names head statutes and banners ("Valtioneuvoston asetus") and "hallitus" is any board's name, so
        a mention stands only as the subject (nominative) of a sentence that grants a sum, or that states its decision
        on grants whose sums follow ("Valtioneuvosto on tehnyt päätöksen ... korotuksista"); bare "hallitus"
        besides needs a ministry or a minister in the sentence, and no owner's genitive before it."""
        t = self._sent_text
        if not ("allitus" in t or "egeringen" in t or "altioneuvost" in t or "tatsråd" in t or "hallitus" in t
                or "regering" in t):
            return mentions
        board = _BOARD_WORD_SEARCH.search(t)
        gov = [m for m in mentions if m.iri == GOVERNMENT]
        if not gov and not board:
            return mentions
        words = {t.text for t in toks}
        sent_text = text[toks[0].start:toks[-1].end] if toks else ""
        grants = bool(_GRANT_VERB.search(sent_text) and _SUM.search(sent_text)) or bool(
            _FUNDING_DECISION.search(sent_text))
        keep = [m for m in mentions if m.iri != GOVERNMENT or (grants and m.case in {None, "nimento"}
                                                                and not m.surface.endswith(("n", "s")))]
        if not grants or not (words & _BOARD_WORDS):
            return keep
        ministry = any(m.type == "Ministry" for m in mentions) or "ministeri" in sent_text.lower()
        ent = self.gazetteer.entities.get(GOVERNMENT)
        if not ministry or ent is None:
            return keep
        for i, t in enumerate(toks):
            if t.text not in _BOARD_WORDS or i in taken or (i > 0 and toks[i - 1].is_word and (
                    _genitive_end(toks[i - 1].text.lower()) or toks[i - 1].text.endswith("s"))) or (
                    i + 1 < len(toks) and toks[i + 1].text in {"-", "–"}):
                continue  # "Kelan hallitus", "yhtiön hallitus", "kommunens regeringen": someone else's board
            keep.append(Mention(start=t.start, end=t.end, surface=t.text, label=ent.label, type=ent.type,
                                iri=GOVERNMENT, rule="government", parts=(t.text,)))
        return keep

    def _town_areas(self, toks: list[Token], text: str, mentions: list[Mention]) -> list[Mention]:
        """The sub-region named after its town: "Xlän seutukunta", "Xlän kaupunkiseutu", Swedish "Xstadsregionen". Not
        inside a project's or an organisation's name ("Xlän seutukunnan kehittämishanke" is the project's word)."""
        out: list[Mention] = []
        names = [m for m in mentions if m.type not in PLACE_TYPES and m.type != "Person"]
        starts = [tk.start for tk in toks]
        for m in mentions:
            if m.type != "Municipality" or m.rule != "gazetteer" or any(
                    n.start <= m.start and m.end <= n.end for n in names):
                continue
            e = bisect_left(starts, m.end) - 1
            if e < 0 or toks[e].end != m.end or not toks[e].text.endswith("n") or toks[e].text.isupper():
                continue
            if _SUBREGION_FIELD.search(text, max(0, m.start - _FIELD_REACH), m.start):
                # "Seutukunnat: Hämeenlinnan, Forssan, Riihimäen": a card's field of sub-regions elides the head word
                # after each town's genitive; each names the town's sub-region, not the town
                label = f"{toks[e].text} seutukunta"
                out.append(Mention(start=m.start, end=m.end, surface=text[m.start:m.end], label=label,
                                   type="CooperationArea", iri=mint("CooperationArea", fold(label)), rule="town-area",
                                   case="omanto", key=fold(label)))
                continue
            if e + 1 >= len(toks) or toks[e + 1].start - toks[e].end > 1:
                continue
            area = next((b for b in ("seutukunta", "kaupunkiseutu")
                         if b in {x.lower() for x in self.morph.bases(toks[e + 1].text)}), None)
            if area is None:
                continue  # a bare "seutu" is often a word of a project's title ("... Xlän seudulle")
            label = f"{toks[e].text} {area}"  # "Xlän kaupunkiseutu": the town's urban region, as its sub-region
            out.append(Mention(start=m.start, end=toks[e + 1].end, surface=text[m.start:toks[e + 1].end], label=label,
                               type="CooperationArea", iri=mint("CooperationArea", fold(label)), rule="town-area",
                               case=self._case(toks[e + 1]), key=fold(label)))
        t = self._sent_text
        if not ("regionen" in t or "området" in t or "trakten" in t or "nejden" in t):
            return out  # the pattern's fixed part: most sentences are out before their tokens are read
        for tok in toks:
            sv = _TOWN_REGION.fullmatch(tok.text)
            if sv is None:
                continue
            # "Nystadsområdet" links its town with an -s, "Helsingforsområdet" has the town's own -s
            names = self._municipality_names
            town = names.get(sv.group(1).lower()) or names.get((sv.group(1) + sv.group(2)).lower())
            if town is not None:
                label = tok.text[:-1] if sv.group(3) else tok.text  # "Xstadsregionens": the genitive's -s off
                out.append(Mention(start=tok.start, end=tok.end, surface=tok.text, label=label, type="CooperationArea",
                                   iri=mint("CooperationArea", fold(label)), rule="town-area", key=fold(label)))
        return out

    @_per_gazetteer
    def _municipality_names(self) -> dict[str, KnownEntity]:
        """Municipalities by their one-word names, Finnish and Swedish, lower-cased."""
        return {label.lower(): e for e in sorted(self.gazetteer.entities.values(), key=lambda x: x.iri)
                if e.type == "Municipality" for label in e.labels if label.isalpha()}

    def _place_in_other_role(self, toks: list[Token], m: Mention) -> bool:
        """A known place that the text uses as something other than a place it speaks of: the town of a postal
        address ("Esimerkkikatu 3 A, Xkylä", "PL 12, 00100 Xkylä"), the area around a town ("Xkylän seudulla") or
        a region's name inside the name of a body or unit that belongs to someone else ("Xmaan aluehallitus",
        "Xmaan toimintayksikkö"). The mention still told the other rules whose body it is (they ran before)."""
        if m.type not in {"Municipality", "Region"}:
            return False
        k = next((i for i, t in enumerate(toks) if t.start == m.start), None)
        e = next((i for i, t in enumerate(toks) if t.end == m.end), None)
        if k is None or e is None:
            return False
        if m.type == "Municipality" and _after_street_address(toks, k):
            return True
        if m.type == "Municipality" and e + 1 < len(toks) and toks[e + 1].text in {"osoitteessa", "osoite"}:
            return True  # "Toimipisteemme sijaitsee Jyväskylässä osoitteessa X": an office's address
        if e + 1 >= len(toks) or toks[e + 1].start - toks[e].end > 1 or not toks[e + 1].is_word \
                or not _genitive_end(toks[e].text.lower()):
            return False
        word = toks[e + 1].text.split(":")[0]  # "Lapin aluehallintovirasto:" before a list
        if m.type == "Region" and word in {"ja", "sekä", ","}:
            # "Lapin ja Pohjois-Pohjanmaan toimintayksikköjen": coordinated genitives share the head after the last
            j = e + 1
            while j + 1 < len(toks) and j - e <= 8 and (toks[j].text in {"ja", "sekä", ","} or (
                    toks[j].is_cap and _genitive_end(toks[j].text.lower()))):
                j += 1
            if j > e + 2 and not toks[j].is_cap and toks[j].is_word:
                word = toks[j].text.split(":")[0]
        bases = {b.lower() for b in self.morph.bases(word)} | {word.lower()}
        if m.type == "Municipality":
            if any(b.endswith(("seutu", "seutukunta")) and not b.endswith("maaseutu") for b in bases):
                # "Xlän seudulla", "Xlän kaupunkiseudun kunnat": the area around the town; "Xlän maaseutua" is
                # the town's countryside, the town's own land
                return True
            # "Xlän eteläisen alueen kunnat": a part of the country named after the town, not the town
            return e + 2 < len(toks) and bool(bases & _COMPASS_ADJECTIVES) and bool(
                {b.lower() for b in self.morph.bases(toks[e + 2].text)} & {"alue", "seutu"})
        return any(BODY_PATTERN.match(b) or b.endswith(REGION_UNIT_HEADS) for b in bases)

    @_per_gazetteer
    def _long_place_names(self) -> dict[str, tuple[KnownEntity, str]]:
        """Known one-word municipality and region names of eight letters or more, by their lower-case form."""
        out: dict[str, tuple[KnownEntity, str]] = {}
        for e in sorted(self.gazetteer.entities.values(), key=lambda x: x.iri):
            if e.type in {"Municipality", "Region"}:
                for label in sorted(e.labels):
                    if " " not in label and "-" not in label and len(label) >= 8 and label[:1].isupper():
                        out.setdefault(label.lower(), (e, label))
        return out

    @_per_gazetteer
    def _one_word_place_names(self) -> dict[str, tuple[KnownEntity, str]]:
        """Known one-word municipality and region names, by their lower-case form."""
        out: dict[str, tuple[KnownEntity, str]] = {}
        for e in sorted(self.gazetteer.entities.values(), key=lambda x: x.iri):
            if e.type in {"Municipality", "Region"}:
                for label in sorted(e.labels):
                    if " " not in label and "-" not in label and label[:1].isupper():
                        out.setdefault(label.lower(), (e, label))
        return out

    def _coordinated_opening_place(self, toks: list[Token], matches: list[Match], matched: set[int]) -> Match | None:
        """"Vieremän ja Sonkajärven yöpartiotoiminta": a sentence-initial place the gazetteer left out as a possible
        common noun ("vieremä") is the place when a known place in the same case is coordinated with it."""
        if len(toks) < 3 or 0 in matched or toks[1].text.lower() not in {"ja", "sekä", "tai", ","}:
            return None
        tok = toks[0]
        if not (tok.is_word and tok.is_cap) or tok.text.isupper() or "-" in tok.text or ":" in tok.text:
            return None
        other = next((m for m in matches if m.start == 2 and m.entity.type in {"Municipality", "Region"}), None)
        if other is None:
            return None
        readings = self.morph.analyse(tok.text)
        cases = {a.case for a in self.morph.analyse(toks[2].text) if a.cls == "paikannimi"}
        place = next((a.base.lower() for a in readings if a.cls == "paikannimi" and a.case in cases
                      and a.base.lower() in self._one_word_place_names), None)
        return Match(0, 1, *self._one_word_place_names[place]) if place else None

    def _lone_place(self, toks: list[Token], matched: set[int]) -> Match | None:
        """A known town's name in the nominative as a sentence of its own, a figure at most after it: one cell or
        one row of a member table or list ("Kannus", "Perho 2 800"). The gazetteer leaves a sentence-initial
        one-word place out when Voikko also reads it as a common noun (kannus, perho); alone, it is no word of a
        sentence."""
        if not toks or 0 in matched or any(t.is_word and not t.text.isdigit() for t in toks[1:]):
            return None
        tok = toks[0]
        if not (tok.is_word and tok.is_cap) or tok.text.isupper():
            return None
        known = self._one_word_place_names.get(tok.text.lower())
        if known is None or known[0].type != "Municipality" or known[1] != tok.text:
            return None
        return Match(0, 1, *known)

    def _opening_place(self, toks: list[Token], matched: set[int]) -> Match | None:
        """A long place name opening a sentence ("Kymenlaakson toiminta ...", "Seinäjoen kaupunki ...").

        The gazetteer leaves a sentence-initial one-word place out when Voikko also reads it as a common noun
        ("Pellon": pelto); for names of eight letters or more that reading is only the name split as a
        compound ("kymen+laakso"), with the same base as the place, so the place stands."""
        if not toks or 0 in matched:
            return None
        tok = toks[0]
        if not (tok.is_word and tok.is_cap) or tok.text.isupper() or "-" in tok.text or ":" in tok.text:
            return None
        readings = self.morph.analyse(tok.text)
        places = sorted(a.base.lower() for a in readings if a.cls == "paikannimi")
        name = next((b for b in places if b in self._long_place_names), None)
        if name is None or any(a.base.lower() != name for a in readings):
            return None
        if len(toks) > 1 and toks[1].is_cap and toks[1].start - tok.end == 1 and self._first_name(toks[1]):
            return None  # "Kankaanpää Matti": a surname before the given name in a list, not the town
        return Match(0, 1, *self._long_place_names[name])

    @_per_gazetteer
    def _one_word_actor_names(self) -> dict[str, tuple[KnownEntity, str]]:
        """Known one-word names of organisations (not places), capitalised and not acronyms, by lower-case form."""
        out: dict[str, tuple[KnownEntity, str]] = {}
        for e in sorted(self.gazetteer.entities.values(), key=lambda x: x.iri):
            if e.type not in PLACE_TYPES:
                for label in sorted(e.labels):
                    if label.isalpha() and len(label) >= 4 and label[:1].isupper() and not label.isupper():
                        out.setdefault(label.lower(), (e, label))
        return out

    def _misread_genitives(self, toks: list[Token], matched: set[int]) -> list[Match]:
        """Known one-word organisation names in the genitive that Voikko reads as another word's form ("Xsken":
        the genitive of a common noun "xski"), so the gazetteer never sees the name: a capitalised word ending
        in -n whose stem is exactly a known name is that organisation."""
        out = []
        for i, tok in enumerate(toks):
            if i in matched or not tok.text.endswith("n") or not (tok.is_word and tok.is_cap) or tok.text.isupper():
                continue
            known = self._one_word_actor_names.get(tok.text[:-1].lower())
            if known is not None and tok.text[:-1] == known[1]:
                out.append(Match(i, i + 1, *known))
        return out

    @_per_gazetteer
    def _long_place_labels(self) -> dict[str, tuple[KnownEntity, str]]:
        """Region and municipality names of nine letters or more (hyphenated ones too), by lower-case form."""
        out: dict[str, tuple[KnownEntity, str]] = {}
        for e in sorted(self.gazetteer.entities.values(), key=lambda x: x.iri):
            if e.type in {"Municipality", "Region"}:
                for label in sorted(e.labels):
                    if " " not in label and len(label) >= 9 and label[:1].isupper():
                        out.setdefault(label.lower(), (e, label))
        return out

    @_per_gazetteer
    def _long_places_by_start(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for name in self._long_place_labels:
            out.setdefault(name[:2], []).append(name)
        return out

    def _misspelt_places(self, toks: list[Token], matched: set[int]) -> list[Match]:
        """A long place name with one letter missing, doubled or wrong ("Pohjois-Pohjamaan", "Östebotten"): a
        capitalised word no dictionary knows whose form, with a case ending off, is one edit from exactly one
        known name of nine letters or more."""
        out = []
        for i, tok in enumerate(toks):
            if i in matched or len(tok.text) < 9 or not (tok.is_word and tok.is_cap) or tok.text.isupper() \
                    or ":" in tok.text:
                continue
            readings = self.morph.analyse(tok.text)
            proper = _PROPER_HYPHEN.search(tok.text) is not None  # Voikko's reading of "X-Ymaan" is only a guess
            if readings_known(readings) and not proper:
                continue
            if listed_surname(tok.text) or surname_base(tok.text) is not None:
                continue  # "Saralahti" is DVV's surname, no "Sahalahti" misspelt
            low = tok.text.lower()
            stems = {low} | {low[:-len(e)] for e in _PLACE_CASE_ENDINGS if low.endswith(e) and len(low) - len(e) >= 9}
            if proper:
                stems |= {a.base.lower() for a in readings if len(a.base) >= 9}
            hits = {self._long_place_labels[n][0].iri: self._long_place_labels[n]
                    for s in stems for n in self._long_places_by_start.get(s[:2], ()) if _one_edit_apart(s, n)}
            if len(hits) == 1:
                ent, label = next(iter(hits.values()))
                out.append(Match(i, i + 1, ent, label))
        return out

    def _bare_acronyms(self, toks: list[Token], taken: set[int]) -> list[tuple[int, Mention]]:
        """Actors whose acronym is no label because most of its uses are compounds and genitive modifiers
        ("EU-hanke", "EU:n rahoittama", annotated as optional at most): written alone as a word ("rahoittaa EU",
        "finansieras av EU") the acronym names the actor itself."""
        out = []
        for i, tok in enumerate(toks):
            iri = BARE_ACRONYMS.get(tok.text)
            if iri is None or i in taken or (i + 1 < len(toks) and toks[i + 1].start == tok.end
                                              and toks[i + 1].text in {"-", "–"}):
                continue
            ent = self.gazetteer.entities.get(str(ID[iri]))
            if ent is None:
                continue
            out.append((i, Mention(start=tok.start, end=tok.end, surface=tok.text, label=ent.label, type=ent.type,
                                   iri=ent.iri, rule="bare-acronym", parts=(tok.text,))))
            taken.add(i)
        return out

    @_per_gazetteer
    def _one_word_actor_labels(self) -> dict[str, KnownEntity]:
        """Known organisations (not places, programmes or projects) by their one-word names as written."""
        out: dict[str, KnownEntity] = {}
        for e in sorted(self.gazetteer.entities.values(), key=lambda x: x.iri):
            if e.type not in PLACE_TYPES and e.type not in {"Project", "Programme"}:
                for label in sorted(e.labels):
                    if label.isalpha() and label[:1].isupper():
                        out.setdefault(label, e)
        return out

    def _money_compounds(self, toks: list[Token], taken: set[int]) -> list[tuple[int, Mention]]:
        """A known funder compounded with a word for its money ("Paf-stöd", "STEA-avustusta", "Veikkaus-rahoitus"):
        the compound names where the money comes from, so its first part is a mention of the funder (the relation
        rules read "X-rahoitusta" as the money of X). Only one-word names of known organisations: a programme's money
        ("Leader-rahoitus", "ESR-rahoitus") is the gazetteer's."""
        if "-" not in self._sent_text or not _MONEY_COMPOUND_SEARCH.search(self._sent_text):
            return []
        out = []
        for i, tok in enumerate(toks):
            if i in taken or "-" not in tok.text or not tok.is_cap:
                continue
            m = _MONEY_COMPOUND.match(tok.text)
            ent = self._one_word_actor_labels.get(m.group(1)) if m else None
            if ent is None:
                continue
            name = m.group(1)
            out.append((i, Mention(start=tok.start, end=tok.start + len(name), surface=name, label=ent.label,
                                   type=ent.type, iri=ent.iri, rule="money-compound", parts=(name,))))
            taken.add(i)
        return out

    def _surname_place(self, toks: list[Token], m: Match, matched: set[int], text: str) -> bool:
        """Whether a one-word place in its base form (an actor's name in any case) is the surname of the first
        name just before it.

        Many Finnish surnames are place names, and some are the short names of actors ("Kela", "Keva"):
        a first name (Voikko's, not itself a matched place) written right before the bare name, on the
        same line, makes it a person, as in a list of attendants ("Eero Joensuu", "Liisa Kela"); a name
        ending the line before a place heading does not. An actor's name needs DVV's surname list too,
        since a first name before an agency is otherwise a sentence's subject ("Into Kela" is rare,
        "Sitra" no surname); the actor's name may be inflected, the surname's base form DVV's ("Jaana Kosken":
        "Koske" the competence centre, "Koski" the surname).
        """
        if m.end - m.start != 1 or m.start == 0:
            return False
        tok, prev = toks[m.start], toks[m.start - 1]
        if m.entity.type not in {"Municipality", "Region"}:
            # "Jaana Kosken mukaan", "Eero Kelan": an organisation's one-word short name in title case that is a
            # surname of the population register in its base form ("Koski", "Kela"), after a first name, in any
            # case; a name written in capitals ("KELA") is the organisation's acronym
            if m.entity.type in PLACE_TYPES or not tok.is_cap or tok.text.isupper() or tok.text[1:].lower() != \
                    tok.text[1:] or not any(listed_surname(b.capitalize()) for b in self.morph.bases(tok.text)):
                return False
        elif tok.text.lower() != m.name.lower() or not tok.is_cap or tok.text.isupper():
            return False
        if m.start - 1 in matched or not (prev.is_word and prev.is_cap) or text[prev.end:tok.start] != " ":
            return False
        if m.end < len(toks) and self.morph.bases(toks[m.end].text) & set(MUNICIPALITY_HEADS):
            return False  # "Eero Joensuu kaupunki" does not happen; a head keeps the town
        return self._first_name(prev) or listed_given_pair(prev, tok, toks[m.start - 2] if m.start > 1 else None,
                                                           self.morph)  # "Raul Joensuu": a DVV name Voikko lacks

    def _spaced_dash_head(self, toks: list[Token], end: int, entity: KnownEntity) -> int:
        """"Pohjois-Savon ELY -keskukselta": a known name's acronym with its head written after a spaced dash
        is one name; the head is its last word and carries its case (the ablative here, not a nominative
        "ELY"). Only a head the reference names spell with the acronym ("Pohjois-Savon ELY-keskus")."""
        if end + 1 >= len(toks) or toks[end].text != "-" or toks[end].start != toks[end - 1].end + 1 \
                or toks[end + 1].start != toks[end].end or not toks[end - 1].text.isupper():
            return end
        acr = toks[end - 1].text.lower()
        heads = {x.lower().rsplit(f"{acr}-", 1)[1] for x in entity.labels if f"{acr}-" in x.lower()}
        return end + 2 if heads & self.morph.bases(toks[end + 1].text) else end

    def _case(self, tok: Token) -> str | None:
        glued = acronym_case(tok.text)
        if glued is not None:
            return glued
        readings = self.morph.analyse(tok.text)
        return readings[0].case if readings else None

    def _camel_case_names(self, toks: list[Token], text: str, taken: set[int]) -> list[Mention]:
        """"UusOptimin loppuraportti", "Kuntamaisema ja JokiSote selvitykset", "perustettu GeroMetro", "KuntaPron
        palvelusopimus": a word with a capital inside, inside a sentence, is a coined name of a project or (with an
        organisation's word at its end: -Center, -Keskus, -Lab, -Hub, -Pro) of an organisation. A label glued to
        its value at a line's start ("TilaPäättynyt") is no name, nor a name glued to a title or a head."""
        if not _CAMEL_SEARCH.search(self._sent_text):
            return []
        out = []
        for k, t in enumerate(toks):
            if k == 0 or k in taken or not t.is_word or not _CAMEL.fullmatch(t.text):
                continue
            prev = toks[k - 1]
            if prev.text in {".", "!", "?", ":", "•", "§", "(", "/"} or "\n" in text[prev.end:t.start] \
                    or prev.text.isdigit() or (k + 1 < len(toks) and toks[k + 1].text in {"-", "–", "/"}) \
                    or sum(text[toks[0].start:t.start].count(q) for q in QUOTES) % 2 == 1:
                continue  # an alias in brackets ("(SÖFUK/KulturÖsterbotten)"), a word of a longer or quoted name
            first, second = _CAMEL.fullmatch(t.text).groups()
            if first in _SURNAME_PREFIXES and prev.is_cap and prev.is_word:
                continue  # "Francis McAllister", "Anna MacLeod": a Gaelic surname after a given name, no coined name
            if glued_at(toks, k) is not None:
                continue  # "Hanna VirtanenMaarit Ahlqvist": two people's names glued (glued_names.py), no coined name
            if any(a.cls == "lyhenne" for a in self.morph.analyse(t.text)):
                continue  # a common abbreviation in mixed case ("SoTe" for "sote"), no coined name
            if second.endswith(_CAMEL_CASE_ENDINGS) and not in_swedish_passage(text, t.start, t.end):
                # (Swedish puts no name in a Finnish case: "HelsingforsMission" is no genitive of "missio")
                # "UusOptimin", "KuntaPron", "NordLabin": the last part's own base (Voikko's, or its first guess)
                readings = self.morph.analyse(second)
                known = [r for r in readings if r.cls is not None]
                inflected = [r for r in (known or readings) if r.case not in {None, "nimento"}]
                if not known:  # a guess only where the ending is plain: "NordLabin", "KuntaPron" (not "-botten")
                    inflected = [r for r in inflected if len(r.base) <= 4 or second.endswith(("in", "issa", "issä"))]
                if inflected and not any(r.case == "nimento" for r in known):
                    base = inflected[0].base
                    second = base[:1].upper() + base[1:]
            name = first + second
            if name in _CAMEL_PRODUCTS:
                continue  # "JavaScript is disabled", "YouTubesta": a software's or web service's name
            if is_post(second, self.morph) or _undertaking_head(Token(second.lower(), 0, 0), self.morph):
                continue  # "HaikaraProjektikoordinaattori", "KuvausHankkeen": a name or label glued to the next word
            typ = "Association" if second.lower().endswith(_CAMEL_ORG_ENDINGS) else "Project"
            end = t.end
            numeral = _PHASE_NUMERAL.fullmatch(toks[k + 1].text) if k + 1 < len(toks) else None
            if numeral is None and k + 1 < len(toks) and ends_with_phase_one(t.text, toks[k + 1].text) \
                    and not (k + 2 < len(toks) and toks[k + 2].is_cap and toks[k + 2].is_word):
                # "CyberGrass I och X", "CyberGrass I.": "I" before no capitalised word is the first phase's
                # numeral; before one it may be Swedish "I" opening a clause ("CyberGrass I Vasa ...")
                numeral = _PHASE_ONE.fullmatch(toks[k + 1].text)
            if typ == "Project" and numeral and t.text == name and "\n" not in text[t.end:toks[k + 1].start]:
                # "YmpäristöAgro II sekä ...", "YmpäristöAgro II:n": a phase's numeral after the coined name (which
                # stays in the nominative, the numeral takes the case) is the name's own
                name, end = f"{name} {numeral.group(1)}", toks[k + 1].end
                taken.add(k + 1)
            out.append(self._named(name, typ, t.start, end, text, rule="camel-case"))
            taken.add(k)
        return out

    def _interreg(self, toks: list[Token], text: str, taken: set[int]) -> list[Mention]:
        """"Interreg Sverige-Norge", "Interreg Central Baltic-programmets", "Interreg Aurora -ohjelma": the EU's
        cross-border programmes are named "Interreg" and their area's capitalised words."""
        if "Interreg" not in self._sent_text:
            return []
        out = []
        for k, t in enumerate(toks):
            if t.text != "Interreg" or k in taken or k + 1 >= len(toks):
                continue
            end = k
            words = []
            while end + 1 < len(toks) and end - k < 3 and end + 1 not in taken and toks[end + 1].is_cap \
                    and toks[end + 1].is_word and toks[end + 1].start - toks[end].end == 1:
                end += 1
                word, dash, tail = toks[end].text.partition("-")
                if dash and tail[:1].islower():  # "Baltic-programmets": the programme word glued to the name
                    words.append(word)
                    break
                words.append(toks[end].text.split(":")[0])
            if not words:
                continue
            label = "Interreg " + " ".join(words)
            out.append(Mention(start=t.start, end=toks[end].end, surface=text[t.start:toks[end].end], label=label,
                               type="Programme", rule="interreg", key=fold(label) or None))
            taken.update(range(k, end + 1))
        return out

    def _swedish_state_boards(self, toks: list[Token], text: str, taken: set[int]) -> list[Mention]:
        """Sweden's state agencies named '-styrelsen' ("Socialstyrelsen", "Länsstyrelsen Skåne", "Länsstyrelsen i
        Norrbotten") are agencies, not a municipality's 'styrelse'; a county board takes its county's name."""
        if "styrelsen" not in self._sent_text:
            return []
        out = []
        for k, t in enumerate(toks):
            if k in taken or "styrelsen" not in t.text:
                continue
            sv = _SWEDISH_STATE_BOARD.fullmatch(t.text)
            if sv is None:
                continue
            end = k
            if sv.group(1) == "Läns":
                if k + 1 < len(toks) and toks[k + 1].is_cap and toks[k + 1].is_word and k + 1 not in taken:
                    end = k + 1  # "Länsstyrelsen Skåne"
                elif k + 2 < len(toks) and toks[k + 1].text == "i" and toks[k + 2].is_cap and toks[k + 2].is_word:
                    end = k + 2  # "Länsstyrelsen i Norrbotten"
            label = text[t.start:toks[end].end] if end > k else f"{sv.group(1)}styrelsen"
            out.append(Mention(start=t.start, end=toks[end].end, surface=text[t.start:toks[end].end], label=label,
                               type="Agency", rule="swedish-state-board", key=fold(label) or None,
                               iri=mint("Agency", fold(label))))
            taken.update(range(k, end + 1))
        return out

    def _plural_common_genitive(self, tok: Token) -> bool:
        """A sentence opener that is only a plural common noun's genitive ("Yritysten", "Kuntien")."""
        readings = self.morph.analyse(tok.text)
        return bool(readings) and all(a.case == "omanto" and a.number == "plural" and a.base[:1].islower()
                                      for a in readings)

    def _named(self, name: str, typ: str, start: int, end: int, text: str, *, rule: str) -> Mention:
        name = re.sub(r"\s+", " ", name).strip(" -–.,")
        name = _without_closing_quote(name)
        name = re.sub(r"(?i)(?<![a-zåäö])(osa|Osa)hake\b", r"\1hanke", name)  # the head's common typo ("osahake")
        name = _LAYOUT_HYPHEN.sub(r"\1", name)  # "Kanta- Hämeen": a compound broken at its hyphen by the layout
        acronym = None
        parts: list[str] = []
        acr = re.search(r"\(([A-ZÅÄÖ]{2,10})\)", name)
        if acr:
            acronym = acr.group(1)
        for piece in re.split(r"\s+[-–]\s+(?!\d)|(?<=[a-zåäö])\.\s+|\s*\([A-ZÅÄÖ]{2,10}\)\s*", name):
            piece = piece.strip(" -–.")
            if piece and piece != name and len(piece.split()) >= 2:
                parts.append(piece)
        first = parts[0] if parts else name
        return Mention(start=start, end=end, surface=text[start:end], label=name, type=typ, rule=rule,
                       acronym=acronym, parts=tuple(parts), key=identity_key(first, self.morph) or None)

    @staticmethod
    def _other_organisation(toks: list[Token], start: int, end: int, typ: str) -> tuple[int, int] | None:
        """The token span of a longer Swedish name around a known organisation's, or None.

        A capitalised adjective before it inside a sentence ("Svenska Österbottens förbund") makes another
        organisation, "för <field>" after it that organisation's purpose; "i <Place>" after an association names
        its regional organisation ("Röda Korset i Österbotten")."""
        if typ in PLACE_TYPES or typ == "Person":
            return None
        a, b = start, end
        prev = toks[start - 1] if start > 0 else None
        if prev is not None and prev.is_cap and prev.is_word and prev.text.endswith("a") and not prev.text.isupper() \
                and start >= 2 and toks[start - 2].text not in {".", "!", "?", ":"} and toks[start - 1].end < toks[
                    start].start and toks[start - 1].text.lower() in _SWEDISH_NAME_ADJECTIVES:
            a = start - 1
            if b + 1 < len(toks) and toks[b].text == "för" and not toks[b + 1].is_cap and toks[b + 1].is_word:
                b += 2
                if b + 1 < len(toks) and toks[b].text == "och" and not toks[b + 1].is_cap:
                    b += 2
            return a, b
        if typ == "Association" and b + 1 < len(toks) and toks[b].text == "i" and toks[b + 1].is_cap \
                and toks[b + 1].is_word:
            return a, b + 2
        return None

    def _naming_opener(self, word: Token, head: Token) -> bool:
        """A common noun's genitive opening a line or sentence that names the board or group after it ("Alueiden
        johtokunta", "Perusturvan johtoryhmä"): not an owner's kind in the singular ("Kaupungin johtoryhmä",
        "Yhdistyksen työryhmä" are some organisation's) nor a project's; "Alueiden", "Kuntien" name a joint one."""
        if not head.text.lower().startswith(("johtokun", "johtoryhm", "työryhm", "asiantuntijaryhm", "projektiryhm")):
            return False
        readings = self.morph.analyse(word.text)
        return bool(readings) and all(
            a.case == "omanto" and a.cls == "nimisana" and a.base[:1].islower()
            and (a.base.lower() not in _OWNER_WORDS | _ORGANISATION_KINDS or a.number == "plural") for a in readings)

    def _head_base(self, word: str) -> str:
        """A name's inflected last word in base form: Voikko's reading, else an unambiguous local case ending off."""
        if readings_known(self.morph.analyse(word)):
            return base_of(word, self.morph)
        m = _LOCAL_CASE_END.match(word)
        return m.group(1) if m else word

    def _local_chapter(self, toks: list[Token], m: Match, end: int, taken: set[int],
                       places: set[int]) -> int | None:
        """Index of the genitive opening "<place>n <Plural>" when the match is a national association known by one
        plural word ("Martat", "Nuorisoseurat") and a capitalised genitive stands right before it inside the
        sentence ("Sydäntalvitapahtumassa Pilpalan Martat hoitivat ..."): the village's or town's own association.
        The genitive may be a known place the loop read already; a sentence's first word is not read (capitalised
        anyway), nor a person's first name or an acronym."""
        if m.entity.type != "Association" or end - m.start != 1 or " " in m.name or m.start < 2:
            return None
        k = m.start - 1
        prev, name = toks[k], toks[m.start]
        if not (prev.is_word and prev.is_cap and not prev.text.isupper() and prev.text.endswith("n")
                and name.start - prev.end == 1 and toks[k - 1].text not in {".", "!", "?", ":", "•", "-", "–"}):
            return None
        if not all(a.number == "plural" for a in self.morph.analyse(m.name)) or not self.morph.analyse(m.name):
            return None  # a plural short name only ("Martat"): a singular one is the association's own name
        if end < len(toks) and toks[end].text.lower().split(":")[0] in ASSOCIATION_FORMS:
            return None  # "Kuopion Martat ry": the registered name with its legal form is read whole elsewhere
        readings = self.morph.analyse(prev.text)
        if not any(a.case == "omanto" for a in readings) or any(a.cls == "etunimi" for a in readings) \
                or prev.text == "Suomen":
            return None  # ("Suomen Martat": the country's, the national association itself)
        if k in taken and k not in places:
            return None  # a word of another name; a place read before is the association's word
        return k

    def _association_district(self, toks: list[Token], start: int, end: int, typ: str) -> int | None:
        """Index of "piiri" closing "<association>n <Region>n piiri" ("Suomen Punaisen Ristin Hämeen piiri"): the
        association in the genitive, one or two capitalised genitives of the area, then the district word."""
        if typ != "Association" or end >= len(toks):
            return None
        acronym = toks[end - 1].is_acronym and toks[end - 1].text.isalpha()
        # "MLL Järvi-Suomen piiri", "Mannerheimin lastensuojeluliitto Kainuun osasto": the association's acronym or
        # its whole name is written in the nominative before the district's area, a list's way of writing it
        nominative = not acronym and not _genitive_end(toks[end - 1].text) and any(
            a.case == "nimento" for a in self.morph.analyse(toks[end - 1].text))
        if not _genitive_end(toks[end - 1].text) and not acronym and not nominative:
            return None
        if _bracketed_acronym(toks, end):
            end += 3  # "Mannerheimin Lastensuojeluliiton (MLL) Uudenmaan piirin": the acronym the name is known by
        k = end
        while k < len(toks) and k - end < 2 and toks[k].is_cap and toks[k].is_word and _genitive_end(toks[k].text) \
                and toks[k].start - toks[k - 1].end == 1:
            k += 1
        if k == end or k >= len(toks) or toks[k].is_cap or toks[k].start - toks[k - 1].end != 1:
            return None
        registered = k + 1 < len(toks) and toks[k + 1].text.lower().split(":")[0] in ASSOCIATION_FORMS
        if registered and not (acronym and toks[k].text.lower() in _DISTRICT_HEADS):
            return None  # "... Uudenmaan piiri ry": the registered name with its legal form is read from there
        if not {b.lower() for b in self.morph.bases(toks[k].text)} & _DISTRICT_HEADS:
            return None
        # "MLL Kaakkois-Suomen piiri ry": after a known acronym the registered name reads no further left, so the
        # district takes its legal form here
        return k + 1 if registered else k

    def _place_genitive(self, t: Token) -> bool:
        return t.is_cap and any(a.case == "omanto" for a in self.morph.analyse(t.text))

    # -- bodies ----------------------------------------------------------------------------
    def _bodies(self, toks: list[Token], text: str, taken: set[int], known: list[Mention] = ()) -> list[Mention]:
        out = []
        span_of: dict[int, Mention] = {}  # tokens of known names: a unit's or a board's owner, or a place
        starts = [tk.start for tk in toks]
        for m in known:
            if m.generic or m.type == "Person":
                continue
            k = bisect_left(starts, m.start)
            while k < len(toks) and toks[k].start < m.end:
                span_of[k] = m
                k += 1
        owner_of = {k: m for k, m in span_of.items() if m.type not in PLACE_TYPES}
        for i, t in enumerate(toks):
            if i in taken or not t.text[:1].isalpha() or _glued_label(toks, i):  # is_word, inline
                continue
            acr = t.text.split(":")[0] if t.text.split(":")[0] in BODY_ACRONYMS else None  # "KH", "KH:n"
            if acr:
                label = BODY_ACRONYMS[acr]
            elif BOARD_ABBREVIATION.fullmatch(t.text.split(":")[0]):
                # "Siv.ltk 51", "Tekltk 3.2.2024 § 4": any committee's short form, the abbreviation as its name
                acr = label = t.text.split(":")[0]
            else:
                label = _body_word(t.text, self.morph)
                if label is None:
                    label = self._named_dash_body(t)
                if label is None:
                    continue
            start_i = i
            # "Sosiaali- ja terveyslautakunta", "Social- och hälsovårdsnämnden": a coordinated prefix is part of it
            glued_at = 0  # characters of a field label glued before the prefix ("Nämnd:Arbets-", "StyrelseArbets-")
            if i >= 1 and start_i == i and (glued_ja := _GLUED_COORDINATION.fullmatch(toks[i - 1].text)) \
                    and toks[i - 1].end + 1 == t.start and i - 1 not in taken:
                # "Sosiaali-ja terveyslautakunta": a transcript lost the space after the prefix's dash
                start_i = i - 1
                label = f"{glued_ja.group(1)}- {glued_ja.group(2)} {label}"
            elif i >= 2 and toks[i - 1].text.lower() in {"ja", "och"} and toks[i - 2].text.endswith("-"):
                start_i = i - 2
                prefix = toks[i - 2].text
                glued = re.match(r"^(?:[^:]*:|[A-ZÅÄÖ][a-zåäö]+(?=[A-ZÅÄÖ][a-zåäö]+-$))", prefix)
                if glued:
                    glued_at = glued.end()
                    prefix = prefix[glued_at:]
                label = f"{prefix} {toks[i - 1].text} {label}"
                if prefix.isupper() and t.text.isupper():
                    label = label[:1] + label[1:].lower()  # "SOSIAALI- JA TERVEYSLAUTAKUNTA" as a heading writes it
            if start_i == i and (named_at := _spaced_dash_name(toks, i, taken)) is not None:
                # "Kehittäminen ja yhteistyö -lautakunta": the words before a spaced dash glued to the head name it
                start_i = named_at
                label = " ".join(text[toks[named_at].start:toks[i - 2].end].split()) + " -" + label
            # "Sektionen för äldreservice", "Arbetsgrupp för Normens skola": a Swedish body named by its task
            if start_i == i and label in _SWEDISH_HEADS_BY_TASK and (task := _named_by_task(t, text)) is not None:
                out.append(Mention(start=t.start, end=task, surface=text[t.start:task],
                                   label=" ".join(text[t.start:task].split()), type="Body", rule="body-task"))
                continue
            # "Perusturvan jaosto": a division is named by the genitive before it
            if (label.endswith(("jaosto", "toimikunta")) and start_i == i and i >= 1 and toks[i - 1].is_cap
                    and i - 1 not in taken and toks[i - 1].text.endswith("n")
                    and any(a.case == "omanto" for a in self.morph.analyse(toks[i - 1].text))):
                start_i = i - 1
                label = f"{toks[i - 1].text} {label}"
            elif (label.endswith(_UNIT_HEADS) and not label.endswith(_NAMED_BY_GENITIVES) and start_i == i
                  and not _compound_organ(label)):
                unit = self._unit_name(toks, i, taken, span_of)
                # a bare board read only for the post after it (extract/body_parents.py keeps it in minutes)
                by_post = unit is None and label in _BOARD_UNITS and _post_after(toks, i) and i - 1 not in owner_of
                if by_post:
                    unit = (i, None)  # "johtokunnan puheenjohtaja": the board a person's post is in
                if unit is None and (composed := self._composed_unit(toks, i, text, taken)) is not None:
                    out.append(composed)  # "perustaa johtoryhmä, johon kuuluivat ...": one group, its members named
                    continue
                if unit is None:
                    continue  # "johtoryhmä", "kehittämisyksikkö": a kind of unit, not one named unit
                start_i, owner_start = unit
                name_start = owner_start if owner_start is not None else start_i
                words = [base_of(x.text, self.morph).lower() if _adjective_agreeing(x, t, self.morph) else x.text
                         for x in toks[start_i:i]]  # "lääketieteelliselle tiedekunnalle": "lääketieteellinen ..."
                label = f"{' '.join(words)} {label}".strip()
                owned = text[toks[name_start].start:toks[start_i - 1].end] if start_i > name_start else ""
                whole = f"{owned} {label}" if owned and words else \
                    text[toks[name_start].start:toks[i - 1].end] + " " + label.split()[-1]
                out.append(Mention(start=toks[name_start].start, end=t.end, surface=text[toks[name_start].start:t.end],
                                   label=label, type="Body", rule="body-post" if by_post else "body",
                                   case=self._case(t), parts=(whole,) if owner_start is not None else ()))
                continue
            elif label == "lautakunta" and start_i == i and (chain := self._board_name(toks, i, taken)) is not None:
                # "Kielellisen vähemmistön lautakunta", "saamen kielen lautakunta": named by the genitives before it
                start_i = chain
                words = [x.text for x in toks[chain:i]]
                if self._agrees_with_head(toks[i - 1], t):
                    words[-1] = base_of(words[-1], self.morph).lower()  # "teknisen lautakunnan": "tekninen lautakunta"
                label = f"{' '.join(words)} {label}"
            elif (label.endswith(_NAMED_BY_GENITIVES) or label in _BARE_NAMED) and start_i == i:
                chain = _genitive_chain(toks, i, taken, self.morph)
                if chain is not None and chain > 0 and self._first_name(toks[chain - 1]):
                    chain = None  # "nimesi Liisa Laineen ohjausryhmään": a person's surname, not the group's name
                if chain is None and label == "yhteistyöryhmä" and i > 0 and i - 1 not in taken \
                        and toks[i - 1].text.lower() == "maakunnan":
                    chain = i - 1  # "maakunnan yhteistyöryhmään": the region's statutory group (laki 7/2014 19 §)
                if chain is None and i > 0 and label in _BARE_IS_KIND and out and out[-1].end == toks[i - 1].end \
                        and not out[-1].generic \
                        and out[-1].type == "Body" and _genitive_end(toks[i - 1].text):
                    # "kaupunginhallituksen työvaliokunnassa": the board it is part of names a bare head (a compound,
                    # "konsernijaosto", names itself), in lower case too
                    chain = next((k for k in range(i - 1, -1, -1) if toks[k].start <= out[-1].start), i - 1)
                project = span_of.get(i - 1) if chain is None and i > 0 else None
                if project is not None and project.type == "Project" and not project.generic \
                        and project.end == toks[i - 1].end and _genitive_end(toks[i - 1].text):
                    # "Arjen polut -hankkeen ohjausryhmä": the project's name, dash and all, names its steering group
                    chain = i - 1
                    while chain > 0 and span_of.get(chain - 1) is project:
                        chain -= 1
                if chain is None and i >= 2 and i - 1 not in taken and _adjective_agreeing(toks[i - 1], t, self.morph) \
                        and (o := owner_of.get(i - 2)) is not None and o.end == toks[i - 2].end \
                        and o.surface[:1].isupper() and _genitive_end(toks[i - 2].text):
                    # "Metsähallituksen kuntakohtainen yhteistyöryhmä": a known owner's genitive, then an adjective
                    chain = i - 2
                    while chain > 0 and owner_of.get(chain - 1) is o:
                        chain -= 1
                if chain is None and label in _NAMED_IN_LOWER_CASE:
                    chain = self._board_name(toks, i, taken)  # "yksilöasioiden jaosto": lower-case genitives too
                    known = span_of.get(chain - 1) if chain else None
                    if known is not None and known.end == toks[chain - 1].end and _genitive_end(toks[chain - 1].text):
                        while chain > 0 and span_of.get(chain - 1) is known:
                            chain -= 1  # "Pohjois-Karjalan hyvinvoinnin kumppanuusryhmä": a place's genitive opens it
                if chain is not None:
                    start_i = chain
                    words = [x.text for x in toks[chain:i]] if project is None else \
                        text[toks[chain].start:toks[i - 1].end].split()  # "X -hankkeen" as written
                    if _adjective_agreeing(toks[i - 1], t, self.morph):
                        words[-1] = base_of(words[-1], self.morph).lower()  # "väliaikaisen valmistelutoimielimen"
                    label = f"{' '.join(words)} {label}"
                elif (label.endswith(_BARE_IS_KIND) or label in _BARE_NAMED) \
                        and not (t.is_cap and not t.text.isupper() and label not in _BARE_COMMITTEES) \
                        and not _owned(toks, i, taken):
                    # "väliaikaisen valmistelutoimielimen": a kind of body, not one named body; a word in capitals
                    # ("OHJAUSRYHMÄN ARVIO" in a report's contents, "SEURANTARYHMÄN ASETTAMINEN" as an item title) is
                    # no more a name than in lower case: the capitals are the heading's, not the name's; a bare
                    # "Toimikunta" opening a sentence is the sentence's capital, no name
                    continue
            readings = self.morph.analyse(t.text)
            if not acr and readings and all(a.number == "plural" for a in readings):
                continue  # "vaalilautakuntien", "valmistelutoimielimet": bodies of a kind, not one body
            owner = None
            written = ""  # a name the text writes for a body the rules rename
            owner_at = i - 1  # the token that opens the owner's name
            if i > 0 and toks[i - 1].is_cap and i - 1 in taken:
                owner_at = _owner_start(toks, i - 1, span_of)  # "Egentliga Finlands", "Östra Nylands": all of it
                owner = text[toks[owner_at].start:toks[i - 1].end]
            elif start_i == i and i > 0 and (o := owner_of.get(i - 1)) is not None and o.end == toks[i - 1].end \
                    and (o.type in PUBLIC_OWNERS or (o.type in {"Association", "Company"} and label in _OWN_BOARDS
                                                     and (_LEGAL_GENITIVE.fullmatch(toks[i - 1].text)
                                                          or _KIND_GENITIVE.search(toks[i - 1].text)))) \
                    and o.surface[:1].isupper() and _genitive_end(toks[i - 1].text):
                # "Lapin liiton hallitus", "Päijät-Hämeen hyvinvointikuntayhtymän yhtymäkokous"; "Kainuun Nuotta ry:n
                # hallitus": a registered association's or company's own board, named with its legal form
                owner = o.surface
            elif start_i == i and label in REGIONAL_ORGANS and i > 0 and i - 1 not in taken \
                    and toks[i - 1].text in self._council_genitives:
                # "Hämeen maakuntahallitus": the genitive opening a regional council's name ("Hämeen liitto") names
                # the council whose organ this is, though it is no region's name the gazetteer knows
                owner = toks[i - 1].text
            elif start_i == i and label in MUNICIPAL_BODIES and self._unknown_town_genitive(toks, i - 1, taken):
                # "Vanhalan kaupunginvaltuusto": a town no list holds (merged into another) names its own council,
                # which is not the council of the municipality whose minutes mention it
                start_i = i - 1
                label = f"{toks[i - 1].text} {label}"
            if label == "hallitus" and not (owner or acr) and start_i == i and i > 0 and i - 1 not in taken \
                    and self._joint_authority_genitive(toks[i - 1]):
                start_i = i - 1  # "Kuntayhtymän hallitus": a joint authority's own board, its "yhtymähallitus"
                label = "yhtymähallitus"
                written = f"{toks[i - 1].text} hallitus"  # "HUS-yhtymän hallitus" as the text names it
            # "hallituksen puheenjohtaja": a bare board with a post after it, no owner's genitive before it
            post_board = label == "hallitus" and not acr and _post_after(toks, i) and i - 1 not in owner_of
            by_post = post_board and not (owner or t.text.isupper())
            if label == "hallitus" and not (owner or acr or t.text.isupper() or by_post or _minutes_of(toks, i)):
                continue  # "hallituksen esitys" is the government's; "HUSin hallitus", "HALLITUS" are boards
            kind_word = next((k for k in _SWEDISH_DEFINITE if label.endswith(k)), None)  # "utvecklingsnämnd" too
            if kind_word and start_i == i and owner is None and i > 0 and i - 1 not in taken \
                    and _SWEDISH_WEAK_ADJECTIVE.fullmatch(toks[i - 1].text) and toks[i - 1].end + 1 == t.start \
                    and t.text.lower().endswith(tuple(_SWEDISH_DEFINITE[kind_word] + x for x in ("", "s"))):
                # "Tekniska nämndens instruktion", "Sociala nämnden", "Sociala utskottet", "regionala
                # utvecklingsnämndens årsrapport", "Gemensamma nämnden": the adjective names the body, in its
                # definite form
                start_i = i - 1
                label = f"{toks[i - 1].text.capitalize()} {label}{_SWEDISH_DEFINITE[kind_word]}"
            elif label.endswith(_SWEDISH_PARTS) and start_i == i and owner is None and i > 0 \
                    and toks[i - 1].end + 1 == t.start and _SWEDISH_OWNER_GENITIVE.fullmatch(toks[i - 1].text):
                # "Kommunstyrelsens arbetsutskott", "socialnämndens individutskott", "IMMI-projektets styrgrupp": a
                # committee or group named by the board or project it is part of, in the genitive before it
                start_i = i - 1
                if i >= 3 and toks[i - 2].text.lower() in {"och", "ja"} and toks[i - 3].text.endswith("-"):
                    start_i = i - 3  # "Vård- och omsorgsnämndens arbetsutskott": the coordinated prefix too
                owner_words = " ".join(x.text for x in toks[start_i:i])
                label = f"{owner_words[:1].upper()}{owner_words[1:]} {label}"
            # "lautakunta" alone is the body whose minutes these are; "HUSin hallitus" is HUS's own
            generic = label.lower() in {"lautakunta", "nämnd", "hallitus", "valtuusto", "jaosto"} and owner is None \
                and not post_board
            if generic and start_i == i and i > 0 and self._indefinite(toks[i - 1]):
                continue  # "ei kuulu minkään lautakunnan toimialaan", "varje nämnd": any board at all, not one
            begin = owner_of[i - 1].start if owner and i - 1 in owner_of else (
                toks[owner_at].start if owner else toks[start_i].start + (glued_at if start_i == i - 2 else 0))
            parts = ((f"{owner} {label}",) if owner else ()) + ((acr,) if acr else ())
            if written:
                parts += (written,)
            if not generic and t.text.lower().endswith(("nämnden", "nämndens", "styrelsen", "styrelsens", "rådet",
                                                        "rådets", "sektionen", "sektionens", "utskottet",
                                                        "utskottets")) \
                    and label.endswith(("nämnd", "styrelse", "råd", "sektion", "utskott")):
                # "byggnads- och miljönämndens", "äldrerådet", "intressebevakningssektionen",
                # "Kommunledningsutskottet": a Swedish body is named in its definite form as often as not
                parts += (label + ("en" if label.endswith(("nämnd", "sektion")) else "et"
                                   if label.endswith(("råd", "utskott")) else "n"),)
            if _TOC_AFTER.match(text, t.end):
                continue  # "Ohjausryhmä... 19", "Ohjausryhmän toiminta...12": a report's table of contents
            # a village committee ("Xn kylätoimikunta") is the villagers' own unregistered association, elected at a
            # village meeting; a town's committee of that name ("Kylätoimikunta" heading its own minutes, a known
            # town's genitive before it) is one of the town's bodies
            typ = "Association" if label.lower().endswith(_VILLAGE_COMMITTEE) and owner is None \
                and label.lower() != _VILLAGE_COMMITTEE else "Body"
            out.append(Mention(start=begin, end=t.end, surface=text[begin:t.end], generic=generic,
                               label=label, type=typ, rule="body-post" if by_post else "body",
                               case=self._case(t), parts=parts))
        return out

    def _indefinite(self, t: Token) -> bool:
        """An indefinite or negative pronoun or a word of quantity ("minkään", "kunkin", "eri", "varje", "ingen"):
        the bare kind after it speaks of bodies of that kind at large."""
        low = t.text.lower()
        return low in _SWEDISH_INDEFINITES or any(a.base in _FINNISH_INDEFINITES for a in self.morph.analyse(low))

    def _composed_unit(self, toks: list[Token], i: int, text: str, taken: set[int]) -> Mention | None:
        """A group that the text sets up by saying who is in it ("päätettiin perustaa johtoryhmä, johon kuuluivat
        jäseninä ...", "seutukunnan johtoryhmä, jonka muodostavat jäsenkuntien kunnanjohtajat", "Projektets
        styrgrupp har bestått av ...") is one group, though no name precedes its head: the clause on its members
        (or its task) picks it out. A lower-case genitive right before the head says whose it is and stays in
        its name ("seutukunnan johtoryhmä"); a capitalised one is a known owner's, read by the other rules."""
        t = toks[i]
        readings = self.morph.analyse(t.text)
        if readings and all(a.number == "plural" for a in readings):
            return None
        if not _COMPOSED_BY.match(text, t.end):
            return None
        head = _body_word(t.text, self.morph)
        if head is None:
            return None
        start = t.start
        label = head
        if i > 0 and i - 1 not in taken and toks[i - 1].end + 1 == t.start and toks[i - 1].is_word \
                and (_SWEDISH_OWNER_GENITIVE.fullmatch(toks[i - 1].text)
                     or (not toks[i - 1].is_cap and _genitive_end(toks[i - 1].text) and any(
                         a.case == "omanto" and a.cls == "nimisana" for a in self.morph.analyse(toks[i - 1].text)))):
            start = toks[i - 1].start  # "seutukunnan johtoryhmä", "Projektets styrgrupp"
            label = f"{toks[i - 1].text} {head}"
        return Mention(start=start, end=t.end, surface=text[start:t.end], label=label, type="Body",
                       rule="body-composed", case=self._case(t), parts=(head,) if label != head else ())

    def _joint_authority_genitive(self, t: Token) -> bool:
        """ "kuntayhtymän", "yhtymän": the joint authority named by its kind alone, as its own minutes write it."""
        readings = self.morph.analyse(t.text)
        return bool(readings) and all(a.case == "omanto" and (a.base.lower() in {"kuntayhtymä", "yhtymä"}
                                                              or a.base.lower().endswith("-yhtymä"))
                                      for a in readings)

    def _named_dash_body(self, t: Token) -> str | None:
        """A body named by an acronym or a name glued to its head with a dash: "KUUMA-hallitus", "SOTE-HALLITUS",
        "Seutu-lautakunnan" -> the name, a dash and the head's base form in lower case."""
        m = _DASH_BODY.fullmatch(t.text)
        if m is None:
            return None
        word = m.group(2) if not m.group(2).isupper() else m.group(2).lower()
        head = next((b for b in _ordered_bases(word, self.morph) if BODY_PATTERN.match(b) and "-" not in b), None)
        if head is None or (head.endswith(_UNIT_HEADS) and not _ACRONYM_COMPOUND.match(t.text)):
            return None  # "X-työryhmä", "X-yksikkö": units are named through their owners (_unit_name)
        return f"{m.group(1)}-{head}"  # "ASPA-työryhmä": an acronym names its unit itself (_unit_name reads it)

    def _unknown_town_genitive(self, toks: list[Token], k: int, taken: set[int]) -> bool:
        """Token k is a capitalised genitive that Voikko knows only as a place name and no list matched, inside a
        sentence (an opener is capitalised anyway)."""
        if k < 1 or k in taken or toks[k - 1].text in {".", "!", "?", ":", "§"}:
            return False
        tok = toks[k]
        readings = self.morph.analyse(tok.text)
        return (tok.is_cap and tok.is_word and not tok.text.isupper() and "-" not in tok.text and bool(readings)
                and all(a.cls == "paikannimi" and a.case == "omanto" for a in readings))

    def _chain_word(self, t: Token) -> bool:
        """A word of a genitive chain naming a body: a genitive, or an unknown lower-case compound in -n
        ("terveydenedistämisen", which Voikko does not know)."""
        if not t.is_word or ":" in t.text or t.text.lower() in BREAK_WORDS or not t.text.endswith("n"):
            return False
        readings = self.morph.analyse(t.text)
        if not readings:
            return not t.is_cap and len(t.text) > 6
        return any(a.case == "omanto" and (a.cls in {"nimisana", "laatusana", "nimisana_laatusana", "lukusana"}
                                           or a.mood == "MINEN-infinitive")
                   for a in readings) and not all(a.base.lower() in _OWNER_WORDS for a in readings)

    def _agrees_with_head(self, word: Token, head: Token) -> bool:
        """An adjective right before the head in the head's case describes the head and inflects with it."""
        cases = {a.case for a in self.morph.analyse(head.text)}
        return any(a.cls in {"laatusana", "nimisana_laatusana"} and a.case in cases
                   for a in self.morph.analyse(word.text))

    def _board_name(self, toks: list[Token], i: int, taken: set[int]) -> int | None:
        """Where the genitives naming a bare "lautakunta" start ("hyvinvoinnin ja terveydenedistämisen
        lautakunnan"), lower case too: a board written "lautakunta" with words before it is that board."""
        j, start = i - 1, None
        if j >= 0 and j not in taken and toks[j].is_word and self._agrees_with_head(toks[j], toks[i]) \
                and _lemma(toks[j], self.morph) not in GENERIC_MODIFIERS | _OWNER_WORDS | _DESCRIPTIVE_ADJECTIVES:
            start, j = j, j - 1  # "Tekninen lautakunta": an adjective in the head's case names it too
        while j >= 0 and i - j <= 6 and j not in taken:
            t = toks[j]
            if t.text.lower() in {"ja", "sekä"} and start is not None and j > 0:
                j -= 1
                continue
            if not (self._chain_word(t) or (t.text.endswith("-") and start is not None and len(t.text) > 3)):
                break
            if any(BODY_PATTERN.match(b.lower()) for b in self.morph.bases(t.text)):
                break  # "X-lautakunnan ja saamen kielen lautakunnan": the board listed before is another one
            start = j
            j -= 1
        if start is None:
            return None
        if toks[start].text.endswith("-"):
            # "Kainuun sosiaali- ja terveydenhuollon neuvottelukunta": an elided first half opens the chain only when
            # a known name's genitive stands right before it (the caller extends the name over it); alone it is a
            # fragment of another phrase
            return start if start > 0 and start - 1 in taken and _genitive_end(toks[start - 1].text) else None
        return start

    def _unit_name(self, toks: list[Token], i: int, taken: set[int],
                   span_of: dict[int, Mention]) -> tuple[int, int | None] | None:
        """(where the unit's own name starts, where its owner's name starts) for a unit of an organisation.

        "Posken saamelaisyksikkö", "SOCCAn johtoryhmä": a known organisation's genitive owns it;
        "Etelä-Pohjanmaan sote- ja maakuntauudistuksen johtoryhmä", "Pääkaupunkiseudun asunnottomien palvelujen
        kehittämisyksikkö": genitives opening with a capital (a place's too) name it; "MARGI-tutkimusryhmä" names
        itself. Anything else is a kind of unit."""
        t = toks[i]
        readings = self.morph.analyse(t.text)
        if any(a.number == "plural" for a in readings) and not any(a.number == "singular" for a in readings):
            return None
        swedish = t.text.lower().startswith("beredningsorgan")
        j, start = i - 1, i
        adjectives = False  # an adjective before the head: only a known organisation's genitive then owns the unit
        while j >= 0 and i - j <= 7:
            w = toks[j]
            known = span_of.get(j)
            if known is None and start == j + 1 and i - j <= UNIT_ADJECTIVES and not w.is_cap \
                    and _adjective_agreeing(w, t, self.morph):
                start, j = j, j - 1  # "Helsingin yliopiston lääketieteelliselle tiedekunnalle"
                adjectives = True
                continue
            if known is not None:
                first = j
                while first > 0 and span_of.get(first - 1) is known:
                    first -= 1
                if known.end != w.end or not _genitive_end(w.text):
                    break
                if known.type not in PLACE_TYPES:  # a known organisation in the genitive owns the unit
                    return start, first
                start, j = first, first - 1  # "Pääkaupunkiseudun ... kehittämisyksikkö": a place names it
                continue
            if w.text.lower() in {"ja", "sekä"} and j > 0 and start < i:
                j -= 1
                continue
            if swedish and j == i - 1 and not w.is_cap and w.text.endswith(("a", "t")):
                start = j  # "temporära beredningsorgan": a Swedish adjective before the head
                j -= 1
                continue
            if w.text.endswith("-") and start < i and len(w.text) > 3:
                start = j
                j -= 1
                continue
            sv_genitive = swedish and w.is_word and w.text.endswith("s") and len(w.text) > 3
            if not (sv_genitive or self._chain_word(w) or (w.is_cap and self._place_genitive(w))):
                break
            start = j
            j -= 1
        if adjectives:
            return None  # "Kunnan tekninen yksikkö": an owner no list knows, and a kind of unit
        while start < i and toks[start].text.lower() in {"ja", "sekä"}:
            start += 1
        opener = start == 0 or toks[start - 1].text in {".", "!", "?", ":", "§"} or toks[start - 1].text[:1].isdigit()
        if start < i and start not in span_of and t.text.lower().startswith(("yksikkö", "yksikö", "laitos", "laitok")) \
                and self._plural_common_genitive(toks[start]):
            return None  # "Kehitysvammaisten autetun asumisen yksikkö": a kind of care unit for a kind of client
        if start < i and toks[start].is_cap and (not opener or start in span_of or start + 1 < i
                                                 or self._naming_opener(toks[start], t)):
            if start > 0 and start not in span_of and self._first_name(toks[start - 1]):
                return None  # "varajäsenenään Ari Sallmen vesiyksiköstä": a person's surname, not the unit's owner
            return start, None
        if _ACRONYM_COMPOUND.match(t.text):
            return i, None  # "MARGI-tutkimusryhmä"
        if t.is_cap and not t.text.isupper() and "-" not in t.text and i > 0 \
                and toks[i - 1].text not in {".", "!", "?", ":", "§", "•", "*", "-", "–"} \
                and not toks[i - 1].text[:1].isdigit() and any(
                    b.lower().endswith("yksikkö") and len(b) > len("yksikkö") + 3 for b in self.morph.bases(t.text)):
            return i, None  # "... toimintayksikkö Saamelaisyksikkö": a capitalised unit inside a line is its name
        return None

    # -- people ------------------------------------------------------------------------------
    def _people(self, toks: list[Token], text: str, taken: set[int]) -> list[Mention]:
        out = []
        i = 0
        while i + 1 < len(toks):
            a, b = toks[i], toks[i + 1]
            if (particled := self._particle_name(toks, i, text, taken)) is not None:
                out.append(particled)  # "Anna von Wendt", "Lisa Von Essen", "Bo af Hällström"
                i += 3
                continue
            if i in taken or i + 1 in taken or not (a.is_cap and b.is_cap and a.is_word and b.is_word):
                i += 1
                continue
            if text[a.end:b.start] not in _NAME_GAPS or a.is_acronym or b.is_acronym \
                    or any(ch.isdigit() for ch in b.text):
                i += 1
                continue
            if is_post(a.text, self.morph) or b.text.lower() in _FUNCTION_WORDS \
                    or a.text.lower() in _SEAT_ROLES or b.text.lower() in _SEAT_ROLES:
                # ("Sekreterare Dick Nyholm": a column head's seat word, Swedish too, before a name is no surname;
                # nor after one: "Göta Ersättare Lind", a name's row run into the next column's head)
                i += 1  # "Stig In! Astu Sisään!": a title's function word is no surname
                continue
            if a.text.lower() in _PART_WORDS and not listed_first_name(a.text):
                i += 1  # "Kunnanjohtaja Ehdotus Kunnanhallitus päättää": an item's part heading, then its body
                continue
            if a.text == b.text:
                i += 1  # "Kontakt Pernilla Pernilla Howard": a card's first-name heading run into its name line
                continue
            if i > 0 and toks[i - 1].text in {"Oy", "Ab", "Oyj", "Abp"}:
                i += 1  # "Oy Sanna Sport Ab": a company whose legal form opens its name, a person's name or not
                continue
            if _after_saint(toks, i):
                i += 1  # "St Olav Pathway", "S:t Karins Ungdom": a saint's name opens a route's, a parish's or a
                continue  # club's name, no person's
            if len(a.text) > 6 and a.text.lower().endswith(STREET_ENDINGS) and not listed_first_name(a.text):
                i += 1  # "Kiljavantie Kiljava": a street and its village in an address, no person ("Vihtori" is one)
                continue
            if b.text.lower().rstrip(".:") in CONTACT_WORDS or a.text.lower().rstrip(".:") in CONTACT_WORDS:
                i += 1  # "Hanna Sähköposti", "Puhelin Eino": a contact line's label is no part of a name
                continue
            if is_degree(a.text) or is_degree(b.text):
                i += 1  # "Tutkija PhD Phil.", "Tutkija MSc Anna Koski": a degree beside a name is no part of it
                continue
            if b.text.endswith("-") and text[b.end:b.end + 1] == "\n":
                # "Anna Lai-" / "ne": a surname hyphenated at the line's end is read whole, or not at all
                c = toks[i + 2] if i + 2 < len(toks) else None
                whole = b.text[:-1] + c.text if c is not None and c.text[:1].islower() and c.is_word else None
                if whole is not None and self._first_name(a) and i + 2 not in taken \
                        and any(r.cls == "sukunimi" for r in self.morph.analyse(whole)):
                    assert c is not None
                    out.append(Mention(start=a.start, end=c.end, surface=text[a.start:c.end],
                                       label=f"{a.text} {self._surname(Token(whole, b.start, b.start + len(whole)))}",
                                       type="Person", rule="person-line-hyphen", case=self._case(c), key=None))
                    i += 3
                    continue
                i += 1
                continue
            if i > 0 and self._surname_cell_before(toks[i - 1], a, b, text):
                i += 1  # "Virtanen / Matti / Laine / Anna": a table's cells a line, "Surname Firstname" rows
                continue
            c = toks[i + 2] if i + 2 < len(toks) else None
            if c is not None and c.is_cap and c.start - b.end == 1 and _STREET_GENITIVE.match(text, c.end) \
                    and c.text.endswith(("n", "s")):
                i += 3  # "Juho Kusti Paasikiven katu": a street named after someone
                continue
            if self._street_word(b, text):
                i += 1  # "Maria Kauppakatu 5", "Anna Lindhin katu": an address's street, no person's surname
                continue
            if _CAPITAL_LETTER.fullmatch(b.text):
                # "Stig A. Exempelsson": a middle initial between the first name and the surname
                last = toks[i + 3] if i + 3 < len(toks) and toks[i + 2].text == "." else None
                # (a given name of DVV's statistics too, "Ristomatti T. Alho": the dotted initial says a person)
                if last is not None and (self._first_name(a) or listed_first_name(a.text)) and last.is_cap \
                        and last.is_word and not last.is_acronym and i + 3 not in taken \
                        and last.start - toks[i + 2].end == 1:
                    out.append(self._initialled(a, f"{b.text}.", last, text))
                    i += 4
                    continue
                bare = toks[i + 2] if i + 2 < len(toks) and b.text != "X" else None
                after = toks[i + 3] if i + 3 < len(toks) else None
                if bare is not None and self._first_name(a) and bare.is_cap and bare.is_word and not bare.is_acronym \
                        and i + 2 not in taken and bare.start - b.end == 1 and not is_post(bare.text, self.morph) \
                        and (after is None or not (after.is_cap and after.is_word)) \
                        and any(r.cls == "sukunimi" for r in self.morph.analyse(bare.text)):
                    # "Stig A Exempelsson," the initial's full stop left out: a surname Voikko knows must end the
                    # name, and no capitalised word follows (a list's next name: "Anna M Laine Pekka")
                    out.append(self._initialled(a, b.text, bare, text))
                    i += 3
                    continue
                i += 1  # a lone capital after a name ("Stig A") is no surname
                continue
            # "Clas Kunnas", "Arvo Lehto": a DVV first name Voikko lacks, a surname it reads also as a common word
            first_ok = self._first_name(a, b) or listed_given_pair(a, b, toks[i - 1] if i else None, self.morph)
            if first_ok and i + 2 < len(toks) and i + 2 not in taken and self._second_given_name(b, toks[i + 2]) \
                    and not self._street_word(toks[i + 2], text):  # "Silja Juuso Moisiontie 18": an address
                # "Anna Maria Virtanen": two given names, then the surname ("Maria" is no place's essive here)
                c = toks[i + 2]
                surname = self._surname(c) or c.text
                surname = surname[:1].upper() + surname[1:]
                out.append(Mention(start=a.start, end=c.end, surface=text[a.start:c.end],
                                   label=f"{a.text} {b.text} {surname}", type="Person", rule="person",
                                   case=self._case(c), key=None))
                i += 3
                continue
            post_near = (i > 0 and is_post(toks[i - 1].text, self.morph)) or (
                i + 3 < len(toks) + 1 and i + 2 < len(toks) and toks[i + 2].text == ","
                and i + 3 < len(toks) and is_post(toks[i + 3].text, self.morph))
            if post_near and not first_ok and a.text.lower() in GLUED_LABELS:
                # "... projektityöntekijä\nYhteyshenkilö Anna Mäkelä": a card's label word after a title that closes
                # the line above is no surname written first ("Yhteyshenkilö Anna"); the name after it is read on
                i += 1
                continue
            if not (first_ok or post_near):
                i += 1
                continue
            surname = self._surname(b)
            if surname and surname[:1].islower():
                surname = surname[:1].upper() + surname[1:]  # a lemma of a compound comes in lower case
            readings_b = self.morph.analyse(b.text)
            # "Raine Mäntysalo, johtaja": a DVV first name Voikko reads as a surname, a title beside the pair
            named = first_ok or (post_near and listed_first_name(a.text))
            if surname is None and named and _CAPITALISED.fullmatch(b.text) and readings_b and all(
                    r.case == "nimento" and r.number != "plural" and r.cls in {"nimisana", "nimisana_laatusana"}
                    for r in readings_b) and not self._heading_words(toks, i, text, b):
                surname = b.text  # "Pirjo Kangas", "Leena Kivi": surnames that are also common nouns
            if surname is None and first_ok and self._plain_given_name(a, toks[i - 1] if i else None) \
                    and (noun := _inflected_noun_surname(readings_b, b.text)) and not _NAMED_AFTER.match(text, b.end) \
                    and not _YEAR_AFTER.match(text, b.end):
                surname = noun  # "valitsi Marja Ylitalon", "kiitti Liisa Kiveä": such a surname inflected
            if surname is None and first_ok and i > 0 and is_post(toks[i - 1].text, self.morph) \
                    and _CAPITALISED.fullmatch(b.text):
                # "hankepäällikkö Ville Vastamäen": a title, a first name, then the surname inflected as a noun
                nouns = [r for r in readings_b if r.cls in {"nimisana", "nimisana_laatusana"} and r.number != "plural"]
                if nouns and any(r.case == "nimento" and r.base.lower() == b.text.lower() for r in nouns):
                    surname = b.text  # "ylitarkastaja Emma Kuusi": a base form of its own ("kuusi"), not "kuu" + -si
                elif nouns and nouns[0].case == "osanto" and b.text.endswith(("maa", "mää")):
                    surname = b.text  # "projektivastaava Karri Louhimaa": a -maa surname, no partitive of "louhima"
                elif any(r.case == "nimento" and r.base.lower() == b.text.lower() for r in nouns):
                    surname = b.text  # "ylitarkastaja Emma Kuusi": the noun's own nominative, not "kuu" + "-si"
                elif nouns and "-" not in nouns[0].base:
                    surname = nouns[0].base[:1].upper() + nouns[0].base[1:]
            if surname == b.text and readings_b and all(r.cls == "teonsana" for r in readings_b) \
                    and not listed_surname(b.text) and not (i > 0 and is_post(toks[i - 1].text, self.morph)):
                i += 1  # "Matti Päättää", "Anna Hyväksyttiin": a verb after a given name opening a sentence; a
                continue  # verb-like surname stands in DVV's statistics ("Pyöriä") or after a title ("Martta Sido")
            if surname is None or self._word_at_place(a, b) or self._named_after(text, b, surname):
                i += 1  # "Aleksis Kiven koulu", "Urho Kekkosen katu": named after someone, who is no person here
                continue
            label = f"{b.text} {a.text}" if surname_first_pair(a.text, b.text, self.morph) else f"{a.text} {surname}"
            start = a.start
            if not listed_first_name(a.text) and (given := self._given_before_double_surname(toks, i, text, taken)):
                # "Aksu Lindqvist Johansson, ordförande": a given name no list knows before a double surname
                start, label = given.start, f"{given.text} {a.text} {surname}"
            end, case_tok, step = b.end, b, 2
            if label == f"{a.text} {surname}" and surname == b.text \
                    and (second := self._second_surname_before_title(toks, i + 2, text, taken)) is not None:
                # "Karin Tomasson Lyrvang, forskningssekreterare": a double surname without a hyphen, a title after
                end, case_tok, step, label = second.end, second, 3, f"{label} {second.text}"
            out.append(Mention(start=start, end=end, surface=text[start:end],
                               label=label, type="Person", rule="person",
                               case=self._case(case_tok), key=None))
            i += step
        return out

    def _second_surname_before_title(self, toks: list[Token], k: int, text: str, taken: set[int]) -> Token | None:
        """The capitalised word at `k` right after a first name and a surname, when a comma and a post title follow it
        ("Karin Tomasson Lyrvang, forskningssekreterare"): a second surname written without a hyphen. A caption's
        organisation after a name ("Toni X Nihak, Kari Y Centria") is followed by the next name, not by a title (nor by
        a title and the next name: "Pekka X Harjula, toimitusjohtaja Olli Y"); a word Voikko knows (a place, a common
        noun, a first name) or a post is no surname."""
        if k + 2 >= len(toks) or k in taken:
            return None
        c, comma, title = toks[k], toks[k + 1], toks[k + 2]
        if c.start - toks[k - 1].end != 1 or not (c.is_word and c.is_cap) or c.is_acronym or len(c.text) < 3:
            return None
        if comma.text != "," or not title.text[:1].islower() or not is_post(title.text, self.morph):
            return None
        nxt = toks[k + 3] if k + 3 < len(toks) else None
        if nxt is not None and nxt.is_word and nxt.is_cap and "\n" not in text[title.end:nxt.start] \
                and "." not in text[title.end:nxt.start]:
            return None  # "Pekka X Harjula, toimitusjohtaja Olli Y": the title is the next name's, the word a caption's
        if is_post(c.text, self.morph) or self._first_name(c) or listed_first_name(c.text):
            return None
        if k >= 3 and is_post(toks[k - 3].text, self.morph) and "\n" not in text[toks[k - 3].end:toks[k - 2].start]:
            return None  # "toimitusjohtaja Toni X Nihak, rehtori, ...": titled before, the word is the caption's org
        readings = self.morph.analyse(c.text)
        if any(r.cls is not None and r.cls != "sukunimi" for r in readings):
            return None  # "Anna Laine Oulu, johtaja": a place, a noun or a given name after the pair
        return c

    def _given_before_double_surname(self, toks: list[Token], i: int, text: str, taken: set[int]) -> Token | None:
        """The capitalised word right before a pair whose first word no list holds as a given name ("Aksu Kvarnberg
        Johansson, ordförande": "Kvarnberg" is no given name): a given name no list holds and Voikko does not know,
        or one the population register lists, inside a sentence, makes the pair a double surname (a sentence's first
        word may be a Swedish one Voikko does not know: "Därefter Kvarnberg ...")."""
        if i < 2 or i - 1 in taken or toks[i - 2].text in {".", "!", "?", ":", ";", "•", "-", "–"} \
                or "\n" in text[toks[i - 2].end:toks[i - 1].start]:
            return None
        g = toks[i - 1]
        if not (g.is_cap and g.is_word) or g.is_acronym or g.end + 1 != toks[i].start or is_post(g.text, self.morph):
            return None
        if len(g.text) > 6 and g.text.lower().endswith(_PLACE_ENDINGS) and not listed_first_name(g.text):
            return None  # "Inger X Gullmarsplan Iréne Andersson": a street or a square closing the row before
        known = any(r.cls for r in self.morph.analyse(g.text))  # an unknown word comes back with no class
        return g if listed_first_name(g.text) or not known else None

    def _particle_name(self, toks: list[Token], i: int, text: str, taken: set[int]) -> Mention | None:
        """A first name, a nobiliary particle ("von", "af", "van"; a sentence may capitalise it) and the surname,
        one space apart: the particle belongs to the surname, which the pair reading cut off ("Annika Von") or
        dropped with the whole name ("Anna von Wendt": a lower-case word between the capitals)."""
        if i + 2 >= len(toks) or any(k in taken for k in (i, i + 1, i + 2)):
            return None
        a, p, c = toks[i], toks[i + 1], toks[i + 2]
        if p.text.lower() not in _NAME_PARTICLES or not (a.is_cap and a.is_word and c.is_cap and c.is_word) \
                or a.end + 1 != p.start or p.end + 1 != c.start or c.is_acronym \
                or not (self._first_name(a) or listed_first_name(a.text)):
            return None
        surname = self._surname(c) or c.text
        surname = surname[:1].upper() + surname[1:]
        return Mention(start=a.start, end=c.end, surface=text[a.start:c.end], label=f"{a.text} {p.text} {surname}",
                       type="Person", rule="person", case=self._case(c), key=None)

    def _heading_words(self, toks: list[Token], i: int, text: str, b: Token) -> bool:
        """"Meri Pelastus Seura", "Onni Apu Keskus": a heading in title case, a given name and two capitalised common
        nouns. A common noun the population register holds as no surname, followed one space apart by another
        capitalised dictionary word that is no name, is the heading's word; before a name ("Anja Kylävalli Riitta")
        or after a title it stays a surname."""
        if listed_surname(b.text) or i + 2 >= len(toks):
            return False
        c = toks[i + 2]
        if not (c.is_cap and c.is_word and not c.is_acronym and text[b.end:c.start] == " "):
            return False
        from welfare_kg.extract.people import dictionary_word  # people.py imports this module

        word = c.text
        return not listed_first_name(word) and not listed_surname(word) and dictionary_word(word, self.morph)

    def _named_after(self, text: str, b: Token, surname: str) -> bool:
        """"Aleksis Kiven koulussa", "Minna Canthin kirjastoon", "Toivo Kuula -sali", "Jean Sibelius -talo": a place
        or a prize named after someone, who is no person of the text. The word after the name (a genitive before
        it) has the head of such a thing, or a compound's head is glued by a dash to the name written whole."""
        if surname != b.text and _NAMED_AFTER.match(text, b.end):
            return True
        if _LEGAL_FORM_AFTER.match(text, b.end):
            return True  # "Matti Virtanen Oy", "Liisa Korhonen Ky": a firm named by its owner's name and its legal form
        after = _NAMED_HEAD_AFTER.match(text, b.end)
        if after is None or (surname != b.text) == bool(after.group(1)):
            return False  # a genitive before the head word, the nominative before the dash word
        word = after.group(2)
        bases = [word, *self.morph.bases(word)]
        if after.group(1) == "-":
            # "Eino Leino -seura", "Aino Ackté -huvila": a dash glued to the next word joins a name written whole to
            # a compound's head (the spaced-hyphen rule), whatever that head is; an adjective's -inen ("Matti X
            # -niminen", "-vetoinen") still describes the person, and a dash between spaces is a pause
            return not any(base.lower().endswith(("inen", "isen")) for base in bases)
        return any(base.lower().endswith(NAMED_AFTER_HEADS) for base in bases)

    def _lower_case_given(self, toks: list[Token], text: str, taken: set[int], people: list[Mention]) -> list[Mention]:
        """"päätös/maria Teirikko", "Käsittelijä leena Ruopuro": a transcript lower-cased a given name (after a
        slash, in a form's field). A lower-case word Voikko reads only as a name, a first name among its readings
        ("leena", "maria"; not "vuokko" the flower nor "anna" the verb), before a capitalised word read as a
        surname (Voikko's or DVV's) or one no dictionary knows is the person; the label takes the capital back."""
        if not any(t.is_word and not t.is_cap for t in toks):
            return []
        read = {m.start for m in people}
        out = []
        for i in range(len(toks) - 1):
            a, b = toks[i], toks[i + 1]
            if a.is_cap or not a.is_word or i in taken or i + 1 in taken or b.start - a.end != 1 or a.start in read \
                    or not (b.is_cap and b.is_word) or b.is_acronym or b.text.isupper():
                continue
            readings = self.morph.analyse(a.text)
            if not any(r.cls == "etunimi" and r.case == "nimento" for r in readings) \
                    or any(r.cls not in {"etunimi", "sukunimi", "paikannimi"} for r in readings) \
                    or not listed_first_name(a.text[:1].upper() + a.text[1:]):
                continue
            surname_readings = self.morph.analyse(b.text)
            surname = next((r.base for r in surname_readings if r.cls == "sukunimi"), None) \
                or _table_surname(b.text, surname_readings) \
                or (b.text if not readings_known(surname_readings) and _CAPITALISED.fullmatch(b.text) else None)
            if surname is None or is_post(b.text, self.morph):
                continue
            first = a.text[:1].upper() + a.text[1:]
            out.append(Mention(start=a.start, end=b.end, surface=text[a.start:b.end], label=f"{first} {surname}",
                               type="Person", rule="person", case=self._case(b), key=None))
        return out

    def _surname_cell_before(self, prev: Token, a: Token, b: Token, text: str) -> bool:
        """A first name alone on its line in a "Surname Firstname" table flattened one cell a line: it belongs with
        the surname above ("Virtanen" / "Matti"), not the next row's below ("Matti" / "Laine"); see
        extract/cell_runs.py."""
        if text[a.end:b.start] != "\n" or text[prev.end:a.start] != "\n" or not (prev.is_cap and prev.is_word):
            return False
        if not (_alone_on_line(a, text) and _alone_on_line(b, text)):
            return False
        return cross_row(text, text.rfind("\n", 0, a.start) + 1, lambda w: given_name_as_written(w, self.morph),
                         lambda w: name_like(w, self.morph))

    def _street_word(self, b: Token, text: str) -> bool:
        """The word after a first name is a street, not a surname: a street word with a house number after it or
        one no dictionary reads as a surname ("Maria Kauppakatu 5" in an address run into one line), or a
        genitive before a lower-case street word ("Anna Lindhin katu", "Anna Lindhs gata"), which names the
        street after someone who is no person of the text."""
        low = b.text.lower()
        if _STREET_GENITIVE.match(text, b.end) and low.endswith(("n", "s")):
            return True
        if len(low) <= 6 or not low.endswith(STREET_ENDINGS):
            return False
        if _NUMBER_AFTER_STREET.match(text, b.end):
            return True
        # "Pentti Vihtori Seppälän": a given name that ends like a street ("-tori") is the second given name;
        # "Minna Talvitie": a surname DVV's table holds is one even where Voikko reads only a road in it
        return not (listed_surname(b.text) or any(r.cls in {"sukunimi", "etunimi"} for r in self.morph.analyse(b.text)))

    def _plain_given_name(self, a: Token, before: Token | None) -> bool:
        """A first name that is no verb ("Anna palautetta!") and, where it is also a common word ("Toivo", "Marja"),
        stands inside a sentence, not at its start where every word is capitalised."""
        readings = self.morph.analyse(a.text)
        if any(r.cls == "teonsana" for r in readings) or ("-" in a.text and not a.text.split("-")[-1][:1].isupper()):
            return False  # "Anna palautetta!", "Häme-päivä": a verb, a compound noun
        opens = before is None or before.text in {".", "!", "?", ":", ";", "•", "*", "-", "–"}
        return not (opens and any(r.cls in {"nimisana", "laatusana", "nimisana_laatusana"} for r in readings))

    def _word_at_place(self, a: Token, b: Token) -> bool:
        """"Ilta Pohjanmaalla", "Toivo Helsingissä", "Onni Suomessa": a first name that is also a common word
        ("ilta", "toivo", "onni") before a place in a local case is the word and the place, no person. The place is
        the gazetteer's or Voikko's, and the word after never reads as a surname ("Eero Joensuun" stays a person's
        genitive, as does every name whose first word is no common noun)."""
        readings = self.morph.analyse(b.text)
        places = [r for r in readings if r.cls == "paikannimi" or r.base.lower() in self._one_word_place_names]
        if not places or any(r.cls == "sukunimi" for r in readings) \
                or any(r.case in {"nimento", "omanto"} for r in places):
            return False
        return any(r.cls in {"nimisana", "nimisana_laatusana", "teonsana"} for r in self.morph.analyse(a.text))

    def _person_span(self, toks: list[Token], k: int, taken: set[int], *, back: bool,
                     three: bool = False) -> tuple[int, int] | None:
        """Two capitalised words (or three, `three`) ending before token k (back) or two starting at k: a given
        name and one or two surnames ("Eva-Mai Mineur Tynong"); none a post, a known name or a function word."""
        def ok(j: int) -> bool:
            t = toks[j]
            return (0 <= j < len(toks) and j not in taken and t.is_word and t.is_cap and not t.is_acronym
                    and ":" not in t.text and t.text.lower() not in _FUNCTION_WORDS and not is_post(t.text, self.morph)
                    and len(t.text) > 1 and not t.text.lower().endswith(_SWEDISH_POSTS))
        if back:
            e = k - 1
            b = e
            while b - 1 >= 0 and e - b < (2 if three else 1) and ok(b - 1) and toks[b].start - toks[b - 1].end == 1:
                b -= 1
            if not ok(e) or b == e or (b > 0 and toks[b - 1].is_word and toks[b - 1].is_cap and not (
                    is_post(toks[b - 1].text, self.morph) or toks[b - 1].text.lower().endswith(_SWEDISH_POSTS))):
                return None  # a longer run of capitals is no one name; a title before the name is fine
            return b, e
        b = k
        e = b
        while e + 1 < len(toks) and e - b < 1 and ok(e + 1) and toks[e + 1].start - toks[e].end == 1:
            e += 1
        if not ok(b) or e == b or (e + 1 < len(toks) and toks[e + 1].is_word and toks[e + 1].is_cap):
            return None
        return b, e

    def _people_by_cue(self, toks: list[Token], text: str, taken: set[int], people: list[Mention]) -> list[Mention]:
        """People whose given name no dictionary knows ("Ronny Löfquist (S)", "Rino Hedblom (SD)"), read by a
        party's abbreviation in brackets after the name, or by a list whose other items are people ("Angelika
        Thelin, Mats Anderberg och Sofia Enell"), item by item from a person read."""
        out: list[Mention] = []
        spans: list[tuple[int, int]] = []
        if "(" in self._sent_text:
            for k in range(2, len(toks) - 2):
                if toks[k].text == "(" and toks[k + 2].text == ")" and toks[k + 1].text.strip(".").lower() in PARTIES:
                    span = self._person_span(toks, k, taken, back=True, three=True)
                    if span is not None and span[1] - span[0] == 2 and self._given(toks[span[0] + 1]) \
                            and not self._given(toks[span[0]]):
                        # "Bollebygd Peter Rosholm (S)", "Adjungerade Jana Nilsson (S)": a member's town or a
                        # list's label before a given name and a surname, not a given name of the person
                        span = (span[0] + 1, span[1])
                    if span is not None:
                        spans.append(span)
        out += self._cued_people(toks, text, taken, people, spans)
        listing = "," in self._sent_text or " och " in self._sent_text or " ja " in self._sent_text
        seeds = [p for p in [*people, *out] if text[p.end:p.end + 4].startswith((",", " ja ", " och", " sek"))
                 or text[max(0, p.start - 5):p.start].endswith((", ", " ja ", "och ", "sekä "))]
        while listing and seeds:
            spans = []
            by_start = {tk.start: j for j, tk in enumerate(toks)}
            by_end = {tk.end: j for j, tk in enumerate(toks)}
            for p in seeds:
                a, e = by_start.get(p.start), by_end.get(p.end)
                if a is None or e is None:
                    continue
                # the item before: "X Y, <person>" / "X Y och <person>"; the item after: "<person>, X Y"
                if a >= 3 and toks[a - 1].text in _LIST_JOINS:
                    span = self._person_span(toks, a - 1, taken, back=True)
                    if span is not None and (span[0] == 0 or toks[span[0] - 1].text in {",", ":"}) \
                            and self._first_name_like(toks[span[0]]):
                        spans.append(span)
                if e + 3 < len(toks) and toks[e + 1].text in _LIST_JOINS - {","}:
                    # "<person> och X Y"; after a comma the words are as often the person's organisation
                    span = self._person_span(toks, e + 2, taken, back=False)
                    if span is not None and (span[1] + 1 >= len(toks) or toks[span[1] + 1].text in {
                            *_LIST_JOINS, ".", ";"}) and self._first_name_like(toks[span[0]]):
                        spans.append(span)
            seeds = self._cued_people(toks, text, taken, people, spans)
            out += seeds  # the people just read may lead on to the next item
        return out

    def _cued_people(self, toks: list[Token], text: str, taken: set[int], people: list[Mention],
                     spans: list[tuple[int, int]]) -> list[Mention]:
        out = []
        for b, e in sorted(set(spans)):
            a, z = toks[b].start, toks[e].end
            inside = [p for p in people if a <= p.start and p.end <= z]
            if any(j in taken for j in range(b, e + 1)) or any(
                    p.start < z and a < p.end and p not in inside for p in people) or any(
                    (p.start, p.end) == (a, z) for p in inside):
                continue  # "Eva-Mai Mineur" read already grows to "Eva-Mai Mineur Tynong"; a person read stays
            for p in inside:
                people.remove(p)
            label = " ".join(t.text for t in toks[b:e + 1])
            out.append(Mention(start=a, end=z, surface=text[a:z], label=label, type="Person", rule="person-cue",
                               case=self._case(toks[e]), key=None))
            taken.update(range(b, e + 1))
        return out

    def _given(self, t: Token) -> bool:
        """A given name Voikko or the register of given names knows."""
        return self._first_name(t) or listed_first_name(t.text)

    def _first_name_like(self, t: Token) -> bool:
        """A word that may be a given name: Voikko's given name, or a word it knows nothing about."""
        readings = self.morph.analyse(t.text)
        return self._first_name(t) or not readings_known(readings)

    def _orgs_after_people(self, toks: list[Token], text: str, taken: set[int], people: list[Mention],
                           known: list[Mention]) -> list[Mention]:
        """"toimitusjohtaja Risto Bergbacka Vesikolmio", "Toni Krankkala Nihak, Kari Ristimäki Centria, Olavi Soinio
        Vestia ja ...": a caption or a list of representatives writes each person's organisation as one capitalised
        word right after the name. Read so only after a post title, or where the sentence pairs at least two
        people with such a word, one of them a known organisation; the word ends the list item (a comma, 'ja',
        the sentence's end) and is no post, first name, place or verb."""
        people = [p for p in people if text[p.end:p.end + 1] == " " and text[p.end + 1:p.end + 2].isupper()]
        if not people:
            return []  # no capitalised word right after any name: most sentences with people end here
        by_end = {tk.end: k for k, tk in enumerate(toks)}
        by_start = {tk.start: k for k, tk in enumerate(toks)}
        orgs = {m.start for m in known if m.type not in PLACE_TYPES and m.type != "Person"}
        pairs: list[tuple[int, int, bool]] = []  # (person's first token, the word after, post before)
        for p in people:
            j, a = by_end.get(p.end), by_start.get(p.start)
            if j is None or a is None or j + 1 >= len(toks):
                continue
            w = toks[j + 1]
            if w.start - toks[j].end != 1 or not w.is_word or not w.is_cap:
                continue
            after = toks[j + 2].text if j + 2 < len(toks) else "."
            if after not in {",", ".", ";", ")", "ja", "och", "sekä"}:
                continue
            if after in {"ja", "och", "sekä"} and j + 3 < len(toks) and toks[j + 3].text[:1].islower() \
                    and is_post(toks[j + 3].text, self.morph):
                continue  # "Eva X Vård och äldreomsorgschef": the word opens a title shared with the compound after
            titled_before = a > 0 and is_post(toks[a - 1].text, self.morph) \
                and "\n" not in text[toks[a - 1].end:toks[a].start]  # the line above's last title is another's
            if after == "," and not titled_before and j + 3 < len(toks) and toks[j + 3].text[:1].islower() \
                    and is_post(toks[j + 3].text, self.morph):
                continue  # "Karin X Lyrvang, forskningssekreterare": a second surname, the title after the whole name
            pairs.append((a, j + 1, titled_before))
        if not pairs:
            return []
        known_pairs = sum(1 for _, k, _ in pairs if toks[k].start in orgs)
        out = []
        for _, k, post_before in pairs:
            w = toks[k]
            if k in taken or not (post_before or (len(pairs) >= 2 and known_pairs >= 1)):
                continue
            if is_post(w.text, self.morph) or self._first_name(w) or len(w.text) < 3 or ":" in w.text \
                    or w.text.lower() in self._learned:
                continue  # a name the document's legal forms taught is that organisation
            readings = self.morph.analyse(w.text)
            if any(r.cls in {"teonsana", "paikannimi", "etunimi", "sukunimi", "kieltosana", "asemosana", "sidesana",
                             "suhdesana", "seikkasana"} for r in readings) or (
                    readings and all(r.number == "plural" or r.case not in {None, "nimento"} for r in readings)):
                continue
            out.append(Mention(start=w.start, end=w.end, surface=w.text, label=w.text, type="Company",
                               rule="person-org", key=fold(w.text) or None))
            taken.add(k)
        return out

    def _employers_before_titles(self, toks: list[Token], text: str, taken: set[int],
                                 people: list[Mention]) -> list[Mention]:
        """"Laboren johtaja Mika X", "Tredean toimitusjohtaja Anna Y": a capitalised genitive that no dictionary
        knows, right before a post title and a person's name, is the employer's name (a common noun, a place, a
        family or a first name in the genitive is not: "Hankkeen johtaja", "Virtasen")."""
        by_start = {tk.start: k for k, tk in enumerate(toks)}
        out = []
        for p in people:
            a = by_start.get(p.start)
            if a is None or a < 2 or not is_post(toks[a - 1].text, self.morph) or toks[a - 1].is_cap:
                continue
            w = toks[a - 2]
            if a - 2 in taken or not (w.is_cap and w.is_word) or w.text.isupper() or "-" in w.text or ":" in w.text \
                    or not w.text.endswith("n") or len(w.text) < 5:
                continue
            readings = self.morph.analyse(w.text)
            if not readings or any(r.cls is not None for r in readings) \
                    or not any(r.case == "omanto" for r in readings):
                continue  # Voikko knows the word: a common noun, a place or a name in the genitive
            stem = w.text[:-1]
            if stem.endswith("i") and len(stem) > 3 and stem[-2].lower() not in "aeiouyäö" \
                    and not _spelled_as_domain(stem, text):
                stem = stem[:-1]  # "Forumin": a consonant-final foreign name takes -in ("Keplin" with kepli.fi: Kepli)
            out.append(Mention(start=w.start, end=w.end, surface=w.text, label=stem, type="Company",
                               rule="person-org", case="omanto", key=fold(stem) or None))
            taken.add(a - 2)
        return out

    def _swedish_employers_before_titles(self, toks: list[Token], text: str, taken: set[int],
                                         people: list[Mention]) -> list[Mention]:
        """"KSF:s verksamhetsledare Anna X", "Stödfondsdelegationens ordförande, Bo Y": a capitalised name in the
        Swedish s-genitive right before a Swedish post title and a person's name (a comma between) is the
        organisation the person holds the post in, whatever the recogniser knew of the name. A board's word
        ("-delegationen", "-nämnden", "-styrelsen") makes it a body, anything else an association (Swedish-language
        news names associations so far more often than companies)."""
        by_start = {tk.start: k for k, tk in enumerate(toks)}
        out = []
        for p in people:
            a = by_start.get(p.start)
            k = a - 1 if a is not None else None
            if k is not None and k > 0 and toks[k].text == ",":
                k -= 1
            if k is None or k < 1 or not _SWEDISH_TITLE.fullmatch(toks[k].text):
                continue
            w = toks[k - 1]
            if k - 1 in taken or not (w.is_cap and w.is_word) or w.end + 1 != toks[k].start:
                continue
            stem = w.text[:-2] if w.text.endswith(":s") else w.text[:-1] if _S_GENITIVE.search(w.text) else None
            if stem is None or len(stem) < 3 or (":" in stem) or stem.lower() in _MEETING_NOUNS:
                continue  # "Mötets ordförande, Anna X": the meeting's chair, the Swedish "kokouksen puheenjohtaja"
            start = k - 1  # the name's earlier capitalised words, none opening the sentence ("Aktion Xs ordförande")
            while start > 1 and toks[start - 1].is_cap and toks[start - 1].is_word and start - 1 not in taken \
                    and toks[start - 1].end + 1 == toks[start].start and not _opens_sentence(toks, start - 1, text):
                start -= 1
            if start == k - 1 and _opens_sentence(toks, k - 1, text) and not w.is_acronym and "-" not in w.text:
                continue  # one capitalised word opening a sentence may be any word: "Föreningens ordförande"
            if start == k - 1 and stem.lower() in _SWEDISH_GENERIC_OWNERS:
                continue  # "§1 Föreningens ordförande Anna X": the association spoken of, named elsewhere or not
            label = join_tokens(toks[start:k - 1], [x.text for x in toks[start:k - 1]], text) + (
                " " if start < k - 1 else "") + stem
            kind = "Body" if stem.lower().endswith(_SWEDISH_BOARD_ENDS) else "Association"
            out.append(Mention(start=toks[start].start, end=w.end, surface=text[toks[start].start:w.end],
                               label=label, type=kind, rule="person-org", case="omanto", key=fold(label) or None))
            taken.update(range(start, k))
        return out

    def _name_run_before(self, toks: list[Token], k: int, taken: set[int]) -> int | None:
        """Start of the run of one to four capitalised words (or acronyms) ending right before token k."""
        start = k
        while start > 0 and k - start < 4 and start - 1 not in taken and toks[start - 1].is_word \
                and toks[start - 1].is_cap and ":" not in toks[start - 1].text \
                and (start == k or toks[start].start - toks[start - 1].end == 1):
            start -= 1
        return start if start < k else None

    def _amount_list_names(self, toks: list[Token], text: str, taken: set[int]) -> list[Mention]:
        """"olivat Lähitapiola (60 000 euroa), Kokkolan Energia (50 000 euroa), X säätiö (...) ja KIP Infra (...)":
        a list pairs each donor or receiver with its sum in parentheses. Where the sentence has two such items or
        more, one of them a known organisation, the capitalised names of the others are organisations too."""
        if "(" not in self._sent_text or not _EURO_SEARCH.search(self._sent_text):
            return []
        items: list[tuple[int, int]] = []  # (name start, "(" index)
        known = 0
        for k, t in enumerate(toks):
            if t.text != "(" or k == 0 or k + 3 >= len(toks) or not toks[k + 1].text[:1].isdigit():
                continue
            close = next((j for j in range(k + 2, min(k + 7, len(toks))) if toks[j].text == ")"), None)
            if close is None or not any(_EURO_WORD.fullmatch(toks[j].text) for j in range(k + 2, close)):
                continue
            if k - 1 in taken:
                known += 1
                continue
            start = self._name_run_before(toks, k, taken)
            if start is not None and toks[start].text.lower() in self._learned:
                continue  # a name the document's legal forms taught: found as that organisation
            if start is not None and not (start > 0 and start - 1 in taken and toks[start].start - toks[start - 1].end
                                          == 1):  # a name's part after a word read otherwise: not the name
                items.append((start, k))
        if not items or known + len(items) < 2 or known < 1:
            return []
        out = []
        for start, k in items:
            span = toks[start:k]
            if start == 0 or any(is_post(x.text, self.morph) or self._first_name(x) for x in span) or (
                    len(span) == 1 and readings_known(self.morph.analyse(span[0].text))
                    and not span[0].text.isupper() and start == 0):
                continue
            label = join_tokens(span, [x.text for x in span], text)
            out.append(Mention(start=span[0].start, end=span[-1].end, surface=label, label=label, type="Company",
                               rule="amount-list-name", key=fold(label) or None))
            taken.update(range(start, k))
        return out

    def _second_given_name(self, b: Token, c: Token) -> bool:
        """b is a given name and c, one space after it, a surname: Voikko reads c as one (or as a place, as many
        surnames are), and not as a given name, a post or a common word."""
        if not (c.is_cap and c.is_word) or c.is_acronym or c.start - b.end != 1 or "-" in b.text:
            return False
        if not (given_name_as_written(b.text, self.morph) or b.text.lower() in GIVEN_NAME_TOWNS):
            return False  # "Irja Kaarina Virtasen": a given name Voikko knows first as a town is one all the same
        readings = self.morph.analyse(c.text)
        if is_post(c.text, self.morph) or any(r.cls == "etunimi" for r in readings):
            return False
        if any(r.cls == "sukunimi" for r in readings):
            return True
        if not listed_first_name(c.text) and _table_surname(c.text, readings) is not None:
            return True  # "Elli Maria Kultima": DVV's surname Voikko does not know
        if _CAPITALISED.fullmatch(c.text) and len(c.text) >= 4 and all(r.cls is None for r in readings) \
                and c.text.split(":")[0].lower() not in ASSOCIATION_FORMS | COMPANY_FORMS:
            # "Tauno Johannes Holmenin kuolinpesä": after two given names a word no dictionary knows, in any case,
            # is a rare surname (a third given name or a common word would be Voikko's)
            return True
        # "Maria Kaisa Aula": after two given names a capitalised common noun in the nominative is the surname
        # ("Kivi", "Aula"), as a third given name would be Voikko's
        return bool(readings) and _CAPITALISED.fullmatch(c.text) is not None and all(
            r.case == "nimento" and r.number != "plural" and r.cls in {"nimisana", "nimisana_laatusana"}
            for r in readings) and not BODY_PATTERN.match(c.text.lower()) and not _undertaking_head(c, self.morph)

    def _first_name(self, tok: Token, nxt: Token | None = None) -> bool:
        """A first name: Voikko's, either part of a hyphenated one ("Ulla-Maj"), or a proper name before a
        surname Voikko reads only as one ("Malin Grönqvist": Voikko knows "Malin" only as Mali's genitive)."""
        readings = self.morph.analyse(tok.text)
        if given_name_as_written(tok.text, self.morph):
            return True
        if tok.is_cap and tok.text.lower() in GIVEN_NAME_TOWNS:
            return True  # "Kaarina", "Salla": given names Voikko knows only as towns (the gazetteer judged the town)
        if "-" in tok.text.strip("-") and tok.is_cap:
            head, _, tail = tok.text.partition("-")
            if tail[:1].isupper() and given_name_as_written(head, self.morph):
                return True
        if nxt is None:
            return False
        surname = self.morph.analyse(nxt.text)
        if listed_first_name(tok.text) and nxt.is_cap and nxt.is_word and not nxt.is_acronym and (
                all(r.cls == "sukunimi" and r.case == "nimento" for r in surname) if readings_known(surname)
                # an unknown word read only as written ("Öztürk"); one Voikko also guesses a genitive of ("Thelin" as
                # "Thel") is left to the readers that keep the name as written
                else all(r.case == "nimento" for r in surname) and _CAPITALISED.fullmatch(nxt.text) is not None
                and not is_post(nxt.text, self.morph)):
            # "Tina Strandberg", "Linnea Kallunki": a first name of DVV's statistics (Voikko reads "Tina" as tin)
            # before a word Voikko reads only as a surname or does not know
            return True
        if listed_first_name(tok.text) and nxt.is_cap and nxt.is_word and _noun_surname(tok, surname, readings):
            return True
        if listed_first_name(tok.text) and nxt.is_cap and nxt.is_word and not nxt.is_acronym \
                and not any(r.cls in {"sidesana", "seikkasana", "asemosana", "teonsana", "suhdesana"}
                            for r in readings) \
                and _table_surname(nxt.text, surname) is not None and not is_post(nxt.text, self.morph):
            # "Ulla Siiriä", "Jamina Rautajärviltä": DVV's first name before DVV's surname; not a first name that
            # is also a function word or a verb ("Eli Kunnas ei ole nimi")
            return True
        if not readings or any(r.cls not in {"paikannimi", "nimi", "etunimi", None} for r in readings):
            return False
        if _SWEDISH_DEFINITE_GENITIVE.fullmatch(tok.text) and not listed_first_name(tok.text) \
                and not readings_known(readings):
            return False  # "Kungajaktmuseet, Älgens Berg": a place named with a definite genitive, no "Clas Berg"
        return bool(surname) and all(r.cls == "sukunimi" and r.case == "nimento" for r in surname)

    def _written_alone(self, stem: str) -> bool:
        """Whether the document writes `stem` as a word of its own, so that a foreign surname's local case ending
        may be cut off where the stem would end in a consonant and "i": "Tony Melville" is not "Melvi" with an
        allative. Without the document (a sentence read alone) the ending is cut as before."""
        doc = self._memory_text
        if not doc:
            return True
        if self._doc_words is None or self._doc_words[0] is not doc:
            self._doc_words = (doc, frozenset(_LETTER_RUNS.findall(doc)))
        return stem in self._doc_words[1]

    def _initialled(self, first: Token, initial: str, last: Token, text: str) -> Mention:
        """A person written with a middle initial ("Stig A. Exempelsson", "Stig A Exempelsson"): the initial kept as
        written, the surname in its base form with a capital."""
        surname = self._surname(last) or last.text
        surname = surname[:1].upper() + surname[1:]
        return Mention(start=first.start, end=last.end, surface=text[first.start:last.end],
                       label=f"{first.text} {initial} {surname}", type="Person", rule="person",
                       case=self._case(last), key=None)

    def _surname(self, tok: Token) -> str | None:
        readings = self.morph.analyse(tok.text)
        for r in readings:
            if r.cls in {"sukunimi", "paikannimi"}:  # many surnames are place names too: Nieminen, Mäkelä
                return r.base
        if (listed := _table_surname(tok.text, readings)) is not None:
            return listed
        if any(r.cls in {"teonsana", "nimisana", "laatusana"} and r.case for r in readings) \
                and self.morph.name != "fallback":
            known = [r for r in readings if r.cls in {"etunimi", "sukunimi", "nimi"}]
            if not known:
                return None
        word = tok.text
        if any(r.cls is not None and r.case == "nimento" and r.base.lower() == word.lower() for r in readings):
            # "Karl Halko": a word Voikko reads as its own nominative is written in its base form, though it also
            # reads a first name with a clitic ("Hal" + "-ko")
            return word
        m = re.match(r"^(.+[^aeiouyäö])in$", word)
        if m and not readings_known(readings):
            return m.group(1)
        m = re.match(r"^(.+?)(lle|lta|ltä|lla|llä)$", word)
        if m and not readings_known(readings) and (
                not re.search(r"[^aeiouyäö]i$", m.group(1)) or self._written_alone(m.group(1))):
            return m.group(1)  # "Koschkelle" -> "Koschke"; "Melville" is no "Melvi" unless the text writes that
        if readings and all(r.cls == "teonsana" and r.case is None for r in readings):
            return word  # "Sido": a surname Voikko reads only as a finite verb ("sitoa") keeps its written form
        return base_of(word, self.morph) if readings_known(readings) else word


# pronouns and words of quantity before a bare kind of body: bodies of that kind at large ("minkään lautakunnan")
_FINNISH_INDEFINITES = frozenset({"mikään", "jokin", "joku", "kukin", "jokainen", "eri", "muu", "kaikki", "usea",
                                  "moni", "kumpikaan", "kumpikin", "mikin"})
_SWEDISH_INDEFINITES = frozenset({"någon", "något", "ingen", "inget", "varje", "alla", "andra", "olika", "flera",
                                  "många", "vilken", "vilket"})

# case endings a place name takes (Finnish local cases, genitive; Swedish genitive)
_PLACE_CASE_ENDINGS = ("n", "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "an", "än", "s")


def _one_edit_apart(a: str, b: str) -> bool:
    """Whether two different strings are one deletion, insertion or substitution apart."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    k = next((n for n, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    return a[k + 1:] == b[k + 1:] if len(a) == len(b) else a[k:] == b[k + 1:]


def _noun_surname(first: Token, surname: tuple, readings: tuple) -> bool:
    """"Mari Kangas", "Eira Varis": a DVV first name Voikko reads only as a place (Mari, Eira) before a surname
    that is also a common noun (kangas, varis) in its base form. Either reading alone leaves the pair undecided,
    together they are a person; a first name that is also a common word ("Onni", "Ilta") stays out."""
    return bool(readings) and all(r.cls == "paikannimi" for r in readings) and _CAPITALISED.fullmatch(first.text) \
        is not None and any(r.cls == "sukunimi" for r in surname) and all(
            r.case == "nimento" and r.number != "plural"
            and r.cls in {"sukunimi", "nimisana", "laatusana", "nimisana_laatusana"} for r in surname)


# the cases an inflected noun surname is read in: the genitive ("Ylitalon"), the allative and ablative ("Ylitalolle",
# "Ylitalolta"); a partitive is left alone ("Asumaa", "Rautamaa" are nominatives that read as partitives), and so are
# the cases in which a first name's common word reads as a place ("Onni Suomessa")
_NOUN_SURNAME_CASES = {"omanto", "ulkotulento", "ulkoeronto"}


def _alone_on_line(tok: Token, text: str) -> bool:
    """Nothing but blanks beside the word on its line (a table cell flattened to a line of its own)."""
    start = text.rfind("\n", 0, tok.start) + 1
    end = text.find("\n", tok.end)
    return not text[start:tok.start].strip() and not text[tok.end:len(text) if end < 0 else end].strip()


# the labels of a contact block's lines, Finnish and Swedish: phone, e-mail, address, web ("Hanna Sähköposti" is a
# first name run into the next line's label, never a surname)
CONTACT_WORDS = frozenset({
    "puhelin", "puh", "matkapuhelin", "gsm", "faksi", "fax", "telefax", "vaihde", "sähköposti", "email", "e-mail",
    "osoite", "käyntiosoite", "postiosoite", "laskutusosoite", "kotisivu", "kotisivut", "verkkosivu", "verkkosivut",
    "www", "telefon", "tfn", "tel", "mobil", "mobiltelefon", "växel", "e-post", "epost", "adress", "besöksadress",
    "postadress", "faktureringsadress", "webbplats", "hemsida"})


# a street named after someone: a genitive, then a street word in lower case ("Anna Lindhin katu", "Lindhs gata")
_STREET_GENITIVE = re.compile(r"[ \t]+(?:katu|kadu[ln]|tie|tien|tiellä|kuja|polku|aukio|puistikko|gata[n]?|väg|vägen|"
                              r"plats|platsen|gränd)\b")
_NUMBER_AFTER_STREET = re.compile(r"[ \t]+\d{1,3}(?![\d.:])")  # "Kauppakatu 5", "Storgatan 12 B": not a year, a date
_YEAR_AFTER = re.compile(r"[ \t]+\d")  # "Vuoden 2008": a genitive before a number is no surname
# a person's genitive naming a street, a school, a day or a prize ("Aleksis Kiven katu"): no person of the text
# the heads of places, buildings, prizes and funds named after a person ("Aleksis Kiven koulu", "Toivo Kuula -sali")
NAMED_AFTER_HEADS = ("katu", "tie", "kuja", "koulu", "lukio", "opisto", "kirkko", "puisto", "tori", "aukio", "silta",
                     "talo", "sali", "kirjasto", "museo", "patsas", "palkinto", "mitali", "rahasto", "säätiö",
                     "instituutti", "stipendi", "kampus", "areena", "halli", "gata", "väg", "skola", "huset",
                     "salen", "priset", "fond", "stiftelse")
_LEGAL_FORM_AFTER = re.compile(r"[ \t]+(?:Oy|Oyj|OY|Ab|Abp|Ky|Ay|Ltd|Tmi|ry|rf|r\.y\.)(?![\w-])")
_NAMED_HEAD_AFTER = re.compile(r"[ \t]+(-[ \t]?)?([a-zåäö]{3,})\b")
_NAMED_AFTER = re.compile(r"[ \t]+[a-zåäö]*(?:katu|kadun|tie|tien|koulu|koulun|lukio|kirkko|kirkon|päivä|päivän|"
                          r"puisto|tori|aukio|silta|talo|talon|palkinto|rahasto|säätiö|seura|museo|patsas)\b")


def _table_surname(word: str, readings: tuple) -> str | None:
    """DVV's surname that `word` is: as written ("Kuuluvainen", "Pyöriä", which Voikko reads as an adjective and a
    verb), or inflected ("Salmenkankaalta", "Mondolta"). A word Voikko reads as a common word's singular inflected
    form is that word first ("Vuoden", "Kankaalla"): the noun surnames have readers of their own; but a long
    compound the table holds ("Murtokankaan") is the surname's form, and "Rautajärviltä" no plural of a noun."""
    if listed_surname(word):
        return word
    base = surname_base(word)
    if base is None:
        return None
    common = [r for r in readings if r.cls in {"teonsana", "nimisana", "laatusana", "nimisana_laatusana"} and r.case
              and r.number != "plural"]
    if common and (len(base) < 8 or any(r.base.lower() != base.lower() for r in common)):
        return None  # a compound noun's form that is the surname's too stays the surname ("Murtokankaan")
    return base


# the title of a saint before a given name ("St Olav", "S:t Olof", "Sankt Petri", "Pyhän Henrikin")
_SAINT_WORDS = frozenset({"St", "S:t", "Sankt", "Saint", "Sainte", "San", "Santa", "Pyhän", "Pyhä"})


# a street's or a square's ending ("Gullmarsplan", "Medborgarplatsen", "Kauppatori"): a place, no given name
_PLACE_ENDINGS = (*STREET_ENDINGS, "plan", "platsen")


def _after_saint(toks: list[Token], i: int) -> bool:
    """Whether the word before toks[i] is a saint's title ("St", "St.", "S:t", "Sankt")."""
    if i > 0 and toks[i - 1].text in _SAINT_WORDS:
        return True
    return i > 1 and toks[i - 1].text == "." and toks[i - 2].text == "St" and toks[i - 2].end == toks[i - 1].start


def _inflected_noun_surname(readings: tuple, word: str) -> str | None:
    """The base form of a capitalised singular common noun in the genitive, allative or ablative after a first name
    ("Ylitalon", "Ylitalolle"): a surname that is also a common noun, inflected. Only a word with one base and no
    name or place reading."""
    if _CAPITALISED.fullmatch(word) is None or not readings:
        return None
    if not all(r.cls in {"nimisana", "nimisana_laatusana"} and r.number == "singular"
               and r.case in _NOUN_SURNAME_CASES for r in readings):
        return None
    bases = {r.base for r in readings}
    if len(bases) != 1:
        return None
    base = bases.pop()
    base = base[:1].upper() + base[1:]
    if not listed_surname(base) and (table := surname_base(word)) is not None:
        return table  # "Wilho Teerisalon": DVV's Teerisalo, not the compound noun Voikko reads ("teerisalko")
    return base if "-" not in base and len(base) > 2 else None


def readings_known(readings: tuple) -> bool:
    return any(r.cls is not None for r in readings)


_BRACKETED_ACRONYM = re.compile(r"[ \t]+\([A-ZÅÄÖ]{2,8}\)[ \t]+")


def _bracketed_acronym(toks: list[Token], i: int) -> bool:
    """Whether "( ACRONYM )" stands at token i: the short name written right after an organisation's own
    ("Mannerheimin Lastensuojeluliiton (MLL) Uudenmaan piirin"), which the words after it still belong to."""
    return i + 2 < len(toks) and toks[i].text == "(" and toks[i + 2].text == ")" \
        and toks[i + 1].is_acronym and toks[i + 1].text.isalpha() \
        and toks[i + 1].start - toks[i].end == 0 and toks[i + 2].start - toks[i + 1].end == 0


# Swedish words a heading in capitals opens with that are also known acronyms ("OM" is oikeusministeriö)
_SWEDISH_HEADING_WORDS = {"OM", "AV", "FÖR", "MED", "TILL"}


def _swedish_heading_word(toks: list[Token], start: int, end: int) -> bool:
    """A one-token acronym match that is a Swedish preposition right before another word in capitals ("OM OSS", "OM
    SARA"): a Swedish heading in capitals ("about us", "about SARA"), not the organisation of that acronym."""
    if end != start + 1 or toks[start].text not in _SWEDISH_HEADING_WORDS or end >= len(toks):
        return False
    nxt = toks[end]
    return nxt.is_word and nxt.text.isupper() and len(nxt.text) >= 2 and nxt.start - toks[start].end == 1
