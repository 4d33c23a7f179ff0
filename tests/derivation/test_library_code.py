"""Library code on symbolic sizes: weight initialisation however it is called, copies of
modules, weight and spectral normalisation, floats that only scale values.

Tier 2: purpose-made blueprints written the way timm, transformers and torch.nn write these
idioms, derived and compared with the real modules (parameters on the meta device; FLOPs,
elementwise counts and activation bytes on real steps).
"""

from __future__ import annotations

import math
import random
import types

import pytest
import torch
from torch import nn
from torch.nn import init as tinit
from torch.nn.init import xavier_uniform_

from blueprints import BlueprintSpec
from codegen.derive.blueprint import Settings, derive_blueprint
from codegen.emit.render import render

from ..conftest import import_generated
from ..measure import compare_steps


class NamedInit(nn.Module):
    """An init function bound by name (``torch.nn.Transformer`` does this)."""

    def __init__(self, dim: int) -> None:
        super().__init__()
        self.proj = nn.Linear(dim, 2 * dim)
        xavier_uniform_(self.proj.weight)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.proj(x)


class QualifiedInit(nn.Module):
    """``torch.nn.init.x`` and ``from torch.nn import init``, several of them."""

    def __init__(self, dim: int) -> None:
        super().__init__()
        self.w = nn.Parameter(torch.empty(dim, 3, 5))
        torch.nn.init.kaiming_uniform_(self.w, a=math.sqrt(5))
        tinit.orthogonal_(self.w)
        tinit.trunc_normal_(self.w, std=0.02)
        tinit.dirac_(self.w)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x @ self.w.sum(-1)


class OwnReset(nn.Module):
    """A library layer whose own ``reset_parameters`` computes bounds from its size."""

    def __init__(self, dim: int) -> None:
        super().__init__()
        self.hidden_size = dim
        self.weight = nn.Parameter(torch.empty(dim, dim))
        self.reset_parameters()

    def reset_parameters(self) -> None:
        bound = 1.0 / math.sqrt(self.hidden_size)
        self.weight.data.uniform_(-bound, bound)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x @ self.weight


class InitWeights(nn.Module):
    """transformers' way: ``self.apply(self._init_weights)`` with a std from the size."""

    def __init__(self, dim: int) -> None:
        super().__init__()
        self.embed_dim = dim
        self.fc = nn.Linear(dim, dim)
        self.apply(self._init_weights)

    def _init_weights(self, module: nn.Module) -> None:
        if isinstance(module, nn.Linear):
            module.weight.data.normal_(mean=0.0, std=self.embed_dim**-0.5)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.fc(x)


def local_class(dim: int) -> nn.Module:
    class Local(nn.Module):  # defined while the factory runs
        def __init__(self) -> None:
            super().__init__()
            self.w = nn.Parameter(torch.empty(dim, dim))
            self.reset_parameters()

        def reset_parameters(self) -> None:
            self.w.data.uniform_(-1 / math.sqrt(dim), 1 / math.sqrt(dim))

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return x @ self.w

    return Local()


def encoder_stack(dim: int, n_head: int = 2) -> nn.Module:
    """Two encoder layers cloned by ``copy.deepcopy`` (``_get_clones``)."""
    layer = nn.TransformerEncoderLayer(dim, n_head, 2 * dim, dropout=0.0, batch_first=True)
    return nn.TransformerEncoder(layer, 2, enable_nested_tensor=False)


def scaled_dropout(dim: int) -> nn.Module:
    """Floats from the size that only scale values: a dropout probability and an epsilon."""

    class Scaled(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.dim = dim
            self.fc = nn.Linear(dim, dim)
            self.p = 1 / (dim + 1)
            self.eps = 1 / dim

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            h = nn.functional.dropout(self.fc(x), self.p, self.training)
            return nn.functional.layer_norm(h, (self.dim,), eps=self.eps) * self.dim**-0.5

    return Scaled()


def weight_norm_new(dim: int) -> nn.Module:
    return nn.utils.parametrizations.weight_norm(nn.Linear(dim, dim))


def weight_norm_old(dim: int) -> nn.Module:
    return nn.utils.weight_norm(nn.Linear(dim, 2 * dim), dim=1)


def spectral_norm_new(dim: int) -> nn.Module:
    return nn.utils.parametrizations.spectral_norm(nn.Linear(dim, dim))


def spectral_norm_old(dim: int) -> nn.Module:
    return nn.utils.spectral_norm(nn.Linear(dim, 3))


FACTORIES = [
    NamedInit,
    QualifiedInit,
    OwnReset,
    InitWeights,
    local_class,
    encoder_stack,
    scaled_dropout,
    weight_norm_new,
    weight_norm_old,
    spectral_norm_new,
    spectral_norm_old,
]


def _spec(factory) -> BlueprintSpec:
    return BlueprintSpec(factory.__name__.lower(), "transformer", factory, "a library idiom")


def _bound(spec: BlueprintSpec, module: types.ModuleType) -> BlueprintSpec:
    """``spec`` whose estimates are read from a freshly generated module."""
    object.__setattr__(spec, "_estimates", lambda: module)
    return spec


@pytest.mark.parametrize("factory", FACTORIES, ids=lambda f: f.__name__)
def test_library_idioms_are_exact(factory) -> None:
    spec = _spec(factory)
    derived = derive_blueprint(spec, Settings(max_dim=64, hyper_max=4, max_input=16, peak=False))
    assert not derived.failures(), derived.failures()
    spec = _bound(spec, import_generated(render([derived], ["tests"])))
    for dim in (1, 2, 3, 8, 13, 63, 64):
        hyper = {"n_head": 2} if factory is encoder_stack else {}
        if factory is encoder_stack and dim % 2:
            continue
        assert spec.param_estimate(dim, **hyper) == spec.actual_param_count(dim, **hyper), dim
    rng = random.Random(3)

    def combinations():
        while True:
            dim = rng.choice([2, 4, 8, 12, 16]) if factory is encoder_stack else rng.randint(1, 24)
            yield dim, {"batch": rng.randint(1, 3), "seq_len": rng.randint(1, 5)}, {}

    compare_steps(spec, combinations(), 8)
