"""Builds genuine small Argos packages whose behaviour is known, for the tests and benchmark.

The SentencePiece model is trained on the seed articles (plus Latin letters, digits and the
placeholder symbols). The CTranslate2 Transformer has one layer whose weights are set by hand
so that it copies its input: the cross-attention of decoding step t attends to source position
t (position codes with a large scale), the value carries the token's one-hot identity and the
output projection reads it back. Variants map some tokens to others on the way through, to
imitate a model that drops or duplicates placeholders.
"""

from __future__ import annotations

import io
import json
import math
import zipfile
from collections.abc import Iterable, Mapping
from pathlib import Path

import numpy as np

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PLACEHOLDERS = tuple(f"\u2983{n}\u2984" for n in range(1, 41))
EXTRA_TEXT = (
    "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 "
    "éèêëàâäîïôöùûüçœæ ÉÈÊÀÂÎÔÙÛÇ ş ğ ı İ Ş Ğ ü ö — – « » ( ) . , ; : ! ? ' \" - / % & @"
)
POSITIONS = 1024
FREQUENCIES = 16


def train_sentencepiece(
    seeds: Path = SEEDS, vocab_size: int = 600, symbols: Iterable[str] = PLACEHOLDERS
) -> bytes:
    """A SentencePiece model trained on the seeds' text; returns the serialised model."""
    import sentencepiece as spm

    lines = [
        line
        for p in sorted(seeds.glob("*.txt"))
        for line in p.read_text("utf-8").splitlines()
        if line.strip()
    ]
    lines += [EXTRA_TEXT] * 20
    out = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines),
        model_writer=out,
        vocab_size=vocab_size,
        model_type="unigram",
        character_coverage=1.0,
        user_defined_symbols=list(symbols),
        hard_vocab_limit=False,
        minloglevel=2,
        num_threads=1,
    )
    return out.getvalue()


def vocabulary(sp_model: bytes) -> list[str]:
    """The pieces of a SentencePiece model in id order (<unk>, <s>, </s> first)."""
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_proto=sp_model)
    return [sp.id_to_piece(i) for i in range(sp.get_piece_size())]


def _position_codes(size: int) -> np.ndarray:
    """Unit vectors, zero-sum per row, whose dot product peaks sharply at equal positions."""
    theta = [math.pi / 2 * (0.62**i) for i in range(FREQUENCIES)]
    rows = []
    for p in range(size):
        parts = []
        for t in theta:
            parts += [math.cos(p * t), math.sin(p * t), -math.cos(p * t), -math.sin(p * t)]
        rows.append(parts)
    codes = np.array(rows, dtype=np.float64)
    return codes / np.linalg.norm(codes, axis=1, keepdims=True)


