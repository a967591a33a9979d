## Documents a customer receives: the register extract, the privacy notice and the letters.
## The same message ids in fi.ftl, sv.ftl and en.ftl; the staff app uses some of them too.

yes = yes
no = no
created-at = Created
updated-at = Modified
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
order-status-received = received
order-status-paid = paid
order-status-shipped = shipped
order-status-delivered = delivered
order-status-cancelled = cancelled
document-page = Page { $page }/{ $pages }
document-draft = DRAFT
document-personal = PERSONAL
year-end-1 = { $day } January
year-end-2 = { $day } February
year-end-3 = { $day } March
year-end-4 = { $day } April
year-end-5 = { $day } May
year-end-6 = { $day } June
year-end-7 = { $day } July
year-end-8 = { $day } August
year-end-9 = { $day } September
year-end-10 = { $day } October
year-end-11 = { $day } November
year-end-12 = { $day } December

## The register extract

extract-title = Register extract
extract-intro = This is our answer to your access request. Below is the data held about you in this customer register, and information on how it is processed (EU General Data Protection Regulation, Article 15; Finnish Data Protection Act 1050/2018).
extract-date = Date
extract-basic = Basic data
extract-erased = Your erased data
extract-erased-intro = Your data was erased from our customer register on { $date }. The Finnish Accounting Act (1336/1997, chapter 2, section 10) requires us to keep the vouchers of orders; your name, address and other contact details have been removed from them, but they are still data about you. Below are the vouchers still in the register, the record of the erasure, and the access log entries whose retention period has not ended.
extract-erased-number = Your former customer number
extract-erased-at = Data erased
extract-erased-reason = Reason for the erasure
extract-erased-reason-gone = no longer known: the entry was deleted at the end of the access log's retention period
extract-vouchers = Vouchers kept for the accounts
erasure-reason-customer-request = your request
erasure-reason-retention-ended = the retention period of the customer relationship ended
erasure-reason-other = another reason
consultation-customer-erase = Customer data erased
consultation-vouchers-find = Kept vouchers looked up for a data protection request
consultation-backup-erasure-replayed = Customer data erased again after a backup was restored
extract-system = Searched elsewhere
extract-system-email = our customer service email
extract-system-attached = searched, data enclosed
extract-system-nothing-found = searched, no data
extract-system-not-searched = not searched
extract-orders = Orders
extract-no-orders = You have no orders.
extract-reviews = Product reviews
extract-no-reviews = You have written no product reviews.
extract-marketing = Newsletter and marketing
extract-newsletter-yes = You are subscribed to the newsletter.
extract-newsletter-no = You are not subscribed to the newsletter.
extract-marketing-refused = You have objected to direct marketing; we send you no marketing messages.
extract-marketing-allowed = You have not objected to direct marketing. You may object to it at any time.
extract-password-hash = stored only as a salted hash; the password cannot be recovered from it
extract-line-product = Product
extract-line-quantity = Qty
extract-line-unit-price = Unit price
extract-line-vat = VAT
extract-line-amount = Amount
extract-order-total = Order total
extract-delivered-to = Delivery address
extract-shipping-method = Shipping method
extract-visible = shown in the webshop
extract-hidden = hidden from the webshop
extract-information = How your personal data is processed
extract-notice-version = Privacy notice in force: version { $version }, published { $date }, at { $address }.
extract-draft = DRAFT – not to be sent. The register's processing description has not been confirmed in the settings, so what this extract says about the processing is taken from the program's defaults.
document-signature = Signature and name in block letters

## The privacy notice

notice-title = Privacy notice
notice-subtitle = { $controller }: the webshop's customer register. Information on the processing of personal data under Articles 13 and 14 of the EU General Data Protection Regulation (2016/679).
notice-version = Version { $version }, published { $date }
notice-draft = Draft of { $date }: this version has not been published

## What the notice and the extract both say about the processing (GDPR Art. 13, 14 and 15)

