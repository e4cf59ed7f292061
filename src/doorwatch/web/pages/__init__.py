"""Server-rendered pages: one router module per page family."""

from doorwatch.web.pages import (
    account,
    claims,
    deals,
    overview,
    people,
    sanctions,
    sources,
    support,
)

MODULES = (overview, people, deals, sanctions, claims, sources, account, support)
