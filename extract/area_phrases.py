"""Where an organisation or a project works, said with places in the genitive.

lists.py reads "X toimii A:n ja B:n alueella" (a verb of operating); relations.py reads
places in a locative case. Finnish and Swedish also say where with other words:

- a genitive chain before a generic area noun in a locative: "toimijat toimivat Oulun
  eri seutukunnissa", "hanke toteutetaan Kainuun ja Lapin kunnissa";
- a verb of serving before "A:n, B:n ja C:n alue(en|tta)": "keskus tukee Kainuun ja
  Lapin alueen palveluja", "yhdistys palvelee koko Satakunnan aluetta";
- an operating area word: "verksamhetsområdet omfattar Nyland och Egentliga Finland",
  "toiminta-alueena ovat Kainuu ja Pohjois-Savo";
- Swedish places after "i" with a verb of carrying out: "projektet genomförs i landskapen
  Nyland och Egentliga Finland" (the undertaking's area, unless "i" follows an organisation).

Each place of such a phrase is a coversArea of the sentence's actor (an organisation in the
nominative before the places, or the genitive owner of the area word), else of the
undertaking the sentence is about. Registered in the relation rule registry (relations.py).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from welfare_kg.extract.document_indexes import Piece, document_index, key
from welfare_kg.extract.excepted_places import excepted
from welfare_kg.extract.lists import AREA_ACTORS, JOINER
from welfare_kg.extract.model import Fact, Mention
from welfare_kg.extract.morphology import Morphology, lemma
from welfare_kg.extract.prefilter import guarded
from welfare_kg.extract.relations import Clause, rule
from welfare_kg.extract.rule_cues import text_needs
from welfare_kg.extract.spans import outermost

PLACES = {"Region", "CooperationArea", "Municipality", "WellbeingCounty"}
# a generic area noun in a locative after the places: "Lapin eri seutukunnissa", "Kainuun kunnissa"
_AREA_NOUN_LOCATIVE = guarded(re.compile(
            r"\s*(?:(?:eri|kaikissa|kaikilla|useissa|monissa|koko)\s+)?"
            r"(?:seutukunn(?:issa|assa|illa|alla)|kunn(?:issa|assa)|kaupung(?:eissa|issa)|alue(?:illa|ella)|"
            # a compound area noun: "Pohjois-Savon maaseutualueilla", "Kainuun haja-asutusalueilla"
            r"[a-zåäö]{3,}-?alue(?:illa|ella)|"
            r"toiminta-alue(?:illa|ella)|osissa|kylissä|maakunn(?:issa|assa))\b", re.IGNORECASE))
# "A:n, B:n ja C:n alueen/aluetta/alueita" after a verb of serving
_AREA_NOUN_OBJECT = re.compile(r"\s*(?:alue(?:en|tta|ita|iden|et|elle|ille)|maakunn(?:at|an)|maakuntia|kunnat|"
                               r"kuntia|kaupungit|kaupunkeja)\b", re.IGNORECASE)
_SERVE_VERB = re.compile(r"\b(?:tuke(?:e|vat|a)|tukien|palvele(?:e|vat|e)|kattaa|kattavat|kehittää|kehittävät|"
                         r"kohdentuu|kohdentuvat|kohdistuu|kohdistuvat|ulottuu|ulottuvat)\b", re.IGNORECASE)
# "X ry on A:n, B:n ja C:n alueen paikallinen Leader-ryhmä": what an organisation IS, said by the area its places
# make, is where it works (the copula right before the places, the area word in the genitive right after them)
# (a district the place list names in the genitive but no list holds may stand between: "Vaasan Vähänkyrön alueen")
_AREA_GENITIVE = re.compile(r"(?:\s+[A-ZÅÄÖ][a-zåäö]+n)?\s+alueen\b")
_COPULA_BEFORE = re.compile(r"\b(?:on|ovat|oli|olivat)\s+(?:koko\s+)?$")
# an operating area word before the places: "verksamhetsområdet omfattar", "toiminta-alueena on"
_AREA_WORD = guarded(re.compile(
            r"\b(?:(?:verksamhetsområde|målområde|projektområde|geografiska\s+område)(?:t)?\s+(?:omfattar|är|täcker)|(?:toiminta-alue|toimialue|kohdealue|hankealue)"
            r"(?:ena|eseen)?\s+"
            r"(?:on|ovat|oli|olivat|kattaa|kuuluu|kuuluvat)|(?:toiminta-alueeseen|toimialueeseen)\s+kuuluvat|"
            # the area made of places: "Hankealue muodostui Kainuun, Lapin ja Pohjois-Pohjanmaan maakunnista"
            r"(?:toiminta-alue|kohdealue|hankealue|projektialue)\s+(?:muodostuu|muodostui|koostuu|koostui|käsittää|käsitti)|"
            # a card's field: "Maantieteellinen kohdealue: Pohjois-Savo, Kainuu", "Kohdealue: ..."
            r"(?:maantieteellinen\s+)?kohdealue\s*:|(?:projektet|programmet)\s+riktar\s+sig\s+till|"
            r"(?:kattaa|kattavat|täcker|omfattar)\s+(?:koko|hela)|"
    # the undertaking's own reach: "Projektet omfattar Österbotten och Södra Österbotten", "Hanke kattaa A:n ja B:n"
            r"(?:projektet|hanke|hankkeen\s+toiminta)\s+(?:omfattar|omfattade|kattaa|kattoi)|"
            # "Hankkeen alueena ovat A ja B", "Projektin kohdealueena on A", "Hankkeen painopistealueina olivat A ja
            # B", "Hankkeen toimenpiteiden kohdealueina ovat A ja B": an area compound in the essive, one or plural
            # "Hankkeessa toteutettujen toimenpiteiden painopistealueina olivat A, B ja C": the inessive's deeds too
            r"(?:hankkeen|projektin|hankkeessa|projektissa)\s+(?:[a-zåäö-]+\s+){0,2}?[a-zåäö-]*alue(?:ena|ina)\s+"
            r"(?:on|ovat|oli|olivat))"
            r"(?=\s|$)",
            re.IGNORECASE))
# the operating area with a possessive suffix right before a run of places: "toiminta-alueensa Pohjois-Karjalan",
# "toiminta-alueellaan Kainuussa", "verksamhetsområde" has no suffix and is read by _AREA_WORD
_OWN_AREA_BEFORE = re.compile(r"\b(?:toiminta|toimi)-?alue(?:ensa|eensa|ellaan|ellansa|eltaan|elleen|ekseen|"
                              r"iensa|illaan|iltaan|illeen)\s+(?:koko\s+)?$", re.IGNORECASE)
# Swedish: "genomförs i landskapen A och B", "pågår i Nyland", "inom landskapet X": the places right after "i"/"inom"
_SWEDISH_IN = re.compile(
    r"\b(?:i|inom)\s+(?:(?:hela|landskapet|landskapen|regionen|regionerna|kommunen|kommunerna)\s+)?$")
_SWEDISH_RUN = re.compile(r"\b(?:genomförs|genomfördes|förverkligas|förverkligades|pågår|pågick|verkställs|"
                          r"(?<=projektet\s)verkar)\b",
                          re.IGNORECASE)
# Swedish: who is responsible for or provides services "i A, B och C" serves those places
_SWEDISH_SERVE = re.compile(r"\b(?:ansvarar\s+för|ta(?:r|git)?\s+(?:över\s+)?ansvar(?:et)?\s+för|ordnar|producerar|"
                            r"sköter|erbjuder|tillhandahåller|har\s+hand\s+om|svarar\s+för)\b", re.IGNORECASE)
# "ordnar en kurs i Pargas", "ordnar ett evenemang i Kimitoön i juni": an event held at a place, not services there
_SWEDISH_EVENT = re.compile(r"(?:kurs|evenemang|seminari|träff|möte|konsert|utställning|fest|föreläsning|workshop|"
                            r"läger|utflykt|resa|tävling|dag\b|dagar\b|kväll)", re.IGNORECASE)
# "för hela Åland", "i hela landskapet", "över hela Finland": the whole of a place
_SWEDISH_WHOLE = re.compile(r"\b(?:för|i|inom|över)\s+hela\s+(?:(?:landskapet|regionen|länet)\s+)?$", re.IGNORECASE)


# a Finnish verb of providing services; the places follow its object in the inessive or adessive
_FINNISH_SERVE = re.compile(r"\b(?:tuottaa|tuottavat|tuotti|tuottivat|järjestää|järjestävät|järjesti|järjestivät|"
                            r"tarjoaa|tarjoavat|tarjosi|tarjosivat)\s", re.IGNORECASE)
_AT_PLACE = {"sisaolento", "ulkoolento"}  # inessive, adessive
# the verb right before the towns whose services follow: "on tuottanut Iisalmen, Kiuruveden ja Vieremän ... palvelut"
_FINNISH_SERVED = re.compile(r"\b(?:tuottaa|tuottavat|tuotti|tuottanut|tuottaneet|järjestää|järjestävät|järjesti|"
                             r"järjestänyt|järjestäneet|hoitaa|hoitavat|hoiti|hoitanut|hoitaneet)"
                             r"(?:\s+(?:myös|jatkossa|edelleen|nykyisin|koko))?\s+$", re.IGNORECASE)
# after the towns, their services as the object: "sosiaali- ja terveydenhuollon palvelut", "perusterveydenhuollon"
# (a plural genitive between names other owners: "Kuopion ja Joensuun yliopistojen palvelut")
_THEIR_SERVICES = re.compile(r"\s+(?:(?![a-zåäö-]*(?:jen|iden|tten|ien)\s)[a-zåäö-]+\s+){0,4}?"
                             r"(?:[a-zåäö-]*palvelu(?:t|ja|iden|ita)|(?:perus)?terveydenhuollon|sosiaalihuollon|"
                             r"erikoissairaanhoidon)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"\s*(?:[.;:!?]|$|,\s+(?:ja|mutta|sillä|koska)\b|\s+(?:vuodesta|vuoden|alkaen|asti|saakka)\b)")
_RESIDENTS = re.compile(r"\s+(?:asukkaille|kuntalaisille|väestölle|asukkaiden\s+käyttöön)\b", re.IGNORECASE)


def _genitive_place(p: Mention) -> bool:
    """A place in the genitive ("Ähtärin"); analyses of short names vary, so a final -n counts too."""
    return p.case == "omanto" or (p.case is None and p.surface.endswith("n"))


# a verb of reaching right before the places (at most "koko"/"myös" between): where the work goes
_REACH_VERB = re.compile(r"\b(?:kohdistuu|kohdistuvat|kohdentuu|kohdentuvat|ulottuu|ulottuvat|laajenee|laajentuu)"
                         r"\s+(?:(?:koko|myös|erityisesti|pääosin)\s+)?$", re.IGNORECASE)
_TOWARDS = {"sisatulento", "ulkotulento"}  # illative, allative
# where a clause after the area word's own begins: a comma before a conjunction or a relative, or a semicolon
_CLAUSE_BREAK = re.compile(r";|,\s+(?:ja|mutta|sillä|koska|kun|missä|"
                           r"jo(?:ka|ssa|sta|lla|lta|hon|nka|tka|issa|ista|illa|ita)|och|men|där|som)\b", re.IGNORECASE)


@rule("coversArea:area-phrase", "coversArea",
      "'toimivat Lapin eri seutukunnissa', 'tukee A:n, B:n ja C:n alueen ...', 'verksamhetsområdet omfattar A och B'",
      needs="named")
def _area_phrase(c: Clause) -> list[Fact]:
    base = c.sent.start
    text = c.sent.text
    centres = [m.iri for m in c.named if m.type == "CompetenceCentre"]
    if centres:  # what a later bare "Osaamiskeskus tukee ..." refers to
        setattr(c.ctx, _LAST_CENTRE, centres[-1])
    places = [m for m in c.named if m.type in PLACES and id(m) not in c.inside]
    subjects = [m for m in c.named if m.type in AREA_ACTORS - {"Project"} and m.type not in PLACES
                and id(m) not in c.inside and m.case in {"nimento", None}]
    if subjects:  # what an ownerless "Toiminta-alue on ..." here or later speaks of
        setattr(c.ctx, _LAST_ACTOR, subjects[0].iri)
    if not places:
        return []
    groups: list[tuple[list[Mention], int | None]] = []  # places, and where their area word stands
    out: list[Fact] = []
    cue = _AREA_WORD.search(text)
    if cue is not None:
        # the places the area word states end with its clause: "Hankealue on Kainuu, ja seminaari pidettiin Oulussa"
        brk = _CLAUSE_BREAK.search(text, cue.end())
        stop = brk.start() + base if brk else c.sent.end
        groups.append(([p for p in places if p.start - base >= cue.end() and p.end <= stop], cue.start() + base))
    for chain in place_chains(text, base, places):
        # "X on lahjoittanut toiminta-alueensa Pohjois-Karjalan sekä Ylä-Savon ... toimintaan": the places in
        # apposition right after the actor's own operating area (a possessive suffix: its own) are that area
        own = _OWN_AREA_BEFORE.search(text, 0, chain[0].start - base)
        if own is not None:
            groups.append((chain, own.start() + base))
            continue
        # "Hankkeen toiminta kohdistuu Iisalmeen, Kiuruvedelle ja Vieremälle": places a verb of reaching points to
        if _REACH_VERB.search(text, 0, chain[0].start - base) and all(p.case in _TOWARDS for p in chain):
            groups.append((chain, None))
            continue
        if _SWEDISH_WHOLE.search(text, 0, chain[0].start - base):
            groups.append((chain[:1], None))  # "KST utgör ett socialvårdsområde för hela Åland"
            continue
        swedish_in = _SWEDISH_IN.search(text, 0, chain[0].start - base)
        serve = _SWEDISH_SERVE.search(text, 0, chain[0].start - base)
        if swedish_in and serve and not _SWEDISH_RUN.search(text) \
                and not _SWEDISH_EVENT.search(text, serve.end(), chain[0].start - base):
            # "välfärdsområdet tar ansvaret för ... tjänster i Askola, Borgå och Sibbo": the responsible one's area
            groups.append((chain, serve.start() + base))
            continue
        seat = next((m for m in c.named if m.type in AREA_ACTORS and m.type not in PLACES and id(m) not in c.inside
                     and swedish_in is not None and 0 <= swedish_in.start() + base - m.end <= 1), None)
        if swedish_in and seat is not None and not _SWEDISH_RUN.search(text) \
                and all(p.type in {"Region", "CooperationArea"} for p in chain):
            # "Kompetenscentret Verso i Päijänne-Tavastland och östra Nyland": an organisation in regions works
            # there (a town after "i" is only where it sits: "Nylands förbund i Helsingfors")
            groups.append((chain, None))
            continue
        if swedish_in and _SWEDISH_RUN.search(text):
            seat = any(m.type in AREA_ACTORS and 0 <= swedish_in.start() + base - m.end <= 1 for m in c.named)
            # "projektet genomförs i landskapen A och B": the project's area, not that of "av X" before it;
            if c.target and not seat:  # "av Nylands förbund i Helsingfors" is where the council sits
                out += [Fact(c.target, "coversArea", p.iri, c.ev, "coversArea:area-phrase", 0.65)
                        for p in chain if p.iri and p.iri != c.target]
            continue
        # "Yhtiö tuottaa sosiaali- ja terveyspalveluja Ähtärissä, Soinissa ja Alavudella": who provides services
        # at the places serves them (the Finnish counterpart of "ordnar tjänster i A och B")
        fin_serve = _FINNISH_SERVE.search(text, 0, chain[0].start - base)
        # "tuottaa palveluja Alavudelle, Ähtäriin ja Soiniin": the towns served, the chain closing the clause
        to_towns = all(p.case in _TOWARDS and p.type == "Municipality" for p in chain) \
            and _CLAUSE_END.match(text, chain[-1].end - base) is not None
        if fin_serve is not None and (all(p.case in _AT_PLACE for p in chain) or to_towns):
            between = text[fin_serve.end():chain[0].start - base]
            if "palvelu" in between.lower() and len(between) <= 90 and not re.search(r"[.;:!?]", between):
                groups.append((chain, None))
                continue
        # "... tuottaa sosiaali- ja terveyspalvelut A:n, B:n ja C:n asukkaille": the residents' towns
        if fin_serve is not None and len(chain) >= 2 and all(_genitive_place(p) for p in chain) \
                and _RESIDENTS.match(text, chain[-1].end - base):
            between = text[fin_serve.end():chain[0].start - base]
            if "palvelu" in between.lower() and len(between) <= 90 and not re.search(r"[.;:!?]", between):
                groups.append((chain, None))
                continue
        # "X on tuottanut A:n, B:n ja C:n sosiaali- ja terveydenhuollon palvelut": the towns whose services it provides
        done = _FINNISH_SERVED.search(text, 0, chain[0].start - base)
        if done is not None and len(chain) >= 2 and all(_genitive_place(p) for p in chain) \
                and _THEIR_SERVICES.match(text, chain[-1].end - base):
            groups.append((chain, None))
            continue
        # "Hyvinkään, Lopen ... ja Vantaan kunnissa": unanalysed genitives, and the last name with the area noun in it
        last = chain[-1]
        inner = _AREA_NOUN_LOCATIVE.search(last.surface)
        ends_in_noun = len(chain) >= 2 and inner is not None and inner.start() > 0 and inner.end() == len(last.surface)
        # "kattaa Pohjois-Karjalan ja Kainuun maakunnat": recognition took the plural noun into the last name
        noun_inside = _AREA_NOUN_OBJECT.search(last.surface)
        if len(chain) >= 2 and noun_inside is not None and noun_inside.start() > 0 \
                and noun_inside.end() == len(last.surface) and _SERVE_VERB.search(text, 0, chain[0].start - base) \
                and all(p.case == "omanto" or p.surface.endswith("-") for p in chain[:-1]):
            groups.append((chain, None))
            continue
        if not all(p.case == "omanto" or p.surface.endswith("-") or (p.case is None and p.surface.endswith("n"))
                   for p in (chain[:-1] if ends_in_noun else chain)):
            continue
        if ends_in_noun:
            groups.append((chain, None))
            continue
        tail = chain[-1].end - base
        if _AREA_NOUN_LOCATIVE.match(text, tail) or (
                _AREA_NOUN_OBJECT.match(text, tail) and _SERVE_VERB.search(text, 0, chain[0].start - base)) or (
                _AREA_GENITIVE.match(text, tail) and _COPULA_BEFORE.search(text, 0, chain[0].start - base)):
            groups.append((chain, None))
    seen = {(f.subject, f.object) for f in out}
    for covered, at in groups:
        if not covered:
            continue
        actor = _actor(c, covered[0].start, at)
        # "Nivala-Haapajärven ja Haapaveden-Siikalatvan seutukuntien alueella": the plural head is shared, the towns
        # before it name sub-regions (elided), not places of their own
        elided = covered[-1].type == "CooperationArea" and _PLURAL_AREA_HEAD.search(covered[-1].surface) is not None
        for p in covered:
            if elided and p.type == "Municipality":
                continue
            if excepted(text, p.start - base, p.end - base):
                continue  # "lukuun ottamatta Pertunmaata", "utom Pargas": left out of the area
            if actor and p.iri and p.iri != actor and (actor, p.iri) not in seen:
                seen.add((actor, p.iri))
                out.append(Fact(actor, "coversArea", p.iri, c.ev, "coversArea:area-phrase", 0.65))
    return out


_PLURAL_AREA_HEAD = re.compile(r"(?:seutukuntien|seutukunnissa|seutukunnilla|seutukuntiin|yhteistoiminta-alueiden|"
                               r"yhteistoiminta-alueilla|yhteistoiminta-alueisiin)$", re.IGNORECASE)


def free_places(c: Clause) -> list[Mention]:
    """The linked places a clause names outside other names: what a rule may give as an area."""
    return [m for m in c.named if m.type in PLACES and m.iri and id(m) not in c.inside]


def place_chains(text: str, base: int, places: list[Mention]) -> list[list[Mention]]:
    """Places joined only by commas and "ja"/"sekä"/"och": one coordinated phrase each."""
    chains: list[list[Mention]] = []
    for p in sorted(places, key=lambda m: m.start):
        if chains and JOINER.fullmatch(text[chains[-1][-1].end - base:p.start - base]) is not None:
            chains[-1].append(p)
        else:
            chains.append([p])
    return chains


def _actor(c: Clause, first_place: int, cue: int | None) -> str | None:
    """Who works there: the owner of the area word, the nearest organisation in the nominative before
    the places, else what the sentence is about."""
    if cue is not None and _UNDERTAKING_CUE.match(c.sent.text, cue - c.sent.start):
        return c.target or c.ctx.main_project  # "Projektet omfattar A och B": the undertaking's own reach
    actors = [m for m in c.named if m.type in AREA_ACTORS and m.type not in PLACES - {"WellbeingCounty"}
              and id(m) not in c.inside and m.end <= first_place]
    if cue is not None:
        owner = [m for m in actors if 0 <= cue - m.end <= 1]
        if owner:
            return owner[-1].iri
    # the nearest: "X toimii A:ssa, Y toimii B:n alueen kunnissa" gives B to Y
    subjects = [m for m in actors if m.case in {"nimento", None}]
    if subjects:
        return subjects[-1].iri
    if _BARE_CENTRE.match(c.sent.text) and getattr(c.ctx, _LAST_CENTRE, None):
        return getattr(c.ctx, _LAST_CENTRE)  # "Sosiaalialan osaamiskeskus tukee ...": the centre just named
    field = _FIELD.match(c.sent.text, cue - c.sent.start) if cue is not None else None
    if field is not None and not c.target:  # "Maantieteellinen kohdealue: ..." on a project's card
        return c.ctx.main_project or c.ctx.doc_project
    if cue is not None and any(m.start() <= cue - c.sent.start < m.end()
                               for m in _PROJECT_OWNER.finditer(c.sent.text)):
        # "Hankkeen (kuntarahoittajina ja siten) toiminta-alueena on ...": the project's area, not a partner's
        return c.target or c.ctx.main_project or c.ctx.doc_project
    if cue is not None and _AREA_WORD.match(c.sent.text, cue - c.sent.start) and not c.und \
            and getattr(c.ctx, _LAST_ACTOR, None):
        # "Toiminta-alue on pääkaupunkiseutu eli Espoo, ...": with no owner, the organisation the text is about
        return getattr(c.ctx, _LAST_ACTOR)
    if cue is not None and _AREA_WORD.match(c.sent.text, cue - c.sent.start) and not c.und and c.target is None:
        # "Toiminta-alueena ovat A, B ja C" on a project's page with no organisation before: the project's area
        return c.ctx.main_project or c.ctx.doc_project
    if c.target is None and _WORK_SUBJECT.match(c.sent.text):
        # "Kehitystyö kohdentuu koko Kainuun alueelle": the work of the project just named
        return c.ctx.main_project
    if c.target is None and any(lem.endswith("hanke") for lem in c.lemmas):
        # "Pohjois-Savon maaseutualueilla on alkamassa uusi ilmastohanke, X.": a compound word for a project is the
        # page's project, named in the sentence in a form recognition did not take
        return c.ctx.main_project or c.ctx.doc_project
    return c.target


# the area word owned by the project: "Hankkeen toiminta-alueena", "Hankkeen kuntina ja siten toiminta-alueena"
# "Hankkeen toiminta-alue on A, B ja C" too: a project's area, not that of the association named before
_PROJECT_OWNER = re.compile(r"\b(?:hankkeen|projektin)\s+(?:[a-zåäö-]+\s+){0,4}?(?:toiminta-|kohde)?alue(?:ena)?\b",
                            re.IGNORECASE)
_UNDERTAKING_CUE = re.compile(r"(?:projektet|hanke|hankkeen|hankkeessa|projektissa)\s", re.IGNORECASE)
_WORK_SUBJECT = re.compile(r"\s*(?:Kehitystyö|Kehittämistyö|Toiminta|Työ|Hanketyö)\s", re.IGNORECASE)
_FIELD = re.compile(r"(?:maantieteellinen\s+)?kohdealue\s*:", re.IGNORECASE)
# a sentence whose subject is the bare kind of the competence centre the text is about
_BARE_CENTRE = re.compile(r"\s*(?:(?:Sosiaalialan|Alueellinen|Alueen)\s+)?(?:osaamiskeskus|Osaamiskeskus|Keskus)\s",
                          re.IGNORECASE)
_LAST_CENTRE = "_area_last_competence_centre"  # kept on the document's Context between sentences
_LAST_ACTOR = "_area_last_actor"  # the subject organisation of the latest sentence that had one


# "Uudellamaalla toimivat X sekä Y", "I Nyland verkar X och Y", "I Nyland är grupperna X och Y": the place first,
# then the verb, then who works there;
# "I Päijänne-Tavastland och östra Nyland utvecklar Verso ...": a verb of working for the places
_OPERATE_AFTER = re.compile(
    r"\s+(?:toimi(?:i|vat|nut|neet)|kehittä(?:ä|vät)|tuke(?:e|vat)|palvele(?:e|vat)|verkar|är\s+verksamma?|"
    r"utvecklar|arbetar|stöder|betjänar|"
    # a copula with the plural of the actors' kind: "I Egentliga Finland är grupperna A, B och C"
    r"är\s+(?:de\s+)?(?:\w+-)?(?:grupperna|föreningarna|aktörerna|organisationerna))\b", re.IGNORECASE)
_SWEDISH_I = re.compile(r"\b[Ii]\s+$")


@rule("coversArea:place-then-actors", "coversArea",
      "'Uudellamaalla toimivat X sekä Y', 'I A och B utvecklar X': places, a verb of working, the actors",
      needs="named")
def _place_then_actors(c: Clause) -> list[Fact]:
    base, text = c.sent.start, c.sent.text
    out: list[Fact] = []
    places = free_places(c)
    for chain in place_chains(text, base, places):
        swedish = chain[0].case is None or chain[0].case == "nimento"
        locative = all(p.case in {"sisaolento", "ulkoolento"} for p in chain) or (
            swedish and _SWEDISH_I.search(text, 0, chain[0].start - base) is not None)
        verb = _OPERATE_AFTER.match(text, chain[-1].end - base) if locative else None
        if verb is None:
            continue
        stop = re.search(r"[.;:]\s", text[verb.end():])
        limit = base + verb.end() + (stop.start() if stop else len(text))
        actors = [m for m in c.named if m.type in AREA_ACTORS - {"Project"} and m.type not in PLACES
                  and id(m) not in c.inside and m.case in {"nimento", None} and base + verb.end() <= m.start < limit]
        out += [Fact(a.iri, "coversArea", p.iri, c.ev, "coversArea:place-then-actors", 0.65)
                for p in chain for a in outermost(actors) if a.iri and a.iri != p.iri]
    return out


# competence centres, whose name opens with their region: "Keski-Suomen sosiaalialan osaamiskeskus",
# "Mellersta Finlands kompetenscenter ..." (projects: document.py). Not regional councils or hospital districts:
# "Keski-Pohjanmaan liitto" is the region's own body, not an actor working in it.
_NAMED_FOR_REGION = {"CompetenceCentre"}
_INDEX = "_area_region_in_name"  # piece -> the (actor, region) pairs it completes: extract/document_indexes.py
_STATE = "_area_region_in_name_state"  # without the index (sentence_facts on its own): the walk's state, kept here


def _base_words(surface: str, morph: Morphology) -> tuple[str, ...]:
    """A place name's words in base form, Finnish or Swedish: "Keski-Suomen" and "Mellersta Finlands" alike."""
    words = surface.split()
    out = [lemma(w, morph).lower() for w in words]
    return tuple(w[:-1] if w.endswith("s") and i == len(out) - 1 and not words[-1].endswith("ss") else w
                 for i, w in enumerate(out))


