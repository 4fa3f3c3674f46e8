"""CSS in uploaded SVGs, read as a browser reads it (escapes decoded) and written back cleaned."""

from __future__ import annotations

import tinycss2

from .svg_allowlist import CSS_FUNCTIONS, CSS_PROPERTIES

_SELECTOR_FUNCTIONS = frozenset({"not", "is", "where", "nth-child", "nth-last-child",
                                 "nth-of-type", "nth-last-of-type", "lang"})
_BLOCKS = ("() block", "[] block", "{} block")


def _local_reference(target: str) -> bool:
    return target.strip().startswith("#")


def value_is_safe(tokens) -> bool:
    """Only allowed functions; url() only to `#id` in this document; no at-keywords."""
    for token in tokens:
        kind = token.type
        if kind == "url" and not _local_reference(token.value):
            return False
        if kind == "function":
            if token.lower_name not in CSS_FUNCTIONS:
                return False
            if token.lower_name == "url":
                arguments = [a for a in token.arguments if a.type not in ("whitespace", "comment")]
                if len(arguments) != 1 or arguments[0].type != "string" \
                        or not _local_reference(arguments[0].value):
                    return False
            elif not value_is_safe(token.arguments):
                return False
        if kind in _BLOCKS and not value_is_safe(token.content):
            return False
        if kind in ("at-keyword", "error", "bad-url"):
            return False
    return True


def clean_value(text: str) -> str | None:
    """A property value (a presentation attribute) written back, or None when it is unsafe."""
    tokens = tinycss2.parse_component_value_list(text, skip_comments=True)
    if not value_is_safe(tokens):
        return None
    return tinycss2.serialize(tokens).strip()


def _clean_declarations(nodes, removed: list[str]) -> str:
    kept = []
    for node in nodes:
        if node.type != "declaration":
            if node.type != "whitespace":
                removed.append("css: not a declaration")
            continue
        if node.lower_name not in CSS_PROPERTIES:
            removed.append(f"css: property {node.lower_name}")
            continue
        if not value_is_safe(node.value):
            removed.append(f"css: value of {node.lower_name}")
            continue
        value = tinycss2.serialize(node.value).strip()
        kept.append(f"{node.lower_name}:{value}{'!important' if node.important else ''}")
    return ";".join(kept)


def clean_style_attribute(text: str, removed: list[str]) -> str:
    """The declarations of a style="" attribute that are allowed, written back."""
    nodes = tinycss2.parse_blocks_contents(text, skip_comments=True, skip_whitespace=True)
    return _clean_declarations(nodes, removed)


def _selector_is_safe(prelude) -> bool:
    for token in prelude:
        if token.type == "function" and (token.lower_name not in _SELECTOR_FUNCTIONS
                                         or not _selector_is_safe(token.arguments)):
            return False
        if token.type in ("url", "at-keyword", "{} block", "bad-url", "error"):
            return False
        if token.type in ("() block", "[] block") and not _selector_is_safe(token.content):
            return False
    return True


def clean_stylesheet(text: str, removed: list[str]) -> str:
    """The style rules of a <style> element, cleaned; every at-rule (@import, @font-face...)
    goes."""
    rules = []
    for node in tinycss2.parse_stylesheet(text, skip_comments=True, skip_whitespace=True):
        if node.type == "at-rule":
            removed.append(f"css: @{node.lower_at_keyword}")
        elif node.type != "qualified-rule" or not _selector_is_safe(node.prelude):
            removed.append("css: rule")
        else:
            body = tinycss2.parse_blocks_contents(node.content, skip_comments=True,
                                                  skip_whitespace=True)
            selector = tinycss2.serialize(node.prelude).strip()
            rules.append(f"{selector}{{{_clean_declarations(body, removed)}}}")
    return "\n".join(rules)
