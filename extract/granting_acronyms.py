"""An abbreviation no list knows, written where only a giver of money stands: "XYZ jakoi alueellemme avustuksia",
"XYZ:n rahoittama hanke", "XYZn avustusehdotus", "XYZ-avustuksella".

Grant centres, funds and agencies are named by their abbreviations alone in the news of their grants, and the lists
of reference data know only the national ones (STEA, RAY, OKM). A regional fund's, a foreign agency's or a new body's
abbreviation is read by no one, so every rule that pairs a giver with its receivers finds no giver. The position says
what it is: the subject of a finite verb of granting or of proposing grants ("XYZ esittää avustusta"), the genitive
agent of a participle of paying or the owner of a proposal ("XYZn avustusehdotus"), the giver "with whose support"
("XYZ:n tuella"), the first part of a compound for a grant ("X-avustus": the giver's grant, as "STEA-avustus").
A genitive before a bare noun of grant ("X:n avustus") is left alone: the grant may be to X; so is a verb of
receiving ("XYZ sai avustusta") and a compound with "rahoitus", which names the instrument as often
("AIKO-rahoitus"). The source of a grant in the ablative ("rahoitusta XYZ:ltä") is left alone too: an abbreviation
the reference data know in one language only ("SKR" is the Swedish association in Swedish text, not a giver in
Finnish) would be read there.

Measured (the 41st session): dev funds +0 from this module alone (the reference data know the development corpus's
abbreviations), swap_org (the same documents with organisation names coined) funds +16 and 11 wrong funders fewer
(a ministry named near the coined grant centre had been read as the giver).

Each occurrence of an abbreviation so placed, and every other occurrence of it in the document, becomes a mention of
an Agency (the kind a bare abbreviation that gives grants names most often); what the reference data or another rule
already reads is left as it is. Known abbreviations that name a fund or programme rather than who pays
(recognition_words.FUNDING_ACRONYMS) and words written in capitals for emphasis (longer than seven letters, or a
Finnish word the morphology knows) are no names.
"""

from __future__ import annotations

import re

from welfare_kg.extract.layout import replace_in_sentence
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.names import fold
from welfare_kg.extract.recognition_words import FUNDING_ACRONYMS
from welfare_kg.extract.resolve import mint
from welfare_kg.extract.spans import Cover

RULE = "granting-acronym"
# an abbreviation of three to seven capitals, with its case ending after a colon or glued on ("XYZ:n", "XYZn",
# "XYZ:ltä"); not after a slash, which makes it one of several instruments ("AIKO/ERM-rahoitus"), nor after a
# capitalised genitive (_NAME_GENITIVE_BEFORE); two letters are too often a legal form or a party. One scan finds the
# candidates; the places below are matched at each (anchored: a page of 20 MB is scanned once, not once a place).
_CANDIDATE = re.compile(r"[A-ZÅÄÖ]{3,8}")
_ACR = r"(?P<acr>[A-ZÅÄÖ]{3,7})(?P<end>:[a-zåäö]{1,4}|n)?(?![\w-])"
# the subject of a finite verb of granting, right after it ("XYZ jakoi", "XYZ on myöntänyt", "XYZ myöntää")
_SUBJECT = re.compile(_ACR + r"[ \t]+(?:(?:on|oli|ovat|myös|puolestaan)[ \t]+){0,2}"
                      r"(?:jakoi|jakaa|jakanut|myönsi|myöntää|myöntänyt|myönsivät|rahoittaa|rahoitti|rahoittanut|"
                      r"rahoittavat|beviljade|beviljar|har[ \t]+beviljat|delade[ \t]+ut|"
                      r"finansierar|finansierade)(?![\w-])")
# the subject of a verb of proposing or publishing whose object is grants ("XYZ esittää avustusta X:n hankkeelle",
# "XYZ julkaisi avustusehdotuksensa"): a verb of receiving or applying is no such verb
_PROPOSER = re.compile(_ACR + r"[ \t]+(?:on[ \t]+)?(?:esittää|esitti|esittänyt|ehdottaa|ehdotti|ehdottanut|julkaisi|"
                       r"julkaissut|tiedotti|teki|tehnyt)[ \t]+(?:[\w-]+[ \t]+){0,4}?"
                       r"(?:avustu|rahoitu|apura|avustusehdotu)\w*")
