"""Small reusable widgets and dialogs of the Qt front end."""
