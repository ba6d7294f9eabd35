//! The desktop application (eframe/egui). The [`ForceTrackApp`] owns the state and hands each
//! screen the parts it needs; screens are small and do no I/O themselves: the database is
//! reached through the worker thread, devices through their link threads.

mod clinic;
mod device;
pub mod fonts;
mod prefs;
pub mod renderer;
mod screens;
mod session;
mod theme;
pub mod widgets;
mod worker;

use std::path::{Path, PathBuf};
use std::time::Instant;

pub use device::{DeviceChoice, DeviceConn};
pub use prefs::{ClinicMode, Prefs};
pub use renderer::RendererChoice;
pub use screens::Screen;

use crate::acquisition::{Notice, RecordingEnd};
use crate::fl;
use crate::i18n::numbers::NumberStyle;
use crate::i18n::{Language, UiLanguage};
use clinic::Clinic;
use widgets::{FrameStats, Notes};

static PROCESS_START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();

/// Notes when the process started, for the start-up time printed by `--frame-stats`.
pub fn mark_process_start() {
    let _ = PROCESS_START.set(Instant::now());
}

/// How the app is started.
pub struct AppOptions {
    pub data_dir: PathBuf,
    /// Demo athletes run this many times faster than real time (tests use more than 1).
    pub demo_speed: f64,
    /// Print frame time statistics every few seconds.
    pub frame_stats: bool,
    /// Where exports are written without asking (tests); `None` asks with the system's dialog.
    pub export_dir: Option<PathBuf>,
    /// Start recording this many seconds on the demo force plate right away (measurements).
    pub autorecord_s: Option<f64>,
    /// The renderer asked for on the command line (overrides the preference).
    pub renderer: Option<RendererChoice>,
    /// The renderer drawing this window (set when the window opens).
    pub renderer_in_use: RendererChoice,
    /// Behave as on a system that cannot show a file dialog (tests of the fallback).
    pub no_file_dialog: bool,
    /// The language spoken while this computer's preferences choose none: its locale's
    /// (tests pin English, so that they never depend on the machine they run on, or the
    /// pseudo-locale, to find text that no catalogue gave).
    pub system_language: UiLanguage,
    /// The decimal separator and date order while the preferences choose none: the locale's
    /// (tests pin the default).
    pub system_number_style: NumberStyle,
}

impl AppOptions {
    pub fn new(data_dir: PathBuf) -> Self {
        AppOptions {
            data_dir,
            demo_speed: 1.0,
            frame_stats: false,
            export_dir: None,
            autorecord_s: None,
            renderer: None,
            renderer_in_use: RendererChoice::default(),
            no_file_dialog: false,
            system_language: UiLanguage::Shipped(Language::from_system()),
            system_number_style: NumberStyle::from_system(),
        }
    }
}

/// A navigation request from a screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Go {
    Screen(Screen),
    /// Open this athlete's page.
    Athlete(i64),
    /// Start a test session for this athlete.
    Test(i64),
    /// Go on with the session of an existing visit (athlete, visit, its date), after a crash.
    ResumeVisit(i64, i64, String),
    History(i64),
    /// Open this athlete's history at this visit (athlete, visit).
    Visit(i64, i64),
    Clearance(i64),
    /// Switch between the demo clinic and the clinic.
    Mode(ClinicMode),
}

/// What every screen may use.
pub struct Shared<'a> {
    pub clinic: &'a mut Clinic,
    pub device: &'a mut Option<DeviceConn>,
    pub prefs: &'a mut Prefs,
    pub notes: &'a mut Notes,
    pub options: &'a AppOptions,
    pub go: &'a mut Option<Go>,
    pub now: f64,
}

