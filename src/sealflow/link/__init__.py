"""sealflow.link: survey answers joined with the administrative extract on pseudonymous ID."""
