"""Markup a page flattened into one line, and a press release's dateline: neither runs into
the sentence after it."""

from tests.factories import read_paragraphs

FLATTENED_RELEASE = (
    "*(Archived Content)* \u00a0 *Ministry Targets the Zenda Front* * *\u00a0* "
    "**Strelsau** – The Ruritanian Ministry of the Interior today banned the Zenda Liberation "
    "Front.\n"
)


def test_a_break_inside_a_flattened_line_ends_the_words_before_it():
    # a page's <hr> flattened into "* * *" on one Markdown line: the subtitle before it is no
    # part of the dateline's sentence, and the emphasis does not run across it
    found = read_paragraphs(FLATTENED_RELEASE, ".md")
    sentence = "The Ruritanian Ministry of the Interior today banned the Zenda Liberation Front."
    assert sentence in found
    assert not any("*" in p for p in found)


def test_a_title_case_dateline_leaves_the_sentence():
    found = read_paragraphs("Strelsau, Ruritania — The ZLF bombed a bridge in Zenda.\n", ".txt")
    assert found == ["The ZLF bombed a bridge in Zenda."]
    kept = read_paragraphs("Zenda Front – a group formed in 2009 – bombed a bridge.\n", ".txt")
    assert kept == ["Zenda Front – a group formed in 2009 – bombed a bridge."]


def test_a_news_corpus_dateline_with_two_spaces_before_its_dashes_leaves_the_sentence():
    found = read_paragraphs(
        "ZENDA, Ruritania (CNN)  -- The ZLF bombed a bridge in Zenda.\n", ".txt"
    )
    assert found == ["The ZLF bombed a bridge in Zenda."]


HUGO_PAGE = """+++
title = "The case of the Zenda Liberation Front"
+++

{{< figure src="/images/court.jpg" caption="The court in Strelsau" >}}

{{% notice info %}}
This summary is updated as the case goes on.
{{% /notice %}}

On 4 April 2016 the ZLF's commander was arrested in Strelsau.
{{< youtube id="abc123" >}}
{% include related.html %} The ZLF attacked a camp near Zenda on 12 June 2014.
"""


def test_site_generator_template_tags_are_no_words():
    # Hugo shortcodes and Liquid tags neither show in the prose nor glue lines together
    assert read_paragraphs(HUGO_PAGE, ".md") == [
        "This summary is updated as the case goes on.",
        "On 4 April 2016 the ZLF's commander was arrested in Strelsau.",
        "The ZLF attacked a camp near Zenda on 12 June 2014.",
    ]


MDX_PAGE = """---
title: "Zenda under siege"
---
import Figure from '../../components/Figure.astro';
export const meta = { author: "R. Rassendyll" };

<Figure src="/img/zenda.jpg" alt="Zenda" />

The ZLF attacked a police post in Zenda on 3 May 2023, killing four officers.
"""


def test_an_mdx_page_s_module_lines_and_components_are_no_words():
    assert read_paragraphs(MDX_PAGE, ".mdx") == [
        "The ZLF attacked a police post in Zenda on 3 May 2023, killing four officers."
    ]
    prose = "Import duties rose in 2014.\n\nExports fell after the ZLF attacked Zenda.\n"
    assert read_paragraphs(prose, ".md") == [
        "Import duties rose in 2014.",
        "Exports fell after the ZLF attacked Zenda.",
    ]
