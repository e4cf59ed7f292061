"""Ingest: turns outside data (registry files, exports, the bundled dataset, articles) into
validated records. A file is read whole and checked before anything is written: all or nothing.
"""