def copy_spec(vocab: list[str], mapping: Mapping[str, str] | None = None):
    """A one-layer TransformerSpec that copies its input token by token, through mapping."""
    import ctranslate2

    v = len(vocab)
    index = {tok: i for i, tok in enumerate(vocab)}
    pos = _position_codes(POSITIONS)
    p = pos.shape[1]
    d = v + p
    alpha, rho = 1.0, 1.0
    spec = ctranslate2.specs.TransformerSpec.from_config(1, 1)
    spec.config.add_source_eos = True
    f32 = np.float32

    def table(token_part: np.ndarray | None) -> np.ndarray:
        out = np.zeros((v, d), dtype=f32)
        if token_part is not None:
            out[:, :v] = token_part
        return out

    def positions() -> np.ndarray:
        out = np.zeros((POSITIONS, d), dtype=f32)
        out[:, v:] = rho * pos
        return out

    def identity_norm(ln, mean: float, sq: float) -> None:
        # Every input of this layer has the same mean and norm, so the layer norm is an
        # affine map we undo exactly: gamma = sigma, beta = mean.
        sigma = math.sqrt(sq / d - mean**2 + 1e-6)
        ln.gamma = np.full(d, sigma, dtype=f32)
        ln.beta = np.full(d, mean, dtype=f32)

    def silence(attention, fused: int) -> None:
        attention.layer_norm.gamma = np.ones(d, dtype=f32)
        attention.layer_norm.beta = np.zeros(d, dtype=f32)
        attention.linear[0].weight = np.zeros((fused * d, d), dtype=f32)
        attention.linear[0].bias = np.zeros(fused * d, dtype=f32)
        for lin in attention.linear[1:]:
            rows = lin_rows = d * (2 if lin is attention.linear[1] and fused == 1 else 1)
            lin.weight = np.zeros((lin_rows, d), dtype=f32)
            lin.bias = np.zeros(rows, dtype=f32)

    def silence_ffn(ffn) -> None:
        ffn.layer_norm.gamma = np.ones(d, dtype=f32)
        ffn.layer_norm.beta = np.zeros(d, dtype=f32)
        ffn.linear_0.weight = np.zeros((8, d), dtype=f32)
        ffn.linear_0.bias = np.zeros(8, dtype=f32)
        ffn.linear_1.weight = np.zeros((d, 8), dtype=f32)
        ffn.linear_1.bias = np.zeros(d, dtype=f32)

    enc = spec.encoder
    enc.scale_embeddings = False
    enc.embeddings[0].weight = table(alpha * np.eye(v, dtype=f32))
    enc.position_encodings.encodings = positions()
    silence(enc.layer[0].self_attention, 3)
    silence_ffn(enc.layer[0].ffn)
    identity_norm(enc.layer_norm, alpha / d, alpha**2 + rho**2)

    dec = spec.decoder
    dec.scale_embeddings = False
    dec.embeddings.weight = table(None)
    dec.position_encodings.encodings = positions()
    layer = dec.layer[0]
    silence(layer.self_attention, 3)
    silence_ffn(layer.ffn)
    cross = layer.attention
    identity_norm(cross.layer_norm, 0.0, rho**2)
    lam = 60.0 * math.sqrt(d) / _margin(pos)
    query = np.zeros((d, d), dtype=f32)
    query[v:, v:] = lam * np.eye(p)
    cross.linear[0].weight = query
    cross.linear[0].bias = np.zeros(d, dtype=f32)
    kv = np.zeros((2 * d, d), dtype=f32)
    kv[v:d, v:] = np.eye(p)  # keys: the source position code
    kv[d : d + v, :v] = np.eye(v)  # values: the source token's one-hot identity
    cross.linear[1].weight = kv
    cross.linear[1].bias = np.zeros(2 * d, dtype=f32)
    out = np.zeros((d, d), dtype=f32)
    out[:v, :v] = _token_map(v, index, mapping or {})
    cross.linear[2].weight = out
    cross.linear[2].bias = np.zeros(d, dtype=f32)
    dec.layer_norm.gamma = np.ones(d, dtype=f32)
    dec.layer_norm.beta = np.zeros(d, dtype=f32)
    proj = np.zeros((v, d), dtype=f32)
    proj[:, :v] = 40.0 * np.eye(v, dtype=f32)
    dec.projection.weight = proj
    dec.projection.bias = np.zeros(v, dtype=f32)

    spec.register_source_vocabulary(vocab)
    spec.register_target_vocabulary(vocab)
    return spec


def _margin(pos: np.ndarray) -> float:
    """How much more position p matches itself than any other position (checked, not assumed)."""
    gram = pos @ pos.T
    np.fill_diagonal(gram, -np.inf)
    margin = 1.0 - float(gram.max())
    assert margin > 0.01, margin
    return margin


def _token_map(v: int, index: Mapping[str, int], mapping: Mapping[str, str]) -> np.ndarray:
    """out[to, from] = 1: the identity, except the mapped tokens."""
    m = np.eye(v, dtype=np.float32)
    for src, dst in mapping.items():
        i, j = index[src], index[dst]
        m[:, i] = 0.0
        m[j, i] = 1.0
    return m


def convert(spec, output_dir: Path, quantization: str | None = None) -> Path:
    """Write spec as a CTranslate2 model directory through a Converter, as real converters do."""
    import ctranslate2

    class SpecConverter(ctranslate2.converters.Converter):
        def _load(self):
            return spec

    SpecConverter().convert(str(output_dir), quantization=quantization, force=True)
    return output_dir


