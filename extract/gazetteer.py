"""Matching known names (reference data) in inflected Finnish text by lemma sequences.

Every known name is stored once, in base form, as a sequence of lower-case tokens
in a trie. A text token matches a trie edge through its surface form or any of its
base forms, so "Ranuan kunnalle" meets ("ranua",) then the suffix rule below, and
"Pohjois-Suomen sosiaalialan osaamiskeskuksen" meets the full name without ever
generating inflected forms. Longest match wins.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from rdflib import Graph
from rdflib.namespace import DCTERMS, RDF, SDO, SKOS

from welfare_kg.extract.common_word_names import common_word_name, unwritten_common_name
from welfare_kg.extract.hospital_areas import area_matches, hospital_areas
from welfare_kg.extract.morphology import Morphology, given_name_as_written
from welfare_kg.extract.names import fold
from welfare_kg.extract.recognition_words import is_post
from welfare_kg.extract.text import Token, tokenize
from welfare_kg.ontology.namespace import WKG

# when two entities share a name, the more specific type wins
TYPE_PRIORITY = ["CompetenceCentre", "Ministry", "Agency", "WellbeingCounty", "JointAuthority", "Company",
                 "CooperationArea", "Region", "Municipality", "Association", "Parish", "Programme", "Body"]
# words that may follow a municipality name and belong to it ("Ranuan kunta")
MUNICIPALITY_HEADS = {"kunta": "kunta", "kaupunki": "kaupunki", "kommun": "kommun", "stad": "stad",
                      "kommunen": "kommun", "staden": "stad"}
REGION_HEADS = {"maakunta": "maakunta", "landskap": "landskap"}
# what opens the words of a town's own offices and bodies ("kaupunginhallitus", "kunnanjohtaja")
TOWN_WORD_OPENINGS = ("kaupungin", "kunnan")
# words that join names sharing one head ("Hämeen, Kymenlaakson ja Uudenmaan liitot")
COORDINATORS = {",", "ja", "sekä", "tai", "och"}
DOMAIN_REST_MIN = 3  # letters an e-mail domain goes on with after a label that begins it: a word of its own
# an acronym with a case ending written without a colon: "STEAn", "HUSin", "JAMKissa"
_ACRONYM_CASE = re.compile(r"^([A-ZÅÄÖ]{2,8})([a-zåäö]{1,5})$")
# a name ending in a consonant takes a linking -i- before its case ending ("Diakin", "Humakille",
# "Traficomista"); Voikko does not know most such names and may misread them ("Diakin" as "dia")
_CONSONANT_NAME_CASE = re.compile(
    r"^(\w*[bcdfghjklmnpqrstvwxz])i(?:n|in|ssa|ssä|sta|stä|lle|lla|llä|lta|ltä|ksi|na|nä|a|ä)$", re.IGNORECASE)


# the words that join an elided compound's first part to the next one ("EAKR- ja valtion tukea", "ESR- tai")
_JA_OCH = frozenset(("ja", "och"))  # the conjunctions after which `match` tries a word as an elided first part
_ELIDED_JOINERS = {"ja", "sekä", "tai", "eli", "och", "eller", "samt"}
# what a programme's one-word name glued to a word says is the programme's: its projects, its money and its work
# ("Leader-toiminta", the programme's own activity; "Leader-rahoitteinen hanke" describes a project by its funding:
# the adjective names no programme, and "Leader-toimintaryhmä" is the local group that runs it, no programme)
_FUNDED_BY_PROGRAMME = re.compile(r"(?i)(?:\w*hank|\w*projekt|rahoitu|raha|tu[ke]|var[oa]|ohjelm|avustu|"
                                  r"toimin(?!\w*ryhm))")


@dataclass
class KnownEntity:
    iri: str
    type: str
    label: str
    labels: set[str] = field(default_factory=set)
    acronyms: set[str] = field(default_factory=set)
    ceased: int | None = None  # a former municipality: the first year it no longer existed
    areas: frozenset[str] = frozenset()  # the IRIs of the areas it covers (wkg:coversArea in the reference data)
    successor: str | None = None  # a former municipality: the IRI of the town its area now belongs to


@dataclass
class Match:
    start: int  # token index
    end: int  # token index, exclusive
    entity: KnownEntity
    name: str  # the known name that matched


# a period of years written with an en or em dash, which documents as often type as a hyphen
_YEAR_RANGE_DASH = re.compile(r"((?:19|20)\d\d)\s?[–—]\s?((?:19|20)\d\d)")
# an elided first part glued to its conjunction: "Sosiaali-ja", "Social-och" (the space after the hyphen lost)
_GLUED_CONJUNCTION = re.compile(r"([^\W\d_]{3,})-(ja|och)")


_UAS_KIND = re.compile(r"^(?P<stem>\S.*?)(?P<joint>[ -])ammattikorkeakoulu$")


def _uas_short_form(name: str) -> str | None:
    """A university of applied sciences' name with the kind written as its standard abbreviation: "Jyväskylän
    ammattikorkeakoulu" -> "Jyväskylän AMK", "Karelia-ammattikorkeakoulu" -> "Karelia-AMK". News and project pages
    write the short form as often as the full one; the reference data lists it for a few schools only."""
    hit = _UAS_KIND.match(name)
    return f"{hit.group('stem')}{hit.group('joint')}AMK" if hit else None


class Gazetteer:
    """A trie of known names; build once per process from the reference graph."""

    def __init__(self, entities: Iterable[KnownEntity]) -> None:
        self.entities: dict[str, KnownEntity] = {}
        self._trie: dict = {}
        for ent in entities:
            self.entities[ent.iri] = ent
            for name in sorted(ent.labels):  # sorted: the same trie whatever the hash seed
                self._add(name, ent)
                if _YEAR_RANGE_DASH.search(name):  # "jobb 2014–2020" is typed "jobb 2014-2020" as often
                    self._add(_YEAR_RANGE_DASH.sub(r"\1-\2", name), ent)
                bare = _without_legal_form(name) if ent.type == "Association" else name
                if bare != name and len(bare.split()) >= 2:
                    # "... kannatusyhdistyksen hallitus": the legal form is left out as often as written
                    self._add(bare, ent)
                if (short := _uas_short_form(name)) is not None:
                    self._add(short, ent)  # "Jyväskylän AMK:n hanke", "Karelia-AMK": the kind's usual abbreviation
        # acronyms of funds and programmes: "ESR-hanke", "LAPE-hankkeessa", "ESR-rahoitus" name the
        # programme, not a project called "ESR"
        self._programme_acronyms = frozenset(
            a.lower() for e in self.entities.values() if e.type == "Programme" for a in e.acronyms)
        # one-word names of programmes written in ordinary case ("Leader", "Kaste"): glued to a word for a project
        # or its money ("Leader-hanke", "Leader-rahoituksella") they name the programme, as capitals do ("ESR-hanke");
        # glued to other words they name something else ("Leader-ryhmä" is a local action group)
        self._programme_words = frozenset(
            label.lower() for e in self.entities.values() if e.type == "Programme" for label in e.labels
            if label.isalpha() and label[:1].isupper() and not label.isupper())
        # the one-word names of towns, in base form: what a word split in two by a PDF's spacing may join to
        self._one_word_places = frozenset(
            label.lower() for e in self.entities.values() if e.type == "Municipality" for label in e.labels
            if label.isalpha())
        self._cached_for: Morphology | None = None
        self._cached: dict[str, tuple[str, ...]] = {}
        self._matched: dict[tuple[object, ...], list[Match]] = {}  # `match`'s answers by the tokens' shape

    def _add(self, name: str, ent: KnownEntity) -> None:
        toks = _name_tokens(name)
        if not toks:
            return
        node = self._trie
        for t in toks:
            node = node.setdefault(t, {})
        prev = node.get("$")
        if (prev is None or _priority(ent.type) < _priority(prev[0].type)
                or (prev[0] is ent and prev[1].isupper() and not name.isupper())):
            node["$"] = (ent, name)  # "Socca" over "SOCCA": acronym spelling demands capitals

    @cached_property
    def area_slugs(self) -> frozenset[str]:
        """Folded names of places, which keep projects of different areas apart in identity keys."""
        return frozenset(fold(e.label) for e in self.entities.values()
                         if e.type in {"Region", "CooperationArea", "Municipality"})

    @cached_property
    def place_label_slugs(self) -> frozenset[str]:
        """Folded names of places under every label (Swedish and English too: "osterbotten", "vasa"), for telling
        a project's name with its area from the same name alone ("Trygg hemma i Österbotten", "Trygg hemma")."""
        return frozenset(fold(label) for e in self.entities.values()
                         if e.type in {"Region", "CooperationArea", "Municipality"} for label in e.labels)

    @cached_property
    def folded_labels(self) -> list[tuple[str, str]]:
        """(label folded to ascii without hyphens, IRI), in a stable order, for e-mail domain matching."""
        # funds, programmes and areas have no mailboxes: "kastelli.fi" is not KASTE, "leader…fi" is a Leader group,
        # "kuusiokunnat.fi" is the joint authority of the Kuusiokunnat, not the sub-region
        return [(fold(label).replace("-", ""), e.iri) for e in self.entities.values()
                if e.type not in {"Programme", "CooperationArea"} for label in sorted(e.labels)]

    def by_domain(self, domain: str) -> str | None:
        """The organisation an e-mail domain names: "ranua.fi" -> Ranua, "poskelappi.fi" -> POSKE."""
        first = fold(domain.split(".")[0]).replace("-", "")
        if len(first) < 3:
            return None
        index = self._domain_index
        exact = index.get(first)
        if exact is not None:
            return exact[1]
        # the label of the first place in `folded_labels` among those that begin the domain and leave a word after
        # them ("poske" + "lappi"); a label that leaves a letter or two is the start of another word ("diak" of
        # "diakon", a deaconess institute's domain, not Diak's)
        hits = [index[first[:n]] for n in range(4, len(first) + 1) if first[:n] in index
                and (n == len(first) or len(first) - n >= DOMAIN_REST_MIN)]
        return min(hits)[1] if hits else None

    @cached_property
    def _domain_index(self) -> dict[str, tuple[int, str]]:
        """Each folded label's first place in `folded_labels` and its IRI: `by_domain` runs for every address
        and link of a document, and a scan of all labels per call was 2 % of a large page's extraction."""
        out: dict[str, tuple[int, str]] = {}
        for k, (f, iri) in enumerate(self.folded_labels):
            out.setdefault(f, (k, iri))
        return out

    @classmethod
    def from_graph(cls, graph: Graph) -> Gazetteer:
        ents = []
        types = {str(WKG[t]): t for t in TYPE_PRIORITY}
        for s, o in graph.subject_objects(RDF.type):
            t = types.get(str(o))
            if t is None:
                continue
            pref = [str(x) for x in graph.objects(s, SKOS.prefLabel) if getattr(x, "language", None) in ("fi", None)]
            labels = {str(x) for x in graph.objects(s, SKOS.prefLabel)} | {
                str(x) for x in graph.objects(s, SKOS.altLabel)}
            if not labels:
                continue
            label = pref[0] if pref else sorted(labels)[0]
            acr = {x for x in labels if x.isupper() and 2 <= len(x) <= 8}
            ceased = next((int(str(y)[:4]) for y in graph.objects(s, SDO.dissolutionDate)
                           if (s, DCTERMS.isReplacedBy, None) in graph), None)
            areas = frozenset(str(a) for a in graph.objects(s, WKG.coversArea))
            successor = next((str(x) for x in graph.objects(s, DCTERMS.isReplacedBy)), None)
            ents.append(KnownEntity(str(s), t, label, labels, acr, ceased, areas, successor))
        return cls(ents)

    @cached_property
    def hospital_areas(self) -> tuple[dict[str, KnownEntity], dict[str, KnownEntity]]:
        """The university hospitals' cooperation areas (extract/hospital_areas.py), by hospital and by acronym."""
        return hospital_areas(self)

    @cached_property
    def contextual_acronyms(self) -> dict[str, tuple[str, ...]]:
        """Acronyms of the reference data that minutes also write for a town's own body ("KST" is Åland's joint
        authority Kommunernas socialtjänst and any Swedish-speaking town's kommunstyrelse, data/
        body_abbreviations.csv) -> the words that show a document is about the organisation: its other names and
        the names of the areas it covers. Where none of them stands in a document, the acronym is the body's."""
        from welfare_kg.extract.body_abbreviations import header_acronyms

        bodies = set(header_acronyms())
        out: dict[str, tuple[str, ...]] = {}
        for ent in self.entities.values():
            for acr in sorted(ent.acronyms & bodies):
                names = {x for x in ent.labels if not x.isupper()}
                for area in sorted(ent.areas):
                    if area in self.entities:
                        names |= {x for x in self.entities[area].labels if not x.isupper()}
                out[acr] = tuple(sorted(out.get(acr, ()) + tuple(names)))
        return out

    def acronyms_out_of_context(self, text: str) -> frozenset[str]:
        """The contextual acronyms (above) of which the text names no organisation's other name or area: one
        search of the text for each such acronym, the words' stems compared case-blind ("Ålands", "Ahvenanmaan")."""
        out = set()
        for acr, names in self.contextual_acronyms.items():
            stems = [re.escape(_context_stem(n)) for n in names if len(n) >= 3]
            if not stems or re.search(r"(?i)\b(?:" + "|".join(stems) + ")", text) is None:
                out.add(acr)
        return frozenset(out)

    def match(self, tokens: list[Token], morph: Morphology) -> list[Match]:
        """Non-overlapping longest matches, left to right.

        Remembered by the tokens' shape: their texts and their offsets from the first token's start. The walk
        reads nothing else of a token (its case and kind come from its text, the gaps between tokens from the
        offsets' differences), and a match gives token indices, never offsets, so the same shape anywhere in any
        text matches alike. A large page repeats its sentences (a generated 20 MB page: 97,922 distinct of
        339,565, 44 % of the characters), so half the walks are answered from here. Each caller gets a list of
        its own; the Match objects are shared (no caller changes one). Emptied at MATCH_LIMIT shapes, and when
        another morphology comes."""
        if not tokens:
            return []
        if self._cached_for is not morph:
            self._cached_for, self._cached, self._matched = morph, {}, {}
        # flat, and as the gap before each token and how far its length differs from its text's (nearly always
        # small, so CPython's shared small ints): with the texts these fix every offset from the first token's
        # start, at three pointers a token (a tuple of offsets per token cost ~1.2 KB a sentence kept)
        key: list[object] = [self.SKIP_DEAD_STARTS]
        end = tokens[0].start
        for t in tokens:
            text, start = t.text, t.start
            key += (text, start - end, t.end - start - len(text))
            end = t.end
        shape = tuple(key)
        hit = self._matched.get(shape)
        if hit is None:
            if len(self._matched) >= self.MATCH_LIMIT:
                self._matched.clear()
            hit = self._matched[shape] = self._match(tokens, morph)
        return list(hit)

    def _match(self, tokens: list[Token], morph: Morphology) -> list[Match]:
        out: list[Match] = []
        i = 0
        n = len(tokens)
        cands_of = self._candidate_cache(morph)
        root, skip = self._trie, self.SKIP_DEAD_STARTS
        while i < n:
            text = tokens[i].text
            if skip and "-" not in text and not text[:1].isupper() and not any(c in root for c in cands_of(text)) \
                    and (i + 1 >= n or text.lower() + "-" not in root or tokens[i + 1].text.lower() not in _JA_OCH):
                # most tokens: a lower-case word, a number or a sign, without a hyphen, that begins no known name.
                # Every other way the walk below can take from a name's start needs a capital or a hyphen in the
                # token, so it would find nothing here and go on to the next token (a fifth of the walk's time)
                i += 1
                continue
            best: tuple[int, KnownEntity, str] | None = None
            frontier: list[tuple[dict, int]] = [(self._trie, i)]
            while frontier:
                node, j = frontier.pop()
                if "$" in node and j > i and (best is None or j > best[0]):
                    best = (j, *node["$"])
                if j >= n:
                    continue
                tok = tokens[j]
                text = tok.text
                if text == "," and j > i and tokens[j - 1].text.endswith("-"):
                    # names are stored without commas: "Lapin elinkeino-, liikenne- ja ympäristökeskus"
                    frontier.append((node, j + 1))
                    continue
                if (text.endswith("-") and len(text) > 2 and j + 1 < n and tokens[j + 1].is_cap
                        and tokens[j + 1].is_word and tokens[j + 1].start - tok.end <= 2):
                    # "Pohjois- Karjalan": a line-broken or soft-hyphenated compound is one word
                    for cand in cands_of(text + tokens[j + 1].text):
                        child = node.get(cand)
                        if child is not None:
                            frontier.append((child, j + 2))
                if (text.endswith("-") and len(text) > 3 and j + 1 < n and tokens[j + 1].is_word
                        and tokens[j + 1].text.lower() not in COORDINATORS and tokens[j + 1].start - tok.end <= 2
                        and (tokens[j + 1].text.isupper() or not tokens[j + 1].is_cap)):
                    # "KANNATUS- YHDISTYS", "yli- opisto": a word broken at a layout hyphen; it counts
                    # only when the joined word continues a known name
                    for cand in cands_of(text[:-1] + tokens[j + 1].text):
                        child = node.get(cand)
                        if child is not None:
                            frontier.append((child, j + 2))
                if j == i and text[:1].isupper() and j + 1 < n \
                        and (text + tokens[j + 1].text).lower() in self._one_word_places:
                    # "Outokum pu", "Savon linna": a town's one-word name split by a PDF's spacing, in a list
                    split = _split_place(tokens, j, self._one_word_places)
                    if split is not None and (child := node.get(split)) is not None:
                        frontier.append((child, j + 2))
                if text[:1].isupper() and "-" not in text:  # what `_hyphen_variants` asks first, asked here
                    for variant in _hyphen_variants(tokens, j):
                        for cand in cands_of(variant.text):
                            child = node.get(cand)
                            if child is not None:
                                frontier.append((child, j + (2 if variant.end > tok.end else 1)))
                if (glued := _GLUED_CONJUNCTION.fullmatch(text)) is not None and j + 1 < n:
                    # "Sosiaali-ja terveysministeriö", "Maa-ja metsätalousministeriö": the space after an
                    # elided first part lost, so the hyphen, the conjunction and the part are one token
                    for cand in cands_of(glued.group(1) + "-"):
                        child = node.get(cand)
                        if child is not None and (after := child.get(glued.group(2).lower())) is not None:
                            frontier.append((after, j + 1))
                cands = cands_of(text)
                if j + 1 < n and tokens[j + 1].text.lower() in {"ja", "och"} and tok.is_word and "-" not in text:
                    # "Social och Hälsovårdsministeriet": a coordinated first part that lost its hyphen
                    cands = tuple(sorted({*cands, text.lower() + "-"}))
                if text[:1].islower() and text.count("-") == 1 and not text.endswith("-"):
                    # "Lapin yli-opisto": a layout hyphen left inside a word; it counts only when
                    # the joined word continues a known name
                    cands = tuple(sorted({*cands, *cands_of(text.replace("-", ""))}))
                if j == i and len(text) > 2 and text.endswith("-") and text[:-1].isupper() \
                        and text[:-1].lower() in self._programme_acronyms and j + 1 < n \
                        and (tokens[j + 1].text.lower() in _ELIDED_JOINERS
                             or (tokens[j + 1].text == "," and text[:-1].isalpha())):
                    # "EAKR- ja valtion tukea", "ESR-, EAKR- tai kunnan rahoitusta": the fund's acronym before an
                    # elided compound's head ("EAKR-tuki ja valtion tuki") names the fund, as "EAKR-tukea" does
                    cands = tuple(sorted({*cands, text[:-1].lower()}))
                if j == i and "-" in text.strip("-"):
                    prefix = text.split("-")[0]
                    if (prefix.isupper() and prefix.lower() in self._programme_acronyms) or (
                            prefix[:1].isupper() and prefix.lower() in self._programme_words
                            and _FUNDED_BY_PROGRAMME.match(text.split("-", 1)[1])):
                        cands = tuple(sorted({*cands, prefix.lower()}))
                for cand in cands:  # sorted: equal-length ties resolve alike whatever the hash seed
                    child = node.get(cand)
                    if child is not None:
                        frontier.append((child, j + 1))
            if best is not None and not self._town_own(tokens, i, best, cands_of) and (
                    self._accept(tokens, i, best[0], best[1], best[2], morph)
                    or self._first_of_town_list(tokens, i, best, morph)):
                out.append(Match(i, best[0], best[1], best[2]))
                i = best[0]
                continue
            first = tokens[i].text
            if first[:1].isupper() and (first.endswith("-") or first.lower() in SWEDISH_PLACE_WORDS):
                # the only tokens `_elided_conjunct` looks further at
                elided = self._elided_conjunct(tokens, i, morph)
                if elided is not None:
                    out.append(elided)
            elif first.count("-") == 1 and best is None:
                out += self._town_pair(tokens, i, morph)
            i += 1
        out = area_matches(tokens, out, self, morph)  # "KYS:n erva-alueella" is the area, not the hospital
        return self._coordinated(tokens, out, morph) if out else out

    CACHE_LIMIT = 200_000
    MATCH_LIMIT = 100_000  # token shapes whose matches are kept (~0.8 KB each)
    SKIP_DEAD_STARTS = True  # `match`'s shortcut past tokens that begin no name (off: the full walk, for tests)

    def _candidate_cache(self, morph: Morphology) -> Callable[[str], tuple[str, ...]]:
        """`sorted(_candidates(token))` by token text, remembered: each word form of a document is
        looked up many times (as it recurs, and again at each trie depth), and its candidates
        depend on its text alone. Emptied at CACHE_LIMIT forms, and when another morphology comes."""
        if self._cached_for is not morph:
            self._cached_for, self._cached, self._matched = morph, {}, {}
        cache = self._cached

        def cands_of(text: str) -> tuple[str, ...]:
            hit = cache.get(text)
            if hit is None:
                if len(cache) >= self.CACHE_LIMIT:
                    cache.clear()
                hit = cache[text] = tuple(sorted(_candidates(Token(text, 0, len(text)), morph)))
            return hit

        return cands_of

    def _longest(self, tokens: list[Token], morph: Morphology) -> tuple[int, KnownEntity, str] | None:
        """The longest known name at the start of tokens (plain trie walk, no guards)."""
        best: tuple[int, KnownEntity, str] | None = None
        frontier: list[tuple[dict, int]] = [(self._trie, 0)]
        while frontier:
            node, j = frontier.pop()
            if "$" in node and j > 0 and (best is None or j > best[0]):
                best = (j, *node["$"])
            if j < len(tokens):
                for cand in self._candidate_cache(morph)(tokens[j].text):
                    child = node.get(cand)
                    if child is not None:
                        frontier.append((child, j + 1))
        return best

    def _elided_conjunct(self, tokens: list[Token], i: int, morph: Morphology) -> Match | None:
        """A place prefix whose second part is written only on the last conjunct.

        "Pohjois- ja Etelä-Savon", "Keski-, Länsi- ja Itä-Uudellamaalla", "Etelä- ja
        Keski-Pohjanmaan hyvinvointialueet": Finnish writes the shared part once, so
        "Pohjois-" stands for "Pohjois-Savon". The prefix is joined to the inflected second
        part of the last conjunct and matched with the words after it (the shared head);
        the match covers the prefix token only, the last conjunct matches on its own.
        """
        tok = tokens[i]
        if tok.is_cap and tok.text.lower() in SWEDISH_PLACE_WORDS:
            return self._elided_swedish(tokens, i, morph)
        if not (tok.is_cap and tok.text.endswith("-") and len(tok.text) > 3 and "-" not in tok.text[:-1]):
            return None
        k = i + 1
        while k + 1 < len(tokens) and tokens[k].text.lower() in COORDINATORS:
            nxt = tokens[k + 1]
            k += 1
            if not (nxt.is_cap and nxt.text.endswith("-") and "-" not in nxt.text[:-1]):
                break
            k += 1
        if tokens[k - 1].text.lower() not in COORDINATORS or k >= len(tokens):
            return None
        last, rest = tokens[k], k + 1
        if "-" not in last.text:  # "Pohjois- ja Etelä Savon": the last conjunct lost its hyphen
            two = [v for v in _hyphen_variants(tokens, k) if v.end > last.end]
            if two:
                last, rest = two[0], k + 2
        if not last.is_cap or last.text.count("-") != 1 or last.text.endswith("-"):
            return None
        second = last.text.split("-", 1)[1]
        if not second[:1].isupper():
            return None
        joined = Token(tok.text + second, tok.start, tok.end)
        found = self._longest([joined, *tokens[rest:rest + 5]], morph)
        if found is None:
            return None
        # the same kind of thing as the last conjunct names, when it names one ("Etelä- ja
        # Keski-Pohjanmaan hyvinvointialueet" are two wellbeing counties, not a region and a county)
        whole = self._longest([last, *tokens[rest:rest + 5]], morph)
        if whole is not None and whole[0] > found[0]:
            return None  # a shorter name for the prefix would be a different kind of thing
        if found[0] == 1 and found[1].type == "CooperationArea" and _modifies_other_head(tokens, k, found[2]):
            return None  # "Etelä- ja Länsi-Suomen lääneissä": provinces, not cooperation areas
        return Match(i, i + 1, found[1], found[2])

    def _coordinated(self, tokens: list[Token], matches: list[Match], morph: Morphology) -> list[Match]:
        """Names that share one plural head: "Hämeen, Kymenlaakson ja Varsinais-Suomen liitot".

        Finnish writes the head once, so only the last name matches in full; the genitives
        before it, joined by commas and "ja", name organisations of the same kind when the
        head is plural. A genitive that matched alone as a place ("Pirkanmaan ja Kanta-Hämeen
        hyvinvointialueet") is the modifier of such a name, not the place.
        """
        dropped: set[int] = set()  # starts of matches a coordinated name replaces
        covered = {k: m for m in matches for k in range(m.start, m.end)}
        added: list[Match] = []
        for m in matches:
            if m.end - m.start < 2 or not _plural(tokens[m.end - 1], morph):
                continue
            head = _name_tokens(m.name)[1:]
            k = m.start - 1
            while k >= 1 and tokens[k].text.lower() in COORDINATORS:
                g = k - 1
                prev = covered.get(g)
                if prev is not None and not (prev.end - prev.start == 1
                                             and prev.entity.type in {"Region", "Municipality"}):
                    break
                tok = tokens[g]
                if not (tok.is_word and tok.is_cap):
                    break
                found = None
                for cand in self._candidate_cache(morph)(tok.text):
                    node = self._trie.get(cand)
                    for h in head:
                        node = node.get(h) if node is not None else None
                    if node is not None and "$" in node and node["$"][0].type == m.entity.type:
                        found = node["$"]
                        break
                if found is None:
                    break
                if prev is not None:
                    dropped.add(prev.start)
                added.append(Match(g, g + 1, found[0], found[1]))
                k = g - 1
        added += self._shared_modifier(tokens, matches, covered, morph)
        kept = [m for m in matches if m.start not in dropped]  # both towns of a pair share their start
        return sorted(kept + added, key=lambda x: x.start)

    def _shared_modifier(self, tokens: list[Token], matches: list[Match], covered: dict[int, Match],
                         morph: Morphology) -> list[Match]:
        """A second head after "ja" shares the place of the first: "Pohjois-Pohjanmaan liitolle ja
        ELY-keskukselle" names the Pohjois-Pohjanmaa ELY centre, "Lapin yliopisto ja
        ammattikorkeakoulu" the Lapland university of applied sciences."""
        out: list[Match] = []
        for m in matches:
            names = _name_tokens(m.name)
            if m.end - m.start == 1 and m.entity.type == "Region" and len(names) == 1:
                out += self._place_of_listed_heads(tokens, m, covered, morph)
                continue
            if m.end - m.start != 2 or len(names) != 2 or m.end + 1 >= len(tokens):
                continue
            if tokens[m.end].text.lower() not in COORDINATORS - {","} or m.end + 1 in covered:
                continue
            tok = tokens[m.end + 1]
            if not tok.is_word or (tok.is_cap and not tok.is_acronym):
                continue
            node = self._trie.get(names[0], {})
            for cand in self._candidate_cache(morph)(tok.text):
                child = node.get(cand)
                if child is not None and "$" in child and child["$"][0] is not m.entity:
                    out.append(Match(m.end + 1, m.end + 2, *child["$"]))
                    break
        return out

    def _place_of_listed_heads(self, tokens: list[Token], m: Match, covered: dict[int, Match],
                               morph: Morphology) -> list[Match]:
        """A region's genitive written once before a list of heads: "Pohjois-Pohjanmaan kuntien, hyvinvointialueen
        ja maakuntaliiton" names the region's wellbeing services county and its regional council. Each head of
        the list that makes a known name with the region ("Pohjois-Pohjanmaan hyvinvointialue") names that; the
        others ("kuntien") name nothing known. Only a list: lower-case words joined by commas and one "ja" or
        "sekä", right after the genitive."""
        genitive = tokens[m.start].text.lower()
        if not genitive.endswith("n"):
            return []
        node = self._trie.get(genitive, {})  # a name's leading genitive is stored as written
        heads: list[int] = []
        k, joined = m.end, False
        while k < len(tokens) and len(heads) <= 6:
            tok = tokens[k]
            if not tok.is_word or tok.is_cap or k in covered:
                break
            heads.append(k)
            if k + 1 < len(tokens) and tokens[k + 1].text.lower() in {"ja", "sekä"}:
                joined = True
                k += 2
                if k < len(tokens) and not tokens[k].is_cap and tokens[k].is_word and k not in covered:
                    heads.append(k)
                break
            if k + 1 < len(tokens) and tokens[k + 1].text == ",":
                k += 2
                continue
            break
        if not joined or len(heads) < 2:
            return []
        out: list[Match] = []
        for h in heads:
            for cand in self._candidate_cache(morph)(tokens[h].text):
                child = node.get(cand)
                if child is not None and "$" in child and child["$"][0] is not m.entity:
                    out.append(Match(h, h + 1, *child["$"]))
                    break
        return out

    def _town_pair(self, tokens: list[Token], i: int, morph: Morphology) -> list[Match]:
        """"Sodankylä-Kittilä", "Kemi-Tornion seutu", "Raahe-Siikajoki": two towns written as one hyphened word
        (a joint area, a road, a pair of members). Each part names its town; both matches cover the word.
        Only when both parts are towns, the second capitalised: "Pohjois-Savo" and "Ylä-Savon" are names of
        their own, and "Kuopio-keskeinen" is no pair."""
        tok = tokens[i]
        left, right = tok.text.split("-")
        if not (left[:1].isupper() and right[:1].isupper() and len(left) >= 3 and len(right) >= 3):
            return []
        if left.lower() == "helsinki" and right.lower().startswith("vantaa"):
            return []  # "Helsinki-Vantaalle": the airport's name, written alone as often as with "lentoasema"
        nxt = tokens[i + 1].text if i + 1 < len(tokens) else ""
        if nxt and any(b.endswith(_ROUTE_HEADS) for b in morph.bases(nxt)):
            return []  # "Helsinki-Vantaan lentoasema", "Oulu-Kajaani-rata": a route or an airport, not the towns
        towns = []
        for part in (left, right):
            found = self._longest([Token(part, tok.start, tok.end)], morph)
            if found is None or found[0] != 1 or found[1].type != "Municipality":
                return []
            towns.append(Match(i, i + 1, found[1], found[2]))
        return towns if towns[0].entity is not towns[1].entity else []

    def _elided_swedish(self, tokens: list[Token], i: int, morph: Morphology) -> Match | None:
        """Swedish writes the shared name once after separate compass words: "Södra och Mellersta
        Österbotten", "Norra, Södra och Östra Savolax"; each compass word names its own area."""
        k = i + 1
        while k + 1 < len(tokens) and tokens[k].text.lower() in COORDINATORS:
            k += 1
            if tokens[k].text.lower() not in SWEDISH_PLACE_WORDS:
                return None
            if k + 1 < len(tokens) and tokens[k + 1].text.lower() not in COORDINATORS:
                break
            k += 1
        if k == i + 1 or tokens[k].text.lower() not in SWEDISH_PLACE_WORDS:
            return None
        found = self._longest([tokens[i], *tokens[k + 1:k + 6]], morph)
        whole = self._longest(tokens[k:k + 6], morph)
        if found is None or found[0] < 2 or (whole is not None and whole[0] > found[0]):
            return None
        return Match(i, i + 1, found[1], found[2])

    def _first_of_town_list(self, tokens: list[Token], i: int, best: tuple[int, KnownEntity, str],
                            morph: Morphology) -> bool:
        """A town in its base form opening a list of towns ("kuusi kuntaa: Ilmajoki, Kurikka ja Seinäjoki",
        "Kurikka ja Ilmajoki ovat mukana"): the sentence-initial guard against common words (a mallet, a surname
        opening an attendance row) does not hold where a comma or "ja" joins it to another town in its base form,
        which no attendance row or common noun does. The other guards still apply."""
        j, ent, name = best
        if j - i != 1 or ent.type not in {"Municipality", "Region"} or j + 1 >= len(tokens) \
                or tokens[i].text.lower() != name.lower() or tokens[j].text.lower() not in _LIST_JOINERS:
            return False
        nxt = tokens[j + 1]
        if not (nxt.is_word and nxt.is_cap) or nxt.start - tokens[j].end > 1:
            return False
        after = self._longest(tokens[j + 1:j + 4], morph)
        if after is None or after[0] != 1 or after[1].type not in {"Municipality", "Region"} \
                or nxt.text.lower() != after[2].lower():
            return False
        return self._accept(tokens, i, j, ent, name, morph, listed=True)

    def _town_own(self, tokens: list[Token], i: int, best: tuple[int, KnownEntity, str],
                  cands_of: Callable[[str], tuple[str, ...]]) -> bool:
        """An association's one-word name right after a town's genitive ("Oulun Diakonissalaitoksen säätiö"):
        the town's own institution of that kind, not the one the bare word names elsewhere ("Diakonissalaitos")."""
        j, ent, name = best
        if j - i != 1 or ent.type != "Association" or not name.isalpha() or name.isupper() or i == 0:
            return False
        prev = tokens[i - 1]
        if not (prev.is_word and prev.is_cap and prev.text.lower().endswith("n")) or prev.end + 1 != tokens[i].start:
            return False
        return any(c in self._one_word_places for c in cands_of(prev.text))

    @staticmethod
    def _accept(tokens: list[Token], i: int, j: int, ent: KnownEntity, name: str, morph: Morphology,
                listed: bool = False) -> bool:
        """Guard against common words that are also names (Aura, Salo, Pello, verso); `listed`: the name
        opens a list of towns, where a sentence's first word is no common noun."""
        first = tokens[i]
        if name.isupper():  # acronyms must be written in capitals
            stem = first.text.split(":")[0].split("-")[0]
            if len(stem) <= 3 and _in_capitals_run(tokens, i, j):
                return False  # "AVTAL OM STRATEGISKT SAMARBETE": a word of a heading in capitals, not OM
            bare = _ACRONYM_CASE.match(stem)
            return stem.isupper() or (bare is not None and j - i == 1 and bare.group(1) == name.replace(" ", ""))
        if _inflected_before_legal_form(tokens, i, j, name):
            return False  # "Mielen ry" is no "MIELI ry" inflected: a registered name inflects on its legal form
        if name not in ent.labels and (i == 0 or tokens[i - 1].text in _SENTENCE_OPENERS) \
                and common_word_name(name, morph):
            # "Säätiöt ja rahastot ovat ...": a name of common words left without its legal form, opening a
            # sentence, is the phrase with its sentence's capital (extract/common_word_names.py)
            return False
        if j - i == 1 and _plural_only_name_reading(first, name, morph):
            return False  # "Yleistä" (a heading, 'General') is the partitive of "yleinen", not Yle in the plural
        swedish_compass = (first.text in SWEDISH_PLACE_WORDS and j - i >= 2 and tokens[i + 1].is_cap)
        if not first.is_cap and name[:1].isupper() and not swedish_compass and not any(
                label[:1].islower() and label.lower() == name.lower() for label in ent.labels):
            # Finnish writes names headed by a common noun in lower case in running text
            # ("sosiaali- ja terveysministeriölle"); place names keep their capital.
            words = name.split()
            if (ent.type in {"Municipality", "Region"} or len(words) < 2 or not words[-1][:1].islower()) \
                    and not _lower_case_agency(ent, name):
                return False
            if unwritten_common_name(tokens, i, name, morph):
                return False  # "toimintakyky kuntoon": words of the language, extract/common_word_names.py
        if j - i == 1 and ent.type in {"Municipality", "Region"} and not _capitals_place(tokens, i, name, morph):
            return False
        if j - i == 1 and ent.type == "CooperationArea" and _modifies_other_head(tokens, i, name):
            return False
        if j - i == 1 and ent.type == "Municipality" and _dated_place(tokens, i, j, morph):
            return False  # "julkistettiin Helsingissä 4. toukokuuta", "Paimiossa 12.3.2014": where, not who
        if j - i == 1 and ent.type in {"Municipality", "Region"}:
            readings = morph.analyse(first.text)
            # a sentence-initial "Pellon" may be the common noun "pelto": ambiguous without "kunta"
            # "Pohjois-Pohjanmaa": a capital after a hyphen is never a common noun, whatever Voikko guesses
            proper = re.search(r"-[A-ZÅÄÖ]", first.text) is not None or not any(
                a.cls in {"nimisana", "laatusana", "teonsana", "nimisana_laatusana"} and a.base[:1].islower()
                for a in readings)
            sentence_initial = i == 0 or tokens[i - 1].text in {".", "!", "?", ":", "•", "-", "–"}
            nxt = tokens[j].text.lower() if j < len(tokens) else ""
            # "Vasa stads socialnämnd": Voikko has no Swedish, so the genitive head is taken off by hand
            # "Porin kaupunginhallitus", "Pellon kunnanvaltuusto": a word made on the town's own genitive
            # (kaupungin-, kunnan-) after the name is the town's office or body, so the name is the town too
            head_follows = bool(nxt) and (any(b in MUNICIPALITY_HEADS or b.startswith(TOWN_WORD_OPENINGS)
                                              for b in morph.bases(nxt))
                                          or nxt in {"stads", "kommuns"})
            # "Kotkan uusi sivistysjohtaja X", "Salon uutena hyvinvointijohtajana aloittaa X": a post title after the
            # place's genitive (a word of newness between) is the town's office, as a kaupungin- word is
            head_follows = head_follows or (first.text.lower() != name.lower() and any(
                a.cls == "paikannimi" and a.case == "omanto" for a in readings) and _post_follows(tokens, j, morph))
            # "Savukoski: Eino Savukoski, varalla ...": a place in its base form heading a line of a list
            heading = nxt == ":" and first.text.lower() == name.lower()
            # "- Kiuruvesi", "• Vieremä (2 000 euroa)": a bullet line that holds only the place is a list of places
            heading = heading or (i == 1 and tokens[0].text in {"-", "–", "•", "*"} and nxt in {"", ",", ";", "("}
                                  and first.text.lower() == name.lower())
            # "Lahti hakee avustusta", "Kotka on mukana": the town as the subject of a finite verb right after it
            subject = sentence_initial and first.text.lower() == name.lower() and bool(nxt) and any(
                a.cls == "teonsana" and a.mood is not None for a in morph.analyse(nxt))
            # "Salon Vilpas hankkii", "Kotkan Reipas sai": a town's genitive right before a capitalised word opens
            # the name of the town's club or company, which recognition reads from the place (a common noun's
            # genitive before a capital is a heading's or a title's word, and those are in title case throughout)
            owner = sentence_initial and j < len(tokens) and tokens[j].is_cap and tokens[j].is_word \
                and not tokens[j].text.isupper() and tokens[j].start - first.end == 1 \
                and (j + 1 >= len(tokens) or not tokens[j + 1].is_cap) \
                and any(a.cls == "paikannimi" and a.case == "omanto" for a in readings)
            if sentence_initial and not proper and not head_follows and not heading and not listed and not subject \
                    and not owner \
                    and not _compound_place(first.text, name, readings):
                return False
            if not head_follows and _after_first_name(tokens, i, morph):
                return False  # "jäsen Kati Juvan ehdotuksesta": the surname of the person just named
            if _before_first_name(tokens, i, morph):
                return False  # "Lahti Pekka, Kemi Anna ja ...": surname-first rows of an attendance list
            if not head_follows and _given_name_town(tokens, i, morph):
                return False  # "Salla Virtanen", "Majava Kaarina": a person's given name, not the town
        return True


