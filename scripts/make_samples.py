"""Regenerate the sample resume corpus in samples/ and its gold bullets.

    python scripts/make_samples.py            # everything
    python scripts/make_samples.py ada eli    # only some (by name prefix)

Contents come from scripts/samples_content.py; each sample is rendered by a different generator
and layout, and samples/<name>.gold.json is written from the same data (never from an extractor).

Needs: python-docx, fpdf2, reportlab (test/dev extras); for two samples also Debian tools:
LibreOffice (dana: `soffice --headless --convert-to pdf`) and xelatex with lmodern (eli).
The FontAwesome icon font for jon comes from Debian's fonts-font-awesome. CI does not run this
script: it uses the committed files. Nothing here touches git.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from samples_content import (  # noqa: E402
    BEN_GLYPHS,
    IVAN_MARKERS,
    JON_HIDDEN,
    PEOPLE,
    Entry,
    Person,
    Section,
    gold,
    gold_text,
    plain,
)

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SRC = SAMPLES / "src"
FIXED = dt.datetime(2024, 5, 1, 9, 0, 0, tzinfo=dt.UTC)
SOURCE_DATE_EPOCH = str(int(FIXED.timestamp()))

FONTS = {
    "LiberationSans": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    "LiberationSans-Italic": "/usr/share/fonts/truetype/liberation2/LiberationSans-Italic.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
    "LiberationSerif-Italic": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Italic.ttf",
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf",
    "FontAwesome": "/usr/share/fonts/truetype/font-awesome/fontawesome-webfont.ttf",
}

LOG: list[str] = []


def log(msg: str) -> None:
    LOG.append(msg)
    print(msg)


def write_gold(person: Person, filename: str, heading: Callable[[str], str] = lambda h: h) -> None:
    data = {"source": filename, "bullets": gold(person, heading=heading)}
    out = SAMPLES / (Path(filename).stem + ".gold.json")
    out.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def normalize_zip(path: Path) -> None:
    """Rewrite a DOCX (zip) with fixed timestamps so regeneration is byte-stable."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)


def pin_pdf_metadata(path: Path) -> None:
    """Make tool-written PDFs byte-stable: overwrite creation/modification dates and the /ID
    with fixed values of the same length, so no xref offset moves."""
    import hashlib

    data = path.read_bytes()
    fixed = FIXED.strftime("%Y%m%d%H%M%S").encode()
    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)\d{14}", lambda m: m.group(1) + fixed, data)
    digest = hashlib.md5(path.name.encode()).hexdigest().upper().encode() * 4

    def ids(m: re.Match) -> bytes:
        a, b = m.group(2), m.group(4)
        return m.group(1) + digest[: len(a)] + m.group(3) + digest[: len(b)] + m.group(5)

    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]{32})", lambda m: m.group(1) + digest[:32], data)
    data = re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)", ids, data)
    path.write_bytes(data)


# =============================================================================================
# DOCX helpers
# =============================================================================================


def _docx():
    import docx  # noqa: F401
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Inches, Pt, RGBColor

    return Document, WD_TAB_ALIGNMENT, parse_xml, nsdecls, qn, Inches, Pt, RGBColor


def new_document(person: Person, font: str = "Calibri", size: float = 10.5):
    Document, _, _, _, qn, Inches, Pt, _ = _docx()
    doc = Document()
    for s in doc.sections:
        s.left_margin = s.right_margin = Inches(0.75)
        s.top_margin = s.bottom_margin = Inches(0.6)
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), font)
    st.paragraph_format.space_after = Pt(2)
    for name in ("Heading 1", "Heading 2", "Title"):
        hs = doc.styles[name]
        hs.font.name = font
        hrpr = hs.element.get_or_add_rPr()
        hf = hrpr.find(qn("w:rFonts"))
        if hf is None:
            hf = hrpr.makeelement(qn("w:rFonts"), {})
            hrpr.insert(0, hf)
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            hf.set(qn(attr), font)
        for theme_attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if hf.get(qn(theme_attr)) is not None:
                del hf.attrib[qn(theme_attr)]
    cp = doc.core_properties
    cp.author = person.name
    cp.last_modified_by = person.name
    cp.title = f"{person.name} - Resume"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 1
    return doc


def right_tab(paragraph, doc) -> None:
    _, WD_TAB_ALIGNMENT, *_ = _docx()
    sec = doc.sections[0]
    width = sec.page_width - sec.left_margin - sec.right_margin
    paragraph.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)


def add_numpr(paragraph, num_id: int = 1, ilvl: int = 0) -> None:
    """Direct list numbering on a paragraph, as Word's bullet button writes it."""
    _, _, parse_xml, nsdecls, *_ = _docx()
    ppr = paragraph._p.get_or_add_pPr()
    numpr = parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
    )
    # numPr goes after pStyle (schema order)
    pstyle = ppr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}pStyle")
    if pstyle is not None:
        pstyle.addnext(numpr)
    else:
        ppr.insert(0, numpr)


def heading_para(doc, text: str, style: str = "Heading 1"):
    p = doc.add_paragraph(text, style=style)
    return p


def entry_heading(doc, e: Entry, *, sep: str = ", ") -> None:
    p = doc.add_paragraph()
    right_tab(p, doc)
    r = p.add_run(e.title)
    r.bold = True
    if e.org:
        p.add_run(sep + e.org)
    if e.location:
        p.add_run(" · " + e.location).italic = True
    if e.dates:
        p.add_run("\t" + e.dates)
    p.paragraph_format.space_before = p.paragraph_format.space_after = None
    for line in e.lines:
        doc.add_paragraph(line).runs[0].italic = True


