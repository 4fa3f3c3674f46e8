"""Indexes for every sort of the design list (each ending with id, the keyset tie-breaker)."""

from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('assets', '0001_initial'),
        ('brands', '0001_initial'),
        ('campaigns', '0001_initial'),
        ('designs', '0001_initial'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name='design',
            name='design_owner_updated',
        ),
        migrations.RemoveIndex(
            model_name='design',
            name='design_owner_campaign',
        ),
        migrations.AddIndex(
            model_name='design',
            index=models.Index(fields=['owner', '-updated_at', '-id'], name='design_owner_updated_id'),
        ),
        migrations.AddIndex(
            model_name='design',
            index=models.Index(fields=['owner', '-created_at', '-id'], name='design_owner_created_id'),
        ),
        migrations.AddIndex(
            model_name='design',
            index=models.Index(fields=['owner', 'title', 'id'], name='design_owner_title_id'),
        ),
        migrations.AddIndex(
            model_name='design',
            index=models.Index(fields=['owner', 'campaign', '-updated_at', '-id'], name='design_owner_campaign_upd'),
        ),
    ]
