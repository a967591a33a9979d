## Documents a customer receives: the register extract, the privacy notice and the letters.
## The same message ids in fi.ftl, sv.ftl and en.ftl; the staff app uses some of them too.

yes = kyllä
no = ei
created-at = Luotu
updated-at = Muokattu
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
order-status-received = vastaanotettu
order-status-paid = maksettu
order-status-shipped = lähetetty
order-status-delivered = toimitettu
order-status-cancelled = peruttu
document-page = Sivu { $page }/{ $pages }
document-draft = LUONNOS
document-personal = HENKILÖKOHTAINEN
year-end-1 = { $day }. tammikuuta
year-end-2 = { $day }. helmikuuta
year-end-3 = { $day }. maaliskuuta
year-end-4 = { $day }. huhtikuuta
year-end-5 = { $day }. toukokuuta
year-end-6 = { $day }. kesäkuuta
year-end-7 = { $day }. heinäkuuta
year-end-8 = { $day }. elokuuta
year-end-9 = { $day }. syyskuuta
year-end-10 = { $day }. lokakuuta
year-end-11 = { $day }. marraskuuta
year-end-12 = { $day }. joulukuuta

## The register extract

extract-title = Rekisteriote
extract-intro = Vastaus tarkastuspyyntöönne. Alla ovat tiedot, jotka tähän asiakasrekisteriin on teistä tallennettu, sekä tiedot niiden käsittelystä (EU:n yleinen tietosuoja-asetus, 15 artikla; tietosuojalaki 1050/2018).
extract-date = Päiväys
extract-basic = Perustiedot
extract-erased = Poistetut tietonne
extract-erased-intro = Tietonne poistettiin asiakasrekisteristämme { $date }. Kirjanpitolaki (1336/1997, 2 luku 10 §) velvoittaa meitä säilyttämään tilausten tositteet; niistä on poistettu nimenne, osoitteenne ja muut yhteystietonne, mutta ne ovat edelleen teitä koskevia tietoja. Alla ovat rekisterissä yhä olevat tositteet, tieto poistosta sekä käyttölokin merkinnät, joiden säilytysaika ei ole päättynyt.
extract-erased-number = Entinen asiakasnumeronne
extract-erased-at = Tiedot poistettu
extract-erased-reason = Poiston syy
extract-erased-reason-gone = ei enää tiedossa: merkintä on poistettu käyttölokin säilytysajan päätyttyä
extract-vouchers = Kirjanpitoa varten säilytetyt tositteet
erasure-reason-customer-request = pyyntönne
erasure-reason-retention-ended = asiakassuhteen säilytysaika päättyi
erasure-reason-other = muu syy
consultation-customer-erase = Asiakastiedot poistettu
consultation-vouchers-find = Säilytetyt tositteet haettu tietosuojapyyntöä varten
consultation-backup-erasure-replayed = Asiakastiedot poistettu uudelleen varmuuskopion palauttamisen jälkeen
extract-system = Haettu muualta
extract-system-email = asiakaspalvelun sähköposti
extract-system-attached = haettu, tiedot liitteenä
extract-system-nothing-found = haettu, ei tietoja
extract-system-not-searched = ei haettu
extract-orders = Tilaukset
extract-no-orders = Teillä ei ole tilauksia.
extract-reviews = Tuotearviot
extract-no-reviews = Ette ole kirjoittanut tuotearvioita.
extract-marketing = Uutiskirje ja markkinointi
extract-newsletter-yes = Olette tilannut uutiskirjeen.
extract-newsletter-no = Ette ole tilannut uutiskirjettä.
extract-marketing-refused = Olette kieltänyt suoramarkkinoinnin; emme lähetä teille markkinointiviestejä.
extract-marketing-allowed = Ette ole kieltänyt suoramarkkinointia. Voitte kieltää sen milloin tahansa.
extract-password-hash = tallennettu vain suolattuna tiivisteenä; salasanaa ei voi selvittää
extract-line-product = Tuote
extract-line-quantity = Määrä
extract-line-unit-price = À-hinta
extract-line-vat = ALV
extract-line-amount = Yhteensä
extract-order-total = Tilaus yhteensä
extract-delivered-to = Toimitusosoite
extract-shipping-method = Toimitustapa
extract-visible = näkyvissä verkkokaupassa
extract-hidden = piilotettu verkkokaupasta
extract-information = Tietoja henkilötietojenne käsittelystä
extract-notice-version = Voimassa oleva tietosuojaseloste: versio { $version }, julkaistu { $date }, luettavissa osoitteessa { $address }.
extract-draft = LUONNOS – ei lähetettäväksi. Rekisterin käsittelytietoja ei ole vahvistettu asetuksissa, joten tämän otteen tiedot käsittelystä ovat ohjelman oletuksia.
document-signature = Allekirjoitus ja nimenselvennys

