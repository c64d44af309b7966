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
    pub unit: String,
}

/// What a counted noun measures (folded, without clitics), also in the dual ("جريحين").
fn unit_of(word: &str) -> Option<&'static str> {
    unit_of_word(word)
        .or_else(|| dual_base(word).and_then(|b| unit_of_word(&b)))
        .or_else(|| without_pronoun(word).and_then(|w| unit_of_word(&w)))
}

/// A noun without an attached pronoun, back in its plural form: "مواطنيها" → "مواطنين",
/// "عناصرها" → "عناصر".
fn without_pronoun(word: &str) -> Option<String> {
    let stem = ["ها", "هم", "نا", "ه"]
        .iter()
        .find_map(|p| word.strip_suffix(p))
        .filter(|s| s.chars().count() >= 3)?;
    Some(if stem.ends_with('ي') {
        format!("{stem}ن")
    } else {
        stem.to_string()
    })
}

/// The singular of a dual noun from [`DUAL_STEMS`] ("سيارتين" → "سياره").
fn dual_base(word: &str) -> Option<String> {
    let w = strip_clitics(word);
    let chars: Vec<char> = w.chars().collect();
    if chars.len() < 5 {
        return None;
    }
    let ending: String = chars[chars.len() - 2..].iter().collect();
    if ending != "ين" && ending != "ان" {
        return None;
    }
    let mut base: String = chars[..chars.len() - 2].iter().collect();
    if let Some(stem) = base.strip_suffix('ت') {
        base = format!("{stem}ه");
    }
    DUAL_STEMS.contains(&base.as_str()).then_some(base)
}

fn unit_of_word(word: &str) -> Option<&'static str> {
    // The word as written first: "ألوية" begins with letters that look like the article.
    unit_of_stem(word).or_else(|| unit_of_stem(&strip_clitics(word)))
}

fn unit_of_stem(w: &str) -> Option<&'static str> {
    Some(match w {
        "مقاتل" | "مقاتلا" | "مقاتلين" | "مقاتلون" | "مقاتلي" | "fighters" | "fighter"
        | "combatants" => "fighters",
        "مسلح" | "مسلحا" | "مسلحين" | "مسلحون" | "مسلحي" | "متمردي" | "militants"
        | "insurgents" | "rebels" | "gunmen" | "guerrillas" | "jihadists" | "militiamen" => {
            "militants"
        }
        "جماعه" | "جماعات" | "مجموعه" | "مجموعات" | "فصيل" | "فصائل" | "فصيلا" | "تنظيمات"
        | "groups" | "factions" => "groups",
        "هجوم" | "هجوما" | "هجمات" | "هجومين" | "attacks" | "attack" | "raids" | "ambushes" => {
            "attacks"
        }
        "تفجير" | "تفجيرات" | "تفجيرا" | "انفجار" | "انفجارات" | "bombings" | "blasts"
        | "explosions" | "incidents" => "bombings",
        "bombs" | "munitions" | "bomblets" | "قنابل" | "قنبله" => "bombs",
        "lives" => "killed",
        "graves" => "graves",
        "غاره" | "غارات" | "ضربه" | "ضربات" | "airstrikes" | "strikes" | "sorties" => {
            "airstrikes"
        }
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
        "troops" | "personnel" | "peacekeepers" | "فرد" | "فردا" | "افراد" => "troops",
        "ضابط" | "ضابطا" | "ضباط" => "officers",
        "ضحيه" | "ضحايا" => "casualties",
        "commandos" => "commandos",
        "sailors" => "sailors",
        "bodies" | "corpses" => "killed",
        "قتيل" | "قتيلا" | "قتلي" | "dead" | "deaths" | "fatalities" | "killed" => {
            "killed"
        }
        "جريح" | "جريحا" | "جرحي" | "مصاب" | "مصابا" | "مصابين" | "wounded" | "injured"
        | "injuries" => "wounded",
        "casualties" => "casualties",
        "مدني" | "مدنيا" | "مدنيين" | "مواطن" | "مواطنا" | "مواطنين" | "civilians" => {
            "civilians"
        }
        "امراه" | "نساء" | "women" => "women",
        "رجل" | "رجلا" | "رجال" | "men" => "men",
        "اسره" | "اسر" | "عائله" | "عائلات" | "families" => "families",
        "امهات" | "mothers" => "mothers",
        "موقع" | "مواقع" | "موقعا" | "positions" => "positions",
        "انقلابي" | "انقلابيا" | "انقلابيين" | "متمرد" | "متمردا" | "متمردين" | "مرتزقه" => {
            "militants"
        }
        "شخص" | "شخصا" | "اشخاص" | "people" | "persons" | "person" | "youths" => {
            "people"
        }
        "villagers" | "residents" | "protesters" | "demonstrators" => "civilians",
        "طفل" | "طفلا" | "اطفال" | "children" => "children",
        "معتقل" | "معتقلا" | "معتقلين" | "محتجز" | "محتجزين" | "detainees" | "prisoners"
        | "اسير" | "اسري" => "detainees",
        "لاجئ" | "لاجئا" | "لاجئين" | "refugees" => "refugees",
        "نازح" | "نازحا" | "نازحين" | "displaced" => "displaced",
        "رهينه" | "رهائن" | "hostages" => "hostages",
        "انتحاري" | "انتحاريين" | "bombers" => "suicide bombers",
        "عنصر" | "عنصرا" | "عناصر" | "members" | "member" => "members",
        "ارهابي" | "ارهابيا" | "ارهابيين" | "ارهابيون" | "terrorists" => {
            "militants"
        }
        "موظف" | "موظفا" | "موظفين" | "موظفون" | "employees" | "staff" => {
            "employees"
        }
        "اجنبي" | "اجنبيا" | "اجانب" | "foreigners" => "foreigners",
        "لواء" | "الويه" | "كتيبه" | "كتائب" | "brigades" | "battalions" => {
            "brigades"
        }
        "قائد" | "قاده" | "قيادي" | "قياديا" | "قياديين" | "قيادات" | "commanders" | "leaders" => {
            "leaders"
        }
        "عمليه" | "عمليات" | "operations" => "attacks",
        "سياره" | "سيارات" | "مركبه" | "مركبات" | "cars" => "vehicles",
        "قوات" | "forces" => "troops",
        "موالين" | "الموالين" | "loyalists" => "fighters",
        "منزل" | "منازل" | "منزلا" | "بيت" | "بيوت" | "houses" | "homes" | "buildings" => {
            "houses"
        }
        "soldier" => "soldiers",
        "policemen" | "officers" | "police" => "police",
        "arrests" | "suspects" => "arrests",
        "centrifuges" | "centrifuge" => "centrifuges",
        "strong" => "troops", // "a 50,000-strong force"
        "settlers" => "settlers",
        "monks" => "monks",
        "individuals" => "people",
        "groupings" | "cells" | "networks" => "groups",
        "plots" => "plots",
        "journalists" => "journalists",
        "pilgrims" | "worshippers" | "passengers" | "students" | "workers" | "migrants" => {
            "civilians"
        }
        "extremists" | "recruits" | "snipers" | "قناص" | "قناصه" | "قناصا" => {
            "militants"
        }
        "weapons" | "rifles" | "guns" | "grenades" | "explosives" => "weapons",
        "landmines" | "mines" | "لغم" | "الغام" | "لغما" => "landmines",
        "warheads" => "warheads",
        "boats" | "ships" | "warships" | "vessels" | "زورق" | "زوارق" | "زورقا" | "مدمره"
        | "مدمرات" | "بارجه" | "بوارج" => "boats",
        "عبوه" | "عبوات" | "ieds" => "ieds",
        "برميل" | "براميل" | "برميلا" => "barrel bombs",
        "طقم" | "اطقم" | "عجله" | "عجلات" | "دوريه" | "دوريات" => {
            "vehicles"
        }
        "شاحنه" | "شاحنات" => "trucks",
        "منصه" | "منصات" | "launchers" => "launchers",
        _ => return None,
    })
}

