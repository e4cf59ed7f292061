"""``doorwatch synth``: generate a SYNTHETIC registry for benchmarks (no real person in it)."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.progress import Progress

from doorwatch.cli.options import DbOption, FormatOption, store_for
from doorwatch.cli.output import Format, print_json


def register(app: typer.Typer) -> None:
    """Add the ``synth`` command to ``app``."""

    @app.command()
    def synth(
        cases: Annotated[
            int, typer.Option("--cases", help="How many cases to generate.", min=1)
        ] = 10_000,
        events_per_case: Annotated[
            float, typer.Option(help="Events per case on average.", min=3)
        ] = 5.0,
        seed: Annotated[int, typer.Option(help="Random seed.")] = 7,
        fmt: FormatOption = Format.table,
        db: DbOption = None,
    ) -> None:
        """Fill the database with a SYNTHETIC registry (its source row says so), for benchmarks."""
        # Deferred: numpy and the generator import in 0.35 s (measured).
        from doorwatch.tools.synthetic_registry import fill

        store = store_for(db, create=True)
        if fmt is Format.json:
            print_json(fill(store, cases, events_per_case=events_per_case, seed=seed))
            return
        with Progress(console=Console(stderr=True), transient=True) as progress:
            task = progress.add_task("generating SYNTHETIC cases", total=cases)
            written = fill(
                store,
                cases,
                events_per_case=events_per_case,
                seed=seed,
                on_chunk=lambda n: progress.advance(task, n),
                on_stage=lambda stage: progress.update(task, description=stage),
            )
        Console().print(
            f"SYNTHETIC registry written: {written['cases']} cases, {written['events']} events"
        )
