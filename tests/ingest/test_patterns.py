from __future__ import annotations

import pytest

from arkg.ingest.extract import extract
from arkg.ingest.patterns import Context, DayMonth, find_all, find_dates, find_day_months


def ids(text: str, ctx: Context | None = None) -> list[str]:
    return [h.id for h in find_all(text, ctx or Context())[0]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("第 6/2 号决议", ["resolution/cosp/6/2"]),
        ("第6/2号和第6/3号决议", ["resolution/cosp/6/2", "resolution/cosp/6/3"]),
        ("第 5/3 号、第 6/2 号和第 6/3 号决议", ["resolution/cosp/5/3", "resolution/cosp/6/2", "resolution/cosp/6/3"]),
        ("resolutions 1/4, 2/3 and 5/3", ["resolution/cosp/1/4", "resolution/cosp/2/3", "resolution/cosp/5/3"]),
        ("résolution 6/2", ["resolution/cosp/6/2"]),
        ("resolución 6/2", ["resolution/cosp/6/2"]),
        ("резолюция 6/2", ["resolution/cosp/6/2"]),
        ("القرار 6/2", ["resolution/cosp/6/2"]),
        ("بمقتضى قرارها رقم 6/2", ["resolution/cosp/6/2"]),  # رقم, "number", before it
        ("General Assembly resolution 58/4", ["resolution/ga/58/4"]),
        ("大会第58/4号决议", ["resolution/ga/58/4"]),
        ("A/RES/58/4", ["resolution/ga/58/4", "document/A/RES/58/4"]),  # the resolution and the document printing it
    ],
)
def test_resolutions(text: str, expected: list[str]) -> None:
    assert ids(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "la résolution de l'Assemblée générale des Nations unies 58/4 du 31 octobre 2003",
        "la resolución de la Asamblea General de las Naciones Unidas 58/4",
        "by resolution of the United Nations General Assembly 58/4",
        "resolution of the General Assembly of the United Nations 58/4",
        "بموجب قرار الجمعية العامة للأمم المتحدة 58/4",
    ],
)
def test_the_assembly_named_with_the_united_nations_between_the_word_and_the_number(text: str) -> None:
    """Blind batch 79: the Assembly's full name may stand between "resolution" and its number."""
    assert [i for i in ids(text) if i.startswith("resolution/")] == ["resolution/ga/58/4"]


def test_split_line_resolution_after_join() -> None:
    assert ids("第 6/1 号和第 6/4号决议") == ["resolution/cosp/6/1", "resolution/cosp/6/4"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("article 56", [56]),
        ("art. 43", [43]),
        ("第五十六条", [56]),
        ("статья 56", [56]),
        ("المادة 56", [56]),
        ("articles 51 to 59", list(range(51, 60))),
        ("第五十一条至第五十九条", list(range(51, 60))),
        ("artículos 51 a 59", list(range(51, 60))),
    ],
)
def test_articles(text: str, expected: list[int]) -> None:
    assert ids(text) == [f"uncac/article/{n}" for n in expected]


def test_an_arabic_article_number_in_brackets() -> None:
    assert [h.id for h in find_all("وفقا للمادة (14) من الفصل الثاني", Context())[0] if h.label == "Article"] == [
        "uncac/article/14"]


def test_not_an_article() -> None:
    assert ids("双边条约") == [] and ids("第五十六条约") == []


@pytest.mark.parametrize("text", ["第五章", "chapter V", "capítulo V", "глава V", "chapitre V", "الفصل الخامس"])
def test_chapters(text: str) -> None:
    assert ids(text) == ["uncac/chapter/5"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The fifth chapter of the Convention against Corruption", [5]),
    ("le cinquième chapitre de la Convention des Nations Unies contre la corruption", [5]),
    ("el capítulo quinto de la Convención de las Naciones Unidas contra la Corrupción", [5]),
    ("Пятая глава Конвенции ООН против коррупции", [5]),
    # a list, each member titled in brackets, the Convention after the last (blind batch 120)
    ("both second chapter (preventive measures) and the fifth chapter (asset recovery) of the UNCAC", [2, 5]),
    ("the third and fifth chapters of the Convention", [3, 5]),
    ("los capítulos tercero y quinto de la Convención", [3, 5]),
])
def test_chapters_by_their_ordinal_word_before_the_conventions_name(text: str, expected: list[int]) -> None:
    assert ids(text) == [f"uncac/chapter/{n}" for n in expected]


