"""Turn the local, hand-made annotations of real resumes into committed, hashed gold.

Annotators work on local files beside the rebuilt resumes (never committed, because they hold
the resumes' text; see eval/real/ANNOTATION.md):

    <DIR>/<id>.gold.local.json   {"bullets": [{"text", "section", "section_kind", "entry",
                                   "page", "label_a", "arc_a", "label_b", "arc_b",
                                   "label", "arc", "reason"}]}

    python scripts/real_gold.py check DIR [ID...]   # each bullet's words appear in the file?
    python scripts/real_gold.py tolabel DIR OUT     # text + context only, for the 2nd labeller
    python scripts/real_gold.py merge-b DIR OUT     # read OUT/<id>.labels.json into label_b/arc_b
    python scripts/real_gold.py settle DIR          # where A and B agree, that is the final label
    python scripts/real_gold.py agreement DIR       # Cohen's kappa of the two labellings
    python scripts/real_gold.py hash DIR            # write eval/real/gold/<id>.json
    python scripts/real_gold.py split               # assign train/test in the manifest (once)
    python scripts/real_gold.py md DIR OUT          # the gold bullets as Markdown resumes
    python scripts/real_gold.py recover DIR         # bullet texts back from the files, by hash

``recover`` is for a machine that has the rebuilt files but not the annotators' local texts (a
new machine: they are never committed): it finds each gold bullet's text in its own file by
hash, so the label evals and the labeller's training see every bullet that can be found, not
only those prodgap happens to extract exactly. See ``recover`` for what it cannot find.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import subprocess
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from prodgap.evals.real import bullet_hash, prefix_hash  # noqa: E402

REAL = ROOT / "eval" / "real"
LABELS = ("trained_model", "shipped_system", "other")
ARC = ("problem", "system", "broke", "fix")
LOCAL = ".gold.local.json"
TEST_SHARE = 0.35


def _annotations(folder: Path) -> dict[str, dict]:
    return {
        p.name[: -len(LOCAL)]: json.loads(p.read_text("utf-8"))
        for p in sorted(folder.glob(f"*{LOCAL}"))
    }


def _save(folder: Path, rid: str, data: dict) -> None:
    path = folder / f"{rid}{LOCAL}"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8")


def _squash(text: str) -> str:
    """Letters and digits only, case-folded: what survives any extraction tool's spacing."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in text if ch.isalnum())


def _document_text(path: Path) -> str:
    """The file's text by a plain dump (PDFium or python-docx), not by prodgap's reader."""
    if path.suffix == ".docx":
        import docx

        document = docx.Document(str(path))
        cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
        return "\n".join([p.text for p in document.paragraphs] + cells)
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    return "\n".join(page.get_textpage().get_text_range() for page in pdf)


def check(folder: Path, ids: list[str]) -> None:
    """Flag annotated bullets whose letters do not appear, in order, in the file's text:
    usually a typo in the annotation (or text the file draws but does not encode)."""
    for rid, data in _annotations(folder).items():
        if ids and rid not in ids:
            continue
        source = next(folder.glob(f"{rid}.[pd][do][fc]*"))
        document = _squash(_document_text(source))
        bad = [b["text"] for b in data["bullets"] if _squash(b["text"]) not in document]
        print(f"{rid}: {len(data['bullets'])} bullets, {len(bad)} not found verbatim")
        for text in bad:
            print(f"   ? {text}")


def tolabel(folder: Path, out: Path) -> None:
    """Bullets with their context and nothing else: what the second labeller sees."""
    out.mkdir(parents=True, exist_ok=True)
    for rid, data in _annotations(folder).items():
        items = [
            {"i": i, **{k: b.get(k) for k in ("text", "section", "section_kind", "entry")}}
            for i, b in enumerate(data["bullets"])
        ]
        (out / f"{rid}.json").write_text(json.dumps(items, ensure_ascii=False, indent=1), "utf-8")


def merge_b(folder: Path, out: Path) -> None:
    """Read the second labeller's ``<id>.labels.json`` ([{"i", "label", "arc"}])."""
    for rid, data in _annotations(folder).items():
        labels_path = out / f"{rid}.labels.json"
        if not labels_path.exists():
            print(f"{rid}: no second labelling yet")
            continue
        # A text may repeat in a resume ("Group project" under two entries): in order.
        by_text: dict[str, list[dict]] = {}
        for b in data["bullets"]:
            by_text.setdefault(b["text"], []).append(b)
        for item in json.loads(labels_path.read_text("utf-8")):
            # Matched by text where the labeller copied it: the list may have been edited since.
            if "text" in item and not by_text.get(item["text"]):
                print(f"{rid}: bullet {item['i']} of the second labelling is no longer listed")
                continue
            bullet = by_text[item["text"]].pop(0) if "text" in item else data["bullets"][item["i"]]
            bullet["label_b"], bullet["arc_b"] = item["label"], sorted(item.get("arc", []))
        _save(folder, rid, data)


