"""Events named by series + ordinal or by place + date (ingest/events.py), in several languages."""

from __future__ import annotations

import pytest

from arkg.ingest.extract import extract
from arkg.ingest.linker import linker


def _events(text: str) -> set[str | None]:
    return {h.id for h in linker().find(text) if h.label == "Event"}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Delegates praised the third Arab Forum on Asset Recovery for its focus on cases.", "event/geneva-2014-11"),
        ("AFAR IV brought the financial centres together again.", "event/hammamet-2015-12"),
        ("La quatrième édition du Forum arabe sur le recouvrement des avoirs s'est achevée.", "event/hammamet-2015-12"),
        ("Se celebró la primera reunión del Foro Árabe sobre Recuperación de Activos.", "event/doha-2012-09"),
        ("第三届阿拉伯资产追回论坛讨论了案件合作。", "event/geneva-2014-11"),
        ("وناقشت الدورة الرابعة للمنتدى العربي لاسترداد الأموال سبل التعاون.", "event/hammamet-2015-12"),
        ("Участники второго Арабского форума по возвращению активов", "event/marrakech-2013-10"),
        ("Experts met in Pretoria in March 2009 to plan a regional network.", "event/pretoria-2009-03"),
        ("The Arab Forum on Asset Recovery, meeting in Geneva, heard the ministers.", "event/geneva-2014-11"),
        ("The inaugural Global Forum on Asset Recovery looked at four countries.", "event/washington-dc-2017-12"),
        ("Experts met in Lausanne from 21 to 23 February 2016 for the seminar.", "event/lausanne-2016-02"),
        ("The anti-corruption conference in Bangkok in November 2010 drew 1,200 delegates.", "event/bangkok-2010-11"),
        ("The focal points conference opened in Bangkok on 3 July 2013.", "event/bangkok-2013-07"),
        # a network's plenaries counted as a series (PART_OF a Network)
        ("The fifth plenary meeting of the GlobE Network discussed asset return.", "event/beijing-2024-09"),
        ("La sixième réunion plénière du réseau GlobE s'est ouverte.", "event/baku-2025-05"),
        ("Делегаты третьего пленарного заседания сети GlobE", "event/madrid-2022-11"),
        # field events named by their names (ingest/authority/events.csv)
        ("Ministers signed the communiqué of the London Anti-Corruption Summit.", "event/london-2016-05"),
        ("会前各方就G20杭州峰会的反腐败成果进行了磋商。", "event/hangzhou-2016-09"),
        ("وشارك الوزراء في المؤتمر الدولي لاسترداد الأموال المنهوبة ببغداد.", "event/baghdad-2021-09"),
        ("Delegations praised the International Conference for the Recovery of Stolen Funds.", "event/baghdad-2021-09"),
        ("La Conferencia de Alto Nivel para la Firma de la Convención de las Naciones Unidas contra la Corrupción "
         "reunió a 100 países.", "event/merida-2003-12"),
        ("联合会去年联同廉政公署合办廉政公署第八届国际会议。", "event/hong-kong-2024-05"),
        ("The 8th ICAC Symposium heard the Chief Executive.", "event/hong-kong-2024-05"),
        # the series and its place with a gathering word
        ("IAACA held its annual conference in Hong Kong in 2024.", "event/hong-kong-2024-05"),
        # ... and an ordinal of another known event of the series: the text speaks of both (the Arab Forum's first
        # meeting in Doha, in a text on the second in Marrakech)
        ("The Arab Forum on Asset Recovery, whose first meeting was held in Doha, met in Marrakech this month.",
         "event/marrakech-2013-10"),
        # IAACA's annual conferences (events.csv, sourced): its ordinal after its name, as Chinese numbers meetings
        ("国际反贪局联合会第九次年会暨会员代表大会当天在天津举行。", "event/tianjin-2016-05"),
        ("Se inauguró la VII Conferencia Anual y Reunión General de la Asociación Internacional de Autoridades "
         "Anticorrupción.", "event/panama-city-2013-11"),
        ("The Sixth Annual Conference and General Meeting of the International Association of Anti-Corruption "
         "Authorities opened on 4 October.", "event/kuala-lumpur-2012-10"),
        # the China–ASEAN Prosecutors-General Conference in Hong Kong (events.csv, sourced), its ordinal in either form
        ("第15届中国—东盟成员国总检察长会议,今日起一连三天在港举行", "event/hong-kong-2025-09"),
        ("第十五届中国-东盟成员国总检察长会议23日在香港举行", "event/hong-kong-2025-09"),
        ("第十五届中国─东盟成员国总检察长会议明年将会在香港举行", "event/hong-kong-2025-09"),  # a box-drawing dash
        # the Ukraine Forum on Asset Recovery (events.csv: London, 29-30 April 2014, the chairs' statement)
        ("The two-day Ukraine Forum on Asset Recovery heard Ukraine's Interior Minister.", "event/london-2014-04"),
        ('وينظم الاجتماع "المنتدى الاوكراني لاستعادة الاصول"، وهو مجموعة دولية', "event/london-2014-04"),  # Al-Hayat
        # blind batch 99: IAACA's French name with "de lutte contre la corruption" for "anticorruption"
        ("Le Maroc accueillera en octobre prochain, à Marrakech, la Conférence annuelle de l'Association "
         "internationale des autorités de lutte contre la corruption.", "event/marrakech-2011-10"),
    ],
)
def test_event_is_found(text, event):
    assert event in _events(text)


def test_an_event_is_found_in_traditional_script():
    """The extractor reads traditional Chinese through its simplified view (the China–ASEAN conference's Hong
    Kong press writes 第15屆中國—東盟成員國總檢察長會議)."""
    found = {m.id for m in extract("第15屆中國—東盟成員國總檢察長會議,今日起一連三天在港舉行", name="t.txt").mentions}
    assert "event/hong-kong-2025-09" in found


