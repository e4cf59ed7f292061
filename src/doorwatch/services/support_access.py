"""Who may see and change support data.

- ``caseworker``: sees and edits the support cases assigned to them, and may open a case
  (which is then assigned to them);
- ``coordinator`` (and ``admin``): sees every case and assigns caseworkers; only an admin may
  take support data out of the system (encrypted);
- ``analyst`` and ``viewer``: aggregates only, with every count under 5 people suppressed;
- anonymous visitors: nothing, even on an instance open for public reading.
"""

from __future__ import annotations

from typing import Any

from doorwatch.errors import AuthError, PermissionDeniedError
from doorwatch.services.accounts import User
from doorwatch.services.actors import local_actor

CASEWORK_ROLES = ("caseworker", "coordinator", "admin")
ALL_CASES_ROLES = ("coordinator", "admin")
# The smallest count shown in aggregates; smaller non-zero counts could single a person out.
SUPPRESS_BELOW = 5

# The command line is run by the local operator who holds the database and the key.
LOCAL_OPERATOR = User(id=None, name=local_actor(), role="admin")


def _known(user: User) -> None:
    if user.id is None and user is not LOCAL_OPERATOR:
        raise AuthError("log in first: support data is never shown to anonymous visitors")


def require_casework(user: User) -> None:
    """Refuse anyone who is not a caseworker, coordinator or admin."""
    _known(user)
    if user.role not in CASEWORK_ROLES:
        raise PermissionDeniedError(
            f"support cases are for caseworkers and coordinators; you are {user.role}"
        )


def require_coordinator(user: User) -> None:
    """Refuse anyone who is not a coordinator or admin."""
    _known(user)
    if user.role not in ALL_CASES_ROLES:
        raise PermissionDeniedError(f"this needs the role coordinator; you are {user.role}")


def require_admin(user: User) -> None:
    """Refuse anyone who is not an admin."""
    _known(user)
    if user.role != "admin":
        raise PermissionDeniedError(f"this needs the role admin; you are {user.role}")


def require_aggregates(user: User) -> None:
    """Refuse anonymous visitors (every account may see suppressed aggregates)."""
    _known(user)


def sees_all(user: User) -> bool:
    """Return True when ``user`` sees every support case."""
    return user.role in ALL_CASES_ROLES


def require_case(user: User, case: dict[str, Any]) -> None:
    """Refuse ``user`` access to support case ``case`` unless it is theirs to see."""
    require_casework(user)
    if sees_all(user) or case.get("assigned_to") == user.name:
        return
    raise PermissionDeniedError(f"support case {case['id']} is not assigned to you")


def suppress(counts: dict[str, int]) -> dict[str, int | None]:
    """Return ``counts`` with each non-zero count under SUPPRESS_BELOW replaced by None.

    When exactly one count would be hidden, the next smallest non-zero one is hidden too, so
    that the hidden count cannot be worked out from a total.
    """
    hidden = {k for k, n in counts.items() if 0 < n < SUPPRESS_BELOW}
    if len(hidden) == 1:
        others = sorted((n, k) for k, n in counts.items() if n > 0 and k not in hidden)
        if others:
            hidden.add(others[0][1])
    return {k: (None if k in hidden else n) for k, n in counts.items()}
