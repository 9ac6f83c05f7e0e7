"""A town's departments named by the town: "Lempäälän kunnan nuorisopalvelut", "Tuusulan sosiaali- ja terveystoimi".

Municipal administration is split into sectors (toimi, toimiala, palvelut) that run projects, receive
grants and employ the people a page names; annotators read each as a Body that is part of its town. The body
heads of data/body_heads.csv are organs with a vote (lautakunta, jaosto), so these sector words are not among them:
alone they are common nouns ("nuorisotoimi" is youth work at large). Here one is a body only right after a known
municipality in the genitive, which names it; body_parents' genitive rule then makes it part of that town.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from welfare_kg.extract.layout import add_mention
from welfare_kg.extract.model import Mention

# a sector word, perhaps an elided compound before it ("liikunta- ja nuorisotoimi"), and its case ending
_SECTOR = re.compile(
    r"(?P<name>(?:[a-zåäö]{3,}-\s+(?:ja|sekä)\s+)?[a-zåäö]{3,}?(?:-)?"
    r"(?:(?P<toimi>toim(?:i|en|elle|essa|esta|eksi|ella|elta|een))|"
    r"(?P<toimiala>toimiala(?:n|lle|lla|lta|ssa|sta)?)|"
    r"(?P<palvelut>palvelu(?:t|jen|iden|ille|issa|ista|ihin|illa|ilta|iksi)|palvelukeskus)))\b")
# (no "virasto": "Hailuodon kunnanvirasto" is the town hall where a meeting is held)
_BASE = {"toimi": "toimi", "toimiala": "toimiala", "palvelut": "palvelut"}
# a department's word that nothing but an organisation has ("osasto", "palvelualue", "toimiala"), perhaps after the
# genitives that name its field ("sosiaali- ja terveydenhuollon toimiala", "hyvinvoinnin edistämisen palvelualue",
# "strategiaosasto"): after a town's organ genitive ("Lahden kaupungin") or its chancellery's ("kaupunginkanslian")
_FIELD_GENITIVE = r"(?:(?:[a-zåäö]{3,}-\s+(?:ja|sekä)\s+)?[a-zåäö]{3,}n\s+)"
_DEPARTMENT = re.compile(
    rf"(?P<name>{_FIELD_GENITIVE}{{0,2}}(?:[a-zåäö]{{3,}}-\s+(?:ja|sekä)\s+)?[a-zåäö-]*?"
    r"(?P<head>osasto(?:n|lle|lla|lta|ssa|sta|ksi|on)?|palvelualue(?:en|elle|ella|elta|ella|essa|esta|eksi|eseen)?|"
    r"toimiala(?:n|lle|lla|lta|ssa|sta|ksi|an)?|"
    # a county's or joint authority's line of services or unit of account ("vanhuspalvelujen tulosalue")
    r"(?:tulos|vastuu)alue(?:en|elle|ella|elta|essa|esta|eksi|eseen)?|palvelulinja(?:n|lle|lla|lta|ssa|sta|an)?))\b")
_DEPARTMENT_BASES = ("osasto", "palvelualue", "toimiala", "tulosalue", "vastuualue", "palvelulinja")
_AUTHORITY_TYPES = {"WellbeingCounty", "JointAuthority"}
# the organisation's own genitive, not its acronym's ("Soiten"): the department words follow a written-out name
_AUTHORITY_GENITIVE = re.compile(r"(?i)(?:hyvinvointialueen|kuntayhtymän|yhtymän)$")
# a town's chancellery, whose departments it names: "Helsingin kaupunginkanslian strategiaosasto"
_CHANCELLERY = re.compile(r"(?i)(?:kaupungin|kunnan)kanslian$")
# sector-like compounds that are services offered, not a department: "Oulun kaupungin asiakaspalvelu"
_JOINED = re.compile(r"\s*(?:,|ja|sekä|och)\s*|\s+(?:ja|sekä|och)\s+")
# a character no match of _JOINED holds: a gap up to it is the most a joining gap can span
_NOT_JOINING = re.compile(r"[^\s,jasekäoch]")
_ORGAN_GENITIVES = ("kunnan", "kaupungin")
_NOT_SECTORS = ("asiakaspalvelu", "lähipalvelu", "peruspalvelu", "verkkopalvelu", "palvelupalvelu")
# the sector word in the genitive before a noun of buying, producing or arranging it names the services themselves,
# the thing procured, not a department: "Xn kaupungin työterveyshuoltopalveluiden tuottajaksi valitaan Oy Y",
# "Xn kunnan taloushallintopalveluiden osto", "siivouspalvelujen kilpailutus"; a department arranges ("nuorisopalvelujen
# järjestämä tapahtuma": the agent participle stays a department's)
_PROCURED = re.compile(r"[ \t]+(?:tuottaj|tuottami|tuotanno|tuotanto|hankin|osto|ostami|kilpailut|järjestämi|"
                       r"tarjoaj|toimittaj)\w*", re.IGNORECASE)


def _coordinated_starts(towns: list[Mention], text: str) -> set[int]:
    """The starts of towns that follow another town across a joining gap only (", ", " ja ", " sekä ").

    Each town is paired only with the towns starting before the first character that no joining gap holds: a gap
    that reaches past it cannot match, so the set is that of all pairs, without pairing every town with every other
    (quadratic: minutes on a 20 MB page).
    """
    starts = sorted({t.start for t in towns})
    out: set[int] = set()
    for a in towns:
        stop = _NOT_JOINING.search(text, a.end)
        last = stop.start() if stop else len(text)
        for i in range(bisect_right(starts, a.end), bisect_right(starts, last)):
            if _JOINED.fullmatch(text, a.end, starts[i]):  # no slice
                out.add(starts[i])
    return out


def department_mentions(per_sentence: list[list[Mention]], starts: list[int], mentions: list[Mention],
                        text: str) -> None:
    """Add a Body mention for each sector word right after a municipality in the genitive (in place: the sentence
    lists and the flat list), unless a mention already covers the sector word."""
    towns = [m for m in mentions if m.type == "Municipality" and m.iri and m.surface.endswith("n")]
    # a county's or a joint authority's own genitive names its departments the same way ("Pohjois-Savon
    # hyvinvointialueen perhe- ja sosiaalipalvelujen palvelualue", "kuntayhtymän vanhuspalvelujen tulosalue")
    authorities = [m for m in mentions
                   if m.type in _AUTHORITY_TYPES and m.iri and _AUTHORITY_GENITIVE.search(m.surface)]
    _swedish_departments(mentions, per_sentence, starts, text)
    _own_swedish_departments(mentions, per_sentence, starts, text)
    if not towns and not authorities:
        return
    # towns coordinated in the genitive share what follows: "Sulkavan ja Rantasalmen sotepalvelut" are services a
    # provider runs for both, not one town's department
    shared = _coordinated_starts(towns, text)
    taken = [(m.start, m.end) for m in mentions if m.type != "Municipality" and m.type not in _AUTHORITY_TYPES]
    _named_departments(towns, per_sentence, starts, mentions, text, taken, shared, authorities)
    for town in towns:
        gap = re.match(r"[ \t]+", text[town.end:town.end + 3])
        if gap is None:
            continue
        sector = _SECTOR.match(text, town.end + gap.end())
        if sector is None:
            continue
        word = sector.group("name")
        if word.lower().startswith(_NOT_SECTORS) or any(s < sector.end() and sector.start() < e for s, e in taken):
            continue
        if _PROCURED.match(text, sector.end()):
            continue  # "... työterveyshuoltopalveluiden tuottajaksi": services bought, not a department
        kind = next(k for k in _BASE if sector.group(k))
        if town.start in shared or (kind == "palvelut" and not town.surface.endswith(_ORGAN_GENITIVES)):
            # "Rantasalmen sotepalvelut" are the town's services (perhaps bought from a company); the department is
            # named through the organisation: "Lempäälän kunnan nuorisopalvelut"
            continue
        head = sector.group(kind)
        base = head if head in {"palvelukeskus"} else _BASE[kind]
        label = f"{town.surface} {word[:len(word) - len(head)]}{base}"
        mention = Mention(start=town.start, end=sector.end(), surface=text[town.start:sector.end()], label=label,
                          type="Body", rule="body-department")
        add_mention(per_sentence, starts, mentions, mention)
        taken.append((mention.start, mention.end))


def _named_departments(towns: list[Mention], per_sentence: list[list[Mention]], starts: list[int],
                       mentions: list[Mention], text: str, taken: list[tuple[int, int]], shared: set[int],
                       authorities: list[Mention]) -> None:
    """A department named by its field after its town's organ genitive or its chancellery ("Lahden kaupungin
    strategiaosasto", "Vantaan kaupungin sosiaali- ja terveydenhuollon toimiala", "Helsingin kaupunginkanslian
    strategiaosasto"): its words are the department's whatever case the field's genitives take (in place)."""
    owners = [t for t in towns if t.surface.endswith(_ORGAN_GENITIVES) and t.start not in shared] + authorities
    # the chancellery capitalised, naming its department in a heading or a signature; in running text
    # ("kaupunginkanslian elinkeino-osaston ... -yksikölle") it is a grant's way to a unit, not the item's body
    owners += [m for m in mentions if m.type == "Body" and m.surface[:1].isupper() and _CHANCELLERY.search(m.surface)]
    for owner in owners:
        gap = re.match(r"[ \t]+", text[owner.end:owner.end + 3])
        if gap is None:
            continue
        found = _DEPARTMENT.match(text, owner.end + gap.end())
        if found is None or any(s < found.end() and found.start() < e for s, e in taken):
            continue
        head = found.group("head")
        base = next(b for b in _DEPARTMENT_BASES if head.startswith(b))
        word = found.group("name")
        label = f"{owner.surface} {word[:len(word) - len(head)]}{base}"
        mention = Mention(start=owner.start, end=found.end(), surface=text[owner.start:found.end()], label=label,
                          type="Body", rule="body-department")
        add_mention(per_sentence, starts, mentions, mention)
        taken.append((mention.start, mention.end))


