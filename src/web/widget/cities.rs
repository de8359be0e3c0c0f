//! Time zones found by the visitor's words: city names in the visitor's
//! language (CLDR's exemplar cities, `www/zones/LANG.txt`, downloaded when
//! the time-zone field is first used) and the IANA names' own cities,
//! compared without case or accents ("bogota" finds Bogotá, "SAO PAULO"
//! São Paulo). Pure, so it is tested natively.

/// The cities of one language: `(zone, city, folded city)`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Cities(Vec<(String, String, String)>);

impl Cities {
    /// Reads a file of `Zone/Id<TAB>City` lines (`#` starts a comment);
    /// lines that are not of that form are skipped.
    ///
    /// ```
    /// use support_policy::web::widget::cities::Cities;
    /// let c = Cities::parse("# es\nAmerica/New_York\tNueva York\nbroken line\n");
    /// assert_eq!(c.len(), 1);
    /// ```
    pub fn parse(text: &str) -> Cities {
        Cities(
            text.lines()
                .filter(|l| !l.starts_with('#'))
                .filter_map(|l| l.split_once('\t'))
                .filter(|(zone, city)| zone.contains('/') && !city.trim().is_empty())
                .map(|(zone, city)| (zone.to_owned(), city.trim().to_owned(), fold(city)))
                .collect(),
        )
    }

    /// How many cities it names.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether it names none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The city of `zone` in this language, when it has its own name.
    pub fn name_of(&self, zone: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(z, _, _)| z == zone)
            .map(|(_, city, _)| city.as_str())
    }
}

/// Text folded for comparison: lower case, accents and other marks off,
/// `_`, `-` and runs of spaces as one space, ’ as ' ("São_Paulo " → "sao
/// paulo", "L’Avana" = "L'Avana"). Only
/// the Latin letters city names are written with here are folded (the
/// whole Unicode case tables would cost the download 10 KB).
///
/// ```
/// use support_policy::web::widget::cities::fold;
/// assert_eq!(fold("  Ciudad de MÉXICO "), "ciudad de mexico");
/// assert_eq!(fold("São_Paulo"), "sao paulo");
/// assert_eq!(fold("ŁÓDŹ"), "lodz");
/// ```
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let c = match c {
            '_' | '-' => ' ',
            '\u{2019}' => '\'',
            c => base_letter(c),
        };
        if c == ' ' && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        out.push(c);
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// The lower-case base letter of a Latin letter (Latin-1 and Latin
/// Extended-A, and Romanian's comma letters); any other character as it
/// is, ASCII in lower case.
fn base_letter(c: char) -> char {
    match c {
        'À'..='Å' | 'à'..='å' | '\u{100}'..='\u{105}' => 'a',
        'Ç' | 'ç' | '\u{106}'..='\u{10d}' => 'c',
        '\u{10e}'..='\u{111}' => 'd',
        'È'..='Ë' | 'è'..='ë' | '\u{112}'..='\u{11b}' => 'e',
        '\u{11c}'..='\u{123}' => 'g',
        '\u{124}'..='\u{127}' => 'h',
        'Ì'..='Ï' | 'ì'..='ï' | '\u{128}'..='\u{131}' => 'i',
        '\u{134}'..='\u{135}' => 'j',
        '\u{136}'..='\u{137}' => 'k',
        '\u{139}'..='\u{142}' => 'l',
        'Ñ' | 'ñ' | '\u{143}'..='\u{148}' => 'n',
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' | '\u{14c}'..='\u{151}' => 'o',
        '\u{154}'..='\u{159}' => 'r',
        '\u{15a}'..='\u{161}' | '\u{218}'..='\u{219}' => 's',
        '\u{162}'..='\u{167}' | '\u{21a}'..='\u{21b}' => 't',
        'Ù'..='Ü' | 'ù'..='ü' | '\u{168}'..='\u{173}' => 'u',
        '\u{174}'..='\u{175}' => 'w',
        'Ý' | 'ý' | 'ÿ' | '\u{176}'..='\u{178}' => 'y',
        '\u{179}'..='\u{17e}' => 'z',
        c => c.to_ascii_lowercase(),
    }
}

/// The zone a typed city names: a city of `cities` (the visitor's
/// language), else the last part of one of `zones` (the IANA names),
/// compared folded; `None` when none or several match.
///
/// ```
/// use support_policy::web::widget::cities::{find_city, Cities};
/// let es = Cities::parse("America/New_York\tNueva York\nAmerica/Bogota\tBogotá\n");
/// let zones = ["America/Bogota".to_owned(), "America/New_York".to_owned(), "Europe/Madrid".to_owned()];
/// assert_eq!(find_city("nueva york", &zones, Some(&es)), Some("America/New_York"));
/// assert_eq!(find_city("BOGOTA", &zones, Some(&es)), Some("America/Bogota"));
/// assert_eq!(find_city("madrid", &zones, None), Some("Europe/Madrid"));
/// assert_eq!(find_city("Atlantis", &zones, Some(&es)), None);
/// ```
pub fn find_city<'a>(
    typed: &str,
    zones: &'a [String],
    cities: Option<&'a Cities>,
) -> Option<&'a str> {
    let wanted = fold(typed);
    if wanted.is_empty() {
        return None;
    }
    if let Some(cities) = cities {
        let mut found = cities.0.iter().filter(|(_, _, f)| *f == wanted);
        if let (Some((zone, _, _)), None) = (found.next(), found.next()) {
            return Some(zone);
        }
    }
    let mut found = zones
        .iter()
        .filter(|z| z.rsplit('/').next().is_some_and(|c| fold(c) == wanted));
    match (found.next(), found.next()) {
        (Some(zone), None) => Some(zone),
        _ => None,
    }
}
