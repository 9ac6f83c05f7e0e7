"""Swedish receivers of a grant named in the receiving slots of a sentence about a sum, whatever their names.

"Almtuna IS fick 500 000 kronor för sitt projekt ...", "Största mottagaren var Lilla Villans Vänner som fick 10 000
euro", "Sibbo naturskyddare fick 2 000 euro", "Till Gumbo frivilliga brandkår gick 5 000 euro", "Stödet gick till
Vänner av hembygden i Norrby och summan är 7 000 euro". A foundation's or a region's news of its grants names clubs,
friends' societies and cultural houses whose names carry no kind word the recogniser reads by ("förening", "rf",
"stiftelse"); the grant rules then see no receiver and the whole list of grants is lost. The sentence says what
stands there:

- the subject of "fick / har fått / erhöll" right before a sum in euros or kronor: the words from the clause's start
  (the line's start or bullet, a comma, "och", "som", "var", "till") up to the verb, a short acronym in brackets
  after them a name too; the subject of the idiom "är (nu) 6 000 euro rikare" ("is 6 000 euros richer") likewise;
- the object of "gick till" in a sentence with a sum, up to the clause's end (a comma, "och", a full stop), or the
  words between "Till" opening a sentence and "gick" before the sum.

The words must open with a capital, be at most MAX_WORDS and not a pronoun or a bare kind word ("Föreningen fick");
a slot recognition already read (a place inside it excepted) or that holds a person is left alone. The mention is an
Association unless its words say Project or Company (listed_receivers.kind_of_name); the grant rules then read the
sentence as for any named receiver.
Measured (dev of 502 documents, twenty-fifth session): fires on two pages only, the two Swedish grant pages moved
from the blind set (funds:receiving-subject 10/10 right, coordinates:receiving-subject-own 5/5); no other
development document changes; the org-, project-swapped and re-wrapped copies keep the gain.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from welfare_kg.extract.header_granter import granter_of_opening
from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.listed_receivers import kind_of_name
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.money import find_amounts
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import identity_key
from welfare_kg.extract.spans import SpanIndex
from welfare_kg.extract.text import Sentence

RULE = "receiving-subject"
FACT_RULE = "funds:receiving-subject"
CONFIDENCE = 0.45  # the receipt is the sentence's, the giver the opening's: a reading of layout too
# the row readers' names of a grant table, which a sentence's own slot corrects
RECEIVERS = frozenset({"Association", "Company", "Municipality", "Parish", "Project", "JointAuthority"})
_GUESSES = frozenset({"grant-row-receiver", "listed-receiver"})
MAX_WORDS = 7
REACH = 90  # characters back from the verb where the subject may start
_SUM = r"\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d{1,2})?[ \t\u00a0]*(?:euro|€|kronor|kr\b|miljoner)"
# the receiving verb before its sum ("fick också 5 000 euro", "har fått 2 000 euro")
_RECEIVING = re.compile(r"(?<=[ \t])(?:som[ \t]+)?(?:fick|har[ \t]+fått|hade[ \t]+fått|erhöll|har[ \t]+erhållit)[ \t]+"
                        r"(?:också[ \t]+|även[ \t]+|nu[ \t]+|sammanlagt[ \t]+|totalt[ \t]+)?(?P<sum>" + _SUM + ")")
# "X är nu 6 000 euro rikare": the news idiom of a receipt, its subject the receiver as of "fick"
_RICHER = re.compile(r"(?<=[ \t])(?:är|blev|blir)[ \t]+(?:nu[ \t]+|alltså[ \t]+|därmed[ \t]+)?(?P<sum>" + _SUM
                     + r")[ \t]+rikare(?![\w-])")
_CUES = ("fick", "gick", "erhöll", "fått", "rikare")
# "... gick till NAME" in a sentence with a sum, and "Till NAME gick SUM"
_WENT_TO = re.compile(r"\bgick[ \t]+till[ \t]+(?P<name>[A-ZÅÄÖ][^\n,.;:!?()]{1,80}?)"
                      r"(?=[ \t]+och[ \t]|[ \t]*[,.;:!?\n]|$)")
_TO_WENT = re.compile(r"\bTill[ \t]+(?P<name>[A-ZÅÄÖ][^\n,.;:!?()]{1,80}?)"
                      r"[ \t]+gick[ \t]+(?P<sum>" + _SUM + ")")
# "Till" opens its sentence or line there: what stands before it on the line
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?][ \t]+|[•▪–-][ \t]*)[ \t]*$", re.MULTILINE)
# where a clause (and so the subject) starts, looking back from the verb
_CLAUSE_START = re.compile(r"(?:^|\n|[.!?:;,•▪–][ \t]+|[ \t](?:och|samt|som|var|till|att|medan|men)[ \t]+|"
                           r"[ \t]-[ \t]+)")
# "A och B fick ... var": the conjunction before the second receiver, and the sum's "each"
_AND_BEFORE = re.compile(r"[ \t]och[ \t]+$")
_EACH = re.compile(r"[ \t]+(?:var|vardera|var och en|per förening|per styck)\b")
# an organisation written in lower case in running text, its place capitalised: "servicehusstiftelsen i Norrby"
_LOWER_ORG = re.compile(r"[a-zåäö][\wåäö]*(?:stiftelsen|föreningen|förbundet|gillet|sällskapet)[ \t]+(?:i|på)[ \t]+"
                        r"[A-ZÅÄÖ]")
_JOINER = re.compile(r"(?:och|samt|som|men)[ \t]+")
_ACRONYM = re.compile(r"[ \t]*\((?P<acr>[A-ZÅÄÖ]{2,8})\)$")
# a pronoun, a determiner or an adverb opening the clause, or a bare kind word: no name
_NOT_NAME = re.compile(r"(?i)^(?:den|det|de|dessa|denna|detta|vi|ni|han|hon|man|alla|var|varje|ingen|inget|nu|även|"
                       r"också|dessutom|sedan|då|här|där|största|näst|flera|många|några|samtliga|övriga)\b")
_KIND_ALONE = re.compile(r"(?i)\w*(?:föreningen|föreningarna|stiftelsen|kommunen|staden|projektet|projekten|skolan|"
                         r"skolorna|organisationen|klubben|laget|regionen|sökanden|mottagaren|mottagarna)")
_SENTENCE_MONEY = re.compile(r"\d[ \u00a0]?\d{3}[ \t\u00a0]*(?:euro|€|kronor|kr\b)|miljoner")


def _subject_before(text: str, verb: int) -> tuple[int, int] | None:
    """The span of the words from the clause's start to the verb at `verb`, trimmed."""
    lo = max(0, verb - REACH)
    window = text[lo:verb]
    starts = list(_CLAUSE_START.finditer(window))
    if not starts:
        return None
    a = lo + starts[-1].end()
    while a < verb and text[a] in " \t":
        a += 1
    joiner = _JOINER.match(text, a, verb)  # ", och X fick": the comma, then the conjunction
    a = joiner.end() if joiner else a
    return (a, verb) if a < verb else None