# Swedish names a department with its organisation's genitive in -s: "Vasa stads socialverk", "Kronoby kommuns
# bildningssektor", "Österbottens välfärdsområdes enhet för äldreomsorg"; the words are an organisation's only
_SWEDISH_OWNER = re.compile(r"(?i)(?:stads|kommuns|välfärdsområdes|samkommuns)$")
_SWEDISH_DEPARTMENT = re.compile(
    r"(?P<name>(?:[a-zåäö]+-\s+och\s+)?[a-zåäö]*(?:verk(?:et)?|sektor(?:n)?|avdelning(?:en)?|"
    r"enhet(?:en)?\s+för\s+[a-zåäö]+(?:-\s+och\s+[a-zåäö]+)?))\b")
_SWEDISH_OWNER_TYPES = {"Municipality", "WellbeingCounty", "JointAuthority"}
_TOWN_KIND = re.compile(r"[ \t]+(?:stads|kommuns)(?=[ \t])")


def _swedish_departments(mentions: list[Mention], per_sentence: list[list[Mention]], starts: list[int],
                         text: str) -> None:
    """A department after a town's, county's or joint authority's Swedish genitive ("Vasa stads socialverk") is a
    Body (in place); body_parents' genitive rule and the resolver then make it part of that owner."""
    owners: list[tuple[Mention, int]] = []  # an owner and where its genitive ends ("Vasa" + " stads")
    for m in mentions:
        if m.type not in _SWEDISH_OWNER_TYPES or not m.iri:
            continue
        if _SWEDISH_OWNER.search(m.surface):
            owners.append((m, m.end))
        elif m.type == "Municipality" and (kind := _TOWN_KIND.match(text, m.end)) is not None:
            owners.append((m, kind.end()))
    if not owners:
        return
    taken = [(m.start, m.end) for m in mentions if m.type not in _SWEDISH_OWNER_TYPES]
    for owner, end in owners:
        gap = re.match(r"[ \t]+", text[end:end + 3])
        if gap is None:
            continue
        found = _SWEDISH_DEPARTMENT.match(text, end + gap.end())
        if found is None or len(found.group("name")) < 5 or any(s < found.end() and found.start() < e
                                                                 for s, e in taken):
            continue
        mention = Mention(start=owner.start, end=found.end(), surface=text[owner.start:found.end()],
                          label=f"{text[owner.start:end]} {found.group('name')}", type="Body", rule="body-department")
        add_mention(per_sentence, starts, mentions, mention)
        taken.append((mention.start, mention.end))


