"""ingest.scan: a pattern keyed by its opening characters finds exactly what it found before."""

import re

import pytest

from arkg.ingest import patterns, relations
from arkg.ingest.layout import BLOCK_SEP
from arkg.ingest.scan import Triggers, first_characters, keyed, required_literals

#: Citations and cues of our own, in the six languages, with case variants re folds (``ſ``, the
#: Kelvin sign, capitals) and text around them that opens with none of the key characters.
SENTENCES = [
    "Under ARTICLE 52 and articles 53 to 55, the Parties recall resolution 8/1 of the Conference.",
    "Conformément à l'article 57 et aux articles 60 à 62, la Conférence rappelle sa résolution 9/2.",
    "De conformidad con el artículo 51 y los artículos 54 a 56, la Conferencia recuerda la resolución 7/1.",
    "В соответствии со статьей 53 и статьями 54–55 Конференция, ссылаясь на резолюцию 6/2, постановила.",
    "وفقا للمادة 51 والمواد 52 إلى 54، تشير الدورة إلى القرار 8/9.",
    "根据第五十一条至第五十九条，会议回顾第8/1号决议。",
    "The Working Group, at this ſeſſion and at its previous meeting, examined chapter V.",
    "Kelvin: \u212aNOWN under the present session; cette session; esta reunión; настоящей сессии.",
]


def _all(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in rx.finditer(text)]


def test_first_characters_of_an_alternation_of_words():
    assert first_characters("article|artículo|статья|مادة") == frozenset("aсم")


def test_first_characters_pass_zero_width_and_optional_parts():
    # a lookbehind is zero width; optional proclitics open the match or let the noun open it
    assert first_characters(r"(?<!\w)[وف]?[بكل]?(?:ال|ل)?مادة") == frozenset("وفبكلام")
    assert first_characters(r"\bx{0,2}(?:y|z)+") == frozenset("xyz")


@pytest.mark.parametrize("pattern", [r"\w+ article", r".rticle", r"[^a]rticle", r"(?:article)?", r"(?:x|\d)y"])
def test_first_characters_unknown_when_they_cannot_be_listed(pattern):
    assert first_characters(pattern) is None


def test_keyed_leaves_an_unlistable_pattern_as_it_is():
    rx = re.compile(r"\w+ article")
    assert keyed(rx) is rx


