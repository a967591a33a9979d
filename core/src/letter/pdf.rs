//! A letter as an A4 PDF, in the extract's layout: to print, sign and mail in a window
//! envelope, or to send as it is.

use super::Letter;
use crate::document::layout::{BODY, Style};
use crate::document::letterhead;
use crate::document::pdf::{self, PdfError};
use crate::format;
use crate::i18n::I18n;

pub fn render(letter: &Letter) -> Result<Vec<u8>, PdfError> {
    let i18n = I18n::new(letter.language);
    let info = [
        (i18n.t("letter-reference"), letter.reference.clone()),
        (
            i18n.t("letter-received"),
            format::date_for(i18n.lang(), letter.received_on),
        ),
        (
            i18n.t("extract-date"),
            format::date_for(i18n.lang(), letter.issued_on),
        ),
    ];
    let footer = format!("{} · {}", letter.controller.name, letter.reference);
    pdf::render(&letter.title, &footer, &i18n, |writer| {
        letterhead::head(
            writer,
            &letter.controller,
            &letter.addressee,
            &info,
            &letter.title,
            &i18n,
        );
        for paragraph in &letter.paragraphs {
            writer.paragraph(paragraph, BODY, Style::Regular);
            writer.gap(2.0);
        }
        letterhead::signature(writer, &letter.controller, letter.issued_on, &i18n);
    })
}
