//! Merging Kolada's values into a programme: fill the results Kolada has,
//! keep the ones it does not cover, and report (never overwrite) the ones
//! that differ.

use omvarld::model::{Gender, IndicatorResult, KoladaKpi, MunicipalityCode, Source, Url};
use omvarld::{Date, Id, Programme, Year};

use crate::response::Observation;
use crate::Years;

/// The name every fetched result's `source` carries.
pub const SOURCE_NAME: &str = "Kolada";

/// One total (`T`) value of a KPI in a year, and the request that gave it.
#[derive(Clone, Debug, PartialEq)]
pub struct KoladaValue {
    /// The year.
    pub year: Year,
    /// The total value.
    pub value: f64,
    /// The request that returned it (the `source.url` of the result).
    pub url: String,
}

/// What Kolada holds for one KPI in the municipality: its total values.
#[derive(Clone, Debug, PartialEq)]
pub struct KpiValues {
    /// The KPI.
    pub kpi: KoladaKpi,
    /// The total values, one per year at most, in the order received.
    pub values: Vec<KoladaValue>,
}

impl KpiValues {
    /// The total values among `observations` (a response to the request
    /// `url`) that are for `kpi`, `municipality` and a year in `years` and
    /// not null; women's and men's values and anything else are left out.
    /// A year that comes twice keeps its first value.
    ///
    /// ```
    /// use omvarld_kolada::{parse_page, KpiValues, Years};
    /// let page = parse_page(br#"{"values": [
    ///   {"kpi": "N00945", "municipality": "1280", "period": 2020,
    ///    "values": [{"gender": "T", "value": 12.3}, {"gender": "K", "value": 11.0}]},
    ///   {"kpi": "N00945", "municipality": "1280", "period": 2021,
    ///    "values": [{"gender": "T", "value": null}]}]}"#)?;
    /// let mut values = KpiValues::new("N00945".parse()?);
    /// values.add(&page.observations, &"1280".parse()?, &"2020-2021".parse()?, "http://kolada.test/a");
    /// assert_eq!(values.values.len(), 1);
    /// assert_eq!(values.values[0].value, 12.3);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn add(
        &mut self,
        observations: &[Observation],
        municipality: &MunicipalityCode,
        years: &Years,
        url: &str,
    ) {
        for o in observations {
            let Some(value) = o.value else { continue };
            if o.gender != Gender::Total
                || o.kpi != self.kpi.as_str()
                || o.municipality != municipality.as_str()
                || !years.contains(o.year.get())
                || self.values.iter().any(|v| v.year == o.year)
            {
                continue;
            }
            self.values.push(KoladaValue {
                year: o.year,
                value,
                url: url.to_owned(),
            });
        }
    }

    /// No values yet for `kpi`.
    #[must_use]
    pub fn new(kpi: KoladaKpi) -> Self {
        Self {
            kpi,
            values: Vec::new(),
        }
    }
}

/// A year where the file and Kolada disagree; the file's value is kept.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Conflict {
    /// JSON Pointer of the file's value (`…/results/k/value`).
    pub path: String,
    /// The year.
    pub year: Year,
    /// The value in the file, kept.
    pub in_file: f64,
    /// Kolada's total value, not written.
    pub kolada: f64,
}

/// What the merge did to one indicator that has a `kolada_kpi`.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct IndicatorSummary {
    /// JSON Pointer of the indicator.
    pub path: String,
    /// Id of its focus area.
    pub focus_area: Id,
    /// Id of the indicator.
    pub indicator: Id,
    /// Its KPI.
    pub kpi: KoladaKpi,
    /// Years added from Kolada.
    pub added: Vec<Year>,
    /// Results equal to Kolada's value, left as they were.
    pub unchanged: usize,
    /// Results Kolada does not cover (other years, women's and men's values), left as they were.
    pub kept: usize,
    /// Results that differ from Kolada's value, left as they were.
    pub conflicts: Vec<Conflict>,
    /// Kolada has no total value for the KPI in the years asked.
    pub no_data: bool,
}

/// What a fetch did to a whole programme.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Summary {
    /// The municipality fetched for (`organisation.municipality_code`).
    pub municipality: Option<MunicipalityCode>,
    /// The years asked for.
    pub years: Years,
    /// The `retrieved` date written into new results.
    pub retrieved: Date,
    /// One entry per indicator with a `kolada_kpi`, in document order.
    pub indicators: Vec<IndicatorSummary>,
}

impl Summary {
    /// How many results were added.
    #[must_use]
    pub fn added(&self) -> usize {
        self.indicators.iter().map(|i| i.added.len()).sum()
    }

    /// Every conflict, in document order.
    pub fn conflicts(&self) -> impl Iterator<Item = (&IndicatorSummary, &Conflict)> {
        self.indicators
            .iter()
            .flat_map(|i| i.conflicts.iter().map(move |c| (i, c)))
    }

    /// Whether the programme changed (some result was added).
    #[must_use]
    pub fn changed(&self) -> bool {
        self.added() > 0
    }
}

