"""``doorwatch audit``: read the audit log and check that nobody rewrote it."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console

from doorwatch.cli.options import DbOption, FormatOption, WideOption, store_for
from doorwatch.cli.output import Format, print_json, render
from doorwatch.errors import StoreError

# Services and analysis are imported inside each command: `doorwatch --help` imports every
# command module, and the store with SQLAlchemy alone takes 0.15-0.25 s (measured).

COLUMNS = ["id", "at", "actor", "action", "record_type", "record_id"]
# What fits 80 columns (the time to the minute); --wide shows every column.
NARROW = ["id", "at", "actor", "action", "record_id"]


class AuditBrokenError(StoreError):
    """The audit chain does not hold: an entry was changed or removed."""


def register(app: typer.Typer) -> None:
    """Add the ``audit`` command group to ``app``."""
    group = typer.Typer(help="The audit log: who changed what, and whether it is intact.")
    app.add_typer(group, name="audit")

    @group.command("verify")
    def verify(fmt: FormatOption = Format.table, db: DbOption = None) -> None:
        """Check the hash chain of the audit log; name the first entry that was changed or
        whose predecessor was removed. Exits with 4 when the chain is broken."""
        from doorwatch.services.audit_log import verify_audit

        result = verify_audit(store_for(db))
        if fmt is Format.json:
            print_json(result)
        elif result["intact"]:
            Console().print(f"audit log intact: {result['entries']} entries checked")
        if not result["intact"]:
            raise AuditBrokenError(
                f"audit log broken at entry {result['first_broken']}: {result['reason']}"
            )

    @group.command("log")
    def log(
        actor: Annotated[str | None, typer.Option(help="Only entries by this actor.")] = None,
        action: Annotated[str | None, typer.Option(help="Only this action.")] = None,
        limit: Annotated[int, typer.Option(help="Newest entries to show.", min=1)] = 50,
        wide: WideOption = False,
        fmt: FormatOption = Format.table,
        db: DbOption = None,
    ) -> None:
        """Show the newest audit entries (who, when, what)."""
        from doorwatch.services.audit_log import audit_entries

        page = audit_entries(store_for(db), limit=limit, actor=actor, action=action)
        rows = page["items"]
        if fmt is Format.table and not wide:
            rows = [{**r, "at": str(r["at"])[:16].replace("T", " ")} for r in rows]
        render(
            rows, COLUMNS, fmt, title="audit log", document=page["items"], wide=wide, narrow=NARROW
        )
