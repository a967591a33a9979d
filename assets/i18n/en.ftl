app-title = Customer register – Ompelijan paratiisi
language = Language

## Database
connecting = Opening the register…
database-failed = The register could not be opened: { $reason }
retry = Try again

## First run
first-admin-title = First administrator
first-admin-intro = The register has no users yet. Create the administrator who can add the other staff.
password-again = Password again
passwords-differ = The passwords do not match
create-admin = Create administrator

## Login
login-title = Log in
login = Log in
logging-in = Logging in…
login-wrong = Wrong username or password.
login-locked = The account is locked after repeated failed logins until { $until }. An administrator can unlock it.
login-deactivated = The account has been deactivated. Contact an administrator.

## Idle lock
locked-title = Session locked
locked-intro = { $name }, the session was locked after { $minutes } minutes without activity. Unlock it with your password; the open view is kept.
unlock = Unlock
logout = Log out

## Navigation
nav-customers = Customers
nav-orders = Orders
nav-reviews = Reviews
nav-staff = Staff
nav-settings = Settings
nav-audit = Audit log
signed-in-as = { $name } · { $role }

## Roles
role-admin = administrator
role-customer-service = customer service
role-marketing = marketing
role-fulfilment = fulfilment

## Customers
customers-title = Customers
customers-count = { $count ->
    [one] 1 customer
   *[other] { $shown } customers
}
search-placeholder = Search by name, email, phone number or order number
sort-name = By name
sort-newest = Newest first
new-customer = New customer
no-customers = No customers.
no-matches = No customers match the search.
previous-page = ‹ Previous
next-page = Next ›
page-rows = Rows { $first }–{ $last }
loading = Loading…
column-name = Name
column-email = Email
column-phone = Phone
column-city = City

## Customer detail
back-to-list = ‹ Back to the list
edit = Edit
save = Save
saving = Saving…
cancel = Cancel
saved = Saved.
create = Create customer
conflict = Someone else saved this customer in the meantime. Your changes are still in the form: load the latest version and make them again.
reload-latest = Load the latest version
fix-fields = Correct the marked fields.
password-stored = stored only as a hash
password-none = no password
yes = yes
no = no
created-at = Created
updated-at = Modified
newsletter-subscribed = Subscribes to the newsletter
tab-details = Details
tab-orders = Orders
tab-reviews = Reviews

## Fields
field-first-name = First name
field-last-name = Last name
field-email = Email
field-phone = Phone
field-street-address = Street address
field-postal-code = Postal code
field-city = City
field-country = Country
field-newsletter = Newsletter
field-webshop-username = Webshop username
field-webshop-password = Webshop password
field-company-name = Company name
field-vat-id = VAT ID
field-business-id = Business ID
field-controller-name = Controller
field-contact-person = Contact person
field-username = Username
field-display-name = Name
field-password = Password
field-role = Role
field-order-number = Order number
field-carrier = Carrier
field-delivery-name = Recipient
field-product = Product
field-quantity = Quantity
field-unit-price = Unit price
field-vat-rate = VAT rate
field-order-lines = Order lines
field-rating = Rating
field-review-text = Review text

## Problems
problem-required = Required.
problem-too-long = At most { $max } characters.
problem-too-short = At least { $min } characters.
problem-control-characters = Contains control characters.
problem-not-an-email = Not a valid email address.
problem-not-a-phone-number = Not a valid phone number (e.g. 040 123 4567).
problem-not-a-postal-code = Not a valid postal code (five digits in Finland).
problem-not-a-country-code = Give the country as a two-letter code (e.g. FI, SE).
problem-not-a-business-id = A business ID has the form 1234567-8.
problem-wrong-check-digit = The check digit does not match.
problem-not-a-vat-id = Not in the VAT ID format of its country.
problem-unknown-vat-country = A VAT ID must start with an EU country code (e.g. FI).
problem-not-a-username = Only lower-case letters a–z, digits and . - _ (3–32 characters).
problem-unknown-role = Unknown role.
problem-out-of-range = Must be between { $min } and { $max }.
problem-not-an-amount = Give an amount in euros, e.g. 12.50.
problem-required-for-business-customer = Required when a VAT ID is given.
problem-already-in-use = Already in use.

## Service errors
error-forbidden = Your role does not allow this.
error-session-revoked = Your account is no longer active. Log in again.
error-invalid = Check the details: { $details }
error-not-found = Not found.
error-conflict = Someone else saved this first. Load the latest version and make your change again.
error-last-admin = The last active administrator cannot be deactivated or given another role.
error-already-initialised = The register already has users. Log in.
error-not-initialised = The register has no users yet.
error-database = Database error: { $reason }
error-unexpected = Unexpected error: { $reason }

