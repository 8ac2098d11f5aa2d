"""Shared helpers of the benchmarks in bench/: fresh databases, medians, the machine.

The scripts in bench/ are run as `python bench/<name>.py`, so this module is imported by its
plain name (bench/ is on sys.path as the script's folder).

`fresh_database(url)` yields the URL of a new, migrated database and removes it afterwards:
- SQLite: `sqlite` (or a URL without a file) means a new temporary file; a named file is
  recreated (deleted first, with its -wal/-shm) and left in place for inspection.
- PostgreSQL: the URL names the *server* (its database is only used to connect); a database
  with a unique name `bench_<purpose>_<hex>` is created there and dropped afterwards. Nothing
  else on the server is touched: other people use it too.
"""

from __future__ import annotations

import os
import platform
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

from app.db import make_engine, upgrade

T = TypeVar("T")


def say(message: str) -> None:
    """Progress on standard error: standard output carries only the JSON object."""
    print(f"bench: {message}", file=sys.stderr, flush=True)


def _pg_url(url: str | URL) -> URL:
    parsed = make_url(url)
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


@contextmanager
def fresh_database(url: str, purpose: str, *, migrate: bool = True) -> Iterator[str]:
    """A new (migrated) database on the backend of `url`; removed afterwards (see module doc)."""
    parsed = make_url("sqlite://" if url == "sqlite" else url)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        folder: str | None = None
        if not parsed.database or parsed.database == ":memory:":
            folder = tempfile.mkdtemp(prefix=f"vroegbel-bench-{purpose}-")
            path = Path(folder) / f"{purpose}.sqlite3"
        else:
            path = Path(parsed.database)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        fresh = f"sqlite:///{path}"
        try:
            if migrate:
                engine = make_engine(fresh)
                upgrade(engine)
                engine.dispose()
            yield fresh
        finally:
            if folder is not None:
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{path}{suffix}").unlink(missing_ok=True)
                os.rmdir(folder)
        return
    if backend != "postgresql":
        raise SystemExit("bench: only SQLite and PostgreSQL are supported")
    server = _pg_url(parsed)
    name = f"bench_{purpose}_{uuid.uuid4().hex[:10]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    fresh = server.set(database=name).render_as_string(hide_password=False)
    try:
        if migrate:
            engine = make_engine(fresh)
            upgrade(engine)
            engine.dispose()
        yield fresh
    finally:
        with admin.connect() as conn:  # only the database made above, by its unique name
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def timed(func: Callable[[], T]) -> tuple[float, T]:
    started = time.perf_counter()
    value = func()
    return time.perf_counter() - started, value


def median(values: list[float]) -> float:
    return statistics.median(values) if values else 0.0


def ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def machine() -> dict[str, Any]:
    """What the figures were measured on; the load average says how shared it was."""
    info: dict[str, Any] = {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(terse=True),
    }
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        info["memory_gb"] = round(pages / 2**30, 1)
    except (ValueError, OSError, AttributeError):
        pass
    with suppress(OSError):
        info["load_avg_1m"] = round(os.getloadavg()[0], 2)
    return info


def backend_of(url: str) -> str:
    return "sqlite" if url == "sqlite" else make_url(url).get_backend_name()


_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def process_cpu_s(pid: int) -> float | None:
    """CPU seconds (user + system) of a local process, from /proc; None where unreadable."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / _TICKS


class CpuMeter:
    """CPU time spent by this process and (PostgreSQL on this machine) by one server backend.

    On a shared machine wall time says how long people wait; CPU time says how much work the
    code does, which is what changes when the code changes. Both are reported.
    """

    def __init__(self, backend_pid: int | None = None) -> None:
        self.backend_pid = backend_pid
        self.client_s = 0.0
        self.server_s: float | None = None

    def __enter__(self) -> CpuMeter:
        self._client0 = time.process_time()
        self._server0 = process_cpu_s(self.backend_pid) if self.backend_pid else None
        return self

    def __exit__(self, *exc: object) -> None:
        self.client_s = time.process_time() - self._client0
        if self.backend_pid and self._server0 is not None:
            after = process_cpu_s(self.backend_pid)
            self.server_s = after - self._server0 if after is not None else None


def backend_pid(conn: Any) -> int | None:
    """The server process of a PostgreSQL connection (None on SQLite)."""
    if conn.dialect.name != "postgresql":
        return None
    pid = int(conn.exec_driver_sql("SELECT pg_backend_pid()").scalar_one())
    conn.rollback()  # leave no transaction open: the caller begins its own
    return pid
