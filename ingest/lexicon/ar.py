"""Arabic: ordinal words in both genders, with and without the article, with the proclitics
they take; Arabic-Indic digits are folded by the caller. ``num2words`` spells the masculine
indefinite ordinals 1–19; the definite and feminine forms and the spelling variants of «first»
(أول/الأول/الأولى) are derived here."""

from arkg.ingest.lexicon import Lexicon, ordinals

#: «first» is irregular (feminine أولى) and written with or without its hamza; in the teens it is حادي.
_FIRST = (("أول", "أولى"), ("اول", "اولى"))
_TEEN_ONE = ("حادي", "حادية")


def generate_ordinals() -> dict[str, int]:
    """The ordinal forms, spelled by ``num2words`` (see :func:`ingest.lexicon.ordinals`)."""
    from num2words.lang_AR import Num2Word_AR

    speller = Num2Word_AR()
    units = {n: (speller.to_ordinal(n), speller.to_ordinal(n) + "ة") for n in range(2, 10)}
    genders = [(1, pair) for pair in _FIRST] + list(units.items()) + [(10, ("عاشر", "عاشرة"))]
    teens = [(11, _TEEN_ONE)] + [(10 + n, pair) for n, pair in units.items()]
    out: dict[str, int] = {}
    for article in ("", "ال"):
        for n, (masculine, feminine) in genders:
            out[article + masculine] = out[article + feminine] = n
        for n, (masculine, feminine) in teens:  # the unit agrees, and so does عشر/عشرة
            out[f"{article}{masculine} عشر"] = out[f"{article}{feminine} عشرة"] = n
    # 20–99 with the article, as sessions of the Assembly and articles are numbered (الدورة الثامنة والخمسون,
    # المادة السادسة والأربعين): a unit of either gender, و (glued or spaced), and the tens in either case
    for tens in range(20, 100, 10):
        nominative = speller.to_cardinal(tens)  # عشرون … تسعون
        cases = {nominative, nominative[:-2] + "ين"}
        cases |= {c.replace("أ", "ا") for c in cases}  # أربعون is written without its hamza too
        for word in cases:
            out["ال" + word] = tens
            for n, pair in [(1, _TEEN_ONE), *units.items()]:
                for unit in pair:
                    out[f"ال{unit} وال{word}"] = out[f"ال{unit} و ال{word}"] = tens + n
    return out


