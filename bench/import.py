#!/usr/bin/env python3
"""Benchmark of the signal import against the bare bulk insert of the same rows.

    python bench/import.py --db sqlite --rows 100000 --json
    python bench/import.py --db postgresql+psycopg://postgres@127.0.0.1:54329/postgres \
        --rows 100000 --json

1. Writes a realistic signal file of N rows into a temporary folder (FORMATS.md: Dutch column
   names, `;`, BOM, `€ 1.234,56` and `312,45` amounts, both date forms, postcodes in any
   spacing and case, phone numbers as people write them): households with one, two or three
   signals (the address written differently per creditor), about 1% bad rows (impossible
   date, amount `veel`, bad postcode, BSN failing the eleven-test, missing name) and a
   handful of rows repeated, plus the wijk mapping of the postcode areas.
2. A warm-up import of a small file into its own fresh database (imports, metadata and the
   planner's caches loaded once; not counted).
3. `--repeat` times (default 3), interleaved so that both see the same noise:
   - the floor: the same rows, already parsed, inserted into a plain table with no index or
     constraint on the same backend – SQLAlchemy Core `executemany` and, on PostgreSQL,
     psycopg's `COPY ... FROM STDIN` – in one transaction;
   - the import: `app.services.intake.import_signals` (the real service, admin actor,
     FixedClock inside the Tuesday morning calling window) into a fresh, migrated database:
     reading and checking the file, households, cases with their first attempt planned,
     signals, phone numbers, audit – one transaction.
4. Prints ONE JSON object: medians of the runs, rows/s, the ratios import/floor and the
   targets (100,000 rows under 10 s; at least half the executemany floor's rate).

SQLite: `--db sqlite` uses temporary files; a named file is recreated for every run.
PostgreSQL: the URL names the server; every run creates a database `bench_import_<hex>` and
drops it afterwards (nothing else on the server is touched).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from benchlib import CpuMeter, backend_of, backend_pid, fresh_database, machine, median, say
from sqlalchemy import (
    Column,
    Date,
    Integer,
    MetaData,
    String,
    Table,
    func,
    insert,
    select,
    text,
)

from app.clock import FixedClock
from app.db import Database
from app.models import Case, Household, PhoneNumber, Signal
from app.services.context import Actor, AppContext
from app.services.intake import import_signals, parse_signal_table
from app.services.intake_parsing import read_table

#: Tuesday 24 November 2026, 10:00 Amsterdam: inside the morning calling window.
NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
TARGET_SECONDS_AT_100K = 10.0
TARGET_RATIO = 0.5

WIJKEN: dict[str, tuple[str, ...]] = {
    "Oude Stad / Centrum": ("2011", "2012"),
    "Parkwijk / Transvaalwijk": ("2013", "2014"),
    "Zuid-West": ("2015", "2025", "2026"),
    "Noord": ("2021", "2022", "2023", "2024"),
    "Slachthuisbuurt / Amsterdamsebuurt": ("2031", "2032"),
    "Boerhaavewijk / Meerwijk": ("2033", "2034", "2037"),
    "Europawijk / Molenwijk": ("2035", "2036"),
}
AREAS = [area for areas in WIJKEN.values() for area in areas]
STREETS = (
    "Amsterdamstraat",
    "Europaweg",
    "Boerhaavelaan",
    "Rijksstraatweg",
    "Leidsevaart",
    "Schoterweg",
    "Zijlweg",
    "Kleverparkweg",
    "Spaarndamseweg",
    "Slachthuisstraat",
    "Briljantlaan",
    "Meerwijkplein",
    "Molenwijkstraat",
    "Generaal Cronjéstraat",
    "Rustenburgerlaan",
    "Houtplein",
)
LAST_NAMES = (
    "de Jong",
    "Jansen",
    "de Vries",
    "van den Berg",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "El Amrani",
    "Yılmaz",
    "Öztürk",
    "Bouzid",
    "Mulder",
    "de Boer",
    "Dekker",
    "van Dijk",
    "Kramer",
    "Pinas",
    "Nguyen",
    "Kaya",
)
INITIALS = ("A.", "J.", "M.", "S.", "P.", "F.", "L.", "R.", "E.", "H.J.", "K.")
CREDITORS: tuple[tuple[str, str], ...] = (
    ("Elan Wonen", "huur"),
    ("Ymere", "huur"),
    ("Pré Wonen", "huur"),
    ("Eneco", "energie"),
    ("Vattenfall", "energie"),
    ("Essent", "energy"),
    ("PWN", "drinkwater"),
    ("Zilveren Kruis", "zorgverzekering"),
    ("VGZ", "zorgverzekering"),
    ("CZ", "health_insurance"),
    ("Gemeente Haarlem Belastingen", "overig"),
)
HEADER = [
    "kenmerk",
    "datum_melding",
    "schuldeiser",
    "soort",
    "achterstand",
    "bsn",
    "achternaam",
    "voorletters",
    "geboortedatum",
    "straat",
    "huisnummer",
    "toevoeging",
    "postcode",
    "woonplaats",
    "telefoon_1",
    "telefoon_2",
    "email",
]
BAD_KINDS = ("date", "amount", "postcode", "bsn", "name")


# --- the file -------------------------------------------------------------------------------


def _bsn(rng: random.Random) -> str:
    while True:
        digits = [rng.randrange(10) for _ in range(8)]
        total = sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=True))
        check = total % 11
        if check < 10 and digits[0] != 0:
            return "".join(map(str, digits)) + str(check)


def _amount(rng: random.Random) -> str:
    cents = rng.choice([rng.randint(5_000, 60_000), rng.randint(60_000, 450_000)])
    euros, rest = divmod(cents, 100)
    grouped = f"{euros:,}".replace(",", ".")
    form = rng.random()
    if form < 0.4:
        return f"€ {grouped},{rest:02d}"
    if form < 0.8:
        return f"{euros},{rest:02d}"
    return f"{euros}.{rest:02d}"


def _date(day: date, rng: random.Random) -> str:
    return day.strftime("%d-%m-%Y") if rng.random() < 0.7 else day.isoformat()


def _mobile(rng: random.Random) -> str:
    digits = f"6{rng.randint(1, 5)}{rng.randrange(10**7):07d}"
    form = rng.random()
    if form < 0.4:
        return f"0{digits[:1]}-{digits[1:]}"
    if form < 0.7:
        return f"0{digits}"
    return f"+31 {digits[0]} {digits[1:]}"


def _landline(rng: random.Random) -> str:
    return f"023-{rng.randint(5, 5)}{rng.randrange(10**6):06d}"


@dataclass(frozen=True)
class FileStats:
    rows: int
    households: int
    bad_rows: int
    repeated_rows: int


def write_signal_file(path: Path, rows: int, seed: int) -> FileStats:
    """N data rows in the portal's export form (see module doc); deterministic per seed."""
    rng = random.Random(seed)
    out: list[list[str]] = []
    households = bad = repeated = 0
    serial = 0
    first_day = date(2026, 10, 26)
    while len(out) < rows:
        households += 1
        area = rng.choice(AREAS)
        letters = rng.choice("ABCDEFGHJKLMNPRTVWXZ") + rng.choice("ABCEGHJKLNPRTVWXZ")
        number = str(rng.randint(1, 350))
        suffix = rng.choice(["", "", "", "", "", "", "a", "b", "2", "hs", "zw"])
        street = rng.choice(STREETS)
        last_name = rng.choice(LAST_NAMES)
        initials = rng.choice(INITIALS)
        bsn = _bsn(rng) if rng.random() < 0.7 else ""
        birth = date(1950, 1, 1) + timedelta(days=rng.randrange(20_000))
        phones = (
            [_mobile(rng)]
            if rng.random() < 0.75
            else ([_mobile(rng), _landline(rng)] if rng.random() < 0.8 else [])
        )
        email = (
            f"{last_name.split()[-1].lower()}.{households}@example.nl" if rng.random() < 0.2 else ""
        )
        n_signals = rng.choices((1, 2, 3), weights=(70, 22, 8))[0]
        for _ in range(n_signals):
            if len(out) >= rows:
                break
            serial += 1
            creditor, kind = rng.choice(CREDITORS)
            spaced = rng.random() < 0.5
            postcode = f"{area} {letters}" if spaced else f"{area}{letters}"
            if rng.random() < 0.1:
                postcode = postcode.lower()
            received = first_day + timedelta(days=rng.randrange(28))
            row = [
                f"VS-2026-{serial:07d}",
                _date(received, rng),
                creditor,
                kind,
                _amount(rng),
                bsn,
                last_name,
                initials,
                _date(birth, rng) if rng.random() < 0.6 else "",
                street,
                number,
                suffix.upper() if rng.random() < 0.3 else suffix,
                postcode,
                "Haarlem",
                phones[0] if phones else "",
                phones[1] if len(phones) > 1 else "",
                email,
            ]
            if rng.random() < 0.01:
                bad += 1
                kind_of_bad = rng.choice(BAD_KINDS)
                if kind_of_bad == "date":
                    row[1] = "31-02-2026"
                elif kind_of_bad == "amount":
                    row[4] = "veel"
                elif kind_of_bad == "postcode":
                    row[12] = "20X1 AB"
                elif kind_of_bad == "bsn":
                    row[5] = "123456788"
                else:
                    row[6] = ""
            out.append(row)
            if rng.random() < 0.001 and len(out) < rows:
                out.append(list(row))  # the portal exported it twice: a duplicate
                repeated += 1
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(out)
    path.write_bytes(b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8"))
    return FileStats(rows=len(out), households=households, bad_rows=bad, repeated_rows=repeated)


def write_wijk_file(path: Path) -> None:
    lines = ["postcode,wijk"]
    for wijk, areas in WIJKEN.items():
        lines += [f"{area},{wijk}" for area in areas]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# --- the floor ------------------------------------------------------------------------------

_FLOOR = MetaData()
FLOOR_TABLE = Table(
    "bench_floor_signals",
    _FLOOR,
    Column("signal_ref", String(100)),
    Column("received_on", Date),
    Column("creditor", String(200)),
    Column("creditor_type", String(32)),
    Column("arrears_cents", Integer),
    Column("bsn", String(9)),
    Column("last_name", String(200)),
    Column("first_name", String(200)),
    Column("birth_date", Date),
    Column("street", String(200)),
    Column("house_number", Integer),
    Column("house_number_suffix", String(16)),
    Column("postcode", String(6)),
    Column("city", String(120)),
    Column("phone_1", String(20)),
    Column("phone_2", String(20)),
    Column("email", String(254)),
)


def floor_rows(file: Path) -> list[dict[str, Any]]:
    """The file's valid rows as typed values: what the floor inserts (parsed beforehand)."""
    parsed = parse_signal_table(read_table(file))
    return [
        {
            "signal_ref": r.signal_id,
            "received_on": r.received_on,
            "creditor": r.creditor,
            "creditor_type": r.creditor_type.value,
            "arrears_cents": r.arrears_cents,
            "bsn": r.bsn,
            "last_name": r.last_name,
            "first_name": r.first_name,
            "birth_date": r.birth_date,
            "street": r.street,
            "house_number": r.house_number,
            "house_number_suffix": r.house_number_suffix,
            "postcode": r.postcode,
            "city": r.city,
            "phone_1": r.phones[0] if r.phones else None,
            "phone_2": r.phones[1] if len(r.phones) > 1 else None,
            "email": r.email,
        }
        for r in parsed.rows
    ]


@dataclass(frozen=True)
class Timing:
    wall_s: float
    cpu_s: float  # this process
    server_cpu_s: float | None  # the PostgreSQL backend, when it runs on this machine


def floor_executemany(db: Database, rows: list[dict[str, Any]]) -> Timing:
    """One transaction, one Core executemany into a fresh plain table."""
    _reset_floor_table(db)
    with db.engine.connect() as conn:
        pid = backend_pid(conn)
        with CpuMeter(pid) as cpu:
            started = time.perf_counter()
            with conn.begin():
                conn.execute(insert(FLOOR_TABLE), rows)
            elapsed = time.perf_counter() - started
    _check_floor(db, len(rows))
    return Timing(elapsed, cpu.client_s, cpu.server_s)


def floor_copy(db: Database, rows: list[dict[str, Any]]) -> Timing:
    """PostgreSQL only: psycopg's COPY FROM STDIN of the same rows."""
    _reset_floor_table(db)
    names = [c.name for c in FLOOR_TABLE.columns]
    with db.engine.connect() as conn:
        pid = backend_pid(conn)
        with CpuMeter(pid) as cpu:
            started = time.perf_counter()
            with conn.begin():
                raw: Any = conn.connection.driver_connection
                sql = f"COPY {FLOOR_TABLE.name} ({', '.join(names)}) FROM STDIN"
                with raw.cursor() as cursor, cursor.copy(sql) as copy:
                    for row in rows:
                        copy.write_row([row[n] for n in names])
            elapsed = time.perf_counter() - started
    _check_floor(db, len(rows))
    return Timing(elapsed, cpu.client_s, cpu.server_s)


def _reset_floor_table(db: Database) -> None:
    _drop_floor_table(db)
    with db.engine.begin() as conn:
        FLOOR_TABLE.create(conn)


def _drop_floor_table(db: Database) -> None:
    with db.engine.begin() as conn:
        FLOOR_TABLE.drop(conn, checkfirst=True)


def _check_floor(db: Database, expected: int) -> None:
    with db.engine.connect() as conn:
        got = conn.execute(select(func.count()).select_from(FLOOR_TABLE)).scalar_one()
    if got != expected:
        raise SystemExit(f"bench: floor table holds {got} rows, expected {expected}")


# --- the import -----------------------------------------------------------------------------


def run_import(
    url: str, file: Path, wijken: Path, typed: list[dict[str, Any]], backend: str
) -> dict[str, Any]:
    """One run on a fresh database: the import through the service, then the floor(s) of the
    same rows into a plain table of that same database (dropped again after each)."""
    with fresh_database(url, "import") as fresh:
        db = Database.from_url(fresh)
        try:
            with db.engine.connect() as conn:  # the connection is open before the clock starts
                conn.execute(text("SELECT 1"))
                pid = backend_pid(conn)
            ctx = AppContext(db=db, clock=FixedClock(NOW), actor=Actor.command_line())
            with CpuMeter(pid) as cpu:
                started = time.perf_counter()
                result = import_signals(ctx, file, wijken=wijken)
                elapsed = time.perf_counter() - started
            with db.engine.connect() as conn:  # the service used that same pooled connection?
                same_backend = backend_pid(conn) == pid
            with db.read() as session:
                counts = {
                    name: session.execute(select(func.count()).select_from(model)).scalar_one()
                    for name, model in (
                        ("households", Household),
                        ("cases", Case),
                        ("signals", Signal),
                        ("phone_numbers", PhoneNumber),
                    )
                }
                queued = session.execute(
                    select(func.count())
                    .select_from(Case)
                    .where(Case.next_window_start.is_not(None))
                ).scalar_one()
            run: dict[str, Any] = {
                "import": Timing(elapsed, cpu.client_s, cpu.server_s if same_backend else None),
                "seconds": elapsed,
                "rows_read": result.rows_read,
                "imported": result.imported,
                "rejected": len(result.rejected),
                "duplicates": result.duplicates,
                "new_cases": result.new_cases,
                "attached": result.attached,
                "needs_phone": result.needs_phone,
                "planned": int(queued),
                "tables": counts,
                "floor_executemany": floor_executemany(db, typed),
            }
            if backend == "postgresql":
                run["floor_copy"] = floor_copy(db, typed)
            _drop_floor_table(db)
            return run
        finally:
            db.dispose()


def measure(url: str, rows: int, repeat: int, seed: int) -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp(prefix="vroegbel-bench-import-files-"))
    try:
        return _measure(url, rows, repeat, seed, folder)
    finally:
        for item in folder.iterdir():
            item.unlink()
        folder.rmdir()


