"""The Today page's parts: section tables and the undo strip."""
