"""On PostgreSQL the API's statements are planned for their parameters, never from a prepared
statement's generic plan: a generic plan suits the table's average owner, and on a table one
user dominates it counted a small user's list by reading the whole table instead of that
owner's index (bench/api.py: 1.5 ms at 6,500 rows, growing with the table)."""

import pytest
from django.db import connection

from designs.selectors import DesignListing
from tests.designs.factories import DesignFactory
from tests.factories import UserFactory

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]


def test_a_list_read_again_and_again_is_planned_for_its_owner_each_time():
    heavy, small = UserFactory(), UserFactory()
    DesignFactory.create_batch(30, owner=heavy)
    mine = DesignFactory(owner=small)
    listing = DesignListing(user=small)
    for _ in range(8):  # psycopg would prepare a statement at its fifth run if asked to
        rows, _total = listing.rows(after_values=None, start=0, size=20,
                                    bounded_count=listing.bounded_sql(1000))
        assert [row.id for row in rows] == [mine.id]
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        assert cursor.fetchall() == []