## The privacy notice

notice-title = Tietosuojaseloste
notice-subtitle = { $controller }: verkkokaupan asiakasrekisteri. Tiedot henkilötietojen käsittelystä EU:n yleisen tietosuoja-asetuksen (2016/679) 13 ja 14 artiklan mukaisesti.
notice-version = Versio { $version }, julkaistu { $date }
notice-draft = Luonnos { $date }: tätä versiota ei ole julkaistu

## What the notice and the extract both say about the processing (GDPR Art. 13, 14 and 15)

info-controller-heading = Rekisterinpitäjä ja yhteystiedot
info-controller-business-id = Y-tunnus { $id }
info-controller-contact = Yhteyshenkilö rekisteriä koskevissa asioissa: { $name }, { $email }
info-purposes-heading = Käsittelyn tarkoitukset ja oikeusperusteet
info-purposes-intro = Käsittelemme henkilötietoja seuraaviin tarkoituksiin. Kunkin tarkoituksen kohdalla on sen oikeusperuste EU:n yleisen tietosuoja-asetuksen 6 artiklan 1 kohdan mukaan.
info-purpose-line = { $purpose }. Oikeusperuste: { $basis }.
info-purpose-interest = { $purpose }. Oikeusperuste: { $basis }. Oikeutettu etumme: { $interest }
purpose-orders = Tilausten toimittaminen ja niihin liittyvä yhteydenpito
purpose-customer-relationship = Asiakassuhteen hoitaminen: verkkokaupan asiakastili ja asiakaspalvelu
purpose-reviews = Tuotearvioiden julkaiseminen verkkokaupassa
purpose-service-development = Palvelun kehittäminen
purpose-reporting = Raportointi
purpose-newsletter = Uutiskirjeen lähettäminen
purpose-direct-marketing = Suoramarkkinointi
purpose-prize-draws = Arvontojen järjestäminen
purpose-bookkeeping = Kirjanpito: tilausten tositteiden säilyttäminen
purpose-data-protection-requests = Tietosuojaoikeuksia koskevien pyyntöjen käsittely
purpose-security = Tietoturva ja käyttöloki
basis-consent = suostumus (a alakohta)
basis-contract = sopimus (b alakohta)
basis-legal-obligation = lakisääteinen velvoite (c alakohta)
basis-legitimate-interest = oikeutettu etu (f alakohta)
info-categories-heading = Henkilötietoryhmät
info-category-basic = Perustiedot: etunimi, sukunimi, sähköpostiosoite, puhelinnumero, postiosoite ja maa.
info-category-account = Verkkokaupan asiakastili: asiakasnumero, käyttäjätunnus ja viimeisin kirjautuminen. Salasana on tallessa vain suolattuna tiivisteenä, josta salasanaa ei voi selvittää.
info-category-business = Yritysasiakkaan tiedot: yrityksen nimi ja ALV-tunnus.
info-category-marketing = Markkinointia koskevat valinnat: uutiskirjeen tilaus ja suoramarkkinointikielto sekä niiden muutokset (milloin ja miten ne on ilmoitettu).
info-category-orders = Tilaukset: tilausnumero, päivämäärä, tila, toimitustapa, toimitusosoite, tuotteet, hinnat ja summat.
info-category-vouchers = Tilausten tositteet ilman nimeä, osoitetta ja muita yhteystietoja: tilausnumero, päivämäärät, tila, toimitustapa, toimitusmaa, tuotteet, hinnat ja summat sekä asiakasnumero, joka teillä oli.
info-category-reviews = Tuotearviot.
info-category-requests = Tietosuojaa koskevat pyynnöt ja niihin annetut vastaukset.
info-category-log = Käyttöloki: milloin tietojanne on katsottu, muutettu tai luovutettu ja missä tehtävässä.
info-recipients-heading = Vastaanottajat
info-recipients-intro = Tietoja luovutetaan vain siltä osin kuin kukin tarkoitus edellyttää. Henkilötietojen käsittelijät käsittelevät tietoja lukuumme ja ohjeidemme mukaan käsittelysopimuksen perusteella. Muut vastaanottajat käsittelevät saamiaan tietoja omaan lukuunsa rekisterinpitäjinä.
info-recipients-controllers = Vastaanottajat, joille tietoja luovutetaan:
info-recipients-controllers-yours = Vastaanottajat, joille tietojanne on luovutettu:
info-recipients-public = Julkaistut tuotearviot näkyvät kaikille verkkokaupan tuotesivuilla (yleisö).
info-recipients-public-yours = Julkaistut tuotearvionne näkyvät kaikille verkkokaupan tuotesivuilla (yleisö).
info-recipients-possible = Lisäksi seuraavat voivat käsitellä tietojanne tehtäviensä vuoksi; rekisteri ei kirjaa sitä asiakaskohtaisesti:
info-recipients-processors = Henkilötietojen käsittelijät:
info-recipients-none = Tietoja ei luovuteta kenellekään.
info-recipient-named = { $name } ({ $kind }): { $data }
info-recipient-unnamed = { $kind }: { $data }
recipient-kind-carrier = kuljetusliike
recipient-kind-webshop-platform = verkkokauppa-alusta
recipient-kind-newsletter-service = uutiskirjepalvelu
recipient-kind-payment-provider = maksunvälittäjä
recipient-kind-accountant = tilitoimisto
recipient-kind-it-services = tietojärjestelmien ylläpitäjä
recipient-kind-other = muu vastaanottaja
recipient-data-carrier = tilauksen toimittamiseen tarvittavat nimi, toimitusosoite ja yhteystiedot
recipient-data-webshop-platform = verkkokaupan asiakastili sekä tilaukset tietoineen
recipient-data-newsletter-service = uutiskirjeen tilaajan nimi ja sähköpostiosoite
recipient-data-payment-provider = maksun käsittelyyn tarvittavat tiedot
recipient-data-accountant = kirjanpidon tositteet
recipient-data-it-services = rekisterin tiedot siltä osin kuin tietojärjestelmien ylläpito edellyttää
recipient-data-other = tehtävänsä edellyttämät tiedot
info-transfers-heading = Siirrot EU:n ja ETA:n ulkopuolelle
info-transfers-none = Tietoja ei siirretä Euroopan unionin tai Euroopan talousalueen ulkopuolelle.
info-transfers-intro = Seuraavat vastaanottajat käsittelevät tietoja myös Euroopan unionin ja Euroopan talousalueen ulkopuolella. Siirtojen suojatoimet on mainittu kunkin kohdalla; jäljennöksen suojatoimista saa pyytämällä osoitteesta { $email }.
info-transfer-line = { $recipient }: { $country }, { $safeguard }
safeguard-adequacy-decision = Euroopan komission päätös tietosuojan riittävyydestä (tietosuoja-asetuksen 45 artikla)
safeguard-data-privacy-framework = EU:n ja Yhdysvaltojen välinen tietosuojakehys (Data Privacy Framework), johon vastaanottaja on sitoutunut: Euroopan komission 10.7.2023 tekemä päätös tietosuojan riittävyydestä (tietosuoja-asetuksen 45 artikla)
safeguard-standard-clauses = Euroopan komission hyväksymät tietosuojaa koskevat vakiolausekkeet (46 artiklan 2 kohdan c alakohta)
safeguard-binding-corporate-rules = yritystä koskevat sitovat säännöt (47 artikla)
info-retention-heading = Säilytysaika
info-retention-customer = Perustiedot, verkkokaupan asiakastili, yritysasiakkaan tiedot, tilaukset, markkinointia koskevat valinnat ja tuotearviot säilytetään asiakassuhteen ajan. Asiakassuhde päättyy, kun asiakas pyytää tietojensa poistamista tai kun hän ei ole tilannut eikä kirjautunut verkkokauppaan { $months ->
        [1] yhteen kuukauteen
        [2] kahteen kuukauteen
        [3] kolmeen kuukauteen
        [4] neljään kuukauteen
        [5] viiteen kuukauteen
        [6] kuuteen kuukauteen
        [7] seitsemään kuukauteen
        [8] kahdeksaan kuukauteen
        [9] yhdeksään kuukauteen
       *[other] { $months } kuukauteen
    }; tällaisen asiakkaan tiedot poistetaan säännöllisesti tehtävässä tarkistuksessa.
