"""URLs of the billing app (under /v1/)."""

from django.urls import path

from . import apis

urlpatterns = [
    path("credits/balance", apis.BalanceApi.as_view(), name="credits-balance"),
    path("credits/purchase", apis.PurchaseApi.as_view(), name="credits-purchase"),
    path("credits/transactions", apis.TransactionsApi.as_view(), name="credits-transactions"),
    path("credits/estimate", apis.EstimateApi.as_view(), name="credits-estimate"),
]