def name_block(doc, person: Person) -> None:
    _, _, _, _, _, _, Pt, _ = _docx()
    p = doc.add_paragraph(style="Title")
    p.add_run(person.name)
    p = doc.add_paragraph()
    p.add_run(person.headline).bold = True
    contact = " | ".join([person.location, person.phone, person.email, *person.links])
    doc.add_paragraph(contact)
    for par in doc.paragraphs[-2:]:
        par.paragraph_format.space_after = Pt(2)


def skills_paragraph(doc, text: str) -> None:
    if ": " in text:
        head, rest = text.split(": ", 1)
        p = doc.add_paragraph()
        p.add_run(head + ": ").bold = True
        p.add_run(rest)
    else:
        doc.add_paragraph(text)


# ---------------------------------------------------------------------------------------------
# 1. ada: Word list styles
# ---------------------------------------------------------------------------------------------


def make_ada(person: Person) -> None:
    doc = new_document(person)
    name_block(doc, person)
    for sec in person.sections:
        heading_para(doc, sec.heading)
        for par in sec.paragraphs:
            skills_paragraph(doc, par) if sec.heading == "Skills" else doc.add_paragraph(par)
        for b in sec.bullets:
            doc.add_paragraph(plain(b), style="List Bullet")
        for i, e in enumerate(sec.entries):
            entry_heading(doc, e)
            for b in e.bullets:
                if sec.heading == "Experience" and i == 1:
                    # what Word's bullet button writes: List Paragraph + direct numPr
                    p = doc.add_paragraph(plain(b), style="List Paragraph")
                    add_numpr(p, 1)
                else:
                    doc.add_paragraph(plain(b), style="List Bullet")
    out = SAMPLES / f"{person.key}.docx"
    doc.save(out)
    normalize_zip(out)
    write_gold(person, out.name)


# ---------------------------------------------------------------------------------------------
# 2. ben: typed glyphs in plain paragraphs
# ---------------------------------------------------------------------------------------------


def make_ben(person: Person) -> None:
    _, _, _, _, _, Inches, Pt, _ = _docx()
    doc = new_document(person, font="Cambria", size=11)
    p = doc.add_paragraph()
    r = p.add_run(person.name.upper())
    r.bold = True
    r.font.size = Pt(18)
    doc.add_paragraph(f"{person.headline}\n{person.location} - {person.phone} - {person.email}")
    doc.add_paragraph(" ".join(person.links))

    def bullet(text: str, glyph: str) -> None:
        p = doc.add_paragraph(glyph + plain(text.replace("{-}", "\u00ad")))
        p.paragraph_format.left_indent = Inches(0.25)
        p.paragraph_format.first_line_indent = Inches(-0.2)

    for sec in person.sections:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        r = p.add_run(sec.heading)
        r.bold = True
        r.font.size = Pt(12)
        for par in sec.paragraphs:
            doc.add_paragraph(par)
        for b in sec.bullets:
            bullet(b, BEN_GLYPHS[(sec.heading, None)])
        for i, e in enumerate(sec.entries):
            p = doc.add_paragraph()
            p.add_run(e.title).bold = True
            rest = " | ".join(x for x in (e.org, e.location, e.dates) if x)
            p.add_run(" | " + rest)
            for b in e.bullets:
                bullet(b, BEN_GLYPHS[(sec.heading, i)])
    out = SAMPLES / f"{person.key}.docx"
    # ben's soft hyphen is a real U+00AD in the text (Word users paste them)
    doc.save(out)
    normalize_zip(out)
    write_gold(person, out.name)


# ---------------------------------------------------------------------------------------------
# 3. chen: tables + a text box
# ---------------------------------------------------------------------------------------------

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _txbx_paragraphs(person: Person, summary: Section) -> str:
    def para(text: str, *, style: str | None = None, bold=False, size: int | None = None) -> str:
        ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        rpr = ""
        if bold or size:
            rpr = "<w:rPr>" + ("<w:b/>" if bold else "")
            rpr += f'<w:sz w:val="{size}"/>' if size else ""
            rpr += "</w:rPr>"
        return f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:p>'

    parts = [
        para(person.name, bold=True, size=36),
        para(person.headline, bold=True),
        para(" | ".join([person.location, person.phone, person.email, *person.links])),
        para(summary.heading, style="Heading2"),
    ]
    parts += [para(plain(b), style="ListBullet") for b in summary.bullets]
    return "".join(parts)


def text_box_run_xml(inner: str, cx: int, cy: int) -> str:
    """A floating text box as Word writes it: DrawingML (wps) with a VML fallback copy."""
    a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    wps = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
    style = (
        "position:absolute;margin-left:0;margin-top:0;"
        f"width:{cx / 12700:.0f}pt;height:{cy / 12700:.0f}pt;z-index:251659264"
    )
    return f"""<w:r xmlns:w="{_W}"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="{a}" xmlns:wps="{wps}" xmlns:v="urn:schemas-microsoft-com:vml"
 xmlns:o="urn:schemas-microsoft-com:office:office">
<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="0" distB="91440" distL="114300" distR="114300" simplePos="0"
 relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="margin"><wp:posOffset>0</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>
<wp:wrapTopAndBottom/><wp:docPr id="1" name="Text Box 1"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="{wps}"><wps:wsp><wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
<a:solidFill><a:srgbClr val="EAF0F6"/></a:solidFill>
<a:ln><a:noFill/></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="137160" tIns="91440" rIns="137160" bIns="91440"
 anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>
</wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202"
 path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t"
 o:connecttype="rect"/></v:shapetype>
<v:shape id="Text Box 1" o:spid="_x0000_s1026" type="#_x0000_t202"
 style="{style}"
 fillcolor="#eaf0f6" stroked="f"><v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox>
</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"""


