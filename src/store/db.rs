//! One connection to the clinic's record, whichever it is: the SQLite file of a one-computer
//! clinic, or the clinic's PostgreSQL server. The store's queries are written once, in SQL both
//! understand (`?N` parameters, `ON CONFLICT`, `RETURNING`); this module binds their values and
//! reads their rows the same way for both, so that a query's row reader (`FnMut(&Row)`) does
//! not know where the row came from.
//!
//! Values travel as SQLite's five kinds ([`Value`]: null, integer, real, text, blob); on the
//! server every integer column is `BIGINT`, every real `DOUBLE PRECISION`, every blob `BYTEA`,
//! so a value keeps its kind both ways.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use postgres::types::{IsNull, ToSql as PgToSql, Type};
use rusqlite::ToSql;
use rusqlite::types::{FromSql, Value, ValueRef};

/// A failed statement: on the local SQLite file, or on the clinic server.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("{0}")]
    Local(#[from] rusqlite::Error),
    #[error("{}", super::server::describe(.0, super::words::english()))]
    Server(#[from] postgres::Error),
    /// This station is not connected to the clinic server (it could not be reached).
    #[error("the clinic server cannot be reached")]
    Offline,
}

impl DbError {
    /// The query found no row (`query_row`).
    pub fn is_no_rows(&self) -> bool {
        matches!(self, DbError::Local(rusqlite::Error::QueryReturnedNoRows))
    }

    /// The server refused a transaction that ran beside another touching the same rows
    /// (SERIALIZABLE): running it again from its start succeeds.
    pub fn is_serialization_failure(&self) -> bool {
        match self {
            DbError::Server(e) => e.code().is_some_and(|c| {
                *c == postgres::error::SqlState::T_R_SERIALIZATION_FAILURE
                    || *c == postgres::error::SqlState::T_R_DEADLOCK_DETECTED
            }),
            DbError::Local(_) | DbError::Offline => false,
        }
    }
}

pub type DbResult<T> = std::result::Result<T, DbError>;

/// A statement's parameters: `[a, b]`, `[]`, or `rusqlite::params![..]`.
pub trait Params {
    fn values(self) -> Vec<Value>;
}

/// A cell's value, copied.
fn owned(v: ValueRef<'_>) -> Value {
    match v {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(i) => Value::Integer(i),
        ValueRef::Real(x) => Value::Real(x),
        ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(b) => Value::Blob(b.to_vec()),
    }
}

fn value_of(p: &dyn ToSql) -> Value {
    match p.to_sql() {
        Ok(rusqlite::types::ToSqlOutput::Borrowed(v)) => owned(v),
        Ok(rusqlite::types::ToSqlOutput::Owned(v)) => v,
        // A value no column can hold (a u64 beyond i64): written as nothing is never right, so
        // the statement is refused by the database's NOT NULL, or the text says what it was.
        Ok(_) | Err(_) => Value::Null,
    }
}

impl Params for &[&dyn ToSql] {
    fn values(self) -> Vec<Value> {
        self.iter().map(|p| value_of(*p)).collect()
    }
}

impl Params for [&dyn ToSql; 0] {
    fn values(self) -> Vec<Value> {
        Vec::new()
    }
}

macro_rules! array_params {
    ($($n:literal)*) => {$(
        impl<T: ToSql> Params for [T; $n] {
            fn values(self) -> Vec<Value> {
                self.iter().map(|p| value_of(p)).collect()
            }
        }
    )*};
}
array_params!(1 2 3 4 5 6 7 8);

/// A column of a row: its number.
pub trait RowIndex {
    fn index(&self, row: &Row) -> rusqlite::Result<usize>;
}

impl RowIndex for usize {
    fn index(&self, _: &Row) -> rusqlite::Result<usize> {
        Ok(*self)
    }
}

/// A row read, by either backend: its cells and its columns' names.
pub struct Row {
    cells: Vec<Value>,
    names: Arc<Vec<String>>,
}

impl Row {
    /// Cell `idx` as a `T` (rusqlite's conversions, so a reader sees the same errors from both).
    pub fn get<I: RowIndex, T: FromSql>(&self, idx: I) -> rusqlite::Result<T> {
        let i = idx.index(self)?;
        let cell = self.get_ref(i)?;
        T::column_result(cell).map_err(|e| match e {
            rusqlite::types::FromSqlError::InvalidType => {
                rusqlite::Error::InvalidColumnType(i, self.names[i].clone(), cell.data_type())
            }
            rusqlite::types::FromSqlError::OutOfRange(v) => rusqlite::Error::IntegralValueOutOfRange(i, v),
            other => rusqlite::Error::FromSqlConversionFailure(i, cell.data_type(), Box::new(other)),
        })
    }

    /// Cell `idx` as it is stored.
    pub fn get_ref(&self, idx: usize) -> rusqlite::Result<ValueRef<'_>> {
        self.cells.get(idx).map(ValueRef::from).ok_or(rusqlite::Error::InvalidColumnIndex(idx))
    }

    /// The name of column `idx`.
    pub fn column_name(&self, idx: usize) -> Option<&str> {
        self.names.get(idx).map(String::as_str)
    }

    fn from_sqlite(r: &rusqlite::Row<'_>, names: &Arc<Vec<String>>) -> rusqlite::Result<Row> {
        let cells = (0..names.len()).map(|i| r.get_ref(i).map(owned)).collect::<rusqlite::Result<_>>()?;
        Ok(Row { cells, names: names.clone() })
    }
}

