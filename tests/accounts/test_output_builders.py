"""GET /v1/auth/me's body is built directly on the wire and says what UserOutput would."""

import pytest

from radicpro.accounts.serializers import UserOutput, user_data
from radicpro.api.casing import camelize
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("avatar_url", ["", "https://example.com/a.png"])
def test_the_me_body_equals_the_serializer(avatar_url):
    user = UserFactory(full_name="Ünïcode Person", avatar_url=avatar_url, plan="business")
    built, serialized = user_data(user), camelize(UserOutput(user).data)
    assert built == serialized
    assert list(built) == list(serialized)
