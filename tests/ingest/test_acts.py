"""Mandates and speakers' positions read from short texts written for these tests, one per language.

The sentences are ours (UN drafting style, not copied from the samples): a resolution asks the
Secretariat to do something; speakers propose, support, oppose, defer, welcome and urge.
"""

from __future__ import annotations

import pytest

from arkg.ingest.drafting import LexiconError, lexicon, read_lexicon
from arkg.ingest.extract import extract

TEXTS = {
    "en": "\n".join([
        '1. In its resolution 7/1, the Conference requests the Secretariat to prepare a study on '
        'the management of frozen assets.',
        '2. One speaker proposed a new international instrument on asset return. Several '
        'speakers supported the proposal. Some other speakers considered that there was no need '
        'for a new instrument. Another speaker said that the discussion was premature.',
        '3. Many speakers welcomed the work of the Stolen Asset Recovery Initiative. A number of '
        'speakers urged States to share information spontaneously.',
    ]) + "\n",
    "fr": "\n".join([
        '1. Dans sa résolution 7/1, la Conférence prie le Secrétariat de préparer une étude sur '
        'la gestion des avoirs gelés.',
        '2. Un orateur a proposé un nouvel instrument international. Plusieurs orateurs ont '
        "appuyé cette proposition. D'autres orateurs ont estimé qu'un nouvel instrument n'était "
        'pas nécessaire. Un autre orateur a jugé ce débat prématuré.',
        "3. De nombreux orateurs ont salué le travail de l'Initiative pour le recouvrement des "
        'avoirs volés.',
    ]) + "\n",
    "es": "\n".join([
        '1. En su resolución 7/1, la Conferencia solicita a la Secretaría que prepare un estudio '
        'sobre la gestión de los activos congelados.',
        '2. Un orador propuso un nuevo instrumento internacional. Varios oradores apoyaron la '
        'propuesta. Otros oradores consideraron que no era necesario un nuevo instrumento.',
        '3. Muchos oradores acogieron con beneplácito la labor de la Iniciativa para la '
        'Recuperación de Activos Robados.',
    ]) + "\n",
    "ru": "\n".join([
        '1. В своей резолюции 7/1 Конференция просит Секретариат подготовить исследование об '
        'управлении замороженными активами.',
        '2. Один оратор предложил разработать новый международный документ. Ряд ораторов '
        'поддержали это предложение. Некоторые ораторы отметили, что нет необходимости в новом '
        'документе.',
        '3. Многие ораторы приветствовали работу Инициативы по обеспечению возвращения '
        'похищенных активов.',
    ]) + "\n",
    "ar": "\n".join([
        '1. في القرار 7/1، يطلب المؤتمر إلى الأمانة أن تعد دراسة عن إدارة الموجودات المجمدة.',
        '2. اقترح متكلم واحد وضع صك دولي جديد. وأيد عدة متكلمين هذا الاقتراح. ورأى بعض المتكلمين '
        'أنه لا حاجة إلى صك جديد.',
        '3. ورحب كثير من المتكلمين بعمل مبادرة استرداد الموجودات المسروقة.',
    ]) + "\n",
    "zh": "\n".join([
        '1. 缔约国会议在第 7/1 号决议中请秘书处编写一份关于冻结资产管理的研究报告。',
        '2. '
        '一名发言者提议制定一项新的国际文书。几名发言者支持该提议。其他一些发言者认为无需新的文书。另一名发言者认为讨论这一提议为时尚早。',
        '3. '
        '许多发言者对追回被盗资产举措的工作表示欢迎。若干发言者敦促各国主动分享信息。该名发言者还认为各国应加强合作。',
    ]) + "\n",
}
POSITIONS = ("PROPOSES", "SUPPORTS", "OPPOSES", "DEFERS", "WELCOMES", "RECOMMENDS")
EXPECTED = {
    "en": {("2", "PROPOSES", "one"), ("2", "SUPPORTS", "several"), ("2", "OPPOSES", "some-other"),
           ("2", "DEFERS", "another"), ("3", "WELCOMES", "many"), ("3", "RECOMMENDS", "several")},
    "fr": {("2", "PROPOSES", "one"), ("2", "SUPPORTS", "several"), ("2", "OPPOSES", "other"),
           ("2", "DEFERS", "another"), ("3", "WELCOMES", "many")},
    "es": {("2", "PROPOSES", "one"), ("2", "SUPPORTS", "several"), ("2", "OPPOSES", "other"),
           ("3", "WELCOMES", "many")},
    "ru": {("2", "PROPOSES", "one"), ("2", "SUPPORTS", "several"), ("2", "OPPOSES", "some"),
           ("3", "WELCOMES", "many")},
    "ar": {("2", "PROPOSES", "one"), ("2", "SUPPORTS", "several"), ("2", "OPPOSES", "some"),
           ("3", "WELCOMES", "many")},
    "zh": {("2", "PROPOSES", "one"), ("2", "SUPPORTS", "several"), ("2", "OPPOSES", "some-other"),
           ("2", "DEFERS", "another"), ("3", "WELCOMES", "many"), ("3", "RECOMMENDS", "several"),
           ("3", "RECOMMENDS", "several")},  # 该名发言者 is the speaker named last
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_resolution_7_1_requests_the_secretariat(lang) -> None:
    ex = extract(TEXTS[lang], language=lang)
    issued = {r.target: r.source for r in ex.relations if r.type == "ISSUES"}
    asked = {(issued[r.source], r.target) for r in ex.relations if r.type == "ADDRESSED_TO"}
    assert asked == {("resolution/cosp/7/1", "org/unodc-secretariat")}
    mandate = next(props for _, label, props in ex.nodes if label == "Mandate")
    assert mandate["verb"] == "requests" and mandate["paragraph"] == "1"
    assert any(r.type == "STATES" and r.source.endswith("/para/1") for r in ex.relations)


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_positions_with_speaker_kind_and_quantity(lang) -> None:
    ex = extract(TEXTS[lang], language=lang)
    found = [r for r in ex.relations if r.type in POSITIONS]
    assert {(r.evidence.paragraph, r.type, r.props.get("quantity")) for r in found} == EXPECTED[lang]
    assert {r.source for r in found} == {"actor/speakers"}
    for r in found:  # the evidence is the statement itself, cue included
        assert r.evidence.text == ex.text[r.evidence.start:r.evidence.end]
        assert r.props.get("count") == (1 if r.props.get("quantity") in ("one", "another") else None)


def test_a_symbol_with_full_stops_does_not_end_the_sentence() -> None:
    ex = extract("1. Several speakers welcomed the study (CAC/COSP/WG.2/2017/CRP.1) on frozen assets.\n",
                 language="en")
    welcomes = [r for r in ex.relations if r.type == "WELCOMES"]
    assert {r.target for r in welcomes} == {"document/CAC/COSP/WG.2/2017/CRP.1"}
    assert welcomes[0].evidence.text.endswith("on frozen assets.")


def test_a_proposal_anaphor_points_at_what_was_proposed() -> None:
    ex = extract(TEXTS["en"].replace("a new international instrument on asset return",
                                     "a separate international instrument on asset return"), language="en")
    proposed = {r.target for r in ex.relations if r.type == "PROPOSES"}
    supported = {r.target for r in ex.relations if r.type == "SUPPORTS"}
    assert proposed == supported


def test_the_working_group_continues_as_the_meeting_that_spoke_first() -> None:
    text = ("1. 工作组第九次会议吁请各国加强合作。工作组还请秘书处编写一份说明。\n"
            "2. 工作组建议秘书处继续收集信息。\n")
    ex = extract(text, language="zh")
    issued = {r.target: r.source for r in ex.relations if r.type == "ISSUES"}
    asked = sorted((issued[r.source], r.target) for r in ex.relations if r.type == "ADDRESSED_TO")
    assert asked == [("body/wg-ar", "org/unodc-secretariat"), ("session/wg-ar/9", "actor/states"),
                     ("session/wg-ar/9", "org/unodc-secretariat")]


def test_a_speaker_who_encourages_recommends_rather_than_mandates() -> None:
    ex = extract("1. 几名发言者鼓励各国分享信息，并请秘书处提供协助。\n", language="zh")
    assert not [n for n in ex.nodes if n[1] == "Mandate"]
    assert {(r.type, r.source) for r in ex.relations if r.type == "RECOMMENDS"} == {("RECOMMENDS", "actor/speakers")}


def test_a_cue_inside_a_name_or_a_blocked_phrase_is_not_a_cue() -> None:
    ex = extract("1. 一名发言者介绍了请求国的做法，以支持各国的努力。\n", language="zh")
    assert not [r for r in ex.relations if r.type in POSITIONS or r.type == "ISSUES"]


def test_a_bad_lexicon_row_is_refused(tmp_path) -> None:
    assert lexicon().patterns.keys() >= {"ar", "zh", "en", "fr", "es", "ru"}
    bad = tmp_path / "drafting.csv"
    bad.write_text("lang,kind,phrase,value\nen,verb,requests,requests\nen,verbb,asks,requests\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"drafting.csv:3: .*kind"):
        read_lexicon(bad)


def test_pronouns_modals_and_blocked_phrases_in_english() -> None:
    text = ("1. In its resolution 7/2, the Conference of the States Parties encourages States parties to share "
            "information.\n"
            "2. One speaker described the experience of requesting States. He said that procedures should be "
            "simplified.\n")
    ex = extract(text, language="en")
    issued = {r.target: r.source for r in ex.relations if r.type == "ISSUES"}
    asked = {(issued[r.source], r.target) for r in ex.relations if r.type == "ADDRESSED_TO"}
    assert asked == {("resolution/cosp/7/2", "actor/states-parties")}  # not the Conference's own name
    positions = [(r.evidence.paragraph, r.type, r.props.get("quantity")) for r in ex.relations
                 if r.type in POSITIONS]
    assert positions == [("2", "RECOMMENDS", "one")]  # "He … should": the speaker named before


def _asked(ex) -> set[tuple[str, str]]:
    issued = {r.target: r.source for r in ex.relations if r.type == "ISSUES"}
    return {(issued[r.source], r.target) for r in ex.relations if r.type == "ADDRESSED_TO"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "1. The minister praised the General Assembly for its work and called upon States to return stolen "
           "assets without delay.\n"),
    ("zh", "1. 该部长赞扬联合国大会的工作，呼吁各国加强合作。\n"),
])
def test_a_body_the_sentence_only_speaks_of_is_not_the_issuer(lang, text) -> None:
    ex = extract(text, language=lang)
    assert not _asked(ex)  # not the General Assembly: its subject (the minister) asks, and is no kind of speaker
    assert not [r for r in ex.relations if r.type in POSITIONS]


