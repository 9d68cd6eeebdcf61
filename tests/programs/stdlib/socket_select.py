"""socket (TCP server/client on loopback, makefile, socketpair, timeouts, non-blocking), select and selectors; a thread blocked in recv lets others run."""
import socket, threading, select, selectors, time

def echo_server(server):
    for _ in range(3):
        conn, addr = server.accept()
        with conn:
            while True:
                data = conn.recv(1024)
                if not data:
                    break
                conn.sendall(data.upper())

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", 0))
server.listen()
port = server.getsockname()[1]
print(server.getsockname()[0], port > 0)
t = threading.Thread(target=echo_server, args=(server,))
t.start()

def client(msg):
    with socket.create_connection(("127.0.0.1", port)) as c:
        c.sendall(msg.encode())
        c.shutdown(socket.SHUT_WR)
        chunks = []
        while True:
            d = c.recv(3)
            if not d:
                break
            chunks.append(d)
        return b"".join(chunks).decode()

print(client("hello"), client("x" * 5000 == "x" * 5000 and "big" or ""))
with socket.socket() as c:
    c.connect(("127.0.0.1", port))
    f = c.makefile("rwb")
    c.sendall(b"line one\nline two\n")
    c.shutdown(socket.SHUT_WR)
    print(f.readline(), f.readline(), f.readline())
t.join()
server.close()

a, b = socket.socketpair()
a.sendall(b"ping")
print(select.select([b], [], [], 1.0)[0] == [b], b.recv(10))
b.settimeout(0.2)
try:
    b.recv(10)
except socket.timeout as e:
    print("timeout:", e, isinstance(e, TimeoutError))
b.setblocking(False)
try:
    b.recv(10)
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
sel = selectors.DefaultSelector()
b.setblocking(True)
key = sel.register(b, selectors.EVENT_READ, data="payload")
print(sel.select(timeout=0.1))
a.sendall(b"pong")
events = sel.select(timeout=1)
print([(k.data, mask) for k, mask in events], b.recv(10))
sel.unregister(b); sel.close(); a.close(); b.close()
try:
    socket.create_connection(("127.0.0.1", 1))
except ConnectionRefusedError as e:
    print("refused", e.errno)

# blocked threads release the GIL: a CPU thread keeps running while another waits in recv
x, y = socket.socketpair()
counter = [0]
def spin():
    end = time.time() + 0.3
    while time.time() < end:
        counter[0] += 1
def waiter():
    print("waiter got", y.recv(10))
w = threading.Thread(target=waiter); w.start()
s = threading.Thread(target=spin); s.start(); s.join()
x.sendall(b"done"); w.join()
print("spun while blocked:", counter[0] > 1000)
x.close(); y.close()
print(socket.gethostbyname("localhost"), isinstance(socket.gethostname(), str))
