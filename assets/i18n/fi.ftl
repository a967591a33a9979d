app-title = Asiakasrekisteri – Ompelijan paratiisi

## Database
connecting = Avataan rekisteriä…
database-failed = Rekisteriä ei voitu avata: { $reason }
retry = Yritä uudelleen

## First run
first-admin-title = Ensimmäinen pääkäyttäjä
first-admin-intro = Rekisterissä ei ole vielä käyttäjiä. Luo pääkäyttäjä, joka voi lisätä muut työntekijät, ja anna kaupan yhteystiedot, jotka tulevat asiakkaille lähteviin asiakirjoihin.
first-admin-shop = Kaupan tiedot
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
login-one-time = Salasana on pääkäyttäjän antama kertakäyttöinen salasana: sen omistaja valitsee oman salasanansa sovellukseen kirjautuessaan.
login-one-time-choose = Salasanasi on pääkäyttäjän antama kertakäyttöinen salasana. Valitse oma salasana, jota kukaan muu ei tiedä; kirjaudut sillä tästä eteenpäin.
login-with-new-password = Tallenna salasana ja kirjaudu

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
no-customers-to-check = Ei tarkistettavia asiakkaita.
show-all-customers = Kaikki asiakkaat
show-to-check = Tarkistettavat ({ $count })
to-check-mark = tarkistettava
customers-to-check-help = Tuonti tallensi näille asiakkaille tietoja sellaisinaan, vaikka ne eivät kelpaa. Avaa asiakas, korjaa tiedot ja tallenna.
customer-to-check = Tarkistettavaa: tuonti tallensi nämä tiedot sellaisinaan. Korjaa ne ja tallenna.
customer-to-check-from-order = Tarkistettavaa: asiakas luotiin tuonnissa tilauksen laskutustiedoista. Tarkista tiedot ja tallenna.
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
newsletter-subscribed = Tilaa uutiskirjeen
tab-details = Perustiedot
tab-orders = Tilaukset
tab-reviews = Arviot

