"""How many cases the fuzz tests try: a moderate number in a developer's `scripts/test --all`, six
times more in CI (`CI` set), where there is time. The fuzz tests are marked `slow`: a local
`scripts/test` leaves them out."""

from __future__ import annotations

import os
from typing import Final

SCALE: Final = 6 if os.environ.get("CI") else 1
