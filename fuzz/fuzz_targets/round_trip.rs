//! Whatever parses must serialize and re-parse to an equal value with an
//! identical report.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let options = omvarld::Options::default();
    let checked = omvarld::validate::check(data, &options);
    let Some(programme) = checked.programme else { return };
    for bytes in [serde_json::to_vec(&programme).expect("serializes"), serde_json::to_vec_pretty(&programme).expect("serializes")] {
        let again = omvarld::validate::check(&bytes, &options);
        assert_eq!(again.programme.as_ref(), Some(&programme));
        assert_eq!(again.report, checked.report);
    }
});
