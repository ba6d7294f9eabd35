//! Fonts for names in any script, shared by the screen (`app::fonts`) and the PDF report.
//!
//! The bundled fonts (egui's Ubuntu Light and its symbol and emoji fonts) cover Latin, Greek,
//! Cyrillic and the program's symbols. For the other scripts a name may be written in, this
//! computer's fonts are searched once per process ([`SystemFonts::shared`]): known files of the
//! Noto, Droid and DejaVu families in the usual font folders, then what fontconfig lists (when
//! `fc-list` is installed); a face is used for a script only when it has the script's sample
//! letters. Tests pass their own files ([`SystemFonts::from_files`]) so that what they draw does
//! not depend on the machine.
//!
//! The report draws with a [`Chain`]: the bundled fonts, in the screen's order, then the faces
//! found. A line is cut into [`Piece`]s, each drawn in the first font that has all its glyphs
//! (a character's combining marks, joiners and selectors stay with it), right-to-left runs put
//! in visual order with `unicode-bidi` and shaped right to left. The layout measures with the
//! same pieces, so wrapping and right alignment match what is drawn. A character no font has is
//! an error ([`Chain::pieces`]), never a box.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use rustybuzz::ttf_parser;

/// Shared bytes of a font file (the type egui and krilla both take).
pub type Blob = Arc<dyn AsRef<[u8]> + Send + Sync>;

/// A script the bundled fonts lack: letters a font for it must have, the files known to have
/// it (best first) and its language for fontconfig.
#[derive(Debug)]
pub struct Script {
    pub name: &'static str,
    /// A face is used for the script only when it has every one of these.
    pub samples: &'static str,
    files: &'static [&'static str],
    lang: &'static str,
}

/// The faces of the Noto CJK collections, one per region: which one draws Han characters is
/// chosen by the language of the computer (the shapes differ a little), else the first here.
const CJK_REGIONS: [&str; 5] = ["SC", "JP", "TC", "HK", "KR"];

const CJK_FILES: &[&str] = &[
    "NotoSansCJK-Regular.ttc",
    "NotoSansCJKsc-Regular.otf",
    "NotoSansCJKjp-Regular.otf",
    "NotoSansCJKtc-Regular.otf",
    "NotoSansCJKkr-Regular.otf",
    "NotoSansSC-Regular.otf",
    "NotoSansJP-Regular.otf",
    "NotoSansKR-Regular.otf",
    "SourceHanSans-Regular.ttc",
    "SourceHanSansSC-Regular.otf",
    "DroidSansFallbackFull.ttf",
    "DroidSansFallback.ttf",
    "wqy-microhei.ttc",
    "wqy-zenhei.ttc",
];

