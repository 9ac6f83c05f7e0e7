"""A fallback for relations that a document about one project states away from the project's name: who funds it,
who takes part in it, where it works.

A project page or a news item about one project names the project in its heading and first lines, then says
"Hanketta rahoittaa STEA", "Utredningsarbetet stöds med medel från Stiftelsen X", "Mukana ovat A ry ja B ry" or
"usean kunnan alueella Keski-Suomessa" in sentences that name no project at all, or speak of it only through a word
the sentence rules do not read. Neither the specific rules (extract/relations.py) nor the sentence fallback
(extract/cooccurrence.py, which needs the project or a singular "hanke" in the same sentence) pair those.

This layer reads the document as a whole: when it names one project more often than any other (its topic project,
extract/topic_projects.py, counts among the mentions), a sentence that names no other project and carries a cue
word pairs the things it names with that project:
- funds: a funder kind (cooccurrence.is_funder: a ministry, a paying agency, a regional council, a foundation, an EU
  fund) with a funding word, at most two of them in the whole document; or, when none is so named, the only
  funder kind the document names, if a funding word stands anywhere in it;
- participatesIn: an organisation, a municipality or a wellbeing county with a participation word ("mukana",
  "osallistua", "kumppani", "osatoteuttaja", "olivat toteuttamassa", "yhteistyössä", "delta", "samarbete"), in a
  sentence that names no person (who are present, not parties) and not as a place ("Lapin yliopisto
  Rovaniemellä") or a genitive inside another name;
- coversArea: the one region, wellbeing county or cooperation area the document names with an area word ("alueella",
  "maakunnan") or in a locative case (in Swedish: after "i", "inom"), when it names only one so.
And, in any document: the municipality, joint authority or wellbeing county whose own body decides an agreement
(a "decides" fact and the body's "partOf" fact of the rules) is a party to it: participatesIn:decider-owner.
A sentence speaking of a programme or of projects in the plural ("STM:n rahoittamat hankkeet"), a negated or a
conditional one, or one applying for money pairs nothing. The guards of the specific rules and of cooccurrence.py
hold here too, through their own functions: a grant to a named receiver and the agent of a relative clause fund
nothing (cooccurrence.outside_relative_clauses), one said to run the work is no funder by a funding word elsewhere,
an attendance list's head, a denied joining or one of an event joins nothing (relations.joins_nothing,
ATTENDEE_NOUNS), a genitive Voikko missed or one owning what is joined is no party (relations.unknown_genitive), and
an area that qualifies another noun or that a verb of reaching points to (area_phrases.py reads those) is no area of
the project.

It runs after cooccurrence.py and only adds: never a relation between two things some rule already relates (either
way round). Its facts carry their own rule names ("funds:document") and a wkg:confidence below the sentence
fallback. Measured on the held-back half of the annotated sets and the development corpus together (the facts it
added, right/wrong): funds 6/2, participatesIn 8/4, coversArea 2/0, participatesIn:decider-owner 7/2. The same
scheme for coordinates (one organisation with an administering word) added no fact on either and is left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from welfare_kg.data import reference_hosts
from welfare_kg.extract.area_phrases import _REACH_VERB
from welfare_kg.extract.colon_allatives import unread_name_allative
from welfare_kg.extract.cooccurrence import (
    APPLYING,
    COORD_CUES,
    FUND_CUES,
    NEGATIONS,
    RECIPIENT_CASES,
    WITH_WORDS,
    between_party,
    cue_positions,
    cues_match,
    in_role,
    is_funder,
    outside_relative_clauses,
)
from welfare_kg.extract.excepted_places import excepted
from welfare_kg.extract.model import Evidence, Fact, Mention, related_pairs
from welfare_kg.extract.morphology import Morphology, lemma
from welfare_kg.extract.named_not_funding import no_funding_party
from welfare_kg.extract.page_project import page_project
from welfare_kg.extract.passive_receivers import passive_receiver
from welfare_kg.extract.relations import (
    ATTENDEE_NOUNS,
    UNDERTAKINGS,
    counted_project_words,
    cue_label_end,
    cue_lemma,
    institution_body,
    joins_nothing,
    proposed_that,
    unknown_genitive,
)
from welfare_kg.extract.text import Sentence, Token
from welfare_kg.extract.unreal_joining import unreal_joining

# below cooccurrence.py (0.40-0.45): the pair is read across sentences, not within one
CONFIDENCE = {"funds": 0.35, "participatesIn": 0.3, "coversArea": 0.3}
RULE_NAMES = {p: f"{p}:document" for p in CONFIDENCE}

MAX_CHARS = 600  # a longer "sentence" is a run of list lines or a table of contents
MAX_FUNDERS = 2  # more funders with funding words: a page about funding at large, not one project's funders
# cue words, in cooccurrence.py's notation ("x*" a base starting with x, "+x" one ending in x)
MORE_FUND_CUES = ("stöd*", "+medel")  # "stöds med medel från", which Voikko does not read
# "olivat toteuttamassa", "yhteistyössä", "i samarbete med": in a sentence naming no project, the ones carrying
# out or working on the document's project
JOIN_CUES = ("osallistua", "mukana", "osatoteuttaja", "+kumppani", "kumppanuus", "osapuoli", "delta*", "medverka*",
             "+partner", "delgenomförare", "+samarbetspartner", "toteuttamassa", "yhteistyö*", "samarbet*",
             "tillsammans")
# a sentence of thanks names who helped ("Kiitämme Kiteen kaupunkia hyvästä yhteistyöstä", "Vi tackar Närpes stad
# för gott samarbete"), not who takes part: its word of working together joins no one
THANK_CUES = ("kiittää", "kiitos", "tacka", "tackar", "tackade", "tackat")  # not "tack vare": owing to
AREA_CUES = ("alue", "+alue", "maakunta", "region", "område", "+område")
PROGRAMME_WORDS = ("ohjelma", "+ohjelma", "program", "programmet", "+program", "+programmet")
PROJECT_WORDS = ("hanke", "+hanke", "projekti", "+projekti", "projekt", "+projekt", "projektet", "+projektet")

AREAS = {"Region", "WellbeingCounty", "CooperationArea"}
PARTICIPANTS = {"Municipality", "JointAuthority", "WellbeingCounty", "Company", "Association", "Parish",
                "CompetenceCentre", "Agency"}
AREA_CASES = {"sisaolento", "ulkoolento"}  # "Keski-Suomessa", "Uudellamaalla"
PLACE_CASES = {"sisaolento", "ulkoolento", "sisaeronto", "ulkoeronto", "sisatulento"}
SOURCE_CASES = {"sisaeronto", "ulkoeronto"}  # elative, ablative: where someone comes from


# while the document passes run (`topic_kept`): the mentions they read and the topic found for them
_topic: list[tuple[Sequence[Sequence[Mention]] | None, str | None]] = []


@contextmanager
def topic_kept() -> Iterator[None]:
    """Within the block `main_project` works out each document's topic once: nine document passes ask it of the
    same mentions, which none of them changes (a scan of every mention each time: ~0.5 CPU-s on the 2 MB page,
    on one core after the sentence rules)."""
    _topic[:] = [(None, None)]
    try:
        yield
    finally:
        _topic.clear()


def main_project(per_sentence: Sequence[Sequence[Mention]]) -> str | None:
    """The project the document is about (page_project.py: the project named strictly most often, else of those
    named equally often the one the opening names; sub-projects, pilots and projects named in passing do not
    count), worked out once per document within `topic_kept`."""
    if _topic and _topic[0][0] is per_sentence:
        return _topic[0][1]
    topic = _main_project(per_sentence)
    if _topic:
        _topic[0] = (per_sentence, topic)
    return topic


def _main_project(per_sentence: Sequence[Sequence[Mention]]) -> str | None:
    return page_project(m for ms in per_sentence for m in ms).iri


@dataclass
class DocumentReading:
    """What the document's sentences say for this layer, read without any rule's facts (`read_document`)."""

    project: str | None
    funders: dict[str, Sentence] = field(default_factory=dict)  # funder kinds named with a funding word
    named_funders: dict[str, Sentence] = field(default_factory=dict)  # funder kinds named anywhere
    funding_said: bool = False  # a funding word anywhere
    not_funders: set[str] = field(default_factory=set)  # funder kinds seen granting to someone else, or running a fund
    runners: set[str] = field(default_factory=set)  # funder kinds said to run something: no funder by a word elsewhere
    joiners: dict[str, Sentence] = field(default_factory=dict)
    areas: dict[str, Sentence] = field(default_factory=dict)
    other_areas: set[str] = field(default_factory=set)  # areas named only as another noun's or a verb of reaching's


def read_document(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]],
                  morph: Morphology) -> DocumentReading:
    """The sentences read for the topic project's funders, joiners and area. No rule's facts are read here, so a large
    document reads them beside the sentence rules (extract/document.py `document_facts`): ~1 CPU-s per 2 MB that
    ran on one core after the rules."""
    r = DocumentReading(main_project(per_sentence))
    if r.project is None:
        return r
    project = r.project
    funders, named_funders, not_funders, runners = r.funders, r.named_funders, r.not_funders, r.runners
    joiners, areas, other_areas = r.joiners, r.areas, r.other_areas
    funding_said = False
    for s, ms in zip(sents, per_sentence, strict=False):
        if len(s.text) > MAX_CHARS:
            continue
        named = [m for m in ms if m.iri and not m.generic]
        # a name inside another ("Tampereen kaupungin" in a project's name) is part of that name
        named = [m for m in named if not any(x is not m and x.start <= m.start and m.end <= x.end
                                             and x.end - x.start > m.end - m.start for x in named)]
        if any(m.type == "Project" and m.iri != project for m in named):
            continue  # another project in the sentence: what it says may be that project's
        words = [t for t in s.tokens if t.is_word]
        if not words or any(t.text.lower() in NEGATIONS for t in words):
            continue
        if not named:  # most sentences: all they can say is that there is funding
            if not funding_said and _funding(words, ms, morph) and not _other_scope(words, morph):
                funding_said = True
            continue
        if _other_scope(words, morph):
            continue
        candidates = [m for m in named if is_funder(m) and m.case not in RECIPIENT_CASES
                      and not no_funding_party(s.text, s.start, m)  # "EU:n ohjelmakaudella", "445/2014/EU"
                      and not (m.case in {None, "nimento"}  # "X ry myönnettiin": X receives
                               and passive_receiver(s.text, m.end - s.start))]
        # "(kumppanina Keski-Suomen liitto)": a funder kind named in another role runs or joins, it does not fund
        # "ett projekt mellan A, B och Arbetsförmedlingen": a party of the project, not its funder
        runners.update(m.iri for m in candidates if m.iri and (in_role(m, s) or between_party(m, s)))
        candidates = [m for m in candidates if not (in_role(m, s) or between_party(m, s))]
        if _cue(COORD_CUES, words, ms, morph):
            # "THL tukee ja koordinoi kehittämistyötä": one said to run the work is not its funder
            runners.update(m.iri for m in candidates if m.iri)
        if _funding(words, ms, morph):
            if _counted_projects(s, words, ms, morph, compounds=True):
                # "STM on myöntänyt rahoituksen kahdeksalle hankkeelle": money shared out to a count of projects
                # says nothing of the document's one
                candidates = []
            else:
                # "Eduskunta myönsi 4H:lle N euroa": money for a receiver no list knows says nothing of the project's
                unread_receiver = unread_name_allative(s.text, s.start, ms)
                funding_said = funding_said or not unread_receiver
                if any(m.case in RECIPIENT_CASES and m.type != "Project" for m in named) or unread_receiver:
                    # "STM on myöntänyt X:lle valtionavustusta": the grant is the named receiver's
                    not_funders.update(m.iri for m in candidates if m.iri)
                    candidates = []
                granting = outside_relative_clauses(
                    candidates, words, cue_positions(words, FUND_CUES + MORE_FUND_CUES, morph))
                # "stöd från AMIF som förvaltas av Inrikesministeriet": the agent of a relative clause runs the fund
                not_funders.update(m.iri for m in candidates if m.iri and m not in granting)
                for m in granting:
                    funders.setdefault(m.iri, s)
        if _cue(APPLYING, words, ms, morph):
            candidates = []  # "hanke hakee ESR:stä 250 000 euroa": the one applied to, not (yet) a funder
        for m in candidates:
            named_funders.setdefault(m.iri, s)
        if not any(m.type == "Person" for m in named) and _joining(s, words, ms, named, project, morph) \
                and not _counted_projects(s, words, ms, morph):
            label_end = cue_label_end(s, [t.start for t in _cue_words(JOIN_CUES, words, ms, morph)])
            for m in named:
                if m.start < label_end:
                    continue  # a form run into one sentence: only the names after the partners' label join
                # a genitive qualifies a noun ("kunta osallistuu Etelä-Savon hyvinvointialueen toimintaan"): as
                # the specific rule (relations._participates), only a nominative joins
                # a unit named with its university ("Handelshögskolan vid Åbo Akademi") joins as the university would
                # ... and so does a town's institution ("Helsingin kaupungin tietokeskus", relations.institution_body)
                unit = (m.type == "Body" and m.rule == "organisation-unit") or institution_body(m)
                if (m.type in PARTICIPANTS or unit) and not is_funder(m) and not _place_or_modifier(m, named) \
                        and not _town_opening_a_name(s, m, morph) \
                        and not _owner_of_the_joined(s, m, morph):
                    joiners.setdefault(m.iri, s)
        if _cue(AREA_CUES, words, ms, morph) or any(m.type in AREAS and _located(s, m) for m in named):
            for m in named:
                if m.type in AREAS:
                    areas.setdefault(m.iri, s)
                    if _area_of_something_else(s, m, morph):
                        other_areas.add(m.iri)  # still an area the text names: two are one too many
    r.funding_said = funding_said
    return r


def document_role_facts(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]], facts: Sequence[Fact],
                        morph: Morphology, reading: DocumentReading | None = None) -> list[Fact]:
    """The fallback facts of a document, given every fact the rules before it stated; `reading`: `read_document` of the
    same sentences and mentions, computed before."""
    related = related_pairs(facts)
    types = {m.iri: m.type for ms in per_sentence for m in ms if m.iri}
    owners = _decider_owners(facts, types, related)
    r = read_document(sents, per_sentence, morph) if reading is None else reading
    if r.project is None:
        return owners
    project, funders, named_funders, funding_said = r.project, r.funders, r.named_funders, r.funding_said
    not_funders, runners, joiners, areas, other_areas = r.not_funders, r.runners, r.joiners, r.areas, r.other_areas
    out: list[Fact] = []

    def add(subject: str, predicate: str, obj: str, s: Sentence) -> None:
        if subject == obj or (subject, obj) in related:
            return
        related.update({(subject, obj), (obj, subject)})
        out.append(Fact(subject, predicate, obj, Evidence(s.text, s.start, s.end), RULE_NAMES[predicate],
                        CONFIDENCE[predicate]))

    # a funder a rule already reads funding one project (a "Rahoittaja" field, a grant sentence) has its grant
    # accounted for: the document's word for funding is about that grant, not another one to the topic project;
    # so has a party a rule reads taking part in one ("Deltagande organisationer" of another project's card)
    stated = {f.subject for f in facts if f.predicate == "funds"}
    joined = {f.subject for f in facts if f.predicate == "participatesIn"}
    funders = _hosted_for_host({iri: s for iri, s in funders.items() if iri not in not_funders})
    named_funders = _hosted_for_host({iri: s for iri, s in named_funders.items() if iri not in not_funders | runners})
    if len(funders) <= MAX_FUNDERS:
        for iri, s in funders.items():
            if iri not in stated:
                add(iri, "funds", project, s)
    if not funders and funding_said and len(named_funders) == 1:
        # the one funder kind of the document, the funding word in another sentence
        ((iri, s),) = named_funders.items()
        if iri not in stated:
            add(iri, "funds", project, s)
    for iri, s in joiners.items():
        if iri not in funders and iri not in joined:
            add(iri, "participatesIn", project, s)
    if len(areas) == 1:
        ((iri, s),) = areas.items()
        if iri not in other_areas:
            add(project, "coversArea", iri, s)
    return owners + out


OWNERS = {"Municipality", "JointAuthority", "WellbeingCounty"}


def _hosted_for_host(found: dict[str, Sentence]) -> dict[str, Sentence]:
    """A funder and its host from the reference data are one funder ("Suomen Akatemian yhteydessä toimiva STN"): the
    hosted one, which grants in the host's name, stands for both (extract/hosted_units.py)."""
    if len(found) < 2:
        return found
    hosts = reference_hosts()
    return {iri: s for iri, s in found.items() if not any(hosts.get(other) == iri for other in found)}


