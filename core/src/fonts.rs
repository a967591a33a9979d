//! The bundled font, Noto Sans (SIL Open Font License; see assets/fonts/OFL.txt), shared by the
//! window and the printed extract so both have every Finnish and Swedish letter.

pub const REGULAR: &[u8] = include_bytes!("../assets/fonts/NotoSans-Regular.ttf");
pub const BOLD: &[u8] = include_bytes!("../assets/fonts/NotoSans-Bold.ttf");