/// The scripts looked for, in the order their faces follow the bundled fonts. The samples are
/// written as escapes, the letters in a comment above: they are probes, not text the program
/// shows (whose every character must be in the bundled fonts, a test of `app::theme` says).
pub const SCRIPTS: &[Script] = &[
    Script {
        name: "Vietnamese",
        // ễệằỹ
        samples: "\u{1EC5}\u{1EC7}\u{1EB1}\u{1EF9}",
        files: &["NotoSans-Regular.ttf", "DejaVuSans.ttf", "LiberationSans-Regular.ttf"],
        lang: "vi",
    },
    // 李小龙山田太郎のカ
    Script {
        name: "Chinese and Japanese",
        samples: "\u{674E}\u{5C0F}\u{9F99}\u{5C71}\u{7530}\u{592A}\u{90CE}\u{306E}\u{30AB}",
        files: CJK_FILES,
        lang: "zh-cn",
    },
    // 김민준한
    Script { name: "Korean", samples: "\u{AE40}\u{BBFC}\u{C900}\u{D55C}", files: CJK_FILES, lang: "ko" },
    Script {
        name: "Arabic",
        // محمدعلي
        samples: "\u{645}\u{62D}\u{645}\u{62F}\u{639}\u{644}\u{64A}",
        files: &[
            "NotoSansArabic-Regular.ttf",
            "NotoSansArabicUI-Regular.ttf",
            "NotoNaskhArabic-Regular.ttf",
            "NotoNaskhArabicUI-Regular.ttf",
            "DejaVuSans.ttf",
        ],
        lang: "ar",
    },
    // שרהכן
    Script {
        name: "Hebrew",
        samples: "\u{5E9}\u{5E8}\u{5D4}\u{5DB}\u{5DF}",
        files: &["NotoSansHebrew-Regular.ttf", "DejaVuSans.ttf"],
        lang: "he",
    },
    Script {
        name: "Devanagari",
        // राहुल
        samples: "\u{930}\u{93E}\u{939}\u{941}\u{932}",
        files: &["NotoSansDevanagari-Regular.ttf", "Lohit-Devanagari.ttf"],
        lang: "hi",
    },
    // রহিম
    Script {
        name: "Bengali",
        samples: "\u{9B0}\u{9B9}\u{9BF}\u{9AE}",
        files: &["NotoSansBengali-Regular.ttf", "Lohit-Bengali.ttf"],
        lang: "bn",
    },
    // முருகன்
    Script {
        name: "Tamil",
        samples: "\u{BAE}\u{BC1}\u{BB0}\u{BC1}\u{B95}\u{BA9}\u{BCD}",
        files: &["NotoSansTamil-Regular.ttf", "Lohit-Tamil.ttf"],
        lang: "ta",
    },
    // สมชาย
    Script {
        name: "Thai",
        samples: "\u{E2A}\u{E21}\u{E0A}\u{E32}\u{E22}",
        files: &["NotoSansThai-Regular.ttf", "Garuda.ttf"],
        lang: "th",
    },
    Script {
        name: "Georgian",
        // გიორგი
        samples: "\u{10D2}\u{10D8}\u{10DD}\u{10E0}\u{10D2}\u{10D8}",
        files: &["NotoSansGeorgian-Regular.ttf", "DejaVuSans.ttf"],
        lang: "ka",
    },
    // Արամ
    Script {
        name: "Armenian",
        samples: "\u{531}\u{580}\u{561}\u{574}",
        files: &["NotoSansArmenian-Regular.ttf", "DejaVuSans.ttf"],
        lang: "hy",
    },
    Script {
        name: "Ethiopic",
        // አበበ
        samples: "\u{12A0}\u{1260}\u{1260}",
        files: &["NotoSansEthiopic-Regular.ttf", "Abyssinica_SIL.ttf"],
        lang: "am",
    },
];

/// One face of a font file on this computer, and the scripts it is used for.
#[derive(Clone)]
pub struct FoundFace {
    pub path: PathBuf,
    /// The face's index in its file (a collection holds several).
    pub index: u32,
    /// The face's family name ("Noto Sans CJK SC").
    pub family: String,
    pub data: Blob,
    pub scripts: Vec<&'static str>,
}

impl std::fmt::Debug for FoundFace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({}#{}) for {}", self.family, self.path.display(), self.index, self.scripts.join(", "))
    }
}

/// The faces found for the scripts of [`SCRIPTS`], and the scripts none was found for.
#[derive(Clone, Debug, Default)]
pub struct SystemFonts {
    /// In the order of [`SCRIPTS`]; a face that serves several scripts once.
    pub faces: Vec<FoundFace>,
    /// The names of the scripts no face was found for.
    pub missing: Vec<&'static str>,
}

