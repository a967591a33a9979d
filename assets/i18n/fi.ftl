app-title = Asiakasrekisteri – Ompelijan paratiisi
language = Kieli

## Database
connecting = Avataan rekisteriä…
database-failed = Rekisteriä ei voitu avata: { $reason }
retry = Yritä uudelleen

## First run
first-admin-title = Ensimmäinen pääkäyttäjä
first-admin-intro = Rekisterissä ei ole vielä käyttäjiä. Luo pääkäyttäjä, joka voi lisätä muut työntekijät.
password-again = Salasana uudelleen
passwords-differ = Salasanat eivät täsmää
create-admin = Luo pääkäyttäjä

## Login
login-title = Kirjaudu sisään
login = Kirjaudu
logging-in = Kirjaudutaan…
login-wrong = Väärä käyttäjätunnus tai salasana.
login-locked = Tili on lukittu toistuvien virheellisten kirjautumisten vuoksi { $until } asti. Pääkäyttäjä voi avata lukituksen.
login-deactivated = Tili on poistettu käytöstä. Ota yhteys pääkäyttäjään.

## Idle lock
locked-title = Istunto lukittu
locked-intro = { $name }, istunto lukittiin { $minutes } minuutin käyttämättömyyden jälkeen. Avaa se salasanallasi; avoin näkymä säilyy.
unlock = Avaa
logout = Kirjaudu ulos

## Navigation
nav-customers = Asiakkaat
nav-orders = Tilaukset
nav-reviews = Arviot
nav-staff = Käyttäjät
nav-settings = Asetukset
nav-audit = Lokitiedot
signed-in-as = { $name } · { $role }

## Roles
role-admin = pääkäyttäjä
role-customer-service = asiakaspalvelu
role-marketing = markkinointi
role-fulfilment = lähettämö

## Customers
customers-title = Asiakkaat
customers-count = { $count ->
    [one] 1 asiakas
   *[other] { $shown } asiakasta
}
search-placeholder = Hae nimellä, sähköpostilla, puhelinnumerolla tai tilausnumerolla
sort-name = Nimen mukaan
sort-newest = Uusimmat ensin
new-customer = Uusi asiakas
no-customers = Ei asiakkaita.
no-matches = Haulla ei löytynyt asiakkaita.
previous-page = ‹ Edellinen
next-page = Seuraava ›
page-rows = Rivit { $first }–{ $last }
loading = Ladataan…
column-name = Nimi
column-email = Sähköposti
column-phone = Puhelin
column-city = Postitoimipaikka

## Customer detail
back-to-list = ‹ Takaisin listaan
edit = Muokkaa
save = Tallenna
saving = Tallennetaan…
cancel = Peruuta
saved = Tallennettu.
create = Luo asiakas
conflict = Joku muu tallensi tämän asiakkaan sillä välin. Muutoksesi ovat yhä lomakkeella: lataa uusin versio ja tee muutokset uudelleen.
reload-latest = Lataa uusin versio
fix-fields = Korjaa merkityt kentät.
password-stored = tallennettu vain tiivisteenä
password-none = ei salasanaa
yes = kyllä
no = ei
created-at = Luotu
updated-at = Muokattu
newsletter-subscribed = Tilaa uutiskirjeen
tab-details = Perustiedot
tab-orders = Tilaukset
tab-reviews = Arviot

## Fields
field-first-name = Etunimi
field-last-name = Sukunimi
field-email = Sähköposti
field-phone = Puhelin
field-street-address = Katuosoite
field-postal-code = Postinumero
field-city = Postitoimipaikka
field-country = Maa
field-newsletter = Uutiskirje
field-webshop-username = Verkkokaupan käyttäjätunnus
field-webshop-password = Verkkokaupan salasana
field-company-name = Yrityksen nimi
field-vat-id = ALV-tunnus
field-business-id = Y-tunnus
field-controller-name = Rekisterinpitäjä
field-contact-person = Yhteyshenkilö
field-username = Käyttäjätunnus
field-display-name = Nimi
field-password = Salasana
field-role = Rooli
field-order-number = Tilausnumero
field-carrier = Kuljetusliike
field-delivery-name = Vastaanottaja
field-product = Tuote
field-quantity = Määrä
field-unit-price = Yksikköhinta
field-vat-rate = ALV-kanta
field-order-lines = Tilausrivit
field-rating = Arvosana
field-review-text = Arvion teksti

