#!/usr/bin/env python3
"""Build the holdout8 resume set: write .tex sources to src/, compile each
with pdflatex (twice), copy the PDF next to this script, write NAME.gold.json,
remove aux/log/out files, then run a loose containment check against
`pdftotext` output.

Usage:  python3 make_holdout8.py          (from any directory)
Needs:  pdflatex (TeX Live with moderncv, enumitem, titlesec, marvosym,
        fullpage, tabularx, hyperref), pdftotext (poppler-utils).
"""
import json, os, re, shutil, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")

DOCS = {}   # name -> (tex, gold bullets [(text, section)])

# ---------------------------------------------------------------------------
# 1. Jake's Resume (sb2nov / Overleaf) -- ML engineer
# ---------------------------------------------------------------------------
JAKE_PREAMBLE = r"""%-------------------------
% Resume in Latex
% Author : Jake Gutierrez
% Based off of: https://github.com/sb2nov/resume
% License : MIT
%------------------------

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
\input{glyphtounicode}

\pagestyle{fancy}
\fancyhf{} % clear all header and footer fields
\fancyfoot{}
\renewcommand{\headrulewidth}{0pt}
\renewcommand{\footrulewidth}{0pt}

% Adjust margins
\addtolength{\oddsidemargin}{-0.5in}
\addtolength{\evensidemargin}{-0.5in}
\addtolength{\textwidth}{1in}
\addtolength{\topmargin}{-.5in}
\addtolength{\textheight}{1.0in}

\urlstyle{same}

\raggedbottom
\raggedright
\setlength{\tabcolsep}{0in}

% Sections formatting
\titleformat{\section}{
  \vspace{-4pt}\scshape\raggedright\large
}{}{0em}{}[\color{black}\titlerule \vspace{-5pt}]

% Ensure that generate pdf is machine readable/ATS parsable
\pdfgentounicode=1

%-------------------------
% Custom commands
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

\newcommand{\resumeSubSubheading}[2]{
    \item
    \begin{tabular*}{0.97\textwidth}{l@{\extracolsep{\fill}}r}
      \textit{\small#1} & \textit{\small #2} \\
    \end{tabular*}\vspace{-7pt}
}

\newcommand{\resumeProjectHeading}[2]{
    \item
    \begin{tabular*}{0.97\textwidth}{l@{\extracolsep{\fill}}r}
      \small#1 & #2 \\
    \end{tabular*}\vspace{-7pt}
}

\newcommand{\resumeSubItem}[1]{\resumeItem{#1}\vspace{-4pt}}

\renewcommand\labelitemii{$\vcenter{\hbox{\tiny$\bullet$}}$}

\newcommand{\resumeSubHeadingListStart}{\begin{itemize}[leftmargin=0.15in, label={}]}
\newcommand{\resumeSubHeadingListEnd}{\end{itemize}}
\newcommand{\resumeItemListStart}{\begin{itemize}}
\newcommand{\resumeItemListEnd}{\end{itemize}\vspace{-5pt}}
"""

