# Stage rules for ingest (see ARCHITECTURE.md).
