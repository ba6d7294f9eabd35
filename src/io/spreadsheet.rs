//! The spreadsheet exports: a visit's summary and an athlete's history, one row per test and
//! side (or visit and test). Each file starts with a `#` block: what it is, the methods in
//! force (DOMAIN.md section 7) and one line per column; numbers are rounded to what they mean.

use std::io::Write;
use std::path::Path;

use super::csv_out::CsvOut;
use super::export::{ExportContext, ExportError, RowsWritten, io_error, left_out_of, reading_rows};
use crate::analysis::{AsymmetryFormula, Mdc, QualityFlag};
use crate::model::{ForceUnit, Side, Visit};
use crate::records;
use crate::results::methods::methods;
use crate::results::{SideResult, TestResult, UNMATCHED_EXCLUSION, VisitResults, flags, hq};
use crate::store::StoreError;

/// A column of a spreadsheet export and what it holds (written into the file's `#` block).
type Described = (&'static str, &'static str);

/// The first columns of both files: who and when.
const IDENTITY_COLUMNS: &[Described] = &[
    ("athlete_id", "the athlete's number in this clinic"),
    ("athlete", "given and family name"),
    ("visit_id", "the visit's number in this clinic"),
    ("visit_date", "date of the visit, YYYY-MM-DD"),
];

/// The visit summary's columns, in order.
fn summary_columns() -> Vec<Described> {
    [IDENTITY_COLUMNS, SUMMARY_HEAD, ASYMMETRY_COLUMNS, SUMMARY_TAIL].concat()
}

/// The athlete history's columns, in order.
fn history_columns() -> Vec<Described> {
    [IDENTITY_COLUMNS, HISTORY_HEAD, ASYMMETRY_COLUMNS, HISTORY_TAIL].concat()
}

const SUMMARY_HEAD: &[Described] = &[
    ("injured_side", "left or right: the injured side of the visit's injury episode; empty when none is recorded"),
    ("test_id", "the test's id in the test library"),
    ("test", "the test's name"),
    ("side", "left or right"),
    ("measure", "force (results in newtons) or reps (a count of reps to failure)"),
    ("trials", "accepted trials of this test and side"),
    ("reps_accepted", "reps detected and not excluded, over those trials"),
    ("peak_force_best_n", "largest peak force of the accepted reps, in N"),
    ("peak_force_mean_n", "mean peak force of the accepted reps, in N"),
    ("peak_force_cv_percent", "sample SD / mean x 100 of the reps' peak forces, in %; empty for one rep"),
    ("summary_used", "best or mean: the summary of peak force that is the result and feeds asymmetry and change"),
    ("result_n", "the result: the summary in use of peak force, in N; empty for a count"),
    ("result_reps", "the result of a count test: reps to failure"),
    ("result_n_per_kg", "result_n divided by the visit's body mass, in N/kg"),
    ("lever_arm_m", "the lever arm torque is computed with, in m"),
    ("torque_n_m", "result_n x lever_arm_m, in N m"),
    ("torque_n_m_per_kg", "torque_n_m divided by the visit's body mass, in N m/kg"),
    (
        "rfd_0_100_ms_best_n_per_s",
        "largest rate of force development from onset to 100 ms, in N/s; only for isometric tests, where it means something",
    ),
    ("pain_0_10", "highest pain reported during this test and side, 0-10"),
    ("flags", "quality flags of the accepted reps, separated by ';' (each flag described above)"),
    ("devices", "the devices the trials came from, separated by ';'"),
    ("sample_rate_hz", "sample rate of the recordings, in Hz (the lowest when there are several)"),
    ("entry", "recorded (from the device's samples), entered_by_hand (each rep's peak typed in), or mixed"),
    ("instruments", "kinds of instrument: handheld, fixed_frame, load_cell_rig, force_plate; separated by ';'"),
];

/// Written by `asymmetry_cells`, in both files.
const ASYMMETRY_COLUMNS: &[Described] = &[
    ("asymmetry_formula", "the asymmetry formula in use (see the methods above)"),
    ("asymmetry_value", "left against right with that formula, in asymmetry_unit"),
    ("asymmetry_unit", "percent, or ratio for the ratio formula"),
    ("weaker_side", "left or right: the side with the smaller result"),
    ("lsi_percent", "limb symmetry index: involved / uninvolved x 100 (weaker / stronger with no injured side), in %"),
    ("imbalance_percent", "(stronger - weaker) / stronger x 100, in %: what the band is read from"),
    ("asymmetry_band", "green, amber or red (bands in the methods above)"),
];

