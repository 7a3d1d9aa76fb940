"""The privacy boundary: the one place that decides what of a resume may leave the machine.

``build_payload(bullets, identity)`` turns a resume's bullets, with their section and role
heading, into the items an LLM request carries; nothing else builds request data (``llm.py``
sends these items and keys its answer cache on them). On the way it

- masks, in bullets and headings alike, email addresses, phone numbers, street addresses and
  postcodes, links and profile handles, the candidate's name (found in the header block, the
  file's metadata and any "Name:" field; any letter case, initial forms, author lists) and
  personal-status fields (marital status, date of birth, nationality, notice period, ...), each
  replaced by a neutral token such as ``[name]``;
- holds back, unsent, a bullet that is only a contact line or personal details, and every
  bullet under a contact, personal-details or references heading;
- sends a section or role heading only when it can be the heading of a role: a header block, a
  page header or footer, or a heading holding anything personal is sent as "".

Privacy must not rest on extraction being right: every rule looks at the text about to be sent,
whatever extraction took it for.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict

from prodgap.lexicon import PHONE_LABELS
from prodgap.models import Bullet, Identity, PrivacySummary
from prodgap.regex_cache import compile_pattern

MASK_KINDS = ("name", "email", "phone", "address", "profile", "link", "personal")
MASK_TOKEN = compile_pattern(r"\[(?:" + "|".join(MASK_KINDS) + r")\]")
"""A neutral token that stands where something personal was masked."""

# A role heading is a line or two (title, organisation, place, dates); longer is a header
# block or a paragraph that extraction joined to it.
MAX_HEADING_CHARS = 160
# A bullet with a mask and no more than this many other words ("Maintained [profile]"), or
# only capitalised ones up to MAX_PLACE_WORDS ("[email] | San Francisco, CA"), is a contact line
# or a personal field, not work: it is held back.
MAX_PERSONAL_WORDS = 2
MAX_PLACE_WORDS = 5
# How many words the value of a labelled field ("Notice period: 30 days") runs to at most.
MAX_FIELD_WORDS = 8
# Header lines searched for the candidate's name.
HEADER_SCAN = 15


class PayloadItem(BaseModel):
    """One bullet as an LLM request carries it: exactly these four fields, already masked."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)

    id: str
    """``b<index>``: the bullet's position in the input list."""
    section: str
    """The section heading, or "" when it is not sent."""
    role: str
    """The role heading, or "" when it is not sent."""
    text: str
    """The bullet's text with personal details masked."""


@dataclass(frozen=True)
class Masked:
    """One span the boundary masked (kept locally for counts and review; never sent)."""

    item: str
    kind: str
    original: str


@dataclass
class Payload:
    """What may be sent for a resume, and what the boundary did to get there."""

    items: list[PayloadItem] = field(default_factory=list)
    """The request items, in bullet order: the only data that may leave the machine."""
    held_back: list[int] = field(default_factory=list)
    """Indexes of bullets not sent at all (contact lines, personal fields)."""
    headings_held_back: list[str] = field(default_factory=list)
    """Distinct headings sent as "" (local only)."""
    masks: list[Masked] = field(default_factory=list)
    """Every span masked in the items' text (local only)."""

    def to_json(self) -> str:
        """The items exactly as a request carries them (what ``--show-payload`` prints)."""
        return payload_json([item.model_dump() for item in self.items])

    def summary(self, sent: Collection[str] | None = None) -> PrivacySummary:
        """Counts of what was sent: of the items with these ids, or of every item."""
        items = [i for i in self.items if sent is None or i.id in sent]
        ids = {item.id for item in items}
        masked = Counter(m.kind for m in self.masks if m.item in ids)
        return PrivacySummary(
            bullets_sent=len(items),
            role_headings_sent=len({item.role for item in items if item.role}),
            bullets_held_back=len(self.held_back),
            headings_held_back=len(self.headings_held_back),
            masked={kind: masked[kind] for kind in MASK_KINDS if masked[kind]},
        )


def build_payload(bullets: Sequence[Bullet], identity: Identity | None = None) -> Payload:
    """The request items for these bullets, masked, with counts of what was masked or held back.

    ``identity`` (``Resume.identity``) tells whose resume it is: the name is looked for in its
    header lines and metadata authors, as well as in any "Name:" field of the bullets.
    """
    identity = identity or Identity()
    masker = _Masker(_find_names(identity, bullets), identity, bullets)
    payload = Payload()
    for index, bullet in enumerate(bullets):
        text, found = masker.mask(bullet.text)
        # Contact details in a bullet are someone's (a reference's, if not the candidate's):
        # such a line is never work worth sending, so it is held back whole.
        contact = any(kind in ("email", "phone") for kind, _ in found)
        if _personal_section(bullet.section) or contact or (found and _only_personal(text)):
            payload.held_back.append(index)
            continue
        item = PayloadItem(
            id=f"b{index}",
            section=masker.heading(bullet.section, payload),
            role=masker.heading(bullet.entry or "", payload),
            text=text,
        )
        payload.items.append(item)
        payload.masks += [Masked(item.id, kind, original) for kind, original in found]
    return payload


def payload_json(value: Any) -> str:
    """JSON as a request embeds it; ``</`` is escaped so no text can close the prompt's data
    block early."""
    return json.dumps(value, ensure_ascii=False, indent=1).replace("</", "<\\/")


# --- what counts as personal --------------------------------------------------------------

