"""Make sure `queue` is the standard library's module for these tests.

tests/queue/ is a package and tests/ is on sys.path (the root conftest's folder), so a plain
`import queue` (hypothesis, concurrent.futures inside APScheduler) could find the test package
instead. Import the real one first while tests/ is off the path.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

_tests_dir = str(Path(__file__).resolve().parent.parent)


def _stdlib_queue() -> None:
    loaded = sys.modules.get("queue")
    if loaded is not None and hasattr(loaded, "Queue"):
        return
    saved_path = list(sys.path)
    saved_module = sys.modules.pop("queue", None)
    try:
        sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(_tests_dir)]
        stdlib = importlib.import_module("queue")
    finally:
        sys.path[:] = saved_path
    if not hasattr(stdlib, "Queue") and saved_module is not None:
        sys.modules["queue"] = saved_module


_stdlib_queue()
