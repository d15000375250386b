print("initializing _pkg_demo._sub")
