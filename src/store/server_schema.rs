//! The clinic server's schema: the same tables, columns, keys and checks as the SQLite schema
//! of [`super::schema`] at its latest version (a test compares the two), written for
//! PostgreSQL, and what only a shared server needs: the schema's version, the stations seen, a
//! counter of changes that stations poll, and sign-offs and manual-check answers made
//! append-only by the server itself.
//!
//! A server is created by `forcetrack server init` and upgraded by `forcetrack server migrate`,
//! never by a station that connects: a station of another version is refused with what to do.

use super::db::{Db, DbResult};
use super::{Result, ServerProblem, StoreError};

/// What `backup` says on a server: the clinic's server is backed up where it runs.
pub const BACKUP_ADVICE: &str = "this station uses the clinic server, which is backed up on the server itself: \
     `pg_dump --format=custom --file=forcetrack-$(date +%F).dump DATABASE` (run daily by the server's \
     administrator, e.g. from cron), restored with `pg_restore --dbname=DATABASE FILE`; \
     `forcetrack export all FOLDER` also writes every record to CSV files";

/// The schema at the SQLite schema's latest version ([`super::latest_version`]), as one script.
/// Integers are `BIGINT`, reals `DOUBLE PRECISION`, blobs `BYTEA`; foreign keys can be
/// deferred to the end of a transaction (imports load tables that refer to each other).
pub const SCHEMA: &str = r#"
CREATE TABLE forcetrack_schema (
    version BIGINT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    migrated_at TIMESTAMPTZ
);
CREATE TABLE forcetrack_stations (
    station TEXT PRIMARY KEY,
    login TEXT NOT NULL,
    program_version TEXT NOT NULL,
    schema_version BIGINT NOT NULL,
    last_seen TIMESTAMPTZ NOT NULL
);
CREATE SEQUENCE forcetrack_changes;

-- A row's id when none is given (imports give theirs; the sequence then moves past it).
CREATE FUNCTION forcetrack_assign_id() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    seq TEXT := TG_TABLE_NAME || '_id_seq';
BEGIN
    IF NEW.id IS NULL THEN
        NEW.id := nextval(seq);
    ELSE
        PERFORM setval(seq, greatest(NEW.id, (SELECT last_value FROM pg_sequences WHERE sequencename = seq)));
    END IF;
    RETURN NEW;
END $$;

-- Every change moves the counter stations poll to see what others saved.
CREATE FUNCTION forcetrack_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM nextval('forcetrack_changes');
    RETURN NULL;
END $$;

-- Sign-offs and manual-check answers are a record of what was decided: never changed or
-- removed, except with the athlete or visit they belong to.
CREATE FUNCTION forcetrack_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF pg_trigger_depth() < 2 THEN
        RAISE EXCEPTION '% rows are never changed or removed: a correction is a new entry', TG_TABLE_NAME
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END $$;

CREATE TABLE athletes (
    id BIGINT PRIMARY KEY,
    given_name TEXT NOT NULL,
    family_name TEXT NOT NULL,
    date_of_birth TEXT,
    sex TEXT CHECK (sex IN ('female', 'male', 'other')),
    dominant_leg TEXT CHECK (dominant_leg IN ('left', 'right')),
    sport TEXT,
    external_id TEXT,
    body_mass_kg DOUBLE PRECISION CHECK (body_mass_kg > 0),
    notes TEXT NOT NULL DEFAULT '',
    archived BIGINT NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    row_version BIGINT NOT NULL DEFAULT 1,
    changed_by TEXT NOT NULL DEFAULT '',
    changed_at TEXT
);
CREATE INDEX athletes_by_name ON athletes (family_name, given_name);

CREATE TABLE injury_episodes (
    id BIGINT PRIMARY KEY,
    athlete_id BIGINT NOT NULL REFERENCES athletes (id) ON DELETE CASCADE DEFERRABLE,
    kind TEXT NOT NULL,
    side TEXT CHECK (side IN ('left', 'right', 'both')),
    grade TEXT,
    location TEXT,
    injury_date TEXT NOT NULL,
    baseline_visit_id BIGINT,
    closed_on TEXT,
    notes TEXT NOT NULL DEFAULT '',
    row_version BIGINT NOT NULL DEFAULT 1,
    changed_by TEXT NOT NULL DEFAULT '',
    changed_at TEXT
);
CREATE INDEX episodes_by_athlete ON injury_episodes (athlete_id);

