//! The open clinic: a data folder with its database worker, journal thread, test library,
//! result settings and device profiles.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::worker::{Pending, Worker, answer};
use crate::acquisition::JournalSink;
use crate::clearance::{Status, TemplateSet, Verdict};
use crate::device::profile::ProfileSet;
use crate::io::demo::seed_demo;
use crate::protocols::TestLibrary;
use crate::records;
use crate::results::ResultSettings;
use crate::store::{AthleteRow, paths};

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
    /// Return-to-sport status of the athletes with an open injury episode, by athlete id
    /// (evaluated in the background after the athlete list loads).
    pub clearance: HashMap<i64, ClearanceBrief>,
    pending_athletes: Option<Pending<Vec<AthleteRow>>>,
    pending_clearance: Option<Pending<HashMap<i64, ClearanceBrief>>>,
    pending_setup: Option<Pending<(TestLibrary, ResultSettings)>>,
    pending_profiles: Option<Pending<ProfileSet>>,
    /// Whether the daily check ran (then every trial's samples are checked).
    samples_check: Option<Pending<bool>>,
    /// The check of every trial's samples, on a worker of its own.
    damaged_check: Option<(Worker, Pending<Vec<crate::store::DamagedTrial>>)>,
    /// Answered when the database is open (or could not be).
    opened: Option<Pending<()>>,
    /// Answered when the demo clinic is made (demo only, first use).
    seeding: Option<Pending<()>>,
    failed: Option<String>,
    /// What the database said of other connections' commits when last asked, and when it
    /// was asked: a change made by another process (the command line, a recording saved by
    /// the journal) reloads what the screens show.
    changes_seen: Option<i64>,
    changes_asked: Option<std::time::Instant>,
    pending_changes: Option<Pending<i64>>,
}

/// How often the app asks whether another process changed the clinic's records.
pub const CHANGES_POLL: std::time::Duration = std::time::Duration::from_secs(2);

/// The shipped profiles and those of the folders given, a folder's copy replacing a shipped
/// one of the same id, a later folder's an earlier one's (each profile left out is listed, with
/// why: [`ProfileSet::shadowed`]).
fn load_profiles(folders: &[Option<PathBuf>]) -> ProfileSet {
    let folders: Vec<&Path> = folders.iter().flatten().map(PathBuf::as_path).collect();
    ProfileSet::load_folders(&folders)
}

impl Clinic {
    /// Opens a data folder (the demo clinic is seeded on first use) without waiting: the
    /// database opens on the worker (integrity check and migrations may take seconds) while
    /// frames go on; [`Clinic::opening`] says it is not ready yet and [`Clinic::failed`] why it
    /// could not open.
    pub fn open(data_dir: &Path, demo: bool, devices_dir: Option<&Path>, ctx: &egui::Context) -> Clinic {
        let folder = if demo { paths::demo_dir(data_dir) } else { data_dir.to_path_buf() };
        let repaint = ctx.clone();
        let (worker, opened) = Worker::spawn(folder.clone(), move || repaint.request_repaint());
        // Seed the demo clinic the first time (it has its own database); the athlete list,
        // queued after, sees the seeded athletes.
        let seeding = demo.then(|| {
            worker.run(|store| {
                if store.count("athletes").map_err(|e| e.to_string())? == 0 {
                    seed_demo(store, &mut |_, _| {}).map_err(|e| e.to_string())?;
                }
                Ok(())
            })
        });
        // When the daily integrity check ran, every trial's samples are checked too, on a
        // connection of its own (seconds on a large clinic: the screens' worker is not held).
        let samples_check = worker.run(|store| Ok(store.integrity_checked()));
        // Profiles are read from disk on the worker too; the shipped ones serve meanwhile.
        let devices = [Some(paths::devices_dir(data_dir)), devices_dir.map(Path::to_path_buf)];
        let pending_profiles = Some(worker.run(move |_| Ok(load_profiles(&devices))));
        let mut clinic = Clinic {
            journal: JournalSink::spawn(folder.clone()),
            data_dir: folder,
            demo,
            worker,
            library: TestLibrary::builtin(),
            results: ResultSettings::default(),
            profiles: ProfileSet::load(None),
            athletes: Vec::new(),
            generation: 0,
            clearance: HashMap::new(),
            opened: Some(opened),
            seeding,
            failed: None,
            pending_athletes: None,
            pending_clearance: None,
            pending_setup: None,
            pending_profiles,
            samples_check: Some(samples_check),
            damaged_check: None,
            changes_seen: None,
            changes_asked: None,
            pending_changes: None,
        };
        clinic.refresh_setup();
        clinic.refresh_athletes();
        clinic
    }

    /// Whether the database is still opening (or the demo clinic being made).
    pub fn opening(&self) -> bool {
        self.opened.is_some() || self.seeding.is_some()
    }