@pytest.mark.parametrize("text", ["The second chapter of this report examines the data.",
                                  "the fifth chapter describes asset recovery under the Convention",
                                  "a first chapter (the Convention's history) follows"])
def test_an_ordinal_chapter_not_followed_by_the_conventions_name_is_the_texts_own(text: str) -> None:
    assert ids(text) == []


def test_a_chapter_list_with_unbracketed_titles() -> None:
    """Each member's title follows its number, capitalised, without brackets."""
    assert ids("se abordaron los Capítulos II Medidas preventivas y V Recuperación de activos de la Convención") == [
        "uncac/chapter/2", "uncac/chapter/5"]
    # a pronoun after a chapter's title is no member
    assert ids("Chapter V Asset recovery and I would like to thank you") == ["uncac/chapter/5"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("its sixth session", ["session/cosp/6"]),
        ("第六届会议", ["session/cosp/6"]),
        ("第十一次会议", ["session/wg-ar/11"]),
        ("中美执法合作联合联络小组第十二次会议", []),  # another group's meeting
        ("第十次闭会期间会议", ["session/wg-ar/10"]),
        ("at its second to seventh sessions", [f"session/cosp/{n}" for n in range(2, 8)]),
        ("第二至第七届会议", [f"session/cosp/{n}" for n in range(2, 8)]),
        ("its first to thirteenth meetings", [f"session/wg-ar/{n}" for n in range(1, 14)]),
        ("su sexto período de sesiones", ["session/cosp/6"]),
        ("на шестой сессии", ["session/cosp/6"]),
    ],
)
def test_sessions(text: str, expected: list[str]) -> None:
    assert ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an abbreviated Spanish ordinal with its dot, on the Conference's name
        ("los países participantes en la 9a. Conferencia de los Estados Parte de la Convención", "session/cosp/9"),
        ("la 9.ª Conferencia de los Estados Partes", "session/cosp/9"),
        ("la 6.ª sesión de la Conferencia de los Estados Partes", "session/cosp/6"),
        # an Arabic ordinal of 20–99 (the Assembly's sessions)
        ("اعتمدت في الدورة الثامنة والخمسين للجمعية العامة", "session/ga/58"),
    ],
)
def test_ordinals_with_a_dot_or_two_words_number_sessions(text: str, expected: str) -> None:
    assert expected in {m.id for m in extract(text, name="t.txt").mentions}


def test_a_body_named_as_a_special_sessions_holder_holds_no_later_bare_session() -> None:
    """The Assembly's special session is numbered in a series of its own: the ninth and tenth sessions the text
    goes on to are the Conference's, not the Assembly's."""
    text = ("رئيس الدورة التاسعة لمؤتمر الدول الأطراف في اتفاقية الأمم المتحدة لمكافحة الفساد.\n"
            "وأضاف أن المؤتمر عقد في أعقاب الدورة الاستثنائية للجمعية العامة من أجل مكافحة الفساد.\n"
            "وأشار إلى أن مؤتمر الدورة التاسعة أسند لنفسه عددا من المهام في طريقنا إلى الدورة العاشرة.")
    found = {m.id for m in extract(text, name="t.txt").mentions}
    assert {"session/cosp/9", "session/cosp/10"} <= found and not {"session/ga/9", "session/ga/10"} & found
    assert "session/ga/58" in {m.id for m in extract(
        "the special session of the General Assembly in 2021 and its fifty-eighth session", name="t.txt").mentions}


def test_a_sentence_s_full_stop_before_a_body_is_no_ordinal() -> None:
    text = "It was adopted in 2013. Conference of the States Parties met"
    found = {m.id for m in extract(text, name="t.txt").mentions}
    assert not any(i and i.startswith("session/") for i in found), found


