//! What this workstation remembers for the person using it between runs of the app: the
//! language of the staff app. Kept in the app's private data folder, readable by its owner
//! alone; a file that cannot be read or names no language is as if there were none.

use std::path::Path;

use crate::config::{self, Folder};
use crate::domain::Lang;

const LANGUAGE_FILE: &str = "kieli";

/// The staff app's language chosen last on this workstation, if any.
pub fn language() -> Option<Lang> {
    let folder = config::private_folder(Folder::Data, None).ok()?;
    language_in(&folder)
}

/// Remembers `lang` as the staff app's language on this workstation.
pub fn remember_language(lang: Lang) -> Result<(), String> {
    let folder = config::private_folder(Folder::Data, None).map_err(|e| e.to_string())?;
    remember_language_in(&folder, lang)
}

fn language_in(folder: &Path) -> Option<Lang> {
    let text = std::fs::read_to_string(folder.join(LANGUAGE_FILE)).ok()?;
    Lang::from_id(text.trim()).filter(|lang| Lang::STAFF.contains(lang))
}

fn remember_language_in(folder: &Path, lang: Lang) -> Result<(), String> {
    crate::save::write(
        &folder.join(LANGUAGE_FILE),
        lang.id().as_bytes(),
        crate::save::Existing::Replace,
    )
    .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_chosen_last_is_found_again_and_anything_else_is_none() {
        let folder = tempfile::tempdir().expect("a folder");
        assert_eq!(language_in(folder.path()), None, "nothing chosen yet");
        remember_language_in(folder.path(), Lang::En).expect("remembered");
        assert_eq!(language_in(folder.path()), Some(Lang::En));
        remember_language_in(folder.path(), Lang::Fi).expect("remembered");
        assert_eq!(language_in(folder.path()), Some(Lang::Fi));
        std::fs::write(folder.path().join(LANGUAGE_FILE), "sv").expect("written");
        assert_eq!(
            language_in(folder.path()),
            None,
            "not a language of the app"
        );
        std::fs::write(folder.path().join(LANGUAGE_FILE), "klingon").expect("written");
        assert_eq!(language_in(folder.path()), None);
    }
}
