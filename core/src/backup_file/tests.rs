//! The backup file's layout: opened, refused, cut, altered.

use super::*;

const REGISTER: &[u8] = b"SQLite format 3\0 aino.hakkinen@example.com and more";

fn header() -> Header {
    let (size, sha256) = digest(&mut &REGISTER[..]).expect("digest");
    Header {
        format: FORMAT,
        app_version: "0.1.0".into(),
        taken_at: Utc::now(),
        database: "sqlite".into(),
        schema: "m20261129_000015_import_journal".into(),
        audit_events: 3,
        audit_head: Some("ab".repeat(32)),
        size,
        sha256,
        sealed_key: None,
    }
}

fn passphrase() -> Passphrase {
    Passphrase::new("kangas ja lanka 2026".into()).expect("long enough")
}

fn backup() -> Vec<u8> {
    let mut out = Vec::new();
    write(
        &mut out,
        &header(),
        &mut &REGISTER[..],
        Seal::Passphrase(&passphrase()),
    )
    .expect("written");
    out
}

fn open(bytes: &[u8], passphrase: &Passphrase) -> Result<Vec<u8>, BackupFileError> {
    let mut input = bytes;
    let header = read_header(&mut input)?;
    let mut out = Vec::new();
    decrypt(input, &header, passphrase, &mut out)?;
    Ok(out)
}

#[test]
fn a_backup_opens_with_its_passphrase_and_hides_the_register() {
    let bytes = backup();
    assert_eq!(open(&bytes, &passphrase()).expect("opens"), REGISTER);
    let email = b"aino.hakkinen@example.com";
    assert!(!bytes.windows(email.len()).any(|w| w == email));
    assert_eq!(
        read_header(&mut &bytes[..]).expect("header").audit_events,
        3
    );
}

#[test]
fn a_backup_sealed_to_the_key_opens_with_the_passphrase_that_seals_the_key() {
    let key = BackupKey::new(&passphrase()).expect("key");
    let header = Header {
        sealed_key: Seal::Key(&key).sealed_key(),
        ..header()
    };
    let mut bytes = Vec::new();
    write(&mut bytes, &header, &mut &REGISTER[..], Seal::Key(&key)).expect("written");
    assert_eq!(open(&bytes, &passphrase()).expect("opens"), REGISTER);
    let wrong = Passphrase::to_open("kangas ja lanka 2025".into());
    assert!(matches!(
        open(&bytes, &wrong),
        Err(BackupFileError::WrongPassphrase)
    ));
    let email = b"aino.hakkinen@example.com";
    assert!(!bytes.windows(email.len()).any(|w| w == email));
}

#[test]
fn a_wrong_passphrase_is_said_to_be_wrong() {
    let wrong = Passphrase::to_open("kangas ja lanka 2025".into());
    assert!(matches!(
        open(&backup(), &wrong),
        Err(BackupFileError::WrongPassphrase)
    ));
}

#[test]
fn a_backup_cut_short_is_damaged_wherever_it_is_cut() {
    let bytes = backup();
    for keep in [10, 60] {
        let result = open(&bytes[..keep], &passphrase());
        assert!(
            matches!(
                result,
                Err(BackupFileError::Damaged(_) | BackupFileError::NotABackup)
            ),
            "cut at {keep}: {result:?}"
        );
    }
    let payload_end = bytes.len();
    for keep in [payload_end - 60, payload_end - 17, payload_end - 1] {
        let result = open(&bytes[..keep], &passphrase());
        assert!(
            matches!(result, Err(BackupFileError::Damaged(Damage::CutShort))),
            "cut at {keep}: {result:?}"
        );
    }
}

#[test]
fn a_changed_byte_anywhere_is_caught() {
    let bytes = backup();
    let header_end = bytes
        .iter()
        .enumerate()
        .filter(|(_, b)| **b == b'\n')
        .nth(1)
        .map(|(at, _)| at)
        .expect("two lines");
    // The header's date, the age header, and the encrypted payload's last byte.
    let date_at = bytes
        .windows(b"taken_at".len())
        .position(|w| w == b"taken_at")
        .expect("date")
        + 12;
    for at in [date_at, header_end + 40, bytes.len() - 1] {
        let mut altered = bytes.clone();
        altered[at] ^= 0x01;
        let result = open(&altered, &passphrase());
        assert!(
            matches!(
                result,
                Err(BackupFileError::Damaged(_) | BackupFileError::WrongPassphrase)
            ),
            "byte {at}: {result:?}"
        );
    }
}

#[test]
fn a_damaged_header_is_said_to_be_damaged_not_newer_nor_a_wrong_passphrase() {
    let bytes = backup();
    let second_line = bytes.iter().position(|b| *b == b'\n').expect("a line") + 1;
    let header_end = second_line
        + bytes[second_line..]
            .iter()
            .position(|b| *b == b'\n')
            .expect("two lines");
    // Every byte of the header line, the schema and the sealed key included.
    for at in second_line..header_end {
        let mut altered = bytes.clone();
        altered[at] ^= 0x04;
        let result = read_header(&mut &altered[..]);
        assert!(
            matches!(result, Err(BackupFileError::Damaged(Damage::HeaderChanged))),
            "byte {at}: {result:?}"
        );
    }
}

#[test]
fn a_newer_format_and_a_stranger_file_are_named() {
    let mut newer = backup();
    let at = MAGIC.len() + 1;
    newer[at] = b'3';
    assert!(matches!(
        read_header(&mut &newer[..]),
        Err(BackupFileError::NewerFormat(3))
    ));
    assert!(matches!(
        read_header(&mut &b"SQLite format 3\0"[..]),
        Err(BackupFileError::NotABackup)
    ));
}

#[test]
fn a_short_passphrase_is_refused_for_a_new_backup() {
    assert!(matches!(
        Passphrase::new("lanka".into()),
        Err(BackupFileError::WeakPassphrase)
    ));
}
