"""The design evaluation: a prompt set run through the real generation service, measured on the documents and the exported pixels."""
