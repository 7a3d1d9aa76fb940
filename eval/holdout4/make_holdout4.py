#!/usr/bin/env python3
"""Regenerate holdout set 4: five fictional resumes as .docx, each with a real-world Word trap.

Run:  /work/venv/bin/python eval/holdout4/make_holdout4.py

Every .docx is written part by part (raw WordprocessingML in a zip) so that each trap is exactly the
XML construct it claims to be.  The gold file beside each document is computed from the SAME content
data that is rendered to XML, never from an extractor:

  * text is what a reader sees in Word with changes accepted: inserted text present, deleted text
    absent, a deleted bullet paragraph absent, a soft line break (<w:br/>) read as one space,
    hyperlink / content-control text kept, list glyphs not part of the text;
  * section is the heading text exactly as written in the document.

Output is deterministic (fixed zip timestamps), so re-running gives byte-identical files.
Only the standard library is used.
"""
from __future__ import annotations

import json
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

OUT = Path(__file__).resolve().parent

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
AUTHOR = "Reviewer"
DATE = "2024-03-11T09:30:00Z"


# --------------------------------------------------------------------------------------------
# Content model
#
# A document is a list of blocks:
#   ("title", text)                   name line (not a bullet)
#   ("line", segs)                    plain paragraph (contact, summary, skills, education ...)
#   ("heading", text)                 section heading -> becomes `section` for following bullets
#   ("role", left, right)             role line; right part after a TAB when the resume uses tabs
#   ("bullet", segs)                  bullet, level 0
#   ("bullet2", segs)                 nested bullet, level 1
#   ("bullet_del", segs)              whole bullet paragraph deleted with tracked changes
#   ("bullet_ins", segs)              whole bullet paragraph inserted with tracked changes
#   ("colbreak",)                     column break (appended as a run to the previous paragraph)
#   ("sect_end", {...})               end of a section (sectPr in the previous paragraph's pPr)
#   ("sdt_start", alias, tag) / ("sdt_end",)   block-level content control
#
# Segments (segs) are a list of:
#   "plain text"
#   ("ins", text)     tracked insertion          -> counts
#   ("del", text)     tracked deletion           -> absent
#   ("br",)           soft line break            -> one space
#   ("link", text, url)  hyperlink               -> text kept
#   ("sdt", text, alias) inline content control  -> text kept
# --------------------------------------------------------------------------------------------

def seg_text(segs) -> str:
    out = []
    for s in segs:
        if isinstance(s, str):
            out.append(s)
        elif s[0] in ("ins", "link", "sdt"):
            out.append(s[1])
        elif s[0] == "del":
            pass
        elif s[0] == "br":
            out.append(" ")
        else:
            raise ValueError(s)
    text = "".join(out)
    assert text == text.strip() and "  " not in text, repr(text)
    return text


def gold_for(blocks):
    section = None
    bullets = []
    for b in blocks:
        kind = b[0]
        if kind == "heading":
            section = b[1]
        elif kind in ("bullet", "bullet2", "bullet_ins"):
            bullets.append({"text": seg_text(b[1]), "section": section})
        # bullet_del: deleted in Word -> not in gold
    return bullets


# --------------------------------------------------------------------------------------------
# XML rendering helpers
# --------------------------------------------------------------------------------------------

class Ctx:
    def __init__(self):
        self.rev_id = 100
        self.rels = []  # (rId, type, target, external)
        self.sdt_id = 501

    def next_rev(self):
        self.rev_id += 1
        return self.rev_id

    def add_link(self, url):
        for rid, _t, target, _e in self.rels:
            if target == url:
                return rid
        rid = f"rIdL{len(self.rels) + 1}"
        self.rels.append((rid, RT + "/hyperlink", url, True))
        return rid


def t(text):
    return f'<w:t xml:space="preserve">{escape(text)}</w:t>'


def run(text, rpr=""):
    rp = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f"<w:r>{rp}{t(text)}</w:r>"