## Problems
problem-required = Pakollinen tieto.
problem-too-long = Enintään { $max } merkkiä.
problem-too-short = Vähintään { $min } merkkiä.
problem-control-characters = Sisältää ohjausmerkkejä.
problem-not-an-email = Ei kelvollinen sähköpostiosoite.
problem-not-a-phone-number = Ei kelvollinen puhelinnumero (esim. 040 123 4567).
problem-not-a-postal-code = Ei kelvollinen postinumero (Suomessa viisi numeroa).
problem-not-a-country-code = Anna maa kaksikirjaimisena koodina (esim. FI, SE).
problem-not-a-business-id = Y-tunnuksen muoto on 1234567-8.
problem-wrong-check-digit = Tarkistusmerkki ei täsmää.
problem-not-a-vat-id = Ei maansa ALV-tunnuksen muotoinen.
problem-unknown-vat-country = ALV-tunnuksen alussa pitää olla EU-maan tunnus (esim. FI).
problem-not-a-username = Vain pienet kirjaimet a–z, numerot sekä . - _ (3–32 merkkiä).
problem-unknown-role = Tuntematon rooli.
problem-out-of-range = Arvon pitää olla välillä { $min }–{ $max }.
problem-not-an-amount = Anna summa euroina, esim. 12,50.
problem-required-for-business-customer = Pakollinen, kun ALV-tunnus on annettu.
problem-already-in-use = Jo käytössä.

## Service errors
error-forbidden = Roolisi ei salli tätä toimintoa.
error-session-revoked = Tilisi ei ole enää käytössä. Kirjaudu uudelleen.
error-invalid = Tarkista tiedot: { $details }
error-not-found = Tietoa ei löytynyt.
error-conflict = Joku muu tallensi tämän ensin. Lataa uusin versio ja tee muutoksesi uudelleen.
error-last-admin = Viimeistä aktiivista pääkäyttäjää ei voi poistaa käytöstä eikä vaihtaa muuhun rooliin.
error-already-initialised = Rekisterissä on jo käyttäjiä. Kirjaudu sisään.
error-not-initialised = Rekisterissä ei ole vielä käyttäjiä.
error-database = Tietokantavirhe: { $reason }
error-unexpected = Odottamaton virhe: { $reason }

## Orders and reviews of a customer
no-orders = Ei tilauksia.
no-reviews = Ei arvioita.
order-status-received = vastaanotettu
order-status-paid = maksettu
order-status-shipped = lähetetty
order-status-delivered = toimitettu
order-status-cancelled = peruttu
review-visible = näkyvissä
review-hidden = piilotettu

## Orders screen
orders-title = Tilaukset
order-search-placeholder = Hae tilausnumerolla
all-statuses = Kaikki tilat
order-placed = Tilattu
order-status = Tila
order-total = Yhteensä
back-to-orders = ‹ Takaisin tilauksiin

## Reviews screen
reviews-title = Tuotearviot
reviews-all = Kaikki arviot
reviews-visible = Näkyvät
reviews-hidden = Piilotetut
hide-review = Piilota
show-review = Näytä

## Staff screen
staff-title = Käyttäjät
staff-active = käytössä
staff-inactive = poistettu käytöstä
staff-locked-until = lukittu { $until } asti
never = ei koskaan
last-login = Viimeksi kirjautunut: { $at }
reset-password = Vaihda salasana
new-password = Uusi salasana
unlock-account = Avaa lukitus
deactivate = Poista käytöstä
reactivate = Ota käyttöön
new-staff = Uusi käyttäjä
create-staff = Luo käyttäjä
staff-created = Käyttäjä luotu.
role-changed = Rooli vaihdettu.
staff-reactivated = Käyttäjä otettu käyttöön.
staff-deactivated = Käyttäjä poistettu käytöstä.
staff-unlocked = Lukitus avattu.
password-reset-done = Salasana vaihdettu.

## Settings screen
settings-title = Rekisterinpitäjän tiedot
settings-intro = Nämä tiedot tulostetaan jokaiseen rekisteriotteeseen.

