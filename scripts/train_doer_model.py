"""Train the doer re-ranker (flows/resolve/doer_ranker.py) on the development gold and write
dictionaries/doer_model.yaml.

    .venv/bin/python -m scripts.train_doer_model [--cache DIR] [--context KEY] [--dump FILE]

Resolves the dev split with the model switched off, collects every event mention's candidate
doers with their features, labels each candidate by the gold event its quote overlaps (the
scorer's own actor matching), and fits a conditional logistic regression (softmax over a
mention's candidates, L2, full-batch gradient descent from zero weights: deterministic). The
L2 weight and the override margin are chosen by five-fold leave-documents-out cross-validation
on dev; the blind split is never read.
"""

from __future__ import annotations

import argparse
import pickle
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import yaml

from evaluation.gold import load_gold_dir
from evaluation.score import folded, same_actors, span_overlap
from flows import cross_document
from flows.build import PlainSteps, process_documents
from flows.cache.documents import DocumentCache
from flows.extract.resources import load_resources
from flows.ingest.folder import survey
from flows.resolve import doer_ranker
from flows.settings import PROJECT_ROOT

DEV = PROJECT_ROOT / "evaluation" / "corpus" / "dev"
GOLD = PROJECT_ROOT / "evaluation" / "gold" / "dev"
DICTIONARIES = PROJECT_ROOT / "dictionaries"
L2S = (0.001, 0.01, 0.1, 1.0)
MARGINS = (0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0)
FOLDS = 5
ITERATIONS = 30


def collect(cache_dir: Path | None, context: str | None) -> list[dict]:
    """Every dev mention's candidates after the rules, with the ids the scorer will compare."""
    inventory = survey(DEV)
    resources = load_resources(DICTIONARIES, cache_dir)
    if context and cache_dir:  # reuse extractions an earlier code version cached
        original = DocumentCache.__init__

        def with_context(self, folder, dictionaries_dir):
            original(self, folder, dictionaries_dir)
            self.context = context

        DocumentCache.__init__ = with_context
    docs, work, _ = process_documents(PlainSteps(), inventory.documents, DICTIONARIES, cache_dir)
    rows: list[dict] = []

    def capture(found, view, model, use):
        for m in found:
            if m.names_doer_only or m.names_to_office:
                continue
            rows.append({"m": m, "cands": doer_ranker.candidates(m, view, found)})

    cross_document.rerank_doers = capture
    tables = cross_document.resolve_release(docs, work, resources, DICTIONARIES)
    aliases = {a["actor_id"]: {folded(n) for n in a["aliases"]} for a in tables["actors"]}
    label(rows, SimpleNamespace(aliases=aliases))
    return [r for r in rows if "labels" in r]


def label(rows: list[dict], release) -> None:
    """Each candidate right or wrong against the gold event the mention's quote overlaps (same
    type first, then the trigger inside the gold quote, then the larger overlap)."""
    gold = {d.doc_id: d for d in load_gold_dir(GOLD, [DEV])}
    for r in rows:
        m, doc = r["m"], gold.get(r["m"].doc_id)
        if doc is None:
            continue
        ranked = sorted(
            (
                (g.event_type != m.event_type),
                -span_overlap(g.spans, [(m.trigger_start, m.trigger_end)]),
                -span_overlap(g.spans, [(m.raw_start, m.raw_end)]),
                g.id,
                g,
            )
            for g in doc.events
            if span_overlap(g.spans, [(m.raw_start, m.raw_end)]) > 0
        )
        if not ranked or ranked[0][-1].doubtful:
            continue
        g = ranked[0][-1]
        r["doc"] = m.doc_id
        r["labels"] = [
            same_actors(g.perpetrators, list(c.ids), release, doc.actors) for c in r["cands"]
        ]


def matrices(rows: list[dict], names: list[str]) -> list[tuple[np.ndarray, np.ndarray, int]]:
    """Per mention: the candidates' feature matrix, their labels, the index of the rules'."""
    index = {n: i for i, n in enumerate(names)}
    out = []
    for r in rows:
        x = np.zeros((len(r["cands"]), len(names)))
        for i, c in enumerate(r["cands"]):
            for k, v in c.features.items():
                if k in index:
                    x[i, index[k]] = v
        rule = next(i for i, c in enumerate(r["cands"]) if "rules" in c.features)
        out.append((x, np.array(r["labels"], dtype=float), rule))
    return out


