//! An A4 PDF of any document: the bundled fonts, the pages the layout writer fills, and a
//! footer with the sender and the page number on every page.

use printpdf::{Mm, ParsedFont, PdfDocument, PdfPage, PdfSaveOptions};

use super::layout::{BODY, Fonts, PAGE_HEIGHT, PAGE_WIDTH, Style, Writer};
use super::{Block, Section};
use crate::document::Words;
use crate::fonts;

#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("the bundled font could not be read")]
    Font,
}

/// The size of a section heading.
pub const HEADING: f32 = 12.0;

/// Lays a document out with `body` and saves it. `footer` is printed at the foot of every
/// page, beside "page N/M" in the document's language.
pub fn render(
    title: &str,
    footer: &str,
    words: &Words,
    body: impl FnOnce(&mut Writer<'_>),
) -> Result<Vec<u8>, PdfError> {
    let mut warnings = Vec::new();
    let regular = ParsedFont::from_bytes(fonts::REGULAR, 0, &mut warnings).ok_or(PdfError::Font)?;
    let bold = ParsedFont::from_bytes(fonts::BOLD, 0, &mut warnings).ok_or(PdfError::Font)?;
    let mut document = PdfDocument::new(title);
    let regular_id = document.add_font(&regular);
    let bold_id = document.add_font(&bold);
    let fonts = Fonts::new(regular, regular_id, bold, bold_id);

    let mut writer = Writer::new(&fonts);
    body(&mut writer);
    let pages = writer.finish(|page, pages| {
        let number = words.t_with(
            "document-page",
            &[
                ("page", page.to_string().into()),
                ("pages", pages.to_string().into()),
            ],
        );
        (footer.to_owned(), number)
    });
    let pages = pages
        .into_iter()
        .map(|ops| PdfPage::new(Mm(PAGE_WIDTH), Mm(PAGE_HEIGHT), ops))
        .collect();
    let mut save_warnings = Vec::new();
    Ok(document
        .with_pages(pages)
        .save(&PdfSaveOptions::default(), &mut save_warnings))
}

/// Sections as headings, paragraphs and bulleted lists.
pub fn sections(writer: &mut Writer<'_>, sections: &[Section]) {
    for section in sections {
        writer.heading(&section.heading, HEADING);
        for block in &section.blocks {
            match block {
                Block::Paragraph(text) => {
                    writer.paragraph(text, BODY, Style::Regular);
                    writer.gap(1.0);
                }
                Block::Items(items) => {
                    for item in items {
                        writer.item(item, BODY);
                    }
                    writer.gap(1.0);
                }
            }
        }
    }
}
