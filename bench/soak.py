"""Soak: many clients for minutes on loopback, mixing reads with writes (reviews, edits,
article ingestions, registry imports), then a count of what was written: no write lost, none
duplicated, no error; latency percentiles per kind of request.

Starts uvicorn itself (``bench/web_load.py`` prepares the database: bundled data plus
SYNTHETIC cases). The baseline is ``/api/v1/me`` measured in the same run; each kind's p50 is
printed as a ratio to it.

    .venv/bin/python bench/soak.py --cases 1000000 --clients 32 --seconds 600
"""

from __future__ import annotations

import argparse
import asyncio
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import httpx
from web_load import BASELINE, free_port, percentile, prepare, start_server, wait_ready

from doorwatch.services import accounts
from doorwatch.store import open_store
from doorwatch.store.audit import list_entries, verify_chain
from doorwatch.store.evidence import get_source, list_claims
from doorwatch.store.people import all_person_names

READS = [
    BASELINE,
    "/",
    "/api/v1/overview",
    "/api/v1/people?q=Bialiatski",
    "/api/v1/cases?status=held&limit=50&offset=1000",
    "/api/v1/claims?limit=50",
    "/api/v1/sources?limit=50",
]


def letters(number: int, width: int) -> str:
    """Return ``number`` written in ``width`` lower-case letters (names ignore digits)."""
    out = ""
    for _ in range(width):
        number, digit = divmod(number, 26)
        out = chr(ord("a") + digit) + out
    return out


class Tally:
    """What the clients did and saw."""

    def __init__(self) -> None:
        # Imported names begin with this run's own word, so runs on one database never mix.
        self.run = "Soak" + letters(random.SystemRandom().randrange(26**6), 6)
        self.timings: dict[str, list[float]] = defaultdict(list)
        self.errors: dict[str, int] = defaultdict(int)
        self.ingested: set[str] = set()
        self.edits: dict[str, str] = {}  # marker -> claim id
        self.reviews = 0
        self.imports: list[tuple[str, int]] = []
        self.failures: dict[str, int] = defaultdict(int)  # "kind status: detail" -> count


async def client_loop(
    number: int, base: str, token: str, claims: list[str], until: float, tally: Tally
) -> None:
    rng = random.Random(number)
    headers = {"Authorization": f"Bearer {token}"}
    sent = 0
    async with httpx.AsyncClient(base_url=base, headers=headers, timeout=60) as client:
        while time.monotonic() < until:
            roll = rng.random()
            sent += 1
            start = time.perf_counter()
            if roll < 0.75:
                kind = rng.choice(READS)
                response = await client.get(kind)
            elif roll < 0.85:
                kind = "review"
                claim = rng.choice(claims)
                response = await client.post(
                    f"/api/v1/claims/{claim}/{rng.choice(['accept', 'reject'])}"
                )
                if response.status_code == 200:
                    tally.reviews += 1
            elif roll < 0.95:
                kind = "edit"
                claim = rng.choice(claims)
                marker = f"{tally.run} {number}-{sent}"
                response = await client.post(f"/api/v1/claims/{claim}/edit", json={"note": marker})
                if response.status_code == 200:
                    tally.edits[marker] = claim
            else:
                kind = "ingest"
                text = (
                    f"Minsk, 3 March 2025. Soak client {number} message {sent}: a rights group "
                    "said that more than 1,150 political prisoners were held in Belarus."
                )
                response = await client.post(
                    "/api/v1/articles", json={"text": text, "title": f"soak {number}-{sent}"}
                )
                if response.status_code in (200, 201):
                    tally.ingested.add(response.json()["source_id"])
            tally.timings[kind].append(time.perf_counter() - start)
            if response.status_code >= 400:
                tally.errors[kind] += 1
                detail = response.text[:120].replace("\n", " ")
                tally.failures[f"{kind} {response.status_code}: {detail}"] += 1


def importer_loop(db: Path, until: float, tally: Tally, folder: Path) -> None:
    """Import a small registry file every few seconds through the command line."""
    batch = 0
    while time.monotonic() < until - 5:
        batch += 1
        path = folder / f"soak-{batch}.csv"
        prefix = f"{tally.run} Batch{letters(batch, 3)}"
        names = [f"{prefix} Person{letters(i, 2)}" for i in range(20)]
        path.write_text(
            "name,status,detained_on\n"
            + "".join(f"{n},held,2024-01-{1 + i:02d}\n" for i, n in enumerate(names)),
            "utf-8",
        )
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "doorwatch.cli.main", "import", str(path), "--db", str(db)],
            capture_output=True,
            text=True,
        )
        tally.timings["import"].append(time.perf_counter() - start)
        if done.returncode == 0:
            tally.imports.append((prefix, len(names)))
        else:
            tally.errors["import"] += 1
            last = " ".join(done.stderr.split())[-200:] or "(no message)"
            tally.failures[f"import exit {done.returncode}: {last}"] += 1
        time.sleep(3)


def last_audit_id(db: Path) -> int:
    """Return the id of the newest audit entry (0 when there is none)."""
    store = open_store(str(db))
    try:
        entries, _ = list_entries(store, limit=1)
        return int(entries[0]["id"]) if entries else 0
    finally:
        store.close()


