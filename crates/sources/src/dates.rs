//! Publication dates as articles give them: ISO 8601 and RFC 3339, RFC 2822 (feeds, mail), "12
//! January 2025" and "January 12, 2025", Arabic month names in both the Egyptian/Gulf
//! (يناير…ديسمبر) and the Levantine/Iraqi (كانون الثاني…كانون الأول) series, Arabic-Indic digits,
//! and Hijri dates where they are marked as such (هـ), converted with the arithmetical (tabular)
//! Islamic calendar, which can differ from an announced Umm al-Qura date by a day. Results are UTC:
//! a date ("2025-01-12") or a date-time ("2025-01-12T09:30:00Z"). The raw text is kept by the
//! caller.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};

/// The date `raw` stands for, or `None` when it is not one Marsad can read.
pub fn normalize_date(raw: &str) -> Option<String> {
    let raw = raw.trim();
    if raw.is_empty() {
        return None;
    }
    machine_date(raw)
        .or_else(|| {
            let text = western_digits(raw);
            if is_hijri(&text) {
                hijri_date(&text)
            } else {
                machine_date(&text).or_else(|| worded_date(&text))
            }
        })
        // Years of four digits only: "+14638-01-23" (a Hijri year mistyped 14446) is no date
        // (found by the `dates` fuzz target).
        .filter(|d| {
            d.as_bytes().first().is_some_and(u8::is_ascii_digit) && d.get(4..5) == Some("-")
        })
}

fn machine_date(raw: &str) -> Option<String> {
    if let Ok(d) = NaiveDate::parse_from_str(raw, "%Y-%m-%d") {
        return Some(d.format("%Y-%m-%d").to_string());
    }
    if let Ok(t) = DateTime::parse_from_rfc3339(raw) {
        return Some(utc(t.with_timezone(&Utc)));
    }
    if let Ok(t) = DateTime::parse_from_rfc2822(raw) {
        return Some(utc(t.with_timezone(&Utc)));
    }
    for format in [
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M",
        "%Y/%m/%d %H:%M:%S",
    ] {
        if let Ok(t) = NaiveDateTime::parse_from_str(raw, format) {
            return Some(utc(t.and_utc()));
        }
    }
    for format in ["%Y/%m/%d", "%d/%m/%Y", "%d.%m.%Y"] {
        if let Ok(d) = NaiveDate::parse_from_str(raw, format) {
            return Some(d.format("%Y-%m-%d").to_string());
        }
    }
    None
}

fn utc(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// Arabic-Indic and Persian digits as ASCII; the Arabic comma as a comma.
fn western_digits(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            '\u{060C}' => ',',
            c => c,
        })
        .collect()
}

/// Gregorian month names: English, Arabic (Egypt/Gulf) and Arabic (Levant/Iraq), folded.
const GREGORIAN_MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
    ("يناير", 1),
    ("فبراير", 2),
    ("مارس", 3),
    ("ابريل", 4),
    ("ابريل", 4),
    ("مايو", 5),
    ("يونيو", 6),
    ("يونيه", 6),
    ("يوليو", 7),
    ("يوليه", 7),
    ("اغسطس", 8),
    ("سبتمبر", 9),
    ("اكتوبر", 10),
    ("نوفمبر", 11),
    ("ديسمبر", 12),
    ("كانون الثاني", 1),
    ("شباط", 2),
    ("اذار", 3),
    ("نيسان", 4),
    ("ايار", 5),
    ("حزيران", 6),
    ("تموز", 7),
    ("اب", 8),
    ("ايلول", 9),
    ("تشرين الاول", 10),
    ("تشرين الثاني", 11),
    ("كانون الاول", 12),
];

const HIJRI_MONTHS: &[(&str, u32)] = &[
    ("محرم", 1),
    ("صفر", 2),
    ("ربيع الاول", 3),
    ("ربيع الثاني", 4),
    ("ربيع الاخر", 4),
    ("جمادى الاولى", 5),
    ("جمادى الاول", 5),
    ("جمادى الثانية", 6),
    ("جمادى الاخرة", 6),
    ("جمادى الاخر", 6),
    ("رجب", 7),
    ("شعبان", 8),
    ("رمضان", 9),
    ("شوال", 10),
    ("ذو القعدة", 11),
    ("ذي القعدة", 11),
    ("ذو الحجة", 12),
    ("ذي الحجة", 12),
];

