"""The creative rules, pure (no Django): reading a brief, colours and palettes, concepts, the design lint."""
