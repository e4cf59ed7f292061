"""``doorwatch claims`` and ``doorwatch sources``: the evidence and what each source says."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

import typer

from doorwatch.cli.options import (
    DbOption,
    FormatOption,
    LimitOption,
    OffsetOption,
    WideOption,
    store_for,
)
from doorwatch.cli.output import Format, render_page
from doorwatch.paging import DEFAULT_LIMIT

# The table shows what a claim says in one column; --wide (and CSV) every field.
CLAIM_COLUMNS = ["id", "status", "as_of", "says"]
CLAIM_WIDE_COLUMNS = ["id", "kind", "status", "measure", "value", "value_max", "qualifier",
                      "as_of", "speaker", "quote", "action", "target", "imposer", "wording",
                      "publisher", "source_id"]  # fmt: skip
SOURCE_COLUMNS = ["id", "published", "claims", "title"]
SOURCE_WIDE_COLUMNS = ["id", "kind", "published", "claims", "publisher", "title", "url"]


class ClaimKind(StrEnum):
    """Kinds of claims."""

    figure = "figure"
    quote = "quote"
    sanction = "sanction"
    event = "event"


class ReviewStatus(StrEnum):
    """Review states of a claim."""

    proposed = "proposed"
    accepted = "accepted"
    rejected = "rejected"


def _says(claim: dict[str, Any]) -> str:
    """Return one line of what a claim states: a figure, a quotation or a sanction action."""
    if claim.get("quote"):
        return f"{claim.get('speaker') or '?'}: “{claim['quote']}”"
    if claim.get("action"):
        return f"{claim['action']} {claim.get('target') or ''} ({claim.get('imposer') or '?'})"
    value = claim.get("value")
    if value is None:
        return str(claim.get("measure") or claim["kind"])
    shown = f"{value:g}" if isinstance(value, float) else str(value)
    if claim.get("value_max") is not None:
        shown += f"–{claim['value_max']:g}"
    # Deferred: the word table is a YAML file that `doorwatch --help` need not read.
    from doorwatch.services.words import word

    qualifier = word("qualifier", claim.get("qualifier") or "exact")
    return f"{claim.get('measure') or claim['kind']} {qualifier} {shown}"


def register(app: typer.Typer) -> None:
    """Add the ``claims`` and ``sources`` commands to ``app``."""

    @app.command()
    def claims(
        kind: Annotated[ClaimKind | None, typer.Option(help="Only claims of this kind.")] = None,
        status: Annotated[
            ReviewStatus | None, typer.Option(help="Only this review status.")
        ] = None,
        measure: Annotated[
            str | None, typer.Option(help="Only figures of this measure, e.g. prisoners_released.")
        ] = None,
        source: Annotated[str | None, typer.Option(help="Only claims of this source id.")] = None,
        limit: LimitOption = DEFAULT_LIMIT,
        offset: OffsetOption = 0,
        wide: WideOption = False,
        fmt: FormatOption = Format.table,
        db: DbOption = None,
    ) -> None:
        """List claims (figures, quotes, sanction actions) as each source stated them, by source."""
        # Deferred: the store and SQLAlchemy import in 0.15-0.25 s (measured).
        from doorwatch.services.listings import claims_page

        page = claims_page(
            store_for(db),
            limit=limit,
            offset=offset,
            kind=kind.value if kind else None,
            status=status.value if status else None,
            measure=measure,
            source_id=source,
        )
        if wide or fmt is not Format.table:
            render_page(page, CLAIM_WIDE_COLUMNS, fmt, title="claims", wide=wide)
            return
        rows = [{**c, "says": _says(c)} for c in page["items"]]
        render_page(page, CLAIM_COLUMNS, fmt, title="claims", rows=rows)

    @app.command()
    def sources(
        limit: LimitOption = DEFAULT_LIMIT,
        offset: OffsetOption = 0,
        wide: WideOption = False,
        fmt: FormatOption = Format.table,
        db: DbOption = None,
    ) -> None:
        """List sources, newest first, with the number of claims each makes."""
        # Deferred: the store and SQLAlchemy import in 0.15-0.25 s (measured).
        from doorwatch.services.listings import sources_page

        page = sources_page(store_for(db), limit=limit, offset=offset)
        columns = SOURCE_WIDE_COLUMNS if wide or fmt is Format.csv else SOURCE_COLUMNS
        render_page(page, columns, fmt, title="sources", wide=wide)
