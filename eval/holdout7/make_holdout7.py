#!/usr/bin/env python3
"""Regenerate the holdout7 resume set (PDF + gold JSON) from scratch.

Usage:  /work/venv/bin/python make_holdout7.py

Every person, employer, email (@example.com) and phone (555) is fictional.
Bullet texts live once in this file; the LaTeX/HTML/reportlab renderers and the
gold JSON are both generated from the same strings, so gold == what is printed.
Inline markup in bullet strings: **bold** (rendered bold, stripped in gold).
"""
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")


# ----------------------------------------------------------------- helpers
def plain(s):
    """Gold text: markup stripped, whitespace normalised."""
    return re.sub(r"\s+", " ", s.replace("**", "")).strip()


_TEX_ESC = {"&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
            "{": r"\{", "}": r"\}"}


def tex(s):
    parts = s.split("**")
    out = []
    for i, p in enumerate(parts):
        p = "".join(_TEX_ESC.get(c, c) for c in p)
        out.append(r"\textbf{%s}" % p if i % 2 else p)
    return "".join(out)


def html(s):
    import html as h
    parts = s.split("**")
    return "".join("<b>%s</b>" % h.escape(p) if i % 2 else h.escape(p)
                   for i, p in enumerate(parts))


def write_gold(name, bullets):
    data = {"source": name + ".pdf",
            "bullets": [{"text": plain(t), "section": sec} for sec, t in bullets]}
    with open(os.path.join(HERE, name + ".gold.json"), "w") as f:
        json.dump(data, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return len(bullets)


def run_xelatex(name):
    env = dict(os.environ)
    env["TEXINPUTS"] = SRC + "//:" + env.get("TEXINPUTS", "")
    for _ in range(2):
        r = subprocess.run(["xelatex", "-interaction=nonstopmode", "-halt-on-error",
                            "-output-directory", SRC, os.path.join(SRC, name + ".tex")],
                           cwd=SRC, env=env, capture_output=True, text=True)
        if r.returncode != 0:
            sys.stdout.write(r.stdout[-3000:])
            raise SystemExit("xelatex failed for " + name)
    shutil.move(os.path.join(SRC, name + ".pdf"), os.path.join(HERE, name + ".pdf"))
    for ext in (".aux", ".log", ".out"):
        p = os.path.join(SRC, name + ext)
        if os.path.exists(p):
            os.remove(p)


def write_src(fname, text):
    with open(os.path.join(SRC, fname), "w") as f:
        f.write(text)


# =====================================================================
# 1. moderncv "classic" (real moderncv class, blue)   -> h7_moderncv_classic
# =====================================================================
def build_moderncv():
    name = "h7_moderncv_classic"
    jobs = [
        ("2021--Present", "Senior Machine Learning Engineer", "Lumenfold Analytics", "Portland, OR", [
            "Trained gradient-boosted and transformer-based churn models on 48M customer events, lifting recall at fixed precision from 0.61 to **0.74** and cutting monthly churn by 9%.",
            "Moved offline batch scoring to an online feature store (Feast + Redis), reducing feature staleness from 24 hours to under 5 minutes.",
            "Packaged models as Docker images served behind a FastAPI gateway on Kubernetes, sustaining 2,400 requests/s at p99 latency of 38 ms.",
            "Introduced shadow deployments and automated canary analysis, catching two regressions before they reached more than 1% of traffic.",
            "Built drift dashboards in Grafana with population-stability alerts wired to PagerDuty; mean time to detect data issues fell from days to 40 minutes.",
            "Mentored four engineers and ran the weekly model-review meeting covering experiment design, leakage checks and rollout plans.",
        ]),
        ("2018--2021", "Machine Learning Engineer", "Brightwater Logistics", "Tacoma, WA", [
            "Fine-tuned a LightGBM demand-forecasting model per warehouse region, reducing weighted MAPE from 23% to 15% across 1,100 SKUs.",
            "Wrote Airflow DAGs for nightly retraining with data-validation gates (Great Expectations), eliminating silent failures from malformed vendor feeds.",
            "Deployed the forecasting service on AWS SageMaker endpoints with blue/green releases and automatic rollback on error-rate spikes.",
            "Cut GPU training cost 37% by switching hyperparameter search to Optuna with early pruning and spot instances.",
        ]),
        ("2016--2018", "Data Analyst", "Corvid Health Labs", "Seattle, WA", [
            "Automated weekly clinical-trial enrollment reports in Python and SQL, freeing roughly 12 analyst hours per week.",
            "Prototyped a logistic-regression no-show predictor that became the first model the team took to production.",
        ]),
    ]
    talks = [
        "Feature stores without tears: lessons from two migrations, PyData Portland, 2023.",
        "Canary analysis for ML models, internal MLOps guild keynote, 2022.",
    ]
    projects_items = [
        "Maintainer of an open-source library for calibration plots and reliability diagrams (1.2k GitHub stars).",
        "Built a home-lab Kubeflow cluster to benchmark quantized BERT inference on CPU versus GPU.",
    ]
    gold = []
    body = []
    body.append(r"\section{Summary}")
    body.append(r"\cvitem{}{Machine learning engineer with eight years of experience taking models from notebook to production. "
                r"Comfortable across the stack: data pipelines, training, serving, and monitoring.}")
    body.append(r"\section{Experience}")
    for dates, title, emp, city, items in jobs:
        lines = "\n".join(r"\item " + tex(b) for b in items)
        body.append(r"\cventry{%s}{%s}{%s}{%s}{}{%%" % (dates, title, emp, city))
        body.append(r"\begin{itemize}" + "\n" + lines + "\n" + r"\end{itemize}}")
        gold += [("Experience", b) for b in items]
    body.append(r"\section{Education}")
    body.append(r"\cventry{2014--2016}{M.S. in Statistics}{University of Cascadia}{Eugene, OR}{\textit{GPA 3.9}}{Thesis on conformal prediction for tabular data.}")
    body.append(r"\cventry{2010--2014}{B.S. in Mathematics}{Harborview College}{Olympia, WA}{}{}")
    body.append(r"\section{Open Source \& Side Projects}")
    body.append(r"\cvitem{}{\begin{itemize}" + "\n" +
                "\n".join(r"\item " + tex(b) for b in projects_items) + "\n" + r"\end{itemize}}")
    gold += [("Open Source & Side Projects", b) for b in projects_items]
    body.append(r"\section{Talks}")
    for t in talks:
        body.append(r"\cvlistitem{%s}" % tex(t))
    gold += [("Talks", t) for t in talks]
    body.append(r"\section{Skills}")
    body.append(r"\cvitem{Languages}{Python, SQL, Go, Bash}")
    body.append(r"\cvitem{ML}{PyTorch, LightGBM, scikit-learn, Hugging Face Transformers, Optuna}")
    body.append(r"\cvitem{Platform}{Kubernetes, Docker, Airflow, Feast, SageMaker, Terraform, Grafana}")
    doc = r"""\documentclass[11pt,a4paper,sans]{moderncv}
\moderncvstyle{classic}
\moderncvcolor{blue}
\usepackage[scale=0.78]{geometry}
\setlength{\hintscolumnwidth}{3cm}
\name{Marisol}{Thackeray}
\title{Senior Machine Learning Engineer}
\address{14 Alder Street}{Portland, OR 97201}{USA}
\phone[mobile]{+1~(555)~014-2290}
\email{marisol.thackeray@example.com}
\social[github]{mthackeray-example}
\begin{document}
\makecvtitle
%s
\end{document}
""" % "\n".join(body)
    write_src(name + ".tex", doc)
    run_xelatex(name)
    return name, write_gold(name, gold), "moderncv 2.3.1 classic/blue (real class; FontAwesome icon bullets via local fontawesome5 stub)"


# =====================================================================
# 2. Awesome-CV imitation                               -> h7_awesomecv
# =====================================================================
def build_awesomecv():
    name = "h7_awesomecv"
    exp = [
        ("Tessellate Robotics", "Staff MLOps Engineer", "Austin, TX", "Mar. 2022 - Present", [
            "Designed the model-registry and promotion workflow (MLflow + Argo CD) used by 14 teams, cutting the median time from trained model to production from 11 days to **2 days**.",
            "Built a GPU training platform on Kubernetes with Kueue-based quota sharing, raising average A100 utilisation from 41% to 78%.",
            "Trained and distilled a 6-layer perception model for bin-picking, keeping 98.6% of teacher mAP while halving on-robot inference time.",
            "Wrote the incident runbook and SLOs for 30+ model endpoints; on-call pages dropped 60% in two quarters.",
            "Set up reproducible training with DVC-tracked datasets and pinned CUDA base images, so any model in the registry can be rebuilt bit-for-bit.",
        ]),
        ("Northpine Retail", "Machine Learning Engineer", "Dallas, TX", "Jun. 2019 - Feb. 2022", [
            "Trained a two-tower retrieval model for product recommendations on 300M interactions, increasing click-through rate by 6.4% in an online A/B test.",
            "Served embeddings through a FAISS-based ANN service with p95 latency of 12 ms and hourly index refreshes.",
            "Replaced ad-hoc cron jobs with Kubeflow Pipelines, adding lineage tracking and automated model cards for each release.",
            "Partnered with data engineering to backfill three years of clickstream data into Delta Lake with schema enforcement.",
        ]),
        ("Quillmark Insurance", "Software Engineer, Data Platform", "Houston, TX", "Aug. 2017 - May 2019", [
            "Built Kafka consumers in Java that streamed policy events into the warehouse with exactly-once semantics.",
            "Added contract tests and CI checks for 40 ETL jobs, reducing broken nightly loads from weekly to roughly once per quarter.",
        ]),
    ]
    honors = [("2023", "Best Infrastructure Paper, MLSys Industry Track (fictional)", "Online"),
              ("2020", "Hackathon winner, Northpine internal AI week", "Dallas, TX")]
    skills = [("Languages", "Python, Go, Java, SQL"),
              ("ML", "PyTorch, ONNX, TensorRT, scikit-learn, XGBoost"),
              ("MLOps", "MLflow, Argo CD, Kubeflow, Kubernetes, Helm, Terraform, Prometheus")]
    gold = []
    body = []
    body.append(r"\cvsection{Experience}")
    for org, pos, loc, date, items in exp:
        body.append(r"\cventry{%s}{%s}{%s}{%s}{\begin{cvitems}" % (pos, org, loc, date))
        body += [r"\item {%s}" % tex(b) for b in items]
        body.append(r"\end{cvitems}}")
        gold += [("Experience", b) for b in items]
    body.append(r"\cvsection{Honors \& Awards}")
    body.append(r"\begin{cvhonors}")
    for yr, what, where in honors:
        body.append(r"\cvhonor{%s}{%s}{%s}" % (tex(what), tex(where), yr))
    body.append(r"\end{cvhonors}")
    body.append(r"\cvsection{Skills}")
    body.append(r"\begin{cvskills}")
    for k, v in skills:
        body.append(r"\cvskill{%s}{%s}" % (k, v))
    body.append(r"\end{cvskills}")
    body.append(r"\cvsection{Education}")
    body.append(r"\cventry{B.S. in Computer Science}{Rio Verde State University}{San Marcos, TX}{2013 - 2017}{}")
    doc = r"""\documentclass[11pt,a4paper]{article}
\usepackage[left=1.4cm,right=1.4cm,top=1.3cm,bottom=1.3cm]{geometry}
\usepackage{fontspec}
\usepackage{xcolor}
\usepackage{enumitem}
\usepackage{tabularx}
\usepackage{ragged2e}
\usepackage{fontawesome5}
\setmainfont{Latin Modern Sans}
\newfontfamily\headerfontlight{Latin Modern Sans}
\definecolor{awesome}{HTML}{DC3522}
\definecolor{text}{HTML}{333333}
\definecolor{graytext}{HTML}{5D5D5D}
\definecolor{lighttext}{HTML}{999999}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\newcommand*{\cvsection}[1]{%%
  \vspace{10pt}{\fontsize{16pt}{1em}\selectfont\bfseries\color{text}\awesomefirstthree{#1}}%%
  \hspace{6pt}\color{graytext}\leaders\hrule height 0.6pt\hfill\kern0pt\par\vspace{4pt}\color{text}}
\def\awesomefirstthree#1{\awesomesplit#1\relax}
\def\awesomesplit#1#2#3#4\relax{{\color{awesome}#1#2#3}#4}
\newcommand*{\cventry}[5]{%%
  \vspace{3pt}%%
  \begin{tabular*}{\textwidth}{@{\extracolsep{\fill}} L{\textwidth - 4.5cm} R{4.5cm}}
    {\fontsize{10.5pt}{1em}\selectfont\bfseries\color{text} #2} & {\fontsize{9pt}{1em}\selectfont\itshape\color{awesome} #3} \\
    {\fontsize{8.5pt}{1em}\selectfont\scshape\color{graytext} #1} & {\fontsize{8pt}{1em}\selectfont\itshape\color{graytext} #4} \\
  \end{tabular*}\par
  #5\vspace{3pt}}
\newcolumntype{L}[1]{>{\raggedright\arraybackslash}p{#1}}
\newcolumntype{R}[1]{>{\raggedleft\arraybackslash}p{#1}}
\newcolumntype{C}[1]{>{\centering\arraybackslash}p{#1}}
\newenvironment{cvitems}{%%
  \vspace{-3pt}\fontsize{9pt}{1.15em}\selectfont\color{lighttext!60!black}\justifying
  \begin{itemize}[leftmargin=2ex,nosep,label={\raisebox{0.1ex}{\textbullet}}]%%
  }{\end{itemize}\vspace{-2pt}}
\newenvironment{cvhonors}{\begin{tabular*}{\textwidth}{@{\extracolsep{\fill}} C{1.5cm} L{\textwidth - 6cm} R{4.1cm}}}{\end{tabular*}\par\vspace{2pt}}
\newcommand*{\cvhonor}[3]{{\fontsize{9pt}{1em}\selectfont\color{graytext}#3} & {\fontsize{9pt}{1em}\selectfont\bfseries\color{text}#1} & {\fontsize{9pt}{1em}\selectfont\itshape\color{awesome}#2}\\}
\newenvironment{cvskills}{\begin{tabular*}{\textwidth}{@{\extracolsep{\fill}} r L{\textwidth * \real{0.8}}}}{\end{tabular*}\par\vspace{2pt}}
\newcommand*{\cvskill}[2]{{\fontsize{10pt}{1em}\selectfont\bfseries\color{text}#1} & {\fontsize{9pt}{1em}\selectfont\color{graytext}#2}\\}
\usepackage{calc}
\begin{document}
\begin{center}
{\fontsize{32pt}{1em}\selectfont\color{graytext}Devan \bfseries\color{text}Okafor-Lind}\\[6pt]
{\fontsize{8pt}{1em}\selectfont\scshape\color{awesome}Staff MLOps Engineer $\cdot$ Platform $\cdot$ Applied ML}\\[5pt]
{\fontsize{8pt}{1em}\selectfont\color{text}\faMobile\ (555) 013-7781 \quad{\color{lighttext}|}\quad
\faEnvelope\ devan.okafor-lind@example.com \quad{\color{lighttext}|}\quad
\faGithub\ dokaforlind-example \quad{\color{lighttext}|}\quad
\faLinkedin\ dokaforlind-example}\\[6pt]
{\fontsize{9pt}{1em}\selectfont\itshape\color{lighttext}``Ship the boring pipeline first; make the model clever later.''}
\end{center}
%s
\end{document}
""" % "\n".join(body)
    write_src(name + ".tex", doc)
    run_xelatex(name)
    return name, write_gold(name, gold), "Awesome-CV imitation (coloured first 3 letters, tabular entry heads, small-font cvitems, honors/skills tables, FA icons)"


# =====================================================================
# 3. Deedy-style two column (paracol)                   -> h7_deedy_twocol
# =====================================================================
def build_deedy():
    name = "h7_deedy_twocol"
    left_skills = [
        "Python, SQL, Scala, R",
        "PyTorch, JAX, scikit-learn, statsmodels",
        "Spark, dbt, Snowflake, Airflow",
        "Docker, Kubernetes, Ray Serve, GitHub Actions",
    ]
    exp = [
        ("Hollowbrook Bank", "Senior Data Scientist, Fraud ML", "Jan 2022 - Present | Charlotte, NC", [
            "Trained a graph neural network over 90M card-merchant edges that flagged coordinated fraud rings, raising dollar-weighted recall by 18% at the same alert volume.",
            "Shipped the model as a Ray Serve deployment scoring every authorisation in under 25 ms, with a rules-engine fallback when the model is unavailable.",
            "Built a label-delay-aware backtesting harness so offline metrics finally matched production chargeback rates within 2%.",
            "Worked with compliance to produce SHAP-based reason codes for every decline, satisfying model-risk-management review on the first submission.",
        ]),
        ("Arcadia Freight", "Data Scientist", "Jul 2019 - Dec 2021 | Atlanta, GA", [
            "Built an ETA prediction model (quantile gradient boosting) for 6,000 daily shipments, cutting late-delivery customer tickets by 22%.",
            "Productionised the model with a Snowflake feature pipeline and a nightly batch job orchestrated in Airflow, monitored with custom freshness checks.",
            "Ran the company first multi-armed bandit experiment for carrier selection, saving an estimated $1.1M per year in spot-rate costs.",
        ]),
    ]
    projects = [
        ("Tiny-LLM evals", [
            "Fine-tuned a 1B-parameter open model with LoRA on 20k support tickets and built an evaluation suite comparing it with retrieval-augmented prompting.",
            "Deployed the winner behind a vLLM server on a single L4 GPU with token-level streaming and request batching.",
        ]),
        ("Kaggle: Retail Demand (top 3%)", [
            "Blended temporal fusion transformers with LightGBM and wrote a reproducible pipeline with Hydra configs and DVC.",
        ]),
    ]
    gold = [("SKILLS", s) for s in left_skills]
    left = []
    left.append(r"\dsec{Education}")
    left.append(r"{\bfseries Ashgrove University}\\ {\small M.S. Operations Research}\\ {\footnotesize\color{subtle} 2017 - 2019 | GPA 3.8}\par\vspace{6pt}")
    left.append(r"{\bfseries Ashgrove University}\\ {\small B.S. Applied Mathematics}\\ {\footnotesize\color{subtle} 2013 - 2017}\par")
    left.append(r"\dsec{Skills}")
    left.append(r"\begin{itemize}[leftmargin=1em,itemsep=1pt,label={\color{accent}\textbullet}]\small")
    left += [r"\item " + tex(s) for s in left_skills]
    left.append(r"\end{itemize}")
    left.append(r"\dsec{Links}")
    left.append(r"{\small GitHub:// \textbf{hwhitlock-example}\\ LinkedIn:// \textbf{hana-whitlock-example}\\ Web:// \textbf{hana.example.com}}")
    left.append(r"\dsec{Coursework}")
    left.append(r"{\small Convex Optimization\\ Causal Inference\\ Stochastic Processes\\ Deep Learning Systems}")
    right = []
    right.append(r"\dsec{Experience}")
    for org, role, meta, items in exp:
        right.append(r"{\large\bfseries %s} \textbar{} {\large %s}\\ {\footnotesize\color{subtle}\addfontfeature{LetterSpace=6}%s}" % (org, role, meta.upper()))
        right.append(r"\begin{itemize}[leftmargin=1.1em,itemsep=0pt,topsep=2pt,label={\color{accent}\textbullet}]\small")
        right += [r"\item " + tex(b) for b in items]
        right.append(r"\end{itemize}\vspace{4pt}")
        gold += [("EXPERIENCE", b) for b in items]
    right.append(r"\dsec{Projects}")
    for pname, items in projects:
        right.append(r"{\bfseries %s}" % tex(pname))
        right.append(r"\begin{itemize}[leftmargin=1.1em,itemsep=0pt,topsep=2pt,label={\color{accent}\textbullet}]\small")
        right += [r"\item " + tex(b) for b in items]
        right.append(r"\end{itemize}\vspace{3pt}")
        gold += [("PROJECTS", b) for b in items]
    doc = r"""\documentclass[10pt,letterpaper]{article}
\usepackage[left=0.55in,right=0.55in,top=0.5in,bottom=0.4in]{geometry}
\usepackage{fontspec}
\usepackage{xcolor}
\usepackage{enumitem}
\usepackage{paracol}
\setmainfont{Latin Modern Sans}
\definecolor{accent}{HTML}{0395DE}
\definecolor{subtle}{HTML}{666666}
\definecolor{headings}{HTML}{6A6A6A}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\newcommand{\dsec}[1]{\vspace{8pt}{\raggedright\hyphenpenalty=10000\color{headings}\Large\addfontfeature{LetterSpace=10}\MakeUppercase{#1}\par}\vspace{3pt}}
\columnratio{0.31}
\setlength{\columnsep}{0.3in}
\begin{document}
\begin{center}
{\fontsize{34pt}{36pt}\selectfont Hana {\bfseries Whitlock}}\\[4pt]
{\small hana.whitlock@example.com \textbar{} (555) 018-4420 \textbar{} Raleigh, NC}
\end{center}
\vspace{4pt}
\begin{paracol}{2}
%s
\switchcolumn
%s
\end{paracol}
\end{document}
""" % ("\n".join(left), "\n".join(right))
    write_src(name + ".tex", doc)
    run_xelatex(name)
    return name, write_gold(name, gold), "Deedy-style 2 columns via paracol (narrow left: Education/Skills-as-list/Links/Coursework; wide right: Experience/Projects); letter-spaced uppercase headings"


# =====================================================================
# 4. Jake's resume                                      -> h7_jakes
# =====================================================================
def build_jakes():
    name = "h7_jakes"
    exp = [
        ("Machine Learning Engineer", "Aug 2022 -- Present", "Velora Music", "Brooklyn, NY", [
            "Trained a contrastive audio-text embedding model on 4M tracks with PyTorch DDP across 16 GPUs, improving playlist-search NDCG@10 by 11%.",
            "Built the embedding-refresh pipeline (Spark + Airflow) and a gRPC similarity service in Go handling 9k QPS at p99 under 30 ms.",
            "Added offline/online metric parity checks and automated rollback to the deployment pipeline, preventing three bad model releases.",
            "Cut inference cost 45% by exporting to ONNX Runtime with dynamic INT8 quantization and right-sizing the node pool.",
        ]),
        ("Software Engineer", "Jun 2020 -- Jul 2022", "Saltmarsh Energy", "Boston, MA", [
            "Developed REST APIs in Python/Django for a grid-telemetry product ingesting 2B sensor readings per day.",
            "Migrated time-series storage from PostgreSQL to TimescaleDB, speeding up dashboard queries by 8x.",
            "Introduced structured logging and OpenTelemetry tracing across 12 services, cutting incident triage time in half.",
        ]),
        ("Software Engineering Intern", "May 2019 -- Aug 2019", "Kettlewell Maps", "Providence, RI", [
            "Implemented a tile-cache invalidation job in Rust that reduced stale map tiles served to users by 90%.",
        ]),
    ]
    projects = [
        ("Anomaly Radar", "Python, PyTorch, FastAPI, Docker", "Jan 2023", [
            "Trained an LSTM autoencoder for anomaly detection on public energy-meter data and served it through a FastAPI app with a Prometheus exporter.",
            "Wrote GitHub Actions CI that runs unit tests, retrains on a data sample, and fails the build when validation loss regresses by more than 5%.",
        ]),
        ("Tiny Feature Store", "Go, Redis, Parquet", "Sep 2021", [
            "Built a minimal point-in-time-correct feature store with a Go API and Parquet offline store, used in two university ML courses.",
        ]),
    ]
    gold = []
    b = []
    b.append(r"\section{Education}")
    b.append(r"\resumeSubHeadingListStart")
    b.append(r"\resumeSubheading{Calder Institute of Technology}{Cambridge, MA}{Bachelor of Science in Computer Science, Minor in Statistics}{Aug. 2016 -- May 2020}")
    b.append(r"\resumeSubHeadingListEnd")
    b.append(r"\section{Experience}")
    b.append(r"\resumeSubHeadingListStart")
    for title, dates, org, loc, items in exp:
        b.append(r"\resumeSubheading{%s}{%s}{%s}{%s}" % (title, dates, org, loc))
        b.append(r"\resumeItemListStart")
        b += [r"\resumeItem{%s}" % tex(x) for x in items]
        b.append(r"\resumeItemListEnd")
        gold += [("EXPERIENCE", x) for x in items]
    b.append(r"\resumeSubHeadingListEnd")
    b.append(r"\section{Projects}")
    b.append(r"\resumeSubHeadingListStart")
    for pname, stack, date, items in projects:
        b.append(r"\resumeProjectHeading{\textbf{%s} $|$ \emph{%s}}{%s}" % (pname, stack, date))
        b.append(r"\resumeItemListStart")
        b += [r"\resumeItem{%s}" % tex(x) for x in items]
        b.append(r"\resumeItemListEnd")
        gold += [("PROJECTS", x) for x in items]
    b.append(r"\resumeSubHeadingListEnd")
    b.append(r"""\section{Technical Skills}
 \begin{itemize}[leftmargin=0.15in, label={}]
    \small{\item{
     \textbf{Languages}{: Python, Go, Rust, SQL, TypeScript} \\
     \textbf{Frameworks}{: PyTorch, FastAPI, Django, Spark} \\
     \textbf{Developer Tools}{: Git, Docker, Kubernetes, Airflow, Terraform} \\
     \textbf{Libraries}{: pandas, NumPy, ONNX Runtime, Hugging Face}
    }}
 \end{itemize}""")
    doc = r"""%% Layout follows the widely copied "Jake's Resume" template (MIT licence, jakegut/resume).
\documentclass[letterpaper,11pt]{article}
\usepackage{latexsym}
\usepackage[empty]{fullpage}
\usepackage{titlesec}
\usepackage{marvosym}
\usepackage[usenames,dvipsnames]{color}
\usepackage{verbatim}
\usepackage{enumitem}
\usepackage[hidelinks]{hyperref}
\usepackage{fancyhdr}
\usepackage[english]{babel}
\usepackage{tabularx}
\pagestyle{fancy}
\fancyhf{}
\fancyfoot{}
\renewcommand{\headrulewidth}{0pt}
\renewcommand{\footrulewidth}{0pt}
\addtolength{\oddsidemargin}{-0.5in}
\addtolength{\evensidemargin}{-0.5in}
\addtolength{\textwidth}{1in}
\addtolength{\topmargin}{-.5in}
\addtolength{\textheight}{1.0in}
\urlstyle{same}
\raggedbottom
\raggedright
\setlength{\tabcolsep}{0in}
\titleformat{\section}{
  \vspace{-4pt}\scshape\raggedright\large
}{}{0em}{}[\color{black}\titlerule \vspace{-5pt}]
\newcommand{\resumeItem}[1]{
  \item\small{
    {#1 \vspace{-2pt}}
  }
}
\newcommand{\resumeSubheading}[4]{
  \vspace{-2pt}\item
    \begin{tabular*}{0.97\textwidth}[t]{l@{\extracolsep{\fill}}r}
      \textbf{#1} & #2 \\
      \textit{\small#3} & \textit{\small #4} \\
    \end{tabular*}\vspace{-7pt}
}
\newcommand{\resumeProjectHeading}[2]{
    \item
    \begin{tabular*}{0.97\textwidth}{l@{\extracolsep{\fill}}r}
      \small#1 & #2 \\
    \end{tabular*}\vspace{-7pt}
}
\renewcommand\labelitemii{$\vcenter{\hbox{\tiny$\bullet$}}$}
\newcommand{\resumeSubHeadingListStart}{\begin{itemize}[leftmargin=0.15in, label={}]}
\newcommand{\resumeSubHeadingListEnd}{\end{itemize}}
\newcommand{\resumeItemListStart}{\begin{itemize}}
\newcommand{\resumeItemListEnd}{\end{itemize}\vspace{-5pt}}
\begin{document}
\begin{center}
    \textbf{\Huge \scshape Rafael Quennell} \\ \vspace{1pt}
    \small 555-016-3308 $|$ \href{mailto:rafael.quennell@example.com}{\underline{rafael.quennell@example.com}} $|$
    \href{https://linkedin.com/in/rquennell-example}{\underline{linkedin.com/in/rquennell-example}} $|$
    \href{https://github.com/rquennell-example}{\underline{github.com/rquennell-example}}
\end{center}
%s
\end{document}
""" % "\n".join(b)
    write_src(name + ".tex", doc)
    run_xelatex(name)
    return name, write_gold(name, gold), "Jake's Resume layout (tabular* subheadings, \\resumeItem \\small, \\scshape+\\titlerule headings, label-less skills list)"


# =====================================================================
# 5. Canva-like HTML (chromium)                         -> h7_canva_timeline
# =====================================================================
def build_canva():
    name = "h7_canva_timeline"
    jobs = [
        ("Lead ML Engineer", "Marrowfield Health", "2021 - now", [
            "Led a team of five training clinical-note classifiers (fine-tuned DeBERTa) that route 70k referrals a month with 94% macro-F1.",
            "Built the inference service on Azure Kubernetes Service with autoscaling on queue depth, keeping turnaround under 3 seconds at peak.",
            "Set up MLflow experiment tracking and a model-approval gate with clinician sign-off before every production release.",
            "Created PII-redaction preprocessing and audit logging that passed an external HIPAA-style security review.",
        ]),
        ("ML Engineer", "Glasswing Media", "2018 - 2021", [
            "Trained a multilingual toxicity model on 2.5M labelled comments; reduced moderator workload by 35%.",
            "Migrated batch scoring from a single VM to a Spark on Kubernetes job, cutting nightly runtime from 6 hours to 50 minutes.",
            "Instrumented prediction logging and weekly drift reports that triggered two targeted relabelling campaigns.",
        ]),
        ("Junior Data Engineer", "Pebblecrest Telecom", "2016 - 2018", [
            "Maintained Python ETL jobs feeding the churn data mart and wrote the first unit tests the codebase ever had.",
        ]),
    ]
    tools = ["PyTorch & Hugging Face", "MLflow, Azure ML", "Kubernetes, Helm, Docker", "Spark, Databricks"]
    certs = ["Certified Kubernetes Application Developer (fictional cert ID 555-0199)",
             "Azure AI Engineer Associate"]
    skills = [("Model training", 92), ("MLOps / CI-CD", 85), ("Data engineering", 70), ("Leadership", 78)]
    gold = []
    tl = []
    for title, org, dates, items in jobs:
        lis = "".join("<li>%s</li>" % html(x) for x in items)
        tl.append('<div class="role"><div class="dot"></div><div class="rhead"><span class="rtitle">%s</span>'
                  '<span class="rdate">%s</span></div><div class="rorg">%s</div><ul class="sq">%s</ul></div>'
                  % (html(title), html(dates), html(org), lis))
        gold += [("WORK EXPERIENCE", x) for x in items]
    gold += [("TOOLS", x) for x in tools]
    gold += [("CERTIFICATIONS", x) for x in certs]
    bars = "".join('<div class="skill"><div class="sname">%s</div><div class="bar"><div class="fill" style="width:%d%%"></div></div></div>'
                   % (html(n), v) for n, v in skills)
    icon_mail = '<svg width="10" height="10" viewBox="0 0 10 10"><rect x="0.5" y="1.5" width="9" height="7" fill="none" stroke="#fff"/><path d="M0.5 1.5 L5 5.5 L9.5 1.5" fill="none" stroke="#fff"/></svg>'
    icon_phone = '<svg width="10" height="10" viewBox="0 0 10 10"><rect x="2.5" y="0.5" width="5" height="9" rx="1" fill="none" stroke="#fff"/></svg>'
    icon_pin = '<svg width="10" height="10" viewBox="0 0 10 10"><circle cx="5" cy="4" r="3" fill="none" stroke="#fff"/><path d="M5 7 L5 10" stroke="#fff"/></svg>'
    doc = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Ingrid Solano - Resume</title>
<style>
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Liberation Sans", "DejaVu Sans", sans-serif; color: #2b2b2b; font-size: 9.6pt; }
.header { background: #1f4e5f; color: #fff; padding: 26px 36px 22px 36px; }
.header h1 { margin: 0; font-size: 30pt; letter-spacing: 3px; font-weight: 700; }
.header .role { font-size: 12pt; letter-spacing: 2px; color: #cfe8ef; margin-top: 4px; }
.wrap { display: flex; }
.main { width: 66%%; padding: 20px 22px 10px 36px; }
.side { width: 34%%; background: #eaf3f5; padding: 20px 22px 10px 20px; min-height: 260mm; }
h2 { font-size: 11pt; letter-spacing: 2px; color: #1f4e5f; margin: 14px 0 8px 0; text-transform: uppercase; }
h2:first-child { margin-top: 0; }
.summary { line-height: 1.4; }
.timeline { position: relative; margin-left: 8px; border-left: 2px solid #9cc3cd; padding-left: 16px; }
.timeline .role { position: relative; margin-bottom: 12px; }
.timeline .dot { position: absolute; left: -23px; top: 2px; width: 10px; height: 10px; border-radius: 50%%; background: #1f4e5f; border: 2px solid #fff; }
.rhead { display: flex; justify-content: space-between; }
.rtitle { font-weight: 700; font-size: 10.5pt; }
.rdate { color: #1f4e5f; font-size: 8.5pt; }
.rorg { font-style: italic; color: #555; margin: 1px 0 4px 0; }
ul.sq { list-style: none; margin: 0; padding: 0; }
ul.sq li { position: relative; padding-left: 13px; margin: 2px 0; line-height: 1.35; }
ul.sq li::before { content: ""; position: absolute; left: 0; top: 5px; width: 5px; height: 5px; background: #1f4e5f; }
ul.circ { list-style: none; margin: 0; padding: 0; }
ul.circ li { position: relative; padding-left: 13px; margin: 3px 0; line-height: 1.3; }
ul.circ li::before { content: ""; position: absolute; left: 0; top: 4px; width: 5px; height: 5px; border: 1.3px solid #1f4e5f; border-radius: 50%%; }
.contact div { margin: 3px 0; }
.contact .ic { display: inline-block; width: 16px; height: 16px; border-radius: 50%%; background: #1f4e5f; text-align: center; vertical-align: middle; margin-right: 6px; padding-top: 1px; }
.skill { margin: 5px 0 7px 0; }
.sname { font-size: 8.8pt; margin-bottom: 2px; }
.bar { height: 6px; background: #c8dde2; border-radius: 3px; }
.fill { height: 6px; background: #1f4e5f; border-radius: 3px; }
.edu b { display: block; }
</style></head>
<body>
<div class="header"><h1>INGRID SOLANO</h1><div class="role">LEAD MACHINE LEARNING ENGINEER</div></div>
<div class="wrap">
<div class="main">
<h2>Profile</h2>
<p class="summary">Machine learning engineer who enjoys the unglamorous half of ML: data contracts, deployment, monitoring and the
on-call rota. Eight years of shipping NLP models into regulated environments.</p>
<h2>Work Experience</h2>
<div class="timeline">%s</div>
</div>
<div class="side">
<h2>Contact</h2>
<div class="contact">
<div><span class="ic">%s</span>ingrid.solano@example.com</div>
<div><span class="ic">%s</span>(555) 012-6604</div>
<div><span class="ic">%s</span>Denver, CO</div>
</div>
<h2>Skills</h2>%s
<h2>Tools</h2><ul class="circ">%s</ul>
<h2>Education</h2>
<div class="edu"><b>M.Sc. Computer Science</b>Front Range University, 2016</div>
<h2>Certifications</h2><ul class="circ">%s</ul>
</div>
</div>
</body></html>
""" % ("".join(tl), icon_mail, icon_phone, icon_pin, bars,
       "".join("<li>%s</li>" % html(t) for t in tools),
       "".join("<li>%s</li>" % html(c) for c in certs))
    src = os.path.join(SRC, name + ".html")
    write_src(name + ".html", doc)
    out = os.path.join(HERE, name + ".pdf")
    subprocess.run(["chromium", "--headless=new", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", "--print-to-pdf=" + out, "file://" + src],
                   check=True, capture_output=True)
    return name, write_gold(name, gold), "Canva-like HTML via headless Chromium: teal header block (white name), vertical timeline with dots, CSS-drawn square/circle bullets (no glyph in text layer), right sidebar with skill bars"


# =====================================================================
# 6. reportlab designer, left sidebar                   -> h7_reportlab_sidebar
# =====================================================================
def build_reportlab():
    name = "h7_reportlab_sidebar"
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import simpleSplit
    from reportlab.lib.colors import HexColor, white

    side_skills = ["Python and SQL", "dbt + Snowflake", "Kafka, Flink", "Terraform on GCP", "Vertex AI Pipelines"]
    jobs = [
        ("DATA & ML ENGINEER", "Fernhill Grocers", "2020 - Present", [
            "Owned the feature pipelines behind the basket-size and promotion-uplift models, processing 60M transactions a day in Dataflow.",
            "Retrained the promotion-uplift model weekly on Vertex AI Pipelines with automatic champion/challenger evaluation before promotion.",
            "Reduced warehouse spend by 31% by rewriting the heaviest dbt models as incremental and clustering the largest tables.",
            "Added data-quality SLAs and lineage in a data catalog, so model owners are paged when an upstream table is late.",
        ]),
        ("DATA ENGINEER", "Orchard Line Transit", "2017 - 2020", [
            "Built a Kafka and Flink streaming job that computes real-time bus arrival features consumed by the delay-prediction model.",
            "Containerised legacy cron scripts and moved them to Cloud Composer with retries, alerting and backfills.",
        ]),
    ]
    projects = [
        "Open-sourced a small dbt package for point-in-time training snapshots.",
        "Wrote an internal guide on reproducible feature backfills that became onboarding material.",
    ]
    gold = [("SKILLS", s) for s in side_skills]
    W, H = A4
    c = canvas.Canvas(os.path.join(HERE, name + ".pdf"), pagesize=A4)
    c.setTitle("Kenji Abernathy - Resume")
    c.setAuthor("fictional")
    SIDE_W = 190
    navy = HexColor("#2d2a4a")
    gold_c = HexColor("#e0a526")
    c.setFillColor(navy)
    c.rect(0, 0, SIDE_W, H, stroke=0, fill=1)
    # sidebar
    x0 = 22
    y = H - 60
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 22)
    c.drawString(x0, y, "KENJI")
    y -= 26
    c.drawString(x0, y, "ABERNATHY")
    y -= 18
    c.setFillColor(gold_c)
    c.setFont("Helvetica", 9.5)
    c.drawString(x0, y, "Data & ML Engineer")

    def side_heading(title, y):
        c.setFillColor(gold_c)
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(x0, y, title)
        c.setStrokeColor(gold_c)
        c.setLineWidth(1)
        c.line(x0, y - 5, SIDE_W - 22, y - 5)
        return y - 20

    y -= 34
    y = side_heading("CONTACT", y)
    c.setFillColor(white)
    c.setFont("Helvetica", 8.5)
    for ln in ["kenji.abernathy@example.com", "(555) 017-2231", "Minneapolis, MN", "kabernathy-example.dev"]:
        c.setFillColor(gold_c)
        c.circle(x0 + 4, y + 3, 4, stroke=0, fill=1)   # icon disc
        c.setFillColor(white)
        c.drawString(x0 + 13, y, ln)
        y -= 15
    y -= 14
    y = side_heading("SKILLS", y)
    c.setFont("Helvetica", 9)
    for s in side_skills:
        c.setFillColor(gold_c)
        c.circle(x0 + 3, y + 3, 2.2, stroke=0, fill=1)  # bullet drawn as a circle
        c.setFillColor(white)
        c.drawString(x0 + 11, y, s)
        y -= 14
    y -= 14
    y = side_heading("EDUCATION", y)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(x0, y, "B.A. Economics")
    y -= 12
    c.setFont("Helvetica", 8.5)
    c.drawString(x0, y, "Lakehaven College, 2017")
    y -= 26
    y = side_heading("LANGUAGES", y)
    c.setFont("Helvetica", 8.5)
    for lang, lvl in [("English", 5), ("Japanese", 4), ("Spanish", 2)]:
        c.setFillColor(white)
        c.drawString(x0, y, lang)
        for i in range(5):
            c.setFillColor(gold_c if i < lvl else HexColor("#55527a"))
            c.circle(x0 + 90 + i * 11, y + 3, 3.5, stroke=0, fill=1)
        y -= 15

    # main column
    mx = SIDE_W + 28
    mw = W - mx - 34
    y = H - 58

    def main_heading(title, y):
        c.setFillColor(navy)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(mx, y, title)
        c.setFillColor(gold_c)
        c.rect(mx, y - 7, 36, 3, stroke=0, fill=1)
        return y - 24

    def bullets(items, y, sec):
        c.setFont("Helvetica", 9.3)
        for it in items:
            lines = simpleSplit(it, "Helvetica", 9.3, mw - 14)
            c.setFillColor(gold_c)
            c.rect(mx + 1, y + 2, 4.2, 4.2, stroke=0, fill=1)   # square bullet, vector only
            c.setFillColor(HexColor("#333333"))
            for ln in lines:
                c.drawString(mx + 14, y, ln)
                y -= 12.2
            y -= 3
            gold.append((sec, it))
        return y

    y = main_heading("PROFILE", y)
    c.setFont("Helvetica", 9.3)
    c.setFillColor(HexColor("#333333"))
    prof = ("Data engineer turned ML engineer. I build the pipelines that feed models, then keep the models "
            "honest in production with tests, monitoring and boring, reliable retraining.")
    for ln in simpleSplit(prof, "Helvetica", 9.3, mw):
        c.drawString(mx, y, ln)
        y -= 12.2
    y -= 14
    y = main_heading("EXPERIENCE", y)
    for title, org, dates, items in jobs:
        c.setFillColor(navy)
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(mx, y, title)
        c.setFont("Helvetica", 8.5)
        c.setFillColor(HexColor("#777777"))
        c.drawRightString(mx + mw, y, dates)
        y -= 13
        c.setFont("Helvetica-Oblique", 9.5)
        c.setFillColor(gold_c)
        c.drawString(mx, y, org)
        y -= 16
        y = bullets(items, y, "EXPERIENCE")
        y -= 8
    y -= 6
    y = main_heading("PROJECTS", y)
    y = bullets(projects, y, "PROJECTS")
    c.showPage()
    c.save()
    return name, write_gold(name, gold), "reportlab canvas: dark left sidebar (name, contact icons, circle-drawn skill bullets, language dots), main column with vector square bullets (no glyph), manual line wrapping"


if __name__ == "__main__":
    os.makedirs(SRC, exist_ok=True)
    results = [build_moderncv(), build_awesomecv(), build_deedy(), build_jakes(),
               build_canva(), build_reportlab()]
    for n, k, d in results:
        print("%-24s %3d bullets  %s" % (n + ".pdf", k, d))
