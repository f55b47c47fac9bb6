"""The offline explorer page: its data, layout and rendering; the page's own files are in `assets/`."""
