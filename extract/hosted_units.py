"""A known organisation written right after its known host's genitive is part of the host.

The reference data records which organisation hosts another (data/*.csv's `hosted_by`, wkg:hostedBy: the Strategic
Research Council at the Academy of Finland, competence centres at the companies or joint authorities that run them).
A text that writes the host's genitive right before the hosted one's name ("Tutkimusta rahoittaa Suomen Akatemian
strategisen tutkimuksen neuvosto") states the tie. Recognition reads both names from the reference data, so no
rule on the words between them fires; the tie is the data's and the text's together: partOf, the hosted one part of
its host. Only the host's genitive with nothing but white space before the hosted name: "X:n rahoittama Y" or a list
"X:n, Y:n ja Z:n" say something else.
Registered in the relation rule registry (relations.py).
"""

from __future__ import annotations

from welfare_kg.data import reference_hosts
from welfare_kg.extract.model import Fact
from welfare_kg.extract.relations import Clause, rule

RULE = "partOf:hosted-unit"
CONFIDENCE = 0.8


@rule(RULE, "partOf", "a known organisation right after its known host's genitive", needs="named")
def _hosted_unit(c: Clause) -> list[Fact]:
    hosts = reference_hosts()
    hosted = [m for m in c.named if m.iri in hosts]
    if not hosted:
        return []
    out: list[Fact] = []
    base = c.sent.start
    for m in hosted:
        host = hosts[m.iri or ""]
        if any(p.iri == host and p.end <= m.start and (p.case == "omanto" or p.surface.endswith(("n", ":n")))
               and not c.sent.text[p.end - base:m.start - base].strip() for p in c.named):
            out.append(Fact(m.iri or "", "partOf", host, c.ev, RULE, CONFIDENCE))
    return out
