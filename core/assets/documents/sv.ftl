## Documents a customer receives: the register extract, the privacy notice and the letters.
## The same message ids in fi.ftl, sv.ftl and en.ftl. Finland-Swedish, with the terms of the
## Swedish texts of the GDPR and of Finnish law (FO-nummer, bokföringslagen, räkenskapsperiod).

yes = ja
no = nej
created-at = Skapad
updated-at = Ändrad
field-first-name = Förnamn
field-last-name = Efternamn
field-email = E-post
field-phone = Telefon
field-street-address = Gatuadress
field-postal-code = Postnummer
field-city = Postanstalt
field-country = Land
field-newsletter = Nyhetsbrev
field-webshop-username = Användarnamn i webbutiken
field-webshop-password = Lösenord i webbutiken
field-company-name = Företagets namn
field-vat-id = Momsnummer
field-business-id = FO-nummer
order-status-received = mottagen
order-status-paid = betald
order-status-shipped = skickad
order-status-delivered = levererad
order-status-cancelled = annullerad
document-page = Sida { $page }/{ $pages }
document-draft = UTKAST
document-personal = PERSONLIGT
year-end-1 = { $day } januari
year-end-2 = { $day } februari
year-end-3 = { $day } mars
year-end-4 = { $day } april
year-end-5 = { $day } maj
year-end-6 = { $day } juni
year-end-7 = { $day } juli
year-end-8 = { $day } augusti
year-end-9 = { $day } september
year-end-10 = { $day } oktober
year-end-11 = { $day } november
year-end-12 = { $day } december

## The register extract

extract-title = Registerutdrag
extract-intro = Svar på din begäran om tillgång. Nedan finns de uppgifter om dig som har sparats i detta kundregister samt information om hur de behandlas (EU:s allmänna dataskyddsförordning, artikel 15; dataskyddslagen 1050/2018).
extract-date = Datum
extract-basic = Grunduppgifter
extract-erased = Dina raderade uppgifter
extract-erased-intro = Dina uppgifter raderades ur vårt kundregister { $date }. Bokföringslagen (1336/1997, 2 kap. 10 §) förpliktar oss att spara verifikaten för beställningarna; ditt namn, din adress och dina övriga kontaktuppgifter har tagits bort ur dem, men de är fortfarande uppgifter om dig. Nedan finns de verifikat som fortfarande finns i registret, uppgiften om raderingen och de anteckningar i användningsloggen vars lagringstid inte har gått ut.
extract-erased-number = Ditt tidigare kundnummer
extract-erased-at = Uppgifterna raderades
extract-erased-reason = Orsak till raderingen
extract-erased-reason-gone = inte längre känd: anteckningen har raderats när användningsloggens lagringstid gick ut
extract-vouchers = Verifikat som sparas för bokföringen
erasure-reason-customer-request = din begäran
erasure-reason-retention-ended = kundrelationens lagringstid gick ut
erasure-reason-other = annan orsak
consultation-customer-erase = Kunduppgifterna raderade
consultation-vouchers-find = Sparade verifikat sökta för en begäran som gäller dataskydd
consultation-backup-erasure-replayed = Kunduppgifterna raderade på nytt efter att en säkerhetskopia återställts
extract-system = Sökt på annat ställe
extract-system-email = kundtjänstens e-post
extract-system-attached = genomsökt, uppgifterna bifogade
extract-system-nothing-found = genomsökt, inga uppgifter
extract-system-not-searched = inte genomsökt
extract-orders = Beställningar
extract-no-orders = Du har inga beställningar.
extract-reviews = Produktrecensioner
extract-no-reviews = Du har inte skrivit några produktrecensioner.
extract-marketing = Nyhetsbrev och marknadsföring
extract-newsletter-yes = Du prenumererar på nyhetsbrevet.
extract-newsletter-no = Du prenumererar inte på nyhetsbrevet.
extract-marketing-refused = Du har invänt mot direkt marknadsföring; vi skickar dig ingen marknadsföring.
extract-marketing-allowed = Du har inte invänt mot direkt marknadsföring. Du kan invända mot den när som helst.
extract-password-hash = sparat endast som ett saltat hashvärde; lösenordet kan inte tas fram
extract-line-product = Produkt
extract-line-quantity = Antal
extract-line-unit-price = À-pris
extract-line-vat = Moms
extract-line-amount = Summa
extract-order-total = Beställningen totalt
extract-delivered-to = Leveransadress
extract-shipping-method = Leveranssätt
extract-visible = synlig i webbutiken
extract-hidden = dold i webbutiken
extract-information = Information om behandlingen av dina personuppgifter
extract-notice-version = Gällande dataskyddsbeskrivning: version { $version }, publicerad { $date }, finns på { $address }.
extract-draft = UTKAST – ska inte skickas. Registrets beskrivning av behandlingen har inte bekräftats i inställningarna, så uppgifterna om behandlingen i detta utdrag är programmets standardvärden.
document-signature = Underskrift och namnförtydligande

