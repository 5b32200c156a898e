"""Russian: ordinal adjectives in every case, gender and number from ``num2words``; digits with
case endings (``9-й``, ``10-ой``, ``58-ой``); nouns by stem and ending; connectors."""

from itertools import product

from arkg.ingest.lexicon import Lexicon, ordinals

_CASES = ("n", "g", "d", "a", "i", "p")
_GENDERS = ("m", "f", "n")


def generate_ordinals() -> dict[str, int]:
    """The ordinal forms, spelled by ``num2words`` (see :func:`ingest.lexicon.ordinals`)."""
    from num2words.lang_RU import Num2Word_RU

    speller = Num2Word_RU()
    out: dict[str, int] = {}
    for n in range(1, 100):  # drafting writes higher ordinals in digits (58-й); news and other bodies spell them
        for case, gender, plural in product(_CASES, _GENDERS, (False, True)):
            form = speller.to_ordinal(n, case=case, gender=gender, plural=plural)
            out[form] = n
            out[form.replace("ё", "е")] = n
    return out


#: Case endings of an ordinal adjective, written after its digits with or without a hyphen.
_DIGIT_ENDINGS = (
    "ого",
    "ому",
    "ой",
    "ом",
    "ая",
    "ую",
    "ое",
    "ые",
    "ых",
    "ым",
    "ий",
    "ей",
    "го",
    "му",
    "й",
    "я",
    "е",
    "ю",
    "м",
    "х",
)