## Fields
field-controller-name = Rekisterinpitäjä
field-contact-person = Yhteyshenkilö
field-notice-address = Tietosuojaselosteen osoite verkossa
organisation-all-required = Kaikki tiedot ovat pakollisia: ne tulevat jokaiseen asiakkaalle lähtevään kirjeeseen, rekisteriotteeseen ja tietosuojaselosteeseen, eikä niitä voi tehdä ennen kuin tiedot on täytetty.
field-username = Käyttäjätunnus
field-display-name = Nimi
field-password = Salasana
field-new-password = Oma uusi salasana
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
problem-control-characters = Sisältää näkymättömiä merkkejä tai ohjausmerkkejä; kirjoita teksti uudelleen.
problem-not-an-email = Ei kelvollinen sähköpostiosoite.
problem-not-a-phone-number = Ei kelvollinen puhelinnumero (esim. 040 123 4567).
problem-not-a-web-address = Ei verkko-osoite (esim. https://ompelijanparatiisi.fi/tietosuoja).
problem-framework-only-for-us = EU:n ja Yhdysvaltojen tietosuojakehys koskee vain siirtoja Yhdysvaltoihin.
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
problem-total-too-large = Rivien yhteissumma on suurempi kuin tilauksen summa voi olla: tarkista määrät ja hinnat.
problem-required-for-business-customer = Pakollinen, kun ALV-tunnus on annettu.
problem-already-in-use = Jo käytössä.
problem-same-as-one-time = Valitse eri salasana kuin kertakäyttöinen, jonka pääkäyttäjä antoi.

## Service errors
error-forbidden = Roolisi ei salli tätä toimintoa.
error-session-revoked = Tilisi ei ole enää käytössä. Kirjaudu uudelleen.
error-invalid = Tarkista tiedot: { $details }
error-not-found = Tietoa ei löytynyt.
error-conflict = Joku muu tallensi tämän ensin. Lataa uusin versio ja tee muutoksesi uudelleen.
error-own-role = Omaa rooliasi et voi vaihtaa itse: sen vaihtaa toinen pääkäyttäjä.
error-last-admin = Viimeistä aktiivista pääkäyttäjää ei voi poistaa käytöstä eikä vaihtaa muuhun rooliin.
error-already-initialised = Rekisterissä on jo käyttäjiä. Kirjaudu sisään.
error-not-initialised = Rekisterissä ei ole vielä käyttäjiä.
error-database = Tietokantavirhe: { $reason }
error-unexpected = Odottamaton virhe: { $reason }

## Orders and reviews of a customer
no-orders = Ei tilauksia.
no-reviews = Ei arvioita.
review-visible = näkyvissä
review-hidden = piilotettu

## Orders screen
orders-title = Tilaukset
order-search-placeholder = Hae tilausnumerolla
all-statuses = Kaikki tilat
order-placed = Tilattu
order-amount-overflow = liian suuri näytettäväksi
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
reset-password = Anna uusi salasana
staff-reset-question = Annetaanko käyttäjälle { $name } uusi kertakäyttöinen salasana? Nykyinen salasana lakkaa toimimasta heti.
staff-reset-confirm = Anna uusi kertakäyttöinen salasana
staff-one-time-hint = Sovellus antaa uudelle käyttäjälle kertakäyttöisen salasanan, jonka kerrot hänelle. Hän valitsee oman salasanansa ensimmäisellä kirjautumisella, eikä sitä tiedä kukaan muu.
staff-one-time-issued = Käyttäjän { $name } kertakäyttöinen salasana:
staff-one-time-pass-on = Kerro se hänelle (ei sähköpostilla). Hän valitsee oman salasanansa ensimmäisellä kirjautumisella. Tätä salasanaa ei näytetä uudelleen.
unlock-account = Avaa lukitus
deactivate = Poista käytöstä
reactivate = Ota käyttöön
new-staff = Uusi käyttäjä
create-staff = Luo käyttäjä
staff-reactivated = Käyttäjä otettu käyttöön.
staff-deactivated = Käyttäjä poistettu käytöstä.
staff-unlocked = Lukitus avattu.

## Settings screen
settings-title = Asetukset
settings-intro = Rekisterinpitäjän tiedot ja käsittelyn kuvaus, joista tietosuojaseloste, rekisteriotteet ja kirjeet kirjoitetaan.

## Audit log screen
audit-title = Lokitiedot
verify-chain = Tarkista ketju
verifying = Tarkistetaan…
filter-actor = Käyttäjätunnus
filter-customer = Asiakasnumero
no-events = Ei tapahtumia.
event-time = Aika
event-actor = Käyttäjä
event-action = Tapahtuma
event-target = Kohde
event-details = Lisätiedot
chain-intact = Lokiketju on eheä: { $count } tapahtumaa tarkistettu.
chain-purged = Tapahtumat numeroon { $seq } asti on poistettu säilytysajan päätyttyä; ketju tarkistettiin siitä eteenpäin.
chain-broken = Lokiketju on rikki tapahtuman { $seq } kohdalla: { $reason }
chain-contents-changed = tapahtuman sisältöä on muutettu.
chain-link-broken = tapahtuma ei seuraa edellistä.
chain-missing = tapahtumia puuttuu ennen sitä.
chain-truncated = ketjun lopusta on poistettu tapahtumia.
chain-purge-not-recorded = ketjun alusta on poistettu tapahtumia ilman säilytysajan päättymisen poistomerkintää.

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
action-customer-list = Asiakaslista näytetty
action-order-list = Tilauslista näytetty
action-review-list = Arviolista näytetty
action-access-request-list = Tarkastuspyyntöjen lista näytetty
action-register-scrub-pending = Poistettujen tietojen siivous tiedostoista odottaa
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
field-identity-verified = Tarkistustapa
field-identity-method = Huomautus tarkistuksesta
field-matched-customer = Asiakas
field-rejection-reason = Hylkäyksen peruste
field-extension-reason = Pidennyksen peruste
field-identification-needed = Mitä tietoja tarvitaan henkilöllisyyden varmistamiseksi
field-consultation-purpose = Miksi avaat asiakkaan tiedot
purpose-choice-customer_service = Asiakaspalvelu
purpose-choice-order_handling = Tilauksen käsittely
purpose-choice-correction = Tietojen korjaaminen
purpose-choice-other = Muu (kerro lyhyesti)
purpose-choose = Valitse tarkoitus
purpose-words-placeholder = esim. reklamaation selvittäminen
purpose-why-asked = Tarkoitus kirjataan jokaiseen avaamiseen ja näkyy asiakkaan rekisteriotteessa; valinta pysyy voimassa, kunnes kirjaudut ulos.
purpose-required = Valitse ensin, miksi avaat asiakkaan tiedot.
purpose-words-required = Kerro muutamalla sanalla, miksi avaat asiakkaan tiedot.
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
action-access-request-delivery = Vastauksen toimitustapa kirjattu
action-access-request-ask-identification = Pyytäjältä pyydetty lisätietoja henkilöllisyyden varmistamiseksi
action-access-request-attach-letter = Skannattu kirje liitetty
action-access-request-read-letter = Skannattu kirje avattu

## Register extract
error-ambiguous = Usealla asiakkaalla on sama tieto; käytä asiakasnumeroa.
action-extract-generate = Rekisteriote koottu
action-extract-save = Rekisteriote tallennettu
action-access-request-answer = Tarkastuspyyntöön vastattu

## Access requests screen
nav-requests = Tarkastuspyynnöt
requests-title = Tarkastuspyynnöt
requests-open-only = Vain avoimet
requests-new = Kirjaa uusi pyyntö
requests-new-intro = Pyyntö voi tulla millä tavalla tahansa, eikä allekirjoitusta tarvita. Kirjaa se sinä päivänä, jona se saapui, ja niin kuin pyytäjä sen esitti; etsi asiakas rekisteristä, niin voit verrata tietoja.
requests-log = Kirjaa pyyntö
requests-said = Pyynnössä
requests-in-register = Rekisterissä
requests-channel = Saapumistapa
requests-channel-choose = Valitse, miten pyyntö tuli
requests-address = Osoite
requests-search = Hae nimellä, sähköpostilla, puhelinnumerolla, asiakas- tai tilausnumerolla
requests-search-hint = Tilausnumerolla, sähköpostilla ja verkkokaupan asiakasnumerolla löytyvät myös poistettujen asiakkaiden säilytetyt tositteet. Jos pyytäjää ei löydy, kirjaa pyyntö ilman asiakasta: siihen vastataan, ettei tietoja ole.
requests-no-match = Ei osumia.
requests-choose-other = Valitse toinen asiakas
requests-customer-number = Asiakasnumero { $id }
customer-number = Asiakasnumero
requests-reference = Viite
requests-requester = Pyytäjä
requests-received = Saapunut
requests-due = Määräpäivä
requests-days-left = Aikaa
requests-days = { $days } pv
requests-days-late = { $days } pv myöhässä
requests-waiting = Odottaa
requests-waiting-check = henkilöllisyyden tarkistusta
requests-waiting-requester = pyytäjän vastausta
requests-waiting-answer = vastausta asiakkaalle
requests-waiting-nobody = –
no-requests = Ei tarkastuspyyntöjä.
requests-overdue = Myöhässä
requests-due-soon = Erääntyy pian
requests-back = ‹ Takaisin pyyntöihin
requests-summary = { $channel } · saapunut { $received } · määräpäivä { $due } · { $status } · kirjannut { $by }
requests-done = Tehty: { $what }
requests-comparison = Pyyntö ja rekisteri rinnakkain
requests-not-matched = Pyyntöä ei ole yhdistetty asiakkaaseen.
requests-change-match = Vaihda asiakas…
requests-not-in-register = Pyytäjä ei ole rekisterissä
requests-identity = Henkilöllisyyden tarkistus
requests-not-checked = Ei vielä tarkistettu
requests-save-check = Tallenna tarkistus
requests-waiting-for-requester = Odotetaan pyytäjän vastausta
requests-delivery = Vastaus toimitetaan
requests-delivery-electronic = sähköisesti (PDF ja JSON liitteinä)
requests-delivery-post = paperilla
requests-delivery-as-it-came = niin kuin pyyntö saapui
requests-delivery-asked = pyytäjän toiveen mukaan
requests-delivery-saved = toimitustapa tallennettu
requests-company-address = Asiakkaan osoite rekisterissä on yrityksen ({ $company }): kirje merkitään henkilökohtaiseksi, mutta sen voi avata joku muu. Harkitse vastaamista sähköisesti tai kysy asiakkaalta toinen osoite.
requests-ask-identification = Pyydä lisätietoja kirjeellä
requests-identification-example = esim. Vastatkaa tähän viestiin siitä sähköpostiosoitteesta, jonka annoitte verkkokaupassa.
requests-letter-language = Kirjeen kieli: { $lang } (vaihdetaan vastauksen kohdalta)
requests-clock-stopped = Lisätietoja pyydetty { $since }: määräaika ei kulu, ennen kuin vastaus merkitään saapuneeksi (poista valinta "Odotetaan pyytäjän vastausta") tai henkilöllisyys varmistetuksi.
requests-identification-sent = lisätietopyyntö lähetettäväksi; kirje on pyynnön asiakirjoissa ja määräaika on pysähtynyt
requests-verify = Merkitse varmistetuksi
requests-attach-letter = Liitä kirje tai sähköposti…
requests-open-letter = Avaa
requests-no-letter = Kirjettä tai sähköpostia ei ole liitetty.
requests-answer = Vastaus
requests-extract-language = Asiakirjojen kieli
requests-save-extract = Tallenna rekisteriote ja saatekirje…
requests-nothing-held = Vastaa, ettei tietoja ole
requests-nothing-held-hint = Kun pyytäjää ei löydy rekisteristä.
requests-nothing-held-title = Vastaus, ettei tietoja ole
requests-nothing-held-searched = Rekisteristä haettiin pyynnön nimellä ja sen sähköpostiosoitteella ja puhelinnumerolla, jos ne on annettu. Kirje kertoo pyytäjälle, millä tiedoilla haettiin.
requests-nothing-held-none-found = Haku ei löytänyt ketään.
requests-nothing-held-found = Haku löysi nämä asiakkaat. Jos joku heistä on pyytäjä, yhdistä pyyntö häneen; vastaus, ettei tietoja ole, ei silloin pitäisi paikkaansa.
requests-this-is-the-requester = Tämä on pyytäjä
requests-nothing-held-send = Lähetä vastaus, ettei tietoja ole
requests-nothing-held-none-is = Kukaan heistä ei ole pyytäjä: lähetä vastaus
requests-reason = Peruste (hylkäys tai vastausajan jatkaminen)
requests-reject = Hylkää pyyntö
requests-extend = Jatka vastausaikaa kahdella kuukaudella
requests-extend-too-late = Vastausaikaa voi jatkaa vain kuukauden kuluessa pyynnön saapumisesta.
requests-documents = Lähetetyt asiakirjat
requests-no-documents = Ei vielä asiakirjoja.
requests-save-document = Tallenna…
requests-matched = asiakas vaihdettu
requests-check-saved = tarkistus tallennettu
requests-waiting-saved = odotustila tallennettu
requests-verified = henkilöllisyys varmistettu
requests-letter-attached = kirje liitetty
requests-nothing-held-sent = vastaus, ettei tietoja ole; kirje on pyynnön asiakirjoissa
requests-extended = vastausaikaa jatkettu; ilmoitus on pyynnön asiakirjoissa
requests-rejected = pyyntö hylätty; kirje on pyynnön asiakirjoissa
request-status-received = vastaanotettu
request-status-verified = varmistettu
request-status-answered = vastattu
request-status-nothing-held = ei tietoja
request-status-rejected = hylätty
identity-check-signed-letter = Allekirjoitettu kirje, nimi ja osoite vastaavat rekisteriä
identity-check-registered-email = Vastaus tai pyyntö rekisterissä olevasta sähköpostiosoitteesta
identity-check-webshop-account = Lähetetty kirjautuneena asiakkaan omalta verkkokauppatililtä
identity-check-registered-phone = Soitettu takaisin rekisterissä olevaan numeroon
identity-check-id-document = Henkilöllisyystodistus näytetty
identity-check-other = Muu tarkistus (kuvaa huomautuksessa)
document-kind-extract = Rekisteriote
document-kind-extract-json = Rekisteriote (JSON)
document-kind-covering-letter = Saatekirje
document-kind-nothing-held-letter = Vastaus: ei tietoja
document-kind-extension-letter = Ilmoitus vastausajan jatkamisesta
document-kind-refusal-letter = Hylkäyskirje
document-kind-identification-letter = Lisätietopyyntö henkilöllisyyden varmistamiseksi
error-file = Tiedostoa ei voitu tallentaa: { $reason }
error-file-in-use = Tiedostoa { $path } ei voitu korvata: se on auki toisessa ohjelmassa, esimerkiksi PDF-lukijassa tai Excelissä. Sulje se siellä ja tallenna uudelleen. Jos tiedosto ei ole auki, kansioon ei ehkä voi kirjoittaa: valitse toinen kansio.
error-document-not-ready = Asiakkaalle lähtevää asiakirjaa ei voi vielä tehdä. Asetuksista puuttuu: { $missing }.
gap-recipient-name = vastaanottajan nimi ({ $kind })
gap-processing = käsittelytietojen { $count ->
    [one] puute
   *[other] { $count } puutetta
}
gap-notice-not-published = julkaistu tietosuojaseloste
error-file-exists = Tiedosto { $path } on jo olemassa. Valitse toinen nimi tai siirrä tiedosto ensin muualle: sitä ei korvata.
action-consent-change = Suostumus muutettu
action-marketing-export = Uutiskirjeen vastaanottajat viety
action-customer-erase = Asiakas poistettu
action-order-purge = Vanhentuneet tositteet poistettu

## Privacy tab
tab-privacy = Tietosuoja
consent-title = Uutiskirje ja suoramarkkinointi
consent-source = Asiakkaan ilmoitus saatu
consent-source-choose = Valitse, miten asiakas ilmoitti
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
erase-explanation = Asiakkaan nimi, yhteystiedot, asiakastili, arviot ja suostumukset poistetaan. Kirjanpitolain vaatimat tositteet (tilausnumero, päivämäärät, toimitustapa ja -maa, tuotteet ja summat) säilytetään kuusi vuotta sen vuoden lopusta, jona tilikausi päättyi, ilman nimeä ja osoitetta; tilausnumeron kautta ne ovat yhä pseudonymisoituja henkilötietoja. Lokiin jää tieto poistosta, ei poistettuja tietoja.
erase-reason-choose = Valitse peruste
erase-reason = Peruste
erase-reason-customer-request = asiakkaan pyyntö
erase-reason-retention-ended = säilytysaika päättynyt
erase-reason-other = muu syy
erase-start = Päätä asiakkuus…
erase-confirm-question = Poistetaanko asiakkaan tiedot pysyvästi? Tätä ei voi perua.
erase-confirm = Poista pysyvästi
customer-erased = Asiakas poistettu; tilausten tositteet säilytetään ilman nimeä ja osoitetta kirjanpitoa varten.

## Marketing and retention screens
nav-marketing = Markkinointi
marketing-title = Uutiskirjeen vastaanottajat
marketing-explanation = Tiedostoon tulevat vain uutiskirjeen tilanneet asiakkaat, jotka eivät ole kieltäneet suoramarkkinointia, ja heistä vain nimi ja sähköpostiosoite. Vienti kirjataan lokiin.
marketing-export = Vie vastaanottajat CSV-tiedostoon…
marketing-exported = Vastaanottajat tallennettu: { $path }
nav-retention = Säilytysaika
retention-title = Säilytysajan tarkistus
retention-explanation = Asiakkaat, jotka eivät ole tilanneet annetun ajan kuluessa, joiden tietoja tai suostumuksia ei ole sinä aikana muutettu ja jotka eivät tilaa uutiskirjettä. Päätetyn asiakkuuden henkilötiedot poistetaan; tilausten tositteet säilytetään ilman nimeä ja osoitetta kirjanpitoa varten.
retention-months = Käyttämättä vähintään (kuukautta)
retention-none = Ei asiakkaita, joiden asiakkuus olisi päättynyt.
retention-erase = Päätä { $count } listatun asiakkaan asiakkuus…
retention-confirm-question = Poistetaanko { $count } asiakkaan tiedot pysyvästi? Tätä ei voi perua.
retention-erased = { $count } asiakasta poistettu.
retention-no-longer-idle = { $count ->
    [one] 1 listattu asiakas jätettiin poistamatta, koska hän on ollut aktiivinen listan lataamisen jälkeen.
   *[other] { $count } listattua asiakasta jätettiin poistamatta, koska he ovat olleet aktiivisia listan lataamisen jälkeen.
}
disclosures-title = Luovutukset
disclosures-none = Tietoja ei ole luovutettu ulkopuolisille.
disclosures-list = Toimitustiedot luovutettu kuljetusliikkeille: { $carriers }
action-customer-disclosures-read = Asiakkaan tietojen luovutukset luettu
retention-vouchers = Tositteet poistetaan, kun kirjanpitolain säilytysaika (kuusi vuotta sen vuoden lopusta, jona tilikausi päättyi) on kulunut. Tilikauden viimeinen päivä on asetuksissa.
retention-purge = Poista vanhentuneet tositteet
retention-purged = { $count } vanhentunutta tilausta poistettu.
field-marketing-refused = Suoramarkkinointikielto
action-import-shopify-customers = Asiakkaat tuotu verkkokaupasta
action-import-dry-run = Tuonnin koeajo
action-import-started = Tuonti aloitettu
action-import-undone = Tuonti peruttu
problem-unknown-customer = Rekisterissä ei ole asiakasta tällä tiedolla.
problem-not-ruled-out = Rekisteristä löytyy asiakkaita pyynnön tiedoilla. Katso ne ja yhdistä pyyntö oikeaan asiakkaaseen, tai merkitse, ettei kukaan heistä ole pyytäjä.
problem-vouchers-kept = Pyynnön tiedoilla löytyy poistetun asiakkaan tositteita, jotka rekisteri säilyttää kirjanpitolain vuoksi. Yhdistä pyyntö niihin ja vastaa niiden rekisteriotteella: vastaus, ettei tietoja ole, ei pitäisi paikkaansa.
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
import-to-check = Tallennettu sellaisenaan, tarkistettavaksi (asiakkaat löytyvät Asiakkaat-näkymän Tarkistettavat-suodattimella)
import-older-file = Tiedosto on vanhempi kuin uusin jo tuotu tiedosto (muokattu { $newest }): siinä voi olla vanhentuneita tietoja. Tarkista, että toit verkkokaupan uusimman viennin.
import-save-report = Tallenna raportti…
import-more = …ja { $count } muuta; tallennetussa raportissa ovat kaikki.
import-changes = Muutokset
import-changes-dry-run = Muutokset, jotka tuonti tekisi
import-change-row = Rivi { $row }: { $change }
import-change-new-customer = uusi asiakas
import-change-customer = asiakas { $customer } – { $fields }
import-change-kept = asiakas { $customer } – säilytetty rekisterin tieto, koska tiedostossa tyhjä tai virheellinen: { $fields }
import-change-new-order = uusi tilaus { $order }
import-change-customer-from-order = uusi asiakas tilauksen { $order } laskutustiedoista, tarkistettava
import-change-order-status = tilauksen { $order } tila
import-change-order-status-kept = tilauksen { $order } tila säilytetty rekisterin mukaisena: tilaus on rekisterissä pidemmällä kuin tiedostossa
import-csv-row = Rivi
import-csv-outcome = Tulos
import-csv-details = Selitys
import-csv-rejected = Hylätty
import-csv-to-check = Tarkistettava
import-csv-changed = Muutettu
import-csv-would-change = Muuttuisi
import-report-saved = Raportti tallennettu: { $path }
field-placed-at = Tilauspäivä
problem-duplicate-in-file = Sama tieto on jo tiedoston rivillä { $row }.
problem-erased = Asiakas on poistettu rekisteristä; tuonti ei palauta häntä. Poista asiakas myös verkkokaupasta.
problem-withdrawn-outside-webshop = Asiakas perui uutiskirjeen asiakaspalvelun kautta; peruutus pysyy voimassa.
problem-unidentifiable = Puuttuu tai ei kelpaa, eikä rivillä ole asiakasnumeroa: asiakasta ei voi erottaa muista.
problem-no-country-code = Asiakas asuu ulkomailla: anna numero maatunnuksen kanssa (esim. +46 70 123 45 67).
error-file-not-csv = Tiedostoa ei voitu lukea CSV-tiedostona: { $detail }
error-file-missing-column = Tiedostosta puuttuu sarake ”{ $column }”. Onko se oikea vienti verkkokaupasta?
error-file-mixed-encoding = Tiedostossa on kahta merkistöä (UTF-8 ja Windows-1252). Tallenna se uudelleen yhdellä merkistöllä.
error-file-unreadable = Tiedostoa ei voitu lukea: { $reason }

## Settings: the processing description, and the privacy notice

settings-tab-controller = Rekisterinpitäjä
settings-tab-processing = Käsittelyn kuvaus
processing-intro = Tietosuojaseloste ja rekisteriotteiden tiedot henkilötietojen käsittelystä kirjoitetaan tästä kuvauksesta. Tekstit kirjoitetaan kolmella kielellä, koska asiakas saa asiakirjansa suomeksi, ruotsiksi tai englanniksi.
processing-defaults = Nämä ovat uuden rekisterin oletukset. Tarkista ne ja tallenna, ennen kuin julkaiset tietosuojaselosteen.
processing-purposes = Tarkoitukset ja oikeusperusteet
processing-interest = Oikeutettu etu, kirjoitettuna auki
processing-recipients = Vastaanottajat ja käsittelijät
processing-recipients-help = Henkilötietojen käsittelijä käsittelee tietoja lukuunne sopimuksen perusteella (esimerkiksi verkkokauppa-alusta). Vastaanottaja käyttää saamiaan tietoja omiin tarkoituksiinsa (esimerkiksi kuljetusliike).
processing-recipient-name = Nimi
processing-category = Ryhmä
processing-role = Asema
processing-add-recipient = Lisää vastaanottaja
processing-remove = Poista
processing-transfer-country = Maa EU:n ja ETA:n ulkopuolella
processing-add-transfer = Lisää siirto EU:n ja ETA:n ulkopuolelle
processing-shipping = Toimitustavat
processing-shipping-help = Verkkokaupan toimitustapa sellaisena kuin se on tilauksella, ja kuljetusliike, jolle tilaus luovutetaan. Rekisteriote nimeää asiakkaalle ne kuljetusliikkeet, joille hänen tilauksensa on luovutettu.
processing-shipping-method = Toimitustapa
processing-handover = Kenelle tilaus luovutetaan
handover-pickup = Nouto – ei luovutusta
processing-add-shipping = Lisää toimitustapa
processing-unknown-methods = Tilauksissa on toimitustapoja, joita ei ole luettelossa. Rekisteriote nimeää ne sellaisinaan kuljetusliikkeiksi:
processing-add-this = Lisää luetteloon
processing-retention = Säilytysajat
processing-idle-months = Asiakassuhde päättyy, kun ei tilauksia eikä kirjautumisia (kuukautta)
processing-year-end = Tilikauden viimeinen päivä (pp.kk.)
processing-years-requests = Tietosuojapyyntöjen ja kirjeiden säilytys (vuotta)
processing-years-log = Tapahtuma- ja käyttölokin säilytys (vuotta)
processing-years-erased-keys = Poistettujen asiakkaiden tunnisteiden säilytys (vuotta)
processing-years-reason = Oletus on kolme vuotta: saatavat ja vahingonkorvausvaatimukset vanhentuvat yleensä kolmessa vuodessa (laki velan vanhentumisesta 728/2003, 4 §), ja niin kauan kaupan on voitava osoittaa käsitelleensä pyynnöt ja tiedot lainmukaisesti (tietosuoja-asetus, 5 artiklan 2 kohta). Poistetun asiakkaan tunnisteiden ansiosta häntä ei tuoda takaisin verkkokaupan tiedoista; säilytä ne, kunnes hän on poistunut myös verkkokaupasta ja sen vienneistä. Rekisteri poistaa vanhentuneet tiedot itse kirjautumisen yhteydessä.
processing-automated = Automaattinen päätöksenteko
processing-no-automated = Ei pelkästään automaattiseen käsittelyyn perustuvia päätöksiä eikä profilointia
processing-cookies = Evästeet ja analytiikka
text-in-fi = Suomeksi
text-in-sv = Ruotsiksi
text-in-en = Englanniksi
recipient-role-processor = Henkilötietojen käsittelijä
recipient-role-controller = Vastaanottaja (oma rekisterinpitäjä)
safeguard-short-adequacy-decision = Komission päätös tietosuojan riittävyydestä
safeguard-short-data-privacy-framework = EU:n ja Yhdysvaltojen tietosuojakehys (sertifioitu vastaanottaja)
safeguard-short-standard-clauses = Tietosuojaa koskevat vakiolausekkeet
safeguard-short-binding-corporate-rules = Yritystä koskevat sitovat säännöt
error-invalid-processing = Tarkista merkityt kohdat ({ $count }).
problem-not-a-third-country = Maa on EU:ssa tai ETA:ssa; sinne ei tarvita siirron suojatoimia.
changes-never = Tietosuojaselostetta ei ole vielä julkaistu.
changes-none = Asetukset vastaavat julkaistua tietosuojaselostetta (versio { $version }).
changes-title = Muutokset julkaistuun tietosuojaselosteeseen (versio { $version }, { $date }):
change-controller = Rekisterinpitäjän tiedot: { $field }
change-basis = { $purpose }: oikeusperuste { $before } → { $after }
change-purpose-added = Uusi käsittelyn tarkoitus: { $purpose }
change-interest = { $purpose }: oikeutettu etu kirjoitettu uudelleen
change-recipient-added = Uusi vastaanottaja: { $name }
change-recipient-removed = Poistettu vastaanottaja: { $name }
change-recipient-changed = Muutettu vastaanottaja: { $name }
change-shipping-added = Uusi toimitustapa: { $method }
change-shipping-removed = Poistettu toimitustapa: { $method }
change-shipping-changed = Toimitustavan kuljetusliike vaihtui: { $method }
change-idle-months = Asiakassuhteen päättyminen: { $before } → { $after } kuukautta
change-year-end = Tilikauden viimeinen päivä: { $before } → { $after }
change-years-requests = Tietosuojapyyntöjen säilytys: { $before } → { $after } vuotta
change-years-log = Tapahtuma- ja käyttölokin säilytys: { $before } → { $after } vuotta
change-years-erased-keys = Poistettujen asiakkaiden tunnisteiden säilytys: { $before } → { $after } vuotta
change-automated = Automaattista päätöksentekoa koskeva teksti muuttui
change-cookies = Evästeitä koskeva teksti muuttui
nav-notice = Tietosuojaseloste
notice-screen-title = Tietosuojaseloste
notice-screen-intro = Rekisteri kirjoittaa tietosuojaselosteen asetusten käsittelyn kuvauksesta suomeksi, ruotsiksi ja englanniksi. Julkaistu versio säilyy sellaisenaan; kun asetukset muuttuvat, julkaise uusi versio ja vaihda se verkkokauppaan.
notice-publish = Julkaise versio { $version }
notice-published = Tietosuojaseloste julkaistu.
notice-not-saved = Tallenna käsittelyn kuvaus asetuksissa ennen ensimmäistä julkaisua: uuden rekisterin oletukset on tarkistettava.
notice-nothing-to-publish = Asetuksissa ei ole muutoksia julkaistuun versioon.
notice-language = Kieli
notice-save-pdf = Tallenna PDF…
notice-save-markdown = Tallenna Markdown…
notice-save-html = Tallenna HTML…
notice-saved-to = Tallennettu: { $path }
notice-versions = Julkaistut versiot
notice-version-row = Versio { $version } · { $date } · { $by }
notice-preview = Esikatselu: näin asiakas lukee selosteen.
action-settings-processing = Käsittelyn kuvaus tallennettu
action-notice-publish = Tietosuojaseloste julkaistu
problem-not-a-day-and-month = Anna päivä ja kuukausi muodossa 31.12.
problem-unfit-check = Tämä tarkistustapa ei sovi pyynnön saapumistapaan.
problem-past-deadline = Määräaika on jo kulunut: vastausaikaa voi jatkaa vain kuukauden kuluessa pyynnön saapumisesta.
action-access-request-nothing-held = Tarkastuspyyntöön vastattu, ettei tietoja ole
action-access-request-waiting = Tarkastuspyynnön odotustila muutettu
action-access-request-read-document = Lähetetty asiakirja avattu
action-access-request-purge = Vanhentuneet tarkastuspyynnöt poistettu
action-erased-keys-purge = Poistettujen asiakkaiden tunnisteiden tiivisteet poistettu säilytysajan päätyttyä
action-audit-purge = Vanhentuneet lokitapahtumat poistettu
retention-requests = Tietosuojapyynnöt kirjeineen ja vastauksineen poistetaan, kun asetusten säilytysaika niiden päättymisestä on kulunut: rekisteri poistaa ne itse seuraavalla kirjautumisella, tai voit poistaa ne heti.
retention-purge-requests = Poista vanhentuneet pyynnöt
retention-requests-purged = { $count } vanhentunutta tietosuojapyyntöä poistettu.
close = Sulje
housekeeping-requests = { $count ->
    [one] Rekisteri poisti 1 tietosuojapyynnön kirjeineen ja vastauksineen, koska asetusten säilytysaika sen päättymisestä oli kulunut.
   *[other] Rekisteri poisti { $count } tietosuojapyyntöä kirjeineen ja vastauksineen, koska asetusten säilytysaika niiden päättymisestä oli kulunut.
}
housekeeping-vouchers = { $count ->
    [one] Rekisteri poisti 1 poistetun asiakkaan tilauksen, koska kirjanpitolain säilytysaika oli päättynyt.
   *[other] Rekisteri poisti { $count } poistettujen asiakkaiden tilausta, koska kirjanpitolain säilytysaika oli päättynyt.
}
housekeeping-log = { $count ->
    [one] Rekisteri poisti tapahtumalokista 1 merkinnän, jonka säilytysaika oli päättynyt; loki on yhä todennettavissa poistokohdasta alkaen.
   *[other] Rekisteri poisti tapahtumalokista { $count } merkintää, joiden säilytysaika oli päättynyt; loki on yhä todennettavissa poistokohdasta alkaen.
}
housekeeping-erased-keys = { $count ->
    [one] Rekisteri poisti 1 poistetun asiakkaan tunnisteen, jonka säilytysaika oli päättynyt.
   *[other] Rekisteri poisti { $count } poistettujen asiakkaiden tunnistetta, joiden säilytysaika oli päättynyt.
}
housekeeping-failed = Säilytysajan päättäneiden tietojen poisto epäonnistui: { $reason } Poisto yritetään uudelleen seuraavalla kirjautumisella.
error-ledger = Poistokirjanpitoa ei voitu käsitellä: { $reason }
error-newer-schema = Varmuuskopiossa on sovelluksen uudemman version rekisteri (skeema { $schema }). Päivitä sovellus ennen palautusta.
error-register-in-use = Tiedostossa { $path } on jo rekisteri. Palauta uuteen tiedostoon tai korvaa se (sulje sovellus ensin kaikilla työasemilla).
error-backup-chain-broken = Varmuuskopion lokitietojen ketju ei ole eheä: tapahtumaa { $seq } on muutettu tai se puuttuu. Varmuuskopiota ei palautettu.
error-backup-on-postgres = PostgreSQL-tietokannan varmuuskopiot otetaan palvelimen omilla työkaluilla (pg_dump); katso ohjeet README-tiedostosta.
error-not-a-backup = Tiedosto ei ole rekisterin varmuuskopio.
error-backup-newer-format = Varmuuskopio on tehty sovelluksen uudemmalla versiolla. Päivitä sovellus ennen palautusta.
error-wrong-passphrase = Salasana ei avaa tätä varmuuskopiota.
error-weak-passphrase = Salasana on liian lyhyt: käytä vähintään { $min } merkkiä.
error-backup-io = Varmuuskopiotiedostoa ei voitu käsitellä: { $reason }
error-backup-cut-short = Varmuuskopio on katkennut: tiedosto loppuu kesken. Mitään ei palautettu.
error-backup-header-changed = Varmuuskopion otsaketta on muutettu. Mitään ei palautettu.
error-backup-contents-changed = Varmuuskopion sisältöä on muutettu tai se on vaurioitunut. Mitään ei palautettu.
action-backup-take = Varmuuskopio otettu
action-backup-restore = Varmuuskopio palautettu
action-backup-settings = Varmuuskopioinnin asetukset muutettu
action-backup-erasure-replayed = Asiakas poistettu uudelleen poistokirjanpidon mukaan varmuuskopion palautuksen jälkeen
action-backup-ledger-unwritten = Poistokirjanpitoon ei voitu kirjoittaa
error-no-backup-folder = Varmuuskopiokansiota ei ole valittu: valitse se varmuuskopioinnin asetuksista.
field-backup-folder = Varmuuskopiokansio
field-keep-daily = Säilytettävät päivittäiset varmuuskopiot
field-keep-monthly = Säilytettävät kuukausittaiset varmuuskopiot
field-warn-after-days = Varoita, kun varmuuskopio on yli (päivää)
field-passphrase = Varmuuskopion salasana
problem-not-a-folder = Kansiota ei löydy tältä tietokoneelta. Anna koko polku olemassa olevaan kansioon.
nav-backups = Varmuuskopiot
backups-title = Varmuuskopiot
backups-none-yet = Rekisteristä ei ole vielä otettu varmuuskopiota. Valitse kansio ja ota ensimmäinen varmuuskopio: rikkoutunut levy tai varastettu kone veisi muuten koko rekisterin ja sen lokitiedot.
backups-last = Viimeisin varmuuskopio otettiin { $at } ({ $days ->
    [0] tänään
    [one] 1 päivä sitten
   *[other] { $days } päivää sitten
}).
backups-taken = Varmuuskopio tallennettu: { $path }.
backups-removed = { $removed ->
    [one] 1 vanhempi varmuuskopio poistettiin säilytettävien lisäksi.
   *[other] { $removed } vanhempaa varmuuskopiota poistettiin säilytettävien lisäksi.
}
backups-choose-folder = Valitse kansio…
backups-folder-hint = Valitse kansio toiselta levyltä tai verkkolevyltä, ei samalta levyltä kuin rekisteri. Kansioon kirjoitetaan myös poistokirjanpito, jonka avulla palautus poistaa uudelleen varmuuskopion jälkeen poistetut asiakkaat.
backups-take-title = Ota varmuuskopio nyt
backups-take-hint = Rekisteri ottaa varmuuskopion itse kerran päivässä, kun sovellus suljetaan. Tästä voit ottaa sen heti.
backups-passphrase-again = Salasana uudelleen
backups-take = Ota varmuuskopio
backups-taking = Otetaan varmuuskopiota…
notice-no-backup = Rekisteristä ei ole varmuuskopiota. Ota varmuuskopio Varmuuskopiot-sivulla.
notice-old-backup = Viimeisin varmuuskopio on { $days } päivää vanha ({ $at }). Ota uusi varmuuskopio Varmuuskopiot-sivulla.
backups-folder-first = Valitse ensin kansio ja aseta salasana.
error-no-backup-key = Varmuuskopioiden salasanaa ei ole asetettu: aseta se Varmuuskopiot-sivulla.
action-backup-key = Varmuuskopioiden salasana asetettu
backups-key-title = Varmuuskopioiden salasana
backups-key-change-title = Vaihda varmuuskopioiden salasana
backups-key-hint = Varmuuskopiot salataan avaimella, jonka vain tämä salasana avaa (vähintään 12 merkkiä). Salasanaa ei tarvita varmuuskopiota otettaessa, vain palautettaessa. Säilytä se turvassa muualla kuin varmuuskopioiden luona: ilman sitä varmuuskopiota ei voi palauttaa. Vaihdon jälkeen aiemmat varmuuskopiot aukeavat edelleen vanhalla salasanalla.
backups-set-key = Aseta salasana
backups-key-set = Salasana asetettu. Tästä eteenpäin varmuuskopiot avataan tällä salasanalla.
closing-backup = Otetaan päivän varmuuskopiota ennen sulkemista…
closing-backup-failed = Päivän varmuuskopiota ei voitu ottaa: { $reason } Ota varmuuskopio Varmuuskopiot-sivulla, kun avaat sovelluksen seuraavan kerran.
restore-title = Palauta varmuuskopio
restore-hint = Varmuuskopio palautetaan uuteen rekisteritiedostoon; nyt avoinna olevaan rekisteriin ei kosketa. Palautus poistaa uudelleen poistokirjanpidon mukaan varmuuskopion jälkeen poistetut asiakkaat. Avaa palautettu rekisteri käynnistämällä sovellus sillä (--database sqlite:///polku).
restore-nothing-chosen = Ei valittu
restore-choose-backup = Valitse varmuuskopio…
restore-choose-target = Valitse uusi rekisteritiedosto…
restore-your-password = Oma salasanasi
restore-button = Palauta
restore-restoring = Palautetaan…
restore-done = Varmuuskopio { $taken } palautettu tiedostoon { $path }: { $customers } asiakasta, { $orders } tilausta, { $requests } tietosuojapyyntöä; lokitietojen { $events } tapahtuman ketju tarkistettu.
restore-replayed = Poistokirjanpidossa oli { $entries } varmuuskopion jälkeistä merkintää; { $customers } asiakasta poistettiin uudelleen.
restore-no-ledger = Varmuuskopion vierestä ei löytynyt poistokirjanpitoa: varmuuskopion jälkeen poistetut asiakkaat voivat olla palautetussa rekisterissä.
error-import-running = Toinen tuonti on käynnissä (aloittanut { $by } { $since }). Odota, että se valmistuu, ja aloita sitten uudelleen.
error-import-undo-failed = { $failure } Myös tuonnin jo kirjoittamien tietojen peruminen epäonnistui: { $reason } Tuonti perutaan, kun seuraava tuonti aloitetaan tai joku seuraavaksi kirjautuu sisään; siihen asti rekisterissä on, mitä se ehti kirjoittaa.
import-undone-failed = Kaikki, mitä tuonti (aloittanut { $by } { $started }) ehti kirjoittaa, peruttiin: { $removed } lisättyä asiakasta poistettiin, { $restored } muutettua asiakasta palautettiin ennalleen ja { $orders } tilausta poistettiin.
import-undone-interrupted = Keskeytynyt tuonti (aloittanut { $by } { $started }) peruttiin ensin: { $removed } sen lisäämää asiakasta poistettiin, { $restored } sen muuttamaa asiakasta palautettiin ennalleen ja { $orders } tilausta poistettiin.
import-undone-kept = { $kept } sen lisäämää ja { $left } sen muuttamaa asiakasta jätettiin ennalleen, koska niitä on sen jälkeen muutettu tai niihin liittyy tilauksia, arvosteluja tai pyyntöjä.
order-to-check = Tarkistettavaa: tilaus tuotiin toimitusosoitteineen sellaisenaan, vaikka osoitteen tiedot eivät kelpaa. Tilaus on kirjanpidon tosite: tarkista, tuliko lähetys perille, ja korjaa asiakkaan osoite tarvittaessa.
customer-erased = Asiakas poistettu. { $orders } tilausta jäi kirjanpidon tositteiksi ilman nimeä ja osoitetta.
erasure-ledger-pending = Poistoa ei voitu kirjata varmuuskopiokansion poistokirjanpitoon ({ $reason }). Merkintä odottaa rekisterissä ja kirjataan seuraavan poiston, varmuuskopion tai kirjautumisen yhteydessä; siihen asti aiemman varmuuskopion palautus toisi asiakkaan takaisin. Tarkista, että varmuuskopiokansio on saatavilla.
login-ledger-pending = Kaikkia poistoja ei ole voitu kirjata varmuuskopiokansion poistokirjanpitoon ({ $reason }): merkinnät odottavat rekisterissä. Tarkista, että varmuuskopiokansio on saatavilla; siihen asti aiemman varmuuskopion palautus toisi poistetut asiakkaat takaisin.
error-register-open = Rekisteri { $path } on auki sovelluksessa tai komennossa tällä tietokoneella. Sulje se kaikkialla ennen kuin se korvataan.
error-file-duplicate-column = Tiedostossa on kaksi saraketta nimeltä ”{ $column }”: ei voi tietää, kummassa tiedot ovat. Tallenna se uudelleen yhdellä.
problem-not-a-customer-number = Tämä ei ole verkkokaupan asiakasnumero (vain numeroita, enintään 20). Rivi jätettiin tuomatta, jottei kahta asiakasta yhdistetä; korjaa numero tiedostoon.
requests-kept-vouchers = Poistettu asiakas, asiakasnumero { $id } (poistettu { $erased }) · säilytetyt tositteet { $orders }
requests-kept-vouchers-hint = Asiakkaan tiedot on poistettu, mutta tilausten tositteet säilytetään kirjanpitolain vuoksi. Ne ovat yhä hänen tietojaan: pyyntöön vastataan niiden rekisteriotteella.
requests-matched-vouchers = Poistetun asiakkaan { $id } säilytetyt tositteet
action-access-request-system = Haku muusta järjestelmästä kirjattu
action-vouchers-find = Poistetun asiakkaan säilytetyt tositteet haettu
field-other-systems = Muut järjestelmät
problem-system-holds-data = Haetussa järjestelmässä on pyytäjän tietoja: vastaa niillä, ei ilmoituksella, ettei tietoja ole.
requests-systems = Muut järjestelmät
requests-systems-intro = Oikeus saada pääsy tietoihin koskee kaikkia kaupan järjestelmiä, ei vain tätä rekisteriä. Hae pyytäjää jokaisesta ja merkitse, mitä löytyi. Jos tietoja löytyy, liitä niiden vienti vastaukseen itse ja kerro muistiinpanossa, mikä se on. Vastaus annetaan, kun jokainen järjestelmä on merkitty.
requests-system-email = Asiakaspalvelun sähköposti
requests-system-choose = Mitä löytyi?
requests-system-attached = Haettu, vienti liitetään vastaukseen
requests-system-nothing-found = Haettu, ei tietoja
requests-system-not-searched = Ei haettu (kerro syy)
requests-system-note = Muistiinpano
requests-system-save = Tallenna
requests-system-not-recorded = Ei merkitty
requests-system-saved = haku kirjattu
requests-system-recorded-attached = Haettu, vienti liitetään vastaukseen
requests-system-recorded-nothing-found = Haettu, ei tietoja
requests-system-recorded-not-searched = Ei haettu

## Customer details, named as the register extract names them
field-first-name = Etunimi
field-last-name = Sukunimi
field-email = Sähköposti
field-phone = Puhelin
field-street-address = Katuosoite
field-postal-code = Postinumero
field-city = Postitoimipaikka
field-country = Maa
field-webshop-username = Verkkokaupan käyttäjätunnus
field-company-name = Yrityksen nimi
field-vat-id = ALV-tunnus
field-business-id = Y-tunnus
field-webshop-customer-id = Verkkokaupan asiakasnumero
field-newsletter = Uutiskirje
created-at = Luotu
updated-at = Muokattu
field-last-webshop-login = Viimeisin kirjautuminen verkkokauppaan
field-webshop-password = Verkkokaupan salasana
yes = kyllä
no = ei
discard-question = Hylätäänkö muutokset?
discard-yes = Hylkää muutokset
discard-no = Jatka muokkausta
staff-role-question = Vaihdetaanko käyttäjän { $name } rooliksi { $role }?
staff-role-confirm = Vaihda rooli
role-changed-for = Käyttäjän { $name } rooli vaihdettu: { $role }.
filter-all-actions = Kaikki tapahtumat
audit-target-customer = asiakas
audit-target-order = tilaus
audit-target-review = arvio
audit-target-access-request = tietosuojapyyntö
audit-target-staff = käyttäjä
audit-target-organisation = asetukset
audit-target-register = rekisteri
audit-detail-fields = kentät
audit-detail-purpose = tarkoitus
audit-detail-purpose-words = tarkoitus sanoin
audit-detail-reference = viite
audit-detail-role = rooli
audit-detail-language = kieli
audit-detail-orders = tilauksia
audit-detail-customers = asiakkaita
audit-detail-requests = pyyntöjä
audit-detail-pages = sivuja
audit-detail-ids = numerot
audit-detail-years = vuotta
audit-detail-request = pyyntö
audit-detail-version = versio
password-rule = Vähintään { $min } merkkiä. Pituus ratkaisee: pitkä lause käy hyvin.

shortcut-title = Pikanäppäimet
shortcut-find = Hakuun (asiakkaat, tilaukset)
shortcut-save = Tallenna asiakkaan tiedot (uusi asiakas tai muokkaus)
shortcut-new = Uusi asiakas tai uusi tarkastuspyyntö
shortcut-screens = Edellinen tai seuraava sivu
shortcut-tab = Seuraava tai edellinen kenttä
shortcut-enter = Lähetä lomake
shortcut-escape = Sulje kysymys tai lomake; kysyy ennen kuin kirjoitettu hylätään
shortcut-help = Tämä luettelo
shortcut-close = F1 tai Esc sulkee luettelon.
no-file-dialog = Tällä työpöydällä ei voi avata tiedostoikkunaa (xdg-desktop-portal tai zenity puuttuu). Tallennettavat tiedostot menevät kansioon { $folder }, ja ruutu kertoo kunkin nimen; tiedostoa ei voi valita avattavaksi, ennen kuin jompikumpi asennetaan.
