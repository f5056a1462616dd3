"""How long `workshop count` takes: a typical post, a long post, and hostile inputs.

Run: python bench/textcount.py
"""

from __future__ import annotations

import statistics
import time

from workshop.textcount import count

CASES = {
    "typical post (280 chars)": "Proud of our team! See https://example.com/news 🎉 #launch " * 5,
    "Facebook-length text (63k)": "word " * 12_641,
    "a_ × 10,000 + b.com": "a_" * 10000 + "b.com",
    "あ × 20,000 + .x": "あ" * 20000 + ".x",
    "see example.com/x × 3,000": "see example.com/x " * 3000,
}


def main() -> None:
    print(f"{'case':<32}{'median ms':>12}{'max ms':>10}")
    for name, text in CASES.items():
        runs = []
        for _ in range(20):
            started = time.perf_counter()
            count(text)
            runs.append((time.perf_counter() - started) * 1000)
        print(f"{name:<32}{statistics.median(runs):>12.3f}{max(runs):>10.3f}")


if __name__ == "__main__":
    main()
