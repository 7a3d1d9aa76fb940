"""Content for the second held-out set (eval/holdout2).

Every person, company and school here is fictional. Addresses use example.com and phone
numbers use the 555 range. The generator (make_holdout2.py) renders these structures into
six layouts, and writes the gold files from the very same structures.

A bullet is either a plain string or a tuple (text, [sub-bullet, ...]).
"""

# ---------------------------------------------------------------------------
# 1. Google-Docs-export style DOCX
# ---------------------------------------------------------------------------
PRIYA = {
    "name": "Priya Natarajan",
    "tagline": "Senior Machine Learning Engineer",
    "contact": "San Jose, CA  |  priya.natarajan@example.com  |  (408) 555-0187  |  linkedin.example.com/in/priyan",
    "summary": (
        "Machine learning engineer with seven years of experience taking models from notebook to "
        "production in payments and healthcare. I care about the boring parts: data contracts, "
        "shadow launches, on-call and the runbook that gets someone back to sleep."
    ),
    "experience_heading": "Work Experience",
    "roles": [
        {
            "title": "Senior Machine Learning Engineer",
            "org": "Finch Labs",
            "where": "San Jose, CA",
            "dates": "Mar 2021 – Present",
            "bullets": [
                "Shipped a real-time fraud scoring service (FastAPI + ONNX Runtime) handling 4,000 "
                "requests/s at 18 ms p99 latency for card authorizations.",
                ("Cut false declines by 23% after moving the gradient-boosted model to weekly retraining "
                 "on fresh chargeback labels.", [
                    "Built the Airflow pipeline that backfills labels that arrive up to 45 days late and "
                    "flags leakage before each retrain.",
                    "Added a shadow stage so every candidate model scores live traffic for 7 days before "
                    "promotion.",
                ]),
                "Diagnosed a silent feature-skew incident (a timezone bug in the online store) that "
                "dropped precision by 9 points; added parity checks that now run on every deploy.",
                "Led the on-call rotation for the scoring platform (8 engineers); wrote the runbooks and "
                "cut mean time to recovery from 3 hours to 35 minutes.",
                "Mentored two junior engineers through their first production launches.",
            ],
        },
        {
            "title": "Machine Learning Engineer",
            "org": "Bluegill Health",
            "where": "Remote",
            "dates": "Jul 2018 – Feb 2021",
            "bullets": [
                "Trained a BiLSTM-CRF model to extract medications from clinical notes (F1 0.87 on a "
                "held-out hospital).",
                "Fine-tuned ClinicalBERT for ICD-10 code suggestion, improving top-5 accuracy from 71% to "
                "82% offline.",
                "Deployed the code-suggestion model behind an internal API used by 140 medical coders and "
                "monitored drift with weekly PSI reports.",
                "Reduced GPU training cost by 38% by moving experiments to spot instances with checkpoint "
                "resume.",
            ],
        },
    ],
    "projects_heading": "Projects",
    "projects": [
        "tinyrank: an open-source learning-to-rank library (1.2k GitHub stars) with LightGBM and "
        "PyTorch backends.",
        "Kaggle “Feedback Prize” competition: silver medal (top 3%) with a DeBERTa ensemble.",
    ],
    "education": [
        ("M.S. Computer Science, Western Pacific University", "2016 – 2018"),
        ("B.Tech. Information Technology, Coromandel Institute of Technology", "2012 – 2016"),
    ],
    "skills": [
        ("Languages", "Python, SQL, Go, Bash"),
        ("ML", "PyTorch, scikit-learn, LightGBM, Hugging Face Transformers, ONNX"),
        ("Infrastructure", "Kubernetes, Airflow, Kafka, Feast, Prometheus, Grafana, AWS"),
    ],
}

