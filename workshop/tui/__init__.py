"""The Textual face of workshop: screens and widgets over the domain core, no domain logic."""
