"""The story as reportlab's layout consumes it: platypus takes the first flowable off a list
(`del flowables[0]`), one at a time, and puts split remainders back at the front. Each removal
from the front of a list moves every flowable after it: quadratic in the dossier's length, a
sixth of the build at 10,000 activities. Kept in reverse order, the front is the list's end.

The flowables are also made as the layout reaches them rather than all before it starts: the
flowables of 10,000 fiches held at once took about 40 % of the PDF export's memory."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, overload

AHEAD = 500  # flowables made ahead of the layout, at least (a few fiches)


def _keeps_with_next(flowable: Any) -> bool:
    keeps = getattr(flowable, "getKeepWithNext", None)
    return bool(keeps()) if keeps is not None else False


class Story:
    """The sequence operations BaseDocTemplate.build and handle_flowable use on their story
    (index, front slices, deletion and insertion at the front), each in time independent of the
    story's length but for the slice's own.

    Flowables are taken from `flowables` as needed, so `len()` counts those taken and not yet laid
    out: at least `ahead` until the source runs out, never 0 before the story ends. Platypus uses
    the length to know whether the story has ended and to look ahead through a run of flowables
    kept with the next; such a run never ends with the last flowable taken."""

    def __init__(self, flowables: Iterable[Any], ahead: int | None = None) -> None:
        self._source: Iterator[Any] | None = iter(flowables)
        self._ahead = ahead or AHEAD
        self._reversed: list[Any] = []
        self._take()

    def _take(self) -> None:
        """Take more flowables from the source once fewer than `ahead` are held."""
        if self._source is None or len(self._reversed) >= self._ahead:
            return
        taken: list[Any] = []
        for flowable in self._source:
            taken.append(flowable)
            if len(taken) >= 2 * self._ahead and not _keeps_with_next(flowable):
                break
        else:
            self._source = None
        taken.reverse()
        self._reversed[0:0] = taken

    def __len__(self) -> int:
        self._take()
        return len(self._reversed)

    def __iter__(self) -> Iterator[Any]:
        if self._source is not None:  # the whole story: take what is left
            rest = list(self._source)
            rest.reverse()
            self._reversed[0:0] = rest
            self._source = None
        yield from reversed(self._reversed)

    def _front(self, index: slice) -> tuple[int, int]:
        """Where a slice of the story lies in the reversed list, as (start, stop)."""
        start, stop, step = index.indices(len(self._reversed))
        if step != 1:
            raise ValueError("a story is sliced in order")
        stop = max(start, stop)
        return len(self._reversed) - stop, len(self._reversed) - start

    def _position(self, index: int) -> int:
        if index < 0:
            index += len(self._reversed)
        if not 0 <= index < len(self._reversed):
            raise IndexError("story index out of range")
        return len(self._reversed) - 1 - index

    @overload
    def __getitem__(self, index: int) -> Any: ...
    @overload
    def __getitem__(self, index: slice) -> list[Any]: ...
    def __getitem__(self, index: int | slice) -> Any:
        self._take()
        if isinstance(index, slice):
            start, stop = self._front(index)
            return self._reversed[start:stop][::-1]
        return self._reversed[self._position(index)]

    def __setitem__(self, index: int | slice, value: Any) -> None:
        self._take()
        if isinstance(index, slice):
            start, stop = self._front(index)
            self._reversed[start:stop] = list(value)[::-1]
        else:
            self._reversed[self._position(index)] = value

    def __delitem__(self, index: int | slice) -> None:
        self._take()
        if isinstance(index, slice):
            start, stop = self._front(index)
            del self._reversed[start:stop]
        else:
            del self._reversed[self._position(index)]

    def insert(self, index: int, value: Any) -> None:
        self._take()
        size = len(self._reversed)
        index = max(0, index + size) if index < 0 else min(index, size)
        self._reversed.insert(size - index, value)
