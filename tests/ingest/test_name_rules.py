"""Country and place names that are also ordinary words, instruments and US states (ingest/name_rules.py)."""

from __future__ import annotations

import pytest

from arkg.ingest.linker import linker


def _ids(text: str) -> set[str | None]:
    return {h.id for h in linker().find(text)}


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Именно того же мнения придерживается делегация.", None, "country/TGO"),
        ("Делегации Того и Бенина выступили.", "country/TGO", None),
        ("Chad asked for the floor and spoke at length.", None, "country/TCD"),
        ("Niger, Chad and Mali signed.", "country/TCD", None),
        ("the Republic of Chad", "country/TCD", None),
        ("الإطار المالي للدولة", None, "country/MLI"),
        ("وفد جمهورية مالي", "country/MLI", None),
        ("The conference met in Atlanta, Georgia, in December.", "place/georgia", "country/GEO"),
        ("Georgia and Armenia ratified the Convention.", "country/GEO", "place/georgia"),
        ("contribuir a la paz y la seguridad", None, "place/la-paz"),  # peace: a name's short words, lower-case
        ("La reunión se celebró en La Paz.", "place/la-paz", None),
        ("Сессия пройдет в Атланте, США, в декабре.", "country/USA", None),  # the city's own country
        ("The session opens in Atlanta, United States, on Monday.", "country/USA", None),
        ("la Convención de Mérida de 2003", None, "place/merida"),
        ("la Convención de Mérida de 2003", "uncac", None),  # the Convention's other name (sources)
        ("l'initiative de Riyad a lancé le réseau", None, "place/riyadh"),  # a city inside an initiative's name
        ("the Riyadh Initiative launched the network", None, "place/riyadh"),
        ("مبادرة الرياض لإنشاء الشبكة", None, "place/riyadh"),
        ("提出利雅得倡议", None, "place/riyadh"),
        # ... but not across a comma: a dateline's city before its kind (blind batch 114: the Swiss press release)
        ("Berne, Communiqué de presse, 01.11.2014", "place/bern", None),
        ("the Vienna Communiqué of 2019", None, "place/vienna"),
        # a street named after a place or a person, its word ending the line before (blind batch 116: the CIS in Minsk)
        ("в Исполнительном комитете СНГ в Минске (ул.\nКирова, 17, зал заседаний)", None, "place/kirov"),
        ("на улице Кирова", None, "place/kirov"),
        ("в Кирове прошла встреча", "place/kirov", None),
        # ... or an outcome document's: APEC's Santiago Commitment (blind batch 111)
        ("各經濟體履行圣地亞哥承諾、行動計劃", None, "place/santiago"),
        ("the Santiago Commitment to Fight Corruption and Ensure Transparency", None, "place/santiago"),
        ("el Compromiso de Santiago para combatir la corrupción", None, "place/santiago"),
        ("l'Engagement de Santiago", None, "place/santiago"),
        ("会议在圣地亚哥举行。", "place/santiago", None),
        ("ماهي الإجراءات المتخذة", None, "place/victoria"),  # "what is", not Mahé (the island Victoria is on)
        ("la extradición de Mauricio Alonso Toledo a México desde Chile", None, "country/MUS"),  # a first name
        ("Victoria Nuland met the Ukrainian and Russian delegations", None, "place/victoria"),
        # a city's name as a person's family name: after a given name, or between a word and a surname
        ("Law students Michelle Kennedy and Cassandra Myers attended", None, "place/kennedy"),
        ("le secrétaire général, Abdelrazak Ben Salem, a révélé", None, "place/salem"),
        ("el fiscal Hamilton Castro realizó un acuerdo", None, "place/hamilton"),
        ("The session was held in Arusha in March.", "place/arusha", None),
        ("8th WACAP Plenary Meeting Cotonou, Benin 20 -23 November 2018", "place/cotonou", None),  # its State after
        ("the Hotel Sheraton Abuja welcomed the delegates", "place/abuja", None),  # a capital is no family name
        ("los miembros de la Mesa de la Conferencia", None, "place/mesa"),  # a noun after its article (the Bureau)
        ("de las 19 propiedades aseguradas en este juicio en Miami", "place/miami", None),
        ("Mauricio y Seychelles firmaron", "country/MUS", None),
        # a Russian name ending in a vowel keeps an ending: the bare stem is a first name (blind batch 87)
        ("Генеральный прокурор Доминик Грив объявил об этом", None, "country/DMA"),
        ("делегации Доминики и Кубы", "country/DMA", None),
        ("se reunió con sus pares de Panamá y Suiza, Kenia Porcell y Michael Lauber", None, "country/KEN"),
        ("La delegación viajó a Kenia y Uganda", "country/KEN", None),
        ("el titular de la Unidad de Inteligencia Financiera, Santiago Nieto.", None, "place/santiago"),
        ("La reunión se celebró en Santiago.", "place/santiago", None),
        ("巴基斯坦常驻联合国代表穆尼尔·阿克拉姆表示", "country/PAK", "place/accra"),  # a person's name (Akram)
        ("马利特·玛拉齐甘写道", None, "country/MLI"),  # Marlette, not Mali
        ("中国·东盟博览会", "country/CHN", None),  # a dot between two names, each whole
        ("巴塞尔治理研究所发布报告", None, "place/basel"),  # an institute named after its city
        ("платформа для ускоренного внедрения КПК ООН", "uncac", "org/un"),  # its Russian abbreviation (source)
        ("Группа «Эгмонт» поддержала это решение", "org/egmont-group", None),  # names read in sources
        ("dijo el director de la Oficina contra las Drogas y el Delito", "org/unodc", None),  # UN News, 2003
        ("担任联合国毒品与犯罪问题办公室执行主任", "org/unodc", None),  # Xinhua, 2010
        ("以及联合国毒品和犯罪办公室官员", "org/unodc", None),  # Legal Daily, 2017
        ("انضمت الجزائر إلى مجموعة اغمونت", "org/egmont-group", None),
        ("افتتح أشغاله بمدينة سان بطرسبورغ الروسية", "place/saint-petersburg", None),
        ("في مدينة سانت بطرسبرج", "place/saint-petersburg", None),
        ("the Stockholm Programme on justice", None, "place/stockholm"),
        ("La résolution de Marrakech, fondatrice de la prévention", None, "place/marrakech"),
        ("the Marrakech resolution on prevention", None, "place/marrakech"),
        # a lower-case prefix before a capital is a name's own spelling, not a common word
        ("Angola, Botswana, eSwatini and Kenya", "country/SWZ", None),
        ("the eswatini word", None, "country/SWZ"),
        # an address: a province a space apart from its city (江苏 南京 210004)
        ("(江苏省社会科学院 廉政与治理研究中心,江苏 南京 210004)", "place/jiangsu", None),
        ("《北京反腐败宣言》", None, "place/beijing"),
        ("支持发展中国家的努力", None, "country/CHN"),
        ("在这方面的做法方面", None, "country/FRA"),
        ("the peru-based company mexico", None, "country/PER"),
        ("Lausanne IX took place", "initiative/lausanne-process", "place/lausanne"),
        ("des centaines de millions de dollars américains", None, "country/USA"),
        ("20 millones de dólares estadounidenses", None, "country/USA"),
        ("возвращено 5 млн долларов США", None, "country/USA"),
        ("استرجاع 28 مليون دولار أمريكي", None, "country/USA"),
        ("20 million US dollars and 3 Canadian dollars", None, "country/CAN"),
        ("20 million US dollars", None, "country/USA"),
        ("16.8 million dollars and 4.2 million British pounds", None, "country/GBR"),
        ("10 millions de francs suisses restitués", None, "country/CHE"),
        ("вернула 10 млн швейцарских франков", None, "country/CHE"),
        ("返还了1000万瑞士法郎", None, "country/CHE"),
        ("British authorities froze the accounts", "country/GBR", None),
        ("La Grande-Bretagne s'est engagée à reverser les fonds.", "country/GBR", None),
        ("Gran Bretaña se comprometió a devolverlos.", "country/GBR", None),
        ("وتعهدت بريطانيا بإعادة الأموال.", "country/GBR", None),
        ("la Bretagne et la Normandie", None, "country/GBR"),
        ("Генпрокуратура РФ сообщила о возврате активов.", "country/RUS", None),
        ("посол КНР в Москве", "country/CHN", None),
        ("le Premier ministre de la RDC", "country/COD", None),
        ("沙特是中国在中东地区第一大贸易伙伴", "country/SAU", None),
        ("Ivory Coast and Ghana signed.", "country/CIV", None),
        ("8月29日至31日在泰国首都曼谷联合举办区域反腐败执法会议", "place/bangkok", None),  # the capital X
        ("el dictador de Zaire, Mobutu", "country/COD", None),  # the State's name from 1971 to 1997
        ("الملتقى الذي ينعقد من 4 إلى 6 ديسمبر بواشنطن", "place/washington-dc", None),
        ("حاكم ولاية واشنطن", None, "place/washington-dc"),  # the US state, not the capital
        ("un institut associé à l'université de Bâle", None, "place/basel"),  # named after its city
        ("a professor at the University of Basel", None, "place/basel"),
        ("la réunion s'est tenue à Bâle", "place/basel", None),
        ("La session se tient à Atlanta, en Géorgie (USA), en décembre.", "place/georgia", "country/GEO"),
        ("La Géorgie (pays) a ratifié la Convention.", "country/GEO", "place/georgia"),
        # a word for a federal state before a US state's name, or the United States' adjective after it
        ("انعقد المؤتمر في مدينة أتلانتا بولاية جورجيا", "place/georgia", "country/GEO"),
        ("في ولاية جورجيا الأمريكية عقد المؤتمر", "place/georgia", "country/GEO"),
        ("the session met in the U.S. state of Georgia", "place/georgia", "country/GEO"),
        ("la session s'est tenue dans l'État de Géorgie", "place/georgia", "country/GEO"),
        ("la sesión se celebró en el estado de Georgia", "place/georgia", "country/GEO"),
        ("the State of Qatar and Georgia signed", "country/GEO", "place/georgia"),  # no US state named Qatar
        ("the State of Qatar and Georgia signed", "country/QAT", None),
        ("جورجيا وأوكرانيا وقعتا", "country/GEO", "place/georgia"),
        # a pact named after a city (UNODC's Paris Pact), «international» after a State's name's 国 (执法国际协作)
        ("Source: Paris Pact. The network met in Dushanbe.", None, "place/paris"),
        ("le Pacte de Paris et l'ONUDC", None, "place/paris"),
        ("要加强反腐败综合执法国际协作", None, "country/FRA"),
        ("他多次向香港转移违法所得", "place/hong-kong", None),  # towards a place
        # after a list's word or mark a name opens a word: 以及伦敦, 、澳门
        ("从马尼拉到纽约的房地产,以及伦敦一家画廊的画作", "place/london", None),
        ("北京、澳门各有一个代表团", "place/macao", None),
        ("联合报／ 记者张宏业／台北即时报导", "place/taipei", None),  # a byline's slash
        ("法国和德国签署了协议", "country/FRA", None),
        # a declaration named after a city, its hamza shifted or dropped as the web writes it
        ("المبادئ الواردة في أعلان مراكش الصادر عن المؤتمر", None, "place/marrakech"),
        ("المبادئ الواردة في اعلان مراكش الصادر عن المؤتمر", None, "place/marrakech"),
        # a declaration after its city in French or Spanish spelling (blind batch 132: «the Marrakech déclaration»)
        ("« Putting the Marrakech déclaration on the prevention of corruption in practice »", None, "place/marrakech"),
        ("la Marrakech Declaración sobre prevención", None, "place/marrakech"),
        # an agreement named by a quoted city (blind batch 128: the OIC's Makkah agreement), and the city unquoted
        ("يوقع على اتفاقية “مكة المكرمة” للتعاون في إنفاذ قوانين مكافحة الفساد", None, "place/makkah"),
        ("وقعت الدول على اتفاقية \"مكة المكرمة\" للتعاون", None, "place/makkah"),
        ("عقد الاجتماع في مكة المكرمة لمكافحة الفساد", "place/makkah", None),
        ("США и Россия подписали соглашение", "country/USA", None),
        ("中新社北京十月二十三日电 题:国际反贪局联合会", "place/beijing", None),
        # hyphenated Russian names in their cases (the linker reads an ending only at a name's end)
        ("представители Коста-Рики и Шри-Ланки", "country/CRI", None),
        ("представители Коста-Рики и Шри-Ланки", "country/LKA", None),
        # a name a State and its capital share: French chooses by preposition or article; a list, the State
        ("La réunion s'est tenue à Guatemala en mai.", "place/guatemala-city", "country/GTM"),
        ("Le délégué du Guatemala a pris la parole.", "country/GTM", "place/guatemala-city"),
        ("Elle vit au Koweït et travaille à Mexico.", "place/mexico-city", None),
        ("Les sessions se tiendront au Maroc et au Panama.", "country/PAN", "place/panama-city"),
        ("la Conférence se réunira dans la ville de Panama", "place/panama-city", "country/PAN"),
        # the government, people or embassy of a name a State and its capital share: the State
        ("Let me thank the Government of Panama for hosting this session in this beautiful city",
         "country/PAN", "place/panama-city"),
        ("el Gobierno de Guatemala", "country/GTM", "place/guatemala-city"),
        # a State whose name is a common word (a first name), after one of its cities and a comma
        ("Yesterday in Amman, Jordan began the Conference", "country/JOR", None),
        ("Michael Jordan said", None, "country/JOR"),
        ("会议将分别在摩洛哥和巴拿马举行", "country/PAN", None),
        # a region named before its network's name in brackets (rule 6), not before a network's name alone
        ("experts of the networks of Europe (CARIN) and South Africa (ARINSA) took part", None, "country/ZAF"),
        ("South Africa and ARINSA hosted the meeting", "country/ZAF", None),
        ("5 países de la UE (Alemania, España)", "org/eu", None),
        ("El Instituto de Basilea ha estado apoyando", "org/basel-institute", None),
        # the UN's office at Vienna is a name of its own, not the city (the set's convention: UNOV is Other)
        ("directrice générale de l’Office des Nations Unies à Vienne et", None, "place/vienna"),
        ("the United Nations Office at Vienna hosted", None, "place/vienna"),
        ("la réunion s'est tenue à Vienne", "place/vienna", None),
        # a body named after its seat is not the place; the place itself is
        ("l'Institut de Bâle sur la gouvernance a publié", None, "place/basel"),
        ("the Basel Committee on Banking Supervision", None, "place/basel"),
        ("le séminaire s'est tenu à Bâle en mai", "place/basel", None),
        # a short Russian stem takes only the cases of its own name: Сани (Abacha's first name) is no Сана
        ("украденных экс-диктатором Сани Абачей", None, "place/sanaa"),
        ("переговоры в Сане (Йемен)", "place/sanaa", None),
        # America the continent (rule 7)
        ("the Ibero-American Association of Public Ministries", None, "country/USA"),
        ("Latin American and Caribbean States", None, "country/USA"),
        ("les pays sud-américains", None, "country/USA"),
        ("an American court ordered the return", "country/USA", None),
        # ... qualifying countries, before or after them (blind batch 112: Tunisia's rogatory letters)
        ("27 إنابة قضائية في البلدان العربية و12 انابة في البلدان الامريكية", None, "country/USA"),
        ("la coopération avec les pays américains et européens", None, "country/USA"),
        ("los países americanos firmaron", None, "country/USA"),
        ("Several American countries signed", None, "country/USA"),
        ("американские страны подписали", None, "country/USA"),
        ("السلطات الأميركية", "country/USA", None),
        ("les autorités américaines", "country/USA", None),
        # 驻 (stationed in) before a two-character city; the Arab Maghreb is no State
        ("世行驻北京官员表示", "place/beijing", None),
        ("وكالة المغرب العربي للأنباء", None, "country/MAR"),
        ("أعلن المغرب أنه", "country/MAR", None),
        # a review's country visit (الزيارة القُطرية) is no Qatar; Qatar's authorities are
        ("في أعمال الزيارة القطرية لاستعراض تنفيذ", None, "country/QAT"),  # as printed bare
        ("السلطات القطرية", "country/QAT", None),
        # a name a State and a city share in a list of States joined by a comma and «و» (Oman, not Amman)
        ("خبراء من الأردن، والعراق، وعمان، وقطر، والكويت", "country/OMN", "place/amman"),
        # a nisba after a name with its father's is a family name (rule 8); after a noun, the State's adjective
        ("وشرّف معالي سلطان بن ناصر السويدي محافظ المصرف الاجتماع", None, "country/SWE"),
        ("التقى الوفد السويدي بالوزير", "country/SWE", None),
        # after a bare word: a family name (blind batch 82: Iraq's prime minister, al-Sudani)
        ("رافق رئيس مجلس الوزراء، محمد شياع السوداني في زيارته", None, "country/SDN"),
        ("التقى الرئيس المصري بنظيره العراقي", "country/IRQ", None),  # a pronoun's suffix
        ("وأكد الوزير السوداني أن التعاون مستمر", "country/SDN", None),
        # a venue's building named after its State or region (blind batch 58) is the building
        ("the room number at the Georgia World Congress Center", None, "country/GEO"),
        ("the Georgia World Congress Center", None, "place/georgia"),
        # a two-character Chinese place before a meeting named by its Latin acronym (blind batch 62)
        ("2014年11月8日,北京APEC峰会通过", "place/beijing", None),
    ],
)
def test_rules(text, present, absent):
    ids = _ids(text)
    if present:
        assert present in ids, ids
    if absent:
        assert absent not in ids, ids


