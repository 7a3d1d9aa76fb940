#!/usr/bin/env python
"""Regenerate the prodgap held-out evaluation set.

Writes, next to this script:
  * six fictional resumes in six different layouts (PDF / DOCX / TXT),
  * one ``<stem>.gold.json`` per resume (bullets in reading order + section),
and writes ``eval/holdout_labels.jsonl`` (150 hand-labelled bullets).

The content below was written from scratch, independently of prodgap's code,
samples and tests.  Every renderer records bullets into the gold file *while*
rendering the same content data, so gold and document cannot drift apart.

Run:  /work/venv/bin/python eval/holdout/make_holdout.py
Needs: reportlab, fpdf2, python-docx, LibreOffice (soffice), xelatex.
Everything is deterministic: fixed content, fixed timestamps, no randomness
other than a seeded shuffle of the label file.
"""
from __future__ import annotations

import datetime as _dt
import json
import os
import random
import re
import shutil
import subprocess
import tempfile
import textwrap
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape as _xml_escape

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent
FIXED_DT = _dt.datetime(2024, 5, 1, 12, 0, 0)
FIXED_EPOCH = "1714564800"  # 2024-05-01T12:00:00Z
LIB = "/usr/share/fonts/truetype/liberation2"

T, S, O = "trained_model", "shipped_system", "other"  # noqa: E741 - short labels keep the data table readable


def B(text, label, sub=()):
    """A bullet: printed text, gold label, optional sub-bullets."""
    return {"text": text, "label": label, "sub": list(sub)}


