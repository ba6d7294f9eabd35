//! What an installed ForceTrack holds beside the program, made from the code so it never drifts
//! from it: the application id, the desktop entry, the AppStream metainfo (with one `modalias`
//! per USB id of the shipped device profiles) and the udev rule that lets the person at the
//! computer open those devices' serial ports. `forcetrack generate` writes them for the package.

use std::collections::BTreeSet;

use crate::device::profile::Profile;

/// The application id: reverse DNS, made of the same three parts as the data folder's name
/// (`store::paths`), so the window, the menu entry, the icon and the metainfo match.
pub const APP_ID: &str = "org.forcetrack.ForceTrack";
/// The parts of [`APP_ID`], as `directories::ProjectDirs` takes them for the data folder.
pub const APP_QUALIFIER: &str = "org";
pub const APP_ORGANISATION: &str = "ForceTrack";
pub const APP_NAME: &str = "forcetrack";
/// The project's web site: the metainfo's home page; its screenshots are served from `docs/`
/// under it.
pub const HOMEPAGE: &str = "https://forcetrack.org";
/// The udev rule's file name: below 73, so `uaccess` is seen by systemd-logind's seat rules.
pub const UDEV_RULE_FILE: &str = "70-forcetrack.rules";

/// The window icon: the 128 px rendering of `packaging/icon.svg`.
pub const ICON_PNG_128: &[u8] = include_bytes!("../packaging/icons/128x128/forcetrack.png");

/// The USB ids (vendor, product) of the shipped profiles, each once, in order, with the names of
/// the profiles that claim it.
pub fn usb_ids(profiles: &[Profile]) -> Vec<((u16, u16), Vec<String>)> {
    let ids: BTreeSet<(u16, u16)> =
        profiles.iter().filter(|p| !p.demo).flat_map(|p| p.usb.iter().map(|u| (u.vid, u.pid))).collect();
    ids.into_iter()
        .map(|id| {
            let names = profiles
                .iter()
                .filter(|p| !p.demo && p.usb.iter().any(|u| (u.vid, u.pid) == id))
                .map(|p| p.name.clone())
                .collect();
            (id, names)
        })
        .collect()
}

/// The udev rule: for each USB id of the shipped profiles, the person at the computer may open
/// the serial port (`uaccess`: an ACL for the active seat's user, no group needed) and
/// ModemManager leaves it alone (it would otherwise probe it with AT commands).
pub fn udev_rules(profiles: &[Profile]) -> String {
    let mut out = String::from(
        "# ForceTrack: the person at the computer may open the serial ports of the devices ForceTrack knows\n\
         # (an ACL given by systemd-logind, no group needed), and ModemManager leaves them alone.\n\
         # Made by `forcetrack generate` from the shipped device profiles (devices/*.toml): do not edit.\n",
    );
    for ((vid, pid), names) in usb_ids(profiles) {
        out.push_str(&format!("\n# {}\n", names.join("; ")));
        out.push_str(&format!(
            "SUBSYSTEM==\"tty\", ATTRS{{idVendor}}==\"{vid:04x}\", ATTRS{{idProduct}}==\"{pid:04x}\", \
             TAG+=\"uaccess\", ENV{{ID_MM_DEVICE_IGNORE}}=\"1\"\n"
        ));
    }
    out
}

/// The kernel's modalias pattern for a USB id, as AppStream `<modalias>` takes it.
pub fn modalias(vid: u16, pid: u16) -> String {
    format!("usb:v{vid:04X}p{pid:04X}d*")
}

/// The desktop entry (`APP_ID.desktop`).
pub fn desktop_entry() -> String {
    format!(
        "[Desktop Entry]\n\
         Type=Application\n\
         Name=ForceTrack\n\
         GenericName=Strength testing\n\
         Comment=Record and track hamstring and glute strength tests with force devices\n\
         Exec=forcetrack\n\
         Icon={APP_ID}\n\
         Terminal=false\n\
         Categories=Science;MedicalSoftware;\n\
         Keywords=dynamometer;force;strength;hamstring;glute;Nordic;rehabilitation;physiotherapy;return to sport;\n\
         StartupWMClass={APP_ID}\n"
    )
}