# Swedish names its own administration's departments by a compound in the definite form, capitalised as a name:
# "Socialförvaltningen", "Kommunledningsförvaltningen", "Social- och miljöavdelningen", "Socialvårdsbyrån" (a
# minutes' keeper, a meeting's room, a decision's unit). The head alone ("Förvaltningen", "den digitala
# förvaltningen") is the administration at large: the field before the head is what makes it a name.
_SWEDISH_OWN_HEAD = re.compile(r"(?:förvaltningen|avdelningen|byrån)(?![\w-])")
_SWEDISH_OWN_NAME = re.compile(r"(?:[A-ZÅÄÖ][a-zåäö]{2,}-[ \t]+och[ \t]+[a-zåäö]{3,}|[A-ZÅÄÖ][a-zåäö]{3,})$")
_SWEDISH_OWN_REACH = 40  # characters before a head where its name may start ("Social- och miljöavdelningen")


def _own_swedish_departments(mentions: list[Mention], per_sentence: list[list[Mention]], starts: list[int],
                             text: str) -> None:
    """A capitalised Swedish department compound in its definite form is a Body named as written (in place),
    unless a mention already covers it; the scan looks only at the three head words' hits."""
    taken: list[tuple[int, int]] | None = None
    for hit in _SWEDISH_OWN_HEAD.finditer(text):
        name = _SWEDISH_OWN_NAME.search(text, max(0, hit.start() - _SWEDISH_OWN_REACH), hit.start())
        if name is None or (name.start() and (text[name.start() - 1].isalnum() or text[name.start() - 1] == "-")):
            continue
        a, b = name.start(), hit.end()
        if taken is None:
            taken = [(m.start, m.end) for m in mentions]
        if any(s < b and a < e for s, e in taken):
            continue
        surface = text[a:b]
        mention = Mention(start=a, end=b, surface=surface, label=" ".join(surface.split()), type="Body",
                          rule="body-department", case="nimento")
        add_mention(per_sentence, starts, mentions, mention)
        taken.append((a, b))
