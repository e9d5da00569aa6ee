"""The data files under src/briefer/data: every YAML mapping names each key once (YAML would
let a second "until:" silently replace the first, and a rule would lose its words)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parent.parent / "src" / "briefer" / "data"


class _Strict(yaml.SafeLoader):
    """A safe loader that refuses a key written twice in one mapping."""


def _mapping(loader: _Strict, node: yaml.MappingNode) -> dict[object, object]:
    seen: set[object] = set()
    for key_node, _ in node.value:
        if key_node.tag == "tag:yaml.org,2002:merge":
            continue  # "<<: *defaults": keys merged in may be overridden, as meant
        key = loader.construct_object(key_node)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"key {key!r} written twice", key_node.start_mark
            )
        seen.add(key)
    return loader.construct_mapping(node)


_Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


@pytest.mark.parametrize("path", sorted(DATA.glob("*.yaml")), ids=lambda p: p.name)
def test_no_key_is_written_twice(path: Path) -> None:
    yaml.load(path.read_text(encoding="utf-8"), Loader=_Strict)


def test_the_check_finds_a_key_written_twice() -> None:
    with pytest.raises(yaml.constructor.ConstructorError, match="'until' written twice"):
        yaml.load("until: [a]\nother: 1\nuntil: [b]\n", Loader=_Strict)