_EMAIL = compile_pattern(
    r"[\w.+%'-]+@(?:[\w-]+\.)+[^\W\d_]{2,}"
    # Also an address cut short by a line break ("dana@example.c"), but not "mAP@0.5".
    r"|[\w.+%'-]+@[^\W\d_][\w-]*\.[\w.-]*"
    # Spelled out against scrapers: "dana [at] example [dot] com".
    r"|[\w.+-]+\s*[\[({]\s*at\s*[\])}]\s*[\w-]+(?:\s*(?:\.|[\[({]\s*dot\s*[\])}])\s*[\w-]+)+",
    re.I,
)
_TLDS = (
    "com|org|net|io|dev|ai|me|co|app|info|xyz|tech|site|page|blog|pro|cc|to|us|uk|de|in|ca|eu|"
    "fr|nl|es|ch|se|au|edu|gov|social|online|website|space|codes|id|sh|ly|gg|so|tv|fm|ru|cn|jp|br"
)
# An address ends at a space, at ASCII punctuation that closes it, and at the full-width
# punctuation and the characters of Chinese, Japanese and Korean text that follow it without a
# space ("工具x-factor（https://github.com/ada/x），并研究了...").
_URL_STOP = (
    "\\s|,;<>\"'()\\[\\]{}"
    "\u3000-\u303f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff01-\uff0f\uff1a-\uff20"
)
_URL = compile_pattern(
    rf"(?:https?://|www\.)[^{_URL_STOP}]+"
    rf"|(?<![\w@.-])(?:[\w-]+\.)+(?:{_TLDS})\b(?!\.\w)(?:/[^{_URL_STOP}]*)?",
    re.I,
)
# Written like a domain, but the name of a technology, not a place on the web.
_TECH_DOMAINS = {"socket.io", "asp.net", "ado.net", "vb.net", "dot.net", "ml.net", "fast.ai"}
_PROFILE_HOSTS = (
    "linkedin.com", "github.com", "gitlab.com", "bitbucket.org", "twitter.com", "x.com",
    "facebook.com", "fb.com", "instagram.com", "medium.com", "dev.to", "kaggle.com",
    "stackoverflow.com", "leetcode.com", "hackerrank.com", "behance.net", "dribbble.com",
    "youtube.com", "huggingface.co", "scholar.google.com", "orcid.org", "researchgate.net",
    "substack.com", "about.me", "angel.co", "wellfound.com", "t.me", "codepen.io",
    "replit.com", "tiktok.com", "threads.net", "mastodon.social", "bsky.app", "github.io",
    "gitlab.io", "netlify.app", "vercel.app", "pages.dev", "wordpress.com", "blogspot.com",
    "linktr.ee", "calendly.com", "xing.com", "gravatar.com",
)  # fmt: skip
# Sites whose subdomains are their users' ("ada.github.io", "ada.substack.com").
_SUBDOMAIN_HOSTS = frozenset(
    {"github.io", "gitlab.io", "netlify.app", "vercel.app", "pages.dev", "wordpress.com",
     "blogspot.com", "substack.com", "medium.com"}
)  # fmt: skip
_HANDLE = compile_pattern(r"(?<![\w@./])@[A-Za-z_][\w.-]{0,38}")
# A profile's id as written in a contact row: lower-case words and digits joined by hyphens,
# underscores or dots ("ada-lovelace-dev", "ada-lovelace-1234/" where a space cut its link),
# never a sentence's word.
_HANDLE_SHAPED = compile_pattern(r"(?<![\w./@-])[a-z0-9]+(?:[-_.][a-z0-9]+)+(?![\w@-]|/\w)")
_HANDLE_JOINS = compile_pattern(r"[-_.\d]+")
# "owner/repository" written without its site, as tools that list GitHub projects set it.
_REPOSITORY_PATH = compile_pattern(
    r"(?<![\w./@:-])(?P<owner>[\w-]{3,39})/[\w.-]*[a-z][\w.-]*", re.I
)
_RUN_TOGETHER = compile_pattern(r"(?<![\w./@-])[^\W_]{8,}(?![\w@-])")
_COMPANY_HANDLE = compile_pattern(r"@[A-Z][a-z]+")  # "Intern @Google": an employer, not a handle

_PLUS_PHONE = compile_pattern(r"(?<![\w+])\+\s?\d{1,3}(?:[\s.-]?\(?\d{1,5}\)?){2,6}(?![\w])")
_NANP_PHONE = compile_pattern(
    r"(?<![\w.+/-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?![\w.-]?\d)"
)
_TRUNK_PHONE = compile_pattern(r"(?<![\w.+/-])0\d{1,4}(?:[\s.-]?\d{2,4}){2,4}(?![\w.-]?\d)")
_SPLIT_MOBILE = compile_pattern(r"(?<![\w.+-])[6-9]\d{4}[\s-]\d{5}(?![\w.-]?\d)")
_PHONE_LABEL = compile_pattern(
    rf"(?:^|(?<=[|•·;,(\[/\t])|(?<=\s))(?:{PHONE_LABELS}|ph|contact\s*(?:no|number)|contact(?=\s*:))"
    r"\.?\s*(?:no\.?|number|#)?\s*[:.：]?\s*(\+?\(?\d[\d\s().-]{5,}\d)",
    re.I,
)
_YEAR = compile_pattern(r"(?:19|20)\d\d")

_STREET_TYPES = (
    "Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Boulevard|Blvd|Drive|Dr|Court|Ct|Way|Place|Pl|"
    "Terrace|Close|Crescent|Highway|Hwy|Parkway|Pkwy|Square|Sq|Circle|Cir|Trail|Row|Walk|"
    "Alley|Plaza|Gardens|Mews"
)
_POSTCODE = (
    r"(?:\d{4,6}(?:-\d{3,4})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d"
    r"|\d{4}\s?[A-Z]{2})"
)
_PLACE_TAIL = (
    r"(?:,?\s*(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|#)\.?\s*[\w-]+)?"
    r"(?:,\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?"
    r"(?:,?\s*[A-Z]{2}\b)?"
    rf"(?:,?\s*{_POSTCODE}\b)?"
)
_US_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|"
    "NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY"
)
_ADDRESS = compile_pattern(
    # "12 Larkspur Lane, Apt 4, Springfield, IL 62704"; never "3D Place Recognition"
    rf"(?<![\w.])\d{{1,5}}(?![Dd]\b)[A-Za-z]?(?:[-/]\d{{1,4}})?,?\s+(?:[A-Z0-9][\w'’.-]*\s+){{0,4}}"
    rf"(?:{_STREET_TYPES})\b\.?{_PLACE_TAIL}"
    # "Hauptstraße 12, 10115 Berlin", "Keizersgracht 12"
    r"|\b[A-ZÄÖÜ][\wäöüß-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|damm|laan|straat|"
    r"gracht|vej|gatan|gata|veien)\s+\d{1,4}\s?[a-zA-Z]?\b(?:,?\s*\d{4,5}\s+[A-ZÄÖÜ][\wäöüß-]+)?"
    # "Calle Mayor 5", "Via Roma 10", "Rua Augusta 100"
    r"|\b(?:Calle|Avenida|Avda\.|Carrer|Rua|Via|Viale|Piazza|Corso|Paseo)\s+"
    r"(?:[\w'’.-]+\s+){1,3}?\d{1,4}[a-z]?\b(?=\s*(?:$|[,|•·;]))"
    # "12 rue de la Paix", "5 bis, avenue Foch", "2640 Chemin du Coteau"
    r"|(?<![\w.])\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?i:rue|avenue|boulevard|bd|allée|impasse|chemin|"
    r"quai)\s+(?:[\w'’-]+\s?){1,5}"
    # "Springfield, IL 62704"
    rf"|\b(?:{_US_STATES}),?\s+\d{{5}}(?:-\d{{4}})?\b"
    # Canadian "K1A 0B1"; British "SW1A 1AA" only after a comma or a separator
    r"|\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\s?\d[ABCEGHJ-NPRSTV-Z]\d\b"
    r"|(?:(?<=,\s)|(?<=[|•·]\s))[A-Z]{1,2}\d[A-Z\d]?\s\d[ABD-HJLNP-UW-Z]{2}\b"
)

