"""Small multilingual word lists: what kind of action, object or place a word names.

The rules (rules.py) read English. Real resumes are also written in French, German, Spanish,
Portuguese, Italian, Chinese, Japanese, Korean and a dozen more, and in any language the same
few cues carry most of a label: the kind of action that leads a bullet (building, operating,
analysing, teaching, serving customers), what it acts on (software or not), and where the
bullet sits (an employer, a university, a course project, an open-source project). These
tables name those cues in twenty-one languages, by the first letters of a word after accents
are removed, so that "développement", "Entwicklung", "desarrollo" and "开发" all read as
``build``. The linear labeller uses them as features, and decide.py reads a bullet's place
from its section and role heading with them.

A stem matches every word that begins with it; a stem written ``=word`` matches only the whole
word (short words such as "app" or "ta" would otherwise match too much). Where two stems match,
the longer one decides ("present" is a talk, "presentation" too, but "preserv" is not).
"""

from __future__ import annotations

from collections.abc import Iterable

from prodgap.regex_cache import compile_pattern

# --- what a bullet's words name -------------------------------------------------------------

ACTIONS: dict[str, str] = {
    "build": """
        develop build built creat implement engineered architect
        =code =coded coding program construct integrat automat refactor =port =ported
        extend =added =adding design conceiv =setup devis incorporat
        realis realiz ecriture concep refonte ajout
        entwickl aufbau aufgebaut erstell implementier programmier konzipier umsetz
        gestalt automatis integrier
        desarroll disen constru programa automatiz
        desenvolv cria criacao implementa
        svilupp realizz progett
        elabor restructur convert =adapted adapting brought
    """,
    "operate": """
        maintain mainten administ operat monitor patch
        install configur migrat upgrad troubleshoot repair debug =fix =fixed fixing
        resolv host provision on-call =oncall
        incident optimi[sz] =scaled =scale scaling modernis moderniz
        maintien gestion supervision exploit heberg correction corrige bugfix
        wartung betrieb betreu administr pflege migrier installier konfigur
        optimier
        mantenim soporte
        manuten gerenci suport mantendo
        manutenz amministr packaging industrialis
    """,
    "train": """
        =trained =train =training =trains fine-tun finetun pretrain
        entrain trainier entren treinad treinament addestr
    """,
    "write": """
        =wrote =write =writes =writing =written
    """,
    "describe": """
        capable determin =suggests =shows =allows =enables =supports =provides =offers
        =marks =gives =returns =computes =detects =predicts =generates =lets =helps
        permet ermoglich permite
    """,
    "deploy": """
        deploy releas launch =ship =shipped shipping publish rollout =rolled go-live
        deploi lancement lance mise-en-production
        bereitstell veroffentlich ausgerollt
        despleg lanz publica
        implant lancad lancament
        rilasci
    """,
    "analyse": """
        analy analys research =study =studied studies investigat explor evaluat
        experiment simulat modelled modeled modeling modelling predict forecast statist
        examin benchmark compar assess =queried =query querying =mined =mine mining
        visuali insight interpret measur estimat regress =clustering classif summari =tested
        etude recherch modelis prevision
        untersuch forsch auswert studie modellier prognos
        analis investig estudi prediccion pronost estadist
        pesquis estud avali estatist collect collecte
        ricerc valut
    """,
    "improve": """
        improv enhanc increas reduc =cut =cutting boost accelerat achiev decreas =lowered
        =saved =saving =grew =doubled =halved sped =speeding
        amelior augment diminu
        verbesser reduzier steiger erhoh senk
        mejor aument disminu
        melhor reduz
        miglior ridu
    """,
    "use": """
        utiliz utilis leverag =used =using =use =uses employ =applied =applying
        einsatz nutzung verwend
        =uso usando
    """,
    "manage": """
        =managed =manage =manages managing =handled handling =owned owning
        =took responsab
    """,
    "perform": """
        =delivered delivering provid perform execut process ensur =ran =run running
        conduct carried durchfuhr realizac efetu
    """,
    "contribute": """
        contribut =participated
    """,
    "teach": """
        teach taught tutor lectur instruct mentor coach =ta =tas =workshop =workshops
        seminar
        enseign formateur formation encadr accompagn
        unterricht =lehre lehrt schulung dozent
        docen ensen capacitacion capacitar
        ensin minicurso monitoria
        insegn formazion
    """,
    "coordinate": """
        =led =lead leading leader coordinat organi[sz] =directed directing oversaw oversee
        supervis =hired hiring recruit collaborat communicat present planning
        negotiat partner budget facilitat represent consult liais stakeholder spearhead
        =direct =directs
        particip =assist =assisted assisting =helped helping
        coordin organis suivi collabor planif partenariat animat
        koordin leitung leitete verwalt unterstutz berat kommunik
        organiz colabor planific particip
        coorden lider auxili apresent
        organizz
    """,
    "document": """
        document handbook translat redig
        redaction traduct edition dokument ubersetz traducc traduc
    """,
    "serve_customers": """
        customer client sales =sell =sold selling cashier =cash retail merchandis
        inventor =order =orders invoic stock procure purchas brand logo content
        =social campaign marketing promotional graphic visual =event =events flyer patrol
        complaint
        vente achat commande
        kunde verkauf offert angebot rechnung bestell lager veranstalt werbung
        venta compra pedido factur
        venda estoque atendimento
        vendit
    """,
    "credit": """
        award =won winner winning prize =place =placed ranked finalist scholarship grant
        =published paper journal conference =talk =talks poster patent keynote
        prix laureat obtention publication
        preis auszeichnung konferenz vortrag
        premio ganador publicacion congreso ponencia
        publicac palestra congresso
    """,
    "career": """
        =promoted promotion =joined joining displayed exceeded =played credited proven
        =selected =recognized =recognised befordert promu
    """,
    "statement": """
        =skill =skills =tech =stack competenc kompetenz habilidad certif =languages
        =modules coursework =interests
    """,
    "hedge": """
        prototyp proof-of-concept =poc =demo =demos demonstrat mock =concept conceptuali
        =planned prevu geplant previst =course =courses =cours =curso =corso =class
        hackathon competition contest challenge datathon
        concours wettbewerb competic competiz
    """,
}
"""Per action: the stems that name it (English first, then French, German, Spanish,
Portuguese, Italian)."""

