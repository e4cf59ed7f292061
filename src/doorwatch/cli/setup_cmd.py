"""``doorwatch init``: create or upgrade the database, optionally loading the bundled data."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console

from doorwatch.cli.common import DbOption
from doorwatch.services.setup import initialise


def register(app: typer.Typer) -> None:
    """Add the ``init`` command to ``app``."""

    @app.command()
    def init(
        sample: Annotated[
            bool, typer.Option("--sample", help="Load the bundled Belarus 2020–2025 dataset.")
        ] = False,
        db: DbOption = None,
    ) -> None:
        """Create the database (or bring it to the newest schema); with --sample, load the
        bundled dataset. Running it again changes nothing."""
        console = Console(stderr=True)
        result = initialise(db, sample=sample)
        console.print(f"database ready: {result['database']} (schema {result['schema']})")
        if sample:
            summary = result["sample"]
            console.print(
                f"bundled dataset: {summary['added']} records added, {summary['changed']} changed, "
                f"{summary['unchanged']} already stored"
            )
