"""The command line: a thin shell that parses arguments, calls services and renders results."""
