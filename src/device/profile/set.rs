//! The shipped profiles and a user's folder of profiles.

use std::path::{Path, PathBuf};

use super::{Profile, ProfileError};

/// The profiles shipped in `devices/`, compiled into the program.
pub const SHIPPED: [(&str, &str); 14] = [
    ("mark10.toml", include_str!("../../../devices/mark10.toml")),
    ("mark10_series4.toml", include_str!("../../../devices/mark10_series4.toml")),
    ("chronojump_force_sensor.toml", include_str!("../../../devices/chronojump_force_sensor.toml")),
    ("chronojump_force_platform.toml", include_str!("../../../devices/chronojump_force_platform.toml")),
    ("openscale.toml", include_str!("../../../devices/openscale.toml")),
    ("loadstar_di1000u.toml", include_str!("../../../devices/loadstar_di1000u.toml")),
    ("imada_dst.toml", include_str!("../../../devices/imada_dst.toml")),
    ("nextech_dfs.toml", include_str!("../../../devices/nextech_dfs.toml")),
    ("generic_1ch.toml", include_str!("../../../devices/generic_1ch.toml")),
    ("generic_2ch.toml", include_str!("../../../devices/generic_2ch.toml")),
    ("dual_force_plate.toml", include_str!("../../../devices/dual_force_plate.toml")),
    ("demo_dynamometer.toml", include_str!("../../../devices/demo_dynamometer.toml")),
    ("demo_nordic_rig.toml", include_str!("../../../devices/demo_nordic_rig.toml")),
    ("demo_force_plate.toml", include_str!("../../../devices/demo_force_plate.toml")),
];

/// A profile file not used because another with the same id is, and why. Shown (`Display`) in
/// the app's language, as are its parts; the command line, which never changes it, reads English.
#[derive(Debug, Clone, PartialEq)]
pub struct Shadowed {
    pub id: String,
    /// Where the profile in use comes from.
    pub used: Origin,
    /// Where the profile left out comes from.
    pub unused: Origin,
    pub why: ShadowReason,
}

impl std::fmt::Display for Shadowed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::fl!(
            "port-info-profile-shadowed",
            id = self.id.as_str(),
            used = self.used.to_string(),
            unused = self.unused.to_string(),
            why = self.why.to_string()
        ))
    }
}

/// Where a profile comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum Origin {
    /// One of the shipped profiles: its id and its (English) name.
    BuiltIn { id: String, name: String },
    /// A file of a devices folder.
    File(PathBuf),
}

impl Origin {
    fn of(p: &Profile) -> Origin {
        match &p.source {
            Some(path) if !is_built_in(p) => Origin::File(path.clone()),
            _ => Origin::BuiltIn { id: p.id.clone(), name: p.name.clone() },
        }
    }
}

/// In words: a file's path, or "the built-in profile '…'" with its name in the app's language.
impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Origin::File(path) => write!(f, "{}", path.display()),
            Origin::BuiltIn { id, name } => {
                let loader = crate::i18n::loader();
                let name = crate::i18n::data_text(loader, &crate::i18n::data_id("profile", id, "name"), name);
                f.write_str(&crate::fl!("port-info-built-in-profile", name = name))
            }
        }
    }
}

/// Why a profile was left out for another with its id.
#[derive(Debug, Clone, PartialEq)]
pub enum ShadowReason {
    /// The demo buttons run the built-in demo profiles whatever a folder holds.
    Demo,
    /// A folder's profile replaces a built-in one.
    ReplacesBuiltIn,
    /// Two files in one folder: the last by file name is used.
    SameFolder,
    /// The folder of the profile used is read after the other's.
    ReadAfter { later: PathBuf, earlier: PathBuf },
}

/// In words, in the app's language.
impl std::fmt::Display for ShadowReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            ShadowReason::Demo => crate::fl!("port-info-shadowed-demo"),
            ShadowReason::ReplacesBuiltIn => crate::fl!("port-info-shadowed-replaces-built-in"),
            ShadowReason::SameFolder => crate::fl!("port-info-shadowed-same-folder"),
            ShadowReason::ReadAfter { later, earlier } => crate::fl!(
                "port-info-shadowed-read-after",
                later = later.display().to_string(),
                earlier = earlier.display().to_string()
            ),
        })
    }
}

