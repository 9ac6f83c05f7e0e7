"""Turning mentions into entities with stable IRIs, within a document and across documents.

Reference entities keep their reference IRI. Other names get an IRI from their
identity key (content lemmas), so the same project under two wordings meets at one
IRI in every document. Merging is conservative and recorded: inside one document,
names that share an acronym, a name part or whose keys nest are one thing; across
documents only equal keys meet, and bare common nouns ("yhteistyösopimus") never do.
"""

from __future__ import annotations

from welfare_kg.extract.model import Entity, Mention
from welfare_kg.extract.names import fold
from welfare_kg.ontology.namespace import ID, TYPE_SLUGS

UNDERTAKINGS = {"Project", "Programme", "Agreement", "WorkPackage", "Association"}


def mint(type_: str, key: str) -> str:
    return str(ID[f"{TYPE_SLUGS[type_]}/{key}"])


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def resolve_undertakings(mentions: list[Mention], doc_key: str, area_slugs: set[str]) -> list[str]:
    """Assign IRIs to project/programme/agreement mentions; returns why clusters merged."""
    named = [m for m in mentions if m.type in UNDERTAKINGS and not m.generic]
    why: list[str] = []
    uf = _UnionFind(len(named))
    keys = [_keys(m) for m in named]
    for i in range(len(named)):
        for j in range(i + 1, len(named)):
            a, b = named[i], named[j]
            if a.type != b.type and not ({a.type, b.type} <= {"Project", "Programme", "WorkPackage"}):
                continue
            reason = None
            if a.acronym and (a.acronym == b.acronym or b.key == f"acronym:{a.acronym.lower()}"):
                reason = f"same acronym {a.acronym}"
            elif b.acronym and a.key == f"acronym:{b.acronym.lower()}":
                reason = f"same acronym {b.acronym}"
            elif keys[i] & keys[j]:
                reason = "same name or name part"
            elif a.type == b.type == "Agreement" and a.key and b.key and _nested(a.key, b.key):
                reason = "one name contains the other"
            if reason:
                if uf.find(i) != uf.find(j):
                    why.append(f"{a.label!r} = {b.label!r}: {reason}")
                uf.union(i, j)
    clusters: dict[int, list[int]] = {}
    for i in range(len(named)):
        clusters.setdefault(uf.find(i), []).append(i)
    for members in clusters.values():
        ms = [named[i] for i in members]
        typ = _cluster_type(ms)
        key = _canonical_key(ms, area_slugs)
        iri = mint(typ, key) if key else mint(typ, f"{doc_key}-{fold(ms[0].label)}")
        # a programme or fund in the reference data keeps its reference IRI, one node for all spellings
        known = next((m for m in ms if m.rule == "gazetteer" and m.iri), None)
        if known is not None:
            typ, iri = known.type, known.iri
        for m in ms:
            m.iri, m.type = iri, typ
    # bare common nouns: the one named thing of that kind in this document, or their own local node
    for m in mentions:
        if m.type in UNDERTAKINGS and m.generic:
            same = {x.iri for x in named if x.type == m.type and m.label in x.label.lower()}
            if len(same) == 1:
                m.iri = same.pop()
                why.append(f"{m.label!r} refers to the only {m.type} named in the document")
            else:
                m.iri = mint(m.type, f"{doc_key}-{fold(m.label)}")
    return why


def _keys(m: Mention) -> set[str]:
    """The mention's identity key, when it is a real multi-word key (not an acronym's)."""
    out = {m.key} if m.key and not m.key.startswith("acronym:") and "-" in m.key else set()
    return out


def _nested(a: str, b: str) -> bool:
    sa, sb = set(a.split("-")), set(b.split("-"))
    return (sa <= sb or sb <= sa) and min(len(sa), len(sb)) >= 2


def _cluster_type(ms: list[Mention]) -> str:
    types = [m.type for m in ms]
    for t in ("Programme", "Agreement", "Project", "WorkPackage", "Association"):
        if t in types and (t != "Programme" or types.count(t) * 2 >= len(types)):
            return t
    return types[0]


def _canonical_key(ms: list[Mention], area_slugs: set[str]) -> str | None:
    """The key that names this thing in every document: short, yet specific.

    Keys containing a place keep projects of different areas apart; among the
    rest the shortest key with at least two words is the one other documents are
    most likely to use as well.
    """
    keys = sorted({m.key for m in ms if m.key and not m.key.startswith("acronym:")},
                  key=lambda k: (len(k.split("-")), k))
    if not keys:
        acr = next((m.acronym or m.label for m in ms if m.key and m.key.startswith("acronym:")), None)
        return fold(acr) if acr else None
    with_area = [k for k in keys if any(a in k for a in area_slugs)]
    pool = with_area or keys
    multi = [k for k in pool if len(k.split("-")) >= 2]
    return (multi or pool)[0]


def entities_from_mentions(mentions: list[Mention], reference_labels: dict[str, str]) -> dict[str, Entity]:
    out: dict[str, Entity] = {}
    for m in mentions:
        if not m.iri:
            continue
        ent = out.get(m.iri)
        if ent is None:
            label = reference_labels.get(m.iri, m.label)
            ent = out[m.iri] = Entity(iri=m.iri, type=m.type, label=label, reference=m.iri in reference_labels)
        ent.mentions.append(m)
        ent.surfaces.add(m.surface)
        ent.labels.add(m.label)
        ent.labels.update(m.parts)
        if m.acronym:
            ent.labels.add(m.acronym)
            ent.attrs["acronym"] = m.acronym
    for ent in out.values():
        if not ent.reference:
            named = [m for m in ent.mentions if not m.generic]
            if named:
                ent.label = preferred_name(sorted(named, key=lambda m: m.start))
    return out


def preferred_name(mentions: list[Mention]) -> str:
    """A document's name for a thing: how it first names it in full, without subtitle or period.

    The first full mention is usually the title or the most formal wording; its first
    part ("Tuki oikeasta paikasta" of "Tuki oikeasta paikasta (TOP) - Länsi-Suomen ...")
    is the name people use. Acronyms alone are a last resort.
    """
    full = [m for m in mentions if not m.label.isupper()] or mentions
    first = full[0]
    part = next((p for p in first.parts if len(p.split()) >= 2 and not p.endswith(("-hanke", "-ohjelma"))), None)
    return part or first.label