LEXICON = Lexicon(
    code="ar",
    ordinals=ordinals("ar", generate_ordinals),
    session=(r"(?:[وف]?[بل]?ال|[وف]?ل)?دور(?:ة|ات)", r"دورت(?:ه|ها|هم|يه|ين)", r"دوراته"),
    meeting=(r"(?:[وف]?[بل]?ال|[وف]?ل)?اجتماع(?:ات)?", r"اجتماع(?:ه|ها|اته|اتها)"),
    article=(r"[وف]?[بكل]?(?:ال|ل)?(?:ماد(?:ة|ه|تان|تين)|مواد)",),
    chapter=(r"[وف]?[بكل]?(?:ال|ل)(?:فصل|فصول)",),
    resolution=(r"[وف]?[بكل]?(?:ال|ل)?قرار(?:ين|ات|ان|ه|ها|ي)?",),
    assembly_between=(r"الجمعية العامة(?:\s+للأمم\s+المتحدة)?",),
    conference_between=(r"مؤتمر\s+الدول\s+الأطراف(?:\s+في\s+الاتفاقية)?",),
    decision=(r"[وف]?[بكل]?(?:ال|ل)?مقرر(?:ات|ين|ان)?",),
    paragraph=(r"[وف]?[بكل]?(?:ال|ل)?فقر(?:ة|ات)",),
    range=("إلى", "الى", "حتى", "-", "–"),
    range_open=("من",),
    list=("و", "،", ","),
    glued=("و",),
    of=("ل", "لل"),
    drafts=(r"مشروع\s+(?:ال)?(?:اتفاقية|نص)",),
    other_instruments=(
        r"(?:ال)?بروتوكول",
        r"(?:ال)?ميثاق",
        r"(?:ال)?عهد",
        r"(?:ال)?معاهدة",
        r"(?:من\s+)?(?:ال)?قانون",
        r"(?:من\s+)?(?:ال)?دستور",
    ),
    other_conventions=(
        r"(?:من\s+)?(?:ال)?اتفاقية\s+(?:ال)?(?:عربية|أفريقية|إفريقية|الأمريكية|الأوروبية)",
        r"اتفاقية\s+(?:الأمم|الامم)\s+المتحدة\s+لمكافحة\s+الجريمة\s+المنظمة",
        # an agreement named by a quoted name, not the Convention's (اتفاقية “مكة المكرمة”, the OIC's Makkah agreement;
        # not اتفاقية "ميريدا")
        r"(?:ال)?اتفاقية\s*[\"“«](?![^\"”»\n]*(?:ميريدا|ميردا|مريدا|الأمم|الامم))[^\"”»\n]{1,40}[\"”»]",
    ),
    other_holders=(r"لجنة", r"اللجنة", r"للجنة", r"الفريق\s+العامل", r"للفريق\s+العامل",
                   r"(?:لاجتماع\s+)?فريق\s+الخبراء",  # an expert group, by a name the linker does not know
                   # a review group the linker leaves to another convention (فريق استعراض التنفيذ … للاتفاقية العربية)
                   r"ل?فريق\s+(?:ال)?استعراض",
                   # a group other than the bodies whose names the linker knows (لاجتماع مجموعة البحث في تطبيق …)
                   r"(?:لاجتماع\s+)?ل?مجموعة", r"ل?فريق(?!\s+(?:ال)?عامل)",
                   # the Conference of the States Parties to the Arab (African) Convention
                   r"مؤتمر\s+الدول\s+الأطراف\s+في\s+الاتفاقية\s+ال(?:عربية|أفريقية|إفريقية)"),
    other_qualifiers=(r"لآلية", r"(?:من\s+)?آلية", r"للاستعراض", r"الاستعراض", r"العامة", r"للخبراء",
                      r"(?:مفتوح\s+العضوية\s+)?للخبراء"),
    convention_anaphora=("الاتفاقية", "هذه الاتفاقية", "للاتفاقية", "بالاتفاقية", "والاتفاقية"),
    convention_titles=(
        r"اتفاقية\s+ميريدا",
        r"اتفاقية\s+(?:الأمم|الامم)\s+المتحدة\s+لمكافحة\s+الفساد",
        r"اتفاقية\s+الأممالمتحدة\s+لمكافحة\s+الفساد",
    ),
    # (the press drops دول's article: «لمؤتمر دول الأطراف في اتفاقية …»)
    conference_of_parties=(r"(?:مؤتمر|اجتماع)\s+(?:(?:ال)?دول\s+)?الأطراف\s+(?:في\s+|ب)",),
    conference_anaphora=("المؤتمر", "للمؤتمر", "بالمؤتمر", "والمؤتمر"),
    working_group_anaphora=("الفريق العامل", "للفريق العامل"),
    review_group_anaphora=(r"الفريق(?!\s+العامل)", r"للفريق(?!\s+العامل)", r"والفريق(?!\s+العامل)"),
    group_nouns=("فريق",),
    working_groups=(r"مجموعات\s+(?:ال)?عمل", r"(?:ال)?أفرقة\s+(?:ال)?عاملة", r"(?:ال)?مجموعات\s+العاملة"),
    mandate_joins=(r"(?:و\s*)?(?:ال)?معني(?:ة|ين|ون)?", r"(?:و\s*)?(?:ال)?مختصة"),
    # the preposition is written onto the mandate (المعنية باسترداد الموجودات)
    asset_recovery_mandate=(r"[بلو]?استرداد\s+(?:ال)?موجودات", r"[بلو]?استرداد\s+(?:ال)?أصول"),
    review_mandate=(r"[بلو]?استعراض\s+(?:ال)?تنفيذ",),
    conference_nouns=("مؤتمر",),
    # (the web drops or shifts a word's first hamza: «أعلان», «اتفاقية»)
    place_in_name_before=(r"[إأا]علان", r"عملية", r"[اإأ]تفاقية", r"مبادرة", r"جامعة"),
    place_in_name_after=(),
    organization_heads=("هيئة", "الهيئة", "وكالة", "مكتب", "لجنة", "أكاديمية", "المعهد", "معهد", "مجلس", "سلطة"),
    capital_before=(r"(?<![\u0621-\u064a])[وفبل]*(?:ال)?عاصم[ةه]",),
)
