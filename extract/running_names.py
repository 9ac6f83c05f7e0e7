"""Project names written in running text without a kind word next to them.

The recogniser finds a project by its head ("X -hanke", "hankkeen X"), but pages and minutes
often name a project with the bare name mid-sentence and say what it is with the words
around it: "Hankkeen nimi on Yhdessä kotona (YKO)", "Projektet Trygg vardag i byn finansieras
av ...", "... toteuttaa Osallisuus arjessa (OSA) yhteistyössä ...". A capitalised run of words
after a lower-case word is a name only with such a cue, since most are places, people,
organisations, item titles or a sentence's words after a heading (on the development corpus
about 400 such runs, 15 of them names); the cues read here:

- a name statement: "Hankkeen nimi on X", "hanke nimeltä X", "Yksi hankkeista on X",
  "Projektet heter X", a label line "Hanke: X" anywhere;
- Swedish "Projektet X <verb>": the name runs to the finite verb ("Projektet Trygg vardag i byn
  finansieras"); the head-then-name reading stopped at the first lower-case word;
- a short name in parentheses after the run whose letters begin its words in order
  ("Yhdessä kotona (YKO)", "Kuivin jaloin (KuJa)"), in a sentence that speaks of a project;
- a project verb right before the run ("rahoittaa", "toteuttaa", "käynnisti", "on mukana", "Rahoitusta sai
  myös" with "jossa/jonka" after the name) when
  the run ends the clause (comma, line end, parenthesis, dash, "yhteistyössä") and the sentence
  speaks of a project;
- a head, then the name read to its clause's end ("hankkeessa Liikkuva Tampere, jota"), over a
  place inside the name; after a genitive or a Swedish head only to a comma or a relative word;
- the project's own plan or report ("Kummelin peruskorjauksen hankesuunnitelma", "X Loppuraportti");
- a quoted phrase ending in a project head ('"omakotitalkkareiden työllistämishankkeen"');
- a spaced head after a name whose last word no modifier of the head would be in
  ("Kisällistä osaajaksi projekti"), and "X -kokonaisuus", "X – kehittämistyössä";
- a copular definition: the sentence's subject before "on"/"oli" and a short verbless predicate ending in
  a project head that says whose or what kind it is ("Perhekeskus kuntoon on Pohjois-Savon kuntien yhteinen
  hanke, jonka ...", "X oli yhdistyksen hallinnoima hanke."), also in a relative clause ("käynnistyy X,
  joka on STM:n rahoittama hanke"), and "hankkeelle, jonka nimi on X";
- a run followed by its years in parentheses ("alkoi Arjen tuki (2021–2023), jota ...") where projects are
  spoken of.

- round 3: a long name holding "ja" read back to its line start before " -hanke"; " -hankekokonaisuus"; a dash
  spaced on both sides before an inflected or possessive head ("X – hankkeelle", "X – hankkeemme"); a head misspelt
  by one letter ("-hankeessa", "-hankeen"); an adverb glued to the head ("Mukana-hanke"); a quoted name glued to the
  head ('"X"-hankkeeseen'); a Swedish copular definition ("X var ett ... projekt"); a name in apposition after a
  genitive head, ending before the noun the genitive owns ("hankkeen X toimintaan").

Names the recogniser read after their head but stretched are trimmed here too: a trailing "ja", a partner
phrase before "kanssa" ("X yhdessä kuntien kanssa"), a time or essive word starting the clause's next part
("X vuosina 2021-2023", "Hankkeen X tavoitteena on"), "niminen" between the name and the head; an owner's
genitive read from the sentence's first capital ("Oulun kaupungin X -hanke"), a flattened list before the name
("STEA o Muistiluotsi o X -hanke"). Dropped: coordinated kinds read as one name ("EU-hankkeessa ja ESR-hankkeessa"),
a funding channel glued to the head ("Leader-hanke"), a verb and its object before a genitive head.

A name ends at punctuation, a line end, a finite verb, a relative pronoun or a word that
starts the clause's next part ("yhteistyössä", "kanssa"). A run that overlaps a mention
already read (a place, a person, an organisation, a project read by its head) is left alone,
and so is one whose last word is an organisation's kind word ("... osaamiskeskus (ISO)").
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from welfare_kg.extract.funding_modifiers import describing_compound
from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import FINITE_MOODS, Morphology
from welfare_kg.extract.name_echoes import settled_project_names
from welfare_kg.extract.names import base_of, identity_key
from welfare_kg.extract.prefilter import guarded
from welfare_kg.extract.recognition_words import GENERIC_MODIFIERS, GLUED_GENERIC, LOCAL_CASES
from welfare_kg.extract.spans import SpanIndex
from welfare_kg.extract.text import Token, tokenize

MAX_WORDS = 12  # a name, with its subtitle words, is short
WINDOW = 200  # characters read after a cue for the name
# "Hankkeen nimi on X", "Projektin nimenä on X", "hanke nimeltä X", "Projektet heter X", "projektets namn är X"
_STATEMENT = re.compile(  # one \b before the word-led forms: tested once at a place, not once a form (2.7x faster scan)
    r"(?:\b(?:(?:[Hh]ankkeen|[Pp]rojektin|[Hh]ankkeemme|[Pp]rojektimme|[Kk]ehittämishankkeen|[Pp]ilotin|[Kk]okeilun)"
    r"[ \t]+(?:(?:virallinen|julkinen|uusi)[ \t]+)?(?:nimi|nimenä|työnimi)(?:[ \t]+on|[ \t]*:)"
    r"|(?:hanke|hankkeen|hanketta|hankkeessa|hankkeeseen|projekti|projektin|projektia|projektissa|"
    r"projektiin|kokeilu|pilotti)(?:,)?[ \t]+nimeltä(?:än)?"
    r"|(?:[Hh]anke|[Pp]rojekti|[Kk]okeilu)[ \t]+(?:on|oli|kulkee)[ \t]+nimeltään"  # "Hanke on nimeltään X"
    r"|[Pp]rojekt(?:et)?[ \t]+(?:heter|kallas)"
    r"|[Pp]rojektets[ \t]+namn[ \t]+är"
    r"|(?:[Yy]ksi|[Tt]oinen|[Kk]olmas|[Ee]nsimmäinen)[ \t]+(?:hankkeista|projekteista|rahoitetuista[ \t]+hankkeista)"
    r"[ \t]+on"
    r"|[Ee]tt[ \t]+av[ \t]+projekten[ \t]+är"
    r"|(?:[a-zåäö]*hank(?:e|keelle|keeseen|keessa|keen|ketta)|[a-zåäö]*projekti(?:lle|in|ssa|n|a)?),?[ \t]+"
    r"(?:jonka|jolle|jota)[ \t]+(?:nimi|nimeksi|nimenä)[ \t]+(?:on|tuli|annettiin)"
    r"|[Pp]rojekt(?:et)?[ \t]+med[ \t]+namnet)"
    r"|^[ \t]*(?:Hanke|Projekti|Projekt|Projektnamn|Projektets[ \t]+namn|Hankenimi)[ \t]*:)"  # a label line anywhere
    r"[ \t]+[\"“”«»„']?(?=[A-ZÅÄÖ0-9])", re.MULTILINE)
_SWEDISH_RELATIVE = re.compile(r"[ \t]+(?:som|där|vars|vilket|vilka|under[ \t]+(?:åren|året|år)|(?:19|20)\d\d)"
                               r"(?![\w-])|[ \t]*\((?:19|20)\d\d")  # "projektet Vi ses i byn (2018-2021) koordineras"
# "Projektet X finansieras": the Swedish definite head, then a capitalised name
_SWEDISH_HEAD = re.compile(r"\b[Pp]rojektet[ \t]+(?=[A-ZÅÄÖ])")
# Swedish verbs that end a name after "Projektet": finite forms, present and past, passive too (an -s after
# u, o or y is a noun's: "fokus", "campus")
_SWEDISH_VERB = re.compile(r"(?:är|var|har|hade|ska|skall|kommer|kan|får|fick|blir|blev|vill|\w*(?:går|står|gick|stod)|"
                           r"\w{3,}(?:as|ades|des|tes|ar|er|ir|ade|de|te|dde|tte|(?<![uoy])s))$")
_SWEDISH_NAME_WORDS = {"i", "för", "över", "och", "på", "med", "till", "av", "om", "mot", "utan", "från", "vid"}
# words a Swedish verb pattern would read as verbs but that stand in names
_SWEDISH_NOT_VERB = {"gränser", "kommuner", "familjer", "äldres", "barns", "ungas", "unga", "äldre", "tjänster",
                     "vardag", "byar", "föreningar", "regioner", "organisationer", "brukare", "anhöriga",
                     "närstående", "seniorer", "barnfamiljer", "kvinnor", "män", "flickor", "pojkar"}
# a project verb right before a bare name
_CUE_VERB = re.compile(
    r"\b(?:rahoittaa|rahoitti|rahoittavat|rahoittama|rahoittamaa|toteuttaa|toteutti|toteuttavat|toteuttivat|"
    r"käynnisti|käynnistää|käynnistivät|käynnistävät|hallinnoi|hallinnoivat|koordinoi|koordinoivat|"
    r"genomför|genomförde|finansierar|finansierade|koordinerar|startade|driver|"
    r"on[ \t]+mukana|ovat[ \t]+mukana|oli[ \t]+mukana|olivat[ \t]+mukana|osallistuu|osallistuvat|osallistui|"
    r"deltar[ \t]+i|deltog[ \t]+i|"
    r"(?:[Rr]ahoitusta|[Aa]vustusta|[Tt]ukea|[Rr]ahoituksen|[Aa]vustuksen)[ \t]+(?:sai|saivat|saa|saavat)"
    r"(?:[ \t]+(?:myös|lisäksi|mm\.|muun[ \t]+muassa))?)[ \t]+(?=[A-ZÅÄÖ])")
# the project as the object before a cue verb ("Hanketta hallinnoi", "Hankkeen toteuttaa", "jota rahoittaa"): the
# capitalised run after the verb is the one who acts on it, an organisation, not a project's name
_OBJECT_BEFORE_VERB = re.compile(
    r"(?i)(?<![\w-])(?:[\w-]*(?:hanketta|hankkeita|hankkeen|hankkeet|projektia|projekteja|projektin|projektit)"
    r"|jota|joita|jonka|joiden|sitä|niitä|niiden)[ \t]+\Z")
# " -hanke", " -projektin", " -hankekokonaisuuteen" (a project run as a whole of sub-projects), a compound head
# ("-hyvinvointiyhteistyöhankkeelle"): a spaced dash glued to a project head marks the words before it as a name
_DASH_HEAD = re.compile(r"(?<=\w)[ \t]+[-–](?P<head>[a-zåäö]*(?:hanke|hankkeen|hanketta|hankkeessa|hankkeeseen|"
                        r"hankkeesta|hankkeella|hankkeelle|projekti|projektin|projektia|projektissa|projektiin|"
                        r"hankekokonaisuu(?:s|den|tta|teen|dessa|desta|delle|della)))(?![\w-])")
# " – hankkeelle", " - hankkeemme": a dash spaced on both sides, then a project head in a case or with a possessive
# suffix (the plain nominative "– hanke" may open a new clause and is left alone)
_SPACED_DASH_HEAD = re.compile(r"(?<=\w)[ \t]+[-–—][ \t]+(?P<head>hankkeen|hanketta|hankkeessa|hankkeeseen|hankkeesta|"
                               r"hankkeella|hankkeelle|hankkeemme|hankkeessamme|hankkeeseemme|hankkeestamme|"
                               r"hankkeellemme|hankkeelleen|projektin|projektia|projektissa|projektiin|projektista|"
                               r"projektille|projektimme|projektissamme)(?![\w-])")
# "Föreningar tillsammans var ett EU-finansierat s.k. Leader-projekt med fokus på ...": a Swedish copular definition
_SV_COPULA = guarded(re.compile(r"[ \t]+(?:är|var)[ \t]+(?:ett|en)[ \t]+(?P<pred>(?:[\w.:-]+[ \t]+){0,6}?)"
                                r"(?P<head>[\w-]*projekt)(?=[ \t]*(?:[,.;(]|\n|$)|[ \t]+(?:med|som|där|för|i|"
                                r"inom|mellan)"
                                r"(?![\w-]))"))
# "DIDIA är ett av de 79 projekt som finansieras ...": one of a count of projects, the subject one of them
_SV_ONE_OF = re.compile(r"[ \t]+(?:är|var)[ \t]+(?:ett|en)[ \t]+av[ \t]+(?:de[ \t]+)?(?:\d+[ \t]+)?"
                        r"(?:[\w-]+[ \t]+){0,3}?[\w-]*projekt(?:en)?(?![\w-])")
# "X on yksi 79 hankkeesta", "X on yksi STEAn rahoittamista hankkeista": one of the projects
_FI_ONE_OF = re.compile(r"yksi[ \t]+(?:\d+[ \t]+)?(?:[\w:-]+[ \t]+){0,3}?[a-zåäö-]*(?:hankkeista|hankkeesta|"
                        r"projekteista|projektista)(?![\w-])")
_SV_FINITE_END = re.compile(r"(?:ade|ar|er|de|te|tt)$")  # "beviljade", "arbetar": a verb before the copula
_SV_CLAUSE_WORDS = {"som", "där", "vilket", "vilka", "vars", "när", "att", "om", "eftersom", "men"}
_SV_NOT_PREDICATE = {"i", "på", "av", "till", "om", "från", "under", "vid", "inom", "mot", "hos", "med", "för"}
_SV_NOT_SUBJECT = {"det", "detta", "den", "denna", "han", "hon", "vi", "de", "projektet", "målet", "syftet", "här",
                   "där", "vilket", "som", "och", "men", "även", "också", "nu", "då"}
# "toteuttaa X yhteistyössä Y:n kanssa": an adverbial after the name ends it as a comma would
_ADVERBIAL_NEXT = re.compile(r"[ \t]+(?:yhteistyössä|yhdessä|vuosina|vuonna|vuosille|ajalla|aikavälillä)(?![\w-])")
# a project head, then its name: "hankkeessa X,", "projektin X, jota", "Hanke X alkoi"
_HEAD_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:(?:EU|ESR|ESF|EAKR|ERDF|AMIF|STEA|RAY|Interreg|Leader|LEADER|Erasmus\+?)-)?"
    r"(?:[a-zåäö]*(?:hanke|hankkeen|hankkeeseen|hankkeessa|hankkeesta|hanketta|hankkeella|hankkeelle|"
    r"hankkeena)|[a-zåäö]*(?:projekti|projektin|projektiin|projektissa|projektista|projektia|projektilla|"
    r"projektille)|projektet|Hanke|Projekti|Projektet))[ \t]+(?=[A-ZÅÄÖ])")
# "Arjen tuki on STM:n rahoittama kehittämishanke, jonka ...": a sentence's subject, "on"/"oli", a short
# predicate and a project head in the nominative ending the clause
_COPULA = re.compile(r"[ \t]+(?:on|oli)[ \t]+")
_COPULA_HEAD = re.compile(r"(?P<head>[a-zåäö-]*(?:hanke|projekti))(?=[ \t]*(?:[,.;(]|\n|$)|[ \t]+(?:jonka|joka|jossa|"
                          r"jota|jolla|ja|mutta)(?![\w-]))")
# a participle naming who runs or pays ("rahoittama", "hallinnoima") or a kind of undertaking
_COPULA_CUE = re.compile(r"(?i)(?:\w+(?:ma|mä)|yhteinen|yhteis\w*|kehittämis\w*|kolmivuotinen|kaksivuotinen|"
                         r"valtakunnallinen|alueellinen|seudullinen|maakunnallinen)$")
_COPULA_NOT_SUBJECT = {"asemosana", "seikkasana", "sidesana", "suhdesana"}
# plural project words ("useita hankkeita", "hankkeet", "projekteja")
_PROJECTS_WORD = re.compile(r"(?i)hankkei|hankkeet|projekteja|projektei|projektit")
# "Arjen tuki (2021–2023)": a span of years in parentheses right after a name
_YEARS_AFTER = re.compile(r"[ \t]*\((?:19|20)\d\d[ \t]*[–—-][ \t]*(?:19|20)?\d\d\)")
# "X niminen hanke", "X -nimisessä projektissa": the word "named" between a name and its head
_NAMED_HEAD = re.compile(r"[ \t]+-?nimi(?:nen|sen|sessä|seen|selle|sestä|sellä|senä|siä|sissä|siin)(?![\w-])")
_RELATIVE_COPULA = re.compile(r",[ \t]+joka[ \t]+(?:on|oli)[ \t]+")
COPULA_PREDICATE = 10  # words between "on" and the head
# a project's own document after its name: "Kummelin peruskorjauksen hankesuunnitelma", "X Projektisuunnitelma"
_PROJECT_DOCUMENT = re.compile(r"(?<=[\w)])[ \t]+(?:[Hh]ankesuunnitelm|[Pp]rojektisuunnitelm|[Ll]oppuraport|"
                               r"[Vv]äliraport|[Hh]ankehakemu|[Pp]rojektiraport|[Hh]ankeraport)\w*(?![\w-])")
# a quoted phrase: '"omakotitalkkareiden työllistämishankkeen" tukemiseksi' when it ends in a project head
_QUOTED = re.compile(r"[\"“”«„](?P<inner>[^\"“”«»„\n]{3,150})[\"“”»]")
# a lower-case project head after a space, no dash: "Kisällistä osaajaksi projekti toteutettiin"
_SPACED_HEAD = re.compile(r"(?<=[a-zåäö])[ \t]+(?P<head>(?:hanke|hankkeen|hanketta|hankkeessa|hankkeeseen|hankkeesta|"
                          r"hankkeella|hankkeelle|projekti|projektin|projektia|projektissa|projektiin|projektista|"
                          r"projektilla|projektille))(?![\w-])")
# a kind word after a dash that the recogniser does not read as a project's head: "X – kehittämistyössä"
_DASH_KIND = re.compile(r"[ \t]*[-–][ \t]*(?:kehittämistyö|kehittämiskokonaisuu|kehittämisprosessi|"
                        r"kehittämisverkosto|uudistustyö|yhteistyöhanke)\w*|[ \t]+[-–](?:kokonaisuu|uudistu)\w*")
# the sentence speaks of a project: a head word anywhere in it
_PROJECT_WORD = re.compile(r"(?i)(?:hanke|hankkee|hanketta|projekt|pilot|kokeilu|kehittämistyö|tavoitteena)")
# "(YKO)", "(KuJa)", "(OSA)": a short name in parentheses
_SHORT = re.compile(r"[ \t]*\((?P<acr>[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,9})\)")
# "hanke NUORI (Nuoret osallisiksi)": a short name in capitals, then its spelt-out words in brackets (the mirror of
# "Nuoret osallisiksi (NUORI)")
_LONG_AFTER = re.compile(r"(?<![\w-])(?P<acr>[A-ZÅÄÖ]{2,10})[ \t]+\((?P<long>[A-ZÅÄÖ][^()\n]{3,120})\)")
# a project head glued to a dash right after the short name's brackets: "X (ACR) -hankkeeseen"
_BRACKET_DASH_HEAD = re.compile(r"[ \t]*[-–]((?:hank|projekt)[a-zåäö]*)(?![\w-])")
# words that begin the clause's next part, not the name's
_STOPS = {"yhteistyössä", "kanssa", "avulla", "kautta", "myötä", "aikana", "vuosina", "vuonna", "osalta",
          "toimesta", "tuella", "rahoituksella", "mukaan", "jonka", "joka", "jota", "jossa", "jolla", "jolle",
          "jotka", "joiden", "joissa", "mikä", "mitä", "missä", "sekä", "eli", "ym", "mm", "muun", "esimerkiksi",
          "lisäksi", "ohella", "jälkeen", "ennen", "myös",
          # postpositions after their genitive ("Hanke-esittelyn perusteella X – hankkeen"): what the name is
          # read on the strength of, for or because of, never part of it
          "perusteella", "johdosta", "vuoksi", "takia", "ansiosta", "puolesta", "sijaan", "tueksi",
          "som", "där", "vilket", "vars", "tillsammans", "under", "inom", "genom", "samt", "ja"}
# "Mukana-hankkeen", "Eteenpäin-projektissa": one capitalised word glued to a project head
_GLUED_HEAD = re.compile(r"(?<![\w-])(?P<name>[A-ZÅÄÖ][a-zåäö]{2,})-(?P<head>hanke|hankkeen|hanketta|hankkeessa|"
                         r"hankkeeseen|hankkeesta|hankkeella|hankkeelle|hankkeelta|projekti|projektin|projektia|"
                         r"projektissa|projektiin|projektista|projektille)(?![\w-])")
# word classes that never name a project glued to its head (a pronoun, a conjunction, an adposition)
_NOT_GLUED_NAME = {"asemosana", "sidesana", "suhdesana"}
# a project head misspelt by one letter ("-hankeessa", "-hankeen", "-hankkeesa"): the name before it is read as
# before a head spelt right
_TYPO_HEAD = re.compile(r"(?<=\w)(?P<sep>[ \t]+[-–]|-)"
                        r"(?P<head>hank{1,2}e{1,2}(?:n|ssa|sa|seen|sen|sta|lla|lle|tta|na)?)(?![\w-])")
_HEAD_FORMS = {"hanke", "hankkeen", "hankkeessa", "hankkeeseen", "hankkeesta", "hankkeella", "hankkeelle", "hanketta",
               "hankkeena"}
# one word glued to a project or programme head, in any case ("ESR-hankkeessa", "Yhdessä-projektissa")
_GLUED_ANY_HEAD = re.compile(r"(?<![\w-])(?:(?P<name>[A-ZÅÄÖa-zåäö][\wåäö]*)-|[a-zåäö]+(?=hank|projekt|ohjelm))"
                             r"(?P<head>hank[a-zåäö]*|projekt[a-zåäö]*|ohjelm[a-zåäö]*)(?![\w-])")
_JOINED = re.compile(r"[ \t]*(?:,|[ \t](?:ja|sekä|tai)[ \t]|,[ \t]*(?:ja|sekä|tai)[ \t])[ \t]*")
# programmes and funds whose name glued to a project head says how the project is funded, never which it is
_FUNDING_CHANNELS = {"leader", "interreg", "erasmus", "erasmus+", "horisontti", "life"}
# "kehittämishankkeen Arjen tuki päätösseminaarissa": a genitive head, the name in apposition, then the noun the
# genitive owns (the project's event, time, work, results, people)
_GENITIVE_HEAD = re.compile(r"(?<![\w-])[a-zåäö-]*(?:hankkeen|projektin)[ \t]+(?=[A-ZÅÄÖ])")
_POSSESSED = ("toiminta", "aika", "seminaari", "tilaisuus", "kokous", "ryhmä", "raportti", "sivu", "sivusto", "työ",
              "puite", "tulos", "tavoite", "rahoitus", "hallinnointi", "päätös", "suunnitelma", "kumppani",
              "koordinaattori", "päällikkö", "työntekijä", "vetäjä", "kesto", "budjetti", "arviointi", "tuotos")
# '"Arjen tuki"-hankkeeseen', '”Kylän kesä”-projektin': a quoted name glued to the head by a hyphen
_QUOTED_GLUED = re.compile(r"[\"“”«„](?P<inner>[^\"“”«»„\n]{2,120}?)[\"“”»]-(?P<head>hank(?:e|kee)[a-zåäö]*|hanketta|"
                           r"projekt[a-zåäö]*|pilot[a-zåäö]*|kokeilu[a-zåäö]*)(?![\w-])")
# bullet marks left standing alone when a list is flattened into one line
_BULLET_MARKS = {"o", "•", "▪", "◦", "·"}
# kinds of organisation that own a project: their genitive before a name is the owner ("Oulun kaupungin X -hanke")
_OWNER_KINDS = ("kaupunki", "kunta", "yhdistys", "liitto", "säätiö", "seura", "seurakunta", "hyvinvointialue",
                "kuntayhtymä", "yliopisto", "ammattikorkeakoulu")
# words joining a name's parts ("tuki työelämässä ja työelämään siirryttäessä") or two names
_JOINERS = {"ja", "sekä"}
# time and purpose words that follow a name and begin the clause's next part
_TIME_WORDS = {"vuosina", "vuonna", "vuosille", "vuodesta", "vuoteen", "ajalla", "aikavälillä", "syksyllä", "keväällä",
               "kesällä", "talvella", "alkaen", "asti", "saakka"}
# a name statement keeps "ja" and "sekä" inside the name ("Osallisuus ja hyvinvointi arjessa")
_STATEMENT_STOPS = _STOPS - {"ja", "sekä", "under", "inom", "genom", "samt"}
_ORGANISATION_START = re.compile(r"(?i)(?:centret|centrum|center|institutet|förbundet|föreningen|stiftelsen|"
                                 r"nämnden|styrelsen|kansliet|keskus|instituutti|yhdistys|säätiö|liitto)$")
_NOUN_CLASSES = {"nimisana", "laatusana", "nimisana_laatusana", "asemosana"}
_PLACE_TYPES = {"Municipality", "Region", "CooperationArea", "Area"}
# kind words of organisations and places: a run ending in one names who, not a project
_ORGANISATION_END = re.compile(
    r"(?i)(?:keskus|laitos|yhdistys|liitto|ministeriö|virasto|yhtymä|säätiö|oy|ry|ab|rf|lautakunta|hallitus|"
    r"valtuusto|ryhmä|yliopisto|korkeakoulu|alue|kunta|kaupunki|seurakunta|osuuskunta|toimisto|keskusliitto|"
    r"förening|förbund|stiftelse|kommun|stad|nämnd|styrelse|institut|universitet|högskola|laki|lag|asetus)$")


# words that ask or point: never a name's first word after a bare head
_POINTING_WORDS = {"mitä", "mikä", "miksi", "miten", "kuka", "ketkä", "se", "ne", "tämä", "nämä", "tuo", "nuo", "joka"}
# a quoted section heading of a report: a section number, or a question ("miksi hanke", "mitä hanke teki")
_QUOTED_HEADING = re.compile(r"(?i)^(?:\d+(?:\.\d+)*\.?\s|.*\b(?:miksi|mitä|miten|mikä|kuka|ketkä)\b)")


def running_name_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                          morph: Morphology) -> list[list[Mention]]:
    """per_sentence with the projects named by a bare name and a cue around it added."""
    index = SpanIndex([m for ms in per_sentence for m in ms])  # bisection: a 20 MB page has 10^5 mentions
    added = _Added()
    drop: set[int] = set()

    def free(a: int, b: int) -> bool:
        return not index.overlapping(a, b) and added.free(a, b)

    def free_but(a: int, b: int, allowed: list[Mention]) -> bool:
        ids = {id(x) for x in allowed}
        return all(id(x) in ids for x in index.overlapping(a, b)) and added.free(a, b)

    def places_in(a: int, b: int) -> list[Mention]:
        return [x for x in index.overlapping(a, b) if a < x.start and x.end <= b and x.type in _PLACE_TYPES]

    def shorter_at(a: int, b: int) -> list[Mention]:
        return [x for x in index.overlapping(a, b) if x.type == "Project" and x.start == a and x.end < b]

    per_sentence_projects = [x for ms in per_sentence for x in ms if x.type == "Project"]
    for x in per_sentence_projects:
        cut = _trimmed_end(text, x, morph)
        if cut is not None:
            drop.add(id(x))  # "hankkeet Vahva arki ja Kotona hyvin": the recogniser's "Vahva arki ja"
            word = text[x.start:cut]
            if x.rule == "head-then-name" and " " not in word.strip() and word.isalpha() and not word.isupper() \
                    and morph.analyse(word):
                continue  # "miksi hanke Seminaarin tarkoituksena": one known common word left says what, not which
            added += _mention(text, x.start, cut, morph, "trimmed-name")
    for x in [x for x in per_sentence_projects if id(x) not in drop]:
        last_item = _after_bullets(text, x, morph)  # "STEA o Muistiluotsi o X -hanke": a flattened list's last item
        y = last_item or x
        trimmed = _without_owner(text, y, morph) or last_item
        if trimmed is not None:
            drop.add(id(x))  # "Oulun kaupungin Vahva arki -hanke alkoi": the city owns the project, it is no name word
            added += [trimmed]
    for x in per_sentence_projects:
        if x.label.lower() in _FUNDING_CHANNELS:
            drop.add(id(x))  # "Leader-hanke", "Interreg-projekti": a project funded through the channel, no name
    for x in [x for ms in per_sentence for x in ms if x.type in {"Project", "Programme"} and x.rule == "compound-head"
              and id(x) not in drop]:
        heads = list(_GLUED_ANY_HEAD.finditer(text, x.start, x.end))
        if len(heads) < 2 or not all(_JOINED.fullmatch(text[h.end():k.start()]) for h, k in itertools.pairwise(heads)):
            continue
        drop.add(id(x))  # "EU-hankkeessa ja ESR-hankkeessa sekä Sote-hankkeessa": each glued word its own, or none
        for h in heads:
            name = h.group("name")
            if not name or not (_names_glued(name, morph) or _adverb_name(name, morph)):
                continue  # "valtionavustushankkeelle", "EU-hankkeelle": a kind of project, no name
            head = h.group("head")
            kind = "ohjelma" if "ohjelm" in head else "projekti" if "projekt" in head else "hanke"
            label = f"{name}-ohjelma" if kind == "ohjelma" else name
            added += [replace(y, type=x.type, parts=(f"{name}-{kind}",)) for y in _mention(
                text, h.start(), h.end(), morph, "split-glued-names", label=label)]
    for m in _matches(_GENITIVE_HEAD, text):
        found = _name_before_possessed(text, m.end(), morph)
        if found is None:
            continue
        a, b, named = found
        if not named:  # the recogniser's "Kehittäjätiimin kokouksessa" read after the head is no project either
            drop.update(id(x) for x in index.overlapping(a, b) if x.type == "Project" and x.rule == "head-then-name"
                        and x.start == a and x.end <= b)
            continue
        longer = [x for x in index.overlapping(a, b) if x.type == "Project" and x.start == a and x.end > b]
        if (longer and not added.free(a, b)) or (not longer and not free(a, b)):
            continue
        drop.update(id(x) for x in longer)  # "hankkeen Arjen tuki toimintaan": the recogniser's reading ran on
        added += _mention(text, a, b, morph, "genitive-apposition-name")
    for m in _matches(_STATEMENT, text):
        name = _run(text, m.end(), morph, stops=_STATEMENT_STOPS, places_inside=True)
        if name is None:
            continue
        if _SWEDISH_STATEMENT.search(m.group(0)):
            name = _before_swedish_verb(text, *name)  # "Projektet heter X och pågår i två år"
        a, b = name
        inside = places_in(a, b)
        if not free_but(a, b, inside):
            continue
        drop.update(id(x) for x in inside)  # "Hankkeen nimi on Wauto Ylivieska": the place is the name's word
        short = _SHORT.match(text, b)
        added += _mention(text, a, b, morph, "name-statement", acronym=short.group("acr") if short else None)
    for m in _matches(_SWEDISH_HEAD, text):
        name = _swedish_run(text, m.end())
        if name is None:
            continue
        a, b = name
        shorter = shorter_at(a, b)
        if shorter and all(a <= x.start and x.end <= b for x in index.overlapping(a, b)):
            drop.update(id(x) for x in shorter)
            added += _mention(text, a, b, morph, "projektet-run")
        elif not shorter and free(a, b):
            added += _mention(text, a, b, morph, "projektet-run")
    for m in _matches(_SHORT, text):
        found = _spelled_before(text, m.start(), m.group("acr"), morph, line_item=text[m.end():m.end() + 2]
                                .strip(" \t")[:1] in {"", "\n", "\r"})
        if found is None or not free(found, m.end()) or not _speaks_of_project(text, found, starts):
            continue
        # "X (ACR) -hankkeeseen": the head after the brackets gives the name its case, as it does without them
        head = _BRACKET_DASH_HEAD.match(text, m.end())
        added += _mention(text, found, m.start(), morph, "spelled-short-name", acronym=m.group("acr"),
                          head=head.group(1) if head else None, dash=head is not None)
    for m in _matches(_LONG_AFTER, text):
        a, b = m.start("long"), m.end("long")
        if not free(a, b) or not _spelled_after(m.group("acr"), m.group("long"), morph) \
                or not _speaks_of_project(text, m.start(), starts):
            continue
        # "hankkeessa NUORI (Nuoret osallisiksi)": the bracket spells out the same project's name
        added += _mention(text, a, b, morph, "spelled-long-name", acronym=m.group("acr"))
    for m in _matches(_CUE_VERB, text):
        name = _run(text, m.end(), morph, stops=_STATEMENT_STOPS)
        if name is None or not free(*name) or not _speaks_of_project(text, name[0], starts):
            continue
        a, b = name
        if len(text[a:b].split()) < 2 or not (_ends_clause(text, b) or _DASH_KIND.match(text, b)
                                              or _ADVERBIAL_NEXT.match(text, b)):
            continue
        if _OBJECT_BEFORE_VERB.search(text, max(0, m.start() - 40), m.start()):
            continue  # "Hanketta hallinnoi X", "jota rahoittaa X": the project is the verb's object, X its actor
        funding = re.match(r"(?i)(?:rahoitusta|avustusta|tukea|rahoituksen|avustuksen)[ \t]", m.group(0))
        if funding and not re.match(r",[ \t]+(?:jossa|jonka|jota|jolla)(?![\w-])", text[b:b + 12]):
            continue  # "Rahoitusta sai myös X, jossa kehitetään ...": an association that got a grant is "joka"
        added += _mention(text, a, b, morph, "cue-verb-name")
    for m in _matches(_HEAD_BEFORE, text):
        name = _run(text, m.end(), morph, stops=_STOPS, places_inside=True)
        head = m.group(0).rstrip()
        genitive = head.endswith(("hankkeen", "projektin"))
        if head.lower().endswith("projektet"):  # "projektet", "ESF-projektet"
            if name is not None and _swedish_verb_inside(text, *name):
                continue  # "Projektet X finansieras med stöd från Y,": the verb ends the name; _swedish_run reads it
            ends = _swedish_clause_end  # lower-case Swedish words are read by no Finnish morphology: ',' or 'som'
        else:
            ends = _ends_with_clause_mark if genitive else lambda t, e: _ends_name(t, e, morph)
        if name is None or not ends(text, name[1]):
            continue  # after a genitive head only a name its clause ends with: "projektin Nuoret Duunissa, jota"
        a, b = name
        if any(not t.is_cap and _maybe_finite(t, morph) for t in tokenize(text[a:b], a)[1:]):
            continue  # "Hanke Yhteistyö alkaa.", "Hanke K30 toimi": a word that may be the clause's verb
        if text[a:b].split()[0].lower() in _POINTING_WORDS:
            continue  # "miksi hanke Mitä se on": a report's run-in headings, a question or a pointer, no name
        if _place_adverbial(tokenize(text[a:b], a), morph):
            continue  # "yhteinen hanke Ruotsin pohjoisosassa toimii": where the project runs, no name
        inside, shorter = places_in(a, b), shorter_at(a, b)
        if len(text[a:b].split()) < 2 or not free_but(a, b, inside + shorter):
            continue
        drop.update(id(x) for x in inside + shorter)  # "hankkeessa Kotona kokonainen elämä," read to the comma
        short = _SHORT.match(text, b)
        added += _mention(text, a, b, morph, "head-clause-name", acronym=short.group("acr") if short else None)
    for a, b, shorter in _copular_subjects(text, starts, morph, index):
        inside = places_in(a, b)
        if free_but(a, b, inside + shorter):
            drop.update(id(x) for x in inside + shorter)  # "hankkeesta Vistalt ja muhalt Perinnetietoa oli": read whole
            short = _SHORT.match(text, b)
            added += _mention(text, a, b, morph, "copular-name", acronym=short.group("acr") if short else None)
    for a, b in swedish_copular_subjects(text, tuple(starts)):
        inside = places_in(a, b)
        if free_but(a, b, inside):
            drop.update(id(x) for x in inside)
            added += _mention(text, a, b, morph, "swedish-copular-name")
    for a, b in _relative_copular_names(text, morph):
        inside = places_in(a, b)
        if free_but(a, b, inside):
            drop.update(id(x) for x in inside)
            added += _mention(text, a, b, morph, "relative-copular-name")
    for m in _matches(_YEARS_AFTER, text):
        a = _run_start(text, m.start(), morph)
        if a is None or not free(a, m.start()) or not (_speaks_of_project(text, a, starts) or _PROJECTS_WORD.search(
                text, max(0, a - WINDOW), a)):
            continue  # the sentence, the one before or the words before it speak of a project or projects
        run = tokenize(text[a:m.start()], a)
        if len(run) < 2 or not all(t.is_word for t in run) or _ORGANISATION_END.search(run[-1].text) \
                or re.search(r"(?i)ohjelma|strategia|suunnitelma|selvitys|tutkimus", text[a:m.start()]) \
                or _PROJECT_WORD.search(text, a, m.start()) or _PROJECTS_WORD.search(text, a, m.start()):
            continue  # "Kotihoidon kehittämisohjelma (2020–2022)": a programme or a plan, not a project
        added += _mention(text, a, m.start(), morph, "years-after-name")
    for m in _matches(_PROJECT_DOCUMENT, text):
        found = _documented_name(text, m.start(), morph)
        if found is None:
            continue
        a, b, label = found
        # "Saarijärven ASPA-palvelutalon hankesuunnitelma": the town is the name's first word
        inside = [x for x in index.overlapping(a, b) if a <= x.start and x.end <= b and x.type in _PLACE_TYPES]
        if not free_but(a, b, inside):
            continue
        drop.update(id(x) for x in inside)
        added += _mention(text, a, b, morph, "project-document-name", label=label)
    for m in _matches(_QUOTED, text):
        inner = m.group("inner").strip()
        last = inner.split()[-1] if inner.split() else ""
        bases = morph.bases(last.lower()) if last and last[:1].islower() else set()
        a = m.start("inner") + m.group("inner").find(inner)
        if len(inner.split()) < 2 or not any(x.endswith(("hanke", "projekti")) for x in bases) \
                or not free(a, a + len(inner)) or _QUOTED_HEADING.match(inner):
            continue  # 'Download "1. Hankkeen tausta, miksi hanke"': a report's numbered heading names nothing
        base = next(x for x in sorted(bases) if x.endswith(("hanke", "projekti")))
        label = f"{inner[:len(inner) - len(last)]}{base}"
        # '"omakotitalkkareiden työllistämishankkeen" tukemiseksi' -> "omakotitalkkareiden työllistämishanke"
        added += _mention(text, a, a + len(inner), morph, "quoted-head-name", label=label)
    for m in _matches(_SPACED_HEAD, text):
        a = _spaced_name_start(text, m.start(), morph, index)
        if a is None or not free(a, m.end()):
            continue
        added += _mention(text, a, m.start(), morph, "spaced-head-name", head=m.group("head"))
    for m in _matches(_DASH_HEAD, text):
        a = _dash_name_start(text, m.start(), morph)
        if a is None or not free(a, m.end()):
            continue  # the recogniser's own reading stands; this reads only what it left out
        added += _mention(text, a, m.start(), morph, "dash-head-fallback", head=m.group("head"), dash=True)
    for m in _matches(_GLUED_HEAD, text):
        if not free(m.start(), m.end()) or not _adverb_name(m.group("name"), morph):
            continue  # the recogniser reads other glued names ("Verso-hankkeen") itself
        kind = "projekti" if m.group("head").startswith("projekt") else "hanke"
        added += [replace(x, parts=(f"{m.group('name')}-{kind}",)) for x in _mention(
            text, m.start(), m.end(), morph, "glued-adverb-name", label=m.group("name"))]
    for m in _matches(_SPACED_DASH_HEAD, text):
        a = _dash_name_start(text, m.start(), morph, joined=False)
        if a is None or not free(a, m.end()):
            continue
        added += _mention(text, a, m.start(), morph, "spaced-dash-head-name", head=m.group("head"), dash=True)
    for m in _matches(_TYPO_HEAD, text):
        if m.group("head") in _HEAD_FORMS:
            continue  # spelt right: the recogniser's ("-hankeen" after a dash is no snow crust, "hanki")
        if m.group("sep") == "-":  # "Lapsirikas-hankeen": the one word glued to the head
            word = tokenize(text[max(0, m.start() - 40):m.start()], max(0, m.start() - 40))[-1:]
            if not word or not word[0].is_cap or word[0].end != m.start() or not _names_glued(word[0].text, morph):
                continue
            a = word[0].start
        else:
            a = _dash_name_start(text, m.start(), morph, joined=False)
        if a is None or not free(a, m.end()):
            continue
        glued = m.group("sep") == "-"
        added += [replace(x, end=m.end(), surface=text[a:m.end()],
                          parts=(f"{x.label}-hanke",) if glued else x.parts) for x in _mention(
            text, a, m.start(), morph, "misspelt-head-name", head="hanke", dash=not glued)]
    for m in _matches(_QUOTED_GLUED, text):
        inner = m.group("inner").strip()
        a = m.start("inner") + m.group("inner").find(inner)
        if not inner or not inner[:1].isupper() or not free(a, m.end()):
            continue  # the recogniser's reading of the quoted name stands
        kind = "projekti" if m.group("head").startswith("projekt") else "hanke"
        added += [replace(x, end=m.end(), surface=text[a:m.end()], parts=(f"{inner}-{kind}",)) for x in _mention(
            text, a, a + len(inner), morph, "quoted-glued-head", label=inner)]
    for m in _matches(_DASH_KIND, text):
        a = _run_start(text, m.start(), morph)
        if a is None or not free(a, m.start()):
            continue
        added += _mention(text, a, m.start(), morph, "dash-kind-name")
    out = insert_mentions(per_sentence, starts, added.mentions, drop) if added.mentions or drop else per_sentence
    return settled_project_names(text, out, starts, morph)  # the whole document's view: extract/name_echoes.py


# The patterns running_name_mentions scans whole texts with. On a 20 MB page the 18 scans take ~7 CPU-s and
# find little ("Hankkeen nimi on X": none); they read the text alone, so extraction can have them done while
# forked processes recognise the sentences (`scan_text` in document.py's from_text_alone).
_SCANNED = (_GENITIVE_HEAD, _STATEMENT, _SWEDISH_HEAD, _SHORT, _LONG_AFTER, _CUE_VERB, _HEAD_BEFORE, _YEARS_AFTER,
            _PROJECT_DOCUMENT, _QUOTED, _SPACED_HEAD, _DASH_HEAD, _GLUED_HEAD, _SPACED_DASH_HEAD, _TYPO_HEAD,
            _QUOTED_GLUED, _DASH_KIND, _RELATIVE_COPULA)


@lru_cache(maxsize=2)
def scan_text(text: str) -> tuple[tuple[int, ...], ...]:
    """Where each pattern of _SCANNED matches in `text` (the starts of its `finditer`), kept for the text."""
    return tuple(tuple(m.start() for m in p.finditer(text)) for p in _SCANNED)


def _matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` from `scan_text`: a match found at a start is `pattern.match(text, start)`, as
    look-behinds, \\b and ^ see the text before `pos` and $ its real end; only the starts are kept."""
    for at in scan_text(text)[_SCANNED.index(pattern)]:
        m = pattern.match(text, at)
        if m is not None:  # always: the scan matched there
            yield m


