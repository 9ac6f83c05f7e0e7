"""A synthetic corpus of Finnish minutes and news pages, with the facts each document states.

Benchmarks and tests need thousands of documents that look like the real ones
(several § items per file, record numbers, preparers with posts, decisions,
inflected place names, euro amounts) *and* an answer key, so that speed can be
measured together with recall of extraction. Everything is drawn from the bundled
reference data, so names resolve to the same IRIs as in real documents.

Place names appear inflected (genitive "Rovaniemen kaupunki", locative
"Pirkanmaalla"). Voikko cannot generate word forms, so genitives of municipality
names are produced by suffix rules and kept only when Voikko analyses the form back
to the name as a genitive; region forms are a hand-written table.

Output is deterministic for a seed: document *i* is drawn from its own RNG seeded by
``(seed, i)``, so the first N documents of a larger corpus are the N-document corpus.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SKOS

from welfare_kg.extract.model import Extraction
from welfare_kg.ontology.namespace import WKG

FACTS_FILE = "facts.jsonl"

# region name -> (genitive, locative); regions take -lla/-ssa by usage, which no rule predicts
REGION_FORMS: dict[str, tuple[str, str]] = {
    "Uusimaa": ("Uudenmaan", "Uudellamaalla"), "Varsinais-Suomi": ("Varsinais-Suomen", "Varsinais-Suomessa"),
    "Satakunta": ("Satakunnan", "Satakunnassa"), "Kanta-Häme": ("Kanta-Hämeen", "Kanta-Hämeessä"),
    "Pirkanmaa": ("Pirkanmaan", "Pirkanmaalla"), "Päijät-Häme": ("Päijät-Hämeen", "Päijät-Hämeessä"),
    "Kymenlaakso": ("Kymenlaakson", "Kymenlaaksossa"), "Etelä-Karjala": ("Etelä-Karjalan", "Etelä-Karjalassa"),
    "Etelä-Savo": ("Etelä-Savon", "Etelä-Savossa"), "Pohjois-Savo": ("Pohjois-Savon", "Pohjois-Savossa"),
    "Pohjois-Karjala": ("Pohjois-Karjalan", "Pohjois-Karjalassa"), "Keski-Suomi": ("Keski-Suomen", "Keski-Suomessa"),
    "Etelä-Pohjanmaa": ("Etelä-Pohjanmaan", "Etelä-Pohjanmaalla"), "Pohjanmaa": ("Pohjanmaan", "Pohjanmaalla"),
    "Keski-Pohjanmaa": ("Keski-Pohjanmaan", "Keski-Pohjanmaalla"),
    "Pohjois-Pohjanmaa": ("Pohjois-Pohjanmaan", "Pohjois-Pohjanmaalla"), "Kainuu": ("Kainuun", "Kainuussa"),
    "Lappi": ("Lapin", "Lapissa"),
}
# organisations written by their short name in running text (as the real pages do)
ID = "https://w3id.org/welfare-kg/id/"
FUNDERS = [(ID + "ministry/stm", "Sosiaali- ja terveysministeriö", "STM"),
           (ID + "ministry/okm", "Opetus- ja kulttuuriministeriö", "OKM"),
           (ID + "agency/thl", "Terveyden ja hyvinvoinnin laitos", "THL")]
COORDINATORS = ["Socca", "Verso", "Vasso", "Koske", "Poske", "Socom", "Sosiaalitaito", "Pikassos", "Essote",
                "Eksote", "Soite", "Kymsote", "Keusote"]
FIRST_NAMES = ["Anna", "Liisa", "Pekka", "Mikko", "Sari", "Jukka", "Tiina", "Matti", "Minna", "Timo", "Kirsi",
               "Heikki", "Päivi", "Jari", "Marja", "Hanna", "Johanna", "Juha", "Antti", "Elina", "Sanna", "Kari"]
SURNAMES = ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen",
            "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi",
            "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Rantanen", "Karjalainen"]
POSTS = ["sosiaalijohtaja", "perusturvajohtaja", "perhepalvelujohtaja", "hyvinvointikoordinaattori",
         "kehittämispäällikkö", "palvelupäällikkö", "vanhuspalvelujohtaja"]
BODIES = ["Perusturvalautakunta", "Hyvinvointilautakunta", "Sosiaali- ja terveyslautakunta",
          "Kunnanhallitus", "Perusturvan jaosto"]
# invented project names: genitive modifier + nominative head phrase (both stay as written inside "X -hanke")
PROJECT_MODS = ["Perheiden", "Nuorten", "Lasten", "Ikäihmisten", "Omaishoitajien", "Työikäisten", "Vammaisten",
                "Maahanmuuttajien", "Koululaisten", "Kotihoidon", "Lastensuojelun", "Aikuissosiaalityön"]
PROJECT_HEADS = ["arjen tuki", "hyvä arki", "mielen hyvinvointi", "yhteinen polku", "kotona asuminen",
                 "osallisuuden vahvistaminen", "digitaalinen palveluohjaus", "matalan kynnyksen tuki",
                 "monialainen kehittäminen", "toimiva kuntoutus", "varhainen tuki", "turvallinen kasvu"]
FILLER = [
    "Hankkeen tavoitteena on vahvistaa asiakaslähtöisiä palveluja ja sujuvoittaa palveluketjuja.",
    "Kehittämistyössä hyödynnetään aiempien hankkeiden tuloksia ja asiakkaiden kokemuksia.",
    "Hankkeessa järjestetään työpajoja, koulutuksia ja verkostotapaamisia ammattilaisille.",
    "Toimenpiteet kohdistuvat erityisesti palvelujen yhteensovittamiseen ja ennaltaehkäisevään työhön.",
    "Tulokset raportoidaan hankkeen ohjausryhmälle neljännesvuosittain.",
    "Kehittämistyö tehdään tiiviissä yhteistyössä järjestöjen ja seurakuntien kanssa.",
    "Asiakkaiden osallisuutta vahvistetaan kokemusasiantuntijatoiminnan avulla.",
]
OTHER_ITEMS = [("Talousarvion toteutuma", "Talousarvion toteutuma esitetään lautakunnalle tiedoksi."),
               ("Viranhaltijapäätökset", "Lautakunnalle saatetaan tiedoksi viranhaltijoiden tekemät päätökset."),
               ("Kokouksen laillisuus ja päätösvaltaisuus", "Todetaan kokous lailliseksi ja päätösvaltaiseksi.")]


@dataclass(frozen=True)
class Place:
    iri: str
    name: str
    genitive: str
    locative: str | None = None


@dataclass
class StatedFact:
    """One fact a generated document states, in the form `facts.jsonl` holds it."""

    file: str
    subject: str
    predicate: str
    object: str
    subject_iri: str | None = None
    object_iri: str | None = None
    amount: int | None = None
    post: str | None = None


@dataclass
class GeneratedDocument:
    name: str
    text: str
    facts: list[StatedFact] = field(default_factory=list)


_VOWELS = "aeiouyäö"
_GRADATION = [("kk", "k"), ("pp", "p"), ("tt", "t"), ("nk", "ng"), ("nt", "nn"), ("lt", "ll"), ("rt", "rr"),
              ("ht", "hd"), ("lk", "l"), ("rk", "r"), ("k", ""), ("t", "d"), ("p", "v")]


# last parts of compound place names whose genitive no simple suffix rule gets right
_COMPOUND_HEADS = {"joki": "joen", "mäki": "mäen", "lahti": "lahden", "koski": "kosken", "niemi": "niemen",
                   "järvi": "järven", "saari": "saaren", "lampi": "lammen", "vesi": "veden", "salmi": "salmen",
                   "virta": "virran", "ranta": "rannan", "pohja": "pohjan", "harju": "harjun", "linna": "linnan"}

_IRREGULAR = {"Loppi": "Lopen", "Uusikaupunki": "Uudenkaupungin", "Virrat": "Virtain",
              "Punkalaidun": "Punkalaitumen", "Kangasala": "Kangasalan", "Parkano": "Parkanon",
              "Uusikaarlepyy": "Uudenkaarlepyyn"}


def genitive_candidates(name: str) -> list[str]:
    """Plausible genitives of a Finnish place name, most likely first; Voikko picks the real one.

    A plain "+n" after -ki/-ti/-pi is left out: such names gradate (Helsinki ->
    Helsingin), and Voikko reads "Kärsämäkin" as the clitic -kin, not a genitive.
    """
    for head, gen in _COMPOUND_HEADS.items():
        if name.lower().endswith(head):
            return [name[: -len(head)] + (gen if len(name) > len(head) else gen.capitalize())]
    low = name[-1:].lower()
    out: list[str] = []
    if name.endswith("nen"):
        out.append(name[:-3] + "sen")
    if low in _VOWELS:
        stems = [name]
        if low == "i":
            stems = [name, name[:-1] + "e"]
        if low == "e":
            out.append(name + "en")  # Pälkäne -> Pälkäneen
        for stem in stems:
            if not stem.lower().endswith(("ki", "ti", "pi")):
                out.append(stem + "n")
            head, last = stem[:-1], stem[-1]
            for strong, weak in _GRADATION:  # consonant gradation before the last vowel: Turku -> Turun
                if head.endswith(strong) and head[:-len(strong)][-1:].lower() not in ("", "s"):
                    out.append(head[: -len(strong)] + weak + last + "n")
    elif low == "s":
        out += [name[:-1] + "ksen", name[:-1] + "an", name + "en"]
    else:
        out.append(name + "in")
    return list(dict.fromkeys(out))


def _is_genitive_of(form: str, name: str) -> bool:
    from welfare_kg.extract.morphology import get_morphology

    morph = get_morphology()
    if morph.name != "voikko":  # without Voikko there is nothing to check against: accept the first rule
        return True
    # cls None marks the fallback's guesses ("Turkun" as a genitive of Turku): only dictionary readings count
    return any(a.case == "omanto" and a.cls is not None and a.base.lower() == name.lower()
               for a in morph.analyse(form))


def municipality_genitive(name: str) -> str | None:
    """The genitive Voikko confirms, or None (then the municipality is not used)."""
    if " " in name:
        return None
    if name in _IRREGULAR:
        return _IRREGULAR[name]
    if any(name.lower().endswith(h) for h in _COMPOUND_HEADS):
        return genitive_candidates(name)[0]
    return next((c for c in genitive_candidates(name) if _is_genitive_of(c, name)), None)


def _fi_label(graph: Graph, iri: URIRef) -> str | None:
    return next((str(lb) for lb in graph.objects(iri, SKOS.prefLabel) if getattr(lb, "language", None) == "fi"),
                None)


@lru_cache(maxsize=1)
def _pools() -> tuple[list[Place], list[Place], dict[str, str]]:
    """(municipalities, regions, short organisation name -> IRI) from the reference graph."""
    from welfare_kg.data import load_reference

    g = load_reference()
    munis: list[Place] = []
    for iri in sorted(g.subjects(RDF.type, WKG.Municipality)):
        name = _fi_label(g, iri)
        gen = municipality_genitive(name) if name else None
        if name and gen:
            munis.append(Place(str(iri), name, gen))
    regions: list[Place] = []
    for iri in sorted(g.subjects(RDF.type, WKG.Region)):
        name = _fi_label(g, iri)
        if name in REGION_FORMS:
            gen, loc = REGION_FORMS[name]
            regions.append(Place(str(iri), name, gen, loc))
    orgs: dict[str, str] = {}
    for iri, label in g.subject_objects(SKOS.altLabel):
        if str(label) in COORDINATORS and "/company/" not in str(iri):
            orgs[str(label)] = str(iri)
    return munis, regions, orgs


def _fold(s: str) -> str:
    return s.lower().replace("ä", "a").replace("ö", "o").replace("å", "a")


def _euros(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def _date(rng: random.Random, year: int) -> tuple[str, str]:
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    return f"{d}.{m}.{year}", f"{year}-{m:02d}-{d:02d}"


class _Doc:
    """Builds one document's text and its stated facts together, so the key cannot drift from the text."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.facts: list[StatedFact] = []

    def fact(self, s: str, p: str, o: str, s_iri: str | None = None, o_iri: str | None = None,
             amount: int | None = None, post: str | None = None) -> None:
        self.facts.append(StatedFact(self.name, s, p, o, s_iri, o_iri, amount, post))


