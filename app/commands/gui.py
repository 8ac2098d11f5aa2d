"""`vroegbel` (the desktop client) and `vroegbel screenshots --out DIR`."""

from __future__ import annotations

import argparse


def run(args: argparse.Namespace) -> int:
    from app.ui.app import run as run_app

    return run_app(args)


def screenshots(args: argparse.Namespace) -> int:
    from app.ui.screenshots import render_all

    written = render_all(args.out, language=getattr(args, "lang", None) or "nl")
    for path in written:
        print(path)
    return 0
