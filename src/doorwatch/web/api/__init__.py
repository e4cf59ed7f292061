"""The REST API under ``/api/v1``: one router module per resource."""

from doorwatch.web.api import (
    admin,
    analysis,
    articles,
    deals,
    evidence,
    insights,
    registry,
    sanctions,
    support,
)

# The order of the OpenAPI page.
MODULES = (registry, deals, sanctions, evidence, analysis, insights, articles, admin, support)
