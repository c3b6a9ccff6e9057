"""RFC 6238 codes, computed independently of the server's implementation."""
import base64
import hashlib
import hmac
import struct
import time


def code(key_base32, step_offset=0, at=None):
    key = base64.b32decode(key_base32 + "=" * (-len(key_base32) % 8))
    counter = int((at if at is not None else time.time()) // 30) + step_offset
    mac = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = mac[-1] & 0x0F
    value = struct.unpack(">I", mac[offset:offset + 4])[0] & 0x7FFFFFFF
    return f"{value % 1_000_000:06d}"
