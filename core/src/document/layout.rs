//! A small page-layout writer for printpdf: text measured with the font's own glyph widths,
//! word wrapping, tables whose rows never split and whose header repeats on each new page.

use printpdf::{
    Color, FontId, Line, LinePoint, Mm, Op, ParsedFont, PdfFontHandle, Point, Pt, Rgb, TextItem,
};

pub const PAGE_WIDTH: f32 = 210.0;
pub const PAGE_HEIGHT: f32 = 297.0;
pub const LEFT: f32 = 20.0;
pub const RIGHT: f32 = 190.0;
pub const TOP: f32 = 277.0;
/// Content stops here; the footer with the page number sits below.
pub const BOTTOM: f32 = 22.0;

const MM_PER_PT: f32 = 25.4 / 72.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Regular,
    Bold,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

/// One cell of a table row: where it starts, how wide it is, and its text.
#[derive(Debug, Clone)]
pub struct Cell {
    pub x: f32,
    pub width: f32,
    pub align: Align,
    pub text: String,
}

impl Cell {
    pub fn new(x: f32, width: f32, align: Align, text: impl Into<String>) -> Self {
        Self {
            x,
            width,
            align,
            text: text.into(),
        }
    }
}

pub struct Fonts {
    regular: ParsedFont,
    bold: ParsedFont,
    regular_id: FontId,
    bold_id: FontId,
}

impl Fonts {
    pub fn new(regular: ParsedFont, regular_id: FontId, bold: ParsedFont, bold_id: FontId) -> Self {
        Self {
            regular,
            bold,
            regular_id,
            bold_id,
        }
    }

    fn font(&self, style: Style) -> (&ParsedFont, &FontId) {
        match style {
            Style::Regular => (&self.regular, &self.regular_id),
            Style::Bold => (&self.bold, &self.bold_id),
        }
    }

    /// The printed width of `text` in millimetres.
    pub fn width(&self, text: &str, size: f32, style: Style) -> f32 {
        let (font, _) = self.font(style);
        let units: u32 = text
            .chars()
            .map(|c| {
                font.lookup_glyph_index(c as u32)
                    .and_then(|glyph| font.get_glyph_width_internal(glyph))
                    .map_or(0, |width| u32::try_from(width).unwrap_or(0))
            })
            .sum();
        units as f32 / f32::from(font.pdf_font_metrics.units_per_em.max(1)) * size * MM_PER_PT
    }

    /// Breaks text into lines no wider than `max_width`: at spaces where possible, inside a
    /// word only when the word alone is too wide. Line breaks in the text are kept.
    pub fn wrap(&self, text: &str, size: f32, style: Style, max_width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let mut line = String::new();
            for word in paragraph.split_whitespace() {
                let candidate = if line.is_empty() {
                    word.to_owned()
                } else {
                    format!("{line} {word}")
                };
                if self.width(&candidate, size, style) <= max_width {
                    line = candidate;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                // A word wider than the line is cut where it must be.
                for c in word.chars() {
                    let mut longer = line.clone();
                    longer.push(c);
                    if !line.is_empty() && self.width(&longer, size, style) > max_width {
                        lines.push(std::mem::take(&mut line));
                        line.push(c);
                    } else {
                        line = longer;
                    }
                }
            }
            lines.push(line);
        }
        lines
    }
}

pub fn line_height(size: f32) -> f32 {
    size * 1.3 * MM_PER_PT
}

pub struct Writer<'f> {
    fonts: &'f Fonts,
    pages: Vec<Vec<Op>>,
    /// The top of the next line, in millimetres from the bottom of the page.
    y: f32,
    /// The header row of the table being written, repeated at the top of each new page.
    table_header: Option<Vec<Cell>>,
}

pub const BODY: f32 = 10.0;
pub const SMALL: f32 = 8.5;

impl<'f> Writer<'f> {
    pub fn new(fonts: &'f Fonts) -> Self {
        Self {
            fonts,
            pages: vec![Vec::new()],
            y: TOP,
            table_header: None,
        }
    }

    pub fn fonts(&self) -> &Fonts {
        self.fonts
    }

    pub fn y(&self) -> f32 {
        self.y
    }

    pub fn move_to(&mut self, y: f32) {
        self.y = y;
    }

    pub fn gap(&mut self, mm: f32) {
        self.y -= mm;
    }