impl SystemFonts {
    /// The faces of this computer, found once per process.
    pub fn shared() -> &'static SystemFonts {
        static FOUND: OnceLock<SystemFonts> = OnceLock::new();
        FOUND.get_or_init(SystemFonts::find)
    }

    /// Searches this computer's font folders for the known files, then asks fontconfig (when
    /// installed) for the scripts still without one.
    pub fn find() -> SystemFonts {
        let files = font_files(&font_dirs());
        let mut reader = Reader::new(&locale_regions());
        let mut chosen: Vec<Option<(PathBuf, u32)>> = SCRIPTS
            .iter()
            .map(|script| {
                script.files.iter().filter_map(|name| files.get(*name)).find_map(|path| reader.face_for(script, path))
            })
            .collect();
        if chosen.iter().any(Option::is_none) {
            let listed = fontconfig_list();
            for (script, choice) in SCRIPTS.iter().zip(&mut chosen).filter(|(_, c)| c.is_none()) {
                *choice = fontconfig_candidates(&listed, script.lang)
                    .into_iter()
                    .find_map(|(path, index)| reader.face_at(script, &path, index));
            }
        }
        reader.collect(chosen)
    }

    /// The faces of `files` (in the order given, a file's first face with a script's samples
    /// chosen for it), for fonts that do not depend on the machine. A file that cannot be read
    /// or is no font is an error.
    pub fn from_files(files: &[impl AsRef<Path>]) -> Result<SystemFonts, String> {
        let mut reader = Reader::new(&[]);
        for file in files {
            let path = file.as_ref();
            let data = reader.read(path).ok_or_else(|| format!("{} cannot be read as a font", path.display()))?;
            if faces_in(data.as_ref().as_ref()).is_empty() {
                return Err(format!("{} is not a font", path.display()));
            }
        }
        let chosen =
            SCRIPTS.iter().map(|script| files.iter().find_map(|f| reader.face_for(script, f.as_ref()))).collect();
        Ok(reader.collect(chosen))
    }

    /// A line for the log: the scripts without a font, or `None` when every one has a face.
    pub fn missing_line(&self) -> Option<String> {
        (!self.missing.is_empty()).then(|| {
            format!(
                "fonts: none on this computer for {}: names in these scripts show as boxes and a report \
                 holding one is refused (install fonts-noto-core and fonts-noto-cjk)",
                self.missing.join(", ")
            )
        })
    }
}

/// The folders fonts are installed in: the user's first.
fn font_dirs() -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    if let Some(data) = std::env::var_os("XDG_DATA_HOME").filter(|d| !d.is_empty()) {
        dirs.push(PathBuf::from(data).join("fonts"));
    }
    if let Some(home) = std::env::var_os("HOME").filter(|h| !h.is_empty()) {
        let home = PathBuf::from(home);
        dirs.push(home.join(".local/share/fonts"));
        dirs.push(home.join(".fonts"));
    }
    dirs.push(PathBuf::from("/usr/local/share/fonts"));
    dirs.push(PathBuf::from("/usr/share/fonts"));
    dirs
}

/// Every file under `dirs` by its name, the first found of a name kept (folders followed to a
/// depth of 8, so a loop of links ends).
fn font_files(dirs: &[PathBuf]) -> HashMap<String, PathBuf> {
    fn walk(dir: &Path, depth: usize, out: &mut HashMap<String, PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        let mut entries: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                if depth < 8 {
                    walk(&path, depth + 1, out);
                }
            } else if let Some(name) = path.file_name().and_then(|n| n.to_str()) {
                out.entry(name.to_string()).or_insert(path);
            }
        }
    }
    let mut out = HashMap::new();
    for dir in dirs {
        walk(dir, 0, &mut out);
    }
    out
}

