"""Delivery errors. Transient ones leave a digest queued for the next run; permanent ones do not retry."""

from __future__ import annotations


class DeliveryError(Exception):
    """Base of delivery failures."""


class TransientDeliveryError(DeliveryError):
    """Try again later: connection refused/timed out, 4xx reply, outbox not writable."""


class PermanentDeliveryError(DeliveryError):
    """This recipient will not accept the message (5xx reply for the recipient)."""