@pytest.mark.parametrize(
    "text",
    [
        "The Conference held its third session in Doha in November 2009.",  # a session, not an event
        "Pretoria hosts several ministries.",  # a place, no date, no series
        "The Arab Forum on Asset Recovery was established in 2012.",  # the series, no ordinal
        "The seventh Arab Forum on Asset Recovery",  # no such event in the data
        "The fourth plenary meeting of the GlobE Network",  # its date and venue were not found: not in the data
        # the series and the place of one of its events, but no gathering: someone holds its office there
        "Mr. Peh of Hong Kong was elected President of IAACA for a three-year term (2022 – 2024).",
        # a year alone dates the meeting at the place in its own sentence, not in the next
        "ICAR co-hosted a conference on wildlife crime held in Panama City, Panama.\nDuring 2016, ICAR will train.",
        # the series and the place of its known eleventh conference (the eighth symposium), but the text numbers its
        # gathering otherwise: another event (the reference data knows no ninth symposium)
        "今年5月逾500名代表雲集香港。廉政公署第九屆國際會議結束後,與會者出席由廉署與國際反貪局聯合會合辦的培訓課程。",
    ],
)
def test_no_event_without_evidence(text):
    assert not _events(text)


def test_a_sessions_days_at_a_place_are_the_session_not_an_event_there() -> None:
    """IAACA's conference was in Marrakech two days before the Conference's fourth session: the
    session's printed days are not the event's."""
    text = "adopted at its fourth session, held in Marrakech, Morocco, from 24 to 28 October 2011"
    assert not _events(text)
    assert "event/marrakech-2011-10" in _events("IAACA met in Marrakech on 22 and 23 October 2011.")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Le Réseau ARINWA organise, les 27 et 28 novembre 2019 à Ouagadougou, sa 6e assemblée générale annuelle.",
         "event/ouagadougou-2019-11"),
        ("С 19 по 23 мая 2025 года город Баку принимает VI пленарное заседание сети GlobE.", "event/baku-2025-05"),
        ("تستضيف المملكة الاجتماع العام السنوي الأول للشبكة (مينا-أرين). سيعقد هذا الاجتماع في محافظة جدة "
         "خلال الفترة من 8 إلى 9 أكتوبر 2025م.", "event/jeddah-2025-10"),
        # a line opening with the meeting's days, a comma and its place (blind batch 115: UNODC's regional meeting)
        ("7-8 July 2022, Vienna, Austria: High-level representatives of South-Eastern European Governments "
         "participated in the Regional Meeting on Policy Level Efforts in Asset Recovery organized by UNODC.",
         "event/vienna-2022-07"),
        # "yesterday" under the item's full date (blind batch 115; the hold-out's AIAMP assembly in Santiago)
        ("انطلاق مؤتمر دور السلطات المركزية\n23 سبتمبر 2025 01:12\n\nانطلقت أمس في مقر وزارة العدل بأبوظبي، "
         "فعاليات مؤتمر «دور السلطات المركزية في استرداد الأصول»", "event/abu-dhabi-2025-09"),
        ("27 de abril de 2024\nLa Asociación Iberoamericana de Ministerios Públicos (AIAMP) inició ayer en Santiago "
         "de Chile su 31° asamblea.", "event/santiago-2024-04"),
        # days written as ordinals, a comma before the year, a venue between them and the city (blind batch 111)
        ("The commission attended the 11th Annual General Meeting from 21st to 22nd February, 2018 at Elilly "
         "International Hotel in Addis Ababa, Ethiopia.", "event/addis-ababa-2018-02"),
    ],
)
def test_a_meeting_the_text_describes_is_an_event(text: str, event: str) -> None:
    """A network's or organization's meeting with a place and a month: its id made as every event's."""
    assert _events(text) == {event}


def test_a_described_meeting_is_at_the_place_a_preposition_puts_it() -> None:
    """Of two places in the sentence, the one after «à» is the venue; «du ROLACC de Genève» names a seat."""
    text = ("Le Président du ROLACC de Genève préside à Vienne, au siège de l'Office des Nations Unies contre la "
            "drogue et le crime (UNODC) du 22 au 24 janvier 2019, l'Assemblée Générale de l'IAACA.")
    assert _events(text) == {"event/vienna-2019-01"}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The regional workshop took place on 5-6 September 2016, Tehran, with experts of ten States.",
         "event/tehran-2016-09"),
        ("26-27 марта 2024 года в Бишкеке состоялся совместный экспертный семинар.", "event/bishkek-2024-03"),
        ("La conférence s'est tenue du 9 au 12 octobre 2019 à Kigali au Rwanda.", "event/kigali-2019-10"),
        # an assembly, a summit in Russian (hold-out h129 and h23)
        ("La 2ème Session de l'Assemblée s'est tenue à Bangkok en Thaïlande du 9 au 11 décembre 2013.",
         "event/bangkok-2013-12"),
        ("18-19 ноября 2024 года в Рио-де-Жанейро (Бразилия) состоялся очередной саммит глав государств.",
         "event/rio-de-janeiro-2024-11"),
    ],
)
def test_a_gatherings_days_beside_its_place_make_an_event_without_a_host(text: str, event: str) -> None:
    """Regression: a workshop or conference whose holder the sentence does not name was no event, though
    its days stand beside its place."""
    assert _events(text) == {event}


