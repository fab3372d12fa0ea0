"""sealflow.report"""