def make_chen(person: Person) -> None:
    _, _, parse_xml, _, qn, Inches, Pt, RGBColor = _docx()
    doc = new_document(person, font="Calibri", size=10)
    summary, *rest = person.sections
    assert summary.heading == "Summary" and summary.bullets
    anchor = doc.add_paragraph()
    run = parse_xml(text_box_run_xml(_txbx_paragraphs(person, summary), 6400800, 2011680))
    anchor._p.append(run)

    def cell_text(cell, text: str, *, bold=False, italic=False, style=None):
        p = (
            cell.paragraphs[0]
            if not cell.paragraphs[0].text
            and len(cell.paragraphs) == 1
            and not cell.paragraphs[0].runs
            else cell.add_paragraph(style=style)
        )
        if style and p.style.name != style:
            p.style = doc.styles[style]
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        return p

    for sec in rest:
        h = doc.add_paragraph(sec.heading, style="Heading 2")
        h.paragraph_format.space_before = Pt(10)
        if sec.entries:
            table = doc.add_table(rows=0, cols=2)
            table.autofit = False
            table.columns[0].width, table.columns[1].width = Inches(1.5), Inches(5.5)
            for e in sec.entries:
                row = table.add_row()
                left, right = row.cells
                left.width, right.width = Inches(1.5), Inches(5.5)
                cell_text(left, e.dates, bold=True)
                if e.location:
                    cell_text(left, e.location, italic=True)
                cell_text(right, e.title, bold=True)
                if e.org:
                    cell_text(right, e.org, italic=True)
                for b in e.bullets:
                    cell_text(right, plain(b), style="List Bullet")
        for b in sec.bullets:
            doc.add_paragraph(plain(b), style="List Bullet")
        if sec.paragraphs:
            table = doc.add_table(rows=0, cols=2)
            table.autofit = False
            table.columns[0].width, table.columns[1].width = Inches(1.5), Inches(5.5)
            for par in sec.paragraphs:
                head, body = par.split(": ", 1)
                row = table.add_row()
                row.cells[0].width, row.cells[1].width = Inches(1.5), Inches(5.5)
                cell_text(row.cells[0], head, bold=True)
                cell_text(row.cells[1], body)
    out = SAMPLES / f"{person.key}.docx"
    doc.save(out)
    normalize_zip(out)
    write_gold(person, out.name)


# ---------------------------------------------------------------------------------------------
# 4. dana: DOCX list bullets -> LibreOffice PDF
# ---------------------------------------------------------------------------------------------


def soffice_to_pdf(docx_path: Path, outdir: Path) -> Path:
    profile = Path(tempfile.mkdtemp(prefix="prodgap_lo_profile_"))
    env = dict(os.environ, SOURCE_DATE_EPOCH=SOURCE_DATE_EPOCH)
    try:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(outdir),
                str(docx_path),
            ],
            check=True,
            capture_output=True,
            env=env,
            timeout=180,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return outdir / (docx_path.stem + ".pdf")


def make_dana(person: Person) -> None:
    _, _, _, _, _, _, Pt, RGBColor = _docx()
    doc = new_document(person, font="Liberation Sans", size=10)
    name_block(doc, person)
    for sec in person.sections:
        h = heading_para(doc, sec.heading, "Heading 1")
        h.paragraph_format.space_before = Pt(8)
        for par in sec.paragraphs:
            doc.add_paragraph(par)
        for b in sec.bullets:
            doc.add_paragraph(plain(b), style="List Bullet")
        for e in sec.entries:
            entry_heading(doc, e, sep=" | ")
            for b in e.bullets:
                doc.add_paragraph(plain(b), style="List Bullet")
    SRC.mkdir(parents=True, exist_ok=True)
    src = SRC / f"{person.key}.docx"
    doc.save(src)
    normalize_zip(src)
    with tempfile.TemporaryDirectory() as tmp:
        pdf = soffice_to_pdf(src, Path(tmp))
        shutil.copy(pdf, SAMPLES / f"{person.key}.pdf")
    pin_pdf_metadata(SAMPLES / f"{person.key}.pdf")
    write_gold(person, f"{person.key}.pdf")


# ---------------------------------------------------------------------------------------------
# 11. kim: job-site export, one bullet split over several paragraphs
# ---------------------------------------------------------------------------------------------


def make_kim(person: Person) -> None:
    _, _, _, _, _, Inches, Pt, _ = _docx()
    doc = new_document(person, font="Arial", size=10)
    p = doc.add_paragraph()
    r = p.add_run(person.name)
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph(person.headline)
    doc.add_paragraph(person.location)
    doc.add_paragraph(person.phone)
    doc.add_paragraph(person.email)
    for sec in person.sections:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        r = p.add_run(sec.heading)
        r.bold = True
        r.font.size = Pt(12)
        for par in sec.paragraphs:
            doc.add_paragraph(par)

        def bullet(text: str) -> None:
            pieces = plain_pieces(text)
            for k, piece in enumerate(pieces):
                para = doc.add_paragraph(("• " if k == 0 else "") + piece)
                para.paragraph_format.left_indent = Inches(0.3)
                para.paragraph_format.space_after = Pt(0)

        for b in sec.bullets:
            bullet(b)
        for e in sec.entries:
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(6)
            p.add_run(e.title).bold = True
            doc.add_paragraph(f"{e.org} - {e.location}" if e.location else e.org)
            if e.dates:
                doc.add_paragraph(e.dates)
            for b in e.bullets:
                bullet(b)
    out = SAMPLES / f"{person.key}.docx"
    doc.save(out)
    normalize_zip(out)
    write_gold(person, out.name)


