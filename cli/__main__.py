"""``python -m arkg.cli`` = ``arkg``."""

import sys

from arkg.cli import main

sys.exit(main())
