"""UK identifiers: phone, NI, NHS, postcode, address, vehicle, bank, passport, birth date."""
