"""A town's own club, branch or bank, named by the town's genitive and no legal form: "Leppävirran Urheilijat",
"Kuopion Eläkeläiset ja Omaishoitajat", "Leppävirran SPR", "Savonlinnan Seudun Osuuspankki", "Sparbanken
Västra Nyland".

Local news about grants and donations name the receivers as the town's people call them, without "ry":

- a town's genitive before capitalised plural nouns is a club of those people ("Urheilijat", "Sotainvalidit"):
  a plural is no company's or place's name, and prose does not capitalise a common noun (the recogniser's
  place-named organisations of extract/entities.py take singular nouns only, and read them as companies);
- a town's genitive before a national association's abbreviation or registered name is its local branch
  ("Leppävirran SPR", "Paimion Pelastakaa Lapset ry"), not the national association
  (extract/branch_associations.py reads the hyphened "Vesilahden 4H-yhdistys");
- a co-operative or savings bank is named by its area's genitives ("Savonlinnan Seudun Osuuspankki"), or in
  Swedish by the kind first ("Sparbanken Västra Nyland", "Andelsbanken för Åland") or the place's genitive
  ("Närpes Sparbank"). The recogniser reads the place alone there, or a region of the same name.

Only the nominative is read for clubs (a plural name's inflected forms have no reliable base form here).
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort

from welfare_kg.extract.layout import replace_in_sentence
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology, unknown_nominative
from welfare_kg.extract.names import fold
from welfare_kg.extract.place_kind_organisations import opens_dash_title
from welfare_kg.extract.resolve import mint
from welfare_kg.extract.text_scans import matches

_PLACES = {"Municipality", "Region", "CooperationArea"}
# heads that make a plural a kind of thing or of body, not a club's name ("Leppävirran Kunnat", "Oulun Palvelut")
_NOT_CLUB_HEADS = ("kunta", "kaupunki", "palvelu", "lautakunta", "hallitus", "valtuusto", "toimikunta", "yhdistys",
                   "seura", "liitto", "säätiö", "hanke", "projekti", "ohjelma", "keskus", "koulu", "asia", "tieto",
                   "uutinen", "päätös", "kokous", "tapahtuma", "ilmoitus", "sivu", "tulos", "alue", "seutu", "kylä",
                   "raha", "avustus", "määräraha", "vaali", "työ", "kulttuuripalvelu",
                   # a town's newspaper and its events are plurals too ("Turun Sanomat", "Xn Kesäjuhlat", "Yn Messut")
                   "sanoma", "juhla", "markkina", "messu", "kisa", "viikko", "päivä", "festivaali")
# a national association as its abbreviation (any case) or its registered name in the nominative ("... ry")
_NATIONAL = re.compile(r"[A-ZÅÄÖ]{2,6}(?::[a-zåäö]{1,4})?|[A-ZÅÄÖ][\w -]+ (?:ry|rf)")
_CAP_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäö]{2,}")
_JOIN = re.compile(r"[ \t]+ja[ \t]+")
_GAP = re.compile(r"[ \t]+")

# banks: "Savonlinnan Seudun Osuuspankki", "Liedon Säästöpankille", "Osuuspankki Kantri", Swedish forms
_BANK_KIND = r"(?:Osuus|Säästö)pank(?:ki|kia|kiin|kina|in|ille|ilta|ista|issa|illa)"
_FI_BANK = re.compile(
    r"(?<![\w-])(?P<name>(?:[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?n[ \t]+){1,2}(?:Seudun[ \t]+)?)"
    r"(?P<kind>" + _BANK_KIND + r")(?![\w-])")
_BANK_BASE = {"osuuspankki": "Osuuspankki", "säästöpankki": "Säästöpankki"}
# a savings or co-operative bank named by a word of its own in the nominative, not by a town: "Aito Säästöpankki",
# "Helmi Säästöpankin toimitusjohtaja", "Oma Säästöpankki" (the banks that merged local savings banks took such
# names); the word is no genitive, which _FI_BANK reads, and no word of the clause ("Se", "Myös")
_BRAND_BANK = re.compile(r"(?<![\w-])(?P<name>[A-ZÅÄÖ][a-zåäö]+[ \t]+)(?P<kind>" + _BANK_KIND + r")(?![\w-])")
_CLAUSE_WORDS = {"Se", "Myös", "Kun", "Jos", "Ja", "Tai", "Sekä", "Nyt", "Vain", "Kaikki", "Jokainen", "Tämä", "Tuo"}
_SV_BANK = re.compile(
    r"(?<![\w-])(?:(?P<kind>Sparbanken|Andelsbanken)[ \t]+(?P<for>för[ \t]+)?"
    r"(?P<place>[A-ZÅÄÖ][a-zåäö]+(?:[ \t]+[A-ZÅÄÖ][a-zåäö]+)?)"
    r"|(?P<owner>[A-ZÅÄÖ][a-zåäö]+(?:[ \t]+[A-ZÅÄÖ][a-zåäö]+)?)[ \t]+(?P<tail>Sparbank|Andelsbank))(?![\w-])")
_BANK_WORD = re.compile(r"(?:Osuus|Säästö)pank")
_SV_CLAUSE_WORDS = {"Och", "Med", "Som", "Den", "Det", "De", "Vi", "Till", "För", "Från", "Under", "Efter", "Av"}


def local_association_mentions(per_sentence: list[list[Mention]], starts: list[int], mentions: list[Mention],
                               text: str, morph: Morphology) -> None:
    """Add the clubs, branches and banks named by a town (in place); the places and the national association read
    inside them leave the mention lists."""
    # the mentions by offset, kept in step as names are put in: the whole list scanned for every place, or rebuilt
    # for every name put in, took time with the square of a document's names (a 20 MB page: tens of thousands of
    # places times a million mentions)
    index = _Index(mentions)
    for place in sorted((m for m in mentions if m.type in _PLACES and m.surface.endswith("n")), key=lambda m: m.start):
        if _in_title_case(text, place.start):
            continue  # "Centrian Leppävirran ...", a heading in title case: no name opens here
        found = _club(place, text, morph)
        if found is None:
            found = _branch(place, index.starting_at(place.end + 1), text)
        if found is None:
            found = _listed_club(place, text, morph, index)
        if found is not None:
            _put(per_sentence, starts, index, found)
    for place in sorted((m for m in mentions if m.type in _PLACES), key=lambda m: m.start):
        if (found := _swedish_club(place, text, index)) is not None:
            _put(per_sentence, starts, index, found)
    for place in _village_genitives(text, index, morph):
        found = _club(place, text, morph)
        if found is not None and found.case == "nimento" and not _FORM_AHEAD.match(text, found.end):
            _put(per_sentence, starts, index, found)
        elif found is None and (found := _branch(place, [], text)) is not None:
            _put(per_sentence, starts, index, found)  # "Pilpalan VPK": a village's fire brigade, in any case
    if "pank" in text:  # "Osuuspankki", and the weak grade alone: "Lammin Säästöpankin", "Säästöpankit"
        for m in _FI_BANK.finditer(text):
            kind, start = m.group("kind"), m.start()
            first = m.group("name").split()[0]
            if len(m.group("name").split()) > 1 + ("Seudun" in m.group("name")) and all(
                    a.cls == "nimisana" for a in morph.analyse(first)):
                start += len(first) + 1  # "Hankkeen Liedon Säästöpankki": a common noun's genitive is the clause's
            base = _BANK_BASE["osuuspankki" if kind.startswith("Osuus") else "säästöpankki"]
            label = " ".join([*text[start:m.start("kind")].split(), base])
            _put(per_sentence, starts, index, _named(start, m.end(), text, label, "Company", "local-bank"))
        for m in _BRAND_BANK.finditer(text):
            name = m.group("name").strip()
            if name.endswith("n") or name in _CLAUSE_WORDS:
                continue  # a town's genitive (read above) or a word of the clause
            kind = m.group("kind")
            label = f"{name} {_BANK_BASE['osuuspankki' if kind.startswith('Osuus') else 'säästöpankki']}"
            _put(per_sentence, starts, index, _named(m.start(), m.end(), text, label, "Company", "local-bank"))
    for found in _short_banks(index, text):
        _put(per_sentence, starts, index, found)
    for found in _compass_insurers(text):
        _put(per_sentence, starts, index, found)
    if "bank" in text:
        for m in _SV_BANK.finditer(text):
            first = (m.group("place") or m.group("owner")).split()[0]
            if first in _SV_CLAUSE_WORDS:
                continue
            label = " ".join(m.group().split())
            _put(per_sentence, starts, index, _named(m.start(), m.end(), text, label, "Company", "local-bank"))
    index.write_back(mentions)


# a co-operative bank of the OP group by its area ("OP Tampere", "OP Kymenlaakson"), a savings bank by its area's
# genitive and the short form "SP" ("Lammin SP", "Liedon SP:n"): the short names local news use of local banks
_OP_BEFORE = re.compile(r"(?<![\w-])OP[ \t]+$")
# the regional companies of the LähiTapiola insurance group (data/organisations.csv) go by the group's name and their
# area: "LähiTapiola Pohjanmaa", "LokalTapiola Nyland"
_INSURER_BEFORE = re.compile(r"(?<![\w-])(?P<brand>L[äa]hi[Tt]apiola|Lokal[Tt]apiola)[ \t]+$")
_SP_AFTER = re.compile(r"[ \t]+SP(?::[a-zåäö]{1,4})?(?![\w-])")


def _short_banks(index: _Index, text: str) -> list[Mention]:
    """"OP Tampereen toimitusjohtaja", "Lammin SP jakaa": a place right after "OP " or right before " SP" names
    the local bank; its label is the bank's name in the nominative ("OP Tampere", "Lammin Säästöpankki")."""
    if "OP " not in text and " SP" not in text and "Tapiola " not in text:
        return []
    out: list[Mention] = []
    for start in list(index.starts):
        for place in index.starting_at(start):
            if place.type not in _PLACES:
                continue
            if _OP_BEFORE.search(text, max(0, place.start - 4), place.start) \
                    and not re.match(r"[\w-]", text[place.end:place.end + 1]):
                a = place.start - len(_OP_BEFORE.search(text, max(0, place.start - 4), place.start).group())
                bank = _named(a, place.end, text, "OP " + place.label, "Company", "local-bank")
                bank.case = place.case  # "OP Tampereen toimitusjohtaja": the genitive owner of a post
                out.append(bank)
            elif (brand := _INSURER_BEFORE.search(text, max(0, place.start - 14), place.start)) is not None \
                    and not re.match(r"[\w-]", text[place.end:place.end + 1]):
                # "LähiTapiola Pohjanmaan toimitusjohtaja", "LokalTapiola Österbotten donerar": the group's regional
                # company by its area, named in the group's language of the text
                name = brand.group("brand")
                if name.startswith("Lokal"):
                    area = place.surface[:-1] if place.surface.endswith("s") and not place.surface.endswith("ss") \
                        and re.match(r"[ \t]+[a-zåäö]", text[place.end:place.end + 3]) else place.surface
                else:
                    area = place.label
                bank = _named(brand.start(), place.end, text, f"{name} {area}", "Company", "local-insurer")
                bank.case = place.case
                out.append(bank)
            elif place.surface.endswith("n") and (sp := _SP_AFTER.match(text, place.end)) is not None:
                end = place.end + len(sp.group().split(":")[0])
                bank = _named(place.start, end, text, place.surface + " Säästöpankki", "Company", "local-bank")
                bank.case = "omanto" if sp.group().endswith(":n") else None
                out.append(bank)
    return out


