/** Engines infergate knows how to launch (src/engine/ has one adapter each). `huggingface` is the seed's name for `transformers serve`. */
export const ENGINE_NAMES = ['vllm', 'sglang', 'tgi', 'huggingface', 'trtllm', 'lmdeploy', 'llamacpp', 'mindie', 'vllm-ascend', 'external'] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];
