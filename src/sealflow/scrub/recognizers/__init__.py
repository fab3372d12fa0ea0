"""sealflow.scrub.recognizers"""
