"""The refreshing cache: values computed once for concurrent askers, served stale while refreshed."""

from __future__ import annotations

import threading
import time

from doorwatch.services.refreshing_cache import RefreshingCache


def test_first_value_is_computed_once_for_all_who_ask() -> None:
    kept: RefreshingCache[int] = RefreshingCache(ttl=60)
    calls = []

    def compute() -> int:
        calls.append(1)
        time.sleep(0.05)
        return 7

    results: list[int] = []
    threads = [threading.Thread(target=lambda: results.append(kept.get("k", compute)))]
    threads += [threading.Thread(target=lambda: results.append(kept.get("k", compute)))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [7, 7]
    assert len(calls) == 1


def test_old_value_is_served_while_a_new_one_is_computed() -> None:
    kept: RefreshingCache[int] = RefreshingCache(ttl=0)
    values = iter([1, 2])
    done = threading.Event()

    def compute() -> int:
        value = next(values)
        if value == 2:
            done.set()
        return value

    assert kept.get("k", compute) == 1
    assert kept.get("k", compute) == 1  # stale, answered at once; a refresh starts
    assert done.wait(5)
    for _ in range(100):
        if kept.peek("k") == 2:
            break
        time.sleep(0.01)
    assert kept.peek("k") == 2


def test_forget_drops_the_value() -> None:
    kept: RefreshingCache[int] = RefreshingCache(ttl=60)
    assert kept.get("k", lambda: 1) == 1
    kept.forget("k")
    assert kept.peek("k") is None
    assert kept.get("k", lambda: 2) == 2