const SUMMARY_TAIL: &[Described] = &[
    (
        "hq_ratio",
        "on the knee flexion and knee extension 90/90 rows: this side's H:Q, flexion torque / extension torque",
    ),
    ("previous_visit_date", "the last earlier visit with a result for this test and side, YYYY-MM-DD"),
    ("previous_result", "the result at that visit, in N (reps for a count)"),
    (
        "change",
        "result minus previous_result, in N (reps for a count); empty when not comparable (another kind of device)",
    ),
    ("change_percent", "change / previous_result x 100, in %"),
    (
        "change_verdict",
        "improved, declined, within measurement error (smaller than the MDC), not judged (no MDC), or not \
         comparable (another kind of device or mode: both values are given)",
    ),
    ("mdc_n", "the test's MDC95 when it is given in N"),
    ("mdc_percent", "the test's MDC95 when it is given in % of the previous result"),
    ("mdc_source", "where the MDC comes from"),
];

/// Rounding of the spreadsheet exports: forces to 0.1 N, ratios to 0.001, the rest as below.
mod decimals {
    pub const FORCE: usize = 1;
    pub const PERCENT: usize = 1;
    pub const PER_KG: usize = 2;
    pub const LEVER: usize = 3;
    pub const RFD: usize = 0;
    pub const RATIO: usize = 3;
    pub const MASS: usize = 1;
}

/// The `#` block at the top of a spreadsheet export: what the file is, the methods behind its
/// numbers, what each flag id of the flag columns means and what each column holds.
fn preamble(ctx: &ExportContext, title: &str, columns: &[Described], test_ids: &[&str]) -> Vec<String> {
    let mut lines = vec![
        format!("ForceTrack {title}; lines starting with # describe the file; the table starts at the header row"),
        "numbers are rounded to 0.1 N (forces), 0.1 % (percentages), 0.01 (per kg), 0.001 (ratios)".to_string(),
    ];
    // The `#` block describes a machine-readable file: English, with a decimal point.
    let english = crate::i18n::loader_for(crate::i18n::Language::English.into());
    let style = crate::i18n::numbers::NumberStyle::default();
    for m in methods(&english, &style, &ctx.library, &ctx.settings, test_ids, ForceUnit::Newton) {
        lines.push(format!("method {}: {}", m.key, m.text));
    }
    let mut flag_ids: Vec<&str> = QualityFlag::ALL.iter().map(|f| f.id()).collect();
    flag_ids.extend([flags::INCONSISTENT, UNMATCHED_EXCLUSION]);
    for id in flag_ids {
        lines.push(format!("flag {id}: {}", flags::flag_text(&english, id)));
    }
    for (name, about) in columns {
        lines.push(format!("column {name}: {about}"));
    }
    lines
}

fn names(columns: &[Described]) -> Vec<&'static str> {
    columns.iter().map(|c| c.0).collect()
}

/// The injured side of a visit's episode (none known when the episode's row cannot be read:
/// the reading of the athlete's results names it).
fn injured_side(ctx: &ExportContext, visit: &Visit) -> Result<Option<Side>, ExportError> {
    Ok(match visit.episode_id.map(|id| ctx.store.episode(id)) {
        Some(Ok(episode)) => episode.side.filter(|s| *s != Side::Both),
        Some(Err(StoreError::DamagedRow(_))) | None => None,
        Some(Err(e)) => return Err(e.into()),
    })
}

/// One row per test and side of a visit: best, mean, CV, the result in use, asymmetry, pain,
/// flags, devices, change since the previous visit with the MDC verdict; the file starts with
/// the methods and a description of every column. Trials whose stored samples are damaged
/// (of this visit, or of an earlier one a change is computed from) are left out and named.
pub fn export_visit_summary(ctx: &ExportContext, visit_id: i64, out: impl Write) -> Result<RowsWritten, ExportError> {
    let visit = ctx.store.visit(visit_id)?;
    let athlete = ctx.store.athlete(visit.athlete_id)?;
    let mut damaged_rows = Vec::new();
    let history = reading_rows(ctx.store, &mut damaged_rows, |store| {
        records::athlete_results(store, athlete.id, &ctx.library, &ctx.settings)
    })?;
    let index = history
        .iter()
        .position(|v| v.visit.id == visit_id)
        .ok_or(StoreError::NotFound { what: "visit", id: visit_id })?;
    let injured = injured_side(ctx, &visit)?;
    let here = Path::new("visit summary");
    let tests: Vec<&str> = history[index].tests.iter().map(|t| t.test_id.as_str()).collect();
    let columns = summary_columns();
    let lines = preamble(ctx, "visit summary", &columns, &tests);
    let mut csv = CsvOut::with_preamble(out, ctx.options, &lines).map_err(io_error(here))?;
    csv.header(&names(&columns)).map_err(io_error(here))?;
    let mut rows = 0;
    for test in &history[index].tests {
        for side in [Side::Left, Side::Right] {
            let Some(s) = test.side(side) else { continue };
            write_summary_row(ctx, &mut csv, &athlete, injured, &history[index], test, s);
            csv.end_row().map_err(io_error(here))?;
            rows += 1;
        }
    }
    csv.finish().map_err(io_error(here))?;
    let mut left_out = left_out_of(athlete.id, &history[..=index]);
    left_out.extend(damaged_rows);
    Ok(RowsWritten { rows, left_out })
}