def test_symbols() -> None:
    ctx = Context(series="CAC/COSP/WG.2/2017")
    assert ids("见 CAC/COSP/WG.2/2016/CRP.1 和 CRP.1 及 L.1/Add.1", ctx) == [
        "document/CAC/COSP/WG.2/2016/CRP.1",
        "document/CAC/COSP/WG.2/2017/CRP.1",
        "document/CAC/COSP/WG.2/2017/L.1/Add.1",
    ]
    assert ids("V.17-06068") == []
    # a full stop parts two symbols a bilingual line glues (a part with a dot opens with letters: WG.2)
    assert ids("CAC/COSP/IRG/2015/1.CAC/COSP/IRG/2015/1.") == ["document/CAC/COSP/IRG/2015/1"]
    # blind batch 60: a title glued to a symbol's last digits is no part of it; a letter with no small letter
    # after it still is (a part's suffix)
    assert ids("CAC/COSP/WG.4/2012/INF.1Final list of participants") == ["document/CAC/COSP/WG.4/2012/INF.1"]
    assert ids("CAC/COSP/2012/1Draft") == ["document/CAC/COSP/2012/1"]
    assert ids("A/C.3/58/L.7A") == ["document/A/C.3/58/L.7A"]
    # blind batch 59: a resolution cited by the Assembly's document symbol without RES is the resolution only
    assert ids("установленный резолюцией A/58/4 Генеральной Ассамблеи") == ["resolution/ga/58/4"]
    assert ids("proclamado por la resolución A/58/4 de la Asamblea") == ["resolution/ga/58/4"]
    assert ids("see the report A/58/422 of the Secretary-General") == ["document/A/58/422"]


def test_dated_meeting() -> None:
    ctx = Context(session_by_date=lambda a, b, c: "session/wg-ar/12" if a == "2018-06-06" else None)
    assert ids("the meeting held in Vienna on 6 and 7 June 2018", ctx) == ["session/wg-ar/12", "body/wg-ar"]
    # an expert meeting on a session's days is a meeting of its own
    assert ids("the expert meeting held in Vienna on 6 and 7 June 2018", ctx) == []
    assert ids("совещание экспертов, проведенное в Вене 6 и 7 июня 2018 года", ctx) == []


@pytest.mark.parametrize(
    "text",
    [
        "Senior officials of the States parties will meet in Bali, Indonesia, from 28 January to 1 February 2008.",
        "Les États parties se réunissent pour la 2e fois, du 28 janvier au 1er février 2008 à Bali.",
        "Los Estados partes se reunirán en Bali del 28 de enero al 1 de febrero de 2008.",
    ],
)
def test_meeting_verbs_make_a_dated_meeting(text: str) -> None:
    """States that *meet* on a session's days hold that session, and the body holding it is named by it
    (regression: ``will meet in Bali … 2008`` and ``se réunissent … à Abou Dhabi`` were no session)."""
    ctx = Context(session_by_date=lambda a, b, c: "session/cosp/2" if a <= "2008-02-01" <= b else None)
    assert sorted(ids(text, ctx)) == ["body/cosp", "session/cosp/2"]


