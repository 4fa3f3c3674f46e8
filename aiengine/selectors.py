"""AI reads: a user's smart-image recipes, a recipe by id, the cached image for a request."""

from django.db.models import Count, Q, QuerySet, Sum

from radicpro.api.errors import ApiError, ErrorCode

from .models import ProviderCall, SmartImageRecipe, SmartImageRender


def recipes_of(*, user) -> QuerySet[SmartImageRecipe]:
    """Every smart-image recipe of `user`, newest first."""
    return SmartImageRecipe.objects.filter(owner=user).select_related("asset", "design")


def recipe_get_for_user(*, user, recipe_id: str) -> SmartImageRecipe:
    """The user's recipe; NOT_FOUND when it does not exist or is someone else's."""
    recipe = recipes_of(user=user).filter(pk=str(recipe_id)).first()
    if recipe is None:
        raise ApiError(ErrorCode.NOT_FOUND, "Smart-image recipe not found.")
    return recipe


def recipe_cached(*, user, cache_key: str) -> SmartImageRecipe | None:
    """The user's latest completed recipe for the same normalised request whose image still exists."""
    return (recipes_of(user=user)
            .filter(cache_key=cache_key, status=SmartImageRecipe.Status.COMPLETED, asset__isnull=False)
            .order_by("-updated_at", "-id").first())


def recipe_renders(*, recipe: SmartImageRecipe) -> QuerySet[SmartImageRender]:
    """Every image the recipe produced, oldest first."""
    return SmartImageRender.objects.filter(recipe=recipe).order_by("created_at", "id")


def provider_usage(*, since, until) -> list[dict]:
    """AI provider calls in [since, until) by capability and provider: calls, errors, USD spent."""
    rows = (ProviderCall.objects.filter(created_at__gte=since, created_at__lt=until)
            .values("capability", "provider")
            .annotate(calls=Count("id"), errors=Count("id", filter=Q(outcome="error")),
                      spend=Sum("cost_usd"))
            .order_by("-spend", "-calls", "capability", "provider"))
    return [dict(row) for row in rows]