class Gold:
    def __init__(self, source):
        self.source = source
        self.bullets = []

    def add(self, bullet, section):
        self.bullets.append({"text": bullet["text"], "section": section, "label": bullet["label"]})

    def write(self):
        stem = Path(self.source).stem
        out = {"source": self.source, "bullets": self.bullets}
        (HERE / f"{stem}.gold.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        return len(self.bullets)


# ---------------------------------------------------------------------------
# 1. Priya Raman -- reportlab PDF, coloured header band, dates right-aligned
#    on the same line as the role.
# ---------------------------------------------------------------------------
PRIYA = {
    "file": "priya_raman.pdf",
    "name": "Priya Raman",
    "headline": "Senior Machine Learning Engineer \u00b7 Search & Recommendations",
    "contact": "Austin, TX  |  priya.raman@example.com  |  (512) 555-0182  |  github.com/priyaraman-example",
    "summary": (
        "Machine learning engineer with 8 years of experience taking ranking and risk models from research "
        "notebooks to low-latency services. Comfortable across the stack: feature pipelines, training, online "
        "serving, experimentation and on-call. Currently leading retrieval and ranking for a national retailer."
    ),
    "jobs": [
        {
            "role": "Senior Machine Learning Engineer", "org": "Northwind Retail", "loc": "Austin, TX",
            "dates": "Mar 2021 \u2013 Present",
            "bullets": [
                B("Led the migration of product ranking from a nightly batch job to an online two-tower retrieval "
                  "stack on Kubernetes, now serving 40k requests/s at p99 under 60 ms.", S),
                B("Trained a LightGBM learning-to-rank model on 18 months of click logs, improving offline NDCG@10 "
                  "by 7.4% over the BM25 baseline.", T),
                B("Built the feature-freshness monitor that pages on-call when online features in Feast lag by more "
                  "than 15 minutes; silent-staleness incidents went from 6 a quarter to zero.", S),
                B("Ran 14 online A/B tests of ranking changes with the experimentation team; three were launched to "
                  "100% of traffic, lifting add-to-cart rate by 2.1%.", S),
                B("Fine-tuned a multilingual sentence-transformer on query\u2013product pairs for the Spanish and "
                  "Portuguese catalogues; offline recall@50 rose from 0.61 to 0.72.", T),
                B("Mentored four engineers and ran the team\u2019s weekly paper-reading group.", O),
            ],
        },
        {
            "role": "Machine Learning Engineer", "org": "Lumen Health", "loc": "Remote",
            "dates": "Jul 2017 \u2013 Feb 2021",
            "bullets": [
                B("Deployed a gradient-boosted readmission-risk model as a REST endpoint used by care coordinators "
                  "at 11 hospitals, and owned its monthly retraining pipeline and drift alerts.", S),
                B("Debugged a timezone bug in the HL7 ingestion job that was silently dropping 3% of overnight "
                  "admissions; shipped the fix and backfilled two years of records.", S),
                B("Evaluated five clinical NER models on an internal corpus of 2,400 annotated discharge notes and "
                  "wrote up the comparison.", T),
                B("Prototyped a sepsis early-warning model in a Jupyter notebook; the project was paused before "
                  "clinical validation.", T),
                B("Interviewed 30+ candidates and redesigned the ML take-home exercise.", O),
            ],
        },
    ],
    "extras": [
        ("TALKS & PUBLICATIONS", [
            B("\u201cFresh Features at Scale\u201d, KDD 2023 Applied Data Science Track (co-author).", O),
            B("PyData London 2022: what we learned from a year of feature-store postmortems.", O),
        ]),
    ],
    "skills": [
        ("Languages", "Python, SQL, Go, Scala"),
        ("ML", "PyTorch, LightGBM, scikit-learn, sentence-transformers, Ray"),
        ("Platform", "Kubernetes, Feast, Kafka, Airflow, BigQuery, Prometheus"),
    ],
    "education": [
        ("M.S. Computer Science", "University of Texas at Austin", "2017"),
        ("B.Tech. Information Technology", "Anna University, Chennai", "2015"),
    ],
}


def render_priya():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (
        HRFlowable,
        Paragraph,
        SimpleDocTemplate,
        Table,
        TableStyle,
    )

    for nm, fn in [("Sans", "LiberationSans-Regular"), ("Sans-Bold", "LiberationSans-Bold"),
                   ("Sans-Italic", "LiberationSans-Italic")]:
        pdfmetrics.registerFont(TTFont(nm, f"{LIB}/{fn}.ttf"))
    pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="Sans-Bold", italic="Sans-Italic",
                                  boldItalic="Sans-Bold")
    d = PRIYA
    gold = Gold(d["file"])
    navy = colors.HexColor("#1F3A5F")
    accent = colors.HexColor("#2E86AB")
    band_h = 1.15 * inch

    def band(canvas, doc):
        canvas.saveState()
        w, h = LETTER
        canvas.setFillColor(navy)
        canvas.rect(0, h - band_h, w, band_h, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont("Sans-Bold", 24)
        canvas.drawString(0.7 * inch, h - 0.55 * inch, d["name"])
        canvas.setFont("Sans", 11)
        canvas.drawString(0.7 * inch, h - 0.8 * inch, d["headline"])
        canvas.setFont("Sans", 8.5)
        canvas.drawString(0.7 * inch, h - 1.0 * inch, d["contact"])
        canvas.restoreState()

    def later(canvas, doc):
        canvas.saveState()
        canvas.setFont("Sans", 8)
        canvas.setFillColor(colors.grey)
        canvas.drawRightString(LETTER[0] - 0.7 * inch, 0.45 * inch, f"Priya Raman \u2014 page {doc.page}")
        canvas.restoreState()

    st = {
        "h": ParagraphStyle("h", fontName="Sans-Bold", fontSize=10.5, textColor=accent, spaceBefore=9, spaceAfter=2),
        "body": ParagraphStyle("b", fontName="Sans", fontSize=9.5, leading=12.5),
        "role": ParagraphStyle("r", fontName="Sans", fontSize=10, leading=13),
        "date": ParagraphStyle("d", fontName="Sans-Italic", fontSize=9.5, leading=13, alignment=2),
        "bul": ParagraphStyle("bl", fontName="Sans", fontSize=9.5, leading=12.3, leftIndent=14, bulletIndent=4,
                              spaceAfter=1.5),
    }
    def e(s):
        return _xml_escape(s)
    story = []

    def heading(text):
        story.append(Paragraph(e(text), st["h"]))
        story.append(HRFlowable(width="100%", thickness=0.6, color=accent, spaceAfter=4))

    def bullets(items, section):
        for b in items:
            story.append(Paragraph(e(b["text"]), st["bul"], bulletText="\u2022"))
            gold.add(b, section)

    width = LETTER[0] - 1.4 * inch
    heading("SUMMARY")
    story.append(Paragraph(e(d["summary"]), st["body"]))
    heading("EXPERIENCE")
    for j in d["jobs"]:
        left = Paragraph(f"<b>{e(j['role'])}</b>, {e(j['org'])} \u2014 {e(j['loc'])}", st["role"])
        right = Paragraph(e(j["dates"]), st["date"])
        t = Table([[left, right]], colWidths=[width * 0.72, width * 0.28])
        t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                               ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
        story.append(t)
        bullets(j["bullets"], "EXPERIENCE")
    for head, items in d["extras"]:
        heading(head)
        bullets(items, head)
    heading("SKILLS")
    for k, v in d["skills"]:
        story.append(Paragraph(f"<b>{e(k)}:</b> {e(v)}", st["body"]))
    heading("EDUCATION")
    for deg, school, yr in d["education"]:
        left = Paragraph(f"<b>{e(deg)}</b>, {e(school)}", st["role"])
        t = Table([[left, Paragraph(yr, st["date"])]], colWidths=[width * 0.8, width * 0.2])
        t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        story.append(t)

    doc = SimpleDocTemplate(str(HERE / d["file"]), pagesize=LETTER, leftMargin=0.7 * inch,
                            rightMargin=0.7 * inch, topMargin=band_h + 0.2 * inch, bottomMargin=0.7 * inch,
                            title="Priya Raman - Resume", author="Priya Raman", creator="", invariant=1)
    doc.build(story, onFirstPage=band, onLaterPages=later)
    return gold.write()


# ---------------------------------------------------------------------------
# 2. Tomasz Kowalczyk -- DOCX, "List Number" bullets, indented "List Bullet 2"
#    sub-bullets, 2-column skills table, right tab stop for dates.
# ---------------------------------------------------------------------------
TOMASZ = {
    "file": "tomasz_kowalczyk.docx",
    "name": "Tomasz Kowalczyk",
    "contact": "Dublin, Ireland  \u2022  tomasz.kowalczyk@example.com  \u2022  +353 1 555 0139",
    "summary": (
        "Data engineer with five years\u2019 experience building and running batch and streaming pipelines in "
        "fintech and analytics consultancies. I care about boring, well-monitored pipelines, good data contracts "
        "and clear documentation."
    ),
    "jobs": [
        {
            "head": "Data Engineer, Kestrel Payments", "dates": "Jan 2022 \u2013 present",
            "bullets": [
                B("Own the Airflow pipelines that load 2 billion card events a day into BigQuery, and sit on the "
                  "data platform on-call rota.", S),
                B("Rebuilt the chargeback reconciliation job in Spark, cutting the daily run from 5 h to 40 min and "
                  "removing a manual step for the finance team.", S, [
                    B("Added Great Expectations checks that block the load when row counts drop more than 10% day "
                      "on day.", S),
                    B("Documented the reconciliation data model and lineage in the team wiki.", O),
                ]),
                B("Migrated 140 dbt models from Redshift to BigQuery with no downtime for the downstream Looker "
                  "dashboards.", S),
                B("As a side project with the risk team, trained an XGBoost fraud-scoring model; it was evaluated "
                  "offline on six months of labelled disputes but not deployed.", T),
                B("Organised the internal Data Guild meet-up and onboarded five new joiners.", O),
            ],
        },
        {
            "head": "Junior Data Engineer, Brightwave Analytics", "dates": "Sep 2019 \u2013 Dec 2021",
            "bullets": [
                B("Built Python ingestion services for 12 client SFTP feeds, monitored with Grafana and PagerDuty.", S),
                B("Fixed a memory leak in the Kafka consumer that had been restarting pods every six hours.", S, [
                    B("Load-tested the patched consumer at 3x peak throughput before rolling it out.", S),
                ]),
                B("Produced weekly churn analyses in pandas and presented the findings to account managers.", O),
                B("Trained a sentiment classifier for customer survey comments (TF-IDF + logistic regression), "
                  "reaching 0.83 macro-F1 on a held-out set.", T),
            ],
        },
    ],
    "skills": [
        ("Languages", "Python, SQL, Scala, Bash"),
        ("Orchestration", "Airflow, dbt, Dagster (evaluating)"),
        ("Storage & compute", "BigQuery, Redshift, Spark, Kafka, PostgreSQL"),
        ("Ops", "Terraform, GitHub Actions, Grafana, PagerDuty"),
    ],
    "education": {
        "line": "MSc Data Science, University College Dublin", "dates": "2018 \u2013 2019",
        "bullets": [B("Awarded the UCD Data Science scholarship (top three of the cohort).", O)],
    },
    "certs": [B("Google Cloud Professional Data Engineer (2023)", O),
              B("Astronomer Certification for Apache Airflow Fundamentals (2022)", O)],
}


def _docx_fix_zip(path):
    """Rewrite a .docx with fixed zip timestamps so the bytes are reproducible."""
    tmp = path.with_suffix(".tmpzip")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=(2024, 5, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(name))
    tmp.replace(path)


def _docx_props(doc, title, author):
    cp = doc.core_properties
    cp.title, cp.author, cp.last_modified_by = title, author, author
    cp.created = cp.modified = FIXED_DT
    cp.revision = 1


def render_tomasz():
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt, RGBColor

    d = TOMASZ
    gold = Gold(d["file"])
    doc = Document()
    _docx_props(doc, "Tomasz Kowalczyk CV", d["name"])
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)  # A4
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    text_w = sec.page_width - sec.left_margin - sec.right_margin
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = "Calibri", Pt(10.5)

    title = doc.add_paragraph()
    r = title.add_run(d["name"])
    r.bold, r.font.size = True, Pt(22)
    r.font.color.rgb = RGBColor(0x22, 0x44, 0x66)
    doc.add_paragraph(d["contact"])

    def h(text):
        p = doc.add_heading(text, level=1)
        return p

    def job_line(left, right):
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(text_w, WD_TAB_ALIGNMENT.RIGHT)
        p.paragraph_format.space_before = Pt(6)
        p.paragraph_format.space_after = Pt(2)
        rr = p.add_run(left)
        rr.bold = True
        ri = p.add_run("\t" + right)
        ri.italic = True

    h("Profile")
    doc.add_paragraph(d["summary"])
    h("Professional Experience")
    for j in d["jobs"]:
        job_line(j["head"], j["dates"])
        for b in j["bullets"]:
            doc.add_paragraph(b["text"], style="List Number")
            gold.add(b, "Professional Experience")
            for sb in b["sub"]:
                doc.add_paragraph(sb["text"], style="List Bullet 2")
                gold.add(sb, "Professional Experience")
    h("Technical Skills")
    tbl = doc.add_table(rows=0, cols=2)
    tbl.style = doc.styles["Table Grid"]
    tbl.autofit = False
    tbl.columns[0].width, tbl.columns[1].width = Cm(4.0), text_w - Cm(4.0)
    for k, v in d["skills"]:
        cells = tbl.add_row().cells
        cells[0].text, cells[1].text = k, v
        cells[0].paragraphs[0].runs[0].bold = True
        cells[0].width, cells[1].width = Cm(4.0), text_w - Cm(4.0)
    h("Education")
    job_line(d["education"]["line"], d["education"]["dates"])
    for b in d["education"]["bullets"]:
        doc.add_paragraph(b["text"], style="List Bullet")
        gold.add(b, "Education")
    h("Certifications")
    for b in d["certs"]:
        doc.add_paragraph(b["text"], style="List Bullet")
        gold.add(b, "Certifications")
    out = HERE / d["file"]
    doc.save(out)
    _docx_fix_zip(out)
    return gold.write()


