//! A step whose results are typed in: peaks read off a device with no protocol, or a count of
//! reps (a test done without a device).

use super::*;

impl Run {
    /// A result typed in: device, kind, unit, each rep's peak (each leg's for a test of both
    /// legs at once, a Nordic on a NordBord-type device), lever arm and pain, then Save.
    pub(super) fn hand_entry_step(&mut self, ui: &mut egui::Ui, shared: &mut Shared, step: &Step) {
        let both = step.side == Side::Both;
        let Some(entry) = self.typing.as_mut() else { return };
        egui::Grid::new("hand entry").num_columns(2).spacing([16.0, 8.0]).show(ui, |ui| {
            let l = ui.label(fl!("run-hand-device"));
            ui.add(
                egui::TextEdit::singleline(&mut entry.device)
                    .hint_text(fl!("run-hand-device-hint"))
                    .desired_width(260.0),
            )
            .labelled_by(l.id);
            ui.end_row();
            ui.label(fl!("run-hand-kind")).on_hover_text(fl!("run-hand-kind-tip"));
            ui.horizontal(|ui| {
                for i in crate::model::Instrument::ALL {
                    ui.selectable_value(&mut entry.instrument, i, i.label(crate::i18n::loader()));
                }
            });
            ui.end_row();
            ui.label(fl!("run-hand-unit"));
            ui.horizontal(|ui| {
                for u in crate::model::ForceUnit::ALL {
                    ui.selectable_value(&mut entry.unit, u, u.symbol());
                }
            });
            ui.end_row();
            if both {
                for (label, text, hint) in [
                    (fl!("run-hand-left-peaks"), &mut entry.peaks, example_peaks(&[372.0, 380.0, 368.0], 0)),
                    (fl!("run-hand-right-peaks"), &mut entry.right_peaks, example_peaks(&[340.0, 351.0, 349.0], 0)),
                ] {
                    let l = ui.label(label);
                    ui.add(egui::TextEdit::singleline(text).hint_text(hint).desired_width(260.0)).labelled_by(l.id);
                    ui.end_row();
                }
            } else {
                let l = ui.label(fl!("run-hand-peaks"));
                ui.add(
                    egui::TextEdit::singleline(&mut entry.peaks)
                        .hint_text(example_peaks(&[31.2, 30.8, 32.0], 1))
                        .desired_width(260.0),
                )
                .labelled_by(l.id);
                ui.end_row();
            }
            let l = ui.label(fl!("run-lever-arm"));
            let lever = self.lever.entry(step.test.id.clone()).or_default();
            ui.add(egui::TextEdit::singleline(lever).hint_text(fl!("run-lever-arm-hint")).desired_width(120.0))
                .labelled_by(l.id)
                .on_hover_text(fl!("run-lever-arm-tip", landmark = step.test.shown_lever_arm(crate::i18n::loader())));
            ui.end_row();
        });
        let Some(entry) = self.typing.clone() else { return };
        // One field, or each leg's (left, right).
        let typed: Vec<(Option<Side>, &String)> = if both {
            vec![(Some(Side::Left), &entry.peaks), (Some(Side::Right), &entry.right_peaks)]
        } else {
            vec![(None, &entry.peaks)]
        };
        let parsed: Vec<Result<Vec<f64>, String>> = typed.iter().map(|(_, t)| entry.parse(t)).collect();
        let all_ok = parsed.iter().all(Result::is_ok);
        let peaks = |k: usize| parsed.get(k).and_then(|p| p.clone().ok()).unwrap_or_default();
        // What is saved, checked by the same rules as `forcetrack enter` and `import entered`.
        let entered = crate::io::import::EnteredTrial {
            athlete_id: self.context.athlete.id,
            visit_id: Some(self.visit_id),
            date: chrono::Local::now().date_naive(),
            test_id: step.test.id.clone(),
            side: step.side,
            device: entry.device.clone(),
            instrument: entry.instrument,
            unit: entry.unit,
            peaks: peaks(0),
            right_peaks: if both { peaks(1) } else { Vec::new() },
            pain: self.pain,
            lever_arm_m: self.lever_arm(&step.test.id),
        };
        let mut problems: Vec<String> = Vec::new();
        for ((leg, text), p) in typed.iter().zip(&parsed) {
            match p {
                Err(e) if !text.trim().is_empty() => problems.push(match leg {
                    None => e.clone(),
                    Some(leg) => fl!("run-hand-leg-problem", side = leg.id(), problem = e.as_str()),
                }),
                Err(_) => {}
                Ok(p) => {
                    let best = p.iter().copied().fold(f64::NEG_INFINITY, f64::max);
                    // As typed (as many decimals as typed); in the display unit too only when
                    // that is another unit.
                    let reps = p.len();
                    let typed_best = format!("{} {}", numbers::style().number_trimmed(best, 6), entry.unit.symbol());
                    let display = shared.prefs.unit;
                    let converted = (entry.unit != display).then(|| force(entry.unit.to_newtons(best), display));
                    let text = match (leg, converted) {
                        (None, None) => fl!("run-hand-entered", reps = reps, best = typed_best),
                        (None, Some(c)) => {
                            fl!("run-hand-entered-converted", reps = reps, best = typed_best, converted = c)
                        }
                        (Some(leg), None) => {
                            fl!("run-hand-entered-leg", side = leg.id(), reps = reps, best = typed_best)
                        }
                        (Some(leg), Some(c)) => fl!(
                            "run-hand-entered-leg-converted",
                            side = leg.id(),
                            reps = reps,
                            best = typed_best,
                            converted = c
                        ),
                    };
                    ui.label(text);
                }
            }
        }
        if all_ok || !entry.device.is_empty() {
            problems.extend(
                entered
                    .problems(&shared.clinic.library)
                    .into_iter()
                    .filter(|p| !p.is_missing_peak())
                    .map(|p| p.to_string()),
            );
        }
        for p in &problems {
            ui.label(RichText::new(p).color(theme::RED));
        }
        pain_picker(ui, &mut self.pain);
        let ready = all_ok && problems.is_empty() && self.pain.is_some() && self.saving_count.is_none();
        if ui.add_enabled(ready, egui::Button::new(RichText::new(fl!("run-save")).size(22.0))).clicked() {
            if let Some(e) = self.typing.as_mut() {
                e.peaks.clear();
                e.right_peaks.clear();
            }
            let entered = crate::io::import::EnteredTrial { pain: self.pain, ..entered };
            self.saving_count = Some(shared.clinic.worker.run(move |s| {
                crate::io::import::save_entered(s, &entered).map(|(_, trial)| trial).map_err(|e| store_error_text(&e))
            }));
        }
    }

