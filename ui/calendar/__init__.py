"""The Calendar page's parts: the grid of days, its delegate, the labels of items."""
