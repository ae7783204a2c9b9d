#!/usr/bin/env python3
"""Time from spawning a program on a pseudo-terminal to its first prompt, for one or more programs, interleaved.

Usage:
    scripts/pty-start.py [--runs N] [--warmup W] --program PROMPT QUIT COMMAND [--program PROMPT QUIT COMMAND ...]

PROMPT is the text the program writes when it is ready for a line (`swot> `, `sqlite> `); QUIT is the line sent
once it appears (`quit`, `.quit`; an empty QUIT sends Ctrl-D instead); COMMAND is the command line, split like a
shell would split it (shlex). Each run opens a new pty (24x80), spawns the program as the leader of a new session
with the pty as its controlling terminal and as stdin, stdout and stderr, and reads the pty until PROMPT appears:
that interval, from just before the spawn to the read that completes PROMPT, is the run's start-up time. It then
sends QUIT and Enter, reads the pty until the program has closed it, and reaps it: spawn to reaped is the run's
full-cycle time (start-up, quit and exit), reported beside it. Runs of the programs alternate (A, B, A, B, ...),
warm-up rounds too, so that a noisy machine weighs on every program alike.

Environment of the programs: only PATH, HOME and the history files pointed into a temporary folder (no real
history or rc file is read or written; the history files are removed before every run), TERM=xterm, LANG=C.UTF-8.

Output, one line per program, in the order given:
    name=swot median_ms=1.23 full_median_ms=1.60 min_ms=... max_ms=... peak_rss_kb=6728 ru_maxrss_kb=9000 runs=60
peak_rss_kb is the largest VmHWM (peak resident set) of the program's own address space, read from /proc when its
prompt has appeared. ru_maxrss_kb is the largest ru_maxrss of os.wait4's rusage, which covers the whole run up to
exit but never reads below the footprint of the process that spawned it: the kernel carries the spawning process's
peak into the child at exec. That floor, measured by spawning /bin/true the same way, is printed on stderr.
"""
import argparse
import fcntl
import gc
import os
import select
import shlex
import shutil
import statistics
import struct
import sys
import tempfile
import termios
import time

TIMEOUT_S = 10.0


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=60, help="timed runs of each program (default 60)")
    parser.add_argument("--warmup", type=int, default=5, help="untimed runs of each program first (default 5)")
    parser.add_argument("--program", nargs=3, action="append", required=True, metavar=("PROMPT", "QUIT", "COMMAND"))
    args = parser.parse_args()
    if args.runs < 1 or args.warmup < 0:
        parser.error("--runs must be at least 1 and --warmup at least 0")
    return args


class Program:
    def __init__(self, prompt, quit_line, command):
        self.prompt = prompt.encode()
        self.quit = (quit_line + "\r").encode() if quit_line else b"\x04"
        self.argv = shlex.split(command)
        if not self.argv:
            sys.exit("pty-start: empty command")
        path = shutil.which(self.argv[0])
        if path is None:
            sys.exit(f"pty-start: no program {self.argv[0]}")
        self.path = path
        self.name = os.path.basename(self.argv[0])
        self.start_ns = []
        self.full_ns = []
        self.hwm_kb = 0
        self.maxrss_kb = 0