@pytest.mark.parametrize(
    "text",
    [
        "The seminar took place in Kigali in October 2019.",  # no host and no day: a month is not enough
        # the days are far from the place: they may be another gathering's
        "The conference, which opened on 9 October 2019 with a speech by the minister on trade and on the "
        "economy of the region, closed in Kigali.",
        # a meeting under the Convention is its bodies': no event of its own
        "the tenth intergovernmental expert meeting under the United Nations Convention against Corruption, "
        "held in Vienna on 6–10 September 2021",
        # an address and its date, after an organization named a forum: a letter's sender, no gathering
        "От: Узбекско-германского форума по правам человека, Берлин, Германия 1 декабря 2017 г.",
        # a dateline's one day, a comma and its city: the day of filing, not a gathering's
        "7 July 2022, Vienna, Austria: representatives participated in the regional meeting.",
        # "yesterday" with no full date heading the text
        "The conference opened yesterday in Abu Dhabi.",
    ],
)
def test_no_hostless_event_without_its_days_beside_its_place(text: str) -> None:
    assert not _events(text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a month alone is no session's days, though a session was held elsewhere that month (Vienna, 2002)
        ("In October 2002, a conference was held in Dublin co-hosted by the Criminal Assets Bureau and Europol.",
         "event/dublin-2002-10"),
        # a network's congress is a gathering
        ("CARIN started at the CARIN Establishment Congress in The Hague, 22–23 September 2004.",
         "event/the-hague-2004-09"),
        # a sitting (заседание) is a gathering, and an abbreviation's dot (в г. Пекине, "in the city of Beijing")
        # ends no sentence
        ("В период с 26 по 27 января 2016 года в г. Пекине представитель Росфинмониторинга В.А. Таркин принял "
         "участие в заседании Антикоррупционной рабочей группы «Двадцати» (G-20).", "event/beijing-2016-01"),
        # so is a conclave, the press's word for a network's annual assembly
        ("Le réseau Arinwa organise chaque année une assemblée générale. Selon ces sources, ce conclave se tiendra "
         "du 05 au 09 décembre 2022 à Abidjan.", "event/abidjan-2022-12"),
    ],
)
def test_a_month_or_a_congress_makes_a_described_event(text: str, event: str) -> None:
    assert event in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "LIMA, Peru – 18 November 2015: INTERPOL and StAR opened the conference.",  # a dateline
        "2008年1月15日,维也纳(毒品和犯罪问题办公室)讯-会议将在巴厘岛举行。",  # a dateline after its date
        "中新社上海2019年4月25日电 联合国毒品和犯罪问题办公室举行会议。",  # a news agency's dateline
        "The World Bank met the Conference of the States Parties in Vienna in June 2018.",  # a body: a session
        "The ARINWA meeting in Ouagadougou was announced in 2019.",  # no month
        "Ouagadougou hosted ministers on 27 November 2019 to discuss trade.",  # no host named
        # UNODC's meeting in Bali on the Conference's second session's days (the venue named otherwise)
        "UNODC said officials of 100 States Parties will meet in Bali from 28 January to 1 February 2008.",
        # the page's own date (when it was updated), not the meeting's
        "L’assemblée générale du réseau CARIN au TJ de Paris\nMis à jour le : 03 décembre 2024\n\nDans l’auditorium",
        # the date of an act that followed the gathering, not the gathering's
        "Le réseau CARIN a été créé en septembre 2004, à la suite d’une conférence organisée par Europol à Dublin.",
        "The CARIN network was established in September 2004 following a conference hosted by Europol in Dublin.",
    ],
)
def test_no_described_event_without_every_sign(text: str) -> None:
    assert not {e for e in _events(text) if e and not e.startswith("event/merida")}


def test_a_family_name_is_no_ordinal() -> None:
    """آل ثاني (Al Thani) before the Arab Forum's name is Qatar's ruling family, not "second"."""
    text = "برعاية أمير قطر الشيخ حمد بن خليفة آل ثاني انطلاق المنتدى العربي لاسترداد الأموال"
    assert "event/marrakech-2013-10" not in _events(text)
    assert "event/marrakech-2013-10" in _events("انطلاق أعمال الدورة الثانية للمنتدى العربي لاسترداد الأموال")


def test_a_date_counted_from_is_no_dateline() -> None:
    """Regression (blind batch 55): "since February 2006" in a news item's opening dated its "11日" meeting in
    Vienna February 2006; a date after "since" is where the item counts from, not when it was written."""
    text = ("中新社香港9月12日电 香港廉政公署12日发布消息。\n胡英明11日与毒罪办执行主任在维也纳举行会议。"
            "胡英明表示,自2006年2月开始,中央人民政府指定廉署协助其他缔约国。")
    assert not _events(text)


def test_days_without_a_year_take_the_year_nearest_the_dateline() -> None:
    """A news item dated in its opening line prints the meeting's days without a year: in its month, or a month
    or two from it, the year that puts them nearest the dateline (blind batch 58: «VIENNA, 30 August 2012 – …
    a seminar in Vienna from 3 to 5 September»)."""
    text = "12 March 2015\n\nThe Basel Institute on Governance held a workshop in Nairobi on 10 and 11 March."
    assert _events(text) == {"event/nairobi-2015-03"}
    assert _events(text.replace("11 March", "11 April")) == {"event/nairobi-2015-04"}
    assert _events(text.replace("12 March 2015", "20 December 2015").replace("11 March", "11 January")) == {
        "event/nairobi-2016-01"}
    # a month further off: the item may report a meeting of the year before or announce one of the next
    assert not _events(text.replace("11 March", "11 July"))
    # no dated opening line: no year to give
    assert not _events(text.replace("12 March 2015", "Press release"))


def test_a_chinese_bare_day_is_in_its_dispatch_lines_month() -> None:
    """«30日» in a Chinese item is a day of the month its dispatch line names (本报三亚11月30日电), not of the page's
    date a day later (blind batch 116: the SCO prosecutors in Sanya, opened 30 November 2016, the page dated 1
    December)."""
    text = ("孟建柱出席上合成员国和金砖国家总检察长会议并致辞\n时间:2016-12-01  来源:检察日报\n\n"
            "本报三亚11月30日电(记者王治国)第十四次上海合作组织成员国总检察长会议30日在海南省三亚市开幕。")
    assert _events(text) == {"event/sanya-2016-11"}
    # without a dispatch line, the day is in the page date's month
    assert _events(text.replace("本报三亚11月30日电(记者王治国)", "")) == {"event/sanya-2016-12"}


def test_a_meeting_whose_days_reach_into_a_sessions_month_there_is_no_event() -> None:
    """A range across months (30 May to 1 June 2012) at a place that held a session in either month (the Review
    Group's third, Vienna, June 2012) is no meeting of its own: it was checked by its first month only."""
    text = ("Доклад о работе совещания Рабочей группы по незаконному ввозу мигрантов, проходившего в Вене 30 мая – "
            "1 июня 2012 года")
    assert not _events(text)


def test_a_described_event_has_a_node_and_its_venue() -> None:
    from arkg.ingest.extract import extract

    text = "L'ARINWA organise les 27 et 28 novembre 2019 à Ouagadougou son assemblée générale annuelle."
    batch = extract(text).to_batch()
    assert [n.id for n in batch.nodes if n.label == "Event"] == ["event/ouagadougou-2019-11"]
    assert {(e.source, e.type, e.target) for e in batch.edges if e.type == "HELD_IN"} == {
        ("event/ouagadougou-2019-11", "HELD_IN", "place/ouagadougou")}