def settle(folder: Path) -> None:
    """Where the two labellings agree on label and arc, that is the final gold; list the rest."""
    open_items = 0
    for rid, data in _annotations(folder).items():
        for bullet in data["bullets"]:
            if "label" in bullet:
                continue
            same_arc = sorted(bullet.get("arc_a", [])) == sorted(bullet.get("arc_b", []))
            if bullet.get("label_b") == bullet["label_a"] and same_arc:
                bullet["label"], bullet["arc"] = bullet["label_a"], sorted(bullet["arc_a"])
            else:
                open_items += 1
        _save(folder, rid, data)
    print(f"{open_items} bullets need adjudication")


def kappa(pairs: list[tuple[str, str]]) -> float:
    """Cohen's kappa of two labellings."""
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    count_a, count_b = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(count_a[lb] * count_b[lb] for lb in LABELS) / (n * n)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def macro_f1(pairs: list[tuple[str, str]]) -> float:
    """Macro-F1 of labelling B measured against labelling A."""
    scores = []
    for label in LABELS:
        tp = sum(a == b == label for a, b in pairs)
        pred, gold = sum(b == label for _, b in pairs), sum(a == label for a, _ in pairs)
        p, r = (tp / pred if pred else 0.0), (tp / gold if gold else 0.0)
        scores.append(2 * p * r / (p + r) if p + r else 0.0)
    return sum(scores) / len(scores)


def agreement(folder: Path) -> None:
    bullets = [b for d in _annotations(folder).values() for b in d["bullets"] if "label_b" in b]
    pairs = [(b["label_a"], b["label_b"]) for b in bullets]
    if not pairs:
        print("no bullet has two labellings yet")
        return
    print(f"bullets labelled twice: {len(pairs)}")
    print(
        f"agreement {sum(a == b for a, b in pairs) / len(pairs):.3f}   "
        f"Cohen's kappa {kappa(pairs):.3f}   macro-F1 (B vs A) {macro_f1(pairs):.3f}"
    )
    # Early rounds wrote the arc once; agreement on it is read where both were written.
    arcs = [(b["arc_a"], b["arc_b"]) for b in bullets if "arc_a" in b and "arc_b" in b]
    print(f"bullets with two arcs: {len(arcs)}")
    for part in ARC if arcs else ():
        same = sum((part in a) == (part in b) for a, b in arcs)
        print(f"  arc {part:<8} agreement {same / len(arcs):.3f}")


def write_hashed(folder: Path) -> None:
    """Write ``eval/real/gold/<id>.json`` from the final annotations: no resume text."""
    (REAL / "gold").mkdir(exist_ok=True)
    for rid, data in _annotations(folder).items():
        bullets = data["bullets"]
        unsettled = [i for i, b in enumerate(bullets) if "label" not in b]
        if unsettled:
            print(f"{rid}: {len(unsettled)} bullets not adjudicated yet; not written")
            continue
        gold = {
            "id": rid,
            "bullets": [
                {
                    "h": bullet_hash(b["text"]),
                    "p": prefix_hash(b["text"]),
                    "w": len(b["text"].split()),
                    "section": b["section"],
                    "section_kind": b["section_kind"],
                    "page": b.get("page"),
                    "label": b["label"],
                    "arc": sorted(b["arc"], key=ARC.index),
                    "labels": [b["label_a"], b.get("label_b")],
                }
                for b in bullets
            ],
        }
        path = REAL / "gold" / f"{rid}.json"
        rows = ",\n".join(" " + json.dumps(b, ensure_ascii=False) for b in gold["bullets"])
        path.write_text(f'{{"id": "{rid}", "bullets": [\n{rows}\n]}}\n', "utf-8")
    print(f"gold written to {REAL / 'gold'}")


def assign_split() -> None:
    """Put about 35% of the resumes, spread over formats and layouts, in the test split.

    Within each (format, columns) group resumes are ordered by a hash of their id and every
    third one, starting from the first, goes to test: deterministic, and blind to content.
    """
    path = REAL / "manifest.jsonl"
    entries = [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()]
    if any("split" in e for e in entries):
        print("the manifest already has splits; they are frozen")
        return
    groups: dict[tuple, list[dict]] = {}
    for entry in entries:
        groups.setdefault((entry["format"], entry.get("columns", 1)), []).append(entry)
    for group in groups.values():
        group.sort(key=lambda e: hashlib.sha256(e["id"].encode()).hexdigest())
        for n, entry in enumerate(group):
            entry["split"] = "test" if n % 3 == 0 else "train"
    text = "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries)
    path.write_text(text, "utf-8")
    tests = sum(e["split"] == "test" for e in entries)
    print(f"{tests} of {len(entries)} resumes in the test split")


