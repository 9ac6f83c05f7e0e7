"""Hospital districts named by their abbreviations ("PKSSHP", "EKSHP:n hallitus", "KPSHP ja Kokkolan kaupunki").

Until 2022 the twenty hospital districts (sairaanhoitopiirit) were joint municipal authorities, and documents name
them by abbreviations made on one pattern: the initials of the district's place name and SHP for *sairaanhoitopiiri*
("Etelä-Karjalan sairaanhoitopiiri" EKSHP, "Pohjois-Savon sairaanhoitopiiri" PSSHP, "Keski-Pohjanmaan" KPSHP). The
reference data lists the abbreviations a source gave (data/joint_authorities.csv); the others were read by the acronym
rules as associations of their own, or not at all. Two general readings fix both, with no list of documents' names:

- an abbreviation in capitals that ends in SHP is a hospital district, a JointAuthority, never an Association or a
  Company (hospital districts' abbreviations end so, and no other kind of Finnish organisation's does);
- its initials, compared with the district names of the reference data ("X-Yn sairaanhoitopiiri", an alternative
  label of the joint authority that ran the district), say which district it is; one no name gives stays a
  JointAuthority of its own, named by the abbreviation.
"""

from __future__ import annotations

import re
from functools import lru_cache

from welfare_kg.extract.gazetteer import Gazetteer, KnownEntity
from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.names import fold
from welfare_kg.extract.resolve import mint

RULE = "hospital-district-acronym"
# "PKSSHP", "EKSHP:n", "KPSHP:ssä": capitals ending in SHP, a case ending after a colon
_ACRONYM = re.compile(r"(?<![\w-])([A-ZÅÄÖ]{1,5}SHP)(?::[a-zåäö]{1,5})?(?![\w-])")
_DISTRICT = re.compile(r"^([A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?)n sairaanhoitopiiri$")
_RETYPED = {"Association", "Company"}
# the case an abbreviation's ending after the colon gives (Voikko's names); "PKSSHP" bare is in the nominative
_CASES = (("n", "omanto"), ("ssa", "sisaolento"), ("ssä", "sisaolento"), ("sta", "sisaeronto"),
          ("stä", "sisaeronto"), ("lle", "ulkotulento"), ("lla", "ulkoolento"), ("llä", "ulkoolento"),
          ("lta", "ulkoeronto"), ("ltä", "ulkoeronto"), ("ksi", "tulento"), ("na", "olento"), ("nä", "olento"),
          ("ta", "osanto"), ("tä", "osanto"), ("aan", "sisatulento"), ("ään", "sisatulento"), ("iin", "sisatulento"))


def _case(written: str) -> str:
    ending = written.partition(":")[2]
    return "nimento" if not ending else next((c for e, c in _CASES if ending == e), "muu")


def district_initials(label: str) -> str | None:
    """The abbreviation a district's name makes: "Etelä-Karjalan sairaanhoitopiiri" -> EKSHP."""
    m = _DISTRICT.match(label)
    return "".join(part[0] for part in m.group(1).split("-")).upper() + "SHP" if m else None


def _identity(acr: str, known: dict[str, KnownEntity]) -> tuple[str, str, str | None]:
    """(label, IRI, identity key) of an abbreviation: its district's where the initials name one, else its own."""
    ent = known.get(acr)
    return (ent.label, ent.iri, None) if ent else (acr, mint("JointAuthority", fold(acr)), fold(acr))


@lru_cache(maxsize=4)
def _districts(gaz: Gazetteer) -> dict[str, KnownEntity]:
    """Abbreviation -> the joint authority whose district name makes it; one two districts make is left out."""
    found: dict[str, set[str]] = {}
    for ent in gaz.entities.values():
        if ent.type != "JointAuthority":
            continue
        for label in ent.labels:
            if (acr := district_initials(label)) is not None:
                found.setdefault(acr, set()).add(ent.iri)
        for acr in ent.acronyms:
            if acr.endswith("SHP"):
                found.setdefault(acr, set()).add(ent.iri)
    return {acr: gaz.entities[next(iter(iris))] for acr, iris in found.items() if len(iris) == 1}


def hospital_district_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                               gaz: Gazetteer) -> list[list[Mention]]:
    """Hospital districts' abbreviations read as JointAuthority: an organisation another rule typed otherwise is
    retyped, an abbreviation no rule read becomes a mention of its own."""
    if "SHP" not in text:
        return per_sentence
    known = _districts(gaz)
    read: list[tuple[int, int]] = []
    for ms in per_sentence:
        for m in ms:
            read.append((m.start, m.end))
            acr = _ACRONYM.fullmatch(m.surface)
            if m.type in _RETYPED and acr is not None:
                m.type = "JointAuthority"
                m.label, m.iri, m.key = _identity(acr.group(1), known)
                m.rule = RULE
    added = []
    for hit in _ACRONYM.finditer(text):
        a, b = hit.start(1), hit.end(1)
        if any(s < b and a < e for s, e in read):
            continue
        acr = hit.group(1)
        label, iri, key = _identity(acr, known)
        added.append(Mention(start=a, end=b, surface=acr, label=label, type="JointAuthority", rule=RULE, iri=iri,
                             key=key, parts=(acr,), case=_case(hit.group(0))))
    return insert_mentions(per_sentence, starts, added) if added else per_sentence