def _decider_owners(facts: Sequence[Fact], types: dict[str, str], related: set[tuple[str, str]]) -> list[Fact]:
    """A municipality, joint authority or wellbeing county whose own body decides an agreement is a party to it
    ("Kaupunginhallitus hyväksyy sopimuksen": the town signs)."""
    owner_of: dict[str, set[str]] = {}
    for f in facts:
        if f.predicate == "partOf" and types.get(f.object) in OWNERS and types.get(f.subject) == "Body":
            owner_of.setdefault(f.subject, set()).add(f.object)
    out: list[Fact] = []
    for f in facts:
        if f.predicate != "decides" or types.get(f.object) != "Agreement" or len(owner_of.get(f.subject, ())) != 1:
            continue
        (owner,) = owner_of[f.subject]
        if (owner, f.object) in related:
            continue
        related.update({(owner, f.object), (f.object, owner)})
        out.append(Fact(owner, "participatesIn", f.object, f.evidence, "participatesIn:decider-owner",
                        CONFIDENCE["participatesIn"]))
    return out


def _funding(words: list[Token], ms: Sequence[Mention], morph: Morphology) -> bool:
    """A funding word, in a sentence that applies for no money."""
    return _cue(FUND_CUES + MORE_FUND_CUES, words, ms, morph) and not _cue(APPLYING, words, ms, morph)