## Orders and reviews of a customer
no-orders = No orders.
no-reviews = No reviews.
order-status-received = received
order-status-paid = paid
order-status-shipped = shipped
order-status-delivered = delivered
order-status-cancelled = cancelled
review-visible = visible
review-hidden = hidden

## Orders screen
orders-title = Orders
order-search-placeholder = Search by order number
all-statuses = All statuses
order-placed = Placed
order-status = Status
order-total = Total
back-to-orders = ‹ Back to orders

## Reviews screen
reviews-title = Product reviews
reviews-all = All reviews
reviews-visible = Visible
reviews-hidden = Hidden
hide-review = Hide
show-review = Show

## Staff screen
staff-title = Staff
staff-active = active
staff-inactive = deactivated
staff-locked-until = locked until { $until }
never = never
last-login = Last login: { $at }
reset-password = Reset password
new-password = New password
unlock-account = Unlock
deactivate = Deactivate
reactivate = Reactivate
new-staff = New staff account
create-staff = Create account
staff-created = Account created.
role-changed = Role changed.
staff-reactivated = Account reactivated.
staff-deactivated = Account deactivated.
staff-unlocked = Account unlocked.
password-reset-done = Password reset.

## Settings screen
settings-title = Controller details
settings-intro = These details are printed on every register extract.

## Audit log screen
audit-title = Audit log
verify-chain = Verify the chain
verifying = Verifying…
filter-actor = Username
filter-action = Action starts with (e.g. customer.)
filter-customer = Customer number
no-events = No events.
event-time = Time
event-actor = Staff
event-action = Action
event-target = Target
event-details = Details
chain-intact = The audit chain is intact: { $count } events checked.
chain-broken = The audit chain is broken at event { $seq }: { $reason }
chain-contents-changed = the event's contents were changed.
chain-link-broken = the event does not follow the one before it.
chain-missing = events before it are missing.
chain-truncated = events were removed from the end of the chain.

## Audit actions
action-staff-create-first-admin = First administrator created
action-staff-create = Staff account created
action-staff-login = Login
action-staff-login-failed = Failed login
action-staff-login-refused-locked = Login refused: account locked
action-staff-login-refused-deactivated = Login refused: account deactivated
action-staff-locked = Account locked
action-staff-password-change = Own password changed
action-staff-password-reset = Password reset by an administrator
action-staff-role-change = Role changed
action-staff-deactivate = Account deactivated
action-staff-reactivate = Account reactivated
action-staff-unlock = Account unlocked
action-customer-read = Customer's data read
action-customer-create = Customer created
action-customer-update = Customer's data changed
action-customer-orders-read = Customer's orders read
action-customer-reviews-read = Customer's reviews read
action-order-create = Order created
action-order-read = Order read
action-review-create = Review recorded
action-review-hide = Review hidden
action-review-show = Review shown
action-settings-update = Controller details changed
action-demo-data-generate = Demo data added

## Access requests: fields and problems
field-requester-name = Requester's name
field-received-on = Received
field-signed = Signed by the customer
field-identity-verified = Identity verified
field-identity-method = How the identity was verified
field-matched-customer = Customer
field-rejection-reason = Reason for rejection
field-extension-reason = Reason for extension
field-letter = Scanned letter
problem-not-a-date = Give a date such as 25.11.2026.
problem-in-the-future = The date cannot be in the future.
problem-already-extended = The deadline has already been extended once.
error-wrong-state = This is not possible in the current state.
action-access-request-log = Access request logged
action-access-request-checklist = Access request checklist updated
action-access-request-match = Access request matched to a customer
action-access-request-verify = Access request verified
action-access-request-reject = Access request rejected
action-access-request-extend = Access request deadline extended
action-access-request-attach-letter = Scanned letter attached
action-access-request-read-letter = Scanned letter opened

