//! The `cinema` server: reads the configuration from the environment and serves until stopped.

use cinema::clock::Clock;
use cinema::config::Config;
use cinema::startup::Application;

#[actix_web::main]
async fn main() -> anyhow::Result<()> {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("info")).init();
    let config = Config::from_env()?;
    let bind = config.bind.clone();
    let app = Application::build(config, Clock::default())?;
    log::info!("listening on http://{bind}");
    app.run_until_stopped().await?;
    Ok(())
}