# ---------------------------------------------------------------------------
# 3. Amara Okafor -- DOCX with a shaded sidebar table, converted to PDF by
#    LibreOffice.  Only the PDF is kept.  The sidebar has no bullets.
# ---------------------------------------------------------------------------
AMARA = {
    "file": "amara_okafor.pdf",
    "name": "Amara Okafor",
    "headline": "NLP & MLOps Engineer",
    "sidebar": [
        ("CONTACT", ["London, UK", "amara.okafor@example.com", "+44 20 5550 0148", "linkedin.com/in/amara-example"]),
        ("SKILLS", ["Python, SQL, TypeScript", "PyTorch, Hugging Face", "FastAPI, Docker, AWS ECS",
                    "MLflow, GitHub Actions", "Label Studio, spaCy"]),
        ("EDUCATION", ["MSc Artificial Intelligence", "University of Edinburgh, 2018", "",
                       "BSc Computer Science", "University of Lagos, 2016"]),
        ("LANGUAGES", ["English (native)", "Yoruba (native)", "French (working)"]),
    ],
    "profile": (
        "Engineer working where NLP models meet production systems. Six years across insurance and "
        "media monitoring: data labelling, model training, serving, and the unglamorous glue between them."
    ),
    "jobs": [
        {
            "role": "NLP / MLOps Engineer", "org": "Harbourline Insurance, London", "dates": "2021 \u2013 present",
            "bullets": [
                B("Shipped a claims-document classifier (fine-tuned DistilBERT) behind a FastAPI service on AWS ECS; "
                  "it routes around 9,000 claims a day and is retrained monthly.", S),
                B("Set up the MLflow model registry and a GitHub Actions workflow that promotes a model to "
                  "production only after shadow-traffic checks pass.", S),
                B("Primary on-call for the ML platform one week in four; led the postmortem for a 40-minute outage "
                  "caused by an expired IAM role.", S),
                B("Benchmarked Llama 2 7B, Mistral 7B and GPT-3.5 for extracting fields from broker emails; results "
                  "went to the architecture board and no model has been adopted yet.", T),
                B("Cut median inference latency of the claims classifier from 220 ms to 70 ms by exporting it to "
                  "ONNX Runtime and batching requests.", S),
            ],
        },
        {
            "role": "Data Scientist", "org": "Veritas Labs, Lagos", "dates": "2018 \u2013 2021",
            "bullets": [
                B("Trained a CNN-BiLSTM named-entity recogniser on 30k annotated Nigerian news articles (F1 0.88).", T),
                B("Fine-tuned BERT-base for topic classification of customer tickets: offline macro-F1 of 0.79 versus "
                  "0.71 for the existing keyword rules.", T),
                B("Built and ran a media-monitoring crawler fleet (Scrapy on Kubernetes) collecting around 150k "
                  "articles a day for client reports.", S),
                B("Taught an internal six-week \u201cPython for analysts\u201d course to 25 colleagues.", O),
                B("Wrote the data-labelling guidelines and managed a team of six contract annotators.", O),
            ],
        },
    ],
    "projects": [
        B("Kaggle CommonLit Readability: fine-tuned a RoBERTa-large ensemble, finishing in the top 4% (silver "
          "medal).", T),
        B("Volunteer: maintain the website and donations API for a Lagos coding charity (Django on Heroku, about "
          "2,000 visitors a month).", S),
    ],
}


def _shade(cell, hex_fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def render_amara(tmpdir):
    from docx import Document
    from docx.shared import Cm, Pt, RGBColor

    d = AMARA
    gold = Gold(d["file"])
    doc = Document()
    _docx_props(doc, "Amara Okafor CV", d["name"])
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.2)
    sec.top_margin = sec.bottom_margin = Cm(1.2)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)

    tbl = doc.add_table(rows=1, cols=2)
    tbl.autofit = False
    side, main = tbl.rows[0].cells
    side.width, main.width = Cm(5.6), Cm(13.0)
    _shade(side, "E8EEF4")

    def para(cell, text="", bold=False, size=None, color=None, first=False, space_before=0, style=None):
        p = cell.paragraphs[0] if first else cell.add_paragraph(style=style)
        if text:
            r = p.add_run(text)
            r.bold = bold
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
        p.paragraph_format.space_before = Pt(space_before)
        p.paragraph_format.space_after = Pt(1)
        return p

    first = True
    for head, lines in d["sidebar"]:
        para(side, head, bold=True, size=10.5, color="1F4E79", first=first, space_before=0 if first else 10)
        first = False
        for ln in lines:
            para(side, ln, size=9)

    para(main, d["name"], bold=True, size=24, color="1F4E79", first=True)
    para(main, d["headline"], size=12, color="555555")
    para(main, "Profile", bold=True, size=12, color="1F4E79", space_before=10)
    para(main, d["profile"])
    para(main, "Experience", bold=True, size=12, color="1F4E79", space_before=10)
    for j in d["jobs"]:
        p = para(main, j["role"], bold=True, space_before=6)
        r = p.add_run(f"  |  {j['org']}  |  {j['dates']}")
        r.font.color.rgb = RGBColor.from_string("555555")
        for b in j["bullets"]:
            bp = para(main, b["text"], style="List Bullet")
            bp.paragraph_format.space_after = Pt(2)
            gold.add(b, "Experience")
    para(main, "Projects", bold=True, size=12, color="1F4E79", space_before=10)
    for b in d["projects"]:
        para(main, b["text"], style="List Bullet")
        gold.add(b, "Projects")

    docx_path = Path(tmpdir) / "amara_okafor.docx"
    doc.save(docx_path)
    profile = Path(tmpdir) / "lo_profile"
    env = dict(os.environ, SOURCE_DATE_EPOCH=FIXED_EPOCH)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmpdir), str(docx_path)], check=True, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = Path(tmpdir) / "amara_okafor.pdf"
    _normalise_pdf_dates(pdf)
    shutil.copyfile(pdf, HERE / d["file"])
    return gold.write()