## The privacy notice

notice-title = Dataskyddsbeskrivning
notice-subtitle = { $controller }: webbutikens kundregister. Information om behandlingen av personuppgifter enligt artiklarna 13 och 14 i EU:s allmänna dataskyddsförordning (2016/679).
notice-version = Version { $version }, publicerad { $date }
notice-draft = Utkast { $date }: denna version har inte publicerats

## What the notice and the extract both say about the processing (GDPR Art. 13, 14 and 15)

info-controller-heading = Personuppgiftsansvarig och kontaktuppgifter
info-controller-business-id = FO-nummer { $id }
info-controller-contact = Kontaktperson i ärenden som gäller registret: { $name }, { $email }
info-purposes-heading = Ändamålen med behandlingen och den rättsliga grunden
info-purposes-intro = Vi behandlar personuppgifter för följande ändamål. För varje ändamål anges den rättsliga grunden enligt artikel 6.1 i EU:s allmänna dataskyddsförordning.
info-purpose-line = { $purpose }. Rättslig grund: { $basis }.
info-purpose-interest = { $purpose }. Rättslig grund: { $basis }. Vårt berättigade intresse: { $interest }
purpose-orders = Leverans av beställningar och kontakter som gäller dem
purpose-customer-relationship = Skötsel av kundrelationen: kundkontot i webbutiken och kundtjänst
purpose-reviews = Publicering av produktrecensioner i webbutiken
purpose-service-development = Utveckling av tjänsten
purpose-reporting = Rapportering
purpose-newsletter = Utskick av nyhetsbrevet
purpose-direct-marketing = Direkt marknadsföring
purpose-prize-draws = Utlottningar
purpose-bookkeeping = Bokföring: förvaring av verifikaten för beställningar
purpose-data-protection-requests = Behandling av begäranden som gäller dataskyddsrättigheter
purpose-security = Informationssäkerhet och användningslogg
basis-consent = samtycke (led a)
basis-contract = avtal (led b)
basis-legal-obligation = rättslig förpliktelse (led c)
basis-legitimate-interest = berättigat intresse (led f)
info-categories-heading = Kategorier av personuppgifter
info-category-basic = Grunduppgifter: förnamn, efternamn, e-postadress, telefonnummer, postadress och land.
info-category-account = Kundkontot i webbutiken: kundnummer, användarnamn och senaste inloggning. Lösenordet finns endast som ett saltat hashvärde, ur vilket lösenordet inte kan tas fram.
info-category-business = Uppgifter om företagskunder: företagets namn och momsnummer.
info-category-marketing = Val som gäller marknadsföring: prenumeration på nyhetsbrevet och invändning mot direkt marknadsföring samt ändringar i dem (när och hur de har meddelats).
info-category-orders = Beställningar: beställningsnummer, datum, status, leveranssätt, leveransadress, produkter, priser och summor.
info-category-vouchers = Verifikat för beställningarna utan namn, adress och övriga kontaktuppgifter: beställningsnummer, datum, status, leveranssätt, leveransland, produkter, priser och summor samt det kundnummer du hade.
info-category-reviews = Produktrecensioner.
info-category-requests = Begäranden som gäller dataskydd och svaren på dem.
info-category-log = Användningslogg: när dina uppgifter har visats, ändrats eller lämnats ut och i vilken roll.
info-recipients-heading = Mottagare
info-recipients-intro = Uppgifter lämnas ut endast i den mån respektive ändamål kräver. Personuppgiftsbiträden behandlar uppgifterna för vår räkning och enligt våra instruktioner med stöd av ett biträdesavtal. Övriga mottagare behandlar de uppgifter de får för egen räkning som personuppgiftsansvariga.
info-recipients-controllers = Mottagare till vilka uppgifter lämnas ut:
info-recipients-controllers-yours = Mottagare till vilka dina uppgifter har lämnats ut:
info-recipients-public = Publicerade produktrecensioner visas för alla på webbutikens produktsidor (allmänheten).
info-recipients-public-yours = Dina publicerade produktrecensioner visas för alla på webbutikens produktsidor (allmänheten).
info-recipients-possible = Dessutom kan följande behandla dina uppgifter inom ramen för sina uppdrag; registret antecknar inte det kundvis:
info-recipients-processors = Personuppgiftsbiträden:
info-recipients-none = Uppgifterna lämnas inte ut till någon.
info-recipient-named = { $name } ({ $kind }): { $data }
info-recipient-unnamed = { $kind }: { $data }
recipient-kind-carrier = transportföretag
recipient-kind-webshop-platform = webbutiksplattform
recipient-kind-newsletter-service = tjänst för nyhetsbrev
recipient-kind-payment-provider = betalningsförmedlare
recipient-kind-accountant = bokföringsbyrå
recipient-kind-it-services = underhållsleverantör för informationssystemen
recipient-kind-other = annan mottagare
recipient-data-carrier = det namn, den leveransadress och de kontaktuppgifter som behövs för att leverera beställningen
recipient-data-webshop-platform = kundkontot i webbutiken och beställningarna med deras uppgifter
recipient-data-newsletter-service = prenumerantens namn och e-postadress
recipient-data-payment-provider = de uppgifter som behövs för att behandla betalningen
recipient-data-accountant = verifikaten i bokföringen
recipient-data-it-services = registrets uppgifter i den omfattning som underhållet av informationssystemen kräver
recipient-data-other = de uppgifter som behövs för dess uppdrag
info-transfers-heading = Överföringar till länder utanför EU och EES
info-transfers-none = Uppgifterna överförs inte till länder utanför Europeiska unionen eller Europeiska ekonomiska samarbetsområdet.
info-transfers-intro = Följande mottagare behandlar uppgifter även utanför Europeiska unionen och Europeiska ekonomiska samarbetsområdet. Skyddsåtgärderna för överföringarna anges för var och en; en kopia av skyddsåtgärderna kan begäras via { $email }.
info-transfer-line = { $recipient }: { $country }, { $safeguard }
safeguard-adequacy-decision = Europeiska kommissionens beslut om adekvat skyddsnivå (artikel 45 i dataskyddsförordningen)
safeguard-data-privacy-framework = dataskyddsramen mellan EU och USA (Data Privacy Framework), som mottagaren har anslutit sig till: Europeiska kommissionens beslut av den 10 juli 2023 om adekvat skyddsnivå (artikel 45 i dataskyddsförordningen)
safeguard-standard-clauses = standardiserade dataskyddsbestämmelser som antagits av Europeiska kommissionen (artikel 46.2 c)
safeguard-binding-corporate-rules = bindande företagsbestämmelser (artikel 47)
info-retention-heading = Lagringstid
info-retention-customer = Grunduppgifter, kundkontot i webbutiken, uppgifter om företagskunder, beställningar, val som gäller marknadsföring och produktrecensioner sparas så länge kundrelationen varar. Kundrelationen upphör när kunden begär att uppgifterna raderas eller när kunden inte har beställt något eller loggat in i webbutiken på { $months ->
        [1] en månad
        [2] två månader
        [3] tre månader
        [4] fyra månader
        [5] fem månader
        [6] sex månader
        [7] sju månader
        [8] åtta månader
        [9] nio månader
       *[other] { $months } månader
    }; en sådan kunds uppgifter raderas vid en kontroll som görs regelbundet.
