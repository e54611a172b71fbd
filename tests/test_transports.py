"""notifiers.transports against a real aiosmtpd server on 127.0.0.1, and FileTransport in tmp_path."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import hashlib
import shutil
import socket
import ssl
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword, Session

from notifiers.errors import PermanentDeliveryError, TransientDeliveryError
from notifiers.model import CaseDigest, Digest, DigestItem, DigestSection
from notifiers.render import render_digest
from notifiers.transports import DeliveryConfigError, FileTransport, SmtpTransport, Transport, eml_suffix

RCPT = "lawyer@example.org"
# aiosmtpd warns when AUTH is required without TLS; that is what the plain-text AUTH tests want.
no_tls_auth_warning = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def make_message(
    to: str = RCPT,
    message_id: str = "<digest.1@docket-monitor>",
    when: dt.datetime = dt.datetime(2019, 1, 3, 18, 30, tzinfo=dt.UTC),
    summary: str = "Temporary restraining order granted (Dkt. 190)",
) -> EmailMessage:
    item = DigestItem(
        "relief_changed",
        summary,
        detail="ORDER GRANTING TRO <script>alert(1)</script>",
        url="https://ecf.cacd.uscourts.gov/doc1/031127361738",
        entry_number=190,
        date="2019-01-03",
    )
    case = CaseDigest(
        "chhoeun-v-marin",
        "Chhoeun v. Marin",
        "8:17-cv-01898",
        "C.D. Cal.",
        (DigestSection("Relief", (item,)),),
    )
    digest = Digest(
        to=to,
        sender="Docket Monitor <docket-monitor@localhost>",
        subject="Chhoeun v. Marin: TRO granted",
        message_id=message_id,
        date=when,
        cases=(case,),
    )
    return render_digest(digest)


# -- SMTP server fixture ---------------------------------------------------------------------------------------


@dataclass
class RecordingHandler:
    """Records delivered envelopes; answers `rcpt_replies[address]` at RCPT and `data_reply` at DATA if set."""

    envelopes: list[Envelope] = field(default_factory=list)
    rcpt_replies: dict[str, str] = field(default_factory=dict)
    data_reply: str | None = None

    async def handle_RCPT(  # aiosmtpd hook name
        self, server: Any, session: Session, envelope: Envelope, address: str, rcpt_options: list[str]
    ) -> str:
        if address in self.rcpt_replies:
            return self.rcpt_replies[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Session, envelope: Envelope) -> str:
        if self.data_reply is not None:
            return self.data_reply
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"

    def messages(self) -> list[EmailMessage]:
        out = []
        for env in self.envelopes:
            assert isinstance(env.content, bytes)
            msg = email.message_from_bytes(env.content, policy=email.policy.default)
            assert isinstance(msg, EmailMessage)
            out.append(msg)
        return out


@dataclass
class Server:
    handler: RecordingHandler
    port: int


StartServer = Callable[..., Server]


@pytest.fixture
def smtp_server() -> Iterator[StartServer]:
    """Factory: start(**aiosmtpd SMTP/Controller kwargs) -> Server on 127.0.0.1:<free port>; stopped after."""
    controllers: list[Controller] = []

    def start(**kwargs: Any) -> Server:
        handler = RecordingHandler()
        port = free_port()
        controller = Controller(handler, hostname="127.0.0.1", port=port, **kwargs)
        controller.start()
        controllers.append(controller)
        return Server(handler, port)

    yield start
    for controller in controllers:
        controller.stop()


def authenticator(
    server: Any, session: Session, envelope: Envelope, mechanism: str, auth_data: Any
) -> AuthResult:
    ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == (
        b"alice",
        b"s3cret",
    )
    return AuthResult(success=ok, handled=False)  # handled=False: the server answers 535 itself


# -- TLS certificate (cryptography if installed, else the openssl command, else skip) --------------------------


def self_signed_cert(folder: Path) -> tuple[Path, Path]:
    cert, key = folder / "cert.pem", folder / "key.pem"
    try:
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import ec
        from cryptography.x509.oid import NameOID
    except ImportError:
        openssl = shutil.which("openssl")
        if openssl is None:
            pytest.skip("neither the cryptography package nor the openssl command is available")
        subprocess.run(
            [
                openssl,
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "2",
                "-subj",
                "/CN=127.0.0.1",
                "-addext",
                "subjectAltName=IP:127.0.0.1,DNS:localhost",
                "-keyout",
                str(key),
                "-out",
                str(cert),
            ],
            check=True,
            capture_output=True,
        )
        return cert, key
    import ipaddress

    pkey = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(pkey.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(pkey, hashes.SHA256())
    )
    cert.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key.write_bytes(
        pkey.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return cert, key


@pytest.fixture
def tls_files(tmp_path: Path) -> tuple[Path, Path]:
    return self_signed_cert(tmp_path)


def server_context(cert: Path, key: Path) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    return ctx


# -- SMTP tests ------------------------------------------------------------------------------------------------


def test_delivered_message_parses_back(smtp_server: StartServer) -> None:
    server = smtp_server()
    transport: Transport = SmtpTransport("127.0.0.1", server.port, security="none", timeout=5)
    transport.send(make_message())
    assert len(server.handler.envelopes) == 1
    env = server.handler.envelopes[0]
    assert env.mail_from == "docket-monitor@localhost"
    assert env.rcpt_tos == [RCPT]
    (msg,) = server.handler.messages()
    assert msg["Subject"] == "Chhoeun v. Marin: TRO granted"
    assert msg["Message-ID"] == "<digest.1@docket-monitor>"
    assert msg["Auto-Submitted"] == "auto-generated"
    plain, html = msg.get_body(("plain",)), msg.get_body(("html",))
    assert plain is not None and html is not None
    assert "Temporary restraining order granted (Dkt. 190)" in plain.get_content()
    html_text = html.get_content()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html_text
    assert "<script" not in html_text


def test_connection_refused_is_transient() -> None:
    port = free_port()  # nothing listens there
    transport = SmtpTransport("127.0.0.1", port, security="none", timeout=5)
    with pytest.raises(TransientDeliveryError) as info:
        transport.send(make_message())
    assert str(info.value) == f"SMTP 127.0.0.1:{port}: connection refused"


def test_silent_server_times_out_transient() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)  # accepts the TCP handshake, never greets
        port = listener.getsockname()[1]
        transport = SmtpTransport("127.0.0.1", port, security="none", timeout=0.3)
        with pytest.raises(TransientDeliveryError, match=rf"SMTP 127\.0\.0\.1:{port}: timed out after 0\.3s"):
            transport.send(make_message())


def test_451_for_recipient_is_transient(smtp_server: StartServer) -> None:
    server = smtp_server()
    server.handler.rcpt_replies[RCPT] = "451 4.3.0 Mailbox temporarily unavailable"
    with pytest.raises(TransientDeliveryError) as info:
        SmtpTransport("127.0.0.1", server.port, security="none").send(make_message())
    assert not isinstance(info.value, PermanentDeliveryError)
    assert RCPT in str(info.value)
    assert "451 4.3.0 Mailbox temporarily unavailable" in str(info.value)
    assert server.handler.envelopes == []


def test_451_on_data_is_transient(smtp_server: StartServer) -> None:
    server = smtp_server()
    server.handler.data_reply = "451 4.3.0 Try again later"
    with pytest.raises(TransientDeliveryError, match="451 4.3.0 Try again later"):
        SmtpTransport("127.0.0.1", server.port, security="none").send(make_message())


def test_550_for_recipient_is_permanent(smtp_server: StartServer) -> None:
    server = smtp_server()
    server.handler.rcpt_replies["gone@example.org"] = "550 5.1.1 No such user"
    with pytest.raises(PermanentDeliveryError) as info:
        SmtpTransport("127.0.0.1", server.port, security="none").send(make_message(to="gone@example.org"))
    assert not isinstance(info.value, DeliveryConfigError)
    assert str(info.value) == (
        f"SMTP 127.0.0.1:{server.port} refused recipient gone@example.org: 550 5.1.1 No such user"
    )
    # another recipient still goes through
    SmtpTransport("127.0.0.1", server.port, security="none").send(make_message())
    assert [e.rcpt_tos for e in server.handler.envelopes] == [[RCPT]]


def test_554_on_data_is_permanent(smtp_server: StartServer) -> None:
    server = smtp_server()
    server.handler.data_reply = "554 5.6.0 Message rejected"
    with pytest.raises(
        PermanentDeliveryError, match=f"rejected the message to {RCPT}: 554 5.6.0 Message rejected"
    ):
        SmtpTransport("127.0.0.1", server.port, security="none").send(make_message())


@no_tls_auth_warning
def test_auth_login_succeeds(smtp_server: StartServer) -> None:
    server = smtp_server(authenticator=authenticator, auth_require_tls=False, auth_required=True)
    SmtpTransport("127.0.0.1", server.port, security="none", username="alice", password="s3cret").send(
        make_message()
    )
    assert len(server.handler.envelopes) == 1


@no_tls_auth_warning
def test_auth_required_but_not_given_is_permanent(smtp_server: StartServer) -> None:
    server = smtp_server(authenticator=authenticator, auth_require_tls=False, auth_required=True)
    with pytest.raises(PermanentDeliveryError, match="530"):
        SmtpTransport("127.0.0.1", server.port, security="none").send(make_message())
    assert server.handler.envelopes == []


@no_tls_auth_warning
def test_auth_failure_is_config_error_without_password(smtp_server: StartServer) -> None:
    server = smtp_server(authenticator=authenticator, auth_require_tls=False, auth_required=True)
    transport = SmtpTransport(
        "127.0.0.1", server.port, security="none", username="alice", password="wrong-pw"
    )
    with pytest.raises(DeliveryConfigError) as info:
        transport.send(make_message())
    assert isinstance(info.value, PermanentDeliveryError)
    message = str(info.value)
    assert message.startswith(f"SMTP 127.0.0.1:{server.port}: SMTP authentication failed for user alice: 535")
    assert "wrong-pw" not in message and "wrong-pw" not in repr(transport)
    assert server.handler.envelopes == []


def test_auth_not_offered_is_config_error(smtp_server: StartServer) -> None:
    server = smtp_server()  # no authenticator: AUTH not advertised
    with pytest.raises(DeliveryConfigError, match="does not offer AUTH; cannot log in as user alice"):
        SmtpTransport("127.0.0.1", server.port, security="none", username="alice", password="x").send(
            make_message()
        )


def test_starttls_not_offered_is_clear_error(smtp_server: StartServer) -> None:
    server = smtp_server()
    with pytest.raises(
        DeliveryConfigError, match=rf"SMTP 127\.0\.0\.1:{server.port}: server does not offer STARTTLS"
    ):
        SmtpTransport("127.0.0.1", server.port, security="starttls").send(make_message())
    assert server.handler.envelopes == []


def test_starttls_with_auth_delivers(smtp_server: StartServer, tls_files: tuple[Path, Path]) -> None:
    cert, key = tls_files
    server = smtp_server(
        tls_context=server_context(cert, key),
        require_starttls=True,
        authenticator=authenticator,
        auth_required=True,
    )
    client = ssl.create_default_context(cafile=str(cert))
    SmtpTransport(
        "127.0.0.1", server.port, security="starttls", ssl_context=client, username="alice", password="s3cret"
    ).send(make_message())
    assert len(server.handler.envelopes) == 1
    assert server.handler.messages()[0]["Message-ID"] == "<digest.1@docket-monitor>"


def test_starttls_untrusted_certificate_is_config_error(
    smtp_server: StartServer, tls_files: tuple[Path, Path]
) -> None:
    cert, key = tls_files
    server = smtp_server(tls_context=server_context(cert, key))
    untrusting = ssl.create_default_context()  # system CAs: the self-signed cert does not verify
    with pytest.raises(DeliveryConfigError, match="TLS certificate verification failed"):
        SmtpTransport("127.0.0.1", server.port, security="starttls", ssl_context=untrusting).send(
            make_message()
        )
    assert server.handler.envelopes == []


def test_implicit_tls_delivers(smtp_server: StartServer, tls_files: tuple[Path, Path]) -> None:
    cert, key = tls_files
    server = smtp_server(ssl_context=server_context(cert, key))
    client = ssl.create_default_context(cafile=str(cert))
    SmtpTransport("127.0.0.1", server.port, security="tls", ssl_context=client, timeout=5).send(
        make_message()
    )
    assert len(server.handler.envelopes) == 1


def test_message_needs_exactly_one_recipient() -> None:
    msg = make_message()
    msg.replace_header("To", "a@example.org, b@example.org")
    with pytest.raises(PermanentDeliveryError, match="exactly one address"):
        SmtpTransport("127.0.0.1", free_port(), security="none").send(msg)


def test_bad_security_value_rejected() -> None:
    with pytest.raises(ValueError, match="security"):
        SmtpTransport("localhost", 25, security="ssl")  # type: ignore[arg-type]


# -- FileTransport ---------------------------------------------------------------------------------------------


def test_file_transport_writes_parseable_eml(tmp_path: Path) -> None:
    outbox = tmp_path / "out" / "box"  # created on demand
    transport: Transport = FileTransport(outbox)
    transport.send(make_message())
    files = sorted(outbox.iterdir())
    digest8 = hashlib.sha256(b"<digest.1@docket-monitor>").hexdigest()[:8]
    assert [f.name for f in files] == [f"20190103T183000Z_digest.1@docket-monitor_{digest8}.eml"]
    assert eml_suffix("<digest.1@docket-monitor>") == f"digest.1@docket-monitor_{digest8}.eml"
    msg = email.message_from_bytes(files[0].read_bytes(), policy=email.policy.default)
    assert msg["Message-ID"] == "<digest.1@docket-monitor>"
    assert msg["Subject"] == "Chhoeun v. Marin: TRO granted"
    assert msg.get_body(("html",)) is not None and msg.get_body(("plain",)) is not None


def test_file_transport_is_idempotent_per_message_id(tmp_path: Path) -> None:
    transport = FileTransport(tmp_path)
    transport.send(make_message(summary="first version"))
    # a resend after a crash: same Message-ID, later Date, new content -> the same one file, replaced
    transport.send(make_message(summary="second version", when=dt.datetime(2019, 1, 4, tzinfo=dt.UTC)))
    files = list(tmp_path.iterdir())
    assert len(files) == 1
    assert files[0].name.startswith("20190103T183000Z_")
    content = email.message_from_bytes(files[0].read_bytes(), policy=email.policy.default)
    plain = content.get_body(("plain",))
    assert plain is not None and "second version" in plain.get_content()
    # a different Message-ID -> a second file; no temporary files left behind
    transport.send(make_message(message_id="<digest.2@docket-monitor>"))
    assert len(list(tmp_path.iterdir())) == 2
    assert not [f for f in tmp_path.iterdir() if f.name.startswith(".tmp-")]


def test_file_names_are_sanitized_and_distinct(tmp_path: Path) -> None:
    transport = FileTransport(tmp_path)
    transport.send(make_message(message_id="<../../etc/passwd@x>"))
    transport.send(make_message(message_id="<.._.._etc_passwd@x>"))
    names = sorted(f.name for f in tmp_path.iterdir())
    assert len(names) == 2
    assert all("/" not in n and n.endswith(".eml") and not n.startswith(".") for n in names)
    assert all(f.parent == tmp_path for f in tmp_path.iterdir())


def test_unwritable_outbox_is_transient(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the outbox should be")
    outbox = blocker / "outbox"
    with pytest.raises(TransientDeliveryError, match=f"outbox {outbox}"):
        FileTransport(outbox).send(make_message())


def test_message_without_id_is_permanent(tmp_path: Path) -> None:
    msg = make_message()
    del msg["Message-ID"]
    with pytest.raises(PermanentDeliveryError, match="no Message-ID"):
        FileTransport(tmp_path).send(msg)
