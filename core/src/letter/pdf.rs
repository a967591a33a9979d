//! A letter as an A4 PDF, in the extract's layout: to print, sign and mail in a window
//! envelope, or to send as it is.

use super::Letter;
use crate::document::Words;
use crate::document::layout::{BODY, Style};
use crate::document::letterhead;
use crate::document::pdf::{self, PdfError};
use crate::format;

pub fn render(letter: &Letter) -> Result<Vec<u8>, PdfError> {
    let words = Words::new(letter.language);
    let info = [
        (words.t("letter-reference"), letter.reference.clone()),
        (
            words.t("letter-received"),
            format::date_for(words.lang(), letter.received_on),
        ),
        (
            words.t("extract-date"),
            format::date_for(words.lang(), letter.issued_on),
        ),
    ];
    let footer = format!("{} · {}", letter.controller.name, letter.reference);
    pdf::render(&letter.title, &footer, &words, |writer| {
        letterhead::head(
            writer,
            &letter.controller,
            &letter.addressee,
            &info,
            &letter.title,
            &words,
        );
        for paragraph in &letter.paragraphs {
            writer.paragraph(paragraph, BODY, Style::Regular);
            writer.gap(2.0);
        }
        letterhead::signature(writer, &letter.controller, letter.issued_on, &words);
    })
}
