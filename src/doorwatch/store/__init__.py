"""The evidence store: the schema and every SQL statement of doorwatch.

Nothing outside this package builds SQL. Open a store with :func:`open_store`; write with
:func:`write_records`; read with the query functions of the submodules.
"""

from doorwatch.store.database import Store, open_store
from doorwatch.store.records import RecordSet, WriteSummary
from doorwatch.store.writer import write_records

__all__ = ["RecordSet", "Store", "WriteSummary", "open_store", "write_records"]
