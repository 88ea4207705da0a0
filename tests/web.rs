//! Test suite for the JS API in headless Chromium (`wasm-pack test --headless --chrome`).
//! Checks what JavaScript sees: plain objects, camelCase-free contract keys, `null` not
//! `undefined`, UTF-16 offsets, and readable `Error`s.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Object, Reflect, JSON};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn article(id: &str, text: &str) -> JsValue {
    let o = Object::new();
    Reflect::set(&o, &"id".into(), &id.into()).unwrap();
    Reflect::set(&o, &"text".into(), &text.into()).unwrap();
    o.into()
}

fn articles(list: &[(&str, &str)]) -> JsValue {
    list.iter()
        .map(|(id, text)| article(id, text))
        .collect::<Array>()
        .into()
}

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &key.into()).unwrap()
}

fn compare(list: &[(&str, &str)]) -> Result<JsValue, JsValue> {
    parallax_compare(articles(list), None)
}

/// The exported `compare` exactly as JavaScript calls it, with its error as the thrown value.
fn parallax_compare(articles: JsValue, options: Option<JsValue>) -> Result<JsValue, JsValue> {
    parallax::compare_js(articles, options.map(JsCast::unchecked_into)).map_err(JsValue::from)
}

#[wasm_bindgen_test]
fn report_is_a_plain_json_object_with_the_contract_keys() {
    let report = compare(&[
        ("a", "One sentence here. Another one."),
        ("b", "Une phrase ici."),
    ])
    .unwrap();
    let json = JSON::stringify(&report).unwrap().as_string().unwrap();
    for key in [
        "\"version\":1",
        "\"articles\"",
        "\"facts\"",
        "\"passages\"",
        "\"copies\"",
    ] {
        assert!(json.contains(key), "{key} missing in {json}");
    }
    let first = Array::from(&get(&report, "articles")).get(0);
    assert_eq!(get(&first, "id").as_string().unwrap(), "a");
    // json_compatible(): an absent publication date is null, never undefined.
    assert!(get(&first, "published").is_null());
}

#[wasm_bindgen_test]
fn sentence_offsets_are_utf16_code_units() {
    let text = "😀 中文 début. Second sentence here.";
    let report = compare(&[("a", text), ("b", "Other text. More text.")]).unwrap();
    let first = Array::from(&get(&report, "articles")).get(0);
    let sentences = Array::from(&get(&first, "sentences"));
    let last = sentences.get(sentences.length() - 1);
    let end = get(&last, "end").as_f64().unwrap() as usize;
    assert_eq!(
        end,
        text.encode_utf16().count(),
        "end of text in UTF-16 units"
    );
    let start = get(&last, "start").as_f64().unwrap() as usize;
    let utf16: Vec<u16> = text.encode_utf16().collect();
    assert_eq!(
        String::from_utf16(&utf16[start..end]).unwrap(),
        "Second sentence here."
    );
}

#[wasm_bindgen_test]
fn bad_input_throws_an_error_naming_the_article() {
    let err = compare(&[("a", "Some text."), ("empty", "   ")]).unwrap_err();
    assert!(err.is_instance_of::<js_sys::Error>());
    let message = js_sys::Error::from(err).message().as_string().unwrap();
    assert!(
        message.contains("\"empty\"") && message.contains("empty"),
        "{message}"
    );
}

#[wasm_bindgen_test]
fn one_article_is_refused_with_the_limit() {
    let err = compare(&[("a", "Some text.")]).unwrap_err();
    let message = js_sys::Error::from(err).message().as_string().unwrap();
    assert!(message.contains("at least 2"), "{message}");
}

#[wasm_bindgen_test]
fn malformed_articles_throw_instead_of_panicking() {
    let err = parallax_compare(JsValue::from_str("not an array"), None).unwrap_err();
    let message = js_sys::Error::from(err).message().as_string().unwrap();
    assert!(message.contains("articles must be an array"), "{message}");
}

#[wasm_bindgen_test]
fn options_are_read_in_camel_case_and_unknown_ones_refused() {
    let three = articles(&[
        ("a", "One text."),
        ("b", "Two texts."),
        ("c", "Three texts."),
    ]);
    let limit = JSON::parse(r#"{"maxArticles": 2}"#).unwrap();
    let err = parallax_compare(three.clone(), Some(limit)).unwrap_err();
    let message = get(&err, "message").as_string().unwrap();
    assert!(message.contains('2') && message.contains('3'), "{message}");
    let typo = JSON::parse(r#"{"max_articles": 2}"#).unwrap();
    let err = parallax_compare(three.clone(), Some(typo)).unwrap_err();
    let message = get(&err, "message").as_string().unwrap();
    assert!(
        message.starts_with("options:") && message.contains("max_articles"),
        "{message}"
    );
    assert!(parallax_compare(three, Some(JsValue::NULL)).is_ok());
}