info-retention-vouchers = Tilausten tositteet säilytetään kirjanpitolain (1336/1997) 2 luvun 10 §:n mukaisesti vähintään kuusi vuotta sen vuoden lopusta, jonka aikana tilikausi on päättynyt; tilikautemme päättyy { $year_end }. Kun asiakkaan tiedot on poistettu, rekisterissämme tositteisiin jäävät tilausnumero, päivämäärät, toimitustapa, toimitusmaa, tuotteet ja summat ilman nimeä, osoitetta ja muita yhteystietoja. Ne ovat silloin pseudonymisoituja tietoja: ne voidaan yhä yhdistää asiakkaaseen esimerkiksi tilausvahvistuksen tilausnumerolla, joten ne ovat edelleen henkilötietoja. Tositteisiin jää myös asiakkaan entinen asiakasnumero, ja poistettujen tunnisteiden säilytysajan tiiviste hänen sähköpostiosoitteestaan ja verkkokaupan asiakasnumerostaan, jotta voimme antaa tositteet hänelle, jos hän pyytää saada tietää, mitä hänestä on tallessa. Tositteet poistetaan säilytysajan päätyttyä.
info-retention-requests = Tietosuojaa koskevat pyynnöt ja niihin liittyvät kirjeet ja vastaukset säilytetään { $years ->
        [one] vuoden
       *[other] { $years_text } vuotta
    } pyynnön käsittelyn päättymisestä, jotta voimme osoittaa käsitelleemme pyynnön asianmukaisesti.