info-controller-heading = Controller and contact details
info-controller-business-id = Business ID { $id }
info-controller-contact = Contact person in matters concerning the register: { $name }, { $email }
info-purposes-heading = Purposes of the processing and their legal basis
info-purposes-intro = We process personal data for the following purposes. Each purpose is given with its legal basis under Article 6(1) of the EU General Data Protection Regulation.
info-purpose-line = { $purpose }. Legal basis: { $basis }.
info-purpose-interest = { $purpose }. Legal basis: { $basis }. Our legitimate interest: { $interest }
purpose-orders = Delivering orders and contacting you about them
purpose-customer-relationship = Managing the customer relationship: your webshop account and customer service
purpose-reviews = Publishing product reviews on the webshop
purpose-service-development = Developing the service
purpose-reporting = Reporting
purpose-newsletter = Sending the newsletter
purpose-direct-marketing = Direct marketing
purpose-prize-draws = Prize draws
purpose-bookkeeping = Bookkeeping: keeping the accounting vouchers of orders
purpose-data-protection-requests = Handling requests concerning data protection rights
purpose-security = Information security and the access log
basis-consent = consent (point (a))
basis-contract = contract (point (b))
basis-legal-obligation = legal obligation (point (c))
basis-legitimate-interest = legitimate interests (point (f))
info-categories-heading = Categories of personal data
info-category-basic = Basic data: first name, last name, email address, phone number, postal address and country.
info-category-account = Your webshop account: customer number, username and last login. The password is kept only as a salted hash, from which the password cannot be recovered.
info-category-business = Business customers' data: the company's name and VAT ID.
info-category-marketing = Your choices about marketing: newsletter subscription and objection to direct marketing, and their changes (when and how you told us).
info-category-orders = Orders: order number, date, status, shipping method, delivery address, products, prices and amounts.
info-category-vouchers = Order vouchers without name, address or other contact details: order number, dates, status, shipping method, country of delivery, products, prices and totals, and the customer number you had.
info-category-reviews = Product reviews.
info-category-requests = Requests concerning data protection and our answers to them.
info-category-log = Access log: when your data was viewed, changed or disclosed, and in which role.
info-recipients-heading = Recipients
info-recipients-intro = Data is disclosed only as far as each purpose requires. Processors process the data on our behalf and on our instructions under a data processing agreement. Other recipients process the data they receive on their own behalf, as independent controllers.
info-recipients-controllers = Recipients to whom data is disclosed:
info-recipients-controllers-yours = Recipients to whom your data has been disclosed:
info-recipients-public = Published product reviews are shown to everyone on the webshop's product pages (the public).
info-recipients-public-yours = Your published product reviews are shown to everyone on the webshop's product pages (the public).
info-recipients-possible = In addition, the following may process your data in the course of their work; the register does not record this per customer:
info-recipients-processors = Processors:
info-recipients-none = The data is not disclosed to anyone.
info-recipient-named = { $name } ({ $kind }): { $data }
info-recipient-unnamed = { $kind }: { $data }
recipient-kind-carrier = carrier
recipient-kind-webshop-platform = webshop platform
recipient-kind-newsletter-service = newsletter service
recipient-kind-payment-provider = payment provider
recipient-kind-accountant = accounting firm
recipient-kind-it-services = maintainer of the information systems
recipient-kind-other = other recipient
recipient-data-carrier = the name, delivery address and contact details needed to deliver the order
recipient-data-webshop-platform = your webshop account and your orders with their details
recipient-data-newsletter-service = the subscriber's name and email address
recipient-data-payment-provider = the details needed to process the payment
recipient-data-accountant = the accounting vouchers
recipient-data-it-services = the register's data as far as maintaining the information systems requires
recipient-data-other = the data its task requires
info-transfers-heading = Transfers outside the EU and the EEA
info-transfers-none = The data is not transferred outside the European Union or the European Economic Area.
info-transfers-intro = The following recipients also process data outside the European Union and the European Economic Area. The safeguard for each transfer is shown next to it; a copy of the safeguards can be requested from { $email }.
info-transfer-line = { $recipient }: { $country }, { $safeguard }
safeguard-adequacy-decision = an adequacy decision of the European Commission (Article 45 GDPR)
safeguard-data-privacy-framework = the EU–US Data Privacy Framework, under which the recipient is certified: the European Commission's adequacy decision of 10 July 2023 (Article 45 GDPR)
safeguard-standard-clauses = standard data protection clauses adopted by the European Commission (Article 46(2)(c))
safeguard-binding-corporate-rules = binding corporate rules (Article 47)
info-retention-heading = Retention periods
info-retention-customer = Basic data, your webshop account, business customers' data, orders, your choices about marketing and your product reviews are kept while the customer relationship lasts. The relationship ends when the customer asks for the data to be erased, or when the customer has neither ordered nor logged in to the webshop for { $months ->
        [1] one month
        [2] two months
        [3] three months
        [4] four months
        [5] five months
        [6] six months
        [7] seven months
        [8] eight months
        [9] nine months
       *[other] { $months } months
    }; such a customer's data is erased in a regular review.
