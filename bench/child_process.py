"""Running one measurement in a fresh process, so that its peak memory (RSS) is its own."""

from __future__ import annotations

import multiprocessing
import queue as queues
from collections.abc import Callable
from typing import Any


def in_child(target: Callable[..., None], *args: Any) -> Any:
    """Return what ``target(*args, queue)`` put on its queue, run in a spawned process; raise
    if the process ended without answering (rather than waiting for ever)."""
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    child = context.Process(target=target, args=(*args, queue))
    child.start()
    while True:
        try:
            result = queue.get(timeout=5)
            break
        except queues.Empty:
            if not child.is_alive():
                raise RuntimeError(
                    f"the child process ended ({child.exitcode}) without a result"
                ) from None
    child.join()
    return result
