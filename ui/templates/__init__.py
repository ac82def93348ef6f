"""The template editor: copy, edit, check, preview and revert templates."""
