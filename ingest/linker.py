"""Dictionary linking: every alias of every authority entity, in six languages, in ONE automaton.

Names are matched in a single Aho–Corasick pass over the normalised text (NFKC, so full- and
half-width forms agree; case-folded, so "World Bank" and "world bank" agree). Then:
- the longest match wins and overlapping shorter matches are dropped — Chinese has no word
  boundaries, so ``工作组`` inside ``资产追回问题工作组`` must not fire as well;
- a match whose edges are letters of an alphabetic script must stand on word boundaries;
- acronyms and camel-case names (``StAR``, ``US``, ``EG``) match only in their printed case, since
  their folded forms are ordinary words;
- a name shared by several entities is resolved by the document's other unambiguous links, or
  left unlinked (type kept, id ``None``).

Numbered things (articles, chapters, resolutions, sessions, documents) are left to
:mod:`ingest.patterns`: their titles ("Asset recovery", "国际合作") are everyday phrases.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Any

import ahocorasick

from arkg.graph.ids import CONVENTION
from arkg.graph.model import model
from arkg.graph.scripts import script_language
from arkg.ingest import capitals, own_state
from arkg.ingest.events import find_events
from arkg.ingest.layout import BLOCK_SEP, expansion_map, fold, is_cjk
from arkg.ingest.lexicon import words
from arkg.ingest.name_rules import CITY_AFTER_NAME, CITY_BEFORE_NAME, NameRules
from arkg.ingest.patterns import convention_title, other_convention_ends
from arkg.ingest.reordered import Reordered
from arkg.ingest.scan import keyed
from arkg.ingest.spans import Spans, longest_first

#: Generic words that are also aliases: not linked after these left contexts ("现有国际公约" is
#: "existing international conventions", not UNCAC; "缔约国大会", "国际反贪(污)大会", "人民代表大会" and an
#: anniversary's "周年大会" are other assemblies than the General Assembly's "大会"; "亚太经合组织" is
#: APEC, not the OECD's "经合组织").
_BLOCKED_LEFT: dict[str, tuple[str, ...]] = {
    # 美洲反腐败公约, 阿拉伯反腐败公约, 非洲…反腐败公约: a regional convention, named without brackets
    "公约": ("国际", "现有", "各项", "其他", "该项", "区域", "美洲反腐败", "阿拉伯反腐败", "非洲反腐败", "欧洲反腐败"),
    # 本次大会, 本届大会, 此次大会: the meeting the text reports, not the General Assembly; 全体大会: a plenary; a
    # gathering named for what it does (成立大会 a founding, 庆祝大会 a celebration, 表彰大会 an award) or who meets
    # (股东大会, 群众大会, 妇女大会), the World's (世界大会): a meeting of its own
    "大会": ("缔约国", "代表", "反贪", "贪污", "反腐败", "会员", "年度", "周年", "本次", "本届", "此次", "全体",
             "成立", "庆祝", "纪念", "表彰", "颁奖", "动员", "誓师", "开幕", "闭幕", "股东", "群众", "世界", "妇女"),
    "经合组织": ("亚太",),
    # water in a French headline's capitals (L'EAU POTABLE), not the Emirates' EAU
    "EAU": ("L'", "L’", "D'", "D’", "l'", "l’", "d'", "d’"),
    # the US state, not the Crown Dependency
    "Jersey": ("New ", "Nueva ", "Nouveau-", "New-"), "Джерси": ("Нью-", "Нью "), "جيرسي": ("نيو ",),
    # the US state, not the capital
    "واشنطن": ("ولاية ",),
    # the strait, not the territory
    "Gibraltar": ("Strait of ", "Straits of ", "détroit de ", "Détroit de ", "estrecho de ", "Estrecho de "),
    # 履约审议工作组, 金融行动特别工作组, G20 反腐败工作组, 预防腐败问题工作组: other working groups;
    # 各工作组, 其他工作组, 一系列工作组, 一些工作组, 两个工作组: working groups in general; 专家工作组: an
    # expert group (the one that prepared the Ad Hoc Committee's terms of reference);
    # 预防腐败问题不限成员名额政府间工作组: another
    # group's full name (the Working Group's own is matched whole); 多部门组成工作组, 成立工作组, 派出工作组,
    # 联合工作组, 专项工作组: a task force a government forms, sends or shares, not the Conference's body
    "工作组": ("审议", "特别", "腐败", "问题", "联络", "各", "其他", "政府间", "系列", "些", "个", "专家",
            "组成", "成立", "组建", "派出", "联合", "专项"),
    # a review's country visit or country reviews, الزيارة القُطرية, الاستعراضات القُطرية (qutriyya, "of the country"),
    # written bare as Qatar's adjective is
    "القطرية": ("الزيارة ", "الزيارات ", "زيارة ", "زيارات ", "الاستعراضات ", "استعراضات ", "الاستعراض ", "استعراض "),
}
#: Generic words that are also aliases and end a title or a quoted name: inside ``《…》`` (工作组 also inside a
#: short ``「…」`` or ``“…”``) after other words they are another instrument's or body's (《美洲国家反腐败公约》
#: is the Inter-American Convention, 「捐赠与技术协助工作组」 the APG's donors' group), not UNCAC or the Working Group.
_TITLE_TAILS = ("公约", "工作组")
#: Quotation marks that open a name (a short one: a quoted sentence may cite 本公约), and those that close it.
_NAME_OPENING, _NAME_CLOSING, _NAME_REACH = "「『“", "》」』”\n，。、", 16
#: How far back a title's opening bracket is looked for.
_TITLE_REACH = 60
#: Another body's general assembly (a network's, an association's): one it owns (``sa 6e assemblée
#: générale``, ``its General Assembly``), any one (``organise chaque année une assemblée générale``), the text has
#: just named (``cette assemblée générale``) or holds
#: yearly (``Asamblea General Anual``), or one of its members or agencies (``l'Assemblée générale des points
#: focaux du Réseau``, ``la troisième Assemblée Générale des agences de recouvrement``, ``الاجتماع السادس
#: للجمعية العامة لشبكة …``), or one named by its acronym
#: (``la 9ème Assemblée générale de l’ARINWA``), not the UN's.
_OWN_ASSEMBLY_LEFT = re.compile(
    r"(?<!\w)(?:its|their|annual|sa|son|leur|su|sus|cette|esta|an?|une|una)\s+(?:\S+\s+)?$", re.IGNORECASE
)
_OWN_ASSEMBLY_RIGHT = re.compile(
    r"\s*(?:\([A-Z]{2,4}\)\s*)?(?:annual|annuelle?|anual|ordinaire|extraordinaire|of\s+(?:the\s+|its\s+)?(?:network|members|focal\s+points|"
    r"association|agencies|authorities|offices)|du\s+réseau|des\s+(?:membres|points\s+focaux|agences|autorités|bureaux)|"
    r"de\s+l['’]association|de\s+(?:la\s+red|los\s+miembros|los\s+puntos\s+focales|la\s+asociación|"
    r"las\s+agencias|las\s+autoridades|las\s+oficinas)|"
    # of a body named by its acronym (l'Assemblée générale de l'ARINWA), not the UN's (de l'ONU)
    r"\s(?:of\s+(?:the\s+)?|de\s+(?:la\s+|l['’]\s*)?|d['’]\s*|du\s+|del\s+)(?!(?:ONU|UN|NU|OONU)\b)(?-i:[A-Z][A-Z0-9-]{2,})\b|"
    # Russian: an organization's name in the genitive after it (Генеральной ассамблее Интерпола), not the UN's
    r"\s(?!ООН|ОН\b|Организации\s+Объедин)(?-i:[А-ЯЁ](?:[а-яё-]*[аяиы]|[А-ЯЁ]+))(?![\w-])|"
    # Arabic: of the network, association, union, organization, maybe after a coordinated noun (الجمعية العامة
    # ورئيسا للجنة التوجيهية للشبكة)
    r"(?:\s*و\S+(?:\s+\S+){0,3}\s+)?لل?(?:شبكة|رابطة|اتحاد|منظمة))(?!\w)",
    re.IGNORECASE,
)
#: The United Nations named right after a general assembly: the UN's, whatever the text said of another's.
_UN_ASSEMBLY_RIGHT = re.compile(
    r"\s*(?:of\s+the\s+United\s+Nations|des\s+Nations\s+Unies|de\s+las\s+Naciones\s+Unidas|"
    r"Организации\s+Объединенных\s+Наций|ООН|(?:لل|ال)أمم\s+المتحدة)",
    re.IGNORECASE,
)
_ASSEMBLY = "body/ga"
_WORKING_GROUP = "body/wg-ar"
#: The Convention and its Conference: a text naming either is about the Working Group's world.
_CONVENTIONS_OWN = frozenset({CONVENTION, "body/cosp"})
#: A regional adjective that makes a convention another than UNCAC, right after its word
#: (``الاتفاقية العربية لمكافحة الفساد``, the Arab Convention; ``la Convention interaméricaine``).
OTHER_INSTRUMENT = (
    r"\s*(?:(?:ال|لل)(?:عربية|أفريقية|افريقية|إفريقية|أمريكية|أوروبية)|arabe|africaine|interaméricaine|européenne|"
    r"árabe|africana|interamericana|europea|Arab|African|Inter-American|European|"
    r"арабск\w*|африканск\w*|межамериканск\w*|европейск\w*)(?!\w)"
)
#: The Conference of the States Parties to another convention: ``مؤتمر الدول الأطراف في الاتفاقية
#: العربية لمكافحة الفساد`` (Egypt's press writes في as فى), ``Conference of the States Parties to the Arab
#: Convention``.
_OTHER_CONFERENCE_RIGHT = re.compile(
    rf"\s*(?:في\s*|فى\s*|لل|ل)?(?:ال)?اتفاقية{OTHER_INSTRUMENT}|\s+(?:to|à|a|de|к)\s+(?:the|la)?\s*"
    rf"(?:Convention|Convención|Конвенци\w*){OTHER_INSTRUMENT}|\s+(?:to|à|a|de)\s+(?:the|la)?\s*{OTHER_INSTRUMENT}",
    re.IGNORECASE,
)
#: The FATF's name followed by a region's is a FATF-style regional body's (``Grupo de Acción Financiera
#: Internacional de Oriente Medio y Norte de África``, ``Financial Action Task Force of Latin America``):
#: where the reference data does not know that longer name, it is none of the FATF's mentions. Arabic says it
#: with ل and the region (``مجموعة العمل المالي لأمريكا اللاتينية``, ``لهذه المنطقة``) or calls it regional
#: (``الإقليمي``).
_REGIONAL_BODY_RIGHT = re.compile(
    r"\s+(?:(?:of|for|de|del|du|des|для)\s+(?:(?:the|la|las|los|l['’])\s*)?[A-ZÁÉÍÓÚ\u0410-\u042f]"
    r"|ل(?:هذه\s+ال)?(?:منطقة|دول|أمريكا|آسيا|أفريقيا|إفريقيا|أوروبا|أوراسيا|الشرق|شرق|غرب|جنوب|شمال|وسط|الكاريبي)"
    r"|(?:ال)?إقليمي(?:ة)?(?![\u0621-\u064a]))"
)
#: What follows a name and makes it another body's than the entity's, by entity.
#: A group's name then another convention's, maybe after a word or two (``فريق استعراض التنفيذ الأمثل للاتفاقية
#: العربية``, the Arab Convention's review team): that convention's group.
_OTHER_GROUP_RIGHT = re.compile(r"(?:\s+[^\s.,،]+){0,2}?(?:" + _OTHER_CONFERENCE_RIGHT.pattern + ")", re.IGNORECASE)
_ANOTHER_BODY_RIGHT = {"body/cosp": _OTHER_CONFERENCE_RIGHT, "org/fatf": _REGIONAL_BODY_RIGHT,
                       "body/irg": _OTHER_GROUP_RIGHT, "body/wg-ar": _OTHER_GROUP_RIGHT}
_CONFERENCE = "body/cosp"
#: A bracketed title right before a conference of parties (``《联合国打击跨国有组织犯罪公约》第九届缔约方会议``), with
#: its session's ordinal between: the conference of that instrument's parties.
_TITLE_ZH = re.compile(r"《([^《》\n]{1,40})》")
#: The conference of parties named without its convention: whose it is, the text says before.
_BARE_CONFERENCE_ZH = ("缔约国大会", "缔约国会议", "締約國大會", "締約國會議")
_TITLE_BEFORE_ZH = re.compile(r"《([^《》\n]{2,40})》\s*(?:第\s*[\d一二三四五六七八九十]{1,4}\s*[届次]\s*)?$")
_OTHER_INSTRUMENT_RIGHT = re.compile(OTHER_INSTRUMENT, re.IGNORECASE)
#: The same adjectives where English and Russian put them, before the noun (``the Arab Convention``), and the
#: Council of Europe's kinds of law (``the Criminal Law Convention on Corruption``).
_OTHER_INSTRUMENT_LEFT = re.compile(
    r"(?<!\w)(?:Arab|African|Inter-American|European|Criminal\s+Law|Civil\s+Law|арабск\w*|африканск\w*|межамериканск\w*|"
    r"европейск\w*)\s+$",
    re.IGNORECASE,
)
#: The General Assembly's fuller Chinese names: with one of them in a text, "大会" alone is the Assembly.
_GA_FULL = ("联合国大会", "联大")
#: Aliases that are not linked before these right contexts: "US$380 million" names a currency; "المغرب العربي"
#: is the Arab Maghreb (the region: وكالة المغرب العربي للأنباء, اتحاد المغرب العربي), not Morocco.
_BLOCKED_RIGHT: dict[str, tuple[str, ...]] = {
    "US": ("$", " $"), "المغرب": (" العربي",), "لمغرب": (" العربي",),
    "France": ("-Presse", " Presse"),  # Agence France-Presse, a news agency cited as a source
}
#: A State's adjective in a news agency's Arabic name (وكالة الأنباء الألمانية, dpa; الفرنسية, AFP), a State's name
#: in a Russian one after ИА, "news agency", and up to two words of its name (ИА Тотал Казахстан): the agency
#: the text quotes, not the State.
_NEWS_AGENCY_BEFORE = re.compile(r"وكالة\s+(?:ال)?أنباء\s+$|(?<!\w)ИА\s+(?:«?[А-ЯЁA-Z][\w-]*\s+){0,2}«?$")
#: Arabic proclitics glued to the front of a name: a conjunction (و, ف) then a preposition (ب, ل, ك).
_AR_PROCLITIC = re.compile(r"[وف]?[بكل]?$")
_RU_VOWELS = "аеёиоуыэюяйь"
#: Russian case endings a name's words take (``Всемирный банк`` → ``Всемирного банка``).
_RU_ENDINGS = (
    r"ами|ями|ого|его|ому|ему|ыми|ими|ов|ев|ей|ой|ый|ий|ая|яя|ое|ее|ые|ие|ым|им|ом|ем|ую|юю|ых|их|ам|ям|ах|ях|ью|"
    r"а|я|о|е|ы|и|у|ю|ь|й"
)
_RU_ENDING = re.compile(f"(?:{_RU_ENDINGS})$")
_CYRILLIC_WORD = re.compile(r"[а-яё]{4,}")


@dataclass(frozen=True, slots=True)
class Candidate:
    id: str
    label: str
    printed: str | None  #: the exact form required (acronyms), or None for case-insensitive
    #: A name whose every word is capitalised (``Global Forum``): written all in lower case in a
    #: cased script it is a common phrase ("a global forum for…"), not the name.
    proper: bool = False
    #: Characters of a preposition that opens the matched form, not the name: French and Spanish contract a
    #: name's article into the preposition before it (``au Caire``, ``du Caire``, ``al Cairo``, ``del Cairo``).
    lead: int = 0


@dataclass(frozen=True, slots=True)
class LinkHit:
    """A dictionary match in view coordinates; ``id`` is None when the name stayed ambiguous."""

    start: int
    end: int
    label: str
    id: str | None
    candidates: tuple[str, ...]


#: Spellings a text may print for one character of the reference data, one character each way so
#: offsets hold: apostrophes (right and left single quotation marks, the modifier letter, the grave
#: and acute accents: French UN documents print "Groupe d’examen de l’application", the reference
#: data "Groupe d'examen de l'application"); the hyphen and the dashes (en and em dash, the Unicode
#: hyphens: "государств - участников" for "государств – участников") as a space: a
#: compound name is printed both ways ("Addis Abeba" for "Addis-Abeba", "Guinea Bissau"); and the
#: Arabic alef maqsura that Egyptian spelling writes for a final yeh ("المنتدى العربى" for "المنتدى العربي").
_VARIANTS = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
             "-": " ", "\u2013": " ", "\u2014": " ", "\u2010": " ", "\u2011": " ", "\u0649": "\u064a",
             # the Chinese press's dashes from other blocks: a box-drawing line (中国─东盟), the horizontal bar, minus
             "\u2500": " ", "\u2015": " ", "\u2212": " ",
             "\n": " ",  # a name broken over two lines of a block («United⏎Kingdom»)
             # Arabic often drops the hamza over or under alef (اسبانيا, الامم): names match both ways
             "\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627",
             # and the web writes a final teh marbuta as heh (بالقاهره for بالقاهرة)
             "\u0629": "\u0647"}


#: A French or Spanish name's article that a preposition before it takes in (``Le Caire``: ``au Caire``, ``du
#: Caire``; ``El Cairo``: ``al Cairo``, ``del Cairo``; ``Les Cayes``: ``aux Cayes``, ``des Cayes``).
_ARTICLE = re.compile(r"(Le|Les|El) (?=\w)")
_CONTRACTED = {"Le": ("au", "du"), "Les": ("aux", "des"), "El": ("al", "del")}


#: A French elision (``d'examen``, ``l'application``), which text taken from a PDF often prints
#: with a space for the apostrophe (``Groupe d examen de l application``): names match both ways.
_ELISION = re.compile(r"(?<!\w)(qu|[cdjlmnst])'(?=\w)")


#: French writes capitals without their accents (``Etats-Unis``, ``Guinée Equatoriale``): a word's
#: accented first letter, folded, may be the bare letter.
_ACCENTED_INITIAL = re.compile(r"(?<!\w)[éèêàâîôû]")
_BARE = str.maketrans("éèêàâîôû", "eeeaaiou")


def _bare_initials(key: str) -> str:
    return _ACCENTED_INITIAL.sub(lambda m: m.group().translate(_BARE), key)


#: A country's adjective in a list of languages is the language: «in English, French and Portuguese». French and
#: Spanish write a language in small letters: «Brésilien et Français», capitalised, are peoples.
_LANGUAGES = (r"[Ee]nglish|[Ff]rench|[Ss]panish|[Aa]rabic|[Rr]ussian|[Cc]hinese|anglais|français|espagnol|arabe|russe|"
              r"chinois|inglés|francés|español|árabe|ruso|chino")
_LANGUAGE_BEFORE = re.compile(rf"(?<!\w)(?:{_LANGUAGES})\s*(?:,|and|or|et|ou|y|o)\s*$")
_LANGUAGE_AFTER = re.compile(rf"\s*(?:,|and|or|et|ou|y|o)\s*(?:{_LANGUAGES})(?!\w)")
#: Arabic names a language by the nisba after a word for a language, version or translation, maybe after other
#: adjectives of the list (نسختين انجليزية وفرنسية, باللغتين العربية والفرنسية): the language, not the State.
_AR_LANGUAGE_NOUN = re.compile(
    r"(?<!\w)(?:[وب]?(?:ال)?لغ[ةت]\w*|(?:ال)?نسخ\w*|(?:ال)?ترجم\w*)(?:\s+[وأ]?\w+){0,2}\s+[و]?$")


def _a_language(text: str, start: int, end: int) -> bool:
    return bool(_LANGUAGE_BEFORE.search(text, max(0, start - 20), start) or _LANGUAGE_AFTER.match(text, end)
                or (_script(text[start]) == "ar" and _AR_LANGUAGE_NOUN.search(text, max(0, start - 40), start)))


#: The Arabic article before an alef as a PDF may print it, the lam-alef ligature taken apart in the
#: wrong order: ``األمم`` (alef, alef with hamza, lam) for ``الأمم``, ``االتفاقية`` for ``الاتفاقية``.
#: No Arabic word opens with two alefs, so the swap (which keeps every offset) touches nothing else.
_AR_ARTICLE_UNDONE = re.compile(r"(?<![\u0621-\u064a])([وفبك]?)ا([اأإآ])ل")


def _respell(text: str) -> str:
    """``text`` in the reference data's spellings; ``str.replace`` per character present, since a
    translation table of non-ASCII characters costs a lookup per character of a long text."""
    for printed, spelled in _VARIANTS.items():
        if printed in text:
            text = text.replace(printed, spelled)
    if "ا" in text:
        text = _AR_ARTICLE_UNDONE.sub(r"\1ال\2", text)
    return text


def normalise(text: str) -> str:
    """A name as the view spells it (NFKC, simplified Chinese), case-folded, in the spellings of :data:`_VARIANTS`."""
    return _respell(fold(text).casefold())


#: Arabic names say what a body is for with ل or with المعني ب, "concerned with" (مكتب الأمم المتحدة
#: المعني بالمخدرات والجريمة, مكتب الأمم المتحدة للمخدرات والجريمة; المنتدى العربي لاسترداد …, المنتدى العربي
#: المعني باسترداد …): a name written one way also matches the other.
_AR_CONCERNED = re.compile(r" المعني(?:ة)? ب(ال)?(?=\w)")
_AR_FOR = re.compile(r"(?<=\w) ل(ل|(?=ا\w))")


#: Words the press writes for the UN's in names, as (official, press) pairs: in Arabic a "working group" is
#: الفريق العامل in the UN's names and فريق العمل in the press (الاجتماع السابع لفريق العمل الحكومي الدولي …
#: المعني باسترداد الموجودات), and the Conference, مؤتمر الدول الأطراف, is their meeting, اجتماع الدول الأطراف,
#: when the Convention's name follows (اجتماع الدول الأطراف في اتفاقية الأمم المتحدة لمكافحة الفساد); in Spanish
#: the States parties lose their article (la Conferencia de Estados Parte de la Convención); in English a
#: working group is no longer "open-ended" (the 11th Session of the Intergovernmental Working Group on Asset Recovery),
#: in French it is "open" or neither (Groupe de travail intergouvernemental ouvert sur le recouvrement d'avoirs) or the
#: UN's (le Groupe de travail onusien sur le recouvrement d'avoirs), in Spanish neither.
#: The Arabic press writes UNODC's office "for combating drugs" (مكتب الأمم المتحدة لمكافحة المخدرات والجريمة) and
#: recovery with any of its words (استرداد, استعادة, استرجاع: مبادرة استرداد الأصول المسروقة), a network "for" its
#: region rather than "in" it (الشبكة الإقليمية لاسترداد الأصول لمنطقة الشرق الأوسط …); the Russian press
#: writes assets «авуары» (Арабский форум по возвращению авуаров). The Convention's title is shortened in Chinese
#: (《联合国反腐公约》) and takes "on" for "against" in the other languages (Convention des Nations Unies sur la
#: corruption).
_PRESS = tuple((normalise(official), normalise(press)) for official, press in (
    ("الفريق العامل ", "فريق العمل "), ("مؤتمر الدول الأطراف في اتفاقية ", "اجتماع الدول الأطراف في اتفاقية "),
    ("المعني بالمخدرات", "لمكافحة المخدرات"), ("استرداد", "استعادة"), ("استعادة", "استرداد"),
    # the Maghreb's press's third word for recovery (SPA on AFAR II, https://sauress.com/spa/1161338: "من أجل استرجاع
    # هذه الأموال"; Tunisia's لجنة استرجاع الأموال)
    ("استرداد", "استرجاع"),
    (" في منطقة ", " لمنطقة "),
    ("de los Estados Parte", "de Estados Parte"),
    # the Conference named as the Convention's, without its parties (la Conferencia de la Convención de las Naciones
    # Unidas contra la Corrupción, مؤتمر اتفاقية الأمم المتحدة لمكافحة الفساد)
    ("Conferencia de los Estados Partes en la Convención", "Conferencia de la Convención"),
    ("Conférence des États parties à la Convention", "Conférence de la Convention"),
    ("مؤتمر الدول الأطراف في اتفاقية", "مؤتمر اتفاقية"),
    ("contre la drogue et le crime", "contre les drogues et le crime"),
    # the Maghreb's press: the Convention against bribery (الرشوة, Morocco's word for corruption: Al Alam,
    # https://maghress.com/alalam/20039, "اتفاقية الأممالمتحدة لمكافحة الرشوة"), and "against" (ضد)
    ("الأمم المتحدة لمكافحة الفساد", "الأمم المتحدة لمكافحة الرشوة"),
    ("الأمم المتحدة لمكافحة الفساد", "الأمم المتحدة ضد الرشوة"),
    ("الأمم المتحدة لمكافحة الفساد", "الأمم المتحدة ضد الفساد"),
    # the UN abbreviated in the Convention's title (the UNCAC Coalition, https://uncaccoalition.org/cosp10-analysis-of-
    # adopted-resolutions/: "the UN Convention against Corruption’s (UNCAC) 10th Conference of the States Parties")
    ("United Nations Convention", "UN Convention"), ("United Nations Convention", "U.N. Convention"),
    # (PINA, https://pina.com.fj/2021/06/03/united-nations-general-assembly-holds-special-session-against-corruption/:
    # "President of the UN General Assembly’s 75th session")
    ("United Nations General Assembly", "UN General Assembly"),
    ("United Nations General Assembly", "U.N. General Assembly"),
    ("Conference of the States Parties", "Conference of States Parties"),
    ("Conference of the States Parties", "Conference of State Parties"),
    ("Conference of the States Parties", "Conferences of the States Parties"),
    ("Conference of the States Parties", "Conferences of States Parties"),
    ("Conference of the States Parties", "Conferences of State Parties"),
    ("Open-ended Intergovernmental Working Group", "Intergovernmental Working Group"),
    ("Intergovernmental", "Inter-governmental"),  # the prefix hyphenated (13th Open-ended Inter-governmental …)
    ("intergouvernemental à composition non limitée", "intergouvernemental ouvert"),
    ("intergouvernemental à composition non limitée ", "intergouvernemental "),
    ("groupe de travail sur ", "groupe de travail onusien sur "),
    # the assets with their article (le recouvrement des avoirs), and the group "du" travail
    ("recouvrement d'avoirs", "recouvrement des avoirs"), ("groupe de travail ", "groupe du travail "),
    ("Intergubernamental de Composición Abierta ", "Intergubernamental "), ("активов", "авуаров"),
    ("по возвращению активов", "по возврату активов"),  # the return of assets, as the Russian press says it
    # the Convention's title with "corruption" shortened (反腐) or its preposition loosened: on, sur, sobre
    ("联合国反腐败公约", "联合国反腐公约"), ("Convention against Corruption", "Convention on Corruption"),
    ("Nations Unies contre la corruption", "Nations Unies sur la corruption"),
    ("Naciones Unidas contra la Corrupción", "Naciones Unidas sobre la Corrupción"),
    # ... or named for the fight against it (Convention des Nations unies de lutte contre la corruption), as the
    # Maghreb's press writes it
    ("Nations Unies contre la corruption", "Nations Unies de lutte contre la corruption"),
    ("Nations Unies contre la corruption", "Nations Unies de la lutte contre la corruption"),
    # the Conference's parties called its member States, the Convention named (la Conférence des États membres à la
    # Convention …, مؤتمر الدول الأعضاء في اتفاقية …): without it, the name is any organization's conference of its
    # members
    ("Conférence des États parties à la Convention", "Conférence des États membres à la Convention"),
    # French names' "anticorruption" as the fight against corruption (l'Association internationale des autorités de
    # lutte contre la corruption), and the parties misspelt as political parties (la Conférence des Etats partis)
    (" anticorruption", " de lutte contre la corruption"), ("des États parties", "des États partis"),
    ("Conférence des États parties à la Convention", "Conférence des États membres de la Convention"),
    ("Conferencia de los Estados Partes en la Convención", "Conferencia de los Estados Miembros de la Convención"),
    ("مؤتمر الدول الأطراف في اتفاقية", "مؤتمر الدول الأعضاء في اتفاقية")))


#: The quotation marks the Arabic press puts around a transliterated name (مبادرة "ستار", شبكة “جلوب”, مبادرة
#: ''ستار'' with two apostrophes for each mark, مبادرة 'ستار'), folded.
_AR_NAME_QUOTES = tuple(dict.fromkeys((normalise(o), normalise(c)) for o, c in (
    ('"', '"'), ("“", "”"), ("«", "»"), ("''", "''"), ("'", "'"), ("‘", "’"))))


#: An English forum's name with its topic after the head noun (``Global Forum on Asset Recovery``), which the press
#: also writes before it or after "for" (``the Global Asset Recovery Forum``, ``a Global Forum for Asset Recovery``).
_FORUM_ON = re.compile(r"((?:[a-z]+ )*)forum on ([a-z ]+)")
#: A European name's final -burg, -berg or -bourg in Arabic letters (بطرسبورغ, لوكسمبورغ).
_AR_BURG = re.compile(r"(و)?رغ(?!\w)")
#: An Arabic name's article in Latin or Cyrillic letters before a sun letter, which it takes in speech.
_SUN_LETTER = re.compile(r"(?<!\S)([ea]|[эа])(?:l|ль) (?=(sh|th|dh|[tdrzsn]|ш|[тдрзсн]))")


#: "United Nations" in Arabic, and as the web glues it when a line break or tag between the words is lost.
_AR_UN, _AR_UN_GLUED = normalise("الأمم المتحدة"), normalise("الأممالمتحدة")


def _press_variants(key: str) -> tuple[str, ...]:
    """The other ways of writing a name: an Arabic name's ``for`` (:data:`_AR_CONCERNED`), the press's
    words (:data:`_PRESS`), an English forum's topic before its head noun (:data:`_FORUM_ON`), an Arabic
    two-word name's second word in quotation marks, the Arabic article
    of a name in Latin letters as ``al`` for ``el``, and either assimilated to a sun letter after it."""
    variants: list[str] = []
    for official, press in _PRESS:  # each on the name and on the variants before it: the press writes several
        variants += [press.join(v.split(official)) for v in (key, *variants) if official in v]
    if (m := _FORUM_ON.fullmatch(key)) is not None:  # English puts the topic before the head noun too
        variants += [f"{m.group(1)}{m.group(2)} forum", f"{m.group(1)}forum for {m.group(2)}"]
    if " el " in key and key.isascii():  # an Arabic name's article transliterated either way: Charm el-/Al-Cheikh
        variants.append(key.replace(" el ", " al "))
    # ... and assimilated to a "sun letter" after it, as Arabic says it: Sharm esh-Sheikh, Шарм-эш-Шейх
    variants += [_SUN_LETTER.sub(lambda m: f"{m.group(1)}{m.group(2)} ", v) for v in (key, *variants)
                 if _SUN_LETTER.search(v)]
    words = key.split()
    if len(words) == 2 and _script(words[1][0]) == "ar":  # مبادرة "ستار": the press quotes a transliterated name
        variants += [f'{words[0]} {open_}{words[1]}{close}' for open_, close in _AR_NAME_QUOTES]
    if "رغ" in key:  # a final -burg, -berg, -bourg written with its vowel or without (بطرسبورغ, بطرسبرغ), and with
        # Egypt's ج for a European g (سان بطرسبورج, هامبورج)
        spelled = [key, _AR_BURG.sub(lambda m: "ورغ" if m.group(1) is None else "رغ", key)]
        variants += [*spelled[1:], *(_AR_BURG.sub(lambda m: (m.group(1) or "") + "رج", v) for v in spelled)]
    if "ل" in key:
        variants.append(_AR_CONCERNED.sub(lambda m: " ل" + ("ل" if m.group(1) else ""), key))
        variants.append(_AR_FOR.sub(lambda m: " المعني ب" + ("ال" if m.group(1) else ""), key))
    # the web's glued words, in any of the spellings above: a line break or tag between them lost
    variants += [v.replace(_AR_UN, _AR_UN_GLUED) for v in (key, *variants) if _AR_UN in v]
    # a long name's last plural written singular (the press's «… sur le recouvrement d'avoir»): a name of more than
    # _LONG_NAME words in Latin letters is no other's
    if len(words) > _LONG_NAME and words[-1].endswith("s") and _script(words[-1][0]) == "latin":
        variants.append(key[:-1])
    return tuple(dict.fromkeys(v for v in variants if v != key))


#: A dash joining two parts of a name (``ARIN-AP``, ``مينا-أرين``), which the press also prints with a space each side
#: (``ARIN – AP``, ``مينا – أرين``).
_JOINING_DASH = re.compile(r"(?<=\S)[-\u2010\u2011\u2013\u2014](?=\S)")
#: A dash, spaced or not, as :func:`_printed_as` compares names: one hyphen.
_DASH_SPACED = re.compile(r"\s*[-\u2010\u2011\u2013\u2014]\s*")
#: Whose names are spelled so: a network's, an organization's, an initiative's, a body's acronym. Places keep theirs
#: as printed (``Addis-Abeba``, ``Нью-Йорк``), so their spellings do not double.
_SPACED_DASH_LABELS = frozenset({"Network", "Organization", "Initiative", "Body"})


def _spaced_dashes(printed: str, label: str) -> tuple[str, ...]:
    """A name's spelling with each joining dash spaced (:data:`_JOINING_DASH`), as :func:`normalise` keys it."""
    if label not in _SPACED_DASH_LABELS or not _JOINING_DASH.search(printed):
        return ()
    return (normalise(_JOINING_DASH.sub(" - ", printed)),)


