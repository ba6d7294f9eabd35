//! Where to save a file: the system dialog on its own thread, or a fixed folder in tests.

/// What a save dialog asks for.
pub enum SaveTarget {
    /// A file, with a filter (name, extensions).
    File(&'static str, &'static [&'static str]),
    /// A folder; the file name is made inside it.
    Folder,
}

/// Where to write `file_name`: the system's dialog on its own thread (the UI never waits for
/// it), or straight into `options.export_dir` in tests and scripted runs. The answer arrives on
/// the receiver; `None` when the clinician cancelled.
pub fn ask_save_path(
    options: &crate::app::AppOptions,
    file_name: String,
    target: SaveTarget,
) -> crossbeam_channel::Receiver<Option<std::path::PathBuf>> {
    let (tx, rx) = crossbeam_channel::bounded(1);
    match &options.export_dir {
        Some(dir) => {
            let _ = tx.send(Some(dir.join(file_name)));
        }
        None => {
            std::thread::spawn(move || {
                let picked = match target {
                    SaveTarget::Folder => rfd::FileDialog::new()
                        .set_title("Choose an empty folder for the export")
                        .pick_folder()
                        .map(|d| d.join(file_name)),
                    SaveTarget::File(name, extensions) => {
                        rfd::FileDialog::new().set_file_name(&file_name).add_filter(name, extensions).save_file()
                    }
                };
                let _ = tx.send(picked);
            });
        }
    }
    rx
}
