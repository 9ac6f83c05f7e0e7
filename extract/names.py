"""Base forms of multi-word Finnish names and their identity keys.

Only the head of a Finnish name and the adjectives agreeing with it inflect;
genitive modifiers stay as they are ("Ranuan kunnalle" -> "Ranuan kunta",
"itäiselle Uudellemaalle" -> "itäinen Uusimaa"). The identity key is the set of
content lemmas, so "Lastensuojelun monialainen kehittäminen" and "Monialaisen
lastensuojelun kehittämishanke" share one key while an added place keeps
"... Pohjois-Suomessa" apart.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from welfare_kg.extract.morphology import Morphology, lemma
from welfare_kg.extract.text import Token, ends_with_phase_one, tokenize

STOPWORDS = {"ja", "sekä", "tai", "eli", "och", "i", "the", "of", "and", "-", "–", "—", "(", ")", ".", ",", "/"}
GENERIC_HEADS = {"hanke", "osahanke", "projekti", "ohjelma", "pilotti", "kehittämishanke", "hankkeet"}


def base_of(tok: str, morph: Morphology, prefer_case: str | None = None) -> str:
    """Base form keeping the writer's capitalisation; unknown words stay as written."""
    readings = morph.analyse(tok)
    if not readings:
        return tok
    chosen = next((a for a in readings if prefer_case and a.case == prefer_case), readings[0])
    base = chosen.base
    if chosen.mood == "MINEN-infinitive":  # "mallintamiseen" names the act: "mallintaminen", not "mallintaa"
        m = _MINEN.match(tok)
        if m:
            base = m.group(1) + "minen"
    if ":" in tok or base.lower() == tok.lower():
        return base if ":" in tok else tok
    if tok[:1].isupper():
        base = base[:1].upper() + base[1:]
    elif base[:1].isupper() and tok[:1].islower():
        base = base[:1].lower() + base[1:]
    return base


_MINEN = re.compile(r"^(.*?)(?:minen|mis(?:en|ta|tä|een|essa|essä|esta|estä|elle|ella|ellä|eksi|ena|enä|ia|iä|"
                    r"ten|iin|issa|issä|ista|istä))$", re.IGNORECASE)


def head_case(tok: str, morph: Morphology) -> str | None:
    readings = morph.analyse(tok)
    return readings[0].case if readings else None


def name_base_form(tokens: list[Token], morph: Morphology, text: str) -> str:
    """Base form of a name whose last token is the head: agreeing words take base form."""
    if not tokens:
        return ""
    head = tokens[-1]
    case = head_case(head.text, morph)
    attributive = set()
    if case == "omanto":
        # "Ikääntymispoliittisen ohjelman": adjectives right before a genitive head agree with it; a genitive
        # noun between them ("Kestävän kasvun ohjelman") makes the adjective that noun's attribute
        # a capitalised word after the name's first is a proper name's word, not an agreeing adjective:
        # "Kerkonkosken Ketterän kylähankkeen" is the village project of Kerkonkosken Ketterä
        k = len(tokens) - 2
        while k >= 0 and _adjective_in(tokens[k].text, case, morph) and not (k > 0 and tokens[k].text[:1].isupper()):
            attributive.add(k)
            k -= 1
    words: list[str] = []
    for i, tok in enumerate(tokens):
        if i == len(tokens) - 1 or i in attributive or (
                case not in (None, "nimento", "omanto") and _agrees(tok.text, case, morph)):
            words.append(base_of(tok.text, morph, case))
        else:
            words.append(tok.text)
    return join_tokens(tokens, words, text)


def _adjective_in(tok: str, case: str, morph: Morphology) -> bool:
    """Only an adjective reading, in the given case (a word that may be a noun too is left as written)."""
    readings = morph.analyse(tok)
    return bool(readings) and any(a.case == case for a in readings) and all(
        a.cls == "laatusana" or (a.cls == "nimisana_laatusana" and a.base.lower().endswith("inen")) for a in readings)


def _agrees(tok: str, case: str, morph: Morphology) -> bool:
    return any(a.case == case and a.cls in {"laatusana", "nimisana_laatusana", "lukusana", "asemosana"}
               for a in morph.analyse(tok))


_SPACES = re.compile(r"\s+")
_NON_SLUG = re.compile(r"[^a-z0-9]+")  # fold runs for every name of a document: precompiled (issue 13)


def join_tokens(tokens: list[Token], words: list[str], text: str) -> str:
    """Join words with the spacing the source used between the original tokens."""
    out = []
    for i, (tok, word) in enumerate(zip(tokens, words, strict=True)):
        if i:
            gap = text[tokens[i - 1].end:tok.start]
            out.append(" " if gap.strip() == "" and gap else gap)
        out.append(word)
    return _SPACES.sub(" ", "".join(out)).strip()


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """ASCII slug: "Päijät-Häme" -> "paijat-hame".

    Kept per string: the document steps fold the same labels again and again (a 2 MB page: ~38,000 calls
    on the one-core path for a few thousand names), and an ASCII string needs no decomposition (NFKD leaves
    it as it is and it has no combining marks), so only its slug is made."""
    text = text.lower()
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join([c for c in text if not unicodedata.combining(c)])
    return _NON_SLUG.sub("-", text).strip("-")


