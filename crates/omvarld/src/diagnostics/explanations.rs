//! The long explanation of every code (`omvarld explain CODE`), in English
//! and Swedish: what it means, a minimal document that triggers it and
//! nothing else, and how to fix it.
//!
//! One entry per code, in the order of the code table in `catalogue.rs`; the
//! macro writes an exhaustive `match`, so a code without an entry does not
//! compile. The examples are JSON text (language-neutral: ids and Swedish
//! values, as a Swedish programme has them) and a test runs each through the
//! validator: it must report its code and no other, errors and warnings
//! together, at the path given. Only `review_overdue` needs an as-of date.
//! Swedish follows the glossary in docs/standard.md (ståndpunkt, fokusområde,
//! bidrag, medlem, språkkod, …).

use crate::diagnostics::{Code, Lang};

/// The long explanation of a [`Code`]: what it means, a minimal document
/// that triggers it, and how to fix it, in English and Swedish.
///
/// ```
/// use omvarld::{Code, Lang};
/// let explanation = Code::DuplicateId.explanation();
/// assert_eq!(explanation.code(), Code::DuplicateId);
/// assert!(explanation.meaning(Lang::En).starts_with("Two objects in one list have the same id."));
/// assert!(explanation.fix(Lang::Sv).starts_with("Ge ett av objekten ett nytt id"));
/// assert_eq!(explanation.example_path(), "/positions/1/id");
/// assert_eq!(explanation.as_of(), None);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Explanation {
    code: Code,
    meaning_en: &'static str,
    meaning_sv: &'static str,
    example: &'static str,
    as_of: Option<&'static str>,
    example_path: &'static str,
    fix_en: &'static str,
    fix_sv: &'static str,
}

impl Explanation {
    /// The code explained.
    ///
    /// ```
    /// use omvarld::Code;
    /// assert_eq!(Code::Enum.explanation().code(), Code::Enum);
    /// ```
    #[must_use]
    pub fn code(&self) -> Code {
        self.code
    }

    /// What the code means: a short paragraph in `lang`.
    ///
    /// ```
    /// use omvarld::{Code, Lang};
    /// let sv = Code::MissingSwedish.explanation().meaning(Lang::Sv);
    /// assert!(sv.starts_with("En text saknar svenskt värde."));
    /// ```
    #[must_use]
    pub fn meaning(&self, lang: Lang) -> &'static str {
        lang.pick(self.meaning_en, self.meaning_sv)
    }

    /// How to fix it: a short paragraph in `lang`, which also says what to
    /// change in the [example](Self::example).
    ///
    /// ```
    /// use omvarld::{Code, Lang};
    /// let en = Code::Enum.explanation().fix(Lang::En);
    /// assert!(en.contains("`active`"));
    /// ```
    #[must_use]
    pub fn fix(&self, lang: Lang) -> &'static str {
        lang.pick(self.fix_en, self.fix_sv)
    }

    /// A minimal document (JSON text, the same in both languages) that
    /// triggers this code and no other, errors and warnings together, when
    /// validated with the [as-of date](Self::as_of) if there is one.
    ///
    /// ```
    /// use omvarld::{Code, Options};
    /// let explanation = Code::UncoveredFocusArea.explanation();
    /// let report = omvarld::validate_str(explanation.example(), &Options::default());
    /// assert!(report.valid());
    /// assert!(report.issues().all(|issue| issue.code == Code::UncoveredFocusArea));
    /// assert_eq!(report.warnings[0].path, explanation.example_path());
    /// ```
    #[must_use]
    pub fn example(&self) -> &'static str {
        self.example.trim()
    }

    /// The as-of date (`YYYY-MM-DD`) to validate the example with, for the
    /// one code that needs one (`review_overdue`).
    ///
    /// ```
    /// use omvarld::{Code, Date, Options};
    /// let explanation = Code::ReviewOverdue.explanation();
    /// let as_of: Date = explanation.as_of().unwrap().parse()?;
    /// let report = omvarld::validate_str(explanation.example(), &Options::new().as_of(as_of));
    /// assert_eq!(report.warnings[0].code, Code::ReviewOverdue);
    /// assert_eq!(Code::Syntax.explanation().as_of(), None);
    /// # Ok::<(), omvarld::InvalidValue>(())
    /// ```
    #[must_use]
    pub fn as_of(&self) -> Option<&'static str> {
        self.as_of
    }

    /// The JSON Pointer the example's issue is reported at (`""` for the
    /// whole document, as `syntax` is).
    ///
    /// ```
    /// use omvarld::Code;
    /// assert_eq!(Code::Required.explanation().example_path(), "/positions/0/status");
    /// assert_eq!(Code::Syntax.explanation().example_path(), "");
    /// ```
    #[must_use]
    pub fn example_path(&self) -> &'static str {
        self.example_path
    }

    /// The whole explanation as plain text in `lang`, as `omvarld explain`
    /// prints it: a title line with the code and its one-line description,
    /// the meaning, the example (indented) and where it is reported, and how
    /// to fix it. Prose is wrapped at 79 columns; it ends with a newline.
    ///
    /// ```
    /// use omvarld::{Code, Lang};
    /// let text = Code::DuplicateId.explanation().render(Lang::En);
    /// assert!(text.starts_with("error[duplicate_id]: an id repeats within its list\n\nTwo objects"));
    /// assert!(text.contains("\nExample:\n\n    {\n      \"schema_version\": \"1.0\",\n"));
    /// assert!(text.contains("\nValidating it reports `duplicate_id` at `/positions/1/id`.\n"));
    /// assert!(text.contains("\nHow to fix:\n\nGive one of the objects a new id"));
    ///
    /// let sv = Code::DuplicateId.explanation().render(Lang::Sv);
    /// assert!(sv.starts_with("error[duplicate_id]: ett id förekommer mer än en gång i sin lista\n"));
    /// assert!(sv.contains("\nExempel:\n") && sv.contains("\nSå rättar du:\n"));
    /// ```
    #[must_use]
    pub fn render(&self, lang: Lang) -> String {
        let info = self.code.info();
        let mut out = String::with_capacity(4096);
        wrap(
            &mut out,
            &format!(
                "{}[{}]: {}",
                info.severity,
                self.code,
                info.description(lang)
            ),
        );
        out.push('\n');
        wrap(&mut out, self.meaning(lang));
        out.push('\n');
        out.push_str(lang.pick("Example:\n\n", "Exempel:\n\n"));
        for line in self.example().lines() {
            if !line.is_empty() {
                out.push_str("    ");
            }
            out.push_str(line);
            out.push('\n');
        }
        out.push('\n');
        wrap(&mut out, &self.outcome(lang));
        out.push('\n');
        out.push_str(lang.pick("How to fix:\n\n", "Så rättar du:\n\n"));
        wrap(&mut out, self.fix(lang));
        out
    }

    /// "Validating it reports `code` at `path`.", with the as-of date when
    /// the example needs one.
    fn outcome(&self, lang: Lang) -> String {
        let code = self.code;
        let at = match (self.example_path, lang) {
            ("", Lang::En) => " at `\"\"`, the whole document".to_owned(),
            ("", Lang::Sv) => " vid `\"\"`, hela dokumentet".to_owned(),
            (path, Lang::En) => format!(" at `{path}`"),
            (path, Lang::Sv) => format!(" vid `{path}`"),
        };
        match (self.as_of, lang) {
            (None, Lang::En) => format!("Validating it reports `{code}`{at}."),
            (None, Lang::Sv) => format!("Valideringen ger `{code}`{at}."),
            (Some(date), Lang::En) => format!(
                "Validated with the as-of date {date} (`--as-of {date}`), it reports `{code}`{at}."
            ),
            (Some(date), Lang::Sv) => {
                format!("Validerat med per-datumet {date} (`--as-of {date}`) ger det `{code}`{at}.")
            }
        }
    }
}

/// The width prose is wrapped at by [`Explanation::render`].
const WIDTH: usize = 79;

