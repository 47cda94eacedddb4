"""`python -m readmark` does what the `readmark` command does."""

import sys

from readmark.cli import main

sys.exit(main())