def plain_pieces(text: str) -> list[str]:
    return [gold_text(x) for x in text.split("{p}")]


# =============================================================================================
# Markdown
# =============================================================================================


def md_wrap(text: str, width: int, first: str, cont: str) -> list[str]:
    words, lines, cur = text.split(), [], first
    for w in words:
        if len(cur) + len(w) + 1 > width and cur.strip() not in ("", first.strip()):
            lines.append(cur.rstrip())
            cur = cont
        cur += w + " "
    lines.append(cur.rstrip())
    return lines


def make_ivan(person: Person) -> None:
    out: list[str] = [f"# {person.name}", "", f"**{person.headline}**  "]
    out.append(f"{person.location} · {person.phone} · <{person.email}> · {person.links[0]}")
    n = wrapped = 0

    def bullets(items: list[str], marker: str) -> None:
        nonlocal n, wrapped
        for b in items:
            t = gold_text(b)
            n += 1
            if len(t) > 115:
                wrapped += 1
                # hard-wrapped like a text editor would; the second one uses a lazy
                # continuation (no indent), which is valid markdown
                cont = "" if wrapped == 2 else "  "
                out.extend(md_wrap(t, 80, f"{marker} ", cont))
            else:
                out.append(f"{marker} {t}")

    for sec in person.sections:
        out += ["", f"## {sec.heading}", ""]
        for par in sec.paragraphs:
            out += [par, ""]

        bullets(sec.bullets, IVAN_MARKERS.get((sec.heading, None), "-"))
        for i, e in enumerate(sec.entries):
            out += ["", f"### {e.title} — {e.org}" if e.org else f"### {e.title}"]
            meta = " · ".join(x for x in (e.location, e.dates) if x)
            out += [f"*{meta}*", ""]
            bullets(e.bullets, IVAN_MARKERS.get((sec.heading, i), "-"))
    text = "\n".join(out).rstrip() + "\n"
    text = re.sub(r"\n{3,}", "\n\n", text)
    (SAMPLES / f"{person.key}.md").write_text(text, encoding="utf-8")
    write_gold(person, f"{person.key}.md")


# =============================================================================================
# xelatex
# =============================================================================================


def tex_escape(s: str) -> str:
    s = s.replace("\\", r"\textbackslash{}")
    for ch in "&%$#_":
        s = s.replace(ch, "\\" + ch)
    s = s.replace("{-}", "\x00").replace("{", r"\{").replace("}", r"\}").replace("\x00", r"\-")
    s = s.replace("~", r"\textasciitilde{}").replace("^", r"\textasciicircum{}")
    return s


def make_eli(person: Person) -> None:
    e = tex_escape
    L = [
        r"\documentclass[10pt,letterpaper]{article}",
        r"\usepackage[margin=0.7in]{geometry}",
        r"\usepackage{fontspec}",
        r"\setmainfont{Latin Modern Roman}",
        r"\setsansfont{Latin Modern Sans}",
        r"\usepackage{xcolor}",
        r"\definecolor{accent}{HTML}{1F4E79}",
        r"\usepackage{titlesec}",
        r"\titleformat{\section}{\Large\sffamily\bfseries\color{accent}}{}{0pt}{}[\titlerule]",
        r"\titlespacing*{\section}{0pt}{10pt}{5pt}",
        r"\usepackage{enumitem}",
        r"\setlist[itemize]{leftmargin=1.4em,itemsep=1pt,topsep=2pt,parsep=0pt,label=\textbullet}",
        r"\pagestyle{empty}",
        r"\setlength{\parindent}{0pt}",
        r"\lefthyphenmin=62 \righthyphenmin=62",  # no automatic hyphenation; \- still breaks
        r"\special{pdf:docinfo<</Title ("
        + person.name
        + r" - Resume)/Author ("
        + person.name
        + r")/Creator (xelatex)>>}",
        r"\begin{document}",
        r"\begin{center}",
        r"{\fontsize{24pt}{28pt}\selectfont\sffamily\bfseries " + e(person.name) + r"}\\[3pt]",
        r"{\large " + e(person.headline) + r"}\\[3pt]",
        e(" | ".join([person.location, person.phone, person.email, *person.links])),
        r"\end{center}",
    ]
    for sec in person.sections:
        L.append(r"\section*{" + e(sec.heading) + "}")
        for par in sec.paragraphs:
            L.append(e(par) + r"\par\smallskip")
        if sec.bullets:
            L.append(r"\begin{itemize}")
            L += [r"\item " + e(b) for b in sec.bullets]
            L.append(r"\end{itemize}")
        for ent in sec.entries:
            org = (", " + r"\textit{" + e(ent.org) + "}") if ent.org else ""
            loc = (" \\textendash\\ " + e(ent.location)) if ent.location else ""
            L.append(
                r"\textbf{" + e(ent.title) + "}" + org + loc + r"\hfill " + e(ent.dates) + r"\par"
            )
            for line in ent.lines:
                L.append(r"{\small\itshape " + e(line) + r"}\par")
            if ent.bullets:
                L.append(r"\begin{itemize}")
                L += [r"\item " + e(b) for b in ent.bullets]
                L.append(r"\end{itemize}")
            L.append(r"\smallskip")
    L.append(r"\end{document}")
    SRC.mkdir(parents=True, exist_ok=True)
    tex = SRC / f"{person.key}.tex"
    tex.write_text("\n".join(L) + "\n", encoding="utf-8")
    env = dict(os.environ, SOURCE_DATE_EPOCH=SOURCE_DATE_EPOCH, FORCE_SOURCE_DATE="1")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [
                "xelatex",
                "-interaction=nonstopmode",
                "-halt-on-error",
                "-output-directory",
                tmp,
                str(tex),
            ],
            check=True,
            capture_output=True,
            env=env,
            timeout=300,
        )
        shutil.copy(Path(tmp) / f"{person.key}.pdf", SAMPLES / f"{person.key}.pdf")
    pin_pdf_metadata(SAMPLES / f"{person.key}.pdf")
    write_gold(person, f"{person.key}.pdf")


