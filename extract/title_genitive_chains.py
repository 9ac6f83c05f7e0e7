"""Agreement and project names whose title opens with a chain of genitives: "Korkeakoulujen ja hyvinvointialueen
yhteistyösopimus", "MAANKÄYTÖN, ASUMISEN JA LIIKENTEEN AIESOPIMUS", "ITÄ-SUOMEN PÄIHDEHUOLLON KUNTAYHTYMÄN
PERUSSOPIMUS".

A Finnish agreement or project is named by its head compound ("yhteistyösopimus", "kehittämishanke") with what it
is between or about in genitives before it. The compound-name rule stops at a lower-case genitive that is no proper
name, at a comma or at "ja", so it reads only "yhteistyösopimus" (a generic word) or "Ja liikenteen aiesopimus" (a
conjunction opening a name). Where the genitives open a line, or follow a title's separator ("LAUSUNTO /"), the line
is a title (a minutes item, a contents entry, a document's heading) and the whole chain belongs to the name: a title
names one thing. Inside running text a genitive before the head may be anyone's ("kunnan yhteistyösopimus"), so only
chains that open a title are read.

`widen_title_genitives` widens such mentions in place: every word of the chain ends in the genitive -n, words joined
by spaces, commas, "ja" or "sekä", at most MAX_WORDS of them, the first capitalised. A name so widened is no longer a
generic word.
"""

from __future__ import annotations

import re

from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import identity_key

MAX_WORDS = 6
REACH = 160  # characters before a name in which its title's start is looked for
# the Finnish heads whose modifiers come before them (Swedish names put theirs after: "avtal om X")
_HEAD = re.compile(r"(?i)(?:sopimus|hanke|projekti)$")
_BARE = {"sopimus", "hanke", "projekti"}  # the bare head: a chain before it is no name ("Kunnan sopimus")
_GEN = r"[A-ZÅÄÖa-zåäö][\w-]*[nN]"
_JOIN = r"(?:,[ \t]*|[ \t]+(?:ja|sekä|JA|SEKÄ)[ \t]+|[ \t]+)"
# a title's start: a line's start after an item number or a bullet, or a separator of a title in capitals; then the
# chain up to the name (which may itself open with "ja", or follow it: "MAANKÄYTÖN, ASUMISEN JA <LIIKENTEEN
# AIESOPIMUS>")
_CHAIN = re.compile(rf"(?:(?:^|\n)[ \t]*(?:§[ \t]*\d{{1,4}}(?:/\d{{1,4}})?[ \t]+|\d{{1,4}}[ \t]*§[ \t]+|"
                    rf"\d{{1,3}}\.?[ \t]+|[•*-][ \t]+)?|[ \t]/[ \t]*)"
                    rf"(?P<chain>[A-ZÅÄÖ][\w-]*[nN](?:{_JOIN}{_GEN})*),?[ \t]+(?:(?:ja|sekä|JA|SEKÄ)[ \t]+)?$")
_CONJUNCTION = re.compile(r"(?i)(?:ja|sekä)[ \t]+")


def widen_title_genitives(text: str, mentions: list[Mention], morph: Morphology) -> None:
    """Widen each agreement or project name over the genitive chain that opens its title (in place)."""
    for m in mentions:
        if m.type not in {"Agreement", "Project"} or not _HEAD.search(m.surface) or m.surface.lower() in _BARE:
            continue
        if m.generic and m.type != "Agreement":
            continue  # "Kylän kehittämishanke" at a line's start: some project of the village, not a name
        letters = [ch for ch in m.surface if ch.isalpha()]
        if m.surface[:1].isupper() and not all(ch.isupper() for ch in letters):
            continue  # "Maaseutukunnan VIRTA -hanke": a proper name after its owner's genitive is named already
        found = _CHAIN.search(text, max(0, m.start - REACH), m.start)
        if found is None:
            continue
        chain = found.group("chain")
        words = [w for w in re.split(r"[\s,]+", chain) if w and w.lower() not in {"ja", "sekä"}]
        if not words or len(words) > MAX_WORDS or any(w.lower().endswith("minen") for w in words):
            continue  # "Esityslistan hyväksyminen X-hanke": a verbal noun in the nominative ends an item title
        opens_with_and = _CONJUNCTION.match(m.surface) is not None
        between = text[found.end("chain"):m.start]
        if "," in between and not opens_with_and:
            continue  # "Kunnan, X-sopimus": a comma before a name that opens with no "ja" parts two matters
        start = found.start("chain")
        surface = text[start:m.end]
        label = surface
        letters = [ch for ch in surface if ch.isalpha()]
        if letters and all(ch.isupper() for ch in letters):
            label = surface[:1] + surface[1:].lower()  # a title in capitals: the name as a sentence writes it
        elif not surface.lower().endswith(m.label.lower()):
            label = text[start:m.start] + m.label  # the name's base form kept after the chain
        m.start, m.surface, m.label = start, surface, " ".join(label.split())
        m.key = identity_key(m.label, morph) or m.key
        m.generic = False
