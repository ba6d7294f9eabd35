//! `forcetrack devices`: profiles and the serial ports present.

use std::process::ExitCode;

use clap::Args;
use serde_json::json;

use super::ListFormat;
use super::table::Table;
use forcetrack::device::access::check_port;
use forcetrack::device::ports::{PortInfo, list_ports};
use forcetrack::device::profile::ProfileSet;

#[derive(Debug, Args)]
pub struct DevicesArgs {
    #[arg(long, value_enum, default_value = "table")]
    pub format: ListFormat,
}

pub fn run(args: &DevicesArgs, profiles: &ProfileSet) -> anyhow::Result<ExitCode> {
    let ports = list_ports(&profiles.profiles);
    match args.format {
        ListFormat::Json => {
            let list: Vec<_> = profiles
                .profiles
                .iter()
                .map(|p| {
                    json!({
                        "id": p.id,
                        "name": p.name,
                        "maker": p.maker,
                        "family": p.family,
                        "channels": p.channel_names(),
                        "baud": p.serial.baud,
                        "time": if p.has_device_time() { "device" } else { "host" },
                        "poll_rate_hz": p.commands.poll_rate_hz,
                        "usb": p.usb.iter().map(|u| format!("{:04x}:{:04x}", u.vid, u.pid)).collect::<Vec<_>>(),
                        "source": p.source.as_ref().map(|s| s.display().to_string()),
                    })
                })
                .collect();
            let errors: Vec<String> = profiles.errors.iter().map(ToString::to_string).collect();
            let value = json!({
                "profiles": list,
                "ports": ports.as_ref().map(|p| json!(p)).unwrap_or(json!([])),
                "port_error": ports.as_ref().err(),
                "profile_errors": errors,
                "profile_notices": profiles.notices(),
                "port_notices": ports.as_ref().map(|p| p.iter().filter_map(|p| p.profile_note()).collect::<Vec<_>>()).unwrap_or_default(),
                "port_access": ports.as_ref().map(|p| access_problems(p)).unwrap_or_default(),
            });
            println!("{}", serde_json::to_string_pretty(&value)?);
        }
        ListFormat::Table => {
            let mut table = Table::new(["profile", "name", "channels", "baud", "time", "usb ids"]);
            for p in &profiles.profiles {
                table.row([
                    p.id.clone(),
                    p.name.clone(),
                    p.channel_names().join("+"),
                    if p.demo { "demo (in memory)".into() } else { p.serial.baud.to_string() },
                    match p.commands.poll_rate_hz {
                        Some(r) if !p.has_device_time() => format!("host (polled {r} Hz)"),
                        _ if p.has_device_time() => "device".into(),
                        _ => "host".into(),
                    },
                    p.usb.iter().map(|u| format!("{:04x}:{:04x}", u.vid, u.pid)).collect::<Vec<_>>().join(" "),
                ]);
            }
            print!("{}", table.render());
            for e in &profiles.errors {
                println!("profile not loaded: {e}");
            }
            // Which profile is used when two claim one id or one USB id, and why.
            for notice in profiles.notices() {
                println!("{notice}");
            }
            println!();
            match &ports {
                Ok(ports) if ports.is_empty() => println!("No serial ports found."),
                Ok(ports) => {
                    let mut table = Table::new(["port", "type", "usb id", "maker / product", "serial", "profile"]);
                    for port in ports {
                        table.row([
                            port.path.clone(),
                            port.kind.to_string(),
                            port.usb_id().unwrap_or_else(|| "-".into()),
                            port.description(),
                            port.serial_number.clone().unwrap_or_else(|| "-".into()),
                            if port.profiles.is_empty() { "-".into() } else { port.profiles.join(", ") },
                        ]);
                    }
                    print!("{}", table.render());
                    for note in ports.iter().filter_map(|p| p.profile_note()) {
                        println!("{note}");
                    }
                    // Ports this user may not open, why, and what to do.
                    for problem in access_problems(ports) {
                        println!("{}", problem["problem"].as_str().unwrap_or_default());
                    }
                }
                Err(e) => println!("{e}"),
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The ports this user may not open: `{"port", "problem"}` with what to do.
fn access_problems(ports: &[PortInfo]) -> Vec<serde_json::Value> {
    // The command line speaks English.
    let english = forcetrack::i18n::loader_for(forcetrack::i18n::Language::English.into());
    ports
        .iter()
        .filter_map(|p| {
            check_port(&p.path).map(|denial| json!({"port": p.path, "problem": denial.text(&english, &p.path)}))
        })
        .collect()
}