def _project(rng: random.Random, region: Place | None) -> str:
    name = f"{rng.choice(PROJECT_MODS)} {rng.choice(PROJECT_HEADS)}"
    if region is not None and rng.random() < 0.3:
        name += f" {region.locative}"
    return name


def _person(rng: random.Random) -> tuple[str, str]:
    first, last = rng.choice(FIRST_NAMES), rng.choice(SURNAMES)
    return f"{first} {last}", f"{_fold(first)}.{_fold(last)}"


def _minutes(rng: random.Random, name: str) -> GeneratedDocument:
    munis, regions, orgs = _pools()
    doc = _Doc(name)
    muni = rng.choice(munis)
    head = rng.choice(["kunta", "kaupunki"])
    head_gen = {"kunta": "kunnan", "kaupunki": "kaupungin"}[head]
    body = rng.choice(BODIES)
    year = rng.randint(2019, 2025)
    meeting, _iso = _date(rng, year)
    domain = _fold(muni.name).replace(" ", "")
    lines = [f"{body}, kokous {meeting}" if rng.random() < 0.6 else f"{body} {meeting}",
             "", "Pöytäkirja on tarkastettu" if rng.random() < 0.5 else "Esityslista", ""]
    section = rng.randint(1, 150)
    n_items = rng.randint(2, 4)
    project_items = set(rng.sample(range(n_items), k=rng.randint(1, n_items)))
    dnro_style = rng.random()
    for i in range(n_items):
        section += 1
        num = rng.randint(10, 999)
        dnro = (f"{muni.name[:3]}Dno-{year}-{num}" if dnro_style < 0.5
                else f"{num}/{rng.randint(0, 9):02d}.{rng.randint(0, 9):02d}.{rng.randint(0, 9):02d}/{year}")
        if i not in project_items:
            title, body_text = rng.choice(OTHER_ITEMS)
            lines += [f"§ {section} {title}", "", dnro, "", "Perustelut", "", body_text, "",
                      "Päätösehdotus", "", f"{body} merkitsee asian tiedoksi.", "", "Päätös", "",
                      "Hyväksyttiin.", ""]
            continue
        region = rng.choice(regions)
        project = _project(rng, region)
        plabel = f"{project} -hanke"
        funder_iri, funder_full, funder_short = rng.choice(FUNDERS)
        coord = rng.choice(COORDINATORS)
        grant = rng.randrange(50_000, 2_000_000, 10)
        share = rng.randrange(1_000, 60_000, 10)
        person, email = _person(rng)
        post = rng.choice(POSTS)
        title = rng.choice([f"{project} -hankkeeseen osallistuminen", f"{project} -hankkeeseen sitoutuminen",
                            f"Osallistuminen {project} -hankkeeseen"])
        lines += [f"§ {section} {title}", "", dnro, "", "Valmistelija", "",
                  f"  • {person}, {post}, {email}@{domain}.fi", "", "Perustelut", ""]
        funder_name = funder_short if rng.random() < 0.5 else funder_full
        paragraph = [
            f"{funder_name} on myöntänyt {project} -hankkeelle valtionavustusta {_euros(grant)} euroa "
            f"vuosille {year}–{year + 2}.",
            f"Hankkeen hallinnoinnista ja koordinoinnista vastaa {coord}.",
            rng.choice(FILLER),
            f"Hanke toteutetaan {region.locative} vuosina {year}–{year + 2}.",
            f"{muni.genitive} {head} osallistuu hankkeeseen.",
            f"{muni.genitive} {head_gen} osuus on {_euros(share)} euroa.",
            rng.choice(FILLER),
        ]
        lines += [" ".join(paragraph), ""]
        doc.fact(funder_name, "funds", plabel, funder_iri, None, grant)
        doc.fact(coord, "coordinates", plabel, orgs.get(coord), None)
        doc.fact(plabel, "coversArea", region.name, None, region.iri)
        doc.fact(muni.name, "participatesIn", plabel, muni.iri, None)
        doc.fact(muni.name, "contributes", plabel, muni.iri, None, share)
        doc.fact(person, "holdsPost", muni.name, None, muni.iri, post=post)
        doc.fact(body, "decides", plabel, None, None)
        lines += ["Päätösehdotus", "", "Esittelijä", "", f"  • {person}, {post}, {email}@{domain}.fi", "",
                  f"{body} hyväksyy {muni.genitive} {head_gen} osallistumisen hankkeeseen ja "
                  f"valtuuttaa {post}n allekirjoittamaan yhteistyösopimuksen.", "",
                  "Päätös", "", rng.choice(["Hyväksyttiin.", "Päätösehdotus hyväksyttiin.",
                                            "Hyväksyttiin yksimielisesti."]), ""]
    lines += ["Muutoksenhaku", "", "Tähän päätökseen tyytymätön voi tehdä kirjallisen oikaisuvaatimuksen.", ""]
    return GeneratedDocument(name, "\n".join(lines), doc.facts)


