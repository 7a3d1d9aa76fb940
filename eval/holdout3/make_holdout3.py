#!/usr/bin/env python3
"""Regenerate the third held-out extraction set (eval/holdout3).

Written without reading prodgap's source, samples, tests or earlier held-out sets,
and without running prodgap.  Every resume is rendered from the content data in
this file, and every gold file is written from the same data (never from an
extractor).

Run:  /work/venv/bin/python eval/holdout3/make_holdout3.py
Needs: fpdf2, reportlab, python-docx, LibreOffice (soffice), xelatex (lmodern,
enumitem), Liberation fonts.
"""
from __future__ import annotations

import datetime
import json
import os
import shutil
import subprocess
import tempfile
import textwrap
from pathlib import Path

OUT = Path(__file__).resolve().parent
LIB = Path("/usr/share/fonts/truetype/liberation2")


def write_gold(filename: str, items: list[tuple[str, str]]) -> None:
    """items: (section, text) in reading order."""
    stem = Path(filename).stem
    data = {
        "source": filename,
        "bullets": [{"text": " ".join(t.split()), "section": s} for s, t in items],
    }
    (OUT / f"{stem}.gold.json").write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------------------
# 1. DOCX "modern Word template" (+ LibreOffice PDF)
# ---------------------------------------------------------------------------
R1 = {
    "name": "Maren Oyelaran",
    "tagline": "Machine Learning Engineer",
    "contact": "Denver, CO  ·  maren.oyelaran@example.com  ·  (303) 555-0182  ·  linkedin.example.com/in/moyelaran",
    "summary": (
        "Machine learning engineer with seven years of building forecasting and ranking systems for "
        "logistics and insurance. I take models from notebook to on-call rotation and care most about "
        "what happens after launch."
    ),
    "exp_heading": "Professional Experience",
    "proj_heading": "Selected Projects",
    "roles": [
        {
            "title": "Senior Machine Learning Engineer", "company": "Halcyon Freight",
            "dates": "March 2021 – Present  ·  Denver, CO",
            "bullets": [
                ("Built the delivery-time forecasting service (LightGBM behind a FastAPI endpoint) that now "
                 "quotes ETAs for 40,000 shipments a day.", [
                     "Cut p95 latency from 310 ms to 85 ms by moving feature lookups from Postgres to a Redis cache.",
                     "Added shadow deployments so every candidate model scores live traffic for a week before promotion.",
                 ]),
                ("Diagnosed a silent accuracy drop after a carrier changed its scan codes; wrote schema checks "
                 "in Great Expectations that now block bad feeds before training.", []),
                ("Trained a gradient-boosted model to predict missed pickups, reaching 0.81 AUC on a held-out quarter.", []),
                ("Led the migration of 14 batch pipelines from cron to Airflow, cutting failed nightly runs from "
                 "about six a month to one.", []),
                ("Mentored three junior engineers through their first production on-call rotations.", []),
            ],
        },
        {
            "title": "Data Scientist", "company": "Brightwell Insurance",
            "dates": "June 2018 – February 2021  ·  Chicago, IL",
            "bullets": [
                ("Developed a claims-fraud classifier in scikit-learn that flagged 2.3x more confirmed fraud "
                 "than the rules it replaced.", []),
                ("Deployed the classifier as a nightly Spark job scoring 1.2 million claims; it ran for two "
                 "years with no missed SLAs.", []),
                ("Ran A/B tests on adjuster triage queues and presented the results to the claims leadership team.", []),
                ("Experimented with BERT embeddings of adjuster notes; offline recall rose by 4 points but the "
                 "model did not ship because of inference cost.", []),
            ],
        },
        {
            "title": "Data Analyst Intern", "company": "City of Aurora Transit",
            "dates": "Summer 2017  ·  Aurora, CO",
            "bullets": [
                ("Built a ridership dashboard in Tableau that planners used to redraw two bus routes.", []),
            ],
        },
    ],
    "projects": [
        "Open-sourced tsdrift, a small Python library for detecting covariate drift in time-series "
        "features (600 GitHub stars).",
        "Fine-tuned a compact T5 model to summarise shipment exception notes for the support team's weekly review.",
    ],
    "skills": [
        ("Languages", "Python, SQL, Scala"),
        ("Modelling", "LightGBM, scikit-learn, PyTorch, Hugging Face Transformers"),
        ("Infrastructure", "Airflow, Spark, Redis, Docker, Kubernetes, AWS SageMaker"),
    ],
    "education": [
        ("M.S. Statistics", "University of Colorado Boulder", "2018"),
        ("B.A. Mathematics", "Grinnell College", "2016"),
    ],
}


