"""The area a document's main project carries in its own name: coversArea.

A project is often named for where it works ("Vistalt ja muhalt - Perinnetietoa Paimiosta", "länspilot i
Västmanland", "osallisuuspolku Päijät-Hämeessä"), and the annotation makes such a project cover that area
(eval/ANNOTATION.md). The recogniser reads the project's name whole, so the place inside it is no mention of its
own and no sentence rule sees it; the document names the place on its own elsewhere ("Paimion asukkaista") when it
speaks of it.

So, for the document's one main project (document_roles.main_project), the places (town, region, wellbeing county,
cooperation area) the document names on their own whose words, in base form, stand in the project's name: when
exactly one such place, the project coversArea it. Two or more (a name joining places, a place and its region) give
nothing: which the project covers is a guess. A place heard only inside a name stays unsaid, as with
coversArea:region-in-name.

The fact carries its own rule name and a confidence below 0.5: it is read from the name, not stated.
"""

from __future__ import annotations

from collections.abc import Sequence

from welfare_kg.extract.area_phrases import _base_words
from welfare_kg.extract.document_roles import main_project
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.spans import Cover
from welfare_kg.extract.text import Sentence

RULE = "coversArea:area-in-project-name"
CONFIDENCE = 0.45
PLACES = {"Municipality", "Region", "WellbeingCounty", "CooperationArea"}
# words of a place's name that say what kind of place it is, not which ("Keski-Suomen maakunta", "Oulun kaupunki")
KIND_WORDS = {"maakunta", "alue", "kaupunki", "kunta", "landskap", "landskapet", "län", "stad", "kommun",
              "hyvinvointialue", "välfärdsområde", "seutukunta", "seutu"}


def _key(surface: str, morph: Morphology) -> tuple[str, ...]:
    """A place name's words in base form without the kind words; a Swedish genitive before a kind word loses its
    "s" as a last word does ("Örnsköldsviks kommun" is Örnsköldsvik)."""
    words = surface.split()
    while len(words) > 1 and words[-1].lower() in KIND_WORDS:
        words.pop()
    return tuple(w for w in _base_words(" ".join(words), morph) if w not in KIND_WORDS)


def _genitive(word: str, morph: Morphology) -> bool:
    """A place in the genitive owns the project ("Helsingin kaupungin ja HUSin yhteishanke", "Saarijärven
    palvelutalo", "Österbottens projekt"): the town's project, not one the annotation places in the town."""
    readings = morph.analyse(word.strip(",.:;()\"'"))
    if readings:
        return readings[0].case == "omanto"
    return word.endswith("s") and not word.endswith("ss") and word[:1].isupper()


def project_name_area_facts(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]],
                            facts: Sequence[Fact], morph: Morphology) -> list[Fact]:
    """coversArea from the main project to the one place named on its own whose words stand in the project's name."""
    project = main_project(per_sentence)
    if project is None:
        return []
    names: dict[str, Sentence] = {}
    for s, ms in zip(sents, per_sentence, strict=False):
        for m in ms:
            if m.iri == project and m.surface not in names:
                names[m.surface] = s
    # the name's words in base form, each run of one to three words
    runs: dict[tuple[str, ...], Sentence] = {}
    for surface, s in names.items():
        written = surface.split()
        words = _base_words(surface, morph)
        for n in (1, 2, 3):
            for i in range(len(words) - n + 1):
                if not _genitive(written[i + n - 1], morph):
                    runs.setdefault(words[i:i + n], s)
    in_project = Cover((m.start, m.end) for ms in per_sentence for m in ms if m.type == "Project")
    places: dict[str, Sentence] = {}
    keys: dict[str, tuple[str, ...]] = {}  # surface -> its key: a place is named many times alike
    for ms in per_sentence:
        for m in ms:
            if m.type not in PLACES or not m.iri or m.iri in places or m.surface.endswith("-") \
                    or in_project.holds(m.start, m.end):
                continue
            k = keys.get(m.surface)
            if k is None:
                k = keys[m.surface] = _key(m.surface, morph)
            if k and k in runs:
                places[m.iri] = runs[k]
    if len(places) != 1:
        return []
    ((area, s),) = places.items()
    # a town that runs the project named for it is still the area it covers ("Hållbara kulturmiljöer i
    # Örnsköldsvik", its owner Örnsköldsviks kommun): only a relation of place between the two says it already
    pair = {project, area}
    if any(f.predicate in {"coversArea", "partOf"} and {f.subject, f.object} == pair for f in facts):
        return []
    return [Fact(project, "coversArea", area, Evidence(s.text, s.start, s.end), RULE, CONFIDENCE)]