info-retention-vouchers = Verifikaten för beställningar sparas enligt 2 kap. 10 § i bokföringslagen (1336/1997) i minst sex år från utgången av det år då räkenskapsperioden har upphört; vår räkenskapsperiod upphör den { $year_end }. När kundens uppgifter har raderats finns i vårt register beställningsnummer, datum, leveranssätt, leveransland, produkter och summor kvar i verifikaten, utan namn, adress eller andra kontaktuppgifter. De är då pseudonymiserade uppgifter: de kan fortfarande kopplas till kunden till exempel med beställningsnumret i orderbekräftelsen och är därför fortfarande personuppgifter. Verifikaten raderas när lagringstiden har gått ut.
info-retention-requests = Begäranden som gäller dataskydd och brev och svar i anslutning till dem sparas i { $years_text } år efter att behandlingen av begäran har avslutats, så att vi kan visa att begäran har behandlats på behörigt sätt.
info-retention-log = Anteckningarna i användningsloggen innehåller inte kundens namn eller kontaktuppgifter men identifierar kunden med kundnumret och är därför pseudonymiserade personuppgifter. De sparas i { $years ->
        [one] ett år
       *[other] { $years_text } år
    } efter anteckningen, så att behandlingen av uppgifterna kan kontrolleras i efterhand, och raderas sedan.
