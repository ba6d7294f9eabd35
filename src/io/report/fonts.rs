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

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use rustybuzz::ttf_parser;
use unicode_general_category::{GeneralCategory as G, get_general_category};

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

/// The bundled fonts, in the order egui draws with them: (name, bytes).
pub const BUNDLED: [(&str, &[u8]); 4] = [
    ("Ubuntu Light", epaint_default_fonts::UBUNTU_LIGHT),
    ("egui icons", epaint_default_fonts::EGUI_ICONS),
    ("Noto Emoji", epaint_default_fonts::NOTO_EMOJI_REGULAR),
    ("emoji icon font", epaint_default_fonts::EMOJI_ICON),
];

/// One font of a [`Chain`].
pub struct ChainFace<'a> {
    pub name: String,
    pub data: Blob,
    pub index: u32,
    face: rustybuzz::Face<'a>,
}

/// A piece of a line drawn in one font and one direction: its bytes in the line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// The font: an index into [`Chain::faces`].
    pub face: usize,
    pub range: Range<usize>,
    pub rtl: bool,
}

/// The fonts the report draws with, in order: the bundled ones, then the faces found.
pub struct Chain<'a> {
    pub faces: Vec<ChainFace<'a>>,
}

impl<'a> Chain<'a> {
    /// The bundled fonts followed by `found`'s faces.
    pub fn new(found: &'a SystemFonts) -> Chain<'a> {
        let bundled = BUNDLED.iter().map(|(name, bytes)| (name.to_string(), Arc::new(*bytes) as Blob, 0, *bytes));
        let system = found.faces.iter().map(|f| (f.family.clone(), f.data.clone(), f.index, (*f.data).as_ref()));
        let faces = bundled
            .chain(system)
            .filter_map(|(name, data, index, bytes)| {
                Some(ChainFace { face: rustybuzz::Face::from_slice(bytes, index)?, name, data, index })
            })
            .collect();
        Chain { faces }
    }

    /// The report's chain: the bundled fonts and this computer's faces.
    pub fn report() -> &'static Chain<'static> {
        static CHAIN: OnceLock<Chain<'static>> = OnceLock::new();
        CHAIN.get_or_init(|| Chain::new(SystemFonts::shared()))
    }

    /// The first font with a glyph for every character of `cluster` that needs one.
    fn covering(&self, cluster: &str) -> Option<usize> {
        self.faces
            .iter()
            .position(|f| cluster.chars().filter(|&c| needs_glyph(c)).all(|c| f.face.glyph_index(c).is_some()))
    }

    /// `text` cut into pieces in visual order (left to right on the page). A character that no
    /// font has is the error.
    pub fn pieces(&self, text: &str) -> Result<Vec<Piece>, char> {
        self.pieces_with(text, true)
    }

    /// As [`Chain::pieces`], with a character no font has in the first font (for measuring).
    fn pieces_with(&self, text: &str, strict: bool) -> Result<Vec<Piece>, char> {
        // Each cluster's font, in logical order.
        let mut fonted: Vec<(Range<usize>, usize)> = Vec::new();
        for cluster in clusters(text) {
            let part = &text[cluster.clone()];
            if let Some(face) = self.covering(part) {
                fonted.push((cluster, face));
                continue;
            }
            // No font has the whole cluster: its characters each in the first font that has
            // them (a mark beside its letter rather than a box), unless one is in none.
            for (at, c) in part.char_indices() {
                let start = cluster.start + at;
                let range = start..start + c.len_utf8();
                let face = if needs_glyph(c) {
                    match self.faces.iter().position(|f| f.face.glyph_index(c).is_some()) {
                        Some(face) => face,
                        None if strict => return Err(c),
                        None => 0,
                    }
                } else {
                    fonted.last().map_or(0, |(_, f)| *f)
                };
                fonted.push((range, face));
            }
        }
        // Runs of one direction in visual order; each run's clusters grouped by font.
        let runs: Vec<(Range<usize>, bool)> = if text.chars().any(is_rtl) {
            let info = unicode_bidi::ParagraphBidiInfo::new(text, Some(unicode_bidi::Level::ltr()));
            let (levels, runs) = info.visual_runs(0..text.len());
            runs.into_iter().map(|r| (r.clone(), levels[r.start].is_rtl())).collect()
        } else {
            vec![(0..text.len(), false)]
        };
        let mut pieces = Vec::new();
        for (run, rtl) in runs {
            let mut run_pieces: Vec<Piece> = Vec::new();
            for (range, face) in fonted.iter().filter(|(r, _)| run.contains(&r.start)) {
                match run_pieces.last_mut() {
                    Some(p) if p.face == *face && p.range.end == range.start => p.range.end = range.end,
                    _ => run_pieces.push(Piece { face: *face, range: range.clone(), rtl }),
                }
            }
            if rtl {
                run_pieces.reverse();
            }
            pieces.extend(run_pieces);
        }
        Ok(pieces)
    }

    /// `piece` of `text` shaped with its font, in its direction (as krilla shapes what it draws).
    pub fn shape(&self, text: &str, piece: &Piece) -> rustybuzz::GlyphBuffer {
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(&text[piece.range.clone()]);
        buffer.guess_segment_properties();
        buffer.set_direction(if piece.rtl {
            rustybuzz::Direction::RightToLeft
        } else {
            rustybuzz::Direction::LeftToRight
        });
        rustybuzz::shape(&self.faces[piece.face].face, &[], buffer)
    }

    /// The width of `piece` at `size` points.
    pub fn piece_width(&self, text: &str, piece: &Piece, size: f32) -> f32 {
        let output = self.shape(text, piece);
        let units: i32 = output.glyph_positions().iter().map(|p| p.x_advance).sum();
        units as f32 / self.faces[piece.face].face.units_per_em() as f32 * size
    }

    /// The width of `text` at `size` points, as the report draws it (a character no font has
    /// measured in the first font: such a line is refused when drawn).
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let pieces = self.pieces_with(text, false).unwrap_or_default();
        pieces.iter().map(|p| self.piece_width(text, p, size)).sum()
    }

