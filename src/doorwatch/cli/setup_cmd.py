"""``doorwatch init``: create or upgrade the database, optionally loading the bundled data."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console

from doorwatch.cli.options import DbOption, FormatOption, cli_actor, store_for
from doorwatch.cli.output import Format, print_json


def register(app: typer.Typer) -> None:
    """Add the ``init`` and ``reindex`` commands to ``app``."""

    @app.command()
    def init(
        sample: Annotated[
            bool, typer.Option("--sample", help="Load the bundled Belarus 2020–2025 dataset.")
        ] = False,
        db: DbOption = None,
    ) -> None:
        """Create the database (or bring it to the newest schema); with --sample, load the
        bundled dataset. Running it again changes nothing."""
        # Deferred: the store and SQLAlchemy import in 0.15-0.25 s (measured).
        from doorwatch.services.setup import initialise

        console = Console(stderr=True)
        result = initialise(db, sample=sample, actor=cli_actor())
        console.print(f"database ready: {result['database']} (schema {result['schema']})")
        if sample:
            summary = result["sample"]
            console.print(
                f"bundled dataset: {summary['added']} records added, {summary['changed']} changed, "
                f"{summary['unchanged']} already stored"
            )

    @app.command()
    def reindex(fmt: FormatOption = Format.table, db: DbOption = None) -> None:
        """Rebuild the registry's daily counts and its counts per filter value from every
        stored case. Each write keeps them up to date by itself; this is the full rebuild,
        which also says whether they were."""
        # Deferred: the store and SQLAlchemy import in 0.15-0.25 s (measured).
        from doorwatch.services.setup import reindex as reindex_store

        store = store_for(db)
        with Console(stderr=True).status("counting cases per day and per filter value"):
            result = reindex_store(store)
        if fmt is Format.json:
            print_json(result)
            return
        console = Console()
        for table, what in (
            ("case_flow_days", "daily case counts"),
            ("case_facets", "counts per filter value"),
        ):
            rebuilt = result[table]
            console.print(
                f"{what} rebuilt: {rebuilt['rows']} rows, "
                f"{rebuilt['differed']} differed from the counts kept by the writes"
            )