def make_docx() -> None:
    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Inches, Pt, RGBColor

    teal = RGBColor(0x1F, 0x6F, 0x78)
    grey = RGBColor(0x59, 0x59, 0x59)
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.85)
    sec.top_margin = sec.bottom_margin = Inches(0.7)

    normal = doc.styles["Normal"]
    normal.font.name = "Liberation Sans"
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(2)

    # Word-template-like bullet numbering: level 0 is a Wingdings arrow (U+F0D8 in the
    # symbol font, shown as an arrowhead), level 1 is a Courier New "o".
    numbering = doc.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="77">'
        '<w:multiLevelType w:val="hybridMultilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
        '<w:lvlText w:val="\uf0d8"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings" w:hint="default"/>'
        '<w:color w:val="1F6F78"/></w:rPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
        '<w:lvlText w:val="o"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="1080" w:hanging="360"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New" w:hint="default"/></w:rPr></w:lvl>'
        '</w:abstractNum>'
    )
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="77"><w:abstractNumId w:val="77"/></w:num>'))

    # list styles carry the numbering (as Word templates do): paragraphs only name the style
    bullet = doc.styles.add_style("Achievement", WD_STYLE_TYPE.PARAGRAPH)
    bullet.base_style = normal
    bullet.element.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:numId w:val="77"/></w:numPr>'))
    bullet.paragraph_format.space_after = Pt(3)
    sub = doc.styles.add_style("Achievement Detail", WD_STYLE_TYPE.PARAGRAPH)
    sub.base_style = normal
    sub.element.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="1"/><w:numId w:val="77"/></w:numPr>'))
    sub.paragraph_format.space_after = Pt(2)

    head = doc.styles.add_style("Resume Section", WD_STYLE_TYPE.PARAGRAPH)
    head.base_style = normal
    head.font.small_caps = True
    head.font.bold = True
    head.font.size = Pt(13)
    head.font.color.rgb = teal
    head.element.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="8" w:space="1" w:color="1F6F78"/></w:pBdr>'))
    head.paragraph_format.space_before = Pt(12)
    head.paragraph_format.space_after = Pt(5)
    head.paragraph_format.keep_with_next = True

    # big coloured name header
    p = doc.add_paragraph()
    r = p.add_run(R1["name"])
    r.font.size = Pt(30)
    r.font.bold = True
    r.font.color.rgb = teal
    p.paragraph_format.space_after = Pt(0)
    p = doc.add_paragraph()
    r = p.add_run(R1["tagline"])
    r.font.size = Pt(13)
    r.font.color.rgb = grey
    p.paragraph_format.space_after = Pt(1)
    p = doc.add_paragraph()
    r = p.add_run(R1["contact"])
    r.font.size = Pt(9.5)
    r.font.color.rgb = grey

    gold: list[tuple[str, str]] = []
    doc.add_paragraph("Summary", style=head)
    doc.add_paragraph(R1["summary"])

    doc.add_paragraph(R1["exp_heading"], style=head)
    for role in R1["roles"]:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(6)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.keep_with_next = True
        r = p.add_run(role["title"])
        r.bold = True
        p.add_run(" | ")
        r = p.add_run(role["company"])
        r.font.color.rgb = teal
        r.bold = True
        p = doc.add_paragraph()
        p.paragraph_format.keep_with_next = True
        r = p.add_run(role["dates"])
        r.italic = True
        r.font.color.rgb = grey
        for text, subs in role["bullets"]:
            doc.add_paragraph(text, style=bullet)
            gold.append((R1["exp_heading"], text))
            for s in subs:
                doc.add_paragraph(s, style=sub)
                gold.append((R1["exp_heading"], s))

    doc.add_paragraph(R1["proj_heading"], style=head)
    for text in R1["projects"]:
        doc.add_paragraph(text, style=bullet)
        gold.append((R1["proj_heading"], text))

    doc.add_paragraph("Skills", style=head)
    for k, v in R1["skills"]:
        p = doc.add_paragraph()
        r = p.add_run(k + ": ")
        r.bold = True
        p.add_run(v)

    doc.add_paragraph("Education", style=head)
    for deg, school, year in R1["education"]:
        p = doc.add_paragraph()
        r = p.add_run(deg)
        r.bold = True
        p.add_run(f", {school}  ·  {year}")

    doc.core_properties.author = R1["name"]
    doc.core_properties.created = doc.core_properties.modified = datetime.datetime(2024, 5, 1)
    docx_name = "oyelaran_word.docx"
    doc.save(OUT / docx_name)
    write_gold(docx_name, gold)

    # LibreOffice conversion of the same DOCX
    pdf_name = "oyelaran_word_lo.pdf"
    with tempfile.TemporaryDirectory() as td:
        prof = Path(td) / "profile"
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
             "--outdir", td, str(OUT / docx_name)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(Path(td) / "oyelaran_word.pdf", OUT / pdf_name)
    # Small caps: the DOCX stores "Professional Experience" (+ w:smallCaps), but LibreOffice
    # prints it in capitals and its PDF text layer says "PROFESSIONAL EXPERIENCE".
    write_gold(pdf_name, [(s.upper(), t) for s, t in gold])


