"""Shared helpers of the benchmark scripts: spawn a server, talk MCP to it, time it, summarise."""
import json
import os
import re
import select
import sys
import statistics
import subprocess
import time

INITIALIZE = {"jsonrpc": "2.0", "id": 0, "method": "initialize",
              "params": {"protocolVersion": "2025-06-18", "capabilities": {},
                         "clientInfo": {"name": "bench", "version": "1"}}}
INITIALIZED = {"jsonrpc": "2.0", "method": "notifications/initialized"}
TOOLS_LIST = {"jsonrpc": "2.0", "id": 1, "method": "tools/list"}

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.path.join(ROOT, "target", "xano-developer-mcp.jar")
LAUNCHER = os.path.join(ROOT, "bin", "xano-developer-mcp")


def line(message):
    return (json.dumps(message, separators=(",", ":")) + "\n").encode()


def spawn(command, env=None):
    return subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, env=env)


REPLY_ID = re.compile(rb'^\{"jsonrpc":"2.0","id":(-?\d+|"[^"]*")')


def reply_id_of(raw):
    """The id of a reply line. Servers print "jsonrpc" then "id" first; any other line is parsed
    whole. Parsing every 7 KB reply in Python would make the client, not the server, the limit."""
    match = REPLY_ID.match(raw)
    if match:
        return json.loads(match.group(1))
    try:
        return json.loads(raw).get("id")
    except ValueError:
        return None


def read_replies(proc, wanted_ids, timeout=60):
    """Reads stdout until a reply to every id in wanted_ids arrived; returns {id: reply line}."""
    buffer = b""
    found = {}
    deadline = time.monotonic() + timeout
    fd = proc.stdout.fileno()
    while len(found) < len(wanted_ids):
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError(f"no reply to {sorted(set(wanted_ids) - set(found))[:5]}")
        ready, _, _ = select.select([fd], [], [], left)
        if not ready:
            continue
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            raise RuntimeError("server closed stdout early")
        buffer += chunk
        *lines, buffer = buffer.split(b"\n")
        for raw in lines:
            reply_id = reply_id_of(raw)
            if reply_id in wanted_ids:
                found[reply_id] = raw
    return found


def peak_rss(proc):
    """Peak resident memory in MiB of a running process and all its descendants, added up (VmHWM,
    which exec resets; wait4's ru_maxrss would count the forking Python process too). A route that
    runs the server under wrappers (npx, a Node launcher) pays for the wrappers too."""
    children = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    ppid = int(stat.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(ppid, []).append(int(entry))
            except (OSError, ValueError, IndexError):
                pass
    total, todo = 0.0, [proc.pid]
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, []))
        try:
            with open(f"/proc/{pid}/status") as status:
                for row in status:
                    if row.startswith("VmHWM:"):
                        total += int(row.split()[1]) / 1024
        except OSError:
            pass
    return total


def wait_exit(proc, timeout=30):
    """Waits for the process to exit; returns its exit status."""
    deadline = time.monotonic() + timeout
    while True:
        pid, status, _ = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            proc.returncode = os.waitstatus_to_exitcode(status)
            return proc.returncode
        if time.monotonic() > deadline:
            proc.kill()
            raise TimeoutError("server did not exit")
        time.sleep(0.001)


def startup_once(command, env=None):
    """Spawn -> initialize -> tools/list reply -> stdin closed -> exit. Returns (ms to reply, ms to exit, MiB)."""
    start = time.monotonic()
    proc = spawn(command, env)
    proc.stdin.write(line(INITIALIZE) + line(INITIALIZED) + line(TOOLS_LIST))
    proc.stdin.flush()
    read_replies(proc, {0, 1})
    replied = time.monotonic()
    rss = peak_rss(proc)
    # Reading /proc takes the client's time, not the server's: it does not count to exit.
    counted = time.monotonic() - replied
    proc.stdin.close()
    status = wait_exit(proc)
    ended = time.monotonic() - counted
    if status != 0:
        raise RuntimeError(f"{command} exited with {status}")
    return (replied - start) * 1000, (ended - start) * 1000, rss


def time_command(command, env=None):
    """Wall time of a command that needs no input, in ms."""
    start = time.monotonic()
    proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=env)
    wait_exit(proc)
    return (time.monotonic() - start) * 1000


def summary(values):
    return {"median": statistics.median(values), "min": min(values), "max": max(values)}


def java_version(java):
    out = subprocess.run([java, "-version"], capture_output=True, text=True).stderr
    first = out.splitlines()[0] if out else "?"
    return first.split('"')[1] if '"' in first else first


def launcher_command(java_home):
    """The java command line the launcher would exec for this JDK (its fast path included)."""
    env = dict(os.environ, JAVA_HOME=java_home, XANO_MCP_PRINT_COMMAND="1")
    out = subprocess.run([LAUNCHER], capture_output=True, text=True, env=env, check=True).stdout
    return out.strip().split("\n")


def jdk_home(preferred):
    """preferred if it holds a java, else the JDK of the java on PATH."""
    if preferred and os.access(os.path.join(preferred, "bin", "java"), os.X_OK):
        return preferred
    import shutil
    java = shutil.which("java")
    if not java:
        raise SystemExit("no Java found: give a JDK folder or put java on PATH")
    home = os.path.dirname(os.path.dirname(os.path.realpath(java)))
    print(f"(no JDK at {preferred}; using {home})", file=sys.stderr)
    return home


def cached_launcher_command(java_home, timeout=120):
    """The launcher's command once its start-up cache exists; the first call makes it train one."""
    deadline = time.monotonic() + timeout
    while True:
        command = launcher_command(java_home)
        if any(a.startswith(("-XX:AOTCache=", "-XX:SharedArchiveFile=")) for a in command):
            return command
        if time.monotonic() > deadline:
            raise TimeoutError(f"the launcher made no start-up cache for {java_home}")
        time.sleep(0.5)