def test_a_date_without_a_meeting_is_no_session() -> None:
    ctx = Context(session_by_date=lambda a, b, c: "session/cosp/2")
    assert ids("The report was published on 28 January 2008.", ctx) == []


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("held from 24 to 28 October2011", "2011-10-24", "2011-10-28"),  # a PDF glued the year
        ("2017 年 8 月 24 日和 25 日", "2017-08-24", "2017-08-25"),
        ("24 August 2017", "2017-08-24", "2017-08-24"),
        ("24-25 Aug 2017", "2017-08-24", "2017-08-25"),
        ("2017 年 2 月", "2017-02", "2017-02"),
        ("二〇〇三年十二月九日至十一日", "2003-12-09", "2003-12-11"),
        ("二00六年四月", "2006-04", "2006-04"),  # a year's zeros printed as Latin digits
        ("一九九五年十月二十三日", "1995-10-23", "1995-10-23"),
        ("6 y 7 de junio de 2018", "2018-06-06", "2018-06-07"),
        ("6 и 7 июня 2018 года", "2018-06-06", "2018-06-07"),
        ("6 و7 حزيران/يونيه 2018", "2018-06-06", "2018-06-07"),
        ("1er juin 2018", "2018-06-01", "2018-06-01"),
        ("June 6-7, 2018", "2018-06-06", "2018-06-07"),
        ("On June 22nd and 23rd, 2022, the Presidency", "2022-06-22", "2022-06-23"),
        ("on 22nd June 2022", "2022-06-22", "2022-06-22"),
        # the day's ordinal "of" its month, a comma before the year (blind batch 111: an AGM in Addis Ababa)
        ("on the 19th of February 2018", "2018-02-19", "2018-02-19"),
        ("from 21st to 22nd February, 2018 at", "2018-02-21", "2018-02-22"),
        # a day with a dot, as German and event pages write it (blind batch 114: ``Date: 10. Jul 2017``)
        ("Date: 10. Jul 2017 Location: Chatham House, London", "2017-07-10", "2017-07-10"),
        ("December 14, 2005", "2005-12-14", "2005-12-14"),
        # a range across months, ending in a full date; across a new year, its first day in the year before
        ("в Вене 30 мая – 1 июня 2012 года", "2012-05-30", "2012-06-01"),
        ("from 30 May to 1 June 2012", "2012-05-30", "2012-06-01"),
        ("du 30 décembre au 2 janvier 2013", "2012-12-30", "2013-01-02"),
        # Arabic's two names of a month, the other in brackets (blind batch 121: «في إبريل (نيسان) 2006»), and its
        # names as the press writes them without their hamza or with it under the alef
        ("في إبريل (نيسان) 2006", "2006-04", "2006-04"),
        ("في 30 ديسمبر (كانون الأول) 2003", "2003-12-30", "2003-12-30"),
        ("يوم 5 اكتوبر 2019", "2019-10-05", "2019-10-05"),
        ("في 14 اغسطس 2012", "2012-08-14", "2012-08-14"),
        # an Arabic comma before the year, in Arabic-Indic digits too (blind batch 129: INTERPOL's Arabic page date)
        ("١٦ مايو، ٢٠١٤", "2014-05-16", "2014-05-16"),
        ("عقد في 16 مايو، 2014 في الرياض", "2014-05-16", "2014-05-16"),
    ],
)
def test_dates(text: str, first: str, last: str) -> None:
    (hit,) = find_dates(text)
    assert (hit.first, hit.last) == (first, last)


def test_agenda_item_references() -> None:
    ctx = Context(session="session/wg-ar/11")
    assert ids("under agenda item 4 (b)", ctx) == ["session/wg-ar/11/agenda/4b"]
    assert ids("议程项目4(b)", ctx) == ["session/wg-ar/11/agenda/4b"]
    assert ids("paragraph 12(a)", ctx) == []  # a bare N(x) counts only in an agenda's timetable
    agenda = Context(session="session/wg-ar/11", agenda=True)
    assert ids("上午 10 时至下午 1 时 1(a) 会议开幕", agenda) == ["session/wg-ar/11/agenda/1a"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("بالقرار 6/2", ["resolution/cosp/6/2"]),
        ("وبالقرار 6/2", ["resolution/cosp/6/2"]),
        ("وبالمادة 56", ["uncac/article/56"]),
        ("للمادة 56", ["uncac/article/56"]),
        ("فبالفصل الخامس", ["uncac/chapter/5"]),
        ("طبقا للمادة الرابعة", ["uncac/article/4"]),  # an article by its ordinal word
        ("المادة السادسة والأربعين", ["uncac/article/46"]),
        ("المادة الثانية والسبعين", []),  # the Convention has 71 articles
        ("فالمادتين الثالثة والرابعة", ["uncac/article/3", "uncac/article/4"]),  # the dual and two ordinals
        ("المادتان الحادية والخمسون والثانية والخمسون", ["uncac/article/51", "uncac/article/52"]),
        ("статей 51–59", [f"uncac/article/{n}" for n in range(51, 60)]),
        ("статьи 56", ["uncac/article/56"]),
        ("резолюции 6/2", ["resolution/cosp/6/2"]),
        ("резолюцией 6/2", ["resolution/cosp/6/2"]),
    ],
)
def test_attached_prefixes_and_case_forms(text: str, expected: list[str]) -> None:
    assert ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本次会议的临时议程", "session/wg-ar/11"),
        ("at this meeting", "session/wg-ar/11"),
        ("à la présente réunion", "session/wg-ar/11"),
        ("на настоящем совещании", "session/wg-ar/11"),
        ("في هذا الاجتماع", "session/wg-ar/11"),
        ("自工作组上次会议以来", "session/wg-ar/10"),
        ("since the previous meeting of the Working Group", "session/wg-ar/10"),
        ("at its last meeting", "session/wg-ar/10"),
        ("à sa précédente réunion", "session/wg-ar/10"),
    ],
)
def test_session_anaphora(text: str, expected: str) -> None:
    assert ids(text, Context(session="session/wg-ar/11")) == [expected]
    assert ids(text) == []  # without a known session there is nothing to refer to