# the genitive agent of a participle of paying, or the owner of a proposal of grants ("XYZ:n rahoittama", "XYZn
# avustusehdotus"), the verb form of support only with money ("tukema" is also advice): left to the participle rules;
# "XYZ:n tuella", "XYZ:n rahoituksella": with the giver's support or funding
_GENITIVE = re.compile(r"(?P<acr>[A-ZÅÄÖ]{3,7})(?P<end>:n|n)[ \t]+(?:(?:osittain|osin|pääosin|kokonaan)[ \t]+)?"
                       r"(?:rahoittam|osarahoittam|myöntäm|avustusehdotu|rahoitusehdotu|avustuspäätö|rahoituspäätö|"
                       r"tuella\b|rahoituksella\b)\w*")
# the giver's name as the first part of a compound for its grant: "XYZ-avustuksella", "XYZ-bidrag" (a compound with
# "rahoitus" names the instrument as often as the giver: "AIKO-rahoitus", "UKKE-rahoitus")
_COMPOUND = re.compile(r"(?P<acr>[A-ZÅÄÖ]{3,7})(?P<end>)-(?:avustu|bidrag)\w*")
_PLACES = (_SUBJECT, _PROPOSER, _GENITIVE, _COMPOUND)
_CASES = {"n": "omanto", ":n": "omanto", ":lta": "ulkoeronto", ":ltä": "ulkoeronto", ":lle": "ulkotulento",
          ":lla": "ulkoolento", ":llä": "ulkoolento", ":ta": "osanto", ":tä": "osanto", ":a": "osanto", ":ä": "osanto"}
_MAX_LETTERS = 7
_ROMAN = re.compile(r"[IVXLCDM]+")  # a numeral ("ICT III rahoituspäätös"), no name
# a capitalised genitive right before: the abbreviation ends a longer name ("Lammin SPR", "Kanta-Hämeen OPK")
_NAME_GENITIVE_BEFORE = re.compile(r"[A-ZÅÄÖ][\w-]*n[ \t]+$")


def _name_like(acr: str, morph: Morphology) -> bool:
    """An abbreviation, not a word in capitals: few letters, no Finnish word of its own."""
    if acr in FUNDING_ACRONYMS or len(acr) > _MAX_LETTERS or _ROMAN.fullmatch(acr):
        return False
    return not morph.analyse(acr.capitalize()) or len(acr) <= 4


def granting_acronym_mentions(per_sentence: list[list[Mention]], starts: list[int], mentions: list[Mention],
                              text: str, morph: Morphology) -> None:
    """Add an Agency mention for each occurrence of an unknown abbreviation that gives money somewhere in the text
    (in place)."""
    taken = Cover((m.start, m.end) for m in mentions)  # a stretch any mention meets is some name's already
    givers: set[str] = set()
    for cand in _CANDIDATE.finditer(text):
        at, after = cand.start(), text[cand.end():cand.end() + 1]
        if cand.end() - at > _MAX_LETTERS or (after.isalnum() and after != "n") \
                or (at and (text[at - 1].isalnum() or text[at - 1] in "/-_")):
            continue  # a word in capitals, or inside one
        m = next((x for x in (p.match(text, at) for p in _PLACES) if x), None)
        if m is None:
            continue
        acr = m.group("acr")
        if acr not in givers and not taken.meets(m.start("acr"), m.end("acr")) and _name_like(acr, morph) \
                and not _NAME_GENITIVE_BEFORE.search(text, max(0, at - 40), at):
            givers.add(acr)
    if not givers:
        return
    known = {m.label for m in mentions} | {m.acronym for m in mentions if m.acronym}
    givers -= known  # an abbreviation some name carries already is that name's
    found: list[Mention] = []
    for acr in sorted(givers):
        # the literal first (a fast search), the character before it tested by hand; two occurrences never overlap
        for m in re.finditer(re.escape(acr) + r"(?P<end>:[a-zåäö]{1,4}|n)?(?![\w])", text):
            a, b = m.start(), m.end()
            if (a and (text[a - 1].isalnum() or text[a - 1] in "-_")) or taken.meets(a, b):
                continue
            found.append(Mention(start=a, end=b, surface=text[a:b], label=acr, type="Agency",
                                 case=_CASES.get(m.group("end") or "", "nimento" if not m.group("end") else None),
                                 rule=RULE, acronym=acr, iri=mint("Agency", fold(acr)), key=fold(acr) or None))
    mentions.extend(found)  # once, not a list rebuilt per mention
    for x in found:
        replace_in_sentence(per_sentence, starts, set(), x)