JAKE_BODY = r"""
%-------------------------------------------
%%%%%%  RESUME STARTS HERE  %%%%%%%%%%%%%%%%%%%%%%%%%%%%

\begin{document}

%----------HEADING----------
\begin{center}
    \textbf{\Huge \scshape Priya Ramanathan} \\ \vspace{1pt}
    \small 555-014-2297 $|$ \href{mailto:priya.ramanathan@example.com}{\underline{priya.ramanathan@example.com}} $|$
    \href{https://example.com/in/priyar}{\underline{example.com/in/priyar}} $|$
    \href{https://example.com/priyar}{\underline{example.com/priyar}}
\end{center}

%-----------EDUCATION-----------
\section{Education}
  \resumeSubHeadingListStart
    \resumeSubheading
      {Larchmont State University}{Boulder, CO}
      {Master of Science in Computer Science}{Aug. 2018 -- May 2020}
    \resumeSubheading
      {Pinecrest College}{Fort Collins, CO}
      {Bachelor of Science in Mathematics, Minor in Statistics}{Aug. 2014 -- May 2018}
  \resumeSubHeadingListEnd

%-----------EXPERIENCE-----------
\section{Experience}
  \resumeSubHeadingListStart

    \resumeSubheading
      {Machine Learning Engineer}{June 2022 -- Present}
      {Halcyon Freight Analytics}{Denver, CO}
      \resumeItemListStart
        \resumeItem{Trained a gradient-boosted delivery-time model on 180M historical shipments, cutting mean absolute error by 23\% versus the rules-based baseline}
        \resumeItem{Migrated batch scoring to a FastAPI service on Kubernetes with horizontal autoscaling, serving 3,500 requests per second at a p99 latency of 45 ms}
        \resumeItem{Built a feature pipeline in Airflow and Spark that backfills two years of telemetry nightly and validates schemas before every training run}
        \resumeItem{Set up drift monitoring with Prometheus alerts and a weekly retraining job, reducing silent model degradation incidents from five per quarter to one}
      \resumeItemListEnd

    \resumeSubheading
      {Data Scientist}{Aug. 2020 -- May 2022}
      {Bluewren Insurance Labs}{Hartford, CT}
      \resumeItemListStart
        \resumeItem{Fine-tuned a BERT classifier on 40k labeled claim notes to route fraud referrals, raising precision at top-100 from 0.61 to 0.78}
        \resumeItem{Designed an A/B testing framework in Python and SQL used by four product teams to evaluate pricing experiments}
        \resumeItem{Packaged models as Docker images with reproducible conda environments and versioned artifacts in MLflow}
        \resumeItem{Reduced nightly ETL runtime from 6 hours to 80 minutes by partitioning Parquet tables and rewriting joins in PySpark}
      \resumeItemListEnd

    \resumeSubheading
      {Software Engineering Intern}{May 2019 -- Aug. 2019}
      {Quillmark Systems}{Austin, TX}
      \resumeItemListStart
        \resumeItem{Implemented a caching layer in Go for the document search API, lowering median response time by 31\%}
        \resumeItem{Wrote integration tests and a GitHub Actions pipeline that blocked regressions before deployment to staging}
        \resumeItem{Profiled memory usage of the indexing workers and fixed a leak that caused weekly restarts in production}
      \resumeItemListEnd

  \resumeSubHeadingListEnd

%-----------PROJECTS-----------
\section{Projects}
    \resumeSubHeadingListStart
      \resumeProjectHeading
          {\textbf{TinyRetriever} $|$ \emph{Python, PyTorch, FAISS, Docker}}{Jan. 2023 -- Present}
          \resumeItemListStart
            \resumeItem{Trained a dual-encoder retrieval model with hard-negative mining on a public question-answering corpus, reaching 0.71 recall@10}
            \resumeItem{Deployed the index behind a gRPC endpoint with batched inference and quantized embeddings to fit in 2 GB of memory}
          \resumeItemListEnd
      \resumeProjectHeading
          {\textbf{ShiftPlanner} $|$ \emph{TypeScript, React, PostgreSQL, Flask}}{Sep. 2021 -- Dec. 2021}
          \resumeItemListStart
            \resumeItem{Built a scheduling web app for a volunteer clinic with role-based access control and automated email reminders}
          \resumeItemListEnd
    \resumeSubHeadingListEnd

%-----------PROGRAMMING SKILLS-----------
\section{Technical Skills}
 \begin{itemize}[leftmargin=0.15in, label={}]
    \small{\item{
     \textbf{Languages}{: Python, SQL, Go, TypeScript, Bash} \\
     \textbf{Frameworks}{: PyTorch, scikit-learn, XGBoost, FastAPI, Flask, React} \\
     \textbf{Developer Tools}{: Docker, Kubernetes, Airflow, Spark, MLflow, Git} \\
     \textbf{Libraries}{: pandas, NumPy, FAISS, Hugging Face Transformers}
    }}
 \end{itemize}

%-------------------------------------------
\end{document}
"""

