"""Analysis: pure functions that compute answers from records. No I/O, no printing."""
