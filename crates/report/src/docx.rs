//! The briefing as a Word document (Office Open XML), written directly: Arabic paragraphs carry
//! `w:bidi`, Arabic runs `w:rtl`, tables in an Arabic report run right to left (`w:bidiVisual`),
//! the header repeats the title, the footer numbers the pages, links are real hyperlinks and the
//! figures chart is embedded as a PNG the caller rasterised (word processors do not all apply the
//! bidirectional algorithm to SVG text, so Arabic labels in an SVG come out reversed).

use std::fmt::Write as _;
use std::io::{Cursor, Write};

use marsad_domain::{Briefing, BriefingActor, Language};
use zip::write::SimpleFileOptions;

use crate::labels::Labels;
use crate::markup::{escape_xml as x, is_arabic_char, ltr, safe_url};
use crate::{date_cell, names_line};

const W_NS: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture""#;
const XML_HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
/// Text width of an A4 page with 2 cm margins, in twentieths of a point.
const TEXT_WIDTH: u32 = 9638;
/// The widest the chart may be, in EMU (17 cm).
const CHART_MAX_EMU: u64 = 6_120_000;

/// The figures chart as a raster image, with its size in CSS pixels.
#[derive(Debug, Clone)]
pub struct ChartImage {
    pub png: Vec<u8>,
    pub width: f64,
    pub height: f64,
}

/// Renders the briefing as the bytes of a .docx file, with the chart if one is given.
pub fn render_docx(briefing: &Briefing, chart: Option<&ChartImage>) -> std::io::Result<Vec<u8>> {
    let l = Labels::for_language(briefing.language);
    let mut doc = Body::new(l);
    doc.title_page(briefing);
    doc.heading(1, l.key_judgements);
    if briefing.key_judgements.is_empty() {
        doc.paragraph(l.no_key_judgements, None);
    }
    for p in &briefing.key_judgements {
        doc.paragraph(p, None);
    }
    doc.heading(1, l.actors);
    for a in &briefing.actors {
        doc.actor(a);
    }
    doc.figures(briefing, chart);
    doc.sources(briefing);
    doc.heading(1, l.appendix);
    for s in &briefing.sentences {
        doc.paragraph(
            &format!("§{} [{}] {}", s.number, s.source, s.text),
            Some(s.language),
        );
    }
    doc.package(briefing)
}

struct Body {
    l: &'static Labels,
    xml: String,
    links: Vec<String>,
    chart: Option<Vec<u8>>,
}

impl Body {
    fn new(l: &'static Labels) -> Self {
        Body {
            l,
            xml: String::new(),
            links: Vec::new(),
            chart: None,
        }
    }

    /// `w:pPr` for a paragraph whose direction follows `language` (or the report's).
    fn ppr(&self, style: Option<&str>, language: Option<Language>, extra: &str) -> String {
        let rtl = match language {
            Some(Language::Ar) => true,
            Some(_) => false,
            None => self.l.is_rtl(),
        };
        let mut p = String::from("<w:pPr>");
        if let Some(style) = style {
            let _ = write!(p, "<w:pStyle w:val=\"{style}\"/>");
        }
        p.push_str(extra);
        if rtl {
            p.push_str("<w:bidi/><w:jc w:val=\"right\"/>");
        }
        p.push_str("</w:pPr>");
        p
    }

    fn paragraph(&mut self, text: &str, language: Option<Language>) {
        let ppr = self.ppr(None, language, "");
        let _ = write!(self.xml, "<w:p>{ppr}{}</w:p>", runs(text, ""));
    }

    fn styled(&mut self, style: &str, text: &str, extra: &str) {
        let ppr = self.ppr(Some(style), None, extra);
        let _ = write!(self.xml, "<w:p>{ppr}{}</w:p>", runs(text, ""));
    }

    fn heading(&mut self, level: u8, text: &str) {
        self.styled(&format!("Heading{level}"), text, "");
    }

    fn labelled(&mut self, label: &str, value: &str) {
        let ppr = self.ppr(None, None, "");
        let _ = write!(
            self.xml,
            "<w:p>{ppr}{}{}</w:p>",
            runs(&format!("{label}: "), "<w:b/><w:bCs/>"),
            runs(value, "")
        );
    }

