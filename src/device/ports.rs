//! Serial ports present on this machine, with their USB ids and the profiles that match them.
//! (On Linux the ids come from sysfs; no libudev is needed.)

use serde::Serialize;

use super::profile::Profile;

/// One serial port.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PortInfo {
    pub path: String,
    /// `usb`, `pci`, `bluetooth` or `unknown`.
    pub kind: &'static str,
    pub vid: Option<u16>,
    pub pid: Option<u16>,
    pub manufacturer: Option<String>,
    pub product: Option<String>,
    pub serial_number: Option<String>,
    /// Ids of the profiles whose USB ids match.
    pub profiles: Vec<String>,
}

impl PortInfo {
    /// `"2341:0043"` when the ids are known.
    pub fn usb_id(&self) -> Option<String> {
        Some(format!("{:04x}:{:04x}", self.vid?, self.pid?))
    }

    /// When more than one profile matches this port's USB id: which is offered first, in words
    /// in the app's language (English for `forcetrack devices`, which never changes it).
    pub fn profile_note(&self) -> Option<String> {
        let [first, ..] = self.profiles.as_slice() else { return None };
        (self.profiles.len() > 1).then(|| {
            crate::fl!(
                "port-info-profiles-share-usb-id",
                port = self.path.as_str(),
                profiles = self.profiles.iter().map(|p| format!("'{p}'")).collect::<Vec<_>>().join(", "),
                usb = self.usb_id().unwrap_or_default(),
                first = first.as_str()
            )
        })
    }

    /// What a person reads in a port list: maker and product where known, else the path.
    pub fn description(&self) -> String {
        match (&self.manufacturer, &self.product) {
            (Some(m), Some(p)) => format!("{m} {p}"),
            (None, Some(p)) => p.clone(),
            (Some(m), None) => m.clone(),
            (None, None) => self.path.clone(),
        }
    }
}

/// Profiles whose USB ids match `vid:pid`.
pub fn matching_profiles(vid: u16, pid: u16, profiles: &[Profile]) -> Vec<String> {
    profiles.iter().filter(|p| p.usb.iter().any(|u| u.vid == vid && u.pid == pid)).map(|p| p.id.clone()).collect()
}

/// The serial ports present, with matching profiles.
pub fn list_ports(profiles: &[Profile]) -> Result<Vec<PortInfo>, String> {
    // In the app's language: its device panel shows why no port is listed.
    let ports =
        serialport::available_ports().map_err(|e| crate::fl!("port-info-cannot-list", error = e.to_string()))?;
    let mut list: Vec<PortInfo> = ports
        .into_iter()
        .map(|p| match p.port_type {
            serialport::SerialPortType::UsbPort(usb) => PortInfo {
                profiles: matching_profiles(usb.vid, usb.pid, profiles),
                path: p.port_name,
                kind: "usb",
                vid: Some(usb.vid),
                pid: Some(usb.pid),
                manufacturer: usb.manufacturer,
                product: usb.product,
                serial_number: usb.serial_number,
            },
            other => PortInfo {
                path: p.port_name,
                kind: match other {
                    serialport::SerialPortType::PciPort => "pci",
                    serialport::SerialPortType::BluetoothPort => "bluetooth",
                    _ => "unknown",
                },
                vid: None,
                pid: None,
                manufacturer: None,
                product: None,
                serial_number: None,
                profiles: Vec::new(),
            },
        })
        .collect();
    list.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(list)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::device::profile::ProfileSet;

    #[test]
    fn usb_ids_pick_profiles() {
        let set = ProfileSet::load(None);
        assert_eq!(matching_profiles(0x0403, 0x6015, &set.profiles), ["openscale"]);
        assert!(matching_profiles(0x1234, 0x5678, &set.profiles).is_empty());
        let port = PortInfo {
            path: "/dev/ttyUSB0".into(),
            kind: "usb",
            vid: Some(0x2341),
            pid: Some(0x43),
            manufacturer: Some("Arduino".into()),
            product: None,
            serial_number: None,
            profiles: vec![],
        };
        assert_eq!(port.usb_id().as_deref(), Some("2341:0043"));
        assert_eq!(port.description(), "Arduino");
        assert_eq!(port.profile_note(), None);
        let shared = PortInfo { profiles: vec!["openscale".into(), "my_scale".into()], ..port };
        assert_eq!(
            shared.profile_note().unwrap(),
            "/dev/ttyUSB0: profiles 'openscale', 'my_scale' all match its USB id 2341:0043; 'openscale' is offered \
             first (the first listed): choose the one for the device plugged in"
        );
    }
}
