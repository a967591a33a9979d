//! PostgreSQL over TLS with `sslmode=verify-full`: the server's certificate is trusted when an
//! authority in the system's store signed it (where a shop's IT installs its own), and refused
//! otherwise. The store is given here as `SSL_CERT_FILE`, which the system-store loader reads
//! (with `SSL_CERT_DIR`) instead of the platform's store, on every system.

use crate::support::{Register, stderr};

/// The URL with `localhost` as its host (the name the test server's certificate carries).
fn at_localhost(url: &str) -> String {
    let at = url
        .rfind('@')
        .map_or(url.find("://").map_or(0, |i| i + 3), |at| at + 1);
    let rest = &url[at..];
    let host_end = rest.find([':', '/', '?']).unwrap_or(rest.len());
    format!("{}localhost{}", &url[..at], &rest[host_end..])
}

#[test]
fn a_server_certificate_the_trust_store_holds_is_trusted_and_no_other() {
    let Some(mut register) = Register::postgres() else {
        return;
    };
    if register.server_setting("ssl").as_deref() != Some("on") {
        eprintln!("the test server offers no TLS: skipping the TLS check");
        return;
    }
    let certificate = register
        .server_setting("ssl_cert_file")
        .expect("the server's certificate file");
    register.url = format!("{}&sslmode=verify-full", at_localhost(&register.url));
    let stores = tempfile::tempdir().expect("temporary directory");
    let empty = stores.path().join("tyhja.pem");
    std::fs::write(&empty, b"").expect("written");
    let trusted = stores.path().join("luotetut.pem");
    std::fs::copy(&certificate, &trusted).expect("the certificate is readable");
    // No folder of certificates either (this machine's environment may name the system's).
    let no_folder = stores.path().join("ei-varmenteita");
    std::fs::create_dir(&no_folder).expect("made");
    let init = |store: &std::path::Path| {
        register.run_with(
            &["init"],
            None,
            None,
            &[
                ("SSL_CERT_FILE", store.to_str().expect("UTF-8")),
                ("SSL_CERT_DIR", no_folder.to_str().expect("UTF-8")),
            ],
        )
    };

    let refused = init(&empty);
    assert_ne!(
        refused.status.code(),
        Some(0),
        "connected to an unknown server"
    );
    assert!(
        stderr(&refused).to_lowercase().contains("certificate"),
        "{}",
        stderr(&refused)
    );
    let trusted = init(&trusted);
    assert_eq!(trusted.status.code(), Some(0), "{}", stderr(&trusted));
}

#[test]
fn the_host_of_a_url_is_replaced_whatever_follows_it() {
    assert_eq!(
        at_localhost("postgres://postgres@127.0.0.1:5432/test?x=1"),
        "postgres://postgres@localhost:5432/test?x=1"
    );
    assert_eq!(
        at_localhost("postgres://palvelin/test"),
        "postgres://localhost/test"
    );
}
