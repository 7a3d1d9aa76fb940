#!/usr/bin/env python3
"""Generate the holdout6 resume test set (fictional people, fictional employers).

Run from anywhere:

    /work/venv/bin/python eval/holdout6/make_holdout6.py            # writes files next to this script
    /work/venv/bin/python eval/holdout6/make_holdout6.py --keep-docx /tmp/h6src   # also keep the
                                                                     # intermediate DOCX behind each PDF
    /work/venv/bin/python eval/holdout6/make_holdout6.py --verify    # also sanity-check PDF text vs gold

Needs python-docx and LibreOffice (`soffice`) on PATH; --verify also needs `pdftotext`.

Every test file NAME.ext gets NAME.gold.json. Gold bullets are written from the same
content tables used to build the documents (never from any extractor's output).
DOCX outputs are byte-deterministic (fixed core properties + fixed zip timestamps).
PDFs are deterministic in text/layout; their CreationDate/ModDate/ID/XMP timestamps are
overwritten with fixed same-length values so bytes are stable for a given LibreOffice build.
"""
import argparse
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime.datetime(2024, 1, 15, 9, 0, 0)


# --------------------------------------------------------------------------- text helpers
def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def seg_text(segs):
    """Human-readable text of a segment list (see add_segs)."""
    if isinstance(segs, str):
        return segs
    out = []
    for s in segs:
        if isinstance(s, str):
            out.append(s)
        elif s[0] == "br":
            out.append(" ")
        else:  # ('b', txt) / ('i', txt) / ('link', txt, url)
            out.append(s[1])
    return "".join(out)


# --------------------------------------------------------------------------- docx helpers
def set_run_font(run_or_style_rpr_owner, name):
    rpr = run_or_style_rpr_owner.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), name)
    for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        if rfonts.get(qn(a)) is not None:
            del rfonts.attrib[qn(a)]


def new_doc(font, size, margins=0.75, title="Resume"):
    d = Document()
    sec = d.sections[0]
    sec.page_width = Inches(8.5)
    sec.page_height = Inches(11)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Inches(margins))
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    set_run_font(st.element, font)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = 1.0
    lp = d.styles["List Paragraph"]
    lp.paragraph_format.space_after = Pt(0)
    cp = d.core_properties
    cp.author = "holdout6 generator"
    cp.last_modified_by = "holdout6 generator"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.title = title
    return d


def add_numbering(doc, levels):
    """Create an abstractNum + num; return numId. levels: list of dicts
    (fmt, text, font, left, hanging, start)."""
    numbering = doc.part.numbering_part.element
    aids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    nids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    aid = max(aids + [0]) + 1
    nid = max(nids + [0]) + 1
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "hybridMultilevel")
    an.append(mlt)
    for i, lv in enumerate(levels):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(i))
        for tag, val in (("w:start", str(lv.get("start", 1))), ("w:numFmt", lv["fmt"]),
                         ("w:lvlText", lv["text"]), ("w:lvlJc", "left")):
            e = OxmlElement(tag)
            e.set(qn("w:val"), val)
            lvl.append(e)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(lv.get("left", 720 * (i + 1))))
        ind.set(qn("w:hanging"), str(lv.get("hanging", 360)))
        ppr.append(ind)
        lvl.append(ppr)
        if lv.get("font"):
            rpr = OxmlElement("w:rPr")
            rf = OxmlElement("w:rFonts")
            for a in ("w:ascii", "w:hAnsi", "w:hint"):
                rf.set(qn(a), lv["font"] if a != "w:hint" else "default")
            rf.set(qn("w:cs"), lv["font"])
            rpr.append(rf)
            lvl.append(rpr)
        an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(nid))
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), str(aid))
    num.append(ref)
    numbering.append(num)
    return nid


def restart_num(doc, num_id):
    """New numId on the same abstractNum with 'restart at 1' (what Word does on 'Restart at 1')."""
    numbering = doc.part.numbering_part.element
    src = [n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == str(num_id)][0]
    aid = src.find(qn("w:abstractNumId")).get(qn("w:val"))
    nid = max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(nid))
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), aid)
    num.append(ref)
    ov = OxmlElement("w:lvlOverride")
    ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride")
    so.set(qn("w:val"), "1")
    ov.append(so)
    num.append(ov)
    numbering.append(num)
    return nid


SYMBOL_BULLETS = [  # Word's default bullet set: Symbol U+F0B7, Courier New "o", Wingdings U+F0A7
    dict(fmt="bullet", text="\uf0b7", font="Symbol", left=360, hanging=360),
    dict(fmt="bullet", text="o", font="Courier New", left=1080, hanging=360),
    dict(fmt="bullet", text="\uf0a7", font="Wingdings", left=1800, hanging=360),
]


def add_hyperlink(p, text, url, color="0563C1"):
    r_id = p.part.relate_to(url, RT.HYPERLINK, is_external=True)
    h = OxmlElement("w:hyperlink")
    h.set(qn("r:id"), r_id)
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    c = OxmlElement("w:color")
    c.set(qn("w:val"), color)
    u = OxmlElement("w:u")
    u.set(qn("w:val"), "single")
    rpr.append(c)
    rpr.append(u)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    h.append(r)
    p._p.append(h)


def add_segs(p, segs, size=None):
    if isinstance(segs, str):
        segs = [segs]
    for s in segs:
        if isinstance(s, str):
            r = p.add_run(s)
        elif s[0] == "b":
            r = p.add_run(s[1])
            r.bold = True
        elif s[0] == "i":
            r = p.add_run(s[1])
            r.italic = True
        elif s[0] == "br":
            r = p.add_run()
            r.add_break()
        elif s[0] == "link":
            add_hyperlink(p, s[1], s[2])
            continue
        else:
            raise ValueError(s)
        if size:
            r.font.size = Pt(size)


