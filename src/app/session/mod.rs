//! The test session: set up (tests, visit, device), run each test and side live, review and
//! accept, then the summary of both sides before saving the visit.

mod device_panel;
mod flow;
mod run;
mod setup;
mod summary;

pub use device_panel::DevicePicker;
pub use flow::{Step, plan};

use super::Shared;
use crate::model::{Athlete, InjuryEpisode, Side};

/// What the session knows about the athlete.
#[derive(Debug, Clone)]
pub struct SessionContext {
    pub athlete: Athlete,
    pub episode: Option<InjuryEpisode>,
    /// The injured side of the current episode.
    pub involved: Option<Side>,
    /// The lever arm last measured for each test on this athlete (m): the session starts from
    /// it (torque and H:Q need one), and the clinician changes it when it was moved.
    pub last_lever_arm_m: std::collections::HashMap<String, f64>,
    /// The athlete's visit of today, if there is one: (id, its date and time as the app writes
    /// them, trials in it).
    /// A session can go on in it (a visit's results, H:Q among them, are read per visit).
    pub visit_today: Option<(i64, String, usize)>,
    /// The visit this session went on with (the visit of the day, or one taken up after a
    /// crash), with the trials it held before: abandoning the session leaves those. `None`:
    /// the session made its visit.
    pub earlier: Option<EarlierVisit>,
}

/// A visit a session went on with: its date and the trials it held before the session.
#[derive(Debug, Clone, PartialEq)]
pub struct EarlierVisit {
    /// Its date and time, as the app writes them.
    pub date: String,
    pub trials: Vec<i64>,
}

enum Stage {
    Setup(Box<setup::Setup>),
    Run(Box<run::Run>),
    Summary(Box<summary::Summary>),
}

#[derive(Default)]
pub struct TestingScreen {
    athlete_id: Option<i64>,
    stage: Option<Stage>,
    picker: DevicePicker,
    /// A session to take up again on an existing visit: (athlete, visit, date).
    resume: Option<(i64, i64, String)>,
}

impl TestingScreen {
    pub fn device_lost(&mut self, text: &str) {
        if let Some(Stage::Run(run)) = &mut self.stage {
            run.device_lost(text);
        }
    }

    /// Takes up the session of `visit` (of `athlete`, on `date`) the next time this screen shows.
    pub fn resume_visit(&mut self, athlete: i64, visit: i64, date: String) {
        self.resume = Some((athlete, visit, date));
    }

    pub fn show(&mut self, ui: &mut egui::Ui, shared: &mut Shared, athlete_id: i64) {
        if let Some((athlete, visit, date)) = self.resume.take()
            && athlete == athlete_id
        {
            self.athlete_id = Some(athlete_id);
            self.stage = Some(Stage::Setup(Box::new(setup::Setup::resume(shared, athlete_id, visit, date))));
        }
        if self.athlete_id != Some(athlete_id) {
            // A different athlete: a fresh session (an unfinished one of another athlete is left).
            self.athlete_id = Some(athlete_id);
            self.stage = Some(Stage::Setup(Box::new(setup::Setup::new(shared, athlete_id))));
        }
        let next = match &mut self.stage {
            Some(Stage::Setup(s)) => s.show(ui, shared, &mut self.picker).map(|r| Stage::Run(Box::new(r))),
            Some(Stage::Run(r)) => match r.show(ui, shared, &mut self.picker) {
                Some(run::Outcome::Summary(visit_id, context, steps)) => {
                    Some(Stage::Summary(Box::new(summary::Summary::new(shared, visit_id, *context, steps))))
                }
                Some(run::Outcome::Abandoned(done)) => {
                    Some(Stage::Setup(Box::new(setup::Setup::new(shared, athlete_id).after_abandoning(done))))
                }
                None => None,
            },
            Some(Stage::Summary(s)) => match s.show(ui, shared) {
                Some(summary::Outcome::Back(visit_id, context, steps)) => {
                    Some(Stage::Run(Box::new(run::Run::resume(visit_id, *context, steps))))
                }
                Some(summary::Outcome::Done) => {
                    *shared.go = Some(super::Go::History(athlete_id));
                    Some(Stage::Setup(Box::new(setup::Setup::new(shared, athlete_id))))
                }
                None => None,
            },
            None => None,
        };
        if let Some(stage) = next {
            self.stage = Some(stage);
        }
    }
}