OBJECTS: dict[str, str] = {
    "software": """
        software =app =apps applica =api =apis backend back-end frontend front-end server
        database pipeline service microservice platform system website =web =site webpage
        =page =pages library package =module =modules framework firmware cloud infrastruct
        cluster script =tool =tools tooling dashboard =etl =ci =cd ci/cd =cicd devops
        docker kubernetes =k8s linux =sql =nosql python =java javascript typescript =react
        node =aws azure =gcp =rest endpoint compiler kernel =bot =bots plugin extension
        repositor =git github gitlab =vm =vms container terraform ansible puppet spark
        hadoop kafka airflow postgres mysql mongo redis =c =go rust =php =ruby
        logiciel serveur plateforme outil paquet =appli
        anwendung datenbank plattform werkzeug schnittstell
        aplicacion servidor herramienta plataforma sistema
        aplicacao aplicativo ferramenta
        applicazion piattaforma strumento
    """,
    "model": """
        =model =models =ml machine-learning neural =llm =llms =transformers =cnn =lstm
        xgboost classifier regression embedding deep-learning pytorch tensorflow
        modele modell modelo modello neuronal
    """,
    "people": """
        =users =user userbase subscriber member patient customers clients viewer visitor
        reader shopper employee stakeholders =team =teams
        utilisateur nutzer benutzer anwender usuario utilizador utent
    """,
    "live": """
        =daily =weekly =monthly =nightly =hourly downloads =stars
        produktion produktiv produccion producao produzione
    """,
}
"""Per object: the stems that name it (technology names need no translation). English words
of production and failure are left to the rules, which know when a hedge or a negation
cancels them ("never had an outage")."""

