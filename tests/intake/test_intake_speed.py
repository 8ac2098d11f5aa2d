"""A 100,000-row signal file on SQLite (issue 9's target: well under 10 s).

Slow: run with `-m slow`. The assertion on time is deliberately loose (the CI machine is
shared); the measured times are printed (`-s`) for the record.
"""

from __future__ import annotations

import csv
import random
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.clock import FixedClock
from app.db import Database, make_engine, upgrade
from app.models import Case, PhoneNumber, Signal
from app.services import intake
from app.services.context import Actor, AppContext

HEADER = [
    "signal_id", "received_on", "creditor", "creditor_type", "arrears_eur", "bsn", "last_name",
    "first_name", "street", "house_number", "house_number_suffix", "postcode", "city",
    "phone_1", "phone_2", "email",
]  # fmt: skip


def write_synthetic(path: Path, rows: int, seed: int = 9) -> None:
    """`rows` signals over about 0.8 × rows addresses, so many households have several."""
    rng = random.Random(seed)
    households = int(rows * 0.8)
    letters, letters2 = "ABCDEFGHJKLMNPRTVWXZ", "ABCEGHJKLMNPRTVW"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADER)
        for i in range(rows):
            home = rng.randrange(households)
            postcode = f"{2011 + home % 27}{letters[home // 27 % 20]}{letters2[home // 540 % 16]}"
            writer.writerow(
                [
                    f"B-{i:07d}", "02-11-2026", "Ymere",
                    rng.choice(["huur", "energie", "drinkwater", "zorgverzekering"]),
                    f"{rng.randrange(1, 5000)},{rng.randrange(100):02d}", "", "Jansen", "P.",
                    "Straat", str(home // 8640 + 1), "", postcode, "Haarlem",
                    f"06{rng.choice('123456')}{rng.randrange(10**7):07d}", "", "",
                ]
            )  # fmt: skip


@pytest.mark.slow
def test_100k_rows_on_sqlite(tmp_path: Path) -> None:
    source = tmp_path / "signals.csv"
    write_synthetic(source, 100_000)
    url = f"sqlite:///{tmp_path / 'speed.sqlite3'}"
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    database = Database.from_url(url)
    ctx = AppContext(
        db=database, clock=FixedClock(datetime(2026, 11, 24, 9, tzinfo=UTC)),
        actor=Actor.command_line(),
    )  # fmt: skip
    try:
        wall, cpu = time.perf_counter(), time.process_time()
        result = intake.import_signals(ctx, source)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        print(f"\n100k rows: {wall:.1f} s wall, {cpu:.1f} s CPU, {result.new_cases} cases")
        assert result.imported == 100_000 and not result.rejected
        with database.read() as session:
            assert session.scalar(select(func.count()).select_from(Signal)) == 100_000
            assert session.scalar(select(func.count()).select_from(Case)) == result.new_cases
            phones = session.scalar(select(func.count()).select_from(PhoneNumber))
            assert phones is not None and phones >= result.new_cases
            unplanned = session.scalar(
                select(func.count()).select_from(Case).where(Case.next_slot.is_(None))
            )
            assert unplanned == 0
        assert cpu < 30, f"import took {cpu:.1f} s of CPU"

        wall = time.perf_counter()
        again = intake.import_signals(ctx, source)
        print(f"re-import: {time.perf_counter() - wall:.1f} s wall")
        assert again.duplicates == 100_000 and again.imported == 0
    finally:
        database.dispose()