def new_para(container, style=None):
    """Reuse the empty first paragraph of a fresh table cell, else add a paragraph."""
    ps = getattr(container, "paragraphs", None)
    if hasattr(container, "_tc") and len(ps) == 1 and not ps[0].text and not ps[0].runs \
            and not getattr(container, "_used", False):
        container._used = True
        p = ps[0]
        if style:
            p.style = style
        return p
    return container.add_paragraph(style=style)


def list_para(container, segs, num_id, ilvl=0, space_after=0, size=None):
    p = new_para(container, "List Paragraph")
    numpr = p._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = ilvl
    numpr.get_or_add_numId().val = num_id
    p.paragraph_format.space_after = Pt(space_after)
    add_segs(p, segs, size=size)
    return p


def para(container, segs="", bold=False, italic=False, size=None, color=None, align=None,
         space_before=None, space_after=None, font=None):
    p = new_para(container)
    if isinstance(segs, str):
        segs = [segs] if segs else []
    for s in segs:
        add_segs(p, [s], size=size)
    for r in p.runs:
        if bold:
            r.bold = True
        if italic:
            r.italic = True
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if font:
            r.font.name = font
            set_run_font(r._r, font)
    if align:
        p.alignment = align
    if space_before is not None:
        p.paragraph_format.space_before = Pt(space_before)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def bottom_border(p, color="404040", sz=6):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.append(pbdr)


def no_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def fixed_widths(table, widths_in):
    table.autofit = False
    tblpr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    tblw = tblpr.find(qn("w:tblW"))
    if tblw is None:
        tblw = OxmlElement("w:tblW")
        tblpr.append(tblw)
    tblw.set(qn("w:w"), str(int(sum(widths_in) * 1440)))
    tblw.set(qn("w:type"), "dxa")
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_in):
        gc.set(qn("w:w"), str(int(w * 1440)))
    for row in table.rows:
        for cell, w in zip(row.cells, widths_in):
            cell.width = Inches(w)


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def cell_margins(cell, top=0, left=0, bottom=0, right=0):
    tcpr = cell._tc.get_or_add_tcPr()
    mar = OxmlElement("w:tcMar")
    for k, v in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
        e = OxmlElement(f"w:{k}")
        e.set(qn("w:w"), str(v))
        e.set(qn("w:type"), "dxa")
        mar.append(e)
    tcpr.append(mar)


def row_height(row, twips, rule="atLeast"):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:trHeight")
    h.set(qn("w:val"), str(twips))
    h.set(qn("w:hRule"), rule)
    trpr.append(h)


def right_tab(p, pos_in):
    p.paragraph_format.tab_stops.add_tab_stop(Inches(pos_in), WD_TAB_ALIGNMENT.RIGHT)


