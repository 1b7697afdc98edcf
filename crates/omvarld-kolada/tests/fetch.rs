//! The HTTP client against a local server serving recorded Kolada v3
//! responses: paging, retries, limits and bad answers.

// Test helpers panic on a broken set-up; that is their purpose.
#![allow(clippy::panic, clippy::indexing_slicing)]

use std::time::{Duration, Instant};

use omvarld::model::{KoladaKpi, MunicipalityCode};
use omvarld_kolada::http::{Client, Config};
use omvarld_kolada::testing::{kolada, recorded, Reply, Server};
use omvarld_kolada::{FetchError, Years};

fn kpi(id: &str) -> KoladaKpi {
    id.parse().unwrap_or_else(|e| panic!("{e}"))
}

fn malmo() -> MunicipalityCode {
    "1280".parse().unwrap_or_else(|e| panic!("{e}"))
}

fn years(text: &str) -> Years {
    text.parse().unwrap_or_else(|e| panic!("{e}"))
}

/// A client for `server` that does not wait between retries.
fn client(server: &Server) -> Client {
    let mut config = Config::default();
    config.base_url = format!("{}/v3", server.base());
    config.backoff = Duration::ZERO;
    config.timeout = Duration::from_secs(5);
    Client::new(config).unwrap_or_else(|e| panic!("{e}"))
}

fn fails(result: Result<omvarld_kolada::KpiValues, FetchError>) -> FetchError {
    match result {
        Ok(values) => panic!("fetched {values:?}"),
        Err(e) => e,
    }
}

#[test]
fn follows_next_url_and_keeps_the_total_values() {
    let server = Server::start(kolada);
    let values = client(&server)
        .kpi(&kpi("N00914"), &malmo(), &years("2020-2024"))
        .unwrap_or_else(|e| panic!("{e}"));
    let got: Vec<(u16, f64)> = values
        .values
        .iter()
        .map(|v| (v.year.get(), v.value))
        .collect();
    // 2024 is null in Kolada: no value.
    assert_eq!(
        got,
        vec![(2020, 70.1), (2021, 71.2), (2022, 72.5), (2023, 72.8)]
    );
    let first = "/v3/data/kpi/N00914/municipality/1280/year/2020,2021,2022,2023,2024";
    assert_eq!(
        server.requests(),
        vec![first.to_owned(), format!("{first}?page=2&per_page=3")]
    );
    // Every value names the request, not the page.
    assert!(values
        .values
        .iter()
        .all(|v| v.url == format!("{}{first}", server.base())));
}

#[test]
fn asks_at_most_ten_years_at_a_time() {
    let server = Server::start(kolada);
    let values = client(&server)
        .kpi(&kpi("N00401"), &malmo(), &years("2005-2025"))
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(values.values.is_empty());
    let requests = server.requests();
    assert_eq!(requests.len(), 3, "{requests:?}");
    assert!(requests[0].ends_with("/year/2005,2006,2007,2008,2009,2010,2011,2012,2013,2014"));
    assert!(requests[2].ends_with("/year/2025"));
}

#[test]
fn a_kpi_or_municipality_without_data_gives_no_values() {
    let server = Server::start(kolada);
    let empty = client(&server)
        .kpi(&kpi("N00401"), &malmo(), &years("2020-2024"))
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(empty.values.is_empty());
    let elsewhere: MunicipalityCode = "9999".parse().unwrap_or_else(|e| panic!("{e}"));
    let missing = client(&server)
        .kpi(&kpi("N00914"), &elsewhere, &years("2020-2024"))
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(missing.values.is_empty());
}

#[test]
fn retries_a_429_as_retry_after_says() {
    let server = Server::start(|base, path, before| {
        if before == 0 {
            Reply::with(429, "application/json", "{}").header("Retry-After", "0")
        } else {
            kolada(base, path, before)
        }
    });
    let values = client(&server)
        .kpi(&kpi("N00914"), &malmo(), &years("2020-2024"))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(values.values.len(), 4);
    // The first page twice (429, then 200), the second page once after a 429.
    assert_eq!(server.requests().len(), 4);
}

#[test]
fn gives_up_on_a_lasting_500_after_the_retries() {
    let server = Server::start(|_, _, _| Reply::with(500, "text/plain", "Internal Server Error"));
    let error = fails(client(&server).kpi(&kpi("N00914"), &malmo(), &years("2020")));
    assert_eq!(error.code(), "http_status");
    assert!(
        matches!(
            error,
            FetchError::Status {
                status: 500,
                attempts: 4,
                ..
            }
        ),
        "{error:?}"
    );
    assert_eq!(server.requests().len(), 4);
    assert!(
        error
            .to_string()
            .ends_with("with HTTP status 500 (tried 4 times)"),
        "{error}"
    );
}

#[test]
fn a_404_is_not_retried() {
    let server = Server::start(|_, _, _| Reply::with(404, "application/json", "{}"));
    let error = fails(client(&server).kpi(&kpi("N00914"), &malmo(), &years("2020")));
    assert!(
        matches!(
            error,
            FetchError::Status {
                status: 404,
                attempts: 1,
                ..
            }
        ),
        "{error:?}"
    );
}