def test_a_speaker_after_a_body_in_an_opening_phrase_recommends() -> None:
    ex = extract("1. Praising the Working Group on Asset Recovery, several speakers urged States to share "
                 "information.\n", language="en")
    assert not _asked(ex)  # the Working Group opens no clause: it is what the speakers praise
    assert [(r.source, r.type, r.props.get("quantity")) for r in ex.relations if r.type in POSITIONS] == [
        ("actor/speakers", "RECOMMENDS", "several")]


def test_a_body_that_opens_its_clause_still_issues() -> None:
    ex = extract("1. At its ninth meeting, the Working Group on Asset Recovery recommended that the Secretariat "
                 "continue to gather information.\n", language="en")
    assert {a for _, a in _asked(ex)} == {"org/unodc-secretariat"}


def test_only_a_un_document_asks_in_its_own_voice() -> None:
    task = "1. Encourages States parties to share information on frozen assets with the Secretariat.\n"
    un = extract("United Nations CAC/COSP/WG.2/2019/4 Distr.: General 2 May 2019\n" + task, language="en")
    assert _asked(un) == {("document/CAC/COSP/WG.2/2019/4", "actor/states-parties")}
    news = extract("Ministers meet in Vienna\n" + task, language="en")
    assert not _asked(news)


@pytest.mark.parametrize(("lang", "text", "verb"), [
    ("en", "1. In its resolution 7/2, the Conference established the Open-ended Intergovernmental Working Group on "
           "Asset Recovery. In the same resolution, the Conference tasked the Working Group with collecting good "
           "practices on asset return.\n", "mandates"),
    ("es", "1. En su resolución 7/2, la Conferencia creó el Grupo de Trabajo Intergubernamental de Composición "
           "Abierta sobre Recuperación de Activos. En la resolución se dispuso que el Grupo de Trabajo reuniera "
           "buenas prácticas sobre la restitución de activos.\n", "decides"),
])
def test_a_short_title_names_the_body_given_in_full_before(lang, text, verb) -> None:
    ex = extract(text, language=lang)
    assert _asked(ex) == {("resolution/cosp/7/2", "body/wg-ar")}
    assert [props["verb"] for _, label, props in ex.nodes if label == "Mandate"] == [verb]


