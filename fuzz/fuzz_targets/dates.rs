//! The date reader on arbitrary text: no panic, and whatever it returns is a real UTC date or
//! date-time in ISO form.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Some(date) = marsad_sources::dates::normalize_date(&text) {
        let day = date.get(..10).unwrap_or("");
        assert!(
            chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").is_ok(),
            "{text:?} gave {date:?}, not an ISO date"
        );
        if date.len() > 10 {
            assert!(
                chrono::DateTime::parse_from_rfc3339(&date).is_ok(),
                "{text:?} gave {date:?}, not an RFC 3339 instant"
            );
        }
    }
});
