//! The athlete list: search, status, last visit; arrows and Enter to move and open.

use egui::RichText;

use crate::app::clinic::{Clinic, RedBand};
use crate::app::screens::clearance;
use crate::app::theme;
use crate::app::{Go, Shared};
use crate::fl;
use crate::i18n::numbers;
use crate::model::ForceUnit;
use crate::store::AthleteRow;

#[derive(Default)]
pub struct AthletesScreen {
    search: String,
    selected: usize,
    show_archived: bool,
}

/// Where an athlete stands, shown as a coloured dot with a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Cleared,
    /// Cleared by a clinician against an evaluation that was not "cleared".
    ClearedOverride,
    InRehab,
    Flagged,
    NoEpisode,
}

impl Status {
    /// Cleared: the latest episode was closed (signed off). In rehab: it is open. Flagged: pain
    /// above 3/10 on a test at the last visit (Silbernagel 2007: above 3 is not "safe"), or a
    /// red asymmetry that flags the athlete (`red_band`, [`flagging`]).
    pub fn of(row: &AthleteRow, red_band: bool) -> Status {
        if red_band || row.last_visit_pain.is_some_and(|p| p > 3) {
            return Status::Flagged;
        }
        match &row.episode {
            Some(e) if e.closed_on.is_some() && row.cleared_by_override => Status::ClearedOverride,
            Some(e) if e.closed_on.is_some() => Status::Cleared,
            Some(_) => Status::InRehab,
            None => Status::NoEpisode,
        }
    }

    pub fn label(self) -> String {
        match self {
            Status::Cleared => fl!("athletes-status-cleared"),
            Status::ClearedOverride => fl!("athletes-status-cleared-override"),
            Status::InRehab => fl!("athletes-status-in-rehab"),
            Status::Flagged => fl!("athletes-status-flagged"),
            Status::NoEpisode => fl!("athletes-status-no-injury"),
        }
    }

    pub fn color(self) -> egui::Color32 {
        match self {
            Status::Cleared => theme::GREEN,
            Status::ClearedOverride => theme::AMBER,
            Status::InRehab => theme::AMBER,
            Status::Flagged => theme::RED,
            Status::NoEpisode => theme::GREY,
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            Status::Cleared => "✔",
            Status::ClearedOverride => "✔!",
            Status::InRehab => "⏺",
            Status::Flagged => "⚠",
            Status::NoEpisode => "○",
        }
    }
}

use crate::clearance::Status as clearance_status;

/// The tests whose latest asymmetry is red (`red`) that flag the athlete of `row`: with no
/// injury episode (a screening's red Nordic), or those measured after the latest episode was
/// closed; none during rehab, where a deficit is expected and the return-to-sport column says
/// what still fails, nor the results a sign-off already weighed.
pub fn flagging<'a>(row: &AthleteRow, red: &'a [RedBand]) -> Vec<&'a RedBand> {
    match &row.episode {
        None => red.iter().collect(),
        Some(e) => match e.closed_on {
            Some(closed) => red.iter().filter(|b| b.date > closed).collect(),
            None => Vec::new(),
        },
    }
}

