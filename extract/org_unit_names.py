"""A unit written right after its organisation's own name: "Lahden kaupunki nuorisopalvelut", "Oulun kaupunki,
sivistys- ja kulttuuripalvelut", "Turun yliopisto: Geologian laitos", "Raahen kaupunki/raahen seutukunnan
kehittämiskeskus".

A project card's or a final report's field for the implementer ("Projektia hallinnoiva organisaatio", "Hallinnoija",
"Yhteistyökumppanit") names the organisation in the nominative and then the unit inside it that runs the project, after
a comma, a colon, a slash or only a space. extract/department_names.py reads a sector word only after a town's
genitive ("Lempäälän kunnan nuorisopalvelut"), and the body heads of data/body_heads.csv are organs with a vote, so the
unit stayed unread and its town or university took its facts. Here the unit is a Body when its words end in a unit's
head word (palvelut, toimi, osasto, laitos, keskus, yksikkö ...) and stop where the field does (a line's or the text's
end, punctuation, a capitalised word); partOf:unit-after-organisation (body_parents.py) then makes it part of the
organisation before it.

Only after an organisation written as one (a town with its kind word "kaupunki"/"kunta", a university, a joint
authority, a county, a company): a bare town name before a word ("Lahti nuorisopalvelut") is as often a list.
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import add_mention
from welfare_kg.extract.model import Mention

RULE = "body-org-unit"
# the organisations whose units these are; a town only as "X kaupunki" / "X kunta" (its organisation, not its area);
# of the state's agencies only a university: "Hämeen TE-keskus, työvoimaosasto" and "Suomen metsäkeskus, Julkiset
# palvelut" are how the agency itself signs (the annotation reads them as its names), a faculty or a department of a
# university is a unit of its own
_OWNER_TYPES = {"Municipality", "Agency", "Company", "JointAuthority", "WellbeingCounty"}
_TOWN_ORGAN = re.compile(r"\s(?:kaupunki|kunta)$")
_UNIVERSITY = re.compile(r"(?i)yliopisto$")
# between the organisation and its unit: a colon or a slash, a comma or one space before a lower-case unit (after a
# comma a capitalised word opens the next name of a list: "X yliopisto, Lahden seudun ympäristöpalvelut, Y ry")
_SEPARATOR = re.compile(r"[ \t]*[:/][ \t]*|[ \t]*,[ \t]*(?=[a-zåäö])|[ \t](?=[a-zåäö])")
# the unit: up to four words (an elided compound "sivistys- ja kulttuuripalvelut" too), the last a unit's head word in
# the nominative, the first perhaps capitalised ("Geologian laitos"), the others in lower case
_WORD = r"[a-zåäö][a-zåäö-]*"
_HEADS = r"(?:palvelut|toimi|toimiala|osasto|palvelualue|laitos|keskus|yksikkö|tiedekunta)"
_UNIT = re.compile(
    rf"(?P<unit>(?:[A-ZÅÄÖ]?{_WORD}-[ \t]+(?:ja|sekä)[ \t]+)?(?:[A-ZÅÄÖ]?{_WORD}[ \t]+){{0,3}}"
    rf"(?:[A-ZÅÄÖ]?[a-zåäö]*){_HEADS})"
    # where the field ends: the text's or the line's end, punctuation, or the next field's capitalised word
    r"(?=[ \t]*(?:$|\n|[,.;:()]|[ \t][A-ZÅÄÖ0-9]))")
# a unit word that alone is an organisation of its own kind, not a unit ("ELY-keskus" is read as an agency already;
# these are the words left bare)
_BARE = {"keskus", "laitos", "palvelut", "toimi", "osasto", "yksikkö", "toimiala", "palvelualue", "tiedekunta"}


def org_unit_mentions(per_sentence: list[list[Mention]], starts: list[int], mentions: list[Mention],
                      text: str) -> None:
    """Add a Body mention for each unit written right after its organisation's nominative name (in place: the
    sentence lists and the flat list), unless a mention already covers any of its words."""
    owners = [m for m in mentions if m.type in _OWNER_TYPES and m.iri and m.case in {"nimento", None}
              and (m.type != "Municipality" or _TOWN_ORGAN.search(m.surface))
              and (m.type != "Agency" or _UNIVERSITY.search(m.surface))]
    if not owners:
        return
    taken = [(m.start, m.end) for m in mentions]
    for owner in owners:
        sep = _SEPARATOR.match(text, owner.end)
        if sep is None:
            continue
        found = _UNIT.match(text, sep.end())
        if found is None:
            continue
        unit = found.group("unit")
        a, b = found.start("unit"), found.end("unit")
        if unit.lower() in _BARE or "\n" in unit or any(s < b and a < e for s, e in taken):
            continue
        written = text[owner.start:b]
        parts: tuple[str, ...] = (written, unit)
        label = unit[:1].upper() + unit[1:]
        if owner.type == "Municipality":
            # "Lahden kaupungin nuorisopalvelut": every town has its youth services, the town's genitive names one
            town, _, kind = owner.surface.rpartition(" ")
            genitive = f"{town} {'kaupungin' if kind == 'kaupunki' else 'kunnan'}"
            if not unit.lower().startswith(town.lower()):
                label = f"{genitive} {unit}"
        mention = Mention(start=a, end=b, surface=unit, label=label, type="Body", rule=RULE,
                          parts=tuple(dict.fromkeys(parts)))
        add_mention(per_sentence, starts, mentions, mention)
        taken.append((a, b))
