"""Digest rendering (jinja2, autoescaped HTML) and transports (file, SMTP). Never imports `monitor`."""
