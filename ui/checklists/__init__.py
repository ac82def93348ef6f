"""Hearing checklists in the app: tick, note, print (``ChecklistDialog``)."""
