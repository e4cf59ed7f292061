"""Server-rendered pages: one router module per page family."""

from doorwatch.web.pages import (
    account,
    claims,
    deals,
    overview,
    people,
    projection,
    sanctions,
    sources,
    support,
)

MODULES = (overview, people, deals, projection, sanctions, claims, sources, account, support)
