"""An organisation's Swedish genitive read as a name of its own: "Aktiastiftelsen i Vasas utdelning",
"Sparbanken Skånes tre ägarstiftelser", "LokalTapiolas dispositionsfond".

Swedish marks the genitive with an -s on the last word of the whole name, so the recognisers that read a
Swedish organisation up to the noun it owns keep that -s, and the document then holds two organisations: the
foundation and its genitive. Voikko cannot tell the -s (it reads no Swedish), but the document can: when it
also names the organisation in the base form, a mention whose label is that base form plus a final -s is the
same organisation in the genitive. Without the base form in the document nothing changes ("Kallas", "Tukes"
and other names in -s stay as written).
"""

from __future__ import annotations

from collections.abc import Container

from welfare_kg.extract.model import Mention

# people have their own rule (person_forms.swedish_genitives); posts are no names
_SKIPPED = frozenset({"Person", "Post"})


def organisation_genitives(mentions: list[Mention], reference: Container[str]) -> None:
    """Give a mention "Xs" the label, key, type and IRI of a mention "X" of the same document (in place), once
    every mention has its IRI.

    A mention a reference entity resolved (an IRI in `reference`) keeps its own, and only an -s written on the
    name's last word counts ("X:s", an abbreviation's colon genitive, has rules of its own)."""
    bases: dict[str, Mention] = {}
    for m in mentions:
        if m.type not in _SKIPPED and m.iri and m.label and not m.label.endswith("s"):
            bases.setdefault(m.label.casefold(), m)
    if not bases:
        return
    for m in mentions:
        label = m.label
        if m.type in _SKIPPED or m.iri in reference or len(label) < 5 or not label.endswith("s") \
                or label.endswith("ss"):
            continue
        if not label[-2].isalpha() or not m.surface.endswith(label.rsplit(None, 1)[-1]):
            continue  # "SPR:s"; a surface inflected otherwise than its label ends
        base = bases.get(label[:-1].casefold())
        if base is None or base is m or base.generic:
            continue
        m.label, m.key, m.type, m.iri = base.label, base.key, base.type, base.iri
