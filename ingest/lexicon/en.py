"""English: ordinals from ``num2words``; UN drafting's nouns and connectors."""

from arkg.ingest.lexicon import Lexicon, ordinals


def generate_ordinals() -> dict[str, int]:
    """The ordinal forms, spelled by ``num2words`` (see :func:`ingest.lexicon.ordinals`)."""
    from num2words import num2words

    out: dict[str, int] = {}
    for n in range(1, 100):
        word = num2words(n, to="ordinal", lang="en")
        out[word] = n
        out[word.replace("-", " ")] = n
    return out


LEXICON = Lexicon(
    code="en",
    ordinals=ordinals("en", generate_ordinals),
    ordinal_suffixes=("st", "nd", "rd", "th"),
    session=(r"sessions?",),
    meeting=(r"(?:intersessional\s+)?meetings?",),
    article=(r"articles?", r"arts?\."),
    chapter=(r"chapters?",),
    resolution=(r"resolutions?",),
    assembly_between=(r"of\s+the\s+(?:United\s+Nations\s+|UN\s+)?General\s+Assembly(?:\s+of\s+the\s+United\s+Nations)?",),
    decision=(r"decisions?",),
    paragraph=(r"paragraphs?", r"paras?\."),
    range=("to", "through", "-", "–", "—"),
    range_open=("from",),
    list=("and", ","),
    of=("of the", "of"),
    drafts=(r"draft\s+(?:convention|text)", r"rolling\s+text"),
    other_instruments=(
        r"Protocol",
        r"Charter",
        r"Covenant",
        r"Treaty",
        r"Statute",
        r"(?:Penal|Criminal|Civil)\s+Code",
        r"Code\s+of\s+Criminal\s+Procedure",
        r"Constitution",
        # a statute's name: capitalised words and bracketed parts ending in Act or Law (the Forfeiture of
        # Assets (Civil Proceedings) (Jersey) Law), in their printed case
        r"(?-i:(?:(?:[A-Z][\w’'-]*|of|\([^()\n]{1,40}\))\s+){1,8}(?:Act|Law|Ordinance|Regulations))\b",
        r"[Tt]his\s+[Ll]aw",
    ),
    other_conventions=(
        r"(?:United\s+Nations\s+)?Convention\s+against\s+Transnational\s+Organized\s+Crime",
        r"Organized\s+Crime\s+Convention",
        r"UNTOC",
        r"Palermo\s+Convention",
        # a regional convention, named by its region (the Arab, Inter-American, African Union Convention …)
        r"(?:Arab|Inter-American|African(?:\s+Union)?|European|Council\s+of\s+Europe|OECD)(?:\s+[A-Z][\w-]*){0,3}\s+Convention",
        # the Council of Europe's conventions on corruption (ETS 173, 174) and on proceeds of crime (ETS 141, CETS 198)
        r"(?:Criminal|Civil)\s+Law\s+Convention(?:\s+on\s+Corruption)?",
        r"(?:Strasbourg|Warsaw)\s+Convention",
    ),
    other_holders=(
        r"(?:Ad\s+Hoc\s+)?Committee",
        r"Commission",
        r"Council",
        r"Board",
        r"(?:(?:Open-ended\s+)?Intergovernmental\s+)?Working\s+Group",
        r"Assembly\s+of\s+States\s+Parties",
    ),
    other_qualifiers=(r"plenary", r"(?:review\s+)?cycle", r"of\s+the\s+(?:review\s+)?(?:cycle|mechanism)",
                      r"of\s+(?:governmental\s+)?experts"),  # an expert meeting: no body's session
    determiners=("the",),
    elided_follow=("in", "at", "was", "were", "held", "took", "which"),
    convention_anaphora=("the Convention", "this Convention", "Convention"),
    convention_titles=(
        r"M[ée]rida\s+Convention",
        r"UN\s+Convention\s+against\s+Corruption",
        r"UN\s+Anti-?Corruption\s+Convention",
    ),
    conference_of_parties=(
        r"Conference\s+of\s+(?:the\s+)?(?:States\s+)?(?:Parties|[Ss]ignatories|[Ss]ignatory\s+(?:States|countries)|"
        r"[Mm]ember\s+(?:States|countries))\s+"
        r"(?:to|of|for)\s+(?:the\s+)?(?:(?:UN|U\.N\.)\s+)?",
        # the Convention's own conference, maybe said to meet every two years (the biennial conference of the UNCAC)
        r"(?:(?:biennial|biannual|bi-annual)\s+)?conference\s+of\s+(?:the\s+)?(?:(?:UN|U\.N\.)\s+)?",
    ),
    conference_anaphora=("the Conference",),
    un_conference=(r"UN\s+Conference(?!\s+(?:on|of|for|in)\s)",
                   r"United\s+Nations\s+Conference(?!\s+(?:on|of|for|in)\s)"),
    working_group_anaphora=("the Working Group",),
    review_group_anaphora=(r"the Group(?!\s+(?:of|on|for)\s)",),
    group_nouns=("Group",),
    working_groups=(r"[Ww]orking\s+[Gg]roups",),
    mandate_joins=(r"on", r"for", r"dealing\s+with", r"responsible\s+for", r"in\s+charge\s+of"),
    asset_recovery_mandate=(r"recovery\s+of\s+(?:stolen\s+)?assets", r"asset\s+recovery"),
    review_mandate=(r"review\s+of\s+(?:the\s+)?implementation", r"implementation\s+review"),
    conference_nouns=("Conference",),
    place_in_name_before=(r"[Dd]eclaration\s+of", r"[Dd]eclaration\s+of\s+the\s+City\s+of",
                          r"United\s+Nations\s+Office\s+(?:at|in)",  # UNOV, UNOG, UNON: names of their own
                          r"University\s+of"),  # a university named after its city: the University of Basel
    place_in_name_after=(
        r"[Dd]eclaration",
        r"[Pp]rocess",
        r"Initiative",  # an initiative named after the city that launched it: the Riyadh Initiative
        r"[Gg]uidelines",
        r"[Pp]rinciples",
        r"[Cc]onvention",
        r"[Aa]ction\s+[Pp]lan",
        r"[Cc]ommitments?",  # an outcome document: APEC's Santiago Commitment to Fight Corruption
        r"[Aa]ction\s+[Aa]genda",  # an outcome document: the Addis Ababa Action Agenda
        r"Institute",  # a body named after its seat: the Basel Institute, the Basel Committee
        r"(?:State\s+|National\s+)?University",  # a university named after its city: Shenzhen, Samarkand State
        r"Committee",
        r"(?:Avenue|Street|Road|Boulevard)",  # a street named after a place: 950 Pennsylvania Avenue
        r"[Pp]rogramme\s+of\s+[Aa]ction",
        r"[Cc]onsensus",
        r"[IVX]{1,5}(?!\w)",
    ),
    state_nouns_after=(
        r"[Gg]overnment", r"[Dd]elegations?", r"[Aa]uthorities", r"side", r"President", r"Prime\s+Minister",
        r"(?:Foreign\s+|Justice\s+)?Minist(?:er|ry)", r"[Ee]mbassy", r"capital", r"courts?", r"[Pp]rosecutors?",
        r"[Pp]olice", r"[Jj]udiciary", r"[Pp]arliament", r"[Tt]reasury", r"[Pp]residency", r"citizens?", r"nationals",
    ),
    organization_heads=(
        "Agency",
        "Office",
        "Commission",
        "Authority",
        "Network",
        "Group",
        "Committee",
        "Academy",
        "Directorate",
        "Bureau",
        "Service",
        "Unit",
        "Institute",
        "Centre",
        "Center",
        "Council",
        "Ministry",
        "Prosecutor's Office",
    ),
    capital_before=(r"capital(?:\s+city)?\s+of(?:\s+the)?",),
    capital_after=(r"['’]s\s+capital(?:\s+city)?(?![\w-])",),
    # (not capital as money: the Chinese capital market, Russian capital flight)
    capital_after_adjective=(
        r"\s+capital(?:\s+city)?(?!\s+(?:markets?|flights?|gains?|controls?|flows?|inflows?|outflows?|invest\w*|"
        r"assets?|adequacy|requirements?|expenditures?|punishment|stock|formation|goods|letters?|territory|district|"
        r"region)\b|[\w-])",
    ),
    capital_determiners=(r"the",),
)
