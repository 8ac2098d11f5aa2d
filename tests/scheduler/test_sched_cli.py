"""`vroegbel plan-preview` (FORMATS.md) and `vroegbel scheduler`."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import date, datetime
from pathlib import Path

import pytest
from plan_rules import violations  # tests/scheduler helper

from app.cli import main
from app.clock import AMSTERDAM
from app.db import Database
from app.models import ClosedDay
from app.scheduler.calendar import Window
from app.scheduler.planner import PlannedAttempt


def preview_json(
    capsys: pytest.CaptureFixture[str], *args: str, db: str | None = None
) -> list[dict[str, object]]:
    prefix = ["--db", db] if db else []
    assert main([*prefix, "plan-preview", *args, "--json"]) == 0
    out = capsys.readouterr().out
    data = json.loads(out)
    assert isinstance(data, list)
    return data


@pytest.fixture(autouse=True)
def no_database_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VROEGBEL_DB", raising=False)


def as_plan(data: list[dict[str, object]]) -> list[PlannedAttempt]:
    from app.models.enums import Slot

    return [
        PlannedAttempt(
            number=int(str(item["attempt"])),
            window=Window(
                start=datetime.fromisoformat(str(item["start"])),
                end=datetime.fromisoformat(str(item["end"])),
                slot=Slot(str(item["slot"])),
            ),
        )
        for item in data
    ]


def test_json_shape_and_rules(capsys: pytest.CaptureFixture[str]) -> None:
    data = preview_json(capsys, "--start", "2027-03-25T16:30")
    assert data[0] == {
        "attempt": 1,
        "slot": "afternoon",
        "start": "2027-03-25T16:30:00+01:00",
        "end": "2027-03-25T17:00:00+01:00",
        # Added by issue 19 (FORMATS.md: new keys only after the old ones).
        "why": "middag: het eerstvolgende belvenster (nog geen contactcijfers gemeten)",
    }
    assert [item["attempt"] for item in data] == list(range(1, 8))
    for item in data:
        assert set(item) == {"attempt", "slot", "start", "end", "why"}
    start = datetime(2027, 3, 25, 16, 30, tzinfo=AMSTERDAM)
    assert violations(as_plan(data), start) == []


def test_offsets_follow_daylight_saving(capsys: pytest.CaptureFixture[str]) -> None:
    data = preview_json(capsys, "--start", "2026-10-23T20:00")
    offsets = [(str(item["start"])[:10], str(item["start"])[-6:]) for item in data]
    assert offsets[0] == ("2026-10-23", "+02:00")
    assert offsets[1] == ("2026-10-24", "+02:00")  # Saturday before the clocks go back
    assert all(offset == "+01:00" for day, offset in offsets[2:])
    spring = preview_json(capsys, "--start", "2027-03-26T09:00")  # Good Friday
    assert spring[0]["start"] == "2027-03-27T10:00:00+01:00"
    assert spring[1]["start"] == "2027-03-30T09:00:00+02:00"


def test_start_with_offset_or_utc(capsys: pytest.CaptureFixture[str]) -> None:
    utc = preview_json(capsys, "--start", "2026-11-24T08:00:00Z")
    offset = preview_json(capsys, "--start", "2026-11-24T09:00:00+01:00")
    assert utc == offset
    assert utc[0]["start"] == "2026-11-24T09:00:00+01:00"


def test_sunday_start(capsys: pytest.CaptureFixture[str]) -> None:
    data = preview_json(capsys, "--start", "2026-11-29 14:00")
    assert data[0]["start"] == "2026-11-30T09:00:00+01:00"


@pytest.mark.parametrize("bad", ["gisteren", "2026-13-01", "24-11-2026 10:00", ""])
def test_bad_start_exits_2_with_one_line(capsys: pytest.CaptureFixture[str], bad: str) -> None:
    assert main(["plan-preview", "--start", bad, "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.strip().splitlines()) == 1
    assert "Traceback" not in captured.err


def test_missing_start_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["plan-preview", "--json"])
    assert exit_info.value.code == 2


def test_table_without_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan-preview", "--start", "2026-11-24T10:00"]) == 0
    out = capsys.readouterr().out
    assert "ochtend" in out and "zaterdag" in out and "avond" in out
    assert len(out.strip().splitlines()) == 9  # title, header, seven attempts


def test_closed_days_and_windows_from_the_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'plan.sqlite3'}"
    from app.db import open_database
    from app.services import settings

    database: Database = open_database(url)
    with database.begin() as session:
        session.add(ClosedDay(day=date(2026, 11, 24), reason="Teamdag"))
        windows = dict(settings.DEFAULT_CALLING_WINDOWS)
        windows["saturday"] = {"weekdays": [5], "start": "11:00", "end": "15:00"}
        settings.put(session, "calling_windows", windows)
    database.dispose()
    data = preview_json(capsys, "--start", "2026-11-24T10:00", db=url)
    assert data[0]["start"] == "2026-11-25T09:00:00+01:00"
    saturday = next(item for item in data if item["slot"] == "saturday")
    assert str(saturday["start"]).endswith("T11:00:00+01:00")
    # Without a database: the defaults.
    default = preview_json(capsys, "--start", "2026-11-24T10:00")
    assert default[0]["start"] == "2026-11-24T10:00:00+01:00"


def test_scheduler_command_runs_until_interrupted(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'jobs.sqlite3'}"
    env = dict(os.environ, VROEGBEL_DB=url, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "scheduler"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        assert proc.stderr is not None
        line = proc.stderr.readline()
        assert "gedeelde taken draaien" in line or time.monotonic() > deadline, line
        proc.send_signal(signal.SIGINT)
        _out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "Traceback" not in err
