"""Money of a case: exchange rates, how a loan's debt grew, the promised schedule,
the household budget and the bankruptcy screen.

Every amount is a ``Decimal`` with a currency; nothing here uses floats for money.
The modules are small and pure where they can be (``rates``, ``growth``,
``schedule``, ``budget``, ``bankruptcy`` work on plain dataclasses), so tests can
check them against hand-computed answers; ``case`` reads one case from the
database and hands the pure functions what they need. What a screen or a PDF
shows comes from ``case``:

- ``case.debt_report(session, debtor_id)``: per loan a ``growth.LoanGrowth``
  (figures, ratios, devaluation, ``series`` for a chart, ``schedule``);
- ``case.budget_report(session, debtor_id)``: a ``budget.Budget``;
- ``case.bankruptcy_report(session, debtor_id)``: a ``bankruptcy.Screen``.
"""
