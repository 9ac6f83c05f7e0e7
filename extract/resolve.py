"""Turning mentions into entities with stable IRIs, within a document and across documents.

Reference entities keep their reference IRI. Other names get an IRI from their
identity key (content lemmas), so the same project under two wordings meets at one
IRI in every document. Merging is conservative and recorded: inside one document,
names that share an acronym, a name part or whose keys nest are one thing; across
documents only equal keys meet, and bare common nouns ("yhteistyösopimus") never do.
"""

from __future__ import annotations

import re

from welfare_kg.extract.body_vocabulary import body_pattern
from welfare_kg.extract.model import Entity, Mention
from welfare_kg.extract.names import fold
from welfare_kg.ontology.namespace import ID, TYPE_SLUGS

UNDERTAKINGS = {"Project", "Programme", "Agreement", "WorkPackage", "Association"}
# rules whose mentions carry the IRI of a reference entity ("Paf-stöd": the funder Paf of the reference data)
REFERENCE_RULES = {"gazetteer", "money-compound", "bare-acronym"}


def mint(type_: str, key: str) -> str:
    if type_ == "Body":
        key = body_key(key)
    elif type_ == "Association":
        key = association_key(key)
    elif type_ == "Company":
        key = company_key(key)
    elif type_ == "JointAuthority":
        key = joint_authority_key(key)
    elif type_ == "CooperationArea":
        from welfare_kg.extract.subregion_keys import cooperation_area_key

        key = cooperation_area_key(key)  # "Turun seutu", "Åbotrakten": the reference sub-region
    return str(ID[f"{TYPE_SLUGS[type_]}/{key}"])


# a joint authority's kind word before its name ("Kuntayhtymä Kvarnen", "Samkommunen Kvarnen") or, in Swedish, after
# it ("Kvarnen samkommun"): the name alone names it, as the reference data's keys do ("kallio", "karviainen")
_JOINT_KIND_START = re.compile(r"^(?:[a-z]*kuntayhtyma|samkommunen)-")  # "Perusturvakuntayhtymä Karviainen" too
_JOINT_KIND_END = re.compile(r"-samkommun$")


def joint_authority_key(key: str) -> str:
    """The key without a kind word the name is written with ("kuntayhtyma-kvarnen", "kvarnen-samkommun" ->
    "kvarnen"); a key that is little more than the kind stays."""
    bare = _JOINT_KIND_END.sub("", _JOINT_KIND_START.sub("", key))
    return bare if len(bare) >= 3 and any(c.isalpha() for c in bare) else key


# a company's legal form, Finnish, Swedish or English, written before or after the name or left out:
# "Oy Granilla Ab", "Granilla Ab" and "Granilla" are one company
_COMPANY_FORM_END = re.compile(r"(?:-(?:oy|oyj|ab|abp|ltd))+$")
_COMPANY_FORM_START = re.compile(r"^(?:(?:oy|ab)-)+")


def company_key(key: str) -> str:
    """The key without the legal form at its ends ("oy-granilla-ab" -> "granilla"); a key that is little more
    than the form ("oy-ab") stays."""
    bare = _COMPANY_FORM_START.sub("", _COMPANY_FORM_END.sub("", key))
    return bare if len(bare) >= 3 and any(c.isalpha() for c in bare) else key


_SLUG_TYPES = {slug: type_ for type_, slug in TYPE_SLUGS.items()}


def minted_type(iri: str | None) -> str | None:
    """The class an entity IRI was minted for (its path segment: ".../joint-authority/kallio" is a
    JointAuthority), for an IRI no mention of the document carries (a publisher read from the reference data);
    None for an IRI of another shape."""
    parts = (iri or "").rstrip("/").split("/")
    return _SLUG_TYPES.get(parts[-2]) if len(parts) >= 2 else None


# the registered form an association's name may end with or leave out: "Kirkkopalvelut ry" is Kirkkopalvelut
_REGISTERED_FORM = re.compile(r"-(?:ry|r-y|rf|r-f|sr|s-r)$")


