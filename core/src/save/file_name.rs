//! File names that every system accepts for a name that came from outside (a letter's name as
//! the customer's e-mail gave it): on Windows `CON`, `NUL`, `COM1`… are devices, not files,
//! whatever their extension, and a name cannot end in a dot or a space.

/// `name` with only letters, digits, `.-_` and spaces, not a Windows device name, not ending
/// in a dot or a space, and never empty.
pub fn safe(name: &str) -> String {
    let kept: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || ".-_ ".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    let trimmed = kept.trim_end_matches(['.', ' ']).trim_start_matches(' ');
    if trimmed.is_empty() || trimmed.chars().all(|c| c == '.') {
        return "liite".to_owned();
    }
    let stem = trimmed.split('.').next().unwrap_or_default().trim_end();
    if is_device(stem) {
        format!("_{trimmed}")
    } else {
        trimmed.to_owned()
    }
}

/// The `n`th name for a file when the first is taken: `kirje.pdf`, `kirje (2).pdf`, ….
pub fn numbered(name: &str, n: u32) -> String {
    if n <= 1 {
        return name.to_owned();
    }
    match name.rfind('.').filter(|&dot| dot > 0) {
        Some(dot) => format!("{} ({n}){}", &name[..dot], &name[dot..]),
        None => format!("{name} ({n})"),
    }
}

fn is_device(stem: &str) -> bool {
    let upper = stem.to_ascii_uppercase();
    match upper.as_str() {
        "CON" | "PRN" | "AUX" | "NUL" | "CONIN$" | "CONOUT$" => true,
        _ => matches!(
            upper
                .strip_prefix("COM")
                .or_else(|| upper.strip_prefix("LPT")),
            Some("1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9" | "¹" | "²" | "³")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_windows_refuses_or_misreads_are_made_safe() {
        for (given, safe_name) in [
            ("kirje.pdf", "kirje.pdf"),
            ("Äijälän kirje 3.pdf", "Äijälän kirje 3.pdf"),
            ("CON", "_CON"),
            ("con.pdf", "_con.pdf"),
            ("NUL.tar.gz", "_NUL.tar.gz"),
            ("Aux .txt", "_Aux .txt"),
            ("com1.eml", "_com1.eml"),
            ("LPT9", "_LPT9"),
            ("COM².pdf", "_COM².pdf"),
            ("ÄÄ.pdf", "ÄÄ.pdf"),
            ("COM10.pdf", "COM10.pdf"),
            ("console.pdf", "console.pdf"),
            ("kirje.pdf. . ", "kirje.pdf"),
            ("../../salaisuus", ".._.._salaisuus"),
            ("C:\\Windows\\kirje.pdf", "C__Windows_kirje.pdf"),
            ("a<b>c:d\"e|f?g*h", "a_b_c_d_e_f_g_h"),
            ("", "liite"),
            ("...", "liite"),
            ("   ", "liite"),
        ] {
            assert_eq!(safe(given), safe_name, "{given:?}");
        }
    }

    #[test]
    fn a_taken_name_is_numbered_before_its_extension() {
        assert_eq!(numbered("kirje.pdf", 1), "kirje.pdf");
        assert_eq!(numbered("kirje.pdf", 2), "kirje (2).pdf");
        assert_eq!(numbered("ote.tar.gz", 3), "ote.tar (3).gz");
        assert_eq!(numbered("liite", 2), "liite (2)");
        assert_eq!(numbered(".eml", 2), ".eml (2)");
    }
}