LEXICON = Lexicon(
    code="ru",
    ordinals=ordinals("ru", generate_ordinals),
    ordinal_suffixes=tuple(f"-?{e}" for e in _DIGIT_ENDINGS),
    session=(r"сесси(?:я|и|ю|ей|ях|ям|ями|й)",),
    meeting=(r"совещани(?:е|я|ю|ем|и|й|ях|ям|ями)",),
    article=(r"стат(?:ья|ьи|ье|ью|ьей|ей|ьям|ьях|ьями)", r"ст\."),
    chapter=(r"глав(?:а|ы|е|у|ой|ам|ах|ами)?",),  # глав: the genitive plural (положения глав II и V)
    resolution=(r"резолюци(?:я|и|ю|ей|й|ях|ям|ями)",),
    assembly_between=(r"Генеральной\s+Ассамблеи(?:\s+ООН)?",),
    conference_between=(r"Конференции(?:\s+государств-участников)?",),  # резолюции Конференции 6/6
    decision=(r"решени(?:е|я|ю|ем|и|й|ях|ям|ями)",),
    paragraph=(r"пункт(?:а|у|ом|е|ы|ов|ам|ах|ами)?",),
    range=("по", "до", "-", "–"),
    range_open=("с", "со", "от"),
    list=("и", ","),
    of=(),
    drafts=(r"проект\w*\s+(?:конвенци\w*|текст\w*)", r"переходящ\w*\s+текст\w*"),
    other_instruments=(
        r"Протокол\w*",
        r"Устав\w*",
        r"Пакт\w*",
        r"Договор\w*",
        r"Уголовн\w+\s+кодекс\w*",
        r"Уголовно-процессуальн\w+\s+кодекс\w*",
        r"Гражданск\w+\s+кодекс\w*",
        r"[УГ]К\s+РФ",
        r"Конституци\w+",
        r"Федеральн\w+\s+закон\w*",
        r"Закон\w*",
    ),
    other_conventions=(
        r"(?:Арабск|Межамериканск|Африканск|Европейск)\w+\s+конвенци\w*",
        r"Конвенци\w+\s+(?:ООН|Организации\s+Объединенных\s+Наций)\s+против\s+транснациональной",
        r"Конвенци\w+\s+об?\s+(?:уголовной|гражданско-правовой)\s+ответственности\s+за\s+коррупцию",
        r"Конвенци\w+\s+Совета\s+Европы",
    ),
    other_holders=(
        r"комитет\w*",
        r"комисси\w*",
        r"Совет\w*",
        r"Рабоч\w+\s+групп\w*",
        r"групп[аыуе]\s+по",  # a group other than the bodies whose names the linker knows (группы по контролю …)
        r"Специальн\w+\s+комитет\w*",
    ),
    other_qualifiers=(r"пленарн\w*", r"цикл\w*", r"механизм\w*", r"(?:межправительственн\w+\s+)?экспертов"),
    determiners=(),
    elided_follow=(),
    convention_anaphora=(r"Конвенци(?:я|и|ю|ей)",),
    convention_titles=(
        r"Конвенци(?:я|и|ю|ей)\s+Мериды",
        # named after Mérida, where it was signed, by the city's adjective (Меридская конвенция, в тексте Меридской
        # конвенции), as Spanish and French name it (Convención de Mérida)
        r"Меридск(?:ая|ой|ую|ою)\s+[Кк]онвенци(?:я|и|ю|ей)",
        r"Конвенци(?:я|и|ю|ей)\s+ООН\s+против\s+коррупции",
        # the common unofficial title, with or without ООН (a regional convention's adjective before it is
        # told apart by the linker: Межамериканская конвенция по борьбе с коррупцией)
        r"Конвенци(?:я|и|ю|ей)\s+(?:ООН\s+)?п?о\s+борьбе\s+с\s+коррупцией",  # (the press's «о борьбе» too)
        r"Конвенци(?:я|и|ю|ей)\s+против\s+коррупции",
        r"Конвенци(?:я|и|ю|ей)\s+Организации\s+Объединенных\s+Наций\s+против\s+коррупции",
    ),
    # (the press's «стран-членов», member countries)
    conference_of_parties=(r"Конференци(?:я|и|ю|ей)\s+(?:государств|стран)\s*[-–—]?\s*(?:участни(?:ков|ц)|членов)\s+",),
    conference_anaphora=(r"Конференци(?:я|и|ю|ей)",),
    un_conference=(r"Конференци(?:я|и|ю|ей)\s+ООН(?!\s+(?:по|о|об)\s)",),
    working_group_anaphora=(r"Рабоч(?:ая|ей|ую)\s+групп(?:а|ы|е|у|ой)",),
    review_group_anaphora=(r"Групп(?:а|ы|е|у|ой)(?!\s+(?:по|государств|экспертов)\s)",),
    group_nouns=("Групп", "групп"),
    working_groups=(r"[Рр]абоч(?:ие|их|им|ими)\s+групп(?:ы|ах|ами|ам)?",),
    mandate_joins=(r"по",),
    asset_recovery_mandate=(r"возвращени[юяе]\s+активов",),
    review_mandate=(r"обзор[ау]?\s+хода\s+осуществления",),
    conference_nouns=("Конференц",),
    place_in_name_before=(r"[Дд]екларац\w+", r"[Пп]роцесс\w*", r"[Ии]нициатив\w+", r"[Кк]онвенци\w+",
                          r"Отделени\w+\s+(?:Организации\s+Объединенных\s+Наций|ООН)\s+в",  # UNOV: a name of its own
                          # a street named after a place or a person (ул. Кирова, 17; проспект Победителей)
                          r"(?<!\w)(?:ул\.|улиц[аеыу]|пр-т|просп(?:\.|ект\w*)|переул\w+|пл\.|площад[ьи]|бульвар\w*|"
                          r"наб\.|набережн\w+|шоссе)"),
    place_in_name_after=(),
    state_nouns_after=(
        r"делегаци\w*", r"правительств\w*", r"сторон\w*", r"власт\w*", r"посольств\w*", r"столиц\w*",
        r"прокуратур\w*", r"полици\w*", r"суд\w*", r"министр\w*", r"президент\w*", r"парламент\w*", r"МИД",
        r"граждан\w*",
    ),
    organization_heads=(
        "Агентство",
        "Управление",
        "Комиссия",
        "Комитет",
        "Служба",
        "Академия",
        "Прокуратура",
        "Министерство",
        "Исполком",
        "Исполнительный комитет",
    ),
    capital_before=(r"столиц\w*",),
    capital_after=(r"\s+столиц\w*",),
)
