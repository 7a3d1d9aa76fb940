"""Rebuild the real-resume corpus (eval/real/manifest.jsonl) into a local folder.

The resumes are real people's files from public GitHub repositories, so none of them (and none
of their text) is committed here: the manifest only points at them (repository, commit, path,
SHA-256). This script writes each one into a folder you name, from snapshots of the
repositories that the session's ``fetch`` tool brought under a mirror folder (default
``/work/.mirror``; each repository as ``<owner>+<name>/repo``, a bare git directory).

    python scripts/real_corpus.py missing              # repositories to fetch first
    python scripts/real_corpus.py missing --limit 450  # when a session can fetch only so many
    python scripts/real_corpus.py build ~/real-resumes # write <id>.<pdf|docx> + check hashes

A manifest line may carry ``"build"``: a shell command run in a checkout of the commit (for a
resume committed only as source, e.g. ``xelatex -interaction=nonstopmode cv.tex``), with
``"output"`` naming the file it makes. Builds are not byte-reproducible across TeX versions, so
a built file's hash is reported, not enforced.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = ROOT / "eval" / "real" / "manifest.jsonl"
DEFAULT_MIRROR = Path(os.environ.get("PRODGAP_MIRROR", "/work/.mirror"))


def load_manifest(path: Path = MANIFEST) -> list[dict]:
    """The manifest's entries, one per resume, in file order."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def git_dir(mirror: Path, repo: str) -> Path:
    """Where the fetched snapshot of ``owner/name`` lives: a bare git directory, or (for some
    snapshots) a checkout whose git directory is ``repo/.git``."""
    base = mirror / repo.replace("/", "+") / "repo"
    return base / ".git" if (base / ".git").is_dir() else base


def _git(gdir: Path, *args: str) -> bytes:
    return subprocess.run(
        ["git", f"--git-dir={gdir}", *args], check=True, capture_output=True
    ).stdout


def committed_bytes(gdir: Path, commit: str, path: str) -> bytes:
    """The file as committed."""
    return _git(gdir, "show", f"{commit}:{path}")


def built_bytes(gdir: Path, entry: dict) -> bytes:
    """Check out the commit into a temporary folder, run the entry's build, read its output."""
    with tempfile.TemporaryDirectory(prefix="prodgap-real-") as tmp:
        work = Path(tmp) / "src"
        work.mkdir()
        archive = _git(gdir, "archive", "--format=tar", entry["commit"])
        subprocess.run(["tar", "-x", "-C", str(work)], input=archive, check=True)
        env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000", "FORCE_SOURCE_DATE": "1"}
        subprocess.run(
            entry["build"],
            shell=True,
            cwd=work / entry.get("build_dir", ""),
            env=env,
            check=True,
            capture_output=True,
            timeout=600,
        )
        return (work / entry["output"]).read_bytes()


def build(
    out_dir: Path, mirror: Path, manifest: Path = MANIFEST, only: set[str] | None = None
) -> int:
    """Write every manifest resume into ``out_dir``; return how many could not be written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    failures = 0
    for entry in load_manifest(manifest):
        if only and entry["id"] not in only:
            continue
        gdir = git_dir(mirror, entry["repo"])
        dest = out_dir / f"{entry['id']}.{entry['format']}"
        if not gdir.exists():
            print(f"{entry['id']}: not fetched: fetch github:{entry['repo']}", file=sys.stderr)
            failures += 1
            continue
        try:
            data = (
                built_bytes(gdir, entry)
                if entry.get("build")
                else committed_bytes(gdir, entry["commit"], entry["path"])
            )
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
            print(f"{entry['id']}: could not be rebuilt: {exc}", file=sys.stderr)
            failures += 1
            continue
        digest = hashlib.sha256(data).hexdigest()
        if digest != entry["sha256"]:
            if not entry.get("build"):
                print(
                    f"{entry['id']}: SHA-256 differs from the manifest; not written",
                    file=sys.stderr,
                )
                failures += 1
                continue
            print(f"{entry['id']}: built file differs from the recorded build (expected)")
        dest.write_bytes(data)
    return failures


def missing(mirror: Path, manifest: Path = MANIFEST) -> list[str]:
    """Repositories of the manifest that have no snapshot under ``mirror`` yet, in the order to
    fetch them when not all can be: the test split's first, then the train split's in an order
    set by a hash of each resume's id, a sample spread over every round and the same on every
    machine (so that two machines holding part of the corpus hold the same part)."""
    entries = sorted(load_manifest(manifest), key=_fetch_order)
    repos = list(dict.fromkeys(e["repo"] for e in entries))
    return [r for r in repos if not git_dir(mirror, r).exists()]


def _fetch_order(entry: dict) -> tuple[bool, str]:
    return entry.get("split") != "test", hashlib.sha256(entry["id"].encode()).hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirror", type=Path, default=DEFAULT_MIRROR)
    parser.add_argument("--manifest", type=Path, default=MANIFEST)
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="write the resumes into a folder")
    b.add_argument("out_dir", type=Path)
    b.add_argument("--only", nargs="*", help="just these ids")
    m = sub.add_parser("missing", help="list repositories still to fetch")
    m.add_argument("--limit", type=int, help="only the first N, in the order to fetch them")
    args = parser.parse_args(argv)
    if args.command == "missing":
        for repo in missing(args.mirror, args.manifest)[: args.limit]:
            print(f"github:{repo}")
        return 0
    if shutil.which("git") is None:
        print("git is needed", file=sys.stderr)
        return 2
    only = set(args.only) if args.only else None
    chosen = [e for e in load_manifest(args.manifest) if not only or e["id"] in only]
    if only and len(chosen) < len(only):  # "--only a,b" is one unknown id, not two
        unknown = sorted(only - {e["id"] for e in chosen})
        print(f"not in the manifest: {' '.join(unknown)}", file=sys.stderr)
    failures = build(args.out_dir, args.mirror, args.manifest, only)
    print(f"{len(chosen) - failures} written, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
