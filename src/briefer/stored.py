"""The typed dataclasses as plain JSON data and back, exactly, for the caches.

Unlike the documented JSON of facts and notes (an output, which cites sentences and leaves out
what only serves grouping), this form keeps every field, so what a cache gives back equals what
was put in. Plain data, never pickle: a cache file is read, not executed.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable, Mapping
from enum import Enum
from functools import cache
from typing import Any, TypeVar, Union

T = TypeVar("T")


def to_plain(value: Any) -> Any:
    """A dataclass (nested dataclasses, enums, tuples, dicts) as JSON-ready data."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple | list):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_plain(v) for k, v in value.items()}
    return value


def from_plain(cls: type[T], data: Any) -> T:
    """What to_plain wrote, as cls again."""
    value: T = _reader(typing.cast(Any, cls))(data)
    return value


def stored_or_none(cls: type[T], data: Any) -> T | None:
    """from_plain, or None when data is not what to_plain writes for cls (a damaged cache
    row: the caller computes the value again)."""
    try:
        return from_plain(cls, data)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


Reader = Callable[[Any], Any]


def _same(data: Any) -> Any:
    return data


@cache
def _reader(kind: Any) -> Reader:
    """A function reading plain data as kind, made once per type from its hints."""
    origin = typing.get_origin(kind)
    args = typing.get_args(kind)
    if kind is Any:
        return _same
    if origin in (Union, types.UnionType):
        options = [a for a in args if a is not type(None)]
        inner = _reader(options[0]) if len(options) == 1 else _same
        return lambda data: None if data is None else inner(data)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item = _reader(args[0])
        return lambda data: tuple(item(v) for v in data)
    if origin is tuple:
        items = [_reader(a) for a in args]
        return lambda data: tuple(r(v) for r, v in zip(items, data, strict=True))
    if origin is list:
        item = _reader(args[0])
        return lambda data: [item(v) for v in data]
    if origin is dict or origin is Mapping:
        value = _reader(args[1])
        return lambda data: {k: value(v) for k, v in data.items()}
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        hints = typing.get_type_hints(kind)
        fields = [(f.name, _reader(hints[f.name])) for f in dataclasses.fields(kind)]
        made = kind

        def read(data: Any) -> Any:
            return made(**{name: r(data[name]) for name, r in fields})

        return read
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind
    return _same