/// The KPIs of the programme's indicators, each once, in document order.
///
/// ```
/// let programme = omvarld::malmo();
/// assert!(omvarld_kolada::kpis(&programme).is_empty());
/// ```
#[must_use]
pub fn kpis(programme: &Programme) -> Vec<KoladaKpi> {
    let mut out: Vec<KoladaKpi> = Vec::new();
    for area in &programme.focus_areas {
        for indicator in &area.direction_goal.indicators {
            if let Some(kpi) = &indicator.kolada_kpi {
                if !out.contains(kpi) {
                    out.push(kpi.clone());
                }
            }
        }
    }
    out
}

/// Fills the results of every indicator that has a `kolada_kpi` with the
/// total values in `data`:
///
/// - a year with no total result in the file is added, with `source`
///   `{name: "Kolada", retrieved, url}` and no `gender` (absent is total);
/// - a year whose total result equals Kolada's value is left as it is;
/// - a year whose total result differs is left as it is and reported as a
///   [`Conflict`];
/// - every other result (other years, women's and men's values) is kept.
///
/// New results go before the first result of a later year, so a list in
/// year order stays in year order. Fetching the same values again adds
/// nothing.
///
/// ```
/// use omvarld_kolada::{merge, KoladaValue, KpiValues};
/// let mut programme = omvarld::malmo();
/// let kpi: omvarld::model::KoladaKpi = "N00914".parse()?;
/// let indicator = omvarld::Indicator::new("sysselsatta".parse()?, omvarld::Title::new("Förvärvsarbetande")?)
///     .with_kolada_kpi(kpi.clone());
/// programme.focus_areas[0].direction_goal.indicators.push(indicator);
/// let data = [KpiValues { kpi, values: vec![KoladaValue {
///     year: 2025.try_into()?, value: 74.0, url: "https://api.kolada.se/v3/data".into() }] }];
/// let summary = merge(&mut programme, &data, "2026-12-01".parse()?, "2025".parse()?);
/// assert_eq!(summary.added(), 1);
/// // A second merge of the same values changes nothing.
/// let again = merge(&mut programme, &data, "2026-12-02".parse()?, "2025".parse()?);
/// assert_eq!(again.added(), 0);
/// assert_eq!(again.indicators[0].unchanged, 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn merge(
    programme: &mut Programme,
    data: &[KpiValues],
    retrieved: Date,
    years: Years,
) -> Summary {
    let municipality = programme.organisation.municipality_code.clone();
    let mut indicators = Vec::new();
    for (i, area) in programme.focus_areas.iter_mut().enumerate() {
        for (j, indicator) in area.direction_goal.indicators.iter_mut().enumerate() {
            let Some(kpi) = indicator.kolada_kpi.clone() else {
                continue;
            };
            let values = data
                .iter()
                .find(|d| d.kpi == kpi)
                .map_or(&[][..], |d| d.values.as_slice());
            let path = format!("/focus_areas/{i}/direction_goal/indicators/{j}");
            let before = indicator.results.len();
            let mut summary = IndicatorSummary {
                path: path.clone(),
                focus_area: area.id.clone(),
                indicator: indicator.id.clone(),
                kpi,
                added: Vec::new(),
                unchanged: 0,
                kept: 0,
                conflicts: Vec::new(),
                no_data: values.is_empty(),
            };
            for value in values {
                let existing = indicator
                    .results
                    .iter()
                    .find(|r| r.year == value.year && r.gender() == Gender::Total);
                match existing {
                    Some(result) if same(result.value, value.value) => summary.unchanged += 1,
                    Some(result) => summary.conflicts.push(Conflict {
                        path: String::new(),
                        year: value.year,
                        in_file: result.value,
                        kolada: value.value,
                    }),
                    None => {
                        let at = indicator
                            .results
                            .iter()
                            .position(|r| r.year > value.year)
                            .unwrap_or(indicator.results.len());
                        indicator.results.insert(at, result(value, retrieved));
                        summary.added.push(value.year);
                    }
                }
            }
            // Paths once every insertion is made.
            for conflict in &mut summary.conflicts {
                let k = indicator
                    .results
                    .iter()
                    .position(|r| r.year == conflict.year && r.gender() == Gender::Total)
                    .unwrap_or_default();
                conflict.path = format!("{path}/results/{k}/value");
            }
            summary.kept = before - summary.unchanged - summary.conflicts.len();
            indicators.push(summary);
        }
    }
    Summary {
        municipality,
        years,
        retrieved,
        indicators,
    }
}

/// Two values are the same when they are the same number: both come from
/// decimal JSON text, so the same text gives the same `f64`.
fn same(a: f64, b: f64) -> bool {
    a == b
}

fn result(value: &KoladaValue, retrieved: Date) -> IndicatorResult {
    let result = IndicatorResult::new(value.year, value.value);
    // "Kolada" is a valid reference string and the request a valid URL; a
    // result without them is never made but needs no panic path.
    let Ok(name) = SOURCE_NAME.parse() else {
        return result;
    };
    let mut source = Source::new(name, retrieved);
    if let Ok(url) = value.url.parse::<Url>() {
        source = source.with_url(url);
    }
    result.with_source(source)
}
