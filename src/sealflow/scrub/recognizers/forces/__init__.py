"""British Armed Forces identifiers: service numbers, ranks with names, bases and units."""
