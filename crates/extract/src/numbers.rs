//! Numbers in digits (ASCII, Arabic-Indic, Persian — folded to ASCII) and in words, Arabic and English.

/// A number read from tokens `[start, end)`; `value` None for "dozens", "عشرات", "عدد من".
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Number {
    pub start: usize,
    pub end: usize,
    pub value: Option<f64>,
}

fn ar_word(word: &str) -> Option<f64> {
    Some(match word {
        "واحد" | "واحده" => 1.0,
        "اثنان" | "اثنين" | "اثنتان" | "اثنتين" => 2.0,
        "ثلاث" | "ثلاثه" => 3.0,
        "اربع" | "اربعه" => 4.0,
        "خمس" | "خمسه" => 5.0,
        "ست" | "سته" => 6.0,
        "سبع" | "سبعه" => 7.0,
        "ثمان" | "ثماني" | "ثمانيه" => 8.0,
        "تسع" | "تسعه" => 9.0,
        "عشر" | "عشره" => 10.0,
        "عشرون" | "عشرين" => 20.0,
        "ثلاثون" | "ثلاثين" => 30.0,
        "اربعون" | "اربعين" => 40.0,
        "خمسون" | "خمسين" => 50.0,
        "ستون" | "ستين" => 60.0,
        "سبعون" | "سبعين" => 70.0,
        "ثمانون" | "ثمانين" => 80.0,
        "تسعون" | "تسعين" => 90.0,
        "مئه" | "مائه" => 100.0,
        "الف" => 1000.0, // "ألف قتيل", "نحو ألف شخص"
        "مئتان" | "مئتين" | "مائتان" | "مائتين" | "مئتي" | "مائتي" => {
            200.0
        }
        "الفان" | "الفين" | "الفي" => 2000.0,
        "ثلاثمئه" | "ثلاثمائه" => 300.0,
        "اربعمئه" | "اربعمائه" => 400.0,
        "خمسمئه" | "خمسمائه" => 500.0,
        "ستمئه" | "ستمائه" => 600.0,
        "سبعمئه" | "سبعمائه" => 700.0,
        "ثمانمئه" | "ثمانمائه" => 800.0,
        "تسعمئه" | "تسعمائه" => 900.0,
        _ => return None,
    })
}

