#!/usr/bin/env python3
"""Build the holdout5 set: six fictional HTML/CSS resumes printed to PDF by
headless Chromium, plus a gold file (bullets in reading order + section) each.

Standard library only; Chromium is called through subprocess.

    python3 make_holdout5.py              # writes NAME.html, NAME.pdf, NAME.gold.json
    CHROMIUM=/path/to/chrome python3 make_holdout5.py

The gold is built from the same Python data that produces the HTML, so the
text of a bullet in the gold is exactly the text of its <li> (tags removed,
entities decoded, <br> and whitespace runs turned into one space, marker
glyphs -- which live in CSS -- not included).  Reading order of the gold is
chosen per file (see README.md), not taken from DOM order.
"""
import html
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
def plain(h):
    h = re.sub(r"<br\s*/?>", " ", h)
    h = re.sub(r"<svg.*?</svg>", " ", h, flags=re.S)
    h = re.sub(r"<[^>]+>", "", h)
    h = html.unescape(h)
    return " ".join(h.split())


def blist(section, items, cls="", tag="ul"):
    """Return (html, gold) for a list.  items: str or (str, [children])."""
    out = [f'<{tag} class="{cls}">' if cls else f"<{tag}>"]
    gold = []
    for it in items:
        text, kids = (it if isinstance(it, tuple) else (it, None))
        gold.append({"text": plain(text), "section": section})
        if kids:
            inner, g = blist(section, kids, cls="nested")
            out.append(f"  <li>{text}\n{inner}</li>")
            gold += g
        else:
            out.append(f"  <li>{text}</li>")
    out.append(f"</{tag}>")
    return "\n".join(out), gold


def page(title, css, body):
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>
{css}
</style></head>
<body>
{body}
</body></html>
"""


# --------------------------------------------------------------------------
# 1. default disc markers, nested circle lists, uppercase letter-spaced
#    headings with bottom border, flex role lines, several roles / company
# --------------------------------------------------------------------------
def r1():
    name = "h5_disc_nested"
    S_EXP = "PROFESSIONAL EXPERIENCE"   # source "Professional Experience", CSS uppercase
    css = """
