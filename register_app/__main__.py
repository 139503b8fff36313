from register_app.cli import main

raise SystemExit(main())
