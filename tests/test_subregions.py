"""Statistics Finland's sub-regions (seutukunnat) in the reference data and in running text.

The counts follow data/SOURCES.md (subregions.csv): 69 units in the 2025 classification, each of the 308
municipalities in exactly one. The names must not take a town's, a region's or an organisation's name, and
the recogniser must find the units in inflected Finnish and Swedish without reading common words as areas.
"""

from __future__ import annotations

import csv
import shutil
from collections import Counter
from pathlib import Path

import pytest
from helpers import found
from rdflib import RDF, Graph, Literal
from rdflib.namespace import SKOS

from welfare_kg.data import build_reference, load_reference
from welfare_kg.extract.entities import Recogniser
from welfare_kg.extract.gazetteer import reference_gazetteer
from welfare_kg.ontology.namespace import ID, WKG

DATA = Path(build_reference.__file__).parent
UNIT = str(ID["cooperation-area/"])


def rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def g() -> Graph:
    return load_reference()


def units(g: Graph) -> set[str]:
    """The sub-regions: cooperation areas with an "SK" notation (the five social welfare areas have none)."""
    return {str(s) for s, n in g.subject_objects(SKOS.notation)
            if str(s).startswith(UNIT) and str(n).startswith("SK")}


def test_69_units_of_2025(g: Graph) -> None:
    table = rows("subregions.csv")
    assert len(table) == 69
    assert len({r["code"] for r in table}) == 69
    assert len(units(g)) == 69
    assert all(WKG.CooperationArea in set(g.objects(ID[f"cooperation-area/{r['slug']}"], RDF.type)) for r in table)


def test_every_municipality_is_in_exactly_one_unit_of_its_own_region(g: Graph) -> None:
    present = {r["code"]: r["region_code"] for r in rows("municipalities.csv")}
    members = Counter()
    for r in rows("subregions.csv"):
        for ref in r["members"].split("|"):
            code = ref.removeprefix("municipality:")
            assert code in present, (r["slug"], ref)  # a real municipality of 2025
            assert present[code] == r["region_code"], (r["slug"], code)
            members[code] += 1
    assert set(members) == set(present) and set(members.values()) == {1}
    # in the graph: each municipality is wkg:partOf one unit
    sub = units(g)
    for code in present:
        wholes = [o for o in g.objects(ID[f"municipality/{code}"], WKG.partOf) if str(o) in sub]
        assert len(wholes) == 1, code


def test_known_members(g: Graph) -> None:
    def of(slug: str) -> set[str]:
        return {str(s).rsplit("/", 1)[1] for s in g.subjects(WKG.partOf, ID[f"cooperation-area/{slug}"])}

    assert of("raahen-seutukunta") == {"625", "678", "748"}  # Pyhäjoki, Raahe, Siikajoki
    assert of("kehys-kainuun-seutukunta") == {"105", "290", "620", "777"}  # Hyrynsalmi, Kuhmo, Puolanka, Suomussalmi
    # Kruunupyy, Luoto, Pietarsaari, Pedersöre, Uusikaarlepyy
    assert of("jakobstadsregionen") == {"288", "440", "598", "599", "893"}
    assert len(of("helsingin-seutukunta")) == 17
    assert g.value(ID["cooperation-area/raahen-seutukunta"], WKG.region) == ID["region/17"]


def test_no_name_is_shared_with_another_entity(g: Graph) -> None:
    """A shared name would make the gazetteer pick one of them by type priority: the area would take the town."""
    owner: dict[str, set[str]] = {}
    for s, p, o in g:
        if p in (SKOS.prefLabel, SKOS.altLabel) and isinstance(o, Literal):
            owner.setdefault(" ".join(str(o).lower().split()), set()).add(str(s))
    sub = units(g)
    shared = {name: iris for name, iris in owner.items() if len(iris) > 1 and iris & sub}
    assert not shared, shared


def test_a_municipality_in_two_units_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for f in DATA.glob("*.csv"):
        shutil.copy(f, tmp_path / f.name)
    text = (tmp_path / "subregions.csv").read_text(encoding="utf-8")
    # Siikajoki (748) also written into the Oulu unit
    (tmp_path / "subregions.csv").write_text(text.replace("municipality:564|", "municipality:564|municipality:748|"),
                                             encoding="utf-8")
    monkeypatch.setattr(build_reference, "DATA_DIR", tmp_path)
    with pytest.raises(ValueError, match="748"):
        build_reference.build_graph(former=False)


