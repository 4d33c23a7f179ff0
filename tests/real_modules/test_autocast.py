"""Mixed precision (``Settings.autocast``, ``python -m codegen --autocast``): blueprints derived
with each step's forward and loss under ``torch.autocast("cpu", dtype)`` are exact against the
real module's step under the same autocast (FLOPs, elementwise counts, activation bytes, the
peak of every optimizer), in bfloat16 and float16; autocast changes the bytes (the float32
step differs), never the stores' keys of derivations without it."""

from __future__ import annotations

import argparse
import random

import pytest
import torch
from torch import nn

from blueprints import BlueprintSpec
from codegen.cache import key
from codegen.cli.common import add_derivation_arguments, derivation_settings
from codegen.derive.blueprint import AUTOCAST_DTYPES, Settings, derive_blueprint
from codegen.emit.render import render

from ..conftest import import_generated
from ..measure import compare_steps, estimated_step, measured_step


def mlp(dim: int) -> nn.Module:
    """A pre-norm MLP: autocast runs the linears in 16 bits, the norm and GELU in float32."""
    return nn.Sequential(
        nn.LayerNorm(dim), nn.Linear(dim, 2 * dim), nn.GELU(), nn.Linear(2 * dim, dim)
    )


def conv_block(dim: int) -> nn.Module:
    """Convolutions in 16 bits before norms whose parameters stay float32 (their saved
    statistics in float32: the CPU's mixed-type kernels)."""
    return nn.Sequential(
        nn.Conv2d(dim, dim, 3, padding=1),
        nn.GroupNorm(1, dim),
        nn.ReLU(),
        nn.Conv2d(dim, dim, 1),
        nn.BatchNorm2d(dim),
    )


def encoder_layer(dim: int) -> nn.Module:
    """PyTorch's own transformer layer: attention, residuals, post-norm, no dropout."""
    return nn.TransformerEncoderLayer(dim, 1, 2 * dim, dropout=0.0, batch_first=True)


BLOCKS = {
    "mlp": ("transformer", mlp),
    "conv_block": ("cnn", conv_block),
    "encoder_layer": ("transformer", encoder_layer),
}


@pytest.mark.parametrize(
    ("block", "dtype"),
    [
        ("mlp", "bfloat16"),
        ("mlp", "float16"),
        ("conv_block", "bfloat16"),
        ("encoder_layer", "bfloat16"),
    ],
)
def test_a_blueprint_derived_under_autocast_is_exact_under_autocast(block: str, dtype: str) -> None:
    topology, factory = BLOCKS[block]
    spec = BlueprintSpec(f"autocast_{block}", topology, factory, "a block under autocast")
    derived = derive_blueprint(spec, Settings(max_dim=16, max_input=6, autocast=dtype))
    assert not derived.failures(), derived.failures()
    module = import_generated(render([derived], ["tests"], autocast=dtype))
    assert dtype == module.AUTOCAST
    object.__setattr__(spec, "_estimates", lambda: module)
    rng = random.Random(f"{block}-{dtype}")
    names = [n for n in spec.layout if n != "dim"]

    def combinations():
        while True:
            dim = rng.choice([1, 2, 3, rng.randint(1, 16)])
            yield dim, {n: rng.choice([1, 2, rng.randint(1, 6)]) for n in names}, {}

    compare_steps(spec, combinations(), 8, autocast=AUTOCAST_DTYPES[dtype])
    # the setting matters: the float32 step saves other bytes than the estimate
    sizes = dict.fromkeys(names, 3)
    float32 = measured_step(spec, 8, sizes, {})
    assert estimated_step(spec, 8, sizes, {})[4] != float32[4]


def test_autocast_is_a_setting_of_its_own() -> None:
    spec = BlueprintSpec("autocast_mlp", "transformer", mlp, "a block under autocast")
    # the store's key: unchanged without it (the repr the key reads leaves it out), distinct
    # with it, per dtype
    assert "autocast" not in repr(Settings())
    keys = {key(spec, Settings(autocast=dtype)) for dtype in (None, *AUTOCAST_DTYPES)}
    assert len(keys) == 1 + len(AUTOCAST_DTYPES)
    with pytest.raises(ValueError, match="autocast must be one of bfloat16, float16"):
        Settings(autocast="int8")
    parser = argparse.ArgumentParser()
    add_derivation_arguments(parser)
    args = parser.parse_args(["--autocast", "float16"])
    assert derivation_settings(args, parser).autocast_dtype is torch.float16
    assert derivation_settings(parser.parse_args([]), parser).autocast is None
    with pytest.raises(SystemExit):
        parser.parse_args(["--autocast", "float64"])
    # the index of a float32 derivation says nothing of autocast
    derived = derive_blueprint(spec, Settings(max_dim=4, flops=False))
    assert not hasattr(import_generated(render([derived], ["tests"])), "AUTOCAST")