# =============================================================================================
# Positioned PDF drawing (reportlab / fpdf2) with one layout engine
# =============================================================================================


class RLCanvas:
    """reportlab canvas with a top-left origin."""

    def __init__(self, path: Path, person: Person, fonts: list[str]):
        from reportlab.lib.pagesizes import letter
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas

        self.pm = pdfmetrics
        for f in fonts:
            try:
                pdfmetrics.getFont(f)
            except KeyError:
                pdfmetrics.registerFont(TTFont(f, FONTS[f]))
        self.W, self.H = letter
        self.c = canvas.Canvas(str(path), pagesize=letter, invariant=1, pageCompression=1)
        self.c.setTitle(f"{person.name} - Resume")
        self.c.setAuthor(person.name)
        self.c.setCreator("reportlab")
        self.pages = 1

    def width(self, s: str, font: str, size: float, cs: float = 0) -> float:
        return self.pm.stringWidth(s, font, size) + cs * len(s)

    def text(self, x, y, s, font, size, color=(0, 0, 0), cs: float = 0) -> None:
        t = self.c.beginText(x, self.H - y)
        t.setFont(font, size)
        t.setFillColorRGB(*color)
        t.setCharSpace(cs)  # Tc persists across BT/ET, so always set it
        t.textOut(s)
        self.c.drawText(t)

    def disc(self, x, y, r, color=(0, 0, 0)) -> None:
        self.c.setFillColorRGB(*color)
        self.c.circle(x, self.H - y, r, stroke=0, fill=1)

    def square(self, x, y, s, color=(0, 0, 0)) -> None:
        self.c.setFillColorRGB(*color)
        self.c.rect(x - s / 2, self.H - y - s / 2, s, s, stroke=0, fill=1)

    def rect(self, x, y, w, h, color) -> None:
        self.c.setFillColorRGB(*color)
        self.c.rect(x, self.H - y - h, w, h, stroke=0, fill=1)

    def hline(self, x1, x2, y, color=(0.6, 0.6, 0.6), lw=0.6) -> None:
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(lw)
        self.c.line(x1, self.H - y, x2, self.H - y)

    def new_page(self) -> None:
        self.c.showPage()
        self.pages += 1

    def save(self) -> None:
        self.c.save()


class FCanvas:
    """fpdf2 document with the same interface."""

    def __init__(self, path: Path, person: Person, fonts: list[str]):
        from fpdf import FPDF

        self.path = path
        self.pdf = FPDF(unit="pt", format="letter")
        self.pdf.set_auto_page_break(False)
        self.pdf.set_creation_date(FIXED)
        self.pdf.set_title(f"{person.name} - Resume")
        self.pdf.set_author(person.name)
        self.pdf.set_creator("fpdf2")
        self.pdf.set_producer("fpdf2")
        for f in fonts:
            self.pdf.add_font(f, "", FONTS[f])
        self.pdf.add_page()
        self.W, self.H = self.pdf.w, self.pdf.h
        self.pages = 1

    def _font(self, font, size):
        self.pdf.set_font(font, "", size)

    def width(self, s, font, size, cs: float = 0) -> float:
        self._font(font, size)
        return self.pdf.get_string_width(s) + cs * len(s)

    def text(self, x, y, s, font, size, color=(0, 0, 0), cs: float = 0) -> None:
        self._font(font, size)
        self.pdf.set_text_color(*(int(c * 255) for c in color))
        self.pdf.set_char_spacing(cs)
        self.pdf.text(x, y, s)
        self.pdf.set_char_spacing(0)

    def disc(self, x, y, r, color=(0, 0, 0)) -> None:
        self.pdf.set_fill_color(*(int(c * 255) for c in color))
        self.pdf.ellipse(x - r, y - r, 2 * r, 2 * r, style="F")

    def square(self, x, y, s, color=(0, 0, 0)) -> None:
        self.pdf.set_fill_color(*(int(c * 255) for c in color))
        self.pdf.rect(x - s / 2, y - s / 2, s, s, style="F")

    def rect(self, x, y, w, h, color) -> None:
        self.pdf.set_fill_color(*(int(c * 255) for c in color))
        self.pdf.rect(x, y, w, h, style="F")

    def hline(self, x1, x2, y, color=(0.6, 0.6, 0.6), lw=0.6) -> None:
        self.pdf.set_draw_color(*(int(c * 255) for c in color))
        self.pdf.set_line_width(lw)
        self.pdf.line(x1, y, x2, y)

    def new_page(self) -> None:
        self.pdf.add_page()
        self.pages += 1

    def save(self) -> None:
        self.pdf.output(str(self.path))


