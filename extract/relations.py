"""Relations between entities, read from Finnish sentences by lemma cues and grammatical case.

Each rule names itself in the facts it makes, so a researcher can see why a fact
exists (`welfare-kg explain`). Direction follows FACTS.md: funder funds project,
organisation coordinates project, participant participatesIn / contributes ...
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cached_property, lru_cache

from welfare_kg.extract.allative_grants import (
    FI_DONATION_VERB,
    GRANTING_SUBJECT_CUES,
    ablative_case,
    allative_recipients,
    allative_tail,
    coordinated_receivers,
    currency_column_heading,
    direct_grant,
    fronted_pair,
    fronted_receivers,
    fronted_swedish_grant,
    grant_table_heading,
    granting_subject,
)
from welfare_kg.extract.bare_sums import second_of_two
from welfare_kg.extract.colon_allatives import unread_name_allative
from welfare_kg.extract.conditional_clauses import in_conditional_clause
from welfare_kg.extract.dates import find_period
from welfare_kg.extract.decided_clause import deciding_verb_end, in_later_clause
from welfare_kg.extract.entities import is_post
from welfare_kg.extract.excepted_places import excepted
from welfare_kg.extract.granter_focus import FRONTED_RECEIVERS
from welfare_kg.extract.item_decisions import compound_agreement
from welfare_kg.extract.layout import OPENING_CHARS
from welfare_kg.extract.lists import JOINER, WITH_PARTNER
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.money import Amount, find_amounts, not_granted_sum, total_over_many
from welfare_kg.extract.morphology import FINITE_MOODS, Morphology, lemma
from welfare_kg.extract.named_giver import sources_listed
from welfare_kg.extract.page_project import page_project
from welfare_kg.extract.passive_receivers import passive_receiver
from welfare_kg.extract.prefilter import guarded
from welfare_kg.extract.programme_agents import programme_after_funding_word
from welfare_kg.extract.programme_project_words import names_programme_project
from welfare_kg.extract.proposing_bodies import DECIDING_STEMS, deciding_subject
from welfare_kg.extract.relative_antecedents import relative_clause_objects
from welfare_kg.extract.rule_cues import CueGroup, CueIndex, text_needs
from welfare_kg.extract.sum_column_titles import MENTION_RULE as SUM_COLUMN_TITLE
from welfare_kg.extract.text import Sentence, Token
from welfare_kg.extract.unreal_joining import EVENT_NOUNS, unreal_joining
from welfare_kg.extract.working_units import working_unit

ORGS = {"Ministry", "Agency", "CompetenceCentre", "JointAuthority", "WellbeingCounty", "Company",
        "Association", "Municipality", "Parish", "Body"}
FUNDERS = {"Ministry", "Agency", "CompetenceCentre", "JointAuthority", "WellbeingCounty", "Municipality",
           "Company", "Association"}
PARTIES = {"Municipality", "JointAuthority", "WellbeingCounty", "Company", "Association", "Parish",
           "CompetenceCentre", "Agency"}
UNDERTAKINGS = {"Project", "Programme", "Agreement", "WorkPackage"}

FUND_CUES = ("myöntä", "rahoitta", "rahoitus", "valtionavustu", "avustus", "rahoittama", "bevilja", "finansier")
COORD_CUES = ("hallinnoi", "hallinnoija", "hallinnointi", "koordinoi", "koordinointi", "koordinaattori",
              "vastuuorganisaatio", "päätoteuttaja", "samordna", "administrera", "koordiner", "ansvarar",
              "johtama", "förvaltas", "förvaltar", "förvaltade", "vetämä", "organisoima")
# "johtama": "X:n johtama hanke", the participle of leading, never "johtaja" (a post); "förvaltas av X" (not
# "förvaltning", an administration); "X:n organisoima Y -kampanja": who organises a campaign runs it
JOIN_CUES = ("osallistu", "sitoumu", "sitoutu", "kuntasitoumu", "mukaan", "mukana", "allekirjoitta",
             "liittyä", "liity", "osapuol", "sopijapuol", "osatoteuttaja", "kumppani", "delta", "ansluta", "medverka",
             "samarbetspart", "delgenomförare", "osahakija", "kanssahakija", "partneri")
SHARE_CUES = ("osuus", "omarahoitus", "omavastuu", "varata", "varataan", "maksuosuus", "kuntaosuus", "andel")
LOCATIVE = {"sisaolento", "sisatulento", "ulkotulento", "ulkoolento"}
SOURCE_CASES = {"sisaeronto", "ulkoeronto"}  # elative, ablative: where money or a thing comes from
UNDERTAKING_WORDS = ("hanke", "projekti", "ohjelma", "projekt", "program")


@dataclass
class Context:
    """What the whole document says that single sentences lean on."""

    focus: str | None = None  # the undertaking an anaphoric "hanke" points to
    focus_item: int | None = None  # the minutes item whose title put `focus` there, if one did
    main_project: str | None = None  # the latest project named outright (not a pilot or sub-project)
    section: str | None = None  # "join" or "share" under a heading like "Sopijaosapuolet", "Kuntien maksuosuudet"
    municipality: str | None = None  # of minutes
    funder: str | None = None  # the first funder seen, for passive "myönnettiin"
    doc_project: str | None = None  # the project the document is about: "hanke" before the text names it
    doc_project_tied: bool = False  # another project is named as often: the page is about no one project
    # the previous sentence spoke of an organisation's project it did not name ("myönnettiin X Oy:n hankkeeseen"): a
    # bare "hanke" right after points to that one, not to the project in focus
    owned_unnamed_before: bool = False
    funds: set[str] = field(default_factory=set)  # IRIs of EU and national funds seen so far: never "the project"
    payer: str | None = None  # the ministry or agency last said to pay or fund, for a passive grant list
    grant_list: str | None = None  # the funder of the list of grants being read ("myönsi ... seuraavasti:")
    last_grant: tuple[str, str] | None = None  # (funder, funded) of the grant the previous sentence stated
    programme: str | None = None  # the latest programme named (not a fund): what "ohjelma" / "programmet" means
    agreement: str | None = None  # the latest agreement named: what "tällä sopimuksella" means
    home_centre: str | None = None  # the competence centre the page opens with: the page's own centre
    home_centre_read: bool = False  # the opening lines have been looked at
    # programmes named so far only as the modifier of another word ("Leader-ryhmät", "Leader-rahoitteinen"): such
    # a name puts no programme in focus, so "hanke" and a bare "mukana" do not point to it
    modifier_programmes: set[str] = field(default_factory=set)
    own_programmes: set[str] = field(default_factory=set)  # programmes named in their own right at least once
    seen: set[str] = field(default_factory=set)  # every IRI named so far, this sentence included
    # where each IRI is first named (start of its first sentence), set by extract_document before the sentence loop:
    # "named so far" is then read from it, and the context stays small and the same in every process that guesses it
    # (extract/sentence_pool.py); without it `seen` collects the names as the sentences go by
    first_named: Mapping[str, int] | None = None


FUND_WORDS = ("rahasto", "fund", "fond")
_SCHOOL_WORDS = ("yliopisto", "universitet", "university", "akademi", "korkeakoulu", "högskola", "yliopistokeskus")


def is_paying_agency(m: Mention) -> bool:
    """A ministry or a state agency that pays others (STM, STEA, ELY), not a university, which is also an Agency."""
    return m.type == "Ministry" or (m.type == "Agency" and not any(w in m.label.lower() for w in _SCHOOL_WORDS))


def is_fund(m: Mention) -> bool:
    """A fund (ESR, EAKR, maaseuturahasto) finances projects; "hanke" never refers to it."""
    return m.type == "Programme" and any(w in m.label.lower() for w in FUND_WORDS)


def document_project(mentions: list[Mention]) -> str | None:
    """The project a document is about (page_project.py: one rule for every caller; None on a tie the opening
    does not break).

    A project card says "Hanketta hallinnoi X" before the text first names the project
    ("Rainer-hankkeen tavoitteena..."), so "hanke" falls back to it when nothing in focus is a project.
    """
    return page_project(mentions).iri


def document_project_tied(mentions: list[Mention]) -> bool:
    """Whether another project is named as often as the document's most named one, even where the opening chose
    between them: a page listing several projects is about none of them in particular."""
    return page_project(mentions).tied


def _has(lemmas: list[str], cues: tuple[str, ...]) -> bool:
    """Whether any lemma contains a cue (one regex search over the joined lemmas: cues hold no newline)."""
    return _cue_pattern(cues).search("\n".join(lemmas)) is not None


@lru_cache(maxsize=256)
def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(c) for c in cues))


def _evidence(sent: Sentence) -> Evidence:
    return Evidence(sent.text, sent.start, sent.end)


def project_anaphor(lemmas: list[str]) -> bool:
    return any(lem in {"hanke", "projekti", "kehittämishanke", "hankekokonaisuus", "projekt", "projektet",
                       "projektets"} for lem in lemmas)


# a cardinal of more than one: Finnish keeps the counted word singular in the phrase's case ("neljässä hankkeessa",
# "kolmeen projektiin", "12 hankkeelle"), so the word counts many projects
_CARDINALS = frozenset({"kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän", "kahdeksan", "yhdeksän", "kymmenen"})
_DIGITS_BEFORE = re.compile(r"(?<![\d.,/-])(\d{1,3})[ \u00a0]+$")


_PROJECT_HEADS = ("hanke", "projekti", "projekt")


def counted_project_words(sent: Sentence, word_lemmas: list[tuple[Token, str]], compounds: bool = False) -> bool:
    """Every project word of the sentence comes right after a count of more than one: projects at large.
    `compounds`: a compound with a project word as its head counts too ("44 akatemiahankkeelle")."""
    hits = [k for k, (_t, lem) in enumerate(word_lemmas)
            if project_anaphor([lem]) or (compounds and lem.lower().endswith(_PROJECT_HEADS))]

    def counted(k: int) -> bool:
        if k > 1 and word_lemmas[k - 1][1] == "eri":
            k -= 1  # "kuudelle eri hankkeelle", "6 eri hankkeeseen": the count stands before "eri"
        tok = word_lemmas[k][0]
        before = sent.text[max(0, tok.start - sent.start - 8):tok.start - sent.start]
        digits = _DIGITS_BEFORE.search(before)
        if digits is not None:
            return int(digits.group(1)) > 1
        prev = word_lemmas[k - 1] if k else None
        return prev is not None and prev[1] in _CARDINALS and not sent.text[
            prev[0].end - sent.start:tok.start - sent.start].strip()

    return bool(hits) and all(counted(k) for k in hits)


def _only_plural_project_words(c: Clause) -> bool:
    """"Kehittämishankkeisiin myönnetty rahoitus": the sentence names no undertaking of its own and its only
    words for a project are plural and inflected, so it speaks of projects in general, not of the one in focus.

    A plural in the nominative stays a reference ("ESR:n osittain rahoittamat projektit" heads the form of
    the project at hand).
    """
    if any(u.iri not in c.ctx.funds for u in c.und):
        return False
    words = [t for t, lem in c.word_lemmas if project_anaphor([lem])]
    return bool(words) and all(
        (an := c.morph.analyse(t.text)) and all(a.number == "plural" and a.case != "nimento" for a in an)
        for t in words)


def _money_to_projects_at_large(c: Clause) -> bool:
    """The sentence names no undertaking and its only project words are plurals in the allative ("myönsi N euroa
    hankkeille, joilla ...") or come after a count of more than one ("myönsi 24 miljoonan euron rahoituksen 44
    akatemiahankkeelle", "yhteensä 1 000 000 euroa kuudelle eri hankkeelle"): the money goes to projects at large,
    its sum their total."""
    if _plural_partitive_projects_only(c, frozenset({"ulkotulento"}), quantified=False):
        return True
    return not any(u.iri not in c.ctx.funds for u in c.und) and counted_project_words(c.sent, c.word_lemmas,
                                                                                      compounds=True)


def _plural_partitive_projects_only(c: Clause, cases: frozenset[str] = frozenset({"osanto"}),
                                    quantified: bool = True) -> bool:
    """The sentence names no undertaking and its only project words are plurals in `cases`, the objects or places of
    a verb ("hallinnoi muita hankkeita", "osallistuu muihin hankkeisiin"): projects at large. A plural genitive
    qualifies a noun of the one in focus ("koordinoi alueellisten hankkeiden toimeenpanoa") and does not count."""
    if any(u.iri not in c.ctx.funds for u in c.und):
        return False
    words = c.word_lemmas
    hits = [k for k, (_t, lem) in enumerate(words) if project_anaphor([lem])]
    # only after a word of quantity: "muita", "useita", "monissa", "lukuisia", "eri" (a name before the plural,
    # "Monialaisen lastensuojelun kehittämishankkeita", still points at the one in focus)
    return bool(hits) and all(
        (not quantified or (k and words[k - 1][1] in _QUANTIFIERS))
        and (an := c.morph.analyse(words[k][0].text)) and all(a.number == "plural" and a.case in cases for a in an)
        for k in hits)


_QUANTIFIERS = {"muu", "usea", "mona", "moni", "monet", "lukuinen", "eri", "kaikki", "joka", "jokin", "uusi"}
_JOINED_PLACES = frozenset({"osanto", "sisatulento", "sisaolento"})  # "useita", "muihin", "monissa hankkeissa"


def _programme_anaphor(lemmas: list[str]) -> bool:
    """A bare word for a programme ("ohjelma", "programmet", "programmets"): the programme in focus."""
    return any(lem in {"ohjelma", "programmet", "programmets"} for lem in lemmas)


@dataclass
class Clause:
    """One sentence as every rule sees it: its mentions sorted into roles, its lemmas, amounts and period."""

    sent: Sentence
    ctx: Context
    morph: Morphology
    lemmas: list[str]
    named: list[Mention]  # resolved, not bare common nouns
    und: list[Mention]  # projects, programmes, agreements, work packages
    orgs: list[Mention]
    free_orgs: list[Mention]  # organisations not inside an undertaking's name
    inside: set[int]  # id() of mentions inside another mention's name
    target: str | None  # what the sentence is about: its first undertaking, or the one an anaphor points to
    euros: list[Amount]
    shares: list[Amount]
    start: str | None
    end: str | None
    sent_undertakings: list[Mention] = field(default_factory=list)  # bare nouns included ("sopimuksen")
    word_lemmas: list[tuple[Token, str]] = field(default_factory=list)  # each word with its lemma, computed once
    # bare body words the document resolved ("Lautakunta päättää" in a board's own minutes: that board)
    bare_bodies: list[Mention] = field(default_factory=list)

    @cached_property
    def roles(self) -> dict[int, str]:
        return role_nouns(self)

    @cached_property
    def free_named(self) -> list[Mention]:
        """The named mentions not inside an undertaking's name."""
        return [m for m in self.named if id(m) not in self.inside]

    @cached_property
    def allative_enumeration(self) -> tuple[Mention, list[tuple[Mention, Amount]]] | None:
        """"G myönsi A:lle N euroa ja B:lle M euroa": read once, asked by three funds rules."""
        return allative_recipients(self.sent.text, self.sent.start, self.free_named, self.euros, FUNDERS | {"Body"},
                                   ORGS | UNDERTAKINGS)

    @cached_property
    def funding(self) -> list[str]:
        """`funding_lemmas` of the sentence, read once: four funds rules ask it of every sentence."""
        return funding_lemmas(self.lemmas)

    @cached_property
    def funding_cued(self) -> bool:
        """Whether a funding lemma holds a funding cue (`_has(self.funding, FUND_CUES)`): three funds rules ask."""
        return _has(self.funding, FUND_CUES)

    @property
    def ev(self) -> Evidence:
        return _evidence(self.sent)

    @property
    def own_target(self) -> str | None:
        """The target unless it is a fund ("ESR:n rahoittama hanke" is about the project, never the fund's): what a
        role, a place or a verb of the sentence is about."""
        return self.target if self.target and self.target not in self.ctx.funds else None

    @property
    def free_und(self) -> list[Mention]:
        """The undertakings not inside another name, funds left out, in offset order: the wholes and parts the
        partOf phrase rules pair."""
        return sorted((u for u in self.und if id(u) not in self.inside and u.iri not in self.ctx.funds),
                      key=lambda u: u.start)

    @cached_property
    def joined_lemmas(self) -> str:
        """The lemmas joined once per sentence: `has` is asked by many rules of the same sentence."""
        return "\n".join(self.lemmas)

    def has(self, cues: tuple[str, ...]) -> bool:
        return _cue_pattern(cues).search(self.joined_lemmas) is not None


@dataclass(frozen=True)
class Rule:
    """A relation rule: one name (kept in every fact it makes), one predicate, one text pattern."""

    name: str
    predicate: str
    pattern: str  # the Finnish (or Swedish) wording it reads, for people and `welfare-kg explain`
    apply: Callable[[Clause], list[Fact]]
    # a list of the Clause (one of NEEDS) without which the rule says nothing and changes no context, so that a
    # sentence lacking it skips the call (most sentences name no organisation: the rule's own cue tests cost)
    needs: str | None = None
    # the rule's cue (extract/rule_cues.py): strings one of which a lemma of the sentence (`cues`) or its lower-cased
    # text (`text_cues`) holds whenever the rule can say something or change the context; a sentence holding none
    # skips the call. Read from the test that gates the rule's code; both empty: no cue, the rule sees every sentence
    cues: tuple[str, ...] = ()
    text_cues: tuple[str, ...] = ()
    # a focus the rule keeps on the Context across sentences (the attribute's name): while it is set (not None) the
    # rule sees every sentence, cue or not, to read it and age it; unset, the rule's cue alone admits a sentence
    held: str | None = None


RULES: list[Rule] = []
# the Clause lists a rule may declare it needs (tests/test_rule_needs.py); "euros": the sentence's sums, which
# nine sentences in ten lack (a rule about a sum skips them all)
NEEDS = ("named", "free_orgs", "und", "euros")
CUES = CueIndex()  # every rule's cue group; which of them a sentence holds
CUES.needs = NEEDS
_PLANS: dict[tuple[int, bool, bool, bool, bool, frozenset[CueGroup], tuple[bool, ...]],
             list[Callable[[Clause], list[Fact]]]] = {}
_FOCI: list[str] = []  # the Context attributes of the rules' foci (Rule.held), in the order they were registered


def rule(name: str, predicate: str, pattern: str, *, needs: str | None = None, cues: tuple[str, ...] = (),
         text_cues: tuple[str, ...] = (), held: str | None = None
         ) -> Callable[[Callable[[Clause], list[Fact]]], Callable]:
    """Register a rule; rules run in registration order, which is the order of their facts. `needs`, `cues`,
    `text_cues`, `held`: see Rule."""
    if needs is not None and needs not in NEEDS:
        raise ValueError(f"rule {name!r}: needs {needs!r} is none of {NEEDS}")
    if held is not None and not (cues or text_cues):
        raise ValueError(f"rule {name!r}: a held focus admits sentences beside a cue; it declares none")
    if held is not None and held not in _FOCI:
        _FOCI.append(held)

    def register(fn: Callable[[Clause], list[Fact]]) -> Callable[[Clause], list[Fact]]:
        if any(r.name == name for r in RULES):
            raise ValueError(f"rule {name!r} registered twice")
        RULES.append(Rule(name, predicate, pattern, fn, needs, tuple(cues), tuple(text_cues), held))
        CUES.register(tuple(cues), tuple(text_cues), needs)
        return fn
    return register


def _applying(c: Clause) -> list[Callable[[Clause], list[Fact]]]:
    """The rules to call on this clause, in registration order: those whose declared need it meets and whose cue
    it holds or whose focus is held (a few lists per document, kept by what the clause has, its cues, the foci
    held and the rules registered)."""
    met = (bool(c.named), bool(c.free_orgs), bool(c.und), bool(c.euros))
    cued = CUES.present(c.lemmas, c.sent.text, met)
    ctx = c.ctx
    held = tuple(getattr(ctx, a, None) is not None for a in _FOCI)
    key = (len(RULES), *met, cued, held)
    plan = _PLANS.get(key)
    if plan is None:
        have = dict(zip(NEEDS, key[1:5], strict=True))
        kept = {a for a, on in zip(_FOCI, held, strict=True) if on}
        plan = _PLANS[key] = [r.apply for r in RULES if (r.needs is None or have[r.needs])
                              and (not (r.cues or r.text_cues) or (r.cues, r.text_cues) in cued or r.held in kept)]
    return plan


def registered() -> list[Rule]:
    """Every sentence rule. Rules register when their module is imported and extract/document.py imports them
    all, so `RULES` read after importing this module alone holds only some of them (a test run on its own saw a
    third of the registry)."""
    import welfare_kg.extract.document  # noqa: F401  (imports every rule module, which registers its rules)
    return RULES


def predicates() -> list[str]:
    """The predicates relation rules can state, for ontology checks, map views and CLI choices."""
    return sorted({r.predicate for r in registered()})


def _programme_of_project(sent: Sentence, m: Mention) -> bool:
    """A programme in the genitive right before a word for a project: "X-ohjelman hankkeen", "programmets projekt"."""
    if m.type != "Programme" or m.case not in {"omanto", None}:
        return False
    after = sent.text[m.end - sent.start:m.end - sent.start + 30].lower()
    return re.match(r"\s*(?:hank(?:e|keen|keessa|keeseen|etta)|projekt(?:i|in|et|issa)?)\b", after) is not None


# "Leader-ryhmät", "Leader-rahoitteinen": a programme's name as the first part of a compound whose head is no
# word for an undertaking; "Leader Etpähä ry": its name as the first word of an organisation's name
_COMPOUND_HEAD = re.compile(r"\s?-\s?(?P<head>[a-zåäö]\w*)")
# heads that still speak of the programme itself: its projects, its money ("Leader-rahoitus on muodostunut EU:n
# maksuosuuksista"), its activity ("Leader-toimintaan osallistuminen"); not "-rahoitteinen" (paid by it)
_UNDERTAKING_HEAD = re.compile(r"(?:\w*hanke|\w*hankkee\w*|\w*hankkei\w*|\w*hanket\w*|\w*projekt\w*|ohjelm\w*|"
                               r"program\w*|kokonaisuu\w*|\w*rahoitu[sk]\w*|raha\w*|tuki|tuen|tukea|avustu\w*|"
                               r"finansiering\w*|stöd\w*|toimin(?:ta|nan|taa|taan|nassa|nasta|nalle|nalla))")


_ORG_SUFFIX = re.compile(r" (?:ry|r\.y\.|rf|r\.f\.|Oy|Ab|Oyj)\b")


def _programme_as_modifier(sent: Sentence, m: Mention, named: list[Mention]) -> bool:
    """"muut hankealueen Leader-ryhmät", "Leader-rahoitteinen hanke", "Leader Etpähä ry": the programme's name
    qualifies another word (a group, a way of funding, an organisation), so the sentence does not speak of the
    programme as an undertaking; what it pays is the project, named or not.
    """
    if m.type != "Programme":
        return False
    rest = sent.text[m.end - sent.start:]
    head = _COMPOUND_HEAD.match(rest)
    if head and not _UNDERTAKING_HEAD.fullmatch(head.group("head").lower()):
        return True
    if _ORG_SUFFIX.match(rest):  # "SavonLuotsi Leader ry": the last word of an association's name before "ry"
        return True
    return any(o is not m and o.type in ORGS and o.start - m.end == 1 and rest[:1] == " " for o in named)


_OWNERS_ONLY = "_relations_owner_named_joint_work"  # project IRIs that are only "A:n ja B:n yhteistyöhanke"
_JOINT_HEAD = re.compile(r"^[^\n]*?\S+(?::n|n)\s+(?:yhteistyöhanke|yhteishanke|yhteistyöprojekti|yhteisprojekti)$",
                         re.IGNORECASE)


def first_named(sents: list[Sentence], per_sentence: list[list[Mention]]) -> dict[str, int]:
    """Each IRI named outright (not generic) -> the start of the first sentence naming it: Context.first_named."""
    out: dict[str, int] = {}
    for s, ms in zip(sents, per_sentence, strict=True):
        for m in ms:
            if m.iri and not m.generic and m.iri not in out:
                out[m.iri] = s.start
    return out


def _named_so_far(ctx: Context, iri: str, sent: Sentence) -> bool:
    """Whether the text has named `iri` in this sentence or one before it."""
    if ctx.first_named is not None:
        return ctx.first_named.get(iri, sent.end) <= sent.start
    return iri in ctx.seen


def sentence_roles(sent: Sentence, mentions: list[Mention]
                   ) -> tuple[list[Mention], list[Mention], list[Mention], set[int]]:
    """(named, programmes as modifiers, undertakings, ids inside an undertaking): the part of a Clause read from the
    sentence alone, so that an index built before the sentence loop (extract/document_indexes.py) sees what the
    rules see."""
    named = [m for m in mentions if m.iri and not m.generic]
    modifiers = [m for m in named if _programme_as_modifier(sent, m, named)]
    und = [m for m in named if m.type in UNDERTAKINGS and not any(m is x for x in modifiers)]
    inside = {id(m) for m in named for u in und if u is not m and u.start <= m.start and m.end <= u.end}
    return named, modifiers, und, inside


def _acting_sub_region(m: Mention) -> bool:
    """Whether an area mention names a sub-region's own organisation ("Kaustisen seutukunta", "Raahen seutukunta"):
    the seutukunta applies for, runs and pays for projects of its towns, so it stands where an organisation does
    ("Hankkeen hallinnoijana on Kaustisen seutukunta"), unlike a region or a cooperation area named as a place."""
    return m.type == "CooperationArea" and (m.label or "").lower().endswith("seutukunta")


def bracketed_after_org(sent: Sentence, und: list[Mention], orgs: list[Mention]) -> set[int]:
    """The ids of the undertakings that open a bracket right after an organisation's name ("Etelä-Pohjanmaan
    sairaanhoitopiiri (Pohjanmaa-hanke)"): what that organisation runs inside the whole, an aside, not what the
    sentence is about. Cheap first: most sentences have no bracket."""
    if "(" not in sent.text:
        return set()
    ends = {m.end for m in orgs}
    out = set()
    for u in und:
        k = u.start - sent.start
        paren = sent.text.rfind("(", max(0, k - 3), k)
        if paren >= 0 and not sent.text[paren + 1:k].strip() and any(
                0 <= sent.start + paren - e <= 1 for e in ends):
            out.add(id(u))
    return out


def clause(sent: Sentence, mentions: list[Mention], ctx: Context, morph: Morphology) -> Clause:
    # `t.text[:1].isalpha()` is Token.is_word without the property call (every token of every sentence)
    word_lemmas = [(t, cue_lemma(t.text, morph)) for t in sent.tokens if t.is_word]
    lemmas = [lem for _t, lem in word_lemmas]
    named, modifiers, und, inside = sentence_roles(sent, mentions)
    if ctx.first_named is None:
        ctx.seen.update(m.iri for m in named if m.iri)
    ctx.modifier_programmes.update(m.iri for m in modifiers if m.iri)
    ctx.own_programmes.update(u.iri for u in und if u.type == "Programme" and u.iri)
    if (ctx.focus in ctx.modifier_programmes and ctx.focus not in ctx.own_programmes) or (
            ctx.focus is not None and not _named_so_far(ctx, ctx.focus, sent) and ctx.focus != ctx.doc_project):
        # "muut hankealueen Leader-ryhmät": the only programme named so far qualifies another word, so it is
        # nothing a rule may fall back to as what the sentence is about; nor is an undertaking the text names only
        # further down (the first one of the page), unless it is the project the page is about
        # (sentence_facts puts the focus back for the next sentence)
        ctx.focus = ctx.main_project or ctx.doc_project
    orgs = [m for m in named if m.type in ORGS or _acting_sub_region(m)]
    free_orgs = [m for m in orgs if id(m) not in inside]
    ctx.funds.update(u.iri for u in und if is_fund(u) and u.iri)
    # "A:n, B:n sekä C:n yhteistyöhanke": owners' genitives before a bare word of joint work name no project
    # of their own, only the one the text is about; "hanke" must not point to it
    joint = getattr(ctx, _OWNERS_ONLY, set())
    joint.update(u.iri for u in und if u.iri and u.type == "Project" and _JOINT_HEAD.search(u.label)
                 and any(m.type in ORGS and u.start <= m.start < u.end for m in named))
    setattr(ctx, _OWNERS_ONLY, joint)
    # "yksi Leader-hankkeista": a project of the programme, not the programme, is what such a compound names
    own = [u for u in und if u.iri not in ctx.funds and not names_programme_project(u)]
    owned_before = ctx.owned_unnamed_before
    ctx.owned_unnamed_before = not own and _owned_project_word(sent, orgs, word_lemmas)
    # "EU:n elpymisvälineestä rahoitettavaa X-ohjelmaa": a source in the elative is not what the verb is about
    direct = [u for u in own if u.case not in SOURCE_CASES] or own
    if direct and (asides := bracketed_after_org(sent, direct, orgs)):
        # "Hankkeessa ovat mukana A, B (X-hanke) ja C": the project in brackets after B is B's own part, an aside;
        # the sentence speaks of what its head word points to
        direct = [u for u in direct if id(u) not in asides]
    if direct and _programme_of_project(sent, direct[0]):
        # "Tulevaisuuden sote-keskus -ohjelman hankkeen hakijana toimii X": the sentence speaks of the
        # programme's project, the one the text is about, not of the programme
        target = ctx.main_project or ctx.doc_project
    elif direct and (ctx.main_project or ctx.doc_project) and programme_after_funding_word(sent, direct[0], lemmas):
        target = ctx.main_project or ctx.doc_project  # "Projektet är finansierad av X Programme": the project's funder
    elif direct:
        target = direct[0].iri
    elif _programme_anaphor(lemmas) and ctx.programme:  # "programmet", "ohjelman": the programme in focus
        target = ctx.programme
    elif lemmas and lemmas[0] == "se" and (ctx.main_project or ctx.focus):
        # "Sitä hallinnoi X": a sentence opening with "se" speaks of the undertaking just named
        target = ctx.main_project or ctx.focus
    elif project_anaphor(lemmas) and owned_before:
        target = None  # "... X Oy:n hankkeeseen. Hankkeeseen on myönnetty Y:n rahoitusta": X's project, unnamed
    elif project_anaphor(lemmas):  # "Hankkeen rahoittaja: ELY-keskus ESR:n kautta": the project, not the fund
        # never a fund: "hanke" does not refer to ESR or EAKR even when a fund is all the text has named;
        # nor a programme named only as a modifier: "Leader-rahoitteinen hanke ... Hankkeen rahoittajina ovat"
        # speaks of a project the text has not named outright, not of the programme that pays it
        main = ctx.main_project if ctx.main_project not in joint else None
        not_it = ctx.funds | joint | (ctx.modifier_programmes - ctx.own_programmes)
        target = main or (ctx.focus if ctx.focus not in not_it else None) or ctx.doc_project
    else:
        target = und[0].iri if und else None
    if target is not None and _only_excepted(sent, und, target):
        target = None  # "toteutettu X:n tuella, lukuun ottamatta Y-projektia": Y is the one the support is not for
    progs = [u.iri for u in own if u.type == "Programme"]
    ctx.programme = progs[-1] if progs else ctx.programme
    agreements = [u.iri for u in und if u.type == "Agreement"]
    ctx.agreement = agreements[-1] if agreements else ctx.agreement
    amounts = find_amounts(sent.text, sent.start)
    start, end = find_period(sent.text)
    return Clause(sent, ctx, morph, lemmas, named, und, orgs, free_orgs, inside, target,
                  [a for a in amounts if not a.share], [a for a in amounts if a.share], start, end,
                  [m for m in mentions if m.iri and m.type in UNDERTAKINGS], word_lemmas,
                  [m for m in mentions if m.iri and m.generic and m.type == "Body"])


def _owned_project_word(sent: Sentence, orgs: list[Mention], word_lemmas: list[tuple[Token, str]]) -> bool:
    """Whether a word for a project stands right after an organisation's genitive ("X Oy:n hankkeeseen"): the
    organisation's own project, which the sentence does not name."""
    ends = {m.end for m in orgs if m.case == "omanto" and m.type not in {"Municipality", "Region"}}
    return any(project_anaphor([lem]) and any(0 <= t.start - e <= 1 for e in ends) for t, lem in word_lemmas)


def sentence_facts(sent: Sentence, mentions: list[Mention], ctx: Context, morph: Morphology) -> list[Fact]:
    """Facts one sentence states; `mentions` are the resolved mentions inside it. Every registered rule runs
    whose declared need (Rule.needs) the sentence meets: the others would find nothing there."""
    focus = ctx.focus
    c = clause(sent, mentions, ctx, morph)
    facts: list[Fact] = []
    try:
        for apply in _applying(c):
            found = apply(c)
            if found:  # most rules find nothing in most sentences
                facts += found
    finally:
        ctx.focus = focus
    # "X on jatkoa Y-hankkeelle, jota rahoittivat A ja B": a funder inside a relative clause funds its antecedent
    return relative_clause_objects(sent.text, sent.start, c.und, c.named, c.target, ctx.funds, facts)


@rule("participatesIn:party-list", "participatesIn", "lines under a heading 'Sopijaosapuolet', 'Osatoteuttajat'")
def _party_list(c: Clause) -> list[Fact]:
    if c.ctx.section != "join":
        return []
    return _section_facts(c.sent, c.free_orgs, c.euros, c.ctx, c.ev)


@rule("contributes:share-table", "contributes", "'Pori 12 000,00 €' under a heading 'Kuntien maksuosuudet'")
def _share_table(c: Clause) -> list[Fact]:
    if c.ctx.section != "share":
        return []
    return _section_facts(c.sent, c.free_orgs, c.euros, c.ctx, c.ev)


@rule("funds:grant-amounts", "funds",
      "'...on myöntänyt valtionavustuksia.' then 'Valtionavustuksia myönnettiin 70 miljoonaa euroa vuonna 2020 ja ...'")
def _grant_amounts(c: Clause) -> list[Fact]:
    """Amounts of a grant stated in the sentence after the grant itself, one fact per amount.

    Only a sentence that names no funder, no recipient and no undertaking of its own, right
    after a sentence that stated a grant: the amounts are that grant's. Any other sentence
    ends the chain, so no funder is carried to money the text does not tie to it.
    """
    ctx = c.ctx
    last, ctx.last_grant = ctx.last_grant, None
    # "Rahoituksen määrä on 45 000 euroa", "Avustus on 1,2 miljoonaa euroa": the size of the grant just stated
    size = _GRANT_SIZE.match(c.sent.text) is not None and len(c.euros) == 1
    if last is None or not c.euros or not (size or (c.has(FUND_CUES) and _passive_grant(c.lemmas))):
        return []
    if c.und or c.free_orgs or project_anaphor(c.lemmas):
        return []
    ctx.last_grant = last
    return [Fact(last[0], "funds", last[1], c.ev, "funds:grant-amounts", 0.65, amount=a.value,
                 amount_qualifier="approximate" if a.approximate else None) for a in c.euros]


# the grant as the subject of "on" and its size: "Rahoituksen määrä on", "Tuen suuruus on", "Avustus on"
_GRANT_SIZE = re.compile(r"(?i)\s*(?:myönnetyn\s+|myönnettävän\s+)?(?:rahoitu|tue|tuki|avustu|valtionavustu|apurah)\w*"
                         r"\s+(?:(?:määrä|suuruus|summa)\s+)?(?:on|oli)\s+(?!yhteensä|noin|lähes|yli|enintään)")


# a funding word as the modifier of a compound names a paper about money, not the act of funding:
# "rahoituspäätösten delegointi", "Rahoitusperiaatteet", "avustushakemus" (a share is read elsewhere)
_FUNDING_MODIFIER = re.compile(r"(?:rahoitus|avustus)(?!osuu)\w{3,}$")


def funding_lemmas(lemmas: list[str]) -> list[str]:
    """The lemmas that can say money is given: not "valtionavustushanke" (a project), not "rahoituspäätös" (a
    decision either way), unless the decision is said to be positive ("esittää X:lle myönteistä
    rahoituspäätöstä", "sai myönteisen avustuspäätöksen"): that is a grant."""
    return [lem for k, lem in enumerate(lemmas) if not lem.endswith(UNDERTAKING_WORDS) and (
        not _FUNDING_MODIFIER.search(lem) or (k > 0 and lemmas[k - 1] == "myönteinen" and lem.endswith("päätös")))]


def _funds_generic_plural(c: Clause, m: Mention) -> bool:
    """"Lapin liiton rahoittamille hankkeille": the participle's head, a plural common noun, is what is funded.

    Beside an undertaking the sentence names, such projects in general are not it, so the funder says
    nothing about it; with none named, "STM:n rahoittamat hankkeet" points back to the ones just named.
    """
    if not c.und:
        return False
    toks = [t for t, _lem in c.word_lemmas]
    k = next((i for i, t in enumerate(toks) if t.start >= m.end), None)
    if k is None or k + 1 >= len(toks) or toks[k].start - m.end > 2 or not c.word_lemmas[k][1].endswith("rahoittama"):
        return False
    head = toks[k + 1]
    if any(u.start <= head.start < u.end for u in c.und):
        return False
    return any(a.number == "plural" for a in c.morph.analyse(head.text))


def _object_first_funders(c: Clause) -> list[Mention] | None:
    """"Hanketta rahoittaa P/ELY-keskus": the project, fronted in the partitive, is funded by every name after the verb.

    The programme and the agency after the verb are coordinate subjects (a slash or "ja"), so neither funds the
    other; None when the sentence does not open this way.
    """
    words = c.word_lemmas
    # "Hanketta tukevat taloudellisesti A ja B": support said to be money is funding
    money_support = len(words) >= 4 and words[1][1] == "tukea" and words[2][0].text.lower() == "taloudellisesti"
    if len(words) < 3 or not project_anaphor([words[0][1]]) or not (words[1][1].startswith("rahoitta")
                                                                      or money_support):
        return None
    if not any(a.case == "osanto" for a in c.morph.analyse(words[0][0].text)):
        return None
    verb_end = words[1][0].end
    # "Hanketta rahoittaa ESR, ja sitä hallinnoi X": a comma before a conjunction or a relative word starts a
    # clause of its own, whose subject is no funder
    brk = _NEW_CLAUSE.search(c.sent.text, verb_end - c.sent.start)
    clause_end = c.sent.start + brk.start() if brk else c.sent.end
    # "Hanketta rahoittavat STM ja Kuopion kaupunki": a municipality named as subject co-funds too
    return [m for m in c.named if verb_end <= m.start < clause_end and id(m) not in c.inside
            and m.case in {"nimento", None} and (m.type in FUNDERS or m.type == "Programme")]


_NEW_CLAUSE = re.compile(r"[,;]\s*(?:ja|sekä|mutta|vaan|joka|jota|jonka|jolla|jotka|kun|koska|että|och|men|som)\b",
                         re.IGNORECASE)


# a relative pronoun opening a clause about the name before it: "rahastosta, jota ylläpitää EU", "fonden som ...";
# lower case only: a form's capitalised label ("VIRANOMAINEN, JOLLE HAKEMUS OSOITETAAN X") is no clause
_RELATIVE = re.compile(r"(?:,\s*|\s)(?:joka|jota|jonka|jolla|jolle|joita|joiden|jotka|mikä|mitä"
                       r"|som|vilken|vilket|vars)\s")


def _in_relative_clause_without_cue(c: Clause, m: Mention, cues: tuple[str, ...]) -> bool:
    """"AMIF-rahastosta, jota ylläpitää EU": a name in a relative clause that holds no cue of the relation.

    Such a clause describes the word before it (a fund kept by the EU), not what the main verb does, so its
    names are no agents of the main verb; "hanke, jota rahoittaa STM" carries its own cue and stays. A comma
    after the pronoun ends the clause ("hanke, jota johtaa X, on STM:n rahoittama").
    """
    before = c.sent.text[:m.start - c.sent.start]
    rel = next(reversed(list(_RELATIVE.finditer(before))), None)
    if rel is None:
        return False
    between = before[rel.end():]
    if "," in between or ";" in between:
        return False
    # the clause runs on after the name to the next comma ("-hanketta, jota STM rahoittaa N eurolla") or the next
    # relative clause ("jota hallinnoi X ja jota rahoittavat Y": the funding is the other clause's)
    after = re.split(r"[,;]", c.sent.text[m.end - c.sent.start:], maxsplit=1)[0]
    after = after[:nxt.start()] if (nxt := _RELATIVE.search(after)) else after
    return not any(_has([lemma(w, c.morph)], cues) for w in re.findall(r"\w+", between + " " + after))


# "X -rahoitusta", "X-avustuksen": a programme's name compounded with a word for its money
_MONEY_AFTER_NAME = re.compile(r"\s?-\s?(?:rahoitu|raha|avustu|tuki|tuke|tuen|finansiering|stöd)\w*", re.IGNORECASE)


def _only_excepted(sent: Sentence, und: list[Mention], target: str) -> bool:
    """The sentence names the target undertaking only to leave it out ("lukuun ottamatta Y-projektia", "paitsi Y"):
    what it says of the others is not said of that one (excepted_places.py reads the same words for places)."""
    mine = [u for u in und if u.iri == target]
    return bool(mine) and all(excepted(sent.text, u.start - sent.start, u.end - sent.start) for u in mine)


def _money_named_by(c: Clause, target: str | None) -> bool:
    """"Maakuntahallitus myönsi AKKE -rahoitusta seuraaville hankkeille": the undertaking names the money granted.

    The programme is where the money comes from, not what receives it; the recipients are others.
    """
    return target is not None and (any(
        u.iri == target and (_MONEY_AFTER_NAME.match(c.sent.text, u.end - c.sent.start)
                             # the money granted, not its subject ("Leader-rahoitus on muodostunut EU:n osuuksista")
                             or (u.case not in {"nimento", None} and _MONEY_COMPOUND.search(u.surface))) for u in c.und)
        or target in _money_sources(c))


# the programme read with the money word it is the first part of ("AKKE-rahoitusta", "EAKR-tukea"): the money's name
_MONEY_COMPOUND = re.compile(r"\w\s?-\s?(?:rahoitu|raha|avustu|tuki|tuke|tuen|finansiering|stöd)\w*$", re.IGNORECASE)


def _money_sources(c: Clause) -> set[str]:
    """Programmes the sentence names in the genitive as the owner of the money granted."""
    return {u.iri for u in c.und if u.iri and u.type == "Programme" and u.case == "omanto"
            and _FUND_MONEY.match(c.sent.text, u.end - c.sent.start)}


# "Euroopan sosiaalirahaston (ESR) ja valtion rahoitusta": a fund's genitive owning the money granted is its source
_FUND_MONEY = re.compile(r"(?i)\s*(?:\([^()\n]{1,20}\)\s*)?(?:(?:ja|sekä|och)\s+\w+\s+)?"
                         r"(?:rahoitu|tuke|tuki|tuen|avustu|varo|finansiering|stöd|medel)\w*")


# a finite funding verb whose subject may follow it: "Hanketta hallinnoi X ja rahoittaa ESR"
_FINITE_FUNDING = re.compile(r"(?i)rahoitta(?:a|vat)|rahoitti(?:vat)?")


# a fund written by its kind word in the genitive right before a participle of funding ("kehitysrahaston rahoittamista
# hankkeista", "sosiaalirahaston rahoittama"): a fund is the agent even where no list knows its name
_FUND_GENITIVE_BEFORE = re.compile(r"(?i)(?<![\w-])[\w-]*rahast(?:on|ojen)[ \t]+$")


def _fund_is_agent(c: Clause, at: int) -> bool:
    """The funding word at `at` has a fund or programme as its agent: the genitive right before a participle
    ("ESR:n rahoittaman") or the nominative right after a finite verb ("rahoittaa ESR")."""
    tok = next((t for t in c.sent.tokens if t.start == at), None)
    if tok is None:
        return False
    word = tok.text.lower()
    if word.startswith("rahoittam"):
        return any(u.case == "omanto" and 0 <= at - u.end <= 1 and (u.iri in c.ctx.funds or u.type == "Programme")
                   for u in c.und) or _FUND_GENITIVE_BEFORE.search(
            c.sent.text, max(0, at - c.sent.start - 40), at - c.sent.start) is not None
    if _FINITE_FUNDING.fullmatch(word):
        return any(u.case in {"nimento", None} and 0 <= u.start - tok.end <= 1
                   and (u.iri in c.ctx.funds or u.type == "Programme") for u in c.und)
    return False


# the word before a finite funding verb whose subject follows it: the project as its object before it ("Hanketta
# rahoittaa", "jota rahoittavat") or "ja" joining it to another such verb ("Hanketta hallinnoi X ja rahoittaa Y")
_OBJECT_OR_JOIN_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:[\w-]*(?:hanketta|hankkeita|hankkeen|projektia|projektin)|jota|joita|jonka|sitä|niitä|ja|sekä)"
    r"[ \t]+\Z")


