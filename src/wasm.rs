//! The JavaScript boundary: the only file that names `JsValue`. Translation only (ruff_wasm).
//!
//! One call in, one report out, with every offset converted to UTF-16 code units here and nowhere
//! else. Errors of the core become thrown JS `Error`s with the core's message.

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use crate::{Article, Options};

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = include_str!("report.d.ts");

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
    #[wasm_bindgen(unchecked_param_type = "CompareOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    #[cfg(feature = "console_error_panic_hook")]
    console_error_panic_hook::set_once();
    let articles: Vec<Article> = serde_wasm_bindgen::from_value(articles).map_err(|e| {
        JsError::new(&format!(
            "articles must be an array of {{ id, text, title?, language?, published? }}: {e}"
        ))
    })?;
    let options = if options.is_undefined() || options.is_null() {
        Options::default()
    } else {
        serde_wasm_bindgen::from_value::<JsOptions>(options)
            .map_err(|e| JsError::new(&format!("options: {e}")))?
            .into_options()
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
