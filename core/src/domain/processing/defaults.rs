//! The description a new register starts from: what Ompelijan paratiisi's webshop does, as far
//! as the register knows it. Every value is the shop's to check and change before the first
//! notice is published; the notice cannot be published until the description has been saved.
//! The transfers' safeguards are as the recipients state them (the US ones are certified under
//! the EU–US Data Privacy Framework: dataprivacyframework.gov lists them); the shop checks them.

use super::{
    Handover, LegalBasis, Period, ProcessingDescription, Purpose, PurposeBasis, Recipient,
    RecipientCategory, RecipientRole, Retention, Safeguard, ShippingMethod, Transfer, YearEnd,
};
use crate::domain::Localised;

impl ProcessingDescription {
    /// A stored description with every purpose this version knows: one saved before a purpose
    /// was added gets it with its default basis, in its place, for the admin to check (the
    /// settings then differ from the published notice, which is republished with it).
    pub fn with_every_purpose(mut self) -> Self {
        for (at, purpose) in Purpose::ALL.into_iter().enumerate() {
            if self.purpose(purpose).is_none() {
                let at = at.min(self.purposes.len());
                self.purposes.insert(at, default_basis(purpose));
            }
        }
        self
    }
}

impl Default for ProcessingDescription {
    fn default() -> Self {
        Self {
            purposes: Purpose::ALL.into_iter().map(default_basis).collect(),
            recipients: default_recipients(),
            shipping_methods: default_shipping_methods(),
            retention: Retention {
                idle_months: 36,
                financial_year_end: YearEnd::CALENDAR_YEAR,
                request_years: Period::Requests.default_years(),
                log_years: Period::Log.default_years(),
                erased_key_years: Period::ErasedKeys.default_years(),
            },
            automated_decisions: None,
            cookies: Localised::new(
                "Verkkokaupassa käytetään evästeitä. Välttämättömät evästeet pitävät ostoskorin ja \
                 kirjautumisen toiminnassa. Kävijäliikenteen seurantaan palvelun laadun \
                 parantamiseksi käytetään analytiikkaevästeitä vain, jos olette hyväksynyt ne \
                 verkkokaupan evästeasetuksissa. Valintaa voi muuttaa milloin tahansa.",
                "Webbutiken använder kakor. Nödvändiga kakor behövs för att varukorgen och \
                 inloggningen ska fungera. Analyskakor, med vilka besökstrafiken följs upp för att \
                 förbättra tjänsten, används endast om du har godkänt dem i webbutikens \
                 kakinställningar. Du kan ändra ditt val när som helst.",
                "The webshop uses cookies. Necessary cookies keep the shopping cart and the login \
                 working. Analytics cookies, which follow visitor traffic to improve the service, \
                 are used only if you have accepted them in the webshop's cookie settings. You can \
                 change your choice at any time.",
            ),
        }
    }
}