/// Harm words before or after a count of people: they say what the count is.
fn harm_before(word: &str) -> Option<&'static str> {
    let stem = strip_clitics(word);
    Some(match stem.as_str() {
        "مقتل" | "قتل" | "مصرع" | "استشهاد" | "قتلت" | "قتلوا" | "لقي" | "لقيت" | "سقط"
        | "killing" | "killed" | "kill" | "deaths" | "death" | "lives" | "toll" => "killed",
        "اصابه" | "اصيب" | "جرح" | "اصابات" | "wounding" | "injuring" => {
            "wounded"
        }
        "injured" | "wounded" => "wounded",
        "اعتقال" | "اعتقل" | "توقيف" | "احتجاز" | "قبض" | "arrested" | "arresting" | "detained" => {
            "arrests"
        }
        "نزوح" | "تهجير" | "تشريد" | "displaced" | "displacing" | "uprooted" => {
            "displaced"
        }
        "اختطاف" | "خطف" | "kidnapped" | "kidnapping" | "abducted" => "kidnapped",
        "اسر" | "اسرت" | "اسروا" | "captured" | "capturing" => "captured",
        "استسلام" => "surrendered",
        _ => return None,
    })
}

fn harm_after(word: &str) -> Option<&'static str> {
    Some(match word {
        "killed" | "dead" | "died" | "dying" | "perished" => "killed",
        "wounded" | "injured" | "hurt" => "wounded",
        "arrested" | "detained" => "arrests",
        "kidnapped" | "abducted" => "kidnapped",
        "captured" | "اسروا" => "captured",
        "fled" | "flee" | "displaced" | "uprooted" | "evacuated" => "displaced",
        "executed" | "slain" | "murdered" | "massacred" | "beheaded" => "killed",
        "jailed" | "imprisoned" => "arrests",
        "deported" | "expelled" => "deported",
        "missing" => "missing",
        "قتلوا" | "قتلي" | "لقوا" => "killed",
        "اصيبوا" | "جرحي" | "جرحوا" => "wounded",
        "استسلموا" | "surrendered" => "surrendered",
        _ => return None,
    })
}

