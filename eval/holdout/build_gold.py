# ruff: noqa: E501  -- annotation data: one entity or fact per line reads better than wrapped literals
"""Writes gold.jsonl for the held-out documents.

The annotation lives here as data (one block per document) so that it can be reviewed and
diffed; it was written from the saved texts only, before any extractor saw them.
"""
from __future__ import annotations

import json
from pathlib import Path

DOCS: list[dict] = []
_cur: dict = {}


def doc(name: str, kind: str) -> None:
    global _cur
    _cur = {"doc": name, "kind": kind, "entities": [], "facts": []}
    DOCS.append(_cur)


def E(key: str, types: str | list[str], names: list[str], opt: bool = False) -> None:
    t = [types] if isinstance(types, str) else types
    _cur["entities"].append({"key": key, "types": t, "names": names, "optional": opt})


def F(*triples: tuple[str, str, str], amount: float | None = None, opt: bool = False,
      post: str | None = None) -> None:
    f = {"any": [list(t) for t in triples], "amount_eur": amount, "optional": opt}
    if post is not None:
        f["post"] = post
    _cur["facts"].append(f)


def P(key: str, first: str, last: str, opt: bool = False, extra: list[str] | None = None) -> None:
    E(key, "Person", [f"{first} {last}", f"{last} {first}"] + (extra or []), opt)


# ---------------------------------------------------------------- minutes
doc("h_paijat-hameen-liitto-maakuntahallitus-5-2014.txt", "minutes")
E("council-paijat-hame", "JointAuthority", ["Päijät-Hämeen liitto"])
E("body-paijat-hameen-liitto-maakuntahallitus", "Body", ["Maakuntahallitus", "Päijät-Hämeen liiton maakuntahallitus"])
E("prog-eakr", "Programme", ["Euroopan aluekehitysrahasto", "EAKR"])
E("region-paijat-hame", "Region", ["Päijät-Häme"])
E("muni-orimattila", "Municipality", ["Orimattila", "Orimattilan kaupunki"])
PH = {
    "proj-hyvinvointia-liikkeella": ["Hyvinvointia liikkeellä"],
    "proj-kasvua-matkailuun": ["Kasvua matkailuun", "Kasvua matkailuun -valmisteluhanke"],
    "proj-terveysliikunnalla-tyohyvinvointia": ["Terveysliikunnalla työhyvinvointia",
        "Terveysliikunnalla työhyvinvointia -Orimattilan kaupungin henkilöstön terveysliikuntahanke",
        "Orimattilan kaupungin henkilöstön terveysliikuntahanke"],
    "proj-tutkimustiedolla-laatua-tapahtumiin": ["Tutkimustiedolla laatua tapahtumiin ja liikunnan seuratoimintaan Päijät-Hämeessä"],
    "proj-uudistuva-rakentaminen": ["Uudistuva rakentaminen"],
    "proj-gerinno-kotiymparisto": ["Gerinno kotiympäristö"],
    "proj-vetovoimaa-alueelle-messila": ["Vetovoimaa alueelle - Messilän alueen selvitykset", "Vetovoimaa alueelle"],
    "proj-harjulan-osuuskuntamalli": ["Harjulan osuuskuntamallin kehittäminen"],
    "proj-silta-plus": ["Silta+"],
}
for k, n in PH.items():
    E(k, "Project", n)
    F(("body-paijat-hameen-liitto-maakuntahallitus", "decides", k))
    F(("prog-eakr", "funds", k), ("council-paijat-hame", "funds", k),
      ("body-paijat-hameen-liitto-maakuntahallitus", "funds", k), opt=True)
F(("muni-orimattila", "coordinates", "proj-terveysliikunnalla-tyohyvinvointia"),
  ("muni-orimattila", "participatesIn", "proj-terveysliikunnalla-tyohyvinvointia"), opt=True)
F(("proj-tutkimustiedolla-laatua-tapahtumiin", "coversArea", "region-paijat-hame"))
F(("proj-kasvua-matkailuun", "coversArea", "region-paijat-hame"), opt=True)
F(("body-paijat-hameen-liitto-maakuntahallitus", "partOf", "council-paijat-hame"), opt=True)
F(("council-paijat-hame", "coversArea", "region-paijat-hame"), opt=True)

doc("h_vesilahti-kh-16-2014-kuntakokeilu.txt", "minutes")
E("muni-vesilahti", "Municipality", ["Vesilahti", "Vesilahden kunta"])
E("body-vesilahti-kunnanhallitus", "Body", ["Kunnanhallitus", "Vesilahden kunnanhallitus", "KHAL"])
E("body-vesilahti-kunnanvaltuusto", "Body", ["Kunnanvaltuusto", "Vesilahden kunnanvaltuusto"])
E("body-vesilahti-hyvinvointilautakunta", "Body", ["Hyvinvointilautakunta", "Vesilahden hyvinvointilautakunta"])
E("body-vesilahti-tekninen-jaosto", "Body", ["Tekninen jaosto", "Vesilahden tekninen jaosto"])
E("proj-vesilahti-kuntakokeiluhanke", "Project", ["Kuntakokeiluhanke", "kuntakokeiluhankkee- seen", "Kuntakokeilu"])
E("agreement-vesilahti-kokeilusopimus", "Agreement", ["Kokeilusopimus"])
E("proj-hulauden-vesialueen-kunnostus", "Project", ["Hulauden vesialueen kunnostushanke"])
for k, f, last in [("ari-arvela", "Ari", "Arvela"), ("esko-halme", "Esko", "Halme"), ("leena-kurki", "Leena", "Kurki"),
                ("marko-lounasranta", "Marko", "Lounasranta"), ("anna-paavilainen", "Anna", "Paavilainen"),
                ("eija-pennanen", "Eija", "Pennanen"), ("pertti-uusi-erkkila", "Pertti", "Uusi-Erkkilä"),
                ("mervi-lumia", "Mervi", "Lumia"), ("harri-penttila", "Harri", "Penttilä"), ("ari-peramaa", "Ari", "Perämaa"),
                ("erkki-paloniemi", "Erkki", "Paloniemi"), ("minna-hutko", "Minna", "Hutko"),
                ("tapio-kauppila", "Tapio", "Kauppila"), ("tiina-kivinen", "Tiina", "Kivinen"), ("merja-laakkonen", "Merja", "Laakkonen")]:
    P("person-" + k, f, last)