_FINITE_RUNNING = re.compile(r"(?i)hallinnoi|hallinnoivat|koordinoi|koordinoivat")


def _funder_after_verb(c: Clause, verb: re.Pattern[str] = _FINITE_FUNDING) -> Mention | None:
    """The organisation in the nominative right after a finite funding (or running) verb that has its object or a
    joined clause before it ("Hanketta hallinnoi X ja rahoittaa STEA"): there the verb's subject follows it, and the
    organisation before the verb is another clause's subject."""
    for tok in c.sent.tokens:
        if not verb.fullmatch(tok.text.lower()):
            continue
        if not _OBJECT_OR_JOIN_BEFORE.search(c.sent.text, max(0, tok.start - c.sent.start - 40),
                                             tok.start - c.sent.start):
            continue
        after = next((m for m in c.free_orgs if m.case in {"nimento", None} and 0 <= m.start - tok.end <= 1
                      and m.type in FUNDERS), None)
        if after is not None:
            return after
    return None


# lemma sets a rule tests every sentence against: `not S.isdisjoint(lemmas)` is `any(lem in S for lem in lemmas)`
# without a generator step per word
_PROPOSING = frozenset({"esittää", "esitetään", "esitetty"})
_GRANTED = frozenset({"myöntää", "myönnetty", "myönnettiin"})
_GOT = frozenset({"saada", "saanut", "saaneet", "saatu"})

_GRANTING_FORMS = {"myöntää", "myönsi", "myönsivät", "myöntävät", "myöntänyt", "myöntäneet", "myöntäisi", "myönnä",
                   "myöntämään", "myönnämme", "myönnän"}


_APPLICATION_AFTER = re.compile(r"(?i)\s+[\wåäö-]*(?:hakemu[sk]|anomu[sk])")
# "kokonaisrahoitus on N €, josta X:n osuus on M €": the genitive owns its share of the money
# (contributes:share-amount), it pays for nothing of the whole
_SHARE_AFTER = re.compile(r"(?i)\s+osuus\s+(?:on|oli|olisi|\d)")
# a genitive governed by a postposition of place or rank ("Y:n alaisuudessa toimiva instituutti", "X:n tiloissa"):
# where or under whom something is, never the one who pays
_PLACE_POSTPOSITION_AFTER = re.compile(r"(?i)\s+(?:alaisuu(?:dessa|teen|desta)|yhteydessä|yhteyteen|tiloissa|"
                                       r"tiloihin|alueella)\b")


@rule("funds:grant-verb", "funds", "'STM on myöntänyt X:lle valtionavustusta N euroa', 'STM:n rahoittama hanke'",
      cues=(*FUND_CUES, "jaka"))
def _funds_grant(c: Clause) -> list[Fact]:
    if not (c.funding_cued or _shares_out_to_named(c)) or _object_first_funders(c) is not None:
        return []
    if c.allative_enumeration is not None:  # "G myönsi A:lle N euroa ja B:lle M euroa": one grant per recipient
        return []
    if fronted_pair(c.sent.text, c.sent.start, c.named) is not None:  # "Till X beviljade G": X is no granter
        return []
    if _plural_partitive_projects_only(c):  # "STM rahoittaa useita hankkeita": projects at large, not the focus
        return []
    from welfare_kg.extract.unread_givers import unread_giver
    if unread_giver(c.sent, c.named, c.morph):  # "HVPV myönsi rahoituksen ...": the unread subject grants
        return []
    from welfare_kg.extract.programme_granters import granting_programme
    if granting_programme(c) is not None:  # "Leader myönsi yhdistykselle": the programme grants (its own rule)
        return []
    sent, ctx = c.sent, c.ctx
    all_cues = lemmas_at(sent, c.morph, FUND_CUES)
    # "X toteuttaa ESR:n rahoittaman hankkeen", "Hanketta hallinnoi X ja rahoittaa ESR": a fund is the agent of
    # each funding word; no organisation is funder by standing near it (funds:via-fund states the fund's part)
    fund_cues = [p for p in all_cues if not _fund_is_agent(c, p)]
    if all_cues and not fund_cues:
        return []
    # "rahoituksen osana X:n johtamaa hanketta": a genitive that owns a word of running the project runs it
    funders = _closest(sent, [m for m in c.free_orgs if m.type in FUNDERS and m.case in {"nimento", "omanto", None}
                              and m.type not in {"Municipality"} and not _funds_generic_plural(c, m)
                              and not (m.case == "omanto" and _cue_follows(sent, m, c.morph, COORD_CUES))
                              # "X ry:n hakemus Y-hankkeen rahoittamiseksi": the applicant's genitive
                              and not (m.case == "omanto" and _APPLICATION_AFTER.match(sent.text, m.end - sent.start))
                              and not (m.case == "omanto"
                                       and _PLACE_POSTPOSITION_AFTER.match(sent.text, m.end - sent.start))
                              and not (m.case == "omanto" and _SHARE_AFTER.match(sent.text, m.end - sent.start))
                              and not _in_relative_clause_without_cue(c, m, FUND_CUES)
                              # "Jos ministeriö myöntää rahoituksen, ...": a grant still to come
                              and not in_conditional_clause(sent.text, m.start - sent.start)],
                       fund_cues)
    inverted = _funder_after_verb(c)
    if inverted is not None:  # "Hanketta hallinnoi X ja rahoittaa STEA": the subject follows the verb
        funders = [inverted]
    # "... myönsi A Förbund KNUF r.f:lle": the allative ending after the recognised name makes it a recipient
    funders = [m for m in funders if not _entry_label(sent, m, fund_cues)
               and not _owner_of_recipient(sent, m, c.named) and not allative_tail(sent.text, sent.start, m)]
    recipients = [m for m in c.named if m.case == "ulkotulento" and m.type in (ORGS | UNDERTAKINGS)
                  and (not funders or m.iri != funders[0].iri)]
    if not _grant_verb(c.lemmas) and not (recipients and _shares_out_to_named(c)):
        # "valtionavustusta" alone: state aid, so only the state is its funder; but "X jakoi apurahan Y:lle" (a
        # verb of sharing out, a word of money and a named receiver in the allative) grants as "myönsi" does
        funders = [m for m in funders if m.type in {"Ministry", "Agency"}]
    elif not funders and any(lem in {"myöntää", "myöntänyt", "myöntäneet"} and t.text.lower() in _GRANTING_FORMS
                             for t, lem in c.word_lemmas):  # Voikko leaves "on myöntänyt" its own lemma
        # a verb of granting, not a noun of it ("varauksen investointiavustuksen myöntämiseen": a board that
        # recommended the application grants nothing)
        # "Kunnanhallitus päättää myöntää X ry:lle 5 000 euron avustuksen": the deciding board grants
        funders = [m for m in c.named if m.type == "Body" and m.case in {"nimento", None}][:1]
        if not funders and ctx.municipality:  # "Lautakunta päätti myöntää": the board of the minutes grants
            funders = [m for m in c.bare_bodies if m.case in {"nimento", None}][:1]
    passive_at = _swedish_passive(c)
    active_at = _swedish_active(c)
    takers: list[Mention] = []
    if active_at is not None and passive_at is None:
        takers = _till_takers(c, active_at)
        funders = _swedish_active_granters(c, funders, active_at, takers)
    if _finnish_passive(c):
        # "Y:lle myönnetään N euroa yhdessä A:n kanssa": a passive names no granter, only "A:n avustus" does
        funders = [m for m in funders if m.case == "omanto" and _cue_follows(sent, m, c.morph, FUND_CUES)]
    elif not funders and (_grant_verb(c.lemmas) or any(lem.startswith(("myöntän", "rahoittan", "jakanut", "jakaa"))
                                                       for lem in c.lemmas)):  # "on jakanut avustuksia"
        minister = _minister(c)
        if minister is not None:  # "Kuntaministeri X on myöntänyt avustusta": the minister grants
            funders = [minister]
            ctx.funder = ctx.funder or minister.iri
    if passive_at is not None:  # "X har beviljats statsunderstöd": X receives; the funder follows ("av Y")
        funders = [m for m in funders if m.start > passive_at and not _other_passive_agent(c, m)]
    elif active_at is not None and any(m.end <= active_at for m in funders):
        # "STM har beviljat Österbottens välfärdsområde 9 351 000 euro ... för projektet X": the subject
        # before the verb grants; what follows is the recipient, or the project it is for
        after = [m for m in c.free_orgs if m.start > active_at]
        funders = [m for m in funders if m.end <= active_at][-1:]
        projects = [u for u in c.und if u.start > active_at and u.iri not in ctx.funds and u.type == "Project"]
        recipients = (projects or after)[:1]
    if not recipients and takers:  # "I år beviljade G N euro till R": the receiver behind "till"
        recipients = [m for m in takers if not funders or m.iri != funders[0].iri][:1]
    if len(c.lemmas) > RUN_ON_WORDS:  # a transcript's run-on line: only what stands by the funding word
        cues = fund_cues
        funders = [m for m in funders if _near(m, cues, 60)]
        recipients = [m for m in recipients if _near(m, cues, 80)]
        if not funders or not (recipients or any(u.iri == c.target and _near(u, cues, 120) for u in c.und)):
            return []
    funder = funders[0].iri if funders else (ctx.funder if _passive_grant(c.lemmas) else None)
    if not recipients and not c.target and funder:
        # "STEAn myöntämät avustukset muodostavat suurimman osan Y:n rahoituksesta": the genitive owner of the
        # money word is the one funded
        recipients = [m for m in c.free_orgs if m.case == "omanto" and m.iri != funder and m.type in ORGS - {"Body"}
                      and _cue_follows(sent, m, c.morph, ("rahoitus", "budjetti", "toimintamenot"))][:1]
    target = None if _money_named_by(c, c.target) else c.target
    if recipients and all(m.type == "Programme" for m in recipients) and target is not None and any(
            u.iri == target and u.type == "Project" for u in c.und):
        # "myönsi X-hankkeelle ... Y-naapuruusohjelmalle osoitetusta rahoitusosuudesta": with the clause's project
        # named, a programme in the allative is the share the grant is counted against, not who receives it
        recipients = []
    kind_receiver = not recipients and (_ORG_WORD_ALLATIVE.search(sent.text) is not None
                                        or unread_name_allative(sent.text, sent.start, c.named))
    if kind_receiver and target and not any(u.iri == target for u in c.und):
        # "Kunnanhallitus myöntää seuralle 3 000 euroa": an organisation named by its kind receives, not the page's
        # project (item_grants.py and anaphor_receivers.py read who it is)
        target = None
    if not recipients and _money_to_projects_at_large(c):
        # "on myöntänyt 971 000 euroa hankkeille, joilla ...": money for projects at large, not the one in focus
        target = None
    obj = recipients[0].iri if recipients else target
    if obj is None and funders and _grant_verb(c.lemmas) and not _money_to_projects_at_large(c) \
            and not kind_receiver and any(not total_over_many(sent.text, a.start - sent.start, a.end - sent.start)
                                          and (ctx.programme is not None
                                               or not _TOTAL_BEFORE.search(sent.text, 0, a.start - sent.start))
                                          for a in c.euros):
        # "År 2020 beviljade STM 70 miljoner euro i statsunderstöd": a named funder's money with no
        # recipient in the sentence goes to what the page is about (never a funder guessed for it); not a total
        # over many ("jakoi yhteensä N euroa apurahoina", "N euroa useisiin eri kohteisiin"), nor, with no programme
        # in focus, any sum called a total ("Akatemia myönsi yhteensä N euroa X:n ja Y:n tutkimiseen"): that is the
        # funder's whole giving, and the page's project is at most one of many it went to (a programme's total is
        # the programme's: "beviljade STM sammanlagt 70 miljoner euro" on the programme's page)
        obj = ctx.programme or ctx.focus
        if obj in _money_sources(c):  # "myönsi N euroa ESR:n rahoitusta": the fund is the source, not a recipient
            obj = None
        if obj is not None and obj == ctx.doc_project and not _named_so_far(ctx, obj, sent):
            # "Rahasto myönsi N miljoonaa euroa tutkimukseen" before the page has named its project at all (a page
            # listing several projects later, or one project's page opening with the funder's whole giving): the sum
            # is the funder's, and the project named later is at most one of its receivers
            obj = None
    if not (funder and obj and funder != obj) or obj in ctx.funds:  # "rahoittaa ESR-rahoituksella": a fund is no
        return []  # receiver
    amount = _amount_on_funders_line(c, funders[0] if funders else None)
    if amount is not None and _other_subjects_sum(c, amount, funder, obj):
        amount = None  # "myönsi A:lle avustusta, ja B sai 20 000 euroa": the sum is B's, after a clause break
    several = len({u.iri for u in c.und if u.iri not in ctx.funds}) >= 2 or len(
        {r.iri for r in recipients if r.type not in UNDERTAKINGS}) >= 2
    if amount is not None and several and re.search(
            r"\b(?:yhteensä|sammanlagt|totalt|kaikkiaan)\s+$", c.sent.text[:amount.start - c.sent.start]):
        amount = None  # "myönsi A:lle ja B:lle yhteensä N euroa": a total over several, no one's own sum
    ctx.funder = ctx.funder or funder
    ctx.last_grant = (funder, obj)
    # "myönsi rahoitusta A Oy:lle ja B Oy:lle": receivers coordinated in the allative each receive; a sum said once
    # for them is no one receiver's own
    also = coordinated_receivers(sent.text, sent.start, recipients) if recipients and obj == recipients[0].iri else []
    also = [m.iri for m in also if m.iri and m.iri not in {funder, obj} and m.iri not in ctx.funds]
    if also:
        amount = None
    facts = [Fact(funder, "funds", obj, c.ev, "funds:grant-verb", 0.8 if funders else 0.6,
                  amount=amount.value if amount else None,
                  amount_qualifier="approximate" if amount and amount.approximate else None,
                  share=c.shares[0].value if c.shares and not amount and not also else None,
                  start_date=c.start, end_date=c.end)]
    facts += [Fact(funder, "funds", iri, c.ev, "funds:grant-verb", 0.8 if funders else 0.6,
                   start_date=c.start, end_date=c.end) for iri in dict.fromkeys(also)]
    return facts


