"""Format readers: markup blanked in a same-length view, so every offset is a raw-file offset."""

from hypothesis import given, settings
from hypothesis import strategies as st

from flows.ingest.formats import FILLER, quote_from_view
from flows.ingest.formats.mojibake import find_repairs
from flows.ingest.formats.read import detect_format, read_view

POST = """---
title: "Seven soldiers killed in Burkina Faso"
date: 2019-12-25 10:00:00 +0000
author: AFP
---
# Seven soldiers killed

Seven [soldiers](https://example.com/a "x") were killed in <b>Arbinda</b>, Belmokhtar&#8217;s men said.

```
print("not prose")
```
![a photo](photo.jpg)

[1]: https://example.com/ref
"""

PAGE = """<!DOCTYPE html><html><head><title>Niger ambush | News</title>
<meta property="article:published_time" content="2019-05-21T10:00:00Z">
<meta name="author" content="BBC">
<script>var attack = "not prose";</script></head>
<body><nav>Home | Attack news | World</nav>
<article><h1>Niger ambush</h1>
<p>Militants killed 28 soldiers near Mali&rsquo;s border on Tuesday.</p>
<p>The attack was <a href="/is">claimed</a> by IS&nbsp;fighters.</p></article>
<footer>Copyright &copy; attack.com</footer></body></html>"""


def visible(view: str) -> str:
    return " ".join(view.replace(FILLER, "").split())


def test_front_matter_is_metadata_and_not_prose():
    read = read_view(POST, ".md")
    assert read.format == "markdown" and len(read.view) == len(POST)
    assert read.metadata == {
        "title": "Seven soldiers killed in Burkina Faso",
        "published": "2019-12-25 10:00:00 +0000",
        "authors": ["AFP"],
    }
    text = visible(read.view)
    assert "title:" not in text and "print(" not in text and "photo" not in text
    assert "https" not in text and "#" not in text
    assert "Seven soldiers were killed in Arbinda, Belmokhtar’s men said." in text


def test_html_keeps_the_article_and_drops_scripts_navigation_and_furniture():
    read = read_view(PAGE, ".html")
    assert read.format == "html" and len(read.view) == len(PAGE)
    text = visible(read.view)
    assert "Militants killed 28 soldiers near Mali’s border on Tuesday." in text
    assert "The attack was claimed by IS fighters." in text
    assert "not prose" not in text and "Home" not in text and "Copyright" not in text
    assert read.metadata["published"].startswith("2019-05-21")
    assert read.metadata["authors"] == ["BBC"] and read.metadata["title"] == "Niger ambush | News"


def test_blocks_become_paragraph_breaks():
    read = read_view(PAGE, ".html")
    lines = [line.strip() for line in read.view.replace(FILLER, "").split("\n\n")]
    assert any(line.startswith("Militants killed") for line in lines)


def test_a_quote_is_the_words_a_reader_sees_at_raw_offsets():
    read = read_view(PAGE, ".html")
    start = PAGE.index("The attack")
    end = PAGE.index("fighters.") + len("fighters.")
    assert quote_from_view(read.view, start, end) == "The attack was claimed by IS fighters."


def test_story_highlights_are_summary_not_body():
    story = "Gunmen killed five people in Mogadishu on Monday.\n\n@highlight\n\nFive killed\n"
    read = read_view(story, ".story")
    assert "Five killed" not in read.view and "Gunmen killed five" in read.view


def test_scraped_text_holding_markup_is_read_as_what_it_holds():
    assert detect_format(PAGE, ".txt") == "html"
    assert detect_format(POST, ".txt") == "markdown"
    assert detect_format("Gunmen attacked a base in 2013.", ".txt") == "plain"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400), st.sampled_from([".md", ".html", ".story", ".txt"]))
def test_any_input_gives_a_view_of_the_same_length_without_error(text, suffix):
    read = read_view(text, suffix)
    assert len(read.view) == len(text)
    repaired = {i for start, end, _ in find_repairs(text) for i in range(start, end)}
    # every character the view keeps is the raw character, a decoded entity's first char or
    # part of a mojibake repair
    for i, (raw_ch, view_ch) in enumerate(zip(text, read.view, strict=True)):
        assert (
            view_ch in (raw_ch, " ", FILLER, "\n")
            or raw_ch == "&"
            or view_ch.strip() == ""
            or i in repaired
        )


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "<p>",
                "</p>",
                "<b>",
                "&amp;",
                "&#8217;",
                "word",
                " ",
                "\n",
                "<script>x</script>",
                "[a](b)",
                "---\n",
                "# ",
            ]
        ),
        max_size=40,
    )
)
def test_markup_soup_keeps_offsets(parts):
    text = "".join(parts)
    for suffix in (".md", ".html"):
        assert len(read_view(text, suffix).view) == len(text)


def test_toml_front_matter_is_metadata_too():
    post = '+++\ntitle = "Raid in Gao"\ndate = 2015-06-15\nauthors = ["Jane Roe"]\n+++\n\nBody.\n'
    read = read_view(post, ".md")
    assert read.metadata == {
        "title": "Raid in Gao",
        "published": "2015-06-15",
        "authors": ["Jane Roe"],
    }
    assert "Raid" not in read.view and read.view.endswith("Body.\n")


def test_emphasis_and_code_marks_are_not_words():
    post = (
        "On 14 March, **soldiers** arrested *twelve* `suspects` in __Diffa__; snake_case stays.\n"
    )
    view = read_view(post, ".md").view
    assert quote_from_view(view, 0, len(view)) == (
        "On 14 March, soldiers arrested twelve suspects in Diffa; snake_case stays."
    )


def test_a_run_of_footnote_markers_is_not_a_reference_link():
    """'[12][13]' after an encyclopedia's sentence stays markers (the normaliser drops them),
    not a link whose words are '12' glued to the next sentence; a real reference link keeps
    its words."""
    post = (
        "The column advanced, aiming for Jilib.[12][13] In late May 2014, troops arrived.\n\n"
        "See [the report][3] for more.\n"
    )
    view = read_view(post, ".md").view
    text = quote_from_view(view, 0, len(view))
    assert "Jilib.[12][13] In late May 2014" in text
    assert "See the report for more." in text