/// How a side's results were taken: "recorded", "entered_by_hand", "mixed", or "count".
fn entry(s: &SideResult) -> &'static str {
    let recorded = s.sample_rate_hz.is_some();
    match (s.entered_by_hand, recorded) {
        (true, true) => "mixed",
        (true, false) => "entered_by_hand",
        (false, _) if s.reps_count.is_some() && !recorded => "count",
        (false, _) => "recorded",
    }
}

fn instruments(s: &SideResult) -> String {
    s.instruments.iter().map(|i| i.id()).collect::<Vec<_>>().join(";")
}

/// A side's H:Q on the rows of the ratio's two tests.
fn hq_of(visit: &VisitResults, test: &TestResult, side: Side) -> Option<f64> {
    [hq::FLEXION, hq::EXTENSION].contains(&test.test_id.as_str()).then(|| visit.hq(side).ratio()).flatten()
}

/// Writes a side's result in N (force) or reps (count) into the matching column pair.
fn result_cells<W: Write>(csv: &mut CsvOut<W>, is_count: bool, value: Option<f64>) {
    if is_count {
        csv.num_to(None, 0).num_to(value, 0);
    } else {
        csv.num_to(value, decimals::FORCE).num_to(None, 0);
    }
}

fn asymmetry_cells<W: Write>(csv: &mut CsvOut<W>, ctx: &ExportContext, test: &TestResult) {
    let formula = ctx.settings.formula;
    let asym = test.asymmetry;
    let (places, unit) =
        if formula == AsymmetryFormula::Ratio { (decimals::RATIO, "ratio") } else { (decimals::PERCENT, "percent") };
    csv.text(formula.id()).num_to(asym.map(|a| a.value), places).text(if asym.is_some() { unit } else { "" });
    csv.text(asym.and_then(|a| a.weaker).map_or("", Side::id)).num_to(test.lsi_percent, decimals::PERCENT);
    csv.num_to(test.imbalance_percent, decimals::PERCENT).text(test.band.map_or("", |b| b.id()));
}