    /// Why the clinic could not be opened, once that is known.
    pub fn failed(&self) -> Option<&str> {
        self.failed.as_deref()
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
                records::result_settings(store).map_err(|e| e.to_string())?,
            ))
        }));
    }

    /// Takes arrived answers; returns an error to show, if any.
    pub fn poll(&mut self) -> Option<String> {
        let mut error = None;
        if let Some(Err(e)) = answer(&mut self.opened) {
            self.failed = Some(e);
        }
        if let Some(Err(e)) = answer(&mut self.seeding) {
            error = Some(format!("The demo clinic could not be made: {e}"));
        }
        if let Some(Ok(profiles)) = answer(&mut self.pending_profiles) {
            self.profiles = profiles;
        }
        if let Some(Ok(true)) = answer(&mut self.samples_check) {
            let (checker, _) = Worker::spawn(self.data_dir.clone(), || {});
            let found = checker.run(|store| store.damaged_trials().map_err(|e| e.to_string()));
            self.damaged_check = Some((checker, found));
        }
        let damaged = match &mut self.damaged_check {
            Some((_, found)) => found.poll(),
            None => None,
        };
        if damaged.is_some() {
            // The checker's thread ends once its queue is dropped.
            self.damaged_check = None;
        }
        if let Some(Ok(damaged)) = damaged
            && !damaged.is_empty()
        {
            let list: Vec<String> = damaged.iter().map(ToString::to_string).collect();
            error = Some(format!(
                "The database check found damaged samples, left out of every result: {}. Restore a backup to get them back.",
                list.join("; ")
            ));
        }
        if let Some(r) = answer(&mut self.pending_athletes) {
            match r {
                Ok(list) => {
                    self.athletes = list;
                    self.refresh_clearance();
                }
                Err(e) => error = Some(e),
            }
        }
        if let Some(r) = answer(&mut self.pending_clearance) {
            match r {
                Ok(map) => self.clearance = map,
                Err(e) => error = Some(e),
            }
        }
        if let Some(r) = answer(&mut self.pending_setup) {
            match r {
                Ok((library, results)) => {
                    self.library = library;
                    self.results = results;
                }
                Err(e) => error = Some(e),
            }
        }
        self.poll_changes();
        error
    }

    /// Every [`CHANGES_POLL`], asks whether another process committed to the clinic's
    /// database; if one did, the athlete list, the settings and every open screen reload.
    fn poll_changes(&mut self) {
        if let Some(Ok(version)) = answer(&mut self.pending_changes) {
            if self.changes_seen.is_some_and(|seen| seen != version) {
                self.refresh_setup();
                self.refresh_athletes();
            }
            self.changes_seen = Some(version);
        }
        let due = self.changes_asked.is_none_or(|at| at.elapsed() >= CHANGES_POLL);
        if due && self.pending_changes.is_none() && !self.opening() {
            self.changes_asked = Some(std::time::Instant::now());
            self.pending_changes = Some(self.worker.run(|store| store.changes_by_others().map_err(|e| e.to_string())));
        }
    }

    /// Evaluates, in the background, the clearance of every athlete with an open episode.
    fn refresh_clearance(&mut self) {
        let ids: Vec<i64> = self
            .athletes
            .iter()
            .filter(|r| r.visits > 0 && r.episode.as_ref().is_some_and(|e| e.closed_on.is_none()))
            .map(|r| r.athlete.id)
            .collect();
        self.pending_clearance = Some(self.worker.run(move |store| {
            let e = |e: crate::store::StoreError| e.to_string();
            let library = store.test_library().map_err(e)?;
            let settings = records::result_settings(store).map_err(e)?;
            let templates = TemplateSet::new(&store.custom_clearance_templates().map_err(e)?, &library);
            let mut map = HashMap::new();
            for id in ids {
                let record = records::athlete_record(store, id, &library, &settings).map_err(e)?;
                let brief = match record.current_evaluation(&templates) {
                    Some(Ok(ev)) => ClearanceBrief {
                        status: Some(ev.status),
                        counts: ev.counts(),
                        summary: ev.summary(),
                        detail: ev
                            .criteria
                            .iter()
                            .filter(|c| c.required && c.verdict != Verdict::Pass)
                            .map(|c| {
                                format!("{}: {}", if c.verdict == Verdict::Fail { "fail" } else { "no data" }, c.label)
                            })
                            .collect(),
                        template: ev.template_name,
                    },
                    Some(Err(message)) => ClearanceBrief {
                        status: None,
                        counts: (0, 0, 0),
                        summary: message,
                        detail: Vec::new(),
                        template: String::new(),
                    },
                    None => continue,
                };
                map.insert(id, brief);
            }
            Ok(map)
        }));
    }

    /// Whether the athletes' clearance is being evaluated.
    pub fn clearance_loading(&self) -> bool {
        self.pending_clearance.is_some() || self.pending_athletes.is_some()
    }

    pub fn loading(&self) -> bool {
        self.pending_athletes.is_some() || self.pending_setup.is_some()
    }
}

/// An athlete's return-to-sport status in one line, for the athlete list.
#[derive(Debug, Clone)]
pub struct ClearanceBrief {
    /// `None` when the evaluation failed (`summary` says why).
    pub status: Option<Status>,
    /// Required criteria that pass, fail, have no data.
    pub counts: (usize, usize, usize),
    /// "not yet: 2 of 10 required criteria fail".
    pub summary: String,
    /// The required criteria that do not pass, "fail: Nordic: LSI at least 90 %".
    pub detail: Vec<String>,
    pub template: String,
}
