"""A news digest's dated list items: each is a story of the day its address gives."""

from __future__ import annotations

from datetime import date

from flows.ingest.formats.dated_items import dated_items
from flows.ingest.formats.read import read_view

DIGEST = """### [2012-08-4](/news/2012/08/4/index.md)

# Ansar Dine denies a role in a grenade attack on a market.

Ansar Dine denied on Friday it had a role in a grenade attack on a market in Mopti last week.

### Related:

1. [Gunmen attack a bus station in the Burkina Faso town of Djibo, killing 9 people. ](/news/2017/04/09/gunmen-attack-a-bus-station.md) _Context: al-Qaeda_
2. [AQIM claims responsibility for yesterday's attack on an army post in Tessalit that killed four soldiers. ](/news/2017/03/18/aqim-claims.md) _Context: al-Qaeda_
"""


def test_items_are_dated_by_their_address_and_run_to_the_next_item():
    items = dated_items(DIGEST)
    assert [i.day for i in items] == [date(2017, 4, 9), date(2017, 3, 18)]
    assert DIGEST[items[0].start : items[0].end].startswith("1. [Gunmen")
    assert DIGEST[items[0].start : items[0].end].rstrip().endswith("_Context: al-Qaeda_")


def test_a_link_in_prose_or_an_undated_address_is_no_item():
    assert dated_items("Read [the story](/news/2016/03/13/x.md) here.") == []
    assert dated_items("1. [Gunmen attack a hotel](https://example.org/story.md)") == []


def test_a_digest_item_is_a_story_of_its_own_day(source_events):
    events = source_events(DIGEST, date(2012, 8, 4), "day", ".md")
    dated = {
        (ev.date or ev.narrative_date).start
        for ev in events
        if (ev.date or ev.narrative_date) is not None
    }
    # undated: the item's day; "yesterday's attack": the day before the item's, not the page's
    assert {date(2017, 4, 9), date(2017, 3, 17)} <= dated
    assert not any(d.year == 2012 and d.month == 8 and d.day > 4 for d in dated)


def test_an_item_whose_words_hold_an_editors_brackets_is_still_dated():
    item = '1. [They shouted "Leave [the] town now". ](/news/2016/03/13/gunmen.md) _Context: x_'
    assert [i.day for i in dated_items(item)] == [date(2016, 3, 13)]
    # the link's markup leaves the prose; the editor's brackets stay in it
    view = read_view(item + "\n", ".md")
    assert "[They" not in view.view and "[the]" in view.view