fn write_summary_row<W: Write>(
    ctx: &ExportContext,
    csv: &mut CsvOut<W>,
    athlete: &crate::model::Athlete,
    injured: Option<Side>,
    visit_results: &VisitResults,
    test: &TestResult,
    s: &SideResult,
) {
    let visit = &visit_results.visit;
    let peak = s.peak_force;
    let is_count = ctx.is_count(&test.test_id);
    let change = s.change.as_ref();
    let mdc = match change {
        Some(c) if !c.change.comparable() => None,
        Some(c) => c.mdc.clone(),
        None => ctx.mdc_of(&test.test_id),
    };
    let value_places = if is_count { 0 } else { decimals::FORCE };
    csv.int(Some(athlete.id)).text(&athlete.full_name()).int(Some(visit.id)).date(Some(visit.date_time.date()));
    csv.text(injured.map_or("", Side::id));
    csv.text(&test.test_id).text(&test.test_name).text(s.side.id()).text(if is_count { "reps" } else { "force" });
    csv.int(Some(s.trial_ids.len() as i64)).int(Some(s.reps as i64));
    csv.num_to(peak.map(|p| p.best), decimals::FORCE).num_to(peak.map(|p| p.mean), decimals::FORCE);
    csv.num_to(peak.and_then(|p| p.cv_percent), decimals::PERCENT);
    csv.text(if is_count { "" } else { ctx.settings.summary.id() });
    result_cells(csv, is_count, s.value);
    csv.num_to(s.value_n_per_kg, decimals::PER_KG).num_to(s.lever_arm_m, decimals::LEVER);
    csv.num_to(s.torque_n_m, decimals::FORCE).num_to(s.torque_n_m_per_kg, decimals::PER_KG);
    let rfd_means_something = ctx
        .library
        .test(&test.test_id)
        .is_some_and(|t| t.curve_metrics().contains(&crate::protocols::CurveMetric::Rfd100ms));
    csv.num_to(s.rfd_100.filter(|_| rfd_means_something).map(|r| r.best), decimals::RFD).int(s.pain.map(i64::from));
    csv.text(&s.flags.join(";")).text(&s.devices.join(";")).num_to(s.sample_rate_hz, 3);
    csv.text(entry(s)).text(&instruments(s));
    asymmetry_cells(csv, ctx, test);
    csv.num_to(hq_of(visit_results, test, s.side), decimals::RATIO);
    csv.date(change.map(|c| c.previous_date)).num_to(change.map(|c| c.previous_value), value_places);
    let comparable = change.filter(|c| c.change.comparable());
    csv.num_to(comparable.map(|c| c.change.delta), value_places);
    csv.num_to(comparable.and_then(|c| c.change.percent), decimals::PERCENT);
    csv.text(change.map_or("", |c| c.change.verdict.label()));
    let (mdc_n, mdc_percent) = match mdc.as_ref().map(|m| m.0) {
        Some(Mdc::Newtons(n)) => (Some(n), None),
        Some(Mdc::Percent(p)) => (None, Some(p)),
        None => (None, None),
    };
    csv.num_to(mdc_n, decimals::FORCE).num_to(mdc_percent, decimals::PERCENT);
    csv.text(mdc.as_ref().map_or("", |m| m.1.as_str()));
}

const HISTORY_HEAD: &[Described] = &[
    ("episode_id", "the injury episode the visit belongs to; empty for a screening"),
    ("injured_side", "left or right: the injured side of that episode; empty when none is recorded"),
    ("body_mass_kg", "body mass at the visit, in kg"),
    ("visa_h", "VISA-H total at the visit, 0-100"),
    ("test_id", "the test's id in the test library"),
    ("test", "the test's name"),
    ("measure", "force (results in newtons) or reps (a count of reps to failure)"),
    ("summary_used", "best or mean: the summary of peak force that is the result and feeds asymmetry and change"),
    ("left_best_n", "left: largest peak force of the accepted reps, in N"),
    ("left_mean_n", "left: mean peak force of the accepted reps, in N"),
    ("right_best_n", "right: largest peak force of the accepted reps, in N"),
    ("right_mean_n", "right: mean peak force of the accepted reps, in N"),
    ("left_result", "left: the result (summary in use), in N, or reps for a count"),
    ("right_result", "right: the result (summary in use), in N, or reps for a count"),
    ("left_pain_0_10", "left: highest pain reported, 0-10"),
    ("right_pain_0_10", "right: highest pain reported, 0-10"),
    ("devices", "the devices the trials came from, separated by ';'"),
    ("left_entry", "left: recorded, entered_by_hand (each rep's peak typed in), mixed, or count"),
    ("right_entry", "right: recorded, entered_by_hand (each rep's peak typed in), mixed, or count"),
    ("instruments", "kinds of instrument: handheld, fixed_frame, load_cell_rig, force_plate; separated by ';'"),
];

const HISTORY_TAIL: &[Described] = &[
    ("left_hq_ratio", "on the knee flexion and knee extension 90/90 rows: left H:Q, flexion / extension torque"),
    ("right_hq_ratio", "on the knee flexion and knee extension 90/90 rows: right H:Q, flexion / extension torque"),
    (
        "left_change",
        "left: result minus the last earlier result of this test, in the result's unit; empty when not comparable",
    ),
    (
        "left_change_verdict",
        "left: improved, declined, within measurement error, not judged (no MDC), or not comparable (another kind \
         of device or mode)",
    ),
    (
        "right_change",
        "right: result minus the last earlier result of this test, in the result's unit; empty when not comparable",
    ),
    (
        "right_change_verdict",
        "right: improved, declined, within measurement error, not judged (no MDC), or not comparable (another kind \
         of device or mode)",
    ),
    ("flags", "quality flags of the accepted reps as side:flag, separated by ';' (each flag described above)"),
];