class _Added:
    """The mentions this pass adds, none overlapping another. Each check bisects the sorted spans; a new
    span goes to a small pending list merged in by sorting once it grows, so a large page that adds
    thousands stays near n log n."""

    MERGE_EVERY = 256

    def __init__(self) -> None:
        self.mentions: list[Mention] = []
        self._spans: list[tuple[int, int]] = []
        self._pending: list[tuple[int, int]] = []

    def free(self, a: int, b: int) -> bool:
        i = bisect_right(self._spans, (a, a))
        if (i and self._spans[i - 1][1] > a) or (i < len(self._spans) and self._spans[i][0] < b):
            return False
        return not any(s < b and a < e for s, e in self._pending)

    def __iadd__(self, new: list[Mention]) -> _Added:
        for m in new:
            if self.free(m.start, m.end):
                self._pending.append((m.start, m.end))
                self.mentions.append(m)
        if len(self._pending) >= self.MERGE_EVERY:
            self._spans = sorted(self._spans + self._pending)
            self._pending = []
        return self

def _run(text: str, at: int, morph: Morphology, *, stops: set[str],
         places_inside: bool = False) -> tuple[int, int] | None:
    """The name that begins at `at`: words to the first punctuation, line end, finite verb or stop word."""
    toks = tokenize(text[at:at + WINDOW], at)
    if not toks or not toks[0].is_cap or not toks[0].is_word:
        return None
    end = toks[0].end
    words = 1
    for prev, tok in itertools.pairwise(toks):
        if "\n" in text[prev.end:tok.start] or words >= MAX_WORDS:
            break
        if not (tok.is_word or re.fullmatch(r"(?:19|20)\d{2}(?:[–-](?:19|20)?\d{2})?|\d\.\d|[IVX]+", tok.text)):
            break
        low = tok.text.lower()
        if low in stops or (not tok.is_cap and _finite(tok, morph)):
            break
        end = tok.end
        words += 1
    name = text[at:end]
    inside = [t for t in toks if t.end <= end]
    if any(":" in t.text for t in inside) or any(t.is_cap and _organisation_first(t, morph) for t in inside[1:]):
        return None  # "MSL:n sivuilta", "Jäsenet Lindqvist": an owner or a person, no name of a project
    if _PROJECT_WORD.search(name):
        return None  # "Euroopan maatalousrahaston rahoittaman hankkeen": a head word, read by the recogniser
    if (_ORGANISATION_END.search(name.split()[-1]) and not places_inside) or _organisation_first(toks[0], morph):
        return None
    return at, end