CREATE TABLE visits (
    id BIGINT PRIMARY KEY,
    athlete_id BIGINT NOT NULL REFERENCES athletes (id) ON DELETE CASCADE DEFERRABLE,
    episode_id BIGINT REFERENCES injury_episodes (id) ON DELETE SET NULL DEFERRABLE,
    date_time TEXT NOT NULL,
    body_mass_kg DOUBLE PRECISION CHECK (body_mass_kg > 0),
    clinician TEXT NOT NULL DEFAULT '',
    visa_h BIGINT CHECK (visa_h BETWEEN 0 AND 100),
    puranen_orava BIGINT,
    bent_knee_stretch BIGINT,
    modified_bent_knee_stretch BIGINT,
    notes TEXT NOT NULL DEFAULT '',
    deleted_at TEXT,
    row_version BIGINT NOT NULL DEFAULT 1,
    changed_by TEXT NOT NULL DEFAULT '',
    changed_at TEXT
);
CREATE INDEX visits_by_athlete ON visits (athlete_id, date_time);
ALTER TABLE injury_episodes ADD FOREIGN KEY (baseline_visit_id) REFERENCES visits (id) ON DELETE SET NULL DEFERRABLE;

CREATE TABLE trials (
    id BIGINT PRIMARY KEY,
    visit_id BIGINT NOT NULL REFERENCES visits (id) ON DELETE CASCADE DEFERRABLE,
    test_id TEXT NOT NULL,
    side TEXT NOT NULL CHECK (side IN ('left', 'right', 'both')),
    device TEXT NOT NULL,
    sample_rate_hz DOUBLE PRECISION,
    channel_names TEXT NOT NULL,
    lever_arm_m DOUBLE PRECISION,
    polarity TEXT NOT NULL CHECK (polarity IN ('positive', 'negative', 'auto')),
    samples BYTEA NOT NULL,
    accepted BIGINT NOT NULL DEFAULT 1,
    excluded_reps TEXT NOT NULL DEFAULT '',
    pain BIGINT CHECK (pain BETWEEN 0 AND 10),
    reps_count BIGINT,
    recorded_at TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    device_max_n DOUBLE PRECISION,
    excluded_spans TEXT NOT NULL DEFAULT '',
    source_recording TEXT,
    instrument TEXT,
    entered TEXT,
    recorded_by TEXT NOT NULL DEFAULT '',
    changed_by TEXT NOT NULL DEFAULT '',
    changed_at TEXT
);
CREATE INDEX trials_by_visit ON trials (visit_id);
-- A recording is sent again after a lost answer: its key finds the trial saved the first time.
CREATE INDEX trials_by_source ON trials (source_recording);

CREATE TABLE custom_tests (
    id TEXT PRIMARY KEY,
    definition TEXT NOT NULL
);
CREATE TABLE custom_batteries (
    id TEXT PRIMARY KEY,
    definition TEXT NOT NULL
);

CREATE TABLE clearance_signoffs (
    id BIGINT PRIMARY KEY,
    athlete_id BIGINT NOT NULL REFERENCES athletes (id) ON DELETE CASCADE DEFERRABLE,
    episode_id BIGINT REFERENCES injury_episodes (id) ON DELETE CASCADE DEFERRABLE,
    visit_id BIGINT REFERENCES visits (id) ON DELETE SET NULL DEFERRABLE,
    template_id TEXT NOT NULL,
    status TEXT NOT NULL,
    clinician TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    evaluation TEXT NOT NULL
);

CREATE TABLE trial_analysis (
    trial_id BIGINT PRIMARY KEY REFERENCES trials (id) ON DELETE CASCADE DEFERRABLE,
    settings_key TEXT NOT NULL,
    analysis TEXT NOT NULL
);
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE custom_clearance_templates (
    id TEXT PRIMARY KEY,
    definition TEXT NOT NULL
);
CREATE TABLE clearance_checks (
    id BIGINT PRIMARY KEY,
    visit_id BIGINT NOT NULL REFERENCES visits (id) ON DELETE CASCADE DEFERRABLE,
    check_id TEXT NOT NULL,
    done BIGINT CHECK (done IN (0, 1)),
    clinician TEXT NOT NULL DEFAULT '',
    checked_at TEXT NOT NULL
);
CREATE INDEX clearance_checks_by_visit ON clearance_checks (visit_id, check_id, id);

