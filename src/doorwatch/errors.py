"""The one exception tree of doorwatch, and the one place that maps it to exit codes and HTTP.

Every error a user can meet is a :class:`DoorwatchError`; its message says what to do about it.
The shells (CLI, web) never pick codes themselves: they call :func:`exit_code` or
:func:`http_status`.
"""

from __future__ import annotations


class DoorwatchError(Exception):
    """Base of every error doorwatch raises on purpose."""


class InputError(DoorwatchError):
    """Input that does not have the expected shape: names the file, row and field (or the
    command-line option) and what was expected."""

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        row: int | None = None,
        field: str | None = None,
        option: str | None = None,
        expected: str | None = None,
    ) -> None:
        self.file = file
        self.row = row
        self.field = field
        self.option = option
        self.expected = expected
        self.reason = message
        super().__init__(self._compose())

    def _compose(self) -> str:
        where = []
        if self.file is not None:
            where.append(self.file)
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.field is not None:
            where.append(f"column {self.field!r}")
        if self.option is not None:
            where.append(f"option {self.option}")
        prefix = ", ".join(where)
        text = f"{prefix}: {self.reason}" if prefix else self.reason
        if self.expected:
            text += f" (expected {self.expected})"
        return text


class NotFoundError(DoorwatchError):
    """A record that was asked for by its identifier does not exist."""


class NoDataError(NotFoundError):
    """The database holds nothing to answer the question from (e.g. no held counts yet)."""


class StoreError(DoorwatchError):
    """The database cannot be opened or used: unreadable, wrong schema, unreachable server."""


class ConflictError(DoorwatchError):
    """A write that would contradict what is stored (e.g. a name already taken)."""


class AuthError(DoorwatchError):
    """Not logged in, or the credentials are wrong."""


class PermissionDeniedError(DoorwatchError):
    """Logged in, but the role may not do this."""


class RateLimitError(DoorwatchError):
    """Too many attempts in a short time (e.g. failed logins); try again later."""


class EncryptionKeyError(DoorwatchError):
    """The key that protects sensitive fields is missing, unreadable or not the right one.

    Nothing is decrypted or written when it is raised; the message says where keys are looked for.
    """


_EXIT_CODES: dict[type[DoorwatchError], int] = {
    InputError: 2,
    NotFoundError: 3,
    StoreError: 4,
    ConflictError: 5,
    AuthError: 6,
    PermissionDeniedError: 7,
    RateLimitError: 8,
    EncryptionKeyError: 9,
}

_HTTP_STATUSES: dict[type[DoorwatchError], int] = {
    InputError: 422,
    NotFoundError: 404,
    StoreError: 503,
    ConflictError: 409,
    AuthError: 401,
    PermissionDeniedError: 403,
    RateLimitError: 429,
    EncryptionKeyError: 423,  # Locked: the sealed data is there, the key to open it is not
}


def exit_code(error: DoorwatchError) -> int:
    """Return the process exit code for ``error`` (1 for an error with no closer match)."""
    for cls in type(error).__mro__:
        if cls in _EXIT_CODES:
            return _EXIT_CODES[cls]
    return 1


def http_status(error: DoorwatchError) -> int:
    """Return the HTTP status for ``error`` (500 for an error with no closer match)."""
    for cls in type(error).__mro__:
        if cls in _HTTP_STATUSES:
            return _HTTP_STATUSES[cls]
    return 500
