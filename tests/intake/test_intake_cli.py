"""`vroegbel import-signals` / `import-history`: summary, rejects file and exit status."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from app.cli import main

DATA = Path(__file__).resolve().parents[1] / "data"


def run(db_url: str, *args: str) -> int:
    return main(["--db", db_url, *args])


def test_import_signals_with_rejects(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rejects = tmp_path / "afgewezen.csv"
    code = run(
        db_url,
        "import-signals",
        str(DATA / "signalen-voorbeeld.csv"),
        "--wijken",
        str(DATA / "wijken-voorbeeld.csv"),
        "--rejects",
        str(rejects),
    )
    out, err = capsys.readouterr()
    assert code == 1
    assert "regels gelezen:              7" in out
    assert "ingelezen:                   3" in out
    assert "dubbel (overgeslagen):       1" in out
    assert "afgewezen:                   3" in out
    assert "Wijkindeling geladen: 6 postcodes." in out
    assert [line.split(": regel ", 1)[1].split(":")[0] for line in err.splitlines()] == [
        "5",
        "6",
        "7",
    ]
    assert "elfproef" in err
    with rejects.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][-2:] == ["line", "reason"] and rows[0][0] == "kenmerk"
    assert [(r[0], r[-2]) for r in rows[1:]] == [
        ("VS-2026-00004", "5"),
        ("VS-2026-00005", "6"),
        ("VS-2026-00006", "7"),
    ]
    # the corrected rejects file can be imported again as it is (extra columns are ignored)
    code = run(db_url, "import-signals", str(rejects))
    out, err = capsys.readouterr()
    assert code == 1 and "afgewezen:                   3" in out

    code = run(db_url, "import-history", str(DATA / "historie-voorbeeld.csv"))
    out, err = capsys.readouterr()
    assert code == 1
    assert "belpogingen vastgelegd:      4" in out
    assert "regel 6: signal_id is onbekend" in err


def test_clean_import_exits_zero(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "s.csv"
    path.write_text(
        "kenmerk,datum_melding,schuldeiser,soort,achterstand,achternaam,straat,huisnummer,"
        "postcode,woonplaats\nA,2026-11-02,X,huur,1,N,S,1,2031AB,Haarlem\n",
        encoding="utf-8",
    )
    assert run(db_url, "import-signals", str(path)) == 0
    out, _err = capsys.readouterr()
    assert "zonder geldig telefoonnummer" in out
    # again: a duplicate is not a rejection
    assert run(db_url, "import-signals", str(path)) == 0


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (None, "bestaat niet"),
        (b"", "leeg"),
        (b"\x00\x01\x02\x03", "binaire"),
        (b"signal_id;postcode\nA;2031AB\n", "ontbreken"),
        (b"PK\x03\x04rubbish", "XLSX"),
    ],
)
def test_unreadable_files_exit_two_with_one_line(
    db_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: bytes | None,
    words: str,
) -> None:
    path = tmp_path / "input.csv"
    if content is not None:
        path.write_bytes(content)
    for command in ("import-signals", "import-history"):
        code = run(db_url, command, str(path))
        out, err = capsys.readouterr()
        assert code == 2
        assert len(err.strip().splitlines()) == 1 and words in err
        assert "Traceback" not in err + out


def test_bad_wijk_file_exits_two_and_lists_lines(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wijken = tmp_path / "w.csv"
    wijken.write_text("postcode,wijk\n2031,Noord\nabc,Zuid\n2032,\n", encoding="utf-8")
    code = run(
        db_url, "import-signals", str(DATA / "signalen-voorbeeld.csv"), "--wijken", str(wijken)
    )
    out, err = capsys.readouterr()
    assert code == 2
    assert "regel 3" in err and "regel 4" in err
    assert "ingelezen" not in out


def test_rejects_folder_must_exist(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run(
        db_url,
        "import-signals",
        str(DATA / "signalen-voorbeeld.csv"),
        "--rejects",
        str(tmp_path / "nope" / "r.csv"),
    )
    _out, err = capsys.readouterr()
    assert code == 2 and "bestaat niet" in err


def _counts(db_url: str) -> tuple[int, int]:
    from sqlalchemy import func, select

    from app.db import open_database
    from app.models import AuditEvent, Signal

    db = open_database(db_url)
    try:
        with db.read() as session:
            signals = session.scalar(select(func.count()).select_from(Signal)) or 0
            audits = (
                session.scalar(
                    select(func.count())
                    .select_from(AuditEvent)
                    .where(AuditEvent.kind.in_(["import_signals", "import_history"]))
                )
                or 0
            )
    finally:
        db.dispose()
    return signals, audits


def test_rejects_path_that_is_a_folder_changes_nothing(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run(
        db_url, "import-signals", str(DATA / "signalen-voorbeeld.csv"), "--rejects", str(tmp_path)
    )
    _out, err = capsys.readouterr()
    assert code == 2 and "is een map" in err and "niets ingelezen" in err
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("command", ["import-signals", "import-history"])
def test_rejects_file_that_cannot_be_written_rolls_the_import_back(
    db_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: str,
) -> None:
    """Issue 16: the rows were committed first and the command exited 2 with the database
    changed. Now the rejects file is written before the commit; a full disk rolls back."""
    import errno

    from app.commands import intake as intake_command

    if command == "import-history":
        assert run(db_url, "import-signals", str(DATA / "signalen-voorbeeld.csv")) == 1
        source = DATA / "historie-voorbeeld.csv"
    else:
        source = DATA / "signalen-voorbeeld.csv"
    capsys.readouterr()
    before = _counts(db_url)

    def disk_full(path: Path, *args: object) -> None:
        path.write_text("half a row", encoding="utf-8")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(intake_command, "write_rejects", disk_full)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    rejects = out_dir / "afgewezen.csv"
    code = run(db_url, command, str(source), "--rejects", str(rejects))
    out, err = capsys.readouterr()
    assert code == 2
    assert err.strip().splitlines() == [
        f"vroegbel: Het rejects-bestand '{rejects}' kan niet worden geschreven "
        "(de schijf is vol); er is niets ingelezen."
    ]
    assert "Traceback" not in out + err
    assert _counts(db_url) == before  # no signal, no attempt, no audit event
    assert list(out_dir.iterdir()) == []  # no rejects file, no temporary file


def test_rejects_file_is_neutralised_and_reads_back_unchanged(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "s.csv"
    source.write_text(
        "kenmerk;datum_melding;schuldeiser;soort;achterstand;achternaam;straat;huisnummer;"
        "postcode;woonplaats;telefoon_1\n"
        "A;2026-11-02;=cmd|' /C calc'!A0;huur;-12,50;@SUM(1);S;1;2031AB;Haarlem;+31612345678\n",
        encoding="utf-8",
    )
    rejects = tmp_path / "r.csv"
    assert run(db_url, "import-signals", str(source), "--rejects", str(rejects)) == 1
    capsys.readouterr()
    with rejects.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[1][2:6] == ["'=cmd|' /C calc'!A0", "huur", "-12,50", "'@SUM(1)"]
    assert rows[1][10] == "+31612345678"  # a plain number is no formula
    # Read back, the apostrophes are gone again: the same reason, the same values.
    from app.services.intake import parse_signal_table
    from app.services.intake_parsing import read_table

    parsed = parse_signal_table(read_table(rejects))
    assert [r.reason for r in parsed.rejected] == ["bedrag '-12,50' is negatief"]
