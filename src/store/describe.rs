//! The schema described the same way for both backends (tables, columns with their kind of
//! value, NOT NULL and default, primary keys, foreign keys with their ON DELETE, checks,
//! indexes), so that a test can say the SQLite file and the clinic server hold the same record.

use super::db::Db;
use super::{Result, Store, server_schema};

/// A column's kind of value, the same for both: SQLite's declared type or PostgreSQL's.
fn kind(declared: &str) -> &'static str {
    match declared.to_ascii_lowercase().as_str() {
        "integer" | "bigint" => "integer",
        "real" | "double precision" => "real",
        "text" => "text",
        "blob" | "bytea" => "blob",
        _ => "other",
    }
}

/// A default as written, without the casts and quotes each backend adds.
fn default_text(d: Option<String>) -> String {
    d.map(|d| d.split("::").next().unwrap_or("").trim_matches(|c| c == '\'' || c == '(' || c == ')').to_string())
        .unwrap_or_default()
}

impl Store {
    /// One line per column, key, check and index, sorted: equal for two stores that hold the
    /// same tables (the server's own bookkeeping tables left out).
    pub fn schema_description(&self) -> Result<Vec<String>> {
        let mut lines = match &self.conn {
            Db::Sqlite(_) => self.describe_sqlite()?,
            Db::Server(_) => self.describe_server()?,
        };
        lines.sort();
        Ok(lines)
    }

    fn describe_sqlite(&self) -> Result<Vec<String>> {
        let tables = self
            .conn
            .query_map(
                "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
                [],
                |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)),
            )?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut lines = Vec::new();
        for (table, sql) in tables {
            let columns = self
                .conn
                .query_map(
                    "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?1) ORDER BY cid",
                    [&table],
                    |r| {
                        Ok((
                            r.get::<_, String>(0)?,
                            r.get::<_, String>(1)?,
                            r.get::<_, bool>(2)?,
                            r.get::<_, Option<String>>(3)?,
                            r.get::<_, i64>(4)?,
                        ))
                    },
                )?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            let mut key = Vec::new();
            for (name, declared, not_null, default, pk) in columns {
                if pk > 0 {
                    key.push((pk, name.clone()));
                }
                let not_null = not_null || pk > 0;
                lines.push(format!(
                    "{table}.{name} {}{} default '{}'",
                    kind(&declared),
                    if not_null { " not null" } else { "" },
                    default_text(default)
                ));
            }
            key.sort();
            let key: Vec<String> = key.into_iter().map(|(_, n)| n).collect();
            lines.push(format!("{table} primary key ({})", key.join(", ")));
            let foreign = self
                .conn
                .query_map(
                    "SELECT \"from\", \"table\", \"to\", on_delete FROM pragma_foreign_key_list(?1)",
                    [&table],
                    |r| {
                        Ok(format!(
                            "{table}.{} references {}({}) on delete {}",
                            r.get::<_, String>(0)?,
                            r.get::<_, String>(1)?,
                            r.get::<_, String>(2)?,
                            r.get::<_, String>(3)?.to_lowercase()
                        ))
                    },
                )?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            lines.extend(foreign);
            lines.push(format!("{table} checks {}", sql.matches("CHECK (").count()));
            let indexes = self
                .conn
                .query_map("SELECT name FROM pragma_index_list(?1) WHERE origin = 'c' ORDER BY name", [&table], |r| {
                    r.get::<_, String>(0)
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            for index in indexes {
                let columns = self
                    .conn
                    .query_map("SELECT name FROM pragma_index_info(?1) ORDER BY seqno", [&index], |r| {
                        r.get::<_, String>(0)
                    })?
                    .collect::<rusqlite::Result<Vec<_>>>()?;
                lines.push(format!("{table} index {index} ({})", columns.join(", ")));
            }
        }
        Ok(lines)
    }

    fn describe_server(&self) -> Result<Vec<String>> {
        let skip = |table: &str| server_schema::SERVER_ONLY_TABLES.contains(&table);
        let mut lines = Vec::new();
        let columns = self
            .conn
            .query_map(
                "SELECT table_name::text, column_name::text, data_type::text, is_nullable = 'NO', column_default::text \
                 FROM information_schema.columns WHERE table_schema = current_schema() \
                 AND table_name IN (SELECT table_name FROM information_schema.tables \
                 WHERE table_schema = current_schema() AND table_type = 'BASE TABLE')",
                [],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, bool>(3)?,
                        r.get::<_, Option<String>>(4)?,
                    ))
                },
            )?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        for (table, name, declared, not_null, default) in columns {
            if !skip(&table) {
                lines.push(format!(
                    "{table}.{name} {}{} default '{}'",
                    kind(&declared),
                    if not_null { " not null" } else { "" },
                    default_text(default)
                ));
            }
        }
        // Constraints: pg_get_constraintdef, read into the same words.
        let constraints = self
            .conn
            .query_map(
                "SELECT conrelid::regclass::text, contype::text, pg_get_constraintdef(oid) FROM pg_constraint \
                 WHERE connamespace = current_schema()::regnamespace AND contype IN ('p', 'f', 'c')",
                [],
                |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)),
            )?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut checks = std::collections::BTreeMap::<String, usize>::new();
        for (table, kind, def) in constraints {
            if skip(&table) {
                continue;
            }
            match kind.as_str() {
                "p" => {
                    let columns = def.trim_start_matches("PRIMARY KEY (").trim_end_matches(')');
                    lines.push(format!("{table} primary key ({columns})"));
                }
                "f" => {
                    // FOREIGN KEY (a) REFERENCES t(id) ON DELETE CASCADE DEFERRABLE
                    let from = def.split(['(', ')']).nth(1).unwrap_or("");
                    let target = def.split("REFERENCES ").nth(1).unwrap_or("");
                    let target_table = target.split('(').next().unwrap_or("");
                    let target_column = target.split(['(', ')']).nth(1).unwrap_or("");
                    let on_delete = if def.contains("ON DELETE CASCADE") {
                        "cascade"
                    } else if def.contains("ON DELETE SET NULL") {
                        "set null"
                    } else {
                        "no action"
                    };
                    lines.push(format!(
                        "{table}.{from} references {target_table}({target_column}) on delete {on_delete}"
                    ));
                }
                _ => *checks.entry(table).or_default() += 1,
            }
        }
        let tables = self
            .conn
            .query_map(
                "SELECT table_name::text FROM information_schema.tables WHERE table_schema = current_schema() \
                 AND table_type = 'BASE TABLE'",
                [],
                |r| r.get::<_, String>(0),
            )?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        for table in tables.into_iter().filter(|t| !skip(t)) {
            lines.push(format!("{table} checks {}", checks.get(&table).copied().unwrap_or(0)));
        }
        let indexes = self
            .conn
            .query_map(
                "SELECT tablename::text, indexname::text, indexdef FROM pg_indexes WHERE schemaname = current_schema() \
                 AND indexname NOT IN (SELECT conname FROM pg_constraint)",
                [],
                |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)),
            )?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        for (table, index, def) in indexes {
            if !skip(&table) {
                let columns = def.rsplit('(').next().unwrap_or("").trim_end_matches(')');
                lines.push(format!("{table} index {index} ({columns})"));
            }
        }
        Ok(lines)
    }
}
