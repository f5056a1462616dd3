"""Message catalogues, one module per area of the tool (see workshop.i18n)."""
