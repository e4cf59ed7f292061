"""``doorwatch support``: support cases of released people (open, needs, notes, aid, consent,
referrals), their aggregates, and the encrypted export.

The command line acts as the local operator, who holds the database and the key: it may do
what a coordinator and an admin may, and every read and change is audited as ``cli``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape

from doorwatch.cli.options import (
    DbOption,
    FormatOption,
    WideOption,
    day_or_today,
    store_for,
)
from doorwatch.cli.output import Format, print_done, print_json, render

# Services are imported inside each command (the store and SQLAlchemy alone take 0.15-0.25 s),
# so that --help and the other commands do not pay for them.
from doorwatch.cli.support_plan_cmd import add_plan

LIST_COLUMNS = ["id", "person_name", "status", "assigned_to", "origin", "deal_id", "opened_at"]
# What fits 80 columns; --wide shows every column.
LIST_NARROW = ["id", "person_name", "status", "assigned_to"]
CaseArg = Annotated[str, typer.Argument(help="A support case id (sc-…).")]
OnOption = Annotated[str | None, typer.Option("--on", help="Date (YYYY-MM-DD); default today.")]


def _show_table(case: dict[str, Any]) -> None:
    console = Console()
    # Names and notes are people's text: printed as text, never as Rich markup.
    name = escape(f"{case['person_name']} ({case['person_id']})")
    console.print(f"[bold]{escape(case['id'])}[/] {name}")
    for key in ("status", "where", "assigned_to", "location", "contacts", "deal_id", "case_id"):
        line = f"  {key.replace('_', ' ')}: {case.get(key) or '—'}"
        console.print(line, highlight=False, markup=False)
    consent = case["consent"]
    scope = ", ".join(consent["scope"]) or "—"
    console.print(
        f"  consent: {'given' if consent['given'] else 'not given'} {consent['on'] or ''}"
        f" scope: {scope}",
        highlight=False,
    )
    render(
        case["needs"], ["id", "kind", "status", "note", "updated_at"], Format.table, title="needs"
    )
    render(case["notes"], ["at", "author", "text"], Format.table, title="notes")
    render(
        case["referrals"],
        ["at", "by", "partner", "need_id", "reason"],
        Format.table,
        title="referrals",
    )
    render(
        case["aid"],
        ["on", "kind", "status", "amount", "currency", "amount_eur", "fund_id", "organisation"],
        Format.table,
        title="aid",
    )


def register(app: typer.Typer) -> None:
    """Add the ``support`` command group to ``app``."""
    group = typer.Typer(
        help="Support for released people: cases, needs, aid, the plan.", no_args_is_help=True
    )
    app.add_typer(group, name="support")
    add_plan(group)

    @group.command("open")
    def open_(
        person_id: Annotated[str, typer.Argument(help="The person's id.")],
        where: Annotated[str, typer.Option("--where", help="stayed, relocated:CC or expelled:CC.")],
        location: Annotated[str | None, typer.Option(help="Town or address (sealed).")] = None,
        contacts: Annotated[str | None, typer.Option(help="Phone, messenger… (sealed).")] = None,
        fmt: FormatOption = Format.table,
        db: DbOption = None,
    ) -> None:
        """Open support for a person (a case "to contact" from a recorded release is opened,
        not duplicated); prints the case id."""
        from doorwatch.services import support_cases as cases
        from doorwatch.services.support_access import LOCAL_OPERATOR as OPERATOR

        case = cases.open_case(
            store_for(db), person_id, where, user=OPERATOR, location=location, contacts=contacts
        )
        print_done(case, fmt, f"support case {case['id']} open for {case['person_name']}")

    @group.command("need")
    def need(
        case_id: CaseArg,
        kind: Annotated[
            str,
            typer.Argument(
                help="medical, psychological, housing, documents, "
                "legal, employment, family or material_aid."
            ),
        ],
        note: Annotated[str | None, typer.Option("--note", help="Details (sealed).")] = None,
        fmt: FormatOption = Format.table,
        db: DbOption = None,
    ) -> None:
        """Add a need to a case (status open)."""
        from doorwatch.services import support_cases as cases
        from doorwatch.services.support_access import LOCAL_OPERATOR as OPERATOR

        added = cases.add_need(store_for(db), case_id, kind, user=OPERATOR, note=note)
        print_done(added, fmt, f"need {added['id']} ({kind}) added to {case_id}")

    @group.command("need-status")
    def need_status(
        need_id: Annotated[int, typer.Argument(help="The need's number.")],
        status: Annotated[str, typer.Argument(help="open, in_progress, met or declined.")],
        fmt: FormatOption = Format.table,
        db: DbOption = None,
    ) -> None:
        """Set the status of a need."""
        from doorwatch.services import support_cases as cases
        from doorwatch.services.support_access import LOCAL_OPERATOR as OPERATOR

        changed = cases.set_need_status(store_for(db), need_id, status, user=OPERATOR)
        print_done(changed, fmt, f"need {need_id} is now {status}")

    @group.command("note")
    def note(
        case_id: CaseArg, text: str, fmt: FormatOption = Format.table, db: DbOption = None
    ) -> None:
        """Add a note to a case (sealed)."""
        from doorwatch.services import support_cases as cases
        from doorwatch.services.support_access import LOCAL_OPERATOR as OPERATOR

        added = cases.add_note(store_for(db), case_id, text, user=OPERATOR)
        print_done(added, fmt, f"note {added['id']} added to {case_id}")

    @group.command("give")
    def give(
        case_id: CaseArg,
        kind: Annotated[
            str,
            typer.Option(
                "--kind",
                help="material_aid, reception, relocation, rehabilitation, legal or other.",
            ),
        ],
        amount: Annotated[float, typer.Option("--amount", help="The amount, > 0.")],
        fund: Annotated[str, typer.Option("--fund", help="The fund it comes from.")],
        currency: Annotated[str, typer.Option("--currency", help="ISO code.")] = "EUR",
        on: OnOption = None,
        need: Annotated[int | None, typer.Option("--need", help="The need it meets.")] = None,
        organisation: Annotated[str | None, typer.Option(help="Who gave it.")] = None,
        committed: Annotated[
            bool, typer.Option("--committed", help="Promised, not yet paid.")
        ] = False,
        fmt: FormatOption = Format.table,
        db: DbOption = None,
    ) -> None:
        """Record aid given to a case from a fund, converted to euros at the rate of its date."""
        from doorwatch.services import support_funds as funds
        from doorwatch.services.support_access import LOCAL_OPERATOR as OPERATOR

        given = funds.give(
            store_for(db),
            case_id,
            kind=kind,
            amount=amount,
            currency=currency,
            fund_id=fund,
            on=day_or_today(on),
            user=OPERATOR,
            organisation=organisation,
            need_id=need,
            committed=committed,
        )
        print_done(
            given,
            fmt,
            f"{given['status']} {amount:g} {given['currency']} "
            f"(€{given['amount_eur']:,.2f}) to {case_id} from {fund}",
        )

    @group.command("consent")
    def consent(
        case_id: CaseArg,
        scope: Annotated[
            list[str] | None,
            typer.Option(
                "--scope",
                help="A partner that may see the case (PARTNER) or one kind of need "
                "(PARTNER:KIND); repeat.",
            ),
        ] = None,
        withdrawn: Annotated[bool, typer.Option("--withdrawn", help="Consent withdrawn.")] = False,
        on: OnOption = None,
        fmt: FormatOption = Format.table,
        db: DbOption = None,
    ) -> None:
        """Record the person's consent and its scope (which partners may see what)."""
        from doorwatch.services import support_cases as cases
        from doorwatch.services.support_access import LOCAL_OPERATOR as OPERATOR

        stored = cases.record_consent(
            store_for(db),
            case_id,
            given=not withdrawn,
            on=day_or_today(on),
            scope=scope or [],
            user=OPERATOR,
        )
        print_done(
            stored,
            fmt,
            f"consent of {case_id}: "
            f"{'given for ' + (', '.join(stored['scope']) or 'nobody') if stored['given'] else 'withdrawn'}",
        )

    @group.command("refer")
    def refer(
        case_id: CaseArg,
        partner: Annotated[str, typer.Argument(help="The partner organisation.")],
        reason: Annotated[str, typer.Option("--reason", help="Why (sealed).")],
        need: Annotated[int | None, typer.Option("--need", help="The need referred.")] = None,
        fmt: FormatOption = Format.table,
        db: DbOption = None,
    ) -> None:
        """Refer a case to a partner organisation; refused unless consent covers it."""
        from doorwatch.services import support_cases as cases
        from doorwatch.services.support_access import LOCAL_OPERATOR as OPERATOR

        done = cases.refer(store_for(db), case_id, partner, reason, user=OPERATOR, need_id=need)
        print_done(done, fmt, f"{case_id} referred to {done['partner']}")

    @group.command("assign")
    def assign(
        case_id: CaseArg,
        caseworker: Annotated[
            str | None, typer.Argument(help="A caseworker's user name; none to unassign.")
        ] = None,
        fmt: FormatOption = Format.table,
        db: DbOption = None,
    ) -> None:
        """Assign a case to a caseworker."""
        from doorwatch.services import support_cases as cases
        from doorwatch.services.support_access import LOCAL_OPERATOR as OPERATOR

        case = cases.assign(store_for(db), case_id, caseworker, user=OPERATOR)
        print_done(case, fmt, f"{case_id} assigned to {case['assigned_to'] or 'nobody'}")

    @group.command("status")
    def status(
        case_id: CaseArg,
        new_status: Annotated[str, typer.Argument(help="to_contact, open or closed.")],
        fmt: FormatOption = Format.table,
        db: DbOption = None,
    ) -> None:
        """Set the status of a case."""
        from doorwatch.services import support_cases as cases
        from doorwatch.services.support_access import LOCAL_OPERATOR as OPERATOR

        case = cases.set_status(store_for(db), case_id, new_status, user=OPERATOR)
        print_done(case, fmt, f"{case_id} is now {case['status']}")

    @group.command("list")
    def list_(
        wide: WideOption = False, fmt: FormatOption = Format.table, db: DbOption = None
    ) -> None:
        """List support cases (no sensitive fields)."""
        from doorwatch.services import support_cases as cases
        from doorwatch.services.support_access import LOCAL_OPERATOR as OPERATOR

        rows = cases.list_cases(store_for(db), user=OPERATOR)
        render(rows, LIST_COLUMNS, fmt, title="support cases", wide=wide, narrow=LIST_NARROW)

    @group.command("show")
    def show(case_id: CaseArg, fmt: FormatOption = Format.table, db: DbOption = None) -> None:
        """Show a case with its sealed fields opened (needs the key; the read is audited)."""
        from doorwatch.services import support_cases as cases
        from doorwatch.services.support_access import LOCAL_OPERATOR as OPERATOR

        case = cases.show_case(store_for(db), case_id, user=OPERATOR)
        if fmt is Format.json:
            print_json(case)
        else:
            _show_table(case)

    @group.command("summary")
    def summary(fmt: FormatOption = Format.table, db: DbOption = None) -> None:
        """Counts of support work: cases, needs, aid, and where people are (with the key)."""
        from doorwatch.services.support_access import LOCAL_OPERATOR as OPERATOR
        from doorwatch.services.support_summary import support_summary

        document = support_summary(store_for(db), user=OPERATOR)
        if fmt is Format.json:
            print_json(document)
            return
        rows = [
            {"count": f"{group}: {key}", "value": value}
            for group in (
                "cases_by_status",
                "needs_by_status",
                "where",
                "needs_by_kind",
                "aid_eur_by_kind",
            )
            for key, value in (document[group] or {}).items()
        ]
        render(rows, ["count", "value"], Format.table, title="support")

    @group.command("export")
    def export(
        out: Annotated[Path, typer.Argument(help="The age file to write.")],
        recipient: Annotated[
            list[str], typer.Option("--recipient", "-r", help="An age public key; repeat.")
        ],
        db: DbOption = None,
    ) -> None:
        """Export every support case, opened, into an age-encrypted file (admins only)."""
        from doorwatch.services.support_access import LOCAL_OPERATOR as OPERATOR
        from doorwatch.services.support_keys import export_support

        done = export_support(store_for(db), out, recipients=recipient, user=OPERATOR)
        Console(stderr=True).print(f"{done['cases']} cases written to {done['path']}")