    /// The advance of each cluster of `text` at `size` points, in logical order: (its first
    /// byte, its width); a cluster whose glyphs a font merged is one entry.
    pub fn advances(&self, text: &str, size: f32) -> Vec<(usize, f32)> {
        let mut by_cluster: BTreeMap<usize, f32> = BTreeMap::new();
        for piece in self.pieces_with(text, false).unwrap_or_default() {
            let output = self.shape(text, &piece);
            let scale = size / self.faces[piece.face].face.units_per_em() as f32;
            for (info, position) in output.glyph_infos().iter().zip(output.glyph_positions()) {
                *by_cluster.entry(piece.range.start + info.cluster as usize).or_default() +=
                    position.x_advance as f32 * scale;
            }
        }
        by_cluster.into_iter().collect()
    }
}

/// Whether `c` is written right to left (Hebrew, Arabic and its digits, ...).
fn is_rtl(c: char) -> bool {
    use unicode_bidi::BidiClass::{AL, AN, R, RLE, RLI, RLO};
    matches!(unicode_bidi::bidi_class(c), R | AL | AN | RLE | RLO | RLI)
}

/// Whether `c` is drawn with a glyph of its own: controls, format characters (joiners,
/// direction marks), variation selectors and fillers are not, and spaces are made from the
/// font's space by the shaper when it has no glyph for them.
fn needs_glyph(c: char) -> bool {
    !(c.is_control()
        || matches!(
            c,
            '\u{034F}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{180B}'..='\u{180F}'
                | '\u{3164}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FFA0}'
                | '\u{E0100}'..='\u{E01EF}'
        )
        || matches!(get_general_category(c), G::Format | G::SpaceSeparator | G::LineSeparator | G::ParagraphSeparator))
}

/// Whether `c` belongs to the character before it: combining marks, joiners, variation
/// selectors, emoji modifiers and tags.
fn continues_cluster(c: char) -> bool {
    matches!(c, '\u{1F3FB}'..='\u{1F3FF}' | '\u{E0020}'..='\u{E007F}')
        || !needs_glyph(c) && !c.is_control() && !c.is_whitespace()
        || matches!(get_general_category(c), G::NonspacingMark | G::SpacingMark | G::EnclosingMark)
}

