//! The HTTP client for Kolada's API v3 (feature `http`).
//!
//! One request per KPI and run of at most [`Config::years_per_request`]
//! years, `GET {base}/data/kpi/{kpi}/municipality/{code}/year/{y1,y2,…}`,
//! following `next_url` page by page. Each request has a connect timeout
//! and an overall timeout (connect, send, wait and read the whole body); a
//! 429 or 5xx answer is retried with exponential backoff (a 429's
//! `Retry-After` in seconds is honoured up to the backoff cap); a timeout
//! is not retried, so a server that hangs gives an error after one
//! timeout. Pages are limited in number and size, must be JSON by their
//! content type, and must stay on the server asked.

use std::collections::HashSet;
use std::thread::sleep;
use std::time::Duration;

use omvarld::model::{KoladaKpi, MunicipalityCode};
use omvarld::Programme;

use crate::error::FetchError;
use crate::merge::{kpis, KpiValues};
use crate::response::{parse_page, Page};
use crate::Years;

/// Kolada's API v3.
pub const DEFAULT_BASE_URL: &str = "https://api.kolada.se/v3";

/// Limits and timeouts of the client. `Config::default()` holds the values
/// the command uses; change fields to taste.
///
/// ```
/// let config = omvarld_kolada::http::Config::default();
/// assert_eq!(config.base_url, "https://api.kolada.se/v3");
/// assert_eq!(config.timeout.as_secs(), 30);
/// assert_eq!(config.max_pages, 1000);
/// ```
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Config {
    /// The API's address, up to and including `/v3`.
    pub base_url: String,
    /// Overall time for one request, from connecting to the last byte (30 s).
    pub timeout: Duration,
    /// Time to connect (10 s).
    pub connect_timeout: Duration,
    /// Retries of a request answered 429 or 5xx (3, so 4 attempts).
    pub retries: u32,
    /// The first wait before a retry, doubled at each (1 s).
    pub backoff: Duration,
    /// The longest wait before a retry, also for `Retry-After` (30 s).
    pub max_backoff: Duration,
    /// Pages one request may run to (1 000).
    pub max_pages: usize,
    /// Largest page in bytes (16 MiB).
    pub max_bytes: u64,
    /// Years in one request (10).
    pub years_per_request: usize,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            base_url: DEFAULT_BASE_URL.to_owned(),
            timeout: Duration::from_secs(30),
            connect_timeout: Duration::from_secs(10),
            retries: 3,
            backoff: Duration::from_secs(1),
            max_backoff: Duration::from_secs(30),
            max_pages: 1000,
            max_bytes: 16 * 1024 * 1024,
            years_per_request: 10,
        }
    }
}

/// A blocking client for Kolada's data.
#[derive(Debug)]
pub struct Client {
    agent: ureq::Agent,
    config: Config,
    base: String,
    origin: String,
}