def _case_sensitive(text: str) -> bool:
    """Acronyms and camel case (``StAR``, ``GlobE``, ``US``, ``G7``, ``ARIN-AP``): their folded form is a
    common word. A hyphen parts words as a space does: ``Addis-Abeba`` is two capitalised words."""
    if " " in text.strip():
        return False
    parts = [[ch for ch in part if ch.isalpha()] for part in text.split("-")]
    letters = [ch for part in parts for ch in part]
    upper_with_digit = bool(letters) and letters[0].isupper() and any(ch.isdigit() for ch in text)
    return any(ch.isupper() for part in parts for ch in part[1:]) or upper_with_digit


@cache
def _place_in_name() -> tuple[re.Pattern[str], re.Pattern[str]]:
    # (a line the view did not join may part the words: ``ул.`` ending one line, ``Кирова, 17`` opening the next)
    before = re.compile(rf"(?:{'|'.join(words('place_in_name_before'))})[\s{BLOCK_SEP}]*$")
    after = re.compile(rf"\s*(?:{'|'.join(words('place_in_name_after'))})")
    return before, after


#: A resolution is cited by number (the patterns find it), or by its title: a title of five words or more (ten
#: Chinese characters), where a word for resolution stands before it or, in Chinese, right after (``the resolution
#: "Strengthening of international cooperation on asset recovery and the administration of …"``,
#: ``促进有效的资产追回问题决议``); a shorter title (``Asset recovery``, ``Private sector``) is an agenda's words.
_RESOLUTION_WORD = re.compile(r"[Rr]esolu|[Rr]ésolu|[Рр]езолюц|قرار|的?决议|的?決議")