def write_markdown(folder: Path, out: Path) -> None:
    """Each resume's gold bullets under their headings and entries, as a Markdown resume.

    prodgap reads Markdown, so this measures the later stages (labels, rewrites) on real
    people's words without extraction's errors in the way (`scripts/advice_stats.py OUT`).
    OUT holds the resumes' text: keep it local, like DIR."""
    out.mkdir(parents=True, exist_ok=True)
    for rid, data in _annotations(folder).items():
        lines: list[str] = []
        section = entry = None
        for bullet in data["bullets"]:
            # A resume may open with roles before any heading; name the kind instead.
            heading = bullet["section"] or bullet["section_kind"].capitalize()
            if heading != section:
                section, entry = heading, None
                lines += ["", f"## {section}", ""]
            if bullet.get("entry") and bullet["entry"] != entry:
                entry = bullet["entry"]
                lines += ["", f"### {entry}", ""]
            lines.append(f"- {bullet['text']}")
        (out / f"{rid}.md").write_text("\n".join(lines) + "\n", "utf-8")
    print(f"wrote {len(list(out.glob('*.md')))} Markdown resumes to {out}")


# A list marker glued to the first word ("•Built"), or a word cut at a line's end ("imple-").
_MARKER = re.compile(r"^[^\w(\"'“‘$£€#@]+(?=\w)")
_WRAP_HYPHENS = ("-", "\u00ad", "\u2010")
# How many more or fewer words a bullet's span of a file's text may have than the bullet: a
# word cut at a wrap is two words in the file, a marker standing alone one more.
_SPAN_SLACK = (-2, 5)


def recover(folder: Path, force: bool = False) -> None:
    """Write ``<id>.gold.local.json`` for each rebuilt resume that has none: each gold bullet's
    text found again in the file by its hash, with the section and label of the gold.

    The text is searched in several readings of the file (prodgap's bullets, PDFium's text,
    pdftotext's when it is installed, a DOCX's paragraphs with its text boxes), as
    every run of words whose length is near the bullet's, with wrap hyphens joined or kept and
    a glued marker removed. A bullet whose text no reading gives (an accent drawn apart from
    its letter, a wrap the reading splits differently) is left out and counted. The ``entry``
    (role heading) is prodgap's where prodgap found the bullet, else none: the gold does not
    store it.
    """
    from prodgap.evals.real import rebuilt_corpus, resume_path

    found = wanted = 0
    for resume in rebuilt_corpus(folder, REAL, "all")[0]:
        if (folder / f"{resume.id}{LOCAL}").exists() and not force:
            continue
        texts, entries = _recovered_texts(resume_path(folder, resume), resume.gold)
        bullets = [
            {
                "text": texts[g["h"]],
                "section": g["section"],
                "section_kind": g["section_kind"],
                "entry": entries.get(g["h"]),
                "page": g.get("page"),
                "label_a": g["labels"][0],
                "label_b": g["labels"][1],
                "label": g["label"],
                "arc": g["arc"],
                "recovered": True,
            }
            for g in resume.gold
            if g["h"] in texts
        ]
        found, wanted = found + len(bullets), wanted + len(resume.gold)
        _save(
            folder,
            resume.id,
            {"bullets": bullets, "not_recovered": len(resume.gold) - len(bullets)},
        )
    print(f"recovered {found} of {wanted} gold bullets' texts")


def _recovered_texts(source: Path, gold: list[dict]) -> tuple[dict[str, str], dict[str, str]]:
    """Gold hash -> the text found for it; gold hash -> prodgap's entry for it."""
    by_prefix: dict[str, list[dict]] = {}
    for g in gold:
        by_prefix.setdefault(g["p"], []).append(g)
    texts: dict[str, str] = {}
    entries: dict[str, str] = {}
    for reading in _readings(source, entries):
        _find_spans(reading.split(), gold, by_prefix, texts)
        if len(texts) == len({g["h"] for g in gold}):
            break
    return texts, {h: e for h, e in entries.items() if h in texts}


