"""French: ordinals from ``num2words`` in both genders and numbers; nouns and connectors."""

from arkg.ingest.lexicon import Lexicon, ordinals


def generate_ordinals() -> dict[str, int]:
    """The ordinal forms, spelled by ``num2words`` (see :func:`ingest.lexicon.ordinals`)."""
    from num2words import num2words

    out: dict[str, int] = {"première": 1, "premières": 1, "premiers": 1, "second": 2, "seconde": 2}
    for n in range(1, 80):  # the General Assembly is in its eighties
        word = num2words(n, to="ordinal", lang="fr")
        for form in (word, word.replace("-", " ")):
            out[form] = n
            out[form + "s"] = n
            out[form.replace("è", "e")] = n
    return out


LEXICON = Lexicon(
    code="fr",
    ordinals=ordinals("fr", generate_ordinals),
    ordinal_suffixes=("ème", "eme", "ère", "ere", "er", "re", "e", "è"),
    session=(r"sessions?",),
    meeting=(r"réunions?", r"reunions?"),
    article=(r"articles?", r"art\."),
    chapter=(r"chapitres?",),
    resolution=(r"résolutions?", r"resolutions?"),
    assembly_between=(r"de\s+l['’]Assembl[ée]e\s+g[ée]n[ée]rale(?:\s+(?:de\s+l['’]Organisation\s+)?des\s+Nations\s+unies|\s+de\s+l['’]ONU)?",),
    # les résolutions de la Conférence 6/6
    conference_between=(r"de\s+la\s+Conf[ée]rence(?:\s+des\s+[ÉE]tats\s+parties)?",),
    decision=(r"décisions?", r"decisions?"),
    paragraph=(r"paragraphes?", r"alinéas?"),
    range=("à", "au", "-", "–"),
    range_open=("de", "du"),
    list=("et", ","),
    of=("de la", "de l'", "de l’", "du", "des", "de"),
    drafts=(r"projet\s+de\s+(?:convention|texte)",),
    other_instruments=(
        r"Protocole",
        r"Charte",
        r"Pacte",
        r"Traité",
        r"Statut",
        r"Code\s+p[ée]nal",
        r"Code\s+de\s+proc[ée]dure\s+p[ée]nale",
        r"Code\s+civil",
        r"Constitution",
        r"(?:la\s+)?loi\s+n[°o]",
    ),
    other_conventions=(
        r"Convention\s+des\s+Nations\s+[Uu]nies\s+contre\s+la\s+criminalit[ée]\s+transnationale\s+organis[ée]e",
        r"Convention\s+(?:arabe|interam[ée]ricaine|africaine|europ[ée]enne|de\s+l['’]Union\s+africaine)",
        r"Convention\s+(?:p[ée]nale|civile)\s+sur\s+la\s+corruption",
        r"Convention\s+(?:du\s+Conseil\s+de\s+l['’]Europe|de\s+l['’]OCDE)",
    ),
    other_holders=(
        r"Comité",
        r"Commission",
        r"Conseil",
        r"Groupe\s+de\s+travail",
        r"Assemblée\s+des\s+États\s+parties",
    ),
    other_qualifiers=(r"plénière", r"(?:du\s+)?cycle", r"du\s+m[ée]canisme",
                      r"(?:intergouvernementale\s+)?d['’]experts|des\s+experts",  # an expert meeting: no body's session
                      r"intersessions?|intersessionnelle",  # nor an intersessional one
                      r"d['’]informations?|de\s+(?:formation|sensibilisation)"),  # nor a briefing or a training
    determiners=("la", "le", "les"),
    elided_follow=("à", "au", "en", "s'est", "s’est", "a", "qui", "tenue", "organisée"),
    convention_anaphora=("la Convention", "cette Convention", "ladite Convention"),
    convention_titles=(
        r"Convention\s+(?:dite\s+)?de\s+M[ée]rida",
        r"Convention\s+de\s+l['’]ONU\s+contre\s+la\s+corruption",
    ),
    # the press's States «signataires» and «chefs d'États parties», and its «Conférence de Etats parties»
    conference_of_parties=(r"Conf[ée]rence\s+des?\s+(?:chefs\s+d['’])?(?:[ÉE]tats[\s-]+)?(?:[Pp]arties|signataires)\s+"
                           r"(?:à|de)\s+(?:la\s+)?",
                           # the press's «congrès des États parties pour la Convention …» (blind batch 132)
                           r"[Cc]ongrès\s+des\s+[ÉE]tats[\s-]+[Pp]arties\s+(?:à|de|pour)\s+(?:la\s+)?",
                           # la conférence (biennale) de la Convention: its own
                           r"conf[ée]rence\s+(?:(?:biennale|bisannuelle)\s+)?de\s+la\s+"),
    conference_anaphora=("la Conférence",),
    un_conference=(r"Conférence\s+(?:de\s+l['’]ONU|des\s+Nations\s+[Uu]nies)(?!\s+(?:sur|pour|relative)\s)",),
    working_group_anaphora=("le Groupe de travail", r"(?<=du\s)Groupe\s+de\s+travail"),
    review_group_anaphora=(r"le Groupe(?!\s+(?:de|des|du)\s|\s+d['’])",),
    group_nouns=("Groupe",),
    working_groups=(r"[Gg]roupes\s+de\s+travail",),
    mandate_joins=(r"sur", r"pour", r"charg[ée]s?(?:\s+respectivement)?,?\s+(?:de|du|des|d['’])",
                   r"relatifs?\s+(?:à|au|aux)"),
    asset_recovery_mandate=(r"recouvrement\s+(?:des\s+|d['’])avoirs",),
    review_mandate=(r"(?:suivi|examen)\s+de\s+l['’]application",),
    conference_nouns=("Conférence",),
    place_in_name_before=(
        r"[Dd]éclaration\s+(?:de|d['’])",
        r"[Pp]rocessus\s+de",
        r"[Ii]nitiative\s+de",  # named after the city that launched it: l'initiative de Riyad
        r"[Cc]onvention\s+de",
        r"[Uu]niversité\s+(?:de|d['’])",  # a university named after its city
        r"[Pp]rincipes\s+de",
        r"[Ee]ngagements?\s+de",  # an outcome document: l'Engagement de Santiago
        r"[Pp]rogramme\s+d['’]action\s+(?:de|d['’])",  # an outcome document: Programme d'action d'Addis-Abeba
        r"[Cc]onsensus\s+de",
        r"Office\s+des\s+Nations\s+Unies\s+à",  # the UN's offices (UNOV, UNOG, UNON): names of their own
        r"Institut\s+de",  # a body named after its seat: l'Institut de Bâle, le Comité de Bâle
        r"Comité\s+de",
        r"[Uu]niversité\s+(?:de|d['’])",  # a university named after its city: l'université de Bâle
    ),
    place_in_name_after=(),
    state_nouns_before=(
        r"[Dd]élégations?", r"[Gg]ouvernement", r"autorités", r"partie", r"justice", r"présidence", r"diplomatie",
        r"ministre", r"[Mm]inistère", r"ambassade", r"capitale", r"parquet", r"police", r"juridictions?",
        r"tribunaux", r"[ÉE]tat", r"Parlement", r"Sénat", r"[Pp]résident", r"ressortissante?s?", r"citoyens?",
        r"[Cc]oopération",
    ),
    organization_heads=(
        "Agence",
        "Office",
        "Commission",
        "Autorité",
        "Réseau",
        "Groupe",
        "Comité",
        "Académie",
        "Direction",
        "Bureau",
        "Inspection",
        "Institut",
        "Centre",
        "Conseil",
        "Ministère",
        "Cellule",
    ),
    capital_before=(r"capitale(?:\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]))?",),
)
