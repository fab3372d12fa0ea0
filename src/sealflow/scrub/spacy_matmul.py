"""spaCy's NER multiplies its layers' matrices through numpy, not blis: the same entities for
about a quarter less of spaCy's CPU on this project's machines.

thinc's ``NumpyOps`` hands every matrix product of a model's layers (the NER's token-to-vector
layers, its precomputed state features) to blis, the BLAS the ``blis`` wheel bundles. That
blis picks its kernels by the CPU's family and model and knows none newer than Zen 2 and
Skylake-X: on an AMD EPYC of family 0x19 (Zen 3 and 4) it falls back to its 'generic'
reference kernel, a plain C loop (``BLIS_ARCH_DEBUG=1`` prints "selecting sub-configuration
'generic'"); that kernel was 29% of spaCy's CPU in a perf profile of the bench's text.
``NumpyOps(use_blis=False)``, thinc's own switch, sends the same products to numpy's bundled
OpenBLAS, which picks its kernel at run time. Measured on the bench's text (40k words, one
process, one BLAS thread, best of 3): spaCy 3.4-3.6 s -> 2.5-2.7 s of CPU. The sums are
added in another order, so a score may differ in its last bits; the entities on every tuning
corpus and the bench's text were the same (bench/scrub_outputs.py's digest), and
tests/unit/scrub/test_spacy_matmul.py holds them equal on generated text.

The parser's per-step product (its hidden layer to the moves' scores) is called from
spaCy's compiled loop through thinc's ``CBlas``, whose functions only Cython can set; it
stays on blis.
"""

from __future__ import annotations

from spacy.language import Language
from thinc.api import NumpyOps


def multiply_through_numpy(nlp: Language) -> int:
    """Give every layer of each pipe's model that multiplies through blis an ``Ops`` that
    multiplies through numpy; the number of layers changed. As thinc's own ``Model.to_cpu``
    moves a model between backends (``node.ops = ...`` over ``model.walk()``): parameters
    are numpy arrays under both, so they stay as they are."""
    numpy_ops = NumpyOps(use_blis=False)
    changed = 0
    for _name, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        if model is None:
            continue
        for node in model.walk():
            if isinstance(node.ops, NumpyOps) and getattr(node.ops, "use_blis", False):
                node.ops = numpy_ops
                changed += 1
    return changed
