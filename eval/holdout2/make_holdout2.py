#!/usr/bin/env python3
"""Regenerate the second held-out resume set (eval/holdout2) and its gold files.

Usage:  /work/venv/bin/python eval/holdout2/make_holdout2.py

Needs: fpdf2, reportlab, python-docx (Python); soffice (LibreOffice), xelatex with Latin Modern
fonts (Debian texlive-xetex + lmodern). Gold files are written from content.py, the same data
the renderers use; nothing here reads an extractor's output.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True
import content as C  # noqa: E402

EPOCH = 1704067200  # 2024-01-01T00:00:00Z, used wherever a tool lets us pin a date
FIXED_DT = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
def walk(bullets):
    """Yield (text, level) in reading order; a bullet is str or (str, [subs])."""
    for b in bullets:
        if isinstance(b, tuple):
            yield b[0], 0
            for s in b[1]:
                yield s, 1
        else:
            yield b, 0


def write_gold(source: str, entries: list[tuple[str, str]]):
    stem = Path(source).stem
    data = {"source": source, "bullets": [{"text": t, "section": s} for t, s in entries]}
    (HERE / f"{stem}.gold.json").write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n",
                                            encoding="utf-8")
    print(f"  {source}: {len(entries)} gold bullets")


def normalize_zip(path: Path):
    """Rewrite an OOXML zip with fixed timestamps and order so the bytes are reproducible."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in items:
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, blob)
    tmp.replace(path)


def fix_docx_props(doc):
    cp = doc.core_properties
    cp.author = "Resume"
    cp.last_modified_by = "Resume"
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.revision = 1


def md_plain(s: str) -> str:
    """Rendered (read) text of a markdown inline string."""
    s = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", s)
    s = re.sub(r"\*\*([^*]+)\*\*", r"\1", s)
    s = re.sub(r"\*([^*]+)\*", r"\1", s)
    s = re.sub(r"`([^`]+)`", r"\1", s)
    return s


# ---------------------------------------------------------------------------
# 1. Google-Docs-export style DOCX
# ---------------------------------------------------------------------------
def make_priya():
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Inches, Pt, RGBColor

    P = C.PRIYA
    doc = Document()
    fix_docx_props(doc)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Inches(0.8))
    sec.top_margin = sec.bottom_margin = Inches(0.6)
    text_w = Inches(8.5 - 1.6)

    # Google Docs writes its own list definitions; level 0 is "●", level 1 "○", level 2 "■",
    # each with an Arial run font and explicit indents, and every list paragraph uses Normal.
    lvls = []
    for i, (glyph, left) in enumerate([("●", 720), ("○", 1440), ("■", 2160)]):
        lvls.append(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
            f'<w:lvlText w:val="{glyph}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{left}" w:hanging="360"/></w:pPr>'
            f'<w:rPr><w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>'
            f'<w:u w:val="none"/></w:rPr></w:lvl>')
    numbering = doc.part.numbering_part.element
    absn = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="41">'
                     f'<w:nsid w:val="3A1F22C4"/><w:multiLevelType w:val="hybridMultilevel"/>'
                     + "".join(lvls) + '</w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="41"><w:abstractNumId w:val="41"/></w:num>'))

    def para(space_before=0, space_after=0):
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.space_before, pf.space_after = Pt(space_before), Pt(space_after)
        pf.line_spacing = 1.08
        return p

    def run(p, text, size=10.5, bold=False, italic=False, color=None):
        r = p.add_run(text)
        r.font.name = "Arial"
        r._element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
        r._element.rPr.rFonts.set(qn("w:cs"), "Arial")
        r.font.size = Pt(size)
        r.bold, r.italic = bold, italic
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        return r

    def heading(text):
        p = para(space_before=11, space_after=3)
        run(p, text, size=13, bold=True, color="1F4E79")

    def bullet(text, level=0):
        p = para(space_after=2)
        numPr = p._p.get_or_add_pPr().get_or_add_numPr()  # schema order kept by python-docx
        numPr.get_or_add_ilvl().val = level
        numPr.get_or_add_numId().val = 41
        run(p, text)

    def tab_line(p):
        p.paragraph_format.tab_stops.add_tab_stop(text_w, WD_TAB_ALIGNMENT.RIGHT)

    p = para()
    run(p, P["name"], size=24, bold=True)
    p = para(space_after=2)
    run(p, P["tagline"], size=12, color="595959")
    p = para(space_after=6)
    run(p, P["contact"], size=9.5, color="595959")

    heading("Summary")
    p = para()
    run(p, P["summary"])

    gold = []
    heading(P["experience_heading"])
    for k, role in enumerate(P["roles"]):
        p = para(space_before=6 if k else 0, space_after=2)
        tab_line(p)
        run(p, role["title"] + ", ", bold=True, size=11)
        run(p, role["org"], size=11)
        run(p, " — " + role["where"], size=11, color="595959")
        run(p, "\t" + role["dates"], italic=True, size=10, color="595959")
        for text, lvl in walk(role["bullets"]):
            bullet(text, lvl)
            gold.append((text, P["experience_heading"]))

    heading(P["projects_heading"])
    for text in P["projects"]:
        bullet(text)
        gold.append((text, P["projects_heading"]))

    heading("Education")
    for what, when in P["education"]:
        p = para(space_after=2)
        tab_line(p)
        run(p, what)
        run(p, "\t" + when, italic=True, size=10, color="595959")

    heading("Skills")
    for label, items in P["skills"]:
        p = para(space_after=2)
        run(p, label + ": ", bold=True)
        run(p, items)

    out = HERE / "h2_priya_gdocs.docx"
    doc.save(out)
    normalize_zip(out)
    write_gold(out.name, gold)


