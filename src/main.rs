//! The `cinema` server: reads the configuration from the environment and serves until stopped.

use cinema::clock::Clock;
use cinema::config::Config;
use cinema::startup::Application;

#[actix_web::main]
async fn main() -> anyhow::Result<()> {
    cinema::logging::init();
    let config = Config::from_env()?;
    let app = Application::build(config, Clock::default())?;
    log::info!("listening on http://{}", app.address());
    app.run_until_stopped().await?;
    Ok(())
}
