"""sealflow.deposit"""