def _trimmed_end(text: str, m: Mention, morph: Morphology) -> int | None:
    """Where a project name read after its head should have ended: before a trailing conjunction ("Vahva arki
    ja" in "hankkeet Vahva arki ja Kotona hyvin") or before "yhdessä"/"yhteistyössä" whose "kanssa" follows
    the name ("hankkeessa Vahva arki yhdessä kuntien kanssa"); None when it ends well."""
    named = _NAMED_HEAD.search(text, m.start, m.end)
    if named is not None and named.start() > m.start and text[m.start:m.start + 1].isupper():
        return named.start()  # "Arjen polku nimisessä hankkeessa": the name is what comes before "niminen"
    if m.rule != "head-then-name":
        return None
    toks = tokenize(text[m.start:m.end], m.start)
    if len(toks) < 2 or not toks[0].is_cap:
        return None
    if toks[-1].text in {"ja", "sekä", "tai", "och", "eller"}:
        return toks[-2].end
    k = len(toks)
    while k > 1 and _clause_word_after_name(text, toks[k - 1], morph):
        k -= 1  # "hanketta Vahva arki vuosina 2021-2023", "Hankkeen Vahva arki tavoitteena on"
    if k < len(toks):
        return toks[k - 1].end
    essive = next((j for j in range(1, len(toks))
                   if not toks[j].is_cap and _essive_before_copula(text, toks[j], morph)), None)
    if essive is not None:
        return toks[essive - 1].end  # "Hankkeen Vahva arki kumppaneina toimivat A ja B": the verb was read into it
    if re.match(r"[ \t]+kanssa(?![\w-])", text[m.end:m.end + 12]):
        for k, t in enumerate(toks[1:], 1):
            if t.text in {"yhdessä", "yhteistyössä"}:
                return toks[k - 1].end
    if toks[-1].text in {"yhdessä", "yhteistyössä"} and _PARTNER_AFTER.match(text, m.end, m.end + 80):
        return toks[-2].end  # "hankkeen Arjen tuki yhdessä Tuusulan kunnan kanssa": the partner's name ended the read
    return None


