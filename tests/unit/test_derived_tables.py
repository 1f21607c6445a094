"""The tables publish derives hold exactly the rows of the views they replaced (issue 11), on
the seed release and on a small synthetic one made of its copies."""

from collections import Counter
from pathlib import Path

import duckdb
import pytest

from flows.publish.derived import check_derived, derive_tables
from flows.settings import PROJECT_ROOT
from schemas.derived_tables import DERIVED_TABLES
from schemas.tables import TABLES
from schemas.views import connect_release, run_script, table_views
from scripts.bench_queries import synthetic_release
from scripts.readme_queries import EXAMPLE

VIEWS_BEFORE = (
    Path(__file__).parents[1] / "fixtures" / "views" / "analyst_views_before_issue_11.sql"
)
README_QUERIES = [
    m.group("sql").strip()
    for m in EXAMPLE.finditer((PROJECT_ROOT / "README.md").read_text(encoding="utf-8"))
]
# The README's third query while actor_timeline was a view without the evidence column.
QUERY_3_BEFORE = """
SELECT t.date_start, t.kind, t.what, t.role, left(coalesce(m.quote, r.quote), 70) AS evidence
FROM actor_timeline t
LEFT JOIN (SELECT event_id, first(quote ORDER BY doc_id, char_start) AS quote FROM event_mentions GROUP BY ALL) m
       ON m.event_id = t.record_id
LEFT JOIN relations r ON r.relation_id = t.record_id
WHERE t.actor = 'Mokhtar Belmokhtar'
ORDER BY t.date_start NULLS LAST, t.record_id
"""


def views_before(folder: Path):
    """The release's extracted tables under the hand-written views as they were."""
    con = duckdb.connect()
    con.execute(f"SET file_search_path = '{folder.resolve().as_posix()}'")
    run_script(con, table_views(TABLES) + VIEWS_BEFORE.read_text(encoding="utf-8"))
    return con


def bag(rows: list[tuple]) -> Counter:
    """The rows as a multiset (lists, such as doc_ids, as tuples)."""
    return Counter(tuple(tuple(v) if isinstance(v, list) else v for v in row) for row in rows)


@pytest.fixture(scope="module", params=["seed", "synthetic"])
def release(request, tmp_path_factory):
    if request.param == "seed":
        return PROJECT_ROOT / "outputs"
    return synthetic_release(tmp_path_factory.mktemp("synthetic"), 400)  # 7 copies of the seed


def test_the_synthetic_release_holds_copies_of_the_seed(release):
    seed = connect_release(PROJECT_ROOT / "outputs").execute("SELECT count(*) FROM events")
    per_copy = seed.fetchone()[0]
    events = connect_release(release).execute("SELECT count(*) FROM events").fetchone()[0]
    assert per_copy > 0 and events % per_copy == 0


@pytest.mark.parametrize("name", DERIVED_TABLES)
def test_each_derived_table_has_the_rows_its_view_returned(release, name):
    old = views_before(release)
    names = [d[0] for d in old.execute(f"SELECT * FROM {name} LIMIT 0").description]
    before = bag(old.execute(f"SELECT * FROM {name}").fetchall())
    after = connect_release(release).execute(f"SELECT {', '.join(names)} FROM {name}").fetchall()
    assert before and bag(after) == before


@pytest.mark.parametrize("number", [1, 2])
def test_the_readme_queries_give_the_same_rows_as_over_the_views(release, number):
    sql = README_QUERIES[number - 1]
    before = views_before(release).execute(sql).fetchall()
    after = connect_release(release).execute(sql).fetchall()
    assert before and bag(after) == bag(before)
    assert [row[1] for row in after] == [row[1] for row in before]  # date_start, depth: the order


def test_the_readme_timeline_query_gives_the_rows_the_old_join_gave(release):
    before = views_before(release).execute(QUERY_3_BEFORE).fetchall()
    after = connect_release(release).execute(README_QUERIES[2]).fetchall()
    assert before and after == before


def test_derived_tables_pass_their_models_checks(release):
    for name, table in derive_tables(release).items():
        check_derived(name, table)


def test_derived_tables_are_written_in_their_sort_order(release):
    con = connect_release(release)
    dates = [d for (d,) in con.execute("SELECT date_start FROM events_readable").fetchall()]
    known = [d for d in dates if d is not None]
    assert known == sorted(known) and dates[len(known) :] == [None] * (len(dates) - len(known))
    actors = [a for (a,) in con.execute("SELECT actor FROM actor_timeline").fetchall()]
    assert actors == sorted(actors)