info-retention-vouchers = Accounting vouchers for orders are kept as the Finnish Accounting Act (kirjanpitolaki 1336/1997, chapter 2, section 10) requires: for at least six years from the end of the year in which the financial year ended; our financial year ends on { $year_end }. Once the customer's data has been erased, the vouchers in our register keep the order number, dates, shipping method, country of delivery, products and amounts, without name, address or other contact details. They are then pseudonymised data: they can still be linked to the customer, for example by the order number in the order confirmation, and so they are still personal data. The vouchers are deleted when the retention period has ended.
info-retention-requests = Requests concerning data protection, with their letters and answers, are kept for { $years ->
        [one] one year
       *[other] { $years_text } years
    } after the request was closed, so that we can show that it was handled properly.
info-retention-log = Access log entries contain no name or contact details but identify the customer by customer number, so they are pseudonymised personal data. They are kept for { $years ->
        [one] one year
       *[other] { $years_text } years
    } after the entry, so that the processing of the data can be verified afterwards, and then deleted.
info-retention-erased = Once a customer's data has been erased, the register keeps a hash computed from their e-mail address and webshop customer number, so that the erased data is not brought in again from the webshop's records. The hash is pseudonymised personal data; no name or contact details can be derived from it. It is kept for { $years ->
        [one] one year
       *[other] { $years_text } years
    } after the erasure and then deleted.
info-rights-heading = Your rights
info-rights-list = You have the right to
info-right-access = know whether we process data about you, and obtain a copy of it (Article 15 GDPR)
info-right-rectification = have inaccurate data rectified (Article 16)
info-right-erasure = have your data erased (Article 17)
info-right-restriction = have the processing restricted (Article 18)
info-right-portability = receive the data you have given us in a structured, commonly used and machine-readable format and transmit it to another controller, where the processing is based on consent or a contract (Article 20)
info-right-object = You have the right to object at any time to the processing of your data for direct marketing; your data is then no longer used for it. You may also object, on grounds relating to your particular situation, to processing based on our legitimate interests (Article 21).
info-right-withdraw = Where the processing is based on consent ({ $purposes }), you may withdraw your consent at any time. Withdrawing it does not affect the lawfulness of the processing before the withdrawal.
info-rights-how = You may make a request in any way: by email to { $email }, by letter, by phone or with a message in the webshop. No signature is needed. We check your identity only with the data that is needed, for example by asking for a reply from the email address in the register. We answer without undue delay and at the latest within one month of receiving the request; if the request is complex or there are many requests, the period may be extended by at most two months, and you are told so, with the reasons, within one month. The copy of your data is free of charge.
info-complaint-heading = Right to lodge a complaint with a supervisory authority
info-complaint = If you consider that the processing of your personal data infringes the General Data Protection Regulation, you have the right to lodge a complaint with a supervisory authority, in particular in the Member State of your habitual residence, place of work or place of the alleged infringement. In Finland the supervisory authority is the Data Protection Ombudsman:
info-complaint-authority = Office of the Data Protection Ombudsman, P.O. Box 800, 00531 Helsinki, Finland (street address Lintulahdenkuja 4, 00530 Helsinki), switchboard +358 29 566 6700, tietosuoja@om.fi, tietosuoja.fi/en
info-requirement-heading = Do you have to provide your data?
info-requirement = Your name and email address and, depending on the shipping method, your delivery address and phone number are needed to place and deliver an order; without them we cannot accept the order. Giving any other data is voluntary, and neither subscribing to the newsletter nor entering a prize draw is a condition of buying.
info-source-heading = Where the data comes from
info-source = The data comes from you: when you register in the webshop, order, write a product review or contact our customer service. Order and login data is recorded while you use the webshop and is brought into the register from the webshop platform. No data is obtained from other sources.
info-automated-heading = Automated decision-making and profiling
info-automated-none = We make no decisions about you based solely on automated processing, and we do not profile you (Article 22 GDPR).
info-security-heading = Security
info-security = The register is used only by those of our staff whose work requires it. Each has a username of their own and sees only the data their work requires. Whenever staff view, change or disclose your data in the register, this is recorded in an access log; later alteration of the log can be detected. Your webshop password is kept only as a salted hash, from which the password cannot be recovered; we never see your password.
info-cookies-heading = Cookies

