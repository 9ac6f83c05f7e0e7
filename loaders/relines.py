"""Line breaks put back into a run-on text (a PDF or docplayer transcript that lost them).

A page whose line breaks were lost comes as one paragraph of thousands of characters: its
heading, its field rows ("Hanke: X", "Rahoittaja: Y") and its sentences on one line. The rules
read a heading from a line of its own, a field from a line that begins with its label, and
the opening from the first line; on a run-on line they see none of those. Three marks of
layout survive the flattening and are read back here, on over-long lines only:
- a run of words in capitals in the opening ("KUNTIEN VÄLINEN YHTEISTYÖSOPIMUS ...") is the
  title: it gets a line of its own;
- a name said twice in a row in the opening ("Hanke: Opiskelijan kaupunki Opiskelijan
  kaupunki -hankkeessa") was a heading and the line that began with it: they are parted;
- a capitalised label with a colon inside the run ("... 31.12.2023 Vastuuyksikkö: Tiedolla")
  begins a field row;
- bullets ("... hankkeille: • A 21 812 euroa. • B ...") begin list rows again, on a line of any length
  when it holds two or more of them;
- a sentence's end (a full stop after a word, before a capital or a numbered section heading)
  ends a line, as a paragraph's sentence did in the page, so that the line after it begins
  with the next sentence or heading.
A line of ordinary length is left as it is: it is a paragraph, a heading or a row already; and
a text is relined only when its lines are run-on on average (MEAN_LINE).
"""

from __future__ import annotations

import re

RUN_ON = 800  # a line this long is a run of several paragraphs, rows and headings
# only a text whose lines are this long on average lost its line breaks: a run-on block among lines (a docplayer
# transcript's cover page, most of many a short transcript) is a layout the rules read as it is (relining those
# too cost 17 right facts on the development corpus and 2 on the writing half)
MEAN_LINE = 700

# a heading in capitals is read off the opening only: further on, runs in capitals are a minutes' agenda and item
# titles, which the minutes reader takes as they run (isolating them cost 3 decides on flattened minutes)
OPENING = 300
_UPPER = "A-ZÅÄÖÜ"
# three or more words in capitals (two letters or more each, one of five or more), no comma between them
_CAPS_RUN = re.compile(
    rf"(?<![\w,])(?:[{_UPPER}][{_UPPER}\-–/&]+\.?[ ]+){{2,}}[{_UPPER}][{_UPPER}\-–/&]+(?![\w])")
# "Vastuuyksikkö: " after a value: a label of one or two words with a capital first letter
_LABEL = re.compile(rf"(?<=[^\s.:;,(]) (?=[{_UPPER}][a-zåäöü]{{3,}}(?: [a-zåäöü]{{3,}})?: )")
# a sentence's end: a full stop (or ! ?) after a lower-case word or a closing quote/bracket, before a capital
_SENTENCE_END = re.compile(rf"(?<!\w)(\w+)[.!?] (?=[\"”“«]?[{_UPPER}])")  # from a word's start: linear
# a numbered section heading after a sentence's end: "... Osapuoli”. 2. Sopimuksen tarkoitus", "... 2.1. Määritelmät"
_NUMBERED = re.compile(rf"(?<=[.!?”\"]) (?=\d{{1,2}}(?:\.\d{{1,2}})*\.? [{_UPPER}][a-zåäöü])")
_BULLETS = re.compile(r" (?=[•▪●◦] )")
_ABBREVIATIONS = {"ns", "esim", "mm", "ym", "yms", "jne", "ko", "ks", "vrt", "os", "puh", "klo", "n", "s", "t", "p",
                  "nro", "kpl", "tms", "ts", "eli", "dnro", "bl", "a", "st", "ca", "resp"}


def _sentence_ends(line: str) -> str:
    def cut(m: re.Match[str]) -> str:
        word = m.group(1)
        if word.lower() in _ABBREVIATIONS or not word[-1].islower() or len(word) < 2:
            return m.group(0)
        if word[0].isupper() and len(word) < 4:  # "Oy.", "Ab.", an initial: no sentence's end
            return m.group(0)
        return m.group(0)[:-1] + "\n"

    return _SENTENCE_END.sub(cut, line)


def _caps_lines(line: str) -> str:
    def cut(m: re.Match[str]) -> str:
        run = m.group(0)
        if m.start() > OPENING:
            return run
        if not any(len(w.strip(".-–/&")) >= 5 for w in run.split()):
            return run
        words = run.split()
        half = len(words) // 2
        if len(words) % 2 == 0 and words[:half] == words[half:]:  # a heading repeated (a PDF's title and header)
            return "\n" + " ".join(words[:half]) + "\n" + " ".join(words[half:]) + "\n"
        return "\n" + run.strip() + "\n"

    head = line[: 2 * OPENING]  # the opening only: a run in capitals further on is left, and never scanned
    cut_at = head.rfind(" ") if len(line) > len(head) else len(head)
    return _CAPS_RUN.sub(cut, line[:cut_at]) + line[cut_at:]


def _repeated_names(line: str) -> str:
    """"Hanke: Opiskelijan kaupunki Opiskelijan kaupunki -hankkeessa ...": a name said twice in a row in the opening
    was a heading (or a field's value) and the line under it that begins with it; the break between them is put back.
    One word counts when it is capitalised and four letters or more ("Ikävoimaa Ikävoimaa Vanhustyön ...")."""
    words = line[:OPENING].split(" ")
    for i in range(len(words)):
        if not words[i][:1].isupper():
            continue
        for k in range(12, 0, -1):
            if i + 2 * k <= len(words) and words[i:i + k] == words[i + k:i + 2 * k] and (k > 1 or len(words[i]) >= 4):
                head = " ".join(words[:i + k])
                return head + "\n" + line[len(head) + 1:]
    return line


def _bullet_rows(line: str) -> str:
    """A line with two or more bullets inside it is a list run into one line: one item a line again."""
    return _BULLETS.sub("\n", line) if len(_BULLETS.findall(line)) >= 2 else line


def reline(text: str) -> str:
    """The text with its over-long lines broken at headings in capitals, field labels and sentence ends.

    Bullets inside a line part its rows in any text: a transcript that kept its paragraphs but joined each one's
    lines ("hankkeille: • A, Hakija, 5 000 € • B, ...") lost its list rows, which the row rules read one a line
    (grant_rows.py, lists.py), even when its lines are not run-on on average."""
    lines = text.split("\n")
    if len(text) < MEAN_LINE * sum(1 for x in lines if x.strip()):
        if not any(len(_BULLETS.findall(x)) >= 2 for x in lines):
            return text
        return "\n".join(_bullet_rows(x) for x in lines)
    out: list[str] = []
    for line in lines:
        if len(line) <= RUN_ON:
            out.append(line)
            continue
        line = _NUMBERED.sub("\n", _sentence_ends(_LABEL.sub("\n", _caps_lines(_repeated_names(line)))))
        line = _bullet_rows(line)
        out.extend(x.strip() for x in line.split("\n") if x.strip())
    return "\n".join(out)