# a partner's name of up to three words and "kanssa" after "yhdessä"/"yhteistyössä" that ends a name's read
_PARTNER_AFTER = re.compile(r"(?:[ \t]+[\w:-]+){1,3}?[ \t]+kanssa(?![\w-])")


def _after_bullets(text: str, m: Mention, morph: Morphology) -> Mention | None:
    """A name read over a list flattened into one line keeps only its last item: "STEA o Muistiluotsi o Muistin
    eväät -hanke" (a lone "o" or "•" is a bullet) -> "Muistin eväät". None when no bullet precedes a capital."""
    toks = tokenize(text[m.start:m.end], m.start)
    cut = None
    for k, t in enumerate(toks[:-1]):
        if t.text in _BULLET_MARKS and k and toks[k + 1].is_cap and toks[k + 1].is_word:
            cut = k + 1
    return None if cut is None else _from_word(text, m, toks[cut].start, morph, "after-bullets")


def _without_owner(text: str, m: Mention, morph: Morphology) -> Mention | None:
    """The project mention without its owner's genitive when the name was read from a sentence's first capital
    over it ("Oulun kaupungin Vahva arki -hanke", "OVOK- tukiyhdistyksen Moninaisilla poluilla -hanke"): a
    genitive whose base is an organisation's kind word, within the name's first five words, then a capital.
    None when the name holds no such owner or its label does not start with the words written."""
    toks = tokenize(text[m.start:m.end], m.start)
    for k, t in enumerate(toks[:5]):
        if k + 1 >= len(toks) or not t.is_word or not toks[k + 1].is_word or not toks[k + 1].is_cap:
            continue
        readings = morph.analyse(t.text)
        if any(a.cls == "paikannimi" for a in readings):  # "Satakunnan", "Uudenkaupungin": a place in the name
            continue
        if not any(a.case == "omanto" and a.base.lower().endswith(_OWNER_KINDS) for a in readings):
            continue
        if toks[k + 1].start >= m.end:
            return None
        return _from_word(text, m, toks[k + 1].start, morph, "without-owner")
    return None


