"""sealflow.seal"""
