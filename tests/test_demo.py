from __future__ import annotations

import subprocess
import sys

import pytest
from sqlalchemy import func, select

from app.models import Attempt, Case, Handoff, Signal, User
from app.models.enums import Role
from app.services.demo import DEMO_PASSWORD, fill_demo
from app.services.errors import Conflict


def test_demo_fills_every_screen_with_true_data(ctx) -> None:  # type: ignore[no-untyped-def]
    result = fill_demo(ctx, residents=150, seed=7)
    with ctx.db.read() as session:
        roles = set(session.scalars(select(User.role)))
        assert roles == {r.value for r in Role}
        cases = session.scalar(select(func.count(Case.id)))
        assert cases is not None and cases >= 150
        assert session.scalar(select(func.count(Signal.id))) == result.signals
        assert session.scalar(select(func.count(Attempt.id))) == result.attempts > 150
        assert session.scalar(select(func.count(Handoff.id))) == result.handoffs > 0
        # Residents without a usable number are the exception (about 7% have none).
        waiting = session.scalar(select(func.count(Case.id)).where(Case.needs_phone.is_(True)))
        assert waiting is not None and waiting < 0.15 * cases
        statuses = set(session.scalars(select(Case.status)))
        assert statuses == {"open", "handed_off", "closed"}
        # Every attempt lies in the past of the demo's own clock.
        latest = session.scalar(select(func.max(Attempt.at)))
        assert latest is not None and latest <= ctx.clock.now()
    assert result.password == DEMO_PASSWORD
    with pytest.raises(Conflict):
        fill_demo(ctx, residents=10)


def test_demo_command_prints_the_password(tmp_path) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    done = subprocess.run(
        [sys.executable, "-m", "app", "--db", url, "demo", "--residents", "40"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert DEMO_PASSWORD in done.stdout
    assert "illustratief" in done.stdout
    bad = subprocess.run(
        [sys.executable, "-m", "app", "--db", url, "demo", "--residents", "0"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