# the group's regional companies named by a point of the compass, not a place: "LähiTapiola Itä", "LähiTapiola
# Keskinen", "LähiTapiola Idältä 70 000 euroa", "LokalTapiola Syd"; the word's case is the name's (Itä, Idän, Idältä)
_COMPASS = {"It": "Itä", "Id": "Itä", "Etel": "Etelä", "Länt": "Länsi", "Läns": "Länsi", "Länn": "Länsi",
            "Pohjoi": "Pohjoinen", "Keski": "Keskinen", "Syd": "Syd", "Väst": "Väst", "Norr": "Norr", "Öst": "Öst"}
_COMPASS_INSURER = re.compile(
    r"(?<!\w)(?P<brand>L[äa]hi[Tt]apiola|Lokal[Tt]apiola)[ \t]+"
    r"(?P<word>(?P<stem>Itä|Id|Etel|Länsi|Länn|Pohjoi|Keski)(?P<end>ä|än|ältä|älle|ässä|ästä|ään|en|n|lt[aä]|ll[eä]|"
    r"sen|selta|seltä|selle|sessa|sessä|sesta|sestä|seen|nen)?|Syd|Väst|Norr|Öst)(?![^\W\d_]|-)")
_CASE_ENDINGS = (("ltä", "ulkoeronto"), ("lta", "ulkoeronto"), ("lle", "ulkotulento"), ("ssä", "sisaolento"),
                 ("ssa", "sisaolento"), ("stä", "sisaeronto"), ("sta", "sisaeronto"), ("ään", "sisatulento"),
                 ("een", "sisatulento"), ("n", "omanto"))