# what stands before a sentence's or a list item's first word
_SENTENCE_OPENERS = frozenset({".", "!", "?", ":", "•", "-", "–"})
# words of newness or standing between a town's genitive and its office ("Kotkan uusi sivistysjohtaja")
_OFFICE_ADJECTIVES = {"uusi", "uutena", "uudeksi", "entinen", "nykyinen", "vastavalittu", "väistyvä", "tuleva"}


def _plural_only_name_reading(tok: Token, name: str, morph: Morphology) -> bool:
    """Whether a one-word name reads from the word only in the plural while the word also reads as a common word:
    an organisation or a place named in the singular is not inflected in the plural, so the word is the common one
    ("Yleistä", the partitive of "yleinen", also reads as the plural elative of Yle). A name that is plural itself
    ("Virrat", "M2-Kodit") has no singular base of its own and is not touched."""
    readings = morph.analyse(tok.text)
    own = [a for a in readings if a.base.lower() == name.lower()]
    return bool(own) and all(a.number == "plural" for a in own) and any(
        a.base[:1].islower() and a.base.lower() != name.lower() for a in readings)


def _post_follows(tokens: list[Token], j: int, morph: Morphology) -> bool:
    """A lower-case post title at token j, or after one word of newness there."""
    if j < len(tokens) and tokens[j].text in _OFFICE_ADJECTIVES:
        j += 1
    return j < len(tokens) and tokens[j].text[:1].islower() and is_post(tokens[j].text, morph) is not None