impl Client {
    /// A client with `config`.
    ///
    /// # Errors
    /// [`FetchError::BadBaseUrl`] when the base URL is not http(s).
    ///
    /// ```
    /// use omvarld_kolada::http::{Client, Config};
    /// let client = Client::new(Config::default())?;
    /// assert_eq!(
    ///     client.url(&"N00945".parse()?, &"1280".parse()?, &[2020, 2021]),
    ///     "https://api.kolada.se/v3/data/kpi/N00945/municipality/1280/year/2020,2021"
    /// );
    /// let mut bad = Config::default();
    /// bad.base_url = "ftp://kolada".into();
    /// assert_eq!(Client::new(bad).unwrap_err().code(), "bad_base_url");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(config: Config) -> Result<Self, FetchError> {
        let base = config.base_url.trim_end_matches('/').to_owned();
        let origin =
            origin(&base).ok_or_else(|| FetchError::BadBaseUrl(config.base_url.clone()))?;
        let agent = ureq::Agent::config_builder()
            .timeout_global(Some(config.timeout))
            .timeout_connect(Some(config.connect_timeout))
            .http_status_as_error(false)
            .user_agent(concat!(
                "omvarld/",
                env!("CARGO_PKG_VERSION"),
                " (+https://omvarld.github.io/)"
            ))
            .accept("application/json")
            .build()
            .into();
        Ok(Self {
            agent,
            config,
            base,
            origin,
        })
    }

    /// The request for `kpi` in `municipality` in `years`.
    #[must_use]
    pub fn url(&self, kpi: &KoladaKpi, municipality: &MunicipalityCode, years: &[u16]) -> String {
        let years: Vec<String> = years.iter().map(u16::to_string).collect();
        format!(
            "{}/data/kpi/{}/municipality/{}/year/{}",
            self.base,
            kpi.as_str(),
            municipality.as_str(),
            years.join(",")
        )
    }

    /// Kolada's total values of `kpi` in `municipality` in `years`.
    ///
    /// # Errors
    /// The first [`FetchError`] of any request.
    pub fn kpi(
        &self,
        kpi: &KoladaKpi,
        municipality: &MunicipalityCode,
        years: &Years,
    ) -> Result<KpiValues, FetchError> {
        let mut values = KpiValues::new(kpi.clone());
        for chunk in years.chunks(self.config.years_per_request) {
            let url = self.url(kpi, municipality, &chunk);
            let mut seen = HashSet::new();
            let mut next = Some(url.clone());
            while let Some(page_url) = next {
                if seen.len() >= self.config.max_pages || !seen.insert(page_url.clone()) {
                    return Err(FetchError::TooManyPages {
                        url,
                        limit: self.config.max_pages,
                    });
                }
                let page = self.page(&page_url)?;
                values.add(&page.observations, municipality, years, &url);
                next = match page.next_url {
                    Some(n) if !self.same_server(&n) => {
                        return Err(FetchError::ForeignNextUrl {
                            url: page_url,
                            next_url: n,
                        })
                    }
                    other => other,
                };
            }
        }
        Ok(values)
    }

    /// The values of every KPI of `programme`'s indicators, each KPI asked once.
    ///
    /// # Errors
    /// The first [`FetchError`]; nothing is returned in part.
    pub fn fetch(
        &self,
        programme: &Programme,
        municipality: &MunicipalityCode,
        years: &Years,
    ) -> Result<Vec<KpiValues>, FetchError> {
        kpis(programme)
            .iter()
            .map(|kpi| self.kpi(kpi, municipality, years))
            .collect()
    }

    fn same_server(&self, url: &str) -> bool {
        url == self.origin
            || url
                .strip_prefix(self.origin.as_str())
                .is_some_and(|rest| rest.starts_with('/') || rest.starts_with('?'))
    }

    /// One page, with retries on 429 and 5xx.
    fn page(&self, url: &str) -> Result<Page, FetchError> {
        let mut attempt = 0_u32;
        loop {
            attempt += 1;
            let mut response = self
                .agent
                .get(url)
                .call()
                .map_err(|e| self.transport(url, e))?;
            let status = response.status().as_u16();
            if response.status().is_success() {
                let content_type = response
                    .headers()
                    .get("content-type")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("none")
                    .to_owned();
                if !content_type.to_ascii_lowercase().contains("json") {
                    return Err(FetchError::NotJson {
                        url: url.to_owned(),
                        content_type,
                    });
                }
                let bytes = response
                    .body_mut()
                    .with_config()
                    .limit(self.config.max_bytes)
                    .read_to_vec()
                    .map_err(|e| self.transport(url, e))?;
                return parse_page(&bytes).map_err(|error| FetchError::Response {
                    url: url.to_owned(),
                    error,
                });
            }
            let retry = status == 429 || (500..=599).contains(&status);
            if !retry || attempt > self.config.retries {
                return Err(FetchError::Status {
                    url: url.to_owned(),
                    status,
                    attempts: attempt,
                });
            }
            let retry_after = (status == 429)
                .then(|| response.headers().get("retry-after"))
                .flatten()
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.trim().parse::<u64>().ok())
                .map(Duration::from_secs);
            let backoff = self
                .config
                .backoff
                .saturating_mul(1_u32 << (attempt - 1).min(16));
            sleep(retry_after.unwrap_or(backoff).min(self.config.max_backoff));
        }
    }

    fn transport(&self, url: &str, error: ureq::Error) -> FetchError {
        let url = url.to_owned();
        match error {
            ureq::Error::Timeout(_) => FetchError::Timeout {
                url,
                seconds: self.config.timeout.as_secs_f64(),
            },
            ureq::Error::BodyExceedsLimit(_) => FetchError::TooLarge {
                url,
                limit: self.config.max_bytes,
            },
            ureq::Error::Io(e) => FetchError::Network {
                url,
                message: without_os_code(&e.to_string()),
            },
            other => FetchError::Network {
                url,
                message: other.to_string(),
            },
        }
    }
}

/// An I/O error's text without " (os error N)", which says nothing to a reader.
fn without_os_code(text: &str) -> String {
    match text.find(" (os error") {
        Some(at) => text.get(..at).unwrap_or(text).to_owned(),
        None => text.to_owned(),
    }
}

/// `scheme://host[:port]` of an http(s) address.
fn origin(url: &str) -> Option<String> {
    let rest = url
        .strip_prefix("https://")
        .map(|r| ("https://", r))
        .or_else(|| url.strip_prefix("http://").map(|r| ("http://", r)))?;
    let (scheme, rest) = rest;
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if host.is_empty() || host.contains(char::is_whitespace) {
        return None;
    }
    Some(format!("{scheme}{host}"))
}

#[cfg(test)]
mod tests {
    use super::origin;

    #[test]
    fn origin_is_scheme_and_host() {
        assert_eq!(
            origin("https://api.kolada.se/v3").as_deref(),
            Some("https://api.kolada.se")
        );
        assert_eq!(
            origin("http://127.0.0.1:8080").as_deref(),
            Some("http://127.0.0.1:8080")
        );
        assert_eq!(origin("ftp://x"), None);
        assert_eq!(origin("https:///v3"), None);
    }
}
