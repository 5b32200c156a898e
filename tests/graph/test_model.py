"""The model read from schema.ttl: labels, relationship types, id patterns, the label whitelist."""

from __future__ import annotations

import pytest
from rdflib import RDFS, Literal

from arkg.graph.model import ModelError, model

#: The examples of shared spec/identifiers.md, per label.
EXAMPLES = {
    "Convention": ["uncac"],
    "Chapter": ["uncac/chapter/5"],
    "Article": ["uncac/article/56"],
    "Body": ["body/cosp", "body/wg-ar", "body/irg", "body/ga"],
    "Session": ["session/cosp/6", "session/wg-ar/11"],
    "Resolution": ["resolution/cosp/6/2", "resolution/ga/58/4"],
    "Document": ["document/CAC/COSP/WG.2/2017/3", "document/CAC/COSP/WG.2/2016/CRP.1",
                 "document/CAC/COSP/WG.2/2017/L.1/Add.1"],
    "AgendaItem": ["session/wg-ar/11/agenda/4b"],
    "Paragraph": ["document/CAC/COSP/WG.2/2017/L.1/Add.1/para/17"],
    "Network": ["network/carin", "network/arin-ap", "network/arin-sa", "network/arin-wa", "network/arin-ea",
                "network/arin-carib", "network/arin-wca", "network/arin-mena", "network/rrag", "network/eu-aro",
                "network/globe"],
    "Organization": ["org/unodc", "org/world-bank", "org/icar", "org/basel-institute", "org/oecd",
                     "org/oecd-global-forum-tax", "org/interpol", "org/fatf", "org/gafilat", "org/egmont-group",
                     "org/eu"],
    "Initiative": ["initiative/lausanne-process", "initiative/gfar", "initiative/arab-forum-ar", "org/star"],
    "Event": ["event/addis-ababa-2017-02", "event/abuja-2017-06"],
    "Publication": ["publication/lausanne-guidelines"],
    "Country": ["country/RUS", "country/ETH", "country/CHE"],
    "Place": ["place/vienna", "place/saint-petersburg", "place/addis-ababa", "place/abuja"],
    "Topic": ["topic/victim-compensation", "topic/spontaneous-information-sharing",
              "topic/beneficial-ownership-transparency", "topic/asset-management-and-disposal"],
    "Mention": ["document/CAC/COSP/WG.2/2017/L.1/Add.1/para/17/mention/1234-1239"],
    "Actor": ["actor/speakers", "actor/states-parties"],
    "Mandate": ["document/CAC/COSP/WG.2/2017/1/para/30/mandate/982-1025",
                "document/CAC/COSP/WG.2/2017/1/para/30/mandate/982-1025-2"],
    "Build": ["build/3f2a9c0d1e4b5a67"],
}


def test_the_model_has_21_labels_and_30_relationship_types() -> None:
    m = model()
    assert len(m.labels) == 21 and set(EXAMPLES) == m.labels
    assert len(m.relationship_types) == 30
    assert {"GOVERNED_BY", "HAS_MEMBER"} <= m.relationship_types
    assert {"CITES", "MENTIONS", "PART_OF", "SUPPORTS", "OPPOSES"} <= m.relationship_types
    assert {"ISSUES", "ADDRESSED_TO", "STATES", "REPORTS_ON", "DISCUSSED_UNDER", "PROPOSES", "DEFERS", "WELCOMES",
            "RECOMMENDS"} <= m.relationship_types
    assert m.rel_type("ISSUES").range == {"Mandate"} and "Actor" in m.rel_type("WELCOMES").domain
    assert m.rel_type("CITES").derived and not m.rel_type("PART_OF").derived


@pytest.mark.parametrize("label", sorted(EXAMPLES))
def test_every_example_matches_its_pattern_and_resolves_to_its_label(label: str) -> None:
    m = model()
    for id_ in EXAMPLES[label]:
        assert m.node_type(label).id_pattern.match(id_), (label, id_)
        assert m.label_for_id(id_) == label, id_


def test_ids_that_break_the_contract_match_nothing() -> None:
    for id_ in ("uncac/article/72", "country/rus", "document/cac/cosp", "session/cosp/0", "topic/Victim"):
        assert model().label_for_id(id_) is None, id_


def test_every_class_and_property_has_english_and_chinese_labels() -> None:
    m = model()
    for t in [*m.node_types.values(), *m.relationship_type_defs.values()]:
        assert {"en", "zh"} <= set(t.names), t
    for p in m.properties.values():
        langs = {o.language for o in m.rdf.objects(p.iri, RDFS.label) if isinstance(o, Literal)}
        comments = {o.language for o in m.rdf.objects(p.iri, RDFS.comment) if isinstance(o, Literal)}
        assert {"en", "zh"} <= langs and {"en", "zh"} <= comments, p.key


@pytest.mark.parametrize("bad", ["Article) DETACH DELETE n //", "Article`", "Unknown", "Entity", "", "article"])
def test_safe_label_refuses_injection_and_unknown_labels(bad: str) -> None:
    with pytest.raises(ModelError):
        model().safe_label(bad)


def test_safe_names_pass_through() -> None:
    assert model().safe_label("Article") == "Article"
    assert model().safe_rel_type("CITES") == "CITES"
    with pytest.raises(ModelError):
        model().safe_rel_type("CITES]->() DELETE n //")