/// Lower case, hamza and alef forms folded, tatweel and diacritics dropped, punctuation to spaces.
fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            'ـ' | '\u{064B}'..='\u{0652}' => {}
            ',' | '،' | '-' | '/' | '.' | '(' | ')' => out.push(' '),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

fn is_hijri(s: &str) -> bool {
    let folded = fold(s);
    folded.contains("هـ")
        || folded
            .split_whitespace()
            .any(|w| w == "ه" || w == "هـ" || w == "هجري" || w == "هجرية" || w == "ah")
        || HIJRI_MONTHS.iter().any(|(name, _)| folded.contains(name))
}

/// Finds a month name in `words` (longest names first), returning its number and the words left.
fn month_in(words: &[&str], months: &[(&str, u32)]) -> Option<(u32, Vec<String>)> {
    let mut names: Vec<&(&str, u32)> = months.iter().collect();
    names.sort_by_key(|(n, _)| std::cmp::Reverse(n.split(' ').count()));
    for (name, number) in names {
        let parts: Vec<&str> = name.split(' ').collect();
        for i in 0..words.len() {
            if words.len() >= i + parts.len() && words[i..i + parts.len()] == parts[..] {
                let rest = words[..i]
                    .iter()
                    .chain(&words[i + parts.len()..])
                    .map(|w| w.to_string())
                    .collect();
                return Some((*number, rest));
            }
        }
    }
    None
}

/// Day and year among the remaining words: the year is the 3–4 digit number, the day the other.
fn day_and_year(rest: &[String]) -> Option<(u32, i32)> {
    let numbers: Vec<u32> = rest
        .iter()
        .filter_map(|w| w.trim_end_matches(['م', 'ه', 'ـ']).parse().ok())
        .collect();
    let year = *numbers.iter().find(|n| **n >= 100)?;
    let day = *numbers.iter().find(|n| **n >= 1 && **n <= 31)?;
    Some((day, i32::try_from(year).ok()?))
}

/// A clock time "HH:MM" in the words, if any.
fn clock(words: &[String]) -> Option<(u32, u32)> {
    words.iter().find_map(|w| {
        let (h, m) = w.split_once(':')?;
        let m = m.get(..2).unwrap_or(m);
        Some((h.parse().ok()?, m.parse().ok()?))
    })
}

fn worded_date(text: &str) -> Option<String> {
    let folded = fold(text);
    let words: Vec<&str> = folded.split_whitespace().collect();
    let (month, rest) = month_in(&words, GREGORIAN_MONTHS)?;
    let (day, year) = day_and_year(&rest)?;
    let date = NaiveDate::from_ymd_opt(year, month, day)?;
    Some(match clock(&rest) {
        Some((h, m)) => match date.and_hms_opt(h, m, 0) {
            Some(t) => utc(t.and_utc()),
            None => date.format("%Y-%m-%d").to_string(),
        },
        None => date.format("%Y-%m-%d").to_string(),
    })
}

fn hijri_date(text: &str) -> Option<String> {
    let folded = fold(text);
    let words: Vec<&str> = folded.split_whitespace().collect();
    let (year, month, day) = match month_in(&words, HIJRI_MONTHS) {
        Some((month, rest)) => {
            let (day, year) = day_and_year(&rest)?;
            (year, month, day)
        }
        None => {
            // numeric: 1446/09/15 or 15/09/1446
            let numbers: Vec<i64> = words
                .iter()
                .filter_map(|w| w.trim_end_matches(['ه', 'ـ']).parse().ok())
                .collect();
            match numbers.as_slice() {
                [y, m, d, ..] if *y > 31 => (
                    i32::try_from(*y).ok()?,
                    u32::try_from(*m).ok()?,
                    u32::try_from(*d).ok()?,
                ),
                [d, m, y, ..] if *y > 31 => (
                    i32::try_from(*y).ok()?,
                    u32::try_from(*m).ok()?,
                    u32::try_from(*d).ok()?,
                ),
                _ => return None,
            }
        }
    };
    hijri_to_gregorian(year, month, day).map(|d| d.format("%Y-%m-%d").to_string())
}