# ---------------------------------------------------------------------------
# 2. DOCX, one table for experience (role | company | dates, bullets in a merged row),
#    converted to PDF by LibreOffice
# ---------------------------------------------------------------------------
def build_marcus_docx(path: Path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Inches, Pt, RGBColor

    M = C.MARCUS
    doc = Document()
    fix_docx_props(doc)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(0.75)
    sec.top_margin = sec.bottom_margin = Inches(0.6)
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(0)
    lb = doc.styles["List Bullet"]
    lb.font.size = Pt(10)
    lb.paragraph_format.space_after = Pt(1)

    def heading(text):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        p.paragraph_format.space_after = Pt(4)
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(11)
        r.font.color.rgb = RGBColor(0x2E, 0x5E, 0x4E)
        pPr = p._p.get_or_add_pPr()
        pPr.insert_element_before(
            parse_xml(f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="8" '
                      f'w:space="1" w:color="2E5E4E"/></w:pBdr>'),
            "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:spacing", "w:ind", "w:jc", "w:rPr",
            "w:sectPr", "w:pPrChange")

    def shade(cell, fill):
        cell._tc.get_or_add_tcPr().append(
            parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(M["name"].upper())
    r.bold = True
    r.font.size = Pt(22)
    r.font.color.rgb = RGBColor(0x2E, 0x5E, 0x4E)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(M["tagline"]).font.size = Pt(12)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("   •   ".join(M["contact"])).font.size = Pt(9.5)

    heading("PROFILE")
    doc.add_paragraph(M["profile"])

    gold = []
    heading("EXPERIENCE")
    widths = [Inches(2.7), Inches(2.5), Inches(1.8)]
    t = doc.add_table(rows=0, cols=3)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=False):
        gc.set(qn("w:w"), str(int(w.inches * 1440)))
    for role in M["roles"]:
        head = t.add_row()
        for i, (cell, text) in enumerate(zip(head.cells, (role["title"], role["org"], role["dates"]), strict=False)):
            cell.width = widths[i]
            shade(cell, "E4EFEA")
            par = cell.paragraphs[0]
            par.paragraph_format.space_before = Pt(2)
            par.paragraph_format.space_after = Pt(2)
            rr = par.add_run(text)
            if i == 0:
                rr.bold = True
            elif i == 1:
                rr.italic = True
            else:
                par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        body = t.add_row()
        for i, cell in enumerate(body.cells):
            cell.width = widths[i]
        merged = body.cells[0].merge(body.cells[2])
        first = True
        for text, _lvl in walk(role["bullets"]):
            par = merged.paragraphs[0] if first else merged.add_paragraph()
            par.style = lb
            par.add_run(text)
            first = False
            gold.append((text, "EXPERIENCE"))
        spacer = merged.add_paragraph()
        spacer.paragraph_format.space_after = Pt(4)

    heading("EDUCATION")
    for degree, school, when in M["education"]:
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Inches(7.0), WD_TAB_ALIGNMENT.RIGHT)
        p.add_run(degree).bold = True
        p.add_run(", " + school + "\t" + when)

    heading("SKILLS")
    doc.add_paragraph(M["skills"])

    heading("CERTIFICATIONS")
    for text in M["certifications"]:
        doc.add_paragraph(text, style=lb)
        gold.append((text, "CERTIFICATIONS"))

    doc.save(path)
    normalize_zip(path)
    return gold