## Audit log screen
audit-title = Lokitiedot
verify-chain = Tarkista ketju
verifying = Tarkistetaan…
filter-actor = Käyttäjätunnus
filter-action = Tapahtuma alkaa (esim. customer.)
filter-customer = Asiakasnumero
no-events = Ei tapahtumia.
event-time = Aika
event-actor = Käyttäjä
event-action = Tapahtuma
event-target = Kohde
event-details = Lisätiedot
chain-intact = Lokiketju on eheä: { $count } tapahtumaa tarkistettu.
chain-broken = Lokiketju on rikki tapahtuman { $seq } kohdalla: { $reason }
chain-contents-changed = tapahtuman sisältöä on muutettu.
chain-link-broken = tapahtuma ei seuraa edellistä.
chain-missing = tapahtumia puuttuu ennen sitä.
chain-truncated = ketjun lopusta on poistettu tapahtumia.

## Audit actions
action-staff-create-first-admin = Ensimmäinen pääkäyttäjä luotu
action-staff-create = Käyttäjä luotu
action-staff-login = Kirjautuminen
action-staff-login-failed = Epäonnistunut kirjautuminen
action-staff-login-refused-locked = Kirjautuminen estetty: tili lukittu
action-staff-login-refused-deactivated = Kirjautuminen estetty: tili poistettu käytöstä
action-staff-locked = Tili lukittu
action-staff-password-change = Oma salasana vaihdettu
action-staff-password-reset = Salasana vaihdettu pääkäyttäjän toimesta
action-staff-role-change = Rooli vaihdettu
action-staff-deactivate = Käyttäjä poistettu käytöstä
action-staff-reactivate = Käyttäjä otettu käyttöön
action-staff-unlock = Lukitus avattu
action-customer-read = Asiakkaan tiedot luettu
action-customer-create = Asiakas luotu
action-customer-update = Asiakkaan tietoja muutettu
action-customer-orders-read = Asiakkaan tilaukset luettu
action-customer-reviews-read = Asiakkaan arviot luettu
action-order-create = Tilaus luotu
action-order-read = Tilaus luettu
action-review-create = Arvio tallennettu
action-review-hide = Arvio piilotettu
action-review-show = Arvio näytetty
action-settings-update = Rekisterinpitäjän tietoja muutettu
action-demo-data-generate = Esimerkkiaineisto lisätty

## Access requests: fields and problems
field-requester-name = Pyytäjän nimi
field-received-on = Saapunut
field-signed = Asiakkaan allekirjoittama
field-identity-verified = Henkilöllisyys tarkistettu
field-identity-method = Miten henkilöllisyys tarkistettiin
field-matched-customer = Asiakas
field-rejection-reason = Hylkäyksen peruste
field-extension-reason = Pidennyksen peruste
field-letter = Skannattu kirje
problem-not-a-date = Anna päivämäärä muodossa 25.11.2026.
problem-in-the-future = Päivämäärä ei voi olla tulevaisuudessa.
problem-already-extended = Määräaikaa on jo pidennetty kerran.
error-wrong-state = Tämä ei ole mahdollista nykyisessä tilassa.
action-access-request-log = Tarkastuspyyntö kirjattu
action-access-request-checklist = Tarkastuspyynnön tarkistuslista päivitetty
action-access-request-match = Tarkastuspyyntö yhdistetty asiakkaaseen
action-access-request-verify = Tarkastuspyyntö todettu aidoksi
action-access-request-reject = Tarkastuspyyntö hylätty
action-access-request-extend = Tarkastuspyynnön määräaikaa pidennetty
action-access-request-attach-letter = Skannattu kirje liitetty
action-access-request-read-letter = Skannattu kirje avattu

