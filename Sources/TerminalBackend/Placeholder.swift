enum PlaceholderTerminalBackend {}
