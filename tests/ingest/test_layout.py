from __future__ import annotations

from pathlib import Path

from arkg.ingest.extract import extract
from arkg.ingest.layout import TextView, analyse

SAMPLES = Path(__file__).resolve().parents[2] / "ingest" / "samples"
AGENDA = (SAMPLES / "000_dfa604476778263f.txt").read_text(encoding="utf-8")
REPORT = (SAMPLES / "001_42877f188cf903a3.txt").read_text(encoding="utf-8")


def test_view_joins_broken_symbol_and_maps_back() -> None:
    text = "见（CAC/COSP/ \n\nWG.2/2017/2）和 the\nConvention"
    view = TextView.build(text, [(0, len(text))])
    assert "CAC/COSP/WG.2/2017/2" in view.text and "the Convention" in view.text
    start = view.text.index("CAC")
    s, e = view.source_span(start, start + len("CAC/COSP/WG.2/2017/2"))
    assert text[s:e] == "CAC/COSP/ \n\nWG.2/2017/2"


def test_a_symbol_cut_after_its_dot_stays_in_its_paragraph() -> None:
    """A PDF's lines ending at a symbol's dot (``A/AC.`` ⏎ ``260/2``, ``Rev.`` ⏎ ``1),``) are one
    sentence, not three blocks; a line opening with a digit after a sentence's end still opens one."""
    text = ("秘书处转交专家组会议的报告(A/AC.\n260/2和Corr.\n1).\n该报告已核准.\n"
            "(E/2001/30/Rev.\n1),第二部分.\nThe meeting ended.\n2. The Conference met.")
    layout = analyse(text)
    views = [layout.view(b).text for b in layout.blocks]
    assert views == ["秘书处转交专家组会议的报告(A/AC.260/2和Corr.1).", "该报告已核准.",
                     "(E/2001/30/Rev.1),第二部分.", "The meeting ended.", "2. The Conference met."]
    symbols = {m.id for m in extract(text).mentions if m.type == "Document"}
    assert symbols == {"document/A/AC.260/2", "document/A/AC.260/2/Corr.1", "document/E/2001/30/Rev.1"}


def test_a_paragraph_wrapped_at_its_own_width_beside_long_lines_is_one_block() -> None:
    """A page that wraps one paragraph at ~80 characters and leaves others on one long line: the wrapped
    lines are one paragraph (``United`` ⏎ ``Kingdom`` one State), though each is far shorter than the long
    lines; a short line, or one a blank line parts from the next, still ends its block."""
    long = ("The Annual General Meeting reviewed the cases prosecuted in the region and the value of the assets "
            "seized or confiscated, which has increased significantly since the network was launched. ") * 3
    wrapped = ("Many embassies and High Commissions in Pretoria were in attendance, including\n"
               "the representatives of France, Germany, Portugal, Spain, Italy, the United\n"
               "Kingdom, the United States and The Netherlands, who all made statements.")
    text = f"Network meeting\n\n{long}\n{wrapped}\n{long}\n{long}"
    layout = analyse(text)
    views = [layout.view(b).text for b in layout.blocks]
    assert "Network meeting" in views and any(v.startswith("Many embassies") and v.endswith("statements.")
                                               for v in views), views
    assert "country/GBR" in {m.id for m in extract(text).mentions}


def test_agenda_items_and_documentation_lists() -> None:
    layout = analyse(AGENDA)
    assert layout.is_agenda and not layout.numbered and layout.own_symbol is None
    assert list(layout.agenda) == ["1", "1a", "1b", "2", "3", "4", "4a", "4b", "5", "6"]
    assert layout.agenda["4a"].title == "依据《公约》第五十六条主动及时交流信息"
    assert layout.agenda["4b"].printed == "4(b)"
    docs = [b for b in layout.blocks if b.in_docs]
    assert [b.agenda for b in docs] == ["2", "4a", "4b", "5", "5"]
    assert [b.number for b in layout.blocks[:3]] == ["1", "2", "3"]  # position numbering


def test_report_paragraphs_and_sections() -> None:
    layout = analyse(REPORT)
    assert layout.own_symbol == "CAC/COSP/WG.2/2017/L.1/Add.1" and layout.numbered
    paragraphs = [b.number for b in layout.blocks if b.role == "paragraph"]
    assert paragraphs == [str(n) for n in range(1, 23)]
    sections = {b.number: b.agenda for b in layout.blocks if b.role == "section"}
    assert sections == {"s3": "2", "s4": "3"}
    para11 = next(b for b in layout.blocks if b.number == "11")
    assert "亚的斯亚贝巴" in layout.view(para11).text  # a full line ending in 。 does not end a numbered paragraph