impl AthletesScreen {
    /// The clearance status of an open episode (a link to the Clearance screen: true when
    /// clicked), with the criteria that do not pass, their values and thresholds in `unit`, on
    /// hover; the athlete list's column and the athlete's page.
    pub fn return_to_sport(ui: &mut egui::Ui, clinic: &Clinic, row: &AthleteRow, unit: ForceUnit) -> bool {
        let Some(brief) = clinic.clearance.get(&row.athlete.id) else {
            let open = row.episode.as_ref().is_some_and(|e| e.closed_on.is_none()) && row.visits > 0;
            if open && clinic.clearance_loading() {
                ui.spinner();
            } else {
                ui.label("-");
            }
            return false;
        };
        let (text, color) = match brief.status {
            Some(status) => {
                let (_, color) = clearance::status_look(status);
                let (pass, fail, none) = brief.counts;
                let total = pass + fail + none;
                let counts = match (fail, none) {
                    (0, 0) => fl!("athletes-rts-all-pass", total = total),
                    (0, none) => fl!("athletes-rts-without-data", none = none, total = total),
                    (fail, 0) => fl!("athletes-rts-fail", fail = fail, total = total),
                    (fail, none) => fl!("athletes-rts-fail-without-data", fail = fail, total = total, none = none),
                };
                if status == clearance_status::AllPass {
                    (fl!("athletes-rts-all-criteria-pass", total = total), color)
                } else {
                    (fl!("clinic-rts-status", status = status.id(), counts = counts), color)
                }
            }
            None => (format!("⚠ {}", brief.summary), theme::RED),
        };
        let mut hover = format!("{}\n{}", brief.template, brief.summary);
        for line in brief.detail(unit) {
            hover.push('\n');
            hover.push_str(&line);
        }
        hover.push('\n');
        hover.push_str(&if brief.status == Some(clearance_status::AllPass) {
            fl!("athletes-rts-awaiting-signoff-tip")
        } else {
            fl!("athletes-rts-open-checklist-tip")
        });
        ui.add(egui::Button::new(RichText::new(text).color(color)).frame(false)).on_hover_text(hover).clicked()
    }