# a word of a total right before a sum ("yhteensä 44 miljoonaa", "sammanlagt cirka 2 miljoner"): the granter's
# whole giving when no receiver is named beside it
_TOTAL_BEFORE = re.compile(r"(?i)\b(?:yhteensä|kaikkiaan|sammanlagt|totalt|i[ \t]+alla)[ \t]+"
                           r"(?:(?:noin|n\.|yli|lähes|runsaat|reilut|cirka|ca\.?|över|drygt|nästan)[ \t]+)?$")


# an organisation's kind word in the allative: the grant's receiver is an organisation the sentence does not name
_ORG_WORD_ALLATIVE = re.compile(r"(?i)\b\w*(?:seuralle|seuroille|yhdistykselle|yhdistyksille|järjestölle|järjestöille|"
                                r"hakijalle|hakijoille|toimikunnalle|säätiölle|yhtiölle|yritykselle|osuuskunnalle|"
                                r"kerholle|kuorolle|föreningen|föreningarna)\b")


@rule("funds:allative-recipients", "funds",
      "'Lautakunta myönsi A ry:lle 3 000 euroa ja B ry:lle 2 500 euroa': each recipient its own sum",
      needs="euros")
def _funds_allative_recipients(c: Clause) -> list[Fact]:
    """Several recipients in the allative after one granter's verb, each with its own sum: one grant each."""
    found = c.allative_enumeration
    if found is None:
        return []
    granter, items = found
    c.ctx.funder = c.ctx.funder or granter.iri
    return [Fact(granter.iri, "funds", m.iri, c.ev, "funds:allative-recipients", 0.75, amount=a.value,
                 amount_qualifier="approximate" if a.approximate else None,
                 start_date=c.start, end_date=c.end) for m, a in items if m.iri]


@rule("funds:municipal-grant", "funds",
      "'Kuopion kaupunki myönsi X ry:lle 12 000 euroa', 'Kommunstyrelsen beslöt att bevilja X rf 5 000 euro'",
      needs="named")
def _funds_municipal_grant(c: Clause) -> list[Fact]:
    """A municipality (or, in Swedish, a board) named right before its grant verb grants the one recipient.

    funds:grant-verb leaves municipalities out (a place name before a funding word is seldom its giver)
    and reads a board only through Finnish "myöntää"; here the granter is the verb's own subject, also
    after the verb when Swedish fronts the recipient ("Till X stiftelse beviljade stadsstyrelsen N euro").
    """
    if c.allative_enumeration is not None or len(c.lemmas) > RUN_ON_WORDS:
        return []
    named = c.free_named
    found = direct_grant(c.sent.text, c.sent.start, named, c.euros, {"Municipality"}, ORGS | UNDERTAKINGS)
    if found is None and _swedish_active(c) is not None:
        found = direct_grant(c.sent.text, c.sent.start, named, c.euros, {"Body"}, ORGS | UNDERTAKINGS)
        # "Till X stiftelse beviljade stadsstyrelsen ett verksamhetsbidrag på N euro": the recipient fronted
        found = found or fronted_swedish_grant(c.sent.text, c.sent.start, named, c.euros, FUNDERS | {"Body"},
                                               ORGS | UNDERTAKINGS)
    if found is None:
        return []
    granter, recipient, amount = found
    return [Fact(granter.iri, "funds", recipient.iri, c.ev, "funds:municipal-grant", 0.7,
                 amount=amount.value if amount else None,
                 amount_qualifier="approximate" if amount and amount.approximate else None,
                 start_date=c.start, end_date=c.end)]


# who gives money away in its own name: a donor's verb said of a place or a board is the town's grant (municipal-grant)
_DONORS = FUNDERS - {"Municipality"} | {"Parish"}


@rule("funds:donation-verb", "funds",
      "'Osuuspankki lahjoitti X ry:lle 3 000 euroa', 'Säätiö lahjoitti 10 000 euroa X ry:lle'", needs="euros")
def _funds_donation_verb(c: Clause) -> list[Fact]:
    """A donor named right before "lahjoittaa" gives the sum to the one recipient in the allative after it.

    The shape of funds:municipal-grant with a donor's verb (direct_grant reads both): the giver is the verb's own
    subject, the receiver the allative a few words on, and the clause must hold a sum in euros, so "lahjoitti
    kirjoja kirjastolle" states nothing. The sum may stand before the receiver ("lahjoitti 10 000 euroa X:lle").
    """
    if c.allative_enumeration is not None or len(c.lemmas) > RUN_ON_WORDS or not c.euros:
        return []
    base = c.sent.start
    found = direct_grant(c.sent.text, base, c.free_named, c.euros, _DONORS, ORGS | UNDERTAKINGS,
                         fi_verb=FI_DONATION_VERB) or _donation_to_unit(c)
    if found is None:
        return []
    donor, recipient, amount = found
    verb = FI_DONATION_VERB.match(c.sent.text, donor.end - base)
    if verb is None:  # a Swedish grant verb: municipal-grant's reading, not a donation
        return []
    if amount is None:  # the sum between the verb and the receiver: "lahjoitti 10 000 euroa X ry:lle"
        before = [a for a in c.euros if base + verb.end() <= a.start < recipient.start and not a.share]
        amount = before[0] if len(before) == 1 else None
    if amount is None:
        return []
    return [Fact(donor.iri, "funds", recipient.iri, c.ev, "funds:donation-verb", 0.7, amount=amount.value,
                 amount_qualifier="approximate" if amount.approximate else None,
                 start_date=c.start, end_date=c.end)]


# "R, jolle G myönsi N euroa": the relative pronoun in the allative stands for the name before the comma
_TO_WHOM = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?,[ \t]*(?:jolle|joille)[ \t]+(?:(?:myös|nyt)[ \t]+)?$",
                      re.IGNORECASE)
# the giver's verb right after its name in that clause
_GIVING_VERB = re.compile(r"[ \t]+(?:(?:on|oli|ovat|olivat|päätti|päättänyt|myös)[ \t]+){0,2}(?:myönsi|myöntää|"
                          r"myöntänyt|myönsivät|myöntäneet|lahjoitti|lahjoittaa|lahjoittanut|lahjoittivat|luovutti|"
                          r"luovuttaa|luovuttanut|luovuttivat|antoi|antaa|antanut|antoivat|jakoi|jakaa|jakanut)\b",
                          re.IGNORECASE)


@rule("funds:relative-recipient", "funds",
      "'Suomen X ry, jolle Y ry luovuttaa 5 000 euroa', 'Z ry, jolle kaupunki myönsi 3 000 euroa'", needs="euros")
def _funds_relative_recipient(c: Clause) -> list[Fact]:
    """The giver in the nominative after "jolle" gives the sum of its clause to the name the pronoun stands for.

    The name before ", jolle" is the antecedent whatever its own case; the giver must be the verb's subject (its
    name right before a verb of granting or giving), and the relative clause must hold one sum of its own: a
    clause without money ("jolle X luovutti avaimet") states nothing.
    """
    if not c.euros:
        return []
    base, text = c.sent.start, c.sent.text
    named = sorted((m for m in c.free_named if m.iri), key=lambda m: m.start)
    out: list[Fact] = []
    for k, giver in enumerate(named[1:], start=1):
        receiver = named[k - 1]
        if giver.type not in FUNDERS | {"Parish", "Body"} or giver.case not in {"nimento", None} \
                or receiver.type not in ORGS | UNDERTAKINGS or receiver.iri == giver.iri \
                or not _TO_WHOM.search(text[:giver.start - base][receiver.end - base:]) \
                or (verb := _GIVING_VERB.match(text, giver.end - base)) is None:
            continue
        clause_end = base + verb.end() + len(re.split(r"[.;:]\s|[.;:]$|,", text[verb.end():], maxsplit=1)[0])
        own = [a for a in c.euros if base + verb.end() <= a.start < clause_end and not a.share]
        if len(own) != 1:
            continue
        out.append(Fact(giver.iri, "funds", receiver.iri, c.ev, "funds:relative-recipient", 0.7,
                        amount=own[0].value, amount_qualifier="approximate" if own[0].approximate else None,
                        start_date=c.start, end_date=c.end))
    return out


# a unit of the genitive organisation before it, in the allative: "Turun yliopiston tekniikan koulutusalalle"
_UNIT_ALLATIVE = re.compile(r"(?:[ \t]+[a-zåäö-]+){0,2}?[ \t]+[a-zåäö-]+lle\b")


def _donation_to_unit(c: Clause) -> tuple[Mention, Mention, None] | None:
    """(donor, receiver, None) of "X lahjoittaa N euroa Y:n Z-yksikölle": the unit gets the gift, and the
    organisation it belongs to (the genitive right before it) is the receiver the text names."""
    base, text = c.sent.start, c.sent.text
    named = sorted((m for m in c.free_named if m.iri), key=lambda m: m.start)
    for k, donor in enumerate(named):
        verb = FI_DONATION_VERB.match(text, donor.end - base)
        if verb is None or donor.type not in _DONORS or donor.case not in {"nimento", None}:
            continue
        clause = re.split(r"[.;:]\s|,\s+(?:joka|jonka|jota|ja|mutta)\b", text[verb.end():], maxsplit=1)[0]
        end = base + verb.end() + len(clause)
        owner = next((m for m in named[k + 1:] if m.start < end and m.case == "omanto"
                      and m.type in ORGS and m.iri != donor.iri), None)
        if owner is not None and _UNIT_ALLATIVE.match(text, owner.end - base) \
                and len(text[verb.end():owner.start - base].split()) <= 4:
            return donor, owner, None
        return None
    return None


@rule("funds:fronted-receivers", "funds",
      "'Ympäristöministeriö myöntää avustuksia ... Eniten avustuksia saavat A ry, B ry sekä C rf.'",
      text_cues=GRANTING_SUBJECT_CUES, held=FRONTED_RECEIVERS.attr)
def _funds_fronted_receivers(c: Clause) -> list[Fact]:
    """Receivers listed after a fronted money word get the money of the granter the text just named.

    A sentence whose subject actively grants ("X myöntää", "X on jakanut", "X beviljade") names the
    granter; within a few sentences (FRONTED_RECEIVERS), "Eniten avustuksia saavat A, B sekä C" / "Stöd får A
    och B" lists whom it went to. A sentence that names a giver of its own ("Y:ltä", "från Y") is left alone.
    """
    named = c.free_named
    subject = granting_subject(c.sent.text, c.sent.start, named)
    if subject is not None:
        FRONTED_RECEIVERS.name(c.ctx, subject.iri)
        return []
    held = FRONTED_RECEIVERS.step(c.ctx)
    if held is None:
        return []
    granter = held.granter
    if any(m.case in {"ulkoeronto", "sisaeronto"} and m.type in ORGS for m in named) \
            or re.search(r"(?i)\bfrån\b|\bav\s+[A-ZÅÄÖ]", c.sent.text):
        return []
    items = fronted_receivers(c.sent.text, c.sent.start, named, c.euros, (ORGS - {"Body"}) | UNDERTAKINGS)
    return [Fact(granter, "funds", m.iri, c.ev, "funds:fronted-receivers", 0.6,
                 amount=a.value if a else None, start_date=c.start, end_date=c.end)
            for m, a in items if m.iri and m.iri != granter]


def _other_subjects_sum(c: Clause, amount: Amount, funder: str | None, obj: str) -> bool:
    """Whether a clause break and another organisation in the nominative stand between the receiver and the sum:
    that clause tells of another party's money ("... Kainuun liitolle avustusta, ja Pohjois-Karjalan liitto sai
    20 000 euroa"), not of this grant."""
    receivers = [m for m in c.named if m.iri == obj and m.end <= amount.start]
    if not receivers:
        return False
    lo = receivers[-1].end
    gap = c.sent.text[lo - c.sent.start:amount.start - c.sent.start]
    brk = re.search(r"[,;]", gap)
    if brk is None:
        return False
    at = lo + brk.start()
    return any(at < m.start < amount.start and m.iri not in {obj, funder} and m.case in {"nimento", None}
               and m.type in (ORGS | UNDERTAKINGS) for m in c.named)


def _amount_on_funders_line(c: Clause, funder: Mention | None) -> Amount | None:
    """The sentence's first sum, or the first on the funder's own line when a headline is glued on before it.

    Search excerpts often run a headline into the first line ("2,5 miljoonaa ohjelmalle\nOKM on myöntänyt
    2 550 000 euroa ..."): the headline's rounded sum is not the grant's exact one.
    """
    # "kokonaisbudjetti on N euroa, josta X:n myöntämä tuki on M euroa": a budget or total cost before the grant
    # is not the grant's sum; the sum after it is
    euros = [a for a in c.euros if not BUDGET_BEFORE.search(c.sent.text[:a.start - c.sent.start])] or c.euros
    # "myöntää rahoitusta X-hankkeeseen, jonka kokonaiskustannusarvio on N euroa": the cost of what is funded, in a
    # clause of its own, is no sum of the grant even when the sentence names no other
    euros = [a for a in euros if not _RELATIVE_BUDGET_BEFORE.search(c.sent.text[:a.start - c.sent.start])]
    # "omavastuu on 5 000 euroa", "kurssin hinta on 250 euroa", "maksaa 300 euroa per henkilö", "10 000-20 000
    # euroa": an own share, a price, a saving, a salary or a range end is not the granted sum; no sum beats it
    euros = [a for a in euros if not not_granted_sum(c.sent.text, a.start - c.sent.start, a.end - c.sent.start)]
    if not euros:
        return None
    if funder is None or "\n" not in c.sent.text:
        return euros[0]
    text, base = c.sent.text, c.sent.start
    lo = text.rfind("\n", 0, funder.start - base) + 1
    hi = text.find("\n", funder.end - base)
    hi = len(text) if hi < 0 else hi
    return next((a for a in euros if lo <= a.start - base < hi), euros[0])


# "Iiden ry: Veturi myönsi ...", "X ry, Y-hanke: Z myönsi ...": a colon after a label, then a capitalised word
_LABEL_COLON = re.compile(r"[^.:;\n]{0,120}?:[ \t]+(?=[A-ZÅÄÖ])")


def _entry_label(sent: Sentence, m: Mention, cues: list[int]) -> bool:
    """A name in the label that opens an entry ("Vieremän Kylänraitti ry, Rientola elää -hanke: Ylä-Savon Veturi
    myönsi 79 000 euroa Vieremän Kylänraitti ry:n hankkeelle") heads the entry, it does not grant: the clause
    after the colon has a subject of its own before the funding word, recognised or not.
    """
    label = _LABEL_COLON.match(sent.text, m.end - sent.start)
    if label is None:
        return False
    colon_end = sent.start + label.end()
    return any(p >= colon_end for p in cues) and not any(p < colon_end and p >= m.end for p in cues)


# a genitive's own project words right after it ("X:n tutkijoiden hanketta", "X ry:n hankkeita"): the
# genitive owns the project a funding word speaks of
_OWNED_PROJECT_WORD = re.compile(r"(?i)[ \t]+(?:[a-zåäö]+(?:iden|jen|ien)[ \t]+)?[a-zåäö]*(?:hanke|hankkee|hanket|"
                                 r"hankkei|projekti)\w*")


def _owner_of_recipient(sent: Sentence, m: Mention, named: list[Mention]) -> bool:
    """"... myönsi 79 000 euroa X ry:n Y-hankkeelle": a genitive right before the allative recipient owns it;
    it receives through its project and does not grant. So does one right before a word of its own projects, unless
    it is a paying agency ("Akatemian hanke" is one it funds): "valitsi neljä X:n tutkijoiden hanketta
    rahoitettavaksi"."""
    if m.case != "omanto":
        return False
    if not is_paying_agency(m) and _OWNED_PROJECT_WORD.match(sent.text, m.end - sent.start):
        return True
    owned = _OWNED_UNDERTAKING_ALLATIVE.match(sent.text, m.end - sent.start)
    if owned and not _GRANT_WORDS.search(owned.group()):  # not "X:n myöntämä rahoitus hankkeelle": X grants
        return True
    return any(r.case == "ulkotulento" and r.type in UNDERTAKINGS and 0 <= r.start - m.end <= 1
               and not sent.text[m.end - sent.start:r.start - sent.start].strip() for r in named)


_GRANT_WORDS = re.compile(r"myöntä|rahoit|avustu|\btuki|\btuen|myönne", re.IGNORECASE)
# a past form of granting between the genitive and the project: the genitive is the granter's, no owner
_GRANT_VERB_FORMS = re.compile(r"\bmyöns(?:i|ivät)\b|\bbevilja", re.IGNORECASE)
# "X ry:n Rientola elää -hankkeelle": up to four words of a name, then a word for an undertaking in the allative
_OWNED_UNDERTAKING_ALLATIVE = re.compile(r"\s+(?:[\w–\"”-]+\s+){0,4}?[\w–\"”-]*(?:hankkeelle|hankkeille|"
                                         r"projektille|projekteille)\b")


@rule("funds:object-first", "funds", "'Hanketta rahoittaa Manner-Suomen maaseudun kehittämisohjelma/ELY-keskus'",
      needs="named")
def _funds_object_first(c: Clause) -> list[Fact]:
    funders = _object_first_funders(c)
    if not funders:
        return []
    ctx = c.ctx
    joint = getattr(ctx, _OWNERS_ONLY, set())
    obj = next((p for p in (ctx.main_project, ctx.focus, ctx.doc_project) if p and p not in ctx.funds
                and p != ctx.programme and p not in joint), None)
    return [Fact(m.iri, "funds", obj, c.ev, "funds:object-first", 0.75, start_date=c.start, end_date=c.end)
            for m in funders if obj and m.iri and m.iri != obj]


@rule("funds:via-fund", "funds", "'ELY-keskus Euroopan sosiaalirahaston kautta', 'ESR:n osittain rahoittama hanke'",
      cues=FUND_CUES)
def _funds_via_fund(c: Clause) -> list[Fact]:
    """A fund named in a funding sentence about a project funds it too (beside the authority that pays)."""
    if not (c.funding_cued and c.target) or c.target in c.ctx.funds:
        return []
    if any(_funds_generic_plural(c, m) for m in c.free_orgs):  # "X:n rahoittamille hankkeille": not the target
        return []
    if _only_plural_project_words(c):  # "hankkeisiin myönnetty rahoitus kanavoituu EAKR:n kautta": projects at large
        return []
    if _programme_beside_project(c):
        return []
    # "EAKR:n rahoitusta Interreg Europe -ohjelman kautta" on a page about projects: the fund is the programme's
    # source, the projects' funding is told apart (with no project known the fund still funds the programme)
    if _target_is_programme(c) and (c.ctx.main_project or c.ctx.doc_project or c.ctx.doc_project_tied):
        return []  # (a tie of projects: still a page about projects)
    funds = [u for u in c.und if u.iri in c.ctx.funds]
    if len(c.lemmas) > RUN_ON_WORDS:
        # a transcript's run-on list of items: the fund of one title ("Rahoitushakemus Euroopan aluekehitysrahaston
        # rahoituksen myöntämiseksi X -hankkeelle") says nothing of the project another title named first
        spots = [p for u in c.und if u.iri == c.target for p in (u.start, u.end)]
        funds = [u for u in funds if _near(u, spots, 80)]
    return [Fact(u.iri, "funds", c.target, c.ev, "funds:via-fund", 0.6, start_date=c.start, end_date=c.end)
            for u in dict((u.iri, u) for u in funds).values()]


def _target_is_programme(c: Clause) -> bool:
    """The sentence's target is a programme that is no fund (Interreg Europe, a structural-funds programme): a fund
    named beside it is where the programme's money comes from, which is no project's funding; the projects it
    funds are told apart ("Interreg Europe -ohjelman kautta ... hankkeille")."""
    named = [u.type for u in c.und if u.iri == c.target]
    if named:
        return "Programme" in named and "Project" not in named
    # a target carried from the text before: the programme "programmets" / "ohjelman" points to
    return c.target == c.ctx.programme or c.target in c.ctx.own_programmes


# the agent participle of funding in any case: "rahoittama", "rahoittaman", "rahoittamaa", "rahoittamassa"
_AGENT_PARTICIPLE = re.compile(r"(?i)rahoittam(?:a|an|aa|assa|asta|aan|alla|alle|ana|at|ien|ia|issa|iin)")


@rule("funds:programme-agent", "funds",
      "'X-ohjelman rahoittamaa Y-hanketta': the programme in the genitive funds the project the participle heads",
      needs="und")
def _funds_programme_agent(c: Clause) -> list[Fact]:
    """A programme that is not a fund ("Interreg Central Baltic -ohjelma"), in the genitive right before the
    participle, is its agent; the project named right after the participle is what it funds.

    Only a named project heading the participle counts: "ohjelman rahoittamat hankkeet" names none, and an
    organisation as agent ("STM:n rahoittama hanke") or a fund ("ESR:n rahoittama") is read by funds:grant-verb
    and funds:via-fund.
    """
    out: list[Fact] = []
    for tok, _lem in c.word_lemmas:
        if not _AGENT_PARTICIPLE.fullmatch(tok.text):
            continue
        agent = next((u for u in c.und if u.type == "Programme" and u.case == "omanto" and u.iri
                      and u.iri not in c.ctx.funds and 0 <= tok.start - u.end <= 1), None)
        head = next((u for u in c.und if u.type == "Project" and u.iri and 0 < u.start - tok.end <= 2), None)
        if agent is not None and head is not None and agent.iri != head.iri:
            out.append(Fact(agent.iri, "funds", head.iri, c.ev, "funds:programme-agent", 0.7,
                            start_date=c.start, end_date=c.end))
    return out


def _programme_beside_project(c: Clause) -> bool:
    """"Interreg Sverige-Norge har beslutat att ur ERUF bevilja stöd till X för projektet Y": the sentence's
    target is a programme, yet it names a project the money goes to; the programme decides, the fund pays the
    project, and a fund funding the programme is not what the sentence says."""
    return any(u.iri == c.target and u.type == "Programme" for u in c.sent_undertakings) and any(
        u.type == "Project" and u.iri and u.iri != c.target for u in c.sent_undertakings)


_VIA = re.compile(r"\s+(?:kautta|välityksellä)\b", re.IGNORECASE)
_SWEDISH_VIA = re.compile(r"\b(?:via|genom)\s+$", re.IGNORECASE)


@rule("coordinates:owner-of-funded", "coordinates",
      "'X myönsi 79 000 euroa Y ry:n Z-hankkeelle': the genitive owner of the funded project runs it",
      needs="free_orgs")
def _owner_of_funded(c: Clause) -> list[Fact]:
    """The organisation in the genitive right before the project a grant goes to ("Y ry:n Z-hankkeelle") owns that
    project: it runs it. The project is the one named there, else the one the sentence is about."""
    # "STEA esittää avustusta X ry:n hankkeelle": a funder's proposal names the project's owner the same way
    proposes = not _PROPOSING.isdisjoint(c.lemmas) and c.has(FUND_CUES)
    if not (proposes or not _GRANTED.isdisjoint(c.lemmas)):
        return []
    base, text = c.sent.start, c.sent.text
    out: list[Fact] = []
    for m in c.free_orgs:
        if m.case != "omanto" or m.type not in PARTNERS:
            continue
        if any(o is not m and o.start <= m.start and m.end <= o.end and (o.start, o.end) != (m.start, m.end)
               for o in c.named):
            continue  # "Kemin kaupunginhallitus myönsi X-hankkeelle": the town's genitive names the granting board
        owned = _OWNED_UNDERTAKING_ALLATIVE.match(text, m.end - base)
        if owned is None or _GRANT_WORDS.search(owned.group()) or _GRANT_VERB_FORMS.search(owned.group()):
            continue
        named = [u for u in c.und if u.type == "Project" and m.end <= u.start <= base + owned.end()]
        project = named[0].iri if named else (c.target if any(u.iri == c.target and u.type == "Project"
                                                              for u in c.sent_undertakings) else None)
        if project is None and not owned.group().split()[:-1]:
            # "X ry:n hankkeelle" with no name: the project the page is about
            project = c.ctx.main_project or c.ctx.doc_project
        if project and project != m.iri and project not in c.ctx.funds:
            out.append(Fact(m.iri, "coordinates", project, c.ev, "coordinates:owner-of-funded", 0.6))
    return out[:1]


@rule("funds:via-authority", "funds",
      "'Hanketta rahoittaa ESR Pohjois-Savon ELY-keskuksen kautta', 'finansieras av ESF via NTM-centralen i X'",
      needs="free_orgs",
      cues=(*FUND_CUES, "stöd"))
def _funds_via_authority(c: Clause) -> list[Fact]:
    """Money from a fund "through" an authority ("ELY-keskuksen kautta", "via NTM-centralen"): the authority that
    pays it out funds the project too, as the fund does (FACTS: funding via ESR gives both)."""
    target = c.own_target
    if target is None or not _has(c.funding, (*FUND_CUES, "stöd")):
        return []
    base, text = c.sent.start, c.sent.text
    payers = [m for m in c.free_orgs if m.type in {"Agency", "Ministry", "JointAuthority"} and m.iri != target
              and ((m.case == "omanto" and _VIA.match(text, m.end - base))
                   or _SWEDISH_VIA.search(text, 0, m.start - base))]
    return [Fact(m.iri, "funds", target, c.ev, "funds:via-authority", 0.6) for m in payers[:1]]


@rule("funds:from-programme", "funds", "'Hanke rahoitetaan Suomen kestävän kasvun ohjelmasta'", cues=FUND_CUES)
def _funds_from_programme(c: Clause) -> list[Fact]:
    """A programme in the elative after a word of funding ("rahoitetaan X-ohjelmasta", "saa rahoitusta
    X-ohjelmasta") is where the project's money comes from: it funds the project (funds are read by
    funds:via-fund)."""
    target = c.own_target
    if target is None or not c.funding_cued:
        return []
    return [Fact(u.iri, "funds", target, c.ev, "funds:from-programme", 0.6) for u in _funding_programmes(c, target)]


# the kind word written apart after a programme's name: "Kestävää kasvua ja työtä 2014-2020 ohjelmasta"
_PROGRAMME_WORD_ELATIVE = re.compile(r"[ \t]*-?ohjelmasta\b", re.IGNORECASE)


def _funding_programmes(c: Clause, target: str) -> list[Mention]:
    """The programme in the elative after a word of funding ("rahoitetaan X-ohjelmasta", "saanut rahoituksen
    X 2014-2020 ohjelmasta"), the first one; a fund is no programme here (funds:via-fund reads it)."""
    cues = lemmas_at(c.sent, c.morph, FUND_CUES)
    base = c.sent.start
    progs = [u for u in c.und if u.type == "Programme" and u.iri not in c.ctx.funds and u.iri != target
             and (u.case == "sisaeronto" or (u.case is None and _PROGRAMME_WORD_ELATIVE.match(c.sent.text,
                                                                                              u.end - base)))
             and any(p < u.start for p in cues)]
    return progs[:1]


@rule("partOf:funded-from-programme", "partOf", "'Hanke on saanut rahoituksen X 2014-2020 ohjelmasta'", cues=FUND_CUES)
def _part_of_funding_programme(c: Clause) -> list[Fact]:
    """The project whose money comes from a programme is one of that programme's projects (the annotation reads
    "rahoitetaan X-ohjelmasta" as partOf the programme)."""
    target = c.own_target
    if target is None or not c.funding_cued:
        return []
    return [Fact(target, "partOf", u.iri, c.ev, "partOf:funded-from-programme", 0.6)
            for u in _funding_programmes(c, target)]