fn default_basis(purpose: Purpose) -> PurposeBasis {
    let (basis, interest) = match purpose {
        Purpose::Orders | Purpose::CustomerRelationship => {
            (LegalBasis::Contract, Localised::default())
        }
        Purpose::Newsletter | Purpose::PrizeDraws => (LegalBasis::Consent, Localised::default()),
        Purpose::Bookkeeping | Purpose::DataProtectionRequests => {
            (LegalBasis::LegalObligation, Localised::default())
        }
        Purpose::Reviews => (
            LegalBasis::LegitimateInterest,
            Localised::new(
                "Asiakkaiden kirjoittamien tuotearvioiden näyttäminen verkkokaupan tuotesivuilla \
                 muiden ostajien avuksi. Arvion voi pyytää poistamaan milloin tahansa.",
                "Att visa de produktrecensioner som kunderna skrivit på webbutikens produktsidor \
                 till hjälp för andra köpare. Du kan när som helst be att en recension tas bort.",
                "Showing the product reviews customers write on the webshop's product pages to \
                 help other buyers. A review is removed on request at any time.",
            ),
        ),
        Purpose::ServiceDevelopment => (
            LegalBasis::LegitimateInterest,
            Localised::new(
                "Verkkokaupan ja sen valikoiman kehittäminen asiakkaiden ostojen ja palautteen \
                 perusteella.",
                "Att utveckla webbutiken och dess sortiment utifrån kundernas köp och respons.",
                "Developing the webshop and its range on the basis of customers' purchases and \
                 feedback.",
            ),
        ),
        Purpose::Reporting => (
            LegalBasis::LegitimateInterest,
            Localised::new(
                "Liiketoiminnan seuraaminen myyntiä ja asiakasmääriä koskevilla raporteilla. \
                 Raportit eivät sisällä henkilötietoja.",
                "Att följa upp verksamheten med rapporter om försäljningen och antalet kunder. \
                 Rapporterna innehåller inga personuppgifter.",
                "Following the business through reports on sales and customer numbers. The \
                 reports contain no personal data.",
            ),
        ),
        Purpose::DirectMarketing => (
            LegalBasis::LegitimateInterest,
            Localised::new(
                "Tuotteistamme ja tarjouksistamme kertominen omille asiakkaillemme esimerkiksi \
                 postitse. Sähköpostilla markkinoimme vain uutiskirjeen tilanneille.",
                "Att berätta för våra egna kunder om våra produkter och erbjudanden, till exempel \
                 per post. Per e-post marknadsför vi endast till dem som prenumererar på \
                 nyhetsbrevet.",
                "Telling our own customers about our products and offers, for example by post. By \
                 email we market only to those who subscribe to the newsletter.",
            ),
        ),
        Purpose::Security => (
            LegalBasis::LegitimateInterest,
            Localised::new(
                "Asiakkaiden tietojen suojaaminen ja mahdollisuus osoittaa, milloin ja mihin \
                 tarkoitukseen tietoja on käsitelty.",
                "Att skydda kundernas uppgifter och att kunna visa när och för vilket ändamål \
                 uppgifterna har behandlats.",
                "Protecting customers' data and being able to show when and for what purpose it \
                 has been processed.",
            ),
        ),
    };
    PurposeBasis {
        purpose,
        basis,
        legitimate_interest: interest,
    }
}

const POSTI: u32 = 1;
const MATKAHUOLTO: u32 = 2;

fn default_recipients() -> Vec<Recipient> {
    let recipient = |key, name: &str, category, role, transfers| Recipient {
        key,
        name: name.to_owned(),
        category,
        role,
        transfers,
    };
    let transfer = |country: &str, safeguard| Transfer {
        country: country.to_owned(),
        safeguard,
    };
    use RecipientCategory as Category;
    use RecipientRole::{Controller, Processor};
    vec![
        recipient(POSTI, "Posti Oy", Category::Carrier, Controller, vec![]),
        recipient(
            MATKAHUOLTO,
            "Oy Matkahuolto Ab",
            Category::Carrier,
            Controller,
            vec![],
        ),
        recipient(
            3,
            "Shopify International Limited",
            Category::WebshopPlatform,
            Processor,
            vec![
                transfer("CA", Safeguard::AdequacyDecision),
                transfer("US", Safeguard::DataPrivacyFramework),
            ],
        ),
        recipient(
            4,
            "Paytrail Oyj",
            Category::PaymentProvider,
            Controller,
            vec![],
        ),
        recipient(
            5,
            "The Rocket Science Group LLC, Mailchimp",
            Category::NewsletterService,
            Processor,
            vec![transfer("US", Safeguard::DataPrivacyFramework)],
        ),
        recipient(6, "", Category::Accountant, Processor, vec![]),
    ]
}

fn default_shipping_methods() -> Vec<ShippingMethod> {
    let method = |method: &str, handover| ShippingMethod {
        method: method.to_owned(),
        handover,
    };
    vec![
        method("Posti - Pakettiautomaatti", Handover::Carrier(POSTI)),
        method("Posti - Postipaketti", Handover::Carrier(POSTI)),
        method("Posti - Kotipaketti", Handover::Carrier(POSTI)),
        method(
            "Matkahuolto - Lähellä-paketti",
            Handover::Carrier(MATKAHUOLTO),
        ),
        method("Matkahuolto - Bussipaketti", Handover::Carrier(MATKAHUOLTO)),
        method("Nouto myymälästä", Handover::Pickup),
    ]
}