info-retention-log = Käyttölokin merkinnöissä ei ole asiakkaan nimeä tai yhteystietoja, mutta ne yksilöivät asiakkaan asiakasnumerolla, joten ne ovat pseudonymisoituja henkilötietoja. Ne säilytetään { $years ->
        [one] vuoden
       *[other] { $years_text } vuotta
    } merkinnästä, jotta tietojen käsittely voidaan jälkikäteen todentaa, ja poistetaan sitten.
info-retention-erased = Kun asiakkaan tiedot on poistettu, rekisteriin jää hänen sähköpostiosoitteestaan ja verkkokaupan asiakasnumerostaan laskettu tiiviste, jotta poistettuja tietoja ei tuoda uudelleen verkkokaupan tiedoista. Tiiviste on pseudonymisoitu henkilötieto, eikä siitä voi päätellä nimeä tai yhteystietoja. Se säilytetään { $years ->
        [one] vuoden
       *[other] { $years_text } vuotta
    } poistamisesta ja poistetaan sitten.
info-rights-heading = Oikeutenne
info-rights-list = Teillä on oikeus
info-right-access = saada tietää, käsittelemmekö teitä koskevia tietoja, ja saada jäljennös niistä (tietosuoja-asetuksen 15 artikla)
info-right-rectification = vaatia virheellisten tietojen oikaisemista (16 artikla)
info-right-erasure = vaatia tietojenne poistamista (17 artikla)
info-right-restriction = vaatia käsittelyn rajoittamista (18 artikla)
info-right-portability = saada antamanne tiedot jäsennellyssä, yleisesti käytetyssä ja koneluettavassa muodossa ja siirtää ne toiselle rekisterinpitäjälle, kun käsittely perustuu suostumukseen tai sopimukseen (20 artikla)
info-right-object = Teillä on oikeus milloin tahansa vastustaa tietojenne käsittelyä suoramarkkinointia varten (suoramarkkinointikielto); sen jälkeen tietojanne ei käytetä siihen. Voitte myös erityiseen tilanteeseenne liittyvällä perusteella vastustaa käsittelyä, joka perustuu oikeutettuun etuumme (21 artikla).
info-right-withdraw = Kun käsittely perustuu suostumukseen ({ $purposes }), voitte peruuttaa suostumuksenne milloin tahansa. Peruuttaminen ei vaikuta ennen sitä tehdyn käsittelyn lainmukaisuuteen.
info-rights-how = Pyynnön voi esittää millä tavalla tahansa: sähköpostitse osoitteeseen { $email }, kirjeellä, puhelimitse tai verkkokaupan viestillä. Allekirjoitusta ei tarvita. Varmistamme henkilöllisyytenne vain tarpeellisin tiedoin, esimerkiksi pyytämällä vastauksen rekisterissä olevasta sähköpostiosoitteesta. Vastaamme ilman aiheetonta viivytystä ja viimeistään kuukauden kuluessa pyynnön saapumisesta; jos pyyntö on monimutkainen tai pyyntöjä on paljon, määräaikaa voidaan jatkaa enintään kahdella kuukaudella, ja siitä ilmoitetaan perusteluineen kuukauden kuluessa. Jäljennös tiedoista on maksuton.
info-complaint-heading = Oikeus tehdä valitus valvontaviranomaiselle
info-complaint = Jos katsotte, että henkilötietojenne käsittelyssä rikotaan tietosuoja-asetusta, teillä on oikeus tehdä valitus valvontaviranomaiselle, erityisesti siinä EU:n jäsenvaltiossa, jossa vakinainen asuinpaikkanne tai työpaikkanne on tai jossa väitetty rikkominen on tapahtunut. Suomessa valvontaviranomainen on tietosuojavaltuutettu:
info-complaint-authority = Tietosuojavaltuutetun toimisto, PL 800, 00531 Helsinki (käyntiosoite Lintulahdenkuja 4, 00530 Helsinki), puhelinvaihde 029 566 6700, tietosuoja@om.fi, tietosuoja.fi
info-requirement-heading = Onko tietojen antaminen pakollista
info-requirement = Nimi ja sähköpostiosoite sekä toimitustavan mukaan toimitusosoite ja puhelinnumero tarvitaan tilauksen tekemiseen ja toimittamiseen; ilman niitä emme voi ottaa tilausta vastaan. Muiden tietojen antaminen on vapaaehtoista, eikä uutiskirjeen tilaaminen tai arvontaan osallistuminen ole ostamisen edellytys.
info-source-heading = Tietolähteet
info-source = Tiedot saadaan teiltä itseltänne, kun rekisteröidytte verkkokauppaan, tilaatte, kirjoitatte tuotearvion tai otatte yhteyttä asiakaspalveluumme. Tilaus- ja kirjautumistiedot tallentuvat verkkokaupan käytön aikana, ja ne siirretään rekisteriin verkkokauppa-alustalta. Muista lähteistä tietoja ei hankita.
info-automated-heading = Automaattinen päätöksenteko ja profilointi
info-automated-none = Emme tee teitä koskevia päätöksiä pelkästään automaattisen käsittelyn perusteella emmekä profiloi teitä (tietosuoja-asetuksen 22 artikla).
info-security-heading = Tietoturva
info-security = Rekisteriä käyttävät vain ne työntekijämme, joiden tehtävät sitä edellyttävät. Jokaisella on oma käyttäjätunnuksensa, ja kukin näkee vain työnsä vaatimat tiedot. Kun rekisterin käyttäjä katsoo, muuttaa tai luovuttaa tietojanne, siitä jää merkintä käyttölokiin; lokin jälkikäteinen muuttaminen voidaan havaita. Verkkokaupan salasananne on tallessa vain suolattuna tiivisteenä, josta salasanaa ei voi selvittää; emme näe salasanaanne.
info-cookies-heading = Evästeet