def runs_for(segs, ctx: Ctx, rpr=""):
    rp = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    xml = []
    for s in segs:
        if isinstance(s, str):
            xml.append(run(s, rpr))
        elif s[0] == "ins":
            xml.append(f'<w:ins w:id="{ctx.next_rev()}" w:author="{AUTHOR}" w:date="{DATE}">'
                       f"{run(s[1], rpr)}</w:ins>")
        elif s[0] == "del":
            xml.append(f'<w:del w:id="{ctx.next_rev()}" w:author="{AUTHOR}" w:date="{DATE}">'
                       f'<w:r>{rp}<w:delText xml:space="preserve">{escape(s[1])}</w:delText></w:r></w:del>')
        elif s[0] == "br":
            xml.append("<w:r><w:br/></w:r>")
        elif s[0] == "link":
            rid = ctx.add_link(s[2])
            link_run = run(s[1], '<w:rStyle w:val="Hyperlink"/>' + rpr)
            xml.append(f'<w:hyperlink r:id="{rid}" w:history="1">{link_run}</w:hyperlink>')
        elif s[0] == "sdt":
            sid = ctx.sdt_id
            ctx.sdt_id += 1
            xml.append(f'<w:sdt><w:sdtPr><w:alias w:val="{escape(s[2])}"/><w:tag w:val="{escape(s[2])}"/>'
                       f'<w:id w:val="{sid}"/><w:text/></w:sdtPr><w:sdtContent>{run(s[1], rpr)}'
                       f"</w:sdtContent></w:sdt>")
        else:
            raise ValueError(s)
    return "".join(xml)


def para(inner, ppr=""):
    return f"<w:p>{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}{inner}</w:p>"


def sect_pr(opts, ctx_refs=""):
    cols = opts.get("cols", '<w:cols w:space="720"/>')
    typ = f'<w:type w:val="{opts["type"]}"/>' if opts.get("type") else ""
    m = opts.get("margin", 1080)
    top = opts.get("top", m)
    return (f"<w:sectPr>{ctx_refs}{typ}<w:pgSz w:w=\"12240\" w:h=\"15840\"/>"
            f'<w:pgMar w:top="{top}" w:right="{m}" w:bottom="{m}" w:left="{m}" w:header="540" '
            f'w:footer="540" w:gutter="0"/>{cols}<w:docGrid w:linePitch="360"/></w:sectPr>')


def render_body(blocks, style, ctx: Ctx):
    """style: dict with keys bullet_ppr(level)->str, heading_ppr, heading_rpr, role_ppr, role_rpr,
    title_ppr, title_rpr, role_tab (bool), final_sect (dict), refs (header/footer references)."""
    out = []

    def emit(inner, ppr):
        out.append({"inner": inner, "ppr": ppr, "pre": "", "post": ""})

    pending_pre = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            emit(run(b[1], style["title_rpr"]), style["title_ppr"])
        elif kind == "line":
            emit(runs_for(b[1], ctx), style.get("line_ppr", ""))
        elif kind == "heading":
            emit(run(b[1], style["heading_rpr"]), style["heading_ppr"])
        elif kind == "role":
            if len(b) == 3 and b[2] is not None and style.get("role_tab"):
                inner = run(b[1], style["role_rpr"]) + "<w:r><w:tab/></w:r>" + run(b[2], style.get("date_rpr", ""))
            elif len(b) == 3 and b[2] is not None:
                inner = run(b[1], style["role_rpr"]) + run(b[2], style.get("date_rpr", ""))
            else:
                inner = run(b[1], style["role_rpr"])
            emit(inner, style["role_ppr"])
        elif kind in ("bullet", "bullet2"):
            emit(runs_for(b[1], ctx), style["bullet_ppr"](0 if kind == "bullet" else 1))
        elif kind == "bullet_ins":
            rid = ctx.next_rev()
            inner = runs_for([("ins", x) if isinstance(x, str) else x for x in b[1]], ctx)
            ppr = style["bullet_ppr"](0) + (f'<w:rPr><w:ins w:id="{rid}" w:author="{AUTHOR}" '
                                            f'w:date="{DATE}"/></w:rPr>')
            emit(inner, ppr)
        elif kind == "bullet_del":
            rid = ctx.next_rev()
            inner = runs_for([("del", x) if isinstance(x, str) else x for x in b[1]], ctx)
            ppr = style["bullet_ppr"](0) + (f'<w:rPr><w:del w:id="{rid}" w:author="{AUTHOR}" '
                                            f'w:date="{DATE}"/></w:rPr>')
            emit(inner, ppr)
        elif kind == "colbreak":
            out[-1]["inner"] += '<w:r><w:br w:type="column"/></w:r>'
        elif kind == "sect_end":
            out[-1]["ppr"] += sect_pr(b[1], style.get("refs", ""))
        elif kind == "sdt_start":
            sid = ctx.sdt_id
            ctx.sdt_id += 1
            pending_pre.append(
                f'<w:sdt><w:sdtPr><w:alias w:val="{escape(b[1])}"/><w:tag w:val="{escape(b[2])}"/>'
                f'<w:id w:val="{sid}"/><w:lock w:val="sdtLocked"/></w:sdtPr><w:sdtContent>')
            out.append({"raw": pending_pre.pop()})
        elif kind == "sdt_end":
            out.append({"raw": "</w:sdtContent></w:sdt>"})
        else:
            raise ValueError(kind)

    xml = []
    for p in out:
        if "raw" in p:
            xml.append(p["raw"])
        else:
            xml.append(para(p["inner"], p["ppr"]))
    xml.append(sect_pr(style["final_sect"], style.get("refs", "")))
    return "".join(xml)


