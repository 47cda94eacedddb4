"""`readmark sync --library LINE` in a fresh process for each line read on stdin: the process
forks from this one, which has done the imports a sync does, so a trial costs a fork, not an
interpreter's start. It prints the child's pid, and after the next line its exit code (-9 when
the test killed it), so that the pid stays the child's until the test has done with it."""

import os
import sys

from readmark.cli import main
from readmark.store import team_sync  # noqa: F401  (what `sync` imports, imported once)

for line in sys.stdin:
    child = os.fork()
    if child == 0:
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115  (the fork's, gone with it)
        os._exit(main(["sync", "--library", line.strip()]))
    print(child, flush=True)
    sys.stdin.readline()
    print(os.waitstatus_to_exitcode(os.waitpid(child, 0)[1]), flush=True)