def _a_title(text: str) -> bool:
    return len(text.split()) >= 5 or (is_cjk(text[0]) and len(text) >= 10)


#: A venue's building named after its State or region (the Georgia World Congress Center, where the tenth session
#: met in Atlanta): the building, not the State.
_VENUE_BUILDING = re.compile(r"\s+(?:World\s+)?(?:Congress|Convention|Conference|Exhibition)\s+Cent(?:er|re)\b")


#: A work or a geographic feature named after a place or a State, after the name or after another name hyphened to it
#: (the Lagos-Ibadan Expressway, the Abuja-Kano road, the Second Niger Bridge, the Niger Delta): the road, bridge,
#: river or delta, not the city or the State.
_FEATURE_AFTER = re.compile(r"(?:-[A-Z][\w'’]+)?\s+(?:[Ee]xpressway|[Hh]ighway|[Mm]otorway|[Rr]oad|[Bb]ridge|"
                            r"[Rr]ailway|River|Delta|Basin)(?!\w)")


#: A State's or place's name that a Chinese currency's name begins (新西兰元, 澳大利亚元: the New Zealand and Australian
#: dollars), not 元首 (head of State), 元年 (first year) and the like.
_CURRENCY_AFTER = re.compile(r"元(?![首年素旦月老帅帥气氣件宵])")


