"""Files as they really arrive: other encodings, mojibake, NUL bytes, overlong lines, odd names
and a file far over the size limit. Each is read (or refused) with a status that says why, and
every offset still indexes the file as decoded with the encoding the document records."""

import tracemalloc

import ftfy.bad_codecs  # noqa: F401  (registers the sloppy-windows-1252 codec)
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows.ingest.folder import ingest, survey
from flows.ingest.formats.decode import decode_bytes
from flows.ingest.formats.mojibake import find_repairs
from flows.ingest.formats.read import read_view
from flows.normalise.lines import MAX_LINE_CHARS, cut_points, split_lines

TEXT = "Militants attacked the town of Ségou, Mali, on 3 May 2015 — “a massacre”, officials said."


@pytest.mark.parametrize(
    ("codec", "recorded"),
    [
        ("utf-8", "utf-8"),
        ("cp1252", "cp1252"),
        ("utf-16", "utf-16"),  # with its byte-order mark
        ("utf-16-le", "utf-16-le"),
        ("utf-16-be", "utf-16-be"),
    ],
)
def test_text_in_any_common_encoding_is_decoded_and_the_encoding_recorded(
    tmp_path, codec, recorded
):
    (tmp_path / "a.txt").write_bytes(TEXT.encode(codec))
    doc = ingest(tmp_path)[0]
    assert (doc.status, doc.encoding, doc.text) == ("ok", recorded, TEXT)
    assert (tmp_path / "a.txt").read_text(encoding=doc.encoding) == doc.text


def test_latin1_bytes_windows1252_leaves_undefined_are_read_as_latin1():
    decoded = decode_bytes("Algérie".encode("latin-1") + b"\x81")
    assert (decoded.status, decoded.encoding, decoded.text) == ("ok", "latin-1", "Algérie\x81")
    assert "not UTF-8 (byte 3" in decoded.warning


def test_binary_files_are_unreadable_and_blank_files_empty():
    assert decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00").status == "unreadable"
    assert decode_bytes(bytes(range(256)) * 8).status == "unreadable"
    assert decode_bytes("  \n ".encode("utf-16")).status == "empty"


def test_a_nul_byte_near_the_start_is_a_warning_not_a_binary_file(tmp_path):
    text = "Gunmen kidnapped two \x00aid workers in Niger on Monday, police said."
    (tmp_path / "a.txt").write_bytes(text.encode("utf-8"))
    doc = ingest(tmp_path)[0]
    assert doc.status == "ok" and doc.text == text and "NUL" in doc.warnings


def test_mojibake_is_repaired_in_the_view_and_the_offsets_keep_the_file(tmp_path):
    garbled = TEXT.encode("utf-8").decode("sloppy-windows-1252")  # as a careless tool reads it
    (tmp_path / "a.txt").write_text(garbled, encoding="utf-8")
    doc = ingest(tmp_path)[0]
    assert doc.text == garbled and len(doc.view) == len(garbled)
    assert doc.repairs >= 3 and "mojibake" in doc.warnings
    assert doc.view.replace("\u2060", "") == TEXT  # the words as the author wrote them


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_mojibake_repairs_never_lengthen_or_overlap(text):
    garbled = text.encode("utf-8").decode("latin-1")
    last = 0
    for start, end, fixed in find_repairs(garbled):
        assert last <= start < end <= len(garbled) and len(fixed) <= end - start
        last = end
    assert len(read_view(garbled, ".txt").view) == len(garbled)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_decode_without_error_into_text_or_a_reason(data):
    decoded = decode_bytes(data)
    assert (decoded.text is None) == (decoded.error is not None)
    if decoded.text is not None:
        assert data.decode(decoded.encoding) == decoded.text


def test_a_two_megabyte_line_is_cut_into_paragraphs_the_parser_can_read():
    sentence = "Gunmen attacked a convoy near Gao and officials said {} soldiers died. "
    line = "".join(sentence.format(i) for i in range(40_000))[:2_000_000]
    lines = split_lines(line)
    assert all(len(x.raw) <= MAX_LINE_CHARS for x in lines) and len(lines) >= 200
    assert all(x.raw.endswith("died.") for x in lines[:-1])  # cut at sentence ends
    assert all(line[x.start : x.end] == x.raw for x in lines)


def test_a_200000_character_sentence_is_cut_at_spaces_keeping_every_word():
    words = " ".join(f"w{i}" for i in range(40_000))[:200_000]
    lines = split_lines(words)
    assert max(len(x.raw) for x in lines) <= MAX_LINE_CHARS
    assert " ".join(x.raw for x in lines) == words


def test_odd_file_names_are_documents_under_their_own_names(tmp_path):
    for name in ("with space.txt", "Ségou été.txt", "-leading-dash.txt", "日本.md"):
        (tmp_path / name).write_text(f"{name}: gunmen attacked a base in 2013.\n", "utf-8")
    docs = {d.doc_id: d.status for d in ingest(tmp_path)}
    assert docs == {"with space": "ok", "Ségou été": "ok", "-leading-dash": "ok", "日本": "ok"}


def test_a_file_far_over_the_limit_is_hashed_in_bounded_memory(tmp_path, monkeypatch):
    monkeypatch.setenv("MILITANT_EVENTS_MAX_MB", "32")
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        for _ in range(50):
            handle.write(b"Militants attacked. " * 52_429)  # 1 MB a write, 50 MB in all
    (tmp_path / "small.txt").write_text("AQIM attacked a base in 2013.")
    tracemalloc.start()
    docs = {d.doc_id: d for d in survey(tmp_path).documents}
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert docs["big"].status == "too_large" and "--max-mb" in docs["big"].error
    assert docs["small"].status == "ok"
    assert peak < 8 * 1024 * 1024  # a few chunks of 1 MB, never the 50 MB file


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet='ab .!\u2019"', max_size=300), st.integers(min_value=1, max_value=40))
def test_cut_points_cover_the_line_in_parts_no_longer_than_the_limit(line, limit):
    bounds = [0, *cut_points(line, limit), len(line)]
    assert all(0 < b - a <= limit for a, b in zip(bounds, bounds[1:], strict=False)) or not line
