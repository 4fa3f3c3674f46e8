"""On PostgreSQL a statement the API runs again and again is prepared on its connection: after
the fifth run it is executed from the prepared plan, no longer parsed and planned each time."""

import pytest
from django.db import connection

from designs.selectors import design_detail
from tests.designs.factories import DesignFactory

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]


def _prepared_statements() -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        return [row[0] for row in cursor.fetchall()]


def test_a_read_run_five_times_is_prepared():
    design = DesignFactory()
    design_detail(user=design.owner, design_id=design.id)
    assert not any("designs_design" in sql for sql in _prepared_statements())
    for _ in range(5):
        assert design_detail(user=design.owner, design_id=design.id).pk == design.pk
    prepared = [sql for sql in _prepared_statements() if "designs_design" in sql]
    assert len(prepared) == 1 and "d.owner_id = $2" in prepared[0], prepared