# ---------------------------------------------------------------------------
# 2. DOCX with a table per role, converted to PDF by LibreOffice
# ---------------------------------------------------------------------------
MARCUS = {
    "name": "Marcus Oyelaran",
    "tagline": "Data & ML Platform Engineer",
    "contact": ["Chicago, IL", "marcus.oyelaran@example.com", "(312) 555-0144"],
    "profile": (
        "Data engineer who ended up owning the platform that machine learning models run on. "
        "Happiest when a pipeline is boring, observable and cheap."
    ),
    "roles": [
        {
            "title": "Staff Data Engineer",
            "org": "Juniper Freight",
            "dates": "2022 – present",
            "bullets": [
                "Designed the streaming ETA pipeline (Kafka, Flink, Feast) that feeds 30M predictions a "
                "day to the dispatch app.",
                "Migrated 240 batch jobs from cron to Dagster with lineage tracking, eliminating a weekly "
                "2-hour reporting outage.",
                "Rolled out model monitoring (Evidently + Prometheus) for 14 production models; alerts "
                "caught a GPS-feed regression within 20 minutes.",
                "Partnered with data scientists to productionize the delivery-delay classifier, serving it "
                "on SageMaker endpoints at 99.95% availability.",
                "Built a cost dashboard that exposed idle Spark clusters and saved $410k per year.",
            ],
        },
        {
            "title": "Data Engineer",
            "org": "Northwind Analytics",
            "dates": "2019 – 2022",
            "bullets": [
                "Trained a churn model on 5 years of subscription data (XGBoost, AUC 0.84) and presented "
                "the results to the product team.",
                "Rebuilt the customer 360 warehouse in Snowflake and dbt, cutting nightly load time from "
                "6 hours to 50 minutes.",
                "Introduced Great Expectations checks on 60 source tables, so bad upstream loads now fail "
                "fast instead of reaching dashboards.",
                "Prototyped a demand-forecasting model with Prophet that beat the spreadsheet baseline by "
                "12% MAPE in backtests.",
            ],
        },
        {
            "title": "Data Analyst Intern",
            "org": "Brightline Retail",
            "dates": "Summer 2018",
            "bullets": [
                "Automated the weekly sales report in Python, saving the finance team 6 hours per week.",
            ],
        },
    ],
    "education": [
        ("B.S. Statistics", "Lakeshore State University", "2015 – 2019"),
    ],
    "skills": "Python, SQL, Scala, Spark, Flink, Kafka, dbt, Snowflake, Dagster, Airflow, Terraform, "
              "AWS (SageMaker, EMR, Kinesis), Docker, Kubernetes",
    "certifications": [
        "AWS Certified Machine Learning – Specialty (2023)",
        "Databricks Certified Data Engineer Professional (2022)",
    ],
}

# ---------------------------------------------------------------------------
# 3. xelatex, moderncv-like (dates in a narrow left column)
# ---------------------------------------------------------------------------
ELENA = {
    "name_first": "Elena",
    "name_last": "Vasquez-Brandt",
    "tagline": "Applied Scientist, Search & Ranking",
    "contact": ["Berlin, Germany", "+49 30 555 0199", "elena.vb@example.com", "elena-vb.example.com"],
    "summary": (
        "Applied scientist working on retrieval and ranking. I like taking a model from an offline "
        "benchmark to real traffic and finding out what the benchmark missed."
    ),
    "roles": [
        {
            "dates": "2022–now",
            "title": "Applied Scientist",
            "org": "Larkspur Search GmbH",
            "where": "Berlin",
            "bullets": [
                "Fine-tuned a cross-encoder reranker on 2M click pairs, lifting offline NDCG@10 from "
                "0.412 to 0.447.",
                "Shipped the reranker to 100% of search traffic behind a feature flag and kept p95 "
                "latency under 60 ms by distilling it into a 6-layer student model.",
                "Found that a tokenizer upgrade had silently truncated product titles, causing a 4% drop "
                "in click-through; added a canary query set that blocks deploys on regressions.",
                "Built the offline evaluation harness (judged queries and an interleaving workflow) that "
                "three teams now use.",
                "Ran weekly error-analysis sessions with merchandisers and turned their findings into 40 "
                "labeled hard-negative sets.",
            ],
        },
        {
            "dates": "2019–2022",
            "title": "Research Engineer",
            "org": "Ostara AI",
            "where": "Zurich",
            "bullets": [
                "Trained a multilingual dense retriever (mBERT dual encoder) for 11 languages that beat "
                "BM25 by 9 points of recall@100 on internal benchmarks.",
                "Pretrained a 350M-parameter code model on 80 GB of deduplicated source files with "
                "DeepSpeed ZeRO-2 on 32 A100 GPUs.",
                "Wrote the data-filtering pipeline (MinHash deduplication, license filter, PII scrubbing) "
                "that became the standard for later training runs.",
                "Co-authored two workshop papers on efficient fine-tuning of retrieval models.",
            ],
        },
        {
            "dates": "2017–2019",
            "title": "Teaching Assistant",
            "org": "Alpine Technical University",
            "where": "Zurich",
            "bullets": [
                "Taught weekly exercise sessions for Introduction to Machine Learning (200 students) and "
                "rewrote the automated grading scripts.",
            ],
        },
    ],
    "education": [
        ("2017–2019", "M.Sc. Data Science", "Alpine Technical University", "Thesis: sparse retrieval for long documents"),
        ("2014–2017", "B.Sc. Mathematics", "University of Valmora", ""),
    ],
    "skills": [
        ("Modeling", "PyTorch, JAX, Hugging Face, sentence-transformers, LightGBM"),
        ("Serving", "Triton Inference Server, ONNX, Redis, Kubernetes"),
        ("Data", "Spark, BigQuery, Beam"),
        ("Languages", "German (native), Spanish (native), English (fluent)"),
    ],
}