## Letters about an access request

letter-reference = Reference
letter-received = Request received
letter-complaint = If you consider that the processing of your personal data infringes the General Data Protection Regulation, you may lodge a complaint with a supervisory authority, in Finland the Data Protection Ombudsman:
letter-covering-title = Answer to your access request
letter-covering-body = Thank you for your access request, which we received on { $received }. Enclosed is a register extract: a copy of the data held about you in this customer register, and information on how it is processed (EU General Data Protection Regulation, Article 15).
letter-covering-electronic = We are sending the extract electronically: attached are the register extract as a PDF file and the same data as a machine-readable JSON file. If you would like the extract on paper, please tell us.
letter-covering-post = We are sending the extract on paper. On request you can also have the same data electronically as a machine-readable file.
letter-covering-rights = If the data is inaccurate, or you wish to exercise your other rights, such as having your data erased, you may contact us in any way, for example by email to { $email }.
letter-nothing-held-title = Answer to your access request
letter-nothing-held-body = Thank you for your access request, which we received on { $received }.
letter-nothing-held-searched = We searched our customer register, and the order vouchers kept in it, with the details you gave in your request: { $details }.
letter-nothing-held-systems = We also searched the other systems in which we process our customers' data:
letter-nothing-held-none = We found no personal data about you. We process no personal data about you other than this request and our answer (EU General Data Protection Regulation, Article 15(1)).
letter-nothing-held-none-searched = We found no personal data about you where we searched. We process this request and our answer (EU General Data Protection Regulation, Article 15(1)).
letter-searched-by-name = name
letter-searched-by-email = email address
letter-searched-by-phone = phone number
letter-list-and = and
letter-covering-systems = The extract covers the data in this customer register. We also searched for your data in the other systems in which we process our customers' data:
letter-system-attached = { $system }: searched; your data held there is enclosed
letter-system-nothing-found = { $system }: searched; it holds no data about you
letter-system-not-searched = { $system }: not searched. Reason: { $note }
letter-system-email = our customer service email ({ $email })
letter-nothing-held-request = We keep your request and our answer for { $years ->
        [one] one year
       *[other] { $years_text } years
    } after the request is closed, so that we can show that the request was handled; they are then deleted.