info-retention-erased = När uppgifterna om en kund har raderats finns ett hashvärde som beräknats av kundens e-postadress och kundnummer i webbutiken kvar i registret, så att de raderade uppgifterna inte förs över på nytt från webbutikens uppgifter. Hashvärdet är en pseudonymiserad personuppgift, och namn eller kontaktuppgifter kan inte härledas ur det. Det sparas i { $years ->
        [one] ett år
       *[other] { $years_text } år
    } efter raderingen och raderas sedan.
info-rights-heading = Dina rättigheter
info-rights-list = Du har rätt att
info-right-access = få veta om vi behandlar uppgifter om dig och få en kopia av dem (artikel 15 i dataskyddsförordningen)
info-right-rectification = kräva att felaktiga uppgifter rättas (artikel 16)
info-right-erasure = kräva att dina uppgifter raderas (artikel 17)
info-right-restriction = kräva att behandlingen begränsas (artikel 18)
info-right-portability = få de uppgifter som du har lämnat i ett strukturerat, allmänt använt och maskinläsbart format och överföra dem till en annan personuppgiftsansvarig, när behandlingen grundar sig på samtycke eller avtal (artikel 20)
info-right-object = Du har rätt att när som helst invända mot att dina uppgifter behandlas för direkt marknadsföring; därefter används dina uppgifter inte för det ändamålet. Du kan också av skäl som hänför sig till din särskilda situation invända mot behandling som grundar sig på vårt berättigade intresse (artikel 21).
info-right-withdraw = När behandlingen grundar sig på samtycke ({ $purposes }) kan du när som helst återkalla ditt samtycke. Återkallandet påverkar inte lagligheten av behandlingen innan samtycket återkallades.
info-rights-how = Du kan framföra din begäran på vilket sätt som helst: per e-post till { $email }, per brev, per telefon eller med ett meddelande i webbutiken. Ingen underskrift behövs. Vi kontrollerar din identitet endast med de uppgifter som behövs, till exempel genom att be om svar från den e-postadress som finns i registret. Vi svarar utan onödigt dröjsmål och senast inom en månad från det att vi tog emot begäran; om begäran är komplicerad eller begärandena är många kan tiden förlängas med högst två månader, och du får veta det och orsaken till det inom en månad. Kopian av uppgifterna är avgiftsfri.
info-complaint-heading = Rätt att lämna in klagomål till en tillsynsmyndighet
info-complaint = Om du anser att behandlingen av dina personuppgifter strider mot dataskyddsförordningen har du rätt att lämna in ett klagomål till en tillsynsmyndighet, särskilt i den medlemsstat där du har din hemvist eller din arbetsplats eller där det påstådda intrånget begicks. I Finland är tillsynsmyndigheten dataombudsmannen:
info-complaint-authority = Dataombudsmannens byrå, PB 800, 00531 Helsingfors (besöksadress Fågelviksgränden 4, 00530 Helsingfors), telefonväxel 029 566 6700, tietosuoja@om.fi, tietosuoja.fi/sv
info-requirement-heading = Är du skyldig att lämna uppgifterna?
info-requirement = Namn och e-postadress samt, beroende på leveranssätt, leveransadress och telefonnummer behövs för att göra och leverera en beställning; utan dem kan vi inte ta emot beställningen. Det är frivilligt att lämna andra uppgifter, och det är inget villkor för att handla att prenumerera på nyhetsbrevet eller delta i en utlottning.
info-source-heading = Varifrån uppgifterna kommer
info-source = Uppgifterna kommer från dig själv när du registrerar dig i webbutiken, beställer, skriver en produktrecension eller kontaktar vår kundtjänst. Uppgifter om beställningar och inloggningar sparas när du använder webbutiken och förs över till registret från webbutiksplattformen. Uppgifter hämtas inte från andra källor.
info-automated-heading = Automatiserat beslutsfattande och profilering
info-automated-none = Vi fattar inga beslut om dig som enbart grundar sig på automatiserad behandling, och vi profilerar dig inte (artikel 22 i dataskyddsförordningen).
info-security-heading = Informationssäkerhet
info-security = Registret används endast av de anställda vars uppgifter kräver det. Var och en har ett eget användarnamn och ser endast de uppgifter som arbetet kräver. När en användare av registret visar, ändrar eller lämnar ut dina uppgifter antecknas det i användningsloggen; om loggen ändras i efterhand kan det upptäckas. Ditt lösenord i webbutiken finns endast som ett saltat hashvärde, ur vilket lösenordet inte kan tas fram; vi ser inte ditt lösenord.
info-cookies-heading = Kakor