# ---------------------------------------------------------------------------
# 4. reportlab, two pages, sidebar on page 1 only
# ---------------------------------------------------------------------------
DANIEL = {
    "name": "Daniel Kwon",
    "tagline": "Senior Software Engineer · ML Infrastructure",
    "contact": ["Pittsburgh, PA", "daniel.kwon@example.com", "(412) 555-0163", "github.example.com/dkwon"],
    "skills": ["Go, Python, C++", "Kubernetes, Helm", "TensorRT, ONNX", "Kafka, gRPC", "BigQuery, MySQL",
               "Prometheus, Grafana", "Terraform, GitHub Actions"],
    "languages": ["English (native)", "Korean (native)", "Spanish (basic)"],
    "summary": (
        "Infrastructure engineer for machine learning systems that run on real hardware in real "
        "warehouses. Eight years of backend and platform work; I measure success in rollbacks that "
        "were never needed and pages that never fired."
    ),
    "roles": [
        {
            "org": "Quillon Robotics",
            "where": "Pittsburgh, PA",
            "title": "Senior Software Engineer, ML Infrastructure",
            "dates": "Jan 2021 – Present",
            "bullets": [
                "Built the model registry and rollout service that ships perception models to 1,800 "
                "warehouse robots, with staged canaries and one-click rollback.",
                "Cut fleet-wide model update time from 3 days to 4 hours by switching to delta updates "
                "over the existing OTA channel.",
                "Investigated a spike in missed picks traced to a quantization bug in the INT8 TensorRT "
                "export; added golden-image regression tests to the release pipeline.",
                "Trained a lightweight grasp-quality CNN on 300k labeled grasps, improving the simulated "
                "success rate from 81% to 88%.",
                "Ran the Kubernetes GPU training cluster (64 nodes) and reduced queue wait times by 60% "
                "with a fair-share scheduler.",
                "Defined SLOs for the on-robot inference service (99.9% of frames under 30 ms) and built "
                "the Grafana dashboards used in incident review.",
                "Migrated batch inference for label auditing from ad-hoc GPU VMs to Ray on Kubernetes, "
                "processing 2M frames a night at half the cost.",
                "Wrote the incident process for model regressions (severity levels, owner rotation, "
                "blameless reviews) that the perception and planning teams adopted.",
                "Interviewed 40+ candidates and designed the ML infrastructure take-home exercise.",
            ],
        },
        {
            "org": "Parcelhub",
            "where": "Seattle, WA",
            "title": "Software Engineer, Data Platform",
            "dates": "Jun 2017 – Dec 2020",
            "bullets": [
                "Wrote the address-normalization service in Go, serving 2,500 requests per second for the "
                "checkout flow.",
                "Trained and evaluated a sequence-to-sequence address parser that reached 96% exact match "
                "on a held-out set of 50k addresses.",
                "Replaced the nightly MySQL dump with change-data-capture into BigQuery, so analysts get "
                "data that is 5 minutes old instead of 24 hours.",
                "Handled a Black Friday outage caused by a connection-pool leak: shipped the fix in 90 "
                "minutes and wrote the public postmortem.",
                "Added load tests to CI that now gate every release of the checkout APIs.",
                "Partnered with data science to A/B test a delivery-window prediction model and owned its "
                "rollout and latency budget (50 ms p99).",
            ],
        },
        {
            "org": "Tanager Games",
            "where": "Seattle, WA",
            "title": "Junior Backend Developer",
            "dates": "Aug 2015 – May 2017",
            "bullets": [
                "Maintained the matchmaking servers for a mobile game with 300k daily active players.",
                "Wrote a replay-based load tester that found a lock contention bug before the season "
                "launch.",
                "Built an anomaly detector for in-game purchase fraud with isolation forests, evaluated on "
                "six months of logs.",
            ],
        },
    ],
    "education": [("B.S. Computer Engineering", "Three Rivers Polytechnic", "2011 – 2015")],
    "projects": [
        "kvbench: a benchmarking tool for embedded key-value stores, used in two conference talks.",
        "Volunteer mentor at a local coding bootcamp (Python and SQL track).",
    ],
}

