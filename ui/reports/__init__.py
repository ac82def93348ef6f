"""The Reports page's parts: quick date ranges and the key-figures summary."""
