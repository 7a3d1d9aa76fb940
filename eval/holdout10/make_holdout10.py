#!/usr/bin/env python
"""Regenerate the holdout10 .docx resumes and their gold JSON files.

Usage:  /work/venv/bin/python make_holdout10.py      (writes next to this script)

All people, employers, emails (@example.com) and phones (555) are fictional.
Written without reading prodgap's code or running it.
"""
import json
import os
import re
from xml.sax.saxutils import escape

import docx
from docx.enum.section import WD_SECTION
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Inches

HERE = os.path.dirname(os.path.abspath(__file__))
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = f'xmlns:w="{W}" xmlns:r="{R}"'
EXTRA_NS = ('xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
            'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
            'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
            'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"')


# ---------------------------------------------------------------- helpers
def run(text, rpr=""):
    """One w:r. `text` may contain '\n' -> soft line break (w:br)."""
    parts = text.split("\n")
    inner = '<w:br/>'.join(f'<w:t xml:space="preserve">{escape(p)}</w:t>' for p in parts)
    return f"<w:r>{'<w:rPr>' + rpr + '</w:rPr>' if rpr else ''}{inner}</w:r>"


def para(content, ppr="", extra_ns=False):
    """content: str (single run) or list of run-xml strings."""
    if isinstance(content, str):
        content = content if content.startswith("<") else (run(content) if content else "")
    else:
        content = "".join(content)
    ns = NS + (" " + EXTRA_NS if extra_ns else "")
    return parse_xml(f"<w:p {ns}>{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}{content}</w:p>")


def body_add(doc, p):
    body = doc.element.body
    body.find(qn("w:sectPr")).addprevious(p)
    return p


def cell_reset(cell):
    tc = cell._tc
    for p in tc.findall(qn("w:p")):
        tc.remove(p)
    return tc


