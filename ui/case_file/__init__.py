"""The case file: a header and one tab per part of a case (person, loans, court, …)."""