## Register extract
extract-title = Rekisteriote
extract-intro = Vastaus tarkastuspyyntöönne. Alla ovat kaikki tiedot, jotka asiakasrekisterissämme on teistä tallennettuna, sekä tiedot niiden käsittelystä (EU:n yleinen tietosuoja-asetus, 15 artikla; tietosuojalaki 1050/2018).
extract-reference = Viite
extract-date = Päiväys
extract-controller = Rekisterinpitäjä
extract-page = Sivu { $page }/{ $pages }
extract-basic = Perustiedot
extract-orders = Tilaukset
extract-no-orders = Teillä ei ole tilauksia.
extract-reviews = Tuotearviot
extract-no-reviews = Ette ole kirjoittanut tuotearvioita.
extract-marketing = Uutiskirje ja markkinointi
extract-newsletter-yes = Olette tilannut uutiskirjeen.
extract-newsletter-no = Ette ole tilannut uutiskirjettä.
extract-password-hash = tallennettu vain tiivisteenä; salasanaa ei voi lukea
extract-line-product = Tuote
extract-line-quantity = Määrä
extract-line-unit-price = à-hinta
extract-line-vat = ALV
extract-line-amount = Yhteensä
extract-order-total = Tilaus yhteensä
extract-delivered-to = Toimitusosoite
extract-visible = näkyvissä verkkokaupassa
extract-hidden = piilotettu verkkokaupasta
extract-signature = Allekirjoitus ja nimenselvennys
art15-purposes-heading = Käsittelyn tarkoitukset
art15-purposes = Tietoja käytetään tilausten toimittamiseen ja yhteydenottoihin, asiakassuhteen hoitoon, palvelun kehittämiseen, raportointiin ja markkinointiin sekä arvontoihin. Voitte kieltäytyä vastaanottamasta markkinointiviestejä.
art15-categories-heading = Henkilötietoryhmät
art15-categories = Perustiedot (nimi, sähköpostiosoite, puhelinnumero, osoite, uutiskirjeen tilaus, verkkokaupan käyttäjätunnus ja salasana tiivisteenä, yritysasiakkailla ALV-tunnus), tilaustiedot ja tilaushistoria sekä tuotearviot.
art15-recipients-heading = Vastaanottajat
art15-recipients = Tietoja luovutetaan ulkopuolisille vain siltä osin kuin tilauksen toimittaminen edellyttää. Tilaustenne toimitustiedot on luovutettu seuraaville kuljetusliikkeille: { $carriers }.
art15-no-recipients = Tietoja luovutetaan ulkopuolisille vain siltä osin kuin tilauksen toimittaminen edellyttää. Tietojanne ei ole luovutettu ulkopuolisille.
art15-retention-heading = Säilytysaika
art15-retention = Tietoja säilytetään asiakassuhteen ajan, minkä jälkeen ne poistetaan. Kirjanpitolaki velvoittaa säilyttämään tilausten tositteet kuusi vuotta sen tilikauden päättymisestä, jonka aikana tilaus tehtiin; tositteet säilytetään ilman henkilötietojanne.
art15-source-heading = Tietolähteet
art15-source = Tiedot on saatu teiltä verkkokauppaan rekisteröitymisen yhteydessä, ja ne ovat tallentuneet palvelun käytön aikana.
art15-rights-heading = Oikeutenne
art15-rights = Teillä on oikeus vaatia virheellisten tietojen oikaisemista, tietojenne poistamista ja käsittelyn rajoittamista sekä oikeus vastustaa tietojenne käsittelyä, myös suoramarkkinointia. Pyynnöt voitte lähettää osoitteeseen { $email }.
art15-complaint-heading = Oikeus valittaa valvontaviranomaiselle
art15-complaint = Teillä on oikeus tehdä valitus valvontaviranomaiselle, jos katsotte, että henkilötietojenne käsittelyssä rikotaan tietosuojalainsäädäntöä: Tietosuojavaltuutetun toimisto, PL 800, 00531 Helsinki, tietosuoja@om.fi, www.tietosuoja.fi.
error-ambiguous = Usealla asiakkaalla on sama tieto; käytä asiakasnumeroa.
action-extract-generate = Rekisteriote koottu
action-extract-save = Rekisteriote tallennettu
action-access-request-answer = Tarkastuspyyntöön vastattu

