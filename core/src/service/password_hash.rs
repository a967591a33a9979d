//! Staff passwords are stored only as argon2id PHC strings.

use argon2::password_hash::{
    PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng,
};
use argon2::{Algorithm, Argon2, Params, Version};

use super::ServiceError;

/// OWASP Password Storage Cheat Sheet: argon2id, 19 MiB, 2 iterations, 1 lane.
const MEMORY_KIB: u32 = 19 * 1024;
const ITERATIONS: u32 = 2;
const LANES: u32 = 1;

fn argon2() -> Result<Argon2<'static>, ServiceError> {
    let params = Params::new(MEMORY_KIB, ITERATIONS, LANES, None)
        .map_err(|e| ServiceError::PasswordHash(e.to_string()))?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

/// Hashing takes tens of milliseconds on purpose; it runs off the async executor.
pub(crate) async fn hash(password: String) -> Result<String, ServiceError> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        argon2()?
            .hash_password(password.as_bytes(), &salt)
            .map(|hash| hash.to_string())
            .map_err(|e| ServiceError::PasswordHash(e.to_string()))
    })
    .await
    .map_err(|e| ServiceError::PasswordHash(e.to_string()))?
}

/// False for a wrong password and for a stored hash that does not parse.
pub(crate) async fn verify(password: String, stored: String) -> Result<bool, ServiceError> {
    tokio::task::spawn_blocking(move || {
        let Ok(parsed) = PasswordHash::new(&stored) else {
            return Ok(false);
        };
        Ok(argon2()?
            .verify_password(password.as_bytes(), &parsed)
            .is_ok())
    })
    .await
    .map_err(|e| ServiceError::PasswordHash(e.to_string()))?
}

/// A hash of a random password, verified against when the username is unknown so that a
/// wrong username takes as long as a wrong password and does not reveal which accounts exist.
pub(crate) async fn dummy_hash() -> Result<String, ServiceError> {
    static DUMMY: tokio::sync::OnceCell<String> = tokio::sync::OnceCell::const_new();
    DUMMY
        .get_or_try_init(|| hash(SaltString::generate(&mut OsRng).to_string()))
        .await
        .cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hash_is_argon2id_with_owasp_parameters_and_verifies() {
        let stored = hash("oikea hevonen patteri niitti".into())
            .await
            .expect("hashes");
        assert!(
            stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{stored}"
        );
        assert!(
            verify("oikea hevonen patteri niitti".into(), stored.clone())
                .await
                .expect("verifies")
        );
        assert!(!verify("väärä".into(), stored).await.expect("verifies"));
    }

    #[tokio::test]
    async fn a_garbled_stored_hash_never_verifies() {
        assert!(
            !verify("mitä tahansa".into(), "not a hash".into())
                .await
                .expect("runs")
        );
    }
}
