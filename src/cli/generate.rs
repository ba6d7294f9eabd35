//! `forcetrack generate DIR` (not listed in the help): the files a package installs beside the program, made
//! from the program itself: the manual pages and shell completions from the command-line
//! definitions, and the desktop entry, AppStream metainfo and udev rule from `install` and the
//! shipped device profiles.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::{CommandFactory, Parser};
use forcetrack::device::profile::ProfileSet;
use forcetrack::install;

/// Writes the files a package installs beside the program.
#[derive(Debug, Parser)]
#[command(name = "forcetrack generate", bin_name = "forcetrack generate")]
pub struct GenerateArgs {
    /// Folder to write into (made when missing): man/, completions/, the desktop entry, the
    /// metainfo and the udev rule.
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
    /// The date of this release in the metainfo, YYYY-MM-DD (default: today).
    #[arg(long, value_name = "DATE", value_parser = release_date)]
    pub release_date: Option<chrono::NaiveDate>,
}

fn release_date(text: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| format!("'{text}' is not a date like 2026-03-31"))
}

pub fn run(args: &GenerateArgs) -> anyhow::Result<ExitCode> {
    let dir = &args.dir;
    let date = args.release_date.unwrap_or_else(|| chrono::Local::now().date_naive());
    // Only the profiles compiled in: the package must not depend on who runs the build.
    let shipped = ProfileSet::load(None).profiles;
    let written = [
        manual_pages(&dir.join("man"))?,
        completions(&dir.join("completions"))?,
        vec![
            write(&dir.join(format!("{}.desktop", install::APP_ID)), install::desktop_entry().as_bytes())?,
            write(
                &dir.join(format!("{}.metainfo.xml", install::APP_ID)),
                install::metainfo(&shipped, env!("CARGO_PKG_VERSION"), date).as_bytes(),
            )?,
            write(&dir.join(install::UDEV_RULE_FILE), install::udev_rules(&shipped).as_bytes())?,
        ],
    ];
    for path in written.iter().flatten() {
        println!("{}", path.display());
    }
    Ok(ExitCode::SUCCESS)
}

/// `forcetrack.1` and one page per command (`forcetrack-record.1`, ...).
fn manual_pages(dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let cli = super::Cli::command();
    let mut written = vec![page(dir, "forcetrack", cli.clone())?];
    for sub in cli.get_subcommands().filter(|s| !s.is_hide_set()) {
        // clap names commands with static text; this runs once per command in a short process.
        let name: &'static str = Box::leak(format!("forcetrack-{}", sub.get_name()).into_boxed_str());
        let sub = sub.clone().name(name).version(env!("CARGO_PKG_VERSION"));
        written.push(page(dir, name, sub)?);
    }
    Ok(written)
}

fn page(dir: &Path, name: &str, command: clap::Command) -> anyhow::Result<PathBuf> {
    let mut text = Vec::new();
    clap_mangen::Man::new(command).render(&mut text).with_context(|| format!("writing the manual page {name}"))?;
    write(&dir.join(format!("{name}.1")), &text)
}

/// Completions for bash, zsh and fish, named as each shell's completion folder expects.
fn completions(dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    use clap_complete::Shell;
    let mut written = Vec::new();
    for (shell, file) in [(Shell::Bash, "forcetrack"), (Shell::Zsh, "_forcetrack"), (Shell::Fish, "forcetrack.fish")] {
        let mut text = Vec::new();
        clap_complete::generate(shell, &mut super::Cli::command(), "forcetrack", &mut text);
        written.push(write(&dir.join(file), &text)?);
    }
    Ok(written)
}

fn write(path: &Path, bytes: &[u8]) -> anyhow::Result<PathBuf> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).with_context(|| format!("cannot make the folder {}", parent.display()))?;
    }
    std::fs::write(path, bytes).with_context(|| format!("cannot write {}", path.display()))?;
    Ok(path.to_path_buf())
}
