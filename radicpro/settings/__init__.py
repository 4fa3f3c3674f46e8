"""Settings for Radic Pro: `base` reads the environment, `test` tunes it for the suite."""
