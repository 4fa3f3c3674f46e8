"""The conversation evaluation: scripted conversations with the assistant, machine checks, transcripts.

`python -m assistant.evaluation [--out DIR]` (also `make evaluate`) runs every conversation of
conversations.py through the API on a scratch database and prints what passed.
"""
