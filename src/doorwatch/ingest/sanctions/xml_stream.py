"""Reading large XML lists element by element with bounded memory, and their errors.

Each record element is handed over once complete and cleared afterwards, together with the
siblings already read, so memory holds one record at a time. A file that is not well formed
(truncated, say), or whose root is not the expected element in the expected namespace, is an
InputError naming the file, the line and the element.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from lxml import etree

from doorwatch.errors import InputError


def local(tag: object) -> str:
    """Return the tag name without its namespace."""
    return str(tag).rsplit("}", 1)[-1]


def root_of(path: Path) -> tuple[str, str]:
    """Return (namespace, local name) of the root element of ``path``; InputError if unreadable."""
    try:
        for _event, element in etree.iterparse(str(path), events=("start",)):
            qname = etree.QName(element)
            return qname.namespace or "", qname.localname
    except etree.XMLSyntaxError as error:
        raise _syntax_error(path, error) from None
    raise InputError("no XML element in the file", file=str(path))


def _syntax_error(path: Path, error: etree.XMLSyntaxError) -> InputError:
    line = error.lineno if error.lineno else None
    return InputError(f"malformed XML: {error.msg}", file=str(path), row=line)


def records(
    path: Path,
    *,
    root: str,
    namespace: str,
    record: str,
    on_root: Callable[[etree._Element], None] | None = None,
    on_other: Callable[[etree._Element], None] | None = None,
) -> Iterator[etree._Element]:
    """Yield each complete ``record`` element of ``path`` (then clear it).

    The root must be ``root`` in ``namespace`` (empty for none); ``on_root`` sees the root start
    tag (its attributes), ``on_other`` every other complete child of the root.
    """
    tag = f"{{{namespace}}}{record}" if namespace else record
    depth = 0
    try:
        context = etree.iterparse(str(path), events=("start", "end"), huge_tree=True)
        for event, element in context:
            if event == "start":
                depth += 1
                if depth == 1:
                    qname = etree.QName(element)
                    if (qname.namespace or "") != namespace or qname.localname != root:
                        raise InputError(
                            f"the root element is {{{qname.namespace or ''}}}{qname.localname}",
                            file=str(path),
                            row=_line(element),
                            expected=f"<{root}> in the namespace {namespace or '(none)'}",
                        )
                    if on_root is not None:
                        on_root(element)
                continue
            depth -= 1
            if depth != 1:
                continue
            if element.tag == tag:
                yield element
            elif on_other is not None:
                on_other(element)
            element.clear()
            parent = element.getparent()
            if parent is not None:
                while element.getprevious() is not None:
                    del parent[0]
    except etree.XMLSyntaxError as error:
        raise _syntax_error(path, error) from None


def text_of(element: etree._Element, name: str) -> str:
    """Return the trimmed text of the first child named ``name`` (any namespace), or ``""``."""
    for child in element:
        if local(child.tag) == name:
            return (child.text or "").strip()
    return ""


def children(element: etree._Element, *path: str) -> Iterator[etree._Element]:
    """Yield the descendants reached by following the local names in ``path``."""
    if not path:
        yield element
        return
    for child in element:
        if local(child.tag) == path[0]:
            yield from children(child, *path[1:])


def element_error(
    path: Path, element: etree._Element, message: str, *, expected: str | None = None
) -> InputError:
    """Return an InputError naming the file, the line and the element ``message`` is about."""
    return InputError(
        f"<{local(element.tag)}>: {message}",
        file=str(path),
        row=_line(element),
        expected=expected,
    )


def _line(element: etree._Element) -> int | None:
    line: object = element.sourceline
    return line if isinstance(line, int) else None
