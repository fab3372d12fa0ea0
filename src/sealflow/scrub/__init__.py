"""sealflow.scrub"""
