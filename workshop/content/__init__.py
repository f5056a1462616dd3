"""Training content: the model, the YAML loader that keeps line numbers, and validation."""

from workshop.content.library import ContentError, Library, builtin_modules_dir, load_library
from workshop.content.problem import Problem

__all__ = ["ContentError", "Library", "Problem", "builtin_modules_dir", "load_library"]
