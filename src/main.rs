//! The `forcetrack` command: the desktop app by default, and subcommands for scripts and tests.

mod cli;

fn main() -> std::process::ExitCode {
    forcetrack::app::mark_process_start();
    cli::run()
}
