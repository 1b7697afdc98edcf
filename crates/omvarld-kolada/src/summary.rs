//! The summary of a fetch as text, in Swedish or English.

use std::fmt::Write as _;

use omvarld::Lang;

use crate::merge::{IndicatorSummary, Summary};

/// A number as a reader of `lang` writes it: `72.5` or `72,5`.
fn number(value: f64, lang: Lang) -> String {
    let text = value.to_string();
    match lang {
        Lang::Sv => text.replace('.', ",").replace('-', "−"),
        _ => text,
    }
}

fn plural(n: usize, one: &'static str, many: &'static str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn counts(indicator: &IndicatorSummary, lang: Lang) -> String {
    let (added, unchanged, kept, conflicts) = match lang {
        Lang::Sv => (
            plural(indicator.added.len(), "tillagt", "tillagda"),
            plural(indicator.unchanged, "oförändrat", "oförändrade"),
            plural(indicator.kept, "behållet", "behållna"),
            plural(indicator.conflicts.len(), "avvikande", "avvikande"),
        ),
        _ => (
            plural(indicator.added.len(), "added", "added"),
            plural(indicator.unchanged, "unchanged", "unchanged"),
            plural(indicator.kept, "kept", "kept"),
            plural(indicator.conflicts.len(), "conflict", "conflicts"),
        ),
    };
    format!("{added}, {unchanged}, {kept}, {conflicts}")
}

impl Summary {
    /// The summary as lines of text: a heading, a line per indicator (with
    /// a line per conflict), and a total with the attribution that Kolada's
    /// terms ask for ("Källa: Kolada").
    ///
    /// ```
    /// use omvarld::Lang;
    /// let mut programme = omvarld::malmo();
    /// let summary = omvarld_kolada::merge(&mut programme, &[], "2026-12-01".parse()?, "2015-2025".parse()?);
    /// let text = summary.render(Lang::Sv);
    /// assert!(text.contains("Inget nyckeltal har en kolada_kpi"), "{text}");
    /// assert!(summary.render(Lang::En).ends_with("Source: Kolada (Källa: Kolada)\n"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn render(&self, lang: Lang) -> String {
        let mut out = String::new();
        let code = self
            .municipality
            .as_ref()
            .map_or("?", |c| c.as_str())
            .to_owned();
        let years = self.years.to_string();
        let _ = match lang {
            Lang::Sv => writeln!(
                out,
                "Kolada {} för kommun {code}, hämtat {} (totalvärden, T):",
                years.replace('-', "–"),
                self.retrieved
            ),
            _ => writeln!(
                out,
                "Kolada {years} for municipality {code}, retrieved {} (total values, T):",
                self.retrieved
            ),
        };
        if self.indicators.is_empty() {
            let _ = match lang {
                Lang::Sv => writeln!(out, "  Inget nyckeltal har en kolada_kpi: inget att hämta."),
                _ => writeln!(out, "  No indicator has a kolada_kpi: nothing to fetch."),
            };
        }
        for indicator in &self.indicators {
            let name = format!(
                "{}/{} ({})",
                indicator.focus_area.as_str(),
                indicator.indicator.as_str(),
                indicator.kpi.as_str()
            );
            let line = if indicator.no_data {
                match lang {
                    Lang::Sv => format!(
                        "inga värden i Kolada för {}; {}",
                        years.replace('-', "–"),
                        plural(indicator.kept, "utfall behållet", "utfall behållna")
                    ),
                    _ => format!(
                        "no values in Kolada for {years}; {}",
                        plural(indicator.kept, "result kept", "results kept")
                    ),
                }
            } else {
                counts(indicator, lang)
            };
            let _ = writeln!(out, "  {name}: {line}");
            for c in &indicator.conflicts {
                let _ = match lang {
                    Lang::Sv => writeln!(
                        out,
                        "    avviker {} ({}): filen har {}, Kolada har {} – filens värde behålls",
                        c.year,
                        c.path,
                        number(c.in_file, lang),
                        number(c.kolada, lang)
                    ),
                    _ => writeln!(
                        out,
                        "    conflict {} ({}): the file has {}, Kolada has {} – the file's value is kept",
                        c.year, c.path, c.in_file, c.kolada
                    ),
                };
            }
        }
        let added = self.added();
        let conflicts = self.conflicts().count();
        let _ = match lang {
            Lang::Sv => writeln!(
                out,
                "{} från Kolada, {}. Källa: Kolada",
                plural(added, "utfall tillagt", "utfall tillagda"),
                plural(conflicts, "avvikande värde", "avvikande värden")
            ),
            _ => writeln!(
                out,
                "{} from Kolada, {}. Source: Kolada (Källa: Kolada)",
                plural(added, "result added", "results added"),
                plural(conflicts, "conflict", "conflicts")
            ),
        };
        out
    }
}