def test_a_series_event_only_in_its_year_when_the_text_prints_years() -> None:
    """IAACA's only event in Beijing (2006) is not the meeting there that a 2024 text reports."""
    text = "2024-09-27\n会议周一起在北京举行。国际反贪局联合会主席出席。"
    assert "event/beijing-2006-10" not in _events(text)
    assert "event/beijing-2006-10" in _events("会议在北京举行。国际反贪局联合会主席出席。")


def test_an_events_own_days_without_a_year_name_it() -> None:
    """The days of the only known event at a place, printed there without a year, are that event:
    a statement headed «Mérida (Mexique) 9-11 décembre», «同年12月9日至11日» after a 2003 date."""
    assert "event/merida-2003-12" in _events("Je suis heureux de me trouver à Mérida, 9-11 décembre.")
    assert "event/merida-2003-12" in _events(
        "2003年10月31日,大会通过了公约。同年12月9日至11日,各国在墨西哥梅里达举行高级别会议。")
    assert "event/merida-2003-12" in _events("It was opened for signature in Mérida, Mexico, from 9 to 11 December.")
    # other days there, another year printed near or in the text, or a dateline's place and date
    assert not _events("Je suis heureux de me trouver à Mérida, 14-15 décembre.")
    assert not _events("It was opened in Mérida, Mexico, from 9 to 11 December 2013.")
    assert not _events("2015\n\nIt was opened in Mérida, Mexico, from 9 to 11 December.")
    assert "event/beijing-2024-09" not in _events("中評社北京9月24日電／第15屆總檢察長會議23日在香港舉行。")


@pytest.mark.parametrize("text", [
    "la conferencia de alto nivel celebrada en Mérida, México, donde se abrió a la firma esta Convención",
    "En diciembre de 2002 la Asamblea aceptó ser el anfitrión de una Conferencia Política de Alto Nivel en Mérida "
    "para la firma de la Convención.",
    "Аннан призвал все страны принять участие в Конференции, посвященной подписанию документа, которая состоится в "
    "декабре в Мериде (Мексика).",
])
def test_a_conference_to_sign_a_convention_at_its_place_is_the_signing_conference(text: str) -> None:
    """A place holds one signing conference: a sentence that speaks of a gathering there and of signing names it,
    dated or not (blind batch 60)."""
    assert "event/merida-2003-12" in _events(text)


@pytest.mark.parametrize("text", [
    "He visited Mérida in 2019 for a conference on tourism.",  # a gathering, no signing
    "Mexico signed the treaty in Mérida.",  # signing, no gathering
])
def test_no_signing_conference_without_both_words(text: str) -> None:
    assert "event/merida-2003-12" not in _events(text)


def test_a_place_of_an_event_named_close_by_describes_no_other_meeting() -> None:
    """Blind batch 59: the signing conference named at Mérida, the Convention's entry into force two years later
    in the same sentence is no meeting of Mérida's."""
    text = ("В этот день в 2003 году в мексиканском городе Мерида на политической конференции высокого уровня была "
            "открыта для подписания Конвенция ООН против коррупции и уже 14 декабря 2005 Конвенция вступила в силу.")
    assert _events(text) == {"event/merida-2003-12"}


def test_the_same_year_in_chinese_gives_a_day_without_a_year() -> None:
    """«同年12月9日» (the same year as a date before it) is a day and month; «2003年12月9日» is a full date."""
    from arkg.ingest.patterns import find_day_months

    assert [(d.month, d.first, d.last) for d in find_day_months("同年12月9日至11日")] == [(12, 9, 11)]
    assert find_day_months("2003年12月9日") == []
    # a UN document's spaced Chinese date is a full date too (the seed agenda: «将于 2017 年 8 月 24 日星期四 … 开幕»)
    assert find_day_months("会议将于 2017 年 8 月 24 日星期四上午 10 时开幕") == []


@pytest.mark.parametrize(
    ("text", "weekday"),
    [
        ("ce mardi 11 septembre", 1), ("Tuesday, 11 September", 1), ("el martes 11 de septiembre", 1),
        ("во вторник, 11 сентября", 1), ("в среду 12 сентября", 2), ("يوم الثلاثاء 11 سبتمبر", 1),
        ("9月11日（星期二）", 1), ("9月16日周日", 6), ("le 11 septembre", None), ("Tuesday. On 11 September", None),
    ],
)
def test_a_day_without_a_year_keeps_the_day_of_the_week_printed_with_it(text: str, weekday: int | None) -> None:
    """Before the day (after it in Chinese), in each language, Monday 0; not one that ends the sentence before."""
    from arkg.ingest.patterns import find_day_months

    assert [d.weekday for d in find_day_months(text)] == [weekday]


def test_a_year_where_a_session_was_held_is_no_event_there() -> None:
    """The Conference met in Marrakech in 2011, two days after IAACA's conference there: a year and a
    meeting word at Marrakech do not tell which meeting; the month does."""
    assert "event/marrakech-2011-10" not in _events("The Conference of the States Parties held in Marrakesh (2011).")
    assert "event/marrakech-2011-10" in _events("IAACA held its annual conference in Marrakesh in October 2011.")


def test_the_general_assemblys_special_session_is_a_mention_of_the_assembly() -> None:
    """A special session has no session id, and the dev set's convention gives UNGASS 2021 the General
    Assembly only: the reference data keeps the event (its days, its venue), organized by body/ga, and a
    text naming it mentions the Assembly."""
    from arkg.ingest.authority import authority

    organized = {(e.source, e.target) for e in authority().batch.edges if e.type == "ORGANIZED_BY"}
    assert ("event/new-york-2021-06", "body/ga") in organized
    for text in ("UNGASS 2021 adopted a political declaration.",
                 "la Session extraordinaire de l’Assemblée générale sur la lutte contre la corruption"):
        found = {h.id for h in linker().find(text)}
        assert "body/ga" in found and "event/new-york-2021-06" not in found


@pytest.mark.parametrize("text", [
    "国际反贪局联合会第五届研讨会24日在中国山东省济南市闭幕。",
    "The fifth IAACA seminar closed in Jinan on 24 June 2013.",
])
def test_a_series_numbered_seminar_is_not_its_numbered_conference(text: str) -> None:
    """IAACA's fifth seminar is not its fifth annual conference (Marrakech, 2011): the ordinal is the seminar's."""
    assert "event/marrakech-2011-10" not in _events(text)