    pub fn show(&mut self, ui: &mut egui::Ui, shared: &mut Shared) {
        ui.horizontal(|ui| {
            ui.heading(fl!("athletes-heading"));
            ui.add_space(20.0);
            let label = ui.label(fl!("athletes-search"));
            ui.add(
                egui::TextEdit::singleline(&mut self.search)
                    .hint_text(fl!("athletes-search-hint"))
                    .desired_width(260.0),
            )
            .labelled_by(label.id);
            ui.checkbox(&mut self.show_archived, fl!("athletes-show-archived"));
            if ui.button(fl!("athletes-add")).clicked() {
                *shared.go = Some(Go::Athlete(0));
            }
        });
        ui.separator();
        let query = self.search.trim().to_lowercase();
        let rows: Vec<&AthleteRow> = shared
            .clinic
            .athletes
            .iter()
            .filter(|r| self.show_archived || !r.athlete.archived)
            .filter(|r| {
                query.is_empty()
                    || r.athlete.full_name().to_lowercase().contains(&query)
                    || r.athlete.sport.as_deref().is_some_and(|s| s.to_lowercase().contains(&query))
                    || r.athlete.external_id.as_deref().is_some_and(|s| s.to_lowercase().contains(&query))
            })
            .collect();
        if rows.is_empty() {
            ui.add_space(20.0);
            ui.label(if shared.clinic.athletes.is_empty() {
                fl!("athletes-none-yet")
            } else {
                fl!("athletes-none-match")
            });
            return;
        }
        // Keyboard: arrows move, Enter opens.
        let typing = ui.ctx().memory(|m| m.focused().is_some());
        ui.input(|i| {
            if i.key_pressed(egui::Key::ArrowDown) {
                self.selected = (self.selected + 1).min(rows.len() - 1);
            }
            if i.key_pressed(egui::Key::ArrowUp) {
                self.selected = self.selected.saturating_sub(1);
            }
        });
        self.selected = self.selected.min(rows.len() - 1);
        if !typing && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
            *shared.go = Some(Go::Athlete(rows[self.selected].athlete.id));
        }
        egui::ScrollArea::vertical().show(ui, |ui| {
            egui::Grid::new("athletes").num_columns(6).striped(true).spacing([24.0, 10.0]).show(ui, |ui| {
                for header in [
                    fl!("athletes-col-status"),
                    fl!("athletes-col-athlete"),
                    fl!("athletes-col-return-to-sport"),
                    fl!("athletes-col-sport"),
                    fl!("athletes-col-last-visit"),
                    fl!("athletes-col-injury"),
                ] {
                    ui.label(RichText::new(header).strong());
                }
                ui.end_row();
                for (i, row) in rows.iter().enumerate() {
                    let red = flagging(row, shared.clinic.red_bands.get(&row.athlete.id).map_or(&[], Vec::as_slice));
                    let status = Status::of(row, !red.is_empty());
                    let mut why = fl!("athletes-status-words");
                    if let Some(p) = row.last_visit_pain.filter(|p| *p > 3) {
                        why.push('\n');
                        why.push_str(&fl!("athletes-status-pain", pain = p));
                    }
                    for band in &red {
                        why.push_str(&format!("\n✖ {}", band.text()));
                    }
                    // A red band is named in the status itself: the test, more on hover.
                    let mut text = format!("{} {}", status.symbol(), status.label());
                    if let Some(first) = red.first() {
                        text = fl!("athletes-status-red", status = text, test = first.test_name.as_str());
                    }
                    // Long words (a red test's name, another language's) wrap in their column.
                    ui.horizontal(|ui| {
                        ui.set_max_width(320.0);
                        ui.add(egui::Label::new(RichText::new(text).color(status.color())).wrap()).on_hover_text(why);
                    });
                    let name = if row.athlete.archived {
                        fl!("athletes-name-archived", name = row.athlete.full_name())
                    } else {
                        row.athlete.full_name()
                    };
                    let open = ui
                        .selectable_label(i == self.selected, RichText::new(name).size(17.0))
                        .on_hover_text(fl!("athletes-open-tip"));
                    if open.clicked() {
                        *shared.go = Some(Go::Athlete(row.athlete.id));
                    }
                    if Self::return_to_sport(ui, shared.clinic, row, shared.prefs.unit) {
                        *shared.go = Some(Go::Clearance(row.athlete.id));
                    }
                    ui.label(row.athlete.sport.clone().unwrap_or_default());
                    ui.label(row.last_visit.map_or("-".into(), |d| numbers::date(d.date())));
                    // A long injury description wraps inside the window instead of running off it.
                    // The rest of the window, up to 360 points (in a language whose words are
                    // long, the columns before it leave less).
                    let room = ui.ctx().content_rect().right() - ui.cursor().left() - 12.0;
                    ui.scope(|ui| {
                        ui.set_max_width(room.clamp(160.0, 360.0));
                        ui.add(
                            egui::Label::new(
                                row.episode.as_ref().map_or("-".into(), |e| e.summary(crate::i18n::loader())),
                            )
                            .wrap(),
                        );
                    });
                    ui.end_row();
                }
            });
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Athlete, InjuryEpisode, InjuryKind};
    use chrono::NaiveDate;

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    fn row(closed_on: Option<Option<NaiveDate>>) -> AthleteRow {
        AthleteRow {
            athlete: Athlete::new("Mateo", "Rossi"),
            last_visit: None,
            visits: 2,
            episode: closed_on.map(|closed_on| InjuryEpisode {
                id: 1,
                athlete_id: 1,
                kind: InjuryKind::HamstringStrain,
                side: None,
                grade: None,
                location: None,
                injury_date: day(3, 1),
                baseline_visit_id: None,
                closed_on,
                notes: String::new(),
            }),
            last_visit_pain: None,
            cleared_by_override: false,
        }
    }

    #[test]
    fn a_red_asymmetry_flags_a_screening_and_what_follows_a_clearance_not_rehab() {
        let band = |m, d| RedBand {
            test_name: "Nordic hamstring exercise".into(),
            date: day(m, d),
            asymmetry: "18.0 %".into(),
        };
        let red = [band(2, 1), band(6, 1)];
        // No injury: the screening's red Nordic flags the athlete.
        assert_eq!(flagging(&row(None), &red).len(), 2);
        assert_eq!(Status::of(&row(None), true), Status::Flagged);
        // In rehab a deficit is expected: the return-to-sport column says what fails.
        assert!(flagging(&row(Some(None)), &red).is_empty());
        // Cleared on 1 May: only what was measured after it.
        assert_eq!(flagging(&row(Some(Some(day(5, 1)))), &red), vec![&red[1]]);
        assert!(flagging(&row(Some(Some(day(7, 1)))), &red).is_empty(), "the sign-off weighed these");
        assert_eq!(Status::of(&row(Some(Some(day(7, 1)))), false), Status::Cleared);
    }
}
