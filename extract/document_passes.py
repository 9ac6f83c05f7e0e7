"""The document-level passes that run after the per-sentence rules, as one ordered registry.

Sentence rules live in the relation registry (relations.py); what needs the whole document (its layout,
its opening, the facts the sentence rules already stated) runs here, once per document, in this order.
Each pass is named, says what it reads in its own module, and either ADDS facts, REPLACES the list
(a filter or a rewrite that keeps what it does not judge) or UPDATES facts in place (amounts). Order
matters: a later pass sees what the earlier ones stated and states only what is still missing, so a new
rule is one entry at the place where its evidence is complete, and nothing else in extract/document.py
changes. `PASSES` is also what `welfare-kg rules` lists.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from welfare_kg.extract import shared_bodies
from welfare_kg.extract.academic_posts import academic_posts
from welfare_kg.extract.apposed_area_towns import apposed_area_town_facts
from welfare_kg.extract.board_runs import board_run_facts
from welfare_kg.extract.body_name_owners import board_division_facts, body_name_owner_facts
from welfare_kg.extract.bracketed_area_towns import bracketed_area_town_facts
from welfare_kg.extract.bracketed_funders import bracketed_funder_facts
from welfare_kg.extract.branch_parents import branch_parent_facts
from welfare_kg.extract.caps_people import caps_title_posts_dropped
from welfare_kg.extract.caption_receivers import caption_receiver_facts
from welfare_kg.extract.closing_rows import closing_row_facts, comma_title_facts
from welfare_kg.extract.colon_place_lists import colon_place_list_facts
from welfare_kg.extract.column_cells import column_cell_facts
from welfare_kg.extract.composition_rows import composition_row_facts
from welfare_kg.extract.congratulated_receivers import congratulated_receiver_facts
from welfare_kg.extract.contact_org_lines import contact_org_line_facts
from welfare_kg.extract.contact_roles import contact_role_facts
from welfare_kg.extract.cooccurrence import cooccurrence_facts
from welfare_kg.extract.coordinated_funders import coordinated_funder_facts
from welfare_kg.extract.council_rosters import council_roster_facts
from welfare_kg.extract.decided_grants import decided_grant_facts
from welfare_kg.extract.decision_scope import scoped_decisions
from welfare_kg.extract.doc_progress import TAIL, DocumentProgress, between, stage
from welfare_kg.extract.document_roles import document_role_facts, topic_kept
from welfare_kg.extract.document_sums import document_sums
from welfare_kg.extract.eu_field_sums import eu_field_amounts
from welfare_kg.extract.foreign_municipalities import foreign_posts_dropped
from welfare_kg.extract.funder_sections import funder_section_facts
from welfare_kg.extract.funding_decisions import funding_decision_facts
from welfare_kg.extract.gazetteer import Gazetteer
from welfare_kg.extract.genitive_area_projects import genitive_area_project_facts
from welfare_kg.extract.genitive_titles import genitive_title_facts
from welfare_kg.extract.grant_page_projects import grant_page_project_facts
from welfare_kg.extract.grant_row_hosts import grant_row_host_facts
from welfare_kg.extract.granted_shares import granted_shares_dropped, own_parent_grants_dropped
from welfare_kg.extract.header_granter import header_granter_facts
from welfare_kg.extract.heading_areas import heading_area_facts
from welfare_kg.extract.inline_grants import inline_grant_facts
from welfare_kg.extract.inline_role_labels import inline_role_label_facts
from welfare_kg.extract.inline_signatures import inline_signature_facts
from welfare_kg.extract.item_grants import item_grant_facts
from welfare_kg.extract.kind_subject_grants import kind_subject_grant_facts
from welfare_kg.extract.kind_titles import title_kind_facts
from welfare_kg.extract.label_entries import label_entry_facts
from welfare_kg.extract.listed_receivers import listed_receiver_facts
from welfare_kg.extract.locative_name_areas import locative_name_area_facts
from welfare_kg.extract.main_coordinator import main_coordinator_facts
from welfare_kg.extract.meeting_functions import meeting_functions_dropped
from welfare_kg.extract.meeting_lists import meeting_list_facts
from welfare_kg.extract.member_rows import member_row_facts
from welfare_kg.extract.ministry_receivers import ministry_receivers_dropped
from welfare_kg.extract.minutes_officials import minutes_official_facts
from welfare_kg.extract.model import Extraction, Fact, Mention
from welfare_kg.extract.morphology import Morphology
from welfare_kg.extract.municipal_share_sums import municipal_share_amounts
from welfare_kg.extract.name_org_pairs import name_org_pair_facts
from welfare_kg.extract.name_org_runs import name_org_run_facts
from welfare_kg.extract.next_sentence_sums import next_sentence_amounts
from welfare_kg.extract.org_contact_rows import org_contact_row_facts
from welfare_kg.extract.org_seat_rows import org_seat_row_facts
from welfare_kg.extract.own_sums import gapped_funder_facts, own_sum_amounts
from welfare_kg.extract.owner_project_bullets import owner_bullet_facts
from welfare_kg.extract.owner_title_blocks import owner_block_facts
from welfare_kg.extract.page_end_chairs import page_end_chair_facts
from welfare_kg.extract.pages import page_facts
from welfare_kg.extract.part_lists import listed_part_runner_facts, listed_part_whole_facts
from welfare_kg.extract.party_areas import party_area_facts
from welfare_kg.extract.post_review import reviewed_posts
from welfare_kg.extract.post_rows import untitled_row_facts
from welfare_kg.extract.posts import item_bodies
from welfare_kg.extract.presenting_officials import presenting_official_facts
from welfare_kg.extract.priority_axes import axis_facts
from welfare_kg.extract.programme_areas import programme_areas_dropped
from welfare_kg.extract.programme_funders import programme_funders_dropped
from welfare_kg.extract.programme_lead_lists import programme_lead_list_facts
from welfare_kg.extract.programme_page import programme_page_facts
from welfare_kg.extract.project_name_areas import project_name_area_facts
from welfare_kg.extract.project_owners import project_owner_facts
from welfare_kg.extract.project_parts import project_part_facts
from welfare_kg.extract.quoted_officials import quoted_official_facts
from welfare_kg.extract.quoted_rows import quoted_row_facts
from welfare_kg.extract.received_grants import received_grant_facts
from welfare_kg.extract.receiving_subjects import own_project_facts, receiving_subject_facts
from welfare_kg.extract.relative_appointments import appointed_before_facts
from welfare_kg.extract.report_owner_projects import with_report_owner_projects
from welfare_kg.extract.report_programme import report_programme_facts
from welfare_kg.extract.report_publishers import report_publisher_facts
from welfare_kg.extract.representative_posts import representative_posts
from welfare_kg.extract.residence_rosters import residence_posts_dropped
from welfare_kg.extract.runner_participation import runner_participation_dropped
from welfare_kg.extract.sentence_sums import sentence_sums
from welfare_kg.extract.serving_titles import serving_title_facts
from welfare_kg.extract.slash_rows import slash_row_facts
from welfare_kg.extract.sole_programme import sole_programme_facts
from welfare_kg.extract.stage_decisions import stage_decision_facts
from welfare_kg.extract.steering_groups import steering_group_facts
from welfare_kg.extract.subregion_members import subregion_member_facts
from welfare_kg.extract.sum_column_titles import sum_column_title_facts
from welfare_kg.extract.swedish_appositions import swedish_apposition_facts
from welfare_kg.extract.swedish_compositions import swedish_composition_facts
from welfare_kg.extract.text import Sentence
from welfare_kg.extract.together_partners import together_partner_facts
from welfare_kg.extract.total_sums import total_sums_dropped
from welfare_kg.extract.undecided_proposals import undecided_proposal_facts
from welfare_kg.extract.unread_list_heads import unread_list_head_facts
from welfare_kg.loaders.record import DocumentRecord

# posts read from prose around a name; an attendance list that names the person knows the post better
PROSE_POSTS = {"holdsPost:post-title", "holdsPost:contact-domain", "holdsPost:contact-block"}


@dataclass
class PassInput:
    """What a document-level pass may read: the document, its mentions and sentences, and the facts so far.

    `parts` are the document-wide readings made beside the sentence rules (document.py's
    `document_facts`): 0 listed people's posts, 1 comma meeting roles, 2 names, 3 minutes items,
    4 member lists, 5 co-occurrence candidates, 6 the document's reading (document_roles.read_document).
    """

    record: DocumentRecord
    mentions: list[Mention]
    text: str
    sents: list[Sentence]
    per_sentence: list[list[Mention]]
    morph: Morphology
    gaz: Gazetteer
    out: Extraction
    parts: list[Any]
    bar: DocumentProgress | None = None

    @property
    def facts(self) -> list[Fact]:
        return self.out.facts


Mode = Literal["add", "replace", "update"]


@dataclass(frozen=True)
class DocumentPass:
    """One named step: `run` gives facts to add (mode "add"), the new fact list ("replace"), or changes the facts
    in place and gives nothing ("update"). `stage` names the progress phase it opens for a large document."""

    name: str
    run: Callable[[PassInput], Any]
    mode: Mode = "add"
    stage: tuple[str, float] | None = None
    why: str = ""


def drop_reposted(facts: list[Fact]) -> list[Fact]:
    """A person the attendance list already posts is not posted again from a title line that repeats the list
    ("Kalle Niemi, toimitusjohtaja" under the meeting place): the list knows whose post it is."""
    listed = {f.subject for f in facts if f.predicate == "holdsPost" and f.rule.startswith("holdsPost:listed-")}
    return [f for f in facts if not (f.rule in PROSE_POSTS and f.subject in listed)]


def _body_iri_of(p: PassInput) -> Callable[[object], str | None]:
    """The IRI of the body deciding an item (posts.item_bodies), asked of one item at a time."""
    body_of = item_bodies(p.record, p.mentions, [e for e in p.out.entities.values() if e.type == "Body"])
    return lambda item: getattr(body_of(item), "iri", None)


def _scoped_decisions(p: PassInput) -> list[Fact]:
    """A body an item's preparation names decides nothing there (decision_scope.py): minutes with items only."""
    if p.record.kind != "minutes" or not p.record.items:
        return p.facts
    return scoped_decisions(p.record, p.facts, _body_iri_of(p))


