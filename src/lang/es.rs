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

// No claim lexicon yet: names, numbers and dates only.
const CLAIMS: ClaimTables = NO_CLAIMS;
