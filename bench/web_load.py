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
        from doorwatch.store.synthetic import write_synthetic
        from doorwatch.tools.synthetic_registry import generate

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
        "--no-proxy-headers",
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


class Connection:
    """One keep-alive HTTP/1.1 connection that sends GETs and reads whole responses.

    The load generator shares the machine's cores with the server, so it must cost little: an
    httpx.AsyncClient spent about as much CPU per request as the server did (its pool is
    shared by every client), which starved the server and measured the client. This reads the
    status line, the headers and a Content-Length or chunked body, and nothing more.
    """

    def __init__(self, host: str, port: int, headers: dict[str, str]) -> None:
        self.host, self.port = host, port
        self.head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, target: str) -> int:
        """Send GET ``target`` and return the status once the whole body is read."""
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        request = f"GET {target} HTTP/1.1\r\nHost: {self.host}\r\n{self.head}\r\n"
        self.writer.write(request.encode())
        try:
            head = await self.reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            status = int(lines[0].split()[1])
            fields = {
                k.strip().lower(): v.strip() for k, _, v in (x.partition(":") for x in lines[1:])
            }
            if fields.get("transfer-encoding") == "chunked":
                while size := int((await self.reader.readline()).strip(), 16):
                    await self.reader.readexactly(size + 2)
                await self.reader.readline()
            else:
                await self.reader.readexactly(int(fields.get("content-length", "0")))
            if fields.get("connection") == "close":
                self.close()
        except (OSError, ValueError, IndexError, asyncio.IncompleteReadError):
            self.close()
            raise
        return status

    def close(self) -> None:
        """Close the connection; the next request opens a new one."""
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def run_load(
    base: str, headers: dict[str, str], clients: int, seconds: float
) -> tuple[dict[str, list[float]], dict[str, int]]:
    timings: dict[str, list[float]] = {t: [] for t in TARGETS}
    errors: dict[str, int] = {t: 0 for t in TARGETS}
    stop = time.monotonic() + seconds
    host, port = base.removeprefix("http://").split(":")

    async def worker(number: int) -> None:
        connection = Connection(host, int(port), headers)
        i = number
        while time.monotonic() < stop:
            target = TARGETS[i % len(TARGETS)]
            i += 1
            began = time.perf_counter()
            try:
                ok = await asyncio.wait_for(connection.get(target), 30) == 200
            except (OSError, ValueError, IndexError, asyncio.IncompleteReadError, TimeoutError):
                connection.close()
                ok = False
            timings[target].append((time.perf_counter() - began) * 1000)
            if not ok:
                errors[target] += 1
        connection.close()

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
        cpu = time.process_time()
        timings, errors = asyncio.run(run_load(base, headers, args.clients, args.seconds))
        cpu = time.process_time() - cpu
    finally:
        server.terminate()
        server.wait(timeout=20)
    met = report(timings, errors, args.seconds)
    requests = sum(len(v) for v in timings.values())
    # The generator shares the cores with the server: say what it took from them.
    print(
        f"load generator CPU {cpu:.1f} s of {args.seconds:.0f} s "
        f"({cpu * 1000 / max(requests, 1):.2f} ms a request)"
    )
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