def test_view_maps_expanded_characters_back() -> None:
    text = "ﬁnal…\n\n see CAC/COSP/\nWG.2/2017/2"
    view = TextView.build(text, [(0, 6), (8, len(text))])
    assert view.text == "final... see CAC/COSP/WG.2/2017/2"
    assert [text[slice(*view.source_span(i, i + 1))] for i in range(5)] == ["ﬁ", "ﬁ", "n", "a", "l"]
    start = view.text.index("CAC")
    assert text[slice(*view.source_span(start, len(view.text)))] == "CAC/COSP/\nWG.2/2017/2"


def test_view_drops_pinyin_glosses_and_maps_around_them() -> None:
    """A converter's glosses (``聯(lián)合國``) are left out of the view, so the names through them are found; a
    bracketed word without a tone mark stays."""
    text = "得到了委內(nèi)瑞拉的支持,促進《聯(lián)合國反腐敗公約》實施(de)"
    view = TextView.build(text, [(0, len(text))])
    assert view.text == "得到了委内瑞拉的支持,促进《联合国反腐败公约》实施(de)"
    start = view.text.index("委")
    assert text[slice(*view.source_span(start, start + 4))] == "委內(nèi)瑞拉"
    found = {(m.id, m.text) for m in extract(text).mentions}
    assert {("country/VEN", "委內(nèi)瑞拉"), ("uncac", "《聯(lián)合國反腐敗公約》")} <= found


def test_view_drops_a_pages_line_break_tags() -> None:
    """A page's copy that kept its markup (``la Convención de<br /> las Naciones Unidas``): a tag beside a space
    is gone, one between two words is a space, and the name through it maps to the source."""
    text = "Apruébase la Convención de<br /> las Naciones Unidas contra la Corrupción. El texto<br/>es el siguiente:<br"
    view = TextView.build(text, [(0, len(text))])
    assert view.text == ("Apruébase la Convención de las Naciones Unidas contra la Corrupción. El texto es el "
                         "siguiente:<br")
    assert [(m.id, m.text) for m in extract(text).mentions] == [
        ("uncac", "Convención de<br /> las Naciones Unidas contra la Corrupción")]


def test_a_title_in_capitals_goes_on_with_its_last_word_before_a_sentence() -> None:
    """``… DE LOS ESTADOS UNIDOS`` ⏎ ``MEXICANOS, a sus habitantes``: one block, so the name is Mexico's, not
    the United States'; a heading in capitals before a sentence opening with a capital stays apart."""
    text = "VICENTE FOX QUESADA, PRESIDENTE DE LOS ESTADOS UNIDOS\nMEXICANOS, a sus habitantes, sabed:"
    layout = analyse(text)
    assert [layout.view(b).text for b in layout.blocks] == [text.replace("\n", " ")]
    assert {m.id for m in extract(text).mentions} == {"country/MEX"}
    heading = "INTRODUCTION\nThe Conference met in Vienna."
    assert len(analyse(heading).blocks) == 2


def test_view_drops_arabic_marks_and_maps_around_them() -> None:
    """Short vowels and the tatweel are left out of the view (names are written bare); a span of the
    view covers the marks inside it in the source."""
    text = "وفد سلطنة عُمان والمـغرب"
    view = TextView.build(text, [(0, len(text))])
    assert view.text == "وفد سلطنة عمان والمغرب"
    start = view.text.index("عمان")
    assert text[slice(*view.source_span(start, start + 4))] == "عُمان"
    start = view.text.index("المغرب")
    assert text[slice(*view.source_span(start, start + 6))] == "المـغرب"


def test_document_view_holds_every_block_view() -> None:
    for sample in (AGENDA, REPORT):
        layout = analyse(sample)
        blocks = layout.document_view().blocks()
        assert len(blocks) == len(layout.blocks)
        for block, sliced in zip(layout.blocks, blocks, strict=True):
            alone = layout.view(block)
            assert sliced.text == alone.text
            assert sliced.source_span(0, len(sliced.text)) == alone.source_span(0, len(alone.text))


def test_source_spans_map_many_spans_as_source_span_maps_each() -> None:
    # an expansion (ﬁ, …), a joined line break and a second block: three maps to go through
    text = "ﬁnal…\n\n see CAC/COSP/\nWG.2/2017/2 and\nthe Convention"
    view = TextView.build(text, [(0, 6), (8, len(text))])
    spans = [(i, j) for i in range(len(view.text)) for j in range(i + 1, min(i + 6, len(view.text)) + 1)]
    assert view.source_spans(spans) == [view.source_span(i, j) for i, j in spans]
    block = analyse(REPORT).document_view().blocks()[5]  # a slice: its base counts too
    assert block.source_spans([(0, 3), (2, len(block.text))]) == [
        block.source_span(0, 3),
        block.source_span(2, len(block.text)),
    ]
    assert view.source_spans([]) == []