def _measure(url: str, rows: int, repeat: int, seed: int, folder: Path) -> dict[str, Any]:
    backend = backend_of(url)
    file = folder / "signalen.csv"
    wijken = folder / "wijken.csv"
    stats = write_signal_file(file, rows, seed)
    write_wijk_file(wijken)
    say(
        f"{stats.rows} rows, {stats.households} households, {stats.bad_rows} bad, "
        f"{stats.repeated_rows} repeated; {file.stat().st_size / 1e6:.1f} MB"
    )
    typed = floor_rows(file)

    warm = folder / "warmup.csv"
    write_signal_file(warm, min(rows, 500), seed + 1)
    run_import(url, warm, wijken, typed[:500], backend)
    say("warm-up done")

    runs: list[dict[str, Any]] = []
    for i in range(repeat):
        run = run_import(url, file, wijken, typed, backend)
        runs.append(run)
        say(
            f"run {i + 1}: import {run['import'].wall_s:.2f} s "
            f"(cpu {run['import'].cpu_s:.2f} s), executemany floor "
            f"{run['floor_executemany'].wall_s:.2f} s (cpu {run['floor_executemany'].cpu_s:.2f} s)"
            + (f", COPY {run['floor_copy'].wall_s:.2f} s" if "floor_copy" in run else "")
        )
    imp = _medians([r["import"] for r in runs])
    many = _medians([r["floor_executemany"] for r in runs])
    rate = stats.rows / imp["wall_s"] if imp["wall_s"] else 0.0
    many_rate = len(typed) / many["wall_s"] if many["wall_s"] else 0.0
    last = runs[-1]
    out: dict[str, Any] = {
        "benchmark": "import",
        "backend": backend,
        "rows": stats.rows,
        "households_in_file": stats.households,
        "bad_rows_in_file": stats.bad_rows,
        "repeated_rows_in_file": stats.repeated_rows,
        "repeat": repeat,
        "imported": last["imported"],
        "rejected": last["rejected"],
        "duplicates": last["duplicates"],
        "new_cases": last["new_cases"],
        "attached": last["attached"],
        "needs_phone": last["needs_phone"],
        "planned_first_attempts": last["planned"],
        "tables": last["tables"],
        "import_s_median": imp["wall_s"],
        "import_s_runs": [round(r["import"].wall_s, 3) for r in runs],
        "import_cpu_s_median": imp["cpu_s"],
        "import_server_cpu_s_median": imp["server_cpu_s"],
        "import_rows_per_s": round(rate),
        "floor_rows": len(typed),
        "floor_executemany_s_median": many["wall_s"],
        "floor_executemany_cpu_s_median": many["cpu_s"],
        "floor_executemany_server_cpu_s_median": many["server_cpu_s"],
        "floor_executemany_rows_per_s": round(many_rate),
        "ratio_vs_executemany": round(rate / many_rate, 3) if many_rate else None,
        "cpu_ratio_vs_executemany": _cpu_ratio(many, imp, typed, stats.rows),
    }
    if backend == "postgresql":
        copy = _medians([r["floor_copy"] for r in runs])
        copy_rate = len(typed) / copy["wall_s"] if copy["wall_s"] else 0.0
        out["floor_copy_s_median"] = copy["wall_s"]
        out["floor_copy_cpu_s_median"] = copy["cpu_s"]
        out["floor_copy_server_cpu_s_median"] = copy["server_cpu_s"]
        out["floor_copy_rows_per_s"] = round(copy_rate)
        out["ratio_vs_copy"] = round(rate / copy_rate, 3) if copy_rate else None
        out["cpu_ratio_vs_copy"] = _cpu_ratio(copy, imp, typed, stats.rows)
    seconds_at_100k = imp["wall_s"] * 100_000 / stats.rows if stats.rows else 0.0
    out["targets"] = {
        "seconds_per_100k_rows": round(seconds_at_100k, 2),
        "seconds_target": TARGET_SECONDS_AT_100K,
        "seconds_ok": seconds_at_100k < TARGET_SECONDS_AT_100K,
        "ratio_target": TARGET_RATIO,
        "ratio_ok": (out["ratio_vs_executemany"] or 0) >= TARGET_RATIO,
    }
    out["machine"] = machine()
    return out


