"""The DDAS delivery: valid against the official schema, counts equal to the report's."""

from __future__ import annotations

import json
from datetime import date
from importlib import resources
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from reporting_scenario import SEPTEMBER, build_scenario
from sqlalchemy import select

from app.cli import main
from app.models import AuditEvent, Signal
from app.models.enums import Role
from app.services import ddas
from app.services.context import Actor, AppContext
from app.services.errors import InvalidInput, PermissionDenied
from app.services.reporting import compute_report

SPEC_SCHEMA = Path(__file__).resolve().parents[2] / "docs/spec/ddas"


@pytest.fixture
def scenario(ctx: AppContext) -> dict[str, int]:
    return build_scenario(ctx)


def _validator() -> Draft202012Validator:
    return Draft202012Validator(ddas.load_schema(), format_checker=FormatChecker())


def test_packaged_schema_is_the_spec_copy() -> None:
    """The bundle reads app/resources/ddas; the specification's copy is docs/spec/ddas."""
    original = SPEC_SCHEMA / ddas.SCHEMA_FILE
    assert json.loads(original.read_text("utf-8")) == ddas.load_schema()
    packaged = resources.files("app").joinpath("resources", "ddas", ddas.SCHEMA_FILE)
    assert original.read_bytes() == packaged.read_bytes()


def test_september_export_validates_and_matches_the_report(
    ctx: AppContext, scenario: dict[str, int], tmp_path: Path
) -> None:
    target = tmp_path / "ddas.json"
    result = ddas.export_ddas(ctx, *SEPTEMBER, "0392", target, supplier_code="ACME-01")
    document = json.loads(target.read_text("utf-8"))
    assert list(_validator().iter_errors(document)) == []
    assert document == result.document

    report = compute_report(ctx, *SEPTEMBER).to_json()
    delivery = document["leveringen"][0]
    attempts = [p for z in delivery["vroegsignaalzaken"] for p in z["contactpogingen"]]
    assert len(delivery["vroegsignalen"]) == report["counts"]["signals"] == 19
    assert len(delivery["vroegsignaalzaken"]) == report["total"]["cases"] == 16
    assert len(attempts) == sum(s["attempts"] for s in report["by_slot"]) == 23
    assert sum(p["bereikt"] for p in attempts) == sum(s["contacts"] for s in report["by_slot"])
    assert (result.signals, result.cases, result.attempts, result.contacts) == (19, 16, 23, 11)

    assert document["startdatumLevering"] == "2026-09-01"
    assert document["einddatumLevering"] == "2026-09-30"
    assert document["aanleverdatumEnTijd"] == "2026-11-24T09:00:00Z"
    assert document["codeGegevensleverancier"] == "ACME-01"
    assert delivery["gemeentecode"] == "0392" and delivery["teller"] == 1


def _by_signal(document: dict) -> dict[str, dict]:  # type: ignore[type-arg]
    return {s["ID"]: s for s in document["leveringen"][0]["vroegsignalen"]}


def _zaak_of(document: dict, signal_id: str) -> dict:  # type: ignore[type-arg]
    zaken = document["leveringen"][0]["vroegsignaalzaken"]
    return next(z for z in zaken if {"ID": signal_id} in z["vroegsignalen"])


def test_mapping_of_every_end_result_client_and_attempt(
    ctx: AppContext, scenario: dict[str, int], tmp_path: Path
) -> None:
    result = ddas.export_ddas(ctx, *SEPTEMBER, "GM0392", tmp_path / "d.json")
    document = result.document
    with ctx.db.read() as session:
        refs = {
            case_id: sorted(
                session.scalars(select(Signal.signal_ref).where(Signal.case_id == case_id))
            )
            for case_id in scenario.values()
        }
    first = {label: refs[case_id][0] for label, case_id in scenario.items()}

    def result_of(label: str) -> str | None:
        return _zaak_of(document, first[label]).get("resultaat")

    assert result_of("E1") == "(Budget)advies en/of quick fix"
    assert result_of("E2") == "Vervolghulp en/of verwijzing financieel"
    assert result_of("E3") == "Vervolghulp en/of verwijzing niet financieel"
    assert result_of("E4") == "Vervolghulp en/of verwijzing"  # quick fix + listening ear
    assert result_of("E5") is None  # handed off, coach has offered nothing yet
    assert result_of("E6") == "Definitief geen contact kunnen krijgen"  # not_reached
    assert result_of("O4") == "Definitief geen contact kunnen krijgen"  # no_valid_number
    assert result_of("E7") is None and result_of("O5") is None and result_of("U1") is None
    assert result_of("O7") is None  # open after a callback request
    for label in ("O1", "O2", "O8"):  # no_help_needed, help_declined
        assert result_of(label) == (
            "Inwoner regelt het zelf/hoeft geen hulp vanuit vroegsignalering"
        )
    assert result_of("O3") == "Inwoner al bekend bij schuldhulpverlening"
    assert result_of("O6") == "Niet opgepakt: andere reden"  # withdrawn before any call

    signals = _by_signal(document)
    e1_zaak = _zaak_of(document, first["E1"])
    assert len(e1_zaak["vroegsignalen"]) == 2
    assert e1_zaak["datumOpgepakt"] == "2026-10-05"
    assert e1_zaak["contactpogingen"] == [
        {"soort": "Telefoon", "bereikt": False, "datum": "2026-10-05", "dagdeel": "Ochtend"},
        {"soort": "Telefoon", "bereikt": True, "datum": "2026-10-06", "dagdeel": "Avond"},
    ]
    # 12:15 is the morning slot but DDAS 'Middag'; 17:30 the evening slot but 'Middag'.
    assert [p["dagdeel"] for p in _zaak_of(document, first["E4"])["contactpogingen"]] == [
        "Middag",
        "Middag",
    ]
    assert "datumOpgepakt" not in _zaak_of(document, first["E7"])
    assert _zaak_of(document, first["E7"])["contactpogingen"] == []

    # Signals: partner type, whole euros, status, client in exactly one form.
    e2_signals = [signals[r] for r in refs[scenario["E2"]]]
    assert [s["signaalpartner"]["type"] for s in e2_signals] == ["Energie", "Water", "Zorg"]
    assert [s["bedrag"] for s in e2_signals] == [451, 99, 1]  # 450.50, 99.49, 1.00
    assert all(s["status"] == "Opgepakt" for s in e2_signals)
    assert signals[first["E7"]]["status"] == "Nog niet opgepakt"
    assert signals[first["O6"]]["status"] == "Niet opgepakt: andere reden"
    assert signals[first["O3"]]["signaalpartner"]["type"] == "Zorg"
    assert signals[first["E5"]]["signaalpartner"]["type"] == "Overige"
    assert signals[first["E6"]]["signaalpartner"]["type"] == "Water"
    assert signals[first["E1"]]["signaalpartner"]["type"] == "Huur"

    assert signals[first["E1"]]["client"] == {"burgerservicenummer": "111222333"}
    # The second signal of E1 names nobody with a BSN: the household's address.
    second = signals[refs[scenario["E1"]][1]]["client"]
    assert set(second) == {"postcode", "huisnummer"} and second["postcode"] == "2031AB"
    assert signals[first["E2"]]["client"]["huisnummertoevoeging"] == "A"
    # O8 was purged by retention: no BSN, no address left; delivered as unknown, not invented.
    assert signals[first["O8"]]["client"] == {"postcode": "", "huisnummer": ""}
    assert result.clients_without_identity == 1
    assert document["codeGegevensleverancier"] == "Vroegbel"
    assert document["leveringen"][0]["gemeentecode"] == "0392"


