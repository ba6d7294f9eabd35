//! A fixed recording on the demo force plate (`--autorecord SECONDS`): the whole recording in
//! view while it grows, for measuring frame time and memory.

use egui::RichText;

use crate::acquisition::{MAX_RECORDING_S, RecorderConfig};
use crate::analysis::AnalysisParams;
use crate::app::device::{DeviceChoice, DeviceConn};
use crate::app::widgets::live_plot::{Series, live_plot, recording_view_s};
use crate::app::widgets::rss_mb;
use crate::app::{Shared, theme};
use crate::device::demo::{DemoDevice, DemoPlan};
use crate::fl;
use crate::i18n::numbers;
use crate::model::{Polarity, Side};

#[derive(Default)]
pub struct Autorecord {
    started: bool,
    reported: bool,
    journal_key: Option<u64>,
}

impl Autorecord {
    pub fn show(&mut self, ui: &mut egui::Ui, shared: &mut Shared) {
        let seconds = shared.options.autorecord_s.unwrap_or(60.0);
        if !self.started {
            self.started = true;
            match DeviceConn::connect(
                DeviceChoice::Demo(DemoDevice::ForcePlate),
                &shared.clinic.profiles,
                shared.options.demo_speed,
                {
                    let ctx = ui.ctx().clone();
                    move || ctx.request_repaint()
                },
            ) {
                Ok(device) => {
                    if let Some(control) = &device.demo
                        && let Ok(mut plan) = control.plan.lock()
                    {
                        *plan = DemoPlan {
                            side: Side::Both,
                            reps: 10_000,
                            hold_s: 4.0,
                            rest_s: 4.0,
                            ..DemoPlan::default()
                        };
                    }
                    let key = shared.clinic.journal.begin(crate::store::JournalMeta {
                        athlete_id: None,
                        visit_id: None,
                        trial: crate::model::TrialMeta::new(
                            "",
                            Side::Both,
                            DemoDevice::ForcePlate.id(),
                            Polarity::Positive,
                        ),
                        channel_names: vec!["left".into(), "right".into()],
                    });
                    self.journal_key = Some(key);
                    let config = RecorderConfig {
                        channel_names: vec!["left".into(), "right".into()],
                        source_channels: None,
                        polarity: Polarity::Positive,
                        params: AnalysisParams::default(),
                        // Ends by itself at its length, whether or not frames are drawn.
                        max_duration_s: seconds.min(MAX_RECORDING_S),
                    };
                    device.start_recording(config, Some((shared.clinic.journal.feed(), key)));
                    *shared.device = Some(device);
                }
                Err(e) => shared.notes.error(e, shared.now),
            }
        }
        let Some(device) = shared.device.as_ref() else { return };
        let acq = device.acq();
        let Some(rec) = acq.recorder.as_ref() else { return };
        let duration = rec.duration_s();
        ui.heading(fl!("autorecord-heading", duration = numbers::num(duration, 1), total = numbers::num(seconds, 0)));
        ui.label(RichText::new(fl!("autorecord-samples", samples = rec.len())).size(18.0));
        let series: Vec<Series> = (0..rec.channels())
            .map(|c| Series::Recording {
                recorder: rec,
                channel: c,
                color: if c == 0 { theme::LEFT } else { theme::RIGHT },
            })
            .collect();
        live_plot(ui, 420.0, 0.0, recording_view_s(duration), shared.prefs.unit, &series, &[]);
        drop(series);
        if rec.is_stopped() && !self.reported {
            self.reported = true;
            let (samples, lost) = (rec.len(), rec.lost_samples);
            let link = acq.counts();
            drop(acq);
            device.stop_recording();
            if let Some(key) = self.journal_key.take() {
                shared.clinic.journal.discard(key);
            }
            eprintln!(
                "autorecord: {duration:.1} s recorded, {samples} samples per channel, {lost} lost in the recording, \
                 link: {} decoded, {} lost, {} rejected; RSS {:.0} MB",
                link.samples,
                link.lost,
                link.rejected,
                rss_mb().unwrap_or(0.0)
            );
        }
    }
}