# a finite active funding verb: "rahoittavat", "rahoittaa", "rahoittivat", "finansierar"
_FUND_FINITE = re.compile(r"(?:rahoitta(?:a|vat)|rahoitti(?:vat)?|finansiera(?:r|de))", re.IGNORECASE)
# what may stand between two coordinated subjects: a list word, and bare plural nouns ("Kuntaliitto, kunnat ja X")
_SUBJECT_GAP = re.compile(r"\s*(?:,|ja|sekä|och|samt)\s*(?:[a-zåäö]+\s*(?:,|ja|sekä|och|samt)\s*)*", re.IGNORECASE)
_BESIDES = re.compile(r"\s*(?:lisäksi|ohella)\b", re.IGNORECASE)


@rule("funds:coordinated-subjects", "funds",
      "'STM:n lisäksi Kuntaliitto, kunnat ja SeAMK rahoittavat hanketta', 'X och Y finansierar projektet'",
      needs="free_orgs")
def _funds_coordinated(c: Clause) -> list[Fact]:
    """Every subject coordinated before a finite funding verb funds, and so does "X:n lisäksi" before them.

    funds:grant-verb names one funder, the nearest; a list "A, B ja C rahoittavat" names several. The
    chain runs back from the verb over names joined by list words (bare nouns such as "kunnat" may stand
    among them); an organisation after the verb ("..., X:n kehitysjohtaja kertoo") is no subject.
    """
    target = c.own_target
    if not target or _plural_partitive_projects_only(c):  # "A ja B rahoittavat useita hankkeita"
        return []
    base, text = c.sent.start, c.sent.text
    verb = next((t for t in c.sent.tokens if t.is_word and _FUND_FINITE.fullmatch(t.text)), None)
    if verb is None:
        return []
    cands = sorted([m for m in c.free_orgs if m.end <= verb.start and m.type in FUNDERS | {"Municipality"}
                    and m.iri != target], key=lambda m: m.start)
    chain: list[Mention] = []
    edge = verb.start
    for m in reversed(cands):
        gap = text[m.end - base:edge - base]
        first = not chain
        if m.case not in {"nimento", None}:
            break
        if (first and gap.strip()) or (not first and _SUBJECT_GAP.fullmatch(gap) is None):
            break
        chain.insert(0, m)
        edge = m.start
    if not chain:
        return []
    besides = next((m for m in cands if m.case == "omanto" and m.end <= chain[0].start
                    and _BESIDES.match(text, m.end - base) and not text[m.end - base:chain[0].start - base]
                    .replace("lisäksi", "").replace("ohella", "").strip()), None)
    funders = ([besides] if besides else []) + chain
    return [Fact(m.iri, "funds", target, c.ev, "funds:coordinated-subjects", 0.7) for m in funders
            if m.iri and m.iri != target]


LIST_INTRO = re.compile(r"(?i)(?::\s*$|\bseuraava(?:sti|lle|ille|t)\b|\balla\s+olevan\s+mukaisesti|"
                        r"\bliitteen\s+mukaisesti|\bföljande\b|\benligt\s+följande)")
BULLET = re.compile(r"^\s*(?:[-–•*·▪]|\d{1,2}[.)])\s")
GRANT_VERBS = {"myöntää", "maksaa", "avustaa", "bevilja", "rahoittaa", "jakaa"}
# forms the lemmatiser may leave as they are ("on myöntänyt avustuksia seuraavasti:")
GRANT_FORMS = {"myöntänyt", "myöntäneet", "myönsi", "myönsivät", "myöntävät", "myönnetty", "myönnettiin",
               "myönnetään"}


# the present passive of a decision being made ("myönnetään", "jaetaan"): in minutes the meeting's own grant, where a
# past one ("myönnettiin") may report another granter's
DECIDED_PASSIVE = re.compile(r"(?i)\b(?:myönnetään|jaetaan|maksetaan|beviljas|fördelas|utdelas)\b")
# money a sentence says comes from elsewhere than the town whose minutes these are
OTHER_MONEY = re.compile(r"(?i)valtionavustu|valtion\s+|ministeri|statsbidrag|statsunderstöd|\bSTEA|\bEU[:-]|Leader|"
                         r"säätiö|stiftelse|rahasto|fond")


@rule("funds:grant-list", "funds",
      "'Kaupunginhallitus päätti myöntää avustuksia seuraavasti:' then '- X ry 14 750 euroa' on each line")
def _funds_grant_list(c: Clause) -> list[Fact]:
    """A list of grants: the funder of its opening sentence funds each listed recipient its own amount.

    The list opens with a grant verb and a colon or "seuraavasti"; each bullet line names one
    recipient (the project a line names, else its organisation) and its total, the first
    amount of the line ("45 240 euroa (vuokraan 15 740 euroa ja ...)"). A line that is no
    list line ends the list. A passive opening ("Valtionavustus myönnetään ... alla olevan
    mukaisesti") takes the ministry or agency the text has named as paying; no one else.
    """
    ctx = c.ctx
    grant_verb = any(lem in GRANT_VERBS or lem in GRANT_FORMS or lem.startswith(SWEDISH_GRANTS) for lem in c.lemmas)
    # "Rahoitusta saavat seuraavat hankkeet (...):": the receivers' side of a grant opens a list too
    received = any(lem in {"saada", "saanut", "saaneet", "få", "får"} for lem in c.lemmas) and (
        c.has(FUND_CUES) or c.has(("bidrag", "understöd")))
    text = c.sent.text
    first_end = text.find("\n") if "\n" in text else len(text)
    lines: list[tuple[int, int]] = []  # the list lines this sentence holds (offsets in the sentence)
    heading = grant_table_heading(text[:first_end])  # "Avustuksen saaja sekä sille myönnetty summa"
    # "Område  Euro" under a paying ministry's news: a table whose rows give bare sums
    columns = currency_column_heading(text[:first_end]) and (ctx.funder or ctx.payer) is not None
    held = getattr(ctx, _HELD_ROWS, None)
    if held and grant_verb and REFERS_BACK.search(text[:first_end]):
        # "Lautakunta myöntää avustukset esityksen mukaisesti": the granter of the table read before it
        setattr(ctx, _HELD_ROWS, None)
        granter = _list_granter(c, first_end)
        if granter is None or c.sent.start - held[0] > HELD_REACH:
            return []
        return [replace(f, subject=granter) for f in held[1] if f.object != granter]
    if grant_verb and ANNEXED.search(text[:first_end]):
        # "myöntää avustukset liitteen mukaisesti" with no table before it: the annex's table comes after the minutes
        granter = _list_granter(c, first_end)
        setattr(ctx, _ANNEX_GRANTER, (c.sent.start, granter) if granter else None)
    if (((grant_verb or received) and LIST_INTRO.search(text[:first_end])) or heading or columns) \
            and not sources_listed(text[:first_end]):  # "X ry sai avustuksia:": the lines name its givers
        # the opening line; a splitter that keeps "seuraavasti:\nX 200 000 euroa" together leaves lines after it
        ctx.grant_list = _list_granter(c, first_end)
        setattr(ctx, _LIST_ROWS, 2 if columns else 0)  # under a currency column a bare sum is a sum from the start
        setattr(ctx, _LIST_COLUMNS, False)
        if ctx.grant_list is None and _held_table_head(ctx, text[:first_end]):
            ctx.grant_list = _table_granter(c)  # "Hakija  Haettu €  Myönnetty €" with no list open
        if first_end == len(text) or ctx.grant_list is None:
            return []  # a passive opening with no payer named yet names no funder (header_granter.py may)
        lines = _line_spans(text, first_end + 1)
    else:
        if c.has(FUND_CUES) or c.has(("määrärah",)):  # "VM tiedottaa ... lisämäärärahasta": the paying ministry
            payer = next((m for m in c.free_orgs if m.type in {"Ministry", "Agency"} and m.case in {"nimento", None}),
                         None)
            ctx.payer = payer.iri if payer else ctx.payer
        if ctx.grant_list is None and _held_table_head(ctx, text[:first_end]):
            ctx.grant_list = _table_granter(c)  # a table heading with no list open: the annex's or one held
            setattr(ctx, _LIST_ROWS, 0)
            setattr(ctx, _LIST_COLUMNS, False)
        if ctx.grant_list is None:
            return []
        pending = getattr(ctx, _PENDING_ROW, None)
        setattr(ctx, _PENDING_ROW, None)
        if currency_column_heading(" ".join(text.split())):
            # "Hakija\n euroa" right under "myönsi avustuksia ... seuraavasti:": the rows give bare sums
            setattr(ctx, _LIST_ROWS, 2)
            return []
        if getattr(ctx, _LIST_ROWS, 0) >= 2 and _ZERO_ROW.fullmatch(text):
            return []  # "X ry. 0" / "0": an applicant granted nothing, the table goes on
        if getattr(ctx, _LIST_ROWS, 0) >= 2 and _SUM_ONLY.fullmatch(text):
            # "X ry." and its sum "6 000" split into two sentences at the abbreviation's full stop
            if pending is None:
                return []
            return [Fact(ctx.grant_list, "funds", pending, c.ev, "funds:grant-list", 0.75,
                         amount=Decimal(re.sub(r"\D", "", text)), start_date=c.start, end_date=c.end)]
        if getattr(ctx, _LIST_ROWS, 0) >= 2 and not c.euros and not _BARE_SUM.search(text) \
                and _SPLIT_ROW.fullmatch(text):
            # a name line whose sum comes as the next sentence: hold its recipient, end nothing yet
            named = [m for m in c.named if m.type in ORGS and m.iri and m.iri != ctx.grant_list
                     and id(m) not in c.inside and m.start == c.sent.start and m.case != "omanto"]
            setattr(ctx, _PENDING_ROW, named[0].iri if named else None)
            return []
        lines = _line_spans(text, 0)
    out: list[Fact] = []
    for lo, hi in lines:
        line = text[lo:hi]
        euros = [a for a in c.euros if lo <= a.start - c.sent.start < hi]
        inside = [m for m in c.named if lo <= m.start - c.sent.start < hi]
        # (a title column's project after the sum is what the receiver opening the row spends it on: the row's
        # money goes to that receiver, extract/sum_column_titles.py)
        recipients = [u for u in inside if u.type in UNDERTAKINGS and u.iri not in ctx.funds
                      and u.rule != SUM_COLUMN_TITLE] or [
            m for m in inside if m.type in ORGS and m.iri != ctx.grant_list and id(m) not in c.inside]
        if getattr(ctx, _LIST_ROWS, 0) >= 2 and _ZERO_ROW.fullmatch(line):
            continue  # a row granting nothing
        if not recipients and not euros and getattr(ctx, _LIST_ROWS, 0) >= 2 and _BARE_SUM.search(line) \
                and len(line.split()) <= 12 and line.strip()[:1].isupper():
            continue  # a row of a bare-sum table whose name was not read ("X -säätiö  15 000"): the list goes on
        # a bulleted line, or a short line that opens with its recipient ("Kuopion kaupunki 200 000 euroa")
        # (the recipient itself opens it: "Etelä-Pohjanmaan Ensi- ja Turvakotiyhdistys ry" read as a region and
        # "Turvakotiyhdistys ry" is no row of the region's)
        row = BULLET.match(line) or (recipients and recipients[0].start - c.sent.start - lo
                                     <= len(line) - len(line.lstrip()) and len(line.split()) <= 15)
        if not row and euros and recipients and _sum_beside_opener(line, lo + c.sent.start, recipients[0], euros[0]):
            row = True  # "Lauttasaari-Seura ry 20 000 euroa (vuokraan 5 250 euroa ja ...)": bullet lost, parts after
        if not euros and line.rstrip().endswith(":") and len(line.split()) <= 12:
            continue  # "Sekä alueen yhteistyöyhdistyksiä:": a sub-heading inside the list, which goes on
        if not euros and _COLUMN_HEADS.fullmatch(line):
            setattr(ctx, _LIST_ROWS, 2)  # "Hakija  Hanke  Myönnetty": the rows under it give bare sums
            continue
        if not euros and _TWO_COLUMN_HEADS.fullmatch(line):
            setattr(ctx, _LIST_ROWS, 2)  # "Hakija | Haettu € | Esitys €": each row's second sum is the grant
            setattr(ctx, _LIST_COLUMNS, True)
            continue
        if not row and euros and _opened_row(line, lo + c.sent.start, inside, euros[-1].end - c.sent.start - lo):
            row = True  # "Oulun kaupunki, Hyvä arki -hanke, 45 000 euroa": a named receiver opens the row
        if not row and euros and recipients and getattr(ctx, _LIST_ROWS, 0) >= 1 and len(line.split()) <= 40 \
                and re.fullmatch(r"[\s.]*", line[euros[-1].end - c.sent.start - lo:]) is not None:
            row = True  # a list that has given rows goes on with lines ending in their sum, bullets lost or not
            # ("Läntiselle tanssin aluekeskukselle myönnetään hankkeeseen ”X” 42 298 euroa.": its opener unread)
        if not row and euros and _amount_row(line, euros[-1].end - c.sent.start - lo):
            continue  # "Järviseudun Omaishoitajat ja Läheiset ry 142.520 euroa" with its name unread: a row still
        row_sum = second_of_two if getattr(ctx, _LIST_COLUMNS, False) else _bare_sum
        if not row and not euros and getattr(ctx, _LIST_ROWS, 0) >= 2 and row_sum(line) is not None:
            row = _opened_row(line, lo + c.sent.start, inside, len(line.rstrip()))
        bare = row_sum(line) if row and not euros and getattr(ctx, _LIST_ROWS, 0) >= 2 else None
        if not (row and (euros or bare is not None)):
            ctx.grant_list = None
            setattr(ctx, _LIST_COLUMNS, False)
            break
        if not recipients or recipients[0].iri == ctx.grant_list:
            continue
        setattr(ctx, _LIST_ROWS, getattr(ctx, _LIST_ROWS, 0) + 1)
        # under an applied and a granted column a row's two sums are the application, then the grant
        granted = euros[1] if len(euros) == 2 and getattr(ctx, _LIST_COLUMNS, False) else euros[0] if euros else None
        value, approximate = (granted.value, granted.approximate) if granted else (bare, False)
        out.append(Fact(ctx.grant_list, "funds", recipients[0].iri, c.ev, "funds:grant-list", 0.75,
                        amount=value, amount_qualifier="approximate" if approximate else None,
                        start_date=c.start, end_date=c.end))
    if out and out[0].subject != _HELD:
        setattr(ctx, _ANNEX_GRANTER, None)  # the rows right after "liitteen mukaisesti" were its annex
    if out and out[0].subject == _HELD:  # rows of a table no decision has granted yet: kept for the one after it
        before = getattr(ctx, _HELD_ROWS, None)
        setattr(ctx, _HELD_ROWS, (c.sent.end, [*(before[1] if before else []), *out]))
        return []
    return out


def _list_granter(c: Clause, first_end: int) -> str | None:
    """The granter of a list's opening line: the nominative funder or board it names, else the paying funder named
    before; in a town's minutes a present passive decision ("Avustuksia myönnetään seuraavasti:") is the town's."""
    ctx = c.ctx
    payers = [m for m in c.free_orgs if m.case in {"nimento", None} and (m.type in FUNDERS or m.type == "Body")
              and m.start - c.sent.start < first_end]
    if any(passive_receiver(c.sent.text, m.end - c.sent.start) for m in payers):
        return None  # "X ry myönnettiin avustuksia seuraavasti:": X receives, the opening names no giver
    if not payers and ctx.municipality:  # "Lautakunta päättää myöntää ... seuraavasti:": the minutes' board
        payers = [m for m in c.bare_bodies if m.case in {"nimento", None} and m.start - c.sent.start < first_end]
    granter = payers[0].iri if payers else (ctx.funder or ctx.payer)
    if granter is None and ctx.municipality and DECIDED_PASSIVE.search(c.sent.text[:first_end]):
        granter = ctx.municipality
    return granter


def list_granter(ctx: Context) -> str | None:
    """The granter of the list being read; none while its rows wait for their decision."""
    return None if ctx.grant_list == _HELD else ctx.grant_list


def _held_table_head(ctx: Context, line: str) -> bool:
    """A grant table's column heading in a town's minutes with no list open: its rows come before the decision."""
    return ctx.municipality is not None and ctx.grant_list is None and (
        _COLUMN_HEADS.fullmatch(line) is not None or _TWO_COLUMN_HEADS.fullmatch(line) is not None)


def _table_granter(c: Clause) -> str:
    """The granter of a table with no list open: the one who granted "liitteen mukaisesti" before it (the annex's
    table follows the minutes), used once; else the marker that holds its rows for a decision after it."""
    annexed = getattr(c.ctx, _ANNEX_GRANTER, None)
    setattr(c.ctx, _ANNEX_GRANTER, None)
    return annexed[1] if annexed and c.sent.start - annexed[0] <= ANNEX_REACH else _HELD


# a decision granting by its annex: "myöntää avustukset liitteen 3 mukaisesti", "enligt bilagan"
ANNEXED = re.compile(r"(?i)\b(?:liitteen|liitteiden|oheisliitteen)(?:\s+(?:nro\s+)?\d{1,2})?\s+mukaisesti\b|"
                     r"\benligt\s+bilaga(?:n|\s+\d{1,2})\b")
_ANNEX_GRANTER = "_grant_table_annex_granter"  # (where, granter) of the last decision granting by its annex
ANNEX_REACH = 30000  # characters from that decision within which its annex's table is read
# a decision granting by a table or a proposal given before it: "myöntää avustukset esityksen mukaisesti", "jaetaan
# taulukon mukaisesti", "enligt tabellen ovan"
REFERS_BACK = re.compile(r"(?i)\b(?:liitteen(?:\s+\d{1,2})?|esityksen|ehdotuksen|taulukon|listan|luettelon|"
                         r"yllä\s+olevan|edellä\s+olevan|edellä\s+esitetyn|oheisen|(?:valmistelijan|esittelijän)\s+"
                         r"esityksen)\s+"
                         r"mukaisesti\b|\benligt\s+(?:tabellen|förslaget|bilagan|ovan)")
_HELD = "_held_table"  # the granter of rows read before their decision: none yet
_HELD_ROWS = "_grant_table_held_rows"  # (end of the last held row, its facts) on the Context
HELD_REACH = 3000  # characters from the table's last row within which the decision refers back to it


_LIST_ROWS = "_grant_list_rows"  # rows with a sum read in the list being read (kept on the Context)
SUM_GAP_WORDS = 2  # words of a receiver's name the recogniser left unread before the name it read
# between a row's receiver and its sum only its registered form, a separator or "yhteensä" ("X ry, yhteensä
# 20 000 euroa"); a verb there ("X ry hakee 5 000 euroa") makes the line prose
_ROW_GAP = re.compile(r"[\s,:;–-]*(?:(?:ry|rf|r\.y\.|oy|oyj|ab|ky)\b[\s,:;–-]*)?"
                      r"(?:(?:yhteensä|yht\.|noin|n\.|totalt|sammanlagt)[\s:]*)?", re.IGNORECASE)


def _sum_beside_opener(line: str, line_start: int, opener: Mention, first: Amount) -> bool:
    """A row of a grant list however long the line: its receiver opens it and its total follows the name at once,
    whatever parts and purposes come after in brackets. A list flattened from bullets keeps this shape; prose that
    opens with a name puts a verb between the name and any sum."""
    lead = line_start + len(line) - len(line.lstrip())
    if opener.start < lead or first.start < opener.end or opener.case not in {"nimento", None}:
        return False
    # the recogniser may have read only the name's tail ("Herttoniemenrannan asukastaloyhdistys [Ankkuri ry]")
    before = line[lead - line_start:opener.start - line_start]
    if len(before.split()) > SUM_GAP_WORDS or (before and not before[:1].isupper()) or re.search(r"[.,:;!?]", before):
        return False
    gap = line[opener.end - line_start:first.start - line_start]
    return _ROW_GAP.fullmatch(gap) is not None
# a table's column heads, tab-separated: a receiver, maybe a project, and the sum granted ("Hakija\tHanke\tMyönnetty")
# (a middle column may name its currency too, "Hakija  Haettu €  Myönnetty €"; the last column of granted sums may be
# the proposal the decision adopts, "Esitys")
_COLUMN_HEADS = re.compile(r"\s*(?:hakija|saaja|avustuksen saaja|järjestö|yhdistys|hakijataho)\s*"
                           r"(?:\t+\s*[\w -]{2,30}(?:\s*\(?(?:€|euroa)\)?)?){0,2}\t+\s*"
                           r"(?:myönnetty|myönnetty avustus|avustus|summa|euroa|€|eur|esitys|ehdotus)"
                           r"(?:\s*\(?(?:€|euroa)\)?)?\s*", re.IGNORECASE)
# the same heading with its cells parted by "|" or one space as a PDF's text gives it, and a money column before the
# granted one ("Hakija | Haettu € | Esitys €", "Hakija Haettu Myönnetty"): its rows end in two sums, the second granted
_TWO_COLUMN_HEADS = re.compile(r"\s*(?:hakija|saaja|avustuksen saaja|järjestö|yhdistys|hakijataho)"
                               r"(?:[ \t]*\|[ \t]*|[ \t]+)(?:haettu|haettu avustus|haettu summa|anottu)"
                               r"(?:\s*\(?(?:€|euroa)\)?)?"
                               r"(?:[ \t]*\|[ \t]*|[ \t]+)(?:myönnetty|myönnetään|esitys|ehdotus|päätös)"
                               r"(?:\s*\(?(?:€|euroa)\)?)?[ \t|]*", re.IGNORECASE)
_LIST_COLUMNS = "_grant_list_two_columns"  # True under a heading of an applied and a granted column
_PENDING_ROW = "_grant_list_pending_row"  # the recipient of a table row whose sum is the next sentence
# a table row granting nothing: "0" alone, or a short name line ending in " 0"
_ZERO_ROW = re.compile(r"\s*(?:[A-ZÅÄÖ][^\n]{0,100}\s)?0\s*")
# a sentence that is only a table row's sum, grouped thousands ("6 000", "187 657")
_SUM_ONLY = re.compile(r"\s*\d{1,3}(?:[ \u00a0]\d{3})+\s*")
# a short name line of a table ending in an abbreviation's full stop ("Helsinki-Seura ry.", "Norr om Stan rf.")
_SPLIT_ROW = re.compile(r"\s*[A-ZÅÄÖ][^\n:;]{1,100}\b(?:ry|rf|r\.y|r\.f|oy|ab|sr|rs)\.\s*", re.IGNORECASE)
# a row cut after its sum, the currency lost: "• Pohjanmaan hyvinvointialue 4 607 706" (grouped thousands only)
_BARE_SUM = re.compile(r"\s(\d{1,3}(?:[ \u00a0]\d{3})+)[ \t]*$")
# a table's last cell, set off by a tab, is the sum of the column the heading ends with, grouped or not, its cents
# written or not ("X ry  1 500,00  800,00")
_LAST_CELL_SUM = re.compile(r"\t[ \t]*(\d{1,3}(?:[ \u00a0]\d{3})+|\d{1,7})(?:,(\d{2}))?[ \t]*$")


def _bare_sum(line: str) -> Decimal | None:
    """The grouped number ending a row of a list whose rows so far gave their sums in euros (or the number in the
    row's last table cell)."""
    m = _BARE_SUM.search(line)
    if m:
        return Decimal(re.sub(r"\D", "", m.group(1)))
    cell = _LAST_CELL_SUM.search(line)
    if cell is None:
        return None
    whole = re.sub(r"\D", "", cell.group(1))
    return Decimal(f"{whole}.{cell.group(2)}") if cell.group(2) and cell.group(2) != "00" else Decimal(whole)


def _opened_row(line: str, line_start: int, inside: list[Mention], amount_end: int) -> bool:
    """A row that a named receiver opens and its sum closes, however long the project's name between them:
    "Vanda stad för Jämförelse mellan ... kommunerna 2003 – 2005, 519 950 euro"."""
    lead = len(line) - len(line.lstrip())
    return len(line.split()) <= 40 and re.fullmatch(r"[\s.]*", line[amount_end:]) is not None and any(
        m.start - line_start == lead and m.type in ORGS | UNDERTAKINGS for m in inside)


def _amount_row(line: str, amount_end: int) -> bool:
    """A short line of a list that ends with its sum: a row of the list, whoever it names."""
    return len(line.split()) <= 12 and re.fullmatch(r"[\s.]*", line[amount_end:]) is not None \
        and line[:1].isupper()


# the number of a numbered row alone ("1.", "12)"): the sentence splitter ends a sentence after it, or leaves it at
# the end of the row before; it ends no list
_ROW_NUMBER = re.compile(r"[ \t]*\d{1,2}[.)][ \t]*")


def _line_spans(text: str, start: int) -> list[tuple[int, int]]:
    """The non-empty lines of a sentence from an offset on, as (start, end) offsets."""
    spans: list[tuple[int, int]] = []
    pos = start
    for line in text[start:].split("\n"):
        if line.strip() and not _ROW_NUMBER.fullmatch(line):  # "2." the splitter cut from its numbered row
            # "..., 114 000 euro.Helsingfors stad för ...": rows a scraper glued together at the sum's full stop
            cut = pos
            for glue in _GLUED_ROWS.finditer(line):
                spans.append((cut, pos + glue.end()))
                cut = pos + glue.end()
            spans.append((cut, pos + len(line)))
        pos += len(line) + 1
    return spans


_GLUED_ROWS = re.compile(r"(?<=\d)\s*(?:euroa|euro|eur|€)\.(?=[A-ZÅÄÖ])", re.IGNORECASE)


FUNDED_FROM = ("rahoitettava", "rahoitettu", "rahoittaa", "finansiera", "rahoitus")


@rule("funds:funded-from", "funds", "'EU:n elpymisvälineestä rahoitettava Suomen kestävän kasvun ohjelma'", needs="und")
def _funded_from(c: Clause) -> list[Fact]:
    """A fund or programme in the elative right before a funding participle pays for the undertaking after it."""
    facts = []
    for t, lem in c.word_lemmas:
        if not lem.startswith(FUNDED_FROM):
            continue
        src = next((u for u in c.und if u.case in SOURCE_CASES and 0 <= t.start - u.end <= 2), None)
        dst = next((u for u in c.und if u.start >= t.end and u.start - t.end <= 2), None)
        if src is not None and dst is not None and src.iri != dst.iri:
            facts.append(Fact(src.iri, "funds", dst.iri, c.ev, "funds:funded-from", 0.6))
    return facts


# the words of a cost or budget ("kustannusarvion" is read by the \w* that follows)
_BUDGET_NOUN = r"(?:budjetti|kustannukset|kustannusarvio|budget)"
# the cost of what is funded, told in a relative clause of its own: "..., jonka kokonaiskustannusarvio on", "vars
# budget är"
_RELATIVE_BUDGET_BEFORE = re.compile(r"(?i)\b(?:jonka|joiden|vars|vilkas)\s+(?:[\w-]+\s+){0,2}?(?:kokonais)?"
                                     rf"{_BUDGET_NOUN}\w*\s+"
                                     r"(?:on|ovat|oli|olivat|är|var)\s*(?:noin\s+|yhteensä\s+|ca\s+)?$")
# the amount is a budget or a total cost: "kokonaisbudjetti on", "kokonaiskustannukset olivat", "budget på"
BUDGET_BEFORE = re.compile(rf"{_BUDGET_NOUN}\w*\s+(?:on|ovat|oli|olivat|är|var|"
                           r"på)?\s*(?:noin\s+|yhteensä\s+)?$", re.IGNORECASE)


# money words of receiving: the funding cues, money itself ("maakunnan kehittämisrahaa", "AKKE-rahaa") and a gift
# ("on saanut lahjoituksen X Oy:ltä": a donation is funding, eval/ANNOTATION.md)
RECEIVED_CUES = (*FUND_CUES, "raha", "lahjoitu")
# a verbal noun of purpose after a project's genitive: the money goes to carrying the project out
_PURPOSE_AFTER = re.compile(r"(?:\s+-?nimisen\s+(?:hankkeen|projektin))?\s+[a-zåäö]+(?:miseen|miseksi)\b")


# after a genitive agent: a few words of the attribute, the agent participle ("toteuttama", "järjestämä",
# "ylläpitämä"), the one noun it heads, then the receiving verb: "X:n vuodesta 2014 asti toteuttama vanhustyö on saanut"
_AGENT_SUBJECT_GOT = re.compile(r"(?:[ \t]+\([^()\n]{1,20}\))?(?:[ \t]+[\w-]+){0,4}?[ \t]+[a-zåäö-]+(?:ma|mä)"
                                r"[ \t]+[a-zåäö-]+[ \t]+(?:on[ \t]+|ovat[ \t]+|oli[ \t]+|olivat[ \t]+)?"
                                r"(?:saanut|saaneet|sai|saivat)\b")