def make_marcus():
    with tempfile.TemporaryDirectory() as td:
        td = Path(td)
        src = td / "h2_marcus_table.docx"
        gold = build_marcus_docx(src)
        profile = td / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(td), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(td / "h2_marcus_table.pdf", HERE / "h2_marcus_table.pdf")
        # The same document as DOCX is kept as a bonus case: bullets inside table cells.
        shutil.copy(src, HERE / "h2_marcus_table_src.docx")
    write_gold("h2_marcus_table.pdf", gold)
    write_gold("h2_marcus_table_src.docx", gold)


# ---------------------------------------------------------------------------
# 3. xelatex, moderncv-like
# ---------------------------------------------------------------------------
def tex_escape(s: str) -> str:
    rep = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#",
           "_": r"\_", "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\^{}"}
    return "".join(rep.get(ch, ch) for ch in s)


def make_elena():
    E = C.ELENA
    e = tex_escape
    gold = []
    L = []
    L.append(r"""\documentclass[10.5pt]{article}
\usepackage[a4paper,left=16mm,right=16mm,top=14mm,bottom=14mm]{geometry}
\usepackage{fontspec}
\setmainfont{lmsans10-regular.otf}[BoldFont=lmsans10-bold.otf,ItalicFont=lmsans10-oblique.otf,
  BoldItalicFont=lmsans10-boldoblique.otf,SlantedFont=lmsans10-oblique.otf]
\newfontfamily\lightfont{lmsans10-regular.otf}
\usepackage{xcolor}
\usepackage{enumitem}
\usepackage{calc}
\definecolor{accent}{HTML}{3B6EA8}
\definecolor{soft}{HTML}{6B6B6B}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\newlength{\datew}\setlength{\datew}{0.17\textwidth}
\newlength{\colsep}\setlength{\colsep}{0.025\textwidth}
\newlength{\mainw}\setlength{\mainw}{\textwidth-\datew-\colsep}
\newcommand{\cvsection}[1]{\par\addvspace{9pt}\noindent
  \makebox[\datew][r]{\color{accent}\rule[0.45ex]{\datew}{0.9pt}}\hspace{\colsep}%
  {\color{accent}\Large #1}\par\nopagebreak\vspace{4pt}}
\newcommand{\cvitem}[2]{\noindent\begin{minipage}[t]{\datew}\raggedleft\small\leavevmode\color{soft}#1\end{minipage}%
  \hspace{\colsep}\begin{minipage}[t]{\mainw}\leavevmode#2\end{minipage}\par\vspace{5pt}}
\setlist[itemize]{leftmargin=1.1em,label={\color{accent}\textbullet},topsep=2pt,itemsep=1.5pt,parsep=0pt}
\begin{document}
""")
    L.append(r"\noindent\begin{minipage}[b]{0.58\textwidth}"
             r"{\fontsize{30}{32}\selectfont\lightfont " + e(E["name_first"]) + r"}\\[2pt]"
             r"{\fontsize{30}{32}\selectfont\color{accent}" + e(E["name_last"]) + r"}\\[4pt]"
             r"{\large\itshape\color{soft}" + e(E["tagline"]) + r"}\end{minipage}\hfill"
             r"\begin{minipage}[b]{0.38\textwidth}\raggedleft\small "
             + r"\\".join(e(c) for c in E["contact"]) + r"\end{minipage}\par\vspace{6pt}" + "\n")

    L.append(r"\cvsection{Summary}" + "\n")
    L.append(r"\cvitem{}{" + e(E["summary"]) + "}\n")

    L.append(r"\cvsection{Experience}" + "\n")
    for role in E["roles"]:
        items = "".join(r"\item " + e(t) + "\n" for t, _ in walk(role["bullets"]))
        for t, _ in walk(role["bullets"]):
            gold.append((t, "Experience"))
        L.append(r"\cvitem{" + e(role["dates"]) + "}{" + r"\textbf{" + e(role["title"]) + "}, "
                 + r"\textsl{" + e(role["org"]) + "}, " + e(role["where"])
                 + "\n" + r"\begin{itemize}" + "\n" + items + r"\end{itemize}}" + "\n")

    L.append(r"\cvsection{Education}" + "\n")
    for when, degree, school, note in E["education"]:
        extra = (r"\\{\small\itshape " + e(note) + "}") if note else ""
        L.append(r"\cvitem{" + e(when) + r"}{\textbf{" + e(degree) + "}, " + r"\textsl{" + e(school)
                 + "}" + extra + "}\n")

    L.append(r"\cvsection{Skills}" + "\n")
    for label, items in E["skills"]:
        L.append(r"\cvitem{" + e(label) + "}{" + e(items) + "}\n")
    L.append(r"\end{document}" + "\n")

    with tempfile.TemporaryDirectory() as td:
        tex = Path(td) / "h2_elena_moderncv.tex"
        tex.write_text("".join(L), encoding="utf-8")
        env = dict(os.environ, SOURCE_DATE_EPOCH=str(EPOCH), FORCE_SOURCE_DATE="1")
        r = subprocess.run(["xelatex", "-interaction=nonstopmode", "-halt-on-error", tex.name],
                           cwd=td, env=env, capture_output=True, text=True)
        if r.returncode != 0:
            print(r.stdout[-3000:])
            raise SystemExit("xelatex failed")
        shutil.copy(Path(td) / "h2_elena_moderncv.pdf", HERE / "h2_elena_moderncv.pdf")
    write_gold("h2_elena_moderncv.pdf", gold)


