"""The main text of an HTML page, via trafilatura, with a plain tag-stripping fallback."""

from __future__ import annotations

import html
import re

_HTML_HINT_RE = re.compile(r"<(?:!doctype\s+html|html|head|body|article|p|div)\b", re.IGNORECASE)
_TAG_RE = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]{0,2000}>", re.IGNORECASE | re.DOTALL)
_BLOCK_RE = re.compile(r"</?(?:p|div|br|h[1-6]|li|tr|article|section|blockquote)\b[^>]*>", re.I)


def looks_like_html(text: str) -> bool:
    """Return True when the start of ``text`` reads as an HTML document or fragment."""
    return bool(_HTML_HINT_RE.search(text[:4096]))


def html_to_text(markup: str) -> str:
    """Return the main text of ``markup``: trafilatura's extraction, else the stripped tags."""
    try:
        # Late: trafilatura is the optional `html` extra (and takes 0.8 s to import, measured);
        # without it the tags are stripped.
        import trafilatura

        extracted = trafilatura.extract(
            markup, include_comments=False, include_tables=False, favor_recall=True
        )
    except Exception:
        extracted = None
    if extracted:
        return str(extracted)
    return strip_tags(markup)


def strip_tags(markup: str) -> str:
    """Return ``markup`` without tags, scripts and styles; block tags become line breaks."""
    text = _BLOCK_RE.sub("\n", markup)
    text = _TAG_RE.sub("", text)
    text = html.unescape(text)
    return re.sub(r"\n\s*\n+", "\n", text).strip()