def vm_hwm_kb(pid):
    try:
        with open(f"/proc/{pid}/status", "rb") as status:
            for line in status:
                if line.startswith(b"VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def spawn_on_pty(path, argv, env):
    """Spawns argv on a new pty; returns (pid, master fd, nanoseconds taken just before the spawn)."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    slave_name = os.ttyname(slave)
    # setsid first, then opening the slave by name makes it the controlling terminal of the new session, as a
    # terminal emulator or login would. posix_spawn (vfork and exec) keeps the harness's own cost small and alike.
    actions = [
        (os.POSIX_SPAWN_OPEN, 0, slave_name, os.O_RDWR, 0),
        (os.POSIX_SPAWN_DUP2, 0, 1),
        (os.POSIX_SPAWN_DUP2, 0, 2),
    ]
    started = time.perf_counter_ns()
    pid = os.posix_spawn(path, argv, env, file_actions=actions, setsid=True)
    os.close(slave)
    return pid, master, started


def read_until(master, needle, pid, output):
    """Reads the pty into output until needle appears in it; returns the time of that read."""
    deadline = time.monotonic() + TIMEOUT_S
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
            sys.exit(f"pty-start: no prompt {needle!r} within {TIMEOUT_S:.0f} s; the pty showed {bytes(output)!r}")
        ready, _, _ = select.select([master], [], [], left)
        if not ready:
            continue
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the program closed the pty without prompting
            data = b""
        now = time.perf_counter_ns()
        if not data:
            os.waitpid(pid, 0)
            sys.exit(f"pty-start: the program left before its prompt {needle!r}; the pty showed {bytes(output)!r}")
        # only the tail can complete the prompt: search from just before the new bytes
        start = max(0, len(output) - len(needle) + 1)
        output += data
        if output.find(needle, start) >= 0:
            return now


def drain(master):
    """Reads the pty until the program has closed its side (EIO or end of file)."""
    deadline = time.monotonic() + TIMEOUT_S
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], deadline - time.monotonic())
        if not ready:
            continue
        try:
            if not os.read(master, 65536):
                return True
        except OSError:
            return True
    return False


def run_once(program, env, history_files):
    for path in history_files:
        try:
            os.unlink(path)
        except FileNotFoundError:
            pass
    pid, master, started = spawn_on_pty(program.path, program.argv, env)
    try:
        at_prompt = read_until(master, program.prompt, pid, bytearray())
        hwm = vm_hwm_kb(pid)
        os.write(master, program.quit)
        if not drain(master):
            os.kill(pid, 9)
        _, status, usage = os.wait4(pid, 0)
        reaped = time.perf_counter_ns()
    finally:
        os.close(master)
    if not os.WIFEXITED(status) or os.WEXITSTATUS(status) != 0:
        sys.exit(f"pty-start: {program.name} ended with status {status:#x} after {program.quit!r}")
    return at_prompt - started, reaped - started, hwm, usage.ru_maxrss


def spawn_floor_kb(env):
    """ru_maxrss of /bin/true spawned the way the programs are: the least any of them can report."""
    true = shutil.which("true") or "/bin/true"
    pid, master, _ = spawn_on_pty(true, ["true"], env)
    drain(master)
    os.close(master)
    return os.wait4(pid, 0)[2].ru_maxrss


def main():
    args = parse_args()
    programs = [Program(*spec) for spec in args.program]
    home = tempfile.mkdtemp(prefix="pty-start.")
    history_files = [os.path.join(home, ".swot_history"), os.path.join(home, ".sqlite_history")]
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": home,
        "SWOT_HISTORY": history_files[0],
        "SQLITE_HISTORY": history_files[1],
        "TERM": "xterm",
        "LANG": "C.UTF-8",
    }
    try:
        gc.disable()
        for round_number in range(args.warmup + args.runs):
            for program in programs:
                start_ns, full_ns, hwm, maxrss = run_once(program, env, history_files)
                if round_number < args.warmup:
                    continue
                program.start_ns.append(start_ns)
                program.full_ns.append(full_ns)
                program.hwm_kb = max(program.hwm_kb, hwm)
                program.maxrss_kb = max(program.maxrss_kb, maxrss)
            gc.collect()
        floor = spawn_floor_kb(env)
    finally:
        shutil.rmtree(home, ignore_errors=True)
    print(f"pty-start: ru_maxrss of /bin/true spawned by this harness: {floor} KB", file=sys.stderr)
    for program in programs:
        ms = lambda ns: f"{ns / 1e6:.3f}"
        print(
            f"name={program.name} median_ms={ms(statistics.median(program.start_ns))}"
            f" full_median_ms={ms(statistics.median(program.full_ns))}"
            f" min_ms={ms(min(program.start_ns))} max_ms={ms(max(program.start_ns))}"
            f" peak_rss_kb={program.hwm_kb} ru_maxrss_kb={program.maxrss_kb} runs={len(program.start_ns)}"
        )


if __name__ == "__main__":
    main()
