"""sealflow.exchange"""
