//! Shopify export files for the import tests.

use register::domain::{Field, Problem};
use register::import::RowProblem;

pub const HEADER: &str = "Customer ID,First Name,Last Name,Email,Accepts Email Marketing,Default Address Company,Default Address Address1,Default Address Address2,Default Address City,Default Address Province Code,Default Address Country Code,Default Address Zip,Default Address Phone,Phone,Accepts SMS Marketing,Total Spent,Total Orders,Note,Tax Exempt,Tags,Extra Column";

/// Rows 2–9 as a spreadsheet numbers them: row 7 names nobody, and rows 3, 4 and 5 each have
/// a value that does not validate.
pub fn mixed_rows() -> Vec<String> {
    vec![
        "'1001,Aino,Häkkinen,aino.h@example.com,yes,,Kangaskuja 3,B 12,Jyväskylä,,FI,40100,,040 765 4321,no,120.50,3,,no,,x".into(),
        "1002,Eero,Mäkelä,eero(at)example.com,no,,Torikatu 1,,Oulu,,FI,90100,,,no,0,0,,no,,x".into(),
        "1003,Liisa,Niemi,liisa@example.com,no,,Rantakatu 5,,Turku,,FI,2010,,,no,0,0,,no,,x".into(),
        "1004,Sören,Åkerlund,soren@example.net,yes,Sömnad Åberg Ab,Storagatan 5,,Mariehamn,,AX,22100,,+358 50 123 4567,no,0,0,,no,\"ALV:FI26313575, yritys\",x".into(),
        "1005,Väinö,Östman,vaino@example.org,yes,,Köpmansgatan 1,,Vaasa,,FI,65100,09 1234 567,,no,0,0,\"Soittaa\naina aamulla\",no,,x".into(),
        "1006,,,nimeton@example.com,no,,,,,,FI,,,,no,0,0,,no,,x".into(),
        "1007,\"=HYPERLINK(\"\"http://x\"\")\",Kaava,kaava@example.com,yes,,,,,,FI,,,,no,0,0,,no,,x".into(),
        "1008,Åsa,Lindström,asa@example.com,yes,Lankakerä Oy,Kirkkokatu 2,,Porvoo,,FI,06100,,044 555 1212,no,0,0,,no,VAT: FI26313574,x".into(),
    ]
}

pub fn file(rows: &[String]) -> Vec<u8> {
    let mut text = String::from(HEADER);
    for row in rows {
        text.push_str("\r\n");
        text.push_str(row);
    }
    text.push_str("\r\n");
    text.into_bytes()
}

pub fn rejected(row: usize, field: Field, problem: Problem) -> RowProblem {
    RowProblem {
        row,
        field,
        problem,
    }
}

pub const ORDERS_HEADER: &str = "Name,Email,Financial Status,Fulfillment Status,Created at,Lineitem quantity,Lineitem name,Lineitem price,Shipping Name,Shipping Address1,Shipping Address2,Shipping City,Shipping Zip,Shipping Country,Shipping Method,Id";

pub fn orders_file(rows: &[&str]) -> Vec<u8> {
    let mut text = String::from(ORDERS_HEADER);
    for row in rows {
        text.push_str("\r\n");
        text.push_str(row);
    }
    text.into_bytes()
}
