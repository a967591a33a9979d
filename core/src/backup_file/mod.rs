//! The backup file: a line that says what it is, a small header anyone may read (when it was
//! taken, the schema and the audit chain's head; no personal data), then the register itself
//! encrypted with a passphrase in the age format (scrypt). The encrypted part starts with the
//! header again, so a header changed on the outside is caught, and the age stream's
//! authentication catches a payload altered or cut short.

use std::io::{self, BufRead, Read, Write};
use std::sync::Arc;

use age::secrecy::SecretString;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The first line of every backup.
const MAGIC: &str = "asiakasrekisteri-backup";
/// The version of the layout this app writes and reads.
pub const FORMAT: u32 = 2;
/// scrypt's work factor for new backups: 2^18, about a second on an office laptop.
const WORK_FACTOR: u8 = 18;
/// The most work a backup may ask of this computer to be opened (2^22): a file asking more is
/// not one of ours and would take minutes and gigabytes.
const MAX_WORK_FACTOR: u8 = 22;
/// The shortest passphrase a new backup accepts.
pub const MIN_PASSPHRASE_CHARS: usize = 12;

/// What a backup says about itself without its passphrase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Header {
    pub format: u32,
    /// The version of the app that took it.
    pub app_version: String,
    pub taken_at: DateTime<Utc>,
    /// "sqlite": the register file as SQLite writes it.
    pub database: String,
    /// The newest migration the register had.
    pub schema: String,
    /// How many events the audit chain held, and the hash of its last one.
    pub audit_events: i64,
    pub audit_head: Option<String>,
    /// The register file's size and SHA-256, checked after decryption.
    pub size: u64,
    pub sha256: String,
    /// When the backup was sealed to the register's backup key (automatic backups, which no
    /// one types a passphrase for): the key's secret half, itself sealed with the passphrase.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sealed_key: Option<String>,
}

/// The register's backup key: backups are sealed to its public half without a passphrase, so
/// that they can be taken when the app closes or on a schedule; its secret half is kept only
/// sealed with the passphrase (in the settings, and in every backup's header).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupKey {
    recipient: String,
    sealed: String,
}

impl BackupKey {
    /// A new key whose secret half only `passphrase` opens.
    pub fn new(passphrase: &Passphrase) -> Result<Self, BackupFileError> {
        let identity = age::x25519::Identity::generate();
        let recipient = identity.to_public().to_string();
        let secret = identity.to_string();
        let mut sealed = Vec::new();
        let mut writer = scrypt_encryptor(passphrase)?.wrap_output(&mut sealed)?;
        writer.write_all(age::secrecy::ExposeSecret::expose_secret(&secret).as_bytes())?;
        writer.finish()?;
        Ok(Self {
            recipient,
            sealed: hex::encode(sealed),
        })
    }

    /// The key as the settings keep it.
    pub fn from_parts(recipient: String, sealed: String) -> Self {
        Self { recipient, sealed }
    }

    pub fn recipient(&self) -> &str {
        &self.recipient
    }

    pub fn sealed(&self) -> &str {
        &self.sealed
    }
}

/// The secret half of a sealed key, opened with `passphrase`.
fn unseal(sealed: &str, passphrase: &Passphrase) -> Result<age::x25519::Identity, BackupFileError> {
    let bytes = hex::decode(sealed).map_err(|_| BackupFileError::Damaged(Damage::HeaderChanged))?;
    let decryptor = age::Decryptor::new_buffered(&bytes[..]).map_err(|error| match error {
        age::DecryptError::Io(_) | age::DecryptError::InvalidHeader => {
            BackupFileError::Damaged(Damage::HeaderChanged)
        }
        other => opening_failed(other),
    })?;
    let mut reader = decryptor
        .decrypt(std::iter::once(&scrypt_identity(passphrase) as _))
        .map_err(opening_failed)?;
    let mut secret = String::new();
    reader
        .read_to_string(&mut secret)
        .map_err(|_| BackupFileError::Damaged(Damage::HeaderChanged))?;
    secret
        .trim()
        .parse()
        .map_err(|_| BackupFileError::Damaged(Damage::HeaderChanged))
}