F(("person-ari-arvela", "holdsPost", "body-vesilahti-kunnanhallitus"), post="puheenjohtaja")
F(("person-esko-halme", "holdsPost", "body-vesilahti-kunnanhallitus"), opt=True, post="varapuheenjohtaja")
F(("person-mervi-lumia", "holdsPost", "body-vesilahti-kunnanvaltuusto"), post="kunnanvaltuuston puheenjohtaja")
F(("person-harri-penttila", "holdsPost", "body-vesilahti-kunnanvaltuusto"), post="kunnanvaltuuston 1. varapuheenjohtaja")
F(("person-ari-peramaa", "holdsPost", "body-vesilahti-kunnanvaltuusto"), post="kunnanvaltuuston 2. varapuheenjohtaja")
for k, post in [("erkki-paloniemi", "kunnanjohtaja"), ("minna-hutko", "hallintojohtaja"), ("tapio-kauppila", "kunnaninsinööri"),
                ("tiina-kivinen", "sivistysjohtaja"), ("merja-laakkonen", "talouspäällikkö")]:
    F(("person-" + k, "holdsPost", "muni-vesilahti"), post=post)
for k in ["leena-kurki", "marko-lounasranta", "anna-paavilainen", "eija-pennanen", "pertti-uusi-erkkila"]:
    F(("person-" + k, "holdsPost", "body-vesilahti-kunnanhallitus"), opt=True, post="jäsen")
F(("body-vesilahti-kunnanhallitus", "decides", "proj-vesilahti-kuntakokeiluhanke"),
  ("body-vesilahti-kunnanhallitus", "decides", "agreement-vesilahti-kokeilusopimus"))
F(("muni-vesilahti", "participatesIn", "proj-vesilahti-kuntakokeiluhanke"),
  ("muni-vesilahti", "participatesIn", "agreement-vesilahti-kokeilusopimus"))
F(("body-vesilahti-kunnanhallitus", "decides", "proj-hulauden-vesialueen-kunnostus"))
F(("agreement-vesilahti-kokeilusopimus", "partOf", "proj-vesilahti-kuntakokeiluhanke"), opt=True)
for b in ["kunnanhallitus", "kunnanvaltuusto", "hyvinvointilautakunta", "tekninen-jaosto"]:
    F((f"body-vesilahti-{b}", "partOf", "muni-vesilahti"), opt=True)

doc("h_kyrkslatt-ks-ohjaamo-esf-2018.txt", "minutes")
E("body-kirkkonummi-kunnanhallitus", "Body", ["Kommunstyrelsen", "Kyrkslätts kommunstyrelse", "Kunnanhallitus", "Kirkkonummen kunnanhallitus"])
E("muni-kirkkonummi", "Municipality", ["Kyrkslätt", "Kyrkslätts kommun", "Kirkkonummi", "Kirkkonummen kunta"])
E("muni-espoo", "Municipality", ["Esbo", "Espoo", "Esbo stad", "Espoon kaupunki"])
E("proj-ohjaamo-kirkkonummi", "Project", ["Ohjaamo Kirkkonummi, Kyrkslätt Navigatorn", "Ohjaamo Kirkkonummi", "Kyrkslätt Navigatorn", "Navigatorn"])
E("prog-esr", "Programme", ["ESF", "Europeiska socialfonden", "Euroopan sosiaalirahasto", "ESR"])
E("prog-kestavaa-kasvua-ja-tyota", "Programme", ["Hållbar tillväxt och jobb 2014-2020 – strukturfondsprogrammet för Finland",
  "Hållbar tillväxt och jobb 2014-2020", "strukturfondsprogrammet för Finland", "Kestävää kasvua ja työtä 2014–2020"])
E("wp-kkt-tyollisyys-ja-tyovoiman-liikkuvuus", "WorkPackage", ["Sysselsättning och arbetskraftens rörlighet"], opt=True)
E("body-espoo-ohjaamotalo", ["Body"], ["Ohjaamotalo", "Esbos Ohjaamotalo"], opt=True)
P("person-tuula-malmi-suominen", "Tuula", "Malmi-Suominen")
F(("person-tuula-malmi-suominen", "holdsPost", "muni-kirkkonummi"), post="sosiaalipalvelupäällikkö")
F(("muni-kirkkonummi", "coordinates", "proj-ohjaamo-kirkkonummi"))
F(("body-kirkkonummi-kunnanhallitus", "decides", "proj-ohjaamo-kirkkonummi"))
F(("prog-esr", "funds", "proj-ohjaamo-kirkkonummi"), opt=True)
F(("proj-ohjaamo-kirkkonummi", "partOf", "prog-kestavaa-kasvua-ja-tyota"),
  ("proj-ohjaamo-kirkkonummi", "partOf", "wp-kkt-tyollisyys-ja-tyovoiman-liikkuvuus"), opt=True)
F(("proj-ohjaamo-kirkkonummi", "coversArea", "muni-kirkkonummi"), opt=True)
F(("body-kirkkonummi-kunnanhallitus", "partOf", "muni-kirkkonummi"), opt=True)

doc("h_kimitoon-ks-7-2009-remontti-kaste.txt", "minutes")
E("muni-kemionsaari", "Municipality", ["Kimitoön", "Kimitoöns kommun", "Kemiönsaari", "Kemiönsaaren kunta"])
E("body-kimitoon-kommunstyrelsen", "Body", ["Kommunstyrelsen", "Kimitoöns kommunstyrelse", "Kst"])
E("body-kimitoon-fullmaktige", "Body", ["fge", "fullmäktige", "Kommunfullmäktige", "Kimitoöns kommunfullmäktige"])
E("proj-remontti", "Project", ["Remontti", "projektet Remontti"])
E("prog-kaste", "Programme", ["Kaste", "programmet Kaste", "Sosiaali- ja terveydenhuollon kansallinen kehittämisohjelma"])
E("assoc-region-aboland", "Association", ["Region Åboland rf", "Region Åboland"])
E("coop-aboland", "CooperationArea", ["Åboland", "Turunmaa"])
E("prog-koko", "Programme", ["KOKO", "Det regionala kohesions- och konkurrenskraftsprogrammet",
  "regionala kohesions- och kon- kurrenskraftsprogrammet", "koheesio- ja kilpailukykyohjelma"])
