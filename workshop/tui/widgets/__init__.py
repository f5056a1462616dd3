"""Widgets of the workshop screens: each shows one kind of step; none holds domain logic."""
