"""One view across trainers: bundles a trainer hands over, and the organisation's report."""
