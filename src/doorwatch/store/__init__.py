"""The evidence store: the schema and every SQL statement of doorwatch.

Nothing outside this package builds SQL. Open a store with :func:`open_store`; write with
:func:`write_records`; read with the query functions of the submodules.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from doorwatch.store.database import Store, open_store

if TYPE_CHECKING:
    from doorwatch.store.records import RecordSet, WriteSummary
    from doorwatch.store.writer import write_records

# A connection inside one of the store's transactions, for callers that chain several store
# reads and writes in one transaction (an import) without building SQL themselves.
__all__ = ["Connection", "RecordSet", "Store", "WriteSummary", "open_store", "write_records"]

# The write path (records, writer, and through it the audit and support tables) is imported
# on first use: it costs 15-25 ms (python -X importtime) that read-only commands such as
# `doorwatch status` would otherwise pay at every start.
_LAZY = {
    "RecordSet": "doorwatch.store.records",
    "WriteSummary": "doorwatch.store.records",
    "write_records": "doorwatch.store.writer",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'doorwatch.store' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
