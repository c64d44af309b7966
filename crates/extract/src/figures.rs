//! Threat figures: a number (or a vague count), its qualifier, and what it counts.

use marsad_domain::{Language, Qualifier};

use crate::numbers::{read_number, Number};
use crate::text::{strip_clitics, Doc};

/// A figure found in tokens.
#[derive(Debug, Clone)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub value: Option<f64>,
    pub value_max: Option<f64>,
    pub qualifier: Qualifier,
    pub unit: &'static str,
}

/// What a counted noun measures (folded, without clitics).
fn unit_of(word: &str) -> Option<&'static str> {
    let stem = strip_clitics(word);
    let w = stem.as_str();
    Some(match w {
        "مقاتل" | "مقاتلا" | "مقاتلين" | "مقاتلون" | "fighters" | "fighter" | "combatants" => {
            "fighters"
        }
        "مسلح" | "مسلحا" | "مسلحين" | "مسلحون" | "militants" | "insurgents" | "rebels"
        | "gunmen" | "guerrillas" | "jihadists" => "militants",
        "جماعه" | "جماعات" | "مجموعه" | "مجموعات" | "فصيل" | "فصائل" | "فصيلا" | "تنظيمات"
        | "groups" | "factions" => "groups",
        "هجوم" | "هجوما" | "هجمات" | "هجومين" | "attacks" | "attack" | "raids" | "ambushes" => {
            "attacks"
        }
        "تفجير" | "تفجيرات" | "تفجيرا" | "انفجار" | "انفجارات" | "bombings" | "blasts"
        | "explosions" | "bombs" => "bombings",
        "غاره" | "غارات" | "airstrikes" | "strikes" | "sorties" => "airstrikes",
        "صاروخ" | "صاروخا" | "صواريخ" | "missiles" | "rockets" => "missiles",
        "قذيفه" | "قذائف" | "shells" | "mortars" => "shells",
        "طائره" | "طائرات" | "مقاتلات" | "aircraft" | "planes" | "jets" | "helicopters"
        | "drones" => "aircraft",
        "دبابه" | "دبابات" | "tanks" => "tanks",
        "اليه" | "اليات" | "مدرعه" | "مدرعات" | "عربه" | "عربات" | "vehicles" => {
            "vehicles"
        }
        "جندي" | "جنديا" | "جنود" | "عسكري" | "عسكريين" | "عسكريا" | "soldiers" | "servicemen"
        | "marines" => "soldiers",
        "troops" => "troops",
        "قتيل" | "قتيلا" | "قتلي" | "dead" | "deaths" | "fatalities" | "killed" => {
            "killed"
        }
        "جريح" | "جريحا" | "جرحي" | "مصاب" | "مصابا" | "مصابين" | "wounded" | "injured"
        | "injuries" => "wounded",
        "casualties" => "casualties",
        "مدني" | "مدنيا" | "مدنيين" | "civilians" => "civilians",
        "شخص" | "شخصا" | "اشخاص" | "people" | "persons" | "person" => "people",
        "طفل" | "طفلا" | "اطفال" | "children" => "children",
        "معتقل" | "معتقلا" | "معتقلين" | "محتجز" | "محتجزين" | "detainees" | "prisoners"
        | "اسير" | "اسري" => "detainees",
        "لاجئ" | "لاجئا" | "لاجئين" | "refugees" => "refugees",
        "نازح" | "نازحا" | "نازحين" | "displaced" => "displaced",
        "رهينه" | "رهائن" | "hostages" => "hostages",
        "انتحاري" | "انتحاريين" | "bombers" => "suicide bombers",
        "عنصر" | "عنصرا" | "عناصر" => "members",
        "policemen" | "officers" | "police" => "police",
        "arrests" | "suspects" => "arrests",
        "centrifuges" => "centrifuges",
        _ => return None,
    })
}

/// Harm words before or after a count of people: they say what the count is.
fn harm_before(word: &str) -> Option<&'static str> {
    let stem = strip_clitics(word);
    Some(match stem.as_str() {
        "مقتل" | "قتل" | "مصرع" | "استشهاد" | "قتلت" | "قتلوا" | "killing" | "killed" | "kill" => {
            "killed"
        }
        "اصابه" | "اصيب" | "جرح" | "اصابات" | "wounding" | "injuring" => {
            "wounded"
        }
        "اعتقال" | "اعتقل" | "توقيف" | "احتجاز" | "قبض" | "arrested" | "arresting" | "detained" => {
            "arrests"
        }
        "نزوح" | "تهجير" | "تشريد" => "displaced",
        "اختطاف" | "خطف" | "kidnapped" | "kidnapping" | "abducted" => "kidnapped",
        _ => return None,
    })
}

