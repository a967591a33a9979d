//! What keeps a document a customer receives from being made: a controller detail left empty,
//! a recipient listed without a name, a processing description with problems, an extract with
//! no published privacy notice to name. A legal text with a gap in it says something untrue
//! (no address to write to, "a processor" with no name), so the document is refused and staff
//! are told which settings to fill in.

use super::Field;
use super::organisation::Controller;
use super::processing::{ProcessingDescription, RecipientCategory, Slot};

/// What is missing, as the message to staff names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gap {
    /// A controller detail in the organisation settings is empty.
    Controller(Field),
    /// The organisation settings do not say where the privacy notice is published.
    NoticeAddress,
    /// The processing description lists a recipient of this kind without a name.
    RecipientName(RecipientCategory),
    /// The processing description has this many other problems.
    Processing(usize),
    /// No privacy notice has been published, so an extract has none to name.
    NoticeNotPublished,
}

impl std::fmt::Display for Gap {
    /// In English, for the command line and the logs; the app says it in the staff's language.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Gap::Controller(field) => write!(f, "the shop's {}", field.name()),
            Gap::NoticeAddress => write!(f, "the web address of the privacy notice"),
            Gap::RecipientName(category) => {
                write!(f, "the name of the {}", category.key().replace('-', " "))
            }
            Gap::Processing(count) => {
                write!(f, "{count} problem(s) in the processing description")
            }
            Gap::NoticeNotPublished => write!(f, "a published privacy notice"),
        }
    }
}

/// Which kind of document is to be made: each needs a little more than the one before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum For {
    /// A letter: the sender's details and return address.
    Letter,
    /// The privacy notice: the sender and a processing description without problems.
    Notice,
    /// A register extract: all that, and the notice in force with where it is published.
    Extract,
}

/// What the settings hold, as far as a document needs it.
pub struct Settings<'a> {
    pub controller: &'a Controller,
    pub notice_address: &'a str,
    pub processing: &'a ProcessingDescription,
    pub notice_published: bool,
}

impl Settings<'_> {
    /// Everything missing for `document`, in the order the settings show it; empty when the
    /// document can be made.
    pub fn gaps(&self, document: For) -> Vec<Gap> {
        let mut gaps: Vec<Gap> = self
            .controller
            .missing()
            .into_iter()
            .map(Gap::Controller)
            .collect();
        if document == For::Letter {
            return gaps;
        }
        let mut others = 0;
        for problem in self.processing.problems() {
            match problem.slot {
                Slot::RecipientName(index) if problem.problem == super::Problem::Required => {
                    let category = self.processing.recipients[index].category;
                    gaps.push(Gap::RecipientName(category));
                }
                _ => others += 1,
            }
        }
        if others > 0 {
            gaps.push(Gap::Processing(others));
        }
        if document == For::Extract {
            if self.notice_address.trim().is_empty() {
                gaps.push(Gap::NoticeAddress);
            }
            if !self.notice_published {
                gaps.push(Gap::NoticeNotPublished);
            }
        }
        gaps
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn controller() -> Controller {
        Controller {
            name: "Ompelijan paratiisi".into(),
            business_id: "2631357-4".into(),
            contact_person: "Pauliina Korhonen".into(),
            email: "asiakaspalvelu@ompelijanparatiisi.fi".into(),
            street_address: "Kauppakatu 5".into(),
            postal_code: "33100".into(),
            city: "Tampere".into(),
            phone: "+358312345678".into(),
        }
    }

    #[test]
    fn a_new_registers_defaults_leave_the_address_phone_and_accountant_to_fill_in() {
        let controller = Controller {
            street_address: String::new(),
            phone: String::new(),
            ..controller()
        };
        let processing = ProcessingDescription::default();
        let settings = Settings {
            controller: &controller,
            notice_address: "",
            processing: &processing,
            notice_published: false,
        };
        assert_eq!(
            settings.gaps(For::Letter),
            [
                Gap::Controller(Field::Phone),
                Gap::Controller(Field::StreetAddress)
            ]
        );
        assert_eq!(
            settings.gaps(For::Extract),
            [
                Gap::Controller(Field::Phone),
                Gap::Controller(Field::StreetAddress),
                Gap::RecipientName(RecipientCategory::Accountant),
                Gap::NoticeAddress,
                Gap::NoticeNotPublished,
            ]
        );
    }

    #[test]
    fn complete_settings_leave_no_gap() {
        let controller = controller();
        let mut processing = ProcessingDescription::default();
        for recipient in &mut processing.recipients {
            recipient.name = format!("Vastaanottaja {} Oy", recipient.key);
        }
        let settings = Settings {
            controller: &controller,
            notice_address: "https://ompelijanparatiisi.fi/tietosuoja",
            processing: &processing,
            notice_published: true,
        };
        assert_eq!(settings.gaps(For::Extract), []);
    }
}
