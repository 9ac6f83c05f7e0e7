"""Organisations named by a place's genitive and a compound whose last part says what kind of organisation it is:
"Keski-Suomen kalatalouskeskus", "Jämsän seudun koulutuskeskus", "Satakunnan vankila", "Keski-Pohjanmaan
maakuntamuseo", "Pohjanmaan tanssin aluekeskus", "Helsingin kaupungin tietokeskus".

No list holds these (regional centres, museums, prisons, road districts, institutes come and go), no legal form marks
them and their head is in lower case, so recognition read only the place and left the rest. The shape itself is the
evidence: a known place in the genitive (a municipality, region or sub-region mention, or Voikko's place name),
optionally its area word ("seudun", "kaupungin") and one lower-case genitive ("tanssin"), then a lower-case compound
whose last part is a kind of organisation. On the development and writing corpora that shape names a gold
organisation in four of five places; the rest are a municipal health centre or an office building, whose heads are
left out here (terveyskeskus, kunnanvirasto), and a university centre of a town that one annotator did not list.

The mention replaces the place mention it opens with (the place is the organisation's owner or area, as in the
gazetteer's "Keski-Suomen metsäkeskus"). The type follows the head: a city's or municipality's unit is a Body, a
prison, road district or museum a state or regional Agency, other centres and institutes an Association (what
FACTS.md's kinds give an organisation whose legal form the text does not show).
"""

from __future__ import annotations

import re

from welfare_kg.extract.caps_titles import sentence_case
from welfare_kg.extract.fields import LABELS
from welfare_kg.extract.gazetteer import TOWN_WORD_OPENINGS
from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology, place_genitive_reading
from welfare_kg.extract.names import fold
from welfare_kg.extract.resolve import mint
from welfare_kg.extract.spans import SpanIndex
from welfare_kg.extract.text_scans import matches

RULE = "place-kind-organisation"
_PLACES = {"Municipality", "Region", "CooperationArea"}
# last parts of a compound that name a kind of organisation, the letters a compound must have before them (0: the
# word alone names one, "Satakunnan vankila"), and the type each gives
_HEADS: tuple[tuple[str, int, str], ...] = (
    ("vankila", 0, "Agency"), ("tiepiiri", 0, "Agency"), ("museo", 3, "Agency"), ("yliopistokeskus", 0, "Agency"),
    # the state's district offices: "Pohjois-Pohjanmaan maanmittaustoimisto", "Lapin työvoimatoimisto"
    ("maanmittaustoimisto", 0, "Agency"), ("työvoimatoimisto", 0, "Agency"), ("verotoimisto", 0, "Agency"),
    ("keskus", 3, "Association"), ("instituutti", 3, "Association"), ("opisto", 0, "Association"),
)
# first parts of an "-opisto" that make it a municipality's or joint authority's school (a Body), or a university
_SCHOOL_UNITS = ("ammatti", "kansalais", "työväen", "musiikki", "aikuis", "kunnallinen")
# first parts of those compounds that make it a place, a venue or a municipality's own service, not an organisation
# of its own: "terveyskeskus", "kauppakeskus", "tapahtumakeskus", "palvelukeskus", "ulkomuseo"
_NOT_ORGANISATIONS = {"terveys", "kauppa", "kaupunki", "kunta", "kylä", "palvelu", "sote-", "asema", "toiminta",
                      "liike", "matka", "ostos", "hyvinvointi", "sosiaali", "päivä", "nuoriso", "kulttuuri",
                      "yritys", "osaamis", "tietopalvelu", "tapahtuma", "urheilu", "liikunta", "kongressi", "messu",
                      "vapaa-aika", "loma", "kylpylä", "virkistys", "harrastus", "asukas", "perhe", "vanhus", "ulko",
                      "lähi", "keskus", "ydin", "neuvola", "hoito", "kuntoutus", "lasten", "vastaanotto",
                      "yhteispalvelu", "ostos-", "seurakunta", "opetus", "kirjasto", "kauppa-", "auto", "huolto",
                      "jäte", "vesi", "lämpö"}