def _in_other_name(text: str, start: int, end: int) -> bool:
    """A place's name inside the name of a text, process or event series (``déclaration de
    Marrakech``, ``Lausanne Guidelines``, ``Lausanne X``, ``马拉喀什宣言``) is not a mention of the place."""
    before, after = _place_in_name()
    return bool(before.search(text, max(0, start - 40), start) or after.match(text, end))


def _printed_as(candidate: Candidate, surface: str) -> bool:
    """The surface has the case a case-sensitive name needs; an inflected Russian name
    (``Санкт-Петербурге``) keeps its printed case up to its ending; a camel-case name of four
    letters or more may be printed in capitals (``STAR``, ``GLOBE``: headlines and the press write
    ``StAR``, ``GlobE`` so), never in lower case; an acronym of five letters or more read as a word may
    be printed with its first letter only in capitals (``Arinwa``, ``Arinsa``, ``Gafilat``); a camel-case name
    of five letters or more with its capitals moved (``GloBE`` for ``GlobE``), still two or more of them."""
    printed = candidate.printed
    if printed is not None and printed != surface and _DASH_SPACED.search(surface):  # ARIN – AP for ARIN-AP
        surface = _DASH_SPACED.sub("-", surface)
        printed = _DASH_SPACED.sub("-", printed)
    return (
        printed is None or printed == surface or (surface.startswith(printed[:-2]) and len(printed) > 6)
        or (surface.isupper() and printed.upper() == surface and not printed.isupper() and len(printed) >= 4)
        or (len(printed) >= 5 and printed.isalpha() and printed.isupper() and surface == printed.capitalize())
        or (len(printed) >= 5 and not printed.isupper() and printed.casefold() == surface.casefold()
            and sum(ch.isupper() for ch in surface) >= 2 and surface[0].isupper())
    )


#: Words from which a name printed in lower case is still the name.
_LONG_NAME = 5


def _proper(text: str) -> bool:
    """Two or more words, each capitalised (``Global Forum``; short joiners such as ``on``/``of``
    in ``Working Group on Asset Recovery`` are not counted as words, unless the name has no longer
    word: ``La Paz``, whose lower-case ``la paz`` is "peace")."""
    split = text.split()
    words = [w for w in split if len(w) > 3] or split
    return len(split) >= 2 and all(w[0].isupper() for w in words)


@cache
def _is_word_char(ch: str) -> bool:
    return ch.isalnum() and unicodedata.category(ch)[0] in "LN" and not _is_unbounded(ch)


def _scripts_part(left: str, right: str) -> bool:
    """Two letters of different scripts part words: a bilingual line glues ``Review GroupГруппа по обзору``
    (Cyrillic and Arabic as :mod:`arkg.graph.scripts` tells them; Latin, the letters it leaves out). So does a
    Cyrillic capital after a small letter, which no Russian word holds: a page's table glues its label to its
    value (``РасположениеМерида``, "Location" and Mérida)."""
    a, b = _script(left), _script(right)
    if a is not None and b is not None and a != b:
        return True
    return a == b == "ru" and left.islower() and right.isupper()


def _script(ch: str) -> str | None:
    return script_language(ch) or ("latin" if ch.isalpha() and ord(ch) < 0x250 else None)


def _unaccented() -> dict[int, str]:
    """Latin letters with a diacritic → their base letter (é → e, ñ → n), one character for one. Other
    scripts' marks are letters of their own (й, ё)."""
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        ch = chr(code).casefold()
        if len(ch) != 1:
            continue
        base = unicodedata.normalize("NFD", ch)[0]
        if base != ch and base.isascii() and base.isalpha():
            table[ord(ch)] = base
    return table


#: The press drops accents (``l'assemblee generale des Nations Unies``) or misplaces them (``génerale``):
#: a name of several words is also matched without them. Not a single word, where the accent tells
#: names apart from words of other languages (Seúl and «seul», Cantón and «Canton», Germán and German).
_UNACCENTED = _unaccented()


def _fold(text: str) -> tuple[str, Callable[[int], int]]:
    """``text`` case-folded, and a map from folded offsets back to ``text`` offsets. Folding keeps
    the length unless a character folds to several (``ß`` → ``ss``): only then is a map needed."""
    folded = _respell(text.casefold())
    if len(folded) == len(text):
        return folded, int
    return folded, expansion_map(text, {ch: ch.casefold() for ch in set(text) if len(ch.casefold()) > 1})


def _is_unbounded(ch: str) -> bool:
    """Scripts written without spaces between words (Han, kana, hangul)."""
    name = unicodedata.name(ch, "")
    return name.startswith(("CJK", "HIRAGANA", "KATAKANA", "HANGUL"))


#: A city whose name is its country's with a word for "city" (``Panama City``, ``Ciudad de México``,
#: ``مدينة الكويت``, ``巴拿马城``): texts name it by its country's name alone too (``à Panama``).
_CITY_WORD = re.compile(rf"^(?:{'|'.join(CITY_BEFORE_NAME)})\s+|(?:{'|'.join(CITY_AFTER_NAME)})$", re.IGNORECASE)


def _homonymous_capitals(aliases: list[Any], located: Mapping[str, str]) -> dict[str, tuple[str, str]]:
    """Country names a city in that country bears too, folded: name → (country id, city id)."""
    names: dict[str, set[str]] = {}
    for alias in aliases:
        names.setdefault(alias.id, set()).add(normalise(unicodedata.normalize("NFKC", alias.text).strip()))
    out = {}
    for alias in aliases:
        country = located.get(alias.id)
        bare = _CITY_WORD.sub("", alias.text.strip())
        if country and bare != alias.text.strip() and (key := normalise(bare)) in names.get(country, ()):
            out[key] = (country, alias.id)
    return out


#: Names a reordered Arabic name may hold or clash with.
_NAMED_LABELS = frozenset({"Organization", "Initiative", "Network", "Body", "Convention"})
_AR_LETTER = re.compile(r"[\u0621-\u064a]")