# Labelled fields: "Marital Status: Married", "Name: Dana Whitfield", "Address: ...".
_FIELDS: dict[str, tuple[str, ...]] = {
    "personal": (
        "marital status", "civil status", "family status", "relationship status",
        "date of birth", "birth date", "birthdate", "dob", "d\\.o\\.b\\.?", "age",
        "nationality", "citizenship", "gender", "sex", "religion", "caste",
        "blood group", "blood type", "father'?s name", "mother'?s name", "spouse(?:'?s name)?",
        "husband'?s name", "wife'?s name", "children", "dependents", "notice period",
        "current ctc", "expected ctc", "ctc", "salary", "current salary", "expected salary",
        "desired salary", "salary expectations?", "expected compensation",
        "current compensation", "visa", "visa status", "work permit", "work authori[sz]ation",
        "passport", "passport (?:no\\.?|number|#)", "driving licen[cs]e", "height", "weight",
        "health", "disability", "veteran status", "current location", "present location",
        "preferred locations?", "location preference", "hometown", "home town",
        "place of birth", "birthplace", "native place", "domicile", "photo", "photograph",
        "date de naissance", "geburtsdatum", "familienstand", "staatsangehörigkeit",
        "nationalité", "fecha de nacimiento", "estado civil", "nacionalidad",
        # The same fields as Italian, Portuguese, German, French, Spanish and Dutch forms
        # label them.
        "stato civile", "data di nascita", "luogo di nascita", "nazionalità", "cittadinanza",
        "sesso", "età", "data de nascimento", "nacionalidade", "naturalidade", "idade",
        "geburtsort", "nationalität", "geschlecht", "alter", "situation familiale",
        "état civil", "lieu de naissance", "âge", "lugar de nacimiento", "edad", "sexo",
        "geboortedatum", "burgerlijke staat", "nationaliteit",
    ),
    "address": (
        "address", "home address", "permanent address", "present address", "current address",
        "mailing address", "postal address", "residential address", "residence", "adresse",
        "anschrift", "direcci[oó]n", "indirizzo", "endereço", "post ?code", "zip(?: code)?",
        "pin ?code", "plz",
    ),
    "name": (
        "name", "full name", "candidate name", "first name", "last name", "surname",
        "given name", "family name", "nom", "nombre", "vorname", "nachname",
    ),
    "profile": (
        "github", "gitlab", "linkedin", "twitter", "kaggle", "medium", "leetcode", "hackerrank",
        "stack ?overflow", "instagram", "facebook", "behance", "dribbble", "skype", "telegram",
        "discord", "mastodon", "bluesky", "hugging ?face", "orcid", "x", "handle",
        "codeforces", "codechef", "topcoder", "wechat", "weixin", "微信号?", "qq", "line id",
        "kakaotalk", "카카오톡", "viber", "signal",
    ),
}  # fmt: skip
# Labels that are also ordinary words or employers ("Visa – Senior Engineer", "Age – of
# data"): these need a colon; the others may also be followed by a spaced dash.
_COLON_ONLY = {"visa", "age", "sex", "health", "height", "weight", "children", "photo", "name",
               "residence", "nom", "x", "medium", "ctc", "salary", "alter", "età", "âge",
               "edad", "idade", "sesso", "sexo", "signal", "qq", "line id", "viber"}  # fmt: skip
_BOUNDARY = r"(?:^|(?<=[|•·;,:(\[/\t\n])|(?<=\s\s)|(?<=[|•·;,:]\s))\s*"
_LABELS = "|".join(label for labels in _FIELDS.values() for label in labels)
_FIELD = compile_pattern(
    rf"{_BOUNDARY}(?P<label>{_LABELS})\s*(?P<sep>[:：=]|\s[-–—]\s)\s*",
    re.I,
)
_FIELD_KINDS = [
    (compile_pattern(f"^(?:{'|'.join(labels)})$", re.I), kind) for kind, labels in _FIELDS.items()
]
_FIELD_STOP = compile_pattern(r"\s*(?:[|•·;\n\t]|\s{2,})")
# Personal facts written without a label.
_UNLABELLED = compile_pattern(
    rf"{_BOUNDARY}(?:born(?:\s+(?:on|in))?\s+[^|•·;\n\t]{{2,40}}"
    r"|(?:age|aged)\s+\d{2}\b(?:\s+years)?|\d{2}\s+years\s+old"
    # An age alone in another language ("27 ans", "31 Jahre"), never "5 ans d'expérience".
    r"|(?<![\w.])[1-7]\d\s+(?:ans|jahre|años|anni|anos|jaar)"
    r"(?=\s*(?:$|[|•·;,\t\n]|https?://|www\.))"
    r"|(?:d\.?o\.?b\.?|date\s+of\s+birth)\s+\d[\d./ -]{5,})"
    r"|\b(?:she/her|he/him|they/them|she/they|he/they)(?:/\w+)?\b",
    re.I,
)
_STATUS_WORDS = {
    "married", "single", "unmarried", "divorced", "widowed", "separated", "engaged",
    "male", "female", "man", "woman", "non-binary", "nonbinary",
    "photo", "photograph", "profile photo", "profile picture", "picture", "headshot",
    "[photo]", "(photo)",
}  # fmt: skip
_PIECE = compile_pattern(r"[^|•·;,\t\n]+")

# Running page headers and footers: "Page 2 of 3", "Résumé 1", "3/4", "Curriculum Vitae".
_PAGE_MARK = compile_pattern(
    r"\b(?:page|pg\.?|seite|p[áa]gina)\s*\d+(?:\s*(?:of|/|von|de|di)\s*\d+)?\b"
    r"|\b(?:r[ée]sum[ée]|cv|lebenslauf|curriculum\s+vitae)\s*[-–—·|:]?\s*\d+\b"
    r"|(?:^|\|)\s*\d{1,2}\s*(?:/|of)\s*\d{1,2}\s*(?:$|\|)"
    r"|(?:^|\|)\s*(?:r[ée]sum[ée]|cv|lebenslauf|curriculum\s+vitae)\s*(?:$|\|)",
    re.I,
)
# Sections whose every line is about the person, not the work.
_PERSONAL_SECTIONS = {
    "contact", "contacts", "contact info", "contact information", "contact details",
    "personal", "personal details", "personal information", "personal data", "personal info",
    "personal particulars", "personal profile", "references", "referees", "declaration",
    "get in touch", "datos personales", "persönliche daten", "informations personnelles",
    "contato", "contatos", "contacto", "contactos", "kontakt", "kontaktdaten", "coordonnées",
    "contatti", "контакты", "контактная информация", "dados pessoais", "联系方式", "联系信息",
    "个人信息", "連絡先", "個人情報", "연락처", "개인정보", "인적사항",
}  # fmt: skip
# Words left beside a mask that still make a line a contact line, not work.
_CONTACT_WORDS = {
    "email", "e-mail", "mail", "phone", "mobile", "mob", "tel", "cell", "contact", "address",
    "linkedin", "github", "gitlab", "twitter", "website", "web", "site", "portfolio", "blog",
    "homepage", "home", "page", "profile", "location", "name", "skype", "kaggle", "reach",
    "find", "call", "text", "write", "me", "my", "us", "at", "on", "in", "to", "via", "or",
    "and", "the", "a", "an", "of", "for", "by", "with", "from", "is", "here",
}  # fmt: skip


