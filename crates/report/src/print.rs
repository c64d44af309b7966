//! The briefing with every label and cell already worded, for templates that only lay it out (the
//! PDF's typst template reads this as JSON).

use serde::Serialize;

use marsad_domain::Briefing;

use crate::labels::Labels;
use crate::markup::{isolate, ltr};
use crate::{date_cell, names_line};

#[derive(Serialize)]
pub struct PrintedBriefing<'a> {
    pub title: &'a str,
    pub author: &'a str,
    pub lang: &'static str,
    pub generated_on: String,
    pub scope: String,
    pub counts: String,
    pub key_judgements: Vec<PrintedParagraph<'a>>,
    pub labels: PrintedLabels,
    pub actors: Vec<PrintedActor<'a>>,
    pub figures: Vec<PrintedFigure<'a>>,
    pub sources: Vec<PrintedSource<'a>>,
    pub sentences: Vec<PrintedSentence<'a>>,
}

/// A paragraph the analyst wrote, with the direction its script asks for.
#[derive(Serialize)]
pub struct PrintedParagraph<'a> {
    pub text: &'a str,
    pub lang: &'static str,
}

#[derive(Serialize)]
pub struct PrintedLabels {
    pub prepared_by: &'static str,
    pub generated_on: &'static str,
    pub scope: &'static str,
    pub key_judgements: &'static str,
    pub no_key_judgements: &'static str,
    pub actors: &'static str,
    pub names: &'static str,
    pub roles: &'static str,
    pub affiliations: &'static str,
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
    pub page: &'static str,
    pub publication_date_note: &'static str,
}

#[derive(Serialize)]
pub struct PrintedActor<'a> {
    pub heading: String,
    pub names: String,
    pub roles: String,
    pub affiliations: String,
    pub statements: Vec<PrintedStatement<'a>>,
    pub has_publication_dates: bool,
}

#[derive(Serialize)]
pub struct PrintedStatement<'a> {
    pub date: String,
    pub stance: &'static str,
    pub text: &'a str,
    pub lang: &'static str,
    pub cite: String,
}

#[derive(Serialize)]
pub struct PrintedFigure<'a> {
    pub date: String,
    pub value: String,
    pub unit: String,
    pub claimed_by: &'a str,
    pub about: String,
    pub cite: String,
}

#[derive(Serialize)]
pub struct PrintedSource<'a> {
    pub number: u32,
    pub title: &'a str,
    pub lang: &'static str,
    pub detail: String,
    pub url: Option<&'a str>,
}

#[derive(Serialize)]
pub struct PrintedSentence<'a> {
    pub number: u32,
    pub source: u32,
    pub text: &'a str,
    pub lang: &'static str,
}

/// Words every label and cell of `b` in its report language.
pub fn printed(b: &Briefing) -> PrintedBriefing<'_> {
    let l = Labels::for_language(b.language);
    let sep = l.list_sep();
    PrintedBriefing {
        title: &b.title,
        author: &b.author,
        lang: l.lang(),
        generated_on: ltr(b.generated_on.clone()),
        scope: b
            .scope
            .iter()
            .map(|s| isolate(s))
            .collect::<Vec<_>>()
            .join(" · "),
        counts: l.counts(b.statement_count(), b.figures.len(), b.sources.len()),
        key_judgements: b
            .key_judgements
            .iter()
            .map(|p| PrintedParagraph {
                text: p,
                lang: if crate::markup::is_arabic(p) {
                    "ar"
                } else {
                    "en"
                },
            })
            .collect(),
        labels: labels(l),
        actors: b
            .actors
            .iter()
            .map(|a| PrintedActor {
                heading: format!("{} ({})", a.name, l.kind(a.kind)),
                names: names_line(a)
                    .split(" / ")
                    .map(isolate)
                    .collect::<Vec<_>>()
                    .join(" / "),
                roles: a
                    .roles
                    .iter()
                    .map(|r| isolate(r))
                    .collect::<Vec<_>>()
                    .join(sep),
                affiliations: a
                    .affiliations
                    .iter()
                    .map(|r| isolate(r))
                    .collect::<Vec<_>>()
                    .join(sep),
                has_publication_dates: a.statements.iter().any(|s| s.date_is_publication),
                statements: a
                    .statements
                    .iter()
                    .map(|s| PrintedStatement {
                        date: ltr(date_cell(l, s.date.as_deref(), s.date_is_publication)),
                        stance: l.stance(s.stance),
                        text: &s.text,
                        lang: s.language.as_str(),
                        cite: ltr(format!("[{}] §{}", s.source, s.sentence)),
                    })
                    .collect(),
            })
            .collect(),
        figures: b
            .figures
            .iter()
            .map(|f| PrintedFigure {
                date: ltr(date_cell(l, f.date.as_deref(), false)),
                value: l.figure_value(f.qualifier, f.value, f.value_max),
                unit: l.unit(&f.unit).into_owned(),
                claimed_by: f.claimed_by.as_deref().unwrap_or("—"),
                about: f
                    .about
                    .iter()
                    .map(|r| isolate(r))
                    .collect::<Vec<_>>()
                    .join(sep),
                cite: ltr(format!("[{}] §{}", f.source, f.sentence)),
            })
            .collect(),
        sources: b
            .sources
            .iter()
            .map(|s| {
                let mut detail = s.outlet.as_deref().map(isolate).unwrap_or_default();
                if let Some(d) = &s.published {
                    if !detail.is_empty() {
                        detail.push_str(sep);
                    }
                    detail.push_str(&ltr(d.get(..10).unwrap_or(d).to_string()));
                }
                PrintedSource {
                    number: s.number,
                    title: &s.title,
                    lang: s.language.as_str(),
                    detail,
                    url: s.url.as_deref().and_then(crate::markup::safe_url),
                }
            })
            .collect(),
        sentences: b
            .sentences
            .iter()
            .map(|s| PrintedSentence {
                number: s.number,
                source: s.source,
                text: &s.text,
                lang: s.language.as_str(),
            })
            .collect(),
    }
}

fn labels(l: &Labels) -> PrintedLabels {
    PrintedLabels {
        prepared_by: l.prepared_by,
        generated_on: l.generated_on,
        scope: l.scope,
        key_judgements: l.key_judgements,
        no_key_judgements: l.no_key_judgements,
        actors: l.actors,
        names: l.names,
        roles: l.roles,
        affiliations: l.affiliations,
        no_statements: l.no_statements,
        date: l.date,
        stance: l.stance,
        statement: l.statement,
        source: l.source,
        figures: l.figures,
        figure: l.figure,
        unit: l.unit,
        claimed_by: l.claimed_by,
        about: l.about,
        chart: l.chart,
        sources: l.sources,
        appendix: l.appendix,
        page: l.page,
        publication_date_note: l.publication_date_note,
    }
}