def _medians(timings: list[Timing]) -> dict[str, float | None]:
    servers = [t.server_cpu_s for t in timings if t.server_cpu_s is not None]
    return {
        "wall_s": round(median([t.wall_s for t in timings]), 3),
        "cpu_s": round(median([t.cpu_s for t in timings]), 3),
        "server_cpu_s": round(median(servers), 3) if len(servers) == len(timings) else None,
    }


def _cpu_ratio(
    floor: dict[str, float | None], imp: dict[str, float | None], typed: list[Any], rows: int
) -> float | None:
    """Rows per CPU second (client + server where known) of the import over the floor's."""
    floor_cpu = (floor["cpu_s"] or 0) + (floor["server_cpu_s"] or 0)
    imp_cpu = (imp["cpu_s"] or 0) + (imp["server_cpu_s"] or 0)
    if not floor_cpu or not imp_cpu:
        return None
    return round((rows / imp_cpu) / (len(typed) / floor_cpu), 3)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--db", default="sqlite", help="SQLAlchemy URL; 'sqlite' = temp files (default)"
    )
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3, help="timed runs (median reported)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--json", action="store_true", help="print only the JSON object")
    args = parser.parse_args(argv)
    if args.rows < 1 or args.repeat < 1:
        parser.error("--rows and --repeat must be at least 1")
    result = measure(args.db, args.rows, args.repeat, args.seed)
    if args.json:
        print(json.dumps(result))
    else:
        print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
