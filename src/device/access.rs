//! Whether this user may open a serial port, and what to do when not.
//!
//! On a stock Debian or Ubuntu a USB serial port belongs to `root:dialout` with mode 0660: only
//! members of `dialout` (and whoever the ForceTrack package's udev rule lets in, by an ACL for
//! the person at the computer) may open it. [`decide`] is the whole decision as a pure function
//! of the port's owner, group and mode and the user's groups; [`check_port`] reads those from
//! the system (after asking the kernel, which also knows ACLs), and [`open_failure`] turns a
//! failed open into words a clinician can act on.
//!
//! The words come from the catalogue in the language of the loader they are asked in: the app's
//! for the app, English for the command line (`forcetrack devices`, `record`).

use std::path::Path;

use i18n_embed::fluent::FluentLanguageLoader;

use crate::fl_in;

/// The port as the file system shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PortFacts {
    pub owner_uid: u32,
    /// The owner's name, when known.
    pub owner: Option<String>,
    pub group_gid: u32,
    /// The group's name, when known (`dialout`).
    pub group: Option<String>,
    /// Permission bits (`0o660`).
    pub mode: u32,
}

/// The user running ForceTrack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserFacts {
    pub uid: u32,
    /// The groups this process runs with (fixed when the user logged in).
    pub process_gids: Vec<u32>,
    /// The groups the system lists the user in now (`/etc/passwd` and `/etc/group`): a group
    /// here and not above was added after logging in.
    pub listed_gids: Vec<u32>,
}

/// Why this user may not open a port.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Denial {
    /// The port's group may open it and the user is not in that group.
    NotInGroup { group: String },
    /// The user is in the port's group, but was added after logging in: the running session
    /// does not have it yet.
    AddedAfterLogin { group: String },
    /// Neither the port's group nor everyone may open it: only its owner.
    OwnerOnly { owner: String, mode: u32 },
}

impl Denial {
    /// What a clinician reads: why, and what to do, in `loader`'s language (the command line
    /// asks in English).
    pub fn text(&self, loader: &FluentLanguageLoader, port: &str) -> String {
        match self {
            Denial::NotInGroup { group } => fl_in!(
                loader,
                "port-denied-not-in-group",
                port = port,
                group = group.as_str(),
                command = format!("`sudo usermod -aG {group} $USER`")
            ),
            Denial::AddedAfterLogin { group } => {
                fl_in!(loader, "port-denied-added-after-login", port = port, group = group.as_str())
            }
            Denial::OwnerOnly { owner, mode } => fl_in!(
                loader,
                "port-denied-owner-only",
                port = port,
                owner = owner.as_str(),
                mode = format!("{mode:04o}")
            ),
        }
    }

    /// A few words for the app's port list.
    pub fn short(&self) -> String {
        match self {
            Denial::NotInGroup { group } => crate::fl!("port-short-not-in-group", group = group.as_str()),
            Denial::AddedAfterLogin { group } => crate::fl!("port-short-added-after-login", group = group.as_str()),
            Denial::OwnerOnly { owner, .. } => crate::fl!("port-short-owner-only", owner = owner.as_str()),
        }
    }
}

/// Whether `user` may read and write `port`, from the permission bits alone (the superuser
/// always may). `None` when allowed.
pub fn decide(port: &PortFacts, user: &UserFacts) -> Option<Denial> {
    const RW: u32 = 0o6;
    let allows = |shift: u32| (port.mode >> shift) & RW == RW;
    if user.uid == 0 || (port.owner_uid == user.uid && allows(6)) || allows(0) {
        return None;
    }
    let group = port.group.clone().unwrap_or_else(|| port.group_gid.to_string());
    if allows(3) {
        if user.process_gids.contains(&port.group_gid) {
            return None;
        }
        if user.listed_gids.contains(&port.group_gid) {
            return Some(Denial::AddedAfterLogin { group });
        }
        return Some(Denial::NotInGroup { group });
    }
    let owner = port.owner.clone().unwrap_or_else(|| port.owner_uid.to_string());
    Some(Denial::OwnerOnly { owner, mode: port.mode & 0o7777 })
}

