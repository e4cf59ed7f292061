"""``doorwatch fund``: funds that pay for support — donations, pledges, costs, rates, position."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

import typer
from rich.console import Console

from doorwatch.cli.options import (
    DbOption,
    FormatOption,
    day_or_today,
    parse_cli_date,
    store_for,
)
from doorwatch.cli.output import Format, print_done, render

# Services are imported inside each command (the store and SQLAlchemy alone take 0.15-0.25 s),
# so that --help and the other commands do not pay for them.

FundArg = Annotated[str, typer.Argument(help="The fund's id.")]
AmountArg = Annotated[float, typer.Argument(help="The amount, > 0.")]
CurrencyOption = Annotated[str, typer.Option("--currency", help="ISO 4217 code.")]
OnOption = Annotated[str | None, typer.Option("--on", help="Date (YYYY-MM-DD); default today.")]
DonorOption = Annotated[str | None, typer.Option("--donor", help="Who gave it (sealed).")]
POSITION_COLUMNS = ["id", "name", "received", "pledged", "paid", "committed", "costs", "balance"]


def register(app: typer.Typer) -> None:
    """Add the ``fund`` command group to ``app``."""
    group = typer.Typer(
        help="Funds for support: donations, pledges, costs, exchange rates.", no_args_is_help=True
    )
    app.add_typer(group, name="fund")

    @group.command("add")
    def add(
        fund_id: FundArg,
        name: Annotated[str, typer.Option("--name", help="The fund's name.")],
        administrator: Annotated[str | None, typer.Option(help="Who runs it.")] = None,
        fmt: FormatOption = Format.table,
        db: DbOption = None,
    ) -> None:
        """Create a fund."""
        from doorwatch.services import support_funds as funds
        from doorwatch.services.support_access import LOCAL_OPERATOR as OPERATOR

        row = funds.add_fund(
            store_for(db), fund_id, name, administrator=administrator, user=OPERATOR
        )
        print_done(row, fmt, f"fund {fund_id} added")

    def receiving(pledge: bool) -> Callable[..., None]:
        """Return the command that records money received (or, with ``pledge``, promised)."""

        def receive(
            fund_id: FundArg,
            amount: AmountArg,
            currency: CurrencyOption = "EUR",
            on: OnOption = None,
            donor: DonorOption = None,
            fmt: FormatOption = Format.table,
            db: DbOption = None,
        ) -> None:
            from doorwatch.services import support_funds as funds
            from doorwatch.services.support_access import LOCAL_OPERATOR as OPERATOR

            row = funds.receive(
                store_for(db),
                fund_id,
                amount,
                currency,
                day_or_today(on),
                donor=donor,
                pledge=pledge,
                user=OPERATOR,
            )
            print_done(
                row,
                fmt,
                f"{row['kind']} {row['id']}: {amount:g} {row['currency']} "
                f"(€{row['amount_eur']:,.2f}) to {fund_id}",
            )

        return receive

    group.command("donate", help="Record a donation received, in euros at the rate of its date.")(
        receiving(pledge=False)
    )
    group.command(
        "pledge", help="Record a pledge (money promised, counted as available until received)."
    )(receiving(pledge=True))

    @group.command("received")
    def received(
        pledge_id: Annotated[int, typer.Argument(help="The pledge's number.")],
        on: OnOption = None,
        fmt: FormatOption = Format.table,
        db: DbOption = None,
    ) -> None:
        """Mark a pledge as received."""
        from doorwatch.services import support_funds as funds
        from doorwatch.services.support_access import LOCAL_OPERATOR as OPERATOR

        row = funds.receive_pledge(store_for(db), pledge_id, day_or_today(on), user=OPERATOR)
        print_done(row, fmt, f"pledge {pledge_id} received on {row['received_on']}")

    @group.command("cost")
    def cost(
        fund_id: FundArg,
        amount: AmountArg,
        currency: CurrencyOption = "EUR",
        on: OnOption = None,
        description: Annotated[str | None, typer.Option(help="What it paid for.")] = None,
        fmt: FormatOption = Format.table,
        db: DbOption = None,
    ) -> None:
        """Record an operating cost of a fund."""
        from doorwatch.services import support_funds as funds
        from doorwatch.services.support_access import LOCAL_OPERATOR as OPERATOR

        row = funds.add_cost(
            store_for(db),
            fund_id,
            amount,
            currency,
            day_or_today(on),
            description=description,
            user=OPERATOR,
        )
        print_done(row, fmt, f"cost {row['id']}: €{row['amount_eur']:,.2f} from {fund_id}")

    @group.command("rate")
    def rate(
        currency: Annotated[str, typer.Argument(help="ISO 4217 code, e.g. PLN.")],
        on: Annotated[str, typer.Argument(help="The rate's date (YYYY-MM-DD).")],
        eur_per_unit: Annotated[float, typer.Argument(help="Euros for one unit.")],
        source: Annotated[str | None, typer.Option(help="Where the rate is from.")] = None,
        fmt: FormatOption = Format.table,
        db: DbOption = None,
    ) -> None:
        """Store an exchange rate: what one unit of a currency was worth in euros on a day."""
        from doorwatch.services import support_funds as funds
        from doorwatch.services.support_access import LOCAL_OPERATOR as OPERATOR

        row = funds.set_rate(
            store_for(db),
            currency,
            parse_cli_date(on, "ON"),
            eur_per_unit,
            source=source,
            user=OPERATOR,
        )
        print_done(row, fmt, f"1 {row['currency']} = €{eur_per_unit:g} on {on}")

    @group.command("rates")
    def rates(fmt: FormatOption = Format.table, db: DbOption = None) -> None:
        """List the stored exchange rates."""
        from doorwatch.services import support_funds as funds
        from doorwatch.services.support_access import LOCAL_OPERATOR as OPERATOR

        rows = funds.list_rates(store_for(db), user=OPERATOR)
        render(rows, ["currency", "on", "eur_per_unit", "source"], fmt, title="exchange rates")

    @group.command("list")
    def list_(fmt: FormatOption = Format.table, db: DbOption = None) -> None:
        """Each fund's money in and out, the balance, commitments, pledges and the runway."""
        from doorwatch.services import support_funds as funds
        from doorwatch.services.support_access import LOCAL_OPERATOR as OPERATOR

        position = funds.fund_position(store_for(db), user=OPERATOR)
        if render(position["funds"], POSITION_COLUMNS, fmt, title="funds (EUR)", document=position):
            runway = position["runway_months"]
            Console().print(
                f"balance €{position['balance_eur']:,.2f}, committed "
                f"€{position['committed_eur']:,.2f}, pledged €{position['pledged_eur']:,.2f}; "
                f"runway {'—' if runway is None else f'{runway} months'} at "
                f"€{position['monthly_outflow_eur']:,.2f} a month ({position['basis']})",
                highlight=False,
            )
