"""camelCase <-> snake_case conversion rules."""

from radicpro.api.casing import camelize, to_camel, to_snake, underscoreize


def test_round_trip_names():
    for snake, camel in [("full_name", "fullName"), ("total_pages", "totalPages"),
                         ("x_rate_limit", "xRateLimit"), ("id", "id")]:
        assert to_camel(snake) == camel
        assert to_snake(camel) == snake


def test_verbatim_values_are_untouched():
    doc = {"layers": [{"font_family": "Inter"}], "schemaVersion": "1.4"}
    assert camelize({"design_json": doc, "is_archived": False}) == {
        "designJson": doc, "isArchived": False}
    assert underscoreize({"designJson": doc, "isArchived": False}) == {
        "design_json": doc, "is_archived": False}


def test_nested_lists_and_dicts():
    assert camelize({"a_b": [{"c_d": 1}, 2]}) == {"aB": [{"cD": 1}, 2]}
    assert underscoreize({"aB": [{"cD": {"eF": None}}]}) == {"a_b": [{"c_d": {"e_f": None}}]}