def association_key(key: str) -> str:
    """The key without the registered form at its end ("kirkkopalvelut-ry" -> "kirkkopalvelut"), so that the
    documents writing the form and those leaving it out name one association; a key that is only the form
    stays."""
    bare = _REGISTERED_FORM.sub("", key)
    key = bare if bare and bare != key and any(c.isalpha() for c in bare) else key
    # "Alzheimer-yhdistys", "Alzheimer yhdistys" and "Alzheimeryhdistys": one compound, written apart or together
    return _KIND_APART.sub(r"\1", key)


# an association's kind word ending its name as a part of its own ("helsingin-alzheimer-yhdistys"), after a word
# that is no genitive ("Kuurojen liitto", "Kylän seura": a genitive and a noun, written apart in every document)
_KIND_APART = re.compile(r"(?<=[a-z0-9]{2}[a-mo-z0-9])-(yhdistys|liitto|seura|kerho|saatio)$")


# A bilingual municipality's or county's council and board under their Finnish names, so that the Swedish and the
# Finnish documents of one owner meet: Swedish heads that say whose body they are, and bare ones under a county
# (a two-digit county code; a municipality's bare "fullmäktige" may be a kunnan- or kaupunginvaltuusto)
_SWEDISH_BODY_KEYS = {"valfardsomradesfullmaktige": "aluevaltuusto", "valfardsomradesstyrelse": "aluehallitus",
                      "kommunfullmaktige": "kunnanvaltuusto", "stadsfullmaktige": "kaupunginvaltuusto",
                      "kommunstyrelse": "kunnanhallitus", "stadsstyrelse": "kaupunginhallitus"}
_COUNTY_BODY_KEYS = {"fullmaktige": "aluevaltuusto", "styrelse": "aluehallitus"}
# A municipality's (a three-digit code) council and board under the Local Government Act's names: a city may call
# them "kaupunginvaltuusto" and "kaupunginhallitus" (kuntalaki 410/2015 § 14, § 39) and its minutes, an abbreviation
# ("KH") or a Swedish page may word them either way, yet they are one council and one board; a municipality has one
# "fullmäktige" (its council) whichever kind of town it is
_MUNICIPAL_BODY_KEYS = {"kaupunginvaltuusto": "kunnanvaltuusto", "kaupunginhallitus": "kunnanhallitus",
                        "fullmaktige": "kunnanvaltuusto"}


def body_key(key: str) -> str:
    """"<owner>-<body>" with a Swedish council or board word in its Finnish form ("03-fullmaktige" ->
    "03-aluevaltuusto", "905-stadsstyrelse" -> "905-kaupunginhallitus"), and a municipality's council or board
    under the law's name ("905-kaupunginhallitus" -> "905-kunnanhallitus"), so that every document names one."""
    owner, _, body = key.partition("-")
    if not body:
        return key
    finnish = _SWEDISH_BODY_KEYS.get(body) or (_COUNTY_BODY_KEYS.get(body) if re.fullmatch(r"\d{2}", owner) else None)
    if re.fullmatch(r"\d{3}", owner):
        finnish = _MUNICIPAL_BODY_KEYS.get(finnish or body, finnish)
    return f"{owner}-{finnish}" if finnish else key


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
    return [why for why, _ in resolve_undertakings_explained(mentions, doc_key, area_slugs)]


def resolve_undertakings_explained(mentions: list[Mention], doc_key: str, area_slugs: set[str],
                                   place_slugs: frozenset[str] | set[str] = frozenset(),
                                   ) -> list[tuple[str, tuple[Mention, ...]]]:
    """Assign IRIs to project/programme/agreement mentions; returns why clusters merged, with the mentions.

    `place_slugs`: every label of the places, folded (Swedish ones too), for a name with its area beside the same
    name alone. Only mentions that share an acronym, a key or (agreements) nested keys can merge, so
    candidates come from indexes on those keys instead of every pair: the cost grows
    with the mentions, not their square (a 5 MB compilation of minutes has thousands).
    """
    named = [m for m in mentions if m.type in UNDERTAKINGS and not m.generic]
    why: list[tuple[str, tuple[Mention, ...]]] = []
    uf = _UnionFind(len(named))
    for i, j in candidate_pairs(named):
        a, b = named[i], named[j]
        reason = _merge_reason(a, b)
        if reason:
            if uf.find(i) != uf.find(j):
                why.append((f"{a.label!r} = {b.label!r}: {reason}", (a, b)))
            uf.union(i, j)
    for i, j in _place_variant_pairs(named, set(area_slugs) | set(place_slugs)):
        if uf.find(i) != uf.find(j):
            why.append((f"{named[i].label!r} = {named[j].label!r}: the same name with its area", (named[i], named[j])))
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
        known = next((m for m in ms if m.rule in REFERENCE_RULES and m.iri), None)
        if known is not None:
            typ, iri = known.type, known.iri
        for m in ms:
            m.iri, m.type = iri, typ
    # bare common nouns: the one named thing of that kind in this document, or their own local node
    same_cache: dict[tuple[str, str], set[str]] = {}
    for m in mentions:
        if m.type in UNDERTAKINGS and m.generic:
            ck = (m.type, m.label)
            if ck not in same_cache:
                same_cache[ck] = {x.iri for x in named if x.type == m.type and m.label in x.label.lower()
                                  and x.iri}
            same = same_cache[ck]
            if len(same) == 1:
                m.iri = next(iter(same))
                why.append((f"{m.label!r} refers to the only {m.type} named in the document", (m,)))
            else:
                m.iri = mint(m.type, f"{doc_key}-{fold(m.label)}")
    return why


