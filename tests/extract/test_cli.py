"""The ``doorwatch extract`` command: formats, folders, --out, --published and input errors."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from typer.testing import CliRunner

from doorwatch.cli import extract_cmd

_TEXT = (
    "Sviatlana Tsikhanouskaya spoke in Oslo on Wednesday.\n"
    "\u201cThe door keeps revolving,\u201d she said. Officials freed 14 political prisoners "
    "last month.\n"
)


def _app() -> typer.Typer:
    app = typer.Typer()
    extract_cmd.register(app)

    @app.command("noop")
    def _noop() -> None:  # a second command keeps Typer from collapsing the group
        """Do nothing."""

    return app


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(_app(), ["extract", *args], env={"COLUMNS": "200"})
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr if result.stderr_bytes else ""


def test_jsonl_is_one_object_per_line(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(_TEXT, encoding="utf-8")
    code, out, _ = _run(str(path), "--published", "2025-12-10")
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert {c["kind"] for c in lines} == {"quote", "figure"}
    figure = next(c for c in lines if c["kind"] == "figure")
    assert figure["date"] == "2025-11"
    assert list(figure) == ["kind", "measure", "value", "qualifier", "date", "start", "end"]


def test_folder_adds_doc_and_out_writes_file(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "one.txt").write_text(_TEXT, encoding="utf-8")
    (folder / "two.html").write_text(
        "<html><body><article><p>"
        + _TEXT.replace("\n", "</p><p>")
        + "</p></article></body></html>",
        encoding="utf-8",
    )
    target = tmp_path / "claims.jsonl"
    code, out, _ = _run(str(folder), "--out", str(target))
    assert code == 0 and out == ""
    docs = {json.loads(line)["doc"] for line in target.read_text(encoding="utf-8").splitlines()}
    assert docs == {"one.txt", "two.html"}


def test_table_format(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(_TEXT, encoding="utf-8")
    code, out, _ = _run(str(path), "--format", "table")
    assert code == 0
    assert "Sviatlana Tsikhanouskaya" in out and "prisoners_released" in out


def test_non_utf8_file_is_an_input_error(tmp_path: Path) -> None:
    from doorwatch.errors import InputError

    path = tmp_path / "cp1251.txt"
    path.write_bytes("Лукашенко".encode("cp1251"))
    result = CliRunner().invoke(_app(), ["extract", str(path)])
    assert isinstance(result.exception, InputError)
    assert "cp1251.txt" in str(result.exception) and "UTF-8" in str(result.exception)


def test_bad_published_date_names_the_option(tmp_path: Path) -> None:
    from doorwatch.errors import InputError

    path = tmp_path / "a.txt"
    path.write_text(_TEXT, encoding="utf-8")
    result = CliRunner().invoke(_app(), ["extract", str(path), "--published", "10/12/2025"])
    assert isinstance(result.exception, InputError)
    assert "--published" in str(result.exception)


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    from doorwatch.errors import InputError

    result = CliRunner().invoke(_app(), ["extract", str(tmp_path / "nope.txt")])
    assert isinstance(result.exception, InputError)
