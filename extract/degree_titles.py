"""A degree between a post title and the name: "Porin X ry:n toiminnanjohtaja, YTM Anna Virta", "Kotkan uusi
kaupunginjohtaja hallintotieteiden maisteri Pekka X", "projektipäällikkö, sosionomi (AMK) Liisa Y Z-liitosta".

News pages and press releases print the holder's degree there. The prose rules read the title from the word
right before the name and its owner from the words right before the title, so the degree hid both and the post
was lost. Here the degree is stepped over: the title before it is the person's, owned by the organisation written
in the genitive right before the title (an adjective such as "uusi" may stand between) or in the elative or
ablative right after the name ("... Anna Virta Sininauhaliitosta").
"""

from __future__ import annotations

import re

from welfare_kg.extract.degree_words import DEGREE_ABBREVIATIONS
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.posts import ORG_TYPES, office_title
from welfare_kg.extract.spans import SpanIndex

# Finnish degree abbreviations as written after a title (the degree registers' short forms)
_ABBREVIATIONS = DEGREE_ABBREVIATIONS
# one degree: an abbreviation, a spelled-out one ("hallintotieteiden maisteri") or a polytechnic one
# ("sosionomi (AMK)", "sairaanhoitaja (YAMK)", "insinööri (ylempi AMK)")
_DEGREE = (rf"(?:(?:{_ABBREVIATIONS})(?![\w-])"
           r"|[a-zåäö-]+(?:tieteiden|tieteen)[ \t]+(?:maisteri|tohtori|kandidaatti|lisensiaatti)"
           r"|[a-zåäö]+[ \t]*\((?:ylempi[ \t]+)?Y?AMK\))")
# the title (a shared compound's first half may open it: "sosiaali- ja terveysjohtaja"), an optional comma,
# one or two degrees, then the name
_BEFORE_NAME = re.compile(rf"(?P<title>(?:[\w-]+-[ \t]+(?:ja|sekä)[ \t]+)?[\w-]+),?[ \t]+"
                          rf"{_DEGREE}(?:(?:,[ \t]*|[ \t]+ja[ \t]+){_DEGREE})?,?[ \t]+$")
REACH = 140  # characters read back from the name: a title and two spelled-out degrees fit
# adjectives that stand between the owner's genitive and the title: "Porin X:n uusi toiminnanjohtaja"
_BETWEEN = re.compile(r"[ \t]+(?:(?:uusi|entinen|nykyinen|vastavalittu|väistyvä|pitkäaikainen|tuleva)[ \t]+)?$")
_FROM_CASES = {"sisaeronto", "ulkoeronto"}
# Voikko may read "-liitosta" as a partitive ("liitos"): the written ending says elative or ablative
_FROM_ENDINGS = ("sta", "stä", "lta", "ltä")


def degree_title(person: Mention, mentions: SpanIndex[Mention], text: str,
                 morph: Morphology) -> tuple[str, str] | None:
    """(post, organisation IRI) when a degree stands between the person's title and name, else None.
    `mentions`: the document's mentions by position."""
    base = max(0, person.start - REACH)
    hit = _BEFORE_NAME.search(text, base, person.start)
    if hit is None:
        return None
    words = hit["title"].split()
    post = office_title(words[-1], morph)
    if post is None:
        return None
    if len(words) > 1:
        post = f"{words[0].lower()} {words[1]} {post}"  # "sosiaali- ja terveysjohtaja"
    orgs = [x for x in mentions.starting_in(max(0, base - 200), person.end + 3)
            if x.iri and x.type in ORG_TYPES and x is not person]
    title_at = hit.start("title")
    owner = next((x for x in reversed(orgs) if x.end <= title_at and x.case == "omanto"
                  and _BETWEEN.fullmatch(text, x.end, title_at)), None)
    if owner is None:
        owner = _named_owner(text, title_at, mentions, morph)
    if owner is None:  # "... toiminnanjohtaja, KTM Anna Virta Sininauhaliitosta": where the person comes from
        owner = next((x for x in orgs if 0 < x.start - person.end <= 1 and (
            x.case in _FROM_CASES or x.surface.endswith(_FROM_ENDINGS))), None)
    if owner is None:  # "asiantuntija, OTK Anna Virta, Esimerkin Yrittäjät ry": a list of experts, the organisation
        # in the nominative after the name and a comma
        owner = next((x for x in orgs if x.start > person.end and text[person.end:x.start].strip() == ","
                      and x.case in {None, "nimento"}), None)
    return (post, owner.iri) if owner is not None else None


# the capitalised genitive right before the title (an adjective between): "Kotkan uusi kaupunginjohtaja"
_GENITIVE_BEFORE = re.compile(r"(?P<word>[A-ZÅÄÖ][\w-]*n)[ \t]+(?:(?:uusi|entinen|nykyinen|vastavalittu|väistyvä|"
                              r"pitkäaikainen|tuleva)[ \t]+)?$")


def _named_owner(text: str, title_at: int, mentions: SpanIndex[Mention], morph: Morphology) -> Mention | None:
    """The organisation the document names elsewhere whose one-word name the genitive before the title is: a town
    whose name is also a common noun ("Kotkan": kotka, eagle) opens a sentence unrecognised, though the page
    names "Kotkan kaupunki" elsewhere."""
    hit = _GENITIVE_BEFORE.search(text, max(0, title_at - 40), title_at)
    if hit is None or not any(a.case == "omanto" for a in morph.analyse(hit["word"])):
        return None
    bases = morph.bases(hit["word"])
    return next((x for x in mentions.spans if x.iri and x.type in ORG_TYPES and " " not in x.label
                 and x.label.lower() in bases), None)
