"""Reference data and readers of what people write.

``gazetteer`` (districts of a city), ``languages`` (ISO 639-1 codes, CEFR levels),
``taxonomy`` (interest areas and tags), ``availability`` (weekly time slots). Each
loads its data from ``resources/`` once, on first use; import the module you need.
"""