@pytest.mark.parametrize(("text", "expected"), [("the G7 and the G20", "org/g7"), ("the G8 summit", "org/g8")])
def test_short_acronyms_with_a_digit_link_in_their_printed_case(text, expected):
    assert expected in _ids(text)
    assert expected not in _ids(text.lower())


def _extracted(text: str, language: str) -> set[str | None]:
    from arkg.ingest.extract import extract

    return {m.id for m in extract(text, name="t.txt", language=language).mentions}


@pytest.mark.parametrize(
    ("text", "language", "present", "absent"),
    [
        # the venue of a session the text cites: the city (the fifth session was held in Panama City)
        ("The fifth session of the Conference of the States Parties was held in Panama in November 2013.", "en",
         "place/panama-city", "country/PAN"),
        ("La quinta sesión de la Conferencia de los Estados Partes se celebró en Panamá.", "es",
         "place/panama-city", "country/PAN"),
        # no venue cited, or the State named otherwise too: the State
        ("Panama and Costa Rica signed a memorandum.", "en", "country/PAN", "place/panama-city"),
        ("The fifth session of the Conference was held in Panama; the Panamanian delegation thanked it.", "en",
         "country/PAN", None),
        # a city named by its full name says nothing of its bare name: México alone stays the State
        ("La reunión en la Ciudad de México. México ratificó la Convención.", "es", "country/MEX", None),
        # a dateline names the city the item was filed from: its agency in brackets, or below a headline a
        # dash and the source ending the line; a headline's dash and a name opening a sentence stay the State
        ("الكويت (كونا) - وقعت الكويت على الاتفاقية", "ar", "place/kuwait-city", None),
        ("تونس (وات) - شاركت تونس في المؤتمر", "ar", "place/tunis", None),
        ("استرداد الأموال\n\nتونس - صحيفة اليوم\n\nطالبت تونس باسترداد الأموال", "ar", "place/tunis", None),
        ("KUWAIT, Dec 3 (KUNA) -- Kuwait hosted the meeting.", "en", "place/kuwait-city", None),
        ("Guatemala, 2 may (EFE).- Expertos discuten la restitución de activos.", "es", "place/guatemala-city", None),
        ("Panama - a report on asset recovery\n\nThe report was published.", "en", "country/PAN", "place/panama-city"),
        ("تونس تطالب باسترداد الأموال المنهوبة", "ar", "country/TUN", "place/tunis"),
        ("Bonjour\n\nطالبت تونس - في بيان - باسترداد الأموال", "ar", "country/TUN", "place/tunis"),
        ("مدينة تونس", "ar", "place/tunis", None),
        # Oman and Amman share a name: in a list of States the State, even in a text naming Jordan; before
        # Jordan, outside a list, the city
        ("حضر خبراء من الأردن، والعراق، وعمان، وقطر.", "ar", "country/OMN", "place/amman"),
        ("عقد الاجتماع في عمان بالأردن، بمشاركة قطر.", "ar", "place/amman", "country/OMN"),
    ],
)
def test_a_capital_bearing_its_states_name(text, language, present, absent):
    ids = _extracted(text, language)
    assert present in ids, ids
    if absent:
        assert absent not in ids, ids


def test_a_name_printed_with_short_vowels_or_a_tatweel() -> None:
    """The view leaves Arabic marks out, so a name printed with them is the name."""
    assert {"country/OMN", "country/MAR"} <= _extracted("وفد سلطنة عُمان ووفد المـغرب", "ar")


@pytest.mark.parametrize(("text", "mali"), [
    # regression: «a financial sum» in a text that names Iraq was Mali
    ("قرار قضائي يقضي باسترداد مبلغ مالي قدره مليون دولار لصالح جمهورية العراق", False),
    ("قدمت الأردن دعم مالي للعراق", False),
    ("السنغال و مالي والنيجر", True),  # a list of States
    ("في مالي والنيجر", True),  # after a preposition
    ("وأدلى ببيانات ممثلو مالي وبيرو.", True),  # governed by a noun: the representatives of Mali
    ("دولة مالي وبوركينا فاسو", True),  # after a State word
])
def test_an_arabic_adjective_spelled_like_a_state(text: str, mali: bool) -> None:
    assert ("country/MLI" in _ids(text)) is mali