# the head words that make a state agency's one-word name a compound of common nouns ("Valtiokonttori",
# "Verohallinto", "Maanmittauslaitos"): running text writes such a name in lower case as often as with its capital
# ("anomus valtiokonttorille", "kumppaneina verohallinto ja ..."), as it does the ministries' names
_AGENCY_HEADS = ("virasto", "laitos", "keskus", "hallitus", "hallinto", "konttori")


def _lower_case_agency(ent: KnownEntity, name: str) -> bool:
    """A state agency's one-word name made on an institution's head word, which may be written in lower case."""
    low = name.lower()
    return ent.type == "Agency" and name.isalpha() and not name.isupper() \
        and any(low.endswith(h) and len(low) > len(h) + 3 for h in _AGENCY_HEADS)


# what joins the towns of a list: "Ilmajoki, Kurikka ja Seinäjoki", "Närpes och Kristinestad"
_LIST_JOINERS = {",", "ja", "sekä", "och"}

COMPOUND_PLACE = 8  # letters of a place name from which Voikko's common-noun reading is only a guessed compound


def _compound_place(text: str, name: str, readings: tuple) -> bool:
    """A long place name Voikko also reads as a compound of common nouns ("Siilinjärvellä" as hedgehog+lake,
    "Kiuruvedellä"): the compound is a guess that no text means, so the place stands even opening a sentence.
    Short names ("Salossa", "Pellon", "Auran") are real words too and keep needing their head there; so does
    the base form, which opens attendance lines as a surname."""
    if text.lower() == name.lower():
        return False  # the base form opening a line may be a surname ("Kankaanpää Matti puheenjohtaja")
    return len(name) >= COMPOUND_PLACE and " " not in name and any(
        a.cls == "paikannimi" and a.base.lower() == name.lower() for a in readings) and all(
        a.base.lower() == name.lower() for a in readings)