def _compatible(a: Mention, b: Mention) -> bool:
    return a.type == b.type or {a.type, b.type} <= {"Project", "Programme", "WorkPackage"}


def _merge_reason(a: Mention, b: Mention) -> str | None:
    """Why two mentions name one thing, or None: the single definition the candidate index serves."""
    if not _compatible(a, b):
        return None
    if a.acronym and (a.acronym == b.acronym or b.key == f"acronym:{a.acronym.lower()}"):
        return f"same acronym {a.acronym}"
    if b.acronym and a.key == f"acronym:{b.acronym.lower()}":
        return f"same acronym {b.acronym}"
    if _keys(a) & _keys(b):
        return "same name or name part"
    if _one_word(a) and _one_word(a) == _one_word(b):
        return "same one-word name"
    if a.type == b.type == "Agreement" and a.key and b.key and _nested(a.key, b.key):
        return "one name contains the other"
    if _class(a) == _class(b) and (_written(b) in _echoes(a) or _written(a) in _echoes(b)):
        return "one name holds the other as its short name"
    return None


# a dash spaced on at least one side: what stands before it is a short name, what follows its subtitle or owner
_SPACED_DASH = re.compile(r"\s[-–—]\s?|[-–—]\s")
# a short name or acronym in brackets closing a name ("... IP-maakunnissa (MEMU)", "... ympäristöt (Javist)")
_CLOSING_BRACKET = re.compile(r"\(([^()]{2,30})\)\s*$")


# a funding system's project code closing a name ("S20398", "A73456", "J12345": EURA 2014 codes)
_CLOSING_CODE = re.compile(r"\s+[A-Z]\d{4,6}\s*$")


_CODE_WORD = re.compile(r"(?:^|-)[a-z]\d{4,6}(?:-|$)")


def _written(m: Mention) -> str:
    """A mention's name as written, folded (case, dashes and diacritics aside)."""
    return fold(m.label)


def _echoes(m: Mention) -> set[str]:
    """The shorter names a project's name holds, by its layout: the names its reading found inside it
    ("Terveysliikunnalla työhyvinvointia -Orimattilan kaupungin henkilöstön terveysliikuntahanke"), the short
    name before a spaced dash ("IndusTryWINS – Teollisen vihreän siirtymän ...") and a short name in brackets
    closing it ("... IP-maakunnissa (MEMU)"). A document that writes the long name once and the short one
    later names one project; each echo is folded as written (no lemmas: the words of a coined name are no
    words of the language). Programmes and agreements keep their own merging (their parts are often other
    things: a programme's priority, a contract's parties)."""
    if m.type != "Project":
        return set()
    label = m.label.strip()
    out = {fold(p) for p in m.parts}
    lead = _SPACED_DASH.split(label, maxsplit=1)
    if len(lead) == 2 and lead[0].strip() and len(lead[0].split()) <= 4:
        out.add(fold(lead[0]))
    if (br := _CLOSING_BRACKET.search(label)) and len(br.group(1).split()) <= 2 and br.group(1)[:1].isupper():
        out.add(fold(br.group(1)))
    if (code := _CLOSING_CODE.search(label)) and code.start() > 0:
        out.add(fold(label[:code.start()]))  # "Rainer S20398": a project card's title with its EURA code
    if m.acronym:  # "Pitkä nimi (LYH) -hanke": the bracketed short name, read apart from the label
        out.add(fold(m.acronym))
    out.discard(fold(label))
    return {e for e in out if len(e) >= 3}


