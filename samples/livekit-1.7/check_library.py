#!/usr/bin/env python3
"""Cross-checks lk17.py against the real livekit-agents 1.7.0 source, without installing the library.

    python3 samples/livekit-1.7/check_library.py [path of a livekit/agents git checkout]   (default: the mirror)

It reads metrics/base.py, metrics/usage.py, metrics/usage_collector.py and llm/chat_context.py out of the checkout
(git show HEAD:...) into a temporary folder, with small stand-ins for what chat_context.py imports but does not need
here (livekit.rtc frames, the protobuf encoder, utils), and then, for every fixture the generator writes:
- rebuilds every metrics record with the library's class and compares model_dump(mode="json"), str() and repr();
- runs the library's ModelUsageCollector and UsageCollector over them and compares flatten() (model_dump with and
  without exclude_defaults) and dataclasses.asdict(get_summary());
- rebuilds the chat items with the library's classes and compares ChatContext.to_dict() with and without timestamps
  and images.
Nothing from the library is copied into this repository.
"""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

STUBS = {
    "livekit/__init__.py": "",
    "livekit/rtc.py": (
        "from pydantic_core import core_schema\n"
        "class _Frame:\n"
        "    @classmethod\n"
        "    def __get_pydantic_core_schema__(cls, source, handler):\n"
        "        return core_schema.is_instance_schema(cls)\n"
        "class VideoFrame(_Frame): pass\n"
        "class AudioFrame(_Frame): pass\n"),
    "livekit/protocol/__init__.py": "",
    "livekit/protocol/agent_pb/__init__.py": "",
    "livekit/protocol/agent_pb/agent_session.py": "",
    "livekit/agents/__init__.py": "",
    "livekit/agents/llm/__init__.py": "",
    "livekit/agents/llm/_provider_format/__init__.py": "",
    "livekit/agents/utils/__init__.py": "from . import misc\nimport uuid\ndef shortuuid(p=''): return p + uuid.uuid4().hex[:12]\n",
    "livekit/agents/utils/misc.py": "def is_given(x): return x is not None\n",
    "livekit/agents/_proto.py": "def encode_chat_item(*a, **k): raise NotImplementedError\n",
    "livekit/agents/log.py": "import logging\nlogger = logging.getLogger('livekit.agents')\n",
    "livekit/agents/types.py": "from typing import Optional, TypeVar\nT = TypeVar('T')\nNOT_GIVEN = None\nNotGivenOr = Optional[T]\n",
    "livekit/agents/metrics/__init__.py": "",
}
FROM_LIBRARY = ["metrics/base.py", "metrics/usage.py", "metrics/usage_collector.py", "llm/chat_context.py"]


def main() -> int:
    repo = sys.argv[1] if len(sys.argv) > 1 else "/work/.mirror/livekit+agents/repo"
    version = subprocess.run(["git", "-C", repo, "show", "HEAD:livekit-agents/livekit/agents/version.py"],
                             check=True, capture_output=True, text=True).stdout
    print("library:", version.strip().splitlines()[-1])
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for rel, text in STUBS.items():
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            (root / rel).write_text(text)
        for rel in FROM_LIBRARY:
            src = subprocess.run(["git", "-C", repo, "show", f"HEAD:livekit-agents/livekit/agents/{rel}"],
                                 check=True, capture_output=True, text=True).stdout
            (root / "livekit/agents" / rel).write_text(src)
        sys.path.insert(0, tmp)
        warnings.simplefilter("ignore", DeprecationWarning)
        from livekit.agents.llm import chat_context as C
        from livekit.agents.metrics import base as B, usage as U, usage_collector as UC

        import generate as g
        import lk17 as lk

        n_rec = n_items = 0
        for name, fn in g.FIXTURES.items():
            s, _payload, _exp = fn()
            real = []
            for r in s.records:
                rr = getattr(B, type(r).__name__).model_validate(r.model_dump())
                assert rr.model_dump(mode="json") == r.model_dump(mode="json"), (name, r.type)
                assert str(rr) == str(r), (name, str(rr), str(r))
                assert repr(rr) == repr(r), (name, repr(rr), repr(r))
                real.append(rr)
            n_rec += len(real)
            mu = U.ModelUsageCollector()
            uc = UC.UsageCollector()
            for rr in real:
                mu.collect(rr)
                uc.collect(rr)
            mine = s.model_usage()
            assert [u.model_dump(mode="json") for u in mu.flatten()] == [u.model_dump(mode="json") for u in mine], name
            assert [u.model_dump(exclude_defaults=True) for u in mu.flatten()] == lk.report_usage(mine), name
            assert [str(u) for u in mu.flatten()] == [str(u) for u in mine], name
            assert dataclasses.asdict(uc.get_summary()) == dataclasses.asdict(s.usage_summary()), name
            items = []
            for it in s.items:
                d = it.model_dump()
                if isinstance(it, lk.ChatMessage):
                    d["content"] = [C.ImageContent(**c.model_dump()) if isinstance(c, lk.ImageContent) else c
                                    for c in it.content]
                    d.pop("hash")
                items.append(getattr(C, type(it).__name__)(**d))
            ctx = C.ChatContext(items)
            for kw in ({}, {"exclude_timestamp": False}, {"exclude_image": False, "exclude_timestamp": False}):
                assert ctx.to_dict(**kw) == lk.history_to_dict(s.items, **kw), (name, kw)
            n_items += len(items)
    print(f"ok: {n_rec} metrics records, usage of {len(g.FIXTURES)} sessions and {n_items} chat items "
          "serialize exactly as the library's own classes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
