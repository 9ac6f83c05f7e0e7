"""Words of joining that state no one's joining: denied, only possible or asked for, one's own partners, an event.

The joining rules (relations.py `participatesIn:commit-verb`, document_roles.py `participatesIn:document`) take a
name beside "osallistua", "mukana", "kumppani", "delta" for a party of the undertaking. News and minutes use the
same words where nobody joins anything:
- denied, the negation verb away from the cue word: "Kunta ei lähde mukaan hankkeeseen", "päättää, ettei kunta
  osallistu hankkeeseen", "Korsholms kommun deltar inte i projektet";
- only possible, offered or asked for: "Hankkeeseen voivat osallistua kaikki alueen kunnat", "Hankkeeseen kutsutaan
  mukaan kuntia", "kunta harkitsee osallistumista", "yritysten valmiuksia osallistua", "alla kommuner kan delta";
- the partners of the one named, a partner noun with a possessive suffix: "X kutsuu yhteistyökumppaneitaan",
  "X kumppaneineen" (X is no partner by it);
- an event as the place of joining, before the cue as well as after it: "Tilaisuuteen osallistui X",
  "Seminaarissa olivat mukana A ja B", "osallistui X:n järjestämille messuille" (relations.joins_nothing reads
  "osallistui seminaariin");
- another thing of the kind: "osallistui vastaavaan kokeiluun", "on mukana myös toisessa hankkeessa", "oli mukana
  aiemmassa hankkeessa" (what is joined is not the undertaking in focus; a named one is the rules' own target);
- a condition or a question: "Jos kunta lähtee mukaan hankkeeseen", "ei ole päättänyt, lähteekö se mukaan";
- idioms of the same words: "mukaan lukien" (including), "toi mukanaan" (brought along).
A sentence whose every joining word is one of these joins no one. Reading only the words around each cue word,
which the callers have already found, it adds no scan of the text.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.text import Sentence, Token

# the Finnish negation verb, also glued to a conjunction ("ettei", "ellei") or to "-kä" ("eikä")
_FI_NEGATION = {"ei", "eivät", "en", "et", "emme", "ette", "ettei", "etteivät", "ellei", "elleivät", "jollei",
                "jolleivät", "eikä", "eivätkä"}
_SV_NEGATION = {"inte", "ej", "aldrig"}
# "ei ainoastaan A vaan myös B on mukana", "inte bara A": a negation of "only", no denial (the word after it, the
# words running nearest first)
_ONLY = {"ainoastaan", "vain", "pelkästään", "yksin", "bara", "endast", "enbart"}
_BUT = {"vaan", "utan"}  # "ei ole mukana ainoastaan A vaan myös B": the negation contrasts, it denies nothing
# a word of possibility, offer, request or intent governing the cue: "voivat osallistua", "kutsutaan mukaan",
# "aikoo lähteä mukaan", "kan delta"
_POSSIBLE = {"voi", "voivat", "voisi", "voisivat", "voidaan", "voitaisiin", "saattaa", "saattavat", "kutsutaan",
             "kutsuu", "kutsuvat", "harkitsee", "harkitsevat", "harkitaan", "haetaan", "etsitään", "aikoo", "aikovat",
             "suunnittelee", "suunnittelevat", "kan", "kunde", "kunna", "skulle", "bjuds", "inbjuds", "bjuder",
             "inbjuder"}
# a condition opening the cue's clause: "Jos kunta lähtee mukaan", "mikäli X osallistuu"
_CONDITION = {"jos", "mikäli", "mikäl", "kunhan", "ifall"}
# the same words in an idiom: "mukaan lukien" / "mukaan luettuna" (including), "mukanaan", "mukaansa" (along)
_IDIOM_NEXT = {"lukien", "luettuna", "luettuina"}
_ALONG = {"mukanaan", "mukaansa", "mukanansa", "mukanamme", "mukaamme"}
# a word saying the joined thing is another one than the undertaking in focus
_ANOTHER = {"vastaava", "toinen", "muu", "aiempi", "aikaisempi", "edellinen", "samanlainen", "entinen"}
_PLACE_CASES = {"sisatulento", "sisaolento"}  # "kokeiluun", "hankkeessa"
_QUESTION = re.compile(r"\w+(?:ko|kö)$", re.IGNORECASE)  # "lähteekö", "osallistuuko": an indirect question
_POSSIBLE_STEMS = ("mahdollisuu", "valmiu", "halukkuu", "kiinnostu", "möjlighet", "tervetul", "välkom")
# a partner noun with a third-person possessive suffix, the partners of the subject: "kutsuu kumppaneitaan",
# "X kumppaneineen", "kertoi kumppaneilleen" (not "sai kumppanikseen Y", where Y is the partner)
_OWN_PARTNERS = re.compile(r"(?:kumppan|partner)\w*(?:itaan|itään|ineen|lleen)$", re.IGNORECASE)
# what one takes part in that is no undertaking: an event ("osallistui seminaariin", "tilaisuuteen osallistui")
EVENT_NOUNS = ("seminaari", "keskustelu", "tilaisuus", "kokous", "tapahtuma", "koulutus", "työpaja", "webinaari",
               "konferenssi", "messu", "kysely", "kilpailu", "juhla", "retki", "äänestys", "kuuleminen", "paneeli")
_EVENT_CASES = {"sisatulento", "sisaolento", "ulkoolento", "ulkotulento"}  # "tilaisuuteen", "seminaarissa", "messuille"
_UNDERTAKING_WORDS = ("hanke", "projekti", "ohjelma", "projekt")
_CLAUSE_END = {",", ";", ":", ".", "!", "?", "(", ")", "–", "—"}
_SKIP = {"on", "oli", "ovat", "olivat", "ollut", "olleet", "myös", "mukana", "mukaan", "i", "på", "är", "var"}
WINDOW = 6  # words looked at on the cue's side of its clause


def unreal_joining(sent: Sentence, cue_at: Sequence[int], morph: Morphology) -> bool:
    """Whether every joining word of the sentence (its start offsets `cue_at`) states no joining; False when the
    sentence has none (another cue, as Swedish "är med", is its rule's to judge)."""
    if not cue_at:
        return False
    toks = sent.tokens
    index = {t.start: k for k, t in enumerate(toks)}
    cues = [index[p] for p in cue_at if p in index]
    return bool(cues) and all(_unreal(toks, k, morph) for k in cues)


def _clause_before(toks: Sequence[Token], k: int) -> list[Token]:
    """The words before the cue back to its clause's start, nearest first, at most WINDOW."""
    out: list[Token] = []
    for t in reversed(toks[max(0, k - 3 * WINDOW):k]):
        if t.text in _CLAUSE_END or len(out) >= WINDOW:
            break
        if t.is_word:
            out.append(t)
    return out


def _clause_after(toks: Sequence[Token], k: int, n: int) -> list[Token]:
    out: list[Token] = []
    for t in toks[k + 1:k + 1 + 3 * n]:
        if t.text in _CLAUSE_END or len(out) >= n:
            break
        if t.is_word:
            out.append(t)
    return out


def _unreal(toks: Sequence[Token], k: int, morph: Morphology) -> bool:
    cue = toks[k]
    before = _clause_before(toks, k)
    after = _clause_after(toks, k, 3)
    low_before = [t.text.lower() for t in before]
    if cue.text.lower() in _ALONG or (after and after[0].text.lower() in _IDIOM_NEXT
                                      and after[0].start - cue.end <= 1):
        return True  # "toi mukanaan", "mukaan lukien Kempeleen kunta"
    if any(w in _CONDITION for w in low_before) or any(
            _QUESTION.fullmatch(t.text) and any(a.cls == "teonsana" for a in morph.analyse(t.text))
            for t in [cue, *before[:3]]):
        return True  # "Jos kunta lähtee mukaan", "lähteekö se mukaan", "osallistuuko kunta"
    contrast = any(t.text.lower() in _BUT for t in toks[k + 1:k + 1 + 3 * WINDOW])
    if not contrast and (any(w in _FI_NEGATION and (i == 0 or low_before[i - 1] not in _ONLY)
                             for i, w in enumerate(low_before))
                         or any(t.text.lower() in _SV_NEGATION for t in after[:2])
                         or any(w in _SV_NEGATION and (i == 0 or low_before[i - 1] not in _ONLY)
                                for i, w in enumerate(low_before[:3]))):
        return True  # "ettei kunta osallistu", "deltar inte i", "kommer inte att delta"
    if any(w in _POSSIBLE or w.startswith(_POSSIBLE_STEMS) for w in low_before[:3]):
        return True  # "voivat osallistua", "kutsutaan mukaan", "mahdollisuus osallistua", "kan delta"
    if _another_thing(after, morph):
        return True  # "osallistui vastaavaan kokeiluun", "mukana toisessa hankkeessa"
    if _OWN_PARTNERS.search(cue.text):
        return True  # "kutsuu yhteistyökumppaneitaan": the partners are others
    # the event the nearest word before names ("Tilaisuuteen osallistui"), or one of the four after ("osallistui X:n
    # järjestämille messuille"), unless a project word follows ("osallistuu aloitusseminaariin ja hankkeeseen": the
    # project is joined as well)
    front = [t for t in before[:3] if t.text.lower() not in _SKIP][:1]
    back = _clause_after(toks, k, 4)
    if any(w in b for t in _clause_after(toks, k, 7) for b in morph.bases(t.text) for w in _UNDERTAKING_WORDS):
        back = []
    return any(a.case in _EVENT_CASES and a.base.lower().endswith(EVENT_NOUNS)
               for t in [*front, *back] for a in morph.analyse(t.text))


def _another_thing(after: Sequence[Token], morph: Morphology) -> bool:
    """A word of "another, similar, earlier" right before a noun in the illative or inessive among the words after
    the cue: the thing joined there is not the undertaking in focus."""
    for a, b in itertools.pairwise(after):
        nouns = {x.case for x in morph.analyse(b.text) if x.case in _PLACE_CASES and x.cls == "nimisana"}
        # the word agrees with the noun in case ("vastaavaan kokeiluun"): an adverb ("aiemmin") qualifies no noun
        if nouns and any(x.base.lower() in _ANOTHER and x.case in nouns for x in morph.analyse(a.text)):
            return True
    return False