## Access requests screen
nav-requests = Tarkastuspyynnöt
requests-title = Tarkastuspyynnöt
requests-open-only = Vain avoimet
requests-new = Kirjaa saapunut tarkastuspyyntö
requests-log = Kirjaa
requests-customer-number = Asiakasnumero
requests-reference = Viite
requests-due = Määräpäivä
no-requests = Ei tarkastuspyyntöjä.
requests-overdue = Myöhässä
requests-due-soon = Erääntyy pian
requests-back = ‹ Takaisin pyyntöihin
requests-summary = Saapunut { $received } · määräpäivä { $due } · { $status } · kirjannut { $by }
requests-answered-with = Vastattu rekisteriotteella (SHA-256 { $sha }), laatinut { $by }.
requests-done = Tehty: { $what }
requests-checklist = Tarkistuslista
requests-match = Yhdistä asiakkaaseen
requests-save-checklist = Tallenna tarkistuslista
requests-attach-letter = Liitä skannattu kirje…
requests-no-letter = Kirjettä ei ole liitetty.
requests-verify = Merkitse tarkistetuksi
requests-extract-language = Rekisteriotteen kieli
requests-save-extract = Tallenna rekisteriote…
requests-reason = Peruste (hylkäys tai määräajan pidennys)
requests-reject = Hylkää
requests-extend = Pidennä määräaikaa kahdella kuukaudella
requests-checklist-saved = tarkistuslista tallennettu
requests-matched = yhdistetty asiakkaaseen
requests-verified = pyyntö tarkistettu
requests-rejected = pyyntö hylätty
requests-extended = määräaikaa pidennetty
requests-letter-attached = kirje liitetty
request-status-received = vastaanotettu
request-status-verified = tarkistettu
request-status-answered = vastattu
request-status-rejected = hylätty
error-file = Tiedostoa ei voitu tallentaa: { $reason }
extract-marketing-refused = Olette kieltänyt suoramarkkinoinnin; emme lähetä teille markkinointiviestejä.
extract-marketing-allowed = Ette ole kieltänyt suoramarkkinointia. Voitte kieltää sen milloin tahansa.
action-consent-change = Suostumus muutettu
action-marketing-export = Uutiskirjeen vastaanottajat viety
action-customer-erase = Asiakas poistettu
action-order-purge = Vanhentuneet tositteet poistettu

## Privacy tab
tab-privacy = Tietosuoja
consent-title = Uutiskirje ja suoramarkkinointi
consent-source = Asiakkaan ilmoitus saatu
consent-source-webshop = verkkokaupasta
consent-source-phone = puhelimitse
consent-source-email = sähköpostilla
consent-source-letter = kirjeellä
consent-source-staff = asiakastietolomakkeelta
consent-source-import = tuonnista
consent-newsletter-on = Tilaa uutiskirjeen.
consent-newsletter-off = Ei tilaa uutiskirjettä.
consent-subscribe = Tilaa uutiskirje
consent-unsubscribe = Peru uutiskirje
consent-refused = On kieltänyt suoramarkkinoinnin.
consent-not-refused = Ei ole kieltänyt suoramarkkinointia.
consent-refuse-marketing = Kirjaa markkinointikielto
consent-allow-marketing = Poista markkinointikielto
consent-saved = Suostumus tallennettu.
consent-history = Suostumushistoria
consent-no-history = Ei kirjattuja muutoksia.
consent-event-subscribed = tilasi uutiskirjeen
consent-event-unsubscribed = perui uutiskirjeen
consent-event-refused = kielsi suoramarkkinoinnin
consent-event-allowed = salli suoramarkkinoinnin
erase-title = Asiakkuuden päättäminen
erase-explanation = Asiakkaan henkilötiedot, arviot ja suostumukset poistetaan. Kirjanpitolain vaatimat tilaukset säilytetään ilman henkilötietoja kuusi vuotta tilikauden päättymisestä. Lokiin jää tieto poistosta, ei poistettuja tietoja.
erase-reason = Peruste
erase-reason-customer-request = asiakkaan pyyntö
erase-reason-retention-ended = säilytysaika päättynyt
erase-reason-other = muu syy
erase-start = Päätä asiakkuus…
erase-confirm-question = Poistetaanko asiakkaan tiedot pysyvästi? Tätä ei voi perua.
erase-confirm = Poista pysyvästi
customer-erased = Asiakas poistettu; tilaukset säilytetään nimettöminä.

