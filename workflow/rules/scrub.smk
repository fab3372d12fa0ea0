# Stage rules for scrub (see ARCHITECTURE.md).
