"""The story as reportlab's layout consumes it: platypus takes the first flowable off a list
(`del flowables[0]`), one at a time, and puts split remainders back at the front. Each removal
from the front of a list moves every flowable after it: quadratic in the dossier's length, a
sixth of the build at 10,000 activities. Kept in reverse order, the front is the list's end."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, overload


class Story:
    """The sequence operations BaseDocTemplate.build and handle_flowable use on their story
    (index, front slices, deletion and insertion at the front), each in time independent of the
    story's length but for the slice's own."""

    def __init__(self, flowables: Iterable[Any]) -> None:
        self._reversed: list[Any] = list(flowables)
        self._reversed.reverse()

    def __len__(self) -> int:
        return len(self._reversed)

    def __iter__(self) -> Iterator[Any]:
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
        if isinstance(index, slice):
            start, stop = self._front(index)
            return self._reversed[start:stop][::-1]
        return self._reversed[self._position(index)]

    def __setitem__(self, index: int | slice, value: Any) -> None:
        if isinstance(index, slice):
            start, stop = self._front(index)
            self._reversed[start:stop] = list(value)[::-1]
        else:
            self._reversed[self._position(index)] = value

    def __delitem__(self, index: int | slice) -> None:
        if isinstance(index, slice):
            start, stop = self._front(index)
            del self._reversed[start:stop]
        else:
            del self._reversed[self._position(index)]

    def insert(self, index: int, value: Any) -> None:
        size = len(self._reversed)
        index = max(0, index + size) if index < 0 else min(index, size)
        self._reversed.insert(size - index, value)