def _from_word(text: str, m: Mention, at: int, morph: Morphology, why: str) -> Mention | None:
    """m without the written words before `at` (a bullet list's earlier items, an owner's genitive), its label and
    parts cut alike; None when the label does not start with those words or nothing of a name is left."""
    dropped = text[m.start:at].rstrip()
    if not m.label.startswith(dropped):
        return None
    label = m.label[len(dropped):].strip()
    key = identity_key(label, morph)
    if not key:
        return None
    parts = tuple(p[len(dropped):].strip() if p.startswith(dropped) else p for p in m.parts)
    return replace(m, start=at, surface=text[at:m.end], label=label, key=key, parts=parts, rule=f"{m.rule}-{why}")


def _clause_word_after_name(text: str, tok: Token, morph: Morphology) -> bool:
    """A lower-case word that starts the clause's next part, not the name's: a time or means adverbial
    ("vuosina", "avulla") or an essive before "on" or "toimii" ("tavoitteena on", "hallinnoijana toimii")."""
    low = tok.text.lower()
    if tok.is_cap or not tok.is_word:
        return False
    if low in _STOPS - {"ja", "sekä", "samt"} or low in _TIME_WORDS:
        return True
    return _essive_before_copula(text, tok, morph)


def _essive_before_copula(text: str, tok: Token, morph: Morphology) -> bool:
    """"tavoitteena on", "kumppaneina toimivat": an essive then "on"/"toimii" states what someone or something is
    as, the predicate's start."""
    if re.match(r"[ \t]+(?:on|oli|ovat|olivat|toimii|toimivat|toimi)\b", text[tok.end:tok.end + 10]) is None:
        return False
    readings = morph.analyse(tok.text)
    return bool(readings) and all(a.case == "olento" for a in readings)


def _project_predicate(text: str, at: int, end: int, morph: Morphology) -> bool:
    """A short verbless predicate from `at` ending in a project head in the nominative that ends its clause,
    with a participle or kind word saying whose or what kind it is ("STM:n rahoittama hanke", "kuntien
    yhteinen hanke, jonka", "kehittämishanke.")."""
    if _FI_ONE_OF.match(text, at):
        return True  # "X on yksi 79 hankkeesta, joita ...": one of the projects
    head = _COPULA_HEAD.search(text, at, end)
    if head is None:
        return False
    pred = tokenize(text[at:head.start()], at)
    words = [t for t in pred if t.is_word]
    if len(pred) > COPULA_PREDICATE or any(not t.is_cap and _finite(t, morph) for t in words) \
            or "kärki" in head.group("head"):
        return False
    return len(head.group("head")) > len("projekti") or any(_COPULA_CUE.search(t.text) for t in words) \
        or _owner_before_head(words, morph) or _RUNNER_RELATIVE.match(text, head.end()) is not None