E("comp-audiator", "Company", ["Audiator"])
people = [("marten-nurmio", "Mårten", "Nurmio"), ("borje-salonen", "Börje", "Salonen"), ("kalevi-kallonen", "Kalevi", "Kallonen"),
          ("jan-drugge", "Jan", "Drugge"), ("ingalill-granlund", "Ingalill", "Granlund"), ("eva-stina-hellbom", "Eva-Stina", "Hellbom"),
          ("johanna-jansson", "Johanna", "Jansson"), ("kerstin-lindholm", "Kerstin", "Lindholm"), ("kurt-tuominen", "Kurt", "Tuominen"),
          ("inger-wretdal", "Inger", "Wretdal"), ("curt-dannstrom", "Curt", "Dannström"), ("sixten-laine", "Sixten", "Laine"),
          ("rune-friman", "Rune", "Friman"), ("tom-simola", "Tom", "Simola"), ("tomy-wass", "Tomy", "Wass"),
          ("marlene-eriksson", "Marléne", "Eriksson"), ("gunilla-granberg", "Gunilla", "Granberg"), ("lilian-nordell", "Lilian", "Nordell"),
          ("lars-nummelin", "Lars", "Nummelin"), ("anitra-olenius", "Anitra", "Olenius"), ("torbjorn-stoor", "Torbjörn", "Stoor"),
          ("johan-johansson", "Johan", "Johansson")]
for k, f, last in people:
    P("person-" + k, f, last)
F(("person-marten-nurmio", "holdsPost", "body-kimitoon-kommunstyrelsen"), post="ordförande")
F(("person-borje-salonen", "holdsPost", "body-kimitoon-kommunstyrelsen"), opt=True, post="I vice ordförande")
F(("person-kalevi-kallonen", "holdsPost", "body-kimitoon-kommunstyrelsen"), opt=True, post="II vice ordförande")
F(("person-jan-drugge", "holdsPost", "body-kimitoon-kommunstyrelsen"), opt=True, post="medlem")
F(("person-inger-wretdal", "holdsPost", "body-kimitoon-fullmaktige"), post="fullmäktiges ordförande")
F(("person-curt-dannstrom", "holdsPost", "body-kimitoon-fullmaktige"), post="fullmäktiges I vice ordförande")
F(("person-sixten-laine", "holdsPost", "body-kimitoon-fullmaktige"), post="fullmäktiges II vice ordförande")
F(("person-rune-friman", "holdsPost", "body-kimitoon-fullmaktige"), post="fullmäktiges III vice ordförande")
for k, post in [("tom-simola", "kommundirektör"), ("tomy-wass", "förvaltningschef"), ("marlene-eriksson", "ekonomichef"),
                ("gunilla-granberg", "utvecklingschef"), ("lilian-nordell", "personalchef"), ("lars-nummelin", "teknisk chef"),
                ("anitra-olenius", "tf. bildningschef"), ("torbjorn-stoor", "omsorgschef")]:
    F(("person-" + k, "holdsPost", "muni-kemionsaari"), post=post)
F(("proj-remontti", "partOf", "prog-kaste"))
F(("muni-kemionsaari", "participatesIn", "proj-remontti"), opt=True)
F(("body-kimitoon-kommunstyrelsen", "decides", "proj-remontti"), opt=True)
F(("body-kimitoon-kommunstyrelsen", "decides", "assoc-region-aboland"), opt=True)
F(("coop-aboland", "participatesIn", "prog-koko"), ("coop-aboland", "coordinates", "prog-koko"), opt=True)
F(("body-kimitoon-kommunstyrelsen", "partOf", "muni-kemionsaari"), opt=True)
F(("body-kimitoon-fullmaktige", "partOf", "muni-kemionsaari"), opt=True)
F(("muni-kemionsaari", "participatesIn", "assoc-region-aboland"), opt=True)

doc("h_pargas-stadsstyrelsen-15-koko-elama-kotona.txt", "minutes")
E("muni-parainen", "Municipality", ["Pargas", "Pargas stad", "Parainen", "Paraisten kaupunki"])
E("body-parainen-stadsstyrelsen", "Body", ["Stadsstyrelsen", "Pargas stadsstyrelse", "Kaupunginhallitus", "Paraisten kaupunginhallitus"])
E("assoc-region-aboland", "Association", ["Region Åboland rf", "Region Åboland"])
E("proj-koko-elama-kotona", "Project", ["Koko elämä kotona"])
E("proj-bron-silta", "Project", ["Bron - Silta", "Bron", "Silta"])
E("body-parainen-styrgrupp-kommunsammanslagning", "Body", ["Styrgrupp för kommunsammanslagningsutredning"], opt=True)
for k, f, last in [("mikael-holmberg", "Mikael", "Holmberg"), ("cornelius-colliander", "Cornelius", "Colliander"),
                ("paola-fraboni", "Paola", "Fraboni"), ("carita-henriksson", "Carita", "Henriksson")]:
    P("person-" + k, f, last)
F(("person-mikael-holmberg", "holdsPost", "body-parainen-stadsstyrelsen"), post="ordförande")
F(("body-parainen-stadsstyrelsen", "decides", "proj-koko-elama-kotona"))
F(("body-parainen-stadsstyrelsen", "decides", "proj-bron-silta"))
F(("body-parainen-stadsstyrelsen", "decides", "assoc-region-aboland"), opt=True)
F(("muni-parainen", "coordinates", "proj-koko-elama-kotona"), ("muni-parainen", "participatesIn", "proj-koko-elama-kotona"), opt=True)
F(("muni-parainen", "coordinates", "proj-bron-silta"), ("muni-parainen", "participatesIn", "proj-bron-silta"), opt=True)
F(("muni-parainen", "participatesIn", "assoc-region-aboland"), opt=True)
F(("body-parainen-stadsstyrelsen", "partOf", "muni-parainen"), opt=True)
for k in ["cornelius-colliander", "paola-fraboni", "carita-henriksson"]:
    F(("person-" + k, "holdsPost", "body-parainen-stadsstyrelsen"), opt=True, post="ledamot")

