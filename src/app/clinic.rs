//! The open clinic: a data folder with its database worker, journal thread, test library,
//! result settings and device profiles.

use std::path::{Path, PathBuf};

use super::worker::{Pending, Worker};
use crate::acquisition::JournalSink;
use crate::device::profile::ProfileSet;
use crate::io::demo::seed_demo;
use crate::protocols::TestLibrary;
use crate::store::{AthleteRow, ResultSettings, paths};

pub struct Clinic {
    pub data_dir: PathBuf,
    pub demo: bool,
    pub worker: Worker,
    pub journal: JournalSink,
    pub library: TestLibrary,
    pub results: ResultSettings,
    pub profiles: ProfileSet,
    /// The athlete list (refreshed after changes).
    pub athletes: Vec<AthleteRow>,
    /// Goes up whenever data was changed, so screens know to reload.
    pub generation: u64,
    pending_athletes: Option<Pending<Vec<AthleteRow>>>,
    pending_setup: Option<Pending<(TestLibrary, ResultSettings)>>,
}

impl Clinic {
    /// Opens a data folder (the demo clinic is seeded on first use). Errors are for the screen.
    pub fn open(
        data_dir: &Path,
        demo: bool,
        devices_dir: Option<&Path>,
        ctx: &egui::Context,
    ) -> Result<Clinic, String> {
        let folder = if demo { paths::demo_dir(data_dir) } else { data_dir.to_path_buf() };
        let repaint = ctx.clone();
        let worker = Worker::spawn(folder.clone(), move || repaint.request_repaint());
        if let Some(e) = &worker.open_error {
            return Err(e.clone());
        }
        if demo {
            // Seed the demo clinic the first time (it has its own database).
            worker
                .run(|store| {
                    if store.count("athletes").map_err(|e| e.to_string())? == 0 {
                        seed_demo(store, &mut |_, _| {}).map_err(|e| e.to_string())?;
                    }
                    Ok(())
                })
                .wait()?;
        }
        let mut profiles = ProfileSet::load(Some(&paths::devices_dir(data_dir)));
        if let Some(extra) = devices_dir {
            let more = ProfileSet::load(Some(extra));
            for p in more.profiles {
                if !profiles.profiles.iter().any(|q| q.id == p.id && q.source == p.source) {
                    profiles.profiles.retain(|q| q.id != p.id);
                    profiles.profiles.push(p);
                }
            }
            for e in more.errors {
                if !profiles.errors.contains(&e) {
                    profiles.errors.push(e);
                }
            }
        }
        let mut clinic = Clinic {
            journal: JournalSink::spawn(folder.clone()),
            data_dir: folder,
            demo,
            worker,
            library: TestLibrary::builtin(),
            results: ResultSettings::default(),
            profiles,
            athletes: Vec::new(),
            generation: 0,
            pending_athletes: None,
            pending_setup: None,
        };
        clinic.pending_setup = Some(clinic.worker.run(|store| {
            Ok((
                store.test_library().map_err(|e| e.to_string())?,
                ResultSettings::load(store).map_err(|e| e.to_string())?,
            ))
        }));
        clinic.refresh_athletes();
        Ok(clinic)
    }

    /// Reloads the athlete list in the background.
    pub fn refresh_athletes(&mut self) {
        self.generation += 1;
        self.pending_athletes = Some(self.worker.run(|store| store.athletes(true).map_err(|e| e.to_string())));
    }

    /// Reloads the library and result settings (after settings change).
    pub fn refresh_setup(&mut self) {
        self.pending_setup = Some(self.worker.run(|store| {
            Ok((
                store.test_library().map_err(|e| e.to_string())?,
                ResultSettings::load(store).map_err(|e| e.to_string())?,
            ))
        }));
    }

    /// Takes arrived answers; returns an error to show, if any.
    pub fn poll(&mut self) -> Option<String> {
        let mut error = None;
        if let Some(p) = &mut self.pending_athletes
            && let Some(r) = p.poll()
        {
            match r {
                Ok(list) => self.athletes = list,
                Err(e) => error = Some(e),
            }
            self.pending_athletes = None;
        }
        if let Some(p) = &mut self.pending_setup
            && let Some(r) = p.poll()
        {
            match r {
                Ok((library, results)) => {
                    self.library = library;
                    self.results = results;
                }
                Err(e) => error = Some(e),
            }
            self.pending_setup = None;
        }
        error
    }

    pub fn loading(&self) -> bool {
        self.pending_athletes.is_some() || self.pending_setup.is_some()
    }
}
