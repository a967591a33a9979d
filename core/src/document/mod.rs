//! What the documents a customer receives have in common: the page layout, the PDF around it,
//! and the text about the processing that the privacy notice and the register extract both
//! give, written from the same processing description.

pub mod information;
pub mod layout;
pub mod letterhead;
pub mod pdf;
pub mod words;

pub use words::Words;

use serde::{Deserialize, Serialize};

/// A titled part of a document: paragraphs and bulleted lists, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    pub heading: String,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Block {
    Paragraph(String),
    Items(Vec<String>),
}

impl Section {
    pub fn new(heading: String) -> Self {
        Self {
            heading,
            blocks: Vec::new(),
        }
    }

    pub fn paragraph(mut self, text: String) -> Self {
        self.blocks.push(Block::Paragraph(text));
        self
    }

    /// A bulleted list; an empty one is left out.
    pub fn items(mut self, items: Vec<String>) -> Self {
        if !items.is_empty() {
            self.blocks.push(Block::Items(items));
        }
        self
    }

    /// The section as plain text, a block a line, for tests and comparisons.
    pub fn text(&self) -> String {
        let mut lines = vec![self.heading.clone()];
        for block in &self.blocks {
            match block {
                Block::Paragraph(text) => lines.push(text.clone()),
                Block::Items(items) => lines.extend(items.iter().map(|item| format!("• {item}"))),
            }
        }
        lines.join("\n")
    }
}
