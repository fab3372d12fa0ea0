"""sealflow.ingest"""