/// Whether this user may open the port at `path`: `None` when allowed (or when it cannot be
/// told: a port that is not there, or a system without Unix permissions).
pub fn check_port(path: &str) -> Option<Denial> {
    #[cfg(unix)]
    {
        let facts = port_facts(Path::new(path))?;
        if kernel_allows(path) {
            return None;
        }
        // The kernel refuses: say why from the bits; if they allow it (an ACL refuses), say
        // what they show.
        let user = UserFacts::current();
        decide(&facts, &user).or_else(|| {
            Some(Denial::OwnerOnly {
                owner: facts.owner.clone().unwrap_or_else(|| facts.owner_uid.to_string()),
                mode: facts.mode & 0o7777,
            })
        })
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

/// The words for a serial port that would not open, in `loader`'s language: permission (with
/// the group and what to do), busy (another program holds it), gone, or the system's words with
/// the port's name.
pub fn open_failure(loader: &FluentLanguageLoader, path: &str, error: &serialport::Error) -> String {
    use serialport::ErrorKind;
    match error.kind() {
        ErrorKind::Io(std::io::ErrorKind::PermissionDenied) => {
            permission_denied(loader, path, port_facts(Path::new(path)).as_ref(), &UserFacts::current())
        }
        // serialport's word for EBUSY and for a lock another opener holds.
        ErrorKind::NoDevice => fl_in!(loader, "port-busy", port = path, error = error.description.as_str()),
        ErrorKind::Io(std::io::ErrorKind::NotFound) => fl_in!(
            loader,
            "port-not-there",
            port = path,
            button = fl_in!(loader, "device-panel-find-ports"),
            command = "`forcetrack devices`"
        ),
        _ => fl_in!(loader, "port-cannot-open", port = path, error = error.description.as_str()),
    }
}

/// The words for "permission denied" on `path` in `loader`'s language, from its facts (when they
/// could be read) and the user's groups.
pub fn permission_denied(
    loader: &FluentLanguageLoader,
    path: &str,
    port: Option<&PortFacts>,
    user: &UserFacts,
) -> String {
    match port.and_then(|p| decide(p, user)) {
        Some(denial) => denial.text(loader, path),
        None => fl_in!(loader, "port-denied", port = path),
    }
}

/// The port's owner, group and mode, with their names; `None` when it cannot be read.
#[cfg(unix)]
pub fn port_facts(path: &Path) -> Option<PortFacts> {
    use std::os::unix::fs::MetadataExt;
    let meta = std::fs::metadata(path).ok()?;
    let passwd = std::fs::read_to_string("/etc/passwd").unwrap_or_default();
    let groups = std::fs::read_to_string("/etc/group").unwrap_or_default();
    Some(PortFacts {
        owner_uid: meta.uid(),
        owner: name_of(&passwd, meta.uid()),
        group_gid: meta.gid(),
        group: name_of(&groups, meta.gid()),
        mode: meta.mode() & 0o7777,
    })
}

#[cfg(not(unix))]
pub fn port_facts(_path: &Path) -> Option<PortFacts> {
    None
}

/// Whether the kernel lets this process read and write `path` (permission bits and ACLs).
#[cfg(unix)]
fn kernel_allows(path: &str) -> bool {
    let Ok(c_path) = std::ffi::CString::new(path) else { return true };
    // SAFETY: `c_path` is a valid NUL-terminated string for the duration of the call.
    unsafe { libc::access(c_path.as_ptr(), libc::R_OK | libc::W_OK) == 0 }
}

impl UserFacts {
    /// This process's user: its groups now, and the groups the system lists it in.
    pub fn current() -> UserFacts {
        #[cfg(unix)]
        {
            // SAFETY: getuid, getgid and getegid cannot fail.
            let (uid, gid, egid) = unsafe { (libc::getuid(), libc::getgid(), libc::getegid()) };
            let mut process_gids = supplementary_groups();
            process_gids.extend([gid, egid]);
            let passwd = std::fs::read_to_string("/etc/passwd").unwrap_or_default();
            let groups = std::fs::read_to_string("/etc/group").unwrap_or_default();
            let listed_gids = match user_entry(&passwd, uid) {
                Some((name, primary)) => listed_groups(&groups, &name, primary),
                // Not in /etc/passwd (a directory service): what the process has is all we know.
                None => process_gids.clone(),
            };
            UserFacts { uid, process_gids, listed_gids }
        }
        #[cfg(not(unix))]
        {
            UserFacts { uid: 0, process_gids: Vec::new(), listed_gids: Vec::new() }
        }
    }
}

#[cfg(unix)]
fn supplementary_groups() -> Vec<u32> {
    // SAFETY: a null buffer with size 0 asks only for the count.
    let count = unsafe { libc::getgroups(0, std::ptr::null_mut()) };
    if count <= 0 {
        return Vec::new();
    }
    let mut gids = vec![0 as libc::gid_t; count as usize];
    // SAFETY: `gids` holds `count` entries.
    let got = unsafe { libc::getgroups(count, gids.as_mut_ptr()) };
    gids.truncate(got.max(0) as usize);
    gids
}

/// The name in the first field of the `/etc/passwd` or `/etc/group` line whose third field is `id`.
fn name_of(file: &str, id: u32) -> Option<String> {
    file.lines().find_map(|line| {
        let fields: Vec<&str> = line.split(':').collect();
        (fields.len() > 2 && fields[2].parse() == Ok(id)).then(|| fields[0].to_string())
    })
}

/// The user's name and primary group from `/etc/passwd`.
fn user_entry(passwd: &str, uid: u32) -> Option<(String, u32)> {
    passwd.lines().find_map(|line| {
        let fields: Vec<&str> = line.split(':').collect();
        if fields.len() > 3 && fields[2].parse() == Ok(uid) {
            Some((fields[0].to_string(), fields[3].parse().ok()?))
        } else {
            None
        }
    })
}

/// The groups `/etc/group` lists `user` in, with the primary group.
fn listed_groups(group_file: &str, user: &str, primary: u32) -> Vec<u32> {
    let mut gids = vec![primary];
    for line in group_file.lines() {
        let fields: Vec<&str> = line.split(':').collect();
        if fields.len() > 3
            && fields[3].split(',').any(|m| m.trim() == user)
            && let Ok(gid) = fields[2].parse()
        {
            gids.push(gid);
        }
    }
    gids
}

#[cfg(test)]
mod tests {
    use super::*;

    const DIALOUT: u32 = 20;

    fn ttyusb(mode: u32) -> PortFacts {
        PortFacts { owner_uid: 0, owner: Some("root".into()), group_gid: DIALOUT, group: Some("dialout".into()), mode }
    }

    fn english() -> FluentLanguageLoader {
        crate::i18n::loader_for(crate::i18n::Language::English.into())
    }

    fn user(process: &[u32], listed: &[u32]) -> UserFacts {
        UserFacts { uid: 1000, process_gids: process.to_vec(), listed_gids: listed.to_vec() }
    }

    #[test]
    fn a_member_of_the_ports_group_may_open_it() {
        assert_eq!(decide(&ttyusb(0o660), &user(&[1000, DIALOUT], &[1000, DIALOUT])), None);
    }

    #[test]
    fn not_in_the_group_says_how_to_join() {
        let denial = decide(&ttyusb(0o660), &user(&[1000], &[1000])).unwrap();
        assert_eq!(denial, Denial::NotInGroup { group: "dialout".into() });
        let text = denial.text(&english(), "/dev/ttyUSB0");
        assert!(text.contains("the group 'dialout' and you are not in it"), "{text}");
        assert!(text.contains("`sudo usermod -aG dialout $USER`, then log out and in"), "{text}");
        assert!(text.contains("install the ForceTrack package"), "{text}");
    }

    #[test]
    fn added_after_logging_in_says_log_out_and_in() {
        let denial = decide(&ttyusb(0o660), &user(&[1000], &[1000, DIALOUT])).unwrap();
        assert_eq!(denial, Denial::AddedAfterLogin { group: "dialout".into() });
        assert!(denial.text(&english(), "/dev/ttyACM0").contains("you were added after logging in: log out and in"));
    }

    #[test]
    fn owner_only_ports_point_to_the_package() {
        let denial = decide(&ttyusb(0o600), &user(&[1000, DIALOUT], &[1000, DIALOUT])).unwrap();
        assert_eq!(denial, Denial::OwnerOnly { owner: "root".into(), mode: 0o600 });
        assert!(denial.text(&english(), "/dev/ttyUSB0").contains("install the ForceTrack package"));
        // A group that may only read is no way in either.
        assert!(matches!(decide(&ttyusb(0o640), &user(&[DIALOUT], &[DIALOUT])), Some(Denial::OwnerOnly { .. })));
    }

    #[test]
    fn owners_everyone_and_the_superuser_may_open() {
        let mine = PortFacts { owner_uid: 1000, ..ttyusb(0o600) };
        assert_eq!(decide(&mine, &user(&[1000], &[1000])), None);
        assert_eq!(decide(&ttyusb(0o666), &user(&[1000], &[1000])), None);
        let root = UserFacts { uid: 0, ..user(&[0], &[0]) };
        assert_eq!(decide(&ttyusb(0o000), &root), None);
        // An owner without write permission may not.
        let read_only = PortFacts { owner_uid: 1000, ..ttyusb(0o400) };
        assert!(decide(&read_only, &user(&[1000], &[1000])).is_some());
    }

    #[test]
    fn unnamed_groups_are_said_by_number() {
        let port = PortFacts { group: None, ..ttyusb(0o660) };
        assert_eq!(decide(&port, &user(&[1000], &[1000])), Some(Denial::NotInGroup { group: "20".into() }));
    }

    #[test]
    fn group_files_are_read_for_names_and_members() {
        let group = "root:x:0:\ndialout:x:20:ana,jo\nplugdev:x:46:jo\nbroken line\nusers:x:100:\n";
        assert_eq!(name_of(group, 20).as_deref(), Some("dialout"));
        assert_eq!(name_of(group, 7), None);
        assert_eq!(listed_groups(group, "jo", 1000), [1000, 20, 46]);
        assert_eq!(listed_groups(group, "an", 1000), [1000]);
        let passwd = "root:x:0:0:root:/root:/bin/bash\njo:x:1000:1000:Jo:/home/jo:/bin/bash\n";
        assert_eq!(user_entry(passwd, 1000), Some(("jo".into(), 1000)));
        assert_eq!(user_entry(passwd, 5), None);
    }

    /// The path through: a real file with mode 000 (as a port whose only way in is its owner), its
    /// facts read from the file system and the words for a user who is not its owner.
    #[cfg(unix)]
    #[test]
    fn a_file_with_mode_000_reads_as_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ttyUSB9");
        std::fs::write(&path, b"").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
        let facts = port_facts(&path).unwrap();
        assert_eq!(facts.mode, 0);
        let stranger = UserFacts { uid: facts.owner_uid + 1, process_gids: vec![], listed_gids: vec![] };
        let text = permission_denied(&english(), "/dev/ttyUSB9", Some(&facts), &stranger);
        assert!(text.contains("only its owner"), "{text}");
        assert!(text.contains("mode 0000"), "{text}");
        // Made group-writable, the group's name is read from the system.
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o660)).unwrap();
        let facts = port_facts(&path).unwrap();
        let text = permission_denied(&english(), "/dev/ttyUSB9", Some(&facts), &stranger);
        let group = facts.group.clone().unwrap_or_else(|| facts.group_gid.to_string());
        assert!(text.contains(&format!("`sudo usermod -aG {group} $USER`")), "{text}");
    }

    /// A port another program holds (a pty opened exclusively) is called busy, not an OS error.
    #[cfg(target_os = "linux")]
    #[test]
    fn a_port_held_by_another_opener_is_busy() {
        let (_master, pair_slave) = serialport::TTYPort::pair().unwrap();
        let slave = serialport::SerialPort::name(&pair_slave).unwrap();
        drop(pair_slave);
        let first = serialport::new(&slave, 9600).open().unwrap();
        let Err(error) = serialport::new(&slave, 9600).open() else { panic!("the second open succeeded") };
        let text = open_failure(&english(), &slave, &error);
        assert!(text.starts_with(&format!("{slave} is busy: another program holds the port")), "{text}");
        drop(first);
        let Err(gone) = serialport::new("/dev/ttyFORCETRACK-none", 9600).open() else {
            panic!("opened a missing port")
        };
        assert!(open_failure(&english(), "/dev/ttyFORCETRACK-none", &gone).contains("is not there"));
    }
}
