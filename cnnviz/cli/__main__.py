"""`python -m cnnviz.cli`: the same CLI as `python -m cnnviz`."""

import sys

from cnnviz.cli.main import main

sys.exit(main())
