"""Design documents: the layered JSON every design is, and its API."""