def _personal_section(heading: str) -> bool:
    return " ".join(re.sub(r"[^\w\s]", " ", heading.casefold()).split()) in _PERSONAL_SECTIONS


def _only_personal(masked: str) -> bool:
    """After masking, nothing is left but labels, places and punctuation: a contact line.
    A bullet whose only mask is a link must have nothing else at all ("Code at [link], 40
    contributors" is work; "[link]" alone is a contact line)."""
    words = re.findall(r"[^\W\d_]{2,}", MASK_TOKEN.sub(" ", masked))
    left = [w for w in words if w.casefold() not in _CONTACT_WORDS]
    if set(MASK_TOKEN.findall(masked)) == {"[link]"}:
        return not left
    places = len(left) <= MAX_PLACE_WORDS and all(w[0].isupper() for w in left)
    return len(left) <= MAX_PERSONAL_WORDS or places


# --- the candidate's name -------------------------------------------------------------------

_PARTICLES = {"van", "von", "de", "da", "del", "della", "der", "den", "di", "du", "le", "la",
              "bin", "binti", "al", "el", "ibn", "y", "dos", "das", "ten", "ter", "st"}  # fmt: skip
_HONORIFICS = compile_pattern(r"^(?:dr|prof|mr|mrs|ms|mx|miss|sir|eng|ing)\.?\s+", re.I)
_CREDENTIALS = compile_pattern(
    r"(?:,\s*|\s+)(?:ph\.?\s?d|m\.?sc|b\.?sc|mba|m\.?d|m\.?s|b\.?s|b\.?a|m\.?a|cfa|cpa|pmp|"
    r"p\.?e|mph|rn|jr|sr|ii|iii|iv)\.?(?=\s|,|$)",
    re.I,
)
_INITIAL = compile_pattern(r"[^\W\d_]\.?(?:[^\W\d_]\.)*")
# Words that make a line a title, an organisation, a place or a template, not a person.
_NOT_NAME_WORDS = {
    "resume", "résumé", "cv", "curriculum", "vitae", "page", "profile", "contact", "summary",
    "experience", "education", "skills", "projects", "email", "phone", "mobile", "address",
    "linkedin", "github", "portfolio", "website", "microsoft", "office", "user", "users",
    "career",
    "windows", "admin", "administrator", "owner", "author", "unknown", "template", "word",
    "google", "docs", "canva", "overleaf", "latex", "pdf", "default", "guest", "the", "and",
    "of", "for", "at", "in", "on", "with", "to", "university", "college", "school",
    "institute", "inc", "llc", "ltd", "corp", "company", "group", "labs", "lab", "team",
    "department", "street", "road", "avenue", "city", "state", "remote", "present", "current",
    "engineer", "engineering", "scientist", "science", "developer", "manager", "intern",
    "analyst", "lead", "researcher", "research", "architect", "consultant", "director",
    "head", "founder", "specialist", "programmer", "student", "assistant", "fellow",
    "associate", "principal", "staff", "senior", "junior", "machine", "learning", "data",
    "software", "applied", "computer", "systems", "platform", "product", "design",
    "designer", "officer", "executive", "president", "professor", "candidate", "graduate",
    "january", "february", "march", "april", "june", "july", "august", "september",
    "october", "november", "december", "new", "north", "south", "east", "west", "san",
    "los", "las", "united", "states", "kingdom", "objective", "personal", "information",
}  # fmt: skip
# First names that are also common words: matched in lower case only when written as a name.
_COMMON_WORDS = {
    "will", "mark", "grace", "rose", "may", "june", "april", "bill", "rich", "frank",
    "chase", "price", "young", "long", "black", "white", "green", "brown", "king", "hope",
    "joy", "faith", "summer", "dawn", "art", "bob", "pat", "sky", "river", "stone", "hunter",
    "mason", "cook", "baker", "miller", "fisher", "cooper", "park", "lee", "hall", "wood",
    "hill", "page", "ray", "case", "gray", "grey", "sterling", "bond", "banks",
    "lane", "field", "fields", "new", "bell", "day", "love", "low", "major", "ash", "max",
    "sun", "star", "well", "wells", "gold", "silver", "fox", "wolf", "lamb", "moon", "rock",
}  # fmt: skip


# Names that are also the names of tools and languages: alone, they are the tool.
_TOOL_NAMES = {
    "julia", "ruby", "swift", "rust", "kafka", "spark", "flask", "django", "jasper", "pandas",
    "linux", "ada", "pascal", "dart", "elixir", "crystal", "apollo", "jenkins", "hudson",
    "scala", "kotlin", "maven", "gradle", "jade", "perl", "pearl", "helm", "argo", "airflow",
    "hadoop", "hive", "pig", "presto", "trino", "flink", "storm", "solr", "neo", "redis",
    "ember", "angular", "vue", "react", "docker", "nginx", "celery", "dask", "ray", "keras",
    "tableau", "looker", "alexa", "siri", "cortana", "watson", "jira", "confluence", "oracle",
    "mercury", "atlas", "hermes", "zeus", "apache", "python", "java",
}  # fmt: skip


def _fold(text: str) -> str:
    """Accents off: "García" → "Garcia"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _name_words(text: str) -> list[str] | None:
    """The words of a person's name ("Dr. Dana Q. Whitfield, PhD"), or None if it is not one."""
    text = re.sub(r"\((?:[^()]*)\)", " ", text)  # "(she/her)", "(Dana)"
    text = _CREDENTIALS.sub("", _HONORIFICS.sub("", text.strip())).strip(" ,")
    words = text.split()
    if not 2 <= len(words) <= 5:
        return None
    real = 0
    for word in words:
        core = word.strip(",")
        if core.casefold() in _PARTICLES or _INITIAL.fullmatch(core) and len(core) <= 4:
            continue
        letters = core.replace("-", "").replace("'", "").replace("’", "")
        if not (letters.isalpha() and core[0].isupper() and len(letters) >= 2):
            return None
        if core.casefold() in _NOT_NAME_WORDS or _fold(core).casefold() in _NOT_NAME_WORDS:
            return None
        real += 1
    return [w.strip(",") for w in words] if real >= 2 else None


def _pieces(line: str) -> list[str]:
    return [p for p in re.split(r"\s*(?:[|•·,;\t]|\s[-–—]\s|\s{2,})\s*", line) if p.strip()]


def candidate_names(identity: Identity, bullets: Sequence[Bullet]) -> list[str]:
    """The candidate's name in each form the boundary masks it, for checks that look for it
    elsewhere (``scripts/name_check.py``); nothing here is sent."""
    return _find_names(identity, bullets)