_WORDS: dict[tuple[tuple[str, ...], str, bool], bool] = {}  # (cues, word, as written too) -> whether it is a cue
MAX_KEPT = 200_000  # answers kept before they are let go (a 20 MB page has more distinct words)


def _is(cues: tuple[str, ...], word: str, morph: Morphology, as_written: bool = False) -> bool:
    """Whether one of the word's base forms (or, `as_written`, the word itself) is one of the cues; kept, since the
    same words come back in every sentence."""
    key = (cues, word, as_written)
    if (hit := _WORDS.get(key)) is None:
        if len(_WORDS) > MAX_KEPT:
            _WORDS.clear()
        bases = morph.bases(word) | {word.lower()} if as_written else morph.bases(word)
        hit = _WORDS[key] = cues_match(cues, bases)
    return hit


def _cue(cues: tuple[str, ...], words: list[Token], ms: Sequence[Mention], morph: Morphology) -> bool:
    """A cue word outside the names of the sentence ("Kumppanuus" in a project's name is no cue); one followed by
    "kanssa"/"med" names someone worked with, not a role (as cooccurrence.cue_positions reads it)."""
    return next(_cue_words(cues, words, ms, morph), None) is not None


def _cue_words(cues: tuple[str, ...], words: list[Token], ms: Sequence[Mention], morph: Morphology) -> Iterator[Token]:
    return (t for t, nxt in zip(words, [*words[1:], None], strict=True)
            if _is(cues, t.text, morph) and not (nxt and nxt.text.lower() in WITH_WORDS)
            and not any(m.start <= t.start < m.end for m in ms))


