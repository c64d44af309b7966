//! Word lists the extractor uses: title heads, stop words, organisation words, cue verbs.
//! All Arabic entries are folded (see [`crate::normalize`]): no hamza on alef, ه for ة, ي for ى.

use marsad_domain::Stance;

/// Heads of Arabic titles ("وزير الخارجية الروسي"), folded, without clitics.
pub const AR_TITLE_HEADS: &[&str] = &[
    "وزير", "وزيره", "الوزير", "الوزيره", "رئيس", "الرئيس", "رئيسه", "الرئيسه", "سفير", "السفير", "سفيره",
    "السفيره", "المتحدث", "متحدث", "المتحدثه", "الناطق", "ناطق", "الناطقه", "قائد", "القائد", "زعيم", "الزعيم",
    "مستشار", "المستشار", "نائب", "النائب", "الامين", "امين", "مدير", "المدير", "محافظ", "المحافظ", "الملك",
    "العاهل", "الامير", "ولي", "الشيخ", "العميد", "اللواء", "العقيد", "المقدم", "الرائد", "الجنرال", "المشير",
    "الفريق", "المبعوث", "مبعوث", "المندوب", "مندوب", "مساعد", "وكيل", "المرشد", "المفوض", "المنسق", "القيادي",
    "مفتي", "المفتي", "رئيسي", "مسؤول", "المسؤول", "عضو", "مراسل", "الباحث", "الخبير", "المحلل", "زعيمه",
];

/// Arabic words that end a name (particles, pronouns, common verbs).
pub const AR_NAME_STOPS: &[&str] = &[
    "ان", "في", "من", "علي", "الي", "خلال", "عن", "مع", "بعد", "قبل", "الذي", "التي", "الذين", "قد", "لم", "لن",
    "ما", "و", "هو", "هي", "انه", "انها", "لقد", "كما", "حيث", "او", "ثم", "حول", "امس", "اليوم", "لدي", "منذ",
    "بين", "عند", "اثناء", "ضد", "دون", "عبر", "لان", "كان", "كانت", "يوم", "الاحد", "الاثنين", "الثلاثاء",
    "الاربعاء", "الخميس", "الجمعه", "السبت", "فيما", "بينما", "الا", "اذ", "اذا", "هذا", "هذه", "ذلك", "تلك",
    "انه", "بان", "بانه", "لدى", "امام", "وسط", "تجاه", "نحو", "لها", "له", "لهم",
];

/// Words that make a capitalised English name an organisation.
pub const EN_ORG_WORDS: &[&str] = &[
    "army", "ministry", "party", "front", "council", "organization", "organisation", "agency", "forces", "force",
    "brigade", "brigades", "union", "court", "courts", "movement", "committee", "commission", "police", "times",
    "post", "news", "press", "service", "services", "department", "office", "government", "assembly",
    "parliament", "congress", "senate", "alliance", "coalition", "corps", "tigers", "group", "network",
    "association", "institute", "bank", "university", "company", "corporation", "authority", "guard", "navy",
    "mission", "command", "regiment", "battalion", "division", "embassy", "cross", "crescent", "watch",
    "international", "nations", "agency", "bureau", "club", "fund", "program", "programme", "tribunal",
    "militia", "jihad", "brotherhood", "federation", "league", "cabinet", "reuters", "bbc", "cnn", "ap", "afp",
];

/// English words that are capitalised at the start of sentences or in titles but are not names.
pub const EN_NOT_NAMES: &[&str] = &[
    "the", "a", "an", "in", "on", "at", "of", "for", "and", "but", "or", "he", "she", "it", "they", "we", "i",
    "his", "her", "their", "its", "this", "that", "these", "those", "there", "after", "before", "during",
    "according", "however", "meanwhile", "also", "while", "when", "where", "what", "who", "why", "how", "as",
    "if", "since", "with", "by", "from", "to", "no", "not", "some", "many", "most", "more", "other", "all",
    "both", "one", "two", "three", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "mr", "mrs", "ms", "dr", "sources", "officials", "police", "reports",
    "earlier", "later", "today", "yesterday", "last", "next", "on", "under", "about", "over", "among",
    "between", "despite", "although", "because", "so", "then", "thus", "there", "here", "such", "each",
    "every", "an", "our", "my", "your", "you", "us", "them", "him", "web", "internet", "site", "video",
];

/// English words that head a person's title ("Foreign Secretary Jack Straw").
pub const EN_TITLE_WORDS: &[&str] = &[
    "president", "minister", "secretary", "general", "gen", "colonel", "col", "lt", "lieutenant", "major", "maj",
    "captain", "capt", "sergeant", "sgt", "spokesman", "spokeswoman", "spokesperson", "ambassador", "senator",
    "sen", "rep", "representative", "mr", "mrs", "ms", "dr", "king", "queen", "prince", "sheikh", "mullah",
    "commander", "chief", "governor", "mayor", "envoy", "leader", "chairman", "premier", "admiral", "brigadier",
    "brig", "ayatollah", "imam", "cleric", "judge", "justice", "officer", "director", "head", "deputy",
    "correspondent", "analyst", "prosecutor", "inspector", "pope", "emir", "sultan", "marshal", "chancellor",
];

