"""Chinese (simplified; traditional text is folded to simplified before matching, see
:mod:`ingest.layout`): counters, nouns and connectors. Numbers are Chinese numerals or digits
after ``第`` (:func:`ingest.numerals.chinese_to_int`), so there are no ordinal words."""

from arkg.ingest.lexicon import Lexicon

LEXICON = Lexicon(
    code="zh",
    ordinals={},
    session=(r"届(?:会议|会)",),
    meeting=(r"次(?:闭会期间)?会议",),
    article=(r"条",),
    chapter=(r"章",),
    resolution=(r"号决议",),
    decision=(r"决定",),
    paragraph=(r"款", r"项", r"段"),
    range=("至", "到", "—", "－", "-"),
    list=("、", "和", "及", "以及", "与"),
    drafts=(r"草案",),
    other_instruments=(r"议定书", r"宪章", r"条约", r"刑法", r"刑事诉讼法", r"宪法", r"民法典?",
                       r"施行法", r"本法", r"该法"),
    other_conventions=(r"有组织犯罪公约", r"反腐败(?:刑法|民法)公约"),
    # (小组: a liaison or expert group, 中美执法合作联合联络小组第十二次会议)
    other_holders=(r"特设委员会", r"委员会", r"工作组", r"小组", r"理事会", r"常委会", r"人大", r"代表大会", r"全会",
                   r"政协"),
    other_qualifiers=(r"全体会议", r"审议周期"),
    convention_anaphora=("本公约", "《公约》", "该公约"),
    convention_titles=(r"梅里达公约", r"联合国反贪腐公约", r"《反腐败公约》", r"联合国反腐败公约"),
    conference_anaphora=("缔约国会议",),
    working_group_anaphora=("工作组",),
    review_group_anaphora=("审议组",),
    group_nouns=("组",),
    place_in_name_before=(),
    place_in_name_after=(r"宣言", r"进程", r"准则", r"原则", r"公约", r"倡议",
                         r"承诺", r"行动计划", r"行动议程", r"共识",  # outcome documents: APEC's 圣地亚哥承诺
                         r"[\u4e00-\u9fff]{0,4}(?:大学|学院|研究所|研究院)"),  # named after its place: 广东外语外贸大学
    organization_heads=("委员会", "管理局", "监察局", "检察院", "总局", "研究院", "学院", "中心", "办公室", "署", "局"),
    capital_after=(r"的?首都",),
)