/// One row per visit and test of an athlete, both sides, best and mean and the result in use;
/// the file starts with the methods and a description of every column. Trials whose stored
/// samples are damaged are left out and named.
pub fn export_athlete_history(
    ctx: &ExportContext,
    athlete_id: i64,
    out: impl Write,
) -> Result<RowsWritten, ExportError> {
    let athlete = ctx.store.athlete(athlete_id)?;
    let mut damaged_rows = Vec::new();
    let (history, episodes) = reading_rows(ctx.store, &mut damaged_rows, |store| {
        Ok::<_, StoreError>((
            records::athlete_results(store, athlete_id, &ctx.library, &ctx.settings)?,
            store.episodes(athlete_id)?,
        ))
    })?;
    let here = Path::new("athlete history");
    let mut tests: Vec<&str> = Vec::new();
    for t in history.iter().flat_map(|v| &v.tests) {
        if !tests.contains(&t.test_id.as_str()) {
            tests.push(&t.test_id);
        }
    }
    let columns = history_columns();
    let lines = preamble(ctx, "athlete history", &columns, &tests);
    let mut csv = CsvOut::with_preamble(out, ctx.options, &lines).map_err(io_error(here))?;
    csv.header(&names(&columns)).map_err(io_error(here))?;
    let mut rows = 0;
    for visit in &history {
        let v = &visit.visit;
        let injured = v
            .episode_id
            .and_then(|id| episodes.iter().find(|e| e.id == id))
            .and_then(|e| e.side)
            .filter(|s| *s != Side::Both);
        for test in &visit.tests {
            let is_count = ctx.is_count(&test.test_id);
            let value_places = if is_count { 0 } else { decimals::FORCE };
            let change = |side: Side| test.side(side)?.change.as_ref().map(|c| c.change);
            let (lc, rc) = (change(Side::Left), change(Side::Right));
            let peak = |side: Side| test.side(side).and_then(|s| s.peak_force);
            let mut flags: Vec<String> = Vec::new();
            let mut devices: Vec<&str> = Vec::new();
            for s in [&test.left, &test.right].into_iter().flatten() {
                flags.extend(s.flags.iter().map(|f| format!("{}:{f}", s.side.id())));
                for d in &s.devices {
                    if !devices.contains(&d.as_str()) {
                        devices.push(d);
                    }
                }
            }
            csv.int(Some(athlete.id)).text(&athlete.full_name()).int(Some(v.id)).date(Some(v.date_time.date()));
            csv.int(v.episode_id).text(injured.map_or("", Side::id));
            csv.num_to(v.body_mass_kg, decimals::MASS).int(v.visa_h.map(i64::from));
            csv.text(&test.test_id).text(&test.test_name).text(if is_count { "reps" } else { "force" });
            csv.text(if is_count { "" } else { ctx.settings.summary.id() });
            for side in [Side::Left, Side::Right] {
                csv.num_to(peak(side).map(|p| p.best), decimals::FORCE);
                csv.num_to(peak(side).map(|p| p.mean), decimals::FORCE);
            }
            csv.num_to(test.left.as_ref().and_then(|s| s.value), value_places);
            csv.num_to(test.right.as_ref().and_then(|s| s.value), value_places);
            csv.int(test.left.as_ref().and_then(|s| s.pain).map(i64::from));
            csv.int(test.right.as_ref().and_then(|s| s.pain).map(i64::from));
            csv.text(&devices.join(";"));
            csv.text(test.left.as_ref().map_or("", entry)).text(test.right.as_ref().map_or("", entry));
            let mut kinds: Vec<&str> = Vec::new();
            for i in [&test.left, &test.right].into_iter().flatten().flat_map(|s| &s.instruments) {
                if !kinds.contains(&i.id()) {
                    kinds.push(i.id());
                }
            }
            csv.text(&kinds.join(";"));
            asymmetry_cells(&mut csv, ctx, test);
            csv.num_to(hq_of(visit, test, Side::Left), decimals::RATIO);
            csv.num_to(hq_of(visit, test, Side::Right), decimals::RATIO);
            let delta = |c: Option<crate::analysis::Change>| c.filter(|c| c.comparable()).map(|c| c.delta);
            csv.num_to(delta(lc), value_places).text(lc.map_or("", |c| c.verdict.label()));
            csv.num_to(delta(rc), value_places).text(rc.map_or("", |c| c.verdict.label()));
            csv.text(&flags.join(";"));
            csv.end_row().map_err(io_error(here))?;
            rows += 1;
        }
    }
    csv.finish().map_err(io_error(here))?;
    let mut left_out = left_out_of(athlete_id, &history);
    left_out.extend(damaged_rows);
    Ok(RowsWritten { rows, left_out })
}
