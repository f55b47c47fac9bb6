"""The build: reading, extraction (here, in a process pool or on Dask), the cache, the graph stage and the outputs (`run.build`)."""
