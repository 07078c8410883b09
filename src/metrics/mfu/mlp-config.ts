import type { ConfigReader } from './config-reader.js';
import type { FamilyTraits } from './model-families.js';
import type { DenseMlp, MlpSpec, MoeMlp } from './model-spec.js';

interface Shape {
  modelType: string;
  family: FamilyTraits;
  hiddenSize: number;
}

/** The MLP of each layer, following the family's placement of dense and expert layers. */
export function mlpBuilder(r: ConfigReader, shape: Shape): (layer: number) => MlpSpec {
  if (shape.family.layout === 'mamba') return () => ({ kind: 'none' });
  const intermediate = r.int(['intermediate_size', 'n_inner', 'ffn_dim']) ?? 4 * shape.hiddenSize;
  const dense: DenseMlp = { kind: 'dense', intermediateSize: intermediate, gated: !shape.family.plainMlp, bias: shape.family.allBiases || r.bool('mlp_bias') === true };
  return deepseekMoe(r, dense) ?? llama4Moe(r, shape, intermediate) ?? jambaMoe(r, shape, dense) ?? mixtralMoe(r, dense) ?? qwenMoe(r, dense) ?? (() => dense);
}

type Placement = ((layer: number) => MlpSpec) | null;

const moe = (fields: Omit<MoeMlp, 'kind' | 'sharedExpertGate' | 'routerBias'> & Partial<Pick<MoeMlp, 'sharedExpertGate' | 'routerBias'>>): MoeMlp => ({
  kind: 'moe',
  sharedExpertGate: false,
  routerBias: false,
  ...fields,
});

/** DeepSeek-V2/V3: routed and shared experts of moe_intermediate_size; the first k layers dense, then every moe_layer_freq-th. */
function deepseekMoe(r: ConfigReader, dense: DenseMlp): Placement {
  const routed = r.int(['n_routed_experts']);
  if (routed === null || routed === 0) return null;
  const expertSize = r.need(['moe_intermediate_size']);
  const spec = moe({
    numExperts: routed,
    expertsPerToken: r.need(['num_experts_per_tok']),
    expertIntermediateSize: expertSize,
    sharedExperts: r.int(['n_shared_experts']) ?? 0,
    sharedIntermediateSize: expertSize,
    // V3's aux-loss-free routing keeps a per-expert bias (e_score_correction_bias).
    routerBias: r.str('topk_method') === 'noaux_tc',
  });
  const firstDense = r.int(['first_k_dense_replace']) ?? 0;
  const freq = r.int(['moe_layer_freq']) ?? 1;
  if (freq === 0) throw r.fail(`${r.where('moe_layer_freq')} must be positive`);
  return (layer) => (layer >= firstDense && layer % freq === 0 ? spec : dense);
}

/** Llama-4: routed experts plus one shared expert of intermediate_size on MoE layers; dense layers use intermediate_size_mlp. */
function llama4Moe(r: ConfigReader, shape: Shape, intermediate: number): Placement {
  if (shape.family.layout !== 'llama4') return null;
  const experts = r.int(['num_local_experts']) ?? 0;
  const dense: DenseMlp = { kind: 'dense', intermediateSize: r.int(['intermediate_size_mlp']) ?? intermediate, gated: true, bias: false };
  if (experts <= 1) return () => dense;
  const spec = moe({ numExperts: experts, expertsPerToken: r.int(['num_experts_per_tok']) ?? 1, expertIntermediateSize: intermediate, sharedExperts: 1, sharedIntermediateSize: intermediate });
  const step = r.int(['interleave_moe_layer_step']) ?? 1;
  if (step === 0) throw r.fail(`${r.where('interleave_moe_layer_step')} must be positive`);
  const listed = r.intList('moe_layers');
  const moeLayers = new Set(listed ?? Array.from({ length: r.positive(['num_hidden_layers']) }, (_, i) => i).filter((i) => i % step === step - 1));
  return (layer) => (moeLayers.has(layer) ? spec : dense);
}

/** Jamba: num_experts experts of intermediate_size on layers i with i % expert_layer_period == expert_layer_offset. */
function jambaMoe(r: ConfigReader, shape: Shape, dense: DenseMlp): Placement {
  if (shape.modelType !== 'jamba') return null;
  const experts = r.int(['num_experts']) ?? 1;
  if (experts <= 1) return () => dense;
  const spec = moe({ numExperts: experts, expertsPerToken: r.need(['num_experts_per_tok']), expertIntermediateSize: dense.intermediateSize, sharedExperts: 0, sharedIntermediateSize: 0 });
  const period = r.int(['expert_layer_period']) ?? 2;
  const offset = r.int(['expert_layer_offset']) ?? 1;
  return (layer) => (period > 0 && layer % period === offset ? spec : dense);
}

/** Mixtral: num_local_experts experts of intermediate_size each, no shared expert. */
function mixtralMoe(r: ConfigReader, dense: DenseMlp): Placement {
  const local = r.int(['num_local_experts']);
  if (local === null || local <= 1) return null;
  const spec = moe({ numExperts: local, expertsPerToken: r.need(['num_experts_per_tok']), expertIntermediateSize: r.int(['moe_intermediate_size']) ?? dense.intermediateSize, sharedExperts: 0, sharedIntermediateSize: 0 });
  return () => spec;
}

/**
 * Qwen-MoE (Qwen2-MoE, Qwen3-MoE, Qwen3-Next): num_experts of moe_intermediate_size, plus one shared
 * expert with a sigmoid gate when shared_expert_intermediate_size is given; decoder_sparse_step and
 * mlp_only_layers pick the sparse layers.
 */
function qwenMoe(r: ConfigReader, dense: DenseMlp): Placement {
  const experts = r.int(['num_experts']);
  if (experts === null || experts <= 1) return null;
  const shared = r.int(['shared_expert_intermediate_size']) ?? 0;
  const spec = moe({
    numExperts: experts,
    expertsPerToken: r.need(['num_experts_per_tok']),
    expertIntermediateSize: r.need(['moe_intermediate_size']),
    sharedExperts: shared > 0 ? 1 : 0,
    sharedIntermediateSize: shared,
    sharedExpertGate: shared > 0,
  });
  const step = r.int(['decoder_sparse_step']) ?? 1;
  if (step === 0) throw r.fail(`${r.where('decoder_sparse_step')} must be positive`);
  const mlpOnly = new Set(r.intList('mlp_only_layers') ?? []);
  return (layer) => (!mlpOnly.has(layer) && (layer + 1) % step === 0 ? spec : dense);
}