def _other_scope(words: list[Token], morph: Morphology) -> bool:
    """A sentence about a programme and no project ("Programmet är finansierat av EU"), or about projects in the
    plural ("STM:n rahoittamat hankkeet jatkuvat"), not about the document's one project."""
    project_word = False
    for t in words:
        if _is(PROJECT_WORDS, t.text, morph, as_written=True):
            project_word = True
            readings = [a for a in morph.analyse(t.text) if cues_match(PROJECT_WORDS, {a.base.lower()})]
            if readings and all(a.number == "plural" for a in readings):
                return True
    return not project_word and any(_is(PROGRAMME_WORDS, t.text, morph, as_written=True) for t in words)



def _joining(s: Sentence, words: list[Token], ms: Sequence[Mention], named: list[Mention], project: str,
             morph: Morphology) -> bool:
    """A participation word, read with the guards of the specific rule (relations.py): an attendance list's head
    ("Deltagare", "Osallistujat") joins nothing unless the sentence names the project, and a verb of taking part
    that is denied or takes an event ("päätti olla osallistumatta", "osallistui seminaariin") joins nothing, nor does a
    sentence of thanks (THANK_CUES), nor one whose every joining word is denied, only possible, the partners of
    another or an event's (unreal_joining.py)."""
    tied = any(m.iri == project for m in named)
    if any(_is(THANK_CUES, t.text, morph, as_written=True) for t in words):
        return False
    if not any(tied or not any(b.startswith(ATTENDEE_NOUNS) for b in morph.bases(t.text))
               for t in _cue_words(JOIN_CUES, words, ms, morph)):
        return False
    undertakings = [m for m in ms if m.type in UNDERTAKINGS]
    lemmas = [(t, lemma(t.text, morph)) for t in words]
    return not joins_nothing(lemmas, morph, undertakings) and not proposed_that(lemmas, morph) \
        and not unreal_joining(s, [t.start for t in _cue_words(JOIN_CUES, words, ms, morph)], morph)


