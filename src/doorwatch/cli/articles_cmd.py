"""``doorwatch ingest`` and ``doorwatch review``: articles in, claims reviewed by a person."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress
from rich.text import Text

from doorwatch.cli.options import DbOption, FormatOption, cli_actor, store_for
from doorwatch.cli.output import Format, render
from doorwatch.errors import InputError

# Services and analysis are imported inside each command: `doorwatch --help` imports every
# command module, and the store with SQLAlchemy alone takes 0.15-0.25 s (measured).

if TYPE_CHECKING:
    from doorwatch.store import Store

INGEST_COLUMNS = ["file", "source_id", "new_source", "claims_added", "claims", "speakers_linked"]


def _ingest(
    store: Store, paths: list[Path], meta: dict[str, str | None], console: Console
) -> list[dict[str, Any]]:
    # Deferred: extraction, name matching and the store import in 0.5 s (measured).
    from doorwatch.extract import read_sources
    from doorwatch.services.article_people import link_speakers
    from doorwatch.services.articles import ingest_article

    sources = [s for path in paths for s in read_sources(path)]
    rows = []
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("reading articles", total=len(sources))
        for source in sources:
            # Without a given title an article is known by its file name.
            result = ingest_article(
                store,
                source.text,
                title=meta["title"] or source.name,
                publisher=meta["publisher"],
                url=meta["url"],
                published=meta["published"],
                actor=cli_actor(),
            )
            links = link_speakers(store, result["source_id"])
            rows.append(
                {
                    "file": source.name,
                    "source_id": result["source_id"],
                    "new_source": result["new_source"],
                    "claims_added": result["claims_added"],
                    "claims": len(result["claims"]),
                    "speakers_linked": [link["name"] for link in links],
                }
            )
            progress.advance(task)
    return rows


ARCHIVE_COLUMNS = ["measure", "value"]


def _archive(
    store: Store, path: Path, workers: int | None, scheduler: str | None, fmt: Format
) -> None:
    from doorwatch.services.archive import ingest_archive

    console = Console(stderr=True)
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("reading shards", total=None)

        def advance(what: str, count: int) -> None:
            if what == "total":
                progress.update(task, total=count)
            else:
                progress.advance(task, count)

        summary = ingest_archive(
            store,
            path,
            workers=workers,
            scheduler=scheduler,
            progress=advance,
            actor=cli_actor(),
        ).as_dict()
    failures = summary.pop("failures")
    rows = [{"measure": k, "value": v} for k, v in summary.items()]
    rows += [
        {"measure": f"failed: {f['shard']}", "value": f"position {f['position']}: {f['reason']}"}
        for f in failures
    ]
    render(rows, ARCHIVE_COLUMNS, fmt, title="archive", document={**summary, "failures": failures})


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    return left + 1, right


def _show(console: Console, claim: dict[str, Any], position: str) -> None:
    console.rule(f"claim {position}: {claim['kind']}  [dim]{escape(claim['id'])}[/]")
    source = claim["source"]
    title = escape(source.get("title") or source["id"])
    console.print(f"[dim]{title} — {escape(source.get('publisher') or '')}[/]")
    text = source.get("text") or ""
    start, end = claim.get("start"), claim.get("end")
    if text and isinstance(start, int) and isinstance(end, int):
        left, right = _sentence_bounds(text, start, end)
        shown = Text(text[left:start].lstrip())
        shown.append(text[start:end], style="bold black on yellow")
        shown.append(text[end:right].rstrip())
        console.print(shown)
    fields = ("speaker", "quote", "measure", "value", "value_max", "qualifier", "as_of",
              "action", "target", "imposer")  # fmt: skip
    for field in fields:
        if claim.get(field) is not None:
            console.print(f"  {field}: [bold]{escape(str(claim[field]))}[/]")


def _ask_edits(console: Console) -> dict[str, str]:
    console.print("edit: one field=value a line; an empty line ends")
    edits: dict[str, str] = {}
    while True:
        line = typer.prompt("", default="", show_default=False)
        if not line.strip():
            return edits
        if "=" not in line:
            console.print("[red]write field=value[/]")
            continue
        field, value = line.split("=", 1)
        edits[field.strip()] = value.strip()


def register(app: typer.Typer) -> None:
    """Add the ``ingest`` and ``review`` commands to ``app``."""

    @app.command()
    def ingest(
        files: Annotated[
            list[Path] | None, typer.Argument(help="Article files (text or HTML) or folders.")
        ] = None,
        archive: Annotated[
            Path | None,
            typer.Option(
                help="A news archive: a shard or a folder of shards (JSON Lines, Parquet, WARC)."
            ),
        ] = None,
        workers: Annotated[
            int | None,
            typer.Option(
                help="Dask worker processes for --archive (0: serial; default: one per CPU)."
            ),
        ] = None,
        scheduler: Annotated[
            str | None,
            typer.Option(
                help="Run --archive on the Dask cluster at this address (tcp://HOST:PORT)."
            ),
        ] = None,
        publisher: Annotated[str | None, typer.Option(help="Who published the article(s).")] = None,
        title: Annotated[str | None, typer.Option(help="The article's title.")] = None,
        url: Annotated[str | None, typer.Option(help="Where the article was published.")] = None,
        published: Annotated[
            str | None, typer.Option(help="Publication date (YYYY-MM-DD); resolves 'on Monday'.")
        ] = None,
        fmt: FormatOption = Format.table,
        db: DbOption = None,
    ) -> None:
        """Store articles as sources and the claims read from them as proposed claims, for
        review. The same article ingested twice adds nothing. With --archive, a news archive is
        filtered for relevance, its wire copies grouped, and its shards taken in on Dask."""
        if archive is not None:
            if files:
                raise InputError("give article files or --archive, not both", field="--archive")
            _archive(store_for(db), archive, workers, scheduler, fmt)
            return
        if not files:
            raise InputError("no articles given", expected="article files or --archive PATH")
        store = store_for(db)
        meta = {"publisher": publisher, "title": title, "url": url, "published": published}
        rows = _ingest(store, files, meta, Console(stderr=True))
        render(rows, INGEST_COLUMNS, fmt, title="articles ingested")

    @app.command()
    def review(
        reviewer: Annotated[
            str | None, typer.Option(help="Who reviews (recorded with each decision).")
        ] = None,
        source: Annotated[str | None, typer.Option(help="Only claims of this source.")] = None,
        db: DbOption = None,
    ) -> None:
        """Walk the queue of proposed claims: see each in its sentence, then accept, reject,
        edit or skip it. Every decision is recorded with who made it and when."""
        # Deferred: the extraction pipeline and the store import in 0.1-0.15 s (measured).
        from doorwatch.services.details import claim_detail
        from doorwatch.services.review import review as review_claim
        from doorwatch.services.review import review_queue

        store = store_for(db)
        who = reviewer or cli_actor()
        queue = review_queue(store, source)
        console = Console()
        if not queue:
            console.print("no proposed claims to review")
            return
        decided = 0
        for index, claim_id in enumerate(queue, start=1):
            claim = claim_detail(store, claim_id)
            _show(console, claim, f"{index}/{len(queue)}")
            choice = typer.prompt("[a]ccept, [r]eject, [e]dit, [s]kip, [q]uit", default="s")
            action = {"a": "accept", "r": "reject", "e": "edit"}.get(choice.strip().lower()[:1])
            if choice.strip().lower().startswith("q"):
                break
            if action is None:
                continue
            try:
                edits = _ask_edits(console) if action == "edit" else None
                review_claim(store, claim_id, action, actor=who, edits=edits)
                decided += 1
            except InputError as error:
                console.print(f"[red]{escape(str(error))}[/]")
        console.print(f"{decided} decision(s) recorded as {who}")