def _find_names(identity: Identity, bullets: Sequence[Bullet]) -> list[str]:
    """The candidate's name as the document gives it: metadata authors that are names, the
    first name at the top of the header block (or, with none there, the header's line in the
    largest type), header names an email address confirms, and the value of any "Name:"
    field."""
    found = [a for a in identity.authors if _name_words(a)]
    header = identity.header[:HEADER_SCAN]
    candidates = list(_header_names(header))
    top = next((name for line, piece, name in candidates if line < 3 and 0 <= piece < 2), None)
    if top is None and _name_words(identity.largest):
        # A page may draw its name after the contact row and the summary: then the name is
        # the header's line in the largest type.
        top = identity.largest
    if top:
        found.append(top)
    locals_ = [m[1].casefold() for line in header for m in re.finditer(r"([\w.+-]+)@", line)]
    found += [name for _, _, name in candidates if _matches_local(name, locals_)]
    texts = [*header, *(b.text for b in bullets), *(b.entry or "" for b in bullets)]
    found += _names_spelling_the_mailbox(texts, locals_)
    for text in dict.fromkeys(texts):
        for match in _FIELD.finditer(text):
            if _field_kind(match["label"]) == "name":
                value = _field_value(text, match.end())
                if _name_words(value):
                    found.append(value)
    return list({_fold(n).casefold(): n for n in reversed(found)}.values())[::-1]


def _names_spelling_the_mailbox(texts: list[str], locals_: list[str]) -> list[str]:
    """Two capitalised words anywhere that spell the header's mailbox run together, in either
    order ("Nadia Ke" in an author list, beside nadiake@), with a middle name between them or
    not ("Kofi Mensah Amponsah" beside kofiamponsah@): the candidate's name in Latin letters,
    where the header gives it only in another script (柯娜迪) or not at all."""
    mailboxes = {m for m in (_NOT_LETTER.sub("", _fold(local)) for local in locals_) if len(m) >= 6}
    if not mailboxes:
        return []
    found = []
    for text in dict.fromkeys(texts):
        for match in _CAPITALISED_RUN.finditer(text):
            first, last = _fold(match[1]).casefold(), _fold(match[3]).casefold()
            if {first + last, last + first} & mailboxes:
                found.append(match.group())
    return found


_NOT_LETTER = compile_pattern(r"[^a-z]")
# Two capitalised words, or three: the first and last are the ones a mailbox spells.
_CAPITALISED_RUN = compile_pattern(
    r"\b([A-Z][a-z]{1,20})\s+(?:([A-Z][a-z]{1,20})\s+)?([A-Z][a-z]{1,20})\b"
)


def _header_names(header: list[str]) -> Iterator[tuple[int, int, str]]:
    """(line, piece, name) for each piece of a header line that is written like a name,
    including a name set in lower case and one split over two lines ("KENJI" / "ABERNATHY").
    Pairs of lone words from the first lines ("Elena" ... "Vasquez-Brandt", as moderncv sets
    them) come last, with piece -1: only an email address can confirm those."""
    lone: list[str] = []
    for i, line in enumerate(header):
        if _PAGE_MARK.search(line):
            continue
        pieces = _pieces(line)
        if len(pieces) == 1 and i + 1 < len(header) and len(header[i + 1].split()) == 1:
            pieces.append(f"{line.strip()} {header[i + 1].strip()}")
        for n, piece in enumerate(pieces):
            if _name_words(piece):
                yield i, n, piece
            elif piece.islower() and _name_words(piece.title()):
                yield i, n, piece.title()
            elif i < 6 and len(piece.split()) == 1 and _name_words(f"{piece} {piece}"):
                lone.append(piece)
    for n, first in enumerate(lone):
        for last in lone[n + 1 :]:
            yield len(header), -1, f"{first} {last}"


def _matches_local(name: str, locals_: list[str]) -> bool:
    """The name fits an email's local part: dana.whitfield@, dwhitfield@, tomasz.w@, elena.vb@
    (the initials of a double surname)."""
    real = [_fold(w).casefold() for w in _name_words(name) or [] if not _INITIAL.fullmatch(w)]
    first, last = real[0], real[-1]
    initials = "".join(part[:1] for part in last.split("-"))
    for local in locals_:
        tokens = [t for t in re.split(r"[._+-]", _fold(local)) if t]
        whole = "".join(tokens)
        surname = last.replace("-", "")
        # The first name's initial counts only where the local part has one besides the
        # surname ("dwhitfield"), not where the surname fills it ("Kew, Australia" and a
        # handle "AdaLovelace" beside "adalovelace@").
        initial = whole.startswith(first[0]) and len(whole) > len(surname)
        if surname in whole and (first in whole or initial):
            return True
        if first in tokens and ({last[0], initials, last.replace("-", "")} & set(tokens)):
            return True
        if _word_and_shorthand(whole, first, surname) or _word_and_shorthand(whole, surname, first):
            return True
    return False


def _word_and_shorthand(local: str, word: str, other: str) -> bool:
    """The local part is one name word and a shorthand of the other, its initial and more of
    its letters in order: "giuliarst" for Giulia Rossetti (either order of the two words)."""
    if len(word) < 3 or not local.startswith(word):
        return False
    rest = local[len(word) :]
    if len(rest) < 2 or not other.startswith(rest[0]):
        return False
    letters = iter(other)
    return all(letter in letters for letter in rest)  # a subsequence of the other word


def _name_pattern(name: str) -> _NamePattern | None:
    """Every way a resume writes this name: "Dana Q. Whitfield", "WHITFIELD, Dana",
    "D. Whitfield", "Whitfield, D.", "Whitfield DQ", "Whitfield et al.", "dana_whitfield"."""
    words = _name_words(name)
    if not words:
        return None
    real = [w for w in words if w.casefold() not in _PARTICLES and not _INITIAL.fullmatch(w)]
    first, last = real[0], real[-1]
    middle = [w for w in words[words.index(first) + 1 : words.index(last)] if w]

    def alt(word: str) -> str:
        forms = dict.fromkeys([word, _fold(word)])
        return "(?:" + "|".join(re.escape(f).replace(r"\-", r"[\s-]?") for f in forms) + ")"

    f_, l_ = alt(first), alt(last)
    known = "|".join(alt(w) for w in middle) or "(?!)"
    mid = rf"(?:{known}|[^\W\d_](?:\.|\b))"
    init = re.escape(_fold(first)[0].upper())
    cased = "(?:" + "|".join(re.escape(x) for x in {last, last.upper(), _fold(last)}) + ")"
    forms = [
        rf"\b{f_}(?:\s+{mid}){{0,3}}\s+{l_}\b",  # Dana Q. Whitfield
        rf"\b(?:(?:{known})\s+)?{l_}\s*,?\s+{f_}\b(?:\s+{mid}){{0,2}}",  # Whitfield, Dana Q.
        rf"\b(?-i:{init})\.\s*(?:(?:(?-i:[A-Z])\.?|{known})\s*)*{l_}\b",  # D. Whitfield
        rf"\b(?-i:{init}\s+{cased})\b",  # D Whitfield
        rf"\b{l_}\s*,\s*(?-i:{init})\b\.?(?:\s*(?-i:[A-Z])\.)*",  # Whitfield, D.
        rf"\b(?-i:{cased}\s+{init}[A-Z]?)\b",  # Whitfield DQ
        rf"\b{l_}\s+et\s+al\b\.?",  # Whitfield et al.
        rf"\b{f_}[._-]?{l_}\b",  # danawhitfield, dana_whitfield
    ]
    # Each form on its own, so that overlapping forms are all found ("Dana Whitfield" and
    # "Whitfield et al." in "Dana Whitfield et al.") and joined by _Masker.spans.
    patterns = tuple(re.compile(form, re.I) for form in forms)
    common = first.casefold() in _COMMON_WORDS and last.casefold() in _COMMON_WORDS
    return _NamePattern(patterns, common)