/// The AppStream metainfo (`APP_ID.metainfo.xml`): what software centres show, the screenshots
/// from `docs/`, and the binary and the shipped devices' USB ids it provides for.
pub fn metainfo(profiles: &[Profile], version: &str, date: chrono::NaiveDate) -> String {
    let screenshots = [
        ("recording.png", "A strength test recorded live, reps detected as they happen"),
        ("summary.png", "A visit's results per test and side, with asymmetry and change"),
        ("history_curves.png", "An athlete's history across visits, with the injury marked"),
        ("clearance.png", "The return-to-sport checklist with values, thresholds and sources"),
    ];
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str("<!-- Made by `forcetrack generate` from the program and its device profiles: do not edit. -->\n");
    out.push_str("<component type=\"desktop-application\">\n");
    out.push_str(&format!("  <id>{APP_ID}</id>\n"));
    out.push_str("  <metadata_license>CC0-1.0</metadata_license>\n");
    out.push_str(&format!("  <project_license>{}</project_license>\n", env!("CARGO_PKG_LICENSE")));
    out.push_str("  <name>ForceTrack</name>\n");
    out.push_str("  <summary>Strength testing for hamstring and glute rehabilitation</summary>\n");
    out.push_str("  <developer_name>The ForceTrack developers</developer_name>\n");
    out.push_str(
        "  <description>\n\
         \x20   <p>ForceTrack reads handheld dynamometers, force gauges, Nordic rigs and force plates over USB serial, \
         records isometric and eccentric hamstring and glute strength tests, and turns each recording into the \
         numbers a clinician trusts: peak force, rate of force development, impulse, left/right asymmetry and \
         real change between visits, with every definition and its published source in view.</p>\n\
         \x20   <ul>\n\
         \x20     <li>Athletes, visits and injury episodes in one clinic database on this computer</li>\n\
         \x20     <li>Guided test batteries with live force, rep detection and pain scores</li>\n\
         \x20     <li>History charts and a return-to-sport checklist with its sources</li>\n\
         \x20     <li>PDF reports and CSV export, and a command line for scripts</li>\n\
         \x20   </ul>\n\
         \x20   <p>Everything runs offline. A demo clinic and simulated devices need no hardware.</p>\n\
         \x20 </description>\n",
    );
    out.push_str(&format!("  <launchable type=\"desktop-id\">{APP_ID}.desktop</launchable>\n"));
    out.push_str(&format!("  <url type=\"homepage\">{HOMEPAGE}</url>\n"));
    out.push_str("  <screenshots>\n");
    for (i, (file, caption)) in screenshots.iter().enumerate() {
        let kind = if i == 0 { " type=\"default\"" } else { "" };
        out.push_str(&format!(
            "    <screenshot{kind}>\n      <caption>{caption}</caption>\n      <image>{HOMEPAGE}/docs/{file}</image>\n    </screenshot>\n"
        ));
    }
    out.push_str("  </screenshots>\n");
    out.push_str("  <provides>\n    <binary>forcetrack</binary>\n");
    for ((vid, pid), _) in usb_ids(profiles) {
        out.push_str(&format!("    <modalias>{}</modalias>\n", modalias(vid, pid)));
    }
    out.push_str("  </provides>\n");
    out.push_str(
        "  <categories>\n    <category>Science</category>\n    <category>MedicalSoftware</category>\n  </categories>\n",
    );
    out.push_str(
        "  <keywords>\n    <keyword>dynamometer</keyword>\n    <keyword>strength</keyword>\n    <keyword>hamstring</keyword>\n    <keyword>rehabilitation</keyword>\n  </keywords>\n",
    );
    out.push_str("  <content_rating type=\"oars-1.1\"/>\n");
    out.push_str(&format!(
        "  <releases>\n    <release version=\"{version}\" date=\"{}\"/>\n  </releases>\n",
        date.format("%Y-%m-%d")
    ));
    out.push_str("</component>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::device::profile::ProfileSet;

    fn day() -> chrono::NaiveDate {
        chrono::NaiveDate::from_ymd_opt(2026, 12, 6).unwrap()
    }

    /// The USB ids in `devices/*.toml`, read as plain TOML (not through the profile loader), so a
    /// profile file the program does not ship, or an id it drops, is caught.
    fn ids_in_device_files() -> BTreeSet<(u16, u16)> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("devices");
        let mut ids = BTreeSet::new();
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "toml") {
                continue;
            }
            let value: toml::Value = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            if value.get("demo").and_then(toml::Value::as_bool) == Some(true) {
                continue;
            }
            for usb in value.get("usb").and_then(toml::Value::as_array).into_iter().flatten() {
                let hex = |key: &str| match &usb[key] {
                    toml::Value::String(s) => u16::from_str_radix(s.trim_start_matches("0x"), 16).unwrap(),
                    toml::Value::Integer(n) => u16::try_from(*n).unwrap(),
                    other => panic!("{}: {key} = {other}", path.display()),
                };
                ids.insert((hex("vid"), hex("pid")));
            }
        }
        ids
    }

    #[test]
    fn udev_rule_metainfo_and_profiles_name_the_same_usb_ids() {
        let shipped = ProfileSet::load(None).profiles;
        let files = ids_in_device_files();
        assert!(!files.is_empty(), "the shipped profiles name USB ids");

        let rule = regex::Regex::new(
            r#"^SUBSYSTEM=="tty", ATTRS\{idVendor\}=="([0-9a-f]{4})", ATTRS\{idProduct\}=="([0-9a-f]{4})", TAG\+="uaccess", ENV\{ID_MM_DEVICE_IGNORE\}="1"$"#,
        )
        .unwrap();
        let rules = udev_rules(&shipped);
        let mut in_rules = BTreeSet::new();
        for line in rules.lines().filter(|l| !l.is_empty() && !l.starts_with('#')) {
            let c = rule.captures(line).unwrap_or_else(|| panic!("not a device rule: {line}"));
            let id = (u16::from_str_radix(&c[1], 16).unwrap(), u16::from_str_radix(&c[2], 16).unwrap());
            assert!(in_rules.insert(id), "{line} twice");
        }
        assert_eq!(in_rules, files, "udev rule against devices/*.toml");

        let alias = regex::Regex::new(r"<modalias>usb:v([0-9A-F]{4})p([0-9A-F]{4})d\*</modalias>").unwrap();
        let metainfo = metainfo(&shipped, "0.1.0", day());
        let in_metainfo: BTreeSet<(u16, u16)> = alias
            .captures_iter(&metainfo)
            .map(|c| (u16::from_str_radix(&c[1], 16).unwrap(), u16::from_str_radix(&c[2], 16).unwrap()))
            .collect();
        assert_eq!(metainfo.matches("<modalias>").count(), in_metainfo.len(), "each modalias once and well formed");
        assert_eq!(in_metainfo, files, "metainfo modaliases against devices/*.toml");
    }

    #[test]
    fn a_user_profile_with_a_new_usb_id_gets_a_rule_and_a_modalias() {
        let mut profiles = ProfileSet::load(None).profiles;
        let mut extra = profiles.iter().find(|p| !p.demo && p.usb.is_empty()).unwrap().clone();
        extra.usb = vec![crate::device::profile::UsbId { vid: 0x10c4, pid: 0xea60, note: None }];
        extra.name = "My gauge".into();
        profiles.push(extra);
        assert!(udev_rules(&profiles).contains("# My gauge\nSUBSYSTEM==\"tty\", ATTRS{idVendor}==\"10c4\""));
        assert!(metainfo(&profiles, "1", day()).contains("<modalias>usb:v10C4pEA60d*</modalias>"));
    }

    #[test]
    fn the_names_agree_on_the_application_id() {
        assert_eq!(APP_ID.to_lowercase(), format!("{APP_QUALIFIER}.{APP_ORGANISATION}.{APP_NAME}").to_lowercase());
        assert!(desktop_entry().contains(&format!("Icon={APP_ID}\n")));
        assert!(
            metainfo(&[], "1", day())
                .contains(&format!("<launchable type=\"desktop-id\">{APP_ID}.desktop</launchable>"))
        );
        assert!(ICON_PNG_128.starts_with(b"\x89PNG"));
    }
}
