//! Tables for language `es`.

use super::*;

pub(crate) static TABLES: Tables = Tables {
    segment: SEGMENT,
    numbers: NUMBERS,
    claims: CLAIMS,
};

// ---------------------------------------------------------------- segment (sentence splitting)

const SEGMENT: SegmentTables = SegmentTables {
    abbreviations: &[
        "Sr.", "Sra.", "Srta.", "Dr.", "Dra.", "D.", "Dña.", "Prof.", "etc.", "p. ej.", "EE.UU.",
        "EE. UU.", "núm.", "No.", "aprox.", "ene.", "feb.", "abr.", "ago.", "sept.", "oct.",
        "nov.", "dic.", "Av.", "Cía.", "S.A.",
    ],
    ordinal_cues: &[],
    ordinal_nouns: &[],
    elisions: &[],
    clitics: &[],
    boilerplate_lines: &[
        "menú",
        "inicio",
        "buscar",
        "cerrar",
        "ir al contenido",
        "compartir",
        "comentarios",
        "deja un comentario",
        "publicidad",
        "noticias relacionadas",
        "leer más",
        "suscríbete",
        "iniciar sesión",
        "imprimir",
    ],
    boilerplate_prefixes: &[
        "ir al contenido",
        "foto:",
        "foto :",
        "imagen:",
        "fuente:",
        "todos los derechos reservados",
        "este sitio usa akismet",
        "tu dirección de correo electrónico no será publicada",
        "lee también",
        "síguenos",
    ],
    bylines: &["Por"],
};

// ---------------------------------------------------------------- numbers, dates, measures

const NUMBERS: NumberTables = NumberTables {
    space_groups: true,
    decimal_comma: true,
    scales: &[
        ("mil millones", 1e9),
        ("mil", 1e3),
        ("millón", 1e6),
        ("millones", 1e6),
        ("billón", 1e12),
        ("billones", 1e12),
    ],
    currencies: &[
        ("dólares estadounidenses", "USD"),
        ("dólares de Hong Kong", "HKD"),
        ("dólares", "USD"),
        ("dólar", "USD"),
        ("euros", "EUR"),
        ("euro", "EUR"),
        ("libras esterlinas", "GBP"),
        ("yuanes", "CNY"),
        ("yuan", "CNY"),
        ("yenes", "JPY"),
    ],
    joiners: &["de"],
    percent: &["por ciento"],
    number_words: &[],
    time_words: &["h", "horas"],
    ordinal_suffixes: &["º"],
    months: &[
        ("enero", 1),
        ("febrero", 2),
        ("marzo", 3),
        ("abril", 4),
        ("mayo", 5),
        ("junio", 6),
        ("julio", 7),
        ("agosto", 8),
        ("septiembre", 9),
        ("setiembre", 9),
        ("octubre", 10),
        ("noviembre", 11),
        ("diciembre", 12),
    ],
    month_abbreviations: &[],
    numeric_day_first: true,
    relative: &[
        ("anteayer", Relative::Days(-2)),
        ("ayer", Relative::Days(-1)),
        ("hoy", Relative::Days(0)),
        ("mañana", Relative::Days(1)),
        ("el año pasado", Relative::Years(-1)),
        ("este año", Relative::Years(0)),
        ("el próximo año", Relative::Years(1)),
        ("el mes pasado", Relative::Months(-1)),
    ],
    case_sensitive: &[],
    measures: &[],
};

// ---------------------------------------------------------------- claims (roles, positions)

// No claim lexicon yet: names, numbers and dates only.
const CLAIMS: ClaimTables = NO_CLAIMS;