/// How a new backup is sealed.
#[derive(Debug, Clone, Copy)]
pub enum Seal<'a> {
    /// With a passphrase typed for it.
    Passphrase(&'a Passphrase),
    /// To the register's backup key.
    Key(&'a BackupKey),
}

impl Seal<'_> {
    /// The header's copy of the sealed secret half, for a backup sealed to the key.
    pub fn sealed_key(&self) -> Option<String> {
        match self {
            Seal::Passphrase(_) => None,
            Seal::Key(key) => Some(key.sealed.clone()),
        }
    }
}

fn scrypt_encryptor(passphrase: &Passphrase) -> Result<age::Encryptor, BackupFileError> {
    let mut recipient = age::scrypt::Recipient::new(passphrase.0.clone());
    recipient.set_work_factor(WORK_FACTOR);
    age::Encryptor::with_recipients(std::iter::once(&recipient as _))
        .map_err(|error| BackupFileError::from(io::Error::other(error.to_string())))
}

fn scrypt_identity(passphrase: &Passphrase) -> age::scrypt::Identity {
    let mut identity = age::scrypt::Identity::new(passphrase.0.clone());
    identity.set_max_work_factor(MAX_WORK_FACTOR);
    identity
}

#[derive(Debug, Clone, thiserror::Error)]
pub enum BackupFileError {
    #[error("this is not a backup of the register")]
    NotABackup,
    #[error(
        "the backup was written in format {0}, by a newer version of the app; update the app to restore it"
    )]
    NewerFormat(u32),
    #[error("the passphrase does not open this backup")]
    WrongPassphrase,
    #[error("the backup is damaged or was altered: {0}")]
    Damaged(Damage),
    #[error("the passphrase is too short: use at least {MIN_PASSPHRASE_CHARS} characters")]
    WeakPassphrase,
    #[error("{0}")]
    Io(Arc<io::Error>),
}

impl From<io::Error> for BackupFileError {
    fn from(error: io::Error) -> Self {
        BackupFileError::Io(Arc::new(error))
    }
}

/// How a backup was found damaged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Damage {
    #[error("it ends too early")]
    CutShort,
    #[error("its header was changed")]
    HeaderChanged,
    #[error("its contents were changed")]
    ContentsChanged,
}

/// A backup's passphrase; never printed.
pub struct Passphrase(SecretString);

impl Passphrase {
    /// A passphrase for a new backup: long enough to withstand guessing.
    pub fn new(text: String) -> Result<Self, BackupFileError> {
        if text.trim().chars().count() < MIN_PASSPHRASE_CHARS {
            return Err(BackupFileError::WeakPassphrase);
        }
        Ok(Self(SecretString::from(text)))
    }

    /// A passphrase to open an existing backup with, whatever its length.
    pub fn to_open(text: String) -> Self {
        Self(SecretString::from(text))
    }
}

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase(…)")
    }
}

/// The SHA-256 and size of `file`, read once, for the header.
pub fn digest(file: &mut impl Read) -> io::Result<(u64, String)> {
    let mut hasher = Sha256::new();
    let mut buffer = vec![0; 64 * 1024];
    let mut size = 0u64;
    loop {
        let read = file.read(&mut buffer)?;
        if read == 0 {
            break;
        }
        hasher.update(&buffer[..read]);
        size += read as u64;
    }
    Ok((size, hex::encode(hasher.finalize())))
}