# ---------------------------------------------------------------------------
# 2. reportlab: header band + two columns, narrow column on the RIGHT, two pages
# ---------------------------------------------------------------------------
R2 = {
    "name": "Inés Vasquez-Hart",
    "title": "Lead Data Scientist  ·  Healthcare & Retail ML",
    "contact": "Boston, MA   |   ines.vasquezhart@example.com   |   (617) 555-0139   |   github.example.com/ivh",
    "profile": (
        "Data scientist who has spent eight years putting risk and demand models in front of the people "
        "who act on them: care managers, buyers and credit analysts. Comfortable owning a model from the "
        "first SQL query to the monthly retraining job."
    ),
    "roles": [
        {
            "title": "Lead Data Scientist", "company": "Corvid Health Analytics",
            "meta": "Boston, MA  ·  Jan 2022 – Present",
            "bullets": [
                "Own the readmission-risk model used by care managers at 11 partner hospitals, retraining it "
                "monthly on 2 million encounters.",
                "Rebuilt the scoring pipeline on Databricks after the nightly job began timing out at six "
                "hours; it now finishes in 40 minutes.",
                "Detected calibration drift after one hospital switched EHR vendors and added per-site "
                "recalibration, bringing the Brier score back to launch levels within two weeks.",
                "Trained an XGBoost no-show model with 0.77 AUC on retrospective data; it is now in a pilot "
                "at two outpatient clinics.",
                "Wrote the team's model card template and review checklist, now required before any model "
                "reaches production.",
            ],
        },
        {
            "title": "Senior Data Scientist", "company": "Lumen Retail Group",
            "meta": "Providence, RI  ·  Mar 2019 – Dec 2021",
            "bullets": [
                "Built a demand forecasting system for 900 stores, first with Prophet and later with a global "
                "LightGBM model, reducing weekly forecast error by 18%.",
                "Served the forecasts through an internal API that the replenishment team used to place "
                "30,000 orders a week.",
                "Investigated a spike in stock-outs traced to a holiday-calendar bug in the feature pipeline, "
                "and added backfill tests that caught two later regressions before release.",
                "Prototyped a price-elasticity model in a Jupyter notebook for the merchandising team.",
                "Migrated model training from a single EC2 instance to SageMaker Pipelines, cutting "
                "retraining cost by 35%.",
            ],
        },
        {
            "title": "Data Scientist", "company": "Northgate Credit Union",
            "meta": "Worcester, MA  ·  Jul 2016 – Feb 2019",
            "bullets": [
                "Developed a member churn model with logistic regression and SHAP explanations for the "
                "retention team.",
                "Automated the monthly regulatory reports in Python, replacing a three-day manual Excel process.",
                "Presented quarterly model performance reviews to the board risk committee.",
            ],
        },
        {
            "title": "Research Intern", "company": "Dana-Farber Biostatistics Core",
            "meta": "Boston, MA  ·  Summer 2015",
            "bullets": [
                "Fitted survival models in R to compare two follow-up schedules for a breast cancer cohort of "
                "4,000 patients.",
                "Cleaned and documented the cohort dataset so that later analysts could reproduce the study.",
            ],
        },
    ],
    "projects": [
        "Built a retrieval-augmented assistant over internal policy documents during a hackathon; it won "
        "the people's-choice award and was later adopted by the HR team.",
        "Benchmarked five open-weight language models on clinical note summarisation and shared the "
        "evaluation harness with two other analytics teams.",
        "Volunteer at a monthly data clinic, helping Boston non-profits clean donor data and build simple "
        "dashboards.",
    ],
    "right_p1": [
        ("SKILLS", ["Python · SQL · R", "pandas · scikit-learn", "XGBoost · LightGBM", "Databricks · Spark",
                    "SageMaker · MLflow", "Tableau · Looker"]),
        ("CERTIFICATIONS", ["AWS Certified Machine Learning – Specialty (2021)", "",
                            "Databricks Certified Data Engineer Associate (2023)"]),
        ("EDUCATION", ["M.S. Biostatistics", "Boston University, 2016", "", "B.S. Economics",
                       "Universidad de Puerto Rico, 2014"]),
    ],
    "right_p2": [
        ("LANGUAGES", ["English (native)", "Spanish (native)", "Portuguese (working)"]),
        ("TALKS", ["Calibration after the EHR migration – Boston ML Meetup, 2023"]),
        ("INTERESTS", ["Open-water swimming, community data clinics"]),
    ],
}