def fit(data, n: int, l2: float) -> np.ndarray:
    """Softmax over each mention's candidates, the target spread over its right ones, fitted by
    Newton's method from zero weights (the loss is convex); mentions with no right candidate
    teach nothing. The loss is the mean over mentions plus l2/2 |w|^2."""
    usable = [(x, y / y.sum()) for x, y, _ in data if y.sum() > 0]
    x = np.vstack([u[0] for u in usable])
    y = np.concatenate([u[1] for u in usable])
    starts = np.cumsum([0] + [len(u[1]) for u in usable[:-1]])
    group = np.repeat(np.arange(len(usable)), [len(u[1]) for u in usable])

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        s = x @ w
        s = s - np.maximum.reduceat(s, starts)[group]
        total = np.add.reduceat(np.exp(s), starts)
        p = np.exp(s) / total[group]
        nll = -(y * (s - np.log(total)[group])).sum() / len(usable)
        return nll + l2 / 2 * w @ w, p

    w = np.zeros(n)
    for _ in range(ITERATIONS):
        current, p = loss(w)
        grad = l2 * w + x.T @ (p - y) / len(usable)
        xp = x * p[:, None]
        means = np.add.reduceat(xp, starts)
        hess = (xp.T @ x - means.T @ means) / len(usable) + l2 * np.eye(n)
        step = np.linalg.solve(hess, grad)
        for _ in range(30):  # halve a step that does not lower the loss
            if loss(w - step)[0] <= current:
                break
            step = step / 2
        w = w - step
    return w


def decide(x, rule: int, w: np.ndarray, margin: float, none: int) -> int:
    """The candidate chosen: the rules' unless they found no doer and the model's best beats
    "no doer" by more than `margin` (as `doer_ranker._choice`)."""
    if not x[rule, none]:
        return rule
    s = x @ w
    best = int(np.argmax(s))
    return best if best != rule and s[best] - s[rule] > margin else rule


def cross_validate(data, docs: list[str], n: int, none: int) -> dict:
    """Right doers on held-out documents for every (l2, margin), five folds by document."""
    order = sorted(set(docs))
    fold = {d: i % FOLDS for i, d in enumerate(order)}
    right = {(l2, mg): 0 for l2 in L2S for mg in MARGINS}
    for k in range(FOLDS):
        train = [t for t, d in zip(data, docs, strict=True) if fold[d] != k]
        test = [t for t, d in zip(data, docs, strict=True) if fold[d] == k]
        for l2 in L2S:
            w = fit(train, n, l2)
            for mg in MARGINS:
                right[(l2, mg)] += sum(y[decide(x, rule, w, mg, none)] for x, y, rule in test)
    return right


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, default=PROJECT_ROOT / ".cache")
    ap.add_argument("--context", help="cache context of an earlier code version to reuse")
    ap.add_argument("--out", type=Path, default=DICTIONARIES / "doer_model.yaml")
    ap.add_argument("--dump", type=Path, help="also keep the labelled candidates here")
    ap.add_argument("--load", type=Path, help="labelled candidates kept by --dump")
    args = ap.parse_args(argv)
    if args.load:
        names, data, docs = pickle.loads(args.load.read_bytes())
    else:
        rows = collect(args.cache, args.context)
        names = sorted({k for r in rows for c in r["cands"] for k in c.features})
        data = matrices(rows, names)
        docs = [r["doc"] for r in rows]
    if args.dump:
        args.dump.write_bytes(pickle.dumps((names, data, docs)))
    rules = sum(int(y[rule]) for _, y, rule in data)
    reachable = sum(int(y.sum() > 0) for _, y, _ in data)
    cv = cross_validate(data, docs, len(names), names.index("none"))
    for (l2, mg), n in sorted(cv.items()):
        print(f"l2={l2} margin={mg}: {n} right (rules {rules}, reachable {reachable})")
    (l2, margin), best = max(cv.items(), key=lambda kv: (kv[1], kv[0][1], kv[0][0]))
    w = fit(data, len(names), l2)
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=PROJECT_ROOT
    ).stdout.strip()
    header = (
        "Doer re-ranker weights (flows/resolve/doer_ranker.py), written by\n"
        "scripts/train_doer_model.py from the dev split's gold (never the blind split) at commit\n"
        f"{commit}: {len(data)} event mentions matched to gold events, {len(set(docs))} documents.\n"
        "A conditional logistic regression over each mention's candidates (the document's\n"
        "actors, the rules' choice, no doer); features in doer_ranker.candidates. The model only\n"
        "fills a doer the rules left empty. L2 and margin chosen by five-fold\n"
        f"leave-documents-out CV on dev: right doers {int(best)} of {len(data)} mentions (rules\n"
        f"alone {rules}; a right candidate exists for {reachable}).\n"
    )
    model = {
        "l2": l2,
        "margin": margin,
        "weights": {n: round(float(v), 4) for n, v in zip(names, w, strict=True) if abs(v) > 1e-4},
    }
    comment = "".join(f"# {line}\n" for line in header.splitlines())
    args.out.write_text(comment + yaml.safe_dump(model, sort_keys=True), encoding="utf-8")
    print(f"chose l2={l2} margin={margin}: {best} right; wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
