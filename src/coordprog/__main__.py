"""``python -m coordprog``: the command line."""

import sys

from coordprog.cli import main

sys.exit(main())