def make_reportlab() -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        FrameBreak,
        NextPageTemplate,
        PageTemplate,
        Paragraph,
        Spacer,
    )

    pdfmetrics.registerFont(TTFont("LS", str(LIB / "LiberationSans-Regular.ttf")))
    pdfmetrics.registerFont(TTFont("LS-B", str(LIB / "LiberationSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont("LS-I", str(LIB / "LiberationSans-Italic.ttf")))
    from reportlab.pdfbase.pdfmetrics import registerFontFamily
    registerFontFamily("LS", normal="LS", bold="LS-B", italic="LS-I", boldItalic="LS-B")

    band = colors.HexColor("#2E3A59")
    accent = colors.HexColor("#E07A5F")
    W, H = A4
    margin = 36
    band_h1, band_h2 = 96, 44
    gap = 18
    right_w = 150
    left_w = W - 2 * margin - gap - right_w

    def page1(c, d):
        c.saveState()
        c.setFillColor(band)
        c.rect(0, H - band_h1, W, band_h1, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("LS-B", 26)
        c.drawString(margin, H - 44, R2["name"])
        c.setFont("LS", 11.5)
        c.drawString(margin, H - 63, R2["title"])
        c.setFont("LS", 9)
        c.drawString(margin, H - 81, R2["contact"])
        c.setStrokeColor(colors.HexColor("#DDDDDD"))
        x = margin + left_w + gap / 2
        c.line(x, margin, x, H - band_h1 - 14)
        c.restoreState()

    def page2(c, d):
        c.saveState()
        c.setFillColor(band)
        c.rect(0, H - band_h2, W, band_h2, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("LS-B", 14)
        c.drawString(margin, H - 28, R2["name"])
        c.setFont("LS", 9)
        c.drawRightString(W - margin, H - 28, "Page 2 of 2")
        c.setStrokeColor(colors.HexColor("#DDDDDD"))
        x = margin + left_w + gap / 2
        c.line(x, margin, x, H - band_h2 - 14)
        c.restoreState()

    top1 = H - band_h1 - 14
    top2 = H - band_h2 - 14
    # page 1 frames: RIGHT (narrow) first so the sidebar story is placed, then LEFT;
    # overflow from LEFT continues in page 2's LEFT frame.
    p1 = PageTemplate("p1", frames=[
        Frame(margin + left_w + gap, margin, right_w, top1 - margin, id="r1", leftPadding=0, rightPadding=0),
        Frame(margin, margin, left_w, top1 - margin, id="l1", leftPadding=0, rightPadding=0),
    ], onPage=page1)
    p2 = PageTemplate("p2", frames=[
        Frame(margin, margin, left_w, top2 - margin, id="l2", leftPadding=0, rightPadding=0),
        Frame(margin + left_w + gap, margin, right_w, top2 - margin, id="r2", leftPadding=0, rightPadding=0),
    ], onPage=page2)

    name = "vasquez_hart_twocol.pdf"
    doc = BaseDocTemplate(str(OUT / name), pagesize=A4, leftMargin=margin, rightMargin=margin,
                          topMargin=margin, bottomMargin=margin, title=f"{R2['name']} – Resume",
                          author=R2["name"], invariant=1)
    doc.addPageTemplates([p1, p2])

    sec_l = ParagraphStyle("secl", fontName="LS-B", fontSize=11.5, leading=14, textColor=band,
                           spaceBefore=10, spaceAfter=5, keepWithNext=1)
    sec_r = ParagraphStyle("secr", fontName="LS-B", fontSize=9.5, leading=12, textColor=accent,
                           spaceBefore=10, spaceAfter=3)
    body = ParagraphStyle("body", fontName="LS", fontSize=9.8, leading=13.2)
    side = ParagraphStyle("side", fontName="LS", fontSize=9, leading=12)
    role = ParagraphStyle("role", fontName="LS-B", fontSize=10.5, leading=13.5, spaceBefore=7, keepWithNext=1)
    meta = ParagraphStyle("meta", fontName="LS-I", fontSize=9, leading=12, textColor=colors.HexColor("#666666"),
                          spaceAfter=3, keepWithNext=1)
    bul = ParagraphStyle("bul", parent=body, leftIndent=13, bulletIndent=2, bulletFontName="LS-B",
                         bulletColor=accent, spaceAfter=3.5)

    def esc(s: str) -> str:
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    story = [NextPageTemplate("p2")]
    for head, lines in R2["right_p1"]:
        story.append(Paragraph(head, sec_r))
        for ln in lines:
            story.append(Paragraph(esc(ln), side) if ln else Spacer(1, 5))
    story.append(FrameBreak())

    gold: list[tuple[str, str]] = []
    story.append(Paragraph("PROFILE", sec_l))
    story.append(Paragraph(esc(R2["profile"]), body))
    story.append(Paragraph("EXPERIENCE", sec_l))
    for r in R2["roles"]:
        story.append(Paragraph(f"{esc(r['title'])} <font name='LS' color='#E07A5F'>— {esc(r['company'])}</font>", role))
        story.append(Paragraph(esc(r["meta"]), meta))
        for b in r["bullets"]:
            story.append(Paragraph(esc(b), bul, bulletText="›"))
            gold.append(("EXPERIENCE", b))
    story.append(Paragraph("SELECTED PROJECTS", sec_l))
    for b in R2["projects"]:
        story.append(Paragraph(esc(b), bul, bulletText="›"))
        gold.append(("SELECTED PROJECTS", b))
    story.append(FrameBreak())
    for head, lines in R2["right_p2"]:
        story.append(Paragraph(head, sec_r))
        for ln in lines:
            story.append(Paragraph(esc(ln), side) if ln else Spacer(1, 5))
    doc.build(story)
    write_gold(name, gold)


# ---------------------------------------------------------------------------
# 3. xelatex + enumitem: "–" labels mixed with \item[$\bullet$], \hfill dates
# ---------------------------------------------------------------------------
R3 = {
    "name": "Kwabena Lindqvist",
    "contact": r"Oslo, Norway \quad\textperiodcentered\quad kwabena.lindqvist@example.com \quad\textperiodcentered\quad +47 555 01 284",
    "summary": (
        "Software engineer working where machine learning meets infrastructure. I build the feature stores, "
        "inference platforms and release tooling that let research models survive contact with production "
        "traffic, and I still enjoy training the occasional model myself."
    ),
    # each bullet: (label kind, text); kind "dash" = default enumitem label, "dot" = \item[$\bullet$]
    "sections": [
        ("EXPERIENCE", [
            ("Staff Software Engineer, ML Infrastructure", "Parallax Maps", "Apr 2020 – Present", [
                ("dash", "Designed the feature store that serves 3,000 features to 40 production models at 25,000 "
                         "requests per second with p99 latency under 12 ms."),
                ("dash", "Led the incident review after a stale embedding index served outdated map tiles for six "
                         "hours; added freshness alarms and an automatic rollback to the last good index."),
                ("dash", "Built a GPU batch-inference platform on Kubernetes and Ray that cut the cost of nightly "
                         "embedding jobs by 60%."),
                ("dot", "Trained a road-segment classifier on satellite imagery with a ResNet-50 backbone, reaching "
                        "92% accuracy on the labelled validation set."),
                ("dash", "Introduced canary releases for model servers, which caught two bad models before they "
                         "reached more than 1% of traffic."),
            ]),
            ("Software Engineer", "Fjordline Payments", "Aug 2016 – Mar 2020", [
                ("dash", "Wrote the Go service that scores card transactions for fraud in real time, handling "
                         "4 million transactions a day."),
                ("dot", "Fine-tuned a gradient-boosted fraud model on two years of chargeback data and compared it "
                        "offline against the vendor score."),
                ("dash", "Reduced false declines by 22% after tracing a spike to a currency-conversion bug in the "
                         "feature pipeline."),
                ("dash", "Maintained the Kafka consumers and Postgres schemas behind the transaction ledger and "
                         "served on the weekly on-call rotation."),
            ]),
            ("Research Assistant", "KTH Royal Institute of Technology", "Sep 2014 – Jun 2016", [
                ("dot", "Implemented differentially private SGD in PyTorch and measured its accuracy cost on three "
                        "image classification datasets."),
                ("dash", "Co-authored a workshop paper on privacy-preserving federated learning."),
            ]),
        ]),
        ("PROJECTS", [
            (None, None, None, [
                ("dash", "vecbench: an open-source benchmark for approximate nearest-neighbour indexes, cited in "
                         "two published comparisons."),
                ("dot", "Built a small transformer language model from scratch in JAX to learn the training stack, "
                        "and wrote up the scaling experiments."),
                ("dash", "Taught a six-week evening course on production machine learning at the Deichman public library."),
            ]),
        ]),
    ],
    "skills": [
        ("Languages", "Go, Python, Rust, SQL"),
        ("ML systems", "Ray, Kubernetes, Triton Inference Server, Feast, Kafka, Postgres"),
        ("Modelling", "PyTorch, JAX, XGBoost"),
    ],
    "education": [
        ("M.Sc. Computer Science, KTH Royal Institute of Technology", "2016"),
        ("B.Sc. Informatics, University of Oslo", "2014"),
    ],
}


def tex_escape(s: str) -> str:
    rep = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
           "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}
    return "".join(rep.get(ch, ch) for ch in s)


def make_latex() -> None:
    lines = [
        r"\documentclass[10pt]{article}",
        r"\usepackage[letterpaper,left=0.8in,right=0.8in,top=0.65in,bottom=0.7in]{geometry}",
        r"\usepackage{fontspec}",
        r"\usepackage{enumitem}",
        r"\usepackage{xcolor}",
        r"\pagestyle{empty}",
        r"\setlength{\parindent}{0pt}",
        r"\setlist[itemize]{label=\textendash, leftmargin=1.5em, labelsep=0.6em, itemsep=1.5pt, parsep=0pt, topsep=3pt}",
        r"\newcommand{\sectiontitle}[1]{\par\vspace{9pt}{\large\bfseries #1}\par\vspace{1pt}{\color{black!40}\rule{\linewidth}{0.4pt}}\par\vspace{2pt}}",
        r"\begin{document}",
        r"{\fontsize{22}{26}\selectfont\bfseries " + tex_escape(R3["name"]) + r"}\par\vspace{3pt}",
        R3["contact"] + r"\par",
        r"\sectiontitle{SUMMARY}",
        tex_escape(R3["summary"]) + r"\par",
    ]
    gold: list[tuple[str, str]] = []
    for sec, roles in R3["sections"]:
        lines.append(r"\sectiontitle{" + sec + "}")
        for title, org, dates, bullets in roles:
            if title:
                lines.append(r"\vspace{4pt}\textbf{" + tex_escape(title) + r"}, \textit{" + tex_escape(org)
                             + r"} \hfill " + tex_escape(dates).replace("–", "--") + r"\par")
            lines.append(r"\begin{itemize}")
            for kind, text in bullets:
                item = r"\item " if kind == "dash" else r"\item[$\bullet$] "
                lines.append(item + tex_escape(text))
                gold.append((sec, text))
            lines.append(r"\end{itemize}")
    lines.append(r"\sectiontitle{SKILLS}")
    for k, v in R3["skills"]:
        lines.append(r"\textbf{" + tex_escape(k) + r":} " + tex_escape(v) + r"\par")
    lines.append(r"\sectiontitle{EDUCATION}")
    for deg, yr in R3["education"]:
        lines.append(tex_escape(deg) + r" \hfill " + yr + r"\par")
    lines.append(r"\end{document}")
    name = "lindqvist_enumitem.pdf"
    with tempfile.TemporaryDirectory() as td:
        (Path(td) / "cv.tex").write_text("\n".join(lines) + "\n")
        for _ in range(2):
            subprocess.run(["xelatex", "-interaction=nonstopmode", "-halt-on-error", "cv.tex"], cwd=td,
                           check=True, stdout=subprocess.DEVNULL,
                           env={**os.environ, "SOURCE_DATE_EPOCH": "1714521600", "FORCE_SOURCE_DATE": "1"})
        shutil.copy(Path(td) / "cv.pdf", OUT / name)
    write_gold(name, gold)


# ---------------------------------------------------------------------------
# 4. plain-text export from a job site
# ---------------------------------------------------------------------------
R4 = {
    "header": [
        "Dmitri Halvorsen",
        "Senior Data Engineer",
        "Minneapolis, MN | dmitri.halvorsen@example.com | (612) 555-0147",
        "Profile exported from CareerHarbor on 05/14/2024",
    ],
    "summary": (
        "Data engineer with nine years of experience building batch and streaming pipelines, and more "
        "recently the serving side of forecasting models for the energy sector. Happiest when the pipeline "
        "is boring and the on-call pager is quiet."
    ),
    "exp_heading": "Work Experience",
    "roles": [
        ("Senior Data Engineer", "Tallgrass Energy Analytics - Minneapolis, MN", "January 2021 to Present", "o", [
            "Built the streaming pipeline (Kafka, Flink) that feeds a load-forecasting model used by grid "
            "operators every 15 minutes.",
            "Trained a temporal convolutional network for 24-hour load forecasting that beat the incumbent "
            "ARIMA baseline by 9% MAPE in backtests.",
            "Cut the forecast service's cold-start time from 4 minutes to 20 seconds by packaging models as "
            "ONNX and preloading them at deploy time.",
            "Responded to a data outage when a meter vendor switched timestamps to UTC without notice, then "
            "added contract tests on every upstream feed.",
            "Moved the warehouse from nightly full loads to incremental dbt models, reducing Snowflake spend "
            "by $18,000 a month.",
        ]),
        ("Data Engineer", "Quillon Media - St. Paul, MN", "March 2017 to December 2020", ">", [
            "Maintained the recommendation feature pipeline on Spark and Airflow for 8 million monthly readers.",
            "Built an article-similarity model with TF-IDF and later sentence embeddings for the read-next "
            "widget, which raised click-through by 6%.",
            "Rewrote the event ingestion job after it silently dropped mobile events for a week; added "
            "row-count reconciliation and paging alerts.",
            "Explored LDA topic models on the article archive in a notebook for the editorial team.",
            "Mentored two interns on writing testable PySpark jobs.",
        ]),
        ("Junior Analyst", "Hennepin County - Minneapolis, MN", "June 2015 to February 2017", "o", [
            "Wrote SQL reports on permit processing times for the county board.",
        ]),
    ],
    "proj_heading": "Key Projects",
    "projects": [
        ">", [
            "Trained a small image classifier to sort recycling photos for a community app and deployed it on "
            "a Raspberry Pi at the local drop-off depot.",
            "Contributed a Snowflake connector fix to an open-source data quality tool.",
        ],
    ],
    "skills": [
        "Languages: Python, SQL, Java, Bash",
        "Data: Kafka, Flink, Spark, Airflow, dbt, Snowflake, Postgres",
        "ML: PyTorch, ONNX Runtime, scikit-learn, MLflow",
    ],
    "education": [
        "B.S. Computer Science",
        "University of Minnesota - Twin Cities, 2015",
    ],
    "certs": [
        "Snowflake SnowPro Core (2022)",
        "Confluent Certified Developer for Apache Kafka (2021)",
    ],
}


def make_txt() -> None:
    W = 76
    eq, dash = "=" * W, "-" * W
    out: list[str] = []
    gold: list[tuple[str, str]] = []

    def heading(title: str) -> None:
        out.extend(["", eq, title.upper(), eq, ""])

    def bullet(glyph: str, text: str) -> None:
        wrapped = textwrap.wrap(text, width=W - 2, break_long_words=False, break_on_hyphens=False)
        out.append(f"{glyph} {wrapped[0]}")
        out.extend("  " + w for w in wrapped[1:])

    out.extend(R4["header"])
    heading("Professional Summary")
    out.extend(textwrap.wrap(R4["summary"], width=W))
    heading(R4["exp_heading"])
    for i, (title, org, dates, glyph, bullets) in enumerate(R4["roles"]):
        if i:
            out.extend(["", dash, ""])
        out.extend([title, org, dates, ""])
        for b in bullets:
            bullet(glyph, b)
            gold.append((R4["exp_heading"].upper(), b))
    heading(R4["proj_heading"])
    glyph, bullets = R4["projects"]
    for b in bullets:
        bullet(glyph, b)
        gold.append((R4["proj_heading"].upper(), b))
    heading("Skills")
    out.extend(R4["skills"])
    heading("Education")
    out.extend(R4["education"])
    out.extend(["", dash, ""])
    out.append("Certifications")
    out.extend(R4["certs"])
    name = "halvorsen_jobsite.txt"
    (OUT / name).write_text("\n".join(out) + "\n")
    write_gold(name, gold)


# ---------------------------------------------------------------------------
# 5. fpdf2: bold lead-in phrases, dates in a left gutter, 3-line bullets
# ---------------------------------------------------------------------------
R5 = {
    "name": "Yuki Brennan-Osei",
    "title": "Senior Machine Learning Engineer, Search & Recommendations",
    "contact": "Remote (Lisbon)  ·  yuki.brennanosei@example.com  ·  +1 (415) 555-0163",
    "summary": (
        "Machine learning engineer focused on ranking and recommendation systems. Nine years of shipping "
        "models that millions of people use every day, and of keeping them healthy after launch."
    ),
    "roles": [
        ("Senior Machine Learning Engineer", "Marigold Marketplace", "2021 – Present", "Remote", [
            ("Latency:", "cut p99 search-ranking latency from 480 ms to 140 ms by distilling the cross-encoder "
                         "into a two-tower model and caching item embeddings."),
            ("Ranking model:", "trained a LambdaMART ranker on 90 days of click logs, improving offline NDCG@10 by "
                               "3.1 points."),
            ("Reliability:", "after an embedding refresh job corrupted the ANN index and emptied search results "
                             "for 20 minutes, built index validation and blue-green index swaps so that a bad index "
                             "is never promoted; the failure has not recurred in 18 months of daily refreshes."),
            ("Experimentation:", "designed the interleaving framework used to evaluate every ranking change "
                                 "against live traffic, cutting experiment time from two weeks to four days."),
            ("Cost:", "moved embedding inference from on-demand GPU instances to spot-backed batch jobs with "
                      "checkpointing, saving about $40,000 a month while keeping the nightly refresh on schedule "
                      "even when spot capacity disappeared halfway through a run."),
            ("Mentoring:", "ran the team's weekly paper reading group and onboarded four new engineers."),
        ]),
        ("Machine Learning Engineer", "Orbital Learning", "2018 – 2021", "Boston, MA", [
            ("Personalisation:", "built the course recommendation service (PyTorch, TorchServe) that serves "
                                 "1.5 million learners."),
            ("Cold start:", "trained a content-based model on course syllabi to recommend new courses before "
                            "they had any enrolments, lifting new-course enrolment by 12% in an A/B test."),
            ("Data quality:", "found that a logging change had double-counted course completions and inflated "
                              "training labels for three months; rebuilt the label pipeline with deduplication, "
                              "retrained every affected model and added daily label-distribution checks that "
                              "page the on-call engineer."),
            ("Research:", "compared matrix factorisation, sequence models and GBDT rankers on historical data in "
                          "a notebook study shared with the product team."),
        ]),
        ("Data Analyst", "Brisk Courier Co.", "2016 – 2018", "Boston, MA", [
            ("Reporting:", "automated the weekly driver-performance reports in Python and SQL."),
        ]),
    ],
    "oss_heading": "OPEN SOURCE & TALKS",
    "oss": [
        ("rankeval-lite:", "maintainer of a small library for offline ranking metrics with about 1,200 "
                           "monthly downloads."),
        ("PyData Berlin 2023:", "presented a talk on shipping two-tower retrieval models without breaking search."),
    ],
    "skills": [
        ("Languages", "Python, Scala, SQL"),
        ("ML", "PyTorch, LightGBM, FAISS, TorchServe, Ray"),
        ("Platform", "Kubernetes, Airflow, BigQuery, GCP, AWS"),
    ],
    "education": [
        ("2016", "B.S. Computer Science, Northeastern University"),
    ],
}


def make_fpdf() -> None:
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    pdf = FPDF(format="letter", unit="mm")
    pdf.set_margins(16, 14, 16)
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_font("Lib", "", str(LIB / "LiberationSans-Regular.ttf"))
    pdf.add_font("Lib", "B", str(LIB / "LiberationSans-Bold.ttf"))
    pdf.add_font("Lib", "I", str(LIB / "LiberationSans-Italic.ttf"))
    pdf.set_title(f"{R5['name']} resume")
    pdf.set_creation_date(datetime.datetime(2024, 5, 1, tzinfo=datetime.UTC))
    pdf.add_page()
    PW = pdf.w
    L, R = 16, PW - 16
    gutter = 36
    MX = L + gutter + 4
    MW = R - MX
    accent = (46, 125, 50)

    pdf.set_font("Lib", "B", 24)
    pdf.set_text_color(*accent)
    pdf.cell(0, 11, R5["name"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Lib", "", 11.5)
    pdf.set_text_color(60, 60, 60)
    pdf.cell(0, 6, R5["title"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Lib", "", 9.5)
    pdf.cell(0, 6, R5["contact"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)

    def tab(title: str) -> None:
        if pdf.get_y() > pdf.h - 45:
            pdf.add_page()
        pdf.ln(3)
        y = pdf.get_y()
        pdf.set_fill_color(*accent)
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Lib", "B", 9)
        pdf.set_xy(L, y)
        tw = max(gutter, pdf.get_string_width("  " + title) + 4)
        pdf.cell(tw, 6, "  " + title, fill=True)
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.4)
        pdf.line(L + tw, y + 6, R, y + 6)
        pdf.set_text_color(30, 30, 30)
        pdf.set_xy(L, y + 9)

    gold: list[tuple[str, str]] = []

    def lead_bullet(section: str, lead: str, rest: str) -> None:
        y = pdf.get_y()
        pdf.set_font("Lib", "", 10)
        pdf.set_text_color(*accent)
        pdf.set_xy(MX, y)
        pdf.cell(4, 5, "•")
        pdf.set_text_color(30, 30, 30)
        pdf.set_xy(MX + 4, y)
        pdf.multi_cell(MW - 4, 5, f"**{lead}** {rest}", markdown=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.2)
        gold.append((section, f"{lead} {rest}"))

    tab("PROFILE")
    pdf.set_font("Lib", "", 10)
    pdf.set_x(MX)
    pdf.multi_cell(MW, 5, R5["summary"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    tab("EXPERIENCE")
    for title, org, dates, where, bullets in R5["roles"]:
        if pdf.get_y() > pdf.h - 40:
            pdf.add_page()
        y = pdf.get_y() + 1
        pdf.set_text_color(110, 110, 110)
        pdf.set_font("Lib", "", 9)
        pdf.set_xy(L, y + 0.4)
        pdf.cell(gutter, 5, dates)
        pdf.set_xy(L, y + 5)
        pdf.set_font("Lib", "I", 8.5)
        pdf.cell(gutter, 4.5, where)
        pdf.set_text_color(20, 20, 20)
        pdf.set_xy(MX, y)
        pdf.set_font("Lib", "B", 11)
        pdf.cell(pdf.get_string_width(title) + 1, 6, title)
        pdf.set_font("Lib", "", 11)
        pdf.set_text_color(*accent)
        pdf.cell(0, 6, "·  " + org, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_y(y + 8)
        for lead, rest in bullets:
            lead_bullet("EXPERIENCE", lead, rest)
        pdf.ln(1.5)

    tab(R5["oss_heading"])
    for lead, rest in R5["oss"]:
        lead_bullet(R5["oss_heading"], lead, rest)

    tab("SKILLS")
    for k, v in R5["skills"]:
        y = pdf.get_y()
        pdf.set_font("Lib", "B", 9.5)
        pdf.set_text_color(110, 110, 110)
        pdf.set_xy(L, y)
        pdf.cell(gutter, 5, k)
        pdf.set_font("Lib", "", 10)
        pdf.set_text_color(30, 30, 30)
        pdf.set_xy(MX, y)
        pdf.cell(MW, 5, v, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(0.8)

    tab("EDUCATION")
    for yr, deg in R5["education"]:
        y = pdf.get_y()
        pdf.set_font("Lib", "", 9)
        pdf.set_text_color(110, 110, 110)
        pdf.set_xy(L, y)
        pdf.cell(gutter, 5, yr)
        pdf.set_font("Lib", "", 10)
        pdf.set_text_color(30, 30, 30)
        pdf.set_xy(MX, y)
        pdf.cell(MW, 5, deg, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    name = "brennan_osei_leadin.pdf"
    pdf.output(str(OUT / name))
    write_gold(name, gold)


def main() -> None:
    make_docx()
    make_reportlab()
    make_latex()
    make_txt()
    make_fpdf()
    for g in sorted(OUT.glob("*.gold.json")):
        d = json.loads(g.read_text())
        print(f"{d['source']:32s} {len(d['bullets']):3d} bullets")


if __name__ == "__main__":
    main()
