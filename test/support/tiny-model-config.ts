/** A small Llama-shaped Hugging Face config.json: enough for MFU to be computed against a scripted server. */
export const TINY_MODEL_CONFIG = {
  architectures: ['LlamaForCausalLM'],
  model_type: 'llama',
  hidden_size: 512,
  intermediate_size: 1024,
  num_attention_heads: 8,
  num_key_value_heads: 8,
  num_hidden_layers: 4,
  vocab_size: 1000,
  tie_word_embeddings: false,
  torch_dtype: 'bfloat16',
};
