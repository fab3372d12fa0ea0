"""sealflow: sealed exchange, de-identification, linkage, disclosure control and deposit."""

__version__ = "0.1.0"