def content_lemmas(name: str, morph: Morphology) -> list[str]:
    """Lemmas of a name's content words: no years, no conjunctions, generic heads split off."""
    out: list[str] = []
    toks = tokenize(name)
    for i, tok in enumerate(toks):
        t = tok.text.rstrip("-")
        if i == len(toks) - 1 and i > 0 and ends_with_phase_one(toks[i - 1].text, t):
            out.append("i")  # "Kylätalo I": the first phase's Roman numeral keeps X I apart from X (as "X II")
            continue
        number = _name_number(toks, i)
        if number:
            out.append(number)
            continue
        if not t or not tok.is_word or t.lower() in STOPWORDS:
            continue  # (a digit-letter word, "3D", is a content word: Token.is_word)
        whole = lemma(t, morph, "nominal")
        if _detached_kind_word(toks, i) and whole.endswith(("hanke", "projekti")):
            continue  # "Verkostosta Voimaa -rakennemuutoshanke": the kind of the project named before the dash
        if whole.endswith(("hanke", "projekti")) and t[:1].islower() and _after_name_word(toks, i, morph):
            continue  # "Kolman Koto esiselvityshanke": the kind after a name in title case, as after a dash
        lem = _split_generic_head(whole, morph)
        if lem and lem not in GENERIC_HEADS:
            out.append(lem)
    return out


# a small number or a version written apart in a name ("SeniorHaavi 2", "Toimintalinja 5", "Perhekeskus 2.0",
# "erityistavoite 10.1"); four digits are a year (a period, a target) and stay out, as does a year range's tail
_NAME_NUMBER = re.compile(r"\d{1,2}(?:[.,]\d{1,2})?")


def _name_number(toks: list[Token], i: int) -> str:
    """The number as a content word of the name ("2.0" and "2,0" -> "2"), or "" for any other token.

    Why: the number is what tells the second phase of a project from the first, and one programme's measures
    ("Toimintalinja 2", "Toimintalinja 5") from each other; without it they shared one key and one IRI. A year
    ("Hyvinvointia 2030", "hanke 2019-2021") says when, not which, and stays out as before."""
    t = toks[i].text
    if not _NAME_NUMBER.fullmatch(t):
        return ""
    if i >= 2 and toks[i - 1].text in "-\u2013\u2014" and re.fullmatch(r"\d{4}", toks[i - 2].text):
        return ""  # "2019-20", "1808–09": a year range's second year
    n = t.replace(",", ".")
    return n[:-2] if n.endswith(".0") else n


def _after_name_word(toks: list[Token], i: int, morph: Morphology) -> bool:
    """The word is the last of the name and follows a capitalised word that is no genitive ("Kolman Koto
    esiselvityshanke", "Tyyne kehittämishanke"): the name's other spellings ("Kolman Koto -hanke", "Kolman Koto")
    leave the kind word out. After a genitive ("Kylätien valaistushanke") the compound says what the project does
    and stays in the name."""
    if i < 1 or i != len(toks) - 1 or not toks[i - 1].is_cap or not toks[i - 1].text[:1].isalpha():
        return False
    return not any(a.case == "omanto" for a in morph.analyse(toks[i - 1].text))


def _detached_kind_word(toks: list[Token], i: int) -> bool:
    """The word is glued to a dash that stands apart from the word before ("Voimaa -rakennemuutoshanke"): the
    kind word after a name, which the name's other spellings ("Verkostosta Voimaa -projekti") leave out."""
    if i < 2 or toks[i - 1].text != "-" or toks[i - 1].end != toks[i].start:
        return False
    return toks[i - 2].end < toks[i - 1].start


def _split_generic_head(lemma: str, morph: Morphology) -> str:
    """"kehittämishanke" -> "kehittäminen": the head says what kind, not which one."""
    for head in ("osahanke", "hanke", "projekti"):
        if lemma.endswith(head) and len(lemma) > len(head) + 2:
            first = lemma[: -len(head)].rstrip("-")
            if lemma[-len(head) - 1] == "-":
                return _glued_name_lemma(first, morph)
            if first.endswith("s"):  # compound form of a -nen word: kehittämis- -> kehittäminen
                guess = first[:-1] + "nen"
                readings = morph.analyse(guess)
                return readings[0].base.lower() if readings else guess
            return first
    return lemma


def _glued_name_lemma(word: str, morph: Morphology) -> str:
    """"Työkuntoon-hanke" -> "työkunto": the name glued to a kind word takes the lemma it takes written apart
    ("Työkuntoon -hanke", "Työkuntoon"), so the three spellings of one project share one key. Only a single
    word of letters: an acronym ("kaste", "top") or a compound of several parts keeps its written form."""
    if not word.isalpha() or len(word) < 4:
        return word
    return lemma(word, morph, "nominal").lower() or word


# one spelling for names written with a different hyphen spacing, dash kind, soft or line-break hyphen or quotes:
# "Voimaa- rakennemuutoshanke", "Voimaa -rakennemuutoshanke" and "Voimaa – rakennemuutoshanke" are one project
_DASHES = re.compile(r"[\u2010\u2011\u2012\u2013\u2014\u2212]")
_QUOTES = re.compile(r"[\"\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019]")
_CONJUNCTIONS = r"(?:ja|sekä|tai|eli|och|eller)\b"
_LINE_BREAK_HYPHEN = re.compile(rf"(?<=[a-zäöå])-[ \t]*\n\s*(?!{_CONJUNCTIONS})(?=[a-zäöå])")
_LOOSE_HYPHEN = re.compile(rf"(?<=\w)\s*-\s+(?!{_CONJUNCTIONS})(?=[a-zäöå])")


def spelling_key(name: str) -> str:
    """The name with its hyphens, dashes and quotes in one form, so that spelling variants of one project's name
    get one identity key (and IRI) in a document; a name without such variants comes back unchanged."""
    name = name.replace("\u00ad", "")
    name = _LINE_BREAK_HYPHEN.sub("", name)
    name = _QUOTES.sub("", _DASHES.sub("-", name))
    return _LOOSE_HYPHEN.sub(" -", name)


def identity_key(name: str, morph: Morphology) -> str:
    lemmas = content_lemmas(spelling_key(name), morph)
    return "-".join(sorted({fold(x) for x in lemmas if fold(x)}))