# "X on hanke, jota hallinnoi Y": the relative clause after a bare head names who runs or pays the project
_RUNNER_RELATIVE = re.compile(r"[ \t]*,?[ \t]*(?:jota|jonka)[ \t]+(?:\w+[ \t]+)?(?:hallinnoi|koordinoi|toteuttaa|"
                              r"toteutti|rahoittaa|rahoitti|vetää|johtaa|hallinnoivat|toteuttavat|rahoittavat)(?![\w-])")


def _owner_before_head(words: list[Token], morph: Morphology) -> bool:
    """The word before the project head is an owner's genitive, capitalised ("Lapin yliopiston hanke", "STM:n
    hanke", "Kemin kaupungin projekti": a name's last word in lower case after a capitalised one) or a programme's
    ("X-ohjelman hanke"): the predicate says whose project the subject is."""
    if not words:
        return False
    last = words[-1].text
    if last.endswith((":n", "ohjelman")):
        return True
    if not any(a.case == "omanto" for a in morph.analyse(last)):
        return False
    return words[-1].is_cap or (len(words) >= 2 and words[-2].is_cap and any(
        a.case == "omanto" for a in morph.analyse(words[-2].text)))


def _relative_copular_names(text: str, morph: Morphology) -> list[tuple[int, int]]:
    """"... käynnistyy Arjen polku, joka on STM:n rahoittama hanke.": the capitalised run before ", joka on"
    (after a lower-case word, on its line) is the project the relative clause defines."""
    out: list[tuple[int, int]] = []
    for m in _matches(_RELATIVE_COPULA, text):
        if not _project_predicate(text, m.end(), min(len(text), m.end() + WINDOW), morph):
            continue
        a = _run_start(text, m.start(), morph)
        if a is None:
            continue
        run = tokenize(text[a:m.start()], a)
        if len(run) < 2 or _ORGANISATION_END.search(run[-1].text) or run[-1].text.lower().endswith("ohjelma"):
            continue
        out.append((a, m.start()))
    return out


def _copular_subjects(text: str, starts: list[int], morph: Morphology,
                      index: SpanIndex[Mention]) -> list[tuple[int, int, list[Mention]]]:
    """The copular subjects (`copular_runs`) that no mention but a place or a shorter project overlaps:
    (start, end, shorter Project mentions at start)."""
    out: list[tuple[int, int, list[Mention]]] = []
    for a, b in copular_runs(text, tuple(starts), morph):
        others = index.overlapping(a, b)
        shorter = [x for x in others if x.type == "Project" and x.start == a and x.end < b]
        if any(x.type not in _PLACE_TYPES and x not in shorter for x in others):
            continue
        out.append((a, b, shorter))
    return out


@lru_cache(maxsize=2)
def copular_runs(text: str, starts: tuple[int, ...], morph: Morphology) -> tuple[tuple[int, int], ...]:
    """Names a sentence defines as a project: "Arjen tuki on STM:n rahoittama kehittämishanke, jonka ...",
    "X oli yhdistyksen hallinnoima hanke." The subject runs from the sentence's start (after a heading in
    capitals, a number, or a project word it follows: "Yhteenveto hankkeesta X oli ..."); the predicate is
    short, holds no verb and names who runs or pays, or the head is a compound kind ("kehittämishanke").
    A description before "on" would pass this too ("Kotihoidon kehittäminen on STM:n rahoittama hanke"),
    which is how such a page names its project. (start, end) of each subject.

    It reads the text, the sentence starts and the morphology only, so extraction has it done while forked
    processes recognise the sentences (`scan_sentences`); the mentions are looked at in _copular_subjects."""
    out: list[tuple[int, int]] = []
    bounds = [*starts, len(text)]
    for i, s in enumerate(starts):
        e = min(bounds[i + 1], s + 2 * WINDOW)
        cop = _COPULA.search(text, s, e)
        if cop is None or "\n" in text[s:cop.start()].strip():
            continue
        if not _project_predicate(text, cop.end(), e, morph):
            continue
        subject = tokenize(text[s:cop.start()], s)
        k = 0
        for j, t in enumerate(subject):
            if _PROJECT_WORD.search(t.text) and not t.is_cap:
                k = j + 1  # "Yhteenveto hankkeesta Vistalt ja muhalt ...": the name after the project word
        while k < len(subject) and (not subject[k].is_word or ((subject[k].text.isupper() and len(subject[k].text) > 1)
                                    and k + 1 < len(subject) and not subject[k + 1].text.isupper())):
            k += 1  # "TIIVISTELMÄ Yhdessä tulevaan ...", "1. Name": a heading or a number before the name
        run = subject[k:]
        if len(run) > 3 and run[-1].text == ")" and run[-3].text == "(" and _SHORT.fullmatch(text, run[-3].start,
                                                                                             run[-1].end):
            run = run[:-3]  # "Kylät kuntoon (KYKU) on ... hanke": the short name in brackets is no word of the name
        if not run or not run[0].is_cap or not run[0].is_word or _PROJECT_WORD.search(text, run[0].start, run[-1].end):
            continue
        if any(not (t.is_word or t.text in {",", "-", "–"} or t.text.isdigit()) for t in run) \
                or any(not t.is_cap and _finite(t, morph) for t in run) or len(run) > MAX_WORDS:
            continue
        first = morph.analyse(run[0].text)
        if (first and all(a.cls in _COPULA_NOT_SUBJECT or a.case == "olento" for a in first)) \
                or run[0].text.lower() in GENERIC_MODIFIERS or _organisation_first(run[0], morph):
            continue  # "Tämä on ...", "Tavoitteena on ...", a person's or an organisation's name
        if len(run) == 1 and not (run[0].text.isupper() and len(run[0].text) >= 3) and not any(
                c.isupper() or c.isdigit() for c in run[0].text[1:]):
            continue  # one ordinary word is a sentence's subject, not a name ("Lopputulos on ...")
        if _ORGANISATION_END.search(run[-1].text) or run[-1].text.lower().endswith("ohjelma"):
            continue
        last = morph.analyse(run[-1].text)
        if not run[-1].is_cap and last and all(a.case == "sisaeronto" and a.number == "plural" for a in last):
            continue  # "Yksi X:n yhteistyökumppaneista on Y-hanke": "one of the partners" picks a member, names none
        if any(a.case == "olento" for a in morph.analyse(run[-1].text)) and not run[-1].is_cap:
            continue  # "Opinnäytetyön aiheena oli X -projekti": an essive says what the topic was, no name
        out.append((run[0].start, run[-1].end))
    return tuple(out)


@lru_cache(maxsize=2)
def swedish_copular_subjects(text: str, starts: tuple[int, ...]) -> tuple[tuple[int, int], ...]:
    """"Föreningar tillsammans var ett EU-finansierat s.k. Leader-projekt": the subject opening a sentence that a
    short predicate without a preposition defines as a project ("... är en partner i projektet" is none). The
    subject is capitalised, at most eight words, no verb, no pronoun or 'Projektet' first; one ordinary word is a
    sentence's subject, not a name."""
    out: list[tuple[int, int]] = []
    bounds = [*starts, len(text)]
    for i, s in enumerate(starts):
        e = min(bounds[min(i + 2, len(starts))], s + 2 * WINDOW)  # "s.k." inside the predicate splits the sentence
        cop = _SV_COPULA.search(text, s, e)
        if cop is not None and any(w.lower() in _SV_NOT_PREDICATE for w in cop.group("pred").split()):
            cop = None
        cop = cop or _SV_ONE_OF.search(text, s, e)
        if cop is None or cop.start() >= bounds[i + 1]:
            continue
        s = max(s, text.rfind("\n", s, cop.start()) + 1)  # a heading line above runs into the sentence
        subject = tokenize(text[s:cop.start()], s)
        if not subject or len(subject) > 8:
            continue
        first = subject[0]
        if not first.is_word or not first.is_cap or first.text.lower() in _SV_NOT_SUBJECT \
                or any(not t.is_word or t.text.lower() in _SV_CLAUSE_WORDS for t in subject) \
                or any(not t.is_cap and _SV_FINITE_END.search(t.text.lower()) and t.text.lower() not in
                       _SWEDISH_NAME_WORDS | _SWEDISH_NOT_VERB for t in subject[1:]) \
                or _ORGANISATION_END.search(subject[-1].text) or _ORGANISATION_START.match(first.text):
            continue
        if len(subject) == 1 and not any(c.isupper() or c.isdigit() for c in first.text[1:]):
            continue
        out.append((first.start, subject[-1].end))
    return tuple(out)


def scan_sentences(text: str, starts: tuple[int, ...], morph: Morphology) -> None:
    """Compute and keep the per-sentence searches of running_name_mentions that read no mention (the copular
    subjects, Finnish and Swedish), for `extract_document` to run beside recognition as it runs `scan_text`."""
    copular_runs(text, starts, morph)
    swedish_copular_subjects(text, starts)


def _documented_name(text: str, end: int, morph: Morphology) -> tuple[int, int, str] | None:
    """The project whose plan or report is named: a capitalised genitive phrase right before the document
    word ("Kummelin peruskorjauksen hankesuunnitelma" -> "Kummelin peruskorjaus"), or a line opening with
    a name in capitals ("MURKKUNEUVOLA Projektisuunnitelma"); (start, end, base-form label) or None."""
    line_start = _line_start(text, end)
    words = tokenize(text[max(line_start, end - WINDOW):end], max(line_start, end - WINDOW))[-MAX_WORDS:]
    if not words or not words[-1].is_word:
        return None
    caps = [t for t in words if t.is_word and t.text.isupper()]
    if len(caps) == len(words) and len(words) <= 6 and not text[line_start:words[0].start].strip() \
            and len("".join(t.text for t in words)) >= 5 and not _PROJECT_WORD.search(text, words[0].start, end):
        return words[0].start, words[-1].end, text[words[0].start:words[-1].end]  # "MURKKUNEUVOLA Projektisuunnitelma"
    last = words[-1]
    readings = morph.analyse(last.text)
    # "ASPA-palvelutalon": a compound opened by an acronym is capitalised only by the acronym
    acronym_compound = re.fullmatch(r"[A-ZÅÄÖ]{2,}-[a-zåäö][\wåäö-]*", last.text) is not None
    if (last.is_cap and not acronym_compound) or not readings or not all(a.case == "omanto" for a in readings):
        return None
    k = len(words) - 1
    while k > 0 and words[k - 1].is_word and not words[k - 1].is_cap and words[k - 1].text.lower() not in _STOPS \
            and (rs := morph.analyse(words[k - 1].text)) and all(a.case == "omanto" for a in rs):
        k -= 1
    if k == 0 or not words[k - 1].is_word or not words[k - 1].is_cap or ":" in words[k - 1].text:
        return None
    first = words[k - 1]
    before = words[k - 2] if k >= 2 else None
    if before is not None and before.is_word and before.is_cap:
        return None  # "Naantalin kaupungin ...": a longer capitalised run, an owner's name
    if _organisation_first(first, morph) or _PROJECT_WORD.search(text, first.start, end):
        return None
    run = words[k - 1:]
    label = " ".join([t.text for t in run[:-1]] + [base_of(last.text, morph, "omanto")])
    return first.start, last.end, label