def test_a_month_then_a_number_that_is_no_day_is_no_date() -> None:
    assert find_dates("In May 12 States reported; in May 2020 the review began.")[0].first == "2020-05"


def test_a_networks_meeting_is_no_working_group_meeting() -> None:
    """A meeting in a sentence that names a network and no body is the network's: it has no Session id."""
    ctx = Context(networks=[(4, 9)])
    text = "The CARIN Charter and the outcomes of the first meeting were shared."
    assert not [h for h in find_all(text, ctx)[0] if h.label == "Session"]
    assert [h.id for h in find_all(text, Context())[0] if h.label == "Session"] == ["session/wg-ar/1"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("réunis à Addis Abeba du 7 au 9 Mai afin", [(5, 7, 9)]),
        ("6-7 октября в Москве", [(10, 6, 7)]),
        ("9月24日至27日,会议", [(9, 24, 27)]),
        ("on 14 December and December 16", [(12, 14, 14), (12, 16, 16)]),
        ("في 14 أكتوبر", [(10, 14, 14)]),
        ("14 December 2010, 2019年5月3日, May 2019", []),  # dates with a year are find_dates'
    ],
)
def test_days_and_months_without_a_year(text: str, expected: list[tuple[int, int, int]]) -> None:
    found = find_day_months(text)
    assert all(isinstance(d, DayMonth) for d in found)
    assert [(d.month, d.first, d.last) for d in found] == expected


def test_a_thesis_own_chapters_are_no_conventions_chapters() -> None:
    """A text that says its chapters are its own (第1章至第8章是本论文的正文) cites the Convention's chapters
    only with its name."""
    text = "分析了UNCAC公约第5章的贯彻实施。第1章至第8章是本论文的正文。第1章分析了腐败犯罪。"
    assert [h.id for h in find_all(text, Context())[0] if h.label == "Chapter"] == ["uncac/chapter/5"]
    # without that statement, a chapter cited alone is the Convention's, as before
    assert [h.id for h in find_all("第1章分析了腐败犯罪。", Context())[0] if h.label == "Chapter"] == [
        "uncac/chapter/1"]


def test_an_article_with_its_paragraph_of_a_named_law_is_no_conventions() -> None:
    text = "a notice under Article 10 (1) of the Forfeiture of Assets (Civil Proceedings) (Jersey) Law"
    assert not [h for h in find_all(text, Context())[0] if h.label == "Article"]
    assert [h.id for h in find_all("article 57 (3) of the Convention", Context())[0] if h.label == "Article"] == [
        "uncac/article/57"]


@pytest.mark.parametrize("text", [
    "Статья 1. Ратифицировать Конвенцию Организации Объединенных Наций против коррупции",
    "LEY Nº 2535 Artículo 1°.- Apruébase la Convención de las Naciones Unidas contra la Corrupción",
    # the law's markup kept by the page
    "<b>DECRETA:</b> <b>ARTÍCULO 1: </b> Apruébase en todas sus partes la <b>CONVENCIÓN</b>",
    # an article that speaks of the act it is in (blind batch 86: Madagascar's ratifying decree)
    "Article 2. Le présent décret sera publié au Journal officiel de la République.",
    "Artículo 2. La presente ley entrará en vigor el día de su publicación.",
    "Article 2. This Act shall come into force on the day of its publication.",
    "Статья 2. Настоящий Федеральный закон вступает в силу со дня его официального опубликования.",
])
def test_an_approving_laws_own_article_is_no_conventions(text: str) -> None:
    """A law's article that enacts (ratifies, approves), or speaks of the law itself, is the law's own."""
    assert not [h for h in find_all(text, Context())[0] if h.label == "Article"]
    assert [h.id for h in find_all("Article 2 of the Convention defines its terms", Context())[0]] == [
        "uncac/article/2"]


