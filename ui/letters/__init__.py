"""Letters in the desktop app: the wizard, batches, printing and a case's papers."""
