"""Qt item models over compact rows fetched from the core through ui.operations."""