def _news(rng: random.Random, name: str) -> GeneratedDocument:
    munis, regions, orgs = _pools()
    doc = _Doc(name)
    region = rng.choice(regions)
    project = _project(rng, region)
    plabel = f"{project} -hanke"
    funder_iri, funder_full, funder_short = rng.choice(FUNDERS)
    funder_name = funder_short if rng.random() < 0.5 else funder_full
    coord = rng.choice(COORDINATORS)
    grant = rng.randrange(100_000, 3_000_000, 100)
    parts = rng.sample(munis, k=2)
    year = rng.randint(2019, 2025)
    person, email = _person(rng)
    post = rng.choice(["projektipäällikkö", "kehittämispäällikkö", "hankekoordinaattori"])
    headline = rng.choice([f"{project} -hanke käynnistyy", f"Uusi hanke {region.locative}",
                           f"{region.genitive} kunnat mukaan kehittämistyöhön"])
    body = [
        headline, "",
        f"{funder_name} on myöntänyt {project} -hankkeelle {_euros(grant)} euroa vuosille {year}–{year + 2}. "
        + rng.choice(FILLER),
        "",
        f"Hanketta koordinoi {coord}. Hanke toteutetaan {region.locative}. " + rng.choice(FILLER),
        "",
        f"Hankkeeseen osallistuvat {parts[0].genitive} kaupunki ja {parts[1].genitive} kunta. "
        + rng.choice(FILLER) + " " + rng.choice(FILLER),
        "",
        "Lisätietoja:",
        f"{person}, {post}",
        f"{email}@{_fold(coord)}.fi",
        f"040 {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
    ]
    doc.fact(funder_name, "funds", plabel, funder_iri, None, grant)
    doc.fact(coord, "coordinates", plabel, orgs.get(coord), None)
    doc.fact(plabel, "coversArea", region.name, None, region.iri)
    for p in parts:
        doc.fact(p.name, "participatesIn", plabel, p.iri, None)
    doc.fact(person, "holdsPost", coord, None, orgs.get(coord), post=post)
    return GeneratedDocument(name, "\n".join(body) + "\n", doc.facts)


