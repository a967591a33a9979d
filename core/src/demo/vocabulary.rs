//! Word lists for fictional customers. The names are common Finnish and Finland-Swedish ones,
//! chosen to exercise ä, ö and å; the addresses pair real towns with their postal codes.

pub const FIRST_NAMES: &[&str] = &[
    "Aino",
    "Eeva",
    "Helmi",
    "Ilona",
    "Kaija",
    "Liisa",
    "Märta",
    "Päivi",
    "Sointu",
    "Tuulikki",
    "Väinö",
    "Aleksi",
    "Eero",
    "Jörgen",
    "Kalle",
    "Lauri",
    "Matti",
    "Mikko",
    "Pär",
    "Sören",
    "Anna-Liisa",
    "Jenni",
    "Saara",
    "Venla",
    "Åsa",
    "Björn",
    "Tapani",
    "Ülle",
    "Oona",
    "Hilkka",
];

pub const LAST_NAMES: &[&str] = &[
    "Häkkinen",
    "Mäkelä",
    "Järvinen",
    "Lindström",
    "Åkerlund",
    "Söderholm",
    "Kärkkäinen",
    "Pölönen",
    "Niemi",
    "Virtanen",
    "Nieminen",
    "Mäkinen",
    "Hämäläinen",
    "Heikkinen",
    "Koskinen",
    "Lehtonen",
    "Räsänen",
    "Öhman",
    "Östman",
    "Sjöberg",
    "Väisänen",
    "Törmänen",
    "Ahonen",
    "Björklund",
    "Kääriäinen",
    "Salminen",
    "Jääskeläinen",
    "Åström",
    "Laine",
    "Peltonen",
];

/// Town, postal code prefix (digits before the last two), and country.
pub const TOWNS: &[(&str, &str, &str)] = &[
    ("Helsinki", "001", "FI"),
    ("Espoo", "021", "FI"),
    ("Tampere", "331", "FI"),
    ("Turku", "201", "FI"),
    ("Oulu", "901", "FI"),
    ("Jyväskylä", "401", "FI"),
    ("Kuopio", "701", "FI"),
    ("Lahti", "151", "FI"),
    ("Hämeenlinna", "131", "FI"),
    ("Seinäjoki", "601", "FI"),
    ("Mikkeli", "501", "FI"),
    ("Porvoo", "061", "FI"),
    ("Vaasa", "651", "FI"),
    ("Mariehamn", "221", "AX"),
];

pub const STREETS: &[&str] = &[
    "Hämeenkatu",
    "Kauppakatu",
    "Koivukuja",
    "Pihlajatie",
    "Rantakatu",
    "Kirkkokatu",
    "Sävelkuja",
    "Yliopistonkatu",
    "Torikatu",
    "Ompelijankuja",
    "Lankatehtaankatu",
    "Kehräämöntie",
    "Kutojantie",
    "Sairaalakatu",
    "Storagatan",
    "Köpmansgatan",
];

pub const COMPANY_NAMES: &[&str] = &[
    "Tilkkutäkki Oy",
    "Ompelimo Nyörinen Ky",
    "Käsityöpaja Kuutamo Oy",
    "Verhoomo Säröinen",
    "Puvustamo Ässä Oy",
    "Sömnad Åberg Ab",
    "Lankakerä Oy",
    "Kangaskauppa Pöllö Ky",
];

/// Product name and unit price in cents.
pub const PRODUCTS: &[(&str, i64)] = &[
    ("Puuvillakangas, kukkakuvio (1 m)", 1490),
    ("Trikookangas, raidallinen (1 m)", 1690),
    ("Villakangas, harmaa (1 m)", 3290),
    ("Pellavakangas, luonnonvalkoinen (1 m)", 2190),
    ("Ompelulanka, polyesteri 100 m", 295),
    ("Saumurilanka 4 kpl", 1190),
    ("Ompelukoneen neulat 80/12, 5 kpl", 450),
    ("Kangassakset 21 cm", 2490),
    ("Vetoketju, piilo 20 cm", 195),
    ("Nappisetti, puu 12 kpl", 590),
    ("Vinonauha, puuvilla 3 m", 390),
    ("Kaava: lasten haalari", 1200),
    ("Tukikangas, silitettävä (1 m)", 690),
    ("Mittanauha 150 cm", 250),
    ("Nuppineulat 100 kpl", 395),
    ("Ompelukone, perusmalli", 24900),
];

/// Shipping methods as the webshop names them on orders; the default processing description
/// knows which carrier each goes to.
pub const CARRIERS: &[&str] = &[
    "Posti - Pakettiautomaatti",
    "Posti - Postipaketti",
    "Posti - Kotipaketti",
    "Matkahuolto - Lähellä-paketti",
    "Nouto myymälästä",
];

pub const REVIEW_TEXTS: &[(u8, &str)] = &[
    (
        5,
        "Ihana kangas, värit juuri kuten kuvassa. Toimitus oli nopea.",
    ),
    (
        5,
        "Todella hyvä laatu, ompelu sujui helposti. Tilaan lisää!",
    ),
    (4, "Hyvä tuote, mutta kangas kutistui hieman pesussa."),
    (
        4,
        "Lanka on vahvaa ja sävy täsmälleen oikea. Pakkaus olisi voinut olla pienempi.",
    ),
    (3, "Ihan ok, mutta ohjeet olivat vähän epäselvät."),
    (2, "Vetoketju jumittui jo toisella käytöllä."),
    (1, "Väri ei vastannut kuvaa lainkaan, palautin tuotteen."),
    (
        5,
        "Mycket bra tyg, lätt att sy med. Snabb leverans till Åland!",
    ),
];