## Letters about an access request

letter-reference = Referens
letter-received = Begäran mottagen
letter-complaint = Om du anser att behandlingen av dina personuppgifter strider mot dataskyddsförordningen kan du lämna in ett klagomål till en tillsynsmyndighet, i Finland dataombudsmannen:
letter-covering-title = Svar på din begäran om tillgång
letter-covering-body = Tack för din begäran om tillgång, som vi fick den { $received }. Bifogat finns ett registerutdrag: en kopia av de uppgifter om dig som har sparats i detta kundregister och information om hur de behandlas (EU:s allmänna dataskyddsförordning, artikel 15).
letter-covering-electronic = Vi skickar utdraget elektroniskt: bifogat finns registerutdraget som PDF-fil och samma uppgifter som maskinläsbar JSON-fil. Om du vill ha utdraget på papper, meddela oss.
letter-covering-post = Vi skickar utdraget på papper. På begäran får du samma uppgifter också elektroniskt som en maskinläsbar fil.
letter-covering-rights = Om uppgifterna är felaktiga eller om du vill utöva dina andra rättigheter, till exempel begära att dina uppgifter raderas, kan du kontakta oss på vilket sätt som helst, till exempel per e-post till { $email }.
letter-nothing-held-title = Svar på din begäran om tillgång
letter-nothing-held-body = Tack för din begäran om tillgång, som vi fick den { $received }.
letter-nothing-held-searched = Vi sökte efter dina uppgifter i vårt kundregister och i de verifikat för beställningar som sparas i det, med de uppgifter som du lämnade i din begäran: { $details }.
letter-nothing-held-systems = Vi sökte också i de andra system där vi behandlar våra kunders uppgifter:
letter-nothing-held-none = Vi hittade inga personuppgifter om dig. Vi behandlar inga andra personuppgifter om dig än denna begäran och vårt svar (EU:s allmänna dataskyddsförordning, artikel 15.1).
letter-nothing-held-none-searched = På de ställen där vi sökte hittade vi inga personuppgifter om dig. Vi behandlar denna begäran och vårt svar (EU:s allmänna dataskyddsförordning, artikel 15.1).
letter-searched-by-name = namn
letter-searched-by-email = e-postadress
letter-searched-by-phone = telefonnummer
letter-list-and = och
letter-covering-systems = Utdraget omfattar uppgifterna i detta kundregister. Vi sökte också efter dina uppgifter i de andra system där vi behandlar våra kunders uppgifter:
letter-system-attached = { $system }: genomsökt; dina uppgifter där finns i bilagan
letter-system-nothing-found = { $system }: genomsökt; där finns inga uppgifter om dig
letter-system-not-searched = { $system }: inte genomsökt. Orsak: { $note }
letter-system-email = kundtjänstens e-post ({ $email })
letter-nothing-held-request = Vi sparar din begäran och vårt svar i { $years_text } år efter att behandlingen av begäran har avslutats, så att vi kan visa att begäran har behandlats; därefter raderas de.
letter-extension-title = Behandlingen av din begäran om tillgång tar längre tid
letter-extension-body = Vi fick din begäran om tillgång den { $received }. Vi kan inte besvara den inom en månad och förlänger därför svarstiden med två månader med stöd av artikel 12.3 i EU:s allmänna dataskyddsförordning. Vi svarar senast den { $due }.
letter-extension-reason = Orsak: { $reason }
letter-identification-title = Vi behöver mer information för att bekräfta din identitet
letter-identification-body = Vi fick din begäran den { $received }. För att vara säkra på att vi lämnar ut uppgifterna endast till dig behöver vi följande från dig:
letter-identification-reply = Du kan svara på detta brev på vilket sätt som helst, till exempel per e-post till { $email }. Vi ber endast om de uppgifter som behövs för att bekräfta din identitet (artikel 12.6 i EU:s allmänna dataskyddsförordning).
letter-identification-deadline = Vår svarstid är en månad från det att begäran kom in. Den löper inte medan vi väntar på dessa uppgifter, utan fortsätter när vi har fått dem.
letter-refusal-title = Vi kan inte tillmötesgå din begäran om tillgång
letter-refusal-body = Vi fick din begäran om tillgång den { $received }. Vi lämnar inte ut de uppgifter som du har begärt.
letter-refusal-reason = Orsak: { $reason }
letter-refusal-remedies = Du har rätt att lämna in ett klagomål till en tillsynsmyndighet, särskilt i den medlemsstat där du har din hemvist eller din arbetsplats eller där det påstådda intrånget begicks; i Finland är tillsynsmyndigheten dataombudsmannen. Du har också rätt att föra ärendet till domstol (artikel 79 i dataskyddsförordningen): talan kan väckas vid en tingsrätt i Finland eller vid domstolarna i den medlemsstat där du har din hemvist. Dataombudsmannens kontaktuppgifter:

