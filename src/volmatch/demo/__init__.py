"""The deterministic Prague demo dataset and the synthetic generator for scale.

load_demo(db)                      # store resources/demo/*.csv (idempotent)
demo_records() -> (opportunities, volunteers)   # parsed, no database, cached
generate_opportunities(n, seed=0) / generate_volunteers(n, seed=0)
"""

from volmatch.demo.dataset import DemoReport, demo_records, load_demo
from volmatch.demo.generator import generate_opportunities, generate_volunteers

__all__ = [
    "DemoReport",
    "demo_records",
    "generate_opportunities",
    "generate_volunteers",
    "load_demo",
]
