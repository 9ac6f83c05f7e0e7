"""Namespaces of the vocabularies welfare-kg writes, with its own terms as a closed set.

`WKG` is a `DefinedNamespace` with `_fail = True`: referring to a term that the ontology
does not define raises at import time, which keeps code and ontology in step.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

BASE = "https://w3id.org/welfare-kg/"


class WKG(DefinedNamespace):
    """welfare-kg ontology terms (ontology/welfare.ttl)."""

    _fail = True
    _NS = Namespace(BASE + "ontology#")

    # organisations and areas
    Ministry: URIRef
    Agency: URIRef
    CompetenceCentre: URIRef
    CooperationArea: URIRef
    Region: URIRef
    Municipality: URIRef
    JointAuthority: URIRef
    WellbeingCounty: URIRef
    Company: URIRef
    Association: URIRef
    Parish: URIRef
    Body: URIRef
    # undertakings
    Project: URIRef
    Programme: URIRef
    WorkPackage: URIRef
    Agreement: URIRef
    Person: URIRef
    # documents and decisions
    Document: URIRef
    Meeting: URIRef
    Decision: URIRef
    Fact: URIRef
    ReferenceData: URIRef
    # the scored relations
    funds: URIRef
    coordinates: URIRef
    participatesIn: URIRef
    contributes: URIRef
    partOf: URIRef
    coversArea: URIRef
    holdsPost: URIRef
    decides: URIRef
    # fact records (qualified relations with evidence)
    subject: URIRef
    predicate: URIRef
    object: URIRef
    amount: URIRef
    amountQualifier: URIRef
    postTitle: URIRef
    evidence: URIRef
    charStart: URIRef
    charEnd: URIRef
    rule: URIRef
    confidence: URIRef
    # documents
    mentions: URIRef
    kind: URIRef
    checksum: URIRef
    fileName: URIRef
    ingestedAt: URIRef
    # the derived entity layer (graph/entities.py)
    mentionCount: URIRef
    displayLabel: URIRef
    mentionedEntity: URIRef
    mentionedIn: URIRef
    mentionedAs: URIRef
    mentionedName: URIRef
    # minutes
    section: URIRef
    recordNumber: URIRef
    preparer: URIRef
    presenter: URIRef
    proposal: URIRef
    decisionText: URIRef
    outcome: URIRef
    appeal: URIRef
    meeting: URIRef
    body: URIRef
    about: URIRef
    # reference data
    municipalityCode: URIRef
    regionCode: URIRef
    region: URIRef
    wellbeingCounty: URIRef
    cooperationArea: URIRef
    hostedBy: URIRef
    contactData: URIRef


ORG = Namespace("http://www.w3.org/ns/org#")
SDO = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
BESLUIT = Namespace("http://data.vlaanderen.be/ns/besluit#")
CPOV = Namespace("http://data.europa.eu/m8g/")
ID = Namespace(BASE + "id/")
GRAPH = Namespace(BASE + "graph/")
REFERENCE_GRAPH = URIRef(BASE + "graph/reference")

PREFIXES: dict[str, str] = {
    "wkg": str(WKG._NS),
    "id": str(ID),
    "org": str(ORG),
    "schema": str(SDO),
    "prov": str(PROV),
    "besluit": str(BESLUIT),
    "cpov": str(CPOV),
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}

# class local name -> IRI path segment for minted entity IRIs
TYPE_SLUGS: dict[str, str] = {
    "Ministry": "ministry",
    "Agency": "agency",
    "CompetenceCentre": "competence-centre",
    "CooperationArea": "cooperation-area",
    "Region": "region",
    "Municipality": "municipality",
    "JointAuthority": "joint-authority",
    "WellbeingCounty": "wellbeing-county",
    "Company": "company",
    "Association": "association",
    "Parish": "parish",
    "Body": "body",
    "Project": "project",
    "Programme": "programme",
    "WorkPackage": "work-package",
    "Agreement": "agreement",
    "Person": "person",
}


#: The relations a fact can state (the wkg:predicate of a wkg:Fact), in the ontology's order. The one
#: list that extraction rules, SHACL shapes, map views, the evaluation and command-line choices are
#: read from or checked against (tests/test_vocabulary.py holds the ontology and shapes to it).
RELATIONS: tuple[str, ...] = (
    "funds", "coordinates", "participatesIn", "contributes", "partOf", "coversArea", "holdsPost", "decides",
)