@pytest.mark.parametrize("text", [
    "presentado de conformidad con la resolución 46/11 del Consejo de Derechos Humanos",
    "pursuant to resolution 46/11 of the Human Rights Council", "Security Council resolution 2462 (2019)",
    # the council named before the number, or as the one that adopted the resolution
    "recalling Human Rights Council resolutions 5/1 and 5/2 of 18 June 2007 and 11/11 of 18 June 2009",
    "Dans sa résolution 38/13 adoptée par le Conseil des droits de l'homme, celui-ci a prié",
    "la resolución 34/11, aprobada por el Consejo de Derechos Humanos en 2017",
    "人权理事会第5/2号决议",
])
def test_a_councils_resolution_is_neither_the_assemblys_nor_the_conferences(text: str) -> None:
    assert not [h for h in find_all(text, Context())[0] if h.label == "Resolution"]
    assert [h.id for h in find_all("resolution 58/4 of the General Assembly", Context())[0]] == ["resolution/ga/58/4"]


@pytest.mark.parametrize("text", [
    "le Protocole A/P3/12/01 de la CEDEAO sur la lutte contre la corruption",  # an ECOWAS protocol's number
    "Resolución AG/RES. 2034 (XXXIV-O/04), documento AG/doc.4265/04 de la OEA",  # an OAS document
])
def test_another_organizations_reference_is_no_un_symbol(text: str) -> None:
    assert not [h for h in find_all(text, Context())[0] if h.label in ("Document", "Resolution")]
    assert [h.id for h in find_all("see A/HRC/RES/17/23 and A/C.2/58/L.5", Context())[0]] == [
        "document/A/HRC/RES/17/23", "document/A/C.2/58/L.5"]


def test_a_chapter_titled_with_a_conventions_name_is_the_citing_texts_own() -> None:
    heading = "Chapter 2 United Nations Convention Against Corruption\n\nIntroduction\nFeatures of the Agreement"
    assert find_all(heading, Context())[0] == []
    assert [h.id for h in find_all("Chapitre 5 de la Convention des Nations Unies", Context())[0]] == [
        "uncac/chapter/5"]


def test_a_special_sessions_symbol_is_a_document() -> None:
    hits = find_all("the UN GA resolution A/RES/S-30/1 adopted on 19 April 2016 and A/ES-10/L.22", Context())[0]
    assert [h.id for h in hits if h.label == "Document"] == ["document/A/RES/S-30/1", "document/A/ES-10/L.22"]


def test_a_bills_article_headed_by_the_code_article_it_amends_is_no_conventions() -> None:
    text = "EXAMEN DES ARTICLES\n\nARTICLE 1er\n(Art. 706-183 du code de procédure pénale)\nAffectation des biens"
    assert "uncac/article/1" not in {m.id for m in extract(text, language="fr").mentions}
    inline = "conformément à l'article 57 (art. 2 du projet)"  # not a heading: the Convention's article
    assert "uncac/article/57" in {m.id for m in extract(inline, language="fr").mentions}


def test_an_article_cited_before_approving_words_stays() -> None:
    assert [h.id for h in find_all("conforme al artículo 57, apruébase", Context())[0] if h.label == "Article"] == [
        "uncac/article/57"]


@pytest.mark.parametrize("text", [
    "La primera reunión del GTM-CNUCC tuvo lugar en Bratislava en abril 2009.",  # a holder by its acronym
    "La Oficina participó del 11º período de sesiones del Grupo Revisor de la Implementación, en Viena.",
    # blind batches 57 and 58: a group the linker does not know, named in free wording after its session
    "Делегация приняла участие в третьей сессии группы по контролю имплементации Конференции стран-членов.",
    "و يشارك السيد العلمي في الدورة الثانية لاجتماع مجموعة البحث في تطبيق اتفاقية محاربة الرشوة.",
])
def test_a_meeting_of_another_holder_has_no_session_id(text: str) -> None:
    assert not [h for h in find_all(text, Context())[0] if h.label == "Session"]