def generate_document(seed: int, index: int) -> GeneratedDocument:
    """Document `index` of the corpus for `seed`: about two thirds minutes, one third news."""
    rng = random.Random(f"welfare-kg:{seed}:{index}")
    if rng.random() < 0.65:
        return _minutes(rng, f"{index:06d}_poytakirja.txt")
    return _news(rng, f"{index:06d}_uutinen.txt")


def iter_corpus(n_docs: int, seed: int = 0) -> Iterator[GeneratedDocument]:
    for i in range(n_docs):
        yield generate_document(seed, i)


def write_corpus(out_dir: str | Path, n_docs: int, seed: int = 0) -> tuple[int, int]:
    """Write `n_docs` documents and `facts.jsonl` into `out_dir` (documents under `docs/`).

    The answer key sits beside, not among, the documents so that ingesting `docs/`
    never reads it. Returns (documents, facts).
    """
    out = Path(out_dir)
    docs = out / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    n_facts = 0
    with (out / FACTS_FILE).open("w", encoding="utf-8") as fh:
        for d in iter_corpus(n_docs, seed):
            (docs / d.name).write_text(d.text, encoding="utf-8")
            for f in d.facts:
                fh.write(json.dumps(asdict(f), ensure_ascii=False) + "\n")
                n_facts += 1
    return n_docs, n_facts