/// «بين قتيل وجريح» at `at`: a count of the dead and the wounded together.
fn dead_and_wounded(words: &[&str], at: usize) -> bool {
    matches!(words.get(at..at + 3), Some(&["بين", "قتيل" | "قتلي", w]) if w.starts_with("وجري") || w.starts_with("وجرح") || w.starts_with("ومصاب"))
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
        if at < n || words[at - n + 1..at] != q[1..] {
            return None;
        }
        // "بأكثر من", "ولأكثر من": a preposition or conjunction on the first word
        let first = words[at - n];
        let bare = first
            .strip_prefix(['و', 'ف'])
            .filter(|r| r.chars().count() >= 2)
            .unwrap_or(first);
        let bare = bare
            .strip_prefix(['ب', 'ل'])
            .filter(|r| r.chars().count() >= 3 && q[0].chars().count() >= 3)
            .unwrap_or(bare);
        (first == q[0] || bare == q[0]).then(|| (at - n, *qualifier))
    })
}

/// A token as the number reader sees it: "وعشرات" → "عشرات", "و80" → "80", "الـ100" → "100";
/// `true` when a conjunction و was taken off.
fn number_word(token: &str) -> (String, bool) {
    let digits = |w: &str| {
        !w.is_empty()
            && w.chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    };
    if let Some(rest) = token.strip_prefix('و') {
        if digits(rest) || read_number(&[rest], 0).is_some() {
            return (rest.to_string(), true);
        }
    }
    if let Some(rest) = token.strip_prefix("ال") {
        if digits(rest) {
            return (rest.to_string(), false);
        }
    }
    // "بسبعة من قادة", "لخمسة": a preposition on a number word
    if let Some(rest) = token.strip_prefix(['ب', 'ل']) {
        if read_number(&[rest], 0).is_some_and(|n| n.value.is_some()) {
            return (rest.to_string(), false);
        }
    }
    (token.to_string(), false)
}

/// Finds the threat figures of `doc`.
pub fn find_figures(doc: &Doc) -> Vec<Found> {
    let mut out = Vec::new();
    for &(first, end) in &doc.sentence_tokens {
        let read: Vec<(String, bool)> = doc.tokens[first..end]
            .iter()
            .map(|t| number_word(&t.text))
            .collect();
        let words: Vec<&str> = read.iter().map(|(w, _)| w.as_str()).collect();
        let conj: Vec<bool> = read.iter().map(|(_, c)| *c).collect();
        let mut i = 0;
        while i < words.len() {
            let Some(number) = read_number(&words, i).or_else(|| counted_by_form(&words, i)) else {
                i += 1;
                continue;
            };
            match figure_at(doc, &words, &conj, number, first) {
                Some(found) => {
                    i = (found.end - first).max(i + 1);
                    out.push(found);
                }
                None => i = number.end.max(i + 1),
            }
        }
        let from = out.partition_point(|f| f.start < first);
        widen_spans(doc, &words, first, &mut out[from..]);
    }
    out
}

/// Widens each figure's span of one sentence (tokens from `first`) to the words around it that
/// belong to its phrase: up to two before ("بطرد 600 شخص", "the loss of 18 lives") and four after
/// ("من ميليشيات الحوثي وصالح", "government push"), not across punctuation, a number or another
/// figure. The span is the evidence an analyst reads, so it should carry the whole phrase.
fn widen_spans(doc: &Doc, words: &[&str], first: usize, found: &mut [Found]) {
    let sentence_end = first + words.len();
    let breaks = |t: usize| {
        doc.gap(t, t + 1).contains([
            ',', '.', ';', ':', '،', '؛', '(', ')', '"', '«', '»', '\n', '-', '–',
        ])
    };
    let stops = |t: usize| {
        let w = words[t - first];
        doc.tokens[t].is_number
            || crate::numbers::read_number(words, t - first).is_some()
            || (doc.language == Language::En && EN_NOT_MODIFIERS.contains(&w) && w != "of")
            || crate::lexicon::ar_cue(&strip_clitics(w)).is_some()
            || crate::lexicon::en_cue(w).is_some()
    };
    for n in 0..found.len() {
        let before_limit = if n > 0 { found[n - 1].end } else { first };
        let after_limit = found.get(n + 1).map_or(sentence_end, |f| f.start);
        let f = &mut found[n];
        let mut s = f.start;
        // not back over a name or a definite noun: the subject is not part of the count
        let named = |t: usize| doc.tokens[t].capitalized || words[t - first].starts_with("ال");
        // only a bare number reaches back: a qualifier or harm word already opens the phrase
        // (in English only through "of": "the loss of 18 lives", not "found 24 dead children")
        let bare = crate::numbers::read_number(words, f.start - first).is_some()
            && (doc.language != Language::En
                || (f.start > first && words[f.start - 1 - first] == "of"));
        while bare
            && s > before_limit
            && f.start - s < 2
            && !breaks(s - 1)
            && !stops(s - 1)
            && !named(s - 1)
        {
            s -= 1;
        }
        let mut e = f.end;
        while e < after_limit && e - f.end < 4 && !breaks(e - 1) && !stops(e) {
            e += 1;
        }
        f.start = s;
        f.end = e;
    }
}

/// Words that end the clause of an English count before its harm word would come.
const EN_HARM_STOPS: &[&str] = &[
    "in", "after", "when", "while", "but", "who", "which", "that", "by", "as", "at", "on", "to",
    "for", "with", "from", "during", "than", "if", "because", "since", "before",
];