def document_xml(body):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{body}</w:body></w:document>')


def hdr_ftr_xml(tag, paras_xml):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:{tag} xmlns:w="{W_NS}" xmlns:r="{R_NS}">{paras_xml}</w:{tag}>')


BASE_STYLES = """
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>
 <w:pPr><w:spacing w:after="60" w:line="252" w:lineRule="auto"/></w:pPr></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
 <w:pPr><w:spacing w:after="40"/></w:pPr><w:rPr><w:b/><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
 <w:pPr><w:keepNext/><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="1F3864"/></w:pBdr><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr>
 <w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
 <w:pPr><w:keepNext/><w:spacing w:before="180" w:after="60"/><w:outlineLvl w:val="1"/></w:pPr>
 <w:rPr><w:b/><w:color w:val="2E74B5"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/>
 <w:pPr><w:spacing w:after="40"/><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>
<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
 <w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4680"/><w:tab w:val="right" w:pos="9360"/></w:tabs><w:spacing w:after="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4680"/><w:tab w:val="right" w:pos="9360"/></w:tabs><w:spacing w:after="0"/></w:pPr></w:style>
"""


def styles_xml(font, size_half_pts, extra=""):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:styles xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:docDefaults><w:rPrDefault><w:rPr>'
            f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:cs="{font}"/>'
            f'<w:sz w:val="{size_half_pts}"/><w:szCs w:val="{size_half_pts}"/><w:lang w:val="en-US"/>'
            f'</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="60"/></w:pPr></w:pPrDefault>'
            f"</w:docDefaults>{BASE_STYLES}{extra}</w:styles>")


def lvl(ilvl, text, font, left, hanging=360, pstyle=None):
    ps = f'<w:pStyle w:val="{pstyle}"/>' if pstyle else ""
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="bullet"/>{ps}'
            f'<w:lvlText w:val="{escape(text)}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr>'
            f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:hint="default"/></w:rPr></w:lvl>')


def numbering_xml(abstract_levels, nsid="3A1F2B7C"):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:numbering xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
            f'<w:abstractNum w:abstractNumId="0"><w:nsid w:val="{nsid}"/>'
            f'<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="04090001"/>{abstract_levels}'
            f'</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')


def std_levels(l0=("\u2022", "Arial"), l1=("\u2013", "Arial"), pstyle=None, base=360):
    out = [lvl(0, l0[0], l0[1], base, pstyle=pstyle), lvl(1, l1[0], l1[1], base + 360)]
    for i in range(2, 9):
        out.append(lvl(i, "\u25aa", "Arial", base + 360 * i))
    return "".join(out)


SETTINGS = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:settings xmlns:w="{W_NS}">{{extra}}<w:defaultTabStop w:val="720"/>'
            f'<w:characterSpacingControl w:val="doNotCompress"/><w:compat>'
            f'<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
            f"</w:compat></w:settings>")


