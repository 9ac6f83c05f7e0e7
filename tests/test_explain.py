"""graph/explain.py on the example store: facts with their sentences, ambiguous and unknown names."""

from __future__ import annotations

import pytest

from welfare_kg.graph.explain import explain_entity, find_entity, label_of
from welfare_kg.graph.store import KGStore

ID = "https://w3id.org/welfare-kg/id/"
RANUA = ID + "municipality/683"


def test_a_known_fact_with_its_source_and_sentence(store: KGStore) -> None:
    text = explain_entity(store, "Ranua")
    lines = text.splitlines()
    assert lines[0] == f"Ranua <{RANUA}>"
    i = next(i for i, line in enumerate(lines)
             if line == "- Ranua participatesIn Lastensuojelun monialainen kehittäminen Pohjois-Suomessa")
    assert lines[i + 1].startswith("    001_d75b322a21f9d1b5.txt chars ") and "rule participatesIn:" in lines[i + 1]
    assert lines[i + 2].startswith("    “") and "kuntasitoumuksen" in lines[i + 2]
    # reference data about the municipality follows the facts
    assert "- municipalityCode 683   [reference data]" in lines
    assert "- region Lappi   [reference data]" in lines
    assert "- cooperationArea Pohjois-Suomen yhteistyöalue   [reference data]" in lines


def test_every_fact_about_the_entity_is_listed(store: KGStore) -> None:
    """Each fact the store holds with Ranua as subject or object gives one line, with its document and rule."""
    rows = list(store.query(f"""SELECT ?s ?p ?o ?doc ?rule WHERE {{
        ?f a wkg:Fact ; wkg:subject ?s ; wkg:predicate ?p ; wkg:object ?o ; wkg:rule ?rule ;
           prov:wasDerivedFrom ?d . ?d wkg:fileName ?doc .
        FILTER(?s = <{RANUA}> || ?o = <{RANUA}>) }}"""))
    assert rows
    text = explain_entity(store, RANUA)
    for r in rows:
        p = r["p"].value.rsplit("#", 1)[-1]
        assert f"- {label_of(store, r['s'].value)} {p} {label_of(store, r['o'].value)}" in text
        assert f"{r['doc'].value} " in text and f"rule {r['rule'].value}" in text
    assert text.count("\n- ") - text.count("[reference data]") == len(rows)


def test_names_in_any_form_and_case_find_the_same_entity(store: KGStore) -> None:
    assert find_entity(store, "Ranua") == RANUA
    assert find_entity(store, "RANUA") == RANUA
    assert find_entity(store, RANUA) == RANUA
    assert explain_entity(store, "ranua") == explain_entity(store, RANUA)


def test_a_name_of_several_entities_is_refused_with_all_of_them(store: KGStore) -> None:
    row = next(iter(store.query("""SELECT ?l (GROUP_CONCAT(DISTINCT STR(?e); separator=" ") AS ?es) WHERE {
        ?e skos:prefLabel|skos:altLabel|skos:hiddenLabel ?l . ?e a ?t . FILTER(STRSTARTS(STR(?t), STR(wkg:)))
      } GROUP BY ?l HAVING (COUNT(DISTINCT ?e) > 1) ORDER BY ?l LIMIT 1""")))
    name, iris = row["l"].value, sorted(row["es"].value.split())
    with pytest.raises(LookupError, match="several entities have this name") as info:
        find_entity(store, name)
    assert str(info.value) == f"{name}: several entities have this name: " + ", ".join(iris)
    with pytest.raises(LookupError):
        explain_entity(store, name)


def test_an_unknown_name(store: KGStore) -> None:
    with pytest.raises(LookupError, match="Atlantis: no entity with this name"):
        explain_entity(store, "Atlantis")


def test_an_iri_the_store_does_not_have(store: KGStore) -> None:
    iri = ID + "project/does-not-exist"  # a typo in an IRI: an error, not an entity without facts
    with pytest.raises(LookupError, match="does-not-exist: no such entity in the store"):
        explain_entity(store, iri)
