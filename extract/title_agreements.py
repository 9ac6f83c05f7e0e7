"""The agreement a minutes item's title deals with, where the title's agreement word is not its first word.

A § item's title that opens with a compound agreement word ("Yhteispäivystyssopimuksen hyväksyminen") is about that
agreement (extract/document.py, _title_head_undertaking), and so is one whose agreement word follows its owner's name
("Raahen seudun hyvinvointikuntayhtymän perussopimuksen hyväksyminen"). Two more shapes of the same title were left
unread, though the item's decision is about the agreement all the same:

- the owner written by its kind only, the minutes' own organisation ("Kuntayhtymän perussopimus/perussopimuksen
  muutos", "Kaupungin ja yhdistyksen kumppanuussopimus", "Hyvinvointialueen ja korkeakoulujen yhteistyösopimus"):
  the genitive of an organisation's kind word, perhaps a list of them joined by "ja"/"sekä", right before the word;
- a transcript that ran its list of items into one line, so that one "title" holds several ("... optio vuosille
  2019 ja Hankintayhteistyösopimuksen uudistaminen"): the capitalised agreement word opens its own title there, and
  the verbal noun after it says what is done with the agreement ("hyväksyminen", "uudistaminen", "solmiminen").

A title that asks for a statement ("Lausunto ...", "Yttrande ...") is about someone else's draft, and one naming two
different agreements is left alone, as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from welfare_kg.extract.model import Mention
from welfare_kg.records import DocumentRecord

# genitives of the kind words of organisations that make or own agreements (kuntalaki 410/2015, laki
# hyvinvointialueesta 611/2021 and the common kinds of associations and companies), singular and plural
_KIND_FORMS = {
    "kunta": ("kunnan", "kuntien"), "kaupunki": ("kaupungin", "kaupunkien"),
    "hyvinvointialue": ("hyvinvointialueen", "hyvinvointialueiden"), "alue": ("alueen", "alueiden"),
    "kuntayhtymä": ("kuntayhtymän", "kuntayhtymien"), "yhtymä": ("yhtymän", "yhtymien"),
    "maakunta": ("maakunnan", "maakuntien"), "liitto": ("liiton", "liittojen"),
    "maakuntaliitto": ("maakuntaliiton", "maakuntaliittojen"), "seutukunta": ("seutukunnan", "seutukuntien"),
    "seurakuntayhtymä": ("seurakuntayhtymän",), "seurakunta": ("seurakunnan", "seurakuntien"),
    "korkeakoulu": ("korkeakoulun", "korkeakoulujen"), "yliopisto": ("yliopiston", "yliopistojen"),
    "ammattikorkeakoulu": ("ammattikorkeakoulun", "ammattikorkeakoulujen"),
    "oppilaitos": ("oppilaitoksen", "oppilaitosten"), "yhdistys": ("yhdistyksen", "yhdistysten"),
    "säätiö": ("säätiön", "säätiöiden"), "yhtiö": ("yhtiön", "yhtiöiden"), "osakeyhtiö": ("osakeyhtiön",),
    "järjestö": ("järjestön", "järjestöjen"), "sairaanhoitopiiri": ("sairaanhoitopiirin",),
    "jäsenkunta": ("jäsenkuntien",), "osakas": ("osakkaiden",), "osapuoli": ("osapuolten", "osapuolien"),
}
_GENITIVE = "(?:" + "|".join(sorted({f for fs in _KIND_FORMS.values() for f in fs}, key=len, reverse=True)) + ")"
# the kind genitives right before the agreement word, a list of them joined by "ja"/"sekä" or commas included;
# the first one opens the title or follows a slash or a period of a run-in list
_KIND_OWNERS = re.compile(rf"(?i)(?<![\w-]){_GENITIVE}(?:(?:\s*,\s*|\s+(?:ja|sekä)\s+){_GENITIVE})*\s{{1,2}}$")
# what a decision does to an agreement, as the verbal noun after it in a title
_HANDLING = re.compile(r"(?i)\s+(?:hyväksymi|uudistami|solmimi|allekirjoittami|muuttami|tarkistami|päivittämi|"
                       r"jatkami|tekemi|irtisanomi|vahvistami)\w*")
# titles that ask for a statement on another's draft, or only inform
_STATEMENT = re.compile(r"(?i)\s*(?:lausunto|lausuntopyyntö|kannanotto|yttrande|remiss|tiedoksi|ilmoitusasi)")
_BARE = {"sopimus", "avtal", "avtalet"}


def titled_agreement(generic: Sequence[Mention], text: str, t_start: int, t_end: int) -> list[Mention]:
    """The agreement an item title from `t_start` to `t_end` deals with, read from the generic agreement mentions
    inside it (`generic`, each a compound agreement word): one kind of agreement in the title, after the genitives
    of its owners' kind words, or capitalised and followed by what is done with it. [] where neither."""
    inside = [m for m in generic if t_start <= m.start and m.end <= t_end and m.type == "Agreement"
              and m.label.lower() not in _BARE]
    if not inside or len({m.iri for m in inside}) != 1 or _STATEMENT.match(text, t_start):
        return []
    first = inside[0]
    if first.start == t_start:
        return []  # a title opening with the word: document.py's own rule
    owners = _KIND_OWNERS.search(text, max(t_start, first.start - 200), first.start)
    if owners is not None:
        at = owners.start()
        # the owners open the title, or their own title of a run-in list (capitalised, or after a slash or period)
        if at == t_start or text[at:at + 1].isupper() or re.search(r"[/.:]\s*$", text[t_start:at]):
            return [first]
    if first.surface[:1].isupper() and _HANDLING.match(text, first.end, t_end):
        return [first]
    return []



# a whole item title that is only its owners' kinds and a compound agreement word in the nominative:
# "Korkeakoulujen ja hyvinvointialueen yhteistyösopimus", "Kuntien yhteistoimintasopimus"
_OWNED_TITLE = re.compile(rf"(?i)(?P<owners>{_GENITIVE}(?:(?:\s*,\s*|\s+(?:ja|sekä)\s+){_GENITIVE})*)\s+"
                          r"(?P<head>[a-zåäö][\w-]{2,}(?:sopimus|avtal|avtalet))")


def owned_title_agreements(record: DocumentRecord) -> list[Mention]:
    """An Agreement mention over each minutes item title that is only "<owners' kind genitives> <X-sopimus>": the
    title is the agreement's name, as the minutes write it (the bare compound alone names a kind). Kept to the
    document (no identity key): another town's minutes write the same words of their own agreement."""
    out = []
    for item in record.items or []:
        title = item.title.strip()
        if _OWNED_TITLE.fullmatch(title) is None:
            continue
        at = record.text.find(title, item.start, item.end)
        if at < 0:
            continue
        label = title[:1].upper() + title[1:]
        out.append(Mention(start=at, end=at + len(title), surface=title, label=label, type="Agreement",
                           rule="item-title-agreement", key=None))
    return out
