"""A programme named by a word glued to its head: "Ikävoimaa-avustusohjelman", "Kasvu-ohjelmaan".

The recogniser reads a glued "<Name>-hanke" as a project and the spaced "<Name> -ohjelma" and
an acronym's "TOP-ohjelma" as programmes, but a capitalised word glued to "-ohjelma" or a
compound of it ("-avustusohjelma", "-kehittämisohjelma") in any case gave nothing: the
programme a page's project belongs to went missing with its partOf fact.

The programme keeps its head in its name ("Ikävoimaa-avustusohjelma") and is a Programme, so
it stays apart from a project sharing the stem ("Ikävoimaa-koordinaatiohanke"). Words that only
say what kind of programme it is ("Sote-", "Kärki-", "EU-", "Kehittämis-") name none, and a
word another rule already read (the reference data's "Kaste-ohjelma", "Leader-ohjelma") is left
to that rule.

A project named with the programme's word ("Ikävoimaa-koordinaatiohanke" on a page about the
"Ikävoimaa-avustusohjelma") is that programme's project: partOf:programme-of-its-name.
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Fact, Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import fold
from welfare_kg.extract.recognition_words import FUNDING_ACRONYMS, GENERIC_MODIFIERS, GLUED_GENERIC
from welfare_kg.extract.relations import Clause, rule
from welfare_kg.extract.text_scans import matches

# "Ikävoimaa-avustusohjelman", "Kasvu-ohjelmaan", "UusiArki2-ohjelmassa": a capitalised word, a dash, a head
_GLUED = re.compile(r"(?<![\w-])([A-ZÅÄÖ][a-zåäö]+(?:[A-ZÅÄÖ][a-zåäö]*)*\d*)-([a-zåäö]*ohjelm[a-zåäö]*)(?![\w-])")
# the head's case endings, for compounds Voikko does not know
_HEAD_FORM = re.compile(r"[a-zåäö]*ohjelm(?:a|an|aa|assa|asta|aan|alla|alle|alta|ana|aksi|at|ien|issa|ista|iin|"
                        r"illa|ille|ilta|ina|iksi|ia)")
# first parts that say whose or what kind of programme, never which one
_KIND_WORDS = {"hallitus", "valtio", "kansallinen", "valtakunnallinen", "alueellinen", "kunta", "kaupunki",
               "toiminta", "koulutus", "opetus", "tutkimus", "rahoitus", "avustus", "tuki", "vuosi", "talous",
               "ohjelma", "hyvinvointi", "terveys", "sosiaali", "sote", "eu", "leader", "interreg"}
# heads that name a document or plan of an organisation, not a programme that funds projects
_NOT_PROGRAMME_HEADS = {"hallitusohjelma", "ohjelmisto", "ohjelmointi"}


def glued_programme_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                             morph: Morphology) -> list[list[Mention]]:
    """per_sentence with a Programme for each "<Name>-ohjelma" compound no other rule read."""
    if "ohjelm" not in text:
        return per_sentence
    taken = sorted((m.start, m.end) for ms in per_sentence for m in ms)
    added: list[Mention] = []
    for match in matches(_GLUED, text):
        name, head = match.group(1), match.group(2)
        base = _head_base(head, morph)
        if base is None or not _names_one(name, morph):
            continue
        a, b = match.start(), match.end()
        if any(x < b and a < y for x, y in taken):
            continue
        if _sentence_case_only(text, name):
            continue
        label = f"{name}-{base}"
        added.append(Mention(start=a, end=b, surface=text[a:b], label=label, type="Programme",
                             rule="glued-programme", case=_case(head, morph), parts=(label,),
                             key=fold(name) or None))
    return insert_mentions(per_sentence, starts, added) if added else per_sentence


def _head_base(head: str, morph: Morphology) -> str | None:
    """The head's base form when it is "ohjelma" or a compound ending in it."""
    bases = {a.base.lower() for a in morph.analyse(head)}
    base = next((x for x in sorted(bases) if x.endswith("ohjelma")), None)
    if base is None and _HEAD_FORM.fullmatch(head):
        base = head[:head.rfind("ohjelm")] + "ohjelma"
    if base is None or base in _NOT_PROGRAMME_HEADS:
        return None
    return base


def _names_one(name: str, morph: Morphology) -> bool:
    """A word that picks out one programme, not a kind of programme, a funder, a pronoun or a conjunction; an
    adverb glued to the head is the programme's name ("Mukana-ohjelma", "Eteenpäin-ohjelmassa")."""
    low = name.lower()
    if low in GLUED_GENERIC or low in GENERIC_MODIFIERS or low in _KIND_WORDS or name.upper() in FUNDING_ACRONYMS:
        return False
    if low.endswith("mis"):
        return False  # "Kehittämis-ohjelma": a compound's first part written apart
    readings = morph.analyse(name)
    return not any(a.cls in {"asemosana", "sidesana", "suhdesana"} for a in readings)  # "Mukana-ohjelma": adverbs do


def _sentence_case_only(text: str, name: str) -> bool:
    """Whether the text writes the same compound in lower case elsewhere ("esitys erityisasumisen
    toimeenpano-ohjelmaksi" beside "Toimeenpano-ohjelman tavoitteena on ..."): the capital is the sentence's, the
    compound a common noun's (a sentence-opening capital alone says nothing: "Kasvu-ohjelmassa on mukana ...")."""
    return re.search(rf"(?<![\w/.-]){re.escape(name.lower())}-[a-zåäö]*ohjelm", text) is not None


def _case(head: str, morph: Morphology) -> str | None:
    readings = morph.analyse(head)
    return readings[0].case if readings else None


@rule("partOf:programme-of-its-name", "partOf",
      "'Ikävoimaa-koordinaatiohanke ... Ikävoimaa-avustusohjelman tavoitteena': the project named with the "
      "programme's word", needs="und")
def _programme_of_its_name(c: Clause) -> list[Fact]:
    """The project in focus and a glued programme of this sentence minted from the same word belong together."""
    project = c.ctx.main_project or c.ctx.doc_project
    if not project:
        return []
    word = project.rsplit("/", 1)[-1]
    return [Fact(project, "partOf", u.iri, c.ev, "partOf:programme-of-its-name", 0.6) for u in c.und
            if u.type == "Programme" and u.rule == "glued-programme" and u.iri and u.iri.rsplit("/", 1)[-1] == word]
