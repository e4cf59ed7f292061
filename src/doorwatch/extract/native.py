"""The extraction rules compiled to C with mypyc, used only while they match their sources.

The rules are plain, strictly typed Python and stay the only source of truth. ``build()``
compiles the modules in ``MODULES`` with mypyc into ``compiled/`` beside them, with a record
of what it compiled: a hash of every compiled source and the interpreter's tag. When the
package is imported, ``search_path`` puts that folder before the sources on the package's
search path only if the record still matches the sources byte for byte, so an edited rule is
never shadowed by a stale build: the whole package then runs as Python until it is rebuilt
(the compiled modules call each other directly, so they are used all together or not at all).

Set ``DOORWATCH_PURE_PYTHON=1`` to run the Python sources even when a current build exists.
``python -m doorwatch.tools.build_native`` builds (``scripts/setup-venv`` runs it).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

# Every module that runs for each text; the package's others are in LEFT_OUT.
MODULES = (
    "adjunct_shapes",
    "annotation_lines",
    "catalogue_entries",
    "dated_listings",
    "appositive_counts",
    "ban_shapes",
    "claim_fields",
    "caller_names",
    "entry_labels",
    "meeting_roles",
    "clause_subjects",
    "colon_speakers",
    "company_names",
    "corrections",
    "count_clauses",
    "count_context",
    "count_cues",
    "count_parts",
    "count_qualifiers",
    "count_returns",
    "count_tables",
    "count_totals",
    "definite_speakers",
    "credit_lines",
    "dates",
    "pronoun_cues",
    "aside_speakers",
    "initial_names",
    "inverted_subjects",
    "subtitle_cues",
    "document_authors",
    "described_subjects",
    "figures",
    "first_person",
    "framed_speakers",
    "freeze_shapes",
    "hard_wraps",
    "heading_figures",
    "heading_quotes",
    "headword_entries",
    "labelled_measures",
    "leader_rows",
    "labelled_turns",
    "letter_lines",
    "line_patterns",
    "lexicon",
    "list_names",
    "listed_counts",
    "listed_people",
    "list_shapes",
    "listing_asides",
    "listings",
    "mentions",
    "name_captions",
    "name_genders",
    "numbers",
    "office_holders",
    "outlet_names",
    "permit_shapes",
    "plain_shapes",
    "person_pronouns",
    "pipeline",
    "post_headers",
    "power_rows",
    "profile_listings",
    "proposed_lists",
    "pronoun_writers",
    "question_counts",
    "quotes",
    "referred_targets",
    "reply_addressees",
    "resolve",
    "role_patterns",
    "sanction_dates",
    "sanction_hits",
    "sanction_followers",
    "sanction_in_force",
    "sanction_modality",
    "sanction_parts",
    "sanction_powers",
    "sanction_seconds",
    "sanction_shapes",
    "sanction_standing",
    "sanction_states",
    "sanction_steps",
    "sanction_tables",
    "sanction_subjects",
    "sanction_topic",
    "sanction_windows",
    "sanctions",
    "script_labels",
    "offset_index",
    "sentences",
    "speakers",
    "spoken_frames",
    "spokesperson_speakers",
    "swift_shapes",
    "target_lists",
    "targets",
    "text_tables",
    "threat_shapes",
    "title_portfolios",
    "trade_shapes",
    "transit_closures",
    "unnamed_speakers",
    "word_gates",
    "word_groups",
)
# The entry points that only read files or decide relevance (sources, html_text, relevance),
# and the reading of a pattern's own strings (pattern_literals, once a pattern in a process),
# which gain nothing from compiling; the claims, which travel between processes (an archive's
# workers and its driver): a compiled class does not pickle; and the package's own start and
# this module, which decide whether the build is used.
LEFT_OUT = (
    "__init__",
    "claims",
    "html_text",
    "native",
    "pattern_literals",
    "relevance",
    "sources",
)
_HERE = Path(__file__).resolve().parent
COMPILED = _HERE / "compiled"
_RECORD = COMPILED / "BUILD.json"
# The shared library mypyc makes for the group is this package's module "native__mypyc".
_GROUP = "doorwatch.extract.native"


def _fingerprint() -> str:
    digest = hashlib.sha256(sys.implementation.cache_tag.encode())
    for name in MODULES:
        digest.update(name.encode() + b"\0")
        digest.update((_HERE / f"{name}.py").read_bytes())
    return digest.hexdigest()


def status() -> str:
    """Return how extraction runs here: "compiled", "python (no build)", "python (stale
    build)" or "python (DOORWATCH_PURE_PYTHON set)"."""
    if os.environ.get("DOORWATCH_PURE_PYTHON"):
        return "python (DOORWATCH_PURE_PYTHON set)"
    try:
        record = json.loads(_RECORD.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "python (no build)"
    if not isinstance(record, dict) or record.get("fingerprint") != _fingerprint():
        return "python (stale build)"
    return "compiled"


def search_path(path: list[str]) -> list[str]:
    """Return the package search path ``path`` with the compiled folder first when its build
    matches the sources, else ``path`` unchanged."""
    if status() != "compiled":
        return path
    return [str(COMPILED), *path]


def build() -> Path:
    """Compile ``MODULES`` with mypyc into ``compiled/``; return that folder.

    Needs mypy (which ships mypyc), setuptools and a C compiler with the interpreter's
    headers. The folder is replaced only once the new build is complete.
    """
    from mypyc.build import mypycify  # a build tool, not needed at run time
    from setuptools import Distribution

    sources = [str(_HERE / f"{name}.py") for name in MODULES]
    fingerprint = _fingerprint()
    with tempfile.TemporaryDirectory(prefix="doorwatch-native-") as tmp:
        work = Path(tmp)
        # Its own settings: the checks are `make check`'s job, and an install without the
        # type stubs of the dev extra must still build. mypyc writes its C files relative
        # to the working directory.
        config = work / "mypy.ini"
        config.write_text("[mypy]\nignore_missing_imports = True\n", encoding="utf-8")
        cwd = Path.cwd()
        os.chdir(work)
        try:
            extensions = mypycify(
                [f"--config-file={config}", *sources],
                opt_level="3",
                group_name=_GROUP,
                target_dir=str(work / "c"),
            )
        finally:
            os.chdir(cwd)
        dist = Distribution({"name": "doorwatch-native", "ext_modules": extensions})
        command = dist.get_command_obj("build_ext")
        command.build_lib = str(work / "lib")
        command.build_temp = str(work / "tmp")
        command.parallel = os.cpu_count() or 1
        os.chdir(work)
        try:
            dist.run_command("build_ext")
        finally:
            os.chdir(cwd)
        if _fingerprint() != fingerprint:
            # a rule edited while it compiled: the build might hold either version
            raise RuntimeError("the extraction rules changed during the build; build again")
        staged = work / "compiled"
        staged.mkdir()
        for built in (work / "lib").rglob("*"):
            if built.suffix in (".so", ".pyd"):
                shutil.copy2(built, staged / built.name)
        record = {"fingerprint": fingerprint, "modules": list(MODULES), "python": sys.version}
        (staged / "BUILD.json").write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
        if COMPILED.exists():
            shutil.rmtree(COMPILED)
        shutil.copytree(staged, COMPILED)
    return COMPILED
