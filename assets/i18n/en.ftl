app-title = Customer register – Ompelijan paratiisi

## Database
connecting = Opening the register…
database-failed = The register could not be opened: { $reason }
retry = Try again

## First run
first-admin-title = First administrator
first-admin-intro = The register has no users yet. Create the administrator who can add the other staff, and give the shop's contact details that go on the documents customers receive.
first-admin-shop = The shop
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
login-one-time = The password is a one-time password from an admin: its owner chooses their own when logging in to the app.
login-one-time-choose = Your password is a one-time password from an admin. Choose your own, which nobody else knows; you log in with it from now on.
login-with-new-password = Save the password and log in

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
no-customers-to-check = No customers to check.
show-all-customers = All customers
show-to-check = To check ({ $count })
to-check-mark = to check
customers-to-check-help = An import stored details of these customers as written, although they do not validate. Open the customer, correct the details and save.
customer-to-check = To check: the import stored these details as written. Correct them and save.
customer-to-check-from-order = To check: an import created this customer from an order's billing details. Check the details and save.
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
newsletter-subscribed = Subscribes to the newsletter
tab-details = Details
tab-orders = Orders
tab-reviews = Reviews

## Fields
field-controller-name = Controller
field-contact-person = Contact person
field-notice-address = Privacy notice on the web
organisation-all-required = Every detail is required: each goes on every letter, register extract and privacy notice a customer receives, and none can be made until they are filled in.
field-username = Username
field-display-name = Name
field-password = Password
field-new-password = Your new password
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
problem-control-characters = Contains invisible or control characters; type the text again.
problem-not-an-email = Not a valid email address.
problem-not-a-phone-number = Not a valid phone number (e.g. 040 123 4567).
problem-not-a-web-address = Not a web address (e.g. https://ompelijanparatiisi.fi/privacy).
problem-framework-only-for-us = The EU–US Data Privacy Framework covers transfers to the United States only.
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
problem-total-too-large = The lines add up to more than an order can total: check the quantities and prices.
problem-required-for-business-customer = Required when a VAT ID is given.
problem-already-in-use = Already in use.
problem-same-as-one-time = Choose a password other than the one-time password the admin gave.

## Service errors
error-forbidden = Your role does not allow this.
error-session-revoked = Your account is no longer active. Log in again.
error-invalid = Check the details: { $details }
error-not-found = Not found.
error-conflict = Someone else saved this first. Load the latest version and make your change again.
error-own-role = You cannot change your own role: another administrator changes it.
error-last-admin = The last active administrator cannot be deactivated or given another role.
error-already-initialised = The register already has users. Log in.
error-not-initialised = The register has no users yet.
error-database = Database error: { $reason }
error-unexpected = Unexpected error: { $reason }

## Orders and reviews of a customer
no-orders = No orders.
no-reviews = No reviews.
review-visible = visible
review-hidden = hidden

## Orders screen
orders-title = Orders
order-search-placeholder = Search by order number
all-statuses = All statuses
order-placed = Placed
order-amount-overflow = too large to show
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
reset-password = Give a new password
staff-reset-question = Give { $name } a new one-time password? Their current password stops working at once.
staff-reset-confirm = Give a new one-time password
staff-one-time-hint = The app gives a new account a one-time password for you to pass on. Its owner chooses their own password at the first login, which nobody else knows.
staff-one-time-issued = The one-time password of { $name }:
staff-one-time-pass-on = Tell it to them (not by email). They choose their own password at the first login. This password is not shown again.
unlock-account = Unlock
deactivate = Deactivate
reactivate = Reactivate
new-staff = New staff account
create-staff = Create account
staff-reactivated = Account reactivated.
staff-deactivated = Account deactivated.
staff-unlocked = Account unlocked.

## Settings screen
settings-title = Settings
settings-intro = The controller's details and the processing description that the privacy notice, register extracts and letters are written from.

## Audit log screen
audit-title = Audit log
verify-chain = Verify the chain
verifying = Verifying…
filter-actor = Username
filter-customer = Customer number
no-events = No events.
event-time = Time
event-actor = Staff
event-action = Action
event-target = Target
event-details = Details
chain-intact = The audit chain is intact: { $count } events checked.
chain-purged = The events up to { $seq } were deleted at the end of their retention period; the chain was checked from there.
chain-broken = The audit chain is broken at event { $seq }: { $reason }
chain-contents-changed = the event's contents were changed.
chain-link-broken = the event does not follow the one before it.
chain-missing = events before it are missing.
chain-truncated = events were removed from the end of the chain.
chain-purge-not-recorded = events were removed from the start of the chain without the purge that records the end of their retention period.

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
action-customer-list = Customer list shown
action-order-list = Order list shown
action-review-list = Review list shown
action-access-request-list = Access request list shown
action-register-scrub-pending = Cleaning erased data from the files is pending
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
field-identity-verified = How it was checked
field-identity-method = Note on the check
field-matched-customer = Customer
field-rejection-reason = Reason for rejection
field-extension-reason = Reason for extension
field-identification-needed = What is needed to confirm the identity
field-consultation-purpose = Why you open the customer
purpose-choice-customer_service = Customer service
purpose-choice-order_handling = Handling an order
purpose-choice-correction = Correcting the data
purpose-choice-other = Other (say briefly)
purpose-choose = Choose the purpose
purpose-words-placeholder = e.g. looking into a complaint
purpose-why-asked = The purpose is recorded with every opening and shown in the customer's register extract; the choice stays until you log out.
purpose-required = First choose why you open the customer.
purpose-words-required = Say in a few words why you open the customer.
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
action-access-request-delivery = How to answer recorded
action-access-request-ask-identification = Requester asked for what confirms their identity
action-access-request-attach-letter = Scanned letter attached
action-access-request-read-letter = Scanned letter opened

## Register extract
error-ambiguous = More than one customer matches; use the customer number.
action-extract-generate = Register extract gathered
action-extract-save = Register extract saved
action-access-request-answer = Access request answered

## Access requests screen
nav-requests = Access requests
requests-title = Access requests
requests-open-only = Open only
requests-new = Log a new request
requests-new-intro = A request may come in any way, and no signature is needed. Log it on the day it arrived, as the requester made it; find the customer in the register to compare the details.
requests-log = Log the request
requests-said = In the request
requests-in-register = In the register
requests-channel = Came by
requests-channel-choose = Choose how the request came
requests-address = Address
requests-search = Search by name, email, phone number, customer or order number
requests-search-hint = An order number, an email address or a webshop customer number also finds the kept vouchers of erased customers. If the requester is not found, log the request without a customer: the answer is that no data is held.
requests-no-match = No matches.
requests-choose-other = Choose another customer
requests-customer-number = Customer number { $id }
customer-number = Customer number
requests-reference = Reference
requests-requester = Requester
requests-received = Received
requests-due = Due
requests-days-left = Time left
requests-days = { $days } d
requests-days-late = { $days } d late
requests-waiting = Waiting for
requests-waiting-check = the identity check
requests-waiting-requester = the requester's reply
requests-waiting-answer = the answer to the customer
requests-waiting-nobody = –
no-requests = No access requests.
requests-overdue = Overdue
requests-due-soon = Due soon
requests-back = ‹ Back to requests
requests-summary = { $channel } · received { $received } · due { $due } · { $status } · logged by { $by }
requests-done = Done: { $what }
requests-comparison = The request beside the register
requests-not-matched = The request is not matched to a customer.
requests-change-match = Change the customer…
requests-not-in-register = The requester is not in the register
requests-identity = Identity check
requests-not-checked = Not checked yet
requests-save-check = Save the check
requests-waiting-for-requester = Waiting for the requester's reply
requests-delivery = The answer goes
requests-delivery-electronic = electronically (PDF and JSON attached)
requests-delivery-post = on paper
requests-delivery-as-it-came = the way the request came
requests-delivery-asked = as the requester asked
requests-delivery-saved = how to answer saved
requests-company-address = The customer's address in the register is a company's ({ $company }): the letter is marked personal, but someone else may open it. Consider answering electronically, or ask the customer for another address.
requests-ask-identification = Ask for more information by letter
requests-identification-example = e.g. Reply to this message from the email address you gave in the webshop.
requests-letter-language = Letter in: { $lang } (changed under the answer)
requests-clock-stopped = More information asked for on { $since }: the deadline stands still until the reply is marked received (clear "Waiting for the requester's reply") or the identity verified.
requests-identification-sent = request for more information ready to send; the letter is among the request's documents and the deadline stands still
requests-verify = Mark as verified
requests-attach-letter = Attach the letter or email…
requests-open-letter = Open
requests-no-letter = No letter or email attached.
requests-answer = Answer
requests-extract-language = Language of the documents
requests-save-extract = Save the register extract and covering letter…
requests-nothing-held = Answer that no data is held
requests-nothing-held-hint = When the requester is not found in the register.
requests-nothing-held-title = Answer that no data is held
requests-nothing-held-searched = The register was searched with the request's name, and with its email address and phone number where given. The letter tells the requester which details were searched with.
requests-nothing-held-none-found = The search found nobody.
requests-nothing-held-found = The search found these customers. If one of them is the requester, match the request to them: an answer that no data is held would then not be true.
requests-this-is-the-requester = This is the requester
requests-nothing-held-send = Send the answer that no data is held
requests-nothing-held-none-is = None of them is the requester: send the answer
requests-reason = Reason (refusal or extension of the time to answer)
requests-reject = Refuse the request
requests-extend = Extend the time to answer by two months
requests-extend-too-late = The time to answer can only be extended within one month of receiving the request.
requests-documents = Documents sent
requests-no-documents = No documents yet.
requests-save-document = Save…
requests-matched = customer changed
requests-check-saved = check saved
requests-waiting-saved = waiting saved
requests-verified = identity verified
requests-letter-attached = letter attached
requests-nothing-held-sent = answered that no data is held; the letter is among the request's documents
requests-extended = time to answer extended; the notice is among the request's documents
requests-rejected = request refused; the letter is among the request's documents
request-status-received = received
request-status-verified = verified
request-status-answered = answered
request-status-nothing-held = no data held
request-status-rejected = refused
identity-check-signed-letter = Signed letter, name and address match the register
identity-check-registered-email = Request or reply from the email address in the register
identity-check-webshop-account = Sent while logged in to the customer's own webshop account
identity-check-registered-phone = Called back on the number in the register
identity-check-id-document = Identity document shown
identity-check-other = Another check (described in the note)
document-kind-extract = Register extract
document-kind-extract-json = Register extract (JSON)
document-kind-covering-letter = Covering letter
document-kind-nothing-held-letter = Answer: no data held
document-kind-extension-letter = Notice of extension
document-kind-refusal-letter = Letter of refusal
document-kind-identification-letter = Request for what confirms the identity
error-file = The file could not be saved: { $reason }
error-file-in-use = { $path } could not be replaced: another program has it open, such as a PDF reader or Excel. Close it there and save again. If it is not open, the folder may not be written to: choose another folder.
error-document-not-ready = No document can be sent to a customer yet. The settings lack: { $missing }.
gap-recipient-name = the name of the recipient ({ $kind })
gap-processing = { $count ->
    [one] one problem
   *[other] { $count } problems
} in the processing description
gap-notice-not-published = a published privacy notice
error-file-exists = { $path } exists already. Choose another name, or move that file away first: it is not replaced.
action-consent-change = Consent changed
action-marketing-export = Newsletter recipients exported
action-customer-erase = Customer erased
action-order-purge = Expired vouchers purged

## Privacy tab
tab-privacy = Privacy
consent-title = Newsletter and direct marketing
consent-source = The customer told us
consent-source-choose = Choose how the customer told us
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
erase-explanation = The customer's name, contact details, webshop account, reviews and consents are erased. The vouchers the Accounting Act requires (order number, dates, shipping method and country, products and amounts) are kept for six years from the end of the year in which the financial year ended, without name or address; through the order number they are still pseudonymised personal data. The audit log keeps that an erasure happened, not the erased data.
erase-reason-choose = Choose the reason
erase-reason = Reason
erase-reason-customer-request = the customer's request
erase-reason-retention-ended = retention period ended
erase-reason-other = other reason
erase-start = End the customer relationship…
erase-confirm-question = Erase the customer's data permanently? This cannot be undone.
erase-confirm = Erase permanently
customer-erased = Customer erased; the order vouchers are kept for bookkeeping without name or address.

## Marketing and retention screens
nav-marketing = Marketing
marketing-title = Newsletter recipients
marketing-explanation = The file holds only customers who subscribe to the newsletter and have not refused direct marketing, and of them only the name and email address. The export is recorded in the audit log.
marketing-export = Export the recipients to a CSV file…
marketing-exported = Recipients saved: { $path }
nav-retention = Retention
retention-title = Retention review
retention-explanation = Customers who have not ordered within the given time, whose details and consents have not changed in it, and who do not subscribe to the newsletter. Ending a relationship erases the personal data; the order vouchers are kept for bookkeeping without name or address.
retention-months = Idle for at least (months)
retention-none = No customers whose relationship has ended.
retention-erase = End the relationship of the { $count } customers listed…
retention-confirm-question = Erase the data of { $count } customers permanently? This cannot be undone.
retention-erased = { $count } customers erased.
retention-no-longer-idle = { $count ->
    [one] 1 listed customer was kept: they have been active since the list was loaded.
   *[other] { $count } listed customers were kept: they have been active since the list was loaded.
}
disclosures-title = Disclosures
disclosures-none = No data has been disclosed to outsiders.
disclosures-list = Delivery data disclosed to carriers: { $carriers }
action-customer-disclosures-read = Customer's disclosures read
retention-vouchers = Vouchers are deleted once the Accounting Act's period (six years from the end of the year in which the financial year ended) has passed. The last day of the financial year is in the settings.
retention-purge = Purge expired vouchers
retention-purged = { $count } expired orders purged.
field-marketing-refused = Refuses direct marketing
action-import-shopify-customers = Customers imported from the webshop
action-import-dry-run = Import dry run
action-import-started = Import started
action-import-undone = Import undone
problem-unknown-customer = No customer in the register matches.
problem-not-ruled-out = The register finds customers with the request's details. Look at them and match the request to the right one, or mark that none of them is the requester.
problem-vouchers-kept = The request's details find an erased customer's order vouchers, which the register keeps for the Accounting Act. Match the request to them and answer with their extract: an answer that nothing is held would not be true.
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
import-to-check = Stored as written, to check (the Customers screen's "To check" filter finds them)
import-older-file = The file is older than the newest one already imported (modified { $newest }): it may hold outdated data. Check that you took the webshop's latest export.
import-save-report = Save the report…
import-more = …and { $count } more; the saved report has them all.
import-changes = Changes
import-changes-dry-run = Changes the import would make
import-change-row = Row { $row }: { $change }
import-change-new-customer = new customer
import-change-customer = customer { $customer } – { $fields }
import-change-kept = customer { $customer } – kept as in the register, blank or not valid in the file: { $fields }
import-change-new-order = new order { $order }
import-change-customer-from-order = new customer from the billing details of order { $order }, to check
import-change-order-status = status of order { $order }
import-change-order-status-kept = status of order { $order } kept as in the register: the order is further along there than in the file
import-csv-row = Row
import-csv-outcome = Outcome
import-csv-details = Details
import-csv-rejected = Rejected
import-csv-to-check = To check
import-csv-changed = Changed
import-csv-would-change = Would change
import-report-saved = Report saved: { $path }
field-placed-at = Order date
problem-duplicate-in-file = The same value is already on row { $row } of the file.
problem-erased = The customer was erased from the register; an import does not bring them back. Delete the customer in the webshop too.
problem-withdrawn-outside-webshop = The customer cancelled it through customer service; the cancellation stands.
problem-unidentifiable = Missing or not valid, and the row has no customer number either: the customer cannot be told apart from others.
problem-no-country-code = The customer lives abroad: give the number with its country code (e.g. +46 70 123 45 67).
error-file-not-csv = The file could not be read as CSV: { $detail }
error-file-missing-column = The file lacks the column "{ $column }". Is it the right export from the webshop?
error-file-mixed-encoding = The file mixes two character encodings (UTF-8 and Windows-1252). Save it again in one.
error-file-unreadable = The file could not be read: { $reason }

## Settings: the processing description, and the privacy notice

settings-tab-controller = Controller
settings-tab-processing = Processing description
processing-intro = The privacy notice, and what register extracts say about the processing of personal data, are written from this description. The texts are written in three languages, as a customer receives their documents in Finnish, Swedish or English.
processing-defaults = These are a new register's defaults. Check them and save them before you publish the privacy notice.
processing-purposes = Purposes and legal bases
processing-interest = The legitimate interest, written out
processing-recipients = Recipients and processors
processing-recipients-help = A processor processes the data on your behalf under an agreement (such as the webshop platform). A recipient uses the data it receives for its own purposes (such as a carrier).
processing-recipient-name = Name
processing-category = Category
processing-role = Role
processing-add-recipient = Add a recipient
processing-remove = Remove
processing-transfer-country = Country outside the EU and EEA
processing-add-transfer = Add a transfer outside the EU and EEA
processing-shipping = Shipping methods
processing-shipping-help = The webshop's shipping method as it appears on an order, and the carrier the order is handed to. A register extract names to the customer the carriers their orders were handed to.
processing-shipping-method = Shipping method
processing-handover = Handed to
handover-pickup = Pickup – nothing disclosed
processing-add-shipping = Add a shipping method
processing-unknown-methods = Orders have shipping methods that are not in the list. A register extract names them as they are, as carriers:
processing-add-this = Add to the list
processing-retention = Retention
processing-idle-months = The customer relationship ends with no orders or logins for (months)
processing-year-end = Last day of the financial year (d.m.)
processing-years-requests = Data protection requests and letters kept for (years)
processing-years-log = Audit trail and consultation log kept for (years)
processing-years-erased-keys = Erased customers' identifiers kept for (years)
processing-years-reason = Three years by default: claims for payment and damages usually lapse in three years (Finnish Limitation Act 728/2003, section 4), and for as long the shop must be able to show that it handled the requests and the data lawfully (GDPR Art. 5(2)). An erased customer's identifiers keep them from being brought back from the webshop's data; keep them until the person is gone from the webshop and its exports too. The register deletes what has expired by itself at login.
processing-automated = Automated decision-making
processing-no-automated = No decisions based solely on automated processing, and no profiling
processing-cookies = Cookies and analytics
text-in-fi = In Finnish
text-in-sv = In Swedish
text-in-en = In English
recipient-role-processor = Processor
recipient-role-controller = Recipient (a controller itself)
safeguard-short-adequacy-decision = Commission adequacy decision
safeguard-short-data-privacy-framework = EU–US Data Privacy Framework (certified recipient)
safeguard-short-standard-clauses = Standard data protection clauses
safeguard-short-binding-corporate-rules = Binding corporate rules
error-invalid-processing = Check the marked places ({ $count }).
problem-not-a-third-country = The country is in the EU or the EEA; no transfer safeguard is needed there.
changes-never = The privacy notice has not been published yet.
changes-none = The settings match the published privacy notice (version { $version }).
changes-title = Changes since the published privacy notice (version { $version }, { $date }):
change-controller = Controller's details: { $field }
change-basis = { $purpose }: legal basis { $before } → { $after }
change-purpose-added = New purpose of processing: { $purpose }
change-interest = { $purpose }: legitimate interest rewritten
change-recipient-added = New recipient: { $name }
change-recipient-removed = Removed recipient: { $name }
change-recipient-changed = Changed recipient: { $name }
change-shipping-added = New shipping method: { $method }
change-shipping-removed = Removed shipping method: { $method }
change-shipping-changed = Shipping method handed to another carrier: { $method }
change-idle-months = End of the customer relationship: { $before } → { $after } months
change-year-end = Last day of the financial year: { $before } → { $after }
change-years-requests = Data protection requests kept: { $before } → { $after } years
change-years-log = Audit trail and consultation log kept: { $before } → { $after } years
change-years-erased-keys = Erased customers' identifiers kept: { $before } → { $after } years
change-automated = The text on automated decision-making changed
change-cookies = The text on cookies changed
nav-notice = Privacy notice
notice-screen-title = Privacy notice
notice-screen-intro = The register writes the privacy notice from the processing description in the settings, in Finnish, Swedish and English. A published version stays as it was; when the settings change, publish a new version and replace the one in the webshop.
notice-publish = Publish version { $version }
notice-published = Privacy notice published.
notice-not-saved = Save the processing description in the settings before the first publication: a new register's defaults must be checked.
notice-nothing-to-publish = Nothing in the settings differs from the published version.
notice-language = Language
notice-save-pdf = Save PDF…
notice-save-markdown = Save Markdown…
notice-save-html = Save HTML…
notice-saved-to = Saved: { $path }
notice-versions = Published versions
notice-version-row = Version { $version } · { $date } · { $by }
notice-preview = Preview: the notice as a customer reads it.
action-settings-processing = Processing description saved
action-notice-publish = Privacy notice published
problem-not-a-day-and-month = Give a day and month such as 31.12.
problem-unfit-check = This check does not fit the way the request came in.
problem-past-deadline = The deadline has passed: the time to answer can only be extended within one month of receiving the request.
action-access-request-nothing-held = Access request answered: no data held
action-access-request-waiting = Access request's waiting changed
action-access-request-read-document = A document sent opened
action-access-request-purge = Expired access requests deleted
action-erased-keys-purge = Erased customers' identifier digests deleted at the end of their retention period
action-audit-purge = Expired audit log events deleted
retention-requests = Data protection requests, with their letters and answers, are deleted once the retention period of the settings has passed since they were closed: the register deletes them itself at the next login, or you can delete them now.
retention-purge-requests = Delete expired requests
retention-requests-purged = { $count } expired data protection requests deleted.
close = Close
housekeeping-requests = { $count ->
    [one] The register deleted 1 data protection request with its letters and answers: the retention period of the settings had passed since it was closed.
   *[other] The register deleted { $count } data protection requests with their letters and answers: the retention period of the settings had passed since they were closed.
}
housekeeping-vouchers = { $count ->
    [one] The register deleted 1 order of an erased customer: the Accounting Act's period had ended.
   *[other] The register deleted { $count } orders of erased customers: the Accounting Act's period had ended.
}
housekeeping-log = { $count ->
    [one] The register deleted 1 audit trail entry whose retention period had ended; the trail can still be verified from where the deletion ended.
   *[other] The register deleted { $count } audit trail entries whose retention period had ended; the trail can still be verified from where the deletion ended.
}
housekeeping-erased-keys = { $count ->
    [one] The register deleted 1 erased customer's identifier whose retention period had ended.
   *[other] The register deleted { $count } erased customers' identifiers whose retention period had ended.
}
housekeeping-failed = Deleting data whose retention period has ended failed: { $reason } It is tried again at the next login.
error-ledger = The erasure ledger could not be used: { $reason }
error-newer-schema = The backup holds a register of a newer version of the app (schema { $schema }). Update the app before restoring it.
error-register-in-use = { $path } already holds a register. Restore into a new file, or replace it (close the app on every workstation first).
error-backup-chain-broken = The backup's audit trail does not hold together: event { $seq } was changed or is missing. Nothing was restored.
error-backup-on-postgres = On PostgreSQL the server's own tools take the backups (pg_dump); see the README.
error-not-a-backup = The file is not a backup of the register.
error-backup-newer-format = The backup was made by a newer version of the app. Update the app before restoring it.
error-wrong-passphrase = The passphrase does not open this backup.
error-weak-passphrase = The passphrase is too short: use at least { $min } characters.
error-backup-io = The backup file could not be used: { $reason }
error-backup-cut-short = The backup is cut short: the file ends too early. Nothing was restored.
error-backup-header-changed = The backup's header was changed. Nothing was restored.
error-backup-contents-changed = The backup's contents were changed or are damaged. Nothing was restored.
action-backup-take = Backup taken
action-backup-restore = Backup restored
action-backup-settings = Backup settings changed
action-backup-erasure-replayed = Customer erased again from the erasure ledger after a restore
action-backup-ledger-unwritten = The erasure ledger could not be written
error-no-backup-folder = No backup folder is set: choose one in the backup settings.
field-backup-folder = Backup folder
field-keep-daily = Daily backups kept
field-keep-monthly = Monthly backups kept
field-warn-after-days = Warn when the backup is older than (days)
field-passphrase = Backup passphrase
problem-not-a-folder = There is no such folder on this computer. Give the whole path of an existing folder.
nav-backups = Backups
backups-title = Backups
backups-none-yet = No backup of the register has been taken yet. Choose a folder and take the first one: a dead disk or a stolen computer would otherwise take the whole register and its audit trail with it.
backups-last = The last backup was taken { $at } ({ $days ->
    [0] today
    [one] 1 day ago
   *[other] { $days } days ago
}).
backups-taken = Backup saved: { $path }.
backups-removed = { $removed ->
    [one] 1 older backup beyond those kept was removed.
   *[other] { $removed } older backups beyond those kept were removed.
}
backups-choose-folder = Choose folder…
backups-folder-hint = Choose a folder on another disk or a network drive, not the register's own disk. The erasure ledger is written there too: with it, a restore erases again the customers erased after the backup.
backups-take-title = Take a backup now
backups-take-hint = The register takes a backup by itself once a day when the app is closed. Here you can take one now.
backups-passphrase-again = Passphrase again
backups-take = Take backup
backups-taking = Taking the backup…
notice-no-backup = The register has no backup. Take one on the Backups page.
notice-old-backup = The last backup is { $days } days old ({ $at }). Take a new one on the Backups page.
backups-folder-first = Choose a folder and set the passphrase first.
error-no-backup-key = No passphrase for backups is set: set one on the Backups page.
action-backup-key = Backup passphrase set
backups-key-title = Backup passphrase
backups-key-change-title = Change the backup passphrase
backups-key-hint = Backups are encrypted to a key that only this passphrase opens (at least 12 characters). It is not needed to take a backup, only to restore one. Keep it safe, away from the backups: without it a backup cannot be restored. After a change, earlier backups still open with the old passphrase.
backups-set-key = Set passphrase
backups-key-set = Passphrase set. From now on backups open with this passphrase.
closing-backup = Taking the day's backup before closing…
closing-backup-failed = The day's backup could not be taken: { $reason } Take one on the Backups page when you next open the app.
restore-title = Restore a backup
restore-hint = A backup is restored into a new register file; the register open now is not touched. The restore erases again the customers the erasure ledger says were erased after the backup. Open the restored register by starting the app on it (--database sqlite:///path).
restore-nothing-chosen = Not chosen
restore-choose-backup = Choose backup…
restore-choose-target = Choose new register file…
restore-your-password = Your password
restore-button = Restore
restore-restoring = Restoring…
restore-done = The backup of { $taken } was restored into { $path }: { $customers } customers, { $orders } orders, { $requests } data protection requests; the audit trail's chain of { $events } events checked.
restore-replayed = The erasure ledger had { $entries } entries after the backup; { $customers } customers were erased again.
restore-no-ledger = No erasure ledger was found beside the backup: customers erased after the backup may be in the restored register.
error-import-running = Another import is running (started by { $by } { $since }). Wait until it has finished, then start again.
error-import-undo-failed = { $failure } Undoing what the import had written failed too: { $reason } The import is undone when an import is next started or someone next logs in; until then the register holds what it wrote.
import-undone-failed = Everything the import (started by { $by } { $started }) had written was undone: { $removed } customers it added were removed, { $restored } it changed were put back as they were, and { $orders } orders were removed.
import-undone-interrupted = An interrupted import (started by { $by } { $started }) was undone first: { $removed } customers it added were removed, { $restored } it changed were put back as they were, and { $orders } orders were removed.
import-undone-kept = { $kept } customers it added and { $left } it changed were left as they are, because they have been changed since or have orders, reviews or requests.
order-to-check = To check: the order was imported with its delivery address as written although it does not validate. The order is a bookkeeping voucher: check that the parcel arrived, and correct the customer's address if need be.
customer-erased = Customer erased. { $orders } orders were kept as bookkeeping vouchers without name or address.
erasure-ledger-pending = The erasure could not be written to the erasure ledger in the backup folder ({ $reason }). Its entry waits in the register and is written at the next erasure, backup or login; until then a restore of an earlier backup would bring the customer back. Check that the backup folder can be reached.
login-ledger-pending = Not every erasure could be written to the erasure ledger in the backup folder ({ $reason }): the entries wait in the register. Check that the backup folder can be reached; until then a restore of an earlier backup would bring erased customers back.
error-register-open = The register { $path } is open in the app or a command on this computer. Close it everywhere before it is replaced.
error-file-duplicate-column = The file has two columns named “{ $column }”: there is no telling which holds the values. Save it again with one.
problem-not-a-customer-number = This is not a webshop customer number (digits only, at most 20). The row was not imported, so that no two customers are joined; correct the number in the file.
requests-kept-vouchers = Erased customer, customer number { $id } (erased { $erased }) · kept vouchers { $orders }
requests-kept-vouchers-hint = The customer's data was erased, but the order vouchers are kept for the Accounting Act. They are still the person's data: the request is answered with their register extract.
requests-matched-vouchers = The kept vouchers of erased customer { $id }
action-access-request-system = Search of another system recorded
action-vouchers-find = An erased customer's kept vouchers looked up
field-other-systems = Other systems
problem-system-holds-data = A system searched holds the requester's data: answer with it, not with a letter that nothing is held.
requests-systems = Other systems
requests-systems-intro = The right of access covers every system of the shop, not only this register. Search each for the requester and record what was found. Where data is found, enclose its export with the answer yourself and say in the note what it is. The answer is given once every system is recorded.
requests-system-email = Customer service email
requests-system-choose = What was found?
requests-system-attached = Searched, export enclosed with the answer
requests-system-nothing-found = Searched, nothing found
requests-system-not-searched = Not searched (give the reason)
requests-system-note = Note
requests-system-save = Save
requests-system-not-recorded = Not recorded
requests-system-saved = search recorded
requests-system-recorded-attached = Searched, export enclosed with the answer
requests-system-recorded-nothing-found = Searched, nothing found
requests-system-recorded-not-searched = Not searched

## Customer details, named as the register extract names them
field-first-name = First name
field-last-name = Last name
field-email = Email
field-phone = Phone
field-street-address = Street address
field-postal-code = Postal code
field-city = City
field-country = Country
field-webshop-username = Webshop username
field-company-name = Company name
field-vat-id = VAT ID
field-business-id = Business ID
field-webshop-customer-id = Webshop customer number
field-newsletter = Newsletter
created-at = Created
updated-at = Modified
field-last-webshop-login = Last login to the webshop
field-webshop-password = Webshop password
yes = yes
no = no
discard-question = Discard the changes?
discard-yes = Discard the changes
discard-no = Go on editing
staff-role-question = Change the role of { $name } to { $role }?
staff-role-confirm = Change the role
role-changed-for = The role of { $name } is now { $role }.
filter-all-actions = All events
audit-target-customer = customer
audit-target-order = order
audit-target-review = review
audit-target-access-request = data protection request
audit-target-staff = staff account
audit-target-organisation = settings
audit-target-register = register
audit-detail-fields = fields
audit-detail-purpose = purpose
audit-detail-purpose-words = purpose in words
audit-detail-reference = reference
audit-detail-role = role
audit-detail-language = language
audit-detail-orders = orders
audit-detail-customers = customers
audit-detail-requests = requests
audit-detail-pages = pages
audit-detail-ids = numbers
audit-detail-years = years
audit-detail-request = request
audit-detail-version = version
password-rule = At least { $min } characters. Length is what counts: a long sentence does well.

shortcut-title = Keyboard shortcuts
shortcut-find = To the search (customers, orders)
shortcut-save = Save the customer (a new one, or one being edited)
shortcut-new = A new customer or a new access request
shortcut-screens = The previous or next screen
shortcut-tab = The next or previous field
shortcut-enter = Send the form
shortcut-escape = Close a question or a form; asks before anything typed is thrown away
shortcut-help = This list
shortcut-close = F1 or Esc closes the list.
no-file-dialog = This desktop cannot show a file dialog (xdg-desktop-portal or zenity is missing). Files saved go to { $folder }, and the screen tells each one's name; no file can be chosen to open until one of them is installed.