def _item_grants(p: PassInput) -> list[Fact]:
    """"§ 56 Avustushakemus / X ry ... myöntää yhdistykselle N euroa": only minutes with items have them."""
    if p.record.kind != "minutes" or not p.record.items:
        return []
    body_of = _body_iri_of(p)  # who grants what an item grants: its deciding body, else the minutes' town
    granters = {idx: body_of(item) or p.out.municipality for idx, item in enumerate(p.record.items)}
    return item_grant_facts(p.record, p.mentions, p.facts, granters, p.out.municipality)


def _cooccurrence(p: PassInput) -> list[Fact]:
    return cooccurrence_facts(p.sents, p.per_sentence, p.facts, p.morph,
                              progress=between(p.bar, 1 - TAIL * 0.5, 1 - TAIL * 0.25), candidates=p.parts[5])


PASSES: tuple[DocumentPass, ...] = (
    # people and posts: lists first, prose after, rows and blocks last (each states only posts still missing)
    DocumentPass("listed-posts", lambda p: p.parts[0] + p.parts[1],
                 why="attendance lists and comma meeting roles (posts.py)"),
    DocumentPass("reposted-dropped", lambda p: drop_reposted(p.facts), "replace", stage=("posts", 1 - TAIL * 0.6),
                 why="a listed person's post is not restated from a title line"),
    DocumentPass("prose-posts-reviewed", lambda p: reviewed_posts(p.facts, p.mentions, p.out, p.text, p.morph, p.gaz),
                 "replace", why="posts read from prose checked against the layout (post_review.py)"),
    DocumentPass("untitled-rows", lambda p: untitled_row_facts(p.mentions, p.text, p.facts),
                 why='"X, Maamerkit ohjelma, Sitra" rows (post_rows.py)'),
    DocumentPass("academic-posts", lambda p: academic_posts(p.sents, p.per_sentence, p.facts, p.text, p.morph),
                 why='"Lapin yliopiston professori X" (academic_posts.py)'),
    DocumentPass("representative-posts", lambda p: representative_posts(p.per_sentence, p.facts, p.text),
                 why='"A Y ry:n edustajana", "A Y ry:stä vetää" (representative_posts.py)'),
    DocumentPass("comma-titles", lambda p: comma_title_facts(p.mentions, p.text, p.facts, p.morph), "replace",
                 why='"X, sosiaalijohtaja Org" (closing_rows.py)'),
    DocumentPass("genitive-titles", lambda p: genitive_title_facts(p.mentions, p.text, p.facts, p.morph), "replace",
                 why='"X, Org:n johtaja" (genitive_titles.py)'),
    DocumentPass("closing-rows", lambda p: closing_row_facts(p.mentions, p.text, p.facts),
                 why='"X, professori, <seat>, Org" (closing_rows.py)'),
    DocumentPass("composition-rows", lambda p: composition_row_facts(p.mentions, p.text, p.facts),
                 why='a steering group\'s composition rows (composition_rows.py)'),
    DocumentPass("council-rosters", lambda p: council_roster_facts(p.mentions, p.text, p.facts, p.record.kind),
                 why='a council page\'s members one a line under "Jäsenet:" or an association (council_rosters.py)'),
    DocumentPass("name-org-runs", lambda p: name_org_run_facts(p.mentions, p.text, p.facts),
                 why='"Läsnä: Name Town Name Org ..." of a working group (name_org_runs.py)'),
    DocumentPass("name-org-pairs", lambda p: name_org_pair_facts(p.mentions, p.text, p.facts),
                 why='"Anna Kivi TAMK Ville Mäki X ry": cells run into one line (name_org_pairs.py)'),
    DocumentPass("member-rows", lambda p: member_row_facts(p.mentions, p.text, p.facts, p.record.kind),
                 why='"Ryhmä: X, Org, Y, Org" (member_rows.py)'),
    DocumentPass("swedish-compositions", lambda p: swedish_composition_facts(p.mentions, p.text, p.facts),
                 why='"har utsett följande personer till X:" and its rows (swedish_compositions.py)'),
    DocumentPass("slash-rows", lambda p: slash_row_facts(p.mentions, p.text, p.facts),
                 why='"• Laine Anna / Esimerkin Eläkeläiset ry" rows (slash_rows.py)'),
    DocumentPass("org-seat-rows", lambda p: org_seat_row_facts(p.mentions, p.text, p.facts, p.morph),
                 why='"Esimerkin Eläkeläiset ry: jäsen X ja varajäsen Y" rows (org_seat_rows.py)'),
    DocumentPass("board-runs", lambda p: board_run_facts(p.mentions, p.text, p.facts),
                 why='"Hallitus järjestäytyi seuraavasti: A, puheenjohtaja B, varapuheenjohtaja C D" (board_runs.py)'),
    DocumentPass("appointed-before", lambda p: appointed_before_facts(p.mentions, p.text, p.facts),
                 why='"X, jonka nimeän ryhmän sihteeriksi" (relative_appointments.py)'),
    # document-wide readings made beside the sentence rules
    DocumentPass("names-items-members", lambda p: p.parts[2] + p.parts[3] + p.parts[4],
                 why="names, minutes items and member lists read beside the sentence rules (document.py)"),
    DocumentPass("page-layout", lambda p: page_facts(p.record, p.mentions, p.facts), "replace",
                 stage=("co-occurrence", 1 - TAIL * 0.5), why="card fields and headed lists (pages.py)"),
    DocumentPass("branch-parents", lambda p: branch_parent_facts(p.out.entities, p.mentions, p.facts, p.morph),
                 why='"MLL:n Janakkalan osasto" is part of MLL (branch_parents.py)'),
    DocumentPass("org-contact-rows", lambda p: org_contact_row_facts(p.mentions, p.text, p.facts, p.morph),
                 "replace", why='"Org (Y-tunnus ) Yhteyshenkilö: X, title": a form row contact (org_contact_rows.py)'),
    DocumentPass("contact-org-lines", lambda p: contact_org_line_facts(p.mentions, p.text, p.facts, p.morph),
                 why="an organisation line in a contact block (contact_org_lines.py)"),
    DocumentPass("label-entries", lambda p: label_entry_facts(p.mentions, p.text, p.facts, p.morph), "replace",
                 why='"Kärkölä:" / "Vs. kunnanjohtaja" / "X": a town label over title, name lines (label_entries.py)'),
    DocumentPass("serving-titles", lambda p: serving_title_facts(p.mentions, p.text, p.facts, p.morph),
                 why='"X toimii hankkeen projektipäällikkönä, Y projektiasiantuntijana" (serving_titles.py)'),
    DocumentPass("contact-roles", lambda p: contact_role_facts(p.mentions, p.text, p.facts, p.morph),
                 why='a title on the line above or below a name, "Projektledare\\nX" (contact_roles.py)'),
    DocumentPass("inline-signatures", lambda p: inline_signature_facts(p.mentions, p.text, p.facts, p.morph),
                 why='"X Avdelningschef Unit Org": a signature run into one line (inline_signatures.py)'),
    DocumentPass("swedish-appositions", lambda p: swedish_apposition_facts(p.mentions, p.text, p.facts, p.morph),
                 why='"X, samordnare i Y kommun" (swedish_appositions.py)'),
    DocumentPass("kind-titles", lambda p: title_kind_facts(p.mentions, p.text, p.facts),
                 why='"kertoo toimitusjohtaja X" to the page\'s one organisation of that kind (kind_titles.py)'),
    DocumentPass("minutes-officials", lambda p: minutes_official_facts(p.mentions, p.text, p.facts, p.record.kind,
                                                                       p.out.municipality, p.morph),
                 why='"erityisasiantuntijat A ja B" in their own wellbeing county\'s minutes (minutes_officials.py)'),
    DocumentPass("quoted-officials", lambda p: quoted_official_facts(p.mentions, p.text, p.facts, p.record.kind,
                                                                     p.morph),
                 why='"..., liikuntatoimen ylitarkastaja X kertoo" in the news of the organisation the page opens'
                     " with (quoted_officials.py)"),
    DocumentPass("page-end-chairs", lambda p: page_end_chair_facts(p.record, p.mentions, p.text, p.facts),
                 why='"... Linda X Ordförande" ending a minutes page: the meeting body\'s chair (page_end_chairs.py)'),
    DocumentPass("presenting-officials", lambda p: presenting_official_facts(p.mentions, p.text, p.facts,
                                                                             p.record.kind, p.out.municipality,
                                                                             p.morph),
                 why='"Diakonian päällikkö X selosti asiaa" in its own town\'s minutes (presenting_officials.py)'),
    DocumentPass("co-occurrence", _cooccurrence,
                 why="low-confidence fallback: kind and trigger word in one sentence (cooccurrence.py)"),
    # the document as a whole: its reading, its opening, its headings and lists
    DocumentPass("document-roles", lambda p: document_role_facts(p.sents, p.per_sentence, p.facts, p.morph,
                                                                 p.parts[6]),
                 stage=("document roles", 1 - TAIL * 0.25),
                 why="the roles a document's reading gives (document_roles.py)"),
    DocumentPass("main-coordinator", lambda p: main_coordinator_facts(p.sents, p.per_sentence, p.facts, p.morph,
                                                                      p.parts[6]),
                 why="the organisation a project page belongs to (main_coordinator.py)"),
    DocumentPass("report-publishers", lambda p: report_publisher_facts(p.per_sentence, p.mentions, p.text, p.facts),
                 "replace", why='"Kuntoutussäätiön työselosteita", "Julkaisija: X": a report\'s publisher runs its'
                                " project (report_publishers.py)"),
    DocumentPass("project-owners", lambda p: project_owner_facts(p.sents, p.per_sentence, p.facts, p.text,
                                                                 p.record.kind, p.morph),
                 why='"X ry:n Y-hanke"; the heading\'s, opening\'s, footer\'s or e-mail\'s one organisation'
                     " (project_owners.py)"),
    DocumentPass("report-owner-projects", lambda p: with_report_owner_projects(p.sents, p.per_sentence, p.facts,
                                                                              p.text, p.record.kind), "replace",
                 why="the projects an annual report of one organisation tells of (report_owner_projects.py)"),
    DocumentPass("project-parts", lambda p: project_part_facts(p.sents, p.per_sentence, p.facts, p.morph),
                 why="listed sub-projects and work packages (project_parts.py)"),
    DocumentPass("listed-part-wholes", lambda p: listed_part_whole_facts(p.per_sentence, p.facts, p.text),
                 why="parts listed under a heading or after a part word belong to the main project (part_lists.py)"),
    DocumentPass("listed-part-runners", lambda p: listed_part_runner_facts(p.per_sentence, p.facts, p.text),
                 why="the organisation on a part's line under a heading of responsible ones runs it (part_lists.py)"),
    DocumentPass("subregion-members", lambda p: subregion_member_facts(p.sents, p.per_sentence, p.facts),
                 why="towns of a sub-region the document opens with (subregion_members.py)"),
    DocumentPass("project-name-areas", lambda p: project_name_area_facts(p.sents, p.per_sentence, p.facts, p.morph),
                 why="a place in the main project's name (project_name_areas.py)"),
    DocumentPass("locative-name-areas", lambda p: locative_name_area_facts(p.sents, p.per_sentence, p.facts,
                                                                           p.morph),
                 why='a place in the locative in any project\'s name, "Liiku Keuruulla" (locative_name_areas.py)'),
    DocumentPass("inline-role-labels", lambda p: inline_role_label_facts(p.text, p.per_sentence, p.facts), "replace",
                 why="a runner's or partners' row mid-line in a flattened page, in a capitals fact box, or a role"
                     " cell under a name (inline_role_labels.py)"),
    DocumentPass("together-partners", lambda p: together_partner_facts(p.sents, p.per_sentence, p.facts),
                 why='"tillsammans med A och B", "yhdessä A:n ja B:n kanssa" (together_partners.py)'),
    DocumentPass("party-areas", lambda p: party_area_facts(p.mentions, p.text, p.facts),
                 why='an agreement\'s party towns "muodostavat yhteisen työllisyysalueen" named X (party_areas.py)'),
    DocumentPass("report-programme", lambda p: report_programme_facts(p.sents, p.per_sentence, p.facts),
                 why='"ESR-PROJEKTIN LOPPURAPORTTI": the project partOf the programme (report_programme.py)'),
    DocumentPass("sole-programme", lambda p: sole_programme_facts(p.sents, p.per_sentence, p.facts, p.record.kind),
                 why="the one programme a one-project document names (sole_programme.py)"),
    DocumentPass("programme-page", lambda p: programme_page_facts(p.sents, p.per_sentence, p.facts, p.record.kind),
                 why="the projects a page about one programme reports (programme_page.py)"),
    DocumentPass("colon-place-lists", lambda p: colon_place_list_facts(p.text, p.sents, p.per_sentence, p.facts),
                 why='places one a line under a lead-in with an area word, "kunnissa:" (colon_place_lists.py)'),
    DocumentPass("genitive-area-projects", lambda p: genitive_area_project_facts(p.sents, p.per_sentence, p.facts),
                 why='a region\'s genitive before a project name, "Pohjois-Savon X-hanke" (genitive_area_projects.py)'),
    DocumentPass("heading-areas", lambda p: heading_area_facts(p.sents, p.per_sentence, p.facts, p.morph),
                 why="the opening's one area (heading_areas.py)"),
    DocumentPass("bracketed-area-towns", lambda p: bracketed_area_town_facts(p.sents, p.per_sentence, p.facts),
                 why='towns in brackets after an area a rule gave an undertaking, "seutukunnassa (A, B ja C)"'
                     " (bracketed_area_towns.py)"),
    DocumentPass("apposed-area-towns", lambda p: apposed_area_town_facts(p.sents, p.per_sentence, p.facts, p.mentions,
                                                                           p.record.kind),
                 why='towns in apposition after an area\'s town noun, "X:n kunnissa A:ssa, B:ssä ja C:ssä"'
                     " (apposed_area_towns.py)"),
    # grants: inline lists, the opening's granter, listed receivers, minutes items, coordinated funders
    DocumentPass("inline-grants", lambda p: inline_grant_facts(p.sents, p.per_sentence, p.facts, p.text),
                 why='"myönsi: A 5 000 €, B ..." (inline_grants.py)'),
    DocumentPass("bracketed-funders", lambda p: bracketed_funder_facts(p.text, p.per_sentence, p.facts),
                 why='"X-hanke (Lapin liitto, EAKR)": the authority and fund beside a project (bracketed_funders.py)'),
    DocumentPass("header-granter", lambda p: header_granter_facts(p.sents, p.per_sentence, p.facts, p.text),
                 why="the funder named in the opening funds the receivers listed later (header_granter.py)"),
    DocumentPass("grant-row-hosts", lambda p: grant_row_host_facts(p.sents, p.per_sentence, p.facts, p.text),
                 why='a grant table\'s "Unit (Host) sum" row: the unit partOf its host, funded by the opening\'s '
                     'granter where no rule gave the row\'s sum (grant_row_hosts.py)'),
    DocumentPass("received-grants", lambda p: received_grant_facts(p.sents, p.per_sentence, p.facts, p.text),
                 why='"X ry:n saama N euron avustus", "avustukset saivat A, B sekä C" (received_grants.py)'),
    DocumentPass("receiving-subjects", lambda p: receiving_subject_facts(p.sents, p.per_sentence, p.facts, p.text),
                 why='"X fick 2 000 euro", "Till X gick 5 000 euro": the opening\'s granter funds the slot\'s receiver '
                     "(receiving_subjects.py)"),
    DocumentPass("receiving-subjects-own", lambda p: own_project_facts(p.per_sentence, p.facts, p.text),
                 why='"X fick 5 000 euro för sitt projekt Y": X runs Y (receiving_subjects.py)'),
    DocumentPass("caption-receivers", lambda p: caption_receiver_facts(p.sents, p.per_sentence, p.facts, p.text),
                 why='"Lahjoitukset ottivat vastaan A ja B Org1, C Org2": the giver named before funds each'
                     " (caption_receivers.py)"),
    DocumentPass("congratulated-receivers",
                 lambda p: congratulated_receiver_facts(p.sents, p.per_sentence, p.facts, p.text),
                 why='"vi vill gratulera A och B till det beviljade projektstödet" (congratulated_receivers.py)'),
    DocumentPass("listed-receivers", lambda p: listed_receiver_facts(p.sents, p.per_sentence, p.facts, p.text),
                 "replace", why='"Tuen saivat:" lists: bulleted, bare lines (funds:listed-receivers-bare) or run on '
                                'after the colon (funds:listed-receivers-run) (listed_receivers.py)'),
    DocumentPass("programme-axes", lambda p: axis_facts(p.mentions, p.facts, p.record.kind),
                 why='"Hanke kuuluu ... toimintalinjaan 3": the document\'s project is partOf the numbered programme '
                     'part it names (priority_axes.py)'),
    DocumentPass("owner-blocks", lambda p: owner_block_facts(p.per_sentence, p.facts, p.text),
                 why='"X r.f.:" / "Mural Rural" / "1500 euro": the receiver runs the title\'s project '
                     '(owner_title_blocks.py)'),
    DocumentPass("owner-bullets", lambda p: owner_bullet_facts(p.per_sentence, p.facts, p.text),
                 why='"• Y ry, X 2031-2034.": the association runs the project its row names '
                     '(owner_project_bullets.py)'),
    DocumentPass("programme-lead-lists", lambda p: programme_lead_list_facts(p.per_sentence, p.facts, p.text),
                 why='"X-ohjelmaan valittiin ... seuraavat:" over a bulleted list: its projects '
                     '(programme_lead_lists.py)'),
    DocumentPass("quoted-rows", lambda p: quoted_row_facts(p.per_sentence, p.facts, p.text),
                 why='\'"Matskolan", Y förening. 2.708 euro\': the row\'s owner runs its quoted project '
                     '(quoted_rows.py)'),
    DocumentPass("sum-column-titles", lambda p: sum_column_title_facts(p.per_sentence, p.facts, p.text),
                 why='"Kylälän kunta 12 000 €    Liikkeelle kylissä": the receiver runs the title column\'s project '
                     '(sum_column_titles.py)'),
    DocumentPass("column-cells", lambda p: column_cell_facts(p.sents, p.per_sentence, p.facts, p.text),
                 why='a grant table flattened one cell a line under its heading cells "Hakija"/"Myönnetty" '
                     '(column_cells.py)'),
    DocumentPass("grant-page-projects", lambda p: grant_page_project_facts(p.sents, p.per_sentence, p.facts, p.text,
                                                                          p.record.kind),
                 why="the projects of an organisation's news of its own grants (grant_page_projects.py)"),
    DocumentPass("kind-subject-grants", lambda p: kind_subject_grant_facts(p.sents, p.per_sentence, p.facts),
                 why='"Yhdistys saa myös N euroa": the giver of the kind\'s one receiver before funds it again'
                     " (kind_subject_grants.py)"),
    DocumentPass("item-grants", _item_grants, why="a minutes item's grant by the body deciding it (item_grants.py)"),
    DocumentPass("history-stages", lambda p: stage_decision_facts(p.record, p.out),
                 why="a body that approved the item in its decision history decides it too (stage_decisions.py)"),
    DocumentPass("funding-decisions",
                 lambda p: funding_decision_facts(p.record.items, p.facts,
                                                  {iri: e.type for iri, e in p.out.entities.items()}, p.text),
                 why='an item titled "Päätös X-projektin rahoittamisesta": its body funds the project it decides'
                     " (funding_decisions.py)"),
    DocumentPass("decided-grants", lambda p: decided_grant_facts(p.facts, p.out.entities),
                 why='"X päätti myöntää rahoitusta Y-hankkeeseen": the body that funds or joins also decides'
                     " (decided_grants.py)"),
    DocumentPass("meeting-lists", lambda p: meeting_list_facts(p.record.kind, p.text, p.mentions),
                 why='a page listing a meeting\'s matters under "Aluehallitus käsitteli seuraavia asioita:"'
                     ' (meeting_lists.py)'),
    DocumentPass("ministry-receivers-dropped", lambda p: ministry_receivers_dropped(p.facts, p.out.entities),
                 "replace", why="a ministry receives no grant but the state budget's (ministry_receivers.py)"),
    DocumentPass("programme-funders-dropped", lambda p: programme_funders_dropped(p.facts, p.out.entities), "replace",
                 why="a company or an association funds no programme: it runs or receives (programme_funders.py)"),
    DocumentPass("programme-areas-dropped", lambda p: programme_areas_dropped(p.facts, p.out.entities, p.gaz),
                 "replace", why="a national or EU programme of the reference data is placed in no area"
                                " (programme_areas.py)"),
    DocumentPass("coordinated-funders", lambda p: coordinated_funder_facts(p.sents, p.per_sentence, p.facts, p.text),
                 why='"A, B ja C rahoittavat" (coordinated_funders.py)'),
    DocumentPass("funder-sections", lambda p: funder_section_facts(p.per_sentence, p.facts, p.text),
                 why='a "Rahoittajat"/"Bidragsgivare" section\'s list after its lead paragraph (funder_sections.py)'),
    DocumentPass("unread-list-heads", lambda p: unread_list_head_facts(p.sents, p.per_sentence, p.facts),
                 why='"finansieras av Xyz, Region Y samt Z": the list after an unread head (unread_list_heads.py)'),
    # bodies left without an owner
    DocumentPass("body-name-owners", lambda p: body_name_owner_facts(p.mentions, p.facts),
                 stage=("bodies' owners", 1 - TAIL * 0.18), why='"HUSin hallitus" left unplaced (body_name_owners.py)'),
    DocumentPass("steering-groups", lambda p: steering_group_facts(p.mentions, p.facts),
                 why='"Projektin ohjausryhmä", a bare "Ohjausryhmä": the document\'s project (steering_groups.py)'),
    DocumentPass("board-divisions", lambda p: board_division_facts(p.mentions, p.facts, p.morph), "replace",
                 why='"Aluehallituksen yksilöasioiden jaosto": its board (body_name_owners.py)'),
    DocumentPass("church-bodies", lambda p: shared_bodies.church_body_facts(p.mentions, p.facts),
                 why="a parish union's letterhead (shared_bodies.py)"),
    DocumentPass("kind-genitive-bodies",
                 lambda p: shared_bodies.kind_genitive_body_facts(p.mentions, p.facts, p.text),
                 why='"Hyvinvointialueen vanhusneuvosto" (shared_bodies.py)'),
    DocumentPass("compound-body-parts", lambda p: shared_bodies.compound_body_facts(p.mentions, p.facts),
                 why='"vanhus- ja vammaisneuvosto" beside "Vanhusneuvosto" and "Vammaisneuvosto" (shared_bodies.py)'),
    # finishing, before the duplicates go (a post a prose rule and a kept rule both state stays)
    DocumentPass("gapped-funders", lambda p: gapped_funder_facts(p.sents, p.per_sentence, p.facts),
                 stage=("finishing", 1 - TAIL * 0.1),
                 why='"A myönsi X:lle N euroa ja B M euroa": the second giver (own_sums.py)'),
    DocumentPass("own-sums", lambda p: own_sum_amounts(p.text, p.sents, p.per_sentence, p.facts), "update",
                 stage=("finishing", 1 - TAIL * 0.1),
                 why='"A 80 000 eurolla ja B 20 000 eurolla": each funder its own sum (own_sums.py)'),
    DocumentPass("sentence-sums", lambda p: sentence_sums(p.facts), "update", stage=("finishing", 1 - TAIL * 0.1),
                 why="the sentence's one sum on its grant (sentence_sums.py)"),
    DocumentPass("document-sums", lambda p: document_sums(p.sents, p.per_sentence, p.facts), "update",
                 why="the document's one grant sum on its one grant (document_sums.py)"),
    DocumentPass("municipal-share-sums",
                 lambda p: municipal_share_amounts(p.sents, p.per_sentence, p.facts, p.out.entities,
                                                   p.out.municipality), "update",
                 why='"Muonion kunnan osuus on N euroa": the town\'s grant\'s sum (municipal_share_sums.py)'),
    DocumentPass("next-sentence-sums", lambda p: next_sentence_amounts(p.sents, p.per_sentence, p.facts), "update",
                 why='"X sai tuen. Myönnetty tuki on N euroa": the grant\'s sum (next_sentence_sums.py)'),
    DocumentPass("eu-field-sums", lambda p: eu_field_amounts(p.text, p.facts, p.out.entities), "update",
                 why='"EU-STÖD 372 226 EUR" in a fact box: the EU funders\' grant\'s sum (eu_field_sums.py)'),
    DocumentPass("total-sums-dropped", lambda p: total_sums_dropped(p.facts, p.out.entities), "update",
                 why="a sum stated as a total over many receivers is no one receiver's grant (total_sums.py)"),
    DocumentPass("granted-shares-dropped", lambda p: granted_shares_dropped(p.facts, p.out.entities), "replace",
                 why="a funder's 'osuus' with its own grant's sum is that grant, no contribution (granted_shares.py)"),
    DocumentPass("own-parent-grants-dropped", lambda p: own_parent_grants_dropped(p.facts), "replace",
                 why="a body grants nothing to the organisation it is part of (granted_shares.py)"),
    DocumentPass("runner-participation-dropped", lambda p: runner_participation_dropped(p.facts), "replace",
                 why="a project's runner is no participant read from prose as well (runner_participation.py)"),
    DocumentPass("foreign-posts-dropped", lambda p: foreign_posts_dropped(p.facts, p.mentions), "replace",
                 why="posts in another town's bodies dropped (foreign_municipalities.py)"),
    DocumentPass("residence-posts-dropped", lambda p: residence_posts_dropped(p.text, p.facts, p.mentions), "replace",
                 why="a roster's home towns hold no one's post: 'X (kesk.), yrittäjä, Kemi' (residence_rosters.py)"),
    DocumentPass("caps-title-posts-dropped", lambda p: caps_title_posts_dropped(p.facts, p.mentions), "replace",
                 why="no posts for people named only in a title in capitals (caps_people.py)"),
    DocumentPass("meeting-functions-dropped",
                 lambda p: meeting_functions_dropped(p.facts, p.mentions, p.record.kind), "replace",
                 why="a minute-taker, secretary or presenter in minutes holds no seat (meeting_functions.py)"),
    DocumentPass("decision-scope", _scoped_decisions, "replace",
                 why="a body only an item's preparation, notice or appeal names decides nothing (decision_scope.py)"),
    DocumentPass("undecided-proposals", lambda p: undecided_proposal_facts(p.record, p.facts), "replace",
                 why="no participation, share or grant from the proposal of a rejected, returned or tabled item "
                     "(undecided_proposals.py)"),
)


if len({step.name for step in PASSES}) != len(PASSES):
    raise ValueError("a document pass name is used twice")


def catalogue() -> list[tuple[str, str, str, str]]:
    """(layer, name, predicate or mode, what it reads) of every rule, in the order they run: the sentence rules of the
    relation registry, then the document passes. A fact's wkg:rule starts with its predicate and names the rule."""
    from welfare_kg.extract.document import extract_document  # noqa: F401  registers every sentence rule
    from welfare_kg.extract.relations import RULES

    rows = [("sentence", r.name, r.predicate, r.pattern) for r in RULES]
    return rows + [("document", step.name, step.mode, step.why) for step in PASSES]


def run_passes(p: PassInput, passes: tuple[DocumentPass, ...] = PASSES) -> None:
    """Each pass in order on `p.out.facts`; an added list is appended in place (passes that kept a reference to the
    list see the additions), a replacing pass's list takes the place of the old one."""
    with topic_kept():  # the passes change no mention: the document's topic project is found once
        for step in passes:
            if step.stage is not None:
                stage(p.bar, *step.stage)
            result = step.run(p)
            if step.mode == "add":
                p.out.facts += result
            elif step.mode == "replace":
                p.out.facts = result