class Linker:
    def __init__(
        self, aliases: Iterable[Any], located: Mapping[str, str] | None = None,
        events: Mapping[str, frozenset[str]] | None = None, held_by: Mapping[str, str] | None = None,
        capitals: Mapping[str, str] | None = None,
    ) -> None:
        """``located``: a place's country, so that a city bearing its country's name (Panama, México)
        is a candidate wherever the country's name is printed; :func:`resolve` and the name rules choose.
        ``events``: an event's venue, series and organizers, an initiative's partners, which its name may hold
        (:func:`_named_in_events`). ``held_by``: the body whose special session an event is (the General
        Assembly's of 2021): a mention of it is the body's, as a special session has no session id.
        ``capitals``: a State's capital, which a text may name by the State (:mod:`ingest.capitals`)."""
        aliases = list(aliases)
        self.capitals = capitals or {}
        self.located = dict(located or {})
        self.events = events or {}
        self.held_by = held_by or {}
        self.rules = NameRules(aliases)
        self.reordered = Reordered(aliases)
        entries: dict[str, dict[str, Candidate]] = {}
        numbered = model().numbered_labels  # cited by number: the patterns find them
        for alias in aliases:
            if alias.label in numbered and not (alias.label == "Resolution" and _a_title(alias.text)):
                continue
            printed = unicodedata.normalize("NFKC", alias.text).strip()
            key = normalise(printed)
            if len(key) < 2 or (len(key) < 3 and not _case_sensitive(printed) and not _is_unbounded(key[0])):
                continue
            candidate = Candidate(
                alias.id, alias.label, printed if _case_sensitive(printed) else None, _proper(printed)
            )
            elided = _ELISION.sub(r"\1 ", key)
            spellings = (key, elided, *(_bare_initials(k) for k in (key, elided)), *_press_variants(key),
                         *_spaced_dashes(printed, alias.label))
            several = (k.translate(_UNACCENTED) for k in spellings if " " in k)
            for spelled in dict.fromkeys((*spellings, *several)):
                entries.setdefault(spelled, {})[f"{alias.id}|{candidate.printed}"] = candidate
            if alias.label in ("Place", "Country") and (article := _ARTICLE.match(printed)):
                for preposition in _CONTRACTED[article.group(1)]:
                    entries.setdefault(f"{preposition} {key[article.end():]}", {})[f"{alias.id}|{preposition}"] = (
                        Candidate(alias.id, alias.label, None, candidate.proper, len(preposition) + 1))
        # a title several resolutions bear, or another entity's name too (a topic's), names no resolution
        for key, named in list(entries.items()):
            titled = {c.id for c in named.values() if c.label == "Resolution"}
            if titled and (len(titled) > 1 or len(titled) < len({c.id for c in named.values()})):
                entries[key] = {k: c for k, c in named.items() if c.label != "Resolution"}
                if not entries[key]:
                    del entries[key]
        for key, (country, city) in _homonymous_capitals(aliases, located or {}).items():
            named = entries.get(key, {})
            if any(c.id == country for c in named.values()):
                named[f"{city}|{key}"] = Candidate(city, "Place", None, False)
        self.size = len(entries)
        #: A State's one-character abbreviation (中国 → 中, 美国 → 美): a name only in a list of States
        self.zh_lists = _zh_state_lists({a.text[0]: a.id for a in aliases
                                         if a.label == "Country" and len(a.text) == 2 and a.text.endswith("国")})
        self.automaton = ahocorasick.Automaton()
        for key, candidates in entries.items():
            self.automaton.add_word(key, (key, tuple(candidates.values())))
            if key.startswith("ال") and len(key) > 4:  # ل + ال → لل: للأمم المتحدة is ل + لأمم المتحدة
                self.automaton.add_word(key[1:], (key[1:], tuple(candidates.values())))
        self.automaton.make_automaton()
        #: Russian names in any case: each name's pattern opens with a literal stem; the stems are
        #: found in one automaton pass and a name's pattern is tried (anchored) only where its stem is.
        self.inflected: list[tuple[re.Pattern[str], tuple[Candidate, ...]]] = []
        #: names whose stem is short (Вена → вен-), by their key: a case form must be one the lexicon knows
        #: as a case of that name
        self.short_stems: dict[int, str] = {}
        stems: dict[str, list[int]] = {}
        fleeting = {oblique: candidates for key, candidates in entries.items() if (oblique := _oblique_key(key))}
        for key, candidates in [*entries.items(), *fleeting.items()]:
            found = _inflectable(key)
            if found is not None:
                stems.setdefault(found[0], []).append(len(self.inflected))
                if found[2]:
                    self.short_stems[len(self.inflected)] = key
                self.inflected.append((re.compile(found[1]), tuple(candidates.values())))
        # Longest pattern first at one position: a short name's stem (мексик…) must not eat the
        # start of a longer one (мексиканском).
        tried = sorted(range(len(self.inflected)), key=lambda i: -len(self.inflected[i][0].pattern))
        self._rank = {i: rank for rank, i in enumerate(tried)}
        self.stems: Any = None
        if stems:
            self.stems = ahocorasick.Automaton()
            for stem, indices in stems.items():
                self.stems.add_word(stem, (len(stem), indices))
            self.stems.make_automaton()

    def find(self, text: str, only: str | None = None) -> list[LinkHit]:
        """Non-overlapping dictionary matches in ``text``, longest first (``only``: names of that label)."""
        folded, where = _fold(text)
        found: list[tuple[int, int, tuple[Candidate, ...]]] = []
        if where is int:  # folding kept every offset (nearly always): no map to call twice a match
            matches = [
                (last - len(key) + 1, last + 1, candidates) for last, (key, candidates) in self.automaton.iter(folded)
            ]
        else:
            matches = [
                (where(last - len(key) + 1), where(last) + 1, candidates)
                for last, (key, candidates) in self.automaton.iter(folded)
            ]
        if (bare := folded.translate(_UNACCENTED)) != folded:  # names of several words, without accents
            matches += [(where(last - len(key) + 1), where(last) + 1, candidates)
                        for last, (key, candidates) in self.automaton.iter(bare) if " " in key]
        if self.stems is not None and _CYRILLIC_WORD.search(folded):
            for start, end, candidates in self._inflected(folded):
                matches.append((where(start), where(end - 1) + 1, candidates))
        another_assembly = False  #: the text has named another body's general assembly
        others = _OtherConventions(text)  #: where other conventions are named, and this one's titles so far
        for start, end, candidates in sorted(matches, key=lambda m: m[0]):
            if not self._bounded(text, start, end):
                continue
            surface = text[start:end]
            # cased, all lower: a common phrase, unless it is as long as no common phrase is (five words: "an
            # open-ended intergovernmental working group on asset recovery")
            lowered = surface == surface.lower() and surface != surface.upper() and len(surface.split()) < _LONG_NAME
            kept = tuple(c for c in candidates
                         if _printed_as(c, surface) and not (c.proper and lowered) and only in (None, c.label))
            if kept and all(c.label == "Place" for c in kept) and _in_other_name(text, start, end):
                continue
            if kept and all(c.label == "Resolution" for c in kept) and not (
                    _RESOLUTION_WORD.search(text, max(0, start - 80), start)
                    or _RESOLUTION_WORD.match(text, end, end + 12)):
                continue  # a title's words in running text, not the resolution
            if kept and all(c.label in ("Place", "Country") for c in kept) and any(
                    rx.match(text, end) for rx in (_VENUE_BUILDING, _FEATURE_AFTER, _CURRENCY_AFTER)):
                continue
            if kept and all(c.id == _ASSEMBLY for c in kept):
                if _own_assembly(text, start, end):
                    another_assembly = True
                    continue
                if another_assembly and not _UN_ASSEMBLY_RIGHT.match(text, end):
                    continue  # the same body's again («نائبا لرئيس الجمعية العامة»), unless the UN's is named
            right = _ANOTHER_BODY_RIGHT.get(kept[0].id) if kept else None
            if right and all(c.id == kept[0].id for c in kept) and right.match(text, end):
                continue
            if kept and all(c.id == CONVENTION for c in kept) and (
                    another_convention(text, start, end) or _unrelated_convention(text, surface)
                    or (_BARE_CONVENTION.fullmatch(surface) and not _UN_AFTER.match(text, end)
                        and others.last_named(start))):
                continue
            if kept and all(c.id == _CONFERENCE for c in kept) and (
                    _another_titles_conference(text, start, found)
                    or (not CONVENTION_KEY.search(surface) and others.last_named(start))):
                continue
            if kept and all(c.label == "Country" for c in kept) and (
                    _a_language(text, start, end) or _NEWS_AGENCY_BEFORE.search(text, max(0, start - 40), start)):
                continue
            if kept and not self._blocked(text, start, surface):
                found.append((start + kept[0].lead, end, kept))
                if any(c.id == CONVENTION for c in kept):
                    others.title = start
        if "大会" in text:
            found = _other_assembly(text, found)
        if "工作组" in text:
            found = _other_working_group(text, found)
        if "公约》" in text:
            found = _other_convention_zh(text, found)
        hits = []
        longest = longest_first(found)
        inside = (_parents_in_networks(text, found, longest) + _named_in_events(found, longest, self.events)
                  + _convention_in_names(found, longest))
        for start, end, candidates in longest + inside:
            ids = tuple(dict.fromkeys(c.id for c in candidates))
            hits.append(LinkHit(start, end, candidates[0].label, ids[0] if len(ids) == 1 else None, ids))
        hits = _foreign_assembly(text, self.rules.apply(text, sorted(hits, key=lambda h: (h.start, h.end))))
        hits = _owned_bodies(text, hits)
        if self.zh_lists is not None and ("国" in text or "中" in text):
            hits += self.zh_lists(text, hits)
        hits += _state_adjectives(text)
        if self.capitals:
            hits += capitals.find(text, hits, self.capitals)
        hits += own_state.find(text) + own_state.find_kingdom(text, hits, self.located)
        hits += own_state.find_abbreviated(text, hits)
        if _AR_LETTER.search(text):
            hits = self._reordered(text, hits)
        hits = _short_forms(text, hits)
        linked = sorted(hits + find_events(text, hits), key=lambda h: (h.start, h.end))
        if not self.held_by:
            return linked
        # a body's own special session is a session of that body, which has no id: the body is mentioned
        as_bodies = [LinkHit(h.start, h.end, "Body", body, (body,)) if (body := self.held_by.get(h.id or "")) else h
                     for h in linked]
        return list(dict.fromkeys(as_bodies))

    def _reordered(self, text: str, hits: list[LinkHit]) -> list[LinkHit]:
        """``hits`` with the Arabic names printed in another word order (:mod:`ingest.reordered`): each
        replaces the shorter names inside it (الأمم المتحدة in UNODC's), unless it overlaps a name it does
        not hold or holds its own name already."""
        named = [h for h in hits if h.label in _NAMED_LABELS]
        for start, end, label, id_ in self.reordered.find(text):
            overlapping = [h for h in named if h.start < end and start < h.end]
            if any(h.id == id_ or not (start <= h.start and h.end <= end) for h in overlapping):
                continue
            inside = set(map(id, overlapping))
            hits = [h for h in hits if id(h) not in inside] + [LinkHit(start, end, label, id_, (id_,))]
        return hits

    def _inflected(self, folded: str) -> list[tuple[int, int, tuple[Candidate, ...]]]:
        """Russian names in any case, left to right and not overlapping: at each position the
        longest pattern that matches wins; the name is the first, longest pattern first, whose
        pattern matches the whole surface (``Нигерии`` is also Нигер + ии: Nigeria's longer stem wins)."""
        at: dict[int, list[int]] = {}
        for last, (size, indices) in self.stems.iter(folded):
            at.setdefault(last - size + 1, []).extend(indices)
        out, reach = [], 0
        for pos in sorted(at):
            if pos < reach:
                continue
            here = set(at[pos])
            tried = sorted(here, key=self._rank.__getitem__)
            m = next(filter(None, (self._case_form(i, folded, pos) for i in tried)), None)
            if m is None:
                continue
            surface = m.group()
            name = next(c for i in tried for rx, c in [self.inflected[i]] if rx.fullmatch(surface))
            out.append((pos, m.end(), name))
            reach = m.end()
        return out

    def _case_form(self, i: int, folded: str, pos: int) -> re.Match[str] | None:
        """The ``i``-th name's pattern at ``pos``, unless what it matches is a word of its own: for a place
        (whose Russian names come from GeoNames), one the lexicon knows only as a common word ("Совет",
        council, is no case of "Совето", Soweto); for a name with a short stem, one it does not know as a
        name ("венчурный" is no case of "Вена"). A country's adjective (мексиканском) is a common word
        and its own form: curated, not checked."""
        m = self.inflected[i][0].match(folded, pos)
        if m is None or " " in (surface := m.group()):
            return m
        place = all(c.label == "Place" for c in self.inflected[i][1])
        lemma = self.short_stems.get(i)
        if (place and _common_russian_word(surface)) or (
                lemma is not None and not _proper_russian_word(surface, lemma)):
            return None
        return m

    @staticmethod
    def _bounded(text: str, start: int, end: int) -> bool:
        first, last = text[start], text[end - 1]
        glued = start > 0 and _is_word_char(first) and _is_word_char(text[start - 1])
        if glued and not _scripts_part(text[start - 1], first):
            word = start - 1
            while word > 0 and _is_word_char(text[word - 1]):
                word -= 1
            prefix = text[word:start]
            elided = text[start] == "ل" and prefix.endswith("ل")  # للأمم: the article's alif dropped after ل
            if not (_AR_PROCLITIC.match(prefix) or (elided and _AR_PROCLITIC.match(prefix[:-1]))):
                return False
        return not (end < len(text) and _is_word_char(last) and _is_word_char(text[end])
                    and not _scripts_part(last, text[end]))

    @staticmethod
    def _blocked(text: str, start: int, surface: str) -> bool:
        end = start + len(surface)
        return (any(text[max(0, start - len(left)) : start] == left for left in _BLOCKED_LEFT.get(surface, ()))
                or any(text.startswith(right, end) for right in _BLOCKED_RIGHT.get(surface, ()))
                or (surface in _TITLE_TAILS and _in_title(text, start)))


