//! The link's vocabulary: what a consumer asks ([`LinkCommand`]), where the link stands
//! ([`LinkState`]) and what it reports ([`LinkEvent`]).
//!
//! Words in states (a state's label, the reasons a device was lost) are in the app's language:
//! they are made on the link thread with [`fl!`](crate::fl), and the command line, which never
//! changes language, reads them in English.

use crate::device::codec::{RejectReason, SampleBlock};
use crate::fl;
use crate::i18n::numbers;

/// What the consumer asks of the link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkCommand {
    /// Start streaming (send the start command, or begin polling).
    Start,
    Stop,
    /// Zero the device (its tare command; `Tared { by_device: false }` when it has none).
    Tare,
    Shutdown,
}

/// Where the link stands.
#[derive(Debug, Clone, PartialEq)]
pub enum LinkState {
    Connecting,
    Connected,
    Streaming,
    Disconnected { reason: String },
    Reconnecting { attempt: u32, in_s: f64 },
    Error { reason: String },
    Closed,
}

impl LinkState {
    /// Short text for a status line, in the app's language (the command line never changes it
    /// from English).
    pub fn label(&self) -> String {
        match self {
            LinkState::Connecting => fl!("link-state-connecting"),
            LinkState::Connected => fl!("link-state-connected"),
            LinkState::Streaming => fl!("link-state-streaming"),
            LinkState::Disconnected { reason } => fl!("link-state-disconnected", reason = reason.as_str()),
            LinkState::Reconnecting { attempt, in_s } => {
                fl!("link-state-reconnecting", attempt = u64::from(*attempt), seconds = numbers::num(*in_s, 1))
            }
            LinkState::Error { reason } => fl!("link-state-error", reason = reason.as_str()),
            LinkState::Closed => fl!("link-state-closed"),
        }
    }

    pub fn is_live(&self) -> bool {
        matches!(self, LinkState::Connected | LinkState::Streaming)
    }
}

/// What the link reports.
#[derive(Debug, Clone, PartialEq)]
pub enum LinkEvent {
    State(LinkState),
    Samples(SampleBlock),
    /// A tare finished: `by_device` when the device zeroed itself (else the consumer tares in
    /// software).
    Tared {
        by_device: bool,
    },
    Reply(String),
    DeviceError {
        code: String,
        meaning: Option<String>,
        text: String,
    },
    Rejected {
        reason: RejectReason,
        text: String,
    },
    TimeAdjusted {
        from_s: f64,
        to_s: f64,
    },
    /// Bytes before the first line terminator (or sync) after opening a running stream.
    Discarded {
        bytes: usize,
    },
    /// A command got no reply in time.
    NoReply {
        command: String,
    },
    /// Samples that could not be delivered because the consumer was behind.
    Lost {
        samples: u64,
    },
}
