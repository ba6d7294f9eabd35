//! Commands out and what came back: sending the next queued command (and polls) when the
//! spacing rules allow, and turning the codec's output into events, an awaited reply completing
//! its command. A refusal's words are in the app's language ([`fl!`](crate::fl)), English for
//! the command line.

use super::{Awaiting, HANDSHAKE_SETTLE_S, LinkEvent, LinkState, Phase, Purpose, Session};
use crate::device::codec::CodecEvent;

impl Session {
    /// Sends what is due: the next queued command, and polls.
    pub(super) fn pump(&mut self, now_s: f64) {
        loop {
            let can_send = matches!(self.phase, Phase::Handshake | Phase::Ready)
                && self.awaiting.is_none()
                && now_s >= self.next_send_s;
            if !can_send {
                break;
            }
            let Some((purpose, exchange)) = self.queue.pop_front() else {
                if self.phase == Phase::Handshake {
                    self.ready(now_s);
                    continue;
                }
                break;
            };
            self.send(&exchange.send);
            if purpose == Purpose::Start {
                self.codec.restart_device_clock();
                self.expect_data_since_s = Some(now_s);
                self.next_poll_s = now_s;
            }
            if exchange.expect.is_some() {
                self.codec.expect(Some(&exchange));
                self.awaiting = Some(Awaiting { purpose, deadline_s: now_s + exchange.timeout_s, exchange });
            } else {
                let settle_s = if purpose == Purpose::Handshake { HANDSHAKE_SETTLE_S } else { 0.0 };
                self.next_send_s = now_s + self.commands.gap_s.max(settle_s);
                if purpose == Purpose::Tare {
                    self.events.push_back(LinkEvent::Tared { by_device: true });
                }
            }
        }
        if self.phase == Phase::Ready
            && self.streaming
            && self.awaiting.is_none()
            && now_s >= self.next_send_s
            && let (Some(poll), Some(interval_s)) = (&self.commands.poll, self.poll_interval_s)
            && now_s >= self.next_poll_s
        {
            let bytes = self.codec.command(poll);
            self.transmit.push_back(bytes);
            self.sent_since_open = true;
            self.next_poll_s += interval_s;
            if self.next_poll_s < now_s {
                self.next_poll_s = now_s + interval_s;
            }
        }
    }

    fn send(&mut self, text: &str) {
        let bytes = self.codec.command(text);
        self.transmit.push_back(bytes);
        self.sent_since_open = true;
    }

    /// Turns what the codec just decoded (samples past `samples_before`, and its events) into
    /// events; an awaited reply completes its command.
    pub(super) fn dispatch(&mut self, samples_before: usize, now_s: f64) {
        if self.decoded.samples.len() > samples_before
            && self.phase == Phase::Ready
            && (self.streaming || self.self_streaming)
        {
            self.state(LinkState::Streaming);
        }
        // Taken out: handling one event may flush the codec, which dispatches again.
        let events = std::mem::take(&mut self.decoded.events);
        for event in events {
            let event = match event {
                CodecEvent::Reply { text, expected } => {
                    if expected && let Some(a) = self.awaiting.take() {
                        self.next_send_s = now_s;
                        if a.purpose == Purpose::Tare {
                            self.events.push_back(LinkEvent::Reply(text));
                            self.events.push_back(LinkEvent::Tared { by_device: true });
                            continue;
                        }
                    }
                    LinkEvent::Reply(text)
                }
                CodecEvent::DeviceError { code, meaning, text } => {
                    // The command refused: the awaited one, else a poll's (or one not known).
                    let refused =
                        self.awaiting.as_ref().map(|a| a.exchange.send.clone()).or(self.commands.poll.clone());
                    // An error instead of an awaited reply: the device refused the command.
                    if let Some(a) = self.awaiting.take() {
                        self.codec.expect(None);
                        self.next_send_s = now_s + self.commands.gap_s;
                        let what = format!("{code}{}", meaning.as_deref().map(|m| format!(" {m}")).unwrap_or_default());
                        // The profile may know what the refusal says about the device.
                        let hint = self.profile.hint_for(crate::i18n::loader(), Some(&a.exchange.send), &code);
                        match a.purpose {
                            Purpose::Handshake => {
                                let command = a.exchange.send.escape_debug().to_string();
                                let reason = match hint {
                                    Some(hint) => crate::fl!(
                                        "device-session-refused-hint",
                                        command = command,
                                        error = what,
                                        hint = hint
                                    ),
                                    None => crate::fl!("device-session-refused", command = command, error = what),
                                };
                                self.events.push_back(LinkEvent::DeviceError { code, meaning, text });
                                self.lose(LinkState::Error { reason }, now_s);
                                return;
                            }
                            Purpose::Tare => {
                                self.events.push_back(LinkEvent::DeviceError { code, meaning, text });
                                self.events.push_back(LinkEvent::Tared { by_device: false });
                                continue;
                            }
                            Purpose::Start | Purpose::Stop => {}
                        }
                    }
                    let hint = self.profile.hint_for(crate::i18n::loader(), refused.as_deref(), &code);
                    let meaning = match (meaning, hint) {
                        (Some(m), Some(h)) => Some(crate::fl!("device-session-meaning-hint", meaning = m, hint = h)),
                        (m, h) => m.or(h),
                    };
                    LinkEvent::DeviceError { code, meaning, text }
                }
                CodecEvent::Rejected { reason, text } => LinkEvent::Rejected { reason, text },
                CodecEvent::TimeAdjusted { from_s, to_s } => LinkEvent::TimeAdjusted { from_s, to_s },
                CodecEvent::UnitChanged { unit } => LinkEvent::Reply(format!("unit {unit}")),
                CodecEvent::UnitRefused { unit, text } => {
                    let reason = crate::fl!(
                        "device-session-unit-refused",
                        unit = unit.as_str(),
                        profile = self.profile.id.as_str()
                    );
                    self.events.push_back(LinkEvent::Reply(text));
                    self.awaiting = None;
                    self.lose(LinkState::Error { reason }, now_s);
                    return;
                }
                CodecEvent::Discarded { bytes } => LinkEvent::Discarded { bytes },
            };
            self.events.push_back(event);
        }
    }
}
