//! The briefing as one self-contained HTML file: inline style, the chart as inline SVG, no scripts,
//! and a content security policy that forbids loading anything. Every piece of imported text is
//! escaped; links are emitted only for http(s) addresses.

use std::fmt::Write;

use marsad_domain::{Briefing, BriefingActor, BriefingFigure, Language};

use crate::chart::figures_svg;
use crate::labels::Labels;
use crate::markup::{escape_xml as x, safe_url};
use crate::{date_cell, names_line};

const STYLE: &str = r#"
body{font-family:"Noto Naskh Arabic","Amiri","Noto Sans","DejaVu Sans",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.55;color:#1b1b1b}
header{border-bottom:2px solid #1f6f8b;margin-bottom:1.5rem}
h1{font-size:1.9rem;margin:.2rem 0}h2{border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2rem}
table{border-collapse:collapse;width:100%;margin:.6rem 0;font-size:.92rem}
th,td{border:1px solid #bbb;padding:.3rem .45rem;vertical-align:top;text-align:start}
th{background:#eef3f6}.meta{color:#555}.note{color:#555;font-size:.85rem}
.cite{white-space:nowrap}.sentence{margin:.3rem 0}
figure{margin:1rem 0}svg{max-width:100%;height:auto}
@media print{body{margin:0;max-width:none}a{color:inherit}}
"#;

/// Renders the briefing as a complete HTML document.
pub fn render_html(briefing: &Briefing) -> String {
    let l = Labels::for_language(briefing.language);
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\"><head><meta charset=\"utf-8\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{}</title><style>{STYLE}</style></head><body>\n",
        l.lang(),
        l.dir(),
        x(&briefing.title)
    );
    header(&mut out, l, briefing);
    let _ = write!(
        out,
        "<section id=\"judgements\"><h2>{}</h2>",
        l.key_judgements
    );
    if briefing.key_judgements.is_empty() {
        let _ = write!(out, "<p class=\"note\">{}</p>", l.no_key_judgements);
    }
    for p in &briefing.key_judgements {
        let _ = write!(out, "<p dir=\"auto\">{}</p>", x(p));
    }
    let _ = write!(
        out,
        "</section>\n<section id=\"actors\"><h2>{}</h2>",
        l.actors
    );
    for a in &briefing.actors {
        actor_section(&mut out, l, a);
    }
    out.push_str("</section>\n");
    figures(&mut out, l, briefing);
    sources(&mut out, l, briefing);
    appendix(&mut out, l, briefing);
    out.push_str("</body></html>\n");
    out
}

fn header(out: &mut String, l: &Labels, b: &Briefing) {
    let _ = write!(out, "<header><h1>{}</h1>", x(&b.title));
    if !b.author.trim().is_empty() {
        let _ = write!(
            out,
            "<p class=\"meta\">{}: <bdi>{}</bdi></p>",
            l.prepared_by,
            x(&b.author)
        );
    }
    let _ = writeln!(
        out,
        "<p class=\"meta\">{}: <bdi>{}</bdi></p><p class=\"meta\">{}: {}</p><p class=\"meta\">{}</p></header>",
        l.generated_on,
        x(&b.generated_on),
        l.scope,
        b.scope.iter().map(|s| format!("<bdi>{}</bdi>", x(s))).collect::<Vec<_>>().join(" · "),
        l.counts(b.statement_count(), b.figures.len(), b.sources.len())
    );
}

fn lang_attrs(language: Language) -> &'static str {
    match language {
        Language::Ar => " lang=\"ar\" dir=\"rtl\"",
        Language::En => " lang=\"en\" dir=\"ltr\"",
        Language::Other => " dir=\"auto\"",
    }
}

fn actor_section(out: &mut String, l: &Labels, a: &BriefingActor) {
    let _ = write!(
        out,
        "<article id=\"actor-{}\"><h3><bdi>{}</bdi> <span class=\"meta\">({})</span></h3>",
        a.id,
        x(&a.name),
        l.kind(a.kind)
    );
    let _ = write!(out, "<p>{}: <bdi>{}</bdi></p>", l.names, x(&names_line(a)));
    if !a.roles.is_empty() {
        let roles: Vec<String> = a
            .roles
            .iter()
            .map(|r| format!("<bdi>{}</bdi>", x(r)))
            .collect();
        let _ = write!(out, "<p>{}: {}</p>", l.roles, roles.join(l.list_sep()));
    }
    if !a.affiliations.is_empty() {
        let aff: Vec<String> = a
            .affiliations
            .iter()
            .map(|r| format!("<bdi>{}</bdi>", x(r)))
            .collect();
        let _ = write!(out, "<p>{}: {}</p>", l.affiliations, aff.join(l.list_sep()));
    }
    if a.statements.is_empty() {
        let _ = write!(out, "<p class=\"note\">{}</p></article>", l.no_statements);
        return;
    }
    let _ = write!(
        out,
        "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        l.date, l.stance, l.statement, l.source
    );
    for s in &a.statements {
        let _ = write!(
            out,
            "<tr id=\"statement-{}\"><td><bdi>{}</bdi></td><td>{}</td><td{}>{}</td><td class=\"cite\">{}</td></tr>",
            s.id,
            date_cell(l, s.date.as_deref(), s.date_is_publication),
            l.stance(s.stance),
            lang_attrs(s.language),
            x(&s.text),
            cite(s.source, s.sentence)
        );
    }
    out.push_str("</tbody></table>");
    if a.statements.iter().any(|s| s.date_is_publication) {
        let _ = write!(out, "<p class=\"note\">{}</p>", l.publication_date_note);
    }
    out.push_str("</article>\n");
}

fn cite(source: u32, sentence: u32) -> String {
    format!("<a href=\"#source-{source}\">[{source}]</a> <a href=\"#sentence-{sentence}\">§{sentence}</a>")
}

fn figures(out: &mut String, l: &Labels, b: &Briefing) {
    let _ = write!(out, "<section id=\"figures\"><h2>{}</h2>", l.figures);
    if let Some(svg) = figures_svg(b) {
        let _ = write!(
            out,
            "<figure>{svg}<figcaption class=\"note\">{}</figcaption></figure>",
            l.chart
        );
    }
    if !b.figures.is_empty() {
        let _ = write!(
            out,
            "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
            l.date, l.figure, l.unit, l.claimed_by, l.about, l.source
        );
        for f in &b.figures {
            figure_row(out, l, f);
        }
        out.push_str("</tbody></table>");
    }
    out.push_str("</section>\n");
}

fn figure_row(out: &mut String, l: &Labels, f: &BriefingFigure) {
    let _ = write!(
        out,
        "<tr id=\"figure-{}\"><td><bdi>{}</bdi></td><td><bdi>{}</bdi></td><td><bdi>{}</bdi></td><td><bdi>{}</bdi></td><td>{}</td><td class=\"cite\">{}</td></tr>",
        f.id,
        date_cell(l, f.date.as_deref(), false),
        x(&l.figure_value(f.qualifier, f.value, f.value_max)),
        x(&l.unit(&f.unit)),
        x(f.claimed_by.as_deref().unwrap_or("—")),
        f.about.iter().map(|a| format!("<bdi>{}</bdi>", x(a))).collect::<Vec<_>>().join(l.list_sep()),
        cite(f.source, f.sentence)
    );
}

fn sources(out: &mut String, l: &Labels, b: &Briefing) {
    let _ = write!(out, "<section id=\"sources\"><h2>{}</h2><ol>", l.sources);
    for s in &b.sources {
        let _ = write!(
            out,
            "<li id=\"source-{}\" value=\"{}\"><bdi{}>{}</bdi>",
            s.number,
            s.number,
            lang_attrs(s.language),
            x(&s.title)
        );
        if let Some(outlet) = &s.outlet {
            let _ = write!(out, " — <bdi>{}</bdi>", x(outlet));
        }
        if let Some(date) = &s.published {
            let _ = write!(
                out,
                "{}<bdi>{}</bdi>",
                l.list_sep(),
                x(date.get(..10).unwrap_or(date))
            );
        }
        if let Some(url) = s.url.as_deref().and_then(safe_url) {
            let _ = write!(out, " <a href=\"{0}\" dir=\"ltr\">{0}</a>", x(url));
        }
        out.push_str("</li>");
    }
    out.push_str("</ol></section>\n");
}

fn appendix(out: &mut String, l: &Labels, b: &Briefing) {
    let _ = write!(out, "<section id=\"appendix\"><h2>{}</h2>", l.appendix);
    for s in &b.sentences {
        let _ = write!(
            out,
            "<p class=\"sentence\" id=\"sentence-{}\">§{} <a href=\"#source-{}\">[{}]</a> <span{}>{}</span></p>",
            s.number,
            s.number,
            s.source,
            s.source,
            lang_attrs(s.language),
            x(&s.text)
        );
    }
    out.push_str("</section>\n");
}