/// English: the harm said of a counted noun phrase a few words on, through auxiliaries and an
/// "of" phrase ("13 sailors have been reported killed", "over 50 members of the group were also
/// injured", "13 in total were dead"); not an active verb ("militants killed 3 soldiers").
/// Returns the harm word's index and what it makes the figure.
fn english_harm_after(
    doc: &Doc,
    words: &[&str],
    from: usize,
    offset: usize,
) -> Option<(usize, &'static str)> {
    let mut t = from;
    while t < words.len() && t < from + 9 {
        if t > 0
            && doc
                .gap(offset + t - 1, offset + t)
                .contains([',', '.', ';', ':', '(', '"'])
        {
            return None;
        }
        let w = words[t];
        if w == "in" && words.get(t + 1) == Some(&"total") {
            t += 2;
            continue;
        }
        let hedge = |w: &str| {
            matches!(
                w,
                "reported"
                    | "reportedly"
                    | "confirmed"
                    | "believed"
                    | "feared"
                    | "thought"
                    | "presumed"
                    | "forced"
            )
        };
        if hedge(w) || (matches!(w, "to" | "be") && t > from && hedge(words[t - 1])) {
            t += 1; // "have been reported killed", "are feared dead", "believed to be dead"
            continue;
        }
        if w == "and" && words.get(t + 1).is_some_and(|n| harm_after(n).is_some()) {
            return None; // "killed 3 people and injured over 100": the next count's harm
        }
        if let Some(h) = harm_after(w) {
            let next = words.get(t + 1).copied().unwrap_or("");
            let active = matches!(next, "the" | "a" | "an" | "his" | "her" | "their" | "its")
                || read_number(words, t + 1).is_some();
            return (!active).then_some((t, h));
        }
        if w.chars().any(|c| c.is_ascii_digit())
            || EN_HARM_STOPS.contains(&w)
            || crate::lexicon::en_cue(w).is_some()
        {
            return None;
        }
        t += 1;
    }
    None
}

/// Arabic: the noun a number counts, named before it ("عدد الأسرى … بلغ 120", "ارتفعت حصيلة
/// القتلى إلى 20"). Returns where the count's phrase starts and the unit.
fn counted_before(words: &[&str], start: usize) -> Option<(usize, &'static str)> {
    let reached = |w: &str| {
        matches!(
            strip_clitics(w).as_str(),
            "بلغ"
                | "بلغت"
                | "وصل"
                | "وصلت"
                | "ارتفع"
                | "ارتفعت"
                | "الي"
                | "يبلغ"
                | "تبلغ"
        )
    };
    if start == 0 || !reached(words[start - 1]) {
        return None;
    }
    let from = start.saturating_sub(8);
    let head = (from..start)
        .rev()
        .find(|&t| matches!(strip_clitics(words[t]).as_str(), "عدد" | "حصيله" | "اعداد"))?;
    let unit = (head + 1..(head + 3).min(start)).find_map(|t| {
        unit_of(words[t]).or_else(|| harm_before(words[t]).filter(|h| *h != "captured"))
    })?;
    Some((head, unit))
}

/// Arabic: the end of what follows a counted noun and says whose it is ("من الجيش العراقي",
/// "تابعين لميليشيات الحوثي", "للجيش", "بصفوف الحوثيين"), from `at` (just after the noun).
fn whose_after(words: &[&str], at: usize) -> usize {
    let Some(&w) = words.get(at) else { return at };
    let definite = |t: usize| {
        words
            .get(t)
            .is_some_and(|w| w.starts_with("ال") && w.chars().count() >= 4)
    };
    let belonging = matches!(
        w,
        "تابعين" | "تابعه" | "التابعين" | "التابعه" | "تابع" | "التابع" | "تابعون"
    ) && words.get(at + 1).is_some_and(|n| n.starts_with('ل'));
    let mut end = if (w == "من" && definite(at + 1)) || belonging || w == "بصفوف" {
        at + 2
    } else if w.starts_with("لل") && w.chars().count() >= 5 {
        at + 1
    } else {
        at
    };
    // and the adjectives or the construct that go with it: "الجيش العراقي", "ميليشيات الحوثي"
    while end > at
        && end < words.len()
        && end < at + 4
        && (definite(end) || trails_noun(words[end]))
    {
        end += 1;
    }
    end.min(words.len())
}

/// Words that cannot stand between a number and the noun it counts.
const EN_NOT_MODIFIERS: &[&str] = &[
    "the", "a", "an", "of", "and", "or", "to", "in", "on", "at", "for", "with", "by", "from",
    "was", "were", "is", "are", "be", "been", "had", "have", "has", "after", "before", "since",
    "ago", "that", "which", "who", "than", "as", "into", "per", "times", "percent",
];

/// Singular nouns whose dual ("جريحين", "قتيلان", "سيارتين") counts two: their plurals are
/// broken or feminine, so "-ين"/"-ان" on them is not a plural.
const DUAL_STEMS: &[&str] = &[
    "جريح",
    "ضابط",
    "قتيل",
    "هجوم",
    "طفل",
    "سياره",
    "عربه",
    "غاره",
    "طائره",
    "دبابه",
    "قذيفه",
    "صاروخ",
    "انفجار",
    "تفجير",
    "جندي",
    "اجنبي",
    "شخص",
    "عمليه",
    "لواء",
    "موظف",
    "رهينه",
    "امراه",
    "منزل",
];