/// A connection to the clinic server, with its prepared statements (a round trip saved per
/// statement run again).
pub struct ServerConn {
    /// `None`: not connected (the server could not be reached when this station started).
    pub(super) client: RefCell<Option<postgres::Client>>,
    statements: RefCell<HashMap<String, postgres::Statement>>,
    in_transaction: std::cell::Cell<bool>,
    /// A statement failed because another transaction touched the same rows (SERIALIZABLE).
    serialization_failed: std::cell::Cell<bool>,
}

impl ServerConn {
    pub fn new(client: postgres::Client) -> ServerConn {
        ServerConn::with(Some(client))
    }

    /// A connection to a server that could not be reached: every statement fails as
    /// [`DbError::Offline`] until the store connects again.
    pub fn offline() -> ServerConn {
        ServerConn::with(None)
    }

    fn with(client: Option<postgres::Client>) -> ServerConn {
        ServerConn {
            client: RefCell::new(client),
            statements: RefCell::new(HashMap::new()),
            in_transaction: Default::default(),
            serialization_failed: Default::default(),
        }
    }

    /// `e`, noting a serialization failure for [`Db::take_serialization_failure`].
    fn note(&self, e: postgres::Error) -> DbError {
        let e = DbError::Server(e);
        if e.is_serialization_failure() {
            self.serialization_failed.set(true);
        }
        e
    }

    /// Runs `f` on the client, if connected.
    fn client<T>(&self, f: impl FnOnce(&mut postgres::Client) -> Result<T, postgres::Error>) -> DbResult<T> {
        let mut client = self.client.borrow_mut();
        let client = client.as_mut().ok_or(DbError::Offline)?;
        f(client).map_err(|e| self.note(e))
    }

    fn statement(&self, sql: &str) -> DbResult<postgres::Statement> {
        if let Some(s) = self.statements.borrow().get(sql) {
            return Ok(s.clone());
        }
        let translated = server_sql(sql);
        let statement = self.client(|c| c.prepare(&translated))?;
        self.statements.borrow_mut().insert(sql.to_string(), statement.clone());
        Ok(statement)
    }

    fn rows(&self, sql: &str, values: &[Value]) -> DbResult<(Vec<postgres::Row>, Arc<Vec<String>>)> {
        let statement = self.statement(sql)?;
        let binds: Vec<Bind> = values.iter().map(Bind).collect();
        let refs: Vec<&(dyn PgToSql + Sync)> = binds.iter().map(|b| b as &(dyn PgToSql + Sync)).collect();
        let rows = self.client(|c| c.query(&statement, &refs))?;
        let names = Arc::new(statement.columns().iter().map(|c| c.name().to_string()).collect());
        Ok((rows, names))
    }
}

/// The statement text for the server: `?N` becomes `$N`, a bare `?` the next number.
pub fn server_sql(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut next = 0;
    let mut chars = sql.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                quoted = !quoted;
                out.push(c);
            }
            '?' if !quoted => {
                let mut digits = String::new();
                while let Some(d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                    digits.push(*d);
                    chars.next();
                }
                if digits.is_empty() {
                    next += 1;
                    digits = next.to_string();
                }
                out.push('$');
                out.push_str(&digits);
            }
            _ => out.push(c),
        }
    }
    out
}

/// `v` written as a server parameter of type `ty`.
fn send<T: PgToSql>(
    v: T,
    ty: &Type,
    out: &mut bytes::BytesMut,
) -> std::result::Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
    v.to_sql(ty, out)
}

