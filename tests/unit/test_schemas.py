"""Every published column is described once, in the pandera models, and the artefacts follow."""

import json

import pyarrow as pa
import pytest

from schemas.arrow import arrow_schema, columns, to_table
from schemas.datapackage import codebook_markdown, datapackage, table_schema
from schemas.derived_tables import PUBLISHED_SORT_KEYS, PUBLISHED_TABLES
from schemas.tables import TABLES
from schemas.views import views_sql

CONTRACT = {
    "documents": "doc_id title publisher authors published source_url sha256 n_chars status error",
    "actors": "actor_id name actor_type aliases country doc_ids",
    "events": "event_id event_type plover_type date_start date_end date_precision date_text country location "
    "latitude longitude geo_precision perpetrator_ids target_ids killed injured hostages certainty doc_ids",
    "event_mentions": "event_id doc_id char_start char_end quote citation",
    "relations": "relation_id subject_id object_id relation_type date_start date_end certainty doc_id char_start char_end quote",
    "quarantine": "table_name record errors doc_id",
}


@pytest.mark.parametrize("table", PUBLISHED_TABLES)
def test_every_column_has_a_description_and_an_arrow_type(table):
    for name, column in columns(PUBLISHED_TABLES[table]).items():
        assert column.description and len(column.description) > 10, (
            f"{table}.{name} lacks a description"
        )
        assert column.metadata["arrow"] in {"string", "int64", "float64", "date32", "list<string>"}


@pytest.mark.parametrize("table", CONTRACT)
def test_contract_columns_are_all_published(table):
    assert set(CONTRACT[table].split()) <= set(columns(TABLES[table]))


def test_sort_keys_name_real_columns():
    assert set(PUBLISHED_SORT_KEYS) == set(PUBLISHED_TABLES)
    for table, keys in PUBLISHED_SORT_KEYS.items():
        assert set(keys) <= set(columns(PUBLISHED_TABLES[table]))


def test_contract_types_in_arrow_schema():
    events = arrow_schema(TABLES["events"])
    assert events.field("date_start").type == pa.date32()
    assert events.field("perpetrator_ids").type == pa.list_(pa.string())
    assert events.field("killed").type == pa.int64()
    assert events.field("latitude").type == pa.float64()


def test_empty_tables_still_have_their_schema():
    table = to_table([], TABLES["relations"])
    assert table.num_rows == 0 and table.schema.names == list(columns(TABLES["relations"]))


def test_datapackage_lists_every_table_with_described_fields():
    files = {t: {"path": f"{t}.parquet", "bytes": 1, "sha256": "0" * 64} for t in PUBLISHED_TABLES}
    package = datapackage("0.1.0", files)
    assert [r["name"] for r in package["resources"]] == list(PUBLISHED_TABLES)
    assert all(f["description"] for r in package["resources"] for f in r["schema"]["fields"])
    json.dumps(package)
    assert table_schema("event_mentions")["foreignKeys"][0]["reference"]["resource"] == "events"


def test_codebook_and_views_mention_every_column():
    book, sql = codebook_markdown("0.1.0"), views_sql()
    for table in PUBLISHED_TABLES:
        for name in columns(PUBLISHED_TABLES[table]):
            assert f"| {name} |" in book
            assert f"COMMENT ON COLUMN {table}.{name}" in sql
