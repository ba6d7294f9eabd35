//! This computer's language, decimal separator and date order (Settings' display row).

use super::*;

/// The language, the decimal separator and the date order of this computer: each applies at
/// once (the next frame) and is kept in its preferences. One row (wrapped where the window is
/// narrow), so that the settings below stay where they were. Returns whether one changed.
pub(super) fn language_and_numbers(ui: &mut egui::Ui, shared: &mut Shared) -> bool {
    let mut changed = false;
    let style = numbers::style();
    let mut new_style = style;
    ui.horizontal_wrapped(|ui| {
        let l = ui.label(fl!("settings-language"));
        let current = i18n::current_language();
        let shown = match current {
            UiLanguage::Shipped(language) => language.native_name(),
            UiLanguage::Pseudo => current.tag(),
        };
        let mut chosen = None;
        egui::ComboBox::from_id_salt("language")
            .width(190.0)
            .selected_text(shown)
            .show_ui(ui, |ui| {
                for language in Language::ALL {
                    let item = ui.add_enabled(
                        crate::app::prefs::language_available(language),
                        egui::Button::selectable(current == UiLanguage::Shipped(language), language.native_name()),
                    );
                    if item.on_disabled_hover_text(fl!("settings-language-unavailable-tip")).clicked() {
                        chosen = Some(language);
                    }
                }
            })
            .response
            .labelled_by(l.id)
            .on_hover_text(fl!("settings-language-tip"));
        if let Some(language) = chosen {
            i18n::set_language(language.into());
            shared.prefs.language = Some(language);
            changed = true;
        }
        ui.add_space(24.0);
        ui.label(fl!("settings-decimal-separator")).on_hover_text(fl!("settings-decimal-separator-tip"));
        for (separator, tip) in [
            (DecimalSeparator::Point, fl!("settings-decimal-point-tip")),
            (DecimalSeparator::Comma, fl!("settings-decimal-comma-tip")),
        ] {
            let example = NumberStyle { decimal: separator, ..style }.number(1.5, 1);
            ui.selectable_value(&mut new_style.decimal, separator, example).on_hover_text(tip);
        }
        ui.add_space(24.0);
        let l = ui.label(fl!("settings-date-order"));
        // One example date for every order, whose day cannot be read as a month (and the same
        // every day, so that pictures of this screen do not change).
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 31).expect("a valid date");
        let written = |order: DateOrder| {
            let today = NumberStyle { date_order: order, ..style }.date(today);
            match order {
                DateOrder::YearMonthDay => fl!("settings-date-order-ymd", today = today),
                DateOrder::DayMonthYear => fl!("settings-date-order-dmy", today = today),
                DateOrder::DayMonthYearDots => fl!("settings-date-order-dmy-dots", today = today),
                DateOrder::MonthDayYear => fl!("settings-date-order-mdy", today = today),
            }
        };
        egui::ComboBox::from_id_salt("date order")
            .width(250.0)
            .selected_text(written(style.date_order))
            .show_ui(ui, |ui| {
                for order in DateOrder::ALL {
                    ui.selectable_value(&mut new_style.date_order, order, written(order));
                }
            })
            .response
            .labelled_by(l.id)
            .on_hover_text(fl!("settings-date-order-tip"));
    });
    if new_style != style {
        numbers::set_style(new_style);
        shared.prefs.number_style = Some(new_style);
        changed = true;
    }
    if changed {
        // The athlete list's statuses and flags were worded in the background: again, in the
        // new words and numbers.
        shared.clinic.refresh_athletes();
    }
    changed
}
