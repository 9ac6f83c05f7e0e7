"""Former Finnish municipalities (merged or abolished since 1990) as reference entities.

Minutes and pages written before a merger name the municipality that existed then ("Haukiputaan
kunnanhallitus", "Nastolan kunta"). Without an entity of its own such a name is no municipality to
the extractor at all, and mapping it onto the successor would put words in the successor's mouth: the
decision was Haukipudas's, not Oulu's. So every former municipality gets its own IRI from its own
Statistics Finland code, in the shape of a current municipality (types, prefLabels, code), plus
``dcterms:isReplacedBy`` to the current municipality its area now belongs to and
``schema:dissolutionDate`` with the year it ceased. The table is ``former_municipalities.csv``;
``SOURCES.md`` names its sources.

A former name that some entity of the graph already carries (Heinola, Lohja, Porvoo, Parainen and
Vöyri kept their names under a new code; Lappi is also the region) is refused: the gazetteer keeps one
entity per name, and the reading of such a name as the current entity is the right one far more often.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from rdflib import RDF, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SDO, SKOS

from welfare_kg.ontology.namespace import CPOV, ID, ORG, WKG

TABLE = Path(__file__).resolve().parent / "former_municipalities.csv"
SOURCE = (
    "Former municipalities: Statistics Finland (Tilastokeskus), lakkautetut kunnat (list of abolished "
    "municipalities, 2015) and the mergers of 2015-2018, read from the Meeris/kuntar repository; Swedish "
    "names from the LIPAS city list (lipas-liikuntapaikat/lipas); mergers of 2020, 2021 and 2025, see "
    "data/SOURCES.md"
)
COLUMNS = ["code", "name_fi", "name_sv", "ceased", "successor_code", "source"]


@dataclass(frozen=True)
class Refused:
    """A former municipality or label left out because an entity of the graph already has the name."""

    code: str
    name: str
    holder: str  # IRI of the entity that has the name


def _fold(name: str) -> str:
    return " ".join(name.casefold().split())


def _short_form(name: str) -> str:
    """'Jyväskylän maalaiskunta' -> 'Jyväskylän mlk': Statistics Finland's lists and many minutes
    abbreviate the rural municipality so; '' when the name has no such part."""
    return name[: -len("maalaiskunta")] + "mlk" if name.endswith("n maalaiskunta") else ""


def read_rows(path: Path = TABLE) -> list[dict[str, str]]:
    """Rows of the table, checked: a bad row is an error in the data, not something to skip."""
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != COLUMNS:
            raise ValueError(f"{path.name}: columns {reader.fieldnames} != {COLUMNS}")
        rows = [{k: (v or "").strip() for k, v in row.items()} for row in reader]
    seen: set[str] = set()
    for row in rows:
        code, successor = row["code"], row["successor_code"]
        for value in (code, successor):
            if not (len(value) == 3 and value.isdigit()):
                raise ValueError(f"{path.name}: bad municipality code {value!r}")
        if code in seen:
            raise ValueError(f"{path.name}: code {code} twice")
        seen.add(code)
        if not row["name_fi"] or not row["source"]:
            raise ValueError(f"{path.name} {code}: no Finnish name or no source")
        if not (row["ceased"].isdigit() and 1900 < int(row["ceased"]) < 2100):
            raise ValueError(f"{path.name} {code}: bad year {row['ceased']!r}")
    return rows


def _labels_in(g: Graph) -> dict[str, str]:
    """Folded label -> IRI of every typed entity already in the graph."""
    held: dict[str, str] = {}
    for s in set(g.subjects(RDF.type, None)):
        for p in (SKOS.prefLabel, SKOS.altLabel):
            for label in g.objects(s, p):
                held.setdefault(_fold(str(label)), str(s))
    return held


def add_former_municipalities(g: Graph, path: Path = TABLE) -> list[Refused]:
    """Add the former municipalities of ``path`` to ``g``; returns what was refused for its name.

    Call it after the current municipalities and organisations are in ``g``: successors must be
    there, and their labels are what a former name may not repeat. A former code that is a current
    municipality's code, or a successor that is not a municipality of ``g``, raises ValueError.
    """
    rows = read_rows(path)
    held = _labels_in(g)
    refused: list[Refused] = []
    added = 0
    for row in rows:
        code = row["code"]
        s = ID[f"municipality/{code}"]
        if (s, RDF.type, WKG.Municipality) in g:
            raise ValueError(f"former municipality {code} ({row['name_fi']}) has a current municipality's code")
        successor = ID[f"municipality/{row['successor_code']}"]
        if (successor, RDF.type, WKG.Municipality) not in g:
            raise ValueError(f"former municipality {code}: successor {row['successor_code']} is no municipality")
        holder = held.get(_fold(row["name_fi"]))
        if holder is not None:
            refused.append(Refused(code, row["name_fi"], holder))
            continue
        _add_one(g, s, row, successor, held, refused)
        added += 1
    if added:
        g.add((ID["dataset/reference"], DCTERMS.source, Literal(SOURCE)))
    return refused


def _add_one(g: Graph, s: URIRef, row: dict[str, str], successor: URIRef, held: dict[str, str],
             refused: list[Refused]) -> None:
    code = row["code"]
    g.add((s, RDF.type, WKG.Municipality))
    g.add((s, RDF.type, ORG.FormalOrganization))
    g.add((s, RDF.type, CPOV.PublicOrganisation))
    g.add((s, RDF.type, DCTERMS.Location))
    g.add((s, SKOS.prefLabel, Literal(row["name_fi"], lang="fi")))
    held[_fold(row["name_fi"])] = str(s)
    sv = row["name_sv"]
    if sv and _fold(sv) in held:
        refused.append(Refused(code, sv, held[_fold(sv)]))
    elif sv:
        g.add((s, SKOS.prefLabel, Literal(sv, lang="sv")))
        held[_fold(sv)] = str(s)
    short = _short_form(row["name_fi"])
    if short and _fold(short) not in held:
        g.add((s, SKOS.altLabel, Literal(short)))
        held[_fold(short)] = str(s)
    g.add((s, SKOS.notation, Literal(code)))
    g.add((s, WKG.municipalityCode, Literal(code)))
    g.add((s, DCTERMS.isReplacedBy, successor))
    g.add((s, SDO.dissolutionDate, Literal(row["ceased"], datatype=XSD.gYear)))
