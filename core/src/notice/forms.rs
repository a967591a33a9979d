//! The forms the notice is written in: a PDF to print, Markdown or HTML for the webshop.

use super::{Notice, html, markdown, pdf};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Pdf,
    Markdown,
    Html,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Markdown => "md",
            Format::Html => "html",
        }
    }

    pub fn render(self, notice: &Notice) -> Result<Vec<u8>, String> {
        match self {
            Format::Pdf => pdf(notice).map_err(|e| e.to_string()),
            Format::Markdown => Ok(markdown(notice).into_bytes()),
            Format::Html => Ok(html(notice).into_bytes()),
        }
    }
}
