import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { onnx } from "onnx-proto";
import { mulberry32 as rng } from "./prng";

/**
 * A tiny BERT-shaped feature-extraction model, generated rather than downloaded, so that the real
 * Transformers.js + onnxruntime path runs in tests on machines that cannot reach a model hub.
 * Its "encoder" is an embedding lookup (word + token type, masked by attention_mask): mean-pooled,
 * that is a bag-of-tokens vector, so texts sharing characters come out similar — enough to make
 * dense retrieval behave sensibly in tests, nothing more.
 */

const SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"];

function vocabulary(): string[] {
  const vocab = [...SPECIALS];
  // BertNormalizer lower-cases, so upper-case letters never reach the model.
  for (let c = 0x21; c <= 0x7e; c++) {
    const ch = String.fromCharCode(c);
    if (ch >= "A" && ch <= "Z") continue;
    vocab.push(ch);
    if (/[a-z0-9]/.test(ch)) vocab.push(`##${ch}`);
  }
  for (let c = 0x4e00; c <= 0x9fff; c++) vocab.push(String.fromCharCode(c));
  return vocab;
}


function floatTensor(name: string, dims: number[], values: Float32Array): onnx.ITensorProto {
  return {
    name,
    dims,
    dataType: onnx.TensorProto.DataType.FLOAT,
    rawData: new Uint8Array(values.buffer, values.byteOffset, values.byteLength),
  };
}

function valueInfo(name: string, elemType: number, dims: Array<number | string>): onnx.IValueInfoProto {
  return {
    name,
    type: {
      tensorType: {
        elemType,
        shape: { dim: dims.map((d) => (typeof d === "number" ? { dimValue: d } : { dimParam: d })) },
      },
    },
  };
}

function graphBytes(vocabSize: number, hidden: number, seed: number): Uint8Array {
  const rand = rng(seed);
  const word = new Float32Array(vocabSize * hidden).map(() => rand() * 2 - 1);
  const types = new Float32Array(2 * hidden).map(() => (rand() * 2 - 1) * 0.1);
  const INT64 = onnx.TensorProto.DataType.INT64;
  const FLOAT = onnx.TensorProto.DataType.FLOAT;
  const axes: onnx.ITensorProto = {
    name: "unsqueeze_axes",
    dims: [1],
    dataType: INT64,
    int64Data: [-1],
  };
  const model: onnx.IModelProto = {
    irVersion: 7,
    producerName: "mock-interviewer-tiny-model",
    opsetImport: [{ domain: "", version: 13 }],
    graph: {
      name: "tiny-bert",
      initializer: [floatTensor("word_embeddings", [vocabSize, hidden], word), floatTensor("type_embeddings", [2, hidden], types), axes],
      node: [
        { opType: "Gather", input: ["word_embeddings", "input_ids"], output: ["we"], attribute: [{ name: "axis", type: 2, i: 0 }] },
        { opType: "Gather", input: ["type_embeddings", "token_type_ids"], output: ["te"], attribute: [{ name: "axis", type: 2, i: 0 }] },
        { opType: "Add", input: ["we", "te"], output: ["emb"] },
        { opType: "Cast", input: ["attention_mask"], output: ["mask_f"], attribute: [{ name: "to", type: 2, i: FLOAT }] },
        { opType: "Unsqueeze", input: ["mask_f", "unsqueeze_axes"], output: ["mask_3d"] },
        { opType: "Mul", input: ["emb", "mask_3d"], output: ["last_hidden_state"] },
      ],
      input: [
        valueInfo("input_ids", INT64, ["batch", "sequence"]),
        valueInfo("attention_mask", INT64, ["batch", "sequence"]),
        valueInfo("token_type_ids", INT64, ["batch", "sequence"]),
      ],
      output: [valueInfo("last_hidden_state", FLOAT, ["batch", "sequence", hidden])],
    },
  };
  return onnx.ModelProto.encode(model).finish();
}

function tokenizerJson(vocab: string[]): unknown {
  const ids = Object.fromEntries(vocab.map((t, i) => [t, i]));
  return {
    version: "1.0",
    truncation: null,
    padding: null,
    added_tokens: SPECIALS.map((content, id) => ({
      id,
      content,
      single_word: false,
      lstrip: false,
      rstrip: false,
      normalized: false,
      special: true,
    })),
    normalizer: { type: "BertNormalizer", clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
    pre_tokenizer: { type: "BertPreTokenizer" },
    post_processor: {
      type: "TemplateProcessing",
      single: [{ SpecialToken: { id: "[CLS]", type_id: 0 } }, { Sequence: { id: "A", type_id: 0 } }, { SpecialToken: { id: "[SEP]", type_id: 0 } }],
      pair: [
        { SpecialToken: { id: "[CLS]", type_id: 0 } },
        { Sequence: { id: "A", type_id: 0 } },
        { SpecialToken: { id: "[SEP]", type_id: 0 } },
        { Sequence: { id: "B", type_id: 1 } },
        { SpecialToken: { id: "[SEP]", type_id: 1 } },
      ],
      special_tokens: {
        "[CLS]": { id: "[CLS]", ids: [2], tokens: ["[CLS]"] },
        "[SEP]": { id: "[SEP]", ids: [3], tokens: ["[SEP]"] },
      },
    },
    decoder: { type: "WordPiece", prefix: "##", cleanup: true },
    model: { type: "WordPiece", unk_token: "[UNK]", continuing_subword_prefix: "##", max_input_chars_per_word: 100, vocab: ids },
  };
}

export interface TinyModelOptions {
  hidden?: number;
  seed?: number;
}

/**
 * Writes config.json, tokenizer.json, tokenizer_config.json and onnx/model{,_quantized}.onnx into
 * `dir` (the same graph under both names, so any dtype choice finds a file). Returns the hidden size.
 */
export function makeTinyModel(dir: string, opts: TinyModelOptions = {}): { dir: string; hidden: number; vocabSize: number } {
  const hidden = opts.hidden ?? 32;
  const vocab = vocabulary();
  mkdirSync(join(dir, "onnx"), { recursive: true });
  const bytes = graphBytes(vocab.length, hidden, opts.seed ?? 42);
  writeFileSync(join(dir, "onnx", "model.onnx"), bytes);
  writeFileSync(join(dir, "onnx", "model_quantized.onnx"), bytes);
  const config = {
    model_type: "bert",
    architectures: ["BertModel"],
    hidden_size: hidden,
    num_hidden_layers: 0,
    num_attention_heads: 1,
    intermediate_size: hidden,
    vocab_size: vocab.length,
    max_position_embeddings: 512,
    type_vocab_size: 2,
    pad_token_id: 0,
  };
  writeFileSync(join(dir, "config.json"), JSON.stringify(config, null, 2));
  writeFileSync(join(dir, "tokenizer.json"), JSON.stringify(tokenizerJson(vocab)));
  const tokenizerConfig = {
    tokenizer_class: "BertTokenizer",
    do_lower_case: true,
    model_max_length: 512,
    cls_token: "[CLS]",
    sep_token: "[SEP]",
    pad_token: "[PAD]",
    unk_token: "[UNK]",
    mask_token: "[MASK]",
  };
  writeFileSync(join(dir, "tokenizer_config.json"), JSON.stringify(tokenizerConfig, null, 2));
  return { dir, hidden, vocabSize: vocab.length };
}
