"""Evaluations of the design engine, the editor and the assistant: prompt sets, machine checks, contact sheets."""
