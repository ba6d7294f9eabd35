//! Return-to-sport clearance (DOMAIN.md section 6): templates as data (`template`), their
//! evaluation for an athlete's episode at a visit (`evaluate`, pure), over an athlete's record
//! (`AthleteRecord`, read from the clinic by `records::athlete_record`).

mod evaluate;
mod rules;
mod template;

pub use evaluate::{
    CriterionResult, Evaluation, Input, Reading, ReadingUnit, Status, TREND_VISITS, TrendPoint, UsedVisit, Verdict,
    evaluate,
};
pub use template::{Criterion, Quantity, Rule, Sides, Template, TemplateSet, forces_in, num};

use i18n_embed::fluent::FluentLanguageLoader;

use crate::fl_in;
use crate::model::{Athlete, ClearanceCheck, InjuryEpisode};
use crate::results::VisitResults;

/// Everything an athlete's evaluations read.
#[derive(Debug, Clone)]
pub struct AthleteRecord {
    pub athlete: Athlete,
    pub episodes: Vec<InjuryEpisode>,
    /// Visits with their results, oldest first.
    pub history: Vec<VisitResults>,
    pub checks: Vec<ClearanceCheck>,
}

impl AthleteRecord {
    /// The episode `id`, or by default the newest open one, else the newest; why not, in the
    /// language of `tr`.
    pub fn episode(&self, id: Option<i64>, tr: &FluentLanguageLoader) -> Result<Option<&InjuryEpisode>, String> {
        match id {
            Some(id) => self.episodes.iter().find(|e| e.id == id).map(Some).ok_or_else(|| {
                fl_in!(tr, "clearance-no-episode", athlete = self.athlete.full_name(), episode = id.to_string())
            }),
            None => Ok(self.episodes.iter().rev().find(|e| e.closed_on.is_none()).or(self.episodes.last())),
        }
    }

    /// The visit `id`, or by default the newest visit of the episode (the newest visit without
    /// one); why not, in the language of `tr`.
    pub fn visit(
        &self,
        id: Option<i64>,
        episode: Option<&InjuryEpisode>,
        tr: &FluentLanguageLoader,
    ) -> Result<i64, String> {
        let name = self.athlete.full_name();
        match id {
            Some(id) => self
                .history
                .iter()
                .find(|v| v.visit.id == id)
                .map(|v| v.visit.id)
                .ok_or_else(|| fl_in!(tr, "clearance-no-visit", athlete = name, visit = id.to_string())),
            None => self
                .history
                .iter()
                .rev()
                .find(|v| episode.is_none_or(|e| v.visit.date_time.date() >= e.injury_date))
                .map(|v| v.visit.id)
                .ok_or_else(|| fl_in!(tr, "clearance-no-visit-to-evaluate", athlete = name)),
        }
    }

    /// The evaluation the clinic sees by default: the open episode (else the newest), its newest
    /// visit, the clinic's template for the injury. `None` without an episode or a visit in it.
    /// Worded in the language of `tr`.
    pub fn current_evaluation(
        &self,
        templates: &TemplateSet,
        tr: &FluentLanguageLoader,
    ) -> Option<Result<Evaluation, String>> {
        let episode = self.episode(None, tr).ok().flatten()?;
        let visit = self.visit(None, Some(episode), tr).ok()?;
        let template = templates.for_injury(Some(episode.kind.id()));
        Some(evaluate(template, self.input(Some(episode)), visit, tr))
    }

    /// The evaluation input for an episode.
    pub fn input<'a>(&'a self, episode: Option<&'a InjuryEpisode>) -> Input<'a> {
        Input { athlete: &self.athlete, episode, history: &self.history, checks: &self.checks }
    }
}

/// The answers to manual checks as they stood at `at`, from the whole log (oldest first): the
/// latest entry of each visit and check made at or before `at`, unless it withdrew the answer.
/// A signed evaluation is reprinted with the answers it was signed on.
pub fn checks_as_of(log: &[ClearanceCheck], at: chrono::NaiveDateTime) -> Vec<ClearanceCheck> {
    let mut current: Vec<&ClearanceCheck> = Vec::new();
    for entry in log.iter().filter(|c| c.checked_at <= at) {
        match current.iter_mut().find(|c| c.visit_id == entry.visit_id && c.check_id == entry.check_id) {
            Some(slot) => *slot = entry,
            None => current.push(entry),
        }
    }
    current.into_iter().filter(|c| c.done.is_some()).cloned().collect()
}

#[cfg(test)]
mod tests;
