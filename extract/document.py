"""One document in, its entities and facts out: the extraction pipeline's single entry point."""

from __future__ import annotations

import itertools
import re
import weakref
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from types import MappingProxyType
from typing import Any

from welfare_kg.contacts import contacts_by_person, email_domains, scan_contacts
from welfare_kg.extract import (  # noqa: F401  register relation rules
    activity_funders,
    activity_places,
    agent_phrases,
    anaphor_receivers,
    area_cues,
    area_phrases,
    around_areas,
    body_parents,
    covering_verbs,
    grant_proposals,
    grant_receipts,
    grant_rows,
    headline_grants,
    hosted_units,
    joined_funding,
    money_into,
    noun_grants,
    opening_areas,
    org_memberships,
    participle_areas,
    partner_tasks,
    party_phrases,
    programme_granters,
    programme_projects,
    reference_areas,
    role_parentheses,
    role_shapes,
    role_verbs,
    runner_phrases,
    sentence_hits,
    shared_bodies,
    subordinate_units,
    support_grants,
    support_means,
    swedish_gifts,
    text_scans,
    town_parts,
)
from welfare_kg.extract.abbreviated_councils import abbreviated_council_mentions
from welfare_kg.extract.acronym_employers import acronym_employer_mentions
from welfare_kg.extract.acronym_titles import acronym_title_mentions, known_acronyms
from welfare_kg.extract.agency_compounds import agency_compound_mentions
from welfare_kg.extract.applied_universities import applied_university_mentions
from welfare_kg.extract.appointments import appointed_post
from welfare_kg.extract.area_project_echoes import area_project_echo_mentions
from welfare_kg.extract.bare_agencies import bare_agency_mentions
from welfare_kg.extract.board_owners import board_owner_mentions
from welfare_kg.extract.bracket_acronym_echoes import bracket_acronym_echo_mentions
from welfare_kg.extract.bracketed_kind_places import bracketed_kind_mentions
from welfare_kg.extract.caps_people import caps_people, caps_title_people
from welfare_kg.extract.caps_titles import add_caps_titles, caps_title_projects
from welfare_kg.extract.caption_receivers import caption_receiver_mentions
from welfare_kg.extract.colon_statements import statement_start
from welfare_kg.extract.comma_employers import home_town
from welfare_kg.extract.comma_title_runs import RunTitles, comma_title_runs
from welfare_kg.extract.composed_parts import composed_part_mentions
from welfare_kg.extract.compound_titles import compound_title
from welfare_kg.extract.contents_titles import run_on_titles
from welfare_kg.extract.cooccurrence import candidate_facts
from welfare_kg.extract.copula_titles import copula_title
from welfare_kg.extract.dash_joint_authorities import dash_joint_authority_mentions
from welfare_kg.extract.degree_titles import degree_title
from welfare_kg.extract.doc_progress import TAIL, document_progress, stage
from welfare_kg.extract.document_indexes import build_indexes
from welfare_kg.extract.document_passes import PassInput, run_passes
from welfare_kg.extract.document_roles import read_document
from welfare_kg.extract.domain_orgs import document_domain_org
from welfare_kg.extract.elided_branches import elided_branch_mentions
from welfare_kg.extract.entities import BOARD_ABBREVIATION, Recogniser, is_post
from welfare_kg.extract.enumerated_kinds import enumerated_kind
from welfare_kg.extract.essive_seats import essive_seat
from welfare_kg.extract.exclaimed_titles import exclaimed_title_mentions
from welfare_kg.extract.fields import drop_form_furniture
from welfare_kg.extract.finishing import finish
from welfare_kg.extract.foreign_municipalities import foreign_municipality_mentions
from welfare_kg.extract.foreign_place_names import foreign_place_mentions
from welfare_kg.extract.founder_foundations import founder_foundation_mentions
from welfare_kg.extract.gazetteer import Gazetteer, reference_gazetteer
from welfare_kg.extract.genitive_institutions import genitive_institution_mentions
from welfare_kg.extract.genitive_kind_names import genitive_kind_mentions
from welfare_kg.extract.genitive_names import genitive_people, governed_people_mentions
from welfare_kg.extract.grant_act_names import grant_act_mentions
from welfare_kg.extract.grant_row_hosts import grant_row_host_mentions
from welfare_kg.extract.grant_slot_names import grant_slot_mentions
from welfare_kg.extract.header_bodies import minutes_near
from welfare_kg.extract.header_members import header_member_facts
from welfare_kg.extract.heading_starts import heading_start_mentions, kind_label_mentions, plan_heading_mentions
from welfare_kg.extract.hospital_areas import reference_body
from welfare_kg.extract.hospital_districts import hospital_district_mentions
from welfare_kg.extract.inline_grants import inline_item_mentions
from welfare_kg.extract.item_compound_projects import compound_head_projects
from welfare_kg.extract.item_decisions import UNDECIDED, compound_agreement, proposal_decisions
from welfare_kg.extract.item_title_runs import title_run_mentions
from welfare_kg.extract.item_titles import (
    add_title_agreements,
    coordinated_genitives,
    participle_complements,
    purpose_agreements,
    title_agreements,
    title_projects,
)
from welfare_kg.extract.item_topic_projects import item_topic_projects
from welfare_kg.extract.jubilee_foundations import jubilee_foundation_mentions
from welfare_kg.extract.kind_anaphors import kind_anaphor_mentions
from welfare_kg.extract.kind_lists import kind_list_mentions
from welfare_kg.extract.kind_owners import kind_owner_after, kind_word_owner
from welfare_kg.extract.leader_groups import leader_group_mentions
from welfare_kg.extract.listed_organisations import listed_organisation_mentions
from welfare_kg.extract.listed_receivers import ahead as listed_receivers_ahead
from welfare_kg.extract.listed_receivers import listed_receiver_mentions
from welfare_kg.extract.lowercase_undertakings import drop_lowercase_undertakings
from welfare_kg.extract.marked_signatures import marked_chair_facts
from welfare_kg.extract.member_leads import member_lead_facts
from welfare_kg.extract.member_tables import member_table_facts
from welfare_kg.extract.membered_groups import membered_group_mentions
from welfare_kg.extract.membership import membership_facts
from welfare_kg.extract.minister_portfolios import portfolio_ministries
from welfare_kg.extract.mixed_abbreviations import mixed_abbreviation_mentions, mixed_case_abbreviations
from welfare_kg.extract.model import Evidence, Extraction, Fact, Mention
from welfare_kg.extract.money import find_amounts
from welfare_kg.extract.morphology import Morphology, get_morphology
from welfare_kg.extract.name_codes import code_name_mentions
from welfare_kg.extract.name_openers import trim_undertaking_openers
from welfare_kg.extract.names import fold
from welfare_kg.extract.numbered_bodies import numbered_bodies
from welfare_kg.extract.numeral_names import numeral_name_mentions
from welfare_kg.extract.org_echoes import org_echo_mentions
from welfare_kg.extract.organisation_genitives import organisation_genitives
from welfare_kg.extract.organisation_units import organisation_unit_mentions
from welfare_kg.extract.owner_project_bullets import owner_bullet_mentions
from welfare_kg.extract.owner_title_blocks import owner_title_block_mentions
from welfare_kg.extract.page_furniture import facts_outside_furniture
from welfare_kg.extract.page_project import is_sub_project, page_project
from welfare_kg.extract.pages import page_mentions  # page layouts: fields, lists, titles
from welfare_kg.extract.part_lists import part_list_mentions
from welfare_kg.extract.passing_projects import mark_passing_projects
from welfare_kg.extract.people import listed_people, person_mentions, replace_listed, roster_table_head
from welfare_kg.extract.person_extents import (
    broken_surname_people,
    double_surnames,
    split_row_people,
    unknown_surname_people,
)
from welfare_kg.extract.person_forms import (
    base_form_people,
    complete_double_surnames,
    complete_given_names,
    cut_off_organisations,
    cut_off_people,
    drop_ship_names,
    join_broken_hyphens,
    organisations_read_as_people,
    run_on_prefixes_cut,
    swedish_genitives,
)
from welfare_kg.extract.phase_names import phase_mentions
from welfare_kg.extract.photo_credits import drop_photo_credits
from welfare_kg.extract.place_kind_organisations import place_kind_mentions
from welfare_kg.extract.place_rows import place_row_mentions
from welfare_kg.extract.post_kinds import wrong_kind_employer
from welfare_kg.extract.post_rows import org_read_over, row_chair_facts, unknown_row_org
from welfare_kg.extract.posts import (
    MEETING_ROOM,
    BodyOwners,
    address_town,
    behind_other_person,
    comma_meeting_roles,
    contact_block_org,
    is_meeting_role,
    item_bodies,
    listed_facts,
    meeting_body,
    next_line_title,
    office_title,
    org_on_next_line,
    prose_post_org,
    seat_abbreviation,
)
from welfare_kg.extract.priority_axes import axis_mentions
from welfare_kg.extract.programme_compounds import glued_programme_mentions
from welfare_kg.extract.programme_project_words import names_programme_project
from welfare_kg.extract.project_lists import find_lists, project_list_mentions
from welfare_kg.extract.quoted_rows import quoted_row_mentions
from welfare_kg.extract.receiving_subjects import receiving_subject_mentions
from welfare_kg.extract.relations import (
    ORGS,
    PARTIES,
    UNDERTAKINGS,
    Context,
    bracketed_after_org,
    first_named,
    heading_section,
    sentence_facts,
)
from welfare_kg.extract.report_headings import trim_report_headings
from welfare_kg.extract.resolve import entities_from_mentions, mint, resolve_undertakings_explained
from welfare_kg.extract.role_slot_organisations import role_slot_mentions
from welfare_kg.extract.row_owners import staff_row_owner
from welfare_kg.extract.running_names import running_name_mentions, scan_sentences, scan_text
from welfare_kg.extract.seat_tables import seat_table_facts
from welfare_kg.extract.sentence_hits import forget as forget_hits
from welfare_kg.extract.sentence_pool import PARALLEL_CHARS, Later, beside, fold_sentences, map_sentences, workers_for
from welfare_kg.extract.service_clubs import service_club_mentions
from welfare_kg.extract.shared_kind_names import shared_kind_mentions
from welfare_kg.extract.short_names import bilingual_names, short_name_aliases
from welfare_kg.extract.spans import SpanIndex
from welfare_kg.extract.split_letterheads import split_letterhead_mentions
from welfare_kg.extract.subregion_conjuncts import elided_subregion_mentions
from welfare_kg.extract.sum_column_titles import sum_column_title_mentions
from welfare_kg.extract.surname_first_items import surname_first_item_mentions
from welfare_kg.extract.swedish_agreement_words import swedish_agreement_mentions
from welfare_kg.extract.swedish_bodies import swedish_body_labels
from welfare_kg.extract.swedish_name_ends import swedish_name_end_mentions
from welfare_kg.extract.swedish_parishes import swedish_parish_mentions
from welfare_kg.extract.swedish_posts import TOWN_ROW_RULE, swedish_post, town_row, unread_swedish_owner
from welfare_kg.extract.swedish_public_bodies import swedish_public_body_mentions
from welfare_kg.extract.table_project_names import table_project_mentions
from welfare_kg.extract.text import Sentence, sentences, tokenize
from welfare_kg.extract.text_scans import forget as forget_scans
from welfare_kg.extract.text_scans import scan_ahead
from welfare_kg.extract.title_agreements import owned_title_agreements, titled_agreement
from welfare_kg.extract.title_genitive_chains import widen_title_genitives
from welfare_kg.extract.title_lines import heading_row_post
from welfare_kg.extract.title_modifiers import apposed_lead_title
from welfare_kg.extract.titled_kind_names import titled_kind_mentions
from welfare_kg.extract.titled_people import titled_people_mentions
from welfare_kg.extract.titled_surnames import titled_surname_mentions
from welfare_kg.extract.trade_first_companies import trade_first_company_mentions
from welfare_kg.extract.unread_owners import unread_owner
from welfare_kg.extract.whole_rows import whole_row_facts
from welfare_kg.heap import young_collections_only
from welfare_kg.loaders.record import DocumentRecord

APPROVING = {"approved", "approved-unanimously", "approved-amended"}
PROGRESS_CHECKS = 400  # per loop: how often it offers its progress (doc_progress passes on one per 1 % at most)