JAKE_GOLD = [
    ("Trained a gradient-boosted delivery-time model on 180M historical shipments, cutting mean absolute error by 23% versus the rules-based baseline", "Experience"),
    ("Migrated batch scoring to a FastAPI service on Kubernetes with horizontal autoscaling, serving 3,500 requests per second at a p99 latency of 45 ms", "Experience"),
    ("Built a feature pipeline in Airflow and Spark that backfills two years of telemetry nightly and validates schemas before every training run", "Experience"),
    ("Set up drift monitoring with Prometheus alerts and a weekly retraining job, reducing silent model degradation incidents from five per quarter to one", "Experience"),
    ("Fine-tuned a BERT classifier on 40k labeled claim notes to route fraud referrals, raising precision at top-100 from 0.61 to 0.78", "Experience"),
    ("Designed an A/B testing framework in Python and SQL used by four product teams to evaluate pricing experiments", "Experience"),
    ("Packaged models as Docker images with reproducible conda environments and versioned artifacts in MLflow", "Experience"),
    ("Reduced nightly ETL runtime from 6 hours to 80 minutes by partitioning Parquet tables and rewriting joins in PySpark", "Experience"),
    ("Implemented a caching layer in Go for the document search API, lowering median response time by 31%", "Experience"),
    ("Wrote integration tests and a GitHub Actions pipeline that blocked regressions before deployment to staging", "Experience"),
    ("Profiled memory usage of the indexing workers and fixed a leak that caused weekly restarts in production", "Experience"),
    ("Trained a dual-encoder retrieval model with hard-negative mining on a public question-answering corpus, reaching 0.71 recall@10", "Projects"),
    ("Deployed the index behind a gRPC endpoint with batched inference and quantized embeddings to fit in 2 GB of memory", "Projects"),
    ("Built a scheduling web app for a volunteer clinic with role-based access control and automated email reminders", "Projects"),
]
DOCS["h8_jake_ml"] = (JAKE_PREAMBLE + JAKE_BODY, JAKE_GOLD)

