# Stage rules for anonymise (see ARCHITECTURE.md).