def test_a_series_numbered_conference_is_still_its_event() -> None:
    assert "event/marrakech-2011-10" in _events("国际反贪局联合会第五次年会暨会员代表大会")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a day alone is of the head date's month (its own ISO date, not a labelled publication date)
        ("2013-06-25 07:32 来源:国际在线\n国际反贪局联合会第五届研讨会24日在中国山东省济南市闭幕。",
         "event/jinan-2013-06"),
        # a month of "this year" is of the head date's year
        ("2019年5月25日 来源:新华网\n国际反贪局联合会第七次年会今年9月将在北京召开。", "event/beijing-2019-09"),
        # an address names the city's region too: the meeting is the city's
        ("IAACA held a seminar in Jinan, Shandong on 24 June 2013.", "event/jinan-2013-06"),
    ],
)
def test_a_chinese_news_items_days_and_months_take_its_head_date(text: str, event: str) -> None:
    assert _events(text) == {event}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # the latest such month before the item's date: the same year, or the year before
        ("GENÈVE, 3 mars 2021 - Le réseau CARIN a tenu sa réunion plénière en février dernier à Lisbonne.",
         "event/lisbon-2021-02"),
        ("GENÈVE, 3 mars 2021 - Le réseau CARIN a tenu sa réunion plénière en avril dernier à Lisbonne.",
         "event/lisbon-2020-04"),
        ("LONDON, 4 May 2022 - Last February, the Egmont Group held a plenary meeting in Riga.",
         "event/riga-2022-02"),
        ("Madrid, 10 de junio de 2019. La red RRAG celebró el pasado mes de marzo una reunión plenaria en Lima.",
         "event/lima-2019-03"),
        # the year before, or the item's own year
        ("Москва, 12 февраля 2020 года. Сеть CARIN провела пленарное заседание в октябре прошлого года в Париже.",
         "event/paris-2019-10"),
        ("القاهرة في 5 مارس 2018 - عقدت شبكة CARIN اجتماعها العام في تموز العام الماضي في لشبونة.",
         "event/lisbon-2017-07"),
        ("2019年5月25日 来源:新华网\n国际反贪局联合会去年10月在北京召开年会。", "event/beijing-2018-10"),
        # the first such month after the item's date, or the year after, or the item's own
        ("RABAT, 15 mars 2011 - Le réseau CARIN tiendra sa réunion plénière en octobre prochain à Lisbonne.",
         "event/lisbon-2011-10"),
        ("RABAT, 15 mars 2011 - Le réseau CARIN tiendra sa réunion plénière en février prochain à Lisbonne.",
         "event/lisbon-2012-02"),
        ("Москва, 12 февраля 2020 года. Сеть CARIN проведет пленарное заседание в Париже в марте следующего года.",
         "event/paris-2021-03"),
        ("RABAT, 15 mars 2011 - La réunion plénière du réseau CARIN s'est tenue du 9 au 10 mars courant à Lisbonne.",
         "event/lisbon-2011-03"),
    ],
)
def test_a_month_dated_by_the_items_own_date(text: str, event: str) -> None:
    """``en février dernier``, ``last February``, ``в октябре прошлого года``, ``去年10月``: a month printed without a
    year but dated by the news item's head date (the latest such month before it, or the year before)."""
    assert _events(text) == {event}


def test_an_acts_date_before_following_a_conference_describes_no_meeting() -> None:
    """«créé en septembre 2004, à la suite d'une conférence … à Dublin»: September 2004 is the creation's date,
    not a meeting's at the place a heading just above names."""
    text = ("Réunion du comité de pilotage du réseau CARIN à Lisbonne\n\nLe réseau CARIN a été créé en septembre "
            "2004, à la suite d'une conférence réunissant les États membres à Dublin.")
    assert not {e for e in _events(text) if e and e.endswith("2004-09")}


def test_a_month_and_place_of_a_session_named_beside_them_are_the_sessions() -> None:
    """The fourth session was held in Marrakech in October 2011, and so was IAACA's fifth conference: a sentence
    that names the session (or the Conference) there and then describes no event."""
    session = ("En octobre 2011, Marrakech avait accueilli la quatrième session de la Conférence des États parties "
               "à la Convention des Nations Unies contre la corruption.")
    assert "event/marrakech-2011-10" not in _events(session)
    assert "event/marrakech-2011-10" in _events(
        "En octobre 2011, Marrakech avait accueilli la conférence annuelle de l'IAACA.")


def test_the_modal_may_is_no_month() -> None:
    from arkg.ingest.patterns import find_relative_months

    text = "the delegation may this year ask for more; in May this year it met"
    assert [(r.start, r.month, r.year) for r in find_relative_months(text)] == [(text.index("May"), 5, "0")]


@pytest.mark.parametrize("text", [
    # a labelled publication date is the page's, not the item's: the day alone is of the dateline's month (May)
    "发布时间:2024-11-01 13:37:44\n人民网香港5月25日电 由国际反贪局联合会主办的国际会议24日在香港闭幕。",
    # a date deep in the text is no head date for "this year"
    "瑞士将返还资金。" + "据报道，" * 60 + "1998年6月他去世。今年3月国际反贪局联合会在华盛顿举行会议。",
])
def test_no_head_date_from_a_page_date_or_a_date_deep_in_the_text(text: str) -> None:
    assert not {e for e in _events(text) if e and e.endswith(("2024-11", "1998-03"))}


def test_a_date_opening_its_line_then_a_comma_and_the_place_is_no_dateline() -> None:
    """Regression: «二00六年四月,在维也纳举行了…磋商会议» (the date, a comma, then "in Vienna") opens its line
    as a dateline does, but is the meeting's date."""
    text = "二00六年四月,在维也纳举行了关于成立国际反贪局联合会的特别磋商会议。"
    assert _events(text) == {"event/vienna-2006-04"}
    assert not _events("2008年1月15日,维也纳(毒品和犯罪问题办公室)讯-国际反贪局联合会的会议将举行。")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Dakar (Sénégal), le 23 novembre 2022 – La corruption reste un obstacle.\nEnviron 80 experts se "
         "réunissent cette semaine au Sénégal pour le lancement de la plateforme de l'ONUDC, lors d'une réunion "
         "de cinq jours.", "event/dakar-2022-11"),
        ("21 de noviembre de 2019\nMEDELLÍN (Colombia) - Las transacciones corruptas cruzan fronteras.\nUnos 250 "
         "participantes se dieron cita en la Conferencia Mundial de INTERPOL que se celebró del 18 al 20 de "
         "noviembre.", "event/medellin-2019-11"),
    ],
)
def test_the_meeting_a_news_item_reports_at_its_datelines_place(text: str, event: str) -> None:
    """Rule 4 (blind batch 79): a dateline's place, and after it a gathering a host holds this week or on days
    the item's date dates, with no other place named: the meeting there that month."""
    assert _events(text) == {event}


