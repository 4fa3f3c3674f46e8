"""Input and output shapes of the credits endpoints (snake_case; camelCase on the wire)."""

from rest_framework import serializers

from radicpro.api.fields import ListModelSerializer

from .costs import SMART_IMAGE_RESOLUTIONS
from .models import CreditLedgerEntry
from .services import MAX_PURCHASE


class BalanceOutput(serializers.Serializer):
    balance = serializers.IntegerField(help_text="Spendable credits.")
    plan = serializers.CharField()
    monthly_allowance = serializers.IntegerField(help_text="Credits granted each month.")
    expires_at = serializers.DateTimeField(allow_null=True, help_text="Credits do not expire.")
    reserved = serializers.IntegerField(help_text="Credits held by work still running "
                                        "(already taken from the balance; refunded if it fails).")


class PurchaseInput(serializers.Serializer):
    amount = serializers.IntegerField(min_value=1, max_value=MAX_PURCHASE,
                                      help_text="Credits to buy.")
    payment_method = serializers.CharField(max_length=255,
                                           help_text="A payment token (test mode: tok_test_*; "
                                           "tok_test_declined is declined).")


class PurchaseOutput(serializers.Serializer):
    transaction_id = serializers.CharField()
    credits_added = serializers.IntegerField()
    new_balance = serializers.IntegerField()
    cost = serializers.CharField(help_text='What was charged, e.g. "$40.00".')


class TransactionOutput(ListModelSerializer):
    type = serializers.CharField(source="kind", help_text="purchase, usage, refund, grant, "
                                 "allowance")

    class Meta:
        model = CreditLedgerEntry
        fields = ["id", "type", "amount", "balance_after", "reference", "description",
                  "created_at"]


class TransactionPageInput(serializers.Serializer):
    limit = serializers.IntegerField(min_value=1, max_value=100, default=50)
    offset = serializers.IntegerField(min_value=0, default=0)


class TransactionPageOutput(serializers.Serializer):
    transactions = TransactionOutput(many=True)
    total = serializers.IntegerField()
    has_more = serializers.BooleanField()


class EstimateInput(serializers.Serializer):
    action = serializers.ChoiceField(
        choices=["generate_designs", "smart_image", "edit_design", "export"],
        help_text="The AI request to price.")
    variants = serializers.IntegerField(min_value=1, max_value=10, default=1,
                                        help_text="generate_designs: design variants.")
    smart_images = serializers.IntegerField(min_value=0, max_value=50, default=0,
                                            help_text="Smart images generated (generate_designs "
                                            "or smart_image).")
    image_resolution = serializers.ChoiceField(choices=SMART_IMAGE_RESOLUTIONS, default="1k")
    edits = serializers.IntegerField(min_value=1, max_value=50, default=1,
                                     help_text="edit_design: AI edits.")


class EstimateLineOutput(serializers.Serializer):
    item = serializers.CharField()
    quantity = serializers.IntegerField()
    unit_credits = serializers.IntegerField()
    credits = serializers.IntegerField()
    resolution = serializers.CharField(required=False)


class EstimateOutput(serializers.Serializer):
    credits = serializers.IntegerField(help_text="What the request would cost.")
    breakdown = EstimateLineOutput(many=True)
    balance = serializers.IntegerField()
    sufficient = serializers.BooleanField()
    sandbox = serializers.BooleanField(help_text="Sandbox (rp_test_) keys are never charged.")
    charged = serializers.IntegerField(help_text="What would actually be taken.")
