"""People named by a title and their surname alone: "peruspalveluministeri Hyssälän päätöksellä",
"toiminnanjohtaja Virtanen kertoo".

Press releases and minutes name a minister or an official by title and surname once the reader
knows who is meant, and sometimes never write the given name at all. The person is then named by
the surname in its base form (that is how an annotator, and a researcher searching the graph,
names them). Kept narrow, since a capitalised word after a title is as often an organisation or a
place ("johtaja Kela", "puheenjohtaja Salo"):
- the title is an office title (extract/posts.py) or a minister's or representative's;
- the word after it is capitalised, one word (a second capitalised word makes a full name, read by
  other rules), and every reading Voikko has of it is a surname (no place, no common noun:
  "Hyssälä", "Niinistö", not "Kiuru", "Salo" or "Rinne");
- no person of the document has that surname already (there the surname repeats a full name, and a
  second person of one surname would split them), and no mention read already touches it.
"""

from __future__ import annotations

import re

from welfare_kg.extract.entities import is_post
from welfare_kg.extract.layout import insert_untouched
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.text_scans import matches

# (the title's letters possessive, `++`: a shorter run would leave a letter or hyphen where a blank must follow, so
# giving them back never matches; without it each word of a scanned page was tried once per letter)
_TITLED = re.compile(r"(?<![\w.-])(?P<title>[A-Za-zÅÄÖåäö-]++)[ \t]+"
                     r"(?P<sur>[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?)(?![\w-])(?![ \t]+[A-ZÅÄÖ])")
# titles of elected or appointed office that extract/posts.py leaves out (they are no post in an organisation)
_POLITICAL = ("ministeri", "kansanedustaja", "europarlamentaarikko", "meppi", "presidentti")


def _titled(word: str, morph: Morphology) -> bool:
    low = word.lower()
    return low.endswith(_POLITICAL) or is_post(word, morph) is not None


def titled_surname_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                            morph: Morphology) -> list[list[Mention]]:
    """per_sentence with the people named by a title and a surname that nothing read there already."""
    surnames = {m.label.split()[-1].lower() for ms in per_sentence for m in ms if m.type == "Person"}
    found: list[Mention] = []
    for m in matches(_TITLED, text):
        word = m.group("sur")
        readings = morph.analyse(word)
        if not readings or any(r.cls != "sukunimi" for r in readings) or not _titled(m.group("title"), morph):
            continue
        base = readings[0].base
        if base.lower() in surnames:
            continue
        found.append(Mention(start=m.start("sur"), end=m.end("sur"), surface=word, label=base, type="Person",
                             rule="titled-surname", case=readings[0].case))
    return insert_untouched(per_sentence, starts, found) if found else per_sentence
