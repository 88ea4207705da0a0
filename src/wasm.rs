//! The JavaScript boundary: the only file that names `JsValue`. Translation only (ruff_wasm).
//!
//! One call in, one report out, with every offset converted to UTF-16 code units here and nowhere
//! else. Errors become thrown JS `Error`s with the core's message and its facts as fields:
//! `kind` (snake_case, [`ErrorKind::as_str`]), `article` (the id, or null) and `limit` (a number,
//! `[min, max]` for an option, or null); see `CompareError` in report.d.ts.

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use crate::setting::Setting;
use crate::{Article, Error, ErrorKind, Limit, Options};

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = include_str!("report.d.ts");

#[wasm_bindgen]
extern "C" {
    /// A `CompareOptions` object from JavaScript; an imported type so the parameter is optional
    /// (`options?: CompareOptions | null`) in the generated declarations.
    #[wasm_bindgen(typescript_type = "CompareOptions")]
    pub type CompareOptionsJs;
}

/// Options as JavaScript passes them; every field optional. Counts are read as numbers too, so
/// that 1.5 or -1 gets the core's message with the option's range, not a serde type error.
#[derive(Default, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
struct JsOptions {
    max_articles: Option<f64>,
    max_article_bytes: Option<f64>,
    amount_tolerance: Option<f64>,
    copy_threshold: Option<f64>,
}

impl JsOptions {
    /// The option names JavaScript may pass.
    const NAMES: [&'static str; 4] = [
        "maxArticles",
        "maxArticleBytes",
        "amountTolerance",
        "copyThreshold",
    ];

    /// Reads options, refusing unknown names: serde-wasm-bindgen looks up only the known fields, so
    /// `deny_unknown_fields` alone would let a typo such as `max_articles` pass silently.
    fn from_js(options: JsValue) -> Result<JsOptions, JsValue> {
        let bad = |message: String| thrown(&message, ErrorKind::BadOption, None, None);
        let object: &js_sys::Object = options
            .dyn_ref()
            .ok_or_else(|| bad("options: expected an object".to_string()))?;
        let keys = js_sys::Object::keys(object);
        if let Some(name) = keys
            .iter()
            .filter_map(|k| k.as_string())
            .find(|k| !Self::NAMES.contains(&k.as_str()))
        {
            let known = Self::NAMES.join(", ");
            return Err(bad(format!(
                "options: unknown option \"{name}\" (known: {known})"
            )));
        }
        serde_wasm_bindgen::from_value(options).map_err(|e| bad(format!("options: {e}")))
    }

    /// The core's options; [`Options::check`] (run by `compare`) refuses values out of range.
    fn into_options(self) -> Result<Options, Error> {
        let mut options = Options::default();
        if let Some(v) = self.max_articles {
            options.max_articles(whole(Setting::MaxArticles, v)?);
        }
        if let Some(v) = self.max_article_bytes {
            options.max_article_bytes(whole(Setting::MaxArticleBytes, v)?);
        }
        if let Some(v) = self.amount_tolerance {
            options.amount_tolerance(v);
        }
        if let Some(v) = self.copy_threshold {
            options.copy_threshold(v);
        }
        Ok(options)
    }
}

/// A JS number as a count, refusing fractions, NaN, infinities and negative numbers.
fn whole(setting: Setting, value: f64) -> Result<usize, Error> {
    if value.fract() == 0.0 && value >= 0.0 && value <= usize::MAX as f64 {
        Ok(value as usize)
    } else {
        Err(Error::bad_option(setting, value.to_string()))
    }
}

/// The JS `Error` thrown for an error of the core.
fn thrown_core(error: &Error) -> JsValue {
    thrown(
        &error.to_string(),
        error.kind(),
        error.article(),
        error.limit(),
    )
}

/// A JS `Error` with `message`, and `kind`, `article` and `limit` as own properties (null when
/// absent, never undefined). A plain object would lose the stack; a `JsError` cannot carry fields.
fn thrown(message: &str, kind: ErrorKind, article: Option<&str>, limit: Option<Limit>) -> JsValue {
    let error = js_sys::Error::new(message);
    let limit = match limit {
        None => JsValue::NULL,
        Some(Limit::Number(n)) => JsValue::from_f64(n as f64),
        Some(Limit::Range { min, max }) => js_sys::Array::of2(&min.into(), &max.into()).into(),
        // `non_exhaustive` binds other crates only: a new variant fails to compile here.
    };
    let fields = [
        ("kind", JsValue::from_str(kind.as_str())),
        ("article", article.map_or(JsValue::NULL, JsValue::from_str)),
        ("limit", limit),
    ];
    for (key, value) in fields {
        // Setting a property on a fresh Error cannot fail (it is not frozen, has no setters).
        let _ = js_sys::Reflect::set(&error, &JsValue::from_str(key), &value);
    }
    error.into()
}

/// Compares articles; returns the report with UTF-16 offsets. Throws an `Error` naming the
/// article and the problem on bad input, with `kind`, `article` and `limit` fields.
#[wasm_bindgen(js_name = compare, unchecked_return_type = "Report")]
pub fn compare_js(
    #[wasm_bindgen(unchecked_param_type = "ArticleInput[]")] articles: JsValue,
    options: Option<CompareOptionsJs>,
) -> Result<JsValue, JsValue> {
    let (articles, options) = inputs(articles, options)?;
    let report = crate::compare(&articles, &options).map_err(|e| thrown_core(&e))?;
    let texts: Vec<&str> = articles.iter().map(|a| a.text.as_str()).collect();
    Ok(report
        .into_utf16(&texts)
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())?)
}

/// Reads the figures and dates of each article without comparing; returns the reading with
/// UTF-16 offsets. One article is enough. Throws like `compare`.
#[wasm_bindgen(js_name = read, unchecked_return_type = "Reading")]
pub fn read_js(
    #[wasm_bindgen(unchecked_param_type = "ArticleInput[]")] articles: JsValue,
    options: Option<CompareOptionsJs>,
) -> Result<JsValue, JsValue> {
    let (articles, options) = inputs(articles, options)?;
    let reading = crate::read(&articles, &options).map_err(|e| thrown_core(&e))?;
    let texts: Vec<&str> = articles.iter().map(|a| a.text.as_str()).collect();
    Ok(reading
        .into_utf16(&texts)
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())?)
}

/// The articles and options of a call, or the `Error` to throw.
fn inputs(
    articles: JsValue,
    options: Option<CompareOptionsJs>,
) -> Result<(Vec<Article>, Options), JsValue> {
    #[cfg(feature = "console_error_panic_hook")]
    console_error_panic_hook::set_once();
    let articles: Vec<Article> = serde_wasm_bindgen::from_value(articles).map_err(|e| {
        let message = format!(
            "articles must be an array of {{ id, text, title?, language?, published? }}: {e}"
        );
        thrown(&message, ErrorKind::BadInput, None, None)
    })?;
    let options = match options
        .map(JsValue::from)
        .filter(|o| !o.is_undefined() && !o.is_null())
    {
        None => Options::default(),
        Some(options) => JsOptions::from_js(options)?
            .into_options()
            .map_err(|e| thrown_core(&e))?,
    };
    Ok((articles, options))
}

/// The version of the report contract this build writes.
#[wasm_bindgen(js_name = reportVersion)]
pub fn report_version() -> u32 {
    crate::REPORT_VERSION
}
