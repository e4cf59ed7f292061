"""Every listing command and every command of the README's tour fits an 80-column terminal:
no line longer than 80 characters, no table cut at the edge, no cell wrapped into a tall
column, no header broken over lines."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from rich.cells import cell_len

from doorwatch.cli.evidence_cmd import CLAIM_WIDE_COLUMNS, SOURCE_WIDE_COLUMNS
from doorwatch.services import accounts
from doorwatch.services.sanctions import import_list
from doorwatch.services.support_keys import new_key
from doorwatch.store import Store
from tests.sanctions.slices import LISTS, ofac_csv_slice
from tests.sanctions.test_mirror import _belarus_ids

WIDTH = 80
# The right-hand border a table line must end with when it is printed whole, by its first
# character (top rule, header, header rule, row, bottom rule).
RIGHT_EDGE = {"┏": "┓", "┃": "┃", "┡": "┩", "│": "│", "└": "┘"}
COMMANDS = [
    "status --on 2025-09-30",
    "status",
    "deals",
    "deals --ledger",
    "people",
    "people --search Бяляцкі",
    "person person-ales-bialiatski",
    "claims",
    "claims --kind quote",
    "sources",
    "door --from 2025-01-01 --to 2025-12-31",
    "door --since-deal deal-2025-09-11-us",
    "balance 2025-06-03 2025-09-30 --hindsight",
    "reconcile prisoners_released --near 2025-09-11 --hindsight",
    "project --months 12 --threshold 1000",
    "project --backtest",
    "sanctions lists",
    "sanctions programmes",
    "sanctions mirror --list eu --against us",
    "sanctions matrix eu:us",
    "sanctions gaps --list us",
    "sanctions sectoral",
    "sanctions sectoral --gaps",
    "names dedupe",
    "support list",
    "support plan --released 1300 --months 12",
    "fund list",
    "fund rates",
    "user list",
    "audit log",
]


def table_faults(out: str, width: int = WIDTH) -> list[str]:
    """Return what is wrong with ``out`` on a terminal ``width`` wide (empty when nothing)."""
    faults = []
    lines = out.splitlines()
    for number, line in enumerate(lines, 1):
        if cell_len(line) > width:
            faults.append(f"line {number} is {cell_len(line)} cells wide: {line!r}")
        edge = RIGHT_EDGE.get(line[:1])
        if edge and not line.rstrip().endswith(edge):
            faults.append(f"line {number} is a table cut at the edge: {line!r}")
    run = 0
    for number, line in enumerate(lines, 1):
        # A row whose first cell is blank continues the row above: one cell wrapped onto it.
        continues = line.startswith("│") and line.split("│")[1].strip() == ""
        run = run + 1 if continues else 0
        if run == 2:
            faults.append(f"line {number}: a row wraps onto three lines or more: {line!r}")
    heads = [n for n, line in enumerate(lines) if line.startswith("┃")]
    if any(b == a + 1 for a, b in itertools.pairwise(heads)):
        faults.append("a table's header is broken over two lines")
    return faults


def test_the_checks_catch_a_wide_a_cut_and_a_tall_table() -> None:
    assert table_faults("┏━━┓\n┃ a┃\n┡━━┩\n│ 1│\n└──┘") == []
    assert table_faults("x" * 81)
    assert table_faults(
        "┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━"
    )
    assert table_faults("│ a │ b │\n│   │ c │\n│   │ d │")
    assert table_faults("┃ counte ┃\n┃ rpart  ┃")


@pytest.fixture
def loaded(sample_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    """The bundled data with two sanctions lists, a fund, a support case and an audit trail."""
    monkeypatch.delenv("DOORWATCH_KEY", raising=False)
    monkeypatch.setenv("DOORWATCH_KEY_FILE", str(tmp_path / "keys.json"))
    new_key()
    accounts.add_user(sample_store, "alice", "correct horse battery", "analyst", actor="test")
    ofac = ofac_csv_slice("ofac-sdn-2024-05", tmp_path / "sdn.csv", _belarus_ids())
    import_list(sample_store, [ofac], list_date="2024-05-03")
    import_list(sample_store, [LISTS / "eu-fsf-2024-05-13/20240513-FULL-1_1.xml"])
    return sample_store


def test_every_table_fits_80_columns(loaded: Store, cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db = loaded.url
    for setup in (
        ["fund", "add", "ihf", "--name", "International Humanitarian Fund"],
        ["fund", "donate", "ihf", "250000", "--on", "2025-12-01"],
        ["fund", "rate", "PLN", "2025-12-12", "0.2365", "--source", "European Central Bank"],
        ["support", "open", "person-ales-bialiatski", "--where", "relocated:PL"],
    ):
        done = cli(*setup, "--db", db)
        assert done.code == 0, (setup, done.err)
    monkeypatch.setenv("COLUMNS", str(WIDTH))
    faults = {}
    for command in COMMANDS:
        database = [] if command.startswith("sanctions sectoral") else ["--db", db]
        printed = cli(*command.split(), *database)
        assert printed.code == 0, (command, printed.err)
        assert printed.out.strip(), command
        found = table_faults(printed.out)
        if found:
            faults[command] = found[:3]
    assert faults == {}, "\n".join(f"{c}: {f}" for c, f in faults.items())


WIDE_LISTINGS = {"claims": CLAIM_WIDE_COLUMNS, "sources": SOURCE_WIDE_COLUMNS}


def test_wide_tables_show_every_column_whole(sample_store: Store, cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """--wide on a narrow terminal prints the table at its own width: no column squeezed to
    nothing, and every cell of up to 40 characters printed whole on one line."""
    monkeypatch.setenv("COLUMNS", str(WIDTH))
    for command, columns in WIDE_LISTINGS.items():
        database = ["--limit", "8", "--db", sample_store.url]
        printed = cli(command, "--wide", *database)
        assert printed.code == 0, (command, printed.err)
        header = next(line for line in printed.out.splitlines() if line.startswith("┃"))
        assert "┃┃" not in header, (command, header)
        items = json.loads(cli(command, "--format", "json", *database).out)["items"]
        assert items, command
        for item in items:
            for column in columns:
                value = item.get(column)
                if isinstance(value, str) and 0 < len(value) <= 40:
                    assert value in printed.out, (command, column, value)
    for command in ("deals --wide", "people --wide"):
        printed = cli(*command.split(), "--db", sample_store.url)
        header = next(line for line in printed.out.splitlines() if line.startswith("┃"))
        assert printed.code == 0 and "┃┃" not in header, (command, header)


def test_help_reads_as_paragraphs() -> None:
    import click
    import typer

    from doorwatch.cli.main import app, ensure_registered

    ensure_registered()
    broken = []
    todo: list[tuple[str, click.Command]] = [("doorwatch", typer.main.get_command(app))]
    while todo:
        name, command = todo.pop()
        if (command.help or "").replace("\n\n", "").count("\n"):
            broken.append(name)
        if isinstance(command, click.Group):
            todo += [(f"{name} {n}", c) for n, c in command.commands.items()]
    assert broken == []
    assert len(todo) == 0