## The whole copy: marketing choices, requests, the consultation log

field-webshop-customer-id = Kundnummer i webbutiken
field-last-webshop-login = Senaste inloggning i webbutiken
extract-consents = Historik över val som gäller marknadsföring
extract-no-consents = Dina val som gäller marknadsföring har inte ändrats.
extract-consents-erased = Historiken över dina val som gäller marknadsföring raderades med dina övriga uppgifter.
extract-when = Tid
extract-choice = Val
extract-how = Hur du meddelade
extract-role = Personalens roll
extract-requests = Dina begäranden om tillgång
extract-no-requests = Inga tidigare begäranden.
extract-channel = Hur den kom in
extract-outcome = Behandling
extract-closed = Avslutad
extract-requester = Den som framställt begäran
extract-requester-address = Adress som angetts
extract-request-letter = Begäran som fil
extract-identity-check = Kontroll av identiteten
extract-identity-note = Anteckning om kontrollen
extract-due = Ska besvaras senast
extract-delivery = Hur svaret skickas
request-delivery-electronic = elektroniskt
request-delivery-post = på papper
extract-waiting-since = Tidsfristen står still i väntan på mer information sedan
extract-paused-days = Dagar då tidsfristen stod still
extract-extension-reason = Orsak till förlängd svarstid
extract-rejection-reason = Orsak till avslag
extract-document-sent = Skickat dokument
language-fi = på finska
language-sv = på svenska
language-en = på engelska
extract-consultations = Användningslogg
extract-consultations-intro = När dina uppgifter har visats, ändrats eller lämnats ut, vad som gjordes, för vilket ändamål och i vilken roll. De anställdas namn lämnas i regel inte ut (EU-domstolens dom i mål C-579/21); om du behöver dem för att utöva dina rättigheter kan du kontakta oss.
extract-no-consultations = Användningsloggen har inga anteckningar.
extract-action = Åtgärd
extract-purpose = Ändamål
consultation-purpose-unrecorded = inte antecknat
consultation-purpose-customer-service = kundtjänst
consultation-purpose-order-handling = hantering av beställning
consultation-purpose-correction = rättelse av uppgifter
consultation-purpose-data-protection-request = svar på din begäran som gäller dataskydd
consultation-purpose-retention-review = kontroll av lagringstiden
consultation-purpose-import = import av uppgifter från webbutiken
consultation-purpose-marketing-export = export av nyhetsbrevets mottagare
consultation-purpose-search = sökning efter kunden
consultation-purpose-other = annat
consent-newsletter-granted = Nyhetsbrevet beställt
consent-newsletter-withdrawn = Nyhetsbrevet avbeställt
consent-marketing-refused = Invändning mot direkt marknadsföring
consent-marketing-allowed = Invändningen mot direkt marknadsföring återtagen
consent-via-webshop = i webbutiken
consent-via-phone = per telefon
consent-via-email = per e-post
consent-via-letter = per brev
consent-via-staff = via kundtjänsten
consent-via-import = enligt webbutikens uppgifter
request-channel-letter = brev
request-channel-email = e-post
request-channel-webshop-message = meddelande i webbutiken
request-channel-phone = telefonsamtal
request-channel-in-person = besök
request-outcome-received = mottagen, under behandling
request-outcome-verified = identiteten kontrollerad, under behandling
request-outcome-answered = besvarad med registerutdrag
request-outcome-nothing-held = besvarad: inga uppgifter i registret
request-outcome-rejected = avslagen
request-check-signed-letter = undertecknat brev, namn och adress motsvarade registret
request-check-registered-email = begäran eller svar från e-postadressen i registret
request-check-webshop-account = skickad från det egna kundkontot i webbutiken efter inloggning
request-check-registered-phone = återuppringning till numret i registret
request-check-id-document = identitetshandling
request-check-other = annan kontroll
request-document-extract = registerutdrag
request-document-extract-json = registerutdrag i maskinläsbar form (JSON)
request-document-covering-letter = följebrev
request-document-nothing-held-letter = svar att inga uppgifter finns
request-document-extension-letter = meddelande om förlängd svarstid
request-document-refusal-letter = avslagsbrev
request-document-identification-letter = begäran om mer information för att bekräfta identiteten
staff-role-admin = huvudanvändare
staff-role-customer-service = kundtjänst
staff-role-marketing = marknadsföring
staff-role-fulfilment = lager och leveranser
consultation-customer-read = Kunduppgifterna öppnades
consultation-customer-create = Kunduppgifterna registrerades
consultation-customer-update = Kunduppgifterna ändrades
consultation-customer-orders-read = Beställningarna visades
consultation-customer-reviews-read = Produktrecensionerna visades
consultation-customer-disclosures-read = Uppgifterna om utlämnanden visades
consultation-consent-change = Ett val som gäller marknadsföring registrerades
consultation-extract-generate = Registerutdrag sammanställdes
consultation-extract-save = Registerutdrag sparades för att skickas
consultation-order-create = En beställning registrerades
consultation-order-read = En beställning öppnades
consultation-review-create = En produktrecension registrerades
consultation-review-hide = En produktrecension doldes i webbutiken
consultation-review-show = En produktrecension visades i webbutiken
consultation-access-request-log = Begäran om tillgång registrerades
consultation-access-request-system = Sökning i ett annat system antecknad
consultation-access-request-match = Begäran om tillgång kopplades till kunduppgifterna
consultation-access-request-checklist = Identitetskontrollen registrerades
consultation-access-request-waiting = Ytterligare uppgifter begärdes av den som begärde tillgång
consultation-access-request-verify = Identiteten kontrollerades
consultation-access-request-attach-letter = Brevet eller meddelandet med begäran sparades
consultation-access-request-read-letter = Brevet eller meddelandet med begäran öppnades
consultation-access-request-read-document = Ett skickat dokument öppnades
consultation-access-request-answer = Begäran om tillgång besvarades
consultation-access-request-nothing-held = Besvarad: inga uppgifter
consultation-access-request-extend = Svarstiden förlängdes
consultation-access-request-delivery = Hur svaret skickas antecknades
consultation-access-request-ask-identification = Mer information begärdes för att bekräfta identiteten
consultation-access-request-reject = Begäran om tillgång avslogs

