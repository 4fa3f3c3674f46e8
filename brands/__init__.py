"""Brand kits: colours, fonts, logos."""
