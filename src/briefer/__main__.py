"""`python -m briefer`: the command line."""

from briefer.cli import main

if __name__ == "__main__":
    main()