PLACES: dict[str, str] = {
    "academic": """
        univ college =school academ =ecole hochschule institut =iut campus faculty faculte
        student etudiant estudiante estudante studente bachelor =master =masters ausbildung
        =msc =bsc =phd doctor doctora =mba semester coursework =course
        =courses =cours =curso =corso bootcamp diploma =degree licence
    """,
    "thesis": """
        thesis =these memoire abschlussarbeit bachelorarbeit masterarbeit diplomarbeit tesis
        =tese =tesi capstone dissertation =pfe =tfg =tfm =tcc
    """,
    "research": """
        research recherch forsch investigac pesquisa ricerca =lab =labs laborator labo
        postdoc =phd resident becari visiting
    """,
    "teaching": """
        teach =ta tutor lectur instructor demonstrator enseign formateur =professeur
        professor profesor dozent lehrer lehrbeauftragt docen
    """,
    "intern": """
        =intern =interns internship stagiaire =stage praktik werkstudent =trainee apprenti estagi
        pasant practicas tirocin =co-op =coop alternan
    """,
    "project": """
        project projet projekt proyecto projeto progetto portfolio =personal =side
        =hobby independent self-directed
    """,
    "hackathon": """
        hackathon datathon hack =jam competition contest challenge olympiad
        concours wettbewerb competic competiz
    """,
    "open_source": """
        open-source =opensource =oss contributor contribution crates pypi =npm hackage
        =cpan =ctan maintainer mainteneur huggingface =dub rubygems nuget maven
    """,
    "mentorship": """
        mentee =cohort fellowship =advisor advised =gsoc =scholar
    """,
    "volunteer": """
        volunt benevol ehrenamt voluntari volontar non-profit nonprofit =ngo charity
    """,
    "tech_role": """
        engineer ingenieur ingeniero engenheir ingegner developer developpeur entwickler
        desarrollador desenvolvedor sviluppat programmer programmeur programmier
        software devops =sre sysadmin administrator administrateur administrador
        technician technicien techniker tecnico architect =data scientist analyst analyste
        statistic =bi =it informati =ml analy
    """,
    "other_role": """
        sales retail cashier verkauf berater vendeu vendedor marketing designer content
        clerk kaufm secretar receptionist =officer guard operator supervisor
        waiter barista cook driver nurse translator traduct editor
        redacteur recruiter =hr accountant comptab buchhalt
    """,
    "freelance": """
        freelance =free-lance contractor self-employed independant selbststandig autonomo
    """,
    "company": """
        =inc =ltd =llc gmbh =corp corporation =plc company =pvt limited =sas =spa =srl
        =sarl =bv =kg =ag =sa =ltda =s/a
    """,
    "credits": """
        award honor honour achievement recognition publication papers talks presentation
        certificat courses coursework languages interests references membership
        affiliation distinction prix publicat auszeichnung premio
    """,
    "activities": """
        activit leadership extracurric involvement club association engagement
        aktivitat actividad atividad
    """,
}
"""Per place of a bullet: stems read in its section heading and role heading."""

CJK: dict[str, tuple[str, ...]] = {
    # Chinese, then Japanese, then Korean.
    "build": (
        "开发",
        "实现",
        "设计",
        "搭建",
        "编写",
        "构建",
        "研发",
        "代码",
        "编程",
        "開発",
        "実装",
        "設計",
        "構築",
        "作成",
        "制作",
        "改修",
        "개발",
        "구현",
        "구축",
        "설계",
        "제작",
    ),
    "operate": (
        "维护",
        "部署",
        "上线",
        "运维",
        "运营",
        "监控",
        "迁移",
        "优化",
        "運用",
        "保守",
        "監視",
        "障害",
        "移行",
        "最適化",
        "운영",
        "유지보수",
        "모니터링",
        "배포",
        "마이그레이션",
        "최적화",
    ),
    "analyse": (
        "分析",
        "研究",
        "仿真",
        "模拟",
        "建模",
        "实验",
        "评估",
        "预测",
        "调研",
        "検証",
        "評価",
        "調査",
        "予測",
        "実験",
        "분석",
        "연구",
        "예측",
        "실험",
        "평가",
    ),
    "teach": (
        "教学",
        "助教",
        "授课",
        "培训",
        "辅导",
        "课程",
        "講師",
        "指導",
        "研修",
        "강의",
        "멘토",
    ),
    "coordinate": (
        "组织",
        "负责人",
        "协调",
        "领导",
        "组长",
        "分配",
        "進捗",
        "指示",
        "企画",
        "ディレクション",
        "マネジメント",
        "기획",
        "조율",
        "팀장",
    ),
    "document": ("撰写", "报告", "文档", "论文", "報告書", "論文", "보고서", "논문"),
    "credit": ("获奖", "奖", "发表", "竞赛", "比赛"),
    "hedge": ("竞赛", "比赛", "创新赛", "课程设计", "演示"),
    "software": (
        "系统",
        "平台",
        "软件",
        "数据库",
        "前端",
        "后端",
        "接口",
        "网站",
        "程序",
        "服务器",
        "システム",
        "アプリ",
        "サーバー",
        "ツール",
        "プログラム",
        "시스템",
        "플랫폼",
        "서버",
        "애플리케이션",
    ),
    "people": ("用户", "用戶", "客户", "ユーザー", "顧客", "사용자", "고객"),
    "live": ("上线", "生产环境", "用户量", "リリース", "売上", "本番", "稼働", "출시", "상용"),
    "academic": ("大学", "学院", "课程", "毕业", "学生"),
    "research": ("研究", "实验室", "科研"),
    "intern": ("实习",),
    "project": ("项目",),
    "hackathon": ("竞赛", "比赛"),
}
"""Chinese words, matched as substrings (Chinese is written without spaces)."""

