//! Rebuild when a migration is added: `embed_migrations!` does not notice new folders by itself.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
