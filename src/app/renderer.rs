//! Which renderer draws the window, chosen on purpose rather than by how the binary was built.
//!
//! eframe prefers wgpu whenever its `wgpu` feature is on, and a build that shares its target
//! folder with the tests turns that feature on (the UI snapshot tests need it). On the machines
//! ForceTrack is measured on, glow draws the live view at about three times the frame rate for
//! less CPU, so glow is the default whatever the build has; wgpu is there to be chosen
//! (`--renderer wgpu` or Settings) where it is the better one.

use serde::{Deserialize, Serialize};

/// A renderer ForceTrack can ask eframe for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum RendererChoice {
    /// OpenGL through glow: the default.
    #[default]
    Glow,
    /// wgpu (Vulkan, Metal, DirectX or GL underneath).
    Wgpu,
}

impl RendererChoice {
    pub const ALL: [RendererChoice; 2] = [RendererChoice::Glow, RendererChoice::Wgpu];

    pub fn id(self) -> &'static str {
        match self {
            RendererChoice::Glow => "glow",
            RendererChoice::Wgpu => "wgpu",
        }
    }

    /// eframe's renderer for this choice, or why this build cannot use it.
    pub fn to_eframe(self) -> Result<eframe::Renderer, String> {
        self.id().parse::<eframe::Renderer>().map_err(|_| {
            format!("the {} renderer is not built into this program (built with: {})", self.id(), built_in())
        })
    }

    /// Whether this build can draw with it.
    pub fn available(self) -> bool {
        self.to_eframe().is_ok()
    }
}

/// The renderers this build has, e.g. "glow, wgpu".
pub fn built_in() -> String {
    RendererChoice::ALL
        .into_iter()
        .filter(|r| r.id().parse::<eframe::Renderer>().is_ok())
        .map(|r| r.id())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The line `--version` adds: the default renderer and the ones built in.
pub fn version_line() -> String {
    format!("renderer: {} by default (built with: {})", RendererChoice::default().id(), built_in())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glow_is_the_default_whatever_the_build_has() {
        // Test builds have eframe's wgpu feature on (the snapshot tests need it), so eframe's own
        // default here would be wgpu: the choice must not follow it.
        assert_eq!(RendererChoice::default(), RendererChoice::Glow);
        assert_eq!(RendererChoice::default().to_eframe().unwrap().to_string(), "glow");
        assert!(built_in().contains("glow"));
        assert!(version_line().starts_with("renderer: glow by default"));
        // The choice is stored by name.
        assert_eq!(serde_json::to_string(&RendererChoice::Wgpu).unwrap(), "\"wgpu\"");
    }
}