def _place_variant_pairs(named: list[Mention], area_slugs: set[str]) -> list[tuple[int, int]]:
    """Projects whose keys differ only by a place ("Arjen turva Pohjois-Savossa" and "Arjen turva",
    "Kymenlaakson sosiaalityön koulutus- ja kehittämishanke" and "Sosiaalityön koulutus- ja kehittämishanke"):
    one project, named once with the area it runs in. Only when the document names that project with one
    area: "X Kainuussa" and "X Lapissa" beside a bare "X" are sister projects, and the bare one stays apart."""
    by_key: dict[str, list[int]] = {}
    for i, m in enumerate(named):
        if m.type == "Project" and m.key and not m.key.startswith("acronym:"):
            by_key.setdefault(m.key, []).append(i)
    variants: dict[str, set[str]] = {}
    for key in by_key:
        words = key.split("-")
        for slug in area_slugs & _key_spans(words):
            core = [w for w in words if w not in slug.split("-")]
            if len(core) >= 2:
                variants.setdefault("-".join(core), set()).add(key)
    pairs: list[tuple[int, int]] = []
    for core, keys in variants.items():
        if core in by_key and len(keys) == 1:
            other = by_key[next(iter(keys))][0]
            first = by_key[core][0]
            pairs.append((min(first, other), max(first, other)))
    # "Kaakkois-Suomen osahanke" and "Kaakkois-Suomen alueen osahanke": a place's name with or without the word
    # for area is one place (the key's other words the same, at least two of them)
    plain: dict[str, set[str]] = {}
    for key in by_key:
        words = key.split("-")
        if "alue" in words and len(words) >= 3:
            plain.setdefault("-".join(w for w in words if w != "alue"), set()).add(key)
    for bare, keys in plain.items():
        if bare in by_key and len(keys) == 1:
            a, b = by_key[bare][0], by_key[next(iter(keys))][0]
            pairs.append((min(a, b), max(a, b)))
    return pairs


def _key_spans(words: list[str]) -> set[str]:
    """The place slugs a key's words may spell: each word, and each two or three of them in the orders a
    place's name joins them ("pohjois-savo", "etela-savo": a key's words are sorted, so a place's words need
    not stand together in it)."""
    few = [w for w in words if len(w) > 2 and not re.fullmatch(r"[ivx]+", w)][:12]  # "II" is no town Ii
    out = set(few)
    out.update(f"{a}-{b}" for a in few for b in few if a != b)
    return out


def _class(m: Mention) -> str:
    """Mentions of different classes never merge: projects, programmes and work packages form one class."""
    return "PPW" if m.type in {"Project", "Programme", "WorkPackage"} else m.type


