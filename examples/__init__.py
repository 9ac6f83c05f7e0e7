"""The bundled example documents (five real public documents), shipped as package data.

They are read through importlib.resources, so `welfare-kg demo` works from an installed
wheel as well as from a source checkout.
"""
