//! Number fields: egui's `DragValue` written with the app's decimal separator (Settings) and
//! read with either, so that "1,5" and "1.5" are both one and a half.

use crate::i18n::numbers::{self, DecimalSeparator};

/// A number to drag or type, written with the app's decimal separator and read with either.
/// Every number field of the app is one of these (with its own range, speed and decimals).
pub fn number_field<Num: egui::emath::Numeric>(value: &mut Num) -> egui::DragValue<'_> {
    egui::DragValue::new(value)
        .custom_formatter(|v, decimals| {
            let text = egui::emath::format_with_decimals_in_range(v, decimals);
            match numbers::style().decimal {
                DecimalSeparator::Point => text,
                DecimalSeparator::Comma => text.replace('.', ","),
            }
        })
        .custom_parser(numbers::parse_number)
}
