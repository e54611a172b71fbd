"""Pure parsers: text or bytes in, frozen dataclasses out. No network, no database, no clock.

This package never imports `monitor`.
"""
