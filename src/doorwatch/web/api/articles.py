"""Article ingestion: text in, proposed claims out."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from doorwatch.services.articles import ingest_article
from doorwatch.web.api.models import Answer
from doorwatch.web.auth import Analyst
from doorwatch.web.context import store_of
from doorwatch.web.render import json_response

router = APIRouter(tags=["ingest"])


class Article(BaseModel):
    """A news article as plain text, with what is known about its publication."""

    text: str = Field(min_length=1, max_length=500_000)
    title: str | None = Field(None, max_length=1000)
    publisher: str | None = Field(None, max_length=500)
    url: str | None = Field(None, max_length=2000)
    published: str | None = Field(
        None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$", description="YYYY, YYYY-MM or YYYY-MM-DD"
    )


@router.post("/articles", response_model=Answer)
def post_article(request: Request, article: Article, user: Analyst) -> Response:
    """Store an article as a source and its extracted claims as proposed claims.

    Posting the same text again adds nothing.
    """
    result = ingest_article(
        store_of(request),
        article.text,
        title=article.title,
        publisher=article.publisher,
        url=article.url,
        published=article.published,
        actor=user.name,
    )
    return json_response(
        (result), status_code=201 if result["claims_added"] or result["new_source"] else 200
    )
