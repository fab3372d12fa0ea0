"""sealflow.sdc"""