def write_package(
    path: Path, model_dir: Path, sp_model: bytes, from_code: str, to_code: str, version: str = "1.0"
) -> Path:
    """Zip a model directory, its SentencePiece model and metadata.json into a .argosmodel."""
    names = {"en": "English", "ar": "Arabic", "fr": "French"}
    root = f"translate-{from_code}_{to_code}-{version.replace('.', '_')}"
    metadata = {
        "package_version": version,
        "argos_version": "1.0",
        "from_code": from_code,
        "from_name": names[from_code],
        "to_code": to_code,
        "to_name": names[to_code],
        "type": "translate",
        "links": [],
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(f"{root}/metadata.json", json.dumps(metadata, indent=2))
        zf.writestr(f"{root}/sentencepiece.model", sp_model)
        zf.writestr(f"{root}/README.md", f"Test package {from_code}->{to_code}\n")
        for file in sorted(model_dir.iterdir()):
            zf.write(file, f"{root}/model/{file.name}")
    return path


def build_package(
    work: Path,
    from_code: str,
    to_code: str,
    sp_model: bytes,
    mapping: Mapping[str, str] | None = None,
    version: str = "1.0",
    name: str | None = None,
) -> Path:
    """Build a copy-model .argosmodel in work and return its path."""
    name = name or f"{from_code}_{to_code}"
    model_dir = convert(copy_spec(vocabulary(sp_model), mapping), work / f"{name}-model")
    return write_package(
        work / f"{name}.argosmodel", model_dir, sp_model, from_code, to_code, version
    )


def standin_spec(
    vocab: list[str],
    layers: int = 6,
    d_model: int = 512,
    heads: int = 8,
    ffn: int = 2048,
    vocab_size: int = 16000,
    seed: int = 0,
):
    """A Transformer-base sized model (random weights) whose first layer copies its input.

    Every matrix has the dimensions of a real Argos model, so decoding costs what it costs
    there; the copy path makes hypotheses end where the source does, as a trained model's
    would, instead of running to the length limit.
    """
    import ctranslate2

    rng = np.random.default_rng(seed)
    f32 = np.float32
    hd = d_model // heads
    pos = _position_codes(POSITIONS)
    p = pos.shape[1]
    assert p == hd, "the position code fills exactly one head"
    k = d_model - p
    tokens = vocab + [f"<extra_{i}>" for i in range(max(0, vocab_size - len(vocab)))]
    v = len(tokens)
    codes = np.array([rng.permutation(np.repeat([1.0, -1.0], k // 2)) for _ in range(v)])
    codes /= math.sqrt(k)
    spec = ctranslate2.specs.TransformerSpec.from_config(layers, heads)
    spec.config.add_source_eos = True

    def noise(*shape: int) -> np.ndarray:
        return (rng.standard_normal(shape) * 1e-3).astype(f32)

    def norm(ln, gamma: float = 1.0) -> None:
        ln.gamma = np.full(d_model, gamma, dtype=f32)
        ln.beta = np.zeros(d_model, dtype=f32)

    def attention(att, fused: int) -> None:
        norm(att.layer_norm)
        att.linear[0].weight = noise(fused * d_model, d_model)
        att.linear[0].bias = np.zeros(fused * d_model, dtype=f32)
        for lin, rows in zip(
            att.linear[1:], (2 * d_model, d_model) if fused == 1 else (d_model,), strict=True
        ):
            lin.weight = noise(rows, d_model)
            lin.bias = np.zeros(rows, dtype=f32)

    def feed_forward(f) -> None:
        norm(f.layer_norm)
        f.linear_0.weight, f.linear_0.bias = noise(ffn, d_model), np.zeros(ffn, dtype=f32)
        f.linear_1.weight, f.linear_1.bias = noise(d_model, ffn), np.zeros(d_model, dtype=f32)

    positions = np.zeros((POSITIONS, d_model), dtype=f32)
    positions[:, k:] = pos
    enc, dec = spec.encoder, spec.decoder
    enc.scale_embeddings = dec.scale_embeddings = False
    emb = np.zeros((v, d_model), dtype=f32)
    emb[:, :k] = codes
    enc.embeddings[0].weight = emb
    dec.embeddings.weight = noise(v, d_model)
    enc.position_encodings.encodings = positions
    dec.position_encodings.encodings = positions.copy()
    for layer in enc.layer:
        attention(layer.self_attention, 3)
        feed_forward(layer.ffn)
    for layer in dec.layer:
        attention(layer.self_attention, 3)
        attention(layer.attention, 1)
        feed_forward(layer.ffn)
    norm(enc.layer_norm, math.sqrt(2.0 / d_model))
    norm(dec.layer_norm)
    cross = dec.layer[0].attention
    norm(cross.layer_norm, math.sqrt(1.0 / d_model))
    lam = 60.0 * math.sqrt(hd) / _margin(pos)
    query = noise(d_model, d_model)
    kv = noise(2 * d_model, d_model)
    out = noise(d_model, d_model)
    for h in range(heads):
        rows = slice(h * hd, (h + 1) * hd)
        query[rows, k:] = lam * np.eye(hd)
        kv[rows, k:] = np.eye(hd)
        if (h + 1) * hd <= k:  # the heads that carry the token code
            kv[d_model + h * hd : d_model + (h + 1) * hd, rows] = np.eye(hd)
            out[rows, rows] = np.eye(hd)
    cross.linear[0].weight, cross.linear[1].weight, cross.linear[2].weight = query, kv, out
    proj = np.zeros((v, d_model), dtype=f32)
    proj[:, :k] = 2.0 * codes
    dec.projection.weight = proj
    dec.projection.bias = np.zeros(v, dtype=f32)
    spec.register_source_vocabulary(tokens)
    spec.register_target_vocabulary(tokens)
    return spec


def build_standin(work: Path, from_code: str, to_code: str, sp_model: bytes) -> Path:
    """A Transformer-base sized int8 .argosmodel, as large and slow as a real package."""
    name = f"standin_{from_code}_{to_code}"
    model_dir = convert(standin_spec(vocabulary(sp_model)), work / f"{name}-model", "int8")
    return write_package(work / f"{name}.argosmodel", model_dir, sp_model, from_code, to_code)
