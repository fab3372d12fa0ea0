"""Recognizers that are not tied to one country or service: names from lists, deny lists."""