def write_docx(path: Path, body, styles, numbering, ctx: Ctx, title, settings_extra="",
               header=None, footer=None):
    parts = {}
    overrides = [
        ("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
        ("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"),
        ("/word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"),
        ("/word/numbering.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"),
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
    ]
    doc_rels = [("rId1", RT + "/styles", "styles.xml", False),
                ("rId2", RT + "/settings", "settings.xml", False),
                ("rId3", RT + "/numbering", "numbering.xml", False)]
    if header is not None:
        doc_rels.append(("rIdH1", RT + "/header", "header1.xml", False))
        overrides.append(("/word/header1.xml",
                          "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"))
        parts["word/header1.xml"] = header
    if footer is not None:
        doc_rels.append(("rIdF1", RT + "/footer", "footer1.xml", False))
        overrides.append(("/word/footer1.xml",
                          "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"))
        parts["word/footer1.xml"] = footer
    doc_rels += ctx.rels

    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + "".join(f'<Override PartName="{p}" ContentType="{c}"/>' for p, c in overrides) + "</Types>")
    root_rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{REL_NS}">'
                 f'<Relationship Id="rId1" Type="{RT}/officeDocument" Target="word/document.xml"/>'
                 f'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                 f'<Relationship Id="rId3" Type="{RT}/extended-properties" Target="docProps/app.xml"/>'
                 f"</Relationships>")
    rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{REL_NS}">'
            + "".join(f'<Relationship Id="{rid}" Type="{typ}" Target="{escape(tg)}"'
                      + (' TargetMode="External"' if ext else "") + "/>"
                      for rid, typ, tg, ext in doc_rels)
            + "</Relationships>")
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(title)}</dc:creator>"
            '<dcterms:created xsi:type="dcterms:W3CDTF">2024-03-01T10:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-03-11T09:30:00Z</dcterms:modified>'
            "</cp:coreProperties>")
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           "<Application>Microsoft Office Word</Application></Properties>")
    parts.update({
        "[Content_Types].xml": ct,
        "_rels/.rels": root_rels,
        "word/document.xml": document_xml(body),
        "word/_rels/document.xml.rels": rels,
        "word/styles.xml": styles,
        "word/settings.xml": SETTINGS.replace("{extra}", settings_extra),
        "word/numbering.xml": numbering,
        "docProps/core.xml": core,
        "docProps/app.xml": app,
    })
    order = ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels"]
    order += sorted(k for k in parts if k not in order)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in order:
            zi = zipfile.ZipInfo(name, date_time=(2024, 3, 11, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, parts[name].encode("utf-8"))


def bullet_numpr(ilvl, pstyle="ListParagraph"):
    ps = f'<w:pStyle w:val="{pstyle}"/>' if pstyle else ""
    return f'{ps}<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="1"/></w:numPr>'


# ============================================================================================
# 1. Tracked changes left in the file
# ============================================================================================

R1 = [
    ("title", "Priya Raman"),
    ("line", ["Machine Learning Engineer | priya.raman@example.com | (555) 555-0134 | Austin, TX"]),
    ("heading", "SUMMARY"),
    ("line", ["Machine learning engineer with six years of experience taking ranking and NLP models from "
              "notebook to production, with a focus on retrieval, "
              + "latency budgets and reliable retraining."]),
    ("heading", "EXPERIENCE"),
    ("role", "Senior Machine Learning Engineer, Larkspur Commerce, Austin, TX", "  |  2021 \u2013 Present"),
    ("bullet", ["Trained a two-tower retrieval model on 1.2B click events with PyTorch DDP across 32 GPUs, "
                "lifting recall@100 by ", ("del", "9%"), ("ins", "11.4%"), " over the BM25 baseline."]),
    ("bullet", ["Deployed the ranking service on Kubernetes behind a gRPC gateway",
                ("ins", ", holding p99 latency under 45 ms at 18k QPS"), "."]),
    ("bullet", ["Built a feature pipeline in Spark and Feast that ", ("del", "replaced"), ("ins", "retired"),
                " 14 hand-maintained SQL jobs and cut feature freshness from 24 hours to 15 minutes."]),
    ("bullet_del", ["Attended weekly sync meetings with the product team to discuss roadmap priorities."]),
    ("bullet", ["Set up shadow deployments and automated canary analysis, catching two regressions before "
                "they reached customers."]),
    ("bullet", ["Fine-tuned a DistilBERT query classifier with ", ("del", "mixed precision and "),
                "knowledge distillation from a 340M-parameter teacher, reaching 94.2% accuracy at one-fifth "
                "the inference cost."]),
    ("bullet_ins", ["Wrote the on-call runbook for model rollbacks and led 6 incident postmortems."]),
    ("role", "Machine Learning Engineer, Tidewater Health Analytics, Remote", "  |  2018 \u2013 2021"),
    ("bullet", ["Developed gradient-boosted readmission-risk models in XGBoost with calibrated probabilities "
                "(ECE 0.021) used by 40 partner clinics."]),
    ("bullet", ["Packaged models as Docker images served through FastAPI, with Prometheus alerts on input "
                "drift and latency."]),
    ("bullet", [("del", "Migrated"), ("ins", "Led the migration of"), " nightly batch scoring from cron "
                "scripts to Airflow, reducing failed runs from 12 to 1 per month."]),
    ("bullet", ["Ran weekly error analysis with clinicians and added 3 features that improved AUROC from "
                "0.78 to 0.83."]),
    ("heading", "PROJECTS"),
    ("bullet", ["Open-source contributor to a time-series forecasting library: added quantile loss and early "
                "stopping", ("del", " support"), "."]),
    ("bullet", ["Built a retrieval-augmented Q&A demo over internal docs using sentence-transformers and FAISS",
                ("ins", ", evaluated on 300 labeled questions"), "."]),
    ("heading", "SKILLS"),
    ("line", ["Python, SQL, PyTorch, XGBoost, Spark, Airflow, Kubernetes, Docker, FastAPI, Feast, GCP"]),
    ("heading", "EDUCATION"),
    ("line", ["M.S. Computer Science, University of Texas at Austin, 2018"]),
]


def make_1(name):
    ctx = Ctx()
    style = dict(
        title_ppr="", title_rpr="<w:b/><w:sz w:val=\"36\"/>",
        heading_ppr='<w:spacing w:before="180" w:after="60"/>',
        heading_rpr='<w:b/><w:color w:val="333333"/>',
        role_ppr='<w:keepNext/><w:spacing w:before="80" w:after="40"/>', role_rpr="<w:b/>",
        date_rpr="<w:i/>",
        bullet_ppr=lambda i: bullet_numpr(i),
        final_sect={"margin": 1080},
    )
    body = render_body(R1, style, ctx)
    write_docx(OUT / f"{name}.docx", body, styles_xml("Calibri", 21),
               numbering_xml(std_levels()), ctx, "Priya Raman", settings_extra="<w:trackRevisions/>")
    return R1


# ============================================================================================
# 2. Two-column section with a column break; hyperlinks inside bullets
# ============================================================================================

R2 = [
    ("title", "Marcus Oyelaran"),
    ("line", ["Data Scientist | marcus.oyelaran@example.com | (555) 555-0178 | ",
              ("link", "example.com/marcus", "https://example.com/marcus")]),
    ("heading", "PROFILE"),
    ("line", ["Data scientist who ships: seven years of building fraud, forecasting and experimentation "
              "models and owning them after launch."]),
    ("sect_end", {"margin": 864, "top": 720}),
    # ---- two-column section starts (continuous) ----
    ("heading", "SKILLS"),
    ("bullet", ["Modeling: scikit-learn, LightGBM, PyTorch, statsmodels"]),
    ("bullet", ["Data: SQL, dbt, Spark, BigQuery"]),
    ("bullet", ["MLOps: MLflow, Docker, GitHub Actions, Vertex AI"]),
    ("bullet", ["Experimentation: A/B testing, CUPED, sequential tests"]),
    ("heading", "EDUCATION"),
    ("line", ["B.S. Statistics"]),
    ("line", ["University of Michigan, 2017"]),
    ("colbreak",),
    ("heading", "EXPERIENCE"),
    ("role", "Senior Data Scientist, Brightwater Payments", None),
    ("line", ["2020 \u2013 Present, Chicago, IL"]),
    ("bullet", ["Built a LightGBM fraud model on 220M transactions that cut chargeback losses by $3.1M a year; "
                "design documented in the ", ("link", "model card", "https://example.com/marcus/fraud-card"),
                "."]),
    ("bullet", ["Moved scoring from a nightly batch to a real-time Vertex AI endpoint with 30 ms median "
                "latency and automatic rollback."]),
    ("bullet", ["Created a feature-drift dashboard (", ("link", "Looker", "https://example.com/marcus/drift"),
                ") and PagerDuty alerts that flagged a broken upstream join within 20 minutes."]),
    ("bullet", ["Retrained models monthly through an MLflow pipeline with champion/challenger evaluation on a "
                "4-week holdout."]),
    ("bullet", ["Designed the CUPED-adjusted A/B framework used by 9 product teams, shortening test duration "
                "by 35%."]),
    ("role", "Data Scientist, Kestrel Logistics", None),
    ("line", ["2017 \u2013 2020, Detroit, MI"]),
    ("bullet", ["Forecast weekly shipment volume per depot with hierarchical Prophet models, reducing MAPE "
                "from 18% to 11%."]),
    ("bullet", ["Wrote dbt models and data tests that became the source of truth for 60+ dashboards."]),
    ("bullet", ["Shipped a route-delay classifier as a Flask API consumed by the dispatch app, serving 2M "
                "predictions a day."]),
    ("bullet", ["Trained a gradient-boosted ETA model on GPS pings and reduced late-arrival complaints by 22%."]),
    ("heading", "SELECTED PROJECTS"),
    ("bullet", [("link", "driftwatch", "https://example.com/marcus/driftwatch"),
                ": open-source Python package for population-stability and KS drift checks, 400+ stars."]),
    ("bullet", ["Kaggle M5 forecasting: top 3% finish with a LightGBM ensemble (",
                ("link", "write-up", "https://example.com/marcus/m5"), ")."]),
]


def make_2(name):
    ctx = Ctx()
    cols = ('<w:cols w:num="2" w:space="432" w:equalWidth="0">'
            '<w:col w:w="3024" w:space="432"/><w:col w:w="7056"/></w:cols>')
    style = dict(
        title_ppr='<w:pStyle w:val="Title"/><w:jc w:val="center"/>', title_rpr="",
        line_ppr="",
        heading_ppr='<w:pStyle w:val="Heading1"/>', heading_rpr="",
        role_ppr='<w:keepNext/><w:spacing w:before="80" w:after="0"/>', role_rpr="<w:b/>",
        bullet_ppr=lambda i: bullet_numpr(i),
        final_sect={"margin": 864, "top": 720, "type": "continuous", "cols": cols},
    )
    body = render_body(R2, style, ctx)
    # center the contact line too
    body = body.replace("<w:p><w:r><w:t xml:space=\"preserve\">Data Scientist |",
                        "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Data Scientist |", 1)
    write_docx(OUT / f"{name}.docx", body, styles_xml("Arial", 18),
               numbering_xml(std_levels(base=360), nsid="5C2D9E01"), ctx, "Marcus Oyelaran")
    return R2


# ============================================================================================
# 3. Soft line breaks inside bullets, tabs in role lines, smart quotes and dashes
# ============================================================================================

R3 = [
    ("title", "Elena Vasquez-Hart"),
    ("line", ["Software Engineer, ML Platform \u2014 elena.vh@example.com \u2014 (555) 555-0119 \u2014 Portland, OR"]),
    ("heading", "Summary"),
    ("line", ["Backend engineer who\u2019s spent eight years building the \u201cboring\u201d infrastructure that "
              "keeps ML models fast, observable and cheap."]),
    ("heading", "Professional Experience"),
    ("role", "Staff Software Engineer, ML Platform \u2014 Northwind Analytics", "Mar 2021 \u2013 Present"),
    ("bullet", ["Designed the company\u2019s model-serving platform on Ray Serve and Kubernetes \u2014 120 models, "
                "99.95% availability."]),
    ("bullet", ["Cut GPU inference spend by 38% by adding dynamic batching and INT8 quantization", ("br",),
                "to the top 10 models, with no measurable accuracy loss."]),
    ("bullet", ["Led the \u201cgolden dataset\u201d initiative: versioned evaluation sets in DVC so every retrain "
                "is compared against the same 50k examples."]),
    ("bullet", ["Built a training-job scheduler on Kubernetes that raised GPU utilization from 41% to 73%."]),
    ("bullet", ["Mentored 5 engineers; two were promoted to senior within 18 months."]),
    ("role", "Senior Software Engineer \u2014 Cobalt Mobility", "Jun 2017 \u2013 Feb 2021"),
    ("bullet", ["Rewrote the trip-pricing service in Go \u2014 p99 latency dropped from 210 ms", ("br",),
                "to 35 ms while handling 3\u00d7 the peak load."]),
    ("bullet", ["Trained and shipped a demand-forecasting LSTM that fed surge pricing in 14 cities."]),
    ("bullet", ["Introduced \u201cshadow mode\u201d launches for pricing models, comparing live and candidate "
                "outputs for two weeks before cutover."]),
    ("bullet", ["Owned the on-call rotation\u2019s alerting overhaul: 60% fewer pages, zero missed SEV-1s in 2020."]),
    ("bullet", ["Wrote the team\u2019s \u2018launch checklist\u2019 for ML features \u2014 still in use today."]),
    ("role", "Software Engineer \u2014 Quillmark", "Aug 2015 \u2013 May 2017"),
    ("bullet", ["Built the document-search API in Python and Elasticsearch, indexing 30M PDFs."]),
    ("bullet", ["Added a learning-to-rank layer (LambdaMART) that raised click-through on search results by 17%."]),
    ("heading", "Technical Skills"),
    ("line", ["Languages: Python, Go, SQL, Bash"]),
    ("line", ["Infrastructure: Kubernetes, Ray, Terraform, AWS, Kafka"]),
    ("line", ["ML: PyTorch, ONNX Runtime, TensorRT, DVC"]),
    ("heading", "Education"),
    ("role", "B.S. Computer Engineering \u2014 Oregon State University", "2015"),
]


def make_3(name):
    ctx = Ctx()
    style = dict(
        title_ppr='<w:pStyle w:val="Title"/>', title_rpr="",
        heading_ppr='<w:pStyle w:val="Heading2"/>', heading_rpr="",
        role_ppr='<w:keepNext/><w:tabs><w:tab w:val="right" w:pos="10080"/></w:tabs>'
                 '<w:spacing w:before="100" w:after="20"/>',
        role_rpr="<w:b/>", date_rpr="", role_tab=True,
        bullet_ppr=lambda i: bullet_numpr(i),
        final_sect={"margin": 1080},
    )
    body = render_body(R3, style, ctx)
    write_docx(OUT / f"{name}.docx", body, styles_xml("Cambria", 21),
               numbering_xml(std_levels(l0=("\u25aa", "Arial")), nsid="1B7E44A0"), ctx, "Elena Vasquez-Hart")
    return R3


# ============================================================================================
# 4. Name/contact in header and footer parts; Symbol-font bullet (U+F0B7) list, nested "o" bullets
# ============================================================================================

R4 = [
    ("heading", "Summary"),
    ("line", ["MLOps engineer who turns data-science notebooks into monitored, retrainable production "
              "services. Seven years across insurance and energy."]),
    ("heading", "Experience"),
    ("role", "MLOps Engineer, Summit Ridge Insurance (2020 \u2013 present)", None),
    ("bullet", ["Built the claims-model training pipeline on Kubeflow, taking a new model from notebook to "
                "production in 3 days instead of 6 weeks."]),
    ("bullet", ["Stood up a central feature store used by 40 models:"]),
    ("bullet2", ["Online store on Redis with 8 ms p95 reads"]),
    ("bullet2", ["Offline store on Delta Lake with point-in-time joins for training"]),
    ("bullet", ["Trained a CatBoost severity model on 9 years of claims data, improving reserve accuracy by 12%."]),
    ("bullet", ["Added model monitoring with Evidently and Grafana; drift alerts now open Jira tickets "
                "automatically."]),
    ("bullet", ["Cut cloud training costs by 45% by moving hyperparameter sweeps to spot instances with "
                "checkpointing."]),
    ("bullet", ["Wrote CI checks that block deployment when a model\u2019s AUC drops more than 1 point on the "
                "holdout set."]),
    ("role", "Data Engineer, Foothill Energy (2017 \u2013 2020)", None),
    ("bullet", ["Built streaming ingestion of smart-meter readings with Kafka and Flink at 250k events per second."]),
    ("bullet", ["Trained a load-forecasting model (LightGBM) used by grid operators for day-ahead planning."]),
    ("bullet", ["Containerized 30 legacy R scripts and scheduled them in Airflow with retries and SLAs."]),
    ("heading", "Certifications"),
    ("bullet", ["AWS Certified Machine Learning \u2013 Specialty (2022)"]),
    ("bullet", ["Certified Kubernetes Administrator (2021)"]),
    ("heading", "Skills"),
    ("line", ["Kubeflow, Airflow, MLflow, Feast, Kafka, Flink, Python, SQL, Terraform, AWS, Azure"]),
    ("heading", "Education"),
    ("line", ["B.S. Computer Science, Colorado School of Mines, 2017"]),
]

R4_HEADER = [
    para(run("TOMASZ WIERZBICKI", '<w:b/><w:sz w:val="32"/>'), '<w:pStyle w:val="Header"/><w:jc w:val="center"/>'),
    para(run("MLOps Engineer \u2022 tomasz.w@example.com \u2022 (555) 555-0161 \u2022 Denver, CO"),
         '<w:pStyle w:val="Header"/><w:jc w:val="center"/>'),
]
R4_FOOTER = [
    para(run("Tomasz Wierzbicki \u2014 Resume") + "<w:r><w:tab/></w:r><w:r><w:tab/></w:r>"
         + run("tomasz.w@example.com | (555) 555-0161"), '<w:pStyle w:val="Footer"/>'),
]


def make_4(name):
    ctx = Ctx()
    style = dict(
        title_ppr="", title_rpr="",
        heading_ppr='<w:pStyle w:val="Heading1"/>', heading_rpr="",
        role_ppr='<w:keepNext/><w:spacing w:before="100" w:after="40"/>', role_rpr="<w:b/>",
        bullet_ppr=lambda i: bullet_numpr(i),
        final_sect={"margin": 1080, "top": 1700},
        refs='<w:headerReference w:type="default" r:id="rIdH1"/>'
             '<w:footerReference w:type="default" r:id="rIdF1"/>',
    )
    body = render_body(R4, style, ctx)
    # Word's own default bullet list: Symbol U+F0B7 at level 0, "o" in Courier New at level 1,
    # Wingdings U+F0A7 at level 2, repeating.
    levels = []
    cycle = [("\uf0b7", "Symbol"), ("o", "Courier New"), ("\uf0a7", "Wingdings")]
    for i in range(9):
        txt, font = cycle[i % 3]
        levels.append(lvl(i, txt, font, 720 + 720 * i))
    write_docx(OUT / f"{name}.docx", body, styles_xml("Calibri", 21),
               numbering_xml("".join(levels), nsid="6D4B1F83"), ctx, "Tomasz Wierzbicki",
               header=hdr_ftr_xml("hdr", "".join(R4_HEADER)), footer=hdr_ftr_xml("ftr", "".join(R4_FOOTER)))
    return R4


# ============================================================================================
# 5. Experience wrapped in a content control; bullets from custom style "Bullet Points"
# ============================================================================================

R5 = [
    ("title", "Aiko Brennan-Sato"),
    ("line", ["Applied Scientist \u00b7 aiko.bs@example.com \u00b7 (555) 555-0127 \u00b7 Seattle, WA"]),
    ("heading", "Summary"),
    ("line", ["Applied scientist working on multilingual search and content understanding, from pretraining "
              "runs to the serving stack."]),
    ("sdt_start", "Experience", "experience_section"),
    ("heading", "Work Experience"),
    ("role", "Applied Scientist II \u2014 Meridian Retail Labs, Seattle, WA \u2014 2021\u2013Present", None),
    ("bullet", ["Trained a multilingual product-title encoder (XLM-R base) with contrastive loss on 80M pairs, "
                "improving search NDCG@10 by 6.3%."]),
    ("bullet", ["Served the encoder through Triton Inference Server with ONNX export, handling 9k QPS at "
                "22 ms p99."]),
    ("bullet", ["Built the offline evaluation harness with 12 metrics and bootstrap confidence intervals, now "
                "required for every launch."]),
    ("bullet", ["Reduced training time from 5 days to 19 hours with FSDP, bf16 and sequence packing."]),
    ("bullet", ["Partnered with the search team on a staged rollout to ", ("sdt", "15 marketplaces", "markets"),
                ", monitoring guardrail metrics daily."]),
    ("bullet", ["Mentored 3 interns; one project became a production query-rewriting model."]),
    ("role", "Machine Learning Engineer \u2014 Harborview Media \u2014 2018\u20132021", None),
    ("bullet", ["Built a content-moderation image classifier (EfficientNet-B3) with active learning, cutting "
                "human review volume by 52%."]),
    ("bullet", ["Deployed models on AWS SageMaker with blue/green endpoints and automated rollback on "
                "error-rate spikes."]),
    ("bullet", ["Wrote a data-labeling QA pipeline that raised inter-annotator agreement (Cohen\u2019s kappa) "
                "from 0.61 to 0.79."]),
    ("bullet", ["Maintained the recommendations API in Python/FastAPI with 99.9% uptime over two years."]),
    ("sdt_end",),
    ("heading", "Publications"),
    ("bullet", ["Contrastive Pretraining for Product Search at Scale. Workshop on e-Commerce NLP, 2023."]),
    ("bullet", ["Active Learning for Moderation Under Label Drift. Applied ML Workshop, 2020."]),
    ("heading", "Skills"),
    ("line", ["PyTorch, Hugging Face Transformers, FSDP, Triton, ONNX, SageMaker, Python, SQL, Spark"]),
    ("heading", "Education"),
    ("line", ["Ph.D. Computer Science, University of Washington, 2018"]),
]

BULLET_POINTS_STYLE = """
<w:style w:type="paragraph" w:customStyle="1" w:styleId="BulletPoints"><w:name w:val="Bullet Points"/>
 <w:basedOn w:val="Normal"/><w:qFormat/>
 <w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:after="40"/><w:ind w:left="432" w:hanging="288"/></w:pPr>
</w:style>
"""


def make_5(name):
    ctx = Ctx()
    style = dict(
        title_ppr='<w:pStyle w:val="Title"/>', title_rpr="",
        heading_ppr='<w:pStyle w:val="Heading1"/>', heading_rpr="",
        role_ppr='<w:keepNext/><w:spacing w:before="100" w:after="40"/>', role_rpr="<w:b/>",
        bullet_ppr=lambda i: '<w:pStyle w:val="BulletPoints"/>',  # numbering comes from the style only
        final_sect={"margin": 1080},
    )
    body = render_body(R5, style, ctx)
    levels = lvl(0, "\u25cf", "Arial", 432, hanging=288, pstyle="BulletPoints") + "".join(
        lvl(i, "\u25cb", "Arial", 432 + 360 * i) for i in range(1, 9))
    write_docx(OUT / f"{name}.docx", body, styles_xml("Calibri", 21, extra=BULLET_POINTS_STYLE),
               numbering_xml(levels, nsid="2F9C0D15"), ctx, "Aiko Brennan-Sato")
    return R5


CASES = [
    ("h4_01_tracked_changes", make_1),
    ("h4_02_two_column_links", make_2),
    ("h4_03_softbreaks_tabs_quotes", make_3),
    ("h4_04_header_footer_symbol_bullets", make_4),
    ("h4_05_content_control_style_bullets", make_5),
]


def main():
    for name, fn in CASES:
        blocks = fn(name)
        gold = {"source": f"{name}.docx", "bullets": gold_for(blocks)}
        assert 10 <= len(gold["bullets"]) <= 18, (name, len(gold["bullets"]))
        (OUT / f"{name}.gold.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                               encoding="utf-8")
        print(f"{name}.docx  bullets={len(gold['bullets'])}")


if __name__ == "__main__":
    main()