# ---------------------------------------------------------------------------
# 5. GitHub-style markdown
# Bullet text here is markdown source; the gold text is the rendered text (see md_plain()).
# ---------------------------------------------------------------------------
SAM = {
    "name": "Sam Okafor",
    "roles": [
        {
            "line": "**ML Engineer** — Acme Payments (2021–)",
            "bullets": [
                ("Own the card-fraud model end to end, from feature pipeline to the `score` API that "
                 "answers ~1,200 requests/s.", [
                    "Moved serving from a Flask app to **BentoML** on Kubernetes; p99 latency fell from "
                    "140 ms to 35 ms.",
                    "Set up drift alerts on the top 20 features in Grafana, which caught a broken "
                    "merchant-category feed two hours after a partner change.",
                ]),
                "Trained a graph neural network (PyG) on the merchant–card graph; +3.1 points PR-AUC "
                "offline, not yet launched.",
                ("Wrote the retraining playbook after a bad model push doubled false positives for a "
                 "day", [
                    "Added an automatic rollback when the live approval rate moves more than 2% from the "
                    "7-day baseline.",
                ]),
                "Run the monthly model review with the risk team.",
            ],
        },
        {
            "line": "**Data Scientist** — Kestrel Insurance (2018–2021)",
            "bullets": [
                "Built a claims-triage classifier (LightGBM) that routed 35% of claims to the fast "
                "track; it has been in production since 2020.",
                "Fine-tuned a BERT model on 80k adjuster notes to flag possible fraud; 0.78 F1 in "
                "offline evaluation.",
                "Automated the quarterly loss-ratio report with `pandas` and Airflow.",
            ],
        },
    ],
    "open_source": [
        "Maintainer of [featherlog](https://featherlog.example.com), a tiny structured-logging library "
        "for ML services (300+ stars).",
        "Contributed a batching fix to an open-source model server that cut GPU memory use by 20% for "
        "small models.",
    ],
    "talks": [
        "*What broke when we shipped our first fraud model*, PyData Lagos 2023 (slides and the "
        "incident timeline are on my site).",
    ],
}

# ---------------------------------------------------------------------------
# 6. fpdf2 with square bullets, small-caps headings, flush wrapped lines
# ---------------------------------------------------------------------------
HANNAH = {
    "name": "Hannah Lindqvist",
    "tagline": "Machine Learning Engineer",
    "contact": "Gothenburg, Sweden  ·  hannah.lindqvist@example.com  ·  +46 31 555 01 72",
    "profile": (
        "ML engineer with a data-science background. I have spent the last five years putting "
        "forecasting and vision models into production for logistics and manufacturing."
    ),
    "roles": [
        {
            "title": "Machine Learning Engineer",
            "org": "Solberg Logistics AB",
            "dates": "2021 – present",
            "bullets": [
                "Productionized the parcel-volume forecaster: a nightly batch job on Vertex AI that "
                "schedules staff for 42 sorting hubs.",
                "Cut forecast error (WMAPE) from 14.2% to 9.8% by retraining a temporal fusion "
                "transformer on three years of hub-level data.",
                "Introduced observability for all forecasting jobs (freshness, row counts, prediction "
                "ranges), ending a run of silent Monday failures.",
                "Traced a week of bad forecasts to a holiday calendar that stopped updating, and added a "
                "data contract with the upstream team.",
                "Built a label-studio workflow so hub managers can correct anomalies, feeding 3,000 "
                "corrections a month back into training.",
            ],
        },
        {
            "title": "Data Scientist",
            "org": "Vinterverk Manufacturing",
            "dates": "2018 – 2021",
            "bullets": [
                "Trained a ResNet-50 defect classifier on 120k weld images with 97.4% accuracy on a "
                "held-out production line.",
                "Deployed the classifier to edge GPUs on two assembly lines, where it now inspects 9,000 "
                "welds per shift.",
                "Ran A/B tests of inspection thresholds with quality engineers, reducing manual "
                "re-inspection by 31%.",
                "Wrote internal training material on experiment tracking with MLflow.",
            ],
        },
        {
            "title": "Research Intern",
            "org": "Nordhav Institute of Technology",
            "dates": "2017",
            "bullets": [
                "Benchmarked semi-supervised learning methods for sensor time series and co-authored a "
                "workshop paper.",
            ],
        },
    ],
    "education": [
        ("M.Sc. Engineering Mathematics", "Nordhav Institute of Technology", "2016 – 2018"),
        ("B.Sc. Physics", "University of Skärvik", "2013 – 2016"),
    ],
    "skills": [
        ("Languages", "Python, SQL, Rust (hobby)"),
        ("ML", "PyTorch, PyTorch Forecasting, scikit-learn, MLflow, Label Studio"),
        ("Platform", "GCP (Vertex AI, BigQuery), Docker, Terraform, dbt"),
    ],
    "awards": [
        "Solberg Engineering Award 2023 for the forecasting platform.",
        "Best poster, Nordic Workshop on Applied ML 2019.",
    ],
}