/// The tabular Islamic calendar (civil epoch, 16 July 622 Julian), to the proleptic Gregorian calendar.
pub fn hijri_to_gregorian(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    if !(1..=12).contains(&month) || !(1..=30).contains(&day) || year < 1 {
        return None;
    }
    let (y, m, d) = (i64::from(year), i64::from(month), i64::from(day));
    let julian_day = d + (59 * (m - 1) + 1) / 2 + (y - 1) * 354 + (3 + 11 * y) / 30 + 1_948_439;
    // Julian day 1721426 is 1 January of the year 1 (day 1 of the common era).
    let days_from_ce = i32::try_from(julian_day - 1_721_425).ok()?;
    NaiveDate::from_num_days_from_ce_opt(days_from_ce)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn machine_formats() {
        assert_eq!(normalize_date("2024-10-05").as_deref(), Some("2024-10-05"));
        assert_eq!(
            normalize_date("2015-08-10 18:45:05").as_deref(),
            Some("2015-08-10T18:45:05Z")
        );
        assert_eq!(
            normalize_date("Tue, 1 Jul 2003 10:52:37 +0200").as_deref(),
            Some("2003-07-01T08:52:37Z")
        );
        assert_eq!(
            normalize_date("2025-03-12T10:00:00+03:00").as_deref(),
            Some("2025-03-12T07:00:00Z")
        );
        assert_eq!(normalize_date("yesterday"), None);
        assert_eq!(normalize_date(""), None);
    }

    #[test]
    fn years_beyond_four_digits_are_no_dates() {
        // Inputs the `dates` fuzz target found: a Hijri year of five digits became "+14638-01-23".
        for raw in [
            "14446/09/01 هـ46/09/01 هـ",
            "12 يناير 20252",
            "20252-01-01",
            "1 رمضان 14460 هـ",
        ] {
            let date = normalize_date(raw);
            assert!(
                date.as_deref()
                    .is_none_or(|d| d.get(4..5) == Some("-") && !d.starts_with('+')),
                "{raw:?} gave {date:?}"
            );
        }
        assert!(normalize_date("1 رمضان 1446 هـ").is_some_and(|d| d.starts_with("2025-0")));
    }

    #[test]
    fn worded_dates_in_english_and_arabic() {
        assert_eq!(
            normalize_date("12 January 2025").as_deref(),
            Some("2025-01-12")
        );
        assert_eq!(
            normalize_date("January 12, 2025").as_deref(),
            Some("2025-01-12")
        );
        assert_eq!(
            normalize_date("١٢ يناير ٢٠٢٥").as_deref(),
            Some("2025-01-12")
        );
        assert_eq!(
            normalize_date("الأحد، 12 كانون الثاني 2025").as_deref(),
            Some("2025-01-12")
        );
        assert_eq!(
            normalize_date("3 تشرين الأول 2024").as_deref(),
            Some("2024-10-03")
        );
        assert_eq!(normalize_date("5 أيار 2023").as_deref(), Some("2023-05-05"));
        assert_eq!(
            normalize_date("20 أغسطس 2025 - 14:30").as_deref(),
            Some("2025-08-20T14:30:00Z")
        );
        assert_eq!(normalize_date("31 فبراير 2025"), None);
    }

    #[test]
    fn marked_hijri_dates_are_converted() {
        // 1 Ramadan 1446 was 1 March 2025 (Umm al-Qura); the tabular calendar agrees within a day.
        let d = normalize_date("1 رمضان 1446 هـ").expect("a Hijri date");
        assert!(
            d == "2025-03-01" || d == "2025-03-02" || d == "2025-02-28",
            "{d}"
        );
        // The epoch, 16 July 622 in the Julian calendar, is 19 July in the proleptic Gregorian one.
        assert_eq!(
            hijri_to_gregorian(1, 1, 1),
            NaiveDate::from_ymd_opt(622, 7, 19)
        );
        // 1 Muharram 1400 was 20 or 21 November 1979 depending on the sighting.
        let d = normalize_date("١ محرم ١٤٠٠ هـ").expect("Arabic-Indic digits");
        assert!(d == "1979-11-20" || d == "1979-11-21", "{d}");
        let numeric = normalize_date("1446/09/01 هـ").expect("numeric Hijri");
        assert_eq!(Some(numeric), normalize_date("1 رمضان 1446 هـ"));
    }
}