def add_numbering(doc, abs_id, num_id, lvls_xml, multi="hybrid"):
    numbering = doc.part.numbering_part.element
    absn = parse_xml(f'<w:abstractNum {NS} w:abstractNumId="{abs_id}">'
                     f'<w:multiLevelType w:val="{multi}"/>{lvls_xml}</w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml(f'<w:num {NS} w:numId="{num_id}"><w:abstractNumId w:val="{abs_id}"/></w:num>'))


def lvl(ilvl, text, font=None, left=720, hanging=360, fmt="bullet"):
    rpr = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:hint="default"/></w:rPr>' if font else ""
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{escape(text)}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr>{rpr}</w:lvl>')


def numpr(num_id, ilvl=0):
    return f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'


def hyperlink(doc_part, url, text, rpr='<w:color w:val="1155CC"/><w:u w:val="single"/>'):
    rid = doc_part.relate_to(url, RT.HYPERLINK, is_external=True)
    return f'<w:hyperlink r:id="{rid}" w:history="1">{run(text, rpr)}</w:hyperlink>'


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\n", " ")).strip()


class Gold:
    def __init__(self, source):
        self.source = source
        self.bullets = []

    def add(self, text, section):
        self.bullets.append({"text": norm(text), "section": section})

    def write(self):
        with open(os.path.join(HERE, self.source.replace(".docx", ".gold.json")), "w", encoding="utf-8") as f:
            json.dump({"source": self.source, "bullets": self.bullets}, f, indent=2, ensure_ascii=False)
            f.write("\n")


# ================================================================ 1. Google Docs "Spearmint"-style two-column table
def make_gdocs_table():
    name = "gdocs_spearmint_table.docx"
    g = Gold(name)
    doc = docx.Document()
    # Google Docs: one abstractNum per list, lvl0 "●", lvl1 "○", lvl2 "■" (Arial)
    gd_lvls = (lvl(0, "●", "Arial", 720, 360) + lvl(1, "○", "Arial", 1440, 360) + lvl(2, "■", "Arial", 2160, 360))
    for i in range(4):
        add_numbering(doc, 200 + i, 200 + i, gd_lvls)

    rows = [
        ("", None),            # merged name/contact row
        ("EXPERIENCE", "exp"),
        ("PROJECTS", "proj"),
        ("EDUCATION", "edu"),
        ("SKILLS", "skills"),
    ]
    for attr in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(doc.sections[0], attr, Inches(0.6))
    table = doc.add_table(rows=len(rows), cols=2)
    tbl = table._tbl
    tblPr = tbl.tblPr
    tblPr.append(parse_xml(f'<w:tblLayout {NS} w:type="fixed"/>'))
    for r in table.rows:
        r.cells[0].width = Inches(1.6)
        r.cells[1].width = Inches(5.4)
    for gc, wd in zip(tbl.tblGrid.findall(qn("w:gridCol")), (2304, 7776)):
        gc.set(qn("w:w"), str(wd))
    top = table.cell(0, 0).merge(table.cell(0, 1))
    tc = cell_reset(top)
    tc.append(para(run("Maya Okonkwo-Reyes"), '<w:pStyle w:val="Title"/>'))
    tc.append(para([run("Machine Learning Engineer · Oakland, CA · maya.okonkwo@example.com · (510) 555-0142")]))

    def left(i, title):
        t = cell_reset(table.cell(i, 0))
        t.append(para(run(title), '<w:pStyle w:val="Heading1"/><w:spacing w:before="0"/>'))
        return t

    def role(tc_, line, dates):
        tc_.append(para(run(line, "<w:b/>"), '<w:pStyle w:val="Heading2"/>'))
        tc_.append(para(run(dates), '<w:pStyle w:val="Heading3"/>'))

    def bullet(tc_, text, section, num, ilvl=0):
        tc_.append(para(run(text), f'{numpr(num, ilvl)}<w:spacing w:before="0" w:after="0"/>'))
        g.add(text, section)

    # EXPERIENCE
    left(1, "EXPERIENCE")
    rt = cell_reset(table.cell(1, 1))
    role(rt, "Quillfeather Analytics, Oakland — Senior ML Engineer", "MARCH 2022 - PRESENT")
    for b in [
        "Trained a gradient-boosted churn model on 40M subscriber events, lifting recall@10% from 0.41 to 0.58 over the legacy logistic baseline.",
        "Moved batch scoring to a FastAPI service on Kubernetes with autoscaling; p99 latency held under 80 ms at 1.2k requests/s.",
        "Built a feature store backfill job in Spark that cut training-data preparation from two days to four hours.",
        "Added shadow deployments and drift alerts (PSI > 0.2) so that regressions surfaced before customers noticed them.",
    ]:
        bullet(rt, b, "EXPERIENCE", 200)
    bullet(rt, "Wrote the on-call runbook covering rollback, feature outages and stale-model detection.", "EXPERIENCE", 200, ilvl=1)
    role(rt, "Brightmoor Logistics, Sacramento — Data Scientist", "JUNE 2019 - FEBRUARY 2022")
    for b in [
        "Fine-tuned a BERT-base classifier to route 15k daily support tickets into 23 queues with macro-F1 of 0.87.",
        "Designed the offline evaluation harness with stratified holdouts and bootstrap confidence intervals used by three teams.",
        "Shipped an ETA regression model to the dispatch app, reducing late-delivery complaints by 12% quarter over quarter.",
        "Containerised notebooks into scheduled Airflow DAGs with unit tests, retiring eleven hand-run scripts.",
    ]:
        bullet(rt, b, "EXPERIENCE", 201)
    # PROJECTS
    left(2, "PROJECTS")
    rt = cell_reset(table.cell(2, 1))
    rt.append(para(run("tinyquant — open-source library", "<w:b/>"), '<w:pStyle w:val="Heading2"/>'))
    for b in [
        "Implemented post-training int8 quantisation for PyTorch linear layers, shrinking a 340 MB model to 92 MB with < 1% accuracy loss.",
        "Published reproducible benchmarks in CI comparing CPU throughput across three instance types.",
    ]:
        bullet(rt, b, "PROJECTS", 202)
    # EDUCATION (no bullets)
    left(3, "EDUCATION")
    rt = cell_reset(table.cell(3, 1))
    rt.append(para(run("Westbrook State University, Fresno — M.S. Statistics", "<w:b/>"), '<w:pStyle w:val="Heading2"/>'))
    rt.append(para(run("SEPTEMBER 2017 - MAY 2019"), '<w:pStyle w:val="Heading3"/>'))
    rt.append(para(run("Thesis on calibration of ensemble classifiers under label shift.")))
    # SKILLS: plain paragraphs (no list) — one bulleted line for languages
    left(4, "SKILLS")
    rt = cell_reset(table.cell(4, 1))
    rt.append(para(run("Python, SQL, Scala, PyTorch, XGBoost, Spark, Airflow, Kubernetes, Terraform, BigQuery")))
    for b in [
        "Languages: English (native), Spanish (professional), Yoruba (conversational)",
        "AWS Certified Machine Learning – Specialty (2023)",
    ]:
        bullet(rt, b, "SKILLS", 203)

    doc.save(os.path.join(HERE, name))
    g.write()
    return name, g


# ================================================================ 2. Word "Modern chronological"
def make_word_chrono():
    name = "word_modern_chronological.docx"
    g = Gold(name)
    doc = docx.Document()
    # Template-like Heading 1: caps + bottom border in the style itself
    h1 = doc.styles["Heading 1"].element
    ppr = h1.find(qn("w:pPr"))
    ppr.insert(0, parse_xml(f'<w:pBdr {NS}><w:bottom w:val="single" w:sz="12" w:space="1" w:color="2E74B5"/></w:pBdr>'))
    rpr = h1.find(qn("w:rPr"))
    rpr.append(parse_xml(f'<w:caps {NS}/>'))

    body_add(doc, para(run("Daniel Ferreira-Hale"), '<w:pStyle w:val="Title"/>'))
    body_add(doc, para(run("Denver, CO | (303) 555-0187 | daniel.fh@example.com | linkedin.example.com/in/dfh")))

    def h(t):
        body_add(doc, para(run(t), '<w:pStyle w:val="Heading1"/>'))

    def role(title, dates):
        body_add(doc, para(run(title, "<w:b/>")))
        body_add(doc, para(run(dates, "<w:i/>")))

    def lb(text, section, container=None):
        p = para(run(text), '<w:pStyle w:val="ListBullet"/>')
        if container is None:
            body_add(doc, p)
        else:
            container.append(p)
        g.add(text, section)

    h("Objective")
    body_add(doc, para(run("Data engineer who turns research models into dependable, observable production pipelines.")))
    h("Experience")
    role("Staff Data Engineer | Cobaltline Health", "January 2021 – Present")
    for b in [
        "Led migration of 300+ nightly ETL jobs from cron to Dagster, raising on-time completion from 91% to 99.6%.",
        "Built the training-data pipeline for a readmission-risk model (XGBoost, AUROC 0.81), including PHI de-identification and lineage tracking.",
        "Introduced data contracts and Great Expectations checks that blocked 40 bad upstream loads in the first quarter.",
        "Served model scores to clinicians through a low-latency Postgres-backed API with blue/green releases.",
        "Mentored four engineers; ran the weekly design review for the data platform group.",
    ]:
        lb(b, "Experience")
    role("Data Engineer | Tessera Freight", "August 2017 – December 2020")
    for b in [
        "Streamed 2B GPS pings/day through Kafka and Flink into a partitioned lakehouse on S3.",
        "Retrained the demand-forecasting model weekly with automated backtests, cutting MAPE from 18% to 11%.",
        "Reduced warehouse costs 35% by compacting small files and tuning clustering keys.",
    ]:
        lb(b, "Experience")
    h("Education")
    body_add(doc, para(run("B.S. Computer Science | Front Range Polytechnic", "<w:b/>")))
    body_add(doc, para(run("2013 – 2017", "<w:i/>")))
    h("Skills")
    table = doc.add_table(rows=1, cols=2)
    left_items = ["Python, SQL, Go", "Spark, Flink, Kafka", "Dagster, Airflow, dbt"]
    right_items = ["AWS (S3, EMR, SageMaker)", "MLflow model registry", "Terraform and GitHub Actions"]
    for cidx, items in enumerate([left_items, right_items]):
        tc = cell_reset(table.cell(0, cidx))
        for it in items:
            lb(it, "Skills", tc)
    # move the table before the body sectPr (add_table already does) — nothing else after it
    doc.save(os.path.join(HERE, name))
    g.write()
    return name, g


# ================================================================ 3. Functional / hybrid with Wingdings check-marks
def make_functional():
    name = "functional_hybrid_checkmarks.docx"
    g = Gold(name)
    doc = docx.Document()
    # Core competencies: Wingdings square (U+F0A7); experience: Wingdings check-mark (U+F0FC)
    add_numbering(doc, 300, 300, lvl(0, "\uf0a7", "Wingdings", 360, 360), multi="singleLevel")
    add_numbering(doc, 301, 301, lvl(0, "\uf0fc", "Wingdings", 720, 360), multi="singleLevel")

    body_add(doc, para(run("AIKO BRANDVOLD", '<w:b/><w:sz w:val="40"/>'), '<w:jc w:val="center"/>'))
    body_add(doc, para(run("Senior Machine Learning Engineer  •  Minneapolis, MN  •  aiko.brandvold@example.com  •  612-555-0133"),
                       '<w:jc w:val="center"/>'))
    body_add(doc, para(run("Profile"), '<w:pStyle w:val="Heading1"/>'))
    body_add(doc, para(run("Eight years building recommendation and forecasting systems, from first notebook to on-call rotation.")))

    def bullet(text, section, num):
        body_add(doc, para(run(text), f'<w:pStyle w:val="ListParagraph"/>{numpr(num)}<w:ind w:left="720" w:hanging="360"/>'))
        g.add(text, section)

    body_add(doc, para(run("Core Competencies"), '<w:pStyle w:val="Heading1"/>'))
    body_add(doc, para(run("Machine Learning", "<w:b/>")))
    for b in [
        "Ranking and recommendation models (two-tower retrieval, LightGBM re-rankers)",
        "Experiment design, offline/online metric alignment and A/B test analysis",
        "Distributed training on multi-GPU clusters with PyTorch DDP",
    ]:
        bullet(b, "Core Competencies", 300)
    body_add(doc, para(run("Data Engineering", "<w:b/>")))
    for b in [
        "Streaming feature pipelines with Kafka and Beam",
        "Warehouse modelling in dbt on Snowflake",
        "Data quality monitoring and lineage",
    ]:
        bullet(b, "Core Competencies", 300)

    body_add(doc, para(run("Professional Experience"), '<w:pStyle w:val="Heading1"/>'))
    body_add(doc, para([run("Lumenvale Retail", "<w:b/>"), run(" — Senior ML Engineer, Minneapolis (2020 – present)")]))
    for b in [
        "Trained a two-tower retrieval model on 900M impressions; online add-to-cart rate rose 6.4% in a four-week A/B test.",
        "Cut GPU training cost 38% by switching to mixed precision and sharded data loading.",
        "Deployed the re-ranker behind a gRPC service with canary analysis, serving 25k QPS at p95 of 35 ms.",
        "Set up weekly retraining with automatic rollback when offline NDCG dropped more than 2%.",
    ]:
        bullet(b, "Professional Experience", 301)
    body_add(doc, para([run("Orchard Signal Labs", "<w:b/>"), run(" — Data Scientist, St. Paul (2016 – 2020)")]))
    for b in [
        "Forecast store-level demand with hierarchical Prophet models, reducing stock-outs 9%.",
        "Packaged models as versioned Docker images and documented the handoff to the platform team.",
        "Automated a daily Snowflake-to-dashboard pipeline that replaced manual spreadsheet reports.",
    ]:
        bullet(b, "Professional Experience", 301)
    body_add(doc, para(run("Education"), '<w:pStyle w:val="Heading1"/>'))
    body_add(doc, para(run("B.A. Mathematics, Lakehaven College, 2016")))
    doc.save(os.path.join(HERE, name))
    g.write()
    return name, g


# ================================================================ 4. LibreOffice Writer-saved .docx
TXBX_PARAS = ["tomasz.ilunga@example.com", "+1 (412) 555-0166", "Pittsburgh, PA"]


def textbox_run():
    inner = "".join(f'<w:p><w:pPr><w:jc w:val="right"/></w:pPr>{run(t)}</w:p>' for t in TXBX_PARAS)
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="2" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="page"><wp:posOffset>4572000</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="page"><wp:posOffset>320040</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2514600" cy="640080"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        '<wp:docPr id="1" name="Frame1"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2514600" cy="640080"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr lIns="0" tIns="0" rIns="0" bIns="0" anchor="t"><a:noAutofit/></wps:bodyPr></wps:wsp>'
        '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict><v:rect id="Frame1" stroked="f" style="position:absolute;margin-left:360pt;'
        'margin-top:25.2pt;width:198pt;height:50.4pt;mso-position-horizontal-relative:page;'
        f'mso-position-vertical-relative:page"><v:fill on="f"/><v:textbox inset="0,0,0,0"><w:txbxContent>{inner}'
        '</w:txbxContent></v:textbox></v:rect></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    )


def make_libreoffice():
    name = "libreoffice_writer_export.docx"
    g = Gold(name)
    doc = docx.Document()
    styles = doc.styles.element
    # drop the "List Bullet" style entirely; add LibreOffice's "Text Body"
    for s in styles.findall(qn("w:style")):
        if s.get(qn("w:styleId")) in ("ListBullet",):
            styles.remove(s)
    styles.append(parse_xml(
        f'<w:style {NS} w:type="paragraph" w:styleId="TextBody"><w:name w:val="Text Body"/>'
        '<w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="0" w:after="140" w:line="276" w:lineRule="auto"/></w:pPr></w:style>'))
    lo_lvls = lvl(0, "\uf0b7", "Symbol", 720, 360) + lvl(1, "◦", "OpenSymbol", 1080, 360) + lvl(2, "▪", "OpenSymbol", 1440, 360)
    add_numbering(doc, 400, 400, lo_lvls)

    sec = doc.sections[0]
    sec.header.is_linked_to_previous = False
    hdr = sec.header._element
    for p in hdr.findall(qn("w:p")):
        hdr.remove(p)
    hdr.append(para([textbox_run(), run("TOMASZ ILUNGA", '<w:b/><w:sz w:val="36"/>')], '<w:pStyle w:val="Header"/>', extra_ns=True))
    hdr.append(para(run("Backend & ML Infrastructure Engineer", '<w:i/>'), '<w:pStyle w:val="Header"/>'))

    def head(t):
        body_add(doc, para(run(t, '<w:b/><w:bCs/><w:sz w:val="26"/><w:szCs w:val="26"/>'),
                           '<w:pStyle w:val="TextBody"/><w:spacing w:before="240" w:after="60"/>'))

    def plain(runs_, nonum=False):
        ppr = '<w:pStyle w:val="TextBody"/>' + (numpr(0) if nonum else "")
        body_add(doc, para(runs_, ppr))

    def bullet(pieces, section):
        """pieces: list of strings -> separate runs (LibreOffice rsid-style run splits)."""
        body_add(doc, para([run(x) for x in pieces], f'<w:pStyle w:val="TextBody"/>{numpr(400)}<w:spacing w:before="0" w:after="0"/>'))
        g.add("".join(pieces), section)

    head("Summary")
    plain([run("Backend engineer who has spent the last five years making model serving boring: fast, observable and cheap.")])
    head("Work History")
    plain([run("Vantor Mapping — Senior Software Engineer, ML Platform", "<w:b/>")])
    plain([run("Apr 2021 – Present", "<w:i/>")], nonum=True)
    for pieces in [
        ["Rewrote the tile-classification infer", "ence service in Rust, cutting p95 lat", "ency from 210 ms to 45 ms."],
        ["Built a GPU batch-inference scheduler on Ray that processes 30 TB of aerial imagery per week."],
        ["Fine-tuned a Seg", "Former segmentation model on 120k labelled tiles; building-footprint IoU improved from 0.71 to 0.79."],
        ["Added OpenTelemetry tracing and SLO dashboards; paging alerts fell by half."],
        ["Ran model-registry promotion gates (accuracy, latency, memory) in CI before every release."],
    ]:
        bullet(pieces, "Work History")
    plain([run("Halcyon Ridge Insurance — Software Engineer", "<w:b/>")], nonum=True)
    plain([run("Jul 2018 – Mar 2021", "<w:i/>")], nonum=True)
    for pieces in [
        ["Productionised a claims-fraud model as a Java microservice with feature caching in Redis."],
        ["Trained and calibrated a gradient-boosting model for claim triage (Brier score 0.09)."],
        ["Migrated the monolith’s reporting jobs to Kubernetes CronJobs with Helm charts."],
        ["Wrote the team’s load-testing suite in k6 and caught two capacity regressions before launch."],
    ]:
        bullet(pieces, "Work History")
    head("Education")
    plain([run("B.Eng. Software Engineering, Allegheny Institute of Technology, 2018")])
    head("Technical Skills")
    for pieces in [
        ["Rust, Go, Java, Python"],
        ["Ray, Triton Inference Server, ONNX Runtime"],
        ["Kubernetes, Helm, Terraform, Prometheus"],
    ]:
        bullet(pieces, "Technical Skills")
    doc.save(os.path.join(HERE, name))
    g.write()
    return name, g


# ================================================================ 5. Two-page: page break, section break, first-page header, hyperlinks, soft break
def make_two_page():
    name = "two_page_breaks_links.docx"
    g = Gold(name)
    doc = docx.Document()
    add_numbering(doc, 500, 500, lvl(0, "–", "Calibri", 360, 360) + lvl(1, "·", "Calibri", 720, 360))
    part = doc.part

    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    fh = sec.first_page_header._element
    for p in fh.findall(qn("w:p")):
        fh.remove(p)
    fh.append(para(run("CURRICULUM VITAE", '<w:sz w:val="16"/><w:color w:val="808080"/>'), '<w:jc w:val="right"/>'))
    dh = sec.header._element
    for p in dh.findall(qn("w:p")):
        dh.remove(p)
    dh.append(para(run("Renata Vasquez-Lind — page 2", '<w:sz w:val="16"/>'), '<w:jc w:val="right"/>'))

    body_add(doc, para(run("Renata Vasquez-Lind"), '<w:pStyle w:val="Title"/>'))
    body_add(doc, para([run("ML Platform Engineer · Austin, TX · "),
                        hyperlink(part, "mailto:renata.vl@example.com", "renata.vl@example.com"),
                        run(" · (512) 555-0119 · "),
                        hyperlink(part, "https://github.example.com/rvlind", "github.example.com/rvlind")]))

    def head(t):
        body_add(doc, para(run(t), '<w:pStyle w:val="Heading1"/>'))

    def role(line, dates):
        body_add(doc, para([run(line, "<w:b/>"), run("\t" + dates)], '<w:tabs><w:tab w:val="right" w:pos="9360"/></w:tabs>'))

    def bullet(content, section, gold_text, tail=""):
        body_add(doc, para(content if isinstance(content, list) else [run(content)],
                           f'<w:pStyle w:val="ListParagraph"/>{numpr(500)}'))
        g.add(gold_text, section)

    head("Summary")
    body_add(doc, para(run("Platform engineer focused on training infrastructure, evaluation and safe model rollout.")))
    head("Experience")
    role("Pinecrest Ledger — Lead ML Platform Engineer", "2022 – Present")
    for b in [
        "Designed a Kubeflow-based training platform used by 60 data scientists, with reproducible runs pinned to dataset snapshots.",
        "Cut median time-to-production for new models from six weeks to nine days via templated CI/CD and a model registry.",
        "Trained and distilled a transaction-categorisation transformer (110M → 22M params) for on-device use with 97% of teacher accuracy.",
    ]:
        bullet(b, "Experience", b)
    soft_a = "Built an evaluation service that replays a week of production traffic against candidate models"
    soft_b = "and blocks promotion when calibration or fairness metrics regress beyond agreed thresholds."
    bullet([run(soft_a + "\n" + soft_b)], "Experience", soft_a + " " + soft_b)
    role("Kestrel Grid Energy — Senior Data Engineer", "2019 – 2022")
    for b in [
        "Ingested smart-meter readings from 1.8M homes into a Delta Lake with exactly-once semantics.",
        "Trained load-forecasting models (LightGBM + temporal CNN ensemble) that lowered day-ahead error 14%.",
    ]:
        bullet(b, "Experience", b)
    last = "Deployed the forecasts as a nightly batch job with data-quality gates and Slack alerting."
    # manual page break typed at the end of this bullet (Ctrl+Enter)
    bullet([run(last), '<w:r><w:br w:type="page"/></w:r>'], "Experience", last)
    role("Marrowfield Research — Software Engineer", "2016 – 2019")
    for b in [
        "Maintained the Python SDK for the company’s annotation platform; 4k weekly downloads.",
        "Added active-learning sampling that reduced labelling volume 30% for the same model accuracy.",
    ]:
        bullet(b, "Experience", b)
    bullet([run("Open-sourced the label-audit tool ("), hyperlink(part, "https://github.example.com/rvlind/labelaudit", "labelaudit"),
            run("), now used by two partner universities.")],
           "Experience", "Open-sourced the label-audit tool (labelaudit), now used by two partner universities.")

    # section break (next page) before Publications & Talks
    new_sec = doc.add_section(WD_SECTION.NEW_PAGE)
    new_sec.different_first_page_header_footer = False
    head("Publications & Talks")
    for b in [
        "“Shadow Traffic for Safer Model Launches,” MLOps Community Meetup Austin, 2023.",
        "Co-author, “Cheap Calibration Checks for Production Classifiers,” Workshop on Applied ML Systems, 2022.",
    ]:
        bullet(b, "Publications & Talks", b)
    head("Skills")
    for b in [
        "Kubeflow, Argo Workflows, MLflow, Feast",
        "PyTorch, LightGBM, Hugging Face Transformers",
        "Go, Python, SQL, Terraform",
    ]:
        bullet(b, "Skills", b)
    head("Education")
    body_add(doc, para(run("M.S. Computer Science, Gulfshore University, 2016")))
    doc.save(os.path.join(HERE, name))
    g.write()
    return name, g


# ================================================================ verification
def para_texts(xml_bytes):
    from lxml import etree
    root = etree.fromstring(xml_bytes)
    out = []
    for p in root.iter(f"{{{W}}}p"):
        # direct text of this paragraph only (not nested txbx paragraphs)
        buf = []
        for el in p.iter(f"{{{W}}}t", f"{{{W}}}br", f"{{{W}}}tab", f"{{{W}}}p"):
            if el.tag == f"{{{W}}}p" and el is not p:
                continue
            if el.tag == f"{{{W}}}t":
                buf.append(el.text or "")
            else:
                buf.append(" ")
        out.append(norm("".join(buf)))
    return out


def verify(name, gold):
    import zipfile
    docx.Document(os.path.join(HERE, name))  # opens?
    with zipfile.ZipFile(os.path.join(HERE, name)) as z:
        texts = para_texts(z.read("word/document.xml"))
    missing = [b["text"] for b in gold.bullets if b["text"] not in texts]
    # independent order check: list paragraphs (direct numPr with numId != 0, or List Bullet style) in body order
    from lxml import etree
    with zipfile.ZipFile(os.path.join(HERE, name)) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    listed = []
    for p in root.iter(f"{{{W}}}p"):
        nid = p.find(f"{{{W}}}pPr/{{{W}}}numPr/{{{W}}}numId")
        sty = p.find(f"{{{W}}}pPr/{{{W}}}pStyle")
        if (nid is not None and nid.get(f"{{{W}}}val") != "0") or (sty is not None and sty.get(f"{{{W}}}val") == "ListBullet"):
            listed.append(para_texts(etree.tostring(p))[0])
    assert listed == [b["text"] for b in gold.bullets], (name, listed)
    assert not missing, (name, missing)
    assert 10 <= len(gold.bullets) <= 16, (name, len(gold.bullets))
    return len(gold.bullets)


if __name__ == "__main__":
    for fn in (make_gdocs_table, make_word_chrono, make_functional, make_libreoffice, make_two_page):
        n, g = fn()
        print(f"{n}: {verify(n, g)} bullets OK")
