"""Who the audit log names for a change made on this machine rather than through the web."""

from __future__ import annotations

import getpass


def local_actor() -> str:
    """Return ``cli:`` and the operating-system user: every command-line change is recorded
    under this one name, never under a web account's."""
    try:
        return f"cli:{getpass.getuser()}"[:64]
    except (KeyError, OSError):  # no name for this uid (e.g. in a bare container)
        return "cli:unknown"
