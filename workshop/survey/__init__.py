"""The anonymous knowledge survey: importing answers, scoring them, and keeping small groups
anonymous. No Textual and no rich here: the CLI and the TUI present what this computes.
"""