/// A value bound to a server parameter of whatever type the server inferred for it.
#[derive(Debug)]
struct Bind<'a>(&'a Value);

impl PgToSql for Bind<'_> {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut bytes::BytesMut,
    ) -> std::result::Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
        match self.0 {
            Value::Null => Ok(IsNull::Yes),
            Value::Integer(i) => match *ty {
                Type::INT8 => send(i, ty, out),
                Type::INT4 => send(i32::try_from(*i)?, ty, out),
                Type::INT2 => send(i16::try_from(*i)?, ty, out),
                Type::BOOL => send(*i != 0, ty, out),
                Type::FLOAT8 => send(*i as f64, ty, out),
                Type::FLOAT4 => send(*i as f32, ty, out),
                Type::TEXT | Type::VARCHAR => send(i.to_string(), ty, out),
                _ => Err(format!("an integer cannot be sent as {ty}").into()),
            },
            Value::Real(x) => match *ty {
                Type::FLOAT8 => send(x, ty, out),
                Type::FLOAT4 => send(*x as f32, ty, out),
                Type::TEXT | Type::VARCHAR => send(x.to_string(), ty, out),
                _ => Err(format!("a number cannot be sent as {ty}").into()),
            },
            Value::Text(t) => match *ty {
                Type::TEXT | Type::VARCHAR | Type::BPCHAR | Type::NAME | Type::UNKNOWN => send(t.as_str(), ty, out),
                Type::INT8 => send(t.parse::<i64>()?, ty, out),
                _ => Err(format!("text cannot be sent as {ty}").into()),
            },
            Value::Blob(b) => match *ty {
                Type::BYTEA => send(b.as_slice(), ty, out),
                _ => Err(format!("bytes cannot be sent as {ty}").into()),
            },
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    postgres::types::to_sql_checked!();
}

/// A server row's cells as values.
fn server_row(r: &postgres::Row, names: &Arc<Vec<String>>) -> DbResult<Row> {
    let mut cells = Vec::with_capacity(r.len());
    for (i, column) in r.columns().iter().enumerate() {
        let cell = match *column.type_() {
            Type::INT8 => r.try_get::<_, Option<i64>>(i)?.map(Value::Integer),
            Type::INT4 => r.try_get::<_, Option<i32>>(i)?.map(|v| Value::Integer(v.into())),
            Type::INT2 => r.try_get::<_, Option<i16>>(i)?.map(|v| Value::Integer(v.into())),
            Type::BOOL => r.try_get::<_, Option<bool>>(i)?.map(|v| Value::Integer(v.into())),
            Type::FLOAT8 => r.try_get::<_, Option<f64>>(i)?.map(Value::Real),
            Type::FLOAT4 => r.try_get::<_, Option<f32>>(i)?.map(|v| Value::Real(v.into())),
            Type::BYTEA => r.try_get::<_, Option<Vec<u8>>>(i)?.map(Value::Blob),
            _ => r.try_get::<_, Option<String>>(i)?.map(Value::Text),
        };
        cells.push(cell.unwrap_or(Value::Null));
    }
    Ok(Row { cells, names: names.clone() })
}

/// The connection: the clinic's SQLite file, or its server.
pub enum Db {
    Sqlite(rusqlite::Connection),
    Server(Box<ServerConn>),
}

impl Db {
    /// The SQLite connection, if this is one.
    pub fn sqlite(&self) -> Option<&rusqlite::Connection> {
        match self {
            Db::Sqlite(c) => Some(c),
            Db::Server(_) => None,
        }
    }

    /// Runs a statement that returns no rows; the number of rows it changed.
    pub fn execute(&self, sql: &str, params: impl Params) -> DbResult<usize> {
        match self {
            Db::Sqlite(c) => Ok(c.prepare_cached(sql)?.execute(rusqlite::params_from_iter(params.values()))?),
            Db::Server(s) => {
                let statement = s.statement(sql)?;
                let values = params.values();
                let binds: Vec<Bind> = values.iter().map(Bind).collect();
                let refs: Vec<&(dyn PgToSql + Sync)> = binds.iter().map(|b| b as &(dyn PgToSql + Sync)).collect();
                Ok(s.client(|c| c.execute(&statement, &refs))? as usize)
            }
        }
    }

    /// Runs an `INSERT` and returns the new row's `id` (`RETURNING id`).
    pub fn insert(&self, sql: &str, params: impl Params) -> DbResult<i64> {
        self.query_row(&format!("{sql} RETURNING id"), params, |r| r.get(0))
    }