CREATE SEQUENCE athletes_id_seq;
CREATE SEQUENCE injury_episodes_id_seq;
CREATE SEQUENCE visits_id_seq;
CREATE SEQUENCE trials_id_seq;
CREATE SEQUENCE clearance_signoffs_id_seq;
CREATE SEQUENCE clearance_checks_id_seq;
CREATE TRIGGER athletes_id BEFORE INSERT ON athletes FOR EACH ROW EXECUTE FUNCTION forcetrack_assign_id();
CREATE TRIGGER injury_episodes_id BEFORE INSERT ON injury_episodes FOR EACH ROW EXECUTE FUNCTION forcetrack_assign_id();
CREATE TRIGGER visits_id BEFORE INSERT ON visits FOR EACH ROW EXECUTE FUNCTION forcetrack_assign_id();
CREATE TRIGGER trials_id BEFORE INSERT ON trials FOR EACH ROW EXECUTE FUNCTION forcetrack_assign_id();
CREATE TRIGGER clearance_signoffs_id BEFORE INSERT ON clearance_signoffs FOR EACH ROW EXECUTE FUNCTION forcetrack_assign_id();
CREATE TRIGGER clearance_checks_id BEFORE INSERT ON clearance_checks FOR EACH ROW EXECUTE FUNCTION forcetrack_assign_id();

CREATE TRIGGER clearance_signoffs_append_only BEFORE UPDATE OR DELETE ON clearance_signoffs
    FOR EACH ROW EXECUTE FUNCTION forcetrack_append_only();
CREATE TRIGGER clearance_checks_append_only BEFORE UPDATE OR DELETE ON clearance_checks
    FOR EACH ROW EXECUTE FUNCTION forcetrack_append_only();

CREATE TRIGGER athletes_changed AFTER INSERT OR UPDATE OR DELETE ON athletes FOR EACH STATEMENT EXECUTE FUNCTION forcetrack_changed();
CREATE TRIGGER injury_episodes_changed AFTER INSERT OR UPDATE OR DELETE ON injury_episodes FOR EACH STATEMENT EXECUTE FUNCTION forcetrack_changed();
CREATE TRIGGER visits_changed AFTER INSERT OR UPDATE OR DELETE ON visits FOR EACH STATEMENT EXECUTE FUNCTION forcetrack_changed();
CREATE TRIGGER trials_changed AFTER INSERT OR UPDATE OR DELETE ON trials FOR EACH STATEMENT EXECUTE FUNCTION forcetrack_changed();
CREATE TRIGGER custom_tests_changed AFTER INSERT OR UPDATE OR DELETE ON custom_tests FOR EACH STATEMENT EXECUTE FUNCTION forcetrack_changed();
CREATE TRIGGER custom_batteries_changed AFTER INSERT OR UPDATE OR DELETE ON custom_batteries FOR EACH STATEMENT EXECUTE FUNCTION forcetrack_changed();
CREATE TRIGGER clearance_signoffs_changed AFTER INSERT OR UPDATE OR DELETE ON clearance_signoffs FOR EACH STATEMENT EXECUTE FUNCTION forcetrack_changed();
CREATE TRIGGER settings_changed AFTER INSERT OR UPDATE OR DELETE ON settings FOR EACH STATEMENT EXECUTE FUNCTION forcetrack_changed();
CREATE TRIGGER custom_clearance_templates_changed AFTER INSERT OR UPDATE OR DELETE ON custom_clearance_templates FOR EACH STATEMENT EXECUTE FUNCTION forcetrack_changed();
CREATE TRIGGER clearance_checks_changed AFTER INSERT OR UPDATE OR DELETE ON clearance_checks FOR EACH STATEMENT EXECUTE FUNCTION forcetrack_changed();
"#;

/// Tables only a server has (not part of the comparison with the SQLite schema).
pub const SERVER_ONLY_TABLES: &[&str] = &["forcetrack_schema", "forcetrack_stations"];