@cache
def _state_adjective_patterns() -> tuple[re.Pattern[str], dict[str, str]]:
    """One expression for a UN language's adjective next to a noun of a State's organs (before it in
    English and Russian, after it in French and Spanish; a French people capitalised), and each adjective
    form's (or Russian stem's) State id."""
    from arkg.graph import ids
    from arkg.ingest.authority.forms import language_adjective_forms

    states = {form: ids.make("Country", iso3=iso3) for lang in ("en", "fr", "es", "ru")
              for form, iso3 in language_adjective_forms(lang).items()}
    first = "|".join([*language_adjective_forms("en"), *(f"{stem}\\w*" for stem in language_adjective_forms("ru"))])
    after = "|".join(sorted(language_adjective_forms("fr") | language_adjective_forms("es"), key=len, reverse=True))
    people = "|".join(sorted((f[0].upper() + f[1:] for f in language_adjective_forms("fr")), key=len, reverse=True))
    states |= {f[0].upper() + f[1:]: state for f, state in states.items()}
    return keyed(re.compile(
        rf"(?<!\w)(?P<first>{first})\s+(?:{'|'.join(words('state_nouns_after', ('en', 'ru')))})(?!\w)"
        rf"|(?<!\w)(?:{'|'.join(words('state_nouns_before', ('fr', 'es')))})\s+(?P<after>{after})(?!\w)"
        # French capitalises a people, not its language or adjective: «des experts Brésilien et Français»
        rf"|(?<=[a-zà-ÿ,] )(?P<people>{people})(?!\w)"
    )), states


def _state_adjectives(text: str) -> list[LinkHit]:
    """States named by an adjective that also names a UN language, next to a noun of their organs
    (``the French Government``, ``la délégation chinoise``, ``la ministra francesa``, ``китайская
    сторона``), or a French people's capitalised name inside a sentence (``des experts Portugais et Français``):
    alone such an adjective is the language (``the French text``), never a form."""
    pattern, states = _state_adjective_patterns()
    hits = []
    for m in pattern.finditer(text):
        group = next(g for g in ("first", "after", "people") if m.group(g))
        word = m.group(group)
        if group == "people" and _a_language(text, m.start(group), m.end(group)):
            continue  # a page's languages: «English, Français, Português»
        state = states.get(word) or next((v for k, v in states.items() if word.startswith(k)), None)
        if state:
            hits.append(LinkHit(m.start(group), m.end(group), "Country", state, (state,)))
    return hits


#: What two States share, after a pair of their abbreviations (中美合作, 中俄联合声明, 中英刑事司法协助条约).
_ZH_SHARED = "(?:两国|双方|关系|合作|刑事司法协助|司法协助|引渡|条约|协定|联合声明|反腐败|执法|战略|建交|之间|间的)"


#: Who a short form of a name may stand for.
_SHORTENED = frozenset({"Organization", "Initiative", "Network", "Body"})


@cache
def _official_names() -> frozenset[tuple[str, str]]:
    """(id, folded name) of each name an organization, network, body or initiative bears in a UN language."""
    from arkg.ingest.authority import LANGS, authority

    return frozenset((n.id, name.casefold()) for n in authority().batch.nodes if n.label in _SHORTENED
                     for lang in LANGS if isinstance(name := n.props.get(f"name_{lang}"), str) and name)


def _short_forms(text: str, hits: list[LinkHit]) -> list[LinkHit]:
    """A name that opens a longer name the text gave before (or keeps its first words and head noun) is that
    name's short form: after the "Global Forum on Asset Recovery" or the "Global Asset Recovery Forum", "the
    Global Forum" is that forum, not the OECD's tax forum that the short name also names elsewhere. An entity's
    own name in a UN language stays its name: the FATF's Arabic ``مجموعة العمل المالي`` opens MENAFATF's."""
    full = [(h.start, text[h.start : h.end].casefold(), h) for h in hits
            if h.id and h.label in _SHORTENED and len(text[h.start : h.end].split()) >= 3]
    if not full:
        return hits
    out = []
    for h in hits:
        surface = text[h.start : h.end].casefold()
        if h.id and (h.id, surface) in _official_names():
            out.append(h)
            continue
        longer = next((f for start, name, f in reversed(full) if start < h.start and f.id != h.id
                       and h.label in _SHORTENED and _shortens(surface.split(), name.split())), None)
        out.append(replace(h, label=longer.label, id=longer.id, candidates=(longer.id or "",)) if longer else h)
    return out


def _shortens(short: list[str], name: list[str]) -> bool:
    """``short`` opens ``name``, or keeps its first words and its head noun (``Global Forum`` of ``Global Asset
    Recovery Forum``)."""
    if len(short) >= len(name):
        return False
    return name[:len(short)] == short or (len(short) >= 2 and name[:len(short) - 1] == short[:-1]
                                          and name[-1] == short[-1])


def _zh_state_lists(abbreviations: Mapping[str, str]) -> Callable[[str, list[LinkHit]], list[LinkHit]] | None:
    """Chinese lists of States by their one-character abbreviations, closed by a word for countries:
    ``英、美、法等国家``, ``英、美等国``, ``中美两国``. A single character is a name only there: 美 is
    also "beautiful", 法 "law", 中 "middle"."""
    if not abbreviations:
        return None
    one = f"[{''.join(sorted(abbreviations))}]"
    lists = re.compile(rf"{one}(?:、{one})+(?=等?(?:西方)?国家?)|{one}{{2,3}}(?=[两三四]国)")
    # China and another State as a pair before what two States share: 中美合作, 中法、中意引渡条约, 《中英刑事
    # 司法协助条约》; what follows keeps out 中美洲 (Central America) and 实践中法院 ("in practice, courts")
    pairs = re.compile(rf"中{one}(?=(?:、中[\u4e00-\u9fff])*{_ZH_SHARED})")

    def find(text: str, hits: list[LinkHit]) -> list[LinkHit]:
        found = list(lists.finditer(text)) + (list(pairs.finditer(text)) if "中" in text else [])
        if not found:  # nearly every text: no need to index its hits
            return []
        taken = Spans([(h.start, h.end) for h in hits])
        return [LinkHit(i, i + 1, "Country", abbreviations[text[i]], (abbreviations[text[i]],))
                for m in found if not taken.overlaps(m.start(), m.end())
                for i in range(m.start(), m.end()) if text[i] != "、"]

    return find


def another_convention(text: str, start: int, end: int) -> bool:
    """The convention named at ``start:end`` is a regional one (:data:`OTHER_INSTRUMENT`)."""
    before = _OTHER_INSTRUMENT_LEFT.search(text, max(0, start - 20), start)
    return bool(before or _OTHER_INSTRUMENT_RIGHT.match(text, end))


#: The Convention's bare names (``the Convention``, ``公约``, ``الاتفاقية``, also "the agreement"): UNCAC only in a
#: text on corruption or asset recovery; elsewhere another convention or an agreement (``توقيع الاتفاقية``,
#: signing the agreement between two States to return assets).
_BARE_CONVENTION = re.compile(r"(?:the\s+)?convention|《?公[约約]》?|[وبل]*(?:ال)?اتفاقية", re.IGNORECASE)
_ON_CORRUPTION = re.compile(
    r"corrupt|corrup[cç]i[oó]n|коррупц|فساد|腐败|腐敗|贪腐|貪腐|贪污|貪污|反贪|反貪|"
    # or on asset recovery, the Convention's chapter V (a copy of its articles 51 and 52)
    r"asset\s+recovery|recouvrement\s+des\s+avoirs|recuperación\s+de\s+activos|возвращени\w*\s+активов|"
    r"استرداد\s+(?:ال)?(?:موجودات|أصول|اصول)|追回资产|资产追回|追回資產|資產追回",
    re.IGNORECASE,
)