@pytest.mark.parametrize(
    "text",
    [
        # another place: the meeting is there, not at the dateline's
        "Dakar (Sénégal), le 23 novembre 2022 – Des experts se réunissent cette semaine à Abidjan pour une "
        "réunion de l'ONUDC.",
        # no host named
        "Dakar (Sénégal), le 23 novembre 2022 – Des experts se réunissent cette semaine pour une réunion.",
        # no day, week or month of the meeting
        "Dakar (Sénégal), le 23 novembre 2022 – L'ONUDC a tenu de nombreuses réunions sur la corruption.",
        # no dateline: the place does not open the item
        "Le 23 novembre 2022, à Dakar, l'ONUDC a parlé. Des experts se réunissent cette semaine pour une réunion "
        "de l'ONUDC.",
        # a body's session, not an event
        "Sharm el-Sheikh (Egypt), 14 December 2021 – The Conference of the States Parties meets this week with "
        "UNODC at its ninth session.",
    ],
)
def test_no_meeting_at_the_dateline_without_a_host_a_date_or_with_another_place(text: str) -> None:
    assert not {e for e in _events(text) if e and ("dakar" in e or "sharm" in e)}


def test_a_dateline_printing_a_range_of_days_prints_the_meetings() -> None:
    """A dateline's range of days is the meeting's (an item is filed on one day), so the lede's gathering of a host
    is at the dateline's place that month, and the State of a delegation it names is no other venue; another place
    named still is, and one day on the dateline dates the item, not the meeting."""
    text = ("Victoria Falls, Zimbabwe – 2 au 4 décembre 2025\n\nLa délégation Malgache, point focal de l’ARINSA, a "
            "pris part à la 16ᵉ Assemblée générale annuelle de l’ARINSA.")
    assert _events(text) == {"event/victoria-falls-2025-12"}
    assert _events(text.replace("2 au 4 décembre", "4 décembre")) == set()
    assert "event/victoria-falls-2025-12" not in _events(text.replace("Malgache", "réunie à Pretoria"))


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The 16th ARINSA AGM took place in Vienna in December 2025.", "event/vienna-2025-12"),
        ("L’annonce a été faite le 30 mai 2016 lors d’un colloque international de l’ONUDC à Tunis.",
         "event/tunis-2016-05"),
        ("A symposium of the Basel Institute on Governance was held in Lausanne in June 2019.",
         "event/lausanne-2019-06"),
        ("A round table of the GlobE Network took place in Geneva in April 2018.", "event/geneva-2018-04"),
        ("Круглый стол сети GlobE прошел в Минске в мае 2019 года.", "event/minsk-2019-05"),
        ("联合国毒品和犯罪问题办公室于2019年5月在北京举行座谈会。", "event/beijing-2019-05"),
        # plurals that do not hold the singular: reuniones (reunión), ندوات (ندوة), ورش عمل (ورشة)
        ("La UNODC celebró reuniones en Lima en marzo de 2015.", "event/lima-2015-03"),
        ("نظم مكتب الأمم المتحدة المعني بالمخدرات والجريمة ندوات في القاهرة في يونيو 2013.", "event/cairo-2013-06"),
        ("نظم مكتب الأمم المتحدة المعني بالمخدرات والجريمة ورش عمل في القاهرة في يونيو 2013.", "event/cairo-2013-06"),
    ],
)
def test_agms_colloquia_symposia_and_round_tables_are_gatherings(text: str, event: str) -> None:
    """An annual general meeting by its abbreviation (upper case: «agm» is no gathering), a colloquium, a symposium,
    a round table, and meetings, seminars and workshops in the plural, a host holds at a place in a month are events
    like its meeting."""
    assert _events(text) == {event}
    assert _events(text.replace("AGM", "agm")) == ({event} if "AGM" not in text else set())


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("The UNODC held training meetings in Doha in April 2012, in Sharm el Sheikh in June 2013 and London in "
         "September 2013.", {"event/doha-2012-04", "event/sharm-el-sheikh-2013-06", "event/london-2013-09"}),
        ("L’ONUDC a tenu des réunions à Tunis en juin 2013 et Rabat en septembre 2013.",
         {"event/tunis-2013-06", "event/rabat-2013-09"}),
        ("Las reuniones de la UNODC se celebraron en Lima en marzo de 2015 y Quito en mayo de 2016.",
         {"event/lima-2015-03", "event/quito-2016-05"}),
    ],
)
def test_each_place_of_a_list_takes_the_date_after_it(text: str, events: set[str]) -> None:
    """Blind batch 125: in a list of places each with its month, a place's own date follows it, though the one before
    it may stand as near; a place a conjunction joins to one a preposition put the meeting at is a venue too."""
    assert _events(text) == events


_BEFORE_FORUM = ("La Tunisie réclame depuis la révolution de 2011 les avoirs du clan Ben Ali déposés à l’étranger, en "
                 "Suisse comme au Canada, et la procédure judiciaire suit son cours devant plusieurs tribunaux.\n\n")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Le président s’est exprimé au forum arabe sur le recouvrement des avoirs, qui a démarré ce mardi 11 "
         "septembre à Doha.", "event/doha-2012-09"),
        ("El presidente habló en el Foro Árabe sobre Recuperación de Activos, que se inauguró el martes 11 de "
         "septiembre en Doha.", "event/doha-2012-09"),
        ("Президент выступил на Арабском форуме по возвращению активов, открывшемся во вторник, 11 сентября, в Дохе.",
         "event/doha-2012-09"),
        ("The president spoke at the Arab Forum on Asset Recovery, which opened on Tuesday, 11 September in Doha.",
         "event/doha-2012-09"),
    ],
)
def test_a_day_of_the_week_printed_with_the_day_tells_the_events_year(text: str, event: str) -> None:
    """Blind batch 128: «qui a démarré ce mardi 11 septembre à Doha», in a text that prints 2011 for something else:
    11 September 2012, the first Arab Forum's opening day, was a Tuesday; another day of the week is another year."""
    assert _events(_BEFORE_FORUM + text) == {event}
    for other in ("mardi", "martes", "вторник", "Tuesday"):
        text = text.replace(other, {"mardi": "lundi", "martes": "lunes", "вторник": "понедельник"}.get(other, "Monday"))
    assert _events(_BEFORE_FORUM + text) == set()


