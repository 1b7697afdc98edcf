//! The `omvarld` command (being built: see issue 3).
fn main() {
    let malmo = omvarld::malmo();
    println!("{}", malmo.title);
}
