"""Factories for jobs."""

import factory

from radicpro.jobs.models import Job
from tests.factories import UserFactory


class JobFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Job

    owner = factory.SubFactory(UserFactory)
    kind = "generation"
    input = factory.LazyFunction(dict)
