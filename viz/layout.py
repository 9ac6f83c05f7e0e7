"""Node positions for maps too big for the browser's physics simulation.

networkx's spring_layout takes about 30 s for 5,000 nodes and 20,000 edges (its
sparse Fruchterman-Reingold loops over nodes in Python) and the dense variants need
an n x n matrix. This is Fruchterman-Reingold vectorised with numpy, with the
all-pairs repulsion replaced by repulsion from a few random nodes per step (the
negative sampling of LargeVis/UMAP) plus a weak pull to the centre so that separate
components stay on screen. O(edges + nodes * samples) per step: well under a second
at that size, deterministic for a given seed.
"""

from __future__ import annotations

from collections.abc import Hashable

import networkx as nx
import numpy as np


def fast_layout(g: nx.Graph, *, seed: int = 1, iterations: int = 60, samples: int = 12,
                scale: float = 1.0) -> dict[Hashable, tuple[float, float]]:
    """Positions in [-scale, scale]^2 for every node of `g` (direction of edges is ignored)."""
    nodes = list(g)
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {v: i for i, v in enumerate(nodes)}
    pairs = np.array([(index[u], index[v]) for u, v in g.edges() if u != v], dtype=np.int64).reshape(-1, 2)
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2)) - 0.5
    k = 1.0 / np.sqrt(n)  # ideal edge length in the unit square
    temperature = 0.1
    for _step in range(iterations):
        disp = _repulsion(pos, rng, samples, k) + _attraction(pos, pairs, k) - pos * (k * 0.5)
        length = np.maximum(np.linalg.norm(disp, axis=1), 1e-12)
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature *= 0.95
    pos -= pos.mean(axis=0)
    pos *= scale / max(float(np.abs(pos).max()), 1e-12)
    return {v: (float(x), float(y)) for v, (x, y) in zip(nodes, pos, strict=True)}


def _repulsion(pos: np.ndarray, rng: np.random.Generator, samples: int, k: float) -> np.ndarray:
    """k^2/d from `samples` random nodes each, scaled up to stand for all n nodes."""
    n = len(pos)
    others = rng.integers(0, n, size=(n, min(samples, n - 1)))
    delta = pos[:, None, :] - pos[others]
    dist2 = np.maximum((delta**2).sum(axis=2), (k * 0.01) ** 2)
    return (delta * (k * k / dist2)[:, :, None]).sum(axis=1) * (n / others.shape[1]) * 0.1


def _attraction(pos: np.ndarray, pairs: np.ndarray, k: float) -> np.ndarray:
    """d^2/k pulling the two ends of every edge together."""
    disp = np.zeros_like(pos)
    if len(pairs):
        delta = pos[pairs[:, 0]] - pos[pairs[:, 1]]
        force = delta * (np.linalg.norm(delta, axis=1) / k)[:, None]
        np.add.at(disp, pairs[:, 0], -force)
        np.add.at(disp, pairs[:, 1], force)
    return disp
