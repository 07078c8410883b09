"""The aiohttp client of the CPU part (load-cpu.ts): aiohttp_client.py's requests (vLLM's pattern), with
the bench's marks. Reads {"url", "ids", "concurrency", "max_tokens", "warmup"} from argv[1]; after the
warm-up and after the measured requests writes "mark" and blocks until the bench answers on stdin (the
bench samples /proc meanwhile); then prints {"text_events", "failed"} for the measured requests.
"""

import asyncio
import json
import sys

from aiohttp_client import run


def mark() -> None:
    sys.stdout.write("mark\n")
    sys.stdout.flush()
    if sys.stdin.read(1) == "":
        sys.exit("the bench closed stdin")


def measured(spec: dict) -> dict:
    results = asyncio.run(run(spec, on_mark=mark))["requests"]
    return {"text_events": sum(len(r["text_ms"]) for r in results), "failed": sum(1 for r in results if r["error"])}


if __name__ == "__main__":
    print(json.dumps(measured(json.loads(sys.argv[1]))))
