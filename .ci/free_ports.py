"""Print N distinct loopback ports that are free now and lie below the kernel's ephemeral range.

A port inside that range can be taken by any outgoing connection while its server is down
(as the fault checks stop and start servers), and the server could not bind it again.
"""

import random
import socket
import sys

LOWEST = 20000


def ephemeral_start():
    try:
        with open("/proc/sys/net/ipv4/ip_local_port_range", encoding="ascii") as ports:
            return int(ports.read().split()[0])
    except (OSError, ValueError, IndexError):
        return 32768


def is_free(port):
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def free_ports(count):
    candidates = list(range(LOWEST, max(ephemeral_start(), LOWEST + count)))
    random.shuffle(candidates)
    ports = [port for port in candidates[: count * 20] if is_free(port)][:count]
    if len(ports) < count:
        sys.exit(f"free_ports: fewer than {count} free ports from {LOWEST}")
    return ports


if __name__ == "__main__":
    print(*free_ports(int(sys.argv[1])))
