//! TLS to the clinic server: the server's certificate is checked against the CA file the
//! station is given, and a certificate from another authority is refused with words that say
//! so. The "server" is a loopback stand-in that answers PostgreSQL's TLS request and shakes
//! hands with a certificate made here with `openssl` (the test skips, saying why, without it).

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::Path;
use std::sync::Arc;

use forcetrack::store::ServerAddress;

/// Runs `openssl` with `args` in `dir`; false when it is not there.
fn openssl(dir: &Path, args: &[&str]) -> bool {
    match std::process::Command::new("openssl").current_dir(dir).args(args).output() {
        Ok(out) if out.status.success() => true,
        Ok(out) => panic!("openssl {args:?}: {}", String::from_utf8_lossy(&out.stderr)),
        Err(_) => false,
    }
}

/// A CA (`{name}.pem`, `{name}.key`) in `dir`.
fn authority(dir: &Path, name: &str) -> bool {
    openssl(
        dir,
        &[
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-days",
            "2",
            "-subj",
            &format!("/CN={name}"),
            "-keyout",
            &format!("{name}.key"),
            "-out",
            &format!("{name}.pem"),
        ],
    )
}

/// The clinic server's certificate for 127.0.0.1, signed by the CA `ca`.
fn server_certificate(dir: &Path, ca: &str) {
    std::fs::write(
        dir.join("server.ext"),
        "subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n",
    )
    .unwrap();
    assert!(openssl(
        dir,
        &[
            "req",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-subj",
            "/CN=127.0.0.1",
            "-keyout",
            "server.key",
            "-out",
            "server.csr",
        ],
    ));
    assert!(openssl(
        dir,
        &[
            "x509",
            "-req",
            "-in",
            "server.csr",
            "-CA",
            &format!("{ca}.pem"),
            "-CAkey",
            &format!("{ca}.key"),
            "-CAcreateserial",
            "-days",
            "2",
            "-extfile",
            "server.ext",
            "-out",
            "server.pem",
        ],
    ));
}

/// A stand-in server on loopback: it accepts PostgreSQL's TLS request, shakes hands with the
/// certificate in `dir`, then hangs up. Returns its port.
fn tls_stand_in(dir: &Path) -> u16 {
    use rustls_pki_types::pem::PemObject;
    let certs: Vec<_> =
        rustls_pki_types::CertificateDer::pem_file_iter(dir.join("server.pem")).unwrap().map(Result::unwrap).collect();
    let key = rustls_pki_types::PrivateKeyDer::from_pem_file(dir.join("server.key")).unwrap();
    #[allow(deprecated)]
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = Arc::new(
        rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(certs, key)
            .unwrap(),
    );
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let mut stream = stream;
            let mut request = [0u8; 8];
            if stream.read_exact(&mut request).is_err() || request[4..] != [0x04, 0xd2, 0x16, 0x2f] {
                continue;
            }
            stream.write_all(b"S").unwrap();
            let connection = rustls::ServerConnection::new(config.clone()).unwrap();
            let mut tls = rustls::StreamOwned::new(connection, stream);
            // The station's first message over TLS, then nothing: the handshake was the point.
            let mut first = [0u8; 8];
            let _ = tls.read(&mut first);
        }
    });
    port
}

#[test]
fn the_servers_certificate_is_checked_against_the_stations_ca_file() {
    let dir = tempfile::tempdir().unwrap();
    if !authority(dir.path(), "clinic-ca") {
        eprintln!("skipping: openssl is not installed (it makes the test certificates)");
        return;
    }
    assert!(authority(dir.path(), "other-ca"));
    server_certificate(dir.path(), "clinic-ca");
    let port = tls_stand_in(dir.path());
    let address = |ca: &str| {
        ServerAddress::parse(&format!(
            "postgresql://anna@127.0.0.1:{port}/forcetrack?sslrootcert={}",
            dir.path().join(ca).display()
        ))
        .unwrap()
    };
    // Another authority's CA: refused, and said to be the certificate.
    let refused = address("other-ca.pem").connect().err().expect("refused");
    assert!(refused.to_string().contains("certificate was not accepted"), "{refused}");
    // The clinic's CA: the handshake goes through (the stand-in then hangs up, which is not a
    // certificate problem).
    let after_handshake = address("clinic-ca.pem").connect().err().expect("the stand-in hangs up");
    assert!(!after_handshake.to_string().contains("certificate"), "{after_handshake}");
    eprintln!("refused: {refused}\nafter the handshake: {after_handshake}");
    // A CA file that holds no certificate is said to be the problem, before any traffic.
    std::fs::write(dir.path().join("empty.pem"), "").unwrap();
    let empty = address("empty.pem").connect().err().expect("refused");
    assert!(empty.to_string().contains("holds no certificate"), "{empty}");
}