/// A cue that reports a statement: the folded word (after a conjunction is stripped) and its stance.
pub struct Cue {
    pub word: &'static str,
    pub stance: Stance,
}

macro_rules! cues {
    ($($stance:ident: [$($w:literal),* $(,)?]),* $(,)?) => {
        &[$($(Cue { word: $w, stance: Stance::$stance }),*),*]
    };
}

/// Arabic reporting verbs and participles, folded.
pub const AR_CUES: &[Cue] = cues![
    Claim: ["قال", "قالت", "يقول", "تقول", "قالوا", "اكد", "اكدت", "يوكد", "توكد", "مؤكدا", "مؤكده", "موكدا",
            "موكده", "اكدوا", "يؤكد", "تؤكد", "اشار", "اشارت", "يشير", "تشير", "مشيرا", "مشيره", "اوضح", "اوضحت",
            "يوضح", "توضح", "موضحا", "موضحه", "اضاف", "اضافت", "يضيف", "تضيف", "مضيفا", "مضيفه", "صرح", "صرحت",
            "ذكر", "ذكرت", "يذكر", "تذكر", "افاد", "افادت", "شدد", "شددت", "مشددا", "مشدده", "زعم", "زعمت",
            "ادعي", "ادعت", "لفت", "لفتت", "لافتا", "لافته", "تابع", "تابعت", "اعرب", "اعربت", "قالا"],
    Warning: ["حذر", "حذرت", "يحذر", "تحذر", "محذرا", "محذره", "حذروا"],
    Accusation: ["اتهم", "اتهمت", "يتهم", "تتهم", "متهما", "متهمه", "اتهموا"],
    Denial: ["نفي", "نفت", "ينفي", "تنفي", "نافيا", "نافيه", "نفوا"],
    Disclosure: ["كشف", "كشفت", "يكشف", "تكشف", "كاشفا", "كاشفه"],
    Announcement: ["اعلن", "اعلنت", "يعلن", "تعلن", "معلنا", "معلنه", "اعلنوا"],
    Assessment: ["اعتبر", "اعتبرت", "يعتبر", "تعتبر", "معتبرا", "معتبره", "راي", "رات", "يري", "تري", "راوا",
                 "وصف", "وصفت", "واصفا", "واصفه", "رجح", "رجحت", "توقع", "توقعت", "قدر", "قدرت"],
    Demand: ["طالب", "طالبت", "يطالب", "تطالب", "مطالبا", "مطالبه", "دعا", "دعت", "يدعو", "تدعو", "داعيا",
             "داعيه", "طالبوا"],
    Threat: ["هدد", "هددت", "يهدد", "تهدد", "مهددا", "مهدده", "توعد", "توعدت", "يتوعد", "تتوعد", "متوعدا"],
    Promise: ["تعهد", "تعهدت", "يتعهد", "تتعهد", "متعهدا", "وعد", "وعدت"],
];

/// Arabic attributions "according to X": the word (after clitics are stripped) that starts them.
pub const AR_ACCORDING: &[&str] = &["وفقا", "بحسب", "حسب", "نقلا", "طبقا", "حسبما"];

/// English reporting verbs.
pub const EN_CUES: &[Cue] = cues![
    Claim: ["said", "says", "told", "stated", "added", "claimed", "claims", "confirmed", "confirms", "insisted",
            "stressed", "explained", "noted", "reported", "reports", "admitted", "acknowledged", "argued",
            "maintained", "asserted", "declared", "commented", "remarked", "wrote", "tell", "say"],
    Warning: ["warned", "warns", "cautioned"],
    Accusation: ["accused", "accuses", "blamed", "blames", "alleged", "alleges"],
    Denial: ["denied", "denies", "rejected", "dismissed", "refuted"],
    Disclosure: ["revealed", "reveals", "disclosed", "discloses"],
    Announcement: ["announced", "announces"],
    Assessment: ["believes", "believed", "considered", "considers", "described", "estimated", "estimates",
                 "assessed", "predicted", "concluded", "called"],
    Demand: ["demanded", "demands", "urged", "urges", "appealed"],
    Threat: ["threatened", "threatens", "vowed", "vows"],
    Promise: ["promised", "promises", "pledged", "pledges"],
];

pub fn ar_cue(word: &str) -> Option<Stance> {
    AR_CUES.iter().find(|c| c.word == word).map(|c| c.stance)
}

pub fn en_cue(word: &str) -> Option<Stance> {
    EN_CUES.iter().find(|c| c.word == word).map(|c| c.stance)
}
