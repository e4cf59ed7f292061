"""The compiled extraction rules: used only while current, and the same claims as Python."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

from doorwatch.extract import extract_claims, native
from doorwatch.extract.targets import KnownTargets

_TESTS = Path(__file__).resolve().parent
_REQUIRED = os.environ.get("DOORWATCH_REQUIRE_NATIVE") == "1"


def _texts() -> dict[str, str]:
    # every annotated test text: several hundred news passages of many styles
    return {
        f"{path.parent.name}/{path.name}": path.read_text(encoding="utf-8")
        for path in sorted(_TESTS.glob("*/*.txt"))
    }


def test_the_rules_run_compiled_where_the_set_up_built_them() -> None:
    if not _REQUIRED and native.status() != "compiled":
        pytest.skip(f"extraction runs as {native.status()} (DOORWATCH_REQUIRE_NATIVE not set)")
    from doorwatch.extract import figures, mentions, sanctions

    assert native.status() == "compiled"
    for module in (figures, mentions, sanctions):
        assert str(module.__file__).endswith(tuple(EXTENSION_SUFFIXES)), module.__file__


def test_compiled_and_python_rules_give_the_same_claims() -> None:
    if native.status() != "compiled":
        pytest.skip(f"extraction runs as {native.status()}: nothing to compare")
    texts = _texts()
    assert len(texts) > 200
    here = {name: [c.to_json() for c in extract_claims(text)] for name, text in texts.items()}
    code = (
        "import json, sys\n"
        "from doorwatch.extract import extract_claims, figures\n"
        "assert figures.__file__.endswith('.py'), figures.__file__\n"
        "texts = json.load(sys.stdin)\n"
        "print(json.dumps({n: [c.to_json() for c in extract_claims(t)] for n, t in texts.items()}))\n"
    )
    env = {**os.environ, "DOORWATCH_PURE_PYTHON": "1"}
    done = subprocess.run(
        [sys.executable, "-c", code],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    python = json.loads(done.stdout)
    differ = [name for name in texts if python[name] != here[name]]
    assert not differ, differ[:5]
    assert sum(len(claims) for claims in here.values()) > 1000


@pytest.fixture()
def sources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Return a folder holding copies of the compiled modules' sources, which ``native``
    now reads in place of its own."""
    here = Path(native.__file__).parent
    for name in native.MODULES:
        (tmp_path / f"{name}.py").write_bytes((here / f"{name}.py").read_bytes())
    monkeypatch.setattr(native, "_HERE", tmp_path)
    monkeypatch.setattr(native, "COMPILED", tmp_path / "compiled")
    monkeypatch.setattr(native, "_RECORD", tmp_path / "compiled" / "BUILD.json")
    monkeypatch.delenv("DOORWATCH_PURE_PYTHON", raising=False)
    return tmp_path


def test_a_build_is_used_only_while_it_matches_every_source(sources: Path) -> None:
    assert native.status() == "python (no build)"
    assert native.search_path(["src"]) == ["src"]
    (sources / "compiled").mkdir()
    record = {"fingerprint": native._fingerprint(), "modules": list(native.MODULES)}
    (sources / "compiled" / "BUILD.json").write_text(json.dumps(record), encoding="utf-8")
    assert native.status() == "compiled"
    assert native.search_path(["src"]) == [str(sources / "compiled"), "src"]
    # one rule edited after the build: every module runs as Python again
    edited = sources / "figures.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert native.status() == "python (stale build)"
    assert native.search_path(["src"]) == ["src"]


def test_pure_python_can_be_asked_for(sources: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (sources / "compiled").mkdir()
    record = {"fingerprint": native._fingerprint()}
    (sources / "compiled" / "BUILD.json").write_text(json.dumps(record), encoding="utf-8")
    monkeypatch.setenv("DOORWATCH_PURE_PYTHON", "1")
    assert native.status() == "python (DOORWATCH_PURE_PYTHON set)"
    assert native.search_path(["src"]) == ["src"]


def test_a_broken_build_record_means_no_build(sources: Path) -> None:
    (sources / "compiled").mkdir()
    (sources / "compiled" / "BUILD.json").write_text("{not json", encoding="utf-8")
    assert native.status() == "python (no build)"


def test_known_targets_pickle_for_an_archives_workers() -> None:
    known = KnownTargets([("Belavia", "Belavia airline blocking"), ("Naftan", "Naftan refinery")])
    copy = pickle.loads(pickle.dumps(known))
    assert type(copy) is KnownTargets
    assert copy.resolve("the national airline") == "Belavia"
    assert copy.resolve("the state refinery") == "Naftan"


def test_every_module_of_the_package_is_compiled_or_left_out_by_name() -> None:
    # a module missing from both would run as Python beside the compiled rules, unnoticed
    here = Path(native.__file__).parent
    modules = {path.stem for path in here.glob("*.py")}
    assert set(native.MODULES).isdisjoint(native.LEFT_OUT)
    assert modules == set(native.MODULES) | set(native.LEFT_OUT)