@dataclass
class _RegionInName:
    """The walk over the pieces in order: the regions and the centres named so far, the pairs stated.

    Kept by the index's walk (before the sentence loop), not by the context: it grows all the document long,
    and a context that does never equals a guessed one (extract/sentence_pool.py).
    """

    pending: list[tuple[str, str]] = dataclasses.field(default_factory=list)  # (actor IRI, folded leading words)
    seen: dict[str, str] = dataclasses.field(default_factory=dict)  # folded base form of a region named alone -> IRI
    done: set[tuple[str, str]] = dataclasses.field(default_factory=set)  # (actor, region) pairs already stated

    def step(self, named: list[Mention], inside: set[int], morph: Morphology) -> list[tuple[str, str]]:
        pending, seen, done = self.pending, self.seen, self.done
        old = (len(pending), len(seen))
        for m in named:
            # a region, not a cooperation area: "Pohjois-Suomen osaamiskeskus" works in some regions of Pohjois-Suomi
            if m.type == "Region" and m.iri and id(m) not in inside and not m.surface.endswith("-"):
                words = _base_words(m.surface, morph)
                if words and not any(w in {"maakunta", "alue", "seutu", "landskapet", "regionen"} for w in words[:-1]):
                    seen.setdefault(" ".join(w for w in words if w not in {"maakunta", "alue", "landskapet"}), m.iri)
            elif m.type in _NAMED_FOR_REGION and m.iri and len(m.surface.split()) >= 3:
                first = m.surface.split()
                lead = first[0] if first[0][:1].isupper() and first[0].endswith("n") else \
                    " ".join(first[:2]) if first[0][:1].isupper() and first[1].endswith("s") else None
                if lead:
                    pending.append((m.iri, " ".join(_base_words(lead, morph))))
        if (len(pending), len(seen)) == old:
            return []  # nothing new: every pair that can match has matched in an earlier piece
        out: list[tuple[str, str]] = []
        for actor, words in pending:
            region = seen.get(words)
            if region and (actor, region) not in done:
                done.add((actor, region))
                out.append((actor, region))
        return out