def add_field(p, instr, placeholder, size=None):
    def fld(kind):
        r = p.add_run()
        if size:
            r.font.size = Pt(size)
        fc = OxmlElement("w:fldChar")
        fc.set(qn("w:fldCharType"), kind)
        r._r.append(fc)
    fld("begin")
    r = p.add_run()
    if size:
        r.font.size = Pt(size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r._r.append(it)
    fld("separate")
    r = p.add_run(placeholder)
    if size:
        r.font.size = Pt(size)
    fld("end")


def save_docx(doc, path):
    doc.save(path)
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


class Gold:
    def __init__(self):
        self.items = []

    def add(self, segs, section, cont=None):
        text = seg_text(segs)
        if cont is not None:
            text = text + " " + seg_text(cont)
        self.items.append({"text": norm(text), "section": section})

    def write(self, source):
        base = os.path.splitext(source)[0]
        with open(os.path.join(HERE, base + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump({"source": source, "bullets": self.items}, f, ensure_ascii=False, indent=2)
            f.write("\n")


# =========================================================================== r1
# Role lines as 2-column borderless tables (title/company left, dates right); bullets in
# Word list paragraphs (Symbol U+F0B7) below; 3rd role keeps its bullets INSIDE a merged
# table row; education also a table; skills as "Label: a, b" lines. Delivered as PDF.
R1 = {
    "roles": [
        (["Senior Machine Learning Engineer", "Northwind Ledger Co., Seattle, WA"], ["Mar 2021 – Present"], [
            "Trained a gradient-boosted fraud model on 48M card transactions, lifting AUC from 0.81 to 0.87 "
            "and cutting false declines by 22%.",
            "Shipped the model as a low-latency scoring service handling 2M requests/day at p99 under 40 ms.",
            "After an upstream schema change silently nulled three merchant features, added contract tests and "
            "Great Expectations checks to the feature pipeline; no silent feature outages in the 26 months since.",
            "Reduced model retraining time from 9 hours to 50 minutes by caching feature joins in Parquet.",
            "Built shadow-deployment and canary tooling so new models score live traffic for 7 days before promotion.",
            "Mentored 4 engineers and wrote the team’s model-release checklist.",
        ], False),
        (["Machine Learning Engineer", "Bramblecone Health, Boston, MA"], ["Jun 2018 – Feb 2021", "Hybrid"], [
            "Fine-tuned a BERT-based classifier for clinical note triage (F1 0.91 on held-out hospitals).",
            "Migrated nightly batch inference from cron scripts to Airflow, reducing missed runs from ~6/month to 0.",
            "Added drift monitoring (PSI on 40 input features) with PagerDuty alerts; caught a lab-code remapping "
            "within 2 hours of release.",
            "Cut GPU training cost 35% by switching to mixed precision and spot instances with checkpointing.",
        ], False),
        (["Data Analyst", "Quillfeather Insurance, Hartford, CT"], ["2016 – 2018"], [
            "Built claims-severity dashboards in Looker used daily by 60 adjusters.",
            "Wrote SQL data-quality checks that flagged 1.2% duplicate claims before month-end close.",
        ], True),
    ],
    "projects": [
        "tinyfeast: open-source feature-store client for DuckDB (300+ GitHub stars).",
        "Kaggle “Tabular Playground” top-3% finish with a stacked LightGBM/CatBoost ensemble.",
    ],
}


def r1_heading(d, text):
    p = para(d, text, bold=True, size=11.5, color="1F3864", space_before=10, space_after=3)
    bottom_border(p, "1F3864")
    return p


def r1_role_table(d, left, right, bullets_inside=None, bul=None, g=None, section=None):
    rows = 2 if bullets_inside else 1
    t = d.add_table(rows=rows, cols=2)
    no_borders(t)
    fixed_widths(t, [5.0, 2.0])
    lc, rc = t.rows[0].cells
    para(lc, left[0], bold=True, space_before=6)
    for extra in left[1:]:
        para(lc, extra, italic=True)
    for i, r in enumerate(right):
        para(rc, r, align=WD_ALIGN_PARAGRAPH.RIGHT, space_before=6 if i == 0 else None,
             italic=(i > 0))
    if bullets_inside:
        merged = t.rows[1].cells[0].merge(t.rows[1].cells[1])
        for b in bullets_inside:
            list_para(merged, b, bul, space_after=1)
            g.add(b, section)
    return t


def build_r1(outdir):
    g = Gold()
    d = new_doc("Arial", 10, margins=0.75, title="Dana Whitlock – Resume")
    bul = add_numbering(d, SYMBOL_BULLETS)
    para(d, "Dana Whitlock", bold=True, size=20, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, "Seattle, WA  |  dana.whitlock@example.com  |  (206) 555-0147  |  dwhitlock.example.com",
         align=WD_ALIGN_PARAGRAPH.CENTER, space_after=2)
    r1_heading(d, "SUMMARY")
    para(d, "Machine learning engineer with eight years of experience taking fraud, risk and clinical models "
            "from notebook to production. Comfortable owning the whole path: data contracts, training, serving, "
            "monitoring and the on-call pager.")
    sec = "PROFESSIONAL EXPERIENCE"
    r1_heading(d, sec)
    for left, right, bullets, inside in R1["roles"]:
        if inside:
            r1_role_table(d, left, right, bullets_inside=bullets, bul=bul, g=g, section=sec)
        else:
            r1_role_table(d, left, right)
            for b in bullets:
                list_para(d, b, bul, space_after=1)
                g.add(b, sec)
    sec = "PROJECTS"
    r1_heading(d, sec)
    for b in R1["projects"]:
        list_para(d, b, bul, space_after=1)
        g.add(b, sec)
    r1_heading(d, "EDUCATION")
    r1_role_table(d, ["B.S. Computer Science", "Evergreen Coast University"], ["2012 – 2016"])
    r1_heading(d, "SKILLS")
    for label, val in (("Languages: ", "Python, SQL, Scala, Bash"),
                       ("ML: ", "LightGBM, XGBoost, PyTorch, Hugging Face, scikit-learn"),
                       ("Platform: ", "Airflow, Kubernetes, Docker, Great Expectations, AWS (SageMaker, EKS)")):
        para(d, [("b", label), val])
    return d, g


# =========================================================================== r2
# "Modern template": name above a full-width 2-column table; left cell is a shaded sidebar
# (Contact lines, Skills bullets, Languages lines, Certifications bullets); right cell has
# Profile, Experience bullets, Education. Delivered as DOCX *and* its LibreOffice PDF.
R2_SIDEBAR_SKILLS = [
    "Kubernetes & Helm",
    "Terraform, AWS (EKS, SageMaker)",
    "Python, Go, SQL",
    "MLflow, Feast, Airflow",
    "Prometheus / Grafana",
]
R2_CERTS = [
    "Certified Kubernetes Administrator (2023)",
    "AWS Certified Machine Learning – Specialty (2021)",
]
R2_ROLES = [
    ("Staff MLOps Engineer", "Larkspur Freight Systems", "Jan 2022 – present · Remote (Chicago, IL)", [
        "Designed the model-serving platform on EKS (KServe + Istio) now running 38 models at 11k req/s peak.",
        "Cut model deploy time from 2 days to 25 minutes with a GitOps pipeline (Argo CD, signed images, "
        "automatic rollback on SLO breach).",
        "When a Protobuf schema change broke online features for the ETA model, introduced schema-registry "
        "checks in CI and a feature-parity test between the offline and online stores.",
        "Ran the on-call rotation for ML services; wrote 14 runbooks and cut mean time to recovery from 3 h "
        "to 35 min.",
    ]),
    ("ML Platform Engineer", "Oriel Grocers", "Aug 2019 – Dec 2021 · Denver, CO", [
        "Stood up MLflow tracking and a model registry for 25 data scientists; standardized experiment metadata.",
        "Trained and productionized a demand-forecasting model (LightGBM, WAPE 18.4% → 14.9%) scoring "
        "1,900 stores nightly.",
        "Built a Feast feature store with Redis online serving; p95 feature fetch 6 ms.",
        "Reduced training-cluster spend by $41k/yr using Karpenter and spot node pools.",
    ]),
    ("Data Engineer", "Oriel Grocers", "Jul 2017 – Jul 2019 · Denver, CO", [
        "Migrated 300 Airflow DAGs into a monorepo with shared operators and unit tests.",
        "Built CDC ingestion from Postgres to S3 (Debezium + Kafka) with 99.95% delivery.",
    ]),
]


def build_r2(outdir):
    g = Gold()
    d = new_doc("Arial", 9.5, margins=0.5, title="Rowan Achterberg – Resume")
    bul = add_numbering(d, [dict(fmt="bullet", text="\uf0b7", font="Symbol", left=270, hanging=200)])
    bul_main = add_numbering(d, [dict(fmt="bullet", text="\uf0b7", font="Symbol", left=360, hanging=260)])
    para(d, "Rowan Achterberg", bold=True, size=24, color="1F3864")
    para(d, "MLOps / ML Platform Engineer", size=12, color="595959", space_after=8)
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    fixed_widths(t, [2.25, 5.25])
    row_height(t.rows[0], 12800)
    side, main = t.rows[0].cells
    shade(side, "DCE6F1")
    cell_margins(side, top=144, left=144, bottom=144, right=144)
    cell_margins(main, top=144, left=259, bottom=0, right=0)

    def side_head(text, first=False):
        para(side, text, bold=True, size=11, color="1F3864", space_before=0 if first else 12, space_after=3)

    side_head("Contact", first=True)
    for line in ("Chicago, IL", "+1 (312) 555-0199", "rowan.achterberg@example.com", "rachterberg.example.com"):
        para(side, line, space_after=2)
    side_head("Skills")
    for s in R2_SIDEBAR_SKILLS:
        list_para(side, s, bul, space_after=2)
        g.add(s, "Skills")
    side_head("Languages")
    for line in ("English — native", "Dutch — professional", "Spanish — basic"):
        para(side, line, space_after=2)
    side_head("Certifications")
    for s in R2_CERTS:
        list_para(side, s, bul, space_after=2)
        g.add(s, "Certifications")

    def main_head(text, first=False):
        p = para(main, text, bold=True, size=12, color="1F3864",
                 space_before=0 if first else 12, space_after=4)
        bottom_border(p, "8EAADB")

    main_head("Profile", first=True)
    para(main, "Platform engineer who makes machine-learning models boring to deploy. Seven years building "
               "serving, feature and training infrastructure for logistics and retail, with a bias for "
               "observability and for writing the runbook before the incident.")
    main_head("Experience")
    for title, company, dates, bullets in R2_ROLES:
        para(main, [("b", title), " · " + company], space_before=6)
        para(main, dates, italic=True, color="595959", space_after=2)
        for b in bullets:
            list_para(main, b, bul_main, space_after=2)
            g.add(b, "Experience")
    main_head("Education")
    para(main, [("b", "M.S. Computer Science"), " · Lakemont State University · 2017"])
    para(main, [("b", "B.S. Applied Mathematics"), " · Lakemont State University · 2015"])
    return d, g


# =========================================================================== r3
# Hand-typed glyphs at the start of plain paragraphs (no list numbering): "• ", "•\t", "•  ",
# leading spaces before the glyph, "- ", "-\t", "– ", "–\t", "▪ "; a bullet broken by manual
# line breaks (Shift+Enter); a bullet continued in a second, indented paragraph without a
# glyph; role lines with tab-separated dates, one starting with the dates. Delivered as DOCX.
# Each bullet: (prefix, segments, continuation-paragraph-or-None, hanging_indent)
R3 = [
    ("EXPERIENCE", [
        ("role", [("b", "Senior Data Scientist, Pemberton Outdoor Co."), "\t2020 – 2024"]),
        ("• ", "Built a customer-lifetime-value model (XGBoost, 3.1M customers) used to set paid-acquisition "
               "bids; Spearman correlation 0.62 against 12-month realized value.", None, False),
        ("•\t", "Trained an image classifier for product-return photos (EfficientNet-B3, top-1 accuracy 93.4%), "
                "replacing a manual triage queue.", None, True),
        ("•\t", "Rebuilt the churn-scoring pipeline after a vendor API change dropped two fields without notice:",
         "added schema validation at ingestion, backfilled 14 months of history, and agreed a written data "
         "contract with the vendor.", True),
        ("•  ", ["Owned the experimentation platform:", ("br",), "power analysis, sequential testing and guardrail "
                 "metrics", ("br",), "for 40+ A/B tests per quarter."], None, False),
        ("    • ", "Moved batch scoring from a laptop cron job to Dagster on ECS; 0 missed daily runs in 18 months.",
         None, False),
        ("role", [("b", "2017 – 2020"), "\tMachine Learning Engineer | Harrowgate Transit Authority"]),
        ("- ", "Forecast hourly ridership for 212 bus routes (Prophet, later LightGBM), bringing MAPE down from "
               "17% to 11%.", None, False),
        ("-\t", "Deployed the forecast as a REST service (FastAPI, Docker) consumed by the scheduling team’s "
                "planning tool; ~150k requests/day.", None, True),
        ("- ", "Wrote the post-mortem after a daylight-saving-time bug shifted a week of predictions by one "
               "hour, then added timezone-aware feature tests and a holiday/DST calendar fixture to CI so the "
               "same class of bug fails the build instead of reaching dispatchers.", None, False),
        ("-  ", "Presented monthly model-health reviews to operations leadership.", None, False),
        ("role", [("b", "Research Assistant"), " — Cobalt Bay University (2015 – 2017)"]),
        ("– ", "Implemented variational autoencoders for anomaly detection in bridge-sensor data; co-authored 2 "
               "workshop papers.", None, False),
        ("–\t", "Maintained the lab’s shared GPU cluster (8 × V100) and its job queue.", None, True),
    ]),
    ("PROJECTS", [
        ("▪ ", "parquetlint: a CLI that checks Parquet files against a YAML schema before they reach the "
               "feature store.", None, False),
        ("▪ ", "Bike-share demand dashboard built with Streamlit and DuckDB.", None, False),
    ]),
]


def build_r3(outdir):
    g = Gold()
    d = new_doc("Calibri", 11, margins=1.0, title="Tomasz Brennan – Resume")
    para(d, "TOMASZ BRENNAN", bold=True, size=18)
    para(d, "Pittsburgh, PA · (412) 555-0162 · tomasz.brennan@example.com", space_after=6)
    para(d, "SUMMARY", bold=True, space_before=8, space_after=2)
    para(d, "Data scientist and ML engineer with nine years of experience in retail and public transit. I like "
            "models that are measured honestly, deployed boringly and monitored forever.")
    for section, items in R3:
        para(d, section, bold=True, space_before=10, space_after=2)
        for it in items:
            if it[0] == "role":
                p = para(d, it[1], space_before=6, space_after=2)
                right_tab(p, 6.5)
                continue
            prefix, segs, cont, hang = it
            p = d.add_paragraph()
            if hang:
                p.paragraph_format.left_indent = Inches(0.25)
                p.paragraph_format.first_line_indent = Inches(-0.25)
                p.paragraph_format.tab_stops.add_tab_stop(Inches(0.25))
            add_segs(p, [prefix] + (segs if isinstance(segs, list) else [segs]))
            g.add(segs, section, cont=cont)
            if cont:
                c = d.add_paragraph()
                c.paragraph_format.left_indent = Inches(0.25)
                add_segs(c, cont)
    para(d, "SKILLS", bold=True, space_before=10, space_after=2)
    para(d, "Python · SQL · Spark · PyTorch · XGBoost · Dagster · Docker · AWS")
    para(d, "EDUCATION", bold=True, space_before=10, space_after=2)
    p = para(d, [("b", "B.S. Statistics"), ", Cobalt Bay University", "\t2015"])
    right_tab(p, 6.5)
    return d, g


# =========================================================================== r4
# Real Word numbering: "1." achievements per role after a non-bullet "Key achievements:" line,
# nested level-1 sub-bullets "o" in Courier New, numbering restarted per role via
# lvlOverride/startOverride, one numbered item whose text itself starts with a number,
# "•" separators in the contact line, "Thesis:" line in Education. Delivered as PDF.
R4_ROLES = [
    ("Gannet Robotics", "Lead Machine Learning Engineer", "2021 – present", True, [
        ("Led training of the grasp-success model (ResNet-50 with depth fusion) on 1.4M robot trials; "
         "success-prediction AUC rose from 0.87 to 0.93.", [
            "Designed the data-labelling protocol with the operations team (inter-rater agreement 0.81).",
            "Curated a 40k-trial hard-negative set from failure logs.",
        ]),
        ("Shipped the model to 300 warehouse robots on an on-device TensorRT runtime, keeping inference "
         "under 15 ms per grasp.", []),
        ("12 production models migrated from ad-hoc scripts to a shared training platform (Ray + MLflow), "
         "cutting time-to-retrain from 3 weeks to 2 days.", [
            "After a camera-firmware update silently changed image normalization, added input-distribution "
            "checks that block deployment when drift exceeds agreed thresholds.",
        ]),
        ("Hired and managed a team of 5 ML engineers.", []),
    ]),
    ("Ferrowind Energy", "Machine Learning Engineer", "2018 – 2021", True, [
        ("Built a turbine-fault early-warning model (gradient boosting on SCADA data) with precision 0.78 at a "
         "14-day lead time.", [
            "Reduced unplanned downtime across 2 wind farms by an estimated 9%.",
        ]),
        ("Productionized nightly scoring on Kubernetes CronJobs with Prometheus alerts on late or missing data.", [
            "Added idempotent backfills so reruns after outages never double-count alarms.",
        ]),
        ("Ran a fortnightly reading group on probabilistic forecasting.", []),
    ]),
    ("Ferrowind Energy", "Data Analyst", "2016 – 2018", False, [
        ("Automated weekly availability reports in Python, saving ~10 analyst-hours per week.", []),
        ("Cleaned 6 years of maintenance logs into a queryable Postgres schema.", []),
    ]),
]
R4_OSS = [
    "Maintainer of tsguard, a small library for time-series input validation (1.1k downloads/month).",
    "Contributed ONNX export fixes to an open-source gradient-boosting library.",
]


def build_r4(outdir):
    g = Gold()
    d = new_doc("Times New Roman", 11, margins=0.9, title="Harriet Osei – Resume")
    h1 = d.styles["Heading 1"]
    h1.font.name = "Times New Roman"
    set_run_font(h1.element, "Times New Roman")
    h1.font.size = Pt(13)
    h1.font.bold = True
    h1.font.color.rgb = RGBColor(0, 0, 0)
    h1.paragraph_format.space_before = Pt(12)
    h1.paragraph_format.space_after = Pt(4)
    num = add_numbering(d, [
        dict(fmt="decimal", text="%1.", left=360, hanging=360),
        dict(fmt="bullet", text="o", font="Courier New", left=1080, hanging=360),
        dict(fmt="bullet", text="\uf0a7", font="Wingdings", left=1800, hanging=360),
    ])
    bul = add_numbering(d, SYMBOL_BULLETS)
    para(d, "Harriet Osei", bold=True, size=22, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, "Lead Machine Learning Engineer", italic=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, "Austin, TX • harriet.osei@example.com • (512) 555-0133", align=WD_ALIGN_PARAGRAPH.CENTER,
         space_after=4)
    sec = "Professional Experience"
    d.add_paragraph(sec, style="Heading 1")
    first_numbered = True
    for company, title, dates, numbered, items in R4_ROLES:
        p = para(d, [("b", company), " — " + title, "\t" + dates], space_before=8, space_after=2)
        right_tab(p, 6.7)
        if numbered:
            para(d, "Key achievements:", italic=True, space_after=2)
            nid = num if first_numbered else restart_num(d, num)
            first_numbered = False
            for text, subs in items:
                list_para(d, text, nid, 0, space_after=1)
                g.add(text, sec)
                for s in subs:
                    list_para(d, s, nid, 1, space_after=1)
                    g.add(s, sec)
        else:
            for text, _ in items:
                list_para(d, text, bul, 0, space_after=1)
                g.add(text, sec)
    sec = "Open Source"
    d.add_paragraph(sec, style="Heading 1")
    for t in R4_OSS:
        list_para(d, t, bul, 0, space_after=1)
        g.add(t, sec)
    d.add_paragraph("Education", style="Heading 1")
    p = para(d, [("b", "M.S. Mechanical Engineering"), ", Lakeshore Institute of Technology", "\t2016"])
    right_tab(p, 6.7)
    para(d, "Thesis: Vibration-based fault detection in small wind turbines.", italic=True)
    p = para(d, [("b", "B.S. Physics"), ", Lakeshore Institute of Technology", "\t2014"], space_before=4)
    right_tab(p, 6.7)
    return d, g


# =========================================================================== r5
# Headings are Normal-style paragraphs: some coloured + larger but NOT bold, others underlined
# small caps; unusual section names with curly apostrophes ("Where I’ve worked", "Things I’ve
# built", "Selected impact"); a Summary paragraph; bold lead-ins inside bullets; role lines
# bolder than the headings; Skills as a 3-column table of single words. Delivered as DOCX.
R5_IMPACT = [
    [("b", "Reliability: "), "cut feature-pipeline incidents from 9 per quarter to 1 by introducing data "
                            "contracts and freshness SLAs."],
    [("b", "Revenue: "), "a re-ranking model (LambdaMART, NDCG@10 +6.2%) lifted marketplace conversion 3.4% in "
                        "a 4-week A/B test."],
    [("b", "Cost: "), "moved embedding batch jobs to spot GPUs, saving $180k a year."],
]
R5_ROLES = [
    ("Tidewater Marketplace", "Senior Data Engineer, 2021 – 2024", [
        "Trained a two-tower retrieval model over 22M listings; recall@100 rose from 0.41 to 0.58.",
        "Shipped the retrieval service behind the search API (2M req/day, p99 80 ms) with a nightly index rebuild.",
        "After a catalogue schema change renamed the category field and silently zeroed a key feature, added "
        "schema validation to the Spark job and an alert on feature null-rates.",
        "Built a backfill framework on Airflow that replays any date range of features in under an hour.",
        "Interviewed 30+ candidates and wrote the data-engineering interview rubric.",
    ]),
    ("Saltmarsh Analytics", "Data Engineer, 2018 – 2021", [
        "Designed the dbt project (400+ models) that became the company’s single source of truth for revenue "
        "reporting.",
        "Built streaming ingestion from Kafka to BigQuery with exactly-once semantics via idempotent merge keys.",
        "Trained a lead-scoring logistic regression (AUC 0.79) and exposed it to the CRM through a nightly sync.",
        "Cut warehouse spend 28% by partitioning and clustering the 10 largest tables.",
    ]),
]
R5_BUILT = [
    "leakcheck, a pytest plugin that flags target leakage in feature tables before training.",
    "A home-energy forecaster running on a Raspberry Pi, retrained weekly from smart-meter data.",
    "An internal chat bot that answers “is this table fresh?” from dbt metadata.",
]
R5_SKILLS = [["Python", "SQL", "Spark"], ["Airflow", "dbt", "Kafka"], ["BigQuery", "PyTorch", "Docker"],
             ["Terraform", "Looker", "Git"]]


def build_r5(outdir):
    g = Gold()
    d = new_doc("Calibri", 10.5, margins=0.8, title="Jonah Pellegrino – Resume")
    arrow = add_numbering(d, [dict(fmt="bullet", text="\uf0d8", font="Wingdings", left=360, hanging=360)])
    bul = add_numbering(d, [dict(fmt="bullet", text="\uf0b7", font="Symbol", left=360, hanging=360),
                            dict(fmt="bullet", text="o", font="Courier New", left=1080, hanging=360)])
    dash = add_numbering(d, [dict(fmt="bullet", text="–", font="Calibri", left=360, hanging=360)])

    def head_colour(text):
        para(d, text, size=14, color="2F5496", space_before=12, space_after=4)

    def head_smallcaps(text):
        p = para(d, text, size=11, space_before=12, space_after=4)
        for r in p.runs:
            r.font.small_caps = True
            r.font.underline = True

    para(d, "Jonah Pellegrino", size=26, color="2F5496")
    para(d, [("b", "Data & ML Engineer")], size=12)
    para(d, "Portland, OR   ·   jonah.pellegrino@example.com   ·   (503) 555-0110", space_after=4)
    head_colour("Summary")
    para(d, "I build the pipes and the models that sit at the end of them. Six years across marketplace search "
            "and analytics engineering; happiest when a model’s offline metrics and its production behaviour "
            "actually agree.")
    head_smallcaps("Selected impact")
    for b in R5_IMPACT:
        list_para(d, b, arrow, space_after=2)
        g.add(b, "Selected impact")
    head_colour("Where I’ve worked")
    for company, role, bullets in R5_ROLES:
        p = para(d, [("b", company), "\t" + role], size=11.5, space_before=6, space_after=2)
        p.runs[0].font.size = Pt(12)
        right_tab(p, 6.9)
        for b in bullets:
            list_para(d, b, bul, space_after=1)
            g.add(b, "Where I’ve worked")
    head_colour("Things I’ve built")
    for b in R5_BUILT:
        list_para(d, b, dash, space_after=1)
        g.add(b, "Things I’ve built")
    head_smallcaps("Skills")
    t = d.add_table(rows=len(R5_SKILLS), cols=3)
    no_borders(t)
    fixed_widths(t, [1.6, 1.6, 1.6])
    for row, words in zip(t.rows, R5_SKILLS):
        for cell, w in zip(row.cells, words):
            para(cell, w)
    head_smallcaps("Education")
    para(d, [("b", "B.Sc. Computer Science"), " — Harborview University, 2018"])
    return d, g


# =========================================================================== r6
# Two pages; header (name) and footer ("Page X of Y" with PAGE/NUMPAGES fields) on every page;
# the Experience list continues across the page break (a bullet is split by it); hyperlinks in
# bullets; non-ASCII names/places, curly quotes, em/en dashes, ×, →; Wingdings "▪" bullets.
# Delivered as PDF.
R6_ROLES = [
    ("Senior Machine Learning Engineer — Cafézinho Pay", "São Paulo · 2021 – present", [
        "Trained the transaction-risk model (LightGBM on 310M events, 1,400 features) that replaced a rules "
        "engine; AUC 0.84 → 0.91 and chargebacks down 27% year over year.",
        "Shipped real-time scoring on Kubernetes at 4.5k req/s with p99 under 35 ms; the service has met its "
        "99.95% availability SLO for 30 consecutive months.",
        "When a partner bank changed its settlement-file schema without notice — amounts moved from “centavos” "
        "to “reais” — our amount features were off by 100×; I added schema and range validation at ingestion, "
        "a quarantine table for rejected rows, and an alert that pages the on-call engineer within 5 minutes.",
        "Replaced the naïve retry façade around the card-network client with a circuit breaker and idempotency "
        "keys, eliminating duplicate authorizations.",
        "Co-designed the feature store with Łukasz Wróbel (platform team): offline/online parity tests, "
        "point-in-time joins and a documented deprecation process → 60% fewer training/serving skew bugs.",
        ["Open-sourced our drift dashboard as ", ("link", "driftwatch", "https://example.com/driftwatch"),
         ", now used by three other teams to compare training and live feature distributions every hour."],
        "Led the “model cards for everything” initiative: every production model ships with a card covering "
        "data, metrics, owners, known failure modes and a rollback plan.",
        "Mentored 6 engineers, two of whom were promoted to senior.",
    ]),
    ("Machine Learning Engineer — Ipê Logistics", "Curitiba · 2018 – 2021", [
        "Built a delivery-time estimator (quantile regression forests) whose P90 error dropped from 52 to 31 "
        "minutes across 14 distribution centres.",
        "Moved batch training from a single VM to SageMaker Pipelines with reproducible, versioned datasets (DVC).",
        "Added a canary stage so new models serve 5% of traffic for 48 hours before full rollout; it caught two "
        "regressions before customers did.",
        "Turned model outputs into dispatcher-facing explanations in Portuguese and Spanish.",
        ["Wrote the internal guide ", ("link", "“Shipping models without fear”", "https://example.com/shipping-models"),
         " — later adopted as the team’s release checklist."],
    ]),
    ("Data Scientist — Jabuticaba Media", "São Paulo · 2016 – 2018", [
        "Built audience-segmentation models (k-means, later Gaussian mixtures) for 12M readers.",
        "Ran 50+ headline A/B tests and wrote the team’s sequential-testing guidelines.",
        "Automated the weekly KPI deck, saving ~6 hours per week.",
    ]),
]
R6_TALKS = [
    ["“Your features lie: data contracts for ML” — PyData São Paulo 2023 (",
     ("link", "slides", "https://example.com/talks/features-lie"), ")."],
    ["“Ten ways a schema change can break a model” — blog post, ",
     ("link", "example.com/blog/schema-breaks", "https://example.com/blog/schema-breaks"), ", 2022."],
]


# Tuned (LibreOffice 7.4, Liberation Sans) so that page 1 ends in the middle of an Experience bullet:
# "Wrote the internal guide “Shipping models without fear” — later adopted as the | team’s release checklist."
# (Bullet spacing barely matters: "List Paragraph" has contextualSpacing, like Word's default.)
R6_FONT, R6_MARGIN, R6_GAP = 11.5, 1.1, 3


def build_r6(outdir):
    g = Gold()
    d = new_doc("Arial", R6_FONT, margins=R6_MARGIN, title="Zoë Łukasik – Resume")
    d.styles["List Paragraph"].paragraph_format.widow_control = False
    sq = add_numbering(d, [dict(fmt="bullet", text="\uf0a7", font="Wingdings", left=360, hanging=270),
                           dict(fmt="bullet", text="–", font="Arial", left=900, hanging=270)])
    sec0 = d.sections[0]
    sec0.header_distance = Inches(0.4)
    sec0.footer_distance = Inches(0.4)
    hp = sec0.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Zoë Łukasik — Senior Machine Learning Engineer")
    r.font.size = Pt(8.5)
    r.font.color.rgb = RGBColor.from_string("7F7F7F")
    fp = sec0.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Page ").font.size = Pt(8.5)
    add_field(fp, "PAGE", "1", size=8.5)
    fp.add_run(" of ").font.size = Pt(8.5)
    add_field(fp, "NUMPAGES", "2", size=8.5)

    def head(text):
        p = para(d, text, bold=True, size=12.5, color="7B2C3F", space_before=14, space_after=4)
        bottom_border(p, "7B2C3F")

    para(d, "Zoë Łukasik", bold=True, size=24)
    para(d, [("link", "zoe.lukasik@example.com", "mailto:zoe.lukasik@example.com"),
             "  ·  (415) 555-0188  ·  São Paulo, Brazil (open to remote)"], space_after=4)
    head("Summary")
    para(d, "Machine-learning engineer with eight years in payments, logistics and media. I’ve trained the "
            "models, but what I’m proudest of is what happens after the notebook: contracts on the data that "
            "feeds them, canaries and rollbacks for the code that serves them, and dashboards that tell us when "
            "the world has drifted away from the training set. Fluent in Portuguese and English; conversational "
            "Polish and Spanish.", space_after=2)
    para(d, "Looking for a staff-level role on a team that treats ML systems as production software — "
            "on-call, post-mortems and all.", italic=True, space_before=4)
    sec = "Experience"
    head(sec)
    for title, where, bullets in R6_ROLES:
        p = para(d, [("b", title), "\t" + where], space_before=8, space_after=3)
        right_tab(p, 8.5 - 2 * R6_MARGIN)
        for b in bullets:
            list_para(d, b, sq, space_after=R6_GAP)
            g.add(b, sec)
    sec = "Talks & writing"
    head(sec)
    for b in R6_TALKS:
        list_para(d, b, sq, space_after=3)
        g.add(b, sec)
    head("Education")
    p = para(d, [("b", "M.Sc. Applied Mathematics"), " — Instituto Serra Azul", "\t2016"])
    right_tab(p, 8.5 - 2 * R6_MARGIN)
    p = para(d, [("b", "B.Sc. Computer Engineering"), " — Instituto Serra Azul", "\t2014"], space_before=3)
    right_tab(p, 8.5 - 2 * R6_MARGIN)
    head("Skills")
    para(d, [("b", "Languages: "), "Python, SQL, Go"], space_after=2)
    para(d, [("b", "ML: "), "LightGBM, PyTorch, scikit-learn, quantile forests"], space_after=2)
    para(d, [("b", "Platform: "), "Kubernetes, Kafka, Feast, SageMaker, Terraform"], space_after=2)
    para(d, [("b", "Spoken: "), "Portuguese (native), English (fluent), Polish & Spanish (conversational)"])
    return d, g


# =========================================================================== driver
BUILDS = [
    # (builder, [(deliverable stem, "docx"|"pdf"), ...])  -- every stem is unique so NAME.gold.json is too
    (build_r1, [("r1_table_roles", "pdf")]),
    (build_r2, [("r2a_sidebar", "docx"), ("r2b_sidebar", "pdf")]),
    (build_r3, [("r3_handtyped_glyphs", "docx")]),
    (build_r4, [("r4_numbered_nested", "pdf")]),
    (build_r5, [("r5_unusual_headings", "docx")]),
    (build_r6, [("r6_twopage_unicode", "pdf")]),
]


def soffice_pdf(docx_paths, outdir):
    profile = tempfile.mkdtemp(prefix="h6_lo_profile_")
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", outdir] + docx_paths,
                       check=True, timeout=600, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def pin_pdf_metadata(path):
    """Overwrite volatile timestamps/IDs with same-length fixed values (offsets stay valid)."""
    with open(path, "rb") as f:
        data = f.read()
    data = re.sub(rb"D:\d{14}", b"D:20240115090000", data)
    data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", b"2024-01-15T09:00:00", data)
    data = re.sub(rb"<[0-9A-Fa-f]{32}>", b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", b"/DocChecksum /" + b"0" * 32, data)
    data = re.sub(rb"uuid:[0-9a-fA-F-]{36}", b"uuid:00000000-0000-0000-0000-000000000000", data)
    with open(path, "wb") as f:
        f.write(data)


def verify(outdir):
    """Light sanity check: every gold bullet's text (whitespace removed) appears in the
    whitespace-removed pdftotext output, after removing running header/footer lines."""
    ok = True
    for base in [stem for _, outs in BUILDS for stem, kind in outs if kind == "pdf"]:
        pdf = os.path.join(outdir, base + ".pdf")
        txt = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True, text=True).stdout
        header = "Zoë Łukasik — Senior Machine Learning Engineer"
        lines = [ln for ln in txt.splitlines()
                 if not re.fullmatch(r"\s*Page \d+ of \d+\s*", ln) and ln.strip() != header]
        flat = re.sub(r"\s+", "", "".join(lines))
        gold = json.load(open(os.path.join(outdir, base + ".gold.json"), encoding="utf-8"))
        pages = txt.count("\f")
        # pdftotext drops a real hyphen at a line end ("success-" / "prediction"), so ignore hyphens
        flat_nh = flat.replace("-", "")
        miss = [b["text"] for b in gold["bullets"]
                if re.sub(r"\s+", "", b["text"]).replace("-", "") not in flat_nh]
        p1 = [ln for ln in txt.split("\f")[0].splitlines() if ln.strip() and not ln.startswith("Page ")]
        if pages > 1:
            print(f"   last line of page 1: {p1[-1]!r}")
        print(f"{base}.pdf: pages={pages} bullets={len(gold['bullets'])} missing={len(miss)}")
        for m in miss:
            ok = False
            print("   MISSING:", m)
    return ok


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--keep-docx", metavar="DIR", help="also keep the intermediate DOCX of PDF-only files here")
    ap.add_argument("--verify", action="store_true")
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="h6_build_")
    try:
        to_convert = []
        for builder, outs in BUILDS:
            doc, gold = builder(HERE)
            n = len(gold.items)
            assert 10 <= n <= 20, (builder.__name__, n)
            for stem, kind in outs:
                if kind == "docx":
                    save_docx(doc, os.path.join(HERE, stem + ".docx"))
                else:
                    src = os.path.join(tmp, stem + ".docx")
                    save_docx(doc, src)
                    to_convert.append(src)
                    if args.keep_docx:
                        os.makedirs(args.keep_docx, exist_ok=True)
                        shutil.copy(src, args.keep_docx)
                gold.write(f"{stem}.{kind}")
                print(f"{stem}.{kind}: {n} bullets")
        soffice_pdf(to_convert, tmp)
        for src in to_convert:
            pdf = src[:-5] + ".pdf"
            pin_pdf_metadata(pdf)
            shutil.move(pdf, os.path.join(HERE, os.path.basename(pdf)))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if args.verify:
        sys.exit(0 if verify(HERE) else 1)


if __name__ == "__main__":
    main()
