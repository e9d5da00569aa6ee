"""The typed dataclasses as plain JSON data and back, exactly, for the caches.

Unlike the documented JSON of facts and notes (an output, which cites sentences and leaves out
what only serves grouping), this form keeps every field, so what a cache gives back equals what
was put in. Plain data, never pickle: a cache file is read, not executed.
"""

from __future__ import annotations

import dataclasses
import types
import typing
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
    value: T = _read(cls, data)
    return value


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _read(kind: Any, data: Any) -> Any:
    origin = typing.get_origin(kind)
    if kind is Any or data is None:
        return data
    if origin in (Union, types.UnionType):
        options = [a for a in typing.get_args(kind) if a is not type(None)]
        return _read(options[0], data) if len(options) == 1 else data
    if origin is tuple:
        args = typing.get_args(kind)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_read(args[0], v) for v in data)
        return tuple(_read(a, v) for a, v in zip(args, data, strict=True))
    if origin is list:
        return [_read(typing.get_args(kind)[0], v) for v in data]
    if origin in (dict, typing.get_origin(typing.Mapping[str, int])):
        value_kind = typing.get_args(kind)[1]
        return {k: _read(value_kind, v) for k, v in data.items()}
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        hints = _hints(kind)
        return kind(
            **{f.name: _read(hints[f.name], data[f.name]) for f in dataclasses.fields(kind)}
        )
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(data)
    return data