@document_index(_INDEX)
def _region_in_name_index(walk: list[Piece], morph: Morphology) -> dict[tuple[int, int], list[tuple[str, str]]]:
    state = _RegionInName()
    return {key(p.sent): pairs for p in walk if (pairs := state.step(p.named, p.inside, morph))}


@rule("coversArea:region-in-name", "coversArea",
      "'Keski-Suomen sosiaalialan osaamiskeskus' with Keski-Suomi named on its own: the region in the name")
def _region_in_name(c: Clause) -> list[Fact]:
    """A competence centre or joint authority named after its region covers it.

    Only once the text also names the region on its own: then the region is an entity of the
    text and the name places the organisation in it; a region heard only inside a name stays unsaid.
    """
    index = getattr(c.ctx, _INDEX, None)
    if index is not None:
        pairs = index.get(key(c.sent), ())
    else:
        state = getattr(c.ctx, _STATE, None) or _RegionInName()
        setattr(c.ctx, _STATE, state)
        pairs = state.step(c.named, c.inside, c.morph)
    return [Fact(actor, "coversArea", region, c.ev, "coversArea:region-in-name", 0.6) for actor, region in pairs]


# "Socca pääkaupunkiseudulla, Sosiaalitaito Keski- ja Länsi-Uudellamaalla ja osa Versosta Itä-Uudellamaalla"
# regions, not towns: "Lapin yliopisto Rovaniemellä, Seita-säätiö Sodankylässä" says where each sits
_LIST_AREAS = {"Region", "CooperationArea", "WellbeingCounty"}
_PAIR_JOIN = re.compile(r"\s*(?:,|ja|sekä|och)?\s*(?:(?:osa|del\s+av)\s+)?$", re.IGNORECASE)


