//! Compiles the demo clinic (`sample-data/clinic/`, an `export all` folder) into the program,
//! so the app can offer it wherever it is installed.

use std::path::Path;

fn main() {
    // The package's folder when the script runs (not when it was compiled: one compiled build
    // script may serve two checkouts sharing a target folder).
    let root = std::path::PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let clinic = root.join("sample-data/clinic");
    println!("cargo:rerun-if-changed={}", clinic.display());
    // `fl!` reads the English catalogue while compiling: a changed catalogue compiles again.
    println!("cargo:rerun-if-changed={}", root.join("i18n").display());
    let mut files = Vec::new();
    collect(&clinic, &clinic, &mut files);
    files.sort();
    let mut out = String::from("/// The demo clinic's files: (path inside the export folder, contents).\n");
    out.push_str("pub static DEMO_CLINIC: &[(&str, &[u8])] = &[\n");
    for (name, path) in &files {
        out.push_str(&format!("    ({name:?}, include_bytes!({:?})),\n", path));
        println!("cargo:rerun-if-changed={path}");
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("demo_clinic.rs");
    std::fs::write(dest, out).expect("writing demo_clinic.rs");
}

fn collect(base: &Path, dir: &Path, files: &mut Vec<(String, String)>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            println!("cargo:rerun-if-changed={}", path.display());
            collect(base, &path, files);
        } else if let Ok(relative) = path.strip_prefix(base) {
            let name = relative.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
            files.push((name, path.display().to_string()));
        }
    }
}
