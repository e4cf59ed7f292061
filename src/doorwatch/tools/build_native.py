"""Compile the extraction rules to C with mypyc (see ``doorwatch.extract.native``).

usage: python -m doorwatch.tools.build_native [--check]

Exits 0 once the build is current, 1 when it could not be made (no C compiler, no mypy);
``--check`` only prints how extraction runs here and exits 0 when it runs compiled.
"""

from __future__ import annotations

import argparse
import sys
import time


def main(argv: list[str] | None = None) -> int:
    """Build (or with ``--check`` report on) the compiled rules; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="print the status, build nothing")
    args = parser.parse_args(argv)
    from doorwatch.extract import native

    if args.check:
        status = native.status()
        print(f"extraction runs as: {status}")
        return 0 if status == "compiled" else 1
    started = time.monotonic()
    try:
        folder = native.build()
    except (Exception, SystemExit) as error:
        # whatever stops a build (no mypy, no compiler: setuptools exits on a failed compile)
        # leaves the rules running as Python, which is slower but gives the same claims
        print(f"could not compile the extraction rules: {error}", file=sys.stderr)
        return 1
    print(f"compiled {len(native.MODULES)} modules into {folder} "
          f"in {time.monotonic() - started:.0f} s; extraction runs as: {native.status()}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
