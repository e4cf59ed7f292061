"""Text in, claims out: the one entry point that runs every rule over a text once.

The order matters: quotations are found first and blanked out of a working copy, so that
sentences, names and sanction wording are read only in the reporter's own prose; figures are
read on the original text, since a figure said in a quotation is still a figure.
"""

from __future__ import annotations

import datetime as dt

from doorwatch.extract import dates, mentions, text_tables
from doorwatch.extract.claims import Claim, Quote
from doorwatch.extract.corrections import corrected, withdrawn_measures
from doorwatch.extract.count_returns import without_repeats
from doorwatch.extract.count_tables import table_figures
from doorwatch.extract.dates import detect_published
from doorwatch.extract.figures import find_figures
from doorwatch.extract.hard_wraps import unwrap_lines
from doorwatch.extract.heading_figures import heading_figures
from doorwatch.extract.heading_quotes import heading_speaker, labelled_source, told_again
from doorwatch.extract.labelled_measures import labelled_measures
from doorwatch.extract.leader_rows import blank_leaders
from doorwatch.extract.listed_counts import listed_counts
from doorwatch.extract.listed_people import listed_people
from doorwatch.extract.listing_asides import aside_listings, blank_asides, power_dated
from doorwatch.extract.listings import dated_entries, find_listed, recital_listings
from doorwatch.extract.mentions import find_mentions
from doorwatch.extract.post_headers import blank_signatures, post_author
from doorwatch.extract.power_rows import power_row_sanctions
from doorwatch.extract.profile_listings import profile_sanctions
from doorwatch.extract.proposed_lists import proposed_measures
from doorwatch.extract.quotes import (
    QuoteSpan,
    blank_name_marks,
    find_quotes,
    is_statement,
    mask,
)
from doorwatch.extract.sanction_dates import began_before
from doorwatch.extract.sanction_followers import (
    added_targets,
    eased_first,
    followed_measures,
    gapped_targets,
    included_targets,
    lifted_rest,
)
from doorwatch.extract.sanction_in_force import restated_measures
from doorwatch.extract.sanction_seconds import second_targets
from doorwatch.extract.sanction_tables import table_sanctions, untold_rows
from doorwatch.extract.sanctions import find_sanctions
from doorwatch.extract.sentences import (
    Paragraph,
    SentenceIndex,
    blank_paragraph_numbers,
    blank_term_marks,
    blank_word_marks,
    paragraphs,
    sentences,
)
from doorwatch.extract.speakers import Attributor
from doorwatch.extract.spoken_frames import unnamed_statement
from doorwatch.extract.subtitle_cues import join_cues
from doorwatch.extract.text_tables import outside_rows
from doorwatch.extract.unnamed_speakers import writer_kin_before


def _blank_headings(masked: str, paras: list[Paragraph]) -> str:
    if not any(p.heading for p in paras):
        return masked
    pieces: list[str] = []
    last = 0
    for para in paras:
        if para.heading:
            pieces.append(masked[last : para.start])
            pieces.append(" " * (para.end - para.start))
            last = para.end
    pieces.append(masked[last:])
    return "".join(pieces)


def clear_caches() -> None:
    """Empty every cache that holds facts about earlier texts; return nothing.

    Name analyses and parsed relative dates are kept across calls because the same names
    and phrases recur in news on one subject; the benchmark empties them before every text
    so that its figure is what a stream of unrelated articles would get. Word-level facts
    (lexicon look-ups, compiled patterns for role nouns) are not text-derived and stay.
    """
    mentions.clear_cache()
    dates.clear_cache()
    text_tables.clear_cache()