def _after_first_name(tokens: list[Token], i: int, morph: Morphology) -> bool:
    """Whether a one-word place is the surname of the first name right before it: Finnish surnames are often
    town names ("Kati Juvan", "Pekka Salon", "Anna-Liisa Rauman"). The base form is judged with the layout of
    attendance lists elsewhere (extract/entities.py); this catches the inflected surname in running text."""
    if i == 0:
        return False
    prev, tok = tokens[i - 1], tokens[i]
    if not (prev.is_word and prev.is_cap) or prev.text.isupper() or tok.text.isupper() or tok.start - prev.end != 1:
        return False
    if any(a.case == "nimento" and a.base.lower() == tok.text.lower() for a in morph.analyse(tok.text)):
        return False  # a base form: left to the attendance-list rule, which knows the line
    if i >= 2 and tokens[i - 2].is_word and tokens[i - 2].is_cap and not any(
            a.base[:1].islower() for a in morph.analyse(tokens[i - 2].text)):
        return False  # "Kylämäkilä Juhani Nousiaisten kunnanjohtaja": surname first, then the town of the post
    if i + 1 < len(tokens) and morph.bases(tokens[i + 1].text) & _TOWN_ROLES:
        return False  # "Nurmi Janne-Pekka Pornaisten edustaja": a row's person, then the town they represent
    head, _, tail = prev.text.partition("-")
    parts = [prev.text] if not tail else [head, tail]
    return all(given_name_as_written(p, morph) for p in parts)