@pytest.mark.parametrize(("text", "iri"), [
    ("Hanke toteutetaan Vakka-Suomen seutukunnassa kahden vuoden aikana.", "vakka-suomen-seutukunta"),
    ("Toimintaa on Ylä-Savon seutukunnan alueella.", "yla-savon-seutukunta"),
    ("Hanke kattaa koko Kehys-Kainuun.", "kehys-kainuun-seutukunta"),
    ("Kehys-Kainuussa on neljä kuntaa.", "kehys-kainuun-seutukunta"),
    ("Yhdistys toimii Ylä-Savossa ja Koillismaalla.", "yla-savon-seutukunta"),
    ("Raahen seutukunnassa asuu paljon nuoria perheitä.", "raahen-seutukunta"),
    ("Helsingin seutukunnan kunnat sopivat asiasta.", "helsingin-seutukunta"),
    ("Mukana ovat Saarijärven-Viitasaaren seutukunnan kunnat.", "saarijarven-viitasaaren-seutukunta"),
    ("Hanke toimii Tunturi-Lapissa.", "tunturi-lapin-seutukunta"),
    ("Kuntien yhteistyö Järviseudulla tiivistyy.", "jarviseudun-seutukunta"),
    ("Kuusiokunnat sopivat yhteisestä hankkeesta.", "kuusiokuntien-seutukunta"),
    ("Projektet genomförs i Jakobstadsregionen.", "jakobstadsregionen"),
    ("Jakobstadsregionens kommuner samarbetar.", "jakobstadsregionen"),
    ("Projektet genomförs i Ålands skärgård.", "alands-skargard"),
    ("Åbolands kommuner deltar i projektet.", "aboland-turunmaan-seutukunta"),
    # the area's municipalities, named by the area's genitive, are the area
    ("Kehys-Kainuun kunnat sopivat yhteistyöstä.", "kehys-kainuun-seutukunta"),
    ("Palvelua tarjotaan Itä-Lapin kunnissa.", "ita-lapin-seutukunta"),
])
def test_inflected_unit(recogniser: Recogniser, text: str, iri: str) -> None:
    areas = [m for m in found(recogniser, text) if m[0] == "CooperationArea"]
    assert areas and areas[0][1] == f"cooperation-area/{iri}", found(recogniser, text)


@pytest.mark.parametrize(("text", "iri"), [
    ("Raahessa avattiin uusi palvelukeskus.", "municipality/678"),  # the town keeps its name
    ("Oulunkaaren kuntayhtymä järjesti koulutuksen.", "joint-authority/oulunkaari"),  # not the unit Oulunkaari
    ("Projektet genomförs i Norra Savolax.", "region/11"),  # the region's Swedish name, not Ylä-Savo's
    ("Kainuussa on kahdeksan kuntaa.", "region/18"),  # the region, not Kehys-Kainuu
])
def test_names_of_other_entities_stay_theirs(recogniser: Recogniser, text: str, iri: str) -> None:
    assert iri in [m[1] for m in found(recogniser, text)], found(recogniser, text)
    assert not [m for m in found(recogniser, text) if m[0] == "CooperationArea"], found(recogniser, text)


@pytest.mark.parametrize("text", [
    "Seutu on kaunis, saaristo laaja ja järviseutu houkuttelee matkailijoita.",
    "Koko seutu hyötyy hankkeesta, ja saaristossa ja järviseudulla asuu väkeä.",
    "Seudun kunnat ja seutukunnan yritykset tekevät yhteistyötä.",
    "Skärgården och landsbygden lockar turister.",
])
def test_common_words_are_no_area(recogniser: Recogniser, text: str) -> None:
    assert not [m for m in found(recogniser, text) if m[0] in {"CooperationArea", "Region"}], found(recogniser, text)


def test_an_area_has_no_mailbox() -> None:
    """A unit's name is no e-mail domain: "kuusiokunnat.fi" belongs to an organisation, never to the sub-region."""
    gaz = reference_gazetteer()
    assert all("cooperation-area/" not in iri for _, iri in gaz.folded_labels)
    found_iri = gaz.by_domain("kuusiokunnat.fi")
    assert found_iri is None or "cooperation-area/" not in found_iri
