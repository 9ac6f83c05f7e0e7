"""The genitive that opens a regional council's Finnish name ("Hämeen liitto", "Pohjois-Karjalan maakuntaliitto")
names the council's own organs: "Hämeen maakuntahallitus" is the board of Hämeen liitto.

Most councils are named after a region the gazetteer knows ("Keski-Suomen liitto": Keski-Suomi), so the region's
genitive before "maakuntahallitus" was read as its owner already. A council whose name is an older or wider area
than its region's official name ("Hämeen liitto" for Kanta-Häme) left the genitive unread and the board bare
("Maakuntahallitus", no owner); the council's own name, from the reference data, says whose board it is.
"""

from __future__ import annotations

import re

from welfare_kg.extract.gazetteer import Gazetteer

# the organs only a regional council has (kuntalaki 410/2015 58 §; FACTS.md Body): its assembly and its board
REGIONAL_ORGANS = frozenset({"maakuntahallitus", "maakuntavaltuusto"})
# "Hämeen liitto", "Etelä-Savon maakuntaliitto": a genitive, then the council's kind word
_COUNCIL_NAME = re.compile(r"([A-ZÅÄÖ][a-zåäö]*(?:-[A-ZÅÄÖ][a-zåäö]*)*n) (?:maakunta)?liitto")


def council_genitives(gazetteer: Gazetteer) -> frozenset[str]:
    """The genitives that open the Finnish names of the joint authorities the reference data holds, where the name
    is a council's ("X liitto", "X maakuntaliitto")."""
    out = set()
    for ent in gazetteer.entities.values():
        if ent.type != "JointAuthority":
            continue
        for name in (ent.label, *ent.labels):
            if (m := _COUNCIL_NAME.fullmatch(name)) is not None:
                out.add(m.group(1))
    return frozenset(out)