letter-extension-title = Your access request will take longer to answer
letter-extension-body = We received your access request on { $received }. We cannot answer it within one month, and we therefore extend the time to answer by two months under Article 12(3) of the EU General Data Protection Regulation. We will answer by { $due } at the latest.
letter-extension-reason = The reason: { $reason }
letter-identification-title = We need more information to confirm your identity
letter-identification-body = We received your request on { $received }. To make sure that we give the data only to you, we need the following from you:
letter-identification-reply = You can reply to this letter in any way, for example by email to { $email }. We ask only for what is needed to confirm your identity (Article 12(6) of the EU General Data Protection Regulation).
letter-identification-deadline = We have one month from the receipt of your request to answer. That time does not run while we wait for this information; it continues once we have received it.
letter-refusal-title = We cannot act on your access request
letter-refusal-body = We received your access request on { $received }. We will not provide the data you asked for.
letter-refusal-reason = The reason: { $reason }
letter-refusal-remedies = You have the right to lodge a complaint with a supervisory authority, in particular in the Member State of your habitual residence, place of work or place of the alleged infringement; in Finland this is the Data Protection Ombudsman. You also have the right to take the matter to court (Article 79 of the General Data Protection Regulation): proceedings may be brought before a district court in Finland or before the courts of the Member State of your habitual residence. The Data Protection Ombudsman can be reached at:

## The whole copy: marketing choices, requests, the consultation log

field-webshop-customer-id = Webshop customer number
field-last-webshop-login = Last login to the webshop
extract-consents = History of your marketing choices
extract-no-consents = Your marketing choices have not been changed.
extract-consents-erased = The history of your marketing choices was erased with your other data.
extract-when = Time
extract-choice = Choice
extract-how = How you told us
extract-role = Staff role
extract-requests = Your access requests
extract-no-requests = No earlier requests.
extract-channel = Received via
extract-outcome = Handling
extract-closed = Closed
extract-requester = Requester
extract-requester-address = Address given
extract-request-letter = Request as a file
extract-identity-check = Identity check
extract-identity-note = Note on the check
extract-due = To be answered by
extract-delivery = How the answer is sent
request-delivery-electronic = electronically
request-delivery-post = on paper
extract-waiting-since = Deadline standing still, waiting for more information, since
extract-paused-days = Days the deadline stood still
extract-extension-reason = Reason for extending the time
extract-rejection-reason = Reason for refusal
extract-document-sent = Document sent
language-fi = in Finnish
language-sv = in Swedish
language-en = in English
extract-consultations = Access log
extract-consultations-intro = When your data was viewed, changed or disclosed, what was done, for what purpose and in which role. Employees' names are as a rule not given (judgment of the Court of Justice of the EU in Case C-579/21); if you need them to exercise your rights, please contact us.
extract-no-consultations = The access log has no entries.
extract-action = Action
extract-purpose = Purpose
consultation-purpose-unrecorded = not recorded
consultation-purpose-customer-service = customer service
consultation-purpose-order-handling = handling an order
consultation-purpose-correction = correcting the data
consultation-purpose-data-protection-request = answering your data protection request
consultation-purpose-retention-review = retention review
consultation-purpose-import = import from the webshop
consultation-purpose-marketing-export = export of newsletter recipients
consultation-purpose-search = finding the customer
consultation-purpose-other = other
consent-newsletter-granted = Newsletter subscribed
consent-newsletter-withdrawn = Newsletter unsubscribed
consent-marketing-refused = Objected to direct marketing
consent-marketing-allowed = Objection to direct marketing withdrawn
consent-via-webshop = in the webshop
consent-via-phone = by phone
consent-via-email = by email
consent-via-letter = by letter
consent-via-staff = through customer service
consent-via-import = from the webshop's records
request-channel-letter = letter
request-channel-email = email
request-channel-webshop-message = webshop message
request-channel-phone = phone call
request-channel-in-person = visit
request-outcome-received = received, being handled
request-outcome-verified = identity confirmed, being handled
request-outcome-answered = answered with a register extract
request-outcome-nothing-held = answered: no data in the register
request-outcome-rejected = refused
request-check-signed-letter = a signed letter, name and address matching the register
request-check-registered-email = request or reply from the email address in the register
request-check-webshop-account = sent while logged in to the customer's own webshop account
request-check-registered-phone = call back to the number in the register
request-check-id-document = identity document
request-check-other = other check
request-document-extract = register extract
request-document-extract-json = register extract in machine-readable form (JSON)
request-document-covering-letter = covering letter
request-document-nothing-held-letter = answer that no data is held
request-document-extension-letter = notice of extension
request-document-refusal-letter = letter of refusal
request-document-identification-letter = request for proof of identity
staff-role-admin = administrator
staff-role-customer-service = customer service
staff-role-marketing = marketing
staff-role-fulfilment = fulfilment
consultation-customer-read = Customer data viewed
consultation-customer-create = Customer data entered in the register
consultation-customer-update = Customer data changed
consultation-customer-orders-read = Orders viewed
consultation-customer-reviews-read = Product reviews viewed
consultation-customer-disclosures-read = Disclosures viewed
consultation-consent-change = Marketing choice recorded
consultation-extract-generate = Register extract compiled
consultation-extract-save = Register extract saved for delivery
consultation-order-create = Order entered
consultation-order-read = Order viewed
consultation-review-create = Product review entered
consultation-review-hide = Product review hidden from the webshop
consultation-review-show = Product review shown in the webshop
consultation-access-request-log = Access request logged
consultation-access-request-system = Search of another system recorded
consultation-access-request-match = Access request matched to the customer data
consultation-access-request-checklist = Identity check recorded
consultation-access-request-waiting = Further details asked of the requester
consultation-access-request-verify = Identity confirmed
consultation-access-request-attach-letter = Letter or message containing the request saved
consultation-access-request-read-letter = The request's letter or message opened
consultation-access-request-read-document = Sent document opened
consultation-access-request-answer = Access request answered
consultation-access-request-nothing-held = Answered that no data is held
consultation-access-request-extend = Time to answer extended
consultation-access-request-delivery = Delivery method recorded
consultation-access-request-ask-identification = Asked for more information to confirm identity
consultation-access-request-reject = Access request refused