@dataclass(frozen=True)
class _NamePattern:
    """The forms of one name; when both names are common words, a match with a word in lower
    case is skipped ("will park", "Park will" in a sentence are not Will Park)."""

    patterns: tuple[re.Pattern[str], ...]
    common: bool

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        for pattern in self.patterns:
            for match in pattern.finditer(text):
                if not (self.common and any(w.islower() for w in match.group().split())):
                    yield match


# --- the masker ----------------------------------------------------------------------------


@dataclass(frozen=True, order=True)
class _Span:
    start: int
    end: int
    kind: str


def _field_kind(label: str) -> str:
    label = " ".join(label.split())
    return next((kind for pattern, kind in _FIELD_KINDS if pattern.match(label)), "personal")


def _field_value(text: str, start: int) -> str:
    return text[start : _field_end(text, start)].strip(" ,")


def _field_end(text: str, start: int) -> int:
    """Where a field's value ends: a separator, the next label, or MAX_FIELD_WORDS words."""
    end = len(text)
    if stop := _FIELD_STOP.search(text, start):
        end = stop.start()
    if after := _FIELD.search(text, start, end):
        end = min(end, after.start())
        while end > start and text[end - 1] in " ,":
            end -= 1
    words = list(re.finditer(r"\S+", text[start:end]))
    if len(words) > MAX_FIELD_WORDS:
        end = start + words[MAX_FIELD_WORDS - 1].end()
    return end


def _any_of(words: list[str], before: str, after: str, flags: int = 0) -> re.Pattern[str] | None:
    """One pattern for any of ``words`` (tried in the order given), written as they are,
    between the ``before`` and ``after`` contexts; None for no words. Built from the resume,
    so compiled with ``re``, never kept in the package's pattern cache."""
    if not words:
        return None
    return re.compile(before + "(?:" + "|".join(map(re.escape, words)) + ")" + after, flags)


class _Masker:
    """Finds the personal spans of a text and replaces them with neutral tokens."""

    def __init__(
        self, names: list[str], identity: Identity, bullets: Sequence[Bullet] = ()
    ) -> None:
        self.names = [p for n in names if (p := _name_pattern(n))]
        # A web address leads to the candidate when it is theirs: given in the header or
        # contact block, or named after them. Other sites (a product, an employer, a paper)
        # are the work itself and are sent as written.
        header_urls = [m.group() for line in identity.header for m in _URL.finditer(line)]
        addresses = _header_addresses(identity)
        mail_domains = _own_mail_domains(addresses)
        header_hosts = {_host(url) for url in header_urls}
        self.own_hosts = header_hosts | mail_domains
        # The domains of the candidate's own email, found as written whatever their ending
        # ("ada.zip"); not every header host: "github.com" there is a profile site, and an
        # employer's repository on it is the work.
        self.own_domains = _any_of(sorted(mail_domains), r"(?<![\w.-])", r"\b", re.I)
        # The candidate's handles on profile sites (github.com/<handle>): a repository of
        # someone else (an employer, an open-source organisation) is then the work, not them.
        handles = {h for url in header_urls if (h := _owner(url))}
        project_links = _project_heading_links(bullets)
        handles |= _candidate_owners(bullets, header_hosts, project_links)
        # A header cut short by its layout ("github.com/p…") gives only the handle's start.
        cut = {h for h in handles if h.endswith(("…", "..."))}
        self.own_handle_starts = {h.rstrip(".…") for h in cut}
        self.own_handles = handles - cut
        # Accounts a project's own heading links ("Homelab | github.com/burrowlab"): the
        # candidate's or their project's; their address is masked, never the word alone.
        self.project_accounts = _project_accounts(project_links)
        self.name_words = {
            w for n in names for w in _fold(n).casefold().replace("-", " ").split() if len(w) >= 3
        }
        # Long enough to tell a handle built on the name ("NadiaKe", "ada-lovelace-dev").
        self.handle_words = {
            w for w in self.name_words if len(w) >= 4 and w not in _COMMON_WORDS | _TOOL_NAMES
        }
        # The handle the candidate's own email gives ("ibraem1026@"): theirs wherever it is
        # written, but no proof that another profile is someone else's, as the header's is.
        self.mail_handles = _mail_handles(addresses, self.handle_words)
        self.mail_locals = {
            local.casefold() for local, _ in addresses if len(local) >= MIN_MAIL_HANDLE
        }
        self.bare_handles = _any_of(
            sorted(self.own_handles | self.mail_handles), r"(?<![\w./@-])", r"(?![\w/-])", re.I
        )
        # A first name or surname alone ("Ambesh@Github", "Deimund Designs", the candidate's
        # own business): written with a capital, unless it is a common word or a tool.
        lone = sorted(
            {
                form
                for n in names
                for w in (_name_words(n) or [])
                if len(w) >= 3
                and not _INITIAL.fullmatch(w)
                and w.casefold() not in _COMMON_WORDS | _TOOL_NAMES | _PARTICLES
                for word in (w, _fold(w))
                # As written, in capitals, and with caps lock on ("cHOWDHURY").
                for form in (word.capitalize(), word.upper(), word.capitalize().swapcase())
            },
            key=len,
            reverse=True,
        )
        # Digits after it make a handle of it ("Ada7" on a contest site): masked whole. An
        # underscore joins it to other words in a file's or a handle's name ("Ada_Resume.pdf").
        self.lone_names = _any_of(lone, r"(?<![^\W_])", r"\d*(?![^\W_])")
        top = _top_line(identity.header)
        # A whole word in Latin script ("Kenji", not "Kenjiro"); in scripts written without
        # spaces, anywhere.
        self.top_line = re.compile(rf"(?<![a-z]){re.escape(top)}(?![a-z])") if top else None
        self.headings: dict[str, str] = {}

    def spans(self, text: str) -> list[_Span]:
        """Every personal span; overlapping ones are joined under the kind of the first
        ("Whitfield et al." inside "Dana Whitfield et al.", a name inside an email)."""
        found = sorted(self._candidates(text), key=lambda s: (s.start, -s.end))
        kept: list[_Span] = []
        for span in found:
            if span.end <= span.start:
                continue
            if kept and span.start < kept[-1].end:
                last = kept[-1]
                kept[-1] = _Span(last.start, max(last.end, span.end), last.kind)
            else:
                kept.append(span)
        return kept

    def mask(self, text: str) -> tuple[str, list[tuple[str, str]]]:
        """The text with each personal span replaced by its token, and (kind, original) pairs."""
        spans = self.spans(text)
        if not spans:
            return text, []
        out, pos = [], 0
        for span in spans:
            out += [text[pos : span.start], f"[{span.kind}]"]
            pos = span.end
        out.append(text[pos:])
        return "".join(out), [(s.kind, text[s.start : s.end]) for s in spans]

    def heading(self, text: str, payload: Payload) -> str:
        """The heading if it can be a role's or a section's, else "" (recorded as held back).
        Parts with no letter or digit in them (a rule line of "=====") are left out."""
        if text not in self.headings:
            parts = [p for p in text.split(" | ") if any(ch.isalnum() for ch in p)]
            cleaned = " | ".join(parts)
            self.headings[text] = cleaned if self._sendable(cleaned) else ""
            if cleaned and not self.headings[text]:
                payload.headings_held_back.append(text)
        return self.headings[text]

    def _sendable(self, text: str) -> bool:
        if not text:
            return True
        if len(text) > MAX_HEADING_CHARS or _PAGE_MARK.search(text) or self.spans(text):
            return False
        # The header block's first line (the name, where it was not recognised as one).
        return not (self.top_line and self.top_line.search(_fold(text).casefold()))

    def _someone_elses(self, owner: str) -> bool:
        """A profile-site path of an owner other than the candidate, when their handle is
        known (an employer's or an open-source organisation's repository)."""
        if not owner or not (self.own_handles or self.own_handle_starts):
            return False
        owner = owner.casefold()
        if owner in self.project_accounts or owner in self.mail_handles:
            return False
        return not (
            owner in self.own_handles
            or any(owner.startswith(start) for start in self.own_handle_starts)
            or self._name_parts_in(owner) >= 1  # built on the name ("NadiaKe")
        )

    def _name_parts_in(self, token: str) -> int:
        """How many parts of the candidate's name a handle-like token holds, anywhere in it."""
        folded = _fold(token).casefold()
        return sum(1 for word in self.handle_words if word in folded)

    def _candidates(self, text: str) -> Iterator[_Span]:
        for m in _EMAIL.finditer(text):
            yield _Span(m.start(), _trim(text, m.end()), "email")
        for span in _links(text):
            url = text[span.start : span.end]
            host = _host(url)
            # Named after the candidate, or after their mailbox ("ada@..." and a project at
            # "ada.pythonanywhere.com", where a hosting site names its users' sites).
            named = any(word in host for word in self.name_words)
            named = named or host.split(".")[0] in self.mail_locals
            if span.kind == "profile" and not self._someone_elses(_owner(url)):
                yield span
            elif span.kind != "profile" and (host in self.own_hosts or named):
                yield span
        if self.own_domains is not None:
            yield from (_Span(m.start(), m.end(), "link") for m in self.own_domains.finditer(text))
        yield from _phones(text)
        yield from (
            _Span(m.start(), _trim(text, m.end()), "address") for m in _ADDRESS.finditer(text)
        )
        for span in _fields(text):
            value = text[span.start : span.end]
            if not (span.kind == "profile" and self._someone_elses(value.split("/")[0])):
                yield span
        yield from _status_pieces(text)
        for pattern in self.names:
            yield from (_Span(m.start(), m.end(), "name") for m in pattern.finditer(text))
        if self.lone_names is not None:
            yield from (_Span(m.start(), m.end(), "name") for m in self.lone_names.finditer(text))
        for m in _HANDLE.finditer(text):
            if not _COMPANY_HANDLE.fullmatch(m.group()):
                yield _Span(m.start(), _trim(text, m.end()), "profile")
        if self.bare_handles is not None:
            # The candidate's handle written alone ("nkrn"), as contact rows give it.
            for m in self.bare_handles.finditer(text):
                yield _Span(m.start(), m.end(), "profile")
        for m in _RUN_TOGETHER.finditer(text):
            # Two parts of the name run together ("AdaLovelace", "adalovelace42"): a handle.
            if self._name_parts_in(m.group()) >= 2:
                yield _Span(m.start(), m.end(), "profile")
        for m in _HANDLE_SHAPED.finditer(text):
            parts = _HANDLE_JOINS.split(_fold(m.group()).casefold())
            if self.handle_words.intersection(parts):
                yield _Span(m.start(), m.end(), "profile")  # "ada-lovelace-dev", a profile's id
        for m in _REPOSITORY_PATH.finditer(text):
            # A repository named without its site ("alovelace-42/solver" as a project's
            # heading): the owner is the candidate's handle when it is built on the name.
            owner = m.group("owner")
            known = owner.casefold() in self.own_handles | self.mail_handles
            if known or (_HANDLE_JOINS.search(owner) and self._name_parts_in(owner) >= 1):
                yield _Span(m.start("owner"), m.end("owner"), "profile")


