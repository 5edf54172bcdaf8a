"""Services: load rows, call the pure domain functions, store or return. They never commit."""
