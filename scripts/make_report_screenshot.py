"""Audit a sample resume with the rules engine; save its HTML report and a screenshot of it.

    python scripts/make_report_screenshot.py                      # samples/eli_xelatex.pdf
    python scripts/make_report_screenshot.py samples/hana_multipage.pdf --height 4000

writes samples/report.html and samples/report.png (the README shows the PNG). The screenshot is
taken by headless Chromium (Debian's ``chromium``) with every network feature off, so the page
must render offline, as users open it.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from prodgap.output import write_report
from prodgap.render import render

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
# Offline and quiet: no first-run, sync, component or QUIC traffic from the browser itself.
# tests/test_browser.py launches Chromium with these too.
OFFLINE_FLAGS = [
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
OFFLINE_ARGS = [
    "--headless",
    "--no-sandbox",  # CI runs as root, where Chromium refuses its sandbox
    *OFFLINE_FLAGS,
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
]


def main(argv: list[str] | None = None) -> int:
    """Write samples/report.html and samples/report.png from one sample resume."""
    args = _parser().parse_args(argv)
    chromium = args.chromium or shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("chromium not found: apt-get install chromium, or pass --chromium", file=sys.stderr)
        return 1
    from prodgap import audit  # the whole pipeline: loaded only once the arguments are good

    report = audit(args.resume, backend="rules", use_cache=False)
    html_path, png_path = args.out / "report.html", args.out / "report.png"
    write_report(render(report, "html"), html_path, force=True)
    _screenshot(chromium, html_path, png_path, args.width, args.height)
    print(f"wrote {html_path} and {png_path} from {args.resume.name}")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("resume", nargs="?", type=Path, default=SAMPLES / "eli_xelatex.pdf")
    parser.add_argument("--out", type=Path, default=SAMPLES, help="folder for report.html/.png")
    parser.add_argument("--width", type=int, default=1200)
    parser.add_argument("--height", type=int, default=1800, help="pixels of the page to capture")
    parser.add_argument("--chromium", help="path to the Chromium binary")
    return parser


def _screenshot(chromium: str, html_path: Path, png_path: Path, width: int, height: int) -> None:
    # A fresh profile each time: no first-run state, and nothing left in the user's profile.
    with tempfile.TemporaryDirectory(prefix="prodgap-chromium-") as profile:
        command = [
            chromium,
            *OFFLINE_ARGS,
            f"--user-data-dir={profile}",
            f"--window-size={width},{height}",
            f"--screenshot={png_path.resolve()}",
            html_path.resolve().as_uri(),
        ]
        subprocess.run(command, capture_output=True, timeout=120, check=True)


if __name__ == "__main__":
    sys.exit(main())