def test_export_refuses_an_invalid_document_and_writes_nothing(
    ctx: AppContext, scenario: dict[str, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = ddas.build_document

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        export = original(*args, **kwargs)
        export.document["leveringen"][0]["vroegsignalen"][0]["signaalpartner"]["type"] = "Bank"
        export.document["startdatumLevering"] = "2026-13-01"
        return export

    monkeypatch.setattr(ddas, "build_document", broken)
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "levering.json"
    with pytest.raises(ddas.DdasInvalid) as caught:
        ddas.export_ddas(ctx, *SEPTEMBER, "0392", target)
    assert not target.exists()
    assert any("Bank" in v for v in caught.value.violations)
    assert any("startdatumLevering" in v for v in caught.value.violations)
    assert list((tmp_path / "out").iterdir()) == []

    code = main(
        [
            "--db",
            ctx.db.engine.url.render_as_string(hide_password=False),
            "export-ddas",
            "--from",
            "2026-09-01",
            "--to",
            "2026-09-30",
            "--gemeentecode",
            "0392",
            "-o",
            str(target),
        ]
    )
    assert code == 2 and not target.exists()


def test_admin_only_audited_and_checked_arguments(
    ctx: AppContext, scenario: dict[str, int], tmp_path: Path
) -> None:
    for role in (Role.AGENT, Role.COACH, Role.TEAMLEAD):
        with pytest.raises(PermissionDenied):
            ddas.export_ddas(
                ctx.as_actor(Actor(username=f"t-{role.value}", role=role)),
                *SEPTEMBER,
                "0392",
                tmp_path / "x.json",
            )
    assert not (tmp_path / "x.json").exists()
    with pytest.raises(InvalidInput):
        ddas.export_ddas(ctx, *SEPTEMBER, "392", tmp_path / "x.json")
    with pytest.raises(InvalidInput):
        ddas.export_ddas(ctx, date(2026, 9, 30), date(2026, 9, 1), "0392", tmp_path / "x.json")
    ddas.export_ddas(ctx, *SEPTEMBER, "0392", tmp_path / "x.json")
    with ctx.db.read() as session:
        details = [
            e.detail
            for e in session.scalars(select(AuditEvent).where(AuditEvent.kind == "export_ddas"))
        ]
    assert details == [
        "from=2026-09-01 to=2026-09-30 gemeentecode=0392 signals=19 cases=16 attempts=23"
    ]


def test_command_line(
    ctx: AppContext,
    scenario: dict[str, int],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = ctx.db.engine.url.render_as_string(hide_password=False)
    target = tmp_path / "levering.json"
    base = ["--db", url, "export-ddas", "--from", "2026-09-01", "--to", "2026-09-30"]
    assert main([*base, "--gemeentecode", "0392", "-o", str(target)]) == 0
    out = capsys.readouterr()
    assert "19 signalen, 16 zaken, 23 contactpogingen (11 bereikt)" in out.out
    assert "persoonsgegevens al verwijderd" in out.err
    assert list(_validator().iter_errors(json.loads(target.read_text("utf-8")))) == []

    assert main([*base, "--gemeentecode", "Haarlem", "-o", str(tmp_path / "y.json")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "gemeentecode" in err
    bad_date = ["--db", url, "export-ddas", "--from", "2026-09-31", "--to", "2026-09-30"]
    assert main([*bad_date, "--gemeentecode", "0392", "-o", str(tmp_path / "z.json")]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert not (tmp_path / "y.json").exists() and not (tmp_path / "z.json").exists()