def test_a_line_opening_in_lower_case_goes_on_with_the_sentence_a_short_line_left_open() -> None:
    """A PDF's short line ("… Наций против") does not end a paragraph whose sentence the next line
    continues in lower case; a short line that ends a sentence, or a line in upper case, still does."""
    text = (
        "1. В соответствии с пунктом 3 статьи 32 Конвенции Организации Объединенных Наций против транснациональной\n"
        "организованной преступности и пунктом 2 правила 2 правил процедуры Конференции рабочая группа\n"
        "Организации Объединенных Наций против\n"
        "транснациональной организованной преступности провела совещание в Вене.\n"
        "Введение\n"
        "Рабочая группа провела совещание в Вене.\n"
    )
    views = [analyse(text).view(b).text for b in analyse(text).blocks]
    assert any("против транснациональной организованной преступности провела" in v for v in views)
    assert "Введение" in [v.strip() for v in views]


def test_a_footnote_citing_a_symbol_is_not_the_documents_own() -> None:
    """A footnote line ``CAC/COSP/2021/1.`` (the agenda, with its full stop) was read as the own symbol
    of CAC/COSP/2021/9, whose symbol shares the masthead's first line with the UN's name."""
    from arkg.ingest.extract import extract

    text = ("Naciones Unidas                                   CAC/COSP/2021/9\n"
            "               Conferencia de los Estados        Distr. general\n\n"
            "Noveno período de sesiones\nTema 2 del programa provisional *\n\n"
            "Buenas prácticas adoptadas por los Estados partes.\n\n"
            "           *\n               CAC/COSP/2021/1.\n")
    ex = extract(text)
    assert ex.document.symbol == "CAC/COSP/2021/9"
    assert "document/CAC/COSP/2021/1" in {m.id for m in ex.mentions}


def test_a_short_line_ending_in_an_article_or_a_preposition_goes_on() -> None:
    """A centred title breaks its lines anywhere (``CONFERENCE OF STATES PARTIES TO THE`` ⏎ ``UNITED
    NATIONS …``): a line ending in an article, a preposition or a conjunction is not a block's end, however
    short; a short line ending in a noun still is."""
    body = "The delegation joins the other delegations in expressing its thanks to the host Government and its people"
    text = (
        "STATEMENT BY THE DELEGATION\n\n"
        "DURING THE SIXTH SESSION OF THE CONFERENCE OF STATES PARTIES TO THE\n"
        "UNITED NATIONS CONVENTION AGAINST CORRUPTION\n\n"
        f"{body}\nfor the arrangements made.\n{body}\nfor the arrangements made.\n"
    )
    views = [analyse(text).view(b).text for b in analyse(text).blocks]
    assert any("PARTIES TO THE UNITED NATIONS CONVENTION" in v for v in views)
    assert "STATEMENT BY THE DELEGATION" in [v.strip() for v in views]
    assert "body/cosp" in {m.id for m in extract(text).mentions}


def test_a_title_in_capitals_goes_on_over_its_short_lines() -> None:
    """A title in capitals broken where a line ends in a noun (``… NACIONES UNIDAS`` ⏎ ``CONTRA LA
    CORRUPCIÓN``) is one block, so the name it holds is read; a blank line or a line not in capitals
    still ends it."""
    body = "Los Estados Parte en la presente Convención, preocupados por la gravedad de los problemas que plantea"
    text = f"CONVENCIÓN DE LAS NACIONES UNIDAS\nCONTRA LA CORRUPCIÓN\n\nPREÁMBULO\n\n{body}\nla corrupción.\n{body}\n"
    views = [v.strip() for v in (analyse(text).view(b).text for b in analyse(text).blocks)]
    assert views[:2] == ["CONVENCIÓN DE LAS NACIONES UNIDAS CONTRA LA CORRUPCIÓN", "PREÁMBULO"]
    assert ("Convention", "uncac") in {(m.type, m.id) for m in extract(text).mentions if m.start == 0}
    english = "CONFERENCE OF THE STATES PARTIES\nTO THE UNITED NATIONS CONVENTION\nAGAINST CORRUPTION\nAgenda item 2"
    views = [v.strip() for v in (analyse(english).view(b).text for b in analyse(english).blocks)]
    assert views == [
        "CONFERENCE OF THE STATES PARTIES TO THE UNITED NATIONS CONVENTION AGAINST CORRUPTION", "Agenda item 2"]