/// A count written in the noun's form rather than as a number: a dual ("هجومين" = 2) or
/// "أحد" before a counted plural ("مقتل أحد عناصر المقاومة" = 1). The number is the noun itself
/// (for a dual) or "أحد" (then the noun follows).
///
/// Called for every word that is not a number, so the cheap tests on the word's ending come first.
fn counted_by_form(words: &[&str], i: usize) -> Option<Number> {
    let word = words[i];
    if word.ends_with("احد") && strip_clitics(word) == "احد" {
        let harmed = (i.saturating_sub(2)..i).any(|t| harm_before(words[t]).is_some());
        return (harmed && words.get(i + 1).is_some_and(|n| unit_of(n).is_some())).then_some(
            Number {
                start: i,
                end: i + 1,
                value: Some(1.0),
            },
        );
    }
    if !(word.ends_with("ين") || word.ends_with("ان")) {
        return None;
    }
    dual_base(word).map(|_| Number {
        start: i,
        end: i,
        value: Some(2.0),
    })
}

/// Adjectives and the like that belong to the counted noun ("مسلحا حوثيا", "آخرين", "militants").
fn trails_noun(word: &str) -> bool {
    matches!(
        word,
        "اخرين" | "اخرون" | "اخري" | "others" | "more" | "other"
    ) || (word.starts_with("ال")
        && word.chars().count() >= 6
        && (word.ends_with("يين") || word.ends_with("يون") || word.ends_with("يه")))
        || (word.chars().count() >= 4
            && (word.ends_with("يا")
                || word.ends_with("يين")
                || word.ends_with("يون")
                || word.ends_with("يه"))
            && !word.starts_with("ال"))
}

/// English: the counted noun as written, in the plural ("settlers", "commanders", "protesters"),
/// which says more than its class; a harm noun ("deaths", "bodies") and a singular keep the class.
fn english_noun_as_unit<'w>(words: &[&'w str], start: usize, unit_end: usize) -> Option<&'w str> {
    (start + 1..unit_end).rev().map(|t| words[t]).find(|w| {
        // a harm noun ("deaths", "bodies") keeps its class, and so does "forces" (troops)
        unit_of(w).is_some_and(|u| !matches!(u, "killed" | "wounded" | "casualties"))
            && harm_after(w).is_none()
            && *w != "forces"
            && (w.ends_with('s')
                || matches!(
                    *w,
                    "people"
                        | "police"
                        | "personnel"
                        | "aircraft"
                        | "men"
                        | "women"
                        | "children"
                        | "militiamen"
                        | "servicemen"
                        | "policemen"
                        | "staff"
                ))
    })
}

