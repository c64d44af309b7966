//! The words a briefing is printed with, in Arabic and in English.

use marsad_domain::{ActorKind, Language, Qualifier, Stance};

/// Headings and labels in one report language.
#[derive(Debug, Clone, Copy)]
pub struct Labels {
    pub language: Language,
    pub prepared_by: &'static str,
    pub generated_on: &'static str,
    pub scope: &'static str,
    pub key_judgements: &'static str,
    pub no_key_judgements: &'static str,
    pub actors: &'static str,
    pub names: &'static str,
    pub roles: &'static str,
    pub affiliations: &'static str,
    pub statements: &'static str,
    pub no_statements: &'static str,
    pub date: &'static str,
    pub stance: &'static str,
    pub statement: &'static str,
    pub source: &'static str,
    pub figures: &'static str,
    pub figure: &'static str,
    pub unit: &'static str,
    pub claimed_by: &'static str,
    pub about: &'static str,
    pub chart: &'static str,
    pub sources: &'static str,
    pub appendix: &'static str,
    pub sentence: &'static str,
    pub page: &'static str,
    pub undated: &'static str,
    pub publication_date_note: &'static str,
    pub contents_summary: &'static str,
    pub unknown: &'static str,
}

const EN: Labels = Labels {
    language: Language::En,
    prepared_by: "Prepared by",
    generated_on: "Date",
    scope: "Scope",
    key_judgements: "Key judgements",
    no_key_judgements: "No key judgements were written for this briefing.",
    actors: "Actors",
    names: "Names",
    roles: "Roles",
    affiliations: "Affiliations",
    statements: "Statements",
    no_statements: "No statements in scope.",
    date: "Date",
    stance: "Stance",
    statement: "Statement",
    source: "Source",
    figures: "Threat figures",
    figure: "Figure",
    unit: "Unit",
    claimed_by: "Claimed by",
    about: "About",
    chart: "Figures by unit and source",
    sources: "Sources",
    appendix: "Appendix: source sentences",
    sentence: "Sentence",
    page: "Page",
    undated: "undated",
    publication_date_note: "† the source gives no date of its own; this is its publication date.",
    contents_summary: "statements, figures and sources",
    unknown: "unknown",
};

const AR: Labels = Labels {
    language: Language::Ar,
    prepared_by: "إعداد",
    generated_on: "التاريخ",
    scope: "النطاق",
    key_judgements: "التقديرات الرئيسية",
    no_key_judgements: "لم تُكتب تقديرات رئيسية لهذا الإيجاز.",
    actors: "الفاعلون",
    names: "الأسماء",
    roles: "المناصب",
    affiliations: "الانتماء",
    statements: "التصريحات",
    no_statements: "لا تصريحات ضمن النطاق.",
    date: "التاريخ",
    stance: "النوع",
    statement: "التصريح",
    source: "المصدر",
    figures: "أرقام التهديد",
    figure: "الرقم",
    unit: "الوحدة",
    claimed_by: "مصدر الرقم",
    about: "بشأن",
    chart: "الأرقام حسب الوحدة والمصدر",
    sources: "المصادر",
    appendix: "ملحق: الجمل المصدرية",
    sentence: "الجملة",
    page: "صفحة",
    undated: "بلا تاريخ",
    publication_date_note: "† لا يذكر المصدر تاريخًا خاصًا؛ هذا تاريخ نشره.",
    contents_summary: "تصريحات وأرقام ومصادر",
    unknown: "غير معروف",
};

