//! Where to save a file: the system dialog on its own thread, a fixed folder in tests, and the
//! app's own export folder when the system has no dialog to show.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crossbeam_channel::Receiver;
use egui::RichText;

use crate::app::{AppOptions, theme};
use crate::fl;

/// What a save dialog asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveTarget {
    /// A file, with a filter (name, extensions).
    File(&'static str, &'static [&'static str]),
    /// A folder; the file name is made inside it.
    Folder,
}

/// How a save dialog ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Picked {
    Path(PathBuf),
    /// The clinician closed the dialog without choosing.
    Cancelled,
    /// No dialog could be shown on this system (no desktop portal, no session bus).
    NoDialog,
}

/// A dialog that ends sooner than this without a choice was never seen by anyone.
const NO_DIALOG_WITHIN: Duration = Duration::from_millis(400);

/// Whether this system can show the file dialog at all (on Linux the desktop portal is reached
/// over the session bus; without one nothing can appear).
fn dialog_possible(options: &AppOptions) -> bool {
    if options.no_file_dialog {
        return false;
    }
    if cfg!(target_os = "linux") {
        let bus_env = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some();
        let bus_socket = std::env::var_os("XDG_RUNTIME_DIR").is_some_and(|dir| Path::new(&dir).join("bus").exists());
        return bus_env || bus_socket;
    }
    true
}

/// Where to write `file_name`: the system's dialog on its own thread (the UI never waits for
/// it), or straight into `options.export_dir` in tests and scripted runs.
pub fn ask_save_path(options: &AppOptions, file_name: String, target: SaveTarget) -> Receiver<Picked> {
    let (tx, rx) = crossbeam_channel::bounded(1);
    if let Some(dir) = &options.export_dir {
        let _ = tx.send(Picked::Path(dir.join(file_name)));
        return rx;
    }
    if !dialog_possible(options) {
        let _ = tx.send(Picked::NoDialog);
        return rx;
    }
    std::thread::spawn(move || {
        let asked = Instant::now();
        let picked = match target {
            SaveTarget::Folder => rfd::FileDialog::new()
                .set_title(fl!("widget-save-choose-folder"))
                .pick_folder()
                .map(|d| d.join(file_name)),
            SaveTarget::File(name, extensions) => {
                rfd::FileDialog::new().set_file_name(&file_name).add_filter(name, extensions).save_file()
            }
        };
        let _ = tx.send(match picked {
            Some(path) => Picked::Path(path),
            None if asked.elapsed() < NO_DIALOG_WITHIN => Picked::NoDialog,
            None => Picked::Cancelled,
        });
    });
    rx
}

/// The app's own export folder, inside its data folder.
pub fn own_export_folder(options: &AppOptions) -> PathBuf {
    options.data_dir.join("exports")
}

/// `name` in `dir`, or `name (2)`, `name (3)`... when that is taken.
fn free_name(dir: &Path, name: &str) -> PathBuf {
    let first = dir.join(name);
    if !first.exists() {
        return first;
    }
    let (stem, ext) = match name.rsplit_once('.') {
        Some((s, e)) if !s.is_empty() => (s.to_string(), format!(".{e}")),
        _ => (name.to_string(), String::new()),
    };
    let mut k = 2;
    loop {
        let candidate = dir.join(format!("{stem} ({k}){ext}"));
        if !candidate.exists() {
            return candidate;
        }
        k += 1;
    }
}

/// The program that opens a folder in the system's file manager.
fn folder_opener() -> &'static str {
    if cfg!(target_os = "windows") {
        "explorer"
    } else if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    }
}

/// Opens `dir` in the system's file manager (a local program; nothing leaves the machine).
/// The error says which of the two failed: the folder, or the program that shows it.
pub fn open_folder(dir: &Path) -> Result<(), String> {
    open_folder_with(folder_opener(), dir)
}

fn open_folder_with(program: &str, dir: &Path) -> Result<(), String> {
    if !dir.is_dir() {
        return Err(fl!("widget-save-folder-gone", folder = dir.display().to_string()));
    }
    let folder = dir.display().to_string();
    match std::process::Command::new(program).arg(dir).spawn() {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            Err(fl!("widget-save-no-file-manager", program = program, folder = folder))
        }
        Err(e) => {
            Err(fl!("widget-save-file-manager-failed", program = program, error = e.to_string(), folder = folder))
        }
    }
}

/// A save in progress on one screen: the dialog, then, when no dialog could be shown, the
/// offer of the app's own export folder (shown, and openable once written to).
#[derive(Default)]
pub struct SavePicker {
    asking: Option<(Receiver<Picked>, String)>,
    /// No dialog could be shown: the name waiting for the clinician to accept the own folder.
    offer: Option<String>,
    /// The own folder was used for the last save.
    used_own_folder: bool,
    open_error: Option<String>,
}

