"""Sealing single values with AES-GCM: ``dw1.KEY_ID.BASE64(nonce + ciphertext)``.

The key id travels with every value, so values sealed under different keys can sit side by
side while a rotation runs. Each value is bound to its place (table, column, row id) as
associated data: a sealed value copied into another row or column does not open.
"""

from __future__ import annotations

import base64
import binascii
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from doorwatch.crypto.keyring import KeyRing
from doorwatch.errors import EncryptionKeyError

PREFIX = "dw1"
_NONCE = 12


def place(table: str, column: str, row_id: str) -> bytes:
    """Return the associated data that binds a value to ``table``.``column`` of ``row_id``."""
    return f"{table}.{column}.{row_id}".encode()


def is_sealed(value: object) -> bool:
    """Return True when ``value`` is a sealed string."""
    return isinstance(value, str) and value.startswith(PREFIX + ".")


def key_id_of(value: str) -> str:
    """Return the id of the key that sealed ``value``."""
    return value.split(".", 2)[1]


def seal(ring: KeyRing, plaintext: str | None, where: bytes) -> str | None:
    """Return ``plaintext`` sealed with the current key (None stays None)."""
    if plaintext is None:
        return None
    key_id, key = ring.current_key()
    nonce = os.urandom(_NONCE)
    body = AESGCM(key).encrypt(nonce, plaintext.encode("utf-8"), where)
    return f"{PREFIX}.{key_id}.{base64.b64encode(nonce + body).decode('ascii')}"


def unseal(ring: KeyRing, value: str | None, where: bytes) -> str | None:
    """Return the plaintext of a sealed ``value`` (None stays None).

    A missing key, a wrong key or a value altered in the database is an EncryptionKeyError;
    ciphertext is never returned as if it were text.
    """
    if value is None:
        return None
    if not is_sealed(value):
        raise EncryptionKeyError("a protected field holds a value that is not sealed")
    _prefix, key_id, text = value.split(".", 2)
    key = ring.key(key_id)
    try:
        raw = base64.b64decode(text, validate=True)
        plain = AESGCM(key).decrypt(raw[:_NONCE], raw[_NONCE:], where)
    except (binascii.Error, ValueError, InvalidTag):
        raise EncryptionKeyError(
            f"a value sealed with key {key_id!r} does not open with the key in {ring.origin}: "
            "the key file holds another key of that id, or the stored value was altered"
        ) from None
    return plain.decode("utf-8")