# roles held for a town, written right after its genitive in attendance rows
_TOWN_ROLES = {"edustaja", "varaedustaja", "kunnanjohtaja", "kaupunginjohtaja"}

_DATE = re.compile(r"^\d{1,2}\.(?:\d{1,2}\.(?:\d{2,4})?)?$|^\d{1,2}$")
_LOCATIVES = {"sisaolento", "ulkoolento"}


def _dated_place(tokens: list[Token], i: int, j: int, morph: Morphology) -> bool:
    """A town in the inessive or adessive right before a date ("Helsingissä 4. toukokuuta", "Kirkkonummella,
    1.1.2020"): the place where something was signed or announced, which the text names as a place, not as
    an actor. The town's own minutes name it elsewhere too."""
    k = j + 1 if j < len(tokens) and tokens[j].text == "," else j
    if k >= len(tokens) or not _DATE.match(tokens[k].text):
        return False
    if tokens[k].text.isdigit() and not (k + 1 < len(tokens) and tokens[k + 1].text == "."):
        return False  # "Helsingissä 12 hanketta": a number, not a day
    return any(a.case in _LOCATIVES for a in morph.analyse(tokens[i].text))


# what a pair of towns names when it is no pair of towns ("Helsinki-Vantaan lentoasema", "Kemi-Tornio-väli")
_ROUTE_HEADS = ("lentoasema", "lentokenttä", "tie", "rata", "väli", "yhteys", "linja", "reitti", "flygplats")