# area words between the place and the head; a city's or municipality's makes the organisation its unit
_AREA_WORDS = {"seudun": None, "alueen": None, "kaupungin": "Body", "kunnan": "Body"}
_OWNER = re.compile(r"(?<![\w-])[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?n[ \t]+")
_WORD = re.compile(r"([a-zåäö][a-zåäö-]{2,})(?![\w-])[ \t]*")
# the head may be capitalised as a word of the name ("Lehtimäen Opisto", "Suomen Urheiluopisto") when no capitalised
# word goes on after it
_CAP_HEAD = re.compile(r"([A-ZÅÄÖ][a-zåäö-]{2,})(?![\w-])")
_NEXT_CAP = re.compile(r"[ \t]+[A-ZÅÄÖ]")
# the same in an item title printed in capitals: "§ 53 POHJANMAAN TANSSIN ALUEKESKUKSEN AVUSTAMINEN"
_CAPS = re.compile(r"(?<![\w-])(?P<owner>[A-ZÅÄÖ]{3,}(?:-[A-ZÅÄÖ]{3,})?N)[ \t]+"
                   r"(?:(?P<area>SEUDUN|ALUEEN|KAUPUNGIN|KUNNAN)[ \t]+)?(?:(?P<mod>[A-ZÅÄÖ]{3,}N)[ \t]+)?"
                   r"(?P<head>[A-ZÅÄÖ][A-ZÅÄÖ-]{4,})(?![\w-])")
_LAST_WORD = re.compile(r"[\w-]+$")
_AFTER = re.compile(r"[ \t]+([a-zåäö]+)")
# what a centre's genitive before them makes a place: its building, rooms or yard
_PREMISES = {"rakennus", "hallintorakennus", "talo", "tila", "toimitila", "kiinteistö", "piha", "pihapiiri", "aula",
             "auditorio", "kokoustila", "kokoushuone", "sali", "tontti", "alue", "katu", "parkkipaikka"}


# a title that runs on in lower case to a head written after a spaced dash: "Kuopion Kesä tulee taas -tapahtuma",
# "Tornion Aine tulee kylään -hanke"
_DASH_TITLE_TAIL = re.compile(r"(?:[ \t]+[a-zåäö][\wåäö]*,?){0,6}[ \t]+[-–][a-zåäö]")


def opens_dash_title(text: str, end: int) -> bool:
    """Whether the capitalised words ending at `end` open the title of an event or undertaking whose head follows
    after a spaced dash: such words are that title's first words, never an organisation's name."""
    return _DASH_TITLE_TAIL.match(text, end) is not None


def _head(word: str, morph: Morphology) -> tuple[str, str, str | None] | None:
    """(base, type, case) when the word is, in some case, a singular compound ending in an organisation's kind."""
    for a in morph.analyse(word):
        base = a.base.lower()
        if a.number == "plural" or a.cls not in {"nimisana", None}:
            continue
        for head, before, typ in _HEADS:
            first = base[:len(base) - len(head)]
            if base.endswith(head) and len(first) >= before \
                    and (first not in _NOT_ORGANISATIONS or head == "opisto") \
                    and not first.startswith(("yli", "korkea")):  # a university is reference data
                # a municipality's own unit ("kaupunginmuseo", "kunnanmuseo") or school
                unit = first.startswith(TOWN_WORD_OPENINGS) or (head == "opisto" and first.startswith(_SCHOOL_UNITS))
                return base, "Body" if unit else typ, a.case
    return None


def _lower_genitive(word: str, morph: Morphology) -> bool:
    """A common noun's singular genitive ("tanssin", also a verb's past form; "vesiensuojelun")."""
    return any(a.case == "omanto" and a.cls == "nimisana" and a.number != "plural" for a in morph.analyse(word))


def _place_genitive(word: str, morph: Morphology) -> bool:
    """A genitive that Voikko reads as a place's, also where the town's name is a common noun too ("Kotkan",
    "Joensuun", "Lahden"): recognition leaves such a word unread at a line's or sentence's start, where its capital
    says nothing, but before a compound kind of organisation the place is what the words name (a list of partners
    "• Kotkan opisto")."""
    return place_genitive_reading(word, morph) and all(a.cls in {"paikannimi", "nimisana"} for a in morph.analyse(word))


_ILLATIVE_END = re.compile(r"(?:([aeiouyäö])\1n|seen|siin|h[aeiouyäö]n)$")


def _owner_genitive(word: str, morph: Morphology) -> bool:
    """A place mention's word read as a genitive: Voikko's word where it knows it, else not an illative's ending."""
    readings = morph.analyse(word)
    if readings:
        return any(a.case == "omanto" for a in readings)
    return word.endswith("n") and _ILLATIVE_END.search(word) is None