/// What fontconfig lists (file, index, languages), or nothing when `fc-list` is not installed.
fn fontconfig_list() -> String {
    std::process::Command::new("fc-list")
        .args(["--format", "%{file}\t%{index}\t%{lang}\n"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default()
}

/// The faces fontconfig says cover `lang`: plain regular sans faces first (not bold, italic,
/// condensed or monospaced), then by path.
fn fontconfig_candidates(listed: &str, lang: &str) -> Vec<(PathBuf, u32)> {
    let mut found: Vec<(PathBuf, u32)> = listed
        .lines()
        .filter_map(|line| {
            let mut parts = line.split('\t');
            let (file, index, langs) = (parts.next()?, parts.next()?, parts.next()?);
            langs.split('|').any(|l| l == lang).then(|| (PathBuf::from(file), index.parse().unwrap_or(0)))
        })
        .collect();
    let rank = |p: &Path| {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let styled = ["Bold", "Italic", "Oblique", "Light", "Thin", "Black", "Condensed", "Mono"]
            .iter()
            .any(|style| name.contains(style));
        (styled, !name.contains("Regular"), !name.contains("Sans"), p.to_path_buf())
    };
    found.sort_by_key(|(p, i)| (rank(p), *i));
    found.dedup();
    found
}

/// The CJK regions in the order the computer's language prefers them.
fn locale_regions() -> Vec<&'static str> {
    let locale = sys_locale::get_locale().unwrap_or_default().to_ascii_lowercase().replace('_', "-");
    let first = if locale.starts_with("ja") {
        Some("JP")
    } else if locale.starts_with("ko") {
        Some("KR")
    } else if locale.starts_with("zh-hk") || locale.starts_with("zh-mo") {
        Some("HK")
    } else if locale.starts_with("zh-tw") || locale.contains("hant") {
        Some("TC")
    } else if locale.starts_with("zh") {
        Some("SC")
    } else {
        None
    };
    first.into_iter().collect()
}

/// The indices of the faces in a font file (one for a plain font, several for a collection).
fn faces_in(data: &[u8]) -> Vec<u32> {
    let count = ttf_parser::fonts_in_collection(data).unwrap_or(1);
    (0..count).filter(|&i| ttf_parser::Face::parse(data, i).is_ok()).collect()
}

/// A face's family name.
fn family_name(face: &ttf_parser::Face<'_>) -> Option<String> {
    let names = face.names();
    let of = |id: u16| names.into_iter().filter(|n| n.name_id == id).find_map(|n| n.to_string());
    of(ttf_parser::name_id::TYPOGRAPHIC_FAMILY).or_else(|| of(ttf_parser::name_id::FAMILY))
}

/// Font files read once each, and the faces chosen from them.
struct Reader {
    read: HashMap<PathBuf, Option<Blob>>,
    regions: Vec<&'static str>,
}

impl Reader {
    fn new(preferred: &[&'static str]) -> Reader {
        let mut regions = preferred.to_vec();
        regions.extend(CJK_REGIONS.iter().filter(|r| !preferred.contains(r)));
        Reader { read: HashMap::new(), regions }
    }

    fn read(&mut self, path: &Path) -> Option<Blob> {
        self.read
            .entry(path.to_path_buf())
            .or_insert_with(|| std::fs::read(path).ok().map(|bytes| Arc::new(bytes) as Blob))
            .clone()
    }

    /// The face of `path` to use for `script`: of those with every sample, the one of the
    /// preferred region, else the first.
    fn face_for(&mut self, script: &Script, path: &Path) -> Option<(PathBuf, u32)> {
        let data = self.read(path)?;
        let data: &[u8] = data.as_ref().as_ref();
        let fit: Vec<(u32, String)> = faces_in(data)
            .into_iter()
            .filter_map(|i| {
                let face = ttf_parser::Face::parse(data, i).ok()?;
                script
                    .samples
                    .chars()
                    .all(|c| face.glyph_index(c).is_some())
                    .then(|| (i, family_name(&face).unwrap_or_default()))
            })
            .collect();
        let region = |name: &str| {
            let last = name.rsplit(' ').next().unwrap_or("");
            self.regions.iter().position(|r| *r == last).unwrap_or(usize::MAX)
        };
        let best = fit.iter().min_by_key(|(i, name)| (region(name), *i))?;
        Some((path.to_path_buf(), best.0))
    }

    /// Face `index` of `path`, if it has every sample of `script`.
    fn face_at(&mut self, script: &Script, path: &Path, index: u32) -> Option<(PathBuf, u32)> {
        let data = self.read(path)?;
        let face = ttf_parser::Face::parse(data.as_ref().as_ref(), index).ok()?;
        script.samples.chars().all(|c| face.glyph_index(c).is_some()).then(|| (path.to_path_buf(), index))
    }

    /// The chosen faces (one per script of [`SCRIPTS`], in order), each once.
    fn collect(mut self, chosen: Vec<Option<(PathBuf, u32)>>) -> SystemFonts {
        let mut found = SystemFonts::default();
        for (script, choice) in SCRIPTS.iter().zip(chosen) {
            let Some((path, index)) = choice else {
                found.missing.push(script.name);
                continue;
            };
            if let Some(face) = found.faces.iter_mut().find(|f| f.path == path && f.index == index) {
                face.scripts.push(script.name);
                continue;
            }
            let Some(data) = self.read(&path) else { continue };
            let family = ttf_parser::Face::parse(data.as_ref().as_ref(), index)
                .ok()
                .and_then(|f| family_name(&f))
                .unwrap_or_else(|| path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default());
            found.faces.push(FoundFace { path, index, family, data, scripts: vec![script.name] });
        }
        found
    }
}

mod chain;
#[cfg(test)]
use chain::clusters;
pub use chain::{BUNDLED, Chain, ChainFace, Piece};

#[cfg(test)]
#[path = "fonts_tests.rs"]
mod tests;
