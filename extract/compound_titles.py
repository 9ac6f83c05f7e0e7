"""A title compounded with the name of the project or organisation it is held in: "VIRTA-ohjaaja Katja X",
"Verso-koordinaattori Pekka Y", "Kyläverkko-projektipäällikkö Anna Z".

Project pages write a project's staff so. The prose rules read the title word ("ohjaaja") but look for the
organisation around the title, where none is written: the name is inside the title itself. When the word before the
hyphen is the name of a project or an organisation the document names, the post is held there.
"""

from __future__ import annotations

import re

from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.posts import ORG_TYPES, office_title
from welfare_kg.extract.spans import SpanIndex

# the compound right before the name: a name, a hyphen, a lower-case title
_COMPOUND_BEFORE = re.compile(r"(?<![\w-])(?P<name>[A-ZÅÄÖ][\w]*)-(?P<title>[a-zåäö][\w]*)[ \t]+$")
_PROJECT_HEADS = (" -hanke", "-hanke", " hanke", " -projekti", "-projekti", " projekti")


def compound_title(person: Mention, mentions: SpanIndex[Mention], text: str,
                   morph: Morphology) -> tuple[str, str] | None:
    """(post, IRI) when the title before the name is compounded with a named project's or organisation's name."""
    hit = _COMPOUND_BEFORE.search(text, max(0, person.start - 60), person.start)
    if hit is None:
        return None
    title = office_title(hit["title"], morph)
    if title is None:
        return None
    name = hit["name"].lower()
    names = {name} | {name + head for head in _PROJECT_HEADS}
    owner = next((x for x in mentions.spans if x.iri and x.type in ORG_TYPES and x.type != "Body"
                  and x.label.lower() in names), None)
    return (title, owner.iri) if owner is not None and owner.iri else None