# ---------------------------------------------------------------------------
# 2. moderncv (banking style).  The installed moderncv loads fontawesome5 for
#    its default "symbols" icons; fontawesome5 is not installed, so the
#    class option `nosymbols` (letters icons) is used -- same class, same
#    layout, itemize label becomes marvosym symbol 123 (no ToUnicode).
# ---------------------------------------------------------------------------
MODERNCV = r"""\documentclass[11pt,a4paper,sans,nosymbols]{moderncv}
\moderncvstyle{banking}
\moderncvcolor{blue}
\usepackage[utf8]{inputenc}
\usepackage[scale=0.78]{geometry}

\name{Lena}{Okafor-Brandt}
\title{Machine Learning Engineer}
\address{Kastanienallee 12}{10435 Berlin}{Germany}
\phone[mobile]{+1~(555)~013~4470}
\email{lena.okafor@example.com}
\homepage{lena-ob.example.com}

\begin{document}
\makecvtitle

\section{Summary}
\cvitem{}{Machine learning engineer with eight years of experience taking forecasting and risk models from notebook prototypes to monitored production services.}

\section{Experience}
\cventry{2021--present}{Senior Machine Learning Engineer}{Kestrel Retail Group}{Berlin}{}{%
\begin{itemize}%
\item Led training of a transformer-based demand forecasting model across 12,000 stores, improving weekly forecast accuracy by 9 percentage points
\item Designed the online inference service in Python and Rust with a p95 latency budget of 30 ms and canary rollouts
\item Introduced a feature store with point-in-time correct joins, eliminating label leakage found in three legacy models
\item Automated hyperparameter sweeps on a shared GPU cluster with Ray Tune, cutting experiment turnaround from days to hours
\item Mentored four engineers and wrote the on-call runbook for model-serving incidents
\end{itemize}}

\cventry{2018--2021}{Data Engineer}{Nordlicht Mobility}{Hamburg}{}{%
\begin{itemize}%
\item Built streaming ingestion with Kafka and Flink for 2 billion vehicle events per day
\item Implemented data quality checks with Great Expectations that gated downstream model training jobs
\item Trained an XGBoost churn model and exported scores to the CRM through a nightly batch job
\item Migrated the warehouse from on-premise Hadoop to BigQuery with zero downtime for reporting users
\end{itemize}}

\cventry{2016--2018}{Software Developer}{Pixelhafen GmbH}{Leipzig}{}{%
\begin{itemize}%
\item Developed REST APIs in Java and Spring Boot for a photo printing storefront
\item Containerized legacy services and introduced blue-green deployments on Kubernetes
\item Reduced page load time by 40\% through image lazy loading and CDN caching
\end{itemize}}

\section{Projects}
\cventry{2023}{Maintainer}{tabular-drift (open source)}{}{}{%
\begin{itemize}%
\item Maintain a Python library for detecting covariate shift in tabular datasets, with 1,200 GitHub stars
\item Added streaming support and benchmarks comparing population stability index and Kolmogorov-Smirnov statistics
\end{itemize}}

\section{Education}
\cventry{2014--2016}{M.Sc. Computer Science}{Technische Hochschule Wendelin}{Dresden}{}{Thesis on probabilistic time-series forecasting.}
\cventry{2011--2014}{B.Sc. Mathematics}{Universit\"at Eichenfeld}{Leipzig}{}{}

\section{Skills}
\cvitem{Languages}{Python, Rust, SQL, Java, Scala}
\cvitem{ML}{PyTorch, LightGBM, XGBoost, Ray, MLflow}
\cvitem{Infrastructure}{Kubernetes, Kafka, Flink, BigQuery, Terraform}
\cvitem{Spoken}{English (native), German (fluent)}

\end{document}
"""
MODERNCV_GOLD = [
    ("Led training of a transformer-based demand forecasting model across 12,000 stores, improving weekly forecast accuracy by 9 percentage points", "Experience"),
    ("Designed the online inference service in Python and Rust with a p95 latency budget of 30 ms and canary rollouts", "Experience"),
    ("Introduced a feature store with point-in-time correct joins, eliminating label leakage found in three legacy models", "Experience"),
    ("Automated hyperparameter sweeps on a shared GPU cluster with Ray Tune, cutting experiment turnaround from days to hours", "Experience"),
    ("Mentored four engineers and wrote the on-call runbook for model-serving incidents", "Experience"),
    ("Built streaming ingestion with Kafka and Flink for 2 billion vehicle events per day", "Experience"),
    ("Implemented data quality checks with Great Expectations that gated downstream model training jobs", "Experience"),
    ("Trained an XGBoost churn model and exported scores to the CRM through a nightly batch job", "Experience"),
    ("Migrated the warehouse from on-premise Hadoop to BigQuery with zero downtime for reporting users", "Experience"),
    ("Developed REST APIs in Java and Spring Boot for a photo printing storefront", "Experience"),
    ("Containerized legacy services and introduced blue-green deployments on Kubernetes", "Experience"),
    ("Reduced page load time by 40% through image lazy loading and CDN caching", "Experience"),
    ("Maintain a Python library for detecting covariate shift in tabular datasets, with 1,200 GitHub stars", "Projects"),
    ("Added streaming support and benchmarks comparing population stability index and Kolmogorov-Smirnov statistics", "Projects"),
]
DOCS["h8_moderncv_banking"] = (MODERNCV, MODERNCV_GOLD)