PHRASES: dict[str, tuple[str, ...]] = {
    "open_source": (
        "open source",
        "open-source",
        "logiciel libre",
        "software libre",
        "freie software",
        "codigo aberto",
        "codigo abierto",
        "pull request",
        "merged pr",
    ),
    "live": (
        "app store",
        "play store",
        "google play",
        "mise en production",
        "in produktion",
        "⭐",
        "used by",
    ),
    "mentorship": ("summer of code",),
    "thesis": ("fin d'etude", "fin d etude", "final year project", "final-year project"),
}
"""Cues of two words or more, matched in folded text."""


def _stems(table: dict[str, str]) -> tuple[dict[str, str], dict[str, str]]:
    """Whole-word stems and prefix stems of a table: stem -> its name."""
    whole: dict[str, str] = {}
    prefix: dict[str, str] = {}
    for name, words in table.items():
        for word in words.split():
            for variant in _expand(word.lstrip("=")):
                (whole if word.startswith("=") else prefix).setdefault(variant, name)
    return whole, prefix


def _expand(stem: str) -> list[str]:
    """``optimi[sz]`` stands for ``optimis`` and ``optimiz``."""
    if "[" not in stem:
        return [stem]
    head, rest = stem.split("[", 1)
    letters, tail = rest.split("]", 1)
    return [head + letter + tail for letter in letters]


# The same cues in Polish, Dutch, Turkish, Czech, Swedish, Danish, Norwegian, Romanian,
# Hungarian and Indonesian, then Russian and Ukrainian (folded: "wdrożyłam" is "wdrozylam",
# "й" is "и", "ё" is "е", "ї" is "і"), added to the tables above.
_MORE_ACTIONS = {
    "build": """
        zbudow stworz opracow zaprojekt zaimplement rozwij rozbudow ontwikkel =bouwde
        gebouwd ontworpen ontwerp gelistir olustur tasarla utveckl =byggde =byggt udvikl
        utvikl =bygget vyvinul vyvoj vytvor navrhl dezvolt construi proiectat fejleszt
        keszit tervez mengembangkan pengembangan membangun membuat merancang
        разработ разраб создал создан реализова спроектирова написал построил розроб
        створи
    """,
    "operate": """
        utrzym onderhoud onderhield beheer bakim yonet underhall forvalt vedligehold
        vedlikehold udrzov spravov intretin uzemeltet karbantart memelihara pemeliharaan
        mengelola pengelolaan
        поддерж администрир мониторинг сопровожд оптимизир настро миграц підтрим супровод
    """,
    "train": """
        trenow wytrenow =getraind =trainde tranade =tranat =traenede =trente antren
        melatih dilatih
        обучил обучени дообуч навчи
    """,
    "deploy": """
        wdroz uruchom uitgerold uitrol gelanceerd lanceer canliya yayinla driftsatt lanser
        nasad =lansat telepit meluncurkan peluncuran
        внедр развернул развертыв развёртыв запуст вывел впровад розгорн
    """,
    "analyse": """
        analiz onderzoek elemez menganalis penelitian
        анализ исследова проанализ аналіз досліджен
    """,
    "teach": """
        szkolen nauczal doceren lesgeven ogret undervis vyucov oktat mengajar
        преподав викладав
    """,
    "coordinate": """
        koordyn kierow zarzadz =leidde liderlik =ledde =vedl coordon vezett koordinal
        memimpin
        руковод координ организова керува
    """,
}
_MORE_OBJECTS = {
    "people": """
        uzytkown klient gebruiker klant kullanici musteri anvandare =kunder =kund bruger
        =brukere uzivatel zakaznik utilizator felhasznalo ugyfel pengguna pelanggan
        пользовател клиент користувач
    """,
    "live": "produkc productie uretim produksi продакшн эксплуатац",
    "software": "сервис приложени сайт платформ бот сервіс застосун",
}
_MORE_PLACES = {
    "tech_role": """
        inzynier muhendis inzenyr ingenjor inginer mernok insinyur programista deweloper
        ontwikkelaar gelistirici utvecklare vyvojar dezvoltator fejleszto pengembang
        разработчик программист инженер розробник інженер
    """,
    "intern": "стажер стажув",
    "academic": "университет студент курсов університет",
}
for _table, _more_table in (
    (ACTIONS, _MORE_ACTIONS),
    (OBJECTS, _MORE_OBJECTS),
    (PLACES, _MORE_PLACES),
):
    for _name, _more in _more_table.items():
        _table[_name] += " " + _more

