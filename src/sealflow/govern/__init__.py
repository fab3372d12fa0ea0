"""sealflow.govern"""