# ---------------------------------------------------------------------------
# 4. reportlab, two pages, coloured sidebar on page 1 only
# ---------------------------------------------------------------------------
def make_daniel():
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        FrameBreak,
        KeepTogether,
        NextPageTemplate,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )
    from reportlab.platypus.flowables import HRFlowable

    D = C.DANIEL
    W, H = letter
    side_w = 2.25 * inch
    margin = 0.55 * inch
    navy = colors.HexColor("#1F3A5F")
    accent = colors.HexColor("#C8553D")

    def first_page(canv, doc):
        canv.saveState()
        canv.setFillColor(navy)
        canv.rect(0, 0, side_w, H, stroke=0, fill=1)
        canv.restoreState()

    def later_page(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.setFillColor(colors.grey)
        canv.drawString(margin, H - 0.4 * inch, f"{D['name']} · Résumé")
        canv.drawRightString(W - margin, 0.4 * inch, f"Page {doc.page} of 2")
        canv.restoreState()

    side = Frame(0.3 * inch, margin, side_w - 0.55 * inch, H - 2 * margin, id="side",
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    main = Frame(side_w + 0.35 * inch, margin, W - side_w - 0.35 * inch - margin, H - 2 * margin,
                 id="main", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    full = Frame(margin, margin, W - 2 * margin, H - 2 * margin - 0.1 * inch, id="full",
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    out = HERE / "h2_daniel_sidebar.pdf"
    doc = BaseDocTemplate(str(out), pagesize=letter, invariant=1, title=f"{D['name']} Resume",
                          author=D["name"],
                          pageTemplates=[PageTemplate("first", [side, main], onPage=first_page),
                                         PageTemplate("later", [full], onPage=later_page)])

    s_side_h = ParagraphStyle("sh", fontName="Helvetica-Bold", fontSize=10.5, textColor=colors.white,
                              spaceBefore=14, spaceAfter=5, leading=13)
    s_side = ParagraphStyle("sb", fontName="Helvetica", fontSize=9, textColor=colors.HexColor("#DDE6F0"),
                            leading=13)
    s_name = ParagraphStyle("nm", fontName="Helvetica-Bold", fontSize=22, leading=26, textColor=navy)
    s_tag = ParagraphStyle("tg", fontName="Helvetica", fontSize=11.5, leading=15, textColor=accent,
                           spaceAfter=6)
    s_h = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=11, leading=14, textColor=navy,
                         spaceBefore=12, spaceAfter=2)
    s_body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=14.5)
    s_bul = ParagraphStyle("bl", parent=s_body, leftIndent=11, bulletIndent=1, spaceAfter=3.5,
                           bulletFontName="Helvetica")
    s_org = ParagraphStyle("org", fontName="Helvetica-Bold", fontSize=10, leading=13)
    s_date = ParagraphStyle("dt", fontName="Helvetica-Oblique", fontSize=9, leading=13,
                            alignment=TA_RIGHT, textColor=colors.HexColor("#555555"))
    s_title = ParagraphStyle("ti", fontName="Helvetica-Oblique", fontSize=9.5, leading=12.5,
                             spaceAfter=3, textColor=colors.HexColor("#333333"))

    def section(title):
        return [Paragraph(title, s_h),
                HRFlowable(width="100%", thickness=0.8, color=accent, spaceBefore=1, spaceAfter=5)]

    story = []
    story.append(Spacer(1, 0.9 * inch))
    story.append(Paragraph("CONTACT", s_side_h))
    for c in D["contact"]:
        story.append(Paragraph(c, s_side))
    story.append(Paragraph("SKILLS", s_side_h))
    for c in D["skills"]:
        story.append(Paragraph(c, s_side))
    story.append(Paragraph("LANGUAGES", s_side_h))
    for c in D["languages"]:
        story.append(Paragraph(c, s_side))
    story.append(FrameBreak())
    story.append(NextPageTemplate("later"))

    story.append(Paragraph(D["name"], s_name))
    story.append(Paragraph(D["tagline"], s_tag))
    story += section("PROFILE")
    story.append(Paragraph(D["summary"], s_body))

    gold = []
    story += section("EXPERIENCE")
    for role in D["roles"]:
        head = Table([[Paragraph(f"{role['org']} <font name='Helvetica' color='#555555'>· "
                                 f"{role['where']}</font>", s_org),
                       Paragraph(role["dates"], s_date)]],
                     colWidths=["68%", "32%"])
        head.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                  ("TOPPADDING", (0, 0), (-1, -1), 4),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                                  ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
        story.append(KeepTogether([head, Paragraph(role["title"], s_title)]))
        for text, _ in walk(role["bullets"]):
            story.append(Paragraph(text.replace("&", "&amp;"), s_bul, bulletText="•"))
            gold.append((text, "EXPERIENCE"))

    story += section("EDUCATION")
    for degree, school, when in D["education"]:
        t = Table([[Paragraph(f"<b>{degree}</b>, {school}", s_body), Paragraph(when, s_date)]],
                  colWidths=["75%", "25%"])
        t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        story.append(t)

    story += section("PROJECTS & COMMUNITY")
    for text in D["projects"]:
        story.append(Paragraph(text.replace("&", "&amp;"), s_bul, bulletText="•"))
        gold.append((text, "PROJECTS & COMMUNITY"))

    doc.build(story)
    write_gold(out.name, gold)


# ---------------------------------------------------------------------------
# 5. GitHub-style markdown
# ---------------------------------------------------------------------------
def hard_wrap(text: str, first_prefix: str, cont_prefix: str, width: int = 80) -> list[str]:
    lines, cur, empty = [], first_prefix, True
    for w in text.split(" "):
        cand = cur + w if empty else cur + " " + w
        if len(cand) > width and not empty:
            lines.append(cur)
            cur = cont_prefix + w
        else:
            cur = cand
        empty = False
    lines.append(cur)
    return lines


def make_sam():
    S = C.SAM
    gold = []
    md = []
    md.append(f"# {S['name']}\n")
    md.append("ML engineer who ships fraud models and keeps them running.  \n"
              "Lagos, Nigeria (remote OK) · sam.okafor@example.com · +234 1 555 0142 · "
              "[samokafor.example.com](https://samokafor.example.com)\n")
    md.append("## About\n")
    md.append("Five years in fintech and insurance. I started as a data scientist and moved to ML "
              "engineering because the interesting problems kept starting *after* the model was "
              "trained.\n")
    md.append("## Experience\n")
    for role in S["roles"]:
        md.append(role["line"] + "\n")
        for b in role["bullets"]:
            if isinstance(b, tuple):
                md.append(f"- {b[0]}")
                gold.append((md_plain(b[0]), "Experience"))
                for sub in b[1]:
                    md.append(f"  - {sub}")
                    gold.append((md_plain(sub), "Experience"))
            else:
                md.append(f"- {b}")
                gold.append((md_plain(b), "Experience"))
        md.append("")
    md.append("## Open source\n")
    for b in S["open_source"]:
        md.extend(hard_wrap(b, "* ", "  "))
        gold.append((md_plain(b), "Open source"))
    md.append("")
    md.append("## Talks\n")
    for b in S["talks"]:
        md.extend(hard_wrap(b, "* ", "  "))
        gold.append((md_plain(b), "Talks"))
    md.append("")
    md.append("## Skills\n")
    md.append("| Area | Tools |")
    md.append("|------|-------|")
    md.append("| Languages | Python, SQL, a little Go |")
    md.append("| ML | PyTorch, PyG, LightGBM, scikit-learn, Hugging Face |")
    md.append("| Serving & ops | BentoML, Docker, Kubernetes, Grafana, Prometheus, Airflow |")
    md.append("| Data | Postgres, BigQuery, dbt, Kafka |")
    md.append("")
    md.append("## Education\n")
    md.append("**MSc Computer Science** — Coastal State University (2016–2018)  ")
    md.append("**BSc Mathematics** — Coastal State University (2012–2016)")
    out = HERE / "h2_sam_github.md"
    out.write_text("\n".join(md) + "\n", encoding="utf-8")
    write_gold(out.name, gold)


# ---------------------------------------------------------------------------
# 6. fpdf2: square bullets, fake small caps, wrapped lines flush with the glyph
# ---------------------------------------------------------------------------
HYPHENATE = {  # where this renderer may split a word at a line end (wrap-hyphen added)
    "Productionized": ("Production", "ized"),
    "observability": ("observ", "ability"),
    "transformer": ("trans", "former"),
    "temporal": ("tem", "poral"),
    "schedules": ("sched", "ules"),
    "forecasting": ("fore", "casting"),
    "corrections": ("correc", "tions"),
    "anomalies": ("anom", "alies"),
    "classifier": ("classi", "fier"),
    "production": ("pro", "duction"),
    "thresholds": ("thresh", "olds"),
    "training": ("train", "ing"),
    "semi-supervised": ("semi-", "supervised"),  # breaks at its own hyphen
    "re-inspection": ("re-", "inspection"),  # breaks at its own hyphen
    "hub-level": ("hub-", "level"),  # breaks at its own hyphen
    "assembly": ("assem", "bly"),
    "experiment": ("experi", "ment"),
}


def make_hannah():
    from fpdf import FPDF

    Hn = C.HANNAH
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_title(f"{Hn['name']} - CV")
    pdf.set_author(Hn["name"])
    pdf.set_auto_page_break(False)
    lib = "/usr/share/fonts/truetype/liberation2/"
    pdf.add_font("Lib", "", lib + "LiberationSans-Regular.ttf")
    pdf.add_font("Lib", "B", lib + "LiberationSans-Bold.ttf")
    pdf.add_font("Lib", "I", lib + "LiberationSans-Italic.ttf")
    pdf.add_font("DejaVu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    X0, X1 = 18, 210 - 18
    W = X1 - X0
    INSET = 20
    BODY_PT = 10.5
    dark = (34, 34, 34)
    teal = (18, 103, 110)
    y = 16.0

    def page_check(need):
        nonlocal y
        if y + need > 297 - 12:
            pdf.add_page()
            y = 16.0

    def smallcaps(text, size, x, yy):
        """Fake small caps: capitals at full size, lower-case letters as smaller capitals."""
        pdf.set_text_color(*teal)
        for ch in text:
            if ch.islower():
                pdf.set_font("Lib", "B", size * 0.76)
                glyph = ch.upper()
            else:
                pdf.set_font("Lib", "B", size)
                glyph = ch
            pdf.text(x, yy, glyph)
            x += pdf.get_string_width(glyph)
        pdf.set_text_color(*dark)

    def heading(text):
        nonlocal y
        page_check(20)
        y += 3.5
        smallcaps(text, 13, X0, y + 4.5)
        pdf.set_draw_color(*teal)
        pdf.set_line_width(0.35)
        pdf.line(X0, y + 6.3, X1, y + 6.3)
        y += 9.5

    def wrap(text, first_w, rest_w):
        pdf.set_font("Lib", "", BODY_PT)
        sw = pdf.get_string_width
        lines, cur, avail = [], "", first_w
        words = text.split(" ")
        i = 0
        while i < len(words):
            w = words[i]
            cand = (cur + " " + w) if cur else w
            if sw(cand) <= avail:
                cur = cand
                i += 1
                continue
            core = w.rstrip(".,;:)")
            tail = w[len(core):]
            if core in HYPHENATE and cur:
                a, b = HYPHENATE[core]
                piece = cur + " " + a + ("" if a.endswith("-") else "-")
                if sw(piece) <= avail:
                    lines.append(piece)
                    cur, avail = "", rest_w
                    words[i] = b + tail
                    continue
            lines.append(cur)
            cur, avail = "", rest_w
        if cur:
            lines.append(cur)
        return lines

    def bullet(text):
        nonlocal y
        lh = 5.1
        pdf.set_font("DejaVu", "", 6.5)
        gw = pdf.get_string_width("■") + 1.8
        lines = wrap(text, W - INSET - gw, W - INSET)  # ragged right, bullets stop short of the rule
        page_check(lh * len(lines) + 1)
        pdf.set_text_color(*teal)
        pdf.set_font("DejaVu", "", 6.5)
        pdf.text(X0, y + 3.5, "■")
        pdf.set_text_color(*dark)
        pdf.set_font("Lib", "", BODY_PT)
        for k, line in enumerate(lines):
            pdf.text(X0 + (gw if k == 0 else 0), y + 3.6, line)
            y += lh
        y += 0.7

    # header
    pdf.set_text_color(*dark)
    pdf.set_font("Lib", "B", 24)
    pdf.text(X0, y + 8, Hn["name"])
    pdf.set_font("Lib", "", 12)
    pdf.set_text_color(*teal)
    pdf.text(X0, y + 15, Hn["tagline"])
    pdf.set_text_color(90, 90, 90)
    pdf.set_font("Lib", "", 9)
    pdf.text(X0, y + 21, Hn["contact"])
    pdf.set_text_color(*dark)
    y += 24

    heading("Profile")
    pdf.set_font("Lib", "", 10)
    pdf.set_xy(X0, y)
    pdf.multi_cell(W, 4.9, Hn["profile"])
    y = pdf.get_y()

    gold = []
    heading("Experience")
    for role in Hn["roles"]:
        page_check(18)
        pdf.set_font("Lib", "B", 10.5)
        pdf.text(X0, y + 4, role["title"])
        tw = pdf.get_string_width(role["title"])
        pdf.set_font("Lib", "", 10.5)
        pdf.text(X0 + tw, y + 4, "  |  " + role["org"])
        pdf.set_font("Lib", "I", 9.5)
        pdf.set_text_color(90, 90, 90)
        pdf.text(X1 - pdf.get_string_width(role["dates"]), y + 4, role["dates"])
        pdf.set_text_color(*dark)
        y += 6.5
        for text, _ in walk(role["bullets"]):
            bullet(text)
            gold.append((text, "EXPERIENCE"))
        y += 2

    heading("Education")
    for degree, school, when in Hn["education"]:
        pdf.set_font("Lib", "B", 10)
        pdf.text(X0, y + 4, degree)
        dw = pdf.get_string_width(degree)
        pdf.set_font("Lib", "", 10)
        pdf.text(X0 + dw, y + 4, ", " + school)
        pdf.set_font("Lib", "I", 9.5)
        pdf.text(X1 - pdf.get_string_width(when), y + 4, when)
        y += 5.5

    heading("Skills")
    for label, items in Hn["skills"]:
        pdf.set_font("Lib", "B", 10)
        pdf.text(X0, y + 4, label)
        pdf.set_font("Lib", "", 10)
        pdf.text(X0 + 24, y + 4, items)
        y += 5.5

    heading("Awards")
    for text in Hn["awards"]:
        bullet(text)
        gold.append((text, "AWARDS"))

    out = HERE / "h2_hannah_squares.pdf"
    pdf.output(str(out))
    write_gold(out.name, gold)


def main():
    for f in (make_priya, make_marcus, make_elena, make_daniel, make_sam, make_hannah):
        print(f.__name__)
        f()


if __name__ == "__main__":
    main()
