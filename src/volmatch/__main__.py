import sys

from volmatch.launcher import main

sys.exit(main())
