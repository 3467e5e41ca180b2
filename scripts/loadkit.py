"""What the server's load scripts (crash-safety.py, soak.py) share: a free port, a multipart body, a CSV of
figures to import."""
import socket
import uuid


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def multipart(fields):
    """A multipart/form-data body of files, {field: (filename, bytes)}, and its Content-Type."""
    boundary = uuid.uuid4().hex
    out = b""
    for name, (filename, content) in fields.items():
        out += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{filename}\"\r\n"
                f"Content-Type: application/octet-stream\r\n\r\n").encode() + content + b"\r\n"
    out += f"--{boundary}--\r\n".encode()
    return out, "multipart/form-data; boundary=" + boundary


def bulk_csv(value, rows=1000):
    """A long-form import of {rows} figures, all {value}: measures m0, m1, … over the months from 2000-01."""
    lines = ["period,measure,value"]
    for i in range(rows):
        m, p = divmod(i, 120)
        lines.append(f"{2000 + p // 12}-{p % 12 + 1:02d},m{m},{value}")
    return ("\n".join(lines) + "\n").encode()