_WHOLE_WORD, _PREFIX = _stems({**ACTIONS, **OBJECTS})
_PLACE_WHOLE, _PLACE_PREFIX = _stems(PLACES)
_LONGEST = max(len(stem) for stem in (*_PREFIX, *_PLACE_PREFIX))
# Latin letters once folded, and Cyrillic (Russian, Ukrainian), whose letters fold to letters.
_WORD = compile_pattern(
    r"[a-z0-9\u0430-\u044f\u0456\u0454\u0491]+(?:-[a-z0-9\u0430-\u044f\u0456\u0454\u0491]+)*"
)
_STRIP = str.maketrans({"ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "ı": "i", "’": "'"})


def fold(text: str) -> str:
    """Lower case without accents: "Développement" -> "developpement"."""
    text = text.lower()
    if not text.isascii():
        import unicodedata  # only resumes with accents or other scripts pay for it

        text = unicodedata.normalize("NFKD", text.translate(_STRIP))
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text


IDIOMS = {
    "mise en place": "implementation",
    "mise en oeuvre": "implementation",
    "set up": "setup",
    "took care of": "maintained",
    "in charge of": "responsible for",
}
"""Phrases whose words mislead one by one ("mise en place" is no "place" of a contest)."""


def _idioms(folded: str) -> str:
    for idiom, word in IDIOMS.items():
        if idiom in folded:
            folded = folded.replace(idiom, word)
    return folded


def words(folded: str) -> list[str]:
    """The words of folded text (letters and digits, joined by hyphens): "react/nodejs" is
    two words, "open-source" one."""
    return _WORD.findall(folded)


def name_of(
    word: str, whole: dict[str, str] = _WHOLE_WORD, prefix: dict[str, str] = _PREFIX
) -> str | None:
    """The cue a word names: a whole-word stem, else the longest stem it begins with."""
    found = whole.get(word)
    if found is not None:
        return found
    for n in range(min(len(word), _LONGEST), 2, -1):
        found = prefix.get(word[:n])
        if found is not None:
            return found
    return None


_SEEN: dict[str, str | None] = {}
"""The bullet words already looked up (resumes repeat their words; the lookup is the cost)."""


def _word_name(word: str) -> str | None:
    try:
        return _SEEN[word]
    except KeyError:
        if len(_SEEN) > 50_000:
            _SEEN.clear()
        found = _SEEN[word] = name_of(word)
        return found


def named(tokens: Iterable[str]) -> list[str | None]:
    """Each word's action or object cue (None where it names none)."""
    return [_word_name(word) for word in tokens]


def phrase_names(folded: str) -> set[str]:
    """The cues of the phrases in folded text, and of its Chinese words."""
    found = {name for name, phrases in PHRASES.items() if any(p in folded for p in phrases)}
    if not folded.isascii() and _EAST_ASIAN.search(folded):
        found |= {name for name, keys in _CJK_FOLDED.items() if any(key in folded for key in keys)}
    return found


# Chinese and Japanese characters and kana, and Hangul (which folding turns into its letters).
_EAST_ASIAN = compile_pattern("[\u1100-\u11ff\u3040-\u9fff\uac00-\ud7af]")
_CJK_FOLDED = {name: tuple(fold(key) for key in keys) for name, keys in CJK.items()}
"""The words folded as a bullet is ("ゲーム" loses its voicing mark, Hangul comes apart)."""

_DOMAIN = compile_pattern(
    r"\b[a-z0-9][a-z0-9-]*\.(?:com|io|dev|app|site|org|net|ai|me|tv|xyz|page|tech)\b"
)
_NOT_A_SITE = ("github.", "gitlab.", "linkedin.", "huggingface.", "bitbucket.", "kaggle.")


def places(text: str) -> set[str]:
    """The places a section or role heading names; ``website`` for a project's own domain
    ("weather-example.app"), which says it is on the web for anyone to use."""
    folded = fold(text)
    website = any(not m.group().startswith(_NOT_A_SITE) for m in _DOMAIN.finditer(folded))
    found = {
        name
        for word in words(folded)
        if (name := name_of(word, _PLACE_WHOLE, _PLACE_PREFIX)) is not None
    }
    if website:
        found.add("website")
    return found | (phrase_names(folded) & set(PLACES))


PHONE_LABELS = (
    r"phone|mobile|mob|cell|tel|telephone|whatsapp|telefon[eo]?|t[ée]l[ée]phone|t[ée]l[ée]fono|"
    r"portable|handy|mobil|m[óo]vil|celular|cellulare|telem[óo]vel|телефон|тел|电话|手机|联系电话|"
    r"電話|携帯|전화|휴대폰|연락처"
)
"""The labels a phone number is written under, in the languages resumes come in (a regular
expression's alternatives, matched ignoring case): the privacy boundary masks the number after
one, and a line of one and its number is a contact line."""


FILLERS = frozenset(
    """
    responsible responsable responsavel verantwortlich in charge for of pour de du des d la le
    les l pelo pela por para of the a an i we and et und y e main work successfully actively
    helped worked on en em im mit con com zur zum der die das el los las o os as um uma un une
    ein eine einer eines also aussi tambem ademas auch como parte trabalhando trabalhei
    travail arbeit atuei actively proactively proficiently expertly continuously our my
    their its team currently now da do dos das del al au aux sowie della di il lo gli ed
    """.split()
)
"""Words before a bullet's main action that say nothing of it ("Responsible for", "Responsável
pelo", "I also")."""


def _names(folded: str) -> set[str]:
    found = {name for name in named(words(folded)) if name is not None}
    return found | phrase_names(folded)


LEAD_OBJECTS = frozenset({"software", "model"})
"""Objects that may lead a bullet written as a noun phrase ("Go client library for ...")."""


_MEMBERSHIP = compile_pattern(
    r"(?:i |we )?(?:worked|work|working) (?:on|in|for|with|at) (?:the |a |an )?"
    r"(?:[a-z0-9'-]+ ){0,4}(?:team|org|organi[sz]ation|department|group|division)\b"
)
"""A bullet that says whose team the candidate was in, not what they did."""


def read_bullet_words(text: str) -> tuple[set[str], str | None]:
    """The cues a bullet's words name, and what its first words name (its lead): an action,
    or ``object_...`` for a bullet that opens with the thing itself."""
    folded = _idioms(fold(text))
    colon = folded.find(":")
    head = folded
    if 0 < colon < 60:  # "Certifications: AWS ...", "DATA MODELING: Modeled tables ..."
        label = [name_of(word) for word in words(folded[:colon])]
        head = folded[colon + 1 :]
        if "statement" in label or "credit" in label:
            return _names(folded), "statement" if "statement" in label else "credit"
    names = _names(folded)
    if _MEMBERSHIP.match(folded):
        return names, "career"
    lead = None
    seen = 0
    for word in words(head):
        if word in FILLERS or word.isdigit():
            continue
        name = _word_name(word)
        if name in ACTIONS:
            return names, name
        if name in LEAD_OBJECTS and lead is None:
            lead = f"object_{name}"
        seen += 1
        if seen == 2:
            break
    return names, lead