def candidate_pairs(named: list[Mention]) -> list[tuple[int, int]]:
    """Pairs (i < j) that may merge, in the order a pairwise scan would meet them.

    Members of one key group are all joined by the group's first member, so later
    members add no pairs of that group; an acronym bucket ("TOP" as acronym and as
    "TOP-hanke" key) is joined by its first acronym bearer and by the bearers of the
    key before it. Clusters come out as with every pair compared, in O(n log n).
    """
    buckets: dict[tuple, list[int]] = {}
    for i, m in enumerate(named):
        cls = _class(m)
        for k in _keys(m):
            buckets.setdefault((cls, "key", k), []).append(i)
        if _one_word(m):  # "Työkuntoon-hanke" and "Työkuntoon -hanke": keyed as written and as lemmas
            buckets.setdefault((cls, "key", f"word:{_one_word(m)}"), []).append(i)
        if m.acronym:
            buckets.setdefault((cls, "acr", m.acronym.lower()), []).append(i)
        elif m.key and m.key.startswith("acronym:"):
            buckets.setdefault((cls, "acr", m.key.removeprefix("acronym:")), []).append(i)
    pairs: set[tuple[int, int]] = set()
    written: dict[tuple[str, str], list[int]] = {}
    for i, m in enumerate(named):
        written.setdefault((_class(m), _written(m)), []).append(i)
    holders: dict[tuple[str, str], list[int]] = {}
    for i, m in enumerate(named):
        for echo in _echoes(m):
            holders.setdefault((_class(m), echo), []).append(i)
    for ck, held_by in holders.items():  # the names holding a short name and the mentions written so: joined
        for j in written.get(ck, ()):  # through the first of each side, as all their pairs would join them
            pairs.update((min(a, b), max(a, b)) for a, b in ((held_by[0], j), (held_by[-1], j)) if a != b)
        first = written.get(ck, [None])[0]
        if first is not None:
            pairs.update((min(a, first), max(a, first)) for a in held_by if a != first)
    for (_cls, kind, _k), members in buckets.items():
        if len(members) < 2:
            continue
        if kind == "key":
            first = members[0]
            pairs.update((first, j) for j in members[1:])
            continue
        bearers = [i for i in members if named[i].acronym]
        if not bearers:
            continue
        a0 = bearers[0]
        pairs.update((a0, j) for j in members if j > a0)
        keyed_before = [i for i in members if i < a0]
        if keyed_before:  # the first joins every bearer, the rest need only the first bearer
            pairs.update((keyed_before[0], j) for j in bearers)
            pairs.update((k, a0) for k in keyed_before[1:])
            pairs.update((k, j) for k in keyed_before for j in bearers[:1])
    pairs |= _nested_agreement_pairs(named)
    return sorted(pairs)


def _nested_agreement_pairs(named: list[Mention]) -> set[tuple[int, int]]:
    """Agreements whose key word sets nest: each key's first mention meets every mention of the other key."""
    by_key: dict[str, list[int]] = {}
    for i, m in enumerate(named):
        if m.type == "Agreement" and m.key and len(set(m.key.split("-"))) >= 2:
            by_key.setdefault(m.key, []).append(i)
    postings: dict[str, set[str]] = {}
    for key in by_key:
        for w in set(key.split("-")):
            postings.setdefault(w, set()).add(key)
    pairs: set[tuple[int, int]] = set()
    for key, group in by_key.items():
        words = sorted(set(key.split("-")), key=lambda w: len(postings[w]))
        supersets = set(postings[words[0]])
        for w in words[1:]:
            supersets &= postings[w]
        for other in supersets - {key}:  # `other` contains every word of `key`
            for i, j in [(group[0], x) for x in by_key[other]] + [(by_key[other][0], x) for x in group]:
                if i != j:
                    pairs.add((min(i, j), max(i, j)))
    return pairs


def _keys(m: Mention) -> set[str]:
    """The mention's identity key, when it is a real multi-word key (not an acronym's)."""
    out = {m.key} if m.key and not m.key.startswith("acronym:") and "-" in m.key else set()
    return out


def _one_word(m: Mention) -> str | None:
    """The folded name of a mention named by one plain word ("Työkuntoon"), else None: an acronym has its own
    index, and a compound with a kind word ("Ikävoimaa-avustusohjelma") is no one-word name."""
    label = m.label.strip()
    if not label.isalpha() or label.isupper():
        return None
    return fold(label) or None


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
    # a key with a funding system's code ("rainer-s20398") is the card's, the name alone is every document's
    uncoded = [k for k in keys if not _CODE_WORD.search(k)]
    if not uncoded:
        acr = next((m.acronym or m.label for m in ms if m.key and m.key.startswith("acronym:")), None)
        if acr or not keys:
            return fold(acr) if acr else None
    keys = uncoded or keys
    with_area = [k for k in keys if any(a in k for a in area_slugs)]
    pool = with_area or keys
    multi = [k for k in pool if len(k.split("-")) >= 2]
    if multi:
        return multi[0]
    # a one-word name stands before its kind word uninflected ("Työkuntoon -hanke", "Työkuntoon-hanke"): its
    # written base form names it in every document, the lemma of that word may be another word ("työkunto")
    written = sorted({w for m in ms if m.key in pool and (w := _one_word(m))
                      and not w.endswith(_KIND_WORDS)})
    return written[0] if len(written) == 1 else pool[0]


# a one-word name that is its kind word's compound ("Työpajahanke") is keyed by the lemma of its first part
_KIND_WORDS = ("hanke", "projekti", "ohjelma", "pilotti")


