//! What the clinic's records say, read through the store's typed functions: the analyses of
//! stored trials (from the cache, or computed from the samples on every core and cached), a
//! visit's or an athlete's results (aggregated by [`crate::results`]), the clinic's result
//! settings, and an athlete's clearance record. The store only reads and writes rows; the
//! analysis measures; [`crate::results`] aggregates; this module puts them together.

use std::collections::HashMap;

use crate::analysis::{ANALYSIS_VERSION, AnalysisParams, ChannelAnalysis, analyze_trace};
use crate::clearance::AthleteRecord;
use crate::model::{Side, TrialInfo, Visit};
use crate::protocols::TestLibrary;
use crate::results::{ResultSettings, VisitResults, analyses_wanted, attach_changes, exclusions_of};
use crate::store::{Result, Store, StoreError, blob};

/// Trials read per query when many analyses are wanted at once.
const READ_BATCH: usize = 100;

/// The clinic's result settings, or the defaults.
pub fn result_settings(store: &Store) -> Result<ResultSettings> {
    Ok(store.setting(ResultSettings::KEY)?.unwrap_or_default())
}

/// Stores the clinic's result settings (refused with the reasons when they cannot be used).
pub fn save_result_settings(store: &Store, settings: &ResultSettings) -> Result<()> {
    let problems = settings.problems(crate::i18n::loader());
    if !problems.is_empty() {
        return Err(StoreError::Invalid(problems.join("; ")));
    }
    store.set_setting(ResultSettings::KEY, settings)
}

/// Stores the clinic's result settings changed from `based_on` (what the clinician started
/// from): refused with [`StoreError::Conflict`] when another computer or window saved other
/// settings since, so that neither change is silently lost.
pub fn save_result_settings_from(
    store: &mut Store,
    settings: &ResultSettings,
    based_on: &ResultSettings,
) -> Result<()> {
    store.transaction(|s| {
        if result_settings(s)? != *based_on {
            return Err(StoreError::Conflict(crate::store::Conflict {
                what: "setting",
                id: 0,
                changed: crate::store::RowVersion::default(),
            }));
        }
        save_result_settings(s, settings)
    })
}

/// Stores a clinic's clearance template changed from `original` (the template as the editor
/// opened it; `None` for a new copy): refused with [`StoreError::Conflict`] when the stored
/// template is not `original` any more (saved on another computer meanwhile).
pub fn save_clearance_template_from(
    store: &mut Store,
    template: &crate::clearance::Template,
    original: Option<&crate::clearance::Template>,
) -> Result<()> {
    let json = serde_json::to_string(template).map_err(|e| StoreError::Invalid(e.to_string()))?;
    store.transaction(|s| {
        let stored = s.custom_clearance_templates()?.into_iter().find(|(id, _)| *id == template.id);
        let current = stored.map(|(_, json)| serde_json::from_str::<crate::clearance::Template>(&json).ok());
        let unchanged = match (&current, original) {
            (None, None) => true,
            (Some(Some(current)), Some(original)) => current == original,
            _ => false,
        };
        if !unchanged {
            return Err(StoreError::Conflict(crate::store::Conflict {
                what: "clearance template",
                id: 0,
                changed: crate::store::RowVersion::default(),
            }));
        }
        s.save_custom_clearance_template(&template.id, &json)
    })
}

/// FNV-1a: a stable hash for cache keys.
fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3))
}

/// The cache key of an analysis: the analysis version and a hash of its parameters, so a
/// cached analysis is used only with the same code and settings.
pub fn cache_key(params: &AnalysisParams) -> String {
    let json = serde_json::to_string(params).unwrap_or_default();
    format!("v{ANALYSIS_VERSION}:{:016x}", fnv(&json))
}

fn analyse(info: &TrialInfo, bytes: &[u8], params: &AnalysisParams) -> Result<Vec<ChannelAnalysis>> {
    let trace = blob::decode_trace(bytes, &info.channel_names)
        .map_err(|e| StoreError::DamagedSamples { trial: info.id, detail: e.0.to_string() })?;
    if trace.is_empty() {
        // A trial measured by a count has nothing to analyse.
        return Ok(Vec::new());
    }
    analyze_trace(&trace, Some(info.meta.polarity), params)
        .map_err(|e| StoreError::Corrupt(format!("trial {}: {e}", info.id)))
}

/// The analysis of one trial with `params`.
pub fn trial_analysis(store: &Store, info: &TrialInfo, params: &AnalysisParams) -> Result<Vec<ChannelAnalysis>> {
    let mut all = trial_analyses(store, &[(info, params.clone())])?;
    all.pop().ok_or_else(|| StoreError::Corrupt("an analysis went missing".into()))
}