fn en_word(word: &str) -> Option<f64> {
    const UNITS: &[&str] = &[
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: &[&str] = &[
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    if let Some(i) = UNITS.iter().position(|w| *w == word) {
        return Some(i as f64);
    }
    TENS.iter()
        .position(|w| !w.is_empty() && *w == word)
        .map(|i| (i * 10) as f64)
}

fn scale(word: &str) -> Option<f64> {
    Some(match word {
        "الف" | "الفا" | "الاف" | "thousand" | "thousands" => 1e3,
        "مليون" | "ملايين" | "million" | "millions" | "مليونا" => 1e6,
        "مليار" | "مليارات" | "billion" => 1e9,
        "hundred" => 1e2,
        "dozen" => 12.0,
        _ => return None,
    })
}

/// Words that stand for an unspecified count.
fn vague(words: &[&str]) -> Option<usize> {
    match words {
        ["عدد" | "عددا", "من", ..] | ["العديد", "من", ..] | ["a", "number", "of", ..] => {
            Some(if words[0] == "a" { 3 } else { 2 })
        }
        // "عدد كبير من المتمردين", "أعداد من المقاتلين"
        ["عدد" | "عددا", "كبير" | "كبيرا", "من", ..] => Some(3),
        ["اعداد" | "اعدادا", "من", ..] => Some(2),
        // "an unknown number of civilians", "a large number of"
        ["a" | "an", "unknown" | "undisclosed" | "large" | "small" | "growing" | "unspecified", "number", "of", ..] => {
            Some(4)
        }
        // "tens of thousands of Kikuyus", "hundreds of thousands"
        ["tens" | "hundreds", "of", "thousands" | "millions", ..] => Some(3),
        ["large" | "huge", "numbers", "of", ..] => Some(3),
        // "أعداد كبيرة من الأسرى"
        ["اعداد" | "اعدادا" | "باعداد" | "لاعداد", "كبيره" | "غفيره", ..] => {
            Some(2)
        }
        ["عشرات", ..]
        | ["العشرات", ..]
        | ["مئات", ..]
        | ["المئات", ..]
        | ["الاف", ..]
        | ["الالاف", ..]
        | ["بضع", ..]
        | ["عده", ..]
        | ["بضعه", ..]
        | ["dozens", ..]
        | ["hundreds", ..]
        | ["thousands", ..]
        | ["scores", ..]
        | ["several", ..]
        | ["numerous", ..] => Some(1),
        _ => None,
    }
}

/// Digits with thousands commas and a decimal point ("15,000", "1.5"); not exponents, infinities
/// or anything else `f64` parses ("1e999" was read as infinity: found by the `numbers` fuzz target).
fn parse_digits(text: &str) -> Option<f64> {
    let cleaned: String = text.chars().filter(|c| *c != ',').collect();
    if !cleaned.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return None;
    }
    cleaned.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// Reads a number starting at token `i` of `words` (folded), if one starts there.
pub fn read_number(words: &[&str], i: usize) -> Option<Number> {
    let w = *words.get(i)?;
    if let Some(len) = vague(&words[i..]) {
        if !(w == "الاف" && i > 0 && parse_digits(words[i - 1]).is_some()) {
            return Some(Number {
                start: i,
                end: i + len,
                value: None,
            });
        }
    }
    let mut value;
    let mut j = i;
    if w.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        value = parse_digits(w)?;
        j += 1;
    } else if let Some(v) = word_value(w) {
        value = v;
        j += 1;
        // "خمسة عشر", "twenty five", "twenty-five", "وعشرين"
        while let Some(next) = words.get(j) {
            let next = next
                .strip_prefix('و')
                .filter(|n| ar_word(n).is_some())
                .unwrap_or(next);
            let Some(v) = word_value(next) else { break };
            let teen = v == 10.0 && value < 10.0;
            let tens_then_unit = (20.0..100.0).contains(&value) && value % 10.0 == 0.0 && v < 10.0;
            let unit_then_tens = value < 10.0 && (20.0..100.0).contains(&v);
            let hundreds_then_rest = value >= 100.0 && value % 100.0 == 0.0 && v < 100.0;
            if !(teen || tens_then_unit || unit_then_tens || hundreds_then_rest) {
                break;
            }
            value += v;
            j += 1;
        }
    } else if matches!(w, "a" | "one") && matches!(words.get(i + 1), Some(&("pair" | "couple"))) {
        // "a pair of bombs": "of" stays, for the noun it counts
        return Some(Number {
            start: i,
            end: i + 2,
            value: Some(2.0),
        });
    } else if w == "a" && words.get(i + 1) == Some(&"dozen") {
        return Some(Number {
            start: i,
            end: i + 2,
            value: Some(12.0),
        });
    } else {
        return None;
    }
    while let Some(s) = words.get(j).and_then(|w| scale(w)) {
        value *= s;
        j += 1;
    }
    Some(Number {
        start: i,
        end: j,
        value: Some(value),
    })
}

fn word_value(w: &str) -> Option<f64> {
    ar_word(w).or_else(|| en_word(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<f64> {
        let words: Vec<&str> = text.split(' ').collect();
        read_number(&words, 0).and_then(|n| n.value)
    }

    #[test]
    fn exponents_and_infinities_are_not_numbers() {
        // Found by the `numbers` fuzz target: "33333e3333333" was read as infinity.
        assert_eq!(read("33333333333333e33333333333333333333 الاف"), None);
        assert_eq!(read("55e55555555"), None);
        assert_eq!(read("1e5 مقاتل"), None);
        assert_eq!(read("15,000 مقاتل"), Some(15_000.0));
        assert_eq!(read("1.5 million"), Some(1_500_000.0));
    }

    #[test]
    fn reads_digits_words_and_scales() {
        assert_eq!(read("15 الف مقاتل"), Some(15000.0));
        assert_eq!(read("خمسه عشر الفا"), Some(15000.0));
        assert_eq!(read("1.5 million people"), Some(1_500_000.0));
        assert_eq!(read("15,000 troops"), Some(15000.0));
        assert_eq!(read("two dozen"), Some(24.0));
        assert_eq!(read("twenty five"), Some(25.0));
        assert_eq!(read("عشرات"), None);
        assert!(read_number(&["عشرات"], 0).is_some());
        assert!(read_number(&["الرئيس"], 0).is_none());
    }
}