# ---------------------------------------------------------------------------
# 3. Deedy-like two columns with minipage (pdflatex imitation; Deedy itself
#    needs XeLaTeX/fontspec).  Left 0.33: Education, Skills, Links.
#    Right 0.64: Experience, Projects.  Section titles uppercased by
#    \MakeUppercase (typed in mixed case).
# ---------------------------------------------------------------------------
DEEDY = r"""\documentclass[letterpaper,10pt]{article}
\usepackage[hmargin=1.25cm, vmargin=0.75cm]{geometry}
\usepackage[usenames,dvipsnames]{xcolor}
\usepackage{enumitem}
\usepackage{titlesec}
\usepackage[hidelinks]{hyperref}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\pagestyle{empty}
\setlength{\parindent}{0pt}

\definecolor{headings}{HTML}{6A6A6A}
\definecolor{subheadings}{HTML}{333333}

\titleformat{\section}{\color{headings}\Large\bfseries\raggedright}{}{0em}{\MakeUppercase}
\titlespacing*{\section}{0pt}{6pt}{3pt}
\titleformat{\subsection}{\color{subheadings}\large\bfseries\raggedright}{}{0em}{}
\titlespacing*{\subsection}{0pt}{4pt}{1pt}

\newcommand{\runsubsection}[1]{{\color{subheadings}\bfseries #1}}
\newcommand{\descript}[1]{{\color{subheadings}\raggedright\itshape #1 \\}}
\newcommand{\location}[1]{{\color{headings}\small #1 \\}}
\newcommand{\sectionsep}{\vspace{8pt}}

\begin{document}

%---------- NAME / CONTACT (full width) ----------
\begin{center}
{\fontsize{30}{36}\selectfont Marisol \textbf{Vance}}\\[4pt]
{\color{headings} marisolvance.example.com \quad|\quad marisol.vance@example.com \quad|\quad 555.014.8832}
\end{center}
\vspace{4pt}

%---------- LEFT COLUMN ----------
\begin{minipage}[t]{0.33\textwidth}
\section{Education}
\subsection{Harborview Institute of Technology}
\descript{MS in Statistics}
\location{Sep 2019 -- May 2021 \textbullet{} Portland, OR}
\descript{BS in Computer Science}
\location{Sep 2015 -- May 2019}
Coursework: Probabilistic Graphical Models, Convex Optimization, Distributed Systems
\sectionsep

\section{Skills}
\begin{itemize}[leftmargin=*,noitemsep]
\item Python, SQL, Scala, C++
\item PyTorch, scikit-learn, LightGBM, Hugging Face Transformers, PyTorch Geometric
\item Spark, Airflow, dbt, Kafka, Feast
\item Docker, Kubernetes, Terraform, AWS SageMaker, observability with Grafana
\end{itemize}
\sectionsep

\section{Links}
\begin{itemize}[leftmargin=*,noitemsep]
\item Portfolio: \href{https://marisolvance.example.com}{marisolvance.example.com}
\item Writing: \href{https://notes.example.com/mvance}{notes.example.com/mvance}
\end{itemize}
\end{minipage}
\hfill
%---------- RIGHT COLUMN ----------
\begin{minipage}[t]{0.64\textwidth}
\section{Experience}
\runsubsection{Cobaltline Payments}
\descript{| Applied Scientist}
\location{Jun 2021 -- Present \textbullet{} Seattle, WA}
\begin{itemize}[leftmargin=*,noitemsep]
\item Trained graph neural network fraud models on a 900M-edge transaction graph, lifting recall at a fixed false-positive rate by 14\%
\item Productionized the models as a low-latency scoring service handling 12k transactions per second, with shadow deployment before launch
\item Built an offline evaluation harness that replays a month of traffic and reports calibration, cost curves and fairness slices
\item Cut GPU training cost by 35\% using mixed precision, gradient checkpointing and spot instances
\end{itemize}
\sectionsep

\runsubsection{Tidewater Health Informatics}
\descript{| Machine Learning Engineering Intern}
\location{Jun 2020 -- Sep 2020 \textbullet{} Boston, MA}
\begin{itemize}[leftmargin=*,noitemsep]
\item Fine-tuned a clinical named-entity recognition model and packaged it as a batch inference job on Kubernetes
\item Wrote data anonymization scripts that removed protected health information before annotation
\item Added unit tests and type hints to the training codebase, raising coverage from 38\% to 81\%
\end{itemize}
\sectionsep

\section{Projects}
\runsubsection{Wildfire Smoke Nowcasting}
\descript{| Python, PyTorch, xarray}
\begin{itemize}[leftmargin=*,noitemsep]
\item Trained a convolutional LSTM on satellite imagery to forecast particulate concentrations six hours ahead
\item Served hourly predictions through a small Flask API with response caching and a public map dashboard
\end{itemize}
\runsubsection{Recipe Search Engine}
\descript{| Go, Elasticsearch}
\begin{itemize}[leftmargin=*,noitemsep]
\item Implemented BM25 search with typo-tolerant autocomplete over 300k recipes
\end{itemize}
\end{minipage}

\end{document}
"""
DEEDY_GOLD = [
    ("Python, SQL, Scala, C++", "Skills"),
    ("PyTorch, scikit-learn, LightGBM, Hugging Face Transformers, PyTorch Geometric", "Skills"),
    ("Spark, Airflow, dbt, Kafka, Feast", "Skills"),
    ("Docker, Kubernetes, Terraform, AWS SageMaker, observability with Grafana", "Skills"),
    ("Portfolio: marisolvance.example.com", "Links"),
    ("Writing: notes.example.com/mvance", "Links"),
    ("Trained graph neural network fraud models on a 900M-edge transaction graph, lifting recall at a fixed false-positive rate by 14%", "Experience"),
    ("Productionized the models as a low-latency scoring service handling 12k transactions per second, with shadow deployment before launch", "Experience"),
    ("Built an offline evaluation harness that replays a month of traffic and reports calibration, cost curves and fairness slices", "Experience"),
    ("Cut GPU training cost by 35% using mixed precision, gradient checkpointing and spot instances", "Experience"),
    ("Fine-tuned a clinical named-entity recognition model and packaged it as a batch inference job on Kubernetes", "Experience"),
    ("Wrote data anonymization scripts that removed protected health information before annotation", "Experience"),
    ("Added unit tests and type hints to the training codebase, raising coverage from 38% to 81%", "Experience"),
    ("Trained a convolutional LSTM on satellite imagery to forecast particulate concentrations six hours ahead", "Projects"),
    ("Served hourly predictions through a small Flask API with response caching and a public map dashboard", "Projects"),
    ("Implemented BM25 search with typo-tolerant autocomplete over 300k recipes", "Projects"),
]
DOCS["h8_deedy_twocol"] = (DEEDY, DEEDY_GOLD)