@rule("funds:received-from", "funds", "'Poske on saanut STM:ltä 450 000 euron valtionavustuksen X-hankkeeseen'")
def _received_from(c: Clause) -> list[Fact]:
    """Money received ("saada") from an organisation in the ablative: that organisation funds the project named,
    else the receiver."""
    # "saanut"/"saaneet" are read as adjectives (past participles): their lemma is the participle itself
    # "siihen on saatu 100 % tuki X-keskukselta": support counts as money where a sum or a share goes with it
    # "Hanke on saanut X:ltä 200 000 euroa": a sum in euros from a giver is money too
    if _GOT.isdisjoint(c.lemmas):
        return []  # tested first: most sentences receive nothing, and the money test below scans every word
    # the present "saa"/"saavat" receives as plainly as the past with a giver in the ablative and a sum: "X-hanke saa
    # Opetushallitukselta 40 000 euroa" (the giver is required below, so "saa osallistua" never counts)
    got = any(t.text.lower() in {"sai", "saivat", "saanut", "saaneet", "saa", "saavat"} for t, _lem in c.word_lemmas)
    cued = c.has(FUND_CUES)
    money_word = not cued and c.has(RECEIVED_CUES)  # money itself, no funding word: "sai rahan Reisjärveltä"
    money = cued or money_word or (
        got and len(c.lemmas) <= RUN_ON_WORDS and any(not a.approximate for a in c.euros)) or (
        bool(c.euros or c.shares) and any(t.text.lower() in {"tuki", "tuen", "tukea"} for t, _lem in c.word_lemmas))
    if not money:
        return []
    if all(t.text.lower().startswith("saami") or t.text.lower() in {"saada", "saadakseen"}
           for t, lem in c.word_lemmas if lem in {"saada", "saanut", "saaneet", "saatu"}):
        return []  # "hakemus valtionavustuksen saamiseksi", "voi saada": money applied or hoped for, not received
    givers = [m for m in c.free_orgs if ablative_case(m, c.sent.text, c.sent.start) and m.type in FUNDERS | {"Body"}]
    if money_word:  # a town's ablative by money alone is where the taker comes from ("yritys Reisjärveltä")
        givers = [m for m in givers if m.type != "Municipality"]
    if not givers:
        return []
    # "X-hankkeeseen", "X-hankkeelle", or the project's genitive before a verbal noun of purpose: "rahaa X-hankkeen
    # toteuttamiseen", "X -nimisen hankkeen käynnistämiseksi"
    projects = [u for u in c.und if u.iri not in c.ctx.funds and (u.case in {"sisatulento", "ulkotulento"} or (
        u.type == "Project" and _PURPOSE_AFTER.match(c.sent.text, u.end - c.sent.start)))]
    takers = [m for m in c.free_orgs if m.case in {"nimento", None} and m.iri != givers[0].iri]
    obj = projects[0].iri if projects else (takers[0].iri if takers else c.target)
    if not obj:
        # "X:n vuodesta 2014 toteuttama vanhustyö on saanut rahoituksen A:lta": the subject is the work the
        # genitive agent of its participle does; the money goes to that agent
        obj = next((m.iri for m in c.free_orgs if m.case == "omanto" and m.iri != givers[0].iri
                    and _AGENT_SUBJECT_GOT.match(c.sent.text, m.end - c.sent.start)), None)
    if not obj or obj == givers[0].iri:
        return []
    # "Hankkeen kokonaisbudjetti on N €, siihen on saatu 100 % tuki X:ltä": a budget or total cost is no grant
    amounts = [a for a in c.euros if not BUDGET_BEFORE.search(c.sent.text[:a.start - c.sent.start])]
    amount = amounts[0] if amounts else None
    # "rahoitusta A:lta ja B:ltä": every giver coordinated with the first gives; a sum then is no one's own
    run = [givers[0]]
    for m in sorted(givers[1:], key=lambda m: m.start):
        if m.start > run[-1].end and JOINER.fullmatch(c.sent.text[run[-1].end - c.sent.start:m.start - c.sent.start]):
            run.append(m)
    if len(run) > 1:
        amount = None
    elif amount is None:
        c.ctx.last_grant = (run[0].iri, obj)  # its sum may follow: "Tuen määrä on N euroa" (funds:grant-amounts)
    return [Fact(g.iri, "funds", obj, c.ev, "funds:received-from", 0.7,
                 amount=amount.value if amount else None,
                 amount_qualifier="approximate" if amount and amount.approximate else None,
                 start_date=c.start, end_date=c.end) for g in run if g.iri != obj]


TOGETHER_CUES = ("yhteistyö", "yhdessä", "tillsammans", "samarbet", "samverka")


@rule("participatesIn:together-with", "participatesIn",
      "'hanketta toteutetaan yhteistyössä Lapin hyvinvointialueen ja Rovaniemen kaupungin kanssa'", cues=TOGETHER_CUES)
def _together_with(c: Clause) -> list[Fact]:
    """Organisations in the genitive before "kanssa" in a sentence about doing the project together."""
    if not c.target or c.target in c.ctx.funds or not c.has(TOGETHER_CUES):
        return []
    if _plural_partitive_projects_only(c, quantified=False):
        # "X on toteuttanut yhteistyössä Y:n kanssa demoja, projekteja ja näyttelyitä": projects at large done
        # together, not the one the page is about
        return []
    kanssa = [t.start for t in c.sent.tokens if t.text.lower() in {"kanssa", "med"}]
    if not kanssa:
        return []
    out = []
    for m in c.free_orgs:
        if m.case == "omanto" and m.type in PARTNERS and m.iri != c.target:
            nxt = min((p for p in kanssa if p >= m.end), default=None)
            between = c.sent.text[m.end - c.sent.start:nxt - c.sent.start] if nxt is not None else None
            if between is not None and re.fullmatch(r"[\w\s,:-]*", between) and len(between) < 120:
                out.append(Fact(m.iri, "participatesIn", c.target, c.ev, "participatesIn:together-with", 0.6))
    # Swedish: "genomförs i samarbete med A och B", "tillsammans med A": the run of names right after "med"; the
    # verb too: "Projektet X samarbetar med A och B"
    base, text = c.sent.start, c.sent.text
    for cue in re.finditer(r"\b(?:i\s+samarbete|tillsammans|i\s+samverkan|samarbetar|samarbetade|samverkar|"
                           r"samverkade)\s+med\s+", text, re.IGNORECASE):
        at = cue.end()
        for m in sorted(c.free_orgs, key=lambda m: m.start):
            if m.start - base < at:
                continue
            if m.type not in PARTNERS or not JOINED.fullmatch(text[at:m.start - base]):
                break
            if m.iri != c.target:
                out.append(Fact(m.iri, "participatesIn", c.target, c.ev, "participatesIn:together-with", 0.6))
            at = m.end - base
    return out


JOINED = re.compile(r"\s*(?:(?:,|och|samt|ja|sekä)\s*)?")


@rule("coordinates:grant-recipient", "coordinates",
      "'Paraisten kaupungille myönnetään hankkeeseen X 21 812 euroa', 'X har beviljats statsunderstöd för projektet Y'",
      needs="und")
def _grant_recipient(c: Clause) -> list[Fact]:
    """The organisation a grant for a named project is given to runs that project."""
    active = _swedish_active_recipient(c)
    if active:
        return active
    passive_at = _swedish_passive(c)
    if not ("myöntää" in c.lemmas or passive_at is not None):
        return []
    projects = [u for u in c.und if u.iri not in c.ctx.funds and u.type == "Project" and u.case != "ulkotulento"]
    takers = [m for m in c.free_orgs if m.type in ORGS - {"Body"} and (
        m.case == "ulkotulento" or (passive_at is not None and m.end <= passive_at))]
    if len(projects) != 1 or len(takers) != 1 or takers[0].start > projects[0].start:
        return []
    return [Fact(takers[0].iri, "coordinates", projects[0].iri, c.ev, "coordinates:grant-recipient", 0.65)]


_CLAUSE_BREAK = re.compile(r"\s[-–—]\s|;")


def _other_clause(c: Clause, m: Mention, cues: list[int]) -> bool:
    """A dash or semicolon between a name and every cue word: "STEA myönsi rahoituksen - X koordinoi hanketta"."""
    base, text = c.sent.start, c.sent.text
    return bool(cues) and all(_CLAUSE_BREAK.search(text[min(m.end, p) - base:max(m.start, p) - base])
                              for p in cues)


def _swedish_active_recipient(c: Clause) -> list[Fact]:
    """"STM har beviljat X N euro i statsunderstöd för att genomföra projektet Y": the organisation right
    after the active grant verb receives the money for the one project named after it, and runs it."""
    at = _swedish_active(c)
    if at is None:
        return []
    verb_end = next(t.end for t in c.sent.tokens if t.start == at)
    base, text = c.sent.start, c.sent.text
    takers = [m for m in c.free_orgs if m.type in ORGS - {"Body"} and m.start >= verb_end
              and re.fullmatch(r"\s*(?:(?:också|även|sammanlagt)\s+)?", text[verb_end - base:m.start - base])]
    givers = [m for m in c.free_orgs if m.end <= at]
    projects = [u for u in c.und if u.iri not in c.ctx.funds and u.type == "Project" and takers
                and u.start > takers[0].end]
    if len(takers) != 1 or len(projects) != 1 or not givers or takers[0].iri == givers[-1].iri:
        return []
    return [Fact(takers[0].iri, "coordinates", projects[0].iri, c.ev, "coordinates:grant-recipient", 0.65)]


# the words between may be a hyphenated or multi-word project name ("vastaa Arjen Apu -hankkeen toteutuksesta")
# Swedish "X står för projektets genomförande", "För genomförandet står X": standing for the carrying out
_ANSWERS_FOR = guarded(re.compile(r"\b(?P<verb>vastaa|vastaavat|vastasi|vastasivat)\b(?:\s+[\w:–-]+){0,4}?\s+"
                                  r"(?:toteutuksesta|toteuttamisesta|hallinnosta)\b|\b(?:toteutuksesta|toteuttamisesta|"
                                  r"hallinnosta)\s+(?P<verb2>vastaa|vastaavat|vastasi|vastasivat)\b"
                                  r"|\b(?P<verb3>står|stod)\s+för\s+(?:[\w-]+\s+){0,2}?(?:genomförandet?|"
                                  r"förverkligandet?)\b|\bför\s+(?:[\w-]+\s+)?(?:genomförandet?|förverkligandet?)\s+"
                                  r"(?P<verb4>står|stod)\b", re.IGNORECASE))
# Swedish passives of running: "Projektet drivs av X", "leds av X", "ägdes av X" (the projektägare runs it;
# "förvaltas", "koordineras" are COORD_CUES)
_SWEDISH_RUN_BY = guarded(re.compile(r"\b(?:drivs|drevs|leds|leddes|ägs|ägdes|genomförs|"
                                     r"genomfördes|förverkligas|förverkligades|verkställs|verkställdes)\s+av\b",
                                     re.IGNORECASE))
# their active voice with the project as object: "X driver projektet Y", "X leder Y-projektet" (not "leder till")
_SWEDISH_RUNS = guarded(re.compile(r"\b(?:driver|drev|leder|ledde)\s+(?=[\w-]*projektet\b)", re.IGNORECASE))


@rule("coordinates:administer-verb", "coordinates",
      "'hankkeen hallinnoijana toimii Socca', 'hallinnoinnista ja koordinoinnista vastaa X'",
      needs="free_orgs")
def _coordinates(c: Clause) -> list[Fact]:
    run_by_m = list(_SWEDISH_RUN_BY.finditer(c.sent.text))
    run_by = [c.sent.start + m.start() for m in run_by_m]
    # "X vastaa hankkeen toteutuksesta", "Hankkeen toteutuksesta vastaa X": answering for the carrying out is running
    answers = [c.sent.start + m.start(next(g for g in ("verb", "verb2", "verb3", "verb4") if m.group(g)))
               for m in _ANSWERS_FOR.finditer(c.sent.text)]
    if answers and c.target:
        subjects = _closest(c.sent, [m for m in c.free_orgs if m.type != "Body" and m.case in {"nimento", None}],
                            answers)
        if subjects and subjects[0].iri != c.target and not c.has(COORD_CUES):
            return [Fact(subjects[0].iri, "coordinates", c.target, c.ev, "coordinates:administer-verb", 0.75)]
    leads = [c.sent.start + m.start() for m in _SWEDISH_RUNS.finditer(c.sent.text)]
    if not ((c.has(COORD_CUES) or run_by or leads) and c.target):
        return []
    if _plural_partitive_projects_only(c):  # "X hallinnoi myös muita hankkeita": projects at large, not the focus
        return []
    if not any(u.iri not in c.ctx.funds for u in c.und) and counted_project_words(c.sent, c.word_lemmas):
        return []  # "hyväksyi 12 hanketta, joista seitsemän päätoteuttaja on X": counted projects, none in focus
    if not c.has(COORD_CUES) and run_by:
        # "leds av X": only the name right after "av" runs it ("av en styrgrupp där X ...")
        after_av = {c.sent.start + m.end() for m in run_by_m}
        right = [m for m in c.free_orgs if m.type != "Body" and any(
            a <= m.start and not c.sent.text[a - c.sent.start:m.start - c.sent.start].strip() for a in after_av)]
        if right and any(m.group().lower().startswith("genomför") for m in run_by_m) and any(
                JOINER.fullmatch(c.sent.text[right[0].end - c.sent.start:m.start - c.sent.start])
                for m in c.free_orgs if m.start > right[0].end):
            return []  # "genomförs av A och B": carried out together, neither alone runs it
        run = right[:1]
        for m in sorted((m for m in c.free_orgs if m.type != "Body" and run and m.start > run[0].end),
                        key=lambda m: m.start):
            if not JOINER.fullmatch(c.sent.text[run[-1].end - c.sent.start:m.start - c.sent.start]):
                break
            run.append(m)  # "drivs av A och B": both run it (each a runner named right after "av")
        return [Fact(m.iri, "coordinates", c.target, c.ev, "coordinates:administer-verb", 0.75 if k == 0 else 0.6)
                for k, m in enumerate(run) if m.iri != c.target]
    # "yhteistyössä aluekoordinaattorin kanssa (THL)": a role word before "kanssa" names a partner worked with,
    # not who runs the undertaking
    cues = [p for p in lemmas_at(c.sent, c.morph, COORD_CUES)
            if not re.match(r"\w*\s+kanssa\b", c.sent.text[p - c.sent.start:], re.IGNORECASE)] + run_by + leads
    if not cues:
        return []
    roles = c.roles  # "päätoteuttajana X ja osatoteuttajana Y": Y has a role of its own
    coords = _closest(c.sent, [m for m in c.free_orgs if m.type != "Body" and (
        m.case in {"nimento", None} or (m.case == "omanto" and _cue_follows(c.sent, m, c.morph, COORD_CUES)))
        and not _other_clause(c, m, cues) and roles.get(id(m), "coordinates") == "coordinates"], cues)
    # "A:n johtama ja B:n hallinnoima hanke": each genitive that owns its own word of running runs it
    owners = [m for m in coords if m.case == "omanto"]
    # "Hanketta hallinnoivat yhdessä A ja B": a plural verb of running takes the whole run of subjects
    plural = re.search(r"\b(?:hallinnoivat|koordinoivat|johtavat|hallinnoivat\s+yhdessä)\b", c.sent.text, re.IGNORECASE)
    if plural is not None:
        after = sorted((m for m in coords if m.case in {"nimento", None} and m.start - c.sent.start > plural.end()),
                       key=lambda m: m.start)
        run = after[:1]
        for m in after[1:]:
            if not JOINER.fullmatch(c.sent.text[run[-1].end - c.sent.start:m.start - c.sent.start]):
                break
            run.append(m)
        if len(run) > 1:
            owners = run
    target = _relative_fund(c, cues)
    if target is None and _relative_of_other(c, cues):
        return []  # "... stöd från X, som i Finland förvaltas av Y": Y runs X, which is not the project
    target = target or c.target
    if target and _runs_the_whole(c, coords, target):
        return []  # "Hanke on osa THL:n koordinoimaa ryhmähanketta": THL runs the whole, named or not
    if target in c.ctx.funds and any(u.iri == target and _funding_agent(c, u) for u in c.sent_undertakings):
        # "Hanke on ESR:n rahoittama hanke, jota hallinnoi X": X runs the project the sentence is about
        target = next((p for p in (c.ctx.main_project, c.ctx.doc_project) if p and p not in c.ctx.funds), None)
        if target is None:
            return []
    inverted = _funder_after_verb(c, _FINITE_RUNNING)
    if inverted is not None and any(m is inverted for m in coords):
        # "Hanketta rahoittaa STEA ja hallinnoi X": the subject after the verb runs it, not the nearer funder
        coords = [inverted] + [m for m in coords if m is not inverted]
    chosen = owners if len(owners) > 1 else coords[:1]
    if len(chosen) == 1 and chosen[0].case == "omanto":
        # "jatkaa X:n hallinnoiman Y-hankkeen työtä": X runs the undertaking its participle qualifies, not the one
        # the sentence is about (an earlier project's runner is no runner of this one)
        target = _agent_object(c, chosen[0]) or target
    if any(_bare_project_after(c, p) for p in cues) and target is not None and not any(
            u.iri == target and u.type == "Project" for u in c.sent_undertakings):
        # "X:n johtaman hankkeen kokonaisbudjetista LIFE-rahasto rahoittaa puolet": the participle's head is a bare
        # project word, the page's project; a programme or fund the sentence names is not what X runs
        target = next((p for p in (c.ctx.main_project, c.ctx.doc_project) if p and p not in c.ctx.funds), None)
        if target is None:
            return []
    # "kuten A:n hallinnoima X sekä B:n koordinoima Y": each genitive agent runs the undertaking its own participle
    # qualifies; the sentence's target only when its participle qualifies none ("A:n johtama ja B:n hallinnoima")
    objects = {id(m): (_agent_object(c, m) if len(chosen) > 1 else None) or target for m in chosen}
    return [Fact(m.iri, "coordinates", objects[id(m)], c.ev, "coordinates:administer-verb", 0.75)
            for m in chosen if m.iri != objects[id(m)]]


def _agent_object(c: Clause, agent: Mention) -> str | None:
    """The named undertaking right after the participle a genitive agent stands before ("X:n hallinnoiman
    Y-hankkeen"), or None."""
    after = [t for t in c.sent.tokens if t.is_word and t.start >= agent.end][:1]
    if not after or not after[0].text.lower().endswith(_AGENT_ENDINGS):
        return None
    end = after[0].end
    u = next((u for u in c.sent_undertakings if u.iri and not u.generic and 0 <= u.start - end <= 2), None)
    if u is not None and _ADJECTIVE_COMPOUND.search(u.surface):
        # "X:n hallinnoima ESR-rahoitteinen Y-hanke": the programme opens an adjective of the project, the project
        # after it is the participle's object
        end = u.end
        u = next((u for u in c.sent_undertakings if u.iri and not u.generic and 0 <= u.start - end <= 2), None)
    return u.iri if u is not None else None


_BARE_UNDERTAKING = re.compile(r"\s+(?:hanke|hankkeen|hanketta|hankkeessa|hankkeelle|projekti|projektin|projektia|"
                               r"projektissa|projektille)\b", re.IGNORECASE)


def _bare_project_after(c: Clause, at: int) -> bool:
    """The cue word at `at` is an agent participle of a bare project word ("johtaman hankkeen"), no name after."""
    tok = next((t for t in c.sent.tokens if t.start == at), None)
    return tok is not None and tok.text.lower().endswith(_AGENT_ENDINGS) \
        and _BARE_UNDERTAKING.match(c.sent.text, tok.end - c.sent.start) is not None


# an adjective compound a name opens ("ESR-rahoitteinen", "EAKR-rahoitteisen", "STEA-avusteinen")
_ADJECTIVE_COMPOUND = re.compile(r"-[a-zåäö]+(?:inen|isen|iset|isten|ista|isessa|iseen|isena)$")


_AGENT_ENDINGS = ("ma", "mä", "man", "män", "maa", "mää", "massa", "mässä", "maan", "mään", "malle", "mälle")


