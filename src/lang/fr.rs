//! Tables for language `fr`.

use super::*;

pub(crate) static TABLES: Tables = Tables {
    segment: SEGMENT,
    numbers: NUMBERS,
    claims: CLAIMS,
};

// ---------------------------------------------------------------- segment (sentence splitting)

const SEGMENT: SegmentTables = SegmentTables { abbreviations: &[] };

// ---------------------------------------------------------------- numbers, dates, measures

const NUMBERS: NumberTables = NumberTables {
    decimal_comma: false,
    scales: &[],
    currencies: &[],
    percent: &[],
    number_words: &[],
    months: &[],
    relative: &[],
    measures: &[],
};

// ---------------------------------------------------------------- claims (roles, positions)

const CLAIMS: ClaimTables = ClaimTables {
    stop_capitals: &[
        "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "au", "aux", "en", "dans",
        "pour", "par", "sur", "avec", "sans", "après", "avant", "alors", "mais", "et", "ou", "si",
        "quand", "comme", "ce", "cette", "ces", "cet", "son", "sa", "ses", "leur", "leurs", "il",
        "elle", "ils", "elles", "on", "nous", "vous", "je", "c'", "qu'", "s'", "selon", "pendant",
        "depuis", "malheureusement", "cependant", "toutefois", "ainsi", "aujourd'hui", "hier",
        "pourtant", "enfin", "mis", "etre", "être", "comment", "cela", "ceci", "affaire", "tout",
        "toute", "tous", "plusieurs", "lors", "entre", "chez", "vers", "outre",
    ],
    not_names: &[
        "pdg", "ceo", "m", "mme", "mlle", "dr", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
        "samedi", "dimanche",
    ],
    particles: &["de", "du", "des", "la", "le", "van", "von", "der", "di", "da", "d'"],
    role_participles: &[
        ("réalisé", "director"), ("réalisée", "director"), ("réalisés", "director"),
        ("mis en scène", "director"), ("dirigé", "director"), ("mené", "director"),
        ("menée", "director"), ("produit", "producer"), ("produite", "producer"),
        ("coproduit", "producer"), ("écrit", "screenwriter"), ("écrite", "screenwriter"),
        ("scénarisé", "screenwriter"), ("coécrit", "screenwriter"), ("interprété", "lead actor"),
        ("incarné", "lead actor"), ("composé", "composer"), ("monté", "editor"),
    ],
    agent_markers: &["par"],
    role_lead_ins: &[("avec dans le rôle principal", "lead actor"), ("sous la direction de", "director")],
    role_verbs: &[
        ("réalisera", "director"), ("va réaliser", "director"), ("doit réaliser", "director"),
        ("réalise", "director"), ("produira", "producer"), ("va produire", "producer"),
        ("doit produire", "producer"), ("produit", "producer"), ("écrira", "screenwriter"),
        ("va écrire", "screenwriter"), ("dirigera", "director"), ("va diriger", "director"),
        ("tiendra le rôle principal", "lead actor"), ("jouera le rôle principal", "lead actor"),
    ],
    entrust_verbs: &["confié", "confie", "confiée", "confiera", "attribué", "attribue"],
    role_nouns: &[
        ("réalisation", "director"), ("direction", "director"), ("mise en scène", "director"),
        ("écriture", "screenwriter"), ("scénario", "screenwriter"), ("production", "producer"),
        ("rôle principal", "lead actor"),
    ],
    positions: &[
        ("président-directeur général", "CEO"), ("président directeur général", "CEO"),
        ("p.-d.g.", "CEO"), ("pdg", "CEO"), ("ceo", "CEO"), ("directeur général", "CEO"),
        ("directrice générale", "CEO"), ("patron", "head"), ("patronne", "head"),
        ("directeur exécutif", "executive director"), ("directrice exécutive", "executive director"),
        ("directeur financier", "CFO"), ("directrice financière", "CFO"),
        ("président du conseil d'administration", "chair"), ("présidente du conseil d'administration", "chair"),
        ("président", "president"), ("présidente", "president"), ("vice-président", "vice president"),
        ("cofondateur", "founder"), ("cofondatrice", "founder"), ("co-fondateur", "founder"),
        ("fondateur", "founder"), ("fondatrice", "founder"), ("directeur", "head"),
        ("directrice", "head"), ("dirigeant", "head"), ("dirigeante", "head"), ("chef", "head"),
        ("porte-parole", "spokesperson"),
    ],
    org_prepositions: &["de", "d'", "du", "des", "chez"],
    possessives: &["son", "sa", "leur"],
    determiners: &["le", "la", "l'", "les", "un", "une", "son", "sa", "ses", "ce", "cette", "nouveau", "nouvelle", "ancien", "ancienne"],
    work_nouns: &[
        ("film", "film"), ("long-métrage", "film"), ("long métrage", "film"), ("documentaire", "film"),
        ("comédie", "film"), ("série", "series"), ("feuilleton", "series"), ("projet", "project"),
        ("livre", "book"), ("roman", "book"), ("album", "album"), ("pièce", "play"),
    ],
    title_cues: &["baptisé", "baptisée", "intitulé", "intitulée", "appelé", "appelée", "nommé", "nommée"],
    title_nouns: &["titre", "nom"],
    copulas: &["est", "sera", "était"],
    conjunctions: &["et"],
};