doc("h_naantali-sote-ltk-11-2014.txt", "minutes")
E("muni-naantali", "Municipality", ["Naantali", "Naantalin kaupunki"])
E("body-naantali-sote-lautakunta", "Body", ["Sosiaali- ja terveyslautakunta", "Naantalin sosiaali- ja terveyslautakunta"])
E("body-naantali-tilapalvelujaosto", "Body", ["Teknisen lautakunnan tilapalvelujaosto", "tilapalvelujaosto", "Naantalin teknisen lautakunnan tilapalvelujaosto"])
E("body-naantali-tekninen-lautakunta", "Body", ["Tekninen lautakunta", "Naantalin tekninen lautakunta"], opt=True)
E("body-naantali-kaupunginhallitus", "Body", ["Kaupunginhallitus", "KH", "Naantalin kaupunginhallitus"], opt=True)
E("proj-kummelin-peruskorjaus", "Project", ["Kummelin peruskorjaus", "Kummelin peruskorjauksen hankesuunnitelma"])
E("proj-raskauspaivakirja", "Project", ["Raskauspäiväkirja-projekti", "Raskauspäiväkirja"])
E("assoc-turun-pientalosaatio", "Association", ["Turun pientalosäätiö", "Turun Pientalosäätiö"])
E("proj-omakotitalkkareiden-tyollistamishanke", "Project", ["omakotitalkkareiden työllistämishanke"])
for k, f, last in [("elina-salokangas", "Elina", "Salokangas"), ("pirjo-maja", "Pirjo", "Maja"), ("jarmo-hyvonen", "Jarmo", "Hyvönen"),
                ("viljo-laine", "Viljo", "Laine"), ("markku-leivo", "Markku", "Leivo"), ("sini-paasikivi", "Sini", "Paasikivi"),
                ("harri-palomaki", "Harri", "Palomäki"), ("ville-veikko-saari", "Ville-Veikko", "Saari"), ("anu-saarni", "Anu", "Saarni"),
                ("hanna-kempen", "Hanna", "Kempen"), ("iiro-poyhonen", "Iiro", "Pöyhönen"), ("airi-laurila", "Airi", "Laurila"),
                ("riikka-nummela", "Riikka", "Nummela"), ("pekka-alm", "Pekka", "Alm")]:
    P("person-" + k, f, last)
F(("person-elina-salokangas", "holdsPost", "body-naantali-sote-lautakunta"), post="puheenjohtaja")
F(("person-pirjo-maja", "holdsPost", "body-naantali-sote-lautakunta"), opt=True, post="varapuheenjohtaja")
for k in ["jarmo-hyvonen", "viljo-laine", "markku-leivo", "sini-paasikivi", "harri-palomaki", "ville-veikko-saari"]:
    F(("person-" + k, "holdsPost", "body-naantali-sote-lautakunta"), opt=True, post="jäsen")
F(("person-hanna-kempen", "holdsPost", "body-naantali-sote-lautakunta"), opt=True, post="varajäsen")
for k, post in [("iiro-poyhonen", "perusturvajohtaja"), ("airi-laurila", "vt. talouspäällikkö"),
                ("riikka-nummela", "terveydenhoitaja"), ("pekka-alm", "kiinteistöpäällikkö")]:
    F(("person-" + k, "holdsPost", "muni-naantali"), post=post)
F(("body-naantali-sote-lautakunta", "decides", "proj-raskauspaivakirja"))
F(("body-naantali-sote-lautakunta", "decides", "proj-omakotitalkkareiden-tyollistamishanke"))
F(("body-naantali-sote-lautakunta", "decides", "proj-kummelin-peruskorjaus"),
  ("body-naantali-tilapalvelujaosto", "decides", "proj-kummelin-peruskorjaus"))
F(("assoc-turun-pientalosaatio", "coordinates", "proj-omakotitalkkareiden-tyollistamishanke"))
F(("muni-naantali", "funds", "proj-omakotitalkkareiden-tyollistamishanke"),
  ("body-naantali-sote-lautakunta", "funds", "proj-omakotitalkkareiden-tyollistamishanke"), opt=True)
F(("body-naantali-sote-lautakunta", "partOf", "muni-naantali"), opt=True)
F(("body-naantali-tilapalvelujaosto", "partOf", "body-naantali-tekninen-lautakunta"),
  ("body-naantali-tilapalvelujaosto", "partOf", "muni-naantali"), opt=True)

doc("h_keusote-aluehallitus-2023-02-28.txt", "minutes")
E("wc-keski-uusimaa", "WellbeingCounty", ["Keski-Uudenmaan hyvinvointialue"])
E("body-keski-uusimaa-aluehallitus", "Body", ["Aluehallitus", "Keski-Uudenmaan hyvinvointialueen aluehallitus"])
E("comp-hyvil", "Company", ["Hyvinvointialueyhtiö Hyvil Oy", "Hyvil Oy", "Hyvinvointialueyhtiö Oy", "Hyvil"])
E("agreement-hyvil-osakassopimus", "Agreement", ["osakassopimus", "yhtiön osakassopimus", "Hyvil Oy:n osakassopimus"])
E("prog-keski-uusimaa-tasapainottamisohjelma", "Programme", ["Talouden tasapainottamis- ja muutosohjelma"])
F(("body-keski-uusimaa-aluehallitus", "decides", "agreement-hyvil-osakassopimus"))
F(("wc-keski-uusimaa", "participatesIn", "agreement-hyvil-osakassopimus"))
F(("wc-keski-uusimaa", "participatesIn", "comp-hyvil"), opt=True)
F(("body-keski-uusimaa-aluehallitus", "decides", "comp-hyvil"), opt=True)
F(("body-keski-uusimaa-aluehallitus", "decides", "prog-keski-uusimaa-tasapainottamisohjelma"), opt=True)
F(("wc-keski-uusimaa", "coordinates", "prog-keski-uusimaa-tasapainottamisohjelma"), opt=True)
F(("body-keski-uusimaa-aluehallitus", "partOf", "wc-keski-uusimaa"), opt=True)

doc("h_hameenkyro-hallitus-2-2014.txt", "minutes")
E("muni-hameenkyro", "Municipality", ["Hämeenkyrö", "Hämeenkyrön kunta"], opt=True)
E("body-hameenkyro-kunnanhallitus", "Body", ["Hallitus", "Kunnanhallitus", "Hämeenkyrön kunnanhallitus", "H"])
E("body-hameenkyro-valtuusto", "Body", ["Valtuusto", "Kunnanvaltuusto", "Hämeenkyrön kunnanvaltuusto"])
E("comp-hameenkyron-vesi", "Company", ["Hämeenkyrön Vesi Oy"])
E("agreement-hht-kasvukaytavasopimus", "Agreement", ["HHT-kasvukäytäväsopimus"])
E("proj-talvikki", "Project", ["Talvikki-hanke", "Talvikki"])
for k, f, last in [("jouni-ovaska", "Jouni", "Ovaska"), ("pasi-eloranta", "Pasi", "Eloranta"), ("paivi-leskinen", "Päivi", "Leskinen"),
                ("harri-isomuotia", "Harri", "Isomuotia"), ("rauno-maki", "Rauno", "Mäki"), ("erkki-rikala", "Erkki", "Rikala"),
                ("paivi-hiltunen", "Päivi", "Hiltunen"), ("raija-maensivu", "Raija", "Mäensivu"), ("maria-harkki-santala", "Maria", "Härkki-Santala"),
                ("susanna-palomaki", "Susanna", "Palomäki"), ("heimo-nordfors", "Heimo", "Nordfors"), ("anna-kaisa-immonen", "Anna-Kaisa", "Immonen"),
                ("maarit-lepisto", "Maarit", "Lepistö"), ("jukka-juvonen", "Jukka", "Juvonen"), ("esa-jarvenpaa", "Esa", "Järvenpää"),
                ("jarmo-jarvinen", "Jarmo", "Järvinen"), ("vilho-ponkiniemi", "Vilho", "Ponkiniemi"), ("raija-westergard", "Raija", "Westergård"),
                ("kirsi-parhankangas", "Kirsi", "Parhankangas"), ("kauno-perkiomaki", "Kauno", "Perkiömäki"), ("mauri-lepola", "Mauri", "Lepola"),
                ("antero-alenius", "Antero", "Alenius"), ("tiina-paloranta", "Tiina", "Paloranta"), ("erja-riitta-myllymaki", "Erja-Riitta", "Myllymäki")]:
    P("person-" + k, f, last)
