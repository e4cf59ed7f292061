"""Protection of sensitive fields: the keys (kept outside the database) and sealed values."""
