# Stage rules for links (see ARCHITECTURE.md).
