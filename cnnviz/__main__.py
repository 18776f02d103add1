from cnnviz.cli.main import main

raise SystemExit(main())
