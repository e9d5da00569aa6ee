"""The sandbox templates run in: a template directory is untrusted (a shared theme, say).

- Jinja's immutable sandbox: no attribute starting with "_" (so no way from cycler to os), no
  call of an unsafe function, no change to a list or a dict.
- Templates are read only as regular files inside the folder they were found in: a symbolic
  link leading out (to /etc/passwd, to /dev/zero) is refused, as is a file over
  MAX_TEMPLATE_BYTES.
- Each render has RENDER_SECONDS: every loop step (every {% for %} is compiled to iterate
  through a guard), call and arithmetic operator checks the time; "*", "**", "%" and format
  widths that would fill the memory are refused. A single long operation of Python's own
  cannot be interrupted, and memory is otherwise not capped.
- A template error is one BuildError line naming the template and its line; an error raised
  in briefer's own code keeps its traceback (a bug).
"""

from __future__ import annotations

import contextvars
import os
import posixpath
import re
import stat
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

import jinja2
import jinja2.compiler
import jinja2.loaders
import jinja2.nodes
import jinja2.sandbox
from jinja2.exceptions import SecurityError

from briefer.errors import BuildError

RENDER_SECONDS = 10.0
"""How long one template may take to render (a note takes a few milliseconds)."""
MAX_TEMPLATE_BYTES = 1_000_000
MAX_PRODUCT = 1_000_000
"""The longest string or list a template may build with "*"."""


def sandbox(folders: Sequence[Path], autoescape: Any) -> jinja2.Environment:
    """The sandboxed environment templates run in (see the module docstring)."""
    return _Sandbox(
        loader=_ConfinedLoader([str(d) for d in folders]),
        autoescape=autoescape,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )


class TemplateTimeout(jinja2.TemplateError):
    """A template ran past its render time."""


_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "briefer_template_deadline", default=None
)


def _check_time() -> None:
    deadline = _DEADLINE.get()
    if deadline is not None and time.monotonic() > deadline:
        raise TemplateTimeout(
            f"rendering took longer than {RENDER_SECONDS:g} s (a loop that never ends?)"
        )


def _guarded(iterable: Iterable[Any]) -> Iterator[Any]:
    """A loop's iterable, checking the render time every 64 steps."""
    for step, item in enumerate(iterable):
        if not step & 63:
            _check_time()
        yield item


class _Guard(jinja2.compiler.CodeGenerator):
    """Compiles every {% for %} to iterate through _guarded, so no loop outlives the limit."""

    def visit_Template(
        self, node: jinja2.nodes.Template, frame: jinja2.compiler.Frame | None = None
    ) -> None:
        for loop in node.find_all(jinja2.nodes.For):
            if not isinstance(loop.iter, jinja2.nodes.Filter) or loop.iter.name != _GUARD_FILTER:
                loop.iter = jinja2.nodes.Filter(loop.iter, _GUARD_FILTER, [], [], None, None)
        super().visit_Template(node, frame)


_GUARD_FILTER = "briefer_loop_guard"


def _multiply(left: Any, right: Any) -> Any:
    for seq, times in ((left, right), (right, left)):
        sized = isinstance(seq, str | list | tuple) and isinstance(times, int)
        if sized and len(seq) * times > MAX_PRODUCT:
            raise SecurityError(f"'*' would build over {MAX_PRODUCT:,} items")
    return left * right


def _power(left: Any, right: Any) -> Any:
    if isinstance(right, int) and abs(right) > 100 and isinstance(left, int) and abs(left) > 1:
        raise SecurityError("'**' with an exponent over 100")
    return left**right


class _TimedTemplate(jinja2.Template):
    """A template whose render() keeps to RENDER_SECONDS and fails in one line."""

    def render(self, *args: Any, **kwargs: Any) -> str:
        token = _DEADLINE.set(time.monotonic() + RENDER_SECONDS)
        try:
            return super().render(*args, **kwargs)
        except (
            jinja2.TemplateError,
            RecursionError,
            ArithmeticError,
            TypeError,
            ValueError,
            LookupError,
            AttributeError,
        ) as exc:
            # A bug in briefer's own code keeps its traceback. Endless recursion is the
            # template's, whichever frame happened to reach the limit (one of ours may).
            ours = not isinstance(exc, jinja2.TemplateError | RecursionError)
            if ours and _raised_by_briefer(exc):
                raise
            raise template_error(exc, self.filename) from None
        finally:
            _DEADLINE.reset(token)