def wrap(
    text: str,
    width: float,
    measure: Callable[[str], float],
    first_width: float | None = None,
    tag: str = "",
) -> list[str]:
    """Greedy line breaking like a word processor: at spaces, after a real hyphen inside a word,
    or at a {-} discretionary hyphen (which then prints a wrap hyphen)."""
    words = text.split()
    lines: list[str] = []
    cur = ""
    limit = first_width if first_width is not None else width

    def fits(s: str) -> bool:
        return measure(s) <= limit

    i = 0
    while i < len(words):
        w = words[i]
        shown = w.replace("{-}", "")
        cand = (cur + " " + shown) if cur else shown
        if fits(cand):
            cur = cand
            i += 1
            continue
        # try to split the word at a break opportunity (longest prefix that fits)
        best = None
        for m in re.finditer(r"\{-\}|(?<=[A-Za-z])-(?=[A-Za-z])", w):
            if m.group() == "{-}":
                head, tail, kind = w[: m.start()].replace("{-}", "") + "-", w[m.end() :], "wrap"
            else:
                head, tail, kind = w[: m.end()].replace("{-}", ""), w[m.end() :], "compound"
            c2 = (cur + " " + head) if cur else head
            if fits(c2):
                best = (c2, tail, kind, head)
        if best is not None:
            c2, tail, kind, head = best
            lines.append(c2)
            log(f"  {tag}: {kind} break at line end: {head!r} / {tail.replace('{-}', '')!r}")
            words[i] = tail
        else:
            if not cur:  # a word longer than the line: place it anyway
                lines.append(shown)
                i += 1
            else:
                lines.append(cur)
            cur = ""
        limit = width
        if best is not None:
            cur = ""
    if cur:
        lines.append(cur)
    return lines


class Flow:
    """Single-column flowing layout with per-line page breaks."""

    def __init__(
        self,
        cv,
        *,
        x0: float,
        x1: float,
        top: float,
        bottom: float,
        tag: str,
        footer: Callable[[object, int], None] | None = None,
    ):
        self.cv, self.x0, self.x1, self.top, self.bottom = cv, x0, x1, top, bottom
        self.y = top
        self.tag = tag
        self.footer = footer
        self.bullet_pages: list[tuple[int, int]] = []  # (first page, last page) per bullet

    def need(self, h: float) -> None:
        if self.y + h > self.bottom:
            self.break_page()

    def break_page(self) -> None:
        if self.footer:
            self.footer(self.cv, self.cv.pages)
        self.cv.new_page()
        self.y = self.top

    def finish(self) -> None:
        if self.footer:
            self.footer(self.cv, self.cv.pages)

    def lines(self, text, font, size, *, x=None, lead=None, color=(0, 0, 0), width=None):
        x = self.x0 if x is None else x
        lead = lead or size * 1.3
        width = width or (self.x1 - x)
        for ln in wrap(text, width, lambda s: self.cv.width(s, font, size), tag=self.tag):
            self.need(lead)
            self.y += lead
            self.cv.text(x, self.y, ln, font, size, color)

    def bullet(
        self,
        text,
        font,
        size,
        *,
        marker: str,
        glyph_font=None,
        indent=14.0,
        x=None,
        lead=None,
        color=(0, 0, 0),
    ):
        x = self.x0 if x is None else x
        lead = lead or size * 1.32
        tx = x + indent
        ls = wrap(text, self.x1 - tx, lambda s: self.cv.width(s, font, size), tag=self.tag)
        first_page = None
        for k, ln in enumerate(ls):
            self.need(lead)
            self.y += lead
            if k == 0:
                first_page = self.cv.pages
                mid = self.y - size * 0.33
                if marker == "disc":
                    self.cv.disc(x + 4, mid, size * 0.17, color)
                elif marker == "square":
                    self.cv.square(x + 4, mid, size * 0.3, color)
                else:
                    self.cv.text(x + 1, self.y, marker, glyph_font or font, size, color)
            self.cv.text(tx, self.y, ln, font, size, color)
        self.bullet_pages.append((first_page, self.cv.pages))


# ---------------------------------------------------------------------------------------------
# 6. fay: two columns, sidebar first in the content stream (reportlab)
# ---------------------------------------------------------------------------------------------


def make_fay(person: Person) -> None:
    out = SAMPLES / f"{person.key}.pdf"
    R, B, IT = "LiberationSans", "LiberationSans-Bold", "LiberationSans-Italic"
    cv = RLCanvas(out, person, [R, B, IT])
    accent = (0.12, 0.35, 0.45)
    # sidebar background, then the sidebar text (first in the stream)
    for sec in person.sidebar:  # sidebar labels are printed in caps; the gold says so too
        sec.heading = sec.heading.upper()
    cv.rect(0, 0, 196, cv.H, (0.93, 0.95, 0.96))
    side = Flow(cv, x0=22, x1=180, top=40, bottom=cv.H - 36, tag="fay")
    side.y += 6
    side.lines(person.name, B, 19, lead=22, color=accent)
    side.lines(person.headline, R, 10.5, lead=15)
    side.y += 8
    for sec in person.sidebar:
        side.y += 10
        side.lines(sec.heading, B, 10, lead=14, color=accent)
        side.y += 2
        for par in sec.paragraphs:
            side.lines(par, R, 9, lead=12.5)
        for b in sec.bullets:
            side.bullet(gold_text(b), R, 9, marker="•", indent=10, lead=12.5)
    main = Flow(cv, x0=218, x1=cv.W - 34, top=40, bottom=cv.H - 36, tag="fay")
    for sec in person.sections:
        main.need(40)
        main.y += 6
        main.lines(sec.heading, B, 13, lead=18, color=accent)
        cv.hline(main.x0, main.x1, main.y + 4, color=accent)
        main.y += 5
        for par in sec.paragraphs:
            main.lines(par, R, 9.5, lead=12.5)
        for b in sec.bullets:
            main.bullet(b, R, 9.5, marker="•", indent=11, lead=12.6)
        for e in sec.entries:
            main.need(50)
            main.y += 5
            main.y += 13
            cv.text(main.x0, main.y, e.title, B, 10.5)
            dw = cv.width(e.dates, R, 9)
            cv.text(main.x1 - dw, main.y, e.dates, R, 9, (0.35, 0.35, 0.35))
            main.lines(", ".join(x for x in (e.org, e.location) if x), IT, 9.5, lead=12.5)
            main.y += 1
            for b in e.bullets:
                main.bullet(b, R, 9.5, marker="•", indent=11, lead=12.6)
    cv.save()
    assert cv.pages == 1, "fay should be one page"
    write_gold(person, out.name)


