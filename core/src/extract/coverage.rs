//! The one place that says, for every column of every table, whether it holds data about a
//! customer and where the extract's JSON copy gives it, or why it is left out. A test walks the
//! database's own schema against this list, so a column added later cannot be forgotten: it
//! fails until it is either copied or its omission explained here.

/// Where a column of a customer table goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Coverage {
    /// The JSON pointer of the value in the copy; `*` stands for every item of a list.
    Copied(&'static str),
    /// Why the copy leaves it out.
    Left(&'static str),
}

use Coverage::{Copied, Left};

const ROW_ID: Coverage =
    Left("the row's number inside the register, which means nothing outside it");
const OWNER: Coverage = Left("points at the customer the copy is about");
const EMPLOYEE: Coverage =
    Left("names the employee; the copy gives their role instead (CJEU C-579/21)");
const VERSION: Coverage = Left("a counter that detects two edits at once");

/// The tables that hold data about a customer, and each of their columns.
pub const CUSTOMER_TABLES: &[(&str, &[(&str, Coverage)])] = &[
    (
        "customers",
        &[
            ("id", Copied("/customer/customer_number")),
            ("first_name", Copied("/customer/first_name")),
            ("last_name", Copied("/customer/last_name")),
            ("email", Copied("/customer/email")),
            ("phone", Copied("/customer/phone")),
            ("street_address", Copied("/customer/street_address")),
            ("postal_code", Copied("/customer/postal_code")),
            ("city", Copied("/customer/city")),
            ("country", Copied("/customer/country")),
            ("newsletter", Copied("/customer/newsletter")),
            ("marketing_refused", Copied("/customer/marketing_refused")),
            ("webshop_username", Copied("/customer/webshop_username")),
            (
                "webshop_password_hash",
                Left(
                    "a salted hash the password cannot be recovered from; the copy says whether one is kept",
                ),
            ),
            ("company_name", Copied("/customer/company_name")),
            ("vat_id", Copied("/customer/vat_id")),
            (
                "webshop_customer_id",
                Copied("/customer/webshop_customer_id"),
            ),
            (
                "last_webshop_login_at",
                Copied("/customer/last_webshop_login_at"),
            ),
            ("name_key", Left("a search key: the name in lower case")),
            (
                "reversed_name_key",
                Left("a search key: the name in lower case, surname first"),
            ),
            (
                "email_key",
                Left("a search key: the email address in lower case"),
            ),
            ("created_at", Copied("/customer/created_at")),
            ("updated_at", Copied("/customer/updated_at")),
            ("version", VERSION),
            (
                "to_check",
                Left(
                    "a note for staff that a value above came from an import as written without validating; the values themselves are in the copy",
                ),
            ),
        ],
    ),
    (
        "orders",
        &[
            ("id", ROW_ID),
            ("customer_id", OWNER),
            ("order_number", Copied("/orders/*/order_number")),
            ("placed_at", Copied("/orders/*/placed_at")),
            ("status", Copied("/orders/*/status")),
            ("carrier", Copied("/orders/*/carrier")),
            ("delivery_name", Copied("/orders/*/delivery_address")),
            (
                "delivery_street_address",
                Copied("/orders/*/delivery_address"),
            ),
            ("delivery_postal_code", Copied("/orders/*/delivery_address")),
            ("delivery_city", Copied("/orders/*/delivery_address")),
            ("delivery_country", Copied("/orders/*/delivery_address")),
            (
                "anonymised_at",
                Left(
                    "set when the customer is erased; an erased customer's copy gives it as /erasure/erased_at",
                ),
            ),
            (
                "erased_customer_number",
                Left(
                    "set when the customer is erased; an erased customer's copy gives it as /erasure/customer_number",
                ),
            ),
            (
                "erased_webshop_digest",
                Left(
                    "a digest of the erased customer's webshop number, which only finds their vouchers for a request and cannot be read back",
                ),
            ),
            (
                "erased_email_digest",
                Left(
                    "a keyed digest of the erased customer's email address, which only finds their vouchers for a request and cannot be read back",
                ),
            ),
            (
                "to_check",
                Left(
                    "a note for staff that the delivery address came from an import as written without validating; the address itself is in the copy",
                ),
            ),
        ],
    ),
    (
        "order_lines",
        &[
            ("id", ROW_ID),
            ("order_id", Left("points at the order the line belongs to")),
            (
                "line_no",
                Left("the line's place in its order, which the copy keeps as its order"),
            ),
            ("product", Copied("/orders/*/lines/*/product")),
            ("quantity", Copied("/orders/*/lines/*/quantity")),
            (
                "unit_price_cents",
                Copied("/orders/*/lines/*/unit_price_cents"),
            ),
            (
                "vat_rate_basis_points",
                Copied("/orders/*/lines/*/vat_rate_basis_points"),
            ),
        ],
    ),
    (
        "reviews",
        &[
            ("id", ROW_ID),
            ("customer_id", OWNER),
            ("product", Copied("/reviews/*/product")),
            ("rating", Copied("/reviews/*/rating")),
            ("text", Copied("/reviews/*/text")),
            ("created_at", Copied("/reviews/*/written_at")),
            ("visible", Copied("/reviews/*/visible")),
        ],
    ),
    (
        "consent_events",
        &[
            ("id", ROW_ID),
            ("customer_id", OWNER),
            ("kind", Copied("/consents/*/kind")),
            ("granted", Copied("/consents/*/granted")),
            ("source", Copied("/consents/*/source")),
            ("recorded_by", EMPLOYEE),
            ("recorded_at", Copied("/consents/*/at")),
        ],
    ),
    (
        "access_requests",
        &[
            ("id", ROW_ID),
            ("reference", Copied("/access_requests/*/reference")),
            ("customer_id", OWNER),
            ("channel", Copied("/access_requests/*/channel")),
            (
                "requester_name",
                Copied("/access_requests/*/requester_name"),
            ),
            (
                "requester_email",
                Copied("/access_requests/*/requester_email"),
            ),
            (
                "requester_phone",
                Copied("/access_requests/*/requester_phone"),
            ),
            (
                "requester_address",
                Copied("/access_requests/*/requester_address"),
            ),
            (
                "requester_postal_code",
                Copied("/access_requests/*/requester_postal_code"),
            ),
            (
                "requester_city",
                Copied("/access_requests/*/requester_city"),
            ),
            (
                "requester_country",
                Copied("/access_requests/*/requester_country"),
            ),
            ("received_on", Copied("/access_requests/*/received_on")),
            ("due_on", Copied("/access_requests/*/due_on")),
            ("extended_due_on", Copied("/access_requests/*/due_on")),
            (
                "extension_reason",
                Copied("/access_requests/*/extension_reason"),
            ),
            ("logged_by_staff_id", EMPLOYEE),
            ("logged_by", EMPLOYEE),
            (
                "logged_at",
                Left("when staff typed it in; the copy gives the day it was received"),
            ),
            (
                "identity_check",
                Copied("/access_requests/*/identity_check"),
            ),
            (
                "identity_method",
                Copied("/access_requests/*/identity_note"),
            ),
            (
                "waiting_for_requester",
                Left("a step of the handling, which the copy gives as its outcome"),
            ),
            ("waiting_since", Copied("/access_requests/*/waiting_since")),
            ("paused_days", Copied("/access_requests/*/paused_days")),
            ("answer_by", Copied("/access_requests/*/delivery")),
            (
                "erased_customer_number",
                Left("points at the erased customer the copy is about"),
            ),
            ("letter_file_name", Copied("/access_requests/*/letter")),
            (
                "letter_sha256",
                Left("a digest of the letter, to show it was kept unchanged"),
            ),
            ("status", Copied("/access_requests/*/status")),
            ("outcome", Copied("/access_requests/*/status")),
            (
                "rejection_reason",
                Copied("/access_requests/*/rejection_reason"),
            ),
            ("answered_at", Copied("/access_requests/*/closed_at")),
            ("extract_sha256", Copied("/access_requests/*/documents")),
            ("extract_generated_by", EMPLOYEE),
            (
                "extract_generated_at",
                Copied("/access_requests/*/documents"),
            ),
            ("version", VERSION),
        ],
    ),
    (
        "access_request_letters",
        &[
            (
                "access_request_id",
                Left("points at the request the letter came with"),
            ),
            (
                "content",
                Left("the letter or email the customer sent, which they have; the copy names it"),
            ),
        ],
    ),
    (
        "access_request_systems",
        &[
            ("id", ROW_ID),
            (
                "access_request_id",
                Left("points at the request the search was made for"),
            ),
            (
                "system_key",
                Left("the system's number in the settings; the copy names it"),
            ),
            ("system_name", Copied("/access_requests/*/systems/*/system")),
            ("outcome", Copied("/access_requests/*/systems/*/searched")),
            ("note", Copied("/access_requests/*/systems/*/note")),
            (
                "recorded_at",
                Left("when staff recorded it; the log gives the date"),
            ),
            ("recorded_by", EMPLOYEE),
        ],
    ),
    (
        "access_request_documents",
        &[
            ("id", ROW_ID),
            (
                "access_request_id",
                Left("points at the request the document answered"),
            ),
            ("kind", Copied("/access_requests/*/documents/*/kind")),
            (
                "language",
                Copied("/access_requests/*/documents/*/language"),
            ),
            (
                "file_name",
                Left("the name it was saved under, the request's reference and its kind"),
            ),
            ("sha256", Copied("/access_requests/*/documents/*/sha256")),
            (
                "content",
                Left("a document sent to the customer, who received it"),
            ),
            (
                "created_at",
                Copied("/access_requests/*/documents/*/sent_at"),
            ),
            ("created_by", EMPLOYEE),
        ],
    ),
    (
        "audit_events",
        &[
            ("seq", Left("the event's place in the hash chain")),
            ("occurred_at", Copied("/consultations/*/at")),
            ("actor_staff_id", EMPLOYEE),
            ("actor_username", EMPLOYEE),
            ("actor_role", Copied("/consultations/*/role")),
            ("action", Copied("/consultations/*/action")),
            (
                "target_kind",
                Left("which of the customer's records the event is about"),
            ),
            (
                "target_id",
                Left("which of the customer's records the event is about"),
            ),
            (
                "details",
                Left("names fields and counts for the audit, never the customer's data"),
            ),
            (
                "prev_hash",
                Left("the hash chain that makes the log tamper-evident"),
            ),
            (
                "hash",
                Left("the hash chain that makes the log tamper-evident"),
            ),
        ],
    ),
    (
        "import_journal",
        &[
            ("id", ROW_ID),
            (
                "import_id",
                Left("which running import the entry belongs to"),
            ),
            ("target", Left("which kind of row the entry is about")),
            ("row_id", OWNER),
            (
                "inserted",
                Left("the numbers of rows a running import inserted, to undo it if it fails"),
            ),
            (
                "before",
                Left(
                    "a row as it was before a running import changed it, kept only until the import ends (minutes) so that a failed import can be undone; the row itself is in the copy",
                ),
            ),
        ],
    ),
];

/// The other tables, and why none of them holds data about a customer.
pub const OTHER_TABLES: &[(&str, &str)] = &[
    ("staff_users", "the shop's staff accounts"),
    ("organisation_settings", "the controller's details"),
    (
        "processing_description",
        "the processing description in the settings",
    ),
    ("privacy_notices", "the published privacy notices"),
    ("audit_head", "the end of the audit hash chain"),
    (
        "imports",
        "which import ran when, by whom, and how it ended",
    ),
    (
        "erased_webshop_customers",
        "digests of erased customers' webshop numbers, linked to no customer in the register",
    ),
    (
        "backup_settings",
        "where backups go, how many are kept, and the erasure ledger's key and head",
    ),
    (
        "erasure_ledger_outbox",
        "erasure ledger lines waiting for the backup folder: keyed digests of erased customers",
    ),
    (
        "erased_emails",
        "keyed digests of erased customers' email addresses, linked to no customer in the register",
    ),
    ("seaql_migrations", "the schema's version"),
];