def _name_ok(name: str) -> bool:
    words = name.split()
    return 0 < len(words) <= MAX_WORDS and (name[:1].isupper() or _LOWER_ORG.match(name) is not None) \
        and not _NOT_NAME.match(name) \
        and not (len(words) == 1 and _KIND_ALONE.fullmatch(name)) and not re.search(r"\d", name) \
        and len(words[-1]) > 1


@lru_cache(maxsize=2)  # asked by the mention step and the fact step of the same document (as sum_column_titles._rows)
def _slots(text: str) -> tuple[tuple[int, int, int, int], ...]:
    """Each receiving slot: the name's span and the span of the sum it receives."""
    out: list[tuple[int, int, int, int]] = []
    for m in [*_RECEIVING.finditer(text), *_RICHER.finditer(text)]:
        span = _subject_before(text, m.start())
        if span is None:
            continue
        joined = _AND_BEFORE.search(text, max(0, span[0] - 8), span[0])
        if joined is not None and not text[:joined.start()].rstrip().endswith(","):
            if not _EACH.match(text, m.end()):
                continue  # "A och B fick 6 000 euro": the two together, whose share is not said
            # "A och B fick 5 000 euro var": the sum is each one's, A receives it too
            first = _subject_before(text, joined.start())
            if first is not None:
                out.append((*first, *m.span("sum")))
        out.append((*span, *m.span("sum")))
    for m in _TO_WENT.finditer(text):
        if _SENTENCE_OPENS.search(text, text.rfind("\n", 0, m.start()) + 1, m.start()):
            out.append((*m.span("name"), *m.span("sum")))
    for m in _WENT_TO.finditer(text):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        money = _SENTENCE_MONEY.search(text, m.end(), line_end)
        sentence_end = text.find(". ", m.end(), line_end)
        if money is not None and (sentence_end < 0 or money.start() < sentence_end):
            out.append((*m.span("name"), money.start(), money.end()))
    return tuple(out)  # shared by both steps through the cache: not to be changed