_WIDTH = re.compile(r"\d{7,}")


def _check_width(text: str) -> None:
    """A format with a width or precision of a million or more would fill the memory."""
    if _WIDTH.search(text):
        raise SecurityError("a format width or precision over 999,999")


def _checked(value: Any) -> Any:
    if isinstance(value, str):
        _check_width(value)
    return value


def _percent(left: Any, right: Any) -> Any:
    if isinstance(left, str):
        _check_width(left)
    return left % right


class _Sandbox(jinja2.sandbox.ImmutableSandboxedEnvironment):
    code_generator_class = _Guard
    template_class = _TimedTemplate
    intercepted_binops = frozenset({"*", "**", "%"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.filters[_GUARD_FILTER] = _guarded
        self.binop_table = {**self.binop_table, "*": _multiply, "**": _power, "%": _percent}
        self.globals.pop("lipsum", None)  # lipsum(n=10**6) is one long call
        plain_format = self.filters["format"]
        self.filters["format"] = lambda value, *a, **k: plain_format(_checked(value), *a, **k)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        if isinstance(getattr(value, "__self__", None), str):
            _check_width(value.__self__)
        return super().wrap_str_format(value)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        _check_time()
        return super().call(__context, __obj, *args, **kwargs)

    def call_binop(self, context: Any, operator_: str, left: Any, right: Any) -> Any:
        _check_time()
        return self.binop_table[operator_](left, right)

    def get_template(self, *args: Any, **kwargs: Any) -> jinja2.Template:
        try:
            return super().get_template(*args, **kwargs)
        except jinja2.TemplateError as exc:
            if _DEADLINE.get() is not None:
                raise  # {% include %} or {% extends %}: the render names where
            raise template_error(exc) from None


def template_error(exc: BaseException, filename: str | None = None) -> BuildError:
    """One line for an error in a template: the template, the line, what went wrong."""
    where, line = _template_frame(exc.__traceback__)
    if isinstance(exc, jinja2.TemplateSyntaxError):
        where, line = exc.filename or exc.name or where, exc.lineno
    elif isinstance(exc, jinja2.TemplateNotFound):
        where, line = None, None
    what = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if isinstance(exc, RecursionError):
        what = "a macro or loop calls itself without end"
    return BuildError(
        f"template error: {what}; fix the template", where or filename or "templates", line
    )


def _frames(tb: TracebackType | None) -> Iterator[TracebackType]:
    while tb is not None:
        yield tb
        tb = tb.tb_next


def _template_frame(tb: TracebackType | None) -> tuple[str | None, int | None]:
    """The innermost frame that runs template code (Jinja names it after the template)."""
    found: tuple[str | None, int | None] = (None, None)
    for frame in _frames(tb):
        name = frame.tb_frame.f_code.co_filename
        if name.endswith((".html", ".txt", ".css", ".xml", ".j2")) and os.path.isfile(name):
            found = (name, frame.tb_lineno)
    return found


BRIEFER_CODE = str(Path(__file__).resolve().parent.parent)


def _raised_by_briefer(exc: BaseException) -> bool:
    frames = list(_frames(exc.__traceback__))
    return bool(frames) and frames[-1].tb_frame.f_code.co_filename.startswith(BRIEFER_CODE)


class _ConfinedLoader(jinja2.FileSystemLoader):
    """FileSystemLoader that reads only regular files inside the folder they were found in."""

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        pieces = jinja2.loaders.split_template_path(template)
        for folder in self.searchpath:
            filename = posixpath.join(folder, *pieces)
            if os.path.lexists(filename):
                check_template_file(folder, filename, template)
                break
        return super().get_source(environment, template)


def check_template_file(folder: str, filename: str, template: str) -> None:
    """Refuse a template that leads outside folder, or is not a regular file of bounded size."""
    real = os.path.realpath(filename)
    inside = os.path.commonpath([real, os.path.realpath(folder)]) == os.path.realpath(folder)
    try:
        info = os.stat(real)
    except OSError as exc:
        message = f"template {template!r} cannot be read ({exc.strerror})"
        raise BuildError(message, filename) from exc
    if not inside:
        raise BuildError(
            f"template {template!r} leads outside its folder (to {real}); templates are "
            "read only inside the templates directory",
            filename,
        )
    if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_TEMPLATE_BYTES:
        raise BuildError(
            f"template {template!r} is not a regular file of at most {MAX_TEMPLATE_BYTES:,} bytes",
            filename,
        )