    fn title_page(&mut self, b: &Briefing) {
        self.styled("Title", &b.title, "");
        if !b.author.trim().is_empty() {
            self.labelled(self.l.prepared_by, &b.author);
        }
        self.labelled(self.l.generated_on, &b.generated_on);
        self.labelled(self.l.scope, &b.scope.join(" · "));
        let counts = self
            .l
            .counts(b.statement_count(), b.figures.len(), b.sources.len());
        self.paragraph(&counts, None);
        self.xml
            .push_str("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
    }

    fn actor(&mut self, a: &BriefingActor) {
        let l = self.l;
        self.heading(2, &format!("{} ({})", a.name, l.kind(a.kind)));
        self.labelled(l.names, &names_line(a));
        if !a.roles.is_empty() {
            self.labelled(l.roles, &a.roles.join(l.list_sep()));
        }
        if !a.affiliations.is_empty() {
            self.labelled(l.affiliations, &a.affiliations.join(l.list_sep()));
        }
        if a.statements.is_empty() {
            self.paragraph(l.no_statements, None);
            return;
        }
        let rows: Vec<Vec<Cell>> = a
            .statements
            .iter()
            .map(|s| {
                vec![
                    Cell::new(ltr(date_cell(l, s.date.as_deref(), s.date_is_publication))),
                    Cell::new(l.stance(s.stance).to_string()),
                    Cell {
                        text: s.text.clone(),
                        language: Some(s.language),
                    },
                    Cell::new(ltr(format!("[{}] §{}", s.source, s.sentence))),
                ]
            })
            .collect();
        self.table(
            &[l.date, l.stance, l.statement, l.source],
            &[1500, 1300, 5438, 1400],
            rows,
        );
        if a.statements.iter().any(|s| s.date_is_publication) {
            self.paragraph(l.publication_date_note, None);
        }
    }

    fn figures(&mut self, b: &Briefing, chart: Option<&ChartImage>) {
        let l = self.l;
        self.heading(1, l.figures);
        if let Some(chart) = chart {
            self.chart_paragraph(chart);
        }
        if b.figures.is_empty() {
            return;
        }
        let rows = b
            .figures
            .iter()
            .map(|f| {
                vec![
                    Cell::new(ltr(date_cell(l, f.date.as_deref(), false))),
                    Cell::new(l.figure_value(f.qualifier, f.value, f.value_max)),
                    Cell::new(l.unit(&f.unit).into_owned()),
                    Cell::new(f.claimed_by.clone().unwrap_or_else(|| "—".into())),
                    Cell::new(f.about.join(l.list_sep())),
                    Cell::new(ltr(format!("[{}] §{}", f.source, f.sentence))),
                ]
            })
            .collect();
        self.table(
            &[l.date, l.figure, l.unit, l.claimed_by, l.about, l.source],
            &[1400, 1700, 1300, 2000, 1838, 1400],
            rows,
        );
    }

    fn sources(&mut self, b: &Briefing) {
        self.heading(1, self.l.sources);
        for s in &b.sources {
            let mut text = format!("{}. {}", s.number, s.title);
            if let Some(outlet) = &s.outlet {
                let _ = write!(text, " — {outlet}");
            }
            if let Some(date) = &s.published {
                let _ = write!(
                    text,
                    "{}{}",
                    self.l.list_sep(),
                    date.get(..10).unwrap_or(date)
                );
            }
            let ppr = self.ppr(None, Some(s.language), "");
            let mut p = format!("<w:p>{ppr}{}", runs(&text, ""));
            if let Some(url) = s.url.as_deref().and_then(safe_url) {
                self.links.push(url.to_string());
                let _ = write!(
                    p,
                    "<w:r><w:t xml:space=\"preserve\"> </w:t></w:r><w:hyperlink r:id=\"rIdLink{}\"><w:r><w:rPr><w:rStyle w:val=\"Hyperlink\"/></w:rPr><w:t xml:space=\"preserve\">{}</w:t></w:r></w:hyperlink>",
                    self.links.len(),
                    x(url)
                );
            }
            p.push_str("</w:p>");
            self.xml.push_str(&p);
        }
    }

    fn chart_paragraph(&mut self, chart: &ChartImage) {
        let mut cx = (chart.width * 9525.0) as u64;
        let mut cy = (chart.height * 9525.0) as u64;
        if cx > CHART_MAX_EMU {
            cy = cy * CHART_MAX_EMU / cx;
            cx = CHART_MAX_EMU;
        }
        let _ = write!(
            self.xml,
            "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"{cx}\" cy=\"{cy}\"/><wp:docPr id=\"1\" name=\"{name}\"/><a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic><pic:nvPicPr><pic:cNvPr id=\"1\" name=\"chart.png\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed=\"rIdChart\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"{cx}\" cy=\"{cy}\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>",
            name = x(self.l.chart)
        );
        self.chart = Some(chart.png.clone());
    }

    fn table(&mut self, headers: &[&str], widths: &[u32], rows: Vec<Vec<Cell>>) {
        let bidi = if self.l.is_rtl() {
            "<w:bidiVisual/>"
        } else {
            ""
        };
        let _ = write!(
            self.xml,
            "<w:tbl><w:tblPr>{bidi}<w:tblW w:w=\"{TEXT_WIDTH}\" w:type=\"dxa\"/><w:tblBorders>{b}</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"80\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>",
            b = ["top", "left", "bottom", "right", "insideH", "insideV"]
                .iter()
                .map(|s| format!("<w:{s} w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"999999\"/>"))
                .collect::<String>()
        );
        for w in widths {
            let _ = write!(self.xml, "<w:gridCol w:w=\"{w}\"/>");
        }
        self.xml
            .push_str("</w:tblGrid><w:tr><w:trPr><w:tblHeader/></w:trPr>");
        for (h, w) in headers.iter().zip(widths) {
            let ppr = self.ppr(None, None, "");
            let _ = write!(
                self.xml,
                "<w:tc><w:tcPr><w:tcW w:w=\"{w}\" w:type=\"dxa\"/><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"EEF3F6\"/></w:tcPr><w:p>{ppr}{}</w:p></w:tc>",
                runs(h, "<w:b/><w:bCs/>")
            );
        }
        self.xml.push_str("</w:tr>");
        for row in rows {
            self.xml.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
            for (cell, w) in row.iter().zip(widths) {
                let ppr = self.ppr(Some("TableText"), cell.language, "");
                let _ = write!(
                    self.xml,
                    "<w:tc><w:tcPr><w:tcW w:w=\"{w}\" w:type=\"dxa\"/></w:tcPr><w:p>{ppr}{}</w:p></w:tc>",
                    runs(&cell.text, "")
                );
            }
            self.xml.push_str("</w:tr>");
        }
        self.xml.push_str("</w:tbl><w:p/>");
    }

    fn package(self, b: &Briefing) -> std::io::Result<Vec<u8>> {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let opts =
            SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        let mut put = |name: &str, body: &[u8]| -> std::io::Result<()> {
            zip.start_file(name, opts).map_err(std::io::Error::other)?;
            zip.write_all(body)
        };
        put(
            "[Content_Types].xml",
            content_types(self.chart.is_some()).as_bytes(),
        )?;
        put("_rels/.rels", ROOT_RELS.as_bytes())?;
        put("docProps/core.xml", core_props(b).as_bytes())?;
        put(
            "word/_rels/document.xml.rels",
            document_rels(&self.links, self.chart.is_some()).as_bytes(),
        )?;
        put("word/styles.xml", styles(self.l).as_bytes())?;
        put("word/settings.xml", SETTINGS.as_bytes())?;
        put("word/header1.xml", header(self.l, &b.title).as_bytes())?;
        put("word/footer1.xml", footer(self.l).as_bytes())?;
        if let Some(png) = &self.chart {
            put("word/media/chart.png", png)?;
        }
        let section_bidi = if self.l.is_rtl() { "<w:bidi/>" } else { "" };
        let document = format!(
            "{XML_HEAD}<w:document {W_NS}><w:body>{}<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/><w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>{section_bidi}</w:sectPr></w:body></w:document>",
            self.xml
        );
        put("word/document.xml", document.as_bytes())?;
        let cursor = zip.finish().map_err(std::io::Error::other)?;
        Ok(cursor.into_inner())
    }
}

struct Cell {
    text: String,
    language: Option<Language>,
}

impl Cell {
    fn new(text: String) -> Self {
        Cell {
            text,
            language: None,
        }
    }
}

/// Text as runs split by script: Arabic runs are marked right-to-left (`w:rtl`) so Word shapes and
/// orders them as Arabic; spaces and punctuation stay with the run before them.
fn runs(text: &str, rpr: &str) -> String {
    let mut out = String::new();
    for (chunk, arabic) in script_runs(text) {
        let rtl = if arabic { "<w:rtl/>" } else { "" };
        let _ = write!(
            out,
            "<w:r><w:rPr>{rpr}{rtl}</w:rPr><w:t xml:space=\"preserve\">{}</w:t></w:r>",
            x(chunk)
        );
    }
    out
}

fn script_runs(text: &str) -> Vec<(&str, bool)> {
    let mut out: Vec<(&str, bool)> = Vec::new();
    let mut start = 0;
    let mut current: Option<bool> = None;
    for (i, c) in text.char_indices() {
        let script = c.is_alphabetic().then(|| is_arabic_char(c));
        if let (Some(now), Some(cur)) = (script, current) {
            if now != cur {
                out.push((&text[start..i], cur));
                start = i;
            }
        }
        if script.is_some() {
            current = script;
        }
    }
    if start < text.len() {
        out.push((&text[start..], current.unwrap_or(false)));
    }
    out
}

fn content_types(chart: bool) -> String {
    let svg = if chart {
        "<Default Extension=\"png\" ContentType=\"image/png\"/>"
    } else {
        ""
    };
    format!(
        "{XML_HEAD}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>{svg}<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/><Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/><Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/><Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/><Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/><Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/></Types>"
    )
}

const ROOT_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/></Relationships>";

const SETTINGS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:defaultTabStop w:val=\"720\"/><w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat></w:settings>";

fn document_rels(links: &[String], chart: bool) -> String {
    let mut rels = String::from("<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/><Relationship Id=\"rIdSettings\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/><Relationship Id=\"rIdHeader\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\"/><Relationship Id=\"rIdFooter\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/>");
    if chart {
        rels.push_str("<Relationship Id=\"rIdChart\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"media/chart.png\"/>");
    }
    for (i, url) in links.iter().enumerate() {
        let _ = write!(
            rels,
            "<Relationship Id=\"rIdLink{}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"{}\" TargetMode=\"External\"/>",
            i + 1,
            x(url)
        );
    }
    format!("{XML_HEAD}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">{rels}</Relationships>")
}

fn core_props(b: &Briefing) -> String {
    format!(
        "{XML_HEAD}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>{}</dc:title><dc:creator>{}</dc:creator><dc:language>{}</dc:language></cp:coreProperties>",
        x(&b.title),
        x(&b.author),
        b.language.as_str()
    )
}

fn styles(l: &Labels) -> String {
    let bidi = if l.is_rtl() { "<w:bidi/>" } else { "" };
    let heading = |id: &str, name: &str, size: u32, level: u8| {
        format!("<w:style w:type=\"paragraph\" w:styleId=\"{id}\"><w:name w:val=\"{name}\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/><w:outlineLvl w:val=\"{level}\"/>{bidi}</w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val=\"1F4E63\"/><w:sz w:val=\"{size}\"/><w:szCs w:val=\"{size}\"/></w:rPr></w:style>")
    };
    format!(
        "{XML_HEAD}<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Noto Sans\" w:hAnsi=\"Noto Sans\" w:eastAsia=\"Noto Sans\" w:cs=\"Noto Naskh Arabic\"/><w:sz w:val=\"21\"/><w:szCs w:val=\"23\"/><w:lang w:val=\"en-GB\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"100\" w:line=\"276\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style><w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing w:before=\"2400\" w:after=\"480\"/>{bidi}</w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val=\"1F4E63\"/><w:sz w:val=\"48\"/><w:szCs w:val=\"52\"/></w:rPr></w:style>{}{}<w:style w:type=\"paragraph\" w:styleId=\"TableText\"><w:name w:val=\"Table Text\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:spacing w:after=\"0\"/></w:pPr><w:rPr><w:sz w:val=\"18\"/><w:szCs w:val=\"20\"/></w:rPr></w:style><w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/><w:rPr><w:color w:val=\"1F6F8B\"/><w:u w:val=\"single\"/></w:rPr></w:style></w:styles>",
        heading("Heading1", "heading 1", 32, 0),
        heading("Heading2", "heading 2", 26, 1)
    )
}

fn header(l: &Labels, title: &str) -> String {
    let bidi = if l.is_rtl() { "<w:bidi/>" } else { "" };
    format!(
        "{XML_HEAD}<w:hdr {W_NS}><w:p><w:pPr>{bidi}<w:jc w:val=\"center\"/></w:pPr>{}</w:p></w:hdr>",
        runs(title, "<w:color w:val=\"666666\"/><w:sz w:val=\"16\"/><w:szCs w:val=\"18\"/>")
    )
}

fn footer(l: &Labels) -> String {
    let bidi = if l.is_rtl() { "<w:bidi/>" } else { "" };
    format!(
        "{XML_HEAD}<w:ftr {W_NS}><w:p><w:pPr>{bidi}<w:jc w:val=\"center\"/></w:pPr>{}<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>",
        runs(&format!("{} ", l.page), "")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_split_by_script_with_neutrals_kept_in_place() {
        let parts = script_runs("قال لافروف إن NATO تتوسع.");
        assert_eq!(
            parts,
            vec![("قال لافروف إن ", true), ("NATO ", false), ("تتوسع.", true)]
        );
    }
}