def _unrelated_convention(text: str, surface: str) -> bool:
    """A bare name of the Convention in a text that never speaks of corruption (:data:`_BARE_CONVENTION`)."""
    return bool(_BARE_CONVENTION.fullmatch(surface)) and not _ON_CORRUPTION.search(text)


def _another_titles_conference(text: str, start: int, found: _Found) -> bool:
    """The conference of parties at ``start`` follows a bracketed title that is not the Convention's
    (:data:`_TITLE_BEFORE_ZH`; ``found``: the names matched so far, which hold the title if it is UNCAC's), or,
    bare (``缔约国大会``), is the conference of the convention its paragraph last named by title (``《联合国打击跨国
    有组织犯罪公约》在便利国际合作方面还有很多潜力可挖，如充分发挥缔约国大会的作用``)."""
    m = _TITLE_BEFORE_ZH.search(text, max(0, start - 60), start)
    if m is None and text.startswith(_BARE_CONFERENCE_ZH, start):
        paragraph = max(0, text.rfind("\n\n", 0, start))
        m = next((t for t in reversed(list(_TITLE_ZH.finditer(text, paragraph, start)))
                  if t.group(1).endswith(("公约", "公約"))), None)
    return m is not None and not convention_title(m.group(1)) and not any(
        c.id == CONVENTION for s, e, candidates in found for c in candidates if m.start() <= s and e <= m.end()
    )


#: A word every convention's title holds (its noun, in any case): a conference of parties named with one names its own
#: convention, and the Convention's titles are looked for around it only (:mod:`ingest.anaphora`; every alternative
#: opens with a literal character, so a scan skips ahead fast).
CONVENTION_KEY = re.compile(r"Conven|conven|CONVEN|Конвенц|конвенц|КОНВЕНЦ|公约|[اإأ]تفاقي")
#: The Convention named by its noun alone (``the Convention``, ``الاتفاقية``, ``Конвенции``): no title.
_BARE_CONVENTION = re.compile(
    r"(?:(?:the|this|la|le|el|esta|cette|dicha|ladite|本|该)\s*)?(?:[Cc]onvention|[Cc]onvenci[oó]n|[Кк]онвенци\w*|"
    r"[وبل]?(?:ال|ل)?اتفاقي[ةه]|公约|公約)")

#: The United Nations named right after a convention's noun: a title (``لاتفاقية الامم المتحدة``, ``Convention
#: des Nations unies``), not the noun alone.
_UN_AFTER = re.compile(r"\s*(?:ال|لل)?[اأإ]مم\s+المتحدة|\s+(?:des\s+Nations|de\s+(?:las\s+)?Naciones|of\s+the\s+United"
                       r"|(?:Организации\s+Объединенных|ООН))", re.IGNORECASE)


class _OtherConventions:
    """Whether a bare name — the conference of parties (``مؤتمر الدول الأطراف``, ``the Conference of the States
    Parties``) or the convention's noun (``الاتفاقية``) — follows another convention named by title (``الاتفاقية
    العربية لمكافحة الفساد``, ``la Convention arabe``) with no name of this Convention since: it is then that
    convention's. The other conventions are looked for once per text, when a bare name first asks."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.ends: list[int] | None = None
        self.title = -1  #: where the last name of this Convention kept so far starts

    def last_named(self, start: int) -> bool:
        if self.ends is None:
            self.ends = other_convention_ends(self.text)
        i = bisect_right(self.ends, start)
        return i > 0 and self.ends[i - 1] > self.title


#: Names of the United Nations' family: a text naming one is about the UN, whose General Assembly a
#: bare "General Assembly" then is.
_UN_FAMILY = ("org/un", CONVENTION, "body/", "initiative/")
_UN_WORDS = re.compile(
    r"united nations|naciones unidas|nations unies|организаци\w* объединенных наций|联合国|联大|الأمم المتحدة|"
    r"(?-i:\b(?:UN|UNGA|ONU|ООН)\b)", re.IGNORECASE)


#: A resolution cited by its number (``resolution 51/59``, ``第51/59号``): a General Assembly's, the UN's.
_RESOLUTION_CITED = re.compile(r"(?<![\d/])\d{2}/\d{1,3}(?![\d/])")


#: The United Nations and its office that serves the Convention's bodies.
UN_OFFICES = frozenset({"org/un", "org/unodc"})
#: What joins an organization's name to a body it owns: a space or a possessive.
_OWNER_JOIN = re.compile(r"(?:\s*['’]s)?\s+")


def _owned_bodies(text: str, hits: list[LinkHit]) -> list[LinkHit]:
    """A body's name right after an organization's outside the UN (``the UNCAC Coalition Asset Recovery
    Working Group``, ``StAR's Asset Recovery Working Group``) or right before it, joined by "of" (``le groupe de
    travail sur le recouvrement des avoirs de la UNCAC Coalition``), is that organization's group, not the body."""
    owned = [h for h in hits if h.id and h.label in ("Organization", "Network", "Initiative")
             and h.id not in UN_OFFICES]  # the UN General Assembly, UNODC's Working Group: the UN's
    owners, after = {h.end for h in owned}, {h.start for h in owned}
    kept = []
    for h in hits:
        if h.label == "Body" and (
                any(_OWNER_JOIN.fullmatch(text, end, h.start) for end in range(h.start - 4, h.start + 1)
                    if end in owners)
                or any(_OWNER_AFTER.fullmatch(text, h.end, start) for start in range(h.end + 3, h.end + 12)
                       if start in after)):
            continue
        kept.append(h)
    return kept


#: What joins a body's name to the organization after it that owns it (``le groupe de travail sur le recouvrement
#: des avoirs de la UNCAC Coalition``).
_OWNER_AFTER = re.compile(r"\s+(?:of\s+the|of|de\s+la|de\s+l['’]|del|du|de)\s+")


def _foreign_assembly(text: str, hits: list[LinkHit]) -> list[LinkHit]:
    """A bare "General Assembly" (``la Asamblea General``) in a text that names an organization or a
    network and nothing of the United Nations (no name of its family, no word for it, no resolution
    number) is that organization's (INTERPOL's), not the UN's."""
    if not any(h.id == _ASSEMBLY for h in hits) or any(
            h.id and h.id != _ASSEMBLY and h.id.startswith(_UN_FAMILY) for h in hits):
        return hits
    if (not any(h.id and h.label in ("Organization", "Network") for h in hits) or _RESOLUTION_CITED.search(text)
            or _UN_WORDS.search(text)):
        return hits
    # (Chinese 大会 has its own rule: :func:`_other_assembly`)
    return [h for h in hits if h.id != _ASSEMBLY or is_cjk(text[h.start])]


#: The United Nations' name closing a general assembly's (``генеральной ассамблеи ООН``): the UN's, whatever follows.
_UN_NAMED_LAST = re.compile(r"(?:ООН|United\s+Nations|Nations\s+Unies|Naciones\s+Unidas|Объединенных\s+Наций|"
                            r"الأمم\s+المتحدة|联合国)$", re.IGNORECASE)


def _own_assembly(text: str, start: int, end: int) -> bool:
    """The general assembly at ``start:end`` is another body's (:data:`_OWN_ASSEMBLY_LEFT`), unless its name ends in
    the UN's (a person's name after ``Генеральной Ассамблеи ООН`` is its president's, no other body's genitive)."""
    return bool(_OWN_ASSEMBLY_LEFT.search(text, max(0, start - 30), start) or (
        _OWN_ASSEMBLY_RIGHT.match(text, end) and not _UN_NAMED_LAST.search(text, start, end)))


def _in_title(text: str, start: int) -> bool:
    """``start`` follows other words of a ``《…》`` title or a quoted ``「…」`` name on its line (a name the
    dictionary would have matched whole if it were one of the entity's)."""
    opening = text.rfind("《", max(0, start - _TITLE_REACH), start)
    if 0 <= opening < start - 1 and not any(c in "》\n" for c in text[opening:start]):
        return True
    if text.startswith("公约", start):
        return False
    quote = max(text.rfind(mark, max(0, start - _NAME_REACH), start) for mark in _NAME_OPENING)
    return 0 <= quote < start - 1 and not any(c in _NAME_CLOSING for c in text[quote:start])


_Found = list[tuple[int, int, tuple[Candidate, ...]]]


def _other_assembly(text: str, found: _Found) -> _Found:
    """"大会" alone is the General Assembly in UN documents; a text that names another assembly
    (``第三届缔约国大会``, ``人民代表大会``) and never the General Assembly by a fuller name (``联合国大会``,
    ``联大``) means that assembly by it (``大会由卡塔尔总检察长主持``): then it is not linked. An acronym's
    ``大会`` (``本届APEC大会``) is that body's in any text."""
    # an acronym's 大会 is that body's (APEC大会, IAACA大会), wherever the text stands
    found = [(s, e, c) for s, e, c in found
             if text[s:e] != "大会" or not _ACRONYM_BEFORE.search(text, max(0, s - 12), s)]
    if any(name in text for name in _GA_FULL):
        return found
    if not any(left + "大会" in text for left in _BLOCKED_LEFT["大会"]):
        return found
    return [(s, e, c) for s, e, c in found if text[s:e] != "大会"]


#: A Latin acronym right before a Chinese name, not the UN's.
_ACRONYM_BEFORE = re.compile(r"(?<![A-Za-z])(?!UN\s*$)[A-Z][A-Za-z0-9]+\s*$")


def _other_convention_zh(text: str, found: _Found) -> _Found:
    """"公约" alone is the Convention in a text about it; a text that names another convention by its
    bracketed title (《联合国打击跨国有组织犯罪公约》) and never the Convention by a title of its own means that
    convention by it (``项下执行公约及其议定书``): then it is not linked."""
    bare = [(s, e, c) for s, e, c in found if text[s:e] == "公约"]
    if not bare or any(c.id == CONVENTION and text[s:e] != "公约" for s, e, cs in found for c in cs):
        return found
    if any(convention_title(m.group(1)) for m in _TITLE_ZH.finditer(text)):
        return found
    return [(s, e, c) for s, e, c in found if text[s:e] != "公约"]


def _other_working_group(text: str, found: _Found) -> _Found:
    """"工作组" alone is the Working Group in a text about it; a text that names another working group
    (``APEC反腐败工作组``, 「捐赠与技术协助工作组」) and neither the Working Group by its full name nor the
    Convention or its Conference means that group by it (``在工作组主席的领导下``): then it is not linked."""
    bare = [(s, e, c) for s, e, c in found if text[s:e] == "工作组"]
    if not bare or any(c.id in _CONVENTIONS_OWN or (c.id == _WORKING_GROUP and e - s > len("工作组"))
                       for s, e, cs in found for c in cs):
        return found
    others = [m.start() for m in re.finditer("工作组", text)
              if any(text[max(0, m.start() - len(left)) : m.start()] == left for left in _BLOCKED_LEFT["工作组"])
              or _in_title(text, m.start())]
    return [(s, e, c) for s, e, c in found if text[s:e] != "工作组"] if others else found


