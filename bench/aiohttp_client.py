"""The comparison client of `npm run bench:load`: an asyncio + aiohttp streaming client written to the
pattern of vLLM's benchmark request functions (`vllm bench serve`): one shared ClientSession with a
keep-alive TCPConnector, an asyncio.Semaphore for the concurrency limit, `time.perf_counter()` taken
just before `session.post`, the body read line by line from `response.content`, "data: " stripped,
`json.loads` per event, and a text event's time taken when it is handled.

Reads one JSON object from argv[1]: {"url", "ids", "concurrency", "max_tokens", "warmup"}; writes one JSON
object to stdout: every request's send stamp and text-event stamps (CLOCK_MONOTONIC, ms, which
perf_counter reads on Linux), and the process CPU time spent on the measured requests.
"""

import asyncio
import json
import resource
import sys
import time

import aiohttp


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


async def one_request(session: aiohttp.ClientSession, url: str, request_id: str, max_tokens: int) -> dict:
    payload = {
        "model": "scripted-model",
        "messages": [{"role": "user", "content": f"aiohttp prompt [[id={request_id}]]"}],
        "max_tokens": max_tokens,
        "temperature": 0.0,
        "stream": True,
        "stream_options": {"include_usage": True},
    }
    text_ms: list[float] = []
    generated = ""
    output_tokens = None
    error = None
    st = time.perf_counter()
    try:
        async with session.post(url=url, json=payload) as response:
            if response.status != 200:
                error = f"HTTP {response.status}"
            else:
                async for chunk_bytes in response.content:
                    chunk_bytes = chunk_bytes.strip()
                    if not chunk_bytes:
                        continue
                    chunk = chunk_bytes.decode("utf-8").removeprefix("data: ")
                    if chunk == "[DONE]":
                        continue
                    timestamp = time.perf_counter()
                    data = json.loads(chunk)
                    if choices := data.get("choices"):
                        content = choices[0]["delta"].get("content")
                        if content:
                            text_ms.append(timestamp * 1000.0)
                            generated += content
                    elif usage := data.get("usage"):
                        output_tokens = usage.get("completion_tokens")
    except Exception as exc:  # the comparison records the failure, as vLLM's functions do
        error = repr(exc)
    return {"id": request_id, "send_ms": st * 1000.0, "text_ms": text_ms, "output_tokens": output_tokens, "error": error}


async def run(spec: dict, on_mark=None) -> dict:
    """The warm-up, then the measured requests; `on_mark` (the CPU part's) is called after each."""
    timeout = aiohttp.ClientTimeout(total=6 * 60 * 60)
    connector = aiohttp.TCPConnector(limit=spec["concurrency"], keepalive_timeout=60, force_close=False)
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as session:
        semaphore = asyncio.Semaphore(spec["concurrency"])

        async def limited(request_id: str) -> dict:
            async with semaphore:
                return await one_request(session, spec["url"], request_id, spec["max_tokens"])

        # vLLM's benchmark sends one test request before the run; the bench may ask for more.
        warm = [f"aw{i}" for i in range(max(1, spec.get("warmup", 1)))]
        await asyncio.gather(*(limited(i) for i in warm))
        if on_mark:
            on_mark()
        cpu0 = cpu_seconds()
        results = await asyncio.gather(*(limited(i) for i in spec["ids"]))
        cpu = cpu_seconds() - cpu0
        if on_mark:
            on_mark()
    return {"requests": results, "cpu_s": cpu}


if __name__ == "__main__":
    print(json.dumps(asyncio.run(run(json.loads(sys.argv[1])))))
