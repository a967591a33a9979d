//! The documents the command line writes: a customer's register extract, the privacy notice.

use std::path::PathBuf;

use register::db::Db;
use register::domain::Lang;
use register::domain::subject::Subject;
use register::format;
use register::notice::{Edition, Format};
use register::save;
use register::service::notice::{self, Which};
use register::service::{ServiceError, Session, access_request, extract};

pub struct ExtractTarget {
    pub customer: Option<i32>,
    pub email: Option<String>,
    pub order: Option<String>,
    pub lang: Lang,
    pub out: PathBuf,
    pub json: Option<PathBuf>,
    pub request: Option<i32>,
}

pub async fn write_extract(
    db: &Db,
    session: &Session,
    target: ExtractTarget,
) -> Result<String, String> {
    let fail = |e: ServiceError| e.to_string();
    let subject = match (target.customer, &target.email, &target.order) {
        (Some(id), _, _) => Subject::Customer(id),
        (None, Some(email), _) => extract::subject_by_email(db, session, email)
            .await
            .map_err(fail)?,
        (None, None, Some(order)) => extract::subject_by_order(db, session, order)
            .await
            .map_err(fail)?,
        (None, None, None) => return Err("give --customer ID, --email E or --order NUMBER".into()),
    };
    let request = match target.request {
        Some(id) => Some(access_request::get(db, session, id).await.map_err(fail)?),
        None => None,
    };
    let saved = save::extract(
        db,
        session,
        save::Target {
            subject,
            lang: target.lang,
            request: request.as_ref(),
            pdf: &target.out,
            json: target.json.as_deref(),
            // Nobody was asked: a file in the way is refused, never replaced.
            existing: save::Existing::Keep,
        },
    )
    .await
    .map_err(|e| e.to_string())?;
    let letter = saved
        .covering_letter
        .map(|path| format!(" and its covering letter to {}", path.display()))
        .unwrap_or_default();
    Ok(format!(
        "Wrote the register extract {} to {} (SHA-256 {}){letter}.",
        saved.reference,
        saved.path.display(),
        saved.sha256
    ))
}

pub struct NoticeTarget {
    pub lang: Lang,
    pub pdf: PathBuf,
    pub markdown: Option<PathBuf>,
    pub html: Option<PathBuf>,
    pub publish: bool,
    pub version: Option<i32>,
}

pub async fn write_notice(
    db: &Db,
    session: &Session,
    target: NoticeTarget,
) -> Result<String, String> {
    if target.publish {
        let published = notice::publish(db, session)
            .await
            .map_err(|e| e.to_string())?;
        eprintln!(
            "Published the privacy notice as version {}.",
            published.version
        );
    }
    let which = target.version.map_or(Which::Current, Which::Version);
    let mut files = vec![(Format::Pdf, target.pdf.as_path())];
    files.extend(
        target
            .markdown
            .as_deref()
            .map(|path| (Format::Markdown, path)),
    );
    files.extend(target.html.as_deref().map(|path| (Format::Html, path)));
    let written = register::save::notice(
        db,
        session,
        target.lang,
        which,
        &files,
        save::Existing::Keep,
    )
    .await
    .map_err(|e| e.to_string())?;
    let paths: Vec<String> = files.iter().map(|(_, p)| p.display().to_string()).collect();
    Ok(match written.edition {
        Edition::Published { version, on } => format!(
            "Wrote the privacy notice, version {version} of {}, to {}.",
            format::date_only(on),
            paths.join(", ")
        ),
        Edition::Draft { .. } => format!(
            "Wrote a DRAFT of the privacy notice to {}: it has not been published as it stands. \
             Publish it with --publish.",
            paths.join(", ")
        ),
    })
}