@rule("coversArea:actor-place-list", "coversArea",
      "'Socca pääkaupunkiseudulla, Sosiaalitaito Keski- ja Länsi-Uudellamaalla ja osa Versosta Itä-Uudellamaalla'",
      needs="named")
def _actor_place_list(c: Clause) -> list[Fact]:
    """An enumeration of organisations, each followed by where it works in the adessive or inessive.

    Two pairs at least: one organisation before one place is as often where it met or sits.
    """
    base, text = c.sent.start, c.sent.text
    ms = sorted((m for m in c.named if m.iri and id(m) not in c.inside), key=lambda m: m.start)
    runs: list[list[tuple[Mention, list[Mention]]]] = []  # pairs joined by commas and "ja"
    i = 0
    while i < len(ms):
        a = ms[i]
        if a.type not in AREA_ACTORS - {"Project"} or a.type in PLACES:
            i += 1
            continue
        places: list[Mention] = []
        j, end = i + 1, a.end
        while j < len(ms) and ms[j].type in _LIST_AREAS and (
                ms[j].case in {"ulkoolento", "sisaolento"} or ms[j].surface.endswith("-")):
            gap = text[end - base:ms[j].start - base]
            if not (gap.strip() == "" or (places and JOINER.fullmatch(gap))):
                break
            places.append(ms[j])
            end, j = ms[j].end, j + 1
        if places and not places[-1].surface.endswith("-"):
            if runs and _PAIR_JOIN.fullmatch(text[runs[-1][-1][1][-1].end - base:a.start - base]):
                runs[-1].append((a, places))
            else:
                runs.append([(a, places)])
        i = max(j, i + 1)
    pairs = [pair for run in runs if len(run) >= 2 for pair in run]
    return [Fact(a.iri, "coversArea", p.iri, c.ev, "coversArea:actor-place-list", 0.65)
            for a, places in pairs for p in places if p.iri != a.iri]


