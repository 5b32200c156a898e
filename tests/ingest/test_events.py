"""Events named by series + ordinal or by place + date (ingest/events.py), in several languages."""

from __future__ import annotations

import pytest

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
    ],
)
def test_event_is_found(text, event):
    assert event in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Conference held its third session in Doha in November 2009.",  # a session, not an event
        "Pretoria hosts several ministries.",  # a place, no date, no series
        "The Arab Forum on Asset Recovery was established in 2012.",  # the series, no ordinal
        "The seventh Arab Forum on Asset Recovery",  # no such event in the data
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
