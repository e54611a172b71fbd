"""Send rendered digests: `FileTransport` (an outbox of .eml files, the default) and `SmtpTransport`.

Error contract (what the monitor relies on):
- `TransientDeliveryError`: try again later. Connection refused / timed out, socket and TLS-handshake errors,
  the server disconnecting, any 4xx reply, an outbox that cannot be written.
- `PermanentDeliveryError`: this message will not be accepted as it is: a 5xx reply to MAIL, RCPT or DATA
  (names the address and quotes the server's reply).
- `DeliveryConfigError` (a `PermanentDeliveryError`): the *configuration* is wrong, so every message would fail the
  same way until someone fixes it: authentication failed (535), AUTH or STARTTLS not offered, the server's
  certificate does not verify. Retrying the same settings cannot help, but the digest itself is not at fault:
  the monitor should keep it queued (and report the problem) rather than drop it.
The SMTP password is only ever held by the transport: it is not logged and not part of any error or repr.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import email.utils
import hashlib
import logging
import os
import re
import smtplib
import ssl
import tempfile
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path
from typing import Literal, Protocol

from notifiers.errors import DeliveryError, PermanentDeliveryError, TransientDeliveryError

log = logging.getLogger(__name__)

Security = Literal["none", "starttls", "tls"]


class DeliveryConfigError(PermanentDeliveryError):
    """The transport's settings are wrong (bad credentials, no STARTTLS, unverifiable certificate).

    Not the message's fault: keep it queued until the configuration is fixed.
    """


class Transport(Protocol):
    def send(self, message: EmailMessage) -> None:
        """Deliver one message; raises TransientDeliveryError / PermanentDeliveryError."""
        ...


def _single_address(message: EmailMessage, header: str) -> str:
    """The bare address of a one-address header, or PermanentDeliveryError."""
    value = message.get(header)
    if value is None:
        raise PermanentDeliveryError(f"message {message.get('Message-ID', '?')} has no {header} header")
    pairs = email.utils.getaddresses([str(value)])
    addrs = [addr for _name, addr in pairs if addr]
    if len(addrs) != 1 or "@" not in addrs[0]:
        raise PermanentDeliveryError(f"{header} must hold exactly one address, got {str(value)!r}")
    return addrs[0]


# -- file ------------------------------------------------------------------------------------------------------


_UNSAFE = re.compile(r"[^A-Za-z0-9._@+-]+")


def eml_suffix(message_id: str) -> str:
    """The part of an .eml name that depends only on the Message-ID: sanitized id + 8 hex of its hash.

    The hash keeps two ids apart that sanitize alike (``<a/b@x>`` and ``<a_b@x>``).
    """
    mid = message_id.strip()
    readable = _UNSAFE.sub("_", mid.strip("<>")).strip("._")[:120] or "message"
    digest = hashlib.sha256(mid.encode("utf-8", "surrogateescape")).hexdigest()[:8]
    return f"{readable}_{digest}.eml"


class FileTransport:
    """One .eml per message in `outbox`: ``<UTC date>_<sanitized Message-ID>_<hash>.eml``.

    Written atomically (temporary file in the same folder, fsync, os.replace), so a crash never leaves half a
    message. Sending a Message-ID again replaces that message's file, even when its Date changed: one file per
    Message-ID. The folder is created when missing.
    """

    def __init__(self, outbox: Path) -> None:
        self.outbox = Path(outbox)

    def __repr__(self) -> str:
        return f"FileTransport({str(self.outbox)!r})"

    def path_for(self, message: EmailMessage) -> Path:
        """Where `message` is (or would be) stored."""
        message_id = message.get("Message-ID")
        if not message_id:
            raise PermanentDeliveryError("message has no Message-ID header: cannot name its .eml file")
        suffix = eml_suffix(str(message_id))
        if self.outbox.is_dir():
            for existing in sorted(self.outbox.iterdir()):
                if existing.name.endswith("_" + suffix) or existing.name == suffix:
                    return existing
        return self.outbox / f"{_date_stamp(message)}_{suffix}"

    def send(self, message: EmailMessage) -> None:
        data = message.as_bytes(policy=SMTP)
        try:
            self.outbox.mkdir(parents=True, exist_ok=True)
            target = self.path_for(message)
            fd, tmp_name = tempfile.mkstemp(prefix=".tmp-", suffix=".eml.part", dir=self.outbox)
        except OSError as exc:
            raise TransientDeliveryError(f"outbox {self.outbox}: cannot write: {_os_reason(exc)}") from exc
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp_name, target)
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
            raise TransientDeliveryError(f"outbox file {target}: cannot write: {_os_reason(exc)}") from exc
        _fsync_dir(self.outbox)
        log.info("wrote %s to %s", message.get("Message-ID"), target)


def _date_stamp(message: EmailMessage) -> str:
    """The message's Date as ``YYYYmmddTHHMMSSZ`` (UTC); ``undated`` when missing or unparsable."""
    value = message.get("Date")
    if value is None:
        return "undated"
    try:
        when = email.utils.parsedate_to_datetime(str(value))
    except (TypeError, ValueError):
        return "undated"
    if when.tzinfo is None:
        return when.strftime("%Y%m%dT%H%M%S")
    return when.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def _fsync_dir(path: Path) -> None:
    """Make the rename durable where the platform allows it (best effort)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _os_reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


# -- SMTP ------------------------------------------------------------------------------------------------------


class SmtpTransport:
    """Deliver by SMTP, one connection per message, one recipient per message (its To).

    security: "none" (plain), "starttls" (EHLO, STARTTLS - an error if not offered -, EHLO again), "tls"
    (implicit TLS, SMTP_SSL, usually port 465). Logs in when `username` is given.
    """

    def __init__(
        self,
        host: str,
        port: int,
        *,
        security: Security = "starttls",
        username: str | None = None,
        password: str | None = None,
        timeout: float = 30.0,
        ssl_context: ssl.SSLContext | None = None,
        local_hostname: str | None = None,
    ) -> None:
        if security not in ("none", "starttls", "tls"):
            raise ValueError(f"security must be 'none', 'starttls' or 'tls', got {security!r}")
        self.host = host
        self.port = port
        self.security: Security = security
        self.username = username or None
        self._password = password
        self.timeout = timeout
        self.ssl_context = ssl_context
        self.local_hostname = local_hostname

    def __repr__(self) -> str:
        user = f", username={self.username!r}" if self.username else ""
        return f"SmtpTransport({self.host!r}, {self.port}, security={self.security!r}{user})"

    @property
    def where(self) -> str:
        return f"SMTP {self.host}:{self.port}"

    def _context(self) -> ssl.SSLContext:
        return self.ssl_context or ssl.create_default_context()

    def _connect(self) -> smtplib.SMTP:
        if self.security == "tls":
            return smtplib.SMTP_SSL(
                self.host,
                self.port,
                local_hostname=self.local_hostname,
                timeout=self.timeout,
                context=self._context(),
            )
        return smtplib.SMTP(self.host, self.port, local_hostname=self.local_hostname, timeout=self.timeout)

    def _prepare(self, smtp: smtplib.SMTP) -> None:
        smtp.ehlo()
        if self.security == "starttls":
            if not smtp.has_extn("starttls"):
                raise DeliveryConfigError(
                    f"{self.where}: server does not offer STARTTLS (security = 'starttls'); "
                    "use 'tls' for implicit TLS, or 'none' only on a trusted network"
                )
            smtp.starttls(context=self._context())
            smtp.ehlo()
        if self.username:
            try:
                smtp.login(self.username, self._password or "")
            except smtplib.SMTPNotSupportedError as exc:
                raise DeliveryConfigError(
                    f"{self.where}: server does not offer AUTH; cannot log in as user {self.username}"
                ) from exc
            except smtplib.SMTPAuthenticationError as exc:
                reply = _reply(exc.smtp_code, exc.smtp_error)
                if 400 <= exc.smtp_code < 500:
                    raise TransientDeliveryError(
                        f"{self.where}: authentication temporarily failed for user {self.username}: {reply}"
                    ) from exc
                raise DeliveryConfigError(
                    f"{self.where}: SMTP authentication failed for user {self.username}: {reply}"
                ) from exc

    def send(self, message: EmailMessage) -> None:
        rcpt = _single_address(message, "To")
        sender = _single_address(message, "From")
        try:
            smtp = self._connect()
        except smtplib.SMTPConnectError as exc:
            raise TransientDeliveryError(
                f"{self.where}: connect failed: {_reply(exc.smtp_code, exc.smtp_error)}"
            ) from exc
        except (OSError, smtplib.SMTPException) as exc:
            raise self._network_error(exc) from exc
        try:
            self._prepare(smtp)
            smtp.send_message(message, from_addr=sender, to_addrs=[rcpt])
        except smtplib.SMTPRecipientsRefused as exc:
            code, text = exc.recipients.get(rcpt, next(iter(exc.recipients.values()), (0, b"")))
            raise _by_code(code, f"{self.where} refused recipient {rcpt}: {_reply(code, text)}") from exc
        except smtplib.SMTPSenderRefused as exc:
            raise _by_code(
                exc.smtp_code,
                f"{self.where} refused sender {sender}: {_reply(exc.smtp_code, exc.smtp_error)}",
            ) from exc
        except smtplib.SMTPDataError as exc:
            raise _by_code(
                exc.smtp_code,
                f"{self.where} rejected the message to {rcpt}: {_reply(exc.smtp_code, exc.smtp_error)}",
            ) from exc
        except smtplib.SMTPNotSupportedError as exc:
            raise DeliveryConfigError(f"{self.where}: {exc}") from exc
        except smtplib.SMTPResponseException as exc:
            raise _by_code(
                exc.smtp_code,
                f"{self.where}: delivery to {rcpt} failed: {_reply(exc.smtp_code, exc.smtp_error)}",
            ) from exc
        except (OSError, smtplib.SMTPException) as exc:
            raise self._network_error(exc) from exc
        finally:
            _close(smtp)
        log.info("sent %s to %s via %s", message.get("Message-ID"), rcpt, self.where)

    def _network_error(self, exc: BaseException) -> DeliveryError:
        if isinstance(exc, ssl.SSLCertVerificationError):
            return DeliveryConfigError(
                f"{self.where}: TLS certificate verification failed: {exc.verify_message or exc}"
            )
        if isinstance(exc, ConnectionRefusedError):
            reason = "connection refused"
        elif isinstance(exc, TimeoutError) or (
            isinstance(exc, smtplib.SMTPServerDisconnected) and isinstance(exc.__context__, TimeoutError)
        ):
            reason = f"timed out after {self.timeout:g}s"
        elif isinstance(exc, smtplib.SMTPServerDisconnected):
            reason = f"server disconnected ({exc})" if str(exc) else "server disconnected"
        elif isinstance(exc, ssl.SSLError):
            reason = f"TLS error: {exc.reason or exc}"
        elif isinstance(exc, OSError) and exc.strerror:
            reason = exc.strerror.lower() if exc.strerror[:1].isupper() else exc.strerror
        else:
            reason = f"{type(exc).__name__}: {exc}"
        return TransientDeliveryError(f"{self.where}: {reason}")


def _by_code(code: int, text: str) -> TransientDeliveryError | PermanentDeliveryError:
    """4xx (and anything not 5xx) -> transient, 5xx -> permanent."""
    if 500 <= code < 600:
        return PermanentDeliveryError(text)
    return TransientDeliveryError(text)


def _reply(code: int, text: bytes | str) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return f"{code} {' '.join(text.split())}".strip()


def _close(smtp: smtplib.SMTP) -> None:
    try:
        smtp.quit()
    except (OSError, smtplib.SMTPException):
        smtp.close()