/// Whether a profile is one of the shipped ones (read from the text compiled in).
fn is_built_in(p: &Profile) -> bool {
    p.is_built_in()
}

/// Every profile that loaded, the files that did not, and those left out for another with the
/// same id.
#[derive(Debug, Clone, Default)]
pub struct ProfileSet {
    pub profiles: Vec<Profile>,
    pub errors: Vec<ProfileError>,
    pub shadowed: Vec<Shadowed>,
}

impl ProfileSet {
    /// The shipped profiles plus every `*.toml` in `user_dir` (a user profile with the same id
    /// as a shipped one replaces it). A broken file is listed in `errors`; the others load.
    pub fn load(user_dir: Option<&Path>) -> ProfileSet {
        ProfileSet::load_folders(&user_dir.into_iter().collect::<Vec<_>>())
    }

    /// The shipped profiles, then every `*.toml` of each folder in turn, each folder's files in
    /// the order of their names. A profile replaces one loaded before it with the same id (a
    /// folder's replaces a built-in one; of two in one folder, the last by file name is used; a
    /// later folder's replaces an earlier one's), and the one left out is listed in `shadowed`
    /// with the reason. A folder given twice is read once.
    pub fn load_folders(folders: &[&Path]) -> ProfileSet {
        let mut set = ProfileSet::default();
        for (name, text) in SHIPPED {
            match Profile::parse(text, &format!("devices/{name}")) {
                Ok(p) => set.profiles.push(p),
                Err(e) => set.errors.push(e),
            }
        }
        let mut read: Vec<PathBuf> = Vec::new();
        for dir in folders {
            let canonical = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
            if read.contains(&canonical) {
                continue;
            }
            read.push(canonical);
            let Ok(entries) = std::fs::read_dir(dir) else { continue };
            let mut paths: Vec<PathBuf> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("toml")))
                .collect();
            paths.sort();
            for path in paths {
                match Profile::load(&path) {
                    Ok(p) => set.add(p),
                    Err(e) => set.errors.push(e),
                }
            }
        }
        set
    }

    /// Adds a profile read from a file; one with the same id is replaced and listed as
    /// shadowed, with why.
    fn add(&mut self, p: Profile) {
        if let Some(demo) = self.profiles.iter().find(|q| q.id == p.id && q.demo && is_built_in(q)) {
            // The demo buttons run the built-in demo profiles whatever a folder holds.
            let why = ShadowReason::Demo;
            self.shadowed.push(Shadowed { id: p.id.clone(), used: Origin::of(demo), unused: Origin::of(&p), why });
            return;
        }
        if let Some(i) = self.profiles.iter().position(|q| q.id == p.id) {
            let old = self.profiles.remove(i);
            let folder = |q: &Profile| q.source.as_ref().and_then(|s| s.parent()).map(Path::to_path_buf);
            let why = match (is_built_in(&old), folder(&old) == folder(&p)) {
                (true, _) => ShadowReason::ReplacesBuiltIn,
                (false, true) => ShadowReason::SameFolder,
                (false, false) => ShadowReason::ReadAfter {
                    later: folder(&p).unwrap_or_default(),
                    earlier: folder(&old).unwrap_or_default(),
                },
            };
            self.shadowed.push(Shadowed { id: p.id.clone(), used: Origin::of(&p), unused: Origin::of(&old), why });
            // A profile shadowed earlier by the one now replaced is shadowed by this one.
            for s in self.shadowed.iter_mut().filter(|s| s.id == p.id) {
                s.used = Origin::of(&p);
            }
        }
        self.profiles.push(p);
    }

    pub fn get(&self, id: &str) -> Option<&Profile> {
        self.profiles.iter().find(|p| p.id == id)
    }

    /// What a user should know about which profile is used: every profile shadowed by another
    /// with its id, and every USB id that more than one profile claims (a port with it offers
    /// the first listed). In the app's language (English for the command line, which never
    /// changes it).
    pub fn notices(&self) -> Vec<String> {
        let mut out: Vec<String> = self.shadowed.iter().map(ToString::to_string).collect();
        for p in &self.profiles {
            for id in p.hints.iter().filter_map(|h| h.profile.as_ref()) {
                if self.get(id).is_none() {
                    out.push(crate::fl!("port-info-hint-profile-missing", id = p.id.as_str(), profile = id.as_str()));
                }
            }
        }
        let mut seen: Vec<(u16, u16)> = Vec::new();
        for p in &self.profiles {
            for u in &p.usb {
                if seen.contains(&(u.vid, u.pid)) {
                    continue;
                }
                seen.push((u.vid, u.pid));
                let claims = crate::device::ports::matching_profiles(u.vid, u.pid, &self.profiles);
                if claims.len() > 1 {
                    let listed = claims
                        .iter()
                        .map(|c| format!("'{c}'"))
                        .reduce(|list, next| crate::fl!("port-info-and", list = list, next = next))
                        .unwrap_or_default();
                    out.push(crate::fl!(
                        "port-info-usb-id-claimed",
                        usb = format!("{:04x}:{:04x}", u.vid, u.pid),
                        profiles = listed,
                        first = claims[0].as_str()
                    ));
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped(name: &str) -> &'static str {
        SHIPPED.iter().find(|(n, _)| *n == name).unwrap().1
    }

    /// The generic board's profile under another id and name.
    fn board(id: &str, name: &str) -> String {
        shipped("generic_1ch.toml")
            .replace("id = \"generic_1ch\"", &format!("id = \"{id}\""))
            .replace("name = \"Generic 1-channel CSV stream (time_us,force)\"", &format!("name = \"{name}\""))
    }

    #[test]
    fn of_two_files_with_one_id_the_last_by_name_is_used_and_the_other_is_named() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a_board.toml"), board("my_board", "first")).unwrap();
        std::fs::write(dir.path().join("b_board.toml"), board("my_board", "second")).unwrap();
        std::fs::write(dir.path().join("c_board.toml"), board("my_board", "third")).unwrap();
        let set = ProfileSet::load(Some(dir.path()));
        assert_eq!(set.get("my_board").unwrap().name, "third");
        assert_eq!(set.profiles.iter().filter(|p| p.id == "my_board").count(), 1);
        assert_eq!(set.shadowed.len(), 2);
        for (s, unused) in set.shadowed.iter().zip(["a_board.toml", "b_board.toml"]) {
            assert!(s.used.to_string().ends_with("c_board.toml"), "{s}");
            assert!(s.unused.to_string().ends_with(unused), "{s}");
            assert!(s.why.to_string().contains("the last by file name is used"), "{s}");
        }
    }

    #[test]
    fn a_clinic_profile_with_a_built_in_id_replaces_it_and_says_so() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("mine.toml"), board("generic_1ch", "Our board")).unwrap();
        let set = ProfileSet::load(Some(dir.path()));
        assert_eq!(set.get("generic_1ch").unwrap().name, "Our board");
        let [s] = set.shadowed.as_slice() else { panic!("{:?}", set.shadowed) };
        assert_eq!(
            s.to_string(),
            format!(
                "profile 'generic_1ch': {} is used, not the built-in profile 'Generic 1-channel CSV stream \
                 (time_us,force)' (a profile in a devices folder replaces the built-in one with its id)",
                dir.path().join("mine.toml").display()
            )
        );
        assert_eq!(set.notices(), vec![s.to_string()]);
    }

    #[test]
    fn a_later_folder_replaces_an_earlier_one_and_a_folder_given_twice_is_read_once() {
        let (clinic, extra) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        std::fs::write(clinic.path().join("board.toml"), board("my_board", "clinic")).unwrap();
        std::fs::write(extra.path().join("board.toml"), board("my_board", "extra")).unwrap();
        let set = ProfileSet::load_folders(&[clinic.path(), extra.path()]);
        assert_eq!(set.get("my_board").unwrap().name, "extra");
        let [s] = set.shadowed.as_slice() else { panic!("{:?}", set.shadowed) };
        assert!(s.why.to_string().contains("is read after"), "{s}");
        let once = ProfileSet::load_folders(&[clinic.path(), clinic.path()]);
        assert!(once.shadowed.is_empty(), "{:?}", once.shadowed);
        assert!(ProfileSet::load(None).notices().is_empty(), "the shipped profiles do not collide");
    }

    #[test]
    fn a_demo_profile_stays_built_in_and_a_hint_to_a_missing_profile_is_said() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("demo.TOML"), board("demo_dynamometer", "Not a demo")).unwrap();
        let hint = "\n[[hint]]\ncode = \"10\"\ntext = \"another model\"\nprofile = \"no_such\"\n";
        std::fs::write(dir.path().join("hinted.toml"), board("hinted", "Hinted") + hint).unwrap();
        let set = ProfileSet::load(Some(dir.path()));
        assert!(set.get("demo_dynamometer").unwrap().demo, "the demo buttons' profile is the one listed");
        let notices = set.notices();
        assert!(
            notices[0].starts_with("profile 'demo_dynamometer': the built-in profile 'Demo dynamometer' is used, not ")
                && notices[0]
                    .ends_with("(the demo devices always use their built-in profiles: give this one another id)"),
            "{notices:?}"
        );
        assert_eq!(notices[1], "profile 'hinted': a hint names the profile 'no_such', which is not loaded");
    }

    #[test]
    fn a_usb_id_two_profiles_claim_is_said_with_the_one_offered_first() {
        let dir = tempfile::tempdir().unwrap();
        let openscale_usb = "[[usb]]\nvid = \"0x0403\"\npid = \"0x6015\"\n\n[parse]";
        let text = board("my_scale", "Our scale").replacen("[parse]", openscale_usb, 1);
        std::fs::write(dir.path().join("scale.toml"), text).unwrap();
        let set = ProfileSet::load(Some(dir.path()));
        let notices = set.notices();
        assert_eq!(notices.len(), 1, "{notices:?}");
        assert!(
            notices[0].starts_with(
                "USB id 0403:6015 is claimed by 'openscale' and 'my_scale': a port with it offers 'openscale' first"
            ),
            "{}",
            notices[0]
        );
    }

    #[test]
    fn a_shipped_profile_speaks_the_app_language_and_a_users_file_its_own_words() {
        let english = crate::i18n::loader_for(crate::i18n::Language::English.into());
        let set = ProfileSet::load(None);
        assert_eq!(set.profiles.len(), SHIPPED.len());
        for p in &set.profiles {
            assert!(p.is_built_in(), "{}", p.id);
            for (field, data, shown) in [
                ("name", Some(p.name.clone()), Some(p.shown_name(&english))),
                ("notes", p.notes.clone(), p.shown_notes(&english)),
            ] {
                if data.is_some() {
                    let id = crate::i18n::data_id("profile", &p.id, field);
                    assert!(english.has(&id), "{id}");
                }
                assert_eq!(shown, data, "{} {field}", p.id);
            }
            for (i, h) in p.hints.iter().enumerate() {
                let id = crate::i18n::data_id("profile", &p.id, &format!("hint-{}", i + 1));
                assert!(english.has(&id), "{id}");
                let said = p.hint_for(&english, h.command.as_deref(), &h.code).unwrap();
                assert!(said.starts_with(&h.text), "{said}");
            }
        }
        let mark10 = set.get("mark10").unwrap();
        assert_eq!(
            mark10.hint_for(&english, Some("LIST"), "10").unwrap(),
            "this looks like a Mark-10 Series 4 gauge, which knows only '?' and answers other commands *10: choose \
             the profile 'mark10_series4' instead of 'mark10'"
        );
        let pseudo = crate::i18n::loader_for(crate::i18n::UiLanguage::Pseudo);
        assert_ne!(set.get("demo_dynamometer").unwrap().shown_name(&pseudo), "Demo dynamometer");

        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("mine.toml"), board("generic_1ch", "Our board")).unwrap();
        let set = ProfileSet::load(Some(dir.path()));
        let mine = set.get("generic_1ch").unwrap();
        assert!(!mine.is_built_in());
        assert_eq!(mine.shown_name(&pseudo), "Our board");
        assert_eq!(mine.shown_notes(&pseudo), mine.notes);
    }
}