def test_a_commissions_numbered_session_in_chinese_is_no_event() -> None:
    """Blind batch 127: «第27届会议» (届会议, a UN body's numbered session: the Crime Commission's) is a session, as
    «27th session» is, not a meeting a host holds; «第五届国际会议», an international conference, still is."""
    assert _events("联合国毒品和犯罪问题办公室在2018年5月14日至18日于维也纳举行的联合国预防犯罪和刑事司法委员会第27届"
                   "会议期间签署了计划。") == set()
    assert _events("联合国毒品和犯罪问题办公室于2019年5月在北京举行第五届国际会议。") == {"event/beijing-2019-05"}


def test_the_gathering_named_again_with_its_days_after_the_host_s_sentence() -> None:
    """Blind batch 129 (INTERPOL's page, dated in Arabic with an Arabic comma before the year): the host's gathering
    named in one sentence of the item and its days in a later one, at the dateline's place, that month."""
    text = ("First Meeting of the Expert Working Group\n\n١٦ مايو، ٢٠١٤\n\nROME, Italy – Assets were the focus of an "
            "Expert Working Group.\n\nSome 130 experts attended the first meeting organized by INTERPOL.\n\nDuring the "
            "three-day (14 – 16 May) meeting, the experts discussed a range of issues.")
    assert _events(text) == {"event/rome-2014-05"}
    assert _events(text.replace("organized by INTERPOL", "organized there")) == set()  # no host named
    assert _events(text.replace(" (14 – 16 May)", "")) == set()  # no days of the meeting


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("Réuni à Accra du 01 au 04 octobre 2024, le Réseau inter-agences de recouvrement des avoirs pour l’Afrique "
         "de l’Ouest (ARINWA) l’a porté au poste de Président.", {"event/accra-2024-10"}),
        ("Les points focaux des ARIN sont réunis depuis le mercredi 10 septembre 2025 à Abidjan, à l’occasion de la "
         "12e session d’ARIN Talk.", {"event/abidjan-2025-09"}),
        ("Reunidos en Lima el 5 de octubre de 2017, los miembros de la Red de Recuperación de Activos del GAFILAT "
         "(RRAG) aprobaron el plan.", {"event/lima-2017-10"}),
        # met again and again: no one event
        ("Avec l'appui de l'ONUDC, les membres de l'OFNAC se sont réunis régulièrement à Dakar depuis le 24 mars 2015.",
         set()),
    ],
)
def test_a_host_that_met_at_a_place_on_its_days(text: str, events: set[str]) -> None:
    """Blind batch 129: «Réuni à Accra du 01 au 04 octobre 2024, le Réseau … (ARINWA)»: the host met there (réuni,
    reunidos, convened); a meeting held regularly since a day is no event."""
    assert _events(text) == events


def test_a_dateline_closed_by_the_agency_s_name_in_slashes() -> None:
    """Blind batch 133 (MONTSAME): «Ulaanbaatar, September 24, 2025 /MONTSAME/. The plenary meeting of the … (ARIN-AP)
    is being held in Ulaanbaatar»: the agency's name in slashes closes the dateline as a dash does."""
    text = ("PM Zandashatar: ‘We Will Support the Network’\nPolitics\nUlaanbaatar, September 24, 2025 /MONTSAME/. The "
            "plenary meeting of\nthe Asset Recovery Interagency Network Asia Pacific (ARIN-AP) is being held in\n"
            "Ulaanbaatar, Mongolia.")
    assert _events(text) == {"event/ulaanbaatar-2025-09"}
    assert _events(text.replace("/MONTSAME/.", "")) == set()


def test_a_network_s_workshop_on_a_session_s_days_elsewhere_is_its_own() -> None:
    """Blind batch 133: ARINSA's and UNODC's workshops in Windhoek on 10–13 June 2024, while the Review Group met in
    Vienna (10–14 June 2024): a network's gathering at another place is no session's; without a network named, the
    session's days still keep the meeting from being an event."""
    text = ("From June 10-13, 2024, the United Nations Office on Drugs and Crime (UNODC), in collaboration with the "
            "Asset Recovery Inter-Agency Network of Southern Africa (ARINSA), organized two important workshops in "
            "Windhoek, Namibia.")
    assert _events(text) == {"event/windhoek-2024-06"}
    assert _events(text.replace(", in collaboration with the Asset Recovery Inter-Agency Network of Southern Africa "
                                "(ARINSA)", "")) == set()


def test_where_delegates_came_from_is_no_venue() -> None:
    """Blind batch 133: IAACA's founding in Beijing, «来自中国大陆以及香港、澳门的141名代表»: Hong Kong is where
    delegates came from, not where IAACA met (its conference there in 2024 is not this text's)."""
    text = ("国际反贪局联合会第一次会议在北京举行。来自中国大陆以及香港、澳门的141名代表参加了国际反贪局联合会的会议。")
    assert "event/hong-kong-2024-05" not in _events(text)


def test_a_host_at_a_place_in_a_month_without_a_gathering_is_no_event() -> None:
    assert _events("联合国毒品和犯罪问题办公室于2019年5月在北京举行工作。") == set()
    assert _events("The GlobE Network took its place in Geneva in April 2018.") == set()


