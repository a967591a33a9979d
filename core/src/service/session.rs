use crate::domain::{Lang, Role};

/// The staff member on whose behalf a service call runs. Only a successful login (or the
/// creation of the first admin) makes one, so holding a Session proves who logged in; what
/// the account may do is checked against the database on every call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    staff_id: i32,
    username: String,
    display_name: String,
    role: Role,
    /// The app's language the staff member chose last, if they have.
    language: Option<Lang>,
}

impl Session {
    pub(crate) fn new(staff_id: i32, username: String, display_name: String, role: Role) -> Self {
        Self {
            staff_id,
            username,
            display_name,
            role,
            language: None,
        }
    }

    /// The session with the staff member's own language, as their account keeps it.
    pub(crate) fn with_language(mut self, language: Option<&str>) -> Self {
        self.language = language
            .and_then(Lang::from_id)
            .filter(|lang| Lang::STAFF.contains(lang));
        self
    }

    /// The language the app opens in for this staff member: theirs, once they have chosen one.
    pub fn language(&self) -> Option<Lang> {
        self.language
    }

    pub fn staff_id(&self) -> i32 {
        self.staff_id
    }

    pub fn username(&self) -> &str {
        &self.username
    }

    pub fn display_name(&self) -> &str {
        &self.display_name
    }

    /// The role at login, for showing the right navigation. Services check the current role.
    pub fn role(&self) -> Role {
        self.role
    }
}
