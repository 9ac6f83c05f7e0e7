"""An appointment told with the chooser as the subject: "X ry:n hallitus valitsi Anna Virran toiminnanjohtajaksi",
"KSF:s styrelse utsåg Anna Lind till verksamhetsledare", "Förbundsmötet valde Bo Berg till förbundets nya ordförande".

News pages and press releases announce a new director so. The prose rules read a title before the name or an essive
near it; a translative after the name ("toiminnanjohtajaksi") or a Swedish "till <title>" after it is neither. The
post is held in the organisation the subject names: the organisation itself or the one whose board, meeting or
council chooses ("X ry:n hallitus", "KSF:s styrelse"), written before the verb in the same sentence.
"""

from __future__ import annotations

import re

from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.posts import ORG_TYPES, office_title
from welfare_kg.extract.spans import SpanIndex

# the verb of choosing, before the name: Finnish past and passive, Swedish past and perfect
_CHOOSES = re.compile(r"(?i)(?<![\w-])(?:valitsi|valitsivat|nimitti|nimittivät|palkkasi|valittiin|nimitettiin|"
                      r"utsåg|valde|anställde|utnämnde|har[ \t]+(?:utsett|valt|anställt|utnämnt))(?![\w-])")
# after the name: a Finnish translative title, a word of newness or standing before it
_FI_TITLE = re.compile(r"[ \t]+(?:(?:uudeksi|vakinaiseksi|väliaikaiseksi|vt\.)[ \t]+)?(?P<title>[a-zåäö][\w-]*ksi)"
                       r"(?![\w-])")
# after the name (a party mark in brackets between): Swedish "till" and the title
_SV_TITLE = re.compile(r"(?:[ \t]*\([^()\n]{1,10}\))?[ \t]+till[ \t]+(?:(?:förbundets|föreningens|organisationens|"
                       r"ny|nya|tf\.|t\.f\.|ordinarie|vice)[ \t]+)*(?P<title>(?:[a-zåäö]*(?:ordförande|ledare|"
                       r"sekreterare|direktör|chef|ombudsman|koordinator|samordnare|rektor)|vd))(?![\w-])")
REACH = 160  # characters before the name the subject and the verb may stand in
_GOVERNING = ("hallitus", "johtokunta", "valtuusto", "kokous", "styrelse", "möte", "fullmäktige", "mötet")


def appointed_post(person: Mention, mentions: SpanIndex[Mention], text: str, sentence_start: int,
                   morph: Morphology) -> tuple[str, str] | None:
    """(post, organisation IRI) of "<subject> <chooses> <person> <title>", else None. `mentions`: the document's
    mentions by position; `sentence_start`: where the person's sentence begins."""
    fi = _FI_TITLE.match(text, person.end)
    sv = _SV_TITLE.match(text, person.end) if fi is None else None
    hit = fi or sv
    if hit is None:
        return None
    post = office_title(hit["title"], morph) if fi else hit["title"].lower()
    if not post:
        return None
    base = max(sentence_start, person.start - REACH)
    verbs = list(_CHOOSES.finditer(text, base, person.start))
    if not verbs or text[verbs[-1].end():person.start].strip():
        return None  # the verb right before the name: "valitsi Anna Virran", "utsåg Anna Lind"
    verb_at = verbs[-1].start()
    before = [x for x in mentions.starting_in(base, verb_at) if x.iri and x.type in ORG_TYPES]
    owner = next((x for x in reversed(before) if x.type != "Body"), None)
    if owner is None and before:  # "KSF:s styrelse utsåg": the board's owner, named so elsewhere in the document
        owner = _board_owner(before[-1], mentions, text)
    return (post, owner.iri) if owner is not None and owner.iri else None


_OWNER_WORD = re.compile(r"(?P<name>[A-ZÅÄÖ][\w-]*?)(?::s|:n|s|n)[ \t]+$")


def _board_owner(board: Mention, mentions: SpanIndex[Mention], text: str) -> Mention | None:
    """The organisation whose board or meeting chooses: the name written in the genitive right before the board's
    word ("KSF:s styrelse"), when the document names an organisation so."""
    if not board.label.lower().endswith(_GOVERNING):
        return None
    hit = _OWNER_WORD.search(text, max(0, board.start - 40), board.start)
    if hit is None:
        return None
    name = hit["name"].lower()
    return next((x for x in mentions.spans if x.iri and x.type in ORG_TYPES and x.type != "Body"
                 and x.label.lower() == name), None)
