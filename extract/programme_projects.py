"""A project said in so many words to be a programme's (or a larger project's) project is partOf it.

partOf:is-part-of and partOf:osana (extract/relations.py) read "X on osa Y-ohjelmaa" and "X toteutetaan osana
Y-ohjelmaa"; Finnish says the same with the whole in the genitive or the illative before a word for a project,
and these shapes found nothing (issue 12, partOf on unseen documents):

- "X-hanke on [yksi] Y-ohjelman hanke / hankkeista / hankkeita" (the whole's genitive before the project word);
- "X-hanke on Y-ohjelmaan kuuluva hanke", "Y-ohjelmaan kuuluva X-hanke" (the participle of "kuulua");
- "X-hanke toteutetaan Y-ohjelman osana" (the genitive before "osana"), "Hanke nivoutuu osaksi Y-ohjelmaa";
- "Y-hankkeen osahanke X" (the sub-project named right after the word: an apposition).

The part is the nearest project in the nominative before the copula or verb (no punctuation between), or the one
right after the participle or the sub-project word; "Hanke on Y-ohjelman hanke" is about the project the text is
about. A fund ("Euroopan sosiaalirahaston hanke") is no whole: the sentence tells who pays (funds rules).
"""

from __future__ import annotations

import re

from welfare_kg.extract.model import Fact, Mention
from welfare_kg.extract.relations import Clause, project_anaphor, rule

RULE = "partOf:programme-project-phrase"
CONFIDENCE = 0.65
WHOLES = {"Programme", "Project"}

# after the whole's genitive: a word for one of its projects ("hanke", "hankkeista", "osahanke", "projekteja")
# (a compound too, perhaps after an adjective: "kärkihankkeista", "alueellinen kehittämishanke")
# but a follow-up, pre- or sister project of a project ("Y-hankkeen jatkohanke") is another project, not a part
_PROJECT_WORD = re.compile(r"\s+(?:[a-zåäö]+nen\s+)?(?!jatko|esi|rinnakkais|sisar|seuraaja|edeltäjä)[a-zåäö]*"
                           r"(?:hank(?:e|keita|keista|keina|keena)|projekt(?:i|eja|eista|ina))\b", re.IGNORECASE)
# before the whole: the copula, perhaps "yksi"/"eräs" ("on yksi Y-ohjelman hankkeista")
_COPULA = re.compile(r"\b(?:on|oli|ovat|olivat)\s+(?:(?:myös|yksi|eräs|nyt)\s+){0,2}$")
# after the whole in the illative: the participle of "kuulua"
_BELONGING = re.compile(r"\s+kuuluv(?:a|at|an|ana|assa|asta|aan|alle|alla|ia|ien|ista|issa)\b", re.IGNORECASE)
# before the whole (in the partitive): "osaksi" ("Hanke nivoutuu tiiviisti osaksi myös Y-ohjelmaa", "liittyy osaksi")
_INTO_PART = re.compile(r"\bosaksi\s+(?:(?:myös|laajempaa|valtakunnallista|kansallista)\s+)*$", re.IGNORECASE)
# after the whole's genitive: "osana" ("X toteutetaan Y-ohjelman osana")
_AS_PART = re.compile(r"\s+osana\b", re.IGNORECASE)
# a sub-project word right after the whole's genitive, then the sub-project's name
# ("osatoteutus": a region's or partner's part of a national project, "Y-hankkeen Lapin osatoteutus X" aside)
_SUB_WORD = re.compile(r"\s+(?:osahanke|osaprojekti|alahanke|osatoteutus)\s+$", re.IGNORECASE)
_SUB_AFTER = re.compile(r"\s+(?:osahanke|osaprojekti|alahanke|osatoteutus)\s", re.IGNORECASE)
_PUNCT = re.compile(r"[.;:!?]")
_REACH = 120  # characters before a whole within which its cue words stand
_ILLATIVE = {"sisatulento"}