# "X muodostuu A:n, B:n ja C:n kunnista", "X koostuu A:sta ja B:stä", "X omfattar kommunerna A, B och C",
# "X består av A, B och C": a wellbeing county, joint authority or cooperation area made of its places
_MADE_OF = guarded(re.compile(
            r"\b(?:muodostu(?:u|vat|i|ivat)|koostu(?:u|vat|i|ivat)|käsittää|käsittävät|"
            r"består\s+av|bestod\s+av|bildas\s+av|bildades\s+av|utgörs\s+av|omfattar|omfattade)\b", re.IGNORECASE))
# "X:n jäsenkunnat ovat A, B ja C", "X:ään kuuluvat A, B ja C", "X:s medlemskommuner är A och B"
_MEMBERS_ARE = guarded(re.compile(r"\b(?:(?:jäsenkunnat|jäsenkuntia)\s+(?:ovat|olivat|ovat\s+olleet)|"
                                  r"kuulu(?:vat|u|ivat|i)|"
                                  r"medlemskommuner(?:na)?\s+(?:är|var))\b", re.IGNORECASE))
_PLACE_NOUN_AFTER = re.compile(r"\s*(?:kunnista|kunnasta|kaupungeista|kaupungista|kunnat|kommuner(?:na)?)\b",
                               re.IGNORECASE)
