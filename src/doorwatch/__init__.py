"""doorwatch: an evidence-backed record of political imprisonment and the diplomacy around it."""

__version__ = "0.1.0"
