//! The notice as text for the webshop's own pages: Markdown, and HTML for editors that take
//! HTML (such as a Shopify page in its HTML view). Whatever the settings hold is escaped, so
//! it shows as written and can never become markup.

use super::Notice;
use crate::document::Block;

pub fn markdown(notice: &Notice) -> String {
    let mut out = format!(
        "# {}\n\n{}\n\n*{}*\n",
        escape_markdown(&notice.title),
        escape_markdown(&notice.subtitle),
        escape_markdown(&notice.edition_line)
    );
    for section in &notice.sections {
        out.push_str(&format!("\n## {}\n", escape_markdown(&section.heading)));
        for block in &section.blocks {
            out.push('\n');
            match block {
                Block::Paragraph(text) => {
                    out.push_str(&escape_markdown(text));
                    out.push('\n');
                }
                Block::Items(items) => {
                    for item in items {
                        out.push_str(&format!("- {}\n", escape_markdown(item)));
                    }
                }
            }
        }
    }
    out
}

pub fn html(notice: &Notice) -> String {
    let mut out = format!(
        "<article lang=\"{}\">\n<h1>{}</h1>\n<p>{}</p>\n<p><em>{}</em></p>\n",
        notice.language.id(),
        escape_html(&notice.title),
        escape_html(&notice.subtitle),
        escape_html(&notice.edition_line)
    );
    for section in &notice.sections {
        out.push_str(&format!("<h2>{}</h2>\n", escape_html(&section.heading)));
        for block in &section.blocks {
            match block {
                Block::Paragraph(text) => {
                    out.push_str(&format!("<p>{}</p>\n", escape_html(text)));
                }
                Block::Items(items) => {
                    out.push_str("<ul>\n");
                    for item in items {
                        out.push_str(&format!("<li>{}</li>\n", escape_html(item)));
                    }
                    out.push_str("</ul>\n");
                }
            }
        }
    }
    out.push_str("</article>\n");
    out
}

/// Backslash before every character Markdown could read as markup, and line breaks as spaces.
fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_typed_into_the_settings_stays_text() {
        assert_eq!(
            escape_html("<script>alert('x')</script> & \"y\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;"
        );
        assert_eq!(
            escape_markdown("*bold* [link](x) _u_ # h"),
            "\\*bold\\* \\[link\\](x) \\_u\\_ \\# h"
        );
    }
}