## Countries by their ISO 3166 codes: where customers live, and where transfers go

country-AD = Andorra
country-AE = Förenade Arabemiraten
country-AR = Argentina
country-AT = Österrike
country-AU = Australien
country-AX = Åland
country-BE = Belgien
country-BG = Bulgarien
country-BR = Brasilien
country-CA = Kanada
country-CH = Schweiz
country-CN = Kina
country-CY = Cypern
country-CZ = Tjeckien
country-DE = Tyskland
country-DK = Danmark
country-EE = Estland
country-ES = Spanien
country-FI = Finland
country-FO = Färöarna
country-FR = Frankrike
country-GB = Förenade kungariket
country-GG = Guernsey
country-GR = Grekland
country-HR = Kroatien
country-HU = Ungern
country-IE = Irland
country-IL = Israel
country-IM = Isle of Man
country-IN = Indien
country-IS = Island
country-IT = Italien
country-JE = Jersey
country-JP = Japan
country-KR = Sydkorea
country-LI = Liechtenstein
country-LT = Litauen
country-LU = Luxemburg
country-LV = Lettland
country-MT = Malta
country-MX = Mexiko
country-NL = Nederländerna
country-NO = Norge
country-NZ = Nya Zeeland
country-PL = Polen
country-PT = Portugal
country-RO = Rumänien
country-SE = Sverige
country-SG = Singapore
country-SI = Slovenien
country-SK = Slovakien
country-TR = Turkiet
country-UA = Ukraina
country-US = Förenta staterna
country-UY = Uruguay
country-ZA = Sydafrika

## Numbers from one to nine in running text

number-word-1 = ett
number-word-2 = två
number-word-3 = tre
number-word-4 = fyra
number-word-5 = fem
number-word-6 = sex
number-word-7 = sju
number-word-8 = åtta
number-word-9 = nio

# The names of the files a request's documents are saved under: lower case, words joined
# with hyphens.
file-name-extract = registerutdrag
file-name-extract-json = registerutdrag
file-name-covering-letter = följebrev
file-name-nothing-held-letter = svar-inga-uppgifter
file-name-extension-letter = förlängd-svarstid
file-name-refusal-letter = avslag
file-name-identification-letter = begäran-om-uppgifter