# the cases of a role ("toimijoiksi", "apuvälineinä"): a plural noun in them before a spaced head names no project
_ROLE_CASES = frozenset({"tulento", "olento"})


def _spaced_name_start(text: str, end: int, morph: Morphology, index: SpanIndex[Mention]) -> int | None:
    """Where a name right before a spaced head begins, when its last word stands in a case a head's
    modifier never takes ("Kisällistä osaajaksi projekti": elative, translative); a nominative or
    genitive before the head is the recogniser's ("Hyvä arki hanke", "Kunnan hanke")."""
    line_start = _line_start(text, end)
    base = max(line_start, end - WINDOW)
    words = tokenize(text[base:end], base)[-MAX_WORDS:]
    if len(words) < 2 or not words[-1].is_word or words[-1].is_cap:
        return None
    last = morph.analyse(words[-1].text)
    head_cases = {a.case for a in morph.analyse(text[end:end + 20].split()[0])} if text[end:end + 20].split() else set()
    if not last or any(a.case in {"nimento", "omanto", None} or a.case in head_cases for a in last) or any(
            a.cls not in _NOUN_CLASSES for a in last):
        return None  # a nominative, genitive or agreeing word modifies the head; an adverb ("lisäksi") is none
    if all(a.number == "plural" and a.case in _ROLE_CASES for a in last):
        # "Keskeisiksi toimijoiksi hankkeen tavoitteissa", "... agenttien apuvälineinä hankkeen": a plural noun in the
        # translative or essive says what some are made or act as, with "hankkeen" owning the noun after it
        return None
    start = None
    for k in range(len(words) - 1, -1, -1):
        t = words[k]
        if not t.is_word or index.overlapping(t.start, t.end):
            break
        if t.text.lower() in _STATEMENT_STOPS or (not t.is_cap and _finite(t, morph)):
            break  # "Kunta käynnisti X hankkeen": the verb ends the walk; a name must have begun after it
        if t.is_cap and k + 1 < len(words) and words[k + 1].is_cap and start is not None and (
                (rs := morph.analyse(t.text)) and all(a.case == "omanto" for a in rs)):
            break  # "Yhdistyksen Askeleita arkeen projekti": the owner in the genitive before the name
        if t.text.isupper() and len(t.text) > 1 and start is not None and not start.text.isupper():
            break  # "LOPPURAPORTTI Kisällistä osaajaksi projekti": a heading word in capitals before the name
        if t.is_cap and k < len(words) - 1:
            start = t
    if start is None or _organisation_first(start, morph):
        return None
    if _time_adverbial(text[start.start:end], morph):
        return None  # "Helmikuun lopussa hankkeen väki ...": when something happened, no name
    if any(a.case == "osanto" for a in last) and any(a.cls == "teonsana" for a in morph.analyse(start.text)):
        return None  # "Seuraa ryhmien toimintaa hankkeen kanavilla": a verb and its object, not a name
    if (rs := morph.analyse(start.text)) and all(a.cls == "teonsana" for a in rs) and _finite(start, morph):
        return None  # "• Poimitaan hankesuunnitelmasta hankkeen tavoitteet": a list row's instruction, a clause
    return start.start


# a time noun's genitive and the word placing something in that time: "vuoden alussa", "joulukuun lopussa"
_TIME_PLACERS = frozenset({"alussa", "lopussa", "aikana", "puolivälissä", "alkupuolella", "loppupuolella", "kuluessa"})
_TIME_ROOTS = ("kuu", "vuosi", "viikko", "kevät", "kesä", "syksy", "talvi", "kausi", "jakso", "päivä")


def _time_adverbial(run: str, morph: Morphology) -> bool:
    """The words are a time adverbial, a time noun in the genitive and its placer ("Vuoden alussa",
    "Helmikuun lopussa"): a sentence that opens with when something happened, not a project's name."""
    words = run.split()
    return len(words) == 2 and words[1].lower() in _TIME_PLACERS and any(
        a.case == "omanto" and a.base.lower().endswith(_TIME_ROOTS) for a in morph.analyse(words[0]))


def _dash_name_start(text: str, end: int, morph: Morphology, *, joined: bool = True) -> int | None:
    """Where a name before " -hanke" begins when the recogniser kept none there ("Yksi meistä -hanke": its
    words read as a numeral and a pronoun): the capitalised word nearest the dash that opens a sentence
    or a line or follows a lower-case word, two words or more before the dash, with no verb or stop
    word between."""
    line_start = _line_start(text, end)
    every = tokenize(text[line_start:end], line_start)
    words = every[-8:]
    for k in range(len(words) - 1, -1, -1):
        t = words[k]
        if t.text.isdigit() and k == len(words) - 1:
            continue  # "Suomi 100 -hanke": a number closing the name
        if joined and t.text.lower() in _JOINERS and k < len(words) - 1 and not words[k + 1].is_cap:
            return _opening_name_start(text, every, len(every) - len(words) + k, morph)
        if not t.is_word or t.text.lower() in _STOPS or (not t.is_cap and _finite(t, morph)):
            return None
        before = words[k - 1] if k else None
        opens = before is None or before.text in {".", "!", "?", ":"} or (before.is_word and not before.is_cap) \
            or (before.is_word and describing_compound(before.text, morph))  # "Kela-tuettu Liikkuva Arki -hanke"
        if t.is_cap and opens and k <= len(words) - 2:
            generic = all(morph.bases(w.text.lower()) & GENERIC_MODIFIERS for w in words[k:])
            return None if generic or _organisation_first(t, morph) else t.start  # "Tämä uusi -hanke"
    return None


def _opening_name_start(text: str, words: list[Token], joiner: int, morph: Morphology) -> int | None:
    """"Nuorten tuki työelämässä ja työelämään siirryttäessä -hanke käynnistyi": a long name holding "ja"
    before its spaced head is read back to where its line or sentence opens, never to a lower-case word
    mid-sentence ("Kunta osallistuu Arjen tuki ja ..." has a verb, "hankkeessa A ja B -hanke" two names).
    Every word between is a word, no stop word and no finite verb; the name is at most MAX_WORDS long."""
    for k in range(joiner - 1, -1, -1):
        t = words[k]
        before = words[k - 1] if k else None
        opens = before.text in {".", "!", "?", ":"} if before is not None else _opens_line(text, t.start)
        if opens:
            if not t.is_cap or not t.is_word or len(words) - k > MAX_WORDS or _organisation_first(t, morph) \
                    or t.text.lower() in _STOPS:
                return None
            generic = all(morph.bases(w.text.lower()) & GENERIC_MODIFIERS for w in words[k:] if w.is_word)
            return None if generic else t.start
        if not t.is_word or t.text.lower() in _STOPS - _JOINERS or (not t.is_cap and _finite(t, morph)) \
                or (t.is_cap and before is not None and before.is_word and not before.is_cap):
            return None  # a verb, a stop word, or a capital after a lower-case word: another name or clause
    return None


def _name_before_possessed(text: str, at: int, morph: Morphology) -> tuple[int, int, bool] | None:
    """After a genitive project head, the capitalised name up to the noun the genitive owns ("hankkeen Arjen tuki
    toimintaan" -> "Arjen tuki"): at most six words on one line, no verb, comma or stop word, then one of the
    nouns a project has (its work, time, event, results, people) in a lower-case inflected form. (start, end,
    True) for a name; (start, end of the noun, False) when a genitive owns the noun: no name there."""
    toks = tokenize(text[at:at + WINDOW], at)[:7]
    for k in range(1, len(toks)):
        t = toks[k]
        if "\n" in text[toks[k - 1].end:t.start] or not t.is_word:
            return None
        bases = morph.bases(t.text.lower()) if not t.is_cap else set()
        if any(b.endswith(_POSSESSED) for b in bases) and not any(a.case == "nimento"
                                                                  for a in morph.analyse(t.text)):
            run = toks[:k]
            last = morph.analyse(run[-1].text)
            if any(not x.is_word or x.text.lower() in _STOPS or (not x.is_cap and _finite(x, morph)) for x in run) \
                    or _organisation_first(run[0], morph):
                return None
            if last and all(a.case == "omanto" for a in last):
                return run[0].start, t.end, False  # "hankkeen Kehittäjätiimin kokouksessa": the noun's owner
            return run[0].start, run[-1].end, True
        if not t.is_cap and _finite(t, morph):
            return None
    return None


def _names_glued(word: str, morph: Morphology) -> bool:
    """A capitalised word glued to a project head names the project unless it only says what kind of project it is
    ("Sote-", "Kehittämis-") or is a pronoun, conjunction or adposition."""
    low = word.lower()
    if low in GLUED_GENERIC or low in GENERIC_MODIFIERS or low.endswith("mis") or (word.isupper() and len(word) <= 3):
        return False
    return not any(a.cls in _NOT_GLUED_NAME for a in morph.analyse(word))


def _adverb_name(word: str, morph: Morphology) -> bool:
    """"Mukana-hanke", "Eteenpäin-projekti": an adverb glued to the project head is the project's name (the
    recogniser leaves adverbs out there); a word that only says what kind of project it is, or one that may be
    a pronoun or conjunction, is not."""
    low = word.lower()
    if low in GLUED_GENERIC or low in GENERIC_MODIFIERS or low.endswith("mis"):
        return False
    readings = morph.analyse(word)
    return any(a.cls == "seikkasana" for a in readings) and not any(a.cls in _NOT_GLUED_NAME for a in readings)


def _opens_line(text: str, at: int) -> bool:
    """Only blanks between the line's start (or the text's) and `at`, looked for within WINDOW characters."""
    seg = text[max(0, at - WINDOW):at]
    nl = seg.rfind("\n")
    return not seg[nl + 1:].strip() and (nl >= 0 or at - len(seg) == 0)


