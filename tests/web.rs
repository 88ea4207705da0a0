//! Test suite for the JS API in headless Chromium (`wasm-pack test --headless --chrome`).
//! Checks what JavaScript sees: plain objects, camelCase-free contract keys, `null` not
//! `undefined`, UTF-16 offsets, and readable `Error`s with their `kind`, `article` and `limit`.
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
    parallax::compare_js(articles, options.map(JsCast::unchecked_into))
}

/// Options from (name, number) pairs; NaN and infinities included, which JSON cannot spell.
fn options(list: &[(&str, f64)]) -> JsValue {
    let o = Object::new();
    for (name, value) in list {
        Reflect::set(&o, &(*name).into(), &(*value).into()).unwrap();
    }
    o.into()
}

/// The thrown value's message, `kind`, `article` and `limit` (as JSON, "null" when absent), after
/// checking it is an `Error` whose fields are all own properties, none undefined.
fn fields(thrown: JsValue) -> (String, String, String, String) {
    assert!(thrown.is_instance_of::<js_sys::Error>(), "{thrown:?}");
    let text = |key: &str| {
        assert!(Reflect::has(&thrown, &key.into()).unwrap(), "{key} is set");
        let value = get(&thrown, key);
        assert!(!value.is_undefined(), "{key} is not undefined");
        JSON::stringify(&value).unwrap().as_string().unwrap()
    };
    let message = get(&thrown, "message").as_string().unwrap();
    (message, text("kind"), text("article"), text("limit"))
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
    let (message, kind, article, limit) = fields(err);
    assert_eq!(message, "3 articles given: the limit is 2");
    assert_eq!(
        (kind.as_str(), article.as_str(), limit.as_str()),
        (r#""too_many_articles""#, "null", "2")
    );
    let typo = JSON::parse(r#"{"max_articles": 2}"#).unwrap();
    let err = parallax_compare(three.clone(), Some(typo)).unwrap_err();
    let (message, kind, _, limit) = fields(err);
    assert!(
        message.starts_with("options:") && message.contains("max_articles"),
        "{message}"
    );
    assert_eq!((kind.as_str(), limit.as_str()), (r#""bad_option""#, "null"));
    assert!(parallax_compare(three, Some(JsValue::NULL)).is_ok());
}

/// The defect: a NaN or negative `amountTolerance` made the same amount in two articles a
/// conflict. Such options are refused now, naming the option and its range.
#[wasm_bindgen_test]
fn options_out_of_range_throw_bad_option_with_the_range() {
    let same_amount = [
        (
            "a",
            "The film is directed by Jane Doe. Acme Corp raised $2 billion in 2014.",
        ),
        (
            "b",
            "Le film est réalisé par Jane Doe. Acme Corp a levé 2 milliards de dollars en 2014.",
        ),
    ];
    let cases: [(&str, f64, &str, &str); 8] = [
        (
            "amountTolerance",
            f64::NAN,
            "option amount_tolerance = NaN: it must be a number from 0 to 1",
            "[0,1]",
        ),
        (
            "amountTolerance",
            -0.05,
            "option amount_tolerance = -0.05",
            "[0,1]",
        ),
        (
            "amountTolerance",
            f64::INFINITY,
            "option amount_tolerance = inf",
            "[0,1]",
        ),
        ("copyThreshold", 1.5, "option copy_threshold = 1.5", "[0,1]"),
        (
            "maxArticles",
            1.0,
            "option max_articles = 1: it must be a whole number from 2 to 100",
            "[2,100]",
        ),
        ("maxArticles", 2.5, "option max_articles = 2.5", "[2,100]"),
        (
            "maxArticleBytes",
            -1.0,
            "option max_article_bytes = -1",
            "[1,2000000]",
        ),
        (
            "maxArticleBytes",
            0.0,
            "option max_article_bytes = 0",
            "[1,2000000]",
        ),
    ];
    for (name, value, expected, range) in cases {
        let err =
            parallax_compare(articles(&same_amount), Some(options(&[(name, value)]))).unwrap_err();
        let (message, kind, article, limit) = fields(err);
        assert!(message.starts_with(expected), "{name} = {value}: {message}");
        assert_eq!(
            (kind.as_str(), article.as_str(), limit.as_str()),
            (r#""bad_option""#, "null", range),
            "{message}"
        );
    }
    let fine = options(&[
        ("amountTolerance", 0.0),
        ("copyThreshold", 1.0),
        ("maxArticles", 2.0),
    ]);
    let report = parallax_compare(articles(&same_amount), Some(fine)).unwrap();
    let facts = JSON::stringify(&get(&report, "facts"))
        .unwrap()
        .as_string()
        .unwrap();
    assert!(
        facts.contains(r#""verdict":"agree""#) && !facts.contains("conflict"),
        "{facts}"
    );
}

#[wasm_bindgen_test]
fn errors_carry_kind_article_and_limit() {
    let big = "x".repeat(101);
    let text = "Some text here.";
    let bytes = options(&[("maxArticleBytes", 100.0)]);
    let cases: [(Result<JsValue, JsValue>, &str, &str, &str); 6] = [
        (
            parallax_compare(articles(&[("a", text), ("big", &big)]), Some(bytes)),
            r#""too_large""#,
            r#""big""#,
            "100",
        ),
        (
            compare(&[("a", text), ("a", text)]),
            r#""duplicate_id""#,
            r#""a""#,
            "null",
        ),
        (
            compare(&[("a", text)]),
            r#""too_few_articles""#,
            "null",
            "2",
        ),
        (
            compare(&[("a", text), ("  ", text)]),
            r#""empty_id""#,
            "null",
            "null",
        ),
        // An id that the old message-matching blamed on the wrong article: the field is exact.
        (
            compare(&[("x", text), ("article \"x\"", " ")]),
            r#""empty_text""#,
            r#""article \"x\"""#,
            "null",
        ),
        (
            parallax_compare(JsValue::from_str("not an array"), None),
            r#""bad_input""#,
            "null",
            "null",
        ),
    ];
    for (result, kind, article, limit) in cases {
        let (message, k, a, l) = fields(result.unwrap_err());
        assert_eq!(
            (k.as_str(), a.as_str(), l.as_str()),
            (kind, article, limit),
            "{message}"
        );
    }
    let mut dated = articles(&[("a", text), ("b", text)]);
    Reflect::set(
        &Array::from(&dated).get(1),
        &"published".into(),
        &"2015-02-30".into(),
    )
    .unwrap();
    let (message, kind, article, _) = fields(parallax_compare(dated.clone(), None).unwrap_err());
    assert_eq!(
        (kind.as_str(), article.as_str()),
        (r#""bad_date""#, r#""b""#),
        "{message}"
    );
    dated = articles(&[("a", text), ("b", text)]);
    Reflect::set(
        &Array::from(&dated).get(0),
        &"language".into(),
        &"xx".into(),
    )
    .unwrap();
    let (message, kind, article, _) = fields(parallax_compare(dated, None).unwrap_err());
    assert_eq!(
        (kind.as_str(), article.as_str()),
        (r#""bad_language""#, r#""a""#),
        "{message}"
    );
    let portuguese = "A câmara municipal aprovou na terça-feira o novo orçamento, depois de um \
                      longo debate. O presidente disse que as escolas vão receber a maior parte.";
    let unread = articles(&[("a", text), ("pt", portuguese)]);
    let (message, kind, article, _) = fields(parallax_compare(unread, None).unwrap_err());
    assert_eq!(
        (kind.as_str(), article.as_str()),
        (r#""unsupported_language""#, r#""pt""#),
        "{message}"
    );
}

/// `read` in the browser: one article is enough, and every offset is in UTF-16 code units.
#[wasm_bindgen_test]
fn read_gives_mentions_with_utf16_offsets() {
    let text = "🙂 Acme a levé 4,8 milliards de dollars le 3 juin 2015.";
    let reading = parallax::read_js(articles(&[("fr", text)]), None).expect("reads");
    let mentions = Array::from(&get(
        &Array::from(&get(&reading, "articles")).get(0),
        "mentions",
    ));
    let js_text = js_sys::JsString::from(text);
    let got: Vec<String> = mentions
        .iter()
        .map(|m| {
            let at = |k: &str| get(&m, k).as_f64().expect("offset") as u32;
            let words = js_text.slice(at("start"), at("end"));
            let kind = get(&m, "kind").as_string().expect("kind");
            format!("{kind}:{}", String::from(words))
        })
        .collect();
    assert_eq!(got, ["money:4,8 milliards de dollars", "date:3 juin 2015"]);
}