F(("person-jouni-ovaska", "holdsPost", "body-hameenkyro-kunnanhallitus"), post="puheenjohtaja")
F(("person-paivi-leskinen", "holdsPost", "body-hameenkyro-kunnanhallitus"), opt=True, post="I varapuheenjohtaja")
F(("person-rauno-maki", "holdsPost", "body-hameenkyro-kunnanhallitus"), opt=True, post="II varapuheenjohtaja")
F(("person-kirsi-parhankangas", "holdsPost", "body-hameenkyro-valtuusto"), opt=True, post="valtuuston puheenjohtaja")
F(("person-kauno-perkiomaki", "holdsPost", "body-hameenkyro-valtuusto"), opt=True, post="valtuuston I varapuheenjohtaja")
F(("person-mauri-lepola", "holdsPost", "body-hameenkyro-valtuusto"), opt=True, post="valtuuston II varapuheenjohtaja")
F(("person-antero-alenius", "holdsPost", "muni-hameenkyro"), opt=True, post="kunnanjohtaja")
F(("person-tiina-paloranta", "holdsPost", "muni-hameenkyro"), opt=True, post="talousjohtaja")
F(("body-hameenkyro-kunnanhallitus", "decides", "agreement-hht-kasvukaytavasopimus"))
F(("body-hameenkyro-kunnanhallitus", "decides", "proj-talvikki"))
F(("body-hameenkyro-kunnanhallitus", "decides", "comp-hameenkyron-vesi"), opt=True)
F(("muni-hameenkyro", "participatesIn", "agreement-hht-kasvukaytavasopimus"), opt=True)
F(("muni-hameenkyro", "participatesIn", "comp-hameenkyron-vesi"), opt=True)
F(("body-hameenkyro-kunnanhallitus", "partOf", "muni-hameenkyro"), opt=True)
F(("body-hameenkyro-valtuusto", "partOf", "muni-hameenkyro"), opt=True)

doc("h_turku-kh-2020-tyokykyohjelmahaku.txt", "minutes")
E("muni-turku", "Municipality", ["Turku", "Turun kaupunki"])
E("body-turku-konsernihallinto", "Body", ["Konsernihallinto", "Konsernihallinto, hallintoryhmä"], opt=True)
E("stm", "Ministry", ["STM", "Sosiaali- ja terveysministeriö"])
E("prog-tyokykyohjelma", "Programme", ["Työkykyohjelma"])
E("call-tyokykyohjelmahaku", ["Programme", "Project"], ["Työkykyohjelmahaku"])
E("wp-tyokykyohjelma-tyokyvyn-tuki", "WorkPackage", ["työkyvyn tuki osaksi tulevaisuuden sosiaali- ja terveyskeskusta"])
E("wp-tyokykyohjelma-tuettu-tyollistyminen", "WorkPackage", ["tuetun työllistymisen menetelmät"])
E("prog-tulevaisuuden-sote-keskus", "Programme", ["tulevaisuuden sosiaali- ja terveyskeskus", "Tulevaisuuden sosiaali- ja terveyskeskus -ohjelma"], opt=True)
E("prog-tyollisyyden-kuntakokeilu-2021", ["Programme", "Project"], ["työllisyyden kuntakokeilu"])
E("kela", "Agency", ["KELA", "Kela", "Kansaneläkelaitos"])
E("agency-rikosseuraamuslaitos", "Agency", ["Rikosseuraamuslaitos"])
E("agency-varsinais-suomen-te-toimisto", "Agency", ["Varsinais-Suomen TE-toimisto"])
E("comp-barona", "Company", ["Barona-konserni", "Barona"])
E("comp-foredata", "Company", ["ForeData Oy", "ForeData"])
E("comp-winnova", "Company", ["Winnova Oy", "Winnova"])
E("muni-laitila", "Municipality", ["Laitila", "Laitilan kaupunki"])
E("muni-uusikaupunki", "Municipality", ["Uusikaupunki", "Uudenkaupungin kaupunki"])
E("muni-lieto", "Municipality", ["Lieto", "Liedon kunta"])
P("person-mika-helva", "Mika", "Helva")
F(("person-mika-helva", "holdsPost", "muni-turku"), post="palvelujohtaja")
F(("stm", "coordinates", "call-tyokykyohjelmahaku"), ("stm", "funds", "call-tyokykyohjelmahaku"))
F(("call-tyokykyohjelmahaku", "partOf", "prog-tyokykyohjelma"))
F(("wp-tyokykyohjelma-tyokyvyn-tuki", "partOf", "call-tyokykyohjelmahaku"), ("wp-tyokykyohjelma-tyokyvyn-tuki", "partOf", "prog-tyokykyohjelma"))
F(("wp-tyokykyohjelma-tuettu-tyollistyminen", "partOf", "call-tyokykyohjelmahaku"), ("wp-tyokykyohjelma-tuettu-tyollistyminen", "partOf", "prog-tyokykyohjelma"))
F(("muni-turku", "participatesIn", "prog-tyollisyyden-kuntakokeilu-2021"))
F(("muni-turku", "coordinates", "call-tyokykyohjelmahaku"), ("muni-turku", "participatesIn", "call-tyokykyohjelmahaku"), opt=True)
F(("stm", "funds", "muni-turku"), ("stm", "funds", "call-tyokykyohjelmahaku"), amount=1619672.0, opt=True)
F(("muni-turku", "contributes", "call-tyokykyohjelmahaku"), amount=260389.0, opt=True)
for k in ["kela", "agency-rikosseuraamuslaitos", "agency-varsinais-suomen-te-toimisto", "comp-barona", "comp-foredata",
          "comp-winnova", "muni-laitila", "muni-uusikaupunki", "muni-lieto"]:
    F((k, "participatesIn", "call-tyokykyohjelmahaku"), opt=True)
