"""Controlled vocabularies of the published tables (the codebook documents each value)."""

DOCUMENT_STATUSES = {
    "ok": "read, normalised and extracted",
    "metadata_error": "text extracted, but its metadata sidecar was rejected (see error); metadata from the text",
    "empty": "the file holds no text (a JSON or CSV export: no prose field; see error)",
    "unreadable": "binary, a corrupt or encrypted PDF, malformed JSON or CSV, or the file could not be read (see error)",
    "no_text_layer": "a PDF without a text layer (a scan): run OCR and add the result",
    "too_large": "bigger than the per-document limit (see error for the limit and how to raise it)",
    "skipped": "a symbolic link out of the input folder or to nothing; not followed",
    "duplicate": "same bytes as an earlier document; extracted once, under the earlier doc_id",
    "failed": "a stage crashed on this document (see error); nothing from it is published",
}

ACTOR_TYPES = [
    "person",
    "armed_group",
    "state",
    "state_force",
    "political_party",
    "igo",
    "organization",
    "other",
]

EVENT_TYPES = [
    "attack",
    "bombing",
    "airstrike",
    "kidnapping",
    "killing",
    "capture_arrest",
    "release",
    "military_operation",
    "territory_seizure",
    "coup",
    "group_formation",
    "group_split",
    "rename",
    "alliance",
    "leadership_change",
    "weapons_acquisition",
    "plot_disrupted",
    "base_established",
    "political_event",
    "other",
]

PLOVER_TYPES = [
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
]

RELATION_TYPES = [
    "leader_of",
    "member_of",
    "founder_of",
    "split_from",
    "renamed_to",
    "affiliate_of",
    "allied_with",
    "rival_of",
    "successor_of",
    "deputy_of",
    "commander_of",
    "supports",
]

# Violent event types, most specific first (merging keeps the most specific of a group).
VIOLENT_EVENT_TYPES = ("bombing", "airstrike", "kidnapping", "killing", "attack")

DATE_PRECISIONS = ["day", "week", "month", "year", "decade", "range", "unknown"]
GEO_PRECISIONS = ["point", "city", "region", "country", "unknown"]
CERTAINTIES = {
    "asserted": "stated as fact by the document's own voice",
    "reported": "attributed to a source or a claim (according to, officials said, claimed)",
    "uncertain": "hedged (if confirmed, reportedly, may have, believed to)",
}
RELATION_BASES = {
    "stated": "read from the quoted sentence by a relation pattern",
    "dictionary": "held by the reviewed actor dictionary (dictionaries/actors.yaml), published "
    "where one sentence of the document names both actors; dates are the dictionary's",
}
# Where an event's perpetrators come from: named as its doers in the evidence, or guessed
# (the sentence's or the document's only armed group or state) where no telling names one.
PERPETRATOR_BASES = ["stated", "inferred"]
# Where an event's date comes from: its own telling's words (sentence, list item, table row),
# or the rest of the story (the time an earlier sentence set, another telling's day).
DATE_BASES = ["stated", "narrative"]
COUNT_QUALIFIERS = ["exact", "at_least", "more_than", "about", "up_to", "at_most"]
ACTOR_ORIGINS = {
    "dictionary": "listed in dictionaries/actors.yaml (reviewed)",
    "discovered": "found in the text and typed from cues; not reviewed",
    "imported": "a non-state armed group from the PETRARCH2/Phoenix actor dictionary "
    "(dictionaries/petrarch/, MIT), merged where the reviewed dictionary does not know it",
    "generic": "an unnamed agent the text names only by a noun (gunmen, Somali militants), "
    "composed from PETRARCH2's agent code and the country the text gives, as PETRARCH composes "
    "actor codes; one per code and country",
}
PUBLISHED_PRECISIONS = ["day", "month", "year"]
QUARANTINE_TABLES = [
    "documents",
    "actors",
    "events",
    "event_mentions",
    "actor_mentions",
    "relations",
]

ACTOR_ID = r"act-[a-z0-9_]+(-[a-z0-9_]+)*"
EVENT_ID = r"evt-[0-9a-f]{16}"
RELATION_ID = r"rel-[0-9a-f]{16}"
MENTION_ID = r"men-[0-9a-f]{16}"
ACTOR_MENTION_ID = r"amn-[0-9a-f]{16}"

# How a document's file was read (flows/formats).
FORMATS = {
    "plain": "plain text",
    "markdown": "Markdown (front matter read as metadata, link targets and code dropped)",
    "html": "HTML (tags, scripts, navigation dropped; entities decoded)",
    "story": "news-corpus story (@highlight summary lines dropped)",
    "json": "JSON export (string values of prose fields read, one paragraph each; syntax blanked, escapes decoded in place)",
    "jsonl": "JSON Lines export (each line a record; its prose fields read as paragraphs)",
    "csv": "CSV export with a header naming a prose column (its cells read, one paragraph each)",
    "pdf": "PDF text layer (running headers, footers and page numbers dropped; page in evidence)",
}
