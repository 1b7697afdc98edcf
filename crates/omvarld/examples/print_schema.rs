//! Prints a published schema: `cargo run --example print_schema -- programme`.
fn main() {
    let name = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "programme".into());
    match omvarld::schema::schema_file(&name) {
        Some(text) => print!("{text}"),
        None => eprintln!("unknown schema `{name}`"),
    }
}