# ---------------------------------------------------------------------------
# 4. Plain article, \section*, \textbf{Role} \hfill Dates, math / ligatures /
#    dashes / \& / \url.  Default OT1 Computer Modern, justified text.
# ---------------------------------------------------------------------------
PLAIN = r"""\documentclass[11pt]{article}
\usepackage[margin=1.1in]{geometry}
\usepackage{url}
\pagestyle{empty}
\setlength{\parindent}{0pt}

\begin{document}

\begin{center}
{\LARGE\bfseries Darnell Whitfield}\\[2pt]
Oakland, CA --- darnell.whitfield@example.com --- (555) 019-6620
\end{center}

\section*{Summary}
Machine learning engineer who has spent seven years building anomaly-detection and ranking systems, with equal time on model quality and on the services that keep those models running.

\section*{Experience}
\textbf{Staff Machine Learning Engineer, Ferrowave Telecom} \hfill 2020 -- Present\\
\emph{Oakland, CA}
\begin{itemize}
\item Scaled the offline training pipeline for network-anomaly detection to $\sim$2M events per minute using Spark Structured Streaming
\item Kept the real-time scoring service at $>$99.9\% availability across three regions with automated failover \& health checks
\item Reduced the false-alarm rate from 40\%$\rightarrow$12\% by retraining with hard negatives and recalibrating thresholds per cell site
\item Increased inference throughput $\times$3 by exporting models to ONNX and batching requests --- without adding hardware
\item Designed an efficient feature workflow that cut the time from idea to first trained model from two weeks to three days
\item Wrote the model-launch checklist (data review, shadow traffic, rollback plan) adopted by six teams
\end{itemize}

\textbf{Machine Learning Engineer, Saltmarsh Analytics} \hfill 2017 -- 2020\\
\emph{San Francisco, CA}
\begin{itemize}
\item Trained ranking models for a job marketplace; offline NDCG improved 8\% and online applications rose 5\% during 2018--2019
\item Built the Airflow DAGs \& monitoring dashboards for daily retraining of 20+ models
\item Fixed a traffic-splitting bug in the experimentation platform that had biased two quarters of A/B results
\item Eliminated flaky integration tests by isolating fixtures, halving CI time to $\sim$11 minutes
\item Moved model artifacts to a versioned registry so that every deployed model could be traced to its data snapshot
\end{itemize}

\section*{Projects}
\textbf{featurestore-lite (open source)} \hfill 2022 -- Present
\begin{itemize}
\item Code at \url{https://code.example.com/dwhitfield/featurestore-lite}, 40 contributors
\item Implemented a fluent Python API for defining point-in-time feature joins over Parquet files
\end{itemize}

\section*{Skills}
Python, Scala, SQL, Spark, Airflow, ONNX Runtime, PyTorch, Kubernetes, Grafana.

\section*{Education}
\textbf{B.S. Electrical Engineering, Coastline University} \hfill 2013 -- 2017

\end{document}
"""
PLAIN_GOLD = [
    ("Scaled the offline training pipeline for network-anomaly detection to ~2M events per minute using Spark Structured Streaming", "Experience"),
    ("Kept the real-time scoring service at >99.9% availability across three regions with automated failover & health checks", "Experience"),
    ("Reduced the false-alarm rate from 40%\u219212% by retraining with hard negatives and recalibrating thresholds per cell site", "Experience"),
    ("Increased inference throughput \u00d73 by exporting models to ONNX and batching requests \u2014 without adding hardware", "Experience"),
    ("Designed an efficient feature workflow that cut the time from idea to first trained model from two weeks to three days", "Experience"),
    ("Wrote the model-launch checklist (data review, shadow traffic, rollback plan) adopted by six teams", "Experience"),
    ("Trained ranking models for a job marketplace; offline NDCG improved 8% and online applications rose 5% during 2018\u20132019", "Experience"),
    ("Built the Airflow DAGs & monitoring dashboards for daily retraining of 20+ models", "Experience"),
    ("Fixed a traffic-splitting bug in the experimentation platform that had biased two quarters of A/B results", "Experience"),
    ("Eliminated flaky integration tests by isolating fixtures, halving CI time to ~11 minutes", "Experience"),
    ("Moved model artifacts to a versioned registry so that every deployed model could be traced to its data snapshot", "Experience"),
    ("Code at https://code.example.com/dwhitfield/featurestore-lite, 40 contributors", "Projects"),
    ("Implemented a fluent Python API for defining point-in-time feature joins over Parquet files", "Projects"),
]
DOCS["h8_plain_math"] = (PLAIN, PLAIN_GOLD)

