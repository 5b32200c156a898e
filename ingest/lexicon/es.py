"""Spanish: ordinals from ``num2words`` (both genders, both numbers, accents optional, the
apocopated ``primer``/``tercer``); nouns and connectors."""

import unicodedata

from arkg.ingest.lexicon import Lexicon, ordinals

#: Forms ``num2words`` does not print: the learned elevens and twelves, and the one-word teens.
_EXTRA = {"primer": 1, "tercer": 3, "undécimo": 11, "duodécimo": 12, "decimoprimero": 11, "decimosegundo": 12}


def _strip_accents(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", word) if unicodedata.category(ch) != "Mn")


def generate_ordinals() -> dict[str, int]:
    """The ordinal forms, spelled by ``num2words`` (see :func:`ingest.lexicon.ordinals`)."""
    from num2words import num2words

    stems = dict(_EXTRA)
    for n in range(1, 80):  # the General Assembly is in its eighties
        stems.setdefault(num2words(n, to="ordinal", lang="es"), n)
    for n in range(13, 20):  # decimotercero: the one-word form the UN uses beside «décimo tercero»
        stems.setdefault(_strip_accents(num2words(n, to="ordinal", lang="es")).replace(" ", ""), n)
    for stem, n in list(stems.items()):  # apocope before a masculine noun: «decimotercer período»
        if stem.endswith(("primero", "tercero")):
            stems.setdefault(stem[:-1], n)
    out: dict[str, int] = {}
    for stem, n in stems.items():
        words = stem.split(" ")
        for ending in ("", "a", "s", "as"):
            inflected = []
            for w in words:  # every word of «vigésimo primero» agrees: «vigésima primera»
                if w.endswith("o") and ending:
                    inflected.append(w[:-1] + ("o" + ending if ending == "s" else ending))
                else:
                    inflected.append(w)
            form = " ".join(inflected)
            out[form] = n
            out[_strip_accents(form)] = n
    return out


LEXICON = Lexicon(
    code="es",
    ordinals=ordinals("es", generate_ordinals),
    # the Academy's 9.ª and the press's 9a. (a dot before or after the letter; NFKC reads ª as a)
    ordinal_suffixes=("º", "ª", "°", "o", "a", "er", r"\.[ºªoa]", r"[ºªoa]\."),
    session=(r"per[ií]odos?\s+de\s+sesiones", r"sesi[oó]n", r"sesiones"),
    meeting=(r"reuni[oó]n", r"reuniones"),
    article=(r"art[ií]culos?", r"art\."),
    chapter=(r"cap[ií]tulos?",),
    resolution=(r"resoluci[oó]n", r"resoluciones"),
    assembly_between=(r"de\s+la\s+Asamblea\s+General(?:\s+de\s+(?:la\s+Organizaci[óo]n\s+de\s+)?las\s+Naciones\s+Unidas|\s+de\s+la\s+ONU)?",),
    # las resoluciones de la Conferencia 6/6
    conference_between=(r"de\s+la\s+Conferencia(?:\s+de\s+los\s+Estados\s+Partes)?",),
    decision=(r"decisi[oó]n", r"decisiones"),
    paragraph=(r"p[aá]rrafos?",),
    range=("a", "al", "-", "–"),
    range_open=("del", "de"),
    list=("y", "e", ","),
    of=("de la", "del", "de los", "de las", "de"),
    drafts=(r"proyecto\s+de\s+(?:convenci[oó]n|texto)",),
    other_instruments=(
        r"Protocolo",
        r"Carta",
        r"Pacto",
        r"Tratado",
        r"Estatuto",
        r"C[oó]digo\s+(?:Penal|Procesal\s+Penal|Civil|Org[aá]nico)",
        r"Constituci[oó]n",
        r"Ley\s+(?:N[°ºo]\.?\s*)?\d",
    ),
    other_conventions=(
        r"Convenci[oó]n\s+de\s+las\s+Naciones\s+Unidas\s+contra\s+la\s+Delincuencia\s+Organizada\s+Transnacional",
        r"Convenci[oó]n\s+(?:[AÁ]rabe|Interamericana|Africana|Europea|de\s+la\s+Uni[oó]n\s+Africana)",
        r"Convenio\s+(?:Penal|Civil)\s+sobre\s+la\s+Corrupci[oó]n",
        r"Convenio\s+del\s+Consejo\s+de\s+Europa",
    ),
    other_holders=(
        r"Comit[ée]",
        r"Comisi[oó]n",
        r"Consejo",
        r"Grupo\s+\w+",  # a group other than the bodies whose names the linker knows (Grupo Revisor …)
        r"Asamblea\s+de\s+los\s+Estados",
    ),
    other_qualifiers=(r"plenaria", r"(?:del\s+)?ciclo", r"del\s+[Mm]ecanismo",
                      r"(?:intergubernamental\s+)?de\s+expertos",  # an expert meeting: no body's session
                      r"entre\s+(?:per[ií]odos\s+de\s+)?sesiones",  # nor an intersessional one
                      # nor a briefing or a training
                      r"informativa|de\s+(?:informaci[oó]n|capacitaci[oó]n|formaci[oó]n)"),
    determiners=("el", "la", "los", "las"),
    elided_follow=("en", "celebrad[oa]", "que", "fue"),
    convention_anaphora=("la Convención", "esta Convención", "dicha Convención"),
    convention_titles=(
        r"Convenci[oó]n\s+(?:(?:llamada|denominada|conocida\s+como)\s+)?de\s+M[ée]rida",
        r"Convenci[oó]n\s+de\s+la\s+ONU\s+contra\s+la\s+Corrupci[oó]n",
        # the article is often dropped, and a headline's capitals kept (Convención de Naciones Unidas Contra la …)
        r"Convenci[oó]n\s+de\s+(?:las\s+)?Naciones\s+Unidas\s+[Cc]ontra\s+la\s+Corrupci[oó]n",
    ),
    # the press's «Congreso» and its States «participantes», «signatarios», countries («países firmantes»)
    conference_of_parties=(r"(?:Conferencia|Congreso)\s+de\s+(?:(?:los|las)\s+)?(?:(?:Estados|pa[ií]ses)\s+)?"
                           r"(?:Partes?|participantes|signatarios|firmantes)\s+(?:en|de|a)\s+(?:la\s+)?",
                           # la conferencia (bianual) de la Convención: its own
                           r"conferencia\s+(?:(?:bianual|bienal)\s+)?de\s+la\s+"),
    conference_anaphora=("la Conferencia",),
    un_conference=(r"Conferencia\s+de\s+(?:la\s+ONU|las\s+Naciones\s+Unidas)(?!\s+(?:sobre|para|relativa)\s)",),
    working_group_anaphora=("el Grupo de Trabajo", r"(?<=del\s)Grupo\s+de\s+Trabajo"),
    review_group_anaphora=(r"el Grupo(?!\s+(?:de|del)\s)",),
    group_nouns=("Grupo",),
    working_groups=(r"[Gg]rupos\s+de\s+[Tt]rabajo",),
    mandate_joins=(r"sobre", r"de", r"encargados?\s+de", r"para"),
    asset_recovery_mandate=(r"recup(?:ero|eraci[oó]n)\s+de\s+(?:los\s+)?activos",),
    review_mandate=(r"(?:examen|revisi[oó]n)\s+de\s+la\s+(?:aplicaci[oó]n|implementaci[oó]n)",),
    conference_nouns=("Conferencia",),
    place_in_name_before=(r"[Dd]eclaración\s+de", r"[Pp]roceso\s+de", r"[Ii]niciativa\s+de", r"[Cc]onvención\s+de",
                         r"[Pp]rincipios\s+de", r"[Cc]ompromisos?\s+de",  # an outcome: el Compromiso de Santiago
                         r"[Aa]genda\s+de\s+[Aa]cci[oó]n\s+de", r"[Cc]onsenso\s+de",
                         r"Oficina\s+de\s+las\s+Naciones\s+Unidas\s+en",  # UNOV, UNOG: names of their own
                         r"Instituto\s+de", r"Comité\s+de",  # a body named after its seat (Instituto de Basilea)
                         r"[Uu]niversidad\s+de"),  # a university named after its city
    place_in_name_after=(),
    state_nouns_before=(
        r"[Dd]elegación", r"[Gg]obierno", r"autoridades", r"parte", r"justicia", r"[Pp]residencia", r"diplomacia",
        r"ministr[oa]", r"[Mm]inisterio", r"[Ee]mbajada", r"capital", r"[Ff]iscalía", r"[Pp]olicía", r"tribunales",
        r"Estado", r"Parlamento", r"Senado", r"[Pp]residente", r"ciudadan[oa]s?", r"nacionales", r"[Cc]ooperación",
    ),
    organization_heads=(
        "Agencia",
        "Oficina",
        "Comisión",
        "Autoridad",
        "Red",
        "Grupo",
        "Comité",
        "Academia",
        "Dirección",
        "Unidad",
        "Instituto",
        "Centro",
        "Consejo",
        "Ministerio",
        "Fiscalía",
        "Procuraduría",
        "Contraloría",
    ),
    capital_before=(r"(?<!\w)la\s+capital(?:\s+(?:de\s+la|del|de))?",),  # (el capital: money)
)
