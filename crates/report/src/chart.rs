//! The threat-figure chart: one panel per unit, one bar per figure, coloured by who claimed it, with
//! the hedge written beside the bar ("more than 15,000"). Plain SVG text, so Arabic labels stay text
//! (searchable, shaped by whatever displays it). Arabic reports are mirrored: labels on the right,
//! bars growing leftwards.

use std::collections::BTreeMap;
use std::fmt::Write;

use marsad_domain::{Briefing, BriefingFigure};

use crate::labels::Labels;
use crate::markup::escape_xml;

const WIDTH: f64 = 680.0;
const LABEL_WIDTH: f64 = 250.0;
const VALUE_WIDTH: f64 = 150.0;
const ROW: f64 = 22.0;
const PANEL_GAP: f64 = 18.0;
const TITLE: f64 = 24.0;
/// Panels and bars per panel drawn; the tables list everything.
const MAX_UNITS: usize = 6;
const MAX_ROWS: usize = 24;

const PALETTE: [&str; 8] = [
    "#1f6f8b", "#c0392b", "#7d5ba6", "#2e8b57", "#d35400", "#5d6d7e", "#b7950b", "#a93266",
];

/// The chart as a standalone SVG document, or `None` when no figure has a value.
pub fn figures_svg(briefing: &Briefing) -> Option<String> {
    let labels = Labels::for_language(briefing.language);
    let panels = panels(&briefing.figures);
    if panels.is_empty() {
        return None;
    }
    let colours = colours(&briefing.figures);
    let height: f64 = panels
        .iter()
        .map(|(_, rows)| TITLE + rows.len() as f64 * ROW + PANEL_GAP)
        .sum();
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" font-family="Noto Naskh Arabic, Noto Sans, sans-serif" font-size="11">"#
    );
    let _ = write!(svg, "<title>{}</title>", escape_xml(labels.chart));
    let mut y = 0.0;
    for (unit, rows) in &panels {
        y = panel(&mut svg, labels, unit, rows, &colours, y);
    }
    svg.push_str("</svg>");
    Some(svg)
}

type Panel<'a> = (String, Vec<&'a BriefingFigure>);

fn panels(figures: &[BriefingFigure]) -> Vec<Panel<'_>> {
    let mut by_unit: BTreeMap<&str, Vec<&BriefingFigure>> = BTreeMap::new();
    for f in figures.iter().filter(|f| bar_value(f).is_some()) {
        by_unit.entry(f.unit.as_str()).or_default().push(f);
    }
    let mut units: Vec<_> = by_unit.into_iter().collect();
    units.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(b.0)));
    units
        .into_iter()
        .take(MAX_UNITS)
        .map(|(unit, mut rows)| {
            rows.sort_by(|a, b| a.date.cmp(&b.date).then(a.id.cmp(&b.id)));
            rows.truncate(MAX_ROWS);
            (unit.to_string(), rows)
        })
        .collect()
}

fn bar_value(f: &BriefingFigure) -> Option<f64> {
    f.value_max
        .or(f.value)
        .filter(|v| v.is_finite() && *v > 0.0)
}

/// Who claimed a figure, for colouring and labels.
fn claimant(f: &BriefingFigure) -> &str {
    f.claimed_by.as_deref().unwrap_or("—")
}

fn colours(figures: &[BriefingFigure]) -> BTreeMap<String, &'static str> {
    let mut out = BTreeMap::new();
    for f in figures {
        let n = out.len();
        out.entry(claimant(f).to_string())
            .or_insert(PALETTE[n % PALETTE.len()]);
    }
    out
}

fn panel(
    svg: &mut String,
    labels: &Labels,
    unit: &str,
    rows: &[&BriefingFigure],
    colours: &BTreeMap<String, &'static str>,
    top: f64,
) -> f64 {
    let rtl = labels.is_rtl();
    let max = rows.iter().filter_map(|f| bar_value(f)).fold(0.0, f64::max);
    let bar_span = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
    let (title_x, anchor_start) = if rtl {
        (WIDTH - 4.0, "end")
    } else {
        (4.0, "start")
    };
    let _ = write!(
        svg,
        r#"<text x="{title_x}" y="{}" text-anchor="{anchor_start}" font-weight="bold" font-size="12">{}</text>"#,
        top + 16.0,
        escape_xml(&labels.unit(unit))
    );
    let mut y = top + TITLE;
    for f in rows {
        let value = bar_value(f).unwrap_or(0.0);
        let length = if max > 0.0 {
            value / max * bar_span
        } else {
            0.0
        };
        let length = length.max(2.0);
        let colour = colours.get(claimant(f)).copied().unwrap_or(PALETTE[0]);
        let label = row_label(labels, f);
        let text = labels.figure_value(f.qualifier, f.value, f.value_max);
        let (label_x, bar_x, value_x) = if rtl {
            (
                WIDTH - 4.0,
                WIDTH - LABEL_WIDTH - length,
                WIDTH - LABEL_WIDTH - length - 6.0,
            )
        } else {
            (4.0, LABEL_WIDTH, LABEL_WIDTH + length + 6.0)
        };
        let _ = write!(
            svg,
            r#"<text x="{label_x}" y="{ty}" text-anchor="{anchor_start}">{label}</text><rect x="{bar_x:.1}" y="{by}" width="{length:.1}" height="{bh}" fill="{colour}"/><text x="{value_x:.1}" y="{ty}" text-anchor="{anchor_start}">{text}</text>"#,
            ty = y + 14.0,
            by = y + 4.0,
            bh = ROW - 8.0,
            label = escape_xml(&label),
            text = escape_xml(&text),
        );
        y += ROW;
    }
    y + PANEL_GAP
}

fn row_label(labels: &Labels, f: &BriefingFigure) -> String {
    let date = f.date.as_deref().map(|d| d.get(..10).unwrap_or(d));
    let mut label = format!(
        "{} · {}",
        date.unwrap_or(labels.undated),
        truncate(claimant(f), 26)
    );
    label.push_str(&format!(" [{}]", f.source));
    label
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max - 1).collect();
        t.push('…');
        t
    }
}
