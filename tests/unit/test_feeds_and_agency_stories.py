"""Real formats the corpus lacks: an RSS feed (titles in CDATA, descriptions as escaped HTML)
and a news agency's SGML story (ids and date in elements)."""

from flows.ingest.formats import FILLER
from flows.ingest.formats.read import read_view
from flows.ingest.source import title_from_text
from tests.factories import read_paragraphs

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title><![CDATA[Ruritania Daily - World]]></title>
<generator>feedmaker</generator><language>en</language>
<item>
<title><![CDATA[ZLF fighters storm Zenda barracks]]></title>
<description>ZLF fighters stormed the barracks of Zenda on Monday, killing four guards.&lt;img src="http://example.com/pixel" height="1" width="1"/&gt;</description>
<pubDate>Tue, 03 Mar 2020 08:00:00 GMT</pubDate>
</item>
<item>
<title>Strelsau market reopens</title>
<description><![CDATA[<p>The market of Strelsau reopened on Tuesday.</p>]]></description>
</item>
</channel></rss>"""

AGENCY_STORY = """<DOC>
<DOCID> RUR_ENG_20200303.0001 </DOCID>
<DOCTYPE SOURCE="newswire"> NEWS STORY </DOCTYPE>
<DATETIME> 20200303 </DATETIME>
<BODY>
<HEADLINE>
Four guards killed in Zenda raid
</HEADLINE>
<TEXT>
ZENDA, Ruritania, March 3 (RNA)

ZLF fighters stormed the barracks of Zenda in
Monday's raid, officials said.
</TEXT>
</BODY>
</DOC>
"""


def test_a_feed_keeps_its_cdata_titles_and_descriptions_apart():
    found = read_paragraphs(FEED, ".xml")
    assert "ZLF fighters storm Zenda barracks" in found
    assert "The market of Strelsau reopened on Tuesday." in found
    assert "Strelsau market reopens" in found


def test_a_feeds_escaped_tags_are_no_words_and_its_furniture_no_prose():
    found = read_paragraphs(FEED, ".xml")
    assert "ZLF fighters stormed the barracks of Zenda on Monday, killing four guards." in found
    assert not any("<img" in p or "feedmaker" in p for p in found)


def test_an_agency_story_is_dated_and_titled_by_its_elements():
    read = read_view(AGENCY_STORY, ".sgm")
    assert read.metadata["published"] == "2020-03-03"
    assert read.metadata["title"] == "Four guards killed in Zenda raid"
    found = read_paragraphs(AGENCY_STORY, ".sgm")
    assert not any("RUR_ENG" in p or "20200303" in p or "NEWS STORY" in p for p in found)
    assert "Four guards killed in Zenda raid" in found


def test_a_title_is_never_blanked_markup():
    assert title_from_text(FILLER * 5 + "\n  Zenda raid\n") == "Zenda raid"


def test_a_short_agency_story_is_read_as_markup_whatever_its_name():
    story = (
        "<DOC>\n<DOCNO> RUR-0001 </DOCNO>\n<TEXT>\nZLF fighters raided Zenda.\n</TEXT>\n</DOC>\n"
    )
    read = read_view(story, ".txt")
    assert read.format == "html"
    assert read_paragraphs(story, ".txt") == ["ZLF fighters raided Zenda."]