def _find_spans(
    words: list[str], gold: list[dict], by_prefix: dict[str, list[dict]], texts: dict[str, str]
) -> None:
    """Fill ``texts`` with the runs of ``words`` that hash to a gold bullet not found yet.

    First where a run's first six words hash to a bullet's prefix (fast); then, for the
    bullets still missing (a wrap hyphen among their first words), every run of their lengths.
    """
    for start in range(len(words)):
        for spelled in _spellings(words[start : start + PREFIX_SPAN]):
            for g in by_prefix.get(prefix_hash(spelled), []):
                _try_lengths(words, start, [g], texts)
    missing = [g for g in gold if g["h"] not in texts]
    if missing:
        for start in range(len(words)):
            _try_lengths(words, start, missing, texts)


PREFIX_SPAN = 12
"""Enough of a file's words to hold a bullet's first six once wraps are joined."""


def _try_lengths(words: list[str], start: int, gold: list[dict], texts: dict[str, str]) -> None:
    for g in gold:
        if g["h"] in texts:
            continue
        for length in range(g.get("w", 0) + _SPAN_SLACK[0], g.get("w", 0) + _SPAN_SLACK[1]):
            if length <= 0 or start + length > len(words):
                continue
            for text in _spellings(words[start : start + length]):
                if bullet_hash(text) == g["h"]:
                    texts[g["h"]] = text
                    return


def _readings(source: Path, entries: dict[str, str]) -> Iterator[str]:
    """The file's text as several tools read it, prodgap's first (it knows columns); fills
    ``entries`` with prodgap's role heading of each bullet it extracts."""
    from prodgap.errors import ProdgapError
    from prodgap.extraction import extract

    try:
        bullets = extract(source).bullets()
    except ProdgapError:
        bullets = []
    for b in bullets:
        if b.entry:
            entries[bullet_hash(b.text)] = b.entry
    yield "\n".join(b.text for b in bullets)
    yield _document_text(source)
    if source.suffix == ".docx":
        yield _docx_xml_text(source)
    elif shutil.which("pdftotext"):
        run = subprocess.run(["pdftotext", str(source), "-"], capture_output=True, text=True)
        yield run.stdout


def _docx_xml_text(source: Path) -> str:
    """Every paragraph of a DOCX's XML, text boxes included (python-docx skips those)."""
    import zipfile

    from lxml import etree

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    paragraphs = []
    with zipfile.ZipFile(source) as docx:
        for name in docx.namelist():
            if name.startswith("word/") and name.endswith(".xml"):
                root = etree.fromstring(docx.read(name))
                paragraphs += [
                    "".join(t.text or "" for t in p.iter(f"{w}t")) for p in root.iter(f"{w}p")
                ]
    return "\n".join(paragraphs)


def _spellings(words: list[str]) -> Iterator[str]:
    """A run of a file's words as the annotator may have typed it."""
    first = _MARKER.sub("", words[0])
    if not first:
        return
    words = [first, *words[1:]]
    yield " ".join(words)
    cut = [i for i, w in enumerate(words[:-1]) if w.endswith(_WRAP_HYPHENS) and len(w) > 1]
    if cut:
        yield _joined(words, cut, keep_hyphen=False)
        yield _joined(words, cut, keep_hyphen=True)


def _joined(words: list[str], cut: list[int], keep_hyphen: bool) -> str:
    out = []
    for i, w in enumerate(words):
        if out and i - 1 in cut:
            out[-1] = (out[-1] if keep_hyphen else out[-1][:-1]) + w
        else:
            out.append(w)
    return " ".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("tolabel", "merge-b", "md"):
        cmd = sub.add_parser(name)
        cmd.add_argument("folder", type=Path)
        cmd.add_argument("out", type=Path)
    cmd = sub.add_parser("check")
    cmd.add_argument("folder", type=Path)
    cmd.add_argument("ids", nargs="*")
    for name in ("settle", "agreement", "hash"):
        sub.add_parser(name).add_argument("folder", type=Path)
    sub.add_parser("split")
    cmd = sub.add_parser("recover")
    cmd.add_argument("folder", type=Path)
    cmd.add_argument("--force", action="store_true", help="redo files recovered before")
    args = parser.parse_args(argv)
    if args.command == "check":
        check(args.folder, args.ids)
    elif args.command == "tolabel":
        tolabel(args.folder, args.out)
    elif args.command == "md":
        write_markdown(args.folder, args.out)
    elif args.command == "merge-b":
        merge_b(args.folder, args.out)
    elif args.command == "settle":
        settle(args.folder)
    elif args.command == "agreement":
        agreement(args.folder)
    elif args.command == "hash":
        write_hashed(args.folder)
    elif args.command == "recover":
        recover(args.folder, args.force)
    else:
        assign_split()
    return 0


if __name__ == "__main__":
    sys.exit(main())
