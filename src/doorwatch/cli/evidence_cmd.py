"""``doorwatch claims`` and ``doorwatch sources``: the evidence and what each source says."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from doorwatch.cli.options import DbOption, FormatOption, store_for
from doorwatch.cli.output import Format, render

CLAIM_COLUMNS = ["id", "kind", "status", "measure", "value", "qualifier", "as_of", "speaker",
                 "quote", "action", "target", "wording", "publisher", "source_id"]  # fmt: skip
SOURCE_COLUMNS = ["id", "kind", "publisher", "title", "published", "url", "claims"]


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
        fmt: FormatOption = Format.table,
        db: DbOption = None,
    ) -> None:
        """List claims (figures, quotes, sanction actions) as each source stated them."""
        # Deferred: the store and SQLAlchemy import in 0.15-0.25 s (measured).
        from doorwatch.store.evidence import list_claims

        rows = list_claims(
            store_for(db),
            kind=kind.value if kind else None,
            status=status.value if status else None,
            measure=measure,
        )
        render(rows, CLAIM_COLUMNS, fmt, title="claims")

    @app.command()
    def sources(fmt: FormatOption = Format.table, db: DbOption = None) -> None:
        """List every source with the number of claims it makes."""
        # Deferred: the store and SQLAlchemy import in 0.15-0.25 s (measured).
        from doorwatch.store.evidence import list_sources

        render(list_sources(store_for(db)), SOURCE_COLUMNS, fmt, title="sources")
