"""Wire copies for the grouping tests: each base article reprinted and lightly edited as
other outlets do it, deterministically, so the labelled pairs in ``pairs.jsonl`` hold.

* ``reprint``: another outlet's headline and credit line around the same body;
* ``edited``: a paragraph cut from the middle, "said" turned into "told reporters" once,
  a byline added, the headline rewritten;
* ``trimmed``: the headline and the first half of the paragraphs (a short version).
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BASES = ROOT / "extract" / "unseen"
KINDS = ("reprint", "edited", "trimmed")
# The 28 articles the pairs in pairs.jsonl were labelled on; passages added to the unseen set
# later (129 on) are not labelled, so their copies would count as false pairs.
LABELLED = range(101, 129)


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def variant(text: str, kind: str, outlet: str) -> str:
    """Return ``text`` as ``outlet`` would run it under ``kind`` (see the module docstring)."""
    paras = _paragraphs(text)
    head, body = paras[0], paras[1:]
    if kind == "reprint":
        return "\n\n".join([f"{head} | {outlet}", *body, f"Distributed by {outlet}."])
    if kind == "edited":
        cut = body[: len(body) // 2] + body[len(body) // 2 + 1 :]
        joined = "\n\n".join(cut).replace(" said", " told reporters", 1)
        return f"{outlet.upper()}: {head.lower().capitalize()}\n\nBy {outlet} staff\n\n{joined}"
    if kind == "trimmed":
        return "\n\n".join([head, *body[: max(2, len(body) // 2)]])
    raise ValueError(kind)


def corpus() -> dict[str, tuple[str, str | None]]:
    """Return name -> (text, published) for every base article and its three copies."""
    out: dict[str, tuple[str, str | None]] = {}
    for path in sorted(BASES.glob("1*.txt")):
        if int(path.name[:3]) not in LABELLED:
            continue
        text = path.read_text(encoding="utf-8")
        out[path.stem] = (text, None)
        for i, kind in enumerate(KINDS):
            out[f"{path.stem}#{kind}"] = (variant(text, kind, f"Outlet {i + 1}"), None)
    return out