def _compass_insurers(text: str) -> list[Mention]:
    """"LähiTapiola Idältä 70 000 euroa": the insurance group's regional company named by a point of the compass,
    one Company in the nominative ("LähiTapiola Itä") with the case its last word carries."""
    if "apiola " not in text:
        return []
    out: list[Mention] = []
    for m in _COMPASS_INSURER.finditer(text):
        word = m.group("word")
        if m.group("stem") is None:
            base = word
        else:
            stem = m.group("stem")
            base = _COMPASS.get(stem) or _COMPASS.get(stem[:2]) or ""
            if not base or (stem == "Keski" and not (m.group("end") or "").startswith(("n", "s"))):
                continue  # "Keski-" without the adjective's ending is the start of a place ("Keski-Suomi")
            if stem == "Länsi" and m.group("end"):
                continue
        name = m.group("brand")
        found = _named(m.start(), m.end(), text, f"{name} {base}", "Company", "local-insurer")
        found.case = next((case for end, case in _CASE_ENDINGS if word != base and word.endswith(end)), "nimento")
        out.append(found)
    return out


class _Index:
    """The document's mentions by start offset while names are put in; the flat list is written once at the end,
    as putting them in one by one would have left it (the replaced ones out, the new ones appended in order)."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.by_start: dict[int, list[Mention]] = {}
        for m in mentions:
            self.by_start.setdefault(m.start, []).append(m)
        self.longest = max((m.end - m.start for m in mentions), default=0)
        self.starts = sorted(self.by_start)  # the offsets where a mention starts, for a window read by bisection
        self.gone: set[int] = set()
        self.added: list[Mention] = []

    def starting_at(self, start: int) -> list[Mention]:
        return self.by_start.get(start, [])

    def crossing(self, start: int, end: int) -> list[Mention]:
        """The mentions that overlap [start, end)."""
        out: list[Mention] = []
        starts = self.starts
        for i in range(bisect_left(starts, start - self.longest), bisect_left(starts, end)):
            out.extend(x for x in self.by_start[starts[i]] if x.end > start)
        return out

    def replace(self, replaced: list[Mention], found: Mention) -> set[int]:
        """Take `replaced` out and put `found` in; the ids taken out."""
        gone = {id(x) for x in replaced}
        for x in replaced:
            self.by_start[x.start] = [y for y in self.by_start[x.start] if id(y) not in gone]
        if found.start not in self.by_start:
            insort(self.starts, found.start)
        self.by_start.setdefault(found.start, []).append(found)
        self.longest = max(self.longest, found.end - found.start)
        self.gone |= gone
        self.added.append(found)
        return gone

    def write_back(self, mentions: list[Mention]) -> None:
        if self.added:
            mentions[:] = [x for x in [*mentions, *self.added] if id(x) not in self.gone]


# a capitalised genitive right before a capitalised word that ends like a plural nominative ("Pilpalan Martat")
# ("Tampereen seudun Omaishoitajat": the recogniser reads no town before its area word, which names the area)
# (or before a local association's abbreviation: "Pilpalan VPK", _KIND_ABBREVIATION)
_GENITIVE_BEFORE_PLURAL = re.compile(r"(?<![\w-])[A-ZÅÄÖ][a-zåäö]{2,}(?:-[A-ZÅÄÖ][a-zåäö]+)?n"
                                     r"(?=[ \t]+(?:(?:[Ss]eudun[ \t]+)?[A-ZÅÄÖ][a-zåäö]{2,}[aeiouyäö]t"
                                     r"|(?:VPK|NMKY|NNKY|4H)(?::[a-zåäö]{1,4})?)(?![\w-]))")


# a legal form a few words on: the name runs on past the plural ("Xn Omaishoitajat ja läheiset ry"), which the
# recogniser reads whole when it knows the words
_FORM_AHEAD = re.compile(r"(?:[ \t]+[\w-]+){1,3}?[ \t]+(?:ry|rf|r\.y\.|r\.f\.|Oy|Ab)(?![\w])")


def _village_genitives(text: str, index: _Index, morph: Morphology) -> list[Mention]:
    """"Pilpalan Martat", "Kalliolan Nuoret": a village or a quarter names its club as a town does, but no reference
    list holds villages. A genitive that Voikko reads only as a place name's, or as no word it knows, and that no
    name read so far covers, stands for the place (a common noun's, a surname's or a given name's genitive does not);
    the caller keeps only clubs in the nominative, which prose does not write of a place's people."""
    out: list[Mention] = []
    for m in matches(_GENITIVE_BEFORE_PLURAL, text):
        if index.crossing(m.start(), m.end()) or _in_title_case(text, m.start()):
            continue
        readings = morph.analyse(m.group())
        if not any(a.case == "omanto" for a in readings) or any(
                a.cls is not None and a.cls != "paikannimi" for a in readings):
            continue
        out.append(Mention(start=m.start(), end=m.end(), surface=m.group(), label=m.group(), type="Municipality"))
    return out


def _in_title_case(text: str, at: int) -> bool:
    """A capitalised word right before `at` that does not open its sentence or line."""
    m = re.search(r"([A-ZÅÄÖ][a-zåäö]{2,})[ \t]+$", text[max(0, at - 60):at])
    if m is None:
        return False
    k = at - len(m.group())  # the last character before the word and its spaces, read in place (a copy of the
    while k > 0 and text[k - 1] in " \t":  # text before each place is quadratic on a 20 MB page)
        k -= 1
    return k > 0 and text[k - 1] not in ".!?:•\n"


# the area word between a town's genitive and its club's plural ("Tampereen seudun Omaishoitajat")
_AREA_WORD = re.compile(r"[ \t]+[Ss]eudun(?=[ \t]+[A-ZÅÄÖ])")


def _club(place: Mention, text: str, morph: Morphology) -> Mention | None:
    """"Leppävirran Urheilijat", "Kuopion Eläkeläiset ja Omaishoitajat", "Iisalmen Reserviläisille": the town's
    genitive, one space, capitalised plural nouns of one case; no capitalised word after them (a title-case heading
    runs on). An inflected name's label is its plural nominative, the town's genitive as written."""
    area = _AREA_WORD.match(text, place.end)  # "Tampereen seudun Omaishoitajat": the town's area names the club
    pos, words, names, cases = (area.end() if area else place.end), [], [], set()
    modifier = False  # the last word read is a capitalised plural adjective: a noun must follow it
    while True:
        # matched at `pos`, not on `text[pos:]`: a copy of the rest of the text for every town was quadratic
        gap = (_GAP if not words or modifier else _JOIN).match(text, pos)
        if gap is None:
            break
        w = _CAP_WORD.match(text, gap.end())  # (an offset in `text`: the gap was matched there)
        found = _plural_people(w.group(), morph, league=place.type == "Region") if w is not None else None
        # "Kyrönmaan Kristilliset Eläkeläiset", "Xn Kansalliset Seniorit": a capitalised plural adjective before the
        # people's noun is a word of the club's name (the nominative only, the label keeps it as written)
        adjective = found is None and w is not None and (not words or modifier) \
            and _plural_adjective(w.group(), morph)
        if adjective:
            found = (w.group(), "nimento")
        if found is None:
            break
        modifier = adjective
        words.append(w)
        names.append(text[gap.start():gap.end()] + found[0])
        cases.add(found[1])
        pos = w.end()
    if modifier or not words or re.match(r"[ \t]+[A-ZÅÄÖ]|[\w-]", text[pos:pos + 2]) or len(cases) > 1:
        return None  # (an adjective last: "Xn Kristilliset" names no one)
    if cases == {"omanto"} and re.match(r"[ \t]+[a-zåäö]", text[pos:pos + 2]) and not _AFTER_GENITIVE.match(text, pos):
        return None  # "Etelä-Savon Työorganisaatioiden palvelut": a title's genitive modifies the noun after it
    if opens_dash_title(text, pos):
        return None  # "Kotkan Meripäivät palaavat -tapahtuma": an event's title, not a club
    label = (text[place.start:area.end()] if area else place.surface) + "".join(names)
    club = _named(place.start, pos, text, " ".join(label.split()), "Association", "local-club")
    # its case as written: an allative club ("Iisalmen Reserviläisille myönnettiin") receives, it gives nothing
    club.case = next(iter(cases)) or None
    return club


_LOWER_WORD = re.compile(r"[a-zåäö]{4,}")
_AMOUNT_AFTER = re.compile(r"[ \t]*,?[ \t]+\d[\d \t\u00a0.,]*(?:euroa|€|e)(?![\w-])")
_CAP_AFTER = re.compile(r"[ \t]+[A-ZÅÄÖ][a-zåäö]{2,}(?![\w-])")
_JOIN_AFTER = re.compile(r"[ \t]*(?:,|[ \t](?:ja|sekä))[ \t]+")
_JOIN_BEFORE = re.compile(r"(?:,|[ \t](?:ja|sekä))[ \t]+$")


def _listed_club(place: Mention, text: str, morph: Morphology, index: _Index) -> Mention | None:
    """"Yli-Iin reserviläiset ja Jäälin asukasyhdistys jäivät ilman avustusta", "Xn eläkeläiset 500 euroa": a town's
    genitive before ONE lower-case plural of people in the nominative names a club only where the layout says the
    phrase is a receiver or a party: a list's other item is an association the recogniser read, or a grant's amount
    follows it. Elsewhere "Oulun eläkeläiset" are the town's pensioners, no one's club."""
    gap = _GAP.match(text, place.end)
    w = _LOWER_WORD.match(text, gap.end()) if gap is not None and gap.end() - place.end == 1 else None
    if w is None or re.match(r"[\w-]", text[w.end():w.end() + 1]):
        return None
    found = _plural_people(w.group(), morph)
    if found is None or found[1] != "nimento" or found[0] != w.group():
        return None
    end = w.end()
    # "Xn eläkeläiset Kylä 500 euroa": the club's village may stand between its name and the sum
    village = _CAP_AFTER.match(text, end)
    listed = _AMOUNT_AFTER.match(text, end) is not None or (
        village is not None and _AMOUNT_AFTER.match(text, village.end()) is not None)
    if not listed and (join := _JOIN_AFTER.match(text, end)) is not None:
        listed = any(m.type == "Association" for m in index.starting_at(join.end()))
    if not listed and (before := _JOIN_BEFORE.search(text[max(0, place.start - 8):place.start])) is not None:
        at = max(0, place.start - 8) + before.start()
        listed = any(m.type == "Association" and m.end == at for m in index.crossing(at - 1, at))
    if not listed:
        listed = _member_row(place.start, end, text, index)
    if not listed:
        return None
    club = _named(place.start, end, text, text[place.start:end], "Association", "listed-club")
    club.case = "nimento"
    return club


# a council member's organisation after the member's name: "Matti Malli, Xn eläkeläiset", "Liisa Esimerkki
# (Yn omaiset)"; the organisation phrase closes there (a comma, a bracket, a semicolon, the line's end)
_ROW_OPEN = re.compile(r"(?:,|\()[ \t]*$")
_ROW_CLOSE = re.compile(r"[ \t]*(?:[,;)]|\r?\n|$)")


def _member_row(start: int, end: int, text: str, index: _Index) -> bool:
    """The phrase [start, end) is a person's organisation in a members' list: a person's name ends right before the
    comma or bracket that opens it, and the phrase closes at a comma, a bracket or the line's end. A council's
    composition names each member's association so; in running prose a town's plural after a person and a comma
    goes on with a verb ("Matti Malli, Xn eläkeläiset kiittävät")."""
    opener = _ROW_OPEN.search(text, max(0, start - 3), start)
    if opener is None or _ROW_CLOSE.match(text, end) is None:
        return False
    at = opener.start()
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    return any(m.type == "Person" and m.end == at for m in index.crossing(at - 1, at))


def _plural_adjective(word: str, morph: Morphology) -> bool:
    """A word Voikko reads only as an adjective's plural nominative ("Kristilliset", "Kansalliset")."""
    readings = morph.analyse(word)
    return bool(readings) and all(a.cls == "laatusana" and a.number == "plural" and a.case == "nimento"
                                  for a in readings)


# Swedish plurals of the people a local club gathers, after its town ("Ekenäs Pensionärer", "Pargas svenska
# pensionärer", "Korsholms Krigsveteraner"); the language's adjective may stand between
_SV_CLUB = re.compile(r"[ \t]+(?:(?P<lang>[Ss]venska|[Ff]inska)[ \t]+)?(?P<noun>(?:[Kk]rigs|[Ff]örsvars)?"
                      r"(?:[Pp]ensionärer|[Ss]eniorer|[Vv]eteraner|[Ii]nvalider|[Rr]eservister|[Mm]arthor))"
                      r"(?![\w-])")


_SV_AMOUNT_AFTER = re.compile(r"[ \t]*,?[ \t]+\d[\d \t\u00a0.,]*(?:euro|€|e|kr|kronor)(?![\w-])")


def _swedish_club(place: Mention, text: str, index: _Index) -> Mention | None:
    """"Ekenäs Pensionärer", "Pargas Svenska Pensionärer": a town, then a capitalised plural of pensioners, veterans
    or the like, is the town's club (prose writes the common noun in lower case); in lower case only where the
    layout makes it a receiver or a member's organisation (an amount after it, or "Name, Ekenäs pensionärer,"):
    elsewhere "Ekenäs pensionärer" are the town's pensioners."""
    m = _SV_CLUB.match(text, place.end)
    if m is None or _in_title_case(text, place.start) or (m.group("lang") and (
            m.group("lang")[0].isupper() != m.group("noun")[0].isupper())):
        return None  # (not "Pargas svenska Pensionärer": one way of writing the name throughout)
    if re.match(r"[ \t]+[A-ZÅÄÖ]", text[m.end():m.end() + 2]):
        return None  # a title-case heading runs on
    if m.group("noun")[0].islower() and _SV_AMOUNT_AFTER.match(text, m.end()) is None \
            and not _member_row(place.start, m.end(), text, index):
        return None
    label = " ".join(text[place.start:m.end()].split())
    club = _named(place.start, m.end(), text, label, "Association", "local-club")
    club.case = "nimento"
    return club


# a plural nominative's ending on a capitalised word: what a club's name no lexicon knows looks like
_COINED_PLURAL = re.compile(r"[A-ZÅÄÖ][a-zåäö]{3,}[aeiouyäö]t")
# heads of the people an inflected club's plural names ("Reserviläisille", "Yrittäjille", "Martoille", "Omaisille")
_PEOPLE = re.compile(r"(?:ja|jä|nen|martta|veteraani|invalidi|kuuro|sokea|ystävä|veli|sisar|nuori|seniori|isä|äiti|"
                     r"lapsi|kävijä|urheilija|ampuja|hiihtäjä|laulaja|soittaja|tanssija)$")


# a region's village league: each region's villages have an association named "<the region's genitive> Kylät"
# ("Pohjois-Karjalan Kylät ry", "Keski-Suomen Kylät"), members of Suomen Kylät ry; after a town "Kylät" stays the
# town's villages
_LEAGUE_HEAD = "kylä"


# a person's name read besides the common noun ("Martat": Martta; "Karjalaiset": the surname Karjalainen): the noun
# reading still names the club's people
_NAME_CLASSES = {"etunimi", "sukunimi"}


def _plural_people(word: str, morph: Morphology, *, league: bool = False) -> tuple[str, str] | None:
    """(plural nominative, case) of a word Voikko reads only as a common noun's plural, of no kind of organisation
    or thing a list names in the plural; an inflected form's nominative is the one Voikko reads back as the same
    word's plural nominative (None when no such form is found)."""
    if _COINED_PLURAL.fullmatch(word) and unknown_nominative(word, morph):
        return word, "nimento"  # "Xn Votekejat": a plural's ending on a word no lexicon knows, a club's own name
    readings = morph.analyse(word)
    if not readings or not all(
            a.number == "plural" and a.cls in {"nimisana", "nimisana_laatusana", *_NAME_CLASSES}
            and (not a.base.lower().endswith(_NOT_CLUB_HEADS) or (league and a.base.lower() == _LEAGUE_HEAD))
            for a in readings) \
            or not any(a.cls not in _NAME_CLASSES for a in readings) or len({a.case for a in readings}) > 1:
        return None
    case = readings[0].case or ""
    if case == "nimento":
        return word, case
    if case in {"olento", "tulento"}:
        return None  # "Oulun Eläkeläisinä": a role, not a name
    base = next(a.base for a in readings if a.cls not in _NAME_CLASSES)
    if not _PEOPLE.search(base.lower()) and not (league and base.lower() == _LEAGUE_HEAD):
        return None  # "Lapin Kesäjuhlille", "Oulun Kulttuuriviikoille": a town's event; a club's plural is people
    for cand in plural_nominatives(base):
        if any(a.base == base and a.number == "plural" and a.case == "nimento" for a in morph.analyse(cand)):
            return cand[:1].upper() + cand[1:], case
    return None


# postpositions and agent participles after an organisation's genitive ("Kuopion Marttojen kanssa", "Oulun
# Partiolaisten järjestämä")
# ... and the owners' word of a joint undertaking ("A:n, B:n ja Pohjois-Karjalan Kylien yhteinen hanke")
_AFTER_GENITIVE = re.compile(r"[ \t]+(?:kanssa|kesken|toimesta|kautta|avulla|tuella|puolesta|hallinnoima|"
                             r"järjestämä|toteuttama|rahoittama|ylläpitämä|(?:ja|sekä)[ \t]+[A-ZÅÄÖ]|"
                             r"yhtei(?:nen|sen|sessä|seen|s[a-zäö]*hank|styö))")
# consonant gradation of a plural nominative's stem, strong grade to weak ("martta" -> "martat", "latu" -> "ladut")
_WEAK = (("tt", "t"), ("kk", "k"), ("pp", "p"), ("nt", "nn"), ("nk", "ng"), ("lt", "ll"), ("rt", "rr"),
         ("mp", "mm"), ("t", "d"), ("p", "v"), ("k", ""))
_STEM_END = re.compile(r"(?P<cons>[^aeiouyäö]+)(?P<vowel>[aeiouyäö])$")


def plural_nominatives(base: str) -> list[str]:
    """Candidate plural nominatives of a noun's base form, to be checked against the analyser."""
    if base.endswith("nen"):
        return [base[:-3] + "set"]
    if base.endswith("e"):
        return [base + "et"]
    if not base or base[-1] not in "aeiouyäö":
        return []
    out = [base + "t"]
    m = _STEM_END.search(base)
    if m is not None:
        for strong, weak in _WEAK:
            if m.group("cons").endswith(strong):
                out.append(base[:m.start("cons")] + m.group("cons")[:-len(strong)] + weak + m.group("vowel") + "t")
                break
    return out


# abbreviations of kinds of local association that each town has one of, no national association's name: a
# volunteer fire brigade (vapaaehtoinen palokunta), a YMCA or YWCA, a 4H association ("Xn VPK", "Yn NMKY:lle",
# "Zn seudun 4H")
_KIND_ABBREVIATION = re.compile(r"[ \t](VPK|NMKY|NNKY|4H)(?::[a-zåäö]{1,4})?(?![\w-])")


def _branch(place: Mention, mentions: list[Mention], text: str) -> Mention | None:
    """"Leppävirran SPR": the town's genitive, one space, a national association read by its abbreviation
    (`mentions`: those starting right after the place, or any list holding them, in the document's order); or a
    kind of local association by its abbreviation ("Padasjoen VPK"), which the town's genitive names."""
    nxt = next((m for m in mentions if m.start == place.end + 1 and m.type == "Association"
                and m.rule == "gazetteer" and _NATIONAL.fullmatch(m.surface)), None)
    if nxt is None and (kind := _KIND_ABBREVIATION.match(text, place.end)) is not None \
            and not any(m.start == place.end + 1 for m in mentions):
        label = f"{text[place.start:place.end]} {kind.group(1)}"
        return _named(place.start, kind.end(), text, label, "Association", "local-branch")
    if nxt is None or text[place.end] != " " or re.match(r"[\w-]", text[nxt.end:nxt.end + 1]):
        return None
    label = text[place.start:nxt.end].split(":")[0]  # "Leppävirran SPR:n" -> "Leppävirran SPR"
    return _named(place.start, nxt.end, text, label, "Association", "local-branch")


def _named(start: int, end: int, text: str, label: str, typ: str, rule: str) -> Mention:
    return Mention(start=start, end=end, surface=text[start:end], label=label, type=typ, rule=rule,
                   iri=mint(typ, fold(label)), key=fold(label) or None)


def _put(per_sentence: list[list[Mention]], starts: list[int], index: _Index, found: Mention) -> None:
    """Put `found` in place of what was read inside it, unless a longer name or another kind of name crosses it."""
    inside = index.crossing(found.start, found.end)
    if any(x.start < found.start or x.end > found.end for x in inside):
        return  # a longer name ("Leppävirran Urheilijat ry" read from its legal form)
    if any(x.type in {"Association", "Company"} and x.start == found.start and x.end == found.end for x in inside):
        return  # read already
    if any(x.type not in _PLACES | {"Association", "Company", "Project"}
           and not (x.type == "Person" and _BANK_WORD.search(x.surface)) for x in inside):
        return  # a person's or a body's name inside (no person is called "Säästöpankki": "Helmi Säästöpankki")
    replace_in_sentence(per_sentence, starts, index.replace(inside, found), found)