# ---------------------------------------------------------------------------------------------
# 7. gus: bullets drawn as shapes, hanging indent (fpdf2)
# ---------------------------------------------------------------------------------------------


def make_gus(person: Person) -> None:
    out = SAMPLES / f"{person.key}.pdf"
    R, B, IT = "LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic"
    cv = FCanvas(out, person, [R, B, IT])
    f = Flow(cv, x0=54, x1=cv.W - 54, top=44, bottom=cv.H - 44, tag="gus")
    name_w = cv.width(person.name, B, 22)
    f.y += 22
    cv.text((cv.W - name_w) / 2, f.y, person.name, B, 22)
    contact = "  ·  ".join(
        [person.headline, person.location, person.phone, person.email, *person.links]
    )
    cw = cv.width(contact, R, 9.5)
    f.y += 16
    cv.text((cv.W - cw) / 2, f.y, contact, R, 9.5)
    f.y += 6
    for sec in person.sections:
        f.need(44)
        f.y += 10
        f.lines(sec.heading, B, 12.5, lead=16)
        cv.hline(f.x0, f.x1, f.y + 4, color=(0.2, 0.2, 0.2), lw=0.5)
        f.y += 5
        for par in sec.paragraphs:
            f.lines(par, R, 10.5, lead=13.5)
        for b in sec.bullets:
            f.bullet(b, R, 10.5, marker="square", indent=15, x=f.x0 + 8, lead=13.6)
        for e in sec.entries:
            f.need(40)
            f.y += 4
            f.y += 14
            head = e.title + (", " + e.org if e.org else "")
            cv.text(f.x0, f.y, head, B, 11)
            dates = e.dates + (" · " + e.location if e.location else "")
            cv.text(f.x1 - cv.width(dates, IT, 10.5), f.y, dates, IT, 10.5)
            f.y += 2
            for b in e.bullets:
                f.bullet(b, R, 10.5, marker="disc", indent=15, x=f.x0 + 8, lead=13.6)
    cv.save()
    write_gold(person, out.name)


# ---------------------------------------------------------------------------------------------
# 8. hana: multi-page, several roles under one company, bullet across a page break (fpdf2)
# ---------------------------------------------------------------------------------------------


def make_hana(person: Person) -> None:
    out = SAMPLES / f"{person.key}.pdf"
    R, B, IT = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"
    total = [0]
    for sec in person.sections:  # headings printed in caps; the gold says so too
        sec.heading = sec.heading.upper()

    def build(path: Path):
        cv = FCanvas(path, person, [R, B, IT])

        def footer(cv_, page):
            s = f"{person.name} · Resume · Page {page} of {total[0] or '?'}"
            cv_.text((cv_.W - cv_.width(s, R, 7.5)) / 2, cv_.H - 26, s, R, 7.5, (0.45, 0.45, 0.45))

        f = Flow(cv, x0=58, x1=cv.W - 58, top=50, bottom=cv.H - 52, tag="hana", footer=footer)
        f.y += 20
        cv.text(f.x0, f.y, person.name, B, 20)
        f.y += 15
        cv.text(f.x0, f.y, person.headline, R, 11, (0.2, 0.2, 0.2))
        f.y += 14
        contact = " | ".join([person.location, person.phone, person.email, *person.links])
        cv.text(f.x0, f.y, contact, R, 9, (0.2, 0.2, 0.2))
        f.y += 4
        for sec in person.sections:
            f.need(48)
            f.y += 12
            f.lines(sec.heading, B, 11, lead=14, color=(0.55, 0.1, 0.15))
            cv.hline(f.x0, f.x1, f.y + 4, color=(0.55, 0.1, 0.15))
            f.y += 4
            for par in sec.paragraphs:
                f.lines(par, R, 9.5, lead=13)
            for b in sec.bullets:
                f.bullet(b, R, 9.5, marker="•", indent=13, lead=13)
            last_org = None
            for e in sec.entries:
                if sec.heading != "EMPLOYMENT HISTORY":
                    f.need(40)
                    f.y += 6
                    f.y += 13
                    cv.text(f.x0, f.y, e.title, B, 10.5)
                    cv.text(f.x1 - cv.width(e.dates, R, 9), f.y, e.dates, R, 9)
                    if e.org:
                        f.lines(e.org, IT, 9, lead=12)
                    f.y += 1
                    for b in e.bullets:
                        f.bullet(b, R, 9.5, marker="•", indent=13, lead=13)
                    continue
                # employer printed once, roles indented beneath it
                same = e.org == last_org
                f.need(36 if same else 62)
                if not same:
                    f.y += 8
                    f.y += 14
                    cv.text(f.x0, f.y, e.org, B, 11)
                    if e.location:
                        cv.text(f.x1 - cv.width(e.location, R, 9), f.y, e.location, R, 9)
                else:
                    f.y += 6
                last_org = e.org
                f.y += 13
                cv.text(f.x0 + 10, f.y, e.title, IT, 10)
                cv.text(f.x1 - cv.width(e.dates, R, 9), f.y, e.dates, R, 9)
                f.y += 1
                for b in e.bullets:
                    f.bullet(b, R, 9.5, marker="•", indent=13, x=f.x0 + 10, lead=13)
        f.finish()
        return cv, f

    with tempfile.TemporaryDirectory() as tmp:
        cv, _ = build(Path(tmp) / "probe.pdf")
        total[0] = cv.pages
    cv, f = build(out)
    cv.save()
    straddle = [i for i, (a, b) in enumerate(f.bullet_pages) if a != b]
    log(f"  hana: {cv.pages} pages; bullets across a page break: {straddle}")
    write_gold(person, out.name)
    assert 2 <= cv.pages <= 3 and straddle, "hana needs 2-3 pages and a bullet across pages"