## Marketing and retention screens
nav-marketing = Markkinointi
marketing-title = Uutiskirjeen vastaanottajat
marketing-explanation = Tiedostoon tulevat vain uutiskirjeen tilanneet asiakkaat, jotka eivät ole kieltäneet suoramarkkinointia, ja heistä vain nimi ja sähköpostiosoite. Vienti kirjataan lokiin.
marketing-export = Vie vastaanottajat CSV-tiedostoon…
marketing-exported = Vastaanottajat tallennettu: { $path }
nav-retention = Säilytysaika
retention-title = Säilytysajan tarkistus
retention-explanation = Asiakkaat, jotka eivät ole tilanneet eivätkä kirjautuneet verkkokauppaan annetun ajan kuluessa. Päätetyn asiakkuuden henkilötiedot poistetaan; tilaukset säilytetään nimettöminä kirjanpitoa varten.
retention-months = Käyttämättä vähintään (kuukautta)
retention-none = Ei asiakkaita, joiden asiakkuus olisi päättynyt.
retention-erase = Päätä { $count } listatun asiakkaan asiakkuus…
retention-confirm-question = Poistetaanko { $count } asiakkaan tiedot pysyvästi? Tätä ei voi perua.
retention-erased = { $count } asiakasta poistettu.
disclosures-title = Luovutukset
disclosures-none = Tietoja ei ole luovutettu ulkopuolisille.
disclosures-list = Toimitustiedot luovutettu kuljetusliikkeille: { $carriers }
action-customer-disclosures-read = Asiakkaan tietojen luovutukset luettu
retention-vouchers = Nimettömät tilaukset poistetaan, kun kirjanpidon säilytysaika (6 vuotta tilikauden päättymisestä) on kulunut.
retention-purge = Poista vanhentuneet tositteet
retention-purged = { $count } vanhentunutta tilausta poistettu.
field-marketing-refused = Suoramarkkinointikielto
action-import-shopify-customers = Asiakkaat tuotu verkkokaupasta
action-import-dry-run = Tuonnin koeajo
problem-unknown-customer = Rekisterissä ei ole asiakasta tällä tiedolla.
action-import-shopify-orders = Tilaukset tuotu verkkokaupasta
nav-import = Tuonti
import-title = Tuonti verkkokaupasta
import-explanation = Tuo Shopifyn asiakasvienti ja sen jälkeen tilausvienti (CSV). Asiakkaat yhdistetään verkkokaupan asiakasnumerolla ja sähköpostilla, joten saman tai uudemman tiedoston tuonti päivittää eikä luo kaksoiskappaleita.
import-dry-run = Koeajo: näytä muutokset tallentamatta
import-customers = Tuo asiakkaat…
import-orders = Tuo tilaukset…
import-progress = { $done } / { $total } käsitelty
import-summary = Tuotu: { $added } uutta, { $updated } päivitetty, { $unchanged } ennallaan, { $rejected } hylättyä.
import-summary-dry-run = Koeajo, mitään ei tallennettu: { $added } uutta, { $updated } päivitettäisiin, { $unchanged } ennallaan, { $rejected } hylättyä.
import-rejected = Hylätyt rivit ja arvot
import-rejected-row = Rivi { $row }: { $field } – { $reason }
import-save-report = Tallenna raportti…
import-more = …ja { $count } muuta; tallennetussa raportissa ovat kaikki.
import-changes = Muutokset
import-changes-dry-run = Muutokset, jotka tuonti tekisi
import-change-row = Rivi { $row }: { $change }
import-change-new-customer = uusi asiakas
import-change-customer = asiakas { $customer } – { $fields }
import-change-new-order = uusi tilaus { $order }
import-change-order-status = tilauksen { $order } tila
import-csv-row = Rivi
import-csv-outcome = Tulos
import-csv-details = Selitys
import-csv-rejected = Hylätty
import-csv-changed = Muutettu
import-csv-would-change = Muuttuisi
import-report-saved = Raportti tallennettu: { $path }
field-webshop-customer-id = Verkkokaupan asiakasnumero
field-placed-at = Tilauspäivä
problem-duplicate-in-file = Sama tieto on jo tiedoston rivillä { $row }.
problem-erased = Asiakas on poistettu rekisteristä; tuonti ei palauta häntä. Poista asiakas myös verkkokaupasta.
problem-withdrawn-outside-webshop = Asiakas perui uutiskirjeen asiakaspalvelun kautta; peruutus pysyy voimassa.
error-file-not-csv = Tiedostoa ei voitu lukea CSV-tiedostona: { $detail }
error-file-missing-column = Tiedostosta puuttuu sarake ”{ $column }”. Onko se oikea vienti verkkokaupasta?
error-file-mixed-encoding = Tiedostossa on kahta merkistöä (UTF-8 ja Windows-1252). Tallenna se uudelleen yhdellä merkistöllä.