def count_writes(db: Path, tally: Tally, after_id: int) -> dict[str, Any]:
    """Return the lost and duplicated writes of each kind, counted in the database (only audit
    entries newer than ``after_id``: earlier runs on the same database do not count)."""
    store = open_store(str(db))
    try:
        lost: Counter[str] = Counter()
        duplicated: Counter[str] = Counter()
        for source_id in tally.ingested:
            try:
                get_source(store, source_id)
            except Exception:
                lost["ingest"] += 1
        entries, _ = list_entries(store, actor="soak", limit=10_000_000)
        entries = [e for e in entries if e["id"] > after_id]
        ingests = [e for e in entries if e["action"] == "article.ingest"]
        duplicated["ingest"] += len(ingests) - len({e["record_id"] for e in ingests})
        seen = Counter(
            e["after"].get("note") for e in entries if e["action"] == "claim.edit" and e["after"]
        )
        lost["edit"] += sum(1 for marker in tally.edits if seen.get(marker, 0) == 0)
        duplicated["edit"] += sum(n - 1 for note, n in seen.items() if note and n > 1)
        reviews = sum(1 for e in entries if e["action"] in ("claim.accept", "claim.reject"))
        lost["review"] += max(0, tally.reviews - reviews)
        duplicated["review"] += max(0, reviews - tally.reviews)
        names = [name for _, name in all_person_names(store) if name.startswith(tally.run)]
        for prefix, expected in tally.imports:
            found = sum(1 for name in names if name.startswith(prefix + " "))
            lost["import"] += max(0, expected - found)
            duplicated["import"] += max(0, found - expected)
        return {
            "lost": sum(lost.values()),
            "duplicated": sum(duplicated.values()),
            "by_kind": {k: (lost[k], duplicated[k]) for k in sorted(set(lost) | set(duplicated))},
            "audit_intact": int(verify_chain(store).intact),
        }
    finally:
        store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--db", type=Path, default=Path(tempfile.gettempdir()) / "doorwatch-soak.sqlite"
    )
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=600)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    prepare(args.db, args.cases)
    store = open_store(str(args.db))
    if not any(u["name"] == "soak" for u in accounts.list_users(store)):
        accounts.add_user(store, "soak", "soak password", "analyst", actor="bench")
    token = accounts.new_token(store, "soak", label="soak", actor="bench")
    claims = [c["id"] for c in list_claims(store)][:200]
    store.close()
    start_id = last_audit_id(args.db)
    port = free_port()
    server = start_server(args.db, port, args.workers)
    base = f"http://127.0.0.1:{port}"
    tally = Tally()
    try:
        asyncio.run(wait_ready(base, {"Authorization": f"Bearer {token}"}))
        until = time.monotonic() + args.seconds
        with tempfile.TemporaryDirectory() as folder:
            import threading

            importer = threading.Thread(
                target=importer_loop, args=(args.db, until, tally, Path(folder))
            )
            importer.start()

            async def everyone() -> None:
                await asyncio.gather(
                    *(
                        client_loop(n, base, token, claims, until, tally)
                        for n in range(args.clients)
                    )
                )

            asyncio.run(everyone())
            importer.join()
    finally:
        server.terminate()
        server.wait(timeout=30)
    counted = count_writes(args.db, tally, start_id)
    total = sum(len(v) for v in tally.timings.values())
    errors = sum(tally.errors.values())
    base_p50 = percentile(tally.timings[BASELINE], 0.5) if tally.timings[BASELINE] else float("nan")
    print(
        f"{args.clients} clients, {args.seconds:.0f} s, {args.cases:,} SYNTHETIC cases, {args.workers} workers"
    )
    print(f"{'kind':<50} {'n':>7} {'p50 ms':>8} {'p95 ms':>8} {'p50/baseline':>13} {'errors':>7}")
    for kind, values in sorted(tally.timings.items()):
        p50, p95 = percentile(values, 0.5), percentile(values, 0.95)
        print(
            f"{kind:<50} {len(values):>7} {p50 * 1000:>8.1f} {p95 * 1000:>8.1f} {p50 / base_p50:>13.1f} {tally.errors[kind]:>7}"
        )
    every = [v for values in tally.timings.values() for v in values]
    print(f"all: {total} requests, p95 {percentile(every, 0.95) * 1000:.1f} ms, errors {errors}")
    print(
        f"writes: {tally.reviews} reviews, {len(tally.edits)} edits, {len(tally.ingested)} ingests, "
        f"{len(tally.imports)} imports; lost {counted['lost']}, duplicated {counted['duplicated']}, "
        f"audit chain {'intact' if counted['audit_intact'] else 'BROKEN'}"
    )
    for kind, (lost, duplicated) in counted["by_kind"].items():
        if lost or duplicated:
            print(f"  {kind}: lost {lost}, duplicated {duplicated}")
    for failure, count in sorted(tally.failures.items()):
        print(f"  {count} × {failure}")
    return 0 if errors == 0 and counted["lost"] == 0 and counted["duplicated"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