_MADE_OF_WHOLES = {"WellbeingCounty", "JointAuthority", "CooperationArea", "Region"}
_LAST_WHOLE = "_area_last_county"  # the wellbeing county or joint authority the text named last
# the sentence opens with the bare kind word: "Hyvinvointialue muodostuu ...", "Kuntayhtymä koostuu ..."
_BARE_WHOLE = re.compile(r"\s*(?:hyvinvointialue|alue|kuntayhtymä|yhtymä|välfärdsområdet|samkommunen)\s*",
                         re.IGNORECASE)


def _colon_list(text: str, base: int, after: int, chains: list[list[Mention]]) -> list[Mention]:
    """The municipalities listed after a colon that follows the place noun ("kunnasta: A, B, C")."""
    colon = re.match(r"\s*:\s*", text[after:])
    if colon is None or not chains:
        return []
    first = chains[0]
    if first[0].start - base != after + colon.end():
        return []
    munis = [p for p in first if p.type == "Municipality"]
    return munis if len(munis) >= 2 and len(munis) == len(first) else []


@rule("coversArea:made-of-places", "coversArea",
      "'X muodostuu A:n, B:n ja C:n kunnista', 'X omfattar kommunerna A, B och C', 'X:n jäsenkunnat ovat A ja B'",
      needs="named")
def _made_of_places(c: Clause) -> list[Fact]:
    """An area organisation said to consist of places covers each of them (a region contains them: partOf).

    The places are the first coordinated run after the cue: two municipalities at least, or one region or
    more whose genitive stands before "kunnista" ("muodostuu Keski-Suomen kunnista"). The whole is the
    nearest named area organisation before the cue (the genitive owner of "jäsenkunnat", the illative of
    "kuuluvat"), never one inside a project's name.
    """
    base, text = c.sent.start, c.sent.text
    out: list[Fact] = []
    named_wholes = [m for m in c.named if m.type in {"WellbeingCounty", "JointAuthority"} and m.iri
                    and id(m) not in c.inside]
    last_whole: str | None = getattr(c.ctx, _LAST_WHOLE, None)
    if named_wholes:
        setattr(c.ctx, _LAST_WHOLE, named_wholes[-1].iri)
    for cue_re in (_MADE_OF, _MEMBERS_ARE):
        cue = cue_re.search(text)
        if cue is None:
            continue
        before = [m for m in c.named if m.type in _MADE_OF_WHOLES and m.iri and id(m) not in c.inside
                  and m.end - base <= cue.start() and not re.search(r"[.;:]", text[m.end - base:cue.start()])]
        if cue_re is _MADE_OF:  # the subject of "muodostuu", "omfattar"
            wholes = [m for m in before if m.case in {"nimento", None}]
        else:  # "X:n jäsenkunnat", "X:ään kuuluvat": the owner stands right before the word
            wholes = [m for m in before if m.case in {"omanto", "sisatulento", None}
                      and text[m.end - base:cue.start()].strip() == ""]
        whole_iri = wholes[-1].iri if wholes else None
        whole_type = wholes[-1].type if wholes else "WellbeingCounty"
        if whole_iri is None and cue_re is _MADE_OF and last_whole and _BARE_WHOLE.fullmatch(text[:cue.start()]):
            whole_iri = last_whole  # "Hyvinvointialue muodostuu ...": the county the page just named
        if not whole_iri:
            continue
        places = sorted((m for m in c.named if m.type in {"Municipality", "Region"} and m.iri and m.start - base
                         >= cue.end() and id(m) not in c.inside and m.iri != whole_iri), key=lambda m: m.start)
        chains = place_chains(text, base, places)
        if not chains or chains[0][0].start - base - cue.end() > 40 or re.search(
                r"[.;]", text[cue.end():chains[0][0].start - base]):
            continue
        chain = chains[0]
        munis = [p for p in chain if p.type == "Municipality"]
        noun_after = _PLACE_NOUN_AFTER.match(text, chain[-1].end - base)
        if len(munis) >= 2 and len(munis) == len(chain):
            covered = munis
        elif chain and all(p.type == "Region" for p in chain) and noun_after and cue_re is _MADE_OF:
            covered = chain  # "muodostuu 22 Keski-Suomen kunnasta": the region's municipalities
            listed = _colon_list(text, base, noun_after.end(), chains[1:])
            covered = covered + listed  # "... kunnasta: Forssa, Hattula, ...": and each of them by name
        else:
            continue
        for p in covered:
            if whole_type in {"Region", "JointAuthority", "CooperationArea"}:
                # a member belongs to a joint authority or an area (annotation: membership is partOf)
                if p.type == "Municipality":
                    out.append(Fact(p.iri, "partOf", whole_iri, c.ev, "coversArea:made-of-places", 0.65))
            else:
                out.append(Fact(whole_iri, "coversArea", p.iri, c.ev, "coversArea:made-of-places", 0.7))
        break
    return out