def _run_start(text: str, end: int, morph: Morphology) -> int | None:
    """Where a name before a dash begins: the capitalised word after a lower-case one, back over the run's
    words on the same line; None when the run holds a verb or a stop word or opens a sentence."""
    line_start = _line_start(text, end)
    base = max(line_start, end - WINDOW)
    words = tokenize(text[base:end], base)[-MAX_WORDS:]
    for k in range(len(words) - 1, -1, -1):
        t = words[k]
        if not t.is_word or t.text.lower() in _STOPS - {"ja"} or (not t.is_cap and _finite(t, morph)):
            return None
        if t.is_cap and k and words[k - 1].is_word and not words[k - 1].is_cap:
            if _PROJECT_WORD.search(text, t.start, end) or _organisation_first(t, morph):
                return None
            return t.start
    return None


def _swedish_run(text: str, at: int) -> tuple[int, int] | None:
    """"Projektet Trygg vardag i byn finansieras av": the name runs to the verb; None unless it reaches one."""
    toks = tokenize(text[at:at + WINDOW], at)
    for k, tok in enumerate(toks[:MAX_WORDS + 1]):
        if k and "\n" in text[toks[k - 1].end:tok.start]:
            return None
        if not tok.is_word:
            return None
        low = tok.text.lower()
        if low in _STOPS:
            return None  # "projektet X som utvecklar": a relative clause, the name's end is not read here
        if k and not tok.is_cap and low not in _SWEDISH_NAME_WORDS and low not in _SWEDISH_NOT_VERB \
                and _SWEDISH_VERB.search(low):
            # a name ends in no conjunction or preposition: "projektet X och betalar" joins the verb's clause to
            # the name, it is no word of it
            last = k - 1
            while last > 0 and toks[last].text.lower() in _SWEDISH_NAME_WORDS:
                last -= 1
            return (at, toks[last].end) if k >= 2 and last >= 1 else None
    return None


def _spelled_before(text: str, paren: int, acr: str, morph: Morphology, *, line_item: bool) -> int | None:
    """Where the name spelled out before "(ACR)" begins: the capitalised word after a lower-case one (or
    opening a line that the parenthesis ends: a listed name) from which the short name's letters begin the
    words in order; None when none does."""
    line_start = _line_start(text, paren)
    toks = tokenize(text[max(line_start, paren - WINDOW):paren], max(line_start, paren - WINDOW))
    words = [t for t in toks[-MAX_WORDS:]]
    if not words or not all(t.is_word for t in words[-1:]):
        return None
    for k in range(len(words) - 1, -1, -1):
        t = words[k]
        if not t.is_word:
            return None
        if not t.is_cap:
            continue
        before = words[k - 1] if k else None
        at_line_start = line_item and before is None and (line_start == 0 or text[line_start - 1] == "\n") \
            and not text[line_start:t.start].strip(" \t•*-–")
        if not at_line_start and (before is None or not before.is_word or before.is_cap):
            continue  # a sentence start or a run of capitalised words (an organisation's or a person's name)
        run = words[k:]
        if any(x.text.lower() in _STOPS - {"ja"} or (not x.is_cap and _finite(x, morph)) for x in run):
            return None
        if len(run) >= 2 and _initials(acr.lower(), [x.text.lower() for x in run]) \
                and not _ORGANISATION_END.search(run[-1].text) and not _organisation_first(t, morph):
            return t.start
        return None
    return None


def _spelled_after(acr: str, long: str, morph: Morphology) -> bool:
    """Whether the bracket after a short name in capitals spells it out: two to ten words, no finite verb, no
    organisation's kind word at its end ("THL (Terveyden ja hyvinvoinnin laitos)" is read as the institute), and the
    words' starts make the short name in order."""
    words = tokenize(long)
    if not 2 <= len(words) <= 10 or any(not w.is_word for w in words if w.text not in {"-", "–", ","}):
        return False
    if any(not w.is_cap and _finite(w, morph) for w in words) or _ORGANISATION_END.search(words[-1].text):
        return False
    return _initials(acr.lower(), [w.text.lower() for w in words if w.is_word])


def _initials(acr: str, words: list[str]) -> bool:
    """Whether the short name is made of the starts of the words in order, the first word's first letter
    first and at least two words giving letters ("kuja" from "kuivin jaloin aikuisuuteen")."""
    def fit(i: int, w: int, used: int) -> bool:
        if i == len(acr):
            return used >= 2
        if w == len(words):
            return False
        word = words[w].replace("-", "")
        k = 0
        while k < len(word) and i + k < len(acr) and word[k] == acr[i + k]:
            k += 1
            if fit(i + k, w + 1, used + 1):
                return True
        return w > 0 and fit(i, w + 1, used)  # a word may give no letter ("ja", "aikuisuuteen")
    return bool(acr) and bool(words) and words[0][:1] == acr[:1] and fit(0, 0, 0)


def _line_start(text: str, at: int) -> int:
    """Where the line holding `at` begins, looked for no further back than a name can reach (a 20 MB page
    may be one line)."""
    reach = max(0, at - WINDOW)
    return max(text.rfind("\n", reach, at) + 1, reach)


def _finite(tok: Token, morph: Morphology) -> bool:
    readings = morph.analyse(tok.text)
    return bool(readings) and all(a.cls == "teonsana" and a.mood in FINITE_MOODS for a in readings)


def _place_adverbial(toks: list[Token], morph: Morphology) -> bool:
    """A place's genitive and words only in a case of place after it ("Kenian pohjoisosassa", "Kongon
    demokraattisessa tasavallassa"): an adverbial of where, which a name after a bare head never is; a name in
    apposition has a word in the nominative ("hanke Kotona kaikki hyvin")."""
    if len(toks) < 2 or not all(t.is_word for t in toks):
        return False
    first = morph.analyse(toks[0].text)
    if not first or not all(r.cls == "paikannimi" and r.case == "omanto" for r in first):
        return False
    for t in toks[1:]:
        readings = morph.analyse(t.text)
        if t.is_cap or not readings or not all(r.case in LOCAL_CASES for r in readings):
            return False
    return True


def _maybe_finite(tok: Token, morph: Morphology) -> bool:
    return any(a.cls == "teonsana" and a.mood in FINITE_MOODS for a in morph.analyse(tok.text))


def _organisation_first(tok: Token, morph: Morphology) -> bool:
    """A given name or surname opens a person's name, and "Centret", "Institutet", "Keskus" an organisation's."""
    if _ORGANISATION_START.match(tok.text):
        return True
    readings = morph.analyse(tok.text)
    return bool(readings) and all(a.cls in {"etunimi", "sukunimi"} for a in readings)


def _ends_name(text: str, end: int, morph: Morphology) -> bool:
    """A name after its head ends where its clause does, or at a stop word or a finite verb."""
    if _ends_clause(text, end):
        return True
    nxt = tokenize(text[end:end + 40], end)
    return bool(nxt) and nxt[0].is_word and (nxt[0].text.lower() in _STOPS or _finite(nxt[0], morph))


_SWEDISH_STATEMENT = re.compile(r"heter|kallas|namn|projekten")


def _before_swedish_verb(text: str, a: int, b: int) -> tuple[int, int]:
    """text[a:b] up to its first lower-case Swedish finite verb (and the "och" before it): Finnish morphology reads
    no Swedish verbs, so a Swedish statement's name ran on into the clause after it."""
    toks = [t for t in tokenize(text[a:b], a) if t.is_word]
    for k, t in enumerate(toks[1:], 1):
        low = t.text.lower()
        if not t.is_cap and low not in _SWEDISH_NAME_WORDS and low not in _SWEDISH_NOT_VERB \
                and _SWEDISH_VERB.search(low):
            end = toks[k - 1]
            if end.text.lower() in {"och", "samt"} and k >= 2:
                end = toks[k - 2]
            return a, end.end
    return a, b


def _swedish_verb_inside(text: str, a: int, b: int) -> bool:
    """A lower-case word of text[a:b] that reads as a Swedish finite verb."""
    return any(not t.is_cap and t.text.lower() not in _SWEDISH_NAME_WORDS and t.text.lower() not in _SWEDISH_NOT_VERB
               and _SWEDISH_VERB.search(t.text.lower()) for t in tokenize(text[a:b], a)[1:] if t.is_word)


def _swedish_clause_end(text: str, end: int) -> bool:
    """A comma, a relative word or a time right after a Swedish name: 'projektet X, som', 'projektet X där',
    'projektet X under åren 2017–2018'."""
    return text[end:end + 1] == "," or _SWEDISH_RELATIVE.match(text, end) is not None


def _ends_with_clause_mark(text: str, end: int) -> bool:
    """A comma, a parenthesis or a dash right after the name: the clause goes on about it."""
    rest = text[end:end + 3]
    return rest[:1] == "," or rest.lstrip(" \t")[:1] in {"(", "–", "—"} or rest.startswith(" - ")


def _ends_clause(text: str, end: int) -> bool:
    """The name ends its clause: a comma, a line end, a parenthesis, a dash or the sentence's end follows."""
    rest = text[end:end + 3]
    return rest[:1] in {",", "\n", ".", ";", ""} or rest.lstrip(" \t")[:1] in {"(", "–", "—", "\n"} \
        or rest.startswith(" - ")


def _speaks_of_project(text: str, at: int, starts: list[int]) -> bool:
    """A project word in the sentence holding `at` or the one before it."""
    i = bisect_right(starts, at) - 1
    a = starts[max(i - 1, 0)] if starts else 0
    b = starts[i + 1] if 0 <= i + 1 < len(starts) else len(text)
    return _PROJECT_WORD.search(text, a, min(b, at + 2 * WINDOW)) is not None


def _mention(text: str, a: int, b: int, morph: Morphology, rule: str, *, acronym: str | None = None,
             head: str | None = None, label: str | None = None, dash: bool = False) -> list[Mention]:
    """A project mention of text[a:b], its label the text as written unless a base form is given."""
    label = label or re.sub(r"\s+", " ", text[a:b]).strip(" \t\"“”«»„'")
    key = identity_key(label, morph)
    if not key:
        return []
    kind = "projekti" if head and head.startswith("projekt") else "hanke"
    parts = (f"{label} {'-' if dash else ''}{kind}",) if head else ()
    # the name's case is its head's ("X -hankkeelle" is an allative): the rules reading a receiver's or a runner's
    # undertaking by its case ("on saanut avustusta X -hankkeelle") read it as they read the recogniser's own names
    case = next((r.case for r in morph.analyse(head) if r.case), None) if head else None
    return [Mention(start=a, end=b, surface=text[a:b], label=label, type="Project", rule=rule, acronym=acronym,
                    key=key, parts=parts, case=case)]
