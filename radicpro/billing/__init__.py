"""Credits ledger, purchases, costs and plans' allowances."""
