//! On Windows: the program's icon, version information and application manifest
//! (`packaging/windows/`) embedded as resources, so that Explorer, the taskbar and the file's
//! properties show them and Windows reads the manifest (DPI awareness, long paths, the look of
//! current Windows in the dialogs). Other systems take their icon from the package.

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=packaging/windows/asiakasrekisteri.ico");
    println!("cargo:rerun-if-changed=packaging/windows/asiakasrekisteri.manifest");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let script = Path::new(&out).join("asiakasrekisteri.rc");
    std::fs::write(&script, resource_script(Path::new(&root))).expect("OUT_DIR is writable");
    embed_resource::compile(&script, embed_resource::NONE)
        .manifest_required()
        .expect("the Windows resources compile (windres from MinGW, or rc.exe)");
}

/// A resource script with the package's version; paths with forward slashes, which both
/// windres and rc.exe read.
fn resource_script(root: &Path) -> String {
    let file = |name: &str| {
        root.join("packaging/windows")
            .join(name)
            .display()
            .to_string()
            .replace('\\', "/")
    };
    let number = |part: &str| {
        std::env::var(format!("CARGO_PKG_VERSION_{part}")).expect("cargo sets the version's parts")
    };
    let (major, minor, patch) = (number("MAJOR"), number("MINOR"), number("PATCH"));
    let version = format!("{major}.{minor}.{patch}");
    format!(
        r#"#pragma code_page(65001)
1 ICON "{icon}"
1 24 "{manifest}"
1 VERSIONINFO
FILEVERSION {major},{minor},{patch},0
PRODUCTVERSION {major},{minor},{patch},0
FILEOS 0x40004
FILETYPE 0x1
BEGIN
  BLOCK "StringFileInfo"
  BEGIN
    BLOCK "040B04B0"
    BEGIN
      VALUE "CompanyName", "Ompelijan paratiisi"
      VALUE "FileDescription", "Asiakasrekisteri"
      VALUE "FileVersion", "{version}"
      VALUE "InternalName", "asiakasrekisteri"
      VALUE "LegalCopyright", "Ompelijan paratiisi"
      VALUE "OriginalFilename", "asiakasrekisteri.exe"
      VALUE "ProductName", "Asiakasrekisteri"
      VALUE "ProductVersion", "{version}"
    END
  END
  BLOCK "VarFileInfo"
  BEGIN
    VALUE "Translation", 0x040B, 1200
  END
END
"#,
        icon = file("asiakasrekisteri.ico"),
        manifest = file("asiakasrekisteri.manifest"),
    )
}