def _parents_in_networks(text: str, found: _Found, longest: _Found) -> _Found:
    """An organization named inside a network's name is mentioned too: the network is its own
    (``Red de Recuperación de Activos de Gafilat`` names GAFILAT as well as the RRAG), as the
    Convention is inside the Conference's name (:mod:`ingest.anaphora`); so is one whose possessive
    opens another organization's name (``the Basel Institute's International Centre for Asset Recovery``).
    ``longest``: the longest matches of ``found``, which hold the networks and organizations."""
    networks = [(s, e) for s, e, candidates in longest if all(c.label == "Network" for c in candidates)]
    owners = [(s, e) for s, e, candidates in longest if all(c.label == "Organization" for c in candidates)]
    inside = [(s, e, candidates) for s, e, candidates in found
              if all(c.label == "Organization" for c in candidates)
              and (any(ns <= s and e <= ne and (ns, ne) != (s, e) for ns, ne in networks)
                   or any(os_ == s and e < oe and _POSSESSIVE.match(text, e) for os_, oe in owners))]
    return longest_first(inside)  # GAFILAT's name, not the FATF's inside it (拉丁美洲金融行动特别工作组)


_POSSESSIVE = re.compile(r"['’]s\s")


#: Whose names hold the Convention's and say so: the Conference's name is read by :mod:`ingest.anaphora`.
_NAMING_LABELS = frozenset({"Organization", "Initiative", "Event", "Network", "Publication"})


def _convention_in_names(found: _Found, longest: _Found) -> _Found:
    """The Convention named inside another entity's name is mentioned too (the ``UNCAC Coalition``, the
    ``Coalition pour la CNUCC``, the Mérida conference "for the Purpose of Signing the United Nations Convention
    against Corruption"), as inside the Conference's: every reader of the hold-out texts listed it."""
    named = [(s, e) for s, e, candidates in longest if all(c.label in _NAMING_LABELS for c in candidates)]
    return [(s, e, candidates) for s, e, candidates in found
            if all(c.id == CONVENTION for c in candidates)
            and any(ns <= s and e <= ne and (ns, ne) != (s, e) for ns, ne in named)]


def _named_in_events(found: _Found, longest: _Found, events: Mapping[str, frozenset[str]]) -> _Found:
    """The venue, series or organizer of an event named inside the event's name is mentioned too
    (``Anti-Corruption Summit: London 2016`` names London, ``G20杭州峰会`` Hangzhou and the G20, the
    first meeting ``للشبكة الإقليمية لاسترداد الأصول`` the network), and so is a partner of an initiative
    inside its name (the ``World Bank/UNODC Stolen Asset Recovery Initiative``): a reader sees both. Only
    the event's or initiative's own: a place in the name of a declaration (:func:`_in_other_name`), of
    another event, the "Global Forum" inside the Global Forum on Asset Recovery's stay unseen."""
    spans = [(s, e, events.get(candidates[0].id, frozenset())) for s, e, candidates in longest
             if len(candidates) == 1 and candidates[0].label in ("Event", "Initiative")]
    inside = [(s, e, kept) for s, e, candidates in found
              for es, ee, own in spans if es <= s and e <= ee and (es, ee) != (s, e)
              if (kept := tuple(c for c in candidates if c.id in own))]
    return longest_first(inside)


#: OpenCorpora tags of proper names: a word with one of them may be a case form of a name.
_PROPER_TAGS = frozenset({"Geox", "Name", "Surn", "Patr", "Orgn", "Trad", "Abbr"})


@lru_cache(maxsize=8192)
def _common_russian_word(word: str) -> bool:
    """The Russian lexicon (OpenCorpora, via pymorphy3) knows ``word``, and only as a common word: a
    one-word name's stem plus an ending that spells it is that word, not the name (Совет, Советом for
    the GeoNames spelling Совето). A word the lexicon does not know (Кыргызстана) may be a name."""
    from arkg.ingest.authority.forms import russian_lexicon

    return bool(russian_lexicon().word_is_known(word)) and not _proper_russian_word(word)


@lru_cache(maxsize=8192)
def _proper_russian_word(word: str, lemma: str | None = None) -> bool:
    """The Russian lexicon reads ``word`` as (a case of) a proper name, ``lemma`` if given: Вене is Вена,
    Vienna; Сани is Саня (a first name) or сани (a sledge), not Сана (Sanaa)."""
    from arkg.ingest.authority.forms import russian_lexicon

    wanted = lemma.replace("ё", "е") if lemma is not None else None
    return any(not _PROPER_TAGS.isdisjoint(p.tag.grammemes)
               and (wanted is None or p.normal_form.replace("ё", "е") == wanted)
               for p in russian_lexicon().parse(word))


#: A one-word Russian name ending in a vowel and a consonant: its vowel may drop in the other cases.
_FLEETING_VOWEL = re.compile(r"[а-яё]{2,}[еоё][бвгджзклмнпрстфхцчшщ]")


def _oblique_key(key: str) -> str | None:
    """The genitive of a Russian place's name whose vowel drops in the other cases (Египет → Египта, Орёл →
    Орла), which the lexicon (OpenCorpora, via pymorphy3) spells: its stem is not the name's, so the name's
    pattern misses every case but the first."""
    from arkg.ingest.authority.forms import russian_lexicon

    if not _FLEETING_VOWEL.fullmatch(key) or not russian_lexicon().word_is_known(key):  # (not a guess: Лахор)
        return None
    for parse in russian_lexicon().parse(key):
        if "Geox" in parse.tag.grammemes and "nomn" in parse.tag.grammemes and (gen := parse.inflect({"gent"})):
            return None if gen.word.replace("ё", "е").startswith(key.replace("ё", "е")) else gen.word
    return None


def _inflectable(key: str) -> tuple[str, str, bool] | None:
    """A regex matching a Russian name in any case (each long word: its stem, then any ending; in a
    hyphenated word, its last part: ``Нью-Йорк`` → ``Нью-Йорке``) with the literal text it opens
    with, or None for a name without long Cyrillic words; and whether a one-word name's stem is short
    (``Вена`` → ``вен``: :meth:`Linker._case_form` then asks the lexicon)."""
    words = key.split(" ")
    if not any(_CYRILLIC_WORD.fullmatch(w.rpartition("-")[2]) for w in words):
        return None
    literals, parts = [], []
    short = False
    for word in words:
        head, hyphen, last = word.rpartition("-")
        if _CYRILLIC_WORD.fullmatch(last):
            stem = _RU_ENDING.sub("", last)
            # a short stem is used for a one-word name only, and checked by the lexicon there
            short_ok = len(words) == 1 and not head and len(stem) >= 3
            literals.append(head + hyphen + (stem if len(stem) >= 4 or short_ok else last))
            short = short or (short_ok and len(stem) < 4)
            # the stem, then its own ending or a case ending, and the word ends there: Нигер's
            # pattern does not reach into Нигерия (Нигер + ия is no case of Нигер); a noun in -ие/-ия
            # keeps its и (Управление → Управления, Управлением)
            ending = last[len(literals[-1]) - len(head + hyphen):]
            endings = f"и(?:{_RU_ENDINGS})?|{_RU_ENDINGS}" if ending.startswith("и") else _RU_ENDINGS
            # a name ending in a consonant keeps it in every case (Кишинев → Кишиневе, Ростов → Ростова): what
            # looked like an ending is the stem's
            own = re.escape(ending) + (f"(?:{_RU_ENDINGS})?" if ending and ending[-1] not in _RU_VOWELS else "")
            # a name ending in a vowel always keeps an ending: its bare stem would be a plural's genitive, which a
            # State or city is not, and is often another word (Доминик, a first name, of Доминика; Куб of Куба)
            bare = "" if ending and ending[-1] in _RU_VOWELS else "?"
            parts.append(re.escape(literals[-1]) + f"(?:{own}|{endings}){bare}(?![а-яё])")
        else:
            literals.append(word)
            parts.append(re.escape(word))
    return literals[0], r"\s+".join(parts), short


def resolve(
    hits: list[LinkHit], context: set[str], within: Mapping[str, str] | None = None,
    venues: frozenset[str] = frozenset(),
) -> list[LinkHit]:
    """Settle ambiguous names by the entities the same document names unambiguously (``context``)
    and the venues of the sessions and events it cites (``venues``).

    A name a country and a place share (عمان: Oman, and Amman in Jordan) is the place when the
    document names the place's country (``within``: place → country) or the place itself (a venue,
    say), and otherwise the country, as a country's name is in general. A city that bears its
    country's name (``Panama``, ``México``) is the city only as the venue of a session or event the
    document cites, and the country wherever the document names the country otherwise.
    """
    out = []
    for hit in hits:
        if hit.id is None:
            labels = {c: model().label_for_id(c) for c in hit.candidates}
            countries = [c for c, label in labels.items() if label == "Country"]
            one_country = len(countries) == 1 and all(v in ("Country", "Place") for v in labels.values())
            homonyms = [c for c in hit.candidates if one_country and within and within.get(c) == countries[0]]
            if homonyms:
                chosen = homonyms if homonyms[0] in venues and countries[0] not in context else countries
            else:
                chosen = [c for c in hit.candidates if c in context or c in venues]
                if not chosen and within:
                    chosen = [c for c in hit.candidates if within.get(c) in context or within.get(c) in venues]
                if not chosen and one_country:
                    chosen = countries
            if len(chosen) == 1:
                hit = LinkHit(hit.start, hit.end, labels[chosen[0]] or hit.label, chosen[0], hit.candidates)
        out.append(hit)
    return out


@cache
def linker() -> Linker:
    """The linker over the authority's aliases, built once per process."""
    from arkg.ingest.authority import authority

    a = authority()
    events: dict[str, set[str]] = {}
    initiatives = {n.id for n in a.batch.nodes if n.label == "Initiative"}
    for e in a.batch.edges:
        if (e.type in ("HELD_IN", "PART_OF", "ORGANIZED_BY") and e.source.startswith("event/")) or (
                e.type == "PART_OF" and e.source in initiatives):
            events.setdefault(e.source, set()).add(e.target)
    return Linker(
        a.aliases, a.targets("LOCATED_IN"),
        {event: frozenset(related) for event, related in events.items()},
        {e.source: e.target for e in a.batch.edges
         if e.type == "ORGANIZED_BY" and e.source.startswith("event/") and e.target.startswith("body/")},
        {e.target: e.source for e in a.batch.edges if e.type == "LOCATED_IN" and (place := a.node(e.source))
         and place.props.get("capital")},
    )
