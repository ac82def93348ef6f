"""Spreadsheets in the app: the import wizard and the register export dialog."""
