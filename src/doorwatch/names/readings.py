"""Reading a personal name into given name, patronymic and family name.

Names come in three orders: "Given Surname" (the press), "Surname Given Patronymic" (Russian
and Belarusian registries) and "SURNAME, Given Patronymic" (sanctions lists). A comma or a
family name in capitals settles the order; otherwise known given names do. When nothing does,
both readings are returned and the comparison keeps the better one.
"""

from __future__ import annotations

from dataclasses import dataclass

from doorwatch.names.given_names import given_classes
from doorwatch.names.normalise import clean_name, is_initial, is_shouted
from doorwatch.names.patronymics import looks_patronymic


@dataclass(frozen=True, slots=True)
class ParsedName:
    """One reading of a name: given name(s), patronymic, family name tokens and Jr/Sr."""

    given: tuple[str, ...]
    patronymic: str | None
    surname: tuple[str, ...]
    generation: str | None = None


def _split_rest(rest: list[str]) -> tuple[tuple[str, ...], str | None]:
    # After the family name: the given name, then a patronymic if the next token looks like one.
    if not rest:
        return (), None
    given = [rest[0]]
    patronymic: str | None = None
    for token in rest[1:]:
        if (
            patronymic is None
            and (looks_patronymic(token) or is_initial(token))
            and len(given) == 1
        ):
            patronymic = token
        else:
            given.append(token)
    return tuple(given), patronymic


def _western(tokens: list[str], generation: str | None) -> ParsedName:
    given, patronymic = _split_rest(tokens[:-1])
    return ParsedName(given, patronymic, (tokens[-1],), generation)


def _eastern(tokens: list[str], generation: str | None) -> ParsedName:
    given, patronymic = _split_rest(tokens[1:])
    return ParsedName(given, patronymic, (tokens[0],), generation)


def parse_name(text: str) -> list[ParsedName]:
    """Return the plausible readings of ``text``, the likeliest first (empty for no letters)."""
    clean = clean_name(text)
    tokens = list(clean.tokens)
    generation = clean.generation
    if not tokens:
        return []
    if clean.comma_at is not None:
        given, patronymic = _split_rest(tokens[clean.comma_at :])
        return [ParsedName(given, patronymic, tuple(tokens[: clean.comma_at]), generation)]
    if len(tokens) == 1:
        token = tokens[0]
        if given_classes(token) and not is_shouted(token):
            return [ParsedName((token,), None, (), generation)]
        return [ParsedName((), None, (token,), generation)]
    shouted = [i for i, t in enumerate(tokens) if is_shouted(t)]
    if shouted and len(shouted) < len(tokens):
        surname = tuple(tokens[i] for i in shouted)
        rest = [t for i, t in enumerate(tokens) if i not in shouted]
        given, patronymic = _split_rest(rest)
        return [ParsedName(given, patronymic, surname, generation)]
    first, last = tokens[0], tokens[-1]
    if is_initial(last) and not is_initial(first):
        return [_eastern(tokens, generation)]
    if is_initial(first):
        return [_western(tokens, generation)]
    first_given = bool(given_classes(first))
    second_given = bool(given_classes(tokens[1]))
    last_given = bool(given_classes(last))
    western = _western(tokens, generation)
    eastern = _eastern(tokens, generation)
    if len(tokens) >= 3 and looks_patronymic(last) and second_given:
        # A patronymic closes "Surname Given Patronymic"; a family name may also be a given name
        # (Gleb, Pavel), so the western reading stays as the second one.
        return [eastern] if not first_given else [eastern, western]
    if first_given and not last_given:
        return [western]
    if second_given and not first_given:
        return [eastern]
    return [western, eastern]
