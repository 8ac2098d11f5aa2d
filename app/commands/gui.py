"""`vroegbel` (the desktop client) and `vroegbel screenshots --out DIR`."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli import UsageError
from app.services.safe_output import OutputFailed, check_writable, write_reason


def check_out_folder(out: Path) -> None:
    """`--out` must be a folder we can write in (made when missing): one sentence if not,
    before Qt and the demo database are started."""
    if out.exists() and not out.is_dir():
        raise UsageError(f"--out {out}: dit is een bestand; geef een map.")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(
            f"--out {out}: de map kan niet gemaakt worden ({write_reason(exc)})."
        ) from exc
    try:
        check_writable(out / "vroegbel.png")
    except OutputFailed as exc:
        raise UsageError(f"--out {out}: in deze map kan niet geschreven worden.") from exc


def run(args: argparse.Namespace) -> int:
    from app.ui.app import run as run_app

    return run_app(args)


def screenshots(args: argparse.Namespace) -> int:
    from app.ui.screenshots import render_all

    check_out_folder(Path(args.out))
    written = render_all(args.out, language=getattr(args, "lang", None) or "nl")
    for path in written:
        print(path)
    return 0
