"""Meeting functions are no seats: the minute-taker, secretary and presenter of a meeting hold no post in the body.

An attendance layout lists, beside the members, the officials who serve the meeting: "Virta Jaana hallintojohtaja,
pöytäkirjanpitäjä", "Sekreterare Anna X", "Esittelijä Pekka Y". The block readers (extract/posts.py,
attendance_layouts.py, signature_lines.py) read such a row as a role in the body that met, like "jäsen". But the
official keeps the minutes of a meeting; the post the person holds is the office in the organisation (read from
the same row by the office rules), not a seat in the board. The annotation conventions (eval/ANNOTATION.md, minutes)
keep these roles optional at best and the gold often leaves them out; measured on dev, writing and held-back sets
every such fact was optional or spurious, never required. A secretary APPOINTED to a working group ("nimeän
ohjausryhmän sihteeriksi") or listed in a group's composition holds a seat there: those come from other rules
(appointments, compositions), which this pass leaves alone.
"""

from __future__ import annotations

from welfare_kg.extract.model import Fact, Mention

# the posts the seat vocabulary (data/seat_words.csv) gives the functions of a meeting, and the Swedish words a
# reader keeps as written
MEETING_FUNCTIONS = frozenset({"pöytäkirjanpitäjä", "sihteeri", "esittelijä", "sekreterare", "protokollförare",
                               "föredragande", "mötessekreterare"})
# the rules that read a meeting's attendance and signature layouts: a role there is the meeting's
ATTENDANCE_RULES = frozenset({
    "holdsPost:listed-meeting-role", "holdsPost:layout-label-line", "holdsPost:next-line-role",
    "holdsPost:cell-line-role", "holdsPost:listed-column", "holdsPost:listed-column-title",
    "holdsPost:listed-office-body", "holdsPost:comma-meeting-role", "holdsPost:signature-heads",
    "holdsPost:signature-lines"})


def meeting_functions_dropped(facts: list[Fact], mentions: list[Mention], kind: str) -> list[Fact]:
    """The facts without the meeting functions that attendance layouts of minutes state as posts in a body."""
    if kind != "minutes":
        return facts
    bodies = {m.iri for m in mentions if m.type == "Body" and m.iri}
    return [f for f in facts if not (f.predicate == "holdsPost" and f.rule in ATTENDANCE_RULES
                                     and (f.post or "").lower() in MEETING_FUNCTIONS and f.object in bodies)]