/// The clusters of `text` as byte ranges: a character with the marks, joiners and selectors
/// after it, and the character a zero-width joiner joins.
fn clusters(text: &str) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut joined = false;
    for (at, c) in text.char_indices() {
        let end = at + c.len_utf8();
        match out.last_mut() {
            Some(last) if joined || continues_cluster(c) => last.end = end,
            _ => out.push(at..end),
        }
        joined = c == '\u{200D}';
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clusters_keep_marks_joiners_and_selectors_with_their_character() {
        let text = "Jose\u{0301} a\u{200D}b 👩\u{200D}⚕\u{FE0F}!";
        let parts: Vec<&str> = clusters(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(parts, ["J", "o", "s", "e\u{0301}", " ", "a\u{200D}b", " ", "👩\u{200D}⚕\u{FE0F}", "!"]);
    }

    #[test]
    fn latin_text_is_one_piece_in_the_bundled_font_and_emoji_fall_back_to_the_emoji_font() {
        let none = SystemFonts::default();
        let chain = Chain::new(&none);
        assert_eq!(chain.pieces("Nordic hamstring · 12 %").unwrap(), [Piece { face: 0, range: 0..24, rtl: false }]);
        let pieces = chain.pieces("ok ✔").unwrap();
        assert_eq!(pieces.len(), 2);
        assert_eq!(chain.faces[pieces[1].face].name, "Noto Emoji");
        // A private-use character no font has.
        assert_eq!(chain.pieces("Anna \u{10FFFD}"), Err('\u{10FFFD}'));
        // Measured all the same (as a box in the first font), and never a panic.
        assert!(chain.width("Anna \u{10FFFD}", 10.0) > chain.width("Anna", 10.0));
    }

    #[test]
    fn given_files_serve_the_scripts_they_have_each_face_once() {
        let files = [
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf",
        ];
        if files.iter().any(|f| !Path::new(f).exists()) {
            eprintln!("skipping: the Noto fonts are not installed (fonts-noto-core, fonts-noto-cjk)");
            return;
        }
        let found = SystemFonts::from_files(&files).unwrap();
        let faces: Vec<(&str, u32, Vec<&str>)> =
            found.faces.iter().map(|f| (f.family.as_str(), f.index, f.scripts.clone())).collect();
        // The collection's Simplified Chinese face (the first region without a language asked),
        // which has the Vietnamese letters too.
        assert_eq!(
            faces,
            [
                ("Noto Sans CJK SC", 2, vec!["Vietnamese", "Chinese and Japanese", "Korean"]),
                ("Noto Sans Arabic", 0, vec!["Arabic"])
            ]
        );
        assert!(found.missing.contains(&"Hebrew") && found.missing_line().unwrap().contains("Hebrew"));
        assert!(SystemFonts::from_files(&["/no/such/font.ttf"]).is_err());
    }

    #[test]
    fn fontconfig_candidates_are_the_plain_faces_of_the_language_first() {
        let listed = "/f/DejaVuSans-Bold.ttf\t0\taa|ar|he|yi\n\
                      /f/DejaVuSans.ttf\t0\taa|ar|he|yi\n\
                      /f/NotoSansHebrew-Regular.ttf\t0\the|yi\n\
                      /f/NotoSansArabic-Regular.ttf\t0\tar|fa\n\
                      /f/Collection.ttc\t3\the\n";
        let paths = |lang| -> Vec<String> {
            fontconfig_candidates(listed, lang).into_iter().map(|(p, i)| format!("{}#{i}", p.display())).collect()
        };
        assert_eq!(
            paths("he"),
            [
                "/f/NotoSansHebrew-Regular.ttf#0",
                "/f/DejaVuSans.ttf#0",
                "/f/Collection.ttc#3",
                "/f/DejaVuSans-Bold.ttf#0"
            ]
        );
        assert_eq!(paths("ar")[0], "/f/NotoSansArabic-Regular.ttf#0");
        assert!(paths("ko").is_empty());
    }

    #[test]
    fn right_to_left_runs_are_in_visual_order() {
        // Without a Hebrew font, the bidi order still holds: the letters are missing.
        let none = SystemFonts::default();
        let chain = Chain::new(&none);
        assert_eq!(chain.pieces("Sara שרה"), Err('ש'));
        // With any font at all for the letters, a right-to-left run comes out reversed.
        let Ok(found) = SystemFonts::from_files(&["/usr/share/fonts/truetype/noto/NotoSansHebrew-Regular.ttf"]) else {
            eprintln!("skipping: NotoSansHebrew-Regular.ttf is not installed (fonts-noto-core)");
            return;
        };
        let chain = Chain::new(&found);
        let text = "Sara שרה כהן · visit";
        let pieces = chain.pieces(text).unwrap();
        let shown: Vec<(&str, bool)> = pieces.iter().map(|p| (&text[p.range.clone()], p.rtl)).collect();
        assert_eq!(shown, [("Sara ", false), ("כהן", true), (" ", true), ("שרה", true), (" · visit", false)]);
        let total: f32 = pieces.iter().map(|p| chain.piece_width(text, p, 10.0)).sum();
        assert!((chain.width(text, 10.0) - total).abs() < 1e-3);
    }
}