/// Appends `text` wrapped at [`WIDTH`] columns and a newline. A `code span`
/// is not broken unless it alone is wider than a line.
fn wrap(out: &mut String, text: &str) {
    let mut line = String::new();
    let mut unit = String::new();
    for word in text.split_whitespace() {
        if !unit.is_empty() {
            unit.push(' ');
        }
        unit.push_str(word);
        // Inside a code span while the unit has an odd number of backticks.
        if unit.matches('`').count().is_multiple_of(2) {
            place(out, &mut line, &unit);
            unit.clear();
        }
    }
    if !unit.is_empty() {
        place(out, &mut line, &unit);
    }
    out.push_str(&line);
    out.push('\n');
}

/// Adds `unit` to `line`, first moving `line` to `out` when `unit` does not fit.
fn place(out: &mut String, line: &mut String, unit: &str) {
    let width = |s: &str| s.chars().count();
    if !line.is_empty() && width(line) + 1 + width(unit) > WIDTH {
        out.push_str(line);
        out.push('\n');
        line.clear();
    }
    if !line.is_empty() {
        line.push(' ');
    }
    line.push_str(unit);
}

/// Declares the explanation of every code; see the module documentation.
macro_rules! explanations {
    ($(
        $variant:ident {
            meaning_en: $meaning_en:literal,
            meaning_sv: $meaning_sv:literal,
            example: $example:literal,
            $(as_of: $as_of:literal,)?
            path: $path:literal,
            fix_en: $fix_en:literal,
            fix_sv: $fix_sv:literal $(,)?
        }
    )+) => {
        impl Code {
            /// The long explanation of this code: what it means, a minimal
            /// document that triggers it, and how to fix it, in English and
            /// Swedish.
            ///
            /// ```
            /// use omvarld::{Code, Lang};
            /// for code in Code::ALL {
            ///     let explanation = code.explanation();
            ///     assert_eq!(explanation.code(), *code);
            ///     assert!(!explanation.meaning(Lang::Sv).is_empty());
            /// }
            /// println!("{}", Code::UnknownReference.explanation().render(Lang::Sv));
            /// ```
            #[must_use]
            pub fn explanation(self) -> &'static Explanation {
                match self {
                    $(Code::$variant => &Explanation {
                        code: Code::$variant,
                        meaning_en: $meaning_en,
                        meaning_sv: $meaning_sv,
                        example: $example,
                        as_of: explanations!(@as_of $($as_of)?),
                        example_path: $path,
                        fix_en: $fix_en,
                        fix_sv: $fix_sv,
                    },)+
                }
            }
        }
    };
    (@as_of $as_of:literal) => { Some($as_of) };
    (@as_of) => { None };
}

