"""graphx: news articles → a typed, evidence-backed graph of who did what to whom."""
__version__ = "0.1.0"
