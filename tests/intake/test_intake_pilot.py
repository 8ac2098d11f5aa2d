"""Done-when of issue 2: the Haarlem pilot's interim table from files, through the commands.

tests/data/make_pilot.py writes the signal file, the wijk mapping and the contact history;
`import-signals`, `import-history` and `report --format json` must then give exactly the
pilot's figures (1021 cases, 338 reached, 99 accepted, per wijk and per slot).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.db import Database
from app.models import Attempt, Case, Signal

MAKE_PILOT = Path(__file__).resolve().parents[1] / "data" / "make_pilot.py"


def load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_pilot", MAKE_PILOT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def pilot_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    paths: dict[str, Path] = load_generator().write(tmp_path_factory.mktemp("pilot"))
    return paths


def test_generator_is_deterministic(tmp_path: Path, pilot_files: dict[str, Path]) -> None:
    again = load_generator().write(tmp_path)
    for name, path in pilot_files.items():
        assert again[name].read_bytes() == path.read_bytes(), name


def test_expected_figures_are_the_pilots(pilot_files: dict[str, Path]) -> None:
    expected = json.loads(pilot_files["expected"].read_text(encoding="utf-8"))
    assert expected["total"] == {
        "cases": 1021,
        "reached": 338,
        "accepted": 99,
        "reach_pct": 33.1,
        "acceptance_pct": 29.3,
    }
    wijken = {w["wijk"]: w for w in expected["by_wijk"]}
    assert (
        wijken["Slachthuisbuurt / Amsterdamsebuurt"]["reached"],
        wijken["Slachthuisbuurt / Amsterdamsebuurt"]["cases"],
    ) == (49, 133)
    assert wijken["Slachthuisbuurt / Amsterdamsebuurt"]["reach_pct"] == 36.8
    assert (
        wijken["Europawijk / Molenwijk"]["accepted"],
        wijken["Europawijk / Molenwijk"]["reached"],
    ) == (31, 65)
    assert wijken["Europawijk / Molenwijk"]["acceptance_pct"] == 47.7
    # the pilot's "highest reach" and "highest acceptance" still hold
    best_reach = max(wijken.values(), key=lambda w: w["reached"] / w["cases"])
    best_acceptance = max(wijken.values(), key=lambda w: w["accepted"] / w["reached"])
    assert best_reach["wijk"] == "Slachthuisbuurt / Amsterdamsebuurt"
    assert best_acceptance["wijk"] == "Europawijk / Molenwijk"
    assert sum(w["cases"] for w in wijken.values()) == 1021
    # every slot type was called, and the evening answers best (as the pilot found)
    slots = {s["slot"]: s for s in expected["by_slot"]}
    assert set(slots) == {"morning", "afternoon", "evening", "saturday"}
    assert all(s["attempts"] > 100 for s in slots.values())
    assert max(slots.values(), key=lambda s: s["contact_rate_pct"])["slot"] == "evening"
    assert expected["file"]["multi_signal_households"] > 100
    assert expected["file"]["duplicates"] > 0 and expected["file"]["needs_phone"] > 0


def run(*args: str) -> int:
    return main([str(a) for a in args])


@pytest.mark.slow
def test_pilot_end_to_end(
    db_url: str, pilot_files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    expected = json.loads(pilot_files["expected"].read_text(encoding="utf-8"))
    facts = expected["file"]

    code = run(
        "--db", db_url, "import-signals", pilot_files["signals"], "--wijken", pilot_files["wijken"]
    )
    out, err = capsys.readouterr()
    assert code == 0, err
    assert f"regels gelezen:              {facts['signal_rows']}" in out
    assert f"ingelezen:                   {facts['signals']}" in out
    assert "nieuwe zaken:                1021" in out
    assert f"dubbel (overgeslagen):       {facts['duplicates']}" in out

    code = run("--db", db_url, "import-history", pilot_files["history"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert f"belpogingen vastgelegd:      {facts['history_rows']}" in out
    assert "overgedragen aan coaches:    99" in out

    # the figures straight from the database (independent of the report module)
    database = Database.from_url(db_url)
    try:
        actual = figures_from_database(database)
    finally:
        database.dispose()
    assert actual["total"] == {k: expected["total"][k] for k in ("cases", "reached", "accepted")}
    assert actual["by_wijk"] == {
        w["wijk"]: (w["cases"], w["reached"], w["accepted"]) for w in expected["by_wijk"]
    }
    assert actual["by_slot"] == {
        s["slot"]: (s["attempts"], s["contacts"]) for s in expected["by_slot"]
    }
    assert actual["signals"] == facts["signals"]
    assert actual["needs_phone"] == facts["needs_phone"]

    # and through the report command, in the exact JSON shape of FORMATS.md
    code = run("--db", db_url, "report", "--format", "json")
    out, err = capsys.readouterr()
    assert code == 0, err
    report = json.loads(out)
    assert report["period"] == {"from": None, "to": None}
    assert report["total"] == expected["total"]
    assert sorted(report["by_wijk"], key=lambda w: w["wijk"]) == sorted(
        expected["by_wijk"], key=lambda w: w["wijk"]
    )
    assert report["by_slot"] == expected["by_slot"]


def figures_from_database(database: Database) -> dict[str, Any]:
    """DOMAIN.md section 7 counted directly, as a cross-check of the report module."""
    with database.read() as session:
        cases = dict(session.execute(select(Case.id, Case.wijk)).tuples().all())
        reached = set(session.scalars(select(Attempt.case_id).where(Attempt.is_contact)))
        accepted = set(
            session.scalars(
                select(Attempt.case_id).where(Attempt.outcome == "reached_help_accepted")
            )
        )
        slots: Counter[tuple[str, bool]] = Counter(
            (slot, bool(contact))
            for slot, contact in session.execute(select(Attempt.slot, Attempt.is_contact))
        )
        signals = session.scalar(select(func.count()).select_from(Signal))
        needs_phone = session.scalar(select(func.count()).select_from(Case).where(Case.needs_phone))
    by_wijk: dict[str, tuple[int, int, int]] = {}
    for case_id, wijk in cases.items():
        c, r, a = by_wijk.get(wijk, (0, 0, 0))
        by_wijk[wijk] = (c + 1, r + (case_id in reached), a + (case_id in accepted))
    slot_names = {slot for slot, _ in slots}
    return {
        "total": {"cases": len(cases), "reached": len(reached), "accepted": len(accepted)},
        "by_wijk": by_wijk,
        "by_slot": {
            s: (slots[(s, False)] + slots[(s, True)], slots[(s, True)]) for s in slot_names
        },
        "signals": signals,
        "needs_phone": needs_phone,
    }
