//! Tables for language `fr`.

use super::*;

pub(crate) static TABLES: Tables = Tables {
    segment: SEGMENT,
    numbers: NUMBERS,
    claims: CLAIMS,
};

// ---------------------------------------------------------------- segment (sentence splitting)

const SEGMENT: SegmentTables = SegmentTables {
    abbreviations: &[
        "M.", "MM.", "Mme.", "Mlle.", "Dr.", "Pr.", "av.", "apr.", "J.-C.", "etc.", "p. ex.",
        "cf.", "env.", "St.", "Ste.", "boul.", "bd.", "n°.", "No.", "janv.", "févr.", "avr.",
        "juill.", "sept.", "oct.", "nov.", "déc.", "Cie.", "hab.", "min.", "max.",
    ],
    ordinal_cues: &[],
    ordinal_nouns: &[],
    elisions: &[
        "l", "d", "j", "n", "s", "c", "m", "t", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
        "presqu",
    ],
    clitics: &[],
    boilerplate_lines: &[
        "menu",
        "accueil",
        "rechercher",
        "recherche",
        "fermer",
        "aller au contenu",
        "aller au contenu principal",
        "partager",
        "partager cet article",
        "partagez",
        "partager sur facebook",
        "partager sur twitter",
        "imprimer",
        "commentaires",
        "commenter",
        "laisser un commentaire",
        "réagir",
        "publicité",
        "sponsorisé",
        "articles similaires",
        "sur le même sujet",
        "à lire aussi",
        "lire aussi",
        "lire la suite",
        "voir aussi",
        "s'abonner",
        "s’abonner",
        "abonnez-vous",
        "se connecter",
        "newsletter",
        "retour en haut",
        "mots-clés",
        "annuler la réponse",
    ],
    boilerplate_prefixes: &[
        "aller au contenu",
        "crédit photo",
        "crédits photo",
        "crédit :",
        "crédit:",
        "crédits :",
        "photo :",
        "photo:",
        "photos :",
        "illustration :",
        "source :",
        "tous droits réservés",
        "ce site utilise akismet",
        "votre adresse e-mail ne sera pas publiée",
        "votre adresse de messagerie ne sera pas",
        "derniers articles de",
        "lire aussi :",
        "à lire aussi",
        "voir aussi :",
        "suivez-nous",
        "inscrivez-vous",
        "abonnez-vous",
        "cliquez ici",
        "partager sur",
    ],
    bylines: &["Par"],
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

const CLAIMS: ClaimTables = ClaimTables { roles: &[] };
