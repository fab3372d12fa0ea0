# Stage rules for exchange (see ARCHITECTURE.md).
