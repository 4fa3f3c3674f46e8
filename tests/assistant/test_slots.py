"""Slot filling of the local assistant: what it reads from each message, and when it acts."""

import pytest

from aiengine.creative.color_names import COLOUR_NAMES
from assistant.local import LocalAssistant
from assistant.slots import find_colors, find_format, find_name, find_style


def converse(*messages, context=None):
    """Runs messages through the local assistant; the decisions, in order."""
    assistant, state, decisions = LocalAssistant(), {}, []
    for message in messages:
        decision = assistant.respond(state=state, history=[], message=message, context=context or {})
        state = {**decision.state, **({"done": True} if decision.action else {})}
        decisions.append(decision)
    return decisions


@pytest.mark.parametrize(("text", "awaiting", "name"), [
    ("It's called 'Bean There'", False, "Bean There"),
    ("The shop is called 'Bean There'", False, "Bean There"),
    ("We're named Northwind Traders, thanks", False, "Northwind Traders"),
    ('A logo for "Acme"', False, "Acme"),
    ("Bean There", True, "Bean There"),
    ("Bean There", False, ""),
    ("You choose", True, ""),
])
def test_names(text, awaiting, name):
    assert find_name(text, awaiting=awaiting) == name


def test_colours_styles_and_formats():
    assert find_colors("brown and gold, with a touch of #0af") == [COLOUR_NAMES["brown"], COLOUR_NAMES["gold"],
                                                                   "#00AAFF"]
    assert find_colors("dark blue not blue") == [COLOUR_NAMES["dark blue"], COLOUR_NAMES["blue"]]
    assert find_style("something retro please") == "vintage"
    assert find_style("keep it simple") == "minimalist"
    assert find_format("an instagram story") == "instagram_story"
    assert find_format("a LinkedIn post") == "linkedin_post"


def test_the_coffee_shop_logo_is_asked_for_then_made():
    first, second, third = converse("Create a logo for my coffee shop", "It's called 'Bean There'",
                                    "Vintage, in brown and gold")
    assert first.action is None and "name of your shop" in first.reply
    assert first.suggestions[:1] == ["Provide shop name"]
    assert second.action is None and second.state["awaiting"] == "style"
    assert third.action.kind == "create_logo"
    assert third.action.args == {"name": "Bean There", "style": "vintage",
                                 "colors": [COLOUR_NAMES["brown"], COLOUR_NAMES["gold"]]}


def test_a_vague_post_asks_what_it_is_for_once_then_designs_from_the_answer():
    asked, last = converse("I need a facebook post", "A morning class at Sunrise Yoga, calm, green")
    assert asked.action is None and asked.state["awaiting"] == "what"
    assert last.action.kind == "generate_designs"
    assert last.state["intent"] == "social_post"
    assert last.action.args["format"] == "facebook_post"
    assert "Sunrise Yoga" in last.action.args["prompt"] and "green" in last.action.args["prompt"]


def test_changing_the_deliverable_mid_way_designs_the_new_one():
    _post, switched = converse("I need a post", "actually make it an ad for our 20% off monsoon sale")
    assert switched.state["intent"] == "ad" and switched.action.kind == "generate_designs"
    assert "20% off monsoon sale" in switched.action.args["prompt"]


def test_a_question_after_a_finished_logo_does_not_make_another():
    made, question = converse("A modern logo called 'Atlas' in black", "What else can you do?")
    assert made.action.kind == "create_logo"
    assert question.action is None and "ready" in question.reply


def test_with_a_design_open_instructions_are_edits():
    (decision,) = converse("Make the headline red", context={"design_id": "design_x"})
    assert decision.action.kind == "edit_design"
    assert decision.action.args == {"instruction": "Make the headline red", "language": "en"}


def test_without_an_intent_it_offers_what_it_can_do():
    (decision,) = converse("hello")
    assert decision.action is None and decision.suggestions


def test_after_a_logo_new_colours_remake_it_and_element_changes_edit_it():
    made, recoloured, renamed = converse("A vintage logo called 'Atlas' in black", "Try it in navy and gold",
                                         "Make the name bigger", context={"design_id": "design_x"})
    assert made.action.kind == "create_logo"
    assert recoloured.action.kind == "create_logo"
    assert recoloured.action.args["colors"] == [COLOUR_NAMES["navy"], COLOUR_NAMES["gold"]]
    assert recoloured.action.args["style"] == "vintage"
    assert renamed.action.kind == "edit_design"


def test_after_a_post_another_format_is_a_new_design_not_an_edit():
    first, story, bigger = converse("Instagram post for my bakery called 'Crumbs', 20% off, bold, pink",
                                    "Make an Instagram story version", "Make the post's headline bigger",
                                    context={"design_id": "design_x"})
    assert first.action.kind == "generate_designs"
    assert story.action.kind == "generate_designs" and story.action.args["format"] == "instagram_story"
    assert bigger.action.kind == "edit_design"