## Letters about an access request

letter-reference = Viite
letter-received = Pyyntö saapunut
letter-complaint = Jos katsotte, että henkilötietojenne käsittelyssä rikotaan tietosuoja-asetusta, voitte tehdä valituksen valvontaviranomaiselle, Suomessa tietosuojavaltuutetulle:
letter-covering-title = Vastaus tarkastuspyyntöönne
letter-covering-body = Kiitos tarkastuspyynnöstänne, jonka saimme { $received }. Oheisena on rekisteriote: jäljennös tiedoista, jotka tähän asiakasrekisteriin on teistä tallennettu, sekä tiedot niiden käsittelystä (EU:n yleinen tietosuoja-asetus, 15 artikla).
letter-covering-electronic = Lähetämme otteen sähköisesti: liitteenä ovat rekisteriote PDF-tiedostona ja samat tiedot koneluettavana JSON-tiedostona. Jos haluatte otteen paperilla, kertokaa siitä meille.
letter-covering-post = Lähetämme otteen paperilla. Pyynnöstänne saatte samat tiedot myös sähköisesti koneluettavana tiedostona.
letter-covering-rights = Jos tiedoissa on virheitä tai haluatte käyttää muita oikeuksianne, esimerkiksi pyytää tietojenne poistamista, voitte ottaa meihin yhteyttä millä tavalla tahansa, esimerkiksi sähköpostitse osoitteeseen { $email }.
letter-nothing-held-title = Vastaus tarkastuspyyntöönne
letter-nothing-held-body = Kiitos tarkastuspyynnöstänne, jonka saimme { $received }.
letter-nothing-held-searched = Haimme tietojanne asiakasrekisteristämme ja sen säilyttämistä tilausten tositteista pyynnössä antamillanne tiedoilla: { $details }.
letter-nothing-held-systems = Haimme tietojanne myös muista järjestelmistä, joissa käsittelemme asiakkaidemme tietoja:
letter-nothing-held-none = Emme löytäneet teitä koskevia henkilötietoja. Emme käsittele teistä muita henkilötietoja kuin tämän pyynnön ja siihen antamamme vastauksen (EU:n yleinen tietosuoja-asetus, 15 artiklan 1 kohta).
letter-nothing-held-none-searched = Hakemistamme paikoista emme löytäneet teitä koskevia henkilötietoja. Käsittelemme teistä tämän pyynnön ja siihen antamamme vastauksen (EU:n yleinen tietosuoja-asetus, 15 artiklan 1 kohta).
letter-searched-by-name = nimi
letter-searched-by-email = sähköpostiosoite
letter-searched-by-phone = puhelinnumero
letter-list-and = ja
letter-covering-systems = Ote kattaa tämän asiakasrekisterin tiedot. Haimme tietojanne myös muista järjestelmistä, joissa käsittelemme asiakkaidemme tietoja:
letter-system-attached = { $system }: haettu; siellä olevat tietonne ovat liitteenä
letter-system-nothing-found = { $system }: haettu; teistä ei ole siellä tietoja
letter-system-not-searched = { $system }: ei haettu. Syy: { $note }
letter-system-email = asiakaspalvelun sähköposti ({ $email })
letter-nothing-held-request = Säilytämme tämän pyynnön ja vastauksemme { $years ->
        [one] vuoden
       *[other] { $years_text } vuotta
    } pyynnön käsittelyn päättymisestä, jotta voimme osoittaa käsitelleemme pyynnön; sen jälkeen ne poistetaan.
