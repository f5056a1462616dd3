"""Debian's headless Chromium for the tests that need a real browser: where it is, how to start it.

The flags keep it from reaching for Google's servers, which this offline machine refuses.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

CHROMIUM = shutil.which("chromium") or (
    "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None
)
MISSING = "needs Debian's chromium (apt-get install chromium); .ci/run installs it"
HEADLESS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
]


def screenshot(url: str, png: Path, profile: Path, width: int, height: int) -> None:
    """Draw `url` in a window of `width`×`height` and save it as `png`."""
    assert CHROMIUM is not None, MISSING
    subprocess.run(
        [
            CHROMIUM,
            *HEADLESS,
            f"--user-data-dir={profile}",
            f"--screenshot={png}",
            f"--window-size={width},{height}",
            url,
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