def _before_first_name(tokens: list[Token], i: int, morph: Morphology) -> bool:
    """Whether a town's base form opens a surname-first name: "Kemi Anna, Lahti Pekka ja ...". The first name
    must close the name (a comma, "ja", the end follows); "Kuopio Pekka Virtanen" keeps the town before a
    whole name."""
    tok = tokens[i]
    if i + 1 >= len(tokens) or tok.text.isupper() or not any(
            a.case == "nimento" and a.base.lower() == tok.text.lower() for a in morph.analyse(tok.text)):
        return False
    nxt = tokens[i + 1]
    if not (nxt.is_word and nxt.is_cap) or nxt.text.isupper() or nxt.start - tok.end != 1:
        return False
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    if after is not None and after.is_word and after.is_cap:
        return False
    head, _, tail = nxt.text.partition("-")
    parts = [nxt.text] if not tail else [head, tail]
    return all(given_name_as_written(p, morph) for p in parts)


# towns whose names Finns also give to their children; Voikko knows them only as places ("Kaarina" also as an
# essive of "kaari"), so a person's row or name reads as a town
GIVEN_NAME_TOWNS = {"kaarina", "salla", "aura", "inari", "loviisa", "lovisa", "simo"}
# capitalised words that open attendance rows or lists without being a surname ("Jäsen Kaarina ...")
_ROW_WORDS = {"jäsen", "varajäsen", "puheenjohtaja", "varapuheenjohtaja", "sihteeri", "läsnä", "poissa", "muut",
              "kunta", "kaupunki", "alue", "kylä", "ja", "sekä"}


