"""Document identity: own symbols in mastheads and UN file names, content ids, kinds (our own examples)."""

from __future__ import annotations

import pytest

from arkg.ingest.extract import extract
from arkg.ingest.identity import (
    NameHint,
    file_name_hint,
    masthead_language,
    masthead_symbol,
    own_ids,
    text_id,
    text_kind,
)


def test_digital_library_and_ods_file_names_give_symbol_and_language() -> None:
    assert file_name_hint("A_RES_74_276-FR.pdf") == NameHint("A/RES/74/276", "fr")
    assert file_name_hint("CAC_COSP_IRG_2020_3-R.docx") == NameHint("CAC/COSP/IRG/2020/3", "ru")
    assert file_name_hint("CAC_COSP_2021_L.5_ADD.2-ZH.pdf") == NameHint("CAC/COSP/2021/L.5/Add.2", "zh")
    assert file_name_hint("A_RES_1803%28XVII%29-AR.pdf") == NameHint("A/RES/1803(XVII)", "ar")
    assert file_name_hint("/tmp/x/CAC_COSP_WG.2_2020_2.pdf") == NameHint("CAC/COSP/WG.2/2020/2", None)


def test_job_number_file_names_give_the_language_only() -> None:
    assert file_name_hint("V2003311s.pdf") == NameHint(None, "es")
    assert file_name_hint("V2003309a.pdf") == NameHint(None, "ar")
    assert file_name_hint("N2034567.pdf") == NameHint(None, None)


def test_other_file_names_say_nothing() -> None:
    for name in ("notes.txt", "E_2019_minutes.txt", "report.en.pdf", "Statement_Kenya_2019.pdf", "A_notes.txt"):
        assert file_name_hint(name) == NameHint(), name


def test_run_together_masthead_in_any_language() -> None:
    en = "2 United Nations CAC/COSP/IRG/2020/3 Conference of the States Parties Distr.: General 3 March 2020"
    found = masthead_symbol(en)
    assert (found.symbol, found.start, found.end) == ("CAC/COSP/IRG/2020/3", 17, 36)
    ru = "Организация Объединенных Наций CAC/COSP/2019/5 Конференция государств-участников"
    assert masthead_symbol(ru).symbol == "CAC/COSP/2019/5"
    opens = "E/CN.15/2020/4 12 February 2020 English only V.20-00872 (E) Commission on Crime Prevention"
    assert masthead_symbol(opens).symbol == "E/CN.15/2020/4"
    title = "Preventing and combating corrupt practices A/RES/74/276 Recalling its resolution 58/4"
    assert masthead_symbol(title).symbol == "A/RES/74/276"


def test_a_masthead_symbol_broken_after_its_series_is_read_whole() -> None:
    """Blind batch 63: a PDF's text layer put the series and the rest of the symbol on two lines."""
    text = "Nations Unies CAC\n\n/COSP/IRG/2022/2\n\nConférence des États parties à la Convention"
    found = masthead_symbol(text)
    assert found is not None
    assert (found.symbol, text[found.start : found.end]) == ("CAC/COSP/IRG/2022/2", "CAC\n\n/COSP/IRG/2022/2")
    assert "document/CAC/COSP/IRG/2022/2" not in {m.id for m in extract(text, name="t.txt").mentions}
    # or after a space (blind batch 131: the eighth session's information for participants)
    spaced = "United Nations CAC /COSP/2019/INF/1 Conference of the States Parties Distr.: General 26 September 2019"
    found = masthead_symbol(spaced)
    assert found is not None and found.symbol == "CAC/COSP/2019/INF/1"
    assert masthead_symbol("The report CAC /COSP/2019/5 was discussed in Abu Dhabi.") is None  # cited, not worn


def test_a_cited_symbol_is_not_the_texts_own() -> None:
    assert masthead_symbol("The report (CAC/COSP/2019/5) was discussed in Abu Dhabi.") is None
    assert masthead_symbol("See document CAC/COSP/2019/5 Annex for the figures.") is None
    assert masthead_symbol("The secretariat published CAC/COSP/2019/5 on the eve of the session.") is None
    assert masthead_symbol("Delegates met in Vienna. The note CAC/COSP/2019/5 Was read.") is None


def test_job_number_letter_names_the_version_language() -> None:
    assert masthead_language("Original: English V.20-01234 (F) 120320") == "fr"
    assert masthead_language("no masthead here") is None