def _counted_projects(s: Sentence, words: list[Token], ms: Sequence[Mention], morph: Morphology,
                      compounds: bool = False) -> bool:
    """"on ollut osatoteuttajana neljässä hankkeessa": with no undertaking named, a count of projects is what is
    joined, not the one the document is about (asked only of a joining or funding sentence: it lemmatises every
    word); `compounds`: "10 solidaarisuushankkeelle" counts too."""
    return not any(m.type in UNDERTAKINGS for m in ms) and counted_project_words(
        s, [(t, cue_lemma(t.text, morph)) for t in words], compounds)


def _owner_of_the_joined(s: Sentence, m: Mention, morph: Morphology) -> bool:
    """A genitive before an illative ("kunta osallistuu Etelä-Savon hyvinvointialueen perhekeskustoimintaan"): the
    owner of what is joined, not one who joins (the specific rule, relations._participates, joins only the
    nominative)."""
    if m.case != "omanto":
        return False
    after = [t for t in s.tokens if t.is_word and t.start >= m.end][:1]
    return bool(after) and any(a.case == "sisatulento" for a in morph.analyse(after[0].text))


# a Swedish preposition of place right before a name ("familjerna i Åboland", "verksamhet inom Österbotten"): the
# locative Swedish says with a word, not a case ending
_SWEDISH_IN = re.compile(r"(?:^|\s)(?:i|inom)\s+$")