def test_an_organizations_meeting_named_right_after_has_no_session_id() -> None:
    text = "At the seventh meeting of the International Association of Anti-Corruption Authorities in Panama"
    start = text.index("International")
    holder = (start, start + len("International Association of Anti-Corruption Authorities"))
    assert not [h for h in find_all(text, Context(organizations=[holder]))[0] if h.label == "Session"]
    assert [h.id for h in find_all(text, Context())[0] if h.label == "Session"] == ["session/wg-ar/7"]


def test_an_article_cited_where_the_convention_is_not_named_names_it() -> None:
    """Regression: a copy of article 57 (``la presente Convención``) or a title in capitals gave the
    article and not the Convention whose article it is."""
    found = ids("de conformidad con el artículo 57 de la presente Convención", Context(uncac=False))
    assert found.count("uncac") == 1 and "uncac/article/57" in found


def test_no_convention_from_another_conventions_articles() -> None:
    text = "article 5 of the Council of Europe Criminal Law Convention on Corruption"
    assert "uncac" not in ids(text, Context(uncac=False))


def test_a_session_glued_to_the_other_columns_line_of_a_bilingual_pdf() -> None:
    """Regression: ``Sixth sessionШестая сессия`` (a bitext's two columns on one line) was no session."""
    ctx = Context(bodies=[(0, 27, "irg")])
    text = "Implementation Review Group\nSixth sessionШестая сессия\nVienna"
    assert "session/irg/6" in ids(text, ctx)
    assert "session/irg/6" not in ids("Implementation Review Group\nSixth sessionsx", ctx)


@pytest.mark.parametrize("text", [
    "резолюцией Генеральной Ассамблеи ООН № 58/4",  # № becomes "No" in a text view (NFKC)
    "resolución n.º 58/4 de la Asamblea General",  # the Spanish number sign
    "la résolution n° 58/4",
])
def test_a_number_sign_before_a_resolutions_number(text: str) -> None:
    """Regression: ``№ 58/4`` (``No 58/4`` after NFKC, without a dot) and ``n.º 58/4`` were no resolution."""
    from arkg.ingest.extract import extract

    assert "resolution/ga/58/4" in {m.id for m in extract(text).mentions}


def test_no_convention_from_articles_in_a_text_that_says_no_convention() -> None:
    """A national law's «Статья 35», in a text that says no "convention", does not name the Convention."""
    found = ids("Статья 35. Возврат активов", Context(uncac=False))
    assert "uncac/article/35" in found and "uncac" not in found


def test_the_conference_between_resolution_and_its_number_makes_it_the_conferences() -> None:
    """Blind batch 61: «قرار مؤتمر الدول الأطراف في الاتفاقية 6/1» — the number alone is the resolution, the
    Conference a mention of its own (as the Assembly's name between: «قرار الجمعية العامة 58/4»)."""
    text = "وفقاً لقرار مؤتمر الدول الأطراف في الاتفاقية 6/1 والمتعلق باستهلال الدورة الثانية"
    hits = [h for h in find_all(text, Context())[0] if h.label == "Resolution"]
    assert [(h.id, text[h.start : h.end]) for h in hits] == [("resolution/cosp/6/1", "6/1")]


@pytest.mark.parametrize("text", [
    # review cycles, not sessions: «من آلية», «آلية الاستعراض خلال الدورتين» (blind batch 61)
    "لاختيار الدول الأطراف في الدورة الثانية من آلية استعراض تنفيذ الاتفاقية",
    "في سبيل دعم آلية الاستعراض خلال الدورتين الأولى والثانية",
    # a session of a team the linker does not know (the headline's «فريق "اتفاقية مكافحة الفساد"»)
    "«ديوان المحاسبة» يشارك في الدورة الثامنة لفريق «اتفاقية مكافحة الفساد»",
])
def test_arabic_cycles_and_unknown_teams_have_no_session_id(text: str) -> None:
    assert not [h for h in find_all(text, Context())[0] if h.label == "Session"]


