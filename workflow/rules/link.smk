# Stage rules for link (see ARCHITECTURE.md).
