//! Typesets a Marsad briefing as PDF with typst.
//!
//! The template (`briefing.typ`) lays out the briefing that `marsad-report` has already worded in
//! the report language; typst shapes Arabic (joined letters, right-to-left, mixed Arabic and Latin
//! runs in the Unicode bidirectional order) and embeds the fonts it uses. The fonts ship inside the
//! binary (Noto Sans and Noto Naskh Arabic, SIL Open Font License), so the output is the same on
//! every machine and needs nothing installed. Nothing is read from disk or the network.
//!
//! [`chart_png`] rasterises the figures chart with resvg and the same fonts, for the DOCX.

use std::sync::LazyLock;

use marsad_domain::Briefing;
use marsad_report::{figures_svg, printed_json};
use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Dict, IntoValue};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;

const TEMPLATE: &str = include_str!("briefing.typ");

const FONT_FILES: [&[u8]; 4] = [
    include_bytes!("../fonts/NotoSans-Regular.ttf"),
    include_bytes!("../fonts/NotoSans-Bold.ttf"),
    include_bytes!("../fonts/NotoNaskhArabic-Regular.ttf"),
    include_bytes!("../fonts/NotoNaskhArabic-Bold.ttf"),
];

static FONTS: LazyLock<Vec<Font>> = LazyLock::new(|| {
    FONT_FILES
        .into_iter()
        .flat_map(|data| Font::iter(Bytes::new(data)))
        .collect()
});

/// The figures chart of `briefing` as a PNG at twice its CSS size (with that size), shaped with
/// the embedded fonts; `None` when there is no chart.
pub fn chart_png(briefing: &Briefing) -> Option<marsad_report::ChartImage> {
    let svg = figures_svg(briefing)?;
    let mut options = resvg::usvg::Options::default();
    for data in FONT_FILES {
        options.fontdb_mut().load_font_data(data.to_vec());
    }
    options.font_family = "Noto Sans".into();
    let tree = resvg::usvg::Tree::from_str(&svg, &options).ok()?;
    let size = tree.size();
    let scale = 2.0;
    let width = (size.width() * scale).ceil() as u32;
    let height = (size.height() * scale).ceil() as u32;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(width, height)?;
    pixmap.fill(resvg::tiny_skia::Color::WHITE);
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    Some(marsad_report::ChartImage {
        png: pixmap.encode_png().ok()?,
        width: f64::from(size.width()),
        height: f64::from(size.height()),
    })
}

/// A typeset briefing.
#[derive(Debug)]
pub struct Pdf {
    pub bytes: Vec<u8>,
    pub pages: usize,
}

/// Why typesetting failed (a template error is a bug in Marsad, reported with typst's message).
#[derive(Debug, thiserror::Error)]
#[error("typesetting the PDF failed: {0}")]
pub struct PdfError(String);

/// Typesets `briefing` as PDF. `today` is the document's creation date.
pub fn render_pdf(briefing: &Briefing, today: (i32, u8, u8)) -> Result<Pdf, PdfError> {
    let chart = figures_svg(briefing);
    let world = BriefingWorld::new(printed_json(briefing), chart, today);
    let document = typst::compile::<PagedDocument>(&world)
        .output
        .map_err(|errors| PdfError(describe(&errors)))?;
    let options = typst_pdf::PdfOptions {
        ident: typst::foundations::Smart::Custom(briefing.title.clone()),
        ..Default::default()
    };
    let bytes =
        typst_pdf::pdf(&document, &options).map_err(|errors| PdfError(describe(&errors)))?;
    Ok(Pdf {
        bytes,
        pages: document.pages().len(),
    })
}

fn describe(errors: &[SourceDiagnostic]) -> String {
    errors
        .iter()
        .map(|e| e.message.to_string())
        .collect::<Vec<_>>()
        .join("; ")
}

/// The files typst sees: the template, the briefing's data and the chart.
struct BriefingWorld {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    main: Source,
    data: Bytes,
    chart: Option<Bytes>,
    today: (i32, u8, u8),
}

fn file_id(path: &str) -> FileId {
    let vpath = VirtualPath::new(path).unwrap_or_else(|_| unreachable!("fixed, valid paths"));
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

impl BriefingWorld {
    fn new(data: String, chart: Option<String>, today: (i32, u8, u8)) -> Self {
        let mut inputs = Dict::new();
        let has_chart = if chart.is_some() { "yes" } else { "no" };
        inputs.insert("chart".into(), has_chart.into_value());
        let library = Library::builder().with_inputs(inputs).build();
        BriefingWorld {
            library: LazyHash::new(library),
            book: LazyHash::new(FontBook::from_fonts(FONTS.iter())),
            main: Source::new(file_id("/briefing.typ"), TEMPLATE.to_string()),
            data: Bytes::from_string(data),
            chart: chart.map(Bytes::from_string),
            today,
        }
    }
}

impl World for BriefingWorld {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::NotSource)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == file_id("/briefing.json") {
            return Ok(self.data.clone());
        }
        if id == file_id("/chart.svg") {
            if let Some(chart) = &self.chart {
                return Ok(chart.clone());
            }
        }
        if id == self.main.id() {
            return Ok(Bytes::from_string(self.main.text().to_string()));
        }
        Err(FileError::AccessDenied)
    }

    fn font(&self, index: usize) -> Option<Font> {
        FONTS.get(index).cloned()
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        let (y, m, d) = self.today;
        Datetime::from_ymd(y, m, d)
    }
}