/// The server's schema version; a database without ForceTrack's schema is a
/// [`ServerProblem`] that says to run `forcetrack server init`.
pub fn version(db: &Db) -> Result<i64> {
    let has_schema: bool = db.query_row(
        "SELECT EXISTS (SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() \
         AND table_name = 'forcetrack_schema')",
        [],
        |r| r.get(0),
    )?;
    if !has_schema {
        return Ok(0);
    }
    Ok(db.query_row("SELECT max(version) FROM forcetrack_schema", [], |r| r.get::<_, Option<i64>>(0))?.unwrap_or(0))
}

/// The counter every change on the server moves (stations compare it every few seconds).
pub fn changes(db: &Db) -> Result<i64> {
    // A sequence reads its start value until it is first moved: `is_called` tells them apart.
    Ok(db
        .query_row("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM forcetrack_changes", [], |r| r.get(0))?)
}

/// Refuses a server whose schema is not this program's, saying which is newer and what to do.
pub fn check_version(found: i64, server: &str) -> Result<()> {
    let known = super::latest_version();
    let server = server.to_string();
    let problem = if found == 0 {
        ServerProblem::NoRecord { server }
    } else if found < known {
        ServerProblem::Older { server, found, known }
    } else if found > known {
        ServerProblem::Newer { server, found, known }
    } else {
        return Ok(());
    };
    Err(StoreError::Server(problem))
}

/// Creates the schema on an empty database (one transaction: all of it or none).
pub fn init(db: &Db) -> Result<()> {
    let tables: i64 = db.query_row(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()",
        [],
        |r| r.get(0),
    )?;
    if tables > 0 {
        let found = version(db)?;
        return Err(StoreError::Server(ServerProblem::Other(if found > 0 {
            format!("the database already holds ForceTrack's record (schema version {found}): nothing was changed")
        } else {
            format!(
                "the database is not empty ({tables} tables): `server init` only creates the record in an empty one"
            )
        })));
    }
    let script = format!(
        "BEGIN; {SCHEMA} INSERT INTO forcetrack_schema (version) VALUES ({}); COMMIT;",
        super::latest_version()
    );
    in_transaction(db, &script)
}

/// The first schema version a clinic server was created with: a server of an older version
/// cannot exist.
pub const FIRST_SERVER_VERSION: i64 = 9;

/// The server's migrations: `(from, script)` takes a server from version `from` to `from + 1`,
/// in one transaction. None yet: every server so far was created at [`FIRST_SERVER_VERSION`],
/// the latest; a later schema version adds its step here beside its SQLite migration.
const SERVER_MIGRATIONS: &[(i64, &str)] = &[];

/// Upgrades the schema to this program's version, explicitly (never on connect): (from, to),
/// or `None` when it is this program's already.
pub fn migrate(db: &Db) -> Result<Option<(i64, i64)>> {
    let found = version(db)?;
    let known = super::latest_version();
    if found == known {
        return Ok(None);
    }
    if found == 0 || found > known {
        check_version(found, "")?;
    }
    let mut at = found;
    while at < known {
        let Some((_, script)) = SERVER_MIGRATIONS.iter().find(|(from, _)| *from == at) else {
            return Err(StoreError::Server(ServerProblem::Other(format!(
                "this ForceTrack has no upgrade of a clinic server from schema version {at} (clinic servers \
                 start at version {FIRST_SERVER_VERSION}); nothing was changed"
            ))));
        };
        in_transaction(
            db,
            &format!("BEGIN; {script} UPDATE forcetrack_schema SET version = {}, migrated_at = now(); COMMIT;", at + 1),
        )?;
        at += 1;
    }
    Ok(Some((found, known)))
}

fn in_transaction(db: &Db, script: &str) -> Result<()> {
    let result: DbResult<()> = db.execute_batch(script);
    if result.is_err() {
        db.rollback();
    }
    Ok(result?)
}

/// Notes this station on the server (`forcetrack server status` lists the stations seen).
pub fn station_seen(db: &Db) -> Result<()> {
    let station = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .map(|h| h.trim().to_string())
        .ok()
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "station".into());
    db.execute(
        "INSERT INTO forcetrack_stations (station, login, program_version, schema_version, last_seen) \
         VALUES (?1, current_user, ?2, ?3, now()) ON CONFLICT (station) DO UPDATE SET login = excluded.login, \
         program_version = excluded.program_version, schema_version = excluded.schema_version, \
         last_seen = excluded.last_seen",
        rusqlite::params![station, env!("CARGO_PKG_VERSION"), super::latest_version()],
    )?;
    Ok(())
}