def test_a_short_title_with_no_full_title_before_it_names_no_body() -> None:
    ex = extract("1. In its resolution 7/2, the Conference tasked the Working Group with collecting good "
                 "practices.\n", language="en")
    assert not _asked(ex)  # which working group is not said


def test_decides_that_a_body_shall_is_a_mandate_to_that_body() -> None:
    ex = extract("1. In its resolution 7/2, the Conference decided that the Secretariat should compile the "
                 "replies of States parties.\n", language="en")
    assert _asked(ex) == {("resolution/cosp/7/2", "org/unodc-secretariat")}


@pytest.mark.parametrize(("lang", "text", "quantity"), [
    ("zh", "1. 一名发言者呼吁加强区域合作。\n", "one"),
    ("en", "1. Several speakers urged closer cooperation between financial intelligence units.\n", "several"),
])
def test_a_speaker_who_urges_with_no_addressee_recommends(lang, text, quantity) -> None:
    ex = extract(text, language=lang)
    assert not _asked(ex)
    assert [(r.source, r.type, r.props.get("quantity")) for r in ex.relations if r.type in POSITIONS] == [
        ("actor/speakers", "RECOMMENDS", quantity)]


def test_a_resolution_that_urges_with_no_addressee_is_no_position() -> None:
    ex = extract("1. In its resolution 7/2, the Conference urged closer cooperation between financial "
                 "intelligence units.\n", language="en")
    assert not _asked(ex) and not [r for r in ex.relations if r.type in POSITIONS]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "1. In its resolution 7/2, the Conference established the Open-ended Intergovernmental Working Group on "
           "Asset Recovery to collect good practices on asset return.\n"),
    ("es", "1. En su resolución 7/2, la Conferencia creó el Grupo de Trabajo Intergubernamental de Composición "
           "Abierta sobre Recuperación de Activos para que reuniera buenas prácticas.\n"),
])
def test_establishing_a_body_for_a_purpose_mandates_it(lang, text) -> None:
    ex = extract(text, language=lang)
    assert _asked(ex) == {("resolution/cosp/7/2", "body/wg-ar")}
    assert [props["verb"] for _, label, props in ex.nodes if label == "Mandate"] == ["mandates"]


def test_establishing_a_body_with_no_purpose_mandates_nothing() -> None:
    ex = extract("1. In its resolution 7/2, the Conference established the Open-ended Intergovernmental Working "
                 "Group on Asset Recovery. Its first meeting was held in Vienna.\n", language="en")
    assert not _asked(ex)