def test_a_text_without_symbol_has_a_content_id_and_a_kind() -> None:
    news = "Vienna, 3 May (Agency) – The minister said the stolen funds would be returned to Nigeria."
    assert text_id(news) == text_id(news) != text_id(news + " ")
    assert text_id(news).startswith("document/text/") and len(text_id(news)) == len("document/text/") + 16
    assert text_kind(news) == "news"
    assert text_kind("Mr. President, distinguished delegates, Kenya welcomes this session.") == "statement"
    assert text_kind("Proceeds of Crime Act\nSection 1\nShort title.\nSection 2\nInterpretation.") == "law"
    assert text_kind("Welcome to our network page. Members: Kenya, Uganda.") == "web page"
    document = extract(news, name="2019/notes.txt").document
    assert document.id == text_id(news) and document.kind == "news" and document.symbol == ""


def test_the_own_symbol_is_not_a_mention() -> None:
    text = ("Combating corruption A/RES/74/276 Recalling its resolution 58/4 and documents A/RES/74/276 and "
            "A/RES/58/4,")
    extraction = extract(text)
    assert extraction.document.id == "document/A/RES/74/276"
    ids = {m.id for m in extraction.mentions}
    assert not ids & own_ids("A/RES/74/276")
    assert "resolution/ga/58/4" in ids


def test_a_symbol_from_the_file_name_is_marked_inferred() -> None:
    document = extract("1. Le Groupe de travail a examiné l'article 52.", name="CAC_COSP_WG.2_2020_2-FR.txt").document
    assert document.id == "document/CAC/COSP/WG.2/2020/2"
    assert document.symbol_inferred is True and document.language == "fr"


def test_a_symbol_on_its_own_line_with_a_footnote_star_is_the_own_symbol() -> None:
    pdf_page = ("United Nations\nCAC/COSP/IRG/2021/2*\nConference of the States Parties to the\n"
                "United Nations Convention against Corruption\nDistr.: General\n12 April 2021\n\n"
                "1. The Group recalled article 63 of the Convention.\n")
    document = extract(pdf_page).document
    assert document.id == "document/CAC/COSP/IRG/2021/2"
    assert document.symbol_inferred is False and document.kind == "UN document"


def test_a_run_together_masthead_dates_the_document_not_the_citations_after_it() -> None:
    masthead = ("United Nations CAC/COSP/2022/7 Conference of the States Parties Distr.: General 5 May 2022 "
                "Original: English ")
    preamble = "Recalling its resolutions 4/4 of 28 October 2011 and 6/2 of 6 November 2015, " * 6
    assert extract(masthead + preamble).document.date == "2022-05-05"
    title = "Preventing and combating corrupt practices A/RES/74/276 " + preamble * 2
    assert extract(title).document.date == ""


def test_a_press_release_is_known_by_the_symbol_at_its_head() -> None:
    """The UN's meetings coverage and information services print their symbol as documents do
    (English ``GA/…``, ``SG/SM/…``, French ``AG/EF/…``, the Vienna service's ``UNIS/CP/…``)."""
    release = ("AG/EF/435\n\nLE PROJET DE CONVENTION DE LUTTE CONTRE LA CORRUPTION REÇOIT L’APPUI UNANIME\n\n"
               "13/10/03\nCommuniqué de presse\nAG/EF/435\n\nLa Commission appelle les États à ratifier la "
               "Convention des Nations Unies contre la corruption (voir aussi SG/SM/8977 et GA/10200).\n")
    extraction = extract(release)
    assert extraction.document.id == "document/AG/EF/435"
    assert extraction.document.kind == "press release" and extraction.document.symbol_inferred is False
    assert {"document/SG/SM/8977", "document/GA/10200"} <= {m.id for m in extraction.mentions}
    for symbol in ("GA/12017", "UNIS/CP/1167", "SG/SM/8724"):
        assert extract(f"{symbol}\n\nThe Convention against Corruption was adopted.\n").document.id == \
            f"document/{symbol}"


@pytest.mark.parametrize("masthead", [
    "Communiqué de presse SOC/CP/271 |", "Press Release: SOC/CP/271", "Comunicado de prensa SOC/CP/271",
])
def test_a_press_releases_symbol_after_its_kind_on_one_line(masthead: str) -> None:
    """A release's masthead may print its kind before its symbol and a separator after it."""
    text = f"THE CONVENTION OPENS FOR SIGNATURE\n{masthead}\nMérida, 9 December 2003 -- The Convention was signed.\n"
    assert extract(text).document.id == "document/SOC/CP/271"