F(("wp-tyokykyohjelma-tyokyvyn-tuki", "partOf", "prog-tulevaisuuden-sote-keskus"), opt=True)

doc("h_mikkeli-kh-2020-meijan-mikkeli.txt", "minutes")
E("muni-mikkeli", "Municipality", ["Mikkeli", "Mikkelin kaupunki"])
E("body-mikkeli-kaupunginhallitus", "Body", ["Kaupunginhallitus", "Mikkelin kaupunginhallitus"])
E("proj-meijan-mikkeli", "Project", ["Meijän Mikkeli", "Meijän Mikkeli -jatkohanke", "Meijän Mikkeli -hanke"])
E("proj-hyvinvoinnin-virtaa-mikkelissa", "Project", ["Hyvinvoinnin virtaa Mikkelissä", "Hyvinvoinnin virtaa Mikkelissä -hanke"])
E("prog-esr", "Programme", ["Euroopan sosiaalirahasto", "ESR"])
E("prog-eakr", "Programme", ["Euroopan aluekehitysrahasto", "EAKR"])
E("prog-kestavaa-kasvua-ja-tyota", "Programme", ["Kestävää kasvua ja työtä 2014 - 2020 - Suomen rakennerahasto-ohjelma",
  "Kestävää kasvua ja työtä 2014 - 2020", "Kestävää kasvua ja työtä 2014–2020", "Suomen rakennerahasto-ohjelma", "rakennerahasto-ohjelma"])
E("body-etela-savo-myr", "Body", ["Etelä-Savon maakunnan yhteistyöryhmä", "MYR", "Maakunnan yhteistyöryhmä"])
E("region-etela-savo", "Region", ["Etelä-Savo", "Etelä-Savon maakunta"], opt=True)
E("ely", "Agency", ["ELY-keskus", "ELY"], opt=True)
P("person-virpi-siekkinen", "Virpi", "Siekkinen")
F(("person-virpi-siekkinen", "holdsPost", "muni-mikkeli"), post="sivistysjohtaja")
F(("muni-mikkeli", "coordinates", "proj-meijan-mikkeli"))
F(("body-mikkeli-kaupunginhallitus", "decides", "proj-meijan-mikkeli"))
F(("prog-esr", "funds", "proj-hyvinvoinnin-virtaa-mikkelissa"))
F(("muni-mikkeli", "coordinates", "proj-hyvinvoinnin-virtaa-mikkelissa"), opt=True)
F(("prog-esr", "funds", "proj-meijan-mikkeli"), ("ely", "funds", "proj-meijan-mikkeli"), opt=True)
F(("proj-meijan-mikkeli", "partOf", "prog-kestavaa-kasvua-ja-tyota"), opt=True)
F(("prog-esr", "partOf", "prog-kestavaa-kasvua-ja-tyota"), opt=True)
F(("prog-eakr", "partOf", "prog-kestavaa-kasvua-ja-tyota"), opt=True)
F(("body-etela-savo-myr", "participatesIn", "proj-meijan-mikkeli"), opt=True)
F(("proj-meijan-mikkeli", "coversArea", "muni-mikkeli"), opt=True)
F(("body-mikkeli-kaupunginhallitus", "partOf", "muni-mikkeli"), opt=True)

# ---------------------------------------------------------------- pages
doc("h_soku2-hanketoimijat.txt", "news")
E("proj-soku2", "Project", ["SOKU2", "SOKU2- Sosiaalinen kuntoutus osaksi palvelujärjestlmää",
  "Sosiaalinen kuntoutus osaksi palvelujärjestlmää", "Sosiaalinen kuntoutus osaksi palvelujärjestelmää"])
E("uas-lapin-amk", "Company", ["Lapin ammattikorkeakoulu", "Lapin AMK"])
E("assoc-meriva", "Association", ["Meriva sr", "Meriva"])
E("assoc-pohjantahtiopisto", "Association", ["Pohjantähtiopiston kannatusyhdistys ry", "Pohjantähtiopiston kannatusyhdistys", "Pohjantähti-opisto"])
E("assoc-seita-saatio", "Association", ["Seita-Säätiö", "Seita"])
E("uni-lappi", "Agency", ["Lapin yliopisto"])
E("muni-kemi", "Municipality", ["Kemi"])
E("muni-keminmaa", "Municipality", ["Keminmaa"])
E("muni-sodankyla", "Municipality", ["Sodankylä"])
E("muni-rovaniemi", "Municipality", ["Rovaniemi"])
E("prog-esr", "Programme", ["Euroopan sosiaalirahasto", "ESR", "EU:n Euroopan sosiaalirahasto"])
E("eu", "Agency", ["EU", "Euroopan unioni"], opt=True)
E("ely-pohjois-pohjanmaa", "Agency", ["Pohjois-Pohjanmaan elinkeino-, liikenne- ja ympäristökeskus", "Pohjois-Pohjanmaan ELY-keskus", "ELY"])
E("ja-lansi-pohjan-shp", "JointAuthority", ["Länsi-Pohjan sairaanhoitopiiri"])
E("region-lappi", "Region", ["Lappi"])
E("agency-te-toimisto", "Agency", ["TE-toimistot", "TE-toimisto"], opt=True)
F(("uas-lapin-amk", "coordinates", "proj-soku2"))
for k in ["assoc-meriva", "assoc-pohjantahtiopisto", "assoc-seita-saatio", "uni-lappi", "muni-kemi", "muni-keminmaa", "muni-sodankyla"]:
    F((k, "participatesIn", "proj-soku2"))
F(("prog-esr", "funds", "proj-soku2"))
F(("ely-pohjois-pohjanmaa", "funds", "proj-soku2"))
F(("proj-soku2", "coversArea", "region-lappi"))
F(("ja-lansi-pohjan-shp", "participatesIn", "proj-soku2"), opt=True)
for m in ["muni-kemi", "muni-keminmaa", "muni-sodankyla", "muni-rovaniemi"]:
    F(("proj-soku2", "coversArea", m), opt=True)
F(("proj-soku2", "partOf", "prog-esr"), opt=True)

