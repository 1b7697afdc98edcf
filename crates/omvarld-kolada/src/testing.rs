//! A local HTTP server for tests (feature `testing`; not part of the API):
//! it listens on 127.0.0.1 on a free port and answers each request with
//! what a handler makes of its path, so tests of the client, the command
//! and the Python binding run against recorded Kolada responses without a
//! network.

use std::io::{BufRead as _, BufReader, Write as _};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

/// One answer of the server.
#[derive(Clone, Debug)]
pub struct Reply {
    /// HTTP status.
    pub status: u16,
    /// Header lines beyond `Content-Length` and `Connection`.
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: Vec<u8>,
    /// How long to wait before answering.
    pub delay: Duration,
}

impl Reply {
    /// A 200 JSON answer.
    #[must_use]
    pub fn json(body: impl Into<Vec<u8>>) -> Self {
        Self::with(200, "application/json; charset=utf-8", body)
    }

    /// An answer with `status` and `content_type`.
    #[must_use]
    pub fn with(status: u16, content_type: &str, body: impl Into<Vec<u8>>) -> Self {
        Self {
            status,
            headers: vec![("Content-Type".to_owned(), content_type.to_owned())],
            body: body.into(),
            delay: Duration::ZERO,
        }
    }

    /// The same answer with one more header.
    #[must_use]
    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }

    /// The same answer after `delay`.
    #[must_use]
    pub fn after(mut self, delay: Duration) -> Self {
        self.delay = delay;
        self
    }
}

/// What the server answers: given the base URL, the request's path (with
/// its query) and how many times that path was asked before.
pub type Handler = dyn Fn(&str, &str, usize) -> Reply + Send + Sync;

/// A running server; it stops with the test process.
#[derive(Clone)]
pub struct Server {
    base: String,
    requests: Arc<Mutex<Vec<String>>>,
}

impl Server {
    /// Starts a server answering with `handler`.
    ///
    /// # Panics
    /// When no local port can be bound (a test set-up failure).
    #[allow(clippy::expect_used)]
    pub fn start(handler: impl Fn(&str, &str, usize) -> Reply + Send + Sync + 'static) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
        let base = format!(
            "http://{}",
            listener.local_addr().expect("the bound address")
        );
        let requests = Arc::new(Mutex::new(Vec::new()));
        let handler: Arc<Handler> = Arc::new(handler);
        let server = Self {
            base: base.clone(),
            requests: Arc::clone(&requests),
        };
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let handler = Arc::clone(&handler);
                let requests = Arc::clone(&requests);
                let base = base.clone();
                thread::spawn(move || serve(stream, &base, &*handler, &requests));
            }
        });
        server
    }

    /// The server's address, `http://127.0.0.1:PORT`.
    #[must_use]
    pub fn base(&self) -> &str {
        &self.base
    }

    /// The paths asked so far, in order.
    #[must_use]
    pub fn requests(&self) -> Vec<String> {
        self.requests.lock().map(|r| r.clone()).unwrap_or_default()
    }
}

fn serve(stream: TcpStream, base: &str, handler: &Handler, requests: &Mutex<Vec<String>>) {
    let Ok(read) = stream.try_clone() else { return };
    let mut reader = BufReader::new(read);
    let mut line = String::new();
    if reader.read_line(&mut line).is_err() {
        return;
    }
    let path = line.split_whitespace().nth(1).unwrap_or("/").to_owned();
    // The rest of the head; requests here have no body.
    loop {
        let mut header = String::new();
        match reader.read_line(&mut header) {
            Ok(0) | Err(_) => break,
            Ok(_) if header == "\r\n" || header == "\n" => break,
            Ok(_) => {}
        }
    }
    let before = match requests.lock() {
        Ok(mut list) => {
            let n = list.iter().filter(|p| **p == path).count();
            list.push(path.clone());
            n
        }
        Err(_) => 0,
    };
    let reply = handler(base, &path, before);
    thread::sleep(reply.delay);
    let mut out = stream;
    let mut head = format!("HTTP/1.1 {} X\r\n", reply.status);
    for (name, value) in &reply.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str(&format!(
        "Content-Length: {}\r\nConnection: close\r\n\r\n",
        reply.body.len()
    ));
    let _ = out.write_all(head.as_bytes());
    let _ = out.write_all(&reply.body);
    let _ = out.flush();
}

/// The folder of recorded responses and documents (`tests/data`).
#[must_use]
pub fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data")
}

/// A recorded file, with `{base}` replaced by the server's address (the
/// recorded `next_url`s point back at the server).
///
/// # Panics
/// When the file is missing (a test set-up failure).
#[allow(clippy::expect_used)]
#[must_use]
pub fn recorded(name: &str, base: &str) -> Vec<u8> {
    let text = std::fs::read_to_string(data_dir().join(name)).expect("a recorded file");
    text.replace("{base}", base).into_bytes()
}

/// The recorded answers of a Kolada that works: `N00914` over two pages
/// (`n00914-page1.json`, `n00914-page2.json`), every other KPI empty
/// (`empty.json`), unknown paths 404.
#[must_use]
pub fn kolada(base: &str, path: &str, _before: usize) -> Reply {
    if path.starts_with("/v3/data/kpi/N00914/municipality/1280/year/") {
        if path.contains("page=2") {
            return Reply::json(recorded("n00914-page2.json", base));
        }
        return Reply::json(recorded("n00914-page1.json", base));
    }
    if path.starts_with("/v3/data/kpi/") {
        return Reply::json(recorded("empty.json", base));
    }
    Reply::with(404, "application/json", r#"{"error": "not found"}"#)
}