@pytest.mark.parametrize("text", [
    "大会决议\n\n51/59.  反腐败的行动\n\n  大会,\n\n  关切腐败造成的问题的严重性",
    "Fifty-first session\nResolution adopted by the General Assembly\n[on the report (A/51/610)]\n51/59.\n"
    "Action against corruption\nThe General Assembly,\nConcerned at the seriousness of problems",
    "51 / 59   العمل لمكافحة الفساد\n\nإن الجمعية العامة،\n\nإذ يقلقها",
])
def test_a_general_assembly_resolution_is_known_by_its_number_heading_it(text: str) -> None:
    """A resolution's own text may print its number only, at the start of a line, before the Assembly speaks."""
    document = extract(text).document
    assert (document.id, document.kind) == ("document/A/RES/51/59", "resolution")


def test_a_number_at_a_lines_start_is_no_resolution_without_the_assembly_speaking() -> None:
    assert extract("Report\n51/59. Action against corruption\nThe Committee noted the report.").document.id \
        != "document/A/RES/51/59"


_HRC_40_4 = {
    "en": "Resolution adopted by the Human Rights Council on 21 March 2019\n40/4. The negative impact of the "
          "non-repatriation of funds of illicit origin\nThe Human Rights Council,\nRecalling its resolutions 17/23 of "
          "17 June 2011 and 34/11 of 23 March 2017, and General Assembly resolution 58/4 of 31 October 2003, and "
          "resolution 8/9 of the Conference of the States Parties to the United Nations Convention against Corruption,",
    "fr": "Résolution adoptée par le Conseil des droits de l’homme le 21 mars 2019\n40/4. Incidence négative du "
          "non-rapatriement des fonds d’origine illicite\nLe Conseil des droits de l’homme,\nRappelant ses résolutions "
          "17/23 du 17 juin 2011 et 34/11 du 23 mars 2017, et la résolution 58/4 de l’Assemblée générale, et la "
          "résolution 8/9 de la Conférence des États parties à la Convention des Nations Unies contre la corruption,",
}


@pytest.mark.parametrize("language", sorted(_HRC_40_4))
def test_a_human_rights_council_resolution_is_known_by_its_number_and_recalls_its_own(language: str) -> None:
    """The Council's resolution prints its number as the Assembly's does; the resolutions it recalls as its
    own (17/23, 34/11) are neither the Assembly's nor the Conference's, those it names the bodies of are."""
    found = extract(_HRC_40_4[language])
    assert (found.document.id, found.document.kind) == ("document/A/HRC/RES/40/4", "resolution")
    resolutions = {m.id for m in found.mentions if m.type == "Resolution"}
    assert resolutions == {"resolution/ga/58/4", "resolution/cosp/8/9"}


def test_a_treaty_press_release_is_known_by_its_first_symbol() -> None:
    """The legal affairs' releases (``L/T/4378``) print their symbol first, a second series' after it."""
    text = ("Communiqué de presse L/T/4378 |\nL/T/4378\nSOC/CP/275\n11 décembre 2003\nDES LE PREMIER JOUR DE LA "
            "CONFERENCE DE MERIDA, QUARANTE-CINQ ETATS ONT SIGNE LA CONVENTION\nMérida, Mexique, 11 décembre 2003 –")
    assert extract(text).document.id == "document/L/T/4378"


def test_a_press_release_asks_nothing_in_its_own_voice() -> None:
    """"Calls upon States …" in a document with a symbol is the document's own mandate; in a press
    release it reports what was said, as news does."""
    paragraph = "\n\n1. Calls upon States to ratify the Convention against Corruption.\n"

    def issued_by_itself(symbol: str) -> bool:
        extraction = extract(symbol + paragraph)
        return any(r.type == "ISSUES" and r.source == extraction.document.id for r in extraction.relations)

    assert issued_by_itself("CAC/COSP/2019/5")
    assert not issued_by_itself("GA/12017")


def test_a_symbol_printed_twice_on_its_line_by_a_bilingual_copy_is_the_symbol_once() -> None:
    bitext = ("United Nations联合国\nCAC/COSP/IRG/2015/1CAC/COSP/IRG/2015/1\n"
              "Conference of the States Parties to the United Nations Convention against Corruption\n"
              "Distr.: GeneralDistr.: General\n\n1. The Group recalled article 63 of the Convention.\n")
    document = extract(bitext).document
    assert document.id == "document/CAC/COSP/IRG/2015/1" and document.symbol_inferred is False
