//! The hamstring-to-quadriceps ratio (DOMAIN.md section 3): knee flexion torque over knee
//! extension torque, per side, same visit, same knee angle, from the summary in use.

use i18n_embed::fluent::FluentLanguageLoader;
use serde::Serialize;

use super::{SideResult, instruments_comparable, verdict_text};
use crate::analysis::ChangeVerdict;
use crate::i18n::numbers::NumberStyle;

/// The flexion test of the ratio.
pub const FLEXION: &str = "knee_flexion_iso_90";
/// The extension test of the ratio (same knee angle).
pub const EXTENSION: &str = "knee_extension_iso_90";
/// What the ratio is and why there is no default threshold, in English: for machine outputs
/// (the command line's JSON, a CSV's source column). A person reads [`source_text`].
pub const SOURCE: &str = "H:Q = knee flexion torque / knee extension torque at 90°. Deficits persist after \
    return to play (Maniar et al. 2016); the isokinetic cut-off (Hcon/Qcon 60°/s < 0.47, Croisier et al. \
    2008) does not transfer to isometric ratios: no default threshold";

/// The published sources [`SOURCE`] cites, as written (never translated).
const MANIAR: &str = "Maniar et al. 2016";
const CROISIER: &str = "Hcon/Qcon 60°/s < 0.47, Croisier et al. 2008";

/// What the ratio is and why there is no default threshold, in `tr`'s language.
pub fn source_text(tr: &FluentLanguageLoader) -> String {
    crate::fl_in!(tr, "results-hq-source", maniar = MANIAR, croisier = CROISIER)
}

/// A side's H:Q at a visit, or why there is none.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub enum Hq {
    Ratio(f64),
    /// One of the two tests was not done on this side.
    NotBothTests,
    /// A test has no lever arm, so no torque.
    NoLeverArm,
}

impl Hq {
    pub fn ratio(self) -> Option<f64> {
        match self {
            Hq::Ratio(r) => Some(r),
            _ => None,
        }
    }

    /// "0.57", "-" (one test missing), "no lever arm"; the ratio in `style`.
    pub fn display(self, tr: &FluentLanguageLoader, style: &NumberStyle) -> String {
        match self {
            Hq::Ratio(r) => style.number(r, 2),
            Hq::NotBothTests => "-".into(),
            Hq::NoLeverArm => crate::fl_in!(tr, "results-hq-no-lever-arm"),
        }
    }

    /// Below the clinic's lowest acceptable H:Q (never without one).
    pub fn below(self, at_least: Option<f64>) -> bool {
        matches!((self, at_least), (Hq::Ratio(r), Some(min)) if r < min)
    }
}

/// H:Q from the flexion and extension results of one side: the torques of the summary in use.
pub fn hq_ratio(flexion: Option<&SideResult>, extension: Option<&SideResult>) -> Hq {
    let (Some(f), Some(e)) = (flexion, extension) else { return Hq::NotBothTests };
    if f.value.is_none() || e.value.is_none() {
        return Hq::NotBothTests;
    }
    match (f.torque_n_m, e.torque_n_m) {
        (Some(tf), Some(te)) if te > 0.0 => Hq::Ratio(tf / te),
        _ => Hq::NoLeverArm,
    }
}

/// Why a side's H:Q reads two kinds of instrument, in the words change uses: "not comparable:
/// different device or mode (knee flexion: handheld dynamometer; knee extension: fixed frame)".
/// None when both tests were done with the same kind (or a kind is not known) or there is no
/// ratio.
pub fn hq_caveat(
    tr: &FluentLanguageLoader,
    flexion: Option<&SideResult>,
    extension: Option<&SideResult>,
) -> Option<String> {
    hq_ratio(flexion, extension).ratio()?;
    let (f, e) = (flexion?, extension?);
    if instruments_comparable(&f.instruments, &e.instruments) {
        return None;
    }
    let kinds = |s: &SideResult| s.instruments.iter().map(|i| i.label(tr)).collect::<Vec<_>>().join(" + ");
    Some(crate::fl_in!(
        tr,
        "results-hq-caveat",
        verdict = verdict_text(tr, ChangeVerdict::NotComparable),
        flexion = kinds(f),
        extension = kinds(e)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, UiLanguage, loader_for};
    use crate::model::{Instrument, Side};

    #[test]
    fn hq_across_two_kinds_of_instrument_says_so() {
        let side = |value: f64, torque: f64, kinds: &[Instrument]| {
            let mut s = SideResult::for_tests(Side::Left, 1, Some(value));
            s.torque_n_m = Some(torque);
            s.instruments = kinds.to_vec();
            s
        };
        let english = loader_for(UiLanguage::Shipped(Language::English));
        let en = &english;
        let flexion = side(300.0, 114.0, &[Instrument::Handheld]);
        let extension = side(520.0, 208.0, &[Instrument::FixedFrame]);
        assert_eq!(
            hq_caveat(en, Some(&flexion), Some(&extension)).unwrap(),
            "not comparable: different device or mode (knee flexion: handheld dynamometer; knee extension: fixed frame)"
        );
        // The ratio is still given; one kind, or a kind not known, has no caveat.
        assert!(hq_ratio(Some(&flexion), Some(&extension)).ratio().is_some());
        let same = side(520.0, 208.0, &[Instrument::Handheld]);
        assert_eq!(hq_caveat(en, Some(&flexion), Some(&same)), None);
        assert_eq!(hq_caveat(en, Some(&flexion), Some(&side(520.0, 208.0, &[]))), None);
        // No ratio, nothing to qualify.
        assert_eq!(hq_caveat(en, Some(&flexion), None), None);
        let mut no_lever = extension.clone();
        no_lever.torque_n_m = None;
        assert_eq!(hq_caveat(en, Some(&flexion), Some(&no_lever)), None);
    }

    #[test]
    fn the_source_a_person_reads_is_the_machine_outputs_source_in_english() {
        let en = loader_for(UiLanguage::Shipped(Language::English));
        assert_eq!(source_text(&en), SOURCE);
        let comma = NumberStyle {
            decimal: crate::i18n::numbers::DecimalSeparator::Comma,
            date_order: crate::i18n::numbers::DateOrder::DayMonthYearDots,
        };
        assert_eq!(Hq::Ratio(0.574).display(&en, &comma), "0,57");
        assert_eq!(Hq::NoLeverArm.display(&en, &comma), "no lever arm");
    }
}