_PART_OF_WORD = re.compile(r"\b(?:osa|osana|osaksi)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _runs_the_whole(c: Clause, coords: list[Mention], target: str) -> bool:
    """The runner is a genitive agent in the complement of "osa" ("Hanke on osa [valtakunnallista] X:n koordinoimaa
    Y:tä") and the target is not named after it: X runs the larger whole, not the part the sentence is about."""
    base, text = c.sent.start, c.sent.text
    for m in coords:
        if m.case != "omanto" or not _PART_OF_WORD.search(text, 0, m.start - base):
            continue
        if not any(u.iri == target and u.start > m.end for u in c.sent_undertakings):
            return True
    return False


_RELATIVE_WORD = re.compile(r"\b(?:som|joka|jota|jonka|mitä)\b", re.IGNORECASE)


def _relative_of_other(c: Clause, cues: list[int]) -> bool:
    """A relative word before every cue word whose antecedent is not the undertaking the sentence is about."""
    base, text = c.sent.start, c.sent.text
    own = [u for u in c.sent_undertakings if u.iri == c.target]
    for p in cues:
        rel = [r for r in _RELATIVE_WORD.finditer(text, 0, p - base) if not re.search(r"[.;]", text[r.end():p - base])]
        if not rel:
            return False
        before = text[:rel[-1].start()].rstrip(" ,")
        if any(u.end - base == len(before) for u in own) or re.search(
                r"\b(?:hanke|hankkeen|hanketta|projekti|projektin|projektet|projekt|ohjelma|programmet)$", before,
                re.IGNORECASE):
            return False  # "projektet Y, som förvaltas av X", "Hanke, jota hallinnoi X": the undertaking itself
    return True


_FUNDING_PARTICIPLE = re.compile(r"\s+(?:osittain\s+|osin\s+)?\w*rahoittam\w*", re.IGNORECASE)


def _funding_agent(c: Clause, u: Mention) -> bool:
    """"ESR:n rahoittama hanke, jota hallinnoi X": the fund's genitive is the agent of a funding participle whose
    head (the project) is what the sentence goes on about, not the fund."""
    return u.case == "omanto" and _FUNDING_PARTICIPLE.match(c.sent.text, u.end - c.sent.start) is not None


def _relative_fund(c: Clause, cues: list[int]) -> str | None:
    """"stöd från AMIF-fonden, som ... förvaltas av Inrikesministeriet", "ESR, jota hallinnoi X": a fund
    followed by a relative word before the cue word is what the relative clause's verb is about."""
    base, text = c.sent.start, c.sent.text
    for u in c.sent_undertakings:
        if not (u.iri and u.iri in c.ctx.funds) or _funding_agent(c, u):
            continue
        for p in cues:
            between = text[u.end - base:p - base]
            if p > u.end and _RELATIVE_WORD.search(between) and not re.search(r"[.;]", between):
                return u.iri
    return None


@rule("coordinates:agent-toimesta", "coordinates",
      "'Hanketta toteutetaan X:n toimesta', 'hanke toteutettiin Y Oy:n toimesta'", needs="free_orgs")
def _agent_toimesta(c: Clause) -> list[Fact]:
    """The genitive before "toimesta" ("by") is the agent of a passive "toteutetaan": it runs the undertaking."""
    toks = [t for t, _lem in c.word_lemmas]
    at = [t.start for t in toks if t.text.lower() == "toimesta"]
    target = c.target or c.ctx.focus
    if not at or not target or target in c.ctx.funds:
        return []
    agents = [m for m in c.free_orgs if m.type != "Body" and any(0 <= p - m.end <= 2 for p in at)]
    if any(lem in _SELECT_VERBS or lem.startswith(("valit", "myönne", "hyväksy")) for lem in c.lemmas):
        # "Avustusohjelmaan on valittu STEAn toimesta": an agent who selects or grants chose the project, it
        # does not run it
        return []
    return [Fact(m.iri, "coordinates", target, c.ev, "coordinates:agent-toimesta", 0.7)
            for m in _joined_agents(c, agents[:1]) if m.iri != target]


_GENITIVE_JOIN = re.compile(r"\s*(?:,|ja|sekä)\s*$")


def _joined_agents(c: Clause, agents: list[Mention]) -> list[Mention]:
    """"A:n ja B:n toimesta": the genitives joined to the agent right before "toimesta" are agents too (the
    undertaking is their joint one)."""
    if not agents:
        return agents
    base, text = c.sent.start, c.sent.text
    orgs = sorted((m for m in c.free_orgs if m.type != "Body" and m.case == "omanto" and m.end <= agents[0].start),
                  key=lambda m: m.start)
    out = list(agents)
    for m in reversed(orgs):
        if not _GENITIVE_JOIN.fullmatch(text[m.end - base:out[-1].start - base]):
            break
        out.append(m)
    return out


_SELECT_VERBS = {"valita", "valittu", "myöntää", "hyväksyä", "hyväksytty", "rahoittaa", "rahoitettu"}


def shared_head(c: Clause) -> set[int]:
    """Genitives coordinated with a nominative of their kind: "Kemin, Tornion ja Keminmaan kunnat" are three."""
    orgs = sorted(c.free_orgs, key=lambda m: m.start)
    out: set[int] = set()
    for k in range(len(orgs) - 1, 0, -1):
        a, b = orgs[k - 1], orgs[k]
        gap = c.sent.text[a.end - c.sent.start:b.start - c.sent.start]
        if a.case == "omanto" and a.type == b.type and re.fullmatch(r"\s*(?:,|ja|sekä|och)\s*", gap) \
                and (b.case in {"nimento", None} or id(b) in out):
            out.add(id(a))
    return out


ATTENDEE_NOUNS = ("osallistuja", "deltagare", "deltagarna")  # who sat in a meeting, not who joins a project


# Swedish "vara med (i)": "X är med i projektet Y", "Y, där X är med", "X var med och startade"; and the phrase
# fronted, the copula after it: "Med i projektet är A och B", "Med i arbetet har också X varit"
_SWEDISH_BE_IN = guarded(re.compile(r"\b(?:är|var|har\s+varit|blir)\s+med\b(?!\s+(?:att|på\s+att))|"
                                    r"^\s*med\s+i\s+\w+(?:\s+[\w-]+){0,5}?\s+(?:är|var|har|finns|fanns)\b",
                                    re.IGNORECASE))


def _tied_to_undertaking(c: Clause) -> bool:
    """The sentence names an undertaking or points to one with a bare "hanke", "ohjelma", "projektet"."""
    return bool(c.sent_undertakings) or project_anaphor(c.lemmas) or _programme_anaphor(c.lemmas)


def joins_cue(c: Clause) -> bool:
    """A joining cue, but not "mukaan" after a genitive: "esityksen mukaan" is "according to the proposal".

    The noun "Osallistujat" / "Deltagare" heads a meeting's attendance list; it ties the names after it to
    an undertaking only when the sentence names one or points to one ("hankkeen osallistujat").
    """
    if not c.has(JOIN_CUES):
        # one search over the sentence's lemmas instead of one a word: most sentences have no cue, and then
        # only "är med" in a sentence tied to an undertaking joins (asked in this order: the cheap test first)
        return _SWEDISH_BE_IN.search(c.sent.text) is not None and _tied_to_undertaking(c)
    toks = [t for t, _lem in c.word_lemmas]
    tied = _tied_to_undertaking(c)
    if tied and _SWEDISH_BE_IN.search(c.sent.text):  # "Kronoby kommun är med i projektet", "där ÅHS är med"
        return True
    for k, (t, lem) in enumerate(c.word_lemmas):
        if not _has([lem], JOIN_CUES):
            continue
        if lem.startswith(ATTENDEE_NOUNS) and not tied:
            continue
        if t.text.lower() == "mukaan" and k and any(a.case == "omanto" for a in c.morph.analyse(toks[k - 1].text)):
            continue
        if t.text.lower().startswith(("liittyen", "liittyv")):
            continue  # "X:ään liittyen", "liittyvä": what something is about, no act of joining
        if any(m.start <= t.start and t.end <= m.end and m.type in ORGS for m in c.named):
            continue  # a word of an organisation's name ("Kumppaniksi ry"): no act of joining
        return True
    return False


def _right_after_cue(sent: Sentence, m: Mention, cues: list[int]) -> bool:
    """"hallinnoi Savonia-ammattikorkeakoulu": the name stands right after the cue word (only space between)."""
    ends = {t.start: t.end for t in sent.tokens}
    return any(p in ends and not sent.text[ends[p] - sent.start:m.start - sent.start].strip() and ends[p] <= m.start
               for p in cues)


def _nearest_is(m: Mention, these: list[int], others: list[int]) -> bool:
    """Whether the nearest cue word to a name is one of `these` (and not one of `others`)."""
    if not these:
        return False
    dist = min(min(abs(m.start - p), abs(m.end - p)) for p in these)
    return not others or dist < min(min(abs(m.start - p), abs(m.end - p)) for p in others)


_SWEDISH_KIND_END = re.compile(r"(?:kommun|stad|samkommun|förbund|region|församling)$", re.IGNORECASE)


def unknown_genitive(m: Mention) -> bool:
    """"Socomin alueelta", "SOCCAn": a name Voikko does not know, inflected with -n where its base form has none."""
    last = m.surface.split()[-1] if m.surface.split() else ""
    base = m.label.split()[-1] if m.label.split() else ""
    # "Kronoby kommun" labelled "Kruunupyy": a Swedish kind word ends the name in the nominative, not a genitive
    if _SWEDISH_KIND_END.search(last):
        return False
    return last != base and re.search(r"(?::n|[aeiouyäöAEIOUYÄÖ]n)$", last) is not None and not base.endswith("n")


PARTNERS = {"Municipality", "JointAuthority", "WellbeingCounty", "Company", "Association", "Parish",
            "CompetenceCentre", "Agency"}  # universities and state agencies are partners too


def institution_body(m: Mention) -> bool:
    """A public institution named by its place and head ("Helsingin kaupungin tietokeskus", "Jakobstads museum",
    extract/institutions.py): a Body that works in projects as a partner does, unlike a decision-making body, whose
    joining is its organisation's ("Kaupunginhallitus päätti osallistua": the town joins)."""
    return m.type == "Body" and m.rule == "institution"
# role nouns of projects and the predicate their holders state
ROLE_NOUNS: list[tuple[str, str]] = [
    # a co-applicant of a joint application ("Osahakija: X", "kanssahakijana Y") joins the project the applicant
    # runs; these come before "hakija", which they end in
    ("osahakija", "participatesIn"), ("kanssahakija", "participatesIn"),
    ("hakija", "coordinates"), ("hallinnoija", "coordinates"), ("päätoteuttaja", "coordinates"),
    ("vastuutaho", "coordinates"), ("vastuuorganisaatio", "coordinates"),
    # the organisation a project is housed in and run from: "Hankkeen isäntäorganisaationa toimii X", "Hankkeen
    # taustaorganisaatio on X", "toteuttajaorganisaatio"; the lead partner of a partnership ("pääpartneri", an EU
    # project's "Lead Partner") runs it, and comes before "partneri", which it ends in
    ("isäntäorganisaatio", "coordinates"), ("taustaorganisaatio", "coordinates"),
    ("toteuttajaorganisaatio", "coordinates"), ("pääpartneri", "coordinates"),
    # the host municipality of a joint arrangement runs it for the others: "joista Siilinjärven kunta on
    # isäntäkunta", "Palvelukeskuksen isäntäkuntana toimii Tuusulan kunta" (kuntalaki 8 luku, the host-municipality
    # model); a host town ("isäntäkaupunki") likewise
    ("isäntäkunta", "coordinates"), ("isäntäkaupunki", "coordinates"),
    ("osatoteuttaja", "participatesIn"), ("yhteistyökumppani", "participatesIn"), ("kumppani", "participatesIn"),
    ("partneri", "participatesIn"),  # "X on partnerina hankkeessa", "hankkeen partneri": the loanword for kumppani
    ("rahoittaja", "funds"),
    # a town in that role: "Hankkeen kuntarahoittajakuntina ovat A ja B"
    ("rahoittajakunta", "funds"),
    # Swedish, read as roles only beside a copula or "som": "X är projektägare", "som samarbetspart fungerar Y"
    ("projektägare", "coordinates"), ("huvudman", "coordinates"), ("huvudsökande", "coordinates"),
    ("samarbetspart", "participatesIn"),
    ("samarbetspartner", "participatesIn"), ("delgenomförare", "participatesIn"), ("finansiär", "funds"),
]
_ROLE_ENDINGS = tuple(noun for noun, _p in ROLE_NOUNS)  # one C-level test a word; most words end in no role noun
_SWEDISH_ROLES = {"projektägare", "huvudman", "huvudsökande", "samarbetspart", "samarbetspartner", "delgenomförare",
                  "finansiär"}


# a dash inside a line, not a bullet; a partitive relative clause ("A, B ja C, joista B on isäntäkunta") gives its
# role to one of the names listed before it, so it opens a clause of its own
_ROLE_BREAK = re.compile(r";|(?<=\S)[ \t]+[–—-][ \t]|,(?=[ \t]+(?:joista|joiden joukosta|varav)\b)")


def role_nouns(c: Clause) -> dict[int, str]:
    """Which role noun of the sentence each organisation fills: id(mention) -> predicate.

    "Hankkeen hakijana toimii X ja osatoteuttajina Y sekä Z": a role noun governs the
    organisations after it up to the next role noun; when none follow ("X toimii hankkeen
    hakijana"), the ones before it since the previous role noun.
    """
    endings = _ROLE_ENDINGS
    if not any(lem.endswith(endings) for _t, lem in c.word_lemmas):
        return {}  # most sentences hold no role noun: no marks, so nothing below would be chosen
    marks = []
    complements: set[int] = set()  # role nouns after "är"/"som": their holder stands before them
    toks = c.sent.tokens
    lemma_at = {id(t): lem for t, lem in c.word_lemmas}
    for k, t in enumerate(toks):
        if not t.is_word:
            continue
        lem = lemma_at[id(t)]
        if not lem.endswith(endings):
            continue
        pred = next(p for noun, p in ROLE_NOUNS if lem.endswith(noun))
        # a role as the text assigns it: "hakijana", "kumppaneita ovat", "Rahoittaja:" -- not "hakijan oikeudet"
        nxt = toks[k + 1].text.lower() if k + 1 < len(toks) else ""
        prv = toks[k - 1].text.lower() if k else ""
        if prv == "lead" and lem.endswith("partneri"):
            pred = "coordinates"  # "toimii hankkeen lead partnerina": the English lead partner runs the project
        if pred and any(lem.endswith(w) for w in _SWEDISH_ROLES):
            if prv in {"är", "var", "som"} or nxt in {":", "är", "var"}:
                marks.append((t.start, pred))
                # "Socialstyrelsen är projektägare och arbetar tillsammans med SKR": the copula's subject holds it
                if prv in {"är", "var", "som"} and nxt not in {":", "är", "var"}:
                    complements.add(t.start)
        elif pred and (any(a.case == "olento" for a in c.morph.analyse(t.text))
                       or nxt in {":", "on", "ovat", "oli", "olivat", "toimii", "toimivat"}
                       # "(hallinnoija Keski-Suomen liitto)": a bracket that opens with a role gives its names that role
                       or prv == "("
                       # "Hämeen Kylät ry on päähakija.": the role noun as the copula's complement
                       or (prv in {"on", "ovat", "oli", "olivat"} and _nominative(t.text, c.morph))):
            marks.append((t.start, pred))
    out: dict[int, str] = {}
    # "rahoittajina toimivat A ja B; hanketta hallinnoi C": a semicolon or spaced dash ends the role's clause
    breaks = [c.sent.start + b.start() for b in _ROLE_BREAK.finditer(c.sent.text)] if marks else []
    withs = [c.sent.start + b.start() for b in WITH_PARTNER.finditer(c.sent.text)] if marks else []
    # "A toimii hankkeen päätoteuttajana ja B osatoteuttajana": when no name follows the last role noun, each
    # name stands before its role, so every role takes the names before it (not the next role's holder)
    before_each = len(marks) >= 2 and not any(m.start > marks[-1][0] for m in c.free_orgs)
    for k, (pos, pred) in enumerate(marks):
        nxt = min([marks[k + 1][0] if k + 1 < len(marks) else c.sent.end, *(b for b in breaks if b > pos),
                   *(w for w in withs if w > pos)])
        prev = max([marks[k - 1][0] if k else c.sent.start, *(b for b in breaks if b < pos)])
        after = [] if before_each else [m for m in c.free_orgs if pos < m.start < nxt and id(m) not in out]
        before = [m for m in c.free_orgs if prev <= m.start < pos and id(m) not in out]
        chosen = (before or after) if pos in complements else (after or before)
        out.update({id(m): pred for m in chosen})
    return out


def _nominative(word: str, morph: Morphology) -> bool:
    return any(a.case == "nimento" for a in morph.analyse(word))


def _role_target(c: Clause, roles: dict[int, str]) -> str | None:
    """What a role noun is a role in: the sentence's undertaking, else (a role noun being one of a project's:
    "Karleby stad är projektägare") the project the text is about. Counted projects and no undertaking named
    ("hyväksyi 12 hanketta, joista seitsemän päätoteuttaja on X") are projects at large: no target."""
    if not any(u.iri not in c.ctx.funds for u in c.und) and counted_project_words(c.sent, c.word_lemmas):
        return None
    if c.target:
        return c.own_target
    return (c.ctx.main_project or c.ctx.doc_project) if roles else None


@rule("coordinates:role-noun", "coordinates", "'hakijana toimii X', 'X toimii hankkeen vastuutahona'",
      needs="free_orgs")
def _coordinates_role(c: Clause) -> list[Fact]:
    roles = c.roles
    target = _role_target(c, roles)
    if not target:
        return []
    return [Fact(m.iri, "coordinates", target, c.ev, "coordinates:role-noun", 0.7) for m in c.free_orgs
            if roles.get(id(m)) == "coordinates" and m.type != "Body" and m.iri != target][:1]


@rule("funds:role-noun", "funds", "'X toimii hankkeen rahoittajana', 'Hankkeen rahoittajana on X'",
      needs="free_orgs")
def _funds_role(c: Clause) -> list[Fact]:
    """The funder's role noun in the essive (or before a copula): every organisation it governs funds the target."""
    roles = c.roles
    target = _role_target(c, roles)
    if not target:
        return []
    return [Fact(m.iri, "funds", target, c.ev, "funds:role-noun", 0.7) for m in c.free_orgs
            if roles.get(id(m)) == "funds" and m.type in FUNDERS and m.iri != target]


# thanks: "vill rikta ett stort tack till ... alla deltagare, A, B och ESF", "kiitämme osallistujia, A:ta ja B:tä":
# a fund in the list is one of the thanked, not the undertaking the others joined
_THANKS = ("kiittä", "kiitos", "tack")
# verbs of asking or urging others: "pyytää kuntia sitoutumaan", "kehottaa osallistumaan"
_REQUEST_VERBS = {"pyytää", "kehottaa", "kannustaa", "haastaa", "suositella", "suosittaa",
                  # the perfect lemmatises to its participle: "X ry on pyytänyt kuntaa lähtemään mukaan"
                  "pyytänyt", "kehottanut", "kannustanut", "haastanut", "suositellut", "suosittanut"}
# verbs of proposing to someone: "X esittää Y:lle, että Z osallistuu", "ehdottaa, että"
_PROPOSING_VERBS = {"esittää", "ehdottaa"}


def _proposed_that(c: Clause) -> bool:
    return proposed_that(c.word_lemmas, c.morph)


def proposed_that(words: list[tuple[Token, str]], morph: Morphology) -> bool:
    """A finite proposing verb, then "että", then the joining word: the sentence proposes that others join; whether
    they do is decided elsewhere (also asked by extract/document_roles.py)."""
    k = next((i for i, (t, lem) in enumerate(words) if lem in _PROPOSING_VERBS
              and any(r.mood in FINITE_MOODS for r in morph.analyse(t.text))), None)
    if k is None or (k > 0 and words[k - 1][1] == "päättää"):
        return False  # "lautakunta päättää esittää kunnanhallitukselle, että ...": a decision, minutes' normal path
    that = next((i for i in range(k + 1, len(words)) if words[i][0].text.lower() == "että"), None)
    return that is not None and any(_has([lem], JOIN_CUES) for _t, lem in words[that + 1:])


# "ettei osallistu", "ellei osallistu": the negation verb glued to a conjunction denies as well
_NEGATIONS = {"ei", "eivät", "en", "emme", "ette", "et", "ettei", "etteivät", "ellei", "elleivät", "jollei",
              "jolleivät"}


def _joins_nothing(c: Clause) -> bool:
    """Every verb of taking part is denied ("ei osallistu", "päätti olla osallistumatta") or takes an event in the
    illative ("osallistui seminaariin"): no one joins the undertaking in focus."""
    return joins_nothing(c.word_lemmas, c.morph, c.sent_undertakings)


def joins_nothing(words: list[tuple[Token, str]], morph: Morphology, undertakings: Sequence[Mention]) -> bool:
    """_joins_nothing for a sentence's words and lemmas, also asked by extract/document_roles.py."""
    verbs = [k for k, (t, _lem) in enumerate(words) if t.text.lower().startswith("osallistu")]
    if not verbs or any(_has([lem], JOIN_CUES) and not t.text.lower().startswith("osallistu")
                        for t, lem in words):
        return False  # another cue ("mukana", "osatoteuttajana") says who joins
    for k in verbs:
        text = words[k][0].text.lower()
        denied = text.startswith("osallistumatta") or (k and words[k - 1][0].text.lower() in _NEGATIONS)
        after = [t for t, _lem in words[k + 1:k + 4]]
        event = any(any(a.case == "sisatulento" and a.base.lower().endswith(EVENT_NOUNS)
                        for a in morph.analyse(t.text))
                    and not any(u.start <= t.start < u.end for u in undertakings) for t in after)
        joined = any(any(a.case == "sisatulento" and a.base.lower().endswith(UNDERTAKING_WORDS)
                         for a in morph.analyse(t.text)) for t, _lem in words[k + 1:k + 8])
        if not denied and (joined or not event):
            return False  # "osallistuu aloitusseminaariin ja hankkeeseen": the project is joined too
    return True


_LEAD_IN = re.compile(r"[\wåäöÅÄÖ-]*(?:[^\S\n]+[\wåäöÅÄÖ-]+){0,3}[^\S\n]*:")


LABEL_WORDS = 4  # words between a joining word and its colon in a field label ("Yhteistyökumppanit kaupungin sisällä:")


def cue_label_end(sent: Sentence, cue_at: list[int]) -> int:
    """Where a partners' field label ends ("Yhteistyökumppanit kaupungin ulkopuolella: A, B"), else 0: the first
    joining word written with a capital, as a label's first word is, with its colon at most LABEL_WORDS words after
    it (also asked by extract/document_roles.py). "X on mukana hankkeessa seuraavasti:" is a clause, no label."""
    for p in sorted(cue_at):
        a = p - sent.start
        if sent.text[a:a + 1].isupper():
            k = sent.text.find(":", a)
            return sent.start + k + 1 if k >= 0 and len(sent.text[a:k].split()) <= LABEL_WORDS + 1 else 0
    return 0


def _later_field(sent: Sentence, m: Mention, cue_at: list[int]) -> bool:
    """Whether a label's colon stands between the nearest joining word before the name and the name, past the
    colon of the joining word's own label ("kumppanit:", "mukana ovat sen lisäksi:")."""
    before = [p for p in cue_at if p < m.start]
    if not before:
        return False
    a, b = max(before) - sent.start, m.start - sent.start
    lead = _LEAD_IN.match(sent.text, a, b)
    return ":" in sent.text[lead.end() if lead else a:b]


@rule("participatesIn:commit-verb", "participatesIn", "'Ranuan kunta antaa kuntasitoumuksen', 'kunta osallistuu'",
      cues=JOIN_CUES, text_cues=text_needs(_SWEDISH_BE_IN))
def _participates(c: Clause) -> list[Fact]:
    if not joins_cue(c) or _joins_nothing(c) or _plural_partitive_projects_only(c, _JOINED_PLACES):
        return []  # "osallistuu myös muihin hankkeisiin", "on mukana monissa hankkeissa": projects at large
    if not any(u.iri not in c.ctx.funds for u in c.und) and counted_project_words(c.sent, c.word_lemmas):
        return []  # "on ollut osatoteuttajana neljässä hankkeessa": a count of projects, not the one in focus
    if unreal_joining(c.sent, lemmas_at(c.sent, c.morph, JOIN_CUES), c.morph):
        return []  # "ettei kunta osallistu", "voivat osallistua", "kumppaneitaan", "Tilaisuuteen osallistui"
    # "Yhteistyöhön lähtivät mukaan A ja B" after "... ESR:n toimintalinjan mukaisesti": one joins the
    # project the text is about, never the fund the last sentence named
    # (with no project named at all, the fund's call is what there is to join: "Haussa ovat mukana A ja B")
    focus = c.ctx.focus if c.ctx.focus not in c.ctx.funds else (c.ctx.main_project or c.ctx.doc_project
                                                                 or (None if c.ctx.municipality else c.ctx.focus))
    # (a town's minutes name a fund as the source of some money, never as a call the town joins: "Kunta on
    # sitoutunut toimintaryhmän rahoitukseen" after a paragraph on the rural fund joins no fund)
    if c.target is None and _caps_heading(c.sent.text):
        # "195 § LAVIAN KUNNAN PÄÄTÖS LIITTYÄ POSAAN": a title in capitals in a list of items says what is
        # joined on its own line; the project of an earlier item is not it
        return []
    obj = c.target or focus
    if obj in c.ctx.funds and any(lem.startswith(_THANKS) for lem in c.lemmas):
        obj = c.ctx.main_project or c.ctx.doc_project
    if obj and any(u.iri == obj and u.type == "Programme" and _MONEY_NAME.search(u.label) for u in c.sent_undertakings):
        # "Maakunnan kehittämisraha" is money a council grants, nothing anyone joins
        obj = next((p for p in (c.ctx.main_project, c.ctx.doc_project) if p and p != obj), None)
    if obj and obj in c.ctx.funds and _only_compound_modifier(c, obj):
        # "Kunta osallistuu ESR-hankkeeseen", "... hakemaan ESR-rahoitusta": the fund qualifies the project or the
        # money; what the town joins is the project the text is about, if it names one
        obj = next((p for p in (c.ctx.main_project, c.ctx.doc_project) if p and p not in c.ctx.funds), None)
    if obj and obj == c.target and _subject_after_join_verb(c, obj):
        # "Työhön osallistuvat A, B, C-hanke ja D": a nominative after "osallistua" is one more subject (what is
        # joined stands in the illative), so the undertaking the text is about is what they join
        obj = next((p for p in (c.ctx.main_project, c.ctx.doc_project) if p and p != c.target), None)
    roles = c.roles
    shared = shared_head(c)
    # "Hanketta hallinnoi A ja osatoteuttajana toimii B": the name nearest a word of running runs the project
    run_at = lemmas_at(c.sent, c.morph, COORD_CUES) if c.has(COORD_CUES) else []
    join_at = lemmas_at(c.sent, c.morph, JOIN_CUES) if run_at else []
    # (a working unit that says it joins is the partner itself: "X:n laitos osallistuu", extract/working_units.py)
    parts = [m for m in c.free_orgs if (m.type in PARTNERS or institution_body(m) or working_unit(m))
             and not in_parentheses(c.sent, m)
             and roles.get(id(m), "participatesIn") == "participatesIn"  # "hakijana X ja osatoteuttajina Y"
             and not _right_after_cue(c.sent, m, run_at) and not _nearest_is(m, run_at, join_at)
             and ((m.case in {"nimento", None} and not unknown_genitive(m)) or id(m) in shared
                  or (m.case == "omanto" and _commitment_follows(c.sent, m, c.morph)))]
    if parts and ":" in c.sent.text:
        # "Hankkeen sopimusyhteistyökumppanit: A, B Rahoittava viranomainen: C" (a run-on field row): C stands in
        # the next field, not in the partners' list
        cue_at = lemmas_at(c.sent, c.morph, JOIN_CUES)
        parts = [m for m in parts if not _later_field(c.sent, m, cue_at)]
        label_end = cue_label_end(c.sent, cue_at)
        # "... Muu rahoitus RAY Yhteistyökumppanit: A, B": a form run into one sentence, the names before the
        # partners' label stand in other fields (the budget's, the applicant's)
        parts = [m for m in parts if m.start >= label_end]
    bodies = [m for m in c.named if m.type == "Body" and m.case in {"nimento", None}]
    if not parts and bodies:  # "Kuopion kaupunginhallitus päätti osallistua": the body's organisation joins
        owner = next((x for x in c.named if x.type in {"Municipality", "WellbeingCounty", "JointAuthority"}
                      and bodies[0].start <= x.start and x.end <= bodies[0].end), None)
        parts_iris = [owner.iri] if owner else ([c.ctx.municipality] if c.ctx.municipality else [])
    elif not parts and c.ctx.municipality and any(lem == "kunta" for lem in c.lemmas):
        parts_iris = [c.ctx.municipality]
    else:
        parts_iris = [m.iri for m in parts]
    asks = [t.start for t, lem in c.word_lemmas if lem in _REQUEST_VERBS]
    if _proposed_that(c):
        return []  # "hallitus esittää kaupungille, että alueen kunnat osallistuvat": proposed, not joined
    if asks and parts:
        # "Satakuntaliitto pyytää kuntia käsittelemään sitoutumisensa", "X kehottaa kuntia osallistumaan": the
        # named one who asks others to join is not said to join itself
        parts_iris = [m.iri for m in parts if not any(m.end <= a for a in asks)]
    if len(c.lemmas) > RUN_ON_WORDS:
        # a transcript's run-on agenda or attendance line: only a name by the joining word joins, and only what
        # the line itself names beside it (never the focus of the page, reached across a page of items)
        cues = lemmas_at(c.sent, c.morph, JOIN_CUES)
        parts_iris = [m.iri for m in parts if _near(m, cues, 60)]
        if not any(u.iri == obj and _near(u, cues, 120) for u in c.sent_undertakings):
            return []
    gapped = _gapped_objects(c, parts, obj) if parts and obj == c.target else {}
    return [Fact(p, "participatesIn", gapped.get(p, obj), c.ev, "participatesIn:commit-verb", 0.7)
            for p in parts_iris if obj and p != gapped.get(p, obj)]


def _gapped_objects(c: Clause, parts: list[Mention], obj: str) -> dict[str, str]:
    """"A on mukana X-hankkeessa ja B Y-hankkeessa": the verb said once, a partner standing after the project
    joined and right before another project joins that other one (each partner the project after it)."""
    projects = sorted((u for u in c.sent_undertakings if u.type == "Project" and u.iri), key=lambda u: u.start)
    if len({u.iri for u in projects}) < 2:
        return {}
    first = next((u for u in projects if u.iri == obj), None)
    out: dict[str, str] = {}
    for m in parts:
        if first is None or m.start < first.end:
            continue
        after = next((u for u in projects if u.start >= m.end), None)
        if after is not None and after.iri != obj:
            out[m.iri] = after.iri
    return out


# a programme named as a kind of money: "Maakunnan kehittämisraha", "perustoimintarahoitus", "valtionavustus"
_MONEY_NAME = re.compile(r"(?:raha|rahoitus|avustus)$", re.IGNORECASE)
# a fund's short name opening a compound of project or money: "ESR-hankkeeseen", "EAKR-rahoitusta"
_FUND_COMPOUND = re.compile(r"-(?:hank|projekt|rahoitu|rahoitt|tuki|tue)", re.IGNORECASE)


def _only_compound_modifier(c: Clause, iri: str) -> bool:
    """Every mention of `iri` in the sentence opens a hyphenated compound ("ESR-hankkeeseen", "ESR-rahoitusta")."""
    own = [u for u in c.sent_undertakings if u.iri == iri]
    text, base = c.sent.text, c.sent.start
    return bool(own) and all(_FUND_COMPOUND.search(u.surface) or _FUND_COMPOUND.match(text, u.end - base)
                             for u in own)


# finite forms of "osallistua" (and its perfect participles after "ovat"): not "osallistuvat kunnat", an attribute
_FINITE_JOIN = re.compile(r"(?i)osallistu(?:u|vat|i|ivat|nut|neet)")


def _subject_after_join_verb(c: Clause, iri: str) -> bool:
    """Every mention of `iri` in the sentence is a nominative after a finite form of "osallistua".

    The verb takes what is joined in the illative ("hankkeeseen osallistuvat A ja B"); a name in the nominative
    after it is coordinated with the other subjects, so it joins rather than being joined.
    """
    verbs = [t.end for t, _lem in c.word_lemmas if _FINITE_JOIN.fullmatch(t.text)]
    own = [u for u in c.sent_undertakings if u.iri == iri]
    return bool(verbs and own) and all(u.case in {"nimento", None} and u.start > verbs[0] for u in own)


def _caps_heading(text: str) -> bool:
    """A line written in capitals (an item title of a list of items), numbers and signs aside."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 8 and all(ch.isupper() for ch in letters) and "\n" not in text.strip()


_RANGE_BEFORE = re.compile(r"\d[ \t\u00a0]*(?:€|e|eur\w*|euro\w*)?[ \t\u00a0]*[-–—][ \t\u00a0]*$", re.IGNORECASE)
_RANGE_AFTER = re.compile(r"[ \t\u00a0]*(?:€|eur\w*|euro\w*)?[ \t\u00a0]*[-–—][ \t\u00a0]*\d", re.IGNORECASE)


def _in_range(text: str, start: int, end: int) -> bool:
    """Whether the sum at text[start:end] is one end of a range ("5 000 € - 40 000 €", "4 500 – 36 000 euroa")."""
    return _RANGE_BEFORE.search(text, 0, max(0, start)) is not None or _RANGE_AFTER.match(text, end) is not None


# a genitive before the share word that names a collective owner: a plural ("kuntien", "jäsenkuntien", "osapuolten"),
# the public or private side of a budget, or the state and the EU
_COLLECTIVE_OWNER = re.compile(
    r"(?i)(?<![\w-])(?:\w*(?:ien|iden|itten|jen|tten)|julkisen|yksityisen|valtion|EU:n|Euroopan\s+unionin)"
    r"(?:\s+(?:rahoituksen|rahoitus))?\s+(?:\w+)?osuu")
# a later sum that restates the share per year or by another measure ("145 600 euroa eli 20 800 euroa vuodessa",
# "90 000 euroa, jolloin vuosittainen osuus olisi 18 000 euroa")
_RESTATED = re.compile(r"(?i)(?:\beli\b|\bjolloin\b|\bvuosittai\w*|\bvuodessa\b|\bvuotta\s+kohden\b|/\s*v(?:uosi)?\b)")


def _collective_share(text: str) -> bool:
    """Whether the sentence's share word belongs to a collective owner and no single party ("kuntien osuus")."""
    return _COLLECTIVE_OWNER.search(text) is not None


def _share_sums(text: str, offset: int, euros: list) -> list:
    """The sums of a share without those that only restate an earlier one per year ("eli 20 800 euroa vuodessa"):
    the share is the first sum and the rule reads the last sum it keeps."""
    kept = euros[:1]
    for prev, a in itertools.pairwise(euros):
        between = text[prev.end - offset:a.end - offset + 12]
        if not _RESTATED.search(between):
            kept.append(a)
    return kept


# other parties named after a sum, before the next one: a plural genitive ("ja kuntien (...) rahoitusta")
_OTHER_PARTIES = re.compile(r"\b(?:ja|sekä)\s+[a-zåäö]+(?:ien|iden|itten|jen|tten)\b")
_AND_BEFORE = re.compile(r"\b(?:ja|sekä|och)\s+$")
# a year introducing a sum ("vuonna 2023 7 086 €", "v. 2022 8 598 €", "2024: 5 000 €")
_YEAR_BEFORE = re.compile(r"(?i)(?:\bvuon(?:na|nalle)|\bvuodelle|\bv\.|\bår|\båret)?\s*(?:19|20)\d\d\b[^\d]{0,40}$")


def _own_sums(text: str, offset: int, euros: list, others: list[int]) -> list:
    """The owner's sums: those before another party joined on after a sum ("KAMK:n omarahoitus on 16 219 € ja
    kuntien (...) rahoitusta 30 348 €" -> 16 219; "... ja Y:n osuus M €"); `others`: where the genitives of
    organisations other than the owner start."""
    kept = euros[:1]
    for prev, a in itertools.pairwise(euros):
        lo, hi = prev.end - offset, a.start - offset
        if _OTHER_PARTIES.search(text, lo, hi) or any(
                lo <= o - offset < hi and _AND_BEFORE.search(text, lo, o - offset) for o in others):
            break
        kept.append(a)
    return kept


def _per_year(text: str, offset: int, euros: list) -> bool:
    """Whether two or more sums are each introduced by their own year: a share split by year, no sum the whole."""
    if len(euros) < 2:
        return False
    starts = [0] + [a.end - offset for a in euros[:-1]]
    return all(_YEAR_BEFORE.search(text[lo:a.start - offset]) for lo, a in zip(starts, euros, strict=True))


# a plural genitive of projects between a genitive and its share word: the share is the projects', the genitive only
# says whose the projects are ("X:n vastuulla olevien hankkeiden yhteenlaskettu rahoitusosuus")
_PROJECTS_SHARE_AFTER = re.compile(r"(?i)(?:[ \t]+[a-zåäö]+){0,3}?[ \t]+(?:hankkeiden|projektien)(?:[ \t]+[a-zåäö]+)?"
                                   r"[ \t]+\w*osuu")


_FUNDING_SHARE_AFTER = re.compile(r"[ \t]+(?:[\w-]*rahoitukse|[\w-]*avustukse|[\w-]*tue)n[ \t]+osuu(?:s|den|tena)\b",
                                  re.IGNORECASE)


@rule("contributes:share-amount", "contributes", "'Auran kunnan osuus on 357,00 euroa', 'varataan 10 000 euroa'",
      needs="euros",
      cues=SHARE_CUES)
def _contributes(c: Clause) -> list[Fact]:
    # "valtionosuus" is the state's money to a municipality, not a participant's own share
    if not (_has([lem for lem in c.lemmas if "valtionosuu" not in lem], SHARE_CUES) and c.euros):
        return []
    euros = c.euros
    # a ministry's or funding agency's share is its funding (funds:funder-share), not a participant's own money;
    # a university (an Agency too) has a share of its own work
    # ("X ry:n Y-hankkeelle kuntarahoitusosuutena N euroa": a genitive right before an undertaking's name owns the
    # undertaking, not the share)
    base = c.sent.start
    owners = [m for m in c.free_orgs if m.case == "omanto" and m.type in ORGS - {"Body"} and not is_paying_agency(m)
              and not any(u.start >= m.end and not c.sent.text[m.end - base:u.start - base].strip()
                          for u in c.sent_undertakings)
              # "X:n vastuulla olevien hankkeiden rahoitusosuus": the projects' share (money granted to them)
              and not _PROJECTS_SHARE_AFTER.match(c.sent.text, m.end - base)]
    if any(_FUNDING_SHARE_AFTER.match(c.sent.text, m.end - base) for m in c.free_orgs if m.case == "omanto"):
        # "josta X:n UKKE-rahoituksen osuus on N ja Y:n osuus M euroa": the shares of grants (funds:funder-share),
        # the sentence divides the funders' money, no participant's own
        return []
    if not owners and any(m.case == "omanto" and is_paying_agency(m) for m in c.free_orgs):
        return []
    if len(c.lemmas) > RUN_ON_WORDS:  # a transcript's run-on line: the owner and the sum stand by the share word
        cues = lemmas_at(c.sent, c.morph, SHARE_CUES)
        owners = [m for m in owners if _near(m, cues, 60)]
        euros = [a for a in euros if any(abs(a.start - p) <= 80 for p in cues)]
        if not owners or not euros:
            return []
    # "avustuksen osuus 4 500 – 36 000 euroa": the ends of a range are the limits of a rule, nobody's share
    euros = [a for a in euros if not _in_range(c.sent.text, a.start - c.sent.start, a.end - c.sent.start)]
    if not euros:
        return []
    # "kuntien rahoitusosuus on 632 500 euroa", "yksityisen osuus 35 % (650 000 euroa)": with no named owner, a share
    # whose owner is a plural or a public/private collective is the others' money, not the municipality's own
    if not owners and _collective_share(c.sent.text):
        return []
    euros = _share_sums(c.sent.text, c.sent.start, euros)
    if owners:  # "X:n omarahoitus on N € ja kuntien rahoitusta M €": the sums after another party's are not X's
        others = [m.start for m in c.free_orgs if m.case == "omanto" and m.iri != owners[0].iri]
        euros = _own_sums(c.sent.text, c.sent.start, euros, others)
    # "Kemin kaupunki sitoutuu maksamaan kuntaosuuden 3 500 euroa": with no owner in the genitive, the subject pays
    subjects = [m for m in c.free_orgs if m.case in {"nimento", None} and m.type in PARTNERS]
    paying = any(lem in {"maksaa", "sitoutua", "varata"} for lem in c.lemmas)  # the subject's own act of paying
    who = owners[0].iri if owners else (subjects[0].iri if len(subjects) == 1 and paying else c.ctx.municipality)
    obj = c.target or c.ctx.focus
    if not (who and obj and who != obj) or (obj in c.ctx.funds and obj != c.target):
        return []  # a share paid toward a fund the page named earlier is a share of something the text leaves unsaid
    # "vuonna 2022 kaupungin osuus on 8 598 € ja vuonna 2023 7 086 €": a share told year by year has no one sum
    amount = None if _per_year(c.sent.text, c.sent.start, euros) else euros[-1]
    return [Fact(who, "contributes", obj, c.ev, "contributes:share-amount", 0.75,
                 amount=amount.value if amount else None,
                 amount_qualifier="approximate" if amount and amount.approximate else None,
                 start_date=c.start, end_date=c.end)]


DECISION_VERBS = {"hyväksyä", "päättää", "allekirjoittaa", "godkänna", "besluta"}
APPROVING_VERBS = {"hyväksyä", "allekirjoittaa", "godkänna", "solmia", "underteckna"}
JOINING_VERBS = {"osallistua", "liittyä", "sitoutua"}
ENDORSING = ("puolta", "tillstyrk")  # "puolsi", "on puoltanut", "tillstyrkte"
# the cue of decides:approve-verb: a substring of every lemma its test of deciding or endorsing accepts (the
# DECISION_VERBS, the perfect's participles "päättänyt", "hyväksynyt", "godkänt", "beslutat", ENDORSING)
DECIDING_CUES = ("hyväksy", "päättä", "allekirjoittaa", "godkän", "beslut", *ENDORSING)


_LAST_DECIDER = "_relations_last_deciding_body"  # (the body, where its sentence ends) on the document's context
_PASSIVE_DECISION = re.compile(r"\b(?:hyväksyttiin|päätettiin|hyväksytään|päätetään)\b", re.IGNORECASE)


ANAPHOR_REACH = 60  # characters between a deciding body and its verb
OBJECT_REACH = 160  # characters between the verb and the project word (a long name's head the sentence did not read)


def _decided_anaphor(c: Clause, body: Mention) -> str | None:
    """"Arjen Aallot -hanke" heading a bulletin, then "Maakuntahallitus päätti rahoittaa hanketta" (or a report's
    "yhteistyöryhmä on hyväksynyt hankkeen"): a bare singular "hanke"/"projekti" after the deciding body, in a
    sentence naming no undertaking, is the project in focus (a heading's, the page's). Not a plural ("hankkeita":
    projects at large), not a fund or programme in focus, not a project word in a compound of another kind
    ("hankesuunnitelman": the body decides on the plan, read as the project's elsewhere)."""
    if c.und or not c.target or c.target in c.ctx.funds or "/project/" not in c.target:
        return None
    verb = next((t.start for t, lem in c.word_lemmas if t.start > body.end and (
        lem in DECISION_VERBS or lem.startswith(("päättän", "hyväksyn", *ENDORSING)))), None)
    if verb is None or verb - body.end > ANAPHOR_REACH:
        return None  # the body is the verb's subject, standing by it ("Hoitokunta katsoo ..., ministeriö hyväksyy")
    # the project word is the verb's object: right after it, not in the nominative ("hanke, jolle ... hyväksyy"
    # says what the project is before another matter is approved)
    words = [t for t, lem in c.word_lemmas if lem in {"hanke", "projekti"} and verb < t.start <= verb + OBJECT_REACH]
    return c.target if words and all(
        (an := c.morph.analyse(t.text)) and any(a.number == "singular" for a in an)
        and not any(a.case == "nimento" for a in an) for t in words) else None


@rule("decides:approve-verb", "decides", "'Kunnanhallitus hyväksyy liitteenä olevan yhteistyösopimuksen'",
      cues=DECIDING_CUES)
def _decides(c: Clause) -> list[Fact]:
    """A board that approves or signs an agreement or project in so many words decides on it."""
    # the perfect ("on päättänyt", "on hyväksynyt") lemmatises to its participle
    deciding = any(lem in DECISION_VERBS or lem.startswith(("godkän", "beslut", "päättän", "hyväksyn"))
                   for lem in c.lemmas)
    # "Maakuntahallitus puolsi X-hankkeen rahoittamista": a board's endorsement of a project's funding is its
    # decision on the project (the funding itself is another authority's), stated apart at a lower confidence
    # (not where another body proposes the endorsement: "lautakunta esittää, että maakuntahallitus puoltaisi")
    # (nor a passive, "X valmisteli hanketta, jolle puollettiin rahoitusta": the endorser is left unsaid)
    endorsing = not deciding and any(lem.startswith(ENDORSING) and not t.text.lower().startswith("puollet")
                                     for t, lem in c.word_lemmas) \
        and not any(lem in {"esittää", "ehdottaa", "föreslå"} for lem in c.lemmas)
    if not deciding and not endorsing:
        return []
    # "fullmäktiges beslut" is the body's decision named as a thing (a Swedish genitive), not the body deciding
    bodies = [m for m in c.named if m.type == "Body" and m.case in {"nimento", None} and not _swedish_genitive(m)]
    if not bodies and c.ctx.municipality:  # a municipality's minutes: "Lautakunta päättää" is the meeting's board
        bodies = [m for m in c.bare_bodies if m.case in {"nimento", None} and not _swedish_genitive(m)]
    last = getattr(c.ctx, _LAST_DECIDER, None)
    if bodies:
        setattr(c.ctx, _LAST_DECIDER, (bodies[0].iri, c.sent.end))
    elif last is not None and last[0] and _PASSIVE_DECISION.search(c.sent.text) and c.sent.start - last[1] <= 400:
        # "Valtuusto hyväksyi talousarvion. X-hankkeen hankesuunnitelma hyväksyttiin äänestyksen jälkeen.": a
        # passive decision right after is the decision of the board named deciding just before
        bodies = [Mention(start=c.sent.start - 1, end=c.sent.start - 1, surface="", label="", type="Body", iri=last[0])]
    if not bodies:
        return []
    bodies = deciding_subject(c.word_lemmas, bodies, DECISION_VERBS)
    if not bodies:
        return []
    # a bare noun counts only when it stands for the one thing of its kind the document names
    # "Kunnanhallitus päättää osallistua X-hankkeeseen": what the body decides to join, in the illative after the
    # verb of joining ("X-hankkeeseen liittyen", "liittyvä", says only what something is about)
    joins = [t.start for t, lem in c.word_lemmas if lem in JOINING_VERBS
             and not t.text.lower().startswith(("liittyen", "liittyv"))]
    # "päätti lähteä mukaan X-hankkeeseen", "päätti hakea rahoitusta X-hankkeeseen/X-hankkeelle": joining, applying
    words = c.word_lemmas
    joins += [t.start for k, (t, lem) in enumerate(words) if (lem == "lähteä" and k + 1 < len(words)
              and words[k + 1][0].text.lower() == "mukaan") or lem == "hakea"]
    # "Lautakunta päätti myöntää X -hankkeelle 5 000 euroa": the project a decided grant goes to, in the allative
    # after the verb of granting
    grants = [t.start for t, lem in c.word_lemmas if lem in {"myöntää", "hakea"}]
    objects = [m for m in c.sent_undertakings if m.type in {"Agreement", "Project"} and m.start > bodies[0].end
               and (m.case in {"osanto", "nimento", "omanto", None}
                    or (m.case == "sisatulento" and any(j < m.start for j in joins))
                    or (m.case == "ulkotulento" and any(g < m.start for g in grants)))
               and m.iri and not re.search(r"/[0-9a-f]{12}-", m.iri)]
    if len(c.lemmas) > RUN_ON_WORDS:  # a transcript's run-on agenda: the body and its object stand together
        objects = [m for m in objects if m.start - bodies[0].end <= 120]
    # "hyväksyi talousarvion, ja X-hanke jatkuu": a later clause's project is no object of the verb
    verb_end = deciding_verb_end(c.word_lemmas, bodies[0].end, DECISION_VERBS, (*DECIDING_STEMS, *ENDORSING))
    if verb_end is not None:
        objects = [m for m in objects if not in_later_clause(c.sent.text, c.sent.start, verb_end, m.start)]
    if objects and endorsing:
        return [Fact(bodies[0].iri, "decides", objects[0].iri, c.ev, "decides:endorse-verb", 0.55)]
    if objects:
        return [Fact(bodies[0].iri, "decides", objects[0].iri, c.ev, "decides:approve-verb", 0.7)]
    if (anaphor := _decided_anaphor(c, bodies[0])) is not None:
        return [Fact(bodies[0].iri, "decides", anaphor, c.ev, "decides:anaphor", 0.5)]
    if endorsing:
        return []
    # "Lautakunta hyväksyi yhteistyösopimuksen": an agreement named only by the compound of its kind is the one of
    # that kind the body approves (a bare "sopimuksen" says nothing of which: extract/item_decisions.py)
    kinds = [m for m in c.sent_undertakings if m.start > bodies[0].end and compound_agreement(m)
             and (len(c.lemmas) <= RUN_ON_WORDS or m.start - bodies[0].end <= 120)]
    approving = any(lem in APPROVING_VERBS or lem.startswith(("godkän", "hyväksyn")) for lem in c.lemmas)
    return [Fact(bodies[0].iri, "decides", kinds[0].iri, c.ev, "decides:approve-verb-compound", 0.45)] \
        if kinds and approving else []


@rule("coversArea:locative-area", "coversArea",
      "an area in a locative case next to a project; 'X:n, Y:n ... edustajien/toimijoiden kanssa'")
def _covers_area(c: Clause) -> list[Fact]:
    # "Pohjois-Pohjanmaalle kohdistuvia JTF:n hakemuksia": a fund is no undertaking of a place, the place
    # belongs to the applications
    if not c.target or c.target in c.ctx.funds:
        return []
    genitive_areas = len([x for x in c.named if x.type in {"Region", "CooperationArea"} and x.case == "omanto"])
    spots: list[int] | None = None
    if len(c.lemmas) > RUN_ON_WORDS:
        # a transcript's run-on agenda: only an area that stands by the undertaking's own name is its area
        spots = [p for u in c.und if u.iri == c.target for p in (u.start, u.end)]
    # "... A-hanke ja B-hanke Loimaan seutukunnassa": an area right after another project's name is that one's
    # (coversArea:project-then-area), not the sentence's target's
    others = {u.end for u in c.und if u.iri and u.iri != c.target and u.type == "Project"}
    return [Fact(c.target, "coversArea", m.iri, c.ev, "coversArea:locative-area", 0.6) for m in c.named
            if m.type in {"Region", "CooperationArea"} and id(m) not in c.inside
            and (spots is None or _near(m, spots, 40))
            and not (m.start - 1 in others and c.sent.text[m.start - 1 - c.sent.start] == " ")
            and not excepted(c.sent.text, m.start - c.sent.start, m.end - c.sent.start) and (
                m.case in LOCATIVE or (m.case == "omanto" and c.has(("edustaja", "toimija")) and genitive_areas >= 2))]


# what joins the members of one list of undertakings: a comma, "ja", "sekä", "och", "samt"
_UNDERTAKING_JOIN = re.compile(r"\s*,\s*|\s+(?:ja|sekä|och|samt)\s+|\s*,\s*(?:ja|sekä|och|samt)\s+")


def listed_with(c: Clause, one: Mention, *, forward: bool) -> list[Mention]:
    """`one` and the undertakings of its type listed with it, after it (`forward`) or before it, in text order.

    A cue of belonging said of a list ("A, B ja C ovat osa Y-ohjelmaa", "A och B genomförs inom programmet Y")
    says it of each member, while the rules find the member next to the cue (the last) or the clause's subject (the
    first); only a comma or a conjunction may stand between two neighbours, so "A:n kanssa B" is no list."""
    base, text = c.sent.start, c.sent.text
    ms = [u for u in c.free_und if u.type == one.type and u.iri and (u.start, u.end) != (one.start, one.end)]
    run = [one]
    for u in ms if forward else reversed(ms):
        left, right = (run[-1], u) if forward else (u, run[0])
        if left.end > right.start:
            continue
        if not _UNDERTAKING_JOIN.fullmatch(text, left.end - base, right.start - base):
            if (forward and u.start > run[-1].end) or (not forward and u.end < run[0].start):
                break
            continue
        if forward:
            run.append(u)
        else:
            run.insert(0, u)
    return run


@rule("partOf:osana", "partOf", "'X -hanke toteutetaan osana Y -ohjelmaa'", needs="und")
def _part_of_osana(c: Clause) -> list[Fact]:
    osana = next((t.start for t in c.sent.tokens if t.text.lower() == "osana"), None)
    if osana is None:
        return []
    # "X toteutetaan osana Y-ohjelmaa", and a sub-project "X-hanke toteutetaan osana Y-hanketta"
    progs = [m for m in c.und if m.type in {"Programme", "Project"} and m.start > osana and m.iri not in c.ctx.funds]
    subj = next((m for m in c.und if m.type != "Programme" and m.end <= osana), None)
    if progs and subj and subj.iri != progs[0].iri:
        # "A-hanke ja B-hanke toteutetaan osana Y-ohjelmaa": each project of the subject's list
        parts = [m for m in listed_with(c, subj, forward=True) if m.end <= osana]
        return [Fact(m.iri, "partOf", progs[0].iri, c.ev, "partOf:osana", 0.7)  # type: ignore[arg-type]
                for m in parts if m.iri != progs[0].iri]
    return []


_OSANA_REACH = 45  # characters from "osana" to the programme: an owner's genitive or two ("Euroopan unionin")
_OSANA_ANAPHOR = 6  # the word for the project among the clause's first words ("Osana X-ohjelmaa hanke ...")


@rule("partOf:osana-anaphor", "partOf",
      "'Hanke on käynnistetty osana X-ohjelmaa', 'Hanke on saanut rahoitusta osana X-ohjelmaa', 'Osana X-ohjelmaa "
      "hanke ...'", needs="und")
def _part_of_osana_anaphor(c: Clause) -> list[Fact]:
    """A clause that names no project but calls it "hanke" near its start, with a programme right after "osana":
    the project the text is about is partOf that programme, whatever the verb. The whole is the first undertaking
    after "osana" and must be a programme within a few words of it; "osana" an event ("osana Sote-päiviä") names
    no undertaking and says nothing."""
    osana = next((t.start for t in c.sent.tokens if t.text.lower() == "osana"), None)
    if osana is None or any(m.type != "Programme" and m.end <= osana for m in c.und):
        return []
    after = [m for m in c.und if m.start > osana and m.iri not in c.ctx.funds]
    # "osana" takes the whole in the partitive: a programme's genitive there owns the event that is the whole
    # ("osana maakuntaohjelman seminaaria")
    if not after or after[0].type != "Programme" or after[0].start - osana > _OSANA_REACH \
            or after[0].case not in {"osanto", None} or not project_anaphor(c.lemmas[:_OSANA_ANAPHOR]):
        return []
    part = next((p for p in (c.ctx.main_project, c.ctx.focus, c.ctx.doc_project) if p and p != after[0].iri), None)
    return [Fact(part, "partOf", after[0].iri, c.ev, "partOf:osana-anaphor", 0.6)] if part else []


# "projektet Remontti inom programmet Kaste", "X finansieras inom ramen för programmet Y": Swedish "inom" before a
# programme's name; the project stands before it in the same clause
_INOM = re.compile(r"\s+inom\s+(?:ramen\s+för\s+)?(?:(?:programmet|EU-programmet|delprogrammet)\s+)?$", re.IGNORECASE)
_INOM_GAP = 60  # characters from the project's name to "inom": a verb and an adverb or two


@rule("partOf:inom-programme", "partOf", "'projektet X inom programmet Y', 'X finansieras inom Y-programmet'",
      text_cues=("inom",))
def _inom_programme(c: Clause) -> list[Fact]:
    base, text = c.sent.start, c.sent.text
    if "inom" not in text.lower():
        return []
    ms = sorted((u for u in c.und if id(u) not in c.inside), key=lambda u: u.start)
    out: list[Fact] = []
    for whole in ms:
        if whole.type != "Programme" or whole.iri in c.ctx.funds:
            continue
        cue = _INOM.search(text, max(0, whole.start - base - 40), whole.start - base)
        if cue is None:
            continue
        parts = [u for u in ms if u.type == "Project" and u.end - base <= cue.start()
                 and cue.start() - (u.end - base) <= _INOM_GAP
                 and not re.search(r"[.;:!?]", text[u.end - base:cue.start()])]
        if parts and parts[-1].iri != whole.iri:
            # "projekten A och B genomförs inom programmet Y": each project of the list before "inom"
            out += [Fact(m.iri, "partOf", whole.iri, c.ev, "partOf:inom-programme", 0.7)  # type: ignore[arg-type]
                    for m in listed_with(c, parts[-1], forward=False) if m.iri != whole.iri]
    return out


# "X on osa Y-ohjelmaa", "X kuuluu Y-ohjelmaan", "X är en del av programmet Y", "X ingår i Y"
_IS_PART = re.compile(r"\b(?:(?:on|ovat|oli|olivat)\s+(?:myös\s+|yksi\s+)?osa|kuuluu|kuuluvat|kuului|"
                      r"(?:toteutetaan|toteutettiin|toimii|toimi)\s+osana|"
                      r"(?:är|var)\s+(?:också\s+)?(?:en\s+)?del\s+av|ingår\s+i|ingick\s+i)\s+"
                      r"(?:(?:programmet|projektet|hanketta|ohjelmaa|valtakunnallista|kansallista|laajempaa)\s+)?"
                      # "on osa Euroopan sosiaalirahaston rahoittamaa X-ohjelmaa": an owner and a participle between
                      r"(?:(?:[A-ZÅÄÖ][\w-]*\s+){0,3}[\w-]+(?::n|n)\s+[a-zåäö]+(?:maa|mää|ttua|ttyä)\s+)?$")


@rule("partOf:is-part-of", "partOf", "'X-hanke on osa Y-ohjelmaa', 'X kuuluu Y-ohjelmaan', 'X är en del av Y'",
      needs="und")
def _is_part_of(c: Clause) -> list[Fact]:
    """An undertaking said to be part of another one named right after the words is partOf it.

    The part is the nearest undertaking in the nominative before the words (a project, work package or
    agreement; a programme only of a programme); the whole is the first undertaking right after them.
    """
    base, text = c.sent.start, c.sent.text
    ms = c.free_und
    for whole in ms:
        cue = _IS_PART.search(text, 0, whole.start - base)
        if cue is None or whole.type not in {"Programme", "Project", "Agreement"}:
            continue
        parts = [u for u in ms if u.end - base <= cue.start() and u.case in {"nimento", None}
                 and not re.search(r"[.;:]", text[u.end - base:cue.start()])]
        if not parts and project_anaphor(c.lemmas[:3]):
            # "Hanke on osa Y-ohjelmaa", "Projektet ingår i programmet Y": the project the text is about
            part_iri: str | None = next((p for p in (c.ctx.main_project, c.ctx.focus, c.ctx.doc_project)
                                         if p and p != whole.iri), None)
        else:
            part_iri = parts[-1].iri if parts and (parts[-1].type != "Programme" or whole.type == "Programme") \
                else None
        if part_iri and part_iri != whole.iri:
            # "A, B ja C ovat osa Y-ohjelmaa": each undertaking listed with the one before the words
            listed = listed_with(c, parts[-1], forward=False) if parts and part_iri == parts[-1].iri else []
            iris = dict.fromkeys([*(m.iri for m in listed if m.case in {"nimento", None}), part_iri])
            return [Fact(i, "partOf", whole.iri, c.ev, "partOf:is-part-of", 0.7)  # type: ignore[arg-type]
                    for i in iris if i and i != whole.iri]
    return []


# an apposition right after the part, in brackets or between commas, that opens with the word for a part: "X-hanke
# (osa Y-ohjelmaa)", "X-hanke, osana Y-hanketta,", "(osahanke Y-hankkeessa)", "(del av programmet Y)", "(ingår i Y)";
# the whole follows within a few words
_APPOSED_PART = re.compile(r"\s*[(,]\s*(?:osa|osana|osahanke|osaprojekti|(?:en\s+)?del\s+av|delprojekt\s+(?:inom|i|av)|"
                           r"ingår\s+i)\s+(?:[^(),\s]+\s+){0,3}?$", re.IGNORECASE)
# or the whole in the genitive first, the word for a part after it and the apposition closed: "X (Y-hankkeen
# osahanke)", "X, Y-hankkeen osahanke, alkoi"
_APPOSITION_OPEN = re.compile(r"\s*[(,]\s*$")
_SUB_WORD_CLOSED = re.compile(r"\s+(?:osahanke|osaprojekti|alahanke|pilottihanke|osatoteutus)\s*[),]", re.IGNORECASE)


@rule("partOf:apposed-part", "partOf",
      "'X-hanke (osa Y-ohjelmaa)', 'X:ään (osa Y-hanketta)', 'X, Y-hankkeen osahanke,', 'X (del av Y)'", needs="und")
def _apposed_part(c: Clause) -> list[Fact]:
    """An apposition after an undertaking that calls it a part names the whole it belongs to: the apposition is said
    of the part, so the part may be in any case ("osallistuu X-hankkeeseen (osa Y-hanketta)"); the whole is the first
    undertaking in the apposition."""
    base, text = c.sent.start, c.sent.text
    if "(" not in text and "," not in text:
        return []
    out: list[Fact] = []
    for part, whole in itertools.pairwise(c.free_und):
        if whole.type not in {"Programme", "Project"} or (part.type == "Programme" and whole.type != "Programme") \
                or not part.iri or not whole.iri or part.iri == whole.iri:
            continue
        gap = text[part.end - base:whole.start - base]
        if ")" in gap:
            continue
        genitive_first = whole.case == "omanto" and _APPOSITION_OPEN.fullmatch(gap) is not None \
            and _SUB_WORD_CLOSED.match(text, whole.end - base) is not None
        # after "osa" the whole is in the partitive ("osa Y-hanketta"): a genitive there owns what "osa" is of ("osa
        # Y-hankkeen kumppaneista")
        if genitive_first or (whole.case != "omanto" and _APPOSED_PART.fullmatch(gap)):
            out.append(Fact(part.iri, "partOf", whole.iri, c.ev, "partOf:apposed-part", 0.7))
    return out


# "X-hanke on Y-hankkeen osahanke", "X är ett delprojekt inom Y": a word for a part of an undertaking
_SUB_WORD = guarded(re.compile(r"\b(?:osahanke|osahankkeena|osaprojekti|osaprojektina|alahanke|pilottihanke)\b",
                               re.IGNORECASE))
# the whole after "inom" with its article, modifiers and a definite noun: "inom den transnationella projekthelheten Y",
# "inom det nationella nätverket Y", "inom projektet Y"
_SWEDISH_SUB = re.compile(r"\b(?:är|var)\s+(?:ett\s+)?(?:delprojekt|underprojekt)\s+(?:inom|i|av|under)\s+"
                          r"(?:(?:den|det)\s+)?(?:[a-zåäö-]+a\s+){0,2}"
                          r"(?:[a-zåäö-]+(?:et|en)\s+)?$", re.IGNORECASE)


_SUB_LEAD = guarded(re.compile(r"(?:\b(?P<anaphor>[Hh]ankkeen|[Pp]rojektin)\s+)?(?P<word>osahankk(?:eena|eina))\s+"
                               r"(?:toimi(?:i|vat|vat\s+myös|i\s+myös)|ovat|olivat|on|oli)\s+"))
_PART_JOIN = re.compile(r"\s*(?:,|ja|sekä)\s*")


@rule("partOf:sub-project-of", "partOf", "'X-hanke on Y-hankkeen osahanke', 'X är ett delprojekt inom Y'",
      needs="und")
def _sub_project_of(c: Clause) -> list[Fact]:
    """A project said to be a sub-project of an undertaking named in the genitive before the word (Finnish) or
    after "inom"/"i" (Swedish) is partOf it; the part is the project in the nominative before the copula, else
    the project the text is about when the sentence opens with "Hanke"."""
    base, text = c.sent.start, c.sent.text
    ms = c.free_und
    for sub in _SUB_WORD.finditer(text):
        wholes = [u for u in ms if u.case == "omanto" and u.type in {"Project", "Programme"}
                  and text[u.end - base:sub.start()].strip() == ""]
        if not wholes:
            continue
        copula = re.search(r"\b(?:on|oli|toimii|toimi)\s+$", text[:wholes[-1].start - base])
        if copula is None and sub.group().lower().endswith("na"):
            # the essive says "as a sub-project of Y" with any verb: "X toteutetaan Y-hankkeen osahankkeena", "A
            # toteuttaa Y-hankkeen osahankkeena X-hanketta": the project before the whole, else the one after
            before = [u for u in ms if u.type == "Project" and u.end <= wholes[0].start and u.case in {"nimento", None}]
            after = [u for u in ms if u.type == "Project" and u.start - base >= sub.end()]
            part = (before or after[:1] or [None])[-1 if before else 0]
            if part is not None and part.iri != wholes[-1].iri:
                return [Fact(part.iri, "partOf", wholes[-1].iri, c.ev, "partOf:sub-project-of", 0.7)]
            continue
        if copula is None:
            continue
        parts = [u for u in ms if u.type == "Project" and u.end - base <= copula.start()
                 and u.case in {"nimento", None}]
        part = parts[-1].iri if parts else (c.ctx.main_project if project_anaphor(c.lemmas[:2]) else None)
        if part and part != wholes[-1].iri:
            return [Fact(part, "partOf", wholes[-1].iri, c.ev, "partOf:sub-project-of", 0.7)]
    # "Hankkeen osahankkeina toimivat X ja Y", "Y-hankkeen osahankkeena on X": the whole first, the parts after the verb
    for lead in _SUB_LEAD.finditer(text):
        wholes = [u for u in ms if u.case == "omanto" and u.type in {"Project", "Programme"}
                  and text[u.end - base:lead.start("word")].strip() == ""]
        whole = wholes[-1].iri if wholes else (c.ctx.doc_project if lead.group("anaphor") else None)
        after = [u for u in ms if u.type == "Project" and u.start - base >= lead.end()
                 and u.case in {"nimento", None} and u.iri != whole]
        run = after[:1]
        for u in after[1:]:
            if _PART_JOIN.fullmatch(text[run[-1].end - base:u.start - base]) is None:
                break
            run.append(u)
        if whole and run and after[0].start - base - lead.end() <= 2:
            return [Fact(u.iri, "partOf", whole, c.ev, "partOf:sub-project-of", 0.7) for u in run]
    for whole in ms:
        cue = _SWEDISH_SUB.search(text, 0, whole.start - base)
        if cue is None:
            continue
        parts = [u for u in ms if u.type == "Project" and u.end - base <= cue.start()]
        if parts and parts[-1].iri != whole.iri:
            return [Fact(parts[-1].iri, "partOf", whole.iri, c.ev, "partOf:sub-project-of", 0.7)]
    return []


# "X on Y:n Kaste-hanke", "X on STM:n rahoittama LAPE-ohjelman hanke": the predicate names the larger whole
_IS_A = re.compile(r"\b(?:on|oli|är|var)\s+$", re.IGNORECASE)
_KIND_SUFFIX = re.compile(r"[-\s](?:hanke|hankkeet|ohjelma|kärkihanke|projekt|programmet|program)$", re.IGNORECASE)


@rule("partOf:is-a-whole-project", "partOf", "'X-hanke on Sosiaali- ja terveysministeriön Kaste-hanke'", needs="und")
def _is_a_whole_project(c: Clause) -> list[Fact]:
    """A project said to *be* a named programme's project ("X on STM:n Kaste-hanke") is part of that whole.

    The whole is an undertaking in the nominative after "on" (at most an owner's genitive between) whose
    name is a kind compound ("Kaste-hanke"): the compound names the programme the project belongs to.
    The part is the nearest project in the nominative before "on".
    """
    base, text = c.sent.start, c.sent.text
    ms = c.free_und
    for whole in ms:
        if whole.case not in {"nimento", None} or not _KIND_SUFFIX.search(whole.surface):
            continue
        if any(m.type in ORGS and whole.start <= m.start and re.fullmatch(r"\s+(?:hanke|projekti|projekt)",
                                                                          text[m.end - base:whole.end - base])
               for m in c.named):
            continue  # "X-hanke on Kemin kaupungin hanke": the owner's project, named by its owner, is no larger whole
        head = text[:whole.start - base]
        owners = [m for m in c.named if m.case == "omanto" and m.end - base <= whole.start - base
                  and text[m.end - base:whole.start - base].strip() == ""]
        if owners:
            head = text[:owners[-1].start - base]
        cue = _IS_A.search(head)
        if cue is None:
            continue
        parts = [u for u in ms if u.type == "Project" and u.end - base <= cue.start() and u.case in {"nimento", None}
                 and not re.search(r"[.;:,]", text[u.end - base:cue.start()])]
        if parts and parts[-1].iri != whole.iri:
            return [Fact(parts[-1].iri, "partOf", whole.iri, c.ev, "partOf:is-a-whole-project", 0.6)]
    return []


MEMBER_PARENTS = {"WellbeingCounty", "JointAuthority", "Municipality", "Agency", "Ministry", "Association", "Company"}
_AS_PART = re.compile(r"\b(?:osana|som\s+(?:en\s+)?del\s+av)\s+$", re.IGNORECASE)


@rule("partOf:osana-organisation", "partOf",
      "'Verso jatkaa ... osana Päijät-Hämeen hyvinvointialuetta', 'X fortsätter som en del av Y'",
      needs="named")
def _part_of_osana_org(c: Clause) -> list[Fact]:
    """An organisation that goes on, works or is organised "as part of" another is that one's unit.

    The parent stands right after "osana" (in the partitive) or "som en del av"; the unit is the
    subject: the first organisation in the nominative before it, not inside another name.
    """
    out: list[Fact] = []
    for parent in c.named:
        if parent.type not in MEMBER_PARENTS or not parent.iri or id(parent) in c.inside:
            continue
        if _AS_PART.search(c.sent.text, 0, parent.start - c.sent.start) is None:
            continue
        if parent.case not in {"osanto", "nimento", None}:  # "osana X:ää", "som en del av X"
            continue
        unit = next((m for m in c.free_orgs if m.end <= parent.start and m.case in {"nimento", None}
                     and m.type in ORGS - {"Body", "Municipality"} and m.iri != parent.iri), None)
        if unit is not None and unit.iri:
            out.append(Fact(unit.iri, "partOf", parent.iri, c.ev, "partOf:osana-organisation", 0.65))
    return out[:1]


# words that link a project (before them) to the programme it belongs to (after them)
PART_LINKS = {"osa", "kuuluu", "kuuluvat", "förknippat", "förknippad", "förknippade", "del", "ramen", "från", "ingår",
              "ingick"}


@rule("partOf:project-in-programme", "partOf",
      "'Hanke on osa X-ohjelmaa', 'hanke kuuluu X-ohjelmaan', 'Projektet är förknippat med X-programmet'")
def _part_of_linked(c: Clause) -> list[Fact]:
    """A project, a linking word after it, then one programme (not a fund): the project is part of it."""
    progs = [u for u in c.und if u.type == "Programme" and u.iri not in c.ctx.funds]
    if len(progs) != 1:
        return []
    # a linking word inside a project's own name ("Mervärde från skogen") links nothing
    link = next((t.start for t in c.sent.tokens if t.text.lower() in PART_LINKS and t.end <= progs[0].start
                 and not any(u.start <= t.start < u.end for u in c.und)), None)
    if link is None:
        return []
    projects = [u for u in c.und if u.type == "Project" and u.end <= link]
    anaphor = any(t.end <= link and lem in {"hanke", "projekti", "projektet"} for t, lem in c.word_lemmas)
    subj = projects[0].iri if projects else (c.ctx.main_project or c.ctx.doc_project if anaphor else None)
    if not subj or subj == progs[0].iri:
        return []
    # "A och B, som ingår i programmet Y", "A ja B kuuluvat Y-ohjelmaan": the link is said of each listed project
    listed = [u.iri for u in listed_with(c, projects[0], forward=True) if u.end <= link] if projects else [subj]
    return [Fact(iri, "partOf", progs[0].iri, c.ev, "partOf:project-in-programme", 0.6)
            for iri in dict.fromkeys(listed) if iri and iri != progs[0].iri]


@rule("partOf:owner-programme", "partOf",
      "'Suomen kestävän kasvun ohjelman Tulevaisuuden ... -hanke', 'Y-ohjelman A-hanke ja B-hanke'")
def _part_of_owner(c: Clause) -> list[Fact]:
    """A programme's genitive right before an undertaking owns it, and each undertaking listed right after it (the
    genitive is written once for the list; a list member with a genitive of its own ends the list)."""
    out: list[Fact] = []
    for a, b in itertools.pairwise(c.und):
        if a.type == "Programme" and a.case == "omanto" and b.type != "Programme" and 0 <= b.start - a.end <= 1 \
                and a.iri != b.iri:
            out += [Fact(m.iri, "partOf", a.iri, c.ev, "partOf:owner-programme", 0.7)  # type: ignore[arg-type]
                    for m in listed_with(c, b, forward=True) if m.iri != a.iri]
    return out


def _owner_genitive(c: Clause, pred: str) -> list[Fact]:
    """A ministry's or agency's genitive right before an undertaking: its own project or programme."""
    facts = []
    for org in c.orgs:
        if org.type in {"Ministry", "Agency"} and org.case == "omanto":
            # right before the name, with nothing between: "A:n, B:n ja C:n välinen sopimus" lists parties
            nxt = next((u for u in c.und if 0 <= u.start - org.end <= 2
                        and not c.sent.text[org.end - c.sent.start:u.start - c.sent.start].strip()), None)
            # a university's project is its own research, run by it, not paid ("Itä-Suomen yliopiston X-hanke")
            pays = nxt is not None and nxt.type == "Project" and not _UNIVERSITY.search(org.label)
            if nxt is not None and ("funds" if pays else "coordinates") == pred:
                facts.append(Fact(org.iri, pred, nxt.iri, c.ev, f"{pred}:owner-genitive", 0.6))
    return facts


_UNIVERSITY = re.compile(r"(?i)yliopisto|korkeakoulu|universitet|högskola|university")


@rule("funds:owner-genitive", "funds", "'STM:n Lastensuojelun ... -hanke': a ministry's own project is funded by it")
def _funds_owner(c: Clause) -> list[Fact]:
    return _owner_genitive(c, "funds")


@rule("coordinates:owner-genitive", "coordinates", "'STM:n LAPE-muutosohjelma': a ministry runs its own programme")
def _coordinates_owner(c: Clause) -> list[Fact]:
    return _owner_genitive(c, "coordinates")


_OWNER_KIND = re.compile(r"(?i)(?:kunnan|kaupungin|hyvinvointialueen|kuntayhtymän)$")


@rule("coordinates:town-owner-genitive", "coordinates",
      "'Ranuan kunnan Arjen polut -hanke', 'Lapin hyvinvointialueen X -hankkeeseen': the owner runs its project")
def _town_owner(c: Clause) -> list[Fact]:
    """A town, wellbeing county or joint authority named with its kind in the genitive right before a project's
    name ("Ranuan kunnan", "Lapin hyvinvointialueen") owns that project: it runs it. The kind word marks the
    genitive as an owner, not a place the project covers ("Lapin X-hanke")."""
    facts = []
    for org in c.free_orgs:
        if org.type not in {"Municipality", "WellbeingCounty", "JointAuthority"} or org.case != "omanto" \
                or not _OWNER_KIND.search(org.surface):
            continue
        nxt = next((u for u in c.und if u.type == "Project" and 0 < u.start - org.end <= 2
                    and not c.sent.text[org.end - c.sent.start:u.start - c.sent.start].strip()
                    and u.iri not in c.ctx.funds), None)
        if nxt is not None and nxt.iri and nxt.iri != org.iri:
            facts.append(Fact(org.iri, "coordinates", nxt.iri, c.ev, "coordinates:town-owner-genitive", 0.6))
    return facts[:1]


def _subproject_owners(c: Clause) -> list[Mention]:
    """Genitives in the run before "osahanke": "JAMK:in ja KOSKE:n osahankkeet" names two owners."""
    toks = c.sent.tokens
    k = next((i for i, t in enumerate(toks) if t.is_word and "osahanke" in lemma(t.text, c.morph)), None)
    if k is None:
        return []
    owners: list[Mention] = []
    pos = toks[k].start
    for m in sorted(c.free_orgs, key=lambda m: -m.start):
        if m.end > pos:
            continue
        gap = c.sent.text[m.end - c.sent.start:pos - c.sent.start]
        words = [w for w in re.split(r"[\s,]+", gap) if w]
        # the gap holds only conjunctions and the other owners' names already passed
        if m.case == "omanto" and all(w.lower() in {"ja", "sekä", "och"} for w in words):
            owners.append(m)
            pos = m.start
        elif words:
            break
    return owners[::-1]


@rule("participatesIn:sub-project-owner", "participatesIn",
      "'hankkeeseen sisältyy X:n ja Y:n osahankkeet': the owners of sub-projects take part in the main project",
      needs="free_orgs")
def _subproject_owner(c: Clause) -> list[Fact]:
    target = c.target or c.ctx.main_project or c.ctx.doc_project
    if not target:
        return []
    return [Fact(m.iri, "participatesIn", target, c.ev, "participatesIn:sub-project-owner", 0.65)
            for m in _subproject_owners(c) if m.iri != target]


def heading_section(sent: Sentence, morph: Morphology) -> str | None:
    """What the lines under a heading list: parties ("Sopijaosapuolet") or shares ("Kuntien maksuosuudet")."""
    lemmas = [lemma(t.text, morph) for t in sent.tokens if t.is_word]
    if _has(lemmas, SHARE_CUES):
        return "share"
    if _has(lemmas, ("osapuol", "sopijapuol", "osallistuja", "osatoteuttaja", "kumppani", "parter")):
        return "join"
    return None


def _section_facts(sent: Sentence, orgs: list[Mention], euros: list, ctx: Context, ev: Evidence) -> list[Fact]:
    """Lists under a heading: every party joins; "Pori 12 000,00 €" is Pori's share."""
    target = ctx.main_project or ctx.focus
    if not ctx.section or not target:
        return []
    parties = [m for m in orgs if m.type in PARTIES and m.case in {"nimento", None} and m.iri != target]
    if ctx.section == "join":
        return [Fact(m.iri, "participatesIn", target, ev, "participatesIn:party-list", 0.7) for m in parties]
    if ctx.section == "share" and len(parties) == 1 and len(euros) == 1:
        return [Fact(parties[0].iri, "contributes", target, ev, "contributes:share-table", 0.7,
                     amount=euros[0].value)]
    return []


def cue_lemma(word: str, morph: Morphology) -> str:
    """The lemma a relation cue is read from: Voikko's first reading (`lemma`), except that an agent participle
    Voikko reads first as the MA-infinitive's instructive ("johtaman", "vetämän": "johtaa", "vetää") is the
    participle ("johtama", "vetämä"). The instructive is archaic ("pitää johtaman"); in today's text "X:n johtaman
    hankkeen" is "of the project led by X", the agent shape the cue words name."""
    first = lemma(word, morph)
    readings = morph.analyse(word)
    if readings and readings[0].mood == "MA-infinitive" and readings[0].case == "keinonto":
        agent = next((a.base for a in readings if a.mood == "agent"), None)
        if agent:
            return agent.lower()
    return first


def lemmas_at(sent: Sentence, morph: Morphology, cues: tuple[str, ...]) -> list[int]:
    """Character offsets of the tokens that carry a cue."""
    return [t.start for t in sent.tokens if t.is_word and _has([cue_lemma(t.text, morph)], cues)]


def _closest(sent: Sentence, cands: list[Mention], cue_positions: list[int]) -> list[Mention]:
    """Candidates ordered by distance to the nearest cue word: the verb's own subject is nearest."""
    if not cue_positions:
        return cands
    # a name before the cue is measured from its end: "Kuntaliitto ja Seinäjoen Ammattikorkeakoulu rahoittavat"
    return sorted(cands, key=lambda m: min(min(abs(m.start - p), abs(m.end - p)) for p in cue_positions))


def in_parentheses(sent: Sentence, m: Mention) -> bool:
    before = sent.text[: m.start - sent.start]
    return before.count("(") > before.count(")")


def _cue_follows(sent: Sentence, m: Mention, morph: Morphology, cues: tuple[str, ...]) -> bool:
    """A genitive that owns the cue word after it: "Ranuan kunnan osallistuminen", "Kosken koordinoima"."""
    after = [t for t in sent.tokens if t.start >= m.end and t.is_word][:2]
    return any(_has([cue_lemma(t.text, morph)], cues) for t in after)


def _commitment_follows(sent: Sentence, m: Mention, morph: Morphology) -> bool:
    """"Ranuan kunnan osallistuminen": the genitive owns the commitment; "X Oy:n toimitusjohtaja osallistuu": it
    owns a post, and the one who joins is the person holding it."""
    first = next((t for t in sent.tokens if t.start >= m.end and t.is_word), None)
    if first is not None and not first.text[:1].isupper() and is_post(first.text, morph):
        return False
    return _cue_follows(sent, m, morph, ("osallistu", "sitoumu", "sitoutu", "kuntasitoumu"))


def _shares_out_to_named(c: Clause) -> bool:
    """An active verb of sharing out ("jakoi", "jakaa", "on jakanut") with a word of the money it shares out
    ("apurahan", "kohdeavustuksen", "stipendin") and a named organisation or project in the allative: a grant, as
    "myönsi" makes one. The passive ("jaettiin") names no granter, "jakaa tietoa" shares no money, and "jakoi
    apurahoja tutkijoille" names no receiver."""
    # "on jakanut": a participle Voikko leaves as its own lemma
    verb = any(lem in {"jakaa", "jakanut", "jakaneet"} and not t.text.lower().startswith("jaet")
               for t, lem in c.word_lemmas)
    return verb and any(lem.endswith(_SHARED_MONEY) for lem in c.lemmas) and any(
        m.case == "ulkotulento" and m.type in (ORGS | UNDERTAKINGS) for m in c.named)


# the words of money a verb of sharing out gives, compounds too ("apuraha", "kohdeavustus", "stipendi"); not "tuki",
# which is as often support in kind ("jakaa vertaistukea omaishoitajille")
_SHARED_MONEY = ("apuraha", "avustus", "stipendi", "lahjoitus", "rahoitus")


def _grant_verb(lemmas: list[str]) -> bool:
    # "myöntänyt", "myöntäneet", "myöntämä": participles Voikko leaves as their own lemma
    return any(lem in {"myöntää", "rahoittaa", "avustaa", "rahoittama", "erillisrahoittama"}
               or lem.endswith("rahoittama") or lem.startswith((*SWEDISH_GRANTS, "myöntän", "myöntäm"))
               for lem in lemmas)


# Swedish grant verbs in every form Voikko leaves unanalysed: "beviljade", "beviljades", "finansieras"
SWEDISH_GRANTS = ("bevilja", "finansiera", "medfinansiera", "samfinansiera")
# "finansierat av X", "finansierad av X": a participle whose agent follows, as after an s-passive
_AGENT_FOLLOWS = re.compile(r"\s+av\b", re.IGNORECASE)


def _swedish_passive(c: Clause) -> int | None:
    """Offset of a Swedish s-passive grant verb ("beviljats", "beviljades", "finansieras") or a participle with
    its agent ("ett projekt finansierat av X", "medfinansierades av Y"), if any."""
    if not _swedish_grant_stem_in(c.sent.text):
        return None
    return next((t.start for t in c.sent.tokens if t.is_word and _swedish_passive_word(c, t)), None)


@lru_cache(maxsize=64)
def _swedish_grant_stem_in(text: str) -> bool:
    """Whether a Swedish grant verb's stem occurs in the sentence at all: a word's lower case starts with one only
    if the sentence's lower case holds it, and most sentences (all Finnish ones) have none, so the per-word tests
    of _swedish_passive and _swedish_active are skipped (several rules ask for the same sentence)."""
    lowered = text.lower()
    return any(stem in lowered for stem in SWEDISH_GRANTS)


def _swedish_passive_word(c: Clause, t: Token) -> bool:
    word = t.text.lower()
    return word.startswith(SWEDISH_GRANTS) and (
        word.endswith("s") or _AGENT_FOLLOWS.match(c.sent.text, t.end - c.sent.start) is not None)


RUN_ON_WORDS = 60  # longer "sentences" are transcripts of tables and lists, not prose


def _near(m: Mention, positions: list[int], limit: int) -> bool:
    return any(abs(m.start - p) <= limit or abs(m.end - p) <= limit for p in positions)


# between a Swedish granter and its active verb: an auxiliary, a board's decision ("nämnden beslöt att bevilja")
_SV_GRANTER_GAP = re.compile(r"\s*(?:(?:har|hade)\s+)?"
                             r"(?:(?:beslöt|beslutade|beslutat|beslutar|besluter)\s+(?:att\s+)?)?", re.IGNORECASE)
# the Swedish preposition of a grant's receiver: "beviljade 10 000 euro till X"
_TILL_BEFORE = re.compile(r"(?<![\w-])till\s+$", re.IGNORECASE)


def _till_takers(c: Clause, active_at: int) -> list[Mention]:
    """The organisations after an active Swedish grant verb that stand behind "till": the grant's receivers."""
    base, text = c.sent.start, c.sent.text
    return [m for m in c.free_orgs if m.start > active_at and _TILL_BEFORE.search(text, 0, m.start - base)]


def _swedish_active_granters(c: Clause, funders: list[Mention], active_at: int,
                             takers: list[Mention]) -> list[Mention]:
    """"G beviljade N euro till R": R, standing after the verb behind "till", receives and is no granter; with no
    granter left before the verb, the subject right before it grants, a town or a board too ("Vasa stad beviljade",
    "Socialnämnden har beviljat X": Swedish names the granter as the active verb's subject, whatever its kind)."""
    base, text = c.sent.start, c.sent.text
    funders = [m for m in funders if not any(m is t for t in takers)]
    if any(m.end <= active_at for m in funders):
        return funders
    verb_end = next(t.end for t in c.sent.tokens if t.start == active_at)
    direct = [m for m in c.free_orgs if m.start >= verb_end
              and re.fullmatch(r"\s*(?:(?:också|även)\s+)?", text[verb_end - base:m.start - base])]
    if not takers and not direct:
        return funders  # "nämnden beviljar understöd till organisationer som verkar i Esbo": no receiver named
    subject = [m for m in c.free_orgs if m.end <= active_at and m.type in FUNDERS | {"Body"}
               and m.case in {"nimento", None} and _SV_GRANTER_GAP.fullmatch(text[m.end - base:active_at - base])]
    return subject[-1:] or funders


def _swedish_active(c: Clause) -> int | None:
    """Offset of an active Swedish grant verb ("beviljat", "beviljade", "finansierar")."""
    if not _swedish_grant_stem_in(c.sent.text):
        return None
    return next((t.start for t in c.sent.tokens if t.is_word and t.text.lower().startswith(SWEDISH_GRANTS)
                 and not _swedish_passive_word(c, t)), None)


_PASSIVE_ENDINGS = ("taan", "tään", "ttiin", "tty", "ttu", "ttäneen", "ttaneen")


def _finnish_passive(c: Clause) -> bool:
    """A Finnish passive grant verb ("myönnetään", "myönnettiin", "rahoitetaan"): the granter goes unnamed."""
    return any(lem in {"myöntää", "rahoittaa", "avustaa"} and t.text.lower().endswith(_PASSIVE_ENDINGS)
               for t, lem in c.word_lemmas)


def _minister(c: Clause) -> Mention | None:
    """A person the text calls a minister ("Hallinto- ja kuntaministeri X", "minister X") as the subject."""
    toks = c.sent.tokens
    for m in c.named:
        if m.type != "Person" or m.case not in {"nimento", None}:
            continue
        prev = [t for t in toks if t.end <= m.start and t.is_word][-1:]
        if prev and prev[0].text.lower().endswith(("ministeri", "minister")):
            return m
    return None


_PASSIVE_AGENT = re.compile(r"\b(\w+(?:as|ades|ats|es))\s+av\s+$", re.IGNORECASE)


def _other_passive_agent(c: Clause, m: Mention) -> bool:
    """"... fonden som förvaltas av Inrikesministeriet": the agent of another passive verb, not the granter."""
    before = _PASSIVE_AGENT.search(c.sent.text[max(0, m.start - c.sent.start - 40):m.start - c.sent.start])
    return before is not None and not before.group(1).lower().startswith((*SWEDISH_GRANTS, "stöd", "understöd"))


def _swedish_genitive(m: Mention) -> bool:
    """"fullmäktiges", "styrelsens": a Swedish body name with the genitive -s its base form lacks."""
    surface, label = m.surface.lower(), m.label.lower()
    if not surface.endswith("s") or label.endswith("s") or surface.endswith("ss"):
        return False
    stem = surface[:-1]  # "styrelsen" of "styrelsens": the definite form before the genitive
    return stem == label or (stem.startswith(label) and len(stem) - len(label) <= 2)


def _passive_grant(lemmas: list[str]) -> bool:
    return any(lem in {"myöntää", "rahoittaa"} or lem.startswith(SWEDISH_GRANTS) for lem in lemmas)


# "the competence centres" as a class: "sosiaalialan osaamiskeskuksille", "Kompetenscentrumens grundverksamhet"
_CENTRE_CLASS = guarded(re.compile(
            r"\b(?:osaamiskesku(?:kset|sten|ksien|ksille|ksia)|kompetenscent(?:r(?:um|a)|er)(?:en|ens|s|na|nas)?)\b",
            re.IGNORECASE))
_CLASS_FUNDING = re.compile(r"\b(?:rahoit\w*|perusrahoitu\w*|myöntämä\w*|valtionavustu\w*|finansier\w*|"
                            r"statsunderstöd\w*|basfinansiering\w*)\b", re.IGNORECASE)


@rule("funds:centre-class-noun", "funds",
      "on a centre's own page: 'Kompetenscentrumens grundverksamhet finansieras av STM', 'STM:n osaamiskeskuksille "
      "myöntämä perusrahoitus'")
def _funds_centre_class(c: Clause) -> list[Fact]:
    """The ministry funding "the competence centres" funds the centre whose page this is.

    Only on the centre's own page (its name in the title or first lines); on any other page the
    class noun speaks of centres in general and names none of them.
    """
    ctx = c.ctx
    centres = [m for m in c.named if m.type == "CompetenceCentre" and not _CENTRE_CLASS.search(m.surface)]
    if not ctx.home_centre_read and c.sent.start < OPENING_CHARS and centres:
        ctx.home_centre = centres[0].iri
    if c.sent.start >= OPENING_CHARS:
        ctx.home_centre_read = True
    if not ctx.home_centre or centres or not _CENTRE_CLASS.search(c.sent.text) \
            or not _CLASS_FUNDING.search(c.sent.text):
        return []
    funders = list(dict.fromkeys(m.iri for m in c.named if m.type in {"Ministry", "Agency"} and id(m) not in c.inside))
    if len(funders) != 1:
        return []
    return [Fact(funders[0], "funds", ctx.home_centre, c.ev, "funds:centre-class-noun", 0.6)]


# "delar STM ut 5,1 miljoner euro för programmen", "delade ut", "delas ut": the Swedish verb of handing out money
_SWEDISH_DEAL_OUT = guarded(re.compile(r"\b(?:delar|delade|delas|delades|"
                                       r"dela)\b(?:\s+\S+){0,6}?\s+ut\b", re.IGNORECASE))
# what the money is for after "för": "för programmen", "för projektet"
_SWEDISH_FOR_ANAPHOR = re.compile(r"\bför\s+(?:programmen|programmet|projekten|projektet)\b", re.IGNORECASE)


@rule("funds:distribute-verb", "funds",
      "'STM:n myöntämiä avustuksia jaetaan X:lle N euroa ja Y:lle M euroa', 'delar STM ut N euro för programmen'",
      needs="euros")
def _funds_distribute(c: Clause) -> list[Fact]:
    """Money handed out ("jakaa", "dela ut"): each undertaking named gets the amount that follows it.

    The funder is the one ministry or agency of the sentence; a passive with none named keeps the
    funder stated before. Without an amount after a recipient nothing is said about money.
    """
    finnish = "jakaa" in c.lemmas
    swedish = _SWEDISH_DEAL_OUT.search(c.sent.text) is not None
    if not (finnish or swedish) or not c.euros:
        return []
    payers = list(dict.fromkeys(m.iri for m in c.named if m.type in {"Ministry", "Agency"} and id(m) not in c.inside
                                and m.case in {"nimento", "omanto", None}))
    if len(payers) > 1:
        return []
    funder = payers[0] if payers else (c.ctx.funder if finnish and _finnish_passive_jakaa(c) else None)
    if funder is None:
        return []
    out: list[Fact] = []
    if finnish:
        recipients = sorted((m for m in c.named if m.case == "ulkotulento" and id(m) not in c.inside
                             and m.type in ORGS | UNDERTAKINGS and m.iri != funder), key=lambda m: m.start)
        for k, r in enumerate(recipients):
            stop = recipients[k + 1].start if k + 1 < len(recipients) else c.sent.end
            amount = next((a for a in c.euros if r.end <= a.start < stop), None)
            if amount is not None:
                out.append((r.iri, amount))
    else:
        target = c.ctx.programme if _SWEDISH_FOR_ANAPHOR.search(c.sent.text) else None
        named = [u for u in c.und if u.iri not in c.ctx.funds and u.start > c.euros[0].start]
        obj = named[0].iri if named else target
        if obj is not None:
            out.append((obj, c.euros[0]))
    return [Fact(funder, "funds", obj, c.ev, "funds:distribute-verb", 0.7, amount=a.value,
                 amount_qualifier="approximate" if a.approximate else None, start_date=c.start, end_date=c.end)
            for obj, a in out]


def _finnish_passive_jakaa(c: Clause) -> bool:
    """"jaetaan", "jaettiin": handed out by someone the sentence leaves unnamed."""
    return any(lem == "jakaa" and t.text.lower().endswith(_PASSIVE_ENDINGS) for t, lem in c.word_lemmas)