/// Analyses of many trials: cached ones read, the others computed from their samples on every
/// core. The database is used on this thread only: while it reads the next batch's samples,
/// the workers decode, analyse and write the JSON of the ones already read; once all are read,
/// it caches each new analysis as it comes back, in one transaction, while the workers finish
/// ([`crate::store::CacheWriter`]: the cache is a convenience, so a failure to write it, or
/// another process holding the write lock, is not an error for the reader and is not waited for).
pub fn trial_analyses(store: &Store, items: &[(&TrialInfo, AnalysisParams)]) -> Result<Vec<Vec<ChannelAnalysis>>> {
    analyses_or_damage(store, items)?.into_iter().collect()
}

/// [`trial_analyses`], a trial whose samples are damaged answering its own error
/// ([`StoreError::DamagedSamples`]) instead of failing the others.
fn analyses_or_damage(
    store: &Store,
    items: &[(&TrialInfo, AnalysisParams)],
) -> Result<Vec<Result<Vec<ChannelAnalysis>>>> {
    type Job = (usize, Vec<u8>, String);
    type Done = (usize, String, Result<(Vec<ChannelAnalysis>, Option<String>)>);
    let mut results: Vec<Option<Result<Vec<ChannelAnalysis>>>> = (0..items.len()).map(|_| None).collect();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).max(1);
    let (jobs, queue) = crossbeam_channel::unbounded::<Job>();
    let (done_tx, done) = crossbeam_channel::unbounded::<Done>();
    let work = |(i, bytes, key): Job| -> Done {
        let (info, params) = &items[i];
        let analysis = analyse(info, &bytes, params).map(|a| {
            let json = serde_json::to_string(&a).ok();
            (a, json)
        });
        (i, key, analysis)
    };
    let mut keys = CacheKeys::default();
    let mut failure = None;
    let read = std::thread::scope(|scope| -> Result<()> {
        for _ in 0..threads {
            let (queue, done_tx) = (queue.clone(), done_tx.clone());
            scope.spawn(move || {
                for job in queue {
                    let _ = done_tx.send(work(job));
                }
            });
        }
        drop(done_tx);
        // The workers end when the queue closes (after a read error too).
        let sender = jobs;
        for (batch_no, batch) in items.chunks(READ_BATCH).enumerate() {
            let offset = batch_no * READ_BATCH;
            let ids: Vec<i64> = batch.iter().map(|(info, _)| info.id).collect();
            let batch_keys: Vec<String> = batch.iter().map(|(_, params)| keys.of(params)).collect();
            let mut cached = store.cached_analyses(&ids)?;
            let mut missing: Vec<usize> = Vec::new();
            for (k, (id, key)) in ids.iter().zip(&batch_keys).enumerate() {
                match cached.remove(&(*id, key.clone())).and_then(|json| serde_json::from_str(&json).ok()) {
                    Some(analysis) => results[offset + k] = Some(Ok(analysis)),
                    None => missing.push(k),
                }
            }
            if missing.is_empty() {
                continue;
            }
            let mut blobs = store.trial_blobs(&missing.iter().map(|&k| ids[k]).collect::<Vec<_>>())?;
            for k in missing {
                let bytes = blobs.remove(&ids[k]).ok_or(StoreError::NotFound { what: "trial", id: ids[k] })?;
                let _ = sender.send((offset + k, bytes, batch_keys[k].clone()));
            }
        }
        drop(sender);
        // While the workers finish, each new analysis is kept and cached as it comes.
        let mut cache = store.cache_writer();
        for (i, key, analysis) in done.iter() {
            results[i] = Some(match analysis {
                Ok((analysis, json)) => {
                    if let Some(json) = json {
                        cache.put(items[i].0.id, &key, &json);
                    }
                    Ok(analysis)
                }
                Err(e @ StoreError::DamagedSamples { .. }) => Err(e),
                Err(e) => {
                    failure.get_or_insert(e);
                    continue;
                }
            });
        }
        let _ = cache.finish();
        Ok(())
    });
    read?;
    if let Some(e) = failure {
        return Err(e);
    }
    results.into_iter().map(|r| r.ok_or_else(|| StoreError::Corrupt("an analysis went missing".into()))).collect()
}

/// The cache key of each set of parameters met, made once: the trials of one test share theirs.
#[derive(Default)]
struct CacheKeys(Vec<(AnalysisParams, String)>);

impl CacheKeys {
    fn of(&mut self, params: &AnalysisParams) -> String {
        if let Some((_, key)) = self.0.iter().find(|(p, _)| p == params) {
            return key.clone();
        }
        let key = cache_key(params);
        self.0.push((params.clone(), key.clone()));
        key
    }
}