# Mail services anyone has an address at: their domain is not the candidate's own.
_MAIL_SERVICES = frozenset(
    "gmail.com googlemail.com outlook.com hotmail.com live.com msn.com yahoo.com ymail.com "
    "icloud.com me.com mac.com aol.com proton.me protonmail.com pm.me gmx.de gmx.net gmx.com "
    "web.de mail.ru yandex.ru yandex.com qq.com 163.com 126.com naver.com daum.net hanmail.net "
    "orange.fr free.fr laposte.net libero.it hotmail.fr hotmail.it yahoo.fr zoho.com "
    "fastmail.com tutanota.com example.com".split()
)


def _header_addresses(identity: Identity) -> list[tuple[str, str]]:
    """The header's email addresses, each as its local part and its domain."""
    return [
        (local, domain)
        for line in identity.header
        for m in _EMAIL.finditer(line)
        for local, _, domain in [m.group().rpartition("@")]
    ]


def _mail_handles(addresses: list[tuple[str, str]], name_words: set[str]) -> set[str]:
    """The local parts of the header's email addresses, when they read as a handle
    ("ibraem1026@..." writes on "medium.com/@ibraem1026"): with a digit or a joining mark in
    them, or a part of the candidate's name ("khaledbnx@" for Khaled), so a word ("design@",
    "info@") never is one, nor masked wherever it is written."""
    return {
        local
        for local in (local.casefold() for local, _ in addresses)
        if len(local) >= MIN_MAIL_HANDLE
        and any(c.isalpha() for c in local)
        and (
            any(c.isdigit() or c in "._-" for c in local)
            or any(word in _fold(local) for word in name_words)
        )
    }


MIN_MAIL_HANDLE = 5


def _own_mail_domains(addresses: list[tuple[str, str]]) -> set[str]:
    """The domains of the candidate's email addresses in the header, when they are the
    candidate's own ("me@ada.zip"), not a mail service's or an employer's university's."""
    domains = {domain.lower().rstrip(".") for _, domain in addresses}
    return {
        domain
        for domain in domains
        if "." in domain and domain not in _MAIL_SERVICES and not domain.endswith(".edu")
    }


def _trim(text: str, end: int) -> int:
    """Leave sentence punctuation and brackets after a match outside it."""
    while end > 0 and text[end - 1] in ".,;:)]}'\"":
        end -= 1
    return end


