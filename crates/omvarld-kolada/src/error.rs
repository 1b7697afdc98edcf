//! [`FetchError`]: why values could not be fetched from Kolada.

use omvarld::Lang;

use crate::response::ResponseError;

/// Why a fetch failed. Every variant names the request; the fetch stops at
/// the first, so no partial result is ever merged.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum FetchError {
    /// `--base-url` is not an `http://` or `https://` address.
    #[error("the Kolada address `{0}` is not an http:// or https:// address")]
    BadBaseUrl(String),
    /// No answer within the timeout.
    #[error("Kolada did not answer {url} within {seconds} s")]
    Timeout {
        /// The request.
        url: String,
        /// The timeout, in seconds.
        seconds: f64,
    },
    /// The server could not be reached, or the connection broke.
    #[error("cannot reach Kolada at {url}: {message}")]
    Network {
        /// The request.
        url: String,
        /// What went wrong.
        message: String,
    },
    /// An HTTP status other than success, after the retries a 429 or 5xx gets.
    #[error("Kolada answered {url} with HTTP status {status}{}", attempts_note(*.attempts))]
    Status {
        /// The request.
        url: String,
        /// The last status.
        status: u16,
        /// How many times the request was made.
        attempts: u32,
    },
    /// A response that is not JSON by its content type (an HTML error page, say).
    #[error("Kolada answered {url} with {content_type}, not JSON (is the address right?)")]
    NotJson {
        /// The request.
        url: String,
        /// The `Content-Type` received (`none` when absent).
        content_type: String,
    },
    /// A response larger than the limit.
    #[error("the response to {url} is larger than {limit} bytes")]
    TooLarge {
        /// The request.
        url: String,
        /// The limit in bytes.
        limit: u64,
    },
    /// More pages than the limit, or a `next_url` that comes back to a page already read.
    #[error(
        "the response to {url} goes on past {limit} pages (or comes back to a page already read)"
    )]
    TooManyPages {
        /// The first request of the chain.
        url: String,
        /// The page limit.
        limit: usize,
    },
    /// A `next_url` to another server than the one asked.
    #[error(
        "the response to {url} sends on to another server ({next_url}), which is not followed"
    )]
    ForeignNextUrl {
        /// The request.
        url: String,
        /// The `next_url` given.
        next_url: String,
    },
    /// A JSON response that does not have the v3 shape.
    #[error("the response to {url} is not a Kolada v3 data page: {error}")]
    Response {
        /// The request.
        url: String,
        /// What is wrong, and where.
        error: ResponseError,
    },
}

fn attempts_note(attempts: u32) -> String {
    if attempts > 1 {
        format!(" (tried {attempts} times)")
    } else {
        String::new()
    }
}

impl FetchError {
    /// The stable code: `bad_base_url`, `timeout`, `network`, `http_status`,
    /// `not_json`, `response_too_large`, `too_many_pages`,
    /// `foreign_next_url`, or for a bad response its
    /// [`ResponseError::code`] (`not_a_number`, …).
    ///
    /// ```
    /// let error = omvarld_kolada::FetchError::Status { url: "http://x/".into(), status: 500, attempts: 4 };
    /// assert_eq!(error.code(), "http_status");
    /// assert_eq!(error.to_string(), "Kolada answered http://x/ with HTTP status 500 (tried 4 times)");
    /// assert_eq!(error.message(omvarld::Lang::Sv), "Kolada svarade på http://x/ med HTTP-status 500 (efter 4 försök)");
    /// ```
    #[must_use]
    pub fn code(&self) -> &'static str {
        match self {
            Self::BadBaseUrl(_) => "bad_base_url",
            Self::Timeout { .. } => "timeout",
            Self::Network { .. } => "network",
            Self::Status { .. } => "http_status",
            Self::NotJson { .. } => "not_json",
            Self::TooLarge { .. } => "response_too_large",
            Self::TooManyPages { .. } => "too_many_pages",
            Self::ForeignNextUrl { .. } => "foreign_next_url",
            Self::Response { error, .. } => error.code(),
        }
    }

    /// The message in `lang`.
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        if lang != Lang::Sv {
            return self.to_string();
        }
        match self {
            Self::BadBaseUrl(url) => {
                format!("Kolada-adressen `{url}` är ingen http://- eller https://-adress")
            }
            Self::Timeout { url, seconds } => {
                let seconds = seconds.to_string().replace('.', ",");
                format!("Kolada svarade inte på {url} inom {seconds} s")
            }
            Self::Network { url, message } => {
                format!("når inte Kolada på {url}: {message}")
            }
            Self::Status {
                url,
                status,
                attempts,
            } => {
                let note = if *attempts > 1 {
                    format!(" (efter {attempts} försök)")
                } else {
                    String::new()
                };
                format!("Kolada svarade på {url} med HTTP-status {status}{note}")
            }
            Self::NotJson { url, content_type } => format!(
                "Kolada svarade på {url} med {content_type}, inte JSON (stämmer adressen?)"
            ),
            Self::TooLarge { url, limit } => {
                format!("svaret på {url} är större än {limit} byte")
            }
            Self::TooManyPages { url, limit } => format!(
                "svaret på {url} fortsätter efter {limit} sidor (eller kommer tillbaka till en sida som redan lästs)"
            ),
            Self::ForeignNextUrl { url, next_url } => format!(
                "svaret på {url} hänvisar till en annan server ({next_url}), som inte följs"
            ),
            Self::Response { url, error } => format!(
                "svaret på {url} är ingen datasida från Koladas API v3: {}",
                error.message(lang)
            ),
        }
    }
}