def test_a_place_opening_a_line_as_the_sentences_subject_is_no_dateline() -> None:
    """Blind batch 82: «Ouagadougou abrite les 27 et 28 novembre 2019 une assemblée générale du Réseau … ARINWA»
    opens its line with the place, a verb after it: the meeting there, not a dateline. A title's capitalised word
    after the place (a page's heading «Bali Conference to …») leaves it a dateline's."""
    text = ("Ouagadougou abrite les 27 et 28 novembre 2019 une assemblée générale du Réseau inter-agences de "
            "recouvrement des avoirs pour l'Afrique de l'Ouest, mieux connu sous l'acronyme anglais ARINWA.")
    assert _events(text) == {"event/ouagadougou-2019-11"}
    heading = ("Ouagadougou Meeting of Experts\nThe network's general assembly, ARINWA, met on 27 and 28 November "
               "2019.")
    assert _events(heading) == set()


def test_a_meeting_heading_with_its_place_state_and_days_is_the_meeting() -> None:
    """Blind batch 89: «8th WACAP Plenary Meeting Cotonou, Benin 20 -23 November 2018»: a place, its State and a
    range of days, with no host the reference data knows, is a meeting's heading (a letter is dated by one day)."""
    assert _events("9th WACAP Plenary Meeting Vienna, Austria 29 – 31 January 2020") == {"event/vienna-2020-01"}
    assert _events("8th WACAP Plenary Meeting Cotonou, Benin 20 -23 November 2018") == {"event/cotonou-2018-11"}
    # one day after the place and its State: a letter's address and date
    assert _events("Plenary meeting, Vienna, Austria, 29 January 2020") == set()


def test_a_statements_heading_names_the_gathering_it_was_made_at_before_its_place_and_day() -> None:
    """Blind batch 121: the gathering a statement was made "at", its place, State and one day: the gathering's day,
    not a letter's date."""
    text = ("Statement of the Patron of the TMF, Thabo Mbeki, at the EFCC-hosted 8th Conference of the Heads of "
            "Anti-Corruption Agencies in Commonwealth Africa: Abuja, Nigeria: 14 May, 2018.")
    assert _events(text) == {"event/abuja-2018-05"}
    assert _events("Remarks at the Plenary meeting, Vienna, Austria, 29 January 2020") == {"event/vienna-2020-01"}
    # a press conference is no event; a sender's forum named without "at" is an address
    assert _events("Remarks at the press conference, Vienna, Austria, 29 January 2020") == set()
    assert _events("От: Узбекско-германского форума по правам человека, Берлин, Германия 1 декабря 2017 г.") == set()


def test_a_series_numbered_gathering_is_its_own_event_not_the_series_known_one_at_that_place() -> None:
    """Blind batch 99: the ICAC's seventh symposium (Hong Kong, May 2019, events.csv) in a text that names IAACA, whose
    eleventh conference was the eighth symposium there: the seventh, not the eleventh."""
    text = "今年5月逾500名代表雲集香港。廉政公署第七屆國際會議結束後,與會者出席由廉署與國際反貪局聯合會合辦的培訓課程。"
    found = {m.id for m in extract(text, name="icac.zh-Hant.txt").mentions if m.type == "Event"}
    assert found == {"event/hong-kong-2019-05"}


def test_an_event_s_every_day_printed_at_its_place_dates_it_though_the_text_prints_another_year() -> None:
    """Hold-out h101: «Esta tendrá lugar del 9 al 11 de diciembre en la Ciudad de Mérida» in a text that dates
    something else 2001: all the signing conference's days, first to last, at its place; one of its days alone is
    not enough where another year is printed."""
    text = ("En 2001 la Asamblea General decidió que la Convención se abriera a firma en una Conferencia de Alto "
            "Nivel. Esta tendrá lugar del 9 al 11 de diciembre en la Ciudad de Mérida, Yucatán.")
    assert _events(text) == {"event/merida-2003-12"}
    assert not _events("En 2001 se decidió. El 10 de diciembre hubo un acto en Mérida.")


def test_the_lede_of_a_dated_dateline_reports_that_day_s_gathering() -> None:
    """Blind batch 101: «Dar es Salaam, 12 June 2019-- … at the launch of the 10th ARINSA Anniversary and Annual General
    Meeting»: the lede of an item whose dateline prints its day (its dash glued to the year) reports that month's
    gathering of the host it names; a later sentence without days does not."""
    lede = ("Dar es Salaam, 12 June 2019-- Assets were confiscated in 2018, the Vice-President said at the launch of "
            "the 10th ARINSA Anniversary and Annual General Meeting.")
    assert _events(lede) == {"event/dar-es-salaam-2019-06"}
    later = ("Dar es Salaam, 12 June 2019-- Assets were confiscated in 2018, the Vice-President said. The ministers "
             "spoke of crime. ARINSA will hold its Annual General Meeting.")
    assert not _events(later)


@pytest.mark.parametrize("text", [
    "The minister gave a press conference in London on 18 March 2014 about stolen assets.",
    "Le ministre a tenu une conférence de presse à Paris le 3 mai 2016.",
])
def test_a_press_conference_is_no_event(text: str) -> None:
    assert not _events(text)


def test_a_series_known_event_at_a_place_is_not_matched_where_another_state_s_place_stands_near() -> None:
    """Blind batch 103: IAACA's annual meeting «在卡塔爾首都多哈舉行», its president staying in Hong Kong: not the
    series' known conference in Hong Kong (2024)."""
    text = ("廉政專員胡英明日前以國際反貪局聯合會主席身分，透過視像方式，出席在卡塔爾首都多哈舉行的聯合會"
            "周年大會並致開幕辭。他表示，他有責任留守香港，全力確保調查的良好進度。\n\n胡英明原定親身率團前往多哈，"
            "於12月12至14日主持聯合會執行委員會會議及出席周年大會。")
    found = {m.id for m in extract(text, name="hk01.zh-Hant.txt").mentions if m.type == "Event"}
    assert "event/hong-kong-2024-05" not in found


def test_a_date_joined_to_a_place_dates_what_happened_there() -> None:
    """A full date joined to the place by a preposition (``于2015年1月20日在英国伦敦病逝``) is its date: the month
    printed earlier in the sentence (a conviction in April 2014) dates no event held there."""
    text = "兄弟在2014年4月被判有罪确定,汪传浦并于2015年1月20日在英国伦敦病逝。"
    assert "event/london-2014-04" not in {m.id for m in extract(text, name="t.txt").mentions}
    assert "event/london-2014-04" in {m.id for m in extract(text.replace("于2015年1月20日在英国", "在"),
                                                             name="t.txt").mentions}