def _top_line(header: list[str]) -> str:
    """Among the document's first lines, the first one shaped like a name in any script or
    case (a few words of letters only, none a title or section word), folded; else ""."""
    for line in header[:3]:
        words = line.split()
        if not 1 <= len(words) <= 4 or sum(map(len, words)) < 2 or _PAGE_MARK.search(line):
            continue
        if all(re.fullmatch(r"[^\W\d_]+(?:[.'’-][^\W\d_]*)*", w) for w in words) and not any(
            _fold(w).casefold().strip(".") in _NOT_NAME_WORDS for w in words
        ):
            return _fold(line.strip()).casefold()
    return ""


def _candidate_owners(
    bullets: Sequence[Bullet], header_hosts: set[str], project_links: set[str]
) -> set[str]:
    """On a profile site the header names no handle on, the candidate's own handle, which the
    header left out: the owner of two or more linked repositories or pages
    ("github.com/kai3n/AlphaKu", "github.com/kai3n/Early-Warning-System"), or of the
    repository a project's own heading links ("Bee | github.com/baetheus/bee")."""
    texts = (text for bullet in bullets for text in (bullet.text, bullet.entry or ""))
    urls = {_address(m.group()) for text in texts for m in _URL.finditer(text)}
    owned = Counter((_host(url), owner) for url in urls if (owner := _owner(url)))
    own_projects = {
        (_host(url), owner) for url in project_links if (owner := _owner(url)) and _repository(url)
    }
    return {
        owner
        for (host, owner), n in owned.items()
        if host not in header_hosts and (n >= 2 or (host, owner) in own_projects)
    }


def _project_accounts(project_links: set[str]) -> set[str]:
    """Owners of profile-site accounts that project headings link by themselves, with no
    repository after them ("Homelab | github.com/burrowlab")."""
    return {owner for url in project_links if len(_parts(url)) == 2 and (owner := _owner(url))}


def _project_heading_links(bullets: Sequence[Bullet]) -> set[str]:
    """The web addresses that projects' own headings give, each once."""
    headings = {b.entry or "" for b in bullets if b.section_kind == "projects"}
    return {_address(m.group()) for text in headings for m in _URL.finditer(text)}


def _owner(url: str) -> str:
    """The owner in an address on a profile site: "github.com/ada/x", "linkedin.com/in/ada",
    "youtube.com/@ada" and "ada.github.io/posts/x" give "ada"; any other address gives ""."""
    parts = _parts(url)
    host = parts[0].lower() if parts else ""
    site = next((h for h in _PROFILE_HOSTS if host == h or host.endswith("." + h)), None)
    if site is None:
        return ""
    if host != site and site in _SUBDOMAIN_HOSTS:
        return host[: -len(site) - 1].split(".")[-1]  # "ada.github.io/posts/x": the subdomain
    # Elsewhere a subdomain is a country's or a device's ("in.linkedin.com/in/ada",
    # "m.youtube.com/@ada"): the owner is in the path, as on the site itself.
    if len(parts) < 2:
        return ""
    if parts[1].lower() in ("in", "u", "user", "users", "company"):
        # "linkedin.com/in/" with the id wrapped to the next line names no owner.
        return parts[2].casefold().lstrip("@") if len(parts) > 2 else ""
    return parts[1].casefold().lstrip("@")  # "youtube.com/@ada"


def _repository(url: str) -> bool:
    """An address of one repository under its owner ("github.com/ada/solver"), not a
    project's own site on a hosting domain ("solver.pages.dev", named for the project)."""
    parts = _parts(url)
    return len(parts) >= 3 and parts[0].lower() in _PROFILE_HOSTS


def _parts(url: str) -> list[str]:
    """An address's host and path parts, without its scheme and "www."."""
    return [p for p in _SCHEME.sub("", url).split("/") if p]


_SCHEME = compile_pattern(r"^(?:https?://)?(?:www\.)?", re.I)


def _address(url: str) -> str:
    """A web address without scheme, www or trailing punctuation, to tell two apart."""
    return _SCHEME.sub("", url).rstrip("/.,;)").casefold()


def _host(url: str) -> str:
    """The host of a web address, without scheme or www ("example.com")."""
    return _SCHEME.sub("", url).split("/")[0].lower()


def _links(text: str) -> Iterator[_Span]:
    for m in _URL.finditer(text):
        end = _trim(text, m.end())
        url = text[m.start() : end]
        host = _host(url)
        bare = not re.match(r"https?://|www\.", url, re.I)
        if bare and (host in _TECH_DOMAINS or ("/" not in url and not url.islower())):
            continue  # "Socket.IO", "Booking.com": a technology or an employer, no path
        profile = any(host == h or host.endswith("." + h) for h in _PROFILE_HOSTS)
        yield _Span(m.start(), end, "profile" if profile else "link")


def _phones(text: str) -> Iterator[_Span]:
    for pattern in (_PLUS_PHONE, _NANP_PHONE, _TRUNK_PHONE, _SPLIT_MOBILE):
        for m in pattern.finditer(text):
            if _phone_like(m.group(), plus=pattern is _PLUS_PHONE):
                yield _Span(m.start(), m.end(), "phone")
    for m in _PHONE_LABEL.finditer(text):
        if len(re.sub(r"\D", "", m.group(1))) >= 7:
            yield _Span(m.start(1), m.end(1), "phone")


def _phone_like(number: str, *, plus: bool) -> bool:
    """Enough digits for a phone number, and not a run of dates ("08.2019-09.2021")."""
    digits = len(re.sub(r"\D", "", number))
    if not (8 if plus else 9) <= digits <= 15:
        return False
    groups = re.findall(r"\d+", number)
    dates = all(len(g) <= 2 or _YEAR.fullmatch(g) for g in groups)
    return plus or not (dates and any(_YEAR.fullmatch(g) for g in groups))


def _fields(text: str) -> Iterator[_Span]:
    for m in _FIELD.finditer(text):
        label = " ".join(m["label"].split()).casefold()
        if m["sep"].strip() in "-–—" and label in _COLON_ONLY:
            continue
        kind = _field_kind(m["label"])
        end = _field_end(text, m.end())
        if kind == "profile":
            # Only the handle after "GitHub:", and only a handle ("GitHub: Expert" is not one).
            value = text[m.end() : _trim(text, end)].strip()
            if value and " " not in value and not value.istitle():
                start = m.end() + text[m.end() :].index(value)
                yield _Span(start, start + len(value), kind)
            continue
        yield _Span(m.start("label"), end, kind)
    for m in _UNLABELLED.finditer(text):
        yield _Span(m.start() + len(m.group()) - len(m.group().lstrip()), _trim(text, m.end()),
                    "personal")  # fmt: skip


def _status_pieces(text: str) -> Iterator[_Span]:
    """A piece between separators that is only a status word: "Married", "Female", "Photo"."""
    for m in _PIECE.finditer(text):
        piece = m.group().strip()
        if piece.casefold().strip(".") in _STATUS_WORDS:
            start = m.start() + m.group().index(piece)
            yield _Span(start, start + len(piece), "personal")