def _parts_at(c: Clause, ms: list[Mention], at: int, whole: Mention) -> list[str]:
    """The projects in the nominative before `at` (text offset), the nearest and those listed with it, nothing but
    words between the last and `at`; else, in a sentence that opens with "Hanke", the project the text is about."""
    parts = _parts_before(c, ms, at, whole)
    if parts:
        return [u.iri for u in parts if u.iri]
    if project_anaphor(c.lemmas[:2]):
        about = next((p for p in (c.ctx.main_project, c.ctx.focus, c.ctx.doc_project) if p and p != whole.iri), None)
        return [about] if about else []
    return []


def _parts_before(c: Clause, ms: list[Mention], at: int, whole: Mention) -> list[Mention]:
    """The projects in the nominative before `at`, nothing but words between the last of them and `at`: the
    last one and those listed with it ("A, B ja C ovat osa Y-ohjelmaa" says it of all three)."""
    base, text = c.sent.start, c.sent.text
    parts = [u for u in ms if u.type == "Project" and u.end - base <= at and u.case in {"nimento", None}
             and u.iri != whole.iri and not _PUNCT.search(text[u.end - base:at])]
    if not parts:
        return []
    run = [parts[-1]]
    for u in reversed([u for u in ms if u.type == "Project" and u.end <= run[0].start and u.case in {"nimento", None}
                       and u.iri != whole.iri]):
        if u.end > run[0].start or not _RUN_JOIN.fullmatch(text, u.end - base, run[0].start - base):
            break
        run.insert(0, u)
    return run


def _copula_before(c: Clause, whole: Mention) -> int | None:
    """Where the copula before the whole (or before its owner's genitive) starts, in sentence offsets."""
    base, text = c.sent.start, c.sent.text
    head = whole.start - base
    owners = [m for m in c.named if m.case == "omanto" and m.end <= whole.start
              and text[m.end - base:whole.start - base].strip() == ""]
    if owners:
        head = owners[-1].start - base
    cue = _COPULA.search(text, max(0, head - _REACH), head)  # a window: no scan of a long sentence per whole
    return cue.start() if cue is not None and text[cue.end():head].strip() == "" else None


@rule(RULE, "partOf", "'X-hanke on Y-ohjelman hanke', 'Y-ohjelmaan kuuluva X-hanke', 'Y-hankkeen osahanke X'",
      needs="und")
def _programme_project_phrase(c: Clause) -> list[Fact]:
    base, text = c.sent.start, c.sent.text
    ms = [u for u in c.free_und if u.iri]
    out: list[Fact] = []
    for whole in ms:
        if whole.type not in WHOLES:
            continue
        end = whole.end - base
        named_sub = [u for u in ms if u.type == "Project" and u.start > whole.end
                     and _SUB_WORD.fullmatch(text, end, u.start - base)] \
            if whole.type == "Project" and _SUB_AFTER.match(text, end) else []
        into = _INTO_PART.search(text, max(0, whole.start - base - _REACH), whole.start - base)
        parts: list[str] = []
        if whole.case == "omanto" and named_sub:
            parts = [u.iri for u in named_sub[:1] if u.iri]
        elif into is not None and whole.case in {"osanto", None}:
            parts = _parts_at(c, ms, into.start(), whole)
        elif whole.case == "omanto" and _PROJECT_WORD.match(text, end):
            at = _copula_before(c, whole)
            parts = _parts_at(c, ms, at, whole) if at is not None else []
        elif whole.case == "omanto" and _AS_PART.match(text, end):
            parts = _parts_at(c, ms, whole.start - base, whole)
        elif whole.case in _ILLATIVE and (belong := _BELONGING.match(text, end)):
            after = [u for u in ms if u.type == "Project" and 0 <= u.start - base - belong.end() <= 2]
            if after:
                # "Y-ohjelmaan kuuluvat A, B ja C": after a plural every project of the run is the programme's
                # (a singular "kuuluva A ja B" says it of A only)
                plural = belong.group().rstrip().endswith(("at", "ia", "ien", "ista", "issa"))
                parts = [u.iri for u in (_run(ms, after[0], text, base, whole) if plural else after[:1]) if u.iri]
            elif _PROJECT_WORD.match(text, belong.end()):
                at = _copula_before(c, whole)
                parts = _parts_at(c, ms, at, whole)[-1:] if at is not None else []
        for one in parts:
            if one != whole.iri:
                out.append(Fact(one, "partOf", whole.iri, c.ev, RULE, CONFIDENCE))
    return out


