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

/// Every profile that loaded, and the files that did not.
#[derive(Debug, Clone, Default)]
pub struct ProfileSet {
    pub profiles: Vec<Profile>,
    pub errors: Vec<ProfileError>,
}

impl ProfileSet {
    /// The shipped profiles plus every `*.toml` in `user_dir` (a user profile with the same id
    /// as a shipped one replaces it). A broken file is listed in `errors`; the others load.
    pub fn load(user_dir: Option<&Path>) -> ProfileSet {
        let mut set = ProfileSet::default();
        for (name, text) in SHIPPED {
            match Profile::parse(text, &format!("devices/{name}")) {
                Ok(p) => set.profiles.push(p),
                Err(e) => set.errors.push(e),
            }
        }
        if let Some(dir) = user_dir
            && let Ok(entries) = std::fs::read_dir(dir)
        {
            let mut paths: Vec<PathBuf> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "toml"))
                .collect();
            paths.sort();
            for path in paths {
                match Profile::load(&path) {
                    Ok(p) => {
                        set.profiles.retain(|q| q.id != p.id);
                        set.profiles.push(p);
                    }
                    Err(e) => set.errors.push(e),
                }
            }
        }
        set
    }

    pub fn get(&self, id: &str) -> Option<&Profile> {
        self.profiles.iter().find(|p| p.id == id)
    }
}
