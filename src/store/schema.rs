//! The database schema as an ordered list of migrations. `MIGRATIONS[i]` takes a database
//! from version `i` to `i + 1`; `PRAGMA user_version` holds the version. A fresh database runs
//! them all, so a fresh and an upgraded database end identical.

/// Version 1: the first schema (kept as a fixture in `tests/fixtures/schema_v1.sqlite`).
const V1: &str = r#"
CREATE TABLE athletes (
    id INTEGER PRIMARY KEY,
    given_name TEXT NOT NULL,
    family_name TEXT NOT NULL,
    date_of_birth TEXT,
    sex TEXT CHECK (sex IN ('female', 'male', 'other')),
    dominant_leg TEXT CHECK (dominant_leg IN ('left', 'right')),
    sport TEXT,
    external_id TEXT,
    body_mass_kg REAL CHECK (body_mass_kg > 0),
    notes TEXT NOT NULL DEFAULT '',
    archived INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE INDEX athletes_by_name ON athletes (family_name, given_name);

CREATE TABLE injury_episodes (
    id INTEGER PRIMARY KEY,
    athlete_id INTEGER NOT NULL REFERENCES athletes (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    side TEXT CHECK (side IN ('left', 'right', 'both')),
    grade TEXT,
    location TEXT,
    injury_date TEXT NOT NULL,
    baseline_visit_id INTEGER REFERENCES visits (id) ON DELETE SET NULL,
    closed_on TEXT,
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX episodes_by_athlete ON injury_episodes (athlete_id);

CREATE TABLE visits (
    id INTEGER PRIMARY KEY,
    athlete_id INTEGER NOT NULL REFERENCES athletes (id) ON DELETE CASCADE,
    episode_id INTEGER REFERENCES injury_episodes (id) ON DELETE SET NULL,
    date_time TEXT NOT NULL,
    body_mass_kg REAL CHECK (body_mass_kg > 0),
    clinician TEXT NOT NULL DEFAULT '',
    visa_h INTEGER CHECK (visa_h BETWEEN 0 AND 100),
    puranen_orava INTEGER,
    bent_knee_stretch INTEGER,
    modified_bent_knee_stretch INTEGER,
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX visits_by_athlete ON visits (athlete_id, date_time);

CREATE TABLE trials (
    id INTEGER PRIMARY KEY,
    visit_id INTEGER NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
    test_id TEXT NOT NULL,
    side TEXT NOT NULL CHECK (side IN ('left', 'right', 'both')),
    device TEXT NOT NULL,
    sample_rate_hz REAL,
    channel_names TEXT NOT NULL,
    lever_arm_m REAL,
    tare_n REAL,
    polarity TEXT NOT NULL CHECK (polarity IN ('positive', 'negative', 'auto')),
    samples BLOB NOT NULL,
    accepted INTEGER NOT NULL DEFAULT 1,
    excluded_reps TEXT NOT NULL DEFAULT '',
    pain INTEGER CHECK (pain BETWEEN 0 AND 10),
    reps_count INTEGER,
    recorded_at TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX trials_by_visit ON trials (visit_id);

CREATE TABLE journal_recordings (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    last_flush_at TEXT NOT NULL,
    athlete_id INTEGER,
    visit_id INTEGER,
    test_id TEXT,
    side TEXT,
    device TEXT NOT NULL,
    channel_names TEXT NOT NULL,
    polarity TEXT NOT NULL,
    lever_arm_m REAL,
    tare_n REAL
);
CREATE TABLE journal_chunks (
    recording_id INTEGER NOT NULL REFERENCES journal_recordings (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    samples BLOB NOT NULL,
    PRIMARY KEY (recording_id, seq)
);

CREATE TABLE custom_tests (
    id TEXT PRIMARY KEY,
    definition TEXT NOT NULL
);
CREATE TABLE custom_batteries (
    id TEXT PRIMARY KEY,
    definition TEXT NOT NULL
);

CREATE TABLE clearance_signoffs (
    id INTEGER PRIMARY KEY,
    athlete_id INTEGER NOT NULL REFERENCES athletes (id) ON DELETE CASCADE,
    episode_id INTEGER REFERENCES injury_episodes (id) ON DELETE CASCADE,
    visit_id INTEGER REFERENCES visits (id) ON DELETE SET NULL,
    template_id TEXT NOT NULL,
    status TEXT NOT NULL,
    clinician TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    evaluation TEXT NOT NULL
);
"#;

/// Version 2: a cache of each trial's analysis (recomputed from the samples whenever the
/// analysis settings change; never the only copy), clinic settings, and each trial's device
/// maximum (for the clipping flag).
const V2: &str = r#"
ALTER TABLE trials ADD COLUMN device_max_n REAL;
CREATE TABLE trial_analysis (
    trial_id INTEGER PRIMARY KEY REFERENCES trials (id) ON DELETE CASCADE,
    settings_key TEXT NOT NULL,
    analysis TEXT NOT NULL
);
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"#;

/// Version 3: clinic copies of clearance templates, and the clinician's manual clearance checks
/// per visit (ticked done, or marked not done).
const V3: &str = r#"
CREATE TABLE custom_clearance_templates (
    id TEXT PRIMARY KEY,
    definition TEXT NOT NULL
);
CREATE TABLE clearance_checks (
    visit_id INTEGER NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
    check_id TEXT NOT NULL,
    done INTEGER NOT NULL CHECK (done IN (0, 1)),
    clinician TEXT NOT NULL DEFAULT '',
    checked_at TEXT NOT NULL,
    PRIMARY KEY (visit_id, check_id)
);
"#;

/// The recording journal's tables, in a database file of its own beside the clinic's (attached
/// as `journal`): a recording's commits every 200 ms never wait for the clinic database's write
/// lock, which another process may hold for a long import. Created when missing; `key` is the
/// recording's unique name, kept with the trial it becomes (`trials.source_recording`).
pub const JOURNAL_SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS journal.journal_recordings (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL DEFAULT '',
    started_at TEXT NOT NULL,
    last_flush_at TEXT NOT NULL,
    athlete_id INTEGER,
    visit_id INTEGER,
    test_id TEXT,
    side TEXT,
    device TEXT NOT NULL,
    channel_names TEXT NOT NULL,
    polarity TEXT NOT NULL,
    lever_arm_m REAL,
    device_max_n REAL,
    waiting TEXT
);
CREATE TABLE IF NOT EXISTS journal.journal_chunks (
    recording_id INTEGER NOT NULL REFERENCES journal_recordings (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    samples BLOB NOT NULL,
    PRIMARY KEY (recording_id, seq)
);
"#;

/// Version 4: no tare column (nothing ever recorded one: samples are stored raw and each rep is
/// measured from its own baseline); the journal moves to a database of its own (its rows are
/// moved there; it keeps the device's maximum, so a recovered trial keeps its clipping flag), a
/// trial names the journal recording it came from; excluded reps are kept by time (`excluded_spans`, `from-to|..`
/// in seconds), `excluded_reps` keeps older exclusions by index until they are turned into times.
const V4: &str = r#"
ALTER TABLE trials DROP COLUMN tare_n;
ALTER TABLE trials ADD COLUMN excluded_spans TEXT NOT NULL DEFAULT '';
ALTER TABLE trials ADD COLUMN source_recording TEXT;
INSERT INTO journal.journal_recordings (id, started_at, last_flush_at, athlete_id, visit_id, test_id, side, device,
    channel_names, polarity, lever_arm_m)
    SELECT id, started_at, last_flush_at, athlete_id, visit_id, test_id, side, device, channel_names, polarity,
    lever_arm_m FROM main.journal_recordings;
INSERT INTO journal.journal_chunks (recording_id, seq, samples)
    SELECT recording_id, seq, samples FROM main.journal_chunks;
DROP TABLE main.journal_chunks;
DROP TABLE main.journal_recordings;
"#;

/// Version 5: manual clearance checks are append-only, a log of answers (who, when, what; a
/// withdrawal is an answer with no value): the latest entry for a visit and check is current,
/// and an earlier answer is never overwritten.
const V5: &str = r#"
CREATE TABLE clearance_checks_log (
    id INTEGER PRIMARY KEY,
    visit_id INTEGER NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
    check_id TEXT NOT NULL,
    done INTEGER CHECK (done IN (0, 1)),
    clinician TEXT NOT NULL DEFAULT '',
    checked_at TEXT NOT NULL
);
INSERT INTO clearance_checks_log (visit_id, check_id, done, clinician, checked_at)
    SELECT visit_id, check_id, done, clinician, checked_at FROM clearance_checks ORDER BY checked_at, visit_id, check_id;
DROP TABLE clearance_checks;
ALTER TABLE clearance_checks_log RENAME TO clearance_checks;
CREATE INDEX clearance_checks_by_visit ON clearance_checks (visit_id, check_id, id);
"#;

/// Version 6: each trial's kind of instrument (change compares only within one kind, DOMAIN.md
/// section 3; the demo devices' trials get theirs, others stay unknown) and the peaks of a
/// trial entered by hand (JSON: peaks in N and the unit they were read in).
const V6: &str = r#"
ALTER TABLE trials ADD COLUMN instrument TEXT;
ALTER TABLE trials ADD COLUMN entered TEXT;
UPDATE trials SET instrument = CASE device
    WHEN 'demo_dynamometer' THEN 'handheld'
    WHEN 'Demo dynamometer' THEN 'handheld'
    WHEN 'demo_nordic_rig' THEN 'load_cell_rig'
    WHEN 'Demo Nordic rig' THEN 'load_cell_rig'
    WHEN 'demo_force_plate' THEN 'force_plate'
    WHEN 'Demo force plate' THEN 'force_plate'
    ELSE NULL END;
"#;

/// Version 7: a deleted visit is kept, with its trials and manual checks, for
/// [`crate::store::KEEP_DELETED_DAYS`] days so that it can be restored (`deleted_at`: when it
/// was deleted; every reader leaves such visits, and their trials, out); it is removed for
/// good at the next deletion after that.
const V7: &str = r#"
ALTER TABLE visits ADD COLUMN deleted_at TEXT;
"#;

/// Version 8: trials found by the recording they came from (a recording sent again after a
/// lost answer finds the trial saved the first time; the clinic server has the same index).
const V8: &str = r#"
CREATE INDEX trials_by_source ON trials (source_recording);
"#;

/// Version 9: several stations may edit one record (a clinic server, or two windows): every
/// athlete, injury episode and visit carries a version, one more at each change, and who made
/// the last change and when ([`crate::store::Versioned`]); a trial notes who recorded it (the
/// login on a clinic server; empty on a one-computer clinic) and who last changed its review or
/// lever arm, and when.
const V9: &str = r#"
ALTER TABLE athletes ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE athletes ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE athletes ADD COLUMN changed_at TEXT;
ALTER TABLE injury_episodes ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE injury_episodes ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE injury_episodes ADD COLUMN changed_at TEXT;
ALTER TABLE visits ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE visits ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE visits ADD COLUMN changed_at TEXT;
ALTER TABLE trials ADD COLUMN recorded_by TEXT NOT NULL DEFAULT '';
ALTER TABLE trials ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE trials ADD COLUMN changed_at TEXT;
"#;

/// Every migration, in order.
pub const MIGRATIONS: &[&str] = &[V1, V2, V3, V4, V5, V6, V7, V8, V9];

/// The migrations' SQL (tools and tests build databases of older versions with it).
pub fn migrations() -> &'static [&'static str] {
    MIGRATIONS
}

/// The version a database has after all migrations.
pub fn latest_version() -> i64 {
    MIGRATIONS.len() as i64
}