def read_facts(path: str | Path) -> list[StatedFact]:
    with Path(path).open(encoding="utf-8") as fh:
        return [StatedFact(**json.loads(line)) for line in fh if line.strip()]




# -- comparing extraction with the answer key ------------------------------------------------------
def norm_label(label: str) -> str:
    """A label as compared for recall: folded, without the "-hanke" head and spacing variants."""
    s = _fold(label).replace("–", "-")
    s = re.sub(r"\s*-?\s*hanke$", "", s.strip())
    return re.sub(r"\s+", " ", s)


@dataclass(frozen=True)
class FoundFact:
    """An extracted fact reduced to what the answer key can be compared with."""

    subject_iri: str
    subject_labels: frozenset[str]
    predicate: str
    object_iri: str
    object_labels: frozenset[str]
    amount: int | None = None


def _side_matches(iri: str | None, label: str, found_iri: str, found_labels: frozenset[str]) -> bool:
    if iri:
        return iri == found_iri
    return norm_label(label) in found_labels


def fact_found(stated: StatedFact, found: list[FoundFact]) -> bool:
    """Whether one stated fact is among a document's extracted facts (amounts must agree when stated)."""
    for f in found:
        if f.predicate != stated.predicate:
            continue
        if stated.amount is not None and f.amount != stated.amount:
            continue
        if _side_matches(stated.subject_iri, stated.subject, f.subject_iri, f.subject_labels) and \
                _side_matches(stated.object_iri, stated.object, f.object_iri, f.object_labels):
            return True
    return False


def found_facts_from_extraction(ex: Extraction) -> list[FoundFact]:
    """Extracted facts of one document with every label their entities carry, normalised."""
    def labels(iri: str) -> frozenset[str]:
        ent = ex.entities.get(iri)
        if ent is None:
            return frozenset()
        return frozenset(norm_label(x) for x in {ent.label, *ent.labels, *ent.surfaces})

    return [FoundFact(f.subject, labels(f.subject), f.predicate, f.object, labels(f.object),
                      int(f.amount) if f.amount is not None and f.amount == int(f.amount) else None)
            for f in ex.facts]


def recall_by_predicate(stated: list[StatedFact], found: dict[str, list[FoundFact]]
                        ) -> dict[str, tuple[int, int]]:
    """predicate -> (found, stated); `found` maps a document file name to its extracted facts."""
    out: dict[str, tuple[int, int]] = {}
    for s in stated:
        hit, total = out.get(s.predicate, (0, 0))
        out[s.predicate] = (hit + fact_found(s, found.get(s.file, [])), total + 1)
    return out