@page { size: Letter; margin: 0.5in 0.7in; }
body { font-family: "Liberation Serif", "Times New Roman", serif; font-size: 10.5pt; color: #111; line-height: 1.3; }
header { text-align: center; margin-bottom: 8pt; }
header h1 { font-size: 20pt; margin: 0; letter-spacing: 0.04em; }
header .contact { font-size: 9.5pt; margin-top: 3pt; }
h2 { text-transform: uppercase; letter-spacing: 0.2em; font-size: 10.5pt; border-bottom: 1px solid #333;
     padding-bottom: 2pt; margin: 10pt 0 5pt 0; }
.role { margin-top: 5pt; }
.line1 { display: flex; justify-content: space-between; font-weight: bold; }
.line2 { font-style: italic; }
ul { margin: 2pt 0 0 0; padding-left: 18pt; }          /* default list-style: disc */
ul.nested { margin: 1pt 0; padding-left: 18pt; }         /* nested -> circle */
li { margin: 1.5pt 0; }
p.summary { margin: 0; text-align: justify; }
.edu { display: flex; justify-content: space-between; }
"""
    g = []
    l1, b = blist(S_EXP, [
        "Trained a LightGBM delivery-ETA model on 180M historical shipments, cutting mean absolute error from 41 to 27 minutes and replacing a rules engine that had been hand-tuned for four years.",
        "Shipped the ETA model behind a gRPC service serving 2.3M requests/day at p99 latency under 45 ms; after an upstream schema change silently nulled the carrier feature, added Great Expectations checks at ingestion and a shadow-traffic comparison that now blocks bad deploys before they reach customers.",
        ("Led the migration of twelve batch scoring jobs from cron on EC2 to Airflow on Kubernetes:", [
            "standardized Docker images and pinned dependency locks, removing a whole class of works-on-my-laptop failures;",
            "added per-job SLAs and PagerDuty alerts, reducing missed nightly runs from 6 per month to 0 over two quarters.",
        ]),
        "Mentored three junior engineers through their first on-call rotations and wrote the team's incident review template.",
    ]); g += b
    l2, b = blist(S_EXP, [
        "Built a demand-forecasting pipeline in PySpark and Prophet for 340 warehouses, improving weekly forecast MAPE from 18% to 11%.",
        "Designed a feature store on Redis and Parquet so that training and serving used the same feature definitions, eliminating a training/serving skew that had cost 3 points of recall.",
        "Ran A/B tests on route-batching heuristics; the winning variant reduced driver idle time by 9% and was rolled out to all regions.",
    ]); g += b
    l3, b = blist(S_EXP, [
        "Trained an XGBoost churn model on policyholder data (AUC 0.87) and worked with the retention team to turn its scores into a weekly call list.",
        ("Automated the monthly claims-fraud report with SQL and Python, saving analysts roughly two days of manual work each cycle:", [
            "replaced spreadsheet macros with tested, version-controlled notebooks;",
            "added data-quality alerts for late or duplicated claim files.",
        ]),
    ]); g += b
    body = f"""
<header>
  <h1>Daniel Okafor</h1>
  <div class="contact">Seattle, WA &nbsp;·&nbsp; (206) 555-0147 &nbsp;·&nbsp; daniel.okafor@example.com &nbsp;·&nbsp; github.com/dokafor-example</div>
</header>
<h2>Summary</h2>
<p class="summary">Machine learning engineer with seven years of experience taking forecasting and risk models from notebook to
production. Comfortable owning the whole path: data contracts, training, evaluation, serving, monitoring and the on-call rotation that comes with it.</p>
<h2>Professional Experience</h2>
<div class="role">
  <div class="line1"><span>Senior Machine Learning Engineer</span><span>Jan 2022 – Present</span></div>
  <div class="line2">Harborline Logistics · Seattle, WA</div>
{l1}
</div>
<div class="role">
  <div class="line1"><span>Machine Learning Engineer</span><span>Jun 2019 – Dec 2021</span></div>
  <div class="line2">Harborline Logistics · Tacoma, WA</div>
{l2}
</div>
<div class="role">
  <div class="line1"><span>Data Scientist</span><span>Aug 2017 – May 2019</span></div>
  <div class="line2">Cobalt Ridge Insurance · Portland, OR</div>
{l3}
</div>
<h2>Education</h2>
<div class="edu"><span><b>M.S. Computer Science</b>, University of Washington</span><span>2017</span></div>
<div class="edu"><span><b>B.S. Mathematics</b>, University of Lagos</span><span>2014</span></div>
<h2>Skills</h2>
<p>Python, SQL, PySpark, LightGBM, XGBoost, PyTorch, Airflow, Kubernetes, Docker, Terraform, AWS (SageMaker, EC2, S3), Great Expectations</p>
"""
    return name, page("Daniel Okafor – Resume", css, body), g


# --------------------------------------------------------------------------
# 2. two-column grid, dark LEFT sidebar with white text (skills/languages as
#    bullets, '›' via ::before), main column bullets drawn with li::before "▸"
# --------------------------------------------------------------------------
def r2():
    name = "h5_sidebar_left"
    S_SK, S_LANG, S_EXP = "SKILLS", "LANGUAGES", "EXPERIENCE"
    css = """
@page { size: Letter; margin: 0; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 9pt; color: #222; line-height: 1.35; }
.wrap { display: grid; grid-template-columns: 2.45in 1fr; height: 11in; }
aside { background: #1f2a44; color: #fff; padding: 0.55in 0.25in 0.4in 0.3in; }
main { padding: 0.5in 0.45in 0.4in 0.35in; }
aside h3 { text-transform: uppercase; letter-spacing: 0.2em; font-size: 8.5pt; color: #9fc2ff;
           border-bottom: 1px solid #4a5a80; padding-bottom: 2pt; margin: 16pt 0 6pt 0; }
aside .c div { margin: 2pt 0; font-size: 8.5pt; }
aside ul { list-style: none; margin: 0; padding: 0; }
aside li { position: relative; padding-left: 11pt; margin: 3pt 0; }
aside li::before { content: "›"; position: absolute; left: 0; color: #9fc2ff; font-weight: bold; }
aside p { margin: 2pt 0; }
main h1 { font-size: 22pt; margin: 0; color: #1f2a44; }
main .title { font-size: 11pt; color: #4a5a80; margin: 2pt 0 8pt 0; }
main h2 { text-transform: uppercase; letter-spacing: 0.2em; font-size: 10pt; color: #1f2a44;
          border-bottom: 2px solid #1f2a44; padding-bottom: 2pt; margin: 14pt 0 6pt 0; }
.role { margin-top: 8pt; }
.line1 { display: flex; justify-content: space-between; align-items: baseline; }
.line1 .t { font-weight: bold; font-size: 9.5pt; }
.line1 .d { font-size: 8.5pt; color: #555; white-space: nowrap; }
.line2 { color: #4a5a80; font-size: 8.5pt; margin-bottom: 2pt; }
main ul { list-style: none; margin: 3pt 0 0 0; padding: 0; }
main li { position: relative; padding-left: 13pt; margin: 2.5pt 0; }
main li::before { content: "▸"; position: absolute; left: 1pt; top: 0; color: #3b6fd1; }
"""
    side_sk, g_sk = blist(S_SK, [
        "Python · SQL · Scala",
        "Spark · Flink · Kafka",
        "dbt · Airflow · Dagster",
        "MLflow · Feast · Seldon",
        "AWS · GCP · Terraform",
    ])
    side_lang, g_lang = blist(S_LANG, [
        "Polish — native",
        "English — fluent",
        "German — conversational",
    ])
    gm = []
    l1, b = blist(S_EXP, [
        "Built the company's model-serving platform on Kubernetes and Seldon Core; 40+ models now deploy through one GitOps workflow with canary rollouts and automatic rollback.",
        "Cut p95 inference latency for the pricing model from 310 ms to 85 ms by moving feature lookups from Postgres to a Feast online store backed by Redis.",
        "After a timezone bug in an upstream Kafka topic shifted event timestamps by one hour and degraded the fraud model for two days, added drift monitors on input distributions and a schema-registry check in CI.",
        "Reduced GPU training spend by 38% by moving nightly retraining to spot instances with checkpoint-resume.",
    ]); gm += b
    l2, b = blist(S_EXP, [
        "Designed a Spark Structured Streaming pipeline ingesting 1.2B telematics events/day into Delta Lake, replacing a fragile hourly batch job.",
        "Introduced dbt with 600+ tests across 180 models; data incidents reported by analysts fell from ~15 to 3 per quarter.",
        "Trained a gradient-boosted model to predict trailer dwell time (R² 0.71), used by dispatch to reorder dock assignments.",
    ]); gm += b
    l3, b = blist(S_EXP, [
        "Migrated a 9 TB on-premise Oracle warehouse to BigQuery with zero reporting downtime.",
        "Wrote a Python library for idempotent incremental loads that four other teams adopted.",
        "Built the first recommendation prototype (implicit ALS) for the e-commerce site, lifting home-page click-through by 6% in a two-week test.",
    ]); gm += b
    body = f"""
<div class="wrap">
<aside>
  <h3>Contact</h3>
  <div class="c">
    <div>Chicago, IL</div>
    <div>(312) 555-0188</div>
    <div>tomasz.w@example.com</div>
    <div>linkedin.com/in/tomasz-w-example</div>
  </div>
  <h3>Skills</h3>
{side_sk}
  <h3>Languages</h3>
{side_lang}
  <h3>Education</h3>
  <p><b>B.Sc. Computer Science</b></p>
  <p>Warsaw University of Technology</p>
  <p>2011 – 2015</p>
</aside>
<main>
  <h1>Tomasz Wiśniewski</h1>
  <div class="title">MLOps &amp; Data Platform Engineer</div>
  <h2>Profile</h2>
  <p>Platform engineer who turns data-science prototypes into boring, reliable services. Eight years across streaming
  data, feature stores and model serving, with a bias for monitoring things before they break.</p>
  <h2>Experience</h2>
  <div class="role">
    <div class="line1"><span class="t">Staff MLOps Engineer</span><span class="d">Apr 2021 – Present</span></div>
    <div class="line2">Lumen Freight Analytics · Chicago, IL</div>
{l1}
  </div>
  <div class="role">
    <div class="line1"><span class="t">Senior Data Engineer</span><span class="d">Feb 2019 – Mar 2021</span></div>
    <div class="line2">Lumen Freight Analytics · Chicago, IL</div>
{l2}
  </div>
  <div class="role">
    <div class="line1"><span class="t">Data Engineer</span><span class="d">Jul 2015 – Jan 2019</span></div>
    <div class="line2">Vistula Retail Group · Kraków, Poland</div>
{l3}
  </div>
</main>
</div>
"""
    # reading order: left sidebar first (its own flow), then main column
    return name, page("Tomasz Wiśniewski – CV", css, body), g_sk + g_lang + gm


# --------------------------------------------------------------------------
# 3. dark RIGHT sidebar that comes FIRST in the DOM (grid areas put it on the
#    right), SVG background-image bullet markers, inline SVG contact icons,
#    links / <strong> / curly quotes / → / × / dashes / non-ASCII / ligatures
# --------------------------------------------------------------------------
def r3():
    name = "h5_sidebar_right_svg"
    S_EXP, S_VOL, S_TOOL, S_LANG = "Experience", "Volunteering", "TOOLBOX", "LANGUAGES"
    diamond = ("data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' width='8' height='8'>"
               "<path d='M4 0 L8 4 L4 8 L0 4 Z' fill='%23e07a5f'/></svg>")
    dot_w = ("data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' width='8' height='8'>"
             "<circle cx='4' cy='4' r='3' fill='none' stroke='white' stroke-width='1.4'/></svg>")
    css = f"""
@page {{ size: A4; margin: 0; }}
* {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; box-sizing: border-box; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: "DejaVu Sans", sans-serif; font-size: 9pt; line-height: 1.4; color: #1d1d1d; }}
.wrap {{ display: grid; grid-template-columns: 1fr 64mm; grid-template-areas: "main side"; height: 297mm; }}
aside {{ grid-area: side; background: #0f4c5c; color: #fff; padding: 16mm 7mm 10mm 7mm; }}
main {{ grid-area: main; padding: 14mm 9mm 10mm 14mm; }}
main h1 {{ font-family: "DejaVu Serif", serif; font-size: 22pt; margin: 0; }}
main .sub {{ font-size: 11pt; color: #0f4c5c; margin: 2pt 0 10pt 0; }}
main h2 {{ font-family: "DejaVu Serif", serif; font-size: 12pt; color: #0f4c5c; border-bottom: 1.5px solid #e07a5f;
           padding-bottom: 2pt; margin: 14pt 0 6pt 0; }}
.role {{ margin-top: 8pt; }}
.line1 {{ display: flex; justify-content: space-between; align-items: baseline; }}
.line1 b {{ font-size: 10pt; }}
.line1 span.d {{ color: #666; font-size: 8.5pt; }}
.line2 {{ color: #555; font-style: italic; margin-bottom: 2pt; }}
main ul {{ list-style: none; margin: 3pt 0 0 0; padding: 0; }}
main li {{ padding-left: 14pt; margin: 3pt 0;
           background: url("{diamond}") no-repeat 2pt 0.42em; background-size: 7pt 7pt; }}
a {{ color: #0f4c5c; }}
aside h3 {{ text-transform: uppercase; letter-spacing: 0.2em; font-size: 8.5pt; margin: 14pt 0 6pt 0; color: #f2cc8f; }}
aside .ct {{ display: flex; align-items: center; gap: 6pt; margin: 4pt 0; font-size: 8.3pt; }}
aside .ct svg {{ width: 10pt; height: 10pt; flex: none; }}
aside ul {{ list-style: none; padding: 0; margin: 0; }}
aside li {{ padding-left: 12pt; margin: 3pt 0;
            background: url("{dot_w}") no-repeat 0 0.45em; background-size: 6pt 6pt; }}
aside p {{ margin: 2pt 0; }}
"""
    ico = {
        "phone": '<svg viewBox="0 0 24 24"><path fill="#f2cc8f" d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2c.3-.3.7-.4 1-.2 1.1.4 2.3.6 3.6.6.6 0 1 .4 1 1V20c0 .6-.4 1-1 1A17 17 0 0 1 3 4c0-.6.4-1 1-1h3.5c.6 0 1 .4 1 1 0 1.3.2 2.5.6 3.6.1.3 0 .7-.2 1z"/></svg>',
        "mail": '<svg viewBox="0 0 24 24"><path fill="#f2cc8f" d="M2 5h20v14H2z M4 7v.5l8 5 8-5V7l-8 5z"/></svg>',
        "gh": '<svg viewBox="0 0 24 24"><circle cx="12" cy="12" r="10" fill="#f2cc8f"/><path fill="#0f4c5c" d="M9 19c-3 1-3-1.5-4-2m8 4v-3.5c0-1 .1-1.4-.5-2 2.8-.3 5.5-1.4 5.5-6a4.6 4.6 0 0 0-1.3-3.2 4.2 4.2 0 0 0-.1-3.2s-1-.3-3.4 1.3a11.5 11.5 0 0 0-6 0C6.8 2.8 5.8 3.1 5.8 3.1a4.2 4.2 0 0 0-.1 3.2A4.6 4.6 0 0 0 4.4 9.5c0 4.6 2.7 5.7 5.5 6-.6.6-.6 1.2-.5 2V21"/></svg>',
        "pin": '<svg viewBox="0 0 24 24"><path fill="#f2cc8f" d="M12 2a7 7 0 0 0-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 0 0-7-7zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5z"/></svg>',
    }
    side_tool, g_tool = blist(S_TOOL, [
        "PyTorch, Hugging Face, spaCy",
        "ONNX Runtime &amp; Triton",
        "Elasticsearch / OpenSearch",
        "Ray, Kubeflow, Argo Workflows",
    ])
    side_lang, g_lang = blist(S_LANG, [
        "Spanish (native)",
        "English (fluent)",
        "Portuguese (working proficiency)",
    ])
    gm = []
    l1, b = blist(S_EXP, [
        "Fine-tuned a <strong>multilingual BERT</strong> cross-encoder for legal-document re-ranking; nDCG@10 rose from 0.61 → 0.74 on a 4,000-query labelled set.",
        "Distilled the re-ranker 4× smaller with <strong>ONNX Runtime</strong> quantization so it fits the CPU-only office servers of on-premise clients — p95 latency 38 ms.",
        "Shipped the search API (<strong>FastAPI</strong> + OpenSearch) serving ~1.1M queries/day; when a tokenizer upgrade changed vocabulary IDs and silently broke cached embeddings, added an embedding-version check and a “golden query” canary that pages on-call.",
        "Wrote the team’s model-card template and an efficient, reproducible evaluation workflow — see <a href=\"https://quillmark.example.com/eval\">the public write-up</a>.",
    ]); gm += b
    l2, b = blist(S_EXP, [
        "Trained a <strong>CatBoost</strong> credit-default model (Gini 0.58) with monotonic constraints the risk office could sign off on.",
        "Built an offline/online feature-parity test that caught 3 leakage bugs before launch.",
        "Automated Spanish–English translation of 20k support tickets/month with a fine-tuned MarianMT model, freeing two analysts for fraud review.",
    ]); gm += b
    l3, b = blist(S_VOL, [
        "Mentor at the “Código Abierto” bootcamp — taught 30 students the basics of Git, Python &amp; SQL (2019–2023).",
    ]); gm += b
    body = f"""
<div class="wrap">
<aside>
  <h3>Contact</h3>
  <div class="ct">{ico['pin']}<span>Madrid, Spain</span></div>
  <div class="ct">{ico['phone']}<span>+1 (415) 555-0132</span></div>
  <div class="ct">{ico['mail']}<span>jose.nunez@example.com</span></div>
  <div class="ct">{ico['gh']}<span>github.com/jnunez-example</span></div>
  <h3>Toolbox</h3>
{side_tool}
  <h3>Languages</h3>
{side_lang}
  <h3>Education</h3>
  <p><b>M.Sc. Artificial Intelligence</b></p>
  <p>Universidad Politécnica de Madrid, 2017</p>
</aside>
<main>
  <h1>José Núñez Ortega</h1>
  <div class="sub">Machine Learning Engineer · Search &amp; NLP</div>
  <p>I build retrieval and language models that survive contact with real users — and the monitoring that tells us when they don’t.</p>
  <h2>Experience</h2>
  <div class="role">
    <div class="line1"><b>Machine Learning Engineer, Search &amp; NLP</b><span class="d">2020 – Present</span></div>
    <div class="line2">Quillmark Legal Tech — Madrid (remote-first)</div>
{l1}
  </div>
  <div class="role">
    <div class="line1"><b>Data Scientist</b><span class="d">2017 – 2020</span></div>
    <div class="line2">Bancaria Sol — Sevilla, Spain</div>
{l2}
  </div>
  <h2>Volunteering</h2>
{l3}
</main>
</div>
"""
    # reading order: main (left) column first, then the right sidebar
    return name, page("José Núñez Ortega – CV", css, body), gm + g_tool + g_lang


# --------------------------------------------------------------------------
# 4. two pages, @page margin boxes (running header + "Page N of M" footer),
#    square markers coloured with ::marker, a bullet split across the page
#    break, a string list-style ("– "), skills as <dl> (NOT bullets)
# --------------------------------------------------------------------------
def r4():
    name = "h5_two_page"
    S_EXP, S_OSS = "Experience", "Open Source & Community"
    css = """
@page { size: Letter; margin: 0.8in 0.8in 0.75in 0.8in;
  @top-right { content: "Mei-Ling Zhou — Résumé"; font: 8pt "Liberation Sans", sans-serif; color: #888; }
  @bottom-center { content: "Mei-Ling Zhou · Page " counter(page) " of " counter(pages); font: 8pt "Liberation Sans", sans-serif; color: #888; }
}
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: "Liberation Sans", Arial, sans-serif; font-size: 11pt; line-height: 1.5; color: #222; margin: 0; }
h1 { font-size: 24pt; margin: 0; color: #c0392b; }
.contact { margin: 2pt 0 6pt 0; color: #444; }
h2 { font-size: 12.5pt; background: #f6e3e0; border-left: 5px solid #c0392b; padding: 2pt 8pt; margin: 16pt 0 6pt 0; }
.role { margin-top: 10pt; }
.line1 { display: flex; justify-content: space-between; }
.line1 b { font-size: 11.5pt; }
.line2 { color: #666; }
ul { margin: 3pt 0 0 0; padding-left: 20pt; list-style-type: square; }
li { margin: 3pt 0; orphans: 1; widows: 1; }
li::marker { color: #c0392b; }
ul.dash { list-style-type: "–  "; }
dl { display: grid; grid-template-columns: 1.3in 1fr; row-gap: 3pt; margin: 0; }
dt { font-weight: bold; } dd { margin: 0; }
.spacer { height: 24pt; }
"""
    g = []
    l1, b = blist(S_EXP, [
        "Owned the online feature service (Go, gRPC, Bigtable) that serves 14 ML models across pricing, ETA and fraud at 60k QPS peak with 99.95% monthly availability.",
        "Designed the model registry and promotion workflow used by 70+ data scientists: every model version carries its training-data snapshot, evaluation report and owner, and promotion to production requires a passing shadow evaluation against live traffic.",
        "Trained and launched a surge-pricing elasticity model (PyTorch, two-tower) that improved marketplace conversion by 2.1% in a four-week geo-split experiment.",
        "When a mobile client release began sending distances in miles instead of kilometres, the ETA model's error tripled within an hour; led the incident, added unit-aware schema contracts at the API gateway and range checks in the feature pipeline, and wrote the postmortem that the organization later adopted as its standard template for data incidents.",
        "Reduced training-cluster cost by 31% by bin-packing jobs with a custom Kubernetes scheduler plugin and preemptible node pools.",
        "Built a backfill tool that recomputes a year of point-in-time-correct features in under four hours, replacing a two-week manual process.",
    ]); g += b
    l2, b = blist(S_EXP, [
        "Implemented the first real-time fraud scoring path: Kafka consumers in Java, a logistic-regression model exported to PMML, and a rules fallback that kept checkout working during model outages.",
        "Migrated 200+ cron jobs to Airflow with retries, SLAs and lineage metadata.",
        "Wrote the on-call runbooks for the payments data pipeline and cut mean time to recovery from 95 to 30 minutes.",
    ]); g += b
    l3, b = blist(S_EXP, [
        "Prototyped a readmission-risk classifier with scikit-learn on de-identified records and presented the results to the clinical informatics team.",
        "Added integration tests for the HL7 ingestion service, raising coverage from 22% to 68%.",
    ]); g += b
    l4, b = blist(S_OSS, [
        "Maintainer of feastctl-lite, a small CLI for inspecting feature-store registries (≈1.4k GitHub stars).",
        "Contributor to Apache Airflow: fixed a race condition in the Kubernetes executor's pod-adoption logic.",
        "Co-organizer of the Bay Area MLOps meetup, 2019–2023; hosted 28 talks.",
    ], cls="dash"); g += b
    body = f"""
<h1>Mei-Ling Zhou</h1>
<div class="contact">San Francisco, CA | (415) 555-0176 | meiling.zhou@example.com | meilingzhou.example.com</div>
<h2>Summary</h2>
<p>Software engineer on ML platform teams for eight years. I like the unglamorous parts of machine learning — feature
pipelines, registries, backfills, incident reviews — because that is where most production model failures actually start.
Looking for a staff-level platform role with real on-call ownership.</p>
<div class="spacer"></div>
<h2>Experience</h2>
<div class="role">
  <div class="line1"><b>Senior Software Engineer, ML Platform</b><span>Mar 2020 – Present</span></div>
  <div class="line2">Kestrel Mobility · San Francisco, CA</div>
{l1}
</div>
<div class="role">
  <div class="line1"><b>Software Engineer</b><span>Jul 2017 – Feb 2020</span></div>
  <div class="line2">Kestrel Mobility · San Francisco, CA</div>
{l2}
</div>
<div class="role">
  <div class="line1"><b>Software Engineer Intern</b><span>Summer 2016</span></div>
  <div class="line2">Arbor Health Systems · Boston, MA</div>
{l3}
</div>
<h2>Open Source &amp; Community</h2>
{l4}
<h2>Skills</h2>
<dl>
  <dt>Languages</dt><dd>Go, Python, Java, SQL</dd>
  <dt>ML</dt><dd>PyTorch, scikit-learn, XGBoost</dd>
  <dt>Infrastructure</dt><dd>Kubernetes, Kafka, Bigtable, Airflow, Terraform, GCP</dd>
</dl>
<h2>Education</h2>
<p><b>B.S. Electrical Engineering and Computer Sciences</b>, University of California, Berkeley — 2017</p>
"""
    return name, page("Mei-Ling Zhou – Résumé", css, body), g


# --------------------------------------------------------------------------
# 5. compact TABLE layout: dates/location cell on the left, title + bullets in
#    the right cell; list-style-position: inside; small-caps headings;
#    skills as a 2-column table (NOT bullets)
# --------------------------------------------------------------------------
def r5():
    name = "h5_table"
    S_EXP, S_AW = "Work Experience", "Awards"   # small-caps: kept in source case, see README
    css = """
@page { size: Letter; margin: 0.55in 0.6in; }
body { font-family: "Liberation Serif", serif; font-size: 10pt; line-height: 1.25; color: #000; margin: 0; }
table { border-collapse: collapse; width: 100%; }
td { vertical-align: top; padding: 2pt 4pt; }
table.head td { padding: 0; }
table.head h1 { font-size: 19pt; margin: 0; font-variant: small-caps; }
table.head .r { text-align: right; font-size: 9pt; line-height: 1.35; }
h2 { font-variant: small-caps; font-size: 12pt; border-bottom: 1px solid #000; margin: 10pt 0 4pt 0; padding-bottom: 1pt; }
td.when { width: 1.25in; font-size: 9pt; color: #333; }
td.what .t { font-weight: bold; }
td.what ul { margin: 2pt 0 4pt 0; padding: 0; list-style: disc inside; }
td.what li { margin: 1pt 0; }
table.rows tr + tr td { border-top: 0.5px dotted #999; }
table.skills td.k { width: 1.25in; font-weight: bold; }
ul.aw { margin: 2pt 0; padding-left: 16pt; list-style-type: circle; }
"""
    g = []
    l1, b = blist(S_EXP, [
        "Trained a transaction-fraud model (XGBoost + graph features) that raised recall at 0.5% FPR from 62% to 79%.",
        "Shipped it as a Triton ensemble behind the payments API, scoring 4M transactions/day within a 20 ms latency budget.",
        "After a currency-code schema change in the ledger broke two amount features, added contract tests between the ledger and feature teams and a daily feature-null dashboard.",
        "Set up weekly retraining with automatic champion/challenger evaluation in MLflow.",
    ]); g += b
    l2, b = blist(S_EXP, [
        "Built the mobile-money KYC document classifier (ResNet-50, 96.4% accuracy) and its human-review fallback queue.",
        "Cut manual KYC review volume by 55% while keeping false accepts below the regulator's 0.1% threshold.",
    ]); g += b
    l3, b = blist(S_EXP, [
        "Trained a churn model for 11M prepaid subscribers (AUC 0.83) and designed the retention-offer experiment that used it.",
        "Built network-outage forecasting in Python and SQL that gave field teams 6 hours' advance warning on average.",
        "Documented and cleaned the subscriber data mart, retiring 40 unused tables.",
        "Taught an internal SQL course attended by 120 colleagues.",
    ]); g += b
    l4, b = blist(S_AW, [
        "Best Applied Paper, Deep Learning Indaba 2022",
        "Saffron Payments Engineering Excellence Award, 2023",
    ], cls="aw"); g += b
    body = f"""
<table class="head"><tr>
  <td><h1>Kwame Asante-Boateng</h1><div>Machine Learning Engineer</div></td>
  <td class="r">Accra, Ghana<br>+1 (617) 555-0193<br>kwame.ab@example.com<br>kwame-ab.example.com</td>
</tr></table>
<h2>Work Experience</h2>
<table class="rows">
<tr><td class="when">2021 – Present<br>Accra, Ghana (remote)</td>
    <td class="what"><div class="t">Lead ML Engineer, Saffron Payments</div>
{l1}
    </td></tr>
<tr><td class="when">2019 – 2021<br>Accra, Ghana</td>
    <td class="what"><div class="t">Machine Learning Engineer, Saffron Payments</div>
{l2}
    </td></tr>
<tr><td class="when">2016 – 2019<br>Kumasi, Ghana</td>
    <td class="what"><div class="t">Data Scientist, Meridian Telecom</div>
{l3}
    </td></tr>
</table>
<h2>Education</h2>
<table class="rows">
<tr><td class="when">2014 – 2016</td><td class="what"><span class="t">M.Sc. Data Science</span>, University of Edinburgh</td></tr>
<tr><td class="when">2010 – 2014</td><td class="what"><span class="t">B.Sc. Computer Engineering</span>, Kwame Nkrumah University of Science and Technology</td></tr>
</table>
<h2>Skills</h2>
<table class="skills">
<tr><td class="k">Languages</td><td>Python, SQL, Go, Bash</td></tr>
<tr><td class="k">Modelling</td><td>XGBoost, PyTorch, scikit-learn, graph features, survival models</td></tr>
<tr><td class="k">Production</td><td>Triton, MLflow, Docker, Kubernetes, Airflow, GCP</td></tr>
</table>
<h2>Awards</h2>
{l4}
"""
    return name, page("Kwame Asante-Boateng – CV", css, body), g


# --------------------------------------------------------------------------
# 6. LaTeX-look single column (Latin Modern, justified, ligatures), em-dash
#    markers via ::before, projects with "› " string markers and links,
#    numbered publications via CSS counters "[1]", talks, skills as bullets
#    ("Languages: Python, Go, SQL"), a bullet with a forced <br>, <code>
# --------------------------------------------------------------------------
def r6():
    name = "h5_projects_pubs"
    S_EXP, S_PROJ, S_PUB, S_TALK, S_SK = "Experience", "Selected Projects", "Publications", "Talks", "Skills"
    css = """
@page { size: A4; margin: 16mm 18mm; }
body { font-family: "Latin Modern Roman", "LM Roman 10", serif; font-size: 10.5pt; line-height: 1.28; margin: 0; color: #111; }
header { text-align: center; }
header h1 { font-size: 22pt; font-weight: normal; margin: 0; letter-spacing: 0.03em; }
header .c { font-size: 9.5pt; margin-top: 3pt; }
h2 { font-size: 12pt; color: #1a3e72; margin: 11pt 0 4pt 0; display: flex; align-items: center; gap: 8pt; }
h2::after { content: ""; flex: 1; border-bottom: 0.8px solid #1a3e72; }
.role { margin-top: 5pt; }
.line1 { display: flex; justify-content: space-between; }
.line1 .d { font-style: italic; }
ul, ol { margin: 2pt 0 0 0; padding-left: 16pt; text-align: justify; }
li { margin: 1.5pt 0; }
ul.em { list-style: none; }
ul.em li { position: relative; }
ul.em li::before { content: "—"; position: absolute; left: -15pt; color: #1a3e72; }
ul.proj { list-style-type: "›  "; }
ol.pub { list-style: none; counter-reset: pub; padding-left: 22pt; }
ol.pub li { counter-increment: pub; position: relative; }
ol.pub li::before { content: "[" counter(pub) "]"; position: absolute; left: -22pt; }
ul.sk { list-style-type: disc; }
code { font-family: "Latin Modern Mono", "LM Mono 10", monospace; font-size: 10pt; }
a { color: #1a3e72; text-decoration: none; }
"""
    g = []
    l1, b = blist(S_EXP, [
        "Trained a temporal-fusion transformer for 48-hour wind-farm output forecasting; MAE fell 17% vs. the incumbent gradient-boosting baseline.",
        "Productionised the forecaster on Vertex AI: 96 sites × 15-min resolution, retrained nightly, served to the trading desk’s bidding system.",
        "When a turbine-vendor firmware update renamed SCADA fields and the pipeline silently filled zeros, added schema contracts with <code>pandera</code> and a “flat-line” detector that now halts the nightly run.",
        "Reduced the offline evaluation workflow from 6 h to 40 min by caching weather-ensemble features in Zarr.",
    ], cls="em"); g += b
    l2, b = blist(S_EXP, [
        "Co-developed a self-supervised pre-training recipe for satellite imagery, improving few-shot crop-type classification by 9 pp.",
        "Maintained the lab’s Slurm cluster tooling and an efficient data loader for 40 TB of GeoTIFFs.",
        "Supervised two M.Sc. theses:<br>“Calibrated uncertainty for solar nowcasting” and “Label-efficient flood mapping”.",
    ], cls="em"); g += b
    l3, b = blist(S_PROJ, [
        "<strong>tidewatch</strong> — open-source drift-monitoring library for time-series models, ~900 stars; docs at <a href=\"https://tidewatch.example.com\">tidewatch.example.com</a>.",
        "<strong>fjord-bench</strong> — a benchmark of 30 public energy-forecasting datasets with fixed splits and a leaderboard.",
        "<strong>Offline-first label tool</strong> — a small Svelte + SQLite app for annotating time-series anomalies in the field.",
    ], cls="proj"); g += b
    l4, b = blist(S_PUB, [
        "Z. Lindqvist, A. Berg, and K. Haugen. “Flat-lines and Phantom Zeros: Data Validation for Renewable Forecasting.” In <em>Proc. Workshop on Data-Centric ML</em>, 2023.",
        "Z. Lindqvist and M. Eriksson. “Few-Shot Crop Mapping with Self-Supervised Pre-training.” <em>Remote Sensing Letters</em>, 14(3):211–220, 2021.",
    ], cls="pub", tag="ol"); g += b
    l5, b = blist(S_TALK, [
        "“Your model is fine, your features are not” — PyData Oslo, 2023.",
        "“Shipping forecasts to traders: lessons from 18 months in production” — MLOps Nordics, 2022.",
    ], cls="em"); g += b
    l6, b = blist(S_SK, [
        "<b>Languages:</b> Python, Go, SQL",
        "<b>ML:</b> PyTorch, JAX, scikit-learn, LightGBM",
        "<b>Infra:</b> Vertex AI, Kubernetes, Terraform, Airflow",
        "<b>Spoken:</b> Swedish (native), English (fluent), Norwegian (fluent)",
    ], cls="sk"); g += b
    body = f"""
<header>
  <h1>Zoë Lindqvist</h1>
  <div class="c">Oslo, Norway &nbsp;|&nbsp; +1 (646) 555-0121 &nbsp;|&nbsp; zoe.lindqvist@example.com &nbsp;|&nbsp; zlindqvist.example.com</div>
</header>
<h2>Experience</h2>
<div class="role">
  <div class="line1"><span><b>Machine Learning Engineer</b> — Fjordlight Energy, Oslo</span><span class="d">2021–present</span></div>
{l1}
</div>
<div class="role">
  <div class="line1"><span><b>Research Engineer</b> — Aurora Compute Lab, Uppsala</span><span class="d">2018–2021</span></div>
{l2}
</div>
<h2>Selected Projects</h2>
{l3}
<h2>Publications</h2>
{l4}
<h2>Talks</h2>
{l5}
<h2>Skills</h2>
{l6}
<h2>Education</h2>
<div class="line1"><span><b>M.Sc. Computational Science</b>, Uppsala University</span><span class="d">2018</span></div>
"""
    return name, page("Zoë Lindqvist – CV", css, body), g


# --------------------------------------------------------------------------
def print_pdf(html_path, pdf_path):
    base = [CHROMIUM, "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            f"--print-to-pdf={pdf_path}", "file://" + html_path]
    for headless in ("--headless=new", "--headless"):
        cmd = base[:1] + [headless] + base[1:]
        r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
        if r.returncode == 0 and os.path.exists(pdf_path) and os.path.getsize(pdf_path) > 0:
            return
    sys.exit(f"chromium failed for {html_path}:\n{r.stderr.decode(errors='replace')[-2000:]}")


def main():
    for fn in (r1, r2, r3, r4, r5, r6):
        name, doc, gold = fn()
        hp = os.path.join(HERE, name + ".html")
        pp = os.path.join(HERE, name + ".pdf")
        with open(hp, "w", encoding="utf-8") as f:
            f.write(doc)
        if os.path.exists(pp):
            os.remove(pp)
        print_pdf(hp, pp)
        with open(os.path.join(HERE, name + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump({"source": name + ".pdf", "bullets": gold}, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print(f"{name}.pdf  {len(gold)} bullets")


if __name__ == "__main__":
    main()