def test_sessions_coordinated_before_their_holder_share_it() -> None:
    """Blind batch 59: «la reprise de la cinquième session et à la sixième session du Groupe d'examen de
    l'application» — both the Review Group's; each keeps its own holder where each names one."""
    text = "à la reprise de la cinquième session et à la sixième session du Groupe d'examen de l'application"
    ctx = Context(bodies=[(text.index("Groupe"), len(text), "irg")])
    assert [h.id for h in find_all(text, ctx)[0] if h.label == "Session"] == ["session/irg/5", "session/irg/6"]


@pytest.mark.parametrize(("text", "session"), [
    # blind batch 65: the press's "edition of" between the ordinal and the Conference's name
    ("l'organisation de la 10e édition de la Conférence des États parties aux USA", "session/cosp/10"),
    ("la novena edición de la Conferencia de los Estados Partes en la Convención", "session/cosp/9"),
    # blind batch 93: the United Nations named between them
    ("The 10th United Nations Conference of Parties to the United Nations Convention against Corruption began",
     "session/cosp/10"),
    ("The 10th UN Conference of the States Parties to the UNCAC began", "session/cosp/10"),
    # blind batch 114: the UN abbreviated in the Convention's or the Assembly's name after "session of the"
    ("Stolen Asset Recovery Initiative (StAR) Asset Recovery Day\n\nTenth Session of the UN Convention Against "
     "Corruption\n\nAtlanta, December 12, 2023", "session/cosp/10"),
    ("adopted at the 58th session of the UN General Assembly", "session/ga/58"),
    ("adopted at the 58th session of the U.N. General Assembly", "session/ga/58"),
])
def test_an_ordinal_edition_of_the_conference_is_its_session(text: str, session: str) -> None:
    from arkg.ingest.extract import extract

    assert session in {m.id for m in extract(text, name="t.txt").mentions}


@pytest.mark.parametrize(("text", "expected"), [
    # blind batch 66: Arabic puts the session's ordinal inside the Conference's name
    ("ورئيس المؤتمر السابع للدول الأطراف في اتفاقية الأمم المتحدة لمكافحة الفساد", {"body/cosp", "session/cosp/7"}),
    ("انعقاد المؤتمر الحادي عشر للدول الأطراف في اتفاقية الأمم المتحدة لمكافحة الفساد",
     {"body/cosp", "session/cosp/11"}),
    # another convention's conference of parties (the Arab Convention's) is not the Conference
    ("المؤتمر الثاني للدول الأطراف في الاتفاقية العربية لمكافحة الفساد", set()),
])
def test_an_arabic_ordinal_inside_the_conferences_name_is_its_session(text: str, expected: set[str]) -> None:
    found = {h.id for h in find_all(text, Context())[0] if h.label in ("Body", "Session")}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "session"),
    [
        ("En noviembre de 2009 la CoSP acordó un mecanismo de revisión.", "session/cosp/3"),
        ("The statement, submitted to the Implementation Review Group meeting in June 2015, sets out our positions.",
         "session/irg/6"),
        ("In December 2019, the Conference of the States Parties adopted eleven resolutions.", "session/cosp/8"),
    ],
)
def test_a_body_in_the_month_of_its_one_session_names_it(text: str, session: str) -> None:
    assert session in {m.id for m in extract(text, name="t.txt").mentions}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("In March 2020 the Conference of the States Parties published a note.", "session/cosp/"),  # none met then
        # a masthead's month is its cited session's; the Review Group named after it met there too, but is not cited
        ("Cinquième session Panama, novembre 2013 Point 2 de l'ordre du jour provisoire Examen de l'application "
         "Rapport du Groupe d'examen de l'application", "session/irg/"),
    ],
)
def test_a_month_without_the_bodys_one_session_names_none(text: str, absent: str) -> None:
    found = [m.id for m in extract(text, name="t.txt").mentions if m.id]
    assert found and not [i for i in found if i.startswith(absent)]