letter-extension-title = Tarkastuspyyntönne käsittelyaika pitenee
letter-extension-body = Saimme tarkastuspyyntönne { $received }. Emme pysty vastaamaan siihen kuukauden kuluessa, joten jatkamme vastausaikaa kahdella kuukaudella EU:n yleisen tietosuoja-asetuksen 12 artiklan 3 kohdan nojalla. Vastaamme viimeistään { $due }.
letter-extension-reason = Syy: { $reason }
letter-identification-title = Tarvitsemme lisätietoja henkilöllisyytenne varmistamiseksi
letter-identification-body = Saimme pyyntönne { $received }. Jotta voimme varmistaa, että annamme tiedot vain teille itsellenne, tarvitsemme teiltä seuraavat tiedot:
letter-identification-reply = Voitte vastata tähän kirjeeseen millä tavalla tahansa, esimerkiksi sähköpostitse osoitteeseen { $email }. Pyydämme vain ne tiedot, jotka henkilöllisyytenne varmistamiseen tarvitaan (EU:n yleinen tietosuoja-asetus, 12 artiklan 6 kohta).
letter-identification-deadline = Vastausaikamme on kuukausi pyynnön saapumisesta. Se ei kulu sinä aikana, jona odotamme näitä tietoja, vaan jatkuu, kun olemme saaneet ne.
letter-refusal-title = Emme voi toimittaa pyytämiänne tietoja
letter-refusal-body = Saimme tarkastuspyyntönne { $received }. Emme toimita pyytämiänne tietoja.
letter-refusal-reason = Syy: { $reason }
letter-refusal-remedies = Teillä on oikeus tehdä valitus valvontaviranomaiselle, erityisesti siinä EU:n jäsenvaltiossa, jossa vakinainen asuinpaikkanne tai työpaikkanne on tai jossa väitetty rikkominen on tapahtunut; Suomessa valvontaviranomainen on tietosuojavaltuutettu. Teillä on myös oikeus saattaa asia tuomioistuimen käsiteltäväksi (tietosuoja-asetuksen 79 artikla): kanteen voi nostaa Suomen käräjäoikeudessa tai sen jäsenvaltion tuomioistuimessa, jossa vakinainen asuinpaikkanne on. Tietosuojavaltuutetun yhteystiedot:

## The whole copy: marketing choices, requests, the consultation log

