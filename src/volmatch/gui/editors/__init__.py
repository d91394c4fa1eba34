"""Record editors: a listing, a volunteer profile."""