# ---------------------------------------------------------------------------------------------
# 10. jon: letter-spaced headings in a left margin, icon font, hidden white text (reportlab)
# ---------------------------------------------------------------------------------------------


def make_jon(person: Person) -> None:
    out = SAMPLES / f"{person.key}.pdf"
    R, B, FA = "DejaVuSans", "DejaVuSans-Bold", "FontAwesome"
    cv = RLCanvas(out, person, [R, B, "DejaVuSans-Oblique", FA])
    IT = "DejaVuSans-Oblique"
    label_x, x0, x1 = 40, 150, cv.W - 40
    f = Flow(cv, x0=x0, x1=x1, top=40, bottom=cv.H - 40, tag="jon")
    f.y += 24
    cv.text(label_x, f.y, person.name.upper(), B, 22, cs=2.5)
    f.y += 16
    cv.text(label_x, f.y, person.headline, R, 11, (0.3, 0.3, 0.3), cs=0.5)
    f.y += 16
    # contact line: FontAwesome private-use icons (U+F0E0 envelope, U+F095 phone, U+F041 pin,
    # U+F09B github) each followed by its detail
    x = label_x
    for icon, value in (
        ("\uf0e0", person.email),
        ("\uf095", person.phone),
        ("\uf041", person.location),
        ("\uf09b", person.links[0]),
    ):
        cv.text(x, f.y, icon, FA, 9, (0.2, 0.4, 0.6))
        x += 13
        cv.text(x, f.y, value, R, 8.5)
        x += cv.width(value, R, 8.5) + 16
    f.y += 8
    cv.hline(label_x, x1, f.y + 4)
    f.y += 6
    for sec in person.sections:
        f.need(40)
        f.y += 10
        # section label in the left margin, letter-spaced, on the first line of the section
        label_y = f.y + 12
        cv.text(label_x, label_y, sec.heading, B, 8, (0.15, 0.3, 0.5), cs=4.2)
        for par in sec.paragraphs:
            f.lines(par, R, 9.5, lead=12.5)
        for b in sec.bullets:
            f.bullet(b, R, 9.5, marker="\u25b8", indent=11, lead=12.5, glyph_font=R)
        for e in sec.entries:
            f.need(36)
            f.y += 12
            head = e.title + (" · " + e.org if e.org else "")
            cv.text(x0, f.y, head, B, 10)
            cv.text(x1 - cv.width(e.dates, IT, 9), f.y, e.dates, IT, 9)
            if e.location:
                f.lines(e.location, IT, 8.5, lead=11, color=(0.4, 0.4, 0.4))
            f.y += 2
            for b in e.bullets:
                f.bullet(b, R, 9.5, marker="\u25b8", indent=11, lead=12.5, glyph_font=R)
            f.y += 3
    # white keyword stuffing near the bottom: a screener trick; not resume content
    cv.text(label_x, cv.H - 18, JON_HIDDEN, R, 6, (1, 1, 1))
    cv.save()
    assert cv.pages == 1, "jon should be one page"
    write_gold(person, out.name)


# =============================================================================================

MAKERS: dict[str, Callable[[Person], None]] = {
    "ada_word_lists": make_ada,
    "ben_typed_glyphs": make_ben,
    "chen_table_layout": make_chen,
    "dana_libreoffice": make_dana,
    "eli_xelatex": make_eli,
    "fay_two_column": make_fay,
    "gus_lost_glyphs": make_gus,
    "hana_multipage": make_hana,
    "ivan_markdown": make_ivan,
    "jon_letterspaced": make_jon,
    "kim_jobsite_export": make_kim,
}


def _alnum(s: str) -> str:
    return re.sub(r"[^0-9A-Za-z]+", "", s)


def self_check(path: Path) -> list[str]:
    """Sanity check (not the gold): every gold bullet's letters and digits occur, in order, in the
    file's raw text. Returns the bullets that do not."""
    if path.suffix == ".pdf":
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(str(path))
        text = "".join(page.get_textpage().get_text_range() for page in doc)
        text = re.sub(r".{0,40}· Resume · Page \d+ of \d+", "", text)  # hana's footer
    elif path.suffix == ".docx":
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        text = "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml))
        text = text.replace("&amp;", "&")
    else:
        text = path.read_text(encoding="utf-8")
    hay = _alnum(text)
    data = json.loads((SAMPLES / (path.stem + ".gold.json")).read_text(encoding="utf-8"))
    return [b["text"] for b in data["bullets"] if _alnum(b["text"]) not in hay]


def main(argv: list[str]) -> int:
    SAMPLES.mkdir(exist_ok=True)
    wanted = argv or list(MAKERS)
    for person in PEOPLE:
        if not any(person.key.startswith(w) for w in wanted):
            continue
        n = len(gold(person))
        assert 12 <= n <= 30, (person.key, n)
        print(f"{person.key}: {n} bullets")
        MAKERS[person.key](copy.deepcopy(person))
        made = [p for p in SAMPLES.glob(person.key + ".*") if not p.name.endswith(".gold.json")]
        for path in made:
            missing = self_check(path)
            assert not missing, f"{path.name}: gold bullets not found in the file: {missing}"
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