fn harm_after(word: &str) -> Option<&'static str> {
    Some(match word {
        "killed" | "dead" | "died" | "dying" | "perished" => "killed",
        "wounded" | "injured" | "hurt" => "wounded",
        "arrested" | "detained" => "arrests",
        "kidnapped" | "abducted" => "kidnapped",
        "قتلوا" | "قتلي" | "لقوا" => "killed",
        "اصيبوا" | "جرحي" | "جرحوا" => "wounded",
        _ => return None,
    })
}

/// Words that make a number something other than a threat figure.
fn excluded_after(word: &str) -> bool {
    matches!(
        strip_clitics(word).as_str(),
        "سنوات"
            | "سنه"
            | "سنين"
            | "اعوام"
            | "عام"
            | "عاما"
            | "ايام"
            | "يوم"
            | "يوما"
            | "ساعه"
            | "ساعات"
            | "دقيقه"
            | "دقائق"
            | "شهر"
            | "اشهر"
            | "شهرا"
            | "شهور"
            | "اسبوع"
            | "اسابيع"
            | "years"
            | "year"
            | "days"
            | "day"
            | "hours"
            | "hour"
            | "months"
            | "month"
            | "weeks"
            | "week"
            | "minutes"
            | "دولار"
            | "ريال"
            | "يورو"
            | "جنيه"
            | "دينار"
            | "dollars"
            | "euros"
            | "pounds"
            | "percent"
            | "بالمئه"
            | "بالمائه"
            | "كيلومتر"
            | "كيلومترات"
            | "كم"
            | "متر"
            | "مترا"
            | "ميل"
            | "km"
            | "kilometres"
            | "kilometers"
            | "miles"
            | "meters"
            | "metres"
            | "طن"
            | "اطنان"
            | "tonnes"
            | "tons"
    )
}

/// Qualifier words before a number: (words, qualifier).
const AR_QUALIFIERS: &[(&[&str], Qualifier)] = &[
    (&["ما", "يزيد", "عن"], Qualifier::MoreThan),
    (&["ما", "يزيد", "علي"], Qualifier::MoreThan),
    (&["ما", "يربو", "علي"], Qualifier::MoreThan),
    (&["يزيد", "عن"], Qualifier::MoreThan),
    (&["يزيد", "علي"], Qualifier::MoreThan),
    (&["اكثر", "من"], Qualifier::MoreThan),
    (&["ازيد", "من"], Qualifier::MoreThan),
    (&["ما", "لا", "يقل", "عن"], Qualifier::AtLeast),
    (&["لا", "يقل", "عن"], Qualifier::AtLeast),
    (&["اقل", "من"], Qualifier::LessThan),
    (&["ما", "يقارب"], Qualifier::About),
    (&["ما", "يقرب", "من"], Qualifier::About),
    (&["نحو"], Qualifier::About),
    (&["حوالي"], Qualifier::About),
    (&["قرابه"], Qualifier::About),
    (&["زهاء"], Qualifier::About),
    (&["ما", "يصل", "الي"], Qualifier::AtMost),
    (&["يصل", "الي"], Qualifier::AtMost),
    (&["حتي"], Qualifier::AtMost),
    (&["more", "than"], Qualifier::MoreThan),
    (&["over"], Qualifier::MoreThan),
    (&["upwards", "of"], Qualifier::MoreThan),
    (&["at", "least"], Qualifier::AtLeast),
    (&["no", "fewer", "than"], Qualifier::AtLeast),
    (&["fewer", "than"], Qualifier::LessThan),
    (&["less", "than"], Qualifier::LessThan),
    (&["under"], Qualifier::LessThan),
    (&["about"], Qualifier::About),
    (&["around"], Qualifier::About),
    (&["approximately"], Qualifier::About),
    (&["roughly"], Qualifier::About),
    (&["nearly"], Qualifier::About),
    (&["almost"], Qualifier::About),
    (&["some"], Qualifier::About),
    (&["an", "estimated"], Qualifier::About),
    (&["estimated"], Qualifier::About),
    (&["up", "to"], Qualifier::AtMost),
    (&["as", "many", "as"], Qualifier::AtMost),
    (&["at", "most"], Qualifier::AtMost),
];

fn qualifier_before(words: &[&str], at: usize) -> Option<(usize, Qualifier)> {
    AR_QUALIFIERS.iter().find_map(|(q, qualifier)| {
        let n = q.len();
        (at >= n && words[at - n..at] == **q).then(|| (at - n, *qualifier))
    })
}

