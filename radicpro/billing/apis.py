"""Credits: balance, purchase, transactions (limit/offset) and the cost estimate."""

from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.response import Response
from rest_framework.views import APIView

from radicpro.accounts.authentication import is_sandbox_request

from . import selectors, services
from .serializers import (
    BalanceOutput,
    EstimateInput,
    EstimateOutput,
    PurchaseInput,
    PurchaseOutput,
    TransactionOutput,
    TransactionPageInput,
    TransactionPageOutput,
)

IDEMPOTENCY_KEY = OpenApiParameter(
    "Idempotency-Key", str, OpenApiParameter.HEADER, required=False,
    description="1–255 printable characters. The same key and body within 24 h replays the "
    "first response (Idempotent-Replayed: true) without charging again; the same key with "
    "another body is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 CONFLICT.")


class BalanceApi(APIView):
    throttle_category = None

    @extend_schema(operation_id="credits_balance", responses={200: BalanceOutput},
                   tags=["credits"])
    def get(self, request):
        return Response(BalanceOutput(selectors.credit_summary(user=request.user)).data)


class PurchaseApi(APIView):
    throttle_category = None

    @extend_schema(operation_id="credits_purchase", request=PurchaseInput,
                   responses={201: PurchaseOutput}, tags=["credits"],
                   parameters=[IDEMPOTENCY_KEY],
                   extensions={"x-errors": ["403", "409", "422", "503"]},
                   description="Buys credits with a payment token (test mode: tok_test_*; "
                   "tok_test_declined is declined). Sandbox keys cannot buy. Send an "
                   "Idempotency-Key so a retried purchase is never charged twice.")
    def post(self, request):
        data = PurchaseInput(data=request.data)
        data.is_valid(raise_exception=True)
        result = services.credits_purchase(user=request.user, sandbox=is_sandbox_request(request),
                                           **data.validated_data)
        return Response(PurchaseOutput(result).data, status=201)


class TransactionsApi(APIView):
    throttle_category = None

    @extend_schema(operation_id="credits_transactions", responses={200: TransactionPageOutput},
                   tags=["credits"], parameters=[
                       OpenApiParameter("limit", {"type": "integer", "minimum": 1,
                                                  "maximum": 100, "default": 50},
                                        description="1–100, default 50."),
                       OpenApiParameter("offset", {"type": "integer", "minimum": 0, "default": 0},
                                        description="From 0, default 0."),
                   ])
    def get(self, request):
        page = TransactionPageInput(data=request.query_params)
        page.is_valid(raise_exception=True)
        limit, offset = page.validated_data["limit"], page.validated_data["offset"]
        entries = selectors.credit_transactions(user=request.user)
        total = entries.count()
        rows = list(entries[offset:offset + limit]) if offset < total else []
        return Response({"transactions": TransactionOutput(rows, many=True).data,
                         "total": total, "has_more": offset + len(rows) < total})


class EstimateApi(APIView):
    throttle_category = None

    @extend_schema(operation_id="credits_estimate", request=EstimateInput,
                   responses={200: EstimateOutput}, tags=["credits"],
                   description="A dry run: what an AI request would cost against your "
                   "balance, item by item; nothing is charged or generated.")
    def post(self, request):
        data = EstimateInput(data=request.data)
        data.is_valid(raise_exception=True)
        estimate = selectors.credits_estimate(user=request.user,
                                              sandbox=is_sandbox_request(request),
                                              **data.validated_data)
        return Response(EstimateOutput(estimate).data)