# EU project cards: "3.1 Maantieteellinen kohdealue" then field lines "Maakunnat: Lappi", "Kunnat: Kemi, Tornio"
_CARD_AREA_HEADING = guarded(re.compile(r"\b(?:maantieteellinen\s+kohdealue|geografiskt\s+målområde)\b", re.IGNORECASE))
_CARD_AREA_FIELD = re.compile(r"(?:^|\n)[ \t]*(?:Maakunnat|Maakunta|Seutukunnat|Kunnat|Landskap|Kommuner)[ \t]*:"
                              r"(?P<rest>[^\n]*)", re.IGNORECASE)
_CARD_AREA_SEEN = "_area_card_heading_seen"


@rule("coversArea:card-area-fields", "coversArea",
      "'Maantieteellinen kohdealue' then 'Maakunnat: Lappi', 'Kunnat: Kemi, Tornio' on an EU project card")
def _card_area_fields(c: Clause) -> list[Fact]:
    """The places on the field lines under a card's geographic target-area heading are the project's area.

    Only after the heading (the same labels elsewhere, "Kunnat:" in an attendance list, say nothing of an area).
    """
    text, base = c.sent.text, c.sent.start
    heading = _CARD_AREA_HEADING.search(text)
    if heading is not None:
        setattr(c.ctx, _CARD_AREA_SEEN, True)
    if not getattr(c.ctx, _CARD_AREA_SEEN, False):
        return []
    project = c.ctx.main_project or c.ctx.doc_project
    if not project:
        return []
    out: list[Fact] = []
    for field in _CARD_AREA_FIELD.finditer(text, heading.end() if heading else 0):
        lo, hi = field.start("rest") + base, field.end("rest") + base
        out += [Fact(project, "coversArea", m.iri, c.ev, "coversArea:card-area-fields", 0.7)
                for m in c.named if m.type in PLACES and m.iri and lo <= m.start and m.end <= hi
                and id(m) not in c.inside and m.iri != project]
    return out


# A report's table of contents listing its sub-projects by region and town: "toimineet osahankkeet Kanta-Häme,
# Forssa Uusimaa, Hanko Keski-Suomi, Äänekoski ...", "delprojekten Nyland, Hangö Österbotten, Nykarleby"
_SUBPROJECTS = guarded(re.compile(r"\b(?:osahank(?:keet|keita|keiden)|alueelliset\s+osahankkeet|delprojekt(?:en|"
                                  r"et)?)\b",
                                  re.IGNORECASE))
_PAIR_COMMA = re.compile(r"\s*,\s*")


@rule("coversArea:subproject-towns", "coversArea",
      "'osahankkeet Kanta-Häme, Forssa Uusimaa, Hanko Keski-Suomi, Äänekoski' (sub-projects by region, town)",
      needs="named",
      text_cues=text_needs(_SUBPROJECTS))
def _subproject_towns(c: Clause) -> list[Fact]:
    """Sub-projects listed as "Region, Town" pairs after the sub-project word: the main project works in each town.

    Two pairs at least, glued only by spaces (a heading list), so that a lone "Uusimaa, Hanko" in running text
    says nothing; the main project is the one named before the word in the same sentence, else the one the
    sentence is about. The regions are only labels of the towns and give no fact.
    """
    base, text = c.sent.start, c.sent.text
    cues = list(_SUBPROJECTS.finditer(text))
    if not cues:
        return []
    places = sorted((m for m in c.named if m.type in {"Region", "Municipality"} and m.iri and id(m) not in c.inside),
                    key=lambda m: m.start)
    out: list[Fact] = []
    seen: set[str] = set()
    for cue in cues:
        projects = [m for m in c.und if m.type == "Project" and m.iri and m.end - base <= cue.start()]
        project = projects[-1].iri if projects else c.target
        if not project:
            continue
        towns: list[Mention] = []
        at = cue.end()
        rest = [m for m in places if m.start - base >= at]
        i = 0
        while i + 1 < len(rest):
            region, town = rest[i], rest[i + 1]
            if region.type != "Region" or town.type != "Municipality" \
                    or text[at:region.start - base].strip() != "" \
                    or _PAIR_COMMA.fullmatch(text[region.end - base:town.start - base]) is None:
                break
            towns.append(town)
            at, i = town.end - base, i + 2
        if len(towns) < 2:
            continue
        for town in towns:
            if town.iri not in seen and town.iri != project:
                seen.add(town.iri)
                out.append(Fact(project, "coversArea", town.iri, c.ev, "coversArea:subproject-towns", 0.65))
    return out


# An election page: "Kandidaterna kommer från (de så kallade C 10-)kommunerna A, B och C", "Ehdokkaat tulevat
# alueen kunnista A, B ja C": the county whose council is elected is made of those towns
_CANDIDATES_FROM = guarded(re.compile(r"\bkandidater(?:na)?\s+kommer\s+från\b|\behdokkaat\s+tulevat\b", re.IGNORECASE))
_LAST_COUNTY = "_area_last_wellbeing_county"  # the wellbeing county the text named last, also inside a body's name


@rule("coversArea:candidates-towns", "coversArea",
      "'Det finns 79 platser i X välfärdsområdes fullmäktige. Kandidaterna kommer från kommunerna A, B och C'",
      needs="named")
