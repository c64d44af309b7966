//! The briefing as Markdown (CommonMark with pipe tables). Imported text is escaped, so nothing in
//! an article becomes a link, an image or HTML.

use std::fmt::Write;

use marsad_domain::{Briefing, BriefingActor, BriefingStatement};

use crate::labels::Labels;
use crate::markup::{escape_markdown as md, safe_url};
use crate::{date_cell, names_line};

/// Renders the briefing; `chart` is the file name of the figures chart written beside it, if any.
pub fn render_markdown(briefing: &Briefing, chart: Option<&str>) -> String {
    let l = Labels::for_language(briefing.language);
    let mut out = String::new();
    title(&mut out, l, briefing);
    let _ = writeln!(out, "## {}\n", l.key_judgements);
    if briefing.key_judgements.is_empty() {
        let _ = writeln!(out, "_{}_\n", l.no_key_judgements);
    }
    for p in &briefing.key_judgements {
        let _ = writeln!(out, "{}\n", md(p));
    }
    let _ = writeln!(out, "## {}\n", l.actors);
    for actor in &briefing.actors {
        actor_section(&mut out, l, actor);
    }
    figures(&mut out, l, briefing, chart);
    sources(&mut out, l, briefing);
    let _ = writeln!(out, "## {}\n", l.appendix);
    for s in &briefing.sentences {
        let _ = writeln!(out, "{}. \\[{}\\] {}\n", s.number, s.source, md(&s.text));
    }
    out
}

fn title(out: &mut String, l: &Labels, b: &Briefing) {
    let _ = writeln!(out, "# {}\n", md(&b.title));
    if !b.author.trim().is_empty() {
        let _ = writeln!(out, "**{}:** {}  ", l.prepared_by, md(&b.author));
    }
    let _ = writeln!(out, "**{}:** {}  ", l.generated_on, b.generated_on);
    let _ = writeln!(out, "**{}:** {}  ", l.scope, md(&b.scope.join(" · ")));
    let _ = writeln!(
        out,
        "{}\n",
        l.counts(b.statement_count(), b.figures.len(), b.sources.len())
    );
}

fn actor_section(out: &mut String, l: &Labels, a: &BriefingActor) {
    let _ = writeln!(out, "### {} ({})\n", md(&a.name), l.kind(a.kind));
    let _ = writeln!(out, "**{}:** {}  ", l.names, md(&names_line(a)));
    if !a.roles.is_empty() {
        let _ = writeln!(
            out,
            "**{}:** {}  ",
            l.roles,
            md(&a.roles.join(l.list_sep()))
        );
    }
    if !a.affiliations.is_empty() {
        let _ = writeln!(
            out,
            "**{}:** {}  ",
            l.affiliations,
            md(&a.affiliations.join(l.list_sep()))
        );
    }
    out.push('\n');
    if a.statements.is_empty() {
        let _ = writeln!(out, "_{}_\n", l.no_statements);
        return;
    }
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} |",
        l.date, l.stance, l.statement, l.source
    );
    out.push_str("|---|---|---|---|\n");
    for s in &a.statements {
        statement_row(out, l, s);
    }
    if a.statements.iter().any(|s| s.date_is_publication) {
        let _ = writeln!(out, "\n{}", l.publication_date_note);
    }
    out.push('\n');
}

fn statement_row(out: &mut String, l: &Labels, s: &BriefingStatement) {
    let _ = writeln!(
        out,
        "| {} | {} | {} | \\[{}\\] §{} |",
        date_cell(l, s.date.as_deref(), s.date_is_publication),
        l.stance(s.stance),
        md(&s.text),
        s.source,
        s.sentence
    );
}

fn figures(out: &mut String, l: &Labels, b: &Briefing, chart: Option<&str>) {
    let _ = writeln!(out, "## {}\n", l.figures);
    if b.figures.is_empty() {
        return;
    }
    if let Some(chart) = chart {
        let _ = writeln!(out, "![{}]({})\n", l.chart, chart);
    }
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} | {} | {} |",
        l.date, l.figure, l.unit, l.claimed_by, l.about, l.source
    );
    out.push_str("|---|---|---|---|---|---|\n");
    for f in &b.figures {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | \\[{}\\] §{} |",
            date_cell(l, f.date.as_deref(), false),
            l.figure_value(f.qualifier, f.value, f.value_max),
            md(&l.unit(&f.unit)),
            md(f.claimed_by.as_deref().unwrap_or("—")),
            md(&f.about.join(l.list_sep())),
            f.source,
            f.sentence
        );
    }
    out.push('\n');
}

fn sources(out: &mut String, l: &Labels, b: &Briefing) {
    let _ = writeln!(out, "## {}\n", l.sources);
    for s in &b.sources {
        let mut line = format!("{}. {}", s.number, md(&s.title));
        if let Some(outlet) = &s.outlet {
            let _ = write!(line, " — {}", md(outlet));
        }
        if let Some(date) = &s.published {
            let _ = write!(line, ", {}", date.get(..10).unwrap_or(date));
        }
        if let Some(url) = s.url.as_deref().and_then(safe_url) {
            let _ = write!(line, " <{}>", url.replace(['<', '>', ' '], ""));
        }
        let _ = writeln!(out, "{line}");
    }
    out.push('\n');
}