fn figure_at(
    doc: &Doc,
    words: &[&str],
    conj: &[bool],
    number: Number,
    offset: usize,
) -> Option<Found> {
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
            "year"
                | "عام"
                | "سنه"
                | "aged"
                | "age"
                | "no"
                | "number"
                | "رقم"
                | "اللواء"
                | "لواء"
                | "الكتيبه"
                | "الفرقه"
                | "brigade"
                | "division"
                | "resolution"
                | "القرار"
        )
    {
        return None;
    }
    if value == Some(1.0)
        && matches!(words.get(end), Some(&("of" | "من")))
        && read_number(words, end + 1).is_some_and(|n| n.value.is_some())
    {
        return None; // "one of three known senior al Qaeda members": the three is the count
    }
    if doc.language == Language::En && start > 0 {
        let year = value.is_some_and(|v| (1900.0..=2100.0).contains(&v) && v.fract() == 0.0)
            && !words[start].contains(',');
        if year
            && matches!(
                words[start - 1],
                "the"
                    | "of"
                    | "in"
                    | "since"
                    | "until"
                    | "by"
                    | "during"
                    | "from"
                    | "before"
                    | "after"
            )
        {
            return None; // "the 1998 United States embassy bombings"
        }
        let month = |w: &str| {
            crate::lexicon::EN_MONTHS.contains(&w)
                || matches!(
                    w,
                    "jan"
                        | "feb"
                        | "mar"
                        | "apr"
                        | "jun"
                        | "jul"
                        | "aug"
                        | "sep"
                        | "sept"
                        | "oct"
                        | "nov"
                        | "dec"
                )
        };
        if month(words[start - 1]) && !doc.gap(offset + start - 1, offset + start).contains(',') {
            return None; // "March 1": a date (not "In December, 39 soldiers")
        }
        if doc.gap(offset + start - 1, offset + start) == "-"
            && words[start - 1].chars().count() <= 4
            && words[start - 1].chars().all(char::is_alphabetic)
        {
            return None; // "AC-130", "F-16": a model, not a count
        }
    }
    // A range: "between 10 and 20", "10 to 20", "من 10 الي 20", "ما بين 70 و80".
    if value.is_some() {
        let connector = words.get(end).copied();
        let joined = conj.get(end).copied().unwrap_or(false);
        let second_at = if joined {
            Some(end)
        } else if matches!(connector, Some("and" | "to" | "or" | "الي" | "و" | "او")) {
            Some(end + 1)
        } else {
            None
        };
        if let Some(at) = second_at {
            if let Some(second) = read_number(words, at).filter(|n| n.value.is_some()) {
                let ranged = !(connector == Some("and") || joined)
                    || (start > 0 && matches!(words[start - 1], "between" | "بين"));
                if ranged {
                    value_max = second.value;
                    qualifier = Qualifier::Range;
                    end = second.end;
                    span_start = start.saturating_sub(if start >= 2 && words[start - 2] == "ما" {
                        2
                    } else {
                        1
                    });
                    if !matches!(
                        words.get(span_start),
                        Some(&("between" | "بين" | "من" | "ما"))
                    ) {
                        span_start = start;
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
        } else if start > 0
            && matches!(
                words[start - 1],
                "تجاوزت"
                    | "تجاوز"
                    | "تتجاوز"
                    | "يتجاوز"
                    | "يفوق"
                    | "تفوق"
                    | "فاق"
                    | "فاقت"
                    | "exceeded"
                    | "exceeding"
            )
            && value.is_some()
        {
            qualifier = Qualifier::MoreThan;
            span_start = start - 1;
        }
    }
    // The counted noun: right after, or after "من"/"of", possibly after an adjective.
    let mut k = end;
    let partitive = matches!(words.get(k), Some(&("من" | "of" | "other" | "منهم")));
    if matches!(words.get(k), Some(&("من" | "of" | "other"))) {
        k += 1;
    }
    if words.get(k).is_some_and(|w| excluded_after(w)) {
        return None;
    }
    let mut unit = words.get(k).and_then(|w| unit_of(w));
    let mut unit_end = if unit.is_some() { k + 1 } else { end };
    // "two police cars": the head of a compound is its last noun
    if doc.language == Language::En && unit.is_some() && doc.joined(offset + k) {
        if let Some(head) = words
            .get(k + 1)
            .filter(|w| harm_after(w).is_none())
            .and_then(|w| unit_of(w))
        {
            unit = Some(head);
            unit_end = k + 2;
        }
    }
    if unit.is_none() && doc.language == Language::En {
        // "15,000 US troops", "three known senior al Qaeda members": a few words that describe
        // the noun between the number and it
        let mut t = k;
        while t < words.len() && t < k + 5 && words.get(t + 1).is_some() {
            let w = words[t];
            if w.chars().any(|c| c.is_ascii_digit())
                || EN_NOT_MODIFIERS.contains(&w)
                || harm_after(w).is_some()
                || excluded_after(w)
                || doc
                    .gap(offset + t, offset + t + 1)
                    .contains([',', '.', ';', ':', '('])
            {
                break;
            }
            if let Some(u) = unit_of(words[t + 1]) {
                unit = Some(u);
                unit_end = t + 2;
                break;
            }
            t += 1;
        }
    }
    // "القتلى والجرحى": both, as casualties
    if matches!(unit, Some("killed"))
        && words
            .get(unit_end)
            .is_some_and(|w| matches!(*w, "والجرحي" | "وجرحي" | "والمصابين"))
    {
        unit = Some("casualties");
        unit_end += 1;
    }
    // The kind of harm: "مقتل 20 شخصا", "20 people were killed", "killing 85".
    // What follows the noun and says whose it is: "28 عنصرا من الجيش العراقي", "3 مسلحين تابعين
    // لميليشيات الحوثي", "عشر عربات للجيش", "عدد من الجرحى بصفوف الحوثيين"; the harm said after
    // it comes after that.
    if doc.language != Language::En && unit_end > end {
        unit_end = whose_after(words, unit_end);
    }
    let told_after = if doc.language == Language::En {
        english_harm_after(doc, words, unit_end, offset)
    } else {
        None
    };
    let mut harm_at = (span_start.saturating_sub(3)..span_start)
        .rev()
        .take_while(|&t| {
            !doc.gap(offset + t, offset + t + 1)
                .contains([',', ';', ':', '.', '،', '؛'])
        })
        .find(|&t| harm_before(words[t]).is_some());
    if told_after.is_some()
        && harm_at.is_some_and(|t| matches!(words[t], "killed" | "wounded" | "injured"))
    {
        harm_at = None; // "17 were killed and 16 were injured": the 16 were injured
    }
    let harm = harm_at
        .and_then(|t| harm_before(words[t]))
        .or(told_after.map(|(_, h)| h))
        .or_else(|| (unit_end..(unit_end + 3).min(words.len())).find_map(|t| harm_after(words[t])));
    // "عدد الأسرى من المتمردين بلغ 120", "ارتفعت حصيلة القتلى إلى 20": the noun came first
    if unit.is_none() && harm.is_none() && doc.language != Language::En {
        if let Some((at, u)) = counted_before(words, start) {
            unit = Some(u);
            span_start = span_start.min(at);
        }
    }
    // "سقط سبعة حوثيين بين قتيل وجريح": dead and wounded together
    let mixed = doc.language != Language::En
        && (unit_end..=unit_end + 1)
            .find(|&p| dead_and_wounded(words, p))
            .inspect(|&p| {
                unit_end = p + 3;
            })
            .is_some();
    let harm = if mixed { Some("casualties") } else { harm };
    let (noun_category, noun_end) = (unit, unit_end);
    let unit = match (unit, harm) {
        (
            Some(
                "people" | "civilians" | "soldiers" | "children" | "troops" | "police" | "members"
                | "militants" | "fighters" | "leaders" | "employees" | "foreigners" | "men"
                | "women" | "sailors" | "officers",
            ),
            Some(h),
        ) if harm_at.is_some() || h != "killed" || unit != Some("fighters") => h,
        (Some(u), _) => u,
        (None, Some(h)) => h,
        _ => return None,
    };
    if value.is_none() && unit == "positions" {
        return None; // "عدة مواقع استراتيجية": ground taken, with no count to compare
    }
    if value.is_some_and(|v| (1900.0..=2100.0).contains(&v) && !words[start].contains(','))
        && unit == "killed"
        && harm.is_none()
    {
        return None;
    }
    if doc.language == Language::En
        && harm.is_none()
        && qualifier == Qualifier::Exact
        && value.is_some_and(|v| v <= 10.0)
        && (matches!(unit, "men" | "women" | "people" | "leaders")
            || (start > 0
                && words[start - 1] == "the"
                && matches!(
                    unit,
                    "groups" | "members" | "families" | "children" | "civilians" | "vehicles"
                )))
    {
        return None; // "two men", "the two groups": people named by their number, not a threat
    }
    // The span takes in the harm word before and what qualifies the noun after.
    if let Some(h) = harm_at {
        span_start = span_start.min(h);
    }
    if partitive && unit_end == end {
        let reach = if matches!(words.get(end), Some(&"منهم")) {
            1
        } else {
            2
        };
        unit_end = (end + reach).min(words.len());
    }
    while unit_end < words.len() && unit_end < end + 5 && trails_noun(words[unit_end]) {
        unit_end += 1;
    }
    // A dual's adjective agrees with it: "هجومين منفصلين", "سيارتين عسكريتين".
    if end == start
        && words.get(unit_end).is_some_and(|w| {
            !w.starts_with("ال")
                && w.chars().count() >= 4
                && (w.ends_with("ين") || w.ends_with("ان"))
        })
    {
        unit_end += 1;
    }
    // "في صفوف العسكريين", "من المهاجمين" after the noun say whose they are.
    if matches!(words.get(unit_end), Some(&("في" | "بين" | "من")))
        && words.get(unit_end + 1).is_some_and(|w| *w == "صفوف")
    {
        unit_end = (unit_end + 3).min(words.len());
    } else if end == start && words.get(unit_end) == Some(&"من") && unit_end + 1 < words.len() {
        unit_end += 2;
    } else if unit_end > end
        && words.get(unit_end).is_some_and(|w| {
            w.starts_with("ال")
                && w.chars().count() >= 4
                && !matches!(*w, "الذي" | "التي" | "الذين")
        })
        && !words[unit_end - 1].starts_with("ال")
    {
        // a noun in a construct with what follows: "قادة التنظيم"
        unit_end += 1;
        while unit_end < words.len() && unit_end < end + 6 && trails_noun(words[unit_end]) {
            unit_end += 1;
        }
    }
    // "three houses were destroyed", "20 people had been killed"
    if doc.language == Language::En && unit_end > end {
        let mut t = unit_end;
        while t < words.len()
            && t < unit_end + 2
            && matches!(words[t], "were" | "was" | "had" | "have" | "has" | "been")
        {
            t += 1;
        }
        if t > unit_end && words.get(t).is_some_and(|w| w.ends_with("ed")) {
            unit_end = t + 1;
        }
    }
    // "24 dead children": the people the harm word describes
    if unit_end > end
        && matches!(words[unit_end - 1], "dead" | "wounded" | "injured")
        && words
            .get(unit_end)
            .and_then(|w| unit_of(w))
            .is_some_and(|u| {
                matches!(
                    u,
                    "people" | "civilians" | "children" | "women" | "men" | "soldiers" | "troops"
                )
            })
    {
        unit_end += 1;
    }
    if let Some((t, _)) = told_after.filter(|_| harm_at.is_none()) {
        unit_end = unit_end.max(t + 1);
    }
    // The harm word right after the noun belongs to the figure: "12 شخصا قتلوا".
    if words.get(unit_end).is_some_and(|w| harm_after(w).is_some()) && unit_end > end {
        unit_end += 1;
    }
    if words.get(unit_end..unit_end + 2) == Some(&["علي", "الاقل"]) {
        if qualifier == Qualifier::Exact {
            qualifier = Qualifier::AtLeast;
        }
        unit_end += 2;
    }
    let end_token = if unit_end == end {
        (unit_end + 1).min(words.len())
    } else {
        unit_end
    };
    let unit = if doc.language == Language::En && noun_category == Some(unit) {
        english_noun_as_unit(words, start, noun_end).unwrap_or(unit)
    } else {
        unit
    };
    Some(Found {
        start: offset + span_start,
        end: offset + end_token.max(end),
        value,
        value_max,
        qualifier,
        unit: unit.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use crate::extract;
    use marsad_domain::Qualifier;

    fn one(text: &str) -> (Option<f64>, Option<f64>, Qualifier, String, String) {
        let found = extract(text, None);
        let f = found
            .figures
            .first()
            .unwrap_or_else(|| panic!("no figure in {text}"));
        (
            f.value,
            f.value_max,
            f.qualifier,
            f.unit.clone(),
            f.span.slice(text),
        )
    }

    #[test]
    fn harm_said_after_the_count_and_vague_counts_with_adjectives() {
        let cases = [
            // the verb after the counted noun says what happened to them
            (
                "وقال الوزير إن نحو ألف شخص قتلوا في عدن.",
                Some(1000.0),
                Qualifier::About,
                "killed",
            ),
            (
                "وقال مسؤول إن عشرين من مسلحي الحوثي استسلموا أمس.",
                Some(20.0),
                Qualifier::Exact,
                "surrendered",
            ),
            (
                "لقي العشرات من عناصر الميليشيات، أمس، مصرعهم.",
                None,
                Qualifier::Unspecified,
                "killed",
            ),
            // vague counts: "a large number of", "numbers of", with the accusative
            (
                "وقتل فيها عدد كبير من المتمردين.",
                None,
                Qualifier::Unspecified,
                "killed",
            ),
            (
                "وشهدت صنعاء تدفق أعداد من المقاتلين.",
                None,
                Qualifier::Unspecified,
                "fighters",
            ),
            (
                "وأرسلت الميليشيات عددا من الشاحنات المحملة بالصواريخ.",
                None,
                Qualifier::Unspecified,
                "trucks",
            ),
        ];
        for (text, value, qualifier, unit) in cases {
            let (v, _, q, u, _) = one(text);
            assert_eq!((v, q, u.as_str()), (value, qualifier, unit), "{text}");
        }
        // «عدة» is a vague count; victims are casualties; dead and wounded together; a dual
        // officer who «fell» was killed; "one of three" counts three
        let more = [
            (
                "وشنت الطائرات عدة غارات على صنعاء.",
                None,
                Qualifier::Unspecified,
                "airstrikes",
            ),
            (
                "وسقط عشرات الضحايا من المدنيين.",
                None,
                Qualifier::Unspecified,
                "casualties",
            ),
            (
                "وسقط سبعة حوثيين بين قتيل وجريح في الهجوم.",
                Some(7.0),
                Qualifier::Exact,
                "casualties",
            ),
            (
                "فقد سقط ضابطان إماراتيان على الأقل في عدن.",
                Some(2.0),
                Qualifier::AtLeast,
                "killed",
            ),
            (
                "He was among one of three known senior al Qaeda members present.",
                Some(3.0),
                Qualifier::Exact,
                "members",
            ),
        ];
        for (text, value, qualifier, unit) in more {
            let (v, _, q, u, _) = one(text);
            assert_eq!((v, q, u.as_str()), (value, qualifier, unit), "{text}");
        }
        // ground taken with no count is not a figure to compare
        assert!(
            extract("وتمكنت المقاومة من استعادة عدة مواقع استراتيجية.", None)
                .figures
                .is_empty()
        );
        // a truck in English news is not a threat figure on its own
        assert!(extract(
            "They were driven in three pickup trucks to the hospital.",
            None
        )
        .figures
        .is_empty());
    }

    #[test]
    fn a_span_carries_the_whole_phrase_but_not_the_next_count() {
        let (_, _, _, unit, span) = one("وأعلنت المقاومة سقوط 16 قتيلا من ميلشيات الحوثي وصالح.");
        assert_eq!(
            (unit.as_str(), span.as_str()),
            ("killed", "سقوط 16 قتيلا من ميلشيات الحوثي وصالح")
        );
        let (v, _, _, unit, span) =
            one("The army began a 50,000-strong government push on Monday.");
        assert_eq!(
            (v, unit.as_str(), span.as_str()),
            (Some(50000.0), "troops", "50,000-strong government push")
        );
        let text = "وأسفرت الاشتباكات عن مقتل 4 وإصابة 2 من المسلحين الحوثيين.";
        let spans: Vec<String> = crate::extract(text, None)
            .figures
            .iter()
            .map(|f| f.span.slice(text))
            .collect();
        assert_eq!(spans.len(), 2, "{spans:?}");
        assert!(
            !spans[0].contains('2') && spans[1].contains("المسلحين الحوثيين"),
            "{spans:?}"
        );
    }

    #[test]
    fn reads_ranges_vague_counts_and_harm() {
        let (v, max, q, unit, _) = one("وقال إن ما بين 70 و80 مسلحا هاجموا الموقع.");
        assert_eq!(
            (v, max, q, unit.as_str()),
            (Some(70.0), Some(80.0), Qualifier::Range, "militants")
        );
        let (v, _, q, unit, _) = one("وأصيب عشرات آخرون في القصف.");
        assert_eq!(
            (v, q, unit.as_str()),
            (None, Qualifier::Unspecified, "wounded")
        );
        let (v, _, q, unit, span) = one("وأعلنت المقاومة مقتل 12 منهم على الأقل.");
        assert_eq!(
            (v, q, unit.as_str()),
            (Some(12.0), Qualifier::AtLeast, "killed")
        );
        assert_eq!(span, "مقتل 12 منهم على الأقل");
        let (v, _, q, unit, _) = one("At least 29 service men have died in Afghanistan this year.");
        assert_eq!((v, q), (Some(29.0), Qualifier::AtLeast));
        assert!(!unit.is_empty());
    }

    #[test]
    fn durations_money_and_years_are_not_figures() {
        for text in [
            "بعد أربع سنوات من الانسحاب",
            "بتكلفة 20 مليون دولار",
            "في عام 2015 وقعت الحرب",
            "He is 45 years old.",
        ] {
            assert!(extract(text, None).figures.is_empty(), "{text}");
        }
    }
}
