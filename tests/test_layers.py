"""The package's folders are its layers: no module imports a layer above its own."""

import ast
from pathlib import Path

import pytest

import coordprog

PACKAGE = Path(coordprog.__file__).parent

#: Bottom to top; a module may import its own layer and the layers before it.
LAYERS = (
    "model",
    "schedule",
    "io",
    "importer",
    "shapes",
    "plugins",
    "reports",
    "portfolio",
    "api",
    "top",
)


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _layer(module: str) -> str:
    parts = module.split(".")
    if module == "coordprog._version":
        return "model"  # the version string: anything may print it
    if module == "coordprog._api":
        return "api"
    if len(parts) > 1 and parts[1] in LAYERS:
        return parts[1]
    return "top"  # the facade, the command line, testing, examples


def _modules() -> dict[str, Path]:
    return {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


MODULES = _modules()


def _imports(path: Path, *, top_level_only: bool = False) -> set[str]:
    """The coordprog modules ``path`` imports (from inside functions too, unless told)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    found: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            # ``from coordprog.io import _documents`` imports a module, not a name.
            found.update(
                f"{node.module}.{alias.name}"
                for alias in node.names
                if f"{node.module}.{alias.name}" in MODULES
            )
    return {name for name in found if name.split(".")[0] == "coordprog"}


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_upward_import(module: str) -> None:
    """Each module imports only its own layer and the layers below it."""
    own = LAYERS.index(_layer(module))
    upward = sorted(
        f"{target} ({_layer(target)})"
        for target in _imports(MODULES[module])
        if LAYERS.index(_layer(target)) > own
    )
    assert [] == upward, f"{module} ({_layer(module)}) imports a layer above its own"


def test_no_import_cycle() -> None:
    """No chain of module-level imports leads back to where it started."""
    graph = {
        name: {target for target in _imports(path, top_level_only=True) if target in MODULES}
        for name, path in MODULES.items()
    }
    state: dict[str, int] = {}  # 1 visiting, 2 done

    def visit(name: str, trail: list[str]) -> None:
        state[name] = 1
        for target in sorted(graph[name]):
            # A package's __init__ is imported with each of its modules: not a cycle.
            if target != name and not name.startswith(target + "."):
                if state.get(target) == 1:
                    cycle = trail[trail.index(target) :] if target in trail else trail
                    pytest.fail(" -> ".join([*cycle, target]))
                if state.get(target) is None:
                    visit(target, [*trail, target])
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])


def test_layers_are_folders() -> None:
    """Every layer below the facade is a folder of the package (or the shapes module)."""
    for layer in LAYERS[:-2]:
        assert (PACKAGE / layer).is_dir() or (PACKAGE / f"{layer}.py").is_file(), layer