field-webshop-customer-id = Verkkokaupan asiakasnumero
field-last-webshop-login = Viimeisin kirjautuminen verkkokauppaan
extract-consents = Markkinointivalintojen historia
extract-no-consents = Markkinointivalintojanne ei ole muutettu.
extract-consents-erased = Markkinointivalintojenne historia poistettiin muiden tietojenne kanssa.
extract-when = Aika
extract-choice = Valinta
extract-how = Miten ilmoititte
extract-role = Työntekijän tehtävä
extract-requests = Tarkastuspyyntönne
extract-no-requests = Ei aiempia pyyntöjä.
extract-channel = Saapumistapa
extract-outcome = Käsittely
extract-closed = Päättynyt
extract-requester = Pyytäjä
extract-requester-address = Pyytäjän osoite
extract-request-letter = Pyyntö tiedostona
extract-identity-check = Henkilöllisyyden varmistus
extract-identity-note = Huomio varmistuksesta
extract-due = Vastattava viimeistään
extract-delivery = Vastauksen toimitustapa
request-delivery-electronic = sähköisesti
request-delivery-post = paperilla
extract-waiting-since = Määräaika pysähdyksissä lisätietoja odotettaessa, alkaen
extract-paused-days = Päivät, joina määräaika oli pysähdyksissä
extract-extension-reason = Vastausajan jatkamisen syy
extract-rejection-reason = Epäämisen syy
extract-document-sent = Lähetetty asiakirja
language-fi = suomeksi
language-sv = ruotsiksi
language-en = englanniksi
extract-consultations = Käyttöloki
extract-consultations-intro = Milloin tietojanne on katsottu, muutettu tai luovutettu, mitä tehtiin, mihin tarkoitukseen ja missä tehtävässä. Työntekijöiden nimiä ei lähtökohtaisesti anneta (unionin tuomioistuimen tuomio asiassa C-579/21); jos tarvitsette niitä oikeuksienne käyttämiseksi, ottakaa yhteyttä meihin.
extract-no-consultations = Käyttölokissa ei ole merkintöjä.
extract-action = Toimenpide
extract-purpose = Tarkoitus
consultation-purpose-unrecorded = ei kirjattu
consultation-purpose-customer-service = asiakaspalvelu
consultation-purpose-order-handling = tilauksen käsittely
consultation-purpose-correction = tietojen korjaaminen
consultation-purpose-data-protection-request = tietosuojapyyntöönne vastaaminen
consultation-purpose-retention-review = säilytysajan tarkistus
consultation-purpose-import = tietojen tuonti verkkokaupasta
consultation-purpose-marketing-export = uutiskirjeen vastaanottajien vienti
consultation-purpose-search = asiakkaan hakeminen
consultation-purpose-other = muu
consent-newsletter-granted = Uutiskirje tilattu
consent-newsletter-withdrawn = Uutiskirje peruttu
consent-marketing-refused = Suoramarkkinointi kielletty
consent-marketing-allowed = Suoramarkkinointikielto peruttu
consent-via-webshop = verkkokaupassa
consent-via-phone = puhelimitse
consent-via-email = sähköpostilla
consent-via-letter = kirjeellä
consent-via-staff = asiakaspalvelussa
consent-via-import = verkkokaupan tiedoista
request-channel-letter = kirje
request-channel-email = sähköposti
request-channel-webshop-message = verkkokaupan viesti
request-channel-phone = puhelu
request-channel-in-person = käynti
request-outcome-received = vastaanotettu, käsittelyssä
request-outcome-verified = henkilöllisyys varmistettu, käsittelyssä
request-outcome-answered = vastattu rekisteriotteella
request-outcome-nothing-held = vastattu: ei tietoja rekisterissä
request-outcome-rejected = hylätty
request-check-signed-letter = allekirjoitettu kirje, nimi ja osoite vastasivat rekisteriä
request-check-registered-email = pyyntö tai vastaus rekisterissä olevasta sähköpostiosoitteesta
request-check-webshop-account = lähetetty kirjautuneena omalta verkkokauppatililtä
request-check-registered-phone = soitto takaisin rekisterissä olevaan numeroon
request-check-id-document = henkilöllisyystodistus
request-check-other = muu tarkistus
request-document-extract = rekisteriote
request-document-extract-json = rekisteriote koneluettavana (JSON)
request-document-covering-letter = saatekirje
request-document-nothing-held-letter = vastaus, ettei tietoja ole
request-document-extension-letter = ilmoitus vastausajan jatkamisesta
request-document-refusal-letter = hylkäyskirje
request-document-identification-letter = lisätietopyyntö henkilöllisyyden varmistamiseksi
staff-role-admin = pääkäyttäjä
staff-role-customer-service = asiakaspalvelu
staff-role-marketing = markkinointi
staff-role-fulfilment = lähettämö
consultation-customer-read = Asiakastiedot avattu
consultation-customer-create = Asiakastiedot kirjattu rekisteriin
consultation-customer-update = Asiakastietoja muutettu
consultation-customer-orders-read = Tilaukset katsottu
consultation-customer-reviews-read = Tuotearviot katsottu
consultation-customer-disclosures-read = Luovutustiedot katsottu
consultation-consent-change = Markkinointivalinta kirjattu
consultation-extract-generate = Rekisteriote koottu
consultation-extract-save = Rekisteriote tallennettu toimitettavaksi
consultation-order-create = Tilaus kirjattu
consultation-order-read = Tilaus avattu
consultation-review-create = Tuotearvio kirjattu
consultation-review-hide = Tuotearvio piilotettu verkkokaupasta
consultation-review-show = Tuotearvio näytetty verkkokaupassa
consultation-access-request-log = Tarkastuspyyntö kirjattu
consultation-access-request-system = Haku muusta järjestelmästä kirjattu
consultation-access-request-match = Tarkastuspyyntö yhdistetty asiakastietoihin
consultation-access-request-checklist = Henkilöllisyyden tarkistus kirjattu
consultation-access-request-waiting = Lisätietoja pyydetty pyynnön esittäjältä
consultation-access-request-verify = Henkilöllisyys varmistettu
consultation-access-request-attach-letter = Pyynnön kirje tai viesti tallennettu
consultation-access-request-read-letter = Pyynnön kirje tai viesti avattu
consultation-access-request-read-document = Lähetetty asiakirja avattu
consultation-access-request-answer = Tarkastuspyyntöön vastattu
consultation-access-request-nothing-held = Vastattu, ettei tietoja ole
consultation-access-request-extend = Vastausaikaa jatkettu
consultation-access-request-delivery = Vastauksen toimitustapa kirjattu
consultation-access-request-ask-identification = Pyydetty lisätietoja henkilöllisyyden varmistamiseksi
consultation-access-request-reject = Tarkastuspyyntö hylätty

