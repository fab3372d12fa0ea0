"""The de-identification report: gates, counts and measures for reviewers, never values."""

from sealflow.report.render import write_report

__all__ = ["write_report"]