def _run(ms: list[Mention], first: Mention, text: str, base: int, whole: Mention) -> list[Mention]:
    """`first` and the projects that follow it in one list (a comma, "ja", "sekä", "och" and nothing else between)."""
    run = [first]
    for u in ms:
        if u.type != "Project" or u.start <= run[-1].start or u.iri == whole.iri:
            continue
        if not _RUN_JOIN.fullmatch(text, run[-1].end - base, u.start - base):
            break
        run.append(u)
    return run


SUB_RULE = "partOf:sub-projects-listed"
# a plural word for sub-projects ("koostuu kolmesta osahankkeesta:", "osahankkeet ovat", "två delprojekt:")
_SUB_PLURAL = re.compile(r"\b(?:osahank(?:keet|keita|keista|kkeesta|keesta|keeseen|keisiin|etta)|"
                         r"osaprojekt(?:it|eja|eista|ista|iin|ia)|delprojekt(?:en)?)\b", re.IGNORECASE)
# between the whole and the word: a verb of consisting or having and a numeral ("koostuu kolmesta", "on kaksi")
_WHOLE_GAP = re.compile(r"\s*(?:(?:koostuu|koostui|muodostuu|muodostui|jakautuu|jakautui|jakaantuu|sisältää|sisälsi|"
                        r"on|oli|består\s+av|bestod\s+av|omfattar|omfattade|har|hade)\s+)?(?:[\wåäö]+\s+)?",
                        re.IGNORECASE)
# between the word and the first sub-project: a colon, a comma or the copula
_PARTS_GAP = re.compile(r"\s*[:,]\s*|\s+(?:ovat|olivat|on|oli|är|var)\s+", re.IGNORECASE)
_RUN_JOIN = re.compile(r"\s*(?:,|ja|sekä|och|samt)\s*|\s*,\s*(?:ja|sekä|och)\s+")


@rule(SUB_RULE, "partOf", "'X-hanke koostuu kolmesta osahankkeesta: A, B ja C', 'X-hankkeen osahankkeet ovat A ja B'",
      needs="und")
def _sub_projects_listed(c: Clause) -> list[Fact]:
    """Each project of the run named after a plural word for sub-projects is part of the undertaking named right
    before the word (nothing but a verb of consisting and a numeral between)."""
    base, text = c.sent.start, c.sent.text
    ms = [u for u in c.free_und if u.iri]
    out: list[Fact] = []
    for sub in _SUB_PLURAL.finditer(text):
        wholes = [u for u in ms if u.type in WHOLES and u.end - base <= sub.start()
                  and _WHOLE_GAP.fullmatch(text, u.end - base, sub.start())]
        lead = _PARTS_GAP.match(text, sub.end())
        if not wholes or lead is None:
            continue
        whole = wholes[-1]
        run: list[Mention] = []
        for u in ms:
            if u.type != "Project" or u.start - base < lead.end() or u.iri == whole.iri:
                continue
            gap_from = run[-1].end - base if run else lead.end()
            if u.start - base != gap_from and not (run and _RUN_JOIN.fullmatch(text, gap_from, u.start - base)):
                break
            run.append(u)
        out += [Fact(u.iri, "partOf", whole.iri, c.ev, SUB_RULE, CONFIDENCE) for u in run]  # type: ignore[arg-type]
    return out
