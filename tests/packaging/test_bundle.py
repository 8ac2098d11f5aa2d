"""Build the PyInstaller bundle from build.spec and run its frozen `self-test` offscreen.

Slow (a full PyInstaller build: about a minute on two cores); run with `-m slow`.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build.spec"

pytestmark = pytest.mark.slow


def _exe(folder: Path, name: str) -> Path:
    return folder / (name + (".exe" if sys.platform == "win32" else ""))


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip(
        "PyInstaller", reason="PyInstaller is not installed (pip install -e '.[dev]')"
    )
    base = tmp_path_factory.mktemp("bundle")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("VROEGBEL_BUILD_DEBUG", None)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(base / "dist"),
            "--workpath",
            str(base / "build"),
            str(SPEC),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    folder = base / "dist" / "vroegbel"
    assert _exe(folder, "vroegbel").is_file()
    assert _exe(folder, "vroegbel-cli").is_file()
    return folder


def _run(bundle: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("VROEGBEL_DB", None)
    return subprocess.run(
        [str(_exe(bundle, "vroegbel-cli")), *args],
        cwd=cwd,  # not the checkout: the bundle must not find app/ next to it
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_frozen_version(bundle: Path, tmp_path: Path) -> None:
    from app import __version__

    done = _run(bundle, "--version", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert __version__ in done.stdout


def test_frozen_self_test_passes_offscreen(bundle: Path, tmp_path: Path) -> None:
    url = "sqlite:///" + (tmp_path / "frozen.sqlite3").as_posix()
    done = _run(bundle, "--db", url, "self-test", cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    for name in ("versie", "database", "schema", "vertalingen", "gespreksleidraad", "Qt-platform"):
        assert any(line.startswith("OK") and f" {name}:" in line for line in lines), done.stdout
    assert not any(line.startswith("FOUT") for line in lines), done.stdout
    assert lines[-1] == "Alle controles geslaagd."
    # The resources and migrations come from inside the bundle, not from the checkout.
    assert str(ROOT / "app") not in done.stdout
    assert "(de nieuwste)" in done.stdout


def test_bundle_leaves_out_what_the_app_never_loads(bundle: Path) -> None:
    internal = bundle / "_internal"
    names = {p.name for p in internal.rglob("*")}
    for unwanted in ("QtWebEngineCore", "QtQml", "QtQuick", "QtPdf", "Qt3DCore"):
        assert not any(name.startswith(unwanted + ".") for name in names), unwanted
    assert (internal / "app" / "migrations" / "env.py").is_file()
    assert any((internal / "app" / "migrations" / "versions").glob("0001_*.py"))
