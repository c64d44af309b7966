//! Marsad's domain types.
//!
//! Everything the other crates pass between them lives here: the kinds of actor, statement stance,
//! figure qualifier and review state; the result of extracting one article; and the views the desktop
//! and the command line show. Spans are always Unicode code point offsets (`end` exclusive) into the
//! article body exactly as imported.

use serde::{Deserialize, Serialize};
use specta::Type;

mod extraction;
mod report;
mod story;
mod views;

pub use extraction::*;
pub use report::*;
pub use story::*;
pub use views::*;

/// Identifier of a stored row.
pub type Id = i64;

/// The language of an article (or of a name).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    Ar,
    En,
    Other,
}

impl Language {
    pub fn as_str(self) -> &'static str {
        match self {
            Language::Ar => "ar",
            Language::En => "en",
            Language::Other => "other",
        }
    }

    /// Parses `ar`, `en`, `other` (and the common long forms).
    pub fn parse(s: &str) -> Option<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "ar" | "ara" | "arabic" => Some(Language::Ar),
            "en" | "eng" | "english" => Some(Language::En),
            "other" => Some(Language::Other),
            _ => None,
        }
    }
}

/// The script a name is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "lowercase")]
pub enum Script {
    Arabic,
    Latin,
    Other,
}

impl Script {
    pub fn as_str(self) -> &'static str {
        match self {
            Script::Arabic => "arabic",
            Script::Latin => "latin",
            Script::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "arabic" => Some(Script::Arabic),
            "latin" => Some(Script::Latin),
            "other" => Some(Script::Other),
            _ => None,
        }
    }

    /// The script of a name: the script of most of its letters.
    pub fn of(text: &str) -> Self {
        let (mut arabic, mut latin) = (0usize, 0usize);
        for c in text.chars() {
            if ('\u{0600}'..='\u{06FF}').contains(&c) || ('\u{0750}'..='\u{077F}').contains(&c) {
                arabic += 1;
            } else if c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c) {
                latin += 1;
            }
        }
        if arabic == 0 && latin == 0 {
            Script::Other
        } else if arabic >= latin {
            Script::Arabic
        } else {
            Script::Latin
        }
    }
}

/// What an actor is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    Person,
    Organization,
    Location,
}

impl ActorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::Organization => "organization",
            ActorKind::Location => "location",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "person" => Some(ActorKind::Person),
            "organization" | "organisation" => Some(ActorKind::Organization),
            "location" => Some(ActorKind::Location),
            _ => None,
        }
    }
}

macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            pub fn parse(s: &str) -> Option<Self> {
                match s { $($text => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

string_enum!(
    /// The kind of speech act a statement is.
    Stance {
        Claim => "claim",
        Warning => "warning",
        Accusation => "accusation",
        Assessment => "assessment",
        Denial => "denial",
        Threat => "threat",
        Disclosure => "disclosure",
        Announcement => "announcement",
        Demand => "demand",
        Promise => "promise",
    }
);

string_enum!(
    /// How a figure's value is hedged.
    Qualifier {
        Exact => "exact",
        MoreThan => "more_than",
        LessThan => "less_than",
        AtLeast => "at_least",
        AtMost => "at_most",
        About => "about",
        Range => "range",
        Unspecified => "unspecified",
    }
);

string_enum!(
    /// Where an extracted item stands in the analyst's review.
    ReviewState {
        Pending => "pending",
        Accepted => "accepted",
        Rejected => "rejected",
        Edited => "edited",
    }
);

/// A half-open range of Unicode code points `[start, end)` in an article body.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Type,
)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span {
            start: u32::try_from(start).unwrap_or(u32::MAX),
            end: u32::try_from(end).unwrap_or(u32::MAX),
        }
    }

    pub fn len(self) -> usize {
        self.end.saturating_sub(self.start) as usize
    }

    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }

    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The text this span covers in `text` (code point offsets).
    pub fn slice(self, text: &str) -> String {
        text.chars()
            .skip(self.start as usize)
            .take(self.len())
            .collect()
    }
}

/// A text indexed by code point, for slicing many spans in O(1) each.
#[derive(Debug, Clone)]
pub struct CodePoints<'a> {
    text: &'a str,
    /// Byte offset of each code point, plus the text's length.
    bytes: Vec<usize>,
}

impl<'a> CodePoints<'a> {
    pub fn new(text: &'a str) -> Self {
        let bytes = text
            .char_indices()
            .map(|(b, _)| b)
            .chain(std::iter::once(text.len()))
            .collect();
        CodePoints { text, bytes }
    }

    /// Number of code points.
    pub fn len(&self) -> usize {
        self.bytes.len() - 1
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The text of `span`, clamped to the text.
    pub fn slice(&self, span: Span) -> &'a str {
        let end = (span.end as usize).min(self.len());
        let start = (span.start as usize).min(end);
        &self.text[self.bytes[start]..self.bytes[end]]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn span_slices_by_code_points_not_bytes() {
        let text = "قال لافروف إن";
        assert_eq!(Span::new(4, 10).slice(text), "لافروف");
    }

    #[test]
    fn code_points_slice_like_span_slice() {
        let text = "📰 قال Belousov";
        let index = CodePoints::new(text);
        for span in [Span::new(2, 5), Span::new(6, 14), Span::new(10, 99)] {
            assert_eq!(index.slice(span), span.slice(text));
        }
    }

    #[test]
    fn enums_round_trip_through_their_names() {
        for s in Stance::ALL {
            assert_eq!(Stance::parse(s.as_str()), Some(*s));
        }
        for q in Qualifier::ALL {
            assert_eq!(Qualifier::parse(q.as_str()), Some(*q));
        }
        assert_eq!(Qualifier::parse("more than"), None);
    }

    #[test]
    fn script_of_a_name_follows_its_letters() {
        assert_eq!(Script::of("سيرغي لافروف"), Script::Arabic);
        assert_eq!(Script::of("Sergei Lavrov"), Script::Latin);
        assert_eq!(Script::of("2024"), Script::Other);
    }
}
