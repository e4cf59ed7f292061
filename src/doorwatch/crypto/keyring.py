"""The keys that protect sensitive fields, kept outside the database.

Keys are looked for, in this order: ``$DOORWATCH_KEY`` (one key, written ``KEY_ID:BASE64``),
the file named by ``$DOORWATCH_KEY_FILE``, and ``keys.json`` in the user data folder. A key file
holds every key still needed to read stored values and names the current one, which seals new
values. The file is written with owner-only permissions and replaced atomically, so a crash
never leaves half a key file.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import platformdirs

from doorwatch.errors import EncryptionKeyError

KEY_ENV = "DOORWATCH_KEY"
KEY_FILE_ENV = "DOORWATCH_KEY_FILE"
KEY_BYTES = 32  # AES-256


def default_key_file() -> Path:
    """Return the default key file: ``keys.json`` in the user data folder."""
    return Path(platformdirs.user_data_dir("doorwatch", appauthor=False)) / "keys.json"


def key_file_path() -> Path:
    """Return the key file in use: ``$DOORWATCH_KEY_FILE`` or the default one."""
    named = os.environ.get(KEY_FILE_ENV)
    return Path(named).expanduser() if named else default_key_file()


def _new_id() -> str:
    # The date makes a key's age visible in a listing; the random part keeps ids unique.
    return f"k{datetime.now(UTC):%Y%m%d}{secrets.token_hex(3)}"


def _decode(key_id: str, text: str, where: str) -> bytes:
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise EncryptionKeyError(f"{where}: key {key_id!r} is not base64") from None
    if len(raw) != KEY_BYTES:
        raise EncryptionKeyError(f"{where}: key {key_id!r} is not {KEY_BYTES} bytes long")
    if not key_id.isalnum():
        raise EncryptionKeyError(f"{where}: key id {key_id!r} must be letters and digits")
    return raw


@dataclass(frozen=True)
class KeyRing:
    """The keys at hand: every key by id, the current one, and where they came from."""

    keys: dict[str, bytes] = field(default_factory=dict)
    current: str | None = None
    origin: str = ""

    @property
    def available(self) -> bool:
        """Return True when there is a current key to seal and open values with."""
        return self.current is not None and self.current in self.keys

    def key(self, key_id: str) -> bytes:
        """Return the key ``key_id``; a missing one is an EncryptionKeyError."""
        found = self.keys.get(key_id)
        if found is None:
            raise EncryptionKeyError(
                f"the value was sealed with key {key_id!r}, which is not in {self.origin or 'any key source'}"
                f" ({', '.join(sorted(self.keys)) or 'no keys'} there); set ${KEY_FILE_ENV} or"
                f" ${KEY_ENV} to the key file or key that holds it"
            )
        return found

    def current_key(self) -> tuple[str, bytes]:
        """Return (id, key) of the current key; none is an EncryptionKeyError."""
        if self.current is None or self.current not in self.keys:
            raise EncryptionKeyError(
                "no encryption key: sensitive support data can be neither read nor written. "
                f"Create one with `doorwatch keys new` (it goes to {key_file_path()}), or set "
                f"${KEY_FILE_ENV} to a key file or ${KEY_ENV} to a key"
            )
        return self.current, self.keys[self.current]


def load_keyring() -> KeyRing:
    """Return the keys from the environment or the key file; an empty ring when there are none.

    A key source that exists but cannot be read is an EncryptionKeyError: a wrong key must
    never look like a missing one.
    """
    value = os.environ.get(KEY_ENV)
    if value:
        key_id, sep, text = value.strip().partition(":")
        if not sep:
            raise EncryptionKeyError(f"${KEY_ENV} must be KEY_ID:BASE64 (see `doorwatch keys new`)")
        return KeyRing({key_id: _decode(key_id, text, f"${KEY_ENV}")}, key_id, f"${KEY_ENV}")
    path = key_file_path()
    if not path.exists():
        return KeyRing(origin=str(path))
    return read_key_file(path)


def read_key_file(path: Path) -> KeyRing:
    """Return the keys in the key file ``path``; a damaged file is an EncryptionKeyError."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        current = document["current"]
        stored = document["keys"]
        if not isinstance(current, str) or not isinstance(stored, dict):
            raise TypeError("wrong shape")
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise EncryptionKeyError(
            f"{path}: not a doorwatch key file ({type(error).__name__}: {error})"
        ) from None
    keys = {str(k): _decode(str(k), str(v), str(path)) for k, v in stored.items()}
    if current not in keys:
        raise EncryptionKeyError(f"{path}: the current key {current!r} is not in the file")
    return KeyRing(keys, current, str(path))


def write_key_file(path: Path, ring: KeyRing) -> None:
    """Write ``ring`` to ``path`` (owner-only, replaced atomically)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    document = {
        "current": ring.current,
        "keys": {k: base64.b64encode(v).decode("ascii") for k, v in ring.keys.items()},
    }
    temporary = path.with_name(path.name + ".tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        json.dump(document, handle, indent=2)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


def add_new_key(path: Path | None = None) -> tuple[Path, str]:
    """Add a fresh key to the key file (creating it) and make it current; return (path, id).

    Older keys stay in the file so that values sealed with them can still be read; `keys rotate`
    re-seals everything and then drops them.
    """
    if os.environ.get(KEY_ENV):
        raise EncryptionKeyError(
            f"${KEY_ENV} is set, so a key file would not be used; unset it to manage a key file"
        )
    path = path or key_file_path()
    ring = read_key_file(path) if path.exists() else KeyRing(origin=str(path))
    key_id = _new_id()
    while key_id in ring.keys:
        key_id = _new_id()
    keys = {**ring.keys, key_id: secrets.token_bytes(KEY_BYTES)}
    write_key_file(path, KeyRing(keys, key_id, str(path)))
    return path, key_id


def keep_only(path: Path, key_id: str) -> None:
    """Rewrite the key file ``path`` holding only key ``key_id`` (after a rotation)."""
    ring = read_key_file(path)
    write_key_file(path, KeyRing({key_id: ring.key(key_id)}, key_id, str(path)))