## Countries by their ISO 3166 codes: where customers live, and where transfers go

country-AD = Andorra
country-AE = United Arab Emirates
country-AR = Argentina
country-AT = Austria
country-AU = Australia
country-AX = Åland Islands
country-BE = Belgium
country-BG = Bulgaria
country-BR = Brazil
country-CA = Canada
country-CH = Switzerland
country-CN = China
country-CY = Cyprus
country-CZ = Czechia
country-DE = Germany
country-DK = Denmark
country-EE = Estonia
country-ES = Spain
country-FI = Finland
country-FO = Faroe Islands
country-FR = France
country-GB = United Kingdom
country-GG = Guernsey
country-GR = Greece
country-HR = Croatia
country-HU = Hungary
country-IE = Ireland
country-IL = Israel
country-IM = Isle of Man
country-IN = India
country-IS = Iceland
country-IT = Italy
country-JE = Jersey
country-JP = Japan
country-KR = South Korea
country-LI = Liechtenstein
country-LT = Lithuania
country-LU = Luxembourg
country-LV = Latvia
country-MT = Malta
country-MX = Mexico
country-NL = Netherlands
country-NO = Norway
country-NZ = New Zealand
country-PL = Poland
country-PT = Portugal
country-RO = Romania
country-SE = Sweden
country-SG = Singapore
country-SI = Slovenia
country-SK = Slovakia
country-TR = Türkiye
country-UA = Ukraine
country-US = United States
country-UY = Uruguay
country-ZA = South Africa

## Numbers from one to nine in running text

number-word-1 = one
number-word-2 = two
number-word-3 = three
number-word-4 = four
number-word-5 = five
number-word-6 = six
number-word-7 = seven
number-word-8 = eight
number-word-9 = nine

# The names of the files a request's documents are saved under: lower case, words joined
# with hyphens.
file-name-extract = register-extract
file-name-extract-json = register-extract
file-name-covering-letter = covering-letter
file-name-nothing-held-letter = nothing-held-letter
file-name-extension-letter = extension-letter
file-name-refusal-letter = refusal-letter
file-name-identification-letter = identification-letter
