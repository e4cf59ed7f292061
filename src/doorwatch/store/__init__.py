"""The evidence store: the schema and every SQL statement of doorwatch.

Nothing outside this package builds SQL. Open a store with :func:`open_store`; write with
:func:`write_records`; read with the query functions of the submodules.
"""

from sqlalchemy import Connection

from doorwatch.store.database import Store, open_store
from doorwatch.store.records import RecordSet, WriteSummary
from doorwatch.store.writer import write_records

# A connection inside one of the store's transactions, for callers that chain several store
# reads and writes in one transaction (an import) without building SQL themselves.
__all__ = ["Connection", "RecordSet", "Store", "WriteSummary", "open_store", "write_records"]