impl Labels {
    /// Labels for a report language (anything but Arabic is English).
    pub fn for_language(language: Language) -> &'static Labels {
        match language {
            Language::Ar => &AR,
            _ => &EN,
        }
    }

    pub fn is_rtl(&self) -> bool {
        self.language == Language::Ar
    }

    pub fn dir(&self) -> &'static str {
        if self.is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// Separator between items of a list: "، " in Arabic, ", " in English.
    pub fn list_sep(&self) -> &'static str {
        if self.is_rtl() {
            "، "
        } else {
            ", "
        }
    }

    pub fn lang(&self) -> &'static str {
        self.language.as_str()
    }

    pub fn stance(&self, stance: Stance) -> &'static str {
        let ar = self.is_rtl();
        match stance {
            Stance::Claim => pick(ar, "ادعاء", "Claim"),
            Stance::Warning => pick(ar, "تحذير", "Warning"),
            Stance::Accusation => pick(ar, "اتهام", "Accusation"),
            Stance::Assessment => pick(ar, "تقييم", "Assessment"),
            Stance::Denial => pick(ar, "نفي", "Denial"),
            Stance::Threat => pick(ar, "تهديد", "Threat"),
            Stance::Disclosure => pick(ar, "كشف", "Disclosure"),
            Stance::Announcement => pick(ar, "إعلان", "Announcement"),
            Stance::Demand => pick(ar, "مطالبة", "Demand"),
            Stance::Promise => pick(ar, "وعد", "Promise"),
        }
    }

    pub fn kind(&self, kind: ActorKind) -> &'static str {
        let ar = self.is_rtl();
        match kind {
            ActorKind::Person => pick(ar, "شخص", "Person"),
            ActorKind::Organization => pick(ar, "منظمة", "Organisation"),
            ActorKind::Location => pick(ar, "مكان", "Location"),
        }
    }

    /// A figure's value with its hedge: "more than 15,000", "أكثر من 15,000".
    pub fn figure_value(
        &self,
        qualifier: Qualifier,
        value: Option<f64>,
        max: Option<f64>,
    ) -> String {
        let v = value.map(format_number).unwrap_or_else(|| "?".into());
        let ar = self.is_rtl();
        match qualifier {
            Qualifier::Exact | Qualifier::Unspecified => v,
            Qualifier::MoreThan => format!("{} {v}", pick(ar, "أكثر من", "more than")),
            Qualifier::LessThan => format!("{} {v}", pick(ar, "أقل من", "less than")),
            Qualifier::AtLeast if ar => format!("{v} على الأقل"),
            Qualifier::AtLeast => format!("at least {v}"),
            Qualifier::AtMost if ar => format!("{v} على الأكثر"),
            Qualifier::AtMost => format!("at most {v}"),
            Qualifier::About => format!("{} {v}", pick(ar, "نحو", "about")),
            Qualifier::Range => {
                let m = max.map(format_number).unwrap_or_else(|| "?".into());
                if ar {
                    format!("بين {v} و{m}")
                } else {
                    format!("{v}–{m}")
                }
            }
        }
    }

    /// A unit in the report's language where it is a common one; as stored otherwise.
    pub fn unit<'a>(&self, unit: &'a str) -> std::borrow::Cow<'a, str> {
        if !self.is_rtl() {
            return unit.into();
        }
        let ar = match unit {
            "fighters" => "مقاتلون",
            "militants" => "مسلحون",
            "troops" => "جنود",
            "soldiers" => "جنود",
            "killed" => "قتلى",
            "wounded" => "جرحى",
            "attacks" => "هجمات",
            "groups" => "جماعات",
            "civilians" => "مدنيون",
            "displaced" => "نازحون",
            "arrests" => "معتقلون",
            "airstrikes" => "غارات",
            "missiles" => "صواريخ",
            "people" => "أشخاص",
            "refugees" => "لاجئون",
            _ => return unit.into(),
        };
        ar.into()
    }

    /// "12 statements, 3 figures, 4 sources" in the report's language.
    pub fn counts(&self, statements: usize, figures: usize, sources: usize) -> String {
        if self.is_rtl() {
            format!("التصريحات: {statements} · الأرقام: {figures} · المصادر: {sources}")
        } else {
            format!("{statements} statements · {figures} figures · {sources} sources")
        }
    }
}

fn pick(ar: bool, arabic: &'static str, english: &'static str) -> &'static str {
    if ar {
        arabic
    } else {
        english
    }
}

/// 15000 → "15,000"; 2.5 → "2.5".
pub fn format_number(value: f64) -> String {
    if !value.is_finite() {
        return "?".into();
    }
    if value.fract() != 0.0 {
        return format!("{value:.1}");
    }
    let digits = format!("{}", value.abs() as u64);
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if value < 0.0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_by_thousands() {
        assert_eq!(format_number(15000.0), "15,000");
        assert_eq!(format_number(20.0), "20");
        assert_eq!(format_number(1234567.0), "1,234,567");
        assert_eq!(format_number(2.5), "2.5");
    }

    #[test]
    fn qualifiers_read_naturally_in_both_languages() {
        let en = Labels::for_language(Language::En);
        let ar = Labels::for_language(Language::Ar);
        assert_eq!(
            en.figure_value(Qualifier::MoreThan, Some(15000.0), None),
            "more than 15,000"
        );
        assert_eq!(
            ar.figure_value(Qualifier::MoreThan, Some(15000.0), None),
            "أكثر من 15,000"
        );
        assert_eq!(
            en.figure_value(Qualifier::Range, Some(10.0), Some(20.0)),
            "10–20"
        );
    }
}
