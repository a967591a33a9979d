//! The keyboard's shortcuts, for what Tab cannot reach (in iced 0.14 Tab moves between text
//! fields only): the search, saving a form, a new customer or request, the navigation's
//! screens one by one, and the list of them all (F1). Ctrl is ⌘ on a Mac: iced's
//! `Modifiers::command` is the platform's own.

use iced::keyboard::key::Named;
use iced::keyboard::{Key, Modifiers};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortcut {
    /// Ctrl+F: to the screen's search field.
    Find,
    /// Ctrl+S: the form shown is saved, as its button would.
    Save,
    /// Ctrl+N: a new customer, or a new request.
    New,
    /// Alt+←: the previous screen of the navigation.
    Previous,
    /// Alt+→: the next screen of the navigation.
    Next,
    /// F1: the list of shortcuts, shown over the screen.
    Help,
    /// ↓ and ↑: the next or the previous row of a list; Enter in its search opens it.
    NextRow,
    PreviousRow,
}

impl Shortcut {
    /// The shortcut a key press is, if any. `captured`: a widget used the key. On a Mac,
    /// Alt+← in a text field moves by a word, so there it does not also change the screen
    /// (Ctrl+PageUp and Ctrl+PageDown do, everywhere); elsewhere a text field has no use for
    /// Alt with an arrow.
    pub fn of(key: &Key, modifiers: Modifiers, captured: bool) -> Option<Self> {
        let word_jump = cfg!(target_os = "macos") && captured;
        let screens = modifiers.alt() && !word_jump;
        match key.as_ref() {
            Key::Named(Named::F1) => Some(Shortcut::Help),
            Key::Named(Named::ArrowLeft) if screens => Some(Shortcut::Previous),
            Key::Named(Named::ArrowRight) if screens => Some(Shortcut::Next),
            Key::Named(Named::ArrowDown) if modifiers.is_empty() && !captured => {
                Some(Shortcut::NextRow)
            }
            Key::Named(Named::ArrowUp) if modifiers.is_empty() && !captured => {
                Some(Shortcut::PreviousRow)
            }
            Key::Named(Named::PageUp) if modifiers.control() => Some(Shortcut::Previous),
            Key::Named(Named::PageDown) if modifiers.control() => Some(Shortcut::Next),
            Key::Character(c) if modifiers.command() && !modifiers.alt() => {
                match c.to_lowercase().as_str() {
                    "f" => Some(Shortcut::Find),
                    "s" => Some(Shortcut::Save),
                    "n" => Some(Shortcut::New),
                    _ => None,
                }
            }
            _ => None,
        }
    }
}

/// The keys the help lists, as this platform writes them, each with the key of what it does.
pub fn help() -> Vec<(String, &'static str)> {
    let command = if cfg!(target_os = "macos") {
        "⌘"
    } else {
        "Ctrl+"
    };
    vec![
        (format!("{command}F"), "shortcut-find"),
        (format!("{command}S"), "shortcut-save"),
        (format!("{command}N"), "shortcut-new"),
        ("Alt+← / Alt+→".to_owned(), "shortcut-screens"),
        ("Ctrl+PgUp / Ctrl+PgDn".to_owned(), "shortcut-screens"),
        ("↓ / ↑".to_owned(), "shortcut-rows"),
        ("Tab / Shift+Tab".to_owned(), "shortcut-tab"),
        ("Enter".to_owned(), "shortcut-enter"),
        ("Esc".to_owned(), "shortcut-escape"),
        ("F1".to_owned(), "shortcut-help"),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_read_as_their_shortcuts() {
        let command = Modifiers::COMMAND;
        let f = Key::Character("f".into());
        assert_eq!(Shortcut::of(&f, command, true), Some(Shortcut::Find));
        let upper = Key::Character("S".into());
        assert_eq!(
            Shortcut::of(&upper, command | Modifiers::SHIFT, false),
            Some(Shortcut::Save)
        );
        assert_eq!(Shortcut::of(&f, Modifiers::empty(), false), None, "typing");
        let left = Key::Named(Named::ArrowLeft);
        assert_eq!(
            Shortcut::of(&left, Modifiers::ALT, false),
            Some(Shortcut::Previous)
        );
        // A text field on a Mac moved by a word; elsewhere Alt+← is only the screens'.
        let in_a_field = Shortcut::of(&left, Modifiers::ALT, true);
        if cfg!(target_os = "macos") {
            assert_eq!(in_a_field, None);
        } else {
            assert_eq!(in_a_field, Some(Shortcut::Previous));
        }
        assert_eq!(
            Shortcut::of(&Key::Named(Named::PageDown), Modifiers::CTRL, true),
            Some(Shortcut::Next)
        );
        assert_eq!(
            Shortcut::of(&Key::Named(Named::F1), Modifiers::empty(), true),
            Some(Shortcut::Help)
        );
        let down = Key::Named(Named::ArrowDown);
        assert_eq!(
            Shortcut::of(&down, Modifiers::empty(), false),
            Some(Shortcut::NextRow)
        );
        assert_eq!(
            Shortcut::of(&down, Modifiers::empty(), true),
            None,
            "an open picker's own"
        );
    }
}