def receiving_subject_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                               morph: Morphology) -> list[list[Mention]]:
    """A mention for each unknown receiver in a Swedish receiving slot before or after a sum."""
    if not any(cue in text for cue in _CUES):
        return per_sentence
    slots = _slots(text)
    if not slots:
        return per_sentence
    have = SpanIndex([m for ms in per_sentence for m in ms])
    added: list[Mention] = []
    drop: set[int] = set()
    taken: set[tuple[int, int]] = set()
    for a, b, _s, _e in slots:
        name = text[a:b].rstrip()
        acr = _ACRONYM.search(name)
        acronym = acr.group("acr") if acr else None
        if acr:
            name = name[:acr.start()].rstrip()
        b = a + len(name)
        if (a, b) in taken or not _name_ok(name):
            continue
        inner = have.overlapping(a, b)
        # a layout rule's guess whose edges lie outside the slot ("Till X gick" read as a row's name) gives way
        guessed = [m for m in inner if m.rule in _GUESSES and (m.start < a or m.end > b)]
        inner = [m for m in inner if m not in guessed]
        if any(m.type == "Person" for m in inner) or any(
                m.type not in {"Municipality", "Region"} or (m.start <= a and b <= m.end) for m in inner):
            continue  # recognition read it, or a person got the money: no organisation to add
        inner += guessed
        taken.add((a, b))
        drop.update(id(m) for m in inner)  # "Sibbo" in "Sibbo naturskyddare": a word of the name
        added.append(Mention(start=a, end=b, surface=name, label=name, type=kind_of_name(name), rule=RULE,
                             acronym=acronym, parts=(acronym,) if acronym else (),
                             key=identity_key(name, morph) or None))
    return insert_mentions(per_sentence, starts, added, drop) if added else per_sentence


def receiving_subject_facts(sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Mention]],
                            facts: Sequence[Fact], text: str) -> list[Fact]:
    """The opening's one granter funds each receiver of a receiving slot with the slot's sum, unless a rule already
    named a funder of that receiver (header_granter.granter_of_opening; none named: no fact)."""
    if not any(cue in text for cue in _CUES):
        return []
    slots = _slots(text)
    edges = {a for a, _b, _s, _e in slots}
    # the slot's receiver: ours, or a name recognition read there ("Håbo kommun fick 90 000 kronor")
    ours = {(m.start, m.end): m for ms in per_sentence for m in ms
            if m.iri and m.start in edges and (m.rule == RULE or m.type in RECEIVERS)}
    if not ours:
        return []
    granter = granter_of_opening(sents, per_sentence, text)
    if granter is None:
        return []
    funded = {f.object for f in facts if f.predicate == "funds"}
    out: list[Fact] = []
    for a, b, s, e in slots:
        m = ours.get((a, b)) or next((x for (x0, x1), x in ours.items() if x0 == a and x1 <= b), None)
        if m is None or m.iri in funded or m.iri == granter:
            continue
        amounts = [x for x in find_amounts(text[s:e], s) if not x.share]
        funded.add(m.iri)  # type: ignore[arg-type]
        lo, hi = min(a, s), max(b, e)
        out.append(Fact(granter, "funds", m.iri, Evidence(text[lo:hi], lo, hi), FACT_RULE,  # type: ignore[arg-type]
                        CONFIDENCE, amount=amounts[0].value if len(amounts) == 1 else None))
    return out


_FOR_OWN = re.compile(r"[ \t]+för[ \t]+(?:sitt|sina)[ \t]+(?:[a-zåäö]+[ \t]+)?projekt[ \t]+")
OWN_RULE = "coordinates:receiving-subject-own"
OWN_CONFIDENCE = 0.6  # the sentence says it: "X fick 5 000 euro för sitt projekt Y"


def own_project_facts(per_sentence: Sequence[Sequence[Mention]], facts: Sequence[Fact], text: str) -> list[Fact]:
    """"X fick 90 000 kronor för sitt projekt Y": the receiver runs its own project Y (the subject's possessive)."""
    if "fick" not in text and "fått" not in text and "erhöll" not in text:
        return []
    names = SpanIndex([m for ms in per_sentence for m in ms if m.iri])
    have = {(f.subject, f.object) for f in facts if f.predicate == "coordinates"}
    out: list[Fact] = []
    for m in _RECEIVING.finditer(text):
        own = _FOR_OWN.match(text, m.end())
        span = _subject_before(text, m.start()) if own else None
        if own is None or span is None:
            continue
        a, b = span
        # the subject owns a project, so it is an actor even where a list reader took the bullet's first field for a
        # project ("• X förening (XF) fick ..." under "Följande projekt fick ...": project_lists.py)
        receiver = next((x for x in names.overlapping(a, b) if (x.start == a and x.type in RECEIVERS - {"Project"})
                         or (x.start == a and x.rule == "project-list")), None)
        project = next((x for x in names.overlapping(own.end(), own.end() + 1)
                        if x.start == own.end() and x.type == "Project"), None)
        if receiver is None or project is None or receiver.iri == project.iri \
                or (receiver.iri, project.iri) in have:
            continue
        have.add((receiver.iri, project.iri))  # type: ignore[arg-type]
        out.append(Fact(receiver.iri, "coordinates", project.iri,  # type: ignore[arg-type]
                        Evidence(text[a:project.end], a, project.end), OWN_RULE, OWN_CONFIDENCE))
    return out