## Register extract
extract-title = Register extract
extract-intro = In answer to your access request. Below is all the data our customer register holds about you, and how it is processed (EU General Data Protection Regulation, Article 15; Finnish Data Protection Act 1050/2018).
extract-reference = Reference
extract-date = Date
extract-controller = Controller
extract-page = Page { $page }/{ $pages }
extract-basic = Basic data
extract-orders = Orders
extract-no-orders = You have no orders.
extract-reviews = Product reviews
extract-no-reviews = You have written no product reviews.
extract-marketing = Newsletter and marketing
extract-newsletter-yes = You subscribe to the newsletter.
extract-newsletter-no = You do not subscribe to the newsletter.
extract-password-hash = stored only as a hash; the password cannot be read
extract-line-product = Product
extract-line-quantity = Qty
extract-line-unit-price = Unit price
extract-line-vat = VAT
extract-line-amount = Amount
extract-order-total = Order total
extract-delivered-to = Delivery address
extract-visible = shown in the webshop
extract-hidden = hidden from the webshop
extract-signature = Signature and name in block letters
art15-purposes-heading = Purposes of the processing
art15-purposes = The data is used to deliver orders and to contact you, to manage the customer relationship, to develop the service, for reporting and marketing, and for prize draws. You may refuse marketing messages.
art15-categories-heading = Categories of personal data
art15-categories = Basic data (name, email address, phone number, address, newsletter subscription, webshop username and password as a hash, VAT ID for business customers), order data and order history, and product reviews.
art15-recipients-heading = Recipients
art15-recipients = Data is disclosed to outsiders only as far as delivering an order requires. The delivery data of your orders was given to these carriers: { $carriers }.
art15-no-recipients = Data is disclosed to outsiders only as far as delivering an order requires. Your data has not been disclosed to anyone.
art15-retention-heading = Retention
art15-retention = The data is kept while the customer relationship lasts and is then erased. The Accounting Act requires order vouchers to be kept for six years after the end of the financial year of the order; they are kept without your personal data.
art15-source-heading = Sources
art15-source = The data was given by you when you registered in the webshop, and recorded while you used the service.
art15-rights-heading = Your rights
art15-rights = You have the right to have inaccurate data rectified, to have your data erased, to restrict its processing, and to object to its processing, including direct marketing. Send such requests to { $email }.
art15-complaint-heading = Right to lodge a complaint
art15-complaint = You have the right to lodge a complaint with the supervisory authority if you consider that the processing of your personal data infringes data protection law: Office of the Data Protection Ombudsman (Tietosuojavaltuutetun toimisto), P.O. Box 800, 00531 Helsinki, Finland, tietosuoja@om.fi, www.tietosuoja.fi.
error-ambiguous = More than one customer matches; use the customer number.
action-extract-generate = Register extract gathered
action-extract-save = Register extract saved
action-access-request-answer = Access request answered

## Access requests screen
nav-requests = Access requests
requests-title = Access requests
requests-open-only = Open only
requests-new = Log an access request that arrived
requests-log = Log
requests-customer-number = Customer number
requests-reference = Reference
requests-due = Due
no-requests = No access requests.
requests-overdue = Overdue
requests-due-soon = Due soon
requests-back = ‹ Back to the requests
requests-summary = Received { $received } · due { $due } · { $status } · logged by { $by }
requests-answered-with = Answered with the register extract (SHA-256 { $sha }) made by { $by }.
requests-done = Done: { $what }
requests-checklist = Checklist
requests-match = Match to the customer
requests-save-checklist = Save the checklist
requests-attach-letter = Attach the scanned letter…
requests-no-letter = No letter attached.
requests-verify = Mark as verified
requests-extract-language = Language of the extract
requests-save-extract = Save the register extract…
requests-reason = Reason (for a rejection or an extension)
requests-reject = Reject
requests-extend = Extend the deadline by two months
requests-checklist-saved = checklist saved
requests-matched = matched to the customer
requests-verified = request verified
requests-rejected = request rejected
requests-extended = deadline extended
requests-letter-attached = letter attached
request-status-received = received
request-status-verified = verified
request-status-answered = answered
request-status-rejected = rejected
error-file = The file could not be saved: { $reason }
extract-marketing-refused = You have refused direct marketing; we send you no marketing messages.
extract-marketing-allowed = You have not refused direct marketing. You may refuse it at any time.
action-consent-change = Consent changed
action-marketing-export = Newsletter recipients exported
action-customer-erase = Customer erased
action-order-purge = Expired vouchers purged

