"""factory_boy factories for designs; documents come from the real document model."""

import factory
from django.utils import timezone

from designs.models import Design, DesignRevision
from documents import new_document
from radicpro.api.ids import new_id
from tests.factories import UserFactory


def _document(design: Design) -> dict:
    doc = new_document(format_id=design.format, title=design.title)
    doc["id"] = design.id
    return doc


class DesignFactory(factory.django.DjangoModelFactory):
    """A design at version 1 with its first revision, as design_create leaves it."""

    class Meta:
        model = Design
        skip_postgeneration_save = True

    id = factory.LazyFunction(lambda: new_id("design"))
    owner = factory.SubFactory(UserFactory)
    title = factory.Sequence(lambda n: f"Design {n}")
    format = "instagram_post"
    design_json = factory.LazyAttribute(_document)
    created_at = factory.LazyFunction(timezone.now)
    updated_at = factory.LazyAttribute(lambda design: design.created_at)

    @factory.post_generation
    def _revision(obj, create, extracted, **kwargs):
        if create:
            DesignRevision.objects.create(design=obj, version=obj.version, title=obj.title,
                                          design_json=obj.design_json, source="create")