    pub(super) fn count_step(&mut self, ui: &mut egui::Ui, shared: &mut Shared, step: &Step) {
        ui.label(RichText::new(fl!("run-reps-completed")).size(18.0));
        ui.horizontal(|ui| {
            crate::app::screens::athlete::text_field(ui, &fl!("run-reps"), &mut self.count, &fl!("run-reps-hint"));
        });
        for (i, t) in step.test.thresholds.iter().enumerate() {
            let text = fl!(
                "run-threshold",
                label = step.test.shown_threshold_label(crate::i18n::loader(), i),
                value = numbers::style().number_trimmed(t.value, 3),
                unit = t.shown_unit(crate::i18n::loader()),
                source = t.source.clone()
            );
            ui.label(RichText::new(text).weak());
        }
        let typed = self.count.trim();
        let reps = typed.parse::<u32>().ok();
        if !typed.is_empty() && reps.is_none() {
            ui.label(RichText::new(fl!("run-reps-not-a-number", text = typed)).color(theme::RED));
        }
        pain_picker(ui, &mut self.pain);
        let ready = reps.is_some() && self.pain.is_some() && self.saving_count.is_none();
        if ui.add_enabled(ready, egui::Button::new(RichText::new(fl!("run-save")).size(22.0))).clicked()
            && let Some(reps) = reps
        {
            let trace = Trace::without_samples();
            let meta = TrialMeta::new(&step.test.id, step.side, "count entered", Polarity::Positive);
            let mut trial = NewTrial::new(self.visit_id, meta, trace);
            trial.reps_count = Some(reps);
            trial.pain = self.pain;
            self.saving_count =
                Some(shared.clinic.worker.run(move |s| s.add_trial(&trial).map_err(|e| store_error_text(&e))));
        }
    }
}