/// Analyses by trial id.
type AnalysesByTrial = HashMap<i64, Vec<ChannelAnalysis>>;

/// The analyses `trials` need, by trial id, and the trials whose samples are damaged (left out
/// of every result, and named in them).
fn analyses_by_trial(
    store: &Store,
    trials: &[TrialInfo],
    library: &TestLibrary,
    settings: &ResultSettings,
) -> Result<(AnalysesByTrial, Vec<i64>)> {
    let items = analyses_wanted(trials, library, settings);
    let analyses = analyses_or_damage(store, &items)?;
    let mut by_trial: HashMap<i64, Vec<ChannelAnalysis>> = HashMap::new();
    let mut damaged = Vec::new();
    for ((info, _), analysis) in items.iter().zip(analyses) {
        match analysis {
            Ok(a) => {
                by_trial.insert(info.id, a);
            }
            Err(_) => damaged.push(info.id),
        }
    }
    // Exclusions by index from before schema 4 become exclusions by time, once (they apply by
    // index this time, as they always did).
    for (info, _) in items.iter().filter(|(t, _)| !t.legacy_excluded_reps.is_empty()) {
        if let Some(analysis) = by_trial.get(&info.id) {
            let mut excluded = info.excluded.clone();
            excluded.extend(exclusions_of(&info.legacy_excluded_reps, analysis));
            store.set_rep_exclusions(info.id, &excluded)?;
        }
    }
    Ok((by_trial, damaged))
}

/// Results of one visit (without the change since an earlier visit: see [`athlete_results`]).
/// `involved` is the injured side (for LSI).
pub fn visit_results(
    store: &Store,
    visit: &Visit,
    library: &TestLibrary,
    settings: &ResultSettings,
    involved: Option<Side>,
) -> Result<VisitResults> {
    let trials = store.trials_of_visit(visit.id)?;
    let (analyses, damaged) = analyses_by_trial(store, &trials, library, settings)?;
    Ok(results_without(visit, &trials, &analyses, &damaged, library, settings, involved))
}

/// Results of every visit of an athlete, oldest first, each side with its change since the
/// previous visit; `involved` from the episode of each visit (else the athlete's latest
/// episode).
pub fn athlete_results(
    store: &Store,
    athlete_id: i64,
    library: &TestLibrary,
    settings: &ResultSettings,
) -> Result<Vec<VisitResults>> {
    let visits = store.visits(athlete_id)?;
    let episodes = store.episodes(athlete_id)?;
    let latest_side = episodes.last().and_then(|e| e.side);
    let all = store.trials_of_athlete(athlete_id)?;
    let (analyses, damaged) = analyses_by_trial(store, &all, library, settings)?;
    let mut by_visit: HashMap<i64, Vec<TrialInfo>> = HashMap::new();
    for t in all {
        by_visit.entry(t.visit_id).or_default().push(t);
    }
    let mut history: Vec<VisitResults> = visits
        .iter()
        .map(|v| {
            let involved =
                v.episode_id.and_then(|id| episodes.iter().find(|e| e.id == id)).and_then(|e| e.side).or(latest_side);
            let trials = by_visit.remove(&v.id).unwrap_or_default();
            results_without(v, &trials, &analyses, &damaged, library, settings, involved)
        })
        .collect();
    attach_changes(&mut history, library, settings);
    Ok(history)
}

/// A visit's results from its trials less those whose samples are damaged (named in the
/// results instead).
fn results_without(
    visit: &Visit,
    trials: &[TrialInfo],
    analyses: &HashMap<i64, Vec<ChannelAnalysis>>,
    damaged: &[i64],
    library: &TestLibrary,
    settings: &ResultSettings,
    involved: Option<Side>,
) -> VisitResults {
    let (bad, good): (Vec<TrialInfo>, Vec<TrialInfo>) = trials.iter().cloned().partition(|t| damaged.contains(&t.id));
    let mut results = crate::results::visit_results(visit, &good, analyses, library, settings, involved);
    results.damaged_trials = bad.iter().map(|t| t.id).collect();
    results
}

/// Everything an athlete's clearance evaluations read.
pub fn athlete_record(
    store: &Store,
    athlete_id: i64,
    library: &TestLibrary,
    settings: &ResultSettings,
) -> Result<AthleteRecord> {
    Ok(AthleteRecord {
        athlete: store.athlete(athlete_id)?,
        episodes: store.episodes(athlete_id)?,
        history: athlete_results(store, athlete_id, library, settings)?,
        checks: store.clearance_checks(athlete_id)?,
    })
}
