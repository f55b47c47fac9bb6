from graphx.cli import cli

cli(prog_name="graphx")