def place_kind_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                        morph: Morphology) -> list[list[Mention]]:
    """An organisation mention for each place genitive that a compound kind of organisation follows."""
    mentions = [m for ms in per_sentence for m in ms]
    have = SpanIndex(mentions)
    added: list[Mention] = []
    drop: set[int] = set()
    for om in _OWNER.finditer(text):
        owner_end = om.start() + len(om.group().rstrip())
        at = have.overlapping(om.start(), owner_end)
        place = next((m for m in at if m.type in _PLACES and m.start == om.start() and m.end >= owner_end), None)
        if at and place is None:
            continue  # the genitive is part of a name read already
        if place is not None and not _owner_genitive(om.group().rstrip(), morph):
            continue  # "perustaa Päijät-Hämeeseen resurssikeskus": an illative ends in -n too
        if place is None and not (_place_genitive(om.group().rstrip(), morph) or om.group().rstrip() == "Suomen"):
            continue
        pos, words, typ = om.end(), [], None
        if place is not None and place.end > owner_end:  # "Helsingin kaupungin": the place mention holds its word
            rest = text[owner_end:place.end].split()
            if len(rest) != 1 or rest[0] not in _AREA_WORDS or text[place.end:place.end + 1] not in {" ", "\t"}:
                continue
            words.append(rest[0])
            typ = _AREA_WORDS[rest[0]]
            pos = place.end + 1
        found = None
        for _ in range(3):
            cm = _CAP_HEAD.match(text, pos)
            if cm is not None and not _NEXT_CAP.match(text, cm.end()) \
                    and (head := _head(cm.group(1), morph)) is not None:
                found = (cm.start(1), cm.end(1), (head[0][:1].upper() + head[0][1:], *head[1:]))
                break
            wm = _WORD.match(text, pos)
            if wm is None:
                break
            word = wm.group(1)
            head = _head(word, morph)
            if head is not None:
                found = (wm.start(1), wm.end(1), head)
                break
            if len(words) == 0 and word in _AREA_WORDS:
                typ = _AREA_WORDS[word] or typ
            elif not (len(words) <= 1 and _lower_genitive(word, morph)):
                break
            words.append(word)
            pos = wm.end()
        if found is None:
            continue
        start_head, end, (base, head_type, case) = found
        if have.overlapping(start_head, end):
            continue  # recognition read the head: a name of its own
        k = om.start()
        while k > 0 and text[k - 1] in " \t":
            k -= 1
        last = _LAST_WORD.search(text, max(0, k - 40), k)
        if k < om.start() and last is not None and last.group()[:1].isupper() and len(last.group()) > 1 \
                and not have.overlapping(last.start(), last.end()) and last.group() not in LABELS:
            # "Pro Agria Keski-Suomen maaseutukeskus": a capitalised word no rule read opens the name (an
            # attendance table's one-letter mark, "X" or "E", is no word of it; a form's field label,
            # "Hallinnoija Keski-Suomen X-keskus", neither)
            continue
        if case == "omanto" and (after := _AFTER.match(text, end)) is not None \
                and morph.bases(after.group(1)) & _PREMISES:
            continue  # "Kiteen perusturvakeskuksen hallintorakennus": the centre's building, a place
        owner = om.group().rstrip()
        label = " ".join([owner, *words, base])
        surface = text[om.start():end]
        kind = typ or head_type
        # a Body is keyed under its owner by the resolution of bodies; the others are named by their label
        added.append(Mention(start=om.start(), end=end, surface=surface, label=label, type=kind, case=case, rule=RULE,
                             iri=None if kind == "Body" else mint(kind, fold(label)), key=fold(label) or None))
        if place is not None:
            drop.add(id(place))
    added += _caps_mentions(text, have, drop, morph)
    return insert_mentions(per_sentence, starts, added, drop) if added else per_sentence


def _caps_mentions(text: str, have: SpanIndex[Mention], drop: set[int], morph: Morphology) -> list[Mention]:
    """The rule's names in a title printed in capitals, in sentence case (places keep their capitals)."""
    out: list[Mention] = []
    for m in matches(_CAPS, text):
        mod, end = m.group("mod"), m.end()
        head = _head(m.group("head").lower(), morph)
        if mod is not None and (as_head := _head(mod.lower(), morph)) is not None:
            head, mod, end = as_head, None, m.end("mod")  # "KUOPION SEUDUN KOULUTUSKESKUKSEN TOIMINTA-AVUSTUS"
        if head is None or (mod is not None and not _lower_genitive(mod.lower(), morph)):
            continue
        inside = have.overlapping(m.start(), end)
        if any(x.type not in _PLACES for x in inside):
            continue  # a name read there already
        owner = "-".join(p.capitalize() for p in m.group("owner").split("-"))
        if not (_place_genitive(owner, morph) or owner == "Suomen" or any(x.start == m.start() for x in inside)):
            continue
        base, typ, case = head
        area = m.group("area")
        label = " ".join([sentence_case(m.group("owner"), morph), *(w.lower() for w in (area, mod) if w), base])
        kind = (_AREA_WORDS.get(area.lower()) if area else None) or typ
        out.append(Mention(start=m.start(), end=end, surface=text[m.start():end], label=label, type=kind, case=case,
                           rule=RULE, iri=None if kind == "Body" else mint(kind, fold(label)), key=fold(label) or None))
        drop.update(id(x) for x in inside)
    return out
