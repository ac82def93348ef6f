"""Pages of the main window's stacked area, one class per page."""
