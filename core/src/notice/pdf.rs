//! The notice as an A4 PDF, laid out by the same code as the register extract.

use super::Notice;
use crate::document::Words;
use crate::document::layout::{BODY, SMALL, Style};
use crate::document::pdf::{self, PdfError};

pub fn render(notice: &Notice) -> Result<Vec<u8>, PdfError> {
    let words = Words::new(notice.language);
    let footer = format!(
        "{} · {} · {}",
        notice.controller, notice.title, notice.edition_line
    );
    pdf::render(&notice.title, &footer, &words, |writer| {
        writer.paragraph(&notice.title, 18.0, Style::Bold);
        writer.gap(2.0);
        writer.paragraph(&notice.subtitle, BODY, Style::Regular);
        writer.gap(1.0);
        writer.paragraph(&notice.edition_line, SMALL, Style::Bold);
        pdf::sections(writer, &notice.sections);
    })
}