/// Finds the threat figures of `doc`.
pub fn find_figures(doc: &Doc) -> Vec<Found> {
    let mut out = Vec::new();
    for &(first, end) in &doc.sentence_tokens {
        let words: Vec<&str> = doc.tokens[first..end]
            .iter()
            .map(|t| t.text.as_str())
            .collect();
        let mut i = 0;
        while i < words.len() {
            let Some(number) = read_number(&words, i) else {
                i += 1;
                continue;
            };
            match figure_at(doc, &words, number, first) {
                Some(found) => {
                    i = found.end - first;
                    out.push(found);
                }
                None => i = number.end.max(i + 1),
            }
        }
    }
    out
}

fn figure_at(doc: &Doc, words: &[&str], number: Number, offset: usize) -> Option<Found> {
    let Number {
        start,
        mut end,
        value,
    } = number;
    let mut value_max = None;
    let mut qualifier = if value.is_none() {
        Qualifier::Unspecified
    } else {
        Qualifier::Exact
    };
    let mut span_start = start;
    if start > 0
        && matches!(
            words[start - 1],
            "year" | "عام" | "سنه" | "aged" | "age" | "no" | "number" | "رقم"
        )
    {
        return None;
    }
    // A range: "between 10 and 20", "10 to 20", "من 10 الي 20".
    if value.is_some() {
        let connector = words.get(end).copied();
        if matches!(connector, Some("and" | "to" | "الي" | "و")) {
            if let Some(second) = read_number(words, end + 1).filter(|n| n.value.is_some()) {
                let ranged =
                    connector != Some("and") || (start > 0 && words[start - 1] == "between");
                if ranged {
                    value_max = second.value;
                    qualifier = Qualifier::Range;
                    end = second.end;
                    if start > 0 && matches!(words[start - 1], "between" | "بين" | "من") {
                        span_start = start - 1;
                    }
                }
            }
        }
    }
    if qualifier != Qualifier::Range {
        if let Some((q_start, q)) = qualifier_before(words, start) {
            if value.is_some() {
                qualifier = q;
                span_start = q_start;
            }
        }
    }
    // The counted noun: right after, or after "من"/"of", possibly after an adjective.
    let mut k = end;
    if matches!(words.get(k), Some(&("من" | "of" | "other"))) {
        k += 1;
    }
    if words.get(k).is_some_and(|w| excluded_after(w)) {
        return None;
    }
    let mut unit = words.get(k).and_then(|w| unit_of(w));
    let mut unit_end = if unit.is_some() { k + 1 } else { end };
    if unit.is_none() {
        // "15,000 US troops", "20 جماعة متشددة" – one adjective in between (English)
        if let Some(u) = words.get(k + 1).and_then(|w| unit_of(w)) {
            if doc.language == Language::En
                && !words
                    .get(k)
                    .is_some_and(|w| w.chars().any(|c| c.is_ascii_digit()))
            {
                unit = Some(u);
                unit_end = k + 2;
            }
        }
    }
    // The kind of harm: "مقتل 20 شخصا", "20 people were killed", "killing 85".
    let harm = (span_start.saturating_sub(3)..span_start)
        .rev()
        .find_map(|t| harm_before(words[t]))
        .or_else(|| (unit_end..(unit_end + 3).min(words.len())).find_map(|t| harm_after(words[t])));
    let unit = match (unit, harm) {
        (Some("people" | "civilians" | "soldiers" | "children" | "troops" | "police"), Some(h)) => {
            h
        }
        (Some(u), _) => u,
        (None, Some(h)) if value.is_some() => h,
        _ => return None,
    };
    if value.is_some_and(|v| (1900.0..=2100.0).contains(&v) && !words[start].contains(','))
        && unit == "killed"
        && harm.is_none()
    {
        return None;
    }
    // "at least" after the noun: "20 killed at least"
    if qualifier == Qualifier::Exact && words.get(unit_end..unit_end + 2) == Some(&["علي", "الاقل"])
    {
        qualifier = Qualifier::AtLeast;
    }
    let mut end_token = unit_end;
    if words.get(unit_end).is_some_and(|w| harm_after(w).is_some()) && unit_end > end {
        end_token = unit_end;
    } else if unit_end == end {
        end_token = (unit_end + 1).min(words.len());
    }
    Some(Found {
        start: offset + span_start,
        end: offset + end_token.max(end),
        value,
        value_max,
        qualifier,
        unit,
    })
}
