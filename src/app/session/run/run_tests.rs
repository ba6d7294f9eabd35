use super::HandEntry;
use crate::model::{ForceUnit, Instrument};

fn typed_in(unit: ForceUnit) -> HandEntry {
    HandEntry {
        device: "MicroFET2".into(),
        instrument: Instrument::Handheld,
        unit,
        peaks: String::new(),
        right_peaks: String::new(),
    }
}

#[test]
fn a_peak_typed_in_is_checked_by_the_rule_enter_and_the_imports_use() {
    let n = typed_in(ForceUnit::Newton);
    assert_eq!(n.parse("20000 31,5").unwrap(), [20_000.0, 31.5]);
    assert_eq!(n.parse("20001").unwrap_err(), "20001 N is not a peak force (above 0, at most 20000)");
    assert_eq!(n.parse("0").unwrap_err(), "0 N is not a peak force (above 0, at most 20000)");
    assert_eq!(n.parse("abc").unwrap_err(), "'abc' is not a peak force in N (a number above 0)");
    // The same bound in the display's unit: 20 kN is 2039.4 kgf.
    let kgf = typed_in(ForceUnit::KilogramForce);
    assert!(kgf.parse("2039").is_ok());
    assert_eq!(kgf.parse("2040").unwrap_err(), "2040 kgf is not a peak force (above 0, at most 2039)");
}