impl SavePicker {
    /// Asks where to save `file_name`.
    pub fn ask(&mut self, options: &AppOptions, file_name: String, target: SaveTarget) {
        self.offer = None;
        self.used_own_folder = false;
        self.open_error = None;
        self.asking = Some((ask_save_path(options, file_name.clone(), target), file_name));
    }

    /// A dialog is open, or its answer is awaited.
    pub fn busy(&self) -> bool {
        self.asking.is_some()
    }

    /// Forgets an offer and the last folder (the screen or athlete changed).
    pub fn forget(&mut self) {
        self.offer = None;
        self.used_own_folder = false;
        self.open_error = None;
    }

    /// Draws the offer or the folder line, if any; the path to write to once one is chosen.
    /// `own_folder_chosen` remembers, for this run, that the clinician chose the app's own
    /// folder when no dialog could be shown: later saves go there without asking again.
    pub fn show(&mut self, ui: &mut egui::Ui, options: &AppOptions, own_folder_chosen: &mut bool) -> Option<PathBuf> {
        let mut chosen = None;
        let folder = own_export_folder(options);
        if let Some((rx, name)) = &self.asking
            && let Ok(picked) = rx.try_recv()
        {
            let name = name.clone();
            self.asking = None;
            match picked {
                Picked::Path(path) => chosen = Some(path),
                Picked::Cancelled => {}
                Picked::NoDialog if *own_folder_chosen => match std::fs::create_dir_all(&folder) {
                    Ok(()) => {
                        self.used_own_folder = true;
                        chosen = Some(free_name(&folder, &name));
                    }
                    Err(e) => self.open_error = Some(cannot_create(&folder, &e)),
                },
                Picked::NoDialog => self.offer = Some(name),
            }
        }
        if let Some(name) = self.offer.clone() {
            ui.label(RichText::new(fl!("widget-save-no-dialog")).color(theme::AMBER).size(17.0));
            ui.horizontal_wrapped(|ui| {
                if ui.button(fl!("widget-save-in-own-folder", folder = folder.display().to_string())).clicked() {
                    self.offer = None;
                    match std::fs::create_dir_all(&folder) {
                        Ok(()) => {
                            self.used_own_folder = true;
                            *own_folder_chosen = true;
                            chosen = Some(free_name(&folder, &name));
                        }
                        Err(e) => self.open_error = Some(cannot_create(&folder, &e)),
                    }
                }
                if ui.button(fl!("widget-save-not-now")).clicked() {
                    self.offer = None;
                }
            });
        }
        if self.used_own_folder && chosen.is_none() {
            ui.horizontal_wrapped(|ui| {
                ui.label(fl!("widget-save-saved-in-own-folder", folder = folder.display().to_string()));
                if ui.button(fl!("widget-save-open-folder")).clicked() {
                    self.open_error =
                        open_folder(&folder).err().map(|e| fl!("widget-save-cannot-show-folder", error = e));
                }
            });
        }
        if let Some(e) = &self.open_error {
            ui.label(RichText::new(e).color(theme::RED));
        }
        chosen
    }
}

/// "cannot create <folder>: <why>".
fn cannot_create(folder: &Path, error: &std::io::Error) -> String {
    fl!("widget-save-cannot-create", folder = folder.display().to_string(), error = error.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_that_cannot_be_shown_says_whether_the_folder_or_the_file_manager_is_missing() {
        let dir = tempfile::tempdir().unwrap();
        let e = open_folder_with("forcetrack-no-such-file-manager", dir.path()).unwrap_err();
        assert!(e.contains("no file manager") && e.contains(&dir.path().display().to_string()), "{e}");
        let gone = dir.path().join("gone");
        let e = open_folder_with("forcetrack-no-such-file-manager", &gone).unwrap_err();
        assert!(e.contains("is not there any more"), "{e}");
    }

    #[test]
    fn a_taken_name_gets_a_number() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(free_name(dir.path(), "a.csv"), dir.path().join("a.csv"));
        std::fs::write(dir.path().join("a.csv"), "").unwrap();
        assert_eq!(free_name(dir.path(), "a.csv"), dir.path().join("a (2).csv"));
        std::fs::write(dir.path().join("a (2).csv"), "").unwrap();
        assert_eq!(free_name(dir.path(), "a.csv"), dir.path().join("a (3).csv"));
        std::fs::create_dir(dir.path().join("traces")).unwrap();
        assert_eq!(free_name(dir.path(), "traces"), dir.path().join("traces (2)"));
    }
}
