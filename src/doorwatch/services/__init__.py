"""Service functions: what the CLI and the web app both call. Each reads the store, calls the
analysis functions and returns plain data (dicts and lists) ready to render."""