pub struct ForceTrackApp {
    options: AppOptions,
    prefs: Prefs,
    clinic: Option<Clinic>,
    open_error: Option<String>,
    /// The clinic being opened (remembered in the preferences once it is open).
    opening_mode: Option<ClinicMode>,
    screen: Screen,
    athlete_id: Option<i64>,
    device: Option<DeviceConn>,
    screens: screens::Screens,
    notes: Notes,
    frames: FrameStats,
    started: Instant,
    theme_applied: Option<bool>,
    first_frame_done: bool,
    data_shown: bool,
}

impl ForceTrackApp {
    pub fn new(ctx: &egui::Context, options: AppOptions) -> Self {
        // egui's fonts, then this computer's for the scripts they lack (names in any script).
        fonts::set_up(ctx);
        let (prefs, note) = Prefs::load(&options.data_dir);
        // The first frame is in the chosen language, and so is what is said before it.
        prefs.apply_locale(options.system_language, options.system_number_style);
        let mut notes = Notes::default();
        if let Some(detail) = note {
            notes.error(fl!("app-prefs-ignored", detail = detail), 0.0);
        }
        let mut app = ForceTrackApp {
            frames: FrameStats::new(options.frame_stats),
            options,
            prefs,
            clinic: None,
            open_error: None,
            opening_mode: None,
            screen: Screen::Welcome,
            athlete_id: None,
            device: None,
            screens: screens::Screens::default(),
            notes,
            started: Instant::now(),
            theme_applied: None,
            first_frame_done: false,
            data_shown: false,
        };
        if let Some(mode) = app.prefs.mode {
            app.open(ctx, mode);
        }
        if app.options.autorecord_s.is_some() {
            if app.clinic.is_none() {
                app.open(ctx, ClinicMode::Demo);
            }
            app.screen = Screen::Autorecord;
        }
        app
    }

    /// Opens a clinic; a connected device stays connected (it belongs to this computer).
    fn open(&mut self, ctx: &egui::Context, mode: ClinicMode) {
        self.screens = screens::Screens::default();
        self.athlete_id = None;
        // The database opens on the clinic's worker: frames go on meanwhile ("Opening ...").
        let server = if mode == ClinicMode::Demo { None } else { self.clinic_server() };
        let mut clinic = Clinic::open(
            &self.options.data_dir,
            mode == ClinicMode::Demo,
            server,
            self.prefs.devices_dir.as_deref(),
            ctx,
        );
        self.screens.recovery.check(&mut clinic);
        self.clinic = Some(clinic);
        self.opening_mode = Some(mode);
        self.open_error = None;
        if self.screen != Screen::Autorecord {
            self.screen = Screen::Athletes;
        }
    }

    /// The clinic server the clinic's record is on: `--server` or `FORCETRACK_SERVER` when
    /// given, else the one chosen in Settings (an address that cannot be read is left aside and
    /// said).
    fn clinic_server(&mut self) -> Option<crate::store::ServerAddress> {
        if let Some(given) = crate::store::clinic_server() {
            return Some(given);
        }
        let url = self.prefs.clinic_server.clone()?;
        match crate::store::ServerAddress::parse(&url) {
            Ok(address) => Some(address),
            Err(e) => {
                self.notes
                    .error(fl!("app-server-setting-not-used", error = widgets::server_problem_text(&e)), self.now());
                None
            }
        }
    }

    /// Once the clinic has opened, remember the choice; when it could not, back to the welcome
    /// screen with the reason.
    fn settle_opening(&mut self) {
        let Some(clinic) = &self.clinic else { return };
        if let Some(e) = clinic.failed() {
            self.open_error = Some(e.to_string());
            self.clinic = None;
            self.opening_mode = None;
            self.screen = Screen::Welcome;
        } else if !clinic.opening()
            && let Some(mode) = self.opening_mode.take()
        {
            self.prefs.mode = Some(mode);
            if let Err(e) = self.prefs.save(&self.options.data_dir) {
                self.notes.error(e, self.now());
            }
        }
    }

    fn now(&self) -> f64 {
        self.started.elapsed().as_secs_f64()
    }

    /// The data folder the app runs on.
    pub fn data_dir(&self) -> &Path {
        &self.options.data_dir
    }