def _candidates_towns(c: Clause) -> list[Fact]:
    """The towns the council candidates come from are the wellbeing county's (annotation: read as "made of").

    Only a wellbeing county named in this or an earlier sentence (the council's county, also inside the
    council's name), two municipalities at least in one coordinated run right after the cue.
    """
    base, text = c.sent.start, c.sent.text
    cue = _CANDIDATES_FROM.search(text)
    counties = [m for m in c.named if m.type == "WellbeingCounty" and m.iri
                and (cue is None or m.start - base < cue.start())]
    county: str | None = counties[-1].iri if counties else getattr(c.ctx, _LAST_COUNTY, None)
    named_now = [m for m in c.named if m.type == "WellbeingCounty" and m.iri]
    if named_now:
        setattr(c.ctx, _LAST_COUNTY, named_now[-1].iri)
    if cue is None or not county:
        return []
    towns = sorted((m for m in c.named if m.type == "Municipality" and m.iri and id(m) not in c.inside
                    and m.start - base >= cue.end()), key=lambda m: m.start)
    chains = place_chains(text, base, towns)
    if not chains or len(chains[0]) < 2 or chains[0][0].start - base - cue.end() > 50 \
            or re.search(r"[.;:]", text[cue.end():chains[0][0].start - base]):
        return []
    return [Fact(county, "coversArea", t.iri, c.ev, "coversArea:candidates-towns", 0.65) for t in chains[0]]


# The joint undertaking of an area's municipalities: "GeroMetro on pääkaupunkiseudun kuntien yhteinen
# kehittämisrakenne" (the subject before the area), "Ålands alla kommuner beslöt att bilda KST", "Kainuun kunnat
# perustivat X:n" (the undertaking after the area)
_JOINT_OF_TOWNS = re.compile(r"\s+(?:kaikkien\s+)?(?:kuntien|kaupunkien)\s+yhtei(?:nen|set|seksi)\b", re.IGNORECASE)
_IS = re.compile(r"\s+(?:on|oli|ovat|olivat)\s+", re.IGNORECASE)
_TOWNS_FORMED = re.compile(
    r"\s+(?:alla\s+|kaikki\s+)?(?:kommuner|kunnat)\s+(?:(?:beslöt|beslutade|har\s+beslutat)\s+)?(?:att\s+bilda|"
    r"bildade|har\s+bildat|perustivat|ovat\s+perustaneet|päättivät\s+perustaa)\s+", re.IGNORECASE)
_JOINT_AREAS = {"Region", "CooperationArea"}


@rule("coversArea:joint-of-towns", "coversArea",
      "'X on A:n kuntien yhteinen ...', 'A:s alla kommuner beslöt att bilda X', 'A:n kunnat perustivat X:n'",
      needs="named")
def _joint_of_towns(c: Clause) -> list[Fact]:
    """What an area's municipalities share or formed together works in the whole area.

    The undertaking must stand right by the phrase: the subject just before "on A:n kuntien yhteinen", or the
    first name right after "A:s kommuner bildade"; a place elsewhere in the sentence says nothing.
    """
    base, text = c.sent.start, c.sent.text
    ms = sorted((m for m in c.named if m.iri and id(m) not in c.inside), key=lambda m: m.start)
    out: list[Fact] = []
    for i, area in enumerate(ms):
        if area.type not in _JOINT_AREAS:
            continue
        after = area.end - base
        if area.case == "omanto" and _JOINT_OF_TOWNS.match(text, after) and i > 0:
            subj = ms[i - 1]
            if subj.type in AREA_ACTORS - PLACES and subj.case in {"nimento", None} \
                    and _IS.fullmatch(text[subj.end - base:area.start - base]):
                out.append(Fact(subj.iri, "coversArea", area.iri, c.ev, "coversArea:joint-of-towns", 0.65))
            continue
        formed = _TOWNS_FORMED.match(text, after)
        if formed is not None and i + 1 < len(ms):
            obj = ms[i + 1]
            if obj.type in AREA_ACTORS - PLACES and obj.start - base == formed.end():
                out.append(Fact(obj.iri, "coversArea", area.iri, c.ev, "coversArea:joint-of-towns", 0.65))
    return [f for f in out if f.subject != f.object]


# A project's name followed at once by its area: "kuntakokeilusta Pirkanmaan alueella", "Ilo-hanke Kainuun
# maakunnassa" (also inside an agreement's title, where the other rules skip the inner names)
_AREA_RIGHT_AFTER = re.compile(r"\s+(?:alueella|maakunnassa|maakunnan\s+alueella|seutukunnassa)\b", re.IGNORECASE)


_IN_PLACE = {"sisaolento", "ulkoolento"}
# a word in a locative case after the place: the place belongs to a phrase running on ("Oulussa pidetyssä")
_LOCATIVE_WORD_AFTER = re.compile(r"[ \t]+[a-zåäö-]+(?:ssa|ssä|lla|llä)\b")
# a name written with its project word ("Väliasema-hanke", "X -projektissa"): the place after it is the project's
_PROJECT_WORD_END = re.compile(r"(?i)(?:hanke|hankkee\w*|hanketta|projekti\w*)$")


@rule("coversArea:project-then-area", "coversArea",
      "'yhteistyösopimus työllisyyden kuntakokeilusta Pirkanmaan alueella', 'Ilo-hanke Kainuun maakunnassa'",
      needs="und")
def _project_then_area(c: Clause) -> list[Fact]:
    """A region in the genitive before an area word, right after a project's name, is where that project works.

    Only with nothing between the name and the region: "hanke esiteltiin Kainuun alueella" says where it was shown.
    """
    base, text = c.sent.start, c.sent.text
    out: list[Fact] = []
    regions = [m for m in c.named if m.type in {"Region", "CooperationArea"} and m.iri
               and (m.case == "omanto" or (m.case is None and m.surface[-1:] in {"n", "N"}))]
    # "Väliasema-hanke Sotkamossa oli ...": a town or region in a locative case right after the name, the phrase
    # ending there (not "X-hanketta Oulussa pidetyssä seminaarissa", where the place says where the event was)
    located = [m for m in c.named if m.type in {"Municipality", "Region", "CooperationArea"} and m.iri
               and m.case in _IN_PLACE
               and not _LOCATIVE_WORD_AFTER.match(text, m.end - base)]
    for p in c.und:
        if p.type != "Project" or not p.iri:
            continue
        for r in regions:
            if r.start == p.end + 1 and text[p.end - base:r.start - base] == " " \
                    and _AREA_RIGHT_AFTER.match(text, r.end - base) and r.iri != p.iri:
                out.append(Fact(p.iri, "coversArea", r.iri, c.ev, "coversArea:project-then-area", 0.65))
        if not p.generic and _PROJECT_WORD_END.search(p.surface):
            out += [Fact(p.iri, "coversArea", r.iri, c.ev, "coversArea:project-then-area", 0.65) for r in located
                    if r.start == p.end + 1 and text[p.end - base:r.start - base] == " " and r.iri != p.iri]
    return out
