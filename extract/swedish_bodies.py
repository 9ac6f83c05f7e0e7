"""Names of a Swedish-language municipality's bodies as Swedish writes them.

Finnish names a board with the municipality's genitive in -n ("Kemiönsaaren kunnanhallitus"),
Swedish with a genitive -s on the nominative ("Kimitoöns kommunstyrelse", "Jakobstads
stadsstyrelse"), and refers to it by its definite form ("Kommunstyrelsen", "Nämnden"). A
Swedish municipality name that happens to end in -n ("Kimitoön") is no genitive, so the
Finnish rule would write "Kimitoön kommunstyrelse".
"""

from __future__ import annotations

import re

from welfare_kg.extract.model import Extraction, Mention

SWEDISH_BODY = re.compile(r"(nämnd|styrelse|fullmäktige|direktion|sektion)$", re.IGNORECASE)
DEFINITE = re.compile(r"(nämnden|styrelsen|fullmäktige|direktionen|sektionen)$", re.IGNORECASE)


def swedish_body_labels(out: Extraction, mentions: list[Mention]) -> None:
    """Give the municipality's Swedish bodies their Swedish names (in place)."""
    muni = out.municipality
    if not muni:
        return
    written = [m.surface.split()[0] for m in mentions if m.iri == muni and m.surface.split()]
    nominative = next((w for w in written if not w.lower().endswith("s")), None)
    if nominative and nominative.isupper():
        nominative = "-".join(p.capitalize() for p in nominative.split("-"))  # "KRONOBY" in a letterhead
    for ent in out.entities.values():
        if ent.type != "Body" or not (ent.attrs.get("municipality") == muni or muni.rsplit("/", 1)[-1] in ent.iri):
            continue
        bare = ent.label.split()[-1]
        if not SWEDISH_BODY.search(bare):
            continue
        if nominative and ent.label == f"{nominative} {bare}":  # the Finnish rule took a nominative for a genitive
            ent.labels.discard(ent.label)
            ent.label = f"{nominative}s {bare}"
        elif nominative and ent.label.lower() == bare.lower():  # "Kommunstyrelse": every municipality has one
            ent.labels.add(ent.label)
            ent.label = f"{nominative}s {bare.lower()}"
            ent.attrs["municipality"] = muni
        elif nominative and not any(x.startswith(f"{nominative}s ") for x in ent.labels):
            ent.labels.add(f"{nominative}s {bare}")
        ent.labels.add(ent.label)
        if nominative and ent.label.startswith(f"{nominative}s "):
            ent.labels.add(f"{nominative} {ent.label.split()[-1]}")  # "Kronoby kommunstyrelse": Swedish writes both
        for s in ent.surfaces:  # "Kommunstyrelsen" as the minutes write it
            word = s.split()[-1] if s.split() else ""
            if DEFINITE.search(word) and word[:1].isupper():
                ent.labels.add(word)