# endings of Swedish and Finland-Swedish surnames that Voikko does not know ("Persson", "Holmgren", "Lindqvist"):
# Voikko guesses inflected readings for such words, which the base-form test above would take for a case ending
_NORDIC_SURNAME_ENDS = ("sson", "son", "berg", "ström", "gren", "qvist", "kvist", "lund", "dahl", "holm", "blom",
                        "stedt", "ander", "ius")


def _given_name_town(tokens: list[Token], i: int, morph: Morphology) -> bool:
    """Whether a town that is also a given name (GIVEN_NAME_TOWNS) is a person's given name here: in its base
    form, right before a capitalised surname ("Salla Virtanen", "Kaarina Majava"), or right after one in a
    surname-first row ("Majava Kaarina", "Virtanen Salla"). A place, a municipality's head word or a row
    word next to it keeps the town ("Inari Saariselkä", "Jäsen Salla"...: the town after a role word)."""
    tok = tokens[i]
    if tok.text.lower() not in GIVEN_NAME_TOWNS or tok.text.isupper():
        return False

    def surname_like(t: Token) -> bool:
        if not (t.is_word and t.is_cap) or t.text.isupper():
            return False
        readings = morph.analyse(t.text)
        bases = {a.base.lower() for a in readings}
        if bases & _ROW_WORDS or any(b in MUNICIPALITY_HEADS for b in bases) or any(
                a.cls in {"paikannimi", "teonsana", "etunimi", "seikkasana", "sidesana", "asemosana"}
                for a in readings):
            return False
        if all(a.cls is None for a in readings) and t.text.lower().endswith(_NORDIC_SURNAME_ENDS):
            return True  # "Lovisa Hedmansson": a surname Voikko does not know, guessed inflected forms and all
        return all(a.case in {"nimento", None} for a in readings)

    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    prev = tokens[i - 1] if i > 0 else None
    if nxt is not None and nxt.start - tok.end == 1 and surname_like(nxt):
        return True
    return prev is not None and tok.start - prev.end == 1 and surname_like(prev)


# Swedish compass words written apart from the name they qualify ("Södra Österbotten")
SWEDISH_PLACE_WORDS = {"norra", "södra", "östra", "västra", "mellersta", "egentliga"}
# first parts of place names hyphened to the rest ("Pohjois-Karjala", "Kanta-Häme", "Päijät-Häme")
PLACE_PREFIXES = ("pohjois", "etelä", "itä", "länsi", "keski", "kanta", "päijät", "varsinais", "ylä", "ala", "sisä")


# what stands around a town's name in a list of towns: "Joensuu, Outokum pu, Parikkala ja Ran tasalmi."
_LIST_NEIGHBOURS = frozenset({",", ";", ".", "ja", "sekä", "och"})


def _split_place(tokens: list[Token], j: int, places: frozenset[str]) -> str | None:
    """The town whose one-word name tokens j and j + 1 are, split by a PDF's spacing ("Outokum pu", "Ran tasalmi"),
    when a list holds them (a comma or "ja" before or after); else None. The second part is in lower case: a split
    word, not a second name."""
    nxt = tokens[j + 1].text
    if not (tokens[j].text[:1].isupper() and nxt.isalpha() and nxt.islower()
            and tokens[j + 1].start - tokens[j].end == 1):
        return None
    joined = (tokens[j].text + nxt).lower()
    if joined not in places:
        return None
    before = tokens[j - 1].text.lower() if j else ""
    after = tokens[j + 2].text.lower() if j + 2 < len(tokens) else ""
    return joined if before in _LIST_NEIGHBOURS or after in _LIST_NEIGHBOURS else None


def _hyphen_variants(tokens: list[Token], j: int) -> list[Token]:
    """A place name written without its hyphen: "Länsi Uudellamaalla", "Kantahämeen".

    Only a capitalised compass or place prefix qualifies, and a variant only counts when
    the trie knows the hyphened form, so "Keskiviikkona" or "Itä Helsinki" stay as they are.
    """
    tok = tokens[j]
    if not tok.is_cap or "-" in tok.text:
        return []
    stem, split = _prefix_forms(tok.text)
    out: list[Token] = []
    # "Etelän Savon": the prefix itself put in the genitive as if it were a word of its own
    if stem and j + 1 < len(tokens):
        nxt = tokens[j + 1]
        if nxt.is_word and nxt.is_cap and "-" not in nxt.text and nxt.start - tok.end == 1:
            out.append(Token(f"{stem}-{nxt.text}", tok.start, nxt.end))
    out += [Token(form, tok.start, tok.end) for form in split]
    return out


@lru_cache(maxsize=65_536)
def _prefix_forms(text: str) -> tuple[str, tuple[str, ...]]:
    """What `_hyphen_variants` needs of a word's text alone, computed once per word form:
    the prefix to join to the next word ("" when none) and the word split after a prefix."""
    low = text.lower()
    stem = text if low in PLACE_PREFIXES else text[:-1] if low[:-1] in PLACE_PREFIXES else ""
    split = []
    for p in PLACE_PREFIXES:
        rest = text[len(p):]
        if low.startswith(p) and len(rest) >= 4 and rest.isalpha():
            split.append(f"{text[:len(p)]}-{rest[:1].upper()}{rest[1:]}")
    return stem, tuple(split)


def _in_capitals_run(tokens: list[Token], i: int, j: int) -> bool:
    """Whether tokens[i:j] sit between words in capitals of three or more letters (a capitals heading)."""
    def caps(k: int) -> bool:
        return 0 <= k < len(tokens) and tokens[k].is_word and len(tokens[k].text) >= 3 and tokens[k].text.isupper()
    return caps(i - 1) and caps(j)


_ROMAN = re.compile(r"^[IVXLCDM]+$")


def _capitals_place(tokens: list[Token], i: int, name: str, morph: Morphology) -> bool:
    """Whether a one-word place name written in capitals really is the place.

    A short word in capitals is usually an acronym or a numeral that happens to spell
    a place: "EURA" (the EU funds system) is not Eura, part "II" of a series is not Ii.
    Roman numerals never name a place; a short base form in capitals counts only with its
    head ("AURAN KUNTA", "AURA KUNTA") or inside a column of capitals; inflected or longer
    forms in capitals ("KITEEN KAUPUNKI", "JAKOBSTAD") are written words, not acronyms.
    """
    tok = tokens[i].text
    if not tok.isupper() or name.isupper():
        return True
    if _ROMAN.match(tok):
        return False
    if tok.lower() != name.lower() or len(tok) > 4:
        return True  # inflected ("KITEEN") or long ("JAKOBSTAD" in a table column): a written word
    prev = tokens[i - 1].text if i > 0 else ""
    nxt = tokens[i + 1].text if i + 1 < len(tokens) else ""
    if prev.isupper() and prev.isalpha() and nxt.isupper() and nxt.isalpha():
        return True  # a column of names in capitals ("PORI SALO RAUMA")
    return bool(nxt) and any(b in MUNICIPALITY_HEADS or b in REGION_HEADS for b in morph.bases(nxt.lower()))


_AREA_HEADS = ("erva", "erityisvastuualue", "alue", "område")


# the plural of "kunta" in every case: the municipalities of an area, named by the area's genitive
_AREA_MUNICIPALITIES = frozenset({"kunnat", "kuntien", "kunnissa", "kuntiin", "kunnista", "kunnille", "kunnilla",
                                  "kunnilta", "kuntia", "kunniksi", "kuntina"})