## Privacy tab
tab-privacy = Privacy
consent-title = Newsletter and direct marketing
consent-source = The customer told us
consent-source-webshop = in the webshop
consent-source-phone = by phone
consent-source-email = by email
consent-source-letter = by letter
consent-source-staff = on the customer form
consent-source-import = in an import
consent-newsletter-on = Subscribes to the newsletter.
consent-newsletter-off = Does not subscribe to the newsletter.
consent-subscribe = Subscribe
consent-unsubscribe = Unsubscribe
consent-refused = Has refused direct marketing.
consent-not-refused = Has not refused direct marketing.
consent-refuse-marketing = Record the refusal of marketing
consent-allow-marketing = Lift the refusal of marketing
consent-saved = Consent saved.
consent-history = Consent history
consent-no-history = No changes recorded.
consent-event-subscribed = subscribed to the newsletter
consent-event-unsubscribed = unsubscribed from the newsletter
consent-event-refused = refused direct marketing
consent-event-allowed = allowed direct marketing
erase-title = Ending the customer relationship
erase-explanation = The customer's personal data, reviews and consents are erased. Orders that the Accounting Act requires are kept without personal data for six years after the end of the financial year. The audit log keeps that an erasure happened, not the erased data.
erase-reason = Reason
erase-reason-customer-request = the customer's request
erase-reason-retention-ended = retention period ended
erase-reason-other = other reason
erase-start = End the customer relationship…
erase-confirm-question = Erase the customer's data permanently? This cannot be undone.
erase-confirm = Erase permanently
customer-erased = Customer erased; their orders are kept without personal data.

## Marketing and retention screens
nav-marketing = Marketing
marketing-title = Newsletter recipients
marketing-explanation = The file holds only customers who subscribe to the newsletter and have not refused direct marketing, and of them only the name and email address. The export is recorded in the audit log.
marketing-export = Export the recipients to a CSV file…
marketing-exported = Recipients saved: { $path }
nav-retention = Retention
retention-title = Retention review
retention-explanation = Customers who have neither ordered nor logged in to the webshop within the given time. Ending a relationship erases the personal data; orders are kept without it for bookkeeping.
retention-months = Idle for at least (months)
retention-none = No customers whose relationship has ended.
retention-erase = End the relationship of the { $count } customers listed…
retention-confirm-question = Erase the data of { $count } customers permanently? This cannot be undone.
retention-erased = { $count } customers erased.
disclosures-title = Disclosures
disclosures-none = No data has been disclosed to outsiders.
disclosures-list = Delivery data disclosed to carriers: { $carriers }
action-customer-disclosures-read = Customer's disclosures read
retention-vouchers = Anonymised orders are deleted once the bookkeeping period (6 years after the end of the financial year) has passed.
retention-purge = Purge expired vouchers
retention-purged = { $count } expired orders purged.
field-marketing-refused = Refuses direct marketing
action-import-shopify-customers = Customers imported from the webshop
action-import-dry-run = Import dry run
problem-unknown-customer = No customer in the register matches.
action-import-shopify-orders = Orders imported from the webshop
nav-import = Import
import-title = Import from the webshop
import-explanation = Import Shopify's customers export, then its orders export (CSV). Customers are matched on the webshop's customer number and email, so importing the same or a newer file updates instead of duplicating.
import-dry-run = Dry run: show the changes without saving
import-customers = Import customers…
import-orders = Import orders…
import-progress = { $done } / { $total } processed
import-summary = Imported: { $added } new, { $updated } updated, { $unchanged } unchanged, { $rejected } rejected.
import-summary-dry-run = Dry run, nothing saved: { $added } new, { $updated } would be updated, { $unchanged } unchanged, { $rejected } rejected.
import-rejected = Rejected rows and values
import-rejected-row = Row { $row }: { $field } – { $reason }
import-save-report = Save the report…
import-more = …and { $count } more; the saved report has them all.
import-changes = Changes
import-changes-dry-run = Changes the import would make
import-change-row = Row { $row }: { $change }
import-change-new-customer = new customer
import-change-customer = customer { $customer } – { $fields }
import-change-new-order = new order { $order }
import-change-order-status = status of order { $order }
import-csv-row = Row
import-csv-outcome = Outcome
import-csv-details = Details
import-csv-rejected = Rejected
import-csv-changed = Changed
import-csv-would-change = Would change
import-report-saved = Report saved: { $path }
field-webshop-customer-id = Webshop customer number
field-placed-at = Order date
problem-duplicate-in-file = The same value is already on row { $row } of the file.
problem-erased = The customer was erased from the register; an import does not bring them back. Delete the customer in the webshop too.
problem-withdrawn-outside-webshop = The customer cancelled it through customer service; the cancellation stands.
error-file-not-csv = The file could not be read as CSV: { $detail }
error-file-missing-column = The file lacks the column "{ $column }". Is it the right export from the webshop?
error-file-mixed-encoding = The file mixes two character encodings (UTF-8 and Windows-1252). Save it again in one.