/// Writes the backup of `register` (whose size and digest `header` holds) to `out`.
pub fn write(
    out: &mut impl Write,
    header: &Header,
    register: &mut impl Read,
    seal: Seal<'_>,
) -> Result<(), BackupFileError> {
    let line = header_line(header)?;
    let encryptor = match seal {
        Seal::Passphrase(passphrase) => scrypt_encryptor(passphrase)?,
        Seal::Key(key) => {
            let recipient: age::x25519::Recipient = key.recipient.parse().map_err(|_| {
                BackupFileError::from(io::Error::other("the backup key is not a key"))
            })?;
            age::Encryptor::with_recipients(std::iter::once(&recipient as _))
                .map_err(|error| BackupFileError::from(io::Error::other(error.to_string())))?
        }
    };
    out.write_all(format!("{MAGIC} {}\n", header.format).as_bytes())?;
    out.write_all(line.as_bytes())?;
    let mut sealed = encryptor.wrap_output(&mut *out)?;
    sealed.write_all(line.as_bytes())?;
    io::copy(register, &mut sealed)?;
    sealed.finish()?;
    out.flush()?;
    Ok(())
}

/// The header as its line: from format 2 on, its JSON and, after a tab, the JSON's SHA-256, so
/// that a header damaged on the disk is said to be damaged, not taken for a newer app's or
/// for a wrong passphrase. (Whoever alters it on purpose is caught by the copy inside.)
fn header_line(header: &Header) -> Result<String, BackupFileError> {
    let json =
        serde_json::to_string(header).map_err(|e| BackupFileError::from(io::Error::other(e)))?;
    Ok(match header.format {
        0 | 1 => format!("{json}\n"),
        _ => format!("{json}\t{}\n", hex::encode(Sha256::digest(json.as_bytes()))),
    })
}

/// Reads what a backup says about itself, leaving `input` at the encrypted part.
pub fn read_header(input: &mut impl BufRead) -> Result<Header, BackupFileError> {
    let mut first = Vec::new();
    input.take(64).read_until(b'\n', &mut first)?;
    let first = String::from_utf8(first).map_err(|_| BackupFileError::NotABackup)?;
    let format = first
        .trim_end()
        .strip_prefix(MAGIC)
        .and_then(|rest| rest.trim().parse::<u32>().ok())
        .ok_or(BackupFileError::NotABackup)?;
    if format > FORMAT {
        return Err(BackupFileError::NewerFormat(format));
    }
    let mut line = Vec::new();
    input.take(64 * 1024).read_until(b'\n', &mut line)?;
    if line.last() != Some(&b'\n') {
        return Err(BackupFileError::Damaged(Damage::CutShort));
    }
    let changed = || BackupFileError::Damaged(Damage::HeaderChanged);
    let json = match format {
        0 | 1 => &line[..],
        _ => {
            let text = std::str::from_utf8(&line)
                .map_err(|_| changed())?
                .trim_end();
            let (json, check) = text.rsplit_once('\t').ok_or_else(changed)?;
            if hex::encode(Sha256::digest(json.as_bytes())) != check {
                return Err(changed());
            }
            json.as_bytes()
        }
    };
    let header: Header = serde_json::from_slice(json).map_err(|_| changed())?;
    if header.format != format {
        return Err(changed());
    }
    Ok(header)
}

/// Decrypts the register from `input` (just past the header `header`) into `out`, checking
/// that the header inside matches the one outside and that the register is whole.
pub fn decrypt(
    input: impl BufRead,
    header: &Header,
    passphrase: &Passphrase,
    out: &mut impl Write,
) -> Result<(), BackupFileError> {
    let counted = Counted::new(input);
    let progress = counted.progress.clone();
    let decryptor = age::Decryptor::new_buffered(counted).map_err(opening_failed)?;
    // What opening read: age's header and the stream's nonce.
    let age_header = progress.get().0;
    let reader = match &header.sealed_key {
        None => decryptor.decrypt(std::iter::once(&scrypt_identity(passphrase) as _)),
        Some(sealed) => {
            let identity = unseal(sealed, passphrase)?;
            decryptor.decrypt(std::iter::once(&identity as _))
        }
    }
    .map_err(opening_failed)?;
    let outer_line = header_line(header)?.into_bytes();
    // The stream cannot tell a file cut short in the middle of a chunk from an altered one;
    // the length can: the file ended before the register it describes could.
    let failed = |error: io::Error| {
        let (consumed, ended) = progress.get();
        let expected = sealed_length(outer_line.len() as u64 + header.size);
        if ended && consumed.saturating_sub(age_header) < expected {
            BackupFileError::Damaged(Damage::CutShort)
        } else {
            damaged(error)
        }
    };
    let mut reader = io::BufReader::new(reader);
    let mut inner = Vec::new();
    reader
        .by_ref()
        .take(64 * 1024)
        .read_until(b'\n', &mut inner)
        .map_err(failed)?;
    if inner != outer_line {
        return Err(BackupFileError::Damaged(Damage::HeaderChanged));
    }
    let mut hashing = HashingWriter {
        out,
        hasher: Sha256::new(),
        size: 0,
    };
    io::copy(&mut reader, &mut hashing).map_err(failed)?;
    let sha256 = hex::encode(hashing.hasher.finalize());
    if hashing.size != header.size || sha256 != header.sha256 {
        return Err(BackupFileError::Damaged(Damage::ContentsChanged));
    }
    Ok(())
}

