"""Load on the web app: many concurrent clients against the overview, people search and the
API list endpoints of a large (SYNTHETIC) registry, with latency percentiles and errors.

Starts uvicorn itself on a free loopback port. The baseline is ``/api/v1/me`` measured in the
same run: the cost of the framework and of authentication alone; every endpoint's p50 is also
printed as a ratio to it.

    .venv/bin/python bench/web_load.py --cases 1000000 --clients 32 --seconds 30
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

from doorwatch.services import accounts
from doorwatch.services.setup import initialise
from doorwatch.store import open_store

BASELINE = "/api/v1/me"
TARGETS = [
    BASELINE,
    "/",
    "/people?q=Byalyatski",  # a bundled person, in another spelling
    "/api/v1/people?q=Bialiatski",
    "/api/v1/people?q=Darn",  # the first letters of the commonest SYNTHETIC family names
    "/api/v1/people?limit=50&offset=5000",
    "/api/v1/cases?limit=50",
    "/api/v1/cases?status=held&limit=50&offset=1000",
    "/api/v1/claims?status=accepted&limit=50",
    "/api/v1/sources?limit=50",
    "/api/v1/deals",
    "/api/v1/measures",
]


def prepare(db: Path, cases: int) -> str:
    """Create the database (bundled data + SYNTHETIC cases) if needed; return an admin token."""
    if not db.exists():
        from doorwatch.services.synthetic_registry import generate
        from doorwatch.store.synthetic import write_synthetic

        initialise(str(db), sample=True)
        store = open_store(str(db))
        print(f"generating {cases:,} SYNTHETIC cases into {db} …", flush=True)
        write_synthetic(store, generate(cases), total=cases, seed=7)
        store.close()
    store = open_store(str(db))
    try:
        if not any(u["name"] == "bench" for u in accounts.list_users(store)):
            accounts.add_user(store, "bench", "bench password", "viewer", actor="bench")
        return accounts.new_token(store, "bench", label="load test", actor="bench")
    finally:
        store.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(db: Path, port: int, workers: int) -> subprocess.Popen[bytes]:
    command = [
        sys.executable,
        "-m",
        "uvicorn",
        "doorwatch.web.app:app_from_environment",
        "--factory",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--log-level",
        "warning",
        "--no-access-log",
    ]
    env = {**os.environ, "DOORWATCH_DB": str(db)}
    return subprocess.Popen(command, env=env)


async def wait_ready(base: str, headers: dict[str, str]) -> None:
    async with httpx.AsyncClient(base_url=base, headers=headers) as client:
        for _ in range(300):
            try:
                if (await client.get(BASELINE)).status_code == 200:
                    await client.get("/")  # build the overview once before timing
                    return
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.1)
    raise RuntimeError("the server did not come up")


async def run_load(
    base: str, headers: dict[str, str], clients: int, seconds: float
) -> tuple[dict[str, list[float]], dict[str, int]]:
    timings: dict[str, list[float]] = {t: [] for t in TARGETS}
    errors: dict[str, int] = {t: 0 for t in TARGETS}
    stop = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async with httpx.AsyncClient(
        base_url=base, headers=headers, limits=limits, timeout=30
    ) as client:

        async def worker(number: int) -> None:
            i = number
            while time.monotonic() < stop:
                target = TARGETS[i % len(TARGETS)]
                i += 1
                began = time.perf_counter()
                try:
                    response = await client.get(target)
                    ok = response.status_code == 200
                except httpx.HTTPError:
                    ok = False
                timings[target].append((time.perf_counter() - began) * 1000)
                if not ok:
                    errors[target] += 1

        await asyncio.gather(*(worker(n) for n in range(clients)))
    return timings, errors


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q / 100 * len(ordered)))]


def report(timings: dict[str, list[float]], errors: dict[str, int], seconds: float) -> bool:
    base = statistics.median(timings[BASELINE]) if timings[BASELINE] else float("nan")
    print(f"{'endpoint':48} {'n':>6} {'p50':>8} {'p95':>8} {'p99':>8} {'×base':>6} {'err':>4}")
    everything: list[float] = []
    for target, values in timings.items():
        everything.extend(values)
        p50 = percentile(values, 50)
        print(
            f"{target:48} {len(values):6d} {p50:8.1f} {percentile(values, 95):8.1f} "
            f"{percentile(values, 99):8.1f} {p50 / base:6.1f} {errors[target]:4d}"
        )
    total_errors = sum(errors.values())
    p95 = percentile(everything, 95)
    print(
        f"{'ALL':48} {len(everything):6d} {percentile(everything, 50):8.1f} {p95:8.1f} "
        f"{percentile(everything, 99):8.1f} {'':6} {total_errors:4d}"
    )
    print(
        f"throughput {len(everything) / seconds:.0f} requests/s; times in ms; baseline {BASELINE}"
    )
    met = p95 < 100 and total_errors == 0
    print(f"target p95 < 100 ms and no errors: {'met' if met else 'NOT met'}")
    return met


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("out/bench/web-load.sqlite"))
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument(
        "--without-search", action="store_true", help="Leave the people search out of the mix."
    )
    args = parser.parse_args()
    if args.without_search:
        TARGETS[:] = [t for t in TARGETS if "q=" not in t]
    args.db.parent.mkdir(parents=True, exist_ok=True)
    token = prepare(args.db, args.cases)
    headers = {"Authorization": f"Bearer {token}"}
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(args.db, port, args.workers)
    try:
        asyncio.run(wait_ready(base, headers))
        print(
            f"{args.clients} clients for {args.seconds:.0f} s against {base} "
            f"({args.workers} worker(s), database {args.db})",
            flush=True,
        )
        timings, errors = asyncio.run(run_load(base, headers, args.clients, args.seconds))
    finally:
        server.terminate()
        server.wait(timeout=20)
    return 0 if report(timings, errors, args.seconds) else 1


if __name__ == "__main__":
    sys.exit(main())
