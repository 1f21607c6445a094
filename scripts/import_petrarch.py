"""Import PETRARCH2's curated dictionaries (actors, agents, verb patterns) with their provenance.

Reads the five dictionary files of openeventdata/petrarch2 from a git directory (at a given
commit) or from a folder, parses their formats as PETRARCH2's reader does, and writes compact
YAML data files to dictionaries/petrarch/ (actors.yaml, agents.yaml, verbs.yaml) plus
PROVENANCE.md. Only data is imported, never code. The output is a pure function of the input
bytes and the options: same input, byte-identical files.

Usage:
    git clone https://github.com/openeventdata/petrarch2 /tmp/petrarch2
    .venv/bin/python -m scripts.import_petrarch /tmp/petrarch2/.git \\
        --commit 676801cd9cb2924bbbad09f86d15c9323e7097bf --retrieved 2026-12-02
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from importlib import metadata
from pathlib import Path
from typing import Any

import pycountry
import yaml

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = PROJECT_ROOT / "dictionaries" / "petrarch"
REPOSITORY = "https://github.com/openeventdata/petrarch2"
FORMAT_VERSION = 1

# Source file name -> the `kind` its actors get (which Phoenix dictionary they came from).
ACTOR_FILES = {
    "Phoenix.Countries.actors.txt": "state",
    "Phoenix.International.actors.txt": "international",
    "Phoenix.MilNonState.actors.txt": "nonstate_military",
}
AGENT_FILE = "Phoenix.agents.txt"
VERB_FILE = "CAMEO.2.0.txt"
SOURCE_FILES = (*ACTOR_FILES, AGENT_FILE, VERB_FILE)

_BRACKETS = re.compile(r"\[([^\]]*)\]")
_CODE = re.compile(r"[A-Z0-9]+")
_VERB_HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")


class SourceError(ValueError):
    """The source could not be read or a file is malformed beyond what the importer tolerates."""


@dataclass(frozen=True)
class SourceFile:
    """One dictionary file as read: its path in the repository, text and git blob sha."""

    path: str
    text: str
    blob: str


@dataclass
class Notes:
    """Oddities found while parsing, each with file and line, written to PROVENANCE.md."""

    items: list[str] = field(default_factory=list)

    def add(self, where: str, message: str) -> None:
        self.items.append(f"{where}: {message}")


# ---------------------------------------------------------------- reading the source


def git_blob_sha(data: bytes) -> str:
    """The sha1 git gives these bytes as a blob, so a folder copy can be checked against git.

    >>> git_blob_sha(b"")
    'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391'
    """
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


def _git(git_dir: Path, *args: str) -> bytes:
    done = subprocess.run(["git", "--git-dir", str(git_dir), *args], capture_output=True)
    if done.returncode != 0:
        raise SourceError(f"git {' '.join(args)} failed in {git_dir}: {done.stderr.decode()}")
    return done.stdout


def _decode(data: bytes, path: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise SourceError(f"{path}: not UTF-8 at byte {err.start}; re-encode it") from err


def read_git_source(git_dir: Path, commit: str) -> tuple[str, dict[str, SourceFile], str]:
    """The full commit sha, the wanted files (by file name) and LICENSE text from a git dir."""
    sha = _git(git_dir, "rev-parse", f"{commit}^{{commit}}").decode().strip()
    paths = _git(git_dir, "ls-tree", "-r", "--name-only", sha).decode().splitlines()
    files: dict[str, SourceFile] = {}
    for name in SOURCE_FILES:
        found = sorted(p for p in paths if p.rsplit("/", 1)[-1] == name)
        if not found:
            raise SourceError(f"{name} is not in {git_dir} at {sha}")
        data = _git(git_dir, "show", f"{sha}:{found[0]}")
        files[name] = SourceFile(found[0], _decode(data, found[0]), git_blob_sha(data))
    return sha, files, _decode(_git(git_dir, "show", f"{sha}:LICENSE"), "LICENSE")


def read_folder_source(folder: Path) -> tuple[dict[str, SourceFile], str]:
    """The wanted files (searched below `folder`) and the LICENSE text found at or above it."""
    files: dict[str, SourceFile] = {}
    for name in SOURCE_FILES:
        found = sorted(folder.rglob(name))
        if not found:
            raise SourceError(f"{name} is not under {folder}")
        data = found[0].read_bytes()
        rel = found[0].relative_to(folder).as_posix()
        files[name] = SourceFile(rel, _decode(data, rel), git_blob_sha(data))
    for parent in (folder, *folder.parents):
        if (parent / "LICENSE").is_file():
            return files, (parent / "LICENSE").read_text(encoding="utf-8")
    raise SourceError(f"no LICENSE file at or above {folder}: the licence must be recorded")


def copyright_line(text: str, licence_text: str) -> str:
    """The first 'Copyright (c) ...' line of a file's header, else the repository LICENSE's."""
    for source, label in ((text, ""), (licence_text, " (repository LICENSE)")):
        for line in source.splitlines()[:80]:
            found = re.search(r"Copyright \(c\).*", line)
            if found:
                return found.group(0).strip() + label
    return "no copyright line found"


# ---------------------------------------------------------------- shared helpers


def strip_comment(line: str) -> str:
    """A line without its '#' comment, as PETRARCH2 reads it (no '#' occurs inside data).

    >>> strip_comment("MILITANT [~UAF] # ab 2005")
    'MILITANT [~UAF] '
    """
    return line.split("#", 1)[0]


def normalise_phrase(raw: str) -> str:
    """A dictionary phrase with '_' as blanks, spaces collapsed, control characters marked.

    PETRARCH2 reads '_' and ' ' alike (the TABARI meaning of a trailing '_', "no stemming", is
    not implemented), so both become one space. A control character (a lost accent in the
    source) becomes U+FFFD, which matches no text.

    >>> normalise_phrase("HAMID_KARZAI_ ")
    'HAMID KARZAI'
    """
    text = "".join(
        "\ufffd" if unicodedata.category(c) == "Cc" and not c.isspace() else c for c in raw
    )
    return " ".join(text.replace("_", " ").split())


def regular_plural(phrase: str) -> str:
    """PETRARCH's regular plural of a noun phrase's last word (Y -> IES, S -> ES, else +S).

    One deliberate fix: a vowel before the Y takes a plain S (ENVOYS, not PETRARCH's ENVOIES).

    >>> [regular_plural(w) for w in ("ARMY", "ENVOY", "BOSS", "TROOP")]
    ['ARMIES', 'ENVOYS', 'BOSSES', 'TROOPS']
    """
    if phrase.endswith("Y") and phrase[-2:-1] not in ("A", "E", "I", "O", "U"):
        return phrase[:-1] + "IES"
    if phrase.endswith("S"):
        return phrase + "ES"
    return phrase + "S"


def cameo_root(code: str | None) -> str | None:
    """The two-digit CAMEO root of an event code.

    >>> cameo_root("0344"), cameo_root("190"), cameo_root(None)
    ('03', '19', None)
    """
    return code[:2] if code else None


# ---------------------------------------------------------------- actors


def parse_petrarch_date(raw: str) -> date:
    """A PETRARCH date, read as its reader does: more than 7 digits -> YYYYMMDD from the first 8,
    else YYMMDD from the first 6, with YY 00-30 -> 20YY and 31-99 -> 19YY.

    >>> parse_petrarch_date("331108"), parse_petrarch_date("20150529")
    (datetime.date(1933, 11, 8), datetime.date(2015, 5, 29))
    """
    if not raw.isdigit() or len(raw) < 6:
        raise ValueError(f"date {raw!r} is not YYMMDD or YYYYMMDD")
    if len(raw) > 7:
        return date(int(raw[:4]), int(raw[4:6]), int(raw[6:8]))
    year = int(raw[:2])
    return date(year + (2000 if year <= 30 else 1900), int(raw[2:4]), int(raw[4:6]))


def _bound(raw: str, where: str, notes: Notes) -> str:
    if len(raw) not in (6, 8):
        read = parse_petrarch_date(raw).isoformat()
        notes.add(where, f"date {raw!r} has {len(raw)} digits; read as PETRARCH2 does: {read}")
    return parse_petrarch_date(raw).isoformat()


def parse_code_restriction(text: str, where: str, notes: Notes) -> dict[str, Any] | None:
    """One `[CODE restriction]` of an actor: {code, start?, end?}, a half-open [start, end).

    PETRARCH2 applies `>d` as date >= d, `<d` as date < d and `d1-d2` as d1 <= date < d2; `---`
    is the null code. A bare date (undocumented) is read as a start, as PETRARCH2's comparison
    does. Returns None, with a note, when the restriction cannot be read.
    """
    tokens = text.split()
    if not tokens:
        notes.add(where, "empty code brackets skipped")
        return None
    code = None if tokens[0] == "---" else tokens[0]
    if code is not None and not _CODE.fullmatch(code):
        notes.add(where, f"code {code!r} has characters other than A-Z and 0-9")
    entry: dict[str, Any] = {"code": code}
    restriction = "".join(tokens[1:])
    try:
        if restriction.startswith("<"):
            entry["end"] = _bound(restriction[1:], where, notes)
        elif restriction.startswith(">"):
            entry["start"] = _bound(restriction[1:], where, notes)
        elif "-" in restriction:
            first, _, last = restriction.partition("-")
            entry["start"] = _bound(first, where, notes)
            entry["end"] = _bound(last, where, notes)
        elif restriction:
            entry["start"] = _bound(restriction, where, notes)
            notes.add(where, f"bare date {restriction!r} without < > or -: read as a start")
    except ValueError as err:
        notes.add(where, f"[{text}] skipped: {err}")
        return None
    if entry.get("start") and entry.get("end") and entry["start"] >= entry["end"]:
        notes.add(where, f"[{text}] starts on or after its end: it never applies")
    return entry


def _codes_in(text: str, where: str, notes: Notes) -> list[dict[str, Any]]:
    found = (parse_code_restriction(m, where, notes) for m in _BRACKETS.findall(text))
    return [entry for entry in found if entry is not None]


def parse_actor_file(text: str, name: str, kind: str, notes: Notes) -> list[dict[str, Any]]:
    """Actor records: a primary phrase, `+` synonym lines, then tab-indented `[code dates]` lines.

    Codes keep their file order: PETRARCH2 takes the first whose dates cover the sentence date.
    """
    actors: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        content = strip_comment(raw).strip()
        if not content:
            continue
        where = f"{name}:{number}"
        phrase = normalise_phrase(content.lstrip("+").split("[", 1)[0])
        if "\ufffd" in phrase:
            notes.add(where, f"unreadable character (a lost accent) in {raw.strip()!r}: U+FFFD")
        if content.startswith("[") or content.startswith("+"):
            if current is None:
                notes.add(where, "code or synonym line before any actor skipped")
                continue
            if content.startswith("+") and phrase:
                current["synonyms"].append(phrase)
            current["codes"].extend(_codes_in(content, where, notes))
            continue
        current = {"name": phrase, "synonyms": [], "codes": [], "kind": kind, "line": number}
        current["codes"].extend(_codes_in(content, where, notes))
        actors.append(current)
    return actors


def load_country_table(path: Path) -> dict[str, str | None]:
    """CAMEO prefixes that are not ISO alpha-3 -> ISO alpha-2 or None (cameo_countries.yaml)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return dict(data["non_iso"])


def country_of(codes: list[dict[str, Any]], table: dict[str, str | None]) -> str | None:
    """The one ISO alpha-2 country the codes' prefixes name, or None if none or several."""
    countries: set[str] = set()
    for entry in codes:
        prefix = (entry["code"] or "")[:3]
        if prefix in table:
            country = table[prefix]
        else:
            found = pycountry.countries.get(alpha_3=prefix) if len(prefix) == 3 else None
            country = found.alpha_2 if found else None
        if country:
            countries.add(country)
    return countries.pop() if len(countries) == 1 else None


def finish_actor(actor: dict[str, Any], table: dict[str, str | None]) -> dict[str, Any]:
    """The output record: synonyms sorted, unique, without the name; country derived; empty
    synonyms and an underivable country left out."""
    record: dict[str, Any] = {"name": actor["name"]}
    synonyms = sorted(set(actor["synonyms"]) - {actor["name"]})
    record |= {"synonyms": synonyms} if synonyms else {}
    record["codes"] = actor["codes"]
    country = country_of(actor["codes"], table)
    record |= {"country": country} if country else {}
    return record | {"kind": actor["kind"], "line": actor["line"]}


# ---------------------------------------------------------------- agents


def _agent_code(text: str) -> tuple[str, str] | None:
    if text.startswith("~") and _CODE.fullmatch(text[1:]):
        return text[1:], "after"
    if text.endswith("~") and _CODE.fullmatch(text[:-1]):
        return text[:-1], "before"
    return None


def _expand_markers(phrase: str, markers: dict[str, list[str]]) -> list[str] | None:
    head, _, rest = phrase.partition("!")
    marker, _, tail = rest.partition("!")
    if marker not in markers:
        return None
    return [head + item + tail for item in markers[marker]]


def parse_agent_file(text: str, name: str, notes: Notes) -> list[dict[str, Any]]:
    """Agent records `PHRASE {plural} [~CODE]`, with `!MARKER! = A, B` substitution sets.

    `~CODE` is appended after an actor's code (troops -> ...MIL), `CODE~` put before it. Without
    `{...}` a regular plural is made; `{}` means none; marker expansions get no plural.
    """
    agents: list[dict[str, Any]] = []
    markers: dict[str, list[str]] = {}
    for number, raw in enumerate(text.splitlines(), 1):
        content = strip_comment(raw).strip()
        where = f"{name}:{number}"
        if not content:
            continue
        if "!" in content and "=" in content:
            marker, _, items = content.partition("=")
            markers[marker.strip().strip("!")] = [i.strip() for i in items.split(",")]
            continue
        phrase_part, _, rest = content.partition("[")
        code = _agent_code(rest.partition("]")[0].strip())
        if code is None:
            notes.add(where, f"no agent code like [~MIL] or [NGO~] in {content!r}; skipped")
            continue
        phrase, _, brace = phrase_part.partition("{")
        if brace and "}" not in brace:
            notes.add(where, f"missing '}}' in {content!r}; skipped")
            continue
        if "!" in phrase:
            expanded = _expand_markers(phrase.strip(), markers)
            if expanded is None:
                notes.add(where, f"undefined substitution marker in {content!r}; skipped")
                continue
            forms = [(normalise_phrase(p), []) for p in expanded]
        elif brace:
            plural = normalise_phrase(brace.partition("}")[0])
            forms = [(normalise_phrase(phrase), [plural] if plural else [])]
        else:
            forms = [(normalise_phrase(phrase), [regular_plural(normalise_phrase(phrase))])]
        for singular, plurals in forms:
            agents.append(
                {"phrase": singular, "plurals": plurals, "code": code[0], "attach": code[1]}
                | {"line": number}
            )
    return agents


def note_agent_conflicts(agents: list[dict[str, Any]], name: str, notes: Notes) -> None:
    """Note forms given different codes: PETRARCH2 keeps the later line's code."""
    seen: dict[str, dict[str, Any]] = {}
    for agent in sorted(agents, key=lambda a: a["line"]):
        for form in (agent["phrase"], *agent["plurals"]):
            earlier = seen.get(form)
            if earlier and (earlier["code"], earlier["attach"]) != (agent["code"], agent["attach"]):
                notes.add(
                    f"{name}:{agent['line']}",
                    f"{form!r} recoded from {earlier['code']} (line {earlier['line']}) to "
                    f"{agent['code']}; the later line wins, as in PETRARCH2",
                )
            seen[form] = agent


# ---------------------------------------------------------------- verbs


def parse_event_code(text: str, where: str, notes: Notes) -> tuple[str | None, str | None]:
    """A verb code `[042]`, `[042:043]` (active:passive), `[:173]` or `[---]` -> (code, passive).

    >>> parse_event_code("042:043", "x", Notes())
    ('042', '043')
    """
    parts = []
    for part in text.strip().partition(":")[::2]:
        digits = re.sub(r"[^0-9]", "", part)
        if part.strip() not in ("", "---") and digits != part.strip():
            notes.add(where, f"code {text!r} has stray characters; read as {digits}")
        parts.append(digits or None)
    return parts[0], parts[1]


def _verb_phrase(token: str) -> tuple[str, str | None]:
    """`+ASK_FOR` -> ('ASK FOR', 'ASK'); `WIRE_+TAP` -> ('WIRE TAP', 'TAP'); `ASK` -> ('ASK', None)."""
    words = token.split("_")
    marked = [w[1:] for w in words if w.startswith("+")]
    phrase = normalise_phrase(token.replace("+", ""))
    return phrase, (marked[0] if marked and len(words) > 1 else None)


def parse_verb_line(content: str, block_code: str | None, where: str, notes: Notes) -> dict:
    """A verb of a block: `VERB {irregular forms} [own code]`; without `{}` forms are regular."""
    entry: dict[str, Any] = {}
    code = block_code
    own = re.search(r"\[([^\]]*)\]\s*$", content)
    if own:
        code = parse_event_code(own.group(1), where, notes)[0]
        content = content[: own.start()]
    forms = re.search(r"\{([^}]*)\}", content)
    words = re.sub(r"\{[^}]*\}", " ", content).split()
    if len(words) != 1:
        notes.add(where, f"verb line {content.strip()!r} has {len(words)} words outside {{}}")
    entry["verb"], head = _verb_phrase(words[0])
    if head:
        entry["head"] = head
    if forms:
        entry["forms"] = [_verb_phrase(f)[0] for f in forms.group(1).split()]
    return entry | {"code": code, "root": cameo_root(code)}


def parse_pattern_line(content: str, where: str, notes: Notes) -> dict[str, Any] | None:
    """A pattern `- NOUNS (PREP NOUN) * NOUNS (PREP ...) [code]` of the current block."""
    found = list(_BRACKETS.finditer(content))
    if not found or "*" not in content[: found[-1].start()]:
        notes.add(where, f"pattern {content.strip()!r} has no '*' or no [code]; skipped")
        return None
    code, passive = parse_event_code(found[-1].group(1), where, notes)
    entry: dict[str, Any] = {"pattern": " ".join(content[1 : found[-1].start()].split())}
    entry |= {"code": code, "root": cameo_root(code)}
    return entry | ({"passive": passive} if passive else {})


def synset_forms(label: str, members: list[str]) -> list[str]:
    """A synset's members with their regular plurals, as PETRARCH2 expands them: no plural for a
    member or label ending in '_' or for a multi-word member."""
    forms: set[str] = set()
    for member in members:
        phrase = normalise_phrase(member)
        forms.add(phrase)
        if not (label.endswith("_") or member.endswith("_") or " " in phrase):
            forms.add(regular_plural(phrase))
    return sorted(forms)


def parse_verb_file(text: str, name: str, notes: Notes) -> dict[str, Any]:
    """Synsets (`&LABEL` + `+member` lines), verb blocks (`--- NAME [code] ---`, verb lines,
    `- ... [code]` patterns) and transformations (`~ rule = result`)."""
    synsets: dict[str, dict[str, Any]] = {}
    blocks: list[dict[str, Any]] = []
    transformations: list[dict[str, Any]] = []
    section, label = "synsets", ""
    for number, raw in enumerate(text.splitlines(), 1):
        where = f"{name}:{number}"
        if raw.startswith("####### VERB PATTERNS"):
            section = "verbs"
        content = strip_comment(raw).rstrip()
        if not content.strip():
            continue
        if section == "synsets" and content.startswith("&"):
            label = content.strip()
            synsets[label] = {"name": label, "members": [], "line": number}
        elif section == "synsets" and content.startswith("+"):
            synsets[label]["members"].append(content.strip()[1:])
        elif content.startswith("~"):
            rule, _, result = content[1:].partition("=")
            entry = {"rule": " ".join(rule.split()), "result": " ".join(result.split())}
            transformations.append(entry | {"line": number})
        elif header := _VERB_HEADER.match(content):
            code, _ = parse_event_code(header.group(2), where, notes)
            block = {"block": header.group(1), "code": code, "root": cameo_root(code)}
            blocks.append(block | {"line": number, "verbs": [], "patterns": []})
        elif section != "verbs" or not blocks:
            notes.add(where, f"line {content.strip()!r} outside any synset or verb block")
        elif content.startswith("-"):
            pattern = parse_pattern_line(content, where, notes)
            if pattern:
                blocks[-1]["patterns"].append(pattern | {"line": number})
        else:
            verb = parse_verb_line(content.strip(), blocks[-1]["code"], where, notes)
            blocks[-1]["verbs"].append(verb | {"line": number})
    used = set(re.findall(r"&[A-Z0-9_]+", text.split("####### VERB PATTERNS", 1)[-1]))
    for missing in sorted(used - set(synsets)):
        notes.add(name, f"synset {missing} is used in patterns but never defined")
    sets = [
        {"name": s["name"], "forms": synset_forms(s["name"], s["members"]), "line": s["line"]}
        for s in synsets.values()
    ]
    return {"synsets": sets, "blocks": blocks, "transformations": transformations}


# ---------------------------------------------------------------- writing


def flow(value: Any) -> str:
    """A value as one line of YAML flow style (JSON syntax, which YAML reads; every string is
    quoted, so NO, ON or 1e5 stay strings)."""
    return json.dumps(value, ensure_ascii=False)


def yaml_list(key: str, items: list[Any], indent: str = "") -> list[str]:
    """`key:` then one `- {...}` flow line per item (short lines, readable diffs)."""
    if not items:
        return [f"{indent}{key}: []"]
    return [f"{indent}{key}:", *(f"{indent}- {flow(item)}" for item in items)]


@dataclass(frozen=True)
class Provenance:
    """Where the import came from; written in every output file."""

    repository: str
    commit: str
    retrieved: str
    licence_text: str
    files: dict[str, SourceFile]
    country_inputs: str = ""  # the country table's sha256 and pycountry's version

    def command(self) -> str:
        return (
            f"git clone {self.repository} /tmp/petrarch2 && .venv/bin/python -m "
            f"scripts.import_petrarch /tmp/petrarch2/.git --commit {self.commit} "
            f"--retrieved {self.retrieved}"
        )

    def header(self, title: str, names: list[str], fmt: list[str]) -> list[str]:
        lines = [f"# {title}", "# GENERATED by scripts/import_petrarch.py: do not edit by hand;"]
        lines += ["# change the importer (or the source) and regenerate. See PROVENANCE.md."]
        lines += [f"# Source: {self.repository} at commit {self.commit}"]
        for name in names:
            source = self.files[name]
            lines += [f"#   {source.path} (git blob {source.blob})"]
            lines += [f"#     MIT licence, {copyright_line(source.text, self.licence_text)}"]
        lines += [f"# Retrieved: {self.retrieved}", f"# Regenerate: {self.command()}"]
        lines += ["#", *(f"# {line}" if line else "#" for line in fmt)]
        return lines

    def record(self, names: list[str]) -> list[str]:
        files = [{"path": self.files[n].path, "blob": self.files[n].blob} for n in names]
        source = {"repository": self.repository, "commit": self.commit, "licence": "MIT"}
        source |= {"retrieved": self.retrieved, "files": files}
        return [f"format_version: {FORMAT_VERSION}", f"source: {flow(source)}"]


ACTORS_FORMAT = [
    "One entry per PETRARCH actor record, sorted by name. name: the primary phrase ('_' read as",
    "a blank, as PETRARCH2 does); synonyms: the '+' phrases, sorted (absent = none); codes: CAMEO",
    "actor codes IN SOURCE ORDER with half-open date bounds [start, end) (ISO dates; absent =",
    "unbounded; code null = PETRARCH's null code '---'); country: ISO 3166-1 alpha-2 when the",
    "codes' prefixes name one country (cameo_countries.yaml, then pycountry; absent = none);",
    "kind: the source dictionary (state = Phoenix.Countries, international =",
    "Phoenix.International, nonstate_military = Phoenix.MilNonState), not the actor's own type;",
    "line: its line in that file. A date applies to the first code whose bounds hold it, else",
    "to the first undated code (flows/knowledge/petrarch/dictionary.py, PetrarchActor.code_on).",
]
AGENTS_FORMAT = [
    "One entry per agent phrase, sorted. phrase and plurals are surface forms (plurals: PETRARCH's",
    "regular plural unless the source gives {...}; none for {} or !MARKER! expansions); code: the",
    "agent code; attach: after (source [~MIL], appended to the actor code: Nigerian troops ->",
    "NGAMIL) or before (source [NGO~]); line: its line in the source. A form listed twice takes",
    "the later line's code, as in PETRARCH2 (PROVENANCE.md lists such cases).",
]
VERBS_FORMAT = [
    "synsets: the '&' word sets patterns use, each with its members' regular plurals. blocks: one",
    "per '--- NAME [code] ---' verb block, with its default code and root. verbs (block; verb:",
    "the phrase; head: the inflected word of a multi-word verb; forms: irregular forms from",
    "{...}, absent = regular; code: own code or the block's) and patterns (block; pattern:",
    "PETRARCH syntax 'NOUNS (PREP NOUN) * NOUNS (PREP NOUN)', the verb at '*', '{A B}' a noun",
    "phrase headed by B, '&SET' a synset, '$' source, '+' target, '^' skip: TABARI leftovers;",
    "code and root; passive: the code when the verb is passive). code null = the null code",
    "'---' (no event). transformations: verb-of-verb rules, verbatim. All in file order.",
]


def render_actors(actors: list[dict[str, Any]], prov: Provenance) -> str:
    names = list(ACTOR_FILES)
    counts = {"actors": len(actors), "synonyms": sum(len(a.get("synonyms", [])) for a in actors)}
    counts["codes"] = sum(len(a["codes"]) for a in actors)
    lines = prov.header("PETRARCH2 / Phoenix actor dictionaries", names, ACTORS_FORMAT)
    lines.insert(lines.index("#"), f"# Countries from: {prov.country_inputs}")
    lines += prov.record(names) + [f"counts: {flow(counts)}"] + yaml_list("actors", actors)
    return "\n".join(lines) + "\n"


def render_agents(agents: list[dict[str, Any]], prov: Provenance) -> str:
    counts = {"agents": len(agents), "plurals": sum(len(a["plurals"]) for a in agents)}
    lines = prov.header("PETRARCH2 / Phoenix agent dictionary", [AGENT_FILE], AGENTS_FORMAT)
    lines += prov.record([AGENT_FILE]) + [f"counts: {flow(counts)}"]
    return "\n".join(lines + yaml_list("agents", agents)) + "\n"


def render_verbs(verbs: dict[str, Any], prov: Provenance) -> str:
    blocks = verbs["blocks"]
    rows = {"blocks": [], "verbs": [], "patterns": []}
    for block in blocks:
        rows["blocks"].append({k: block[k] for k in ("block", "code", "root", "line")})
        rows["verbs"] += [{"block": block["block"]} | v for v in block["verbs"]]
        rows["patterns"] += [{"block": block["block"]} | p for p in block["patterns"]]
    counts = {"synsets": len(verbs["synsets"]), "blocks": len(blocks)}
    counts |= {"verbs": len(rows["verbs"]), "patterns": len(rows["patterns"])}
    counts |= {"transformations": len(verbs["transformations"])}
    lines = prov.header("PETRARCH2 CAMEO verb dictionary", [VERB_FILE], VERBS_FORMAT)
    lines += prov.record([VERB_FILE]) + [f"counts: {flow(counts)}"]
    lines += yaml_list("synsets", verbs["synsets"])
    for key, items in rows.items():
        lines += yaml_list(key, items)
    lines += yaml_list("transformations", verbs["transformations"])
    return "\n".join(lines) + "\n"


def render_provenance(prov: Provenance, counts: dict[str, int], notes: Notes) -> str:
    lines = [
        "# Provenance of dictionaries/petrarch/",
        "",
        "`actors.yaml`, `agents.yaml` and `verbs.yaml` are GENERATED from the dictionaries of",
        "PETRARCH2, the Open Event Data Alliance's event coder, by `scripts/import_petrarch.py`.",
        "Do not edit them by hand. Only data is imported, no code. `cameo_countries.yaml` and",
        "`cameo_event_types.yaml` are hand-written and reviewed like code.",
        "",
        f"- Repository: {prov.repository}",
        f"- Commit: `{prov.commit}`",
        f"- Retrieved: {prov.retrieved}",
        "- Licence: MIT (notice below)",
        f"- Actor countries from: {prov.country_inputs}",
        f"- Regenerate: `{prov.command()}`",
        "",
        "| file | git blob | copyright |",
        "|---|---|---|",
    ]
    for source in prov.files.values():
        who = copyright_line(source.text, prov.licence_text)
        lines.append(f"| `{source.path}` | `{source.blob}` | {who} |")
    lines += ["", "## Counts", ""]
    lines += [f"- {key}: {value}" for key, value in counts.items()]
    lines += ["", "## Licence of the source (its LICENSE file, verbatim)", "", "```"]
    lines += [*prov.licence_text.rstrip("\n").splitlines(), "```", ""]
    lines += ["## Oddities found while parsing", ""]
    lines += ["Each is left as PETRARCH2 reads it unless the note says otherwise.", ""]
    lines += [f"- {item}" for item in notes.items] or ["- none"]
    return "\n".join(lines) + "\n"


def build(prov: Provenance, countries: dict[str, str | None]) -> dict[str, str]:
    """Every output file's text, from the source files: the whole import, without I/O."""
    notes = Notes()
    actors: list[dict[str, Any]] = []
    for name, kind in ACTOR_FILES.items():
        parsed = parse_actor_file(prov.files[name].text, name, kind, notes)
        actors += [finish_actor(a, countries) for a in parsed]
    actors.sort(key=lambda a: (a["name"], a["kind"], a["line"]))
    agents = parse_agent_file(prov.files[AGENT_FILE].text, AGENT_FILE, notes)
    note_agent_conflicts(agents, AGENT_FILE, notes)
    agents.sort(key=lambda a: (a["phrase"], a["line"]))
    verbs = parse_verb_file(prov.files[VERB_FILE].text, VERB_FILE, notes)
    counts = {
        "actors": len(actors),
        "actor synonyms": sum(len(a.get("synonyms", [])) for a in actors),
        "actor codes": sum(len(a["codes"]) for a in actors),
        "agent phrases": len(agents),
        "agent plurals": sum(len(a["plurals"]) for a in agents),
        "verb blocks": len(verbs["blocks"]),
        "verbs": sum(len(b["verbs"]) for b in verbs["blocks"]),
        "verb patterns": sum(len(b["patterns"]) for b in verbs["blocks"]),
        "synsets": len(verbs["synsets"]),
    }
    return {
        "actors.yaml": render_actors(actors, prov),
        "agents.yaml": render_agents(agents, prov),
        "verbs.yaml": render_verbs(verbs, prov),
        "PROVENANCE.md": render_provenance(prov, counts, notes),
    }


def open_source(location: Path, commit: str | None) -> tuple[str, dict[str, SourceFile], str]:
    """(commit, files, LICENSE text) from a git directory or, with `commit` given, a folder."""
    if (location / "HEAD").is_file() and (location / "objects").is_dir():
        return read_git_source(location, commit or "HEAD")
    if not commit:
        raise SourceError(f"{location} is a folder, not a git dir: pass --commit SHA it holds")
    files, licence = read_folder_source(location)
    return commit, files, licence


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path, help="petrarch2 git dir (bare or .git) or a folder")
    parser.add_argument("--commit", help="commit to read (git dir: default HEAD; folder: required)")
    parser.add_argument("--retrieved", required=True, help="YYYY-MM-DD the source was retrieved")
    parser.add_argument("--repository", default=REPOSITORY, help="URL recorded as the source")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    parser.add_argument(
        "--countries",
        type=Path,
        default=DEFAULT_OUT / "cameo_countries.yaml",
        help="table of CAMEO country prefixes that are not ISO alpha-3",
    )
    args = parser.parse_args(argv)
    try:
        date.fromisoformat(args.retrieved)
        commit, files, licence = open_source(args.source, args.commit)
        table = args.countries.read_bytes()
        inputs = f"{args.countries.name} (sha256 {hashlib.sha256(table).hexdigest()[:16]}), "
        inputs += f"pycountry {metadata.version('pycountry')}"
        prov = Provenance(args.repository, commit, args.retrieved, licence, files, inputs)
        countries = load_country_table(args.countries)
        outputs = build(prov, countries)
    except (SourceError, OSError, ValueError) as err:
        print(f"import_petrarch: {err}", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    for name, text in outputs.items():
        (args.out / name).write_text(text, encoding="utf-8")
        print(f"wrote {args.out / name} ({len(text.encode()):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