def _located(s: Sentence, m: Mention) -> bool:
    """A place named as where something is: a Finnish locative case, or a Swedish "i"/"inom" before it."""
    return m.case in AREA_CASES or bool(_SWEDISH_IN.search(s.text[max(0, m.start - s.start - 8):m.start - s.start]))


def _area_of_something_else(s: Sentence, m: Mention, morph: Morphology) -> bool:
    """An area that qualifies another noun ("Etelä-Savon perhekeskustoiminnan koordinaattori"): only a genitive
    before an area word ("Kainuun alueella") is the area itself; and a place a verb of reaching points to is
    extract/area_phrases.py's to read, which asks whose work reaches it ("Muutos kohdistuu Kainuun alueelle");
    a place named to be left out ("paitsi X", "X:ää lukuun ottamatta") is no area of the project
    (excepted_places.py)."""
    if _REACH_VERB.search(s.text[:max(0, m.start - s.start)]):
        return True
    if excepted(s.text, m.start - s.start, m.end - s.start):
        return True  # "Jyväskylän seutua lukuun ottamatta kaikki muut seutukunnat": named only to be left out
    if m.case != "omanto":
        return False
    after = [t for t in s.tokens if t.is_word and t.start >= m.end][:1]
    return not (after and _is(AREA_CUES, after[0].text, morph))


