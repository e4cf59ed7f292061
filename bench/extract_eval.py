"""Precision, recall and F1 of ``doorwatch.extract`` against a hand-annotated gold file.

Matching rule (the same as the reference scorer, ``shared/corpus/score_extract.py``):

* Texts are compared after normalising: Unicode NFKD without accents, curly quotes and dashes
  made plain, lower case, punctuation other than apostrophes dropped, spaces collapsed.
  Two texts match when equal, when the shorter is contained in the longer and is at least 80%
  of its length, or when their word sets overlap by at least 80% (Jaccard).
* A quote matches a gold quote when the texts match and, where the gold names a speaker,
  the speakers match by surname (last word after normalising, with a few transliteration
  aliases; any name containing "department" counts as the State Department).
* A figure matches on ``measure`` and ``value``; a sanction on ``action`` and on sharing at
  least one word of ``target``.
* Gold and predicted claims are paired greedily, gold in file order with the required entries
  before the optional ones, each prediction used once (the reference scorer takes the file
  order as it is: the two agree wherever no optional entry repeats a required one).
  Gold entries marked ``"optional": true`` count neither as misses nor, when matched, as
  false positives. Precision = matched / (matched + unmatched predictions); recall = matched /
  required gold entries; overall figures pool the three kinds.
* Speaker accuracy = quotes matched with their speaker / required gold quotes whose words
  were found at all.

usage: python bench/extract_eval.py [--gold FILE] [--articles DIR] [--docs LIST] [--json]
``--docs LIST`` scores only the articles named in LIST (one file name a line), e.g. one half
of a split set.
Defaults: ../shared/corpus/gold.jsonl and ../shared/corpus/articles, relative to the
repository root (resolved from this file's location).
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
_ALIASES = {
    "tikhanovskaya": "tsikhanouskaya", "lukashenka": "lukashenko", "cole": "coale",
    "latushko": "latushka", "byalyatski": "bialiatski", "kolesnikova": "kalesnikava",
    "tikhanovsky": "tsikhanouski",
}  # fmt: skip
KINDS = ("quote", "figure", "sanction")


def norm(text: str | None) -> str:
    """Return ``text`` normalised for comparison (see the module docstring)."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    for a, b in (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("—", " "), ("…", "...")):
        text = text.replace(a, b)
    text = re.sub(r"[^\w' ]+", " ", text.lower())
    return " ".join(text.split())


def text_match(a: str, b: str) -> bool:
    """Return True when two quote texts match under the scorer's rule."""
    ta, tb = norm(a).split(), norm(b).split()
    if not ta or not tb:
        return False
    na, nb = " ".join(ta), " ".join(tb)
    if na == nb:
        return True
    short, long_ = (na, nb) if len(na) <= len(nb) else (nb, na)
    if short in long_ and len(short) >= 0.8 * len(long_):
        return True
    sa, sb = set(ta), set(tb)
    return len(sa & sb) / len(sa | sb) >= 0.8


def speaker_key(name: str | None) -> str | None:
    """Return the surname key two speaker names are compared by."""
    words = norm(name).split()
    if not words:
        return None
    if words[-1] == "department" or "state department" in " ".join(words):
        return "state department"
    return _ALIASES.get(words[-1], words[-1])


def same(kind: str, gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    """Return True when ``pred`` matches the gold claim ``gold`` of ``kind``."""
    if kind == "quote":
        if not text_match(gold["text"], pred.get("text", "")):
            return False
        return gold.get("speaker") is None or speaker_key(gold["speaker"]) == speaker_key(
            pred.get("speaker")
        )
    if kind == "figure":
        return gold["measure"] == pred.get("measure") and float(gold["value"]) == float(
            pred.get("value", -1)
        )
    return gold["action"] == pred.get("action") and bool(
        set(norm(gold["target"]).split()) & set(norm(pred.get("target")).split())
    )


def evaluate(
    gold: list[dict[str, Any]], predictions: dict[str, list[dict[str, Any]]]
) -> dict[str, Any]:
    """Return per-kind and overall scores of ``predictions`` (doc -> claims) against ``gold``."""
    stats: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for doc in sorted({g["doc"] for g in gold}):
        preds = predictions.get(doc, [])
        golds = [g for g in gold if g["doc"] == doc]
        for g in golds:
            if g["kind"] == "quote" and not g.get("optional"):
                quotes = (p for p in preds if p.get("kind") == "quote")
                stats["quote"]["text_found"] += any(
                    text_match(g["text"], p.get("text", "")) for p in quotes
                )
        for kind in KINDS:
            # Required entries are matched before optional ones: an optional entry that
            # repeats a required one (a headline restating the body's figure) must not take
            # the prediction the required entry needs. Where no optional entry repeats a
            # required one (the reference gold), this is the reference scorer's matching.
            wanted = sorted(
                (g for g in golds if g["kind"] == kind), key=lambda g: bool(g.get("optional"))
            )
            found = [p for p in preds if p.get("kind") == kind]
            used: set[int] = set()
            for g in wanted:
                hit = next(
                    (i for i, p in enumerate(found) if i not in used and same(kind, g, p)), None
                )
                if hit is not None:
                    used.add(hit)
                if g.get("optional"):
                    continue
                stats[kind]["gold"] += 1
                if hit is not None:
                    stats[kind]["tp"] += 1
            stats[kind]["fp"] += len(found) - len(used)
    out: dict[str, Any] = {}
    tp_all = gold_all = pred_all = 0
    for kind in KINDS:
        s = stats[kind]
        out[kind] = _prf(s["tp"], s["tp"] + s["fp"], s["gold"])
        tp_all, gold_all, pred_all = (
            tp_all + s["tp"],
            gold_all + s["gold"],
            pred_all + s["tp"] + s["fp"],
        )
    out["overall"] = _prf(tp_all, pred_all, gold_all)
    found_quotes = stats["quote"]["text_found"]
    out["speaker_acc"] = round(stats["quote"]["tp"] / found_quotes, 3) if found_quotes else 0.0
    return out


def _prf(tp: int, predicted: int, wanted: int) -> dict[str, float]:
    p = tp / predicted if predicted else 0.0
    r = tp / wanted if wanted else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def predict(articles: Path, docs: list[str]) -> dict[str, list[dict[str, Any]]]:
    """Return the claims ``doorwatch.extract`` finds in each of ``docs`` under ``articles``."""
    from doorwatch.extract import extract_claims, read_source

    return {
        doc: [c.to_json() for c in extract_claims(read_source(articles / doc).text)] for doc in docs
    }


def main() -> None:
    """Print the scores of the extractor on the gold corpus."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=_CORPUS / "gold.jsonl")
    parser.add_argument("--articles", type=Path, default=_CORPUS / "articles")
    parser.add_argument("--docs", type=Path, help="file naming the articles to score")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    args = parser.parse_args()
    gold = [
        json.loads(line)
        for line in args.gold.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    if args.docs is not None:
        wanted = set(args.docs.read_text(encoding="utf-8").split())
        gold = [g for g in gold if g["doc"] in wanted]
    scores = evaluate(gold, predict(args.articles, sorted({g["doc"] for g in gold})))
    if args.json:
        print(json.dumps(scores, indent=1))
        return
    print(f"{'kind':10s} {'precision':>9s} {'recall':>7s} {'F1':>6s}")
    for kind in (*KINDS, "overall"):
        s = scores[kind]
        print(f"{kind:10s} {s['precision']:9.3f} {s['recall']:7.3f} {s['f1']:6.3f}")
    print(f"speaker accuracy {scores['speaker_acc']:.3f}")


if __name__ == "__main__":
    main()
