"""Demonyms and country adjectives per language: word → ISO 3166-1 alpha-2 ("" = a people
with no country of its own, such as Kurdish: kept, never placed)."""
