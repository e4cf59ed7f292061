"""``doorwatch extract``: claims (quotes, figures, sanctions) from an article or a folder."""

from __future__ import annotations

import os
import sys
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer
from rich.console import Console

from doorwatch.cli.options import parse_cli_date
from doorwatch.cli.output import print_table
from doorwatch.errors import InputError
from doorwatch.json_encoding import dumps


class ExtractFormat(StrEnum):
    """Output formats of ``extract``."""

    jsonl = "jsonl"
    table = "table"


_TABLE_COLUMNS = ["kind", "who", "what", "value", "date", "start", "end"]


def _published(value: str | None) -> date | None:
    return None if value is None else parse_cli_date(value, "--published")


def _table_row(claim: dict[str, Any]) -> dict[str, Any]:
    kind = claim["kind"]
    row: dict[str, Any] = {"doc": claim.get("doc"), "kind": kind}
    row.update(start=claim["start"], end=claim["end"], date=claim.get("date"))
    if kind == "quote":
        row.update(who=claim["speaker"], what=claim["text"])
    elif kind == "figure":
        value = f"{claim['value']}–{claim['value_max']}" if "value_max" in claim else claim["value"]
        row.update(what=claim["measure"], value=f"{value} ({claim['qualifier']})")
    else:
        row.update(who=claim["imposer"], what=f"{claim['action']}: {claim['target']}")
    return row


def extract_command(
    path: Annotated[Path, typer.Argument(help="A text or HTML file, or a folder of them.")],
    fmt: Annotated[
        ExtractFormat,
        typer.Option("--format", "-f", help="jsonl: one claim per line; table: for reading."),
    ] = ExtractFormat.jsonl,
    published: Annotated[
        str | None,
        typer.Option(
            "--published",
            help="Publication date (YYYY-MM-DD) for relative dates like 'last month'.",
        ),
    ] = None,
    out: Annotated[
        Path | None, typer.Option("--out", help="Write here instead of to stdout.")
    ] = None,
) -> None:
    """Extract attributed quotes, figures and sanction measures, with their offsets."""
    # Deferred: the extraction patterns and lexicon import in 0.1 s (measured).
    from doorwatch.extract import extract_claims, read_sources

    when = _published(published)
    sources = read_sources(path)
    folder = path.is_dir()
    claims: list[dict[str, Any]] = []
    stream: TextIO | None = None
    try:
        if fmt is ExtractFormat.jsonl:
            stream = out.open("w", encoding="utf-8") if out is not None else sys.stdout
        for source in sources:
            for claim in extract_claims(source.text, when):
                record = claim.to_json()
                if folder:
                    record = {"doc": source.name, **record}
                if stream is not None:
                    stream.write(dumps(record, spaced=True) + "\n")
                else:
                    claims.append(record)
    except BrokenPipeError:
        if out is not None:
            raise InputError("cannot write the output: broken pipe", file=str(out)) from None
        # the reader of stdout went away (``| head``): stop quietly, as Unix tools do
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - replaces the closed stream
        return
    except OSError as error:
        raise InputError(f"cannot write the output: {error}", file=str(out or "stdout")) from error
    finally:
        if stream is not None and out is not None:
            stream.close()
    if fmt is ExtractFormat.table:
        rows = [_table_row(c) for c in claims]
        columns = (["doc"] if folder else []) + _TABLE_COLUMNS
        title = f"{len(rows)} claims from {path.name}"
        if out is None:
            print_table(rows, columns, title=title)
        else:
            with out.open("w", encoding="utf-8") as handle:
                print_table(rows, columns, title=title, console=Console(file=handle, width=160))


def register(app: typer.Typer) -> None:
    """Add the ``extract`` command to ``app``."""
    app.command("extract")(extract_command)