def _owned_head(m: Mention) -> bool:
    """A board's bare head ("Hallitus", "Yhtymäkokous") when the mention names it by its owner
    ("Pohjois-Pohjanmaan liiton hallitus"): not a name of this board, since minutes call their own board so,
    and a bare name two boards shared merged them or tied the owned one to the meeting's board (its members'
    posts went there)."""
    return m.type == "Body" and " " not in m.label and "-" not in m.label \
        and _HEAD.match(m.label.lower()) is not None \
        and any(p.lower().endswith(" " + m.label.lower()) for p in m.parts)


# a body's head word by the vocabulary of the acts ("hallitus", "yhtymäkokous"); a unit's own name
# ("Ruralia-instituutti", "Brahea-keskus") is none and stays a name
_HEAD = body_pattern()


def _written_order(m: Mention) -> str | None:
    """A person's name as the text wrote it surname first ("Virtanen Matti", "Virtanen, Matti"), when the label
    turned it round: the label stays "Matti Virtanen", and the written order is a name of the person as well (a
    reader, or an annotation, may give the name just as the list prints it)."""
    written = m.surface.replace(",", " ").split()
    named = m.label.split()
    if len(written) != 2 or len(named) != 2 or written == named:
        return None
    return " ".join(written) if [w.lower() for w in written] == [w.lower() for w in reversed(named)] else None


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
        if not _owned_head(m):
            ent.labels.add(m.label)
        ent.labels.update(m.parts)
        if m.type == "Person" and (written := _written_order(m)):
            ent.labels.add(written)
        if m.acronym:
            ent.labels.add(m.acronym)
            ent.attrs["acronym"] = m.acronym
    for ent in out.values():
        if not ent.reference:
            named = [m for m in ent.mentions if not m.generic]
            if named:
                ent.label = preferred_name(sorted(named, key=lambda m: m.start))
    return out


_LAYOUT_HYPHEN = re.compile(r"(\b[A-ZÅÄÖ][a-zåäö]+-) (?=[A-ZÅÄÖ][a-zåäö])")


_OWNER_WORDS = frozenset({"kaupunki", "kunta", "ry", "rf", "oy", "ab", "säätiö", "yhdistys", "liitto", "ministeriö",
                          "kommun", "stad", "förening", "förbund", "stiftelse", "seurakunta", "hyvinvointialue"})


def paired_title(label: str, part: str) -> bool:
    """"Miä ite – Myö yhessä", "Hyvin sanottu – Bra sagt": a title of two short halves, the second as short as the
    first and capitalised, is one name in two halves (a rhyme, a translation), not a name and its subtitle; a
    subtitle describes at length ("Hyvä teko tarttuu – osallisuuden ja vapaaehtoisuuden kehittäminen Mikkelissä")
    or in lower case, and the first half alone is then the name people use."""
    halves = re.split(r"\s[–—-]\s", label)
    if len(halves) != 2 or halves[0] != part:
        return False
    second = halves[1].split()
    if not second or second[0].endswith("n") or any(w.lower().strip(".,") in _OWNER_WORDS for w in second):
        return False  # "Arjen apu – Oulun kaupunki": who runs it, an owner's genitive or an organisation's name
    return second[0][:1].isupper() and not second[0].isupper() \
        and len(second) <= max(3, len(part.split())) and not any(c.isdigit() for c in halves[1])


def preferred_name(mentions: list[Mention]) -> str:
    """A document's name for a thing: how it first names it in full, without subtitle or period.

    The first full mention is usually the title or the most formal wording; its first
    part ("Tuki oikeasta paikasta" of "Tuki oikeasta paikasta (TOP) - Länsi-Suomen ...")
    is the name people use. Acronyms alone are a last resort.
    """
    full = [m for m in mentions if not m.label.isupper()] or mentions
    first = full[0]
    part = next((p for p in first.parts
                 if len(p.split()) >= 2 and not p.endswith(("-hanke", "-ohjelma", "kokonaisuus"))), None)
    if part is not None and paired_title(first.label, part):
        part = None
    # "Kanta- Hämeen": a compound broken at its hyphen by the layout is one word
    return _LAYOUT_HYPHEN.sub(r"\1", part or first.label)