def test_keyed_pattern_opens_with_its_lookahead_and_keeps_flags_and_groups():
    rx = re.compile(r"(?<!\w)(art(?:icle)?s?)\s+(\d+)", re.IGNORECASE)
    fast = keyed(rx)
    assert fast.pattern.startswith("(?=(?i:[a]))")
    assert fast.flags == rx.flags and fast.groups == rx.groups
    assert _all(fast, "see Art 5 and ARTICLES 6") == _all(rx, "see Art 5 and ARTICLES 6")


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?<!\w)(?:article|articles|artículos?|стать(?:я|и|ей|ями)|[وف]?[بكل]?(?:ال|ل)?(?:مادة|مواد))\s*(\d+)",
        r"(?<!\w)(?:résolution|resolution|resolución|резолюци\w*|القرار)\s+(\d/\d+)",
        r"(?:this|the present|cette|esta|настоящ\w*|هذه) (?:session|reunión|сессии|الدورة)",
        r"回顾|recall|rappel|recuerda|ссылаясь|تشير",
        r"(?<!\w)(?:chapter|chapitre|capítulo|глава)\s+([IVX]+)",
    ],
)
def test_keyed_finds_the_same_matches_in_six_languages(pattern):
    rx = re.compile(pattern, re.IGNORECASE)
    fast = keyed(rx)
    assert fast is not rx
    for text in SENTENCES:
        assert _all(fast, text) == _all(rx, text)
        for pos in range(len(text)):  # anchored too: match at every position, as the patterns use it
            a, b = rx.match(text, pos), fast.match(text, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


def test_keyed_admits_every_case_variant_re_folds():
    rx = re.compile(r"session|kind", re.IGNORECASE)
    fast = keyed(rx)
    for text in ("ſession", "\u212aind", "SESSION", "Kind"):
        assert fast.match(text) is not None and rx.match(text) is not None


def test_keyed_refuses_a_position_no_match_opens_at():
    fast = keyed(re.compile(r"(?<!\w)article\s+\d+", re.IGNORECASE))
    text = "xx article 5"
    assert [pos for pos in range(len(text)) if fast.match(text, pos)] == [3]


def test_the_citation_patterns_are_keyed():
    """The case-insensitive scans of the extractor open with their key."""
    for rx in (
        patterns._ART_LATIN, patterns._CHAP_LATIN, patterns._ITEM_REF, patterns._SESSION_THIS,
        patterns._SESSION_PREVIOUS, patterns._DATE_MY, patterns._session_noun_first(), relations._RECALL_CUE,
    ):
        assert rx.pattern.startswith("(?=(?i:["), rx.pattern[:40]


def test_keyed_citation_patterns_find_citations_in_six_languages():
    text = "\n".join(SENTENCES)
    # en 52–55, fr 57 and 60–62, es 51 and 54–56, ru 53–55, ar 51–54, zh 51–59
    assert {h.id for h in patterns.find_articles(text)} == {f"uncac/article/{n}" for n in range(51, 63)}
    assert {h.id for h in patterns.find_chapters(text)} == {"uncac/chapter/5"}


def test_required_literals_of_words_and_of_a_prefix_re_takes_out():
    assert required_literals("articles?|chapter", re.IGNORECASE) == frozenset({"article", "chapter"})
    # re's parser reads ``ماد|مواد`` as ``م(?:اد|واد)``: the run is continued into each branch
    assert required_literals("(?<!\\w)(?:ماد(?:ة|ه)|مواد)") == frozenset({"ماد", "مواد"})
    assert required_literals("(?:ab|xyz)") is None  # ``ab`` is too short to be worth a scan
    assert required_literals("(?:article)?\\d+") is None  # optional: a match need not hold it
    assert required_literals("\\d{4}\\s*年") == frozenset({"年"})  # one Han character is rare enough


def _by_blocks(name: str, rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    blocks = patterns._triggers().blocks(text)[name]
    return [(m.span(), m.groups()) for lo, hi in blocks for m in rx.finditer(text, lo, hi)]


#: Blocks of a document view with what folds unlike ``lower()``: ``ſ``, the Kelvin sign, a dotted
#: capital I (lower-cased it is two characters), final sigma, capitals, Chinese dates.
HOSTILE = [
    *SENTENCES,
    "At its previous ſESSION, its THIRD to fifth ſessions and at this MEETING, agenda ITEM 4 (b), Chapter IV.",
    "İstanbul: the present session; article 5 and \u212ahapter III (not a chapter); ΣΑΣ session",
    "第五十一条，2017 年 8 月 24 日至 25 日，第8/1号决议，本次会议，上届会议，资产追回工作组第十一届会议",
    "sus períodos de sesiones tercero a octavo; الدورات من الثالثة إلى الثامنة؛ في اجتماعه السابق،"
    " وفي الفصل الخامس؛ طبقا للمادة الرابعة، فالمادتين الثالثة والرابعة",
    "RESOLUTION 3514 (XXX), résolution 2200 (XXI); 回顾其第3514(XXX)号决议",
]


@pytest.mark.parametrize("name", patterns._triggers().names)
def test_a_pattern_over_its_triggered_blocks_finds_what_it_finds_in_the_whole_text(name):
    rx = dict(zip(patterns._triggers().names, patterns._triggers().patterns, strict=True))[name]
    for text in (BLOCK_SEP.join(HOSTILE), BLOCK_SEP.join(HOSTILE[::-1]), "\n".join(HOSTILE)):
        assert _by_blocks(name, rx, text) == _all(rx, text)
    assert _all(rx, BLOCK_SEP.join(HOSTILE)), name  # the texts hold a match of every pattern


def test_triggers_fold_case_as_re_does():
    rx = re.compile("session", re.IGNORECASE)
    found = Triggers({"s": rx}, BLOCK_SEP).blocks(f"x{BLOCK_SEP}ſESSION{BLOCK_SEP}y")
    assert found == {"s": [(2, 9)]}
    # lower-casing ``İ`` makes two characters: offsets would move, so the whole text is scanned
    assert Triggers({"s": rx}, BLOCK_SEP).blocks(f"İ{BLOCK_SEP}session") == {"s": [(0, 9)]}