doc("h_innokyla-etela-suomen-ot-keskushanke.txt", "news")
E("proj-etela-suomen-ot-keskushanke", "Project", ["Etelä-Suomen OT-keskushanke (2022-2023)", "Etelä-Suomen OT-keskushanke"])
E("wc-uusimaan-alueen-hyvinvointialueet", "WellbeingCounty", ["Uudenmaan alueen hyvinvointialueet"], opt=True)
E("wc-paijat-hame", "WellbeingCounty", ["Päijät-Hämeen hyvinvointialue"])
E("wc-kymenlaakso", "WellbeingCounty", ["Kymenlaakson hyvinvointialue"])
E("wc-etela-karjala", "WellbeingCounty", ["Etelä-Karjalan hyvinvointialue"])
E("muni-helsinki", "Municipality", ["Helsinki", "Helsingin kaupunki"])
E("ja-hus", "JointAuthority", ["HUS", "HUS-yhtymä", "Helsingin ja Uudenmaan sairaanhoitopiiri"])
E("thl", "Agency", ["THL", "Terveyden ja hyvinvoinnin laitos"])
E("coop-yhteistyoalueet", "CooperationArea", ["yhteistyöalueet", "YTA"], opt=True)
for k in ["wc-paijat-hame", "wc-kymenlaakso", "wc-etela-karjala", "muni-helsinki", "ja-hus"]:
    F((k, "participatesIn", "proj-etela-suomen-ot-keskushanke"))
F(("wc-uusimaan-alueen-hyvinvointialueet", "participatesIn", "proj-etela-suomen-ot-keskushanke"), opt=True)

doc("h_stm-sv-statsbidrag-2003.txt", "news")
E("stm", "Ministry", ["Social- och hälsovårdsministeriet", "social- och hälsovårdsministeriet", "Sosiaali- ja terveysministeriö", "STM"])
E("agency-laaninhallitukset", "Agency", ["länsstyrelserna", "länsstyrelse", "lääninhallitukset"], opt=True)
G = [
    ("muni-hameenlinna", "Municipality", ["Tavastehus stad", "Tavastehus", "Hämeenlinna", "Hämeenlinnan kaupunki"],
     "proj-socialombudsmannens-verksamhet", ["Utvecklande av socialombudsmannens verksamhet"], 114000),
    ("muni-helsinki", "Municipality", ["Helsingfors stad", "Helsingfors", "Helsinki", "Helsingin kaupunki"],
     "proj-obehindrade-utomhus-utrymmen", ["Obehindrade utomhus utrymmen och ADB-propgram", "Obehindrade utomhus utrymmen och ADB-program"], 217000),
    ("muni-vantaa", "Municipality", ["Vanda stad", "Vanda", "Vantaa", "Vantaan kaupunki"],
     "proj-jamforelse-sociala-tjanster", ["Jämförelse mellan centrala socialtjänsterna och utgifter i de sex största kommunerna 2003 – 2005",
      "Jämförelse mellan centrala socialtjänsterna och utgifter i de sex största kommunerna"], 519950),
    ("ja-honkalampi", "JointAuthority", ["Honkalampi samkommun", "Honkalampi", "Honkalammen kuntayhtymä"],
     "proj-utvecklingsnatverket-handikapp-ostra-finland", ["Utvecklingsnätverket inom handikappverksamheten i Östra Finland"], 50073),
    ("vaalijala", "JointAuthority", ["Vaalijala samkommun", "Vaalijala", "Vaalijalan kuntayhtymä"],
     "proj-kvaliteten-boendeservicen-savolax", ["Kvaliteten på boendeservicen för handikappade i Savolax"], 25000),
    ("muni-kajaani", "Municipality", ["Kajana stad", "Kajana", "Kajaani", "Kajaanin kaupunki"],
     "proj-kajanalands-modell", ["Stöd utvecklingen under barndomen; Kajanalands modell", "Stöd utvecklingen under barndomen", "Kajanalands modell"], 595850),
    ("ja-raahen-seudun-terveydenhuolto", "JointAuthority", ["Brahestads samkommun inom hälso- och sjukvården", "Brahestads samkommun",
      "Raahen seudun terveydenhuollon kuntayhtymä"],
     "proj-gellman", ["Ett regionalt centrum för omfattande och mångprofessionellt hjälp och rådgivning inom geriatrin, GELLMAN",
      "Ett regionalt centrum för omfattande och mångprofessionellt hjälp och rådgivning inom geriatrin", "GELLMAN"], 453668.5),
    ("kolpene", "JointAuthority", ["Kolpene samkommuns servicecentral", "Kolpene samkommun", "Kolpene", "Kolpeneen palvelukeskuksen kuntayhtymä"],
     "proj-kommunikationscentrum-lapplands-lan", ["Försök med verksamhetsmodellen för att kommunikationscentrum i Lapplands län"], 96793),
]
for rk, rt, rn, pk, pn, amt in G:
    E(rk, rt, rn)
    E(pk, "Project", pn)
    F(("stm", "funds", pk), ("stm", "funds", rk), amount=float(amt))
    F((rk, "coordinates", pk))
E("laani-lappi", "Region", ["Lapplands län", "Lapin lääni"])
E("region-ita-suomi", "Region", ["Östra Finland", "Itä-Suomi"], opt=True)
E("region-savo", "Region", ["Savolax", "Savo"], opt=True)
E("region-kainuu", "Region", ["Kajanaland", "Kainuu"], opt=True)
F(("proj-kommunikationscentrum-lapplands-lan", "coversArea", "laani-lappi"))
F(("proj-utvecklingsnatverket-handikapp-ostra-finland", "coversArea", "region-ita-suomi"), opt=True)
F(("proj-kvaliteten-boendeservicen-savolax", "coversArea", "region-savo"), opt=True)
F(("proj-kajanalands-modell", "coversArea", "region-kainuu"), opt=True)

doc("h_varha-sv-finansiering.txt", "news")
E("wc-varsinais-suomi", "WellbeingCounty", ["Egentliga Finlands välfärdsområde", "Varsinais-Suomen hyvinvointialue", "Varha"])
E("proj-varha-framtidens-sote-central-ii", "Project", ["Framtidens social- och hälsocentral II", "Projektet Framtidens social- och hälsocentral II"])
E("prog-tulevaisuuden-sote-keskus", "Programme", ["Framtidens social- och hälsocentral", "Tulevaisuuden sosiaali- ja terveyskeskus -ohjelma"], opt=True)
E("proj-varha-koordinering-tvasprakigt", "Project", ["Koordinering av tvåspråkigt välfärdsområde"], opt=True)
F(("wc-varsinais-suomi", "coordinates", "proj-varha-framtidens-sote-central-ii"))
F(("proj-varha-framtidens-sote-central-ii", "partOf", "prog-tulevaisuuden-sote-keskus"), opt=True)
F(("wc-varsinais-suomi", "coordinates", "proj-varha-koordinering-tvasprakigt"), opt=True)

