"""A small, editable price table: estimated USD cost of an LLM run from its token counts.

Prices are USD per million tokens (input, output), from the providers' public price pages.
Edit the table when prices change; a model that is not in it gets no estimate.
"""

from __future__ import annotations

from prodgap.regex_cache import compile_pattern

PRICES_PER_MILLION: dict[str, tuple[float, float]] = {
    "gpt-4.1": (2.00, 8.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1-nano": (0.10, 0.40),
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-5": (1.25, 10.00),
    "gpt-5-mini": (0.25, 2.00),
    "gpt-5-nano": (0.05, 0.40),
    "o4-mini": (1.10, 4.40),
}

BATCH_DISCOUNT = 0.5
"""What the Batch API charges, as a share of the table's price (OpenAI: half, for input and
output alike, in exchange for answers within 24 hours instead of at once)."""

# Dated snapshots ("gpt-4.1-mini-2025-04-14") cost what their alias costs.
_SNAPSHOT = compile_pattern(r"-\d{4}-\d{2}-\d{2}$")


def estimate_cost(
    model: str, input_tokens: int, output_tokens: int, *, batch: bool = False
) -> float | None:
    """Estimated USD cost of the tokens (at the Batch API's price with ``batch``), or None when
    the model is not in the price table."""
    prices = PRICES_PER_MILLION.get(model) or PRICES_PER_MILLION.get(_SNAPSHOT.sub("", model))
    if prices is None:
        return None
    input_price, output_price = prices
    share = BATCH_DISCOUNT if batch else 1.0
    cost = (input_tokens * input_price + output_tokens * output_price) * share / 1_000_000
    return round(cost, 6)