/// The length of age's encrypted chunks of `plain` bytes, after the header and nonce that
/// opening it reads: chunks of 64 KiB each with a 16-byte tag (an empty stream is one empty
/// chunk).
fn sealed_length(plain: u64) -> u64 {
    const CHUNK: u64 = 64 * 1024;
    const TAG: u64 = 16;
    let chunks = plain.div_ceil(CHUNK).max(1);
    plain + chunks * TAG
}

/// A reader that counts what was taken from it and whether it reached the end.
struct Counted<R> {
    inner: R,
    progress: Progress,
}

#[derive(Clone, Default)]
struct Progress(std::rc::Rc<std::cell::Cell<(u64, bool)>>);

impl Progress {
    fn get(&self) -> (u64, bool) {
        self.0.get()
    }
}

impl<R> Counted<R> {
    fn new(inner: R) -> Self {
        Self {
            inner,
            progress: Progress::default(),
        }
    }
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let read = self.inner.read(buf)?;
        let (consumed, ended) = self.progress.get();
        self.progress.0.set((
            consumed + read as u64,
            ended || (read == 0 && !buf.is_empty()),
        ));
        Ok(read)
    }
}

impl<R: BufRead> BufRead for Counted<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        let buffer = self.inner.fill_buf()?;
        if buffer.is_empty() {
            let (consumed, _) = self.progress.get();
            self.progress.0.set((consumed, true));
        }
        Ok(buffer)
    }

    fn consume(&mut self, amount: usize) {
        self.inner.consume(amount);
        let (consumed, ended) = self.progress.get();
        self.progress.0.set((consumed + amount as u64, ended));
    }
}

fn opening_failed(error: age::DecryptError) -> BackupFileError {
    match error {
        // The scrypt stanza's key does not open: a wrong passphrase (or an altered stanza,
        // which no one can tell apart from it).
        age::DecryptError::DecryptionFailed
        | age::DecryptError::KeyDecryptionFailed
        | age::DecryptError::NoMatchingKeys => BackupFileError::WrongPassphrase,
        age::DecryptError::UnknownFormat => BackupFileError::NewerFormat(FORMAT + 1),
        age::DecryptError::Io(error) => damaged(error),
        // The header's MAC, a malformed header: the age part was changed.
        _ => BackupFileError::Damaged(Damage::ContentsChanged),
    }
}

fn damaged(error: io::Error) -> BackupFileError {
    match error.kind() {
        io::ErrorKind::UnexpectedEof => BackupFileError::Damaged(Damage::CutShort),
        io::ErrorKind::InvalidData => BackupFileError::Damaged(Damage::ContentsChanged),
        _ => BackupFileError::from(error),
    }
}

struct HashingWriter<'a, W: Write> {
    out: &'a mut W,
    hasher: Sha256,
    size: u64,
}

impl<W: Write> Write for HashingWriter<'_, W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let written = self.out.write(buf)?;
        self.hasher.update(&buf[..written]);
        self.size += written as u64;
        Ok(written)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

#[cfg(test)]
mod tests;
