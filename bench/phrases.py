"""How UN documents word things in the six languages: the phrase tables behind the synthetic corpus.

Kept apart from :mod:`bench.corpus` so the generator reads as logic and these read as data. The
forms are the ones real documents use (``第 6/2 号决议``, ``résolutions 1/4, 2/3 et 5/3``,
``на своей шестой сессии``), because a benchmark corpus the extractor does not recognise would
measure a different program from the one users run.
"""

from __future__ import annotations

from arkg.graph.model import LANGUAGES as UN_LANGUAGES

#: The corpus rotates through the six languages in the UN's order (graph/model.py), starting from
#: Chinese as it always has, so that a corpus of any size names the same files as before.
LANGUAGES = UN_LANGUAGES[1:] + UN_LANGUAGES[:1]

ROMAN = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")

_CN_DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """1..99 as printed in Chinese documents (``五十六``, ``十一``)."""
    tens, units = divmod(n, 10)
    if tens == 0:
        return _CN_DIGITS[units]
    head = "" if tens == 1 else _CN_DIGITS[tens]
    return head + "十" + (_CN_DIGITS[units] if units else "")


ORDINALS: dict[str, tuple[str, ...]] = {
    "en": ("", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
           "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
           "eighteenth", "nineteenth", "twentieth"),
    "fr": ("", "première", "deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième", "huitième",
           "neuvième", "dixième", "onzième", "douzième", "treizième", "quatorzième", "quinzième", "seizième",
           "dix-septième", "dix-huitième", "dix-neuvième", "vingtième"),
    "es": ("", "primer", "segundo", "tercer", "cuarto", "quinto", "sexto", "séptimo", "octavo", "noveno", "décimo",
           "undécimo", "duodécimo", "decimotercer", "decimocuarto", "decimoquinto", "decimosexto",
           "decimoséptimo", "decimoctavo", "decimonoveno", "vigésimo"),
    # feminine genitive/prepositional stems + ending added by ru_ordinal
    "ru": ("", "перв", "втор", "треть", "четверт", "пят", "шест", "седьм", "восьм", "девят", "десят",
           "одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат", "семнадцат",
           "восемнадцат", "девятнадцат", "двадцат"),
    # feminine (دورة); the masculine (اجتماع) drops the final ة
    "ar": ("", "الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة",
           "العاشرة", "الحادية عشرة", "الثانية عشرة", "الثالثة عشرة", "الرابعة عشرة", "الخامسة عشرة",
           "السادسة عشرة", "السابعة عشرة", "الثامنة عشرة", "التاسعة عشرة", "العشرون"),
}

AR_CHAPTER = ("", "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن")


def ru_ordinal(n: int, ending: str) -> str:
    """``шестой`` (feminine, ``ой``) or ``шестом`` (neuter prepositional, ``ом``); ``третьей``/``третьем``."""
    stem = ORDINALS["ru"][n]
    return stem + ("е" + ending[1:] if stem.endswith("ь") else ending)


def ar_masculine(n: int) -> str:
    """``الحادي عشر`` from ``الحادية عشرة``: the masculine ordinal for a meeting."""
    words = ORDINALS["ar"][n].split()
    first = words[0].removesuffix("ة").removesuffix("ى")
    if words[0] == "الأولى":
        first = "الأول"
    elif first == "الحادية":
        first = "الحادي"
    return " ".join([first, *("عشر" for _ in words[1:])])


MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "fr": ("", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "es": ("", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
    "ru": ("", "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
           "ноября", "декабря"),
    "ar": ("", "كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل", "أيار/مايو", "حزيران/يونيه",
           "تموز/يوليه", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر", "تشرين الثاني/نوفمبر",
           "كانون الأول/ديسمبر"),
}


def date_text(lang: str, iso: str) -> str:
    year, month, day = (int(x) for x in iso.split("-"))
    if lang == "zh":
        return f"{year} 年 {month} 月 {day} 日"
    if lang == "es":
        return f"{day} de {MONTHS['es'][month]} de {year}"
    if lang == "ru":
        return f"{day} {MONTHS['ru'][month]} {year} года"
    return f"{day} {MONTHS[lang][month]} {year}"


def resolutions_text(lang: str, symbols: list[str]) -> str:
    """One resolution or a list, worded as each language's documents do."""
    if lang == "zh":
        parts = [f"第 {s} 号" for s in symbols]
        listed = parts[0] if len(parts) == 1 else "、".join(parts[:-1]) + "和" + parts[-1]
        return f"{listed}决议"
    if lang == "ar":
        if len(symbols) == 1:
            return f"القرار {symbols[0]}"
        return "القرارات " + " و".join(symbols)
    singular, plural, conj = {
        "en": ("resolution", "resolutions", "and"),
        "fr": ("résolution", "résolutions", "et"),
        "es": ("resolución", "resoluciones", "y"),
        "ru": ("резолюции", "резолюциях", "и"),
    }[lang]
    if len(symbols) == 1:
        return f"{singular} {symbols[0]}"
    return f"{plural} {', '.join(symbols[:-1])} {conj} {symbols[-1]}"


#: How each language cites the Convention: one article, a range of articles, a chapter. The numbers
#: are filled in as that language prints them (see :func:`_convention_number`).
CONVENTION_CITATIONS: dict[str, dict[str, str]] = {
    "zh": {"article": "《公约》第{n}条", "articles": "《公约》第{first}条至第{last}条", "chapter": "《公约》第{n}章"},
    "en": {"article": "article {n} of the Convention", "articles": "articles {first} to {last} of the Convention",
           "chapter": "chapter {n} of the Convention"},
    "fr": {"article": "l'article {n} de la Convention", "articles": "les articles {first} à {last} de la Convention",
           "chapter": "le chapitre {n} de la Convention"},
    "es": {"article": "el artículo {n} de la Convención", "articles": "los artículos {first} a {last} de la Convención",
           "chapter": "el capítulo {n} de la Convención"},
    "ru": {"article": "статьи {n} Конвенции", "articles": "статей {first}–{last} Конвенции",
           "chapter": "главы {n} Конвенции"},
    "ar": {"article": "المادة {n} من الاتفاقية", "articles": "المواد من {first} إلى {last} من الاتفاقية",
           "chapter": "الفصل {n} من الاتفاقية"},
}


def _convention_number(lang: str, kind: str, n: int) -> str:
    """An article or chapter number as ``lang`` prints it: Chinese numerals in Chinese; chapters in Roman
    numerals, or Arabic ordinal words in Arabic; articles in digits elsewhere."""
    if lang == "zh":
        return chinese_number(n)
    if kind != "chapter":
        return str(n)
    return AR_CHAPTER[n] if lang == "ar" else ROMAN[n]


def _cite_convention(lang: str, kind: str, **numbers: int) -> str:
    """Fill one of :data:`CONVENTION_CITATIONS` with its numbers, each worded for ``lang``."""
    words = {name: _convention_number(lang, kind, n) for name, n in numbers.items()}
    return CONVENTION_CITATIONS[lang][kind].format(**words)


def article_text(lang: str, n: int) -> str:
    return _cite_convention(lang, "article", n=n)


def articles_text(lang: str, first: int, last: int) -> str:
    return _cite_convention(lang, "articles", first=first, last=last)


def chapter_text(lang: str, n: int) -> str:
    return _cite_convention(lang, "chapter", n=n)


def meeting_text(lang: str, body: str, n: int) -> str:
    """``its sixth session`` (the Conference) / ``its eleventh meeting`` (the Working Group)."""
    if body == "cosp":
        return {
            "zh": f"第{chinese_number(n)}届会议",
            "en": f"its {ORDINALS['en'][n]} session",
            "fr": f"sa {ORDINALS['fr'][n]} session",
            "es": f"su {ORDINALS['es'][n]} período de sesiones",
            "ru": f"своей {ru_ordinal(n, 'ой')} сессии",
            "ar": f"دورته {ORDINALS['ar'][n]}",
        }[lang]
    return {
        "zh": f"第{chinese_number(n)}次会议",
        "en": f"its {ORDINALS['en'][n]} meeting",
        "fr": f"sa {ORDINALS['fr'][n]} réunion",
        "es": f"su {n}ª reunión",
        "ru": f"своем {ru_ordinal(n, 'ом')} совещании",
        "ar": f"الاجتماع {ar_masculine(n)}",
    }[lang]


#: Header words: (United Nations, Distr.: General, Original: English, Provisional agenda, Annotations).
HEADER: dict[str, tuple[str, str, str, str, str]] = {
    "zh": ("联合国", "Distr.: General", "Chinese\nOriginal: English", "临时议程", "说明"),
    "en": ("United Nations", "Distr.: General", "Original: English", "Provisional agenda", "Annotations"),
    "fr": ("Nations Unies", "Distr. générale", "Français\nOriginal : anglais", "Ordre du jour provisoire",
           "Annotations"),
    "es": ("Naciones Unidas", "Distr. general", "Español\nOriginal: inglés", "Programa provisional",
           "Anotaciones"),
    "ru": ("Организация Объединенных Наций", "Distr.: General", "Russian\nOriginal: English",
           "Предварительная повестка дня", "Аннотации"),
    "ar": ("الأمم المتحدة", "Distr.: General", "Arabic\nOriginal: English", "جدول الأعمال المؤقت", "شروح"),
}

#: Agenda item titles, index-aligned across languages.
AGENDA: dict[str, tuple[str, ...]] = {
    "zh": ("组织事项", "追回资产任务授权的执行进展概览", "专题讨论", "主动及时交流信息",
           "确定腐败受害人身份的良好做法", "能力建设和技术援助问题讨论论坛", "今后的工作", "通过报告"),
    "en": ("Organizational matters", "Overview of progress in implementing the asset recovery mandates",
           "Thematic discussion", "Spontaneous and timely sharing of information",
           "Good practices in identifying victims of corruption", "Forum for discussion on capacity-building",
           "Future work", "Adoption of the report"),
    "fr": ("Questions d'organisation", "Aperçu des progrès accomplis dans l'exécution des mandats",
           "Débat thématique", "Communication spontanée et rapide d'informations",
           "Bonnes pratiques en matière d'identification des victimes de la corruption",
           "Débat sur le renforcement des capacités", "Travaux futurs", "Adoption du rapport"),
    "es": ("Cuestiones de organización", "Panorama general de los progresos realizados en la ejecución de los mandatos",
           "Debate temático", "Intercambio espontáneo y oportuno de información",
           "Buenas prácticas en la identificación de las víctimas de la corrupción",
           "Foro de debate sobre la creación de capacidad", "Labor futura", "Aprobación del informe"),
    "ru": ("Организационные вопросы", "Обзор хода осуществления мандатов в области возвращения активов",
           "Тематическое обсуждение", "Спонтанный и своевременный обмен информацией",
           "Успешные виды практики выявления жертв коррупции", "Форум для обсуждения вопросов наращивания потенциала",
           "Будущая работа", "Утверждение доклада"),
    "ar": ("المسائل التنظيمية", "لمحة عامة عن التقدم المحرز في تنفيذ الولايات", "مناقشة مواضيعية",
           "تبادل المعلومات تلقائيا وفي الوقت المناسب", "الممارسات الجيدة في تحديد ضحايا الفساد",
           "منتدى لمناقشة بناء القدرات", "الأعمال المقبلة", "اعتماد التقرير"),
}

#: Sentence templates per kind of fact; ``{x}`` is the rendered citation, ``{body}`` the body's name.
SENTENCES: dict[str, dict[str, tuple[str, ...]]] = {
    "resolution": {
        "zh": ("缔约国会议在{x}中请秘书处继续协助工作组履行职能。", "根据{x}，工作组审议了资产追回方面的进展。"),
        "en": ("In {x}, the Conference requested the secretariat to continue to assist the Working Group.",
               "Pursuant to {x}, the Working Group considered progress made in asset recovery."),
        "fr": ("Dans sa {x}, la Conférence a prié le secrétariat de continuer d'aider le Groupe de travail.",
               "Conformément à la {x}, le Groupe de travail a examiné les progrès accomplis."),
        "es": ("En su {x}, la Conferencia solicitó a la secretaría que siguiera prestando asistencia al Grupo.",
               "De conformidad con la {x}, el Grupo de Trabajo examinó los progresos realizados."),
        "ru": ("В {x} Конференция просила секретариат продолжать оказывать помощь Рабочей группе.",
               "В соответствии с положениями, изложенными в {x}, Рабочая группа рассмотрела достигнутый прогресс."),
        "ar": ("وفي {x}، طلب المؤتمر إلى الأمانة أن تواصل مساعدة الفريق العامل.",
               "وعملا ب{x}، نظر الفريق العامل في التقدم المحرز في مجال استرداد الموجودات."),
    },
    "article": {
        "zh": ("各国不妨讨论依据{x}采取的措施。", "发言者强调必须充分执行{x}。"),
        "en": ("States may wish to discuss measures taken in accordance with {x}.",
               "Speakers stressed the need to implement fully {x}."),
        "fr": ("Les États voudront peut-être examiner les mesures prises conformément à {x}.",
               "Les orateurs ont souligné qu'il fallait appliquer pleinement {x}."),
        "es": ("Los Estados tal vez deseen examinar las medidas adoptadas de conformidad con {x}.",
               "Los oradores destacaron la necesidad de aplicar plenamente {x}."),
        "ru": ("Государства, возможно, пожелают обсудить меры, принятые на основании {x}.",
               "Выступавшие подчеркнули необходимость полного осуществления {x}."),
        "ar": ("وقد تود الدول أن تناقش التدابير المتخذة وفقا لأحكام {x}.",
               "وشدد المتكلمون على ضرورة التنفيذ الكامل لأحكام {x}."),
    },
    "organization": {
        "zh": ("发言者对{x}提供的援助表示欢迎。", "若干发言者介绍了与{x}的合作情况。"),
        "en": ("Speakers welcomed the assistance provided by {x}.",
               "Several speakers described their cooperation with {x}."),
        "fr": ("Les orateurs ont salué l'assistance fournie par {x}.",
               "Plusieurs orateurs ont décrit leur coopération avec {x}."),
        "es": ("Los oradores acogieron con beneplácito la asistencia prestada por {x}.",
               "Varios oradores describieron su cooperación con {x}."),
        "ru": ("Выступавшие приветствовали помощь, оказываемую {x}.",
               "Несколько выступавших рассказали о сотрудничестве с {x}."),
        "ar": ("ورحب المتكلمون بالمساعدة التي تقدمها {x}.", "ووصف عدة متكلمين تعاونهم مع {x}."),
    },
    "meeting": {
        "zh": ("{body}在{x}上审议了本项目。", "{body}在{x}上通过了若干建议。"),
        "en": ("At {x}, the {body} considered this item.", "The {body} adopted several recommendations at {x}."),
        "fr": ("À {x}, la {body} a examiné ce point.", "La {body} a adopté plusieurs recommandations à {x}."),
        "es": ("En {x}, la {body} examinó este tema.", "La {body} aprobó varias recomendaciones en {x}."),
        "ru": ("На {x} {body} рассмотрела этот пункт.", "{body} приняла ряд рекомендаций на {x}."),
        "ar": ("ونظر {body} في هذا البند في {x}.", "واعتمد {body} عدة توصيات في {x}."),
    },
    "date": {
        "zh": ("会议将于{x}开幕。", "秘书处于{x}收到了相关资料。"),
        "en": ("The meeting will be opened on {x}.", "The secretariat received the information on {x}."),
        "fr": ("La réunion s'ouvrira le {x}.", "Le secrétariat a reçu les informations le {x}."),
        "es": ("La reunión se inaugurará el {x}.", "La secretaría recibió la información el {x}."),
        "ru": ("Совещание откроется {x}.", "Секретариат получил информацию {x}."),
        "ar": ("وسيفتتح الاجتماع في {x}.", "وتلقت الأمانة المعلومات في {x}."),
    },
    "filler": {
        "zh": ("许多发言者强调需要分享良好做法和加强能力建设活动。",
               "发言者指出，请求国和被请求国之间缺乏信任仍然是一项挑战。",
               "可用的资源将允许每天举行两场配有联合国所有正式语文口译的全体会议。",
               "一些发言者介绍了在加强本国有效开展资产追回案件合作的能力方面最近实行的法律和体制改革。"),
        "en": ("Many speakers stressed the need to share good practices and to strengthen capacity-building.",
               "Speakers noted that the lack of trust between requesting and requested States remained a challenge.",
               "The resources available will allow for two plenary meetings per day with interpretation.",
               "Some speakers described recent legal and institutional reforms to strengthen their capacity."),
        "fr": ("De nombreux orateurs ont souligné la nécessité de partager les bonnes pratiques.",
               "Les orateurs ont noté que le manque de confiance entre États requérants et requis restait un défi.",
               "Les ressources disponibles permettront de tenir deux séances plénières par jour.",
               "Certains orateurs ont décrit les réformes juridiques et institutionnelles récentes."),
        "es": ("Muchos oradores destacaron la necesidad de intercambiar buenas prácticas.",
               "Los oradores señalaron que la falta de confianza entre Estados requirentes y requeridos persistía.",
               "Los recursos disponibles permitirán celebrar dos sesiones plenarias diarias.",
               "Algunos oradores describieron las reformas jurídicas e institucionales recientes."),
        "ru": ("Многие выступавшие подчеркнули необходимость обмена успешными видами практики.",
               "Выступавшие отметили, что отсутствие доверия между запрашивающими и запрашиваемыми "
               "государствами остается проблемой.",
               "Имеющиеся ресурсы позволят проводить по два пленарных заседания в день.",
               "Некоторые выступавшие рассказали о недавних правовых и институциональных реформах."),
        "ar": ("وشدد كثير من المتكلمين على ضرورة تبادل الممارسات الجيدة وتعزيز بناء القدرات.",
               "ولاحظ المتكلمون أن انعدام الثقة بين الدول الطالبة والدول متلقية الطلبات لا يزال يمثل تحديا.",
               "وستتيح الموارد المتاحة عقد جلستين عامتين يوميا مع توفير الترجمة الشفوية.",
               "ووصف بعض المتكلمين الإصلاحات القانونية والمؤسسية التي أجريت مؤخرا."),
    },
}
