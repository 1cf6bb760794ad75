"""The bill's rules for creates: a kind of test spends at most its share of the run's creates, and the run
at most its limit; room among the servers alive comes back when they are gone, spent creates do not."""

from __future__ import annotations

import pytest

from contract_tests.core.budget import CREATE_RESERVES, CREATE_SHARES, Bill, BudgetExhausted, Limits


def test_a_kind_spends_its_share_of_the_creates_and_no_more():
    bill = Bill(Limits(servers_alive=100, servers_created=20))
    share = int(20 * CREATE_SHARES["property"])
    for index in range(share):
        assert bill.may_create("property")
        bill.admit(kind="property")
        bill.server_created(f"s{index}", kind="property")
        bill.release()
    assert not bill.may_create("property")
    with pytest.raises(BudgetExhausted):
        bill.admit(kind="property")
    assert bill.refused_by == {"property": 1}
    assert bill.may_create("stateful"), "the scenarios, which come last, keep the rest of the run's creates"
    assert f"servers created {share} (property {share})" in bill.summary()


def test_the_random_scenarios_leave_the_chains_their_reserve():
    bill = Bill(Limits(servers_alive=100, servers_created=20))
    reserve = int(20 * CREATE_RESERVES["chain"])
    for index in range(20 - reserve):
        bill.admit(kind="stateful")
        bill.server_created(f"s{index}", kind="stateful")
        bill.release()
    assert not bill.may_create("stateful"), "the random scenarios spent the chains' reserve"
    assert reserve > 0 and bill.may_create("chain")
    for index in range(reserve):
        bill.admit(kind="chain")
        bill.server_created(f"c{index}", kind="chain")
        bill.release()
    assert not bill.may_create("chain") and bill.created == 20


def test_an_admitted_create_holds_its_room_until_its_answer_is_recorded():
    """Creates side by side (the link chains' scenarios): two never take the same room."""
    bill = Bill(Limits(servers_alive=2, servers_created=10))
    bill.admit()
    bill.admit()
    with pytest.raises(BudgetExhausted):
        bill.admit()  # both rooms are held by creates not yet answered
    bill.server_created("a")
    bill.release()
    with pytest.raises(BudgetExhausted):
        bill.admit()  # one alive, one still held
    bill.release()  # the second create failed: its room comes back
    bill.admit()
    assert bill.room() == 0 and bill.peak_alive == 1


def test_room_among_the_alive_comes_back_and_spent_creates_do_not():
    bill = Bill(Limits(servers_alive=1, servers_created=2))
    bill.server_created("a")
    with pytest.raises(BudgetExhausted):
        bill.admit()  # one alive of one
    assert bill.may_create("")  # but creates are left: waiting for a delete helps
    bill.server_gone("a")
    bill.admit()
    bill.server_created("b")
    bill.release()
    bill.server_gone("b")
    assert not bill.may_create("") and bill.room() == 0  # two created of two: nothing brings them back