# ---------------------------------------------------------------------------
# 5. enumerate achievements + description-list skills + numbered
#    "Selected Publications" (enumerate with [n] labels -- NOT bullets).
# ---------------------------------------------------------------------------
ENUMDESC = r"""\documentclass[11pt,letterpaper]{article}
\usepackage[margin=1.25in]{geometry}
\usepackage{enumitem}
\usepackage[hidelinks]{hyperref}
\usepackage{titlesec}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\titleformat{\section}{\large\bfseries}{}{0em}{}[{\titlerule[0.6pt]}]
\titlespacing*{\section}{0pt}{10pt}{4pt}

\begin{document}

{\Large\bfseries Yuki Halvorsen}\hfill yuki.halvorsen@example.com\\
Research Engineer, Speech \& Language\hfill +1 555 017 3108

\section{Summary}
Research engineer working where model training meets production serving: speech recognition, small language models and the evaluation and rollout tooling around them.

\section{Key Achievements}
\begin{enumerate}[leftmargin=*,label=\arabic*.]
\item Reduced serving cost of a 7B-parameter language model by 58\% through weight quantization and continuous batching
\item Led the team that shipped the first on-device speech model for Larkspur Audio, now running on 3 million devices
\item Created an internal evaluation suite of 2,400 test prompts that became the release gate for every model update
\item Received the 2022 Larkspur Engineering Excellence Award for the model rollback system
\end{enumerate}

\section{Experience}
\textbf{Research Engineer}, Larkspur Audio \hfill 2019 -- Present
\begin{itemize}[leftmargin=*]
\item Pretrained and fine-tuned conformer acoustic models on 50k hours of licensed speech using distributed data-parallel training
\item Built a streaming inference server in C++ with gRPC, reaching a real-time factor of 0.08 on a single CPU core
\item Set up continuous evaluation dashboards that track word error rate by accent, device and noise condition
\item Designed the model registry and staged rollout process, including automatic rollback on latency regressions
\end{itemize}
\textbf{Software Engineer}, Meadowgate Logistics \hfill 2016 -- 2019
\begin{itemize}[leftmargin=*]
\item Developed route optimization services in Go and PostgreSQL used by 300 dispatchers
\item Added distributed tracing with OpenTelemetry and cut incident diagnosis time in half
\end{itemize}

\section{Skills}
\begin{description}[leftmargin=0pt,itemsep=1pt]
\item[Languages:] Python, Go, C++
\item[ML:] PyTorch, JAX, ONNX Runtime, Hugging Face Transformers
\item[Infrastructure:] Kubernetes, Terraform, gRPC, Prometheus
\end{description}

\section{Selected Publications}
\begin{enumerate}[label={[\arabic*]},leftmargin=*]
\item Y.~Halvorsen and R.~Adeyemi. Streaming conformer models for low-latency on-device recognition. \emph{Proceedings of the Workshop on Efficient Speech Systems}, 2022.
\item R.~Adeyemi, Y.~Halvorsen, and T.~Lindqvist. Accent-sliced evaluation of production speech recognizers. \emph{Journal of Applied Speech Technology}, 2021.
\end{enumerate}

\section{Education}
\textbf{M.S. Computer Science}, Brightwater University \hfill 2014 -- 2016

\end{document}
"""
ENUMDESC_GOLD = [
    ("Reduced serving cost of a 7B-parameter language model by 58% through weight quantization and continuous batching", "Key Achievements"),
    ("Led the team that shipped the first on-device speech model for Larkspur Audio, now running on 3 million devices", "Key Achievements"),
    ("Created an internal evaluation suite of 2,400 test prompts that became the release gate for every model update", "Key Achievements"),
    ("Received the 2022 Larkspur Engineering Excellence Award for the model rollback system", "Key Achievements"),
    ("Pretrained and fine-tuned conformer acoustic models on 50k hours of licensed speech using distributed data-parallel training", "Experience"),
    ("Built a streaming inference server in C++ with gRPC, reaching a real-time factor of 0.08 on a single CPU core", "Experience"),
    ("Set up continuous evaluation dashboards that track word error rate by accent, device and noise condition", "Experience"),
    ("Designed the model registry and staged rollout process, including automatic rollback on latency regressions", "Experience"),
    ("Developed route optimization services in Go and PostgreSQL used by 300 dispatchers", "Experience"),
    ("Added distributed tracing with OpenTelemetry and cut incident diagnosis time in half", "Experience"),
    ("Languages: Python, Go, C++", "Skills"),
    ("ML: PyTorch, JAX, ONNX Runtime, Hugging Face Transformers", "Skills"),
    ("Infrastructure: Kubernetes, Terraform, gRPC, Prometheus", "Skills"),
]
DOCS["h8_enum_desc_pubs"] = (ENUMDESC, ENUMDESC_GOLD)