def _normalise_pdf_dates(path):
    """Overwrite LibreOffice's creation date / document IDs with same-length constants (xref stays valid)."""
    data = path.read_bytes()
    data = re.sub(rb"D:\d{14}[^)]*\)", lambda m: (b"D:20240501120000" + b"Z" * (len(m.group(0)) - 17) + b")")
                  if len(m.group(0)) >= 17 else m.group(0), data)
    data = re.sub(rb"<[0-9A-Fa-f]{32}>", b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[^<]*<", lambda m: b"2024-05-01T12:00:00" +
                  b" " * (len(m.group(0)) - 20) + b"<", data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
    data = re.sub(rb"uuid:[0-9a-f-]{36}", b"uuid:00000000-0000-0000-0000-000000000000", data)
    path.write_bytes(data)


# ---------------------------------------------------------------------------
# 4. Li-Wei Chen -- xelatex, res.cls-like layout with custom macros,
#    Latin Modern via fontspec, justified itemize (hyphenation + ligatures).
# ---------------------------------------------------------------------------
LIWEI = {
    "file": "liwei_chen.pdf",
    "name": "Li-Wei Chen",
    "contact": ["Madison, WI", "liwei.chen@example.com", "(608) 555-0113", "liwei-chen.example.com"],
    "summary": (
        "PhD candidate in computer vision working on self-supervised learning for remote sensing. "
        "Experience spans large-scale pretraining, robustness benchmarks, and one summer getting a detector "
        "onto real drones. Looking for research scientist roles from autumn 2025."
    ),
    "sections": [
        ("RESEARCH EXPERIENCE", [
            {"role": "Graduate Researcher", "org": "Vision \\& Learning Lab, UW\u2013Madison",
             "dates": "2020 -- present", "bullets": [
                B("Designed a self-supervised pretraining objective for multispectral satellite imagery that "
                  "improves few-shot land-cover segmentation by 5.2 mIoU across three public benchmarks.", T),
                B("Trained ViT-L backbones on 64 A100 GPUs with FSDP and wrote the lab\u2019s shared training harness "
                  "for multi-node jobs, reducing wall-clock time for a full pretraining run by 35%.", T),
                B("Built a robustness benchmark of 12k images and evaluated fifteen segmentation models under "
                  "cloud cover, haze and sensor shift; found that accuracy reported offline overstates field "
                  "performance by up to 19 points.", T),
             ]},
        ]),
        ("INDUSTRY EXPERIENCE", [
            {"role": "Research Intern, Perception", "org": "Skyfold Robotics, Pittsburgh",
             "dates": "Summer 2022", "bullets": [
                B("Distilled a 300M-parameter detector into a 25M-parameter student that runs at 30 FPS on a Jetson "
                  "Orin, with offline mAP within 1.5 points of the teacher.", T),
                B("Shipped the distilled detector in firmware v3.4; it now runs on roughly 1,200 inspection drones "
                  "flying for utility customers.", S),
                B("Fixed a race condition in the camera driver\u2019s frame timestamping that was causing "
                  "intermittent tracking failures across the field fleet.", S),
             ]},
        ]),
        ("TEACHING & MENTORING", [
            {"bullets": [
                B("Teaching assistant for CS 760 Machine Learning (three semesters, about 180 students); wrote "
                  "a new homework on diffusion models.", O),
                B("Mentored four undergraduate researchers, two of whom first-authored workshop papers.", O),
            ]},
        ]),
        ("PUBLICATIONS", [
            {"bullets": [
                B("L.-W. Chen, R. Alvarez, M. Sato. \u201cMasked Spectral Modelling for Few-Shot Land Cover "
                  "Segmentation.\u201d CVPR 2024.", O),
                B("L.-W. Chen, M. Sato. \u201cWhen Clouds Move: A Robustness Benchmark for Remote Sensing "
                  "Segmentation.\u201d NeurIPS Datasets and Benchmarks Track, 2023.", O),
             ]},
        ]),
        ("HONOURS", [
            {"bullets": [B("NSF Graduate Research Fellowship, 2021\u20132024.", O),
                         B("Outstanding Reviewer award, ICCV 2023.", O)]},
        ]),
    ],
    "education": [
        ("Ph.D., Computer Sciences", "University of Wisconsin\u2013Madison", "expected 2025"),
        ("B.S., Electrical Engineering", "National Taiwan University", "2019"),
    ],
    "skills": "Python, PyTorch, JAX, CUDA, FSDP/DeepSpeed, GDAL, ROS 2, C++, Slurm",
}


def _tex(s):
    out = s.replace("\\&", "\u0000")  # already-escaped ampersand in org names
    for a, b in [("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"),
                 ("_", r"\_"), ("{", r"\{"), ("}", r"\}"), ("~", r"\textasciitilde{}"), ("^", r"\^{}")]:
        out = out.replace(a, b)
    return out.replace("\u0000", r"\&")


def render_liwei(tmpdir):
    d = LIWEI
    gold = Gold(d["file"])
    L = [r"""\documentclass[11pt]{article}
\usepackage[letterpaper,margin=1.05in,top=0.7in,bottom=0.7in]{geometry}
\usepackage{fontspec}
\setmainfont{Latin Modern Roman}
\usepackage{enumitem}
\usepackage{xcolor}
\usepackage[hidelinks]{hyperref}
\hypersetup{pdftitle={Li-Wei Chen CV},pdfauthor={Li-Wei Chen},pdfcreator={},pdfproducer={}}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\definecolor{rule}{gray}{0.35}
\newcommand{\cvsection}[1]{\par\vspace{9pt}\noindent{\bfseries #1}\par\vspace{1pt}{\color{rule}\hrule height 0.5pt}\vspace{4pt}}
\newcommand{\cventry}[3]{\par\noindent\textbf{#1}, \textit{#2}\hfill #3\par\vspace{1pt}}
\setlist[itemize]{leftmargin=2.4em,rightmargin=1.2em,itemsep=1.5pt,parsep=0pt,topsep=2pt,label=\textbullet}
\begin{document}
\begin{center}
{\fontsize{22}{26}\selectfont """ + _tex(d["name"]) + r"""}\\[4pt]
""" + r" \quad$\cdot$\quad ".join(_tex(c) for c in d["contact"]) + r"""
\end{center}
\vspace{2pt}
\cvsection{SUMMARY}
""" + _tex(d["summary"]) + "\n"]
    for head, entries in d["sections"]:
        L.append(r"\cvsection{" + _tex(head) + "}\n")
        for ent in entries:
            if "role" in ent:
                L.append(r"\cventry{" + _tex(ent["role"]) + "}{" + _tex(ent["org"]) + "}{" + ent["dates"] + "}\n")
            L.append("\\begin{itemize}\n")
            for b in ent["bullets"]:
                L.append(r"  \item " + _tex(b["text"]) + "\n")
                gold.add(b, head)
            L.append("\\end{itemize}\n")
    L.append(r"\cvsection{EDUCATION}" + "\n")
    for deg, school, yr in d["education"]:
        L.append(r"\cventry{" + _tex(deg) + "}{" + _tex(school) + "}{" + _tex(yr) + "}\n")
    L.append(r"\cvsection{SKILLS}" + "\n" + _tex(d["skills"]) + "\n\\end{document}\n")
    tex = Path(tmpdir) / "liwei_chen.tex"
    tex.write_text("".join(L), encoding="utf-8")
    env = dict(os.environ, SOURCE_DATE_EPOCH=FIXED_EPOCH, FORCE_SOURCE_DATE="1")
    for _ in range(2):
        subprocess.run(["xelatex", "-interaction=nonstopmode", "-halt-on-error", tex.name], cwd=tmpdir,
                       check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copyfile(Path(tmpdir) / "liwei_chen.pdf", HERE / d["file"])
    return gold.write()


# ---------------------------------------------------------------------------
# 5. Dan Murphy -- plain text pasted into an email: "*" bullets, ALL-CAPS
#    headings, hard-wrapped at 72 columns with a 2-space hanging indent.
# ---------------------------------------------------------------------------
DAN = {
    "file": "dan_murphy.txt",
    "preamble": [
        "Hi Jen,",
        "",
        "The PDF attachment bounced off your mail server, so here is my resume",
        "pasted as plain text. Happy to send a Word version if easier.",
        "",
        "Thanks,",
        "Dan",
        "",
        "-----",
        "",
    ],
    "header": [
        "DANIEL MURPHY",
        "Staff Site Reliability Engineer",
        "Portland, OR | dan.murphy@example.com | (503) 555-0147",
    ],
    "summary": (
        "Twelve years keeping busy systems up: logistics APIs, video pipelines and a billing system nobody else "
        "wanted to touch. I like boring infrastructure, good postmortems and small pager loads."
    ),
    "jobs": [
        ("Staff SRE, Tidewater Logistics (2019 - present)", [
            B("Led on-call for the shipment-tracking API (1.8B requests/day, 99.95% availability SLO) and ran the "
              "incident review for 60+ incidents.", S),
            B("Cut p99 latency of the rate-quote service from 900ms to 210ms by moving hot reads off the shared "
              "Postgres primary onto read replicas and a Redis cache.", S),
            B("Migrated 300+ services from Chef-managed VMs to Kubernetes (EKS) over 18 months with no "
              "customer-facing downtime.", S),
            B("Wrote the company's incident severity guidelines and trained 40 engineers as incident "
              "commanders.", O),
            B("Hired and managed a team of 6 SREs across two time zones.", O),
        ]),
        ("Senior Backend Engineer, Copperleaf Media (2014 - 2019)", [
            B("Designed and operated the video transcoding queue (Go, SQS, FFmpeg) processing ~50k uploads a "
              "day.", S),
            B("Debugged kernel TCP memory exhaustion that took down the CDN origin tier during the 2016 "
              "election-night traffic peak; wrote the fix and the postmortem.", S),
            B("Shipped per-tenant rate limiting for the public API after a scraper incident.", S),
            B("During a hack week, trained an isolation-forest anomaly detector on request logs; it caught "
              "scrapers when replayed against old traffic but never went live.", T),
        ]),
        ("Backend Developer, Ridgeback Software (2011 - 2014)", [
            B("Maintained a PHP/MySQL billing system for 400 small-business customers, including the 3am "
              "pages.", S),
            B("Ran lunch-and-learn sessions on Git and code review.", O),
        ]),
    ],
    "skills": [
        "Languages: Go, Python, Bash, some Rust",
        "Infra: Kubernetes, Terraform, AWS (EKS, RDS, SQS), Postgres, Redis",
        "Observability: Prometheus, Grafana, OpenTelemetry, PagerDuty",
    ],
    "certs": [B("Certified Kubernetes Administrator (CKA), 2020", O)],
    "education": ["B.S. Computer Science, Oregon State University, 2011"],
}


def _wrap_bullet(text):
    return textwrap.wrap(text, width=72, initial_indent="* ", subsequent_indent="  ",
                         break_on_hyphens=False, break_long_words=False)


def render_dan():
    d = DAN
    gold = Gold(d["file"])
    out = list(d["preamble"]) + list(d["header"]) + [""]
    out += ["SUMMARY"] + textwrap.wrap(d["summary"], 72, break_on_hyphens=False) + [""]
    out += ["EXPERIENCE", ""]
    for head, bullets in d["jobs"]:
        out.append(head)
        for b in bullets:
            out += _wrap_bullet(b["text"])
            gold.add(b, "EXPERIENCE")
        out.append("")
    out += ["SKILLS"] + d["skills"] + [""]
    out.append("CERTIFICATIONS")
    for b in d["certs"]:
        out += _wrap_bullet(b["text"])
        gold.add(b, "CERTIFICATIONS")
    out += ["", "EDUCATION"] + d["education"] + ["", "References available on request."]
    (HERE / d["file"]).write_text("\n".join(out) + "\n", encoding="utf-8")
    return gold.write()


# ---------------------------------------------------------------------------
# 6. Sofia Lindqvist -- fpdf2 PDF, "›" bullets with "–" sub-bullets,
#    justified text that wraps, serif font, A4.
# ---------------------------------------------------------------------------
SOFIA = {
    "file": "sofia_lindqvist.pdf",
    "name": "Sofia Lindqvist",
    "title": "Data Scientist",
    "contact": ["Stockholm, Sweden", "sofia.lindqvist@example.com", "+46 8 555 017 42"],
    "profile": (
        "Junior data scientist in the energy sector with a background in statistics and machine learning. "
        "I enjoy forecasting problems, careful evaluation, and getting models out of notebooks and into the "
        "hands of people who make decisions with them."
    ),
    "jobs": [
        {"role": "Junior Data Scientist", "org": "Klarbo Energi AB, Stockholm", "dates": "Sep 2023 \u2013 present",
         "bullets": [
            B("Developed a day-ahead electricity load forecasting model (LightGBM with weather and calendar "
              "features) that beat the incumbent SARIMA baseline by 11% MAPE in backtests over 2021\u20132023.", T),
            B("Productionised the forecast as a daily Databricks job whose output feeds the trading desk\u2019s "
              "bidding system every morning at 06:00; I monitor the job and handle failures.", S, [
                B("Added Slack alerting when the live forecast error exceeds 8% for two consecutive days.", S),
            ]),
            B("Built exploratory analyses of smart-meter data for the strategy team\u2019s quarterly board "
              "presentation.", O),
            B("Explored graph neural networks for grid-fault localisation on simulated network data; summarised "
              "the results in an internal memo.", T),
         ]},
        {"role": "Data Science Intern", "org": "Spotiq, Stockholm", "dates": "Jun \u2013 Aug 2022",
         "bullets": [
            B("Trained a session-based recommender (GRU4Rec) on anonymised listening logs and compared it "
              "offline with item-kNN (HR@20 up 9%).", T),
            B("Wrote the SQL checks behind the experimentation platform\u2019s sample-ratio-mismatch alerts, "
              "which now run on every live A/B test.", S),
         ]},
    ],
    "education": [
        {"degree": "MSc Machine Learning", "school": "KTH Royal Institute of Technology", "dates": "2021 \u2013 2023",
         "bullets": [
            B("Thesis awarded the School of EECS prize for best master\u2019s thesis in 2023.", O),
            B("Teaching assistant for DD2421 Machine Learning over two terms.", O),
         ]},
        {"degree": "BSc Mathematics and Statistics", "school": "Uppsala University", "dates": "2018 \u2013 2021",
         "bullets": []},
    ],
    "projects": [
        B("Swedish recipe-ingredient parser: a CRF trained on 4,000 hand-labelled lines, reaching 93% token "
          "accuracy.", T),
        B("Maintain a small Flask web app showing live bus departures for my student housing, with around 150 "
          "daily users.", S),
    ],
    "skills": "Python (pandas, scikit-learn, LightGBM, PyTorch), SQL, Spark/Databricks, R, Git, Power BI",
    "languages": "Swedish (native), English (fluent), German (intermediate)",
}


def render_sofia():
    from fpdf import FPDF

    d = SOFIA
    gold = Gold(d["file"])
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED_DT.replace(tzinfo=_dt.UTC))
    pdf.set_producer("")
    pdf.set_title("Sofia Lindqvist - CV")
    pdf.set_author("Sofia Lindqvist")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("Serif", "", f"{LIB}/LiberationSerif-Regular.ttf")
    pdf.add_font("Serif", "B", f"{LIB}/LiberationSerif-Bold.ttf")
    pdf.add_font("Serif", "I", f"{LIB}/LiberationSerif-Italic.ttf")
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin
    green = (34, 94, 74)

    pdf.set_font("Serif", "B", 22)
    pdf.set_text_color(*green)
    pdf.cell(W, 10, d["name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "I", 12)
    pdf.set_text_color(60, 60, 60)
    pdf.cell(W, 6, d["title"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 9.5)
    pdf.cell(W, 5, "   /   ".join(d["contact"]), new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)

    def heading(text):
        pdf.ln(4)
        pdf.set_font("Serif", "B", 12.5)
        pdf.set_text_color(*green)
        pdf.cell(W, 6.5, text, new_x="LMARGIN", new_y="NEXT")
        y = pdf.get_y()
        pdf.set_draw_color(*green)
        pdf.set_line_width(0.3)
        pdf.line(pdf.l_margin, y, pdf.l_margin + W, y)
        pdf.ln(1.5)
        pdf.set_text_color(0, 0, 0)

    def justified(text, indent=0.0, size=10.5):
        pdf.set_font("Serif", "", size)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(W - indent, 5, text, align="J", new_x="LMARGIN", new_y="NEXT")

    def bullet(b, section, level=0):
        glyph = "\u203a" if level == 0 else "\u2013"
        gx = pdf.l_margin + (2.5 if level == 0 else 9.0)
        tx = pdf.l_margin + (7.0 if level == 0 else 13.5)
        pdf.set_font("Serif", "B" if level == 0 else "", 10.5)
        pdf.set_x(gx)
        pdf.cell(tx - gx, 5, glyph)
        pdf.set_font("Serif", "", 10.5)
        pdf.set_x(tx)
        pdf.multi_cell(pdf.l_margin + W - tx, 5, b["text"], align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
        gold.add(b, section)
        for sb in b["sub"]:
            bullet(sb, section, level=1)

    def entry(left, right):
        pdf.ln(1)
        pdf.set_font("Serif", "B", 11)
        pdf.cell(W * 0.7, 5.5, left)
        pdf.set_font("Serif", "I", 10)
        pdf.cell(W * 0.3, 5.5, right, align="R", new_x="LMARGIN", new_y="NEXT")

    heading("Profile")
    justified(d["profile"])
    heading("Experience")
    for j in d["jobs"]:
        entry(f"{j['role']}, {j['org']}", j["dates"])
        for b in j["bullets"]:
            bullet(b, "Experience")
    heading("Education")
    for e in d["education"]:
        entry(f"{e['degree']}, {e['school']}", e["dates"])
        for b in e["bullets"]:
            bullet(b, "Education")
    heading("Projects")
    for b in d["projects"]:
        bullet(b, "Projects")
    heading("Skills & Languages")
    justified("Technical: " + d["skills"])
    justified("Languages: " + d["languages"])
    pdf.output(str(HERE / d["file"]))
    return gold.write()


# ---------------------------------------------------------------------------
# Labelled bullets (150).  (text, label, hard, note)
# ---------------------------------------------------------------------------
LABELS = [
    # ---------------- trained_model ----------------
    ("Trained a two-tower retrieval model on 900M user\u2013item interactions; offline recall@100 improved from 0.31 to 0.38.", T, False, "offline metric only"),
    ("Fine-tuned Llama-3-8B with LoRA on 12k internal support transcripts; it beat the base model in 71% of pairwise judgements by GPT-4.", T, False, "fine-tune + offline eval"),
    ("Built a YOLOv8 defect detector for PCB images (mAP@0.5 = 0.91 on held-out boards).", T, False, "held-out metric, no deployment"),
    ("Developed a GraphSAGE fraud classifier over merchant\u2013card transaction graphs, raising PR-AUC from 0.42 to 0.57 in offline evaluation.", T, False, "offline evaluation"),
    ("Implemented and trained a DeepFM CTR model in PyTorch: +0.8% AUC versus the production logistic regression on last month's logs.", T, True, "'production' names the baseline; the new model was only compared offline"),
    ("Trained gradient boosted trees to predict customer churn \u2014 0.84 ROC-AUC on a temporal hold-out.", T, False, "offline metric"),
    ("Fine-tuned wav2vec 2.0 for Irish-accented English ASR, reducing WER from 18.2% to 11.7% on our test set.", T, False, "test-set metric"),
    ("Deployed 300+ training runs on the lab's Slurm cluster to sweep learning-rate schedules for ViT fine-tuning.", T, True, "'deployed' refers to training jobs, not a served system"),
    ("Benchmarked six open-source embedding models for legal document retrieval and recommended bge-large on the basis of nDCG@10.", T, True, "evaluation only, no training and no deployment; offline evaluation counts as trained_model"),
    ("Prototyped a transformer-based demand forecaster for 2,000 SKUs; not yet deployed pending upstream data-quality fixes.", T, True, "hedge 'prototyped' + explicit 'not yet deployed'"),
    ("Kaggle: 12th of 3,400 teams in the Jigsaw toxic comment competition with a stacked ensemble of BERT and LSTM models.", T, True, "Kaggle = offline training against a leaderboard"),
    ("MSc thesis: trained a U-Net for brain tumour segmentation on BraTS 2020 (Dice 0.87).", T, True, "thesis, but the bullet describes training a model rather than the degree"),
    ("Proposed and evaluated a new negative-sampling scheme for sequential recommendation; paper submitted to RecSys 2024.", T, True, "research model work evaluated offline; the paper mention does not make it 'other'"),
    ("Trained a multilingual intent classifier (XLM-R) and made it production-ready: packaged as a Docker image with a /predict endpoint.", T, True, "'production-ready' with no sign of real use"),
    ("Built a churn model in a Jupyter notebook and demoed it to the VP of Sales.", T, True, "notebook demo is not shipped"),
    ("Fine-tuned Stable Diffusion on 500 product photos with DreamBooth to generate catalogue imagery; the design team reviewed sample outputs.", T, False, "reviewing samples is not real use"),
    ("Trained an XGBoost credit-default model on 1.2M loan applications with monotonic constraints, Gini 0.61 out-of-time.", T, False, "offline validation"),
    ("Reproduced the DPO paper results on a 1.3B model and ablated the beta parameter.", T, False, "research reproduction"),
    ("Explored LLM-as-a-judge scoring for summarisation quality; correlation with human ratings reached 0.68 Spearman.", T, True, "LLM evaluation experiment, no training and no users; offline evaluation counts as trained_model (could be argued 'other')"),
    ("Hyperparameter search (Optuna, 400 trials) for a ResNet-50 skin-lesion classifier; top-1 accuracy 89.3%.", T, False, "training/tuning"),
    ("Trained a reinforcement-learning bidding agent in a simulator built from historical auction logs; +6% simulated ROI.", T, True, "simulated auctions only, never bid live"),
    ("Developed a BiLSTM-CRF model for extracting medication names from clinical notes (F1 = 0.92 on i2b2 2009).", T, False, "benchmark metric"),
    ("Designed a seq2seq text-to-SQL model; 78.4% execution accuracy on the Spider dev set.", T, False, "benchmark metric"),
    ("Pre-trained a 350M-parameter code model from scratch on 200B tokens across 128 TPU v4 chips.", T, False, "large-scale training is still training"),
    ("Created an LSTM autoencoder for anomaly detection on turbine sensor data, validated against three labelled failure events.", T, False, "offline validation"),
    ("Trained a LayoutLMv3 model on 8k scanned invoices (field-level F1 0.94) and handed it over to the platform team for integration.", T, True, "hand-over is not deployment; no sign it went live"),
    ("Evaluated three candidate ranking models on a newly collected set of 5k relevance judgements; none beat production on long-tail queries.", T, True, "'production' is only the comparison point; the work is offline evaluation"),
    ("Distilled BERT-large into a 4-layer student keeping 96% of teacher accuracy with 7x lower latency on CPU benchmarks.", T, False, "latency benchmark is offline"),
    ("Built a face anti-spoofing classifier for a university research project: 97% accuracy on CASIA-FASD.", T, False, "research model"),
    ("Retrained the sentiment model on 2023 data, improving macro-F1 by 3 pts on the held-out set (candidate for the next release).", T, True, "'candidate for next release' = not released"),
    ("Trained a PPO policy for warehouse robot navigation in Isaac Sim; sim-to-real transfer not attempted.", T, True, "negation: never ran on real robots"),
    ("Semi-supervised crop classification from satellite images (FixMatch) with 5% of labels, within 2 points of the fully supervised model.", T, False, "terse research result"),
    ("Fine-tuned Whisper-small for medical dictation: WER 9.8% vs 14.1% for the base model on 40 hours of held-out audio.", T, False, "offline metric"),
    ("Model: CatBoost; features: 240; target: 30-day claim; AUC 0.79.", T, False, "terse fragment describing a trained model"),
    ("Built a Siamese network for signature verification, trained on 2,640 genuine/forged pairs.", T, False, "training"),
    ("Trained a Prophet + gradient boosting hybrid for weekly footfall forecasting across 85 stores (backtest MAPE 7.2%).", T, False, "backtest only"),
    ("Ran ablations on attention heads in a 1.5B-parameter decoder, identifying 14 heads responsible for copying behaviour.", T, True, "interpretability research on a model, offline; no system"),
    ("Pilot: trained a DistilRoBERTa toxicity filter for the community forum and shadow-scored one week of posts offline; moderation remains manual.", T, True, "'pilot'/'shadow' but scored offline and never used"),
    ("Responsible for training and evaluation of the next-generation speech enhancement model ahead of a planned Q3 launch.", T, True, "'planned launch' = not yet shipped"),
    ("Trained a GAN to synthesise rare-class transactions; augmenting the training data improved fraud recall by 4% offline.", T, False, "offline gain"),
    ("Computer vision: trained Mask R-CNN to count fish in aquaculture cage footage (counting error \u00b13%).", T, False, "model metric only"),
    ("Fine-tuned a cross-encoder reranker on MS MARCO, MRR@10 0.39.", T, False, "benchmark"),
    ("Trained an uplift model (two-model approach) to target retention offers; Qini coefficient 0.12 on held-out customers.", T, False, "held-out evaluation"),
    ("Designed the features and trained the baseline for a proof-of-concept predictive-maintenance model for a rail client.", T, True, "proof of concept is not shipped"),
    ("Built an LLM agent for spreadsheet question answering and evaluated it on 300 hand-written questions (62% exact match).", T, True, "LLM app evaluated offline only; no users"),
    ("Trained word2vec embeddings on ten years of job postings to cluster related skills.", T, False, "training"),
    ("Achieved 0.93 F1 on fraud detection using random forest w/ SMOTE for class imbalance", T, False, "terse, no deployment"),
    ("Developed a Bayesian hierarchical model of regional vaccine uptake in Stan, with posterior predictive checks on 2019\u201321 data.", T, False, "statistical model fitted offline"),
    ("A model to predict surgical duration was trained and retrospectively validated on 14,000 procedures.", T, False, "passive voice, retrospective validation"),
    ("Compared fine-tuning with prompting for contract clause extraction \u2014 fine-tuned T5-base won by 9 F1 points on our eval set.", T, False, "offline comparison"),
    # ---------------- shipped_system ----------------
    ("Owned the payments API (Java/Spring, 4k RPS) end to end, including on-call and quarterly capacity planning.", S, False, "owns + on-call for a live API"),
    ("Deployed the fraud-scoring model as a gRPC service that scores every card authorisation in under 25 ms; retraining runs weekly on Kubeflow.", S, False, "training + real deployment"),
    ("Shipped a RAG-based support assistant used daily by 1,200 agents, including the index refresh job and the feedback loop.", S, False, "LLM app with real users"),
    ("Reduced monthly AWS spend by $38k by right-sizing EKS node groups and moving batch workloads to spot instances.", S, False, "operating production infra"),
    ("Incident commander for a Sev-1 database failover that took checkout down for 22 minutes; led the blameless postmortem.", S, False, "incident response"),
    ("Built and run the nightly batch job that scores 30M customers for propensity and writes the scores to Salesforce, where the sales team picks them up each morning.", S, True, "batch scoring job in real use counts as shipped"),
    ("Launched the new ranking model to 100% of search traffic after a two-week A/B test showed +3.2% revenue per session.", S, True, "A/B test followed by full launch"),
    ("Ran an online A/B test of the new recommendation model on 10% of live traffic for two weeks.", S, True, "model was served to real users, so it is a real deployment even though limited"),
    ("Migrated the event pipeline from Kinesis to Kafka, processing 3TB/day with exactly-once semantics.", S, False, "production pipeline"),
    ("Set up Prometheus/Grafana monitoring and SLO-based alerting for 45 microservices.", S, False, "monitoring live services"),
    ("Found and fixed a data-leakage bug in the production feature pipeline that had been inflating the live model's scores; rolled out the patch and recalibrated thresholds.", S, True, "ML vocabulary, but it is a fix to a live system"),
    ("Scaled the image moderation service from 2 to 40 GPU nodes ahead of the holiday peak, keeping p95 below 300 ms.", S, False, "scaling a live service"),
    ("Maintain the company's Terraform modules and the CI/CD pipelines used by 60 engineers.", S, False, "internal infra in daily use"),
    ("Put the demand-forecasting model into production on Vertex AI; its forecasts drive replenishment orders for 300 stores.", S, False, "training + real deployment"),
    ("Built an internal LLM-powered SQL assistant in Slack, now used weekly by ~300 analysts; added guardrails after a prompt-injection incident.", S, True, "LLM app, but with real users and an incident"),
    ("Responsible for the on-call rotation and runbooks for the recommendation serving stack.", S, False, "on-call"),
    ("Debugged intermittent OOM kills in the Spark streaming jobs that feed the fraud features \u2014 root cause was skewed joins on a hot merchant key.", S, False, "debugging production jobs"),
    ("Productionised the churn model: containerised it, deployed it behind an internal API and wired drift monitoring into Datadog.", S, False, "deployment + monitoring"),
    ("Rolled out feature flags (LaunchDarkly) across the mobile backend, enabling 200+ staged releases per quarter.", S, False, "non-ML shipped"),
    ("Rewrote the search indexer in Rust; indexing lag dropped from 15 min to under 30 s in production.", S, False, "production metric"),
    ("Shipped an on-device keyword-spotting model to 2M+ Android phones (TFLite, 180 KB).", S, False, "training + shipped to devices"),
    ("Led the zero-downtime migration of a 9 TB Postgres cluster to Aurora.", S, False, "operating a live database"),
    ("Built the data quality framework (Great Expectations + Airflow sensors) that gates all 120 production tables and pages the data on-call on failure.", S, False, "production pipeline + paging"),
    ("Operated the ad auction bidding service across three regions against a 99.99% availability target.", S, False, "operating a live service"),
    ("Shadow-deployed the new ETA model alongside the incumbent for a month, then promoted it once it met the latency SLOs.", S, True, "shadow mode alone would be borderline, but it was promoted to serve"),
    ("Integrated Stripe billing into the SaaS platform, which now handles ~\u00a31.4m in monthly recurring revenue.", S, False, "non-ML shipped, British currency"),
    ("Designed, built and maintained the ETL for the finance data mart used at month-end close.", S, False, "production ETL"),
    ("Hot-fixed a tokeniser mismatch between training and serving that was degrading live NER accuracy by 12 points.", S, True, "ML terms, but it is a fix to the serving system"),
    ("Deployed a YOLO-based PPE detection system on edge cameras at 14 construction sites and monitored false-alarm rates with site managers.", S, False, "CV model deployed in the field"),
    ("Kept the 600-node Hadoop cluster alive through the migration to GCS: weekly patching, disk failures, the lot.", S, False, "operations"),
    ("Implemented canary releases and automated rollback with Argo Rollouts, cutting failed-deploy MTTR from 45 to 6 minutes.", S, False, "release infra"),
    ("Built the model-serving layer (Triton + KServe) used by 11 product teams to serve 70+ models.", S, False, "MLOps platform in use"),
    ("Introduced rate limiting and circuit breakers after a downstream outage cascaded into our checkout service.", S, False, "hardening a live service"),
    ("The recommendation widget I built and launched in 2022 now drives 14% of homepage clicks.", S, False, "launched, with usage"),
    ("Supported the customer-facing LLM chatbot in production: triaged hallucination reports, refreshed the retrieval corpus weekly and tracked answer-acceptance rate.", S, False, "operating an LLM app"),
    ("Built the real-time dashboarding backend (ClickHouse + Kafka) behind the customer-facing analytics page used by 8,000 merchants.", S, True, "'dashboard' but it is a served product backend, not slides"),
    ("Reduced false positives of the live AML screening system by 30% through threshold tuning and a retrained name-matching model, rolled out in March after compliance sign-off.", S, False, "retrain + rollout in a live system"),
    ("Wrote and maintain the MQTT-to-TimescaleDB ingestion service for 40k IoT devices.", S, False, "production service"),
    ("Pager duty for the identity platform; resolved 25+ production incidents incl. a certificate-expiry outage.", S, False, "on-call"),
    ("Migrated legacy cron jobs to Airflow DAGs with retries and SLAs \u2014 zero missed payroll exports since.", S, False, "production batch pipeline"),
    ("Deployed an internal document search engine (Elasticsearch, BM25 and a reranker) used by the 90-lawyer legal team.", S, False, "internal system with real users"),
    ("Retrained and redeployed the credit-limit model every quarter, with champion/challenger monitoring in production.", S, False, "training + deployment"),
    ("Scaled Postgres read throughput 5x with PgBouncer and table partitioning during Black Friday.", S, False, "scaling a live DB"),
    ("Built the mobile app's offline sync feature (React Native, SQLite), released in v5.2 to 300k users.", S, False, "non-ML shipped"),
    ("Maintained a legacy COBOL batch settlement system that processes \u00a32bn of payments nightly.", S, False, "production batch system"),
    ("Prototyped, then productionised, a dynamic pricing service for hotel rooms \u2014 live in 120 properties.", S, True, "starts with 'prototyped' but ends live"),
    ("Investigated and fixed a memory leak in the Node.js GraphQL gateway that was forcing nightly restarts.", S, False, "debugging a live service"),
    ("Implemented GDPR data-deletion workflows across 30 services, which passed an external audit.", S, False, "production workflows"),
    ("Containerised and deployed the lab's protein-structure inference server on the university HPC cluster, where 25 research groups use it.", S, True, "research setting, but a served system with real users"),
    ("Automated the weekly KPI reporting pipeline in dbt + Airflow, replacing a manual Excel process for the exec team.", S, True, "reporting, but it is an operated pipeline rather than one-off analysis"),
    # ---------------- other ----------------
    ("Managed a team of 8 ML engineers across London and Lisbon.", O, False, "management"),
    ("Mentored five junior data scientists, two of whom were promoted within a year.", O, False, "mentoring"),
    ("Presented quarterly churn analysis to the executive team, informing a \u00a32m retention budget.", O, False, "analysis for slides"),
    ("Best Paper Award, ACL 2022 Workshop on Biomedical NLP.", O, False, "award"),
    ("Published 6 peer-reviewed papers on graph learning (NeurIPS, ICML, KDD).", O, False, "publications"),
    ("Taught an evening 'Intro to Machine Learning' course to 40 adult learners.", O, False, "teaching"),
    ("Coursework: Deep Learning, Convex Optimisation, Distributed Systems, Bayesian Statistics.", O, False, "coursework"),
    ("Interviewed 120+ candidates and redesigned the data science hiring loop.", O, False, "hiring"),
    ("Wrote the onboarding documentation and architecture decision records for the platform team.", O, False, "docs"),
    ("Organised the company's first internal ML conference (300 attendees, 24 talks).", O, False, "event organisation"),
    ("Built a Tableau dashboard of regional sales trends for the monthly leadership review.", O, True, "dashboard for a review meeting = analysis for slides"),
    ("Conducted user interviews with 30 clinicians to shape the product roadmap.", O, False, "product research"),
    ("Defined the company's AI governance policy and model-risk review process with Legal.", O, False, "policy"),
    ("Proposed a migration from Airflow to Dagster in a design doc; the proposal was accepted for next year's roadmap.", O, True, "proposal/design doc, nothing built"),
    ("Analysed A/B test results for the pricing team and wrote the readout recommending the three-tier plan.", O, True, "A/B analysis, not running the system"),
    ("Dean's List, 6 semesters; GPA 3.9/4.0.", O, False, "academic honour"),
    ("Speaker at PyCon UK 2023: \u201cLessons from five years of feature stores\u201d.", O, False, "talk"),
    ("Led the vendor evaluation for a data catalogue tool and negotiated a 3-year contract saving 20%.", O, False, "procurement"),
    ("Teaching assistant for CS229 (Machine Learning); held weekly office hours for 200 students.", O, False, "teaching"),
    ("Reviewer for NeurIPS, ICLR and TMLR.", O, False, "academic service"),
    ("Coordinated quarterly OKR planning for a 40-person data organisation.", O, False, "planning"),
    ("Co-founded the Women in Data employee resource group and championed inclusive hiring practices.", O, False, "community"),
    ("Authored an internal white paper on LLM adoption risks for the CTO.", O, True, "LLM topic, but the output is a document"),
    ("Performed exploratory data analysis on 5 years of warehouse data to identify drivers of late deliveries; findings presented to operations directors.", O, False, "analysis for presentation"),
    ("Awarded 'Engineer of the Year' 2021 for my work on the checkout rewrite.", O, True, "award that refers to shipped work; the bullet itself is the award"),
    ("Co-inventor on two pending US patent applications on adaptive bitrate streaming.", O, False, "patents"),
    ("Wrote a master's thesis on fairness metrics in credit scoring, surveying 40 papers.", O, True, "thesis is a literature survey; no model trained"),
    ("Ran design-thinking workshops with product managers to scope ML use cases.", O, False, "workshops"),
    ("Hired and onboarded 12 engineers during a period of 3x team growth.", O, False, "hiring"),
    ("Sprint planning, stakeholder management, roadmap prioritisation", O, False, "terse fragment, management"),
    ("Created slide decks and a Power BI report summarising customer survey results for the board.", O, False, "slides/report"),
    ("Maintained the team wiki and wrote our Python style guide.", O, False, "docs"),
    ("Completed the Coursera Deep Learning Specialization (5 courses).", O, False, "coursework"),
    ("Volunteer maths tutor for secondary-school pupils, two hours a week.", O, False, "volunteering"),
    ("Led technical due diligence for the acquisition of a computer vision start-up.", O, False, "due diligence"),
    ("Proposed an LLM-based triage bot for IT tickets and secured budget, but the project was deprioritised before development started.", O, True, "proposal only; nothing built or trained"),
    ("Literature review of retrieval-augmented generation methods for the research team's reading list.", O, False, "literature review"),
    ("Co-organised the NeurIPS 2023 workshop on Tabular Representation Learning.", O, False, "academic service"),
    ("Product owner for the ML platform: gathered requirements from nine teams and prioritised the backlog.", O, True, "platform vocabulary, but the role described is product management"),
    ("Analysed two years of support tickets in SQL and Python to size the automation opportunity (\u224818k hours/year).", O, False, "analysis"),
    ("Represented the company at career fairs at three universities.", O, False, "recruiting"),
    ("Grant writing: secured \u00a3450k of EPSRC funding for a three-year project on federated learning.", O, False, "funding"),
    ("Designed the curriculum for an internal 'ML for Product Managers' bootcamp attended by 150 staff.", O, False, "teaching"),
    ("Prepared the data room metrics for investor due diligence during the Series B raise.", O, False, "business analysis"),
    ("Produced a cost-benefit analysis of moving from Snowflake to BigQuery; the CFO adopted the recommendation.", O, True, "analysis adopted by a decision-maker, but no system was built or migrated by the author"),
    ("Won first place at the company hackathon with a voice-controlled expense-report demo.", O, True, "hackathon demo/award, not shipped"),
    ("Fluent in English, Spanish and Portuguese.", O, False, "languages"),
    ("Scrum master for two squads \u2014 ran retrospectives and tracked velocity.", O, False, "process"),
    ("Peer-reviewed the team's model cards and fairness assessments before launch reviews.", O, True, "mentions launch and models, but the activity is reviewing documents"),
    ("Wrote a blog series on Bayesian A/B testing that reached 50k readers.", O, False, "writing"),
]


def write_labels():
    assert len(LABELS) == 150, len(LABELS)
    texts = [t for t, *_ in LABELS]
    assert len(set(texts)) == len(texts), "duplicate label texts"
    for _t, lab, hard, note in LABELS:
        assert lab in (T, S, O) and isinstance(hard, bool) and note
    rows = list(LABELS)
    random.Random(20240501).shuffle(rows)
    with open(EVAL / "holdout_labels.jsonl", "w", encoding="utf-8") as f:
        for i, (text, lab, hard, note) in enumerate(rows, 1):
            f.write(json.dumps({"id": f"h{i:03d}", "text": text, "label": lab, "hard": hard, "note": note},
                               ensure_ascii=False) + "\n")
    return len(rows)


def main():
    counts = {}
    counts["priya_raman.pdf"] = render_priya()
    counts["tomasz_kowalczyk.docx"] = render_tomasz()
    with tempfile.TemporaryDirectory() as td:
        counts["amara_okafor.pdf"] = render_amara(td)
    with tempfile.TemporaryDirectory() as td:
        counts["liwei_chen.pdf"] = render_liwei(td)
    counts["dan_murphy.txt"] = render_dan()
    counts["sofia_lindqvist.pdf"] = render_sofia()
    for k, v in counts.items():
        print(f"{k:28s} {v:3d} bullets")
        assert 10 <= v <= 25, (k, v)
    print(f"holdout_labels.jsonl        {write_labels()} rows")


if __name__ == "__main__":
    main()