# "Siilinjärven kunnan hankkeen": the town's own project, which it runs (a word of what is joined, not of a name)
_UNDERTAKING_WORDS = ("hanke", "projekti", "ohjelma", "sopimus", "kokeilu")


def _town_opening_a_name(s: Sentence, m: Mention, morph: Morphology) -> bool:
    """A town's genitive before a lower-case genitive ("Kuopion liikuntalääketieteen tutkimuslaitos"): the first word
    of a longer name the recogniser did not read (an institute, a centre), not the town taking part itself."""
    if m.type not in {"Municipality", "WellbeingCounty"} or m.case != "omanto":
        return False
    after = [t for t in s.tokens if t.is_word and t.start >= m.end][:1]
    return bool(after) and after[0].text[:1].islower() and after[0].start - m.end <= 1 \
        and after[0].text.lower() not in {"ja", "sekä", "tai"} \
        and bool(readings := morph.analyse(after[0].text)) \
        and all(a.case == "omanto" and a.cls in {"nimisana", "nimisana_laatusana"}
                and not a.base.lower().endswith(_UNDERTAKING_WORDS) for a in readings)


def _place_or_modifier(m: Mention, named: list[Mention]) -> bool:
    """A municipality where someone is ("Lapin yliopisto Rovaniemellä"), or a genitive one right before another
    name ("Helsingin ja Uudenmaan Näkövammaiset ry"), is no party of its own; nor is any organisation in the elative
    or ablative, where the people taking part come from ("Toiminnassa on mukana vapaaehtoisia X ry:stä")."""
    if m.case in {"nimento", None} and unknown_genitive(m):
        return True  # "Socomin alueelta hankkeessa on mukana Kouvola": a genitive Voikko missed (relations.py)
    if m.case in SOURCE_CASES or (m.case == "osanto" and m.surface.lower().endswith(("sta", "stä", "lta", "ltä"))):
        # (a name ending "-liitosta" reads as the partitive of "liitos" as well: the elative is meant)
        return True  # "vapaaehtoisia X ry:stä", "asiantuntijoita X:ltä": where people come from, not a party
    if m.type not in {"Municipality", "WellbeingCounty"}:
        return False
    if m.case in PLACE_CASES:
        return True
    return m.case == "omanto" and any(0 <= x.start - m.end <= 12 for x in named if x is not m)