## Countries by their ISO 3166 codes: where customers live, and where transfers go

country-AD = Andorra
country-AE = Arabiemiirikunnat
country-AR = Argentiina
country-AT = Itävalta
country-AU = Australia
country-AX = Ahvenanmaa
country-BE = Belgia
country-BG = Bulgaria
country-BR = Brasilia
country-CA = Kanada
country-CH = Sveitsi
country-CN = Kiina
country-CY = Kypros
country-CZ = Tšekki
country-DE = Saksa
country-DK = Tanska
country-EE = Viro
country-ES = Espanja
country-FI = Suomi
country-FO = Färsaaret
country-FR = Ranska
country-GB = Yhdistynyt kuningaskunta
country-GG = Guernsey
country-GR = Kreikka
country-HR = Kroatia
country-HU = Unkari
country-IE = Irlanti
country-IL = Israel
country-IM = Mansaari
country-IN = Intia
country-IS = Islanti
country-IT = Italia
country-JE = Jersey
country-JP = Japani
country-KR = Etelä-Korea
country-LI = Liechtenstein
country-LT = Liettua
country-LU = Luxemburg
country-LV = Latvia
country-MT = Malta
country-MX = Meksiko
country-NL = Alankomaat
country-NO = Norja
country-NZ = Uusi-Seelanti
country-PL = Puola
country-PT = Portugali
country-RO = Romania
country-SE = Ruotsi
country-SG = Singapore
country-SI = Slovenia
country-SK = Slovakia
country-TR = Turkki
country-UA = Ukraina
country-US = Yhdysvallat
country-UY = Uruguay
country-ZA = Etelä-Afrikka

## Numbers from one to nine in running text

number-word-1 = yksi
number-word-2 = kaksi
number-word-3 = kolme
number-word-4 = neljä
number-word-5 = viisi
number-word-6 = kuusi
number-word-7 = seitsemän
number-word-8 = kahdeksan
number-word-9 = yhdeksän

# The names of the files a request's documents are saved under: lower case, words joined
# with hyphens.
file-name-extract = rekisteriote
file-name-extract-json = rekisteriote
file-name-covering-letter = saatekirje
file-name-nothing-held-letter = vastaus-ei-tietoja
file-name-extension-letter = vastausajan-jatkaminen
file-name-refusal-letter = hylkäys
file-name-identification-letter = lisätietopyyntö