    /// Runs statements separated by `;`, without parameters.
    pub fn execute_batch(&self, sql: &str) -> DbResult<()> {
        match self {
            Db::Sqlite(c) => Ok(c.execute_batch(sql)?),
            Db::Server(s) => s.client(|c| c.batch_execute(sql)),
        }
    }

    /// Whether a statement failed, since the last call, because another transaction touched
    /// the same rows (the transaction is worth running again).
    pub fn take_serialization_failure(&self) -> bool {
        match self {
            Db::Sqlite(_) => false,
            Db::Server(s) => s.serialization_failed.replace(false),
        }
    }

    /// The first row of a query, read by `f`; no row is [`DbError::is_no_rows`].
    pub fn query_row<T>(
        &self,
        sql: &str,
        params: impl Params,
        f: impl FnOnce(&Row) -> rusqlite::Result<T>,
    ) -> DbResult<T> {
        let mut first = None;
        let mut f = Some(f);
        self.for_each(sql, params, |r| {
            if let Some(f) = f.take() {
                first = Some(f(r));
            }
            Ok(())
        })?;
        match first {
            Some(v) => Ok(v?),
            None => Err(rusqlite::Error::QueryReturnedNoRows.into()),
        }
    }

    /// Every row of a query, each read by `f` (an error of one row's reader is that row's).
    pub fn query_map<T>(
        &self,
        sql: &str,
        params: impl Params,
        mut f: impl FnMut(&Row) -> rusqlite::Result<T>,
    ) -> DbResult<std::vec::IntoIter<rusqlite::Result<T>>> {
        let mut list = Vec::new();
        self.for_each(sql, params, |r| {
            list.push(f(r));
            Ok(())
        })?;
        Ok(list.into_iter())
    }

    /// Hands each row of a query to `f` in turn, without keeping them (a scan of every trial's
    /// samples holds one at a time).
    pub fn for_each(&self, sql: &str, params: impl Params, mut f: impl FnMut(&Row) -> DbResult<()>) -> DbResult<()> {
        match self {
            Db::Sqlite(c) => {
                let mut stmt = c.prepare_cached(sql)?;
                let names: Arc<Vec<String>> = Arc::new(stmt.column_names().map(|n| n.to_string()).collect());
                let mut rows = stmt.query(rusqlite::params_from_iter(params.values()))?;
                while let Some(r) = rows.next()? {
                    f(&Row::from_sqlite(r, &names)?)?;
                }
                Ok(())
            }
            Db::Server(s) => {
                let (rows, names) = s.rows(sql, &params.values())?;
                for r in &rows {
                    f(&server_row(r, &names)?)?;
                }
                Ok(())
            }
        }
    }

    /// Whether this is a server connection that was lost (every statement on it fails).
    pub fn connection_lost(&self) -> bool {
        match self {
            Db::Sqlite(_) => false,
            Db::Server(s) => s.client.borrow().as_ref().is_none_or(postgres::Client::is_closed),
        }
    }

    /// Whether no transaction is open.
    pub fn is_autocommit(&self) -> bool {
        match self {
            Db::Sqlite(c) => c.is_autocommit(),
            Db::Server(s) => !s.in_transaction.get(),
        }
    }

    /// Begins a transaction that reads and writes: SQLite takes the write lock at once
    /// (`IMMEDIATE`), the server runs it `SERIALIZABLE`.
    pub fn begin(&self) -> DbResult<()> {
        match self {
            Db::Sqlite(c) => Ok(c.execute_batch("BEGIN IMMEDIATE")?),
            Db::Server(s) => {
                s.client(|c| c.batch_execute("BEGIN ISOLATION LEVEL SERIALIZABLE"))?;
                s.in_transaction.set(true);
                Ok(())
            }
        }
    }

    /// Commits the open transaction.
    pub fn commit(&self) -> DbResult<()> {
        match self {
            Db::Sqlite(c) => Ok(c.execute_batch("COMMIT")?),
            Db::Server(s) => {
                let done = s.client(|c| c.batch_execute("COMMIT"));
                s.in_transaction.set(false);
                done
            }
        }
    }

    /// Rolls the open transaction back (nothing of it stays).
    pub fn rollback(&self) {
        match self {
            Db::Sqlite(c) => {
                let _ = c.execute_batch("ROLLBACK");
            }
            Db::Server(s) => {
                let _ = s.client(|c| c.batch_execute("ROLLBACK"));
                s.in_transaction.set(false);
            }
        }
    }
}
