"""Keys of the sealed support fields: create one, rotate (re-seal everything under a new key),
and the encrypted export of support data for admins."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pyrage

from doorwatch.crypto.keyring import (
    KEY_ENV,
    add_new_key,
    keep_only,
    key_file_path,
    load_keyring,
    read_key_file,
)
from doorwatch.crypto.sealed import place, seal, unseal
from doorwatch.errors import EncryptionKeyError, InputError
from doorwatch.json_encoding import dumps
from doorwatch.services.accounts import User
from doorwatch.services.support_access import require_admin
from doorwatch.services.support_cases import show_case
from doorwatch.store import Store, audit
from doorwatch.store import support as db


def new_key() -> dict[str, Any]:
    """Add a new current key to the key file (creating it); return its path and id."""
    path, key_id = add_new_key()
    return {"path": str(path), "key_id": key_id}


def key_status() -> dict[str, Any]:
    """Return where keys come from and which is current (never the key itself)."""
    ring = load_keyring()
    return {
        "source": ring.origin,
        "current": ring.current,
        "keys": sorted(ring.keys),
        "available": ring.available,
    }


def rotate(store: Store, *, user: User, keep_old: bool = False) -> dict[str, Any]:
    """Seal every protected value under a new key; return the counts and the new key id.

    The new key is written to the key file first (as current, beside the old ones), then every
    value is re-sealed in one transaction; only then are the old keys dropped from the file
    (unless ``keep_old``, for a key file shared by several databases). A failure at any step
    leaves every value readable with the key file as it is.
    """
    require_admin(user)
    if load_keyring().origin == f"${KEY_ENV}":
        raise EncryptionKeyError(f"keys come from ${KEY_ENV}; rotation works on a key file")
    before = load_keyring()
    before.current_key()
    path, key_id = add_new_key()
    ring = read_key_file(path)

    def reseal(table: str, owner: str, column: str, value: str) -> str:
        where = place(table, column.removesuffix("_sealed"), owner)
        sealed = seal(ring, unseal(ring, value, where), where)
        assert sealed is not None
        return sealed

    count = db.reseal_all(store, reseal, actor=user.name, key_id=key_id)
    if not keep_old:
        keep_only(path, key_id)
    return {
        "path": str(path),
        "key_id": key_id,
        "resealed": count,
        "dropped": [] if keep_old else sorted(set(before.keys) - {key_id}),
    }


def export_support(store: Store, out: Path, *, recipients: list[str], user: User) -> dict[str, Any]:
    """Write every support case, opened, to ``out`` as an age file for ``recipients``
    (age public keys); admins only. Return what was written."""
    require_admin(user)
    if not recipients:
        raise InputError(
            "an export needs at least one age recipient",
            field="recipient",
            expected="an age public key (age1…)",
        )
    try:
        keys = [pyrage.x25519.Recipient.from_str(r.strip()) for r in recipients]
    except Exception as error:  # pyrage raises its own error types for a malformed key
        raise InputError(
            f"not an age public key: {error}", field="recipient", expected="age1…"
        ) from None
    cases = [show_case(store, row["id"], user=user) for row in db.list_cases(store)]
    document = {"exported_at": datetime.now().isoformat(), "support_cases": cases}
    payload = dumps(document, spaced=True).encode("utf-8")
    out.write_bytes(pyrage.encrypt(payload, keys))
    audit.record(
        store,
        actor=user.name,
        action="support.export",
        record_type="support_case",
        after={"cases": len(cases), "recipients": len(keys)},
    )
    return {"path": str(out), "cases": len(cases), "bytes": out.stat().st_size}


__all__ = ["export_support", "key_file_path", "key_status", "new_key", "rotate"]
