"""Forms of the admin actions' intermediate pages."""

from django import forms

MAX_GRANT = 1_000_000


class GrantCreditsForm(forms.Form):
    """How many credits to give each selected user, and why (kept on the ledger entry)."""

    _selected_action = forms.CharField(widget=forms.MultipleHiddenInput)
    action = forms.CharField(widget=forms.HiddenInput, initial="grant_credits")
    amount = forms.IntegerField(min_value=1, max_value=MAX_GRANT,
                                help_text="Credits added to each selected user's balance.")
    reason = forms.CharField(max_length=200, widget=forms.TextInput(attrs={"size": 60}),
                             help_text="Shown on the user's ledger and in the admin log.")

    def clean_reason(self) -> str:
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise forms.ValidationError("Say why the credits are given.")
        return reason