def _modifies_other_head(tokens: list[Token], i: int, name: str) -> bool:
    """Whether a bare area name ("Itä-Suomi") is only the genitive modifier of another thing.

    "Itä-Suomen suuralueosio", "Etelä-Suomen ja Länsi-Suomen lääneissä", "Itä-Suomen
    yliopisto" name a programme section, provinces and a university: the same compass-point
    words as the cooperation area, but the head that follows says what is meant. The
    area's own names carry their head ("Itä-Suomen yhteistyöalue") and match in full.
    """
    tok = tokens[i].text
    if tok.lower() == name.lower() or not tok.lower().endswith("n"):
        return False
    if name.lower().endswith(_AREA_HEADS):
        return False  # "HYKS-ervan kunnat": a name with its own area head is the area, whatever follows
    k = i + 1
    while (k + 1 < len(tokens) and tokens[k].text.lower() in COORDINATORS
           and tokens[k + 1].is_cap and tokens[k + 1].text.endswith("n")):
        k += 2
    if k >= len(tokens) or not tokens[k].is_word:
        return False
    head = tokens[k].text
    # a word in capitals ("ITÄ-SUOMEN LÄÄNINHALLITUS") is a common noun written in a heading
    lower = not tokens[k].is_cap or (head.isupper() and len(head) >= 3)
    # "Itä-Suomen alueella" is the area itself; "Itä-Suomen alueelliselle kurssille" is not
    low = head.lower()
    area_itself = (low.startswith("alue") and not low.startswith("alueelli")) or low.startswith("området")
    # "Kehys-Kainuun kunnat", "Itä-Lapin kunnissa": the area's municipalities are the area's own
    area_itself = area_itself or low in _AREA_MUNICIPALITIES
    return lower and not area_itself


_LEGAL_FORM = re.compile(r"\s+(?:ry|r\.y\.|rf|r\.f\.)$", re.IGNORECASE)


CONTEXT_STEM = 5  # letters from which a name's last letter is dropped: an inflected form still shows it


def _context_stem(name: str) -> str:
    """A name's stem that its inflected forms share: "Åland" -> "Ålan" ("Ålands"), "Ahvenanmaa" -> "Ahvenanma"."""
    return name[:-1] if len(name) >= CONTEXT_STEM else name


# the legal form that closes a registered name: the word that takes the name's case ending ("MIELI ry:n")
_LEGAL_FORM_WORDS = frozenset({"ry", "r.y.", "rf", "r.f.", "sr", "oy", "oyj", "ab", "abp"})


def _inflected_before_legal_form(tokens: list[Token], i: int, j: int, name: str) -> bool:
    """Whether a known name closed by its legal form ("MIELI ry") met text whose words before that form are not
    as the name writes them ("Mielen ry"). Finnish inflects such a name on the legal form only ("MIELI ry:lle"),
    so a genitive before "ry" is another association's own name (Mielen ry, of Tampere), not the known one's
    inflection; the lemma match of the trie would take one for the other."""
    if j - i < 2 or name.rsplit(None, 1)[-1].lower() not in _LEGAL_FORM_WORDS:
        return False  # the cheap test first: most names met have no legal form
    words = _name_tokens(name)
    if len(words) < 2 or words[-1] not in _LEGAL_FORM_WORDS or j - i != len(words):
        return False
    return any(fold(tokens[k].text.lower()) != fold(words[k - i]) for k in range(i, j - 1))


def _without_legal_form(name: str) -> str:
    """An association's name without its registered-association suffix ("ry", "rf")."""
    return _LEGAL_FORM.sub("", name)


def _name_tokens(name: str) -> list[str]:
    """A known name as the lower-case token sequence the trie stores."""
    return [t.text.lower() for t in tokenize(name) if t.text not in {"(", ")", ",", "."}]


def _plural(tok: Token, morph: Morphology) -> bool:
    return any(a.number == "plural" for a in morph.analyse(tok.text))


def _priority(t: str) -> int:
    return TYPE_PRIORITY.index(t) if t in TYPE_PRIORITY else len(TYPE_PRIORITY)


def _candidates(tok: Token, morph: Morphology) -> set[str]:
    if not tok.is_word:
        return {tok.text.lower()}
    out = morph.bases(tok.text)
    bare = _ACRONYM_CASE.match(tok.text)
    if bare:
        out = out | {bare.group(1).lower()}
    consonant = _CONSONANT_NAME_CASE.match(tok.text) if tok.is_cap else None
    if consonant:
        out = out | {consonant.group(1).lower()}
    if tok.text.endswith("s") and len(tok.text) > 3 and (tok.is_cap or tok.text.endswith(("ets", "ens", "es"))
                                                         or tok.text[-2].lower() not in "aeiouyåäös"):
        # Swedish genitive: "Raseborgs stad", "social- och hälsovårdsministeriets", "förbundets",
        # "Östra Nylands välfärdsområdes" (a noun ending in -e takes a bare -s), "Nylands förbunds" (a noun ending in
        # a consonant takes a bare -s too; a Finnish word ends in -s after a vowel: "kokous", "yhdistys")
        out = out | {tok.text[:-1].lower()}
    lead = _ADJECTIVE_LEAD.match(tok.text) if tok.is_cap else None
    if lead:
        # "Uudessakaarlepyyssä", "Uudenkaarlepyyn", "Vähässäkyrössä": both parts of a town's name that opens on an
        # adjective (Uusi-, Iso-, Vähä-) inflect, and Voikko knows Uusikaupunki and Isokyrö but not every such town
        # (not the former Vähäkyrö); the second part's bases follow the adjective's base
        first = next(base for base, forms in _ADJECTIVE_FORMS.items() if lead.group(1) in forms)
        out = out | {first + b for b in morph.bases(lead.group(2)) if len(b) >= 4}
    readings = morph.analyse(tok.text)
    if readings and all(a.number == "plural" for a in readings):
        # a name that exists only in the plural ("Saamelaiskäräjät") is stored in its plural nominative;
        # Voikko gives the singular base, so "Saamelaiskäräjien" needs the plural form made again
        out = out | {a.base.lower() + "t" for a in readings if a.base[-1:].lower() in "aeiouyäö"}
        # ... and in the weak grade where the stem alternates: "Virtain kaupunki" is Virrat (base "Virta")
        out = out | {w for a in readings for w in _weak_plurals(a.base.lower())}
    return out


# consonant gradation before a stem's last vowel, strong to weak, as the plural nominative writes it
_GRADATION = (("kk", "k"), ("pp", "p"), ("tt", "t"), ("nk", "ng"), ("mp", "mm"), ("lt", "ll"), ("nt", "nn"),
              ("rt", "rr"), ("ht", "hd"))


def _weak_plurals(base: str) -> set[str]:
    """The plural nominatives in the weak grade a singular base can have ("virta" -> "virrat")."""
    if len(base) < 4 or base[-1] not in "aeiouyäö":
        return set()
    stem, vowel = base[:-1], base[-1]
    return {stem[:-len(strong)] + weak + vowel + "t" for strong, weak in _GRADATION if stem.endswith(strong)}


# an adjective inflected as the first part of a town's name (Uusikaupunki, Isokyrö, Vähäkyrö): its singular case
# forms, the base first; the nominative is the name itself, which needs nothing
_ADJECTIVE_FORMS = {
    "uusi": ("Uuden", "Uudessa", "Uuteen", "Uudesta", "Uudella", "Uudelle", "Uudelta", "Uutena", "Uudeksi"),
    "iso": ("Ison", "Isossa", "Isoon", "Isosta", "Isolla", "Isolle", "Isolta", "Isona", "Isoksi"),
    "vähä": ("Vähän", "Vähässä", "Vähään", "Vähästä", "Vähällä", "Vähälle", "Vähältä", "Vähänä", "Vähäksi"),
}
_ADJECTIVE_LEAD = re.compile(r"^(" + "|".join(f for forms in _ADJECTIVE_FORMS.values() for f in forms)
                             + r")([a-zåäö]{4,})$")


@lru_cache(maxsize=1)
def reference_gazetteer() -> Gazetteer:
    from welfare_kg.data import load_reference

    return Gazetteer.from_graph(load_reference())
