//! The JavaScript boundary: the only file that names `JsValue`. Translation only (ruff_wasm).
//!
//! One call in, one report out, with every offset converted to UTF-16 code units here and nowhere
//! else. Errors of the core become thrown JS `Error`s with the core's message.

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use crate::{Article, Options};

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = include_str!("report.d.ts");

#[wasm_bindgen]
extern "C" {
    /// A `CompareOptions` object from JavaScript; an imported type so the parameter is optional
    /// (`options?: CompareOptions | null`) in the generated declarations.
    #[wasm_bindgen(typescript_type = "CompareOptions")]
    pub type CompareOptionsJs;
}

/// Options as JavaScript passes them; every field optional.
#[derive(Default, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
struct JsOptions {
    max_articles: Option<usize>,
    max_article_bytes: Option<usize>,
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
    fn from_js(options: JsValue) -> Result<JsOptions, JsError> {
        let object: &js_sys::Object = options
            .dyn_ref()
            .ok_or_else(|| JsError::new("options: expected an object"))?;
        let keys = js_sys::Object::keys(object);
        if let Some(name) = keys
            .iter()
            .filter_map(|k| k.as_string())
            .find(|k| !Self::NAMES.contains(&k.as_str()))
        {
            let known = Self::NAMES.join(", ");
            return Err(JsError::new(&format!(
                "options: unknown option \"{name}\" (known: {known})"
            )));
        }
        serde_wasm_bindgen::from_value(options).map_err(|e| JsError::new(&format!("options: {e}")))
    }

    fn into_options(self) -> Options {
        let mut options = Options::default();
        if let Some(v) = self.max_articles {
            options.max_articles(v);
        }
        if let Some(v) = self.max_article_bytes {
            options.max_article_bytes(v);
        }
        if let Some(v) = self.amount_tolerance {
            options.amount_tolerance(v);
        }
        if let Some(v) = self.copy_threshold {
            options.copy_threshold(v);
        }
        options
    }
}

/// Compares articles; returns the report with UTF-16 offsets. Throws an `Error` naming the
/// article and the problem on bad input.
#[wasm_bindgen(js_name = compare, unchecked_return_type = "Report")]
pub fn compare_js(
    #[wasm_bindgen(unchecked_param_type = "ArticleInput[]")] articles: JsValue,
    options: Option<CompareOptionsJs>,
) -> Result<JsValue, JsError> {
    #[cfg(feature = "console_error_panic_hook")]
    console_error_panic_hook::set_once();
    let articles: Vec<Article> = serde_wasm_bindgen::from_value(articles).map_err(|e| {
        JsError::new(&format!(
            "articles must be an array of {{ id, text, title?, language?, published? }}: {e}"
        ))
    })?;
    let options = match options
        .map(JsValue::from)
        .filter(|o| !o.is_undefined() && !o.is_null())
    {
        None => Options::default(),
        Some(options) => JsOptions::from_js(options)?.into_options(),
    };
    let report = crate::compare(&articles, &options)?;
    let texts: Vec<&str> = articles.iter().map(|a| a.text.as_str()).collect();
    Ok(report
        .into_utf16(&texts)
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())?)
}

/// The version of the report contract this build writes.
#[wasm_bindgen(js_name = reportVersion)]
pub fn report_version() -> u32 {
    crate::REPORT_VERSION
}