    fn ops(&mut self) -> &mut Vec<Op> {
        if self.pages.is_empty() {
            self.pages.push(Vec::new());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    /// Places one line of text with its baseline at `baseline`.
    pub fn text_at(&mut self, x: f32, baseline: f32, size: f32, style: Style, text: &str) {
        let (_, id) = self.fonts.font(style);
        let font = PdfFontHandle::External(id.clone());
        self.ops().extend([
            Op::StartTextSection,
            Op::SetTextCursor {
                pos: Point::new(Mm(x), Mm(baseline)),
            },
            Op::SetFont {
                font,
                size: Pt(size),
            },
            Op::ShowText {
                items: vec![TextItem::Text(text.to_owned())],
            },
            Op::EndTextSection,
        ]);
    }

    /// Lines at the writer's position, moving it down.
    pub fn lines(&mut self, x: f32, lines: &[String], size: f32, style: Style) {
        let height = line_height(size);
        for line in lines {
            self.ensure(height);
            let baseline = self.y - height * 0.78;
            self.text_at(x, baseline, size, style, line);
            self.y -= height;
        }
    }

    /// A wrapped paragraph across the text column, never with a single line of it alone at
    /// the foot of a page or at the top of the next (no orphan, no widow).
    pub fn paragraph(&mut self, text: &str, size: f32, style: Style) {
        let lines = self.fonts.wrap(text, size, style, RIGHT - LEFT);
        self.lines_kept_together(LEFT, &lines, size, style);
    }

    /// Lines of one paragraph: as many as the page holds, then the rest on the next, but a
    /// paragraph of two or three lines moves whole and a longer one leaves at least two lines
    /// on each page.
    pub fn lines_kept_together(&mut self, x: f32, lines: &[String], size: f32, style: Style) {
        let height = line_height(size);
        let here = lines_here(self.y - BOTTOM, lines.len(), height);
        if here == 0 && !lines.is_empty() {
            self.new_page();
            self.lines(x, lines, size, style);
            return;
        }
        let (first, rest) = lines.split_at(here);
        self.lines(x, first, size, style);
        if !rest.is_empty() {
            self.new_page();
            self.lines(x, rest, size, style);
        }
    }

    /// One item of a bulleted list: the bullet hangs beside its wrapped lines.
    pub fn item(&mut self, text: &str, size: f32) {
        const INDENT: f32 = 5.0;
        let lines = self
            .fonts
            .wrap(text, size, Style::Regular, RIGHT - LEFT - INDENT);
        let height = line_height(size);
        if !lines.is_empty() && lines_here(self.y - BOTTOM, lines.len(), height) == 0 {
            self.new_page();
        }
        let baseline = self.y - height * 0.78;
        self.text_at(LEFT + 1.0, baseline, size, Style::Regular, "•");
        self.lines_kept_together(LEFT + INDENT, &lines, size, Style::Regular);
    }

    /// A section heading, kept together with at least three lines of what follows it.
    pub fn heading(&mut self, text: &str, size: f32) {
        self.gap(line_height(size) * 0.6);
        // The heading, the gap under it and three whole lines of what follows (a little
        // over, so that the lines fit however the millimetres round).
        self.ensure(line_height(size) + 1.0 + 3.0 * line_height(BODY) + 0.01);
        let lines = self.fonts.wrap(text, size, Style::Bold, RIGHT - LEFT);
        self.lines(LEFT, &lines, size, Style::Bold);
        self.gap(1.0);
    }

    /// Starts a new page when less than `height` is left on this one.
    pub fn ensure(&mut self, height: f32) {
        if self.y - height < BOTTOM {
            self.new_page();
        }
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = TOP;
        if let Some(header) = self.table_header.clone() {
            self.draw_row(&header, SMALL, Style::Bold);
            self.rule(0.3);
        }
    }

    /// Begins a table: the header is drawn now and again at the top of every new page until
    /// [`Writer::end_table`].
    pub fn begin_table(&mut self, header: Vec<Cell>) {
        let height = self.row_height(&header, SMALL, Style::Bold) + 2.0 * line_height(SMALL);
        self.ensure(height);
        self.draw_row(&header, SMALL, Style::Bold);
        self.rule(0.3);
        self.table_header = Some(header);
    }

    pub fn end_table(&mut self) {
        self.table_header = None;
    }

    fn row_height(&self, cells: &[Cell], size: f32, style: Style) -> f32 {
        let lines = cells
            .iter()
            .map(|cell| self.fonts.wrap(&cell.text, size, style, cell.width).len())
            .max()
            .unwrap_or(1);
        lines as f32 * line_height(size)
    }

    /// A table row; a row that does not fit moves whole to the next page.
    pub fn row(&mut self, cells: &[Cell], size: f32, style: Style) {
        let height = self.row_height(cells, size, style);
        self.ensure(height);
        self.draw_row(cells, size, style);
    }

    fn draw_row(&mut self, cells: &[Cell], size: f32, style: Style) {
        let height = line_height(size);
        let mut tallest = 1;
        for cell in cells {
            let lines = self.fonts.wrap(&cell.text, size, style, cell.width);
            tallest = tallest.max(lines.len());
            for (i, line) in lines.iter().enumerate() {
                let x = match cell.align {
                    Align::Left => cell.x,
                    Align::Right => cell.x + cell.width - self.fonts.width(line, size, style),
                };
                let baseline = self.y - height * (i as f32) - height * 0.78;
                self.text_at(x, baseline, size, style, line);
            }
        }
        self.y -= height * tallest as f32;
    }

    /// A thin horizontal line across the text column, at the writer's position.
    pub fn rule(&mut self, thickness: f32) {
        let y = self.y - 0.6;
        self.line(LEFT, y, RIGHT, y, thickness);
        self.y -= 1.4;
    }

    pub fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, thickness: f32) {
        let point = |x: f32, y: f32| LinePoint {
            p: Point::new(Mm(x), Mm(y)),
            bezier: false,
        };
        self.ops().extend([
            Op::SetOutlineColor {
                col: Color::Rgb(Rgb {
                    r: 0.35,
                    g: 0.35,
                    b: 0.35,
                    icc_profile: None,
                }),
            },
            Op::SetOutlineThickness { pt: Pt(thickness) },
            Op::DrawLine {
                line: Line {
                    points: vec![point(x1, y1), point(x2, y2)],
                    is_closed: false,
                },
            },
        ]);
    }

    /// The pages, each with a footer: `footer(page, pages)` gives its left and right text.
    pub fn finish(mut self, footer: impl Fn(usize, usize) -> (String, String)) -> Vec<Vec<Op>> {
        let pages = self.pages.len();
        let fonts = self.fonts;
        for (index, ops) in self.pages.iter_mut().enumerate() {
            let (left, right) = footer(index + 1, pages);
            let right_x = RIGHT - fonts.width(&right, SMALL, Style::Regular);
            for (x, text) in [(LEFT, left), (right_x, right)] {
                ops.extend([
                    Op::StartTextSection,
                    Op::SetTextCursor {
                        pos: Point::new(Mm(x), Mm(12.0)),
                    },
                    Op::SetFont {
                        font: PdfFontHandle::External(fonts.regular_id.clone()),
                        size: Pt(SMALL),
                    },
                    Op::ShowText {
                        items: vec![TextItem::Text(text)],
                    },
                    Op::EndTextSection,
                ]);
            }
        }
        self.pages
    }
}

/// How many lines of a paragraph of `count` go on a page with `room` mm left: all that fit,
/// but never one alone on either side of the break.
fn lines_here(room: f32, count: usize, height: f32) -> usize {
    let fit = (room / height).floor().max(0.0) as usize;
    if fit >= count {
        count
    } else if count <= 3 || fit < 2 {
        0
    } else {
        fit.min(count - 2)
    }
}

#[cfg(test)]
mod widows_and_orphans {
    use super::lines_here;

    #[test]
    fn a_break_never_leaves_one_line_alone() {
        let h = 5.0;
        assert_eq!(lines_here(50.0, 4, h), 4, "all fit");
        assert_eq!(lines_here(7.0, 4, h), 0, "one line would be an orphan");
        assert_eq!(
            lines_here(15.0, 4, h),
            2,
            "three fit, but one would be a widow"
        );
        assert_eq!(lines_here(15.0, 3, h), 3);
        assert_eq!(
            lines_here(10.0, 3, h),
            0,
            "a three-line paragraph moves whole"
        );
        assert_eq!(lines_here(20.0, 10, h), 4);
    }
}