# ---------------------------------------------------------------------------
def build(name, tex):
    os.makedirs(SRC, exist_ok=True)
    texpath = os.path.join(SRC, name + ".tex")
    with open(texpath, "w", encoding="utf-8") as f:
        f.write(tex)
    for _ in range(2):
        r = subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error",
                            name + ".tex"], cwd=SRC, capture_output=True, text=True)
        if r.returncode != 0:
            sys.stdout.write(r.stdout[-3000:])
            raise SystemExit("pdflatex failed for " + name)
    shutil.move(os.path.join(SRC, name + ".pdf"), os.path.join(HERE, name + ".pdf"))
    for ext in (".aux", ".log", ".out", ".toc", ".nav", ".snm"):
        p = os.path.join(SRC, name + ext)
        if os.path.exists(p):
            os.remove(p)


def write_gold(name, gold):
    data = {"source": name + ".pdf",
            "bullets": [{"text": t, "section": s} for t, s in gold]}
    with open(os.path.join(HERE, name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")


def key(s):
    """Loose key: NFKC (splits ligatures), fold ~-like chars, drop hyphens and
    everything that is not a letter/digit or a symbol we care about."""
    s = unicodedata.normalize("NFKC", s).replace("\u223c", "~").lower()
    return "".join(ch for ch in s if ch.isalnum() or ch in "%&~>\u2192\u00d7\u2013\u2014+@/.,:;()")


def check(name, gold):
    r = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", os.path.join(HERE, name + ".pdf"), "-"],
                       capture_output=True, text=True)
    raw = r.stdout
    page = key(raw)
    pos, ok = 0, True
    for t, s in gold:
        k = key(t)
        i = page.find(k, pos)
        if i < 0:
            ok = False
            print("  MISSING/ALTERED in text layer:", t)
        else:
            pos = i + len(k)
    print(f"{name}: {len(gold)} bullets, text-layer order check {'OK' if ok else 'FAILED'}")
    return ok


def main():
    allok = True
    for name, (tex, gold) in DOCS.items():
        build(name, tex)
        write_gold(name, gold)
        allok &= check(name, gold)
    sys.exit(0 if allok else 1)


if __name__ == "__main__":
    main()
