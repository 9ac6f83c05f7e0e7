"""A working unit of an organisation (a department, a university's laitos, a town's youth services, an institute)
takes part in a project itself, as a partner does; a deciding organ's joining is its organisation's.

The sentence rule of joining (relations.py `participatesIn:commit-verb`) read a Body's "osallistuu" as its
organisation's: "Kaupunginhallitus päätti osallistua hankkeeseen" is the town joining, and the annotation says so. A
unit is not an organ with a vote but the part of the organisation that does the work: "Helsingin yliopiston
ympäristöekologian laitos osallistuu X-hankkeeseen", "Juvan nuorisopalvelut on mukana". The annotation makes the
unit the participant (its organisation at most an alternative), and a unit owned by a university or a state agency
left the fact unstated, since no rule gave its joining to anyone. Only the sentence rule reads units so: the
document-level joiners (document_roles.py) made a project's coordinating unit a participant as well (measured on
development: 2 wrong of 2 added), so they keep to public institutions and units named with their university.

A unit is known by how it was read (a town's department, a unit written after its organisation, a public
institution, extract/department_names.py, org_unit_names.py, organisation_units.py, institutions.py) or by the head
word its name ends in: the words Finnish and Swedish administration use for departments and institutes (laitos,
yksikkö, osasto, palvelut, toimiala, keskus, instituutti; avdelning, enhet, förvaltning, institution). Organs
(lautakunta, hallitus, nämnd) and groups (ohjausryhmä, työryhmä, styrgrupp) are not units: their members meet,
the organisation acts.
"""

from __future__ import annotations

import re

from welfare_kg.extract.model import Mention

# how a unit was read: a town's department, a unit after its organisation's name, a unit with its own name after its
# organisation's genitive, a public institution named by its place
UNIT_RULES = frozenset({"body-department", "body-org-unit", "organisation-unit", "institution"})
# the last word of a unit's base-form name: a compound ending in a unit's head ("ympäristöekologian laitos",
# "perusterveydenhuollon yksikkö", "nuorisopalvelut", "kulttuurikeskus", "Sotera-instituutti", "socialförvaltningen")
_UNIT_HEAD = re.compile(
    r"(?:laitos|yksikkö|yksiköt|tiedekunta|osasto|palvelut|toimi|toimiala|palvelualue|tulosalue|keskus|virasto|"
    r"kirjasto|museo|opisto|instituutti|"
    r"avdelning|avdelningen|enhet|enheten|förvaltning|förvaltningen|institution|institutionen|fakultet|fakulteten)$")


def working_unit(m: Mention) -> bool:
    """Whether a mention is a Body that works in projects as a partner does (a department, an institute), not an
    organ whose joining is its organisation's."""
    if m.type != "Body":
        return False
    if m.rule in UNIT_RULES:
        return True
    words = m.label.split()
    return bool(words) and _UNIT_HEAD.search(words[-1].lower()) is not None
