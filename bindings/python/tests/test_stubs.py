"""The stubs (`_omvarld.pyi`) cannot drift from the classes and the schema.

The stub is read with `ast`; its type aliases (`_Status: TypeAlias = ...`)
are resolved by name, so `Literal`s are compared by their values.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import typing
from pathlib import Path
from typing import Any

import pytest

import omvarld

HERE = Path(__file__).parent
STUB = Path(omvarld.__file__).parent / "_omvarld.pyi"
TREE = ast.parse(STUB.read_text(encoding="utf-8"))
SCHEMA = omvarld.json_schema("programme")
DEFS: dict[str, Any] = SCHEMA["$defs"]
REPO = HERE.parents[2]

#: The model classes: every object of the published schema that has a class.
MODEL_CLASSES = sorted(
    name for name, d in DEFS.items() if "properties" in d and isinstance(getattr(omvarld, name, None), type)
)

#: The members whose JSON name is not a Python identifier, by their attribute.
PYTHON_NAMES = {"$schema": "schema", "from": "from_"}


def attribute(member: str) -> str:
    return PYTHON_NAMES.get(member, member)


def aliases() -> dict[str, ast.expr]:
    out: dict[str, ast.expr] = {}
    for node in TREE.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            out[node.target.id] = node.value
    return out


ALIASES = aliases()


def stub_class(name: str) -> ast.ClassDef:
    for node in TREE.body:
        if isinstance(node, ast.ClassDef) and node.name == name:
            return node
    raise AssertionError(f"no class {name} in {STUB.name}")


def stub_properties(name: str) -> dict[str, str]:
    """Property name → its return annotation as written."""
    out = {}
    for node in stub_class(name).body:
        if isinstance(node, ast.FunctionDef) and any(
            isinstance(d, ast.Name) and d.id == "property" for d in node.decorator_list
        ):
            assert node.returns is not None, f"{name}.{node.name} has no return annotation"
            out[node.name] = ast.unparse(node.returns)
    return out


def literal_values(annotation: str) -> set[str]:
    """The values of a `Literal[...]`, or of the alias naming one."""
    expr = ast.parse(annotation, mode="eval").body
    while isinstance(expr, ast.Name) and expr.id in ALIASES:
        expr = ALIASES[expr.id]
    assert isinstance(expr, ast.Subscript) and ast.unparse(expr.value) == "Literal", annotation
    elts = expr.slice.elts if isinstance(expr.slice, ast.Tuple) else [expr.slice]
    values = set()
    for e in elts:
        assert isinstance(e, ast.Constant) and isinstance(e.value, str), annotation
        values.add(e.value)
    return values


def enum_values(def_name: str) -> set[str] | None:
    d = DEFS.get(def_name, {})
    if "enum" in d:
        return set(d["enum"])
    if "oneOf" in d and all("const" in o for o in d["oneOf"]):
        return {o["const"] for o in d["oneOf"]}
    return None


def ref_name(prop: dict[str, Any]) -> str | None:
    if "$ref" in prop:
        return str(prop["$ref"]).rsplit("/", 1)[-1]
    for alt in prop.get("anyOf", []) + prop.get("allOf", []):
        if "$ref" in alt:
            return str(alt["$ref"]).rsplit("/", 1)[-1]
    return None


def check_family(where: str, prop: dict[str, Any], required: bool, annotation: str) -> None:
    """The stub's annotation is of the family the schema's property asks for."""
    if prop.get("type") == "array":
        assert annotation.startswith("tuple[") and annotation.endswith(", ...]"), f"{where}: a list is a tuple, not {annotation}"
        return
    optional = annotation.endswith(" | None")
    assert optional == (not required), f"{where}: {'optional' if not required else 'required'} field typed {annotation}"
    base = annotation.removesuffix(" | None")
    ref = ref_name(prop)
    if ref in ("Text", "Title"):
        assert base == "Text", f"{where}: a Text is `Text`, not {annotation}"
    elif ref == "Date":
        assert base == "datetime.date", f"{where}: a Date is `datetime.date`, not {annotation}"
    elif ref == "Extensions":
        assert base.startswith("Mapping["), f"{where}: extensions read as a mapping, not {annotation}"
    elif ref == "SchemaVersion":
        # The newest schema allows only its own version; the model reads every one.
        assert literal_values(base) == set(omvarld.SCHEMA_VERSIONS), f"{where}: {base} is not every version"
    elif ref is not None and enum_values(ref) is not None:
        assert literal_values(base) == enum_values(ref), f"{where}: {base} is not the Literal of {ref}"
    elif ref is not None and "properties" in DEFS.get(ref, {}):
        assert base == ref, f"{where}: expected {ref}, not {annotation}"
    elif ref is not None or prop.get("type") == "string":
        assert base == "str", f"{where}: expected str, not {annotation}"
    elif prop.get("type") == "integer":
        assert base == "int", f"{where}: expected int, not {annotation}"
    elif prop.get("type") == "number":
        assert base == "float", f"{where}: expected float, not {annotation}"


def schema_objects() -> list[Any]:
    params = [pytest.param(name, DEFS[name], id=name) for name in MODEL_CLASSES]
    params.append(pytest.param("Programme", SCHEMA, id="Programme"))
    return params


def test_every_model_class_of_the_schema_is_checked() -> None:
    expected = {"Organisation", "Period", "FocusArea", "DirectionGoal", "Indicator", "Measurement",
                "ContributionAim", "Arena", "AdvocacyPosition", "Target", "Activity", "Publication",
                # Standard 1.1.
                "Body", "Decision", "Shift", "Reference", "FollowUp", "IndicatorResult", "Source"}
    assert expected <= set(MODEL_CLASSES)


@pytest.mark.parametrize(("name", "schema"), schema_objects())
def test_every_schema_field_is_an_attribute_and_a_stub_attribute(name: str, schema: dict[str, Any]) -> None:
    cls = getattr(omvarld, name)
    stub = stub_properties(name)
    required = set(schema.get("required", []))
    fields = schema["properties"]
    assert fields, name
    missing_class = [f for f in fields if not hasattr(cls, attribute(f))]
    missing_stub = [f for f in fields if attribute(f) not in stub]
    assert missing_class == [], f"{name} has no attribute for {missing_class}"
    assert missing_stub == [], f"{STUB.name}: {name} has no stub attribute for {missing_stub}"
    for field, prop in fields.items():
        check_family(f"{name}.{field}", prop, field in required, stub[attribute(field)])


def test_members_that_are_not_identifiers_are_renamed_only_in_python() -> None:
    # Every renamed member exists in the schema, and its JSON name is not an attribute.
    members = {m for d in [SCHEMA, *DEFS.values()] for m in d.get("properties", {})}
    assert set(PYTHON_NAMES) <= members
    assert not [m for m in members if not m.isidentifier() and m not in PYTHON_NAMES]
    import keyword

    assert not [m for m in members if keyword.iskeyword(m) and m not in PYTHON_NAMES]


def test_the_family_check_catches_a_wrong_stub() -> None:
    prop = DEFS["AdvocacyPosition"]["properties"]
    with pytest.raises(AssertionError):
        check_family("x", prop["focus_areas"], True, "list[str]")
    with pytest.raises(AssertionError):
        check_family("x", prop["title"], True, "str")
    with pytest.raises(AssertionError):
        check_family("x", prop["adopted"], False, "datetime.date")
    with pytest.raises(AssertionError):
        check_family("x", prop["status"], True, "Literal['draft']")


def test_issue_code_lists_exactly_the_catalogues_codes() -> None:
    codes = [c["code"] for c in omvarld.codes()]
    assert literal_values(stub_properties("Issue")["code"]) == set(codes)
    assert len(set(codes)) == len(codes)


@pytest.mark.parametrize(
    "alias",
    ["_Status", "_Priority", "_GovernanceLevel", "_ArenaKind", "_BodyKind", "_ReferenceKind", "_Relation",
     "_Assessment", "_Gender", "_Direction", "_PublicationKind"],
)
def test_enum_literals_are_the_schemas_enums(alias: str) -> None:
    assert literal_values(alias) == enum_values(alias.removeprefix("_"))


def parameters(cls: str | None, function: str) -> dict[str, str]:
    """Parameter name → annotation of every definition (overloads too)."""
    body = stub_class(cls).body if cls else TREE.body
    out: dict[str, str] = {}
    for node in body:
        if isinstance(node, ast.FunctionDef) and node.name == function:
            args = node.args
            for a in args.posonlyargs + args.args + args.kwonlyargs:
                if a.annotation is not None:
                    out.setdefault(a.arg, ast.unparse(a.annotation))
    return out


def test_parameters_of_enum_values_are_literals() -> None:
    kinds = {"Arena": "_ArenaKind", "Body": "_BodyKind", "Reference": "_ReferenceKind", "Publication": "_PublicationKind"}
    for cls in ("Arena", "Target", "AdvocacyPosition", "Body", "Reference", "FollowUp", "IndicatorResult",
                "Indicator", "Publication"):
        params = parameters(cls, "__new__")
        for name, alias in (("status", "_Status"), ("priority", "_Priority"), ("level", "_GovernanceLevel"),
                            ("kind", kinds.get(cls)), ("relation", "_Relation"), ("assessment", "_Assessment"),
                            ("gender", "_Gender"), ("direction", "_Direction")):
            if name in params:
                assert params[name].removesuffix(" | None") == alias, (cls, name, params[name])
    assert "_Status" in parameters("Programme", "positions_for")["status"]


def test_languages_and_tables_are_literals() -> None:
    assert literal_values("_Lang") == {"sv", "en"}
    assert literal_values("_Table") == set(omvarld.TABLES)
    for cls, function in ((None, "validate"), (None, "validate_file"), ("Programme", "validate"),
                          ("Programme", "check"), ("Programme", "records"), ("Programme", "to_pandas"),
                          (None, "explain")):
        assert parameters(cls, function)["lang"] == "_Lang", (cls, function)
    # One overload of records() per table, each with its row TypedDict.
    overloads = [n for n in stub_class("Programme").body if isinstance(n, ast.FunctionDef) and n.name == "records"]
    tables = {next(iter(literal_values(ast.unparse(n.args.args[1].annotation)))) for n in overloads if n.args.args[1].annotation}
    assert tables == set(omvarld.TABLES)


def typed_dict_keys(name: str) -> tuple[set[str], set[str]]:
    """(required keys, NotRequired keys) of a TypedDict of the stub."""
    required, optional = set(), set()
    for node in stub_class(name).body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            (optional if ast.unparse(node.annotation).startswith("NotRequired[") else required).add(node.target.id)
    return required, optional


ROWS = {"programme": "_ProgrammeRow", "focus_areas": "_FocusAreaRow", "contribution_aims": "_ContributionAimRow", "arenas": "_ArenaRow",
        "positions": "_PositionRow", "targets": "_TargetRow", "activities": "_ActivityRow",
        "publications": "_PublicationRow", "indicators": "_IndicatorRow", "coverage": "_CoverageRow",
        "results": "_ResultRow", "bodies": "_BodyRow", "asks": "_AskRow", "references": "_ReferenceRow",
        "follow_up": "_FollowUpRow", "indicator_results": "_IndicatorResultRow"}


def test_every_table_has_a_row_typed_dict() -> None:
    assert set(ROWS) == set(omvarld.TABLES)


@pytest.mark.parametrize("table", sorted(ROWS))
def test_record_typed_dicts_have_the_tables_columns(table: str) -> None:
    from test_collections import full_document

    p = omvarld.Programme.from_dict(full_document())
    required, optional = typed_dict_keys(ROWS[table])
    plain = p.records(table)  # type: ignore[call-overload]
    assert plain, table
    assert set(plain[0]) == required, table
    assert set(p.records(table, extensions=True)[0]) == required | optional  # type: ignore[call-overload]


def test_error_typed_dict_has_the_keys_errors_gives() -> None:
    from test_collections import full_document

    doc = full_document()
    doc["positions"][0]["status"] = "maybe"
    with pytest.raises(omvarld.ValidationError) as info:
        omvarld.Programme.from_dict(doc)
    entry = info.value.errors()[0]
    required, optional = typed_dict_keys("_ErrorDict")
    assert required <= set(entry) <= required | optional
    assert {"input", "ctx"} <= set(entry)
    with pytest.raises(omvarld.ValidationError) as info:
        omvarld.loads('{"id": ')
    assert set(info.value.errors()[0]) - {"ctx"} == required
    assert optional == {"input", "ctx"}


def mypy(*paths: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--show-absolute-path", *map(str, paths)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=600,
    )


def test_mypy_rejects_misspelled_tables_languages_and_statuses() -> None:
    script = HERE / "typing" / "misspelled.py"
    marked = {i for i, line in enumerate(script.read_text(encoding="utf-8").splitlines(), 1) if "  # error:" in line}
    assert len(marked) == 3
    result = mypy(script)
    assert result.returncode == 1, result.stdout + result.stderr
    errors = {int(m.group(1)) for m in re.finditer(rf"^{re.escape(str(script))}:(\d+): error:", result.stdout, re.M)}
    assert errors == marked, result.stdout


def test_the_example_passes_mypy_strict() -> None:
    result = mypy(REPO / "bindings" / "python" / "examples" / "analyst.py")
    assert result.returncode == 0, result.stdout + result.stderr


assert typing  # the module is imported so that a `tests/typing` folder cannot shadow it