#[test]
fn a_server_that_hangs_times_out_within_the_timeout() {
    let server = Server::start(|base, path, before| {
        kolada(base, path, before).after(Duration::from_secs(30))
    });
    let mut config = Config::default();
    config.base_url = format!("{}/v3", server.base());
    config.timeout = Duration::from_millis(500);
    let client = Client::new(config).unwrap_or_else(|e| panic!("{e}"));
    let started = Instant::now();
    let error = fails(client.kpi(&kpi("N00914"), &malmo(), &years("2020")));
    let took = started.elapsed();
    assert_eq!(error.code(), "timeout", "{error}");
    assert!(took < Duration::from_secs(5), "took {took:?}");
    assert_eq!(server.requests().len(), 1, "a timeout is not retried");
}

#[test]
fn html_is_refused_by_its_content_type() {
    let server = Server::start(|base, _, _| {
        Reply::with(
            200,
            "text/html; charset=utf-8",
            recorded("error.html", base),
        )
    });
    let error = fails(client(&server).kpi(&kpi("N00914"), &malmo(), &years("2020")));
    assert_eq!(error.code(), "not_json");
    assert!(
        error
            .to_string()
            .contains("with text/html; charset=utf-8, not JSON"),
        "{error}"
    );
}

#[test]
fn endless_pages_stop_at_the_page_limit() {
    let server = Server::start(|base, path, _| {
        let n: u64 = path
            .rsplit_once("page=")
            .and_then(|(_, n)| n.parse().ok())
            .unwrap_or(1);
        Reply::json(format!(
            r#"{{"count": 0, "values": [], "next_url": "{base}/v3/data/kpi/N00914/municipality/1280/year/2020?page={}"}}"#,
            n + 1
        ))
    });
    let mut config = Config::default();
    config.base_url = format!("{}/v3", server.base());
    config.max_pages = 25;
    let client = Client::new(config).unwrap_or_else(|e| panic!("{e}"));
    let error = fails(client.kpi(&kpi("N00914"), &malmo(), &years("2020")));
    assert!(
        matches!(error, FetchError::TooManyPages { limit: 25, .. }),
        "{error:?}"
    );
    assert_eq!(server.requests().len(), 25);
}

#[test]
fn a_next_url_back_to_a_page_already_read_stops() {
    let server = Server::start(|base, _, _| {
        Reply::json(format!(
            r#"{{"values": [], "next_url": "{base}/v3/data/kpi/N00914/municipality/1280/year/2020"}}"#
        ))
    });
    let error = fails(client(&server).kpi(&kpi("N00914"), &malmo(), &years("2020")));
    assert_eq!(error.code(), "too_many_pages");
    assert_eq!(server.requests().len(), 1);
}

#[test]
fn a_next_url_to_another_server_is_not_followed() {
    let server = Server::start(|_, _, _| {
        Reply::json(r#"{"values": [], "next_url": "http://elsewhere.invalid/v3/data?page=2"}"#)
    });
    let error = fails(client(&server).kpi(&kpi("N00914"), &malmo(), &years("2020")));
    assert_eq!(error.code(), "foreign_next_url");
}

#[test]
fn a_value_that_is_not_a_number_is_an_error_at_its_path() {
    let server = Server::start(|base, _, _| Reply::json(recorded("not-a-number.json", base)));
    let error = fails(client(&server).kpi(&kpi("N00914"), &malmo(), &years("2020")));
    assert_eq!(error.code(), "not_a_number");
    assert!(
        error
            .to_string()
            .ends_with("the value is not a number: \"70,1\" at /values/0/values/0/value"),
        "{error}"
    );
}

#[test]
fn a_response_over_the_size_limit_is_refused() {
    let server = Server::start(kolada);
    let mut config = Config::default();
    config.base_url = format!("{}/v3", server.base());
    config.max_bytes = 100;
    let client = Client::new(config).unwrap_or_else(|e| panic!("{e}"));
    let error = fails(client.kpi(&kpi("N00914"), &malmo(), &years("2020")));
    assert_eq!(error.code(), "response_too_large", "{error}");
}

#[test]
fn no_server_is_a_network_error() {
    // A port that was free a moment ago: nothing listens there.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or_else(|e| panic!("{e}"));
    let mut config = Config::default();
    config.base_url = format!("http://127.0.0.1:{port}/v3");
    let client = Client::new(config).unwrap_or_else(|e| panic!("{e}"));
    let error = fails(client.kpi(&kpi("N00914"), &malmo(), &years("2020")));
    assert_eq!(error.code(), "network", "{error}");
}

#[test]
fn retry_after_is_waited_for_up_to_the_cap() {
    let asked_to_wait = |seconds: &'static str| {
        move |base: &str, path: &str, before: usize| {
            if before == 0 {
                Reply::with(429, "application/json", "{}").header("Retry-After", seconds)
            } else {
                kolada(base, path, before)
            }
        }
    };
    // One second, as asked (the backoff alone would not wait at all).
    let server = Server::start(asked_to_wait("1"));
    let started = Instant::now();
    let values = client(&server).kpi(&kpi("N00401"), &malmo(), &years("2020"));
    assert!(values.is_ok(), "{values:?}");
    assert!(
        started.elapsed() >= Duration::from_millis(950),
        "{:?}",
        started.elapsed()
    );
    // An hour is cut to the cap.
    let server = Server::start(asked_to_wait("3600"));
    let mut config = Config::default();
    config.base_url = format!("{}/v3", server.base());
    config.max_backoff = Duration::from_millis(100);
    let client = Client::new(config).unwrap_or_else(|e| panic!("{e}"));
    let started = Instant::now();
    let values = client.kpi(&kpi("N00401"), &malmo(), &years("2020"));
    assert!(values.is_ok(), "{values:?}");
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
}
