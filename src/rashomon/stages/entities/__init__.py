"""Entities: recognition (``ner``) and cross-document, cross-script identity (``link``)."""
