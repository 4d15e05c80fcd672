"""Claim extraction: the normalisers and extractors that turn sentences into claims."""