    /// Which screen is shown.
    pub fn screen(&self) -> Screen {
        self.screen
    }

    /// The connected device (tests drive the demo athlete through it).
    pub fn device_mut(&mut self) -> Option<&mut DeviceConn> {
        self.device.as_mut()
    }

    /// Draws one frame.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let frame_cpu_start = crate::device::link::thread_cpu_ns();
        let ctx = ui.ctx().clone();
        if self.theme_applied != Some(self.prefs.dark) {
            theme::apply(&ctx, self.prefs.dark);
            self.theme_applied = Some(self.prefs.dark);
        }
        let now = self.now();
        if let Some(clinic) = &mut self.clinic
            && let Some(e) = clinic.poll()
        {
            self.notes.error(e, now);
        }
        self.settle_opening();
        if let Some(device) = &self.device {
            // The device is pumped on its own thread (the recording and its journal go on while
            // no frame is drawn); a frame only says what happened meanwhile.
            for notice in device.notices() {
                match notice {
                    Notice::RecordingEnded(RecordingEnd::DeviceLost(reason)) => {
                        let text = fl!("app-device-lost-recording-kept", reason = reason.to_string());
                        self.screens.device_lost(&text);
                        self.notes.error(text, now);
                    }
                    Notice::RecordingEnded(RecordingEnd::Length) => {
                        self.notes.info(fl!("app-recording-max-length"), now)
                    }
                    // Device errors, unanswered commands and tares are listed in the device panel.
                    Notice::RecordingEnded(RecordingEnd::Stopped) | Notice::Message(_) => {}
                }
            }
        }
        let mut go = None;
        match &mut self.clinic {
            None => {
                egui::CentralPanel::default().show(ui, |ui| {
                    let server = crate::store::clinic_server()
                        .map(|s| s.to_string())
                        .or_else(|| self.prefs.clinic_server.clone());
                    match screens::welcome::show(ui, self.open_error.as_deref(), server.as_deref()) {
                        Some(screens::welcome::Choice::Open(mode)) => go = Some(Go::Mode(mode)),
                        Some(screens::welcome::Choice::ThisComputer) => {
                            crate::store::use_server(None);
                            self.prefs.clinic_server = None;
                            if let Err(e) = self.prefs.save(&self.options.data_dir) {
                                self.notes.error(e, now);
                            }
                            go = Some(Go::Mode(ClinicMode::Clinic));
                        }
                        None => {}
                    }
                });
            }
            Some(clinic) if clinic.opening() => {
                egui::CentralPanel::default().show(ui, |ui| {
                    ui.vertical_centered(|ui| {
                        ui.add_space(ui.available_height() * 0.35);
                        ui.spinner();
                        ui.heading(if clinic.demo { fl!("app-opening-demo") } else { fl!("app-opening-clinic") });
                        ui.label(
                            egui::RichText::new(fl!(
                                "app-opening-detail",
                                folder = clinic.data_dir.display().to_string()
                            ))
                            .weak(),
                        );
                    });
                });
            }
            Some(clinic) => {
                let mut shared = Shared {
                    clinic,
                    device: &mut self.device,
                    prefs: &mut self.prefs,
                    notes: &mut self.notes,
                    options: &self.options,
                    go: &mut go,
                    now,
                };
                screens::top_bar(ui, &mut shared, self.screen, self.athlete_id);
                widgets::status_bar(ui, &mut shared);
                self.screens.show(ui, &mut shared, self.screen, self.athlete_id);
                if self.screen == Screen::Settings {
                    self.screens.settings.guard_leaving(&ctx, &mut shared);
                }
            }
        }
        self.notes.show(&ctx, now);
        if let Some(go) = go {
            self.navigate(&ctx, go);
        }
        if self.device.is_some() || self.clinic.as_ref().is_some_and(|c| c.worker.busy() > 0 || c.loading()) {
            // Live data and pending answers: keep drawing.
            ctx.request_repaint();
        } else if self.clinic.is_some() {
            // Another process may save into the clinic meanwhile: look again in a while.
            ctx.request_repaint_after(clinic::CHANGES_POLL);
        }
        self.frames.record(std::time::Duration::from_nanos(
            crate::device::link::thread_cpu_ns().saturating_sub(frame_cpu_start),
        ));
        if !self.first_frame_done {
            self.first_frame_done = true;
            if self.options.frame_stats
                && let Some(start) = PROCESS_START.get()
            {
                eprintln!("first frame ready {:.0} ms after the process started", start.elapsed().as_secs_f64() * 1e3);
            }
        }
        if !self.data_shown
            && self.options.frame_stats
            && let Some(clinic) = &self.clinic
            && !clinic.loading()
        {
            self.data_shown = true;
            if let Some(start) = PROCESS_START.get() {
                eprintln!(
                    "{} athletes on screen {:.0} ms after the process started",
                    clinic.athletes.len(),
                    start.elapsed().as_secs_f64() * 1e3
                );
            }
        }
    }

    fn navigate(&mut self, ctx: &egui::Context, go: Go) {
        let before = (self.screen, self.athlete_id);
        self.go(ctx, go);
        if (self.screen, self.athlete_id) != before {
            self.screens.forget_messages();
        }
    }

    fn go(&mut self, ctx: &egui::Context, go: Go) {
        match go {
            Go::Screen(s) => self.screen = s,
            Go::Athlete(id) => {
                self.athlete_id = Some(id);
                self.screen = Screen::Athlete;
            }
            Go::Test(id) => {
                self.athlete_id = Some(id);
                self.screen = Screen::Testing;
            }
            Go::ResumeVisit(athlete, visit, date) => {
                self.athlete_id = Some(athlete);
                self.screen = Screen::Testing;
                self.screens.testing.resume_visit(athlete, visit, date);
            }
            Go::History(id) => {
                self.athlete_id = Some(id);
                self.screen = Screen::History;
            }
            Go::Visit(id, visit) => {
                self.athlete_id = Some(id);
                self.screen = Screen::History;
                self.screens.history.open_at(visit);
            }
            Go::Clearance(id) => {
                self.athlete_id = Some(id);
                self.screen = Screen::Clearance;
            }
            Go::Mode(mode) => {
                // A recording belongs to the clinic it is journalled in: it ends first.
                if self.device.as_ref().is_some_and(|d| d.acq().is_recording()) {
                    self.notes.error(fl!("app-stop-recording-before-switching"), self.now());
                    return;
                }
                self.open(ctx, mode);
                if let Some(device) = &self.device {
                    self.notes.info(fl!("app-device-stays-connected", device = device.name.clone()), self.now());
                }
            }
        }
    }
}

impl eframe::App for ForceTrackApp {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        self.frames.record_whole(frame.info().cpu_usage);
        self.show(ui);
    }
}

/// Opens the app window, with the renderer asked for on the command line, else the one in this
/// computer's preferences (glow unless changed): never the one eframe would pick from the build.
pub fn run(mut options: AppOptions) -> Result<(), String> {
    let choice = options.renderer.unwrap_or_else(|| Prefs::load(&options.data_dir).0.renderer);
    options.renderer_in_use = choice;
    if options.frame_stats {
        eprintln!("renderer: {} (built with: {})", choice.id(), renderer::built_in());
    }
    let native = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("ForceTrack")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([900.0, 600.0])
            .with_app_id(crate::install::APP_ID)
            .with_icon(std::sync::Arc::new(
                eframe::icon_data::from_png_bytes(crate::install::ICON_PNG_128).unwrap_or_default(),
            )),
        renderer: choice.to_eframe()?,
        ..Default::default()
    };
    eframe::run_native("ForceTrack", native, Box::new(|cc| Ok(Box::new(ForceTrackApp::new(&cc.egui_ctx, options)))))
        .map_err(|e| format!("the window could not be opened: {e}"))
}
