//! The open clinic: a data folder with its database worker, journal thread, test library,
//! result settings and device profiles.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::worker::{Pending, Worker, answer};
use crate::acquisition::JournalSink;
use crate::analysis::AsymmetryBand;
use crate::app::widgets::{damaged_row_text, damaged_trial_text, store_error_text};
use crate::clearance::{CriterionResult, Status, TemplateSet, Verdict};
use crate::device::profile::ProfileSet;
use crate::fl;
use crate::io::demo::seed_demo;
use crate::protocols::TestLibrary;
use crate::records;
use crate::results::ResultSettings;
use crate::store::{AthleteRow, ServerAddress, paths};

pub struct Clinic {
    pub data_dir: PathBuf,
    pub demo: bool,
    /// The clinic server holding the record, when it is on one (never the demo clinic).
    pub server: Option<ServerAddress>,
    /// Whether the clinic server answered the last look (every few seconds).
    pub server_reachable: bool,
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
    /// Each athlete's tests whose latest result is in the red asymmetry band, by athlete id
    /// (evaluated in the background after the athlete list loads; absent: none).
    pub red_bands: HashMap<i64, Vec<RedBand>>,
    pending_athletes: Option<Pending<Vec<AthleteRow>>>,
    pending_clearance: Option<Pending<HashMap<i64, ClearanceBrief>>>,
    pending_red_bands: Option<Pending<HashMap<i64, Vec<RedBand>>>>,
    pending_setup: Option<Pending<(TestLibrary, ResultSettings)>>,
    pending_profiles: Option<Pending<ProfileSet>>,
    /// Whether the daily check ran (then every trial's samples are checked).
    samples_check: Option<Pending<bool>>,
    /// The check of every trial's samples, on a worker of its own.
    damaged_check: Option<(Worker, Pending<Vec<crate::store::DamagedTrial>>)>,
    /// The stored rows that cannot be read, as said once (left out of every list and result).
    rows_said: Vec<String>,
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
    ///
    /// With a clinic `server` (never for the demo clinic), the record is the server's and the
    /// data folder keeps this station's recording journal.
    pub fn open(
        data_dir: &Path,
        demo: bool,
        server: Option<ServerAddress>,
        devices_dir: Option<&Path>,
        ctx: &egui::Context,
    ) -> Clinic {
        let folder = if demo { paths::demo_dir(data_dir) } else { data_dir.to_path_buf() };
        let server = if demo { None } else { server };
        let repaint = ctx.clone();
        let (worker, opened) = Worker::spawn(folder.clone(), server.clone(), move || repaint.request_repaint());
        // Seed the demo clinic the first time (it has its own database); the athlete list,
        // queued after, sees the seeded athletes.
        let seeding = demo.then(|| {
            worker.run(|store| {
                if store.count("athletes").map_err(|e| store_error_text(&e))? == 0 {
                    seed_demo(store, &mut |_, _| {}).map_err(|e| match e {
                        crate::io::import::ImportError::Store(e) => store_error_text(&e),
                        e => e.to_string(),
                    })?;
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
            journal: JournalSink::spawn(folder.clone(), server.clone()),
            server,
            server_reachable: true,
            data_dir: folder,
            demo,
            worker,
            library: TestLibrary::builtin(),
            results: ResultSettings::default(),
            profiles: ProfileSet::load(None),
            athletes: Vec::new(),
            generation: 0,
            clearance: HashMap::new(),
            red_bands: HashMap::new(),
            opened: Some(opened),
            seeding,
            failed: None,
            pending_athletes: None,
            pending_clearance: None,
            pending_red_bands: None,
            pending_setup: None,
            pending_profiles,
            samples_check: Some(samples_check),
            damaged_check: None,
            rows_said: Vec::new(),
            changes_seen: None,
            changes_asked: None,
            pending_changes: None,
        };
        // Where other processes' commits stand before anything is read: a change after this
        // (even one before the athlete list is read) reloads the screens.
        clinic.changes_asked = Some(std::time::Instant::now());
        clinic.pending_changes =
            Some(clinic.worker.run(|store| store.changes_by_others().map_err(|e| store_error_text(&e))));
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
        self.pending_athletes = Some(self.worker.run(|store| store.athletes(true).map_err(|e| store_error_text(&e))));
    }

    /// Reloads the library and result settings (after settings change).
    pub fn refresh_setup(&mut self) {
        self.pending_setup = Some(self.worker.run(|store| {
            Ok((
                store.test_library().map_err(|e| store_error_text(&e))?,
                records::result_settings(store).map_err(|e| store_error_text(&e))?,
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
            error = Some(fl!("app-demo-not-made", error = e));
        }
        if let Some(Ok(profiles)) = answer(&mut self.pending_profiles) {
            self.profiles = profiles;
        }
        if let Some(Ok(true)) = answer(&mut self.samples_check) {
            let (checker, _) = Worker::spawn(self.data_dir.clone(), self.server.clone(), || {});
            let found = checker.run(|store| store.damaged_trials().map_err(|e| store_error_text(&e)));
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
            let list: Vec<String> = damaged.iter().map(damaged_trial_text).collect();
            error = Some(fl!("app-damaged-samples", list = list.join("; ")));
        }
        if let Some(note) = self.rows_left_out() {
            error = Some(match error {
                Some(e) => format!("{e}\n{note}"),
                None => note,
            });
        }
        if let Some(r) = answer(&mut self.pending_athletes) {
            match r {
                Ok(list) => {
                    self.athletes = list;
                    self.refresh_clearance();
                    self.refresh_red_bands();
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
        if let Some(r) = answer(&mut self.pending_red_bands) {
            match r {
                Ok(map) => self.red_bands = map,
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

    /// The stored rows the worker's readers met that cannot be read and that were not said yet,
    /// in words: each is said once, and left out of every list and result.
    fn rows_left_out(&mut self) -> Option<String> {
        let mut new: Vec<String> = Vec::new();
        for row in self.worker.damaged_rows().iter().map(damaged_row_text) {
            if !self.rows_said.contains(&row) && !new.contains(&row) {
                new.push(row);
            }
        }
        if new.is_empty() {
            return None;
        }
        self.rows_said.extend(new.iter().cloned());
        Some(fl!("app-rows-left-out", list = new.join("; ")))
    }

    /// Every [`CHANGES_POLL`], asks whether another process committed to the clinic's
    /// database; if one did, the athlete list, the settings and every open screen reload.
    fn poll_changes(&mut self) {
        match answer(&mut self.pending_changes) {
            Some(Ok(version)) => {
                let back = !self.server_reachable;
                self.server_reachable = true;
                if back || self.changes_seen.is_some_and(|seen| seen != version) {
                    self.refresh_setup();
                    self.refresh_athletes();
                }
                self.changes_seen = Some(version);
            }
            // The clinic server did not answer: said in the status bar until it does.
            Some(Err(_)) if self.server.is_some() => self.server_reachable = false,
            _ => {}
        }
        let due = self.changes_asked.is_none_or(|at| at.elapsed() >= CHANGES_POLL);
        if due && self.pending_changes.is_none() && !self.opening() {
            self.changes_asked = Some(std::time::Instant::now());
            self.pending_changes =
                Some(self.worker.run(|store| store.changes_by_others().map_err(|e| store_error_text(&e))));
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
            let e = |e: crate::store::StoreError| store_error_text(&e);
            let library = store.test_library().map_err(e)?;
            let settings = records::result_settings(store).map_err(e)?;
            let templates =
                TemplateSet::new(&store.custom_clearance_templates().map_err(e)?, &library, crate::i18n::loader());
            let mut map = HashMap::new();
            for id in ids {
                let record = records::athlete_record(store, id, &library, &settings).map_err(e)?;
                let brief = match record.current_evaluation(&templates, crate::i18n::loader()) {
                    Some(Ok(ev)) => ClearanceBrief {
                        status: Some(ev.status),
                        counts: ev.counts(),
                        summary: ev.summary(crate::i18n::loader()),
                        not_passing: ev
                            .criteria
                            .iter()
                            .filter(|c| c.required && c.verdict != Verdict::Pass)
                            .cloned()
                            .collect(),
                        template: ev.template_name,
                    },
                    Some(Err(message)) => ClearanceBrief {
                        status: None,
                        counts: (0, 0, 0),
                        summary: message,
                        not_passing: Vec::new(),
                        template: String::new(),
                    },
                    None => continue,
                };
                map.insert(id, brief);
            }
            Ok(map)
        }));
    }

    /// Finds, in the background, each athlete's tests whose latest result (the newest visit
    /// with that test) is in the red asymmetry band: a screening's red Nordic flags the athlete
    /// as pain does, with or without an injury episode.
    fn refresh_red_bands(&mut self) {
        let ids: Vec<i64> = self.athletes.iter().filter(|r| r.visits > 0).map(|r| r.athlete.id).collect();
        self.pending_red_bands = Some(self.worker.run(move |store| {
            let e = |e: crate::store::StoreError| store_error_text(&e);
            let library = store.test_library().map_err(e)?;
            let settings = records::result_settings(store).map_err(e)?;
            let mut map = HashMap::new();
            for id in ids {
                let history = records::athlete_results(store, id, &library, &settings).map_err(e)?;
                let red = red_bands(&history);
                if !red.is_empty() {
                    map.insert(id, red);
                }
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
    /// The required criteria that do not pass, with their readings (in newtons: shown in the
    /// display unit by [`ClearanceBrief::detail`]).
    pub not_passing: Vec<CriterionResult>,
    pub template: String,
}

impl ClearanceBrief {
    /// Each required criterion that does not pass, with its value and threshold in `unit`:
    /// "✖ fail: Nordic LSI: LSI 84.2 % (needs LSI (best) ≥ 90 %)", "? no data: Hop test (needs
    /// ...)".
    pub fn detail(&self, unit: crate::model::ForceUnit) -> Vec<String> {
        self.not_passing
            .iter()
            .map(|c| {
                let value = c.value_text(unit, crate::i18n::loader());
                let needs = c.threshold_text(unit, crate::i18n::loader());
                let criterion = c.label.as_str();
                match c.verdict {
                    Verdict::Fail if value.is_empty() => {
                        fl!("app-criterion-fail", criterion = criterion, needs = needs)
                    }
                    Verdict::Fail => {
                        fl!("app-criterion-fail-value", criterion = criterion, value = value, needs = needs)
                    }
                    _ => fl!("app-criterion-no-data", criterion = criterion, needs = needs),
                }
            })
            .collect()
    }
}

/// A test whose latest result is in the red asymmetry band.
#[derive(Debug, Clone, PartialEq)]
pub struct RedBand {
    pub test_name: String,
    pub date: chrono::NaiveDate,
    /// The asymmetry as shown ("18.0 %").
    pub asymmetry: String,
}

impl RedBand {
    /// "Nordic hamstring exercise 2026-10-05: asymmetry 19.7 % (red)".
    pub fn text(&self) -> String {
        fl!(
            "app-red-band",
            test = self.test_name.as_str(),
            date = crate::i18n::numbers::date(self.date),
            asymmetry = self.asymmetry.as_str()
        )
    }
}

/// The tests of `history` (oldest visit first) whose latest result is in the red band, in the
/// order of their latest visit.
pub fn red_bands(history: &[crate::results::VisitResults]) -> Vec<RedBand> {
    let mut seen: Vec<&str> = Vec::new();
    let mut red = Vec::new();
    for visit in history.iter().rev() {
        for test in &visit.tests {
            if seen.contains(&test.test_id.as_str()) || test.asymmetry.is_none() {
                continue;
            }
            seen.push(&test.test_id);
            if let (Some(a), Some(AsymmetryBand::Red)) = (test.asymmetry, test.band) {
                red.push(RedBand {
                    test_name: crate::protocols::test_name(crate::i18n::loader(), &test.test_id, &test.test_name),
                    date: visit.visit.date_time.date(),
                    asymmetry: a.display(crate::i18n::loader(), &crate::i18n::numbers::style()),
                });
            }
        }
    }
    red
}