doc("h_jarvenpaa-sopimus-seudullinen-sosiaalipaivystys.txt", "agreement")
E("agreement-keski-uusimaa-sosiaalipaivystys", "Agreement", [
  "Sopimus seudullisen sosiaalipäivystyksen järjestämisestä Keski-Uudellamaalla",
  "Sopimus seudullisen sosiaalipäivystyksen järjestämisestä Keski- Udellamaalla", "Sopimus"])
M = [("muni-jarvenpaa", ["Järvenpää", "Järvenpään kaupunki"]), ("muni-hyvinkaa", ["Hyvinkää", "Hyvinkään kaupunki"]),
     ("muni-kerava", ["Kerava", "Keravan kaupunki", "Keravan kunta"]), ("muni-tuusula", ["Tuusula", "Tuusulan kunta"]),
     ("muni-nurmijarvi", ["Nurmijärvi", "Nurmijärven kunta"]), ("muni-mantsala", ["Mäntsälä", "Mäntsälän kunta"]),
     ("muni-pornainen", ["Pornainen", "Pornaisten kunta"])]
for k, n in M:
    E(k, "Municipality", n)
    F((k, "participatesIn", "agreement-keski-uusimaa-sosiaalipaivystys"))
E("region-keski-uusimaa", "Region", ["Keski-Uusimaa"])
E("body-tuusula-sote", "Body", ["Tuusulan sosiaali- ja terveystoimi"])
F(("muni-jarvenpaa", "coordinates", "agreement-keski-uusimaa-sosiaalipaivystys"))
F(("agreement-keski-uusimaa-sosiaalipaivystys", "coversArea", "region-keski-uusimaa"))
F(("body-tuusula-sote", "partOf", "muni-tuusula"), opt=True)
for k, _ in M:
    F((k, "partOf", "region-keski-uusimaa"), opt=True)

doc("h_talentia-osaamiskeskukset-taydessa-tyossa.txt", "news")
E("poske", "CompetenceCentre", ["Pohjois-Suomen sosiaalialan osaamiskeskus POSKE", "Pohjois-Suomen sosiaalialan osaamiskeskus", "POSKE", "Poske"])
E("sonet-botnia", "CompetenceCentre", ["SONet BOTNIA", "SONet Botnia"])
E("cc-osaamiskeskukset-yleisesti", "CompetenceCentre", ["Sosiaalialan osaamiskeskukset", "osaamiskeskukset", "Osaamiskeskuksia"], opt=True)
E("prog-sote-uudistus", ["Programme", "Project"], ["sote-uudistus"], opt=True)
F(("sonet-botnia", "participatesIn", "cc-osaamiskeskukset-yleisesti"), ("sonet-botnia", "partOf", "cc-osaamiskeskukset-yleisesti"), opt=True)
F(("poske", "participatesIn", "cc-osaamiskeskukset-yleisesti"), ("poske", "partOf", "cc-osaamiskeskukset-yleisesti"), opt=True)

doc("h_innokyla-etela-pohjanmaan-rakenneuudistus.txt", "news")
E("proj-etela-pohjanmaan-rakenneuudistus", "Project", ["Etelä-Pohjanmaan rakenneuudistus"])
E("prog-tulevaisuuden-sote-keskus", "Programme", ["Tulevaisuuden sosiaali- ja terveyskeskus -ohjelma", "Tulevaisuuden sosiaali- ja terveyskeskus"])
E("prog-sote-uudistus", ["Programme", "Project"], ["sote-uudistus", "sosiaali- ja terveydenhuollon uudistus"], opt=True)
E("prog-vard-och-landskapsreformen", "Programme", ["maakunta- ja sote-uudistus", "sote- ja maakuntauudistus"], opt=True)
E("person-sanna-marin", "Person", ["Sanna Marin"])
E("region-etela-pohjanmaa", "Region", ["Etelä-Pohjanmaa"])
F(("proj-etela-pohjanmaan-rakenneuudistus", "partOf", "prog-tulevaisuuden-sote-keskus"))
F(("proj-etela-pohjanmaan-rakenneuudistus", "partOf", "prog-sote-uudistus"), opt=True)
F(("proj-etela-pohjanmaan-rakenneuudistus", "coversArea", "region-etela-pohjanmaa"), opt=True)

doc("h_pohjanmaa-hva-sonet-botnia.txt", "news")
E("sonet-botnia", "CompetenceCentre", ["SONet BOTNIA", "SONet Botnia", "SONetBOTNIA"])
E("region-etela-pohjanmaa", "Region", ["Etelä-Pohjanmaa"])
E("region-keski-pohjanmaa", "Region", ["Keski-Pohjanmaa"])
E("region-pohjanmaa", "Region", ["Pohjanmaa"])
E("muni-vaasa", "Municipality", ["Vaasa"])
E("muni-kokkola", "Municipality", ["Kokkola"])
E("muni-seinajoki", "Municipality", ["Seinäjoki"])
E("uas-seamk", "Company", ["Seinäjoen Ammattikorkeakoulu", "Seinäjoen ammattikorkeakoulu", "SeAMK"])
E("cc-osaamiskeskukset-yleisesti", "CompetenceCentre", ["sosiaalialan osaamiskeskus", "Sosiaalialan osaamiskeskukset"], opt=True)
for k, f, last in [("arto-rautajoki", "Arto", "Rautajoki"), ("emmi-hakala", "Emmi", "Hakala"),
                ("tuula-mulju", "Tuula", "Mulju"), ("marjo-hannu-jama", "Marjo", "Hannu-Jama")]:
    P("person-" + k, f, last)
for r in ["region-etela-pohjanmaa", "region-keski-pohjanmaa", "region-pohjanmaa"]:
    F(("sonet-botnia", "coversArea", r))
F(("person-emmi-hakala", "holdsPost", "sonet-botnia"), post="kehittäjäsosiaalityöntekijä")
F(("person-tuula-mulju", "holdsPost", "sonet-botnia"), post="kehittämissuunnittelija")
F(("person-marjo-hannu-jama", "holdsPost", "sonet-botnia"), post="kehittämissuunnittelija")
F(("person-arto-rautajoki", "holdsPost", "sonet-botnia"), opt=True, post="kehitysjohtaja")
for k in ["muni-vaasa", "muni-kokkola", "muni-seinajoki", "uas-seamk"]:
    F((k, "participatesIn", "sonet-botnia"), opt=True)


if __name__ == "__main__":
    out = Path(__file__).with_name("gold.jsonl")
    out.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in DOCS), encoding="utf-8")
    print(f"wrote {len(DOCS)} documents to {out}")
