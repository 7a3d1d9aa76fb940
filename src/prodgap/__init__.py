"""prodgap: audit a resume for the production gap."""

__version__ = "0.1.0"
