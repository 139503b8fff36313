"""The demo register: Solvéa Santé SAS, a fictional company of about forty staff with health-sector
clients (see `build`)."""

from register_app.services.demo.build import demo_activities, write_demo
from register_app.services.demo.gaps import (
    ATLAS,
    DELIBERATE_GAPS,
    MAILORA,
    ORGANISATION_NAME,
    PIXELUNE,
    SSL_MEASURE,
    VISIOLIEN,
    DemoGap,
)

__all__ = [
    "ATLAS",
    "DELIBERATE_GAPS",
    "MAILORA",
    "ORGANISATION_NAME",
    "PIXELUNE",
    "SSL_MEASURE",
    "VISIOLIEN",
    "DemoGap",
    "demo_activities",
    "write_demo",
]
