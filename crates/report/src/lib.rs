//! Briefing reports in the text formats: Markdown, self-contained HTML and DOCX, plus the SVG
//! figures chart they share. The PDF is typeset by `marsad-report-pdf` from the same [`Briefing`].
//!
//! A briefing is assembled by `marsad-core` from the workspace; this crate only renders it, so
//! every format carries the same content: title page, key judgements, one section per actor
//! (names in both scripts, roles, a dated table of statements each citing its source and
//! sentence), threat figures as a table and a chart, the numbered sources, and an appendix with the
//! exact source sentences. Headings and layout follow the report language; quotations keep theirs.

mod chart;
mod docx;
mod html;
mod labels;
mod markdown;
mod markup;
mod print;

pub use chart::figures_svg;
pub use docx::{render_docx, ChartImage};
pub use html::render_html;
pub use labels::{format_number, Labels};
pub use markdown::render_markdown;
pub use markup::{escape_xml, is_arabic};
pub use print::{printed, PrintedBriefing};

use marsad_domain::{Briefing, BriefingActor};

/// An actor's names in both scripts, Arabic first: "سيرغي لافروف / Sergei Lavrov".
pub(crate) fn names_line(a: &BriefingActor) -> String {
    let mut names: Vec<&str> = Vec::new();
    for n in [
        a.name_ar.as_deref(),
        a.name_en.as_deref(),
        Some(a.name.as_str()),
    ]
    .into_iter()
    .flatten()
    {
        if !n.trim().is_empty() && !names.contains(&n) {
            names.push(n);
        }
    }
    names.join(" / ")
}

/// A date for a table cell: the day, marked † when it is the source's publication date.
pub(crate) fn date_cell(l: &Labels, date: Option<&str>, is_publication: bool) -> String {
    match date {
        Some(d) => {
            let day = d.get(..10).unwrap_or(d);
            if is_publication {
                format!("{day} †")
            } else {
                day.to_string()
            }
        }
        None => l.undated.to_string(),
    }
}

/// The briefing worded for printing, as JSON (what the PDF template reads).
pub fn printed_json(briefing: &Briefing) -> String {
    serde_json::to_string(&printed(briefing)).unwrap_or_else(|_| "{}".into())
}