def extract_claims(text: str, published: dt.date | None = None) -> list[Claim]:
    """Return the quotes, figures and sanctions in ``text``, ordered by their offset.

    ``published`` anchors relative dates ("last month"); when it is None, a
    "Published/Posted on <date>" line near the top is used if there is one.
    """
    if not text or not text.strip():
        return []
    if published is None:
        published = detect_published(text)
    # (a PDF's hard-wrapped lines read as their paragraphs, a subtitle file's cues as running
    # prose, a chronology's dot leaders as the gap they stand for; a quotation keeps its own
    # text)
    original = text
    text = blank_leaders(unwrap_lines(join_cues(text)))
    paras = paragraphs(text)
    spans = find_quotes(text, paras)
    headed = blank_word_marks(blank_name_marks(mask(text, spans)))
    masked = _blank_headings(headed, paras)
    body = [p for p in paras if not p.heading]
    sents = sentences(masked, body)
    index = SentenceIndex(sents)
    headings = "\n".join(text[p.start : p.end] for p in paras if p.heading)
    # (speakers are read without the numbers of numbered paragraphs; the sentences, and the
    # counts read by them, keep them: "41. The number of people it recognised …")
    # (nor a talk page's signatures: an editor signs the comment, not the sources it quotes)
    numbered = blank_signatures(blank_paragraph_numbers(masked))
    mentions = find_mentions(numbered, headings)
    claims: list[Claim] = []
    kept = [q for q in spans if not paras[q.para].heading]
    attributor = Attributor(numbered, paras, index, mentions, headings, headed)
    speakers = attributor.speakers(kept)
    for q, s in zip(kept, speakers, strict=True):
        if not is_statement(text, q):
            continue
        if s is None:
            # ("Source A — a statement by the US Treasury" above the words)
            s = labelled_source(text, paras, q)
        if s is None:
            # ('One said, "…"', 'The Deputy Minister said on Friday that "…"': words said by
            # someone the text describes or leaves unnamed)
            frame = unnamed_statement(masked, index, mentions, q.open)
            if frame is not None:
                s = frame.speaker
            else:
                # ('My father, who …, called and said, "…"': the writer's own kin)
                s = writer_kin_before(masked, index.span(q.open)[0], q.open)
                if s is None:
                    continue
        claims.append(_quote(original, q, s))
    for q in spans:
        if paras[q.para].heading and is_statement(text, q):
            # ('Latushka at PACE: "…"': a title line's remark, the name before its colon, once
            # only when the body does not give the same words)
            # ('⤵️ Forwarded from X' above words that stand on their own line: the post's author)
            titled = (
                attributor.frames.captions.speaker(q.open)
                or post_author(text, q.open)
                or heading_speaker(text, paras[q.para], q, mentions)
            )
            if titled is not None and not told_again(text, q, kept):
                claims.append(_quote(original, q, titled))
    counted = blank_term_marks(blank_word_marks(text))
    tabled = table_figures(counted, published)
    figures = outside_rows(text, find_figures(counted, sents, published), tabled)
    figures += heading_figures(counted, paras, published, figures + tabled)
    figures += listed_counts(counted, published, figures + tabled)
    # (a count told again, in a row under the prose that gave it, is one claim)
    claims.extend(without_repeats(corrected(masked, figures, sents) + tabled))
    listed, intros = find_listed(text, masked, paras, index, mentions, published)
    # ("Name: … Date of listing: 2.12.2021": an annex entry dated by its own line)
    entered = {c.target.lower() for c in listed}
    listed += [c for c in dated_entries(text) if c.target.lower() not in entered]
    listed += recital_listings(text)
    # (measures are read with the brackets that date a listing blanked, see listing_asides)
    measured = blank_asides(masked)
    sanctions = find_sanctions(measured, sents, index, mentions, published, intros, headings)
    sanctions += followed_measures(measured, sanctions, index, published)
    sanctions += began_before(measured, sanctions, index, published)
    sanctions += eased_first(measured, sanctions)
    sanctions += lifted_rest(measured, sanctions, index, published)
    sanctions += second_targets(measured, sanctions, index, published)
    sanctions += gapped_targets(measured, sanctions, index, published)
    sanctions += added_targets(measured, sanctions, index, published)
    sanctions += included_targets(measured, sanctions, index)
    sanctions += listed_people(measured, sanctions, index, mentions, published)
    found = {(c.action, c.target.lower()) for c in sanctions}
    sanctions += [
        c for c in labelled_measures(headed, published) if (c.action, c.target.lower()) not in found
    ]
    sanctions += aside_listings(masked, sanctions, published)
    sanctions = power_dated(masked, sanctions, published)
    sanctions = withdrawn_measures(measured, sanctions, sents)
    # ("The potash sanctions remain in force." after the row that told them imposed)
    sanctions = restated_measures(measured, sanctions, index)
    sanctions = proposed_measures(headed, sanctions)
    rows = table_sanctions(text, published) + profile_sanctions(text, published)
    # (a table that sums up the measures the prose told gives each once)
    sanctions = outside_rows(text, sanctions, rows)
    sanctions += untold_rows(rows, sanctions)
    # (a row opening with a power adds what the prose reading of its line did not find)
    sanctions += outside_rows(text, power_row_sanctions(text, published), sanctions)
    told = {(c.action, c.target.lower()) for c in sanctions}
    claims.extend(sanctions)
    claims.extend(c for c in listed if (c.action, c.target.lower()) not in told)
    claims.sort(key=lambda c: (c.start, c.end))
    return claims


def _quote(text: str, span: QuoteSpan, speaker: str | None) -> Quote:
    # (positional: the claim classes are plain Python, and keywords cost a dict per call)
    return Quote(speaker, text[span.start : span.end], span.start, span.end)
