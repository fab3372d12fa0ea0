"""sealflow.demo"""
