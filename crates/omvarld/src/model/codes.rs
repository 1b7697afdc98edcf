//! Coded strings: language tag, kommunkod, country code, Kolada KPI id, URL
//! and (standard 1.1) reference string.

use crate::model::newtype::string_newtype;
use crate::model::patterns;

string_newtype! {
    #[doc = "Language tag (språkkod) of a translation, e.g. `sv`, `en`, `en-GB`."]
    ///
    /// ```
    /// use omvarld::model::LangTag;
    /// assert!("en-GB".parse::<LangTag>().is_ok());
    /// assert!("EN".parse::<LangTag>().is_err());
    /// ```
    LangTag, schema = "LangTag", pattern = patterns::LANG_TAG, max_length = None,
    expected = "a language tag such as `sv`, `en` or `en-GB`",
    check = patterns::is_lang_tag
}

string_newtype! {
    #[doc = "Swedish municipality code (kommunkod): four digits; Malmö is `1280`."]
    ///
    /// ```
    /// use omvarld::model::MunicipalityCode;
    /// assert_eq!("1280".parse::<MunicipalityCode>()?.as_str(), "1280");
    /// # Ok::<(), omvarld::model::InvalidValue>(())
    /// ```
    MunicipalityCode, schema = "MunicipalityCode", pattern = patterns::MUNICIPALITY_CODE,
    max_length = None, expected = "a municipality code (kommunkod) of four digits, e.g. `1280`",
    check = patterns::is_municipality_code
}

string_newtype! {
    #[doc = "Country code (landskod): ISO 3166-1 alpha-2, upper case, e.g. `SE`."]
    ///
    /// ```
    /// use omvarld::model::CountryCode;
    /// assert!("SE".parse::<CountryCode>().is_ok());
    /// ```
    CountryCode, schema = "CountryCode", pattern = patterns::COUNTRY_CODE, max_length = None,
    expected = "an ISO 3166-1 alpha-2 country code such as `SE`",
    check = patterns::is_country_code
}

string_newtype! {
    #[doc = "Kolada key performance indicator id (nyckeltal), an upper-case letter and five digits, e.g. `N00914`."]
    ///
    /// ```
    /// use omvarld::model::KoladaKpi;
    /// assert!("N00914".parse::<KoladaKpi>().is_ok());
    /// ```
    KoladaKpi, schema = "KoladaKpi", pattern = patterns::KOLADA_KPI, max_length = None,
    expected = "a Kolada KPI id: an upper-case letter and five digits, e.g. `N00914`",
    check = patterns::is_kolada_kpi
}

string_newtype! {
    #[doc = "Web address (webbadress) starting with `http://` or `https://`, with no white space."]
    ///
    /// ```
    /// use omvarld::model::Url;
    /// assert!("https://malmo.se/".parse::<Url>().is_ok());
    /// assert!("malmo.se".parse::<Url>().is_err());
    /// ```
    Url, schema = "Url", pattern = patterns::URL, max_length = None,
    expected = "an http:// or https:// address with no white space",
    check = patterns::is_url
}

string_newtype! {
    #[doc = "Reference string (beteckning): a case number (diarienummer), a document's designation such as `SOU 2017:114` or a source name; 1–64 characters, no control character, no white space at either end. Standard 1.1."]
    ///
    /// ```
    /// use omvarld::model::ReferenceString;
    /// assert!("SOU 2017:114".parse::<ReferenceString>().is_ok());
    /// assert!(" SOU 2017:114".parse::<ReferenceString>().is_err());
    /// assert!("x".repeat(65).parse::<ReferenceString>().is_err());
    /// ```
    ReferenceString, schema = "ReferenceString", pattern = patterns::REFERENCE_STRING,
    max_length = Some(64),
    expected = "a case number or designation of 1–64 characters, with no control character and no white space at either end",
    check = patterns::is_reference_string
}