explanations! {
    Syntax {
        meaning_en: "The document cannot be read as JSON: a comma, bracket or quote \
            is missing or one too many, the file is not saved as UTF-8, one object \
            names the same member twice, a `\\u` escape is a lone surrogate, the \
            nesting is deeper than 128 levels, or a number is too large to \
            represent. Nothing else is checked until the document can be read, so \
            this is the first thing to fix. The issue gives the line and column \
            where reading stopped, and the message says what was expected there.",
        meaning_sv: "Dokumentet kan inte läsas som JSON: ett kommatecken, en \
            parentes eller ett citattecken saknas eller är för mycket, filen är \
            inte sparad som UTF-8, samma medlemsnamn står två gånger i ett objekt, \
            en `\\u`-kod är ett ensamt surrogattecken, nästlingen är djupare än 128 \
            nivåer eller ett tal är för stort för att kunna återges. Inget annat \
            kontrolleras förrän dokumentet går att läsa, så det här rättar du \
            först. Felet anger rad och kolumn där läsningen stannade, och \
            meddelandet säger vad som skulle ha stått där.",
        example: r#"
{
  "schema_version": "1.0",
  "id": "exempel",
  "title": {"sv": "Program för strategiskt omvärldsarbete"},
  "organisation": {"name": {"sv": "Malmö stad"}},
  "focus_areas": [
    {"id": "bostader", "number": 1, "title": {"sv": "Bostäder"},
     "direction_goal": {"statement": {"sv": "Fler bostäder byggs."}}}
  ],
  "contribution_aims": [],
  "positions": [
    {"id": "fler-bostader", "title": {"sv": "Fler bostäder"},
     "statement": {"sv": "Malmö vill att staten stöder bostadsbyggandet."},
     "focus_areas": ["bostader"],
     "targets": [{"level": "national", "body": {"sv": "Regeringen"}}],
     "status": "active",}
  ]
}
"#,
        path: "",
        fix_en: "Go to the line and column of the issue and correct the JSON \
            there. Here the comma after `\"status\": \"active\"`, the last member \
            of the position, is one too many: JSON allows no comma before a \
            closing `}` or `]`. Save the file as UTF-8 and write each member name \
            once per object. An editor that knows JSON marks such mistakes as you \
            type.",
        fix_sv: "Gå till raden och kolumnen som felet anger och rätta JSON-texten \
            där. Här är kommatecknet efter `\"status\": \"active\"`, ståndpunktens \
            sista medlem, ett för mycket: JSON tillåter inget kommatecken före en \
            avslutande `}` eller `]`. Spara filen som UTF-8 och skriv varje \
            medlemsnamn bara en gång per objekt. En textredigerare som förstår \
            JSON markerar sådana misstag medan du skriver.",
    }
    Type {
        meaning_en: "A value has the wrong JSON type: a string where a number is \
            expected, a single value where a list is expected, a plain string \
            where a Text object such as `{\"sv\": \"Bostäder\"}` is expected, and \
            so on. The types are part of the standard because the programs that \
            read a document rely on them. A top-level value that is not an object, \
            and a number as `schema_version`, are `type` too.",
        meaning_sv: "Ett värde har fel JSON-typ: en sträng där ett tal förväntas, \
            ett enskilt värde där en lista förväntas, en vanlig sträng där ett \
            textobjekt som `{\"sv\": \"Bostäder\"}` förväntas och så vidare. \
            Typerna ingår i standarden eftersom de program som läser dokumentet \
            förlitar sig på dem. Ett dokument vars yttersta värde inte är ett \
            objekt, och ett tal som `schema_version`, ger också `type`.",
        example: r#"
{
  "schema_version": "1.0",
  "id": "exempel",
  "title": {"sv": "Program för strategiskt omvärldsarbete"},
  "organisation": {"name": {"sv": "Malmö stad"}},
  "focus_areas": [
    {"id": "bostader", "number": "1", "title": {"sv": "Bostäder"},
     "direction_goal": {"statement": {"sv": "Fler bostäder byggs."}}}
  ],
  "contribution_aims": [],
  "positions": [
    {"id": "fler-bostader", "title": {"sv": "Fler bostäder"},
     "statement": {"sv": "Malmö vill att staten stöder bostadsbyggandet."},
     "focus_areas": ["bostader"],
     "targets": [{"level": "national", "body": {"sv": "Regeringen"}}],
     "status": "active"}
  ]
}
"#,
        path: "/focus_areas/0/number",
        fix_en: "Write the value in the type the message names. Here a focus \
            area's `number` is an integer, so write `\"number\": 1` without \
            quotes; a spreadsheet export often turns numbers into text. Texts are \
            objects keyed by language tag, `{\"sv\": \"Bostäder\"}`, and lists are \
            written in brackets even when they hold one element, `[\"bostader\"]`.",
        fix_sv: "Skriv värdet med den typ som meddelandet anger. Här är ett \
            fokusområdes `number` ett heltal, så skriv `\"number\": 1` utan \
            citattecken; en export från ett kalkylprogram gör ofta tal till text. \
            Texter är objekt med språkkoder som nycklar, `{\"sv\": \"Bostäder\"}`, \
            och listor skrivs inom hakparenteser även när de bara har ett element, \
            `[\"bostader\"]`.",
    }
    Required {
        meaning_en: "A member that the standard requires is missing. The path \
            points at where the member should be, here `/positions/0/status`. \
            Every programme needs `schema_version`, `id`, `title`, `organisation`, \
            `focus_areas` and `contribution_aims`; every position needs `id`, \
            `title`, `statement`, `focus_areas`, `targets` and `status`. The \
            description of the standard (`docs/standard.md`) marks every required \
            member.",
        meaning_sv: "En medlem som standarden kräver saknas. Sökvägen pekar på \
            platsen där medlemmen ska stå, här `/positions/0/status`. Varje program \
            behöver `schema_version`, `id`, `title`, `organisation`, `focus_areas` \
            och `contribution_aims`; varje ståndpunkt behöver `id`, `title`, \
            `statement`, `focus_areas`, `targets` och `status`. Beskrivningen av \
            standarden (`docs/standard.md`) anger vilka medlemmar som är \
            obligatoriska.",
        example: r#"
{
  "schema_version": "1.0",
  "id": "exempel",
  "title": {"sv": "Program för strategiskt omvärldsarbete"},
  "organisation": {"name": {"sv": "Malmö stad"}},
  "focus_areas": [
    {"id": "bostader", "number": 1, "title": {"sv": "Bostäder"},
     "direction_goal": {"statement": {"sv": "Fler bostäder byggs."}}}
  ],
  "contribution_aims": [],
  "positions": [
    {"id": "fler-bostader", "title": {"sv": "Fler bostäder"},
     "statement": {"sv": "Malmö vill att staten stöder bostadsbyggandet."},
     "focus_areas": ["bostader"],
     "targets": [{"level": "national", "body": {"sv": "Regeringen"}}]}
  ]
}
"#,
        path: "/positions/0/status",
        fix_en: "Add the member with a value of its kind. Here the position has \
            no `status`: write `\"status\": \"draft\"` while it is being prepared, \
            and `\"adopted\"` or `\"active\"` once it has been decided. A required \
            list that may be empty, such as `contribution_aims`, is written as \
            `[]` rather than left out.",
        fix_sv: "Lägg till medlemmen med ett värde av rätt slag. Här saknar \
            ståndpunkten `status`: skriv `\"status\": \"draft\"` medan den tas \
            fram, och `\"adopted\"` eller `\"active\"` när den är beslutad. En \
            obligatorisk lista som får vara tom, som `contribution_aims`, skrivs \
            som `[]` i stället för att utelämnas.",
    }
    UnknownField {
        meaning_en: "An object has a member the standard does not define: often \
            a misspelt name, or a local addition. Unknown members are errors \
            rather than being skipped, so that a misspelling never passes \
            unnoticed and no value is silently lost. The message suggests the \
            nearest member the object has when one is close. A member that \
            only standard 1.1 has, in a 1.0 document, is `unknown_field` too, and \
            its message names the version and the upgrade command. Local \
            additions belong in the object's `extensions` member, which may hold \
            any JSON.",
        meaning_sv: "Ett objekt har en medlem som standarden inte definierar: \
            ofta ett felstavat namn eller ett lokalt tillägg. Okända medlemmar är \
            fel i stället för att hoppas över, så att en felstavning aldrig går \
            obemärkt förbi och inget värde försvinner i tysthet. Meddelandet \
            föreslår den närmaste medlemmen som objektet har, när någon liknar \
            den. En medlem som bara finns i standard 1.1 ger också \
            `unknown_field` i ett dokument enligt 1.0, och meddelandet anger \
            versionen och kommandot som uppgraderar dokumentet. Lokala tillägg hör \
            hemma i objektets `extensions`, som får innehålla vilken JSON som \
            helst.",
        example: r#"
{
  "schema_version": "1.0",
  "id": "exempel",
  "title": {"sv": "Program för strategiskt omvärldsarbete"},
  "organisation": {"name": {"sv": "Malmö stad"}},
  "focus_areas": [
    {"id": "bostader", "number": 1, "title": {"sv": "Bostäder"},
     "direction_goal": {"statement": {"sv": "Fler bostäder byggs."}}}
  ],
  "contribution_aims": [],
  "positions": [
    {"id": "fler-bostader", "title": {"sv": "Fler bostäder"},
     "statement": {"sv": "Malmö vill att staten stöder bostadsbyggandet."},
     "focus_areas": ["bostader"],
     "targets": [{"level": "national", "body": {"sv": "Regeringen"}}],
     "status": "active",
     "priorty": "high"}
  ]
}
"#,
        path: "/positions/0/priorty",
        fix_en: "Correct the name if it is misspelt: here `priorty` should be \
            `priority`. If the member is a local addition that the standard does \
            not have, move it into `extensions`, for example \
            `\"extensions\": {\"budget_line\": \"4711\"}`. Names and contact \
            details of people do not belong in the document at all, not even in \
            `extensions`.",
        fix_sv: "Rätta namnet om det är felstavat: här ska `priorty` vara \
            `priority`. Är medlemmen ett lokalt tillägg som standarden saknar, \
            flytta den till `extensions`, till exempel \
            `\"extensions\": {\"budget_line\": \"4711\"}`. Namn och \
            kontaktuppgifter till personer hör inte hemma i dokumentet alls, inte \
            heller i `extensions`.",
    }
    Enum {
        meaning_en: "A value is not one of the values its member allows. These \
            values are written in English, in lower case, whatever the language \
            of the document: a position's `status` is `draft`, `adopted`, \
            `active`, `achieved` or `withdrawn`; `priority` is `high`, `medium` or \
            `low`; a governance `level` is `local`, `regional`, `national`, `eu` \
            or `international`; an arena's `kind` is one of seven kinds. The \
            message lists the allowed values and suggests the one meant: for a \
            Swedish word such as `antagen` or `nätverk` the code it stands for, \
            otherwise the nearest in spelling.",
        meaning_sv: "Ett värde är inte ett av dem som medlemmen tillåter. De \
            fasta värdena skrivs på engelska med små bokstäver, oavsett \
            dokumentets språk: en ståndpunkts `status` är `draft`, `adopted`, \
            `active`, `achieved` eller `withdrawn` (utkast, antagen, aktiv, \
            uppnådd, återkallad); `priority` är `high`, `medium` eller `low`; en \
            styrnivå (`level`) är `local`, `regional`, `national`, `eu` eller \
            `international`; en arenas `kind` är en av sju arenatyper. \
            Meddelandet räknar upp de tillåtna värdena och föreslår det som \
            avses: för ett svenskt ord som `antagen` eller `nätverk` koden det \
            står för, annars det närmaste i stavning.",
        example: r#"
{
  "schema_version": "1.0",
  "id": "exempel",
  "title": {"sv": "Program för strategiskt omvärldsarbete"},
  "organisation": {"name": {"sv": "Malmö stad"}},
  "focus_areas": [
    {"id": "bostader", "number": 1, "title": {"sv": "Bostäder"},
     "direction_goal": {"statement": {"sv": "Fler bostäder byggs."}}}
  ],
  "contribution_aims": [],
  "positions": [
    {"id": "fler-bostader", "title": {"sv": "Fler bostäder"},
     "statement": {"sv": "Malmö vill att staten stöder bostadsbyggandet."},
     "focus_areas": ["bostader"],
     "targets": [{"level": "national", "body": {"sv": "Regeringen"}}],
     "status": "aktiv"}
  ]
}
"#,
        path: "/positions/0/status",
        fix_en: "Replace the value with one of those the message lists. Here \
            `aktiv` is Swedish; the standard's value is `active`. Tools that show \
            the document, such as `omvarld report`, give the values in Swedish; \
            the document itself keeps the standard's values.",
        fix_sv: "Byt till ett av värdena som meddelandet räknar upp. Här är \
            `aktiv` svenska; standardens värde är `active`. Verktyg som visar \
            dokumentet, som `omvarld report`, visar värdena på svenska; själva \
            dokumentet behåller standardens värden.",
    }
    Format {
        meaning_en: "A value has the right JSON type but not the form or range \
            its kind requires. Ids are lower-case letters and digits in words \
            joined by single hyphens (`fler-bostader`), at most 64 characters; \
            dates are real calendar dates written `YYYY-MM-DD`; language tags look \
            like `sv`, `en` or `en-GB`; a municipality code has four digits \
            (`1280`), a country code two capital letters (`SE`), a Kolada KPI id a \
            capital letter and five digits (`N00914`); a url starts with \
            `http://` or `https://`; years lie between 1900 and 2100, and a focus \
            area's `number` is at least 1. For a bad language tag the path is the \
            member itself (`/title/EN`).",
        meaning_sv: "Ett värde har rätt JSON-typ men inte den form eller det \
            intervall som dess slag kräver. Ett id består av små bokstäver och \
            siffror i ord som binds samman med enkla bindestreck \
            (`fler-bostader`), högst 64 tecken; datum är verkliga kalenderdatum \
            skrivna `YYYY-MM-DD`; språkkoder ser ut som `sv`, `en` eller `en-GB`; \
            en kommunkod har fyra siffror (`1280`), en landskod två versaler \
            (`SE`), ett nyckeltals-id från Kolada en versal och fem siffror \
            (`N00914`); en webbadress börjar med `http://` eller `https://`; år \
            ligger mellan 1900 och 2100, och ett fokusområdes `number` är minst 1. \
            För en felaktig språkkod pekar sökvägen på själva medlemmen \
            (`/title/EN`).",
        example: r#"
{
  "schema_version": "1.0",
  "id": "exempel",
  "title": {"sv": "Program för strategiskt omvärldsarbete"},
  "organisation": {"name": {"sv": "Malmö stad"}},
  "focus_areas": [
    {"id": "bostader", "number": 1, "title": {"sv": "Bostäder"},
     "direction_goal": {"statement": {"sv": "Fler bostäder byggs."}}}
  ],
  "contribution_aims": [],
  "positions": [
    {"id": "fler-bostader", "title": {"sv": "Fler bostäder"},
     "statement": {"sv": "Malmö vill att staten stöder bostadsbyggandet."},
     "focus_areas": ["bostader"],
     "targets": [{"level": "national", "body": {"sv": "Regeringen"}}],
     "status": "active",
     "adopted": "2025-6-30"}
  ]
}
"#,
        path: "/positions/0/adopted",
        fix_en: "Write the value in the form the message gives. Here the month \
            needs two digits: `\"adopted\": \"2025-06-30\"`. Spreadsheet programs \
            often drop leading zeros or add a time of day, so format date cells as \
            text in the form `YYYY-MM-DD`. An id may not contain capitals, spaces \
            or letters such as `å`, `ä` and `ö`: write `bostader`, not \
            `Bostäder`.",
        fix_sv: "Skriv värdet i den form som meddelandet anger. Här behöver \
            månaden två siffror: `\"adopted\": \"2025-06-30\"`. Kalkylprogram tar \
            ofta bort inledande nollor eller lägger till ett klockslag, så \
            formatera datumceller som text i formen `YYYY-MM-DD`. Ett id får inte \
            innehålla versaler, mellanslag eller bokstäver som `å`, `ä` och `ö`: \
            skriv `bostader`, inte `Bostäder`.",
    }
    Length {
        meaning_en: "A list that needs at least one element is empty, or a text \
            value is longer than its limit. A programme needs at least one focus \
            area; a position needs at least one focus area and at least one \
            target, the decision maker it addresses. Text values have at most \
            10 000 characters, titles and names at most 300; lengths count \
            characters, not bytes.",
        meaning_sv: "En lista som behöver minst ett element är tom, eller ett \
            textvärde är längre än sin gräns. Ett program behöver minst ett \
            fokusområde; en ståndpunkt behöver minst ett fokusområde och minst en \
            mottagare, den beslutsfattare som den riktar sig till. Textvärden får \
            ha högst 10 000 tecken, titlar och namn högst 300; längden räknas i \
            tecken, inte i byte.",
        example: r#"
{
  "schema_version": "1.0",
  "id": "exempel",
  "title": {"sv": "Program för strategiskt omvärldsarbete"},
  "organisation": {"name": {"sv": "Malmö stad"}},
  "focus_areas": [
    {"id": "bostader", "number": 1, "title": {"sv": "Bostäder"},
     "direction_goal": {"statement": {"sv": "Fler bostäder byggs."}}}
  ],
  "contribution_aims": [],
  "positions": [
    {"id": "fler-bostader", "title": {"sv": "Fler bostäder"},
     "statement": {"sv": "Malmö vill att staten stöder bostadsbyggandet."},
     "focus_areas": ["bostader"],
     "targets": [],
     "status": "active"}
  ]
}
"#,
        path: "/positions/0/targets",
        fix_en: "Fill the list, or shorten the text. Here the position addresses \
            nobody: add the decision maker it is meant for, such as \
            `{\"level\": \"national\", \"body\": {\"sv\": \"Regeringen\"}}`. A \
            title is a name; the explanation belongs in `statement`, `rationale` \
            or `description`.",
        fix_sv: "Fyll listan eller korta texten. Här riktar sig ståndpunkten inte \
            till någon: lägg till den beslutsfattare som den är avsedd för, till \
            exempel `{\"level\": \"national\", \"body\": {\"sv\": \"Regeringen\"}}`. \
            En titel är ett namn; förklaringen hör hemma i `statement`, \
            `rationale` eller `description`.",
    }
    BlankText {
        meaning_en: "A text value has no character that is not white space: it \
            is empty (`\"\"`) or holds only spaces, tabs, line breaks or other \
            white space. An empty text says nothing, and in lists and reports it \
            looks like a missing title.",
        meaning_sv: "Ett textvärde saknar tecken som inte är blanktecken: det är \
            tomt (`\"\"`) eller innehåller bara mellanslag, tabbtecken, \
            radbrytningar eller andra blanktecken. En tom text säger ingenting, \
            och i listor och rapporter ser den ut som en saknad titel.",
        example: r#"
{
  "schema_version": "1.0",
  "id": "exempel",
  "title": {"sv": "Program för strategiskt omvärldsarbete"},
  "organisation": {"name": {"sv": "Malmö stad"}},
  "focus_areas": [
    {"id": "bostader", "number": 1, "title": {"sv": "Bostäder"},
     "direction_goal": {"statement": {"sv": "Fler bostäder byggs."}}}
  ],
  "contribution_aims": [],
  "positions": [
    {"id": "fler-bostader", "title": {"sv": " "},
     "statement": {"sv": "Malmö vill att staten stöder bostadsbyggandet."},
     "focus_areas": ["bostader"],
     "targets": [{"level": "national", "body": {"sv": "Regeringen"}}],
     "status": "active"}
  ]
}
"#,
        path: "/positions/0/title/sv",
        fix_en: "Write the text, or remove the member if it is optional. Here the \
            position's Swedish title is blank: write it, \
            `\"title\": {\"sv\": \"Fler bostäder\"}`. A translation that does not \
            exist yet is left out rather than written empty: \
            `{\"sv\": \"Fler bostäder\"}`, not \
            `{\"sv\": \"Fler bostäder\", \"en\": \"\"}`.",
        fix_sv: "Skriv texten, eller ta bort medlemmen om den är frivillig. Här \
            är ståndpunktens svenska titel tom: skriv den, \
            `\"title\": {\"sv\": \"Fler bostäder\"}`. En översättning som inte \
            finns ännu utelämnas i stället för att skrivas tom: \
            `{\"sv\": \"Fler bostäder\"}`, inte \
            `{\"sv\": \"Fler bostäder\", \"en\": \"\"}`.",
    }
    MissingSwedish {
        meaning_en: "A Text has no Swedish value. Every Text is an object from \
            language tags to strings, and `sv` is required in each of them: \
            Swedish is the language the programme is decided in, and the one \
            every reader can rely on finding. Other languages are optional \
            translations. The path is the Text object (`/positions/0/title`).",
        meaning_sv: "En text saknar svenskt värde. Varje text är ett objekt från \
            språkkoder till strängar, och `sv` krävs i alla: svenska är det språk \
            som programmet beslutas på, och det som varje läsare kan lita på att \
            hitta. Andra språk är frivilliga översättningar. Sökvägen pekar på \
            textobjektet (`/positions/0/title`).",
        example: r#"
{
  "schema_version": "1.0",
  "id": "exempel",
  "title": {"sv": "Program för strategiskt omvärldsarbete"},
  "organisation": {"name": {"sv": "Malmö stad"}},
  "focus_areas": [
    {"id": "bostader", "number": 1, "title": {"sv": "Bostäder"},
     "direction_goal": {"statement": {"sv": "Fler bostäder byggs."}}}
  ],
  "contribution_aims": [],
  "positions": [
    {"id": "fler-bostader", "title": {"en": "More housing"},
     "statement": {"sv": "Malmö vill att staten stöder bostadsbyggandet."},
     "focus_areas": ["bostader"],
     "targets": [{"level": "national", "body": {"sv": "Regeringen"}}],
     "status": "active"}
  ]
}
"#,
        path: "/positions/0/title",
        fix_en: "Add the Swedish value beside the translation: \
            `{\"sv\": \"Fler bostäder\", \"en\": \"More housing\"}`. The key is the \
            language tag `sv` in lower case; `se` is Northern Sami, and `SV` is \
            not a language tag.",
        fix_sv: "Lägg till det svenska värdet bredvid översättningen: \
            `{\"sv\": \"Fler bostäder\", \"en\": \"More housing\"}`. Nyckeln är \
            språkkoden `sv` med små bokstäver; `se` är nordsamiska, och `SV` är \
            ingen språkkod.",
    }
    SchemaVersion {
        meaning_en: "`schema_version` names a version of the standard that this \
            validator does not read. Every document says which version of the \
            standard it follows and is validated by that version's rules; the \
            versions are `\"1.0\"` and `\"1.1\"`, written as strings. A missing \
            `schema_version` is `required`, and a number (`1.0` without quotes) \
            is `type`.",
        meaning_sv: "`schema_version` anger en version av standarden som \
            valideraren inte läser. Varje dokument anger vilken version av \
            standarden det följer och valideras efter den versionens regler; \
            versionerna är `\"1.0\"` och `\"1.1\"`, skrivna som strängar. Ett \
            dokument utan `schema_version` ger `required`, och ett tal (`1.0` utan \
            citattecken) ger `type`.",
        example: r#"
{
  "schema_version": "1.0.0",
  "id": "exempel",
  "title": {"sv": "Program för strategiskt omvärldsarbete"},
  "organisation": {"name": {"sv": "Malmö stad"}},
  "focus_areas": [
    {"id": "bostader", "number": 1, "title": {"sv": "Bostäder"},
     "direction_goal": {"statement": {"sv": "Fler bostäder byggs."}}}
  ],
  "contribution_aims": [],
  "positions": [
    {"id": "fler-bostader", "title": {"sv": "Fler bostäder"},
     "statement": {"sv": "Malmö vill att staten stöder bostadsbyggandet."},
     "focus_areas": ["bostader"],
     "targets": [{"level": "national", "body": {"sv": "Regeringen"}}],
     "status": "active"}
  ]
}
"#,
        path: "/schema_version",
        fix_en: "Write the version the document follows, as a string: \
            `\"schema_version\": \"1.0\"`. `omvarld upgrade` turns a 1.0 document \
            into 1.1. If the document comes from a newer tool, update omvarld \
            rather than changing the version by hand: the rules differ between \
            versions.",
        fix_sv: "Skriv den version som dokumentet följer, som en sträng: \
            `\"schema_version\": \"1.0\"`. `omvarld upgrade` gör om ett dokument \
            enligt 1.0 till 1.1. Kommer dokumentet från ett nyare verktyg, \
            uppdatera omvarld i stället för att ändra versionen för hand: reglerna \
            skiljer sig mellan versionerna.",
    }
    DuplicateId {
        meaning_en: "Two objects in one list have the same id. The rest of the \
            document, and other systems, name an object by its id, so each id is \
            unique within its list: focus areas, contribution aims, arenas, \
            positions, activities, publications, the indicators of one direction \
            goal, and in 1.1 bodies. The later object is reported at its \
            `…/id`. The same id may be used in different lists, as a focus area \
            and a position may both be called `bostader`.",
        meaning_sv: "Två objekt i samma lista har samma id. Resten av dokumentet, \
            och andra system, pekar ut ett objekt med dess id, så varje id är \
            unikt i sin lista: fokusområden, bidrag, arenor, ståndpunkter, \
            aktiviteter, publikationer, indikatorerna för ett inriktningsmål och i \
            1.1 beslutande organ. Det senare objektet rapporteras vid sitt \
            `…/id`. Samma id får förekomma i olika listor, så ett fokusområde och \
            en ståndpunkt kan båda heta `bostader`.",
        example: r#"
{
  "schema_version": "1.0",
  "id": "exempel",
  "title": {"sv": "Program för strategiskt omvärldsarbete"},
  "organisation": {"name": {"sv": "Malmö stad"}},
  "focus_areas": [
    {"id": "bostader", "number": 1, "title": {"sv": "Bostäder"},
     "direction_goal": {"statement": {"sv": "Fler bostäder byggs."}}}
  ],
  "contribution_aims": [],
  "positions": [
    {"id": "fler-bostader", "title": {"sv": "Fler bostäder"},
     "statement": {"sv": "Malmö vill att staten stöder bostadsbyggandet."},
     "focus_areas": ["bostader"],
     "targets": [{"level": "national", "body": {"sv": "Regeringen"}}],
     "status": "active"},
    {"id": "fler-bostader", "title": {"sv": "Fler hyresrätter"},
     "statement": {"sv": "Malmö vill att staten inför ett investeringsstöd för hyresrätter."},
     "focus_areas": ["bostader"],
     "targets": [{"level": "national", "body": {"sv": "Riksdagen"}}],
     "status": "adopted"}
  ]
}
"#,
        path: "/positions/1/id",
        fix_en: "Give one of the objects a new id, or merge the two if they are \
            the same object entered twice. Here the second position is a \
            different one: call it `fler-hyresratter`, for example. Keep \
            published ids stable: other documents may refer to them.",
        fix_sv: "Ge ett av objekten ett nytt id, eller slå ihop dem om båda \
            beskriver samma objekt. Här är den andra \
            ståndpunkten en annan: kalla den till exempel `fler-hyresratter`. Låt \
            publicerade id vara oförändrade: andra dokument kan hänvisa till dem.",
    }
    UnknownReference {
        meaning_en: "A reference names an id that no object of its kind has. \
            Positions refer to focus areas, contribution aims and arenas by id; \
            activities to an arena and to positions; publications to positions; \
            in 1.1 a position's `decision` to a body. A reference that leads \
            nowhere would make reports and coverage wrong, so it is an error. The \
            message suggests the nearest known id, or lists the known ones.",
        meaning_sv: "En hänvisning anger ett id som inget objekt av rätt slag \
            har. Ståndpunkter hänvisar med id till fokusområden, bidrag och \
            arenor; aktiviteter till en arena och till ståndpunkter; publikationer \
            till ståndpunkter; i 1.1 hänvisar en ståndpunkts `decision` till ett \
            beslutande organ. En hänvisning som inte leder någonstans skulle göra \
            rapporter och täckning felaktiga, så den är ett fel. Meddelandet \
            föreslår det närmaste kända id:t eller räknar upp de kända.",
        example: r#"
{
  "schema_version": "1.0",
  "id": "exempel",
  "title": {"sv": "Program för strategiskt omvärldsarbete"},
  "organisation": {"name": {"sv": "Malmö stad"}},
  "focus_areas": [
    {"id": "bostader", "number": 1, "title": {"sv": "Bostäder"},
     "direction_goal": {"statement": {"sv": "Fler bostäder byggs."}}}
  ],
  "contribution_aims": [],
  "arenas": [
    {"id": "almedalsveckan", "name": {"sv": "Almedalsveckan"},
     "level": "national", "kind": "event"}
  ],
  "positions": [
    {"id": "fler-bostader", "title": {"sv": "Fler bostäder"},
     "statement": {"sv": "Malmö vill att staten stöder bostadsbyggandet."},
     "focus_areas": ["bostader"],
     "targets": [{"level": "national", "body": {"sv": "Regeringen"}}],
     "status": "active",
     "arenas": ["almedalen"]}
  ]
}
"#,
        path: "/positions/0/arenas/0",
        fix_en: "Correct the id to one that exists, or add the missing object. \
            Here the arena's id is `almedalsveckan`, so the position names \
            `\"arenas\": [\"almedalsveckan\"]`. When you remove an object, remove \
            or change the references to it as well.",
        fix_sv: "Rätta id:t till ett som finns, eller lägg till objektet som \
            saknas. Här har arenan id:t `almedalsveckan`, så ståndpunkten ska ange \
            `\"arenas\": [\"almedalsveckan\"]`. När du tar bort ett objekt behöver \
            du också ta bort eller ändra hänvisningarna till det.",
    }
    FocusAreaNumbering {
        meaning_en: "The focus areas' `number` members do not read 1, 2, …, n in \
            list order. A programme's focus areas are numbered (Malmö's six run \
            from 1 to 6), and people refer to them by number, so the order of the \
            list and the numbers must agree. Each focus area whose number differs \
            from its place in the list is reported at its `…/number`.",
        meaning_sv: "Fokusområdenas `number` är inte 1, 2, …, n i listans \
            ordning. Ett programs fokusområden är numrerade (Malmös sex går från 1 \
            till 6), och man hänvisar till dem med nummer, så listans ordning och \
            numren måste stämma överens. Varje fokusområde vars nummer skiljer sig \
            från dess plats i listan rapporteras vid sitt `…/number`.",
        example: r#"
{
  "schema_version": "1.0",
  "id": "exempel",
  "title": {"sv": "Program för strategiskt omvärldsarbete"},
  "organisation": {"name": {"sv": "Malmö stad"}},
  "focus_areas": [
    {"id": "bostader", "number": 2, "title": {"sv": "Bostäder"},
     "direction_goal": {"statement": {"sv": "Fler bostäder byggs."}}}
  ],
  "contribution_aims": [],
  "positions": [
    {"id": "fler-bostader", "title": {"sv": "Fler bostäder"},
     "statement": {"sv": "Malmö vill att staten stöder bostadsbyggandet."},
     "focus_areas": ["bostader"],
     "targets": [{"level": "national", "body": {"sv": "Regeringen"}}],
     "status": "active"}
  ]
}
"#,
        path: "/focus_areas/0/number",
        fix_en: "Number the focus areas 1, 2, …, n in the order they are listed, \
            or reorder the list to follow the numbers. Here the only focus area is \
            number 1. Ids do not change with the numbers, so references stay \
            valid.",
        fix_sv: "Numrera fokusområdena 1, 2, …, n i den ordning de står, eller \
            ändra ordningen i listan så att den följer numren. Här är det enda \
            fokusområdet nummer 1. Id:n ändras inte med numren, så hänvisningarna \
            fortsätter att gälla.",
    }
    DateOrder {
        meaning_en: "A date is earlier than a date it may not precede: a \
            period's `end` before its `start`, a position's `review_by` before its \
            `adopted` date, an activity's `ends` before its `starts`; in 1.1 also \
            `review_by` before the date of the `decision`, and a `follow_up` entry \
            dated before the entry above it. Equal dates are fine: a one-day \
            activity starts and ends on the same day. The later of the two dates \
            is reported.",
        meaning_sv: "Ett datum ligger före ett datum som det inte får komma före: \
            en periods `end` före dess `start`, en ståndpunkts `review_by` före \
            dess `adopted`, en aktivitets `ends` före dess `starts`; i 1.1 också \
            `review_by` före beslutets datum (`decision`) och en uppföljning \
            (`follow_up`) daterad före den föregående. Samma datum går bra: en \
            aktivitet på en dag börjar och slutar samma dag. Det senare av de två \
            datumen rapporteras.",
        example: r#"
{
  "schema_version": "1.0",
  "id": "exempel",
  "title": {"sv": "Program för strategiskt omvärldsarbete"},
  "organisation": {"name": {"sv": "Malmö stad"}},
  "period": {"start": "2026-01-01", "end": "2025-12-31"},
  "focus_areas": [
    {"id": "bostader", "number": 1, "title": {"sv": "Bostäder"},
     "direction_goal": {"statement": {"sv": "Fler bostäder byggs."}}}
  ],
  "contribution_aims": [],
  "positions": [
    {"id": "fler-bostader", "title": {"sv": "Fler bostäder"},
     "statement": {"sv": "Malmö vill att staten stöder bostadsbyggandet."},
     "focus_areas": ["bostader"],
     "targets": [{"level": "national", "body": {"sv": "Regeringen"}}],
     "status": "active"}
  ]
}
"#,
        path: "/period/end",
        fix_en: "Check both dates against the decision and correct the wrong one; \
            often it is a mistyped year. Here the period cannot end on 2025-12-31, \
            before it starts on 2026-01-01: a programme for four years ends on \
            2029-12-31. A period with no end leaves `end` out.",
        fix_sv: "Kontrollera båda datumen mot beslutet och rätta det som är fel; \
            ofta är det ett felskrivet årtal. Här kan perioden inte sluta \
            2025-12-31, före starten 2026-01-01: ett program för fyra år slutar \
            2029-12-31. En period utan slutdatum utelämnar `end`.",
    }
    DuplicateResultYear {
        meaning_en: "An indicator has two results for the same year and gender. \
            The results (`results`, Kolada's *utfall*) are the indicator's values \
            year by year: one a year for the total and, where given, one each for \
            women and men. Two values for one year leave it unclear which holds. \
            A result without `gender` counts as `total`. The later result is \
            reported at its `…/year`. Standard 1.1.",
        meaning_sv: "En indikator har två utfall för samma år och kön. Utfallen \
            (`results`) är indikatorns värden år för år: ett om året för totalen \
            och, där de finns, ett vardera för kvinnor och män. Två värden för \
            samma år gör det oklart vilket som gäller. Ett utfall utan `gender` \
            räknas som `total`. Det senare utfallet rapporteras vid sitt \
            `…/year`. Gäller standard 1.1.",
        example: r#"
{
  "schema_version": "1.1",
  "id": "exempel",
  "title": {"sv": "Program för strategiskt omvärldsarbete"},
  "organisation": {"name": {"sv": "Malmö stad"}},
  "focus_areas": [
    {"id": "bostader", "number": 1, "title": {"sv": "Bostäder"},
     "direction_goal": {
       "statement": {"sv": "Fler bostäder byggs."},
       "indicators": [
         {"id": "fardigstallda-bostader", "name": {"sv": "Färdigställda bostäder"},
          "results": [{"year": 2024, "value": 2840}, {"year": 2024, "value": 3105}]}
       ]}}
  ],
  "contribution_aims": [],
  "positions": [
    {"id": "fler-bostader", "title": {"sv": "Fler bostäder"},
     "statement": {"sv": "Malmö vill att staten stöder bostadsbyggandet."},
     "focus_areas": ["bostader"],
     "targets": [{"level": "national", "body": {"sv": "Regeringen"}}],
     "status": "active"}
  ]
}
"#,
        path: "/focus_areas/0/direction_goal/indicators/0/results/1/year",
        fix_en: "Keep one value per year and gender. If a figure has been \
            revised, replace the old value with the new one and say so in \
            `comment`; if the two values are for women and men, mark them \
            `\"gender\": \"female\"` and `\"gender\": \"male\"`. Here one of the \
            two results for 2024 is to go, or belongs to another year.",
        fix_sv: "Behåll ett värde per år och kön. Har en siffra reviderats, \
            ersätt det gamla värdet med det nya och skriv det i `comment`; gäller \
            de två värdena kvinnor och män, märk dem `\"gender\": \"female\"` och \
            `\"gender\": \"male\"`. Här ska ett av de två utfallen för 2024 bort, \
            eller så hör det till ett annat år.",
    }
    DuplicateReference {
        meaning_en: "A reference list names the same id twice, for example a \
            position's `focus_areas` listing one focus area two times. The second \
            mention adds nothing, so this is a warning rather than an error; but \
            it often hides a slip, such as a copied line where another id was \
            meant. The repeated element is reported.",
        meaning_sv: "En hänvisningslista anger samma id två gånger, till exempel \
            en ståndpunkts `focus_areas` som nämner samma fokusområde två gånger. \
            Det andra omnämnandet tillför inget, så det här är en varning och inte \
            ett fel; men det döljer ofta ett misstag, som en kopierad rad där ett \
            annat id var avsett. Det upprepade elementet rapporteras.",
        example: r#"
{
  "schema_version": "1.0",
  "id": "exempel",
  "title": {"sv": "Program för strategiskt omvärldsarbete"},
  "organisation": {"name": {"sv": "Malmö stad"}},
  "focus_areas": [
    {"id": "bostader", "number": 1, "title": {"sv": "Bostäder"},
     "direction_goal": {"statement": {"sv": "Fler bostäder byggs."}}}
  ],
  "contribution_aims": [],
  "positions": [
    {"id": "fler-bostader", "title": {"sv": "Fler bostäder"},
     "statement": {"sv": "Malmö vill att staten stöder bostadsbyggandet."},
     "focus_areas": ["bostader", "bostader"],
     "targets": [{"level": "national", "body": {"sv": "Regeringen"}}],
     "status": "active"}
  ]
}
"#,
        path: "/positions/0/focus_areas/1",
        fix_en: "Remove the repeated id, or replace it with the id that was \
            meant. Here the position lists its one focus area once: \
            `\"focus_areas\": [\"bostader\"]`.",
        fix_sv: "Ta bort det upprepade id:t eller byt det mot det id som avsågs. \
            Här anger ståndpunkten sitt enda fokusområde en gång: \
            `\"focus_areas\": [\"bostader\"]`.",
    }
    UncoveredFocusArea {
        meaning_en: "No position with status `adopted` or `active` names this \
            focus area. A focus area is a priority of the programme; if no \
            position in force takes it up, the advocacy work does not yet say what \
            the city wants in that area. Positions that are `draft`, `achieved` or \
            `withdrawn` do not count. This is a warning: a new programme often has \
            areas that are still without positions.",
        meaning_sv: "Ingen ståndpunkt med status `adopted` eller `active` anger \
            det här fokusområdet. Ett fokusområde är en prioritering i programmet; \
            om ingen gällande ståndpunkt tar upp det, säger intressebevakningen \
            ännu inte vad staden vill inom området. Ståndpunkter med status \
            `draft`, `achieved` eller `withdrawn` räknas inte. Det här är en \
            varning: ett nytt program har ofta områden som ännu saknar \
            ståndpunkter.",
        example: r#"
{
  "schema_version": "1.0",
  "id": "exempel",
  "title": {"sv": "Program för strategiskt omvärldsarbete"},
  "organisation": {"name": {"sv": "Malmö stad"}},
  "focus_areas": [
    {"id": "bostader", "number": 1, "title": {"sv": "Bostäder"},
     "direction_goal": {"statement": {"sv": "Fler bostäder byggs."}}}
  ],
  "contribution_aims": []
}
"#,
        path: "/focus_areas/0",
        fix_en: "Add a position for the focus area, or name the focus area in the \
            `focus_areas` of an existing position that takes it up; a draft counts \
            once its status is `adopted` or `active`. Here the programme has no \
            position at all.",
        fix_sv: "Lägg till en ståndpunkt för fokusområdet, eller ange \
            fokusområdet i `focus_areas` för en befintlig ståndpunkt som tar upp \
            det; ett utkast räknas när dess status blir `adopted` eller `active`. \
            Här har programmet ingen ståndpunkt alls.",
    }
    UnservedContributionAim {
        meaning_en: "No position with status `adopted` or `active` names this \
            contribution aim. The aims say what the external relations work should \
            contribute to (Malmö has seven, among them national influence); a \
            position names the aims it serves in its `contribution_aims`. An aim \
            that no position in force names is not yet pursued through advocacy. \
            This is a warning.",
        meaning_sv: "Ingen ståndpunkt med status `adopted` eller `active` anger \
            det här bidraget. Bidragen säger vad omvärldsarbetet ska bidra till \
            (Malmö har sju, bland dem nationell påverkan); en ståndpunkt anger i \
            `contribution_aims` vad den bidrar till. Ett bidrag som ingen \
            gällande ståndpunkt anger drivs ännu inte genom intressebevakningen. \
            Det här är en varning.",
        example: r#"
{
  "schema_version": "1.0",
  "id": "exempel",
  "title": {"sv": "Program för strategiskt omvärldsarbete"},
  "organisation": {"name": {"sv": "Malmö stad"}},
  "focus_areas": [
    {"id": "bostader", "number": 1, "title": {"sv": "Bostäder"},
     "direction_goal": {"statement": {"sv": "Fler bostäder byggs."}}}
  ],
  "contribution_aims": [
    {"id": "nationell-paverkan", "title": {"sv": "Nationell påverkan"}}
  ],
  "positions": [
    {"id": "fler-bostader", "title": {"sv": "Fler bostäder"},
     "statement": {"sv": "Malmö vill att staten stöder bostadsbyggandet."},
     "focus_areas": ["bostader"],
     "targets": [{"level": "national", "body": {"sv": "Regeringen"}}],
     "status": "active"}
  ]
}
"#,
        path: "/contribution_aims/0",
        fix_en: "Name the aim in the `contribution_aims` of the positions that \
            serve it, or add a position that does. Here the position addresses the \
            Government and can name \
            `\"contribution_aims\": [\"nationell-paverkan\"]`.",
        fix_sv: "Ange bidraget i `contribution_aims` för de ståndpunkter som \
            bidrar till det, eller lägg till en ståndpunkt som gör det. Här riktar \
            sig ståndpunkten till regeringen och kan ange \
            `\"contribution_aims\": [\"nationell-paverkan\"]`.",
    }
    ActivityOutsidePeriod {
        meaning_en: "An activity starts before the programme's `period.start` or \
            after its `period.end`. The programme applies to its period; an \
            activity outside it belongs to an earlier or a later programme, or has \
            a mistyped date. The first and the last day both belong to the \
            period. Only the start is compared, so an activity may go on after \
            the period's end; without a `period` nothing is checked.",
        meaning_sv: "En aktivitet börjar före programmets `period.start` eller \
            efter dess `period.end`. Programmet gäller för sin period; en \
            aktivitet utanför den hör till ett tidigare eller senare program, \
            eller har ett felskrivet datum. Både första och sista dagen hör till \
            perioden. Bara startdatumet jämförs, så en aktivitet får pågå efter \
            periodens slut; utan `period` kontrolleras ingenting.",
        example: r#"
{
  "schema_version": "1.0",
  "id": "exempel",
  "title": {"sv": "Program för strategiskt omvärldsarbete"},
  "organisation": {"name": {"sv": "Malmö stad"}},
  "period": {"start": "2026-01-01", "end": "2029-12-31"},
  "focus_areas": [
    {"id": "bostader", "number": 1, "title": {"sv": "Bostäder"},
     "direction_goal": {"statement": {"sv": "Fler bostäder byggs."}}}
  ],
  "contribution_aims": [],
  "positions": [
    {"id": "fler-bostader", "title": {"sv": "Fler bostäder"},
     "statement": {"sv": "Malmö vill att staten stöder bostadsbyggandet."},
     "focus_areas": ["bostader"],
     "targets": [{"level": "national", "body": {"sv": "Regeringen"}}],
     "status": "active"}
  ],
  "activities": [
    {"id": "almedalsveckan-2025", "title": {"sv": "Almedalsveckan 2025"},
     "starts": "2025-06-23", "ends": "2025-06-27"}
  ]
}
"#,
        path: "/activities/0/starts",
        fix_en: "Correct the activity's `starts` if it is mistyped; otherwise \
            move the activity to the programme it belongs to, or correct the \
            `period` if that is what is wrong. Here Almedalsveckan 2025 took place \
            before the programme began on 2026-01-01.",
        fix_sv: "Rätta aktivitetens `starts` om det är felskrivet; flytta annars \
            aktiviteten till det program den hör till, eller rätta `period` om det \
            är den som är fel. Här ägde Almedalsveckan 2025 rum innan programmet \
            började 2026-01-01.",
    }
    FollowUpStatusMismatch {
        meaning_en: "A position's follow-up log (`follow_up`) and its `status` \
            disagree: the last entry that gives a `status` gives a status other \
            than the position's own. The log records how the position's status \
            changed over time, so its latest status should be the position's \
            status now. Entries that give only an `assessment` do not count. This \
            is a warning. Standard 1.1.",
        meaning_sv: "En ståndpunkts uppföljning (`follow_up`) och dess `status` \
            stämmer inte överens: den sista posten som anger en `status` anger en \
            annan status än ståndpunktens egen. Uppföljningen visar hur \
            ståndpunktens status har ändrats över tid, så dess senaste status bör \
            vara ståndpunktens status nu. Poster som bara anger genomslag \
            (`assessment`) räknas inte. Det här är en varning. Gäller standard \
            1.1.",
        example: r#"
{
  "schema_version": "1.1",
  "id": "exempel",
  "title": {"sv": "Program för strategiskt omvärldsarbete"},
  "organisation": {"name": {"sv": "Malmö stad"}},
  "focus_areas": [
    {"id": "bostader", "number": 1, "title": {"sv": "Bostäder"},
     "direction_goal": {"statement": {"sv": "Fler bostäder byggs."}}}
  ],
  "contribution_aims": [],
  "positions": [
    {"id": "fler-bostader", "title": {"sv": "Fler bostäder"},
     "statement": {"sv": "Malmö vill att staten stöder bostadsbyggandet."},
     "focus_areas": ["bostader"],
     "targets": [{"level": "national", "body": {"sv": "Regeringen"}}],
     "status": "adopted",
     "follow_up": [{"date": "2026-01-10", "status": "active"}]}
  ]
}
"#,
        path: "/positions/0/status",
        fix_en: "Update whichever is out of date. If the latest entry is right, \
            set the position's `status` to the entry's: here the entry of \
            2026-01-10 records that work on the position has begun, so \
            `\"status\": \"active\"`. If the position's `status` is right, add a \
            follow-up entry that records the change.",
        fix_sv: "Uppdatera det som inte längre stämmer. Stämmer den senaste \
            posten, sätt ståndpunktens `status` till postens: här visar posten \
            från 2026-01-10 att arbetet med ståndpunkten har börjat, så \
            `\"status\": \"active\"`. Stämmer ståndpunktens `status`, lägg till en \
            uppföljning som visar ändringen.",
    }
    ReviewOverdue {
        meaning_en: "A position in force (`adopted` or `active`) has a \
            `review_by` date that has passed: it was to be reviewed by then, and \
            the as-of date is later. Positions go stale as decisions are taken \
            and circumstances change; the review date is the city's own promise \
            to look at a position again. The rule runs only with an as-of date \
            (`omvarld validate --as-of 2026-01-01`, `as_of=` in Python, \
            `Options::as_of` in Rust); a review date on the as-of date itself is \
            not overdue.",
        meaning_sv: "En gällande ståndpunkt (`adopted` eller `active`) har ett \
            översynsdatum (`review_by`) som har passerats: den skulle ha setts \
            över senast då, och per-datumet är senare. Ståndpunkter blir \
            inaktuella när beslut fattas och förutsättningar ändras; \
            översynsdatumet är stadens eget löfte att se över ståndpunkten igen. \
            Regeln körs bara med ett per-datum (`omvarld validate --as-of \
            2026-01-01`, `as_of=` i Python, `Options::as_of` i Rust); ett \
            översynsdatum samma dag som per-datumet är inte passerat.",
        example: r#"
{
  "schema_version": "1.0",
  "id": "exempel",
  "title": {"sv": "Program för strategiskt omvärldsarbete"},
  "organisation": {"name": {"sv": "Malmö stad"}},
  "focus_areas": [
    {"id": "bostader", "number": 1, "title": {"sv": "Bostäder"},
     "direction_goal": {"statement": {"sv": "Fler bostäder byggs."}}}
  ],
  "contribution_aims": [],
  "positions": [
    {"id": "fler-bostader", "title": {"sv": "Fler bostäder"},
     "statement": {"sv": "Malmö vill att staten stöder bostadsbyggandet."},
     "focus_areas": ["bostader"],
     "targets": [{"level": "national", "body": {"sv": "Regeringen"}}],
     "status": "active",
     "review_by": "2025-06-30"}
  ]
}
"#,
        as_of: "2026-01-01",
        path: "/positions/0/review_by",
        fix_en: "Review the position. If it still holds, set a new `review_by`; \
            if it has been achieved or given up, set its `status` to `achieved` \
            or `withdrawn`. Here the position was due for review by 2025-06-30, \
            before the as-of date 2026-01-01.",
        fix_sv: "Se över ståndpunkten. Gäller den fortfarande, sätt ett nytt \
            `review_by`; är den uppnådd eller övergiven, sätt dess `status` till \
            `achieved` eller `withdrawn`. Här skulle ståndpunkten ha setts över \
            senast 2025-06-30, före per-datumet 2026-01-01.",
    }
    Sheet {
        meaning_en: "A workbook or CSV folder read by `omvarld import` has a \
            problem of its own, before any value is checked: a row names the \
            object it belongs to in its key columns (a target row names its \
            position in `Position id`), and that key is empty or names no row \
            of the parent sheet; a column repeats another; a sheet lacks a key \
            column. An unknown sheet or column (a comment column, a notes \
            sheet) is ignored and reported as a warning with this code. Every \
            issue of an import carries `sheet` and `cell` beside its path. The \
            example is a CSV file `targets.csv` of a folder whose positions \
            sheet has no position `fler-bostader`.",
        meaning_sv: "En arbetsbok eller CSV-mapp som läses med `omvarld import` \
            har ett fel i sig själv, innan något värde kontrolleras: en rad \
            anger i sina nyckelkolumner vilket objekt den hör till (en rad för \
            en mottagare anger sin ståndpunkt i `Ståndpunktens id`), och \
            nyckeln är tom eller finns inte på föräldrabladet; en kolumn \
            upprepar en annan; ett blad saknar en nyckelkolumn. Ett okänt blad \
            eller en okänd kolumn (en kommentarskolumn, ett blad med \
            anteckningar) läses inte och ger en varning med den här koden. \
            Varje anmärkning från en import har `sheet` och `cell` bredvid sin \
            sökväg. Exemplet är en CSV-fil `targets.csv` i en mapp vars blad \
            med ståndpunkter saknar ståndpunkten `fler-bostader`.",
        example: r#"
Ståndpunktens id,Nivå,Organ (sv)
fler-bostader,national,Regeringen
"#,
        path: "/positions",
        fix_en: "Write the key as the parent sheet has it: here add the \
            position `fler-bostader` to the positions sheet, or correct the id \
            in the row. Keep one column per header, and the key columns that \
            `omvarld export` writes; delete or rename a sheet or column that \
            the warning names if it should be read.",
        fix_sv: "Skriv nyckeln som föräldrabladet har den: lägg här till \
            ståndpunkten `fler-bostader` på bladet med ståndpunkter, eller \
            rätta id:t i raden. Ha en kolumn per rubrik och behåll \
            nyckelkolumnerna som `omvarld export` skriver; ta bort eller byt \
            namn på ett blad eller en kolumn som varningen nämner om den ska \
            läsas.",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_lines_short_and_code_spans_whole() {
        let mut out = String::new();
        let text = "word ".repeat(40) + "`a code span with spaces` end";
        wrap(&mut out, &text);
        assert!(out.ends_with('\n'));
        assert!(out.lines().all(|l| l.chars().count() <= WIDTH), "{out}");
        assert!(out.lines().any(|l| l.contains("`a code span with spaces`")));
        assert_eq!(
            out.split_whitespace().collect::<Vec<_>>(),
            text.split_whitespace().collect::<Vec<_>>()
        );
    }

    #[test]
    fn every_code_has_its_own_entry() {
        for code in Code::ALL {
            assert_eq!(code.explanation().code(), *code);
        }
    }
}
