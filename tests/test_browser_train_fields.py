"""The Train page in a real browser: a number typed outside a field's range is never replaced by another value
behind the student's back (issue 20, item 27): Start waits, saying which field and why."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.conftest import goto_page, wait_for_idle

pytestmark = pytest.mark.browser


def test_a_learning_rate_out_of_range_disables_start_with_the_reason(page, app_url: str) -> None:
    goto_page(page, app_url, "train")
    start = page.get_by_role("button", name="Start training")
    expect(start).to_be_enabled()
    field = page.get_by_label("Learning rate", exact=True)
    field.fill("1000000")
    field.press("Enter")
    wait_for_idle(page)
    expect(start).to_be_disabled()
    expect(page.get_by_text("Learning rate must be between 1e-06 and 10, and it is 1e+06", exact=False)).to_be_visible()
    field.fill("0.002")
    field.press("Enter")
    wait_for_idle(page)
    expect(start).to_be_enabled()
    expect(page.get_by_text("must be between", exact=False)).to_have_count(0)
