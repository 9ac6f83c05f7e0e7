"""A body word after a word that names no one owner is a kind of body, not a body: "jäsenkunnan valtuusto",
"kuntien kunnanhallitukset", "maakunnan liittojen valtuuston", "respektive socialnämnds", "medlemskommuners
kommunfullmäktige", "ägarkommunernas fullmäktiges".

Charters, agreements and joint authorities' rules speak of the organs of every member at once: each member
municipality's council elects, "the respective social welfare board" decides. The recogniser reads the body word
alone and the resolver gives it to the town or organisation the document is about, so a Body nobody annotated
appeared ("Tyrnävän valtuusto" from "jäsenkunnan valtuuston", a Swedish "Socialnämnd" from "varje enskild
socialnämnds"), with the facts that hang on it. The word before the body says it is generic: a distributive
("kunkin", "jokaisen", "varje", "respektive", "enskild"), a member of any kind ("jäsenkunnan", "osakaskunnan",
"sopijakunnan", "medlemskommuns"), or a plural genitive of an organisation's kind ("kuntien", "liittojen",
"kuntayhtymien", "hyvinvointialueiden", "kommunernas", "medlemskommuners"). Only a bare body word written in lower
case is dropped: a capitalised owner opens a name ("Kuntien edustajainkokous" of a regional council).

A law's duty paraphrased is said of every such organ too: "kunnanhallituksen on asetettava vanhusneuvosto",
"Aluehallituksen on huolehdittava vammaisneuvoston toimintaedellytyksistä" (vanhuspalvelulaki 980/2012 11 §, laki
hyvinvointialueesta 611/2021 28 §): a bare one-word body in the genitive, then "on" or "tulee" and a necessive
participle (-ttava, -ttävä), is the kind the act speaks of, wherever the page quotes it.

Measured on development: seven spurious Body entities gone on seven pages of seven publishers (and one wrong partOf
with one of them), no right entity or fact lost; the swapped copies move the same way. A counted kind ("74
kyläyhdistystä, kylätoimikuntaa") and an agenda title's bare committee ("vaalitoimikunnan asettaminen") are left:
the annotation names some such committees of the page's own town and not others.
"""

from __future__ import annotations

import re

from welfare_kg.extract.model import Mention

# the word right before a bare body word that makes it any member's organ, not one body
_GENERIC_OWNER = re.compile(
    r"(?:kunkin|jokaisen|kaikkien|muiden|eri|varje|respektive|enskild|enskilda|samtliga|alla|olika|"
    # a member of any kind, in the singular: "jäsenkunnan valtuusto", "osakaskunnan kunnanvaltuusto"
    r"(?:jäsen|osakas|sopija|omistaja|sopimus)(?:kunnan|kaupungin)|(?:medlems|ägar)kommuns|"
    # a plural genitive of an organisation's kind: "kuntien", "maakunnan liittojen", "medlemskommuners"
    r"[a-zåäö]*(?:kuntien|kuntain|kaupunkien|liittojen|yhtymien|alueiden|seurakuntien|yhdistysten|järjestöjen|"
    r"kommuners|kommunernas|kommunerna|förbundens|regionernas))",
    re.IGNORECASE)
# the word before a mention, on its line: letters (and a hyphen), then only spaces or tabs up to the mention
_WORD_BEFORE = re.compile(r"([\wåäöÅÄÖ-]+)[ \t]+$")
_REACH = 40  # characters before a mention where its preceding word is looked for
# after a one-word body in the genitive: a duty the act lays on every such organ ("on asetettava", "tulee huolehtia")
_DUTY = re.compile(r"[ \t]+(?:on|tulee)[ \t]+(?:[a-zåäö]+[ \t]+)?[a-zåäö]+(?:ttava|ttävä)\b")


def _generic(m: Mention, text: str) -> bool:
    """Whether a Body mention is a bare lower-case body word after a generic owner word (in lower case), or a bare
    one-word body in the genitive that a law's duty is laid on."""
    if m.type != "Body":
        return False
    if " " not in m.surface.strip() and m.surface.endswith("n") and _DUTY.match(text, m.end):
        return True
    if not m.surface[:1].islower():
        return False
    before = _WORD_BEFORE.search(text, max(0, m.start - _REACH), m.start)
    if before is None or not before.group(1)[:1].islower():
        return False
    return _GENERIC_OWNER.fullmatch(before.group(1)) is not None


def drop_generic_bodies(per_sentence: list[list[Mention]], mentions: list[Mention], text: str) -> None:
    """Remove the Body mentions that name a kind of any member's organ (in place: the sentence lists and the flat
    list)."""
    dropped = {id(m) for m in mentions if _generic(m, text)}
    if not dropped:
        return
    mentions[:] = [m for m in mentions if id(m) not in dropped]
    for ms in per_sentence:
        ms[:] = [m for m in ms if id(m) not in dropped]
