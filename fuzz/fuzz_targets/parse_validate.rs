//! Any bytes: parse + validate returns a report that serializes, never a
//! panic; upgrade refuses what is invalid and is idempotent on what it takes.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let options = omvarld::Options::default();
    let mut report = omvarld::validate(data, &options);
    assert_eq!(report.valid(), report.errors.is_empty());
    assert!(!report.errors.is_empty() || omvarld::parse::from_slice(data).is_ok());
    report.locate(data);
    let json = serde_json::to_vec(&report).expect("a report serializes");
    let back: omvarld::Report = serde_json::from_slice(&json).expect("and reads back");
    assert_eq!(back, report);
    if let Ok(upgraded) = omvarld::upgrade(data) {
        assert!(omvarld::validate(&upgraded, &options).valid());
        assert_eq!(omvarld::upgrade(&upgraded).expect("upgrades again"), upgraded);
    }
});
