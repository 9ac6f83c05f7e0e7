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

SWEDISH_BODY = re.compile(r"(nämnd|styrelse|fullmäktige|direktion|sektion|råd)$", re.IGNORECASE)  # råd: äldreråd
DEFINITE = re.compile(r"(nämnden|styrelsen|fullmäktige|direktionen|sektionen|rådet)$", re.IGNORECASE)


def swedish_body_labels(out: Extraction, mentions: list[Mention]) -> None:
    """Give the municipality's Swedish bodies their Swedish names (in place)."""
    muni = out.municipality
    if not muni:
        return
    written = [m.surface.split()[0] for m in mentions if m.iri == muni and m.surface.split()]
    headed = [m.surface.split()[0] for m in mentions if m.iri == muni and len(m.surface.split()) == 2
              and m.surface.split()[1].lower() in {"stad", "kommun"}]  # "NÄRPES STAD": the town's own letterhead
    nominative = _swedish_nominative(written, muni) or _own_s_name(headed, muni)
    if nominative and nominative.isupper():
        nominative = "-".join(p.capitalize() for p in nominative.split("-"))  # "KRONOBY" in a letterhead
    genitive = nominative if nominative and nominative.endswith(("s", "x", "z")) else f"{nominative}s"
    for ent in out.entities.values():
        if ent.type != "Body" or not (ent.attrs.get("municipality") == muni or muni.rsplit("/", 1)[-1] in ent.iri):
            continue
        bare = ent.label.split()[-1]
        if nominative and DEFINITE.search(bare):
            # "VÅRD- OCH OMSORGSNÄMNDEN" under "PEDERSÖRE KOMMUN": the resolver gave it to the town, as a Finnish
            # body with the town's genitive is given (document._add_body_labels); its name stays as written
            ent.attrs.setdefault("municipality", muni)
        if not SWEDISH_BODY.search(bare):
            continue
        if nominative and ent.label == f"{nominative} {bare}":  # the Finnish rule took a nominative for a genitive
            ent.labels.discard(ent.label)
            ent.label = f"{genitive} {bare}"
        elif nominative and ent.label.lower() == bare.lower():  # "Kommunstyrelse": every municipality has one
            ent.labels.add(ent.label)
            ent.label = f"{genitive} {bare.lower()}"
            ent.attrs["municipality"] = muni
        elif nominative and not any(x.startswith(f"{genitive} ") for x in ent.labels):
            ent.labels.add(f"{genitive} {bare}")
        ent.labels.add(ent.label)
        if nominative and genitive != nominative and ent.label.startswith(f"{genitive} "):
            ent.labels.add(f"{nominative} {ent.label.split()[-1]}")  # "Kronoby kommunstyrelse": Swedish writes both
        for s in ent.surfaces:  # "Kommunstyrelsen" as the minutes write it
            word = s.split()[-1] if s.split() else ""
            if DEFINITE.search(word) and word[:1].isupper():
                ent.labels.add(word)


def _own_s_name(written: list[str], muni: str) -> str | None:
    """A Swedish town name that ends in -s itself ("NÄRPES STAD"): its genitive is the same word, so the form
    written with the town's head is the nominative when the reference data spells the town so. Only with the
    head: a bare "Pargas" may be where another organisation meets."""
    from welfare_kg.extract.gazetteer import reference_gazetteer

    known = reference_gazetteer().entities.get(muni)
    names = {x.lower() for x in known.labels} if known is not None else set()
    return next((w for w in written if w.lower() in names and w.lower().endswith("s")), None)


def _swedish_nominative(written: list[str], muni: str) -> str | None:
    """The town's Swedish name as the text writes it in the nominative: a name the reference data has for the
    town, other than its Finnish one where it has two. An inflected Finnish form in a bilingual text
    ("kaupungintalolla Paraisilla") is no name of the town, and "Parainen" is not the Swedish one."""
    from welfare_kg.extract.gazetteer import reference_gazetteer

    known = reference_gazetteer().entities.get(muni)
    if known is None:
        return next((w for w in written if not w.lower().endswith("s")), None)
    names = {x.lower() for x in known.labels}
    finnish = known.label.lower() if len(names) > 1 else None
    return next((w for w in written if w.lower() in names and w.lower() != finnish and not w.lower().endswith("s")),
                None)
