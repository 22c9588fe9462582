#!/usr/bin/env python3
"""A TCP proxy on loopback that cuts every connection through it at random
moments (every 30 to 150 ms while connections are open): the network a pair
session must survive. The first connection lives 500 ms, past pairing (a
pairing cut short is a failed code attempt, and the host makes a new code);
later ones at least 50 ms. Writes its port to PORT_FILE and, after each cut, the
number of cuts so far to CUTS_FILE. Runs until killed."""
import random
import socket
import sys
import threading
import time
import os

port_file, target, cuts_file, seed = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
rng = random.Random(seed)
lock = threading.Lock()
open_sockets = []
cuts = 0


def pipe(src, dst):
    try:
        while True:
            data = src.recv(65536)
            if not data:
                break
            dst.sendall(data)
    except OSError:
        pass
    for s in (src, dst):
        try:
            s.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


def accept(server):
    while True:
        client, _ = server.accept()
        try:
            upstream = socket.create_connection(("127.0.0.1", target))
        except OSError:
            client.close()
            continue
        with lock:
            open_sockets.append((client, upstream, time.monotonic()))
        threading.Thread(target=pipe, args=(client, upstream), daemon=True).start()
        threading.Thread(target=pipe, args=(upstream, client), daemon=True).start()


server = socket.socket()
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", 0))
server.listen(16)
threading.Thread(target=accept, args=(server,), daemon=True).start()
with open(port_file + ".tmp", "w") as f:
    f.write(str(server.getsockname()[1]))
os.rename(port_file + ".tmp", port_file)

while True:
    time.sleep(0.03 + rng.random() * 0.12)
    now = time.monotonic()
    min_age = 0.5 if cuts == 0 else 0.05
    with lock:
        live = [c for c in open_sockets if now - c[2] >= min_age]
        open_sockets[:] = [c for c in open_sockets if now - c[2] < min_age]
    if not live:
        continue
    for client, upstream, _ in live:
        for s in (client, upstream):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            s.close()
    cuts += 1
    # Renamed into place, as the port file is: the test reads it while this
    # runs, and must never see it truncated and not yet written.
    with open(cuts_file + ".tmp", "w") as f:
        f.write(str(cuts))
    os.rename(cuts_file + ".tmp", cuts_file)
