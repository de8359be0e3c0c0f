//! Zones found by the visitor's words: the Spanish city names of
//! `www/zones/es.txt` (CLDR's exemplar cities, read here as the browser
//! downloads them), with or without accents and in any case.

use support_policy::web::widget::cities::{Cities, find_city};
use support_policy::zone::TzdbZone;

fn zones() -> Vec<String> {
    chrono_tz::TZ_VARIANTS
        .iter()
        .map(|z| z.name().to_owned())
        .filter(|n| n.contains('/'))
        .collect()
}

#[test]
fn spanish_city_names_find_their_zones() {
    let es = Cities::parse(&std::fs::read_to_string("www/zones/es.txt").unwrap());
    assert!(
        es.len() > 150,
        "CLDR's Spanish exemplar cities: {}",
        es.len()
    );
    let zones = zones();
    for (typed, zone) in [
        ("Nueva York", "America/New_York"),
        ("nueva york", "America/New_York"),
        ("Londres", "Europe/London"),
        ("Ciudad de México", "America/Mexico_City"),
        ("ciudad de mexico", "America/Mexico_City"),
        ("Bogotá", "America/Bogota"),
        ("BOGOTA", "America/Bogota"),
        ("Lisboa", "Europe/Lisbon"),
        ("São Paulo", "America/Sao_Paulo"),
        ("sao paulo", "America/Sao_Paulo"),
        // Cities whose Spanish name is the IANA one, and English names, still work.
        ("Madrid", "Europe/Madrid"),
        ("New York", "America/New_York"),
    ] {
        let found = find_city(typed, &zones, Some(&es));
        assert_eq!(found, Some(zone), "{typed}");
        // Every zone found is one the engine knows.
        assert!(
            support_policy::TimeZone::for_name(zone)
                .map(|_: TzdbZone| ())
                .is_ok()
        );
    }
    assert_eq!(find_city("Atlántida", &zones, Some(&es)), None);
    assert_eq!(es.name_of("America/New_York"), Some("Nueva York"));
}

#[test]
fn english_finds_as_before_without_a_download() {
    let zones = zones();
    assert_eq!(
        find_city("new york", &zones, None),
        Some("America/New_York")
    );
    assert_eq!(
        find_city("Sao Paulo", &zones, None),
        Some("America/Sao_Paulo")
    );
    assert_eq!(find_city("Nueva York", &zones, None), None);
}

#[test]
fn each_languages_city_names_find_their_zones() {
    // The files for the policy page's other languages (fetched when the
    // widget speaks them): a few cities each, as readers there write them.
    let zones = zones();
    for (lang, cases) in [
        (
            "it",
            &[
                ("Londra", "Europe/London"),
                ("Lisbona", "Europe/Lisbon"),
                ("san paolo", "America/Sao_Paulo"),
            ][..],
        ),
        (
            "fr",
            &[
                ("Londres", "Europe/London"),
                ("Lisbonne", "Europe/Lisbon"),
                ("Sao Paulo", "America/Sao_Paulo"),
            ][..],
        ),
        (
            "pt",
            &[
                ("Nova York", "America/New_York"),
                ("Londres", "Europe/London"),
                ("Lisboa", "Europe/Lisbon"),
            ][..],
        ),
        (
            "nl",
            &[("Londen", "Europe/London"), ("Lissabon", "Europe/Lisbon")][..],
        ),
        (
            "pl",
            &[
                ("Nowy Jork", "America/New_York"),
                ("LONDYN", "Europe/London"),
                ("Lizbona", "Europe/Lisbon"),
            ][..],
        ),
    ] {
        let cities =
            Cities::parse(&std::fs::read_to_string(format!("www/zones/{lang}.txt")).unwrap());
        assert!(cities.len() > 100, "{lang}: {}", cities.len());
        for (typed, zone) in cases {
            assert_eq!(
                find_city(typed, &zones, Some(&cities)),
                Some(*zone),
                "{lang}: {typed}"
            );
        }
    }
}