@young_collections_only()  # no full collection walks the document's heap: welfare_kg/heap.py
def extract_document(record: DocumentRecord, *, gazetteer: Gazetteer | None = None,
                     morph: Morphology | None = None,
                     progress: Callable[[int, int, str], None] | None = None,
                     workers: int = 1, parallel_chars: int = PARALLEL_CHARS) -> Extraction:
    """`progress(done, total, phase)` is called now and then during recognition ("reading", the first half of
    `total`) and the sentence rules ("relations", the second), so that a single large document shows progress
    and not only a file count (extract/doc_progress.py). A document of at least `parallel_chars` characters
    has its per-sentence work spread over `workers` forked processes, with the same result
    (extract/sentence_pool.py)."""
    gaz = gazetteer or reference_gazetteer()
    morph = morph or get_morphology()
    rec = Recogniser(gaz, morph)
    text = record.text
    bar = document_progress(progress, len(text))
    if bar is not None:
        bar.start("reading")
    stage(bar, "sentences")  # seconds each on a large document, the steps between the loops name themselves
    sents = sentences(text)
    procs = workers_for(len(text), workers, parallel_chars)
    weights = [s.end - (sents[i - 1].end if i else 0) for i, s in enumerate(sents)]  # sums: each sentence's end
    every = max(len(sents) // PROGRESS_CHECKS, 8)
    listed: list = []

    def listed_in_minutes() -> None:
        if record.kind == "minutes":
            listed[:] = listed_people(text, morph)  # attendance blocks: extract/people.py
        elif roster_table_head(text):  # a council's page lists its members under "Jäsenet  Varajäsenet" columns
            listed[:] = [p for p in listed_people(text, morph) if roster_table_head(p.block)]

    # Steps that read only the text, done while forked processes start on the recognition (a 20 MB page: 12 s
    # of one core that the other spent idle after the recognition); several, so that progress shows between them
    from_text_alone = (
        lambda: (stage(bar, "people lists"), listed_in_minutes()),
        lambda: (stage(bar, "lists"), find_lists(text)),  # kept for the text by extract/project_lists.py
        lambda: (stage(bar, "running names"), scan_text(text)),  # kept for the text by extract/running_names.py
        lambda: scan_sentences(text, tuple(s.start for s in sents), morph),  # the same module's per-sentence ones
        lambda: scan_contacts(text),  # e-mails and phones, kept for the text by welfare_kg/contacts.py
        # the later steps' whole-text scans (extract/text_scans.py): in one process they would run all the same
        lambda: scan_ahead(text) if procs > 1 else None,
        lambda: listed_receivers_ahead(text) if procs > 1 else None,  # list and sum-row scans: listed_receivers.py
        lambda: stage(bar, None))  # the recognition loop again

    per_sentence: list[list[Mention]] = map_sentences(
        len(sents), lambda i: rec.sentence_mentions(sents[i], text, title=_is_heading(sents[i], text)),
        workers=procs, weights=weights, every=every, before=from_text_alone,
        progress=bar.tick if bar is not None else None)
    # what the later steps scan the text or every sentence for, worked out in a forked process while this one does
    # the mention steps alone (the other core would wait): first text_scans.LATER_MENTIONS, then LATER_RULES with
    # CALLS and the passes' sentence searches (sentence_hits.py), each taken back before its first use
    later = Later(lambda: text_scans.later(text, text_scans.LATER_MENTIONS)) if procs > 1 else None
    stage(bar, "people and titles", 1 - TAIL)
    per_sentence = replace_listed(sents, per_sentence, person_mentions(listed, text, morph), text)
    if record.kind == "minutes":  # "Sopimus X:n järjestämisestä" item titles: extract/item_titles.py
        titled = title_agreements(record, morph) + title_projects(record, morph, per_sentence, known_acronyms(gaz))
        titled += owned_title_agreements(record)  # "Kuntien ja X:n yhteistyösopimus": extract/title_agreements.py
        titled += compound_head_projects(record, morph, per_sentence)  # "X yhteishankkeen rahoitus": its module
        per_sentence = add_title_agreements(sents, per_sentence, titled)
        per_sentence = add_caps_titles(sents, per_sentence, caps_title_projects(record, morph))  # caps_titles.py
        # "§ 46 Ikäihmisten kotihoidon kehittäminen" whose text says "hanke": extract/item_topic_projects.py
        per_sentence = item_topic_projects(record, per_sentence, [s.start for s in sents], morph)
    # "sopimus X:n järjestämisestä" in running text or a list of items: extract/item_titles.py
    taken = [m for ms in per_sentence for m in ms if m.rule in {"item-title-agreement", "item-title-project"}]
    per_sentence = add_title_agreements(sents, per_sentence, purpose_agreements(text, morph, taken))
    per_sentence = page_mentions(record, sents, per_sentence, morph)  # cards, titles, non-names: extract/pages.py
    starts = [s.start for s in sents]
    per_sentence = grant_rows.grant_row_mentions(text, per_sentence, starts, morph)
    # "Kylälän kunta 12 000 €    Liikkeelle kylissä": a grant table's title column, extract/sum_column_titles.py
    per_sentence = sum_column_title_mentions(text, per_sentence, starts, morph)
    # "X r.f.:" / "Mural Rural" / "1500 euro": a grant list's blocks, the middle line a title (owner_title_blocks.py)
    per_sentence = owner_title_block_mentions(text, per_sentence, starts, morph)
    per_sentence = quoted_row_mentions(text, per_sentence, starts, morph)  # '"X", Y ry. 5 000 euroa': quoted_rows
    per_sentence = owner_bullet_mentions(text, per_sentence, starts, morph)  # "• Y ry, X 2031–2034.": its module
    # "Ikävoimaa-avustusohjelman": a word glued to a programme head, extract/programme_compounds.py
    per_sentence = glued_programme_mentions(text, per_sentence, starts, morph)
    # "kehittämishanke II", "Kaste II hanke": numerals in project names, extract/numeral_names.py
    per_sentence = numeral_name_mentions(text, per_sentence, starts, morph)
    per_sentence = code_name_mentions(text, per_sentence, starts, morph)  # "Hanke M20 toimi"
    per_sentence = axis_mentions(text, per_sentence, starts)  # "toimintalinjaan 3": extract/priority_axes.py
    per_sentence = foreign_municipality_mentions(text, per_sentence, starts)  # "Hylte kommun": foreign_municipalities
    per_sentence = part_list_mentions(text, per_sentence, starts, morph)  # "työpaketit A, B ja C": part_lists.py
    per_sentence = composed_part_mentions(text, per_sentence, starts, morph)  # "koostuu kuudesta alueseurakunnasta"
    per_sentence = swedish_public_body_mentions(text, per_sentence, starts)  # "Region Västmanland", "Skolverket"
    # "KESKI-SATAKUNNAN TERVEYDEN- PÖYTÄKIRJA ... HUOLLON KUNTAYHTYMÄ": extract/split_letterheads.py
    per_sentence = split_letterhead_mentions(text, per_sentence, starts, morph)
    per_sentence = elided_subregion_mentions(text, per_sentence, starts)  # "Salon ja Loimaan seutukuntien"
    stage(bar, "names in lists and running text", 1 - TAIL * 0.6)
    per_sentence = project_list_mentions(text, per_sentence, starts, morph)  # extract/project_lists.py
    per_sentence = running_name_mentions(text, per_sentence, starts, morph)  # bare names: extract/running_names.py
    if record.kind != "minutes":
        # "Arvioitu toteuttamisaika" of a form read as a name: extract/fields.py
        per_sentence = drop_form_furniture(text, per_sentence)
        # "<heading> -nimisen hankkeen" read as its last word: extract/heading_starts.py
        per_sentence = heading_start_mentions(text, per_sentence, starts, morph)
        per_sentence = plan_heading_mentions(text, per_sentence, starts, morph)  # "<Name> Hankesuunnitelma"
        per_sentence = kind_label_mentions(text, per_sentence, starts, morph)  # "Pilottihanke: <Name>"
    # "ETKOT - Energiatehokkuuden kehittäminen ...": capitals and a spelt-out title, extract/acronym_titles.py
    per_sentence = acronym_title_mentions(text, per_sentence, starts, known_acronyms(gaz))
    per_sentence = grant_act_mentions(text, per_sentence, starts, morph)  # "myöntämiseksi X hankkeelle"
    per_sentence = table_project_mentions(text, per_sentence, starts, morph)  # "Hankkeen nimi | ...": table rows
    if record.kind == "minutes":  # "103 § Fiksu koti - investoinnit" after project items: item_title_runs.py
        per_sentence = title_run_mentions(record, per_sentence, starts, morph)
    per_sentence = titled_people_mentions(text, per_sentence, starts, morph)  # extract/titled_people.py
    per_sentence = titled_surname_mentions(text, per_sentence, starts, morph)  # "ministeri Hyssälän": titled_surnames
    per_sentence = surname_first_item_mentions(text, per_sentence, starts, morph)  # "; Silvala Suvi"
    per_sentence = governed_people_mentions(text, per_sentence, starts, morph)  # "X:n (Y) vastuulla": genitive_names
    per_sentence = double_surnames(text, per_sentence, morph)  # "Rose-Marie Jansson Hedberg": person_extents
    per_sentence = split_row_people(text, per_sentence, starts, morph)  # "Björn\nCelind (C)": person_extents.py
    per_sentence = unknown_surname_people(text, per_sentence, starts, morph)  # "Olav Jern.": person_extents.py
    per_sentence = broken_surname_people(text, per_sentence, starts, morph)  # "Elina Viro-kannas,": person_extents
    per_sentence = caps_people(text, per_sentence, starts, morph)  # "MATTI VIRTANEN" signing: extract/caps_people.py
    per_sentence = caps_title_people(text, per_sentence, starts, morph)  # "SEPPO SEKIN EROANOMUS": caps_people.py
    per_sentence = drop_ship_names(per_sentence, text)  # "M/S Silja Serenade": extract/person_forms.py
    per_sentence = organisations_read_as_people(per_sentence)  # "Aurora Stiftelsen": extract/person_forms.py
    per_sentence = run_on_prefixes_cut(per_sentence)  # "Holmqvist Donald X" in a run-on roster: person_forms.py
    per_sentence = drop_photo_credits(per_sentence, text)  # "Kuva: Elli Esimerkki": extract/photo_credits.py
    per_sentence = drop_lowercase_undertakings(per_sentence, text)  # "talouden ohjelma": lowercase_undertakings.py
    per_sentence = trim_report_headings(per_sentence, morph)  # "Loppuraportti X-hanke": extract/report_headings.py
    per_sentence = trim_undertaking_openers(per_sentence, morph)  # "Ajankohtaista X": extract/name_openers.py
    per_sentence = cut_off_people(per_sentence, text, morph)  # "... Heikki Koskel" at an excerpt's end
    per_sentence = cut_off_organisations(per_sentence, text, morph)  # "... Janakkalan Osuus": person_forms.py
    per_sentence = bracket_acronym_echo_mentions(text, per_sentence, starts)  # "X (STN) ... STN:n rahoittama"
    per_sentence = mixed_abbreviation_mentions(text, per_sentence, starts)  # "PPsotulla": mixed_abbreviations.py
    per_sentence = acronym_employer_mentions(text, per_sentence, starts, morph)  # "SLU:n pääsihteeri X"
    per_sentence = area_project_echo_mentions(text, per_sentence, starts, morph)  # "Etelä-Pohjanmaan Muistiluotsi"
    if later is not None:
        text_scans.keep_later(text, text_scans.LATER_MENTIONS, later.result())
        later = Later(lambda: (text_scans.later(text, text_scans.LATER_RULES, calls=True), sentence_hits.hits(sents)))
    per_sentence = kind_anaphor_mentions(text, per_sentence, starts, morph)  # "Ministeriö myönsi": kind_anaphors.py
    per_sentence = membered_group_mentions(text, per_sentence, starts)  # "ohjausryhmä koostui": membered_groups.py
    # "godkänner samarbetsavtalet": extract/swedish_agreement_words.py
    per_sentence = swedish_agreement_mentions(text, record.language, per_sentence, starts, morph)
    # "ELY-keskus myönsi" with no ELY centre named: extract/bare_agencies.py
    per_sentence = bare_agency_mentions(text, per_sentence, starts, morph, record.checksum[:12], gaz)
    per_sentence = place_row_mentions(text, per_sentence, starts)  # "• Operaatio Ruokakassi, Turku": place_rows.py
    per_sentence = kind_list_mentions(text, per_sentence, starts, morph)  # "kehittämisyhtiöt X ja Y": kind_lists.py
    # "kolmen hyvinvointialueen (Kainuu, Lappi)": the counties, not the regions: bracketed_kind_places.py
    per_sentence = bracketed_kind_mentions(text, per_sentence, gaz, morph)
    per_sentence = service_club_mentions(text, per_sentence, starts, morph)  # "Lions Club X": service_clubs.py
    per_sentence = titled_kind_mentions(text, per_sentence, starts, morph)  # "Suomen X:ien Liitto": titled_kind_names
    per_sentence = exclaimed_title_mentions(text, per_sentence, starts, morph)  # "Ylös! X-hanke": exclaimed_titles
    # "Helena Lavikaisen säätiö" whole, and "Xn säätiö myönsi" opening a sentence: extract/founder_foundations.py
    per_sentence = founder_foundation_mentions(text, per_sentence, starts, morph)
    per_sentence = leader_group_mentions(text, per_sentence, starts, morph)  # "Leader Lappi": leader_groups.py
    per_sentence = board_owner_mentions(text, per_sentence, starts, morph)  # "Helkan hallitus päätti": board_owners
    # "Vanhus- ja lähimmäispalvelun liitto": a capitalised genitive and a lower-case kind, genitive_kind_names.py
    per_sentence = genitive_kind_mentions(text, per_sentence, starts, morph)
    # "Taiteen edistämiskeskus", "Xn tutkimuslaitos": the same for institutions, extract/genitive_institutions.py
    per_sentence = genitive_institution_mentions(text, per_sentence, starts, morph)
    per_sentence = agency_compound_mentions(text, per_sentence, starts, morph)  # "Ruokavirasto": agency_compounds.py
    per_sentence = swedish_name_end_mentions(text, per_sentence, starts)  # "Stiftelsen X i Y": swedish_name_ends.py
    per_sentence = trade_first_company_mentions(text, per_sentence, starts, morph)  # "Kirjapaino X": its module
    per_sentence = swedish_parish_mentions(text, per_sentence, starts)  # "Selånger församling": swedish_parishes.py
    per_sentence = dash_joint_authority_mentions(text, per_sentence, starts)  # "KUVES-kuntayhtymä": its module
    # "Savonia-ammattikorkeakoulu", "Yrkeshögskolan Novia": a company by the kind's shape, applied_universities.py
    per_sentence = applied_university_mentions(text, per_sentence, starts, morph)
    per_sentence = org_echo_mentions(text, per_sentence, starts, morph)  # a name read once, later: org_echoes.py
    per_sentence = phase_mentions(text, per_sentence, starts, morph)  # "X II", "Toista X-hanketta": phase_names.py
    # "Unit (Host) 500 000" rows of a grant table: the unit and its host named whole (extract/grant_row_hosts.py)
    per_sentence = grant_row_host_mentions(text, per_sentence, starts, morph)
    # the names no rule read in a list under "Avustuksen saivat:": extract/listed_receivers.py
    per_sentence = listed_receiver_mentions(text, per_sentence, starts, morph)
    per_sentence = grant_slot_mentions(text, per_sentence, starts, morph)  # "myöntää X:lle N euroa": grant_slot_names
    per_sentence = receiving_subject_mentions(text, per_sentence, starts, morph)  # "X fick 5 euro": receiving_subjects
    per_sentence = inline_item_mentions(text, per_sentence, starts, morph)  # "...: A 5 000 €, B 3 000 €": inline_grants
    per_sentence = caption_receiver_mentions(text, per_sentence, starts, morph)  # a photo caption: caption_receivers
    # "Hanketta hallinnoi Ikäinstituutti": a name no rule read where only an organisation stands (role slots)
    per_sentence = role_slot_mentions(text, per_sentence, starts, morph)
    # "Lapin yliopisto, Sokela ja Himonoseura": an unread name in a list of organisations, listed_organisations.py
    per_sentence = listed_organisation_mentions(text, per_sentence, starts, morph)
    # "Helsingin yliopiston Ruralia-instituutti": a unit's own name after its organisation's genitive
    per_sentence = organisation_unit_mentions(text, per_sentence, starts, morph)
    # "Keski-Suomen kalatalouskeskus", "Satakunnan vankila": extract/place_kind_organisations.py
    per_sentence = place_kind_mentions(text, per_sentence, starts, morph)
    # "Ikaalisten ja Luopioisten säästöpankkisäätiöt": two towns' organisations of one plural kind
    per_sentence = shared_kind_mentions(text, per_sentence, starts, morph)
    # "SPR:n Janakkalan ja Tervakosken osastot": two branches of one association, extract/elided_branches.py
    per_sentence = elided_branch_mentions(text, per_sentence, starts, morph)
    # "Kymin Osakeyhtiön 100-vuotissäätiö": an anniversary's foundation, extract/jubilee_foundations.py
    per_sentence = jubilee_foundation_mentions(text, per_sentence, starts, morph)
    per_sentence = foreign_place_mentions(text, per_sentence, starts, morph)  # "Helsinki Business College"
    per_sentence = hospital_district_mentions(text, per_sentence, starts, gaz)  # "EKSHP": hospital_districts.py
    # again, for the names the passes after its first call read ("Xn edistämiskeskus (XEK) ... XEK:n rahoittama")
    per_sentence = bracket_acronym_echo_mentions(text, per_sentence, starts)
    if record.kind == "minutes":  # "Korpo" in Pargas's minutes of 2015: a part of the town
        per_sentence = _without_former_towns(per_sentence, _document_year(record), gaz, text)
    mentions = [m for ms in per_sentence for m in ms]
    mark_passing_projects(text, mentions)  # "hankkeet kuten X": never the page's project, extract/passing_projects.py
    if record.kind == "minutes":  # "Kurkinen Yrjö kvalt pj" with the council named nowhere: abbreviated_councils.py
        mentions += abbreviated_council_mentions(listed, mentions, text)
    complete_given_names(mentions, text)  # "Bo Lennart Danielsson" read elsewhere as "Lennart Danielsson"
    complete_double_surnames(mentions, text)  # "Monica Brohede Tellström" read elsewhere as "Monica Brohede"
    if record.kind == "minutes":  # "A:n, B:n ja C:n yhteistyösopimus" heading an item: extract/item_titles.py
        coordinated_genitives(text, mentions, morph)
        participle_complements(record, mentions, morph)  # "X:lle siirtyvän henkilöstön siirtosopimus"
    widen_title_genitives(text, mentions, morph)  # "Korkeakoulujen ja X:n yhteistyösopimus": title_genitive_chains
    join_broken_hyphens(mentions, text)  # "Aulikki Baas- Kuronen": extract/person_forms.py
    swedish_genitives(mentions, text, morph)  # "Peter Albäcks besvär": extract/person_forms.py
    base_form_people(mentions, morph, text)  # "tarkastajiksi Liisa Kuusiston" -> Liisa Kuusisto: person_forms.py
    genitive_people(mentions, text, morph)  # "Laura Saraman (X) vastuulla" -> Laura Sarama: genitive_names.py
    numbered_bodies(mentions, text)  # "yksilöasioiden jaosto 1" and "... jaosto 2": extract/numbered_bodies.py
    stage(bar, "entities", 1 - TAIL * 0.3)
    doc_key = record.checksum[:12]
    out = Extraction()
    out.municipality = _document_municipality(record, mentions, gaz)
    out.publisher = _publisher(record, gaz)
    merges = resolve_undertakings_explained(mentions, doc_key, set(gaz.area_slugs), gaz.place_label_slugs)
    shared_bodies.joint_organ_mentions(mentions, text)  # "yhteinen kirkkoneuvosto": extract/shared_bodies.py
    body_parents.organisation_names(per_sentence, starts, mentions, text, morph)  # areas, bodies' owners
    _resolve_people_and_bodies(mentions, out.municipality, doc_key, gaz, text)
    merges += short_name_aliases(mentions)  # "Nivala-Haapajärven Seutu Nihak" and "NIHAK": extract/short_names.py
    merges += mixed_case_abbreviations(mentions)  # "PPsotu" of "Pohjois-Pohjanmaan sosiaali- ja ...": its module
    merges += bilingual_names(mentions, text)  # "X ry, Y rf": one association, extract/short_names.py
    body_parents.bare_body_words(mentions, gaz.entities)  # "Valtuusto" beside "Aluevaltuusto"
    reference_labels = {iri: e.label for iri, e in gaz.entities.items()}
    organisation_genitives(mentions, reference_labels)  # "Sparbanken Skånes": extract/organisation_genitives.py
    out.entities = entities_from_mentions(mentions, reference_labels)
    _attach_merge_reasons(out, merges)
    if out.municipality and out.municipality in out.entities:
        _add_body_labels(out, mentions, morph)
        swedish_body_labels(out, mentions)  # "Kimitoöns kommunstyrelse": extract/swedish_bodies.py
    elif out.municipality and (town := gaz.entities.get(out.municipality)) is not None:
        # the town written only inside its associations' names ("Xn Eläkeläiset ry", "ABC:n Xn osasto")
        _add_body_labels(out, mentions, morph, town.label)

    ctx = Context(municipality=out.municipality)
    page = page_project(mentions)  # relations.document_project and document_project_tied, counted once
    ctx.doc_project, ctx.doc_project_tied = page.iri, page.tied
    stage(bar, "contacts and items", 1 - TAIL * 0.15)
    email_orgs = _email_orgs(mentions, text, gaz, out)
    items = record.items or []
    item_focus: dict[int, str | None] = {}
    named_und = SpanIndex([m for m in mentions if m.type in UNDERTAKINGS and m.iri and not m.generic])
    generic_und = SpanIndex([m for m in mentions if m.type in {"Agreement", "Project"} and m.iri and m.generic])
    # where the names of organisations end: the owner before an agreement word in a title ("X:n perussopimuksen")
    owner_ends = frozenset(m.end for m in mentions if m.type in PARTIES and m.iri
                           and (m.case == "omanto" or m.surface.endswith("n")))
    for idx, item in enumerate(items):
        t_start = text.find(item.title, item.start, item.end) if item.title else -1
        t_end = t_start + len(item.title) if t_start >= 0 else item.start
        if t_start >= 0:
            in_title = named_und.starting_in(t_start, t_end)
        else:
            # an item read from a list of contents ends where the next title starts: what follows is another item's
            in_title = [m for m in named_und.starting_in(item.start, min(item.end, item.start + 400))
                        if _in_first_lines(text, item.start, m.start)]
        if not in_title and t_start >= 0:
            in_title = _title_head_undertaking(generic_und, text, t_start, t_end, owner_ends) \
                or titled_agreement(generic_und.starting_in(t_start, t_end), text, t_start, t_end)  # its module
        # "Suomen kestävän kasvun ohjelman X -hanke": the item is about X, the programme is its frame
        in_title.sort(key=lambda m: m.type == "Programme")
        item_focus[idx] = in_title[0].iri if in_title else None
        out.item_subjects[idx] = list(dict.fromkeys(m.iri for m in in_title if m.iri))
    title_focus = next((m.iri for m in mentions if m.type in UNDERTAKINGS and m.iri and not m.generic
                        and not m.aside  # a project named in passing: extract/passing_projects.py
                        and not names_programme_project(m)), None)  # a "Leader-hanke" title: some project of it
    item_of = ItemLocator(items)
    project_iris = {m.iri for m in mentions if m.type == "Project" and m.iri and not m.generic}
    ctx.first_named = MappingProxyType(first_named(sents, per_sentence))  # read-only: shared by forked processes
    # the pieces the rules read, each with its mentions; the rules' indexes of "named so far" walk them first
    contents = contents_span(text) if record.kind == "minutes" else None
    pieces = [[(p, [m for m in ms if p.start <= m.start < p.end])
               for p in (_item_lines(s, text, contents) if record.kind == "minutes" else [s])]
              for s, ms in zip(sents, per_sentence, strict=True)]
    build_indexes(ctx, [x for ps in pieces for x in ps], morph)  # extract/document_indexes.py
    everyone = SpanIndex([x for xs in per_sentence for x in xs])  # the contact-line rules: extract/posts.py
    runs = comma_title_runs([x for xs in per_sentence for x in xs], text, morph)  # extract/comma_title_runs.py

    def sentence_step(si: int, ctx: Context) -> list[Fact]:
        """One sentence's facts; `ctx` carries what earlier sentences said (see fold_sentences)."""
        s, ms = sents[si], per_sentence[si]
        facts: list[Fact] = []
        idx = item_of(s.start)
        for m in ms:  # sub-projects belong to the project in focus before them
            if m.type == "Project" and m.iri and is_sub_project(m) and ctx.main_project \
                    and ctx.main_project != m.iri and not _PLURAL_PARTS.search(m.surface):
                ev = Evidence(s.text, s.start, s.end)
                facts.append(Fact(m.iri, "partOf", ctx.main_project, ev, "partOf:sub-project", 0.6))
                owner = next((x for x in ms if x.iri and x.start >= m.start and x.end <= m.end and x is not m
                              and x.type in {"CompetenceCentre", "JointAuthority", "Municipality"}), None)
                if owner:
                    facts.append(Fact(owner.iri, "participatesIn", ctx.main_project, ev,
                                      "participatesIn:sub-project-owner", 0.6))
        main = [m for m in ms if m.type == "Project" and m.iri and not m.generic and m.rule not in {"pilot"}
                and not is_sub_project(m)]
        if main and (asides := bracketed_after_org(s, main, [x for x in ms if x.type in ORGS])):
            main = [m for m in main if id(m) not in asides]  # "A, B (X-hanke) ja C": B's part, not the main project
        if main:
            ctx.main_project = main[0].iri
        if idx is not None and item_focus.get(idx):
            ctx.focus, ctx.focus_item = item_focus[idx], idx
        elif record.kind != "minutes":
            named = [m for m in ms if m.type in {"Project", "Programme"} and m.iri and not m.generic
                     and not names_programme_project(m)]  # "Leader-hanke": a project of it, not the programme
            ctx.focus = _page_focus(named, ms, ctx.focus, project_iris) or title_focus
        elif idx is not None and ctx.focus_item is not None and ctx.focus_item != idx:
            # an item whose title names no undertaking is not about the one an earlier item's title named: "§ 22 Muut
            # asiat ... X:n kunnanhallitus on päättänyt osallistua Y-yhteistyöhön" joins no project of § 21
            ctx.focus, ctx.focus_item = None, None
        else:
            ctx.focus = ctx.focus or title_focus
        if _is_heading(s, text) and not any(m.iri and m.type in PARTIES for m in ms) and not find_amounts(s.text):
            ctx.section = heading_section(s, morph)  # list lines ("Pori 12 000,00 €") look like headings too
        for piece, piece_mentions in pieces[si]:
            facts += sentence_facts(piece, piece_mentions, ctx, morph)
        facts += _post_facts(s, si, ms, per_sentence, out, email_orgs, text, morph, gaz, everyone, runs)
        return facts

    def document_facts() -> tuple[list[Any], dict[str, str]]:
        """The document-level facts that read mentions and entities but no sentence's facts, in their serial
        order, and the entity labels they set (listed people named as their lists write them: extract/posts.py);
        then what the two fallback layers read from the sentences alone (their filtering by the facts comes later).

        With several processes they are computed in a forked one beside the sentence rules (a 20 MB page: ~10 s
        that one core did alone after the rules), so nothing from the sentence loop up to `reviewed_posts` may
        change a mention or an entity, and nothing here may change one but a label (tests/test_sentence_pool.py
        compares this path with the serial one).
        """
        labels = {iri: e.label for iri, e in out.entities.items()}
        body = items[0].body if items else None
        meeting = meeting_body(body, mentions, text)
        parts = [listed_facts(listed, mentions, out, body, text, morph, minutes=record.kind == "minutes"),
                 # "Kunnanvaltuuston puheenjohtaja X, puheenjohtaja" (a memo of a meeting, whatever its kind): posts.py
                 comma_meeting_roles(mentions, text, meeting, morph)
                 + row_chair_facts(mentions, text, meeting)  # "Name, title, Org, pj.": extract/post_rows.py
                 + marked_chair_facts(mentions, text, meeting),  # "Puheenjohtaja MERK Name": marked_signatures.py
                 _name_facts(mentions, gaz, morph, text),
                 _minutes_facts(record, mentions, out, sents),
                 membership_facts(text, mentions)  # member lists of joint authorities, areas: extract/membership.py
                 + header_member_facts(text, mentions)  # the header authority's member towns: header_members.py
                 + member_table_facts(text, mentions)  # "Jäsenkunta | Asukasluku" rows: extract/member_tables.py
                 + seat_table_facts(text, mentions)  # "Kunta | Jäsen | Varajäsen" rows' people: seat_tables.py
                 + member_lead_facts(text, mentions)  # "A ja B kuuluvat kuntayhtymään": extract/member_leads.py
                 + whole_row_facts(text, mentions),  # "Kainuun sote: Kajaani, Kuhmo" rows: extract/whole_rows.py
                 candidate_facts(sents, per_sentence, morph),  # co-occurrence pairs, filtered after the rules
                 read_document(sents, per_sentence, morph)]  # the topic project's sentences: document_roles.py
        return parts, {iri: e.label for iri, e in out.entities.items() if labels.get(iri) != e.label}

    def fold() -> list[list[Fact]]:
        if bar is not None:
            bar.start("relations")
        return fold_sentences(len(sents), sentence_step, ctx, workers=procs, weights=weights, every=every,
                              progress=bar.tick if bar is not None else None)

    if later is not None:  # before the forks of the rules and the document-level facts, which scan LATER_RULES
        found, hits = later.result()
        text_scans.keep_later(text, text_scans.LATER_RULES, found)
        sentence_hits.keep(sents, hits)
    if procs > 1:
        folded, (parts, labels) = beside(document_facts, fold)
        for iri, label in labels.items():
            out.entities[iri].label = label
    else:
        folded = fold()
        stage(bar, "document facts", 1 - TAIL)
        parts, _ = document_facts()
    for facts in folded:
        out.facts += facts
    # the document-level passes, in order (extract/document_passes.py): each named, each one entry
    run_passes(PassInput(record, mentions, text, sents, per_sentence, morph, gaz, out, parts, bar))
    out.facts = _dedupe(out.facts)
    out.facts = facts_outside_furniture(out.facts, text)  # a copy site's list of other documents: page_furniture.py
    out = finish(record, out, gaz)
    forget_scans()  # the kept matches hold the text
    forget_hits()
    if bar is not None:
        bar.end()
    return out


# a contents line: an item number with no full stop, then a capitalised title ("104 Hoivala Oy:n kanssa
# solmitun ...", "§ 12 Avustukset"); a decision's rows ("1. Vireä Kylä ry:lle 4 000 euroa", "1. myöntää ...")
# carry a full stop and keep the verb on the line above
_ITEM_LINE = re.compile(r"(?m)^[ \t]*(?:§[ \t]*)?\d{1,3}(?:[ \t]*§)?[ \t]+(?=[A-ZÅÄÖ])")


# rows that go on a lead-in ("myönnetty valtionavustusta seuraavasti:") or carry amounts are one grant list
_ROWS_OF = re.compile(r":[ \t]*\n[ \t]*\Z")
_MONEY = re.compile(r"(?i)\d[ \t]*(?:€|euroa?\b|eur\b|mk\b)")


def _item_lines(s: Sentence, text: str, contents: tuple[int, int] | None = None) -> list[Sentence]:
    """A minutes' list of item titles read as one sentence, cut at each numbered line.

    The splitter runs on across a line break before a digit, so a whole "Käsitellyt asiat" list is one
    sentence, and a verb of one title ("... myöntäminen") met an organisation of another title and a
    programme of a third: each title is a sentence of its own. One numbered line is no list, nor are rows
    after a lead-in ending in a colon or rows with amounts: they go on the sentence above them.
    """
    starts = [s.start + m.start() for m in _ITEM_LINE.finditer(s.text)]
    if len(starts) < 2:
        starts = run_on_titles(s, contents)  # a transcript's list of items run into one line: contents_titles.py
    if len(starts) < 2 or _ROWS_OF.search(text, s.start, starts[0]) or _MONEY.search(s.text):
        return [s]
    cuts = [s.start] + [p for p in starts if p > s.start] + [s.end]
    out: list[Sentence] = []
    for a, b in itertools.pairwise(cuts):
        piece = text[a:b].rstrip()
        if piece.strip():
            out.append(Sentence(piece, a, a + len(piece), tuple(tokenize(piece, a))))
    return out


# a bare head word names no one agreement or project: "Sopimuksen hyväksyminen" says nothing of which
_BARE_HEAD = re.compile(r"(?i)(?:sopimu|hank|projekt|avtal|kontrakt)\w*$")


OWNER_GAP = 3  # characters between an owner's name and the agreement word it owns


def _title_head_undertaking(generic: SpanIndex[Mention], text: str, t_start: int, t_end: int,
                            owner_ends: frozenset[int] = frozenset()) -> list[Mention]:
    """An item title opening with a compound agreement or project word ("HUS-järjestämissopimuksen hyväksyminen",
    "Kumppanuussopimuksen solmiminen, X ry") is about that agreement, though the word alone is no name: the
    item's decision is about it. Only the title's first word counts, and not a bare "Sopimus"/"Hanke"."""
    first = text[t_start:t_end].split(maxsplit=1)
    if not first:
        return []
    opening = [m for m in generic.starting_in(t_start, t_start + 1)
               if m.end <= t_start + len(first[0]) + 1 and not _BARE_HEAD.match(m.surface)]
    if opening:
        return opening
    # "Raahen seudun hyvinvointikuntayhtymän perussopimuksen hyväksyminen": further in, right after its owner's name,
    # the title's one agreement word is what the item is about all the same (a title naming two is left alone; a
    # bare word further in is not: "Lausunto yhteispäivystyssopimuksen luonnoksesta" is about a draft)
    inside = [m for m in generic.starting_in(t_start, t_end) if m.end <= t_end and not _BARE_HEAD.match(m.surface)]
    if len(inside) != 1:
        return []
    before = text[max(t_start, inside[0].start - OWNER_GAP):inside[0].start]
    gap = len(before) - len(before.rstrip())
    return inside if 0 < gap <= 2 and inside[0].start - gap in owner_ends else []


def _is_heading(s: Sentence, text: str) -> bool:
    """A line of its own without a full stop, perhaps numbered ("3. Kuntien maksuosuudet")."""
    line_start = text.rfind("\n", 0, s.start) + 1
    after = text[s.end] if s.end < len(text) else "\n"
    before = text[line_start:s.start]
    return (after == "\n" and not s.text.endswith(".") and len(s.text) < 250
            and re.fullmatch(r"\s*(?:\d+(?:\.\d+)*\.?\s*)?", before) is not None)


# "de andra TALKO-delprojekten", "X-osahankkeet": the parts in the plural are the named undertaking's parts, so the
# name before the word is the whole, no part of the project in focus
_PLURAL_PARTS = re.compile(r"(?i)(?:del|under)projekten\b|osahankkee(?:t|ista|issa|iden|isiin|ita)\b|"
                           r"osaprojekt(?:it|eista|eissa|ien|eihin|eja)\b")


def _page_focus(named: list[Mention], ms: list[Mention], focus: str | None, project_iris: set[str]) -> str | None:
    """What a page sentence is about: "X-hanke (ESR)" is about the project, not the fund it is paid from,
    and "Hankkeen rahoittajana oli ESR" still speaks of the project in focus ("hankkeen")."""
    named = [m for m in named if not m.aside]  # a project named in passing: extract/passing_projects.py
    projects = [m for m in named if m.type == "Project"]
    if projects:
        return projects[-1].iri
    if named and not (focus in project_iris and any(m.generic and m.type == "Project" for m in ms)):
        return named[-1].iri
    return focus


class ItemLocator:
    """The first minutes item whose span holds a position, by bisection over the item starts."""

    def __init__(self, items: list) -> None:
        self._items = items
        order = sorted(range(len(items)), key=lambda i: (items[i].start, i))
        self._sorted = order
        self._starts = [items[i].start for i in order]
        # items of real minutes follow each other; overlapping spans fall back to a scan
        self._disjoint = all(items[a].end <= items[b].start for a, b in itertools.pairwise(order)) \
            and order == list(range(len(items)))

    def __call__(self, pos: int) -> int | None:
        if not self._disjoint:
            return next((i for i, it in enumerate(self._items) if it.start <= pos < it.end), None)
        k = bisect_right(self._starts, pos) - 1
        if k < 0:
            return None
        i = self._sorted[k]
        return i if self._items[i].start <= pos < self._items[i].end else None


def _attach_merge_reasons(out: Extraction, merges: list[tuple[str, tuple[Mention, ...]]]) -> None:
    """Each entity keeps the reasons that merged its own mentions, found by IRI in one pass."""
    by_iri: dict[str, list[str]] = {}
    for why, ms in merges:
        for iri in dict.fromkeys(m.iri for m in ms if m.iri):
            by_iri.setdefault(iri, []).append(why)
    for ent in out.entities.values():
        ent.merged_because = by_iri.get(ent.iri, [])


def _in_first_lines(text: str, start: int, pos: int) -> bool:
    head = text[start:pos]
    return head.count("\n") <= 4 and len(head) < 400


_JOINT_LETTERHEAD = re.compile(r"(?i)\b(?:samkommun|kuntayhtymä|sairaanhoitopiiri|sjukvårdsdistrikt)[ \t.,]+"
                               r"(?:pöytäkirja|esityslista|kokouskutsu|protokoll|föredragningslista|kallelse)\b")


def _document_municipality(record: DocumentRecord, mentions: list[Mention], gaz: Gazetteer) -> str | None:
    """The municipality whose body wrote the minutes: body owner, e-mail domain, record number, mentions."""
    if record.kind != "minutes":
        return None
    head = _head_end(record.text)
    letterhead = next((m for m in mentions if m.type == "Municipality" and m.start < head and m.iri
                       and _MUNICIPALITY_WORD.search(m.surface)), None)
    if letterhead is not None:  # "KIVIJÄRVEN KUNTA. Pöytäkirja. Kunnanhallitus.": the publisher heads the page
        return letterhead.iri
    unknown = _unknown_letterhead(record.text, head, mentions)
    if unknown:  # a town no reference data knows (a merged one) heads the page: no other town is the publisher
        return None
    if _JOINT_LETTERHEAD.search(record.text, 0, head):
        # "MALMSKA HÄLSO- OCH SJUKVÅRDSOMRÅDETS SAMKOMMUN PROTOKOLL": a joint authority the reference data does
        # not know heads the page; the town of its offices, named as the meeting place, is no publisher
        return None
    # "Eteva kuntayhtymä Pöytäkirja", "LAPIN LIITTO ESITYSLISTA": another organisation heads the page, so the
    # towns below are meeting places and members, not the publisher
    head_orgs = [m for m in mentions if m.type in _OTHER_PUBLISHERS and m.start < TITLE_REACH
                 and (_MINUTES_TITLE.match(record.text, m.end)
                      or _MEETING_OF.search(record.text, max(0, m.start - 40), m.start))]
    # "Paikka: X kuntayhtymä, kokoustila": a joint authority whose premises host a meeting that no town heads
    head_orgs += [m for m in mentions if m.type in _OTHER_PUBLISHERS and m.start < TITLE_REACH
                  and meeting_place(record.text, m.start, m.end)
                  and not any(x.type == "Municipality" and x.start < m.start for x in mentions)]
    head_orgs.sort(key=lambda m: m.start)
    head_munis = [m for m in mentions if m.start < head and m.type == "Municipality"]
    if head_orgs and not any(m.start < head_orgs[0].start for m in head_munis):
        return None
    places = {id(m) for m in mentions if m.type == "Municipality" and meeting_place(record.text, m.start, m.end)}
    if any(m.type == "Municipality" and id(m) not in places for m in mentions):
        # a town named only as the meeting place ("Kokouspaikka: Kunnantalo, Koski Tl") is the body's own
        mentions = [m for m in mentions if id(m) not in places]
    munis = SpanIndex([x for x in mentions if x.type == "Municipality"])
    owned = [owner.iri for m in mentions
             # "Kemin sosiaali- ja terveyslautakunta" heading the minutes; "Nilsiän kaupunginvaltuustolle" in a
             # sentence is another town's body addressed, not the writer
             if m.type == "Body" and m.parts and " " in m.parts[0] and m.case in {"nimento", None}
             and (owner := next(iter(munis.inside(m.start, m.end)), None)) is not None]
    domains = [iri for d in record.email_domains
               if (iri := gaz.by_domain(d)) and gaz.entities[iri].type == "Municipality"]
    if owned and (not domains or owned[0] in domains):
        return owned[0]
    if domains:
        # the preparer's address is the writer's: "Konneveden kunnanhallitus on päättänyt ..." in the text of minutes
        # whose preparer writes from another town's domain is that other town's board, not the writer
        return domains[0]
    site = site_municipality(record.text, gaz)
    if site is not None:  # "https://asiakirjat.joutsa.fi/..." in a meeting system's banner: the host's minutes
        return site
    year = _document_year(record)
    counts = Counter(m.iri for m in mentions if m.type == "Municipality" and _existed(gaz, m.iri, year))
    if record.municipality_hint:
        hits = [e.iri for e in gaz.entities.values() if e.type == "Municipality"
                and e.label.startswith(record.municipality_hint) and _existed(gaz, e.iri, year)]
        # a hint from one "(Espoon kaupunki)" loses to a town the minutes name more often (Kauniaisten, Grankulla)
        if len(hits) == 1 and not (counts and counts.most_common(1)[0][1] > counts[hits[0]] + 1):
            return hits[0]
    ranked = counts.most_common(3)
    if len(ranked) >= 3 and ranked[0][1] <= ranked[2][1] + 1:
        return None  # members' towns listed side by side (a joint body's minutes): none of them publishes
    return ranked[0][0] if ranked else None


def _document_year(record: DocumentRecord) -> int | None:
    dates = [record.published] + [item.date for item in record.items or []]
    return next((int(d[:4]) for d in dates if d and d[:4].isdigit()), None)


def _without_former_towns(per_sentence: list[list[Mention]], year: int | None,
                          gaz: Gazetteer, text: str = "") -> list[list[Mention]]:
    """The mentions without the municipalities whose merger into another took effect before the year of the
    minutes: "Korpo", "Konginkangas" in minutes of 2015 or 2019 name a village or a part of the town, which is
    the municipality the minutes speak of. In the year the merger took effect the old towns are still what the
    text is about (the merger itself); undated minutes keep them, and so do other texts, which look back ("the
    project was funded by Noormarkun kunta" on a page written after Noormarkku joined Pori). A former town
    listed beside current towns other than the one it joined ("Isonkyrön, Laihian ja Vaasan Vähänkyrön alue")
    names an area of the same standing as they: the annotation keeps it a Municipality. Beside its successor
    ("Korppoossa ja Nauvossa sekä Paraisten keskustassa") it is still a part of that town."""
    if year is None:
        return per_sentence

    def former(m: Mention) -> bool:
        known = gaz.entities.get(m.iri or "") if m.type == "Municipality" else None
        return known is not None and known.ceased is not None and year > known.ceased

    if not any(former(m) for ms in per_sentence for m in ms):
        return per_sentence
    return [[m for m in ms if not former(m) or _listed_beside_others(m, ms, text, gaz)] for ms in per_sentence]


# what joins the towns of a list, and a successor's genitive naming a former town as its district ("Vaasan Vähäkyrö")
_TOWN_LIST_GAP = re.compile(r"\s*(?:,|,?\s*(?:ja|sekä|tai|och))\s*")


def _listed_beside_others(m: Mention, ms: list[Mention], text: str, gaz: Gazetteer) -> bool:
    """Whether a former town's mention stands in a list of towns (joined by commas and conjunctions; the
    successor's genitive right before it, "Vaasan Vähänkyrön", counted as part of it) that holds a current town
    other than its successor."""
    towns = sorted((x for x in ms if x.type == "Municipality"), key=lambda x: x.start)
    k = next((i for i, x in enumerate(towns) if x is m), None)
    if not text or k is None:
        return False
    known = gaz.entities.get(m.iri or "")
    successor = known.successor if known is not None else None
    lo = hi = k
    if lo > 0 and towns[lo - 1].iri == successor and text[towns[lo - 1].end:m.start].strip() == "":
        lo -= 1  # "Vaasan Vähänkyrön": the town it joined, written before it
    while lo > 0 and _TOWN_LIST_GAP.fullmatch(text[towns[lo - 1].end:towns[lo].start]):
        lo -= 1
    while hi + 1 < len(towns) and _TOWN_LIST_GAP.fullmatch(text[towns[hi].end:towns[hi + 1].start]):
        hi += 1
    listed = towns[lo:k] + towns[k + 1:hi + 1]
    if any(x.iri == successor for x in listed if text[x.end:m.start].strip() != ""):
        return False  # "Korppoossa ja Nauvossa sekä Paraisten keskustassa": a part of the town it joined
    return any(x.iri != successor and (e := gaz.entities.get(x.iri or "")) is not None and e.ceased is None
               for x in listed)


def _existed(gaz: Gazetteer, iri: str | None, year: int | None) -> bool:
    """Whether a municipality can have published the minutes by counting its mentions: a town merged since
    ("Nilsiä" in minutes of Siilinjärvi) only when the minutes are dated before it ceased. Its letterhead,
    its body's name or its web domain still make it the publisher (checked before the counting)."""
    known = gaz.entities.get(iri or "")
    if known is None or known.ceased is None:
        return True
    return year is not None and year < known.ceased


# "HAUKIPUTAAN KUNTA", "Esimerkin kaupunki": a town's name in the genitive with its kind word
_TOWN_LETTERHEAD = re.compile(r"\b([A-ZÅÄÖ][A-Za-zÅÄÖåäö-]{2,}(?:N|n))\s+(?:KUNTA|KAUPUNKI|[Kk]unta|[Kk]aupunki)\b")


def _unknown_letterhead(text: str, head: int, mentions: list[Mention]) -> str | None:
    """A town's name that heads the page as its publisher but that no mention recognised, whose stem no
    recognised municipality of the page shares either ("Haukiputaan kunta" of a town since merged)."""
    m = _TOWN_LETTERHEAD.search(text, 0, head)
    if m is None or any(x.start <= m.start(1) < x.end for x in mentions):
        return None
    stem = m.group(1)[:4].lower()
    if any(x.type == "Municipality" and x.label.lower().startswith(stem) for x in mentions):
        return None
    return m.group(1)


_URL_HOST = re.compile(r"https?://([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
SITE_REACH = 600  # a meeting system's banner and feed links open the page


def site_municipality(text: str, gaz: Gazetteer) -> str | None:
    """The municipality whose web domain hosts the page, from the links of its opening banner ("RSS-linkki
    https://asiakirjat.<kunta>.fi/..."): a host and each of its parent domains down to two labels."""
    for m in _URL_HOST.finditer(text, 0, SITE_REACH):
        labels = m.group(1).lower().split(".")
        for k in range(len(labels) - 1):
            iri = gaz.by_domain(".".join(labels[k:]))
            if iri and gaz.entities[iri].type == "Municipality":
                return iri
    return None


_MUNICIPALITY_WORD = re.compile(r"\s(?:kunta|kaupunki|kommun|stad)$", re.IGNORECASE)
# "Eteva kuntayhtymä Pöytäkirja 1": an organisation's name heading its minutes, wherever a transcript puts it
_MINUTES_TITLE = re.compile(r"(?i)[ \t.,]*(?:pöytäkirja|esityslista|protokoll|föredragningslista|ärendelista)\b")
# "Agenda för styrelsemöte vid Ålands kommunförbund", "yhtymähallituksen kokous": whose meeting it is
_MEETING_OF = re.compile(r"(?i)(?:möte|sammanträde|mötet|sammanträdet)\s+(?:vid|hos)\s+$")
TITLE_REACH = 3000  # a transcript's page heading may follow its download cruft
_OTHER_PUBLISHERS = {"JointAuthority", "WellbeingCounty", "CompetenceCentre", "Agency", "Ministry"}
# "Paikka Keravan kaupungintalo", "Kokouspaikka ..., MÄNTSÄLÄ", "Plats: Stadshuset", "kokous pidetään ... Kajaani":
# the label opens the meeting place, which runs on up to the next label or sentence end
_PLACE_LABEL = re.compile(r"(?i)\b(?:kokouspaikka|paikka|sammanträdesplats|mötesplats|plats|pidetään|hålls)\b[ \t.:]*")
_PLACE_END = re.compile(r"(?i)(?:\.\s|\n\n|\b(?:aika|kokousaika|läsnä|saapuvilla|osallistujat|tid|närvarande|"
                        r"käsitellyt|käsiteltävät|asia|paragrafer)\b)")
_TOWN_HALL = re.compile(r"(?i)[ \t]*(?:kaupungintalo|kunnantalo|stadshus|kommungård|kommunalhus|virastotalo)")
PLACE_REACH = 90  # characters a meeting place may run after its label: a building, a street, the town


def meeting_place(text: str, start: int, end: int) -> bool:
    """A town named as where the meeting is held, not whose body meets: right after a place label on the same
    stretch of text, or before a town hall ("Keravan kaupungintalo")."""
    if _TOWN_HALL.match(text, end):
        return True
    window = text[max(0, start - PLACE_REACH):start]
    labels = list(_PLACE_LABEL.finditer(window))
    if not labels:
        return False
    return _PLACE_END.search(window, labels[-1].end()) is None


def _publisher(record: DocumentRecord, gaz: Gazetteer) -> str | None:
    for d in record.email_domains:
        iri = gaz.by_domain(d)
        if iri and gaz.entities[iri].type != "Municipality":
            return iri
    return None


# bodies whose own name says which they are, in every document alike: the IRI is the name's, no owner's
_SELF_NAMED_BODIES = {"institution", "named-centre"}


def _resolve_people_and_bodies(mentions: list[Mention], muni: str | None, doc_key: str, gaz: Gazetteer,
                               text: str) -> None:
    # (a body the reference data knows, a hospital, is no body whose minutes these are: it does not meet)
    main_body = next((m for m in mentions if m.type == "Body" and not m.generic and not reference_body(m)), None)
    munis = SpanIndex([x for x in mentions if x.type == "Municipality"])
    # a unit named with its organisation's genitive ("Tampereen yliopiston yhteiskuntatieteiden tiedekunta", "THL:n
    # hanketoimisto") is that organisation's: two universities' faculties of one name are two bodies
    for m in mentions:  # named by legal form or town: their IRIs first, as the owners of the units named with them
        if m.type in {"Company", "Parish", "JointAuthority"} and not m.iri:
            m.iri = mint(m.type, fold(m.label))
    parents = SpanIndex([x for x in mentions if x.type in _UNIT_OWNER_TYPES and x.iri])
    owners = BodyOwners(mentions, muni)
    unit_iris: dict[str, set[str]] = {}  # a unit's name -> the IRIs it gets under the organisations named with it
    for m in mentions:
        owner = None
        if m.type == "Person":
            m.iri = mint("Person", fold(m.label))
        elif m.type in {"Company", "Parish", "JointAuthority"} and not m.iri:  # named by legal form or town
            m.iri = mint(m.type, fold(m.label))
        elif m.type == "Body" and m.generic and main_body is not None and _same_kind(m, main_body):
            continue  # "lautakunta" alone is the body whose minutes these are: resolved below
        elif m.type == "Body" and m.iri and m.iri in gaz.entities:
            continue  # a body the reference data knows keeps its IRI: every document then names the same body
        elif m.type == "Body" and m.rule in _SELF_NAMED_BODIES:
            # "Turun tiepiiri": its place names it, in every document alike; "Kokkolan yliopistokeskus Chydenius":
            # a centre's own name does, whichever organisation's document names it
            m.iri = mint("Body", fold(m.label))
        elif m.type == "Body":
            if _PARLIAMENT_BEFORE.search(text, max(0, m.start - 16), m.start):
                owner_key = "eduskunta"  # "eduskunnan sosiaali- ja terveysvaliokunta": Parliament's, never a town's
            else:
                owner = next(iter(munis.starting_in(m.start, m.end)), None)
                muni_iri = owner.iri if owner else owners(m)  # extract/posts.py
                if owner is None and muni_iri == muni and _MUNICIPAL_BODY.search(m.label):
                    owner = _row_town(m, munis, muni, text)
                    muni_iri = owner.iri if owner else muni_iri
                if muni_iri is None:
                    owner = next((x for x in parents.starting_in(m.start, m.end) if x.end < m.end), None)
                    muni_iri = owner.iri if owner else None
                owner_key = muni_iri.rsplit("/", 1)[-1] if muni_iri else doc_key
            m.iri = mint("Body", f"{owner_key}-{fold(m.label)}")
            if owner is not None and owner.type != "Municipality":
                unit_iris.setdefault(fold(m.label), set()).add(m.iri)
            m.label = m.label[:1].upper() + m.label[1:]
    for m in mentions:
        if m.type == "Body" and m.iri == mint("Body", f"{doc_key}-{fold(m.label)}") \
                and len(iris := unit_iris.get(fold(m.label), set())) == 1 and not parents.starting_in(m.start, m.end):
            m.iri = next(iter(iris))  # the unit written later without its organisation: the one named with it
    for m in mentions:
        if m.type == "Body" and m.generic and main_body is not None and _same_kind(m, main_body):
            m.iri = main_body.iri
    _link_abbreviations(mentions)


def _link_abbreviations(mentions: list[Mention]) -> None:
    """"Siv.ltk 51" in minutes that name the "Sivistyslautakunta": a committee's short form is the committee the
    document names in full whose name has the short form's letters in order ("Ptltk": Perusturvalautakunta), when
    exactly one does; otherwise it stays a body of its own name."""
    shorts = [m for m in mentions if m.type == "Body" and BOARD_ABBREVIATION.fullmatch(m.label)]
    if not shorts:
        return
    full = {m.iri: m.label for m in mentions if m.type == "Body" and m.iri and m not in shorts
            and m.label.lower().endswith("lautakunta")}
    for m in shorts:
        letters = m.label.lower().removesuffix("ltk").replace(".", "")
        hits = [iri for iri, label in full.items() if any(
            w.startswith(letters[0]) and _in_order(letters, label.lower()[label.lower().find(w):])
            for w in label.lower().split())]
        if len(hits) == 1:
            m.iri = hits[0]
            m.parts = (*m.parts, m.label)
            m.label = full[hits[0]]  # the committee's name; the short form stays one of its labels


def _in_order(letters: str, word: str) -> bool:
    at = 0
    for ch in letters:
        at = word.find(ch, at) + 1
        if not at:
            return False
    return True


_UNIT_OWNER_TYPES = {"Agency", "Ministry", "Company", "Association", "CompetenceCentre", "JointAuthority",
                     "WellbeingCounty"}
_PARLIAMENT_BEFORE = re.compile(r"(?i)\b(?:eduskunnan|riksdagens)\s+\Z")


def _same_kind(bare: Mention, body: Mention) -> bool:
    """"lautakunta" alone may be the "Perusturvan jaosto" whose minutes these are; "Valtuusto" is never the
    "Kaupunginhallitus": a bare council, board or committee word is the main body only if that is of its kind."""
    kinds = [_body_kind(bare.label), _body_kind(body.label)]
    return None in kinds or kinds[0] == kinds[1]


# councils, boards and committees: a bare word of one kind never stands for a body of another
BODY_KINDS = {"valtuusto": "council", "fullmäktige": "council", "hallitus": "board", "styrelse": "board",
              "lautakunta": "committee", "jaosto": "committee", "nämnd": "committee", "sektion": "committee"}


def _body_kind(label: str) -> str | None:
    low = label.lower()
    return next((k for word, k in BODY_KINDS.items() if re.search(word + r"(?:n|en|et)?$", low)), None)


def _genitive_in_names(town: str, mentions: list[Mention], morph: Morphology) -> str | None:
    """The town's genitive as a word of an association's name ("Nakkilan" in "Nakkilan Eläkeläiset ry" or in
    "ABC:n Nakkilan osasto"), when the text writes it nowhere on its own."""
    for m in mentions:
        if m.type != "Association":
            continue
        for word in m.surface.split()[:2]:
            if word[:1].isupper() and word.endswith("n") and word[:2] == town[:2] and any(
                    a.base == town and a.case == "omanto" for a in morph.analyse(word)):
                return word
    return None


# a group named by the project it serves ("X -hankkeen ohjausryhmä"): the town's genitive is no part of its name
_PROJECTS_GROUP = re.compile(r"(?i)(?:-|\s)(?:hankkeen|projektin|projektets)\s")


def _add_body_labels(out: Extraction, mentions: list[Mention], morph: Morphology, town: str | None = None) -> None:
    """"Auran perusturvalautakunta": the municipality's genitive as the text writes it.

    A genitive only in a capitals letterhead ("KIVIJÄRVEN KUNTA") still makes the bodies the
    municipality's; their names stay as the text writes them. So does one written only inside the names of the
    town's associations ("Xn Eläkeläiset ry", "ABC:n Xn osasto"), read there as no place of its own (`town`: the
    municipality's name, given only when the text names it nowhere else).
    """
    muni = out.municipality
    gen = next((m.surface.split()[0] for m in mentions if m.iri == muni and m.case == "omanto"), None)
    if gen is None:
        gen = next((m.surface.split()[0] for m in mentions
                    if m.iri == muni and m.surface.split()[0].endswith(("n", "N"))), None)
    if gen is None and town is not None:
        gen = _genitive_in_names(town, mentions, morph)
    for ent in out.entities.values():
        if ent.type == "Body" and gen and muni and muni.rsplit("/", 1)[-1] in ent.iri:
            ent.attrs["municipality"] = muni
            if gen.isupper() or _PROJECTS_GROUP.search(ent.label):
                continue  # "Arjen polut -hankkeen ohjausryhmä" is named by its project, not by the town
            full = ent.label if ent.label.startswith(gen) else f"{gen} {ent.label[:1].lower()}{ent.label[1:]}"
            ent.labels.update({full, ent.label})
            ent.label = full  # "Ranuan kunnanhallitus": every municipality has a "Kunnanhallitus"


def _contact_window(m: Mention, text: str) -> str:
    line_end = text.find("\n\n", m.end, m.end + 161)  # a blank line within reach, not the next one anywhere
    return text[m.start: line_end if 0 < line_end < m.end + 160 else m.end + 160]


def _email_orgs(mentions: list[Mention], text: str, gaz: Gazetteer, out: Extraction) -> dict[str, str]:
    """Contact data next to each person, and the organisation their e-mail domain names.

    The domain is the strongest evidence of an official's employer, so it holds for
    every mention of that person in the document, not only the one beside the address.
    """
    orgs: dict[str, str] = {}
    people = [(m.start, m.end, m.iri) for m in mentions if m.type == "Person" and m.iri]
    for iri, contacts in contacts_by_person(text, people).items():  # by layout: see welfare_kg/contacts.py
        known = out.contacts.setdefault(iri, [])
        known += [c for c in contacts if c not in known]
        for domain in email_domains(" ".join(contacts)):
            # a domain no list knows may still be one organisation's the page names: extract/domain_orgs.py
            org = gaz.by_domain(domain) or document_domain_org(domain, mentions)
            if org and iri not in orgs:
                orgs[iri] = org
    return orgs


def _post_facts(s: Sentence, si: int, ms: list[Mention], per_sentence: list[list[Mention]],
                out: Extraction, email_orgs: dict[str, str], text: str, morph: Morphology,
                gaz: Gazetteer | None, everyone: SpanIndex[Mention], runs: RunTitles | None = None) -> list[Fact]:
    """`everyone`: the document's mentions by position, built once (the contact-line rules look at the lines
    under a name; flattening `per_sentence` for each person made a page quadratic). `runs`: the titles of a
    flattened "A, <title> B, <title>" attendance, each the name's before it."""
    facts = []
    for m in ms:
        if m.type != "Person" or not m.iri or m.rule == "person-listed":  # listed: extract/posts.py
            continue
        if runs is not None and m.start in runs.after:
            title, org = runs.after[m.start]
            if org:
                facts.append(Fact(m.iri, "holdsPost", org, Evidence(s.text, s.start, s.end),
                                  "holdsPost:run-title", 0.75, post=title))
            continue  # a title naming no organisation, and the title before the name, say nothing here
        if gaz is not None and (minister := _minister(m, text, gaz, morph, everyone)):
            facts.append(Fact(m.iri, "holdsPost", minister[1], Evidence(s.text, s.start, s.end),
                              "holdsPost:post-title", 0.8, post=minister[0]))
            continue
        if (swedish := swedish_post(m, ms, text, everyone)) is not None:  # "Xs ordförande Y": extract/swedish_posts.py
            facts.append(Fact(m.iri, "holdsPost", swedish[1], Evidence(s.text, s.start, s.end),
                              "holdsPost:swedish-prose", 0.75, post=swedish[0]))
            continue
        if (town := town_row(m, ms, text)) is not None:  # "Name, X kommun": extract/swedish_posts.py
            facts.append(Fact(m.iri, "holdsPost", town, Evidence(s.text, s.start, s.end), TOWN_ROW_RULE, 0.7))
            continue
        if (row := heading_row_post(m, everyone, text, morph)) is not None:  # "Org:\njohtaja A\nsihteeri B"
            facts.append(Fact(m.iri, "holdsPost", row[1], Evidence(s.text, s.start, s.end),
                              "holdsPost:heading-rows", 0.75, post=row[0]))  # extract/title_lines.py
            continue
        if below := next_line_title(m, text, morph):  # "X\nprojektipäällikkö\nOrg ry": contact blocks, posts.py
            org = contact_block_org(below[1:], everyone.spans, out.contacts.get(m.iri, []),
                                    email_orgs.get(m.iri), text)
            if org:
                facts.append(Fact(m.iri, "holdsPost", org, Evidence(s.text, s.start, s.end),
                                  "holdsPost:contact-block", 0.8, post=below[0]))
            continue
        if (said := copula_title(m, everyone, text, morph)) is not None:  # "X on Y:n johtaja": copula_titles.py
            facts.append(Fact(m.iri, "holdsPost", said[1], Evidence(s.text, s.start, s.end), "holdsPost:post-title",
                              0.8, post=said[0]))
            continue
        if (compounded := compound_title(m, everyone, text, morph)) is not None:  # "X-ohjaaja Y": compound_titles.py
            facts.append(Fact(m.iri, "holdsPost", compounded[1], Evidence(s.text, s.start, s.end),
                              "holdsPost:compound-title", 0.8, post=compounded[0]))  # the title names its owner
            continue
        if (chosen := appointed_post(m, everyone, text, s.start, morph)) is not None:  # appointments.py
            facts.append(Fact(m.iri, "holdsPost", chosen[1], Evidence(s.text, s.start, s.end), "holdsPost:post-title",
                              0.8, post=chosen[0]))  # "hallitus valitsi X toiminnanjohtajaksi"
            continue
        if (graded := degree_title(m, everyone, text, morph)) is not None:  # "johtaja, YTM X": degree_titles.py
            facts.append(Fact(m.iri, "holdsPost", graded[1], Evidence(s.text, s.start, s.end), "holdsPost:post-title",
                              0.8, post=graded[0]))
            continue
        if (served := essive_seat(m, everyone, text, morph)) is not None:  # "X toimii hallituksen sihteerinä"
            facts.append(Fact(m.iri, "holdsPost", served[1], Evidence(s.text, s.start, s.end),
                              "holdsPost:essive-seat", 0.75, post=served[0]))  # extract/essive_seats.py
        if (kinded := kind_owner_after(m, everyone, text, lambda w: office_title(w, morph),
                                       lambda k, t: _body_seat(k, t, morph))) is not None:
            facts.append(Fact(m.iri, "holdsPost", kinded[1], Evidence(s.text, s.start, s.end),
                              "holdsPost:kind-after-name", 0.75, post=kinded[0]))  # "A, yhdistyksen puheenjohtaja"
            continue
        post = _post_near(m, s, text, morph, everyone)
        has_contact = bool(email_domains(_contact_window(m, text)))
        org, decided = prose_post_org(m, post, ms, out.municipality, email_orgs.get(m.iri), text,
                                      morph)  # extract/posts.py
        if post and org is None and (abbreviated := _abbreviated_seat_owner(m, everyone, text)):
            org, decided = abbreviated, True
        if post and is_meeting_role(post) and (owner := kind_word_owner(m, everyone, text, seat=True)):
            org, decided = owner, True  # "seuran puheenjohtaja X": the kind word's genitive says whose the seat is
        elif post and not is_meeting_role(post) and org in {None, out.municipality} and (
                owner := kind_word_owner(m, everyone, text)):
            org, decided = owner, True  # "kuntayhtymän johtaja X": the one named before, extract/kind_owners.py
        if post and not is_meeting_role(post) and org is None and (
                town := kind_word_owner(m, everyone, text, towns=True)):
            org, decided = town, True  # "kaupungin hyvinvointipäällikkö X": the town named most before
        if post and not is_meeting_role(post) and (
                under := org_on_next_line(m, everyone, text)):
            org, decided = under, True  # "projektipäällikkö X\n<organisation>": extract/posts.py
        written = [x for x in ms if org and x.iri == org]
        if written and all(behind_other_person(m, x, ms, text) for x in written):
            continue  # "A, p. ... ja kehittämispäällikkö B, <organisation>": B's employer; A's is not written
        leads = _LEADS.match(text, m.end) is not None
        if leads and org is not None and any(x.iri == org and x.type in UNDERTAKINGS for x in ms):
            org, decided = None, False
        if org is None and not decided and (_unknown_org_on_line(m, ms, text) or unknown_row_org(m, ms, text)
                                            or unread_swedish_owner(m, text) or unread_owner(m, ms, text, morph)):
            continue  # "Hanna X, Järjestökehittäjä, <an organisation nobody recognised>": no other one's post
        if org is None and not decided:
            # "valmistelujohtaja A, muutosjohtaja B sekä SOSTE ry:n erityisasiantuntija C": an organisation whose
            # genitive opens a later person's title is that person's, not the others'
            # an office ("talousjohtaja") is held in an organisation, not a board the sentence names somewhere
            office = bool(post) and not is_meeting_role(post)
            # a seat ("sihteerikseen A (Kylä, Kunta) ja varapuheenjohtajaksi B") is held in a board, never in a
            # town the sentence names (there, a member's home); the town's own boards are named as bodies
            unplaced = {"Person", "Region", "CooperationArea"} | ({"Municipality"} if post and not office else set())
            said = statement_start(m, text)  # "X 15.6.2020: STM on avannut ...": what follows is the statement's
            # an organisation in the allative is one thanked, paid or written to ("kiitokset X:lle"), no employer
            near = [x for x in ms if x.iri and x is not m and x.type not in unplaced
                    and not (office and x.type == "Body") and not (leads and x.type in UNDERTAKINGS)
                    and x.case != "ulkotulento"
                    and not (x.type == "Municipality" and (_located_in(text, x.start) or address_town(text, x.start)
                                                           or home_town(m, x, text)))  # comma_employers.py
                    and not _owned_by_later(x, m, ms, text, morph)
                    and not (said is not None and x.start >= said)  # extract/colon_statements.py
                    and not enumerated_kind(x, text, morph)]  # "kunnat ja hyvinvointialue": extract/enumerated_kinds.py
            theirs = [x for x in near if behind_other_person(m, x, ms, text)]  # the nearest name's: extract/posts.py
            near = [x for x in near if not any(x is t for t in theirs)]
            if theirs and not near:
                continue  # the sentence's organisations are written with other people: this one's is unclear
            owner = _unnamed_owner(m, s, ms, morph) if not near else None
            if owner is not None and owner.endswith(_GROUP_HEADS):
                continue  # "hankkeen ohjausryhmän puheenjohtaja X": a title of a group the text leaves unnamed
            if not near and out.publisher:  # a news page's staff work for its publisher
                near = [Mention(m.start, m.end, "", "", "Organisation", iri=out.publisher)]
            same_sentence = bool(near)
            if not near and owner is not None and owner.endswith(_BOARD_HEADS):
                continue  # "Hallituksen puheenjohtaja X": whose board the sentence before does not tell
            if not near:
                prev = per_sentence[si - 1] if si else []
                # an organisation the previous sentence writes after another person is that person's ("Selvityksen
                # teki konsultti A (Yritys Oy). Asiaa esitteli hallintojohtaja B."): it says nothing of B's
                near = [x for x in prev if x.iri and x.type not in unplaced
                        and not any(p.type == "Person" and p.end <= x.start for p in prev)]
                # under "Lisätietoja" only the block's own lines ("Lisätietoja" / "Maaseudun Sivistysliitto" /
                # "Timo X, kehittämispäällikkö"): the prose above the block names no contact's employer, save the
                # project a project page's contact works in
                label = contact_label_at(m, text)
                if label is not None:
                    near = [x for x in near if x.start > label or x.type == "Project"]
                if len({x.iri for x in near if not any(y is not x and y.start <= x.start and x.end <= y.end
                                                       and y.end - y.start > x.end - x.start for y in near)}) > 1:
                    continue  # "... yhteistyössä Tampereen kaupungin ja hyvinvointialueen kanssa.": which is unsaid
                    # ("Verson osahankkeelle": a name inside another is one organisation written, not two)
            # several organisations, none written next to the name: the office may be any of theirs (a meeting
            # role is left to the review, which shares a plural title's board: extract/post_review.py)
            # (the sentence's own organisations: the sentence before, read when it names none, keeps its last)
            # "Lisätietoja Maaseudun Sivistysliitto Timo X, kehittämispäällikkö": a contact block run into one line
            # writes the employer's line right before the name, one space apart
            joined = {x.iri for x in near if 0 <= m.start - x.end <= 1 and x.case in {None, "nimento"}}
            if same_sentence and len(joined) == 1 and post and not is_meeting_role(post) \
                    and text.startswith(",", m.end):
                near = [x for x in near if x.iri in joined]
            if same_sentence and post and is_meeting_role(post) and len({x.iri for x in near if x.type == "Body"}) > 1 \
                    and (shared := _shared_seat_body(m, ms, near, text)) is not None:
                near = [shared]  # "X:n Y:n puheenjohtaja A (vas.), varapuheenjohtaja B": A's body is B's
            if same_sentence and len({x.iri for x in near}) > 1 \
                    and not any(0 <= x.start - m.end <= 2 for x in near) and (
                    office or (len({x.iri for x in near if x.type == "Body"}) != 1
                               and not _PLURAL_TITLE.search(text, max(0, m.start - 40), m.start))):
                continue
            org = near[-1].iri if near else out.publisher
            if org is None and post and not is_meeting_role(post):
                org = staff_row_owner(m, everyone, text)  # "• Name, <post>, <unit>": extract/row_owners.py
        if org and wrong_kind_employer(post, _entity_type(out, org)):
            continue  # "rektor X" in a town: the college went unread (extract/post_kinds.py)
        if org and (post or has_contact):
            facts.append(Fact(m.iri, "holdsPost", org, Evidence(s.text, s.start, s.end),
                              "holdsPost:post-title" if post else "holdsPost:contact-domain",
                              0.8 if post else 0.5, post=post))
    return facts


def _entity_type(out: Extraction, iri: str) -> str | None:
    ent = out.entities.get(iri)
    return ent.type if ent is not None else None


# between a seat's holder and the next seat of the same body: a party in brackets, a comma or "ja", the next title
_NEXT_SEAT = re.compile(r"\s*(?:\([^()\n]{1,12}\))?\s*(?:,|\bja\b|\bsekä\b)\s*[a-zåäö][a-zåäö. -]{1,40}\s*")
_TITLE_ONLY = re.compile(r"\s*[a-zåäö][a-zåäö. -]{1,40}\s*")


def _shared_seat_body(m: Mention, ms: list[Mention], near: list[Mention], text: str) -> Mention | None:
    """The body of the seat written right before this one ("Aluevaltuuston vaalilautakunnan puheenjohtaja A (vas.),
    varapuheenjohtaja B"): the body whose name ends right before the title of the person named just before, when
    only that person, a party's bracket, a comma or "ja" and this seat's title stand between."""
    before = [p for p in ms if p.type == "Person" and p.end <= m.start]
    if not before or not _NEXT_SEAT.fullmatch(text, before[-1].end, m.start):
        return None
    q = before[-1]
    return next((x for x in reversed(near) if x.type == "Body" and x.end <= q.start
                 and _TITLE_ONLY.fullmatch(text, x.end, q.start)), None)


# a town after a word of placing says where the person works, not for whom: "är placerad i Kristinestad",
# "stationerad i Vasa", "sijoitettu Ouluun"
_LOCATED_IN = re.compile(r"(?i)\b(?:placerad|placerade|stationerad|stationerade|baserad|belägen|sijoitettu\w*|"
                         r"sijoittuu|sijoittuvat)[ \t]+(?:i[ \t]+)?\Z")
_LOCATED_STEMS = ("erad", "lägen", "sijoit")  # the words' fixed parts: a cheap test before the pattern runs


def _located_in(text: str, start: int) -> bool:
    """Whether a word of placing stands right before `start`."""
    lo = max(0, start - 30)
    return any(text.find(w, lo, start) >= 0 for w in _LOCATED_STEMS) and _LOCATED_IN.search(text, lo, start) is not None


# "Opetus- ja kulttuuriministeri X", "sosiaali- ja terveysministeri X": the title names the ministry
_MINISTER = re.compile(r"(?i)(?:\b([a-zåäö]+)-\s+ja\s+)?\b([a-zåäö]+ministeri)\s+$")


def _minister(m: Mention, text: str, gaz: Gazetteer, morph: Morphology,
              named: SpanIndex[Mention]) -> tuple[str, str] | None:
    """(post, ministry) of a minister whose title, written before the name, is the ministry's name less its
    last letter; else the ministry its portfolios belong to ("peruspalveluministeri": extract/minister_portfolios.py),
    of two the one the document names (`named`: its mentions); a title of no known portfolio says nothing."""
    title = _MINISTER.search(text, max(0, m.start - 80), m.start)
    if title is None:
        return None
    post = (f"{title[1]}- ja " if title[1] else "") + title[2]

    def ministry(name: str) -> str | None:
        toks = tokenize(name.lower())
        return next((h.entity.iri for h in gaz.match(toks, morph)
                     if h.entity.type == "Ministry" and h.start == 0 and h.end == len(toks)), None)

    if own := ministry(f"{post}ö"):
        return post.lower(), own
    found = [iri for name in portfolio_ministries(post) if (iri := ministry(name))]
    if len(found) > 1:
        iris = {x.iri for x in named.spans}  # only here: a rare title spanning two ministries
        found = [iri for iri in found if iri in iris]
    return (post.lower(), found[0]) if len(found) == 1 else None


# "Professori X:n johtamalle hankkeelle": the person leads the project; their title is held elsewhere
_LEADS = re.compile(r"(?::n)?\s+(?:johta|vetä|koordinoi|hallinnoi|ohjaa|toteutta|luotsaa|käynnistä|ideoi)m[aä]\w*")


OWNER_GAP = 40  # characters between an organisation's genitive and the name its title precedes


def _owned_by_later(org: Mention, person: Mention, ms: list[Mention], text: str, morph: Morphology) -> bool:
    """The organisation stands after the person as the genitive owner of another person's title: "SOSTE ry:n
    erityisasiantuntija Tuula X" later in the sentence names Tuula's employer, not the person's."""
    if org.start < person.end:
        return False
    for other in ms:
        if other.type == "Person" and other is not person and 0 <= other.start - org.end <= OWNER_GAP:
            gap = text[org.end:other.start]
            if any(c in gap for c in ",;\n"):
                continue  # "X, Org ry,\ntoiminnanjohtaja Y": a comma ends X's row; the title after it owns nothing
            between = gap.split()
            if 1 <= len(between) <= 2 and is_post(between[-1], morph):
                return True
    return False
# "Hanna X, Järjestökehittäjä, Pohjois-Karjalan Sosiaaliturvayhdisty": a contact line's last comma part in capitals
_LINE_ORG = re.compile(r"[ \t]*,[ \t]*[^,\n]{2,60},[ \t]*(?P<org>[A-ZÅÄÖ][^,\n@]{3,80}?)[ \t.]*(?:\n|$)")


def _unknown_org_on_line(m: Mention, ms: list[Mention], text: str) -> bool:
    """The person's contact line names their organisation after the title, and the recogniser knows it not:
    the employer is written there, so no organisation named elsewhere (a funder in the sentence before) is."""
    line = _LINE_ORG.match(text, m.end)
    if line is None:
        return False
    a, b = line.span("org")
    return not org_read_over(m, ms, a, b)


# "varapuheenjohtajat Veikko X ja Liisa Y": a plural title right before the name, shared along a list
_PLURAL_TITLE = re.compile(r"(?i)\b\w*(?:johtajat|jäsenet|sihteerit)\s+$")


# a contact block's label opening a line: "Lisätietoja:", "Lisätiedot", "Yhteystiedot", "Kontakt", "Mer information"
_CONTACT_LABEL = re.compile(r"(?im)^[ \t•*\-]*(?:lisätietoja|lisätiedot|yhteystiedot|yhteyshenkilö(?:t)?|"
                            r"kontakt(?:person(?:er)?)?|mer\s+information|ytterligare\s+information)\b")
CONTACT_LINES = 2  # lines above the name's own that a contact label may stand on


def contact_label_at(m: Mention, text: str) -> int | None:
    """Where the contact label stands when the name is on its line or within the next lines: the title there
    belongs to the page's organisation or to one the block writes, never to the organisation the prose before
    happened to name last."""
    start = text.rfind("\n", 0, m.start) + 1
    for _ in range(CONTACT_LINES):
        if start <= 0:
            break
        start = text.rfind("\n", 0, start - 1) + 1
    label = _CONTACT_LABEL.search(text, start, m.start)
    return label.start() if label else None


# groups whose titles are no post in the publishing organisation ("ohjausryhmän puheenjohtaja")
_GROUP_HEADS = ("ryhmä", "toimikunta", "neuvottelukunta", "verkosto", "foorumi", "raati", "neuvosto")
# an organisation's own boards: a title in one is the publisher's, but no organisation the sentence before named
_BOARD_HEADS = ("hallitus", "johtokunta", "valtuusto", "lautakunta")


def _unnamed_owner(m: Mention, s: Sentence, ms: list[Mention], morph: Morphology) -> str | None:
    """The base of a common noun in the genitive that owns the title right before the name and names nothing the
    text recognised ("ohjausryhmän puheenjohtaja X"). A group's ("ohjausryhmä", "työryhmä") is a post in that
    unnamed group, not in the publisher nor in an organisation the sentence before happens to name; a kind of
    organisation ("hallinnoivan ammattikorkeakoulun rehtori") refers back to one named before and is left be."""
    toks = list(s.tokens)
    idx = next((i for i, t in enumerate(toks) if t.start == m.start), None)
    if idx is None or idx < 2 or not office_title(toks[idx - 1].text, morph):
        return None
    owner = toks[idx - 2]
    opening = idx == 2 or not toks[idx - 3].text.isalpha()  # "Hallituksen puheenjohtaja X" opening the sentence
    if not owner.text.isalpha() or not (owner.text.islower() or (opening and owner.text[1:].islower())) or any(
            x.start <= owner.start < x.end for x in ms if x is not m):
        return None
    return next((a.base.lower() for a in morph.analyse(owner.text) if a.case == "omanto" and a.cls == "nimisana"),
                None)


# between the person before and a title: ", <one part>, " -- the title closes that person's "Name, Org, title" row
_ROW_MIDDLE = re.compile(r"[ \t]*,[^,.;:\n]{1,80},[ \t]*")


TITLE_ROW_REACH = 120  # characters back from a title that the person whose row it may close is looked for


def closes_previous_row(title_start: int, m: Mention, near: SpanIndex[Mention], text: str) -> bool:
    """The title before the name ends the row of the person named before, as a flattened list prints it: "Heikki
    X, Oulu, puheenjohtaja Tiina Y, Raahe" (Heikki chairs, Tiina comes from Raahe) or "Mattila Pertti puheenjohtaja
    Honkala Irma" (the title right after the name before: whose it is the layout does not tell)."""
    before = [x for x in near.starting_in(max(0, title_start - TITLE_ROW_REACH), title_start)
              if x.type == "Person" and x.end <= title_start]
    if not before:
        return False
    between = text[max(x.end for x in before):title_start]
    # (a capitalised title right after a name opens the next title-first row: "Ilkka X Kaupunginjohtaja Jyrki Y")
    return (not between.strip() and text[title_start:title_start + 1].islower()) \
        or _ROW_MIDDLE.fullmatch(between) is not None


def _title_after(m: Mention, toks: Sequence[Any], morph: Morphology) -> bool:
    """A title in lower case right after the name: a surname-first row's ("puheenjohtaja Honkala Irma
    varapuheenjohtaja" alternates names and titles, whose the title before is the layout does not tell); a
    capitalised one opens the next title-first row ("... Ilkka X Kaupunginjohtaja Jyrki Y") and says nothing."""
    nxt = next((t.text for t in toks if t.start >= m.end), "")
    return nxt[:1].islower() and bool(office_title(nxt, morph))


ESSIVE_REACH = 80  # characters between an essive title ("vetäjänä toimi") and the name it is said of


_ABBREVIATED_BEFORE = re.compile(r"(?<![\w.])([a-zåäö]{2,8}\.)[ \t]+$")


def _abbreviated_seat_owner(m: Mention, everyone: SpanIndex[Mention], text: str) -> str | None:
    """The body or organisation written in the genitive right before an abbreviated chair's title ("Kunnanhallituksen
    varapj. Keijo X"): the abbreviation's full stop ends a sentence for the splitter, so the owner is in the sentence
    before the name's and the sentence's own rules do not see it."""
    abbr = _ABBREVIATED_BEFORE.search(text, max(0, m.start - 12), m.start)
    if abbr is None or seat_abbreviation(abbr.group(1)) is None:
        return None
    at = abbr.start(1)
    owner = next((x for x in everyone.starting_in(max(0, at - 80), at) if x.iri and 0 <= at - x.end <= 1
                  and x.type != "Person" and x.case == "omanto"), None)
    return owner.iri if owner is not None else None


# "Kokouksen puheenjohtajana toimi X", "vuosikokouksen sihteeri X", "mötets ordförande X": a seat of one meeting,
# not a post in the organisation that held it (eval/ANNOTATION.md); a joint authority's "yhtymäkokous" is a standing
# body whose chair holds a post
_MEETING_GENITIVE = re.compile(r"(?i)(?<![\w-])(?!yhtymä)[\w-]*(?:kokouksen|tilaisuuden|seminaarin|mötets|stämmans)"
                               r"[ \t]+$")
MEETING_GENITIVE_CHARS = 40  # the genitive is the word right before the title: a bounded look back


# "Kokouksen puheenjohtajana toimi X ja sihteerinä Y": a later seat of the same coordination shares the genitive
_MEETING_SEATS = re.compile(r"(?i)(?<![\w-])(?!yhtymä)[\w-]*(?:kokouksen|tilaisuuden|seminaarin)[ \t]+\w+(?:na|nä)\b"
                            r"[^.;:\n]*(?:,|\bja|\bsekä)[ \t]+$")
MEETING_SEATS_CHARS = 120


def _of_the_meeting(text: str, title_start: int) -> bool:
    """The title right at `title_start` is a seat of a meeting, said before it or shared with an earlier seat."""
    if _MEETING_GENITIVE.search(text, max(0, title_start - MEETING_GENITIVE_CHARS), title_start) is not None:
        return True
    return _MEETING_SEATS.search(text, max(0, title_start - MEETING_SEATS_CHARS), title_start) is not None


# the heads of bodies a seat after a name may point back to ("A, ohjausryhmän sihteeri"), and the seats
_BODY_HEADS = (*_BOARD_HEADS, "ryhmä", "toimikunta", "neuvosto", "jaosto")
_BODY_SEATS = {"puheenjohtaja", "varapuheenjohtaja", "sihteeri", "jäsen", "varajäsen"}


def _body_seat(kind: str, title: str, morph: Morphology) -> tuple[str, str] | None:
    """(head, seat) of "<body word in the genitive> <seat>" ("ohjausryhmän sihteeri" -> ("ohjausryhmä",
    "sihteeri")): extract/kind_owners.py `kind_owner_after`."""
    seat = title.lower()
    if seat not in _BODY_SEATS:
        return None
    for a in morph.analyse(kind):
        base = a.base.lower()
        if a.case == "omanto" and base.endswith(_BODY_HEADS):
            return base, seat
    return None


def _post_near(m: Mention, s: Sentence, text: str, morph: Morphology,
               near: SpanIndex[Mention] | None = None) -> str | None:
    """`near`: the document's mentions by position; an essive title elsewhere in the sentence is the nearest
    person's, a title closing the row of the person before is not this one's (read only around the name)."""
    near = near if near is not None else SpanIndex([])
    toks = list(s.tokens)
    idx = next((i for i, t in enumerate(toks) if t.start == m.start), None)
    if idx is None:
        return None
    if idx > 0 and (p := office_title(toks[idx - 1].text, morph)) \
            and not closes_previous_row(toks[idx - 1].start, m, near, text) \
            and not _of_the_meeting(text, toks[idx - 1].start) \
            and not _title_after(m, toks[idx:idx + 4], morph):
        if idx >= 3 and toks[idx - 2].text.lower() == "ja" and toks[idx - 3].text.endswith("-"):
            return f"{toks[idx - 3].text.lower()} ja {p}"  # "sosiaali- ja terveysjohtaja"
        return p
    if idx > 2 and toks[idx - 2].text == "/" and office_title(toks[idx - 1].text, morph) is None \
            and (p := office_title(toks[idx - 3].text, morph)) \
            and not closes_previous_row(toks[idx - 3].start, m, near, text):
        return p  # "puheenjohtaja/ ordförande X", "toiminnanjohtaja/verksamhetsledare Y": a bilingual title
    if idx > 2 and office_title(toks[idx - 1].text, morph) is None and (p := apposed_lead_title(
            [t.text for t in toks[idx - 3:idx]], 3, lambda w: office_title(w, morph),
            lambda w: any(a.cls == "nimisana" and a.case == "nimento" for a in morph.analyse(w)))):
        return p  # "yhdistyksen varapuheenjohtaja, kansanedustaja X": extract/title_modifiers.py
    if (abbr := _ABBREVIATED_BEFORE.search(text, max(0, m.start - 12), m.start)) \
            and (p := seat_abbreviation(abbr.group(1))):
        return p  # "Kunnanhallituksen varapj. Keijo X": a chair's title abbreviated (a sentence splitter ends at it)
    after = [t for t in toks if t.start >= m.end][:3]
    if len(after) >= 2 and after[0].text == "," and (p := office_title(after[1].text, morph)):
        return p
    line_end = text.find("\n", m.end)  # no `"\n" in text[m.end:]`: a copy of the rest of a 20 MB page per person
    line_after = text[m.end:line_end if line_end >= 0 else len(text)]
    mm = re.match(r"\s*,\s*(\w+)", line_after)
    if mm and (p := office_title(mm.group(1), morph)):
        return p
    # "Lasse X, konsernipalveluiden toimialajohtaja, <organisation>": a title of a few words, its head last
    mm = re.match(r"\s*,\s*((?:[A-ZÅÄÖ]{2,6}[ -])?[a-zåäö][\w -]{2,60}?)\s*(?:,|$)", line_after)  # "MAL suunnittelija"
    words = mm.group(1).split() if mm else []
    if 1 < len(words) <= 3 and (p := office_title(words[-1], morph)):
        return " ".join([*words[:-1], p]).lower()

    def gap(t: Any, x: Mention) -> int:
        return x.start - t.end if t.end <= x.start else t.start - x.end

    for t in toks:  # "Pilottityöntekijänä aloitti ... X"
        if gap(t, m) > ESSIVE_REACH:
            continue
        if t.end <= m.start and "," in text[t.end:m.start]:
            continue  # "A jatkaa X:n ohjaajana, kertoo B": a comma closes the essive's clause; its subject is before
        p = office_title(t.text, morph)
        if p and any(a.case == "olento" for a in morph.analyse(t.text)) and not _of_the_meeting(text, t.start) \
                and not any(
                gap(t, x) < gap(t, m) for x in near.starting_in(max(s.start, t.start - 2 * ESSIVE_REACH),
                                                                min(s.end, t.end + ESSIVE_REACH))
                if x.type == "Person" and (x.start, x.end) != (m.start, m.end)):
            return p  # (in a run-on list's "... Hankkeen vetäjänä toimi Elina X" the nearer person's)
    return None


def _name_facts(mentions: list[Mention], gaz: Gazetteer, morph: Morphology, text: str = "") -> list[Fact]:
    """Facts carried by names: "Etelä-Suomen hanke" covers Etelä-Suomi; "Verson osahanke" is Verso's part.

    A bare compass genitive ("Etelä-Suomen X") names the cooperation area (ERVA) only when the text speaks
    of erva, erityisvastuualue or yhteistyöalue; otherwise it is just a part of the country and covers nothing.
    """
    facts = []
    index = SpanIndex(mentions)
    cooperation_areas = _COOPERATION_AREA_WORD.search(text) is not None
    for u in mentions:
        if u.type not in UNDERTAKINGS or not u.iri or u.generic:
            continue
        ev = Evidence(u.surface, u.start, u.end)
        areas = [x.iri for x in index.inside(u.start, u.end)  # nested mentions only: no scan of the document
                 if x is not u and x.iri and (x.type == "Region" or (x.type == "CooperationArea" and (
                     cooperation_areas or not _COMPASS_GENITIVE.fullmatch(x.surface))))]
        if not areas and u.type in {"Project", "Programme"}:
            areas = _leading_area(u, gaz, morph, cooperation_areas)
        if u.type in {"Project", "Programme"}:
            facts += [Fact(u.iri, "coversArea", a, ev, "coversArea:area-in-name", 0.7) for a in dict.fromkeys(areas)]
    return facts


# the text speaks of the specific-catchment cooperation areas (ERVA) by one of their names
_COOPERATION_AREA_WORD = re.compile(
    r"\berva(?:-|\b|n\b|lla\b|lle\b|lta\b|ssa\b|sta\b|an\b|t\b|jen\b)|erityisvastuualue|yhteistyöalue",
    re.IGNORECASE)


# a point of the compass and Finland: as often a part of the country as the cooperation area of that name
_COMPASS_GENITIVE = re.compile(r"(?:Etelä|Itä|Länsi|Pohjois)-Suome(?:n|ssa|sta|en|lla|lta|lle)")


def _leading_area(u: Mention, gaz: Gazetteer, morph: Morphology, cooperation_areas: bool = True) -> list[str]:
    """The area a name opens with, read without its head word ("Sisä-Suomen | hanke").

    Before a head noun a bare area genitive may be something else ("Etelä-Suomen lääni"),
    so the recogniser leaves it alone; inside a project's own name it is the project's area.
    A compass word alone ("Etelä-Suomen X", not "Sisä-Suomen X") is a cooperation area only where the text
    speaks of cooperation areas (`cooperation_areas`); elsewhere it is just a part of the country.
    """
    toks = tokenize(u.surface)
    if len(toks) < 2 or not toks[0].is_cap:
        return []
    listed = _listed_openers(toks)
    if len(listed) == 1 and "-" in toks[0].text.strip("-"):
        # "Kangasala-Kuhmoinen-Pälkäne -kuntarakenneselvitys": towns joined by hyphens, each written as a place's
        # name of its own ("Pohjois-Savo" is one region's: "Pohjois" is no place)
        named = _places_named(gaz)
        joined = [named.get(part.lower()) for part in toks[0].text.split("-")]
        if len(joined) >= 2 and all(joined):
            return [iri for iri in joined if iri]
    if len(listed) >= 2:
        # "Kuopion, Siilinjärven ja Koillis-Savon ... hanke": the places listed before the name's words are the
        # places it covers, towns among them; the list counts only if every word in it is a place
        per_place = [[h.entity for h in gaz.match([t], morph)
                      if h.entity.type in {"Region", "CooperationArea", "Municipality"}] for t in listed]
        if all(per_place):
            return [e.iri for found in per_place for e in found[:1]]
    hits = gaz.match(toks[:1], morph)
    return [h.entity.iri for h in hits if h.entity.type == "Region" or (h.entity.type == "CooperationArea" and (
        cooperation_areas or not _COMPASS_GENITIVE.fullmatch(toks[0].text)))]


# one table a gazetteer, let go with it (an id() as the key could name a later gazetteer made at the same address)
_PLACES_NAMED: weakref.WeakKeyDictionary[Gazetteer, dict[str, str]] = weakref.WeakKeyDictionary()


def _places_named(gaz: Gazetteer) -> dict[str, str]:
    """Towns, regions and cooperation areas by their names in base form (lower case), one table a gazetteer."""
    table = _PLACES_NAMED.get(gaz)
    if table is None:
        table = {}
        for e in gaz.entities.values():
            if e.type in {"Municipality", "Region", "CooperationArea"}:
                for label in e.labels:
                    table.setdefault(label.lower(), e.iri)
        _PLACES_NAMED[gaz] = table
    return table


def _listed_openers(toks: list[Any]) -> list[Any]:
    """The capitalised words of a list that opens a name, "A, B ja C ..." (one word each), or the first word
    alone when no list opens it."""
    listed = [toks[0]]
    k = 1
    while k + 1 < len(toks) and toks[k].text.lower() in {",", "ja", "sekä"} and toks[k + 1].is_cap:
        listed.append(toks[k + 1])
        if toks[k].text != ",":
            break  # "ja" closes the list
        k += 2
    return listed if k + 1 < len(toks) and toks[k].text.lower() in {"ja", "sekä"} else listed[:1]


# an approved item that gives a statement on the matter or rejects it ("Lausunto X-hankkeesta", "Kaupunginhallitus
# hylkää hakemuksen", "Yttrande om ...", "avslår"): approving it is no joining of the undertaking
_NOT_JOINING = re.compile(r"(?i)\b(?:lausun\w*|hylkä\w*|hylät\w*|ei\s+osallistu\w*|yttrande\w*|utlåtande\w*|"
                          r"avslå\w*|deltar\s+inte)")


# an item title about the town's money for what it names ("X:n Leader-toiminta, kuntarahaosuuden myöntäminen",
# "Kunnan osallistuminen Leader-toimintaan"): a programme named there is what the body decides on; elsewhere a
# programme in a title is the frame of the matter (a grant from its fund to a project, a statement on it)
_JOINING_TITLE = re.compile(r"(?i)kuntara(?:ha|hoitu)|rahoitusosuu|maksuosuu|kuntaosuu|kommunandel|medfinansier|"
                            r"osallistuminen\s+\S+-toimintaan")
_PROJECT_WORD = re.compile(r"(?i)hank|projekt")


def _pays_into_programme(item: Any, subjects: list[str], out: Extraction) -> bool:
    """The item is about the town's money for a programme itself: a title of _JOINING_TITLE that names no project
    or agreement ("EAKR-rahoitusosuus X-hankkeelle" gives a project its share under the programme)."""
    title = item.title or ""
    return bool(_JOINING_TITLE.search(title)) and not _PROJECT_WORD.search(title) and not any(
        (e := out.entities.get(s)) is not None and e.type in {"Project", "Agreement"} for s in subjects)


def _minutes_facts(record: DocumentRecord, mentions: list[Mention], out: Extraction,
                   sents: list[Sentence]) -> list[Fact]:
    """A body's decision on its item's subject; approval of a joint undertaking means joining it."""
    facts = []
    muni = out.municipality
    bodies = [e for e in out.entities.values() if e.type == "Body"]
    tied = _bodies_tied_to(muni, mentions, record.text) if muni else set()
    body_of = item_bodies(record, mentions, bodies)
    for body in bodies:
        if muni and body.attrs.get("municipality") == muni and body.iri in tied:
            m = body.mentions[0]
            facts.append(Fact(body.iri, "partOf", muni, Evidence(m.surface, m.start, m.end), "partOf:body-of", 0.9))
    if not muni:
        facts += _letterhead_owner_body(mentions, record.text)
    for idx, item in enumerate(record.items):
        subjects = out.item_subjects.get(idx) or []
        if not subjects:
            continue
        body = body_of(item)  # named, deciding, letterhead, inside: extract/posts.py
        span = item.parts.get("decision") or item.parts.get("proposal") or (item.start, item.end)
        ev = Evidence(record.text[span[0]:span[1]].strip()[:400], span[0], span[1])
        for subj in _decided_subjects(subjects, out):
            decided = out.entities.get(subj)
            if body is not None and item.outcome not in UNDECIDED and (
                    decided is None or decided.type != "WorkPackage") and (
                    decided is None or decided.type != "Programme" or _pays_into_programme(item, subjects, out)):
                facts.append(Fact(body.iri, "decides", subj, ev, "decides:minutes-item", 0.85))  # project/agreement
            if muni and item.outcome in APPROVING and subj != muni and not _NOT_JOINING.search(
                    " ".join([item.title or ""] + [record.text[a:z] for a, z in (
                        item.parts[p] for p in ("proposal", "decision") if p in item.parts)])):
                facts.append(Fact(muni, "participatesIn", subj, ev, "participatesIn:approved-item", 0.6))
    # an item whose title names nothing decides what its proposal or decision names: extract/item_decisions.py
    facts += proposal_decisions(record, mentions, out.item_subjects,
                                lambda it: getattr(body_of(it), "iri", None))
    if not any(out.item_subjects.values()):
        facts += contents_decisions(record.text, mentions) or numbered_item_decisions(record.text, mentions)
    return facts


# a memo-style item heading: its number, a dot, a capitalised title ("4. Palosuojelurahaston kehittämishanke")
_NUMBERED_ITEM = re.compile(r"(?:^|(?<=\s))(\d{1,2})\.[ \t]+(?=[A-ZÅÄÖ])")
NUMBERED_ITEMS_MIN = 3  # headings numbered in order that make the minutes a memo of numbered items
# the first item of a meeting's numbered items opens the meeting
_OPENING_ITEM = re.compile(r"(?i)(?:kokouksen|kokous|läsnäolijat|laillisuus|sammanträdets|mötets|mötet|öppnande)\b")


def numbered_item_decisions(text: str, mentions: list[Mention]) -> list[Fact]:
    """The meeting's body decides the project or agreement a numbered item's title opens with, in minutes
    whose items are numbered headings ("1. Kokouksen avaus ... 3. Edellisen kokouksen pöytäkirja ... 4. X-hanke
    Jäsenet ... saapuivat"), without § and without a list of contents."""
    heads = []
    expected = 1
    for m in _NUMBERED_ITEM.finditer(text):
        number = int(m.group(1))
        if number in {expected, expected + 1}:  # "1. ... 3. ...": a heading may be lost in a transcript
            heads.append(m)
            expected = number + 1
    # "Opetus- ja kulttuuriministeriö: 1. Digiajan peruskoulu -tutkimushanke 2. ...": a list inside an item
    if len(heads) < NUMBERED_ITEMS_MIN or int(heads[0].group(1)) != 1 or not _OPENING_ITEM.match(text, heads[0].end()):
        return []
    body = _heading_body(text, mentions)
    if body is None:
        return []
    starts = {h.end() for h in heads}
    return [Fact(body, "decides", m.iri, Evidence(text[m.start:m.end], m.start, m.end), "decides:numbered-item", 0.6)
            for m in mentions if m.start in starts and m.type in {"Agreement", "Project"} and m.iri and not m.generic]


# the list of items a transcript opens with: its heading, or a line of dot leaders ("Läsnäolijat... 1")
_CONTENTS = re.compile(r"(?i)\b(?:sisällysluettelo|luettelo\s+käsitellyistä\s+asioista|käsitellyt\s+asiat|"
                       r"käsiteltävät\s+asiat|innehållsförteckning|behandlade\s+ärenden)\b|\w\.{3,}\s*\d")
# where the contents end: the attendance or the first item's own text
_CONTENTS_END = re.compile(r"(?i)\b(?:osallistujat|saapuvilla|läsnä|närvarande|beslutande|allekirjoitukset|"
                           r"päätösehdotus|ehdotus|perustelut|esittelijä|kokous\s+todettiin)\b|§|\n")
CONTENTS_REACH = 2000  # characters a transcript's list of items runs to
# a list of items printed one entry (number, title, page) a line: only a heading of the attendance or a blank
# line ends it, not the line's end or the "§" over the numbers column
_CONTENTS_END_LINES = re.compile(r"(?i)\b(?:osallistujat|saapuvilla|läsnä|närvarande|beslutande|"
                                 r"allekirjoitukset|päätösehdotus|perustelut|kokous\s+todettiin|"
                                 r"pöytäkirjan\s+tarkastajat)\b|\n[ \t]*\n")
LINE_LIST_LINES = 6  # short lines in a row right after the heading that make a list printed a line per entry
LINE_LIST_WIDTH = 80
_LINE_END = re.compile(r"[ \t]*\n")


def _listed_by_lines(text: str, at: int) -> bool:
    """The list of items under the heading at `at` is printed a line per entry: the heading ends its line and
    the next lines are all short."""
    if _LINE_END.match(text, at) is None:
        return False
    lines = text[at:at + LINE_LIST_LINES * LINE_LIST_WIDTH * 2].split("\n")[1:LINE_LIST_LINES + 1]
    return len(lines) == LINE_LIST_LINES and all(0 < len(x.strip()) <= LINE_LIST_WIDTH for x in lines)


# a § number run into a transcript's line before its item's title: "74 Pöytäkirjan tarkastajien valitseminen",
# "85 §Kokouksen laillisuus", "§ 85 Kokouksen laillisuus"
_RUN_NUMBER = re.compile(r"(?<=\s)(?:§\s*)?(\d{1,3})(?:\s*§\s*|\s+)(?=[A-ZÅÄÖ])")
RUN_ITEMS_MIN = 5  # consecutive numbers in a row that make a run-in list of items rather than stray figures
RUN_GAP = 300  # characters an item's title runs to before the next number


def _numbered_run(text: str) -> tuple[int, int] | None:
    """A list of items a transcript runs into one line with no heading over it ("... 74 Pöytäkirjan tarkastajien
    valitseminen 75 Työjärjestyksen hyväksyminen 76 ..."): the longest chain of numbers, each one more than the
    last and close after it, in the opening; from its first number to where the line after its last one ends."""
    best: tuple[int, int, int] | None = None  # (length, start, last number's end)
    chains: dict[int, tuple[int, int, int]] = {}  # the number a chain expects next -> (length, start, last end)
    for m in _RUN_NUMBER.finditer(text, 0, CONTENTS_REACH * 2):
        n = int(m.group(1))
        # a figure inside a title ("Vuoden 2015 talous") neither breaks a chain nor joins one
        chains = {k: c for k, c in chains.items() if m.start() - c[2] <= RUN_GAP}
        length, start, _ = chains.pop(n, (0, m.start(), 0))
        chains[n + 1] = (length + 1, start, m.end())
        if length + 1 >= RUN_ITEMS_MIN and (best is None or length + 1 > best[0]):
            best = chains[n + 1]
    if best is None:
        return None
    stop = _CONTENTS_END.search(text, best[2], best[2] + RUN_GAP)
    return best[1], stop.start() if stop else best[2] + RUN_GAP


def contents_span(text: str) -> tuple[int, int] | None:
    """Where the list of items a minutes document opens with runs: from its heading to the attendance, the first
    item's own text or the line's end (a list printed a line per entry: to a blank line); with no heading, a run of
    numbered titles (_numbered_run)."""
    for head in _CONTENTS.finditer(text, 0, CONTENTS_REACH * 2):
        start = head.start()
        ends = _CONTENTS_END_LINES if _listed_by_lines(text, head.end()) else _CONTENTS_END
        stop = ends.search(text, head.end(), start + CONTENTS_REACH)
        if stop is not None and stop.start() - head.end() < CONTENTS_MIN:
            # "SISÄLLYSLUETTELO. KHALL, Pöytäkirja" as a copy's page title above its transcript: a heading with no
            # list under it; the transcript's own heading further on opens the list
            continue
        return start, stop.start() if stop else start + CONTENTS_REACH
    return _numbered_run(text)


CONTENTS_MIN = 60  # characters a list of items holds at least (two short titles)
# the title of a report before its contents: its chapters name projects it tells of, no body decides them there
_REPORT_TITLE = re.compile(r"(?i)\b(?:toimintakertomu[sk]\w*|vuosikertomu[sk]\w*|loppuraport\w*|"
                           r"verksamhetsberättelse\w*|årsberättelse\w*|årsredovisning\w*|slutrapport\w*)")


def contents_decisions(text: str, mentions: list[Mention]) -> list[Fact]:
    """The meeting's body decides each project or agreement an item title in the minutes' list of contents names
    ("SISÄLLYSLUETTELO ... 2 Sosiaali- ja terveystoimen yhteistoimintasopimus 5"), where no item of the minutes
    was read on its own: a transcript that runs the list of items into one line."""
    span = contents_span(text)
    if span is None:
        return []
    start, end = span
    if _REPORT_TITLE.search(text, 0, start):
        return []  # an annual report's contents ("VERKSAMHETSBERÄTTELSE ... INNEHÅLLSFÖRTECKNING"): chapters, not items
    # the body whose minutes these are heads them; a body named inside the list is a chapter's or an item's title
    # (a project report's contents: "... Osahankkeet Ohjausryhmä ..."), not who decides what the list names
    body = _heading_body(text, [m for m in mentions if not start <= m.start < end])
    if body is None:
        return []
    out = []
    for m in mentions:
        if start <= m.start < end and m.type in {"Agreement", "Project"} and m.iri and not m.generic:
            out.append(Fact(body, "decides", m.iri, Evidence(text[m.start:m.end], m.start, m.end),
                            "decides:contents-title", 0.6))
        elif start <= m.start < end and compound_agreement(m):
            # "... KUNTAKOKEILUHANKKEESEEN, KOKEILUSOPIMUS 202 ...": a title that names its agreement by its kind
            out.append(Fact(body, "decides", m.iri, Evidence(text[m.start:m.end], m.start, m.end),
                            "decides:contents-title-compound", 0.5))
    return out


HEAD_CHARS = 600  # the letterhead and title lines of a minutes document, a transcript's header included
HEAD_LINES = 3


def _heading_body(text: str, mentions: list[Mention]) -> str | None:
    """The body heading minutes whose items were not read one by one (the deciding body of numbered items and of a
    list of contents); "kaupunginhallituksen kokoushuone", a room of the meeting place, is none."""
    heading = [m for m in mentions if m.type == "Body" and m.start < HEAD_CHARS and not MEETING_ROOM.match(text, m.end)]
    return meeting_body(None, heading, text)


def _head_end(text: str) -> int:
    """Where the letterhead and title end: the first lines with words, at most HEAD_CHARS characters."""
    pos = 0
    for _ in range(HEAD_LINES):
        nxt = text.find("\n", pos)
        while nxt >= 0 and not text[pos:nxt].strip():  # blank lines do not count
            pos = nxt + 1
            nxt = text.find("\n", pos)
        if nxt < 0:
            return min(len(text), HEAD_CHARS)
        pos = nxt + 1
    return min(pos, HEAD_CHARS)


def _bodies_tied_to(muni: str, mentions: list[Mention], text: str) -> set[str]:
    """Bodies the text itself gives to the minutes' municipality: named with it ("Kiteen perusturvalautakunta",
    "Hollolan kunnan kunnanhallitus"), the body named first near the top (whose minutes these are), or a body
    only a municipality has ("Kunnanhallitus", "Kv:n", "kommunfullmäktige").

    A body met further on in minutes whose municipality is only guessed (the meeting town, a member's row
    in a joint body's list, an agenda of a joint authority's meeting) may be another organisation's.
    """
    munis = [x for x in mentions if x.type == "Municipality"]
    own = SpanIndex([x for x in munis if x.iri == muni])
    own_genitive_ends = {x.end for x in munis if x.iri == muni and x.case == "omanto"}
    others = SpanIndex([x for x in munis if x.iri != muni])
    other_ends = {x.end for x in munis if x.iri != muni}
    bodies = sorted((m for m in mentions if m.type == "Body" and m.iri), key=lambda m: m.start)
    # the first body named, near the top and not as a room: whose minutes these are
    first = next((m for m in bodies if not m.generic), None)
    if first is not None and MEETING_ROOM.match(text, first.end):
        first = None  # "Paikka: Kaupunginhallituksen kokoushuone" opens a contents list, not the meeting body's name
    elsewhere = {m.iri for m in bodies if _other_town_by(m, others, other_ends, text)}
    tied: set[str] = set()
    for m in bodies:
        if m.iri in tied:
            continue
        named_with = bool(own.inside(m.start, m.end)) or any(m.start - k in own_genitive_ends for k in range(3))
        room = MEETING_ROOM.match(text, m.end) is not None
        # a bare "Hallitus"/"Styrelsen" heading minutes is an association's or a joint authority's board: a town's
        # board is its kunnanhallitus, kaupunginhallitus or kommunstyrelse (kuntalaki 410/2015 39 §)
        heading = m is first and m.start < HEAD_CHARS and m.iri not in elsewhere \
            and m.label.lower() not in _BARE_BOARDS
        # "Kunnanhallitus", "Kv:n", "kommunfullmäktige": only a municipality has one, so in a municipality's
        # minutes it is that municipality's -- unless another town is written on the same row ("Kh:n pj. Kerava")
        municipal = _MUNICIPAL_BODY.search(m.label) is not None and not room and m.iri not in elsewhere
        if (named_with or heading or municipal) and not _OTHER_KIND_HEAD.match(m.label.split()[-1]) \
                and not m.label.lower().startswith("maakunnan "):  # the region's ("maakunnan yhteistyöryhmä")
            tied.add(m.iri)
    # "Porin kaupungissa ... on muodostunut Hyvinvointiryhmästä, Hyvinvointitiimistä sekä X:n ohjausryhmästä
    # (LANU)": the bodies listed with a tied one, in one coordination, are the same town's
    steps = list(itertools.pairwise(bodies))
    for pairs in (steps, steps[::-1]):  # forward, then back along a list
        for a, b in pairs:
            other = a if b.iri in tied else b
            if (a.iri in tied) != (b.iri in tied) and _BODY_LIST_GAP.fullmatch(text, a.end, b.start) \
                    and not _OTHER_KIND_HEAD.match(other.label.split()[-1]) and other.iri not in elsewhere:
                tied.add(other.iri)  # type: ignore[arg-type]
    return tied  # type: ignore[return-value]


# between two bodies of one list: a comma, "ja" or "sekä", an abbreviation in brackets allowed before it and up to
# two one-word items between that no rule read ("Hyvinvointiryhmästä, Hyvinvointitiimistä sekä X:stä")
_BODY_LIST_GAP = re.compile(r"(?:[ \t]*\([^()\n]{1,12}\))?(?:[ \t]*,[ \t]*[A-ZÅÄÖ][\w-]{2,30}){0,2}"
                            r"[ \t]*(?:,|,?[ \t]+(?:ja|sekä|och|samt))[ \t]+")


_LETTERHEAD_OWNERS = {"WellbeingCounty", "JointAuthority"}
_SENTENCE_END = re.compile(r"[.!?]\s+[A-ZÅÄÖ]")


def _letterhead_owner_body(mentions: list[Mention], text: str) -> list[Fact]:
    """partOf from the body heading the minutes of a wellbeing county or a joint authority to that organisation.

    "POHJOIS-SAVON HYVINVOINTIALUE PÖYTÄKIRJA / Sosiaali- ja terveyslautakunta", "ETEVA KUNTAYHTYMÄ PÖYTÄKIRJA /
    Tarkastuslautakunta": the organisation named in the letterhead owns the body that meets, as a town's letterhead
    owns its board (`partOf:body-of`). Only the heading body (the first, below the letterhead and before any item's
    section sign, no sentence between them, the word for minutes, a date or a meeting's number on its line or the
    lines next to it): one named further on, or in prose, may be another organisation's.
    The body's IRI must already carry the owner's key (the resolver gave the body to that organisation), so a
    letterhead naming a county only as the topic ("Lapin hyvinvointialueelle siirtyvä henkilöstö") gives nothing.
    """
    head = _head_end(text)
    owner = next((m for m in mentions if m.type in _LETTERHEAD_OWNERS and m.iri and m.start < head
                  and m.case in {"nimento", None}), None)
    if owner is None:
        return []
    first = min((m for m in mentions if m.type == "Body" and m.iri and not m.generic and m.start < HEAD_CHARS),
                key=lambda m: m.start, default=None)
    key = owner.iri.rsplit("/", 1)[-1] + "-"
    if first is None or first.start < owner.end or MEETING_ROOM.match(text, first.end) or "§" in text[:first.start] \
            or not first.iri.rsplit("/", 1)[-1].startswith(key):
        return []  # a body after the first item's section sign is named in the items, not heading them
    if _SENTENCE_END.search(text, owner.end, first.start) or not minutes_near(text, first.start, first.end):
        return []  # "X:n hyvinvointialue aloitti toimintansa. ... Aluevaltuusto": prose, no letterhead
    return [Fact(first.iri, "partOf", owner.iri, Evidence(first.surface, first.start, first.end),
                 "partOf:letterhead-owner-body", 0.8)]


# a body whose head names another kind of organisation: a sub-region's ("seutuvaliokunta"), a joint authority's
# ("yhtymähallitus"), a county's ("aluehallitus"), a regional council's ("maakuntahallitus"); never the town's
_OTHER_KIND_HEAD = re.compile(r"(?:seutu|yhtymä|alue|maakunta|välfärdsområdes|samkommun|förbunds)", re.IGNORECASE)


_BARE_BOARDS = {"hallitus", "styrelse", "styrelsen"}
_MUNICIPAL_BODY = re.compile(r"^(?:kunnan|kaupungin|kommun|stads)\w+|^fullmäktige$", re.IGNORECASE)
ROW_REACH = 40  # characters after a body within which a town on the same row is that body's town


def _row_end(m: Mention, text: str) -> int:
    """Where the body's row ends: its line's end, or ROW_REACH characters on in text whose lines were lost."""
    line_end = text.find("\n", m.end, m.end + ROW_REACH)
    return line_end if line_end >= 0 else m.end + ROW_REACH


def _row_town(m: Mention, munis: SpanIndex[Mention], publisher: str | None, text: str) -> Mention | None:
    """Another municipality closing a town board's or council's row ("kunnanhallituksen II varapuheenjohtaja,
    Ilmajoen kunta" in a list of a joint group's members): whose board it is. The publisher is only the guess
    for a board no town is written with; the board of another town must not share the publisher's IRI (a city's
    "kaupunginhallitus" and "kunnanhallitus" are one key, extract/resolve.body_key)."""
    first = min(munis.starting_in(m.end, _row_end(m, text)), key=lambda x: x.start, default=None)
    # the row's first town, set off by a comma as a list row's organisation is ("..., Ilmajoen kunta"); a sentence
    # going on to name towns ("Kaupunginhallitus on hyväksynyt Helsingin kaupungin, Espoon kaupungin ...") is none
    if first is None or not first.iri or first.iri == publisher or not text[m.end:first.start].rstrip().endswith(","):
        return None
    return first


def _other_town_by(m: Mention, others: SpanIndex[Mention], other_ends: set[int], text: str) -> bool:
    """Another municipality on the body's row within a few words: a member's row in a joint body's list."""
    return bool(others.starting_in(m.end, _row_end(m, text))) or any(m.start - k in other_ends for k in range(3))


def _decided_subjects(subjects: list[str], out: Extraction) -> list[str]:
    """An item may decide several projects at once (a title listing the grants it makes): each named project
    is decided; otherwise the first subject, as the item's one topic."""
    projects = [s for s in subjects if s in out.entities and out.entities[s].type == "Project"]
    return projects if len(projects) > 1 else subjects[:1]


def _dedupe(facts: list[Fact]) -> list[Fact]:
    seen: dict[tuple, Fact] = {}
    for f in facts:
        if f.subject == f.object:  # no relation of the ontology holds between a thing and itself
            continue
        k = f.key()
        if k not in seen or f.confidence > seen[k].confidence:
            seen[k] = f
    # a fact without amount adds nothing when the same fact with an amount exists
    with_amount = {(f.subject, f.predicate, f.object) for f in seen.values() if f.amount is not None}
    return [f for f in seen.values() if f.amount is not None or (f.subject, f.predicate, f.object)
            not in with_amount or f.predicate not in {"funds", "contributes"}]
