"""The aiohttp client of the CPU part (load-cpu.ts): aiohttp_client.py's requests (vLLM's pattern), with
the bench's marks. Reads {"url", "ids", "concurrency", "max_tokens", "warmup"} from argv[1]; after the
warm-up and after the measured requests writes "mark" and blocks until the bench answers on stdin (the
bench samples /proc meanwhile); then prints {"text_events", "failed"} for the measured requests.
"""

import asyncio
import json
import sys

import aiohttp

from aiohttp_client import one_request


def mark() -> None:
    sys.stdout.write("mark\n")
    sys.stdout.flush()
    if sys.stdin.read(1) == "":
        sys.exit("the bench closed stdin")


async def run(spec: dict) -> dict:
    timeout = aiohttp.ClientTimeout(total=6 * 60 * 60)
    connector = aiohttp.TCPConnector(limit=spec["concurrency"], keepalive_timeout=60, force_close=False)
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as session:
        semaphore = asyncio.Semaphore(spec["concurrency"])

        async def limited(request_id: str) -> dict:
            async with semaphore:
                return await one_request(session, spec["url"], request_id, spec["max_tokens"])

        await asyncio.gather(*(limited(f"aw{i}") for i in range(spec["warmup"])))
        mark()
        results = await asyncio.gather(*(limited(i) for i in spec["ids"]))
        mark()
    return {"text_events": sum(len(r["text_ms"]) for r in results), "failed": sum(1 for r in results if r["error"])}


if __name__ == "__main__":
    print(json.dumps(asyncio.run(run(json.loads(sys.argv[1])))))
