//! The `forcetrack` command: the desktop app by default, and subcommands for scripts and tests.

mod cli;

fn main() -> std::process::ExitCode {
    forcetrack::app::mark_process_start();
    // Output piped into `head` and closed early ends the program quietly, as other tools do.
    #[cfg(unix)]
    // SAFETY: restoring the default action of SIGPIPE before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    cli::run()
}
